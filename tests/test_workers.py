"""Worker processes that parse and classify a backlog batch (workers.py).

They read exactly what the daemon's process reads; a worker that is killed or raises
costs time, never a message: the batch's remaining messages are read in-process, each
message is recorded once, and a new worker serves the next batch.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import multiprocessing
import os
import random
import select
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from flowkit import write_config
from servers import MailUser, SmtpSink, make_message

from requestbot import config, outbox
from requestbot.cli import make_runner, open_store
from requestbot.errors import ConfigError
from requestbot.understand.classify import classify
from requestbot.workers import MIN_BATCH, Settings, Workers, chunks, read_message

ROOT = Path(__file__).resolve().parent
AT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
SETTINGS = Settings(
    own_addresses=("privacy@example.fi",),
    own_domains=("example.fi",),
    max_message_bytes=25_000_000,
    languages=("fi", "sv", "en"),
    default_language="fi",
)


def corpus_sample(n: int) -> list[bytes]:
    files = sorted(ROOT.glob("corpus/messages/**/*.eml"))
    random.Random(7).shuffle(files)
    return [p.read_bytes() for p in files[:n]]


def ready_workers(count: int = 1) -> Workers:
    workers = Workers(count, SETTINGS)
    workers.start()
    assert workers.wait_ready(), "the worker did not warm up"
    return workers


def test_chunks_cover_the_batch_in_order() -> None:
    for n in (0, 1, 4, 5, 20, 21, 100):
        spans = list(chunks(n))
        assert [i for a, b in spans for i in range(a, b)] == list(range(n))


def test_a_small_batch_or_no_workers_stays_in_process() -> None:
    jobs = [(raw, AT, False) for raw in corpus_sample(MIN_BATCH)]
    assert list(Workers(0, SETTINGS).prepare_batch(jobs)) == [None] * len(jobs)
    small = Workers(1, SETTINGS)
    assert list(small.prepare_batch(jobs[:-1])) == [None] * (len(jobs) - 1)
    assert not small.ready()  # nothing was started for it
    small.close()


def test_workers_read_what_the_daemon_reads() -> None:
    raws = corpus_sample(60)
    jobs = [(raw, AT, i % 7 == 0) for i, raw in enumerate(raws)]
    workers = ready_workers()
    try:
        results = list(workers.prepare_batch(jobs))
    finally:
        workers.close()
    assert all(r is not None for r in results)
    for (raw, at, cut), prepared in zip(jobs, results, strict=True):
        assert prepared is not None
        msg = read_message(SETTINGS, raw, at, truncated=cut)
        assert prepared.msg == msg
        expected = None if msg.automated else classify(msg, languages=SETTINGS.languages)
        assert prepared.classification == expected


def test_mail_judged_automated_by_heuristics_is_read_as_the_steps_read_it() -> None:
    """For mail only judged automated by heuristics, what the automated step asks
    (classify_received) and, when that reads it as a person's, what the new-request
    step then asks (classify of the message it gave back)."""
    from requestbot.understand.classify import HEURISTIC_AUTOMATED, classify_received

    files = sorted(ROOT.glob("corpus/messages/**/*.eml"))
    heuristic = []
    for path in files:
        msg = read_message(SETTINGS, path.read_bytes(), AT)
        if msg.automated and (msg.automated_reason or "").startswith(HEURISTIC_AUTOMATED):
            heuristic.append(path.read_bytes())
    assert len(heuristic) >= 10
    jobs = [(raw, AT, False) for raw in heuristic]
    workers = ready_workers()
    try:
        results = list(workers.prepare_batch(jobs))
    finally:
        workers.close()
    for (raw, at, _), prepared in zip(jobs, results, strict=True):
        assert prepared is not None and prepared.received is not None
        msg = read_message(SETTINGS, raw, at)
        assert prepared.classification is None
        assert prepared.received == classify_received(msg, languages=SETTINGS.languages)
        settled = prepared.received[0]
        if settled.automated:
            assert prepared.settled is None
        else:  # how many read as a person's depends on the shipped weights
            assert prepared.settled == classify(settled, languages=SETTINGS.languages)


def test_the_first_big_batch_starts_the_workers_and_waits_for_them() -> None:
    """``poll --once``: the batch that starts the workers is read by them (the caller
    waits for the warm-up rather than compile the rules and read it itself)."""
    jobs = [(raw, AT, False) for raw in corpus_sample(MIN_BATCH)]
    workers = Workers(1, SETTINGS)
    try:
        first = list(workers.prepare_batch(jobs))
        assert all(p is not None for p in first)
        for (raw, at, _), prepared in zip(jobs, first, strict=True):
            assert prepared is not None and prepared.msg == read_message(SETTINGS, raw, at)
    finally:
        workers.close()


def test_batches_while_the_workers_warm_up() -> None:
    """Started ahead (the daemon), the workers may still warm up when a batch comes:
    it gets what they have done (the rest: None, read by the caller), and once they
    are warm a batch is read by them."""
    jobs = [(raw, AT, False) for raw in corpus_sample(40)]
    workers = Workers(1, SETTINGS)
    try:
        workers.start()
        during = list(workers.prepare_batch(jobs))
        assert len(during) == len(jobs)
        for (raw, at, _), prepared in zip(jobs, during, strict=True):
            if prepared is not None:
                assert prepared.msg == read_message(SETTINGS, raw, at)
        assert workers.wait_ready(), "the worker did not warm up"
        after = list(workers.prepare_batch(jobs))
        assert all(p is not None for p in after)
    finally:
        workers.close()


def test_closing_during_the_warm_up_does_not_wait_for_it() -> None:
    """A short backlog ends before the workers are warm: closing ends them then and
    there (their warm-up is cut short) instead of waiting for a warm-up nobody needs."""
    workers = Workers(1, SETTINGS)
    workers.start()
    warming = list(workers._warming)
    workers.close()
    assert all(f.done() for f in warming)
    assert all(f.cancelled() or f.exception() is not None for f in warming)
    assert not multiprocessing.active_children()


def test_a_worker_that_raises_leaves_its_messages_to_the_caller(
    caplog: pytest.LogCaptureFixture,
) -> None:
    workers = ready_workers()
    try:
        # settings the classifier cannot use: every chunk raises in the worker
        workers.settings = dataclasses.replace(SETTINGS, languages=None)  # type: ignore[arg-type]
        jobs = [(raw, AT, False) for raw in corpus_sample(MIN_BATCH + 5)]
        with caplog.at_level(logging.WARNING, logger="requestbot.workers"):
            assert list(workers.prepare_batch(jobs)) == [None] * len(jobs)
        assert "worker process raised" in caplog.text
        assert workers.ready()  # a raise is not a dead worker: the same pool goes on
        workers.settings = SETTINGS
        assert all(r is not None for r in workers.prepare_batch(jobs))
    finally:
        workers.close()


def test_a_worker_killed_in_the_middle_of_a_batch(caplog: pytest.LogCaptureFixture) -> None:
    """Killed while its chunks are waiting: one result per job all the same, the
    unanswered ones None (read in-process by the caller), the death logged."""
    raws = corpus_sample(120)
    jobs = [(raw, AT, False) for raw in raws]
    workers = ready_workers()
    try:
        (pid,) = workers.pids
        with caplog.at_level(logging.WARNING, logger="requestbot.workers"):
            results = workers.prepare_batch(jobs)
            os.kill(pid, signal.SIGKILL)
            got = list(results)
        assert len(got) == len(jobs)
        assert got[-1] is None  # 120 messages are not read in the moment a kill takes
        assert "a worker died" in caplog.text
        for (raw, at, _), prepared in zip(jobs, got, strict=True):
            if prepared is not None:
                assert prepared.msg == read_message(SETTINGS, raw, at)
        assert not workers.ready()  # a new pool starts with the next big batch
    finally:
        workers.close()


def request(i: int) -> bytes:
    return make_message(
        f"Person {i} <person{i}@example.com>",
        f"Delete my data {i}",
        "Please erase all my personal data from your systems.\n",
    )


def test_a_killed_worker_loses_no_mail_and_is_replaced(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The daemon's Runner with a real worker process, killed before a batch of 30:
    every message is taken in once (a case and two letters each), the fallback is
    logged, and the next batch is read by a new worker."""
    cfg = config.load(write_config(tmp_path, mailbox_user, smtp_sink))
    store = open_store(cfg)
    runner = make_runner(cfg, store)
    try:
        runner.start_workers()
        assert runner.workers.wait_ready(), "the worker did not warm up"
        first_pids = set(runner.workers.pids)
        os.kill(min(first_pids), signal.SIGKILL)  # one dead worker breaks the whole pool
        mailbox_user.append_many(request(i) for i in range(30))
        with caplog.at_level(logging.WARNING, logger="requestbot.workers"):
            result = runner.intake_once()
        assert (result.fetched, result.moved, result.kept) == (30, 30, 0)
        assert "worker process failed" in caplog.text
        assert mailbox_user.uids("INBOX") == []
        assert len(store.messages()) == 30
        assert sorted(c.requester_address for c in store.each_case()) == sorted(
            f"person{i}@example.com" for i in range(30)
        )
        asyncio.run(outbox.drain_once(cfg, store, now=runner.ctx.now))
        assert len(smtp_sink.wait_for(60)) == 60

        # the next backlog batch starts a new worker (handled in-process meanwhile) ...
        mailbox_user.append_many(request(i) for i in range(30, 55))
        assert runner.intake_once().moved == 25
        assert runner.workers.wait_ready(), "no new worker"
        assert runner.workers.pids and not first_pids & runner.workers.pids
        # ... which reads the one after
        mailbox_user.append_many(request(i) for i in range(55, 80))
        assert runner.intake_once().moved == 25
        assert len(store.messages()) == 80
        assert len(list(store.each_case())) == 80
    finally:
        runner.close()
        store.close()


