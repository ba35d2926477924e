"""Unit tests for requestbot.machine_text: a seller's, booking system's or service's notices
without auto headers (issue 13, "automated 1.00"): order, delivery, invoice and booking
notices, invitations, survey invites, account and confirm-link mails, and what stays a
person's mail (a buyer writes "my order", "tilaukseni", "min beställning")."""

from __future__ import annotations

import pytest

from requestbot import machine_text as mt
from requestbot.intake import parse_message
from requestbot.understand.classify import classify_received

_RULES = {name: pattern for name, _, pattern in mt._TEXT_RULES}


def rules(evidence: list[tuple[str, float]]) -> list[str]:
    return [name for name, _ in evidence]


POSITIVE = [
    # order-status: the reader's order, booking, parcel or payment told in the seller's voice
    ("Tilauksesi viitteellä XKBKNABJK on lähetetty.", "order-status"),
    ("Tilauksesi XKBKNABJK verkkokaupasta Kuvakauppa on peruutettu.", "order-status"),
    ("Maksu tilauksellesi viitteellä XKBKNABJK onnistui.", "order-status"),
    ("Olemme saaneet päätökseen tilauksesi käsittelyn.", "order-status"),
    ("Pakettisi on noudettavissa Esimerkkikadun pakettiautomaatista.", "order-status"),
    ("Din order med referens QWPLMZTRE har skickats.", "order-status"),
    ("Enligt spårningen är ditt paket levererat.", "order-status"),
    ("Ditt paket har anlänt till utlämningsstället.", "order-status"),
    ("Vi har mottagit betalning och bekräftat din bokning.", "order-status"),
    ("Vi har slutfört behandlingen av din beställning.", "order-status"),
    ("Your order with the reference ABC has been shipped.", "order-status"),
    ("Your booking is confirmed for 12 December.", "order-status"),
    ("We have finished processing your order.", "order-status"),
    # thanks-for-your-order
    ("Thank you for your order!", "thanks-for-your-order"),
    ("Kiitos ostoksistasi - Kuvakauppa!", "thanks-for-your-order"),
    ("Kiitos varauksestasi!", "thanks-for-your-order"),
    ("Tack för din beställning!", "thanks-for-your-order"),
    ("Tack för att du handlar hos Fotobutiken!", "thanks-for-your-order"),
    # tracking-line
    ("Voit seurata lähetystä osoitteessa: https://seuranta.example.fi/1", "tracking-line"),
    ("Seurataksesi tilaustasi mene asiakastilillesi.", "tracking-line"),
    ("Du kan spåra din försändelse genom att följa denna länk.", "tracking-line"),
    ("Spåra här: https://spara.example.se/1", "tracking-line"),
    ("Track your order: https://shop.example.com/t/1", "tracking-line"),
    # invoice-notice
    ("Please find attached your invoice for the period.", "invoice-notice"),
    ("Hyvä asiakas,\n\nLiitteenä lasku 20260412, yhteensä 248,00 €.", "invoice-notice"),
    ("Laskusta 20260412 on maksamatta 248,00 €.", "invoice-notice"),
    ("Vänligen hitta bifogad faktura INV-1.", "invoice-notice"),
    ("Faktura 20260412 har ett utestående belopp på 248,00 €.", "invoice-notice"),
    ("Pyydämme maksamaan summan tilille IBAN FI21 1234 viitteellä 2026.", "invoice-notice"),
    ("Vänligen överför beloppet till IBAN FI21 1234 med referens 2026.", "invoice-notice"),
    # booking-notice
    ("Detta är en påminnelse om din bokning:", "booking-notice"),
    ("This is a reminder of your appointment tomorrow.", "booking-notice"),
    ("Muistutus varauksestasi huomenna klo 10.", "booking-notice"),
    ("**Avbokning måste ske senast 48 timmar innan den reserverade tiden.", "booking-notice"),
    ("Cancellations must be made 24 hours in advance.", "booking-notice"),
    # invitation
    ("Matti Meikäläinen on kutsunut sinut tapahtumaan Tiimipalaveri", "invitation"),
    ("Sinut on kutsuttu hankkeelle HAI26-154.", "invitation"),
    ("Karin Berg har bjudit in dig till Teammöte", "invitation"),
    ("Jo has invited you to the project 'Roadworks'.", "invitation"),
    ("You've been invited to participate in a survey.", "invitation"),
    ("Matti Meikäläinen on peruuttanut tapahtuman: Tiimipalaveri", "invitation"),
    # survey-invite
    ("You've been invited to participate in a survey on CheckTick.", "survey-invite"),
    ("Miten onnistuimme? Kerro mielipiteesi täällä: https://kysely.example.com/x", "survey-invite"),
    ("Hur lyckades vi? Ge din åsikt här.", "survey-invite"),
    ("How did we do? Tell us here.", "survey-invite"),
    ("Vastaa lyhyeen kyselyyn ja voita lahjakortti.", "survey-invite"),
    ("Svara på enkäten senast fredag.", "survey-invite"),
    # click-to-confirm
    ("To confirm this, please click on the following link:", "click-to-confirm"),
    ("Vahvistaaksesi pyynnön, klikkaa alla olevaa linkkiä:", "click-to-confirm"),
    ("För att bekräfta detta, klicka på följande länk:", "click-to-confirm"),
    # cannot-reply
    ("Tähän viestiin ei voi vastata.", "cannot-reply"),
    ("Älä vastaa tähän sähköpostiin.", "cannot-reply"),
    ("Det går inte att svara på detta meddelande.", "cannot-reply"),
    ("This mailbox is not monitored.", "cannot-reply"),
    ("Replies to this email are not read.", "cannot-reply"),
    # powered-by: a generator's credit line
    (
        "[Shop](https://shop.example.fi)\n\nPowered by [PrestaShop](https://x.example.com)",
        "powered-by",
    ),
    ("Toteutus: WooCommerce", "powered-by"),
    ("Drivs av Shopify", "powered-by"),
    # welcome-account
    ("Thanks for creating an account on Example Store.", "welcome-account"),
    ("Kuvakauppa kiittää asiakastilin luomisesta.", "welcome-account"),
    ("Kiitos kun loit tilin sivustolle Example.", "welcome-account"),
    ("Tack för att du skapade ett kundkonto hos Fotobutiken.", "welcome-account"),
    # answer-time-promise and reply-to-this-mail: an auto-acknowledgement's furniture
    ("Palaamme asiaan yhden arkipäivän sisällä.", "answer-time-promise"),
    ("Vastaamme sinulle 24 tunnin kuluessa arkipäivisin.", "answer-time-promise"),
    ("Vi återkommer till dig inom 48 timmar.", "answer-time-promise"),
    ("We will get back to you within 2 business days.", "answer-time-promise"),
    ("Haluatko lisätä jotain? Vastaa vain tähän viestiin.", "reply-to-this-mail"),
    ("Anything to add? Just reply to this email.", "reply-to-this-mail"),
    ("Svara bara på det här mejlet.", "reply-to-this-mail"),
    # received-your-request: a compound request word ("projektipyyntösi", "siivousvarauksesi")
    ("Olemme vastaanottaneet projektipyyntösi.", "received-your-request"),
    ("Olemme vastaanottaneet siivousvarauksesi.", "received-your-request"),
    # one-time-code: a code handed to the reader
    ("Tervetuloa Löytökauppaan! Vahvistuskoodisi on: 482913", "one-time-code"),
    ("Salasanan palautuskoodisi on: 482913", "one-time-code"),
    ("Tämä koodi vanhenee 10 minuutissa.", "one-time-code"),
    ("Din verifieringskod är: 482913", "one-time-code"),
    ("Koden gäller i 30 minuter.", "one-time-code"),
    ("Your verification code is\n\n482913", "one-time-code"),
    ("Verification code: 482913", "one-time-code"),
    ("This code expires in 10 minutes.", "one-time-code"),
    # message-waiting: a message waits inside a service
    ("Sinulle on saapunut uusi viesti Oma Opintopolku-palveluun.", "message-waiting"),
    ("Voit lukea viestin kirjautumalla palveluun.", "message-waiting"),
    ("Du har fått ett nytt meddelande i tjänsten Min Studieinfo.", "message-waiting"),
    (
        "Du har fått ett nytt meddelande från vår support. Logga in på ditt konto.",
        "message-waiting",
    ),
    ("You have received a new message in the My Studyinfo service.", "message-waiting"),
    ("Log in to read the message.", "message-waiting"),
    # registration-received: the reader's registration or claim told as received
    ("Din anmälan har registrerats med nummer: BS-20412", "registration-received"),
    ("Ilmoittautumisesi kurssille on vastaanotettu.", "registration-received"),
    ("Your registration for the webinar has been confirmed.", "registration-received"),
    # your-thing-state: what is about to happen to a thing of the reader's
    ("Your subscription will renew on 1 January 2027.", "your-thing-state"),
    ("Your payment failed. Please update your payment details.", "your-thing-state"),
    ("Your storage is 90% full.", "your-thing-state"),
    ("Your export is ready. Download it within 7 days.", "your-thing-state"),
    ("Your account will be deleted due to inactivity on 1 January.", "your-thing-state"),
    ("Tilauksesi uusiutuu automaattisesti 1.1.2027.", "your-thing-state"),
    ("Lainasi erääntyy 12.12.2026.", "your-thing-state"),
    ("Salasanasi vanhenee 7 päivän kuluttua.", "your-thing-state"),
    ("Tallennustilasi on 90 % täynnä.", "your-thing-state"),
    ("Tilisi poistetaan käyttämättömyyden vuoksi 1.1.", "your-thing-state"),
    ("Päivitä maksutietosi.", "your-thing-state"),
    ("Din prenumeration förnyas automatiskt den 1 januari.", "your-thing-state"),
    ("Ditt lån förfaller den 12 december.", "your-thing-state"),
    ("Ditt lösenord går ut om 7 dagar.", "your-thing-state"),
    ("Ditt lagringsutrymme är 90 % fullt.", "your-thing-state"),
    ("Uppdatera dina betalningsuppgifter.", "your-thing-state"),
    # social-activity
    ("Anna commented on your photo: Nice!", "social-activity"),
    ("Anna liked your post.", "social-activity"),
    ("Anna kommentoi kuvaasi.", "social-activity"),
    ("Anna tykkäsi julkaisustasi.", "social-activity"),
    ("Anna alkoi seurata sinua.", "social-activity"),
    ("Anna kommenterade din bild.", "social-activity"),
    ("Anna började följa dig.", "social-activity"),
    # digest
    ("Hi Anna, here's your weekly summary: 3 new comments.", "digest"),
    ("Viikon kooste: 3 uutta kommenttia.", "digest"),
    ("Veckans sammanfattning: 3 nya kommentarer.", "digest"),
    # masked-card
    ("Total: 12.50 €. Card: **** 4242.", "masked-card"),
    ("Your card ending 4242 expires soon.", "masked-card"),
    ("Kortti **** 4242. Kiitos käynnistä!", "masked-card"),
    # sign-in-alert
    ("A new sign-in to your account from Chrome on Windows.", "sign-in-alert"),
    ("Uusi kirjautuminen tilillesi Chrome-selaimella.", "sign-in-alert"),
    ("Ny inloggning på ditt konto från Chrome.", "sign-in-alert"),
    # promo-code
    ("30% off all photo books. Use code XMAS30 at checkout.", "promo-code"),
    ("-30 % kaikista kuvakirjoista! Käytä koodia JOULU30.", "promo-code"),
    ("-30 % på alla fotoböcker. Använd koden JUL30 i kassan.", "promo-code"),
    # booking-notice: appointments, tickets, webinars
    ("Your appointment at Example Dental is on 12 December at 10:00.", "booking-notice"),
    ("Muistutus: hammaslääkäriaikasi on 12.12. klo 10.", "booking-notice"),
    ("Påminnelse: din tid hos tandläkaren är den 12 december kl. 10.", "booking-notice"),
    ("Your e-ticket is attached. Show the QR code at the door.", "booking-notice"),
    ("Tässä liput konserttiin. Näytä QR-koodi ovella.", "booking-notice"),
    ("Här är dina biljetter. Visa QR-koden i entrén.", "booking-notice"),
    ("The webinar starts in 1 hour. Join here: https://x.example.com/j/1", "booking-notice"),
    ("Webinaari alkaa tunnin kuluttua. Liity: https://x.example.fi/j", "booking-notice"),
    # message-waiting and order-status: e-invoices and parcels waiting
    ("Uusi e-lasku on saapunut verkkopankkiisi.", "message-waiting"),
    ("Ny e-faktura har kommit till din internetbank.", "message-waiting"),
    ("Ditt paket finns att hämta hos ombudet.", "order-status"),
    ("Your parcel is waiting at the pickup point.", "order-status"),
    ("Noutokoodi: 1234", "order-status"),
    # extended older rules: "if you didn't", "ignore and delete", "your X account was changed"
    ("If you made this change, nothing to do. If you didn't, secure your account.", "if-not-you"),
    ("Jos tämä olit sinä, toimenpiteitä ei tarvita.", "if-not-you"),
    ("You can safely ignore and delete this email.", "ignore-this-message"),
    (
        "Om du inte vill utföra åtgärden kan du lugnt ignorera och kasta detta meddelande.",
        "ignore-this-message",
    ),
    ("Voit turvallisesti jättää huomioimatta ja poistaa tämän viestin.", "ignore-this-message"),
    ("The email address on your PhotoSync account was changed.", "your-account-notice"),
    ("The cable report that you requested has been processed.", "your-account-notice"),
    ("Hakemanne johtoselvitys JS2600412 on käsitelty.", "your-account-notice"),
    ("Or copy and paste this URL into your browser:", "mailing-furniture"),
    ("Vill du inte ta emot den här typen av inbjudningar? Avsäg dig dem här.", "mailing-furniture"),
]


