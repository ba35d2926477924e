"""A mailbox that forgets: the processed and automated folders are emptied of
messages older than ``[retention] processed_mail_days`` / ``automated_mail_days``
(when ``delete_processed_mail`` is on), the case store keeping what a case needs.

For each old message (IMAP SEARCH BEFORE) the store is asked what it knows,
by the SHA-256 of the raw bytes that intake recorded (``messages.hash``; the
hash survives the redaction of the message log):

* recorded, its case closed, or automated mail  -> deleted;
* recorded for a case that is still open        -> a copy goes to
  ``<store>.mail/<case id>/`` first (the case keeps its mail until it closes;
  ``retention`` removes the copies with the other bodies), then deleted;
* unknown to the store (filed by hand, never taken in) -> kept and counted.

``decide`` is pure; ``run`` does the I/O through the mail source (mailbox.py
or maildir.py, never IMAP here) over its own connection.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .cases import CaseStore
from .config import Config
from .mailbox import FetchedMessage
from .store import atomic_write_bytes

log = logging.getLogger("requestbot.mailretention")
audit = logging.getLogger("requestbot.audit")

#: Messages fetched and decided per round trip.
CHUNK = 100


@dataclass(frozen=True)
class Decision:
    delete: tuple[str, ...] = ()
    copy: tuple[tuple[str, str], ...] = ()  # (case id, ref) to copy before deleting
    keep: tuple[str, ...] = ()  # unknown to the store


@dataclass
class FolderResult:
    folder: str
    before: date
    found: int = 0
    deleted: int = 0
    copied: int = 0
    kept_unknown: int = 0
    refs_copied: list[str] = field(default_factory=list)


def mail_dir(store: CaseStore) -> Path:
    """Copies of received mail kept for open cases, next to the store."""
    return store.path.with_name(store.path.name + ".mail")


def case_mail_dir(store: CaseStore, case_id: str) -> Path:
    return mail_dir(store) / case_id


def delete_case_mail(store: CaseStore, case_id: str) -> int:
    """Remove the kept copies of one case's mail; returns how many files went."""
    where = case_mail_dir(store, case_id)
    if not where.is_dir():
        return 0
    count = sum(1 for p in where.iterdir() if p.is_file())
    shutil.rmtree(where)
    return count


def case_mail_count(store: CaseStore, case_id: str) -> int:
    where = case_mail_dir(store, case_id)
    return sum(1 for p in where.iterdir() if p.is_file()) if where.is_dir() else 0


def content_hash(raw: bytes) -> str:
    """The hash intake records for a message (intake.parse_message)."""
    return hashlib.sha256(raw).hexdigest()


def known_hashes(store: CaseStore) -> dict[str, str]:
    """Content hash -> case id ("" for mail that belongs to no case)."""
    known: dict[str, str] = {}
    for m in store.each_message(lambda d: bool(d.get("hash"))):
        for key in ("hash", "stripped_hash"):  # iddocs.py stores a stripped copy's hash
            if m.get(key):
                known[str(m[key])] = str(m.get("case_id") or "")
    return known


def decide(
    messages: Iterable[FetchedMessage], known: dict[str, str], open_cases: set[str]
) -> Decision:
    delete: list[str] = []
    copy: list[tuple[str, str]] = []
    keep: list[str] = []
    for m in messages:
        h = content_hash(m.raw)
        if h not in known:
            keep.append(m.ref)
            continue
        case_id = known[h]
        if case_id and case_id in open_cases:
            copy.append((case_id, m.ref))
        delete.append(m.ref)
    return Decision(tuple(delete), tuple(copy), tuple(keep))


def folder_limits(cfg: Config, now: datetime) -> list[tuple[str, date]]:
    r, i = cfg.retention, cfg.imap
    today = now.date()
    return [
        (i.processed_folder, today - timedelta(days=r.processed_mail_days)),
        (i.automated_folder, today - timedelta(days=r.automated_mail_days)),
    ]


def _keep_copy(store: CaseStore, case_id: str, m: FetchedMessage) -> None:
    where = case_mail_dir(store, case_id)
    where.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(where / f"{content_hash(m.raw)[:32]}.eml", m.raw)


def run_folder(
    store: CaseStore, source: Any, folder: str, before: date, *, dry_run: bool = False
) -> FolderResult:
    result = FolderResult(folder, before)
    refs: Sequence[str] = source.search_before(folder, before)
    result.found = len(refs)
    if dry_run or not refs:
        return result
    known = known_hashes(store)
    open_cases = store.open_case_ids()
    for start in range(0, len(refs), CHUNK):
        chunk = source.fetch_refs(folder, refs[start : start + CHUNK])
        d = decide(chunk, known, open_cases)
        by_ref = {m.ref: m for m in chunk}
        for case_id, ref in d.copy:  # the copy reaches the disk before the delete
            _keep_copy(store, case_id, by_ref[ref])
            result.refs_copied.append(ref)
        result.copied += len(d.copy)
        result.kept_unknown += len(d.keep)
        if d.delete:
            result.deleted += source.delete_refs(folder, d.delete)
    audit.info(
        "mail retention folder=%s before=%s deleted=%d copied=%d kept_unknown=%d",
        folder,
        before,
        result.deleted,
        result.copied,
        result.kept_unknown,
    )
    return result


def run(
    cfg: Config, store: CaseStore, source: Any, now: datetime, *, dry_run: bool = False
) -> list[FolderResult]:
    """Empty each folder of what is older than its limit; [] when switched off."""
    if not cfg.retention.delete_processed_mail:
        return []
    return [
        run_folder(store, source, folder, before, dry_run=dry_run)
        for folder, before in folder_limits(cfg, now)
    ]


def run_with_own_connection(
    cfg: Config, store: CaseStore, now: datetime, *, dry_run: bool = False
) -> list[FolderResult]:
    """As ``run``, over a connection of its own (the daemon's is busy with IDLE); first
    the identity documents of settled cases are removed (iddocs.py). Connects only when
    there is work."""
    from . import iddocs
    from .runner import build_source

    strip_ids = (
        cfg.retention.remove_identity_documents
        and not dry_run
        and not store.readonly
        and bool(iddocs.candidates(store))
    )
    if not (cfg.retention.delete_processed_mail or strip_ids):
        return []
    source = build_source(cfg)
    try:
        if strip_ids:
            iddocs.run(cfg, store, source, now)
        return run(cfg, store, source, now, dry_run=dry_run)
    finally:
        source.close()
