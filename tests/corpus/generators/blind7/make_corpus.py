#!/usr/bin/env python3
"""Generate the seventh blind evaluation corpus (m001..m200.eml + labels.csv).

Written independently of the classifier. Run from anywhere:
    python3 tests/corpus_blind7/make_corpus.py
"""
import base64
import csv
import os
import quopri
import random
from email.header import Header
from email.utils import format_datetime
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
TO = "Zoomi Kuvakaupat <tietosuoja@example.fi>"
ORDER = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]
MSGS = []

AB = {"a": "access", "r": "rectification", "e": "erasure", "s": "restriction",
      "p": "portability", "o": "objection", "m": "marketing_opt_out", "c": "complaint"}


def M(lang, kinds, frm, subj, body, note, **kw):
    ks = [AB[k] for k in kinds.split("+")] if kinds else []
    MSGS.append(dict(lang=lang, kinds=ks, frm=frm, subj=subj, body=body,
                     note=note, auto=kw.pop("auto", False), **kw))


# ---------------------------------------------------------------- signatures
DISC_FI = ("\n--\nTämä sähköpostiviesti voi sisältää luottamuksellista tietoa. Jos olet saanut "
           "viestin erehdyksessä, ilmoita asiasta lähettäjälle ja poista viesti sekä sen "
           "liitteet. Viestin luvaton käyttö, kopiointi tai edelleen lähettäminen on kielletty.")
DISC_SV = ("\n--\nDetta e-postmeddelande kan innehålla konfidentiell information. Om du fått det "
           "av misstag, meddela avsändaren och radera meddelandet. All obehörig användning "
           "är förbjuden.")
DISC_EN = ("\n--\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and "
           "may be legally privileged. If you are not the intended recipient, please notify the "
           "sender and delete this message. Any unauthorised use, copying or disclosure is "
           "prohibited. We process personal data in accordance with the GDPR.")
IPHONE_FI = "\n\nLähetetty iPhonesta"
ANDROID_SV = "\n\nSkickat från min Samsung Galaxy-smartphone."

# =================================================================== FINNISH
# ---- access
M("fi", "a", "Jarkko Hietala <jarkko.hietala@example.fi>", "puhelinnumero??",
  "Moi\n\nmistäs te ootte saaneet mun puhelinnumeron? Teiltä soitettiin eilen illalla ja "
  "kaupattiin jotain koulukuvapakettia, vaikka mun lapset on jo aikuisia enkä oo ikinä "
  "antanut teille numeroa.\n\nJarkko", "source of phone number (colloquial)", cs="iso-8859-1")
M("fi", "a", "Riikka Nyberg <riikka.nyberg@example.fi>", "Tyttären tiedot",
  "Hei,\n\ntyttäreni Aino Nyberg (3B, Gerbyn koulu) kuvattiin syyskuussa koulukuvauksessa. "
  "Haluaisin nähdä, mitä tietoja hänestä on teidän järjestelmässänne ja onko niitä annettu "
  "eteenpäin jollekin, esim. koululle tai kaupungille.\n\nYstävällisin terveisin\nRiikka Nyberg\n"
  "huoltaja", "guardian access incl. recipients", fmt="alt", cte="qp")
M("fi", "a", "Petri Salonen <petri.salonen@example.fi>", "Tarkastuspyyntö (EU 2016/679, 15 art.)",
  "Zoomi Kuvakaupat Oy\nVasaratie 2 A\n65350 Vaasa\n\nPyydän EU:n yleisen tietosuoja-asetuksen "
  "15 artiklan perusteella jäljennöksen kaikista minua koskevista henkilötiedoista, joita "
  "rekisterissänne käsitellään, sekä tiedon käsittelyn tarkoituksista, tietolähteistä ja "
  "vastaanottajista. Toivon vastauksen sähköisesti tähän osoitteeseen.\n\nPetri Salonen\n"
  "Asiakasnumero 102334" + DISC_FI, "formal access with disclaimer containing 'poista viesti'")
M("fi", "a", "nelli.k <nelli.k92@example.fi>", "mita tietoja teil on musta", IPHONE_FI,
  "subject-only access, no diacritics")
M("fi", "a", "Marja Lindholm <marja.lindholm@example.fi>", "Henkilökuvat / omat tiedot",
  "Hei!\n\nTyönantajani (kaupungin sosiaalitoimi) tilasi meistä henkilökuvat teiltä viime "
  "keväänä. Mitähän tietoja minusta on teille työnantajan kautta toimitettu? Nimi ja "
  "työnimike varmaan, mutta onko jotain muuta, esim. henkilötunnus tai kotiosoite?\n\n"
  "t. Marja Lindholm\nsosiaaliohjaaja", "employee asks what employer passed on")
M("fi", "a", "Tuula Mäenpää <tuula.maenpaa@example.fi>", "Kiitos kuvista!",
  "Hei Zoomin väki!\n\nHalusin vain sanoa että lastenlasten kuvat onnistuivat tosi hienosti, "
  "varsinkin se jossa pienin nauraa sylissä. Tilasin niitä jo viisi kappaletta sukulaisille "
  "ja kehysliike sanoi että laatu on erinomaista. Kiitos myös kuvaajalle kärsivällisyydestä, "
  "ei ollut helppo saada kolmea alle kouluikäistä istumaan paikallaan.\n\nSuosittelen "
  "teitä varmasti tuttavillekin.\n\nTuula\n\nPS. Voisitteko muuten kertoa mitä kaikkea minusta "
  "on teillä tallessa? Ihan uteliaisuuttani kysyn, kun tilauksia on kertynyt vuosien varrella "
  "aika monta.", "access buried in PS of a thank-you", cs="windows-1252")
M("fi", "a", "Henri Kallio <henri.kallio@example.fi>", "OK-perintä",
  "Sain tänään perintäkirjeen OK-perinnältä teidän laskusta. Mitä tietoja te ootte heille "
  "minusta luovuttaneet? Haluan listan.\n\nHenri", "which data given to debt collector")

# ---- rectification
M("fi", "r", "Sanna Koskela <sanna.koskela@example.fi>", "nimenmuutos",
  "Moi, mun sukunimi vaihtui häiden jälkeen, olin ennen Mäkinen ja nyt Koskela. Voitteko "
  "vaihtaa sen mun asiakastietoihin niin ei tuu enää laskuja vanhalla nimellä. Kiitos!",
  "surname change after marriage")
M("fi", "r", "Jussi Rinne <jussi.rinne@example.fi>", "Pojan nimi väärin",
  "Hei\n\nPoikani nimi on kirjoitettu väärin sekä koulukuvatilauksessa että kuvan "
  "nimilapussa: oikea muoto on Eelis Rinne, ei Elias. Korjaisitteko tiedot "
  "rekisteriinne.\n\nJussi Rinne (isä)", "guardian: child's name misspelled", cte="qp",
  cs="iso-8859-1")
M("fi", "r", "Eeva Rautio <eeva.rautio@example.fi>", "osoitteenmuutos",
  "Hei, muutin elokuussa. Uusi osoite on Kirkkopuistikko 12 B 7, 65100 Vaasa. Laskut tulee "
  "edelleen vanhaan osoitteeseen Vöyrille, päivittäkää tiedot.\n\nEeva Rautio",
  "address update in customer record")
M("fi", "r", "RAIMO HEIKKILA <raimo.heikkila@example.fi>", "SAHKOPOSTI VAARIN",
  "TEIDAN JARJESTELMASSA ON VAARA SAHKOPOSTIOSOITE MINULLE. OIKEA ON "
  "raimo.heikkila@example.fi EIKA rheikkila@example.fi. KORJATKAA.\n\nRAIMO",
  "ALL CAPS, no diacritics, email correction")
M("fi", "r", "Anu Väisänen <anu.vaisanen@example.fi>", "Työnimike henkilökuvassa",
  "Hei,\n\nmeidän organisaation henkilökuvat on teidän palvelussa ja sieltä ne "
  "siirtyvät meidän intranettiin. Minun kohdalla lukee vielä vanha nimike "
  "\"suunnittelija\", vaikka olen ollut kehittämispäällikkö maaliskuusta. Voisitteko "
  "päivittää tiedon oikeaksi?\n\nTerveisin\nAnu Väisänen\nKehittämispäällikkö" + DISC_FI,
  "employee job title update, disclaimer", fmt="html")
M("fi", "r", "Kalle <kalle.m@example.fi>", "",
  "uus numero 040 123 4567 vanha ei oo enää käytössä, vaihtakaa se sinne mun tietoihin",
  "no subject, phone number update")

# ---- erasure
M("fi", "e", "Mira Laine <mira.laine@example.fi>", "Tilin poisto",
  "Poistakaa mun tili teidän verkkokaupasta. En oo käyttäny sitä vuosiin.\n\nMira",
  "delete account")
M("fi", "e", "Outi Hakala <outi.hakala@example.fi>", "Päiväkotikuvat",
  "Hei,\n\nhaluan että lapsestani (Vilma Hakala, Päiväkoti Satakieli, kuvattu 10/2024) "
  "otetut kuvat poistetaan teidän palvelimelta. Emme tilanneet kuvia emmekä aio tilata.\n\n"
  "Outi Hakala", "guardian erasure of kindergarten photos", fmt="alt", cs="iso-8859-1",
  cte="qp")
M("fi", "e", "Timo Virtanen <timo.virtanen@example.fi>", "Poistopyyntö",
  "Pyydän, että kaikki minua koskevat henkilötiedot poistetaan asiakasrekisteristänne "
  "(oikeus tulla unohdetuksi, tietosuoja-asetuksen 17 artikla). Pyydän kirjallisen "
  "vahvistuksen poistosta.\n\nTimo Virtanen", "formal art.17")
M("fi", "e", "jani <jani.pelkonen@example.fi>", "heti",
  "poistakaa kaikki musta heti. en oo teidän asiakas enkä halua olla. ei kiinnosta",
  "rude erasure, lowercase")
M("fi", "e", "Leena Ojala <leena.ojala@example.fi>", "Passikuva",
  "Hei! Kävin teillä passikuvassa viime kesänä ja passi on jo tullut. Voiko sen kuvan "
  "poistaa teidän järjestelmistä, en näe syytä miksi sen pitäisi olla tallessa?\n\nLeena",
  "indirect question: delete passport photo")
