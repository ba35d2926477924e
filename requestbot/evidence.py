"""An evidence pack for the supervisory authority: one case in a self-contained folder.

``requestbot cases export ID DIR`` writes::

    DIR/index.html          the readable timeline (template ``evidence_pack``, HTML part)
    DIR/README.txt          the same as text
    DIR/evidence.json       everything below as data
    DIR/letters/NN-kind.eml the exact bytes of every message sent for the case

The timeline is derived from the case's append-only event log and its outbox
records (received, acknowledged, confirmed, extended, answered, systems done,
recipients told, closed: each with who and when); the letters come with their
SMTP acceptance record (the server's final reply and the time). Personal data
in the pack is only what the case record itself holds. ``build`` is pure over
what the store returns; ``write`` does the file I/O.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .cases import CaseStore, case_from_doc, case_to_doc, event_from_doc
from .errors import CaseError, RequestbotError
from .model import Case, CaseEvent
from .outbox import raw_of
from .templates import Renderer

BOT = "requestbot"
#: Event actions that are staff commands (staff_commands.py command names).
STAFF_COMMANDS = frozenset(
    {
        "reply",
        "verified",
        "extend",
        "done",
        "refuse",
        "kind",
        "language",
        "system",
        "note",
        "not-a-request",
        "reopen",
        "help",
        "command_failed",
    }
)
#: Outgoing kinds that answer the request (the final or a substantive answer).
ANSWERS = frozenset({"completion", "refusal", "staff_reply", "optout_done", "unconfirmed_close"})
CLOSING = {"completed", "refused", "withdrawn", "not_a_request"}


class ExportError(RequestbotError):
    """The pack cannot be written where asked."""


@dataclass(frozen=True)
class Entry:
    """One line of the timeline: ``what`` is a code the template names in its language."""

    at: datetime
    what: str
    who: str
    detail: str = ""

    def to_json(self) -> dict[str, str]:
        return {
            "at": self.at.isoformat(),
            "what": self.what,
            "who": self.who,
            "detail": self.detail,
        }


def _at(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def timeline(case: Case, events: list[CaseEvent], letters: list[dict[str, Any]]) -> list[Entry]:
    """The milestones of a case, oldest first."""
    out = [Entry(case.received_at, "received", case.requester_address, case.subject)]
    for ev in events:
        action = ev.action
        if action == "opened":
            continue
        if action == "address_confirmed" or action == "verified":
            out.append(Entry(ev.at, "confirmed", ev.actor, ev.detail))
        elif action.startswith("status:"):
            status = action.partition(":")[2]
            if status == "extended":
                out.append(Entry(ev.at, "extended", ev.actor, case.extension_reasons))
            elif status in CLOSING:
                out.append(Entry(ev.at, f"closed_{status}", ev.actor, ev.detail))
            elif status == "in_progress" and ev.data.get("from") in CLOSING:
                out.append(Entry(ev.at, "reopened", ev.actor, ev.detail))
        elif action == "system":
            out.append(Entry(ev.at, "system", ev.actor, ev.detail))
        elif action == "art19_notice_answered":
            out.append(Entry(ev.at, "recipient_answered", ev.actor, ev.detail))
        elif action == "art19_notice_unanswered":
            out.append(Entry(ev.at, "recipient_silent", ev.actor, ev.detail))
        elif action == "suppressed":
            out.append(Entry(ev.at, "suppressed", ev.actor, ""))
        elif action == "requester_replied":
            out.append(Entry(ev.at, "requester_replied", ev.actor, ""))
    confirmed_by_event = any(e.action in ("address_confirmed", "verified") for e in events)
    if case.address_verified and not confirmed_by_event and case.verification:
        # Genuine on arrival (DKIM/DMARC of the sender's domain): confirmed when received.
        out.append(Entry(case.received_at, "confirmed", BOT, case.verification))
    for letter in letters:
        sent = _at(letter.get("sent_at"))
        if sent is None:
            continue
        kind = str(letter.get("kind", ""))
        if kind in ("ack", "ack_review"):
            what = "acknowledged"
        elif kind == "art19_notice":
            what = "recipient_told"
        elif kind in ANSWERS:
            what = "answered"
        elif letter.get("audience") == "requester":
            what = "letter"
        else:
            continue  # staff notifications are in letters.json, not milestones
        out.append(Entry(sent, what, BOT, f"{kind} → {letter.get('to', '')}"))
    out.sort(key=lambda e: e.at)
    return out


def _letter_name(n: int, kind: str) -> str:
    return f"{n:02d}-{re.sub(r'[^a-z0-9_]+', '_', kind.lower()) or 'mail'}.eml"


def letters_of(store: CaseStore, outbox: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every outgoing message of the case with its acceptance record and exact bytes."""
    out = []
    for n, item in enumerate(sorted(outbox, key=lambda d: str(d.get("created_at", ""))), 1):
        kind = str(item.get("kind", ""))
        out.append(
            {
                "file": _letter_name(n, kind),
                "kind": kind,
                "audience": item.get("audience", ""),
                "to": item.get("to", ""),
                "subject": item.get("subject", ""),
                "message_id": item.get("message_id", ""),
                "created_at": item.get("created_at"),
                "status": item.get("status", ""),
                "sent_at": item.get("sent_at"),
                "smtp_reply": item.get("smtp_reply"),
                "attempts": item.get("attempts", 0),
                "raw": raw_of(store, item),
            }
        )
    return out


