"""The cases one housekeeping run looks at, decoded once and shared by its parts.

Each per-minute part of ``housekeeping_once`` used to scan and decode the whole case
table itself: reminders (cases awaiting confirmation), escalation (open cases due
within ESCALATE_WORKING_DAYS working days, or overdue) and the Art 19 check (cases
with notices, open or closed). A ``RunCases`` made at the start of the run decodes
every case at most once and keeps only those three kinds (not every open case: the
daemon's memory must not grow with the live cases; the daily digest still streams
the store itself).

It is read again after any write to the store (the journal's commit counter
moved), so a part sees what the parts before it changed; it is not used inside a
transaction (changes not yet committed would be missed), nor for another day than
the one it was made for. It lives for one run only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from .cases import CaseStore, case_from_doc
from .model import CLOSED_STATUSES, Case, Status

_CLOSED_VALUES = frozenset(s.value for s in CLOSED_STATUSES)


def _sorted(cases: Iterable[Case]) -> list[Case]:
    """Oldest first, as ``CaseStore.cases`` returns them."""
    return sorted(cases, key=lambda c: (c.received_at, c.id))


class RunCases:
    def __init__(self, store: CaseStore, today: date, due_soon: Callable[[date], bool]) -> None:
        """``today``: the controller's local date of the run; ``due_soon(effective_due)``:
        whether escalation would list an open case due then, on ``today``."""
        self.store = store
        self.today = today
        self._due_soon: dict[date, bool] = {}
        self._escalates = due_soon
        self._writes = -1
        self._cases: list[Case] = []

    def due_soon(self, due: date) -> bool:
        """``due_soon`` of the constructor, counted once per due date."""
        if due not in self._due_soon:
            self._due_soon[due] = self._escalates(due)
        return self._due_soon[due]

    def _kept(self, case: Case) -> bool:
        if case.notices:
            return True
        return case.is_open and (
            case.status == Status.AWAITING_IDENTITY or self.due_soon(case.effective_due)
        )

    def usable(self) -> bool:
        return not self.store.storage.flag.on  # no transaction holding changes

    def cases(self) -> list[Case]:
        """The kept cases in doc id order (as ``CaseStore.each_case``), each decoded
        once per store version."""
        writes = self.store.storage.writes
        if writes != self._writes:
            self._cases = []
            for d in self.store.docs("cases").values():
                if d.get("status") in _CLOSED_VALUES and not d.get("notices"):
                    continue
                case = case_from_doc(d)
                if self._kept(case):
                    self._cases.append(case)
            self._writes = writes
        return self._cases


def with_notices(store: CaseStore, run: RunCases | None) -> list[Case]:
    """Cases with Art 19 notices, oldest first; from ``run`` when one is given."""
    if run is None or not run.usable():
        return store.cases(lambda c: bool(c.notices))
    return _sorted(c for c in run.cases() if c.notices)


def awaiting_identity(store: CaseStore, run: RunCases | None) -> list[Case]:
    """Cases awaiting the requester's confirmation, oldest first."""
    if run is None or not run.usable():
        return store.cases(lambda c: c.status == Status.AWAITING_IDENTITY)
    return _sorted(c for c in run.cases() if c.status == Status.AWAITING_IDENTITY)


def due_soon(
    store: CaseStore, run: RunCases | None, today: date, escalates: Callable[[date], bool]
) -> list[Case]:
    """Open cases for which ``escalates(effective_due)`` holds on ``today``, in doc id
    order (as ``CaseStore.each_case``); from ``run`` when it was made for ``today``."""
    if run is None or not run.usable() or run.today != today:
        return [c for c in store.each_case(open_only=True) if escalates(c.effective_due)]
    return [c for c in run.cases() if c.is_open and run.due_soon(c.effective_due)]
