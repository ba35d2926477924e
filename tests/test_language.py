"""Language detection: fi / sv / en, informal text without diacritics included."""

from __future__ import annotations

import pytest

from requestbot.understand.language import detect, detect_stopwords

CASES = [
    ("poistakaa mun tiedot", "fi"),
    ("alkaa lahettako enaa mainoksia", "fi"),
    ("Älkää lähettäkö mainoksia", "fi"),
    ("Hei, mitä tietoja teillä on minusta? Terveisin Marja", "fi"),
    ("radera mina uppgifter tack", "sv"),
    ("Jag vill ha ett registerutdrag", "sv"),
    ("Hej! Vilka uppgifter har ni om mitt barn?", "sv"),
    ("Please delete my account", "en"),
    ("What information do you have on me?", "en"),
    ("stop sending me your ads", "en"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detect(text: str, expected: str) -> None:
    assert detect(text) == expected


@pytest.mark.parametrize("method", ["stopwords", "langid"])
def test_each_method_on_clear_text(method: str) -> None:
    assert detect("Haluan että poistatte kaikki minun tiedot", method=method) == "fi"
    assert detect("Jag vill att ni raderar alla mina uppgifter", method=method) == "sv"
    assert detect("I want you to delete all of my data", method=method) == "en"


def test_restricted_to_allowed_languages() -> None:
    assert detect("radera mina uppgifter tack", languages=("fi", "en")) in ("fi", "en")
    assert detect("anything at all", languages=("sv",)) == "sv"


def test_default_when_it_cannot_tell() -> None:
    assert detect("", default="sv") == "sv"
    assert detect("12345", default="en", method="stopwords") == "en"
    assert detect_stopwords("", ("fi", "sv", "en"), "fi") == ("fi", 0.0)