M("fi", "e", "Emma <emma.s2008@example.fi>", "mun koulukuvat",
  "moi oon 16v ja mun koulukuvat on teidän galleriassa netissä. haluun et ne poistetaan sieltä "
  "ja kaikki muutkin kuvat musta. en tykkää niistä yhtään", "teen in own name, erasure")
M("fi", "e", "Pekka Ström <pekka.strom@example.fi>", "Yhteyshenkilön tiedot",
  "Hyvä vastaanottaja,\n\nToiminimeni Ström Rakennus on lopettanut toimintansa 31.12. "
  "Olin teidän rekisterissänne yrityksen yhteyshenkilönä (henkilökuvaus 2022). Pyydän "
  "poistamaan nimeni, puhelinnumeroni ja sähköpostini rekisteristänne.\n\nPekka Ström",
  "former business contact person erasure", cs="windows-1252", cte="qp")

# ---- restriction
M("fi", "s", "Marko Lahti <marko.lahti@example.fi>", "Kiistetty lasku 22871",
  "Hei\n\nkiistän laskun 22871, en ole tilannut kyseisiä kuvia. Pyydän että tietojeni käsittely "
  "jäädytetään ja asiaa ei viedä eteenpäin ennen kuin tilanne on selvitetty. Tietoja ei "
  "kuitenkaan saa poistaa, koska tarvitsen tilaushistorian selvitystä varten.\n\nMarko Lahti",
  "freeze pending dispute, don't delete")
M("fi", "s", "Katja Niemi <katja.niemi@example.fi>", "kuvat riita-asiassa",
  "Älkää vielä poistako tyttäreni kuvia, vaikka pyysin sitä aiemmin. Tarvitsen niitä "
  "huoltoriidassa todisteena. Mutta niitä ei saa käyttää eikä näyttää kenellekään sillä "
  "välin.\n\nKatja", "keep but don't use (legal claim)")
M("fi", "s", "Seppo Aalto <seppo.aalto@example.fi>", "Tietojen käyttö",
  "Tietojani ei saa käyttää mihinkään ennen kuin olen saanut asianmukaisen selvityksen siitä "
  "miten osoitteeni päätyi vääriin papereihin. Rajoittakaa käsittely siihen asti.\n\nS. Aalto",
  "restrict until explanation", cs="iso-8859-1", cte="b64")

# ---- portability
M("fi", "p", "Heidi Mattila <heidi.mattila@example.fi>", "Tilaushistoria tiedostona?",
  "Hei, saisinko mun tiedot ja tilaushistorian CSV-tiedostona? Siirryn toiseen "
  "kuvauspalveluun ja haluaisin viedä tiedot mukana.\n\nHeidi", "CSV export to move")
M("fi", "p", "Ville Korpela <ville.korpela@example.fi>", "Tietojen siirtopyyntö",
  "Pyydän henkilötietoni koneluettavassa muodossa (esim. JSON) tietosuoja-asetuksen 20 "
  "artiklan mukaisesti.\n\nVille Korpela", "formal portability", fmt="html")
M("fi", "p", "Satu <satu.p@example.fi>", "tiedot talteen",
  "Onko mahdollista ladata kaikki tilin tiedot jossain tiedostomuodossa että voin viedä ne "
  "muualle? Löysin vain kuvien latauksen mutta en tietoja", "indirect portability question")

# ---- objection
M("fi", "o", "Antti Huhta <antti.huhta@example.fi>", "seuranta",
  "En hyväksy että käytätte Google Analyticsia mun selailun seuraamiseen teidän kaupassa. "
  "Lopettakaa se mun osalta.", "object to GA tracking")
M("fi", "o", "Johanna Peltola <johanna.peltola@example.fi>", "Kuvan käyttölupa",
  "Hei,\n\nannoin keväällä luvan käyttää tyttäreni kuvaa teidän markkinoinnissa. Perun nyt "
  "tämän luvan. Kuvaa ei saa enää käyttää uusissa mainoksissa.\n\nJohanna Peltola",
  "guardian withdraws consent for photo (no removal asked)", cte="qp")
M("fi", "o", "Mikko Leino <mikko.leino@example.fi>", "Referenssikuva",
  "Moi, huomasin että mun henkilökuva on teidän nettisivuilla referenssinä "
  "\"henkilöstökuvaus\"-kohdassa. En halua että mun kuvaa käytetään teidän "
  "mainontaan.\n\nMikko", "employee objects to use of staff photo as reference")
M("fi", "o", "Arja Saarinen <arja.saarinen@example.fi>", "Perintä",
  "Lasku on maksettu 14.3. ja kuitti on tallessa. Vastustan tietojeni luovuttamista "
  "OK-perinnälle, älkää antako niitä sinne.\n\nArja Saarinen", "object to passing data to debt collector")
M("fi", "o", "Olli Tuominen <olli.tuominen@example.fi>", "profilointi",
  "Kiellän ostokäyttäytymiseni analysoinnin ja profiloinnin. En halua että minusta tehdään "
  "mitään asiakasprofiileja.", "object to profiling", cs="iso-8859-1")
M("fi", "o", "Paula Hirvonen <paula.hirvonen@example.fi>", "Eetun kuva vuosikirjaan",
  "Hei,\n\nkuulin että luokkakuvat ja yksittäiskuvat lähetetään myös koulun vuosikirjaa "
  "varten. Emme halua että Eetun (6A) kuvaa lähetetään koululle vuosikirjaan tai "
  "muuallekaan. Luokkakuvan saa meidän puolesta tilata normaalisti.\n\nPaula Hirvonen",
  "guardian objects to sending photo to school yearbook", fmt="alt")

# ---- marketing opt-out
M("fi", "m", "Liisa Honkanen <liisa.honkanen@example.fi>", "Tekstiviestit",
  "En halua enää teidän tekstiviestimainoksia. Kiitos.", "no more SMS ads")
M("fi", "m", "Tommi Järvi <tommi.jarvi@example.fi>", "Peruutan uutiskirjeen", "",
  "subject-only newsletter cancellation")
M("fi", "m", "Sari Kurki <sari.kurki@example.fi>", "SOITOT",
  "Lopettakaa ne myyntipuhelut!! Kolmas kerta tällä viikolla kun soitatte kesken työpäivän "
  "ja tarjoatte perhekuvausta. Ei kiinnosta.", "stop sales calls, angry")
M("fi", "m", "Juha Ranta <juha.ranta@example.fi>", "postituslista",
  "Poistakaa mut postituslistalta kiitos\n\nJuha" + IPHONE_FI, "remove from mailing list = opt-out only")
M("fi", "m", "Helena Forsman <helena.forsman@example.fi>", "Suoramarkkinointikielto",
  "Ilmoitan suoramarkkinointikiellon. Minulle ei saa lähettää markkinointia millään "
  "kanavalla.\n\nHelena Forsman", "formal direct-marketing ban", fmt="html", cs="windows-1252")
M("fi", "m", "Minna Keskinen <minna.keskinen@example.fi>", "Tilaus 55120",
  "Hei, tilasin kaksi luokkakuvaa 3 viikkoa sitten eikä niitä ole vieläkään kuulunut. Onko "
  "ne lähetetty? Seurantakoodia ei tullut.\n\nJa sit vielä, en haluu niitä "
  "sähköpostimainoksia enää, niitä tulee joka viikko.\n\nMinna", "delivery question + opt-out tucked in")

# ---- complaint
M("fi", "c", "Reetta Kivelä <reetta.kivela@example.fi>", "Tietosuojaloukkaus",
  "Lähetitte koko luokan kuvalinkit ja oppilaiden nimet väärälle vanhemmalle, minä sain ne "
  "vaikka lapseni on eri koulussa. Tämä on tietosuojaloukkaus ja ilmoitan siitä "
  "tietosuojavaltuutetun toimistolle.\n\nReetta Kivelä", "breach report to DPA")
M("fi", "c", "Kari Mononen <kari.mononen@example.fi>", "valitus",
  "miten voin tehdä valituksen tietosuoja valtuutetulle teidän toiminnasta? onko teillä "
  "osoitetta", "how to complain to DPA (split word)")
M("fi", "c", "Jaana Lehto <jaana.lehto@example.fi>", "Lasku sähköpostilla",
  "Lähetitte laskun salaamattomana sähköpostina ja siinä näkyy henkilötunnukseni. Rikotte "
  "GDPR:ää. Tällaista ei pitäisi tapahtua.\n\nJaana Lehto", "accusation of GDPR violation",
  cte="b64")

# ---- multi-kind
M("fi", "a+e", "Ismo Kettunen <ismo.kettunen@example.fi>", "tiedot ja poisto",
  "Hei, lähettäkää ensin kopio kaikista tiedoistani mitä teillä on, ja poistakaa ne sen "
  "jälkeen kokonaan.\n\nIsmo", "copy then delete")
M("fi", "e+m", "Sirpa Laakso <sirpa.laakso@example.fi>", "tili pois",
  "Poistakaa mun tili ja älkää lähettäkö enää mitään mainoksia tai uutiskirjeitä. Kiitos",
  "delete account + no ads")
M("fi", "o+e", "Tiina Harju <tiina.harju@example.fi>", "Lapsen kuva Instagramissa",
  "Hei!\n\nPoikani kuva on teidän Instagram-tilillä ja nettisivujen etusivulla. Perun "
  "suostumuksen kuvan käyttöön ja pyydän, että kuva poistetaan molemmista paikoista "
  "mahdollisimman pian.\n\nTiina Harju", "consent withdrawal + remove photo", fmt="alt",
  cte="qp")
M("fi", "a+c", "Ari Pulkkinen <ari.pulkkinen@example.fi>", "Mistä tietoni?",
  "Mistä olette saaneet nimeni ja osoitteeni? Sain teiltä paperimainoksen kotiin vaikka en "
  "ole koskaan asioinut teillä. Jos en saa vastausta kahden viikon kuluessa, teen valituksen "
  "tietosuojavaltuutetulle.", "source of data + threat to complain", cs="iso-8859-1", cte="b64")