@pytest.mark.parametrize("value", [-1, 9])
def test_workers_key_is_checked(tmp_path: Path, value: int) -> None:
    path = tmp_path / "config.toml"
    text = (ROOT.parent / "config.example.toml").read_text()
    path.write_text(text.replace("\n# workers = 2\n", f"\nworkers = {value}\n"))
    with pytest.raises(ConfigError) as err:
        config.load(path)
    assert err.value.key == "performance.workers"
    assert err.value.file == str(path)


def test_workers_default_follows_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert config.PerformanceConfig().workers == 2
    monkeypatch.setattr(os, "cpu_count", lambda: 16)
    assert config.PerformanceConfig().workers == 2
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert config.PerformanceConfig().workers == 0


ORPHAN = """
import sys, time
from requestbot.workers import Settings, Workers
w = Workers(1, Settings(("privacy@example.fi",), ("example.fi",), 25_000_000, ("fi", "sv", "en"), "fi"))
w.start()
while not w.ready():
    time.sleep(0.05)
print(*w.pids, flush=True)
time.sleep(600)
"""


def gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status  # ended, not yet reaped by its new parent


def test_a_worker_ends_when_the_daemon_is_killed() -> None:
    """SIGKILL gives the daemon no chance to end its workers: they end themselves."""
    proc = subprocess.Popen([sys.executable, "-c", ORPHAN], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        worker = int(proc.stdout.readline())
        exited = os.pidfd_open(worker)  # readable once the worker has ended
        assert not gone(worker)
    finally:
        proc.kill()
        proc.wait()
    try:
        select.select([exited], [], [])  # waits for the worker's end, however long
    finally:
        os.close(exited)
    assert gone(worker)


# --------------------------------------------------------------------------- letters


def letter_of(i: int) -> tuple[dict[str, Any], outbox.Letter]:
    from test_outbox import T0, make_config

    return outbox.prepare(
        make_config(2525),
        to=f"p{i}@example.com",
        to_name=f"Henkilö {i}",
        subject="Pyyntösi on vastaanotettu",
        text=f"Hyvä Henkilö {i},\n\npyyntösi on kirjattu. Åland, Öljy: äöå ÄÖÅ.\n" * 3,
        case_id=f"DSR-2026-{i + 1:04d}",
        kind="ack",
        audience="requester",
        in_reply_to=f"<m{i}@example.com>",
        references=["<first@example.com>", f"<m{i}@example.com>"],
        now=T0,
    )


def test_letters_built_in_a_worker_are_what_compose_builds(tmp_path: Path) -> None:
    """A batch's letters stored with their bytes left to the worker: after ``store``
    each item holds exactly the bytes build_raw makes of its Letter in-process (the
    bytes compose() makes), in 3 chunks."""
    from requestbot.cases import CaseStore
    from requestbot.workers import LETTER_CHUNK, Letters

    workers = ready_workers()
    try:
        with CaseStore.open(tmp_path / "c.json") as store:
            letters, made = Letters(workers), []
            with store.transaction():
                for i in range(2 * LETTER_CHUNK + 3):
                    item, letter = letter_of(i)
                    assert item["raw"] == ""
                    letters.add(outbox.queue(store, item), letter)
                    made.append(letter)
                letters.store(store)
            items = store.outbox()
        assert [d["raw"] for d in items] == [outbox.build_raw(x) for x in made]
        assert all(d["message_id"] in d["raw"] for d in items)
    finally:
        workers.close()


def test_letters_of_a_killed_worker_are_built_in_process(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from requestbot.cases import CaseStore
    from requestbot.workers import Letters

    workers = ready_workers()
    try:
        with CaseStore.open(tmp_path / "c.json") as store:
            letters, made = Letters(workers), []
            (pid,) = workers.pids
            os.kill(pid, signal.SIGKILL)
            with caplog.at_level(logging.INFO, logger="requestbot.workers"), store.transaction():
                for i in range(40):
                    item, letter = letter_of(i)
                    letters.add(outbox.queue(store, item), letter)
                    made.append(letter)
                letters.store(store)
            assert [d["raw"] for d in store.outbox()] == [outbox.build_raw(x) for x in made]
        assert "worker process failed" in caplog.text or "built in-process" in caplog.text
    finally:
        workers.close()


def test_a_letter_that_cannot_be_built_fails_the_batch_as_compose_does(tmp_path: Path) -> None:
    """build_raw raises in the worker: the chunk is built again in-process, where the
    error is raised inside the batch's transaction (nothing of it is committed)."""
    from requestbot.cases import CaseStore
    from requestbot.errors import PermanentDeliveryError, StoreError
    from requestbot.workers import Letters

    workers = ready_workers()
    try:
        with CaseStore.open(tmp_path / "c.json") as store:
            letters = Letters(workers)
            with pytest.raises((PermanentDeliveryError, StoreError)), store.transaction():
                for i in range(5):
                    item, letter = letter_of(i)
                    if i == 3:  # a To that cannot be written (non-ASCII local part)
                        letter = dataclasses.replace(letter, to="hënkilö@example.com")
                    letters.add(outbox.queue(store, item), letter)
                letters.store(store)
            assert store.outbox() == []
        assert workers.ready()  # an error in a letter is no broken worker
    finally:
        workers.close()
