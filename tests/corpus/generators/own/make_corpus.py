"""Write the labelled classification corpus: one RFC 5322 .eml file per message + labels.csv.

Run from the repository root: ``.venv/bin/python tests/corpus/make_corpus.py``.
The .eml files are committed; this script documents how they were made.

Each entry is (id, language, kinds, subject, body, style, note). ``style`` is a
'+'-joined list of: plain (default), qp, b64, latin1, alt (multipart/alternative
text+HTML), html (text/html only), reply (a quoted earlier message that mentions
other rights), sig (a signature with a legal disclaimer mentioning GDPR and
"delete"), caps-free styles are just how the person wrote.
"""

from __future__ import annotations

import csv
import html
import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
TO = "tietosuoja@example.fi"

FI_NAMES = [
    "Marja Virtanen",
    "Jukka Korhonen",
    "Sanna Mäkinen",
    "Timo Nieminen",
    "Liisa Heikkinen",
    "Pekka Salo",
    "Aino Lehtinen",
    "Eija Laine",
    "Mikko Järvinen",
    "Tiina Hämäläinen",
]
SV_NAMES = ["Anna Lindqvist", "Erik Sjöberg", "Maria Holm", "Johan Åberg", "Sara Björk", "Lars Ek"]
EN_NAMES = ["John Smith", "Emma Brown", "David Wilson", "Sarah Taylor", "Mark Evans"]

QUOTES = {
    "fi": (
        "{date} Zoomi Kuvakaupat <asiakaspalvelu@example.fi> kirjoitti:",
        "> Hei,\n> kiitos viestistäsi. Voit käyttää tarkastusoikeuttasi tai pyytää tietojesi\n"
        "> poistamista vastaamalla tähän viestiin. Uutiskirjeen voit peruuttaa\n"
        "> linkistä: peruuta tilaus.\n> Ystävällisin terveisin, asiakaspalvelu",
    ),
    "sv": (
        "Den {date} skrev Zoomi Kuvakaupat <kundtjanst@example.fi>:",
        "> Hej,\n> tack för ditt meddelande. Du kan begära registerutdrag, rättelse eller\n"
        "> radering av dina uppgifter. Avregistrera dig från nyhetsbrevet här.\n> Vänliga hälsningar",
    ),
    "en": (
        "On {date}, Zoomi Customer Service <service@example.fi> wrote:",
        "> Hello,\n> thank you for your message. You can ask for a copy of your data, have it\n"
        "> corrected or deleted, or unsubscribe from our newsletter at any time.\n> Kind regards",
    ),
}
SIGS = {
    "fi": "--\n{name}\nPuh. 040 555 0101\nTämä viesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin "
    "erehdyksessä, ilmoita lähettäjälle ja poista viesti ja kaikki sen kopiot. Käsittelemme "
    "henkilötietoja GDPR:n mukaisesti.",
    "sv": "--\n{name}\nDetta e-postmeddelande kan innehålla konfidentiell information. Om du fått det av misstag, "
    "meddela avsändaren och radera meddelandet. Vi behandlar personuppgifter enligt GDPR.",
    "en": "--\n{name}\nCONFIDENTIALITY: This e-mail is intended only for the addressee. If you have received it in "
    "error, please notify the sender and delete it from your system. Personal data is processed "
    "in accordance with the GDPR.",
}

