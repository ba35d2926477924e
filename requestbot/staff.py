"""Staff mail: authenticate it, find the case and the command lines, dispatch.

Staff mail is mail whose From address is one of ``[staff] addresses``. It is
acted on only when the receiving service vouches for it (authcheck.py):
the topmost Authentication-Results of our ``authserv_id`` shows DMARC or DKIM
pass aligned with the From domain, or on Microsoft 365 Exchange stamped it as
internal mail (``authentication = "none"`` only with ``insecure_trust_from``).
Mail that claims a staff address and fails that check runs nothing, is never
taken as a requester's request, goes to quarantine, and staff get an alert.

Commands are ``#word args`` lines in the new (unquoted) text: the block starts
at the first line that begins with a command (a greeting may come first); the
text after the block is the body (``#reply`` sends it). They run in order and
the first failing one stops the rest. Every staff mail gets an answer:
staff_command_ok or staff_command_error per command, staff_note_saved for a
mail without a command (kept as an internal note). Lines outside the block
that name a command are not run, and the answer says so. Answers, errors
included, are in ``[staff] language`` (staff_text.py). The commands
themselves are in staff_commands.py, staff_facts.py and staff_desk.py.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from typing import Any

from . import outbox, staff_text
from .authcheck import AuthVerdict
from .cases import TransitionError, normalise_address
from .errors import CaseError
from .intake import attachment_files
from .model import Case, InboundMessage
from .pipeline import (
    BOT,
    Context,
    Disposition,
    Folder,
    Item,
    add_our_message_id,
    controller_context,
    queue_mail,
    sender_verdict,
)
from .staff_commands import COMMANDS, Call, Command, CommandError, Result, help_text, lookup
from .staff_text import Say, say

__all__ = ["COMMANDS", "handle", "help_text", "parse_commands"]

audit = logging.getLogger("requestbot.audit")

_COMMAND_LINE = re.compile(r"#\s*(?P<word>[^\s:]+):?(?:\s+(?P<args>.*))?")
_LOOKS_LIKE = re.compile(r"(?<![\w&])#\s?(?P<word>[^\s:,.;!?]+)")


@dataclass(frozen=True)
class CommandLine:
    line: str
    word: str
    args: str


@dataclass(frozen=True)
class Parsed:
    """A staff mail's own text: the command block, the body after it, and the lines
    outside the block that look like commands (they are not run, staff are told)."""

    commands: tuple[CommandLine, ...]
    body: str
    ignored: tuple[str, ...] = ()
    preamble: str = ""


# --- pure parts ------------------------------------------------------------------------


def _command_line(line: str, first: bool) -> CommandLine | None:
    """``line`` as a command: '#' in its first column. An indented line is never one
    (a pasted notification or help text is indented), nor a help line listing a
    command's words ("#vastaa / #svara / #reply")."""
    stripped = line.rstrip()
    m = _COMMAND_LINE.fullmatch(stripped)
    if not m or " / #" in stripped:
        return None
    word = m["word"].lower()
    # A line further down starts the block only with a real command word, so that a
    # greeting followed by "#1 priority" is not taken for a command.
    if not first and lookup(word) is None:
        return None
    return CommandLine(stripped, word, (m["args"] or "").strip())


def looks_like_commands(text: str) -> list[str]:
    """Lines of ``text`` naming a command word after a '#' somewhere in them
    (indented and help-style lines are pasted text, not attempts: left out)."""
    found = []
    for line in text.splitlines():
        if line[:1].isspace() or " / #" in line:
            continue
        if any(lookup(m["word"]) for m in _LOOKS_LIKE.finditer(line)):
            found.append(line.strip()[:200])
    return found


