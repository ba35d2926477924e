"""requestbot.spool: durable put, recovery after a crash, quarantine."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from requestbot.errors import SpoolError
from requestbot.spool import MAX_ATTEMPTS, Spool, message_key

ROOT = Path(__file__).resolve().parent.parent


def test_put_get_finish(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    raw = b"Subject: hi\r\n\r\nbody\r\n"
    key = message_key(raw)
    path = spool.put(key, raw, {"uid": 5, "folder": "INBOX"})
    assert path.name == f"{key}.msg" and key in spool
    entry = spool.get(key)
    assert entry.raw == raw
    assert entry.meta["uid"] == 5 and entry.meta["size"] == len(raw)
    assert entry.meta["sha256"] == hashlib.sha256(raw).hexdigest()
    assert entry.attempts == 0
    assert spool.pending() == [key]
    spool.finish(key)
    assert spool.pending() == [] and key not in spool
    assert list((tmp_path / "spool" / "tmp").iterdir()) == []
    spool.finish(key)  # finishing twice is harmless


def test_finish_later_sets_the_files_aside_for_a_sweep(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    keys = []
    for i in range(3):
        raw = f"Subject: {i}\r\n\r\nbody\r\n".encode()
        keys.append(message_key(raw))
        spool.put(keys[-1], raw, sync=False)
    for key in keys:
        spool.finish(key, sync=False, later=True)
    assert spool.pending() == [] and not any(k in spool for k in keys)
    assert len(list((tmp_path / "spool" / "tmp").iterdir())) == 3  # not deleted yet
    assert spool.sweep() == 3
    assert list((tmp_path / "spool" / "tmp").iterdir()) == []
    assert spool.sweep() == 0


def test_set_aside_files_left_by_an_ended_process_go_at_recover(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    raw = b"Subject: x\r\n\r\nbody\r\n"
    spool.put(message_key(raw), raw)
    spool.finish(message_key(raw), later=True)  # the process ends before a sweep
    again = Spool(tmp_path / "spool")
    assert again.recover() == []
    assert list((tmp_path / "spool" / "tmp").iterdir()) == []


def test_put_is_idempotent_and_keeps_first_copy(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    first = spool.put("k1", b"one", {"n": 1})
    spool.claim("k1")
    assert spool.put("k1", b"two", {"n": 2}) == first
    entry = spool.get("k1")
    assert entry.raw == b"one" and entry.meta["n"] == 1 and entry.attempts == 1


def test_unsafe_keys_and_bad_meta_are_refused(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    for key in ("../x", "a/b", "", ".hidden", "x" * 201, "1795889214:5"):
        with pytest.raises(SpoolError):
            spool.put(key, b"x", {})
    with pytest.raises(SpoolError, match="JSON"):
        spool.put("k", b"x", {"when": object()})
    assert spool.pending() == []
    with pytest.raises(SpoolError):
        spool.get("missing")
    maildir_key = "1795889226.M801775P10326Q4.host,S=1234,W=1300"
    assert spool.put(maildir_key, b"x", {}).name == f"{maildir_key}.msg"


def test_claim_counts_attempts_then_bad(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    spool.put("a", b"A", {})
    for n in range(1, MAX_ATTEMPTS + 1):
        assert spool.claim("a").attempts == n
        assert spool.fail("a", f"boom {n}") == n
    # survives a restart: a new Spool object sees the counter
    assert Spool(tmp_path).get("a").meta["last_error"] == f"boom {MAX_ATTEMPTS}"
    spool.bad("a", "failed 3 times: boom")
    assert spool.pending() == [] and spool.bad_keys() == ["a"]
    assert "failed 3 times" in spool.get_bad("a").meta["reason"]
    assert spool.get_bad("a").raw == b"A"
    with pytest.raises(SpoolError):
        spool.bad("a", "again")


def test_pending_in_spool_order_and_recovery(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    for key in ("k3", "k1", "k2"):
        spool.put(key, key.encode(), {})
        time.sleep(0.01)
    spool.claim("k3")  # meta rewrite must not change the order
    # leftovers of a put killed midway, and of a meta update killed midway
    (tmp_path / "tmp" / "k9.msg.123.abcd").write_bytes(b'{"key": "k9", "size": 9}\nSubject: t')
    (tmp_path / "tmp" / "k1.msg.123.dead").write_bytes(b"{")
    # an entry whose bytes were damaged behind our back
    damaged = tmp_path / "pending" / "k2.msg"
    damaged.write_bytes(damaged.read_bytes()[:-2] + b"XX")
    recovered = Spool(tmp_path).recover()
    assert recovered == ["k3", "k1"]
    assert list((tmp_path / "tmp").iterdir()) == []
    assert spool.bad_keys() == ["k2"]
    assert "checksum" in spool.get_bad("k2").meta["reason"]


def test_a_file_cut_short_is_set_aside_and_the_rest_read(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    spool.put("ok", b"fine", {})
    spool.put_many([("b1", b"one", {}), ("b2", b"two", {})])
    (torn,) = (tmp_path / "pending").glob("*.batch")
    torn.write_bytes(torn.read_bytes()[:-2])
    (tmp_path / "pending" / "junk.msg").write_bytes(b"not json\n")
    assert Spool(tmp_path).recover() == ["ok"]
    damaged = sorted(p.name for p in (tmp_path / "bad").iterdir())
    assert len(damaged) == 2 and all(name.endswith(".damaged") for name in damaged)


def test_a_batch_is_one_file_until_its_last_entry_is_finished(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    spool.put("old", b"first", {})
    assert spool.put_many([("a", b"A", {"n": 1}), ("b", b"B", {}), ("a", b"again", {})]) is not None
    assert spool.put_many([("a", b"A", {}), ("old", b"first", {})]) is None  # all pending
    assert len(list((tmp_path / "pending").iterdir())) == 2
    assert spool.pending() == ["old", "a", "b"]
    assert spool.get("a").raw == b"A" and spool.get("a").meta["n"] == 1
    spool.finish("a", sync=False)
    # not synced: the batch file keeps "a" until its last entry goes, so after a crash
    # "a" comes back (the runner finds it recorded and finishes it then)
    assert spool.pending() == ["old", "b"]
    assert Spool(tmp_path).recover() == ["old", "a", "b"]
    spool.finish("b", sync=False, later=True)
    assert spool.sweep() == 1
    assert [p.name for p in (tmp_path / "pending").iterdir()] == ["old.msg"]
    assert Spool(tmp_path).recover() == ["old"]


def test_synced_finish_and_claim_take_an_entry_out_of_its_batch_for_good(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    spool.put_many([(k, k.encode(), {}) for k in ("a", "b", "c")])
    spool.finish("a")  # synced: the batch is rewritten without it
    assert spool.claim("c").attempts == 1  # "c" gets a file of its own, in its place
    assert Spool(tmp_path).recover() == ["b", "c"]
    assert Spool(tmp_path).get("c").attempts == 1
    assert Spool(tmp_path).get("b").raw == b"b"
    spool.bad("b", "poison")
    assert Spool(tmp_path).recover() == ["c"] and spool.bad_keys() == ["b"]
    assert sorted(p.name for p in (tmp_path / "pending").iterdir()) == ["c.msg"]


def test_an_older_versions_entries_are_read_and_rewritten(tmp_path: Path) -> None:
    raw = b"Subject: old\r\n\r\nbody\r\n"
    legacy = tmp_path / "pending" / "k1"
    legacy.mkdir(parents=True)
    (legacy / "message.eml").write_bytes(raw)
    meta = {"key": "k1", "attempts": 1, "size": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}
    (legacy / "meta.json").write_text(json.dumps(meta))
    spool = Spool(tmp_path)
    assert spool.recover() == ["k1"]
    assert spool.get("k1").raw == raw and spool.get("k1").attempts == 1
    assert [p.name for p in (tmp_path / "pending").iterdir()] == ["k1.msg"]


def test_keep_done(tmp_path: Path) -> None:
    spool = Spool(tmp_path, keep_done=True)
    spool.put("d", b"D", {})
    spool.finish("d")
    assert (tmp_path / "done" / "d.msg").read_bytes().endswith(b"\nD")
    spool.put("d", b"D", {})  # the same key again later: spooled anew
    spool.finish("d")
    assert len(list((tmp_path / "done").iterdir())) == 2


_WRITER = textwrap.dedent(
    """
    import sys
    from requestbot.spool import Spool
    spool = Spool(sys.argv[1])
    i = 0
    while True:
        raw = (b"%06d|" % i) * 40000  # ~280 kB, content derived from the number
        key = "m%06d" % i
        spool.put(key, raw, {"i": i})
        if i % 3 == 0:
            spool.claim(key)
        if i % 5 == 0:
            spool.finish(key)
        if i == 1:  # m000001 is spooled and pending: the parent may start its clock
            print("ready", flush=True)
        i += 1
    """
)


@pytest.mark.fault
def test_put_killed_midway_never_leaves_a_torn_entry(tmp_path: Path) -> None:
    spool_dir = tmp_path / "spool"
    rounds = int(os.environ.get("REQUESTBOT_KILL_ROUNDS", "12"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    leftovers = 0  # rounds where the kill hit a put or a finish midway
    for n in range(rounds):
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(spool_dir)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        # Kill at a varying point after the writer is under way (not after a fixed time
        # from its start: on a loaded machine the interpreter alone may take longer).
        assert proc.stdout is not None and proc.stdout.readline() == b"ready\n", proc.stderr
        time.sleep((n % 5) * 0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        leftovers += any((spool_dir / "tmp").iterdir())
        keys = Spool(spool_dir).recover()
        spool = Spool(spool_dir)
        assert spool.bad_keys() == [], "recover() found a damaged entry"
        for key in keys:
            entry = spool.get(key)
            i = entry.meta["i"]
            assert entry.raw == (b"%06d|" % i) * 40000, f"torn message {key}"
            assert key == f"m{i:06d}"
        # the next writer starts numbering again at 0: puts hit existing keys (idempotent)
    assert Spool(spool_dir).pending(), "the writer never got a message spooled"
    print(f"{leftovers}/{rounds} kills hit a put or finish midway")


def test_meta_is_plain_json(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    path = spool.put(
        "j", b"x", {"from": "alice@example.com", "received": "2026-01-02T03:04:05+02:00"}
    )
    meta = json.loads(path.read_bytes().partition(b"\n")[0])
    assert meta["from"] == "alice@example.com" and meta["key"] == "j"
