"""Language detection: fi / sv / en, informal text without diacritics included."""

from __future__ import annotations

import pytest

from requestbot.understand.language import (
    detect,
    detect_stopwords,
    mixed_first,
    of_returned_message,
)

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


# A mail in two or three languages is in the language it opens with: the writer's
# first language, the one the request is made in (tests/corpus/README.md).
MIXED = [
    # a bilingual writer: Finnish first, then the same or more in Swedish
    (
        "Hei / Hej,\n\npyydän poistamaan kaikki minua koskevat tiedot. "
        "Jag ber er radera alla mina uppgifter.\n\nNelli",
        "fi",
    ),
    (
        "Hei! Haluan että poistatte minun tiedot. Jag har inte beställt något sedan 2020 "
        "så det finns ingen orsak att spara något. Kiitos / tack.",
        "fi",
    ),
    # the same, Swedish first
    (
        "Hej / Hei,\n\njag ber er radera alla mina uppgifter. "
        "Pyydän poistamaan kaikki minua koskevat tiedot.",
        "sv",
    ),
    # a notice in Finnish and Swedish: Finnish has few function words
    (
        "Viestinne on vastaanotettu Vaasan kaupungin kirjaamossa. Tämä on automaattinen "
        "kuittaus.\n\nErt meddelande har tagits emot av Vasa stads registratorskontor. "
        "Detta är en automatisk kvittering.",
        "fi",
    ),
    # a notice in Finnish, Swedish and English: English has the most function words
    (
        "Salasanasi on vaihdettu. Jos vaihdoit salasanasi itse, voit jättää tämän viestin "
        "huomiotta.\n\nDitt lösenord har ändrats. Om du har ändrat ditt lösenord själv kan "
        "du ignorera det här meddelandet.\n\nYour password has been changed. If you "
        "changed your password yourself, you can ignore this message.",
        "fi",
    ),
    # a short Finnish text with few function words under a Swedish or English signature
    (
        "Puhelinnumeroni on vaihtunut, uusi on 040 123 4567.\n\nMed vänliga hälsningar\n"
        "Anna Svensson\nKundansvarig, Exempel Ab",
        "fi",
    ),
    (
        "Miten saan ladattua ostamani digikuvat? Latauslinkki vanheni ennen kuin ehdin.\n\n"
        "Best regards,\nJohn Smith\nSenior Engineer, Example Ltd",
        "fi",
    ),
    # English first, then Finnish
    (
        "Please delete all my data from your register. I do not want to be your customer "
        "any more.\n\nPyydän poistamaan kaikki minua koskevat tiedot rekisteristänne.",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_a_mixed_text_is_in_the_language_it_opens_with(text: str, expected: str) -> None:
    assert detect(text) == expected


# One language with a greeting, a thank-you or a quoted title in another is not mixed.
ONE_LANGUAGE = [
    (
        "Hej! Haluaisin tietää mitä tietoja teillä on minusta ja lapsestani. Olen ollut "
        "asiakkaana vuodesta 2019 ja haluan nähdä kaikki tiedot jotka olette keränneet. "
        "Kiitos jo etukäteen vastauksesta. Tack!",
        "fi",
    ),
    (
        "Hei! Jag vill veta vilka uppgifter ni har om mig och mitt barn. Jag har varit "
        "kund sedan 2019 och vill se alla uppgifter som ni har samlat in om oss.",
        "sv",
    ),
    (
        "I got your newsletter 'Joulun parhaat tarjoukset' again although I asked you to "
        "stop sending it to me last month. Please remove me from your mailing list now.",
        "en",
    ),
    # a writer who opens with a quotation of our mail writes in their own language
    (
        '"Hei! Lapsesi koulukuvat ovat nyt nähtävissä. Tilaa ne tästä ennen joulua."\n'
        "Varför får jag sådana mejl? Jag har inga barn. Radera mig.",
        "sv",
    ),
    # a one-word Finnish reply to a mailing
    ("Lopeta", "fi"),
]


@pytest.mark.parametrize(("text", "expected"), ONE_LANGUAGE)
def test_a_greeting_or_title_in_another_language_does_not_make_a_text_mixed(
    text: str, expected: str
) -> None:
    assert detect(text) == expected


def test_a_reply_subject_in_our_language_does_not_open_the_writers_text() -> None:
    subject = "Uutiskirje: joulun parhaat tarjoukset ja kuvakalenterit"
    body = "Jag vill inte ha era nyhetsbrev längre. Ta bort mig från listan, tack."
    assert detect(f"{subject}\n\n{body}", opening=body) == "sv"


def test_mixed_first_is_none_for_one_language() -> None:
    assert mixed_first("Please delete my data. Thank you.", ("fi", "sv", "en")) is None
    assert mixed_first("", ("fi", "sv", "en")) is None


# A delivery report's own text is the mail system's; it is in the language of the
# message it returns (as a rule ours), quoted in its text.
RETURNED = [
    (
        "--- Alkuperäinen viesti ---\nSubject: Koulukuvat ovat nyt tilattavissa\n"
        "From: Zoomi <uutiset@example.fi>\n\nHei! Lapsesi koulukuvat ovat nyt nähtävissä. "
        "Peruuta uutiskirje tästä.",
        "fi",
    ),
    (
        "   ----- Original message -----\nSubject: Julerbjudande: fotokalendrar -20 %\n"
        "Avregistrera dig: https://shop.example.fi/avregistrera",
        "sv",
    ),
    (
        "----- Original message -----\nSubject: Christmas offer: photo books -25%\n"
        "Unsubscribe: https://shop.example.fi/unsubscribe",
        "en",
    ),
]


@pytest.mark.parametrize(("returned", "expected"), RETURNED)
def test_a_delivery_report_is_in_the_language_of_the_returned_message(
    returned: str, expected: str
) -> None:
    assert of_returned_message(returned, ("fi", "sv", "en"), "fi") == expected


def test_a_delivery_report_without_returned_text_keeps_its_own_language() -> None:
    assert of_returned_message("", ("fi", "sv", "en"), "fi") is None
    quote = "----- Original message -----\nFrom: <a@example.fi>\nDate: 1.12.2026"
    assert of_returned_message(quote, ("fi", "sv", "en"), "fi") is None


def test_stop_word_folding_matches_the_rules_folding() -> None:
    from requestbot.normalise import fold_text
    from requestbot.understand.language import _fold_piece

    for text in ("Älkää LÄHETTÄKÖ", "på semester, Åsa", "don’t", "Crème brûlée", "Öljy ÅÄÖ"):
        assert _fold_piece(text) == fold_text(text)
