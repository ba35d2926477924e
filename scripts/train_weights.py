"""Learn the classifier's weights from the labelled corpus (SpamAssassin-style).

Usage::

    .venv/bin/python scripts/train_weights.py [--holdout SPLIT,...] [--target-synthetic 0.02]
        [--target-real 0.08] [--max-flagged 0.22] [--no-words] [--honest SPLIT,...]
        [--honest-weight 4] [--out requestbot/data/weights.json] [--dry-run]
    .venv/bin/python scripts/train_weights.py --leave-out default   # or SPLIT[,SPLIT][,a+b]

Runs every rule over every labelled message (``reading_inputs``: which rules
fired, in sentences of which role) and its words, fits one L2-regularised
logistic regression per kind (Newton's method in numpy, deterministic) over the
rules' features and a word score (``lexicon``: each stem's log-ratio between
the messages that ask for the kind and those that do not, taken for every
message from a lexicon fitted without its split), then the review model:
every message is read by kind weights fitted without its split (a real
message: without its fold), and a small logistic model learns from those
readings of the ``--review-on`` splits how likely a reading is wrong
(``calibration.review_features``). Its threshold is the highest whose
wrong-and-unflagged rate, estimated by review models that never saw the split,
meets the targets, unless the flagged share of a group (synthetic, real) would
pass ``--max-flagged`` first: then the lowest within it. Prints the figures per
split and the precision of every rule (on the real splits, then on all) so weak
rules are rewritten or retired.

The corpus is ``tests/corpus/labels.csv`` with a ``split`` column (messages in
``tests/corpus/messages/``), or, in the older layout, one folder per round
(``tests/corpus``, ``tests/corpus_blind``, ``tests/corpus_blind2`` ...). Splits
in ``--holdout`` (default ``HOLDOUT``) are never trained on: they give the honest
figures. Splits in ``--honest`` (default ``HONEST``)
were written by writers whose mail the rules were never tuned on: their readings are
what a new writer gets, so they count ``--honest-weight`` times in every fit.

``--leave-out`` measures what a new writer gets: each named split is read by a
model (kind weights and review model) fitted on every other trained split; the
real split, 5-fold. Improve these figures, never the in-sample ones. (Splits
the rules were written against, blind1-7 and own, still flatter themselves.)
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from requestbot.intake import parse_message  # noqa: E402
from requestbot.model import Kind  # noqa: E402
from requestbot.understand.calibration import (  # noqa: E402
    Facts,
    KindEvidence,
    Model,
    always_reviewed,
    decide,
    features,
    lexical,
    logits,
    returned,
    review_features,
    sigmoid,
)
from requestbot.understand.classify import reading_inputs  # noqa: E402

#: Priors: every weight is pulled (L2, strength ``lam``) towards ``mean``, so a
#: kind with few or one-sided examples keeps a sensible reading: a match in a
#: request sentence counts, one in a citation or a footer does not. Per-rule
#: corrections are pulled hard to 0. (feature or family) -> (mean, lam)
PRIORS: dict[str, tuple[float, float]] = {
    "bias": (-3.0, 3.0),
    "role:request": (3.0, 0.3),
    "strong:request": (3.0, 0.3),
    "role:statement": (3.0, 0.3),
    "strong:statement": (3.0, 0.3),
    "role:subject": (1.5, 0.3),
    "strong:subject": (1.0, 0.3),
    # the synthetic corpora hardly have matches outside request sentences: these
    # priors are held firmly until real letters say otherwise
    "role:item": (0.5, 1.0),
    "role:condition": (0.0, 1.0),
    "role:context": (0.0, 1.0),
    "role:other": (0.0, 1.0),
    "role:notice": (0.0, 1.0),
    "cancelled": (-2.0, 0.3),
    # the word score (``calibration.lexical``); a kind no rule found starts far below
    "lex": (1.0, 0.3),
    "none": (-3.0, 0.3),
    "mine": (0.5, 1.0),
    "short": (1.0, 0.3),
    "rivals": (-0.5, 1.0),
    "strong": (0.0, 0.3),
    "rule": (0.0, 3.0),
    "msg": (0.0, 0.3),
}
#: A complaint the writer says they will make ("if you do not answer, I will
#: complain") is a complaint: its condition sentences count like requests.
KIND_PRIORS: dict[tuple[str, str], tuple[float, float]] = {
    ("complaint", "role:condition"): (3.0, 1.0),
    ("complaint", "strong:condition"): (3.0, 1.0),
}
#: Real letters count this much more than synthetic ones (``--real-weight``): they are what
#: matters. With 13 honest synthetic splits counted four times, 4 let them drown:
#: ``--leave-out real,blind27+blind28+blind29`` gave real 0.813 / 0.097 (exact / wrong and
#: unflagged) at 4, 0.824 / 0.083 at 8, 0.817 / 0.076 at 12; blind27-29 0.893 / 0.048 at 4,
#: 0.894 / 0.044 at 8 and 12.
REAL_WEIGHT = 8.0
REAL_SPLITS = ("real", "real_holdout")
#: How much one message of a split counts in the fits (1 for splits not named): the
#: real splits, and the splits whose readings the rules were never tuned on
#: (``--honest``, ``--honest-weight`` times: they show how the rules fail on a new
#: writer). ``parse_args`` sets it from the command line.
SPLIT_WEIGHT: dict[str, float] = dict.fromkeys(REAL_SPLITS, REAL_WEIGHT)


def sample_weight(split: str) -> float:
    """How much one message of ``split`` counts in the fits."""
    return SPLIT_WEIGHT.get(split, 1.0)


#: The review model's prior: every weight pulled towards 0 with this strength
#: (the bias towards REVIEW_BIAS), so a feature few readings have says little.
#: The word scores: stems in fewer messages, or with a smaller log-ratio, are left out.
MIN_WORD_DF = 5
MIN_WORD_RATIO = 1.0
WORD_PRIOR = 100.0
#: ``--review margin``: the margins (log-odds) tried.
MARGINS = tuple(x / 20 for x in range(0, 121))
REVIEW_LAM = 8.0
REVIEW_BIAS = -2.0
#: ``--review-on``: the splits whose readings teach the review model and set its
#: threshold. Readings of splits the rules were written against (own, blind1-7)
#: are right too often to say what goes wrong in a new writer's mail: trained
#: on them too, the model flags 4 % of blind11 (21 % wrong) and misses most.
#: ``--holdout``: never trained on (train_lexical reads the same default).
HOLDOUT = "real_holdout,blind8,blind17,blind18,blind30,blind31,blind33,blind35"
#: ``--honest``: the splits by writers the rules were never tuned on.
HONEST = (
    "blind15,blind16,blind19,blind20,blind21,blind22,blind23,blind24,blind25,blind26,"
    "blind27,blind28,blind29,blind32,blind34"
)
REVIEW_ON = f"blind11,blind12,{HONEST},real"


Weights = dict[str, dict[str, float]]


@dataclass
class Example:
    split: str
    file: str
    kinds: frozenset[str]
    automated: bool
    found: dict[Kind, KindEvidence]
    #: the label says a machine sent it: what it fires belongs to automated-mail
    #: detection, not to the kind weights, so it is not trained on
    machine: bool = False
    facts: Facts = Facts()

    @property
    def key(self) -> str:
        return f"{self.split}/{self.file}"


def corpus_rows(root: Path) -> Iterable[tuple[str, Path, dict[str, str]]]:
    """(split, file path, label row) for every labelled message."""
    labels = root / "tests" / "corpus" / "labels.csv"
    with labels.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if rows and "split" in rows[0]:
        for row in rows:
            yield row["split"], root / "tests" / "corpus" / "messages" / row["file"], row
        return
    for folder in sorted((root / "tests").glob("corpus*")):
        split = "own" if folder.name == "corpus" else folder.name.replace("corpus_blind", "blind")
        split = "blind1" if split == "blind" else split
        with (folder / "labels.csv").open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield split, folder / row["file"], row


def load(root: Path) -> list[Example]:
    out = []
    for split, path, row in corpus_rows(root):
        msg = parse_message(path.read_bytes())
        found, facts = ({}, Facts()) if msg.automated else reading_inputs(msg)
        out.append(
            Example(
                split=split,
                file=path.name,
                kinds=frozenset(k for k in row["kinds"].split("+") if k),
                automated=msg.automated,
                found=found,
                machine=row["automated"].strip().lower() in ("true", "1", "yes"),
                facts=facts,
            )
        )
    return out


def prior(kind: str, name: str) -> tuple[float, float]:
    return KIND_PRIORS.get((kind, name)) or PRIORS.get(name) or PRIORS[name.split(":", 1)[0]]


def fit(
    kind: str,
    rows: list[dict[str, float]],
    ys: list[int],
    ws: list[float],
    iterations: int = 60,
) -> dict[str, float]:
    """Logistic regression with Gaussian priors (L2 towards ``PRIORS``), by Newton's method."""
    names = sorted({n for r in rows for n in r} | {n for n in PRIORS if ":" in n or n == "bias"})
    return fit_logistic(names, rows, ys, ws, lambda n: prior(kind, n), iterations)


