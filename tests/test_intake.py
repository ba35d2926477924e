"""Unit tests for requestbot.intake: raw bytes -> InboundMessage."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest

from requestbot.intake import (
    html_to_text,
    normalise_address,
    parse_message,
    strip_subject_prefixes,
)


def msg(headers: str, body: bytes = b"Hei\n", sep: bytes = b"\n") -> bytes:
    head = headers.strip("\n").replace("\n", "\r\n" if sep == b"\r\n" else sep.decode())
    return head.encode("latin-1") + sep + sep + body


BASIC = (
    "From: Matti Meikäläinen <Matti@Example.FI>\n"
    "To: privacy@example.com, Other <other@example.com>\n"
    "Cc: cc@example.se\n"
    "Reply-To: elsewhere@example.test\n"
    "Subject: Tietopyyntö\n"
    "Date: Mon, 02 Feb 2026 10:00:00 +0200\n"
    "Message-ID: <abc.123@example.fi>\n"
    "In-Reply-To: <prev@example.com>\n"
    "References: <a@example.com>\n <prev@example.com>\n"
    "Authentication-Results: mx.example.com; dkim=pass header.d=example.fi\n"
    "Authentication-Results: mx.example.com; spf=pass\n"
)


def test_basic_fields() -> None:
    raw = msg(BASIC.replace("Meikäläinen", "Meikalainen").replace("Tietopyyntö", "Request"))
    received = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
    m = parse_message(raw, received_at=received)
    assert m.from_addr == "matti@example.fi"
    assert m.from_name == "Matti Meikalainen"
    assert m.reply_to == "elsewhere@example.test"
    assert m.to == ("privacy@example.com", "other@example.com")
    assert m.cc == ("cc@example.se",)
    assert m.subject == "Request"
    assert m.date == datetime(2026, 2, 2, 8, 0, tzinfo=UTC)
    assert m.date is not None and m.date.tzinfo is not None
    assert m.received_at == received
    assert m.message_id == "<abc.123@example.fi>"
    assert m.in_reply_to == "<prev@example.com>"
    assert m.references == ("<a@example.com>", "<prev@example.com>")
    assert m.auth_results == (
        "mx.example.com; dkim=pass header.d=example.fi",
        "mx.example.com; spf=pass",
    )
    assert m.new_text == "Hei" and m.full_text == "Hei"
    assert m.size == len(raw)
    assert m.content_hash == hashlib.sha256(raw).hexdigest()
    assert not m.automated and m.automated_reason is None
    assert m.flags == ()


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Subject: =?utf-8?q?Poistakaa_tietoni_p=C3=A4=C3=A4tt=C3=B6?=",
            "Poistakaa tietoni päättö",
        ),
        ("Subject: =?iso-8859-1?q?Beg=E4ran_om_radering?=", "Begäran om radering"),
        ("Subject: =?ISO-8859-15?B?5OT2?=", "ääö"),
        ("Subject: =?windows-1252?q?=80_och_=E5?=", "€ och å"),
        ("Subject: =?utf-8?b?w4Vsw6RuZA==?= =?utf-8?b?IHPDtms=?=", "Åländ sök"),
        ("Subject: =?x-unknown?q?J=F6rg?=", "Jörg"),
        ("Subject: =?utf-8?q?broken_=E4?=", "broken ä"),
        ("Subject: folded\n  over\n\tlines", "folded over lines"),
        ("Subject: =?utf-8?q?bad?=base64=?utf-8?b?###?=", None),
    ],
)
def test_subject_decoding(header: str, expected: str | None) -> None:
    m = parse_message(msg("From: a@example.fi\n" + header))
    if expected is not None:
        assert m.subject == expected
    assert "\n" not in m.subject and "\r" not in m.subject


def test_raw_8bit_utf8_and_latin1_headers() -> None:
    raw = b"From: =?utf-8?q?Kalle?= <k@example.se>\nSubject: R\xc3\xa4ksm\xc3\xb6rg\xc3\xa5s\n\nx"
    assert parse_message(raw).subject == "Räksmörgås"
    raw = b"From: P\xe4ivi <p@example.fi>\nSubject: P\xe4iv\xe4\xe4\n\nx"
    m = parse_message(raw)
    assert m.subject == "Päivää"
    assert m.from_name == "Päivi" and m.from_addr == "p@example.fi"
    assert "charset_fallback" in m.flags


@pytest.mark.parametrize(
    ("ctype", "body", "expected", "fallback"),
    [
        ("text/plain; charset=utf-8", "Hyvää päivää, åäö".encode(), "Hyvää päivää, åäö", False),
        ("text/plain; charset=iso-8859-1", "Hyvää päivää".encode("latin-1"), "Hyvää päivää", False),
        ("text/plain; charset=iso-8859-15", "€ äöå".encode("iso-8859-15"), "€ äöå", False),
        ("text/plain; charset=windows-1252", "“Hej” – å".encode("cp1252"), "“Hej” – å", False),
        # Lying charsets: declared utf-8, really latin-1; declared latin-1, really utf-8.
        ("text/plain; charset=utf-8", "Hyvää päivää".encode("latin-1"), "Hyvää päivää", True),
        ("text/plain; charset=iso-8859-1", "Räksmörgås".encode(), "Räksmörgås", True),
        ("text/plain; charset=unknown-8bit", "Hälsningar".encode("cp1252"), "Hälsningar", True),
        ("text/plain; charset=no-such-charset", "Tämä".encode(), "Tämä", True),
        ("text/plain; charset=base64", b"aGVq", "aGVq", False),
        ("text/plain", "å".encode(), "å", True),
        ("text/plain; charset=us-ascii", "ö".encode("latin-1"), "ö", True),
    ],
)
def test_body_charsets(ctype: str, body: bytes, expected: str, fallback: bool) -> None:
    raw = msg(f"From: a@example.fi\nContent-Type: {ctype}\nContent-Transfer-Encoding: 8bit", body)
    m = parse_message(raw)
    assert m.full_text == expected
    assert ("charset_fallback" in m.flags) is fallback


def test_quoted_printable_and_base64_bodies() -> None:
    qp = msg(
        "From: a@example.fi\nContent-Type: text/plain; charset=iso-8859-1\n"
        "Content-Transfer-Encoding: quoted-printable",
        b"Poistakaa tietoni rekisterist=E4=\n nne.",
    )
    assert parse_message(qp).full_text == "Poistakaa tietoni rekisteristä nne."
    b64 = msg(
        "From: a@example.fi\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        b"SMOkbHNuaW5nYXI=",
    )
    assert parse_message(b64).full_text == "Hälsningar"


MULTIPART = b"""From: a@example.se
Subject: bilagor
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

