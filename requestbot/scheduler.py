"""The daemon: APScheduler wiring and the intake loop, in one asyncio process.

Every job calls a plain ``*_once()`` function that derives its work from the
store, so a restart or a missed run loses nothing. One asyncio lock keeps the
store single-threaded: intake (in a worker thread, since imapclient blocks),
the outbox drain and the housekeeping jobs take turns.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from . import housekeeping, outbox
from .errors import (
    DeliveryError,
    MailboxError,
    MailboxFolderError,
    SpoolError,
    StoreError,
    TemplateError,
)
from .mailbox import backoff_delays
from .pipeline import alert_context, notify_staff
from .runner import Runner

log = logging.getLogger("requestbot.daemon")

WAIT_SLICE = 5.0  # seconds one IDLE/poll wait may block shutdown
DRAIN_SECONDS = 30
HOUSEKEEPING_SECONDS = 60
FOLDER_RETRY_SECONDS = 300  # a folder the server refuses: look again this often


class Daemon:
    def __init__(self, runner: Runner, early_stop: threading.Event | None = None) -> None:
        self.runner = runner
        self.early_stop = early_stop  # set by a signal that came during start-up
        self.store = runner.store
        self.lock = asyncio.Lock()
        self.stop = asyncio.Event()
        self.scheduler = AsyncIOScheduler(
            timezone=runner.cfg.controller.timezone,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        )
        self.fetch_failures = 0
        self.more = False  # the last intake cycle left mail waiting (runner.MAX_CYCLE_SECONDS)
        self.store_failures = 0
        self.folder_problem = ""  # the MailboxFolderError staff were told about
        self.failed = False

    # --- the *_once jobs -------------------------------------------------------

    async def intake_once(self) -> int:
        """One intake cycle (and a drain if it took anything in); returns how many it fetched."""
        async with self.lock:
            result = await asyncio.to_thread(self.runner.intake_once)
        self.more = result.more
        if result.fetched:
            log.info(
                "intake: fetched %d, moved %d, kept %d %s",
                result.fetched,
                result.moved,
                result.kept,
                result.outcomes,
            )
            if result.sent or result.retried or result.failed:
                log.info(
                    "outbox: sent %d, retry %d, failed %d (while taking in)",
                    result.sent,
                    result.retried,
                    result.failed,
                )
            await self.drain_once()  # what the sender could not send; alerts
        return int(result.fetched)

    async def drain_once(self) -> None:
        async with self.lock:
            await self.drain_locked()

    async def drain_locked(self) -> None:
        """One outbox drain; the caller holds ``self.lock``."""
        res = await outbox.drain_once(self.runner.cfg, self.store, now=self.runner.ctx.now)
        if res.sent or res.retried or res.failed:
            log.info("outbox: sent %d, retry %d, failed %d", res.sent, res.retried, res.failed)

    async def housekeeping_once(self) -> None:
        async with self.lock:
            try:
                housekeeping.housekeeping_once(self.runner.ctx)
            except StoreError:
                log.exception("housekeeping could not write the store")

    # --- the loop ----------------------------------------------------------------

    async def intake_loop(self) -> None:
        """Fetch, wait for news, repeat; no fault ends this loop."""
        delays = backoff_delays()
        announce = True  # the readiness line tests and operators wait for
        while not self.stop.is_set():
            try:
                fetched = await self.intake_once()
                self.fetch_failures = 0
                if self.folder_problem:
                    log.info("the IMAP folders can be used again; intake resumes")
                    self.folder_problem = ""
                if self.store_failures:
                    log.info("the case store can be written again; intake resumes")
                    self.store_failures = 0
                delays = backoff_delays()
                if announce or fetched:
                    log.info("ready: waiting for new mail")
                announce = False
                if not self.more:  # a backlog left by a long cycle is taken at once
                    await asyncio.to_thread(self.runner.source.wait_for_changes, WAIT_SLICE)
            except MailboxError as exc:
                announce = True
                self.fetch_failures += 1
                delay = next(delays)
                log.warning("mailbox error (%s); reconnecting in %.1f s", exc, delay)
                self.record_error("last_fetch_error", str(exc))
                await self.sleep(delay)
                try:
                    await asyncio.to_thread(self.runner.source.reconnect, 1)
                except MailboxError as again:
                    log.warning("reconnect failed: %s", again)
            except MailboxFolderError as exc:
                # A configuration error: reconnecting will not help and nothing is fetched
                # until the folder can be used. Staff hear about it once.
                announce = True
                log.error(
                    "configuration error: %s; nothing is taken in until it is fixed; "
                    "checking again in %d s",
                    exc,
                    FOLDER_RETRY_SECONDS,
                )
                self.record_error("last_fetch_error", str(exc))
                if str(exc) != self.folder_problem:
                    self.folder_problem = str(exc)
                    await self.alert_directly("imap_folder", str(exc))
                await self.sleep(FOLDER_RETRY_SECONDS)
            except (StoreError, SpoolError) as exc:
                # Disk full, read-only, ...: take nothing in (the mail stays in the inbox).
                announce = True
                delay = next(delays)
                self.store_failures += 1
                log.error(
                    "cannot write the case store or spool (%s); mail stays in the inbox; "
                    "retrying in %.1f s",
                    exc,
                    delay,
                )
                if self.store_failures == 1:
                    await self.alert_directly("store", str(exc))
                self.store.storage.reload()
                await self.sleep(delay)
            except Exception as exc:  # noqa: BLE001 - the loop must outlive any bug
                announce = True
                delay = next(delays)
                log.exception("intake cycle failed unexpectedly; retrying in %.1f s", delay)
                self.record_error("last_fetch_error", f"{type(exc).__name__}: {exc}")
                await self.sleep(delay)

    async def alert_directly(self, kind: str, detail: str) -> None:
        """Tell staff without the store (it may be the thing that is broken)."""
        ctx = self.runner.ctx
        try:
            for addr in ctx.cfg.staff.notify:
                rendered = ctx.renderer.render(
                    "staff_alert",
                    ctx.cfg.staff_language,
                    alert_context(ctx, kind, detail),
                )
                item = outbox.compose(
                    ctx.cfg,
                    to=addr,
                    subject=rendered.subject,
                    text=rendered.text,
                    case_id=None,
                    kind="staff_alert",
                    audience="staff",
                    now=ctx.now(),
                    auto_reply=False,
                )
                await outbox.send_direct(ctx.cfg, item)
        except (DeliveryError, TemplateError) as exc:
            log.error("could not alert staff about %s: %s", kind, exc)

    def record_error(self, key: str, text: str) -> None:
        try:
            self.store.set_state(key, {"at": self.runner.ctx.now().isoformat(), "error": text})
        except StoreError:
            log.exception("cannot record %s", key)

    async def sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stop.wait(), timeout=seconds)

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stop.set)
        if self.early_stop is not None and self.early_stop.is_set():
            log.info("stopped during start-up, before taking anything in")
            return 0
        self.note_start()
        self.runner.start_workers()  # warm before the first backlog batch needs them
        self.scheduler.add_job(self.drain_once, "interval", seconds=DRAIN_SECONDS, id="drain")
        self.scheduler.add_job(
            self.housekeeping_once, "interval", seconds=HOUSEKEEPING_SECONDS, id="housekeeping"
        )
        self.scheduler.start()
        # Each batch's letters go out (a sender thread) once the batch is durable, while
        # it is moved and the next one is taken in; the cycle ends when they are sent.
        self.runner.send_while_taking_in = True
        await self.housekeeping_once()  # catch-up (e.g. a digest missed while down)
        await self.drain_once()
        task = asyncio.create_task(self.intake_loop())
        task.add_done_callback(self.intake_ended)
        await self.stop.wait()
        log.info("stopping: finishing the current message")
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        self.scheduler.shutdown(wait=False)
        async with self.lock:
            try:
                self.store.set_state("running", False)
            except StoreError as exc:
                log.error("could not record the clean stop: %s", exc)
        return 1 if self.failed else 0

    def intake_ended(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.critical("the intake loop ended: %r; stopping", task.exception())
            self.failed = True
            self.stop.set()

    def note_start(self) -> None:
        ctx = self.runner.ctx
        crashed = bool(self.store.get_state("running", False))
        with self.store.transaction():
            self.store.set_state("running", True)
            self.store.set_state("started_at", ctx.now().isoformat())
            if crashed:
                log.warning("the previous run did not stop cleanly")
                notify_staff(
                    ctx,
                    None,
                    "staff_alert",
                    alert_context(
                        ctx,
                        "restart_after_crash",
                        "requestbot was restarted after it had stopped without a clean shutdown. "
                        "Nothing is lost: mail still in the inbox is taken in now.",
                    ),
                )
