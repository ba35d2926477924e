"""The ordered steps a received message goes through, and the intake cycle.

Per message: spool -> dedupe -> automated? -> staff mail? -> reply to a case?
-> new request (classify, open a case, queue the acknowledgement and the staff
notification) -> move. Each step is a small function ``step(ctx, item)``
returning a Disposition (the message is decided) or None (next step). The
case change, the outgoing mail and the record of the message are written in
one store transaction; only then is the message moved out of the inbox.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from . import deadlines, outbox
from .authcheck import AuthVerdict, ExchangeStamp, authenticate, says_forged
from .automated import (
    CONTENT_REASON,
    HEURISTIC_AUTOMATED,
    LIKELY_MACHINE_FLAG,
    is_no_reply_address,
    reads_as_automatic,
)
from .budget import BudgetExceeded, time_budget
from .cases import CaseStore, normalise_address
from .config import Config
from .errors import StoreError
from .intake import strip_subject_prefixes
from .letters import checklist as checklist
from .letters import confirm_by, systems_context
from .letters import controller_context as controller_context
from .model import Case, CaseEvent, Classification, InboundMessage, Kind, Status, sort_kinds
from .runcases import RunCases
from .safetext import cap_text, display_name, quote_lines
from .templates import Renderer
from .understand import language
from .workers import MIN_BATCH, Prepared, Settings, read_message, understanding

log = logging.getLogger("requestbot.pipeline")
audit = logging.getLogger("requestbot.audit")

BOT = "requestbot"
MAX_ATTEMPTS = 3


class Folder(enum.StrEnum):
    PROCESSED = "processed"
    AUTOMATED = "automated"
    QUARANTINE = "quarantine"
    KEEP = "keep"  # leave it where it is (try again next cycle)


@dataclass(frozen=True)
class Disposition:
    step: str
    outcome: str
    folder: Folder = Folder.PROCESSED
    case_id: str | None = None
    detail: str = ""


@dataclass
class Item:
    """One message on its way through the steps."""

    raw: bytes
    received_at: datetime
    msg: InboundMessage
    archive: bool = False
    truncated: bool = False
    released_by: str = ""  # a staff member took it out of quarantine (#release)
    #: ``classify(msg)`` worked out ahead (workers.py); used only while ``msg`` is
    #: still the message it was worked out for (a step may replace ``msg``).
    classification: Classification | None = None
    classified: InboundMessage | None = None
    #: ``classify_received(msg)`` worked out ahead, for the automated step, likewise.
    received: tuple[InboundMessage, Classification] | None = None
    received_for: InboundMessage | None = None


RELEASE_PREFIX = "release:"


@dataclass
class Context:
    cfg: Config
    store: CaseStore
    renderer: Renderer
    now: Callable[[], datetime]
    calendar: deadlines.Calendar = field(init=False)
    staff_handler: Callable[[Context, Item], Disposition | None] | None = None
    run: RunCases | None = None  # set by housekeeping_once for one run (runcases.py)
    #: Set by Runner.process_batch for a batch in worker processes: the letters' bytes
    #: are built there (workers.Letters) and stored before the batch's transaction ends.
    letters: Any = None

    def __post_init__(self) -> None:
        d = self.cfg.deadlines
        self.calendar = deadlines.Calendar(
            self.cfg.controller.country,
            d.christmas_eve_is_holiday,
            self.cfg.extra_non_working_days,
        )


Step = Callable[[Context, Item], Disposition | None]


# --- context for templates ---------------------------------------------------------


def case_context(ctx: Context, case: Case, **extra: Any) -> dict[str, Any]:
    """Every variable the case templates use; templates take what they need."""
    cfg = ctx.cfg
    needs_confirmation = not case.address_verified and needs_genuine_address(cfg, case.kinds)
    base: dict[str, Any] = {
        "controller": controller_context(cfg, case.language),
        "case_id": case.id,
        "requester_name": display_name(case.requester_name),
        "requester_address": case.requester_address,
        "language": case.language,
        "kinds": [k.value for k in case.kinds],
        "received_at": case.received_at,
        "due": case.effective_due,
        "original_due": case.due,
        "extension_limit": case.extended_due,
        "extended_due": case.extended_due,
        "status": case.status.value,
        "original_subject": case.subject,
        "address_verified": case.address_verified,
        "verification": case.verification,
        "needs_confirmation": needs_confirmation,
        "confirm_by": (
            confirm_by(case.due, asked_on(ctx, case), cfg.requests) if needs_confirmation else None
        ),
        "evidence": [
            {
                "rule": e.rule,
                "kind": e.kind.value if e.kind else None,
                "matched": e.matched,
                "negative": e.negative,
            }
            for e in case.evidence
            if not e.negative
        ],
        "checklist": checklist(cfg, case),
        **systems_context(cfg, case),
        "on_behalf_of_child": case.on_behalf_of_child,
        "other_addresses": list(case.facts.other_addresses),
        "flags": [],
        "requester_text": "",
        "text": "",
        "text_truncated": False,
        "note": "",
    }
    base.update(extra)
    return base


def sender_verdict(cfg: Config, msg: InboundMessage, mode: str = "") -> AuthVerdict:
    """Is the From address genuine, by what the receiving service wrote ([staff] authentication)."""
    mode = mode or cfg.staff.authentication
    return authenticate(
        mode="dmarc_or_dkim" if mode == "none" else mode,
        authserv_id=cfg.staff.authserv_id,
        auth_results=msg.auth_results,
        exchange=ExchangeStamp(msg.exchange_auth_as, msg.exchange_auth_source),
        from_address=msg.from_addr,
    )


#: outbox "hold" of an answer waiting for the requester's confirmation.
HOLD_UNCONFIRMED = "unconfirmed"


def must_hold_answer(cfg: Config, case: Case) -> bool:
    """An answer on this case would go to an unconfirmed address although its kinds need a
    genuine one ([requests] confirm_kinds): the request may be forged, so the answer
    (personal data, or word that data was erased/restricted) waits for confirmation."""
    return not case.address_verified and needs_genuine_address(cfg, case.kinds)


def release_held(ctx: Context, case: Case, actor: str) -> Case:
    """Queue the answers held for confirmation; a held completion closes the case now."""
    now = ctx.now()
    held = [
        d
        for d in ctx.store.outbox_docs(case.id)
        if d.get("status") == "held" and d.get("hold") == HOLD_UNCONFIRMED
    ]
    for d in held:
        ctx.store.update_outbox(int(d.doc_id), status="queued", next_attempt_at=now.isoformat())
        ctx.store.add_event(case.id, actor, "held_answer_released", str(d.get("kind")), at=now)
    if any(d.get("kind") == "completion" for d in held) and case.is_open:
        case = ctx.store.transition(
            case.id,
            Status.COMPLETED,
            actor=actor,
            at=now,
            reason="held answer sent after the address was confirmed",
            outcome="partially_refused" if case.facts.refused_reasons else "completed",
        )
    return case


def _phrases(value: str) -> list[str]:
    return [p.strip().casefold() for p in value.split(",") if p.strip()]


def is_confirmation(ctx: Context, text: str) -> bool:
    """An explicit, positive answer: the reply opens with a "yes" word of terms.toml
    [confirmation] (any language) and contains none of its "no" words."""
    words = " ".join(re.sub(r"[^\w'’]+", " ", text[:600].casefold()).split())
    if not words or len(text.strip()) > 500 or reads_as_automatic(text):
        return False  # "Yes\n\nI am out of office until ..." is a vacation notice
    yes = no = False
    for lang in ctx.cfg.controller.languages:
        table = ctx.renderer.terms(lang).get("confirmation", {})
        for phrase in _phrases(table.get("yes", "")):
            yes = yes or words == phrase or words.startswith(phrase + " ")
        for phrase in _phrases(table.get("no", "")):
            no = no or f" {phrase} " in f" {words} "
    return yes and not no


def asked_on(ctx: Context, case: Case, events: list[CaseEvent] | None = None) -> date:
    """The day (controller's time zone) we first asked the requester to confirm:
    the day of the first acknowledgement, else today (the ack being written now).
    ``events``: the case's events when the caller has read them already."""
    for ev in ctx.store.events(case.id) if events is None else events:
        if ev.action.startswith("queued:ack"):
            return ev.at.astimezone(tz(ctx)).date()
    return ctx.now().astimezone(tz(ctx)).date()


def needs_genuine_address(cfg: Config, kinds: tuple[Kind, ...]) -> bool:
    return bool({k.value for k in kinds} & set(cfg.requests.confirm_kinds))


def queue_mail(
    ctx: Context,
    case: Case | None,
    template: str,
    lang: str,
    context: dict[str, Any],
    *,
    to: str,
    to_name: str = "",
    audience: str,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    attachments: tuple[tuple[str, str, bytes], ...] = (),
    hold: str = "",
    not_before: datetime | None = None,
) -> str:
    """Render, compose and store one message; returns its Message-ID.

    ``hold`` stores it with status "held" (``release_held`` queues it later);
    ``not_before`` delays its first sending attempt."""
    if normalise_address(to) in ctx.cfg.own_addresses:
        log.warning("not sending %s to our own address (a mail loop otherwise)", template)
        return ""
    if audience == "requester" and is_no_reply_address(to):
        log.warning("not sending %s to a no-reply address", template)
        return ""
    rendered = ctx.renderer.render(template, lang, context)
    item, letter = outbox.prepare(
        ctx.cfg,
        to=to,
        to_name=to_name,
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        case_id=case.id if case else None,
        kind=template,
        audience=audience,
        in_reply_to=in_reply_to,
        references=references,
        now=ctx.now(),
        auto_reply=audience == "requester",
        attachments=attachments,
    )
    if ctx.letters is None:
        item["raw"] = outbox.build_raw(letter)
    if hold:
        item["status"], item["hold"] = "held", hold
    if not_before is not None:
        item["next_attempt_at"] = not_before.isoformat()
    outbox_id = outbox.queue(ctx.store, item)
    if ctx.letters is not None:
        ctx.letters.add(outbox_id, letter)  # its bytes are stored before the batch ends
    return str(item["message_id"])


def notify_staff(ctx: Context, case: Case | None, template: str, context: dict[str, Any]) -> None:
    """Queue a staff message; its Message-ID joins the case so staff replies find it."""
    lang = ctx.cfg.staff_language
    for addr in ctx.cfg.staff.notify:
        mid = queue_mail(ctx, case, template, lang, context, to=addr, audience="staff")
        if case is not None and mid:
            ctx.store.add_our_message_id(case.id, mid)


def add_our_message_id(ctx: Context, case: Case, message_id: str) -> Case:
    """``CaseStore.add_our_message_id``, and the case as stored now."""
    ctx.store.add_our_message_id(case.id, message_id)
    return ctx.store.require_case(case.id)


def acks_sent_today(ctx: Context, address: str) -> int:
    zone = tz(ctx)
    today = ctx.now().astimezone(zone).date()
    return sum(
        1
        for item in ctx.store.outbox_to(address)
        if item.get("audience") == "requester"
        and datetime.fromisoformat(item["created_at"]).astimezone(zone).date() == today
    )


def tz(ctx: Context) -> ZoneInfo:
    return ZoneInfo(ctx.cfg.controller.timezone)


def may_answer(ctx: Context, address: str) -> tuple[bool, bool]:
    """(may send a normal answer, may send the one rate-limit notice) for today."""
    sent = acks_sent_today(ctx, address)
    limit = ctx.cfg.requests.max_acks_per_sender_per_day
    return sent < limit, sent == limit


def ack_slot(ctx: Context) -> datetime | None:
    """When this automatic answer may go: None (now) or the start of a later hour.

    At most ``[requests] max_acks_per_hour`` answers per clock hour to all senders
    together: during a flood of (forged) requests the rest are held for the next
    hours, not dropped, so the company cannot be used as a relay."""
    limit = ctx.cfg.requests.max_acks_per_hour
    now = ctx.now()
    hour = now.replace(minute=0, second=0, microsecond=0)
    slots = {
        h: int(n)
        for h, n in (ctx.store.get_state(ACK_SLOTS) or {}).items()
        if datetime.fromisoformat(h) >= hour
    }
    slot = hour
    while slots.get(slot.isoformat(), 0) >= limit:
        slot += timedelta(hours=1)
    slots[slot.isoformat()] = slots.get(slot.isoformat(), 0) + 1
    ctx.store.set_state(ACK_SLOTS, slots)
    if slot == hour:
        return None
    held = sum(n for h, n in slots.items() if h != hour.isoformat())
    flood_alert(
        ctx,
        ACK_FLOOD,
        f"More than {limit} automatic answers this hour ([requests] max_acks_per_hour): "
        f"{held} held for later hours, sent then, none dropped. Until the flood ends, "
        "new cases are not notified one by one: see `requestbot cases list` and the "
        "digest.",
    )
    return slot


def flood_alert(ctx: Context, state_key: str, detail: str) -> None:
    """Record that a flood goes on (state_key = now); alert staff at most once an hour."""
    now = ctx.now()
    last = ctx.store.get_state(state_key)
    ctx.store.set_state(state_key, now.isoformat())
    if last is None or now - datetime.fromisoformat(str(last)) > timedelta(hours=1):
        notify_staff(ctx, None, "staff_alert", alert_context(ctx, "flood", detail))


def in_flood(ctx: Context) -> bool:
    """Automatic answers were held within the last hour: staff notices are coalesced."""
    last = ctx.store.get_state(ACK_FLOOD)
    return last is not None and ctx.now() - datetime.fromisoformat(last) <= timedelta(hours=1)


ACK_SLOTS = "ack_slots"
ACK_FLOOD = "ack_flood"
REPEAT_TIMES = "repeat_notices"
REPEAT_FLOOD = "repeat_flood"


def repeats_flooding(ctx: Context) -> bool:
    """Staff notices of repeat requests within the last hour are over [requests]
    max_acks_per_hour (a second wave of the same forged senders): from then on they are
    coalesced, with one alert, as new cases are during a flood."""
    limit, now = ctx.cfg.requests.max_acks_per_hour, ctx.now()
    saved = ctx.store.get_state(REPEAT_TIMES)
    recent = [
        t
        for t in (saved if isinstance(saved, list) else [])
        if now - datetime.fromisoformat(str(t)) <= timedelta(hours=1)
    ]
    recent = [*recent, now.isoformat()][-(limit + 1) :]  # bounded: only "over?" matters
    ctx.store.set_state(REPEAT_TIMES, recent)
    if len(recent) <= limit:
        return False
    flood_alert(
        ctx,
        REPEAT_FLOOD,
        f"More than {limit} repeat requests within an hour ([requests] "
        "max_acks_per_hour): they joined their open cases and get no new answer. "
        "Until they stop, staff are not notified of them one by one: see "
        "`requestbot cases list` and the digest.",
    )
    return True


def answer_requester(ctx: Context, case: Case, template: str, item: Item, **extra: Any) -> Case:
    """Queue a message to the requester unless today's limit is reached; during a
    flood it waits for a free hour (ack_slot)."""
    ok, notice = may_answer(ctx, case.requester_address)
    if not ok and not notice:
        ctx.store.add_event(
            case.id, BOT, "reply_suppressed", f"{template}: daily limit", at=ctx.now()
        )
        return case
    name = template if ok else "rate_limited"
    if not ok:
        # The notice goes once, at the first message over the day's limit: the answered
        # ones and this one (L3: the count is today's, not the open cases' total).
        extra["message_count"] = acks_sent_today(ctx, case.requester_address) + 1
    not_before = ack_slot(ctx)
    mid = queue_mail(
        ctx,
        case,
        name,
        case.language,
        case_context(ctx, case, **extra),
        to=case.requester_address,
        to_name=case.requester_name,
        audience="requester",
        in_reply_to=item.msg.message_id,
        references=item.msg.references,
        not_before=not_before,
    )
    data: dict[str, Any] = {"message_id": mid}
    if not_before is not None:
        data["not_before"] = not_before.isoformat()
    ctx.store.add_event(case.id, BOT, f"queued:{name}", "", at=ctx.now(), data=data)
    return add_our_message_id(ctx, case, mid)


# --- the steps ---------------------------------------------------------------------


def step_dedupe(ctx: Context, item: Item) -> Disposition | None:
    seen = ctx.store.find_message(item.msg.message_id, item.msg.content_hash)
    if seen is None:
        return None
    release = ctx.store.get_state(RELEASE_PREFIX + item.msg.message_id)
    if seen.get("folder") == "quarantine" and isinstance(release, dict):
        # Staff released it from quarantine (#release): take it in again, once.
        ctx.store.delete_state(RELEASE_PREFIX + item.msg.message_id)
        item.released_by = str(release.get("by", ""))
        audit.info("message=%s step=dedupe outcome=released", item.msg.message_id[:80])
        return None
    return Disposition(
        "dedupe",
        "duplicate",
        Folder(seen.get("folder", "processed")),
        seen.get("case_id"),
        "already taken in",
    )


def step_automated(ctx: Context, item: Item) -> Disposition | None:
    if not item.msg.automated:
        return None
    reason = item.msg.automated_reason or ""
    if reason.startswith("sender:") and is_no_reply_address(item.msg.from_addr):
        return no_reply_sender(ctx, item)
    if reason.startswith(CONTENT_REASON) and is_staff_sender(ctx, item.msg.from_addr):
        # Staff write like a notifier ("Dear customer, your request has been
        # completed"): their mail is judged by the staff step, which authenticates it.
        item.msg = dataclasses.replace(item.msg, automated=False)
        return None
    if not reason.startswith(HEURISTIC_AUTOMATED):
        return Disposition("automated", "automated", Folder.AUTOMATED, None, reason)
    # A heuristic verdict gives way when the message reads as a rights request.
    if item.received is not None and item.received_for is item.msg:
        msg = item.received[0]  # the worker's classify_received(msg)
    else:
        msg, _ = understanding().classify_received(
            item.msg,
            languages=ctx.cfg.controller.languages,
            default_language=ctx.cfg.controller.default_language,
        )
    if not msg.automated:
        item.msg = msg
        return None
    return Disposition(
        "automated", "automated", Folder.AUTOMATED, None, item.msg.automated_reason or ""
    )


def is_staff_sender(ctx: Context, address: str) -> bool:
    staff = {normalise_address(a) for a in ctx.cfg.staff.addresses}
    return normalise_address(address) in staff


NO_REPLY_FLAG = "no_reply_sender"


def no_reply_sender(ctx: Context, item: Item) -> Disposition | None:
    """A sender that takes no replies is never answered; if its text reads as a
    request (a marketing opt-out alone does not count: bulk mail carries
    unsubscribe footers), it becomes a case for staff, without any answer."""
    human = dataclasses.replace(item.msg, automated=False)
    result = understanding().classify(
        human,
        languages=ctx.cfg.controller.languages,
        default_language=ctx.cfg.controller.default_language,
    )
    if not set(result.kinds) - {Kind.MARKETING_OPT_OUT}:
        reason = item.msg.automated_reason or ""
        return Disposition("automated", "automated", Folder.AUTOMATED, None, reason)
    item.msg = dataclasses.replace(human, flags=(*human.flags, NO_REPLY_FLAG))
    return None


def step_staff(ctx: Context, item: Item) -> Disposition | None:
    if ctx.staff_handler is None:
        return None
    return ctx.staff_handler(ctx, item)


def find_case_for_reply(ctx: Context, msg: InboundMessage) -> Case | None:
    prefix = ctx.cfg.controller.case_prefix
    for mid in (msg.in_reply_to, *reversed(msg.references)):
        if mid:
            case = ctx.store.find_case_by_message_id(mid)
            if case is not None:
                return case
    tag = outbox.find_case_tag(msg.subject, prefix)
    if tag:
        case = ctx.store.get_case(tag)
        if case is not None and same_address(case.requester_address, msg.from_addr):
            return case
    return None


def same_address(a: str, b: str) -> bool:
    return normalise_address(a) == normalise_address(b)


def step_reply(ctx: Context, item: Item) -> Disposition | None:
    case = find_case_for_reply(ctx, item.msg)
    if case is None:
        return None
    msg, now = item.msg, ctx.now()
    if not same_address(case.requester_address, msg.from_addr):
        # Someone else answered in the thread: staff look at it, nothing is sent.
        ctx.store.add_event(
            case.id, msg.from_addr, "third_party_reply", "a reply from another address", at=now
        )
        tell_staff_of_reply(ctx, case, msg, flags=["other_sender:" + msg.from_addr])
        return Disposition("reply", "third_party_reply", Folder.PROCESSED, case.id)
    ctx.store.add_event(
        case.id,
        "requester",
        "requester_replied",
        msg.subject[:200],
        at=now,
        data={"message_id": msg.message_id},
    )
    case = dataclasses.replace(case, message_ids=(*case.message_ids, msg.message_id))
    ctx.store.save_case(case)
    confirmed = False
    # Only a reply that threads on one of our own (unguessable) Message-IDs proves that
    # the sender reads that mailbox; a subject tag alone can be copied by anyone.
    threaded = any(mid in case.our_message_ids for mid in (msg.in_reply_to, *msg.references) if mid)
    # ... and only an explicit "yes" confirms: "I never sent this" or an auto-reply does not.
    # Our own server saying the From domain failed DMARC/DKIM vetoes a "yes" as well.
    # The whole text is read for a vacation notice: one after a "-- " line is no signature.
    answer_yes = (
        is_confirmation(ctx, msg.new_text)
        and LIKELY_MACHINE_FLAG not in msg.flags
        and not reads_as_automatic(msg.full_text[:2000])
        and not says_forged(
            msg.auth_results, authserv_id=ctx.cfg.staff.authserv_id, from_address=msg.from_addr
        )
    )
    unconfirmed_reply = threaded and not case.address_verified and not answer_yes
    if threaded and answer_yes and not case.address_verified:
        if case.status == Status.AWAITING_IDENTITY:
            case = ctx.store.transition(
                case.id,
                Status.IN_PROGRESS,
                actor="requester",
                at=now,
                reason="address confirmed by reply",
                address_verified=True,
                verification="confirmed by reply",
            )
        else:  # e.g. a case still in triage: the address is confirmed all the same
            case = ctx.store.save_case(
                dataclasses.replace(case, address_verified=True, verification="confirmed by reply")
            )
            ctx.store.add_event(case.id, "requester", "address_confirmed", "by reply", at=now)
        confirmed = True
        audit.info("case=%s step=reply outcome=address_confirmed", case.id)
        case = release_held(ctx, case, "requester")
    tell_staff_of_reply(
        ctx,
        case,
        msg,
        confirmed=confirmed,
        unconfirmed_reply=unconfirmed_reply,
        flags=list(msg.flags),
    )
    return Disposition(
        "reply", "address_confirmed" if confirmed else "reply", Folder.PROCESSED, case.id
    )


#: Characters of a customer's text copied into one staff notification (the whole
#: message stays in the mailbox and its record in the store).
MAX_STAFF_TEXT = 20_000


def staff_text(text: str) -> dict[str, Any]:
    """Customer text for a staff notification: capped, and every line quoted with "> "
    so that nothing the customer wrote starts a line a staff reply could run."""
    capped, cut = cap_text(text, MAX_STAFF_TEXT)
    quoted = quote_lines(capped)
    return {"requester_text": quoted, "text": quoted, "text_truncated": cut}


def tell_staff_of_reply(
    ctx: Context,
    case: Case,
    msg: InboundMessage,
    *,
    confirmed: bool = False,
    unconfirmed_reply: bool = False,
    flags: list[str] | None = None,
) -> None:
    notify_staff(
        ctx,
        case,
        "staff_customer_replied",
        case_context(
            ctx,
            case,
            **staff_text(msg.new_text),
            reply_from=msg.from_addr,
            replied_at=msg.received_at or ctx.now(),
            confirmed=confirmed,
            unconfirmed_reply=unconfirmed_reply,
            flags=flags or [],
        ),
    )


def step_new(ctx: Context, item: Item) -> Disposition | None:
    msg, cfg = item.msg, ctx.cfg
    if not msg.from_addr or "@" not in msg.from_addr:
        return Disposition("new", "no_sender", Folder.QUARANTINE, None, "no usable From address")
    if normalise_address(msg.from_addr) in cfg.own_addresses:
        return Disposition("new", "own_address", Folder.AUTOMATED, None, "from our own address")
    if item.classification is not None and item.classified is msg:
        result = item.classification  # the worker's classify(msg)
    else:
        result = understanding().classify(
            msg,
            languages=cfg.controller.languages,
            default_language=cfg.controller.default_language,
        )
    kinds = result.kinds
    # The same sender asking again while a case of the same kinds is open: join it.
    for open_case in ctx.store.open_cases_for(msg.from_addr):
        same_kinds = bool(kinds) and set(kinds) <= set(open_case.kinds)
        both_unclassified = not kinds and open_case.status == Status.TRIAGE
        if same_kinds or both_unclassified:
            return join_case(ctx, item, open_case)
    case = open_case_for(ctx, item, result)
    audit.info(
        "case=%s step=new outcome=opened kinds=%s rules=%s",
        case.id,
        "+".join(k.value for k in kinds) or "-",
        ",".join(sorted({e.rule for e in result.evidence if not e.negative})),
    )
    flags = list(msg.flags)
    if msg.reply_to and not same_address(msg.reply_to, msg.from_addr):
        flags.append(f"reply_to_differs:{msg.reply_to}")
    # What they wrote, for #forward and the record (retention purges it with the bodies).
    ctx.store.add_event(case.id, "requester", "request_text", msg.new_text[:8000], at=ctx.now())
    # The requester's answer is queued first: it is the one a person waits for.
    disposition = answer_new_case(ctx, item, case)
    fresh = ctx.store.require_case(case.id)
    if in_flood(ctx):  # one flood alert (ack_slot) instead of a notice per case
        ctx.store.add_event(case.id, BOT, "staff_notice_coalesced", "flood", at=ctx.now())
        return disposition
    staff_ctx = case_context(ctx, fresh, **staff_text(msg.full_text or msg.new_text), flags=flags)
    notify_staff(ctx, fresh, "staff_new_case", staff_ctx)
    return disposition


def answer_new_case(ctx: Context, item: Item, case: Case) -> Disposition:
    """What the sender of a new case gets (nothing in archive mode or for triage)."""
    msg, cfg, now, kinds = item.msg, ctx.cfg, ctx.now(), case.kinds
    if item.archive:
        ctx.store.add_event(case.id, BOT, "archive_import", "taken in without an answer", at=now)
        return Disposition("new", "archived", Folder.PROCESSED, case.id)
    if is_no_reply_address(case.requester_address):
        ctx.store.add_event(
            case.id, BOT, "not_answered", "the sender takes no replies: staff decide", at=now
        )
        return Disposition("new", "no_reply_sender", Folder.PROCESSED, case.id)
    if LIKELY_MACHINE_FLAG in msg.flags:
        ctx.store.add_event(
            case.id, BOT, "not_answered", "the text reads as a machine's: staff decide", at=now
        )
        return Disposition("new", "likely_machine", Folder.PROCESSED, case.id)
    if not kinds:
        if cfg.requests.ack_non_requests:
            answer_requester(ctx, case, "ack_generic", item)
        return Disposition("new", "triage", Folder.PROCESSED, case.id)
    if Kind.MARKETING_OPT_OUT in kinds:
        ctx.store.suppress(msg.from_addr, at=now, source=case.id)
        ctx.store.add_event(
            case.id, BOT, "suppressed", "address added to the suppression list", at=now
        )
    if case.needs_review:
        # A reading staff must confirm (#kind): the sender gets the reference and
        # the deadline, no kinds named and no "you are unsubscribed" yet; an
        # opt-out read here is already on the suppression list (harmless).
        answer_requester(ctx, case, "ack_review", item)
        return Disposition("new", "review", Folder.PROCESSED, case.id)
    if kinds == (Kind.MARKETING_OPT_OUT,) and cfg.requests.optout_autoclose:
        case = answer_requester(ctx, case, "optout_done", item)
        ctx.store.transition(
            case.id,
            Status.COMPLETED,
            actor=BOT,
            at=now,
            reason="marketing opt-out done at once",
            outcome="opted_out",
        )
        return Disposition("new", "opted_out", Folder.PROCESSED, case.id)
    answer_requester(ctx, case, "ack", item)
    return Disposition("new", "opened", Folder.PROCESSED, case.id)


def join_case(ctx: Context, item: Item, case: Case) -> Disposition:
    """The same sender asking again while a case of the same kinds is open."""
    msg, now = item.msg, ctx.now()
    joined = dataclasses.replace(case, message_ids=(*case.message_ids, msg.message_id))
    ctx.store.save_case(joined)
    ctx.store.add_event(
        joined.id,
        "requester",
        "joined",
        "repeat request",
        at=now,
        data={"message_id": msg.message_id},
    )
    today = now.astimezone(tz(ctx)).date()
    joins_today = sum(
        1
        for e in ctx.store.events(joined.id)
        if e.action == "joined" and e.at.astimezone(tz(ctx)).date() == today
    )
    # Staff hear of repeats, but a flood from one sender does not flood them, nor a
    # second wave of a flood of senders (coalesced like new cases: in_flood).
    if joins_today <= ctx.cfg.requests.max_acks_per_sender_per_day:
        if in_flood(ctx) or repeats_flooding(ctx):
            ctx.store.add_event(joined.id, BOT, "staff_notice_coalesced", "flood", at=now)
        else:
            tell_staff_of_reply(ctx, joined, msg, flags=["repeat_request", *msg.flags])
    return Disposition("new", "joined", Folder.PROCESSED, joined.id)


def open_case_for(ctx: Context, item: Item, result: Classification) -> Case:
    msg, cfg, now = item.msg, ctx.cfg, ctx.now()
    received = deadlines.receipt_date(item.received_at, cfg.controller.timezone)
    one = deadlines.one_month(received, ctx.calendar)
    ext = deadlines.extended(received, ctx.calendar)
    kinds = sort_kinds(result.kinds)
    verdict = sender_verdict(cfg, msg)
    genuine = verdict.ok
    if (
        not kinds
        or is_no_reply_address(msg.from_addr)
        or result.needs_review
        # the returned kinds' own probabilities: ``confidence`` also reports kinds
        # the words suggest but the reading did not return
        or min((result.confidence.get(k, 0.0) for k in kinds), default=1.0)
        < cfg.requests.min_confidence
    ):
        status = Status.TRIAGE
    elif needs_genuine_address(cfg, kinds) and not genuine:
        status = Status.AWAITING_IDENTITY
    else:
        status = Status.IN_PROGRESS
    case_id = ctx.store.next_case_id(cfg.controller.case_prefix, received.year)
    case = Case(
        id=case_id,
        requester_address=msg.from_addr,
        requester_name=msg.from_name,
        language=result.language,
        kinds=kinds,
        received_at=item.received_at,
        due=one.due,
        extended_due=ext.due,
        status=status,
        subject=strip_subject_prefixes(msg.subject)[:300],
        message_ids=(msg.message_id,),
        evidence=result.evidence,
        confidence={k.value: v for k, v in result.confidence.items()},
        address_verified=genuine,
        verification=(f"{verdict.method} pass" if genuine else verdict.detail)[:300],
        on_behalf_of_child=result.on_behalf_of_child,
        needs_review=result.needs_review,
    )
    ctx.store.add_case(case, detail=f"status {status.value}; received {received.isoformat()}")
    del now
    return case


def step_recipient_answer(ctx: Context, item: Item) -> Disposition | None:
    """A recipient system answering an Art 19 notice (art19.py)."""
    from .art19 import step_recipient_answer as step

    return step(ctx, item)


STEPS: tuple[Step, ...] = (
    step_dedupe,
    step_automated,
    step_staff,
    step_recipient_answer,
    step_reply,
    step_new,
)


# --- running the steps ---------------------------------------------------------------


def process(ctx: Context, item: Item) -> Disposition:
    """Run the steps on one message and record the result, all in one store write."""
    # The budget (inner) ends before the transaction commits: a commit is never cut short.
    with ctx.store.transaction(), time_budget(ctx.cfg.imap.max_message_seconds) as budget:
        for step in STEPS:
            budget.check()  # between steps: the daemon's worker thread has no SIGALRM
            disposition = step(ctx, item)
            if disposition is not None:
                break
        else:  # pragma: no cover - step_new always decides
            disposition = Disposition("none", "undecided", Folder.QUARANTINE)
        budget.check()
        if disposition.outcome != "duplicate":
            record(ctx, item, disposition)
    audit.info(
        "message=%s step=%s outcome=%s case=%s",
        item.msg.message_id[:80],
        disposition.step,
        disposition.outcome,
        disposition.case_id or "-",
    )
    return disposition


def record(ctx: Context, item: Item, d: Disposition) -> None:
    ctx.store.record_message(
        item.msg.message_id,
        item.msg.content_hash,
        received_at=item.received_at.isoformat(),
        taken_at=ctx.now().isoformat(),
        case_id=d.case_id,
        step=d.step,
        outcome=d.outcome,
        folder=d.folder.value,
        detail=d.detail[:300],
        size=item.msg.size,
        attachments=len(item.msg.attachments),
        from_addr=item.msg.from_addr[:200],
        subject=item.msg.subject[:200],
    )


def quarantine(ctx: Context, item: Item, reason: str, why: str = "") -> Disposition:
    """A message whose processing failed MAX_ATTEMPTS times (or ran over its time
    budget): keep it aside, tell staff."""
    why = why or f"could not be processed after {MAX_ATTEMPTS} attempts"
    d = Disposition("runner", "quarantined", Folder.QUARANTINE, None, reason[:300])
    with ctx.store.transaction():
        record(ctx, item, d)
        notify_staff(
            ctx,
            None,
            "staff_alert",
            alert_context(
                ctx,
                "quarantine",
                f"Message {item.msg.message_id[:200]} from {item.msg.from_addr} {why} "
                f"and was moved to the quarantine folder: {reason[:500]}",
            ),
        )
    audit.info("message=%s step=runner outcome=quarantined", item.msg.message_id[:80])
    return d


def alert_context(ctx: Context, kind: str, detail: str) -> dict[str, Any]:
    return {
        "controller": controller_context(ctx.cfg),
        "alert": kind,
        "detail": detail,
        "at": ctx.now(),
        "case_id": "",
        "requester_name": "",
    }


def make_item(
    ctx: Context,
    raw: bytes,
    received_at: datetime,
    *,
    archive: bool = False,
    truncated: bool = False,
) -> Item:
    msg = read_message(Settings.of(ctx.cfg), raw, received_at, truncated=truncated)
    return Item(raw, received_at, msg, archive=archive, truncated=truncated)


def prepared_item(
    prepared: Prepared,
    raw: bytes,
    received_at: datetime,
    *,
    archive: bool = False,
    truncated: bool = False,
) -> Item:
    """``make_item`` from what a worker process read (workers.prepare)."""
    if prepared.received is not None:
        return Item(
            raw,
            received_at,
            prepared.msg,
            archive=archive,
            truncated=truncated,
            classification=prepared.settled,
            classified=prepared.received[0],  # the message the automated step may settle on
            received=prepared.received,
            received_for=prepared.msg,
        )
    return Item(
        raw,
        received_at,
        prepared.msg,
        archive=archive,
        truncated=truncated,
        classification=prepared.classification,
        classified=prepared.msg,
    )


#: A batch this big is a backlog: what its messages will need is loaded ahead (the
#: size from which worker processes read a batch, too).
WARM_UP_BATCH = MIN_BATCH


def warm_up(ctx: Context, batch: int, *, in_workers: bool = False) -> None:
    """Before a backlog batch: the language model loads in the background (it is
    needed by some message of any sizeable batch; a single delivery loads it on use).
    Not when worker processes classify the batch (``in_workers``)."""
    if batch >= WARM_UP_BATCH and not in_workers:
        language.preload(ctx.cfg.controller.languages)


def handle_raw(
    ctx: Context,
    raw: bytes,
    received_at: datetime,
    *,
    key: str,
    archive: bool = False,
    truncated: bool = False,
) -> Disposition:
    """Parse and process one message; failures count attempts and end in quarantine.

    A StoreError is not the message's fault: it propagates, and the message stays
    in the mailbox until the store can be written again.
    """
    item = make_item(ctx, raw, received_at, archive=archive, truncated=truncated)
    msg = item.msg
    attempts_key = f"attempts:{key}"
    if int(ctx.store.get_state(attempts_key, 0)) >= MAX_ATTEMPTS:
        # Handling it was cut short (killed or hung) that often: never again.
        return quarantine(ctx, item, "the process ended while handling it", INTERRUPTED)
    with ctx.store.transaction():  # committed first: a hang or kill now counts
        ctx.store.set_state(INFLIGHT, [key])
    try:
        return process(ctx, item)
    except StoreError:
        raise
    except BudgetExceeded as exc:
        log.error("message=%s: %s; quarantined", msg.message_id[:80], exc)
        return quarantine(ctx, item, str(exc), "ran over its time budget")
    except Exception as exc:  # noqa: BLE001 - any step failure: count, log, keep the message
        attempts = int(ctx.store.get_state(f"attempts:{key}", 0)) + 1
        log.exception("message=%s attempt %d failed: %s", msg.message_id[:80], attempts, exc)
        ctx.store.set_state(f"attempts:{key}", attempts)
        if attempts >= MAX_ATTEMPTS:
            return quarantine(ctx, item, f"{type(exc).__name__}: {exc}")
        return Disposition("runner", "failed", Folder.KEEP, None, str(exc)[:300])
    finally:
        with ctx.store.transaction():
            ctx.store.delete_state(INFLIGHT)


#: State key: the spool keys being handled right now. Found at start-up, it means the
#: last run died (killed, or hung and restarted) while handling them.
INFLIGHT = "inflight"
INTERRUPTED = "was being handled when the process ended, too many times"


def count_interrupted(ctx: Context) -> list[str]:
    """After a crash or a kill: a message that was in hand alone gets one attempt more.

    A whole batch in hand says nothing about which of its messages ended the run (a
    kill from outside lands on whatever is in hand): its messages are only marked, so
    that they are handled one by one, where an interruption does count.
    """
    keys = ctx.store.get_state(INFLIGHT)
    if not keys:
        return []
    step = 1 if len(keys) == 1 else 0
    with ctx.store.transaction():
        for key in keys:
            attempts = int(ctx.store.get_state(f"attempts:{key}", 0)) + step
            ctx.store.set_state(f"attempts:{key}", attempts)
        ctx.store.delete_state(INFLIGHT)
    log.warning("the last run ended while handling %d message(s); counted as attempts", len(keys))
    return list(keys)
