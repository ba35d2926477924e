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


def fold(text: str) -> Folded:
    """Normalise ``text`` for matching; see the module docstring."""
    original = unicodedata.normalize("NFC", text)
    out: list[str] = []
    index: list[int] = []
    i = 0
    n = len(original)
    while i < n:
        ch = original[i]
        if ch.isspace() or ch in "\u00a0\u200b":
            j = i
            newlines = 0
            while j < n and (original[j].isspace() or original[j] in "\u00a0\u200b"):
                newlines += original[j] == "\n"
                j += 1
            if out and out[-1] not in " \n":
                out.append("\n" if newlines >= 2 else " ")
                index.append(i)
            elif out and out[-1] == " " and newlines >= 2:
                out[-1] = "\n"
            i = j
            continue
        for c in _fold_char(ch):
            out.append(c)
            index.append(i)
        i += 1
    while out and out[-1] in " \n":
        out.pop()
        index.pop()
    return Folded("".join(out), original, tuple(index))


def fold_text(text: str) -> str:
    """Just the folded string (for tests and language detection)."""
    return fold(text).text


def strip_subject_prefixes(subject: str) -> str:
    """Remove any number of reply/forward prefixes (Re:, VS:, SV:, AW:, Fwd:, VL:, VB:, ...)
    from a subject, with its white space collapsed."""
    return _SUBJECT_PREFIX.sub("", " ".join((subject or "").split())).strip()
