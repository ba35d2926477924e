"""Crash-safe on-disk queue of raw messages: nothing is acted on before its bytes are on disk.

Layout under the spool directory (one directory per entry, so an entry appears whole or not
at all)::

    tmp/                 puts in progress and deletions; emptied by recover()
    pending/<key>/       message.eml + meta.json: spooled, not finished (after a crash too)
    done/<key>/          finished entries, only with keep_done=True
    bad/<key>/           quarantined: message.eml + meta.json + reason.txt

A put writes both files in ``tmp/``, fsyncs them and the directory, renames the directory
into ``pending/`` and fsyncs ``pending/``: a kill at any moment leaves either no entry or a
complete one, never a torn file. Meta updates replace ``meta.json`` the same way.

The attempts counter is raised by ``claim`` *before* the work starts, so a message that
crashes the process is counted too; the caller moves an entry to ``bad`` (quarantine) when
``attempts`` reaches ``MAX_ATTEMPTS``.

Keys are file-system-safe names; ``message_key(raw)`` gives the usual one (a SHA-256).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from requestbot.errors import SpoolError
from requestbot.store import fsync_dir

MAX_ATTEMPTS = 3
MESSAGE_FILE = "message.eml"
META_FILE = "meta.json"
REASON_FILE = "reason.txt"
# file-name-safe; also admits Maildir keys such as "1700000000.M1P2Q3.host,S=1234,W=1300"
_KEY_RE = re.compile(r"^[A-Za-z0-9_,=+-][A-Za-z0-9._,=+-]{0,199}$")
_SUBDIRS = ("tmp", "pending", "done", "bad")


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
    path: Path
    raw: bytes = field(repr=False)
    meta: dict[str, Any]

    @property
    def attempts(self) -> int:
        return int(self.meta.get("attempts", 0))


def _write_synced(path: Path, data: bytes, sync: bool = True) -> None:
    """Create ``path`` 0600 whatever the umask (it holds personal data), write, and
    fsync unless the caller's group commit syncs it (``sync=False``)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        os.fchmod(fh.fileno(), 0o600)
        fh.write(data)
        if sync:
            fh.flush()
            os.fsync(fh.fileno())