def parse_commands(text: str) -> Parsed:
    """The command block of ``text`` (the staff member's own, unquoted text).

    The block starts at the first line whose first character is the ``#`` of
    ``#<command>`` (the very first line may carry any ``#word``: an unknown one
    is reported; an indented line is never a command);
    lines above it are a greeting. Command lines follow each other (blank
    lines between them allowed); the body is the text after the block. A
    line outside the block that names a command is not run but reported.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    start, first_text = None, True
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if _command_line(line, first_text) is not None:
            start = i
            break
        first_text = False
    if start is None:
        return Parsed((), text.strip(), tuple(looks_like_commands(text)))
    found: list[CommandLine] = []
    i = start
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        cl = _command_line(lines[i], True)
        if cl is None:
            break
        found.append(cl)
        i += 1
    preamble = "\n".join(lines[:start]).strip()
    body = "\n".join(lines[i:]).strip()
    ignored = looks_like_commands(preamble) + looks_like_commands(body)
    return Parsed(tuple(found), body, tuple(ignored), preamble)


def is_staff_address(ctx: Context, address: str) -> bool:
    return normalise_address(address) in {normalise_address(a) for a in ctx.cfg.staff.addresses}


def authenticate(ctx: Context, msg: InboundMessage, released_by: str = "") -> AuthVerdict:
    st = ctx.cfg.staff
    if released_by:
        return AuthVerdict(True, "released", f"released from quarantine by {released_by}")
    if st.authentication == "none":
        if st.insecure_trust_from:
            return AuthVerdict(True, "none", "insecure_trust_from")
        return AuthVerdict(False, "", 'authentication = "none" without insecure_trust_from')
    return sender_verdict(ctx.cfg, msg)


def find_case(ctx: Context, msg: InboundMessage) -> Case | None:
    """The case a staff message refers to: our message ids first, then the subject tag.

    Unlike pipeline.find_case_for_reply the tag lookup does not ask for the
    requester's address: staff write from their own.
    """
    for mid in (msg.in_reply_to, *reversed(msg.references)):
        if mid:
            case = ctx.store.find_case_by_message_id(mid)
            if case is not None:
                return case
    tag = outbox.find_case_tag(msg.subject, ctx.cfg.controller.case_prefix)
    return ctx.store.get_case(tag) if tag else None


# --- answers to staff -------------------------------------------------------------------


def answer_staff(
    ctx: Context, item: Item, case: Case | None, template: str, context: dict[str, Any]
) -> None:
    msg = item.msg
    mid = queue_mail(
        ctx,
        case,
        template,
        ctx.cfg.staff_language,
        {"controller": controller_context(ctx.cfg), **context},
        to=msg.from_addr,
        audience="staff",
        in_reply_to=msg.message_id,
        references=msg.references,
    )
    if case is not None and mid:
        add_our_message_id(ctx, case, mid)


def staff_words(ctx: Context, sentences: tuple[Say, ...] | list[Say]) -> str:
    return staff_text.lines(ctx.renderer, ctx.cfg.staff_language, list(sentences))


def answer_ok(
    ctx: Context, item: Item, line: str, result: Result, ignored: tuple[str, ...] = ()
) -> None:
    case = result.case
    answer_staff(
        ctx,
        item,
        case,
        "staff_command_ok",
        {
            "case_id": case.id if case else "",
            "command": line[:200],
            "action": result.action,
            "status": case.status.value if case else "",
            "due": case.effective_due if case else None,
            "detail": staff_words(ctx, result.notes),
            "sent_subject": result.sent_subject,
            "sent_text": result.sent_text,
            "held": result.held,
            "ignored": list(ignored),
        },
    )


def answer_error(
    ctx: Context,
    item: Item,
    case: Case | None,
    line: str,
    error: Say,
    ignored: tuple[str, ...] = (),
) -> None:
    answer_staff(
        ctx,
        item,
        case,
        "staff_command_error",
        {
            "case_id": case.id if case else "",
            "command": line[:200],
            "error": staff_words(ctx, [error])[:1000],
            "ignored": list(ignored),
        },
    )


def error_of(exc: Exception) -> Say:
    """A command's failure as a sentence for staff."""
    if isinstance(exc, CommandError):
        return exc.say
    if isinstance(exc, TransitionError):
        return say("transition", old=exc.old, new=exc.new, allowed=list(exc.allowed))
    return say("case_error", detail=str(exc)[:300])


# --- the handler ------------------------------------------------------------------------


def handle(ctx: Context, item: Item) -> Disposition | None:
    """pipeline's staff step: None for mail that does not claim a staff address."""
    msg = item.msg
    if not is_staff_address(ctx, msg.from_addr):
        return None
    case = find_case(ctx, msg)
    verdict = authenticate(ctx, msg, released_by=item.released_by)
    if not verdict.ok:
        return spoofed(ctx, item, case, verdict)
    parsed = parse_commands(msg.new_text)
    actor = normalise_address(msg.from_addr)
    if not parsed.commands:
        return note_only(ctx, item, case, actor, parsed)
    files = tuple(attachment_files(item.raw)) if msg.attachments else ()
    ignored = parsed.ignored
    for done, cl in enumerate(parsed.commands):
        command = lookup(cl.word)
        call = Call(
            cl.line,
            cl.word,
            cl.args,
            parsed.body,
            actor,
            len(msg.attachments),
            files,
            message_id=msg.message_id,
            subject=msg.subject,
        )
        error = dispatch_error(command, case, cl)
        if error is None:
            assert command is not None
            try:
                result = command.run(ctx, case, call)
            except (CommandError, CaseError) as exc:
                error = error_of(exc)
        if error is not None:
            fail(ctx, item, case, cl, actor, error, ignored)
            outcome = "command_failed" if done == 0 else "commands_partly_done"
            return Disposition("staff", outcome, Folder.PROCESSED, case.id if case else None)
        assert command is not None
        case = result.case or case
        if case is not None:
            ctx.store.add_event(
                case.id,
                actor,
                command.name,
                cl.args if result.event_detail is None else result.event_detail,
                at=ctx.now(),
            )
            case = ctx.store.require_case(case.id)
        if not result.answered:
            answer_ok(ctx, item, cl.line, dataclasses.replace(result, case=case), ignored)
            ignored = ()
        audit.info(
            "case=%s step=staff command=%s outcome=ok", case.id if case else "-", command.name
        )
    return Disposition("staff", "commands", Folder.PROCESSED, case.id if case else None)


