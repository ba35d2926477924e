# Automated mail (auto-replies, bounces, bulk notifications) for the fifth blind corpus.
# All are labelled automated=true with no kinds.


def A(lang, note, name, addr, subject, body, headers=None, fmt="plain", report=None, **kw):
    return dict(lang=lang, kinds="", automated=True, note=note, name=name, addr=addr,
                subject=subject, body=body.strip("\n") + "\n", headers=headers or {},
                fmt=fmt, report=report, **kw)


AUTO_REPLIED = {"Auto-Submitted": "auto-replied"}

OUR_REPLY_FI = """Hei,

olemme vastaanottaneet poistopyyntösi. Poistamme tietosi asiakasrekisteristä ja
lopetamme markkinoinnin kuukauden kuluessa. Voit myös pyytää kopion tiedoistasi.

Ystävällisin terveisin
Zoomi Kuvakaupat Oy / tietosuoja
"""

OUR_REPLY_EN = """Hello,

we have received your request to delete your account and personal data. We will
confirm when the erasure is complete. If you only wanted to unsubscribe from our
newsletter, please let us know.

Kind regards
Zoomi Kuvakaupat Oy
"""

OUR_REPLY_SV = """Hej,

vi har tagit emot din begäran om registerutdrag. Du får en kopia av dina uppgifter
inom en månad. Vill du att vi raderar uppgifterna efteråt, svara på detta meddelande.

Vänliga hälsningar
Zoomi Kuvakaupat Oy
"""

NEWSLETTER_FOOTER_FI = """
Et halua enää viestejämme? Peruuta tilaus: https://news.example.com/u?id=88a1
Tietosuojaseloste ja oikeutesi (tarkastus, poisto, vastustaminen):
https://news.example.com/privacy
"""