def _private_dir(path: Path, *, exist_ok: bool = False, parents: bool = False) -> None:
    """mkdir with mode 0700 whatever the umask."""
    path.mkdir(mode=0o700, parents=parents, exist_ok=exist_ok)
    os.chmod(path, 0o700)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Spool:
    """The queue in ``directory`` (created if missing). One process owns a spool."""

    def __init__(self, directory: str | os.PathLike[str], *, keep_done: bool = False) -> None:
        self.directory = Path(directory)
        self.keep_done = keep_done
        self._lock = threading.RLock()
        self._trash: list[Path] = []  # finished entries set aside by finish(later=True)
        self._sweeper: threading.Thread | None = None
        try:
            _private_dir(self.directory, parents=True, exist_ok=True)
            for sub in _SUBDIRS:
                _private_dir(self.directory / sub, exist_ok=True)
        except OSError as exc:
            raise SpoolError(f"cannot create spool {self.directory}: {exc}") from exc

    def _dir(self, state: str, key: str) -> Path:
        return self.directory / state / check_key(key)

    # -- writing -----------------------------------------------------------------

    def put(
        self, key: str, raw: bytes, meta: Mapping[str, Any] | None = None, *, sync: bool = True
    ) -> Path:
        """Store ``raw`` and ``meta`` durably under ``key``; returns the entry's directory.

        Idempotent: if ``key`` is already pending, nothing is written and the existing
        entry's path is returned. (A key that is only in done/ or bad/ is spooled anew.)
        ``sync=False`` (group commit): the entry appears whole or not at all, also when
        the process is killed, but it is durable only at the caller's next sync point
        (``CaseStore.group_commit``), which must come before anything acts on it
        outside this process.
        """
        target = self._dir("pending", key)
        with self._lock:
            if target.exists():
                return target
            record = dict(meta or {})
            record.update(
                key=key,
                spooled_at=record.get("spooled_at", _now()),
                attempts=int(record.get("attempts", 0)),
                size=len(raw),
                sha256=hashlib.sha256(raw).hexdigest(),
            )
            try:
                meta_bytes = json.dumps(record, ensure_ascii=False, sort_keys=True).encode()
            except (TypeError, ValueError) as exc:
                raise SpoolError(f"spool meta for {key} is not JSON: {exc}") from exc
            tmp = self.directory / "tmp" / f"{key}.{os.getpid()}.{secrets.token_hex(4)}"
            try:
                _private_dir(tmp)
                _write_synced(tmp / MESSAGE_FILE, raw, sync)
                _write_synced(tmp / META_FILE, meta_bytes, sync)
                if sync:
                    fsync_dir(tmp)
                try:
                    os.rename(tmp, target)
                except OSError:
                    if target.exists():  # someone else spooled it first
                        shutil.rmtree(tmp, ignore_errors=True)
                        return target
                    raise
                if sync:
                    fsync_dir(target.parent)
            except OSError as exc:
                shutil.rmtree(tmp, ignore_errors=True)
                raise SpoolError(f"cannot spool {key} in {self.directory}: {exc}") from exc
            return target

    def _write_meta(self, entry_dir: Path, meta: Mapping[str, Any]) -> None:
        data = json.dumps(dict(meta), ensure_ascii=False, sort_keys=True).encode()
        tmp = entry_dir / f"{META_FILE}.{secrets.token_hex(4)}.tmp"
        try:
            _write_synced(tmp, data)
            os.replace(tmp, entry_dir / META_FILE)
            fsync_dir(entry_dir)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise SpoolError(f"cannot update {entry_dir / META_FILE}: {exc}") from exc

    def update_meta(self, key: str, **changes: Any) -> dict[str, Any]:
        """Merge ``changes`` into a pending entry's meta (atomically); returns the new meta."""
        with self._lock:
            entry = self.get(key)
            meta = {**entry.meta, **changes}
            self._write_meta(entry.path, meta)
            return meta

    # -- reading -----------------------------------------------------------------

    def _read(self, key: str, entry_dir: Path) -> SpoolEntry:
        try:
            raw = (entry_dir / MESSAGE_FILE).read_bytes()
            meta = json.loads((entry_dir / META_FILE).read_bytes())
        except FileNotFoundError as exc:
            raise SpoolError(f"spool entry {key} not found in {entry_dir.parent}") from exc
        except (OSError, ValueError) as exc:
            raise SpoolError(f"cannot read spool entry {entry_dir}: {exc}") from exc
        return SpoolEntry(key=key, path=entry_dir, raw=raw, meta=meta)

    def get(self, key: str) -> SpoolEntry:
        """The pending entry ``key`` (SpoolError if there is none)."""
        return self._read(key, self._dir("pending", key))

    def get_bad(self, key: str) -> SpoolEntry:
        return self._read(key, self._dir("bad", key))

    def __contains__(self, key: str) -> bool:
        return self._dir("pending", key).is_dir()

    def _list(self, state: str) -> list[str]:
        base = self.directory / state
        entries = []
        for child in base.iterdir():
            if child.is_dir() and _KEY_RE.fullmatch(child.name):
                try:  # message.eml is never rewritten: its mtime is the spool time
                    mtime = (child / MESSAGE_FILE).stat().st_mtime_ns
                except OSError:
                    mtime = 0  # broken entry: list it first, recover() quarantines it
                entries.append((mtime, child.name))
        return [name for _mtime, name in sorted(entries)]

    def pending(self) -> list[str]:
        """Keys of unfinished entries, oldest first (what to redo after a restart)."""
        return self._list("pending")

    def bad_keys(self) -> list[str]:
        return self._list("bad")

    def recover(self) -> list[str]:
        """Start-up: drop half-written puts in tmp/, quarantine unreadable entries, list pending."""
        with self._lock:
            for leftover in (self.directory / "tmp").iterdir():
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        leftover.unlink()
            for key in self.pending():
                entry_dir = self._dir("pending", key)
                for stray in entry_dir.glob(f"{META_FILE}.*.tmp"):
                    with contextlib.suppress(OSError):
                        stray.unlink()
                try:
                    entry = self.get(key)
                except SpoolError as exc:
                    self._quarantine(key, f"unreadable after restart: {exc}")
                    continue
                if hashlib.sha256(entry.raw).hexdigest() != entry.meta.get("sha256"):
                    self._quarantine(key, "message bytes do not match their checksum")
            return self.pending()

    # -- state changes -----------------------------------------------------------

    def claim(self, key: str) -> SpoolEntry:
        """Start working on ``key``: raise and persist ``attempts`` first, then return it."""
        with self._lock:
            entry = self.get(key)
            meta = {**entry.meta, "attempts": entry.attempts + 1, "claimed_at": _now()}
            self._write_meta(entry.path, meta)
            return SpoolEntry(key=key, path=entry.path, raw=entry.raw, meta=meta)

    def fail(self, key: str, error: str) -> int:
        """Record why the last attempt failed; returns the attempts so far."""
        meta = self.update_meta(key, last_error=error[:2000], failed_at=_now())
        return int(meta.get("attempts", 0))

    def finish(self, key: str, *, sync: bool = True, later: bool = False) -> None:
        """The work for ``key`` is stored elsewhere: delete the entry (or move it to done/).

        ``sync=False``: the deletion may be undone by a power loss; the entry then
        comes back as pending and ``recover`` finds its record (group commit).
        ``later=True``: the entry leaves pending/ now (one rename) and its files are
        deleted by ``sweep_in_background`` (or, should the process end first, by
        ``recover``, which empties tmp/)."""
        with self._lock:
            source = self._dir("pending", key)
            if not source.exists():
                return
            if self.keep_done:
                self._replace_into(source, self._dir("done", key))
            else:
                trash = self.directory / "tmp" / f"{key}.done.{secrets.token_hex(4)}"
                try:
                    os.rename(source, trash)
                    if sync:
                        fsync_dir(source.parent)
                except OSError as exc:
                    raise SpoolError(f"cannot finish spool entry {key}: {exc}") from exc
                if later:
                    self._trash.append(trash)
                else:
                    shutil.rmtree(trash, ignore_errors=True)

    def sweep(self) -> int:
        """Delete the entries ``finish(later=True)`` set aside; returns how many."""
        with self._lock:
            trash, self._trash = self._trash, []
        for path in trash:
            shutil.rmtree(path, ignore_errors=True)
        return len(trash)

    def sweep_in_background(self) -> None:
        """``sweep`` in a thread, so that deleting files (slow on a busy disk: each
        unlink waits for the file system's journal) does not hold up the next batch."""
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
        """Quarantine ``key``: move it to bad/ with ``reason.txt``; returns the new path."""
        with self._lock:
            return self._quarantine(key, reason)

    def _quarantine(self, key: str, reason: str) -> Path:
        source = self._dir("pending", key)
        if not source.exists():
            raise SpoolError(f"spool entry {key} not found in {source.parent}")
        text = f"{_now()} {reason}\n".encode()
        tmp = source / f"{REASON_FILE}.{secrets.token_hex(4)}.tmp"
        try:
            _write_synced(tmp, text)
            os.replace(tmp, source / REASON_FILE)
        except OSError as exc:
            raise SpoolError(f"cannot write reason for {key}: {exc}") from exc
        target = self._dir("bad", key)
        self._replace_into(source, target)
        return target

    def _replace_into(self, source: Path, target: Path) -> None:
        try:
            if target.exists():  # an older copy with the same key: keep it aside
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
                os.rename(target, target.with_name(f"{target.name}.{stamp}.{secrets.token_hex(2)}"))
            os.rename(source, target)
            fsync_dir(source.parent)
            fsync_dir(target.parent)
        except OSError as exc:
            raise SpoolError(f"cannot move {source} to {target}: {exc}") from exc


__all__ = [
    "MAX_ATTEMPTS",
    "Spool",
    "SpoolEntry",
    "check_key",
    "fsync_dir",
    "message_key",
]
