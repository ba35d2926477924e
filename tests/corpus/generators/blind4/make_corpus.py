#!/usr/bin/env python3
"""Generate the fourth blind evaluation corpus (tests/corpus_blind4).

Writes mNNN.eml files and labels.csv next to this script. Deterministic (fixed seed).
Written independently of the classifier: no rule file, classifier source or other
corpus was consulted. Run: python3 tests/corpus_blind4/make_corpus.py
"""

from __future__ import annotations

import base64
import csv
import html
import quopri
import random
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20250404)
TO_ADDR = "tietosuoja@example.fi"
TO_LINE = "Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>"
ORDER = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]

MESSAGES: list[dict] = []


def _t(s: str) -> str:
    """Strip one leading newline so bodies can start on the line after the quotes."""
    return s[1:] if s.startswith("\n") else s


def _msg(lang: str, kinds: str, subject: str, body: str, note: str, **kw) -> None:
    ks = [k for k in kinds.split("+") if k]
    for k in ks:
        assert k in ORDER, k
    kinds_sorted = "+".join(sorted(ks, key=ORDER.index))
    MESSAGES.append(dict(lang=lang, kinds=kinds_sorted, subject=subject, body=_t(body),
                         note=note, automated=kw.pop("automated", False), **kw))


def F(kinds, subject, body, note, **kw):
    _msg("fi", kinds, subject, body, note, **kw)


def S(kinds, subject, body, note, **kw):
    _msg("sv", kinds, subject, body, note, **kw)


def E(kinds, subject, body, note, **kw):
    _msg("en", kinds, subject, body, note, **kw)


def A(lang, subject, body, note, **kw):
    _msg(lang, "", subject, body, note, automated=True, **kw)


NAMES = {
    "fi": ["Jari Mäkelä", "Liisa Koskinen", "Sanna Heikkilä", "Mikko Virtanen", "Tiina Laine",
           "Pekka Nieminen", "Johanna Salo", "Antti Hakala", "Minna Järvinen", "Ville Ojala",
           "Heidi Rantanen", "Timo Kallio", "Kaisa Lehto", "Juha Peltonen", "Riikka Leppänen",
           "Marko Saarinen", "Anu Koivisto", "Teemu Lahtinen", "Elina Hämäläinen", "Sami Kangas",
           "Satu Mattila", "Jouni Korhonen", "Päivi Seppälä", "Tuomas Mäkinen", "Noora Aalto"],
    "sv": ["Anna Sjöberg", "Kaj Björklund", "Maria Nyholm", "Johan Strand", "Linnea Back",
           "Peter Holmström", "Camilla Forsman", "Mikael Ek", "Sofia Lindqvist", "Henrik Granqvist",
           "Åsa Öhman", "Erik Westerlund", "Jenny Smedberg", "Fredrik Sundqvist", "Emma Lillkull",
           "Tomas Vikström", "Ulrika Kronqvist", "Niklas Engström"],
    "en": ["Sarah Brown", "James Wilson", "Priya Sharma", "Tom Harris", "Emily Clarke",
           "Daniel O'Connor", "Olga Petrova", "Mark Johnson", "Rachel Green", "Ahmed Hassan",
           "Laura Schmidt", "Kevin Walsh", "Mei Lin", "Chris Taylor", "Hannah Moore",
           "Ravi Patel", "Jessica Miller", "Lucas Silva"],
}
DOMAINS = {"fi": ["example.fi", "example.fi", "example.com", "example.test"],
           "sv": ["example.se", "example.fi", "example.se", "example.com"],
           "en": ["example.com", "example.com", "example.test", "example.fi"]}


def _slug(name: str) -> str:
    tr = str.maketrans("äöåéÄÖÅ' ", "aoaeAOA..")
    return name.translate(tr).lower().replace("..", ".").strip(".")


def _enc_header(value: str, charset: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def _from_line(name: str, addr: str, charset: str) -> str:
    try:
        name.encode("ascii")
        disp = f'"{name}"' if ("'" in name or "," in name) else name
    except UnicodeEncodeError:
        disp = Header(name, charset).encode()
    return f"{disp} <{addr}>"


def _to_html(body: str) -> str:
    """Plain body to a small HTML document; '>' lines become a blockquote."""
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(html.escape(q.lstrip(">").lstrip()) for q in quote)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:6px">{inner}</blockquote>')
            quote.clear()

    for para in body.split("\n\n"):
        lines = para.split("\n")
        text = []
        for ln in lines:
            if ln.startswith(">"):
                if text:
                    out.append("<p>" + "<br>\n".join(html.escape(x) for x in text) + "</p>")
                    text = []
                quote.append(ln)
            else:
                flush_quote()
                text.append(ln)
        flush_quote()
        if text and any(x.strip() for x in text):
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in text) + "</p>")
    # An Outlook-style reply header block: everything from it on goes in divRplyFwdMsg.
    for i, chunk in enumerate(out):
        first = chunk[3:] if chunk.startswith("<p>") else ""
        if first.startswith(("____", "From: ", "L\u00e4hett\u00e4j\u00e4: ", "Fr\u00e5n: ")):
            if first.startswith("____"):
                chunk = "<p>" + first.split("<br>\n", 1)[-1]
            out = (out[:i] + ['<hr style="display:inline-block;width:98%" tabindex="-1">'
                              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif">']
                   + [chunk] + out[i + 1:] + ["</font></div>"])
            break
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body style="font-family:Calibri,Arial,sans-serif">\n'
            + "\n".join(out) + "\n</body></html>\n")


def _leaf(ctype: str, text: str, charset: str, cte: str) -> str:
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode(charset)  # written back in the same charset below
    head = f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n"
    return head + "\n" + payload + ("" if payload.endswith("\n") else "\n")


STYLES = {
    # style: (structure, charset, cte)
    "plain": ("plain", "utf-8", "8bit"),
    "qp": ("plain", "utf-8", "quoted-printable"),
    "b64": ("plain", "utf-8", "base64"),
    "latin1": ("plain", "iso-8859-1", "quoted-printable"),
    "latin1_8bit": ("plain", "iso-8859-1", "8bit"),
    "cp1252": ("plain", "windows-1252", "8bit"),
    "html": ("html", "utf-8", "quoted-printable"),
    "html_b64": ("html", "utf-8", "base64"),
    "alt": ("alt", "utf-8", "quoted-printable"),
    "alt_latin1": ("alt", "iso-8859-1", "quoted-printable"),
}

# ---------------------------------------------------------------------------
# Finnish
# ---------------------------------------------------------------------------

F("access", "kysymys", """
Moi,

mitä kaikkea te ootte musta oikeen tallentanu? Sain teiltä eilen viestin vaikka en muista
tilanneeni mitään koskaan.

t. Jari
""", "colloquial access, what is stored")

F("access", "Puhelu eiliseltä", """
Hei!

Teiltä soitettiin minulle eilen ja tarjottiin perhekuvauspakettia. Haluaisin tietää, mistä
olette saaneet numeroni, koska en ole koskaan asioinut kanssanne.

Ystävällisin terveisin
Sanna Heikkilä
""", "access: source of phone number")

F("access+marketing_opt_out", "MISTÄ", """
mistä te ootte saanu mun numeron?? ja ÄLKÄÄ SOITTAKO ENÄÄ, en oo kiinnostunu
""", "source of number + stop marketing calls, caps", style="qp")

F("erasure", "Asiakkuus", """
Päivää. Poistakaa kaikki minuun liittyvät tiedot teidän järjestelmistänne, en ole enää
asiakkaananne enkä aio tilata mitään.

Pekka Nieminen
""", "plain erasure", style="latin1")

F("erasure", "Tilin poisto kiitos", """

--
Lähetetty iPhonesta
""", "subject-only erasure of account")

F("erasure", "Lapsen koulukuvat", """
Hei,

olen Eetu Virtasen (3B, Onkilahden koulu) huoltaja. Emme tilanneet kuvia tänä vuonna, joten
pyydän että Eetun koulukuvat ja muut häntä koskevat tiedot poistetaan teidän palvelimeltanne.

Mikko Virtanen
""", "guardian erasure of child's photos and data")

F("rectification", "Nimi väärin", """
Hei

Tyttäreni nimi on kirjoitettu koulukuvapalvelussanne väärin, oikein on Ella-Maria eikä
Ela-Maria. Voisitteko korjata sen, niin nimi menee oikein myös kuvien taakse.

Terv. Johanna Salo
""", "guardian rectification of child's name")

F("rectification", "sukunimi", """
sukunimi muuttunu naimisiin menon myota, nyk. Koskinen (ent. Laine). pls paivittakaa
asiakastietoihin ni ei tuu postia vanhalla nimella
""", "no diacritics, surname change")

F("rectification", "Uusi sähköpostiosoite", """
Hei,

sähköpostiosoitteeni vaihtuu vuodenvaihteessa, koska vanha työpaikan osoite lakkaa. Uusi on
liisa.m@example.fi. Voisitteko vaihtaa sen asiakasrekisteriin?

Kiitos!
Liisa
""", "rectification of email address")

F("restriction", "Perintäasia", """
Hei,

kiistän teidän laskunne 2024-3391 ja sen perusteella OK-perinnän lähettämän vaatimuksen. Niin
kauan kuin asia on auki, en halua että tietojani käytetään mihinkään muuhun. Älkää kuitenkaan
poistako niitä, koska tarvitsen ne selvitystä varten.

Antti Hakala
""", "restriction pending dispute, keep data")

F("restriction", "Tilin tiedot jäihin", """
Jäädyttäkää mun asiakastilin tiedot siksi aikaa kun selvitän tätä juttua kuluttajaneuvonnan
kanssa. Eli ei mitään muutoksia eikä käyttöä ennen kuin kuulette minusta.
""", "freeze data during dispute")

F("portability", "Tietojen lataus", """
Hei,

haluaisin ladata kaikki tilaustietoni ja tiliini liittyvät tiedot yhtenä pakettina, esim. JSON-
tai CSV-muodossa, jotta voin siirtää ne toiseen palveluun. Onko tähän joku valmis toiminto vai
pitääkö teidän lähettää se?

Minna Järvinen
""", "portability: json/csv export")

