"""Sending while the intake goes on: a sender thread that only talks SMTP.

An intake cycle (``poll --once``, the daemon) takes mail in batch by batch. The
letters of batch k go out over the thread's own SMTP connection while batch k is
moved out of the inbox and batch k+1 is fetched, read and recorded; the cycle
ends when they are all sent and recorded (``BackgroundSender.close``).

The store stays single-threaded: the sender thread never touches it. It keeps its
own small journal next to the store (``cases.json.sending``), one line appended
before and one after each letter::

    {"claim": 12}                                   before the letter goes to SMTP
    {"sent": 12, "reply": "250 ...", "at": "..."}   the server took it
    {"tried": 12}                                   it did not (the outcome is below)

and hands what happened (an ``Outcome``) to the intake thread, which records it in
the store with the same functions a drain uses (``fold``: sent, retry later, failed).
The thread also writes each sent body to the store's ``.sent`` folder; the store
lets go of those bodies at ``close``, after a sync point.
The claim line is what the drain's "sending" mark is: a process killed between
claim and outcome resends that one letter (at least once), and it is never more
than one, because the thread sends one letter at a time. A killed process loses no
line it wrote (a power loss may lose the last "sent" lines: duplicates, never a lost
letter). ``recover`` applies a journal left by a killed process before anything else
sends: "sent" lines are recorded as sent, a claim without an outcome becomes
"sending" (the next drain sends it again and counts it as interrupted).

Only items whose batch is durable are handed over (after the group commit's sync
point), so nothing is sent that a crash could take back.

A backlog (a first hand-over of PROCESS_MIN letters or more, with ``[performance]
workers`` above 0) is sent by a sender *process* instead of the thread (sendproc.py):
the same loop, journal and body files, but it does not share the intake's interpreter
lock, so it keeps up with the intake instead of waiting for the lock at every reply
from the server. It looks whether the daemon's process is still there before each
claim, so a killed daemon's sender sends at most the letter it had in hand.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import queue
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiosmtplib

from . import outbox
from .cases import CaseStore
from .config import Config
from .errors import DeliveryError, PermanentDeliveryError, TemporaryDeliveryError
from .store import write_unsynced

if TYPE_CHECKING:
    from .sendproc import SenderProcess

log = logging.getLogger(__name__)

__all__ = ["BackgroundSender", "Outcome", "SendLoop", "journal_path", "recover"]

#: A first hand-over of this many letters or more (a backlog) is sent by a sender
#: process; fewer (a single delivery) by a thread, which starts at once.
PROCESS_MIN = 40


#: Stores with an open BackgroundSender in this process: its journal is live, not left over.
_open: weakref.WeakSet[CaseStore] = weakref.WeakSet()


def journal_path(store_path: Path) -> Path:
    """The sender's journal, next to the store (the store's lock covers it)."""
    return store_path.with_name(store_path.name + ".sending")


@dataclass(frozen=True)
class Outcome:
    """What became of one letter the sender thread was given."""

    outbox_id: int
    at: datetime
    reply: str = ""  # the server's reply when sent
    error: DeliveryError | None = None  # why not
    body_file: str = ""  # the sent body, written next to the store (not yet synced)


def _read_journal(path: Path) -> list[dict[str, Any]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    entries = []
    for line in raw.splitlines(keepends=True):
        if not line.endswith(b"\n"):
            break  # torn: written by a process killed in the middle of the line
        try:
            entry = json.loads(line)
        except ValueError:
            log.warning("%s: a line does not parse; the rest is ignored", path)
            break
        if isinstance(entry, dict):
            entries.append(entry)
    return entries


def recover(store: CaseStore) -> int:
    """Apply a sender journal left by a process that ended before it was folded into
    the store; returns how many letters it found claimed without an outcome. (Not while
    a BackgroundSender of this process has the store: then the journal is its own.)"""
    if store in _open:
        return 0
    path = journal_path(store.path)
    entries = _read_journal(path)
    if not entries and not path.exists():
        return 0
    claimed: dict[int, None] = {}
    sent: dict[int, dict[str, Any]] = {}
    for entry in entries:
        if "claim" in entry:
            claimed[int(entry["claim"])] = None
        elif "sent" in entry:
            sent[int(entry["sent"])] = entry
            claimed.pop(int(entry["sent"]), None)
        elif "tried" in entry:
            claimed.pop(int(entry["tried"]), None)
    interrupted = 0
    with store.transaction():
        for outbox_id, entry in sent.items():
            item = store.get_outbox(outbox_id)
            if item is not None and item.get("status") in ("queued", "sending"):
                at = datetime.fromisoformat(str(entry["at"]))
                outbox._mark_sent(store, item, str(entry.get("reply", "")), at, move_body=False)
        for outbox_id in claimed:
            item = store.get_outbox(outbox_id)
            if item is not None and item.get("status") == "queued":
                store.update_outbox(outbox_id, status="sending")  # the drain resends it
                interrupted += 1
    # The transaction above is durable (outside a group commit it is fsynced) before
    # the journal goes.
    path.unlink(missing_ok=True)
    if entries:
        log.warning(
            "sender journal of an interrupted run applied: %d sent, %d to send again",
            len(sent),
            interrupted,
        )
    return interrupted


class BackgroundSender:
    """One SMTP connection in a thread of its own, fed with durable outbox items.

    The intake thread calls ``hand_over`` after each batch's sync point, ``fold``
    inside each batch's group commit (to record what was sent meanwhile) and
    ``close`` at the end. Nothing else in the process may send from the outbox
    while a sender is open (``poll`` drains after ``close``).
    """

    def __init__(self, cfg: Config, store: CaseStore, now: Callable[[], datetime]) -> None:
        self.cfg = cfg
        self.store = store
        self.now = now
        recover(store)  # a journal left by a killed run comes first
        _open.add(store)
        self.path = journal_path(store.path)
        self._fd: int | None = None
        self._todo: queue.SimpleQueue[dict[str, Any] | None] = queue.SimpleQueue()
        self._outcomes: queue.SimpleQueue[Outcome] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._process: SenderProcess | None = None  # a backlog's sender (sendproc.py)
        self._last_seen = 0  # outbox ids up to this one were looked at by hand_over
        self._stopped = threading.Event()  # the connection is gone: send nothing more
        self.sent = self.retried = self.failed = 0
        self.errors: list[str] = []
        #: Sent letters whose body the thread wrote to sent_dir: (outbox id, file name);
        #: the store stops holding those bodies at close, after a sync point.
        self.bodies: list[tuple[int, str]] = []
        self.sent_dir = outbox.sent_dir(store)

    # --- the intake thread ------------------------------------------------------------

    def hand_over(self) -> int:
        """Give the thread the items queued since the last call that are due now (after
        the batch that queued them is durable); mail to requesters first."""
        if self._stopped.is_set():
            return 0
        at = self.now()
        fresh = sorted(i for i in self.store.index().outbox_active if i > self._last_seen)
        items = []
        for outbox_id in fresh:
            item = self.store.get_outbox(outbox_id)
            if item is not None and item.get("status") == "queued" and outbox._due(item, at):
                items.append(item)
        if fresh:
            self._last_seen = fresh[-1]
        if not items:
            return 0
        items.sort(key=lambda d: d.get("audience") == "staff")  # stable: id order within
        if self._thread is None and self._process is None:
            self._open(in_process=len(items) >= PROCESS_MIN and self.cfg.performance.workers > 0)
        if self._process is not None:
            self._process.put(items)
        else:
            for item in items:
                self._todo.put(item)
        return len(items)

    def fold(self) -> int:
        """Record in the store what the thread did since the last call (one transaction;
        the caller's group commit makes it durable). Returns how many outcomes."""
        outcomes = []
        with contextlib.suppress(queue.Empty):
            while True:
                outcomes.append(self._outcomes.get_nowait())
        if self._process is not None:
            outcomes += self._process.outcomes()
            if self._process.stopped:
                self._stopped.set()
        if outcomes:
            with self.store.transaction():
                for o in outcomes:
                    self._record(o)
        return len(outcomes)

    def close(self) -> None:
        """Let the thread send what it was given, record everything, move the sent
        bodies out of the store and remove the journal."""
        try:
            if self._thread is not None:
                left, started = self._todo.qsize(), time.monotonic()
                self._todo.put(None)
                self._thread.join()
                log.info(
                    "sender: %d letter(s) were waiting when the intake ended (%.2f s more)",
                    left,
                    time.monotonic() - started,
                )
            if self._process is not None:
                started = time.monotonic()
                self._process.finish()  # its last outcomes are folded below
                log.info(
                    "sender process: %.2f s more after the intake ended",
                    time.monotonic() - started,
                )
            with self.store.group_commit() as sync:
                self.fold()
                if self.bodies:
                    sync()  # the body files are durable before the store lets go of them
                    with self.store.transaction():
                        for outbox_id, name in self.bodies:
                            self.store.update_outbox(outbox_id, raw="", raw_file=name)
                if self.sent:
                    self.store.set_state("last_send_ok", outbox._iso(self.now()))
            # Every line of the journal is in the store now, and durable.
            self.path.unlink(missing_ok=True)
        finally:
            if self._process is not None:
                self._process.kill()  # only if it is still there (an error above)
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
            _open.discard(self.store)

    def _record(self, o: Outcome) -> None:
        item = self.store.get_outbox(o.outbox_id)
        if item is None or item.get("status") not in ("queued", "sending"):
            return  # changed behind the thread's back (it was given a copy)
        if o.error is None:
            outbox._mark_sent(self.store, item, o.reply, o.at, move_body=False)
            if o.body_file:
                self.bodies.append((o.outbox_id, o.body_file))
            self.sent += 1
            return
        self.errors.append(f"outbox {item['id']}: {o.error}")
        if isinstance(o.error, PermanentDeliveryError):
            outbox._permanent(self.store, item, str(o.error), o.at)
            self.failed += 1
        else:
            gave_up = outbox._temporary(self.store, item, o.error, o.at)
            self.failed += gave_up
            self.retried += not gave_up

    def _open(self, *, in_process: bool = False) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):  # if not, the bodies stay in the store
            self.sent_dir.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if in_process:
            from .sendproc import SenderProcess

            self._process = SenderProcess(self.cfg, self.path, self.sent_dir)
            return
        self._thread = threading.Thread(target=self._run, name="requestbot-sender", daemon=True)
        self._thread.start()

    # --- the sender thread ------------------------------------------------------------

    def _run(self) -> None:
        loop = SendLoop(
            self.cfg,
            self._fd_or_fail(),
            self.sent_dir,
            self._items(),
            self._outcomes.put,
            self.now,
            self._stopped.set,
        )
        loop.run()

    def _fd_or_fail(self) -> int:
        assert self._fd is not None
        return self._fd

    def _items(self) -> Iterable[dict[str, Any]]:
        while True:
            item = self._todo.get()
            if item is None:
                return
            if not self._stopped.is_set():
                yield item


