"""Bad input: generated malformed messages through intake, and through the whole flow.

* ``parse_message`` on mutations of the real corpora (broken boundaries, wrong
  charsets, NUL bytes, truncation, damaged headers and encodings, mixed line ends),
  hypothesis-generated messages and a few monsters (1 MB header lines, a 20 MB
  body, deep multipart nesting, 10,000 parts): it never raises, and never falls
  back to its last-resort path (which loses the sender).
* A smaller set APPENDed to Dovecot and run through ``poll --once``: every message
  ends in Processed, Automated or Quarantine; none stays in the INBOX.

Default sizes keep this file well under a minute; ``REQUESTBOT_FULL=1`` runs 10,000
mutations through intake and 500 through Dovecot. The corpus tests skip only when
/work/shared/corpora is absent.
"""

from __future__ import annotations

import os
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flowkit import write_config
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from servers import MailUser, SmtpSink, make_message

from requestbot.cli import main
from requestbot.intake import parse_message

FULL = os.environ.get("REQUESTBOT_FULL") == "1"
CORPORA = Path(os.environ.get("REQUESTBOT_CORPORA", "/work/shared/corpora"))
N_INTAKE = 10_000 if FULL else 1_500
N_FLOW = 500 if FULL else 50
SEED = int(os.environ.get("REQUESTBOT_SEED", "20261128"))

needs_corpora = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"no corpora at {CORPORA}")


def corpus_files() -> list[bytes]:
    return [p.read_bytes() for p in sorted(CORPORA.rglob("*.eml")) if p.is_file()]


# --------------------------------------------------------------------------- mutations

CHARSETS = [
    "utf-7",
    "x-unknown",
    "utf-16",
    "utf-32",
    "iso-2022-jp",
    "",
    '"',
    "utf-8\x00",
    "unicode-1-1-utf-7",
    "ks_c_5601-1987",
    "bogus'charset",
    "us-ascii\r\n\tfoo",
    "cp65001",
    "=?x?q?y?=",
    "a" * 300,
]


def m_boundary(rng: random.Random, raw: bytes) -> bytes:
    found = re.search(rb'boundary="?([^";\r\n]+)"?', raw, re.I)
    if not found:
        return raw + b"\r\n--nothing--\r\n"
    b = found.group(1)
    choice = rng.randrange(5)
    if choice == 0:  # the closing boundary is gone
        return raw.replace(b"--" + b + b"--", b"")
    if choice == 1:  # the header names a boundary the body never uses
        return raw.replace(b, b + b"X", 1)
    if choice == 2:  # the body's boundaries are mangled
        return raw.replace(b"--" + b, b"--" + b[:-1], rng.randrange(1, 4))
    if choice == 3:  # an empty boundary
        return raw.replace(found.group(0), b'boundary=""', 1)
    return raw.replace(b"\n--" + b, b"\n-- " + b)  # near misses


def m_charset(rng: random.Random, raw: bytes) -> bytes:
    cs = rng.choice(CHARSETS).encode("latin-1", "replace")
    if re.search(rb"charset=", raw, re.I):
        return re.sub(rb'charset="?[^";\s]*"?', b"charset=" + cs, raw, count=rng.randrange(1, 4))
    head, sep, body = raw.partition(b"\n\n")
    ct = b"Content-Type: text/plain; charset=" + cs + b"\n"
    return ct + head + sep + body + bytes(rng.randrange(128, 256) for _ in range(50))


