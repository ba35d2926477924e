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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.table import Document

from .errors import CaseError, StoreError
from .model import Case, CaseEvent, Evidence, Kind, Status, sort_kinds
from .store import AtomicJSONStorage, StoreLock

SCHEMA_VERSION = 1

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


def check_transition(old: Status, new: Status) -> None:
    if new not in TRANSITIONS[old]:
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[old])) or "none"
        raise CaseError(f"a case cannot go from {old.value} to {new.value} (allowed: {allowed})")


# --- (de)serialisation -------------------------------------------------------


def case_to_doc(case: Case) -> dict[str, Any]:
    d = dataclasses.asdict(case)
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
    return d


def case_from_doc(d: dict[str, Any]) -> Case:
    fields = {f.name for f in dataclasses.fields(Case)}
    v = {k: val for k, val in d.items() if k in fields}
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


# --- the store ---------------------------------------------------------------


class CaseStore:
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
                stale.unlink(missing_ok=True)  # a write killed before its rename
        try:
            self.storage: AtomicJSONStorage
            self.db = TinyDB(self.path, storage=self._make_storage)
            self.db.storage.read()  # parse now: a bad file fails here, untouched
            self._check_schema()
        except BaseException:
            self.close()
            raise

    def _make_storage(self, path: str) -> AtomicJSONStorage:
        self.storage = AtomicJSONStorage(path, readonly=self.readonly)
        return self.storage

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
        meta = self.db.table("meta", cache_size=0)
        doc = meta.get(Query().key == "schema_version")
        if doc is None:
            if not self.readonly:
                meta.insert({"key": "schema_version", "value": SCHEMA_VERSION})
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

    def table(self, name: str) -> Any:
        return self.db.table(name, cache_size=0)

    # --- cases ---------------------------------------------------------------

    def next_case_id(self, prefix: str, year: int) -> str:
        meta = self.table("meta")
        key = f"counter:{prefix}:{year}"
        doc = meta.get(Query().key == key)
        n = int(doc["value"]) + 1 if isinstance(doc, dict) else 1
        if doc is None:
            meta.insert({"key": key, "value": n})
        else:
            meta.update({"value": n}, Query().key == key)
        return f"{prefix}-{year}-{n:04d}"

    def add_case(self, case: Case, *, actor: str = "requestbot", detail: str = "") -> Case:
        if self.get_case(case.id) is not None:
            raise CaseError(f"case {case.id} exists already")
        with self.transaction():
            self.table("cases").insert(case_to_doc(case))
            self.add_event(
                case.id,
                actor,
                "opened",
                detail or f"status {case.status.value}",
                at=case.received_at,
            )
        return case

    def get_case(self, case_id: str) -> Case | None:
        doc = self.table("cases").get(Query().id == case_id)
        return case_from_doc(dict(doc)) if isinstance(doc, dict) else None

    def require_case(self, case_id: str) -> Case:
        case = self.get_case(case_id)
        if case is None:
            raise CaseError(f"no case {case_id}")
        return case

    def save_case(self, case: Case) -> Case:
        """Store changed fields of an existing case (status changes go through transition)."""
        old = self.require_case(case.id)
        if old.status != case.status:
            raise CaseError("use transition() to change a case's status")
        self.table("cases").update(case_to_doc(case), Query().id == case.id)
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
            self.table("cases").update(case_to_doc(updated), Query().id == case_id)
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
        found = [case_from_doc(dict(d)) for d in self.table("cases").all()]
        found.sort(key=lambda c: (c.received_at, c.id))
        return [c for c in found if predicate is None or predicate(c)]

    def open_cases(self) -> list[Case]:
        return self.cases(lambda c: c.is_open)

    def find_case_by_message_id(self, message_id: str) -> Case | None:
        if not message_id:
            return None
        q = Query()
        doc = self.table("cases").get(
            q.our_message_ids.any([message_id]) | q.message_ids.any([message_id])
        )
        return case_from_doc(dict(doc)) if isinstance(doc, dict) else None

    def open_cases_for(self, address: str) -> list[Case]:
        addr = normalise_address(address)
        return self.cases(lambda c: c.is_open and normalise_address(c.requester_address) == addr)

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
        self.table("events").insert(
            {
                "case_id": case_id,
                "at": at.isoformat(),
                "actor": actor,
                "action": action,
                "detail": detail,
                "data": data or {},
            }
        )
        return ev

    def events(self, case_id: str) -> list[CaseEvent]:
        docs = self.table("events").search(Query().case_id == case_id)
        return [event_from_doc(dict(d)) for d in docs]

    # --- messages taken in -----------------------------------------------------

    def find_message(self, message_id: str, content_hash: str) -> dict[str, Any] | None:
        q = Query()
        doc = self.table("messages").get((q.message_id == message_id) & (q.hash == content_hash))
        return dict(doc) if isinstance(doc, dict) else None

    def record_message(self, message_id: str, content_hash: str, **fields: Any) -> None:
        q = Query()
        t = self.table("messages")
        cond = (q.message_id == message_id) & (q.hash == content_hash)
        if t.contains(cond):
            t.update(fields, cond)
        else:
            t.insert({"message_id": message_id, "hash": content_hash, **fields})

    def messages(self, predicate: Callable[[dict[str, Any]], bool] | None = None) -> list[dict]:
        return [dict(d) for d in self.table("messages").all() if predicate is None or predicate(d)]

    # --- outbox --------------------------------------------------------------

    def enqueue(self, item: dict[str, Any]) -> int:
        """Store one outgoing message (a dict made by outbox.py). Returns its outbox id."""
        return int(self.table("outbox").insert(item))

    def outbox(self, predicate: Callable[[dict[str, Any]], bool] | None = None) -> list[dict]:
        docs = self.table("outbox").all()
        return [
            {**dict(d), "id": d.doc_id} for d in docs if predicate is None or predicate(dict(d))
        ]

    def update_outbox(self, outbox_id: int, **fields: Any) -> None:
        self.table("outbox").update(fields, doc_ids=[outbox_id])

    def get_outbox(self, outbox_id: int) -> dict[str, Any] | None:
        doc = self.table("outbox").get(doc_id=outbox_id)
        return {**dict(doc), "id": outbox_id} if isinstance(doc, Document) else None

    # --- suppression list ----------------------------------------------------

    def suppression_key(self, address: str) -> str:
        addr = normalise_address(address)
        if self.hash_key:
            return "hmac:" + hmac.new(self.hash_key, addr.encode(), hashlib.sha256).hexdigest()
        return addr

    def suppress(self, address: str, *, at: datetime, source: str) -> bool:
        key = self.suppression_key(address)
        t = self.table("suppression")
        if t.contains(Query().key == key):
            return False
        t.insert({"key": key, "added": at.isoformat(), "source": source})
        return True

    def unsuppress(self, address: str) -> bool:
        return bool(self.table("suppression").remove(Query().key == self.suppression_key(address)))

    def is_suppressed(self, address: str) -> bool:
        return bool(
            self.table("suppression").contains(Query().key == self.suppression_key(address))
        )

    def suppression_list(self) -> list[dict[str, Any]]:
        return sorted((dict(d) for d in self.table("suppression").all()), key=lambda d: d["key"])

    # --- daemon state --------------------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        doc = self.table("state").get(Query().key == key)
        return doc["value"] if isinstance(doc, dict) else default

    def state_keys(self) -> list[str]:
        return [str(d["key"]) for d in self.table("state").all()]

    def delete_state(self, key: str) -> None:
        self.table("state").remove(Query().key == key)

    def set_state(self, key: str, value: Any) -> None:
        t = self.table("state")
        if t.contains(Query().key == key):
            t.update({"value": value}, Query().key == key)
        else:
            t.insert({"key": key, "value": value})
