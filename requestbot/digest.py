"""The daily staff digest and the escalation mail.

``digest_data`` is pure: cases, failed outgoing mail and quarantined messages
in, the template variables of ``staff_digest`` out. ``digest_once`` decides
from the store whether today's digest is due (``digest_sent:<date>`` in the
state table) and queues it; the outbox drain sends it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from . import art19, deadlines, runcases
from .cases import CaseStore
from .config import Config, RequestsConfig
from .letters import confirm_by
from .model import Case, Status
from .outbox import failed as outbox_failed
from .pipeline import Context, controller_context, queue_mail

log = logging.getLogger("requestbot.digest")

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DUE_SOON_DAYS = 1  # today or tomorrow
DUE_WEEK_DAYS = 7
DECIDE_WORKING_DAYS = 2  # decide on an extension this many working days before the due date
ESCALATE_WORKING_DAYS = 2  # tell [staff] escalation this many working days before the due date
#: A restriction (#restricted-until) is listed this many days before it ends: Art 18(3)
#: says the person is told before it is lifted, and the completion letter promised it.
RESTRICTION_NOTICE_DAYS = 14


# --- the data (pure) -----------------------------------------------------------------


def case_line(case: Case, today: date) -> dict[str, Any]:
    due = case.effective_due
    return {
        "case_id": case.id,
        "kinds": [k.value for k in case.kinds],
        "requester": case.requester_name or case.requester_address,
        "due": due,
        "days_left": deadlines.days_left(due, today),
        "status": case.status.value,
    }


def restrictions_ending(
    cases: Iterable[Case], today: date, days: int = RESTRICTION_NOTICE_DAYS
) -> list[dict[str, Any]]:
    """Cases, open or closed, whose recorded restriction ends today or within ``days``
    days, soonest first: staff tell the person before the restriction is lifted."""
    lines = []
    for case in cases:
        until = case.facts.restricted_until
        if until is None or not today <= until <= today + timedelta(days=days):
            continue
        lines.append(
            {
                "case_id": case.id,
                "requester": case.requester_name or case.requester_address,
                "until": until,
                "days_to_end": (until - today).days,
                "status": case.status.value,
            }
        )
    return sorted(lines, key=lambda c: (c["until"], c["case_id"]))


def _order(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(lines, key=lambda c: (c["due"], c["case_id"]))


def extension_window_opens(
    case: Case, calendar: deadlines.Calendar, reminder_days: Sequence[int] = (7, 2)
) -> date:
    """From this day the digest reminds staff of the last day to decide on an extension:
    the earliest of ``[deadlines] reminder_working_days`` before the one-month due date."""
    return deadlines.reminder_dates(case.due, calendar, reminder_days)[0]


def decide_by(case: Case, today: date, calendar: deadlines.Calendar) -> date:
    """The day to decide on an extension: working days before the due date (the
    notice must reach the requester by then), never before today."""
    return max(today, deadlines.subtract_working_days(case.due, DECIDE_WORKING_DAYS, calendar))


def escalate(due: date, today: date, calendar: deadlines.Calendar) -> bool:
    """Due within ESCALATE_WORKING_DAYS working days (holidays skipped), or overdue."""
    return deadlines.working_days_between(today, due, calendar) <= ESCALATE_WORKING_DAYS


def closes_on(case: Case, requests: RequestsConfig | None, timezone: str) -> date | None:
    """The day housekeeping closes an unconfirmed case: the day after the confirm-by
    date the letters print (letters.confirm_by); None: it does not close it."""
    if requests is None or case.status != Status.AWAITING_IDENTITY:
        return None
    asked_on = deadlines.receipt_date(case.received_at, timezone)
    last = confirm_by(case.due, asked_on, requests)
    return last + timedelta(days=1) if last is not None else None


def digest_data(
    cases: Iterable[Case],
    outbox_failed: Sequence[dict[str, Any]],
    quarantined: Sequence[dict[str, Any]],
    today: date,
    calendar: deadlines.Calendar,
    reminder_days: Sequence[int] = (7, 2),
    timezone: str = "Europe/Helsinki",
    requests: RequestsConfig | None = None,
) -> dict[str, Any]:
    """The digest's content for ``today``; closed cases in ``cases`` are ignored.
    Days are counted in the controller's ``timezone``, as ``today`` is.

    Every open case lands in one deadline bucket (overdue, due today or
    tomorrow, due within 7 days) by its effective due date; cases awaiting
    confirmation, cases still in triage and cases whose extension decision is
    near are listed again in their own sections; ``all_open`` lists every
    open case, most urgent first, and ``auto_close`` the unconfirmed cases
    the bot will close (by ``requests``; None: it closes none).
    """
    open_cases = (c for c in cases if c.is_open)  # one at a time: thousands may be open
    all_open: list[dict[str, Any]] = []
    overdue, due_soon, due_week = [], [], []
    awaiting, extension, triage, auto_close = [], [], [], []
    for case in open_cases:
        line = case_line(case, today)
        all_open.append(line)
        closing = closes_on(case, requests, timezone)
        if closing is not None:
            auto_close.append(line | {"closes_on": max(closing, today)})
        left = line["days_left"]
        if left < 0:
            overdue.append(line)
        elif left <= DUE_SOON_DAYS:
            due_soon.append(line)
        elif left <= DUE_WEEK_DAYS:
            due_week.append(line)
        if case.status == Status.AWAITING_IDENTITY:
            received = deadlines.receipt_date(case.received_at, timezone)
            awaiting.append(line | {"waiting_days": max(0, (today - received).days)})
        if case.status == Status.TRIAGE or not case.kinds:
            triage.append(line)
        if (
            case.status != Status.EXTENDED
            and today <= case.due
            and today >= extension_window_opens(case, calendar, reminder_days)
        ):
            extension.append(line | {"decide_by": decide_by(case, today, calendar)})
    failed_lines = [
        {
            "case_id": d.get("case_id") or "-",
            "to": d.get("to", ""),
            "error": d.get("error") or "",
            "since": _when(d.get("first_failure_at") or d.get("created_at")),
        }
        for d in outbox_failed
    ]
    quarantine_lines = [
        {
            "number": n,
            "id": m.get("message_id", ""),
            "sender": m.get("from_addr") or "",
            "subject": m.get("subject") or "",
            "spoofed": m.get("outcome") == "spoofed",
            "reason": m.get("detail") or m.get("outcome") or "",
            "since": _when(m.get("taken_at") or m.get("received_at")),
        }
        for n, m in sorted(
            enumerate(quarantined, start=1), key=lambda nm: _taken(nm[1]), reverse=True
        )[:QUARANTINE_SHOWN]
    ]
    return {
        "today": today,
        "open_total": len(all_open),
        "overdue": _order(overdue),
        "due_soon": _order(due_soon),
        "due_week": _order(due_week),
        "awaiting_confirmation": sorted(
            awaiting, key=lambda c: (-c["waiting_days"], c["due"], c["case_id"])
        ),
        "extension_decision": _order(extension),
        "triage": _order(triage),
        "all_open": _order(all_open),
        "auto_close": sorted(auto_close, key=lambda c: (c["closes_on"], c["case_id"])),
        "failed_outgoing": failed_lines,
        "quarantined": quarantine_lines,
        "quarantined_total": len(quarantined),
    }


#: Quarantined messages listed by name in the digest (the newest); the rest are counted.
QUARANTINE_SHOWN = 5


def _taken(m: dict[str, Any]) -> str:
    return str(m.get("taken_at") or m.get("received_at") or "")


def _when(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def all_clear(data: dict[str, Any]) -> bool:
    """Nothing for staff to do: the digest's templates say "all clear" on the same test."""
    return not (
        data["open_total"]
        or data["failed_outgoing"]
        or data["quarantined"]
        or data.get("unanswered_notices")
        or data.get("restrictions_ending")
    )


