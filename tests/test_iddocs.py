"""Identity documents leave the mailbox and the store once the identity is settled."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest
from flowkit import dkim_pass
from servers import MailUser, SmtpSink
from test_staff import Desk

from requestbot.iddocs import MARK_HEADER, is_identity_document, strip

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def images(raw: bytes) -> list[bytes]:
    """The decoded image attachments of a message."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return [p.get_payload(decode=True) for p in msg.walk() if p.get_content_maintype() == "image"]


JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 200 + b"PASSPORT-SCAN"


def with_attachments(
    sender: str, body: str, *files: tuple[str, str, bytes], **headers: str
) -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = "dsr@example.test"
    msg["Subject"] = "tietoni"
    msg["Message-ID"] = email.utils.make_msgid(domain="example.fi")
    msg["Date"] = email.utils.format_datetime(NOW)
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    for filename, ctype, data in files:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


@pytest.mark.parametrize(
    ("filename", "ctype", "text", "expected"),
    [
        ("passi.jpg", "image/jpeg", "", True),
        ("scan.pdf", "application/pdf", "Liitteenä kopio ajokortistani.", True),
        ("ID_front.png", "image/png", "", True),
        ("körkort.heic", "image/heic", "", True),
        ("IMG_1234.jpg", "image/jpeg", "Här är mitt pass.", True),
        ("holiday.jpg", "image/jpeg", "Poistakaa tietoni.", False),
        ("passi.txt", "text/plain", "", False),  # not an image or PDF: kept
        ("kuitti.pdf", "application/pdf", "Here is my receipt.", False),
        ("video.jpg", "image/jpeg", "", False),  # "id" inside a word is no ID
    ],
)
def test_what_counts_as_an_identity_document(
    filename: str, ctype: str, text: str, expected: bool
) -> None:
    assert is_identity_document(filename, ctype, text) is expected


def test_strip_replaces_only_the_identity_document() -> None:
    raw = with_attachments(
        "Matti <matti@example.fi>",
        "Liitteenä passini.\n",
        ("passi.jpg", "image/jpeg", JPEG),
        ("lista.txt", "text/plain", b"tilaukset 1, 2, 3"),
    )
    new, removed = strip(raw, NOW)
    assert removed == ["image/jpeg"]
    msg = email.message_from_bytes(new, policy=email.policy.default)
    assert msg[MARK_HEADER] == "2026-11-26"
    assert msg["Message-ID"] == email.message_from_bytes(raw)["Message-ID"]
    names = [p.get_filename() for p in msg.iter_attachments()]  # type: ignore[attr-defined]
    assert names == [None, "lista.txt"]  # the scan's place holds a marker, the list stays
    marker = next(msg.iter_attachments())  # type: ignore[attr-defined]
    assert marker.get_content_type() == "text/plain" and MARK_HEADER in marker.get_content()
    assert images(raw) == [JPEG] and images(new) == []
    assert strip(new, NOW) == (new, [])  # nothing left to remove
    plain = with_attachments("M <m@example.fi>", "Hei.\n", ("loma.jpg", "image/jpeg", JPEG))
    assert strip(plain, NOW) == (plain, [])


@pytest.mark.imap
def test_settled_identity_strips_the_mailbox_and_an_unsettled_one_waits(
    tmp_path: object, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    desk = Desk(tmp_path, mailbox_user, smtp_sink)  # type: ignore[arg-type]
    when = (datetime.now(UTC) - timedelta(days=3)).replace(microsecond=0)  # IMAP keeps seconds
    verified = with_attachments(
        "Matti <matti@example.fi>",
        "Hei, poistakaa kaikki minun tiedot teidän rekisteristä. Liitteenä passini.\n",
        ("passi.jpg", "image/jpeg", JPEG),
        authentication_results=dkim_pass("example.fi"),
    )
    waiting = with_attachments(
        "Anna <anna@example.se>",
        "Radera mina uppgifter, tack. Här är mitt pass.\n",
        ("pass.jpg", "image/jpeg", JPEG),
    )
    mailbox_user.append(verified, internaldate=when)
    mailbox_user.append(waiting, internaldate=when)
    desk.poll()  # takes both in; the daily retention run strips the settled case's copy
    cases = {c.requester_address: c for c in desk.store_read(lambda s: s.cases())}
    assert cases["matti@example.fi"].address_verified
    assert not cases["anna@example.se"].address_verified

    raws = mailbox_user.fetch_all("Processed")
    assert len(raws) == 2
    stripped = [r for r in raws if b"matti@example.fi" in r]
    assert len(stripped) == 1 and images(stripped[0]) == []
    assert MARK_HEADER.encode() in stripped[0]
    assert [images(r) for r in raws if b"anna@example.se" in r] == [[JPEG]]  # not settled
    dates = sorted(mailbox_user.internaldates("Processed").values())
    assert dates == [when, when]  # INTERNALDATE kept
    events = [e.action for e in desk.events(cases["matti@example.fi"].id)]
    assert "identity_documents_removed" in events
