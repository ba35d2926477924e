"""Classification rules per language: ``fi``, ``sv``, ``en``.

Each language module holds a table of small named rules (see ``base.Rule``) over
folded text, compiled once at import. ``RULES`` is every rule of every language.
"""

from __future__ import annotations

from requestbot.understand.rules import en, fi, sv
from requestbot.understand.rules.base import Rule

RULES: tuple[Rule, ...] = fi.COMPILED + sv.COMPILED + en.COMPILED
CHILD_PATTERNS: tuple[str, ...] = (fi.CHILD, sv.CHILD, en.CHILD)

__all__ = ["CHILD_PATTERNS", "RULES", "Rule"]
