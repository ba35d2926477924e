"""CPU cost of ``machine_text.machine_reading`` per message, this checkout against another.

Usage::

    .venv/bin/python bench/machine_text_speed.py OTHER/requestbot/machine_text.py [ROUNDS]

Parses every message of tests/corpus/messages once, loads this checkout's
``requestbot/machine_text.py`` and the other file as two separate modules (the module is
pure and imports nothing of the project), then alternates them over all messages ROUNDS
times (default 7) and prints each one's best run in ms per message. Alternating in one
process keeps the load of a shared machine out of the comparison better than two runs of
``bench/classify_speed.py``. The other file is e.g. main's, exported with
``git archive main requestbot | tar -x -C /tmp/main``.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from requestbot.intake import parse_message  # noqa: E402


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    rounds = int(argv[1]) if len(argv) > 1 else 7
    modules = {
        "this": load("machine_text_this", ROOT / "requestbot" / "machine_text.py"),
        "other": load("machine_text_other", Path(argv[0]).resolve()),
    }
    paths = sorted((ROOT / "tests" / "corpus" / "messages").glob("*.eml"))
    messages = [parse_message(path.read_bytes()) for path in paths]
    best = dict.fromkeys(modules, float("inf"))
    for _ in range(rounds):
        for name, module in modules.items():
            start = time.process_time()
            for msg in messages:
                module.machine_reading(
                    senders=[msg.from_addr], subject=msg.subject, text=msg.new_text
                )
            best[name] = min(best[name], time.process_time() - start)
    for name, seconds in best.items():
        print(
            f"{name}: {seconds * 1000 / len(messages):.4f} ms per message ({len(messages)} messages)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
