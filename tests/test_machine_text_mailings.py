"""Unit tests for requestbot.machine_text_mailings (issue 13, "automated 1.00"): a mailing's
footer link line and its "you get this because" line, a periodic report of figures, a
helpdesk's ticket receipt and a satisfaction survey with a prize draw, in fi/sv/en; and
people who quote or mention such a line, who stay people and keep their request."""

from __future__ import annotations

import pytest

from requestbot import machine_text as mt
from requestbot.intake import parse_message
from requestbot.understand.classify import classify_received


def rules(text: str, subject: str = "x") -> set[str]:
    return {name for name, _ in mt.text_evidence(subject, text, html_only=False)}


def reason(text: str, sender: str = "anna@example.com", subject: str = "x") -> str | None:
    return mt.machine_reading(senders=[sender], subject=subject, text=text).reason


MACHINE = [
    # footer-link-line: an unsubscribe or settings label and its link, alone on a line
    ("Peruuta uutiskirjeen tilaus: https://example.com/peru", "footer-link-line"),
    ("Peru tilaus: https://example.com/p?u=1", "footer-link-line"),
    ("Poistu postituslistalta: https://example.com/x", "footer-link-line"),
    ("Muokkaa ilmoitusasetuksia: https://example.fi/asetukset", "footer-link-line"),
    ("Raportin asetukset: https://example.fi/raportti", "footer-link-line"),
    ("Avregistrera dig här: https://example.se/avreg", "footer-link-line"),
    ("Avsluta prenumerationen: <https://example.se/a>", "footer-link-line"),
    ("Hantera dina e-postinställningar: https://example.se/inst", "footer-link-line"),
    ("Unsubscribe: https://example.com/u/8f2", "footer-link-line"),
    ("Manage report settings: https://example.com/analytics/settings", "footer-link-line"),
    ("Update your email preferences https://example.com/prefs", "footer-link-line"),
    ("Stop receiving these emails - https://example.com/stop", "footer-link-line"),
    # why-you-get-this: the reader's relation to the sender as the mailing's reason
    ("Du får detta utskick eftersom du är kund hos Nordprint.", "why-you-get-this"),
    ("Du får nyhetsbrevet eftersom du har anmält dig på vår webbplats.", "why-you-get-this"),
    ("Saat tämän viestin, koska olet asiakkaamme.", "why-you-get-this"),
    ("Saat uutiskirjeen, koska olet tilannut sen verkkosivuiltamme.", "why-you-get-this"),
    ("You are receiving this email because you are a customer of Example.", "why-you-get-this"),
    ("You get this newsletter because you signed up at example.com.", "why-you-get-this"),
    ("You are receiving this report as an administrator of the account.", "why-you-get-this"),
    # sent-automatically: the mail says a machine sent or made it
    ("This report was generated automatically.", "sent-automatically"),
    ("This invitation was sent automatically after your visit.", "sent-automatically"),
    ("This is an automated message, please do not reply.", "sent-automatically"),
    ("Tämä viesti on lähetetty automaattisesti.", "sent-automatically"),
    ("Tämä on automaattinen ilmoitus.", "sent-automatically"),
    ("Detta meddelande har skickats automatiskt.", "sent-automatically"),
    ("Det här är ett automatiskt utskick.", "sent-automatically"),
    # ... whatever the mail calls itself, with or without "this"
    ("Tämä on automaattinen vastaanottokuittaus.", "sent-automatically"),
    ("Detta är en automatisk mottagningskvittering.", "sent-automatically"),
    ("This is an automatic receipt of your e-invoice.", "sent-automatically"),
    ("Viesti on lähetetty automaattisesti.", "sent-automatically"),
    # calendar-notice: a calendar's invitation or its answer
    ("Maria Holm has accepted this meeting.", "calendar-notice"),
    ("Anna Virtanen on hyväksynyt kokouskutsun.", "calendar-notice"),
    ("Erik Ström har tackat nej till mötet.", "calendar-notice"),
    ("Kommer du?  Ja  –  Kanske  –  Nej", "calendar-notice"),
    ("Going? Yes - Maybe - No", "calendar-notice"),
    ("Osallistutko? Kyllä – Ehkä – Ei", "calendar-notice"),
    # resubscribe-offer: a list confirms an unsubscription and offers the way back
    ("Peruitko vahingossa? Voit tilata uutiskirjeen uudelleen täältä.", "resubscribe-offer"),
    ("Avregistrerade du dig av misstag? Du kan prenumerera igen här.", "resubscribe-offer"),
    ("Unsubscribed by mistake? You can resubscribe here.", "resubscribe-offer"),
    # periodic-report and report-figures: a report's heading and its figures
    ("Weekly summary for example.fi/shop", "periodic-report"),
    ("Weekly summary (30 Nov – 6 Dec 2026)", "periodic-report"),
    ("Your monthly performance report for March", "periodic-report"),
    ("Viikkoraportti: verkkokauppa", "periodic-report"),
    ("Kuukausiyhteenveto maaliskuu", "periodic-report"),
    ("Veckorapport för example.se", "periodic-report"),
    ("Månadssammanfattning, mars", "periodic-report"),
    ("Users: 1,842 (+12%)\nSessions: 2,310\nBounce rate: 41%", "report-figures"),
    ("Käyttäjät: 1 842 (+12 %)\nIstunnot: 2 310\nPoistumisprosentti: 41 %", "report-figures"),
    ("Besökare: 980 ↑ 4%\nSidvisningar: 3 120\nKonvertering: 2,1 %", "report-figures"),
    # helpdesk-reply-instructions: how to reply so that the reply finds the ticket
    (
        "Ole hyvä ja älä muuta viestin otsikkoa, jos vastaat tähän viestiin.",
        "helpdesk-reply-instructions",
    ),
    ("Älä poista tikettinumeroa otsikosta.", "helpdesk-reply-instructions"),
    ("Kirjoita vastauksesi tämän rivin yläpuolelle.", "helpdesk-reply-instructions"),
    ("Ändra inte ämnesraden när du svarar.", "helpdesk-reply-instructions"),
    ("Skriv ditt svar ovanför denna rad.", "helpdesk-reply-instructions"),
    ("Behåll ärendenumret i ämnesraden.", "helpdesk-reply-instructions"),
    ("Please do not change the subject line when replying.", "helpdesk-reply-instructions"),
    ("Please type your reply above this line.", "helpdesk-reply-instructions"),
    ("Keep the ticket number in the subject.", "helpdesk-reply-instructions"),
    # ticket-filed: the receipt files the mail under a number or shows its status page
    ("Olemme vastaanottaneet viestisi ja se on kirjattu numerolla #48213.", "ticket-filed"),
    ("Voit seurata tikettisi tilaa osoitteessa https://tuki.example.fi/48213", "ticket-filed"),
    ("Ditt ärende har registrerats med nummer 5512.", "ticket-filed"),
    ("Du kan följa ditt ärendes status här.", "ticket-filed"),
    ("Your message has been logged as #88213.", "ticket-filed"),
    ("You can track the status of your ticket online.", "ticket-filed"),
    ("You can follow the status at https://example.com/helpdesk/48502", "ticket-filed"),
    # feedback-questions: the sender asks about the reader's own experience
    ("Hur nöjd var du med ditt besök?", "feedback-questions"),
    ("Vi vill gärna veta vad du tyckte.", "feedback-questions"),
    ("Hur troligt är det att du skulle rekommendera oss?", "feedback-questions"),
    ("Kuinka tyytyväinen olit käyntiisi?", "feedback-questions"),
    ("Arvioi kokemuksesi asteikolla 1-5.", "feedback-questions"),
    ("Miten todennäköisesti suosittelisit meitä ystävällesi?", "feedback-questions"),
    ("How satisfied were you with your visit?", "feedback-questions"),
    ("How likely are you to recommend us to a friend?", "feedback-questions"),
    ("Rate your experience in one click.", "feedback-questions"),
    ("We'd love to hear how your photo session went.", "feedback-questions"),
    ("The survey takes about two minutes.", "survey-length"),
    # survey-length: how few questions, how little time
    ("Svara på tre korta frågor (tar ca 1 minut): https://example.fi/s", "survey-length"),
    ("Vastaa kolmeen lyhyeen kysymykseen.", "survey-length"),
    ("Kyselyyn vastaaminen vie noin 2 minuuttia.", "survey-length"),
    ("The survey only takes 2 minutes.", "survey-length"),
    # prize-draw: a draw among those who answer
    ("Bland alla som svarar senast 30.11 lottar vi ut ett presentkort på 50 euro.", "prize-draw"),
    ("Vi lottar ut tre biobiljetter.", "prize-draw"),
    ("Kaikkien vastanneiden kesken arvotaan 50 euron lahjakortti.", "prize-draw"),
    ("Vastaamalla osallistut arvontaan.", "prize-draw"),
    ("Arvomme vastanneiden kesken kolme lahjakorttia.", "prize-draw"),
    ("Answer for a chance to win a 50 € gift card.", "prize-draw"),
    ("Everyone who responds will be entered into a prize draw.", "prize-draw"),
]