# fmt: off
M: list[tuple[str, str, str, str, str, str, str]] = [
    # ---------------------------------------------------------------- Finnish
    ("fi001", "fi", "erasure", "Tietojen poisto", "Hei,\nhaluaisin että poistatte kaikki minun tiedot teidän asiakasrekisteristä. En ole tilannut mitään vuosiin.\n\nTerveisin\nMarja Virtanen", "plain", "plain erasure"),
    ("fi002", "fi", "erasure", "", "poistakaa mun tiedot pliis", "plain", "one-liner colloquial"),
    ("fi003", "fi", "erasure", "TIETOJEN POISTO", "POISTAKAA KAIKKI TIETONI HETI!!! EN OLE ANTANUT LUPAA TALLENTAA NIITÄ", "plain", "all caps, angry"),
    ("fi004", "fi", "erasure", "Lapseni kuvat", "Hei!\nTyttäreni kävi koulukuvauksessa Kirkkopuiston koulussa syksyllä. Haluan, että hänen kuvansa ja tietonsa poistetaan teidän järjestelmästä, emme tilaa kuvia.\n\nt. Sanna Mäkinen", "qp", "guardian erasure"),
    ("fi005", "fi", "erasure", "Oikeus tulla unohdetuksi", "Pyydän, että minua koskevat henkilötiedot poistetaan (GDPR 17 art.). Asiakasnumeroni on 44821.", "plain", "formal"),
    ("fi006", "fi", "erasure", "tili", "poistakaa tilini ja kaikki kuvat jotka olen ladannut palveluun", "plain", "account erasure"),
    ("fi007", "fi", "erasure", "Re: Tietopyyntö", "Kiitos vastauksesta. Poistakaa sitten kaikki tietoni.", "reply", "reply; quote mentions access and newsletter"),
    ("fi008", "fi", "erasure", "Henkilötiedot", "Hei, olen ollut asiakkaananne ja pyydän henkilötietojeni poistamista.", "sig", "signature disclaimer mentions GDPR and delete"),
    ("fi009", "fi", "erasure", "", "poistakaa mun tiedot teijän rekisteristä, en oo enää asiakas", "plain", "typo teijän"),
    ("fi010", "fi", "erasure", "Kuvat", "Hävittäkää minusta otetut kuvat, en halua että niitä säilytetään missään.", "plain", "destroy photos"),
    ("fi011", "fi", "erasure", "", "haluun et mun tiedot poistetaan teiltä", "plain", "colloquial"),
    ("fi012", "fi", "erasure", "Poikani kuvat", "Tuhotkaa poikani kuvat, hän ei halua että niitä on missään.", "plain", "guardian"),
    ("fi013", "fi", "access", "kysymys", "Mitä tietoja teillä on minusta? Sain teiltä mainoksen vaikka en muista olleeni asiakas.", "plain", "access"),
    ("fi014", "fi", "access", "Tarkastuspyyntö", "Hei\n\nHaluan käyttää tarkastusoikeuttani ja saada kopion kaikista henkilötiedoistani.\n\nYstävällisin terveisin\nJukka Korhonen", "latin1", "latin-1 charset"),
    ("fi015", "fi", "access", "", "mistä ootte saaneet mun sähköpostin? en oo koskaan antanu sitä teille", "plain", "colloquial source question"),
    ("fi016", "fi", "access", "Päiväkotikuvaus", "Voisitteko lähettää minulle kaikki tiedot, joita olette keränneet lapsestani Eemeli Korhosesta? Hän on ollut päiväkotikuvauksissa.", "alt", "guardian access, html alternative"),
    ("fi017", "fi", "access", "Soitto", "Kenelle olette luovuttaneet tietojani? Sain soiton joltain markkinointiyritykseltä.", "plain", "recipients"),
    ("fi018", "fi", "access", "Rekisteri", "Onko minusta tietoja rekisterissänne? Jos on, haluaisin nähdä ne.", "html", "html only"),
    ("fi019", "fi", "access", "", "Hei, saisinko nähdä mitä tietoja teillä on minusta ja lapsistani tallennettuna. Kiitos", "plain", "guardian access"),
    ("fi020", "fi", "access", "Tietopyyntö GDPR", "Pyydän jäljennöksen minua koskevista henkilötiedoista.", "b64", "base64"),
    ("fi021", "fi", "rectification", "Nimi väärin", "Nimeni on kirjoitettu väärin laskussa: oikein on Jäätteenmäki, ei Jaatenmaki.", "plain", "name wrong on invoice is rectification"),
    ("fi022", "fi", "rectification", "Osoitteenmuutos", "Muutin, uusi osoite on Hämeenkatu 5 B 12, 33100 Tampere. Päivittäkää tietonne.", "plain", "moved"),
    ("fi023", "fi", "rectification", "sukunimi", "Tyttäreni sukunimi on vaihtunut, korjaisitteko sen koulukuvatilaukseen: Aino Lehtinen (ennen Aino Mäkelä).", "qp", "guardian rectification"),
    ("fi024", "fi", "rectification", "", "Puhelinnumeroni on vaihtunut, uusi on 040 123 4567", "plain", "phone"),
    ("fi025", "fi", "rectification", "sähköposti", "Teillä on väärä sähköpostiosoite minulle, oikea on maija.k@example.fi", "plain", "wrong email"),
    ("fi026", "fi", "restriction", "Perintäasia", "Kiistän laskun perusteella tallennetut tiedot. Älkää käsitelkö tietojani ennen kuin asia on selvitetty.", "plain", "restriction until resolved"),
    ("fi027", "fi", "restriction", "riita", "Älkää poistako vielä mitään, tarvitsen kuvat ja tilaushistorian riita-asiaa varten. Mutta älkää myöskään käyttäkö niitä mihinkään.", "plain", "keep for dispute"),
    ("fi028", "fi", "restriction", "Rajoitus", "Rajoittakaa tietojeni käsittelyä siihen asti kunnes perintäasia on ratkaistu.", "plain", "restriction"),
    ("fi029", "fi", "portability", "Tiedot CSV:nä", "Voinko saada kaikki tilaus- ja asiakastietoni koneluettavassa muodossa, esim. CSV? Siirrän ne toiseen palveluun.", "plain", "portability"),
    ("fi030", "fi", "portability", "", "Haluan ladata kaikki tietoni itselleni", "plain", "download all"),
    ("fi031", "fi", "objection", "OK-perintä", "Vastustan tietojeni luovuttamista OK-perinnälle. Lasku on jo maksettu.", "plain", "objection to debt collection disclosure"),
    ("fi032", "fi", "objection", "Seuranta", "En hyväksy että käytätte Google Analyticsia ja seuraatte minua sivuillanne.", "plain", "analytics objection"),
    ("fi033", "fi", "erasure+objection", "Lapsen kuva nettisivuilla", "Peruutan suostumukseni siihen, että lapseni kuvaa käytetään teidän nettisivuilla. Poistakaa kuva sieltä.", "alt", "consent withdrawal + removal"),
    ("fi034", "fi", "objection", "Esite", "Kuvaani ei saa enää käyttää teidän esitteessä.", "plain", "photo consent"),
    ("fi035", "fi", "objection", "", "Lopettakaa minun tietojen käsittely", "plain", "stop processing"),
    ("fi036", "fi", "marketing_opt_out", "mainokset", "En halua enää teidän mainoksia sähköpostiin", "plain", "marketing"),
    ("fi037", "fi", "marketing_opt_out", "Tekstiviestit", "Älkää lähettäkö enää tekstiviestejä tarjouksista", "plain", "sms marketing"),
    ("fi038", "fi", "marketing_opt_out", "", "Poistakaa minut postituslistaltanne kiitos", "plain", "mailing list"),
    ("fi039", "fi", "marketing_opt_out", "Suoramarkkinointikielto", "Nimi: Pekka Salo, puh 0401234567", "plain", "subject carries the request"),
    ("fi040", "fi", "marketing_opt_out", "uutiskirje", "peruutan uutiskirjeen tilauksen", "plain", "newsletter subscription, not order"),
    ("fi041", "fi", "marketing_opt_out", "", "lopettakaa tää spämmäys", "plain", "colloquial spam"),
    ("fi042", "fi", "marketing_opt_out", "MARKKINOINTI", "EN HALUA MITÄÄN MARKKINOINTIA TEILTÄ", "plain", "caps"),
    ("fi043", "fi", "marketing_opt_out", "Uutiskirje", "Hei, mulle tulee teidän uutiskirje vaikka en oo sitä tilannu. Lopettakaa se.", "plain", "implied opt-out"),
    ("fi044", "fi", "erasure+marketing_opt_out", "", "Peruuttakaa uutiskirje ja poistakaa samalla kaikki mun tiedot", "plain", "multi"),
    ("fi045", "fi", "erasure+complaint", "Poistopyyntö", "Olen pyytänyt tietojeni poistoa jo kaksi kertaa eikä mitään tapahdu. Teen nyt valituksen tietosuojavaltuutetulle.", "plain", "complaint + erasure"),
    ("fi046", "fi", "marketing_opt_out+complaint", "Mainokset", "Lähetätte edelleen mainoksia vaikka kielsin sen. Tämä rikkoo GDPR:ää ja ilmoitan asiasta tietosuojavaltuutetulle.", "plain", "complaint about marketing"),
    ("fi047", "fi", "access+erasure", "Tiedot", "Lähettäkää kopio tiedoistani ja sen jälkeen poistakaa kaikki.", "plain", "access then erasure"),
    ("fi048", "fi", "rectification+marketing_opt_out", "", "Korjatkaa nimeni ja lopettakaa mainosten lähettäminen", "plain", "multi"),
    ("fi049", "fi", "access+erasure+marketing_opt_out", "GDPR", "Haluan tietää mitä tietoja teillä on minusta, ja sen jälkeen poistakaa ne. En halua myöskään uutiskirjettä.", "qp", "three kinds"),
    ("fi050", "fi", "erasure+objection+marketing_opt_out", "Vastustan", "Vastustan suoramarkkinointia ja profilointia. Poistakaa myös tietoni.", "plain", "three kinds"),
    ("fi051", "fi", "access+rectification", "", "Haluan tarkistaa tietoni ja korjata osoitteen, se on vanha", "plain", "multi"),
    ("fi052", "fi", "access+marketing_opt_out", "Puhelut", "Lopettakaa markkinointi ja kertokaa mistä saitte numeroni", "plain", "multi"),
    ("fi053", "fi", "", "Tilaus 12345", "Poistakaa tilaukseni 12345, tilasin vahingossa kaksi kertaa.", "plain", "near-miss: order cancel"),
    ("fi054", "fi", "", "", "Haluaisin perua tilauksen nro 55821", "plain", "near-miss: order cancel"),
    ("fi055", "fi", "", "Kuvausaika", "Peruuttakaa aikani ensi tiistaille, lapsi on sairas.", "plain", "near-miss: booking"),
    ("fi056", "fi", "", "Lasku", "Laskussa on väärä summa, tilasin vain yhden kuvapaketin.", "plain", "near-miss: invoice amount"),
    ("fi057", "fi", "", "Galleria", "En pääse kirjautumaan kuvagalleriaan, salasana ei toimi.", "plain", "near-miss: login"),
    ("fi058", "fi", "", "Passikuva", "Passikuvan koodi ei toimi poliisin sivulla, mitä teen?", "plain", "near-miss: passport code"),
    ("fi059", "fi", "", "Reklamaatio", "Reklamaatio: kuvissa on outo sininen sävy ja yksi on rajattu väärin.", "plain", "near-miss: product complaint"),
    ("fi060", "fi", "", "", "Voinko saada kopion tyttäreni koulukuvasta isompana?", "plain", "near-miss: copy of a photo"),
    ("fi061", "fi", "", "Toimitus", "Milloin tilaukseni toimitetaan? Tilasin 3 viikkoa sitten.", "plain", "near-miss: order status"),
    ("fi062", "fi", "", "Perintä", "Miksi sain perintäkirjeen, maksoin laskun jo", "plain", "near-miss: debt letter"),
    ("fi063", "fi", "", "Alennus", "Uutiskirjeessä luvattu 20 % alennus ei toiminut kassalla.", "plain", "near-miss: newsletter content"),
    ("fi064", "fi", "", "", "Voitteko poistaa yhden kuvan tilauksesta, valitsin väärän.", "plain", "near-miss: photo in order"),
    ("fi065", "fi", "", "Osoite", "Päivittäkää tilaukseen uusi toimitusosoite: Kauppakatu 3, Vaasa", "plain", "near-miss: delivery address"),
    ("fi066", "fi", "", "Slotti", "Hei, voiko kuvausajan siirtää? Slotti ei näytä vapaita aikoja.", "plain", "near-miss: booking"),
    ("fi067", "fi", "", "Puuttuva kuva", "Koulukuvat tulivat mutta yksi kuva puuttuu paketista.", "plain", "near-miss: product"),
    ("fi068", "fi", "", "Syystarjous", "Kiitos uutiskirjeestä, mistä saan lisää tietoa syystarjouksesta?", "plain", "near-miss: newsletter question"),
    ("fi069", "fi", "rectification", "", "en halua että poistatte tietojani, haluan vain vaihtaa sähköpostiosoitteen", "plain", "negation + rectification"),
    ("fi070", "fi", "", "Linkki", "Tietosuojaselosteenne linkki ei toimi sivuillanne.", "plain", "near-miss: privacy notice link"),
    ("fi071", "fi", "erasure", "Asiakkuus", "Hei!\nVoisitteko ystävällisesti poistaa minut asiakasrekisteristänne, muutin ulkomaille.\nYstävällisin terveisin, Liisa", "plain", "remove me from register"),
    ("fi072", "fi", "marketing_opt_out", "VS: Syksyn tarjoukset", "Joo eli siis ei enää mainoksia kiitos", "qp+reply", "reply to newsletter; quote has peruuta tilaus"),
    ("fi073", "fi", "access+erasure", "Tekstiviesti", "Sain teiltä tekstiviestin vaikka en ole asiakas. Mistä olette saaneet numeroni ja poistakaa se rekisteristänne.", "plain", "multi"),
    ("fi074", "fi", "erasure+objection", "Kuva Facebookissa", "Haluan vastustaa sitä että kuvaani käytetään teidän mainoksissa. Ottakaa kuva pois Facebookista.", "b64", "consent + removal"),
    ("fi075", "fi", "objection", "", "Moi! Meidän poika oli päiväkodin kuvauksessa. Emme halua että kuvia julkaistaan missään. Kiitos", "plain", "guardian objection"),
    ("fi076", "fi", "restriction", "Reklamaatio kesken", "rajoittakaa mun tietojen käyttöä kunnes reklamaatio on käsitelty", "plain", "restriction with consumer complaint word"),
    ("fi077", "fi", "objection", "Evästeet", "Kieltäydyn profiloinnista ja analytiikasta.", "plain", "objection"),
    ("fi078", "fi", "access+erasure", "Huoltajana", "Olen huoltaja ja pyydän poikani kaikkien tietojen poistamista ja kopion niistä ennen poistoa.", "sig", "guardian, signature"),
    # ---------------------------------------------------------------- Swedish
    ("sv001", "sv", "erasure", "Radera mina uppgifter", "Tack.", "plain", "subject only"),
    ("sv002", "sv", "erasure", "Min dotter", "Hej, jag vill att ni raderar allt ni har om mig och min dotter Elsa. Hon fotograferades på Solbackens daghem.", "plain", "guardian erasure"),
    ("sv003", "sv", "erasure", "", "ta bort mitt konto och alla bilder jag laddat upp", "plain", "account"),
    ("sv004", "sv", "erasure", "Bortglömd", "Jag vill bli bortglömd. Mvh Sven", "plain", "forgotten"),
    ("sv005", "sv", "erasure", "RADERA", "RADERA MINA UPPGIFTER OMEDELBART", "plain", "caps"),
    ("sv006", "sv", "erasure", "", "radera mina uppgifter tack", "plain", "no diacritics"),
    ("sv007", "sv", "erasure", "Kundregister", "Jag vill inte längre finnas i ert kundregister.", "latin1", "latin-1"),
    ("sv008", "sv", "access", "Begäran om registerutdrag", "Jag vill ta del av de personuppgifter ni behandlar om mig enligt artikel 15 GDPR.", "plain", "formal access"),
    ("sv009", "sv", "access", "Skolfoto", "Vilka uppgifter har ni om mitt barn? Han går i Norrvallas skola.", "alt", "guardian access"),
    ("sv010", "sv", "access", "", "Varifrån har ni fått min e-postadress? Jag har aldrig handlat hos er.", "plain", "source"),
    ("sv011", "sv", "access", "", "registreutdrag tack", "plain", "typo"),
    ("sv012", "sv", "access", "Kopia", "Skicka en kopia av alla uppgifter ni har om mig.", "html", "html only"),
    ("sv013", "sv", "rectification", "Fel namn", "Mitt efternamn är felstavat på fakturan, det ska vara Lindqvist.", "plain", "name on invoice"),
    ("sv014", "sv", "rectification", "Ny adress", "Jag har flyttat. Uppdatera min adress till Storgatan 4, 65100 Vasa.", "plain", "moved"),
    ("sv015", "sv", "rectification", "", "Ni har fel telefonnummer till mig i registret", "plain", "wrong phone"),
    ("sv016", "sv", "restriction", "Inkasso", "Begränsa behandlingen av mina uppgifter tills inkassoärendet är utrett.", "plain", "restriction"),
    ("sv017", "sv", "restriction", "Tvist", "Radera inte mina uppgifter ännu, jag behöver dem som bevis i en tvist med er. Men använd dem inte till något annat.", "qp", "keep for dispute"),
    ("sv018", "sv", "portability", "Export", "Jag vill flytta mina uppgifter till en annan fotofirma, kan ni exportera dem som CSV?", "plain", "portability"),
    ("sv019", "sv", "objection", "Inkassobolag", "Jag invänder mot att ni lämnar ut mina uppgifter till inkassobolaget.", "plain", "objection"),
    ("sv020", "sv", "objection", "Reklambilder", "Jag motsätter mig att ni använder bilder på mitt barn i er reklam.", "plain", "guardian objection, photo in ads"),
    ("sv021", "sv", "erasure+objection", "Hemsidan", "Jag återkallar mitt samtycke till att ni publicerar min sons bild på er hemsida. Ta bort den.", "b64", "consent + removal"),
    ("sv022", "sv", "marketing_opt_out", "", "Jag vill inte ha reklam från er", "plain", "marketing"),
    ("sv023", "sv", "marketing_opt_out", "Nyhetsbrev", "Avregistrera mig från nyhetsbrevet", "plain", "unsubscribe"),
    ("sv024", "sv", "marketing_opt_out", "", "sluta skicka mejl till mig!!!", "plain", "stop"),
    ("sv025", "sv", "marketing_opt_out", "SMS", "Inga fler sms-erbjudanden tack", "plain", "sms"),
    ("sv026", "sv", "marketing_opt_out", "", "avregistera mig", "plain", "typo"),
    ("sv027", "sv", "access+complaint", "Registerutdrag", "Jag anmäler er till Dataombudsmannen om ni inte svarar på min begäran om registerutdrag inom en månad.", "plain", "complaint threat + access"),
    ("sv028", "sv", "marketing_opt_out+complaint", "Reklam", "Ni bryter mot GDPR genom att skicka reklam utan samtycke. Sluta omedelbart.", "plain", "complaint + implied opt-out"),
    ("sv029", "sv", "access+erasure", "", "Skicka mig ett registerutdrag och radera sedan allt.", "plain", "multi"),
    ("sv030", "sv", "rectification+marketing_opt_out", "Namn", "Rätta mitt namn och sluta skicka nyhetsbrev.", "plain", "multi"),
    ("sv031", "sv", "access+erasure+marketing_opt_out", "Mina uppgifter", "Jag vill veta vilka uppgifter ni har om mig och min dotter, och sedan vill jag att ni tar bort dem. Inga fler utskick heller.", "alt", "three kinds, guardian"),
    ("sv032", "sv", "erasure+marketing_opt_out", "", "Ta bort mig från er e-postlista och radera mina uppgifter", "plain", "multi"),
    ("sv033", "sv", "", "Fotograferingstid", "Jag vill avboka min fotograferingstid på torsdag.", "plain", "near-miss: booking"),
    ("sv034", "sv", "", "", "Kan jag beställa en kopia av skolfotot i större format?", "plain", "near-miss: copy of photo"),
    ("sv035", "sv", "", "Beställning", "Var är min beställning? Ordernummer 44512", "plain", "near-miss: order status"),
    ("sv036", "sv", "", "Faktura", "Fel belopp på fakturan, jag beställde bara ett paket.", "plain", "near-miss: invoice amount"),
    ("sv037", "sv", "", "Reklamation", "Reklamation: bilderna är suddiga.", "plain", "near-miss: product complaint"),
    ("sv038", "sv", "", "", "Radera min beställning, jag beställde fel storlek.", "plain", "near-miss: order"),
    ("sv039", "sv", "", "Galleri", "Lösenordet till galleriet fungerar inte.", "plain", "near-miss: login"),
    ("sv040", "sv", "", "Rabattkod", "Koden från ert senaste nyhetsbrev fungerar inte i kassan.", "plain", "near-miss: newsletter content"),
    ("sv041", "sv", "", "Slotti", "Hur avbokar jag en tid i Slotti?", "plain", "near-miss: booking"),
    ("sv042", "sv", "rectification", "", "Jag vill inte att ni raderar mina uppgifter, jag vill bara byta e-postadress.", "plain", "negation + rectification"),
    ("sv043", "sv", "", "Tid", "Kan ni flytta min tid till nästa vecka?", "plain", "near-miss: booking"),
    ("sv044", "sv", "", "", "Vill ta bort en bild från min beställning", "plain", "near-miss: photo in order"),
    # ---------------------------------------------------------------- English
    ("en001", "en", "erasure", "Data deletion", "Please delete all my personal data from your systems.\n\nRegards,\nJohn", "plain", "erasure"),
    ("en002", "en", "erasure", "", "delete my account", "plain", "account"),
    ("en003", "en", "erasure", "Photos of my daughter", "I want my daughter's photos removed from your servers. She is 8.", "alt", "guardian"),
    ("en004", "en", "erasure", "Right to be forgotten request", "Please erase everything you hold on me.", "plain", "formal"),
    ("en005", "en", "erasure", "", "forget me", "plain", "one-liner"),
    ("en006", "en", "access", "Subject access request", "Under Article 15 GDPR please provide a copy of all personal data you hold about me.", "plain", "SAR"),
    ("en007", "en", "access", "", "What information do you have on me? I keep getting your emails.", "plain", "access"),
    ("en008", "en", "access", "Phone number", "Where did you get my phone number?", "plain", "source"),
    ("en009", "en", "access", "My son", "Can I see the data you store about my son?", "html", "guardian html only"),
    ("en010", "en", "rectification", "Spelling", "My surname is misspelled in your records, it's Mäkinen not Makinen.", "plain", "rectification"),
    ("en011", "en", "rectification", "New address", "I've moved - please update my address to 12 High Street, Leeds.", "plain", "moved"),
    ("en012", "en", "restriction", "", "Please restrict processing of my data until my complaint about the invoice is resolved.", "plain", "restriction"),
    ("en013", "en", "restriction", "Dispute", "Don't delete anything yet, I need the records for a dispute - but stop using them.", "plain", "keep for dispute"),
    ("en014", "en", "portability", "Export", "Please send my data in a machine-readable format (CSV or JSON).", "plain", "portability"),
    ("en015", "en", "objection", "", "I object to you passing my details to your debt collector.", "plain", "objection"),
    ("en016", "en", "objection", "Website photo", "Please stop using my daughter's picture on your website. I withdraw my consent.", "qp", "guardian consent"),
    ("en017", "en", "marketing_opt_out", "unsubscribe", "", "plain", "subject only"),
    ("en018", "en", "marketing_opt_out", "", "STOP", "plain", "sms style"),
    ("en019", "en", "marketing_opt_out", "", "Please take me off your mailing list", "plain", "list"),
    ("en020", "en", "marketing_opt_out", "Emails", "No more marketing emails please!!", "plain", "marketing"),
    ("en021", "en", "marketing_opt_out", "unsubcribe", "", "plain", "typo"),
    ("en022", "en", "marketing_opt_out+complaint", "Third time", "I have told you twice to stop emailing me. I am reporting this to the ICO.", "plain", "complaint"),
    ("en023", "en", "access+erasure", "", "Send me a copy of my data and then delete it all.", "plain", "multi"),
    ("en024", "en", "erasure+marketing_opt_out", "", "Delete everything and never send me ads again", "plain", "multi"),
    ("en025", "en", "rectification+marketing_opt_out", "Email", "Please correct my email address and unsubscribe me from the newsletter.", "plain", "multi"),
    ("en026", "en", "erasure+objection", "Profiling", "I object to profiling and want my account deleted.", "plain", "multi"),
    ("en027", "en", "erasure+complaint", "GDPR", "You are in breach of GDPR. Delete my data now or I will complain to the data protection authority.", "sig", "multi, signature"),
    ("en028", "en", "", "Order 4471", "Please cancel my order #4471, I ordered the wrong size.", "plain", "near-miss: order"),
    ("en029", "en", "", "", "Can I get a copy of my son's school photo in a bigger size?", "plain", "near-miss: copy of photo"),
    ("en030", "en", "", "Order", "Where is my order? It's been three weeks.", "plain", "near-miss: order status"),
    ("en031", "en", "", "Invoice", "The invoice amount is wrong, I was charged twice.", "plain", "near-miss: invoice"),
    ("en032", "en", "", "Quality", "I have a complaint about the print quality of my photos.", "plain", "near-miss: product complaint"),
    ("en033", "en", "", "", "I need to reschedule my appointment on Friday.", "plain", "near-miss: booking"),
    ("en034", "en", "", "Passport photo", "The passport photo code doesn't work on the police website.", "plain", "near-miss: passport code"),
    ("en035", "en", "rectification", "", "Please don't delete my account, I just want to change my email address.", "plain", "negation + rectification"),
    ("en036", "en", "", "Discount", "Is the discount in your latest newsletter still valid?", "plain", "near-miss: newsletter"),
    ("en037", "en", "", "", "Remove the extra photo from my order please", "plain", "near-miss: photo in order"),
    ("en038", "en", "", "Re: Your request", "Thanks, that's fine then.", "reply", "quote mentions delete and unsubscribe"),
    ("fi079", "fi", "access", "Kysymys tiedoista", "Hei,\nvoisitteko kertoa, mitä te olette minusta vuosien varrella tallentaneet? Olen käynyt teillä passikuvissa ainakin kolme kertaa.\n\nt. Raili Koski", "plain", "everyday access, no data word"),
    ("fi080", "fi", "access", "Omat tiedot tarkastettavaksi", "", "plain", "subject only: access"),
    ("fi081", "fi", "marketing_opt_out", "Mainokset pois", "", "plain", "subject only: opt-out"),
    ("fi082", "fi", "access+erasure", "Tiedot ja tili", "Lähettäkää ensin kopio tiedoistani sähköpostiin. Sen jälkeen poistakaa ne kaikki.", "plain", "access then erasure by pronoun"),
    ("fi083", "fi", "erasure+marketing_opt_out", "", "Ottakaa sähköpostini pois uutiskirjelistalta ja poistakaa samalla myös asiakastilini.", "plain", "list + coordinated account"),
    ("fi084", "fi", "objection", "Perintä", "Älkää luovuttako tietojani perintäyhtiölle, lasku on maksettu jo kuukausi sitten.", "plain", "objection: do not pass to collector"),
    ("fi085", "fi", "objection", "Kuva esitteessä", "Annoimme viime keväänä luvan käyttää tyttäremme kuvaa esitteessänne. Nyt perumme sen.", "plain", "consent withdrawn by pronoun"),
    ("fi086", "fi", "objection+erasure", "Kuva Facebookissa", "Julkaisitte poikani kuvan Facebook-sivullanne ilman suostumustamme. Poistakaa se heti.", "plain", "photo without consent + delete it"),
    ("fi087", "fi", "rectification", "Uusi osoite", "Kauppakatu 12 A 4\n65100 Vaasa\n\nterv. Heikki Mattila", "plain", "new address given, heading only"),
    ("fi088", "fi", "rectification", "Muutto", "Muutin kesällä. Uusi osoitteeni on Rantakatu 5, 65100 Vaasa. Päivittäkää se asiakasrekisteriin.", "plain", "new details"),
    ("fi089", "fi", "", "Tilaus 8812", "Peruutan tilauksen 8812, valitsin väärän koon. Poistakaa se järjestelmästä niin teen uuden.", "plain", "near-miss: cancel order, delete it"),
    ("fi090", "fi", "restriction", "Kuitit", "Pyysin viime kuussa tietojeni poistamista, mutta älkää poistako niitä vielä: tarvitsen kuitit takuuasiaa varten. Pitäkää tiedot, mutta älkää käyttäkö niitä muuhun.", "plain", "negated erasure, restriction"),
    ("fi091", "fi", "complaint", "Valitus", "Minusta tietojani on käsitelty huolimattomasti. Miten teen kantelun tietosuojavaltuutetulle?", "plain", "complaint context, not rectification"),
    ("fi092", "fi", "", "Lasku", "Osoite laskussa oli vanha, mutta lasku tuli silti perille ja maksoin sen.", "plain", "near-miss: remark about an old address"),
    ("sv045", "sv", "access", "Fråga", "Hej! Kan ni skicka mig allt som ni har registrerat om mig? Jag har köpt skolfoton av er några gånger.\n\nMvh Karin Nyström", "plain", "everyday access, no data word"),
    ("sv046", "sv", "objection", "Statistik", "Jag vill inte att ni använder mina uppgifter till statistik eller analys av hur jag handlar.", "plain", "objection, everyday"),
    ("sv047", "sv", "objection", "Inkasso", "Jag går inte med på att ni lämnar ut mina uppgifter till något inkassoföretag. Fakturan är bestriden.", "plain", "objection to passing to collector"),
    ("sv048", "sv", "rectification", "Adressändring", "Hej, jag har flyttat. Ny adress: Storgatan 8 B, 65100 Vasa. Vänligen uppdatera kundregistret.", "plain", "moved, new address"),
    ("sv049", "sv", "access+erasure", "", "Skicka först en kopia av mina uppgifter och radera dem sedan.", "plain", "access then erasure by pronoun"),
    ("sv050", "sv", "", "Avbokning", "Jag vill avboka min order 7713, fel storlek. Ta bort den ur systemet så beställer jag på nytt.", "plain", "near-miss: cancel order, delete it"),
    ("sv051", "sv", "marketing_opt_out", "Beställning 4410", "Hej! Kommer min beställning 4410 före midsommar? Och ta gärna bort min e-post från er reklamlista.\n\nHälsningar Eva", "plain", "opt-out inside an order question"),
    ("sv052", "sv", "objection", "Bilden", "Vi gav tillstånd att använda bilden på vår dotter på er hemsida. Nu drar vi tillbaka det.", "plain", "consent withdrawn by pronoun"),
    ("sv053", "sv", "restriction", "Tvist", "Jag bad om radering förra veckan, men radera inte något ännu: jag behöver kvittona för en tvist.", "plain", "negated erasure, restriction"),
    ("sv054", "sv", "access", "Reklam", "Jag fick reklam från er fast jag aldrig har handlat där. Var fick ni min adress ifrån?", "plain", "source question, not opt-out"),
    ("en039", "en", "access", "Quick question", "Hi, could you tell me what you have on me? I think I ordered passport photos once.\n\nThanks, Peter", "plain", "everyday access"),
    ("en040", "en", "objection", "Tracking", "I don't want you to track what I click on in your web shop. Please stop.", "plain", "objection to tracking, everyday"),
    ("en041", "en", "objection", "Invoice dispute", "Please don't share my phone number with your collection partner. The invoice is under dispute.", "plain", "objection to passing data"),
    ("en042", "en", "access+erasure", "My data", "Please send me everything you hold about me, and after that delete it.", "plain", "access then erasure by pronoun"),
    ("en043", "en", "erasure+marketing_opt_out", "Leaving", "Take me off your mailing list and delete my customer account as well.", "plain", "list + coordinated account"),
    ("en044", "en", "rectification", "New address", "My new address is 7 Harbour Lane, 65100 Vaasa. Please update your records.", "plain", "new details"),
    ("en045", "en", "", "Order 6620", "I want to cancel order 6620, I chose the wrong background. Please delete it and I'll order again.", "plain", "near-miss: cancel order, delete it"),
    ("en046", "en", "", "Delivery", "Please ship my order to my new address, the old one is no longer in use.", "plain", "near-miss: delivery address"),
    ("en047", "en", "erasure+objection", "School photo", "We gave permission for our son's photo to be used on your Facebook page, but we revoke it now. Please take it down.", "plain", "consent pronoun + take it down"),
    ("en048", "en", "complaint", "Complaint", "You handled my personal data unlawfully. How do I complain to the data protection authority?", "plain", "complaint context, not rectification"),
]

