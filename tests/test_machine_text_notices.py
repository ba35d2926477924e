"""Unit tests for requestbot.machine_text: notices in the organisation's voice about the
reader's own request, ticket, subscription or account (issue 13), and what stays a person."""

from __future__ import annotations

import pytest

from requestbot import machine_text as mt
from requestbot.intake import parse_message
from requestbot.understand.classify import classify_received

NEW_RULES = {
    "received-your-request",
    "ticket-number",
    "done-to-your-data",
    "as-you-requested",
    "your-mailbox-limit",
    "relayed-message",
}


def rules(evidence: list[tuple[str, float]]) -> list[str]:
    return [name for name, _ in evidence]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # received-your-request: the organisation acknowledges the reader's request
        ("We have received your request to delete your data.", "received-your-request"),
        ("This is to confirm we have received your request.", "received-your-request"),
        ("We've logged your ticket and will reply soon.", "received-your-request"),
        ("Olemme vastaanottaneet pyyntösi poistaa henkilötietosi.", "received-your-request"),
        ("Olemme kirjanneet tukipyyntösi.", "received-your-request"),
        ("Vi har tagit emot ditt ärende och återkommer.", "received-your-request"),
        ("Vi har registrerat din förfrågan.", "received-your-request"),
        # ticket-number: a ticket or case number handed to the reader
        ("Your ticket number is 88213.", "ticket-number"),
        ("Case number: 4412", "ticket-number"),
        ("Please quote your ticket when replying.", "ticket-number"),
        ("Tikettinumero: 7781", "ticket-number"),
        ("Asianumero 20931", "ticket-number"),
        ("Ärendenummer: 5512", "ticket-number"),
        ("Ärende #5512 har skapats.", "ticket-number"),
        # done-to-your-data: what was done to the reader's data, as a done fact
        ("Your personal data has been deleted.", "done-to-your-data"),
        ("You have unsubscribed from the newsletter.", "done-to-your-data"),
        ("You will no longer receive marketing e-mails.", "done-to-your-data"),
        ("Asiakastietosi on poistettu järjestelmästämme.", "done-to-your-data"),
        ("Olet peruuttanut uutiskirjeen tilauksen.", "done-to-your-data"),
        ("Et saa enää markkinointiviestejä tähän osoitteeseen.", "done-to-your-data"),
        ("Profiilisi on nyt poistettu.", "done-to-your-data"),
        ("Ditt konto har raderats.", "done-to-your-data"),
        ("Dina uppgifter har nu tagits bort.", "done-to-your-data"),
        ("Du har avslutat din prenumeration.", "done-to-your-data"),
        ("Du kommer inte längre att få nyhetsbrev.", "done-to-your-data"),
        # as-you-requested
        ("Your account was closed as you requested.", "as-you-requested"),
        ("Tiedot on poistettu pyyntösi mukaisesti.", "as-you-requested"),
        ("Kontot har stängts enligt din begäran.", "as-you-requested"),
        # your-mailbox-limit: quota and phishing mail
        ("Your mailbox has reached 95% of its quota.", "your-mailbox-limit"),
        ("Delete old messages or your account may be suspended.", "your-mailbox-limit"),
        ("Postilaatikkosi on lähes täynnä.", "your-mailbox-limit"),
        ("Din brevlåda är nästan full.", "your-mailbox-limit"),
        # relayed-message: a service relays someone's message to the reader
        ("Anna Virtanen sent you a message:", "relayed-message"),
        ("Matti lähetti sinulle viestin.", "relayed-message"),
        ("Erik har skickat ett meddelande till dig.", "relayed-message"),
        # the sender's own policy update (our-mailings)
        ("We've updated our Privacy Policy.", "our-mailings"),
        ("Olemme päivittäneet tietosuojaselosteemme.", "our-mailings"),
        ("Vi har uppdaterat vår integritetspolicy.", "our-mailings"),
    ],
)
def test_notice_rules(text: str, rule: str) -> None:
    assert rule in rules(mt.text_evidence("x", text, html_only=False))


