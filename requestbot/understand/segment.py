"""Split a message's text into sentences, keeping the mail's line structure.

Sentences come from ``sentencex`` (Wikimedia's rule-based segmenter: no model
to download, Finnish abbreviations such as "esim." and "art." handled). Two
things it does not know are mended here rather than by writing a splitter:

* mail lines: a quoted line ("> ..."), a list item ("- the recipients", "1) ..."),
  a short line such as a greeting or a signature, and a line ending in ":"
  end a sentence even without a full stop, so a list of what a right covers
  is read item by item, not as one sentence with the request before it;
* abbreviations sentencex cuts after (Swedish "t.ex.", "bl.a.", "enl.", ...):
  a piece that ends with one is joined to the next piece.

Every segment keeps its offsets in the text it was cut from, so callers map it
onto folded text (``requestbot.normalise.Folded.index``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import sentencex

#: Lines that stand on their own: quotes, list items, headers ending with ":".
_LIST_ITEM = re.compile(r"\s*(?:[-*•·–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+", re.IGNORECASE)
_QUOTE = re.compile(r"\s*>")
#: A line this short (a greeting, a name, "Kind regards") ends its sentence.
_SHORT_LINE = 45
#: Abbreviations (lower case, without their last full stop) after which
#: sentencex may cut, though the sentence goes on.
ABBREVIATIONS = frozenset(
    {
        # Swedish
        "t.ex",
        "bl.a",
        "enl",
        "s.k",
        "dvs",
        "d.v.s",
        "m.m",
        "o.s.v",
        "p.g.a",
        "fr.o.m",
        "t.o.m",
        "ang",
        "jfr",
        "resp",
        "inkl",
        "exkl",
        "kap",
        "st",
        "f.d",
        "m.fl",
        "mfl",
        "ev",
        # Finnish
        "esim",
        "mm",
        "ks",
        "vrt",
        "ns",
        "nro",
        "yms",
        "tms",
        "ym",
        "n",
        "s",
        "kpl",
        "os",
        # shared / English
        "art",
        "artt",
        "nr",
        "no",
        "e.g",
        "i.e",
        "cf",
        "vs",
        "approx",
        "ca",
        "para",
        "sec",
        "mr",
        "mrs",
        "ms",
        "dr",
    }
)
_LAST_WORD = re.compile(r"([\w.]+)\.\s*\Z")
_SEGMENTER_LANGUAGE = {"fi": "fi", "sv": "sv", "en": "en"}


@dataclass(frozen=True)
class Segment:
    """One sentence (or stand-alone line) of a text: ``text[start:end]``."""

    start: int
    end: int
    #: the mail-line shape it came from: "" (running text), "quote", "item",
    #: "header" (a line ending with ":")
    shape: str = ""


def _blocks(text: str) -> list[tuple[int, int, str]]:
    """Runs of lines that may form running sentences, with their shape."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    shape_now = ""  # "" (running text) or "item" (a list item and its wrapped lines)
    pos = 0

    def close(end: int) -> None:
        nonlocal start
        if start is not None:
            out.append((start, end, shape_now))
        start = None

    for line in text.splitlines(keepends=True):
        ls, le = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        stripped = line.strip()
        if not stripped:
            close(ls)
            continue
        if _QUOTE.match(line):
            close(ls)
            out.append((ls, le, "quote"))
            continue
        if _LIST_ITEM.match(line):
            close(ls)
            start, shape_now = ls, "item"
        elif stripped.endswith(":"):
            # "... the following information:" ends the running sentence it closes
            if start is None or shape_now == "item":
                close(ls)
                start = ls
            out.append((start, le, "header"))
            start = None
            continue
        elif (
            shape_now == "item"
            and start is not None
            and not line[:1].isspace()
            and not (stripped[0].islower())
        ):
            close(ls)  # an item runs on over indented or lower-case wrapped lines only
            start, shape_now = ls, ""
        elif start is None:
            start, shape_now = ls, ""
        if len(stripped) < _SHORT_LINE and shape_now == "":
            close(le)
    close(len(text))
    return out


def _mend(pieces: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join a piece that ends with a known abbreviation to the next piece."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out:
            ps, pe = out[-1]
            m = _LAST_WORD.search(text[ps:pe])
            if m and m.group(1).lower() in ABBREVIATIONS:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def segments(text: str, language: str = "en") -> tuple[Segment, ...]:
    """The sentences of ``text`` in order, as offsets into ``text``."""
    code = _SEGMENTER_LANGUAGE.get(language, "en")
    out: list[Segment] = []
    for bs, be, shape in _blocks(text):
        block = text[bs:be]
        pieces = [
            (bs + b["start_index"], bs + b["end_index"])
            for b in sentencex.get_sentence_boundaries(code, block)
        ]
        for s, e in _mend(pieces, text):
            # trim white space so offsets point at words
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append(Segment(s, e, shape))
    return tuple(out)


def to_folded(index: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Map an original span onto folded text, given ``Folded.index`` (non-decreasing)."""
    return bisect_left(index, start), bisect_left(index, end)
