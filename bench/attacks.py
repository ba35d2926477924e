"""The security review's attacks (issue 15), timed: prints figures, asserts nothing.

(a) intake.parse_message on header bombs and a big body (seconds per message);
(b) one ``requestbot poll --once`` (maildir source, file transport) over hostile
    messages: wall time and the peak RSS of the poll process;
(c) a flood of forged senders: acknowledgements sent now vs held for later hours.

    .venv/bin/python bench/attacks.py [--big 20] [--big-mb 20] [--flood 300]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MB = 1024 * 1024


def message(sender: str, subject: str, body: str, *extra: str) -> bytes:
    head = [f"From: {sender}", "To: tietosuoja@example.fi", f"Subject: {subject}", *extra]
    head.append(f"Message-ID: <{time.perf_counter_ns()}.{len(body)}@example.com>")
    return ("\r\n".join(head) + "\r\n\r\n" + body).encode()


def bombs() -> list[tuple[str, bytes]]:
    ask = "Poistakaa kaikki tietoni.\r\n"
    refs = lambda n: "References: " + " ".join(f"<r{i}.abcdefgh@example.com>" for i in range(n))  # noqa: E731
    words = lambda n: " ".join("=?utf-8?q?x?=" for _ in range(n))  # noqa: E731
    return [
        ("References 50k ids (1.4 MB)", message("a@example.com", "x", ask, refs(50_000))),
        ("References 200k ids (5.6 MB)", message("a@example.com", "x", ask, refs(200_000))),
        ("Subject 200k encoded words (2.8 MB)", message("a@example.com", words(200_000), ask)),
        (
            "Cc 100k addresses",
            message(
                "a@example.com",
                "x",
                ask,
                "Cc: " + ", ".join(f"c{i}@example.com" for i in range(100_000)),
            ),
        ),
        ("20 MB body of request lines", message("a@example.com", "x", ask * (20 * MB // len(ask)))),
    ]


def bench_parse() -> None:
    from requestbot.intake import parse_message

    print("(a) parse_message")
    for label, raw in bombs():
        t0 = time.perf_counter()
        parse_message(raw)
        print(f"    {label:<40} {time.perf_counter() - t0:6.2f} s")


def write_config(base: Path, extra: str = "") -> Path:
    for sub in ("cur", "new", "tmp"):
        (base / "Maildir" / sub).mkdir(parents=True)
    cfg = base / "config.toml"
    cfg.write_text(
        f"""[controller]
name = "Esimerkki Oy"
address = "tietosuoja@example.fi"
postal_address = "Esimerkkikatu 1, 65100 Vaasa"

[imap]
maildir = "{base / "Maildir"}"

[smtp]
transport = "file"
file_dir = "{base / "sent"}"

[staff]
addresses = ["staff@example.fi"]
notify = ["staff@example.fi"]
authserv_id = "mx.example.fi"

[storage]
path = "{base / "data" / "cases.json"}"
spool_dir = "{base / "data" / "spool"}"
{extra}
"""
    )
    return cfg


def deliver(base: Path, raws: list[bytes]) -> None:
    new = base / "Maildir" / "new"
    new.mkdir(parents=True, exist_ok=True)
    for i, raw in enumerate(raws):
        (new / f"{time.time_ns()}.{i}.bench").write_bytes(raw)


def poll(cfg: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the poll process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "requestbot.cli", "--config", str(cfg), "poll", "--once"],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        print(f"    poll exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    took = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return took, max(peak, before) / 1024


def bench_poll(big: int, big_mb: int) -> None:
    print("(b) requestbot poll --once (maildir, file transport)")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        cfg = write_config(base)
        deliver(base, [raw for _l, raw in bombs()])
        deliver(base, [message("matti@example.fi", "tietoni", "Poistakaa tietoni.\r\n")])
        took, rss = poll(cfg)
        print(
            f"    {len(bombs()) + 1} messages (the bombs of (a) + 1 request): {took:.1f} s, peak RSS {rss:.0f} MB"
        )
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        cfg = write_config(base)
        line = "Poistakaa tietoni, kiitos. " * 3 + "\r\n"
        body = line * (big_mb * MB // len(line))
        deliver(base, [message(f"p{i}@example.com", "tietoni", body) for i in range(big)])
        took, rss = poll(cfg)
        print(f"    {big} messages of {big_mb} MB: {took:.1f} s, peak RSS {rss:.0f} MB")


def bench_flood(n: int) -> None:
    print(f"(c) {n} forged senders in one poll ([requests] max_acks_per_hour = 60)")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        cfg = write_config(base)
        deliver(
            base,
            [
                message(f"v{i}@example.com", "delete", "Please delete my data.\r\n")
                for i in range(n)
            ],
        )
        took, _rss = poll(cfg)
        from requestbot.cases import CaseStore

        with CaseStore.open(base / "data" / "cases.json", readonly=True) as store:
            items = store.outbox()
        sent = sum(1 for d in items if d["audience"] == "requester" and d["status"] == "sent")
        held = sum(1 for d in items if d["audience"] == "requester" and d["status"] == "queued")
        staff = sum(1 for d in items if d["audience"] == "staff")
        print(
            f"    {took:.1f} s: acknowledgements sent {sent}, held for later hours {held}, staff mails {staff}"
        )
        print("    " + json.dumps({"sent": sent, "held": held, "staff": staff}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--big", type=int, default=20)
    ap.add_argument("--big-mb", type=int, default=20)
    ap.add_argument("--flood", type=int, default=300)
    args = ap.parse_args()
    bench_parse()
    bench_poll(args.big, args.big_mb)
    bench_flood(args.flood)


if __name__ == "__main__":
    main()
