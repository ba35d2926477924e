"""Which language a customer wrote in: Finnish, Swedish or English.

Two methods, measured on the labelled corpus by ``bench/classify_eval.py``:

* ``stopwords``: count frequent function words of each language in the folded
  text (so "alkaa lahettako" and "älkää lähettäkö" count the same), plus a few
  spelling cues (å only in Swedish; Finnish double vowels and case endings).
  Needs no data files and is explainable.
* ``langid``: py3langid restricted to the allowed languages.

``detect`` uses the stop-word score when it is clear and asks py3langid only
when it is not (short or mixed texts); see bench/classify_eval.py for figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from requestbot.normalise import fold_text

# Function words and everyday request words, folded (ä→a, ö→o, å→a). Words that
# are common in two of the languages ("en", "i", "on", "men", "for", "me", "se",
# "mina") are left out on purpose.
_WORDS: dict[str, frozenset[str]] = {
    "fi": frozenset(
        [
            "ja",
            "ei",
            "etta",
            "et",
            "minun",
            "minulla",
            "minulle",
            "minut",
            "minusta",
            "mun",
            "mulle",
            "mult",
            "multa",
            "must",
            "mut",
            "teilla",
            "teil",
            "teilta",
            "teidan",
            "teille",
            "te",
            "olen",
            "olet",
            "ole",
            "oli",
            "olisi",
            "olette",
            "ootte",
            "ovat",
            "onko",
            "kiitos",
            "kiitoksia",
            "hei",
            "moi",
            "moro",
            "terveisin",
            "ystavallisin",
            "yst",
            "terv",
            "haluan",
            "haluaisin",
            "haluun",
            "haluu",
            "halua",
            "tietoni",
            "tiedot",
            "tietoja",
            "tietojani",
            "tietojeni",
            "kaikki",
            "kaikkien",
            "myos",
            "kun",
            "jos",
            "mutta",
            "vain",
            "seka",
            "tai",
            "niin",
            "enaa",
            "voisitteko",
            "voitteko",
            "pyydan",
            "pyytaisin",
            "alkaa",
            "lapseni",
            "tama",
            "taman",
            "tasta",
            "nyt",
            "jo",
            "kanssa",
            "mita",
            "miksi",
            "koska",
            "joka",
            "jotka",
            "etta",
            "sahkoposti",
            "tilaus",
            "tilauksen",
            "tilaukseni",
            "kuvat",
            "kuva",
            "kuvia",
            "poistakaa",
            "poistaa",
            "lahettakaa",
            "nama",
            "viela",
            "ette",
            "emme",
            "ettei",
            "siita",
            "sen",
            "siis",
            "kylla",
            "joo",
            "pliis",
            "asia",
            "asiasta",
            "teidan",
            "meidan",
            "koulukuva",
            "koulukuvat",
            "uutiskirje",
            "uutiskirjeen",
            "markkinointia",
            "henkilotietoni",
            "osoite",
        ]
    ),
    "sv": frozenset(
        [
            "och",
            "jag",
            "att",
            "det",
            "inte",
            "mina",
            "mitt",
            "mig",
            "mej",
            "ni",
            "er",
            "ert",
            "era",
            "har",
            "ar",
            "pa",
            "med",
            "som",
            "av",
            "om",
            "vill",
            "kan",
            "hej",
            "tack",
            "halsningar",
            "vanliga",
            "mvh",
            "ocksa",
            "eller",
            "fran",
            "vad",
            "vilka",
            "skulle",
            "ska",
            "far",
            "inga",
            "alla",
            "allt",
            "hur",
            "varfor",
            "uppgifter",
            "personuppgifter",
            "barn",
            "dotter",
            "son",
            "kommer",
            "sluta",
            "bara",
            "da",
            "nar",
            "vi",
            "oss",
            "vara",
            "detta",
            "dessa",
            "ingen",
            "nagon",
            "nagra",
            "bilder",
            "bilden",
            "bilderna",
            "radera",
            "bort",
            "hejsan",
            "tacksam",
            "hoppas",
            "gor",
            "gjorde",
            "min",
            "dig",
            "sig",
            "ju",
            "nej",
            "sa",
            "ert",
            "bestallning",
            "fakturan",
            "faktura",
            "nyhetsbrevet",
            "nyhetsbrev",
            "reklam",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "you",
            "your",
            "my",
            "to",
            "of",
            "is",
            "are",
            "please",
            "thanks",
            "thank",
            "hi",
            "hello",
            "dear",
            "regards",
            "would",
            "could",
            "want",
            "don't",
            "dont",
            "not",
            "this",
            "that",
            "it",
            "have",
            "from",
            "with",
            "all",
            "any",
            "about",
            "we",
            "our",
            "be",
            "do",
            "can",
            "what",
            "who",
            "where",
            "am",
            "was",
            "were",
            "will",
            "just",
            "know",
            "data",
            "delete",
            "remove",
            "send",
            "stop",
            "information",
            "photos",
            "photo",
            "daughter",
            "son",
            "order",
            "email",
            "emails",
            "newsletter",
            "account",
            "forget",
            "me",
            "kind",
            "best",
            "sincerely",
            "yours",
            "cheers",
            "would",
            "like",
            "i'd",
            "i'm",
            "we're",
            "it's",
            "there",
            "their",
        ]
    ),
}

_TOKEN = re.compile(r"[a-z']+")
_FI_CUES = re.compile(
    r"(?:aa|ee|ii|uu|yy|oo)\w*(?:ni|nne|mme|kaa|ssa|sta|lla|lta|lle)\b|\w+(?:kaa|ssa|sta|lla|lta|ista|iin)\b"
)
_SV_CUES = re.compile(r"\b\w+(?:ning|ningen|erna|arna|orna|heten)\b")

#: Stop-word score margin above which py3langid is not consulted.
CLEAR_MARGIN = 2.0


def stopword_scores(text: str) -> dict[str, float]:
    """Score each language by function words and spelling cues (higher = likelier)."""
    folded = fold_text(text)
    scores = {lang: 0.0 for lang in _WORDS}
    for tok in _TOKEN.findall(folded):
        for lang, words in _WORDS.items():
            if tok in words:
                scores[lang] += 1.0
    scores["fi"] += 0.5 * len(_FI_CUES.findall(folded))
    scores["sv"] += 0.5 * len(_SV_CUES.findall(folded))
    lowered = text.lower()
    if "å" in lowered:
        scores["sv"] += 3.0
    if "y" in folded and ("ä" in lowered or "ö" in lowered):
        scores["fi"] += 1.0
    return scores


def detect_stopwords(text: str, languages: Sequence[str], default: str) -> tuple[str, float]:
    """Best language by stop-word score and its margin over the runner-up."""
    scores = stopword_scores(text)
    ranked = sorted(((scores.get(lang, 0.0), lang) for lang in languages), reverse=True)
    if not ranked or ranked[0][0] <= 0:
        return default, 0.0
    margin = ranked[0][0] - (ranked[1][0] if len(ranked) > 1 else 0.0)
    if margin == 0:
        return (default if default in languages else ranked[0][1]), 0.0
    return ranked[0][1], margin


@lru_cache(maxsize=8)
def _langid(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def detect_langid(text: str, languages: Sequence[str], default: str) -> tuple[str, float]:
    """py3langid restricted to ``languages``; (language, probability)."""
    if not text.strip():
        return default, 0.0
    lang, prob = _langid(tuple(sorted(languages))).classify(text)
    return str(lang), float(prob)


def detect(
    text: str,
    languages: Sequence[str] = ("fi", "sv", "en"),
    default: str = "fi",
    method: str = "combined",
) -> str:
    """The language of ``text``, one of ``languages``; ``default`` when it cannot tell.

    ``method`` is "combined" (the default), "stopwords" or "langid".
    """
    langs = tuple(lang for lang in languages if lang in _WORDS) or (default,)
    if len(langs) == 1:
        return langs[0]
    if method == "langid":
        return detect_langid(text, langs, default)[0]
    lang, margin = detect_stopwords(text, langs, default)
    if method == "stopwords" or margin >= CLEAR_MARGIN:
        return lang
    if len(text.strip()) < 3:
        return default
    guess, prob = detect_langid(text, langs, default)
    if margin > 0 and prob < 0.9:
        return lang
    return guess
