"""End to end: Dovecot + aiosmtpd, a controllable clock and housekeeping_once.

The runner's clock is a list we move forward; the daemon's restarts are a
closed and reopened store with a new Runner.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flowkit import STAFF, dkim_pass, write_config
from servers import DovecotServer, MailUser, SmtpSink, make_message

from requestbot import config as config_mod
from requestbot import outbox
from requestbot.cases import CaseStore
from requestbot.errors import MailboxError
from requestbot.housekeeping import housekeeping_once
from requestbot.model import Status
from requestbot.runner import Runner, build_source

pytestmark = pytest.mark.imap

RECEIVED = datetime(2026, 11, 25, 12, 3, tzinfo=UTC)  # due 28.12.2026
MANAGER = "manager@example.fi"


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@contextmanager
def daemon(cfg_path: Path, clock: Clock) -> Iterator[Runner]:
    """One 'daemon lifetime': the store open, a Runner on the test servers."""
    cfg = config_mod.load(cfg_path)
    path = cfg.resolve_path(cfg.storage.path)
    path.parent.mkdir(parents=True, exist_ok=True)
    store = CaseStore.open(path)
    runner = Runner(cfg, store, build_source(cfg), now=clock)
    try:
        yield runner
    finally:
        runner.source.close()
        store.close()


def tick(runner: Runner) -> None:
    """What the daemon does in a minute: fetch, housekeeping."""
    runner.intake_once()
    housekeeping_once(runner.ctx)


def kinds_queued(runner: Runner, kind: str) -> list[dict]:
    return runner.store.outbox(lambda d: d.get("kind") == kind)


def seed(user: MailUser) -> None:
    user.append(
        make_message(
            "Matti Meikäläinen <matti@example.fi>",
            "tietoni",
            "Hei, poistakaa kaikki minun tiedot teidän rekisteristä.\n",
            authentication_results=dkim_pass("example.fi"),
        ),
        internaldate=RECEIVED,
    )
    user.append(
        make_message("Anna <anna@example.se>", "radera", "Radera mina personuppgifter, tack.\n"),
        internaldate=RECEIVED,
    )


def test_digest_once_per_day_catch_up_reminder_escalation_and_close(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    cfg = write_config(
        tmp_path,
        mailbox_user,
        smtp_sink,
        controller='default_language = "en"',
        staff='digest_days = ["mon", "tue", "wed", "thu", "fri"]',  # the clock is injected
    )
    seed(mailbox_user)
    clock = Clock(RECEIVED)
    with daemon(cfg, clock) as r:
        tick(r)
        assert len(r.store.open_cases()) == 2
        # 14:03 on a Wednesday, past 08:00: the day's digest goes out at the first run.
        assert len(kinds_queued(r, "staff_digest")) == 1
    with daemon(cfg, clock) as r:
        assert r.store.get_state("digest_sent:2026-11-25")
        # Wednesday 23.12., 07:30 in Helsinki: before digest time.
        clock.at = datetime(2026, 12, 23, 5, 30, tzinfo=UTC)
        tick(r)
        assert not r.store.get_state("digest_sent:2026-12-23")
        # The daemon was down at 08:00 and comes back at 11:30: the digest goes out once.
        clock.at = datetime(2026, 12, 23, 9, 30, tzinfo=UTC)
        tick(r)
        tick(r)
    with daemon(cfg, clock) as r:  # a restart the same day
        clock.at = datetime(2026, 12, 23, 12, 0, tzinfo=UTC)
        tick(r)
        digests = [
            d for d in kinds_queued(r, "staff_digest") if d["created_at"].startswith("2026-12-23")
        ]
        assert len(digests) == 1 and digests[0]["to"] == STAFF
        # Anna never confirmed: exactly one reminder after 7 days, threaded on her request.
        [reminder] = kinds_queued(r, "confirm_reminder")
        assert reminder["to"] == "anna@example.se" and "In-Reply-To:" in reminder["raw"]
        # The reminder promises the day the bot closes after: 26.12., not the due date 28.12.
        [ack] = [d for d in kinds_queued(r, "ack") if d["to"] == "anna@example.se"]
        for item in (ack, reminder):
            text = email.message_from_string(item["raw"], policy=email.policy.default)
            body = text.get_body(("plain",)).get_content()  # type: ignore[union-attr]
            assert "26.12.2026" in body, body
        # Due Monday 28.12.: two working days left (24.12. and 28.12.; 25.-27.12. are
        # holidays and a weekend), so the manager hears already on Wednesday (issue 16).
        [early] = kinds_queued(r, "staff_escalation")
        assert early["to"] == MANAGER and "DSR-2026-0001" in early["raw"]
        asyncio.run(outbox.drain_once(r.cfg, r.store, now=clock))
    [digest_mail] = [
        m
        for m in smtp_sink.messages
        if "23 December 2026" in m.message["Subject"] and STAFF in m.rcpt_tos
    ]
    body = digest_mail.message.get_body(("plain",)).get_content()
    assert "Open 2" in body and "due within 7 days 2" in body and "awaiting confirmation 1" in body
    section = body[body.index("DUE WITHIN 7 DAYS") :]
    assert "DSR-2026-0001" in section and "DSR-2026-0002" in section
    assert "waiting 28 days" in body
    assert digest_mail.message.get_body(("html",)) is not None

    with daemon(cfg, clock) as r:
        # Saturday 26.12., two days before the due date, is the last day to confirm that
        # the ack and the reminder printed: Anna's case is still open that day (§1.3).
        clock.at = datetime(2026, 12, 26, 9, 0, tzinfo=UTC)
        tick(r)
        anna = next(c for c in r.store.cases() if c.requester_address == "anna@example.se")
        assert anna.status == Status.AWAITING_IDENTITY
        assert not r.store.get_state("digest_sent:2026-12-26")  # no digest on Saturdays
        # Sunday 27.12.: Anna's case is closed; Matti's is due tomorrow: the manager hears,
        # once a day.
        clock.at = datetime(2026, 12, 27, 9, 0, tzinfo=UTC)
        tick(r)
        tick(r)
        anna = r.store.require_case(anna.id)
        assert anna.status == Status.REFUSED and anna.outcome == "unconfirmed"
        assert len(kinds_queued(r, "unconfirmed_close")) == 1
        [esc] = [
            d
            for d in kinds_queued(r, "staff_escalation")
            if d["created_at"].startswith("2026-12-27")
        ]
        assert esc["to"] == MANAGER
        assert len(kinds_queued(r, "confirm_reminder")) == 1  # still only one
        # Tuesday 29.12.: overdue, a new day: escalated again; the digest lists it first.
        clock.at = datetime(2026, 12, 29, 7, 0, tzinfo=UTC)
        tick(r)
        escalated_on = [d["created_at"][:10] for d in kinds_queued(r, "staff_escalation")]
        assert escalated_on.count("2026-12-29") == 1
        asyncio.run(outbox.drain_once(r.cfg, r.store, now=clock))
    last = [m for m in smtp_sink.messages if "29 December 2026" in m.message["Subject"]]
    body = next(m for m in last if STAFF in m.rcpt_tos).message.get_body(("plain",)).get_content()
    assert body.index("OVERDUE (1)") < body.index("DSR-2026-0001") < body.index("Generated")
    assert "OVERDUE (1)\r\n- DSR-2026-0001" in body


def test_alert_when_the_imap_server_is_down(
    tmp_path: Path, dovecot: DovecotServer, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    clock = Clock(datetime(2026, 12, 22, 8, 0, tzinfo=UTC))
    with daemon(cfg, clock) as r:
        tick(r)
        assert r.store.get_state("last_fetch_ok")
        dovecot.stop()
        try:
            clock.at = datetime(2026, 12, 22, 8, 30, tzinfo=UTC)
            with pytest.raises(MailboxError):
                r.source.reconnect(1)
                r.intake_once()
            housekeeping_once(r.ctx)
            assert kinds_queued(r, "staff_alert") == []  # 30 min: not yet
            clock.at = datetime(2026, 12, 22, 9, 5, tzinfo=UTC)
            housekeeping_once(r.ctx)
            [alert] = kinds_queued(r, "staff_alert")
            assert alert["to"] == STAFF
            clock.at = datetime(2026, 12, 22, 9, 30, tzinfo=UTC)
            housekeeping_once(r.ctx)
            assert len(kinds_queued(r, "staff_alert")) == 1  # rate-limited (180 min)
        finally:
            if not dovecot.running:
                dovecot.start()
        clock.at = datetime(2026, 12, 22, 12, 10, tzinfo=UTC)
        r.source.reconnect(3)
        tick(r)  # fetching works again: no new alert
        assert len(kinds_queued(r, "staff_alert")) == 1


def test_login_failure_and_failing_outbox_alerts(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    clock = Clock(datetime(2026, 12, 22, 8, 0, tzinfo=UTC))
    with daemon(cfg, clock) as r:
        tick(r)
        (tmp_path / "imap-password").write_text("wrong\n")
    with daemon(cfg, clock) as r:
        clock.at = datetime(2026, 12, 22, 8, 5, tzinfo=UTC)
        with pytest.raises(MailboxError) as err:
            r.intake_once()
        r.store.set_state("last_fetch_error", {"at": clock.at.isoformat(), "error": str(err.value)})
        r.store.enqueue(
            {
                "status": "failed",
                "kind": "ack",
                "case_id": "DSR-2026-0009",
                "to": "x@example.com",
                "error": "550 no such user",
                "alerted": True,
            }
        )
        housekeeping_once(r.ctx)
        alerts = kinds_queued(r, "staff_alert")
        raws = " ".join(a["raw"] for a in alerts)
        assert len(alerts) == 2
        assert "550 no such user" in raws.replace("=\r\n", "")
        assert r.store.get_state("alert:imap_login") and r.store.get_state("alert:smtp")
        housekeeping_once(r.ctx)
        assert len(kinds_queued(r, "staff_alert")) == 2