def fit_logistic(
    names: list[str],
    rows: list[dict[str, float]],
    ys: list[int],
    ws: list[float],
    prior_of: Callable[[str], tuple[float, float]],
    iterations: int = 60,
) -> dict[str, float]:
    """Weights of ``names`` (L2 towards ``prior_of(name)`` = (mean, strength))."""
    col = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for n, v in r.items():
            x[i, col[n]] = v
    y = np.array(ys, dtype=float)
    w = np.array(ws, dtype=float)
    mean = np.array([prior_of(n)[0] for n in names], dtype=float)
    lam = np.array([prior_of(n)[1] for n in names], dtype=float)
    beta = mean.copy()
    for _ in range(iterations):
        z = x @ beta
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        grad = x.T @ (w * (p - y)) + lam * (beta - mean)
        hess = (x.T * (w * p * (1 - p))) @ x + np.diag(lam + 1e-6)
        step = np.linalg.solve(hess, grad)
        biggest = float(np.max(np.abs(step)))
        if biggest > 2.0:  # damped: a separable corner must not throw the weights far
            step *= 2.0 / biggest
        beta -= step
        if float(np.max(np.abs(step))) < 1e-7:
            break
    return {n: round(float(b), 4) for n, b in zip(names, beta, strict=True) if abs(b) >= 1e-4}


