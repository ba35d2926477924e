"""Reading by sentences (requestbot.understand): segmenting, roles, calibrated weights."""

from __future__ import annotations

import json

import pytest

from requestbot.errors import RequestbotError
from requestbot.intake import parse_message
from requestbot.model import Kind
from requestbot.normalise import fold
from requestbot.understand import roles, segment
from requestbot.understand.calibration import (
    Facts,
    KindEvidence,
    Model,
    decide,
    features,
    lexical,
    logits,
    message_shape,
    model_from_json,
    review_features,
    shipped_model,
    words,
)
from requestbot.understand.classify import _classify, classify, classify_text, reading_inputs


def _sentences(text: str, language: str) -> list[str]:
    return [text[s.start : s.end] for s in segment.segments(text, language)]


def _roles(text: str, language: str = "en", subject: str = "") -> list[tuple[str, str]]:
    combined = f"{subject}\n\n{text}" if subject else text
    folded = fold(combined)
    segs = segment.segments(folded.original, language)
    spans = [segment.to_folded(folded.index, s.start, s.end) for s in segs]
    subject_end = len(fold(subject).text) if subject else 0
    return [
        (folded.text[s:e], role)
        for s, e, role in roles.assign(folded.text, spans, segs, subject_end)
    ]


# --- segmenting -----------------------------------------------------------------------


def test_swedish_abbreviations_do_not_end_a_sentence() -> None:
    text = "Jag vill t.ex. se mina uppgifter enl. art. 15 GDPR. Radera dem sedan, bl.a. adressen."
    assert _sentences(text, "sv") == [
        "Jag vill t.ex. se mina uppgifter enl. art. 15 GDPR.",
        "Radera dem sedan, bl.a. adressen.",
    ]


def test_finnish_abbreviations_and_dates_stay_inside() -> None:
    text = "Pyydän esim. tietojani art. 15 mukaisesti 1.1.2024 mennessä. Kiitos."
    assert _sentences(text, "fi") == [
        "Pyydän esim. tietojani art. 15 mukaisesti 1.1.2024 mennessä.",
        "Kiitos.",
    ]


def test_mail_lines_end_sentences_but_wrapped_lines_do_not() -> None:
    text = (
        "Hi,\n\nI would like a copy of all the personal data you hold about me and of\n"
        "the following information:\n- the purposes of the processing\n"
        "- the recipients, in particular\n  in third countries\n> an old quoted line\nRegards\nJo"
    )
    got = segment.segments(text, "en")
    assert [(text[s.start : s.end], s.shape) for s in got] == [
        ("Hi,", ""),
        (
            "I would like a copy of all the personal data you hold about me and of\n"
            "the following information:",
            "header",
        ),
        ("- the purposes of the processing", "item"),
        ("- the recipients, in particular\n  in third countries", "item"),
        ("> an old quoted line", "quote"),
        ("Regards", ""),
        ("Jo", ""),
    ]


def test_offsets_map_onto_folded_text() -> None:
    folded = fold("Hej!\n\nÄndra min adress. Tack.")
    segs = segment.segments(folded.original, "sv")
    spans = [segment.to_folded(folded.index, s.start, s.end) for s in segs]
    assert [folded.text[s:e] for s, e in spans] == ["hej!", "andra min adress.", "tack."]


# --- roles ----------------------------------------------------------------------------


def test_roles_of_a_template_access_letter() -> None:
    text = (
        "Under Article 15 GDPR I request a copy of my personal data.\n"
        "Article 15 gives data subjects the right to know the recipients.\n"
        "Please include:\n- the recipients\n- the right to lodge a complaint\n"
        "- please delete my old address\n"
        "I reserve the right to lodge a complaint with the supervisory authority.\n"
        "If you do not answer within a month, I will complain to the authority.\n"
        "Send it now, otherwise I will report you."
    )
    assert [r for _, r in _roles(text)] == [
        "request",
        "context",
        "request",
        "item",
        "item",
        "request",
        "context",
        "condition",
        "request",
        "condition",
    ]


def test_a_question_to_the_reader_is_asked_now() -> None:
    got = _roles("- How did you get my email address?\n- The recipients")
    assert [r for _, r in got] == ["request", "item"]


def test_subject_footer_and_forward_are_not_requests() -> None:
    got = _roles(
        "Please delete my data.\n\nTo unsubscribe, click here: https://example.com/u\n\n"
        "---------- Forwarded message ----------\nFrom: shop@example.com\n\nDelete this.",
        subject="Delete",
    )
    assert [r for _, r in got] == ["subject", "request", "notice", "other", "other", "other"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Sinulla on oikeus tehdä valitus tietosuojavaltuutetulle.", "context"),
        ("Pidätän oikeuden kääntyä tietosuojavaltuutetun puoleen.", "context"),
        (
            "Jos ette vastaa kuukauden kuluessa, teen valituksen tietosuojavaltuutetulle.",
            "condition",
        ),
        ("Du har rätt att lämna in ett klagomål till IMY.", "context"),
        ("Om ni inte svarar kommer jag att anmäla er till IMY.", "condition"),
        ("Innan ni har rättat den ska ni inte använda mina uppgifter.", "statement"),
        ("Enligt artikel 17 begär jag att ni raderar mina uppgifter.", "request"),
        ("Vilka uppgifter har ni om mig?", "request"),
        ("Mistä olette saaneet osoitteeni?", "request"),
        ("Tietoni ovat väärin.", "statement"),
    ],
)
def test_roles_in_finnish_and_swedish(text: str, role: str) -> None:
    assert [r for _, r in _roles(text, "fi")] == [role]


