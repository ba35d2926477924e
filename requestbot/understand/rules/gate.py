"""A fast gate for a compiled rule: literal strings a text must hold for the rule to match.

Most rules cannot match most messages, yet a regular expression scan of the
whole text costs a few microseconds a rule. The parsed pattern is read once:

* ``required`` names a few literal strings of which every possible match must
  contain at least one ("tieto" in ``tieto(?:ni|jani)``, {"poista", "hävitä"} in
  ``(?:poista|hävitä)``): one *clause*.
* ``requirements`` names every such clause of the pattern (a *gate*: all of its
  clauses must hold), so ``(?:poista|hävitä) ~3 tieto\\w*`` needs a verb *and*
  "tieto"; a positive look-around counts too (the text must hold what it looks for).

When a gate does not hold, the rule is not run. Mechanics only: a rule matches
exactly what it matched before (a clause that cannot be named is left out, and
an empty gate always runs the rule).

``Presence`` answers for one text, once per string: a ``Scanner`` finds every
string of all the gates in one pass over the text (a trie of them as one regular
expression), and ``GateIndex`` turns that into the rules (or concepts) whose gate
holds, without a look at the others. The rules and the frames' concepts of a
message share one ``Presence``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence, Set
from importlib import resources
from pathlib import Path
from typing import Any

try:  # Python 3.11+
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: A ``required`` clause of more strings than this, or with a string shorter than
#: MIN_LENGTH, is not worth checking (it costs about as much as the scan it would save).
MAX_STRINGS = 12
MIN_LENGTH = 3
#: A clause of ``requirements`` is only looked up in a set of found strings, so it
#: may be longer; a string shorter than MIN_LENGTH is in nearly every text.
MAX_CLAUSE_STRINGS = 64

#: One string of a clause occurs in the text.
Clause = tuple[str, ...]
#: Every clause holds (``()``: no requirement, the rule always runs).
Gate = tuple[Clause, ...]

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


def required(regex: re.Pattern[str]) -> Clause:
    """Strings of which every match of ``regex`` contains one; () when none is worth it."""
    return analyse(regex)[0]


def requirements(regex: re.Pattern[str]) -> Gate:
    """Clauses that every text ``regex`` matches in satisfies (one string of each occurs),
    the most selective first; () when none can be named."""
    return analyse(regex)[1]


#: What ``analyse`` gave for each pattern of the shipped rules, so that a process does
#: not read them all again at start-up (half of the time it takes to compile the
#: rules): ``requestbot/data/gates.json``, written by ``scripts/gate_cache.py``. A
#: pattern not in it (a rule changed since) is read as before.
CACHE_FILE = "gates.json"
_cache: dict[str, tuple[Clause, Gate]] | None = None
#: every pattern ``analyse`` was asked about, by key (what the script writes)
used: dict[str, re.Pattern[str]] = {}


def cache_key(regex: re.Pattern[str]) -> str:
    return hashlib.sha256(f"{regex.flags}\0{regex.pattern}".encode()).hexdigest()[:24]


def _shipped() -> dict[str, tuple[Clause, Gate]]:
    global _cache
    if _cache is None:
        try:
            data = json.loads(
                (resources.files("requestbot") / "data" / CACHE_FILE).read_text("utf-8")
            )
            _cache = {
                key: (tuple(req), tuple(tuple(c) for c in reqs))
                for key, (req, reqs) in data["gates"].items()
            }
        except (OSError, ValueError, KeyError, TypeError):  # a damaged file: read patterns
            _cache = {}
    return _cache


def write_cache(path: Path, entries: dict[str, tuple[Clause, Gate]]) -> None:
    """The cache file for ``entries`` (key: ``cache_key``): a line each, in key order."""
    lines = [
        f"{json.dumps(key)}: {json.dumps([list(a), [list(c) for c in b]], ensure_ascii=False)}"
        for key, (a, b) in sorted(entries.items())
    ]
    path.write_text('{"gates": {\n' + ",\n".join(lines) + "\n}}\n", encoding="utf-8")


def analyse(regex: re.Pattern[str]) -> tuple[Clause, Gate]:
    """``required`` and ``requirements`` of ``regex``, from one reading of the pattern
    (or from the shipped cache)."""
    key = cache_key(regex)
    used[key] = regex
    found = _shipped().get(key)
    return read_pattern(regex) if found is None else found


def read_pattern(regex: re.Pattern[str]) -> tuple[Clause, Gate]:
    """``analyse`` without the cache."""
    if regex.flags & re.IGNORECASE:
        return (), ()
    try:
        tree = sre_parse.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):  # pragma: no cover - it compiled once already
        return (), ()
    return _required(tree), _requirements(tree)


def _required(tree: Any) -> Clause:
    found = _clauses(tree, None)
    best = min(found, key=_cost) if found else None
    if not best or len(best) > MAX_STRINGS or min(map(len, best)) < MIN_LENGTH:
        return ()
    return _reduced(best)


def _requirements(tree: Any) -> Gate:
    kept: list[frozenset[str]] = []
    for clause in sorted(set(_clauses(tree, _Spelling())), key=_order):
        if len(clause) > MAX_CLAUSE_STRINGS or min(map(len, clause)) < MIN_LENGTH:
            continue
        if any(_implies(other, clause) for other in kept):
            continue
        kept.append(clause)
    # "mig" is implied by {"migister", "migrant"}: only the stronger one is checked
    for clause in list(kept):
        if any(other is not clause and _implies(other, clause) for other in kept):
            kept.remove(clause)
    return tuple(_reduced(c) for c in kept)


def may_match(gate: Clause, text: str) -> bool:
    """False only when no string of the clause ``gate`` occurs in ``text`` (so the rule
    cannot match)."""
    if not gate:
        return True
    return any(s in text for s in gate)


def holds(gate: Gate, text: str) -> bool:
    """Every clause of ``gate`` holds in ``text`` (the uncached answer ``Presence`` gives)."""
    return all(may_match(clause, text) for clause in gate)


def _reduced(clause: frozenset[str]) -> Clause:
    """ "delet" is in any text that holds "deletoi": only the shorter one is checked."""
    kept = {s for s in clause if not any(t != s and t in s for t in clause)}
    return tuple(sorted(kept, key=lambda s: (-len(s), s)))


def _implies(a: frozenset[str], b: frozenset[str]) -> bool:
    """Clause ``a`` holding makes ``b`` hold: each string of ``a`` contains one of ``b``."""
    return all(any(t in s for t in b) for s in a)


def _order(clause: frozenset[str]) -> tuple[tuple[bool, int, int], list[str]]:
    """The most selective clause first; ties in a fixed order."""
    return (_cost(clause), sorted(clause))


def _cost(strings: Set[str]) -> tuple[bool, int, int]:
    shortest = min(map(len, strings))
    return (shortest < MIN_LENGTH, len(strings), -shortest)


def _clauses(items: Sequence[tuple[object, Any]], spell: _Spelling | None) -> list[frozenset[str]]:
    """What a sequence requires: the clauses of all its parts (every part must match).

    With ``spell`` (``requirements``), positive look-arounds count too, and the
    literal strings of a run that goes through a few alternatives or letters are
    spelled out: ``(?:bor|bott) x`` is parsed as "bo", then "r" or "tt", and needs
    {"bor", "bott"}."""
    found: list[frozenset[str]] = []
    run = [""]  # the strings the literal run so far may be (one, without ``spell``)

    def flush() -> None:
        nonlocal run
        if all(run):
            found.append(frozenset(run))
        run = [""]

    for op, av in _nodes(items):
        if op is sre.LITERAL:
            run = [s + chr(av) for s in run]
            continue
        if spell is not None:
            options = spell.node(op, av)
            if options is not None and len(run) * len(options) <= MAX_CLAUSE_STRINGS:
                run = [s + o for s in run for o in options]
                continue
            if op is sre.BRANCH:
                heads = spell.ends(av[1], first=True)
                if heads is not None and len(run) * len(heads) <= MAX_CLAUSE_STRINGS:
                    joined = {s + h for s in run for h in heads}
                    if all(joined):
                        found.append(frozenset(joined))
        flush()
        found.extend(_part(op, av, spell))
        if spell is not None and op is sre.BRANCH:
            tails = spell.ends(av[1], first=False)
            if tails is not None:
                run = tails
    flush()
    return found


def _nodes(items: Sequence[tuple[object, Any]]) -> Sequence[tuple[object, Any]]:
    """The nodes of a parsed sequence as a plain list (a SubPattern indexes slowly)."""
    data: Sequence[tuple[object, Any]] = getattr(items, "data", items)
    return data


class _Spelling:
    """The few literal strings the parts of one parse tree can match (None: anything
    else, or more than MAX_CLAUSE_STRINGS), remembered per node of the tree."""

    def __init__(self) -> None:
        self._memo: dict[int, list[str] | None] = {}

    def node(self, op: object, av: Any) -> list[str] | None:
        if op is sre.LITERAL:
            return [chr(av)]
        key = id(av)  # the tree outlives this object: its nodes' ids stay theirs
        if key not in self._memo:
            self._memo[key] = self._spelled(op, av)
        return self._memo[key]

    def _spelled(self, op: object, av: Any) -> list[str] | None:
        if op is sre.IN:
            if av and all(o is sre.LITERAL for o, _ in av):
                return [chr(c) for _, c in av]
            return None
        if op is sre.SUBPATTERN:
            return None if av[1] & sre.SRE_FLAG_IGNORECASE else self.sequence(av[3])
        if op is sre.BRANCH:
            out: list[str] = []
            for alternative in av[1]:
                spelled = self.sequence(alternative)
                if spelled is None:
                    return None
                out += spelled
            return sorted(set(out)) if len(out) <= MAX_CLAUSE_STRINGS else None
        return None

    def sequence(self, items: Sequence[tuple[object, Any]]) -> list[str] | None:
        out = [""]
        for op, av in _nodes(items):
            choices = self.node(op, av)
            if choices is None or len(out) * len(choices) > MAX_CLAUSE_STRINGS:
                return None
            out = [s + c for s in out for c in choices]
        return sorted(set(out))

    def ends(self, alternatives: Sequence[Any], *, first: bool) -> list[str] | None:
        """The strings the alternatives of a branch can begin (``first``) or end with:
        for each, the spellings of its longest literal head or tail ("" when none)."""
        out: set[str] = set()
        for alternative in alternatives:
            spelled = [""]
            nodes = _nodes(alternative)
            for op, av in nodes if first else reversed(nodes):
                choices = self.node(op, av)
                if choices is None or len(spelled) * len(choices) > MAX_CLAUSE_STRINGS:
                    break
                if first:
                    spelled = [s + c for s in spelled for c in choices]
                else:
                    spelled = [c + s for s in spelled for c in choices]
            out.update(spelled)
            if len(out) > MAX_CLAUSE_STRINGS:
                return None
        return sorted(out)


def _part(op: object, av: Any, spell: _Spelling | None) -> list[frozenset[str]]:
    """What one node of the parse tree requires ([]: nothing that can be named)."""
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return [] if add_flags & sre.SRE_FLAG_IGNORECASE else _clauses(sub, spell)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _clauses(av, spell)
    if op is sre.ASSERT and spell is not None:
        # a positive look-ahead or look-behind: the text holds what it looks for
        _direction, sub = av
        return _clauses(sub, spell)
    if op is sre.BRANCH:
        # one clause: the union of the cheapest clause of each alternative
        _, alternatives = av
        union: set[str] = set()
        for alternative in alternatives:
            need = _clauses(alternative, spell)
            if not need:
                return []
            union |= min(need, key=_cost)
        return [frozenset(union)]
    if op in _REPEATS:
        low, _high, sub = av
        return _clauses(sub, spell) if low >= 1 else []
    return []  # a class, a negative look-around, an anchor, a back reference: no literal


class Scanner:
    """Finds which of a fixed set of strings occur in a text, in one pass.

    The strings become one regular expression, a trie tried at every position of
    the text inside a look-ahead; at each position it gives the longest string that
    starts there, and the strings that are its prefixes start there too."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings: frozenset[str] = frozenset(s for s in strings if s)
        self._finder = (
            re.compile("(?=(" + _trie_pattern(self.strings) + "))") if self.strings else None
        )
        self._covered: dict[frozenset[str], bool] = {}
        self._prefixes = {
            s: tuple(s[:k] for k in range(1, len(s) + 1) if s[:k] in self.strings)
            for s in self.strings
        }

    def covers(self, strings: frozenset[str]) -> bool:
        """Every one of ``strings`` is among the scanner's (remembered per set)."""
        known = self._covered.get(strings)
        if known is None:
            known = self._covered[strings] = self.strings.issuperset(strings)
        return known

    def present(self, text: str) -> frozenset[str]:
        """The strings that occur in ``text``."""
        if self._finder is None:
            return frozenset()
        found: set[str] = set()
        prefixes = self._prefixes
        for longest in set(self._finder.findall(text)):
            found.update(prefixes[longest])
        return frozenset(found)