AUTO: list[tuple[str, str, str, str, str]] = [
    # (id, language, kind, subject, body)
    ("auto01", "fi", "ooo", "Automaattinen vastaus: Tietojen poisto", "Olen lomalla 1.7.-21.7. enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä toimistoon."),
    ("auto02", "fi", "ooo", "Poissa toimistolta", "Hei, olen poissa toimistolta perjantaihin asti. Viestisi on vastaanotettu."),
    ("auto03", "fi", "ooo", "Automaattinen vastaus", "Kiitos viestistäsi! Olen vanhempainvapaalla. Asiakasrekisteriin liittyvissä asioissa ota yhteyttä asiakaspalveluun."),
    ("auto04", "sv", "ooo", "Autosvar: Radera mina uppgifter", "Jag är på semester till och med den 15 augusti och läser inte min e-post."),
    ("auto05", "sv", "ooo", "Frånvaro", "Hej! Jag är föräldraledig. Vid brådskande ärenden, kontakta kontoret."),
    ("auto06", "en", "ooo", "Out of Office: Unsubscribe", "I am out of the office until Monday with limited access to email. For urgent matters please contact the front desk."),
    ("auto07", "en", "ooo", "Automatic reply", "Thank you for your email. I am currently on annual leave and will reply when I return."),
    ("auto08", "fi", "bounce", "Undelivered Mail Returned to Sender", "Poistakaa kaikki tietoni rekisteristänne."),
    ("auto09", "en", "bounce", "Delivery Status Notification (Failure)", "Please delete my data and unsubscribe me."),
    ("auto10", "sv", "bounce", "Olevererbart: Registerutdrag", "Jag vill ha ett registerutdrag."),
    ("auto11", "en", "bounce", "Mail delivery failed: returning message to sender", "Your order confirmation. To unsubscribe from marketing click here."),
    ("auto12", "fi", "bounce", "Undeliverable: Uutiskirje", "Peruuta uutiskirjeen tilaus tästä linkistä."),
    ("auto13", "en", "bounce", "Returned mail: see transcript for details", "I object to the processing of my data."),
    ("auto14", "fi", "newsletter", "Syksyn parhaat tarjoukset", "Hei!\nSyksyn tarjoukset ovat täällä. Jos et halua enää uutiskirjettämme, peruuta tilaus tästä: https://news.example.com/u/123\nTietosuojaseloste: https://news.example.com/privacy"),
    ("auto15", "sv", "newsletter", "Veckans erbjudanden", "Hej!\nVeckans erbjudanden från Fotobutiken. Vill du inte ha fler utskick? Avregistrera dig här: https://news.example.com/u/9"),
    ("auto16", "en", "newsletter", "Your weekly photo tips", "Hi there,\nhere are this week's tips. Unsubscribe at any time. We process your personal data under GDPR; to have it deleted, contact us."),
    ("auto17", "en", "newsletter", "Invoice reminder", "This is an automated reminder that invoice 1234 is due. To stop receiving these emails, unsubscribe."),
    ("auto18", "fi", "newsletter", "Uutiskirje: kevään kuvauspäivät", "Varaa kevään kuvausaika Slotista. Uutiskirjeen voit perua linkistä. Poista tietosi: https://news.example.com/remove"),
    ("auto19", "sv", "ooo", "Automatiskt svar", "Tack för ditt mejl. Jag är borta till måndag."),
    ("auto20", "en", "newsletter", "Security alert digest", "Weekly digest. You are receiving this because you subscribed. Opt out here."),
    ("auto21", "en", "ooo", "Auto: Re: copy of my data", "Auto-reply: I'm travelling and will respond next week."),
]
# fmt: on