# --- who speaks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # the writer of themself
        ("Please delete my data.", "i"),
        ("I am writing about the photos.", "i"),
        ("Uppgifterna finns i registret.", ""),  # Swedish "i" is "in"
        ("Poistakaa tietoni.", "i"),
        ("Haluun et ne poistetaan.", "i"),
        ("Jag vill ha ett registerutdrag.", "i"),
        # parents or a couple asking together
        ("We ask you to remove the photos.", "i"),
        ("Remove our son's photos.", "i"),
        ("Emme halua uutiskirjeitä.", "i"),
        ("Radera bilderna på vår dotter.", "i"),
        # an organisation of itself, or to any reader in a notice's singular "you"
        ("We process your personal data to deliver orders.", "we"),
        ("Please contact us at privacy@example.com.", "we"),
        ("Käsittelemme tietojasi lain mukaan.", "we"),
        ("Tietoja käsitellään lain mukaan.", "we"),
        ("Du kan begära registerutdrag.", "we"),
        ("Sinulla on oikeus tarkastaa tietosi.", "we"),
        # neither
        ("Unsubscribe", ""),
        ("Voisitteko poistaa tiedot", ""),
    ],
)
def test_who_speaks(text: str, voice: str) -> None:
    assert roles.speaks_as(fold(text).text) == voice


def test_a_notice_without_an_i_is_information_throughout() -> None:
    got = _roles(
        "We collect your name and address. Please contact us to have your data deleted. "
        "You can also ask us for a copy.",
        subject="Privacy notice",
    )
    assert [r for _, r in got] == ["subject", "context", "context", "context"]


def test_an_i_in_the_message_keeps_a_we_sentence_a_request() -> None:
    got = _roles(
        "I am writing for my family. We were customers for years. "
        "Please delete all our data from your system."
    )
    assert [r for _, r in got][-1] == "request"


def test_a_short_note_in_we_voice_is_still_read() -> None:
    # a family's two sentences need not say "I": no notice is that short
    got = _roles("We gave consent for the class photo. We revoke it now.")
    assert "context" not in [r for _, r in got]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The data subject has the right to obtain a copy.", "context"),
        ("Den som antecknats i registret har rätt att kontrollera sina uppgifter.", "context"),
        (
            "It would be great if users could clear their data without deleting the account.",
            "context",
        ),
        ("Users should be able to export their data.", "context"),
        ("I think it would be a valuable addition to generate objection letters.", "context"),
        ("We should support erasure requests in the admin panel.", "context"),
        ("Begäran ska göras skriftligt.", "statement"),  # a request noun asks nothing
        ("I have the right to a copy, please send it.", "request"),
    ],
)
def test_rights_for_anyone_and_wished_features_are_context(text: str, role: str) -> None:
    assert [r for _, r in _roles(text)] == [role]


@pytest.mark.parametrize(
    ("text", "subject", "role_of_earlier"),
    [
        # a reminder: the earlier request is asked again now
        (
            "On 3 February I sent you a request under Article 15 GDPR. "
            "I did not receive an answer so far.",
            "",
            "request",
        ),
        ("Lähetin teille pyynnön 5.2. Minulle ei ole vastattu.", "", "request"),
        (
            "Den 3 februari skickade jag en begäran enligt artikel 15. Jag har inte fått svar.",
            "",
            "request",
        ),
        ("On 3 February I sent you a request under Article 15 GDPR.", "Reminder", "request"),
        # the same sentence without a word that it went unanswered stays context
        (
            "On 3 February I sent you a request under Article 15 GDPR. Thanks for the reply.",
            "",
            "context",
        ),
    ],
)
def test_a_reminder_asks_for_the_earlier_request_again(
    text: str, subject: str, role_of_earlier: str
) -> None:
    got = [r for _, r in _roles(text, subject=subject) if r != "subject"]
    assert got[0] == role_of_earlier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reminder of an unanswered access request with a threat is access + complaint
        (
            "A month ago I sent you a request according to Article 15 GDPR. Unfortunately "
            "I did not receive an answer so far. You have two more weeks, otherwise I will "
            "contact the supervisory authority.",
            {"access", "complaint"},
        ),
        # telling the controller it breaks the law is a complaint now
        (
            "Remove me from your newsletter. Your campaigns are illegal in the EU.",
            {"marketing_opt_out", "complaint"},
        ),
        ("Processing without consent is illegal in the EU.", set()),
        # the sale of the writer's data
        ("Do not sell or share my personal information.", {"objection"}),
        ("We do not sell your personal information.", set()),
        # "request" leads to the act it names: an erasure asks for no copy
        ("I request that you erase all my personal information.", {"erasure"}),
        ("I request my personal data.", {"access"}),
        # an Art 21(2) objection to direct marketing is an opt-out
        (
            "I am hereby objecting to the processing of personal data concerning me for "
            "direct marketing purposes according to Article 21(2) GDPR.",
            {"marketing_opt_out"},
        ),
        ("I object to the processing of my data based on legitimate interest.", {"objection"}),
        (
            "Jag invänder härmed mot behandlingen av personuppgifter som rör mig för "
            "direktmarknadsföringsändamål enligt artikel 21(2) GDPR.",
            {"marketing_opt_out"},
        ),
        ("Jag invänder mot behandlingen av mina uppgifter.", {"objection"}),
        # opt-out as a topic
        ("Please add an unsubscribe link to your emails.", set()),
        ("Please unsubscribe me from your newsletter.", {"marketing_opt_out"}),
    ],
)
def test_reminders_unlawfulness_sale_and_topic_words(text: str, expected: set[str]) -> None:
    assert _kinds("", text) == expected


