"""Staff mail: authenticate it, find the case and the command lines, dispatch.

Staff mail is mail whose From address is one of ``[staff] addresses``. It is
acted on only when the receiving service vouches for it (authcheck.py):
the topmost Authentication-Results of our ``authserv_id`` shows DMARC or DKIM
pass aligned with the From domain, or on Microsoft 365 Exchange stamped it as
internal mail (``authentication = "none"`` only with ``insecure_trust_from``).
Mail that claims a staff address and fails that check runs nothing, is never
taken as a requester's request, goes to quarantine, and staff get an alert.

Commands are ``#word args`` lines at the top of the new (unquoted) text; the
text after them is the body (``#reply`` sends it). They run in order and the
first failing one stops the rest. Every command gets an answer to the staff
member: staff_command_ok or staff_command_error. A staff reply without a
command is an internal note. The commands themselves are in staff_commands.py.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from typing import Any

from . import outbox
from .authcheck import AuthVerdict
from .cases import normalise_address
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

__all__ = ["COMMANDS", "handle", "help_text", "parse_commands"]

audit = logging.getLogger("requestbot.audit")

_COMMAND_LINE = re.compile(r"#\s*(?P<word>[^\s:]+):?(?:\s+(?P<args>.*))?")


@dataclass(frozen=True)
class CommandLine:
    line: str
    word: str
    args: str


# --- pure parts ------------------------------------------------------------------------


def parse_commands(text: str) -> tuple[list[CommandLine], str]:
    """The ``#`` lines at the top of ``text`` (blank lines between them allowed) and the
    body after them. Text before the first command line means: no commands."""
    lines = text.replace("\r\n", "\n").split("\n")
    found: list[CommandLine] = []
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if not stripped:
            i += 1
            continue
        m = _COMMAND_LINE.fullmatch(stripped)
        if not m:
            break
        found.append(CommandLine(stripped, m["word"].lower(), (m["args"] or "").strip()))
        i += 1
    if not found:
        return [], text.strip()
    return found, "\n".join(lines[i:]).strip()


def is_staff_address(ctx: Context, address: str) -> bool:
    return normalise_address(address) in {normalise_address(a) for a in ctx.cfg.staff.addresses}


def authenticate(ctx: Context, msg: InboundMessage) -> AuthVerdict:
    st = ctx.cfg.staff
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
        ctx.cfg.controller.default_language,
        {"controller": controller_context(ctx.cfg), **context},
        to=msg.from_addr,
        audience="staff",
        in_reply_to=msg.message_id,
        references=msg.references,
    )
    if case is not None:
        add_our_message_id(ctx, case, mid)


def answer_ok(ctx: Context, item: Item, line: str, result: Result) -> None:
    case = result.case
    assert case is not None
    answer_staff(
        ctx,
        item,
        case,
        "staff_command_ok",
        {
            "case_id": case.id,
            "command": line[:200],
            "action": result.action,
            "status": case.status.value,
            "due": case.effective_due,
            "detail": result.detail,
            "sent_subject": result.sent_subject,
            "sent_text": result.sent_text,
            "held": result.held,
        },
    )


def answer_error(ctx: Context, item: Item, case: Case | None, line: str, error: str) -> None:
    answer_staff(
        ctx,
        item,
        case,
        "staff_command_error",
        {"case_id": case.id if case else "", "command": line[:200], "error": error[:500]},
    )


# --- the handler ------------------------------------------------------------------------


def handle(ctx: Context, item: Item) -> Disposition | None:
    """pipeline's staff step: None for mail that does not claim a staff address."""
    msg = item.msg
    if not is_staff_address(ctx, msg.from_addr):
        return None
    case = find_case(ctx, msg)
    verdict = authenticate(ctx, msg)
    if not verdict.ok:
        return spoofed(ctx, item, case, verdict)
    commands, body = parse_commands(msg.new_text)
    actor = normalise_address(msg.from_addr)
    if not commands:
        if case is None:
            answer_error(
                ctx,
                item,
                None,
                msg.subject[:200] or "(no subject)",
                "no command and no case: nothing was done. Reply to a case message "
                "(subject with the case reference) and start with a # command.",
            )
            return Disposition("staff", "no_case", Folder.PROCESSED, None, "no command, no case")
        ctx.store.add_event(case.id, actor, "note", msg.new_text[:4000], at=ctx.now())
        audit.info("case=%s step=staff outcome=note", case.id)
        return Disposition("staff", "note", Folder.PROCESSED, case.id)
    files = tuple(attachment_files(item.raw)) if msg.attachments else ()
    for done, cl in enumerate(commands):
        command = lookup(cl.word)
        call = Call(cl.line, cl.word, cl.args, body, actor, len(msg.attachments), files)
        error = dispatch_error(command, case, cl)
        if error is None:
            assert command is not None
            try:
                result = command.run(ctx, case, call)
            except (CommandError, CaseError) as exc:
                error = str(exc)
        if error is not None:
            fail(ctx, item, case, cl, actor, error)
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
            answer_ok(ctx, item, cl.line, dataclasses.replace(result, case=case))
        audit.info(
            "case=%s step=staff command=%s outcome=ok", case.id if case else "-", command.name
        )
    return Disposition("staff", "commands", Folder.PROCESSED, case.id if case else None)


def dispatch_error(command: Command | None, case: Case | None, cl: CommandLine) -> str | None:
    if command is None:
        return f"unknown command #{cl.word}"
    if command.needs_case and case is None:
        return (
            "no case found: reply to the case message, or put the case reference "
            "(e.g. [DSR-2026-0001]) in the subject"
        )
    return None


def fail(
    ctx: Context, item: Item, case: Case | None, cl: CommandLine, actor: str, error: str
) -> None:
    if case is not None:
        ctx.store.add_event(
            case.id, actor, "command_failed", f"{cl.line[:200]}: {error}"[:500], at=ctx.now()
        )
        case = ctx.store.require_case(case.id)
    answer_error(ctx, item, case, cl.line, error)
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
            ctx.cfg.controller.default_language,
            context,
            to=addr,
            audience="staff",
        )
    audit.info("case=%s step=staff outcome=spoofed", case.id if case else "-")
    return Disposition(
        "staff", "spoofed", Folder.QUARANTINE, case.id if case else None, detail[:300]
    )
