"""compose() passes From and To as text and reads To back without parsing the whole
head: both give exactly what the slower ways gave (the header from an Address
object; the compat32 header parser), over awkward names and addresses."""

from __future__ import annotations

import email.policy
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage

import pytest
from test_outbox import make_config

from requestbot import outbox
from requestbot.errors import PermanentDeliveryError

NAMES = [
    "",
    "Matti Meikäläinen",
    "Meikäläinen, Matti",
    'Anna "Ankka" Andersson',
    "Anna-Lena Åström, " * 8,
    "Dr. J. R. R. Tolkien (emeritus)",
    "<script>alert(1)</script>",
    "ääkkösiä " * 20,
    "Ωμέγα Σίγμα",
    "a" * 120,
    "semi;colon: and @at",
    "tab\tand  spaces",
]
ADDRESSES = [
    "matti@example.fi",
    "Anna.Andersson+dsr@example.se",
    "person@exämple.com",
    "very.long.local.part.that.goes.on.and.on.and.on.for.a.while@sub.example.com",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("addr", ["matti@example.fi", "x@sub.example.com"])
def test_an_address_as_text_makes_the_same_header(name: str, addr: str) -> None:
    by_object, by_text = EmailMessage(policy=outbox.SMTP), EmailMessage(policy=outbox.SMTP)
    by_object["To"] = Address(display_name=name, addr_spec=addr)
    by_text["To"] = str(Address(display_name=name, addr_spec=addr))
    by_object.set_content("x\n")
    by_text.set_content("x\n")
    assert by_text.as_bytes(policy=email.policy.SMTP) == by_object.as_bytes(
        policy=email.policy.SMTP
    )


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("to", ADDRESSES)
def test_to_reads_back_as_the_header_parser_reads_it(name: str, to: str) -> None:
    cfg = make_config(2525)
    try:
        item = outbox.compose(
            cfg,
            to=to,
            to_name=name,
            subject="Pyyntösi " * 12,
            text="Hei\n",
            case_id="DSR-2026-0001",
            kind="ack",
            audience="requester",
            now=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        )
    except PermanentDeliveryError:
        return  # refused either way (the check reads back through _to_addresses)
    raw = item["raw"]
    assert outbox._to_addresses(raw) == outbox._to_addresses_parsed(raw)
    assert outbox._to_addresses(raw) == [item["to"].lower()]


def test_to_read_back_of_folded_and_repeated_fields() -> None:
    raw = (
        "From: a@example.fi\r\nTo: =?utf-8?q?Meik=C3=A4l=C3=A4inen=2C?=\r\n"
        " Matti <m@example.fi>\r\nSubject: x\r\nto: b@example.se,\r\n\tc@example.com\r\n"
        "X-To: not@example.com\r\n\r\nTo: body@example.com\r\n"
    )
    assert outbox._to_addresses(raw) == outbox._to_addresses_parsed(raw)
    assert outbox._to_addresses(raw) == ["m@example.fi", "b@example.se", "c@example.com"]
