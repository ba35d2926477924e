"""Concept frames: meaning as co-occurrence of concept classes in one window.

The phrase rules (``fi``, ``sv``, ``en``) are precise but narrow: they list the
word orders people use. People also write "en jaksa enää noita
tarjousviestejä" or "I'd rather my visits weren't fed into Google's
analytics", where a STOP/REFUSE cue and a MARKETING-CHANNEL or TRACKING
concept meet in one sentence in any order. A *frame* says exactly that:

* ``slots``: concept classes (named regular expressions over folded text,
  ``frame_tables.CONCEPTS``) that must all occur in one window;
* ``window``: ``"sentence"`` (between . ! ? ; or a blank line; the subject is
  its own sentence), ``"subject"`` or ``"message"``;
* ``max_span``: at most this many characters from the first slot to the last
  (0 = the whole window); ``ordered``: the slots in the given order;
* ``unless``: concepts that veto the frame in the same window (a near-miss
  such as "sign up again" or "the code in the newsletter");
* ``context``: a flag the caller must have set, e.g. ``quoted_marketing`` when
  the message answers one of our newsletters, so "take me off this" refers to
  it;
* ``weight``: frames usually count just above the threshold, so a kind found
  only by a frame is returned but flagged for a human.

A frame with ``cancels`` is a *negative* frame: it explains a near-miss
("remove the red-eye from photo 3", "radera den ena av mina beställningar") and
cancels the matches of those kinds that overlap its span (``scope="span"``) or
its whole sentence (``scope="segment"``), like a negative phrase rule.

Every frame hit keeps the frame name and the matched text as evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import product
from operator import itemgetter

from requestbot.model import Kind
from requestbot.understand.rules.base import Rule, expand
from requestbot.understand.rules.gate import Gate, GateIndex, Presence, Scanner, analyse

_BOUNDARY = re.compile(r"[!?;\n]|\.(?!\d)")
#: a full stop after these (folded) abbreviations does not end a sentence
_ABBREVIATIONS = frozenset(
    [
        "esim",
        "mm",
        "ym",
        "yms",
        "jne",
        "tms",
        "ks",
        "vrt",
        "n",
        "noin",
        "t.ex",
        "bl.a",
        "ca",
        "nr",
        "no",
        "e.g",
        "i.e",
        "etc",
        "approx",
        "vs",
        "st",
    ]
)
_WORD_BEFORE = re.compile(r"([\w.]+)\Z")
#: what follows the first dot of a dotted abbreviation: a letter or two and a dot
_INNER_DOT = re.compile(r"[a-z]{1,2}\.")
#: at most this many candidate combinations are tried per frame and window
_MAX_COMBOS = 64


@dataclass(frozen=True)
class Frame:
    """One named concept frame (positive, or negative when ``cancels`` is set)."""

    name: str
    kind: Kind | None
    slots: tuple[str, ...]
    window: str = "sentence"
    weight: float = 0.6
    max_span: int = 0
    ordered: bool = False
    unless: tuple[str, ...] = ()
    context: str = ""
    key: int = -1
    cancels: frozenset[Kind] = frozenset()
    scope: str = "span"
    note: str = ""
    language: str = ""
    #: the rule object the classifier records and combines (name, kind, weight)
    rule: Rule = field(default=Rule("", "", None, ""), compare=False, repr=False)

    @property
    def negative(self) -> bool:
        return bool(self.cancels)


@dataclass(frozen=True)
class FrameHit:
    frame: Frame
    start: int
    end: int
    key_start: int
    key_end: int
    segment: tuple[int, int]


def frame(
    name: str,
    kind: Kind,
    slots: Iterable[str],
    *,
    window: str = "sentence",
    weight: float = 0.6,
    max_span: int = 0,
    ordered: bool = False,
    unless: Iterable[str] = (),
    context: str = "",
    key: int = -1,
    note: str = "",
) -> Frame:
    """A positive frame (language and rule filled in by ``compile_frames``)."""
    return Frame(
        name=name,
        kind=kind,
        slots=tuple(slots),
        window=window,
        weight=weight,
        max_span=max_span,
        ordered=ordered,
        unless=tuple(unless),
        context=context,
        key=key,
        note=note,
    )


def nframe(
    name: str,
    cancels: Iterable[Kind],
    slots: Iterable[str],
    *,
    window: str = "sentence",
    max_span: int = 0,
    ordered: bool = False,
    unless: Iterable[str] = (),
    scope: str = "span",
    note: str = "",
) -> Frame:
    """A negative frame: a near-miss that cancels overlapping matches of ``cancels``."""
    return Frame(
        name=name,
        kind=None,
        slots=tuple(slots),
        window=window,
        weight=0.0,
        max_span=max_span,
        ordered=ordered,
        unless=tuple(unless),
        cancels=frozenset(cancels),
        scope=scope,
        note=note,
    )


@dataclass(frozen=True)
class FrameSet:
    """The frames of one language and the compiled concepts they use."""

    language: str
    concepts: Mapping[str, re.Pattern[str]]
    frames: tuple[Frame, ...]
    #: per concept: strings one of which every match contains (gate.py)
    gates: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: per concept: every clause of strings the text must hold for a match (gate.py)
    requires: Mapping[str, Gate] = field(default_factory=dict)
    #: the concepts' ``requires`` in the order of ``concepts``
    index: GateIndex = field(default_factory=lambda: GateIndex(()), compare=False, repr=False)
    #: the frames by their slots: a frame is tried only when every slot may match
    frame_index: GateIndex = field(default_factory=lambda: GateIndex(()), compare=False, repr=False)


def compile_frames(
    language: str,
    concepts: Mapping[str, str],
    frames: Iterable[Frame],
    vocab: Mapping[str, str],
) -> FrameSet:
    """Compile every concept once and give every frame its language and rule."""
    clash = set(concepts) & set(vocab)
    if clash:
        raise ValueError(f"{language}: concept names shadow rule vocabulary: {sorted(clash)}")
    merged = {**vocab, **concepts}
    compiled: dict[str, re.Pattern[str]] = {}
    for cname, pattern in concepts.items():
        try:
            compiled[cname] = re.compile(r"(?<!\w)(?:" + expand(pattern, merged) + r")(?!\w)")
        except re.error as exc:
            raise ValueError(f"{language} concept {cname}: {exc}") from exc
    out: list[Frame] = []
    seen: set[str] = set()
    for f in frames:
        name = f"{language}.frame.{f.name}"
        if name in seen:
            raise ValueError(f"duplicate frame name {name}")
        seen.add(name)
        for c in (*f.slots, *f.unless):
            if c not in compiled:
                raise ValueError(f"frame {name}: unknown concept {c}")
        if f.window not in ("sentence", "subject", "message"):
            raise ValueError(f"frame {name}: unknown window {f.window}")
        rule = Rule(
            name=name,
            language=language,
            kind=f.kind,
            pattern=" + ".join(f.slots),
            weight=f.weight,
            negative=f.negative,
            cancels=f.cancels,
            note=f.note,
            overlap="match",
        )
        out.append(
            Frame(
                name=name,
                kind=f.kind,
                slots=f.slots,
                window=f.window,
                weight=f.weight,
                max_span=f.max_span,
                ordered=f.ordered,
                unless=f.unless,
                context=f.context,
                key=f.key,
                cancels=f.cancels,
                scope=f.scope,
                note=f.note,
                language=language,
                rule=rule,
            )
        )
    analysed = {cname: analyse(regex) for cname, regex in compiled.items()}
    requires = {cname: a[1] for cname, a in analysed.items()}
    return FrameSet(
        language,
        compiled,
        tuple(out),
        gates={cname: a[0] for cname, a in analysed.items()},
        requires=requires,
        index=GateIndex([requires[cname] for cname in compiled]),
        frame_index=GateIndex([tuple((c,) for c in f.slots) for f in out]),
    )


def scanner(sets: Iterable[FrameSet]) -> Scanner:
    """A ``Scanner`` for every string the concepts of ``sets`` may ask about."""
    return Scanner(s for fs in sets for s in fs.index.strings)


class _Spans:
    """Concept matches over one body, computed on first use; a concept whose gate
    does not hold (``presence``) has none, without a scan."""

    def __init__(self, body: str, fs: FrameSet, presence: Presence) -> None:
        self.body = body
        self.concepts = fs.concepts
        names = list(fs.concepts)
        if len(fs.index.gates) == len(names):
            self.open = frozenset(names[i] for i in fs.index.open(presence))
        else:  # a FrameSet made by hand, without an index
            self.open = frozenset(c for c in names if presence.holds(fs.requires.get(c, ())))
        self.cache: dict[str, list[tuple[int, int]]] = {}

    def get(self, name: str) -> list[tuple[int, int]]:
        found = self.cache.get(name)
        if found is None:
            if name in self.open:
                found = [m.span() for m in self.concepts[name].finditer(self.body)]
            else:
                found = []
            self.cache[name] = found
        return found


def _inside(spans: list[tuple[int, int]], seg: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans that lie within ``seg``. ``spans`` come from one ``finditer``: in order
    and not overlapping, so their starts and their ends both ascend and the answer is
    one slice, found by bisection (a sentence window is tried for every frame)."""
    lo = bisect_left(spans, seg[0], key=_start)
    hi = bisect_right(spans, seg[1], lo=lo, key=_end)
    return spans[lo:hi]


