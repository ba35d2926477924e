"""Real-world corpora (../shared/corpora or $REQUESTBOT_CORPORA): parse, automated, replies.

Skipped only when the corpora directory is absent (a plain clone has no ../shared).
Print the replies/ match share with: pytest -s tests/test_corpora.py -k replies
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from requestbot.intake import html_to_text, parse_message
from requestbot.quotes import strip_html_quotes, strip_quotes

CORPORA = Path(
    os.environ.get("REQUESTBOT_CORPORA")
    or Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
)
pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"no corpora at {CORPORA}")

#: Measured share of replies/ expected outputs matched (133/142 when written); the floor can fail.
REPLIES_FLOOR = 0.90

#: Every file in automated/ must be recognised (bulk spam there by the spam:* rules).
NOT_AUTOMATED_IN_AUTOMATED: frozenset[str] = frozenset()


def _files(folder: str, pattern: str = "*.eml") -> list[Path]:
    return sorted((CORPORA / folder).rglob(pattern)) if CORPORA.is_dir() else []


def test_every_message_parses() -> None:
    files = _files(".")
    assert files
    for path in files:
        raw = path.read_bytes()
        m = parse_message(raw)
        assert m.size == len(raw), path
        assert m.message_id, path
        assert "intake_error" not in " ".join(m.flags), (path, m.flags)


def test_every_automated_file_is_automated() -> None:
    files = _files("automated")
    assert len(files) > 500
    missed = []
    for path in files:
        rel = path.relative_to(CORPORA / "automated").as_posix()
        m = parse_message(path.read_bytes())
        if rel in NOT_AUTOMATED_IN_AUTOMATED:
            continue
        if not m.automated:
            missed.append(rel)
    assert missed == []


def test_ordinary_mail_is_not_automated() -> None:
    files = _files("mime/sisimai-not-bounce") + _files("replies")
    assert files
    flagged = [(p.name, parse_message(p.read_bytes()).automated_reason) for p in files]
    assert [f for f in flagged if f[1]] == []


def _reply_result(path: Path) -> str:
    folder = path.parent.relative_to(CORPORA / "replies").as_posix()
    keep = folder.startswith("talon")  # talon's expectations keep signatures (MANIFEST.md)
    if path.suffix == ".eml":
        return strip_quotes(parse_message(path.read_bytes()).full_text, keep_signature=keep)
    text = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix == ".html":
        return strip_quotes(html_to_text(strip_html_quotes(text)), keep_signature=keep)
    return strip_quotes(text, keep_signature=keep)


def _matches(path: Path, got: str, want: str) -> bool:
    if path.parent.name == "html":
        return re.sub(r"\s", "", got) == re.sub(r"\s", "", want)
    return got.strip() == want.strip()


def test_replies_share() -> None:
    inputs = [
        p
        for p in _files("replies", "*")
        if p.is_file()
        and p.suffix in {".eml", ".txt", ".html"}
        and not p.name.endswith(".expected.txt")
    ]
    assert inputs
    total = matched = 0
    misses = []
    for path in inputs:
        got = _reply_result(path)  # every input is processed, expected or not
        expected = path.with_name(path.stem + ".expected.txt")
        if not expected.exists():
            continue
        total += 1
        if _matches(path, got, expected.read_text(encoding="utf-8")):
            matched += 1
        else:
            misses.append(path.relative_to(CORPORA).as_posix())
    share = matched / total
    print(f"\nreplies/: {matched}/{total} = {share:.3f} match; misses: {misses}")
    assert share >= REPLIES_FLOOR


def test_every_automated_file_stays_automated_after_classification() -> None:
    """What `requestbot classify --json` reports: a heuristic automated verdict may give
    way to a recognised request, but none of the real automated mail may."""
    from requestbot.understand.classify import classify_received

    files = _files("automated")
    assert files
    wrong = [
        str(f.relative_to(CORPORA))
        for f in files
        if not classify_received(parse_message(f.read_bytes()))[0].automated
    ]
    assert wrong == []