def note_only(
    ctx: Context, item: Item, case: Case | None, actor: str, parsed: Parsed
) -> Disposition:
    """A staff mail without a command: a note on its case; staff get a receipt."""
    msg = item.msg
    if case is None:
        answer_error(
            ctx,
            item,
            None,
            msg.subject[:200] or "-",
            say("no_command_no_case"),
            parsed.ignored,
        )
        return Disposition("staff", "no_case", Folder.PROCESSED, None, "no command, no case")
    ctx.store.add_event(case.id, actor, "note", msg.new_text[:4000], at=ctx.now())
    case = ctx.store.require_case(case.id)
    answer_staff(
        ctx,
        item,
        case,
        "staff_note_saved",
        {"case_id": case.id, "ignored": list(parsed.ignored), "status": case.status.value},
    )
    audit.info("case=%s step=staff outcome=note", case.id)
    return Disposition("staff", "note", Folder.PROCESSED, case.id)


def dispatch_error(command: Command | None, case: Case | None, cl: CommandLine) -> Say | None:
    if command is None:
        return say("unknown_command", word="#" + cl.word)
    if command.needs_case and case is None:
        return say("no_case_found")
    return None


def fail(
    ctx: Context,
    item: Item,
    case: Case | None,
    cl: CommandLine,
    actor: str,
    error: Say,
    ignored: tuple[str, ...] = (),
) -> None:
    if case is not None:
        english = f"{error.key} {dict(error.params)}" if error.params else error.key
        ctx.store.add_event(
            case.id, actor, "command_failed", f"{cl.line[:200]}: {english}"[:500], at=ctx.now()
        )
        case = ctx.store.require_case(case.id)
    answer_error(ctx, item, case, cl.line, error, ignored)
    audit.info("case=%s step=staff command=%s outcome=error", case.id if case else "-", cl.word)


MAX_SPOOF_ALERTS_PER_HOUR = 5


def spoofed(ctx: Context, item: Item, case: Case | None, verdict: AuthVerdict) -> Disposition:
    """Claims a staff address, fails authentication: run nothing, alert staff."""
    msg = item.msg
    detail = f"claimed {msg.from_addr}: {verdict.detail}"[:500]
    if case is not None:
        ctx.store.add_event(case.id, BOT, "spoofed_staff_mail", detail, at=ctx.now())
    context = {
        "controller": controller_context(ctx.cfg),
        "from_addr": msg.from_addr,
        "subject": msg.subject[:300],
        "auth_results": [" ".join(r.split())[:500] for r in msg.auth_results],
        "received_at": item.received_at,
        "reason": verdict.detail[:500],
    }
    recipients = dict.fromkeys(normalise_address(a) for a in (*ctx.cfg.staff.notify, msg.from_addr))
    # A flood of forged mail must not become a flood of alerts: a few an hour.
    hour_key = "spoof_alerts:" + ctx.now().strftime("%Y-%m-%dT%H")
    sent_this_hour = int(ctx.store.get_state(hour_key, 0))
    ctx.store.set_state(hour_key, sent_this_hour + 1)
    if sent_this_hour >= MAX_SPOOF_ALERTS_PER_HOUR:
        recipients = {}
    for addr in recipients:
        queue_mail(
            ctx,
            case,
            "staff_spoof_alert",
            ctx.cfg.staff_language,
            context,
            to=addr,
            audience="staff",
        )
    audit.info("case=%s step=staff outcome=spoofed", case.id if case else "-")
    return Disposition(
        "staff", "spoofed", Folder.QUARANTINE, case.id if case else None, detail[:300]
    )
