"""Retention of the bot's own records (domain.md §6).

Three steps, each listed by ``plan`` and carried out by ``apply``:

* ``bodies``       ``[retention] message_body_days`` after a case closed: the raw
                   bodies of its outgoing mail and the free text of its events go.
* ``purge_case``   ``closed_case_months`` after a case closed: its personal data go
                   (requester, subject, matched text, message ids, event texts,
                   outgoing mail); the anonymous skeleton stays (id, kinds,
                   language, dates, status, outcome) with ``purged=True``.
* ``message_log``  records of taken-in messages older than ``log_days`` lose
                   their Message-ID and detail text (a redelivered message that
                   old is no longer recognised as a duplicate).

The plan only lists what still holds data, so ``apply`` is idempotent. The
suppression list is never touched: it must outlive the cases (§6 point 3).
Store access goes through ``CaseStore.table()`` documents and doc ids.
"""

from __future__ import annotations

import calendar
import dataclasses
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from . import mailretention
from .cases import CaseStore
from .config import Config
from .errors import RequestbotError
from .model import Case
from .outbox import sent_dir
from .pipeline import Context

log = logging.getLogger("requestbot.retention")
audit = logging.getLogger("requestbot.audit")

REDACTED = ""


@dataclass(frozen=True)
class Action:
    step: str  # bodies | purge_case | message_log
    target: str  # case id, or "messages"
    detail: str


def _months_ago(now: datetime, months: int) -> date:
    """The date ``months`` calendar months before ``now`` (end of month clamped)."""
    day = now.date()
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def _case_events(store: CaseStore, case_id: str) -> list[Any]:
    return store.event_docs(case_id)


def _case_outbox(store: CaseStore, case_id: str) -> list[Any]:
    return store.outbox_docs(case_id)


def _has_personal_data(case: Case) -> bool:
    return bool(
        case.requester_address
        or case.requester_name
        or case.subject
        or case.message_ids
        or case.our_message_ids
        or any(e.matched for e in case.evidence)
        or case.verification
        or case.extension_reasons
    )


def plan(cfg: Config, store: CaseStore, now: datetime) -> list[Action]:
    r = cfg.retention
    purge_before = _months_ago(now, r.closed_case_months)
    body_before = now - timedelta(days=r.message_body_days)
    actions: list[Action] = []
    for case in store.cases(lambda c: c.closed_at is not None and not c.is_open):
        assert case.closed_at is not None
        events = _case_events(store, case.id)
        mail = _case_outbox(store, case.id)
        if case.closed_at.date() < purge_before:
            if (
                _has_personal_data(case)
                or any(e.get("detail") for e in events)
                or any(m.get("raw") or m.get("raw_file") or m.get("to") for m in mail)
                or mailretention.case_mail_count(store, case.id)
            ):
                actions.append(
                    Action(
                        "purge_case",
                        case.id,
                        f"closed {case.closed_at.date()}: requester, subject, texts, "
                        f"{len(mail)} outgoing message(s)",
                    )
                )
        elif case.closed_at <= body_before:
            texts = sum(1 for e in events if e.get("detail") and _is_text_event(e))
            bodies = sum(1 for m in mail if m.get("raw") or m.get("raw_file"))
            bodies += mailretention.case_mail_count(store, case.id)
            if texts or bodies:
                actions.append(
                    Action(
                        "bodies",
                        case.id,
                        f"closed {case.closed_at.date()}: {bodies} mail body(ies), "
                        f"{texts} event text(s)",
                    )
                )
    archive_before = _months_ago(now, r.archive_after_months)
    busy = {a.target for a in actions}
    for case in store.cases(lambda c: c.closed_at is not None and not c.is_open):
        assert case.closed_at is not None
        # A case is archived once its other retention steps are done (a later run).
        if case.closed_at.date() < archive_before and case.id not in busy:
            actions.append(
                Action("archive", case.id, f"closed {case.closed_at.date()}: to the yearly archive")
            )
    for year in store.archive_years():
        due = [
            cid
            for cid, rec in store.read_archive(year).items()
            if _archived_purge_due(rec, purge_before)
        ]
        if due:
            actions.append(
                Action("purge_archive", str(year), f"{len(due)} archived case(s) to anonymise")
            )
    log_before = now - timedelta(days=r.log_days)
    old = sum(1 for _ in store.each_message(lambda m: _old_message(m, log_before)))
    if old:
        actions.append(
            Action("message_log", "messages", f"{old} record(s) taken in before {log_before}")
        )
    return actions


