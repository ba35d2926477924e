"""The crash-safe TinyDB storage and the single-writer lock behind cases.py.

The store is a snapshot file (``cases.json``, plain TinyDB JSON) plus a
journal next to it (``cases.json.journal``). A transaction appends one line
to the journal holding the new value of every document it changed, and
fsyncs: a write costs what it changes, not the size of the history. When the
journal has grown to the size of the snapshot, a new snapshot is written to a
temporary file, fsynced and renamed over the old one, and the journal starts
again. A crash at any instant leaves a snapshot that parses and a journal
whose last line may be torn; a torn line is a transaction that never
returned, and it is dropped. A snapshot that does not parse is never
overwritten.

Group commit: inside ``CaseStore.group_commit()`` a transaction's line is
written (so it survives the process being killed) but not fsynced; the group
makes everything written so far durable at its sync points, one ``syncfs``
per file system for the journal, the spool and the sent bodies together.
Whatever acts on the outside world (an IMAP MOVE, ...) waits for a sync point.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from tinydb.storages import Storage
from tinydb.table import Table

from .errors import StoreError, StoreLockedError
from .packed import (
    Flag,
    PackedTable,
    Source,
    Tables,
    Written,
    dumps,
    is_line_layout,
    read_snapshot,
    write_snapshot,
)

log = logging.getLogger("requestbot.store")

#: Compact when the journal is larger than this share of the snapshot (and this many bytes).
COMPACT_RATIO = 1.0
COMPACT_MIN_BYTES = 1 << 20


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new entry in ``directory`` durable."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_SYNCFS: list[Any] = []  # [the libc function or None], loaded on first use


def _syncfs() -> Any:
    if not _SYNCFS:
        import ctypes  # only a writer needs it

        try:
            fn = ctypes.CDLL(None, use_errno=True).syncfs
            fn.argtypes = [ctypes.c_int]
            fn.restype = ctypes.c_int
        except (OSError, AttributeError):
            fn = None
        _SYNCFS.append(fn)
    return _SYNCFS[0]


def sync_filesystems(paths: Iterable[Path]) -> None:
    """One durable sync point for everything written under ``paths``.

    ``syncfs(2)`` once per file system (Linux): one journal commit for a whole batch
    of files instead of one per file. Elsewhere ``os.sync()``. Raises OSError.
    """
    seen: set[int] = set()
    for path in paths:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            dev = os.fstat(fd).st_dev
            if dev in seen:
                continue
            seen.add(dev)
            syncfs = _syncfs()
            if syncfs is None:
                os.sync()
            elif syncfs(fd) != 0:
                import ctypes

                err = ctypes.get_errno()
                raise OSError(err, f"syncfs: {os.strerror(err)}", str(path))
        finally:
            os.close(fd)


def write_unsynced(path: Path, data: bytes) -> None:
    """Write ``path`` via a temporary file and a rename, without fsync: whole or absent
    after the process is killed; durable at the caller's next sync point."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


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


