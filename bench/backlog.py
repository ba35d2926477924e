"""Backlog throughput, store write cost and delivery -> acknowledgement latency.

Prints figures, asserts nothing::

    .venv/bin/python bench/backlog.py [--n 2000] [--latency 50] [--profile]

(a) the floor: one plain imapclient FETCH BODY.PEEK[] of all N messages plus N small
    messages sent with aiosmtplib over one connection to an aiosmtpd sink;
(b) ``requestbot poll --once`` end to end (in-process, requestbot.cli.main) on the same
    N messages, then further polls until the outbox is empty;
then the store: size, and the time of one write (set_state / add_event) in stores
with 1,000 and 10,000 closed cases; and the latency from APPEND to the
acknowledgement at the sink with the daemon running (IDLE).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import io
import itertools
import json
import os
import pstats
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from flowkit import write_config  # noqa: E402
from servers import DovecotServer, MailUser, SmtpSink, dovecot_available, make_message  # noqa: E402

# ../shared/corpora next to the repository, unless $REQUESTBOT_CORPORA says otherwise.
CORPORA = Path(os.environ.get("REQUESTBOT_CORPORA", ROOT.parent / "shared" / "corpora"))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --------------------------------------------------------------------------- messages


def _strip_headers(head: bytes, names: tuple[bytes, ...]) -> bytes:
    out, skipping = [], False
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                out.append(line)
            continue
        skipping = line.split(b":", 1)[0].strip().lower() in names
        if not skipping:
            out.append(line)
    return b"".join(out)


def with_identity(raw: bytes, i: int) -> bytes:
    """The corpus message with its own From and Message-ID."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(sep)
        if found:
            break
    else:
        head, sep, body = raw, b"\r\n\r\n", b""
    head = _strip_headers(head, (b"from", b"message-id", b"sender", b"return-path"))
    ident = (
        f"From: Sender {i} <sender{i:06d}@example.com>\r\n"
        f"Message-ID: <bench-{i}-{uuid.uuid4().hex[:10]}@example.com>\r\n"
    ).encode()
    return ident + head + sep + body


def build_messages(n: int) -> tuple[list[bytes], str]:
    files = sorted(p for p in CORPORA.rglob("*.eml") if p.is_file()) if CORPORA.is_dir() else []
    if not files:
        body = "Please erase all my personal data from your systems.\n"
        raws = [make_message(f"s{i}@example.com", f"Request {i}", body) for i in range(n)]
        return raws, "generated (no corpora)"
    random.Random(1).shuffle(files)  # a representative mix even for a small --n
    blobs = [p.read_bytes() for p in files]
    raws = [with_identity(raw, i) for i, raw in zip(range(n), itertools.cycle(blobs))]
    return raws, f"{len(files)} corpus files, cycled"


# --------------------------------------------------------------------------- (a) floor


def floor_fetch(user: MailUser) -> tuple[float, int]:
    t0 = time.perf_counter()
    with user.client() as imap:
        imap.select_folder("INBOX", readonly=True)
        uids = imap.search("ALL")
        data = imap.fetch(uids, ["BODY.PEEK[]"])
        size = sum(len(v[b"BODY[]"]) for v in data.values())
    return time.perf_counter() - t0, size


async def _send_all(sink: SmtpSink, n: int) -> None:
    import aiosmtplib

    smtp = aiosmtplib.SMTP(hostname=sink.host, port=sink.port, start_tls=False)
    await smtp.connect()
    try:
        for i in range(n):
            msg = EmailMessage()
            msg["From"] = "bot@example.test"
            msg["To"] = f"r{i}@example.com"
            msg["Subject"] = f"[DSR-2026-{i:04d}] We have received your request"
            msg["Message-ID"] = f"<floor-{i}@example.test>"
            msg.set_content("Thank you. We have received your request.\n" * 10)
            await smtp.send_message(msg)
    finally:
        await smtp.quit()


def floor_send(n: int) -> float:
    with SmtpSink() as sink:
        t0 = time.perf_counter()
        asyncio.run(_send_all(sink, n))
        took = time.perf_counter() - t0
        sink.wait_for(n, timeout=30)
    return took


# --------------------------------------------------------------------------- (b) poll


