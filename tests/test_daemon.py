"""`requestbot run` as a subprocess, `requestbot demo`, and `requestbot status`."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from flowkit import write_config
from servers import MailUser, SmtpSink, make_message

from requestbot.cli import main

pytestmark = pytest.mark.imap


def start_daemon(cfg: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "requestbot.cli", "--config", str(cfg), "run"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def stop_daemon(proc: subprocess.Popen[bytes]) -> str:
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        pytest.fail("the daemon did not stop on SIGTERM within 30 s")
    assert proc.returncode == 0, err.decode(errors="replace")[-3000:]
    return err.decode(errors="replace")


def wait_for_rcpt(sink: SmtpSink, rcpt: str, timeout: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if any(rcpt in m.rcpt_tos for m in sink.messages):
            return time.monotonic() - start
        time.sleep(0.05)
    raise AssertionError(f"nothing reached {rcpt} within {timeout} s")


def test_run_acknowledges_within_two_seconds_via_idle(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    mailbox_user.append(
        make_message("Matti <matti@example.fi>", "poisto", "Poistakaa tietoni rekisteristänne.\n")
    )
    proc = start_daemon(cfg)
    try:
        wait_for_rcpt(smtp_sink, "matti@example.fi", 20)  # the backlog at start
        time.sleep(1.0)  # the daemon is now idling
        mailbox_user.append(
            make_message("Anna <anna@example.se>", "radera", "Radera mina personuppgifter, tack.\n")
        )
        elapsed = wait_for_rcpt(smtp_sink, "anna@example.se", 10)
        assert elapsed <= 2.0, f"acknowledged after {elapsed:.2f} s"
    finally:
        log = stop_daemon(proc)
    assert "Traceback" not in log
    assert mailbox_user.uids("INBOX") == []
    capsys.readouterr()
    assert main(["--config", str(cfg), "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["open_cases"] in (2, "2")
    assert status["last_fetch_ok"] != "never" and status["last_send_ok"] != "never"
    assert status["outbox_queued"] in (0, "0") and status["outbox_failed"] in (0, "0")


def test_demo_runs_offline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--dir", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    assert "DSR-" in out and "Auto-Submitted: auto-replied" in out
    sent = list((tmp_path / "demo" / "sent").glob("*.eml"))
    assert len(sent) >= 5
    # The demo's config lets the CLI look at the cases afterwards.
    assert (
        main(["--config", str(tmp_path / "demo" / "config.toml"), "cases", "list", "--json"]) == 0
    )
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    statuses = {r["requester"]: r["status"] for r in rows}
    assert statuses["bob@example.com"] == "completed"
    assert statuses["pekka.virtanen@example.fi"] == "triage"
    assert len(rows) == 4  # the auto-reply opened no case
