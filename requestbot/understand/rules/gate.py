"""A fast gate for a compiled rule: substrings one of which every match contains.

Most rules cannot match most messages, yet a regular expression scan of the
whole text costs a few microseconds a rule. ``required`` reads the parsed
pattern once and names a few literal strings of which every possible match must
contain at least one ("tieto" in ``tieto(?:ni|jani)``, {"poista", "hävitä"} in
``(?:poista|hävitä)``); when none of them occurs in the text, the rule is not
run. Mechanics only: a rule matches exactly what it matched before (a gate
that cannot be named is empty, and an empty gate always runs the rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

try:  # Python 3.11+
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: A gate of more strings than this, or with a string shorter than MIN_LENGTH, is not
#: worth checking (it costs about as much as the scan it would save).
MAX_STRINGS = 12
MIN_LENGTH = 3

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


def required(regex: re.Pattern[str]) -> tuple[str, ...]:
    """Strings of which every match of ``regex`` contains one; () when none is worth it."""
    if regex.flags & re.IGNORECASE:
        return ()
    try:
        tree = sre_parse.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):  # pragma: no cover - it compiled once already
        return ()
    best = _sequence(tree)
    if not best or len(best) > MAX_STRINGS or min(map(len, best)) < MIN_LENGTH:
        return ()
    # "delet" is in any text that holds "deletoi": only the shorter one is checked
    kept = {s for s in best if not any(t != s and t in s for t in best)}
    return tuple(sorted(kept, key=lambda s: (-len(s), s)))


def may_match(gate: tuple[str, ...], text: str) -> bool:
    """False only when no string of ``gate`` occurs in ``text`` (so the rule cannot match)."""
    if not gate:
        return True
    return any(s in text for s in gate)


def _cost(strings: frozenset[str]) -> tuple[bool, int, int]:
    shortest = min(map(len, strings))
    return (shortest < MIN_LENGTH, len(strings), -shortest)


def _sequence(items: Iterable[tuple[object, Any]]) -> frozenset[str] | None:
    """The cheapest requirement among the parts of a sequence, all of which must match."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        need = _part(op, av)
        if need:
            found.append(need)
    if run:
        found.append(frozenset({"".join(run)}))
    return min(found, key=_cost) if found else None


def _part(op: object, av: Any) -> frozenset[str] | None:
    """What one node of the parse tree requires (None: nothing that can be named)."""
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & sre.SRE_FLAG_IGNORECASE else _sequence(sub)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is sre.BRANCH:
        _, alternatives = av
        union: set[str] = set()
        for alternative in alternatives:
            need = _sequence(alternative)
            if not need:
                return None
            union |= need
        return frozenset(union)
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else None
    return None  # a class, a look-around, an anchor, a back reference: no literal