#: Word scores per message and kind, each from a lexicon fitted without the
#: message's split (``oof_lexical``).
Lex = Mapping[str, Mapping[Kind, float]]


def train(examples: list[Example], lex: Lex | None = None) -> Weights:
    """Per kind, the weights of the rules' features; with ``lex``, also of the
    word score, and then every message counts, not only those a rule of the
    kind fired in."""
    weights: Weights = {}
    for kind in Kind:
        rows, ys, ws = [], [], []
        for ex in examples:
            if ex.automated or ex.machine or (lex is None and kind not in ex.found):
                continue
            rows.append(features(ex.found, kind, None if lex is None else lex[ex.key][kind]))
            ys.append(int(kind.value in ex.kinds))
            ws.append(sample_weight(ex.split))
        if rows:
            weights[kind.value] = fit(kind.value, rows, ys, ws)
    return weights


@dataclass
class Score:
    n: int = 0
    exact: int = 0
    wrong_unflagged: int = 0
    flagged: int = 0

    def line(self, name: str) -> str:
        n = self.n or 1
        return (
            f"{name:<18} {self.n:5d}  exact {self.exact / n:.3f}  "
            f"wrong+unflagged {self.wrong_unflagged / n:.3f}  flagged {self.flagged / n:.3f}"
        )


def score(model: Model, examples: Iterable[Example]) -> dict[str, Score]:
    """Figures per split of ``model``'s readings."""
    out: dict[str, Score] = defaultdict(Score)
    for ex in examples:
        if ex.automated:
            got: frozenset[str] = frozenset()
            flagged = False
        else:
            d = decide(model, ex.found, ex.facts)
            got, flagged = frozenset(k.value for k in d.kinds), d.needs_review
        tally(out, ex, got, flagged)
    return out


def tally(out: dict[str, Score], ex: Example, got: frozenset[str], flagged: bool) -> None:
    for key in (ex.split, "ALL"):
        s = out[key]
        s.n += 1
        s.exact += got == ex.kinds
        s.wrong_unflagged += got != ex.kinds and not flagged
        s.flagged += flagged


