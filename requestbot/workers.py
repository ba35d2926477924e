"""Parse and classify a fetched batch in a worker process: the second core.

The work per message before the store is touched (MIME parsing, ``classify``) does
not depend on any other message, so a backlog batch is handed, in chunks, to a
worker process while the daemon's own process stays the one writer (store, spool,
IMAP, SMTP): it takes each message's result as it comes and runs the pipeline steps
on it, while the worker reads the next chunk.

* ``[performance] workers`` processes (config.py; 0: everything in-process). They
  are started with 'spawn' (a fresh interpreter; never a plain fork of the daemon,
  whose threads could hold locks) and warmed (rules compiled, language model mapped)
  when the daemon starts, or for ``poll --once`` at the first big batch; the batch
  that starts them is handled in-process meanwhile.
* Only batches of MIN_BATCH or more go to the workers: for a single delivery the
  round trip costs more than it saves.
* A worker that dies, hangs or raises costs nothing but time: the messages it had
  not answered for are parsed and classified in-process (``None`` from ``Prepared``
  iteration), the reason is logged, and a dead or hung pool is replaced for the next
  batch. Nothing is recorded, sent or moved by a worker, so nothing can be lost or
  done twice by one.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import logging
import multiprocessing
import os
import resource
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from types import ModuleType
from typing import TypeVar

from . import outbox
from .automated import HEURISTIC_AUTOMATED, LIKELY_MACHINE_FLAG
from .cases import CaseStore
from .config import Config
from .intake import parse_message
from .model import Classification, InboundMessage
from .understand import language

log = logging.getLogger("requestbot.workers")
_T = TypeVar("_T")


def understanding() -> ModuleType:
    """``understand.classify``, imported on first use: compiling its rules takes most
    of a second, which a process whose workers read a backlog never needs to spend."""
    from .understand import classify as module

    return module


#: A batch smaller than this is parsed and classified in-process.
MIN_BATCH = 20
#: The first chunk of a batch is small (the daemon's process waits for it), later
#: ones bigger (fewer round trips; the worker is ahead by then).
FIRST_CHUNK = 4
CHUNK = 16
#: A chunk not answered in this long (plus the per-message time budget for each of
#: its messages) counts as a hung worker.
CHUNK_TIMEOUT_SECONDS = 60.0
#: How often a worker looks whether the daemon's process is still there.
PARENT_CHECK_SECONDS = 1.0
#: After this many dead or hung pools in one process, workers are not started again.
MAX_RESTARTS = 5
#: Letters built in one round trip (Letters).
LETTER_CHUNK = 16


@dataclass(frozen=True)
class Settings:
    """What parsing and classifying need from the config (small, picklable)."""

    own_addresses: tuple[str, ...]
    own_domains: tuple[str, ...]
    max_message_bytes: int
    languages: tuple[str, ...]
    default_language: str

    @classmethod
    def of(cls, cfg: Config) -> Settings:
        return cls(
            own_addresses=cfg.own_addresses,
            own_domains=cfg.own_domains,
            max_message_bytes=cfg.imap.max_message_bytes,
            languages=tuple(cfg.controller.languages),
            default_language=cfg.controller.default_language,
        )


@dataclass(frozen=True)
class Prepared:
    """A parsed message and, unless intake found it automated, ``classify(msg)`` as the
    new-request step asks for it (the step uses it only for this very ``msg``).

    For a message only judged automated by heuristics, ``received`` is
    ``classify_received(msg)`` as the automated step asks for it, and when that reads
    it as a person's, ``settled`` is ``classify`` of the message it gives back (what
    the new-request step then asks for)."""

    msg: InboundMessage
    classification: Classification | None
    received: tuple[InboundMessage, Classification] | None = None
    settled: Classification | None = None


def read_message(
    settings: Settings, raw: bytes, received_at: datetime, *, truncated: bool = False
) -> InboundMessage:
    """``intake.parse_message`` with the config's settings; a message the mailbox cut
    short is flagged "oversize"."""
    msg = parse_message(
        raw,
        received_at=received_at,
        own_addresses=settings.own_addresses,
        own_domains=settings.own_domains,
        max_message_bytes=settings.max_message_bytes,
    )
    if truncated and "oversize" not in msg.flags:
        msg = dataclasses.replace(msg, flags=(*msg.flags, "oversize"))
    return msg


def prepare(
    settings: Settings, raw: bytes, received_at: datetime, *, truncated: bool = False
) -> Prepared:
    msg = read_message(settings, raw, received_at, truncated=truncated)
    languages, default = settings.languages, settings.default_language
    if msg.automated:
        if not (msg.automated_reason or "").startswith(HEURISTIC_AUTOMATED):
            return Prepared(msg, None)
        received = understanding().classify_received(
            msg, languages=languages, default_language=default
        )
        settled, result = received
        if settled.automated:
            return Prepared(msg, None, received)
        if LIKELY_MACHINE_FLAG in settled.flags:  # given a likely-machine reading
            result = understanding().classify(
                settled, languages=languages, default_language=default
            )
        return Prepared(msg, None, received, result)  # else: result is classify(settled)
    result = understanding().classify(msg, languages=languages, default_language=default)
    return Prepared(msg, result)


Job = tuple[bytes, datetime, bool]  # raw, received at, truncated


def prepare_chunk(settings: Settings, jobs: Sequence[Job]) -> list[Prepared]:
    """In the worker: one chunk of a batch."""
    return [prepare(settings, raw, at, truncated=cut) for raw, at, cut in jobs]


def build_letters(letters: Sequence[outbox.Letter]) -> list[str]:
    """In the worker: the bytes of a chunk of a batch's letters."""
    return [outbox.build_raw(letter) for letter in letters]