def m_nul(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randrange(1, 20)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


def m_truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def m_header(rng: random.Random, raw: bytes) -> bytes:
    bad = [
        b"From: =?utf-8?B?!!!?= <@>\r\n",
        b'From: "unterminated <a@example.com\r\n',
        b"From:\r\n",
        b"From: a@example.com, b@example.com, <<>>\r\n",
        b"Subject: =?utf-8?q?=FF=FE=00?= =?x-unknown?B?AAAA?=\r\n",
        b"Date: Mon, 99 Foo 20260 25:61:61 +9999\r\n",
        b"Message-ID: <>\r\n",
        b"Message-ID: " + b"<" * 500 + b"\r\n",
        b"In-Reply-To: <a@b> <c@d\r\n",
        b"References: " + b" ".join(b"<%d@x>" % i for i in range(2000)) + b"\r\n",
        b"Content-Type: multipart/mixed\r\n",
        b"Content-Type: text/plain; charset\r\n",
        b"Content-Type: ;;;\r\n",
        b"Content-Transfer-Encoding: x-uuencode\r\n",
        b"MIME-Version: 9.9\r\n",
        b"No-Colon-Header\r\n",
        b" leading continuation\r\n",
        b"Auto-Submitted: \xff\xfe\r\n",
        b"Reply-To: \x00@example.com\r\n",
    ]
    if rng.random() < 0.5:
        return rng.choice(bad) + raw
    head, sep, body = raw.partition(b"\n\n")
    return head + b"\n" + rng.choice(bad).replace(b"\r\n", b"\n") + sep + body


def m_encoding(rng: random.Random, raw: bytes) -> bytes:
    repl = rng.choice(
        [b"base64", b"quoted-printable", b"8bit", b"binary", b"x-garbage", b"base64 base64"]
    )
    out = re.sub(
        rb"(?i)content-transfer-encoding:[^\r\n]*", b"Content-Transfer-Encoding: " + repl, raw
    )
    if out == raw:
        head, sep, body = raw.partition(b"\n\n")
        out = head + b"\nContent-Transfer-Encoding: " + repl + sep + body
    return out + rng.choice([b"=ZZ=\n", b"!!!!====", b"=\n=\n=", b"\xff" * 10])


def m_line_ends(rng: random.Random, raw: bytes) -> bytes:
    parts = re.split(rb"\r\n|\r|\n", raw)
    return b"".join(p + rng.choice([b"\r\n", b"\n", b"\r", b"\n\r"]) for p in parts)


def m_flip(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randrange(1, 50)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def m_splice(rng: random.Random, raw: bytes, other: bytes = b"") -> bytes:
    cut = rng.randrange(len(raw) + 1)
    return raw[:cut] + other[rng.randrange(len(other) + 1) :]


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    m_boundary,
    m_charset,
    m_nul,
    m_truncate,
    m_header,
    m_encoding,
    m_line_ends,
    m_flip,
    m_splice,
]


def mutants(corpus: list[bytes], n: int, seed: int = SEED) -> Iterator[tuple[str, bytes]]:
    """``n`` mutated messages: one to three mutations of a corpus message each."""
    rng = random.Random(seed)
    for i in range(n):
        raw = rng.choice(corpus)
        names = []
        for _ in range(rng.randrange(1, 4)):
            fn = rng.choice(MUTATIONS)
            names.append(fn.__name__)
            raw = m_splice(rng, raw, rng.choice(corpus)) if fn is m_splice else fn(rng, raw)
        yield f"#{i} {'+'.join(names)}", raw


# --------------------------------------------------------------------------- monsters


def nested(depth: int) -> bytes:
    head = b"From: Deep <deep@example.com>\r\nSubject: nested\r\nMIME-Version: 1.0\r\n"
    parts = []
    for i in range(depth):
        parts.append(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i))
    middle = b"Content-Type: text/plain\r\n\r\nPlease delete my data.\r\n"
    tail = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    return head + b"".join(parts) + middle + tail


def many_parts(n: int) -> bytes:
    head = (
        b"From: Many <many@example.com>\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="p"\r\n\r\n'
    )
    part = b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    return head + part * n + b"--p--\r\n"


