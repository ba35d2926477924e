"""Evaluate the classifier on the labelled corpus, split by split.

Usage::

    .venv/bin/python bench/classify_eval.py [CORPUS_DIR] [--split S[,S...]] [--errors]
        [--by language|source_kind] [--rules N] [--json] [--lang-methods]

CORPUS_DIR defaults to tests/corpus: ``labels.csv`` there (columns ``file, kinds,
language, automated, split, source_kind, note``; kinds joined by '+', empty for
none) and the messages in ``messages/`` (or next to labels.csv when there is no
``messages/`` folder, so an outside corpus in the old one-folder layout works
too; without a ``split`` column all its rows are split ``all``).

``--split`` picks splits (comma-separated; ``real+real_holdout`` pools two
splits into one report); the default is every split in the file, in file order.
``--by language`` (or ``source_kind``) divides each chosen split into one report per value.
Each message is parsed with ``requestbot.intake.parse_message`` and read with
``requestbot.understand.classify.classify_received`` (what ``requestbot classify`` does).
Per split it prints exact kind-set accuracy, language and automated accuracy,
the flagged (``needs_review``) rate, the rate of readings that are wrong (kind
set differs from the label) and not flagged, per-kind precision/recall/F1,
per-rule precision (how often a positive rule fires on a message whose label
does not have the rule's kind, worst first) and throughput. ``--errors`` lists
the misread files with the rules that fired; ``--json`` prints one JSON object
per split instead of the tables.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from requestbot.intake import parse_message  # noqa: E402
from requestbot.model import KIND_ORDER, InboundMessage  # noqa: E402
from requestbot.normalise import strip_subject_prefixes  # noqa: E402
from requestbot.understand import language  # noqa: E402
from requestbot.understand.classify import classify_received, read_as_machine  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
#: splits a labelled row may carry (``all`` only for an outside corpus without a split column)
SPLITS = (
    "own",
    "blind1",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "real",
    "real_holdout",
    "translated",
    "all",
)


@dataclass(frozen=True)
class Label:
    file: str
    kinds: frozenset[str]
    language: str
    automated: bool
    split: str = "all"
    source_kind: str = ""
    note: str = ""


@dataclass
class RuleStats:
    fired: int = 0
    outside_label: int = 0  # fired on a message whose label lacks the rule's kind

    @property
    def precision(self) -> float:
        return 1 - self.outside_label / self.fired if self.fired else 1.0


@dataclass
class Report:
    split: str = ""
    total: int = 0
    exact: int = 0
    language_ok: int = 0
    automated_ok: int = 0
    flagged: int = 0
    wrong_unflagged: int = 0
    seconds: float = 0.0
    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)
    rules: dict[str, RuleStats] = field(default_factory=dict)
    rule_kind: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    language_by_method: dict[str, int] = field(default_factory=dict)

    def ratio(self, n: int) -> float:
        return n / self.total if self.total else 0.0

    @property
    def exact_accuracy(self) -> float:
        return self.ratio(self.exact)

    @property
    def language_accuracy(self) -> float:
        return self.ratio(self.language_ok)

    @property
    def automated_accuracy(self) -> float:
        return self.ratio(self.automated_ok)

    @property
    def flagged_rate(self) -> float:
        return self.ratio(self.flagged)

    @property
    def wrong_unflagged_rate(self) -> float:
        return self.ratio(self.wrong_unflagged)

    @property
    def throughput(self) -> float:
        return self.total / self.seconds if self.seconds else 0.0

    def prf(self, kind: str) -> tuple[float, float, float, int]:
        tp, fp, fn = self.tp.get(kind, 0), self.fp.get(kind, 0), self.fn.get(kind, 0)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn

    def worst_rules(self) -> list[tuple[str, RuleStats]]:
        """Rules that fired outside their kind at least once, most such firings first."""
        bad = [(name, s) for name, s in self.rules.items() if s.outside_label]
        return sorted(bad, key=lambda item: (-item[1].outside_label, item[1].precision, item[0]))

    def to_json(self) -> dict[str, object]:
        return {
            "split": self.split,
            "messages": self.total,
            "exact": round(self.exact_accuracy, 4),
            "language": round(self.language_accuracy, 4),
            "automated": round(self.automated_accuracy, 4),
            "flagged": round(self.flagged_rate, 4),
            "wrong_unflagged": round(self.wrong_unflagged_rate, 4),
            "throughput": round(self.throughput, 1),
            "kinds": {
                k.value: dict(zip(("p", "r", "f1", "n"), self.prf(k.value), strict=True))
                for k in KIND_ORDER
            },
            "rules_outside_label": {
                name: {"fired": s.fired, "outside_label": s.outside_label}
                for name, s in self.worst_rules()
            },
            "errors": self.errors,
        }


def read_labels(path: Path) -> list[Label]:
    with path.open(encoding="utf-8", newline="") as f:
        return [
            Label(
                file=row["file"],
                kinds=frozenset(k for k in row["kinds"].split("+") if k),
                language=row["language"],
                automated=row["automated"].strip().lower() in ("true", "1", "yes"),
                split=row.get("split") or "all",
                source_kind=row.get("source_kind") or "",
                note=row.get("note") or "",
            )
            for row in csv.DictReader(f)
        ]


def messages_dir(corpus: Path) -> Path:
    """Where a corpus keeps its .eml files: ``messages/`` or the corpus folder itself."""
    sub = corpus / "messages"
    return sub if sub.is_dir() else corpus


def _fmt(kinds: Iterable[str]) -> str:
    return "+".join(sorted(kinds)) or "-"


def evaluate(
    labels: Sequence[Label], folder: Path, *, split: str = "", lang_methods: bool = False
) -> Report:
    """Read every labelled message in ``folder`` and score the readings against the labels."""
    raws = [(lab, (folder / lab.file).read_bytes()) for lab in labels]
    report = Report(split=split)
    messages: list[tuple[Label, InboundMessage]] = []
    start = time.perf_counter()
    for lab, raw in raws:
        msg, c = classify_received(parse_message(raw))
        messages.append((lab, msg))
        got = frozenset(k.value for k in c.kinds)
        report.total += 1
        report.exact += got == lab.kinds
        report.language_ok += c.language == lab.language
        report.automated_ok += read_as_machine(msg) == lab.automated
        report.flagged += c.needs_review
        report.wrong_unflagged += got != lab.kinds and not c.needs_review
        for kind in KIND_ORDER:
            k = kind.value
            if k in got and k in lab.kinds:
                report.tp[k] = report.tp.get(k, 0) + 1
            elif k in got:
                report.fp[k] = report.fp.get(k, 0) + 1
            elif k in lab.kinds:
                report.fn[k] = report.fn.get(k, 0) + 1
        for rule, kind in {(e.rule, e.kind.value) for e in c.evidence if e.kind and not e.negative}:
            stats = report.rules.setdefault(rule, RuleStats())
            report.rule_kind[rule] = kind
            stats.fired += 1
            stats.outside_label += kind not in lab.kinds
        problems = []
        if got != lab.kinds:
            problems.append(f"kinds expected {_fmt(lab.kinds)} got {_fmt(got)}")
        if c.language != lab.language:
            problems.append(f"language expected {lab.language} got {c.language}")
        if read_as_machine(msg) != lab.automated:
            problems.append(f"automated expected {lab.automated} got {read_as_machine(msg)}")
        if problems:
            rules = ", ".join(f"{'-' if e.negative else ''}{e.rule}" for e in c.evidence)
            flag = " (flagged)" if c.needs_review else ""
            report.errors.append(
                f"{lab.file}: {'; '.join(problems)}{flag}  [{rules}]  ({lab.note})"
            )
    report.seconds = time.perf_counter() - start
    if lang_methods:
        for method in ("combined", "stopwords", "langid"):
            ok = 0
            for lab, msg in messages:
                text = f"{strip_subject_prefixes(msg.subject)}\n\n{msg.new_text}"
                ok += language.detect(text, method=method) == lab.language
            report.language_by_method[method] = ok
    return report


def evaluate_splits(
    corpus: Path = CORPUS,
    splits: Sequence[str] | None = None,
    *,
    by: str = "",
    lang_methods: bool = False,
) -> dict[str, Report]:
    """One report per split of ``corpus`` (``a+b`` pools splits a and b into one report).

    With ``by`` (``language`` or ``source_kind``) each split is further divided by that
    label column, into reports named ``split/value``."""
    labels = read_labels(corpus / "labels.csv")
    if splits is None:
        splits = list(dict.fromkeys(lab.split for lab in labels))
    folder = messages_dir(corpus)
    reports = {}
    for name in splits:
        members = set(name.split("+"))
        chosen = [lab for lab in labels if lab.split in members]
        if not chosen:
            raise SystemExit(f"classify_eval: no messages in split {name!r} of {corpus}")
        groups = {name: chosen}
        if by:
            values = dict.fromkeys(str(getattr(lab, by)) for lab in chosen)
            groups = {
                f"{name}/{v}": [lab for lab in chosen if str(getattr(lab, by)) == v] for v in values
            }
        for group, members_ in groups.items():
            reports[group] = evaluate(members_, folder, split=group, lang_methods=lang_methods)
    return reports


def print_summary(reports: dict[str, Report]) -> None:
    w = max([18, *(len(name) for name in reports)])
    print(
        f"{'split':<{w}} {'n':>5} {'exact':>6} {'lang':>6} {'auto':>6} "
        f"{'flagged':>7} {'wrong&unflagged':>15} {'msg/s':>6}"
    )
    for name, r in reports.items():
        print(
            f"{name:<{w}} {r.total:5d} {r.exact_accuracy:6.3f} {r.language_accuracy:6.3f} "
            f"{r.automated_accuracy:6.3f} {r.flagged_rate:7.3f} {r.wrong_unflagged_rate:15.3f} "
            f"{r.throughput:6.0f}"
        )


def print_report(report: Report, *, rules: int = 15, errors: bool = False) -> None:
    print(f"\n== split {report.split}: {report.total} messages")
    print(f"{'kind':<20} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    for kind in KIND_ORDER:
        p, r, f, n = report.prf(kind.value)
        print(f"{kind.value:<20} {p:6.3f} {r:6.3f} {f:6.3f} {n:4d}")
    print(f"exact kind-set acc  {report.exact_accuracy:.3f}")
    print(f"language accuracy   {report.language_accuracy:.3f}")
    print(f"automated accuracy  {report.automated_accuracy:.3f}")
    print(f"flagged rate        {report.flagged_rate:.3f}")
    print(f"wrong & unflagged   {report.wrong_unflagged_rate:.3f}")
    print(f"throughput          {report.throughput:.0f} messages/s (parse + classify)")
    for method, ok in report.language_by_method.items():
        print(f"language[{method:<9}] {ok / report.total:.3f}")
    worst = report.worst_rules()
    if worst and rules:
        print(f"rules firing outside their kind ({len(worst)}; fired / outside / precision):")
        for name, s in worst[:rules]:
            kind = report.rule_kind.get(name, "")
            print(f"  {name:<40} {kind:<18} {s.fired:4d} {s.outside_label:4d} {s.precision:6.2f}")
    if errors and report.errors:
        print(f"misread ({len(report.errors)}):")
        for line in report.errors:
            print("  " + line)


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--split", action="append", default=[], help="S[,S...]; a+b pools")
    parser.add_argument(
        "--by", choices=("language", "source_kind"), default="", help="divide each split"
    )
    parser.add_argument("--errors", action="store_true", help="list the misread files")
    parser.add_argument("--rules", type=int, default=15, help="worst rules to list per split")
    parser.add_argument("--json", action="store_true", help="one JSON object per split")
    parser.add_argument("--lang-methods", action="store_true", help="compare language methods")
    args = parser.parse_args(argv)
    splits = [s for arg in args.split for s in arg.split(",") if s] or None
    reports = evaluate_splits(args.corpus, splits, by=args.by, lang_methods=args.lang_methods)
    if args.json:
        for r in reports.values():
            print(json.dumps(r.to_json(), ensure_ascii=False))
        return 0
    print_summary(reports)
    for r in reports.values():
        print_report(r, rules=args.rules, errors=args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
