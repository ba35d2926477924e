"""Learn the classifier's weights from the labelled corpus (SpamAssassin-style).

Usage::

    .venv/bin/python scripts/train_weights.py [--holdout SPLIT,...] [--target-synthetic 0.02]
        [--target-real 0.08] [--max-flagged 0.22] [--out requestbot/data/weights.json] [--dry-run]
    .venv/bin/python scripts/train_weights.py --leave-out default   # or SPLIT[,SPLIT][,a+b]

Runs every rule over every labelled message (``evidence_by_kind``: which rules
fired, in sentences of which role), fits one L2-regularised logistic regression
per kind (Newton's method in numpy, deterministic), then picks the review
margin: the smallest margin around the threshold whose wrong-and-unflagged rate
on the training messages meets the targets, while at most ``--max-flagged`` of
them are flagged. Prints the figures per split and the precision of every rule
(on the real splits, then on all) so weak rules are rewritten or retired.

The corpus is ``tests/corpus/labels.csv`` with a ``split`` column (messages in
``tests/corpus/messages/``), or, in the older layout, one folder per round
(``tests/corpus``, ``tests/corpus_blind``, ``tests/corpus_blind2`` ...). Splits
in ``--holdout`` (default ``real_holdout,blind8``) are never trained on:
they give the honest figures.

``--leave-out`` measures what a new writer gets: each named split is read by a
model (weights and review margin) fitted on every other trained split; the
real split, 5-fold. Improve these figures, never the in-sample ones. (Splits
the rules were written against, blind1-7 and own, still flatter themselves.)
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from requestbot.intake import parse_message  # noqa: E402
from requestbot.model import Kind  # noqa: E402
from requestbot.understand.calibration import (  # noqa: E402
    KindEvidence,
    Model,
    decide,
    features,
)
from requestbot.understand.classify import evidence_by_kind  # noqa: E402

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
#: Real letters count this much more than synthetic ones: they are what matters.
REAL_WEIGHT = 1.5
REAL_SPLITS = ("real", "real_holdout")
MARGINS = tuple(x / 20 for x in range(0, 121))


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
        out.append(
            Example(
                split=split,
                file=path.name,
                kinds=frozenset(k for k in row["kinds"].split("+") if k),
                automated=msg.automated,
                found={} if msg.automated else evidence_by_kind(msg),
                machine=row["automated"].strip().lower() in ("true", "1", "yes"),
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
    col = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for n, v in r.items():
            x[i, col[n]] = v
    y = np.array(ys, dtype=float)
    w = np.array(ws, dtype=float)
    mean = np.array([prior(kind, n)[0] for n in names])
    lam = np.array([prior(kind, n)[1] for n in names])
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


def cross_weights(examples: list[Example], k: int = 5) -> dict[str, Weights]:
    """For every message, the weights learned on the other k-1 folds."""
    out: dict[str, Weights] = {}
    for fold in range(k):
        rest = [e for i, e in enumerate(examples) if i % k != fold]
        weights = train(rest)
        for i, e in enumerate(examples):
            if i % k == fold:
                out[e.key] = weights
    return out


def train(examples: list[Example]) -> Weights:
    weights: Weights = {}
    for kind in Kind:
        rows, ys, ws = [], [], []
        for ex in examples:
            if ex.automated or ex.machine or kind not in ex.found:
                continue
            rows.append(features(ex.found, kind))
            ys.append(int(kind.value in ex.kinds))
            ws.append(REAL_WEIGHT if ex.split in REAL_SPLITS else 1.0)
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


def score(
    model: Model, examples: Iterable[Example], folds: Mapping[str, Weights] | None = None
) -> dict[str, Score]:
    """Figures per split; with ``folds``, each message is read by the weights
    learned without its fold (out-of-fold, as on unseen mail)."""
    out: dict[str, Score] = defaultdict(Score)
    for ex in examples:
        if ex.automated:
            got: frozenset[str] = frozenset()
            flagged = False
        else:
            m = model
            if folds is not None:
                m = Model(folds[ex.key], model.threshold, model.review_margin)
            d = decide(m, ex.found)
            got, flagged = frozenset(k.value for k in d.kinds), d.needs_review
        for key in (ex.split, "ALL"):
            s = out[key]
            s.n += 1
            s.exact += got == ex.kinds
            s.wrong_unflagged += got != ex.kinds and not flagged
            s.flagged += flagged
    return out


def choose_margin(
    folds: Mapping[str, Weights],
    train_set: list[Example],
    target_synthetic: float,
    target_real: float,
    max_flagged: float,
) -> float:
    """The smallest margin meeting the targets on the training messages; if the
    flagged share would pass ``max_flagged`` first, the largest margin below that."""
    groups = [
        ([e for e in train_set if e.split not in REAL_SPLITS], target_synthetic),
        ([e for e in train_set if e.split in REAL_SPLITS], target_real),
    ]
    last_ok = 0.0
    for m in MARGINS:
        model = Model({}, 0.5, m)
        met, too_many = True, False
        for group, target in groups:
            if not group:
                continue
            s = score(model, group, folds)["ALL"]
            met = met and s.wrong_unflagged / s.n <= target
            too_many = too_many or s.flagged / s.n > max_flagged
        if too_many:
            return last_ok
        if met:
            return m
        last_ok = m
    return last_ok


def fit_model(
    train_set: list[Example], args: argparse.Namespace
) -> tuple[Model, dict[str, Weights]]:
    """Weights from ``train_set`` and the review margin chosen on its out-of-fold
    readings; also returns those out-of-fold weights (message key -> weights)."""
    weights = train(train_set)
    folds = cross_weights(train_set)
    margin = choose_margin(
        folds, train_set, args.target_synthetic, args.target_real, args.max_flagged
    )
    return Model(weights, 0.5, margin), folds


#: ``--leave-out default``: the splits whose leave-out figures are reported.
LEAVE_OUT_DEFAULT = "blind1,blind2,blind3,blind4,blind5,blind6,blind7,blind11,blind12,real"
REAL_FOLDS = 5


def leave_out(
    examples: list[Example],
    holdout: set[str],
    groups: list[frozenset[str]],
    args: argparse.Namespace,
) -> dict[str, Score]:
    """Figures of each group of splits read by a model (weights and review
    margin) fitted without it: a new writer's mail. A group of real splits is
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
            model, _ = fit_model(fitted, args)
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--holdout", default="real_holdout,blind8")
    ap.add_argument("--target-synthetic", type=float, default=0.01)
    ap.add_argument("--target-real", type=float, default=0.08)
    # 0.22 on the messages trained on keeps the real split within the 25 %
    # as bench/classify_eval.py counts it (with the machine mail left out here)
    ap.add_argument("--max-flagged", type=float, default=0.22)
    ap.add_argument("--out", default=str(ROOT / "requestbot" / "data" / "weights.json"))
    ap.add_argument("--dry-run", action="store_true", help="print, do not write the file")
    ap.add_argument("--rules", action="store_true", help="print every rule's precision")
    ap.add_argument(
        "--leave-out",
        default="",
        metavar="SPLIT[,SPLIT]",
        help="print only the figures of each split (a+b: together) read by a model fitted "
        f"without it; real splits {REAL_FOLDS}-fold; 'default' = {LEAVE_OUT_DEFAULT}",
    )
    args = ap.parse_args(argv)
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
    model, folds = fit_model(train_set, args)
    weights, margin = dict(model.weights), model.review_margin
    print(f"trained on {len(train_set)} messages; held out {sorted(holdout)}")
    print(f"review margin (log-odds) {margin:.2f}, chosen on 5-fold out-of-fold readings")
    print("\nout-of-fold (each trained split read by weights that never saw it):")
    for split, s in sorted(score(model, train_set, folds).items()):
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
        data = {
            "about": "learned by scripts/train_weights.py; do not edit by hand",
            "trained_on": splits,
            "messages": len(train_set),
            "threshold": 0.5,
            "review_margin": margin,
            "weights": {k: dict(sorted(v.items())) for k, v in sorted(weights.items())},
        }
        Path(args.out).write_text(
            json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n",
            encoding="utf-8",
        )
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