def test_a_question_after_an_i_sentence_is_about_the_writers_data() -> None:
    question = "Varifrån har ni fått den adressen?"
    after_i = "Jag fick ett brev från er till min gamla adress. " + question
    found: dict[Kind, KindEvidence] = {}
    _classify("", after_i, ("sv",), "sv", automated=False, found_out=found)
    assert found[Kind.ACCESS].mine > 0
    alone: dict[Kind, KindEvidence] = {}
    _classify("", "Hej. " + question, ("sv",), "sv", automated=False, found_out=alone)
    assert alone[Kind.ACCESS].mine == 0


# --- classification by clauses ----------------------------------------------------------

ACCESS_LETTER = """Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the GDPR. Please send me \
a copy of all personal data you hold about me, together with:
- the purposes of the processing;
- the recipients to whom my data have been disclosed, in particular recipients in third countries;
- the period for which the data will be stored;
- the existence of the right to request rectification or erasure or restriction of processing \
or to object to such processing;
- the right to lodge a complaint with a supervisory authority;
- any available information as to the source of the data.

I reserve the right to lodge a complaint with the Information Commissioner's Office.

Yours faithfully,
Jane Doe"""


def _kinds(subject: str, text: str) -> set[str]:
    return {k.value for k in classify_text(subject, text).kinds}


def test_access_letter_listing_what_article_15_covers_is_access_only() -> None:
    assert _kinds("Subject access request", ACCESS_LETTER) == {"access"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Please delete all my personal data. I reserve the right to complain to the "
            "Data Protection Ombudsman.",
            {"erasure"},
        ),
        (
            "Please send me a copy of my data. If you do not reply within one month, I will "
            "complain to the Data Protection Ombudsman.",
            {"access", "complaint"},
        ),
        ("Consider this a formal complaint about how you handled my data.", {"complaint"}),
        ("Poistakaa tietoni. Teillä on velvollisuus poistaa tiedot GDPR:n mukaan.", {"erasure"}),
        (
            "Due to not asking permission first, I request that the following data is "
            "permanently removed from your dataset.",
            {"erasure"},
        ),
        # Swedish "andra" (other) is not "ändra" (change)
        ("Jag vill inte att andra ser min adress.", set()),
        ("Kan ni ändra min adress till Storgatan 1?", {"rectification"}),
    ],
)
def test_kinds_come_from_what_is_asked_now(text: str, expected: set[str]) -> None:
    assert _kinds("", text) == expected


def test_complaint_needs_an_act_not_a_mention_of_the_authority() -> None:
    text = (
        "This model letter is published by the Data Protection Ombudsman. "
        "Please send me a copy of my personal data."
    )
    c = classify_text("", text)
    assert Kind.ACCESS in c.kinds
    assert Kind.COMPLAINT not in c.kinds or c.needs_review


def test_evidence_names_the_role_of_a_match_outside_a_request() -> None:
    c = classify_text("", "Delete my data. I reserve the right to complain to the ICO.")
    rules = [e.rule for e in c.evidence]
    assert any(r.startswith("en.complaint.") and r.endswith("@context") for r in rules), rules


# --- calibration ----------------------------------------------------------------------


def test_decide_returns_flags_and_never_reads_a_kind_without_evidence() -> None:
    model = Model({"access": {"bias": -3.0, "role:request": 6.0}}, 0.5, 1.0)
    strong = KindEvidence()
    strong.add("request", "en.access.x", 0.95)
    d = decide(model, {Kind.ACCESS: strong})
    assert d.kinds == (Kind.ACCESS,) and not d.needs_review
    close = KindEvidence()
    close.add("request", "en.access.x", 0.55)  # -3 + 3.3: just above the threshold
    d = decide(model, {Kind.ACCESS: close})
    assert d.kinds == (Kind.ACCESS,) and d.needs_review
    context = KindEvidence()
    context.add("context", "en.access.x", 0.95)
    d = decide(model, {Kind.ACCESS: context})
    assert d.kinds == () and not d.needs_review
    assert decide(model, {}).kinds == ()


