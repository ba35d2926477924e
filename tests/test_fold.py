"""normalise.fold against the plain character-by-character definition it speeds up."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from requestbot.normalise import _RUNS, _fold_char, fold

CORPUS = Path(__file__).parent / "corpus" / "messages"


def reference_fold(text: str) -> tuple[str, tuple[int, ...]]:
    """The definition: one character at a time (the implementation before issue 18)."""
    original = unicodedata.normalize("NFC", text)
    out: list[str] = []
    index: list[int] = []
    i, n = 0, len(original)
    while i < n:
        ch = original[i]
        if ch.isspace() or ch in "\u00a0\u200b":
            j, newlines = i, 0
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
    return "".join(out), tuple(index)


TRICKY = [
    "",
    "   ",
    "\n\n\n",
    "Hej!\n\nÄndra min adress. Tack.",
    "  Poistakaa   tietoni\r\n\r\n\tKIITOS\u00a0\u00a0nyt\u200b!\ufeff",
    "Straße ÅÄÖ åäö É`s ‘quoted’ “double” – dash — em",
    "a\u0301b\u0308 ﬁ ǅ İstanbul ΣΑΣ",
    "x\u200b\u200by\n \n z \u2028 w\u3000v\x1c\x1fu",
    "\ufeff\ufeffonly a bom at the start\ufeff",
    "ends with spaces and blank lines \n \n\n",
]


@pytest.mark.parametrize("text", TRICKY)
def test_fold_is_the_reference_on_tricky_text(text: str) -> None:
    folded = fold(text)
    assert (folded.text, folded.index) == reference_fold(text)


def test_fold_is_the_reference_on_the_corpus() -> None:
    files = sorted(CORPUS.glob("*.eml"))
    assert files
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        folded = fold(text)
        assert (folded.text, folded.index) == reference_fold(text), path.name


def test_fold_is_the_reference_on_random_text() -> None:
    rng = random.Random(18)
    alphabet = "aZ `'\n\n \t\u00a0\u200b\ufeffäÅöéß\u0301ﬁİΣ.!?-–\u2028\x1c"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        folded = fold(text)
        assert (folded.text, folded.index) == reference_fold(text), repr(text)


def test_white_space_runs_are_what_str_isspace_says() -> None:
    space = re.compile(r"[\s\u200b]")
    for code in range(0x3100):
        ch = chr(code)
        expected = ch.isspace() or ch in "\u00a0\u200b"
        assert bool(space.fullmatch(ch)) == expected, hex(code)
        assert bool(_RUNS.fullmatch(ch).group(1)) == expected, hex(code)  # type: ignore[union-attr]