def _is_text_event(ev: dict[str, Any]) -> bool:
    """Events whose detail may quote what someone wrote (not the bot's own status notes)."""
    return not str(ev.get("action", "")).startswith(("status:", "opened", "mail_sent"))


def _old_message(m: dict[str, Any], before: datetime) -> bool:
    if m.get("redacted"):
        return False
    taken = m.get("taken_at") or m.get("received_at")
    try:
        return bool(taken) and datetime.fromisoformat(str(taken)) < before
    except ValueError:
        return False


# --- carrying out ------------------------------------------------------------------------


def purge_case(store: CaseStore, case: Case, now: datetime) -> None:
    skeleton = dataclasses.replace(
        case,
        requester_address=REDACTED,
        requester_name=REDACTED,
        subject=REDACTED,
        message_ids=(),
        our_message_ids=(),
        evidence=tuple(dataclasses.replace(e, matched=REDACTED) for e in case.evidence),
        verification=REDACTED,
        extension_reasons=REDACTED,
        purged=True,
    )
    with store.transaction():
        store.save_case(skeleton)
        events = store.table("events")
        for ev in _case_events(store, case.id):
            events.update({"detail": REDACTED, "data": {}}, doc_ids=[ev.doc_id])
        out = store.table("outbox")
        for m in _case_outbox(store, case.id):
            out.update(
                {
                    "raw": REDACTED,
                    "to": REDACTED,
                    "subject": REDACTED,
                    "smtp_reply": REDACTED,
                    "raw_file": REDACTED,
                },
                doc_ids=[m.doc_id],
            )
            _delete_body_file(store, m)
        msgs = store.table("messages")
        for m in store.message_docs(case.id):
            msgs.update({"message_id": REDACTED, "detail": REDACTED}, doc_ids=[m.doc_id])
        store.add_event(case.id, "requestbot", "purged", "", at=now)  # no text: stays purged
    mailretention.delete_case_mail(store, case.id)


def purge_bodies(store: CaseStore, case_id: str) -> None:
    with store.transaction():
        events = store.table("events")
        for ev in _case_events(store, case_id):
            if ev.get("detail") and _is_text_event(ev):
                events.update({"detail": REDACTED}, doc_ids=[ev.doc_id])
        out = store.table("outbox")
        for m in _case_outbox(store, case_id):
            if m.get("raw") or m.get("raw_file"):
                out.update({"raw": REDACTED, "raw_file": REDACTED}, doc_ids=[m.doc_id])
                _delete_body_file(store, m)
    mailretention.delete_case_mail(store, case_id)


def _archived_purge_due(rec: dict[str, Any], purge_before: date) -> bool:
    case = rec.get("case", {})
    closed = case.get("closed_at")
    return bool(
        closed
        and not case.get("purged")
        and datetime.fromisoformat(str(closed)).date() < purge_before
    )


def purge_archive(store: CaseStore, year: int, purge_before: date) -> int:
    """Anonymise archived cases the same way as live ones (``purge_case``)."""
    records = store.read_archive(year)
    changed = 0
    for rec in records.values():
        if not _archived_purge_due(rec, purge_before):
            continue
        case = rec["case"]
        case.update(
            requester_address=REDACTED,
            requester_name=REDACTED,
            subject=REDACTED,
            message_ids=[],
            our_message_ids=[],
            verification=REDACTED,
            extension_reasons=REDACTED,
            purged=True,
        )
        for e in case.get("evidence", []):
            e["matched"] = REDACTED
        for ev in rec.get("events", []):
            ev.update(detail=REDACTED, data={})
        for m in rec.get("outbox", []):
            m.update(to=REDACTED, subject=REDACTED, smtp_reply=REDACTED)
            _delete_body_file(store, m)
            m["raw_file"] = REDACTED
        for m in rec.get("messages", []):
            m.update(message_id=REDACTED, detail=REDACTED)
        changed += 1
    if changed:
        store.rewrite_archive(year, records)
    return changed


