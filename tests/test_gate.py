"""The rule gate (understand/rules/gate.py): never skips a rule that would match, and the
per-message cache (``Presence``, ``Scanner``, ``GateIndex``) answers as the uncached gate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from requestbot.intake import parse_message
from requestbot.normalise import fold, strip_subject_prefixes
from requestbot.understand import classify as classify_mod
from requestbot.understand.rules.frame_tables import FRAME_SETS
from requestbot.understand.rules.gate import (
    GateIndex,
    Presence,
    Scanner,
    holds,
    may_match,
    required,
    requirements,
)

CORPUS = Path(__file__).parent / "corpus" / "messages"


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        (r"tieto(?:ni|jani)", ("tieto",)),
        (r"(?:poista|havita) \w+", ("havita", "poista")),
        (r"(?:deletoi|delet)\w*", ("delet",)),  # a string holding another is not checked
        (r"(?:poista)?tiedot", ("tiedot",)),  # an optional part requires nothing
        (r"(?:ab|cdef)", ()),  # a string of two characters is not worth checking
        (r"[a-z]+ly", ()),
        (r"(?=tieto)\w+", ()),  # look-arounds are not part of the match
        (r"(?i)tieto", ()),  # case-insensitive: never gated
        (r"x(?:yyy)+z", ("yyy",)),
        (r"(?:alpha|beta|gamma|delta|epsil|zetaa|etaaa|theta|iotaa|kappa|lambd|mymym|nynyn)", ()),
    ],
)
def test_required_strings(pattern: str, gate: tuple[str, ...]) -> None:
    assert required(re.compile(pattern)) == gate


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        # every part of a sequence is a clause: " tieto" and a verb are both needed
        (r"(?:poista|havita) \w+ tieto\w*", ((" tieto",), ("havita ", "poista "))),
        (r"tieto(?:ni|jani)", (("tietojani", "tietoni"),)),
        # a positive look-ahead: the text holds what it looks for (not a negative one)
        (r"(?=\w*tieto)\w+(?!poista)", (("tieto",),)),
        (r"mig(?=[\s\S]{0,40}?register)", (("register",), ("mig",))),
        (r"(?:ab|\w+)-tieto", (("-tieto",),)),  # a clause with a short string is left out
        (r"(?:poista)?tiedot", (("tiedot",),)),
        (r"(?:poista|\w+)tiedot", (("tiedot",),)),  # an unnamed alternative: no clause
        (r"(?:deletoi|delet)\w*-deletoi", (("-deletoi",),)),  # it implies the other clause
        (r"(?i)tieto", ()),
        (r"[a-z]+ly", ()),
        # a run through a few alternatives or letters is spelled out: the parser reads
        # (?:bor|bott) as "bo" and then "r" or "tt"
        (r"(?:bor|bott)-x", (("bott-x", "bor-x"),)),
        (r"tietoj[ae]n", (("tietojan", "tietojen"),)),
        (r"(?:kiella|kieltaa|kiellan)", (("kieltaa", "kiella"),)),
        # a branch that is not all literal: its alternatives' heads and tails
        (r"(?:a\w+b|cd)efg", (("cdefg", "befg"),)),
        (r"mig(?:ister\w*|rant)", (("migister", "migrant"),)),
        (r"(?:tiedot|kuvat)?-poista", (("-poista",),)),  # an optional part: not joined
    ],
)
def test_requirements(pattern: str, gate: tuple[tuple[str, ...], ...]) -> None:
    assert requirements(re.compile(pattern)) == gate


def test_an_empty_gate_always_runs_the_rule() -> None:
    assert may_match((), "")
    assert may_match(("tieto",), "poista tietoni")
    assert not may_match(("tieto",), "poista kuvani")


def _bodies() -> list[str]:
    files = sorted(CORPUS.glob("*.eml"))
    assert files
    out = []
    for path in files:
        msg = parse_message(path.read_bytes())
        subject = strip_subject_prefixes(msg.subject)
        for text in (msg.new_text, msg.full_text):
            out.append(fold(f"{subject}\n\n{text}" if subject else text).text)
    return out


def _real_gates() -> list[tuple[tuple[str, ...], ...]]:
    rules = (*classify_mod._POSITIVE, *classify_mod._NEGATIVE, *classify_mod._REVIEW)
    gates = [classify_mod._gate(r) for r in rules] + [r.requires for r in rules]
    gates += [(r.gate,) for r in rules]
    for fs in FRAME_SETS:
        gates += [fs.requires[c] for c in fs.concepts]
    return gates


GATES = _real_gates()
STRINGS = sorted({s for gate in GATES for clause in gate for s in clause})
SCANNER = Scanner(STRINGS)
INDEX = GateIndex(GATES)
#: Texts made of gate strings, their pieces and other letters, so that strings occur
#: (also across the joins) about as often as they fail to.
TEXTS = st.lists(
    st.one_of(
        st.sampled_from(STRINGS),
        st.tuples(st.sampled_from(STRINGS), st.integers(1, 6)).map(lambda t: t[0][: t[1]]),
        st.text(alphabet="abdeijklmnoprstuvyäö '-.\n", max_size=6),
    ),
    max_size=40,
).map("".join)


def test_the_real_gates_are_in_use() -> None:
    assert len(STRINGS) > 1000
    assert sum(len(g) > 1 for g in GATES) > 200  # many gates have more than one clause


@settings(max_examples=300)
@given(TEXTS)
def test_the_scanner_finds_exactly_the_strings_that_occur(text: str) -> None:
    assert SCANNER.present(text) == {s for s in STRINGS if s in text}


@settings(max_examples=300)
@given(TEXTS)
def test_the_cache_answers_as_the_uncached_gate(text: str) -> None:
    present = Presence(text, SCANNER)
    expected = [i for i, gate in enumerate(GATES) if holds(gate, text)]
    assert [i for i, gate in enumerate(GATES) if present.holds(gate)] == expected
    assert INDEX.open(present) == expected
    # a presence that knows no strings looks each one up, and answers the same
    assert INDEX.open(Presence(text)) == expected


@given(TEXTS, st.lists(st.text(alphabet="abtieo ", min_size=1, max_size=4), max_size=3))
def test_strings_the_scanner_does_not_know_are_looked_up(text: str, extra: list[str]) -> None:
    present = Presence(text, SCANNER)
    clause = (*STRINGS[:2], *extra)
    assert present.any(clause) == may_match(clause, text)
    assert present.holds((clause, tuple(extra))) == holds((clause, tuple(extra)), text)


def test_no_rule_or_concept_that_matches_is_gated_away() -> None:
    """Over the whole corpus: wherever a pattern matches, its gate lets it run: the
    single clause (``required``) and every clause of ``requirements``, cached or not."""
    bodies = _bodies()
    rules = (*classify_mod._POSITIVE, *classify_mod._NEGATIVE, *classify_mod._REVIEW)
    patterns = [(r.name, r.regex, r.gate, r.requires) for r in rules]
    for fs in FRAME_SETS:
        patterns += [
            (f"{fs.language}:{c}", rx, fs.gates[c], fs.requires[c]) for c, rx in fs.concepts.items()
        ]
    assert sum(bool(clause) for _, _, clause, _ in patterns) > len(patterns) // 2
    assert sum(len(gate) > 1 for _, _, _, gate in patterns) > len(patterns) // 4
    matched = 0
    for body in bodies:
        present = Presence(body, SCANNER)
        for name, regex, clause, gate in patterns:
            if regex.search(body):
                matched += 1
                assert may_match(clause, body), (name, clause)
                assert holds(gate, body), (name, gate)
                assert present.holds(gate), (name, gate)
    assert matched > 1000


_CHECK_CACHE = """
import json
import requestbot.understand.classify  # compiles every rule and frame concept
from requestbot.understand.rules import gate
shipped = gate._shipped()
missing = [r.pattern for k, r in gate.used.items() if k not in shipped]
wrong = [r.pattern for k, r in gate.used.items() if k in shipped and shipped[k] != gate.read_pattern(r)]
print(json.dumps({"used": len(gate.used), "missing": missing, "wrong": wrong}))
"""


def test_the_shipped_gate_cache_has_every_pattern_and_reads_as_the_pattern_does() -> None:
    """requestbot/data/gates.json saves reading every pattern at start-up; a rule changed
    without running scripts/gate_cache.py is read from its pattern (slower, same)."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", _CHECK_CACHE], capture_output=True, text=True, cwd=root, check=True
    )
    found = json.loads(out.stdout)
    assert found["used"] > 500
    assert found["wrong"] == []
    assert found["missing"] == [], "run scripts/gate_cache.py"