@pytest.mark.parametrize(
    "text",
    [
        # what people write to a controller fires none of the new rules
        "I have received your message, but you have not deleted my data.",
        "You have not deleted my data. Delete it now.",
        "Your company has not removed my photos.",
        "Thank you for your reply. Please delete my account.",
        "Olen saanut viestinne, mutta ette ole poistaneet tietojani.",
        "Sain vastauksenne. Poistakaa tietoni.",
        "Ette ole poistaneet tietojani.",
        "Et saa enää lähettää minulle mainoksia.",
        "Jag har fått ert svar men ni har inte raderat mina uppgifter.",
        "Tack för svaret. Radera mitt konto.",
        "Ni har inte tagit bort mina bilder.",
        "Please delete my account and all my personal data.",
        "Poistakaa tilini ja kaikki tietoni.",
        "Radera mitt konto och alla mina uppgifter.",
        "I asked you to delete my data in March.",
        "Lähettäkää minulle viesti, kun tiedot on poistettu.",
        # a person's own requests that name our tickets or received mail
        "I never sent you a message before, please unsubscribe me.",
        "I sent you a message last week: delete my data.",
    ],
)
def test_notice_rules_leave_requests_alone(text: str) -> None:
    found = set(rules(mt.text_evidence("x", text, html_only=False)))
    assert found & NEW_RULES == set()


@pytest.mark.parametrize(
    ("subject", "rule"),
    [
        ("[Ticket #88213] We received your request", "ticket-subject"),
        ("Tiketti #7781: Tietojen poisto", "ticket-subject"),
        ("Ärende 5512: Radera mina uppgifter", "ticket-subject"),
        ("Case 40211", "ticket-subject"),
        ("Re: [Ticket #88213] We received your request", None),
        ("SV: Ärende 5512: Radera mina uppgifter", None),
        ("Radera mina uppgifter", None),
        ("Ticket to the concert photos", None),
    ],
)
def test_ticket_subject(subject: str, rule: str | None) -> None:
    found = [r for r in rules(mt.text_evidence(subject, "x", html_only=False))]
    assert [r for r in found if r == "ticket-subject"] == ([rule] if rule else [])


@pytest.mark.parametrize(
    ("text", "spoken_as_i"),
    [
        # a notice that echoes the reader's words in quotation marks does not speak as "I"
        ('Ditt meddelande:\n"Radera mina uppgifter och bilder."', False),
        ("Malliviesti: 'Pyydän poistamaan kaikki minua koskevat tiedot.'", False),
        ("Anna sent you a message:\n“Voitteko poistaa kuvani?”", False),
        ("Vi har registrerat ditt ärende.\n> Radera alla mina uppgifter.", False),
        # the writer's own words outside the quotation still speak as "I"
        ('Your mail said "do not reply" but I have no other way. Delete my data.', True),
        ("Poistakaa tietoni. Viestissänne luki 'älä vastaa'.", True),
        ("I'm writing because you don't answer.", True),
        ('Radera mina uppgifter. Ert mejl sa "svara inte".', True),
    ],
)
def test_first_person_outside_quotations(text: str, spoken_as_i: bool) -> None:
    assert rules(mt.writer_evidence(text)) == (["first-person"] if spoken_as_i else [])


def test_quoted_lines_are_not_the_senders_voice() -> None:
    quoted = "> Thank you for contacting us. We have received your request.\n> Ticket number: 88213"
    assert set(rules(mt.text_evidence("x", quoted, html_only=False))) & NEW_RULES == set()


def mail(sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: dsr@example.fi\r\nSubject: {subject}\r\n"
        "Message-ID: <t1@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + body.replace("\n", "\r\n")
    ).encode()


