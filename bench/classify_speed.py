"""CPU cost of classification per message (parsing excluded), for before/after comparisons.

Usage::

    .venv/bin/python bench/classify_speed.py [SOURCE_TREE]
    .venv/bin/python bench/classify_speed.py [--rounds N] TREE TREE ...

Parses every message of tests/corpus/messages once, then times ``classify`` over
all of them three times with ``time.process_time`` (CPU time, so other load on
the machine matters less) and prints the best run; then the same for
``parse_message`` alone (intake, where automated-mail detection runs). SOURCE_TREE (default: this
checkout) is the tree whose ``requestbot`` is measured, e.g. an older commit
checked out elsewhere; the messages always come from this checkout.

With more than one tree (or ``--rounds``), each tree is measured in its own
process, the trees taking turns for N rounds (default 3), so that a change in
the machine's load falls on all of them alike; a summary gives each tree's
least and greatest figure over the rounds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def best_cpu(work: Callable[[Any], object], items: Sequence[Any], rounds: int = 3) -> float:
    """The least CPU time (``time.process_time``) of ``rounds`` passes of ``work`` over ``items``."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for item in items:
            work(item)
        best = min(best, time.process_time() - start)
    return best


def measure(tree: Path) -> dict[str, float] | None:
    """ms per message of ``classify`` and of ``parse_message`` with ``tree``'s code
    (None when ``requestbot`` cannot be imported from it)."""
    sys.path.insert(0, str(tree))
    import requestbot
    from requestbot.classify import classify  # the façade exists before and after issue 13
    from requestbot.intake import parse_message

    if not str(requestbot.__file__).startswith(str(tree)):
        print(f"requestbot was imported from {requestbot.__file__}, not {tree}", file=sys.stderr)
        return None
    files = sorted((ROOT / "tests" / "corpus" / "messages").glob("*.eml"))
    msgs = [parse_message(f.read_bytes()) for f in files]
    for m in msgs[:50]:
        classify(m)  # warm up: rules compiled, weights loaded
    best = best_cpu(classify, msgs)
    # Intake's share: automated-mail detection (headers, then content) runs in parsing.
    raws = [f.read_bytes() for f in files]
    best_parse = best_cpu(parse_message, raws)
    return {
        "messages": len(msgs),
        "classify_s": best,
        "classify_ms": 1000 * best / len(msgs),
        "parse_s": best_parse,
        "parse_ms": 1000 * best_parse / len(raws),
    }


def report(tree: Path, f: dict[str, float]) -> None:
    print(
        f"{tree}: {f['messages']:.0f} messages, best of 3: {f['classify_s']:.2f} s CPU, "
        f"{f['classify_ms']:.2f} ms per message"
    )
    print(
        f"{tree}: parse_message, best of 3: {f['parse_s']:.2f} s CPU, "
        f"{f['parse_ms']:.2f} ms per message",
        flush=True,
    )


def interleaved(trees: list[Path], rounds: int) -> int:
    """Each tree in its own process, taking turns; then the range per tree."""
    runs: dict[Path, list[dict[str, float]]] = {t: [] for t in trees}
    for _ in range(rounds):
        for tree in trees:
            done = subprocess.run(
                [sys.executable, __file__, "--one-json", str(tree)],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 2
            figures = json.loads(done.stdout)
            runs[tree].append(figures)
            report(tree, figures)
    print(f"summary over {rounds} rounds (least - greatest, ms per message):")
    for tree, figures in runs.items():
        c = [f["classify_ms"] for f in figures]
        p = [f["parse_ms"] for f in figures]
        print(
            f"  {tree}: classify {min(c):.2f} - {max(c):.2f}, parse_message {min(p):.2f} - {max(p):.2f}"
        )
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one-json"]:
        figures = measure(Path(argv[1]).resolve())
        if figures is None:
            return 2
        print(json.dumps(figures))
        return 0
    rounds = 0
    if argv[:1] == ["--rounds"]:
        rounds, argv = int(argv[1]), argv[2:]
    trees = [Path(a).resolve() for a in argv] or [ROOT]
    if len(trees) > 1 or rounds:
        return interleaved(trees, rounds or 3)
    figures = measure(trees[0])
    if figures is None:
        return 2
    report(trees[0], figures)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
