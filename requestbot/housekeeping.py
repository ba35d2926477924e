"""Periodic work derived from the store: heartbeat, digest, escalation, alerts.

``housekeeping_once`` runs every minute; each part decides from the store
whether anything is due, so a restart or a missed run loses nothing and
nothing is done twice:

* ``digest.digest_once``       the daily staff digest ("digest_sent:<date>")
* ``digest.escalation_once``   cases due tomorrow or overdue ("escalated:<case>:<date>")
* ``alerts_once``              health alerts, rate-limited per kind ("alert:<kind>")
* ``reminders_once``           requester reminder and closing of unconfirmed cases (§1.3)
* ``retention.retention_once`` purge of old personal data, daily ("retention_ran:<date>")
* ``art19.notices_once``       Art 19 notices unanswered too long, noted on the case, daily

A part that fails is logged and the others still run; a StoreError goes up
to the daemon, which retries later.

The parts read the cases they look at from one ``runcases.RunCases`` per run
(each case decoded once, read again after a write), not each from the whole store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from . import art19, digest, retention
from .errors import StoreError
from .letters import confirm_by
from .model import Case, Status
from .pipeline import (
    BOT,
    Context,
    add_our_message_id,
    alert_context,
    asked_on,
    case_context,
    notify_staff,
    queue_mail,
)
from .runcases import RunCases, awaiting_identity

log = logging.getLogger("requestbot.housekeeping")
audit = logging.getLogger("requestbot.audit")

LOGIN_WORDS = ("login", "authentication", "authenticationfailed", "auth failed")


def housekeeping_once(ctx: Context) -> None:
    now = ctx.now()
    ctx.renderer.check_changes()  # templates edited since the last run are used now
    ctx.store.set_state("heartbeat", now.isoformat())
    if ctx.store.get_state("housekeeping_since") is None:
        ctx.store.set_state("housekeeping_since", now.isoformat())
    parts: tuple[Callable[[Context], Any], ...] = (
        reminders_once,
        digest.digest_once,
        digest.escalation_once,
        alerts_once,
        retention.retention_once,
        art19.notices_once,
    )
    today = digest.local_now(ctx.cfg, now).date()
    ctx.run = RunCases(  # the cases decoded once for the parts of this run
        ctx.store, today, lambda due: digest.escalate(due, today, ctx.calendar)
    )
    try:
        for part in parts:
            try:
                part(ctx)
            except StoreError:
                raise
            except Exception:  # noqa: BLE001 - one broken part must not stop the others
                log.exception("housekeeping: %s failed", part.__name__)
    finally:
        ctx.run = None


# --- health alerts ------------------------------------------------------------------------


def _parse(value: object) -> datetime | None:
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def alert_due(ctx: Context, kind: str) -> bool:
    """False while an alert of ``kind`` went out less than alert_interval_minutes ago."""
    last = ctx.store.get_state(f"alert:{kind}")
    at = _parse(last.get("at") if isinstance(last, dict) else last)
    interval = timedelta(minutes=ctx.cfg.staff.alert_interval_minutes)
    return at is None or ctx.now() - at >= interval


def send_alert(ctx: Context, kind: str, detail: str, **extra: Any) -> None:
    with ctx.store.transaction():
        notify_staff(ctx, None, "staff_alert", alert_context(ctx, kind, detail))
        ctx.store.set_state(f"alert:{kind}", {"at": ctx.now().isoformat(), **extra})
    log.warning("alert %s: %s", kind, detail.splitlines()[0] if detail else "")


def alerts_once(ctx: Context) -> list[str]:
    """Check the three health conditions; returns the kinds alerted now."""
    sent = []
    now, staff = ctx.now(), ctx.cfg.staff
    limit = timedelta(minutes=staff.alert_after_minutes)

    # 1. No successful fetch for alert_after_minutes (counted from start-up if never).
    last_ok = _parse(ctx.store.get_state("last_fetch_ok"))
    since = last_ok or _parse(ctx.store.get_state("housekeeping_since"))
    if since is not None and now - since >= limit and alert_due(ctx, "imap"):
        minutes = int((now - since).total_seconds() // 60)
        what = f"since {last_ok.isoformat()}" if last_ok else "since start-up"
        send_alert(ctx, "imap", f"No successful mailbox fetch for {minutes} minutes ({what}).")
        sent.append("imap")

    # 2. The mailbox login is failing.
    err = ctx.store.get_state("last_fetch_error")
    if isinstance(err, dict):
        err_at = _parse(err.get("at"))
        text = str(err.get("error", ""))
        recent = err_at is not None and now - err_at <= limit
        newer = err_at is not None and (last_ok is None or err_at > last_ok)
        if (
            recent
            and newer
            and any(w in text.lower() for w in LOGIN_WORDS)
            and alert_due(ctx, "imap_login")
        ):
            send_alert(ctx, "imap_login", f"The mailbox login fails: {text}")
            sent.append("imap_login")

    # 3. Outgoing mail failing: permanently failed items new since the last alert,
    #    or items that have been retried for longer than alert_after_minutes.
    last_alert = ctx.store.get_state("alert:smtp")
    last_id = int(last_alert.get("last_id", 0)) if isinstance(last_alert, dict) else 0
    # one scan of the outbox for both (outbox.failed and the stuck ones, in id order)
    found = ctx.store.outbox(
        lambda d: (
            d.get("status") == "failed"
            or (
                d.get("status") == "queued"
                and (first := _parse(d.get("first_failure_at"))) is not None
                and now - first >= limit
            )
        )
    )
    new_failed = sorted(
        (d for d in found if d.get("status") == "failed" and int(d["id"]) > last_id),
        key=lambda d: int(d["id"]),
    )
    stuck = [d for d in found if d.get("status") == "queued"]
    if (new_failed or stuck) and alert_due(ctx, "smtp"):
        lines = [
            f"- outbox {d['id']} case {d.get('case_id') or '-'} ({d.get('kind')}): {d.get('error')}"
            for d in sorted(new_failed + stuck, key=lambda d: int(d["id"]))
        ]
        top = max([last_id, *(int(d["id"]) for d in new_failed)])
        send_alert(ctx, "smtp", "Outgoing mail is failing:\n" + "\n".join(lines[:50]), last_id=top)
        sent.append("smtp")
    return sent


# --- requester reminders (domain §1.3) ----------------------------------------------------


def queue_to_requester(ctx: Context, case: Case, template: str, **extra: Any) -> Case:
    parent = case.message_ids[0] if case.message_ids else None
    mid = queue_mail(
        ctx,
        case,
        template,
        case.language,
        case_context(ctx, case, **extra),
        to=case.requester_address,
        to_name=case.requester_name,
        audience="requester",
        in_reply_to=parent,
        references=case.message_ids[:1],
    )
    ctx.store.add_event(
        case.id, BOT, f"queued:{template}", "", at=ctx.now(), data={"message_id": mid}
    )
    return add_our_message_id(ctx, case, mid)


def reminders_once(ctx: Context) -> dict[str, list[str]]:
    """One confirm_reminder per unconfirmed case; close unconfirmed cases before the due date."""
    req = ctx.cfg.requests
    now = ctx.now()
    today = digest.local_now(ctx.cfg, now).date()
    done: dict[str, list[str]] = {"reminded": [], "closed": []}
    for case in awaiting_identity(ctx.store, ctx.run):
        # The window runs from when we asked, never from receipt (domain §1.3); a
        # request read when its due date was already near is left to staff.
        events = ctx.store.events(case.id)
        asked = asked_on(ctx, case, events)
        last_day = confirm_by(case.due, asked, req)
        if last_day is not None and today > last_day:
            with ctx.store.transaction():
                case = queue_to_requester(ctx, case, "unconfirmed_close", asked_on=asked)
                ctx.store.transition(
                    case.id,
                    Status.REFUSED,
                    actor=BOT,
                    at=now,
                    reason="address never confirmed (Art 11(2), 12(2), 12(6))",
                    outcome="unconfirmed",
                )
            audit.info("case=%s step=housekeeping outcome=closed_unconfirmed", case.id)
            done["closed"].append(case.id)
            continue
        reminded = any(ev.action == "confirm_reminder" for ev in events)
        if reminded or (today - asked).days < req.confirm_reminder_days:
            continue
        with ctx.store.transaction():
            case = queue_to_requester(ctx, case, "confirm_reminder", asked_on=asked)
            ctx.store.add_event(case.id, BOT, "confirm_reminder", "reminder queued", at=now)
        audit.info("case=%s step=housekeeping outcome=confirm_reminder", case.id)
        done["reminded"].append(case.id)
    return done