def outbox_counts(cfg_path: Path) -> dict[str, int]:
    from requestbot import config as config_mod
    from requestbot.cases import CaseStore

    c = config_mod.load(cfg_path)
    with CaseStore.open(c.resolve_path(c.storage.path), readonly=True) as store:
        out: dict[str, int] = {}
        for item in store.outbox():
            out[item["status"]] = out.get(item["status"], 0) + 1
        out["cases"] = len(store.cases())
    return out


def poll_once(cfg: Path) -> tuple[float, str]:
    from requestbot.cli import main

    out = io.StringIO()
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(out):
        main(["--config", str(cfg), "poll", "--once"])
    return time.perf_counter() - t0, out.getvalue().strip()


# --------------------------------------------------------------------------- store writes


def big_store(template: Path, target: Path, n_cases: int) -> None:
    """A store with ``n_cases`` closed cases, cloned from the documents of a real one."""
    from requestbot.cases import CaseStore

    data = json.loads(template.read_text())
    cases = list(data.get("cases", {}).values())
    if not cases:
        raise SystemExit("the poll store has no cases to clone")
    per_case: dict[str, list[dict]] = {}
    for table, docs in data.items():
        if table in ("cases", "state", "_meta", "meta"):
            continue
        # Only what belongs to a case: mail without a case is not part of its weight.
        per_case[table] = [d for d in docs.values() if d.get("case_id")]
    ratio = {t: len(d) / len(cases) for t, d in per_case.items()}
    with CaseStore.open(target) as store, store.transaction():
        new_cases = []
        for i in range(n_cases):
            doc = dict(cases[i % len(cases)])
            doc["id"] = f"DSR-2025-{i + 1:05d}"
            doc["status"] = "completed"
            doc["closed_at"] = doc.get("closed_at") or datetime.now(UTC).isoformat()
            new_cases.append(doc)
        store.table("cases").insert_multiple(new_cases)
        for table, docs in per_case.items():
            if not docs:
                continue
            count = int(ratio[table] * n_cases)
            clones = []
            for j in range(count):
                doc = dict(docs[j % len(docs)])
                if "case_id" in doc:
                    doc["case_id"] = f"DSR-2025-{j % n_cases + 1:05d}"
                if "message_id" in doc:
                    doc["message_id"] = f"<clone-{j}@example.com>"
                clones.append(doc)
            store.table(table).insert_multiple(clones)


def time_writes(path: Path, rounds: int = 10) -> tuple[float, float]:
    from requestbot.cases import CaseStore

    with CaseStore.open(path) as store:
        t0 = time.perf_counter()
        for i in range(rounds):
            with store.transaction():
                store.set_state("bench", i)
        state = (time.perf_counter() - t0) / rounds
        t0 = time.perf_counter()
        for i in range(rounds):
            with store.transaction():
                store.add_event("DSR-2025-00001", "bench", "note", f"{i}", at=datetime.now(UTC))
        event = (time.perf_counter() - t0) / rounds
    return state, event


# --------------------------------------------------------------------------- latency


def latency(server: DovecotServer, work: Path, count: int) -> list[float]:
    address = f"lat{uuid.uuid4().hex[:8]}@example.test"
    server.add_user(address, "secret")
    user = server.for_user(address)
    out: list[float] = []
    with SmtpSink() as sink:
        cfg = write_config(work, user, sink)
        log = (work / "daemon.log").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "requestbot.cli", "--config", str(cfg), "run"],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
        try:
            time.sleep(2.0)  # start-up, then IDLE
            for i in range(count):
                requester = f"lat{i}@example.com"
                raw = make_message(
                    f"Latency {i} <{requester}>",
                    f"Delete my data {i}",
                    "Please erase all my personal data from your systems.\n",
                )
                t0 = time.perf_counter()
                user.append(raw)
                deadline = t0 + 60
                while time.perf_counter() < deadline:
                    if any(requester in m.rcpt_tos for m in sink.messages):
                        out.append(time.perf_counter() - t0)
                        break
                    time.sleep(0.005)
                else:
                    print(f"    latency: no acknowledgement for message {i} within 60 s")
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
            log.close()
    return out


