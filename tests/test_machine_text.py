"""Unit tests for requestbot.machine_text: machine mail that carries no auto header."""

from __future__ import annotations

import pytest

from requestbot import machine_text as mt
from requestbot.intake import parse_message
from requestbot.understand.classify import classify_received


def rules(evidence: list[tuple[str, float]]) -> list[str]:
    return [name for name, _ in evidence]


@pytest.mark.parametrize(
    ("address", "rule"),
    [
        ("photographers-bounces@lists.example.com", "sender-list-server"),
        ("kuvaajat-request@lists.example.fi", "sender-list-role"),
        ("fotografer-owner@lists.example.se", "sender-list-role"),
        ("it-admin@example.com", None),
        ("owner-birds@lists.example.com", "sender-list-server"),
        ("mailman@lists.example.com", "sender-list-server"),
        ("notifications@social.example.com", "sender-notifier"),
        ("newsletter@shop.example.se", "sender-notifier"),
        ("wordpress@shop.example.com", "sender-notifier"),
        ("alerts-eu@bank.example.fi", "sender-notifier"),
        ("tiedote@example.fi", "sender-notifier"),
        ("nyhetsbrev@example.se", "sender-notifier"),
        # people, and role addresses people write from
        ("anna.lindqvist@example.se", None),
        ("info@example.fi", None),
        ("support@example.com", None),
        ("newsom@example.com", None),
        ("bouncer.jones@example.com", None),
        ("systemaatikko@example.fi", None),
    ],
)
def test_sender_evidence(address: str, rule: str | None) -> None:
    assert rules(mt.sender_evidence([address])) == ([rule] if rule else [])


