"""The staff commands: one small object per command (STYLE.md practice 7).

Each command has a name, aliases (Finnish and Swedish ones included), a
one-line help and ``run(ctx, case, call) -> Result``. The shared pieces are
in staff_base.py; the commands that record facts for the final letter are
in staff_facts.py, the ones that work on the desk as a whole (list, find,
history, merge, split, quarantine, suppression, forward) in staff_desk.py.
staff.py authenticates the sender once, finds the case, and dispatches; it
also writes the answer to the staff member.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from . import art19, deadlines
from .cases import check_transition
from .letters import system_rows
from .model import Case, Kind, Status
from .pipeline import (
    HOLD_UNCONFIRMED,
    Context,
    add_our_message_id,
    checklist,
    controller_context,
    must_hold_answer,
    needs_genuine_address,
    queue_mail,
    release_held,
)
from .staff_base import (
    KIND_ALIASES,
    Call,
    Command,
    CommandError,
    Result,
    fold,
    language_note,
    leading_kinds,
    match_system,
    parse_date,
    parse_kinds,
    send_to_requester,
    set_facts,
    text_of,
    today,
    transition,
)
from .staff_desk import DESK_COMMANDS
from .staff_facts import FACT_COMMANDS, completion_facts
from .staff_text import Say, Term, say

__all__ = [
    "BY_WORD",
    "COMMANDS",
    "KIND_ALIASES",
    "Call",
    "Command",
    "CommandError",
    "Result",
    "help_text",
    "lookup",
    "match_system",
    "parse_kinds",
]

LANGUAGE_ALIASES = {
    "suomi": "fi",
    "finnish": "fi",
    "finska": "fi",
    "svenska": "sv",
    "ruotsi": "sv",
    "swedish": "sv",
    "english": "en",
    "englanti": "en",
    "engelska": "en",
}

SYSTEM_STATES = {
    "done": "done",
    "valmis": "done",
    "tehty": "done",
    "klar": "done",
    "klart": "done",
    "n/a": "n/a",
    "na": "n/a",
    "-": "n/a",
    "ei": "n/a",
    "ej": "n/a",
    "open": "open",
    "auki": "open",
    "öppen": "open",
}

FORCE_WORDS = frozenset({"force", "pakota", "tvinga"})
PARTIAL_WORDS = frozenset({"partial", "osittain", "delvis"})

#: Kinds whose completion must be passed on to recipients (Art 19), and objection.
FOLLOW_THROUGH_KINDS = frozenset(
    {Kind.ERASURE, Kind.OBJECTION, Kind.RECTIFICATION, Kind.RESTRICTION}
)
COPY_KINDS = frozenset({Kind.ACCESS, Kind.PORTABILITY})


def systems_for_completion(ctx: Context, case: Case) -> list[dict[str, Any]]:
    """The checklist rows as the final answer names them (letters.system_rows)."""
    return system_rows(ctx.cfg, case, case.language)


def open_systems(ctx: Context, case: Case) -> list[str]:
    return [r["name"] for r in checklist(ctx.cfg, case) if r["state"] == "open"]


# --- the commands ------------------------------------------------------------------------


class Reply(Command):
    name, action, aliases = "reply", "reply", ("vastaa", "svara")
    usage = "<text>"
    help = "send the text below the command to the customer (greeting and signature added)"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        text = text_of(call)
        if not text:
            raise CommandError("reply_needs_text")
        # An answer goes only to an address shown to be genuine: on a case of a kind in
        # [requests] confirm_kinds the whole answer waits for confirmation; on other
        # cases the text goes, attachments only to a verified address.
        hold = must_hold_answer(ctx.cfg, case)
        files = call.files if case.address_verified or hold else ()
        case, subject, sent = send_to_requester(
            ctx,
            case,
            "staff_reply",
            call.actor,
            attachments=files,
            hold=HOLD_UNCONFIRMED if hold else "",
            reply_text=text,
        )
        notes: list[Say] = []
        if files:
            names = [name for name, _t, _d in files]
            case = set_facts(ctx, case, copy_sent_at=ctx.now(), copy_files=tuple(names))
            notes.append(say("attachments_sent", files=names))
        elif call.attachments:
            notes.append(say("attachments_held", count=call.attachments))
        notes.extend(language_note(ctx, case, text))
        return Result(self.action, case, tuple(notes), subject, sent, held=hold)


class Verified(Command):
    name, action, aliases = "verified", "verified", ("vahvistettu", "verifierad")
    help = "the requester's identity/address is confirmed"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        changes: dict[str, Any] = {"address_verified": True, "verification": "confirmed by staff"}
        if case.status == Status.AWAITING_IDENTITY:
            case = transition(ctx, case, Status.IN_PROGRESS, call, **changes)
        else:
            case = ctx.store.save_case(dataclasses.replace(case, **changes))
        held = sum(1 for d in ctx.store.outbox_docs(case.id) if d.get("status") == "held")
        case = release_held(ctx, case, call.actor)
        notes = (say("held_released", count=held),) if held else ()
        return Result(self.action, case, notes)


class Extend(Command):
    name, action, aliases = "extend", "extend", ("jatka", "förläng")
    usage = "<reasons>"
    help = "extend the deadline by two months; the reasons go to the customer as written"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        reasons = text_of(call)
        if not reasons:
            raise CommandError("extend_needs_reasons")
        check_transition(case.status, Status.EXTENDED)
        received = deadlines.receipt_date(case.received_at, ctx.cfg.controller.timezone)
        if not deadlines.can_extend(received, today(ctx), ctx.calendar):
            raise CommandError("too_late_to_extend", due=case.due)
        case, subject, sent = send_to_requester(
            ctx, case, "extension", call.actor, reasons=reasons, new_due=case.extended_due
        )
        case = transition(ctx, case, Status.EXTENDED, call, extension_reasons=reasons[:2000])
        return Result(self.action, case, language_note(ctx, case, reasons), subject, sent)


class Done(Command):
    name, action, aliases = "done", "done", ("valmis", "klar")
    usage = "[force] [https://link [expiry date]] [text for the customer]"
    help = (
        "send the final answer and close the case (force: systems still open); "
        "the text goes to the customer as written"
    )

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        words = call.args.split()
        force = bool(words) and fold(words[0]) in FORCE_WORDS
        if force:
            words = words[1:]
        link = ""
        if words and words[0].lower().startswith("https://"):
            link, words = words[0], words[1:]
        expires = parse_date(words[0]) if link and words else None
        if expires is not None:
            words = words[1:]
        note = "\n\n".join(p for p in (" ".join(words), call.body.strip()) if p)
        check_transition(case.status, Status.COMPLETED)
        if not case.kinds:
            raise CommandError("no_kinds_yet")
        facts = case.facts
        done_kinds = tuple(k for k in case.kinds if k not in facts.refused_kinds)
        if not done_kinds:
            raise CommandError("everything_refused")
        files = call.files if case.address_verified else ()
        if call.files and not files:
            raise CommandError("attachments_unverified", count=len(call.files))
        has_copy = bool(link or files or facts.copy_sent_at)
        if COPY_KINDS & set(done_kinds) and not has_copy:
            raise CommandError("copy_missing")
        to_notify = {s.name for s in art19.notice_systems(ctx.cfg, case)}
        open_rows = [name for name in open_systems(ctx, case) if name not in to_notify]
        if open_rows and FOLLOW_THROUGH_KINDS & set(done_kinds) and not force:
            raise CommandError("systems_open", systems=open_rows)
        notes: list[Say] = []
        if files:
            names = [n for n, _t, _d in files]
            case = set_facts(ctx, case, copy_sent_at=ctx.now(), copy_files=tuple(names))
            notes.append(say("attachments_sent", files=names))
        if link:
            case = set_facts(ctx, case, link_expires=expires or case.facts.link_expires)
        hold = must_hold_answer(ctx.cfg, case)
        case, _told = art19.send_notices(  # Art 19, by mail; held with the answer if it is
            ctx, case, call.actor, hold=HOLD_UNCONFIRMED if hold else ""
        )
        case, subject, sent = send_to_requester(
            ctx,
            case,
            "completion",
            call.actor,
            attachments=files,
            hold=HOLD_UNCONFIRMED if hold else "",
            systems=systems_for_completion(ctx, case),
            note=note,
            access_link=link,
            **completion_facts(case, done_kinds, attached=bool(files)),
        )
        if hold:  # the case closes when the held answer is released
            return Result(self.action, case, tuple(notes), subject, sent, held=True)
        partly = bool(case.facts.refused_reasons)
        outcome = "partially_refused" if partly else "completed"
        case = transition(ctx, case, Status.COMPLETED, call, outcome=outcome)
        if partly:
            notes.append(say("closed_partly_refused", kinds=list(case.facts.refused_kinds)))
        if open_rows:
            notes.append(say("closed_with_open_systems", systems=open_rows))
        notes.extend(language_note(ctx, case, note))
        return Result(self.action, case, tuple(notes), subject, sent)


class Refuse(Command):
    name, action, aliases = "refuse", "refuse", ("hylkää", "hylkaa", "avslå")
    usage = "[partial [kinds:]] <reasons>"
    help = (
        "refuse the request with reasons and remedies (the reasons go to the customer as "
        "written); partial: record the refused part, the case stays open and #done sends "
        "one letter with both"
    )

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        args = call.args.strip()
        first, _, rest = args.partition(" ")
        partial = fold(first) in PARTIAL_WORDS
        if partial:
            return self.partly(ctx, case, call, rest)
        reasons = text_of(call)
        if not reasons:
            raise CommandError("refuse_needs_reasons")
        check_transition(case.status, Status.REFUSED)
        case, subject, sent = send_to_requester(
            ctx, case, "refusal", call.actor, reasons=reasons, partial=False
        )
        case = transition(ctx, case, Status.REFUSED, call, outcome="refused")
        return Result(self.action, case, language_note(ctx, case, reasons), subject, sent)

    def partly(self, ctx: Context, case: Case, call: Call, rest: str) -> Result:
        kinds, rest = leading_kinds(rest)
        reasons = text_of(dataclasses.replace(call, args=rest))
        if not reasons:
            raise CommandError("refuse_needs_reasons")
        check_transition(case.status, Status.COMPLETED)
        strangers = [k for k in kinds if k not in case.kinds]
        if strangers:
            raise CommandError("kind_not_in_case", kinds=strangers, case_kinds=list(case.kinds))
        if kinds and set(kinds) >= set(case.kinds):
            raise CommandError("partial_is_everything")
        case = set_facts(ctx, case, refused_kinds=kinds, refused_reasons=reasons[:4000])
        done = [k for k in case.kinds if k not in kinds]
        return Result(
            "refuse_partial",
            case,
            (
                say("partial_recorded", refused=list(kinds), done=done),
                *language_note(ctx, case, reasons),
            ),
            event_detail=f"partial: {'+'.join(k.value for k in kinds) or '-'}: {reasons[:3000]}",
        )


class SetKind(Command):
    name, action, aliases = "kind", "kind", ("tyyppi", "typ")
    usage = "<kinds>"
    help = "correct the kinds (tarkastus poisto ... / registerutdrag radering ... / access erasure ...)"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        kinds = parse_kinds(call.args)
        old = "+".join(k.value for k in case.kinds) or "-"
        new = "+".join(k.value for k in kinds)
        notes = [say("kinds_changed", old=list(case.kinds), new=list(kinds))]
        # staff have now read it: a flagged reading is confirmed
        confirming = case.needs_review and case.status == Status.TRIAGE
        case = ctx.store.save_case(dataclasses.replace(case, kinds=kinds, needs_review=False))
        ctx.store.add_event(case.id, call.actor, "kinds", f"{old} -> {new}", at=ctx.now())
        if case.status == Status.TRIAGE:
            case = transition(ctx, case, Status.IN_PROGRESS, call)
            notes.append(say("out_of_triage"))
            if needs_genuine_address(ctx.cfg, kinds) and not case.address_verified:
                notes.append(say("address_not_verified"))
        if Kind.MARKETING_OPT_OUT in kinds and ctx.store.suppress(
            case.requester_address, at=ctx.now(), source=case.id
        ):
            ctx.store.add_event(case.id, call.actor, "suppressed", "added by #kind", at=ctx.now())
            notes.append(say("suppressed"))
        if confirming and kinds == (Kind.MARKETING_OPT_OUT,) and ctx.cfg.requests.optout_autoclose:
            # the "you are unsubscribed" letter waited for this confirmation
            case, _subject, _text = send_to_requester(ctx, case, "optout_done", call.actor)
            case = transition(ctx, case, Status.COMPLETED, call, outcome="opted_out")
            notes.append(say("optout_confirmed"))
        return Result(self.action, case, tuple(notes))


class SetLanguage(Command):
    name, action, aliases = "language", "language", ("kieli", "språk")
    usage = "<fi|sv|en>"
    help = "change the language of the answers to the customer"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        word = fold(call.args)
        lang = LANGUAGE_ALIASES.get(word, word)
        allowed = ctx.cfg.controller.languages
        if lang not in allowed:
            raise CommandError("unknown_language", languages=list(allowed))
        old = case.language
        case = ctx.store.save_case(dataclasses.replace(case, language=lang))
        return Result(
            self.action,
            case,
            (say("language_changed", old=Term("languages", old), new=Term("languages", lang)),),
        )


class SetSystem(Command):
    name, action = "system", "system"
    aliases = ("järjestelmä", "jarjestelma", "systemet")
    usage = "<name> done|n/a"
    help = "mark a connected system done or not applicable"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        name, _, state_word = call.args.strip().rpartition(" ")
        state = SYSTEM_STATES.get(fold(state_word))
        if not name or state is None:
            raise CommandError("system_usage")
        system = match_system(ctx, name)
        systems = {**case.systems, system: state}
        case = ctx.store.save_case(dataclasses.replace(case, systems=systems))
        notes = [
            say(
                "system_set",
                system=system,
                state=Term("checklist", state),
                still_open=open_systems(ctx, case),
            )
        ]
        if must_hold_answer(ctx.cfg, case):  # staff may be about to erase for a forger
            notes.append(say("address_may_be_forged"))
        return Result(self.action, case, tuple(notes))


class Note(Command):
    name, action, aliases = "note", "note", ("huom", "anteckning")
    usage = "<text>"
    help = "an internal note (never sent to the customer)"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        text = text_of(call)
        if not text:
            raise CommandError("note_needs_text")
        return Result(self.action, case, event_detail=text[:4000])


class NotARequest(Command):
    name, action = "not-a-request", "not_a_request"
    aliases = ("not_a_request", "ei-pyyntö", "ei-pyynto", "ingen-begäran")
    usage = "[text for the record]"
    help = "the message is not a data protection request; stop the clock"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        case = transition(ctx, case, Status.NOT_A_REQUEST, call, outcome="not_a_request")
        return Result(self.action, case, event_detail=text_of(call)[:4000])


class Withdraw(Command):
    name, action = "withdraw", "withdraw"
    aliases = ("peruttu", "peru", "återkallad", "återkalla")
    usage = "[text for the record]"
    help = "the requester withdrew the request: close it without a letter"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        case = transition(ctx, case, Status.WITHDRAWN, call, outcome="withdrawn")
        return Result(self.action, case, event_detail=text_of(call)[:4000])


class Reopen(Command):
    name, action, aliases = "reopen", "reopen", ("avaa", "återöppna")
    help = "reopen a closed case"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        case = transition(ctx, case, Status.IN_PROGRESS, call, outcome="")
        return Result(self.action, case)


class Help(Command):
    name, action, aliases = "help", "help", ("apua", "hjälp")
    help = "send the list of commands"
    needs_case = False

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        mid = queue_mail(
            ctx,
            case,
            "staff_help",
            ctx.cfg.staff_language,
            {"controller": controller_context(ctx.cfg)},
            to=call.actor,
            audience="staff",
        )
        if case is not None:
            case = add_our_message_id(ctx, case, mid)
        return Result(self.action, case, answered=True)


COMMANDS: tuple[Command, ...] = (
    Reply(),
    Verified(),
    Extend(),
    Done(),
    Refuse(),
    SetKind(),
    SetLanguage(),
    SetSystem(),
    Note(),
    NotARequest(),
    Withdraw(),
    Reopen(),
    *FACT_COMMANDS,
    *DESK_COMMANDS,
    Help(),
)

BY_WORD: dict[str, Command] = {w: c for c in COMMANDS for w in c.words}


def lookup(word: str) -> Command | None:
    return BY_WORD.get(fold(word))


def help_text() -> str:
    """One line per command, generated from the command objects."""
    lines = []
    for c in COMMANDS:
        words = " / ".join(f"#{w}" for w in c.words)
        lines.append(f"{words} {c.usage}".rstrip() + f"  - {c.help}")
    return "\n".join(lines)
