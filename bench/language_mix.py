"""How often language detection holds when a text is mixed with another language.

Usage::

    .venv/bin/python bench/language_mix.py [SOURCE_TREE]

Takes the person-written texts (40-1500 characters of ``new_text``) of the
development splits of tests/corpus (never ``real_holdout`` or ``blind8``) and
checks ``language.detect`` on two kinds of made-up mixtures, printing how many
come out in another language than the text's label:

* ``signature``: the text with a signature in each other language under it
  ("Med vänliga hälsningar / Anna Svensson / Kundansvarig, Exempel Ab"): the
  text's language should win;
* ``pasted``: a text (40 per language, seeded) with a text of another language
  pasted under it: the opening one should win (by the labelling policy, the
  writer's first language); a short opening under a long text is read by majority.

SOURCE_TREE (default: this checkout) is the tree whose ``requestbot`` is
measured, e.g. an older commit exported elsewhere (its ``detect`` may lack
``opening``: then the subject is read with the text, as it was).
"""

from __future__ import annotations

import csv
import inspect
import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
HELD_OUT = frozenset(
    {"real_holdout", "blind8", "blind17", "blind18", "blind30", "blind31", "blind33", "blind35"}
)
SIGNATURES = {
    "en": "\n\nBest regards,\nJohn Smith\nSenior Engineer, Example Ltd\nPhone +358 40 123 4567",
    "fi": "\n\nTerveisin\nMatti Meikäläinen\nAsiakkuuspäällikkö, Esimerkki Oy\nPuh. 040 123 4567",
    "sv": "\n\nMed vänliga hälsningar\nAnna Svensson\nKundansvarig, Exempel Ab\nTel. 040 123 4567",
}


def texts_by_language() -> dict[str, list[tuple[str, str]]]:
    """(subject, new text) of every person's message of the development splits."""
    from requestbot.intake import parse_message

    found: dict[str, list[tuple[str, str]]] = {}
    with (CORPUS / "labels.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["split"] in HELD_OUT or row["automated"].strip().lower() == "true":
                continue
            msg = parse_message((CORPUS / "messages" / row["file"]).read_bytes())
            text = msg.new_text.strip()
            if 40 <= len(text) <= 1500:
                found.setdefault(row["language"], []).append((msg.subject, text))
    return found


def reader() -> Callable[[str, str], str]:
    """detect(subject + text), with the writer's text as ``opening`` where it exists."""
    from requestbot.understand.language import detect

    takes_opening = "opening" in inspect.signature(detect).parameters

    def read(subject: str, text: str) -> str:
        whole = f"{subject}\n\n{text}" if subject else text
        return detect(whole, opening=text) if takes_opening else detect(whole)

    return read


def main(argv: list[str]) -> int:
    tree = Path(argv[0]).resolve() if argv else ROOT
    sys.path.insert(0, str(tree))
    import requestbot

    if not str(requestbot.__file__).startswith(str(tree)):
        print(f"requestbot was imported from {requestbot.__file__}, not {tree}", file=sys.stderr)
        return 2
    texts = texts_by_language()
    read = reader()
    wrong = {"signature": 0, "pasted": 0}
    cases = {"signature": 0, "pasted": 0}
    rnd = random.Random(7)
    for lang, items in sorted(texts.items()):
        others = [o for o in sorted(texts) if o != lang]
        for subject, text in items:
            for other in others:
                cases["signature"] += 1
                wrong["signature"] += read(subject, text + SIGNATURES[other]) != lang
        for subject, text in rnd.sample(items, min(40, len(items))):
            for other in others:
                _, pasted = rnd.choice(texts[other])
                cases["pasted"] += 1
                wrong["pasted"] += read(subject, f"{text}\n\n{pasted}") != lang
    for kind in ("signature", "pasted"):
        print(f"{tree}: {kind}: {wrong[kind]} of {cases[kind]} read in another language")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
