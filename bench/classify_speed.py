"""CPU cost of classification per message (parsing excluded), for before/after comparisons.

Usage::

    .venv/bin/python bench/classify_speed.py [SOURCE_TREE]

Parses every message of tests/corpus/messages once, then times ``classify`` over
all of them three times with ``time.process_time`` (CPU time, so other load on
the machine matters less) and prints the best run; then the same for
``parse_message`` alone (intake, where automated-mail detection runs). SOURCE_TREE (default: this
checkout) is the tree whose ``requestbot`` is measured, e.g. an older commit
checked out elsewhere; the messages always come from this checkout.
"""

from __future__ import annotations

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


def main(argv: list[str]) -> int:
    tree = Path(argv[0]).resolve() if argv else ROOT
    sys.path.insert(0, str(tree))
    import requestbot
    from requestbot.classify import classify  # the façade exists before and after issue 13
    from requestbot.intake import parse_message

    if not str(requestbot.__file__).startswith(str(tree)):
        print(f"requestbot was imported from {requestbot.__file__}, not {tree}", file=sys.stderr)
        return 2
    files = sorted((ROOT / "tests" / "corpus" / "messages").glob("*.eml"))
    msgs = [parse_message(f.read_bytes()) for f in files]
    for m in msgs[:50]:
        classify(m)  # warm up: rules compiled, weights loaded
    best = best_cpu(classify, msgs)
    print(
        f"{tree}: {len(msgs)} messages, best of 3: {best:.2f} s CPU, "
        f"{1000 * best / len(msgs):.2f} ms per message"
    )
    # Intake's share: automated-mail detection (headers, then content) runs in parsing.
    raws = [f.read_bytes() for f in files]
    best_parse = best_cpu(parse_message, raws)
    print(
        f"{tree}: parse_message, best of 3: {best_parse:.2f} s CPU, "
        f"{1000 * best_parse / len(raws):.2f} ms per message"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
