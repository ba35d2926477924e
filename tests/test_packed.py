"""packed.py: documents held as JSON bytes, and the one-document-per-line snapshot."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from requestbot.cases import CaseStore
from requestbot.errors import StoreError
from requestbot.packed import Flag, PackedTable, Source, dumps, read_snapshot, write_snapshot
from requestbot.store import load_tables

DOCS = {
    1: {"id": "DSR-2026-0001", "name": "Äijä Öberg – “quoted”", "kinds": ["access"]},
    2: {"key": "state", "value": {"nested": [1, 2.5, None, True]}},
    7: {"text": "line one\nline two\r\n\t\\ \u2028 \u00a0"},
}


def table_of(docs: dict[int, dict], flag: Flag | None = None) -> PackedTable:
    table = PackedTable(flag)
    for doc_id, doc in docs.items():
        table.put_packed(doc_id, dumps(doc))
    return table


def snapshot_bytes(tables: dict[str, PackedTable]) -> bytes:
    out = io.BytesIO()
    write_snapshot(out, tables)
    return out.getvalue()


def test_snapshot_is_plain_json_one_document_per_line() -> None:
    raw = snapshot_bytes({"cases": table_of(DOCS), "empty": PackedTable()})
    assert json.loads(raw) == {
        "cases": {str(k): v for k, v in DOCS.items()},
        "empty": {},
    }
    lines = raw.splitlines()
    assert lines[0] == b"{" and lines[-1] == b"}"
    assert sum(1 for line in lines if line.startswith(b'"1":')) == 1
    assert len(lines) == 1 + 1 + len(DOCS) + 1 + 1 + 1 + 1  # { table docs } table } }


def test_snapshot_round_trip_keeps_bytes_and_ids() -> None:
    raw = snapshot_bytes({"cases": table_of(DOCS)})
    tables = read_snapshot(io.BytesIO(raw), "x", Flag())
    assert dict(tables["cases"].items()) == DOCS
    assert snapshot_bytes(tables) == raw


def test_an_old_one_line_snapshot_is_read() -> None:
    old = json.dumps({"cases": {str(k): v for k, v in DOCS.items()}}).encode()
    tables = read_snapshot(io.BytesIO(old), "x", Flag())
    assert dict(tables["cases"].items()) == DOCS
    assert read_snapshot(io.BytesIO(b"  \n"), "x", Flag()) == {}


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[:-2],  # ends early
        lambda raw: raw.replace(b'"1":{', b'"1":{oops', 1),  # a document does not parse
        lambda raw: raw.replace(b'"1":', b"1:", 1),  # a key without quotes
        lambda raw: raw.replace(b'"1":{', b'"1":[', 1).replace(b'"]}', b'"]]', 1),
        lambda raw: raw + b"{}\n",  # text after the end
    ],
)
def test_a_damaged_snapshot_is_refused(damage) -> None:  # type: ignore[no-untyped-def]
    raw = damage(snapshot_bytes({"cases": table_of(DOCS)}))
    with pytest.raises(StoreError, match="does not parse"):
        read_snapshot(io.BytesIO(raw), "cases.json", Flag())


def test_documents_are_decoded_on_read_and_kept_only_while_held() -> None:
    flag = Flag()
    table = table_of(DOCS, flag)
    first, second = table[1], table[1]
    assert first == second == DOCS[1] and first is not second  # not held: fresh copies
    flag.on = True
    held = table[1]
    assert table[1] is held  # held: the same document, so in-place changes stay
    held["name"] = "changed"
    assert table.packed(1) == dumps({**DOCS[1], "name": "changed"})
    flag.on = False
    table.pack([1])
    assert table[1]["name"] == "changed" and table[2] == DOCS[2]


def test_pack_forgets_unchanged_held_documents() -> None:
    flag = Flag()
    table = table_of(DOCS, flag)
    flag.on = True
    table[2]["value"] = "changed in place but never marked"
    flag.on = False
    table.pack([])  # the storage only packs what a transaction marked
    assert table[2] == DOCS[2]


def test_mapping_behaviour() -> None:
    table = table_of(DOCS)
    table[9] = {"new": True}
    assert list(table) == [1, 2, 7, 9] and len(table) == 4 and 9 in table
    assert table.get(9) == {"new": True} and table.get(5) is None
    del table[1]
    assert 1 not in table and list(table) == [2, 7, 9]
    with pytest.raises(KeyError):
        del table[1]
    assert table.pop(2) == DOCS[2] and len(table) == 2
    table.clear()
    assert len(table) == 0


def test_a_store_written_and_reopened_keeps_every_change(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    with CaseStore.open(path) as store:
        for i in range(30):
            store.set_state(f"k{i}", {"n": i, "name": "Åsa – “x”"})
        store.set_state("k3", "changed")
        store.delete_state("k4")
        store.storage.compact()
        store.set_state("after", 1)  # in the journal only
    assert path.read_bytes().startswith(b"{\n")
    tables = load_tables(path)
    values = {d["key"]: d["value"] for d in tables["state"].values()}
    assert values["k3"] == "changed" and "k4" not in values and values["after"] == 1
    assert values["k29"] == {"n": 29, "name": "Åsa – “x”"}


def test_documents_stay_in_the_snapshot_file_until_read(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    with CaseStore.open(path) as store:
        for i in range(50):
            store.set_state(f"k{i}", {"n": i, "text": "x" * 100})
        store.storage.compact()
        table = store.docs("state")
        assert isinstance(table, PackedTable)
        assert not table._mem  # every document is a place in the file, none is held
        assert table[store.index().keyed("state")["k7"]]["value"] == {"n": 7, "text": "x" * 100}
        store.set_state("k7", "changed")  # a change is read back from the journal
        assert not table._mem
        assert store.get_state("k7") == "changed" and store.get_state("k8")["n"] == 8
    tables = load_tables(path)
    assert {d["key"]: d["value"] for d in tables["state"].values()}["k7"] == "changed"


def test_a_reader_keeps_reading_its_snapshot_while_the_writer_compacts(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    with CaseStore.open(path) as store:
        for i in range(20):
            store.set_state(f"k{i}", i)
        store.storage.compact()
        reader = CaseStore.open(path, readonly=True)
        for i in range(20):
            store.set_state(f"k{i}", i * 10)
        store.storage.compact()  # renames a new file over the one the reader has open
        assert [reader.get_state(f"k{i}") for i in range(20)] == list(range(20))
        assert [store.get_state(f"k{i}") for i in range(20)] == [i * 10 for i in range(20)]
    assert CaseStore.open(path, readonly=True).get_state("k3") == 30


def test_an_old_one_line_store_is_rewritten_on_open(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    docs = {"1": {"key": "schema_version", "value": 1}}
    state = {str(i): {"key": f"k{i}", "value": i} for i in range(1, 6)}
    path.write_text(json.dumps({"meta": docs, "state": state}))
    with CaseStore.open(path, readonly=True) as reader:  # a reader leaves it as it is
        assert reader.get_state("k3") == 3
    assert not path.read_bytes().startswith(b"{\n")
    with CaseStore.open(path) as store:
        assert path.read_bytes().startswith(b"{\n")  # migrated at once, by the writer
        assert not store.docs("state")._mem  # type: ignore[attr-defined]
        assert [store.get_state(f"k{i}") for i in range(1, 6)] == [1, 2, 3, 4, 5]
    assert json.loads(path.read_bytes())["state"] == state


def test_ids_outside_the_dense_range_are_kept_in_memory(tmp_path: Path) -> None:
    docs = {2**40: {"x": 1}, 3: {"x": 3}, -2: {"x": -2}}
    path = tmp_path / "snap.json"
    path.write_bytes(snapshot_bytes({"t": table_of(docs)}))
    with path.open("rb") as fh:
        tables = read_snapshot(fh, "x", Flag(), Source(os.dup(fh.fileno()), "x"))
    table = tables["t"]
    assert dict(table.items()) == docs and len(table) == 3
    assert list(table) == [3, -2, 2**40]
    assert set(table._mem) == {2**40, -2}  # 3 is read from the file


def test_a_committed_document_is_read_back_from_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    with CaseStore.open(path) as store:
        store.storage.compact()
        for i in range(30):
            with store.transaction():
                store.set_state(f"k{i}", {"n": i, "text": "Åsa – “x”\n"})
                store.set_state("counter", i)
        table = store.docs("state")
        assert not table._mem  # type: ignore[attr-defined]  # nothing written stays in memory
        assert store.get_state("k17") == {"n": 17, "text": "Åsa – “x”\n"}
        assert store.get_state("counter") == 29
        store.delete_state("k3")
        assert store.get_state("k3") is None and store.get_state("k4")["n"] == 4
        store.storage.compact()  # now from the new snapshot; the journal is empty
        assert store.get_state("k17")["n"] == 17 and store.storage.journal_path.stat().st_size == 0
        store.set_state("k17", "again")
        assert store.get_state("k17") == "again" and store.get_state("counter") == 29
    tables = load_tables(path)
    values = {d["key"]: d["value"] for d in tables["state"].values()}
    assert values["k17"] == "again" and "k3" not in values and values["counter"] == 29