F("portability", "siirto toiseen kuvaamoon", """
moi, voisko mun tiedot ja kuvat siirtää suoraan toiseen kuvaamoon (Kuvaamo Valoisa Seinäjoella),
ne pyys multa koneluettavan tiedoston teiltä. kiitti
""", "portability: direct transfer to another studio")

F("objection", "Seuranta verkkokaupassa", """
Hei. En halua, että käyttöäni teidän verkkokaupassanne seurataan Google Analyticsilla.
Ottakaa minut pois siitä seurannasta.

Ville Ojala
""", "objection to analytics")

F("objection", "OK-perintä", """
Hei

en hyväksy että tietojani on luovutettu OK-perinnälle, lasku oli maksettu ajallaan (maksu
12.2., viite 123455). Perukaa se luovutus.

Heidi Rantanen
""", "objection to passing data to debt collection")

F("objection", "Kuvan käyttölupa", """
Hei,

perun luvan käyttää poikani kuvaa teidän nettisivuillanne ja Facebookissa. Annoimme luvan
pari vuotta sitten mutta tilanne on nyt toinen.

Timo Kallio
""", "guardian consent withdrawal for photo use")

F("objection+erasure", "Kuva näyteikkunassa", """
Hei,

kävelin eilen liikkeenne ohi ja näin että tyttäreni kuva on teidän näyteikkunassanne. En ole
antanut siihen mitään lupaa. Ottakaa kuva pois ikkunasta ja poistakaa se myös teidän
nettisivuiltanne.

Kaisa Lehto
""", "guardian: photo in shop window without consent, remove from website")

F("marketing_opt_out", "Myyntipuhelut", """
Lopettakaa ne myyntipuhelut. Kolmas kerta tällä viikolla kun joku teiltä soittaa kesken
työpäivän kyselemään kuvauksista. Numeroni on 040 111 2233.
""", "stop marketing calls")

F("marketing_opt_out", "UUTISKIRJE", """
EN HALUA TEIDÄN UUTISKIRJETTÄ. POISTAKAA MINUT LISTALTA
""", "ALL CAPS unsubscribe")

F("access+complaint", "Tietopyyntö edelleen vastaamatta", """
Hei,

pyysin kuukausi sitten (14.2.) kopiota tiedoistani enkä ole saanut mitään vastausta.
Lähettäkää minulle kopio niistä tiedoista nyt. Jos en saa niitä viikon sisällä, teen asiasta
kantelun tietosuojavaltuutetulle.

Juha Peltonen
""", "renewed access + threat to complain to DPA")

F("complaint", "Luokkakuvat whatsappissa", """
Mihin voin valittaa, jos yritys ei noudata tietosuoja-asetusta? Teidän myyjä jakoi meidän
luokan kuvat ja oppilaiden nimet vanhempien whatsapp-ryhmään kysymättä keneltäkään.
""", "how to complain + GDPR accusation")

F("access+erasure", "kaikki tiedot", """
Lähettäkää ensin kopio kaikesta mitä teillä on minusta ja sen jälkeen tyhjentäkää kaikki.
""", "copy then delete")

F("erasure+marketing_opt_out", "postituslista ja tili", """
Hei, poistakaa minut postituslistalta ja samalla koko asiakastili. Kiitos.
Marko
""", "unsubscribe + delete account")

F("rectification+marketing_opt_out", "osoitteenmuutos", """
osoite muuttunut: Kauppapuistikko 12 B 7, 65100 Vaasa.
ja ei enää sitä paperista mainoskatalogia kiitos
""", "new address + no more paper ads")

F("access", "Re: Tietopyyntönne", """
Kiitos vastauksesta. Ennen kuin päätän mitään poistamisesta, haluaisin ensin nähdä mitä
tietoja minusta teillä ylipäätään on.

Anu

Lähettäjä: Zoomi asiakaspalvelu <asiakaspalvelu@example.fi>
Lähetetty: tiistai 4. maaliskuuta 2025 10.12
Vastaanottaja: Anu Koivisto <anu.koivisto@example.fi>
Aihe: Tietopyyntönne

Hei Anu,

voimme poistaa tietosi rekisteristämme ja lopettaa markkinointiviestit, jos haluat. Kerro
kumman haluat, niin hoidamme asian.

Ystävällisin terveisin
Zoomi Kuvakaupat
""", "reply: new text asks access; quoted Outlook block mentions erasure/marketing", style="alt")

F("", "Re: Poistopyyntö", """
Kiitos, tämä selvä!

ti 11.3.2025 klo 9.40 Zoomi Kuvakaupat <tietosuoja@example.fi> kirjoitti:
> Hei,
> pyysitte tietojenne poistamista. Tietonne on nyt poistettu asiakasrekisteristä ja
> uutiskirjelistalta.
> Ystävällisin terveisin, Zoomi
""", "near-miss: thanks reply, quoted text mentions erasure")

F("erasure", "Koulukuvatilaus / kysymys", """
Hei!

Tilasin viime viikolla koulukuvapaketin (tilaus 48102) ja maksoin Verifonen kautta, mutta
vahvistusviestiä ei tullut. Näkyykö tilaus teillä? Kuvat pitäisi saada ennen mummon
syntymäpäiviä 28.3.

Kiitos paljon!
Satu

PS. Vanhan sähköpostiosoitteeni (satu.m@example.test) tilin voi poistaa kokonaan, en käytä
sitä enää ja se sotkee kirjautumista.
""", "order question with erasure of old account buried in PS")

F("marketing_opt_out", "Päiväkotikuvat", """
Moi,

milloin Touhulan päiväkodin syyskuvat on valmiina? Lapsi kuvattiin 2.10.

ps. voisitteko lopettaa ne sähköpostimainokset, tulee melkein joka päivä
""", "delivery question + PS opt-out")

F("access", "Lasten tiedot", """
Hei,

mitä tietoja teillä on tallennettuna lapsistani Ainosta ja Eelistä? Kuvat otettiin päiväkoti
Touhulassa viime syksynä. Haluan tietää myös, kenelle tietoja on annettu.

Päivi Seppälä
""", "guardian access incl. recipients")

F("objection", "Henkilökuvat", """
Hei,

olen kaupungin ympäristöpalveluiden työntekijä ja meidän henkilökuvat otettiin teillä viime
keväänä. En halua, että minun kuvaani käytetään teidän esimerkkigalleriassanne tai
mainoksissa.

Teemu Lahtinen
ympäristötarkastaja
""", "employee objects to use of staff photo")

F("erasure", "Henkilökuva arkistosta", """
Hei,

lopetin työt Pohjanmaan Tilitoimisto Oy:ssä helmikuussa. Poistakaa henkilökuvani teidän
arkistosta ja siitä galleriasta, jota ylläpidätte entiselle työnantajalleni.

Elina Hämäläinen
""", "ex-employee erasure of staff photo")

F("complaint", "Väärä lasku", """
Tämä on räikeä tietosuojaloukkaus: saimme sähköpostiimme toisen perheen laskun, jossa oli
heidän lapsensa nimi, koulu ja kotiosoite. Miten tällaista voi tapahtua?
""", "accusation of data protection violation (misdirected invoice)")

F("rectification+restriction", "Puhelinnumero väärin", """
Hei

puhelinnumeroni on teillä väärin (pitäisi olla 050 222 3344) ja sen takia perintäkirjeiden
tekstiviestit menevät jollekin ihan muulle. Korjatkaa numero ja älkää käyttäkö tietojani
perinnässä ennen kuin tämä on selvitetty.

Sami Kangas
""", "wrong number + hold processing pending")

F("objection", "Profilointi", """
Kiellän tietojeni käytön ostohistoriani analysointiin ja profilointiin. En halua, että
minusta muodostetaan mitään asiakasprofiilia.
""", "objection to profiling")

F("access", "TARKASTUSPYYNTÖ", """
Pyydän saada nähtäväkseni kaikki minua koskevat asiakasrekisteriinne tallennetut tiedot.

Nimi: Jouni Korhonen
Syntymäaika: 12.5.1971
Osoite: Koulukatu 14, 65100 Vaasa
""", "formal access request", style="latin1")

F("erasure", "mun tiedot", """
poistakaa hemmetti soikoon mun tiedot teidän rekisteristä. en oo ikinä pyytäny mitään
mainoksia enkä oo teidän asiakas.
""", "rude erasure (no explicit opt-out)")

F("marketing_opt_out", "tarjous sms", """
moi, en haluu noita teidän tarjous sms:iä, numero 040 123 4567
""", "colloquial SMS opt-out")

F("marketing_opt_out", "uutiskirje", """
peruutan uutiskirjeen tilauksen, liikaa postia
""", "unsubscribe newsletter (tilaus=subscription)")

F("rectification", "luokka väärin", """
lapsen luokka on väärin kuvapalvelussa, pitäis olla 4A eikä 3A. nimi Onni Kallio
""", "guardian rectification of class")

F("access", "Mainos toiselta yritykseltä", """
Hei,

kenelle olette luovuttaneet yhteystietoni? Sain mainoksen yritykseltä, josta en ole koskaan
kuullutkaan, ja siinä viitattiin teidän koulukuviin.

Tuomas Mäkinen
""", "access: to whom disclosed")

F("objection", "Passikuva poliisille", """
Hei,

en halua, että passikuvaani lähetetään sähköisesti poliisin palvelimelle. Tulostakaa kuva
paperille, vien sen itse poliisilaitokselle.

Noora Aalto
""", "objection to sending passport photo to police server")

F("objection+erasure+complaint", "Kuva Instagramissa!!", """
Tyttäreni kuva on teidän Instagramissa ilman lupaa. Poistakaa se välittömästi. Jos kuva on
vielä huomenna siellä, teen ilmoituksen tietosuojavaltuutetulle.
""", "child's photo on Instagram, remove, threat DPA")

F("portability+erasure", "Tilin lopetus", """
Hei, haluan kaikki tilihistoriani tiedot ladattavana tiedostona (csv käy), ja sen jälkeen tili
saa lähteä kokonaan.
""", "export then delete account")

F("restriction", "Todisteet", """
Älkää poistako mitään tietoja minusta, tarvitsen ne todisteeksi käräjäoikeudessa
(riita entisen puolisoni kanssa lasten kuvista). Älkää kuitenkaan käyttäkö niitä mihinkään
muuhun sillä välin.

Riikka Leppänen
""", "keep for legal claim, do not use")

