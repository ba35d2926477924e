"""Retention: purge removes personal data and keeps the skeleton; dry-run changes nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_digest import make_case

from requestbot import outbox, retention
from requestbot.cases import CaseStore
from requestbot.config import Config, ControllerConfig
from requestbot.model import Status

NOW = datetime(2030, 6, 15, 12, 0, tzinfo=UTC)
CFG = Config(controller=ControllerConfig(name="Esimerkki Oy", address="dsr@example.fi"))


def add_closed(store: CaseStore, case_id: str, closed: datetime) -> None:
    case = make_case(case_id, received=closed - timedelta(days=20), due=closed.date())
    store.add_case(case)
    store.add_event(case_id, "requester", "requester_replied", "Re: poistakaa minut", at=closed)
    item = outbox.compose(
        CFG,
        to=case.requester_address,
        subject="Vastaus",
        text="Hei Person, tietosi on poistettu.",
        case_id=case_id,
        kind="completion",
        audience="requester",
        now=closed,
    )
    outbox.queue(store, item)
    store.record_message(
        case.message_ids[0],
        "hash" + case_id,
        taken_at=closed.isoformat(),
        case_id=case_id,
        folder="processed",
        detail="from person@example.fi",
    )
    store.transition(case_id, Status.COMPLETED, actor="staff", at=closed, reason="done for Person")


def filled(path: Path) -> CaseStore:
    store = CaseStore.open(path)
    add_closed(store, "DSR-2026-0001", datetime(2027, 1, 10, tzinfo=UTC))  # > 36 months
    add_closed(store, "DSR-2029-0002", datetime(2029, 9, 1, tzinfo=UTC))  # > 180 days
    add_closed(store, "DSR-2030-0003", datetime(2030, 6, 1, tzinfo=UTC))  # recent
    store.add_case(make_case("DSR-2030-0004", received=datetime(2030, 6, 10, tzinfo=UTC)))
    store.suppress("optout@example.fi", at=datetime(2026, 1, 1, tzinfo=UTC), source="x")
    return store


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    with filled(path):
        pass
    before = path.read_bytes()
    with CaseStore.open(path, readonly=True) as store:
        actions = retention.plan(CFG, store, NOW)
    assert [(a.step, a.target) for a in actions] == [
        ("purge_case", "DSR-2026-0001"),
        ("bodies", "DSR-2029-0002"),
        ("message_log", "messages"),
    ]
    assert path.read_bytes() == before


def test_purge_removes_personal_data_and_keeps_skeleton(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    with filled(path) as store:
        retention.apply(CFG, store, NOW)
        # Next run: only archiving of the purged case is left.
        assert [(a.step, a.target) for a in retention.plan(CFG, store, NOW)] == [
            ("archive", "DSR-2026-0001")
        ]
        old = store.require_case("DSR-2026-0001")
        assert old.purged and old.requester_address == "" and old.requester_name == ""
        assert old.subject == "" and old.message_ids == () and old.our_message_ids == ()
        assert all(e.matched == "" for e in old.evidence)
        assert old.kinds and old.status == Status.COMPLETED and old.closed_at and old.due
        assert all(ev.detail == "" for ev in store.events(old.id) if ev.action != "purged")
        [mail] = store.outbox(lambda d: d.get("case_id") == old.id)
        assert mail["raw"] == "" and mail["to"] == ""
        # Bodies only for the case closed 9 months ago.
        mid = store.require_case("DSR-2029-0002")
        assert not mid.purged and mid.requester_address
        assert [m["raw"] for m in store.outbox(lambda d: d.get("case_id") == mid.id)] == [""]
        texts = {ev.action: ev.detail for ev in store.events(mid.id)}
        assert texts["requester_replied"] == "" and texts["status:completed"] == "done for Person"
        # The recent case is untouched.
        new = store.require_case("DSR-2030-0003")
        assert all(m["raw"] for m in store.outbox(lambda d: d.get("case_id") == new.id))
        # Message log: records older than 90 days lose their ids.
        logged = {m["case_id"]: m for m in store.messages()}
        assert logged["DSR-2029-0002"]["message_id"] == "" and logged["DSR-2029-0002"]["redacted"]
        assert logged["DSR-2030-0003"]["message_id"]
        assert store.is_suppressed("optout@example.fi")  # the suppression list stays
    text = path.read_text()
    assert "person0001@example.fi" not in text and "poistakaa" not in json.dumps(
        [c for c in json.loads(text)["cases"].values() if c["id"] == "DSR-2026-0001"]
    )


def test_months_ago_clamps_to_month_end() -> None:
    assert retention._months_ago(datetime(2030, 3, 31, tzinfo=UTC), 1) == date(2030, 2, 28)
    assert retention._months_ago(datetime(2030, 6, 15, tzinfo=UTC), 36) == date(2027, 6, 15)


def test_prune_state_drops_old_dated_bookkeeping(tmp_path: Path) -> None:
    from requestbot.retention import prune_state

    with CaseStore.open(tmp_path / "s.json") as store:
        store.set_state("digest_sent:2026-01-02", True)
        store.set_state("escalated:DSR-2026-0001:2026-01-03", True)
        store.set_state("digest_sent:2026-11-27", True)
        store.set_state("last_fetch_ok", "2026-01-01T00:00:00+00:00")
        assert prune_state(store, date(2026, 11, 1)) == 2
        assert sorted(store.state_keys()) == ["digest_sent:2026-11-27", "last_fetch_ok"]


def test_old_closed_cases_move_to_the_yearly_archive(tmp_path: Path) -> None:
    from requestbot import report

    path = tmp_path / "cases.json"
    with filled(path) as store:
        retention.apply(CFG, store, NOW)
        retention.apply(CFG, store, NOW)  # the next day: archive
        assert store.get_case("DSR-2026-0001") is None
        assert retention.plan(CFG, store, NOW) == []
        [(case, events)] = store.archived_cases()
        assert case.id == "DSR-2026-0001" and case.purged and case.requester_address == ""
        assert [e.action for e in events][:1] == ["opened"]
        assert not store.events("DSR-2026-0001")
        assert not store.outbox(lambda d: d.get("case_id") == "DSR-2026-0001")
        # The accountability report still counts it.
        rep = report.build(store, date_from=None, date_to=None, today=NOW.date())
        assert "DSR-2026-0001" in [r.case.id for r in rep.rows]
    assert (tmp_path / "cases.json.archive" / "2026.jsonl").exists()


def test_archived_personal_data_is_purged_in_place(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    with CaseStore.open(path) as store:
        add_closed(store, "DSR-2028-0001", datetime(2028, 9, 1, tzinfo=UTC))
        store.archive_case("DSR-2028-0001")
        assert store.archived_cases()[0][0].requester_address
        # 36 months after closing the archived copy is anonymised too.
        assert retention.purge_archive(store, 2028, date(2031, 10, 1)) == 1
        [(case, events)] = store.archived_cases()
        assert case.purged and case.requester_address == "" and case.requester_name == ""
        assert all(e.detail == "" for e in events)
        assert "person" not in (tmp_path / "cases.json.archive" / "2028.jsonl").read_text()


def test_retention_runs_once_a_day_even_when_it_had_nothing_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_digest import make_ctx

    runs: list[datetime] = []
    real_apply = retention.apply

    def counting_apply(*args: Any, **kwargs: Any) -> list[retention.Action]:
        runs.append(args[2])
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(retention, "apply", counting_apply)
    day = datetime(2026, 12, 7, 6, 0, tzinfo=UTC)
    ctx = make_ctx(tmp_path, day)
    assert retention.retention_once(ctx) == []  # an empty store: nothing to do
    ctx.now = lambda: day + timedelta(hours=5)
    assert retention.retention_once(ctx) == []
    assert len(runs) == 1
    ctx.now = lambda: day + timedelta(days=1)
    retention.retention_once(ctx)
    assert len(runs) == 2
