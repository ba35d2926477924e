"""`requestbot run` as a subprocess, `requestbot demo`, and `requestbot status`."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path

import pytest
from flowkit import READY, DaemonProcess, wait_until, write_config
from servers import MailUser, SmtpSink, make_message

from requestbot.cli import main

pytestmark = pytest.mark.imap


def wait_for_rcpt(sink: SmtpSink, rcpt: str, timeout: float) -> None:
    if not wait_until(lambda: any(rcpt in m.rcpt_tos for m in sink.messages), timeout, 0.05):
        raise AssertionError(f"nothing reached {rcpt} within {timeout} s")


def test_run_acknowledges_mail_that_arrives_while_idle(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    mailbox_user.append(
        make_message("Matti <matti@example.fi>", "poisto", "Poistakaa tietoni rekisteristänne.\n")
    )
    daemon = DaemonProcess(cfg, tmp_path / "daemon.log")
    daemon.start()
    try:
        wait_for_rcpt(smtp_sink, "matti@example.fi", 180)  # the backlog at start
        daemon.wait_for(READY)  # the daemon is now idling
        mailbox_user.append(
            make_message("Anna <anna@example.se>", "radera", "Radera mina personuppgifter, tack.\n")
        )
        wait_for_rcpt(smtp_sink, "anna@example.se", 180)
        daemon.wait_for(READY, times=2)
    finally:
        if daemon.alive():
            assert daemon.terminate() == 0, daemon.tail()
    log = daemon.output()
    assert "Traceback" not in log
    assert mailbox_user.uids("INBOX") == []
    capsys.readouterr()
    assert main(["--config", str(cfg), "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["open_cases"] in (2, "2")
    assert status["last_fetch_ok"] != "never" and status["last_send_ok"] != "never"
    assert status["outbox_queued"] in (0, "0") and status["outbox_failed"] in (0, "0")


def test_sigterm_during_start_up_stops_cleanly(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    """A SIGTERM that comes before the daemon has started its loop still ends it with 0."""
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    daemon = DaemonProcess(cfg, tmp_path / "daemon.log")
    daemon.start()
    # Before its first line no handler can exist; right after it come the slow imports.
    daemon.wait_for("starting (pid")
    assert daemon.terminate() == 0, daemon.tail()
    log = daemon.output()
    assert "Traceback" not in log
    # Usually still in start-up; on a slow machine it may already be running: both stop.
    assert "stopped during start-up" in log or "stopping: finishing" in log, log


def test_stop_asked_for_during_start_up_touches_nothing(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    from requestbot import config
    from requestbot.cli import make_runner, open_store
    from requestbot.scheduler import Daemon

    mailbox_user.append(make_message("Matti <matti@example.fi>", "poisto", "Poistakaa.\n"))
    cfg = config.load(write_config(tmp_path, mailbox_user, smtp_sink))
    early = threading.Event()
    early.set()
    store = open_store(cfg)
    try:
        runner = make_runner(cfg, store)
        assert asyncio.run(Daemon(runner, early_stop=early).run()) == 0
        runner.source.close()
        assert store.get_state("running", False) is False
    finally:
        store.close()
    assert len(mailbox_user.uids("INBOX")) == 1
    assert smtp_sink.messages == []


def test_demo_runs_offline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--dir", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    assert "DSR-" in out and "Auto-Submitted: auto-replied" in out
    sent = sorted(p.name for p in (tmp_path / "demo" / "sent").glob("*.eml"))
    # The file names tell an acknowledgement from a staff notification.
    assert sent[:2] == ["000001-ack.eml", "000002-staff_new_case.eml"]
    # The staff round trip: an authenticated #reply, then #done, reach the requester.
    assert any(n.endswith("-staff_reply.eml") for n in sent)
    assert any(n.endswith("-completion.eml") for n in sent)
    assert "#reply" in out and "#done" in out
    # The demo's config lets the CLI look at the cases afterwards.
    assert (
        main(["--config", str(tmp_path / "demo" / "config.toml"), "cases", "list", "--json"]) == 0
    )
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    statuses = {r["requester"]: r["status"] for r in rows}
    assert statuses["bob@example.com"] == "completed"
    assert statuses["matti.meikalainen@example.fi"] == "completed"
    assert statuses["pekka.virtanen@example.fi"] == "triage"
    assert len(rows) == 4  # the auto-reply opened no case