F("access", "Henkilötiedot", """
Hei,

voisitteko toimittaa minulle listauksen kaikista minuun liittyvistä tiedoista, joita
yrityksellänne on tallessa.

Ystävällisin terveisin

Kaisa Lehto
Talousasiantuntija | Pohjanmaan Tilitoimisto Oy
puh. 040 555 0123

LUOTTAMUKSELLINEN: Tämä sähköposti voi sisältää luottamuksellista tietoa. Jos olet saanut
viestin erehdyksessä, ilmoita lähettäjälle ja poista viesti välittömästi. Käsittelemme
henkilötietoja EU:n tietosuoja-asetuksen (GDPR) mukaisesti, lisätietoa tietosuojaselosteessamme.
""", "access with GDPR/delete-this-email disclaimer", style="alt")

F("marketing_opt_out+objection", "seuranta ja uutiskirjeet", """
Ei enää uutiskirjeitä eikä sitä seurantaa teidän nettisivuilla, kiitos.
""", "newsletter opt-out + objection to tracking")

F("access+rectification", "Vanha osoite", """
Hei

laskunne tuli vanhaan osoitteeseeni, josta muutin jo 2021. Mistä olette sen saaneet? Päivittäkää
osoitteeksi Rantakatu 5 A 3, 65100 Vaasa.

Marko Saarinen
""", "source of address + update address")

F("erasure", "Rippikuvat 2015", """
Hei.

Teetin teillä rippikuvat vuonna 2015. Ymmärtääkseni teillä on edelleen tietoja minusta ja
myös ne kuvat. Voisitteko hävittää ne, kiitos.

t. Elina
""", "indirect erasure, old customer")

F("access", "Henkilötietojen käsittely", """
Hyvä vastaanottaja,

haluaisin saada selvityksen siitä, millä perusteella käsittelette henkilötietojani, mitä
tietoja ne ovat ja kuinka kauan niitä säilytetään.

Kunnioittavasti
Jouni Korhonen
""", "formal access incl. purposes/retention", style="cp1252")

F("objection", "miks", """
miks te seuraatte mua googlen analytiikalla? lopettakaa se
""", "colloquial objection to analytics")

F("marketing_opt_out", "Re: Kevätkampanja – kuvaukset -20 %", """
lopettakaa nää viestit

La 15.3.2025 klo 8.00 Zoomi Kuvakaupat <uutiset@example.fi> kirjoitti:
> Kevätkampanja alkaa! Perhekuvaukset -20 % huhtikuun loppuun.
> Varaa aikasi Slotista.
> Et halua enää uutiskirjettä? Peruuta tilaus täältä.
""", "reply to newsletter: stop messages")

F("access+erasure", "Poika", """
Hei, haluan tietää mitä tietoja poikastani Leosta on tallennettu, ja sen jälkeen ne saa
poistaa. Hän on jo lopettanut koulun.

Antti
""", "guardian access then erasure")

F("rectification", "Titteli väärin", """
Hei,

työnantajamme henkilökuvagalleriassa minun nimeni ja tittelini ovat väärin. Oikein on:
Anna-Kaisa Rinne, palvelupäällikkö. Korjatkaa nämä, kiitos.
""", "employee rectification of name/title")

F("restriction", "laskujuttu", """
älkää tehkö mun tiedoilla yhtään mitään ennen kuin tää laskujuttu on selvitetty, mut älkää
myöskään poistako niitä
""", "colloquial restriction")

F("portability", "Tietojen siirto", """
Pyydän toimittamaan minua koskevat henkilötiedot, jotka olen teille antanut, jäsennellyssä ja
koneluettavassa muodossa.

Satu Mattila
""", "formal portability", style="b64")

F("complaint", "Tietopyyntöni", """
Hei,

ette ole vastanneet tietopyyntööni kahteen kuukauteen. Olen tänään jättänyt asiasta
valituksen tietosuojavaltuutetun toimistoon.

Juha Peltonen
""", "complaint filed with DPA (no new request)")

F("marketing_opt_out", "markkinointi", """
Voisitteko ottaa mut pois teidän markkinointirekisteristä? Tulee ihan liikaa postia.
""", "remove from marketing register")

F("marketing_opt_out+objection+erasure", "Kaikki pois", """
Poistakaa minut kaikista postituslistoista, älkää käyttäkö kuviani mihinkään ja poistakaa
tilini.

Heidi
""", "opt-out + objection to photo use + delete account")

F("rectification", "osoite", """
Hei! Poistakaa vanha osoitteeni Vöyrinkatu 3 ja laittakaa tilalle uusi: Hietasaarentie 20,
65170 Vaasa. Kiitos
""", "'poistakaa' but really rectification of address")

F("access", "Työnantajan kautta", """
Hei,

työnantajamme tilasi teiltä henkilökuvat viime vuonna. Mitä tietoja minusta on siirtynyt
teille työnantajalta, ja mitä teillä on niistä edelleen tallessa?

Tuomas Mäkinen
""", "employee access: what came from employer")

F("marketing_opt_out+complaint", "Markkinointikielto ei toimi", """
Olen kieltänyt markkinoinnin teille jo kahdesti ja silti tulee tekstiviestejä. Tämä on
lainvastaista, ja ilmoitan tästä tietosuojavaltuutetulle, jos viestit eivät nyt lopu.
""", "repeated opt-out + DPA threat")

F("objection", "Mainoskuva", """
Millä oikeudella käytätte tyttäreni kuvaa teidän Facebook-mainoksessa? Ei kysytty lupaa
keneltäkään. Lopettakaa sen käyttö heti.

Anu Koivisto
""", "guardian objection to ad use")

F("erasure", "Poistopyyntö", """
<p>Hei,</p><p>pyydän, että kaikki minua koskevat tiedot poistetaan asiakasrekisteristänne ja
verkkokaupan tililtä. Minulla ei ole avoimia tilauksia.</p><p>Noora Aalto</p>
""", "HTML-only erasure", style="html_raw")

F("access", "Kopio tiedoista", """
Hei,

saisinko kopion niistä henkilötiedoista, joita teillä on minusta? Myös tiedon siitä,
mistä ne on saatu.

Kiitos,
Ville Ojala
""", "base64 access", style="b64")

F("objection", "Kuva nettisivuilla", """
Hei!

Löysin itseni teidän nettisivuilta "henkilöstökuvaukset"-esimerkkinä. Kuvaus oli työnantajan
tilaama, en ole antanut lupaa käyttää sitä teidän omassa markkinoinnissa. Lopettakaa sen
käyttö.

t. Riikka
""", "employee objection to photo use in studio marketing", style="alt")

F("erasure+complaint", "GDPR", """
Pyysin jo tammikuussa että tietoni poistetaan ja silti saan teiltä laskuja entiselle
nimelleni. Poistakaa ne nyt oikeasti. Rikotte tietosuoja-asetusta.
""", "repeat erasure + GDPR violation accusation")

# --- Finnish near-misses -----------------------------------------------------

F("", "Tilaus 48213", """
Hei, perukaa tilaus 48213, tilasin vahingossa kaksi kertaa samat kuvat.
""", "near-miss: cancel order")

F("", "Tuplatilaus", """
Poistakaa toinen tilauksista (48219), se meni tuplana. Maksoin vain kerran.
""", "near-miss: delete duplicate order")

F("", "Passikuva-aika", """
Moi, voiko passikuva-ajan siirtää torstaille? Varaus Slotissa on tiistaille klo 14.
""", "near-miss: booking change")

F("", "Varaus huomenna", """
Perun varaukseni huomiselle klo 10, lapsi sairastui. Varaan uuden ajan myöhemmin.
""", "near-miss: booking cancellation")

F("", "kirjautuminen", """
en pääse kirjautumaan galleriaan, salasanan vaihtolinkki ei tule sähköpostiin. tarkistin
roskapostinkin
""", "near-miss: login help")

F("", "Lisäkuvia", """
Hei, saisinko vielä kaksi kopiota tyttären koulukuvasta 13x18 kokona? Tilaus oli 47990.
""", "near-miss: reprint")

F("", "Laskukopio", """
Hei,

tarvitsisin kopion laskusta 2024-1182 kirjanpitoa varten. Kuvaus oli yhdistyksemme
henkilökuvat.

Marko Saarinen
Vaasan Kuoroyhdistys ry
""", "near-miss: invoice copy")

F("", "Laskussa virhe", """
Laskussa on väärä summa, tilasin vain yhden kuvapaketin mutta laskutettiin kaksi. Voitteko
lähettää korjatun laskun?
""", "near-miss: wrong invoice amount")

F("", "Reklamaatio", """
Kuvissa on outo vihreä sävy ja poika näyttää ihan sairaalta. Tää on kyllä tosi huono laatu
tähän hintaan, haluan rahat takaisin tai uudet kuvat.
""", "near-miss: product complaint")

F("", "Valmistujaiskuva", """
Hei, voisitteko retusoida finnit pois valmistujaiskuvasta ennen tulostusta? Kuva nro 7.
""", "near-miss: retouching")

F("", "Passikuvan koodi", """
Passikuvan koodi ei toimi poliisin sähköisessä palvelussa, sanoo että koodi on
vanhentunut. Kuva otettiin 3.3.
""", "near-miss: passport photo code")

F("", "tilaus", """
Missä mun tilaus viipyy? Tilattu 2 viikkoa sitten eikä mitään kuulu.
""", "near-miss: delivery question")

F("", "Hintakysely", """
Hei! Paljonko maksaa porukkakuva 12 hengelle teidän studiossa? Entä jos tulette paikan
päälle?
""", "near-miss: price question")

F("", "alekoodi", """
Uutiskirjeessä oli alekoodi KEVAT25 mutta se ei toimi kassalla. Vanhentunut?
""", "near-miss: newsletter content question")

F("", "Uutiskirje takaisin", """
Hei, haluaisin takaisin uutiskirjeen tilaajaksi, peruin sen vahingossa viime kuussa.
""", "near-miss: re-subscribe")

F("", "Toimitusosoite", """
Muuttakaa tilauksen 48301 toimitusosoite: Koulukatu 3, 65100 Vaasa. Olen kesän mökillä enkä
pääse hakemaan pakettia kotoa.
""", "near-miss: delivery address of one order")

