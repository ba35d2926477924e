"""A time budget for the work on one message (SIGALRM, main thread only).

Parsing and the steps are bounded by caps (intake.py), so a message should
never come near the budget; it is the backstop that keeps one poll short even
for a message nobody foresaw. Inside ``time_budget(s)`` the code is interrupted
with BudgetExceeded after ``s`` seconds. The budget ends before the caller's
store transaction commits, so a commit is never interrupted. Off the main
thread (no signals there) the budget does nothing.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import RequestbotError


class BudgetExceeded(RequestbotError):
    """Handling one message took longer than its time budget."""


def _available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise BudgetExceeded in the body once ``seconds`` have passed (0: no budget)."""
    if seconds <= 0 or not _available():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise BudgetExceeded(f"handling the message took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