def _date(i: int) -> datetime:
    return datetime(2025, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=2))) + timedelta(hours=7 * i)


def _sender(lang: str, i: int) -> tuple[str, str]:
    names = {"fi": FI_NAMES, "sv": SV_NAMES, "en": EN_NAMES}[lang]
    name = names[i % len(names)]
    domain = {"fi": "example.fi", "sv": "example.se", "en": "example.com"}[lang]
    local = name.lower().replace(" ", ".").translate(str.maketrans("äöåé", "aoae"))
    return name, f"{local}@{domain}"


def _html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    return (
        f'<html><head><meta charset="utf-8"></head><body><div dir="ltr">{paras}</div></body></html>'
    )


def human(i: int, entry: tuple[str, ...]) -> bytes:
    mid, lang, _kinds, subject, body, style, _note = entry
    styles = set(style.split("+"))
    name, addr = _sender(lang, i)
    text = body
    if "sig" in styles:
        text += "\n\n" + SIGS[lang].format(name=name)
    if "reply" in styles:
        head, quote = QUOTES[lang]
        text += "\n\n" + head.format(date="1.3.2025 klo 10.12") + "\n" + quote
    charset = "iso-8859-1" if "latin1" in styles else "utf-8"
    if "alt" in styles:
        msg: EmailMessage | MIMEMultipart = MIMEMultipart("alternative")
        msg.attach(MIMEText(text, "plain", charset))
        msg.attach(MIMEText(_html(text), "html", charset))
    elif "html" in styles:
        msg = MIMEText(_html(text), "html", charset)
    else:
        msg = EmailMessage()
        cte = (
            "base64"
            if "b64" in styles
            else "quoted-printable"
            if ("qp" in styles or "latin1" in styles)
            else "8bit"
        )
        msg.set_content(text, charset=charset, cte=cte)
    msg["From"] = f"{name} <{addr}>"
    msg["To"] = TO
    msg["Subject"] = subject
    msg["Date"] = format_datetime(_date(i))
    msg["Message-ID"] = f"<{mid}.{i}@{addr.split('@')[1]}>"
    if "reply" in styles:
        msg["In-Reply-To"] = f"<ticket-{i}@example.fi>"
    return msg.as_bytes()