F("", "ostoskori", """
Poistakaa tilaukseni ostoskorista, en saa sitä itse pois ja se ilmoittaa koko ajan
keskeneräisestä tilauksesta.
""", "near-miss: remove order from cart")

F("", "Perintäkirje", """
Miksi sain perintäkirjeen? Maksoin laskun jo 3.3., kuitti liitteenä.
""", "near-miss: payment dispute")

F("", "Kiitos!", """
Kiitos ihanista kuvista! Kuvaaja oli tosi kärsivällinen meidän vilkkaan kolmevuotiaan kanssa.
Suosittelemme varmasti kavereille.
""", "near-miss: positive feedback")

F("", "Gallerian jakaminen", """
Miten saan jaettua päiväkotikuvien galleriaan pääsyn isovanhemmille? Tarvitsevatko he oman
tunnuksen?
""", "near-miss: gallery access for grandparents")

F("", "Henkilökuvien käyttö", """
Saako meidän henkilökuvia käyttää myös LinkedInissä ja lehdistötiedotteissa, vai pitääkö
ostaa erillinen lisenssi?

Johanna Salo
viestintäpäällikkö
""", "near-miss: licence question from organisation")

F("", "Kuvat sähköisenä", """
Haluaisin kaikki lasten kuvat sähköisessä muodossa. Voiko ne ostaa USB-tikulla vai
latauslinkkinä?
""", "near-miss: digital photo product")

F("", "Valitus", """
Teen valituksen asiakaspalvelunne käytöksestä. Myyjä oli puhelimessa töykeä ja katkaisi
puhelun kesken.
""", "near-miss: service complaint, not DPA")

F("", "Re: Olet peruuttanut uutiskirjeen", """
ok kiitos

> Olet peruuttanut Zoomi Kuvakauppojen uutiskirjeen. Et saa meiltä enää
> markkinointiviestejä. Jos tämä oli virhe, voit tilata uutiskirjeen uudelleen.
""", "near-miss: thanks reply to opt-out confirmation")

F("", "Kysymys tietosuojasta", """
Hei, ihan uteliaisuuttani: säilytättekö kuvia EU:n alueella vai jossain pilvipalvelussa
Yhdysvalloissa? Ei mitään ongelmaa, mietin vain.
""", "near-miss: general privacy question, not a request about own data")

F("", "taustan roskis", """
Voisitteko poistaa taustalta sen roskakorin kuvasta 3? Muuten kuva on tosi kiva.
""", "near-miss: retouch 'poistaa'")

F("", "lataus", """
Miten saan ladattua koko gallerian kerralla? Yksitellen lataaminen kestää ikuisuuden.
""", "near-miss: download gallery help")

F("", "Re: Tilausvahvistus 48402", """
Kiitos, tuli perille. Voisitteko vielä lähettää kuitin myös työsähköpostiini
pekka.n@example.test?

Pekka

-----Alkuperäinen viesti-----
Lähettäjä: Zoomi verkkokauppa <verkkokauppa@example.fi>
Lähetetty: 10. maaliskuuta 2025 14:02
Aihe: Tilausvahvistus 48402

Kiitos tilauksestasi! Jos haluat poistaa tilisi tai tarkastaa tietosi, ota yhteyttä
tietosuoja@example.fi. Uutiskirjeen voit peruuttaa linkistä.
""", "near-miss: receipt copy; quoted footer mentions erasure/access")

F("", "Laskun eräpäivä", """
Hei, saisiko laskun 2025-0441 eräpäivää siirrettyä kahdella viikolla? Palkka tulee vasta 15. päivä.
""", "near-miss: invoice due date", style="latin1")

# ---------------------------------------------------------------------------
# Swedish (Finland-Swedish and Sweden-Swedish)
# ---------------------------------------------------------------------------

S("access", "Fråga om uppgifter", """
Hej!

Jag skulle vilja veta vilka uppgifter ni har sparat om mig och mina två barn. Vi har beställt
skolfoton hos er i flera år.

Hälsningar
Camilla Forsman
""", "guardian access")

S("access", "Kundregistret", """
Hej,

jag vill kontrollera vilka personuppgifter om mig som finns i ert kundregister och hur länge
ni tänker behålla dem.

Mvh Kaj Björklund
""", "FI-sv access: check data in register")

S("access", "Telefonsamtal", """
Hej. Hur har ni fått tag i mitt telefonnummer? Någon från er ringde mig igår om ett
fotoerbjudande och jag har aldrig varit kund hos er.
""", "access: source of number")

S("access+marketing_opt_out", "ring inte", """
Var fick ni mitt nummer ifrån?? Och ring inte mer, jag är inte intresserad av era
fotopaket.
""", "source of number + stop calls")

S("erasure", "Flyttat", """
Hej,

vänligen radera allt som rör mig i era system. Jag har flyttat till Umeå och kommer inte att
använda era tjänster mer.

Vänliga hälsningar
Johan Strand
""", "erasure")

S("erasure", "Konto i webbshoppen", """
Kan ni stänga och ta bort mitt konto i webbshoppen? Jag hittar inte hur man gör själv.
/Linnea
""", "delete account")

S("erasure", "Bilder på min dotter", """
Hej,

jag är vårdnadshavare till Alva Sjöberg (daghemmet Solstrålen, gruppen Blåbären). Jag vill att
alla bilder på henne och hennes uppgifter raderas från er server.

Anna Sjöberg
""", "guardian erasure", style="latin1")

S("rectification", "Fel efternamn", """
Hej!

Min dotters efternamn är fel i er beställningstjänst, det står Nyström istället för Nyholm.
Kan ni rätta det i ert register så att det blir rätt i framtiden?

Maria Nyholm
""", "guardian rectification of child's surname")

S("rectification", "Ny e-post", """
Jag har bytt e-postadress, den nya är kaj.b@example.se. Uppdatera gärna mina kunduppgifter.
""", "rectification email")

S("restriction", "Bestriden faktura", """
Hej,

jag bestrider fakturan 2024-3310 och vill att ni inte använder mina uppgifter till något annat
än att reda ut ärendet tills det är löst. Radera dem inte heller, jag kan behöva dem.

Peter Holmström
""", "restriction pending dispute")

S("restriction", "Frys kontot", """
Frys mitt konto och mina uppgifter tills vidare, jag misstänker att någon annan har använt
det. Ändra eller använd ingenting innan jag hör av mig.
""", "freeze account data")

S("portability", "Min historik", """
Hej, kan jag få ut min beställningshistorik och mina kunduppgifter i en fil som går att läsa
in i ett annat system, t.ex. CSV eller Excel?

Mikael Ek
""", "portability csv")

S("objection", "Google Analytics", """
Jag vill inte att ni spårar mig med Google Analytics när jag besöker er webbshop.
""", "objection analytics")

S("objection", "Inkasso", """
Hej,

jag motsätter mig att mina uppgifter skickas vidare till inkassobolaget. Fakturan är betald
(kvitto bifogat).

Henrik Granqvist
""", "objection to debt collection transfer")

S("objection", "Broschyren", """
Hej,

jag tar tillbaka mitt tillstånd att ni använder bilden på min son i er broschyr och på
skyltarna i butiken.

Sofia Lindqvist
""", "guardian consent withdrawal for photo use")

S("objection+erasure", "Bild på Facebook", """
Bilden på min dotter ligger på er Facebook-sida. Vi har aldrig gett lov till det. Ta ner den
och radera den.

Jenny Smedberg
""", "guardian: photo without consent, take down and delete")

S("marketing_opt_out", "avsluta nyhetsbrevet tack", """
""", "subject-only newsletter unsubscribe")

S("marketing_opt_out", "Säljsamtal", """
Hej, jag vill inte bli uppringd av era säljare fler gånger. Det har hänt tre gånger nu.
Erik Westerlund
""", "stop marketing calls")

S("complaint", "Ert svar dröjer", """
Hej,

om jag inte får svar på min begäran från den 3 februari inom en vecka kommer jag att vända
mig till dataombudsmannen.

Fredrik Sundqvist
""", "threat to contact Dataombudsmannen")

S("complaint", "Klagomål", """
Hur lämnar jag in ett klagomål till Dataombudsmannens byrå? Jag anser att ni har behandlat
mina uppgifter olagligt i samband med skolfotograferingen.
""", "how to complain to DPA")

S("access+erasure", "Kopia och sedan radering", """
Skicka först en kopia på allt ni har om mig, radera sedan alltihop. Tack på förhand.
Tomas Vikström
""", "copy then delete")

S("erasure+marketing_opt_out", "Utskick", """
Ta bort mig från era utskick och ur kundregistret helt och hållet.
""", "unsubscribe + remove from register")

S("access+rectification", "Adress", """
Vilken adress har ni på mig? Jag får inga fakturor, så den är säkert fel. Rätta den i så
fall till Strandgatan 8 B 4, 65100 Vasa.

Ulrika Kronqvist
""", "which address + correct it")

S("objection", "Personalbild", """
Hej,

jag jobbar på stadsbiblioteket och vi fotograferades hos er i höstas. Jag vill inte att min
personalbild används på er webbplats som exempelbild.

Mvh
Emma Lillkull
""", "employee objection to staff photo use")

S("access", "min dotter", """
vilka uppgifter om min dotter har ni fått från skolan? och vad gör ni med dem
""", "guardian access, source")

S("erasure", "radera", """
radera mina uppgifter och min dotters bilder, vi har flyttat fran Vasa och behover inget mer
fran er
""", "no diacritics erasure")

S("marketing_opt_out", "REKLAM", """
SLUTA SKICKA REKLAM TILL MIG!!!
""", "caps stop ads")

S("portability+erasure", "Byter fotograf", """
Hej,

vi byter fotograf. Flytta över mina bilder och kontouppgifter till mitt nya konto hos
Fotostudio Ljus i Jakobstad och stäng sedan mitt konto hos er.

Niklas Engström
""", "transfer to another provider then close account")

S("access+complaint", "Registerutdrag – tredje gången", """
Ni har inte svarat på min begäran om registerutdrag från mars. Jag har nu anmält er till IMY.
Skicka utdraget omedelbart.
""", "renewed access + complaint filed")