M("fi", "r+m", "Pirjo Mustonen <pirjo.mustonen@example.fi>", "uusi osoite",
  "Hei, uusi osoite on Rantakatu 4 as 3, 65100 Vaasa, päivittäkää se. Ja samalla: ei enää "
  "mainospostia kiitos, ne menee suoraan paperinkeräykseen.\n\nPirjo", "address change + no ad mail")
M("fi", "s+o", "Hannu Räsänen <hannu.rasanen@example.fi>", "Perintään siirto",
  "Olen reklamoinut laskusta 9.4. eikä siihen ole vastattu. Vastustan sitä, että tietoni "
  "siirretään OK-perinnälle, ja pyydän että tietojeni käsittely rajoitetaan siihen asti kunnes "
  "reklamaatio on käsitelty.\n\nHannu Räsänen", "object to debt collection + restrict pending dispute")
M("fi", "a+p", "Noora Salmi <noora.salmi@example.fi>", "omat tiedot",
  "Haluaisin tietää mitä tietoja teillä on minusta, ja saada ne samalla koneluettavassa "
  "muodossa (csv käy hyvin), jotta voin siirtää ne toiseen palveluun.", "access + portability")
M("fi", "e+c", "Vesa Nurmi <vesa.nurmi@example.fi>", "VIIMEINEN VAROITUS",
  "Olen jo kahdesti pyytänyt puhelimessa että poistatte tietoni. Poistakaa ne NYT tai teen "
  "ilmoituksen tietosuojavaltuutetulle. Tämä on jo lainvastaista.", "erasure + threat to DPA")
M("fi", "a+r", "Maarit Ylinen <maarit.ylinen@example.fi>", "Henkilöstökuvauksen tiedot",
  "Hei,\n\nkuvauksessa kysyttiin nimeä ja yksikköä. Mitä tietoja minusta on tallennettu? "
  "Lisäksi yksikköni on väärin: olen nykyään Vaasan keskussairaalan päivystyksessä, en "
  "lastenosastolla. Korjatkaa se.\n\nMaarit Ylinen", "employee access + rectification",
  fmt="html")
M("fi", "e+o+m", "Kimmo Vartiainen <kimmo.vartiainen@example.fi>", "Riittää",
  "Nyt riittää. Ensin tulee tekstiviestejä, sitten sähköposteja ja nyt vielä soititte. "
  "Älkää ikinä enää markkinoiko mulle mitään. Mun kuvaa ei myöskään saa käyttää siinä "
  "teidän esitteessä, kuvauksessa ei kerrottu että se päätyy mainokseen. Ja sitten "
  "poistakaa kaikki tiedot musta, en halua olla teidän asiakasrekisterissä.\n\nKimmo",
  "angry: marketing stop, photo use objection, erasure", cs="windows-1252")
M("fi", "a+e+c", "Asianajotoimisto Berg <lakimies.berg@example.fi>",
  "Päämieheni Laura Kangas: tietopyyntö ja poistovaatimus",
  "Zoomi Kuvakaupat Oy\n\nEdustan päämiestäni Laura Kangasta (valtakirja liitteenä). "
  "Päämieheni pyytää 1) jäljennöstä kaikista häntä koskevista henkilötiedoista ja tiedon "
  "siitä, kenelle tietoja on luovutettu, sekä 2) tietojen poistamista tämän jälkeen. "
  "Päämieheni on lisäksi tehnyt kantelun tietosuojavaltuutetun toimistolle kuvan "
  "julkaisemisesta ilman suostumusta.\n\nVaratuomari Henrik Berg" + DISC_FI,
  "lawyer for client: access + erasure + complaint, disclaimer")
M("fi", "r+e", "Elina Toivonen <elina.toivonen@example.fi>", "Lapsen tiedot",
  "Moi! Lapseni sukunimi on väärin teidän tilauksissa, oikea on Toivonen-Kaski. Korjatkaa se. "
  "Ja sitten voisitteko poistaa hänen vanhat päiväkotikuvat vuodelta 2019 galleriasta, niitä ei "
  "tarvita enää.\n\nElina", "child surname fix + delete old photos", cte="qp")
M("fi", "a+s", "Jorma Hyvönen <jorma.hyvonen@example.fi>", "ennen kuin mitään tehdään",
  "Älkää käyttäkö tietojani mihinkään ennen kuin olen nähnyt mitä teillä on. Lähettäkää "
  "kopio tiedoistani.", "access + hold processing")
M("fi", "o+m", "Laura Hämäläinen <laura.hamalainen@example.fi>", "seuranta ja uutiskirje",
  "Hei, en halua että seuraatte minua Google Analyticsilla tai muilla seurantatyökaluilla "
  "enkä myöskään halua enää uutiskirjettä. Kiitos.\n\nLaura", "object to analytics + newsletter stop",
  fmt="alt", cs="iso-8859-1", cte="qp")
# ---- near-misses (fi)
M("fi", "", "Anne Koivisto <anne.koivisto@example.fi>", "Tuplatilaus",
  "Hei, tilasin vahingossa saman kuvapaketin kahdesti (tilaukset 48213 ja 48214). Voitteko "
  "poistaa toisen tilauksen ja perua sen maksun?\n\nAnne", "delete duplicate order")
M("fi", "", "Teemu Saari <teemu.saari@example.fi>", "passikuva-aika",
  "moi voisko mun passikuva-ajan siirtää torstaille samaan aikaan? keskiviikko ei käykään",
  "booking change")
M("fi", "", "Kirsi Lampinen <kirsi.lampinen@example.fi>", "En pääse galleriaan",
  "Hei, yritän kirjautua koulukuvagalleriaan mutta salasana ei kelpaa ja "
  "salasanan palautuslinkki ei tule sähköpostiin. Mitä teen?\n\nKirsi", "login help",
  cs="iso-8859-1")
M("fi", "", "Ritva Nieminen <ritva.nieminen@example.fi>", "Lisää kuvia",
  "Hei! Haluaisin tilata lisää kuvia tyttärenpoikani luokkakuvasta, 2 kpl kokoa 13x18 ja "
  "yhden 20x30. Kuvakoodi on K7-3381. Miten maksan?\n\nRitva Nieminen", "reprint order",
  cs="windows-1252")
M("fi", "", "Tilitoimisto Aho <kirjanpito@example.fi>", "Laskukopio",
  "Hei,\n\ntarvitsisimme kopion laskusta 20331 (henkilökuvaus 11/2024) kirjanpitoa varten. "
  "Alkuperäinen on kadonnut.\n\nTerveisin\nTilitoimisto Aho" + DISC_FI,
  "invoice copy, disclaimer with 'poista viesti'")
M("fi", "", "Marko Heino <marko.heino@example.fi>", "väärä summa",
  "laskussa on 89 euroa vaikka tilasin vain yhen paketin joka maksaa 49. korjatkaa lasku",
  "wrong invoice amount ('korjatkaa')")
M("fi", "", "Susanna Peltonen <susanna.peltonen@example.fi>", "Reklamaatio",
  "Hei, kuvat tulivat postissa taittuneina ja yhdessä on iso naarmu. Reklamoin tilauksesta "
  "61004 ja toivon uudet tilalle.\n\nSusanna", "product complaint", fmt="html")
M("fi", "", "Jenni Kauppinen <jenni.kauppinen@example.fi>", "kuvan muokkaus",
  "Voisitteko poistaa finnin leuasta ja vähän tasoittaa ihoa ennen kuin tulostatte "
  "ylioppilaskuvan? Maksan mielelläni lisää.", "retouching ('poistaa')")
M("fi", "", "Heikki Partanen <heikki.partanen@example.fi>", "Passikuvan koodi",
  "Passikuvan koodi ei toimi poliisin sivuilla, tulee virheilmoitus että koodia ei löydy. "
  "Kuva otettiin eilen teillä.", "passport photo code problem")
M("fi", "", "Sami Lindqvist <sami.lindqvist@example.fi>", "missä mun tilaus",
  "missä mun tilaus on?? maksettu 2 viikkoa sitten", "delivery question")
M("fi", "", "Vaasan Pursiseura <sihteeri.pursiseura@example.fi>", "Hintatiedustelu",
  "Hei,\n\npaljonko maksaisi henkilökuvaus noin 15 hengelle, ja voisiko kuvauksen tehdä "
  "meidän kerholla? Tarvitsisimme kuvat nettisivuille.\n\nSihteeri, Vaasan Pursiseura",
  "price question for staff photos")
M("fi", "", "Anna-Maija Rask <annamaija.rask@example.fi>", "uutiskirje takaisin",
  "Hei, peruin vahingossa uutiskirjeenne tilauksen kun siivosin sähköpostia. Haluaisin sen "
  "takaisin, voitteko lisätä mut uudestaan listalle?", "re-subscribe")
M("fi", "", "Pertti Kinnunen <pertti.kinnunen@example.fi>", "Tilauksen 5521 toimitus",
  "Hei, voisitteko lähettää tilauksen 5521 poikkeuksellisesti mökkiosoitteeseen: "
  "Saaristotie 120, 66200 Korsnäs. Olemme siellä koko heinäkuun.\n\nPertti",
  "delivery address of one order")
M("fi", "", "Rehtori Lehtinen <rehtori.lehtinen@example.fi>", "Tietosuojaseloste?",
  "Hei,\n\nvanhempainyhdistys kysyi, onko teillä tietosuojaseloste jossain nähtävillä? "
  "Voisitteko lähettää linkin niin laitan sen Wilmaan tiedotteen yhteyteen.\n\n"
  "Terveisin\nSanna Lehtinen, rehtori", "general privacy policy question")
M("fi", "", "Irma Väänänen <irma.vaananen@example.fi>", "alekoodi",
  "Uutiskirjeessä mainittu alekoodi KEVAT25 ei toimi kassalla, sanoo että koodi on "
  "vanhentunut. Vaikka uutiskirje tuli eilen.", "newsletter content question")