def _find(store: CaseStore, case_id: str) -> tuple[Case, list[CaseEvent], list[dict[str, Any]]]:
    case = store.get_case(case_id)
    if case is not None:
        return case, store.events(case_id), [dict(d) for d in store.outbox_docs(case_id)]
    for year in store.archive_years():
        rec = store.read_archive(year).get(case_id)
        if rec is not None:
            events = [event_from_doc(e) for e in rec.get("events", ())]
            return case_from_doc(rec["case"]), events, list(rec.get("outbox", ()))
    raise CaseError(f"no case {case_id}")


def build(store: CaseStore, case_id: str, now: datetime) -> dict[str, Any]:
    """The whole pack as data (``evidence.json`` is this, letters without their bytes)."""
    case, events, outbox = _find(store, case_id)
    letters = letters_of(store, outbox)
    return {
        "generated_at": now.isoformat(),
        "case": case_to_doc(case),
        "timeline": [e.to_json() for e in timeline(case, events, letters)],
        "classification": {
            "kinds": [k.value for k in case.kinds],
            "language": case.language,
            "confidence": case.confidence,
            "needs_review": case.needs_review,
            "evidence": case_to_doc(case)["evidence"],
        },
        "staff_commands": [
            {"at": e.at.isoformat(), "who": e.actor, "command": e.action, "detail": e.detail}
            for e in events
            if e.action in STAFF_COMMANDS and e.actor != BOT
        ],
        "events": [
            {
                "at": e.at.isoformat(),
                "who": e.actor,
                "action": e.action,
                "detail": e.detail,
                "data": e.data,
            }
            for e in events
        ],
        "letters": letters,
    }


def _template_context(pack: dict[str, Any], controller: dict[str, str]) -> dict[str, Any]:
    case = pack["case"]
    return {
        "controller": controller,
        "case_id": case["id"],
        "case": case,
        "generated_at": datetime.fromisoformat(pack["generated_at"]),
        "timeline": [{**e, "at": datetime.fromisoformat(e["at"])} for e in pack["timeline"]],
        "classification": pack["classification"],
        "staff_commands": [
            {**c, "at": datetime.fromisoformat(c["at"])} for c in pack["staff_commands"]
        ],
        "letters": [
            {
                **{k: v for k, v in letter.items() if k != "raw"},
                "sent_at": _at(letter.get("sent_at")),
                "kept": bool(letter.get("raw")),
            }
            for letter in pack["letters"]
        ],
        "received_at": datetime.fromisoformat(case["received_at"]),
    }


def write(
    directory: Path,
    pack: dict[str, Any],
    renderer: Renderer,
    lang: str,
    controller: dict[str, str],
) -> list[Path]:
    """Write the pack into ``directory`` (new, or empty); returns the files written."""
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise ExportError(f"{directory}: exists and is not an empty directory")
    rendered = renderer.render("evidence_pack", lang, _template_context(pack, controller))
    if rendered.html is None:
        raise ExportError(f"{lang}/evidence_pack.body.html: template missing")
    written: list[Path] = []
    try:
        (directory / "letters").mkdir(parents=True, exist_ok=True)
        for letter in pack["letters"]:
            if letter["raw"]:
                path = directory / "letters" / letter["file"]
                path.write_bytes(str(letter["raw"]).encode("utf-8"))
                written.append(path)
        data = {
            **pack,
            "letters": [{k: v for k, v in x.items() if k != "raw"} for x in pack["letters"]],
        }
        for name, content in (
            ("index.html", rendered.html),
            ("README.txt", rendered.text),
            ("evidence.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n"),
        ):
            path = directory / name
            path.write_text(content, encoding="utf-8")
            written.append(path)
    except OSError as exc:
        raise ExportError(f"{directory}: cannot write the evidence pack: {exc}") from exc
    return written
