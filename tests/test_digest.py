"""The digest's data (pure), its rendering, and when it is due."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from requestbot import digest
from requestbot.cases import CaseStore
from requestbot.config import Config, ControllerConfig, StaffConfig
from requestbot.deadlines import Calendar
from requestbot.model import Case, Evidence, Facts, Kind, Status
from requestbot.pipeline import Context
from requestbot.templates import Renderer

CAL = Calendar("FI")
TODAY = date(2026, 12, 21)  # a Monday


def make_case(
    case_id: str,
    *,
    received: datetime = datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
    due: date = date(2026, 12, 21),
    extended_due: date | None = None,
    status: Status = Status.IN_PROGRESS,
    kinds: tuple[Kind, ...] = (Kind.ACCESS,),
    closed_at: datetime | None = None,
    outcome: str = "",
    name: str = "",
    address: str = "",
    language: str = "fi",
) -> Case:
    n = case_id.rsplit("-", 1)[-1]
    return Case(
        id=case_id,
        requester_address=address or f"person{n}@example.fi",
        requester_name=name or f"Person {n}",
        language=language,
        kinds=kinds,
        received_at=received,
        due=due,
        extended_due=extended_due or due + timedelta(days=61),
        status=status,
        subject=f"my data {n}",
        message_ids=(f"<m{n}@example.fi>",),
        evidence=(Evidence("rule_x", kinds[0] if kinds else None, "poistakaa tiedot"),),
        closed_at=closed_at,
        outcome=outcome,
    )


def sample_cases() -> list[Case]:
    return [
        make_case("DSR-2026-0001", due=TODAY + timedelta(days=5)),  # due within a week
        make_case("DSR-2026-0002", due=TODAY - timedelta(days=3)),  # overdue 3
        make_case("DSR-2026-0003", due=TODAY),  # due today
        make_case("DSR-2026-0004", due=TODAY - timedelta(days=1)),  # overdue 1
        make_case(
            "DSR-2026-0005",
            due=TODAY - timedelta(days=10),
            extended_due=TODAY + timedelta(days=1),
            status=Status.EXTENDED,
        ),  # extended: due tomorrow
        make_case(
            "DSR-2026-0006",
            received=datetime(2026, 12, 15, 9, 0, tzinfo=UTC),
            due=date(2027, 1, 15),
            status=Status.AWAITING_IDENTITY,
        ),
        make_case("DSR-2026-0007", due=date(2027, 1, 20), status=Status.TRIAGE, kinds=()),
        make_case(
            "DSR-2026-0008",
            due=TODAY - timedelta(days=30),
            status=Status.COMPLETED,
            closed_at=datetime(2026, 11, 1, tzinfo=UTC),
        ),
    ]


def ids(lines: list[dict[str, Any]]) -> list[str]:
    return [line["case_id"] for line in lines]


def test_digest_data_order_and_buckets() -> None:
    failed = [
        {
            "id": 3,
            "case_id": "DSR-2026-0001",
            "to": "person1@example.fi",
            "error": "550 no such user",
            "created_at": "2026-12-20T08:00:00+00:00",
            "first_failure_at": None,
        }
    ]
    quarantined = [
        {
            "message_id": "<q1@example.com>",
            "detail": "boom",
            "taken_at": "2026-12-20T22:00:00+00:00",
        }
    ]
    d = digest.digest_data(sample_cases(), failed, quarantined, TODAY, CAL)
    assert d["open_total"] == 7  # the completed case does not count
    assert ids(d["overdue"]) == ["DSR-2026-0002", "DSR-2026-0004"]  # most overdue first
    assert [c["days_left"] for c in d["overdue"]] == [-3, -1]
    assert ids(d["due_soon"]) == ["DSR-2026-0003", "DSR-2026-0005"]
    assert d["due_soon"][1]["due"] == TODAY + timedelta(days=1)  # the extended due date
    assert ids(d["due_week"]) == ["DSR-2026-0001"]
    assert d["due_week"][0]["days_left"] == 5
    assert d["due_week"][0]["kinds"] == ["access"]
    assert d["due_week"][0]["requester"] == "Person 0001"
    [waiting] = d["awaiting_confirmation"]
    assert waiting["case_id"] == "DSR-2026-0006" and waiting["waiting_days"] == 6
    assert ids(d["triage"]) == ["DSR-2026-0007"]
    # Extension decision: not extended, due not passed, within 7 working days of the due date.
    assert ids(d["extension_decision"]) == ["DSR-2026-0003", "DSR-2026-0001"]
    assert d["extension_decision"][0]["decide_by"] == TODAY
    assert d["failed_outgoing"][0]["since"] == datetime(2026, 12, 20, 8, 0, tzinfo=UTC)
    assert d["quarantined"][0]["id"] == "<q1@example.com>"
    assert not digest.all_clear(d)


def test_digest_data_all_clear() -> None:
    d = digest.digest_data([], [], [], TODAY, CAL)
    assert d["open_total"] == 0 and digest.all_clear(d)


def restricted(case_id: str, until: date | None, **kw: Any) -> Case:
    case = make_case(case_id, kinds=(Kind.RESTRICTION,), **kw)
    return dataclasses.replace(case, facts=Facts(restricted_until=until))


def test_restrictions_ending_lists_open_and_closed_cases_within_the_window() -> None:
    done = {"status": Status.COMPLETED, "closed_at": datetime(2026, 11, 1, tzinfo=UTC)}
    cases = [
        restricted("DSR-2026-0001", TODAY + timedelta(days=14), **done),  # last day listed
        restricted("DSR-2026-0002", TODAY + timedelta(days=15), **done),  # not yet
        restricted("DSR-2026-0003", TODAY - timedelta(days=1), **done),  # already ended
        restricted("DSR-2026-0004", TODAY),  # ends today, case still open
        restricted("DSR-2026-0005", None),  # no end date recorded
        restricted("DSR-2026-0006", TODAY + timedelta(days=3), **done),
    ]
    lines = digest.restrictions_ending(cases, TODAY)
    assert ids(lines) == ["DSR-2026-0004", "DSR-2026-0006", "DSR-2026-0001"]
    assert [line["days_to_end"] for line in lines] == [0, 3, 14]
    assert lines[1]["status"] == "completed" and lines[1]["until"] == TODAY + timedelta(days=3)


def make_ctx(tmp_path: Path, now: datetime, **staff: Any) -> Context:
    cfg = Config(
        controller=ControllerConfig(name="Esimerkki Oy", address="dsr@example.fi"),
        staff=StaffConfig(notify=("staff@example.fi",), escalation=("boss@example.fi",), **staff),
    )
    store = CaseStore.open(tmp_path / "cases.json")
    return Context(cfg, store, Renderer(), lambda: now)


def test_rendered_digest_text_and_html(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path, datetime(2026, 12, 21, 6, 0, tzinfo=UTC))
    try:
        for case in sample_cases():
            ctx.store.add_case(case)
        data = digest.build(ctx)
        subject, text, html = digest.render(ctx, data)
        assert "DSR-2026-0002" in text and html and "DSR-2026-0002" in html
        assert (
            text.index("DSR-2026-0002") < text.index("DSR-2026-0003") < text.index("DSR-2026-0001")
        )
        assert "7" in subject
    finally:
        ctx.store.close()


def test_digest_due_once_per_day_and_only_after_its_time(tmp_path: Path) -> None:
    # 05:30 UTC = 07:30 in Helsinki: before the 08:00 digest.
    now = [datetime(2026, 12, 21, 5, 30, tzinfo=UTC)]
    ctx = make_ctx(tmp_path, now[0])
    ctx.now = lambda: now[0]
    try:
        assert not digest.digest_once(ctx)
        now[0] = datetime(2026, 12, 21, 9, 0, tzinfo=UTC)  # 11:00, catch-up
        assert digest.digest_once(ctx)
        assert not digest.digest_once(ctx)
        assert ctx.store.get_state("digest_sent:2026-12-21")
        now[0] = datetime(2026, 12, 26, 9, 0, tzinfo=UTC)  # Saturday: no digest day
        assert not digest.digest_once(ctx)
        assert len(ctx.store.outbox()) == 1
        nxt = digest.next_digest(ctx.cfg, ctx.store, now[0])
        assert nxt is not None and nxt.date() == date(2026, 12, 28) and nxt.hour == 8
    finally:
        ctx.store.close()


def test_all_clear_day_can_be_silent(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path, datetime(2026, 12, 21, 9, 0, tzinfo=UTC), digest_all_clear=False)
    try:
        assert not digest.digest_once(ctx)
        assert ctx.store.outbox() == []
        assert ctx.store.get_state("digest_sent:2026-12-21")
    finally:
        ctx.store.close()


def test_digest_names_a_closed_case_whose_restriction_ends(tmp_path: Path) -> None:
    """Art 18(3): the completion letter promises to tell the person before the restriction
    ends, so the digest reminds staff even on a day with nothing else open (the all-clear
    day is not silent then)."""
    ctx = make_ctx(tmp_path, datetime(2026, 12, 21, 9, 0, tzinfo=UTC), digest_all_clear=False)
    try:
        ctx.store.add_case(
            restricted(
                "DSR-2026-0042",
                date(2026, 12, 31),
                status=Status.COMPLETED,
                closed_at=datetime(2026, 11, 1, tzinfo=UTC),
                name="Erik Exempel",
            )
        )
        data = digest.build(ctx)
        assert data["open_total"] == 0 and not digest.all_clear(data)
        _subject, text, html = digest.render(ctx, data)
        assert "DSR-2026-0042" in text and "31.12.2026" in text and "18" in text
        assert html is not None and "DSR-2026-0042" in html
        assert "Kaikki kunnossa" not in text
        assert digest.digest_once(ctx)
        assert len(ctx.store.outbox()) == 1
    finally:
        ctx.store.close()


def test_escalation_once_per_case_per_day(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path, datetime(2026, 12, 21, 9, 0, tzinfo=UTC))
    try:
        for case in sample_cases():
            ctx.store.add_case(case)
        assert digest.escalation_once(ctx) == 4  # two overdue, due today, due tomorrow
        assert digest.escalation_once(ctx) == 0
        [mail] = ctx.store.outbox()
        assert mail["to"] == "boss@example.fi" and mail["kind"] == "staff_escalation"
        assert ctx.store.get_state("escalated:DSR-2026-0002:2026-12-21")
    finally:
        ctx.store.close()