M("fi", "", "Tarja Koponen <tarja.koponen@example.fi>", "Re: Tietopyyntönne",
  "Kiitos, kuvat tulivat nyt perille ja kaikki on kunnossa!\n\nTarja",
  "thanks reply; quoted text mentions access/erasure",
  quote=("Zoomi Kuvakaupat <tietosuoja@example.fi> kirjoitti 3.2.2025 klo 10.12:",
         "Hei Tarja,\n\nolemme vastaanottaneet pyyntönne saada kopio henkilötiedoistanne sekä "
         "pyynnön poistaa tietonne tilausten toimittamisen jälkeen. Käsittelemme pyynnön "
         "kuukauden kuluessa.\n\nYstävällisin terveisin\nZoomi Kuvakaupat"))
M("fi", "", "Oskari Laitinen <oskari.laitinen@example.fi>", "ostoskori",
  "Miten saan poistettua kuvan ostoskorista? Roskakori-ikonia ei näy puhelimella.",
  "remove photo from shopping cart")
M("fi", "", "Hanna Jokela <hanna.jokela@example.fi>", "Peruutus maanantai",
  "Hei, peruuttakaa aikamme maanantaille klo 14, lapsi on kipeänä. Varaan uuden ajan "
  "myöhemmin Slotin kautta.\n\nHanna Jokela" + IPHONE_FI, "booking cancellation")
M("fi", "", "Matti Karjalainen <matti.karjalainen@example.fi>", "Perintäkirje??",
  "Miksi sain perintäkirjeen? Maksoin laskun 3.3. verkkopankissa, viitenumero oli oikein. "
  "Kuitti liitteenä.", "why debt collection letter (payment dispute)", cs="iso-8859-1",
  cte="qp")
M("fi", "", "Nina Backman <nina.backman@example.fi>", "koulukuvat",
  "Lähetättekö luokkakuvat myös suoraan koululle vai pitääkö mun tilata ne erikseen "
  "gallerian kautta?", "product question about sending to school")
M("fi", "", "Jari Tikkanen <jari.tikkanen@example.fi>", "Gallerian jakaminen",
  "Voiko kuvagallerian linkin jakaa isovanhemmille, että he voivat tilata itse kuvia?",
  "gallery sharing question")
M("fi", "", "HR Vaasan Energia <hr@example.fi>", "Uusien työntekijöiden kuvat",
  "Hei,\n\ntarvitsemme henkilökuvat viidelle uudelle työntekijälle. Sopisiko kuvaus "
  "toukokuun alussa meidän toimistolla? Vanhat kuvat saa jäädä ennalleen.\n\n"
  "Ystävällisesti\nHenna Kallio\nHR-asiantuntija" + DISC_FI, "staff photo booking by HR",
  fmt="alt")
M("fi", "", "Toni Ahonen <toni.ahonen@example.fi>", "Poista tilaukseni 7781",
  "Poista tilaukseni 7781, en tarvi niitä kuvia sittenkään", "cancel order ('poista tilaukseni')")
M("fi", "", "Laila <laila.sundqvist@example.fi>", "kuva digitaalisena",
  "haluun kopion kuvasta digitaalisena tiedostona, kauan se maksaa? siis se kuva jossa "
  "ollaan koko perhe rannalla", "digital copy of photo = product")
M("fi", "", "Petra Huttunen <petra.huttunen@example.fi>", "Kuvauslupa",
  "Pitääkö kuvauslupalappu palauttaa kouluun ennen kuvauspäivää vai voiko sen tuoda "
  "mukana? Lapsi hukkasi lapun.", "question about consent form logistics")
# =================================================================== SWEDISH
# ---- access
M("sv", "a", "Anders Holm <anders.holm@example.fi>", "Registerutdrag",
  "Hej!\n\nJag vill ha ett registerutdrag över allt ni har sparat om mig.\n\nMvh Anders Holm",
  "plain registerutdrag", cs="iso-8859-1")
M("sv", "a", "Camilla Nyman <camilla.nyman@example.fi>", "Uppgifter om Ella",
  "Hej,\n\nvår dotter Ella Nyman fotograferades på daghemmet Solstrålen i Korsholm i höstas. "
  "Vilka uppgifter har ni om henne och har de getts vidare till någon annan än daghemmet?\n\n"
  "Vänliga hälsningar\nCamilla Nyman", "guardian access (FI-sv)", fmt="alt", cte="qp")
M("sv", "a", "Gunnar Lindroos <gunnar.lindroos@example.fi>", "adress?",
  "Varifrån har ni fått min adress? Jag har aldrig beställt nånting av er men nu kom det en "
  "broschyr hem till mig.", "source of address")
M("sv", "a", "Maria Wikström <maria.wikstrom@example.se>", "Fråga om mina uppgifter",
  "Hej\n\nJag flyttade till Sverige för två år sedan men fick nyligen ett sms från er. Vilka "
  "har ni delat mina personuppgifter med? Och vad har ni egentligen sparat om mig?\n\nMaria",
  "who shared with + what stored (Sweden)")

# ---- rectification
M("sv", "r", "Helena Sjöholm <helena.sjoholm@example.fi>", "Felstavat namn på fakturan",
  "Hej, mitt efternamn är felstavat på fakturan och i ert system: det ska vara Sjöholm, inte "
  "Sjöhom. Kan ni rätta det?\n\nHelena", "name misspelled on invoice = rectification",
  cs="iso-8859-1", cte="qp")
M("sv", "r", "Patrik Ek <patrik.ek@example.fi>", "fel mejladress",
  "Ni har fel e-postadress till mig, ni skickar allt till min gamla jobbmejl som jag inte "
  "har tillgång till längre. Byt till den här adressen tack.", "wrong email in records")
M("sv", "r", "Sofia Granholm <sofia.granholm@example.fi>", "Linnéas namn",
  "Hej!\n\nVår dotters namn står fel i ert register och på beställningen: hon heter Linnéa "
  "med accent, inte Linnea. Det syns också på namnlappen vid klassfotot. Vore snällt om ni "
  "kunde rätta det.\n\nSofia Granholm", "guardian: child's name accent", fmt="html",
  cs="windows-1252")
M("sv", "r", "Bengt Öhman <bengt.ohman@example.fi>", "Ny adress",
  "Hej, ja har flytt från Smedsby till Vasa. Ny adress: Handelsesplanaden 8 A 3, 65100 Vasa. "
  "Uppdatera mina kunduppgifter.\n\nBengt", "address change, dialect")

# ---- erasure
M("sv", "e", "Jonas Backlund <jonas.backlund@example.fi>", "radera konto", "Radera mitt konto tack",
  "delete account short")
M("sv", "e", "Kristina Lund <kristina.lund@example.se>", "Begäran",
  "Hej.\n\nJag vill bli bortglömd. Ta bort allt ni har om mig ur era system.\n\nKristina Lund",
  "right to be forgotten")
M("sv", "e", "Mats Rönnqvist <mats.ronnqvist@example.fi>", "Bilderna på vår son",
  "Hej!\n\nVi vill att alla bilder på vår son Elias (förskolan Myran, fotograferad i mars) "
  "tas bort från er server. Vi köpte inga bilder och vill inte att de finns kvar.\n\n"
  "Mats och Jenny Rönnqvist", "guardians: remove child's photos", cte="b64")
M("sv", "e", "Eva <eva.blomqvist@example.fi>", "",
  "kan ni ta bort mina personuppgifter, jag använder int er tjänst mer" + ANDROID_SV,
  "no subject, colloquial erasure")
M("sv", "e", "Tove Mattsson <tove.mattsson@example.fi>", "Personalfoto",
  "Hej,\n\njag har slutat på Korsholms kommun i april. Snälla radera mitt personalfoto och "
  "mina uppgifter hos er, kommunen har redan tagit bort mig från sin sida.\n\nTove Mattsson",
  "ex-employee erasure of staff photo", fmt="alt")

# ---- restriction
M("sv", "s", "Leif Storbacka <leif.storbacka@example.fi>", "Felaktiga uppgifter",
  "Jag bestrider att uppgifterna ni har om mig stämmer (ni påstår att jag beställt ett "
  "fotopaket i november). Använd inte mina uppgifter till något förrän ni har kontrollerat "
  "saken.\n\nLeif Storbacka", "contest accuracy, don't use meanwhile")
M("sv", "s", "Annika Berg <annika.berg@example.fi>", "Radera inte ännu",
  "Hej, radera inte bilderna på mig ännu. Jag behöver dem som bevis i en tvist med min "
  "tidigare arbetsgivare. Men sluta använda dem till annat tills vidare.\n\nAnnika",
  "keep for legal claim, stop using", cs="iso-8859-1")

# ---- portability
M("sv", "p", "Robin Åkerlund <robin.akerlund@example.fi>", "Export",
  "Kan jag få mina uppgifter och min beställningshistorik som CSV-fil? Tänker byta till "
  "en annan fotograf och vill ha med allt.", "CSV export")
M("sv", "p", "Ulrika Strand <ulrika.strand@example.se>", "Begäran om dataportabilitet",
  "Hej,\n\nHärmed begär jag att få ut mina personuppgifter i ett strukturerat, "
  "maskinläsbart format enligt artikel 20 GDPR.\n\nMed vänlig hälsning\nUlrika Strand",
  "formal art. 20", fmt="html")

# ---- objection
M("sv", "o", "Stefan Nordling <stefan.nordling@example.fi>", "Inkasso",
  "Fakturan är betald den 2.5. Jag motsätter mig att ni lämnar mina uppgifter till "
  "inkassobolaget OK-perintä.\n\nStefan Nordling", "object to debt collection transfer")
M("sv", "o", "Johanna Ahlskog <johanna.ahlskog@example.fi>", "Samtycke bild",
  "Hej\n\nJag återkallar mitt samtycke till att ni använder bilden på mig i er reklam och "
  "på era broschyrer.\n\nJohanna", "withdraw consent for photo use", cte="qp")
M("sv", "o", "Dennis Fors <dennis.fors@example.fi>", "spårning",
  "Sluta spåra mig med Google Analytics när jag är inne i er webbutik. Jag godkänner inte "
  "det.", "object to GA")
M("sv", "o", "Linda Sundström <linda.sundstrom@example.fi>", "Årsboken",
  "Hej!\n\nVi vill inte att vår dotters skolfoto skickas till skolans årsbok eller "
  "hemsida. Det går bra att vi beställer bilder som vanligt.\n\nLinda Sundström",
  "object to sending photo to school yearbook", cs="windows-1252", cte="qp")