def monsters() -> list[tuple[str, bytes]]:
    mb = 1024 * 1024
    base = make_message("Big <big@example.com>", "big", "Please delete my data.\n")
    return [
        ("1 MB subject", make_message("A <a@example.com>", "x" * mb, "Delete my data.\n")),
        ("1 MB header line, no spaces", b"X-Long: " + b"y" * mb + b"\r\n" + base),
        ("1 MB From line", b"From: " + b"a@example.com, " * (mb // 15) + b"\r\n" + base),
        ("1 MB References", b"References: " + b"<r@example.com> " * (mb // 16) + b"\r\n" + base),
        ("1 MB encoded-word", b"Subject: =?utf-8?B?" + b"QUFB" * (mb // 4) + b"?=\r\n" + base),
        ("20 MB body", base + b"Please delete my data.\r\n" * (20 * mb // 24)),
        ("20 MB one line", base + b"z" * (20 * mb)),
        (
            "20 MB base64",
            b"From: B <b@example.com>\r\nSubject: b64\r\nContent-Transfer-Encoding: base64\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            + b"UGxlYXNlIGRlbGV0ZSBteSBkYXRhLg==\r\n"
            * (20 * mb // 34),
        ),
        ("nesting 50", nested(50)),
        ("nesting 500", nested(500)),
        ("nesting 5000", nested(5000)),
        ("10000 parts", many_parts(10_000)),
        ("NULs everywhere", base.replace(b"e", b"e\0")),
        ("only NULs", b"\0" * 10_000),
        ("empty", b""),
        ("just a newline", b"\r\n"),
        ("headers only", b"From: a@example.com\r\nSubject: x"),
        ("body only", b"\r\n\r\nPlease delete my data.\r\n"),
        ("binary junk", bytes(range(256)) * 400),
    ]


# --------------------------------------------------------------------------- intake


def parse_checked(label: str, raw: bytes) -> tuple[str, ...]:
    """Parse one message; how long each takes is printed by bench/speed.py, not tested."""
    try:
        msg = parse_message(raw)
    except BaseException as exc:  # noqa: BLE001 - the point of the test
        pytest.fail(f"parse_message raised on {label}: {type(exc).__name__}: {exc}")
    assert msg.message_id, label
    return msg.flags


def fallbacks(flags: tuple[str, ...]) -> list[str]:
    return [f for f in flags if f.startswith("intake_error")]


@needs_corpora
def test_corpus_mutations_never_crash_intake() -> None:
    corpus = corpus_files()
    assert corpus
    internal = Counter()
    for label, raw in mutants(corpus, N_INTAKE):
        for f in fallbacks(parse_checked(label, raw)):
            internal[f] += 1
    assert not internal, f"parse_message fell back to its last resort: {dict(internal)}"


@pytest.mark.parametrize("label,raw", monsters(), ids=lambda v: v if isinstance(v, str) else "")
def test_monsters_never_crash_intake(label: str, raw: bytes) -> None:
    flags = parse_checked(label, raw)
    assert not fallbacks(flags), f"{label}: {flags}"


header_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200
)
header_name = st.sampled_from(
    [
        "From",
        "To",
        "Subject",
        "Message-ID",
        "In-Reply-To",
        "References",
        "Reply-To",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Auto-Submitted",
        "Authentication-Results",
        "Date",
        "X-Whatever",
    ]
)


@st.composite
def raw_messages(draw: st.DrawFn) -> bytes:
    headers = draw(st.lists(st.tuples(header_name, header_text), max_size=12))
    eol = draw(st.sampled_from([b"\r\n", b"\n", b"\r"]))
    head = eol.join(f"{k}: {v}".encode("utf-8", "surrogateescape") for k, v in headers)
    body = draw(st.binary(max_size=2000))
    return head + eol + eol + body


@settings(
    max_examples=2000 if FULL else 300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=not FULL,
)
@given(raw=st.one_of(raw_messages(), st.binary(max_size=4000)))
def test_generated_messages_never_crash_intake(raw: bytes) -> None:
    flags = parse_checked("generated", raw)
    assert not fallbacks(flags), flags


# --------------------------------------------------------------------------- the whole flow


@pytest.mark.imap
@needs_corpora
def test_malformed_messages_through_the_flow(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    corpus = corpus_files()
    chosen = list(mutants(corpus, N_FLOW - 4, seed=SEED + 1))
    chosen += [
        ("1 MB subject", monsters()[0][1]),
        ("nesting 500", nested(500)),
        ("NULs everywhere", monsters()[12][1]),
        ("headers only", b"From: a@example.com\r\nSubject: x"),
    ]
    appended = 0
    refused = []
    with mailbox_user.client() as imap:
        for label, raw in chosen:
            try:
                imap.append("INBOX", raw)
                appended += 1
            except Exception as exc:  # noqa: BLE001 - Dovecot may refuse (e.g. NUL bytes)
                refused.append(f"{label}: {exc}")
    assert appended >= len(chosen) * 0.8, refused
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    assert main(["--config", str(cfg), "poll", "--once"]) in (0, 1)
    folders = {
        f: len(mailbox_user.uids(f))
        for f in ("Processed", "Automated", "Quarantine")
        if f in mailbox_user.folder_names()
    }
    assert mailbox_user.uids("INBOX") == [], f"left in the INBOX; elsewhere: {folders}"
    assert sum(folders.values()) == appended, folders
