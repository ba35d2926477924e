"""The crash-safe TinyDB storage and the single-writer lock behind cases.py.

A write goes to a temporary file in the same directory, is fsynced, and is
renamed over the old file (then the directory is fsynced): a crash at any
instant leaves either the old or the new file, never a torn one. A file that
does not parse is never overwritten.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from .errors import StoreError, StoreLockedError


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file only."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


class AtomicJSONStorage(Storage):
    """TinyDB storage: whole-document JSON, atomic replace, in-memory copy.

    ``hold()`` defers writes so that several table changes reach the disk in
    one atomic write (a case event and the mail it causes, or a whole intake
    cycle).
    """

    def __init__(self, path: str | os.PathLike[str], readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._data: dict[str, Any] | None = None
        self._held = 0
        self._dirty = False
        self.writes = 0

    def _load(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read the case store: {exc.strerror}") from exc
        if not raw.strip():
            return {}
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise StoreError(
                f"{self.path}: the case store does not parse ({exc}). It was not changed. "
                f"Restore it from a backup (or move it aside to start empty) and start again."
            ) from exc
        if not isinstance(data, dict):
            raise StoreError(
                f"{self.path}: the case store is not a JSON object; it was not changed"
            )
        return data

    def read(self) -> dict[str, Any] | None:
        if self._data is None:
            self._data = self._load()
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        self._data = data
        if self._held:
            self._dirty = True
            return
        self._flush()

    def _flush(self) -> None:
        assert self._data is not None
        payload = json.dumps(self._data, ensure_ascii=False, separators=(",", ":")).encode()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, payload)
        except OSError as exc:
            # Forget the unsaved in-memory state: the disk is the truth.
            self._data = None
            self._dirty = False
            raise StoreError(f"{self.path}: cannot write the case store: {exc.strerror}") from exc
        self._dirty = False
        self.writes += 1

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        self._held += 1
        ok = False
        try:
            yield
            ok = True
        finally:
            self._held -= 1
            if self._held == 0 and self._dirty:
                if ok:
                    self._flush()
                else:
                    # Roll back what the failed block changed in memory.
                    self._data = None
                    self._dirty = False

    def reload(self) -> None:
        self._data = None

    def close(self) -> None:
        if self._dirty and not self._held:
            self._flush()


class StoreLock:
    """An exclusive lock file next to the store, naming the holder's pid."""

    def __init__(self, store_path: Path) -> None:
        self.path = store_path.with_name(store_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise StoreLockedError(
                    f"{self.path.with_suffix('')}: the case store is in use by another "
                    f"requestbot process (pid {holder}); stop it first, or use a read-only command"
                ) from exc
            raise StoreError(f"{self.path}: cannot lock: {exc.strerror}") from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            os.close(self._fd)
            self._fd = None
