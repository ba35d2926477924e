"""Documents kept in memory as compact JSON bytes, and the snapshot written one per line.

A decoded document costs several times its JSON size in Python objects; 10,000
live cases with their events, outbox records and messages came to ~130 MB of
dicts. ``PackedTable`` keeps each document as the UTF-8 JSON bytes the journal
and the snapshot hold anyway, and decodes it when it is asked for. While the
storage holds a write (``Flag.on``) a decoded document is kept, so that TinyDB's
in-place changes reach the journal; after the commit the changed ones are
packed again and the rest are let go.

The snapshot is plain JSON laid out one document per line::

    {
    "cases":{
    "1":{...},
    "2":{...}
    },
    "events":{
    }
    }

so that it is read line by line (each document checked, none kept decoded) and
written from the packed bytes without decoding anything. A snapshot in any other
layout (older versions wrote one line) is read whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import IO, Any

from .errors import StoreError


def dumps(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


class Flag:
    """Shared by a storage and its tables: True while a write is held."""

    __slots__ = ("on",)

    def __init__(self) -> None:
        self.on = False


class PackedTable(MutableMapping[int, dict[str, Any]]):
    """doc id -> document, held as JSON bytes (see the module docstring)."""

    __slots__ = ("_packed", "_hot", "_flag")

    def __init__(self, flag: Flag | None = None) -> None:
        self._packed: dict[int, bytes | None] = {}  # None: only in _hot so far
        self._hot: dict[int, dict[str, Any]] = {}
        self._flag = flag or Flag()

    # --- the mapping -----------------------------------------------------------------

    def __getitem__(self, doc_id: int) -> dict[str, Any]:
        doc = self._hot.get(doc_id)
        if doc is not None:
            return doc
        raw = self._packed[doc_id]
        assert raw is not None
        doc = json.loads(raw)
        if self._flag.on:
            self._hot[doc_id] = doc
        return doc  # type: ignore[no-any-return]

    def __setitem__(self, doc_id: int, doc: dict[str, Any]) -> None:
        self._hot[doc_id] = doc
        if doc_id not in self._packed:
            self._packed[doc_id] = None

    def __delitem__(self, doc_id: int) -> None:
        del self._packed[doc_id]
        self._hot.pop(doc_id, None)

    def __iter__(self) -> Iterator[int]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._packed

    def get(self, doc_id: int, default: Any = None) -> Any:  # type: ignore[override]
        return self[doc_id] if doc_id in self._packed else default

    def items(self) -> Iterator[tuple[int, dict[str, Any]]]:  # type: ignore[override]
        """Decoded copies (the held ones as they are); scanning keeps nothing decoded."""
        for doc_id, raw in list(self._packed.items()):
            doc = self._hot.get(doc_id)
            yield doc_id, doc if doc is not None else json.loads(raw)  # type: ignore[arg-type]

    def values(self) -> Iterator[dict[str, Any]]:  # type: ignore[override]
        for _doc_id, doc in self.items():
            yield doc

    def clear(self) -> None:
        self._packed.clear()
        self._hot.clear()

    # --- packing ---------------------------------------------------------------------

    def put_packed(self, doc_id: int, raw: bytes) -> None:
        self._packed[doc_id] = raw
        self._hot.pop(doc_id, None)

    def packed(self, doc_id: int) -> bytes | None:
        """The document's JSON bytes (packing it if it was changed); None if absent."""
        if doc_id not in self._packed:
            return None
        doc = self._hot.get(doc_id)
        if doc is not None:
            return dumps(doc)
        return self._packed[doc_id]

    def pack(self, doc_ids: Iterable[int]) -> None:
        """After a commit: the changed documents back to bytes; nothing stays decoded."""
        for doc_id in doc_ids:
            doc = self._hot.get(doc_id)
            if doc is not None and doc_id in self._packed:
                self._packed[doc_id] = dumps(doc)
        self._hot.clear()


Tables = dict[str, PackedTable]


# --- snapshot ----------------------------------------------------------------------


def write_snapshot(out: IO[bytes], tables: Mapping[str, PackedTable]) -> None:
    out.write(b"{\n")
    names = list(tables)
    for i, name in enumerate(names):
        out.write(dumps(name) + b":{\n")
        table = tables[name]
        ids = list(table)
        for j, doc_id in enumerate(ids):
            raw = table.packed(doc_id)
            out.write(b'"%d":%s%s' % (doc_id, raw, b",\n" if j < len(ids) - 1 else b"\n"))
        out.write(b"},\n" if i < len(names) - 1 else b"}\n")
    out.write(b"}\n")


def _not_parsing(where: str, detail: str) -> StoreError:
    return StoreError(
        f"{where}: the case store does not parse ({detail}). It was not changed. "
        f"Restore it from a backup (or move it aside to start empty) and start again."
    )


def read_snapshot(fh: IO[bytes], where: str, flag: Flag) -> Tables:
    """Tables from a snapshot file (either layout); StoreError if it does not parse."""
    first = fh.readline()
    if first != b"{\n":
        rest = first + fh.read()
        if not rest.strip():
            return {}
        return _read_whole(rest, where, flag)
    tables: Tables = {}
    current: PackedTable | None = None
    ended = False
    for number, line in enumerate(fh, start=2):
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
                current = tables[name] = PackedTable(flag)
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
            current.put_packed(int(key[1:-1]), bytes(doc))
        except (ValueError, UnicodeDecodeError) as exc:
            raise _not_parsing(where, f"line {number}: {exc}") from exc
    if not ended:
        raise _not_parsing(where, "it ends early")
    return tables


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
