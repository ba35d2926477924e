from parts.common import E

E("fi", "marketing_opt_out", False, "SMS-style STOP reply to newsletter",
  "Jari Mäkelä <jari.makela@example.fi>", "Re: Syksyn kuvauskampanja -20%",
  """STOP""")

E("fi", "marketing_opt_out", False, "one-word poista reply to offer mail",
  "tiina.r <tiina.rantanen77@example.fi>", "Re: Joulukortit nyt tarjouksessa!",
  """poista

Lähetetty Android-puhelimesta""")

E("fi", "marketing_opt_out", False, "ei kiitos, no more mails",
  "Pekka Hiltunen <pekka.hiltunen@example.fi>", "Re: Zoomi uutiskirje 10/2026",
  """Ei kiitos. Älkää lähettäkö enää näitä.

Pekka""")

E("fi", "erasure", False, "subject-only erasure, body only signature",
  "Marjatta Koivisto <marjatta.koivisto@example.fi>", "poistakaa kaikki minun tiedot teidän rekisteristä",
  """--
Marjatta Koivisto
040 123 4567""")

E("fi", "", False, "one-word thanks after a reply",
  "Ville Laaksonen <ville.laaksonen@example.fi>", "Re: Tietopyyntönne vastaanotettu",
  """kiitos!

> Olemme vastaanottaneet viestinne ja vastaamme kuukauden kuluessa.""")

E("fi", "", True, "bounce notice from mail server, plain Finnish, no auto headers",
  "Postmaster <postmaster@example.fi>", "Viestiä ei voitu toimittaa",
  """Tämä on automaattinen ilmoitus.

Viestiäsi ei voitu toimittaa seuraaville vastaanottajille:

    h.nieminen@example.fi
    Syy: 550 5.1.1 Postilaatikkoa ei ole olemassa

Alkuperäinen viesti:
Aihe: Vastaus tietopyyntöönne
Päiväys: 14.10.2026 09:12""")