S("rectification+restriction", "Födelsedatum", """
Hej,

mitt födelsedatum är fel hos er (ska vara 14.6.1985). Innan ni har rättat det ska ni inte
använda mina uppgifter till något, inte heller skicka dem till inkasso.

Camilla Forsman
""", "rectification + restriction meanwhile")

S("access", "SV: Ditt ärende", """
Tack. Men jag undrar fortfarande vilka uppgifter ni faktiskt har om mig.

Från: Zoomi kundtjänst <asiakaspalvelu@example.fi>
Skickat: den 12 mars 2025 09:14
Till: Linnea Back <linnea.back@example.se>
Ämne: Ditt ärende

Hej Linnea,
vi har avregistrerat dig från vårt nyhetsbrev. Om du vill att vi raderar ditt konto, svara på
detta mejl.
""", "reply: new text asks access; quoted block mentions opt-out/erasure", style="html")

S("", "SV: Kontot raderat", """
Toppen, tack för hjälpen!

Den 10 mars 2025 skrev Zoomi Kuvakaupat <tietosuoja@example.fi>:
> Hej,
> vi har nu raderat ditt konto och dina uppgifter enligt din begäran.
> Med vänlig hälsning, Zoomi
""", "near-miss: thanks, quoted text mentions erasure")

S("objection+marketing_opt_out", "Min son", """
Hej,

min son (14) vill inte att hans bild finns i er reklam. Och skicka inte mer reklam till honom
heller, han har fått era sms.

Mikael Ek
""", "guardian objection to photo in ads + opt-out")

S("access", "Begäran", """
Hej,

med stöd av artikel 15 begär jag besked om huruvida ni behandlar personuppgifter om mig och i
så fall vilka.

Med vänlig hälsning

Henrik Granqvist
Ekonomichef | Österbottens Fiskeförening r.f.

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för
mottagaren. Om du fått meddelandet av misstag, meddela avsändaren och radera meddelandet.
Vi behandlar personuppgifter i enlighet med dataskyddsförordningen (GDPR).
""", "formal access with disclaimer", style="alt")

S("erasure", "Registret", """
Ni får gärna plocka bort mina uppgifter ur registret, jag behöver dem inte mer hos er.
""", "FI-sv indirect erasure")

S("rectification", "Mitt namn", """
Mitt namn stavas Åsa Öhman, inte Asa Ohman som det står i alla mejl från er. Kan ni ändra
det?
""", "rectification of name spelling", style="latin1")

S("marketing_opt_out", "Kataloger", """
Inga fler kataloger eller reklamblad på posten, tack.
""", "no more paper ads")

S("objection+complaint", "OK-perintä", """
Att ni har lämnat mina uppgifter till OK-perintä trots att jag bestridit fakturan strider mot
GDPR. Jag motsätter mig det.

Peter Holmström
""", "objection to debt collection + GDPR accusation")

S("restriction", "Fakturan", """
Använd inte mina uppgifter förrän ni har utrett min reklamation om den felaktiga fakturan.
Jag vill inte att något skickas vidare under tiden.
""", "restriction pending dispute (uses 'reklamation')")

S("access", "E-postadress", """
Har ni sålt eller lämnat ut min e-postadress till någon? Jag får plötsligt reklam från andra
fotoföretag som nämner era skolfoton.
""", "access: disclosure to third parties")

S("access+portability", "Mina uppgifter", """
Hej, jag vill ha alla mina uppgifter hos er, gärna i ett maskinläsbart format så att jag kan
spara dem själv.
""", "copy of data in machine-readable format")

S("erasure", "Radering av konto", """
<div>Hej!</div><div>Jag vill att mitt konto och alla mina uppgifter raderas. Tack!</div>
<div>Sofia</div>
""", "HTML-only delete account", style="html_raw")

S("access", "Fråga", """
Hej, vad har ni för uppgifter om mig? Jag har bara köpt passfoton hos er en gång 2021.
Hälsningar, Erik
""", "access", style="b64")

S("marketing_opt_out", "Nyhetsbrev", """
Hej! Avregistrera mig från nyhetsbrevet, tack. Jag får redan för mycket e-post.
""", "unsubscribe", style="qp")

S("objection", "Bild i skyltfönstret", """
Hej

jag såg att min bild från studentfotograferingen sitter i ert skyltfönster. Jag vill inte att
den används på det sättet längre.

Emma
""", "objection to photo use (adult)", style="cp1252")

# --- Swedish near-misses -----------------------------------------------------

S("", "Order 51230", """
Hej, jag vill avbeställa order 51230, jag beställde fel storlek.
""", "near-miss: cancel order")

S("", "Passfoto", """
Kan jag boka om min tid för passfoto till nästa vecka? Helst tisdag eftermiddag.
""", "near-miss: rebook")

S("", "Avbokning", """
Avbokar tiden på fredag kl 10, barnet är sjukt.
""", "near-miss: cancel booking")

S("", "Inloggning", """
Jag kommer inte in på mitt konto, lösenordet fungerar inte och återställningslänken är
ogiltig.
""", "near-miss: login help")

S("", "Extra kopia", """
Jag skulle vilja beställa en extra kopia av klassfotot, 18x24. Går det?
""", "near-miss: reprint")

S("", "Faktura", """
Kan ni skicka fakturan på nytt? Den försvann i skräpposten.
""", "near-miss: invoice copy")

S("", "Fel belopp", """
Fel belopp på fakturan, rabatten på 15 % drogs inte av.
""", "near-miss: wrong invoice amount")

S("", "Reklamation", """
Reklamation: bilderna var suddiga och färgerna konstiga. Jag vill ha nya kopior eller
pengarna tillbaka.
""", "near-miss: product complaint")

S("", "Passfotokod", """
Koden till passfotot fungerar inte i polisens tjänst, den säger att fotot inte hittas.
""", "near-miss: passport code")

S("", "Öppettider", """
I ert nyhetsbrev stod det att ni har öppet på lördagar i april, stämmer det?
""", "near-miss: newsletter content")

S("", "Nyhetsbrevet igen", """
Jag vill börja få ert nyhetsbrev igen, jag avregistrerade mig av misstag.
""", "near-miss: re-subscribe")

S("", "Glasögon", """
Kan ni ta bort reflexen i glasögonen på bilden innan ni trycker?
""", "near-miss: retouching with 'ta bort'")

S("", "Dubbel beställning", """
Ta bort den ena beställningen, den blev dubbel (51301 och 51302).
""", "near-miss: delete duplicate order")

S("", "Leveransadress", """
Ändra leveransadressen för min beställning 51288 till sommarstället: Replotvägen 5, 65800
Replot.
""", "near-miss: delivery address of one order")

S("", "Fotografen", """
Jag vill klaga på att fotografen kom en timme för sent till daghemmet och barnen hann bli
trötta.
""", "near-miss: service complaint")

# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------

E("access", "Where did you get my email?", """
How did you get my email address? I've never ordered anything from you and suddenly I'm
getting your newsletters.
""", "access: source of email (no opt-out asked)")

E("access+marketing_opt_out", "leaflets", """
How did you get my home address? And please stop posting me your leaflets.
""", "source of address + stop marketing post")

E("erasure", "Account", """
Please close my account and get rid of all my details. I won't be using the shop again.

James Wilson
""", "erasure")

E("erasure", "Oliver's photos", """
Hello,

I'm Oliver Brown's mum (class 2C, Vaasa Övningsskola). Please remove all of his photos and any
data you have on him from your system. We've decided not to buy the pictures.

Best,
Sarah Brown
""", "guardian erasure")

E("rectification", "Surname", """
Hi, you've got my surname spelt wrong on every email - it's Mäkinen-Smith, not Makinen Smith.
Could you fix it in your system?
""", "rectification of surname")

E("restriction", "Disputed invoice", """
Hello,

I'm disputing the invoice you sent to collections. Until that's sorted, I want you to stop
doing anything with my data, but do NOT delete it - I need it as evidence.

Mark Johnson
""", "restriction pending dispute")

E("portability", "Order history export", """
Hi, can you send me my order history and account data as a JSON or CSV file? I want to import
it into my own archive software.

Thanks
Daniel
""", "portability")

E("objection", "Analytics", """
I don't want to be tracked by Google Analytics on your site. Please exclude me from it.
""", "objection to analytics")

E("objection", "OK-perintä", """
Dear Sir/Madam,

I object to you handing my details to OK-perintä. I never received the original invoice, so
the matter should have been resolved with me directly.

Regards,
Olga Petrova
""", "objection to debt collection transfer")

E("objection", "Photo permission", """
Hello,

I'm withdrawing the permission I gave last year for my daughter's photo to be used on your
website.

Emily Clarke
""", "guardian consent withdrawal")

E("objection+erasure", "My photo", """
My picture is in your shop window and on your Instagram. I never agreed to that. Take it down
and delete it.
""", "photo used without consent, take down + delete")

E("marketing_opt_out", "UNSUBSCRIBE", """
""", "subject-only unsubscribe")

E("marketing_opt_out", "calls", """
please stop calling me with offers, I've told your guy twice already
""", "stop marketing calls")

E("complaint", "Complaint", """
I will be lodging a complaint with the Finnish Data Protection Ombudsman about how you handled
my personal data after my last visit.

Kevin Walsh
""", "complaint to DPA")

E("complaint", "Supervisory authority?", """
Who is the supervisory authority for your company? I want to complain about the way my son's
school photos were handled.
""", "asks how to complain to DPA")

E("access+erasure", "Data", """
Send me a copy of everything you hold about me, then delete it all. Thanks.
""", "copy then delete")

E("erasure+marketing_opt_out", "Mailing list + account", """
Please take me off your mailing list and delete my customer account too.

Rachel
""", "unsubscribe + delete account")

E("access+rectification", "Invoices to old email", """
What email address do you have for me? Your invoices seem to go to an old one I no longer
check. Please change it to ahmed.h@example.com.

Ahmed Hassan
""", "which email + update")

E("access", "data information", """
Hello,

I am living in Vaasa from India since 2 years. I want know what data your company is keeping
about me and my wife from the passport photo we take in your shop. Please inform.

Thanking you,
Ravi Patel
""", "non-native access")

E("erasure", "account", """
hey can y'all delete my account, not using it anymore thx
""", "American casual erasure")

