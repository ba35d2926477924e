"""The public API: classify / classify_text / evidence_to_json."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from requestbot.model import KIND_ORDER, Classification, InboundMessage, Kind
from requestbot.normalise import fold, fold_text, strip_subject_prefixes
from requestbot.understand.classify import classify, classify_text, evidence_to_json


def _msg(subject: str, text: str, automated: bool = False) -> InboundMessage:
    return InboundMessage(
        message_id="<t@example.test>",
        from_addr="a@example.fi",
        subject=subject,
        new_text=text,
        automated=automated,
    )


def test_classify_uses_subject_and_new_text() -> None:
    c = classify(_msg("Suoramarkkinointikielto", "Nimi: Pekka Salo"))
    assert c.kinds == (Kind.MARKETING_OPT_OUT,)
    assert c.language == "fi"


def test_kinds_in_kind_order_with_confidence_and_evidence() -> None:
    c = classify_text(
        "", "Never send me ads again and delete everything. Also send me a copy of my data."
    )
    assert c.kinds == (Kind.ACCESS, Kind.ERASURE, Kind.MARKETING_OPT_OUT)
    assert list(c.kinds) == [k for k in KIND_ORDER if k in c.kinds]
    assert all(0 < c.confidence[k] <= 1 for k in c.kinds)
    assert {e.kind for e in c.evidence if not e.negative} >= set(c.kinds)


def test_not_a_request_is_empty() -> None:
    c = classify_text("Tilaus", "Milloin tilaukseni toimitetaan?")
    assert c.kinds == ()
    assert not c.needs_review


def test_ambiguous_cancel_needs_review() -> None:
    c = classify_text("", "peru tilaus")
    assert c.kinds == ()
    assert c.needs_review


def test_weak_remove_me_needs_review() -> None:
    c = classify_text("", "remove me")
    assert c.kinds == (Kind.MARKETING_OPT_OUT,)
    assert c.needs_review


def test_guardian_detected() -> None:
    for text in (
        "Poistakaa lapseni kuvat",
        "Tyttäreni tiedot pitää poistaa",
        "radera allt om min dotter",
        "Vilka uppgifter har ni om mitt barn?",
        "Delete my son's photos",
        "What data do you hold about my child?",
    ):
        assert classify_text("", text).on_behalf_of_child, text
    assert not classify_text("", "Poistakaa tietoni").on_behalf_of_child
    for adult in (
        "I'm writing on behalf of my father, who wants his data deleted.",
        "On behalf of our company, please correct the invoice address.",
    ):
        assert not classify_text("", adult).on_behalf_of_child, adult
    assert classify_text("", "On behalf of my son: please delete his photos.").on_behalf_of_child


def test_reply_subject_prefix_removed_and_weakened() -> None:
    assert strip_subject_prefixes("Re: VS: SV: AW: Fwd: Tietopyyntö") == "Tietopyyntö"
    # weakened: what the new text asks is returned (the thread's topic may be as well,
    # then flagged: test_understand's "right or goes to a human")
    c = classify_text("Re: Tietopyyntö", "Kiitos vastauksesta. Poistakaa sitten kaikki tietoni.")
    assert Kind.ERASURE in c.kinds
    assert c.kinds == (Kind.ERASURE,) or c.needs_review


def test_automated_mail_is_never_a_request() -> None:
    c = classify(_msg("Automaattinen vastaus", "Poistakaa tietoni", automated=True))
    assert c.kinds == ()
    assert c.evidence[0].rule == "automated_mail"


def test_language_restricted_and_default() -> None:
    assert classify_text("", "radera mina uppgifter", languages=("sv",)).language == "sv"
    assert classify_text("", "", default_language="en").language == "en"


def test_evidence_to_json() -> None:
    c = classify_text("", "Poistakaa tilaukseni ja kaikki tietoni")
    data = evidence_to_json(c)
    assert data and set(data[0]) == {"rule", "kind", "matched", "negative"}
    positive = [d for d in data if not d["negative"]]
    negative = [d for d in data if d["negative"]]
    assert positive[0]["kind"] == "erasure"
    assert any(d["rule"] == "fi.nearmiss.order" and d["kind"] is None for d in negative)
    # matched text quotes the original, with its diacritics
    assert any("Poistakaa" in str(d["matched"]) for d in data)


def test_fold_keeps_map_to_original() -> None:
    f = fold("Älkää  LÄHETTÄKÖ\nmainoksia\n\nKiitos")
    assert f.text == "alkaa lahettako mainoksia\nkiitos"
    assert f.source(0, 5) == "Älkää"
    assert fold_text("Rätt till radering é") == "ratt till radering e"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.text(max_size=60))
def test_never_raises_and_returns_valid_classification(text: str, subject: str) -> None:
    c = classify_text(subject, text)
    assert isinstance(c, Classification)
    assert c.language in ("fi", "sv", "en")
    assert set(c.kinds) <= set(KIND_ORDER)
    assert all(0 <= v <= 1 for v in c.confidence.values())