@pytest.mark.parametrize(
    ("roles_", "voices", "expected"),
    [
        (["request"], ["i"], {"msg:short": 1.0}),
        # a subject with no text under it is the shortest note of all
        (["subject"], [""], {"msg:short": 1.0}),
        ([], [], {}),
        (
            ["context", "context", "statement"],
            ["we", "we", ""],
            {"msg:no_i": 1.0, "msg:we": 1.0, "msg:info": 0.6667, "msg:no_cue": 1.0},
        ),
        (["request", "statement", "statement"], ["i", "we", ""], {"msg:we": 0.5}),
    ],
)
def test_message_shape_says_who_speaks(
    roles_: list[str], voices: list[str], expected: dict[str, float]
) -> None:
    assert message_shape(roles_, voices) == expected


def test_a_short_note_counts_only_what_it_asks() -> None:
    asked = KindEvidence(message={"msg:short": 1.0})
    asked.add("request", "en.erasure.x", 0.9, mine=True)
    cited = KindEvidence(message={"msg:short": 1.0})
    cited.add("context", "en.complaint.x", 0.9)
    assert features({Kind.ERASURE: asked}, Kind.ERASURE)["short"] == 0.9
    assert features({Kind.ERASURE: asked}, Kind.ERASURE)["mine"] == 0.9
    assert "short" not in features({Kind.COMPLAINT: cited}, Kind.COMPLAINT)
    assert "mine" not in features({Kind.COMPLAINT: cited}, Kind.COMPLAINT)


def test_shipped_weights_cover_every_kind() -> None:
    model = shipped_model()
    assert {Kind(k) for k in model.weights} == set(Kind)
    assert model.review_margin >= 0
    for table in model.weights.values():
        assert table["role:request"] > 0 > table["bias"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "not a weights file"),
        ({"weights": {"nonsense": {"bias": 1}}}, "not a weights file"),
        ({"weights": {"access": {"bias": "x"}}}, "not a weights file"),
        ({"weights": {}, "threshold": 1.5}, "threshold"),
        ({"weights": {}, "review": {"weights": {}, "threshold": 0}}, "threshold"),
        ({"weights": {}, "review": ["bias"]}, "not a weights file"),
        ({"weights": {}, "lexicon": {"nonsense": {"poista": 1.0}}}, "not a weights file"),
    ],
)
def test_a_broken_weights_file_is_a_clear_error(data: dict[str, object], message: str) -> None:
    with pytest.raises(RequestbotError, match=message) as err:
        model_from_json(json.loads(json.dumps(data)), "weights.json")
    assert "weights.json" in str(err.value)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a hypothetical: the writer imagines asking some day
        ("If I wanted to see what data you keep about me some day, do I write here?", "en"),
        ("Jos joskus pyytäisin tietojeni poistoa, häviäisivätkö kuvat?", "fi"),
        ("Jos haluaisin tarkastaa mitä tietoja teillä on minusta, miten se tapahtuu?", "fi"),
        ("Om jag senare vill flytta mina bilder, hur fungerar det?", "sv"),
        # what happens when anyone asks
        ("Jos joku pyytää tietojen poistoa, pitääkö laskut silti säilyttää?", "fi"),
    ],
)
def test_a_hypothetical_asks_nothing_now(text: str, language: str) -> None:
    assert [r for _, r in _roles(text, language)] == ["context"]


def test_a_polite_if_you_could_is_still_a_request() -> None:
    assert [r for _, r in _roles("Jos voisitte poistaa tietoni, olisin kiitollinen.", "fi")] == [
        "request"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the writer says the message asks for nothing now
        (
            "Just a general question, I'm not asking for anything right now. "
            "Can you tell me what data you keep about me?",
            "en",
        ),
        ("En pyydä nyt mitään, kysyn vaan. Mitä tietoja teillä on minusta?", "fi"),
        ("Jag vill inte radera något nu, bara förstå hur rätten att bli bortglömd fungerar.", "sv"),
        # or takes an earlier request back
        ("I sent a deletion request yesterday but please ignore it. No action needed.", "en"),
        ("Lähetin eilen pyynnön tietojeni poistamisesta, mutta perun sen.", "fi"),
    ],
)
def test_a_message_that_stands_down_asks_nothing(text: str, language: str) -> None:
    assert {r for _, r in _roles(text, language)} == {"context"}


def test_withdrawing_consent_is_no_stand_down() -> None:
    # "perun sen luvan" takes back a permission, not a request: it still asks
    text = "Annoin luvan käyttää kuvaani. Perun sen luvan nyt."
    assert "context" not in {r for s, r in _roles(text, "fi") if "perun" in s}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # thanks for what was done: a request answered, not asked again
        ("Thanks for sending the copy of my data last month, that was quick.", "en"),
        ("Kiitos kun poistitte tietoni niin nopeasti.", "fi"),
        ("Tack för registerutdraget ni skickade i oktober.", "sv"),
        # an earlier request mentioned as background
        ("I sent you an erasure request in March.", "en"),
    ],
)
def test_a_done_or_earlier_request_is_background(text: str, language: str) -> None:
    assert [r for _, r in _roles(text, language)] == ["context"]


@pytest.mark.parametrize(
    "text",
    [
        # an earlier request that is not done yet is asked again now
        "I asked you to take down the photo of my son two weeks ago. It is still there.",
        "I asked you to wipe everything you have about me. Please do that.",
        "Jag bad för två månader sedan att få se mina uppgifter och har inte fått något.",
    ],
)
def test_an_earlier_request_not_done_is_asked_again(text: str) -> None:
    assert _roles(text)[0][1] == "request"


