"""Write requestbot/data/gates.json: the gates of every rule and frame concept, read once.

    .venv/bin/python scripts/gate_cache.py

Run it after changing a rule (tests/test_rules.py fails while a pattern is missing
from the file; a stale file only costs start-up time, never a different reading).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requestbot.understand.classify  # noqa: E402,F401  (compiles every rule and frame)
from requestbot.understand.rules import gate  # noqa: E402

target = ROOT / "requestbot" / "data" / gate.CACHE_FILE
gate.write_cache(target, {key: gate.read_pattern(regex) for key, regex in gate.used.items()})
print(f"{target}: {len(gate.used)} patterns")
