"""Art 19: recipients told by mail, and tracked until they answer.

When a case with erasure, rectification or restriction is carried out (``#done``),
every connected system of its checklist that has a ``notice_address`` in its
``[[systems]]`` entry and is still open gets the ``art19_notice`` letter in the
system's ``notice_language``: what to do, for whom, and the case reference. The
notice's Message-ID joins the case, and the system's row becomes ``notified``,
which the final letter counts as told (letters.letter_systems).

An answer that threads on that Message-ID (In-Reply-To / References) and comes
from the notice address's domain marks the row ``answered`` and tells staff
(``step_recipient_answer``, a pipeline step before the requester-reply step).
A notice without an answer after ``[requests] notice_answer_days`` is listed in
the digest and recorded once on the case (``notices_once``). Staff can still
set the row by hand with ``#system NAME done``.

Case.notices keeps, per system: ``to``, ``message_id``, ``sent_at``,
``language`` and, once known, ``answered_at`` / ``answer_from`` /
``reported_unanswered_at``.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import datetime, timedelta
from typing import Any

from . import runcases
from .cases import CaseStore, normalise_address
from .config import Config, SystemConfig
from .model import Case, Kind
from .pipeline import (
    BOT,
    Context,
    Disposition,
    Folder,
    Item,
    add_our_message_id,
    case_context,
    controller_context,
    notify_staff,
    queue_mail,
    staff_text,
)

log = logging.getLogger("requestbot.art19")
audit = logging.getLogger("requestbot.audit")

#: The kinds whose carrying out must be passed on to recipients (Art 19, first sentence).
ART19_KINDS: tuple[Kind, ...] = (Kind.RECTIFICATION, Kind.ERASURE, Kind.RESTRICTION)
NOTIFIED, ANSWERED = "notified", "answered"
#: Row states that need nothing more from staff before the case can be closed.
SETTLED = frozenset({"done", "n/a", NOTIFIED, ANSWERED})


def art19_kinds(case: Case) -> list[str]:
    """The case's kinds to pass on; a part staff refused (#refuse partial) is not."""
    return [k.value for k in ART19_KINDS if k in case.kinds and k not in case.facts.refused_kinds]


def notice_systems(cfg: Config, case: Case) -> list[SystemConfig]:
    """The systems to notify now: on the case's checklist, with a notice address, still open."""
    if not art19_kinds(case):
        return []
    wanted = {k.value for k in case.kinds if k not in case.facts.refused_kinds}
    return [
        s
        for s in cfg.systems
        if s.notice_address
        and set(s.kinds) & wanted
        and case.systems.get(s.name, "open") == "open"
        and s.name not in case.notices
    ]


def notice_language(cfg: Config, system: SystemConfig) -> str:
    return system.notice_language or cfg.controller.default_language


def send_notices(ctx: Context, case: Case, actor: str, *, hold: str = "") -> tuple[Case, list[str]]:
    """Queue one notice per system to notify (inside the caller's transaction);
    returns the updated case and the names of the systems told. With ``hold`` the
    notices wait with the final answer until the requester's address is confirmed
    (``pipeline.release_held`` sends them together)."""
    told: list[str] = []
    now = ctx.now()
    answer_by = (now + timedelta(days=ctx.cfg.requests.notice_answer_days)).date()
    for system in notice_systems(ctx.cfg, case):
        lang = notice_language(ctx.cfg, system)
        context = {
            "controller": controller_context(ctx.cfg),
            "case_id": case.id,
            "system_name": system.name,
            "actions": art19_kinds(case),
            "requester_name": case.requester_name,
            "requester_address": case.requester_address,
            "received_at": case.received_at,
            "answer_by": answer_by,
        }
        mid = queue_mail(
            ctx,
            case,
            "art19_notice",
            lang,
            context,
            to=system.notice_address,
            audience="recipient",
            hold=hold,
        )
        if not mid:
            continue
        case = add_our_message_id(ctx, case, mid)
        notice = {
            "to": system.notice_address,
            "message_id": mid,
            "sent_at": now.isoformat(),
            "language": lang,
        }
        case = ctx.store.save_case(
            dataclasses.replace(
                case,
                systems={**case.systems, system.name: NOTIFIED},
                notices={**case.notices, system.name: notice},
            )
        )
        ctx.store.add_event(
            case.id,
            actor,
            "art19_notice",
            f"{system.name}: {system.notice_address}",
            at=now,
            data={"system": system.name, "message_id": mid},
        )
        told.append(system.name)
        audit.info("case=%s art19_notice system=%s", case.id, system.name)
    return case, told


def _domain(address: str) -> str:
    return normalise_address(address).rpartition("@")[2]