# --- from the store -------------------------------------------------------------------


def local_now(cfg: Config, now: datetime) -> datetime:
    return now.astimezone(ZoneInfo(cfg.controller.timezone))


def quarantined_messages(store: CaseStore) -> list[dict[str, Any]]:
    """Quarantined messages, oldest first: their numbers are what #release takes."""
    found = store.messages(lambda m: m.get("folder") == "quarantine")
    return sorted(found, key=lambda m: (str(m.get("taken_at") or ""), str(m.get("message_id"))))


def suppressed_since(store: CaseStore, since: datetime) -> int:
    count = 0
    for entry in store.suppression_list():
        added = _when(entry.get("added"))
        if added is not None and added >= since:
            count += 1
    return count


def build(ctx: Context) -> dict[str, Any]:
    """The template context of today's digest, from the store."""
    now = local_now(ctx.cfg, ctx.now())
    data = digest_data(
        ctx.store.each_case(open_only=True),
        outbox_failed(ctx.store),
        quarantined_messages(ctx.store),
        now.date(),
        ctx.calendar,
        ctx.cfg.deadlines.reminder_working_days,
        ctx.cfg.controller.timezone,
        requests=ctx.cfg.requests,
    )
    data["restrictions_ending"] = restrictions_ending(ctx.store.restricted_cases(), now.date())
    data["controller"] = controller_context(ctx.cfg)
    data["generated_at"] = now
    data["suppressed_last_day"] = suppressed_since(ctx.store, now - timedelta(days=1))
    with_notices = runcases.with_notices(ctx.store, ctx.run)
    data["unanswered_notices"] = art19.unanswered(
        ctx.cfg, with_notices, ctx.now(), art19.sent_times(ctx.store, with_notices)
    )
    return data