def test_after_a_but_the_sentence_about_an_earlier_request_asks_anew() -> None:
    text = "Jag bad om radering förra veckan, men radera inte något ännu."
    assert _roles(text, "sv")[0][1] != "context"


def _received_kinds(subject: str, body: str) -> set[str]:
    from servers import make_message

    from requestbot.intake import parse_message
    from requestbot.understand.classify import classify_received

    raw = make_message("Person <person@example.fi>", subject, body)
    return {k.value for k in classify_received(parse_message(raw))[1].kinds}


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # a school forwards a parent's wish: the forwarded wish is what is asked
        (
            "VB: Radera Eddies bilder",
            "Hej,\n\nJag vidarebefordrar ett meddelande från en förälder. Kan ni ta hand om det?\n\n"
            "Sofia\n\n---------- Vidarebefordrat meddelande ----------\nFrån: Malin Ek\n"
            "Ämne: Radera bilder\n\nHej Sofia, kan du se till att fotografen raderar alla "
            "bilder på Eddie och hans uppgifter? /Malin\n",
            {"erasure"},
        ),
        # a person forwards their own unanswered request
        (
            "FW: Tilaus 46113",
            "Moi, edelleenlähetän tän kun en saanut vastausta asiakaspalvelusta.\n\nIsmo\n\n"
            "---------- Forwarded message ---------\nFrom: Ismo <ismo@example.fi>\n"
            "Subject: Tilaus 46113\n\nHei, en halua että teille jää mun lapsen kuvia. "
            "Poistakaa kaikki kuvatiedostot.\n",
            {"erasure"},
        ),
        # a reminder of the writer's own request quoted below
        (
            "Re: Subject access request",
            "Hello,\n\nThis is a reminder of my request below, sent on 30 October. I haven't "
            "received anything yet.\n\nAmelia\n\nOn Fri, 30 Oct 2026 at 09:12, Amelia "
            "<amelia@example.com> wrote:\n> Hi, I'd like a copy of all personal data you hold "
            "about me.\n",
            {"access"},
        ),
    ],
)
def test_a_forward_or_reminder_pointing_at_the_quote_asks_what_the_quote_asks(
    subject: str, body: str, expected: set[str]
) -> None:
    assert _received_kinds(subject, body) == expected


def test_a_quote_not_pointed_at_stays_not_the_writers() -> None:
    body = (
        "Thanks, that answers my question.\n\nOn Fri, 30 Oct 2026 at 09:12, Amelia "
        "<amelia@example.com> wrote:\n> Hi, I'd like a copy of all personal data you hold "
        "about me.\n"
    )
    assert _received_kinds("Re: Question", body) == set()


def test_a_forwarder_reports_a_parents_wish_in_the_third_person() -> None:
    text = (
        "Yksi vanhemmistamme pyysi meitä ilmoittamaan teille, ettei hän halua teiltä "
        "markkinointisähköposteja."
    )
    assert _kinds("Vanhemman pyyntö", text) == {"marketing_opt_out"}


def test_items_after_a_header_that_only_asks_are_requests() -> None:
    text = (
        "On behalf of our client we request:\n"
        "(a) a copy of all personal data relating to her pursuant to Article 15 GDPR; and\n"
        "(b) the erasure of all such data pursuant to Article 17 GDPR.\n"
    )
    assert [r for _, r in _roles(text)] == ["request", "request", "request"]


def test_items_after_a_header_that_asks_itself_stay_items() -> None:
    text = (
        "I would like a copy of all the personal data you hold about me and of the "
        "following information:\n- the recipients\n- the retention period\n"
    )
    assert [r for _, r in _roles(text)][1:] == ["item", "item"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a lawyer's "we" speaks for their client, not for an organisation of itself
        (
            "Vi företräder Lars Berg. Å vår klients vägnar begär vi ett registerutdrag och "
            "att samtliga uppgifter om honom därefter raderas.",
            "sv",
        ),
        ("We act for Ms Chen. On behalf of our client we request a copy of her data.", "en"),
    ],
)
def test_a_representative_speaks_as_the_writer(text: str, language: str) -> None:
    assert "request" in [r for _, r in _roles(text, language)]


def test_items_after_a_header_that_asks_under_a_citation_are_requests() -> None:
    text = (
        "Pyydän GDPR:n 15 ja 20 artiklan perusteella:\n"
        "- kopion kaikista minua koskevista henkilötiedoista\n"
        "- antamani tiedot koneluettavassa muodossa\n"
    )
    assert [r for _, r in _roles(text, "fi")] == ["request", "request", "request"]


def test_swedish_verb_before_jag_is_a_request() -> None:
    text = "Med stöd av artikel 21.1 i dataskyddsförordningen invänder jag mot behandlingen."
    assert [r for _, r in _roles(text, "sv")] == ["request"]