@pytest.mark.parametrize(
    ("headers", "mailer", "found"),
    [
        (["From", "Feedback-ID"], "", ["bulk-sender-header"]),
        (["From", "X-CSA-Complaints"], "", ["bulk-sender-header"]),
        (["From"], "Mailchimp Mailer - **CID12ab**", ["mass-mailer"]),
        (["From"], "MailerLite", ["mass-mailer"]),
        (["From"], "Apple Mail (2.3731)", []),
        (["From"], "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)", []),
        (["From", "Subject"], "", []),
    ],
)
def test_header_evidence(headers: list[str], mailer: str, found: list[str]) -> None:
    assert rules(mt.header_evidence(headers, mailer)) == found


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # if-not-you: the reader is told what to do if they did not act
        ("If this wasn't you, please secure your account.", "if-not-you"),
        ("If you did not request a password reset, do nothing.", "if-not-you"),
        ("Jos et tehnyt pyyntöä itse, toimi näin.", "if-not-you"),
        ("Jos muutit sähköpostiosoitteesi itse, kaikki on kunnossa.", "if-not-you"),
        ("Om du inte ändrade din e-post, kontakta oss.", "if-not-you"),
        ("Om du inte har begärt detta, gör ingenting.", "if-not-you"),
        # ignore-this-message
        ("Otherwise you can ignore this email.", "ignore-this-message"),
        ("If not, please simply disregard this message.", "ignore-this-message"),
        ("Voit jättää tämän viestin huomiotta.", "ignore-this-message"),
        ("Då kan du ignorera det här meddelandet.", "ignore-this-message"),
        # your-account-notice: the reader's account, told as a fact
        ("Your password has been changed.", "your-account-notice"),
        ("Your request for an export of personal data has been completed.", "your-account-notice"),
        ("You have been unsubscribed from the Email Broadcasts.", "your-account-notice"),
        ("You applied for an invite to social.example.com.", "your-account-notice"),
        ("Please confirm your email address.", "your-account-notice"),
        ("Salasanasi on vaihdettu.", "your-account-notice"),
        ("Sinut on lisätty seuraaville listoille:", "your-account-notice"),
        ("Vahvista postituslistalle liittyminen napsauttamalla.", "your-account-notice"),
        ("En kopia av all data som registrerats om dig bifogas som en fil.", "your-account-notice"),
        ("A copy of all your data is attached as a JSON file.", "your-account-notice"),
        ("Pyysit tilillesi uuden salasanan.", "your-account-notice"),
        ("Ditt lösenord har ändrats.", "your-account-notice"),
        ("Bekräfta din e-postadress genom att klicka.", "your-account-notice"),
        # unsubscribe-footer
        ("Click here to unsubscribe.", "unsubscribe-footer"),
        ("To unsubscribe from these emails, click the link below.", "unsubscribe-footer"),
        ("Manage your email preferences.", "unsubscribe-footer"),
        ("You are receiving this email because you signed up.", "unsubscribe-footer"),
        ("If you no longer wish to receive these emails, tell us.", "unsubscribe-footer"),
        ("Saat tämän viestin, koska tilasit uutiskirjeen.", "unsubscribe-footer"),
        ("Du får detta mejl eftersom du är kund.", "unsubscribe-footer"),
        ("Avsluta prenumerationen här.", "unsubscribe-footer"),
        # why the reader gets it, without naming the mail, and where it was sent
        ("You are receiving this because you subscribed at example.com.", "unsubscribe-footer"),
        ("Saat tämän, koska olet asiakkaamme.", "unsubscribe-footer"),
        ("Du får detta eftersom du är medlem i förbundet.", "unsubscribe-footer"),
        # the definite form of the mail's name: "meddelandet", "nyhetsbrevet", "mejlet"
        ("Du får det här meddelandet därför att aviseringen är aktiverad.", "unsubscribe-footer"),
        ("Du får nyhetsbrevet eftersom du är kund.", "unsubscribe-footer"),
        ("This email was sent to anna@example.com.", "unsubscribe-footer"),
        ("Tämä viesti lähetettiin osoitteeseen anna@example.fi.", "unsubscribe-footer"),
        ("Detta mejl skickades till anna@example.se.", "unsubscribe-footer"),
        ("If you'd rather not receive these emails, unsubscribe.", "unsubscribe-footer"),
        # mailing-furniture: a browser link, and the question whether the reader still
        # wants such mail
        ("View this email in your browser\n\nNew calendars.", "mailing-furniture"),
        ("Näytä viesti selaimessa\n\nUudet kalenterit.", "mailing-furniture"),
        ("Visa i webbläsaren\n\nNya kalendrar.", "mailing-furniture"),
        (
            "All calendars 20% off. Don't want these emails anymore? Unsubscribe.",
            "mailing-furniture",
        ),
        ("Et halua enää saada näitä viestejä? Peruuta tilaus.", "mailing-furniture"),
        ("Haluatko lopettaa tilauksen? Klikkaa tästä.", "mailing-furniture"),
        ("Vill du inte ha fler mejl? Avregistrera dig.", "mailing-furniture"),
        # all-rights-reserved: a company's copyright line
        ("© 2026 Shop Ltd. All rights reserved.", "all-rights-reserved"),
        ("© 2026 Kauppa Oy. Kaikki oikeudet pidätetään.", "all-rights-reserved"),
        ("© 2026 Butik AB. Alla rättigheter förbehållna.", "all-rights-reserved"),
        # our-mailings: "you can unsubscribe at any time" in Finnish and Swedish
        ("Voit perua uutiskirjeen tilauksen milloin tahansa.", "our-mailings"),
        ("Du kan när som helst avsluta prenumerationen.", "our-mailings"),
        # your-account-notice: the reader's order told as shipped
        ("Your order #12345 has shipped and will arrive soon.", "your-account-notice"),
        ("Tilauksesi 12345 on lähetetty.", "your-account-notice"),
        ("Din beställning 12345 har skickats.", "your-account-notice"),
        # footer-link-labels: a footer's link labels rendered as text
        ("Read more\n\nUnsubscribe | Manage preferences", "footer-link-labels"),
        ("Tietosuojaseloste · Peruuta tilaus", "footer-link-labels"),
        ("Avregistrera | Integritetspolicy | Kontakt", "footer-link-labels"),
        ("Poistu postituslistalta: https://lists.example.fi/s/3f2a", "unsubscribe-footer"),
        ("Avsluta prenumeration: https://lists.example.se/s/3f2a", "unsubscribe-footer"),
        # our-mailings: the sender speaks of its own mailings
        ("Vill du inte längre få våra utskick? Klicka här.", "our-mailings"),
        ("Et halua enää uutiskirjettämme? Peru tilaus täältä.", "our-mailings"),
        ("Uutiskirjeen voit perua linkistä.", "our-mailings"),
        ("Here are this week's tips. Unsubscribe at any time.", "our-mailings"),
        ("You signed up for our newsletter.", "our-mailings"),
        ("Sluta prenumerera: https://example.fi/unsub", "our-mailings"),
        ("Tämä viesti on lähetetty, koska olet asiakkaamme.", "our-mailings"),
        # greeting-to-a-category: a mail to members, customers, parents
        ("Hyvä jäsen,\n\nkevätkokous pidetään 15.4.", "greeting-to-a-category"),
        ("Hej alla föräldrar!\n\nDen här veckan fotograferas alla.", "greeting-to-a-category"),
        ("Bästa kund,\nveckans kampanj.", "greeting-to-a-category"),
        ("Dear subscriber,\nhere is the news.", "greeting-to-a-category"),
        # list-server-instructions
        ("send a message to birds-request@lists.example.com", "list-server-instructions"),
        ("simply reply to this message, keeping the Subject: header", "list-server-instructions"),
        ("https://lists.example.fi/mailman/listinfo/kuvaajat", "list-server-instructions"),
    ],
)
def test_text_rules(text: str, rule: str) -> None:
    assert rule in rules(mt.text_evidence("x", text, html_only=False))