_start = itemgetter(0)
_end = itemgetter(1)


def _combine(f: Frame, cands: list[list[tuple[int, int]]]) -> list[tuple[int, int]] | None:
    """The first choice of one span per slot that satisfies order and span limits."""
    tried = 0
    for combo in product(*cands):
        tried += 1
        if tried > _MAX_COMBOS:
            return None
        if f.ordered and any(combo[i][1] > combo[i + 1][0] for i in range(len(combo) - 1)):
            continue
        start = min(s for s, _ in combo)
        end = max(e for _, e in combo)
        if f.max_span and end - start > f.max_span:
            continue
        if len(set(combo)) < len(combo):
            continue
        return list(combo)
    return None


def _sentences(body: str) -> list[tuple[int, int]]:
    """Sentence windows: split at . ! ? ; and line breaks, not after an abbreviation."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(body):
        at = m.start()
        if m.group() == ".":
            if _INNER_DOT.match(body, at + 1):
                continue  # the first dot of "i.e.", "e.g.", "t.ex."
            before = _WORD_BEFORE.search(body, max(0, at - 12), at)
            if before and before.group(1).strip(".") in _ABBREVIATIONS:
                continue
        if at > start:
            out.append((start, at))
        start = at + 1
    if start < len(body):
        out.append((start, len(body)))
    return out


def find(
    sets: Iterable[FrameSet],
    body: str,
    subject_end: int,
    context: frozenset[str] = frozenset(),
    presence: Presence | None = None,
) -> list[FrameHit]:
    """Every frame of ``sets`` that holds in ``body``; at most one hit per window.

    ``presence`` (of ``body``) answers which concepts may match; the caller shares
    it with the rules. Without it, one is made for this call."""
    if presence is None:
        presence = Presence(body)
    windows: dict[str, list[tuple[int, int]]] = {
        "subject": [(0, subject_end)] if subject_end else [],
        "message": [(0, len(body))] if body else [],
    }
    hits: list[FrameHit] = []
    for fs in sets:
        spans = _Spans(body, fs, presence)
        if len(fs.frame_index.gates) == len(fs.frames):
            tried = [fs.frames[i] for i in fs.frame_index.open_found(spans.open)]
        else:  # a FrameSet made by hand, without an index
            tried = list(fs.frames)
        for f in tried:
            if f.context and f.context not in context:
                continue
            if f.window == "sentence" and "sentence" not in windows:
                windows["sentence"] = _sentences(body)  # when a frame first needs them
            whole: list[list[tuple[int, int]]] = []
            for c in f.slots:
                found = spans.get(c)
                if not found:
                    break
                whole.append(found)
            if len(whole) < len(f.slots):
                continue
            for seg in windows[f.window]:
                cands = [_inside(s, seg) for s in whole]
                if not all(cands):
                    continue
                if any(_inside(spans.get(c), seg) for c in f.unless):
                    continue
                combo = _combine(f, cands)
                if combo is None:
                    continue
                ks, ke = combo[f.key]
                start = min(s for s, _ in combo)
                end = max(e for _, e in combo)
                hits.append(FrameHit(f, start, end, ks, ke, seg))
    return hits
