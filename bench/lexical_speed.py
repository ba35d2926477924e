"""CPU cost of the lexical second opinion alone per message (``requestbot.understand.lexical``).

Usage::

    .venv/bin/python bench/lexical_speed.py

Folds every message of tests/corpus/messages as ``classify`` reads it, then times
``lexical.reading_flags`` over all of them three times with ``time.process_time``
and prints the best run (the rest of ``classify`` is in ``bench/classify_speed.py``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from requestbot.intake import parse_message  # noqa: E402
from requestbot.understand import lexical  # noqa: E402
from requestbot.understand.classify import _text_to_read  # noqa: E402


def main() -> int:
    files = sorted((ROOT / "tests" / "corpus" / "messages").glob("*.eml"))
    msgs = [parse_message(f.read_bytes()) for f in files]
    texts = [lexical.folded_message(m.subject[:1000], _text_to_read(m)) for m in msgs]
    lexical.reading_flags(texts[0], (), {})  # load the model
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            lexical.reading_flags(text, (), {})
        best = min(best, time.process_time() - start)
    print(
        f"lexical second opinion: {len(texts)} messages, best of 3: {best:.3f} s CPU, "
        f"{1000 * best / len(texts):.3f} ms per message"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
