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

import logging
import re
import subprocess
import threading
from collections.abc import Sequence
from functools import lru_cache

from requestbot.normalise import fold_text

# Function words and everyday request words, folded (ä→a, ö→o, å→a). Words that
# are common in two of the languages ("en", "i", "on", "men", "for", "me", "se",
# "mina") are left out on purpose.
_WORDS: dict[str, frozenset[str]] = {
    "fi": frozenset(
        """
        alkaa asia asiasta ei emme enaa et etta ette ettei halua haluaisin haluan haluu
        haluun hei henkilotietoni ja jo joka joo jos jotka kaikki kaikkien kanssa
        kiitoksia kiitos koska koulukuva koulukuvat kun kuva kuvat kuvia kylla
        lahettakaa lapseni markkinointia meidan miksi minulla minulle minun minusta
        minut mita moi moro mulle mult multa mun must mut mutta myos nama niin nyt ole
        olen olet olette oli olisi onko ootte osoite ovat pliis poistaa poistakaa pyydan
        pyytaisin sahkoposti seka sen siis siita tai tama taman tasta te teidan teil
        teilla teille teilta terv terveisin tiedot tietoja tietojani tietojeni tietoni
        tilauksen tilaukseni tilaus uutiskirje uutiskirjeen vain viela voisitteko
        voitteko yst ystavallisin
        """.split()  # noqa: SIM905
    ),
    "sv": frozenset(
        """
        alla allt ar att av bara barn bestallning bilden bilder bilderna bort da dessa
        det detta dig dotter eller er era ert faktura fakturan far fran gjorde gor
        halsningar har hej hejsan hoppas hur inga ingen inte jag ju kan kommer med mej
        mig min mina mitt mvh nagon nagra nar nej ni nyhetsbrev nyhetsbrevet och ocksa
        om oss pa personuppgifter radera reklam sa sig ska skulle sluta som son tack
        tacksam uppgifter vad vanliga vara varfor vi vilka vill
        """.split()  # noqa: SIM905
    ),
    "en": frozenset(
        """
        about account all am and any are be best can cheers could data daughter dear
        delete do don't dont email emails forget from have hello hi i'd i'm information
        is it it's just kind know like me my newsletter not of order our photo photos
        please regards remove send sincerely son stop thank thanks that the their there
        this to want was we we're were what where who will with would you your yours
        """.split()  # noqa: SIM905
    ),
}

_TOKEN = re.compile(r"[a-z']+")
#: each listed word and the languages whose list has it (one look-up per token)
_LANGS_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in _WORDS.items() if word in words)
    for word in frozenset().union(*_WORDS.values())
}
_FI_CUES = re.compile(
    r"(?:aa|ee|ii|uu|yy|oo)\w*(?:ni|nne|mme|kaa|ssa|sta|lla|lta|lle)\b|\w+(?:kaa|ssa|sta|lla|lta|ista|iin)\b"
)
_SV_CUES = re.compile(r"\b\w+(?:ning|ningen|erna|arna|orna|heten)\b")

log = logging.getLogger("requestbot.language")

#: Stop-word score margin above which py3langid is not consulted.
CLEAR_MARGIN = 2.0


def stopword_scores(text: str, folded: str | None = None) -> dict[str, float]:
    """Score each language by function words and spelling cues (higher = likelier)."""
    folded = fold_text(text) if folded is None else folded
    scores = {lang: 0.0 for lang in _WORDS}
    for tok in _TOKEN.findall(folded):
        for lang in _LANGS_OF.get(tok, ()):
            scores[lang] += 1.0
    scores["fi"] += 0.5 * len(_FI_CUES.findall(folded))
    scores["sv"] += 0.5 * len(_SV_CUES.findall(folded))
    lowered = text.lower()
    if "å" in lowered:
        scores["sv"] += 3.0
    if "y" in folded and ("ä" in lowered or "ö" in lowered):
        scores["fi"] += 1.0
    return scores


#: A text is written in two languages when the runner-up's function words are at
#: least this share of the leader's, and each has at least ``MIXED_MIN`` of them.
MIXED_SHARE = 0.25
MIXED_MIN = 3
#: In a mixed text, the first language to reach this many function words is the
#: writer's first language.
FIRST_REACHES = 3
#: Listed words that are also everyday words of another language ("data", "all"
#: are Swedish too): they tell no first language.
_SHARED = frozenset({"data", "all"})
#: Two words side by side, one per language: "Hei / Hej", "Kiitos / tack".
_SIDE_BY_SIDE = re.compile(r"\S+ / \S+")


