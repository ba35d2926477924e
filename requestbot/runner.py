"""One intake cycle: fetch, spool, process, record, (send,) then move.

The order is the safety: the raw bytes reach the spool first, the case change
and its outgoing mail reach the store next (one atomic write per batch), and
only then is anything sent (the batch's letters go to a sender thread,
sender.py, which sends them while the batch is moved and the next one is taken
in) and are the messages moved out of the inbox. A crash anywhere leaves the
message in the inbox; the next cycle's dedupe step recognises what was
already recorded.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from . import clock
from .cases import CaseStore
from .config import Config
from .errors import MailboxError, StoreError
from .mailbox import FetchedMessage, ImapSettings, ImapSource, MailboxState
from .maildir import MaildirSource
from .pipeline import (
    INFLIGHT,
    RELEASE_PREFIX,
    Context,
    Disposition,
    Folder,
    count_interrupted,
    handle_raw,
    make_item,
    prepared_item,
    process,
    warm_up,
)
from .sender import BackgroundSender
from .spool import Spool, message_key
from .templates import Renderer
from .workers import MIN_BATCH, Letters, Prepared, Settings, Workers, understanding

log = logging.getLogger("requestbot.runner")

#: One intake cycle stops fetching new batches after this long (``poll --once`` stays
#: short; the daemon starts the next cycle at once, see CycleResult.more).
MAX_CYCLE_SECONDS = 25.0


def utcnow() -> datetime:
    """The clock a Runner uses unless given another: clock.now ($REQUESTBOT_NOW or real)."""
    return clock.now()


def build_source(cfg: Config) -> Any:
    i = cfg.imap
    if i.maildir:
        return MaildirSource(
            cfg.resolve_path(i.maildir),
            poll_seconds=float(i.poll_seconds),
            max_size=i.max_message_bytes,
            create=True,
        )
    if not i.host:
        raise MailboxError("no mailbox configured (imap.host or imap.maildir)")
    return ImapSource(
        ImapSettings(
            host=i.host,
            port=i.port,
            security=i.security,
            username=i.username,
            password=None if i.oauth2_command else i.secret.resolve() or "",
            oauth2_command=i.oauth2_command or None,
            folder=i.folder,
            processed_folder=i.processed_folder,
            automated_folder=i.automated_folder,
            quarantine_folder=i.quarantine_folder,
            idle=i.idle,
            idle_recheck_seconds=i.idle_recheck_seconds,
            poll_seconds=float(i.poll_seconds),
            allow_insecure=i.allow_insecure,
            cafile=i.cafile or None,
            timeout=float(i.timeout_seconds),
            max_size=i.max_message_bytes,
        )
    )


class _OneByOne(Exception):
    """A batch holds a message that failed before: take them one at a time."""


@dataclass
class CycleResult:
    fetched: int = 0
    moved: int = 0
    kept: int = 0
    recovered: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    more: bool = False  # stopped after MAX_CYCLE_SECONDS with mail still waiting
    # letters sent while taking in (Runner.send_while_taking_in)
    sent: int = 0
    retried: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


class Runner:
    """Owns the context, the mail source and the spool of one daemon."""

    def __init__(
        self,
        cfg: Config,
        store: CaseStore,
        source: Any,
        *,
        now: Callable[[], datetime] = utcnow,
        since: datetime | None = None,
        staff_handler: Any = None,
        batch: int = 100,
    ) -> None:
        self.cfg = cfg
        self.store = store
        self.source = source
        self.since = since
        self.batch = batch
        self.ctx = Context(
            cfg,
            store,
            Renderer(languages=cfg.controller.languages, timezone=cfg.controller.timezone),
            now,
        )
        self.ctx.staff_handler = staff_handler
        self.spool = Spool(cfg.resolve_path(cfg.storage.spool_dir))
        #: Parse and classify backlog batches on another core (started by ``start_workers``
        #: or at the first big batch).
        self.workers = Workers(
            cfg.performance.workers,
            Settings.of(cfg),
            message_seconds=cfg.imap.max_message_seconds,
        )
        #: Send each batch's letters while the next batch is taken in (``poll`` and the
        #: daemon): a BackgroundSender per intake cycle, closed (its letters sent and
        #: recorded) before the cycle returns.
        self.send_while_taking_in = False
        self.sender: BackgroundSender | None = None

    def start_workers(self) -> None:
        """Start and warm the worker processes now (the daemon, at start-up), and
        compile the rules here too: the daemon reads a single delivery itself, and
        the first one must not wait for that."""
        self.workers.start()
        understanding()

    def close(self) -> None:
        """The mail source and the worker processes."""
        try:
            self.source.close()
        finally:
            self.workers.close()

    def folder_name(self, folder: Folder) -> str:
        i = self.cfg.imap
        return {
            Folder.PROCESSED: i.processed_folder,
            Folder.AUTOMATED: i.automated_folder,
            Folder.QUARANTINE: i.quarantine_folder,
        }[folder]

    def spool_key(self, fm: FetchedMessage) -> str:
        return message_key(fm.raw, fm.ref or str(fm.uid))

    def intake_once(self) -> CycleResult:
        """Take in everything waiting in the folder; returns what happened."""
        if not self.send_while_taking_in or self.cfg.smtp.transport == "file":
            return self._intake(CycleResult())
        result = CycleResult()
        self.sender = BackgroundSender(self.cfg, self.store, self.ctx.now)
        try:
            return self._intake(result)
        finally:
            sender, self.sender = self.sender, None
            sender.close()
            result.sent, result.retried, result.failed = sender.sent, sender.retried, sender.failed
            result.errors = sender.errors

    def _intake(self, result: CycleResult) -> CycleResult:
        # A folder the server will not let us use is found before any mail is taken in
        # (MailboxFolderError, a configuration error); cheap once the folders are known.
        self.source.ensure_folders(self.cfg.path or None)
        count_interrupted(self.ctx)
        self.release_pending()
        state = MailboxState(**(self.store.get_state("mailbox") or {}))
        kept: set[str] = set()
        started = time.monotonic()
        while True:
            messages, new_state = self.source.fetch_new(state, batch=self.batch)
            if not messages:
                result.recovered = self.recover_spool(kept)
                break
            result.fetched += len(messages)
            moved_before = result.moved
            self.ctx.renderer.check_changes()  # an edited template is used from this batch on
            keys = [self.spool_key(fm) for fm in messages]
            # Parsed and classified by a worker process from now on (None: here, later).
            prepared = self.workers.prepare_batch(
                [(fm.raw, fm.internaldate, fm.truncated) for fm in messages]
            )
            # Group commit: one durable sync point for the batch's spool entries, its
            # case changes and outgoing mail, before anything leaves the inbox. (A kill
            # that lands on a whole batch in hand counts as an attempt for none of its
            # messages, pipeline.count_interrupted: reaching the in-hand marker sooner
            # does not quarantine anything.)
            with self.store.group_commit(self.spool.directory) as sync:
                self.spool.put_many(
                    (
                        (key, fm.raw, {"ref": fm.ref, "internaldate": fm.internaldate.isoformat()})
                        for fm, key in zip(messages, keys, strict=True)
                    ),
                    sync=False,
                )
                dispositions = self.process_batch(messages, keys, prepared)
                with self.store.transaction():
                    self.store.set_state(
                        "mailbox",
                        {"uidvalidity": new_state.uidvalidity, "last_uid": new_state.last_uid},
                    )
                    self.store.set_state("last_fetch_ok", self.ctx.now().isoformat())
                if self.sender is not None:
                    self.sender.fold()  # what went out meanwhile, durable with this batch
                sync()
                if self.sender is not None:
                    self.sender.hand_over()  # this batch's letters, now durable
                self.move_batch(messages, keys, dispositions, result, kept)
            state = new_state
            if result.moved == moved_before:
                break  # only messages that failed this time are left: try next cycle
            if time.monotonic() - started > MAX_CYCLE_SECONDS:
                result.more = True  # a big backlog: the rest in the next cycle, at once
                log.info("intake cycle ran %.0f s: the rest waits for the next", MAX_CYCLE_SECONDS)
                break
        if result.fetched == 0:
            self.store.set_state("last_fetch_ok", self.ctx.now().isoformat())
        return result

    def release_pending(self) -> int:
        """Move messages staff released (#release) from quarantine back to the inbox;
        the dedupe step then lets them through once."""
        moved = 0
        restore = getattr(self.source, "restore", None)
        if restore is None:
            return 0
        for key in self.store.state_keys():
            if not key.startswith(RELEASE_PREFIX):
                continue
            entry = self.store.get_state(key)
            if not isinstance(entry, dict) or entry.get("moved"):
                continue
            message_id = key[len(RELEASE_PREFIX) :]
            if restore(message_id, self.cfg.imap.quarantine_folder):
                self.store.set_state(key, {**entry, "moved": True})
                moved += 1
            else:
                log.warning("released message %s is not in the quarantine folder", message_id)
                self.store.set_state(key, {**entry, "moved": True, "missing": True})
        return moved

    def move_batch(
        self,
        messages: list[FetchedMessage],
        keys: list[str],
        dispositions: list[Disposition],
        result: CycleResult,
        kept: set[str],
    ) -> None:
        """One MOVE per folder (after the batch is durable), then finish the spool entries."""
        moves: dict[str, list[tuple[FetchedMessage, str]]] = {}
        for fm, key, d in zip(messages, keys, dispositions, strict=True):
            result.outcomes[d.outcome] = result.outcomes.get(d.outcome, 0) + 1
            if d.folder == Folder.KEEP:
                result.kept += 1
                kept.add(key)
                continue
            moves.setdefault(self.folder_name(d.folder), []).append((fm, key))
        for folder, group in moves.items():
            self.source.move_many([fm for fm, _ in group], folder)
            for _fm, key in group:
                # Not synced one by one: an entry a power loss brings back is found
                # recorded by recover_spool and finished then. Its files are deleted
                # in the background, while the next batch is taken in.
                self.spool.finish(key, sync=False, later=True)
                if self.store.get_state(f"attempts:{key}") is not None:
                    self.store.delete_state(f"attempts:{key}")
            result.moved += len(group)
        self.spool.sweep_in_background()

    def recover_spool(self, skip: set[str]) -> int:
        """Spooled messages that are no longer in the inbox.

        Either the message was moved and the process died before the spool
        entry was finished (the store has its record: finish the entry), or
        someone took it out of the inbox before it was recorded: then the
        spool's copy is processed, so nothing that arrived is lost.
        """
        done = 0
        waiting = [key for key in self.spool.recover() if key not in skip]
        if not waiting:
            return 0
        recorded = {d.get("hash") for d in self.store.messages()}
        for key in waiting:
            entry = self.spool.get(key)
            if entry.meta.get("sha256") in recorded:
                self.spool.finish(key)
                continue
            try:
                received = datetime.fromisoformat(str(entry.meta["internaldate"]))
            except (KeyError, ValueError):
                received = self.ctx.now()
            log.warning(
                "spool entry %s is not in the inbox and was never recorded: "
                "processing the spooled copy",
                key,
            )
            d = handle_raw(self.ctx, entry.raw, received, key=key)
            if d.folder != Folder.KEEP:
                self.spool.finish(key)
                done += 1
        return done

    def process_batch(
        self,
        messages: list[FetchedMessage],
        keys: list[str],
        prepared: Iterator[Prepared | None] | None = None,
    ) -> list[Disposition]:
        """All messages of a batch in one store write; one by one if any of them fails
        (or failed before, or was in hand when the process ended). ``prepared``: what
        worker processes read (Workers.prepare_batch), None where they did not."""
        if prepared is None:
            prepared = iter([None] * len(messages))
        retried = any(self.store.get_state(f"attempts:{key}") is not None for key in keys)
        warm_up(self.ctx, len(messages), in_workers=self.workers.ready())
        try:
            if retried:
                raise _OneByOne
            with self.store.transaction():  # committed first: a hang or kill now counts
                self.store.set_state(INFLIGHT, list(keys))
            # In worker processes, the letters' bytes are built there (workers.Letters).
            big = len(messages) >= MIN_BATCH and self.workers.ready()
            letters = Letters(self.workers) if big else None
            self.ctx.letters = letters
            with self.store.transaction():
                self.store.delete_state(INFLIGHT)
                out = []
                for fm, ready in zip(messages, prepared, strict=True):
                    archive = self.archived(fm)
                    if ready is None:
                        item = make_item(
                            self.ctx,
                            fm.raw,
                            fm.internaldate,
                            archive=archive,
                            truncated=fm.truncated,
                        )
                    else:
                        item = prepared_item(
                            ready, fm.raw, fm.internaldate, archive=archive, truncated=fm.truncated
                        )
                    out.append(process(self.ctx, item))
                if letters is not None:
                    self.ctx.letters = None
                    letters.store(self.store)
                return out
        except StoreError:
            raise
        except _OneByOne:
            pass
        except Exception:  # noqa: BLE001 - retried one by one below, where it is logged
            log.info("a batch of %d failed; processing its messages one by one", len(messages))
        finally:
            self.ctx.letters = None
        return [
            handle_raw(
                self.ctx,
                fm.raw,
                fm.internaldate,
                key=key,
                archive=self.archived(fm),
                truncated=fm.truncated,
            )
            for fm, key in zip(messages, keys, strict=True)
        ]

    def archived(self, fm: FetchedMessage) -> bool:
        return self.since is not None and fm.internaldate < self.since


__all__ = ["Runner", "build_source", "CycleResult", "utcnow", "MailboxError"]