# ---- marketing opt-out
M("sv", "m", "Harriet Lindberg <harriet.lindberg@example.fi>", "Avregistrera mig från nyhetsbrevet",
  "", "subject-only unsubscribe")
M("sv", "m", "Kjell Söderberg <kjell.soderberg@example.fi>", "SLUTA RINGA",
  "Sluta ringa mig med erbjudanden om familjefotografering!! Jag har sagt nej tre gånger.",
  "stop marketing calls")
M("sv", "m", "Nina Vikström <nina.vikstrom@example.fi>", "sms",
  "Hej, inga fler sms-erbjudanden tack. Kameran är nog fin men ja behöver int fler "
  "reklamsms.", "no more SMS offers, dialect", cs="iso-8859-1")

# ---- complaint
M("sv", "c", "Peter Enlund <peter.enlund@example.fi>", "Klassfoto på Facebook",
  "Ni publicerade klassfotot med alla elevers för- och efternamn på er Facebooksida. Det här "
  "strider mot GDPR och jag har anmält saken till dataombudsmannens byrå.\n\nPeter Enlund",
  "reported to DPA")
M("sv", "c", "Sara Holmgren <sara.holmgren@example.se>", "Anmälan",
  "Hej. Hur gör jag en anmälan till IMY eller den finska myndigheten om ert företag? Ni har "
  "inte svarat på mina mejl på två månader.", "how to complain to IMY")

# ---- multi
M("sv", "a+e", "Oskar Lindgren <oskar.lindgren@example.fi>", "Uppgifter",
  "Skicka först ett registerutdrag till mig och radera sedan allt ni har om mig.\n\nOskar",
  "copy then delete")
M("sv", "e+m", "Ida Westerlund <ida.westerlund@example.fi>", "bort",
  "Ta bort mig från nyhetsbrevet och radera mitt konto i webbutiken.\n\n/Ida",
  "unsubscribe + delete account")
M("sv", "o+e", "Marina Nylund <marina.nylund@example.fi>", "Bilden på hemsidan",
  "Hej,\n\nbilden på mig och min son ligger som exempel på er hemsida. Jag återkallar mitt "
  "samtycke och ber er ta bort bilden därifrån och från Instagram.\n\nMarina Nylund",
  "consent withdrawal + remove photo", fmt="alt", cs="iso-8859-1", cte="qp")
M("sv", "a+r", "Tom Björklund <tom.bjorklund@example.fi>", "vilka uppgifter",
  "Vilka uppgifter har ni om mig? Numret ni ringde till igår är dessutom min frus, mitt "
  "eget är ett annat. Rätta det i registret.", "access + fix phone number")
M("sv", "o+m", "Agneta Fagerström <agneta.fagerstrom@example.fi>", "Reklam och profilering",
  "Jag vill inte ha någon reklam från er, varken mejl eller sms, och jag motsätter mig att ni "
  "profilerar mig utifrån mina köp.\n\nAgneta Fagerström", "opt-out + object profiling",
  cte="b64")
M("sv", "a+c", "Henrik Lassila <henrik.lassila@example.fi>", "Begäran om insyn",
  "Jag vill granska vilka uppgifter ni har om mig och varifrån ni fått dem. Får jag inget svar "
  "inom en månad lämnar jag in ett klagomål till dataombudsmannen.",
  "FI-sv access + complaint threat", cs="iso-8859-1", cte="b64")
M("sv", "s+o", "Carina Kronqvist <carina.kronqvist@example.fi>", "Faktura 30117",
  "Hej,\n\nfakturan 30117 är bestridd (jag har reklamerat produkten). Jag motsätter mig att "
  "ärendet skickas till inkasso och begär att behandlingen av mina uppgifter begränsas tills "
  "reklamationen är utredd.\n\nCarina Kronqvist", "object to collection + restrict pending dispute")
M("sv", "e+p", "Fredrik Sandvik <fredrik.sandvik@example.fi>", "Flyttar mina bilder",
  "Hej! Exportera mina uppgifter och bildbeställningar i maskinläsbart format (json eller "
  "csv), sedan kan ni radera kontot.\n\nFredrik",
  "portability then erasure",
  quote=("Zoomi Kuvakaupat <asiakaspalvelu@example.fi> skrev 12 mars 2025 kl. 09:41:",
         "Hej Fredrik!\n\nTack för din beställning 58812. Vill du ha vårt nyhetsbrev med "
         "erbjudanden? Du kan när som helst avregistrera dig.\n\nHälsningar\nZoomi"))

# ---- near-misses (sv)
M("sv", "", "Elin Hägg <elin.hagg@example.fi>", "avboka",
  "Hej, kan ni avboka min tid på torsdag kl 10? Jag bokar en ny via Slotti.\n\nElin",
  "booking cancellation")
M("sv", "", "Rasmus Kull <rasmus.kull@example.fi>", "Var är min beställning?",
  "Har betalat för två veckor sedan och inget har kommit. Order 61220.", "order status")
M("sv", "", "Birgitta Lönnqvist <birgitta.lonnqvist@example.fi>", "Kopia av klassbilden",
  "Hej! Jag vill beställa en kopia av klassbilden från Vasa övningsskola, klass 4B, i storlek "
  "20x30. Kan jag betala med faktura?\n\nBirgitta", "reprint", cs="iso-8859-1")
M("sv", "", "Niklas Ström <niklas.strom@example.fi>", "Reklamation",
  "Reklamation: bilderna är suddiga och färgerna konstiga, särskilt på den stora bilden. "
  "Vill ha nya utskrifter eller pengarna tillbaka.", "product quality complaint")
M("sv", "", "Marianne Hagström <marianne.hagstrom@example.fi>", "Fel på fakturan",
  "Fel belopp på fakturan, ni har debiterat två paket men jag beställde bara ett. Rätta "
  "fakturan tack.", "wrong invoice amount ('rätta')", fmt="html")
M("sv", "", "Julia Eklund <julia.eklund@example.fi>", "retusch",
  "Kan ni retuschera bort plåstret på min sons panna på skolfotot innan ni skriver ut? Han "
  "hade ramlat dagen innan.", "retouch request")
M("sv", "", "Kim Granqvist <kim.granqvist@example.fi>", "inloggning",
  "Inloggningen till galleriet funkar int, den säger fel lösenord fast ja har bytt två "
  "gånger.", "login problem, dialect")
M("sv", "", "Alexander Sten <alexander.sten@example.fi>", "Passfoto kod",
  "Koden till passfotot fungerar inte på polisens sida, det står att bilden inte hittas. "
  "Fotot togs i går.", "passport photo code problem")
M("sv", "", "Vasa Sjukvårdsförening <kansli.vsf@example.fi>", "Offertförfrågan",
  "Hej,\n\nvad kostar personalfotografering för ca 25 personer? Vi skulle behöva bilderna "
  "till vår nya webbplats i augusti.\n\nMed vänlig hälsning\nKansliet" + DISC_SV,
  "price question, disclaimer with 'radera meddelandet'")
M("sv", "", "Lotta Wiik <lotta.wiik@example.fi>", "Nyhetsbrevet igen",
  "Hej! Jag råkade avregistrera mig från nyhetsbrevet. Kan ni lägga till mig igen? Vill inte "
  "missa höstens kampanj.", "re-subscribe")
M("sv", "", "Daniel Hellman <daniel.hellman@example.fi>", "dubbel beställning",
  "Ta bort den dubbla beställningen 3321, jag klickade två gånger. Den andra (3322) ska "
  "vara kvar.", "delete duplicate order")
M("sv", "", "Ab Kustfisk Oy <ekonomi@example.fi>", "Fakturakopia",
  "Hej, kan ni skicka en kopia av faktura 20877? Den har försvunnit i vår posthantering.\n\n"
  "Ekonomiavdelningen" + DISC_SV, "invoice copy, disclaimer", cs="windows-1252", cte="qp")
M("sv", "", "Jessica Sandberg <jessica.sandberg@example.fi>", "Leveransadress order 5512",
  "Hej, kan ni ändra leveransadressen för order 5512 till min arbetsplats: Rådhusgatan 20, "
  "65100 Vasa? Jag är aldrig hemma dagtid.", "delivery address of one order")
M("sv", "", "Ann-Sofi Smeds <annsofi.smeds@example.fi>", "Sv: Din begäran",
  "Tack, då väntar jag på bilderna!\n\nAnn-Sofi",
  "thanks reply; quoted text mentions erasure/restriction",
  quote=("Från: Zoomi Kuvakaupat <tietosuoja@example.fi>\nSkickat: den 4 februari 2025 14:02",
         "Hej Ann-Sofi,\n\nvi har tagit emot din begäran om radering av dina uppgifter och "
         "begränsning av behandlingen under tiden. Vi raderar uppgifterna när din sista "
         "beställning har levererats.\n\nMed vänliga hälsningar\nZoomi Kuvakaupat"),
  qstyle="outlook")
M("sv", "", "Erik Nyholm <erik.nyholm@example.fi>", "dataskydd",
  "Har ni en dataskyddsbeskrivning som jag kan läsa innan vi bokar fotografering för vår "
  "förening?", "general privacy-policy question")
M("sv", "", "Pia Holmberg <pia.holmberg@example.fi>", "digitala bilder",
  "Kan jag få bilderna digitalt i stället för på papper? Vi har inte plats för fler "
  "fotoalbum :)", "digital photos instead of prints")
# =================================================================== ENGLISH
# ---- access
M("en", "a", "Daniel Price <daniel.price@example.com>", "Subject Access Request",
  "Dear Data Protection Officer,\n\nUnder Article 15 of the GDPR I request a copy of all "
  "personal data you hold about me, together with the purposes of processing, the "
  "recipients, the retention period and the source of the data.\n\nI can be identified by "
  "my customer number 100871 and this e-mail address.\n\nKind regards,\nDaniel Price" + DISC_EN,
  "formal SAR with disclaimer containing 'delete this message'", fmt="alt")
M("en", "a", "Olga Petrenko <olga.petrenko@example.fi>", "question about informations",
  "Hello, i want know which informations you are keeping about me and my kids. We are living "
  "in Vaasa since 2 year and kids was photographed in school and kindergarten. Thank you "
  "very much\nOlga", "non-native access incl. children")