@pytest.mark.parametrize(("text", "rule"), MACHINE)
def test_machine_phrasings(text: str, rule: str) -> None:
    assert rule in rules(text)


_PATTERNS = {name: pattern for name, _, pattern in mt._ALL_RULES}


@pytest.mark.parametrize(("text", "rule"), MACHINE)
def test_needles_never_hide_a_match(text: str, rule: str) -> None:
    """Every rule of the module has needles, and they let through what its pattern matches."""
    if rule in _PATTERNS and rule != "ticket-number":
        assert rule in mt._NEEDLES
        if _PATTERNS[rule].search(text.lower()):
            assert mt._may_fire(rule, text.lower())


@pytest.mark.parametrize(
    "text",
    [
        # the footer whole: a reason and an unsubscribe, or a link line, is machine mail
        "Hej fotohandlare!\n\nI höst lanserar vi ett nytt papper.\n\n"
        "Du får detta utskick eftersom du är kund hos Nordprint. Avregistrera dig här.",
        "Hei!\n\nTervetuloa webinaariin 14.1.\n\nIlmoittaudu: https://example.com/w\n"
        "Peruuta uutiskirjeen tilaus: https://example.com/peru",
        "You get this newsletter because you signed up at example.com. To unsubscribe, click here.",
        # a report
        "Weekly summary for example.fi/shop\n\nUsers: 1,842 (+12%)\nSessions: 2,310\n"
        "Bounce rate: 41%\n",
        # a ticket receipt
        "Hei,\nolemme vastaanottaneet viestisi ja se on kirjattu numerolla #48213.\n"
        "Ole hyvä ja älä muuta viestin otsikkoa, jos vastaat tähän viestiin.",
        "Vi har tagit emot ditt ärende. Ärendenummer: 5512\nSkriv ditt svar ovanför denna rad.",
        # a survey with a prize draw
        "Hur nöjd var du med ditt besök? Bland alla som svarar lottar vi ut ett presentkort.",
        "Kuinka tyytyväinen olit käyntiisi? Kaikkien vastanneiden kesken arvotaan lahjakortti.",
        "How satisfied were you with your visit? Answer for a chance to win a gift card.",
    ],
)
def test_whole_mailings_are_automated(text: str) -> None:
    verdict = reason(text, sender="info@example.com")
    assert verdict is not None
    assert verdict.startswith("content:") and "maybe" not in verdict