class SendLoop:
    """The sending itself, in the sender thread or the sender process: one SMTP
    connection, one letter at a time, a journal line before and after each, the sent
    body written next to the store, and each outcome reported."""

    def __init__(
        self,
        cfg: Config,
        fd: int,
        sent_dir: Path,
        items: Iterable[dict[str, Any]],
        report: Callable[[Outcome], object],
        now: Callable[[], datetime],
        stop: Callable[[], object],
        alive: Callable[[], bool] = lambda: True,
    ) -> None:
        self.cfg = cfg
        self.fd = fd
        self.sent_dir = sent_dir
        self.items = items
        self.report = report
        self.now = now
        self.stop = stop  # the connection is gone: the rest stay queued for the drain
        self.alive = alive  # False: send nothing more (the daemon's process is gone)

    def run(self) -> None:
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(self._send_all())
        except Exception:  # noqa: BLE001 - what was not sent stays queued for the drain
            log.exception("the sender stopped; the drain sends the rest")
            self.stop()
        finally:
            loop.close()

    def _note(self, entry: Mapping[str, Any]) -> None:
        os.write(self.fd, json.dumps(entry).encode("utf-8") + b"\n")

    def _write_body(self, item: Mapping[str, Any]) -> str:
        """The sent body to ``sent_dir`` (made durable by close's sync point); its file
        name, or "" if it could not be written (then it stays in the store)."""
        name = f"{int(item['id'])}.eml"
        try:
            write_unsynced(self.sent_dir / name, str(item["raw"]).encode("utf-8"))
        except OSError as exc:
            log.warning("keeping the body of outbox %s in the store: %s", item["id"], exc)
            return ""
        return name

    async def _send_all(self) -> None:
        smtp: aiosmtplib.SMTP | None = None
        stopped = False
        try:
            for item in self.items:
                if stopped:
                    continue  # drained: the drain sends it
                if not self.alive():
                    return
                if smtp is None:
                    try:
                        smtp = await outbox._connect(self.cfg)
                    except DeliveryError as exc:
                        log.warning("sender: cannot connect to SMTP (%s); the drain retries", exc)
                        stopped = True
                        self.stop()
                        continue
                self._note({"claim": int(item["id"])})
                try:
                    reply = await outbox._send(smtp, self.cfg, item)
                except (PermanentDeliveryError, TemporaryDeliveryError) as exc:
                    self._note({"tried": int(item["id"])})
                    self.report(Outcome(int(item["id"]), self.now(), error=exc))
                    if not smtp.is_connected:
                        stopped = True
                        self.stop()  # the rest stay queued: the drain tries them
                    continue
                at = self.now()
                self._note({"sent": int(item["id"]), "reply": reply, "at": at.isoformat()})
                body = self._write_body(item)
                self.report(Outcome(int(item["id"]), at, reply=reply, body_file=body))
        finally:
            if smtp is not None:
                with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
                    if smtp.is_connected:
                        await smtp.quit()