class JournalStorage(Storage):
    """TinyDB storage: snapshot + append-only journal. The snapshot's documents stay
    in the file until they are read (packed.py); the ones changed since are kept as
    compact JSON bytes; all are decoded when asked for.

    Tables are held with integer document ids (TinyDB's own id type), so TinyDB
    never has to rebuild a table to change one document. ``hold()`` groups
    several changes into one journal line (one atomic transaction).
    """

    def __init__(self, path: str | os.PathLike[str], readonly: bool = False) -> None:
        self.path = Path(path)
        self.journal_path = self.path.with_name(self.path.name + ".journal")
        self.readonly = readonly
        self._data: Tables | None = None
        self.flag = Flag()  # on while a write is held: tables keep decoded documents
        self._held = 0
        self._dirty: dict[tuple[str, int], None] = {}
        self._dropped: set[str] = set()
        self._failed = False
        self._journal_fd: int | None = None
        self._journal_src = Source(None, str(self.journal_path), owned=False)
        self._journal_size = 0
        self._snapshot_size = 0
        self._whole_layout = False  # the snapshot is in the old one-line layout
        self._deferred = 0  # > 0 inside a group commit: lines are written, not fsynced
        self._unsynced = False
        self.writes = 0

    # --- reading -------------------------------------------------------------------

    def _read_snapshot(self) -> tuple[Tables, int]:
        try:
            with self.path.open("rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                self._whole_layout = not is_line_layout(fh)
                source = Source(os.dup(fh.fileno()), str(self.path))
                return read_snapshot(fh, str(self.path), self.flag, source), size
        except FileNotFoundError:
            return {}, 0
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read the case store: {exc.strerror}") from exc

    def _replay(self, tables: Tables) -> int:
        """Apply the journal's complete lines; returns the byte length of those lines."""
        try:
            raw = self.journal_path.read_bytes()
        except FileNotFoundError:
            return 0
        except OSError as exc:
            raise StoreError(f"{self.journal_path}: cannot read: {exc.strerror}") from exc
        good = 0
        for line in raw.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break  # torn: a transaction that never returned
            try:
                entry = json.loads(line)
                changes = entry["c"]
                for name in entry.get("drop", ()):
                    tables[name] = PackedTable(self.flag)
                for name, doc_id, doc in changes:
                    table = tables.setdefault(name, PackedTable(self.flag))
                    if doc is None:
                        if int(doc_id) in table:
                            del table[int(doc_id)]
                    elif not isinstance(doc, dict):
                        raise TypeError("a document is not a JSON object")
                    else:
                        table.put_packed(int(doc_id), dumps(doc))
            except (ValueError, KeyError, TypeError) as exc:
                raise StoreError(
                    f"{self.journal_path}: line at byte {good} does not parse ({exc}); "
                    f"nothing was changed. Restore the store from a backup."
                ) from exc
            good += len(line)
        return good

    def _load(self) -> Tables:
        for _ in range(5):
            before = _stat_key(self.path)
            tables, self._snapshot_size = self._read_snapshot()
            good = self._replay(tables)
            if _stat_key(self.path) == before:  # no compaction slipped in between
                break
        if not self.readonly:
            self._open_journal(good)
            if not self.path.exists() or self._whole_layout:
                # A store always has a snapshot file that parses; one in the old layout
                # is rewritten at once, so that its documents leave memory.
                self._data = tables
                self.compact()
        return tables

    def _open_journal(self, good: int) -> None:
        if self._journal_fd is not None:
            os.close(self._journal_fd)
            self._journal_fd = None
            self._journal_src.fd = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.journal_path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            if os.fstat(fd).st_size != good:
                os.ftruncate(fd, good)  # drop a torn tail before appending after it
                os.fsync(fd)
        except OSError as exc:
            raise StoreError(f"{self.journal_path}: cannot open: {exc.strerror}") from exc
        self._journal_fd = fd
        self._journal_src.fd = fd
        self._journal_size = good

    def read(self) -> Tables | None:  # type: ignore[override]
        if self._data is None:
            self._data = self._load()
        return self._data

    # --- writing -------------------------------------------------------------------

    def mark(self, table: str, doc_ids: Iterable[int]) -> None:
        for doc_id in doc_ids:
            self._dirty[(table, int(doc_id))] = None

    def mark_dropped(self, table: str) -> None:
        self._dropped.add(table)

    def write(self, data: Mapping[str, Any]) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        # TinyDB hands back the same (in-memory) dict it read; nothing to copy.
        self._data = data  # type: ignore[assignment]

    def _commit(self) -> None:
        if not self._dirty and not self._dropped:
            self._let_go({})
            return
        assert self._data is not None
        parts = []
        by_table: dict[str, list[int]] = {}
        placed: list[tuple[str, int, int, int]] = []  # table, doc id, offset in line, length
        pos = len(b'{"c":[')
        for name, doc_id in self._dirty:
            table = self._data.get(name)
            raw = table.packed(doc_id) if table is not None else None
            head = b"[%s,%d," % (dumps(name), doc_id)
            if raw is not None:
                placed.append((name, doc_id, pos + len(head), len(raw)))
            part = head + (b"null" if raw is None else raw) + b"]"
            parts.append(part)
            pos += len(part) + 1  # and the comma
            by_table.setdefault(name, []).append(doc_id)
        drop = b',"drop":' + dumps(sorted(self._dropped)) if self._dropped else b""
        line = b'{"c":[' + b",".join(parts) + b"]" + drop + b"}\n"
        self._dirty.clear()
        self._dropped.clear()
        if self._journal_fd is None:
            raise StoreError(f"{self.journal_path}: the journal is not open")
        try:
            start = os.fstat(self._journal_fd).st_size  # O_APPEND: the line goes there
            written = os.write(self._journal_fd, line)
            if written != len(line):
                raise OSError(errno.ENOSPC, "short write to the journal")
            if self._deferred:
                self._unsynced = True  # the group's sync point makes it durable
            else:
                os.fsync(self._journal_fd)
        except OSError as exc:
            self._forget(truncate_to=self._journal_size)
            raise StoreError(f"{self.journal_path}: cannot write the case store: {exc}") from exc
        self._let_go(by_table)
        for name, doc_id, offset, length in placed:  # as committed, they are in the journal
            self._data[name].put_journal(doc_id, start + offset, length, self._journal_src)
        self._journal_size += len(line)
        self.writes += 1
        if self._journal_size > max(COMPACT_MIN_BYTES, self._snapshot_size * COMPACT_RATIO):
            try:
                self.compact()
            except StoreError as exc:  # the journal still holds everything
                log.warning("%s; will try again after the next write", exc)

    def _let_go(self, changed: Mapping[str, list[int]]) -> None:
        """After a commit: changed documents packed again, nothing kept decoded."""
        for name, table in (self._data or {}).items():
            table.pack(changed.get(name, ()))

    def compact(self) -> None:
        """Write a new snapshot and start an empty journal."""
        if self.readonly or self._data is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            size, written, source = _write_snapshot_file(self.path, self._data)
        except OSError as exc:
            # The journal still holds everything: nothing is lost, try again later.
            raise StoreError(f"{self.path}: cannot write a snapshot: {exc.strerror}") from exc
        for name, table in self._data.items():  # the documents are read from the new file
            table.moved(written.places[name], source, written.in_memory[name])
        self._whole_layout = False
        self._snapshot_size = size
        try:
            if self._journal_fd is not None:
                os.ftruncate(self._journal_fd, 0)
                self._journal_size = 0
                os.fsync(self._journal_fd)
        except OSError as exc:
            msg = f"{self.journal_path}: cannot empty the journal: {exc.strerror}"
            raise StoreError(msg) from exc
        self._journal_size = 0

    @contextlib.contextmanager
    def deferred_sync(self) -> Iterator[None]:
        """Write transactions without fsync inside; ``sync()`` (or the end) makes them durable."""
        self._deferred += 1
        try:
            yield
        finally:
            self._deferred -= 1

    @property
    def unsynced(self) -> bool:
        return self._unsynced

    def synced(self) -> None:
        """The caller made the journal durable (by syncfs or fsync)."""
        self._unsynced = False

    def sync(self) -> None:
        """fsync the journal now, if a deferred transaction is waiting for it."""
        if self._unsynced and self._journal_fd is not None:
            try:
                os.fsync(self._journal_fd)
            except OSError as exc:
                raise StoreError(f"{self.journal_path}: cannot sync: {exc.strerror}") from exc
            self._unsynced = False

    def _forget(self, truncate_to: int | None = None) -> None:
        """Drop unsaved in-memory changes: the disk is the truth."""
        self._data = None
        self._dirty.clear()
        self._dropped.clear()
        if truncate_to is not None and self._journal_fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._journal_fd, truncate_to)

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        """Group the changes made inside into one transaction (nested: the outermost).

        If anything inside fails, the whole transaction is dropped, even when the
        failure was caught inside it (then StoreError says so at the end).
        """
        self._held += 1
        self.flag.on = True
        ok = False
        try:
            yield
            ok = True
        finally:
            self._held -= 1
            self.flag.on = self._held > 0
            if not ok:
                self._failed = True
            if self._held == 0:
                failed, self._failed = self._failed, False
                if failed:
                    self._forget()
                    if ok:
                        raise StoreError(
                            "a change inside this transaction failed; all of it was rolled back"
                        )
                else:
                    self._commit()

    def reload(self) -> None:
        self._forget()

    def close(self) -> None:
        """Commit what is pending and fold the journal into the snapshot."""
        if self._journal_fd is not None:
            if not self._held and (self._dirty or self._dropped):
                self._commit()
            with contextlib.suppress(StoreError):
                self.sync()  # compact() below may fail; the journal must be durable
            if self._journal_size or not self.path.exists():
                try:
                    self.compact()
                except StoreError as exc:  # the journal still holds everything
                    log.warning("%s", exc)
            os.close(self._journal_fd)
            self._journal_fd = None
            self._journal_src.fd = None


