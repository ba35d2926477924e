"""Documents left in the snapshot file until they are read, and the snapshot itself.

A decoded document costs several times its JSON size in Python objects, and even
as JSON bytes 10,000 live cases with their events, outbox and message records are
~40 MB. ``PackedTable`` keeps, for each document of the snapshot, only where its
JSON is in the snapshot file (two machine integers in an array indexed by doc id)
and reads it with ``os.pread`` when it is asked for. The snapshot file is never
changed in place (a new one is written and renamed over it), so the open file
stays valid; after a compaction the tables are pointed at the new file. A
document committed since is read back the same way from its line in the journal
(a negative offset; the journal is append-only until the next compaction). The
journal replay at open keeps its documents as compact JSON bytes. While the storage holds a write (``Flag.on``) a decoded
document is kept, so that TinyDB's in-place changes reach the journal; after the
commit the changed ones are packed again and the rest are let go.

The snapshot is plain JSON laid out one document per line::

    {
    "cases":{
    "1":{...},
    "2":{...}
    },
    "events":{
    }
    }

so that it is read line by line (each document checked, none kept) and written
from the packed bytes without decoding anything. A snapshot in any other layout
(older versions wrote one line) is read whole and kept in memory until the next
snapshot (a writer writes one at once, see store.py).
"""

from __future__ import annotations

import json
import os
from array import array
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import IO, Any

from .errors import StoreError


