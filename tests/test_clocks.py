"""Clocks and senders through the real flow: Dovecot + aiosmtpd, an injected clock.

A request that waited in the mailbox is never refused the moment it is read;
dates shown to people are the controller's dates; a no-reply sender never
gets mail from the bot.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flowkit import STAFF, dkim_pass, write_config
from servers import MailUser, SmtpSink, make_message
from test_housekeeping import Clock, daemon, kinds_queued, tick

from requestbot import outbox, staff
from requestbot.automated import is_no_reply_address
from requestbot.cli import main
from requestbot.model import Status
from requestbot.runner import Runner

pytestmark = pytest.mark.imap

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday 11:00 in Helsinki, after the digest time


def requester_mail(runner: Runner) -> list[dict[str, Any]]:
    return runner.store.outbox(lambda d: d.get("audience") == "requester")


def body_of(item: dict[str, Any]) -> str:
    msg = email.message_from_string(item["raw"], policy=email.policy.default)
    return str(msg.get_body(("plain",)).get_content())  # type: ignore[union-attr]


def test_a_request_read_45_days_late_goes_to_staff_first_not_to_a_refusal(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(
        tmp_path,
        mailbox_user,
        smtp_sink,
        controller='default_language = "en"',
        staff='digest_days = ["mon", "tue", "wed", "thu", "fri"]',  # the clock is injected
    )
    # Delivered while the bot was down: 45 days ago, at 22:30 UTC (01:30 the next day
    # in Helsinki), from an address that is not authenticated and never confirms.
    internal = (NOW - timedelta(days=45)).replace(hour=22, minute=30)
    mailbox_user.append(
        make_message("Ulla <ulla@example.com>", "my data", "Please erase all my personal data.\n"),
        internaldate=internal,
    )
    mailbox_user.append(
        make_message("Ville <ville@example.com>", "data", "Please erase all my personal data.\n"),
        internaldate=NOW - timedelta(days=2),
    )
    clock = Clock(NOW)
    with daemon(cfg, clock) as r:
        tick(r)
        late = next(c for c in r.store.cases() if c.requester_address == "ulla@example.com")
        assert late.status == Status.AWAITING_IDENTITY and late.due < NOW.date()
        for hours in (1, 6, 30):  # the same day and the next: still nothing but the ack
            clock.at = NOW + timedelta(hours=hours)
            tick(r)
        late = r.store.require_case(late.id)
        assert late.status == Status.AWAITING_IDENTITY and late.is_open
        to_ulla = [d for d in requester_mail(r) if d["to"] == "ulla@example.com"]
        assert [d["kind"] for d in to_ulla] == ["ack"]
        ack = body_of(to_ulla[0])
        assert "close" not in ack.lower() and "erase" in ack  # no closing date promised
        [new_case] = [
            d for d in kinds_queued(r, "staff_new_case") if late.id in d["raw"] and d["to"] == STAFF
        ]
        assert "will not close the case itself" in body_of(new_case)
        asyncio.run(outbox.drain_once(r.cfg, r.store, now=clock))
    [digest_mail] = [m for m in smtp_sink.messages if "7 December 2026" in m.message["Subject"]]
    body = digest_mail.message.get_body(("plain",)).get_content()
    overdue = body.index("OVERDUE (1)")
    assert overdue < body.index(late.id) < body.index("AWAITING ADDRESS CONFIRMATION")
    assert body.index(late.id) < body.index("DSR-2026-0002")  # listed first
    assert body[overdue:].splitlines()[1].startswith(f"- {late.id}")
    # Dates shown to people are the controller's: received 01:30 in Helsinki that day.
    capsys.readouterr()
    assert main(["--config", str(cfg), "cases", "list"]) == 0
    received_local = (internal + timedelta(hours=2)).date().isoformat()
    assert received_local != internal.date().isoformat()
    assert received_local in line_of(capsys.readouterr().out, late.id)
    assert main(["--config", str(cfg), "cases", "show", late.id]) == 0
    shown = capsys.readouterr().out
    events = shown[shown.index("Events:") :].splitlines()[1:]
    assert events and all(line.split()[0][-6:] in ("+02:00", "+03:00") for line in events)


def line_of(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


@pytest.mark.parametrize(
    ("address", "no_reply"),
    [
        ("analytics-noreply@example.com", True),
        ("noreply@example.com", True),
        ("no-reply+123@example.com", True),
        ("do-not-reply@example.com", True),
        ("DoNotReply@example.com", True),
        ("ei-vastausta@example.fi", True),
        ("svara-inte@example.se", True),
        ("billing.noreply@example.com", True),
        ("noreply-billing@example.com", True),
        ("matti.noreplyson@example.fi", False),
        ("maija.mallikas@example.fi", False),
        ("replies@example.com", False),
    ],
)
def test_no_reply_addresses(address: str, no_reply: bool) -> None:
    assert is_no_reply_address(address) is no_reply


def test_a_no_reply_sender_is_never_answered(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    # A service announcement that mentions deletion: reads as a request, but nobody reads
    # replies to it. It goes to staff; the sender gets nothing.
    mailbox_user.append(
        make_message(
            "Analytics <analytics-noreply@example.com>",
            "Changes to data retention",
            "Please delete all my personal data from your systems. You cannot unsubscribe "
            "from these service announcements.\n",
        )
    )
    mailbox_user.append(
        make_message("Shop <svara-inte@example.se>", "Din order", "Tack för din beställning.\n")
    )
    clock = Clock(NOW)
    with daemon(cfg, clock) as r:
        r.ctx.staff_handler = staff.handle
        tick(r)
        [case] = r.store.cases()
        assert case.requester_address == "analytics-noreply@example.com"
        assert case.status == Status.TRIAGE
        [note] = kinds_queued(r, "staff_new_case")
        assert "(no-reply)" in body_of(note)
        # Not even a staff #reply reaches it: staff are told so.
        mailbox_user.append(
            make_message(
                STAFF,
                f"Re: [{case.id}] {case.subject}",
                "#reply\nHello.\n",
                authentication_results=dkim_pass("example.fi"),
            )
        )
        clock.at = NOW + timedelta(minutes=5)
        tick(r)
        assert requester_mail(r) == []
        [error] = kinds_queued(r, "staff_command_error")
        assert "no-reply" in body_of(error)
        asyncio.run(outbox.drain_once(r.cfg, r.store, now=clock))
    assert all(
        "noreply" not in rcpt and "svara-inte" not in rcpt
        for m in smtp_sink.messages
        for rcpt in m.rcpt_tos
    )