M("en", "a", "Mark Evans <mark.evans@example.com>", "debt collector call",
  "I got a call from a debt collector about one of your invoices. Who exactly did you share "
  "my details with, and what did you give them?\n\nMark", "who was data shared with")
M("en", "a", "Rachel Moore <rachel.moore@example.com>", "Lovely photos + a question",
  "Hi team,\n\nJust wanted to say the family shoot last month turned out beautifully. My "
  "mother cried when she saw the big print, in a good way! The frame we ordered arrived "
  "quickly too. We'll definitely book again for Christmas.\n\nBest,\nRachel\n\nP.S. Could "
  "you also tell me what data you actually keep on file for me? Just curious, since I "
  "have ordered quite a lot over the years.", "access in PS", cs="windows-1252", cte="qp")

# ---- rectification
M("en", "r", "John Smith <john.smith@example.com>", "name spelling",
  "You have my name as Jon Smiht on the invoice and my account. It's John Smith. pls fix",
  "misspelled name")
M("en", "r", "Priya Nair <priya.nair@example.com>", "New address",
  "Hello,\n\nI've moved to Hietasaarenkatu 5 C 12, 65100 Vaasa. Please update the address "
  "on my customer account.\n\nThanks,\nPriya", "address update", fmt="html")
M("en", "r", "Tomasz Nowak <tomasz.nowak@example.com>", "Staff photo title",
  "Hi, my job title next to my staff photo in your system is outdated. It still says "
  "\"Nurse\" but I'm a Senior Nurse since January. Could you correct it? It goes to our "
  "hospital website from there.\n\nTomasz Nowak", "employee title correction")

# ---- erasure
M("en", "e", "kev <kevin.walsh@example.com>", "account", "delete my account pls" ,
  "short delete account")
M("en", "e", "Hannah Becker <hannah.becker@example.com>", "Photos of my daughter",
  "Hello,\n\nPlease erase all photos of my daughter Mia Becker (Kindergarten Tellus, October) "
  "from your servers. We never ordered any and do not want them kept.\n\nHannah Becker",
  "guardian erasure", cte="qp")
M("en", "e", "Liam O'Connor <liam.oconnor@example.com>", "Right to be forgotten",
  "Please remove all my personal information from your database. Right to be forgotten, "
  "GDPR art. 17.", "art. 17 request", cte="b64")
M("en", "e", "Aisha Khan <aisha.khan@example.com>", "passport photo",
  "Hi, I had my passport photo taken at your studio in May and the passport has arrived. "
  "I'd like the photo deleted from your systems now, there's no reason to keep it.\n\nAisha",
  "delete passport photo")

# ---- restriction
M("en", "s", "Robert Clarke <robert.clarke@example.com>", "Disputed debt",
  "I contest this debt - I never ordered the prints in question. Please put my data on hold "
  "and don't process it any further until this is resolved. Do not delete it either, I will "
  "need the order records.\n\nRobert Clarke", "restrict pending dispute")
M("en", "s", "Emily Watson <emily.watson@example.com>", "records",
  "Don't delete anything yet, I may need the records for a legal claim against my "
  "ex-partner, but stop using my data for anything else in the meantime.",
  "keep for legal claim, stop using", cs="iso-8859-1")

# ---- portability
M("en", "p", "Lukas Meyer <lukas.meyer@example.com>", "export?",
  "Can I export my order history and account data as JSON or CSV? Moving to another "
  "provider.", "export question")
M("en", "p", "Sophie Laurent <sophie.laurent@example.com>", "Data portability request (Art. 20)",
  "Dear Sir or Madam,\n\nPursuant to Article 20 GDPR, please transmit the personal data I "
  "have provided to you, in a structured, commonly used and machine-readable format, "
  "directly to Kuvapalvelu Example Oy (dpo@example.test).\n\nYours faithfully,\nSophie Laurent",
  "formal portability direct transmission", fmt="alt", cte="qp")

# ---- objection
M("en", "o", "Ben Carter <ben.carter@example.com>", "tracking",
  "I object to Google Analytics tracking on your web shop. Please stop tracking me.",
  "object to GA")
M("en", "o", "Grace Kim <grace.kim@example.com>", "my son's photo",
  "Hi,\n\nI withdraw my consent for you to use my son's photo in your advertising. Please "
  "confirm.\n\nGrace", "consent withdrawal photo use")
M("en", "o", "Ahmed Hassan <ahmed.hassan@example.fi>", "facebook",
  "i dont want my picture to be on your facebook page. i did not agree to that when i came "
  "for the staff photo. my employer maybe agree but not me", "object to publication, non-native")

# ---- marketing opt-out
M("en", "m", "Chris Young <chris.young@example.com>", "UNSUBSCRIBE", "", "all-caps subject only")
M("en", "m", "Natalie Brooks <natalie.brooks@example.com>", "texts",
  "Stop the marketing texts please. Every weekend I get one.", "stop SMS marketing")
M("en", "m", "Peter Lang <peter.lang@example.com>", "Re: Spring offers from Zoomi!",
  "Please take me off your mailing list, I get like three of these a week.\n\nPeter",
  "reply to newsletter; quoted newsletter mentions other things",
  quote=("On Tue, 11 Mar 2025 at 08:00, Zoomi Kuvakaupat <uutiset@example.fi> wrote:",
         "Spring offers! 20 % off all family portraits in April.\nBook now at Slotti.\n\n"
         "You receive this because you are a customer. To see what data we hold about you or "
         "to have it deleted, contact tietosuoja@example.fi. Unsubscribe: reply STOP."))

# ---- complaint
M("en", "c", "Laura Bennett <laura.bennett@example.com>", "GDPR violation",
  "This is a clear GDPR violation. You e-mailed my child's school photos to another parent "
  "by mistake. I expect an explanation.\n\nLaura Bennett", "accusation of GDPR violation")
M("en", "c", "Michael Roberts <michael.roberts@example.com>", "complaint",
  "How do I lodge a complaint with the Finnish data protection ombudsman about your company? "
  "Please provide the details.", "how to complain to DPA")

# ---- multi
M("en", "a+p", "Jessica Hall <jessica.hall@example.com>", "my data",
  "Hi, what personal data do you have about me? And could I get all of it as a CSV or JSON "
  "file so I can move it to another photo service?\n\nJessica", "access + portability")
M("en", "e+m", "Tom Fischer <tom.fischer@example.com>", "done with you",
  "Delete my account and stop sending me promotional emails. Thanks.", "erasure + opt-out")
M("en", "o+e", "Sarah Mitchell <sarah.mitchell@example.com>", "Photo of my daughter on your website",
  "Hello,\n\nA photo of my daughter is used on your website's front page. I no longer consent "
  "to this. Please remove the photo from the website and from your Instagram account as "
  "soon as possible.\n\nRegards,\nSarah Mitchell", "consent withdrawal + removal",
  fmt="html", cs="iso-8859-1")
M("en", "a+e+c", "Anonymous Customer <customer4471@example.test>", "Formal request",
  "To whom it may concern,\n\n1. Send me a copy of all personal data you hold about me.\n2. "
  "Then erase it.\n3. Note that I have already filed a complaint with the Data Protection "
  "Ombudsman about your handling of my previous e-mails.\n\nRegards", "numbered list: access, erasure, complaint")
M("en", "r+s", "Kate Wilson <kate.wilson@example.com>", "wrong data",
  "The date of birth and address you hold for me are wrong (someone else's?). Please correct "
  "them, and don't use my data for anything until it has been corrected.\n\nKate",
  "rectification + restriction meanwhile", cte="qp")
M("en", "o+m", "Paul Andersen <paul.andersen@example.com>", "profiling / newsletter",
  "Stop profiling me based on my purchases, and no more newsletters either.",
  "objection + opt-out")
M("en", "o+e", "Diego Romero <diego.romero@example.com>", "Debt collection",
  "I paid invoice 31005 on 2 June. Do not pass my data to the debt collector, and once the "
  "refund for the double payment is done, delete my data.\n\nDiego", "object to collection + erasure",
  cs="windows-1252")
M("en", "a+r", "Fiona Gallagher <fiona.gallagher@example.com>", "Re: Your order 60031",
  "Hi, what details do you have stored on me? The phone number on my profile is an old one too, "
  "please update it to the one in my signature.\n\nFiona\n+358 40 765 4321",
  "access + rectification; quoted text mentions unsubscribe",
  quote=("On 2 Apr 2025, at 12:10, Zoomi Kuvakaupat <asiakaspalvelu@example.fi> wrote:",
         "Your order 60031 has been shipped. To stop receiving marketing e-mails, click "
         "unsubscribe in any newsletter."))

# ---- near-misses (en)
M("en", "", "Olivia Turner <olivia.turner@example.com>", "cancel appointment",
  "Hi, I need to cancel my appointment on Friday at 3pm. Sorry for the short notice!",
  "booking cancellation")
M("en", "", "James Wright <james.wright@example.com>", "where is my order",
  "where is my order? it's been 3 weeks. order 60518", "order status")
M("en", "", "Claire Dubois <claire.dubois@example.com>", "Reprint",
  "Hello, I'd like to order 3 more copies of my son's school photo (code S4-7720), 13x18. "
  "Can I pay by card?", "reprint")
M("en", "", "Adam Novak <adam.novak@example.com>", "Complaint about print quality",
  "The prints I received are very dark and the colours are off. This is not acceptable "
  "quality for the price. I want a refund or new prints.", "product complaint")
M("en", "", "Sandra Lee <sandra.lee@example.com>", "invoice",
  "There is a wrong amount on my invoice - you charged 79 € but the price on your site was "
  "59 €. Please correct the invoice.", "wrong invoice amount", cs="windows-1252")
M("en", "", "Victor Chen <victor.chen@example.com>", "passport photo code",
  "The passport photo code doesn't work on the police website. It says photo not found.",
  "passport code problem")
M("en", "", "Nora Svensson <nora.svensson@example.com>", "can't log in",
  "I can't log in to the gallery to see my kids' photos. The link says expired.",
  "gallery login help", fmt="html")
