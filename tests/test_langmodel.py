"""langmodel.py: py3langid's scoring from a compact memory-mapped cache file."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from requestbot.intake import parse_message
from requestbot.understand import langmodel
from requestbot.understand.language import _langid, _langid_in_process

LANGS = ("en", "fi", "sv")
ROOT = Path(__file__).resolve().parent


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REQUESTBOT_CACHE_DIR", str(tmp_path / "cache"))
    _langid.cache_clear()
    yield tmp_path / "cache"
    _langid.cache_clear()


def corpus_texts(n: int) -> list[str]:
    files = sorted(ROOT.glob("corpus*/**/*.eml"))
    random.Random(7).shuffle(files)
    texts = []
    for path in files[:n]:
        msg = parse_message(path.read_bytes())
        texts.append(msg.subject + "\n" + msg.new_text)
    return texts + ["", "   ", "OK", "TACK SÅ MYCKET", "Hei!", "\udcff broken surrogate"]


def test_scores_agree_with_py3langid(cache: Path) -> None:
    ours = langmodel.load(LANGS)
    theirs = _langid_in_process(LANGS)
    texts = corpus_texts(400)
    for text in texts:
        lang, prob = ours.classify(text)
        ref_lang, ref_prob = theirs.classify(text)
        assert lang == ref_lang and abs(prob - float(ref_prob)) < 1e-4, text[:80]
    assert {ours.classify(t)[0] for t in texts} == set(LANGS)  # the test can tell them apart


def test_the_cache_is_written_once_then_mapped(cache: Path) -> None:
    first = langmodel.load(LANGS)
    files = list(cache.iterdir())
    assert len(files) == 1 and files[0] == langmodel.cache_path(LANGS)
    before = files[0].stat().st_mtime_ns
    again = langmodel.load(LANGS)
    assert files[0].stat().st_mtime_ns == before
    assert again.classify("Poistakaa tietoni") == first.classify("Poistakaa tietoni")
    assert first.classify("Poistakaa kaikki minun tietoni rekisteristänne")[0] == "fi"
    # far smaller than py3langid's automaton (39 MB as numpy holds it)
    assert files[0].stat().st_size < 16_000_000


def test_another_language_set_has_its_own_file(cache: Path) -> None:
    assert langmodel.cache_path(("en", "fi")) != langmodel.cache_path(LANGS)
    two = langmodel.load(("en", "fi"))
    assert two.classes == ("en", "fi")
    assert two.classify("Radera alla mina personuppgifter")[0] in ("en", "fi")


def test_a_cache_of_another_layout_is_refused(cache: Path) -> None:
    path = langmodel.cache_path(LANGS)
    path.parent.mkdir(parents=True)
    path.write_bytes(json.dumps({"layout": 0}).encode() + b"\n")
    with pytest.raises(ValueError, match="layout"):
        langmodel.load(LANGS)


def test_without_a_cache_py3langid_is_used_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("REQUESTBOT_CACHE_DIR", str(blocker))
    _langid.cache_clear()
    try:
        model = _langid(LANGS)
        assert not isinstance(model, langmodel.MappedModel)
        assert model.classify("Radera alla mina personuppgifter hos er")[0] == "sv"
    finally:
        _langid.cache_clear()


def test_the_process_that_scores_never_imports_numpy(cache: Path) -> None:
    code = (
        "import sys; from requestbot.understand.language import detect_langid; "
        "print(detect_langid('Please erase my data', ['en', 'fi', 'sv'], 'fi')[0], "
        "'numpy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "REQUESTBOT_CACHE_DIR": str(cache)},
    )
    assert out.stdout.split() == ["en", "False"]