def test_a_right_known_but_not_asked_for_is_context() -> None:
    text = (
        "Jag vet att jag har rätt att få ett registerutdrag av er, men just nu vill jag bara "
        "att ni stoppar inkassoärendet."
    )
    assert [r for _, r in _roles(text, "sv")] == ["context", "request"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the controller's own announcement, told by the writer
        ("Ni meddelade att ni tänker radera min anställningsbild och alla uppgifter.", "sv"),
        ("Sain teiltä kirjeen, että kuvatiedostot poistetaan vuoden lopussa.", "fi"),
        ("You informed me that you will delete my photos at the end of the year.", "en"),
    ],
)
def test_the_controllers_announcement_is_context(text: str, language: str) -> None:
    assert [r for _, r in _roles(text, language)] == ["context"]


def test_once_you_have_told_me_is_no_announcement() -> None:
    text = "Once you have told me, I want all of it erased."
    assert [r for _, r in _roles(text)] == ["request"]


def test_a_new_request_after_a_complaint_about_an_unanswered_one_is_asked() -> None:
    text = (
        "On 14 October I emailed you asking for my data to be deleted. I received no "
        "response.\n\nI now request:\n\n1. Under Article 15 GDPR, a copy of all personal data "
        "you hold about me.\n2. Under Article 17 GDPR, the erasure of all my personal data.\n\n"
        "I have today submitted a complaint to the Data Protection Ombudsman."
    )
    assert _kinds("Formal request", text) == {"access", "erasure", "complaint"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a one-word "Ei" answering a mailing that says how to refuse it is an opt-out
        (
            "Ei\n\n> TAMPERE koulutukset: Ennakoiva-ajo 6.5. Vastaa kyllä, soitamme, ei jos et "
            "halua viestejä.\n",
            {"marketing_opt_out"},
        ),
        # a one-word "Ei" answering a question is no opt-out
        ("Ei\n\n> Tuletteko kuvauspäivään 6.5.?\n", set()),
    ],
)
def test_a_one_word_ei_to_a_mailing(body: str, expected: set[str]) -> None:
    assert _received_kinds("Re: TAMPERE koulutukset", body) == expected


# --- the review model: is this reading wrong? ------------------------------------------


def _evidence(role: str, weight: float, rule: str = "en.access.x") -> KindEvidence:
    ev = KindEvidence()
    ev.add(role, rule, weight)
    return ev


def test_the_review_model_flags_what_it_finds_risky() -> None:
    kinds = {"bias": -3.0, "role:request": 6.0}
    model = Model({"access": kinds, "erasure": kinds}, review={"bias": -3.0, "doubt": 6.0})
    sure = decide(model, {Kind.ACCESS: _evidence("request", 0.95)})  # log-odds 2.7
    assert sure.kinds == (Kind.ACCESS,) and not sure.needs_review
    assert 0 < sure.wrongness < 0.5
    unsure = decide(
        model,
        {Kind.ACCESS: _evidence("request", 0.95), Kind.ERASURE: _evidence("request", 0.45)},
    )
    assert unsure.kinds == (Kind.ACCESS,) and unsure.needs_review
    assert unsure.wrongness > 0.5


def test_some_readings_are_always_reviewed() -> None:
    model = Model({"access": {"bias": -3.0, "role:request": 6.0}}, review={"bias": -9.0})
    assert not decide(model, {Kind.ACCESS: _evidence("request", 0.95)}).needs_review
    # a kind that rests on weak rules only
    weak = decide(model, {Kind.ACCESS: _evidence("request", 0.7)})
    assert weak.kinds == (Kind.ACCESS,) and weak.needs_review
    # a kind returned while a negative rule explained a match away
    cancelled = _evidence("request", 0.95)
    cancelled.cancelled = True
    assert decide(model, {Kind.ACCESS: cancelled}).needs_review
    # an ambiguity that alone asks a human
    assert decide(model, {}, Facts(review_only=True)).needs_review
    assert not decide(model, {}, Facts(ambiguous=True)).needs_review


def test_review_features_say_how_unsure_the_kinds_are_together() -> None:
    found = {Kind.ACCESS: _evidence("request", 0.9), Kind.ERASURE: _evidence("request", 0.9)}
    far = review_features(found, Facts(), {Kind.ACCESS: 4.0, Kind.ERASURE: -4.0})
    near = review_features(found, Facts(), {Kind.ACCESS: 0.2, Kind.ERASURE: -4.0})
    both = review_features(found, Facts(reply=True), {Kind.ACCESS: 0.2, Kind.ERASURE: -0.3})
    assert 0 < far["doubt"] < near["doubt"] < both["doubt"]
    assert both["reply"] == 1.0 and "reply" not in near
    assert review_features({}, Facts(), {}) == {"bias": 1.0}


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: a@example.fi\r\nTo: privacy@example.com\r\nSubject: {subject}\r\n"
        f"Message-ID: <1@example.fi>\r\n\r\n{body}\r\n"
    ).encode()


def test_reading_inputs_tell_replies_forwards_and_quotes() -> None:
    _, facts = reading_inputs(parse_message(_mail("Re: asia", "Please delete my data.")))
    assert facts.reply and not facts.forward and not facts.quoted
    body = "See below.\r\n\r\n> Please delete my data.\r\n> Anna"
    found, facts = reading_inputs(parse_message(_mail("Fwd: asia", body)))
    assert facts.forward and facts.quoted and not facts.reply
    found, facts = reading_inputs(parse_message(_mail("asia", "Please delete my data.")))
    assert Kind.ERASURE in found and not (facts.reply or facts.forward or facts.quoted)


