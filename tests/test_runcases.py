"""runcases.RunCases: the cases one housekeeping run decodes once gives what the store's
own scans give, and is read again after a write."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

from test_cases import NOW, make_case

from requestbot import runcases
from requestbot.cases import CaseStore
from requestbot.model import Status

TODAY = date(2026, 11, 25)


def _ids(cases: list) -> list[str]:
    return [c.id for c in cases]


def _fill(store: CaseStore) -> None:
    make_case(store, status=Status.AWAITING_IDENTITY, received_at=NOW + timedelta(hours=2))
    make_case(store, status=Status.IN_PROGRESS)
    make_case(store, status=Status.COMPLETED, closed_at=NOW)
    make_case(
        store,
        status=Status.COMPLETED,
        closed_at=NOW,
        notices={"CRM": {"to": "crm@example.com", "message_id": "<n1@example.test>"}},
    )
    make_case(store, status=Status.AWAITING_IDENTITY, received_at=NOW - timedelta(hours=2))
    make_case(
        store,
        status=Status.IN_PROGRESS,
        notices={"CRM": {"to": "crm@example.com", "message_id": "<n2@example.test>"}},
    )


def _run(store: CaseStore, soon: date | None = None) -> runcases.RunCases:
    """A run for TODAY in which a case is due soon when its effective due date is
    ``soon`` or earlier (None: never)."""
    return runcases.RunCases(store, TODAY, lambda due: soon is not None and due <= soon)


def test_the_snapshot_gives_what_the_store_scans_give(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "c.json") as store:
        _fill(store)
        make_case(store, status=Status.IN_PROGRESS, due=date(2026, 11, 27))
        run = _run(store, soon=date(2026, 12, 1))
        assert _ids(runcases.with_notices(store, run)) == _ids(
            store.cases(lambda c: bool(c.notices))
        )
        assert len(runcases.with_notices(store, run)) == 2
        waiting = runcases.awaiting_identity(store, run)
        assert _ids(waiting) == _ids(store.cases(lambda c: c.status == Status.AWAITING_IDENTITY))
        assert len(waiting) == 2
        assert [c.received_at for c in waiting] == sorted(c.received_at for c in waiting)
        soon = runcases.due_soon(store, run, TODAY, run.due_soon)
        assert [c.due for c in soon] == [date(2026, 11, 27)]
        # without a run, and for another day than the run's, the same from the store itself
        assert _ids(runcases.awaiting_identity(store, None)) == _ids(waiting)
        assert _ids(runcases.with_notices(store, None)) == _ids(runcases.with_notices(store, run))
        assert _ids(runcases.due_soon(store, None, TODAY, run.due_soon)) == _ids(soon)
        later = TODAY + timedelta(days=1)
        assert _ids(runcases.due_soon(store, run, later, lambda due: True)) == _ids(
            list(store.each_case(open_only=True))
        )
        # the run keeps only what the parts look at, not every open case
        kept = set(_ids(run.cases()))
        assert kept == set(_ids(waiting + runcases.with_notices(store, run) + soon))
        assert len(kept) == 5
        assert len(list(store.each_case(open_only=True))) == 5
        assert len([c for c in run.cases() if c.is_open]) == 4  # the plain open one is left


def test_a_write_is_seen_by_the_next_read(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "c.json") as store:
        _fill(store)
        run = _run(store)
        before = runcases.awaiting_identity(store, run)
        first = before[0]
        store.transition(first.id, Status.WITHDRAWN, actor="test", at=NOW, reason="withdrawn")
        after = runcases.awaiting_identity(store, run)
        assert first.id not in _ids(after)
        assert len(after) == len(before) - 1
        new = make_case(store, status=Status.AWAITING_IDENTITY)
        assert new.id in _ids(runcases.awaiting_identity(store, run))


def test_inside_a_transaction_uncommitted_changes_are_seen(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "c.json") as store:
        _fill(store)
        run = _run(store)
        case = runcases.awaiting_identity(store, run)[0]
        with store.transaction():
            store.save_case(dataclasses.replace(case, requester_name="Changed"))
            [seen] = [c for c in runcases.awaiting_identity(store, run) if c.id == case.id]
            assert seen.requester_name == "Changed"