def warm(settings: Settings) -> int:
    """In the worker, before its first chunk: what classify loads on first use
    (the language model, the rules' lazy parts). Returns the worker's pid."""
    language.detect_langid("warm", settings.languages, settings.default_language)
    probe = InboundMessage(
        message_id="<warm-up@example.test>",
        from_addr="warm-up@example.test",
        subject="Tietopyyntö / begäran / request",
        new_text="Please erase my data. Poistakaa tietoni. Radera mina uppgifter.",
    )
    understanding().classify(
        probe, languages=settings.languages, default_language=settings.default_language
    )
    return os.getpid()


def children_cpu() -> float:
    """CPU seconds (user+sys) of this process's ended and reaped child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def watch_parent(parent: int) -> None:
    """In the worker, first thing: end when the daemon's process is gone (killed with
    SIGKILL, it cannot tell its workers), instead of living on as an orphan."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def chunks(n: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the chunks of a batch of ``n``."""
    start, size = 0, FIRST_CHUNK
    while start < n:
        yield start, min(n, start + size)
        start, size = start + size, CHUNK


class Workers:
    """A pool of ``count`` worker processes (none when ``count`` is 0)."""

    def __init__(self, count: int, settings: Settings, *, message_seconds: float = 0.0) -> None:
        self.count = count
        self.settings = settings
        self.message_seconds = message_seconds
        self.restarts = 0
        self.pids: set[int] = set()
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._warming: list[concurrent.futures.Future[int]] = []
        self._cpu_at_start: float | None = None  # children_cpu() when first started
        #: Seconds this process waited for the workers' results (the bench reads it in
        #: the log: a long wait says the workers, not the writer, set the pace).
        self.waited = 0.0

    # -- life cycle ------------------------------------------------------------

    def start(self) -> None:
        """Start and warm the workers (returns at once; ``ready`` tells when)."""
        if self.count <= 0 or self._pool is not None or self.restarts > MAX_RESTARTS:
            return
        if self._cpu_at_start is None:
            self._cpu_at_start = children_cpu()
        # 'spawn': a fresh interpreter, never a fork of the daemon and its threads.
        context = multiprocessing.get_context("spawn")
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=self.count,
            mp_context=context,
            initializer=watch_parent,
            initargs=(os.getpid(),),
        )
        self._warming = [self._pool.submit(warm, self.settings) for _ in range(self.count)]
        log.info("started %d worker process(es) for parsing and classifying", self.count)

    def ready(self) -> bool:
        """Started and warm: a batch given to them now does not wait for start-up."""
        if self._pool is None or not all(f.done() for f in self._warming):
            return False
        for f in self._warming:
            if f.exception() is not None:
                self._broken(f"warming up failed: {f.exception()!r}")
                return False
            self.pids.add(f.result())
        self._warming = []
        return True

    def wait_ready(self) -> bool:
        """Block until the warm-up started by ``start`` has ended, then ``ready()``."""
        concurrent.futures.wait(self._warming)
        return self.ready()

    def close(self) -> None:
        """End the workers: at once if they are still warming up (a short backlog must
        not wait for a warm-up it no longer needs), else after their current chunk."""
        warming = self._pool is not None and not all(f.done() for f in self._warming)
        pool, self._pool = self._pool, None
        if pool is not None:
            if warming:
                # The executor keeps its processes in a private mapping; without it the
                # shutdown below waits for the warm-up, as it did before.
                for process in dict(getattr(pool, "_processes", None) or {}).values():
                    process.kill()
            pool.shutdown(wait=True, cancel_futures=True)
        if self._cpu_at_start is not None:
            log.info(
                "worker processes used %.2f s CPU (user+sys); waited for them %.2f s",
                children_cpu() - self._cpu_at_start,
                self.waited,
            )
            self._cpu_at_start = None

    def _broken(self, why: str) -> None:
        """A dead or hung pool: ended (its processes killed), a new one for the next batch."""
        self.restarts += 1
        log.warning("worker process failed (%s); its messages are handled in-process", why)
        pool, self._pool = self._pool, None
        self._warming = []
        if pool is None:
            return
        for pid in list(self.pids):
            with contextlib.suppress(ProcessLookupError):  # gone: usually why we are here
                os.kill(pid, signal.SIGKILL)
        self.pids.clear()
        pool.shutdown(wait=False, cancel_futures=True)
        if self.restarts > MAX_RESTARTS:
            log.error(
                "worker processes failed %d times: parsing in-process from now on", self.restarts
            )

    # -- a batch ---------------------------------------------------------------

    def _wait(self, future: concurrent.futures.Future[_T], timeout: float) -> _T:
        started = time.monotonic()
        try:
            return future.result(timeout=timeout)
        finally:
            self.waited += time.monotonic() - started

    def prepare_batch(self, jobs: Sequence[Job]) -> Iterator[Prepared | None]:
        """Hand the batch to the workers now; the results come one per job, in order:
        the worker's ``Prepared``, or None for a job the caller must parse and classify
        itself (small batch, a chunk the workers had not done while still warming up,
        or a worker failure: logged). The first big batch starts the workers."""
        if len(jobs) < MIN_BATCH or self.count <= 0:
            return iter([None] * len(jobs))
        # The first big batch (``poll --once``) waits for the warm-up rather than have
        # this process compile the rules and read it too: on two cores that costs
        # no more time, and a second of CPU less. Started earlier (the daemon), a batch
        # that comes during the warm-up is read here, as a single delivery is.
        wait = self._pool is None
        if wait:
            self.start()
        else:
            self.ready()  # a failed warm-up ends the pool here
        pool = self._pool
        if pool is None:
            return iter([None] * len(jobs))
        try:
            futures = [
                (start, end, pool.submit(prepare_chunk, self.settings, jobs[start:end]))
                for start, end in chunks(len(jobs))
            ]
        except BrokenProcessPool as exc:  # it died while idle
            self._broken(f"a worker died: {exc}")
            return iter([None] * len(jobs))
        return self._results(futures, wait)

    def _results(
        self,
        futures: list[tuple[int, int, concurrent.futures.Future[list[Prepared]]]],
        wait: bool,
    ) -> Iterator[Prepared | None]:
        failed = False
        pool = self._pool
        for start, end, future in futures:
            if not failed and self._pool is not pool:
                failed = True  # ended meanwhile (a failed warm-up, or a close)
            if not failed and not wait and not future.done() and not self.ready():
                # Still warming up: the caller reads this chunk instead of waiting.
                future.cancel()
                yield from [None] * (end - start)
                continue
            if failed:
                future.cancel()
                yield from [None] * (end - start)
                continue
            timeout = CHUNK_TIMEOUT_SECONDS * (1 + wait) + self.message_seconds * (end - start)
            try:
                results = self._wait(future, timeout)
            except BrokenProcessPool as exc:
                self._broken(f"a worker died: {exc}")
                failed = True
            except TimeoutError:
                self._broken(f"no answer in {timeout:.0f} s")
                failed = True
            except Exception as exc:  # noqa: BLE001 - read again in-process, which tells
                log.warning(
                    "worker process raised %r on %d message(s); handling them in-process",
                    exc,
                    end - start,
                )
                yield from [None] * (end - start)
                continue
            if failed:
                yield from [None] * (end - start)
                continue
            yield from results


