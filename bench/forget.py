"""What forgetting costs: (a) migrating a plain suppression list to keyed hashes,
(b) emptying the processed folder of a throwaway Dovecot of old mail.

Prints figures, asserts nothing::

    .venv/bin/python bench/forget.py [--entries 10000] [--mails 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from requestbot.cases import CaseStore  # noqa: E402

KEY = b"bench-key-0123456789abcdef"


def bench_migrate(entries: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.json"
        now = datetime.now(UTC)
        with CaseStore.open(path) as store, store.transaction():
            for i in range(entries):
                store.suppress(f"person{i}@example.fi", at=now, source="bench")
        t0 = time.perf_counter()
        with CaseStore.open(path, hash_key=KEY) as store:
            opened = time.perf_counter() - t0
            t1 = time.perf_counter()
            for i in range(0, entries, max(1, entries // 1000)):
                store.is_suppressed(f"person{i}@example.fi")
            checks = min(entries, 1000)
            per_check = (time.perf_counter() - t1) / checks
        plain = sum(
            p.read_bytes().count(b"@example.fi") for p in Path(tmp).iterdir() if p.is_file()
        )
        print(
            f"(a) migrate {entries} plain entries to HMAC-SHA256: open + migrate + snapshot "
            f"{opened:.2f} s; check {per_check * 1e6:.0f} us each; "
            f"plain addresses left in the store files: {plain}"
        )


def bench_mailbox(mails: int) -> None:
    try:
        from servers import DovecotServer, dovecot_available, make_message

        from requestbot.mailbox import ImapSettings, ImapSource
        from requestbot.mailretention import content_hash, run_folder
    except ImportError as exc:
        print(f"(b) mailbox: skipped ({exc})")
        return
    if not dovecot_available():
        print("(b) mailbox: skipped, no Dovecot")
        return
    server = DovecotServer()
    server.start()
    try:
        user = "bench@example.test"
        server.add_user(user, "secret")
        old = datetime.now(UTC) - timedelta(days=400)
        raws = [make_message(f"p{i}@example.fi", f"s{i}", "x" * 2000) for i in range(mails)]
        for start in range(0, mails, 200):
            server.append_many(raws[start : start + 200], "Processed", user=user)
        with server.client(user) as c:  # make them old: set INTERNALDATE by re-appending
            c.select_folder("Processed")
            c.delete_messages(c.search(["ALL"]))
            c.expunge()
            for raw in raws:
                c.append("Processed", raw, msg_time=old)
        with tempfile.TemporaryDirectory() as tmp:
            store = CaseStore.open(Path(tmp) / "cases.json")
            with store.transaction():
                for i, raw in enumerate(raws):
                    store.record_message(
                        f"<m{i}>", content_hash(raw), case_id="", folder="processed"
                    )
            source = ImapSource(
                ImapSettings(
                    host=server.host,
                    port=server.port,
                    security="none",
                    username=user,
                    password="secret",
                )
            )
            t0 = time.perf_counter()
            result = run_folder(store, source, "Processed", datetime.now(UTC).date())
            took = time.perf_counter() - t0
            source.close()
            store.close()
        print(
            f"(b) retention: {result.found} old messages found, {result.deleted} deleted in "
            f"{took:.2f} s = {result.deleted / took:.0f} msg/s "
            f"(SEARCH BEFORE, BODY.PEEK[] in chunks of 100, \\Deleted + UID EXPUNGE)"
        )
    finally:
        server.stop(remove=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--mails", type=int, default=1000)
    args = ap.parse_args()
    bench_migrate(args.entries)
    bench_mailbox(args.mails)


if __name__ == "__main__":
    main()
