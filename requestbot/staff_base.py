"""What every staff command shares: the call, the result, the error, helpers.

A command checks everything it can before it changes anything: it raises
CommandError (or the store raises CaseError) while the case is still
untouched. Errors and results are ``Say`` sentences (staff_text.py), put
into the staff language when staff.py writes the answer.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from .automated import is_no_reply_address
from .errors import RequestbotError
from .model import Case, Kind, Status, sort_kinds
from .pipeline import Context, add_our_message_id, case_context, queue_mail, tz
from .staff_text import Say, Term


class CommandError(RequestbotError):
    """A staff command cannot be carried out; the sentence goes back to staff."""

    def __init__(self, key: str, **params: object) -> None:
        self.say = Say(key, params)
        shown = ", ".join(f"{k}={v}" for k, v in params.items())
        super().__init__(f"{key}: {shown}" if shown else key)


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
    message_id: str = ""
    subject: str = ""
    raw: bytes = b""


@dataclass(frozen=True)
class Result:
    action: str  # key of [actions] in terms.toml
    case: Case | None = None
    notes: tuple[Say, ...] = ()
    sent_subject: str = ""
    sent_text: str = ""
    answered: bool = False  # the command sent its own answer (help, list): no ok mail
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


def language_note(ctx: Context, case: Case, text: str) -> tuple[Say, ...]:
    """A warning when text for the customer reads as another language than the
    letter's (it goes into the letter word for word)."""
    from .understand.language import detect

    if len(text.split()) < 4:
        return ()
    written = detect(text, ctx.cfg.controller.languages, case.language)
    if written == case.language:
        return ()
    return (
        Say(
            "text_language",
            {"written": Term("languages", written), "letter": Term("languages", case.language)},
        ),
    )


def fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).strip().lower()


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
        raise CommandError("no_reply_address", address=case.requester_address)
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


def transition(ctx: Context, case: Case, new: Status, call: Call, **changes: Any) -> Case:
    return ctx.store.transition(
        case.id, new, actor=call.actor, at=ctx.now(), reason=call.line[:300], **changes
    )


def set_facts(ctx: Context, case: Case, **changes: Any) -> Case:
    fresh = ctx.store.require_case(case.id)
    return ctx.store.save_case(
        dataclasses.replace(fresh, facts=dataclasses.replace(fresh.facts, **changes))
    )


#: Kind names staff may type besides the Kind values (fi / sv words).
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
    "marknadsföringsförbud": Kind.MARKETING_OPT_OUT,
    "valitus": Kind.COMPLAINT,
    "klagomål": Kind.COMPLAINT,
}

_KIND_SPLIT = re.compile(r"[\s,;+]+")


def kind_of(word: str) -> Kind | None:
    word = fold(word)
    kind = KIND_ALIASES.get(word)
    if kind is not None:
        return kind
    try:
        return Kind(word.replace("-", "_"))
    except ValueError:
        return None


def known_kinds() -> list[Term]:
    return [Term("kinds_short", k.value) for k in Kind]


def parse_kinds(args: str) -> tuple[Kind, ...]:
    words = [w for w in _KIND_SPLIT.split(args.strip().lower()) if w]
    if not words:
        raise CommandError("kind_missing", known=known_kinds())
    kinds: list[Kind] = []
    for word in words:
        kind = kind_of(word)
        if kind is None:
            raise CommandError("unknown_kind", word=word, known=known_kinds())
        kinds.append(kind)
    return sort_kinds(kinds)


def leading_kinds(args: str) -> tuple[tuple[Kind, ...], str]:
    """Kind words at the start of ``args`` (up to a ':' or the first other word)."""
    head, colon, tail = args.partition(":")
    words = [w for w in _KIND_SPLIT.split(head.strip()) if w]
    if colon and words and all(kind_of(w) for w in words):
        return sort_kinds(kind_of(w) for w in words), tail.strip()
    kinds: list[Kind] = []
    rest = args.strip()
    while rest:
        word, _, after = rest.partition(" ")
        kind = kind_of(word.strip(",;+"))
        if kind is None:
            break
        kinds.append(kind)
        rest = after.strip().lstrip(":").strip()
    return sort_kinds(kinds), rest


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
        raise CommandError("no_system", name=name, systems=names)
    raise CommandError("ambiguous_system", name=name, systems=found)


_DATE_FI = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_date(word: str) -> date | None:
    """2027-01-31 or 31.1.2027; None if ``word`` is not a date."""
    word = word.strip().rstrip(".,;")
    m = _DATE_FI.fullmatch(word)
    try:
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        return date.fromisoformat(word) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", word) else None
    except ValueError:
        return None


def require_date(word: str) -> date:
    found = parse_date(word)
    if found is None:
        raise CommandError("bad_date", value=word)
    return found