M("en", "", "Isabel Garcia <isabel.garcia@example.com>", "retouch",
  "Could you remove the red eye and the stain on my shirt before printing? Thank you!",
  "retouch ('remove')")
M("en", "", "Oliver Grant <oliver.grant@example.com>", "prices",
  "How much do you charge for a passport photo and for a family session?", "price question")
M("en", "", "Megan Ross <megan.ross@example.com>", "Duplicate order",
  "Please delete order 58003, it's a duplicate of 58002. I only want one set.",
  "delete duplicate order")
M("en", "", "Northwind Ltd Accounts <accounts@example.com>", "Invoice copy",
  "Hello,\n\nCould you send us a copy of invoice 20912 for our records?\n\nAccounts Payable"
  + DISC_EN, "invoice copy with disclaimer")
M("en", "", "Ella Hughes <ella.hughes@example.com>", "discount code",
  "The discount code in your newsletter isn't working at checkout. Is it still valid?",
  "newsletter content question")
M("en", "", "Mia Thompson <mia.thompson@example.com>", "Re: Your data request",
  "Thanks, got the photos!\n\nMia",
  "thanks; quoted text mentions access and erasure",
  quote=("On Mon, 3 Feb 2025 at 09:15, Zoomi Kuvakaupat <tietosuoja@example.fi> wrote:",
         "Dear Mia,\n\nAs requested, attached is a copy of the personal data we hold about "
         "you. Your account will be deleted and your marketing consent withdrawn once your "
         "last order has been delivered.\n\nBest regards,\nZoomi Kuvakaupat"))
M("en", "", "Lucas Martin <lucas.martin@example.com>", "privacy policy in English?",
  "Do you have your privacy policy in English? I'd like to read it before booking a "
  "session for my family.", "general privacy-policy question")
# =================================================================== AUTOMATED
AUTO_H = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
BULK_H = lambda lid, unsub: {"List-Id": lid, "List-Unsubscribe": unsub, "Precedence": "bulk"}


def A(lang, frm, subj, body, note, headers=None, **kw):
    M(lang, "", frm, subj, body, note, auto=True, headers=headers or {}, **kw)


# ---- Finnish
A("fi", "Kaisa Rantanen <kaisa.rantanen@example.fi>", "Automaattinen vastaus: Koulukuvaus 12.9.",
  "Hei,\n\nolen vuosilomalla 28.7. asti enkä lue sähköpostiani. Kiireellisissä asioissa "
  "ota yhteyttä koulusihteeriin, puh. 040 000 0000.\n\nKaisa Rantanen\nrehtori",
  "OOO with auto headers", headers=AUTO_H)
A("fi", "Timo Kangas <timo.kangas@example.fi>", "Poissa toimistolta",
  "Olen lomalla 15.7. asti. Viestisi on vastaanotettu mutta sitä ei välitetä eteenpäin. "
  "Jos asiasi koskee henkilötietojen poistoa tai tietopyyntöä, ota yhteyttä "
  "tietosuojavastaavaamme.\n\nTimo", "OOO without auto headers, mentions erasure/access words")
A("fi", "Päiväkoti Satakieli <satakieli@example.fi>", "Automaattinen vastaus: Re: Kuvauspäivä",
  "Kiitos viestistäsi! Päiväkodin toimisto on suljettu kesäajan 1.7.–4.8. Vastaamme "
  "viestiisi loman jälkeen.", "OOO with headers, quoted original stripped",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, cs="iso-8859-1",
  cte="qp")
A("fi", "Kuvatarvike Uutiset <uutiskirje@example.fi>", "Syksyn uutuudet ja tarjoukset ammattilaisille",
  "Hei kuvaaja!\n\nSyksyn uutuusobjektiivit ja taustakankaat nyt -15 %.\n\nTarjous voimassa "
  "30.9. asti.\n\nEt halua enää uutiskirjettä? Peruuta tilaus tästä: "
  "https://uutiset.example.fi/peruuta\nTietosuojaseloste: https://uutiset.example.fi/tietosuoja",
  "supplier newsletter with unsubscribe footer",
  headers=BULK_H("<uutiset.kuvatarvike.example.fi>", "<https://uutiset.example.fi/peruuta>"),
  fmt="alt")
A("fi", "Slotti <noreply@example.fi>", "Uusi varaus: Passikuva 14.5. klo 10:30",
  "Uusi varaus on tehty.\n\nPalvelu: Passikuva\nAika: 14.5. klo 10:30\nAsiakas: M. Virtanen\n\n"
  "Tämä on automaattinen viesti, älä vastaa tähän viestiin.", "booking system notification",
  headers={"Auto-Submitted": "auto-generated"})
A("fi", "OK-perintä <ei-vastausta@example.fi>", "Toimeksianto vastaanotettu 2025-0412",
  "Toimeksiantonne on vastaanotettu ja kirjattu perintäjärjestelmään.\n\nVelallisen tiedot "
  "käsitellään tietosuojaselosteemme mukaisesti. Velallisella on oikeus tarkastaa tietonsa.\n\n"
  "Tämä viesti on lähetetty automaattisesti.", "debt collector system notification",
  cs="iso-8859-1", cte="b64")
A("fi", "Poliisin lupapalvelu <noreply@example.fi>", "Kuvansiirto onnistui",
  "Kuva on tallennettu lupapalvelun kuvapalvelimelle.\nKuvan tunniste: 7HX2-99KL\n"
  "Kuva säilytetään kuvapalvelimella 6 kuukautta, jonka jälkeen se poistetaan "
  "automaattisesti.", "police photo server notification", headers={"Precedence": "bulk"})
A("fi", "Jukka Suominen <jukka.suominen@example.fi>", "Automaattinen vastaus: Poistakaa tietoni",
  "Kiitos viestistäsi. Olen koulutuksessa 3.–5.6. ja luen sähköpostia satunnaisesti.\n\n"
  "Jukka", "OOO whose subject echoes a DSR subject", headers={"Auto-Submitted": "auto-replied"})

# ---- Swedish
A("sv", "Malin Öst <malin.ost@example.fi>", "Frånvaro: Skolfotografering",
  "Hej! Jag är på semester till och med 10.8. och läser inte min e-post. Brådskande ärenden: "
  "kontakta skolans kansli.\n\nMalin Öst", "OOO with headers", headers=AUTO_H, cs="iso-8859-1")
A("sv", "Jonas Kvist <jonas.kvist@example.fi>", "Ej på kontoret",
  "Jag är föräldraledig och kommer inte att läsa e-post. Din begäran om registerutdrag eller "
  "radering vidarebefordras inte. Kontakta i stället växeln.\n\nJonas",
  "OOO without headers, mentions DSR words")
A("sv", "Korsholms kommun <registrator@example.fi>", "Automatiskt svar: Personalfoton",
  "Tack för ditt meddelande. Det har registrerats och behandlas av registratorskontoret. "
  "Svar inom fem arbetsdagar.", "municipal auto-acknowledgement",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, fmt="html")
A("sv", "Fotoförbundet <nyhetsbrev@example.se>", "Nyhetsbrev mars: Nya regler för passfoton",
  "Nyhetsbrev för fotografer\n\n- Nya krav på passfoton från 1.5.\n- Kurs i retusch i "
  "april\n\nVill du inte längre få nyhetsbrevet? Avregistrera dig här: "
  "https://nyhet.example.se/avreg\nVi behandlar dina personuppgifter enligt GDPR.",
  "association newsletter with avregistrera footer",
  headers=BULK_H("Fotoforbundet <nyhet.example.se>", "<mailto:avreg@example.se>"), fmt="alt",
  cte="qp")
A("sv", "Verifone <no-reply@example.se>", "Kvitto på din transaktion",
  "Kvitto\nBelopp: 45,00 EUR\nKort: **** 4412\nHandlare: Zoomi Kuvakaupat\n\nDetta är ett "
  "automatiskt meddelande. Svara inte på detta mejl.", "payment receipt notification",
  headers={"Auto-Submitted": "auto-generated"})
A("sv", "Kundtjänst Exempel <support@example.se>", "[Ärende #88213] Vi har tagit emot ditt meddelande",
  "Hej,\n\nTack för att du kontaktade oss. Ditt ärende har fått nummer #88213. Vi svarar "
  "normalt inom två arbetsdagar.\n\nDetta är ett automatiskt svar.", "ticket auto-ack",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})
A("sv", "Vasa Företagarförening <info@example.fi>", "Veckobrev v. 14",
  "Veckans evenemang:\n- Frukostmöte tisdag\n- Skolning om GDPR och kundregister torsdag\n\n"
  "Sluta prenumerera: https://vff.example.fi/unsub", "association weekly mailing",
  headers=BULK_H("<veckobrev.vff.example.fi>", "<https://vff.example.fi/unsub>"),
  cs="windows-1252")

# ---- English
A("en", "Mail Delivery Subsystem <mailer-daemon@example.fi>", "Undelivered Mail Returned to Sender",
  "This is the mail system at host mx1.example.fi.\n\nI'm sorry to have to inform you that "
  "your message could not be delivered to one or more recipients.\n\n"
  "<old.address@example.com>: host mx.example.com said: 550 5.1.1 User unknown",
  "bounce multipart/report with original request attached",
  bounce=dict(rcpt="old.address@example.com", status="5.1.1",
              diag="smtp; 550 5.1.1 User unknown",
              orig_subj="Vahvistus: tietojenne poisto",
              orig_body="Hei,\n\nolemme poistaneet tietonne pyyntönne mukaisesti ja lopettaneet "
                        "markkinointiviestit.\n\nZoomi Kuvakaupat"))
A("en", "MAILER-DAEMON <postmaster@example.fi>", "Delivery Status Notification (Failure)",
  "Delivery to the following recipient failed permanently:\n\n    "
  "maija.virtanen@example.test\n\nReason: mailbox full", "bounce, rfc822-headers only",
  bounce=dict(rcpt="maija.virtanen@example.test", status="5.2.2",
              diag="smtp; 552 5.2.2 Mailbox full", orig_subj="Your data access request",
              orig_body=None))