def _trie_pattern(strings: Iterable[str]) -> str:
    """One regular expression that matches the longest of ``strings`` at a position."""
    root: dict[str, Any] = {}
    for s in strings:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends_here = "" in node
        alternatives = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if ends_here:  # greedy: the longer string when it is there, else this one
            return f"(?:{body})?"
        return body

    return build(root)


class Presence:
    """Which gate strings occur in one text, each looked for once: shared by everything
    that asks about the same text (the rules and the frames' concepts of a message).

    Strings the ``scanner`` knows are all found in one pass when the object is made;
    any other string is looked for when first asked about, and remembered."""

    __slots__ = ("text", "found", "_scanner", "_known", "_extra")

    def __init__(self, text: str, scanner: Scanner | None = None) -> None:
        self.text = text
        self.found: frozenset[str] = scanner.present(text) if scanner else frozenset()
        self._scanner = scanner
        self._known: frozenset[str] = scanner.strings if scanner else frozenset()
        self._extra: dict[str, bool] = {}

    def has(self, s: str) -> bool:
        """``s`` occurs in the text."""
        if s in self._known:
            return s in self.found
        seen = self._extra.get(s)
        if seen is None:
            seen = self._extra[s] = s in self.text
        return seen

    def any(self, clause: Clause) -> bool:
        """One string of ``clause`` occurs in the text; True for an empty clause."""
        if not clause:
            return True
        if not self.found.isdisjoint(clause):
            return True
        if self._known.issuperset(clause):
            return False
        return any(self.has(s) for s in clause)

    def holds(self, gate: Gate) -> bool:
        """Every clause of ``gate`` holds (``holds(gate, text)``, from the cache)."""
        return all(self.any(clause) for clause in gate)

    def found_among(self, strings: frozenset[str]) -> frozenset[str]:
        """Which of ``strings`` occur in the text (and maybe other strings that occur)."""
        if self._scanner is not None and self._scanner.covers(strings):
            return self.found
        return frozenset(s for s in strings if self.has(s))


