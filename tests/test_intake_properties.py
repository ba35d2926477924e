"""Property tests: parse_message never raises, whatever the bytes."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from requestbot.intake import parse_message, strip_quotes
from requestbot.model import InboundMessage

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CORPORA = Path(
    os.environ.get("REQUESTBOT_CORPORA")
    or Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
)

SEED_MESSAGES: list[bytes] = [
    b"From: Matti <m@example.fi>\r\nSubject: =?utf-8?q?Tietopyynt=C3=B6?=\r\n"
    b"Message-ID: <a@example.fi>\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
    b"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Poistakaa tietoni rekisterist=E4.\r\n--B\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n"
    b'--B\r\nContent-Type: application/pdf; name="a.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    b"JVBERi0xLjQK\r\n--B\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@example.com\r\n\r\ninner\r\n--B--\r\n",
    b"From: k@example.se\nSubject: Beg\xe4ran\nDate: Mon, 2 Feb 2026 10:00:00 +0100\n\nHej\n\n"
    b"Den 1 feb. 2026 skrev Kalle <k@example.se>:\n> gammalt\n",
]
if CORPORA.is_dir():
    SEED_MESSAGES += [p.read_bytes()[:20_000] for p in sorted(CORPORA.rglob("*.eml"))[::40]]


def check(raw: bytes) -> InboundMessage:
    m = parse_message(raw, max_message_bytes=50_000)
    assert isinstance(m, InboundMessage)
    assert m.size == len(raw)
    assert m.message_id.startswith("<")
    assert "\n" not in m.subject and "\r" not in m.subject
    assert m.date is None or m.date.tzinfo is not None
    assert "intake_error" not in " ".join(m.flags), m.flags
    return m


@SETTINGS
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(raw: bytes) -> None:
    check(raw)


def _mutate(data: bytes, op: str, pos: int, blob: bytes) -> bytes:
    if not data:
        return blob
    pos %= len(data)
    if op == "truncate":
        return data[:pos]
    if op == "flip":
        return data[:pos] + bytes([data[pos] ^ 0xFF]) + data[pos + 1 :]
    if op == "insert":
        return data[:pos] + blob + data[pos:]
    if op == "nul":
        return data[:pos] + b"\x00" * (1 + len(blob) % 8) + data[pos:]
    if op == "dup_headers":
        end = data.find(b"\n\n")
        head = data[: end if end > 0 else pos]
        return head + b"\n" + head + data[len(head) :]
    if op == "break_boundary":
        return data.replace(b"--", blob[:3] or b"-", 1 + pos % 3)
    if op == "endings":
        return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r" if pos % 2 else b"\r\n")
    return data


@SETTINGS
@given(
    st.sampled_from(SEED_MESSAGES),
    st.lists(
        st.tuples(
            st.sampled_from(
                ["truncate", "flip", "insert", "nul", "dup_headers", "break_boundary", "endings"]
            ),
            st.integers(min_value=0, max_value=1_000_000),
            st.binary(max_size=64),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_mutated_real_messages(seed: bytes, ops: list[tuple[str, int, bytes]]) -> None:
    raw = seed
    for op, pos, blob in ops:
        raw = _mutate(raw, op, pos, blob)
    check(raw)


@SETTINGS
@given(st.text(max_size=2000))
def test_strip_quotes_total(text: str) -> None:
    out = strip_quotes(text)
    assert isinstance(out, str)
    assert len(out) <= len(text)