A("en", "Mail Delivery System <mailer-daemon@example.com>", "Delivery Status Notification (Delay)",
  "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING "
  "MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following "
  "recipients has been delayed:\n\n     lars@example.se",
  "delay DSN", bounce=dict(rcpt="lars@example.se", status="4.4.7", action="delayed",
                           diag="smtp; 451 4.4.7 Timeout", orig_subj="Re: Radera mitt konto",
                           orig_body="Hej Lars,\n\nditt konto har raderats.\n\nZoomi"))
A("en", "Sarah Jones <sarah.jones@example.com>", "Automatic reply: Your subject access request",
  "Thank you for your email. I am out of the office until Monday 14 April with limited access "
  "to email. For urgent matters please contact reception.\n\nSarah", "OOO with headers",
  headers={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent"})
A("en", "David Miller <david.miller@example.com>", "Out of Office",
  "I'm currently on leave and will not be checking email. If you want to unsubscribe or "
  "have your data deleted please write to privacy@example.com instead.\n\nDavid",
  "OOO without auto headers, mentions unsubscribe/delete")
A("en", "Google Analytics <analytics-noreply@example.com>", "Your monthly Analytics report",
  "Here is your monthly summary for zoomi-shop.\n\nUsers: 4,211\nSessions: 6,930\n\nManage "
  "email preferences or unsubscribe: https://analytics.example.com/prefs",
  "analytics report notification",
  headers={"Precedence": "bulk", "List-Unsubscribe": "<https://analytics.example.com/unsub>"},
  fmt="html")
A("en", "Verifone Settlements <noreply@example.com>", "Daily settlement report 2025-03-18",
  "Daily settlement report\nMerchant: Zoomi Kuvakaupat Oy\nTotal: 1,244.50 EUR\n\nThis is an "
  "automated message. Please do not reply.", "payment provider notification",
  headers={"Auto-Submitted": "auto-generated"}, cte="b64")
A("en", "Photo Industry Weekly <news@example.com>", "This week: AI retouching and GDPR for studios",
  "PHOTO INDUSTRY WEEKLY\n\n* How studios should handle right to erasure requests\n* New "
  "AI retouch tools compared\n\nYou are receiving this because you subscribed. Unsubscribe "
  "| Update preferences", "trade newsletter mentioning erasure",
  headers=BULK_H("Photo Industry Weekly <weekly.example.com>",
                 "<mailto:unsubscribe@example.com?subject=unsubscribe>, <https://example.com/u>"),
  fmt="alt", cte="qp")
A("en", "Helpdesk <no-reply@example.test>", "Ticket received: [#55102] Delete my account",
  "We have received your request and a ticket has been created. Our team will get back to "
  "you shortly.\n\n-- This is an automated response --", "ticket auto-ack echoing DSR subject",
  headers={"Auto-Submitted": "auto-replied"})
A("en", "Security Alerts <noreply@example.com>", "New sign-in to your account",
  "We noticed a new sign-in to your Business Central account from Windows, Vaasa, Finland. "
  "If this was you, you can ignore this message.", "security notification, no auto headers")


# =================================================================== BUILDER
def enc_header(text, cs):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        try:
            text.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return Header(text, cs).encode()


def enc_addr(frm, cs):
    name, _, addr = frm.rpartition("<")
    name = name.strip()
    addr = "<" + addr
    if not name:
        return addr
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()"):
            name = '"%s"' % name
        return "%s %s" % (name, addr)
    except UnicodeEncodeError:
        return "%s %s" % (enc_header(name, cs), addr)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, quote=None):
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in paras if p.strip())
    if quote:
        attr, qtext = quote
        qb = "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in qtext.split("\n\n"))
        body += ('<div class="gmail_quote"><div>%s</div><blockquote style="margin:0 0 0 .8ex;'
                 'border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>\n'
                 % (esc(attr).replace("\n", "<br>"), qb))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body style="font-family:Calibri,Arial,sans-serif">\n%s</body></html>\n' % body)


def plain_with_quote(text, quote, style):
    if not quote:
        return text
    attr, qtext = quote
    if style == "outlook":
        return (text + "\n\n________________________________\n" + attr + "\n\n" + qtext)
    return text + "\n\n" + attr + "\n" + "\n".join("> " + l if l else ">" for l in qtext.split("\n"))


def encode_part(ctype, text, cs, cte):
    try:
        raw = text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
        raw = text.encode(cs)
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        cte_name = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(raw).decode("ascii")
        cte_name = "base64"
    else:
        payload = raw
        cte_name = "7bit" if all(b < 128 for b in raw) else "8bit"
    head = "Content-Type: %s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n" % (
        ctype, cs, cte_name)
    if isinstance(payload, str):
        payload = payload.encode("ascii")
    payload = payload.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not payload.endswith(b"\r\n"):
        payload += b"\r\n"
    return head.encode("ascii"), payload


def bounce_parts(m, rnd, date_s, boundary):
    b = m["bounce"]
    text = m["body"]
    th, tp = encode_part("text/plain", text, "us-ascii", "8bit")
    action = b.get("action", "failed")
    dsn = ("Reporting-MTA: dns; mx1.example.fi\r\nArrival-Date: %s\r\n\r\n"
           "Final-Recipient: rfc822; %s\r\nOriginal-Recipient: rfc822;%s\r\nAction: %s\r\n"
           "Status: %s\r\nDiagnostic-Code: %s\r\n" % (date_s, b["rcpt"], b["rcpt"], action,
                                                      b["status"], b["diag"]))
    orig_h = ("From: Zoomi Kuvakaupat <tietosuoja@example.fi>\r\nTo: <%s>\r\nSubject: %s\r\n"
              "Date: %s\r\nMessage-ID: <%08x.orig@example.fi>\r\nMIME-Version: 1.0\r\n"
              % (b["rcpt"], enc_header(b["orig_subj"], "utf-8"), date_s, rnd.getrandbits(32)))
    parts = [th + b"\r\n" + tp,
             b"Content-Type: message/delivery-status\r\n\r\n" + dsn.encode("ascii")]
    if b.get("orig_body"):
        oh, op = encode_part("text/plain", b["orig_body"], "utf-8", "qp")
        parts.append(b"Content-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n"
                     + orig_h.encode("ascii") + oh + b"\r\n" + op)
    else:
        parts.append(b"Content-Type: text/rfc822-headers\r\n\r\n" + orig_h.encode("ascii"))
    out = b""
    for p in parts:
        out += ("--%s\r\n" % boundary).encode("ascii") + p + b"\r\n"
    out += ("--%s--\r\n" % boundary).encode("ascii")
    return out


MAILERS = [None, None, "Microsoft Outlook 16.0", "iPhone Mail (21E236)", None,
           "Mozilla Thunderbird", "Android Gmail", None, "Roundcube Webmail/1.6.6"]


def build(m, rnd):
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "8bit")
    fmt = m.get("fmt", "plain")
    start = dt.datetime(2024, 9, 2, 7, 0)
    when = start + dt.timedelta(minutes=rnd.randrange(0, 300 * 24 * 60))
    off = 3 if 4 <= when.month <= 10 else 2
    when = when.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))
    date_s = format_datetime(when)
    addr = m["frm"].rpartition("<")[2].rstrip(">")
    host = addr.split("@")[1]
    h = []
    h.append("Return-Path: <%s>" % addr)
    h.append("From: %s" % enc_addr(m["frm"], cs))
    h.append("To: %s" % TO)
    if m["subj"] or rnd.random() < 0.5:
        h.append("Subject: %s" % enc_header(m["subj"], cs))
    h.append("Date: %s" % date_s)
    h.append("Message-ID: <%012x.%d@%s>" % (rnd.getrandbits(48), rnd.randrange(1000, 9999), host))
    if m.get("quote"):
        ref = "<%010x@example.fi>" % rnd.getrandbits(40)
        h.append("In-Reply-To: %s" % ref)
        h.append("References: %s" % ref)
    mailer = rnd.choice(MAILERS)
    if mailer and not m["auto"]:
        h.append("X-Mailer: %s" % mailer)
    for k, v in m.get("headers", {}).items():
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    boundary = "=_b7_%010x" % rnd.getrandbits(40)
    if m.get("bounce"):
        h.append('Content-Type: multipart/report; report-type=delivery-status; boundary="%s"'
                 % boundary)
        h.append("Auto-Submitted: auto-replied")
        return ("\r\n".join(h) + "\r\n\r\n").encode("ascii") + bounce_parts(m, rnd, date_s, boundary)
    text = m["body"]
    quote = m.get("quote")
    if fmt == "plain":
        ph, pp = encode_part("text/plain", plain_with_quote(text, quote, m.get("qstyle")), cs, cte)
        return ("\r\n".join(h) + "\r\n").encode("ascii") + ph + b"\r\n" + pp
    html = to_html(text, quote)
    if cs != "utf-8":
        html = html.replace("charset=utf-8", "charset=" + cs)
    if fmt == "html":
        hh, hp = encode_part("text/html", html, cs, cte if cte != "8bit" else "qp")
        return ("\r\n".join(h) + "\r\n").encode("ascii") + hh + b"\r\n" + hp
    # multipart/alternative
    h.append('Content-Type: multipart/alternative; boundary="%s"' % boundary)
    ph, pp = encode_part("text/plain", plain_with_quote(text, quote, m.get("qstyle")), cs, cte)
    hh, hp = encode_part("text/html", html, cs, "qp" if cte != "b64" else "b64")
    out = ("\r\n".join(h) + "\r\n\r\n").encode("ascii")
    out += b"This is a multi-part message in MIME format.\r\n\r\n"
    for ph_, pp_ in ((ph, pp), (hh, hp)):
        out += ("--%s\r\n" % boundary).encode("ascii") + ph_ + b"\r\n" + pp_
    out += ("--%s--\r\n" % boundary).encode("ascii")
    return out


def main():
    rnd = random.Random(20250707)
    assert len(MSGS) == 200, len(MSGS)
    idx = list(range(len(MSGS)))
    rnd.shuffle(idx)
    rows = []
    for n, i in enumerate(idx, 1):
        m = MSGS[i]
        name = "m%03d.eml" % n
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(build(m, rnd))
        kinds = "+".join(k for k in ORDER if k in m["kinds"])
        rows.append([name, kinds, m["lang"], "true" if m["auto"] else "false", m["note"]])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "kinds", "language", "automated", "note"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