E("objection", "Lovely photos", """
Dear Zoomi team,

I just wanted to say how pleased we were with the family portraits from last Saturday. The
photographer was wonderful with our youngest, who is not usually one for sitting still, and
the prints arrived beautifully packaged. My mother has already claimed two of them for her
mantelpiece.

We will certainly be back for the Christmas sitting, and I have recommended you to several
friends at the school gate.

Incidentally, I'd rather my details weren't used for your website analytics or any sort of
visitor tracking - I've noticed the cookie pop-up doesn't seem to remember my choice.

Kind regards,
Hannah Moore
""", "long praise, objection to analytics buried", style="cp1252")

E("marketing_opt_out", "Print sizes", """
Hi, do you do canvas prints in 60x90? I'd like one of the graduation photos.

P.S. Please don't send me any more of those marketing emails, once a week is too much.
""", "product question + PS opt-out")

E("complaint", "Class photo on Facebook", """
Your staff posted a photo of our entire class, with the kids' first names, on a public
Facebook page. That is a GDPR breach.
""", "GDPR violation accusation")

E("erasure", "Staff headshot", """
Hi,

I left Example Ltd in December and I'd like my staff headshot removed from your archive and
from the gallery you host for them.

Laura Schmidt
""", "ex-employee erasure")

E("restriction", "On hold please", """
Please put my account on hold - don't process or share my data - while I check with my bank
about the disputed charge.
""", "restriction")

E("access+portability", "Article 15/20 request", """
Dear Data Protection Officer,

Please provide all personal data you hold about me in a machine-readable format (CSV is
fine), in accordance with Articles 15 and 20 GDPR.

Yours faithfully,
Chris Taylor
""", "formal access + portability")

E("objection", "profiling", """
I object to you profiling my purchase history. I don't want personalised anything.
""", "objection to profiling")

E("objection+erasure+complaint", "Photo in advert", """
You used my son's photo in an advert without asking us. I revoke any consent you think you
have, remove it everywhere, and if it's not gone by Friday I'm reporting you to the data
protection authority.
""", "consent withdrawal + remove + DPA threat")

E("rectification", "Re: Your request", """
Thanks. Could you also correct my phone number to +358 40 555 0101? The old one is
disconnected.

On Tue, 11 Mar 2025 at 10:03, Zoomi Kuvakaupat <tietosuoja@example.fi> wrote:
> Hello,
> we have updated your address as requested. If you would like to unsubscribe from our
> newsletter or have your data deleted, just reply to this email.
> Kind regards, Zoomi
""", "reply: new text rectification; quoted text mentions opt-out/erasure")

E("erasure", "RE: Your request", """
Yes please go ahead and erase everything.

________________________________
From: Zoomi Kuvakaupat <tietosuoja@example.fi>
Sent: 12 March 2025 09:20
To: Mei Lin <mei.lin@example.com>
Subject: Your request

Hello Mei,

Could you confirm whether you want us to erase all your data, or only stop sending you
marketing and give you a copy of your data first?

Best regards,
Zoomi Kuvakaupat
""", "Outlook reply: erasure; quoted block mentions access/opt-out", style="html_b64")

E("marketing_opt_out", "Consent", """
I withdraw my consent to receive marketing emails and texts from you.
""", "marketing consent withdrawal = opt-out")

E("objection", "FACEBOOK", """
STOP USING MY KIDS PHOTOS ON YOUR FACEBOOK PAGE
""", "caps objection to photo use")

E("access", "Kindergarten shoot", """
Can I see what data you hold about my twins from the kindergarten shoot in October?
Jessica Miller
""", "guardian access")

E("access+complaint", "Third request", """
This is my third request for my data. I have now filed a complaint with the Data Protection
Ombudsman. I'm still waiting for my copy.

Lucas Silva
""", "renewed access + complaint")

E("portability", "Transfer", """
Hello, please transfer my photos and account details directly to Studio Aurora in Oulu -
they told me they can import an export file from you.
""", "portability: direct transfer")

E("rectification", "Spelling of my son's name", """
Hi, my son's name is spelt "Aiden", not "Aidan", in your school photo system. Please correct
it before the prints go out.
""", "guardian rectification")

E("erasure", "Delete request", """
<p>Hello,</p>
<p>Please delete my personal data, including my account and order history where the law allows.</p>
<p>Regards,<br>Priya Sharma</p>
""", "HTML-only erasure", style="html_raw")

E("access", "SAR", """
Good morning,

Under the GDPR I'm asking for a copy of the personal information you process about me,
along with the purposes and who you share it with.

Kind regards
James Wilson

--
This email and any attachments are confidential and may be legally privileged. If you are not
the intended recipient, please notify the sender and delete this e-mail. We process personal
data in line with the GDPR; see our privacy notice.
""", "access with confidentiality disclaimer", style="alt")

E("rectification+restriction", "Wrong data", """
The date of birth you hold for me is wrong, and I've raised it with your customer service.
Until you've confirmed what's correct, please don't use my data for anything.
""", "accuracy contested (implicit correction) + restriction meanwhile", style="qp")

E("marketing_opt_out", "opt out", """
Opt me out of everything marketing-related please: emails, texts, calls.
""", "opt-out all channels", style="b64")

# --- English near-misses -----------------------------------------------------

E("", "Order #48500", """
Please cancel my order #48500, I ordered the wrong package.
""", "near-miss: cancel order")

E("", "Reschedule", """
Can I reschedule my passport photo appointment to Friday morning?
""", "near-miss: booking change")

E("", "Gallery login", """
I can't log in to the gallery, it says my access code is invalid.
""", "near-miss: login help")

E("", "More prints", """
Could I order two more copies of the 8x10 print from last week's session?
""", "near-miss: reprint")

E("", "Invoice", """
Could you resend the invoice? I need a copy for my employer's expense claim.
""", "near-miss: invoice copy")

E("", "Double charged", """
The invoice amount is wrong - I was charged twice for shipping.
""", "near-miss: wrong invoice amount")

E("", "Disappointed", """
The prints arrived bent and the colours are way off. I'm not happy with the quality at all and
want a refund.
""", "near-miss: product complaint")

E("", "Red-eye", """
Please remove the red-eye from photo 12 before printing. Thank you!
""", "near-miss: retouching with 'remove'")

E("", "Passport photo code", """
The code for my passport photo isn't accepted by the police online service. What should I do?
""", "near-miss: passport code")

E("", "Newsletter discount", """
Your newsletter said the discount ends on Sunday - is that Sunday the 23rd?
""", "near-miss: newsletter content")

E("", "Add me back", """
I accidentally unsubscribed from your newsletter - can you add me back?
""", "near-miss: re-subscribe")

E("", "Duplicate order", """
I accidentally placed the same order twice (#48611 and #48612). Please delete one of them.
""", "near-miss: delete duplicate order")

E("", "Delivery address", """
Please change the delivery address for order #48620 to my work address: Hovioikeudenpuistikko
16, 65100 Vaasa.
""", "near-miss: delivery address of one order")

E("", "Formal complaint", """
I want to make a formal complaint about the photographer's attitude on picture day. He was
rude to several parents.
""", "near-miss: service complaint")

E("", "Full resolution", """
Can I download all my photos from the gallery in full resolution? The files seem compressed.
""", "near-miss: download photos (product)")

# ---------------------------------------------------------------------------
# Automated mail (kinds always empty)
# ---------------------------------------------------------------------------

AUTO_REPLY = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
OUTLOOK_OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
               "X-MS-Exchange-Inbox-Rules-Loop": "tietosuoja@example.fi"}

A("fi", "Automaattinen vastaus: Tietosuojapyyntönne", """
Hei,

olen kesälomalla 30.6.–25.7.2025 enkä lue sähköpostiani. Kiireellisissä asioissa ota yhteyttä
asiakaspalveluun, asiakaspalvelu@example.fi. Jos haluat, että tietosi poistetaan tai
haluat kieltää markkinoinnin, lähetä viesti uudelleen elokuussa.

Terveisin
Liisa Koskinen
""", "fi out-of-office mentioning erasure/marketing", frm="Liisa Koskinen <liisa.koskinen@example.fi>",
  hdrs=OUTLOOK_OOO)

A("sv", "Autosvar: Er förfrågan", """
Hej,

jag är på semester till och med 11.8 och har begränsad tillgång till e-post. Ditt
meddelande vidarebefordras inte. Vid brådskande ärenden, ring växeln 06 123 4567.

Med vänlig hälsning
Johan Strand
""", "sv out-of-office", frm="Johan Strand <johan.strand@example.se>", hdrs=AUTO_REPLY)

A("en", "Automatic reply: Your data request", """
Thank you for your email. I am out of the office until Monday 14 April with no access to
email. For anything urgent please contact my colleague at office@example.com.

Please note: if you wish to unsubscribe from our mailings or have your data deleted, use the
link in our privacy notice.

Mark Johnson
""", "en out-of-office mentioning unsubscribe/delete", frm="Mark Johnson <mark.johnson@example.com>",
  hdrs=OUTLOOK_OOO)