class Letters:
    """The letters a batch queues, their bytes built in the worker processes.

    ``pipeline.queue_mail`` stores each outbox item at once (its id and every field
    the steps after it read) and hands its ``outbox.Letter`` here; the worker builds
    the bytes (``outbox.build_raw``, a third of the daemon's work per request) while
    the daemon's process goes on with the batch, and ``store`` puts them in the items
    before the batch's transaction ends: what is committed is what ``compose`` makes.
    A chunk the workers do not answer for is built in-process, where an error is
    raised as ``compose`` raises it (the batch is then taken one by one)."""

    def __init__(self, workers: Workers) -> None:
        self.workers = workers
        self._waiting: list[tuple[int, outbox.Letter]] = []
        self._chunks: list[
            tuple[list[tuple[int, outbox.Letter]], concurrent.futures.Future[list[str]] | None]
        ] = []

    def add(self, outbox_id: int, letter: outbox.Letter) -> None:
        self._waiting.append((outbox_id, letter))
        if len(self._waiting) >= LETTER_CHUNK:
            self._submit()

    def _submit(self) -> None:
        chunk, self._waiting = self._waiting, []
        if not chunk:
            return
        future = None
        pool = self.workers._pool
        if pool is not None:
            try:
                future = pool.submit(build_letters, [letter for _, letter in chunk])
            except (BrokenProcessPool, RuntimeError) as exc:  # died while idle, or closed
                log.info("letters built in-process: %r", exc)
        self._chunks.append((chunk, future))

    def store(self, store: CaseStore) -> None:
        """Every letter's bytes into its outbox item (inside the batch's transaction)."""
        self._submit()
        for chunk, future in self._chunks:
            raws = self._result(future, len(chunk)) if future is not None else None
            for i, (outbox_id, letter) in enumerate(chunk):
                raw = raws[i] if raws is not None else outbox.build_raw(letter)
                store.update_outbox(outbox_id, raw=raw)
        self._chunks = []

    def _result(self, future: concurrent.futures.Future[list[str]], n: int) -> list[str] | None:
        if self.workers._pool is None:
            future.cancel()
            return None  # the pool was ended meanwhile
        timeout = CHUNK_TIMEOUT_SECONDS + self.workers.message_seconds * n
        try:
            return self.workers._wait(future, timeout)
        except BrokenProcessPool as exc:
            self.workers._broken(f"a worker died: {exc}")
        except TimeoutError:
            self.workers._broken(f"no answer in {timeout:.0f} s")
        except Exception:  # noqa: BLE001 - built again in-process, which raises it there
            pass
        return None
