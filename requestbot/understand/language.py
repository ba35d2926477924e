"""Which language a customer wrote in: Finnish, Swedish or English.

Two methods, measured on the labelled corpus by ``bench/classify_eval.py``:

* ``stopwords``: count frequent function words of each language in the folded
  text (so "alkaa lahettako" and "älkää lähettäkö" count the same), plus a few
  spelling cues (å only in Swedish; Finnish double vowels and case endings).
  Needs no data files and is explainable.
* ``langid``: py3langid restricted to the allowed languages.

``detect`` uses the stop-word score when it is clear and asks py3langid only
when it is not (short or mixed texts); see bench/classify_eval.py for figures.

A mail written in two or three languages (a bilingual writer's "pyydän poistamaan
tietoni. Jag ber er radera mina uppgifter", a city service's notice in Finnish,
Swedish and English) is in the language it opens with: the writer's first language,
the one the request is made in (the labelling policy, tests/corpus/README.md).
Counting words over the whole text would pick whichever language has the most short
function words (English and Swedish have more than Finnish), so ``detect`` reads the
text line by line and sentence by sentence (``mixed_first``).
"""

from __future__ import annotations

import logging
import re
import subprocess
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

# Function words and everyday request words, folded (ä→a, ö→o, å→a). Words that
# are common in two of the languages ("en", "i", "on", "men", "for", "me", "se",
# "mina") are left out on purpose.
_WORDS: dict[str, frozenset[str]] = {
    "fi": frozenset(
        """
        alkaa asia asiasta ei emme enaa et etta ette ettei halua haluaisin haluan haluu
        haluun hei henkilotietoni ja jo joka joo jos jotka kaikki kaikkien kanssa lopeta
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


#: Where a text is cut into pieces for ``mixed_first``: line ends, sentence ends inside
#: a line, and a slash between translations ("Hei / Hej", "poisto / radering").
_PIECE_END = re.compile(r"\n|(?<=[.!?])[ \t]+|[ \t]+/[ \t]+")
#: A piece is placed by its stop words when its best score is at least this and leads
#: the runner-up by at least this ("Haluan että poistatte minun tiedot." is Finnish).
PIECE_CLEAR = 2.0
#: Else py3langid places a piece of at least this many letters when it is this sure
#: (Finnish has few function words: "Tämä on automaattinen kuittaus.").
PIECE_LANGID_LETTERS = 12
PIECE_LANGID_PROB = 0.99
#: A text is mixed when at least two languages each hold this share of the letters of
#: its placed pieces: a quoted title or a greeting in another language does not make a
#: text bilingual.
MIXED_SHARE = 0.2
#: Characters read piece by piece: the opening decides, and a long text costs no more.
MIXED_SCAN = 3000
#: Characters in which the opening piece is looked for.
OPENING_SCAN = 400
_LETTER = re.compile(r"[^\W\d_]")
#: What the writer quotes is not their language: a line quoted with ">", a quotation
#: in "…", “…”, „…“ or «…» (a title of our newsletter opening a Swedish complaint).
_NOT_OPENING = re.compile(r"^[ \t]*>.*$|[\"“”„«»][^\"“”„«»\n]{1,300}[\"“”„«»]", re.MULTILINE)


def _plain_letter(cp: int) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", chr(cp)) if not unicodedata.combining(c))


#: Folding for the stop words, as ``normalise.fold_text`` does for the letters of
#: Latin-1 and Latin Extended-A and for typographic apostrophes, without its map back
#: to the original (which costs more than the scoring).
_PIECE_FOLD = {cp: _plain_letter(cp) for cp in range(0xC0, 0x180)} | {
    ord(c): "'" for c in "\u2018\u2019\u201a\u02bc\u00b4`"
}


def _fold_piece(piece: str) -> str:
    return piece.lower().translate(_PIECE_FOLD)


def _word_scores(folded: str) -> dict[str, float]:
    """Function words and spelling cues of each language in folded text."""
    scores = dict.fromkeys(_WORDS, 0.0)
    for tok in _TOKEN.findall(folded):
        for lang in _LANGS_OF.get(tok, ()):
            scores[lang] += 1.0
    scores["fi"] += 0.5 * len(_FI_CUES.findall(folded))
    scores["sv"] += 0.5 * len(_SV_CUES.findall(folded))
    return scores


def _letter_scores(text: str, folded: str, scores: dict[str, float]) -> None:
    """Letters only one language has: å is Swedish; y with ä or ö is Finnish."""
    lowered = text.lower()
    if "å" in lowered:
        scores["sv"] += 3.0
    if "y" in folded and ("ä" in lowered or "ö" in lowered):
        scores["fi"] += 1.0


def stopword_scores(text: str, folded: str | None = None) -> dict[str, float]:
    """Score each language by function words and spelling cues (higher = likelier).
    ``folded``: the text already folded (``normalise.fold``), so it is not folded again."""
    folded = _fold_piece(text) if folded is None else folded
    scores = _word_scores(folded)
    _letter_scores(text, folded, scores)
    return scores


def _ranked(scores: dict[str, float], languages: Sequence[str]) -> list[tuple[float, str]]:
    return sorted(((scores.get(lang, 0.0), lang) for lang in languages), reverse=True)


def _best(
    ranked: list[tuple[float, str]], languages: Sequence[str], default: str
) -> tuple[str, float]:
    if not ranked or ranked[0][0] <= 0:
        return default, 0.0
    margin = ranked[0][0] - (ranked[1][0] if len(ranked) > 1 else 0.0)
    if margin == 0:
        return (default if default in languages else ranked[0][1]), 0.0
    return ranked[0][1], margin


def detect_stopwords(text: str, languages: Sequence[str], default: str) -> tuple[str, float]:
    """Best language by stop-word score and its margin over the runner-up."""
    return _best(_ranked(stopword_scores(text), languages), languages, default)


def _pieces(text: str) -> Iterator[str]:
    """The pieces of ``text`` (see ``_PIECE_END``), lazily."""
    start = 0
    for m in _PIECE_END.finditer(text):
        yield text[start : m.start()]
        start = m.end()
    yield text[start:]


def _placed(text: str, languages: Sequence[str]) -> Iterator[tuple[str, int]]:
    """(language, letters) of each placed piece of ``text``, lazily (see placed_pieces)."""
    for piece in _pieces(_NOT_OPENING.sub(" ", text)):
        letters = len(_LETTER.findall(piece))
        if letters < 4:
            continue
        folded = _fold_piece(piece)
        scores = _word_scores(folded)
        _letter_scores(piece, folded, scores)
        ranked = _ranked(scores, languages)
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if ranked[0][0] >= PIECE_CLEAR and ranked[0][0] - runner_up >= PIECE_CLEAR:
            yield ranked[0][1], letters
        elif letters >= PIECE_LANGID_LETTERS:
            lang, prob = detect_langid(piece, languages, "")
            if prob >= PIECE_LANGID_PROB:
                yield lang, letters


def placed_pieces(text: str, languages: Sequence[str]) -> list[tuple[str, int]]:
    """(language, letters) of each line, sentence or slash-separated translation of
    ``text`` whose language is clear (``PIECE_CLEAR``, else ``PIECE_LANGID_PROB``), in
    text order; pieces that cannot be placed, and what the writer quotes, are left out."""
    return list(_placed(text[:MIXED_SCAN], languages))


def opening_language(text: str, languages: Sequence[str]) -> str | None:
    """The language of the first placed piece in the opening ``OPENING_SCAN``
    characters of ``text`` (reads no further)."""
    return next((lang for lang, _ in _placed(text[:OPENING_SCAN], languages)), None)


def mixed_first(text: str, languages: Sequence[str]) -> str | None:
    """The opening language of a text written in more than one language (its first
    placed piece's), or None when the text is in one language or cannot be placed.

    A text is mixed when at least two languages each hold ``MIXED_SHARE`` of the
    letters of its placed pieces (``placed_pieces``), the opening one among them."""
    pieces = placed_pieces(text, languages)
    return _mixed_first(pieces) if pieces else None


def _shares(pieces: Sequence[tuple[str, int]]) -> dict[str, float]:
    letters: dict[str, int] = {}
    for lang, count in pieces:
        letters[lang] = letters.get(lang, 0) + count
    total = sum(letters.values())
    return {lang: count / total for lang, count in letters.items()}


def _mixed_first(pieces: Sequence[tuple[str, int]]) -> str | None:
    shares = _shares(pieces)
    first = pieces[0][0]
    if shares[first] < MIXED_SHARE or sum(1 for v in shares.values() if v >= MIXED_SHARE) < 2:
        return None
    return first


def by_pieces(text: str, languages: Sequence[str]) -> str | None:
    """The language of ``text`` read piece by piece: a mixed text's opening language
    (``mixed_first``), else the language that holds most letters of the placed pieces
    (a Finnish text with few function words under an English signature is Finnish,
    though only the signature's words count); None when no piece can be placed."""
    pieces = placed_pieces(text, languages)
    if not pieces:
        return None
    first = _mixed_first(pieces)
    if first is not None:
        return first
    shares = _shares(pieces)
    return max(shares, key=lambda lang: shares[lang])


#: What a returned message's quote carries besides its text: header lines' names
#: ("Subject:", "Aihe:", "Ämne:"), marker lines, addresses and links.
_RETURNED_NOISE = re.compile(
    r"^[ \t]*(?:subject|from|to|cc|date|sent|aihe|otsikko|l[äa]hett[äa]j[äa]|vastaanottaja|"
    r"p[äa]iv[äa]m[äa][äa]r[äa]|l[äa]hetetty|[äa]mne|fr[åa]n|till|datum|skickat)[ \t]*:|"
    r"^[ \t]*-{2,}[^\n]*-{2,}[ \t]*$|<?\S+@\S+>?|<?https?://\S+>?",
    re.IGNORECASE | re.MULTILINE,
)


def of_returned_message(
    returned: str, languages: Sequence[str] = ("fi", "sv", "en"), default: str = "fi"
) -> str | None:
    """The language of the message a delivery report returns (its quoted text: as a
    rule our own mail, so the language the case or mailing was in), or None when the
    quote has no text to tell it by. The report's own text is the mail system's
    ("I'm sorry to have to inform you …"), whatever the language of the mail it is
    about (the labelling policy, tests/corpus/README.md)."""
    text = _RETURNED_NOISE.sub(" ", returned[:MIXED_SCAN])
    if len(_LETTER.findall(text)) < PIECE_LANGID_LETTERS:
        return None
    return detect(text, languages, default)


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
    *,
    opening: str | None = None,
) -> str:
    """The language of ``text``, one of ``languages``; ``default`` when it cannot tell.

    ``method`` is "combined" (the default), "stopwords" or "langid". A text in more
    than one language is in the language ``opening`` (the writer's own text, without
    the subject a reply may carry in ours; default ``text``) opens with (``mixed_first``).
    """
    langs = tuple(lang for lang in languages if lang in _WORDS) or (default,)
    if len(langs) == 1:
        return langs[0]
    if method == "langid":
        return detect_langid(text, langs, default)[0]
    lang, margin = _best(_ranked(stopword_scores(text, folded), langs), langs, default)
    # Only a text that opens in another language than its words' count says, or whose
    # count is not clear, may be mixed in a way that matters: only then is the whole
    # text read piece by piece.
    own = text if opening is None else opening
    first = opening_language(own, langs)
    if first is not None and (first != lang or margin < CLEAR_MARGIN):
        read = by_pieces(own, langs)
        if read is not None:
            return read
    if method == "stopwords" or margin >= CLEAR_MARGIN:
        return lang
    if len(text.strip()) < 3:
        return default
    guess, prob = detect_langid(text, langs, default)
    if margin > 0 and prob < 0.9:
        return lang
    return guess