def automated(i: int, entry: tuple[str, str, str, str, str]) -> bytes:
    mid, lang, kind, subject, body = entry
    name, addr = _sender(lang, i)
    if kind == "ooo":
        msg = EmailMessage()
        msg.set_content(body, charset="utf-8")
        msg["From"] = f"{name} <{addr}>"
        msg["Auto-Submitted"] = "auto-replied"
        if i % 2:
            msg["X-Autoreply"] = "yes"
        else:
            msg["Precedence"] = "auto_reply"
    elif kind == "newsletter":
        msg = EmailMessage()
        msg.set_content(body, charset="utf-8")
        msg.add_alternative(_html(body), subtype="html")
        msg["From"] = "Uutiset <news@example.com>"
        msg["List-Unsubscribe"] = "<https://news.example.com/u/1>, <mailto:unsub@example.com>"
        msg["List-Id"] = "<news.example.com>"
        msg["Precedence"] = "bulk"
    else:  # bounce: multipart/report with the original message attached
        return _bounce(i, mid, subject, body)
    msg["To"] = TO
    msg["Subject"] = subject
    msg["Date"] = format_datetime(_date(i))
    msg["Message-ID"] = f"<{mid}.{i}@example.test>"
    return msg.as_bytes()


def _bounce(i: int, mid: str, subject: str, body: str) -> bytes:
    """A DSN (RFC 3464) as MTAs write it, quoting the message that bounced."""
    original = EmailMessage()
    original["From"] = TO
    original["To"] = "nobody@example.test"
    original["Subject"] = subject
    original["Message-ID"] = f"<orig-{mid}@example.fi>"
    original.set_content(body, charset="utf-8", cte="quoted-printable")
    boundary = f"=_bounce_{mid}"
    text = (
        "From: Mail Delivery System <MAILER-DAEMON@example.test>\r\n"
        f"To: {TO}\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {format_datetime(_date(i))}\r\n"
        f"Message-ID: <{mid}.{i}@example.test>\r\n"
        + ("Auto-Submitted: auto-generated\r\n" if i % 2 == 0 else "")
        + "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n'
        "\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mx.example.test.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n\r\n"
        "<nobody@example.test>: host mx.example.test said: 550 5.1.1 User unknown\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.test\r\n\r\n"
        "Final-Recipient: rfc822; nobody@example.test\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: message/rfc822\r\n\r\n"
    )
    tail = f"\r\n--{boundary}--\r\n"
    return text.encode() + original.as_bytes().replace(b"\n", b"\r\n") + tail.encode()


def main() -> None:
    random.seed(7)
    rows = []
    for i, entry in enumerate(M):
        path = HERE / f"{entry[0]}.eml"
        path.write_bytes(human(i, entry))
        rows.append((path.name, entry[2], entry[1], "false", entry[6]))
    for i, a in enumerate(AUTO):
        path = HERE / f"{a[0]}.eml"
        path.write_bytes(automated(i, a))
        lang = "en" if a[2] == "bounce" else a[1]  # a DSN's readable text is the MTA's English
        rows.append((path.name, "", lang, "true", f"automated: {a[2]}"))
    with (HERE / "labels.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "kinds", "language", "automated", "note"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