@pytest.mark.parametrize(("text", "rule"), POSITIVE)
def test_notice_rules(text: str, rule: str) -> None:
    assert rule in rules(mt.text_evidence("x", text, html_only=False))


@pytest.mark.parametrize(("text", "rule"), POSITIVE)
def test_needles_never_hide_a_match(text: str, rule: str) -> None:
    """The substring prefilter of a rule lets through every text its pattern matches."""
    lowered = text.lower()
    if _RULES[rule].search(lowered):
        assert mt._may_fire(rule, lowered)


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # three or more fields of an order, booking or invoice summary
        (
            "Order #PS-204419\nSubtotal: 39.90\nShipping: 5.90\nTotal: 45.80\n"
            "Payment method: Bank transfer",
            1.5,
        ),
        ("Tilaus: XKBKNABJK\nMaksutapa: Pankkisiirto\nToimitusosoite\n\nYhteensä: 45,80 €", 1.5),
        ("Ordernummer: A-77231\nFrakt    5,90 €\nTotalt   45,80 €\nLeveransadress: Vasa", 1.5),
        ("Boknings ID: 58812\nValda tjänster:\nHårklippning", 0.75),
    ],
)
def test_order_summary_fields(text: str, weight: float) -> None:
    assert ("order-summary-fields", weight) in mt.text_evidence("x", text, html_only=False)