@pytest.mark.parametrize(
    "text",
    [
        # what people write to a controller fires none of the text rules
        "Please delete my account and all my personal data.",
        "Poistakaa tilini ja kaikki tietoni.",
        "Radera mitt konto och alla mina uppgifter.",
        "Unsubscribe me from your newsletter, I never signed up.",
        "I no longer wish to receive your emails.",
        "Stop sending me marketing. Your newsletter is spam.",
        "My email address has changed: please update it to anna@example.se.",
        "Ändra min e-postadress till anna@example.se.",
        "Vaihtakaa sähköpostiosoitteeni, kiitos.",
        "If you do not answer within a month, I will complain to the authority.",
        "Jos ette vastaa, teen valituksen.",
        "Your company sent me an offer: https is not even used on your site.",
        "Please stop sending me your newsletter.",
        "Sluta skicka era utskick till mig.",
        "Lopettakaa uutiskirjeenne lähettäminen minulle.",
        "Dear customer service,\nplease delete my account.",
        "Hyvä asiakaspalvelu,\npoistakaa tietoni.",
        "Hej kundtjänst!\nRadera mina uppgifter.",
        "Dear Sir or Madam,\nI request access to my data.",
        "Avsluta prenumerationen, tack.",
        "Lähettäkää kopio tiedoistani liitteenä.",
        "Unsubscribe me please",
        # a person asking why they get the mail, or that it stop
        "Why am I receiving this? I never subscribed.",
        "Miksi saan tämän, vaikka en ole tilannut mitään?",
        "Varför får jag detta? Jag har aldrig prenumererat.",
        "I sent this to you already in May: unsubscribe me | delete my data.",
        "Unsubscribe\n\nAnna",
        # a person who does not want the mailings says so; it is not a question to the reader
        "Don't want these emails anymore. Unsubscribe me.",
        "En halua enää näitä viestejä. Poistakaa minut listalta.",
        "Jag vill inte ha fler mejl från er. Avregistrera mig.",
        "Where is my order? It has not shipped although I paid in May.",
        "Missä tilaukseni on? Sitä ei ole vieläkään lähetetty.",
        "Var är min beställning? Den har inte skickats än.",
    ],
)
def test_text_rules_leave_requests_alone(text: str) -> None:
    found = rules(mt.text_evidence("x", text, html_only=False))
    assert [r for r, _, _ in mt._TEXT_RULES if r in found] == []


@pytest.mark.parametrize(
    ("subject", "text", "html_only", "rule"),
    [
        ("confirm 6f1c0d2e9a", "x", False, "confirm-subject"),
        ("Re: confirm 6f1c0d2e9a", "x", False, None),
        ("[Example Shop] Personal Data Export", "x", False, "site-tag-subject"),
        ("x", "Reset it here:\nhttps://social.example.com/reset?t=1\n", False, "link-line"),
        ("x", "see https://example.com/reset in the text", False, None),
        ("x", "Vahvista liittyminen: https://lists.example.fi/optin/3f2a\n", False, "link-line"),
        ("x", "x", True, "html-only"),
    ],
)
def test_shape_rules(subject: str, text: str, html_only: bool, rule: str | None) -> None:
    found = rules(mt.text_evidence(subject, text, html_only=html_only))
    shape = {"confirm-subject", "site-tag-subject", "link-line", "html-only"}
    assert [r for r in found if r in shape] == ([rule] if rule else [])


@pytest.mark.parametrize(
    ("text", "spoken_as_i"),
    [
        ("I want my data.", True),
        ("Please delete my account.", True),
        ("Poistakaa minun tietoni.", True),
        ("Pyydän pääsyä tietoihin.", True),
        ("Poistakaa tietoni.", True),
        ("Jag vill att ni raderar mina uppgifter.", True),
        ("Radera min profil.", True),
        ("Your password has been changed.", False),
        ("Logga in i eVaka med stark identifiering.", False),  # Swedish "i" is "in"
        ("Koden gäller i 30 min och sedan", False),
        ("Salasanasi on vaihdettu.", False),
    ],
)
def test_first_person(text: str, spoken_as_i: bool) -> None:
    assert rules(mt.writer_evidence(text)) == (["first-person"] if spoken_as_i else [])