def first_of_two(text: str, languages: Sequence[str]) -> str | None:
    """The language a text in two languages starts in, or None when it is not mixed.

    A bilingual writer answers in their first language: they write it first. Of the
    function words in order, the language that first has ``FIRST_REACHES`` of them
    decides ("Hei / Hej, pyydän poistamaan kaikki tiedot. Jag ber er radera …" is
    Finnish); words given side by side ("Hei / Hej", "Kiitos / tack") tell no order."""
    ordered = _SIDE_BY_SIDE.sub(" ", text)
    hits = [
        lang
        for tok in _TOKEN.findall(fold_text(ordered))
        if tok not in _SHARED
        for lang in _LANGS_OF.get(tok, ())
        if lang in languages
    ]
    counts = sorted((hits.count(lang) for lang in languages), reverse=True)
    if len(counts) < 2 or counts[1] < MIXED_MIN or counts[1] < MIXED_SHARE * counts[0]:
        return None
    running = dict.fromkeys(languages, 0)
    for lang in hits:
        running[lang] += 1
        if running[lang] >= FIRST_REACHES:
            return lang
    return None


def detect_stopwords(text: str, languages: Sequence[str], default: str) -> tuple[str, float]:
    """Best language by stop-word score and its margin over the runner-up."""
    return _best(stopword_scores(text), languages, default)


def _best(scores: dict[str, float], languages: Sequence[str], default: str) -> tuple[str, float]:
    ranked = sorted(((scores.get(lang, 0.0), lang) for lang in languages), reverse=True)
    if not ranked or ranked[0][0] <= 0:
        return default, 0.0
    margin = ranked[0][0] - (ranked[1][0] if len(ranked) > 1 else 0.0)
    if margin == 0:
        return (default if default in languages else ranked[0][1]), 0.0
    return ranked[0][1], margin


@lru_cache(maxsize=8)
def _langid(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """py3langid's classifier for ``languages``: from the memory-mapped cache file
    (langmodel.py, no numpy in this process), else py3langid itself."""
    from . import langmodel

    try:
        return langmodel.load(languages)
    except (OSError, ValueError, RuntimeError, subprocess.SubprocessError) as exc:
        log.warning("language model cache unavailable (%s); loading py3langid in-process", exc)
        return _langid_in_process(languages)


def _langid_in_process(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """py3langid's model cut down to ``languages``.

    ``set_languages`` would keep the full 97-language model (~75 MB of arrays) for a
    later reset; only the columns of our languages are kept, as set_languages
    computes them, and the full model is let go.
    """
    from py3langid.langid import LanguageIdentifier

    from .langmodel import model_columns

    full, indices = model_columns(languages)
    return LanguageIdentifier(
        full.nb_ptc[:, indices],  # a copy: the full arrays go with ``full``
        full.nb_pc[indices],
        [full.nb_classes[i] for i in indices],
        full.tk_nextmove,
        full.tk_output,
        norm_probs=True,
        tk_row=full.tk_row,
    )


_LOADING = threading.Lock()  # one load of a model, whichever thread asks first
_PRELOADED: set[tuple[str, ...]] = set()


def _model(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    with _LOADING:
        return _langid(languages)


def preload(languages: Sequence[str]) -> None:
    """Load the model ``detect`` uses for ``languages`` in a background thread.

    Loading maps the cache file (langmodel.py); the first time on a machine a child
    process writes it (~1.5 s), and without a cache py3langid loads (~0.6 s, mostly
    lzma). Either lets other threads run: a backlog's intake goes on meanwhile instead of waiting at the first
    message whose language the stop words cannot tell."""
    langs = tuple(sorted(lang for lang in languages if lang in _WORDS))
    if len(langs) < 2 or langs in _PRELOADED:
        return
    _PRELOADED.add(langs)
    threading.Thread(target=_model, args=(langs,), name="langid-load", daemon=True).start()


def detect_langid(text: str, languages: Sequence[str], default: str) -> tuple[str, float]:
    """py3langid restricted to ``languages``; (language, probability)."""
    if not text.strip():
        return default, 0.0
    lang, prob = _model(tuple(sorted(languages))).classify(text)
    return str(lang), float(prob)


def detect(
    text: str,
    languages: Sequence[str] = ("fi", "sv", "en"),
    default: str = "fi",
    method: str = "combined",
    folded: str | None = None,
) -> str:
    """The language of ``text``, one of ``languages``; ``default`` when it cannot tell.

    ``method`` is "combined" (the default), "stopwords" or "langid". ``folded``: the
    text already folded (``normalise.fold``), so it is not folded again.
    """
    langs = tuple(lang for lang in languages if lang in _WORDS) or (default,)
    if len(langs) == 1:
        return langs[0]
    if method == "langid":
        return detect_langid(text, langs, default)[0]
    scores = stopword_scores(text, folded)
    lang, margin = _best(scores, langs, default)
    if sorted(scores[la] for la in langs)[-2] >= MIXED_MIN:  # cheap test: may be mixed
        first = first_of_two(text, langs)
        if first is not None:
            return first
    if method == "stopwords" or margin >= CLEAR_MARGIN:
        return lang
    if len(text.strip()) < 3:
        return default
    guess, prob = detect_langid(text, langs, default)
    if margin > 0 and prob < 0.9:
        return lang
    return guess