def test_shipped_review_model_is_used() -> None:
    model = shipped_model()
    assert model.review and 0 < model.review_threshold < 1
    asked = KindEvidence()
    asked.add("request", "en.access.x", 0.95, mine=True)  # "send me a copy of my data"
    z = logits(model, {Kind.ACCESS: asked}, lexical(model, frozenset()))
    assert z[Kind.ACCESS] > 0


# --- word scores (trained with scripts/train_weights.py --words) ----------------------


def test_words_are_stems_and_the_pairs_within_a_sentence() -> None:
    got = words(["poistakaa tietoni heti", "ok x"])
    assert got == {"poista", "tieton", "heti", "poista tieton", "tieton heti", "ok"}
    assert "heti ok" not in got  # no pair across sentences


def test_a_lexicon_lets_words_alone_return_a_kind_but_a_human_confirms_it() -> None:
    weights = {"erasure": {"bias": -3.0, "lex": 4.0, "none": 0.0}}
    facts = Facts(words=frozenset({"poista", "tieton"}))
    with_words = Model(weights, review={"bias": -9.0}, lexicon={"erasure": {"poista": 16.0}})
    assert lexical(with_words, facts.words)[Kind.ERASURE] == pytest.approx(1.523, abs=1e-3)
    assert features({}, Kind.ERASURE, 1.5) == {"bias": 1.0, "lex": 1.5, "none": 1.0}
    d = decide(with_words, {}, facts)
    assert d.kinds == (Kind.ERASURE,) and d.needs_review
    assert decide(Model(weights, review={"bias": -9.0}), {}, facts).kinds == ()
    assert decide(with_words, {}, Facts(words=frozenset({"kiitos"}))).kinds == ()


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # notes the rules read right before the kind weights took the words in; the
        # words read them otherwise (a second kind, or none), so a human must confirm
        (
            "",
            "Jag bad om mina uppgifter redan i mars. Skicka dem nu, annars anmäler jag er "
            "till IMY.",
            {"access", "complaint"},
        ),
        ("", "Could I have a copy of my account data in JSON, please?", {"access", "portability"}),
        (
            "",
            "Använd inte mina uppgifter till något alls, jag motsätter mig all behandling.",
            {"objection"},
        ),
        (
            "Sv: Din begäran",
            "Ni frågade vad jag menar. Jag menar hela kontot. Allt ska bort.",
            {"erasure"},
        ),
        (
            "Sv: Radera mina uppgifter",
            "Strunta i mitt mejl i morse, jag vill ha kvar kontot. Men ta bort mig från "
            "nyhetsbrevet.",
            {"marketing_opt_out"},
        ),
        ("", "Vastustin jo keväällä profilointia, joten lopettakaa se.", {"objection"}),
        ("", "miks te analysoitte mun ostoksia? lopettakaa se", {"objection"}),
        ("", "I asked you to delete my account, but please don't delete anything yet.", set()),
        # a reply's subject names the thread's topic; the new text what is asked now
        ("Re: Tietopyyntö", "Kiitos vastauksesta. Poistakaa sitten kaikki tietoni.", {"erasure"}),
        # the data an order needs, not an access request
        ("", "Mitä tietoja minusta tarvitsette tilausta varten?", set()),
    ],
)
def test_a_note_the_words_read_otherwise_is_right_or_goes_to_a_human(
    subject: str, text: str, expected: set[str]
) -> None:
    c = classify_text(subject, text)
    assert {k.value for k in c.kinds} == expected or c.needs_review, [e.rule for e in c.evidence]


def test_a_weights_file_with_a_lexicon_is_read() -> None:
    data = {"weights": {"erasure": {"bias": -3.0}}, "lexicon": {"erasure": {"poista": 2.5}}}
    model = model_from_json(data, "weights.json")
    assert model.lexicon == {"erasure": {"poista": 2.5}}
    # the shipped weights read words for every kind (scripts/train_weights.py --words)
    assert set(shipped_model().lexicon) == {kind.value for kind in Kind}


def _reply(subject: str, new: str, quoted: str) -> set[str]:
    raw = (
        f"From: Asiakas <asiakas@example.fi>\nTo: tietosuoja@example.fi\nSubject: {subject}\n"
        "Message-ID: <r1@example.fi>\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{new}\n\n" + "\n".join(f"> {line}" for line in quoted.splitlines()) + "\n"
    ).encode()
    return {k.value for k in classify(parse_message(raw)).kinds}


