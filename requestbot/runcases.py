"""The cases one housekeeping run reads, decoded once and shared by its parts.

Every part of ``housekeeping_once`` (reminders, digest, escalation, Art 19 notices)
looks at the open cases, and the notices check also at closed cases with notices.
Each used to scan and decode the whole case table itself; a ``RunCases`` made at
the start of the run decodes those cases once. It is read again after any write
to the store (the journal's commit counter moved), so a part sees what the parts
before it changed, and it is not used inside a transaction (changes not yet
committed would be missed). It lives for one run only: the cases are not kept in
memory between runs.
"""

from __future__ import annotations

from collections.abc import Iterable

from .cases import CaseStore, case_from_doc
from .model import CLOSED_STATUSES, Case, Status

_CLOSED_VALUES = frozenset(s.value for s in CLOSED_STATUSES)


def _sorted(cases: Iterable[Case]) -> list[Case]:
    """Oldest first, as ``CaseStore.cases`` returns them."""
    return sorted(cases, key=lambda c: (c.received_at, c.id))


class RunCases:
    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self._writes = -1
        self._cases: list[Case] = []

    def _usable(self) -> bool:
        return not self.store.storage.flag.on  # no transaction holding changes

    def _read(self) -> list[Case]:
        """Open cases and closed cases with notices, in doc id order (as
        ``CaseStore.each_case``), each decoded once."""
        writes = self.store.storage.writes
        if writes != self._writes:
            self._cases = [
                case_from_doc(d)
                for d in self.store.docs("cases").values()
                if d.get("status") not in _CLOSED_VALUES or d.get("notices")
            ]
            self._writes = writes
        return self._cases

    def open_cases(self) -> list[Case]:
        """The open cases in doc id order (``CaseStore.each_case(open_only=True)``)."""
        if not self._usable():
            return list(self.store.each_case(open_only=True))
        return [c for c in self._read() if c.is_open]

    def with_notices(self) -> list[Case]:
        """Cases with Art 19 notices, oldest first (``CaseStore.cases(...notices)``)."""
        if not self._usable():
            return self.store.cases(lambda c: bool(c.notices))
        return _sorted(c for c in self._read() if c.notices)


def open_cases(store: CaseStore, run: RunCases | None) -> list[Case]:
    """The open cases in doc id order; from ``run`` when one is given."""
    return run.open_cases() if run is not None else list(store.each_case(open_only=True))


def with_notices(store: CaseStore, run: RunCases | None) -> list[Case]:
    """Cases with Art 19 notices, oldest first; from ``run`` when one is given."""
    return run.with_notices() if run is not None else store.cases(lambda c: bool(c.notices))


def awaiting_identity(store: CaseStore, run: RunCases | None) -> list[Case]:
    """Cases awaiting the requester's confirmation, oldest first."""
    if run is None:
        return store.cases(lambda c: c.status == Status.AWAITING_IDENTITY)
    return _sorted(c for c in run.open_cases() if c.status == Status.AWAITING_IDENTITY)
