"""The rule gate (understand/rules/gate.py): never skips a rule that would match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from requestbot.intake import parse_message
from requestbot.normalise import fold, strip_subject_prefixes
from requestbot.understand import classify as classify_mod
from requestbot.understand.rules.frame_tables import FRAME_SETS
from requestbot.understand.rules.gate import may_match, required

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


def test_no_rule_or_concept_that_matches_is_gated_away() -> None:
    """Over the whole corpus: wherever a pattern matches, its gate lets it run."""
    bodies = _bodies()
    rules = (*classify_mod._POSITIVE, *classify_mod._NEGATIVE, *classify_mod._REVIEW)
    patterns = [(r.name, r.regex, r.gate) for r in rules]
    for fs in FRAME_SETS:
        patterns += [(f"{fs.language}:{c}", rx, fs.gates[c]) for c, rx in fs.concepts.items()]
    gated = sum(bool(g) for _, _, g in patterns)
    assert gated > len(patterns) // 2  # the gate is in use for most of them
    matched = 0
    for name, regex, gate in patterns:
        for body in bodies:
            if regex.search(body):
                matched += 1
                assert may_match(gate, body), (name, gate)
    assert matched > 1000