# --------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="messages in the backlog")
    ap.add_argument("--latency", type=int, default=50, help="single deliveries to time")
    ap.add_argument("--profile", action="store_true", help="cProfile the first poll --once")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    args = ap.parse_args()
    if not dovecot_available():
        print("skipped: /usr/sbin/dovecot is not installed")
        return
    work = Path(tempfile.mkdtemp(prefix="requestbot-bench-"))
    n = args.n
    raws, origin = build_messages(n)
    total = sum(len(r) for r in raws)
    print(f"backlog: {n} messages, {total / 1e6:.1f} MB ({origin})")
    with DovecotServer() as server:
        address = "bench@example.test"
        server.add_user(address, "secret")
        user = server.for_user(address)
        t0 = time.perf_counter()
        user.append_many(raws)
        print(f"APPEND of the backlog: {time.perf_counter() - t0:.1f} s")

        # (a) the floor
        t_fetch, size = floor_fetch(user)
        t_send = floor_send(n)
        floor = t_fetch + t_send
        print(
            f"(a) floor: fetch {n} ({size / 1e6:.1f} MB) in {t_fetch:.2f} s "
            f"({n / t_fetch:.0f} msg/s); send {n} in {t_send:.2f} s ({n / t_send:.0f} msg/s); "
            f"together {floor:.2f} s = {n / floor:.0f} msg/s"
        )

        # (b) poll --once end to end
        rss_before = rss_mb()
        with SmtpSink() as sink:
            (work / "poll").mkdir()
            cfg = write_config(work / "poll", user, sink)
            profiler = cProfile.Profile() if args.profile else None
            if profiler:
                profiler.enable()
            t_poll, summary = poll_once(cfg)
            if profiler:
                profiler.disable()
            counts = outbox_counts(cfg)
            extra_polls, t_rest = 0, 0.0
            while counts.get("queued", 0) and extra_polls < 50:
                t_rest += poll_once(cfg)[0]
                extra_polls += 1
                counts = outbox_counts(cfg)
            sent = len(sink.messages)
        print(
            f"(b) poll --once: {n} messages in {t_poll:.2f} s = {n / t_poll:.1f} msg/s; "
            f"ratio b/a = {t_poll / floor:.1f}x"
        )
        print(f"    {summary}")
        print(
            f"    after the first poll: {counts.get('cases', 0)} cases; outbox emptied by "
            f"{extra_polls} more poll(s) in {t_rest:.2f} s; {sent} mails at the sink; "
            f"now {dict((k, v) for k, v in counts.items() if k != 'cases')}"
        )
        end_to_end = t_poll + t_rest
        print(f"    until everything is sent: {end_to_end:.2f} s = {n / end_to_end:.1f} msg/s")
        print(f"peak RSS: {rss_mb():.0f} MB (before poll {rss_before:.0f} MB)")
        store_file = work / "poll" / "data" / "cases.json"
        store_size = store_file.stat().st_size
        print(
            f"store: {store_size / 1e6:.2f} MB for {counts.get('cases', 0)} cases "
            f"({store_size / max(1, counts.get('cases', 1)) / 1e3:.1f} kB per case)"
        )

        # store writes at 1,000 and 10,000 closed cases
        for m in (1_000, 10_000):
            path = work / f"store-{m}" / "cases.json"
            path.parent.mkdir()
            t0 = time.perf_counter()
            big_store(store_file, path, m)
            built = time.perf_counter() - t0
            state, event = time_writes(path)
            print(
                f"store with {m} closed cases: {path.stat().st_size / 1e6:.1f} MB "
                f"(built in {built:.1f} s); one write: set_state {state * 1000:.1f} ms, "
                f"add_event {event * 1000:.1f} ms"
            )

        # delivery -> acknowledgement latency, daemon in IDLE
        if args.latency:
            lat_dir = work / "latency"
            lat_dir.mkdir()
            lats = latency(server, lat_dir, args.latency)
            if lats:
                lats.sort()
                p95 = lats[min(len(lats) - 1, int(round(0.95 * (len(lats) - 1))))]
                print(
                    f"latency APPEND -> ack ({len(lats)} deliveries): median "
                    f"{statistics.median(lats) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
                    f"max {lats[-1] * 1000:.0f} ms"
                )

        if profiler:
            print("\nprofile of the first poll --once (top 15, cumulative):")
            buf = io.StringIO()
            pstats.Stats(profiler, stream=buf).sort_stats("cumulative").print_stats(15)
            print(buf.getvalue())
    if args.keep:
        print(f"work directory: {work}")
    else:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
