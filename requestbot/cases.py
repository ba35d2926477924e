"""The case store: the only module that uses TinyDB (through store.py).

Tables: cases, events (append-only audit trail), messages (every message
taken in, with its disposition), outbox, suppression, state (daemon state and
heartbeats), meta (schema version, case counters).

Cases are explicit state machines: TRANSITIONS lists the allowed moves; an
invalid move raises CaseError and changes nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.table import Document

from .errors import CaseError, StoreError
from .model import (
    CLOSED_STATUSES,
    Case,
    CaseEvent,
    Evidence,
    Facts,
    Kept,
    Kind,
    Status,
    sort_kinds,
)
from .store import (
    JournalStorage,
    JournalTable,
    StoreLock,
    atomic_write_bytes,
    sync_filesystems,
)

SCHEMA_VERSION = 1
_CLOSED_VALUES = frozenset(s.value for s in CLOSED_STATUSES)
_NO_DOCS: Mapping[int, dict[str, Any]] = {}

#: Suppression keys that are keyed hashes, not addresses.
HASH_PREFIX = "hmac:"
KEY_CHECK_TEXT = b"requestbot suppression key check"

log = logging.getLogger("requestbot.cases")

S = Status
TRANSITIONS: dict[Status, frozenset[Status]] = {
    S.NEW: frozenset(
        {
            S.AWAITING_IDENTITY,
            S.IN_PROGRESS,
            S.TRIAGE,
            S.EXTENDED,
            S.COMPLETED,
            S.REFUSED,
            S.WITHDRAWN,
            S.NOT_A_REQUEST,
        }
    ),
    S.TRIAGE: frozenset(
        {
            S.NEW,
            S.AWAITING_IDENTITY,
            S.IN_PROGRESS,
            S.COMPLETED,
            S.REFUSED,
            S.WITHDRAWN,
            S.NOT_A_REQUEST,
        }
    ),
    S.AWAITING_IDENTITY: frozenset(
        {S.IN_PROGRESS, S.EXTENDED, S.COMPLETED, S.REFUSED, S.WITHDRAWN, S.NOT_A_REQUEST}
    ),
    S.IN_PROGRESS: frozenset({S.EXTENDED, S.COMPLETED, S.REFUSED, S.WITHDRAWN, S.NOT_A_REQUEST}),
    S.EXTENDED: frozenset({S.IN_PROGRESS, S.COMPLETED, S.REFUSED, S.WITHDRAWN}),
    S.COMPLETED: frozenset({S.IN_PROGRESS}),
    S.REFUSED: frozenset({S.IN_PROGRESS}),
    S.WITHDRAWN: frozenset({S.IN_PROGRESS}),
    S.NOT_A_REQUEST: frozenset({S.TRIAGE, S.IN_PROGRESS}),
}


class TransitionError(CaseError):
    """A status change the state machine does not allow; carries the states for staff."""

    def __init__(self, old: Status, new: Status) -> None:
        self.old, self.new = old, new
        self.allowed = tuple(sorted(TRANSITIONS[old], key=lambda s: s.value))
        allowed = ", ".join(s.value for s in self.allowed) or "none"
        super().__init__(f"a case cannot go from {old.value} to {new.value} (allowed: {allowed})")


def check_transition(old: Status, new: Status) -> None:
    if new not in TRANSITIONS[old]:
        raise TransitionError(old, new)


# --- (de)serialisation -------------------------------------------------------


_CASE_FIELDS = tuple(f.name for f in dataclasses.fields(Case))


def case_to_doc(case: Case) -> dict[str, Any]:
    # What dataclasses.asdict gives, without its deep copy of every field (a third of the
    # cost of storing a new case): the fields that are not plain values are converted below.
    d = {name: getattr(case, name) for name in _CASE_FIELDS}
    d["confidence"] = dict(case.confidence)
    d["systems"] = dict(case.systems)
    d["notices"] = {name: dict(notice) for name, notice in case.notices.items()}
    d["kinds"] = [k.value for k in case.kinds]
    d["status"] = case.status.value
    d["received_at"] = case.received_at.isoformat()
    d["due"] = case.due.isoformat()
    d["extended_due"] = case.extended_due.isoformat()
    d["closed_at"] = case.closed_at.isoformat() if case.closed_at else None
    d["evidence"] = [
        {
            "rule": e.rule,
            "kind": e.kind.value if e.kind else None,
            "matched": e.matched,
            "negative": e.negative,
        }
        for e in case.evidence
    ]
    for key in ("message_ids", "our_message_ids"):
        d[key] = list(d[key])
    d["facts"] = facts_to_doc(case.facts)
    return d


def facts_to_doc(f: Facts) -> dict[str, Any]:
    return {
        "kept": [
            {"item": k.item, "reason": k.reason, "until": k.until.isoformat() if k.until else None}
            for k in f.kept
        ],
        "objection_reasons": f.objection_reasons,
        "link_expires": f.link_expires.isoformat() if f.link_expires else None,
        "restricted_until": f.restricted_until.isoformat() if f.restricted_until else None,
        "refused_kinds": [k.value for k in f.refused_kinds],
        "refused_reasons": f.refused_reasons,
        "copy_sent_at": f.copy_sent_at.isoformat() if f.copy_sent_at else None,
        "copy_files": list(f.copy_files),
        "other_addresses": list(f.other_addresses),
    }


def _date_or_none(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def facts_from_doc(d: dict[str, Any]) -> Facts:
    return Facts(
        kept=tuple(
            Kept(k["item"], k.get("reason", ""), _date_or_none(k.get("until")))
            for k in d.get("kept", ())
        ),
        objection_reasons=d.get("objection_reasons", ""),
        link_expires=_date_or_none(d.get("link_expires")),
        restricted_until=_date_or_none(d.get("restricted_until")),
        refused_kinds=sort_kinds(d.get("refused_kinds", ())),
        refused_reasons=d.get("refused_reasons", ""),
        copy_sent_at=datetime.fromisoformat(d["copy_sent_at"]) if d.get("copy_sent_at") else None,
        copy_files=tuple(d.get("copy_files", ())),
        other_addresses=tuple(d.get("other_addresses", ())),
    )


_CASE_FIELD_SET = frozenset(_CASE_FIELDS)


def case_from_doc(d: dict[str, Any]) -> Case:
    v = {k: val for k, val in d.items() if k in _CASE_FIELD_SET}
    v["kinds"] = sort_kinds(v.get("kinds", ()))
    v["status"] = Status(v["status"])
    v["received_at"] = datetime.fromisoformat(v["received_at"])
    v["due"] = date.fromisoformat(v["due"])
    v["extended_due"] = date.fromisoformat(v["extended_due"])
    v["closed_at"] = datetime.fromisoformat(v["closed_at"]) if v.get("closed_at") else None
    v["evidence"] = tuple(
        Evidence(
            e["rule"],
            Kind(e["kind"]) if e.get("kind") else None,
            e["matched"],
            bool(e.get("negative")),
        )
        for e in v.get("evidence", ())
    )
    v["message_ids"] = tuple(v.get("message_ids", ()))
    v["our_message_ids"] = tuple(v.get("our_message_ids", ()))
    v["facts"] = facts_from_doc(v.get("facts") or {})
    return Case(**v)


def event_from_doc(d: dict[str, Any]) -> CaseEvent:
    return CaseEvent(
        case_id=d["case_id"],
        at=datetime.fromisoformat(d["at"]),
        actor=d["actor"],
        action=d["action"],
        detail=d.get("detail", ""),
        data=d.get("data", {}),
    )


def normalise_address(address: str) -> str:
    return address.strip().strip("<>").lower()


# --- yearly archive of old closed cases ----------------------------------------


def _archive_dir(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".archive")


class ArchiveMixin:
    """Closed cases older than ``archive_after_months`` leave the live store for a
    yearly JSON-lines file next to it, so the daemon's memory and snapshot do not
    grow with history. One line per case: the case, its events, outbox records
    (without bodies) and message records. Appending and then removing from the
    live store may, after a crash, leave a case in both; readers take the live
    one, and a repeated archive line for the same case replaces the earlier."""

    path: Path

    @property
    def archive_dir(self) -> Path:
        return _archive_dir(self.path)

    def archive_years(self) -> list[int]:
        if not self.archive_dir.is_dir():
            return []
        return sorted(int(p.stem) for p in self.archive_dir.glob("*.jsonl") if p.stem.isdigit())

    def read_archive(self, year: int) -> dict[str, dict[str, Any]]:
        """Records of one year by case id (a later line for the same case wins)."""
        path = self.archive_dir / f"{year}.jsonl"
        records: dict[str, dict[str, Any]] = {}
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return records
        except OSError as exc:
            raise StoreError(f"{path}: cannot read: {exc.strerror}") from exc
        for line in raw.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break  # torn by a crash: that case is still in the live store
            try:
                rec = json.loads(line)
                records[str(rec["case"]["id"])] = rec
            except (ValueError, KeyError, TypeError) as exc:
                raise StoreError(f"{path}: a line does not parse ({exc})") from exc
        return records

    def append_archive(self, year: int, record: dict[str, Any]) -> None:
        self.archive_dir.mkdir(parents=True, exist_ok=True)
        path = self.archive_dir / f"{year}.jsonl"
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise StoreError(f"{path}: cannot append: {exc.strerror}") from exc

    def rewrite_archive(self, year: int, records: dict[str, dict[str, Any]]) -> None:
        path = self.archive_dir / f"{year}.jsonl"
        data = b"".join(
            json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
            for r in records.values()
        )
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise StoreError(f"{path}: cannot rewrite: {exc.strerror}") from exc

    def archived_cases(self) -> list[tuple[Case, list[CaseEvent]]]:
        out = []
        for year in self.archive_years():
            for rec in self.read_archive(year).values():
                out.append(
                    (case_from_doc(rec["case"]), [event_from_doc(e) for e in rec.get("events", ())])
                )
        return out


# --- the store ---------------------------------------------------------------


class CaseStore(ArchiveMixin):
    """Open with ``CaseStore.open(path)``; one writer process at a time."""

    def __init__(self, path: Path, *, readonly: bool = False, hash_key: bytes | None = None):
        self.path = Path(path)
        self.readonly = readonly
        self.hash_key = hash_key
        self._lock: StoreLock | None = None
        if not readonly:
            self._lock = StoreLock(self.path)
            self._lock.acquire()
            for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
                stale.unlink(missing_ok=True)  # a snapshot killed before its rename
        self._ix: _Indexes | None = None
        #: The suppression list matched the configured key when this writer looked:
        #: nothing but this process can change that (the lock), so it is not read again.
        self._hash_key_ok = False
        try:
            self.storage: JournalStorage
            self.db = TinyDB(self.path, storage=self._make_storage)
            self.db.table_class = JournalTable  # type: ignore[misc]
            self.db.storage.read()  # parse now: a bad file fails here, untouched
            self._check_schema()
            if hash_key is not None and not readonly:
                self.migrate_suppression()
        except BaseException:
            self.close()
            raise

    def _make_storage(self, path: str) -> JournalStorage:
        self.storage = JournalStorage(path, readonly=self.readonly)
        return self.storage

    def index(self) -> _Indexes:
        """Lookup indexes over the in-memory tables, rebuilt after a reload."""
        tables = self.storage.read() or {}
        if self._ix is None or self._ix.tables is not tables:
            self._ix = _Indexes(tables)
        return self._ix

    @classmethod
    def open(cls, path: str | Path, **kwargs: Any) -> CaseStore:
        return cls(Path(path), **kwargs)

    def close(self) -> None:
        db = getattr(self, "db", None)
        if db is not None and not self.readonly:
            db.storage.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_schema(self) -> None:
        doc = self._keyed_get("meta", "schema_version")
        if doc is None:
            if not self.readonly:
                self._keyed_set("meta", "schema_version", SCHEMA_VERSION)
            return
        if not isinstance(doc, dict) or doc.get("value") != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {doc.get('value') if isinstance(doc, dict) else '?'}"
                f" is not the {SCHEMA_VERSION} this requestbot understands"
            )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything changed inside reaches the disk in one atomic write, or not at all."""
        with self.storage.hold():
            yield

    @contextmanager
    def group_commit(self, *also: Path) -> Iterator[Callable[[], None]]:
        """One durable sync point for many transactions and files (group commit).

        Transactions inside are written at once (a killed process loses none of
        them) but not fsynced one by one; the yielded ``sync()`` makes everything
        written so far durable: the journal, and the files written without fsync
        under the directories ``also`` (spool entries, sent bodies). Call it before
        acting on anything outside (an IMAP MOVE). The end of the block is a sync
        point too when transactions were written since the last one (files written
        after the last ``sync()`` without a transaction are not waited for: nothing
        depends on them). Raises StoreError when the sync fails.
        """

        dirs = [self.path.parent, *also]

        def sync() -> None:
            if self.readonly:
                return
            try:
                sync_filesystems(dirs)
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot sync to disk: {exc}") from exc
            self.storage.synced()

        ok = False
        with self.storage.deferred_sync():
            try:
                yield sync
                ok = True
            finally:
                if ok:
                    if self.storage.unsynced:
                        sync()
                else:
                    try:
                        sync()
                    except StoreError as exc:  # the original error goes on
                        log.error("%s", exc)

    def table(self, name: str) -> Any:
        return self.db.table(name, cache_size=0)

    def docs(self, table: str) -> Mapping[int, dict[str, Any]]:
        """The documents of one table by doc id (decoded as they are read)."""
        return (self.storage.read() or {}).get(table) or _NO_DOCS

    # --- archive --------------------------------------------------------------------

    def archive_case(self, case_id: str) -> None:
        """Move one closed case and its records from the live store to its year's file."""
        doc_id = self._case_doc_id(case_id)
        raw = self._raw("cases", doc_id)
        if raw is None:
            raise CaseError(f"no case {case_id}")
        if case_from_doc(dict(raw)).is_open:
            raise CaseError(f"case {case_id} is open; only closed cases are archived")
        # through the indexes: a scan of every table per archived case would decode them all
        events = {d.doc_id: dict(d) for d in self.event_docs(case_id)}
        mail = {d.doc_id: dict(d) for d in self.outbox_docs(case_id)}
        msgs = {d.doc_id: dict(d) for d in self.message_docs(case_id)}
        year = datetime.fromisoformat(str(raw["received_at"])).year
        self.append_archive(
            year,
            {
                "case": raw,
                "events": list(events.values()),
                "outbox": [{k: v for k, v in d.items() if k != "raw"} for d in mail.values()],
                "messages": list(msgs.values()),
            },
        )
        with self.transaction():
            self.table("cases").remove(doc_ids=[doc_id])
            if events:
                self.table("events").remove(doc_ids=list(events))
            if mail:
                self.table("outbox").remove(doc_ids=list(mail))
            if msgs:
                self.table("messages").remove(doc_ids=list(msgs))

    # --- keyed documents (meta, state) --------------------------------------------

    def _keyed_get(self, table: str, key: str) -> dict[str, Any] | None:
        doc_id = self.index().keyed(table).get(key)
        raw = self.docs(table).get(doc_id) if doc_id else None
        return raw if isinstance(raw, dict) and raw.get("key") == key else None

    def _keyed_set(self, table: str, key: str, value: Any) -> None:
        t = self.table(table)
        doc_id = self.index().keyed(table).get(key)
        if doc_id is not None and self._keyed_get(table, key) is not None:
            t.update({"value": value}, doc_ids=[doc_id])
        else:
            self.index().keyed(table)[key] = t.insert({"key": key, "value": value})

    # --- cases ---------------------------------------------------------------

    def next_case_id(self, prefix: str, year: int) -> str:
        key = f"counter:{prefix}:{year}"
        doc = self._keyed_get("meta", key)
        n = int(doc["value"]) + 1 if doc else 1
        self._keyed_set("meta", key, n)
        return f"{prefix}-{year}-{n:04d}"

    def _case_doc_id(self, case_id: str) -> int | None:
        for doc_id in self.index().case_ids.get(case_id):
            raw = self._raw("cases", doc_id)
            if raw is not None and raw.get("id") == case_id:
                return doc_id
        return None

    def _raw(self, table: str, doc_id: int | None) -> dict[str, Any] | None:
        if doc_id is None:
            return None
        raw = self.docs(table).get(doc_id)
        return raw if isinstance(raw, dict) else None

    def add_case(self, case: Case, *, actor: str = "requestbot", detail: str = "") -> Case:
        if self.get_case(case.id) is not None:
            raise CaseError(f"case {case.id} exists already")
        with self.transaction():
            doc_id = self.table("cases").insert(case_to_doc(case))
            self.index().add_case(doc_id, case_to_doc(case))
            self.add_event(
                case.id,
                actor,
                "opened",
                detail or f"status {case.status.value}",
                at=case.received_at,
            )
        return case

    def get_case(self, case_id: str) -> Case | None:
        raw = self._raw("cases", self._case_doc_id(case_id))
        return case_from_doc(dict(raw)) if raw is not None else None

    def require_case(self, case_id: str) -> Case:
        case = self.get_case(case_id)
        if case is None:
            raise CaseError(f"no case {case_id}")
        return case

    def _write_case(self, case: Case) -> None:
        doc_id = self._case_doc_id(case.id)
        if doc_id is None:
            raise CaseError(f"no case {case.id}")
        self._put_case_doc(doc_id, case_to_doc(case))

    def _put_case_doc(self, doc_id: int, doc: dict[str, Any]) -> None:
        self.table("cases").update(doc, doc_ids=[doc_id])
        self.index().add_case(doc_id, doc)

    def add_our_message_id(self, case_id: str, message_id: str) -> None:
        """Note one of our Message-IDs on a case (a reply to that mail finds the case):
        its stored document is extended as it is, not decoded into a Case and encoded
        again (once per staff note of a backlog)."""
        doc_id = self._case_doc_id(case_id)
        raw = self._raw("cases", doc_id)
        if doc_id is None or raw is None:
            raise CaseError(f"no case {case_id}")
        self._put_case_doc(
            doc_id, {**raw, "our_message_ids": [*raw.get("our_message_ids", ()), message_id]}
        )

    def save_case(self, case: Case) -> Case:
        """Store changed fields of an existing case (status changes go through transition)."""
        old = self._raw("cases", self._case_doc_id(case.id))  # not decoded into a Case
        if old is None:
            raise CaseError(f"no case {case.id}")
        if old.get("status") != case.status.value:
            raise CaseError("use transition() to change a case's status")
        self._write_case(case)
        return case

    def transition(
        self,
        case_id: str,
        new: Status,
        *,
        actor: str,
        at: datetime,
        reason: str = "",
        **changes: Any,
    ) -> Case:
        case = self.require_case(case_id)
        check_transition(case.status, new)
        closed_at = at if new in {S.COMPLETED, S.REFUSED, S.WITHDRAWN, S.NOT_A_REQUEST} else None
        updated = dataclasses.replace(case, status=new, closed_at=closed_at, **changes)
        with self.transaction():
            self._write_case(updated)
            self.add_event(
                case_id,
                actor,
                f"status:{new.value}",
                reason,
                at=at,
                data={"from": case.status.value},
            )
        return updated

    def cases(self, predicate: Callable[[Case], bool] | None = None) -> list[Case]:
        """The cases ``predicate`` keeps, oldest first; only those are kept in memory."""
        found = list(self.each_case(predicate))
        found.sort(key=lambda c: (c.received_at, c.id))
        return found

    def each_case(
        self, predicate: Callable[[Case], bool] | None = None, *, open_only: bool = False
    ) -> Iterator[Case]:
        """The cases ``predicate`` keeps, one at a time in no order: a scan that keeps
        nothing else in memory. ``open_only`` skips closed cases before decoding them."""
        for d in self.docs("cases").values():
            if open_only and d.get("status") in _CLOSED_VALUES:
                continue
            case = case_from_doc(d)
            if predicate is None or predicate(case):
                yield case

    def restricted_cases(self) -> Iterator[Case]:
        """Cases, open or closed, with a restriction end date (#restricted-until);
        the others are skipped before they are decoded into cases."""
        for d in self.docs("cases").values():
            if (d.get("facts") or {}).get("restricted_until"):
                yield case_from_doc(d)

    def open_cases(self) -> list[Case]:
        found = list(self.each_case(open_only=True))
        found.sort(key=lambda c: (c.received_at, c.id))
        return found

    def open_case_ids(self) -> set[str]:
        """The ids of the open cases, without decoding the cases."""
        return {
            str(d.get("id"))
            for d in self.docs("cases").values()
            if d.get("status") not in _CLOSED_VALUES
        }

    def find_case_by_message_id(self, message_id: str) -> Case | None:
        if not message_id:
            return None
        for doc_id in self.index().by_message_id.get(message_id):
            raw = self._raw("cases", doc_id)
            if raw and (
                message_id in raw.get("our_message_ids", ())
                or message_id in raw.get("message_ids", ())
            ):
                return case_from_doc(dict(raw))
        return None

    def open_cases_for(self, address: str) -> list[Case]:
        addr = normalise_address(address)
        found = []
        for doc_id in self.index().by_address.get(addr):
            raw = self._raw("cases", doc_id)
            if raw and normalise_address(raw.get("requester_address", "")) == addr:
                case = case_from_doc(dict(raw))
                if case.is_open:
                    found.append(case)
        found.sort(key=lambda c: (c.received_at, c.id))
        return found

    # --- events --------------------------------------------------------------

    def add_event(
        self,
        case_id: str,
        actor: str,
        action: str,
        detail: str = "",
        *,
        at: datetime,
        data: dict[str, Any] | None = None,
    ) -> CaseEvent:
        ev = CaseEvent(case_id, at, actor, action, detail, data or {})
        doc = {
            "case_id": case_id,
            "at": at.isoformat(),
            "actor": actor,
            "action": action,
            "detail": detail,
            "data": data or {},
        }
        doc_id = self.table("events").insert(doc)
        self.index().events.add(case_id, doc_id)
        return ev

    def event_docs(self, case_id: str) -> list[Document]:
        """The raw event documents of one case (with ``doc_id``), oldest first."""
        found = []
        for doc_id in self.index().events.get(case_id):
            raw = self._raw("events", doc_id)
            if raw and raw.get("case_id") == case_id:
                found.append(Document(raw, doc_id))
        return found

    def outbox_docs(self, case_id: str) -> list[Document]:
        """The raw outbox documents of one case (with ``doc_id``), oldest first."""
        found = []
        for doc_id in self.index().outbox_by_case.get(case_id):
            raw = self._raw("outbox", doc_id)
            if raw and raw.get("case_id") == case_id:
                found.append(Document(raw, doc_id))
        return found

    def message_docs(self, case_id: str) -> list[Document]:
        """The records of the messages taken in for one case (with ``doc_id``)."""
        found = []
        for doc_id in self.index().messages_by_case.get(case_id):
            raw = self._raw("messages", doc_id)
            if raw and raw.get("case_id") == case_id:
                found.append(Document(raw, doc_id))
        return found

    def events(self, case_id: str) -> list[CaseEvent]:
        found = []
        for doc_id in self.index().events.get(case_id):
            raw = self._raw("events", doc_id)
            if raw and raw.get("case_id") == case_id:
                found.append(event_from_doc(dict(raw)))
        return found

    # --- messages taken in -----------------------------------------------------

    def _message_doc_id(self, message_id: str, content_hash: str) -> int | None:
        for doc_id in self.index().messages.get((message_id, content_hash)):
            raw = self._raw("messages", doc_id)
            if raw and raw.get("message_id") == message_id and raw.get("hash") == content_hash:
                return doc_id
        return None

    def find_message(self, message_id: str, content_hash: str) -> dict[str, Any] | None:
        raw = self._raw("messages", self._message_doc_id(message_id, content_hash))
        return dict(raw) if raw is not None else None

    def record_message(self, message_id: str, content_hash: str, **fields: Any) -> None:
        t = self.table("messages")
        doc_id = self._message_doc_id(message_id, content_hash)
        if doc_id is not None:
            t.update(fields, doc_ids=[doc_id])
            if fields.get("case_id"):
                self.index().messages_by_case.add(str(fields["case_id"]), doc_id)
        else:
            doc = {"message_id": message_id, "hash": content_hash, **fields}
            self.index().add_message(t.insert(doc), doc)

    def messages(self, predicate: Callable[[dict[str, Any]], bool] | None = None) -> list[dict]:
        return list(self.each_message(predicate))

    def each_message(
        self, predicate: Callable[[dict[str, Any]], bool] | None = None
    ) -> Iterator[dict[str, Any]]:
        """The message records ``predicate`` keeps, one at a time (a copy each)."""
        for d in self.docs("messages").values():
            if predicate is None or predicate(d):
                yield dict(d)

    # --- outbox --------------------------------------------------------------

    def enqueue(self, item: dict[str, Any]) -> int:
        """Store one outgoing message (a dict made by outbox.py). Returns its outbox id."""
        doc_id = int(self.table("outbox").insert(item))
        self.index().add_outbox(doc_id, item)
        return doc_id

    def outbox(self, predicate: Callable[[dict[str, Any]], bool] | None = None) -> list[dict]:
        docs = self.docs("outbox")  # in doc id order; one decoded document at a time
        return [
            {**d, "id": doc_id} for doc_id, d in docs.items() if predicate is None or predicate(d)
        ]

    def outbox_active(self, predicate: Callable[[dict[str, Any]], bool]) -> list[dict]:
        """Like ``outbox(predicate)`` for a predicate that no settled item meets (sent
        with its body moved out, or failed and reported: see ``outbox_settled``); reads
        only the items that were not settled when last looked at, so a drain does not
        decode the whole sent history."""
        active = self.index().outbox_active
        found = []
        for doc_id in sorted(active):
            raw = self._raw("outbox", doc_id)
            if raw is None or outbox_settled(raw):
                active.discard(doc_id)  # gone (archived) or settled: not read again
                continue
            if predicate(raw):
                found.append({**raw, "id": doc_id})
        return found

    def outbox_to(self, address: str) -> list[dict[str, Any]]:
        """Outgoing messages to one address (normalised), oldest first."""
        addr = normalise_address(address)
        found = []
        for doc_id in self.index().outbox_by_to.get(addr):
            raw = self._raw("outbox", doc_id)
            if raw and normalise_address(str(raw.get("to", ""))) == addr:
                found.append({**raw, "id": doc_id})
        return found

    def update_outbox(self, outbox_id: int, **fields: Any) -> None:
        self.table("outbox").update(fields, doc_ids=[outbox_id])
        self.index().outbox_active.add(int(outbox_id))  # e.g. queued again: looked at again

    def get_outbox(self, outbox_id: int) -> dict[str, Any] | None:
        raw = self._raw("outbox", int(outbox_id))
        return {**raw, "id": int(outbox_id)} if raw is not None else None

    # --- suppression list ----------------------------------------------------
    #
    # With a hash key (config ``storage.suppression_hash_key_env|file``) an entry's
    # key is ``hmac:`` + HMAC-SHA256(key, normalised address) in hex, and the store
    # holds no plain address: a plain list is migrated when a writer opens the store,
    # and the journal is folded into a new snapshot so the plain lines go too.

    def _hmac(self, address: str) -> str:
        assert self.hash_key is not None
        digest = hmac.new(self.hash_key, normalise_address(address).encode(), hashlib.sha256)
        return HASH_PREFIX + digest.hexdigest()

    def suppression_key(self, address: str) -> str:
        if self.hash_key:
            return self._hmac(address)
        return normalise_address(address)

    def _check_hash_key(self) -> None:
        """A hashed list needs the same key it was hashed with."""
        if self._hash_key_ok:
            return
        doc = self._keyed_get("meta", "suppression_key_check")
        if self.hash_key is None:
            if doc is not None or any(
                str(d.get("key", "")).startswith(HASH_PREFIX)
                for d in (self.storage.read() or {}).get("suppression", {}).values()
            ):
                raise StoreError(
                    f"{self.path}: the suppression list is hashed, but no key is configured "
                    "(storage.suppression_hash_key_env or storage.suppression_hash_key_file)"
                )
            self._hash_key_ok = not self.readonly
            return
        check = hmac.new(self.hash_key, KEY_CHECK_TEXT, hashlib.sha256).hexdigest()[:16]
        if doc is not None and doc.get("value") != check:
            raise StoreError(
                f"{self.path}: the suppression hash key is not the one the list was hashed "
                "with; restore the old key (a new key cannot match the stored hashes)"
            )

    def migrate_suppression(self) -> int:
        """Hash every plain entry with the configured key; returns how many changed.

        Afterwards the journal is folded into a fresh snapshot, so neither file keeps
        a line with a plain address of the list."""
        if self.hash_key is None or self.readonly:
            return 0
        self._check_hash_key()
        check = hmac.new(self.hash_key, KEY_CHECK_TEXT, hashlib.sha256).hexdigest()[:16]
        t = self.table("suppression")
        plain = [
            (doc_id, d)
            for doc_id, d in (self.storage.read() or {}).get("suppression", {}).items()
            if not str(d.get("key", "")).startswith(HASH_PREFIX)
        ]
        with self.transaction():
            if self._keyed_get("meta", "suppression_key_check") is None:
                self._keyed_set("meta", "suppression_key_check", check)
            seen = {
                str(d.get("key"))
                for d in (self.storage.read() or {}).get("suppression", {}).values()
            }
            for doc_id, d in plain:
                key = self._hmac(str(d.get("key", "")))
                if key in seen:
                    t.remove(doc_ids=[doc_id])
                else:
                    t.update({"key": key}, doc_ids=[doc_id])
                    seen.add(key)
        if plain:
            self._ix = None  # keyed indexes hold the old keys
            self.storage.compact()
        return len(plain)

    def suppress(self, address: str, *, at: datetime, source: str) -> bool:
        self._check_hash_key()
        key = self.suppression_key(address)
        if self.is_suppressed(address):
            return False
        doc_id = self.table("suppression").insert(
            {"key": key, "added": at.isoformat(), "source": source}
        )
        self.index().keyed("suppression")[key] = doc_id
        return True

    def _suppression_doc_ids(self, address: str) -> list[int]:
        """The entries for ``address``: by hash, and by the plain address that a
        read-only open may still see before the writer has migrated the list."""
        keys = {self.suppression_key(address), normalise_address(address)}
        found = []
        for key in keys:
            doc_id = self.index().keyed("suppression").get(key)
            raw = self._raw("suppression", doc_id)
            if raw and raw.get("key") == key and doc_id is not None:
                found.append(doc_id)
        return found

    def unsuppress(self, address: str) -> bool:
        self._check_hash_key()
        doc_ids = self._suppression_doc_ids(address)
        if doc_ids:
            self.table("suppression").remove(doc_ids=doc_ids)
        return bool(doc_ids)

    def is_suppressed(self, address: str) -> bool:
        self._check_hash_key()
        return bool(self._suppression_doc_ids(address))

    def suppression_list(self) -> list[dict[str, Any]]:
        docs = self.docs("suppression").values()
        return sorted((dict(d) for d in docs), key=lambda d: d["key"])

    def suppression_hashes(self) -> list[dict[str, Any]]:
        """The list for a marketing tool that holds the same key: ``hmac_sha256`` is
        HMAC-SHA256(key, normalised address) in hex (plain entries hashed here)."""
        if self.hash_key is None:
            raise StoreError(
                "a hashed export needs a key: set storage.suppression_hash_key_env "
                "or storage.suppression_hash_key_file"
            )
        self._check_hash_key()
        out = []
        for d in self.suppression_list():
            key = str(d["key"])
            digest = key if key.startswith(HASH_PREFIX) else self._hmac(key)
            out.append({**d, "hmac_sha256": digest.removeprefix(HASH_PREFIX)})
        return sorted(out, key=lambda d: str(d["hmac_sha256"]))

    # --- daemon state --------------------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        doc = self._keyed_get("state", key)
        return doc["value"] if doc is not None else default

    def state_keys(self) -> list[str]:
        return [str(d["key"]) for d in self.docs("state").values()]

    def delete_state(self, key: str) -> None:
        self.table("state").remove(Query().key == key)
        self.index().keyed("state").pop(key, None)

    def set_state(self, key: str, value: Any) -> None:
        self._keyed_set("state", key, value)


