"""Group commit: many transactions and files, one durable sync point.

Inside ``CaseStore.group_commit()`` a transaction is written at once (a killed
process loses none that returned) and made durable at the group's sync points;
the outbox drain and the intake batch use it, so their fsyncs do not grow with
the number of messages.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from flowkit import write_config
from servers import MailUser, SmtpSink, make_message
from test_outbox import CASE, T0, Clock, ack, enqueue, make_config

from requestbot import outbox
from requestbot import store as store_mod
from requestbot.cases import CaseStore
from requestbot.cli import main
from requestbot.config import Config
from requestbot.errors import StoreError
from requestbot.spool import Spool

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def cfg(smtp_sink: SmtpSink) -> Config:
    return make_config(smtp_sink.port)


class SyncCounter:
    """Counts fsync and syncfs calls (and still makes them)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.fsyncs = 0
        self.syncfs = 0
        self.paths: list[str] = []
        real_fsync, real_sync = os.fsync, store_mod.sync_filesystems

        def fsync(fd: Any) -> None:
            self.fsyncs += 1
            self.paths.append(os.readlink(f"/proc/self/fd/{fd}"))
            real_fsync(fd)

        def sync_filesystems(paths: Any) -> None:
            self.syncfs += 1
            real_sync(paths)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr("requestbot.cases.sync_filesystems", sync_filesystems)


KILLED_INSIDE_GROUP = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import datetime, UTC
    from pathlib import Path
    from requestbot.cases import CaseStore
    from requestbot.spool import Spool
    store = CaseStore.open(Path(sys.argv[1]))
    spool = Spool(Path(sys.argv[2]))
    with store.group_commit(spool.directory):
        for i in range(20):
            spool.put(f"m{i:03d}", b"x" * 5000, {"i": i}, sync=False)
            with store.transaction():
                store.set_state(f"k{i}", i)
        print("written", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)  # before the group's sync point
    """
)


def test_killed_inside_a_group_loses_nothing_that_returned(tmp_path: Path) -> None:
    path, spool_dir = tmp_path / "c.json", tmp_path / "spool"
    out = subprocess.run(
        [sys.executable, "-c", KILLED_INSIDE_GROUP, str(path), str(spool_dir)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == -signal.SIGKILL, out.stderr
    assert out.stdout.strip() == "written"
    with CaseStore.open(path, readonly=True) as store:
        assert [store.get_state(f"k{i}") for i in range(20)] == list(range(20))
    spool = Spool(spool_dir)
    keys = spool.recover()
    assert keys == [f"m{i:03d}" for i in range(20)] and spool.bad_keys() == []
    assert all(spool.get(k).raw == b"x" * 5000 for k in keys)


def test_a_group_syncs_once_however_many_transactions(
    store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = SyncCounter(monkeypatch)
    with store.group_commit():
        for i in range(50):
            with store.transaction():
                store.set_state(f"k{i}", i)
        assert store.storage.unsynced
    assert not store.storage.unsynced
    assert (counter.fsyncs, counter.syncfs) == (0, 1)
    with store.transaction():  # outside a group: fsynced on its own, as before
        store.set_state("alone", 1)
    assert counter.fsyncs == 1


def test_sync_point_inside_a_group(store: CaseStore, monkeypatch: pytest.MonkeyPatch) -> None:
    counter = SyncCounter(monkeypatch)
    with store.group_commit() as sync:
        with store.transaction():
            store.set_state("a", 1)
        sync()
        assert not store.storage.unsynced and counter.syncfs == 1
        with store.transaction():
            store.set_state("b", 2)
        assert store.storage.unsynced
    assert counter.syncfs == 2


def test_a_failed_sync_is_a_store_error(store: CaseStore, tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    with pytest.raises(StoreError, match="cannot sync"), store.group_commit(gone):
        store.set_state("a", 1)
    assert store.get_state("a") == 1  # written; only its durability was in doubt


def test_group_commit_keeps_the_original_error(store: CaseStore, tmp_path: Path) -> None:
    with pytest.raises(ZeroDivisionError), store.group_commit(tmp_path / "gone"):
        _ = 1 / 0


async def test_drain_syncs_per_drain_not_per_message(
    cfg: Config, store: CaseStore, smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [enqueue(store, ack(cfg, to=f"person{i}@example.com")) for i in range(12)]
    raws = {oid: store.get_outbox(oid)["raw"] for oid in ids}  # type: ignore[index]
    counter = SyncCounter(monkeypatch)
    r = await outbox.drain_once(cfg, store, now=Clock())
    assert r.sent == 12 and len(smtp_sink.wait_for(12)) == 12
    # claims, outcomes and bodies: two sync points, and the last_send_ok write
    assert counter.syncfs == 2 and counter.fsyncs <= 1
    sent_dir = outbox.sent_dir(store)
    for oid in ids:
        item = store.get_outbox(oid)
        assert item is not None and item["status"] == "sent" and item["raw"] == ""
        assert (sent_dir / item["raw_file"]).read_bytes() == raws[oid].encode()
    assert [e.action for e in store.events(CASE)].count("mail_sent") == 12


async def test_bodies_left_in_the_store_by_a_cut_short_drain_move_out(
    cfg: Config, store: CaseStore, smtp_sink: SmtpSink
) -> None:
    oid = enqueue(store, ack(cfg))
    raw = store.get_outbox(oid)["raw"]  # type: ignore[index]
    # what a drain killed after its "sent" mark and before the bodies left looks like
    store.update_outbox(oid, status="sent", sent_at=T0.isoformat())
    r = await outbox.drain_once(cfg, store, now=Clock())
    assert r.sent == 0 and smtp_sink.messages == []
    item = store.get_outbox(oid)
    assert item is not None and item["raw"] == "" and item["raw_file"] == f"{oid}.eml"
    assert outbox.raw_of(store, item) == raw


def test_sync_filesystems_covers_each_file_system_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    store_mod.sync_filesystems([tmp_path / "a", tmp_path / "b"])  # same device: fine
    with pytest.raises(OSError):
        store_mod.sync_filesystems([tmp_path / "missing"])


def test_write_unsynced_is_whole_or_absent(tmp_path: Path) -> None:
    target = tmp_path / "x.eml"
    store_mod.write_unsynced(target, b"first")
    store_mod.write_unsynced(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["x.eml"]  # no temporary file left


def test_a_poll_syncs_per_batch_not_per_message(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """30 requests, each acknowledged and notified: the spool entries, the store's
    journal and the sent bodies reach the disk in a handful of sync points, not ~8
    fsyncs per message."""
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    for i in range(30):
        mailbox_user.append(
            make_message(
                f"Person {i} <person{i}@example.com>",
                f"Delete my data {i}",
                "Please erase all my personal data from your systems.\n",
            )
        )
    counter = SyncCounter(monkeypatch)
    assert main(["--config", str(cfg), "poll", "--once"]) == 0
    assert len(smtp_sink.wait_for(60)) == 60  # an acknowledgement and a staff note each
    assert mailbox_user.uids("INBOX") == []
    # per message it was ~4 for the spool entry and ~4 (claim, body, directory, sent
    # mark) for each of its 2 mails
    assert counter.fsyncs + counter.syncfs < 30, (counter.paths, counter.syncfs)
