# -*- coding: utf-8 -*-
"""Automated mail (auto-replies, bounces, newsletters, notifications) for corpus_blind3."""
import base64
from mk import m


def A(lang, note, sender, subject, body, extra, fmt="plain", **kw):
    return m(lang, "", note, sender, subject, body, fmt=fmt, extra=extra, automated=True, **kw)


def bounce(lang, intro, orig_subject, orig_body, status="5.1.1", action="failed",
           diag="smtp; 550 5.1.1 <oldbox@example.test>: Recipient address rejected: User unknown"):
    b = "=_bounce_%s_%s" % (lang, status.replace(".", ""))
    return (
        'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n\n'
        "This is a MIME-encapsulated message.\n\n"
        "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n\n"
        "--%s\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.example.test\nArrival-Date: Mon, 3 Mar 2025 10:00:02 +0200\n\n"
        "Final-Recipient: rfc822; oldbox@example.test\nOriginal-Recipient: rfc822;oldbox@example.test\n"
        "Action: %s\nStatus: %s\nRemote-MTA: dns; mail.example.test\nDiagnostic-Code: %s\n\n"
        "--%s\nContent-Type: message/rfc822\n\n"
        "From: Zoomi Kuvakaupat <uutiskirje@example.fi>\nTo: oldbox@example.test\n"
        "Subject: %s\nDate: Mon, 3 Mar 2025 10:00:00 +0200\nMessage-ID: <nl.%s@example.fi>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "%s\n\n--%s--\n" % (b, b, intro, b, action, status, diag, b, orig_subject, status, orig_body, b))


NEWSLETTER_FI = ("Kevään kuvausajat ovat nyt varattavissa!\n\nEt halua enää uutiskirjettä? Peru tilaus "
                 "tästä: https://example.fi/unsub\nVoit myös pyytää tietojesi poistamista osoitteesta "
                 "tietosuoja@example.fi.\n")
NEWSLETTER_EN = ("Spring sessions are open for booking!\n\nTo unsubscribe, click here: "
                 "https://example.fi/unsub . To delete your data, contact tietosuoja@example.fi.\n")

AUTO = [
    A("fi", "out-of-office, Auto-Submitted", ("Kaisa Rinne", "kaisa.rinne@example.fi"),
      "Automaattinen vastaus: Kuvauspäivä",
      "Hei,\n\nolen lomalla 1.7.–21.7.2025 enkä lue sähköpostiani. Kiireellisissä asioissa ota yhteyttä "
      "koulun kansliaan, puh. 06 000 0000.\n\nKaisa Rinne\n",
      [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),

    A("sv", "out-of-office sv, X-Autoreply", ("Pia Söderberg", "pia.soderberg@example.fi"),
      "Frånvaro: Offert personalfoto",
      "Hej,\n\ntack för ditt meddelande. Jag är på semester till och med 4.8 och har begränsad tillgång "
      "till e-post. Brådskande ärenden: kansliet@example.fi.\n\nMvh Pia\n",
      [("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")]),

    A("en", "out-of-office en, Precedence auto_reply", ("James Carter", "james.carter@example.com"),
      "Out of Office: Your order",
      "Thank you for your email. I am currently out of the office with limited access to email and will "
      "return on Monday 14 April. For urgent matters please contact office@example.com.\n\nJames\n",
      [("Precedence", "auto_reply")]),

    A("fi", "OOO with 'poista' in signature and privacy mention", ("Jukka Peltonen", "jukka.peltonen@example.fi"),
      "Poissa: Tietosuoja-asia",
      "Olen poissa toimistolta 10.3.–14.3. Viestisi on vastaanotettu, mutta sitä ei välitetä eteenpäin. "
      "Tietosuoja-asioissa ota yhteyttä tietosuojavastaavaamme.\n\nJos tämä viesti ei kuulu sinulle, "
      "poista se.\n",
      [("Auto-Submitted", "auto-replied")], fmt="qp"),

    A("en", "bounce multipart/report, original newsletter with unsubscribe/delete words",
      ("Mail Delivery Subsystem", "mailer-daemon@example.test"), "Undelivered Mail Returned to Sender", "",
      [("Auto-Submitted", "auto-replied")], fmt="raw",
      raw=bounce("en", "This is the mail system at host mx1.example.test.\n\nI'm sorry to have to inform "
                 "you that your message could not be delivered to one or more recipients.\n\n"
                 "<oldbox@example.test>: host mail.example.test said: 550 5.1.1 User unknown",
                 "Zoomi: spring sessions", NEWSLETTER_EN)),

    A("fi", "bounce in Finnish, original newsletter with 'peru tilaus' and 'poistamista'",
      ("Postmaster", "postmaster@example.fi"), "Toimitus epäonnistui: Zoomin uutiskirje", "",
      [("Auto-Submitted", "auto-generated")], fmt="raw",
      raw=bounce("fi", "Viestiäsi ei voitu toimittaa seuraavalle vastaanottajalle:\n\n"
                 "oldbox@example.test\nVastaanottajan postilaatikkoa ei löydy. Tarkista osoite ja yritä "
                 "uudelleen.", "Zoomin uutiskirje maaliskuu", NEWSLETTER_FI)),

    A("sv", "bounce in Swedish (mailbox full)", ("MAILER-DAEMON", "mailer-daemon@example.se"),
      "Olevererbart: Nyhetsbrev från Zoomi", "",
      [("Auto-Submitted", "auto-replied")], fmt="raw",
      raw=bounce("sv", "Det gick inte att leverera meddelandet till följande mottagare:\n\n"
                 "oldbox@example.test\nMottagarens brevlåda är full. Försök igen senare.",
                 "Nyhetsbrev från Zoomi", "Vill du inte längre få våra utskick? Avregistrera dig här: "
                 "https://example.fi/unsub\n", status="5.2.2",
                 diag="smtp; 552 5.2.2 Mailbox full")),

    A("en", "supplier newsletter with List-Unsubscribe", ("PhotoSupply Nordic", "news@example.com"),
      "New lab papers and 15% off frames this week",
      "Hi Zoomi team,\n\nOur new lustre lab paper is now in stock, and all frames are 15% off until Sunday.\n\n"
      "Manage your subscription or unsubscribe at https://example.com/prefs. We process your personal data "
      "under the GDPR; you may request access to or deletion of your data at any time.\n",
      [("List-Unsubscribe", "<mailto:unsubscribe@example.com>, <https://example.com/unsub?u=1234>"),
       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")], fmt="alt"),

    A("fi", "Finnish supplier newsletter with List-Id and 'peru tilaus'", ("Kuvatarvike Oy", "uutiset@example.fi"),
      "Kuvatarvikkeen maaliskuun uutiset",
      "Hei!\n\nMaaliskuussa kaikki albumit -20 %. Tutustu myös uusiin studiovaloihin.\n\n"
      "Et halua enää uutiskirjettämme? Peru tilaus täältä. Poistamme tietosi pyynnöstä.\n",
      [("List-Id", "Kuvatarvike uutiskirje <uutiset.example.fi>"), ("Precedence", "bulk"),
       ("List-Unsubscribe", "<https://example.fi/peru?id=889>")], fmt="html"),

    A("fi", "Slotti booking confirmation from noreply", ("Slotti", "noreply@example.fi"),
      "Varausvahvistus: Passikuvaus 14.3. klo 10.30",
      "Hei!\n\nVarauksesi on vahvistettu.\nPalvelu: Passikuvaus\nAika: 14.3.2025 klo 10.30\n"
      "Paikka: Zoomi, Vasaratie 2 A, Vaasa\n\nVoit perua tai siirtää varauksen viimeistään 24 h ennen.\n"
      "Tähän viestiin ei voi vastata.\n", [("Auto-Submitted", "auto-generated")]),

    A("en", "Verifone-style payment settlement notification", ("Payments", "no-reply@example.com"),
      "Daily settlement report 2025-03-04",
      "Your daily settlement report is ready.\n\nTransactions: 37\nTotal: EUR 2 416,50\n\n"
      "Log in to the merchant portal to view details. This is an automatically generated message, "
      "please do not reply.\n", [("Auto-Submitted", "auto-generated")], fmt="b64"),

    A("en", "invoicing system notification", ("Business Central", "noreply@example.com"),
      "Invoice batch 2025-03 posted",
      "Batch 2025-03 has been posted. 112 invoices were sent, 3 failed (invalid e-mail address). "
      "Open the journal to review the errors.\n\nThis message was sent automatically.\n",
      [("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")]),

    A("en", "analytics monthly report with unsubscribe", ("Analytics", "analytics-noreply@example.com"),
      "Your monthly website report - February",
      "Users: 4,210 (+8%)\nSessions: 6,002\nTop page: /koulukuvat\n\nYou are receiving this because you "
      "subscribed to monthly reports. Unsubscribe from these emails.\n",
      [("List-Unsubscribe", "<https://example.com/report/unsub>"), ("Precedence", "bulk")], fmt="html"),

    A("sv", "Swedish newsletter with List-Id", ("Fotoforum", "nyhetsbrev@example.se"),
      "Fotoforums nyhetsbrev mars",
      "Hej!\n\nI månadens nummer: porträttljus på budget och nya regler för passfoton.\n\n"
      "Du får detta nyhetsbrev eftersom du prenumererar. Avsluta prenumerationen här. "
      "Vill du att vi raderar dina uppgifter? Svara inte på detta mejl, använd formuläret.\n",
      [("List-Id", "Fotoforum <nyhetsbrev.example.se>"), ("Precedence", "list"),
       ("List-Unsubscribe", "<mailto:avregistrera@example.se>")]),

    A("en", "OOO en mentioning GDPR/DPO", ("Claire Dubois", "claire.dubois@example.com"),
      "Automatic reply: Staff photos next week",
      "I'm away until 22 April. For data protection (GDPR) questions please contact our DPO at "
      "dpo@example.com; for anything else, my colleague at hr@example.com.\n",
      [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),

    A("fi", "municipality auto-acknowledgement", ("Vaasan kaupunki kirjaamo", "kirjaamo@example.fi"),
      "Automaattinen vastaus: Viestisi on vastaanotettu",
      "Tämä on automaattinen vastaus. Viestisi on vastaanotettu kirjaamoon ja se käsitellään "
      "mahdollisimman pian. Älä vastaa tähän viestiin.\n",
      [("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")], fmt="latin1"),

    A("sv", "Swedish auto-reply (parental leave)", ("Sara Lindén", "sara.linden@example.se"),
      "Automatiskt svar: Skolfoto",
      "Hej! Jag är föräldraledig fram till augusti. Ditt mejl har inte vidarebefordrats. Kontakta "
      "rektor@example.se i skolfrågor.\n/Sara\n", [("X-Autoreply", "yes")]),

    A("en", "delivery delayed DSN (multipart/report)", ("Mail Delivery System", "mailer-daemon@example.com"),
      "Delivery Status Notification (Delay)", "",
      [("Auto-Submitted", "auto-replied")], fmt="raw",
      raw=bounce("en", "This is an automatically generated Delivery Status Notification.\n\n"
                 "THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
                 "Delivery to the following recipient has been delayed: oldbox@example.test",
                 "Re: Please delete my account", "Your account deletion request has been received.\n",
                 status="4.4.7", action="delayed",
                 diag="smtp; 451 4.4.7 Temporary failure, will retry")),

    A("fi", "debt collection agency notification from noreply", ("OK-perintä", "noreply@example.test"),
      "Toimeksianto vastaanotettu",
      "Perintätoimeksianto 2025-1187 on vastaanotettu ja kirjattu järjestelmään. Velalliselle lähetetään "
      "maksumuistutus 7 päivän kuluessa.\n\nTämä on automaattinen viesti, älä vastaa.\n", []),

    A("en", "photography magazine newsletter with 'delete'/'remove' words", ("Shutter Weekly", "newsletter@example.com"),
      "How to remove backgrounds in 5 minutes",
      "This week: remove distracting backgrounds, delete duplicate shots fast, and why you should stop "
      "over-editing portraits.\n\nYou're receiving this because you signed up at shutterweekly. "
      "Unsubscribe | Update preferences\n",
      [("List-Unsubscribe", "<https://example.com/u/abc>"), ("List-Id", "<weekly.example.com>"),
       ("Precedence", "bulk")], fmt="alt"),
]
