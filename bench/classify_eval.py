"""Evaluate the classifier on a labelled corpus of .eml files.

Usage::

    .venv/bin/python bench/classify_eval.py [CORPUS_DIR [LABELS_CSV]] [--lang-methods]

Defaults to tests/corpus and its labels.csv (columns: file, kinds joined by '+'
or empty, language, automated, note). Every file is parsed with
``requestbot.intake.parse_message`` and classified with
``requestbot.classify.classify``; prints per-kind precision/recall/F1,
exact kind-set accuracy, language accuracy, automated accuracy, throughput and
the misclassified files. ``--lang-methods`` also compares the language methods
(combined, stop words only, py3langid only).
"""

from __future__ import annotations

import csv
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from requestbot import language  # noqa: E402
from requestbot.classify import classify  # noqa: E402
from requestbot.intake import parse_message  # noqa: E402
from requestbot.model import KIND_ORDER, InboundMessage  # noqa: E402
from requestbot.normalise import strip_subject_prefixes  # noqa: E402


@dataclass(frozen=True)
class Label:
    file: str
    kinds: frozenset[str]
    language: str
    automated: bool
    note: str


@dataclass
class Report:
    total: int = 0
    exact: int = 0
    language_ok: int = 0
    automated_ok: int = 0
    seconds: float = 0.0
    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)
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
    def throughput(self) -> float:
        return self.total / self.seconds if self.seconds else 0.0

    def prf(self, kind: str) -> tuple[float, float, float, int]:
        tp, fp, fn = self.tp.get(kind, 0), self.fp.get(kind, 0), self.fn.get(kind, 0)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn


def read_labels(path: Path) -> list[Label]:
    with path.open(encoding="utf-8", newline="") as f:
        return [
            Label(
                file=row["file"],
                kinds=frozenset(k for k in row["kinds"].split("+") if k),
                language=row["language"],
                automated=row["automated"].strip().lower() in ("true", "1", "yes"),
                note=row.get("note", ""),
            )
            for row in csv.DictReader(f)
        ]


def evaluate(corpus: Path, labels_path: Path, *, lang_methods: bool = False) -> Report:
    labels = read_labels(labels_path)
    raws = [(lab, (corpus / lab.file).read_bytes()) for lab in labels]
    report = Report()
    messages: list[tuple[Label, InboundMessage]] = []
    start = time.perf_counter()
    for lab, raw in raws:
        msg = parse_message(raw)
        c = classify(msg)
        messages.append((lab, msg))
        got = frozenset(k.value for k in c.kinds)
        report.total += 1
        report.exact += got == lab.kinds
        report.language_ok += c.language == lab.language
        report.automated_ok += msg.automated == lab.automated
        for kind in KIND_ORDER:
            k = kind.value
            if k in got and k in lab.kinds:
                report.tp[k] = report.tp.get(k, 0) + 1
            elif k in got:
                report.fp[k] = report.fp.get(k, 0) + 1
            elif k in lab.kinds:
                report.fn[k] = report.fn.get(k, 0) + 1
        problems = []
        if got != lab.kinds:
            problems.append(
                f"kinds expected {'+'.join(sorted(lab.kinds)) or '-'} got {'+'.join(sorted(got)) or '-'}"
            )
        if c.language != lab.language:
            problems.append(f"language expected {lab.language} got {c.language}")
        if msg.automated != lab.automated:
            problems.append(f"automated expected {lab.automated} got {msg.automated}")
        if problems:
            rules = ", ".join(f"{'-' if e.negative else ''}{e.rule}" for e in c.evidence)
            report.errors.append(f"{lab.file}: {'; '.join(problems)}  [{rules}]  ({lab.note})")
    report.seconds = time.perf_counter() - start
    if lang_methods:
        for method in ("combined", "stopwords", "langid"):
            ok = 0
            for lab, msg in messages:
                text = f"{strip_subject_prefixes(msg.subject)}\n\n{msg.new_text}"
                ok += language.detect(text, method=method) == lab.language
            report.language_by_method[method] = ok
    return report


def print_report(report: Report) -> None:
    print(f"{'kind':<20} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    for kind in KIND_ORDER:
        p, r, f, n = report.prf(kind.value)
        print(f"{kind.value:<20} {p:6.3f} {r:6.3f} {f:6.3f} {n:4d}")
    print(f"messages            {report.total}")
    print(f"exact kind-set acc  {report.exact_accuracy:.3f}")
    print(f"language accuracy   {report.language_accuracy:.3f}")
    print(f"automated accuracy  {report.automated_accuracy:.3f}")
    print(f"throughput          {report.throughput:.0f} messages/s (parse + classify)")
    for method, ok in report.language_by_method.items():
        print(f"language[{method:<9}] {ok / report.total:.3f}")
    if report.errors:
        print(f"\nmisclassified ({len(report.errors)}):")
        for line in report.errors:
            print("  " + line)


def main(argv: list[str]) -> int:
    flags = [a for a in argv if a.startswith("--")]
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else ROOT / "tests" / "corpus"
    labels = Path(args[1]) if len(args) > 1 else corpus / "labels.csv"
    report = evaluate(corpus, labels, lang_methods="--lang-methods" in flags)
    print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