--XX
Content-Type: multipart/alternative; boundary="YY"

--YY
Content-Type: text/plain; charset=utf-8

Jag vill ha ett registerutdrag.
--YY
Content-Type: text/html; charset=utf-8

<p>Jag vill ha <b>ett registerutdrag</b>.</p>
--YY--
--XX
Content-Type: application/pdf; name="id.pdf"
Content-Disposition: attachment; filename="=?utf-8?q?k=C3=B6rkort.pdf?="
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--XX
Content-Type: image/png
Content-Disposition: inline; filename*=utf-8''bild%C3%A5.png
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--XX--
"""


def test_multipart_prefers_plain_and_lists_attachments() -> None:
    m = parse_message(MULTIPART)
    assert m.full_text == "Jag vill ha ett registerutdrag."
    assert "html_only" not in m.flags
    assert [(a.filename, a.content_type, a.size) for a in m.attachments] == [
        ("körkort.pdf", "application/pdf", 9),
        ("bildå.png", "image/png", 8),
    ]


def test_html_only() -> None:
    raw = msg(
        "From: a@example.fi\nContent-Type: text/html; charset=utf-8",
        b"<html><head><style>p{}</style></head><body><p>Haluan tietoni.</p>"
        b"<div class='gmail_quote'>On Mon wrote: <blockquote>vanha</blockquote></div></body></html>",
    )
    m = parse_message(raw)
    assert "html_only" in m.flags
    assert m.new_text == "Haluan tietoni."
    assert "vanha" in m.full_text


def test_no_text_and_missing_headers() -> None:
    raw = b"Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
    m = parse_message(raw)
    assert m.from_addr == "" and m.subject == "" and m.date is None
    assert (
        m.message_id == "<missing-" + hashlib.sha256(raw).hexdigest()[:16] + "@requestbot.invalid>"
    )
    assert "no_text" in m.flags and "no_sender" in m.flags
    assert len(m.attachments) == 1


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("Tue, 3 Mar 2026 12:00:00 -0000", datetime(2026, 3, 3, 12, tzinfo=UTC)),
        ("3 Mar 2026 12:00", datetime(2026, 3, 3, 12, tzinfo=UTC)),
        ("yesterday", None),
        ("Tue, 99 Foo 20260 99:99:99 +9999", None),
    ],
)
def test_dates(date: str, expected: datetime | None) -> None:
    assert parse_message(msg(f"From: a@example.fi\nDate: {date}")).date == expected


def test_oversize_is_headers_only() -> None:
    body = b"x" * 5000
    raw = msg("From: a@example.fi\nSubject: big\nMessage-ID: <big@example.fi>", body)
    m = parse_message(raw, max_message_bytes=1000)
    assert "oversize" in m.flags
    assert m.subject == "big" and m.message_id == "<big@example.fi>"
    assert m.full_text == "" and m.size == len(raw)


@pytest.mark.parametrize("sep", [b"\n", b"\r\n", b"\r"])
def test_line_endings(sep: bytes) -> None:
    raw = sep.join([b"From: a@example.fi", b"Subject: Hej", b"", b"rad 1", b"rad 2", b""])
    m = parse_message(raw)
    assert m.subject == "Hej"
    assert m.full_text == "rad 1\nrad 2"


def test_unparseable_input_is_kept() -> None:
    for raw in (b"", b"\x00\x01\x02", b"\xff" * 100, b"no headers at all"):
        m = parse_message(raw)
        assert m.size == len(raw)
        assert m.message_id.startswith("<missing-")


def test_own_address_and_message_id_make_it_automated() -> None:
    raw = msg("From: privacy@example.com\nMessage-ID: <x@example.com>")
    m = parse_message(raw, own_addresses=["privacy@example.com"])
    assert m.automated and m.automated_reason == "sender:own-address"
    raw = msg("From: someone@example.fi\nMessage-ID: <DSR-2026-0001.ab12.rb@example.com>")
    m = parse_message(raw, own_domains=["example.com"])
    assert m.automated and m.automated_reason == "message-id:own"


@pytest.mark.parametrize(
    ("addr", "expected"),
    [
        ("Matti@Example.FI", "matti@example.fi"),
        ("  <Kalle@Example.SE>  ", "kalle@example.se"),
        ("Kalle Anka <Kalle@Example.SE>", "kalle@example.se"),
        ("", ""),
        ("not an address", ""),
        ("a@b@example.com", ""),
        ("@example.com", ""),
        ("user@", ""),
        ("user@example..com", ""),
        ("us er@example.com", ""),
        ("undisclosed-recipients:;", ""),
    ],
)
def test_normalise_address(addr: str, expected: str) -> None:
    assert normalise_address(addr) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: VS: SV: AW: Vast: Fwd: VL: VB: FW: Tietopyyntö", "Tietopyyntö"),
        ("RE:re: Re[2]: hello", "hello"),
        ("  sv:   Begäran  ", "Begäran"),
        ("Regarding my data", "Regarding my data"),
        ("Svar på fråga", "Svar på fråga"),
        ("", ""),
    ],
)
def test_strip_subject_prefixes(subject: str, expected: str) -> None:
    assert strip_subject_prefixes(subject) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Hei</p><p>Terveisin</p>", ["Hei", "Terveisin"]),
        ("<script>alert(1)</script><b>Hej &amp; hå</b>", ["Hej & hå"]),
        ("", []),
        ("<?xml version='1.0' encoding='utf-8'?><html><body>ok</body></html>", ["ok"]),
    ],
)
def test_html_to_text(html: str, expected: list[str]) -> None:
    text = html_to_text(html)
    for part in expected:
        assert part in text
    assert "alert" not in text


@pytest.mark.parametrize(
    "cte,body",
    [
        ("7bit", "Poistakaa tietoni.\r\n" * 80_000),
        ("quoted-printable", "P=C3=A4=C3=A4t=C3=B6s tietoni.\r\n" * 60_000),
        ("base64", "UG9pc3Rha2FhIHRpZXRvbmku\n" * 60_000),
    ],
)
def test_a_big_single_part_message_skips_the_line_parser_with_the_same_result(
    cte: str, body: str
) -> None:
    import email.parser
    import email.policy

    from requestbot.intake import FAST_PARSE_BYTES, _parse_single_part

    raw = (
        "From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: {cte}\r\n\r\n{body}"
    ).encode()
    assert len(raw) > FAST_PARSE_BYTES
    parser = email.parser.BytesParser(policy=email.policy.compat32)
    fast = _parse_single_part(parser, raw)
    assert fast is not None
    assert fast.get_payload(decode=True) == parser.parsebytes(raw).get_payload(decode=True)
    assert parse_message(raw).full_text.startswith(parse_message(raw[:200_000]).full_text[:1000])
