"""Speed figures that used to be wall-clock limits inside tests.

Prints figures (wall clock and CPU time: on a loaded machine the CPU time is the
one to compare), asserts nothing::

    .venv/bin/python bench/speed.py [--n 1000]

* classifying N short texts (fi, sv, en) with ``classify_text``;
* parsing each "monster" message of tests/test_badinput.py (1 MB headers,
  20 MB bodies, deep nesting, 10,000 parts) with ``parse_message``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

TEXTS = (
    "Hei,\nhaluaisin että poistatte kaikki minun tiedot teidän asiakasrekisteristä. " * 3,
    "Jag vill inte ha reklam från er, och skicka mig ett registerutdrag.",
    "Where is my order? It's been three weeks and nobody answers the phone. " * 4,
)


def bench_classify(n: int) -> None:
    from requestbot.classify import classify_text

    classify_text("Subject", TEXTS[0])  # first call loads models and rules
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(n):
        classify_text("Subject", TEXTS[i % len(TEXTS)])
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"classify_text: {n} texts in {elapsed:.2f} s wall, {used:.2f} s CPU"
        f" = {n / used:.0f} texts per CPU second"
    )


def bench_monsters() -> None:
    from test_badinput import monsters

    from requestbot.intake import parse_message

    for label, raw in monsters():
        t0, cpu = time.perf_counter(), time.process_time()
        parse_message(raw)
        took, used = time.perf_counter() - t0, time.process_time() - cpu
        print(
            f"parse_message: {label:<30} {len(raw) / 1e6:7.1f} MB"
            f"  {took:6.2f} s wall  {used:6.2f} s CPU"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="texts to classify (default 1000)")
    args = ap.parse_args()
    bench_classify(args.n)
    bench_monsters()


if __name__ == "__main__":
    main()
