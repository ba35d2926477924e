"""The rule object and the small pattern language the rule tables are written in.

A rule is a name, a language, a kind and a regular expression over *folded*
text (see ``requestbot.normalise``). Three sorts exist:

* **positive** rules say "this names a right": they add ``weight`` to the
  confidence of ``kind``. A pattern may mark its *key* with ``(?P<key>...)``:
  the words that make it a rights request (usually the object: "tietoni",
  "mina uppgifter", "my data"). Without a key group the whole match is the key.
* **negative** rules explain a near-miss or a negation ("poistakaa tilaukseni"
  is an order, "radera inte" is a no). A negative rule cancels only those
  positive matches of the kinds in ``cancels`` whose key overlaps the negative
  match. It never suppresses a request phrase elsewhere in the message.
* **review** rules (kind ``None``, not negative) mark an ambiguity, e.g. "peru
  tilaus" alone: they add no kind but ask a human to look when nothing else
  decided the message.

Pattern macros (expanded before compiling):

* ``~N``  up to N words in between, inside one sentence (commas allowed);
* ``%N``  up to N words in between, inside one clause (no commas);
* ``{NAME}`` a shared vocabulary fragment passed to ``compile_rules``.

A literal space in a pattern matches one run of non-word characters, so
"ta bort" also matches "ta-bort" and "ta  bort"; " ?" makes it optional
("web ?page" matches "webpage" and "web page").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from requestbot.model import Kind
from requestbot.understand.rules.gate import Gate, analyse

#: a possessive "'s" belongs to its word ("my daughter's old photos" is three words)
_SENTENCE_GAP = r"(?:[^\w.!?\n;]+\w+(?:'s)?){0,%d}?[^\w.!?\n;]+"
_CLAUSE_GAP = r"(?:[^\w.!?\n;,]+\w+(?:'s)?){0,%d}?[^\w.!?\n;,]+"
_CLASS = re.compile(r"(\[(?:\\.|[^\]\\])*\])")
_GAP_AFTER_SPACE = re.compile(r" \)[?*]?[~%]\d")
_MACRO = re.compile(r"\s*~(\d+)\s*|\s*%(\d+)\s*|\{([A-Z_]+)\}|( \?)| ")


@dataclass(frozen=True)
class Rule:
    """One named, self-explaining classification rule."""

    name: str
    language: str
    kind: Kind | None
    pattern: str
    weight: float = 0.9
    negative: bool = False
    cancels: frozenset[Kind] = frozenset()
    note: str = ""
    #: for negative rules: cancel positives whose "key" (default) or whole "match"
    #: overlaps; "sentence" also reaches back to the start of the negation's sentence
    #: ("pyysin poistoa, mutta älkää vielä poistako": the "but" takes back the clause before)
    overlap: str = "key"
    #: a fast gate: the rule is only run when one of these substrings occurs in the
    #: folded text (each must be part of every possible match); () = always run
    needs: tuple[str, ...] = ()
    regex: re.Pattern[str] = field(default=re.compile(""), compare=False, repr=False)
    #: filled in when compiled: strings one of which every match contains (gate.py)
    gate: tuple[str, ...] = field(default=(), compare=False, repr=False)
    #: filled in when compiled: every clause of strings the text must hold for a match
    #: (``gate.requirements``; ``gate`` is its best single clause)
    requires: Gate = field(default=(), compare=False, repr=False)

    @property
    def is_review(self) -> bool:
        return self.kind is None and not self.negative


def expand(pattern: str, vocab: Mapping[str, str]) -> str:
    """Expand the ``~N``, ``%N``, ``{NAME}`` and space macros of a rule pattern.

    Spaces inside a character class (``[- ]``) are left alone.
    """

    def repl(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            return _SENTENCE_GAP % int(m.group(1))
        if m.group(2) is not None:
            return _CLAUSE_GAP % int(m.group(2))
        if m.group(3) is not None:
            return "(?:" + expand(vocab[m.group(3)], vocab) + ")"
        if m.group(4) is not None:
            return r"[^\w.!?\n;]*"
        return r"[^\w.!?\n;]+"

    out: list[str] = []
    for piece in _CLASS.split(pattern):
        out.append(piece if piece.startswith("[") else _MACRO.sub(repl, piece))
    return "".join(out)


def pos(
    name: str,
    kind: Kind,
    pattern: str,
    weight: float = 0.9,
    note: str = "",
    needs: tuple[str, ...] = (),
) -> Rule:
    """A positive rule (language filled in by ``compile_rules``)."""
    return Rule(
        name=name, language="", kind=kind, pattern=pattern, weight=weight, note=note, needs=needs
    )


def neg(
    name: str, cancels: Iterable[Kind], pattern: str, note: str = "", overlap: str = "key"
) -> Rule:
    """A negative rule that explains a near-miss and cancels overlapping matches.

    ``overlap="match"`` (used by negations) cancels positives whose whole match
    overlaps, so "radera inte, jag behöver uppgifterna" cancels the verb's match.
    ``overlap="sentence"`` extends the negative match back to the start of its
    sentence: for a "but don't" that takes back what the sentence said before.
    """
    return Rule(
        overlap=overlap,
        name=name,
        language="",
        kind=None,
        pattern=pattern,
        weight=0.0,
        negative=True,
        cancels=frozenset(cancels),
        note=note,
    )


def review(name: str, pattern: str, note: str = "") -> Rule:
    """An ambiguity marker: no kind, asks for a human when nothing else decided."""
    return Rule(name=name, language="", kind=None, pattern=pattern, weight=0.0, note=note)


ALL_KINDS: frozenset[Kind] = frozenset(Kind)


def compile_rules(
    language: str, rules: Iterable[Rule], vocab: Mapping[str, str]
) -> tuple[Rule, ...]:
    """Give every rule its language and name prefix, and compile its pattern once."""
    out = []
    seen: set[str] = set()
    for r in rules:
        name = f"{language}.{r.name}"
        if name in seen:
            raise ValueError(f"duplicate rule name {name}")
        seen.add(name)
        if _GAP_AFTER_SPACE.search(r.pattern):
            raise ValueError(f"rule {name}: a space before a ~N/%N gap can never match")
        body = expand(r.pattern, vocab)
        anchored = r.pattern.startswith("\\A")
        try:
            regex = re.compile(body if anchored else r"(?<!\w)(?:" + body + r")(?!\w)")
        except re.error as exc:
            raise ValueError(f"rule {name}: {exc}") from exc
        gate, requires = analyse(regex)
        out.append(
            Rule(
                name=name,
                language=language,
                kind=r.kind,
                pattern=r.pattern,
                weight=r.weight,
                negative=r.negative,
                cancels=r.cancels,
                note=r.note,
                overlap=r.overlap,
                needs=r.needs,
                regex=regex,
                gate=gate,
                requires=requires,
            )
        )
    return tuple(out)
