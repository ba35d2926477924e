"""The background sender: ``poll --once`` sends each batch's letters while it takes in
the next, the store stays single-threaded, and a kill resends at most one letter."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from flowkit import STAFF, wait_until, write_config
from servers import MailUser, SmtpSink
from test_faults import NO_GLOBAL_RATE, interrupted, request_mail, sent_to, store_path, unsent
from test_outbox import CASE, T0, Clock, ack, enqueue, make_config

from requestbot import config as config_mod
from requestbot import outbox, sender
from requestbot.cases import CaseStore
from requestbot.cli import main, make_runner

pytestmark = pytest.mark.imap

FULL = os.environ.get("REQUESTBOT_FULL") == "1"
ROOT = Path(__file__).resolve().parent.parent


def outbox_of(path: Path) -> list[dict[str, Any]]:
    with CaseStore.open(path, readonly=True) as store:
        return store.outbox()


# --------------------------------------------------------------------------- the flow


def test_each_batch_is_handed_over_while_the_next_waits_in_the_inbox(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    """50 requests in batches of 20: the letters of a batch go to the sender thread as
    soon as the batch is durable, while later batches still wait in the inbox; in the
    end each letter was sent once and recorded as sent, with its body out of the store."""
    cfg_path = write_config(tmp_path, mailbox_user, smtp_sink, requests=NO_GLOBAL_RATE)
    mails = [request_mail(i, "b") for i in range(50)]
    mailbox_user.append_many([raw for _, raw in mails])
    cfg = config_mod.load(cfg_path)
    handed: list[tuple[int, int]] = []  # (letters handed over, messages left in the inbox)
    real = sender.BackgroundSender.hand_over

    def spy(self: sender.BackgroundSender) -> int:
        n = real(self)
        handed.append((n, len(mailbox_user.uids("INBOX"))))
        return n

    monkeypatch.setattr(sender.BackgroundSender, "hand_over", spy)
    with CaseStore.open(cfg.resolve_path(cfg.storage.path)) as store:
        runner = make_runner(cfg, store)
        runner.batch = 20
        runner.send_while_taking_in = True
        try:
            result = runner.intake_once()
        finally:
            runner.close()
        journal = sender.journal_path(store.path)
    assert (result.sent, result.retried, result.failed) == (100, 0, 0)
    assert result.moved == 50
    # An acknowledgement and a staff note per request, handed over batch by batch
    # (before the batch is moved: the first two batches leave mail in the inbox).
    assert [n for n, _ in handed] == [40, 40, 20]
    assert [left for _, left in handed] == [50, 30, 10]
    assert handed[0][1] > 0
    counts = sent_to(smtp_sink)
    assert all(counts[addr] == 1 for addr, _ in mails)
    assert counts[STAFF] == 50
    items = outbox_of(cfg.resolve_path(cfg.storage.path))
    assert len(items) == 100
    assert all(d["status"] == "sent" and not d["raw"] and d.get("raw_file") for d in items)
    assert not journal.exists()


def test_the_poll_summary_counts_what_the_sender_sent(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    """A poll of one batch: the sender sends everything, the drain after it finds
    nothing left, and the summary counts both."""
    cfg = write_config(tmp_path, mailbox_user, smtp_sink, requests=NO_GLOBAL_RATE)
    mailbox_user.append_many([raw for _, raw in (request_mail(i, "o") for i in range(5))])
    out = _run_poll(cfg)
    assert "sent 10, retry 0, failed 0" in out
    assert len(smtp_sink.messages) == 10


def _run_poll(cfg: Path) -> str:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["--config", str(cfg), "poll", "--once"]) == 0
    return buf.getvalue()


def test_a_refused_recipient_fails_and_staff_are_told(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    """The sender records a 5xx like a drain: the item failed, the others sent, and the
    drain after the intake alerts staff."""
    cfg = write_config(tmp_path, mailbox_user, smtp_sink, requests=NO_GLOBAL_RATE)
    mailbox_user.append_many([raw for _, raw in (request_mail(i, "f") for i in range(3))])
    smtp_sink.fail_next(1, "550 5.1.1 No such user", stage="rcpt")
    assert main(["--config", str(cfg), "poll", "--once"]) == 1
    items = outbox_of(store_path(tmp_path))
    failed = [d for d in items if d["status"] == "failed"]
    assert len(failed) == 1 and "550" in str(failed[0]["error"]) and failed[0]["alerted"]
    # The failure is recorded before housekeeping runs (as in the daemon), whose
    # "Outgoing mail is failing" goes out in this poll; the drain's own alert is
    # queued at its end, for the next one.
    alerts = [d for d in items if d["kind"] == "staff_alert"]
    assert [d["status"] for d in alerts] == ["sent", "queued"]
    bodies = [m.message.get_body(("plain",)).get_content() for m in smtp_sink.messages]
    assert any(f"outbox {failed[0]['id']} " in text for text in bodies)
    assert sum(d["status"] == "sent" for d in items) == 6  # 5 letters and one alert


def test_a_temporary_failure_is_retried_later(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink, requests=NO_GLOBAL_RATE)
    mailbox_user.append_many([raw for _, raw in (request_mail(i, "t") for i in range(3))])
    smtp_sink.fail_next(1, "451 4.3.0 Try again later")
    assert main(["--config", str(cfg), "poll", "--once"]) == 0
    items = outbox_of(store_path(tmp_path))
    waiting = [d for d in items if d["status"] == "queued"]
    assert len(waiting) == 1
    assert waiting[0]["attempts"] == 1 and "451" in str(waiting[0]["error"])
    assert waiting[0]["next_attempt_at"] > waiting[0]["created_at"]
    assert sum(d["status"] == "sent" for d in items) == 5


def test_smtp_down_leaves_everything_queued(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink, requests=NO_GLOBAL_RATE)
    mailbox_user.append_many([raw for _, raw in (request_mail(i, "d") for i in range(4))])
    smtp_sink.stop()
    assert main(["--config", str(cfg), "poll", "--once"]) == 0
    items = outbox_of(store_path(tmp_path))
    assert len(items) == 8 and all(d["status"] == "queued" for d in items)
    assert not sender.journal_path(store_path(tmp_path)).exists()


@pytest.mark.parametrize("workers", [1, 0])
def test_a_backlog_goes_out_from_a_sender_process_unless_workers_is_0(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    caplog: pytest.LogCaptureFixture,
    workers: int,
) -> None:
    """30 requests: 60 letters at the first hand-over go to a sender process (with
    [performance] workers = 0, to the thread: everything stays in one process); either
    way each letter is sent once and recorded as sent, its body out of the store, and
    the journal is gone."""
    cfg_path = write_config(
        tmp_path,
        mailbox_user,
        smtp_sink,
        requests=NO_GLOBAL_RATE,
        performance=f"workers = {workers}",
    )
    mails = [request_mail(i, "s") for i in range(30)]
    mailbox_user.append_many([raw for _, raw in mails])
    cfg = config_mod.load(cfg_path)
    with CaseStore.open(cfg.resolve_path(cfg.storage.path)) as store:
        runner = make_runner(cfg, store)
        runner.send_while_taking_in = True
        try:
            with caplog.at_level(logging.INFO, logger="requestbot"):
                result = runner.intake_once()
        finally:
            runner.close()
        journal = sender.journal_path(store.path)
    assert (result.sent, result.retried, result.failed) == (60, 0, 0)
    assert ("sender process" in caplog.text) == (workers > 0)
    counts = sent_to(smtp_sink)
    assert all(counts[addr] == 1 for addr, _ in mails)
    assert counts[STAFF] == 30
    items = outbox_of(cfg.resolve_path(cfg.storage.path))
    assert len(items) == 60
    assert all(d["status"] == "sent" and not d["raw"] and d.get("raw_file") for d in items)
    bodies = outbox.sent_dir(store)
    assert all((bodies / str(d["raw_file"])).exists() for d in items)
    assert not journal.exists()


def test_a_sender_process_told_to_stop_leaves_the_rest_to_the_drain(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM (systemd stops the whole group) once the sender process has sent a
    letter: it ends after the letter in hand, the intake ends, the rest stay queued
    and the drain sends them: every letter once."""
    import threading

    from requestbot import sendproc

    cfg_path = write_config(tmp_path, mailbox_user, smtp_sink, requests=NO_GLOBAL_RATE)
    mails = [request_mail(i, "k") for i in range(60)]
    mailbox_user.append_many([raw for _, raw in mails])
    cfg = config_mod.load(cfg_path)
    started: list[sendproc.SenderProcess] = []
    real_init = sendproc.SenderProcess.__init__

    def spy(self: sendproc.SenderProcess, *args: Any) -> None:
        real_init(self, *args)
        started.append(self)

    monkeypatch.setattr(sendproc.SenderProcess, "__init__", spy)
    with CaseStore.open(cfg.resolve_path(cfg.storage.path)) as store:
        journal = sender.journal_path(store.path)

        def stop_after_first_letter() -> None:
            wait_until(lambda: journal.exists() and b'"sent"' in journal.read_bytes(), 60, 0.005)
            os.kill(started[0]._process.pid or 0, signal.SIGTERM)

        watcher = threading.Thread(target=stop_after_first_letter, daemon=True)
        runner = make_runner(cfg, store)
        runner.send_while_taking_in = True
        try:
            watcher.start()
            result = runner.intake_once()
            watcher.join(60)
            drained = asyncio.run(outbox.drain_once(cfg, store, now=runner.ctx.now))
        finally:
            runner.close()
    assert started and result.moved == 60
    assert 1 <= result.sent < 120 and result.sent + drained.sent == 120
    counts = sent_to(smtp_sink)
    assert all(counts[addr] == 1 for addr, _ in mails)
    assert counts[STAFF] == 60
    assert not journal.exists()