@pytest.mark.parametrize(
    "text",
    [
        # people who mention or repeat such a line speak as "I" and stay people
        "I got your survey, stop sending them. Delete my e-mail address.",
        "Your newsletter says I get it because I'm a customer - I'm not, delete me.",
        "Your newsletter says you send it because I am a customer. I am not. Delete my data.",
        "Fick er enkät igen. Sluta skicka dem och radera mina uppgifter.",
        "Ni lottar ut ett presentkort bland alla som svarar, men jag vill inte vara med. "
        "Radera mina uppgifter.",
        "Ert nyhetsbrev säger att jag får det eftersom jag är kund. Det är jag inte.",
        "Sain taas kyselynne. Lopettakaa niiden lähettäminen ja poistakaa tietoni.",
        "Uutiskirjeenne mukaan saan sen, koska olen asiakkaanne. En ole.",
        "Tikettijärjestelmänne käski olla muuttamatta otsikkoa. En muuttanut, vastatkaa.",
        "Your ticket system told me not to change the subject line. I did not. Answer me.",
        "I received your weekly report again although I unsubscribed. Stop it.",
        "Your system sent me an automated message saying my data was deleted. It was not.",
        "Järjestelmänne lähetti minulle automaattisen viestin. Poistakaa tietoni.",
        "Ert system skickade mig ett automatiskt meddelande. Radera mina uppgifter.",
        "Jag svarade på tre korta frågor och vann inget. Radera mina svar.",
    ],
)
def test_people_who_mention_a_mailing_stay_people(text: str) -> None:
    verdict = reason(text)
    assert verdict is None or "maybe" in verdict


@pytest.mark.parametrize(
    "text",
    [
        # near-misses a person writes without speaking as "I": no new rule fires
        "Please unsubscribe this address from the newsletter.",
        "Poistakaa tämä osoite uutiskirjeen tilaajista.",
        "Avregistrera den här adressen från nyhetsbrevet.",
        "Would you be willing to answer a few questions about data protection?",
        "Kiitos vastauksesta. Asiakasnumero: 123456\nPuhelin: 040 1234567\nSyntynyt: 1.1.1980",
        "Kundnummer: 55123\nTelefon: 070-123 45 67\nOrdernummer: 88231",
        "Deleting an account takes 2 minutes, why has it taken you a month?",
        "Stop the weekly report for this address.",
        "We will draw up the contract next week.",
        "This is not an automated message: delete this address.",
        "Tämä ei ole automaattinen viesti. Poistakaa osoite.",
        "Sopii, tulen kuvaukseen keskiviikkona. Poistakaa kuitenkin osoitteeni listalta.",
        "I accepted your invitation to the photo day, but please delete my data afterwards.",
        "Can I subscribe again later if I unsubscribe now?",
        "Jag vill inte prenumerera igen. Radera mig.",
    ],
)
def test_near_misses_fire_no_mailing_rule(text: str) -> None:
    found = rules(text) & {
        "footer-link-line",
        "why-you-get-this",
        "periodic-report",
        "report-figures",
        "sent-automatically",
        "helpdesk-reply-instructions",
        "feedback-questions",
        "prize-draw",
        "calendar-notice",
        "resubscribe-offer",
    }
    assert found == set()