def lexicon(examples: list[Example]) -> dict[str, dict[str, float]]:
    """Per kind, the log-ratio of each word stem (or stem pair) between the
    messages that ask for the kind and those that do not: document frequencies,
    each shrunk towards the stem's rate in all messages by ``WORD_PRIOR``
    pseudo-messages (add-one smoothing would make a rare stem never seen with a
    rare kind look like evidence for it); stems in at least ``MIN_WORD_DF``
    messages, ratios of at least ``MIN_WORD_RATIO``."""
    usable = [e for e in examples if not e.automated and not e.machine]
    df: Counter[str] = Counter()
    asked: dict[str, Counter[str]] = {k.value: Counter() for k in Kind}
    n_asked: Counter[str] = Counter()
    for ex in usable:
        df.update(ex.facts.words)
        for kind in ex.kinds:
            asked[kind].update(ex.facts.words)
            n_asked[kind] += 1
    vocabulary = sorted(w for w, n in df.items() if n >= MIN_WORD_DF)
    out: dict[str, dict[str, float]] = {}
    for kind in Kind:
        yes, no = n_asked[kind.value], len(usable) - n_asked[kind.value]
        table = {}
        for w in vocabulary:
            a, rate = asked[kind.value][w], df[w] / len(usable)
            shrunk = WORD_PRIOR * rate
            ratio = math.log((a + shrunk) / (yes + WORD_PRIOR)) - math.log(
                (df[w] - a + shrunk) / (no + WORD_PRIOR)
            )
            if abs(ratio) >= MIN_WORD_RATIO:
                table[w] = round(ratio, 2)
        out[kind.value] = table
    return out


def oof_lexical(train_set: list[Example]) -> dict[str, dict[Kind, float]]:
    """Every message's word scores from a lexicon fitted without its split
    (a real message: without its fold): what the words of a new writer give."""
    out: dict[str, dict[Kind, float]] = {}
    for part in split_parts(train_set):
        keys = {e.key for e in part}
        model = Model({}, lexicon=lexicon([e for e in train_set if e.key not in keys]))
        for ex in part:
            out[ex.key] = lexical(model, ex.facts.words)
    return out


def split_out_weights(train_set: list[Example], lex: Lex | None = None) -> dict[str, Weights]:
    """Per message, kind weights fitted without its split (a real message:
    without its fold of ``REAL_FOLDS``): how a new writer's mail is read."""
    out: dict[str, Weights] = {}
    for part in split_parts(train_set):
        keys = {e.key for e in part}
        weights = train([e for e in train_set if e.key not in keys], lex)
        for key in keys:
            out[key] = weights
    return out


def split_parts(examples: list[Example]) -> list[list[Example]]:
    """The messages by split, real splits cut into ``REAL_FOLDS`` folds."""
    parts = []
    for split in sorted({e.split for e in examples}):
        members = [e for e in examples if e.split == split]
        if split in REAL_SPLITS:
            parts.extend(p for p in (members[f::REAL_FOLDS] for f in range(REAL_FOLDS)) if p)
        else:
            parts.append(members)
    return parts


@dataclass
class Reading:
    """A message read by kind weights that never saw it: the review model's example."""

    example: Example
    got: frozenset[str]
    feats: dict[str, float]
    always: bool = False  # flagged whatever the review model says
    closest: float = math.inf  # the least distance of a kind's log-odds from the threshold

    @property
    def wrong(self) -> bool:
        return self.got != self.example.kinds


def readings(
    examples: list[Example], weights: Mapping[str, Weights], lex: Lex | None = None
) -> list[Reading]:
    out = []
    for ex in examples:
        if ex.automated:
            out.append(Reading(ex, frozenset(), {}))
            continue
        z = logits(Model(weights[ex.key]), ex.found, None if lex is None else lex[ex.key])
        kinds = list(returned(ex.found, z))
        always = always_reviewed(ex.found, ex.facts, kinds, z)
        feats = review_features(ex.found, ex.facts, z)
        closest = min((abs(v) for v in z.values()), default=math.inf)
        out.append(Reading(ex, frozenset(k.value for k in kinds), feats, always, closest))
    return out


def fit_review(rows: list[Reading]) -> dict[str, float]:
    """The wrongness model: logistic regression of "this reading is wrong"."""
    rows = [r for r in rows if r.feats]
    names = sorted({n for r in rows for n in r.feats})
    return fit_logistic(
        names,
        [r.feats for r in rows],
        [int(r.wrong) for r in rows],
        [sample_weight(r.example.split) for r in rows],
        lambda n: (REVIEW_BIAS, 0.3) if n == "bias" else (0.0, REVIEW_LAM),
    )


