"""The labelled corpus (tests/corpus) run through intake + classify, with floors that can fail.

The floors are what the corpus reaches today, rounded down a little; the figures
themselves are printed by ``.venv/bin/python bench/classify_eval.py``.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"

EXACT_FLOOR = 0.95
LANGUAGE_FLOOR = 0.97
AUTOMATED_FLOOR = 0.95
KIND_F1_FLOOR = 0.9


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "classify_eval", ROOT / "bench" / "classify_eval.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["classify_eval"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return _bench().evaluate(CORPUS, CORPUS / "labels.csv")


def test_corpus_shape() -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    human = [r for r in rows if r["automated"] == "false"]
    by_lang = {lang: sum(r["language"] == lang for r in human) for lang in ("fi", "sv", "en")}
    assert len(rows) >= 160
    assert by_lang["fi"] >= 70 and by_lang["sv"] >= 40 and by_lang["en"] >= 30
    assert sum(r["automated"] == "true" for r in rows) >= 20
    assert sum(r["note"].startswith("near-miss") for r in rows) >= 30
    assert sum("+" in r["kinds"] for r in rows) >= 20
    for r in rows:
        assert (CORPUS / r["file"]).is_file(), r["file"]


def test_exact_kind_set_accuracy(report) -> None:  # type: ignore[no-untyped-def]
    assert report.exact_accuracy >= EXACT_FLOOR, "\n".join(report.errors)


def test_language_accuracy(report) -> None:  # type: ignore[no-untyped-def]
    assert report.language_accuracy >= LANGUAGE_FLOOR, "\n".join(report.errors)


def test_automated_accuracy(report) -> None:  # type: ignore[no-untyped-def]
    assert report.automated_accuracy >= AUTOMATED_FLOOR, "\n".join(report.errors)


def test_per_kind_f1(report) -> None:  # type: ignore[no-untyped-def]
    for kind in (
        "access",
        "rectification",
        "erasure",
        "restriction",
        "portability",
        "objection",
        "marketing_opt_out",
        "complaint",
    ):
        assert report.prf(kind)[2] >= KIND_F1_FLOOR, kind
