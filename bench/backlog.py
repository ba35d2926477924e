"""Backlog throughput against a naive floor, daemon memory, store write cost, ack latency.

Prints figures, asserts nothing::

    .venv/bin/python bench/backlog.py [--n 2000] [--latency 30] [--live 10000]
        [--closed 1000,10000,100000] [--naive [--rounds R]] [--profile] [--keep]
    .venv/bin/python bench/backlog.py --only-latency [--latency 30] [--idle-recheck S]

In one run, against one throwaway Dovecot and an aiosmtpd sink. The backlog is N
messages cycled from the labelled corpora in tests/ (``--mix requests``, mostly rights
requests: an acknowledgement and a staff note each) or /work/shared/corpora
(``--mix shared``: mostly automated mail and MIME torture tests).

(a) the bot: ``requestbot poll --once`` as its own process on a backlog of N corpus
    messages, run again until the inbox is empty (a cycle may stop after its time
    budget); total wall time, its CPU time (user+sys) split between the main process
    and its worker processes ([performance] workers; their share as the bot logs it
    when they end, which counts a backlog's sender process too: its own share is
    printed beside it), and the largest peak RSS of one of its processes.
    ``--profile`` runs it in this process under cProfile ($BENCH_SORT, $BENCH_TOP;
    $BENCH_PSTATS=FILE also writes the raw statistics for pstats).
(b) the naive floor on the same N messages in a second mailbox: one imapclient
    FETCH BODY.PEEK[] of all of them, each parsed with the standard library
    (``email.message_from_bytes``, the first text part decoded), and as many small messages
    sent with aiosmtplib over one connection as the bot sent;
    the ratio (a)/(b) and msg/s of both.
(b2) ``--naive``: the floor an outside tester measures (issue 18's "naive script"), on
    the same N messages in a third mailbox, in a process of its own: imapclient FETCH
    of all of them in chunks of 200, each parsed with ``email.policy.default`` and its
    text body taken (``get_body().get_content()``), then two letters per message built
    with ``EmailMessage`` (a reply quoting the body, a staff note) and sent with
    smtplib over one connection to a sink of its own, as many as the bot sent (it
    parses every message, and goes round again if the bot sent more than two a
    message); the ratio (a)/(b2). ``--rounds R``: R rounds of (a) and (b2), each on
    fresh mailboxes, alternately, and the median ratio (the machine's speed drifts).
(c) the daemon (``requestbot run``) on a store with ``--live`` open cases: its peak and
    current RSS from /proc after it has started, done its housekeeping and answered a
    few deliveries; then one housekeeping run's CPU time (user+sys) on the same store,
    measured in this process.
(d) one store write (a set_state and an add_event transaction, mean and max over 200 of
    each) in stores with 1,000 / 10,000 / 100,000 closed cases, and the time to open them.
(e) delivery -> acknowledgement latency with IDLE: APPEND to the acknowledgement at the
    sink with the daemon idling (each delivery 1-1.5 s after the last acknowledgement;
    median, p95, max), with the [imap] settings used (``--idle-recheck S`` sets
    imap.idle_recheck_seconds; default: the config default), then the CPU time the
    idling daemon and all Dovecot processes use per minute (over ``--idle-cpu`` s),
    next to the floor a bare imapclient IDLE client sees (APPEND -> EXISTS) on the
    same server. Dovecot delays every IDLE notification by 500 ms (NOTIFY_DELAY_MSECS
    in src/lib-storage/index/index-mailbox-check.c); the daemon's re-check does not
    wait for it. ``--only-latency`` runs (e) alone.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import csv
import email
import io
import itertools
import json
import os
import pstats
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from shutil import rmtree
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from flowkit import write_config  # noqa: E402
from servers import (  # noqa: E402
    DovecotServer,
    MailUser,
    SmtpSink,
    dovecot_available,
    make_message,
)

# ../shared/corpora next to the repository, unless $REQUESTBOT_CORPORA says otherwise.
CORPORA = Path(os.environ.get("REQUESTBOT_CORPORA", ROOT.parent / "shared" / "corpora"))
CLI = [sys.executable, "-m", "requestbot.cli"]
if os.environ.get("BENCH_CPROFILE"):  # the bot's own process under cProfile (its main thread)
    CLI = [
        sys.executable,
        "-m",
        "cProfile",
        "-o",
        os.environ["BENCH_CPROFILE"],
        "-m",
        "requestbot.cli",
    ]


#: ``BENCH_EXAMPLE_SYSTEMS=1``: the controller's systems, retention and deadlines as in
#: config.example.toml (seven systems, as a user's config would have) instead of the
#: test config's two: every case then gets a checklist row per system, and the staff
#: notes list them.
EXAMPLE_SYSTEMS = bool(os.environ.get("BENCH_EXAMPLE_SYSTEMS"))


def bot_config(directory: Path, user: MailUser, sink: SmtpSink, imap_extra: str = "") -> Path:
    """The test config; versions with a global answer rate get it lifted, so that the
    bot answers the whole backlog in this run (the floor sends as many as it does).
    ``imap_extra``: more lines for the [imap] section (part (e))."""
    extra = {"imap": imap_extra} if imap_extra else {}
    example = (ROOT / "config.example.toml").read_text()
    if "max_acks_per_hour" in example:
        extra["requests"] = "max_acks_per_hour = 1000000"
    workers = os.environ.get("BENCH_WORKERS")  # [performance] workers (default: the config's)
    if workers and not EXAMPLE_SYSTEMS:
        extra["performance"] = f"workers = {int(workers)}"
    path = write_config(directory, user, sink, **extra)
    if EXAMPLE_SYSTEMS:
        text = path.read_text()
        tail = example[example.index("[deadlines]") :]
        if workers:
            tail = tail.replace("[performance]\n", f"[performance]\nworkers = {int(workers)}\n")
        path.write_text(text[: text.index("[[systems]]")] + tail)
    return path


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


def corpus_files(mix: str) -> list[Path]:
    """``requests``: the labelled request corpora in tests/ (mostly rights requests, some
    automated mail); ``asked``: only their person-written mails that ask for something
    (every one opens a case with kinds: the heaviest mix); ``shared``: /work/shared/corpora
    (automated, MIME torture, replies)."""
    if mix == "requests":
        return sorted(ROOT.glob("tests/corpus*/**/*.eml"))
    if mix == "asked":  # person-written synthetic mail that asks for something
        with (ROOT / "tests" / "corpus" / "labels.csv").open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        return sorted(
            ROOT / "tests" / "corpus" / "messages" / r["file"]
            for r in rows
            if r["automated"] == "false" and r["kinds"] and r["source_kind"] == "synthetic"
        )
    return sorted(p for p in CORPORA.rglob("*.eml") if p.is_file()) if CORPORA.is_dir() else []


def build_messages(n: int, mix: str) -> tuple[list[bytes], str]:
    files = corpus_files(mix)
    if not files:
        body = "Please erase all my personal data from your systems.\n"
        raws = [make_message(f"s{i}@example.com", f"Request {i}", body) for i in range(n)]
        return raws, "generated (no corpora)"
    random.Random(1).shuffle(files)  # a representative mix even for a small --n
    blobs = [p.read_bytes() for p in files]
    raws = [with_identity(raw, i) for i, raw in zip(range(n), itertools.cycle(blobs))]
    return raws, f"{len(files)} {mix} corpus files, cycled"


# --------------------------------------------------------------------------- processes


def run_measured(argv: list[str], log: Path) -> tuple[float, float, int, float]:
    """Run a command; returns (seconds, peak RSS in MB, exit code, CPU seconds user+sys
    of it and its children)."""
    with log.open("wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        _pid, status, usage = os.wait4(proc.pid, 0)
        took = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return took, usage.ru_maxrss / 1024, proc.returncode, usage.ru_utime + usage.ru_stime


def proc_memory(pid: int) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            out[key] = int(value.split()[0]) / 1024
    return out


def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit(f"bench: gave up waiting for {what}")
        time.sleep(0.01)


# --------------------------------------------------------------------------- (a) the bot


def bot_poll(
    cfg: Path, work: Path, profile: bool, user: MailUser
) -> tuple[float, float | None, str]:
    """``requestbot poll --once``: (seconds, peak RSS MB or None, its summary line)."""
    if profile:
        from requestbot.cli import main

        out = io.StringIO()
        profiler = cProfile.Profile()
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(out):
            profiler.enable()
            main(["--config", str(cfg), "poll", "--once"])
            profiler.disable()
        took = time.perf_counter() - t0
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).sort_stats(
            os.environ.get("BENCH_SORT", "cumulative")
        ).print_stats(int(os.environ.get("BENCH_TOP", "25")))
        (work / "profile.txt").write_text(buf.getvalue())
        if os.environ.get("BENCH_PSTATS"):
            profiler.dump_stats(os.environ["BENCH_PSTATS"])
        return took, None, out.getvalue().strip()
    # A cycle may stop after a time budget and leave the rest for the next one: poll
    # until the inbox is empty, adding up the time (peak RSS: the largest).
    took, rss, cpu, in_workers, in_sender, waited = 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
    summaries: list[str] = []
    for round_ in range(1, 51):
        log = work / f"poll-{round_}.log"
        t, r, code, c = run_measured([*CLI, "--config", str(cfg), "poll", "--once"], log)
        took, rss, cpu = took + t, max(rss, r), cpu + c
        lines = log.read_text(errors="replace").strip().splitlines()
        in_workers += sum(float(m.group(1)) for m in map(WORKER_CPU.search, lines) if m)
        in_sender += sum(float(m.group(1)) for m in map(SENDER_CPU.search, lines) if m)
        waited += sum(float(m.group(1)) for m in map(WORKER_WAIT.search, lines) if m)
        summaries.append((lines[-1] if lines else "") + ("" if code == 0 else f" (exit {code})"))
        if code != 0 or not user.uids("INBOX"):
            break
    # The workers' figure is of all the children the bot reaped: the sender process too.
    split = (
        f": main {cpu - in_workers:.2f} s, worker and sender processes {in_workers:.2f} s "
        f"(sender {in_sender:.2f} s); main waited {waited:.2f} s for the workers"
    )
    return (
        took,
        rss,
        f"{len(summaries)} poll(s), CPU {cpu:.2f} s (user+sys){split}; last: {summaries[-1]}",
    )


#: The line requestbot logs when its worker processes end (workers.Workers.close).
WORKER_CPU = re.compile(r"worker processes used ([0-9.]+) s CPU")
#: ... and, on that line, how long the daemon's process waited for their results.
WORKER_WAIT = re.compile(r"waited for them ([0-9.]+) s")
#: ... and its sender process, when a backlog's letters went out from one (sendproc.py).
SENDER_CPU = re.compile(r"sender process used ([0-9.]+) s CPU")


# --------------------------------------------------------------------------- (b) the floor


def floor_fetch_parse(user: MailUser) -> tuple[float, float, int]:
    """Fetch everything in one FETCH, then parse each message: (fetch s, parse s, bytes)."""
    t0 = time.perf_counter()
    with user.client() as imap:
        imap.select_folder("INBOX", readonly=True)
        data = imap.fetch(imap.search("ALL"), ["BODY.PEEK[]"])
    raws = [v[b"BODY[]"] for v in data.values()]
    fetched = time.perf_counter() - t0
    t0 = time.perf_counter()
    for raw in raws:  # what a naive script does: parse, take the first text part
        msg = email.message_from_bytes(raw)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_payload(decode=True)
                break
    return fetched, time.perf_counter() - t0, sum(len(r) for r in raws)


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
        sink.wait_for(n, timeout=60)
    return took


NAIVE_FLOOR = r"""
import email, email.policy, email.utils, smtplib, sys, time
from email.message import EmailMessage
from imapclient import IMAPClient