MESSAGES = [
    # ---------------- Finnish ----------------
    A("fi", "out-of-office, Auto-Submitted header", "Päivi Laaksonen", "paivi.laaksonen@example.fi",
      "Automaattinen vastaus: Koulukuvien toimitus", """
Olen kesälomalla 1.7.–28.7.2024 enkä lue sähköpostia. Kiireellisissä asioissa ota
yhteyttä koulusihteeriin, puh. 06 123 4567.

Päivi Laaksonen
Onkilahden koulu
""", headers=AUTO_REPLIED),
    A("fi", "out-of-office without auto headers, quotes our newsletter footer", "Kimmo Salmi",
      "kimmo.salmi@example.fi", "Poissa: Kevään kuvausuutiset", """
Olen poissa toimistolta 17.3. asti. Viestejä ei välitetä eteenpäin.

Kimmo Salmi

> Kevään perhekuvaukset nyt -15 %!
> Jos et halua enää uutiskirjettämme, peruuta tilaus tästä.
> Voit myös pyytää tietojesi poistamista: tietosuoja@example.fi
"""),
    A("fi", "out-of-office with X-Autoreply", "Hanna Peltonen", "hanna.peltonen@example.fi",
      "Automaattinen vastaus: Henkilökuvaus 12.2.", """
Kiitos viestistäsi. Olen koulutuksessa ti–ke 11.–12.2. ja vastaan viesteihin torstaina.
Henkilöstöasioissa voit olla yhteydessä HR-tiimiin: hr@example.fi.
""", headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}, fmt="qp"),
    A("fi", "bounce (multipart/report) of our erasure confirmation, Finnish text",
      "Postijärjestelmä", "MAILER-DAEMON@example.fi",
      "Toimitus epäonnistui: RE: Poistopyyntö", """
Viestiä ei voitu toimittaa yhdelle tai useammalle vastaanottajalle.

<marja.koski@example.fi>: vastaanottajan postilaatikkoa ei ole olemassa
""", report=dict(type="delivery-status", rcpt="marja.koski@example.fi", action="failed",
                 status="5.1.1", diag="smtp; 550 5.1.1 User unknown",
                 orig_subject="RE: Poistopyyntö", orig_from="tietosuoja@example.fi",
                 orig_body=OUR_REPLY_FI, headers_only=False)),
    A("fi", "industry newsletter with List-Unsubscribe and Precedence bulk",
      "Valokuvaajien Liitto", "uutiset@example.com", "Jäsenkirje 3/2025: tietosuoja ja koulukuvaus", """
Hyvä jäsen,

tässä kuussa: miten koulukuvauksessa hoidetaan huoltajien suostumukset, miten
poistopyyntöihin ja tarkastuspyyntöihin kannattaa vastata ja mitä tietosuojavaltuutettu
linjasi viime vuonna kuvaamoista.

Lue lisää jäsensivuilta.
""" + NEWSLETTER_FOOTER_FI,
      headers={"List-Unsubscribe": "<https://news.example.com/u?id=88a1>, <mailto:unsub@example.com>",
               "List-Id": "Jasenkirje <jasenkirje.example.com>", "Precedence": "bulk"},
      fmt="alt"),
    A("fi", "Slotti booking notification from noreply", "Slotti", "noreply@example.fi",
      "Uusi varaus: Passikuva to 14.11. klo 10.30", """
Uusi varaus on tehty.

Palvelu: Passikuva
Aika: to 14.11.2024 klo 10.30
Asiakas: Elina Vainio, 040 765 4321
Lisätiedot: lapsi mukana (4 v)

Tähän viestiin ei voi vastata.
""", headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),
    A("fi", "OK-perinta automatic status report", "OK-perintä raportointi", "raportit@example.com",
      "Perintätoimeksiantojen tilaraportti 03/2025", """
Toimeksiantajan raportti, Zoomi Kuvakaupat Oy

Avoimet toimeksiannot: 4
Maksetut: 2
Riitautetut (velallinen vastustaa perintää): 1
Tietopyynnöt velallisilta: 0

Raportti on luotu automaattisesti. Älä vastaa tähän viestiin.
""", headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}),
    A("fi", "police permit photo server receipt notification", "Lupakuvapalvelu", "no-reply@example.fi",
      "Kuvan vastaanottokuittaus", """
Lupakuvapalvelu on vastaanottanut kuvan.

Kuvakoodi: 7F3K-Q2LM
Vastaanotettu: 12.11.2024 10.41
Kuva on käytettävissä 6 kuukautta, jonka jälkeen se poistetaan automaattisesti.

Tämä on automaattinen viesti, älä vastaa.
""", headers={"Auto-Submitted": "auto-generated"}, fmt="b64"),
    A("fi", "Business Central invoice run notification, HTML", "Business Central", "noreply@example.com",
      "Laskuajo valmis: 42 laskua", """
Laskuajo on valmis.

Luotuja laskuja: 42
Sähköpostilla lähetetyt: 38
Virheelliset osoitteet (tarkista asiakastiedot): 4

Tämä viesti on lähetetty automaattisesti.
""", headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}, fmt="html"),
    A("fi", "HTML out-of-office reply with quoted customer-style text", "Jukka Aho", "jukka.aho@example.fi",
      "Automaattinen vastaus: VS: Henkilökuvien käyttö", """
Hei, olen lomalla 22.12.–6.1. Palaan asiaan lomani jälkeen.

Jukka Aho
Vaasan kaupunki, viestintä
""", headers={"Auto-Submitted": "auto-replied", "X-Autorespond": "yes"}, fmt="html"),

    # ---------------- Swedish ----------------
    A("sv", "out-of-office, Swedish, Auto-Submitted", "Agneta Lund", "agneta.lund@example.se",
      "Frånvarande: Skolfotografering", """
Jag är ledig till och med den 12 augusti och har inte tillgång till e-post.
Brådskande ärenden: ring skolans expedition, 06 234 5678.

Agneta Lund
""", headers=AUTO_REPLIED),
    A("sv", "auto-reply parental leave, quotes customer line about erasure", "Mattias Holm",
      "mattias.holm@example.fi", "Autosvar: SV: Personalfoton", """
Hej! Jag är föräldraledig till och med 31.5.2025. Ditt meddelande har inte
vidarebefordrats. Kontakta istället personal@example.fi.

> Vi behöver radera de gamla personalfotona från er sida.
""", headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}),
    A("sv", "bounce, Swedish human part, original headers only", "Mail Delivery System",
      "MAILER-DAEMON@example.se", "Leverans misslyckades: Din begäran om registerutdrag", """
Meddelandet kunde inte levereras till följande mottagare:

<jonna.berglund@example.se>: brevlådan är full
""", report=dict(type="delivery-status", rcpt="jonna.berglund@example.se", action="failed",
                 status="5.2.2", diag="smtp; 552 5.2.2 Mailbox full",
                 orig_subject="Din begäran om registerutdrag", orig_from="tietosuoja@example.fi",
                 orig_body=OUR_REPLY_SV, headers_only=True)),
    A("sv", "supplier newsletter with List-Id and Avregistrera", "Fotopapper Nordic", "nyhetsbrev@example.se",
      "Nyheter från Fotopapper Nordic – mars", """
Hej!

Nytt silkesmatt papper i lager, och vårens kampanj på ramar börjar nu.

Vill du inte längre få våra utskick? Avregistrera dig här:
https://fotopapper.example.se/avregistrera
Vi behandlar dina personuppgifter enligt vår integritetspolicy.
""", headers={"List-Unsubscribe": "<https://fotopapper.example.se/avregistrera>",
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
              "List-Id": "Nyhetsbrev <nyhetsbrev.example.se>", "Precedence": "bulk"},
      fmt="alt"),
    A("sv", "parcel shipped notification from noreply", "Paketservice", "noreply@example.se",
      "Ditt paket har skickats", """
Hej!

Ditt paket från Zoomi Kuvakaupat är på väg. Spårningsnummer: JJFI64000123456789.
Beräknad leverans: 2–3 vardagar.

Detta meddelande kan inte besvaras.
""", headers={"Auto-Submitted": "auto-generated"}),
    A("sv", "read receipt (disposition-notification)", "Ingrid Palm", "ingrid.palm@example.fi",
      "Läst: Begäran om radering – bekräftelse", """
Ditt meddelande

  Till: ingrid.palm@example.fi
  Ämne: Begäran om radering – bekräftelse

lästes den 4 februari 2025 10:15.
""", report=dict(type="disposition-notification",
                 disposition="manual-action/MDN-sent-manually; displayed",
                 orig_rcpt="ingrid.palm@example.fi")),
    A("sv", "holiday auto-reply with X-Autoreply only", "Christoffer Ek", "christoffer.ek@example.se",
      "Tack för ditt mejl", """
Tack för ditt mejl! Jag är på semester och läser inte e-post regelbundet förrän
den 5 augusti. Vid brådskande ärenden, ring 040 111 2233.
""", headers={"X-Autoreply": "yes"}, fmt="latin1"),
    A("sv", "password-changed notification from noreply", "Zoomi Webbutik", "noreply@example.fi",
      "Ditt lösenord har ändrats", """
Hej,

lösenordet till ditt konto i webbutiken har ändrats. Om det inte var du, kontakta
kundtjänst omedelbart.

Detta är ett automatiskt meddelande.
""", headers={"Auto-Submitted": "auto-generated"}, fmt="qp"),

    # ---------------- English ----------------
    A("en", "out-of-office, English", "Laura Mitchell", "laura.mitchell@example.com",
      "Automatic reply: Staff photo session", """
Thank you for your email. I am out of the office until Monday 3 March with limited
access to email. For urgent matters please contact office@example.com.

Laura Mitchell
""", headers=AUTO_REPLIED),
    A("en", "Postfix bounce of our erasure acknowledgement, full original attached",
      "Mail Delivery System", "MAILER-DAEMON@example.com",
      "Undelivered Mail Returned to Sender", """
This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<nadia.r@example.com>: host mx.example.com said: 550 5.1.1 <nadia.r@example.com>:
    Recipient address rejected: User unknown in virtual mailbox table
""", report=dict(type="delivery-status", rcpt="nadia.r@example.com", action="failed",
                 status="5.1.1", diag="smtp; 550 5.1.1 User unknown",
                 orig_subject="RE: Delete my account", orig_from="tietosuoja@example.fi",
                 orig_body=OUR_REPLY_EN, headers_only=False)),
    A("en", "Exchange-style NDR", "Microsoft Outlook", "postmaster@example.test",
      "Undeliverable: Your unsubscribe request", """
Delivery has failed to these recipients or groups:

tom.h@example.test
The email address you entered couldn't be found. Please check the recipient's email
address and try to resend the message.

Diagnostic information for administrators:
Generating server: mail.example.test
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found'
""", report=dict(type="delivery-status", rcpt="tom.h@example.test", action="failed",
                 status="5.1.10", diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound",
                 orig_subject="Your unsubscribe request",
                 orig_from="asiakaspalvelu@example.fi",
                 orig_body="Hello, you have been removed from our mailing list.\n",
                 headers_only=True)),
    A("en", "Google Analytics weekly report from noreply", "Google Analytics", "analytics-noreply@example.com",
      "Your weekly Analytics report for zoomi-shop", """
Your weekly summary

Users: 1,204 (+8%)
Sessions: 1,877
Top page: /passport-photos
Consent rate for analytics cookies: 61%

Manage email preferences or unsubscribe from these reports in Admin settings.
""", headers={"List-Unsubscribe": "<https://analytics.example.com/unsub?u=9d2>",
              "Precedence": "bulk", "Auto-Submitted": "auto-generated"}, fmt="alt"),
    A("en", "Verifone settlement notification", "Verifone Reports", "no-reply@example.com",
      "Settlement report 2025-02-28", """
Daily settlement report for merchant ZOOMI KUVAKAUPAT OY

Transactions: 37
Gross: 2,415.60 EUR
Refunds: 1 (35.00 EUR)
Chargebacks / disputes: 0

This is an automated message. Please do not reply.
""", headers={"Auto-Submitted": "auto-generated"}, fmt="b64"),
    A("en", "photo-industry newsletter with unsubscribe link", "PhotoBiz Weekly", "newsletter@example.com",
      "5 ways to handle GDPR requests in your studio", """
This week: deletion requests, consent forms for school photos, and how to answer
"what data do you hold about me?" emails quickly.

Read the full article on our website.

You are receiving this because you subscribed to PhotoBiz Weekly.
Unsubscribe | Update preferences | Privacy policy
""", headers={"List-Unsubscribe": "<mailto:leave@example.com?subject=unsubscribe>",
              "List-Id": "PhotoBiz Weekly <weekly.example.com>", "Precedence": "bulk"},
      fmt="html"),
    A("en", "out-of-office quoting a customer's removal request", "Peter Walsh", "peter.walsh@example.com",
      "Out of Office: Re: please remove my data", """
I'm currently out of the office with limited access to email and will respond on my
return on 14 April.

-----Original Message-----
From: Zoomi Kuvakaupat <tietosuoja@example.fi>
Subject: Re: please remove my data

> Please remove my data and stop sending me newsletters.
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    A("en", "delayed delivery DSN", "Mail Delivery Subsystem", "mailer-daemon@example.com",
      "Delivery Status Notification (Delay)", """
This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed:

     karen.b@example.com

Message will be retried for 2 more days.
""", report=dict(type="delivery-status", rcpt="karen.b@example.com", action="delayed",
                 status="4.4.1", diag="smtp; 421 4.4.1 Connection timed out",
                 orig_subject="Your data access request",
                 orig_from="tietosuoja@example.fi",
                 orig_body="Hello, we have received your access request and will reply within one month.\n",
                 headers_only=True)),
    A("en", "Slotti invoice available notification", "Slotti Billing", "billing-noreply@example.com",
      "Your Slotti invoice is available", """
Hi Zoomi Kuvakaupat,

your monthly Slotti invoice (INV-2025-0312) is now available in the admin panel.
Amount due: 49.00 EUR. Due date: 31.3.2025.

This mailbox is not monitored.
""", headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),
    A("en", "customer company helpdesk ticket auto-acknowledgement", "Nordic Wind Helpdesk",
      "helpdesk@example.com", "[Ticket #48213] Re: Subject Access Request", """
Your request has been received and a ticket has been created (#48213).
One of our agents will get back to you as soon as possible.

Please do not change the subject line when replying.
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    A("en", "HTML+text out-of-office (multipart/alternative)", "Daniel Reyes", "daniel.reyes@example.test",
      "Automatic reply: Staff photos for website", """
Hello,

I am on annual leave until 2 June. Your message will not be forwarded. For anything
about staff photos please contact marketing@example.test.

Best regards,
Daniel Reyes
""", headers={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": "daniel.reyes@example.test"},
      fmt="alt"),
    A("en", "business network mailing-list digest", "Vaasa Business Network", "digest@example.com",
      "Vaasa Business Network digest, Vol 12, Issue 7", """
Today's topics:

  1. Re: Anyone know a good photographer for staff portraits? (Mari K.)
  2. Data protection breakfast 14.5. - "How to answer access and erasure requests"
  3. For sale: used studio lights

To unsubscribe from this list send "unsubscribe" to digest-request@example.com
""", headers={"List-Id": "VBN members <vbn.example.com>", "Precedence": "list",
              "List-Unsubscribe": "<mailto:digest-request@example.com?subject=unsubscribe>"}),
]