E("fi", "", True, "out-of-office reply in Finnish, with auto headers",
  "Anneli Salo <anneli.salo@example.fi>", "Automaattinen vastaus: Tietojen poisto",
  """Olen lomalla 26.10. asti enkä lue sähköpostia. Kiireellisissä asioissa soita numeroon 040 765 4321.

Anneli Salo""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

E("fi", "access", False, "short typoed access request, no ä/ö",
  "Sami K <sami.korhonen88@example.fi>", "tiedot",
  """moi mita tietoja teil on musta? haluun nahda kaikki

sami""")

E("fi", "erasure+marketing_opt_out", False, "short: delete me and stop the ads",
  "Leena Aaltonen <leena.aaltonen@example.fi>", "Riittää jo",
  """Lopettakaa mainosviestit ja poistakaa minun tiedot kokonaan. En ole asiakkaanne enää.
-Leena""")

E("fi", "marketing_opt_out", False, "poista minut listalta, emoji",
  "Kaisa <kaisa.virta@example.fi>", "Re: Black Friday Zoomissa 📸",
  """poistakaa mut tältä listalta 🙏""")

E("fi", "", False, "emoji-only reply to a booking reminder (not a DSR)",
  "Hanna Lindqvist <hanna.lindqvist@example.fi>", "Re: Muistutus: kuvausaika ti 13.10. klo 15",
  """👍

Lähetetty iPhonesta""")

E("fi", "rectification", False, "one-liner: surname changed",
  "Emilia Heikkinen <emilia.heikkinen@example.fi>", "nimenmuutos",
  """Sukunimeni on nykyään Heikkinen (ennen Rautio), korjatkaa rekisteriin. Emilia""")

E("fi", "complaint", False, "short angry complaint threat to DPA",
  "Matti Jokinen <matti.jokinen@example.fi>", "Re: Re: tietojen poisto",
  """Kolmas kerta kun kysyn. Jos en saa vastausta tällä viikolla teen ilmoituksen tietosuojavaltuutetulle.

M. Jokinen""")

E("fi", "", True, "ticket receipt from helpdesk system, no auto headers",
  "Zoomi Asiakaspalvelu <noreply@example.fi>", "[Tiketti #48213] Viestisi on vastaanotettu",
  """Hei,

kiitos yhteydenotostasi. Tikettisi numero on #48213. Vastaamme arkisin kahden työpäivän kuluessa.

Älä vastaa tähän viestiin.

Zoomi Kuvakaupat asiakaspalvelu""")

E("fi", "objection", False, "short objection to staff photo use on employer site",
  "Riikka Toivonen <riikka.toivonen@example.fi>", "vastustan",
  """Vastustan sitä, että henkilökuvaani käytetään teidän esitteissä mallikuvana. Kuva on otettu työnantajan henkilöstökuvauksessa, ei mainoksia varten.

Riikka Toivonen""")

E("fi", "marketing_opt_out", False, "tekstiviesti-style 'lopeta' with typo",
  "Erkki Nurmi <erkki.nurmi@example.fi>", "Re: Tarjous",
  """lopeta viestit kiitos jo riittaa""")

E("fi", "", False, "order question, near-miss (poista tilaus = cancel order)",
  "Johanna Peltola <johanna.peltola@example.fi>", "tilaus 55120",
  """Moi, voitteko poistaa tilauksen 55120, tilasin vahingossa kaksi kertaa saman kuvapaketin. t. Johanna""")

E("fi", "", True, "newsletter in Finnish (our own style), no auto headers",
  "Zoomi Kuvakaupat <uutiskirje@example.fi>", "Joulun kuvakirjat nyt -25 %",
  """Hei!

Joulu lähestyy – tee kuvakirja kesän parhaista hetkistä. Koodilla JOULU25 saat -25 % kaikista kuvakirjoista 15.12. asti.

Tilaa verkkokaupasta tai tule käymään Vaasan myymälässä, Vasaratie 2 A.

Et halua enää uutiskirjettä? Peruuta tilaus tästä: https://example.fi/peruuta""")

E("fi", "access+portability", False, "short: want my data, as file to move",
  "Tuomas Lehto <tuomas.lehto@example.fi>", "tiedot tiedostona",
  """Haluan kaikki tietoni ja kuvani mitä olen ladannut verkkokauppaan, koneluettavassa muodossa että voin siirtää ne toiseen palveluun.

Tuomas""")

E("fi", "erasure", False, "remove kid's photo from Facebook page",
  "Sanna Mattila <sanna.mattila@example.fi>", "kuva facebookissa",
  """Ottakaa pois se päiväkodin ryhmäkuva teidän facebookista jossa mun poika on (Aurinkoryhmä). En oo antanu lupaa.""")

E("fi", "", False, "question about when school photos come (no DSR)",
  "Mika Salminen <mika.salminen@example.fi>", "koulukuvat",
  """Milloin Gerbyn koulun kuvat tulee nähtäville? Koodi ei vielä toimi""")

E("fi", "restriction", False, "short: don't delete, dispute with debt collection",
  "Arto Hämäläinen <arto.hamalainen@example.fi>", "ÄLKÄÄ POISTAKO",
  """Älkää poistako mitään mun tilaus- ja laskutietoja ennen kuin tää perintäriita on selvitetty. Tarviin ne todisteeksi.

Arto Hämäläinen
044 987 6543""")

E("fi", "", True, "Slotti booking confirmation forwarded automatically",
  "Slotti <no-reply@example.com>", "Varausvahvistus: Passikuva 12.11.2026 klo 10:20",
  """Varauksesi on vahvistettu.

Palvelu: Passikuva
Aika: to 12.11.2026 klo 10:20
Paikka: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa

Peru tai siirrä varaus: https://example.com/slotti/v/8812""",
  hdrs={"Auto-Submitted": "auto-generated"})

E("fi", "marketing_opt_out", False, "ei kiitos with signature only",
  "Raimo Kettunen <raimo.kettunen@example.fi>", "ei kiitos",
  """ei kiitos

--
Raimo""")

E("fi", "erasure", False, "poistakaa tilini (account deletion) very short",
  "Noora <noora.h@example.fi>", "tili",
  """poistakaa mun tili verkkokaupasta, kiitti""")

E("fi", "", False, "'väärä osoite' wrong recipient, person says not for them",
  "Kari Vesterinen <kari.vesterinen@example.fi>", "Re: Vastaus pyyntöönne",
  """Taisitte lähettää tämän väärälle henkilölle, en ole tehnyt mitään pyyntöä.""")

E("fi", "access+complaint", False, "reminder with complaint threat, typos",
  "Pirjo Lähteenmäki <pirjo.lahteenmaki@example.fi>", "muistutus!!",
  """Pyysin syyskuussa kopiot mun tiedoista eikä oo kuulunu mitään. kuukausi meni jo. teen valituksen tietosuojavaltuutetun toimistoon jos ei ala kuulua

Pirjo L""")

E("fi", "", True, "customer satisfaction survey",
  "Zoomi Kuvakaupat <kysely@example.fi>", "Kerro mielipiteesi – vie 2 minuuttia",
  """Hei,

kävit hiljattain Zoomi Kuvakaupoissa. Vastaa lyhyeen kyselyyn ja osallistu lahjakortin arvontaan:

https://example.fi/kysely/9a31

Kiitos!
Zoomi Kuvakaupat""")

E("fi", "rectification", False, "phone number wrong, one line, no ä",
  "Jouni Rasanen <jouni.rasanen@example.fi>", "puh numero vaarin",
  """teilla on vaara puhelinnumero mulla, oikea on 050 123 4567""")

E("fi", "objection+erasure", False, "kid photo in shop window, object + remove",
  "Katja Saarinen <katja.saarinen@example.fi>", "Ikkunakuva",
  """Hei

Teidän näyteikkunassa on kuva tyttärestäni. Ottakaa se pois, enkä halua että hänen kuviaan käytetään jatkossakaan missään mainonnassa.

Katja Saarinen""")
