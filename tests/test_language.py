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


def test_preload_loads_the_model_detect_uses() -> None:
    from requestbot.understand import language as language_mod

    language_mod._langid.cache_clear()
    language_mod._PRELOADED.clear()
    language_mod.preload(["sv", "fi", "en", "de"])  # a language without stop words is left out
    key = ("en", "fi", "sv")
    assert {key} == language_mod._PRELOADED
    model = language_mod._model(key)  # waits for the background load, if still running
    assert model is language_mod._langid(key)
    assert language_mod._langid.cache_info().misses == 1  # loaded once, by either thread
    language_mod.preload(["en", "fi", "sv"])  # already there: nothing started
    assert language_mod._langid.cache_info().misses == 1
    assert language_mod.detect_langid("Please delete all my data", key, "fi")[0] == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bilingual writer writes their first language first
        (
            "Tietojen poisto / Radering av uppgifter\n\nHei / Hej,\n\npyydän poistamaan kaikki "
            "minua koskevat tiedot. Jag ber er radera alla mina uppgifter.",
            "fi",
        ),
        (
            "Hei! Haluan että poistatte minun tiedot. Jag har inte beställt något sedan 2020 så "
            "det finns ingen orsak att spara något. Kiitos / tack.",
            "fi",
        ),
        (
            "Hej, jag vill att ni raderar mina uppgifter. Haluan että poistatte kaikki minun "
            "tiedot, kiitos.",
            "sv",
        ),
        # a notice in three languages, Finnish first
        (
            "Hei, sinulle on saapunut uusi viesti. Lue se nyt, kiitos.\n"
            "Du har fått ett nytt meddelande. Svara inte på det här, tack.\n"
            "You have a new message. Please do not reply to this message.",
            "fi",
        ),
    ],
)
def test_a_mixed_text_is_in_the_language_it_starts_in(text: str, expected: str) -> None:
    assert detect(text) == expected