host, port, user, password, smtp_port, want = sys.argv[1:7]
us, staff = "bot@example.test", "staff@example.test"


def text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        return part.get_content()
    except Exception:  # a charset the stdlib does not know
        return part.get_payload(decode=True).decode("utf-8", "replace")


def letters(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    body = text(msg)
    sender = email.utils.parseaddr(str(msg.get("From", "")))[1]
    subject, mid = str(msg.get("Subject", "")), str(msg.get("Message-ID", ""))
    quoted = "\n".join("> " + line for line in body[:2000].splitlines())
    reply = EmailMessage()
    reply["From"], reply["To"], reply["Subject"] = us, sender, "Re: " + subject
    reply["In-Reply-To"], reply["References"] = mid, mid
    reply["Message-ID"] = email.utils.make_msgid(domain="example.test")
    reply["Date"] = email.utils.formatdate(localtime=True)
    reply["Auto-Submitted"] = "auto-replied"
    reply.set_content("Thank you, we received your request.\n\n" + quoted)
    note = EmailMessage()
    note["From"], note["To"] = us, staff
    note["Subject"] = f"New request from {sender}: {subject}"
    note["Message-ID"] = email.utils.make_msgid(domain="example.test")
    note["Date"] = email.utils.formatdate(localtime=True)
    note.set_content(f"From: {sender}\nSubject: {subject}\n\n" + quoted)
    return reply, note


t0 = time.perf_counter()
imap = IMAPClient(host, int(port), ssl=False)
imap.login(user, password)
imap.select_folder("INBOX", readonly=True)
uids = imap.search(["ALL"])
data = {}
for i in range(0, len(uids), 200):
    data.update(imap.fetch(uids[i : i + 200], ["BODY.PEEK[]"]))
imap.logout()
smtp = smtplib.SMTP("127.0.0.1", int(smtp_port))
sent, want = 0, int(want) or 2 * len(uids)  # as many letters as the bot sent
while uids and sent < want:  # each message read and parsed, its letters sent until `want` are out
    for uid in uids:
        for out in letters(data[uid][b"BODY[]"]):
            if sent < want:
                smtp.send_message(out)
                sent += 1
smtp.quit()
print(f"{time.perf_counter() - t0:.3f} {sent}")
"""


def floor_naive(user: MailUser, want: int) -> tuple[float, int]:
    """(b2): the naive script in a process of its own, sending ``want`` letters (0: two a
    message): (seconds, letters sent)."""
    with SmtpSink() as sink:
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                NAIVE_FLOOR,
                user.host,
                str(user.port),
                user.address,
                user.password,
                str(sink.port),
                str(want),
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        took, sent = out.stdout.split()
        sink.wait_for(int(sent), timeout=60)
    return float(took), int(sent)


def more_rounds(
    server: DovecotServer, work: Path, raws: list[bytes], rounds: int, first: tuple[float, float]
) -> None:
    """Rounds 2..``rounds`` of (a) and (b2), each on fresh mailboxes; prints each round
    and the median ratio of all."""
    ratios = [first[0] / first[1]]
    for r in range(2, rounds + 1):
        users = []
        for name in (f"bench{r}@example.test", f"naive{r}@example.test"):
            server.add_user(name, "secret")
            users.append(server.for_user(name))
            users[-1].append_many(raws)
        (work / f"poll{r}").mkdir()
        with SmtpSink() as sink:
            cfg = bot_config(work / f"poll{r}", users[0], sink)
            t_bot, _rss, _summary = bot_poll(cfg, work / f"poll{r}", False, users[0])
            sent = len(sink.messages)
        t_naive, _ = floor_naive(users[1], sent)
        ratios.append(t_bot / t_naive)
        print(f"    round {r}: bot {t_bot:.2f} s, naive {t_naive:.2f} s, ratio {ratios[-1]:.2f}x")
        rmtree(work / f"poll{r}", ignore_errors=True)
    listed = ", ".join(f"{x:.2f}" for x in ratios)
    print(
        f"    ratio bot/naive over {rounds} rounds: median {statistics.median(ratios):.2f}x ({listed})"
    )


# --------------------------------------------------------------------------- stores


def _clone_store(template: Path, target: Path, n_cases: int, *, closed: bool) -> None:
    """A snapshot with ``n_cases`` cases (closed or open), each with the records (events,
    outbox without bodies, messages) one case of the template store has on average."""
    data: dict[str, dict[str, dict[str, Any]]] = json.loads(template.read_text())
    cases = list(data.get("cases", {}).values())
    if not cases:
        raise SystemExit("the poll store has no cases to clone")
    per_case: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for table in ("events", "outbox", "messages"):
        for doc in data.get(table, {}).values():
            if doc.get("case_id"):
                per_case.setdefault(str(doc["case_id"]), {}).setdefault(table, []).append(doc)
    now = datetime.now(UTC).isoformat()
    out: dict[str, dict[str, Any]] = {
        "meta": data.get("meta", {}),
        "state": data.get("state", {}),
        "cases": {},
        "events": {},
        "outbox": {},
        "messages": {},
    }
    next_id = dict.fromkeys(("events", "outbox", "messages"), 1)
    for i in range(n_cases):
        src = cases[i % len(cases)]
        case_id = f"DSR-2025-{i + 1:06d}"
        address = f"person{i:06d}@example.com"
        doc = {**src, "id": case_id, "requester_address": address}
        doc["message_ids"] = [f"<in-{i}-{k}@example.com>" for k in range(len(src["message_ids"]))]
        doc["our_message_ids"] = [
            f"<{case_id}.{k:016x}.rb@example.test>" for k in range(len(src["our_message_ids"]))
        ]
        if closed:
            doc.update(status="completed", closed_at=doc.get("closed_at") or now)
        elif doc["status"] in ("completed", "refused", "withdrawn", "not_a_request"):
            doc.update(status="in_progress", closed_at=None)
        out["cases"][str(i + 1)] = doc
        for table, docs in per_case.get(str(src["id"]), {}).items():
            for k, rec in enumerate(docs):
                rec = {**rec, "case_id": case_id}
                if table == "outbox":
                    rec.update(to=address, message_id=f"<{case_id}.{k:016x}.rb@example.test>")
                    rec.update(raw="", raw_file=f"{next_id[table]}.eml")
                elif table == "messages":
                    rec["message_id"] = f"<in-{i}-{k}@example.com>"
                    rec["hash"] = f"{i:08x}{k:04x}" + str(rec.get("hash", ""))[12:]
                out[table][str(next_id[table])] = rec
                next_id[table] += 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(json.dumps(out, ensure_ascii=False, separators=(",", ":")).encode())
    del out, data
    from requestbot.cases import CaseStore

    with CaseStore.open(target) as store:  # rewritten the way the version under test writes it
        store.storage.compact()


def time_writes(path: Path, rounds: int = 200) -> dict[str, float]:
    from requestbot.cases import CaseStore

    t0 = time.perf_counter()
    store = CaseStore.open(path)
    opened = time.perf_counter() - t0
    try:
        case_id = store.cases()[0].id
        figures: dict[str, float] = {"open": opened}
        for name, write in (
            ("set_state", lambda i: store.set_state("bench", i)),
            (
                "add_event",
                lambda i: store.add_event(case_id, "bench", "note", f"{i}", at=datetime.now(UTC)),
            ),
        ):
            times = []
            for i in range(rounds):
                t0 = time.perf_counter()
                with store.transaction():
                    write(i)
                times.append(time.perf_counter() - t0)
            figures[name] = statistics.mean(times)
            figures[name + "_max"] = max(times)
    finally:
        store.close()
    return figures


# --------------------------------------------------------------------------- the daemon


class Daemon:
    def __init__(self, cfg: Path, log: Path) -> None:
        self.log = log
        self._fh = log.open("wb")
        self.proc = subprocess.Popen(
            [*CLI, "--config", str(cfg), "run"],
            stdout=self._fh,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_idle(self, timeout: float = 300) -> None:
        """Until it waits for new mail (older versions: has connected to IMAP)."""
        wait_until(
            lambda: (
                "ready: waiting for new mail" in self.text() or "connected to IMAP" in self.text()
            ),
            timeout,
            "the daemon to get ready",
        )
        time.sleep(0.5)  # the first fetch and the first IDLE

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._fh.close()


def deliver_and_wait(
    user: MailUser, sink: SmtpSink, i: int, tag: str, pause: float = 0.0
) -> float | None:
    """APPEND one request and wait for its acknowledgement at the sink. ``pause`` first:
    so that the daemon has finished the last one and sits in IDLE, as mail usually finds
    it (a message that lands while it is still busy is found without IDLE)."""
    time.sleep(pause * random.uniform(1.0, 1.5))
    requester = f"{tag}{i}@example.com"
    raw = make_message(
        f"{tag.capitalize()} {i} <{requester}>",
        f"Delete my data {i}",
        "Please erase all my personal data from your systems.\n",
    )
    t0 = time.perf_counter()
    user.append(raw)
    deadline = t0 + 60
    while time.perf_counter() < deadline:
        if any(requester in m.rcpt_tos for m in sink.messages):
            return time.perf_counter() - t0
        time.sleep(0.002)
    print(f"    no acknowledgement for {requester} within 60 s")
    return None


def daemon_baseline(server: DovecotServer, work: Path) -> None:
    """The daemon's RSS on an empty store: the interpreter and its imports."""
    address = "empty@example.test"
    server.add_user(address, "secret")
    user = server.for_user(address)
    with SmtpSink() as sink:
        cfg = bot_config(work, user, sink)
        daemon = Daemon(cfg, work / "daemon.log")
        try:
            daemon.wait_idle()
            started = proc_memory(daemon.proc.pid)
        finally:
            daemon.stop()
    print(
        f"(c) daemon with an empty store: RSS {started['VmRSS']:.0f} MB after start-up, "
        f"peak (VmHWM) {started['VmHWM']:.0f} MB"
    )


def housekeeping_cpu(cfg: Path, runs: int = 5) -> tuple[float, float, int]:
    """One housekeeping run in this process on the store of ``cfg`` (the first run
    does the day's once-a-day parts and is left out): mean CPU (user+sys) and wall
    seconds of the next ``runs`` runs, and the open cases."""
    from requestbot import config as config_mod
    from requestbot import housekeeping
    from requestbot.cli import make_runner, open_store

    conf = config_mod.load(cfg)
    store = open_store(conf)
    try:
        runner = make_runner(conf, store)
        try:
            housekeeping.housekeeping_once(runner.ctx)
            cpu0, wall0 = time.process_time(), time.perf_counter()
            for _ in range(runs):
                housekeeping.housekeeping_once(runner.ctx)
            cpu = (time.process_time() - cpu0) / runs
            wall = (time.perf_counter() - wall0) / runs
        finally:
            runner.source.close()
        n_open = len(store.open_case_ids())
    finally:
        store.close()
    return cpu, wall, n_open


def daemon_memory(server: DovecotServer, work: Path, template: Path, live: int) -> None:
    address = "live@example.test"
    server.add_user(address, "secret")
    user = server.for_user(address)
    with SmtpSink() as sink:
        cfg = bot_config(work, user, sink)
        store = work / "data" / "cases.json"
        t0 = time.perf_counter()
        _clone_store(template, store, live, closed=False)
        built = time.perf_counter() - t0
        size = store.stat().st_size
        t0 = time.perf_counter()
        daemon = Daemon(cfg, work / "daemon.log")
        try:
            daemon.wait_idle()
            ready = time.perf_counter() - t0
            started = proc_memory(daemon.proc.pid)
            lats = [deliver_and_wait(user, sink, i, "live") for i in range(10)]
            after = proc_memory(daemon.proc.pid)
        finally:
            daemon.stop()
    got = [x for x in lats if x is not None]
    print(
        f"(c) daemon with {live} live cases (store {size / 1e6:.1f} MB, built in {built:.1f} s): "
        f"ready in {ready:.1f} s, RSS {started['VmRSS']:.0f} MB after start-up; after "
        f"{len(got)} acknowledged deliveries RSS {after['VmRSS']:.0f} MB, "
        f"peak (VmHWM) {after['VmHWM']:.0f} MB"
    )
    cpu, wall, n_open = housekeeping_cpu(cfg)
    print(
        f"(c) housekeeping: {cpu:.3f} s CPU per run with {n_open} live cases "
        f"(wall {wall:.3f} s; in-process, same store, mean of 5 runs after the first)"
    )


def idle_recheck_line(value: str | None) -> str:
    """The [imap] line for ``--idle-recheck`` ("" = the version's default); versions
    without the key cannot take one."""
    if value is None:
        return ""
    if "idle_recheck_seconds" not in (ROOT / "config.example.toml").read_text():
        raise SystemExit("bench: this version has no imap.idle_recheck_seconds")
    return f"idle_recheck_seconds = {float(value)}"


def cpu_seconds(pid: int) -> float:
    """user + system CPU seconds of one process so far (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def dovecot_pids(server: DovecotServer) -> list[int]:
    """The Dovecot master and every process under it (imap, login, auth...)."""
    master = int((server.dir / "run" / "master.pid").read_text().strip())
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, ValueError, IndexError):
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [master]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def idle_cost(pid: int, server: DovecotServer, seconds: float) -> tuple[float, float]:
    """CPU seconds per minute of the idling daemon and of Dovecot over ``seconds``."""

    def dovecot_cpu() -> dict[int, float]:
        out = {}
        for p in dovecot_pids(server):
            with contextlib.suppress(OSError):
                out[p] = cpu_seconds(p)
        return out

    d0, v0 = cpu_seconds(pid), dovecot_cpu()
    time.sleep(seconds)
    d1, v1 = cpu_seconds(pid), dovecot_cpu()
    dovecot = sum(v - v0.get(p, 0.0) for p, v in v1.items())
    return (d1 - d0) * 60 / seconds, dovecot * 60 / seconds


def latency(
    server: DovecotServer, work: Path, count: int, imap_extra: str, idle_seconds: float
) -> tuple[list[float], str]:
    """(e): APPEND -> acknowledgement ``count`` times, then the CPU cost of idling."""
    address = f"lat{uuid.uuid4().hex[:8]}@example.test"
    server.add_user(address, "secret")
    user = server.for_user(address)
    with SmtpSink() as sink:
        cfg = bot_config(work, user, sink, imap_extra)
        daemon = Daemon(cfg, work / "daemon.log")
        try:
            daemon.wait_idle()
            lats = [deliver_and_wait(user, sink, i, "lat", pause=1.0) for i in range(count)]
            cost = ""
            if idle_seconds > 0:
                time.sleep(1.0)  # the last drain is over
                bot, dovecot = idle_cost(daemon.proc.pid, server, idle_seconds)
                cost = (
                    f"CPU while idle ({idle_seconds:.0f} s): daemon {bot:.2f} s/min, "
                    f"Dovecot {dovecot:.2f} s/min"
                )
        finally:
            daemon.stop()
    return [x for x in lats if x is not None], cost


def idle_floor(server: DovecotServer, count: int) -> list[float]:
    """APPEND -> EXISTS at a bare imapclient IDLE client: what the server itself adds."""
    address = f"idle{uuid.uuid4().hex[:8]}@example.test"
    server.add_user(address, "secret")
    user = server.for_user(address)
    out = []
    with user.client() as imap:
        imap.select_folder("INBOX")
        for i in range(count):
            imap.idle()
            time.sleep(random.uniform(0.2, 0.5))  # surely idling
            raw = make_message("someone@example.com", f"ping {i}", "hello\n")
            t0 = time.perf_counter()
            user.append(raw)
            while time.perf_counter() - t0 < 30:
                if any(r[1] == b"EXISTS" for r in imap.idle_check(timeout=5) if len(r) > 1):
                    out.append(time.perf_counter() - t0)
                    break
            imap.idle_done()
    return out


def latency_part(server: DovecotServer, work: Path, args: argparse.Namespace) -> None:
    """(e) as printed: the config used, the bot's figures, the bare IDLE floor."""
    work.mkdir()
    line = idle_recheck_line(args.idle_recheck)
    lats, cost = latency(server, work, args.latency, line, args.idle_cpu)
    used = "[imap] " + (line or "defaults") + ", idle = true"
    if lats:
        print(
            f"(e) latency APPEND -> ack, daemon in IDLE ({len(lats)}; {used}): {percentiles(lats)}"
        )
    if cost:
        print(f"    {cost}")
    floor_lats = idle_floor(server, args.latency)
    if floor_lats:
        print(
            f"    bare IDLE client APPEND -> EXISTS ({len(floor_lats)}): {percentiles(floor_lats)}"
        )


def percentiles(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return (
        f"median {statistics.median(values) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
        f"max {values[-1] * 1000:.0f} ms"
    )


# --------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="messages in the backlog")
    ap.add_argument("--mix", choices=("requests", "asked", "shared"), default="requests")
    ap.add_argument("--latency", type=int, default=30, help="single deliveries to time")
    ap.add_argument("--live", type=int, default=10_000, help="open cases for the RSS figure")
    ap.add_argument("--closed", default="1000,10000,100000", help="closed-case store sizes")
    ap.add_argument("--profile", action="store_true", help="cProfile the poll (in-process)")
    ap.add_argument(
        "--naive", action="store_true", help="(b2): also the outside tester's naive floor"
    )
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    ap.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="with --naive: run the bot and the naive script this many times, alternately, "
        "each on a fresh mailbox, and print the median ratio (a shared machine's speed "
        "drifts between runs)",
    )
    ap.add_argument("--only-latency", action="store_true", help="run part (e) alone (no backlog)")
    ap.add_argument(
        "--idle-recheck",
        metavar="SECONDS",
        help="(e): set imap.idle_recheck_seconds (default: the config default)",
    )
    ap.add_argument(
        "--idle-cpu",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="(e): measure the idle daemon's and Dovecot's CPU this long (0 = not)",
    )
    args = ap.parse_args()
    if not dovecot_available():
        print("skipped: /usr/sbin/dovecot is not installed")
        return
    work = Path(tempfile.mkdtemp(prefix="requestbot-bench-"))
    os.chmod(work, 0o755)
    if args.only_latency:
        with DovecotServer() as server:
            latency_part(server, work / "latency", args)
        rmtree(work, ignore_errors=True)
        return
    n = args.n
    raws, origin = build_messages(n, args.mix)
    print(
        f"backlog: {n} messages, {sum(map(len, raws)) / 1e6:.1f} MB ({origin}); cpus {os.cpu_count()}"
    )
    with DovecotServer() as server:
        for address in ("bench@example.test", "floor@example.test", "naive@example.test"):
            server.add_user(address, "secret")
        bot_user = server.for_user("bench@example.test")
        floor_user = server.for_user("floor@example.test")
        naive_user = server.for_user("naive@example.test")
        t0 = time.perf_counter()
        users = [bot_user, floor_user, *([naive_user] if args.naive else [])]
        for u in users:
            u.append_many(raws)
        print(f"APPEND of the backlog to {len(users)} mailboxes: {time.perf_counter() - t0:.1f} s")

        # (a) the bot
        (work / "poll").mkdir()
        with SmtpSink() as sink:
            cfg = bot_config(work / "poll", bot_user, sink)
            t_bot, rss, summary = bot_poll(cfg, work / "poll", args.profile, bot_user)
            sent = len(sink.messages)
        rss_text = f", peak RSS {rss:.0f} MB" if rss is not None else " (in-process, profiled)"
        print(
            f"(a) bot: poll --once took in {n} and sent {sent} in {t_bot:.2f} s "
            f"= {n / t_bot:.1f} msg/s{rss_text}"
        )
        print(f"    {summary}")

        # (b) the floor
        t_fetch, t_parse, size = floor_fetch_parse(floor_user)
        t_send = floor_send(sent)
        floor = t_fetch + t_parse + t_send
        print(
            f"(b) floor: fetch {n} ({size / 1e6:.1f} MB) {t_fetch:.2f} s, parse {t_parse:.2f} s, "
            f"send {sent} {t_send:.2f} s; together {floor:.2f} s = {n / floor:.1f} msg/s"
        )
        print(f"    ratio bot/floor = {t_bot / floor:.2f}x")
        if args.naive:
            t_naive, naive_sent = floor_naive(naive_user, sent)
            print(
                f"(b2) naive script (stdlib parse, EmailMessage, smtplib, own process): "
                f"{n} messages, sent {naive_sent} in {t_naive:.2f} s = {n / t_naive:.1f} msg/s"
            )
            print(f"    ratio bot/naive = {t_bot / t_naive:.2f}x")
            if args.rounds > 1:
                more_rounds(server, work, raws, args.rounds, (t_bot, t_naive))
        template = work / "poll" / "data" / "cases.json"
        if not args.profile:
            # the bot's own store, for the figures below
            n_cases = len(json.loads(template.read_text()).get("cases", {}))
            print(f"    store: {template.stat().st_size / 1e6:.2f} MB for {n_cases} cases")

        # (c) the daemon's memory with many live cases
        if args.live:
            (work / "empty").mkdir()
            daemon_baseline(server, work / "empty")
            (work / "live").mkdir()
            daemon_memory(server, work / "live", template, args.live)

        # (d) store writes with closed history
        for m in [int(x) for x in args.closed.split(",") if x.strip()]:
            path = work / f"closed-{m}" / "cases.json"
            _clone_store(template, path, m, closed=True)
            f = time_writes(path)
            print(
                f"(d) store with {m} closed cases ({path.stat().st_size / 1e6:.0f} MB): opened in "
                f"{f['open']:.2f} s; one write: set_state {f['set_state'] * 1000:.2f} ms "
                f"(max {f['set_state_max'] * 1000:.1f}), add_event {f['add_event'] * 1000:.2f} ms "
                f"(max {f['add_event_max'] * 1000:.1f})"
            )
            import shutil

            shutil.rmtree(path.parent, ignore_errors=True)

        # (e) latency
        if args.latency:
            latency_part(server, work / "latency", args)
    if args.profile:
        print("\nprofile of poll --once (top 25, cumulative):")
        print((work / "poll" / "profile.txt").read_text())
    if args.keep:
        print(f"work directory: {work}")
    else:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