def answered_system(case: Case, refs: list[str], from_addr: str) -> str | None:
    """The system whose notice this message answers (threaded on its Message-ID, from the
    notice address's domain), or None."""
    for name, n in case.notices.items():
        if n.get("message_id") in refs and _domain(from_addr) == _domain(n.get("to", "")):
            return name
    return None


def step_recipient_answer(ctx: Context, item: Item) -> Disposition | None:
    msg = item.msg
    refs = [m for m in (msg.in_reply_to, *msg.references) if m]
    for mid in refs:
        case = ctx.store.find_case_by_message_id(mid)
        if case is None or not case.notices:
            continue
        system = answered_system(case, refs, msg.from_addr)
        if system is None:
            continue
        now = ctx.now()
        notice = {
            **case.notices[system],
            "answered_at": now.isoformat(),
            "answer_from": normalise_address(msg.from_addr),
        }
        state = case.systems.get(system, NOTIFIED)
        systems = {**case.systems, system: ANSWERED if state == NOTIFIED else state}
        case = ctx.store.save_case(
            dataclasses.replace(
                case,
                systems=systems,
                notices={**case.notices, system: notice},
                message_ids=(*case.message_ids, msg.message_id),
            )
        )
        ctx.store.add_event(
            case.id,
            msg.from_addr,
            "art19_notice_answered",
            f"{system}: {msg.subject[:200]}",
            at=now,
            data={"system": system, "message_id": msg.message_id},
        )
        notify_staff(
            ctx,
            case,
            "staff_recipient_answered",
            case_context(
                ctx, case, system_name=system, reply_from=msg.from_addr, **staff_text(msg.new_text)
            ),
        )
        audit.info("case=%s art19_answer system=%s", case.id, system)
        return Disposition("recipient", "recipient_answered", Folder.PROCESSED, case.id)
    return None


def sent_times(store: CaseStore, cases: list[Case]) -> dict[str, datetime]:
    """Message-ID -> when the server accepted it, for the notices of ``cases``
    (a notice held with the final answer counts from when it went out)."""
    out: dict[str, datetime] = {}
    for case in cases:
        wanted = {n.get("message_id") for n in case.notices.values()}
        for d in store.outbox_docs(case.id):
            if d.get("message_id") in wanted and d.get("sent_at"):
                out[str(d["message_id"])] = datetime.fromisoformat(str(d["sent_at"]))
    return out


def unanswered(
    cfg: Config, cases: list[Case], now: datetime, sent: dict[str, datetime] | None = None
) -> list[dict[str, Any]]:
    """Notices still waiting for an answer after ``notice_answer_days``, oldest first.
    With ``sent`` (``sent_times``) a notice counts from its delivery, and one not yet
    delivered is not listed."""
    limit = timedelta(days=cfg.requests.notice_answer_days)
    out = []
    for case in cases:
        for name, n in case.notices.items():
            if n.get("answered_at") or case.systems.get(name) != NOTIFIED:
                continue  # answered, or staff have settled the row by hand
            if sent is not None:
                if n.get("message_id") not in sent:
                    continue  # still held or queued
                when: datetime | None = sent[str(n["message_id"])]
            else:
                try:
                    when = datetime.fromisoformat(str(n.get("sent_at")))
                except ValueError:
                    when = None
            if when is None:
                continue
            sent_at = when
            if now - sent_at >= limit:
                out.append(
                    {
                        "case_id": case.id,
                        "system": name,
                        "to": n.get("to", ""),
                        "sent_at": sent_at,
                        "days": (now - sent_at).days,
                    }
                )
    out.sort(key=lambda d: (d["sent_at"], d["case_id"]))
    return out


def notices_once(ctx: Context) -> int:
    """Once a day (state ``art19_checked:<date>``): record on each case the notices that
    went unanswered past the limit (once per notice); returns how many were recorded."""
    now = ctx.now()
    key = f"art19_checked:{now.date().isoformat()}"
    if ctx.store.get_state(key):
        return 0
    found = 0
    cases = runcases.with_notices(ctx.store, ctx.run)  # read before the transaction starts
    with ctx.store.transaction():
        for row in unanswered(ctx.cfg, cases, now, sent_times(ctx.store, cases)):
            case = ctx.store.require_case(row["case_id"])
            notice = case.notices[row["system"]]
            if notice.get("reported_unanswered_at"):
                continue
            ctx.store.save_case(
                dataclasses.replace(
                    case,
                    notices={
                        **case.notices,
                        row["system"]: {**notice, "reported_unanswered_at": now.isoformat()},
                    },
                )
            )
            ctx.store.add_event(
                case.id,
                BOT,
                "art19_notice_unanswered",
                f"{row['system']}: no answer in {row['days']} days",
                at=now,
                data={"system": row["system"]},
            )
            found += 1
        ctx.store.set_state(key, found)
    return found