class _Ids:
    """key -> doc ids, compact: the key is kept as its hash (an int, not the string)
    and one id as an int, several as a list. Entries are hints (a hash may collide):
    every lookup checks the document it finds."""

    __slots__ = ("_d",)

    def __init__(self) -> None:
        self._d: dict[int, int | list[int]] = {}

    def add(self, key: object, doc_id: int) -> None:
        h = hash(key)
        have = self._d.get(h)
        if have is None:
            self._d[h] = doc_id
        elif isinstance(have, int):
            if have != doc_id:
                self._d[h] = [have, doc_id]
        elif doc_id not in have:
            have.append(doc_id)

    def get(self, key: object) -> Sequence[int]:
        have = self._d.get(hash(key))
        if have is None:
            return ()
        return (have,) if isinstance(have, int) else tuple(have)


def outbox_settled(doc: Mapping[str, Any]) -> bool:
    """An outbox item no drain needs again: sent with its body out of the store, or
    failed and reported to staff. Only ``update_outbox`` makes one unsettled again."""
    status = doc.get("status")
    return (status == "sent" and not doc.get("raw")) or (
        status == "failed" and bool(doc.get("alerted"))
    )


class _Indexes:
    """Where documents are, by the keys the flow looks them up by.

    Built from the in-memory tables; entries are hints that every lookup
    verifies against the document, so a document changed behind the index's
    back is never returned wrongly.
    """

    def __init__(self, tables: Mapping[str, Mapping[int, dict[str, Any]]]) -> None:
        self.tables = tables
        self.case_ids = _Ids()
        self.by_address = _Ids()
        self.by_message_id = _Ids()
        self.events = _Ids()
        self.messages = _Ids()  # by (message id, content hash)
        self.outbox_by_to = _Ids()
        self.outbox_by_case = _Ids()
        self.outbox_active: set[int] = set()  # not settled when last seen (outbox_active)
        self.messages_by_case = _Ids()
        self._keyed: dict[str, dict[str, int]] = {}
        for doc_id, doc in tables.get("cases", {}).items():
            self.add_case(doc_id, doc)
        for doc_id, doc in (tables.get("events") or {}).items():  # in doc id order
            self.events.add(str(doc.get("case_id")), doc_id)
        for doc_id, doc in tables.get("messages", {}).items():
            self.add_message(doc_id, doc)
        for doc_id, doc in (tables.get("outbox") or {}).items():
            self.add_outbox(doc_id, doc)

    def keyed(self, table: str) -> dict[str, int]:
        if table not in self._keyed:
            self._keyed[table] = {
                str(doc.get("key")): doc_id for doc_id, doc in self.tables.get(table, {}).items()
            }
        return self._keyed[table]

    def add_case(self, doc_id: int, doc: dict[str, Any]) -> None:
        self.case_ids.add(str(doc.get("id")), doc_id)
        self.by_address.add(normalise_address(str(doc.get("requester_address", ""))), doc_id)
        for mid in (*doc.get("message_ids", ()), *doc.get("our_message_ids", ())):
            self.by_message_id.add(mid, doc_id)

    def add_message(self, doc_id: int, doc: dict[str, Any]) -> None:
        self.messages.add((str(doc.get("message_id")), str(doc.get("hash"))), doc_id)
        if doc.get("case_id"):
            self.messages_by_case.add(str(doc["case_id"]), doc_id)

    def add_outbox(self, doc_id: int, doc: dict[str, Any]) -> None:
        if not outbox_settled(doc):
            self.outbox_active.add(doc_id)
        self.outbox_by_to.add(normalise_address(str(doc.get("to", ""))), doc_id)
        if doc.get("case_id"):
            self.outbox_by_case.add(str(doc["case_id"]), doc_id)
