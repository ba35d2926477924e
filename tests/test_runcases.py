"""runcases.RunCases: the cases one housekeeping run decodes once gives what the store's
own scans give, and is read again after a write."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

from test_cases import NOW, make_case

from requestbot import runcases
from requestbot.cases import CaseStore
from requestbot.model import Status


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


def test_the_snapshot_gives_what_the_store_scans_give(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "c.json") as store:
        _fill(store)
        run = runcases.RunCases(store)
        assert _ids(run.open_cases()) == _ids(list(store.each_case(open_only=True)))
        assert len(run.open_cases()) == 4
        assert _ids(run.with_notices()) == _ids(store.cases(lambda c: bool(c.notices)))
        assert len(run.with_notices()) == 2
        waiting = runcases.awaiting_identity(store, run)
        assert _ids(waiting) == _ids(store.cases(lambda c: c.status == Status.AWAITING_IDENTITY))
        assert [c.received_at for c in waiting] == sorted(c.received_at for c in waiting)
        # without a run, the same from the store itself
        assert _ids(runcases.awaiting_identity(store, None)) == _ids(waiting)
        assert _ids(runcases.open_cases(store, None)) == _ids(run.open_cases())
        assert _ids(runcases.with_notices(store, None)) == _ids(run.with_notices())


def test_a_write_is_seen_by_the_next_read(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "c.json") as store:
        _fill(store)
        run = runcases.RunCases(store)
        before = run.open_cases()
        first = before[0]
        store.transition(
            first.id, Status.COMPLETED, actor="test", at=datetime.now(UTC), reason="done"
        )
        after = run.open_cases()
        assert first.id not in _ids(after)
        assert len(after) == len(before) - 1
        new = make_case(store, status=Status.IN_PROGRESS)
        assert new.id in _ids(run.open_cases())


def test_inside_a_transaction_uncommitted_changes_are_seen(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "c.json") as store:
        _fill(store)
        run = runcases.RunCases(store)
        case = run.open_cases()[0]
        with store.transaction():
            store.save_case(dataclasses.replace(case, requester_name="Changed"))
            [seen] = [c for c in run.open_cases() if c.id == case.id]
            assert seen.requester_name == "Changed"