@pytest.mark.parametrize(
    ("subject", "new", "quoted", "expected"),
    [
        # a reminder in a reply asks for the quoted request again, whatever its words
        (
            "Re: Tietojeni tarkastaminen",
            "Hei,\n\nmuistuttaisin tästä. Kolme viikkoa on mennyt, enkä ole saanut vastausta.",
            "Lähetetty: 1.10.2026\nHei, pyydän saada kopion tiedoistani rekisteristänne.",
            {"access"},
        ),
        (
            "Re: tietojen poisto",
            "Kuukausi on mennyt eikä vastausta ole tullut. Odotan edelleen.",
            "Pyydän poistamaan kaikki tietoni asiakasrekisteristänne.",
            {"erasure"},
        ),
        (
            "Sv: Radering",
            "Jag har fortfarande inte fått något svar på detta.",
            "Hej, radera alla mina uppgifter ur ert kundregister.",
            {"erasure"},
        ),
        # a reply that reminds of nothing does not ask the quoted request again
        (
            "Re: Tietojeni tarkastaminen",
            "Kiitos, sain tiedot ja kaikki on kunnossa.",
            "Lähetetty: 1.10.2026\nHei, pyydän saada kopion tiedoistani rekisteristänne.",
            set(),
        ),
    ],
)
def test_a_reminder_in_a_reply_reads_the_quoted_request(
    subject: str, new: str, quoted: str, expected: set[str]
) -> None:
    assert _reply(subject, new, quoted) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # with no body at all the subject is the whole letter: what it names is asked
        ("Pyydän poistamaan kaikki tietoni rekisteristänne", {"erasure"}),
        ("Tarkastuspyyntö – Maija Virtanen, s. 1980", {"access"}),
        ("Radera mina uppgifter tack", {"erasure"}),
        ("Begäran om registerutdrag", {"access"}),
        ("unsubscribe", {"marketing_opt_out"}),
    ],
)
def test_a_subject_without_a_body_is_the_request(subject: str, expected: set[str]) -> None:
    assert {r for _, r in _roles("", "fi", subject=subject)} == {"request"}
    assert {k.value for k in classify_text(subject, "").kinds} == expected


def test_a_subject_with_a_body_stays_a_subject() -> None:
    pieces = _roles("Hei, kysyisin tilauksesta.", "fi", subject="Tietojen poisto")
    assert pieces[0][1] == "subject"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question about a right, or a request the writer may make some day, asks nothing
        (
            "En ole vielä päättänyt, teenkö tarkastuspyynnön. Halusin vain tietää, maksaako se "
            "jotain.",
            set(),
        ),
        ("Jos haluan myöhemmin pyytää tietojeni poistoa, miten se tehdään?", set()),
        ("Teenkö pyynnön? Halusin vain tietää miten se menee.", set()),
        # "I just want to know what data you have" asks access
        ("Haluan vain tietää mitä tietoja teillä on minusta.", {"access"}),
        ("Jag undrar bara vilka uppgifter ni har om mig.", {"access"}),
        ("Kan man få ett registerutdrag över mina uppgifter?", {"access"}),
        ("Kysyn etukäteen: mitä tietoja te keräätte lapsista kuvauksissa?", set()),
        ("En kompis sa att man kan begära att ett företag raderar allt. Stämmer det?", set()),
        ("Jag funderar bara på hur ett registerutdrag går till, har inte bestämt mig.", set()),
        # a consent withdrawn or an objection made before, then "so delete / so stop":
        # the second clause asks now
        (
            "Peruutin suostumukseni viime kuussa, joten poistakaa kaikki tietoni.",
            {"erasure", "objection"},
        ),
    ],
)
def test_questions_about_a_right_and_earlier_objections(text: str, expected: set[str]) -> None:
    c = classify_text("", text)
    assert {k.value for k in c.kinds} == expected, [e.rule for e in c.evidence]


def test_a_requests_own_limit_is_not_a_hypothetical_ground() -> None:
    # "to the extent the law allows" limits what is asked; "to the extent the processing
    # rests on consent" gives a ground hypothetically
    limit = "Pyydän, että hänen henkilötietonsa poistetaan siltä osin kuin laki sen sallii."
    ground = "Siltä osin kuin käsittely perustuu suostumukseen, peruutan suostumukseni."
    assert [r for _, r in _roles(limit, "fi")] == ["request"]
    assert [r for _, r in _roles(ground, "fi")] == ["context"]


@pytest.mark.parametrize(
    "text",
    [
        "Pyytäisimme selvitystä siitä, mitä tietoja teillä on meistä.",
        "Toivoisimme, että lähetätte kopion tiedoistamme.",
        "Haluaisimme tietää, mistä osoitteemme on saatu.",
    ],
)
def test_a_family_conditional_asks(text: str) -> None:
    assert [r for _, r in _roles(text, "fi")] == ["request"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the spoken polite "can it be done" with an object asks
        ("Voiko sen kuvan poistaa teidän järjestelmistä?", "request"),
        ("Voisko mun tiedot päivittää?", "request"),
        # a question whether something is possible in general asks nothing of its own
        ("Voiko asiakas pyytää tietojensa poistoa?", "context"),
        ("Kan en kund begära att bilderna raderas?", "context"),
    ],
)
def test_spoken_polite_questions(text: str, role: str) -> None:
    assert [r for _, r in _roles(text, "fi")] == [role]


@pytest.mark.parametrize(
    "text",
    [
        # what the writer's field should be is asked, also as a template's list item
        "2) Oikaisu. Puhelinnumeroni tulee olla 040 000 1234.",
        "Mitt efternamn ska vara Lind.",
    ],
)
def test_what_my_field_should_be_is_asked(text: str) -> None:
    assert "request" in [r for _, r in _roles(text, "fi")]
