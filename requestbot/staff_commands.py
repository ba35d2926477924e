"""The staff commands: one small object per command (STYLE.md practice 7).

Each command has a name, aliases (Finnish ones included), a one-line help and
``run(ctx, case, call) -> Result``. A command checks everything it can before
it changes anything: it raises CommandError (or the store raises CaseError)
while the case is still untouched. staff.py authenticates the sender once,
finds the case, and dispatches; it also writes the answer to the staff member.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from . import art19, deadlines
from .automated import is_no_reply_address
from .cases import check_transition
from .errors import RequestbotError
from .letters import system_rows
from .model import Case, Kind, Status, sort_kinds
from .pipeline import (
    HOLD_UNCONFIRMED,
    Context,
    add_our_message_id,
    case_context,
    checklist,
    controller_context,
    must_hold_answer,
    needs_genuine_address,
    queue_mail,
    release_held,
    tz,
)


class CommandError(RequestbotError):
    """A staff command cannot be carried out; the message goes back to staff."""


@dataclass(frozen=True)
class Call:
    """One command line as staff wrote it, with the mail it came in."""

    line: str  # the whole line, e.g. "#extend many systems"
    name: str  # normalised command word, e.g. "extend"
    args: str  # the rest of the line
    body: str  # the text after all command lines
    actor: str  # the staff address
    attachments: int = 0
    files: tuple[tuple[str, str, bytes], ...] = ()  # (filename, type, bytes) to forward


@dataclass(frozen=True)
class Result:
    action: str  # key of [actions] in terms.toml
    case: Case | None = None
    detail: str = ""
    sent_subject: str = ""
    sent_text: str = ""
    answered: bool = False  # the command sent its own answer (help): no ok mail
    event_detail: str | None = None  # for the case event, instead of the arguments
    held: bool = False  # the message to the requester waits for address confirmation


class Command:
    name: ClassVar[str]
    action: ClassVar[str]
    aliases: ClassVar[tuple[str, ...]] = ()
    usage: ClassVar[str] = ""
    help: ClassVar[str]
    needs_case: ClassVar[bool] = True

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        raise NotImplementedError

    @property
    def words(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


# --- helpers ---------------------------------------------------------------------------


def today(ctx: Context) -> date:
    return ctx.now().astimezone(tz(ctx)).date()


def text_of(call: Call) -> str:
    """The command's own line text and the body below the commands, joined."""
    return "\n\n".join(part for part in (call.args.strip(), call.body.strip()) if part)


def send_to_requester(
    ctx: Context,
    case: Case,
    template: str,
    actor: str,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
    hold: str = "",
    **extra: Any,
) -> tuple[Case, str, str]:
    """Queue a case message to the requester, threaded on their last message
    (stored as held, not sent, when ``hold`` is given)."""
    if is_no_reply_address(case.requester_address):
        raise CommandError(
            f"{case.requester_address} is a no-reply address: requestbot sends it nothing. "
            "Answer the person another way; close with #not-a-request if it is no request."
        )
    context = case_context(ctx, case, **extra)
    rendered = ctx.renderer.render(template, case.language, context)
    mid = queue_mail(
        ctx,
        case,
        template,
        case.language,
        context,
        to=case.requester_address,
        to_name=case.requester_name,
        audience="requester",
        in_reply_to=case.message_ids[-1] if case.message_ids else None,
        references=case.message_ids[-10:],
        attachments=attachments,
        hold=hold,
    )
    ctx.store.add_event(
        case.id,
        actor,
        f"held:{template}" if hold else f"queued:{template}",
        "",
        at=ctx.now(),
        data={"message_id": mid, "attachments": [name for name, _t, _d in attachments]},
    )
    return add_our_message_id(ctx, case, mid), rendered.subject, rendered.text


def systems_for_completion(ctx: Context, case: Case) -> list[dict[str, str]]:
    """The checklist rows as the final answer names them (letters.system_rows)."""
    return system_rows(ctx.cfg, case, case.language)


