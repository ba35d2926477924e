"""A time budget for the work on one message, in CPU seconds.

CPU time, not wall-clock time: on a loaded machine a message waits longer for the
processor but costs no more work, and must not be quarantined for that.

Parsing and the steps are bounded by caps (intake.py), so a message should
never come near the budget; it is the backstop that keeps one poll short even
for a message nobody foresaw. In the main thread (``poll --once``) SIGPROF
interrupts the work after ``seconds`` with BudgetExceeded; in a worker thread
(the daemon runs intake in one, and signals only reach the main thread) the
caller checks ``Budget.check()`` between steps. The budget ends before the
caller's store transaction commits, so a commit is never interrupted.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import RequestbotError


class BudgetExceeded(RequestbotError):
    """Handling one message took longer than its time budget."""


class Budget:
    """``enforced``: SIGPROF also ends the work when the time is up (``time_budget`` in
    the main thread). The kernel looks at that timer only on its clock tick (every 1 to
    10 ms), so a step that ran over by less than a tick ends unnoticed by it; ``check``
    still sees it at the next checkpoint."""

    def __init__(self, seconds: float, *, enforced: bool = False) -> None:
        self.seconds = seconds
        self.enforced = enforced
        self.wall = time.monotonic()
        # CPU time of the thread doing the work: read here, and by check() only once the
        # wall clock says the budget may be over (a read once cost some 70 us inside
        # poll --once, against 0.25-0.7 us in a bare interpreter; read at every step it
        # came to 0.9 s for 1,920 messages).
        self.start = 0.0 if seconds <= 0 else time.thread_time()

    def message(self) -> str:
        return f"handling the message took longer than {self.seconds:g} s"

    def check(self) -> None:
        """Raise BudgetExceeded if the time is up (a checkpoint between steps)."""
        if self.seconds <= 0:
            return
        if time.monotonic() - self.wall <= self.seconds:
            return  # a thread never uses more CPU time than the clock shows went by
        if time.thread_time() - self.start > self.seconds:
            raise BudgetExceeded(self.message())


def _preemptive() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[Budget]:
    """A Budget of ``seconds`` of CPU time (0: none); in the main thread also enforced
    by SIGPROF (ITIMER_PROF counts the CPU time the process uses)."""
    if seconds <= 0 or not _preemptive():
        yield Budget(seconds)
        return
    budget = Budget(seconds, enforced=True)

    def expire(signum: int, frame: FrameType | None) -> None:
        raise BudgetExceeded(budget.message())

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield budget
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