@pytest.mark.parametrize(
    "text",
    [
        # a person's identifying fields are no order summary
        "Name: Anna Example\nEmail: anna@example.com\nAddress: 1 Example Street\n"
        "Customer number: 4411\n\nPlease delete my data.",
        "Nimi: Maija Virtanen\nSähköposti: maija@example.fi\nPuhelin: 040 123\nAsiakasnumero: 77",
    ],
)
def test_identifying_fields_are_not_an_order_summary(text: str) -> None:
    assert "order-summary-fields" not in rules(mt.text_evidence("x", text, html_only=False))


@pytest.mark.parametrize(
    "text",
    [
        # a buyer speaks of "my order", "tilaukseni", "min beställning": no seller's voice
        "My order has been shipped to the wrong address. Please delete my data.",
        "Tilaukseni 12345 on lähetetty väärään osoitteeseen. Poistakaa tietoni.",
        "Min beställning har skickats till fel adress. Radera mina uppgifter.",
        # a complaint about an order that was handled ("tilaus on käsitelty") in the first person
        "Pyydän rajoittamaan käsittelyä, kunnes reklamaatio (tilaus 19877) on käsitelty.",
        # a person who thanks for an answer, not for an order
        "Kiitos vastauksesta. Haluan silti, että poistatte tietoni.",
        "Tack för svaret. Jag vill ändå att ni raderar mina uppgifter.",
        # a person's own code that does not work is no code handed out
        "Your gallery keeps saying my access code is invalid. Code from the envelope: KX-4471.",
        "I can't log in to the gallery, it says my access code is invalid.",
        # a visitor's message relayed by a contact form carries a person's words
        "Du har fått ett nytt meddelande från Anna Lindqvist (anna@example.se):\n\n"
        "Radera mina uppgifter.",
        # words inside quotation marks are not the writer's voice: a person who quotes a
        # newsletter's promotion and wants no more of it
        'Your newsletter says "Use code XMAS30 at checkout". Stop sending it.',
        "Uutiskirjeessänne lukee 'Käytä koodia JOULU30'. Lopettakaa nämä viestit.",
        # a person who addresses the company's staff with "your" about the company's things
        "Your website is broken and your newsletter keeps coming. Remove this address.",
        # a person who complains about the keeper's notices, in the imperative
        "Your payment failed emails keep coming to this address. Delete the account.",
        "Your subscription renews every month without asking. Cancel it.",
        # a person who was invited by the company and declines
        "I was invited to your event but I do not want any more invitations.",
    ],
)
def test_buyers_words_are_no_notice(text: str) -> None:
    reading = mt.machine_reading(senders=["anna@example.com"], subject="Order", text=text)
    assert reading.reason is None, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        # a person who pastes an order's summary and asks in the first person: at worst a
        # likely machine that staff see, never a firm machine
        "Please delete my data.\n\nOrder #PS-204419\nSubtotal: 39.90\nShipping: 5.90\n"
        "Total: 45.80\nPayment method: Bank transfer\nThank you for your order!",
        "Poistakaa minun tietoni.\n\nTilaus: XKBKNABJK\nMaksutapa: Pankkisiirto\n"
        "Yhteensä: 45,80 €\nKiitos tilauksestasi!",
    ],
)
def test_a_person_with_a_pasted_summary_is_never_firm(text: str) -> None:
    reason = mt.machine_reading(senders=["anna@example.com"], subject="x", text=text).reason
    assert reason is None or reason.startswith("content:maybe-")


