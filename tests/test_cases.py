"""The case store: atomic writes, the lock, the state machine, ids, suppression."""

from __future__ import annotations

import dataclasses
import json
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from requestbot.cases import TRANSITIONS, CaseStore, check_transition
from requestbot.errors import CaseError, StoreError, StoreLockedError
from requestbot.model import Case, Evidence, Kind, Status
from requestbot.store import load_tables

NOW = datetime(2026, 11, 25, 12, 3, tzinfo=UTC)


def make_case(store: CaseStore, **kw: object) -> Case:
    cid = store.next_case_id("DSR", 2026)
    fields: dict = dict(
        id=cid,
        requester_address="matti@example.fi",
        requester_name="Matti",
        language="fi",
        kinds=(Kind.ERASURE,),
        received_at=NOW,
        due=date(2026, 12, 28),
        extended_due=date(2027, 2, 25),
        status=Status.NEW,
        evidence=(Evidence("fi.erasure.poista_tiedot", Kind.ERASURE, "poistakaa tietoni"),),
    )
    fields.update(kw)
    return store.add_case(Case(**fields))


def test_case_ids_sequential_per_year(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "c.json") as s:
        assert [s.next_case_id("DSR", 2026) for _ in range(3)] == [
            "DSR-2026-0001",
            "DSR-2026-0002",
            "DSR-2026-0003",
        ]
        assert s.next_case_id("DSR", 2027) == "DSR-2027-0001"
    with CaseStore.open(tmp_path / "c.json") as s:  # never reused after reopening
        assert s.next_case_id("DSR", 2026) == "DSR-2026-0004"


def test_case_round_trip_and_events(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "c.json") as s:
        c = make_case(s)
        assert s.get_case(c.id) == c
        s.transition(c.id, Status.IN_PROGRESS, actor="staff@example.fi", at=NOW, reason="ok")
        evs = s.events(c.id)
        assert [e.action for e in evs] == ["opened", "status:in_progress"]
        assert evs[1].actor == "staff@example.fi" and evs[1].data == {"from": "new"}


@pytest.mark.parametrize("old", list(Status))
def test_transition_table_enforced(tmp_path: Path, old: Status) -> None:
    with CaseStore.open(tmp_path / "c.json") as s:
        c = make_case(s, status=old)
        for new in Status:
            if new in TRANSITIONS[old]:
                check_transition(old, new)
                continue
            before = load_tables(tmp_path / "c.json")
            with pytest.raises(CaseError):
                s.transition(c.id, new, actor="x", at=NOW)
            assert s.require_case(c.id).status == old
            assert load_tables(tmp_path / "c.json") == before


def test_closed_cases_record_closing_time(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "c.json") as s:
        c = make_case(s)
        done = s.transition(c.id, Status.COMPLETED, actor="x", at=NOW)
        assert done.closed_at == NOW and not done.is_open
        again = s.transition(c.id, Status.IN_PROGRESS, actor="x", at=NOW)
        assert again.closed_at is None and again.is_open