#: Kind names staff may type besides the Kind values (fi / sv short forms).
KIND_ALIASES: dict[str, Kind] = {
    "tarkastus": Kind.ACCESS,
    "tarkastusoikeus": Kind.ACCESS,
    "pääsy": Kind.ACCESS,
    "registerutdrag": Kind.ACCESS,
    "tillgång": Kind.ACCESS,
    "oikaisu": Kind.RECTIFICATION,
    "korjaus": Kind.RECTIFICATION,
    "rättelse": Kind.RECTIFICATION,
    "poisto": Kind.ERASURE,
    "poistaminen": Kind.ERASURE,
    "radering": Kind.ERASURE,
    "rajoitus": Kind.RESTRICTION,
    "begränsning": Kind.RESTRICTION,
    "siirto": Kind.PORTABILITY,
    "siirrettävyys": Kind.PORTABILITY,
    "dataportabilitet": Kind.PORTABILITY,
    "vastustus": Kind.OBJECTION,
    "vastustaminen": Kind.OBJECTION,
    "invändning": Kind.OBJECTION,
    "markkinointikielto": Kind.MARKETING_OPT_OUT,
    "suoramarkkinointikielto": Kind.MARKETING_OPT_OUT,
    "optout": Kind.MARKETING_OPT_OUT,
    "opt-out": Kind.MARKETING_OPT_OUT,
    "marknadsföringsspärr": Kind.MARKETING_OPT_OUT,
    "valitus": Kind.COMPLAINT,
    "klagomål": Kind.COMPLAINT,
}

LANGUAGE_ALIASES = {
    "suomi": "fi",
    "finnish": "fi",
    "svenska": "sv",
    "ruotsi": "sv",
    "swedish": "sv",
    "english": "en",
    "englanti": "en",
}

SYSTEM_STATES = {
    "done": "done",
    "valmis": "done",
    "tehty": "done",
    "klar": "done",
    "n/a": "n/a",
    "na": "n/a",
    "-": "n/a",
    "ei": "n/a",
    "open": "open",
    "auki": "open",
}

#: Kinds whose completion must be passed on to recipients (Art 19), and objection.
FOLLOW_THROUGH_KINDS = frozenset(
    {Kind.ERASURE, Kind.OBJECTION, Kind.RECTIFICATION, Kind.RESTRICTION}
)


def parse_kinds(args: str) -> tuple[Kind, ...]:
    words = [w for w in re.split(r"[\s,;+]+", args.strip().lower()) if w]
    if not words:
        raise CommandError("#kind needs one or more kinds, e.g. #kind erasure marketing_opt_out")
    kinds: list[Kind] = []
    for word in words:
        word = unicodedata.normalize("NFC", word)
        kind = KIND_ALIASES.get(word)
        if kind is None:
            try:
                kind = Kind(word.replace("-", "_"))
            except ValueError:
                known = ", ".join(k.value for k in Kind)
                raise CommandError(f"unknown kind {word!r} (known: {known})") from None
        kinds.append(kind)
    return sort_kinds(kinds)


