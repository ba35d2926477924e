"""``CaseStore.outbox_active``: the drain's scans read only unsettled outbox items.

It must find what a scan of the whole outbox finds, through an item's whole life
(queued, sending, sent with its body, body moved out, failed, reported, queued again),
also after the store is opened again, while settled items are not read again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from servers import SmtpSink
from test_outbox import Clock, ack, enqueue, make_config

from requestbot import outbox, packed
from requestbot.cases import CaseStore


def item(n: int) -> dict[str, Any]:
    return {
        "case_id": None,
        "to": f"person{n}@example.com",
        "kind": "ack",
        "audience": "requester",
        "message_id": f"<m{n}.rb@example.fi>",
        "raw": f"body {n}\r\n",
        "status": "queued",
        "alerted": False,
    }


SCANS = {
    "due": lambda d: d.get("status") in ("queued", "sending"),
    "left": lambda d: d.get("status") == "sent" and bool(d.get("raw")),
    "unreported": lambda d: d.get("status") == "failed" and not d.get("alerted"),
}


def same_as_a_full_scan(store: CaseStore) -> None:
    for scan in SCANS.values():
        assert store.outbox_active(scan) == store.outbox(scan)


def test_outbox_active_follows_each_state(store: CaseStore, tmp_path: Path) -> None:
    with store.transaction():
        ids = [store.enqueue(item(n)) for n in range(6)]
    same_as_a_full_scan(store)
    changes: list[dict[str, Any]] = [
        {"status": "sending"},
        {"status": "sent"},  # body still in the store
        {"status": "sent", "raw": "", "raw_file": "3.eml"},  # settled
        {"status": "failed", "alerted": False},
        {"status": "failed", "alerted": True},  # settled
    ]
    for doc_id, fields in zip(ids, changes, strict=False):
        with store.transaction():
            store.update_outbox(doc_id, **fields)
        same_as_a_full_scan(store)
    assert len(store.outbox_active(lambda d: True)) == 4  # the two settled ones left out
    # staff queue the failed, reported one again: it is found again
    with store.transaction():
        store.update_outbox(ids[4], status="queued", alerted=False)
    same_as_a_full_scan(store)
    assert ids[4] in [d["id"] for d in store.outbox_active(SCANS["due"])]
    store.close()
    again = CaseStore.open(tmp_path / "c.json")
    try:
        same_as_a_full_scan(again)
        assert len(again.outbox_active(lambda d: True)) == 5
    finally:
        again.close()


def test_settled_items_are_not_read_again(store: CaseStore, monkeypatch: Any) -> None:
    with store.transaction():
        ids = [store.enqueue(item(n)) for n in range(50)]
        for doc_id in ids[:45]:
            store.update_outbox(doc_id, status="sent", raw="", raw_file=f"{doc_id}.eml")
    store.outbox_active(SCANS["due"])  # the first look drops the settled ones
    reads = []
    real = packed.PackedTable.__getitem__

    def counting(self: Any, doc_id: int) -> Any:
        reads.append(doc_id)
        return real(self, doc_id)

    monkeypatch.setattr(packed.PackedTable, "__getitem__", counting)
    assert [d["id"] for d in store.outbox_active(SCANS["due"])] == ids[45:]
    assert reads and set(reads) <= set(ids[45:])


async def test_a_drain_says_when_more_was_due_than_its_limit(
    store: CaseStore, smtp_sink: SmtpSink
) -> None:
    cfg = make_config(smtp_sink.port)
    for n in range(5):
        enqueue(store, ack(cfg, to=f"person{n}@example.com"), detail=f"ack {n}")
    first = await outbox.drain_once(cfg, store, now=Clock(), limit=2)
    assert (first.sent, first.more) == (2, True)
    rest = await outbox.drain_once(cfg, store, now=Clock(), limit=10)
    assert (rest.sent, rest.more) == (3, False)
    assert len(smtp_sink.wait_for(5)) == 5


async def test_a_failure_left_unreported_is_reported_by_the_next_drain(
    store: CaseStore, smtp_sink: SmtpSink
) -> None:
    """An item marked failed without an alert (say the process ended between the two)
    is reported by the next drain, even one with nothing to send."""
    cfg = make_config(smtp_sink.port)
    doc_id = enqueue(store, ack(cfg))
    with store.transaction():
        store.update_outbox(doc_id, status="failed", error="550 no such user", alerted=False)
    result = await outbox.drain_once(cfg, store, now=Clock())
    assert result.sent == 0
    alerts = store.outbox(lambda d: d["kind"] == "staff_alert")
    assert len(alerts) == 1 and "550 no such user" in outbox.raw_of(store, alerts[0])
    assert store.get_outbox(doc_id)["alerted"] is True  # type: ignore[index]
    await outbox.drain_once(cfg, store, now=Clock())  # sends the alert, makes no other
    assert len(store.outbox(lambda d: d["kind"] == "staff_alert")) == 1