def mail(sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\nTo: tietosuoja@example.fi\nSubject: {subject}\n"
        "Message-ID: <c1@example.test>\nDate: Mon, 07 Dec 2026 09:00:00 +0200\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body
    ).encode("utf-8")


@pytest.mark.parametrize(
    ("raw", "machine"),
    [
        # a shop's order confirmation sent to the wrong address: machine, no answer
        (
            mail(
                "Bokhandeln <order@bokhandeln.example.fi>",
                "Orderbekräftelse #A-77231",
                "Tack för din beställning!\n\nOrdernummer: A-77231\n1 st Fotoalbum    39,90 €\n"
                "Frakt    5,90 €\nTotalt    45,80 €\n\nLeveransadress: Exempelgatan 1, Vasa\n\n"
                "Du får ett nytt meddelande när paketet har skickats.\n",
            ),
            True,
        ),
        # a new-login notice without auto headers
        (
            mail(
                "Alusta <ilmoitukset@alusta.example.com>",
                "Uusi kirjautuminen tilillesi",
                "Hei,\n\ntilillesi kirjauduttiin uudelta laitteelta.\n\nJos tämä olit sinä, "
                "toimenpiteitä ei tarvita. Muussa tapauksessa vaihda salasanasi heti.\n\n"
                "Tähän viestiin ei voi vastata.\n",
            ),
            True,
        ),
        # a calendar invitation: one line and a subject
        (
            mail(
                "Karin <karin@example.se>",
                "Inbjudan: Teammöte",
                "Karin Berg har bjudit in dig till Teammöte\n",
            ),
            True,
        ),
        # a customer who complains about an order in the first person: a person
        (
            mail(
                "Anna <anna@example.com>",
                "My order",
                "My order #4127 was never delivered. Please delete my account and all my "
                "data.\n\nAnna\n",
            ),
            False,
        ),
        (
            mail(
                "Maija <maija@example.fi>",
                "Lasku",
                "Sain teiltä laskun tilauksesta, jota en ole tehnyt. Poistakaa tietoni "
                "rekisteristänne.\n\nMaija Virtanen\n",
            ),
            False,
        ),
    ],
)
def test_notices_through_the_reader(raw: bytes, machine: bool) -> None:
    received, _ = classify_received(parse_message(raw))
    as_machine = received.automated or "likely_machine" in received.flags
    assert as_machine is machine