A("fi", "Poissaoloilmoitus", """
Olen vanhempainvapaalla 31.12.2025 asti. Viestejä ei välitetä eteenpäin. Koulukuviin liittyvissä
asioissa ota yhteyttä koulusihteeriin: kanslia@example.fi.

Automaattinen viesti, älä vastaa tähän.
""", "fi out-of-office (parental leave)", frm="Satu Mattila <satu.mattila@example.fi>",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

A("en", "Out of Office: Re: Staff photo gallery", """
Hi,

I'm on annual leave until 22 April. For GDPR or data requests please contact
privacy@example.com. For staff photo bookings, contact hr@example.com.

Laura
""", "en out-of-office mentioning GDPR requests", frm="Laura Schmidt <laura.schmidt@example.com>",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

A("sv", "Frånvaro: Bilder från daghemmet", """
Jag är föräldraledig till 1.9.2025. Ditt mejl läses inte. Kontakta daghemmets föreståndare vid
frågor om fotograferingen.
""", "sv out-of-office (parental leave)", frm="Jenny Smedberg <jenny.smedberg@example.fi>",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autorespond": "yes"})

A("fi", "Automaattinen vastaus: Re: Kuvauspäivä", """
Kiitos viestistäsi. Olen koulutuksessa 10.–12.3. ja vastaan viesteihin palattuani.

Automatic reply: I am attending a training course 10-12 March and will reply on my return.
""", "fi/en out-of-office", frm="Rehtori Kari Aho <kari.aho@example.fi>", hdrs=OUTLOOK_OOO,
  style="alt")

A("en", "Auto: I'm away", """
<p>Hi! I'm travelling until <b>May 3rd</b> with patchy internet. I'll get back to you when
I'm home.</p><p>Priya</p>
""", "en out-of-office HTML-only", frm="Priya Sharma <priya.sharma@example.test>",
  hdrs={"Auto-Submitted": "auto-replied"}, style="html_raw")

A("sv", "Automatiskt svar", """
Tack för ditt meddelande! Vi har tagit emot det och svarar inom tre arbetsdagar.
Detta är ett automatiskt svar.

Österbottens Fiskeförening r.f.
""", "sv auto-acknowledgement from organisation", frm="Österbottens Fiskeförening <info@example.fi>",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}, style="latin1")

A("en", "Undelivered Mail Returned to Sender", """
This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kevin.old@example.com>: host mx.example.com said: 550 5.1.1 User unknown
""", "en bounce (multipart/report with original mentioning delete)",
  frm="MAILER-DAEMON@example.com (Mail Delivery System)",
  report=dict(recipient="kevin.old@example.com", status="5.1.1",
              diag="smtp; 550 5.1.1 User unknown", mta="mx.example.com",
              original_subject="Re: Please delete my data",
              original_body="Hello,\nwe have received your request to delete your data.\n",
              headers_only=False))

A("fi", "Viestin toimitus epäonnistui", """
Viestiäsi ei voitu toimittaa vastaanottajalle:

  marko.saarinen@example.test

Syy: Vastaanottajan postilaatikko on täynnä.
""", "fi bounce (mailbox full), multipart/report",
  frm="Postmaster <postmaster@example.test>",
  report=dict(recipient="marko.saarinen@example.test", status="5.2.2",
              diag="smtp; 552 5.2.2 Mailbox full", mta="mail.example.test",
              original_subject="Tietopyyntönne vastaanotettu",
              original_body="Hei, olemme vastaanottaneet tarkastuspyyntönne.\n",
              headers_only=True))

A("sv", "Olevererbart: Ditt ärende DSR-2025-0142", """
Leveransen till följande mottagare misslyckades:

  linnea.back@example.se

Mottagarens e-postadress hittades inte.
""", "sv bounce (NDR), multipart/report",
  frm="Microsoft Outlook <postmaster@example.se>",
  report=dict(recipient="linnea.back@example.se", status="5.4.1",
              diag="smtp; 550 5.4.1 Recipient address rejected: Access denied",
              mta="mx.example.se", original_subject="Ditt ärende DSR-2025-0142",
              original_body="Hej, vi har tagit emot din begäran om radering.\n",
              headers_only=False))

A("en", "Delivery Status Notification (Delay)", """
This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     ravi.patel@example.com
""", "en delay DSN, multipart/report",
  frm="Mail Delivery Subsystem <mailer-daemon@example.com>",
  report=dict(recipient="ravi.patel@example.com", status="4.4.7",
              diag="smtp; 421 4.4.7 Message delayed", mta="relay.example.com",
              action="delayed", original_subject="Your access request",
              original_body="Hello, please find your data attached.\n", headers_only=True))

A("en", "Read: Your request DSR-2025-0150", """
Your message

  To: Chris Taylor
  Subject: Your request DSR-2025-0150

was read on 14/03/2025 11:02.
""", "en read receipt (disposition-notification)",
  frm="Chris Taylor <chris.taylor@example.com>", mdn=True)

A("fi", "Kevään kuvauskampanja alkoi – perhekuvat -20 %", """
Hei!

Kevät on perhekuvien aikaa. Varaa aika Slotista huhtikuun loppuun mennessä ja saat kaikista
perhekuvauksista 20 % alennusta.

Zoomi Kuvakaupat, Vasaratie 2 A, 65350 Vaasa
Et halua enää uutiskirjettä? Peruuta tilaus tästä: https://example.fi/peruuta
Tietosuojaseloste: https://example.fi/tietosuoja
""", "fi newsletter (own) with unsubscribe footer",
  frm="Zoomi Kuvakaupat <uutiset@example.fi>",
  hdrs={"List-Unsubscribe": "<https://example.fi/peruuta?u=123>, <mailto:unsub@example.fi>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
  style="alt")

A("sv", "Nyhetsbrev april: Studentfoton", """
Hej!

Nu är det dags att boka studentfotografering. Boka före 30.4 så får du en gratis förstoring.

Vill du inte längre få våra nyhetsbrev? Avregistrera dig här: https://example.fi/avsluta
""", "sv newsletter with List-Id",
  frm="Zoomi Kuvakaupat <nyheter@example.fi>",
  hdrs={"List-Id": "Zoomi nyhetsbrev <nyhetsbrev.example.fi>",
        "List-Unsubscribe": "<mailto:unsub@example.fi?subject=avregistrera>"})

A("en", "Photo industry weekly: GDPR and school photography", """
This week: what the GDPR means for school photographers, how to handle requests to delete
pupils' photos, and why you should not keep class lists longer than necessary.

You are receiving this because you subscribed at example.com. Unsubscribe:
https://example.com/unsubscribe
""", "en trade newsletter discussing GDPR/deletion", frm="Photo Industry Weekly <news@example.com>",
  hdrs={"Precedence": "bulk", "List-Id": "<weekly.example.com>",
        "List-Unsubscribe": "<https://example.com/unsubscribe>"}, style="html")

A("fi", "Valokuvaajien jäsenkirje 3/2025", """
Hyvä jäsen,

tässä kirjeessä: tietosuojavaltuutetun uusi ohje asiakasrekistereistä, muistutus
kuvien säilytysajoista ja kevään koulutukset. Muistathan poistaa vanhat asiakastiedot
säännöllisesti.

Jos et halua jäsenkirjettä sähköpostiisi, vastaa tähän viestiin sanalla "poista".
""", "fi association newsletter mentioning DPA/deletion", frm="Valokuvaajien liitto <jasenkirje@example.fi>",
  hdrs={"Precedence": "list", "List-Id": "jasenkirje.example.fi"}, style="latin1")

A("fi", "Varausvahvistus: passikuva 18.3. klo 14.00", """
Hei Noora,

varauksesi on vahvistettu.

Palvelu: Passikuva
Aika: ti 18.3.2025 klo 14.00
Paikka: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa

Peruuta tai siirrä varauksesi viimeistään 24 h ennen: https://example.fi/slotti/varaus/8821
Tähän viestiin ei voi vastata.
""", "fi Slotti booking confirmation, noreply", frm="Slotti <noreply@example.fi>",
  hdrs={"Auto-Submitted": "auto-generated"})

A("sv", "Påminnelse om din tid i morgon", """
Hej!

Påminnelse: du har en tid för familjefotografering i morgon kl. 11.00 hos Zoomi Kuvakaupat.
Avboka senast i dag via länken i din bokningsbekräftelse.

Detta meddelande kan inte besvaras.
""", "sv Slotti reminder, noreply", frm="Slotti <no-reply@example.fi>",
  hdrs={"Auto-Submitted": "auto-generated"})

A("fi", "Uusi lasku 2025-0512", """
Hyvä asiakas,

sinulle on muodostunut uusi lasku.

Laskun numero: 2025-0512
Eräpäivä: 28.3.2025
Summa: 49,90 EUR

Tämä on automaattinen viesti. Älä vastaa tähän viestiin.
""", "fi Business Central invoice notification", frm="Business Central <noreply@example.com>",
  hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}, style="qp")

A("en", "Payment receipt", """
Payment approved

Merchant: Zoomi Kuvakaupat Oy
Amount: EUR 39.90
Card: **** **** **** 4821
Reference: 7781-2231

This is an automated message, please do not reply.
""", "en Verifone payment receipt", frm="Verifone <no-reply@example.com>",
  hdrs={"Auto-Submitted": "auto-generated"}, style="html")

A("en", "Your monthly Analytics report is ready", """
Your monthly report for example.fi is ready.

Users: 4,210 (+12%)
Sessions: 6,033
Top page: /koulukuvat

Manage email preferences or unsubscribe from these reports in your account settings.
""", "en analytics report, noreply with List-Unsubscribe", frm="Analytics <analytics-noreply@example.com>",
  hdrs={"List-Unsubscribe": "<https://example.com/prefs>", "Precedence": "bulk"}, style="alt")

A("fi", "Maksumuistutus", """
Hei,

emme ole vastaanottaneet suoritusta laskulle 2024-3391. Maksathan laskun 14 päivän
kuluessa välttääksesi lisäkulut.

OK-perintä - automaattinen ilmoitus, älä vastaa.
""", "fi debt-collection notification, noreply", frm="OK-perintä <noreply@example.test>",
  hdrs={"Auto-Submitted": "auto-generated"}, style="latin1")

A("fi", "Kuva vastaanotettu", """
Valokuva on vastaanotettu poliisin lupapalveluun.
Kuvan tunnus: 7K2M-99QF. Tunnus on voimassa 6 kuukautta.

Tämä viesti on lähetetty automaattisesti.
""", "fi police photo server notification", frm="Poliisin kuvapalvelu <no-reply@example.fi>",
  hdrs={"Auto-Submitted": "auto-generated"})

A("fi", "Tilauksesi 48402 on vastaanotettu", """
Kiitos tilauksestasi!

Tilausnumero: 48402
Tuotteet: Koulukuvapaketti M, 1 kpl

Voit seurata tilaustasi verkkokaupan Omat tilaukset -sivulla. Älä vastaa tähän viestiin.
""", "fi webshop order confirmation, noreply", frm="Zoomi verkkokauppa <noreply@example.fi>",
  hdrs={"Auto-Submitted": "auto-generated"}, style="html")

A("en", "Mailbox quota exceeded: message not delivered", """
Your message to tom.harris@example.test was not delivered because the recipient's mailbox is
over its quota.
""", "en bounce (quota), multipart/report", frm="Mail Delivery System <MAILER-DAEMON@example.test>",
  report=dict(recipient="tom.harris@example.test", status="5.2.2",
              diag="smtp; 552 5.2.2 Quota exceeded", mta="mx1.example.test",
              original_subject="Vastaus: oikaisupyyntö",
              original_body="Hei, nimesi on nyt korjattu rekisteriin.\n", headers_only=False))

A("en", "Security alert: new sign-in to your account", """
We noticed a new sign-in to your account from Chrome on Windows.

If this was you, you don't need to do anything. If not, secure your account now.

You received this email to let you know about important changes to your account and services.
""", "en security notification, noreply", frm="Account Team <no-reply@example.com>",
  hdrs={"Auto-Submitted": "auto-generated"})

A("sv", "Ditt kvitto från Zoomi Kuvakaupat", """
Tack för ditt köp!

Order: 51290
Belopp: 59,00 EUR

Detta är ett automatiskt meddelande – svara inte på det.
""", "sv order receipt, noreply", frm="Zoomi webbshop <noreply@example.fi>",
  hdrs={"Auto-Submitted": "auto-generated"}, style="b64")

A("sv", "Veckobrev från daghemmet Solstrålen v. 12", """
Hej alla föräldrar!

Den här veckan fotograferas alla grupper på torsdag. Kom ihåg att meddela om ditt barn inte
får fotograferas. Bilderna beställs via fotografens webbshop.

Hälsningar, personalen
""", "sv bulk weekly letter from kindergarten", frm="Daghemmet Solstrålen <solstralen-info@example.fi>",
  hdrs={"Precedence": "bulk", "List-Id": "Solstralen foraldrar <foraldrar.solstralen.example.fi>"})


# ---------------------------------------------------------------------------
# Building the files
# ---------------------------------------------------------------------------

MAILERS = ["iPhone Mail (20G75)", "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8.0",
           None, None, None, "Android Gmail", None]


def _pick_sender(m: dict) -> tuple[str, str]:
    pool = NAMES[m["lang"]]
    for n in pool:
        if n in m["body"]:
            name = n
            break
    else:
        name = RNG.choice(pool)
    dom = RNG.choice(DOMAINS[m["lang"]])
    local = _slug(name)
    if RNG.random() < 0.3:
        local = local.split(".")[0] + str(RNG.randint(70, 99))
    return name, f"{local}@{dom}"


def _date() -> datetime:
    start = datetime(2025, 1, 7, 6, 0, tzinfo=timezone(timedelta(hours=2)))
    d = start + timedelta(minutes=RNG.randint(0, 95 * 24 * 60))
    if d.month >= 4 or (d.month == 3 and d.day >= 30):
        d = d.astimezone(timezone(timedelta(hours=3)))
    return d


def _body_part(m: dict) -> tuple[list[str], bytes]:
    """Return (content headers, body bytes) for the message's style."""
    style = m.get("style", "plain")
    body = m["body"]
    if style == "html_raw":
        doc = ('<html><head><meta charset="utf-8"></head><body>\n' + body.strip() + "\n</body></html>\n")
        leaf = _leaf("text/html", doc, "utf-8", "quoted-printable")
        head, payload = leaf.split("\n\n", 1)
        return head.split("\n"), payload.encode("ascii")
    structure, charset, cte = STYLES[style]
    if structure == "plain":
        ctype = "text/plain"
        text = body
        if cte in ("8bit",):
            head = [f'Content-Type: {ctype}; charset="{charset}"', "Content-Transfer-Encoding: 8bit"]
            return head, text.encode(charset)
        leaf = _leaf(ctype, text, charset, cte)
        head, payload = leaf.split("\n\n", 1)
        return head.split("\n"), payload.encode("ascii")
    if structure == "html":
        leaf = _leaf("text/html", _to_html(body), charset, cte)
        head, payload = leaf.split("\n\n", 1)
        return head.split("\n"), payload.encode("ascii")
    # multipart/alternative
    boundary = f"=_alt_{RNG.randrange(10**12):012d}"
    p1 = _leaf("text/plain", body, charset, cte)
    p2 = _leaf("text/html", _to_html(body).replace("charset=utf-8", f"charset={charset}"), charset, cte)
    payload = (f"This is a multi-part message in MIME format.\n\n--{boundary}\n{p1}\n--{boundary}\n{p2}\n"
               f"--{boundary}--\n")
    return [f'Content-Type: multipart/alternative; boundary="{boundary}"'], payload.encode("ascii")


def _report_part(m: dict, date: datetime) -> tuple[list[str], bytes]:
    r = m["report"]
    boundary = f"=_report_{RNG.randrange(10**12):012d}"
    human = _leaf("text/plain", m["body"], "utf-8", "quoted-printable")
    dsn = (f"Reporting-MTA: dns; {r['mta']}\nArrival-Date: {format_datetime(date)}\n\n"
           f"Final-Recipient: rfc822; {r['recipient']}\nOriginal-Recipient: rfc822; {r['recipient']}\n"
           f"Action: {r.get('action', 'failed')}\nStatus: {r['status']}\n"
           f"Remote-MTA: dns; {r['mta']}\nDiagnostic-Code: {r['diag']}\n")
    orig_date = format_datetime(date - timedelta(minutes=3))
    orig_headers = (f"From: Zoomi Kuvakaupat <tietosuoja@example.fi>\nTo: <{r['recipient']}>\n"
                    f"Subject: {_enc_header(r['original_subject'], 'utf-8')}\nDate: {orig_date}\n"
                    f"Message-ID: <{RNG.randrange(10**9)}.dsr@example.fi>\nMIME-Version: 1.0\n"
                    f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n")
    if r.get("headers_only"):
        third = "Content-Type: text/rfc822-headers\n\n" + orig_headers
    else:
        third = "Content-Type: message/rfc822\n\n" + orig_headers + "\n" + r["original_body"]
    payload = (f"This is a MIME-encapsulated message.\n\n--{boundary}\n{human}\n--{boundary}\n"
               f"Content-Type: message/delivery-status\n\n{dsn}\n--{boundary}\n{third}\n--{boundary}--\n")
    head = [f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"']
    return head, payload.encode("utf-8")


def _mdn_part(m: dict) -> tuple[list[str], bytes]:
    boundary = f"=_mdn_{RNG.randrange(10**12):012d}"
    human = _leaf("text/plain", m["body"], "utf-8", "7bit")
    mdn = ("Reporting-UA: example.com; Microsoft Outlook 16.0\n"
           "Final-Recipient: rfc822; chris.taylor@example.com\n"
           "Original-Message-ID: <4410.dsr@example.fi>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    payload = (f"--{boundary}\n{human}\n--{boundary}\nContent-Type: message/disposition-notification\n\n"
               f"{mdn}\n--{boundary}--\n")
    head = [f'Content-Type: multipart/report; report-type=disposition-notification; boundary="{boundary}"']
    return head, payload.encode("ascii")


def _from_given(frm: str) -> str:
    if "<" in frm:
        name, addr = frm.split("<", 1)
        return _from_line(name.strip(), addr.rstrip(">").strip(), "utf-8")
    return frm


def build(m: dict, idx: int) -> bytes:
    date = _date()
    m["date"] = date
    style = m.get("style", "plain")
    charset = STYLES.get(style, ("", "utf-8", ""))[1]
    if m.get("frm"):
        from_line = _from_given(m["frm"])
    else:
        name, addr = _pick_sender(m)
        from_line = _from_line(name, addr, charset)
    dom = from_line.rsplit("@", 1)[-1].split(">")[0].split(" ")[0].strip(">)") or "example.fi"
    lines = [
        f"From: {from_line}",
        f"To: {TO_LINE}",
        f"Subject: {_enc_header(m['subject'], charset if charset != 'windows-1252' else 'utf-8')}"
        if m["subject"] else "Subject: ",
        f"Date: {format_datetime(date)}",
        f"Message-ID: <{date.strftime('%Y%m%d%H%M')}.{idx:03d}.{RNG.randrange(16**8):08x}@{dom}>",
    ]
    subj = m["subject"].lower()
    if subj.startswith(("re:", "sv:", "vs:", "vast:", "aw:")) and not m["automated"]:
        ref = f"<{RNG.randrange(10**10)}.reply@example.fi>"
        lines += [f"In-Reply-To: {ref}", f"References: {ref}"]
    for k, v in (m.get("hdrs") or {}).items():
        lines.append(f"{k}: {v}")
    if not m["automated"]:
        mailer = RNG.choice(MAILERS)
        if mailer:
            lines.append(f"X-Mailer: {mailer}")
    lines.append("MIME-Version: 1.0")
    if m.get("report"):
        chead, payload = _report_part(m, date)
    elif m.get("mdn"):
        chead, payload = _mdn_part(m)
    else:
        chead, payload = _body_part(m)
    lines += chead
    return ("\n".join(lines) + "\n\n").encode("ascii") + payload


def _assign_styles() -> None:
    """Give human messages without an explicit style a varied MIME form (deterministic)."""
    srng = random.Random(4)
    choices = (["plain"] * 50 + ["qp"] * 16 + ["b64"] * 6 + ["alt"] * 9 + ["html"] * 5
               + ["latin1"] * 5 + ["latin1_8bit"] * 2 + ["cp1252"] * 4 + ["alt_latin1"] * 2)
    for m in MESSAGES:
        if m["automated"] or "style" in m:
            continue
        st = srng.choice(choices)
        cs = STYLES[st][1]
        try:
            (m["body"] + m["subject"]).encode(cs)
        except UnicodeEncodeError:
            st = "qp"
        if st == "latin1_8bit" or st == "cp1252" or st == "latin1" or st == "alt_latin1":
            if m["lang"] == "en" and srng.random() < 0.5:
                st = "qp"
        m["style"] = st


def main() -> None:
    _assign_styles()
    for old in HERE.glob("m*.eml"):
        old.unlink()
    order = list(range(len(MESSAGES)))
    RNG.shuffle(order)
    rows = []
    for n, i in enumerate(order, start=1):
        m = MESSAGES[i]
        fname = f"m{n:03d}.eml"
        (HERE / fname).write_bytes(build(m, n))
        rows.append((n, fname, m))
    rows.sort()
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "kinds", "language", "automated", "note"])
        for _, fname, m in rows:
            w.writerow([fname, m["kinds"], m["lang"], "true" if m["automated"] else "false", m["note"]])
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