@pytest.mark.parametrize(
    ("raw", "verdict", "kinds"),
    [
        # helpdesk acknowledgements that echo a request: machine mail, never answered
        (
            mail(
                "Asiakaspalvelu <asiakaspalvelu@example.com>",
                "Tiketti #7781: Tietojen poisto",
                "Hei,\nKiitos yhteydenotostasi! Olemme vastaanottaneet pyyntösi poistaa "
                "henkilötietosi. Käsittelemme pyynnön 30 päivän kuluessa.\nTikettinumero: 7781\n"
                "Ystävällisin terveisin\nAsiakaspalvelu\n",
            ),
            "automated",
            [],
        ),
        (
            mail(
                "Kundtjänst <kundtjanst@example.se>",
                "Ärende 5512: Radera mina uppgifter",
                "Hej!\nVi har tagit emot ditt ärende och återkommer så snart som möjligt.\n\n"
                'Ditt meddelande:\n"Radera mina uppgifter och bilder."\n\nKundtjänst\n',
            ),
            "likely",
            [],
        ),
        (
            mail(
                "Support <support@example.com>",
                "[Ticket #88213] We received your request",
                "Hello,\n\nThank you for contacting us. This is to confirm we have received "
                "your request to delete your personal data. Your ticket number is 88213.\n",
            ),
            "automated",
            [],
        ),
        # a confirmation that a subscription was cancelled
        (
            mail(
                "Uutiskirje <uutiskirje@example.com>",
                "Tilauksesi on peruttu",
                "Olet peruuttanut uutiskirjeen tilauksen. Et saa enää markkinointiviestejä "
                "tähän osoitteeseen.\nJos tämä oli virhe, tilaa uudelleen: "
                "https://www.example.com/tilaa\n",
            ),
            "automated",
            [],
        ),
        # a person who writes under our quoted acknowledgement stays a person (fi/sv/en)
        (
            mail(
                "Anna <anna@example.fi>",
                "Re: kuvat",
                "> Hei,\n> Kiitos viestistäsi. Olemme vastaanottaneet pyyntösi.\n"
                "> Tikettinumero: 7781\n\nPoistakaa myös kuvat.\n",
            ),
            "person",
            ["erasure"],
        ),
        (
            mail(
                "Erik <erik@example.se>",
                "SV: bilder",
                "> Tack för ditt meddelande. Vi har tagit emot din begäran.\n"
                "> Ärendenummer: 5512\n\nRadera även mina bilder.\n",
            ),
            "person",
            ["erasure"],
        ),
        (
            mail(
                "Jo <jo@example.com>",
                "Re: [DSR-2026-0042] We have received your request",
                "Please also delete the photos.\n\n> Thank you for contacting us. We have "
                "received your request.\n> Your ticket number is 88213.\n",
            ),
            "person",
            ["erasure"],
        ),
        # a person who says we have not deleted their data is a person
        (
            mail(
                "Jo <jo@example.com>",
                "Still not deleted",
                "I have received your message, but you have not deleted my data. Delete it now.\n",
            ),
            "person",
            ["erasure"],
        ),
    ],
)
def test_messages(raw: bytes, verdict: str, kinds: list[str]) -> None:
    """automated: dropped; likely: a flagged staff case, never answered; person: a request."""
    received, result = classify_received(parse_message(raw))
    assert received.automated is (verdict == "automated")
    assert ("likely_machine" in received.flags) is (verdict == "likely")
    assert [k.value for k in result.kinds] == kinds


@pytest.mark.parametrize(
    "text",
    [
        # another controller's staff answering by hand: an acknowledgement alone is no machine
        "Thank you for your message. We have received your request. However, we must keep "
        "the invoices for seven years.\n\nBest regards,\nMaria Smith",
        "Kiitos viestistäsi. Olemme vastaanottaneet pyyntösi, mutta kirjanpitolaki edellyttää "
        "tositteiden säilyttämistä.\n\nTerveisin\nMaija Virtanen",
        "Tack för ditt meddelande. Vi har tagit emot din begäran men kan inte radera "
        "uppgifterna ännu.\n\nMvh\nAnna Berg\nhttps://www.example.se",
    ],
)
def test_acknowledgement_alone_is_not_machine(text: str) -> None:
    reading = mt.machine_reading(senders=["maria@example.com"], subject="Re: Erasure", text=text)
    assert reading.reason is None
