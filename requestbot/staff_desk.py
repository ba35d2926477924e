"""Commands for the desk as a whole: list and find cases, a case's history,
merge and split cases, release quarantined mail, lift a suppression, forward
a message that is not a rights request to customer service.

``#list`` and ``#find`` need no case: they answer with ``staff_list``.
``#release`` marks a quarantined message; the runner moves it back to the
inbox at its next cycle and takes it in again (runner.release_pending).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from . import deadlines
from .cases import normalise_address
from .model import Case, CaseEvent, Status, sort_kinds
from .pipeline import (
    RELEASE_PREFIX,
    Context,
    add_our_message_id,
    case_context,
    controller_context,
    notify_staff,
    queue_mail,
)
from .staff_base import (
    Call,
    Command,
    CommandError,
    Result,
    fold,
    leading_kinds,
    text_of,
    today,
    transition,
)
from .staff_text import say

FORCE_WORDS = frozenset({"force", "pakota", "tvinga"})
MAX_LISTED = 60


# --- pure pieces -------------------------------------------------------------------------


def list_line(case: Case, day: date) -> dict[str, Any]:
    due = case.effective_due
    return {
        "case_id": case.id,
        "kinds": [k.value for k in case.kinds],
        "requester": case.requester_name or case.requester_address,
        "address": case.requester_address,
        "status": case.status.value,
        "due": due,
        "days_left": deadlines.days_left(due, day),
        "open": case.is_open,
    }


def matches(case: Case, query: str) -> bool:
    wanted = query.casefold().strip()
    if not wanted:
        return True
    fields = (
        case.id,
        case.requester_name,
        case.requester_address,
        case.subject,
        *case.facts.other_addresses,
    )
    return any(wanted in f.casefold() for f in fields)


def most_urgent_first(cases: list[Case]) -> list[Case]:
    return sorted(cases, key=lambda c: (not c.is_open, c.effective_due, c.id))


def history_lines(events: list[CaseEvent], command_names: frozenset[str]) -> list[dict[str, Any]]:
    lines = []
    for e in events:
        action, _, arg = e.action.partition(":")
        if action in command_names:
            action = "#" + action
        lines.append(
            {
                "at": e.at,
                "actor": e.actor,
                "action": action,
                "arg": arg,
                "detail": " ".join(e.detail.split())[:300],
            }
        )
    return lines


# --- commands ----------------------------------------------------------------------------


def send_found(
    ctx: Context, call: Call, case: Case | None, found: list[Case], query: str, *, closed_too: bool
) -> Case | None:
    """The list of ``found`` cases, most urgent first, to the staff member who asked."""
    day = today(ctx)
    lines = [list_line(c, day) for c in most_urgent_first(found)]
    mid = queue_mail(
        ctx,
        case,
        "staff_list",
        ctx.cfg.staff_language,
        {
            "controller": controller_context(ctx.cfg),
            "today": today(ctx),
            "cases": lines[:MAX_LISTED],
            "more": max(0, len(lines) - MAX_LISTED),
            "query": query,
            "closed_too": closed_too,
        },
        to=call.actor,
        audience="staff",
        in_reply_to=call.message_id or None,
    )
    return add_our_message_id(ctx, case, mid) if case is not None and mid else case


class ListCases(Command):
    name, action = "list", "list"
    aliases = ("lista", "avoimet", "öppna")
    usage = "[text]"
    help = "list the open cases, most urgent first (text: only those that match it)"
    needs_case = False

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        query = call.args.strip()
        found = [c for c in ctx.store.open_cases() if matches(c, query)]
        return Result(
            self.action, send_found(ctx, call, case, found, query, closed_too=False), answered=True
        )


class FindCases(Command):
    name, action = "find", "find"
    aliases = ("etsi", "sök")
    usage = "<name, address, reference or subject words>"
    help = "find cases, open and closed, by name, address, reference or subject"
    needs_case = False

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        query = call.args.strip()
        if not query:
            raise CommandError("find_needs_text")
        found = ctx.store.cases(lambda c: matches(c, query))
        return Result(
            self.action, send_found(ctx, call, case, found, query, closed_too=True), answered=True
        )


class History(Command):
    name, action = "history", "history"
    aliases = ("historia", "historik", "show")
    help = "send the case's history: who did what and when"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        from .staff_commands import COMMANDS  # the registry imports this module

        names = frozenset(c.name for c in COMMANDS)
        context = case_context(ctx, case, events=history_lines(ctx.store.events(case.id), names))
        mid = queue_mail(
            ctx,
            case,
            "staff_history",
            ctx.cfg.staff_language,
            context,
            to=call.actor,
            audience="staff",
            in_reply_to=call.message_id or None,
        )
        if mid:
            case = add_our_message_id(ctx, case, mid)
        return Result(self.action, case, answered=True)


class Merge(Command):
    name, action = "merge", "merge"
    aliases = ("yhdistä", "yhdista", "slå-ihop")
    usage = "<other case reference> [force]"
    help = "merge another open case of the same person into this one (force: other address)"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        words = call.args.split()
        force = any(fold(w) in FORCE_WORDS for w in words)
        refs = [w.strip("[]") for w in words if fold(w) not in FORCE_WORDS]
        if len(refs) != 1:
            raise CommandError("merge_usage")
        other = ctx.store.get_case(refs[0].upper())
        if other is None:
            raise CommandError("no_such_case", ref=refs[0])
        if other.id == case.id:
            raise CommandError("merge_same_case")
        if not (case.is_open and other.is_open):
            raise CommandError("merge_closed")
        mine = {normalise_address(a) for a in (case.requester_address, *case.facts.other_addresses)}
        if normalise_address(other.requester_address) not in mine and not force:
            raise CommandError("merge_other_person", other=other.requester_address)
        merged = dataclasses.replace(
            case,
            kinds=sort_kinds((*case.kinds, *other.kinds)),
            received_at=min(case.received_at, other.received_at),
            due=min(case.due, other.due),
            extended_due=min(case.extended_due, other.extended_due),
            message_ids=tuple(dict.fromkeys((*case.message_ids, *other.message_ids))),
            our_message_ids=tuple(dict.fromkeys((*case.our_message_ids, *other.our_message_ids))),
        )
        case = ctx.store.save_case(merged)
        emptied = dataclasses.replace(other, message_ids=(), our_message_ids=())
        ctx.store.save_case(emptied)
        ctx.store.add_event(other.id, call.actor, "merged_into", case.id, at=ctx.now())
        transition(ctx, emptied, Status.WITHDRAWN, call, outcome=f"merged into {case.id}")
        return Result(
            self.action,
            case,
            (say("merged", other=other.id, due=case.effective_due),),
            event_detail=other.id,
        )


class Split(Command):
    name, action = "split", "split"
    aliases = ("jaa", "dela")
    usage = "<kinds> [address of another person]"
    help = (
        "split: the kinds move to a new case of the same person; with an address, a new "
        "case for that person (e.g. a family member) with those kinds"
    )

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        kinds, rest = leading_kinds(call.args)
        address = rest.strip().strip("<>").lower()
        if not kinds or (address and ("@" not in address or " " in address)):
            raise CommandError("split_usage")
        if not case.is_open:
            raise CommandError("split_closed")
        strangers = [k for k in kinds if k not in case.kinds]
        if not address and strangers:
            raise CommandError("kind_not_in_case", kinds=strangers, case_kinds=list(case.kinds))
        if not address and set(kinds) >= set(case.kinds):
            raise CommandError("split_everything")
        same_person = not address or normalise_address(address) == normalise_address(
            case.requester_address
        )
        new_id = ctx.store.next_case_id(ctx.cfg.controller.case_prefix, case.received_at.year)
        new = dataclasses.replace(
            case,
            id=new_id,
            kinds=kinds,
            status=Status.IN_PROGRESS,
            requester_address=case.requester_address if same_person else address,
            requester_name=case.requester_name if same_person else "",
            address_verified=case.address_verified if same_person else False,
            verification=case.verification if same_person else "split off by staff",
            message_ids=(),
            our_message_ids=(),
            systems={},
            closed_at=None,
            outcome="",
            facts=type(case.facts)(),
        )
        ctx.store.add_case(new, actor=call.actor, detail=f"split from {case.id}")
        if same_person:
            rest_kinds = tuple(k for k in case.kinds if k not in kinds)
            case = ctx.store.save_case(dataclasses.replace(case, kinds=rest_kinds))
        ctx.store.add_event(new_id, call.actor, "split_from", case.id, at=ctx.now())
        notify_staff(
            ctx, new, "staff_new_case", case_context(ctx, new, requester_text=text_of(call))
        )
        return Result(
            self.action, case, (say("split", new=new_id, kinds=list(kinds)),), event_detail=new_id
        )


# --- quarantine, suppression, forwarding -----------------------------------------------


class Release(Command):
    name, action = "release", "release"
    aliases = ("vapauta", "släpp")
    usage = "<number in the digest, or Message-ID>"
    help = (
        "take a quarantined message in again (a forged-looking staff mail then runs as "
        "if authenticated: release only mail you know is genuine)"
    )
    needs_case = False

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        wanted = call.args.strip()
        from .digest import quarantined_messages  # digest imports pipeline only

        held = quarantined_messages(ctx.store)
        if not wanted:
            raise CommandError("release_usage", count=len(held))
        if wanted.isdigit() and 1 <= int(wanted) <= len(held):
            found = held[int(wanted) - 1]
        else:
            hits = [m for m in held if wanted.strip("<>") in str(m.get("message_id", ""))]
            if len(hits) != 1:
                raise CommandError("release_not_found", wanted=wanted, count=len(held))
            found = hits[0]
        message_id = str(found.get("message_id", ""))
        ctx.store.set_state(
            RELEASE_PREFIX + message_id,
            {"by": call.actor, "at": ctx.now().isoformat(), "hash": found.get("hash", "")},
        )
        return Result(
            self.action,
            case,
            (
                say(
                    "released",
                    sender=found.get("from_addr", "") or "-",
                    subject=found.get("subject", "") or "-",
                ),
            ),
            event_detail=message_id,
        )


class Unsuppress(Command):
    name, action = "unsuppress", "unsuppress"
    aliases = ("poista-esto", "ta-bort-spärr")
    usage = "<address>"
    help = "take an address off the marketing suppression list (only at the person's own wish)"
    needs_case = False

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        address = call.args.strip().strip("<>")
        if not address and case is not None:
            address = case.requester_address
        if "@" not in address or " " in address:
            raise CommandError("unsuppress_usage")
        if not ctx.store.unsuppress(address):
            raise CommandError("not_suppressed", address=address)
        if case is not None:
            ctx.store.add_event(case.id, call.actor, "unsuppressed", "", at=ctx.now())
        return Result(self.action, case, (say("unsuppressed", address=address),), event_detail="")


class Forward(Command):
    name, action = "forward", "forward"
    aliases = ("välitä", "vidarebefordra")
    usage = "[text for customer service]"
    help = "not a rights request: forward it to customer service and stop the clock"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        target = ctx.cfg.staff.customer_service
        if not target:
            raise CommandError("no_customer_service")
        if case.status in (Status.COMPLETED, Status.REFUSED, Status.WITHDRAWN):
            raise CommandError("forward_closed")
        texts = [e.detail for e in ctx.store.events(case.id) if e.action == "request_text"]
        context = case_context(ctx, case, requester_text="\n\n".join(texts), text=text_of(call))
        mid = queue_mail(
            ctx, case, "staff_forward", ctx.cfg.staff_language, context, to=target, audience="staff"
        )
        if case.status != Status.NOT_A_REQUEST:
            case = transition(ctx, case, Status.NOT_A_REQUEST, call, outcome="forwarded")
        if mid:
            case = add_our_message_id(ctx, case, mid)
        return Result(self.action, case, (say("forwarded", to=target),), event_detail=target)


DESK_COMMANDS: tuple[Command, ...] = (
    ListCases(),
    FindCases(),
    History(),
    Merge(),
    Split(),
    Release(),
    Unsuppress(),
    Forward(),
)