# --------------------------------------------------------------------------- the journal


def test_a_journal_left_by_a_killed_run_is_applied_before_sending(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    """sent -> recorded as sent (never sent again); claimed without an outcome -> sent
    again once, counted as interrupted; never claimed -> sent as usual."""
    cfg = make_config(smtp_sink.port)
    clock = Clock()
    with CaseStore.open(tmp_path / "c.json") as store:
        ids = [enqueue(store, ack(cfg, to=f"p{i}@example.com")) for i in range(3)]
        lines = [
            {"claim": ids[0]},
            {"sent": ids[0], "reply": "250 OK queued", "at": T0.isoformat()},
            {"claim": ids[1]},
        ]
        journal = sender.journal_path(store.path)
        journal.write_text("".join(json.dumps(x) + "\n" for x in lines) + '{"claim": 9')
        res = asyncio.run(outbox.drain_once(cfg, store, now=clock))
        assert res.sent == 2 and res.resent == 1
        first, second, third = (store.get_outbox(i) for i in ids)
        assert first is not None and second is not None and third is not None
        assert first["smtp_reply"] == "250 OK queued" and first["status"] == "sent"
        assert second["status"] == "sent" and second["interrupted"] == 1
        assert third["status"] == "sent" and third["interrupted"] == 0
        assert [e.action for e in store.events(CASE)].count("mail_sent") == 3
    assert not journal.exists()
    assert sorted(Counter(sent_to(smtp_sink))) == ["p1@example.com", "p2@example.com"]


def test_an_open_sender_owns_its_journal(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    """While a sender is open, the journal is live: recover() leaves it alone."""
    cfg = make_config(smtp_sink.port)
    with CaseStore.open(tmp_path / "c.json") as store:
        s = sender.BackgroundSender(cfg, store, Clock())
        journal = sender.journal_path(store.path)
        journal.write_text(json.dumps({"claim": 1}) + "\n")
        assert sender.recover(store) == 0 and journal.exists()
        s.close()
        assert not journal.exists()


# --------------------------------------------------------------------------- SIGKILL


def _poll_process(cfg: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as fh:
        return subprocess.Popen(
            [sys.executable, "-m", "requestbot.cli", "--config", str(cfg), "poll", "--once"],
            stdout=fh,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )


@pytest.mark.slow
@pytest.mark.fault
def test_poll_killed_at_random_points_resends_at_most_one_letter_per_kill(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A backlog taken in by ``poll --once`` runs, each SIGKILLed at a random point
    (fetching, recording, sending while the next batch is read, moving), then polls
    until done: every request is answered, one case each, and each kill costs at
    most one duplicate letter (the one the sender had claimed)."""
    rounds, total = (12, 600) if FULL else (4, 250)
    seed = int(os.environ.get("REQUESTBOT_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    cfg = write_config(tmp_path, mailbox_user, smtp_sink, requests=NO_GLOBAL_RATE)
    mails = [request_mail(i, "p") for i in range(total)]
    requesters = {addr for addr, _ in mails}
    mailbox_user.append_many([raw for _, raw in mails])
    log = tmp_path / "poll.log"
    journal = sender.journal_path(store_path(tmp_path))
    killed_while_sending = 0
    for r in range(rounds):
        proc = _poll_process(cfg, log)
        before = log.read_text(errors="replace").count("connected to IMAP")
        assert wait_until(
            lambda b=before, p=proc: (
                log.read_text(errors="replace").count("connected to IMAP") > b
                or p.poll() is not None
            ),
            120,
            0.02,
        ), f"seed {seed}: round {r}: no IMAP connection"
        if r % 2:  # every other kill lands while the sender is at work
            wait_until(lambda p=proc: journal.exists() or p.poll() is not None, 60, 0.01)
            time.sleep(rng.uniform(0.0, 0.8))
        else:
            time.sleep(rng.uniform(0.2, 3.0))
        if proc.poll() is not None:
            break  # it finished the backlog before the kill
        killed_while_sending += journal.exists()
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    # Then poll until everything is in and out.
    for _ in range(20):
        proc = _poll_process(cfg, log)
        assert proc.wait(600) in (0, 1), log.read_text(errors="replace")[-3000:]
        if not mailbox_user.uids("INBOX") and unsent(tmp_path) == 0:
            break
    shelved = interrupted(tmp_path)
    counts = sent_to(smtp_sink)
    duplicates = sum(counts[a] - 1 for a in requesters if counts[a] > 1)
    staff_dupes = counts[STAFF] - (total - len(shelved))
    with capsys.disabled():
        print(
            f"\npoll SIGKILL test (seed {seed}): {rounds} kills ({killed_while_sending} with "
            f"the sender's journal open), {total} messages, duplicate acknowledgements: "
            f"{duplicates}, duplicate staff notes: {staff_dupes}, quarantined: {len(shelved)}"
        )
    assert mailbox_user.uids("INBOX") == []
    assert unsent(tmp_path) == 0
    assert all(counts[a] >= 1 for a in requesters - shelved), f"seed {seed}"
    # One letter (an acknowledgement or a staff note) in the window per kill at most.
    assert duplicates + max(staff_dupes, 0) <= rounds, f"seed {seed}"
    assert not sender.journal_path(store_path(tmp_path)).exists()


_KILLED_WHILE_HANDING_OVER = """
import os, signal, struct, sys
from pathlib import Path
sys.path.insert(0, "tests")
from test_outbox import make_config
from requestbot import sendproc

if __name__ == "__main__":
    work = Path(sys.argv[1])
    cfg = make_config(int(sys.argv[2]), timeout_seconds=1)
    proc = sendproc.SenderProcess(cfg, work / "journal", work / "sent")
    while not (work / "journal").exists():  # the process has started its loop
        pass
    # half a message on the queue: a length prefix and fewer bytes than it promises,
    # as when the daemon dies while its queue's feeder thread writes a big list
    os.write(proc._todo._writer.fileno(), struct.pack("!i", 100_000) + b"x" * 10)
    print(proc._process.pid, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_sender_process_whose_daemon_died_mid_hand_over_ends(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    """Its read of a half-written hand-over never returns; it ends on its own once its
    parent has been gone for the SMTP timeout and a grace (no orphan is left)."""
    log = tmp_path / "out.log"
    with log.open("wb") as sink_file:  # a file: the orphan keeps its copy open
        code = subprocess.run(
            [sys.executable, "-c", _KILLED_WHILE_HANDING_OVER, str(tmp_path), str(smtp_sink.port)],
            stdout=sink_file,
            stderr=subprocess.STDOUT,
            cwd=Path(__file__).resolve().parent.parent,
            timeout=120,
        ).returncode
    assert code == -signal.SIGKILL, log.read_text()
    pid = int(log.read_text().split()[0])
    assert Path(f"/proc/{pid}").exists()  # the parent is gone, the sender process is not
    # ended within the grace (1 s SMTP timeout + 5 s) plus a generous margin
    assert wait_until(lambda: not Path(f"/proc/{pid}").exists() or _is_zombie(pid), 90, 0.1)


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except (OSError, IndexError):
        return True