@pytest.mark.parametrize(
    ("text", "spoken_as_i"),
    [
        # "Viestini-sivu" (the "My messages" page) names a page, not the writer
        ("Voit lukea viestisi Viestini-sivulta.", False),
        ("Poistakaa tietoni.", True),
        ("Haluan, että tietoni poistetaan.", True),
        # a Swedish site's own page after a preposition: "i Mina sidor", "på Mitt konto"
        ("Du kan radera ditt konto när som helst i Mina sidor.", False),
        ("Logga in på Mitt konto för att se din order.", False),
        ("Radera mina sidor i er katalog, tack.", True),
        ("I Mina sidor ser jag fel adress.", True),
        ("Ni har fel adress i mina sidor.", True),
    ],
)
def test_a_page_name_ending_in_ni_is_no_first_person(text: str, spoken_as_i: bool) -> None:
    assert bool(mt.writer_evidence(text)) is spoken_as_i


def test_one_sentence_counts_once() -> None:
    """'Tilauksesi on lähetetty' is an account notice and an order's state in one: the
    reading keeps the heavier of the two, so a person who names such a notice in passing
    is at most a likely machine, never a firm one."""
    text = "Tilauksesi on lähetetty -viestejä tulee vaikka tili on suljettu. Poistakaa tiedot."
    names = rules(mt.text_evidence("x", text, html_only=False))
    assert "your-account-notice" in names and "order-status" in names
    reading = mt.machine_reading(senders=["anna@example.fi"], subject="x", text=text)
    assert [name for name, _ in reading.evidence] == ["your-account-notice"]
    assert reading.reason == "content:maybe-your-account-notice"
