"""Intake throughput: (a) parsing the shared corpora, (b) fetching from a throwaway Dovecot.

Prints figures, asserts nothing::

    .venv/bin/python bench/intake.py [--n 500] [--batch 100] [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def bench_parse(corpora: Path, repeat: int) -> None:
    try:
        from requestbot.intake import parse_message
    except ImportError as exc:
        print(f"(a) parse: skipped, requestbot.intake.parse_message not importable ({exc})")
        return
    if not corpora.is_dir():
        print(f"(a) parse: skipped, no corpora at {corpora}")
        return
    files = sorted(p for p in corpora.rglob("*.eml") if p.is_file())
    if not files:
        print(f"(a) parse: skipped, no .eml files under {corpora}")
        return
    blobs = [p.read_bytes() for p in files]
    total_bytes = sum(len(b) for b in blobs)
    slowest: list[tuple[float, Path]] = []
    start = time.perf_counter()
    for _ in range(repeat):
        for path, raw in zip(files, blobs, strict=True):
            t0 = time.perf_counter()
            parse_message(raw)
            slowest.append((time.perf_counter() - t0, path))
    elapsed = time.perf_counter() - start
    count = len(blobs) * repeat
    print(
        f"(a) parse: {count} messages ({total_bytes / 1e6:.1f} MB x {repeat}) in {elapsed:.2f} s"
        f" = {count / elapsed:.0f} msg/s, {total_bytes * repeat / 1e6 / elapsed:.1f} MB/s"
    )
    slowest.sort(reverse=True)
    for seconds, path in slowest[:3]:
        print(f"    slowest: {seconds * 1000:.1f} ms  {path.relative_to(corpora)}")


def bench_fetch(n: int, batch: int, body_bytes: int) -> None:
    try:
        from servers import DovecotServer, dovecot_available, make_message

        from requestbot.mailbox import ImapSettings, ImapSource, MailboxState
    except ImportError as exc:
        print(f"(b) fetch: skipped ({exc})")
        return
    if not dovecot_available():
        print("(b) fetch: skipped, /usr/sbin/dovecot is not installed")
        return
    body = ("Hei, pyydän pääsyä henkilötietoihini. " * (body_bytes // 38 + 1))[:body_bytes]
    raws = [make_message(f"customer{i}@example.com", f"Request {i}", body + "\n") for i in range(n)]
    with DovecotServer() as server:
        t0 = time.perf_counter()
        server.append_many(raws)
        t_append = time.perf_counter() - t0
        settings = ImapSettings(
            host=server.host,
            port=server.port,
            security="none",
            username=server.user,
            password=server.password,
        )
        source = ImapSource(settings)
        try:
            source.connect()
            state = MailboxState()
            fetched = 0
            t0 = time.perf_counter()
            while fetched < n:
                messages, state = source.fetch_new(state, batch=batch)
                if not messages:
                    break
                fetched += len(messages)
                if fetched >= n:
                    break
            t_fetch = time.perf_counter() - t0

            state = MailboxState()
            moved = 0
            t0 = time.perf_counter()
            while True:
                messages, state = source.fetch_new(state, batch=batch)
                if not messages:
                    break
                for msg in messages:
                    source.move(msg, "Processed")
                    moved += 1
            t_cycle = time.perf_counter() - t0
        finally:
            source.close()
    size = sum(len(r) for r in raws) / n
    print(f"(b) fetch: {n} messages of ~{size / 1024:.1f} kB, batch {batch}")
    print(f"    APPEND (one connection):      {n / t_append:8.0f} msg/s")
    print(f"    fetch_new only:               {n / t_fetch:8.0f} msg/s ({fetched} fetched)")
    print(f"    fetch_new + move one by one:  {moved / t_cycle:8.0f} msg/s ({moved} moved)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="messages for the IMAP fetch (500)")
    parser.add_argument("--batch", type=int, default=100, help="fetch_new batch size (100)")
    parser.add_argument("--body-bytes", type=int, default=2000, help="body size per message")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpora (1)")
    parser.add_argument(
        "--corpora",
        type=Path,
        default=Path(os.environ.get("REQUESTBOT_CORPORA", ROOT.parent / "shared" / "corpora")),
        help="corpora root (default ../shared/corpora next to the repository)",
    )
    parser.add_argument("--skip-parse", action="store_true")
    parser.add_argument("--skip-fetch", action="store_true")
    args = parser.parse_args(argv)
    if not args.skip_parse:
        bench_parse(args.corpora, args.repeat)
    if not args.skip_fetch:
        bench_fetch(args.n, args.batch, args.body_bytes)


if __name__ == "__main__":
    main()