def _delete_body_file(store: CaseStore, item: Any) -> None:
    """Sent bodies live next to the store (outbox.sent_dir); they go with the record."""
    name = item.get("raw_file")
    if name:
        (sent_dir(store) / str(name)).unlink(missing_ok=True)


def redact_message_log(store: CaseStore, before: datetime) -> int:
    t = store.table("messages")
    old = [doc_id for doc_id, m in store.docs("messages").items() if _old_message(m, before)]
    with store.transaction():
        for doc_id in old:
            t.update(
                {
                    "message_id": REDACTED,
                    "detail": REDACTED,
                    "from_addr": REDACTED,
                    "subject": REDACTED,
                    "redacted": True,
                },
                doc_ids=[doc_id],
            )
    return len(old)


def apply(cfg: Config, store: CaseStore, now: datetime) -> list[Action]:
    """Carry out today's plan; returns what was done."""
    actions = plan(cfg, store, now)
    for action in actions:
        if action.step in ("purge_case", "bodies", "archive") and not store.get_case(action.target):
            continue  # gone since the plan was made
        if action.step == "purge_case":
            purge_case(store, store.require_case(action.target), now)
        elif action.step == "bodies":
            purge_bodies(store, action.target)
        elif action.step == "archive":
            store.archive_case(action.target)
        elif action.step == "purge_archive":
            purge_archive(
                store, int(action.target), _months_ago(now, cfg.retention.closed_case_months)
            )
        elif action.step == "message_log":
            redact_message_log(store, now - timedelta(days=cfg.retention.log_days))
        audit.info("retention step=%s target=%s", action.step, action.target)
    if actions:
        # The journal still holds the lines written before the purge: fold it into a
        # new snapshot so that what was removed is gone from the files too.
        store.storage.compact()
    return actions


_DATED_KEY = re.compile(r"(\d{4}-\d{2}-\d{2})")


def prune_state(store: CaseStore, before: date) -> int:
    """The bot's own bookkeeping (digest sent, escalated, alerts by hour, ...) is kept
    only as long as ``log_days``: drop dated state records older than ``before``."""
    removed = 0
    for key in store.state_keys():
        m = _DATED_KEY.search(key)
        if m and date.fromisoformat(m.group(1)) < before:
            store.delete_state(key)
            removed += 1
    return removed


def retention_once(ctx: Context) -> list[Action]:
    """Once a day from housekeeping (state ``retention_ran:<date>``)."""
    key = f"retention_ran:{ctx.now().date().isoformat()}"
    if ctx.store.get_state(key) is not None:  # 0 actions is a run too
        return []
    done = apply(ctx.cfg, ctx.store, ctx.now())
    pruned = prune_state(ctx.store, ctx.now().date() - timedelta(days=ctx.cfg.retention.log_days))
    ctx.store.set_state(key, len(done))
    try:
        for r in mailretention.run_with_own_connection(ctx.cfg, ctx.store, ctx.now()):
            if r.deleted or r.kept_unknown:
                log.info(
                    "mail retention: %s: %d deleted, %d kept for open cases, %d unknown kept",
                    r.folder,
                    r.deleted,
                    r.copied,
                    r.kept_unknown,
                )
    except RequestbotError as exc:  # the mailbox is away: the next day's run tries again
        log.warning("mail retention skipped: %s", exc)
    if pruned:
        log.info("retention: %d old state record(s) removed", pruned)
    if done:
        log.info("retention: %d action(s)", len(done))
    return done