@pytest.mark.parametrize(
    ("evidence", "reason"),
    [
        ((("if-not-you", 2.0), ("your-account-notice", 1.5)), "content:if-not-you"),
        ((("your-account-notice", 1.5),), "content:maybe-your-account-notice"),
        ((("link-line", 0.5), ("html-only", 0.5)), None),
        # spoken as "I": never more than a likely machine
        (
            (("if-not-you", 2.0), ("ignore-this-message", 2.0), ("sender-list-server", 2.0))
            + (("first-person", -2.5),),
            "content:maybe-if-not-you",
        ),
        ((("if-not-you", 2.0), ("first-person", -2.5)), None),
        ((), None),
    ],
)
def test_reading_thresholds(evidence: tuple[tuple[str, float], ...], reason: str | None) -> None:
    assert mt.MachineReading(evidence).reason == reason


def mail(sender: str, subject: str, body: str, extra: str = "") -> bytes:
    return (
        f"From: {sender}\r\nTo: dsr@example.fi\r\nSubject: {subject}\r\n{extra}"
        "Message-ID: <t1@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + body.replace("\n", "\r\n")
    ).encode()


@pytest.mark.parametrize(
    ("raw", "reason", "automated", "kinds", "needs_review"),
    [
        # a list server's unsubscription confirmation: firm, never a request
        (
            mail(
                "photographers-bounces@lists.example.com",
                "confirm 6f1c0d2e9a",
                "To confirm that you want to be removed from this mailing list, simply reply "
                "to this message, keeping the Subject: header intact.\n",
            ),
            "content:sender-list-server",
            True,
            [],
            False,
        ),
        # a password notice with a "delete your account" line: firm
        (
            mail(
                "Social <notifications@social.example.com>",
                "Password changed",
                "Your password has been changed.\nIf this wasn't you, delete your account "
                "and all data here:\nhttps://social.example.com/settings/delete\n",
            ),
            "content:if-not-you",
            True,
            [],
            False,
        ),
        # moderate evidence, no request read: automated
        (
            mail(
                "Example Club <members@example.com>",
                "Newsletter",
                "You have been unsubscribed from the newsletter.\n\n"
                "https://club.example.com/resubscribe?t=9d2c1\n",
            ),
            "content:maybe-your-account-notice",
            True,
            [],
            False,
        ),
        # a vendor's newsletter without bulk headers: its footer says why the reader
        # gets it (en, fi, sv); never answered. A footer that names the reader's relation
        # to the sender and offers an unsubscribe is firm (why-you-get-this)
        (
            mail(
                "Photo Supplies Ltd <news@example.com>",
                "New backdrops in stock",
                "New in: seamless paper backdrops in 12 colours. Trade prices for studios.\n\n"
                "You are receiving this because you subscribed at example.com. Unsubscribe.\n",
            ),
            "content:unsubscribe-footer",
            True,
            [],
            False,
        ),
        (
            mail(
                "Kuvatarvike <tiedote@kuvatarvike.example.fi>",
                "Joulun tarjoukset",
                "Hei kuvaaja!\n\nStudiosalamat -25 % joulukuun ajan.\n\n"
                "Peruuta tilaus | Tietosuojaseloste\n",
            ),
            "content:maybe-footer-link-labels",
            True,
            [],
            False,
        ),
        (
            mail(
                "Fotograförbundet <info@forbundet.example.se>",
                "Medlemsbrev december",
                "Hej!\n\nÅrsmöte 12 mars och kurs om passfoton.\n\n"
                "Du får detta eftersom du är medlem. Avregistrera dig här.\n",
            ),
            "content:unsubscribe-footer",
            True,
            [],
            False,
        ),
        # moderate evidence that reads as a request: a likely machine, flagged, no kinds
        (
            mail(
                "Example Club <members@example.com>",
                "Account",
                "Your account has been suspended. Delete all your personal data from the "
                "account page.\n",
            ),
            "content:maybe-your-account-notice",
            False,
            [],
            True,
        ),
        # a person's alias that looks like a list role, an imperative without "I"
        (
            mail("Privacy desk <gdpr-request@example.fi>", "Poisto", "Poistakaa tiedot.\n"),
            None,
            False,
            ["erasure"],
            False,
        ),
        # a person who forwards a notice and asks to be deleted: a person
        (
            mail(
                "Anna <anna@example.com>",
                "Fwd: Password changed",
                "Please delete all my personal data.\n\n"
                "---------- Forwarded message ----------\nFrom: notifications@example.com\n"
                "Subject: Password changed\n\nYour password has been changed.\n"
                "If this wasn't you, please ignore this email.\nDo not reply to this message.\n",
            ),
            None,
            False,
            ["erasure"],
            False,
        ),
    ],
)
def test_messages(
    raw: bytes, reason: str | None, automated: bool, kinds: list[str], needs_review: bool
) -> None:
    msg = parse_message(raw)
    assert msg.automated_reason == reason
    received, result = classify_received(msg)
    assert received.automated is automated
    assert [k.value for k in result.kinds] == kinds
    assert result.needs_review is needs_review
    assert ("likely_machine" in received.flags) is (needs_review and not automated)