class GateIndex:
    """The gates of a fixed sequence of rules, indexed by the strings of their most
    selective clause, so the rules whose gate holds in a text are found from the
    strings it holds."""

    def __init__(self, gates: Sequence[Gate]) -> None:
        self.gates = tuple(gates)
        # an empty clause always holds
        self.always = tuple(i for i, g in enumerate(self.gates) if not any(g))
        postings: dict[str, list[int]] = {}
        rest: list[tuple[frozenset[str], ...]] = []
        for i, gate in enumerate(self.gates):
            clauses = sorted((frozenset(c) for c in gate if c), key=_order)
            for s in clauses[0] if clauses else ():
                postings.setdefault(s, []).append(i)
            rest.append(tuple(clauses[1:]))
        self._postings = {s: tuple(ids) for s, ids in postings.items()}
        self._posted = frozenset(self._postings)
        self._rest = tuple(rest)
        self.strings: frozenset[str] = frozenset(s for g in self.gates for c in g for s in c)

    def open(self, presence: Presence) -> list[int]:
        """The positions (ascending) of the gates that hold in ``presence``'s text."""
        return self.open_found(presence.found_among(self.strings))

    def open_found(self, found: frozenset[str]) -> list[int]:
        """The positions (ascending) of the gates that hold when the names in ``found``
        (and no others of ``strings``) are there: strings of a text, or concepts."""
        candidates = set(self.always)
        postings = self._postings
        for s in found & self._posted:
            candidates.update(postings[s])
        rest = self._rest
        out = []
        for i in sorted(candidates):
            for clause in rest[i]:
                if found.isdisjoint(clause):
                    break
            else:
                out.append(i)
        return out