def render(ctx: Context, data: dict[str, Any]) -> tuple[str, str, str | None]:
    """(subject, text, html) in the controller's default language."""
    r = ctx.renderer.render("staff_digest", ctx.cfg.staff_language, data)
    return r.subject, r.text, r.html


# --- when --------------------------------------------------------------------------------


def digest_clock(cfg: Config) -> time:
    hours, _, minutes = cfg.staff.digest_time.partition(":")
    return time(int(hours), int(minutes or 0))


def is_digest_day(cfg: Config, day: date) -> bool:
    return WEEKDAYS[day.weekday()] in {d.lower()[:3] for d in cfg.staff.digest_days}


def sent_key(day: date) -> str:
    return f"digest_sent:{day.isoformat()}"


def next_digest(cfg: Config, store: CaseStore, now: datetime) -> datetime | None:
    """When the next digest goes out (local time); None if no day is configured."""
    local = local_now(cfg, now)
    at = digest_clock(cfg)
    for offset in range(8):
        day = local.date() + timedelta(days=offset)
        if not is_digest_day(cfg, day) or store.get_state(sent_key(day)):
            continue
        when = datetime.combine(day, at, tzinfo=local.tzinfo)
        return max(when, local) if offset == 0 else when
    return None


def digest_due(ctx: Context) -> bool:
    """Today is a digest day, its time has come and today's digest has not gone out.

    A daemon that was down at digest time catches up at its first run later the
    same day; a day that passed entirely is not sent afterwards.
    """
    local = local_now(ctx.cfg, ctx.now())
    if not is_digest_day(ctx.cfg, local.date()) or local.time() < digest_clock(ctx.cfg):
        return False
    return not ctx.store.get_state(sent_key(local.date()))


def queue_digest(ctx: Context, data: dict[str, Any]) -> list[str]:
    """Queue the digest to every ``[staff] notify`` address; returns the Message-IDs."""
    lang = ctx.cfg.staff_language
    return [
        queue_mail(ctx, None, "staff_digest", lang, data, to=addr, audience="staff")
        for addr in ctx.cfg.staff.notify
    ]


def digest_once(ctx: Context) -> bool:
    """Queue today's digest if it is due. True if something was queued."""
    if not digest_due(ctx):
        return False
    data = build(ctx)
    day = data["today"]
    with ctx.store.transaction():
        if all_clear(data) and not ctx.cfg.staff.digest_all_clear:
            ctx.store.set_state(sent_key(day), "skipped: all clear")
            return False
        ids = queue_digest(ctx, data)
        ctx.store.set_state(sent_key(day), ctx.now().isoformat())
    log.info("digest %s queued to %d address(es)", day, len(ids))
    return bool(ids)


# --- escalation ---------------------------------------------------------------------------


def escalation_key(case_id: str, day: date) -> str:
    return f"escalated:{case_id}:{day.isoformat()}"


def escalation_once(ctx: Context) -> int:
    """Tell ``[staff] escalation`` about cases due within ESCALATE_WORKING_DAYS working
    days (holidays skipped) or overdue, once a day per case."""
    if not ctx.cfg.staff.escalation:
        return 0
    today = local_now(ctx.cfg, ctx.now()).date()
    by_due: dict[date, bool] = {}  # many cases share a due date: count working days once

    def due_soon(due: date) -> bool:
        if due not in by_due:
            by_due[due] = escalate(due, today, ctx.calendar)
        return by_due[due]

    lines = [
        case_line(c, today)
        for c in runcases.due_soon(ctx.store, ctx.run, today, due_soon)
        if not ctx.store.get_state(escalation_key(c.id, today))
    ]
    if not lines:
        return 0
    context = {
        "controller": controller_context(ctx.cfg),
        "today": today,
        "cases": _order(lines),
    }
    lang = ctx.cfg.staff_language
    with ctx.store.transaction():
        for addr in ctx.cfg.staff.escalation:
            queue_mail(ctx, None, "staff_escalation", lang, context, to=addr, audience="staff")
        for line in lines:
            ctx.store.set_state(escalation_key(line["case_id"], today), ctx.now().isoformat())
    log.info("escalation: %d case(s) to %d address(es)", len(lines), len(ctx.cfg.staff.escalation))
    return len(lines)
