"""Identity documents leave once the identity is settled (domain.md §6, EDPB §79:
keep "the ID was checked", not the copy).

A case's identity is settled when its address is verified (``#verified`` or a
confirming reply) or when the case is closed. Then every message the case took
in with attachments is looked up in the processed folder by its Message-ID; an
attachment that is an image or a PDF and reads as an identity document (by its
file name, or because the message speaks of one) is replaced by a one-line
marker: a stripped copy is APPENDed with the original INTERNALDATE and flags,
then the original is deleted. The copy kept for an open case next to the store
(``mailretention``) is stripped the same way. The message record is marked
``id_checked`` so that the work is done once; the case gets an event.

``strip`` and ``is_identity_document`` are pure; ``run`` does the I/O through the
mail source (mailbox.py / maildir.py).
"""

from __future__ import annotations

import email
import email.policy
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from .cases import CaseStore
from .config import Config
from .mailretention import case_mail_dir, content_hash
from .store import atomic_write_bytes

log = logging.getLogger("requestbot.iddocs")
audit = logging.getLogger("requestbot.audit")

#: Set on a stripped copy, so that a run interrupted between APPEND and delete
#: does not append a second copy.
MARK_HEADER = "X-Requestbot-Identity-Removed"

_ID_WORDS = re.compile(
    r"passi|passport|\bpass(?:et)?\b|henkil[öo]kort|henkil[öo]llisyy|ajokort|kuvallinen|"
    r"k[öo]rkort|id-?kort|legitimation|identitetshandling|identity|id[ -]?card|"
    r"driving[ _-]?licen[cs]e|driver'?s[ _-]?licen[cs]e",
    re.IGNORECASE,
)
_ID_TOKEN = re.compile(r"(?:^|[^a-z])id(?:[^a-z]|$)", re.IGNORECASE)


def is_identity_document(filename: str, content_type: str, text: str) -> bool:
    """An image or PDF that is named like an identity document, or sent with a text
    that speaks of one."""
    ctype = content_type.lower()
    if not (ctype.startswith("image/") or ctype == "application/pdf"):
        return False
    stem = filename.rsplit(".", 1)[0]
    return bool(_ID_WORDS.search(filename) or _ID_TOKEN.search(stem) or _ID_WORDS.search(text))


def _text_of(msg: EmailMessage) -> str:
    parts = [str(msg.get("Subject", ""))]
    body = msg.get_body(("plain",))
    if body is not None:
        try:
            parts.append(str(body.get_content()))  # type: ignore[attr-defined]
        except (LookupError, ValueError) as exc:  # an unknown charset: judge by file names
            log.debug("body not readable for the identity check: %s", exc)
    return "\n".join(parts)


def strip(raw: bytes, when: datetime) -> tuple[bytes, list[str]]:
    """``raw`` without its identity documents, and the content types removed."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    text = _text_of(msg)
    removed: list[str] = []
    for part in msg.walk():
        if part.is_multipart() or part is msg:
            continue
        if part.get_content_disposition() not in ("attachment", "inline"):
            continue
        filename = part.get_filename() or ""
        ctype = part.get_content_type()
        if not is_identity_document(filename, ctype, text):
            continue
        removed.append(ctype)
        assert isinstance(part, EmailMessage)
        part.set_content(
            f"[{MARK_HEADER}: {ctype}, {when.date().isoformat()}]\n", disposition="inline"
        )
    if not removed:
        return raw, []
    msg[MARK_HEADER] = when.date().isoformat()
    return msg.as_bytes(policy=email.policy.SMTP), removed


@dataclass(frozen=True)
class Candidate:
    case_id: str
    record_id: int
    message_id: str
    hash: str


def candidates(store: CaseStore) -> list[Candidate]:
    """Message records with attachments, of cases whose identity is settled, not yet checked."""
    out = []
    for case in store.cases(lambda c: c.address_verified or not c.is_open):
        for doc in store.message_docs(case.id):
            if doc.get("attachments") and not doc.get("id_checked"):
                out.append(
                    Candidate(case.id, doc.doc_id, str(doc.get("message_id", "")), doc["hash"])
                )
    return out


def _strip_kept_copies(store: CaseStore, case_id: str, now: datetime) -> int:
    where = case_mail_dir(store, case_id)
    count = 0
    if where.is_dir():
        for path in sorted(where.glob("*.eml")):
            new, removed = strip(path.read_bytes(), now)
            if removed:
                atomic_write_bytes(path, new)
                count += len(removed)
    return count


def run(cfg: Config, store: CaseStore, source: Any, now: datetime) -> int:
    """Strip the settled cases' identity documents; returns how many were removed."""
    folder = cfg.imap.processed_folder
    total = 0
    for cand in candidates(store):
        removed: list[str] = []
        stripped_hash = ""
        found = source.search_message_id(folder, cand.message_id) if cand.message_id else []
        messages = source.fetch_refs(folder, found) if found else []
        already = any(m.raw.find(MARK_HEADER.encode()) >= 0 for m in messages)
        for m in messages:
            if content_hash(m.raw) != cand.hash:
                continue
            new, gone = strip(m.raw, now)
            if gone:
                stripped_hash = content_hash(new)
            if gone and not already:
                source.append_to(folder, new, m.internaldate, m.flags)
            if gone:
                source.delete_refs(folder, [m.ref])
            removed += gone
        copies = _strip_kept_copies(store, cand.case_id, now)
        with store.transaction():
            store.table("messages").update(
                {"id_checked": now.isoformat(), "stripped_hash": stripped_hash},
                doc_ids=[cand.record_id],
            )
            if removed or copies:
                store.add_event(
                    cand.case_id,
                    "requestbot",
                    "identity_documents_removed",
                    f"{len(removed)} attachment(s) removed from the mailbox, "
                    f"{copies} from the copies kept with the case",
                    at=now,
                    data={"types": removed},
                )
        if removed:
            audit.info("case=%s identity documents removed=%d", cand.case_id, len(removed))
        total += len(removed) + copies
    return total