@pytest.mark.parametrize(
    ("text", "spoken_as_i"),
    [
        # Swedish "I" is a preposition, and "minut" a minute, not the writer
        ("I höst lanserar vi ett nytt papper.", False),
        ("I samband med flytten byter vi adress.", False),
        ("Svara på frågorna (tar ca 1 minut).", False),
        # English "I" and Finnish "minut" still speak as the writer
        ("I want my data deleted.", True),
        ("I höst ville jag att ni raderar mina uppgifter.", True),
        ("Poistakaa minut listalta.", True),
    ],
)
def test_first_person(text: str, spoken_as_i: bool) -> None:
    assert bool(mt.writer_evidence(text)) is spoken_as_i


@pytest.mark.parametrize(
    ("sender", "rule"),
    [
        ("uutiskirje@example.com", "sender-notifier"),
        ("uutiskirjeet@example.com", "sender-notifier"),
        ("reports@example.com", "sender-notifier"),
        ("kysely@example.fi", "sender-notifier"),
        ("anna.virtanen@example.fi", None),
    ],
)
def test_sender_roles(sender: str, rule: str | None) -> None:
    found = [name for name, _ in mt.sender_evidence([sender])]
    assert found == ([rule] if rule else [])


@pytest.mark.parametrize(
    ("subject", "fires"),
    [
        ("Olemme vastaanottaneet yhteydenottosi [Tiketti #48213]", True),
        ("We received your message [Ticket #88213]", True),
        ("Vi har tagit emot ditt meddelande [Ärende 5512]", True),
        ("Re: Olemme vastaanottaneet yhteydenottosi [Tiketti #48213]", False),
        ("Poistakaa tietoni [kiireellinen]", False),
    ],
)
def test_ticket_tag_anywhere_in_subject(subject: str, fires: bool) -> None:
    assert ("ticket-subject" in rules("x", subject=subject)) is fires


def mail(sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: dsr@example.fi\r\nSubject: {subject}\r\n"
        "Message-ID: <m1@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + body.replace("\n", "\r\n")
    ).encode()


@pytest.mark.parametrize(
    ("raw", "automated", "kinds"),
    [
        (
            mail(
                "Nordprint Nyheter <info@example.se>",
                "Höstens nyheter",
                "Hej fotohandlare!\n\nI höst lanserar vi ett nytt silkmatt papper.\n\n"
                "Läs mer: https://example.se/nyheter\n\nDu får detta utskick eftersom du är "
                "kund hos Nordprint. Avregistrera dig här.\n",
            ),
            True,
            [],
        ),
        (
            mail(
                "Analytics <info@example.com>",
                "Your weekly website report",
                "Weekly summary for example.fi/shop\n\nUsers: 1,842 (+12%)\nSessions: 2,310\n"
                "Bounce rate: 41%\n\nManage report settings: https://example.com/settings\n",
            ),
            True,
            [],
        ),
        # people who mention a mailing keep their request
        (
            mail(
                "Erik <erik@example.se>",
                "Nyhetsbrev",
                "Ert nyhetsbrev säger att jag får det eftersom jag är kund hos er. Det är jag "
                "inte. Radera mina uppgifter.\n",
            ),
            False,
            ["erasure"],
        ),
        (
            mail(
                "Jo <jo@example.com>",
                "Your survey",
                "I got your survey again, the one where you raffle a gift card. Delete my data.\n",
            ),
            False,
            ["erasure"],
        ),
        (
            mail(
                "Maija <maija@example.fi>",
                "Kysely",
                "Sain taas kyselynne, jossa kaikkien vastanneiden kesken arvotaan lahjakortti. "
                "Poistakaa tietoni.\n",
            ),
            False,
            ["erasure"],
        ),
    ],
)
def test_messages(raw: bytes, automated: bool, kinds: list[str]) -> None:
    received, result = classify_received(parse_message(raw))
    assert received.automated is automated
    assert "likely_machine" not in received.flags
    assert [k.value for k in result.kinds] == kinds
