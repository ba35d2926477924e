"""Classification rules per language: ``fi``, ``sv``, ``en``.

Each language module holds a table of small named rules (see ``base.Rule``) over
folded text, compiled once at import. ``RULES`` is every rule of every language.
"""

from __future__ import annotations

from requestbot.rules import en, fi, sv
from requestbot.rules.base import Rule

RULES: tuple[Rule, ...] = fi.COMPILED + sv.COMPILED + en.COMPILED
CHILD_PATTERNS: tuple[str, ...] = (fi.CHILD, sv.CHILD, en.CHILD)

__all__ = ["CHILD_PATTERNS", "RULES", "Rule"]
