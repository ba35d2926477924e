"""Text normalisation for classification (domain.md §5.2).

Rules match on a *folded* form of the text: Unicode NFC, case-folded, diacritics
removed (ä→a, ö→o, å→a, é→e, ü→u ...), typographic quotes and dashes made plain,
and whitespace collapsed. A single line break becomes a space (mail is
hard-wrapped at ~72 columns, so a sentence often spans lines); a blank line
becomes one newline, which rules treat as a sentence boundary.

``fold`` keeps a map from every folded character back to the original text, so
evidence can quote what the customer actually wrote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

#: Characters made plain before matching: typographic apostrophes, quotes, dashes.
_PLAIN = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
    "\u200b": "",
    "\ufeff": "",
}

_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|vs|sv|aw|wg|vast|vl|vb|tr|rv|antw|odp|doorst|enc|res|ynt)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """Fold one character: plain punctuation, case-fold, strip combining marks."""
    if ch in _PLAIN:
        return _PLAIN[ch]
    out = []
    for c in unicodedata.normalize("NFD", ch.casefold()):
        if unicodedata.combining(c):
            continue
        out.append(c)
    return "".join(out)


@dataclass(frozen=True)
class Folded:
    """Folded text plus, for each of its characters, the index in ``original``."""

    text: str
    original: str
    index: tuple[int, ...]

    def source(self, start: int, end: int) -> str:
        """The original text behind ``text[start:end]``."""
        if start >= end or not self.index:
            return ""
        first = self.index[start]
        last = self.index[end - 1]
        return " ".join(self.original[first : last + 1].split())


#: A run of white space (as ``str.isspace``, plus the zero-width space) or of anything else.
_RUNS = re.compile(r"([\s\u200b]+)|[^\s\u200b]+")


def fold(text: str) -> Folded:
    """Normalise ``text`` for matching; see the module docstring.

    Works run by run (white space, or a word with its punctuation); a run of
    ASCII is folded at once (``lower``, a backtick made an apostrophe: one
    character for one), anything else character by character."""
    original = unicodedata.normalize("NFC", text)
    out: list[str] = []
    index: list[int] = []
    last = ""  # the last character written
    for m in _RUNS.finditer(original):
        start, end = m.span()
        if m.group(1) is not None:
            if not last:
                continue
            newlines = m.group(1).count("\n")
            if last not in " \n":
                last = "\n" if newlines >= 2 else " "
                out.append(last)
                index.append(start)
            elif last == " " and newlines >= 2:
                out[-1] = out[-1][:-1] + "\n"
                last = "\n"
            continue
        run = m.group()
        if run.isascii():
            folded = run.lower().replace("`", "'")
            out.append(folded)
            index.extend(range(start, end))
            last = folded[-1]
            continue
        for i in range(start, end):
            folded = _fold_char(original[i])
            if folded:
                out.append(folded)
                index.extend([i] * len(folded))
                last = folded[-1]
    joined = "".join(out)
    kept = len(joined.rstrip(" \n"))
    return Folded(joined[:kept], original, tuple(index[:kept]))


def fold_text(text: str) -> str:
    """Just the folded string (for tests and language detection)."""
    return fold(text).text


def strip_subject_prefixes(subject: str) -> str:
    """Remove any number of reply/forward prefixes (Re:, VS:, SV:, AW:, Fwd:, VL:, VB:, ...)
    from a subject, with its white space collapsed."""
    return _SUBJECT_PREFIX.sub("", " ".join((subject or "").split())).strip()