def wrongness(review: Mapping[str, float], r: Reading) -> float:
    if r.always:
        return 1.0
    if not r.feats:
        return 0.0  # machine mail: never flagged here
    return sigmoid(sum(review.get(n, 0.0) * x for n, x in r.feats.items()))


def choose_review_threshold(
    rows: list[Reading],
    p: Mapping[str, float],
    target_synthetic: float,
    target_real: float,
    max_flagged: float,
) -> float:
    """The highest threshold (fewest flags) at which the readings' wrong-and-
    unflagged rate meets the targets (synthetic and real apart); if the flagged
    share would pass ``max_flagged`` first, the lowest threshold within it."""
    groups = [
        ([r for r in rows if r.example.split not in REAL_SPLITS], target_synthetic),
        ([r for r in rows if r.example.split in REAL_SPLITS], target_real),
    ]
    groups = [(g, t) for g, t in groups if g]
    candidates = sorted({round(v, 4) for v in p.values() if 0 < v < 1}, reverse=True)
    last_ok = 0.99
    for t in candidates:
        met, too_many = True, False
        for group, target in groups:
            flagged = [p[r.example.key] >= t for r in group]
            missed = sum(r.wrong and not f for r, f in zip(group, flagged, strict=True))
            met = met and missed / len(group) <= target
            too_many = too_many or sum(flagged) / len(group) > max_flagged
        if too_many:
            return last_ok
        last_ok = t
        if met:
            return t
    return last_ok


def cross_weights(
    examples: list[Example], lex: Lex | None = None, k: int = 5
) -> dict[str, Weights]:
    """For every message, the weights learned on the other k-1 folds (every
    k-th message a fold, so every split is in every fold)."""
    out: dict[str, Weights] = {}
    for fold in range(k):
        weights = train([e for i, e in enumerate(examples) if i % k != fold], lex)
        for e in examples[fold::k]:
            out[e.key] = weights
    return out


def margin_flags(rows: list[Reading], margin: float) -> dict[str, float]:
    """1.0 for a reading the margin rule flags, else 0.0."""
    return {r.example.key: float(r.always or r.closest < margin) for r in rows}


def choose_margin(
    rows: list[Reading], target_synthetic: float, target_real: float, max_flagged: float
) -> float:
    """The smallest margin whose readings meet the targets (synthetic and real
    apart); if the flagged share of a group would pass ``max_flagged`` first,
    the largest margin below that."""
    groups = [
        ([r for r in rows if r.example.split not in REAL_SPLITS], target_synthetic),
        ([r for r in rows if r.example.split in REAL_SPLITS], target_real),
    ]
    last_ok = 0.0
    for margin in MARGINS:
        met, too_many = True, False
        for group, target in groups:
            if not group:
                continue
            flagged = margin_flags(group, margin)
            missed = sum(r.wrong and not flagged[r.example.key] for r in group)
            met = met and missed / len(group) <= target
            too_many = too_many or sum(flagged.values()) / len(group) > max_flagged
        if too_many:
            return last_ok
        if met:
            return margin
        last_ok = margin
    return last_ok


def fit_model(
    train_set: list[Example], args: argparse.Namespace
) -> tuple[Model, list[Reading], dict[str, float]]:
    """Kind weights from ``train_set``; the review model from its messages read
    by weights that never saw their split, its threshold from those readings'
    wrongness as estimated by review models that never saw their split either.
    Also returns those readings and their estimated wrongness."""
    lex = oof_lexical(train_set) if args.words else None
    weights = train(train_set, lex)
    rows = readings(train_set, split_out_weights(train_set, lex), lex)
    words = lexicon(train_set) if args.words else {}
    if args.review == "margin":
        folds = readings(train_set, cross_weights(train_set, lex), lex)
        margin = choose_margin(folds, args.target_synthetic, args.target_real, args.max_flagged)
        return Model(weights, 0.5, margin, lexicon=words), rows, margin_flags(rows, margin)
    review_on = {s for s in args.review_on.split(",") if s}
    teach = [r for r in rows if r.example.split in review_on]
    p: dict[str, float] = {}
    for part in split_parts(train_set):
        keys = {e.key for e in part}
        review = fit_review([r for r in teach if r.example.key not in keys])
        for r in rows:
            if r.example.key in keys:
                p[r.example.key] = wrongness(review, r)
    threshold = choose_review_threshold(
        teach, p, args.target_synthetic, args.target_real, args.max_flagged
    )
    model = Model(weights, 0.5, review=fit_review(teach), review_threshold=threshold, lexicon=words)
    return model, rows, p


