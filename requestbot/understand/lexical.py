"""A lexical second opinion: word uni- and bigram weights per kind, learned from labelled texts.

The rules read what a writer asks; this model only reads which words they used.
Alone it is worse than the rules, but where it strongly disagrees with them the
rules' reading is often wrong (a new writer's wording the rules do not know, or
legal words the rules took for a request). So ``classify`` flags such a reading
for a human (``needs_review``, evidence ``lexical.disagrees``); it never changes
the kinds.

The model (``requestbot/data/lexical.json``, written by ``scripts/train_lexical.py``)
is a TF-IDF logistic regression per kind over the folded text (``normalise.fold``)
of the subject and the new text: word unigrams and adjacent-word bigrams, sublinear
term frequency (1 + log tf) times idf, L2-normalised. Scoring is one pass over the
tokens and a sum per kind: pure and cheap.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from requestbot.errors import RequestbotError
from requestbot.model import Kind
from requestbot.normalise import fold, strip_subject_prefixes
from requestbot.understand.calibration import sigmoid

#: Folded characters read (a request is stated early; a long text costs no more).
MAX_CHARS = 6000
#: Words of folded text: runs of letters and digits.
TOKEN = re.compile(r"\w+")
#: The words' doubt about a kind the rules returned counts only while the rules' own
#: probability of it is below this: a clear request for two rights dilutes each
#: right's words (the features are L2-normalised over the whole text), so the words
#: doubt the second right of "erase my data. I do not want any more marketing." On
#: leave-split-out readings this cuts flagged readings by 2-3 points for at most one more
#: wrong and unflagged reading per split.
SURE = 0.9
#: The evidence rule of a disagreement.
RULE_NAME = "lexical.disagrees"
LEXICAL_FILE = "lexical.json"


@dataclass(frozen=True)
class LexicalModel:
    """Term index, idf and weights per kind (``weights[k][i]``: kind ``kinds[k]``, term ``i``)."""

    index: Mapping[str, int]
    idf: Sequence[float]
    kinds: tuple[Kind, ...]
    weights: Sequence[Sequence[float]]  # per kind: one weight per term
    bias: Sequence[float]
    threshold: float


def model_from_json(data: Mapping[str, object], where: str) -> LexicalModel:
    """A model from the JSON the trainer writes; a clear error names ``where``."""
    try:
        terms = [str(t) for t in data["terms"]]  # type: ignore[attr-defined]
        idf = [float(x) for x in data["idf"]]  # type: ignore[attr-defined]
        table = data["weights"]
        bias_table = data["bias"]
        if not isinstance(table, dict) or not isinstance(bias_table, dict):
            raise TypeError("weights and bias must be objects")
        kinds = tuple(Kind(k) for k in table)
        columns = [[float(w) for w in table[k.value]] for k in kinds]
        bias = [float(bias_table[k.value]) for k in kinds]
        threshold = float(data["threshold"])  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError) as exc:
        raise RequestbotError(f"{where}: not a lexical model ({exc})") from exc
    if len(idf) != len(terms) or any(len(c) != len(terms) for c in columns):
        raise RequestbotError(f"{where}: terms, idf and weights differ in length")
    if not 0 < threshold < 1:
        raise RequestbotError(f"{where}: threshold must lie between 0 and 1")
    return LexicalModel(
        index={t: i for i, t in enumerate(terms)},
        idf=idf,
        kinds=kinds,
        weights=columns,
        bias=bias,
        threshold=threshold,
    )


@lru_cache(maxsize=1)
def shipped_model() -> LexicalModel | None:
    """The model in ``requestbot/data/lexical.json``, or None where none is shipped."""
    path = resources.files("requestbot") / "data" / LEXICAL_FILE
    if not path.is_file():
        return None
    return model_from_json(json.loads(path.read_text(encoding="utf-8")), str(path))


#: While true (``switched_off``), ``reading_flags`` finds nothing: the trainer
#: measures the rules' own reading this way.
_OFF = [False]


@contextmanager
def switched_off() -> Iterator[None]:
    """Within this block the second opinion is not asked (the rules' reading alone)."""
    _OFF.append(True)
    try:
        yield
    finally:
        _OFF.pop()


def reading_flags(
    folded: str, kinds: Sequence[Kind], rules_probability: Mapping[Kind, float]
) -> list[tuple[Kind, float]]:
    """Where the shipped model disagrees with a reading of ``folded`` text beyond its
    threshold (nothing where no model is shipped, or while ``switched_off``)."""
    model = shipped_model()
    if model is None or _OFF[-1]:
        return []
    return disagreements(score_folded(model, folded), kinds, model.threshold, rules_probability)


def folded_message(subject: str, text: str) -> str:
    """The folded text the model reads: the subject without reply prefixes, then the text
    (as ``classify`` folds it)."""
    stripped = strip_subject_prefixes(subject)
    return fold(f"{stripped}\n\n{text}" if stripped else text).text


def term_counts(model: LexicalModel, folded: str) -> dict[int, int]:
    """How often each known term (word or pair of adjacent words) occurs in ``folded``."""
    index = model.index
    counts: dict[int, int] = {}
    prev = ""
    for tok in TOKEN.findall(folded[:MAX_CHARS]):
        i = index.get(tok)
        if i is not None:
            counts[i] = counts.get(i, 0) + 1
        if prev:
            j = index.get(f"{prev} {tok}")
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        prev = tok
    return counts


def score_folded(model: LexicalModel, folded: str) -> dict[Kind, float]:
    """The probability of each kind given the words of ``folded`` text."""
    counts = term_counts(model, folded)
    idf = model.idf
    values = {i: (1.0 + math.log(c)) * idf[i] if c > 1 else idf[i] for i, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values()))
    scale = 1.0 / norm if norm else 0.0
    return {
        kind: sigmoid(b + scale * sum(column[i] * v for i, v in values.items()))
        for kind, b, column in zip(model.kinds, model.bias, model.weights, strict=True)
    }


def probabilities(subject: str, text: str) -> dict[Kind, float]:
    """The shipped model's probability of each kind for a subject and new text
    (empty where no model is shipped)."""
    model = shipped_model()
    if model is None:
        return {}
    return score_folded(model, folded_message(subject, text))


def disagreements(
    probability: Mapping[Kind, float],
    kinds: Sequence[Kind],
    threshold: float,
    rules_probability: Mapping[Kind, float] | None = None,
) -> list[tuple[Kind, float]]:
    """The kinds on which the words and the rules' reading differ by more than
    ``threshold``, with the words' probability p: a kind not returned with p above
    ``threshold``, or a returned kind with p below 1 - ``threshold`` that the rules
    are not sure of (``rules_probability`` below ``SURE``; None: never sure)."""
    chosen = set(kinds)
    sure = rules_probability or {}
    return [
        (kind, p)
        for kind, p in probability.items()
        if (kind in chosen and 1.0 - p > threshold and sure.get(kind, 0.0) < SURE)
        or (kind not in chosen and p > threshold)
    ]