def match_system(ctx: Context, name: str) -> str:
    """The configured system whose name starts with ``name`` (case-insensitive)."""
    wanted = name.strip().casefold()
    names = [s.name for s in ctx.cfg.systems]
    exact = [n for n in names if n.casefold() == wanted]
    if exact:
        return exact[0]
    found = [n for n in names if wanted and n.casefold().startswith(wanted)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise CommandError(f"no system {name!r} (systems: {', '.join(names) or 'none'})")
    raise CommandError(f"{name!r} matches several systems: {', '.join(found)}")


def transition(ctx: Context, case: Case, new: Status, call: Call, **changes: Any) -> Case:
    return ctx.store.transition(
        case.id, new, actor=call.actor, at=ctx.now(), reason=call.line[:300], **changes
    )


# --- the commands ------------------------------------------------------------------------


class Reply(Command):
    name, action, aliases = "reply", "reply", ("vastaa", "svara")
    usage = "<text>"
    help = "send the text below the command to the customer (greeting and signature added)"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        text = text_of(call)
        if not text:
            raise CommandError("#reply needs the text to send, below the command line")
        # Personal data goes only to an address shown to be genuine: on an access,
        # portability or rectification case the whole answer waits for confirmation;
        # on other cases the text goes, attachments only to a verified address.
        hold = must_hold_answer(case)
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
        detail = ""
        if files:
            detail = "Attachments sent: " + ", ".join(name for name, _t, _d in files)
        elif call.attachments:
            detail = (
                f"The {call.attachments} attachment(s) of your message were NOT sent: the "
                "requester's address is not verified yet (#verified, or wait for their "
                "confirmation), so no personal data goes to it."
            )
        return Result(self.action, case, detail, subject, sent, held=hold)


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
        return Result(self.action, case, f"{held} held answer(s) now sent" if held else "")


class Extend(Command):
    name, action, aliases = "extend", "extend", ("jatka", "förläng")
    usage = "<reasons>"
    help = "extend the deadline by two months; the reasons go to the customer as written"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        reasons = text_of(call)
        if not reasons:
            raise CommandError("#extend needs the reasons (they are sent to the customer)")
        check_transition(case.status, Status.EXTENDED)
        received = deadlines.receipt_date(case.received_at, ctx.cfg.controller.timezone)
        if not deadlines.can_extend(received, today(ctx), ctx.calendar):
            raise CommandError(
                f"too late to extend: the extension notice had to reach the customer by "
                f"{case.due.isoformat()} (one month from receipt, Art 12(3))"
            )
        case, subject, sent = send_to_requester(
            ctx, case, "extension", call.actor, reasons=reasons, new_due=case.extended_due
        )
        case = transition(ctx, case, Status.EXTENDED, call, extension_reasons=reasons[:2000])
        return Result(self.action, case, "", subject, sent)


class Done(Command):
    name, action, aliases = "done", "done", ("valmis", "klar")
    usage = "[force] [https://download-link] [text for the customer]"
    help = (
        "send the final answer and close the case (force: systems still open); "
        "the text goes to the customer as written"
    )

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        words = call.args.split()
        force = bool(words) and words[0].lower() in {"force", "pakota"}
        if force:
            words = words[1:]
        link = ""
        if words and words[0].lower().startswith("https://"):
            link, words = words[0], words[1:]
        note = "\n\n".join(p for p in (" ".join(words), call.body.strip()) if p)
        check_transition(case.status, Status.COMPLETED)
        if not case.kinds:
            raise CommandError("the case has no kinds yet: set them with #kind first")
        if {Kind.ACCESS, Kind.PORTABILITY} & set(case.kinds) and not link:
            raise CommandError(
                "an access/portability answer needs the copy: give a download link "
                "(#done https://...); requestbot cannot attach files"
            )
        to_notify = {s.name for s in art19.notice_systems(ctx.cfg, case)}
        open_rows = [
            r["name"]
            for r in checklist(ctx.cfg, case)
            if r["state"] == "open" and r["name"] not in to_notify
        ]
        if open_rows and FOLLOW_THROUGH_KINDS & set(case.kinds) and not force:
            raise CommandError(
                f"systems still open: {', '.join(open_rows)}. Mark each with "
                "#system <name> done|n/a (Art 19: tell every recipient), "
                "or send #done force"
            )
        hold = must_hold_answer(case)
        case, _told = art19.send_notices(  # Art 19, by mail; held with the answer if it is
            ctx, case, call.actor, hold=HOLD_UNCONFIRMED if hold else ""
        )
        case, subject, sent = send_to_requester(
            ctx,
            case,
            "completion",
            call.actor,
            hold=HOLD_UNCONFIRMED if hold else "",
            systems=systems_for_completion(ctx, case),
            note=note,
            access_link=link,
        )
        if hold:  # the case closes when the held answer is released
            return Result(self.action, case, "", subject, sent, held=True)
        case = transition(ctx, case, Status.COMPLETED, call, outcome="completed")
        detail = f"Closed with systems still open: {', '.join(open_rows)}" if open_rows else ""
        return Result(self.action, case, detail, subject, sent)


class Refuse(Command):
    name, action, aliases = "refuse", "refuse", ("hylkää", "hylkaa", "avslå")
    usage = "[partial] <reasons>"
    help = (
        "refuse the request (partial: in part) with reasons and remedies; "
        "the reasons go to the customer as written"
    )

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        args = call.args.strip()
        first, _, rest = args.partition(" ")
        partial = first.lower() in {"partial", "osittain", "delvis"}
        reasons = text_of(dataclasses.replace(call, args=rest if partial else args))
        if not reasons:
            raise CommandError("#refuse needs the reasons (they are sent to the customer)")
        check_transition(case.status, Status.REFUSED)
        case, subject, sent = send_to_requester(
            ctx, case, "refusal", call.actor, reasons=reasons, partial=partial
        )
        outcome = "partially_refused" if partial else "refused"
        case = transition(ctx, case, Status.REFUSED, call, outcome=outcome)
        return Result(self.action, case, "partial refusal" if partial else "", subject, sent)


class SetKind(Command):
    name, action, aliases = "kind", "kind", ("tyyppi", "typ")
    usage = "<kinds>"
    help = "correct the kinds (access erasure ... or poisto, tarkastus, ...)"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        kinds = parse_kinds(call.args)
        old = "+".join(k.value for k in case.kinds) or "-"
        new = "+".join(k.value for k in kinds)
        # staff have now read it: a flagged reading is confirmed
        confirming = case.needs_review and case.status == Status.TRIAGE
        case = ctx.store.save_case(dataclasses.replace(case, kinds=kinds, needs_review=False))
        ctx.store.add_event(case.id, call.actor, "kinds", f"{old} -> {new}", at=ctx.now())
        notes = [f"{old} -> {new}"]
        if case.status == Status.TRIAGE:
            case = transition(ctx, case, Status.IN_PROGRESS, call)
            notes.append("moved out of triage")
            if needs_genuine_address(ctx.cfg, kinds) and not case.address_verified:
                notes.append("address not verified: use #verified once it is")
        if Kind.MARKETING_OPT_OUT in kinds and ctx.store.suppress(
            case.requester_address, at=ctx.now(), source=case.id
        ):
            ctx.store.add_event(case.id, call.actor, "suppressed", "added by #kind", at=ctx.now())
            notes.append("address added to the suppression list")
        if confirming and kinds == (Kind.MARKETING_OPT_OUT,) and ctx.cfg.requests.optout_autoclose:
            # the "you are unsubscribed" letter waited for this confirmation
            case, _subject, _text = send_to_requester(ctx, case, "optout_done", call.actor)
            case = transition(ctx, case, Status.COMPLETED, call, outcome="opted_out")
            notes.append("opt-out confirmed: the customer is told and the case closed")
        return Result(self.action, case, "; ".join(notes))


class SetLanguage(Command):
    name, action, aliases = "language", "language", ("kieli", "språk")
    usage = "<fi|sv|en>"
    help = "change the language of the answers to the customer"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        word = call.args.strip().lower()
        lang = LANGUAGE_ALIASES.get(word, word)
        allowed = ctx.cfg.controller.languages
        if lang not in allowed:
            raise CommandError(f"#language needs one of {', '.join(allowed)}")
        old = case.language
        case = ctx.store.save_case(dataclasses.replace(case, language=lang))
        return Result(self.action, case, f"{old} -> {lang}")


class SetSystem(Command):
    name, action = "system", "system"
    aliases = ("järjestelmä", "jarjestelma")
    usage = "<name> done|n/a"
    help = "mark a connected system done or not applicable"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        name, _, state_word = call.args.strip().rpartition(" ")
        state = SYSTEM_STATES.get(state_word.lower())
        if not name or state is None:
            raise CommandError("#system needs a system name and done or n/a")
        system = match_system(ctx, name)
        systems = {**case.systems, system: state}
        case = ctx.store.save_case(dataclasses.replace(case, systems=systems))
        still = [r["name"] for r in checklist(ctx.cfg, case) if r["state"] == "open"]
        return Result(
            self.action, case, f"{system}: {state}; still open: {', '.join(still) or 'none'}"
        )


class Note(Command):
    name, action, aliases = "note", "note", ("huom", "anteckning")
    usage = "<text>"
    help = "an internal note (never sent to the customer)"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        text = text_of(call)
        if not text:
            raise CommandError("#note needs the text of the note")
        return Result(self.action, case, event_detail=text[:4000])


class NotARequest(Command):
    name, action = "not-a-request", "not_a_request"
    aliases = ("not_a_request", "ei-pyyntö", "ei-pyynto", "ingen-begäran")
    help = "the message is not a data protection request; stop the clock"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        case = transition(ctx, case, Status.NOT_A_REQUEST, call, outcome="not_a_request")
        return Result(self.action, case)


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
            ctx.cfg.controller.default_language,
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
    Reopen(),
    Help(),
)

BY_WORD: dict[str, Command] = {w: c for c in COMMANDS for w in c.words}


def lookup(word: str) -> Command | None:
    return BY_WORD.get(unicodedata.normalize("NFC", word).lower())


def help_text() -> str:
    """One line per command, generated from the command objects."""
    lines = []
    for c in COMMANDS:
        words = " / ".join(f"#{w}" for w in c.words)
        lines.append(f"{words} {c.usage}".rstrip() + f"  - {c.help}")
    return "\n".join(lines)