#: ``--leave-out default``: the splits whose leave-out figures are reported.
LEAVE_OUT_DEFAULT = (
    "blind1,blind2,blind3,blind4,blind5,blind6,blind7,blind11,blind12,blind13,blind14,real"
)
REAL_FOLDS = 5


def leave_out(
    examples: list[Example],
    holdout: set[str],
    groups: list[frozenset[str]],
    args: argparse.Namespace,
) -> dict[str, Score]:
    """Figures of each group of splits read by a model (kind weights and review
    model) fitted without it: a new writer's mail. A group of real splits is
    read ``REAL_FOLDS``-fold (each fold by a model fitted on everything else),
    since real letters are few and each differs from the others anyway. Splits
    in ``holdout`` are never fitted on. Adds pooled rows for the synthetic groups
    and for all groups."""
    base = [e for e in examples if e.split not in holdout]
    out: dict[str, Score] = defaultdict(Score)
    for group in groups:
        name = "+".join(sorted(group))
        left = [e for e in examples if e.split in group]
        if group <= set(REAL_SPLITS):
            parts = [left[f::REAL_FOLDS] for f in range(REAL_FOLDS)]
        else:
            parts = [left]
        for part in parts:
            keys = {e.key for e in part}
            if len(parts) > 1:  # real folds: the group's other folds are fitted on
                fitted = [e for e in base if e.key not in keys]
            else:
                fitted = [e for e in base if e.split not in group]
            model, _, _ = fit_model(fitted, args)
            got = score(model, part)["ALL"]
            rows = [name, "ALL (pooled)"]
            if not group & set(REAL_SPLITS):
                rows.append("synthetic (pooled)")
            for row in rows:
                s = out[row]
                s.n += got.n
                s.exact += got.exact
                s.wrong_unflagged += got.wrong_unflagged
                s.flagged += got.flagged
    return out