def test_second_opener_refused_with_pid(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from requestbot.cases import CaseStore;"
            f"s=CaseStore.open({str(path)!r}); print('ready', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError, match=f"pid {holder.pid}"):
            CaseStore.open(path)
        with CaseStore.open(path, readonly=True) as ro:  # readers are welcome
            assert ro.cases() == []
    finally:
        holder.kill()
        holder.wait()
    CaseStore.open(path).close()  # the lock dies with its holder


def test_unparseable_store_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text('{"cases": {"1": ')
    with pytest.raises(StoreError) as info:
        CaseStore.open(path)
    assert str(path) in str(info.value) and "Restore" in str(info.value)
    assert path.read_text() == '{"cases": {"1": '


def test_transaction_is_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    with CaseStore.open(path) as s:
        c = make_case(s)
        writes = s.storage.writes
        with s.transaction():
            s.add_event(c.id, "x", "note", "a", at=NOW)
            s.enqueue({"case_id": c.id, "status": "queued"})
        assert s.storage.writes == writes + 1
        with pytest.raises(RuntimeError), s.transaction():
            s.add_event(c.id, "x", "note", "b", at=NOW)
            raise RuntimeError("boom")
        assert [e.detail for e in s.events(c.id) if e.action == "note"] == ["a"]
    data = load_tables(path)
    assert len(data["outbox"]) == 1
    assert json.loads(path.read_text())["outbox"]  # closing folds the journal into the file


def test_failed_write_raises_and_rolls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal write that fails (disk full) raises StoreError, and the change is
    gone from memory too: what the store shows is what is on disk."""
    import errno

    from requestbot import store as store_mod

    path = tmp_path / "c.json"
    with CaseStore.open(path) as s:
        kept = make_case(s)
        real_write = store_mod.os.write

        def full_disk(fd: int, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(store_mod.os, "write", full_disk)
        with pytest.raises(StoreError, match="cannot write"):
            make_case(s)
        assert [c.id for c in s.cases()] == [kept.id]
        monkeypatch.setattr(store_mod.os, "write", real_write)
        again = make_case(s)  # space is back: the next write works
        assert [c.id for c in s.cases()] == [kept.id, again.id]
    assert [c.id for c in CaseStore.open(path, readonly=True).cases()] == [kept.id, again.id]


def test_suppression_plain_and_hashed(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "a.json") as s:
        assert s.suppress(" Matti@Example.FI ", at=NOW, source="DSR-2026-0001")
        assert not s.suppress("matti@example.fi", at=NOW, source="again")
        assert s.is_suppressed("MATTI@example.fi")
        assert s.suppression_list()[0]["key"] == "matti@example.fi"
        assert s.unsuppress("matti@example.fi") and not s.is_suppressed("matti@example.fi")
    with CaseStore.open(tmp_path / "b.json", hash_key=b"k") as s:
        s.suppress("matti@example.fi", at=NOW, source="x")
        key = s.suppression_list()[0]["key"]
        assert key.startswith("hmac:") and "matti" not in key
        assert s.is_suppressed("Matti@example.fi")


def test_find_case_by_message_ids(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "c.json") as s:
        c = make_case(
            s, message_ids=("<a@example.fi>",), our_message_ids=("<DSR-2026-0001.x.rb@example.fi>",)
        )
        assert s.find_case_by_message_id("<a@example.fi>") == c
        assert s.find_case_by_message_id("<DSR-2026-0001.x.rb@example.fi>") == c
        assert s.find_case_by_message_id("<other@example.fi>") is None


def test_our_message_id_is_added_to_the_stored_case(tmp_path: Path) -> None:
    """The raw-document path gives the same case as decoding, adding and saving it, and
    a reply to the new id finds the case, also after the store is opened again."""
    with CaseStore.open(tmp_path / "c.json") as s:
        c = make_case(s, our_message_ids=("<DSR-2026-0001.a.rb@example.fi>",))
        s.add_our_message_id(c.id, "<DSR-2026-0001.b.rb@example.fi>")
        expected = dataclasses.replace(
            c,
            our_message_ids=("<DSR-2026-0001.a.rb@example.fi>", "<DSR-2026-0001.b.rb@example.fi>"),
        )
        assert s.require_case(c.id) == expected
        assert s.find_case_by_message_id("<DSR-2026-0001.b.rb@example.fi>") == expected
        with pytest.raises(CaseError):
            s.add_our_message_id("DSR-2026-9999", "<x@example.fi>")
    with CaseStore.open(tmp_path / "c.json") as s:
        assert s.find_case_by_message_id("<DSR-2026-0001.b.rb@example.fi>") == expected


WRITER = """
import sys
from datetime import UTC, datetime
from requestbot.cases import CaseStore
s = CaseStore.open(sys.argv[1])
i = int(sys.argv[2])
while True:
    s.set_state(f"k{i}", i)
    print(i, flush=True)
    i += 1
"""


def test_store_survives_sigkill_during_writes(tmp_path: Path) -> None:
    """A writer killed at random moments: the file always parses and holds every
    write that returned (the writer prints a number only after its write returned)."""
    path = tmp_path / "c.json"
    rng = random.Random(7)
    confirmed: list[int] = []
    start = 0
    for _ in range(8):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(start)], stdout=subprocess.PIPE, text=True
        )
        # Kill at a random point once the writer is under way (three writes returned).
        assert proc.stdout is not None
        first = "".join(proc.stdout.readline() for _ in range(3))
        time.sleep(rng.random() * 0.4)
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        got = [int(x) for x in (first + out).split()]
        confirmed.extend(got)
        json.loads(path.read_text())  # the snapshot always parses
        data = load_tables(path)  # snapshot + journal: a torn last line is dropped
        stored = {d["value"] for d in data.get("state", {}).values()}
        missing = set(confirmed) - stored
        assert not missing, f"writes that returned were lost: {sorted(missing)[:5]}"
        start = (max(got) + 1) if got else start
    assert len(confirmed) > 20
    CaseStore.open(path).close()  # the next writer sweeps temp files left by a kill
    assert not list(tmp_path.glob(".c.json.*.tmp"))


def test_case_document_has_every_field_and_round_trips() -> None:
    import dataclasses

    from requestbot.cases import case_from_doc, case_to_doc
    from requestbot.model import Facts, Kept

    case = Case(
        id="DSR-2026-0007",
        requester_address="liisa@example.fi",
        requester_name="Liisa",
        language="fi",
        kinds=(Kind.ERASURE, Kind.OBJECTION),
        received_at=datetime(2026, 12, 7, 9, 30, tzinfo=UTC),
        due=date(2027, 1, 7),
        extended_due=date(2027, 3, 8),
        status=Status.IN_PROGRESS,
        subject="Poistakaa kuvat",
        message_ids=("<a@example.fi>",),
        our_message_ids=("<b.rb@example.test>", "<c.rb@example.test>"),
        evidence=(Evidence("fi.erasure.delete_data", Kind.ERASURE, "poistakaa"),),
        confidence={"erasure": 0.97},
        address_verified=True,
        verification="confirmed by reply",
        on_behalf_of_child=True,
        needs_review=True,
        systems={"invoicing": "done"},
        notices={"booking": {"to": "b@example.com", "sent_at": "2026-12-08"}},
        extension_reasons="many requests",
        closed_at=datetime(2026, 12, 20, 8, 0, tzinfo=UTC),
        outcome="completed",
        facts=Facts(kept=(Kept("invoices", "accounting law", date(2032, 12, 31)),)),
    )
    doc = case_to_doc(case)
    assert set(doc) == {f.name for f in dataclasses.fields(Case)}
    assert case_from_doc(json.loads(json.dumps(doc))) == case
    # the document is a copy: changing it leaves the case alone
    doc["confidence"]["erasure"] = 0.0
    doc["notices"]["booking"]["to"] = "x@example.com"
    assert case.confidence == {"erasure": 0.97} and case.notices["booking"]["to"] == "b@example.com"
