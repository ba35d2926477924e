"""The one labelled corpus (tests/corpus) run through intake + classify, with floors that can fail.

``labels.csv`` holds every message in ``messages/`` with its split: ``own`` (the first
corpus), ``blind1`` … ``blind8`` (the synthetic blind rounds), ``real`` and
``real_holdout`` (real texts from public sources, see SOURCES.tsv) and ``translated``.
The floors are for the ``own`` split, what it reaches today rounded down a little; the
figures for every split are printed by ``.venv/bin/python bench/classify_eval.py``.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
MESSAGES = CORPUS / "messages"

EXACT_FLOOR = 0.95
LANGUAGE_FLOOR = 0.97
AUTOMATED_FLOOR = 0.95
KIND_F1_FLOOR = 0.9
KINDS = {
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "marketing_opt_out",
    "complaint",
}
REAL = ("real", "real_holdout")


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "classify_eval", ROOT / "bench" / "classify_eval.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["classify_eval"] = module
    spec.loader.exec_module(module)
    return module


def _rows() -> list[dict[str, str]]:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return _bench().evaluate_splits(CORPUS, ["own"])["own"]


def test_labels_match_the_messages_folder() -> None:
    rows = _rows()
    files = [r["file"] for r in rows]
    assert len(files) == len(set(files)), "a file is labelled twice"
    assert set(files) == {p.name for p in MESSAGES.glob("*.eml")}
    splits = set(_bench().SPLITS) - {"all"}
    for r in rows:
        assert r["split"] in splits, r
        assert set(k for k in r["kinds"].split("+") if k) <= KINDS, r
        assert r["language"] in ("fi", "sv", "en"), r
        assert r["automated"] in ("true", "false"), r
        assert r["source_kind"], r


def test_real_texts_have_sources_and_a_holdout() -> None:
    rows = [r for r in _rows() if r["split"] in REAL]
    with (CORPUS / "SOURCES.tsv").open(encoding="utf-8", newline="") as f:
        sources = {r["file"]: r for r in csv.DictReader(f, delimiter="\t")}
    for r in rows:
        assert r["file"] in sources, r["file"]
        assert sources[r["file"]]["source"].strip(), r["file"]
    assert all(r["source_kind"] != "synthetic" for r in rows)
    if len(rows) >= 20:
        holdout = sum(r["split"] == "real_holdout" for r in rows)
        assert 0.2 <= holdout / len(rows) <= 0.4


def test_own_split_shape() -> None:
    rows = [r for r in _rows() if r["split"] == "own"]
    human = [r for r in rows if r["automated"] == "false"]
    by_lang = {lang: sum(r["language"] == lang for r in human) for lang in ("fi", "sv", "en")}
    assert len(rows) >= 160
    assert by_lang["fi"] >= 70 and by_lang["sv"] >= 40 and by_lang["en"] >= 30
    assert sum(r["automated"] == "true" for r in rows) >= 20
    assert sum(r["note"].startswith("near-miss") for r in rows) >= 30
    assert sum("+" in r["kinds"] for r in rows) >= 20


def test_exact_kind_set_accuracy(report) -> None:  # type: ignore[no-untyped-def]
    assert report.exact_accuracy >= EXACT_FLOOR, "\n".join(report.errors)


def test_language_accuracy(report) -> None:  # type: ignore[no-untyped-def]
    assert report.language_accuracy >= LANGUAGE_FLOOR, "\n".join(report.errors)


def test_automated_accuracy(report) -> None:  # type: ignore[no-untyped-def]
    assert report.automated_accuracy >= AUTOMATED_FLOOR, "\n".join(report.errors)


def test_per_kind_f1(report) -> None:  # type: ignore[no-untyped-def]
    for kind in sorted(KINDS):
        assert report.prf(kind)[2] >= KIND_F1_FLOOR, kind


def test_report_counts_a_wrong_reading_and_the_rule_behind_it(tmp_path: Path) -> None:
    bench = _bench()
    own = [lab for lab in bench.read_labels(CORPUS / "labels.csv") if lab.split == "own"]
    erasure = next(lab for lab in own if lab.kinds == {"erasure"} and not lab.automated)
    relabelled = bench.Label(erasure.file, frozenset({"access"}), erasure.language, False, "x")
    r = bench.evaluate([relabelled], MESSAGES, split="x")
    assert (r.total, r.exact) == (1, 0)
    assert r.wrong_unflagged + r.flagged >= 1
    assert r.fp.get("erasure") == 1 and r.fn.get("access") == 1
    assert any(r.rule_kind[name] == "erasure" for name, _ in r.worst_rules())