def rule_precision(examples: list[Example], splits: tuple[str, ...] | None) -> list[str]:
    """Per rule (request-like roles): hits, correct hits, precision; worst first."""
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for ex in examples:
        if ex.automated or (splits is not None and ex.split not in splits):
            continue
        for kind, ev in ex.found.items():
            for rule in ev.rules:
                h = hits[rule]
                h[0] += 1
                h[1] += kind.value in ex.kinds
    rows = sorted(hits.items(), key=lambda kv: (kv[1][1] / kv[1][0], -kv[1][0], kv[0]))
    return [f"  {r:<60} {n:4d} {ok:4d}  {ok / n:.2f}" for r, (n, ok) in rows]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line (``[]``: the defaults, which train_lexical reads as well);
    sets ``SPLIT_WEIGHT`` from it."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--holdout", default=HOLDOUT)
    ap.add_argument("--target-synthetic", type=float, default=0.01)
    ap.add_argument("--target-real", type=float, default=0.08)
    # 0.22 on the messages trained on keeps the real split within the 25 %
    # as bench/classify_eval.py counts it (with the machine mail left out here)
    ap.add_argument("--max-flagged", type=float, default=0.22)
    ap.add_argument("--out", default=str(ROOT / "requestbot" / "data" / "weights.json"))
    ap.add_argument("--dry-run", action="store_true", help="print, do not write the file")
    ap.add_argument(
        "--honest",
        default=HONEST,
        metavar="SPLIT[,SPLIT]",
        help="splits the rules were never tuned on, counted --honest-weight times",
    )
    ap.add_argument("--honest-weight", type=float, default=4.0)
    ap.add_argument("--real-weight", type=float, default=REAL_WEIGHT)
    ap.add_argument("--rules", action="store_true", help="print every rule's precision")
    ap.add_argument(
        "--words",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="word scores (``lexicon``) in the kind weights (default on): trained on "
        "blind15 and blind16 in turns, each read as a new writer's mail, they took "
        "exact from 0.811 to 0.861 on blind15 and left blind16 at 0.878, with fewer "
        "wrong and unflagged (0.050 -> 0.039 on blind16)",
    )
    ap.add_argument(
        "--review",
        choices=("margin", "model"),
        default="model",
        help="how needs_review is decided: 'model' (default): a learned wrongness model "
        "(--review-on); 'margin': a kind's log-odds within a margin of the threshold, the "
        "margin chosen on 5-fold out-of-fold readings (under --leave-out about as good)",
    )
    ap.add_argument(
        "--review-on",
        default=REVIEW_ON,
        metavar="SPLIT[,SPLIT]",
        help=f"splits whose readings teach the review model (default {REVIEW_ON})",
    )
    ap.add_argument(
        "--leave-out",
        default="",
        metavar="SPLIT[,SPLIT]",
        help="print only the figures of each split (a+b: together) read by a model fitted "
        f"without it; real splits {REAL_FOLDS}-fold; 'default' = {LEAVE_OUT_DEFAULT}",
    )
    args = ap.parse_args(argv)
    SPLIT_WEIGHT.clear()
    SPLIT_WEIGHT.update({s: args.honest_weight for s in args.honest.split(",") if s})
    SPLIT_WEIGHT.update(dict.fromkeys(REAL_SPLITS, args.real_weight))
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    holdout = {s for s in args.holdout.split(",") if s}

    examples = load(ROOT)
    if args.leave_out:
        names = LEAVE_OUT_DEFAULT if args.leave_out == "default" else args.leave_out
        groups = [frozenset(g.split("+")) for g in names.split(",") if g]
        print(
            f"leave-out (each group read by a model fitted without it; held out {sorted(holdout)}):"
        )
        figures = leave_out(examples, holdout, groups, args)
        pooled = [n for n in figures if "pooled" in n]
        for name in [n for n in figures if n not in pooled] + pooled:
            print(figures[name].line(name))
        return 0
    train_set = [e for e in examples if e.split not in holdout]
    model, rows, p = fit_model(train_set, args)
    weights = dict(model.weights)
    print(f"trained on {len(train_set)} messages; held out {sorted(holdout)}")
    if model.review:
        print(
            f"review threshold {model.review_threshold:.4f} (probability the reading is "
            "wrong), chosen on readings by weights and review models that never saw their split"
        )
        print("\nreview model (feature, weight), largest first:")
        for name, w in sorted(model.review.items(), key=lambda kv: -abs(kv[1])):
            print(f"  {name:<28} {w:+.3f}")
    else:
        print(f"review margin (log-odds) {model.review_margin:.2f}, chosen on 5-fold readings")
    print("\nsplit-out readings (each split read by weights and a review model fitted without it):")
    split_out: dict[str, Score] = defaultdict(Score)
    for r in rows:
        tally(split_out, r.example, r.got, p[r.example.key] >= model.review_threshold)
    for split, s in sorted(split_out.items()):
        print(s.line(split))
    print("\nfinal weights (trained splits are seen; held-out splits are honest):")
    for split, s in sorted(score(model, examples).items()):
        mark = " (held out)" if split in holdout else ""
        print(s.line(split) + mark)
    real = [e for e in examples if e.split in REAL_SPLITS and e.split not in holdout]
    if real:
        print("\nrule precision on the real split (rule, hits, correct, precision):")
        print("\n".join(rule_precision(real, None)[: None if args.rules else 40]))
    print("\nrule precision on all trained splits, worst first:")
    print("\n".join(rule_precision(train_set, None)[: None if args.rules else 40]))

    if not args.dry_run:
        splits = sorted({e.split for e in train_set})
        data: dict[str, object] = {
            "about": "learned by scripts/train_weights.py; do not edit by hand",
            "trained_on": splits,
            "messages": len(train_set),
            "threshold": 0.5,
            "review_margin": model.review_margin,
            "weights": {k: dict(sorted(v.items())) for k, v in sorted(weights.items())},
        }
        if model.review:
            data["review"] = {
                "threshold": model.review_threshold,
                "weights": dict(sorted(model.review.items())),
            }
        if model.lexicon:
            data["lexicon"] = {k: dict(sorted(v.items())) for k, v in sorted(model.lexicon.items())}
        Path(args.out).write_text(
            json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n",
            encoding="utf-8",
        )
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
