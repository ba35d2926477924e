"""The per-message time budget counts CPU time, not the clock (budget.py)."""

from __future__ import annotations

import threading
import time

import pytest

from requestbot.budget import Budget, BudgetExceeded, time_budget


def burn(seconds: float) -> None:
    start = time.thread_time()
    while time.thread_time() - start < seconds:
        pass


def in_thread(work: object) -> list[BaseException]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            work()  # type: ignore[operator]
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)

    t = threading.Thread(target=run)
    t.start()
    t.join()
    return errors


def test_a_thread_over_its_cpu_time_is_stopped_at_the_next_check() -> None:
    def work() -> None:
        budget = Budget(0.05)
        budget.check()
        burn(0.1)
        budget.check()

    (error,) = in_thread(work)
    assert isinstance(error, BudgetExceeded)


def test_waiting_is_not_counted() -> None:
    """Longer than the budget by the clock, but without using the CPU: no stop."""

    def work() -> None:
        budget = Budget(0.05)
        time.sleep(0.1)
        budget.check()

    assert in_thread(work) == []


def test_in_the_main_thread_the_timer_stops_the_work() -> None:
    with pytest.raises(BudgetExceeded), time_budget(0.05) as budget:
        assert budget.enforced
        burn(1.0)


def test_in_the_main_thread_an_overrun_the_timer_missed_is_seen_at_the_check() -> None:
    """The kernel fires the timer on its tick only: a shorter overrun is the check's."""
    budget = Budget(0.001, enforced=True)  # as time_budget makes it, without the timer
    budget.check()
    burn(0.01)
    with pytest.raises(BudgetExceeded):
        budget.check()