def dumps(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


#: A doc id above this (or below 1) is kept in memory, not as a place in the arrays.
MAX_DENSE_ID = 1 << 26


class Flag:
    """Shared by a storage and its tables: True while a write is held."""

    __slots__ = ("on",)

    def __init__(self) -> None:
        self.on = False


class Source:
    """An open file that documents' places refer to (shared by the tables): the
    snapshot, or the journal (which the storage owns: ``owned=False``)."""

    __slots__ = ("fd", "where", "owned")

    def __init__(self, fd: int | None, where: str, *, owned: bool = True) -> None:
        self.fd = fd
        self.where = where
        self.owned = owned

    def read(self, offset: int, length: int) -> bytes:
        if self.fd is None:
            raise StoreError(f"{self.where}: the case store was closed")
        try:
            raw = os.pread(self.fd, length, offset)
        except OSError as exc:
            raise StoreError(f"{self.where}: cannot read the case store: {exc.strerror}") from exc
        if len(raw) != length:
            raise StoreError(f"{self.where}: the case store was cut short behind our back")
        return raw

    def close(self) -> None:
        if self.fd is not None and self.owned:
            os.close(self.fd)
        self.fd = None

    def __del__(self) -> None:
        if self.owned:
            self.close()


class Places:
    """Where a table's documents are in a snapshot file: offset and length by doc id."""

    __slots__ = ("offsets", "lengths")

    def __init__(self) -> None:
        # > 0: in the snapshot; < 0: in the journal at -offset; 0: in neither
        # (neither file starts with a document)
        self.offsets = array("q")
        self.lengths = array("I")

    def put(self, doc_id: int, offset: int, length: int) -> None:
        missing = doc_id + 1 - len(self.offsets)
        if missing > 0:
            self.offsets.frombytes(bytes(8 * missing))
            self.lengths.frombytes(bytes(4 * missing))
        self.offsets[doc_id] = offset
        self.lengths[doc_id] = length


def _dense(doc_id: int) -> bool:
    return 0 < doc_id <= MAX_DENSE_ID


class PackedTable(MutableMapping[int, dict[str, Any]]):
    """doc id -> document, held as places in the snapshot or as JSON bytes (module docstring)."""

    __slots__ = ("_places", "_source", "_journal", "_mem", "_hot", "_flag", "_count")

    def __init__(self, flag: Flag | None = None, source: Source | None = None) -> None:
        self._places = Places()
        self._source = source
        self._journal: Source | None = None
        self._mem: dict[int, bytes | None] = {}  # changed since the snapshot; None: only in _hot
        self._hot: dict[int, dict[str, Any]] = {}
        self._flag = flag or Flag()
        self._count = 0

    def _on_disk(self, doc_id: int) -> bool:
        offsets = self._places.offsets
        return 0 < doc_id < len(offsets) and offsets[doc_id] != 0

    def _raw(self, doc_id: int) -> bytes:
        raw = self._mem.get(doc_id)
        if raw is not None:
            return raw
        if self._on_disk(doc_id):
            offset, length = self._places.offsets[doc_id], self._places.lengths[doc_id]
            source = self._source if offset > 0 else self._journal
            if source is not None:
                return source.read(abs(offset), length)
        raise KeyError(doc_id)

    # --- the mapping -----------------------------------------------------------------

    def __getitem__(self, doc_id: int) -> dict[str, Any]:
        doc = self._hot.get(doc_id)
        if doc is not None:
            return doc
        doc = json.loads(self._raw(doc_id))
        if self._flag.on:
            self._hot[doc_id] = doc
        return doc  # type: ignore[no-any-return]

    def __setitem__(self, doc_id: int, doc: dict[str, Any]) -> None:
        if doc_id not in self:
            self._mem[doc_id] = None
            self._count += 1
        self._hot[doc_id] = doc

    def __delitem__(self, doc_id: int) -> None:
        if doc_id not in self:
            raise KeyError(doc_id)
        self._mem.pop(doc_id, None)
        self._hot.pop(doc_id, None)
        if self._on_disk(doc_id):
            self._places.offsets[doc_id] = 0
        self._count -= 1

    def __iter__(self) -> Iterator[int]:
        """Doc ids in ascending order."""
        offsets, mem = self._places.offsets, self._mem
        size = len(offsets)
        for doc_id in range(1, size):
            if offsets[doc_id] != 0 or doc_id in mem:
                yield doc_id
        yield from sorted(i for i in list(mem) if not 0 < i < size)

    def __len__(self) -> int:
        return self._count

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._mem or (isinstance(doc_id, int) and self._on_disk(doc_id))

    def get(self, doc_id: int, default: Any = None) -> Any:  # type: ignore[override]
        if doc_id not in self:
            return default
        return self[doc_id]

    def items(self) -> Iterator[tuple[int, dict[str, Any]]]:  # type: ignore[override]
        """Decoded copies (the held ones as they are); scanning keeps nothing decoded."""
        for doc_id in list(self):
            doc = self._hot.get(doc_id)
            yield doc_id, doc if doc is not None else json.loads(self._raw(doc_id))

    def values(self) -> Iterator[dict[str, Any]]:  # type: ignore[override]
        for _doc_id, doc in self.items():
            yield doc

    def clear(self) -> None:
        self._places = Places()
        self._mem.clear()
        self._hot.clear()
        self._count = 0

    # --- packing ---------------------------------------------------------------------

    def put_packed(self, doc_id: int, raw: bytes) -> None:
        if doc_id not in self:
            self._count += 1
        self._mem[doc_id] = raw
        self._hot.pop(doc_id, None)

    def put_place(self, doc_id: int, offset: int, length: int) -> None:
        """The document is in the snapshot file at ``offset`` (``length`` bytes)."""
        if doc_id not in self:
            self._count += 1
        self._mem.pop(doc_id, None)
        self._hot.pop(doc_id, None)
        self._places.put(doc_id, offset, length)

    def put_journal(self, doc_id: int, offset: int, length: int, journal: Source) -> bool:
        """The document as committed is in the journal at ``offset``: keep only that
        place (False, and nothing changed, for an id that is kept in memory)."""
        if not _dense(doc_id) or doc_id not in self or doc_id in self._hot:
            return False
        self._journal = journal
        self._mem.pop(doc_id, None)
        self._places.put(doc_id, -offset, length)
        return True

    def packed(self, doc_id: int) -> bytes | None:
        """The document's JSON bytes (packing it if it was changed); None if absent."""
        if doc_id not in self:
            return None
        doc = self._hot.get(doc_id)
        if doc is not None:
            return dumps(doc)
        return self._raw(doc_id)

    def pack(self, doc_ids: Iterable[int]) -> None:
        """After a commit: the changed documents back to bytes; nothing stays decoded."""
        for doc_id in doc_ids:
            doc = self._hot.get(doc_id)
            if doc is not None and doc_id in self:
                self._mem[doc_id] = dumps(doc)
        self._hot.clear()

    def moved(self, places: Places, source: Source, in_memory: dict[int, bytes]) -> None:
        """A new snapshot holds every document: at ``places``, or (an id that is not
        dense) in ``in_memory``. Held documents stay held."""
        self._places = places
        self._source = source
        self._journal = None
        self._mem = dict(in_memory)


Tables = dict[str, PackedTable]


# --- snapshot ----------------------------------------------------------------------


class Written:
    """What ``write_snapshot`` wrote: by table, the documents' places (and the
    documents whose ids are kept in memory instead)."""

    def __init__(self) -> None:
        self.places: dict[str, Places] = {}
        self.in_memory: dict[str, dict[int, bytes]] = {}


def write_snapshot(out: IO[bytes], tables: Mapping[str, PackedTable]) -> Written:
    written = Written()
    pos = out.write(b"{\n")
    names = list(tables)
    for i, name in enumerate(names):
        pos += out.write(dumps(name) + b":{\n")
        table = tables[name]
        places = written.places[name] = Places()
        in_memory = written.in_memory[name] = {}
        ids = list(table)
        for j, doc_id in enumerate(ids):
            raw = table.packed(doc_id)
            assert raw is not None
            key = b'"%d":' % doc_id
            if _dense(doc_id):
                places.put(doc_id, pos + len(key), len(raw))
            else:
                in_memory[doc_id] = raw
            pos += out.write(b"%s%s%s" % (key, raw, b",\n" if j < len(ids) - 1 else b"\n"))
        pos += out.write(b"},\n" if i < len(names) - 1 else b"}\n")
    out.write(b"}\n")
    return written


def _not_parsing(where: str, detail: str) -> StoreError:
    return StoreError(
        f"{where}: the case store does not parse ({detail}). It was not changed. "
        f"Restore it from a backup (or move it aside to start empty) and start again."
    )


def read_snapshot(fh: IO[bytes], where: str, flag: Flag, source: Source | None = None) -> Tables:
    """Tables from a snapshot file (either layout); StoreError if it does not parse.

    With a ``source`` (the same file, open) the documents stay in the file; without,
    or in the old one-line layout, they are kept in memory."""
    first = fh.readline()
    if first != b"{\n":
        rest = first + fh.read()
        if not rest.strip():
            return {}
        return _read_whole(rest, where, flag)
    tables: Tables = {}
    current: PackedTable | None = None
    ended = False
    pos = len(first)
    for number, line in enumerate(fh, start=2):
        start, pos = pos, pos + len(line)
        try:
            if ended:
                raise ValueError("text after the end")
            if current is None:
                if line.rstrip() == b"}":
                    ended = True
                    continue
                if not line.endswith(b":{\n"):
                    raise ValueError("a table name was expected")
                name = json.loads(line[:-3])
                if not isinstance(name, str):
                    raise ValueError("a table name was expected")
                current = tables[name] = PackedTable(flag, source)
                continue
            if line in (b"}\n", b"},\n"):
                current = None
                continue
            body = line[:-2] if line.endswith(b",\n") else line.rstrip(b"\n")
            key, colon, doc = body.partition(b":")
            if not colon or not key.startswith(b'"') or not key.endswith(b'"'):
                raise ValueError("a document was expected")
            if not isinstance(json.loads(doc), dict):  # checked, not kept decoded
                raise ValueError("a document is not a JSON object")
            doc_id = int(key[1:-1])
            if source is not None and _dense(doc_id):
                current.put_place(doc_id, start + len(key) + 1, len(doc))
            else:
                current.put_packed(doc_id, bytes(doc))
        except (ValueError, UnicodeDecodeError) as exc:
            raise _not_parsing(where, f"line {number}: {exc}") from exc
    if not ended:
        raise _not_parsing(where, "it ends early")
    return tables


def is_line_layout(fh: IO[bytes]) -> bool:
    """Whether a snapshot file is in the one-document-per-line layout (or empty)."""
    fh.seek(0)
    first = fh.read(2)
    fh.seek(0)
    return first in (b"{\n", b"")


def _read_whole(raw: bytes, where: str, flag: Flag) -> Tables:
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _not_parsing(where, str(exc)) from exc
    if not isinstance(data, dict):
        raise StoreError(f"{where}: the case store is not a JSON object; it was not changed")
    tables: Tables = {}
    for name, docs in data.items():
        if not isinstance(docs, dict):
            raise StoreError(f"{where}: table {name!r} is not a JSON object")
        table = tables[name] = PackedTable(flag)
        for key, doc in docs.items():
            table.put_packed(int(key), dumps(doc))
    return tables
