"""The sender process: a backlog's letters sent without the intake's interpreter lock.

The sender thread (sender.py) shares the daemon's interpreter lock with the intake: at
every reply from the SMTP server it waits for the intake to let go of the lock, so
during a backlog it falls behind, and the intake cycle ends waiting for it. For a
backlog the same loop (``sender.SendLoop``) runs in a process of its own instead:

* started with 'spawn' (a fresh interpreter, never a fork of the threaded daemon);
* fed with the durable outbox items over a queue, in hand-over order; it writes the
  same journal lines (``<store>.sending``, appended with O_APPEND) and sent bodies,
  and reports each outcome back over a second queue; the daemon's process records
  them in the store (``BackgroundSender.fold``): the store keeps one writer;
* before each claim it looks whether the daemon's process is still its parent: a
  daemon killed while the process sends costs at most the letter in hand, as with the
  thread (its journal says "claimed": the next run sends it again); SIGTERM or SIGINT
  end it after the letter in hand, what is left stays queued for the next drain;
* it stamps sent letters with ``clock.now()`` (``$REQUESTBOT_NOW`` or the real clock).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import resource
import signal
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import clock
from .config import Config
from .sender import Outcome, SendLoop

log = logging.getLogger(__name__)

#: How often the process looks for its parent while it waits for letters.
PARENT_CHECK_SECONDS = 0.5
#: An orphan still running this long after the SMTP timeout is ended (``_watch_parent``).
ORPHAN_GRACE_SECONDS = 5.0
#: close: how long to wait for the process's outcomes after its last letter was
#: handed over, between looks whether it is still alive.
WAIT_STEP_SECONDS = 1.0

#: Outcomes go back in lists of at most this many (sooner when nothing waits to be sent).
REPORT_EVERY = 32

_DONE = "done"  # the process has ended its loop (last message on the results queue)
_STOPPED = "stopped"  # the SMTP connection is gone: the rest stays queued for the drain


def _child(
    cfg: Config,
    journal: str,
    sent_dir: str,
    todo: multiprocessing.Queue[list[dict[str, Any]] | None],
    results: multiprocessing.Queue[list[Outcome] | str],
    parent: int,
    log_level: int,
) -> None:
    """In the sender process."""
    # A stop (Ctrl-C, or systemd's SIGTERM to the whole group; multiprocessing's exit
    # handler sends SIGTERM too) ends the loop after the letter in hand: the rest stay
    # queued in the store for the next drain.
    stopping: list[int] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda signum, frame: stopping.append(signum))
    from .cli import PrintableFormatter

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(PrintableFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=log_level, handlers=[handler])

    def alive() -> bool:
        return not stopping and os.getppid() == parent

    threading.Thread(
        target=_watch_parent,
        args=(parent, cfg.smtp.timeout_seconds + ORPHAN_GRACE_SECONDS),
        name="watch-parent",
        daemon=True,
    ).start()

    held: list[Outcome] = []  # reported in lists: one message, not one per letter

    def report(outcome: Outcome) -> None:
        held.append(outcome)
        if len(held) >= REPORT_EVERY:
            flush()

    def flush() -> None:
        if held:
            results.put(list(held))
            held.clear()

    def stop() -> None:
        flush()
        results.put(_STOPPED)

    def items() -> Iterator[dict[str, Any]]:
        while alive():
            try:
                handed = todo.get_nowait()
            except queue.Empty:
                flush()  # nothing more to send for now: report what went out
                try:
                    handed = todo.get(timeout=PARENT_CHECK_SECONDS)
                except queue.Empty:
                    continue
            if handed is None:
                return
            yield from handed

    fd = os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        SendLoop(
            cfg,
            fd,
            Path(sent_dir),
            items(),
            report,
            clock.now,
            stop,
            alive,
        ).run()
    finally:
        os.close(fd)
        flush()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        log.info("sender process used %.2f s CPU (user+sys)", usage.ru_utime + usage.ru_stime)
        results.put(_DONE)
        results.close()
        results.join_thread()  # everything reported before the process ends


def _watch_parent(parent: int, grace: float) -> None:
    """End the process once its parent has been gone for ``grace`` seconds.

    The loop looks for its parent before each letter and ends by itself; this is for
    when it cannot: a daemon killed while it handed over letters leaves half a message
    in the queue, and the read of it never returns (this process holds the queue's
    other end too). ``grace`` lets a letter in hand go out or time out first."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    time.sleep(grace)
    log.warning("sender process: the daemon's process is gone; ending")
    logging.shutdown()
    os._exit(1)


class SenderProcess:
    """The daemon's end of a sender process (started at once)."""

    def __init__(self, cfg: Config, journal: Path, sent_dir: Path) -> None:
        context = multiprocessing.get_context("spawn")
        self._todo: multiprocessing.Queue[list[dict[str, Any]] | None] = context.Queue()
        self._results: multiprocessing.Queue[list[Outcome] | str] = context.Queue()
        self.stopped = False
        self.done = False
        self._held: list[Outcome] = []
        self._process = context.Process(
            target=_child,
            args=(
                cfg,
                str(journal),
                str(sent_dir),
                self._todo,
                self._results,
                os.getpid(),
                logging.getLogger("requestbot").getEffectiveLevel(),
            ),
            name="requestbot-sender",
            daemon=True,
        )
        self._process.start()
        log.info("sender process %s started for a backlog", self._process.pid)

    def put(self, items: Sequence[Mapping[str, Any]]) -> None:
        """Durable outbox items to send, in this order (what sending needs of them; one
        message on the queue)."""
        self._todo.put([{"id": d["id"], "to": d["to"], "raw": d["raw"]} for d in items])

    def _take(self, message: list[Outcome] | str) -> None:
        if message == _STOPPED:
            self.stopped = True
        elif message == _DONE:
            self.done = True
        elif isinstance(message, list):
            self._held.extend(message)

    def outcomes(self) -> list[Outcome]:
        """What the process reported since the last call (does not wait)."""
        with contextlib.suppress(queue.Empty):
            while not self.done:
                self._take(self._results.get_nowait())
        out, self._held = self._held, []
        return out

    def finish(self) -> None:
        """No more letters: wait until the process has sent (or given up on) what it was
        given and has ended. Its last outcomes stay for ``outcomes``."""
        self._todo.put(None)
        while not self.done:
            try:
                self._take(self._results.get(timeout=WAIT_STEP_SECONDS))
            except queue.Empty:
                if self._process.is_alive():
                    continue
                with contextlib.suppress(queue.Empty):  # what it put before it ended
                    while not self.done:
                        self._take(self._results.get_nowait())
                if not self.done:
                    log.warning(
                        "the sender process ended (exit %s) before its last letter; "
                        "the drain sends the rest",
                        self._process.exitcode,
                    )
                break
        self._process.join()

    def kill(self) -> None:
        """End the process now if it is still there."""
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._todo.close()
        self._results.close()