def _write_snapshot_file(path: Path, tables: Tables) -> tuple[int, Written, Source]:
    """Like atomic_write_bytes, streaming the packed documents; returns the size, where
    the documents are in it, and the new file open for reading."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    source: Source | None = None
    try:
        with os.fdopen(fd, "wb") as fh:
            source = Source(os.open(tmp, os.O_RDONLY), str(path))
            written = write_snapshot(fh, tables)
            fh.flush()
            size = fh.tell()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if source is not None:
            source.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)
    return size, written, source


def load_tables(path: str | os.PathLike[str]) -> Tables:
    """Everything in a store (snapshot + journal), read-only: for tools and tests."""
    storage = JournalStorage(path, readonly=True)
    return storage.read() or {}


def _stat_key(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns)


class JournalTable(Table):
    """A TinyDB table that works on the storage's in-memory documents in place and
    tells the storage exactly which documents each operation changed."""

    _storage: JournalStorage

    def _update_table(self, updater: Any) -> None:
        tables = self._storage.read()
        assert tables is not None
        table = tables.setdefault(self.name, PackedTable(self._storage.flag))
        updater(table)
        self._storage.write(tables)
        self.clear_cache()

    def _read_table(self) -> dict[str, Any]:
        tables = self._storage.read()
        if tables is None:
            return {}
        return tables.get(self.name, {})  # type: ignore[return-value]

    def get(self, cond: Any = None, doc_id: Any = None, doc_ids: Any = None) -> Any:
        # TinyDB looks documents up by str(doc_id); our tables are keyed by int.
        if doc_id is not None:
            raw = self._read_table().get(int(doc_id))  # type: ignore[call-overload]
            return None if raw is None else self.document_class(raw, int(doc_id))
        if doc_ids is not None:
            table = self._read_table()
            wanted = [int(i) for i in doc_ids]
            return [self.document_class(table[i], i) for i in wanted if i in table]  # type: ignore[index]
        return super().get(cond)

    def insert(self, document: Mapping[str, Any]) -> int:
        with self._storage.hold():
            doc_id = super().insert(document)
            self._storage.mark(self.name, [doc_id])
        return doc_id

    def insert_multiple(self, documents: Iterable[Mapping[str, Any]]) -> list[int]:
        with self._storage.hold():
            ids = super().insert_multiple(documents)
            self._storage.mark(self.name, ids)
        return ids

    def update(self, fields: Any, cond: Any = None, doc_ids: Any = None) -> list[int]:
        with self._storage.hold():
            ids = super().update(fields, cond, doc_ids)
            self._storage.mark(self.name, ids)
        return ids

    def update_multiple(self, updates: Any) -> list[int]:
        with self._storage.hold():
            ids = super().update_multiple(updates)
            self._storage.mark(self.name, ids)
        return ids

    def remove(self, cond: Any = None, doc_ids: Any = None) -> list[int]:
        with self._storage.hold():
            ids = super().remove(cond, doc_ids)
            self._storage.mark(self.name, ids)
        return ids

    def truncate(self) -> None:
        with self._storage.hold():
            super().truncate()
            self._storage.mark_dropped(self.name)


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
