# Automated mail: out-of-office (with and without auto headers), bounces
# (multipart/report), read receipts, newsletters and system notifications.
# All have kinds '' and automated=true.
from email.utils import format_datetime

M = []


def m(lang, frm, subj, body, note, **kw):
    M.append(dict(kinds="", lang=lang, frm=frm, subj=subj, body=body, note=note, **kw))


AUTO = [("Auto-Submitted", "auto-replied")]
MS_AUTO = [("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")]
BULK = lambda lid, unsub: [("Precedence", "bulk"), ("List-Id", lid),
                           ("List-Unsubscribe", unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]


def dsn(text, rcpt, status, diag, orig_subj, orig_to, mta="mail.example.fi", full=False):
    def build(when):
        bd = "==DSN_%s==" % rcpt.split("@")[0].replace(".", "_")
        out = f'Content-Type: multipart/report; report-type=delivery-status; boundary="{bd}"\n\n'
        out += "This is a MIME-encapsulated message.\n\n"
        out += f"--{bd}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
        out += (f"--{bd}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {mta}\n"
                f"Arrival-Date: {format_datetime(when)}\n\nFinal-Recipient: rfc822; {rcpt}\n"
                f"Original-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: {status}\n"
                f"Diagnostic-Code: smtp; {diag}\n\n")
        if full:
            out += (f"--{bd}\nContent-Type: message/rfc822\n\nFrom: Zoomi Kuvakaupat <tietosuoja@example.fi>\n"
                    f"To: {orig_to}\nSubject: {orig_subj}\nDate: {format_datetime(when)}\n"
                    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                    "Hei,\n\nolemme vastaanottaneet pyyntönne poistaa tietonne ja lopettaa markkinoinnin.\n"
                    "Vastaamme viimeistään kuukauden kuluessa. Voitte myös pyytää kopion tiedoistanne.\n\n")
        else:
            out += (f"--{bd}\nContent-Type: text/rfc822-headers\n\nFrom: Zoomi Kuvakaupat <tietosuoja@example.fi>\n"
                    f"To: {orig_to}\nSubject: {orig_subj}\nDate: {format_datetime(when)}\n"
                    "Message-ID: <dsr-reply-4471@example.fi>\n\n")
        out += f"--{bd}--\n"
        return out.encode("utf-8")
    return build


def mdn(text, final_rcpt, orig_mid):
    def build(when):
        bd = "==MDN_boundary=="
        out = f'Content-Type: multipart/report; report-type=disposition-notification; boundary="{bd}"\n\n'
        out += f"--{bd}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
        out += (f"--{bd}\nContent-Type: message/disposition-notification\n\n"
                f"Reporting-UA: {final_rcpt.split('@')[1]}; Microsoft Outlook 16.0\n"
                f"Final-Recipient: rfc822;{final_rcpt}\nOriginal-Message-ID: {orig_mid}\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n\n")
        out += f"--{bd}--\n"
        return out.encode("utf-8")
    return build


# ---------------- Finnish (11) ----------------
m("fi", ("Liisa Kangas", "liisa.kangas@example.fi"), "Automaattinen vastaus: Re: Tietopyyntönne",
  "Olen vuosilomalla 1.7.–24.7.2024 enkä lue sähköpostiani. Kiireellisissä asioissa ota yhteyttä "
  "vaihteeseen, puh. 06 123 4567. Viestejä ei välitetä eteenpäin.\n\nLiisa Kangas\n",
  "OOO fi with Auto-Submitted; subject mentions tietopyyntö", hdrs=AUTO)
m("fi", ("Markus Heikkinen", "markus.heikkinen@example.fi"), "Poissa toimistolta",
  "Olen poissa toimistolta 14.10. asti. Vastaan viestiisi palattuani.\n\nHuom! Tämä osoite poistuu "
  "käytöstä vuoden lopussa, päivitä yhteystietoni: markus.h@example.fi\n",
  "OOO fi without auto headers; mentions 'poistuu' and 'päivitä'", mime="plain")
m("fi", ("Vaasan kaupunki / Päivi Ranta", "paivi.ranta@example.fi"), "Automaattinen vastaus: Henkilökuvat 2024",
  "Kiitos viestistäsi. Olen sairauslomalla toistaiseksi. Henkilöstökuviin liittyvissä asioissa "
  "ole yhteydessä HR-palveluihin (hr@example.fi).\n" + "\n--\nTämä viesti voi sisältää luottamuksellista "
  "tietoa. Jos viesti ei ole tarkoitettu sinulle, poista se.\n",
  "OOO fi with MS auto headers, disclaimer", hdrs=MS_AUTO + [("X-MS-Exchange-Inbox-Rules-Loop", "paivi.ranta@example.fi")])
m("fi", ("Jaana Sundell", "jaana.sundell@example.fi"), "Lomalla",
  "Hei! Olen lomalla enkä lue sähköpostia ennen 5.8. Jos asia koskee koulukuvia, laita viesti "
  "koulusihteerille.\n\nTerv. Jaana\n", "OOO fi, only X-Autoreply header, subject Lomalla", hdrs=[("X-Autoreply", "yes")])
m("fi", ("Mail Delivery System", "MAILER-DAEMON@example.fi"), "Viestin toimitus epäonnistui: Re: Poistopyyntönne",
  "", "bounce fi multipart/report; original subject about erasure", mime="report",
  report=dsn("Viestiäsi ei voitu toimittaa seuraavalle vastaanottajalle:\n\n  tero.rantala@example.test\n\n"
             "Vastaanottajan postilaatikkoa ei löydy. Tarkista osoite ja lähetä viesti uudelleen.",
             "tero.rantala@example.test", "5.1.1", "550 5.1.1 <tero.rantala@example.test>: Recipient address rejected: User unknown",
             "Re: Poistopyyntönne", "tero.rantala@example.test", full=True),
  hdrs=[("Auto-Submitted", "auto-replied")])
m("fi", ("Slotti", "noreply@example.com"), "Varausvahvistus: Zoomi Kuvakaupat 12.9. klo 14:00",
  "Hei,\n\nvarauksesi on vahvistettu.\n\nPalvelu: Passikuva\nAika: to 12.9.2024 klo 14:00\n"
  "Paikka: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa\n\nVoit perua tai siirtää varauksen alla olevasta "
  "linkistä viimeistään 24 h ennen.\n\nTämä on automaattinen viesti, älä vastaa tähän.\n",
  "Slotti booking notification, noreply", hdrs=[("Auto-Submitted", "auto-generated")])
m("fi", ("OK-perintä uutiskirje", "uutiskirje@example.com"), "Perintäalan uutiset 3/2024",
  "Hei yrittäjä!\n\nTässä numerossa: maksumuistutusten uudet säännöt, perintäkulujen katot ja "
  "tietosuoja perinnässä – näin vastaat velallisen tarkastuspyyntöön.\n\nLue lisää verkkosivuiltamme.\n\n"
  "Et halua enää uutiskirjettä? Peruuta tilaus: https://example.com/unsub?u=zoomi\n"
  "Voit myös pyytää tietojesi poistamista rekisteristämme.\n",
  "vendor newsletter with List-Unsubscribe, mentions tarkastuspyyntö/poisto",
  hdrs=BULK("<uutiskirje.okperinta.example.com>", "<https://example.com/unsub?u=zoomi>, <mailto:unsub@example.com>"),
  mime="alt")
m("fi", ("Kuvapaperi Tukku", "markkinointi@example.com"), "Syksyn tarjoukset valokuvaamoille",
  "Hyvä asiakkaamme,\n\nsyksyn tarjouksissa glossy- ja mattapaperit -15 % sekä uudet "
  "kehysmallit.\n\nTämä viesti on lähetetty, koska olet asiakkaamme. Jos et halua enää "
  "markkinointia, poistu listalta tästä.\n", "supplier marketing newsletter",
  hdrs=BULK("Kuvapaperi Tukku <tarjoukset.example.com>", "<mailto:poistu@example.com?subject=unsubscribe>"),
  mime="html")
m("fi", ("Poliisi - kuvapalvelu", "noreply@example.test"), "Huoltokatko kuvapalvelussa 21.5.",
  "Tiedote valokuvaamoille: Passikuvien vastaanottopalvelussa on huoltokatko ti 21.5. klo 22–02. "
  "Katkon aikana kuvia ei voi lähettää palvelimelle. Tähän viestiin ei voi vastata.\n",
  "police photo server maintenance notice", hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
m("fi", ("Business Central", "bc-noreply@example.com"), "Laskuajon raportti 31.3.2024",
  "Laskuajo valmis.\n\nLaskuja luotu: 42\nVirheitä: 1 (asiakas 10233: osoite puuttuu, päivitä "
  "asiakaskortti)\n\nTämä on automaattisesti lähetetty viesti.\n",
  "invoicing run notification, mentions 'päivitä'", hdrs=[("Auto-Submitted", "auto-generated")])
m("fi", ("Timo Saari", "timo.saari@example.fi"), "Luettu: Vastaus tarkastuspyyntöönne",
  "", "read receipt fi (MDN)", mime="report",
  report=mdn("Viesti\n\n  Vastaanottaja: timo.saari@example.fi\n  Aihe: Vastaus tarkastuspyyntöönne\n\n"
             "luettiin 15.5.2024 klo 9.12.", "timo.saari@example.fi", "<dsr-reply-8812@example.fi>"))

# ---------------- Swedish (9) ----------------
m("sv", ("Anna-Lena Wik", "anna-lena.wik@example.fi"), "Autosvar: SV: Begäran om registerutdrag",
  "Tack för ditt meddelande. Jag är på semester till och med den 9 augusti och har begränsad "
  "tillgång till e-post. I brådskande ärenden, kontakta kansliet.\n\nAnna-Lena Wik\n",
  "OOO sv with headers; subject mentions registerutdrag", hdrs=AUTO + [("X-Autoreply", "yes")])
m("sv", ("Stefan Holm", "stefan.holm@example.se"), "Frånvaromeddelande",
  "Hej! Jag är tjänstledig och läser inte min e-post. Ditt meddelande kommer inte att "
  "vidarebefordras. Ärenden som gäller projektet skickas till projekt@example.se. "
  "Meddelanden till denna adress raderas automatiskt efter 30 dagar.\n",
  "OOO sv without auto headers; contains 'raderas'", mime="plain")
m("sv", ("Maria Enkvist", "maria.enkvist@example.fi"), "Automatiskt svar: Personalfotografering",
  "Jag är borta från kontoret 3.6–7.6. Vid frågor om personalfotograferingen, kontakta "
  "personalavdelningen.\n\nMed vänlig hälsning\nMaria Enkvist\n",
  "OOO sv with MS headers", hdrs=MS_AUTO)
m("sv", ("Mail Delivery Subsystem", "postmaster@example.se"), "Det gick inte att leverera: Angående din begäran om radering",
  "", "bounce sv multipart/report", mime="report",
  report=dsn("Meddelandet kunde inte levereras till en eller flera mottagare.\n\n"
             "  olle.berg@example.se\n  Mottagarens brevlåda är full.",
             "olle.berg@example.se", "5.2.2", "552 5.2.2 Mailbox full", "Angående din begäran om radering",
             "olle.berg@example.se", mta="mx.example.se"))
m("sv", ("Fotografförbundet", "nyhetsbrev@example.se"), "Nyhetsbrev juni: GDPR för fotografer",
  "Hej medlem!\n\nI detta nummer: så hanterar du en begäran om registerutdrag, när kunden vill bli "
  "bortglömd och hur du avregistrerar kunder från marknadsföring.\n\nLäs mer på vår webbplats.\n\n"
  "Du får detta mejl som medlem. Avsluta prenumerationen här.\n",
  "association newsletter full of DSR words", hdrs=BULK("<nyhetsbrev.example.se>", "<https://example.se/avregistrera>"),
  mime="alt")
m("sv", ("Studioutrustning Norden", "info@example.se"), "Kampanj: blixtar och bakgrunder -25%",
  "Bästa kund,\n\nveckans kampanj: studioblixtar och bakgrundssystem -25 %.\n\n"
  "Vill du inte ha fler utskick? Klicka på avregistrera.\n", "supplier campaign",
  hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:avregistrera@example.se>")], mime="html")
m("sv", ("Lars Ekman", "lars.ekman@example.fi"), "Läst: Svar på din begäran om rättelse",
  "", "read receipt sv (MDN)", mime="report",
  report=mdn("Ditt meddelande\n\n  Till: lars.ekman@example.fi\n  Ämne: Svar på din begäran om rättelse\n\n"
             "lästes den 2 oktober 2024 10:44.", "lars.ekman@example.fi", "<dsr-reply-9120@example.fi>"))
m("sv", ("Paketaviseringar", "no-reply@example.se"), "Ditt paket från Zoomi Kuvakaupat är på väg",
  "Hej!\n\nDitt paket (kolli-ID 00370712345678) är på väg och beräknas komma fram torsdag. "
  "Följ försändelsen i appen.\n\nDetta meddelande går inte att svara på.\n",
  "parcel notification", hdrs=[("Auto-Submitted", "auto-generated")])
m("sv", ("Slotti", "noreply@example.com"), "Bokningsbekräftelse: Zoomi Kuvakaupat 18.10 kl. 11:30",
  "Hej,\n\ndin bokning är bekräftad.\n\nTjänst: Familjefotografering\nTid: fre 18.10.2024 kl. 11:30\n\n"
  "Avboka eller ändra din tid senast 24 timmar innan via länken nedan.\n\nDetta är ett automatiskt meddelande.\n",
  "Slotti booking notification sv", hdrs=[("Auto-Submitted", "auto-generated")])

# ---------------- English (10) ----------------
m("en", ("Rachel Adams", "rachel.adams@example.com"), "Automatic reply: Your subject access request",
  "Thank you for your email. I am out of the office until Monday 2 September with limited access "
  "to email. For urgent matters please contact my colleague at office@example.com.\n",
  "OOO en with MS headers; subject mentions SAR", hdrs=MS_AUTO)
m("en", ("Tom Bradley", "tom.bradley@example.com"), "Out of Office",
  "Hi, I'm away until 20th. Your email will not be forwarded. If this is about the photo day, "
  "please delete any earlier instructions I sent and wait for my reply.\n",
  "OOO en without auto headers; contains 'delete'", mime="plain")
m("en", ("Jenny Lowe", "jenny.lowe@example.com"), "Auto: Re: Your data request",
  "I'm currently on parental leave and will not be checking email. Messages are not monitored.\n",
  "OOO en auto-replied", hdrs=AUTO)
m("en", ("Mail Delivery Subsystem", "MAILER-DAEMON@example.com"), "Undelivered Mail Returned to Sender",
  "", "bounce en multipart/report (postfix style)", mime="report",
  report=dsn("This is the mail system at host mx.example.com.\n\nI'm sorry to have to inform you that your "
             "message could not be delivered to one or more recipients.\n\n"
             "<j.smith@example.com>: host mx2.example.com said: 550 5.1.1 No such user",
             "j.smith@example.com", "5.1.1", "550 5.1.1 No such user",
             "Re: Request to delete your personal data", "j.smith@example.com", mta="mx.example.com"))
m("en", ("Microsoft Outlook", "postmaster@example.com"), "Undeliverable: Confirmation: you have been unsubscribed",
  "", "bounce en Exchange NDR", mime="report",
  report=dsn("Your message to anna.w@example.com couldn't be delivered.\n\nanna.w wasn't found at "
             "example.com.\n\nAction Required: Recipient\nUnknown To address",
             "anna.w@example.com", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound",
             "Confirmation: you have been unsubscribed", "anna.w@example.com", mta="outlook.example.com"))
m("en", ("Google Analytics", "analytics-noreply@example.com"), "Your weekly Analytics report for zoomi-kuvakaupat",
  "Here's how your property performed last week.\n\nUsers: 1,204 (+8%)\nSessions: 1,876\n"
  "Top page: /koulukuvat\n\nManage your email preferences or unsubscribe from these reports.\n",
  "GA report notification", hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://example.com/prefs>")],
  mime="alt")
m("en", ("Verifone", "no-reply@example.com"), "Settlement report 2024-05-31",
  "Dear merchant,\n\nYour settlement for 31 May 2024 is available in the portal.\n"
  "Transactions: 57\nNet amount: EUR 3,412.50\n\nThis is an automated message. Please do not reply.\n",
  "payment provider notification", hdrs=[("Auto-Submitted", "auto-generated")])
m("en", ("PhotoPro Weekly", "news@example.com"), "5 ways to handle customer data requests (and stay GDPR-compliant)",
  "This week: what to do when a client asks for a copy of their data, wants their photos deleted, "
  "or objects to you using their image in your portfolio. Plus: how to complain-proof your studio.\n\n"
  "You are receiving this because you subscribed. Unsubscribe | Update preferences\n",
  "industry newsletter packed with DSR words", hdrs=BULK("PhotoPro Weekly <weekly.example.com>", "<https://example.com/u/123>"),
  mime="html")
m("en", ("Security", "no-reply@example.com"), "New sign-in to your account",
  "We noticed a new sign-in to your Business Central account from Chrome on Windows (Vaasa, FI). "
  "If this was you, you can ignore this email. If not, reset your password and update your "
  "security details.\n", "security notification", hdrs=[("Auto-Submitted", "auto-generated")])
m("en", ("Kevin Moore", "kevin.moore@example.com"), "Read: Your request to restrict processing",
  "", "read receipt en (MDN)", mime="report",
  report=mdn("Your message\n\n  To: kevin.moore@example.com\n  Subject: Your request to restrict processing\n\n"
             "was read on 11 March 2025 14:20.", "kevin.moore@example.com", "<dsr-reply-10021@example.fi>"))
