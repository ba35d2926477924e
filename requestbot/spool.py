"""Crash-safe on-disk queue of raw messages: nothing is acted on before its bytes are on disk.

Layout under the spool directory::

    tmp/                    writes in progress and deletions; emptied by recover()
    pending/<key>.msg       an entry spooled on its own (``put``), or taken out of a batch
    pending/<name>.batch    the entries of one intake batch (``put_many``)
    done/<key>.msg          finished entries, only with keep_done=True
    bad/<key>.msg           quarantined entries: their meta says why (``reason``)

An entry is a line of JSON (its meta: key, size, sha256, ...) followed by the message's
``size`` bytes; a batch file is such records one after another. Every file is written
in ``tmp/`` and renamed into place, so an entry or a batch appears whole or not at all,
also when the process is killed; a changed meta (``claim``, ``fail``) or a batch that
loses an entry for good (``finish`` with sync, ``bad``) is a new file renamed over the
old one. ``sync=True`` also fsyncs the file and its directory; ``sync=False`` leaves that
to the caller's group commit (``CaseStore.group_commit``).

Why a file per batch rather than per message: on ext4 without a journal (as this
project's machines have it) creating an inode skips, one buffer look-up each, every
inode freed in the last seconds to minutes, so a spool that creates and deletes
files per message makes each creation costlier as a backlog goes on (a 2,000-message
backlog spent seconds of kernel time in the spool alone). A batch file is written once
and deleted once its last entry is finished; an entry finished without sync while
others of its batch are still pending comes back after a crash, and the runner finds
it recorded and finishes it then (``Runner.recover_spool``).

Entries of older versions (``pending/<key>/`` with ``message.eml`` and ``meta.json``)
are read too, and rewritten as ``<key>.msg`` by ``recover()``.

The attempts counter is raised by ``claim`` *before* the work starts, so a message that
crashes the process is counted too; the caller moves an entry to ``bad`` (quarantine) when
``attempts`` reaches ``MAX_ATTEMPTS``.

Keys are file-system-safe names; ``message_key(raw)`` gives the usual one (a SHA-256).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from requestbot.errors import SpoolError
from requestbot.store import fsync_dir

log = logging.getLogger("requestbot.spool")

MAX_ATTEMPTS = 3
ENTRY_SUFFIX = ".msg"
BATCH_SUFFIX = ".batch"
#: the files of an entry of older versions (a directory per entry)
LEGACY_MESSAGE_FILE = "message.eml"
LEGACY_META_FILE = "meta.json"
# file-name-safe; also admits Maildir keys such as "1700000000.M1P2Q3.host,S=1234,W=1300"
_KEY_RE = re.compile(r"^[A-Za-z0-9_,=+-][A-Za-z0-9._,=+-]{0,199}$")
_SUBDIRS = ("tmp", "pending", "done", "bad")
#: a meta line longer than this is damage, not meta
_MAX_META_BYTES = 1 << 20


def message_key(raw: bytes, source_ref: str = "") -> str:
    """The default spool key: SHA-256 (hex) of the raw bytes, optionally of a source ref too."""
    digest = hashlib.sha256()
    if source_ref:
        digest.update(source_ref.encode("utf-8") + b"\0")
    digest.update(raw)
    return digest.hexdigest()


def check_key(key: str) -> str:
    if not isinstance(key, str) or not _KEY_RE.fullmatch(key):
        raise SpoolError(f"spool key {key!r} is not a safe file name ([A-Za-z0-9._,=+-], max 200)")
    return key


@dataclass(frozen=True)
class SpoolEntry:
    key: str
    path: Path  # the file that holds it (a batch file for an entry of a batch)
    raw: bytes = field(repr=False)
    meta: dict[str, Any]

    @property
    def attempts(self) -> int:
        return int(self.meta.get("attempts", 0))


@dataclass(frozen=True)
class _Place:
    """Where a pending entry is: its file, the offset of its bytes there, its meta, and
    its place in spool order (the file's mtime, then its position in the file)."""

    path: Path
    offset: int
    meta: dict[str, Any]
    order: tuple[int, int]
    kind: str  # "entry", "batch" or "legacy"


_PRECEDENCE = {"entry": 0, "batch": 1, "legacy": 2}  # a key found twice: the first wins


def _record(key: str, raw: bytes, meta: Mapping[str, Any]) -> tuple[dict[str, Any], bytes]:
    """The meta as stored (key, size, checksum, spool time, attempts) and its JSON line."""
    record = dict(meta)
    record.update(
        key=key,
        spooled_at=record.get("spooled_at", _now()),
        attempts=int(record.get("attempts", 0)),
        size=len(raw),
        sha256=hashlib.sha256(raw).hexdigest(),
    )
    try:
        line = _meta_line(record)
    except (TypeError, ValueError) as exc:
        raise SpoolError(f"spool meta for {key} is not JSON: {exc}") from exc
    return record, line


def _meta_line(meta: Mapping[str, Any]) -> bytes:
    """A record's first line: its meta as one line of JSON."""
    return json.dumps(dict(meta), ensure_ascii=False, sort_keys=True).encode() + b"\n"


def _write_file(path: Path, chunks: Iterable[bytes], sync: bool) -> None:
    """Create ``path`` 0600 whatever the umask (it holds personal data), write, and
    fsync unless the caller's group commit syncs it (``sync=False``)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        os.fchmod(fh.fileno(), 0o600)
        for chunk in chunks:
            fh.write(chunk)
        if sync:
            fh.flush()
            os.fsync(fh.fileno())


def _read_records(path: Path) -> list[tuple[dict[str, Any], int]]:
    """The (meta, offset of the bytes) of each record in an entry or batch file.
    Raises ValueError on damage, OSError if unreadable."""
    records = []
    with path.open("rb") as fh:
        end = os.fstat(fh.fileno()).st_size
        while fh.tell() < end:
            line = fh.readline(_MAX_META_BYTES)
            if not line.endswith(b"\n"):
                raise ValueError(f"a meta line is cut short at byte {fh.tell()}")
            meta = json.loads(line)
            if not isinstance(meta, dict) or not isinstance(meta.get("size"), int):
                raise ValueError("a record's meta has no size")
            offset = fh.tell()
            if offset + meta["size"] > end or meta["size"] < 0:
                raise ValueError(f"the bytes of {meta.get('key')!r} are cut short")
            check_key(str(meta.get("key")))
            records.append((meta, offset))
            fh.seek(meta["size"], os.SEEK_CUR)
    return records


def _private_dir(path: Path, *, exist_ok: bool = False, parents: bool = False) -> None:
    """mkdir with mode 0700 whatever the umask."""
    path.mkdir(mode=0o700, parents=parents, exist_ok=exist_ok)
    os.chmod(path, 0o700)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Spool:
    """The queue in ``directory`` (created if missing). One process owns a spool: it
    keeps an index of the pending entries (their places, not their bytes) in memory."""

    def __init__(self, directory: str | os.PathLike[str], *, keep_done: bool = False) -> None:
        self.directory = Path(directory)
        self.keep_done = keep_done
        self._lock = threading.RLock()
        self._trash: list[Path] = []  # finished files set aside by finish(later=True)
        self._sweeper: threading.Thread | None = None
        self._places: dict[str, _Place] | None = None  # read from disk on first use
        self._members: dict[Path, set[str]] = {}  # batch file -> its pending keys
        try:
            _private_dir(self.directory, parents=True, exist_ok=True)
            for sub in _SUBDIRS:
                _private_dir(self.directory / sub, exist_ok=True)
        except OSError as exc:
            raise SpoolError(f"cannot create spool {self.directory}: {exc}") from exc

    # -- the index ---------------------------------------------------------------

    def _index(self) -> dict[str, _Place]:
        if self._places is None:
            self._load()
        assert self._places is not None
        return self._places

    def _load(self) -> None:
        """The first use of this object (at start-up): drop half-written files in tmp/,
        read pending/, quarantine entries whose bytes do not match their checksum, and
        give an older version's entries a file of their own."""
        for leftover in (self.directory / "tmp").iterdir():
            _delete(leftover)
        self._places, self._members = self._scan()
        for key in self.pending():
            try:
                entry = self.get(key)
            except SpoolError as exc:
                self._quarantine(key, f"unreadable after restart: {exc}")
                continue
            if hashlib.sha256(entry.raw).hexdigest() != entry.meta.get("sha256"):
                self._quarantine(key, "message bytes do not match their checksum")
            elif self._places[key].kind == "legacy":
                self._rewrite(key, entry.raw, entry.meta)

    def _scan(self) -> tuple[dict[str, _Place], dict[Path, set[str]]]:
        """Read pending/: every entry's place. A file that cannot be read whole is
        moved to bad/ (its name ending in ``.damaged``) and logged."""
        places: dict[str, _Place] = {}
        members: dict[Path, set[str]] = {}
        for child in (self.directory / "pending").iterdir():
            try:
                found = self._places_in(child)
            except (OSError, ValueError, SpoolError) as exc:
                self._set_aside_damaged(child, str(exc))
                continue
            for key, place in found:
                old = places.get(key)
                if old is None or (_PRECEDENCE[place.kind], place.order) < (
                    _PRECEDENCE[old.kind],
                    old.order,
                ):
                    places[key] = place
        for key, place in places.items():
            if place.kind == "batch":
                members.setdefault(place.path, set()).add(key)
        for child in (self.directory / "pending").glob(f"*{BATCH_SUFFIX}"):
            if child not in members:  # every entry of it is in a file of its own by now
                self._remove_file(child, sync=True)
        return places, members

    def _places_in(self, child: Path) -> list[tuple[str, _Place]]:
        name = child.name
        if child.is_dir():
            if not _KEY_RE.fullmatch(name):
                return []
            mtime = (child / LEGACY_MESSAGE_FILE).stat().st_mtime_ns
            meta = json.loads((child / LEGACY_META_FILE).read_bytes())
            if not isinstance(meta, dict):
                raise ValueError("meta.json is not an object")
            return [(name, _Place(child, 0, meta, (mtime, 0), "legacy"))]
        if name.endswith(ENTRY_SUFFIX):
            kind = "entry"
        elif name.endswith(BATCH_SUFFIX):
            kind = "batch"
        else:
            return []
        mtime = child.stat().st_mtime_ns
        records = _read_records(child)
        if kind == "entry" and (len(records) != 1 or records[0][0]["key"] + ENTRY_SUFFIX != name):
            raise ValueError("an entry file holds another key or more than one record")
        return [
            (meta["key"], _Place(child, offset, meta, (mtime, i), kind))
            for i, (meta, offset) in enumerate(records)
        ]

    def _set_aside_damaged(self, path: Path, why: str) -> None:
        target = self.directory / "bad" / f"{path.name}.{secrets.token_hex(2)}.damaged"
        log.error("spool: %s is damaged (%s): set aside as %s", path, why, target)
        try:
            os.rename(path, target)
            fsync_dir(path.parent)
        except OSError as exc:
            raise SpoolError(f"cannot set aside damaged spool file {path}: {exc}") from exc

    # -- writing -----------------------------------------------------------------

    def put(
        self, key: str, raw: bytes, meta: Mapping[str, Any] | None = None, *, sync: bool = True
    ) -> Path:
        """Store ``raw`` and ``meta`` durably under ``key``; returns the entry's file.

        Idempotent: if ``key`` is already pending, nothing is written and the existing
        entry's file is returned. (A key that is only in done/ or bad/ is spooled anew.)
        ``sync=False`` (group commit): the entry appears whole or not at all, also when
        the process is killed, but it is durable only at the caller's next sync point
        (``CaseStore.group_commit``), which must come before anything acts on it
        outside this process.
        """
        check_key(key)
        with self._lock:
            places = self._index()
            if key in places:
                return places[key].path
            record, line = _record(key, raw, meta or {})
            target = self.directory / "pending" / f"{key}{ENTRY_SUFFIX}"
            self._place_file(target, [line, raw], sync, what=key)
            places[key] = _Place(target, len(line), record, (time.time_ns(), 0), "entry")
            return target

    def put_many(
        self, entries: Iterable[tuple[str, bytes, Mapping[str, Any]]], *, sync: bool = True
    ) -> Path | None:
        """``put`` for a batch: the entries not yet pending in one file (None: none was
        new). Same guarantees as ``put``."""
        with self._lock:
            places = self._index()
            records: list[tuple[str, dict[str, Any], bytes, bytes]] = []
            seen: set[str] = set()
            for key, raw, meta in entries:
                check_key(key)
                if key in places or key in seen:
                    continue
                seen.add(key)
                record, line = _record(key, raw, meta)
                records.append((key, record, line, raw))
            if not records:
                return None
            name = f"{time.time_ns()}.{os.getpid()}.{secrets.token_hex(4)}{BATCH_SUFFIX}"
            target = self.directory / "pending" / name
            self._place_file(
                target, [part for r in records for part in r[2:]], sync, what=f"a batch ({name})"
            )
            now, offset = time.time_ns(), 0
            for i, (key, record, line, raw) in enumerate(records):
                offset += len(line)
                places[key] = _Place(target, offset, record, (now, i), "batch")
                offset += len(raw)
            self._members[target] = {r[0] for r in records}
            return target

    def _place_file(
        self, target: Path, chunks: list[bytes], sync: bool, *, what: str, mtime: int = 0
    ) -> None:
        """Write ``chunks`` to a new file in tmp/ and rename it to ``target`` (replacing
        a file there); ``mtime``: keep this modification time (the spool order)."""
        tmp = self.directory / "tmp" / f"{target.name}.{os.getpid()}.{secrets.token_hex(4)}"
        try:
            _write_file(tmp, chunks, sync)
            if mtime:
                os.utime(tmp, ns=(mtime, mtime))
            os.rename(tmp, target)
            if sync:
                fsync_dir(target.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise SpoolError(f"cannot spool {what} in {self.directory}: {exc}") from exc

    def update_meta(self, key: str, **changes: Any) -> dict[str, Any]:
        """Merge ``changes`` into a pending entry's meta (durably); returns the new meta."""
        with self._lock:
            entry = self.get(key)
            meta = {**entry.meta, **changes}
            self._rewrite(key, entry.raw, meta)
            return meta

    def _rewrite(self, key: str, raw: bytes, meta: dict[str, Any]) -> None:
        """Give ``key`` a file of its own with ``meta``, keeping its place in spool
        order; its old place (a batch, an older version's directory) loses it after."""
        old = self._index()[key]
        line = _meta_line(meta)
        target = self.directory / "pending" / f"{key}{ENTRY_SUFFIX}"
        self._place_file(target, [line, raw], True, what=key, mtime=old.order[0])
        self._index()[key] = _Place(target, len(line), meta, old.order, "entry")
        if old.kind != "entry":  # an entry's own file was just replaced
            self._drop_from(old, key, sync=True)

    def _drop_from(self, place: _Place, key: str, *, sync: bool, later: bool = False) -> None:
        """``key`` no longer lives at ``place``: delete the file, or rewrite the batch
        without it (only with ``sync``: else it stays in the file until the batch's
        last entry goes, and comes back after a crash)."""
        if place.kind != "batch":
            self._remove_file(place.path, sync=sync, later=later)
            return
        members = self._members.get(place.path, set())
        members.discard(key)
        if not members:
            self._members.pop(place.path, None)
            self._remove_file(place.path, sync=sync, later=later)
        elif sync:
            self._rewrite_batch(place.path, members)

    def _rewrite_batch(self, path: Path, keep: set[str]) -> None:
        """The batch file with only the entries in ``keep`` (durably), same mtime."""
        try:
            mtime = path.stat().st_mtime_ns
            records = [(m, o) for m, o in _read_records(path) if m["key"] in keep]
            chunks: list[bytes] = []
            with path.open("rb") as fh:
                for meta, offset in records:
                    fh.seek(offset)
                    chunks += [_meta_line(meta), fh.read(meta["size"])]
        except (OSError, ValueError) as exc:
            raise SpoolError(f"cannot rewrite spool batch {path}: {exc}") from exc
        self._place_file(path, chunks, True, what=f"batch {path.name}", mtime=mtime)
        offset = 0
        places = self._index()
        for (meta, _), line in zip(records, chunks[::2], strict=True):
            offset += len(line)
            old = places[meta["key"]]
            places[meta["key"]] = _Place(path, offset, old.meta, old.order, "batch")
            offset += meta["size"]

    def _remove_file(self, path: Path, *, sync: bool, later: bool = False) -> None:
        """Take ``path`` (a file or an older version's directory) out of its directory
        with one rename into tmp/; delete it now or, ``later``, in ``sweep``."""
        trash = self.directory / "tmp" / f"{path.name}.gone.{secrets.token_hex(4)}"
        try:
            os.rename(path, trash)
            if sync:
                fsync_dir(path.parent)
        except OSError as exc:
            raise SpoolError(f"cannot remove spool file {path}: {exc}") from exc
        if later:
            self._trash.append(trash)
        else:
            _delete(trash)

    # -- reading -----------------------------------------------------------------

    def _read(self, key: str, place: _Place) -> SpoolEntry:
        try:
            if place.kind == "legacy":
                raw = (place.path / LEGACY_MESSAGE_FILE).read_bytes()
            else:
                size = int(place.meta["size"])
                with place.path.open("rb") as fh:
                    fh.seek(place.offset)
                    raw = fh.read(size)
                if len(raw) != size:
                    raise SpoolError(f"spool entry {key} in {place.path} is cut short")
        except FileNotFoundError as exc:
            raise SpoolError(f"spool entry {key} not found in {place.path.parent}") from exc
        except OSError as exc:
            raise SpoolError(f"cannot read spool entry {key} in {place.path}: {exc}") from exc
        return SpoolEntry(key=key, path=place.path, raw=raw, meta=dict(place.meta))

    def get(self, key: str) -> SpoolEntry:
        """The pending entry ``key`` (SpoolError if there is none)."""
        with self._lock:
            place = self._index().get(check_key(key))
            if place is None:
                raise SpoolError(f"spool entry {key} not found in {self.directory / 'pending'}")
            return self._read(key, place)

    def get_bad(self, key: str) -> SpoolEntry:
        """The quarantined entry ``key`` (SpoolError if there is none)."""
        path = self.directory / "bad" / f"{check_key(key)}{ENTRY_SUFFIX}"
        try:
            ((meta, offset),) = _read_records(path)
        except FileNotFoundError as exc:
            raise SpoolError(f"spool entry {key} not found in {path.parent}") from exc
        except (OSError, ValueError) as exc:
            raise SpoolError(f"cannot read quarantined spool entry {path}: {exc}") from exc
        return self._read(key, _Place(path, offset, meta, (0, 0), "entry"))

    def __contains__(self, key: str) -> bool:
        with self._lock:
            return key in self._index()

    def pending(self) -> list[str]:
        """Keys of unfinished entries, oldest first (what to redo after a restart)."""
        with self._lock:
            places = self._index()
            return sorted(places, key=lambda k: (places[k].order, k))

    def bad_keys(self) -> list[str]:
        found = []
        for child in (self.directory / "bad").iterdir():
            key = child.name[: -len(ENTRY_SUFFIX)]
            if child.name.endswith(ENTRY_SUFFIX) and _KEY_RE.fullmatch(key):
                found.append((child.stat().st_mtime_ns, key))
        return [key for _mtime, key in sorted(found)]

    def recover(self) -> list[str]:
        """The pending keys, oldest first; on this object's first use also the start-up
        work (``_load``: leftovers, damaged entries, an older version's entries)."""
        return self.pending()

    # -- state changes -----------------------------------------------------------

    def claim(self, key: str) -> SpoolEntry:
        """Start working on ``key``: raise and persist ``attempts`` first, then return it."""
        with self._lock:
            entry = self.get(key)
            meta = {**entry.meta, "attempts": entry.attempts + 1, "claimed_at": _now()}
            self._rewrite(key, entry.raw, meta)
            return SpoolEntry(key=key, path=self._index()[key].path, raw=entry.raw, meta=meta)

    def fail(self, key: str, error: str) -> int:
        """Record why the last attempt failed; returns the attempts so far."""
        meta = self.update_meta(key, last_error=error[:2000], failed_at=_now())
        return int(meta.get("attempts", 0))

    def finish(self, key: str, *, sync: bool = True, later: bool = False) -> None:
        """The work for ``key`` is stored elsewhere: delete the entry (or keep it in done/).

        ``sync=False``: the deletion may be undone by a power loss (or, for an entry of
        a batch whose other entries are pending, by any end of the process); the entry
        then comes back as pending and ``recover`` finds its record (group commit).
        ``later=True``: the entry's file leaves pending/ now (one rename) and is deleted
        by ``sweep_in_background`` (or, should the process end first, by ``recover``,
        which empties tmp/)."""
        with self._lock:
            place = self._index().get(key)
            if place is None:
                return
            if self.keep_done:
                entry = self._read(key, place)
                self._store_aside("done", key, [_meta_line(entry.meta), entry.raw])
            del self._index()[key]
            self._drop_from(place, key, sync=sync, later=later)

    def sweep(self) -> int:
        """Delete the files ``finish(later=True)`` set aside; returns how many."""
        with self._lock:
            trash, self._trash = self._trash, []
        for path in trash:
            _delete(path)
        return len(trash)

    def sweep_in_background(self) -> None:
        """``sweep`` in a thread, so that deleting files (slow on a busy disk) does not
        hold up the next batch."""
        with self._lock:
            if not self._trash or (self._sweeper is not None and self._sweeper.is_alive()):
                return  # the running sweep takes these too, or the next one does
            self._sweeper = threading.Thread(
                target=self._sweep_all, name="spool-sweep", daemon=True
            )
            self._sweeper.start()

    def _sweep_all(self) -> None:
        while self.sweep():
            pass

    def bad(self, key: str, reason: str) -> Path:
        """Quarantine ``key``: keep it in bad/ with ``reason`` in its meta; returns its file."""
        with self._lock:
            return self._quarantine(key, reason)

    def _quarantine(self, key: str, reason: str) -> Path:
        place = self._index().get(key)
        if place is None:
            raise SpoolError(f"spool entry {key} not found in {self.directory / 'pending'}")
        try:
            raw = self._read(key, place).raw
        except SpoolError as exc:
            raw = b""
            reason = f"{reason} (its bytes are lost: {exc})"
        meta = {**place.meta, "reason": f"{_now()} {reason}", "size": len(raw)}
        target = self._store_aside("bad", key, [_meta_line(meta), raw])
        del self._index()[key]
        self._drop_from(place, key, sync=True)
        log.warning("spool: entry %s quarantined: %s", key, reason)
        return target

    def _store_aside(self, state: str, key: str, chunks: list[bytes]) -> Path:
        """Write ``key``'s entry to done/ or bad/ (an older copy there is renamed)."""
        target = self.directory / state / f"{key}{ENTRY_SUFFIX}"
        if target.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
            with contextlib.suppress(OSError):
                os.rename(target, target.with_name(f"{key}.{stamp}.{secrets.token_hex(2)}.old"))
        self._place_file(target, chunks, True, what=f"{key} into {state}/")
        return target


def _delete(path: Path) -> None:
    """Delete a file or directory in tmp/; one that is already gone is fine."""
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


__all__ = [
    "MAX_ATTEMPTS",
    "Spool",
    "SpoolEntry",
    "check_key",
    "fsync_dir",
    "message_key",
]
