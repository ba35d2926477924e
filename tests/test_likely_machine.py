"""Machine mail without auto headers, through the real flow (Dovecot + aiosmtpd).

A list server's confirmation or an account notice carries no Auto-Submitted header but
reads like a request ("removal of your address", "delete your account"): it is never
answered. Moderate evidence that still reads as a request opens a case for staff,
flagged and without kinds, and the sender gets nothing. A person who forwards such a
notice and asks to be deleted is answered as usual, and staff who write like a
notifier ("Dear customer, your request has been completed") are still staff.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flowkit import STAFF, dkim_pass, write_config
from servers import MailUser, SmtpSink, make_message
from test_clocks import body_of, requester_mail
from test_housekeeping import Clock, daemon, kinds_queued, tick

from requestbot import outbox, staff
from requestbot.model import Status

pytestmark = pytest.mark.imap

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)

LIST_SERVER = "photographers-bounces@lists.example.com"
NOTIFIER = "Social <notifications@social.example.com>"
CLUB = "Example Club <members@example.com>"
PERSON = "Anna <anna@example.com>"


def test_machine_mail_without_auto_headers_is_never_answered(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink, controller='default_language = "en"')
    mailbox_user.append(
        make_message(
            LIST_SERVER,
            "confirm 6f1c0d2e9a",
            "We have received a request for the removal of your email address from the "
            "photographers mailing list. To confirm that you want to be removed, simply reply "
            "to this message, keeping the Subject: header intact.\n",
        )
    )
    mailbox_user.append(
        make_message(
            NOTIFIER,
            "Password changed",
            "Your password has been changed.\nIf this wasn't you, delete your account and all "
            "your data here:\nhttps://social.example.com/settings/delete\n",
        )
    )
    # Moderate evidence (an account notice, no more) that reads as an erasure request.
    mailbox_user.append(
        make_message(
            CLUB,
            "Account",
            "Your account has been suspended. Delete all your personal data from the account "
            "page.\n",
        )
    )
    # A person forwarding such a notice and asking to be deleted: a request.
    mailbox_user.append(
        make_message(
            PERSON,
            "Fwd: Password changed",
            "Please delete all my personal data.\n\n"
            "---------- Forwarded message ----------\nFrom: notifications@social.example.com\n"
            "Subject: Password changed\n\nYour password has been changed.\n"
            "If this wasn't you, please ignore this email.\n",
        )
    )
    clock = Clock(NOW)
    with daemon(cfg, clock) as r:
        r.ctx.staff_handler = staff.handle
        tick(r)
        cases = {c.requester_address: c for c in r.store.cases()}
        assert set(cases) == {"members@example.com", "anna@example.com"}
        likely = cases["members@example.com"]
        assert likely.status == Status.TRIAGE and likely.kinds == () and likely.needs_review
        assert "likely_machine" in {e.rule for e in likely.evidence}
        events = [e.action for e in r.store.events(likely.id)]
        assert "not_answered" in events
        person = cases["anna@example.com"]
        assert [k.value for k in person.kinds] == ["erasure"] and not person.needs_review
        # Staff are told of both, the likely machine with its flag explained.
        notes = {n["case_id"]: n for n in kinds_queued(r, "staff_new_case")}
        assert set(notes) == {likely.id, person.id}
        assert "reads as a machine" in body_of(notes[likely.id])
        # Only the person gets an answer.
        assert {item["to"] for item in requester_mail(r)} == {"anna@example.com"}
        # Staff write like a notifier; their mail is still a command, not machine mail.
        mailbox_user.append(
            make_message(
                STAFF,
                f"Re: [{person.id}] {person.subject}",
                "#reply\nDear customer,\n\nYour request has been completed. If this wasn't "
                "you, please ignore this email.\n",
                authentication_results=dkim_pass("example.fi"),
            )
        )
        clock.at = NOW + timedelta(minutes=5)
        tick(r)
        [reply] = kinds_queued(r, "staff_reply")
        assert reply["to"] == "anna@example.com"
        assert "Your request has been completed" in body_of(reply)
        asyncio.run(outbox.drain_once(r.cfg, r.store, now=clock))
    assert len(mailbox_user.uids("Automated")) == 2
    rcpts = {rcpt for m in smtp_sink.messages for rcpt in m.rcpt_tos}
    assert "anna@example.com" in rcpts
    assert not rcpts & {"members@example.com", "notifications@social.example.com", LIST_SERVER}


def test_machine_wording_around_a_request_goes_to_staff_unanswered(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    """A "do not reply" notice or an auto-reply subject is a machine's wording, but a person
    may forward, quote or answer it: when the text reads as a request the message is not
    dropped, it becomes a flagged case for staff, and nobody is answered."""
    cfg = write_config(tmp_path, mailbox_user, smtp_sink, controller='default_language = "fi"')
    guardian = "Liisa <liisa.huoltaja@example.fi>"
    replier = "Olli <olli@example.fi>"
    # A guardian writes under a forwarded gallery notice that ends in "do not reply".
    mailbox_user.append(
        make_message(
            guardian,
            "VS: Kuvagalleria on valmis",
            "Kuvagalleria on valmis. Tämä on automaattinen viesti, älä vastaa tähän viestiin.\n\n"
            "Emme ole tilanneet näitä. Poistakaa lapsemme kuvat ja kaikki hänen tietonsa.\n"
            "-Liisa (huoltaja)\n",
        )
    )
    # A person answers an auto-reply: its subject keeps the auto-reply words.
    mailbox_user.append(
        make_message(
            replier,
            "Re: Automaattinen vastaus: tietopyyntö",
            "Sain teiltä vain automaattisen vastauksen. Haluan nähdä kaikki minusta "
            "tallennetut tiedot.\n",
        )
    )
    # A bare notice with the same wording and no request stays machine mail.
    mailbox_user.append(
        make_message(
            "Kuvapalvelu <galleria@example.fi>",
            "Kuvagalleria on valmis",
            "Kuvagalleria on valmis. Tämä on automaattinen viesti, älä vastaa tähän viestiin.\n",
        )
    )
    clock = Clock(NOW)
    with daemon(cfg, clock) as r:
        r.ctx.staff_handler = staff.handle
        tick(r)
        cases = {c.requester_address: c for c in r.store.cases()}
        assert set(cases) == {"liisa.huoltaja@example.fi", "olli@example.fi"}
        for case in cases.values():
            assert case.kinds == () and case.needs_review
            assert "likely_machine" in {e.rule for e in case.evidence}
            assert "not_answered" in [e.action for e in r.store.events(case.id)]
        notes = {n["case_id"] for n in kinds_queued(r, "staff_new_case")}
        assert notes == {c.id for c in cases.values()}
        assert requester_mail(r) == []
        asyncio.run(outbox.drain_once(r.cfg, r.store, now=clock))
    assert len(mailbox_user.uids("Automated")) == 1
    rcpts = {rcpt for m in smtp_sink.messages for rcpt in m.rcpt_tos}
    assert not rcpts & {"liisa.huoltaja@example.fi", "olli@example.fi", "galleria@example.fi"}


@pytest.mark.parametrize(
    ("subject", "body", "staff_case"),
    [
        # a person's request under machine wording: a flagged case, never answered
        ("Re: Automatic reply: data request", "I want a copy of all my data.\n", True),
        ("SV: Automatiskt svar: Mina uppgifter", "Radera alla mina personuppgifter.\n", True),
        # (too short to be read as a letter: a longer one is a person's, test_automated)
        ("Out of office party photos", "Delete my photos.\n", True),
        (
            "Fwd: order",
            "Your order has shipped. Please do not reply to this email.\n\n"
            "Delete my customer account and all my data.\n",
            True,
        ),
        # the wording alone is machine mail
        ("Automatic reply: data request", "I am away until Monday.\n", False),
        ("Order", "Your order has shipped. Please do not reply to this email.\n", False),
    ],
)
def test_machine_wording_reading(subject: str, body: str, staff_case: bool) -> None:
    from requestbot.intake import parse_message
    from requestbot.understand.classify import classify_received, read_as_machine

    raw = make_message("Person <person@example.com>", subject, body)
    msg, result = classify_received(parse_message(raw), default_language="en")
    assert read_as_machine(msg)  # never answered either way
    assert ("likely_machine" in msg.flags) is staff_case
    assert msg.automated is not staff_case
    assert result.kinds == () and result.needs_review is staff_case


def test_a_sellers_notices_are_never_answered(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    """A shop's order confirmation, a booking system's reminder and a calendar invitation
    without auto headers, sent to the privacy mailbox by mistake, get no answer; a buyer
    who complains about an order in the first person and asks for erasure is answered."""
    cfg = write_config(tmp_path, mailbox_user, smtp_sink, controller='default_language = "fi"')
    shop = "Bokhandeln <order@bokhandeln.example.fi>"
    salon = "Salong <bokning@salong.example.se>"
    organiser = "Matti <matti.meikalainen@example.fi>"
    buyer = "Maija <maija@example.fi>"
    mailbox_user.append(
        make_message(
            shop,
            "Orderbekräftelse #A-77231",
            "Tack för din beställning!\n\nOrdernummer: A-77231\n1 st Fotoalbum    39,90 €\n"
            "Frakt    5,90 €\nTotalt    45,80 €\n\nLeveransadress: Exempelgatan 1, Vasa\n\n"
            "Du får ett nytt meddelande när paketet har skickats.\n",
        )
    )
    mailbox_user.append(
        make_message(
            salon,
            "Påminnelse om din bokning",
            "Hej, Anna,\nDetta är en påminnelse om din bokning:\n\nBoknings ID: 58812\n\n"
            "Tjänster\n\nHårklippning, 45 min\n\nHälsningar,\n",
        )
    )
    mailbox_user.append(
        make_message(
            organiser,
            "Kutsu: Tiimipalaveri",
            "Matti Meikäläinen on kutsunut sinut tapahtumaan Tiimipalaveri\n",
        )
    )
    mailbox_user.append(
        make_message(
            buyer,
            "Tilaus 4127",
            "Tilaukseni 4127 ei koskaan tullut perille. Poistakaa kaikki minun tietoni "
            "rekisteristänne.\n\nMaija Virtanen\n",
        )
    )
    clock = Clock(NOW)
    with daemon(cfg, clock) as r:
        tick(r)
        cases = {c.requester_address: c for c in r.store.cases()}
        assert set(cases) == {"maija@example.fi"}
        assert [k.value for k in cases["maija@example.fi"].kinds] == ["erasure"]
        assert {item["to"] for item in requester_mail(r)} == {"maija@example.fi"}
        asyncio.run(outbox.drain_once(r.cfg, r.store, now=clock))
    assert len(mailbox_user.uids("Automated")) == 3
    rcpts = {rcpt for m in smtp_sink.messages for rcpt in m.rcpt_tos}
    assert "maija@example.fi" in rcpts
    assert not rcpts & {
        "order@bokhandeln.example.fi",
        "bokning@salong.example.se",
        "matti.meikalainen@example.fi",
    }
