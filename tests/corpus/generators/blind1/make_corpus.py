#!/usr/bin/env python3
"""Write the blind evaluation corpus (.eml files + labels.csv) from the list below.

Run: python3 tests/corpus_blind/make_corpus.py   (writes next to this script)
"""
from __future__ import annotations

import base64
import csv
import html
import quopri
from email.header import Header
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]

MSGS: list[dict] = []


def M(id, lang, kinds, note, frm, subject, body="", *, to="tietosuoja@example.fi",
      name="", fmt="plain", cte="8bit", charset="utf-8", auto=False, headers=None,
      html_body=None, date=None, raw=None):
    MSGS.append(dict(id=id, lang=lang, kinds=kinds, note=note, frm=frm, name=name,
                     subject=subject, body=body, to=to, fmt=fmt, cte=cte,
                     charset=charset, auto=auto, headers=headers or {},
                     html_body=html_body, date=date, raw=raw))


CS = "asiakaspalvelu@example.fi"

# ----------------------------------------------------------------- Finnish
M("fi01", "fi", "access", "plain access, informal", "minna.laaksonen@example.fi",
  "Tietoja minusta",
  "Hei,\n\nhaluaisin tietää, mitä kaikkea teillä on minusta tallessa. Olen tilannut "
  "teiltä joskus passikuvat ja lasten koulukuvia useampana vuonna.\n\nt. Minna Laaksonen",
  name="Minna Laaksonen")
M("fi02", "fi", "erasure", "colloquial erasure", "jonne.k@example.fi", "mun tiedot pois",
  "moi, voitteko poistaa kaikki mun tiedot teidän järjestelmistä? en oo enää teidän "
  "asiakas eikä oo tarvetta. kiitos", to=CS)
M("fi03", "fi", "rectification", "guardian, child name wrong, no diacritics",
  "jukka.heikkila@example.fi", "Koulukuvatilaus - nimi vaarin",
  "Hei!\n\nTyttareni nimi on kirjoitettu vaarin koulukuvatilauksessa ja kuvien "
  "taustapahvissa. Pitaisi olla Aino-Maria Heikkila eika Aino Maria Heikila. "
  "Korjaisitteko sen teidan rekisteriin ettei ensi vuonna tule sama virhe.\n\n"
  "Terveisin\nJukka Heikkila", to=CS)
M("fi04", "fi", "marketing_opt_out", "ALL CAPS angry opt-out", "pirjo.salo@example.fi",
  "MAINOKSET LOPPUU NYT",
  "LOPETTAKAA NÄIDEN MAINOSVIESTIEN LÄHETTÄMINEN MULLE!!! OLEN PYYTÄNYT TÄTÄ JO "
  "KAHDESTI. EN OLE IKINÄ PYYTÄNYT MITÄÄN TEIDÄN TARJOUKSIANNE.", to=CS)
M("fi05", "fi", "", "near-miss: cancel order", "sanna.virta@example.fi", "Tilaus 48213",
  "Hei, tein eilen tilauksen 48213 ja valitsin vahingossa väärän kuvakoon (20x30 kun "
  "piti olla 13x18). Voitteko poistaa tilauksen niin teen uuden?\n\nSanna", to=CS)
M("fi06", "fi", "", "near-miss: move booking", "t.nieminen@example.fi", "Ajan siirto",
  "Moi, olisiko mahdollista siirtää passikuva-aika keskiviikolta torstaille? Varasin "
  "sen Slotin kautta mutta en löydä sieltä muutosmahdollisuutta.\n-Tommi", to=CS)
M("fi07", "fi", "", "near-miss: gallery login", "kaisa.ranta@example.fi",
  "En pääse galleriaan",
  "Hei, en pääse kirjautumaan kuvagalleriaan, kirjautumiskoodi ei kelpaa. Lapsen "
  "koulukuvat pitäisi tilata perjantaihin mennessä. Auttakaa!", to=CS)
M("fi08", "fi", "access+erasure", "access then erasure", "olli.mattila@example.fi",
  "Henkilötiedot",
  "Hyvä vastaanottaja\n\nLähettäkää minulle ensin selvitys siitä, mitä henkilötietoja "
  "olette minusta keränneet ja mihin niitä käytätte. Kun olen saanut selvityksen, "
  "poistakaa tiedot kokonaan.\n\nYstävällisin terveisin\nOlli Mattila",
  name="Olli Mattila")
M("fi09", "fi", "erasure+objection", "guardian, consent withdrawal + remove photo from website",
  "hanna.koskinen@example.fi", "Poikani kuva nettisivuillanne",
  "Hei\n\nHuomasin, että poikani Vilin kuva on teidän nettisivujen etusivulla "
  "(päiväkotikuvaus syksyllä). Emme ole antaneet lupaa sen käyttöön mainoksena, tai "
  "jos joku lomake on allekirjoitettu niin perun luvan nyt. Ottakaa kuva pois sivuilta "
  "heti.\n\nHanna Koskinen")
M("fi10", "fi", "access+complaint", "follow-up, access + DPA complaint",
  "reijo.lehto@example.fi", "Vastaus tietopyyntöön puuttuu edelleen",
  "Lähetin teille 3.1. pyynnön saada tietää, mitä tietoja minusta on tallennettu. "
  "Vastausta ei ole kuulunut. Lähettäkää ne tiedot nyt heti. Teen joka tapauksessa "
  "kantelun tietosuojavaltuutetulle, koska määräaika on mennyt umpeen.\n\nReijo Lehto")
M("fi11", "fi", "portability", "portability to another studio", "elina.h@example.fi",
  "Tilaushistoria tiedostona",
  "Hei, saisinko kaikki tilaushistoriani ja asiakastietoni jossain koneluettavassa "
  "muodossa, esim. csv-tiedostona? Siirryn toiseen kuvaamoon ja haluaisin viedä tiedot "
  "sinne.\n\nElina", to=CS)
M("fi12", "fi", "restriction", "disputed debt, freeze data", "marko.aho@example.fi",
  "Kiistetty lasku / perintä",
  "Hei,\n\nkiistän laskun 2025-3391, en ole tilannut kyseisiä kuvia. Jäädyttäkää "
  "tietoni ja älkää siirtäkö niitä perintätoimistolle ennen kuin asia on selvitetty. "
  "Tietoja ei saa käyttää mihinkään ennen sitä.\n\nMarko Aho")
M("fi13", "fi", "marketing_opt_out", "subject only, empty body", "anneli.p@example.fi",
  "Suoramarkkinointikielto", "")
M("fi14", "fi", "access", "subject only, empty body", "v.saarinen@example.fi",
  "Pyyntö: omat henkilötiedot nähtäväksi", "")
M("fi15", "fi", "", "near-miss: product complaint (reklamaatio)", "tiina.m@example.fi",
  "Reklamaatio koulukuvista",
  "Hei. Koulukuvat tulivat eilen, mutta kuvat ovat rakeisia ja värit aivan pielessä, "
  "poika näyttää ihan vihreältä. Tämä on reklamaatio: haluan uudet vedokset tai rahat "
  "takaisin.\n\nTiina Mäkinen", to=CS)
M("fi16", "fi", "", "near-miss: wrong invoice amount", "p.jokinen@example.fi",
  "Lasku väärin",
  "Laskussa on väärä summa. Tilasin vain yhden kuvapaketin (39 €), mutta laskussa on "
  "kaksi. Lähettäkää korjattu lasku.\nPetri Jokinen", to=CS)
M("fi17", "fi", "rectification", "surname change after marriage", "laura.virtanen@example.fi",
  "Nimenmuutos",
  "Hei!\n\nMenin kesällä naimisiin ja sukunimeni on nyt Virtanen (aiemmin Mäkelä). "
  "Laskut ja uutiskirjeet tulevat vielä vanhalla nimellä, voisitteko päivittää "
  "asiakastietoni?\n\nKiitos, Laura Virtanen", to=CS)
M("fi18", "fi", "marketing_opt_out", "opt-out hidden in long order message",
  "seppo.rantanen@example.fi", "Tilaus 51002 ja kehykset",
  "Hei,\n\ntilasin viime viikolla lapsenlapsen ylioppilaskuvat (tilaus 51002) ja "
  "valitsin toimitustavaksi noudon liikkeestä. Voisinko vielä lisätä tilaukseen kaksi "
  "mustaa kehystä, kokoa 18x24? Maksan ne sitten noutaessa. Kuvat ovat lahja, joten "
  "olisi tärkeää saada ne ennen 12.6.\n\nJa toinen asia: en halua enää teidän "
  "mainossähköposteja, niitä tulee liian usein. Tilaukseen liittyvät viestit saa "
  "tietysti lähettää.\n\nTerveisin Seppo Rantanen\n040 123 4567", to=CS)
M("fi19", "fi", "erasure", "reply; new text erasure, quoted order confirmation",
  "katja.lindqvist@example.fi", "Re: Tilausvahvistus 49987",
  "Kiitos, mutta haluan silti että käyttäjätilini ja sen tiedot poistetaan teidän "
  "verkkokaupasta. En aio tilata enää.\n\nKatja\n\n"
  "Zoomi Kuvakaupat kirjoitti 14.2.2026 klo 9.12:\n"
  "> Hei Katja,\n> tilauksesi 49987 on lähetetty Postin kautta.\n"
  "> Seuraa lähetystä linkistä.\n>\n> Etkö halua uutiskirjettä? Peruuta tilaus tästä.\n"
  "> Zoomi Kuvakaupat Oy, Vaasa", to=CS)
M("fi20", "fi", "", "near-miss: staff photos; GDPR/confidential disclaimer",
  "hr@example.fi", "Henkilökuvat / valmistumisaika",
  "Hei,\n\nmilloin viime viikolla otetut henkilöstökuvat ovat valmiina? Tarvitsemme "
  "ne intranetiin kuun loppuun mennessä.\n\nYstävällisin terveisin\nSatu Rönkkö\n"
  "Henkilöstöasiantuntija, Vaasan kaupunki\n\n"
  "Tämä viesti voi sisältää luottamuksellista tietoa. Jos et ole viestin oikea "
  "vastaanottaja, ilmoita siitä lähettäjälle ja poista viesti. Käsittelemme "
  "henkilötietoja tietosuoja-asetuksen (GDPR) mukaisesti.", to=CS)
M("fi21", "fi", "objection", "objection to Google Analytics", "ville.huttunen@example.fi",
  "Seuranta verkkokaupassa",
  "En halua, että selaamistani seurataan Google Analyticsilla teidän verkkokaupassa. "
  "Kieltäydyn kaikesta analytiikasta ja seurannasta minun osalta.\n\nVille H.")
M("fi22", "fi", "marketing_opt_out", "SMS ads one-liner, no diacritics",
  "0401234567@example.fi", "tekstarit",
  "ei enaa tekstiviesteja tarjouksista kiitos", to=CS)
M("fi23", "fi", "access+marketing_opt_out", "where did you get my number + stop sales calls",
  "raija.oksanen@example.fi", "Puhelinmyynti",
  "Hei\n\nMistä olette saaneet puhelinnumeroni? Teiltä soitettiin eilen ja myytiin "
  "perhekuvausta, vaikka en ole ikinä ollut asiakkaanne. Älkää soittako enää "
  "myyntipuheluita.\n\nRaija Oksanen")
M("fi24", "fi", "access", "guardian access about child", "maija.korhonen@example.fi",
  "Lapseni tiedot",
  "Hei,\n\nolen 8-vuotiaan Eetu Korhosen äiti. Haluaisin nähdä, mitä tietoja hänestä "
  "on tallennettu Gerby skolan koulukuvauksen yhteydessä, ja onko niitä annettu "
  "koululle.\n\nMaija Korhonen")
M("fi25", "fi", "", "near-miss: copy of a photo", "antti.laine@example.fi",
  "Luokkakuva 2024",
  "Saisinko vielä kopion viime vuoden luokkakuvasta? Tiedosto hävisi koneelta kun "
  "vaihdoin läppäriä. Maksan mielelläni.", to=CS)
M("fi26", "fi", "", "near-miss: passport photo code", "leena.ahonen@example.fi",
  "passikuvan koodi",
  "Passikuvan kuvakoodi ei näy poliisin sähköisessä palvelussa, hakemus on jumissa. "
  "Kuva otettiin teillä maanantaina. Mitä teen?", to=CS)
M("fi27", "fi", "erasure", "HTML only, formal erasure", "eeva.tuominen@example.fi",
  "Henkilötietojeni poistaminen",
  "Hyvä vastaanottaja,\n\npyydän, että kaikki henkilötietoni ja minusta otetut "
  "valokuvat poistetaan rekistereistänne. Asiakkuuteni on päättynyt, enkä halua että "
  "tietojani säilytetään.\n\nYstävällisin terveisin\nEeva Tuominen",
  fmt="html", name="Eeva Tuominen")
M("fi28", "fi", "access+marketing_opt_out", "slang, access + stop ads",
  "niko99@example.fi", "moi",
  "moi! haluun nähä mitä teil on must tallessa ja sit et lopetatte ne mainosmeilit, "
  "niit tulee joka viikko. pliis", to=CS)
M("fi29", "fi", "objection", "object to disclosure to debt collector",
  "hannu.saari@example.fi", "Perintä",
  "Vastustan sitä, että tietojani luovutetaan OK-perinnälle. Lasku on jo maksettu "
  "eräpäivänä, kuitti liitteenä.\n\nHannu Saari")
M("fi30", "fi", "rectification", "new email address", "liisa.k@example.fi",
  "Uusi sähköposti",
  "Hei, sähköpostiosoitteeni on vaihtunut, uusi on liisa.k@example.fi. Vanhaan "
  "(liisa.koivisto@example.com) en pääse enää. Vaihtakaa se asiakastietoihin.\nLiisa",
  to=CS, cte="qp")
M("fi31", "fi", "", "near-miss: question about newsletter content",
  "mari.aalto@example.fi", "Uutiskirjeen tarjous",
  "Hei! Uutiskirjeessä mainittiin -20 % alennus perhekuvauksista. Koskeeko se myös "
  "lahjakortteja?", to=CS)
M("fi32", "fi", "", "near-miss: price question", "jaakko.r@example.fi", "passikuva hinta",
  "Paljonko maksaa passikuva ja saako sen samana päivänä?", to=CS)
M("fi33", "fi", "complaint", "accusation of GDPR breach", "sari.heino@example.fi",
  "Lapseni kuvat väärälle perheelle",
  "Te olette rikkoneet tietosuoja-asetusta, kun lähetitte lapseni koulukuvat ja nimen "
  "toiselle perheelle! Naapuri toi kuoren meille. Tämä on todella vakavaa ja vaadin "
  "selvityksen siitä, miten tämä on voinut tapahtua.\n\nSari Heino")
M("fi34", "fi", "restriction", "do not delete yet, need for dispute",
  "jari.koivu@example.fi", "Älkää poistako vielä",
  "Hei,\n\npyysin viime viikolla tietojeni poistamista, mutta älkää vielä poistako "
  "mitään: tarvitsen laskut ja kuittaukset todisteeksi riita-asiassa entisen "
  "yhtiökumppanin kanssa. Pitäkää tiedot tallessa, mutta älkää käyttäkö niitä "
  "mihinkään muuhun.\n\nJari Koivu")
M("fi35", "fi", "erasure+marketing_opt_out", "ISO-8859-1 QP, list + account",
  "tapio.vaara@example.fi", "Postituslista ja tili",
  "Poistakaa minut postituslistaltanne ja samalla koko asiakastilini tietoineen. "
  "En käytä palveluanne enää.\n\nTapio Vaara", charset="iso-8859-1", cte="qp")
M("fi36", "fi", "", "near-miss: cancel order colloquial", "emmi.s@example.fi",
  "tuplatilaus",
  "peruuta tilaus 55120 pliis, tuli vahingos tuplana. toinen (55119) saa jäädä", to=CS)
M("fi37", "fi", "", "near-miss: invoice copy", "kirjanpito@example.fi",
  "Laskukopio",
  "Hei, tarvitsisimme kopion laskusta 2024-1182 kirjanpitoa varten. Alkuperäinen on "
  "kadonnut.\n\nTerveisin\nTilitoimisto Laskuri", to=CS)
M("fi38", "fi", "objection", "stop using my photo in ads (no removal asked)",
  "johanna.peltonen@example.fi", "Kuvani Facebook-mainoksessa",
  "Hei. Näin kuvani teidän Facebook-mainoksessa. Kuvauksessa puhuttiin vain "
  "portfoliosta, en ole hyväksynyt markkinointikäyttöä. Lopettakaa kuvani käyttö "
  "mainonnassa.\nJohanna Peltonen")
M("fi39", "fi", "access+erasure+complaint", "long angry: recipients, erase, DPA threat",
  "kalevi.nurmi@example.fi", "PERINTÄKIRJE JA TIETONI",
  "Sain eilen OK-perinnältä perintäkirjeen laskusta, jota en ole koskaan saanut. En "
  "ole tilannut teiltä mitään sitten vuoden 2019!! Osoitekin on vanha, en ole asunut "
  "siellä viiteen vuoteen, joten kuka sen kirjeen on edes saanut?\n\n"
  "Haluan tietää, kenelle kaikille olette antaneet nimeni ja osoitteeni, ja mitä muuta "
  "minusta on tallessa. Sen jälkeen poistakaa minut kokonaan asiakasrekisteristänne.\n\n"
  "Jos en saa vastausta kuukauden sisällä, teen ilmoituksen tietosuojavaltuutetulle. "
  "Olen aivan tuohtunut tästä.\n\nKalevi Nurmi")
M("fi40", "fi", "", "reply; thanks only, quoted text mentions erasure",
  "paula.lehtinen@example.fi", "Vs: Poistopyyntö DSR-2026-0042",
  "Kiitos nopeasta vastauksesta, hyvä että asia hoitui.\n\nPaula\n\n"
  "ma 9.3.2026 klo 14.05 Zoomi tietosuoja <tietosuoja@example.fi> kirjoitti:\n"
  "> Hei Paula,\n> olemme poistaneet tietosi asiakasrekisteristämme pyyntösi mukaisesti.\n"
  "> Kirjanpitolain vuoksi laskut säilytetään 6 vuotta.\n>\n"
  "> > Poistakaa kaikki tietoni ja lopettakaa uutiskirjeet.")
M("fi41", "fi", "marketing_opt_out", "subject only, empty body", "ritva.m@example.fi",
  "Uutiskirje pois", "", to=CS)
M("fi42", "fi", "erasure+portability", "download everything then delete account",
  "aleksi.t@example.fi", "Tilin lopettaminen",
  "Hei, haluan ladata kaikki kuvani ja tilitietoni yhtenä pakettina (esim. zip ja "
  "json), jotta voin tuoda ne toiseen palveluun. Sen jälkeen tilin voi poistaa "
  "kokonaan.\n\nAleksi", to=CS, fmt="alt")
M("fi43", "fi", "rectification", "base64 utf-8, address change", "irma.jaakkola@example.fi",
  "Osoitteenmuutos",
  "Hei,\n\nmuutin, uusi osoite on Koulukatu 5 B 12, 65100 Vaasa. Teidän "
  "asiakastiedoissa on vielä vanha Palosaaren osoite, korjatkaa se.\n\nIrma Jaakkola",
  cte="b64", to=CS)
M("fi44", "fi", "", "near-miss: why debt collection letter", "matti.hyvonen@example.fi",
  "Perintäkirje?",
  "Miksi sain perintäkirjeen? Maksoin laskun 3.2. verkkopankissa, viitenumerokin oli "
  "oikein.", to=CS)
M("fi45", "fi", "", "near-miss: cancel booking", "outi.lampinen@example.fi",
  "Varaus 14.3.",
  "Poistakaa varaus 14.3. klo 10, lapsi on kipeä. Varaan uuden ajan myöhemmin.", to=CS)
M("fi46", "fi", "access", "guardian: to whom were school photos disclosed",
  "heikki.m@example.fi", "Koulukuvien luovutus",
  "Hei,\n\nkenelle olette luovuttaneet koulukuvat ja oppilaiden nimet Variskan "
  "koulussa? Haluan tietää, koskeeko tämä myös minun lastani (4B, Onni Mäkelä) ja "
  "mitä tietoja hänestä teillä on.\n\nHeikki Mäkelä")
M("fi47", "fi", "objection", "object to profiling", "susanna.k@example.fi",
  "Asiakasprofiilit",
  "En hyväksy, että ostohistoriaani analysoidaan ja minusta muodostetaan "
  "asiakasprofiileja. Lopettakaa tämä minun tietojeni osalta.")
M("fi48", "fi", "", "near-miss: kindergarten order, long, GDPR disclaimer",
  "paivakoti.satama@example.fi", "Ryhmäkuvat / Päiväkoti Satama",
  "Hei,\n\nkiitos syksyn kuvauksesta! Muutama vanhempi on kysynyt, milloin ryhmäkuvat "
  "tulevat tilattaviksi, ja voiko yksittäisiä kuvia vielä tilata jälkikäteen. Lisäksi "
  "Kirahvit-ryhmän kuvasta puuttui yksi lapsi, joka oli sairaana; onko mahdollista "
  "kuvata hänet erikseen ja liittää kuvaan?\n\nTerveisin\nMerja Laakso\n"
  "Päiväkodinjohtaja, Päiväkoti Satama\n\n--\nLUOTTAMUKSELLINEN. Tämä sähköposti ja "
  "sen liitteet on tarkoitettu vain vastaanottajalle. Jos olet saanut viestin "
  "erehdyksessä, poista se ja kaikki sen kopiot. Henkilötietoja käsitellään "
  "EU:n yleisen tietosuoja-asetuksen (GDPR) mukaisesti.", to=CS, fmt="alt")
M("fi49", "fi", "complaint", "asks how to complain to DPA", "tuula.virtanen@example.fi",
  "Valitus",
  "Mihin voin tehdä valituksen tietosuojavaltuutetulle teidän toiminnastanne? "
  "Tietoni on käsitelty mielestäni väärin.")
M("fi50", "fi", "erasure", "guardian: delete child's school photos",
  "anu.hakala@example.fi", "Poikamme koulukuvat",
  "Hei,\n\npoikamme on vaihtanut koulua Ouluun. Poistakaa hänen koulukuvansa ja "
  "tietonsa teidän palvelimelta, emme tilaa enää mitään.\n\nAnu ja Pekka Hakala")
M("fi51", "fi", "", "near-miss: download link expired", "sofia.n@example.fi",
  "latauslinkki",
  "Miten saan ladattua ostamani digikuvat? Latauslinkki vanheni ennen kuin ehdin.", to=CS)
M("fi52", "fi", "rectification+marketing_opt_out", "name misspelt + no paper ads",
  "matti.hamalainen@example.fi", "Nimi ja mainokset",
  "Hei. Nimeni on teidän kirjeissä väärin (Matti Hamalainen), pitää olla Matti "
  "Hämäläinen. Ja samalla: en halua enää mainoksia postilaatikkoon.\n\nMatti",
  charset="iso-8859-1", cte="8bit")
M("fi53", "fi", "rectification+restriction", "wrong address caused collection; fix + halt",
  "kristiina.vainio@example.fi", "Väärä osoite, lasku perinnässä",
  "Osoitteeni teidän rekisterissä on väärä, ja siksi lasku meni perintään ilman että "
  "sain sitä koskaan. Oikea osoite: Rantakatu 3 A 4, 65100 Vaasa. Korjatkaa osoite ja "
  "keskeyttäkää tietojeni käsittely perinnässä, kunnes asia on selvitetty.\n\n"
  "Kristiina Vainio", fmt="alt")
M("fi54", "fi", "", "near-miss: order more photos", "arja.heinonen@example.fi",
  "Lisää kuvia",
  "Haluan tilata lisää kuvia samasta kuvauksesta (perhekuvaus 2.2.). Voiko vielä "
  "tilata, vaikka tilausaika on mennyt?", to=CS)
M("fi55", "fi", "objection", "consent withdrawal for brochure use",
  "minttu.salonen@example.fi", "Suostumus",
  "Hei, perun suostumuksen, jonka annoin viime keväänä kuvieni käyttöön teidän "
  "esitteessänne.\nMinttu Salonen")
M("fi56", "fi", "", "reply; delivery question, quoted newsletter footer",
  "ilkka.p@example.fi", "VS: Kevään kuvausajat nyt auki!",
  "Onko teillä vielä aikoja lauantaille 21.3.? Yritin varata mutta kalenteri näyttää "
  "täyttä.\n\n-----Alkuperäinen viesti-----\nLähettäjä: Zoomi Kuvakaupat "
  "<uutiset@example.fi>\nLähetetty: 1. maaliskuuta 2026 10:00\n"
  "> Kevään perhekuvausajat on nyt avattu!\n> Et halua enää uutiskirjettä? "
  "Peruuta tilaus tai poista tietosi tästä.", to=CS)
M("fi57", "fi", "access", "slang one-liner, no diacritics", "jesse.k@example.fi",
  "kysymys", "onks teil mun tietoja jossain rekisteris? ja mita siel on", to=CS)
M("fi58", "fi", "erasure", "delete web shop account", "helena.ojala@example.fi",
  "Asiakkuuden lopetus",
  "Haluan lopettaa asiakkuuden verkkokaupassanne. Poistakaa käyttäjätilini kaikkine "
  "tietoineen.\n\nHelena Ojala", to=CS, cte="b64")
M("fi59", "fi", "", "near-miss: where is my order", "juha.lahti@example.fi",
  "Missä tilaus??",
  "Tilaukseni 50877 ei ole vieläkään tullut, vaikka maksoin sen kaksi viikkoa sitten. "
  "Missä se viipyy?", to=CS)
M("fi60", "fi", "erasure+objection+complaint", "child photo on Instagram, remove, GDPR + DPA",
  "noora.rinne@example.fi", "Tyttäreni kuva Instagramissa",
  "Käytitte tyttäreni kuvaa Instagram-tilillänne ilman lupaa. Poistakaa kuva heti. "
  "Tämä on GDPR-rikkomus ja ilmoitan siitä tietosuojavaltuutetulle.\n\nNoora Rinne",
  fmt="html")

# ----------------------------------------------------------------- Swedish
M("sv01", "sv", "access", "FI-sv access incl. children", "annika.westerlund@example.fi",
  "Uppgifter om mig",
  "Hej!\n\nJag skulle vilja veta vilka uppgifter ni har sparat om mig och mina barn. "
  "Vi har beställt skolfoton hos er i flera år.\n\nMvh Annika Westerlund")
M("sv02", "sv", "erasure", "short erasure", "lars.nyman@example.se", "Radera",
  "Radera allt ni har om mig, tack. Jag är inte längre kund hos er.\n/Lars")
M("sv03", "sv", "marketing_opt_out", "stop newsletters", "eva.backman@example.fi",
  "Nyhetsbrev",
  "Sluta skicka nyhetsbrev till mig, jag har aldrig bett om dem.\nEva", to=CS)
M("sv04", "sv", "rectification", "guardian, child's name misspelt",
  "mikael.sjoholm@example.fi", "Fel namn på skolfotot",
  "Hej,\n\nmin dotters namn är felstavat på skolfotobeställningen. Det ska vara Ellen "
  "Sjöholm, inte Ellen Sjöholn. Kan ni rätta det i ert system?\n\nMikael Sjöholm", to=CS)
M("sv05", "sv", "", "near-miss: cancel appointment", "kristina.ek@example.se",
  "Avbokning",
  "Jag vill avboka min tid för passfoto på fredag kl 14. Tack!", to=CS)
M("sv06", "sv", "", "near-miss: reklamation", "b.holmberg@example.fi", "Reklamation",
  "Reklamation: fotona kom skrynkliga i kuvertet och ett av dem har en reva. Jag vill "
  "ha nya kopior.\nBengt Holmberg", to=CS)
M("sv07", "sv", "access+erasure", "copy then erase", "ulrika.strand@example.se",
  "Mina personuppgifter",
  "Hej,\n\nförst vill jag få en kopia av de personuppgifter ni har om mig, sedan ska "
  "ni radera dem.\n\nVänliga hälsningar\nUlrika Strand")
M("sv08", "sv", "complaint", "complaint filed with Dataombudsmannen",
  "rolf.granqvist@example.fi", "Inget svar",
  "Ni har inte svarat på min begäran på sex veckor. Jag har nu lämnat in ett klagomål "
  "till Dataombudsmannens byrå.\n\nRolf Granqvist")
M("sv09", "sv", "erasure+complaint", "Sweden-Swedish: erase or IMY report",
  "sara.lindgren@example.se", "Ta bort mina uppgifter NU",
  "Jag kommer att anmäla er till IMY om ni inte tar bort mina uppgifter omedelbart. "
  "Tredje gången jag skriver.")
M("sv10", "sv", "objection", "no Google Analytics tracking", "patrik.ahlqvist@example.fi",
  "Spårning",
  "Jag vill inte att ni analyserar hur jag rör mig i er webbshop. Jag säger nej till "
  "all spårning via Google Analytics när det gäller mig.\n/Patrik")
M("sv11", "sv", "portability", "order history as CSV/JSON", "johanna.berg@example.se",
  "Exportfil",
  "Hej! Kan jag få ut alla mina beställningar och kunduppgifter i en fil som går att "
  "läsa in hos ett annat företag, typ CSV eller JSON?\nJohanna", to=CS)
M("sv12", "sv", "restriction", "disputes invoice, stop use until investigated",
  "thomas.nordin@example.fi", "Bestrider faktura",
  "Jag bestrider fakturan 2025-4410 och att uppgifterna om mig stämmer. Använd inte mina "
  "uppgifter till något tills saken är utredd, och skicka ingenting vidare till "
  "inkasso under tiden.\n\nThomas Nordin")
M("sv13", "sv", "erasure+objection", "guardians withdraw consent, remove brochure/web image",
  "familjen.hagman@example.fi", "Bilden på vår son",
  "Hej,\n\nvi gav i fjol tillstånd att använda bilden på vår son Elias i er broschyr. "
  "Vi återkallar det nu och vill att bilden också tas bort från er hemsida.\n\n"
  "Hälsningar\nSofia och Jonas Hagman")
M("sv14", "sv", "", "near-miss: order copy of class photo", "maria.eklund@example.fi",
  "Klassfoto 2023",
  "Kan jag beställa en kopia av klassfotot från 2023? Min son går i Vasa övningsskola.",
  to=CS)
M("sv15", "sv", "", "near-miss: wrong invoice amount", "henrik.sandberg@example.se",
  "Fel på fakturan",
  "Fel belopp på fakturan, ni har debiterat frakten två gånger. Skicka en ny faktura.",
  to=CS)
M("sv16", "sv", "access", "subject only, empty body", "gunilla.falk@example.fi",
  "Vill se mina personuppgifter", "")
M("sv17", "sv", "marketing_opt_out", "ALL CAPS opt-out", "kjell.bjork@example.se",
  "SLUTA",
  "TA BORT MIG FRÅN ERA UTSKICK. JAG HAR AVREGISTRERAT MIG TRE GÅNGER UTAN RESULTAT!!!",
  to=CS)
M("sv18", "sv", "erasure", "no diacritics, delete account", "emma.l@example.se",
  "konto", "hej, kan ni radera mitt konto pa webbshoppen? anvander det inte langre", to=CS)
M("sv19", "sv", "rectification", "moved, update address", "anders.lund@example.se",
  "Ny adress",
  "Hej, jag har flyttat till Stockholm. Ny adress: Ringvägen 12, 118 60 Stockholm. "
  "Uppdatera gärna kundregistret så att fakturan inte hamnar fel.\n\nAnders Lund",
  to=CS, charset="iso-8859-1", cte="qp")
M("sv20", "sv", "access+rectification", "multipart/alternative; what data + wrong phone",
  "carina.ost@example.fi", "Telefonnummer",
  "Hej,\n\nvilka uppgifter har ni om mig? Jag misstänker att ni har fel telefonnummer "
  "registrerat, för jag får sms om beställningar som inte är mina. Rätta det i så fall, "
  "mitt nummer är 050 765 4321.\n\nCarina Öst", fmt="alt")
M("sv21", "sv", "", "near-miss: order status", "oskar.f@example.se", "Order 77123",
  "Var är min beställning? Ordernummer 77123, betalt 2 mars.", to=CS)
M("sv22", "sv", "", "near-miss: gallery password", "linda.hellstrom@example.fi",
  "Galleriet",
  "Jag kommer inte in på galleriet, lösenordet från skolan fungerar inte.", to=CS)
M("sv23", "sv", "marketing_opt_out", "reply; new text opt-out, quoted order confirmation",
  "peter.wikstrom@example.fi", "SV: Orderbekräftelse 50233",
  "Tack, men jag vill inte ha fler erbjudanden per mejl från er.\n\n/Peter\n\n"
  "Den 2 mars 2026 kl. 11:04 skrev Zoomi Kuvakaupat <asiakaspalvelu@example.fi>:\n"
  "> Hej Peter,\n> tack för din beställning 50233. Bilderna skickas inom 5 arbetsdagar.\n"
  "> Frågor? Svara på detta mejl.", to=CS)
M("sv24", "sv", "", "reply; thanks only, quoted text is an erasure request",
  "malin.rosen@example.se", "Sv: Begäran om radering",
  "Tack för beskedet, då väntar jag på bekräftelsen.\n\nMalin\n\n"
  "Den 5 mars 2026 09:30 skrev tietosuoja@example.fi:\n"
  "> Hej Malin, vi har tagit emot din begäran och återkommer inom en månad.\n>\n"
  "> Den 4 mars 2026 skrev Malin Rosén:\n> > Radera alla mina uppgifter och mitt konto.")
M("sv25", "sv", "erasure", "guardian: erase kindergarten photos of son",
  "jessica.nylund@example.fi", "Bilder på Oskar",
  "Hej,\n\njag är vårdnadshavare till Oskar Nylund (7 år). Jag vill att alla bilder på "
  "honom från dagisfotograferingen på Daghemmet Lyan raderas från era servrar.\n\n"
  "Jessica Nylund")
M("sv26", "sv", "objection", "object to passing data to debt collector",
  "stefan.mattsson@example.fi", "Inkasso",
  "Jag godtar inte att ni lämnar mina personuppgifter vidare till inkassobolag. "
  "Fakturan är under utredning hos min bank.")
M("sv27", "sv", "marketing_opt_out", "opt-out hidden in long order message",
  "birgitta.holm@example.fi", "Beställning av studentfoton",
  "Hej!\n\nJag har beställt studentfoton för mitt barnbarn (order 50990) och undrar om "
  "det går att ändra storleken på den stora bilden från 20x30 till 30x40. Jag betalar "
  "gärna mellanskillnaden. Bilden ska ramas in till studentfesten den 1 juni så det "
  "vore bra att få den senast veckan innan.\n\nTa förresten bort min e-post från er "
  "marknadsföringslista, jag vill bara ha information om själva beställningen.\n\n"
  "Vänliga hälsningar\nBirgitta Holm", to=CS, fmt="alt")
M("sv28", "sv", "complaint", "accusation of GDPR breach (children's names public)",
  "ake.sundqvist@example.se", "Barnens namn syns öppet",
  "Ni bryter mot dataskyddsförordningen genom att visa barnens fullständiga namn under "
  "bilderna i det öppna galleriet! Vem som helst kan se dem.", fmt="html")
M("sv29", "sv", "", "near-miss: price for staff photos", "hr@example.fi",
  "Offert personalfoto",
  "Hej, vad kostar personalfotografering för ett företag med 25 anställda? Vi behöver "
  "bilder till webbsidan.\n\nMvh\nCamilla, HR", to=CS)
M("sv30", "sv", "", "near-miss: newsletter competition question", "ida.k@example.fi",
  "Tävlingen",
  "I ert nyhetsbrev stod det om en tävling – hur deltar man?", to=CS)
M("sv31", "sv", "", "near-miss: cancel order", "niklas.vik@example.se",
  "Avbeställning",
  "Jag vill avbeställa min order 60021, jag valde fel bakgrund. Ta bort den så gör jag "
  "en ny.", to=CS)
M("sv32", "sv", "erasure+marketing_opt_out", "unsubscribe + erase customer data",
  "hanna.forsman@example.fi", "Avregistrering och radering",
  "Avregistrera mig från nyhetsbrevet och radera mina kunduppgifter helt.\nHanna Forsman")
M("sv33", "sv", "access", "ISO-8859-1 QP, where did you get my address",
  "goran.ekstrom@example.se", "Varifrån fick ni min adress?",
  "Hej. Varifrån har ni fått min adress? Jag har fått reklam från er per post fast jag "
  "aldrig handlat hos er.\n\nGöran Ekström", charset="iso-8859-1", cte="qp")
M("sv34", "sv", "", "near-miss: staff photo booking, confidentiality/GDPR disclaimer",
  "info@example.fi", "Fotografering av personal 15.4",
  "Hej,\n\nkan vi flytta personalfotograferingen från den 15 till den 22 april? Samma "
  "tid passar bra.\n\nMed vänlig hälsning\nKarin Åberg\nBolaget Ab\n\n"
  "KONFIDENTIELLT: Detta meddelande kan innehålla konfidentiell information. Om du inte "
  "är rätt mottagare, meddela avsändaren och radera meddelandet. Vi behandlar "
  "personuppgifter enligt GDPR.", to=CS)
M("sv35", "sv", "portability", "transfer data directly to another photographer",
  "felix.wiik@example.fi", "Byte av fotograf",
  "Kan ni överföra mina bilder och kunduppgifter direkt till Fotostudio Berg "
  "(info@example.se)? Jag byter fotograf.\n/Felix Wiik")
M("sv36", "sv", "restriction", "do not erase; need invoices for dispute",
  "camilla.dahl@example.se", "Radera inte",
  "Radera inte mina uppgifter än – jag behöver fakturorna som bevis i en tvist med min "
  "före detta sambo. Men använd dem inte till något annat under tiden.\n\nCamilla Dahl")
M("sv37", "sv", "", "near-miss: passport photo code", "tove.sjoberg@example.fi",
  "Passfoto kod",
  "Koden till passfotot fungerar inte hos polisen, ansökan går inte igenom.", to=CS)
M("sv38", "sv", "objection", "stop using my picture in ads", "sebastian.n@example.fi",
  "Min bild i er reklam",
  "Jag vill inte längre att min bild används i er reklam på Facebook.\nSebastian")
M("sv39", "sv", "access+complaint", "how to complain to authority + send data",
  "marianne.lof@example.se", "Klagomål",
  "Hur gör jag en anmälan till tillsynsmyndigheten om er? Och skicka mig först allt ni "
  "har sparat om mig.\n\nMarianne Löf", cte="b64")
M("sv40", "sv", "rectification+restriction", "wrong birth date; fix + stop processing",
  "erik.holmqvist@example.fi", "Fel födelsedatum",
  "Mitt födelsedatum är fel i era uppgifter (ni har 1.2.1980, rätt är 2.1.1980) och "
  "därför blev det fel på kundkortet. Rätta det och sluta behandla uppgifterna tills "
  "det är fixat.\nErik Holmqvist", cte="qp")

# ----------------------------------------------------------------- English
M("en01", "en", "access", "plain access", "mark.wilson@example.com", "My data",
  "Hi,\n\ncould you tell me what personal information you keep about me? I bought "
  "passport photos from you last year.\n\nThanks,\nMark")
M("en02", "en", "erasure", "delete account", "julia.r@example.com", "Account",
  "Please delete my account and everything connected to it.", to=CS)
M("en03", "en", "marketing_opt_out", "subject only, empty body", "kevin.b@example.com",
  "Stop the emails", "", to=CS)
M("en04", "en", "rectification", "guardian: child's surname wrong",
  "rachel.smith@example.com", "Wrong surname on school photo order",
  "Hello,\n\nmy son's surname is spelled wrong on his school photo order – it's "
  "Smith-Lehtonen, not Smith Lehtonen. Please fix it in your records so next year's "
  "order is right.\n\nRachel", to=CS)
M("en05", "en", "", "near-miss: rebook appointment", "tom.harris@example.com",
  "Appointment Thursday",
  "I need to cancel my appointment on Thursday, can I rebook for next week?", to=CS)
M("en06", "en", "", "near-miss: print quality complaint", "linda.g@example.com",
  "Complaint about my prints",
  "I want to make a complaint about print quality – the colours on my prints are way "
  "off and one is cropped badly. I expect a reprint.", to=CS)
M("en07", "en", "access+erasure+complaint", "long angry: never a customer",
  "david.oconnor@example.com", "Invoices for photos I never ordered",
  "To whom it may concern,\n\nI have never been your customer, and yet I keep "
  "receiving invoices from you and now a reminder from a collection agency. I have no "
  "idea who gave you my name and address.\n\nI demand to know exactly what data you "
  "hold on me and where you got it. Once you have told me, I want all of it erased. "
  "If I don't hear back within the legal deadline I will file a complaint with the "
  "Finnish Data Protection Ombudsman.\n\nDavid O'Connor")
M("en08", "en", "objection", "object to analytics", "priya.n@example.com", "Analytics",
  "I object to you using my browsing data for analytics. Please switch that off for me.")
M("en09", "en", "portability", "export as JSON/CSV", "chris.p@example.com", "Export",
  "Can I get all my order history and account data as a JSON or CSV export? I'm moving "
  "to another service.", to=CS)
M("en10", "en", "rectification+restriction", "wrong address + hold data during dispute",
  "anna.k@example.com", "Debt collection dispute",
  "Hello,\n\nthe address you have for me is outdated; it's now 4 Elm Road, Vaasa. "
  "Please correct it. I also dispute the amount you passed to the debt collector, so "
  "until this is sorted please put my data on hold and don't share it with "
  "anyone.\n\nAnna Kowalski")
M("en11", "en", "erasure+objection", "withdraw consent for daughter's photo on website",
  "sam.taylor@example.com", "My daughter's photo on your website",
  "I withdraw my permission to use my daughter's photo on your website. Please take it "
  "down asap.\n\nSam Taylor", fmt="alt")
M("en12", "en", "", "near-miss: reprint", "george.m@example.com", "Reprint",
  "Can I order a reprint of our 2022 family photos? Same size as before.", to=CS)
M("en13", "en", "", "near-miss: invoice amount", "olivia.w@example.com", "Invoice mistake",
  "There's a mistake on my invoice, you charged me for 3 packages but I only ordered 2.",
  to=CS)
M("en14", "en", "marketing_opt_out", "opt-out hidden in order message",
  "ben.clark@example.com", "Order 50412 – delivery address",
  "Hi there,\n\nI placed order 50412 yesterday for the graduation photos. Could you "
  "ship it to my work address instead (Hietasaarenkatu 7, Vaasa)? I'm never home during "
  "the day. Also, I don't want any more promotional emails from you, the order emails "
  "are fine.\n\nCheers,\nBen", to=CS)
M("en15", "en", "", "reply; thanks only, quoted text is an access request",
  "laura.b@example.com", "Re: Your access request DSR-2026-0031",
  "Thanks, got the file.\n\nOn Tue, 10 Mar 2026 at 13:20, Zoomi privacy "
  "<tietosuoja@example.fi> wrote:\n> Dear Laura, attached is a copy of the personal data "
  "we hold about you.\n>\n> On 2 Mar 2026 Laura wrote:\n> > Please send me a copy of all "
  "the data you hold about me.")
M("en16", "en", "erasure", "reply; new text erasure, quoted order text",
  "nick.ford@example.com", "Re: Your order has shipped",
  "Thanks. Now that the order is done, please erase my customer profile and any stored "
  "photos. I won't be ordering again.\n\nOn Mon, 2 Mar 2026 at 09:00, Zoomi Kuvakaupat "
  "<asiakaspalvelu@example.fi> wrote:\n> Your order 50111 has shipped.\n> Tracking: "
  "JJFI0000000000\n> Manage your newsletter preferences / unsubscribe here.", to=CS)
M("en17", "en", "", "near-miss: staff photo scheduling; confidential/GDPR disclaimer",
  "office@example.com", "Staff portraits next week",
  "Hi,\n\nJust confirming the staff portrait session next Tuesday at 9am at our office. "
  "We'll have 12 people; please bring a grey backdrop.\n\nBest,\nEmily Grant\nOffice "
  "Manager\n\nCONFIDENTIALITY NOTICE: This email and any attachments are confidential "
  "and intended solely for the addressee. If you are not the intended recipient, "
  "please notify the sender and delete this message. Personal data is processed in "
  "accordance with the GDPR.", to=CS)
M("en18", "en", "access", "access request + GDPR/delete disclaimer",
  "j.murphy@example.com", "Personal data request",
  "Dear Sir or Madam,\n\nI would like to receive a copy of the personal data your "
  "company holds about me, including the photos taken at my workplace in 2024.\n\n"
  "Kind regards,\nJames Murphy\n\n--\nThis message is confidential and may be legally "
  "privileged. If you are not the intended recipient, please delete this message and "
  "notify the sender. We process personal data in line with the GDPR.")
M("en19", "en", "complaint", "accusation of GDPR breach", "helen.cho@example.com",
  "Breach",
  "This is a clear breach of GDPR. You emailed photos of my kids to another parent in "
  "their class.")
M("en20", "en", "marketing_opt_out", "HTML only opt-out", "peter.young@example.com",
  "Mailing list",
  "Hello,\n\nPlease take me off your mailing list. I get three emails a week from you "
  "and I never signed up.\n\nPeter", fmt="html", to=CS)
M("en21", "en", "access+portability", "see data + machine-readable for reuse",
  "sophie.l@example.com", "Data request",
  "Hi, I'd like to see everything you store about me, and also receive it in a "
  "machine-readable format so I can reuse it with another provider.\nSophie")
M("en22", "en", "access", "guardian access about twins", "mia.andersson@example.com",
  "Info about my children",
  "Can you tell me what information you have on my twins (Emma and Leo, Satama "
  "kindergarten)? I'm their mother.")
M("en23", "en", "marketing_opt_out", "typos, lowercase", "jay.k@example.com", "newsleter",
  "pls remove my email from ur newsleter list thx", to=CS)
M("en24", "en", "complaint", "complaint to ICO", "oliver.h@example.com", "ICO",
  "I want to lodge a complaint with the ICO about how you handled my request. Please "
  "give me your DPO's details.")
M("en25", "en", "", "near-miss: gallery 'access denied'", "lucy.w@example.com",
  "Gallery link",
  "The gallery link you sent doesn't work, it says access denied. Could you resend it?",
  to=CS)
M("en26", "en", "", "near-miss: order status", "ryan.t@example.com", "Where is my order",
  "Where is my order? It's been 3 weeks and no tracking number.", to=CS)
M("en27", "en", "objection", "object to passing details to collector",
  "emma.fisher@example.com", "OK-perinta",
  "Do not pass my details to OK-perintä. I object to that, the invoice is disputed.",
  cte="qp")
M("en28", "en", "rectification+erasure", "correct email + delete old phone number",
  "daniel.w@example.com", "Contact details",
  "Please correct my email to daniel.w@example.com and delete my old phone number "
  "entirely, I don't want it stored anywhere.", to=CS)
M("en29", "en", "erasure", "one-liner", "x.y@example.com", "(no subject)",
  "Forget about me. Delete everything.")
M("en30", "en", "erasure+marketing_opt_out", "unsubscribe and delete account",
  "grace.l@example.com", "Unsubscribe + account",
  "Unsubscribe me AND delete my customer account, please.", to=CS, cte="b64")

# ----------------------------------------------------------------- automated
OOO = {"Auto-Submitted": "auto-replied"}
XAR = {"X-Autoreply": "yes"}
BULK = {"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@example.fi>",
        "List-Id": "<uutiset.example.fi>"}

M("au01", "fi", "", "OOO fi", "mikko.l@example.fi", "Automaattinen vastaus: Tilaus 51234",
  "Olen vuosilomalla 1.7.–21.7. enkä lue sähköpostia. Kiireellisissä asioissa ota "
  "yhteyttä asiakaspalveluun.\n\nMikko Lahtinen", auto=True, headers=OOO)
M("au02", "sv", "", "OOO sv X-Autoreply", "anna.h@example.se",
  "Frånvarande: Er förfrågan",
  "Jag är tjänstledig till och med den 15 augusti. Ditt mejl raderas inte men läses "
  "först när jag är tillbaka.\n\nAnna Hedlund", auto=True, headers=XAR)
M("au03", "en", "", "OOO en", "rob.s@example.com", "Out of Office: Re: Your order",
  "I am out of the office until Monday 16 March with limited access to email. For urgent "
  "matters please contact my colleague.\n\nRob", auto=True, headers=OOO)
M("au04", "fi", "", "OOO fi mentions tietosuoja", "tietosuojavastaava@example.fi",
  "Poissa: Koulukuvauksen henkilötiedot",
  "Kiitos viestistäsi. Olen poissa toimistolta 2.–6.3. Tietosuoja-asioissa sijaisena "
  "toimii Pia Aro, pia.aro@example.fi.\n\nTietosuojavastaava\nEsimerkin kunta",
  auto=True, headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
M("au05", "sv", "", "OOO FI-sv", "jan.skog@example.fi", "Automatiskt svar: Skolfoton",
  "Hej! Jag har semester vecka 28–30. Brådskande ärenden kan skickas till "
  "kansliet@example.fi.\n\nJan Skog, rektor", auto=True, headers=OOO)
M("au06", "en", "", "OOO en, X-Autoreply only", "claire.d@example.com",
  "Automatic reply: Invoice 2025-3391",
  "Thank you for your email. I'm currently on parental leave and will not be responding. "
  "Please resend your message to accounts@example.com.", auto=True, headers=XAR)
M("au15", "fi", "", "OOO fi trap: mentions deleting data", "asiakaspalvelu@example.fi",
  "Automaattinen vastaus",
  "Olemme vastaanottaneet viestisi. Jos asiasi koskee henkilötietojesi poistamista tai "
  "uutiskirjeen peruutusta, käsittelemme sen viikon kuluessa. Tähän viestiin ei voi "
  "vastata.", auto=True, headers=OOO)
M("au16", "en", "", "OOO en trap: mentions GDPR requests", "legal@example.com",
  "Out of office",
  "I'm away until 20 March. For urgent GDPR requests, including access or deletion "
  "requests, please write to privacy@example.com.", auto=True, headers=OOO)
M("au19", "fi", "", "OOO fi X-Autoreply + Precedence", "kaija.r@example.fi",
  "Lomalla",
  "Hei, olen lomalla 10.4. asti. Viestit luetaan palattuani.\nKaija",
  auto=True, headers={"X-Autoreply": "yes", "Precedence": "auto_reply"})
M("au20", "en", "", "ticket system auto-ack", "support@example.com",
  "[Ticket #48122] We received your request",
  "Hello,\n\nThis is an automatic confirmation that we have received your request. Our "
  "team will get back to you within 2 business days. Please do not reply to this "
  "email.\n\nSupport Team", auto=True, headers={"Auto-Submitted": "auto-replied"})

NEWS_FI = ("Kevään kuvausajat nyt varattavissa!\n\nVaraa perhekuvaus maaliskuulle ja saat "
           "yhden taulun kaupan päälle. Tarjous voimassa 31.3. asti.\n\n"
           "Et halua enää uutiskirjettämme? Peruuta tilaus tästä: "
           "https://news.example.fi/unsub?u=123\nHallinnoi tietojasi ja tietosuoja-asetuksia.")
M("au11", "fi", "", "newsletter fi (bounced back to us via list)", "uutiset@example.fi",
  "Kevään kuvausajat nyt auki", NEWS_FI, auto=True, headers=BULK, to=CS)
M("au12", "sv", "", "newsletter sv", "nyhetsbrev@example.se",
  "Nyheter i mars: nya fotoramar",
  "Hej!\n\nI mars lanserar vi tre nya ramserier i ek och svart aluminium. Beställ före "
  "den 20 mars så får du 10 % rabatt.\n\nVill du inte längre få våra utskick? "
  "Avregistrera dig här. Radera din prenumeration när som helst.", auto=True,
  headers={"Precedence": "bulk",
           "List-Unsubscribe": "<https://leverantor.example.se/avreg>"}, to=CS)
M("au13", "en", "", "vendor newsletter en", "news@example.com",
  "March deals on photo paper",
  "This month: 15% off all lustre and matte paper. Delete your old stock and upgrade!\n\n"
  "You are receiving this email because you subscribed. Unsubscribe | Update "
  "preferences | Privacy policy (GDPR)", auto=True,
  headers={"Precedence": "bulk", "List-Unsubscribe":
           "<mailto:unsub@example.com>, <https://printlab.example.com/u>"}, to=CS)
M("au14", "fi", "", "newsletter fi, HTML only", "tiedote@example.fi",
  "Jäsentiedote 3/2026",
  "Hyvä jäsen,\n\nliiton kevätkokous pidetään 15.4. Tampereella. Esityslista liitteenä.\n\n"
  "Tietosuoja: voit poistaa tietosi postituslistalta tai peruuttaa tiedotteen tilauksen "
  "jäsensivuilla.", auto=True, fmt="html",
  headers={"Precedence": "list", "List-Unsubscribe": "<https://alan-liitto.example.fi/u>",
           "List-Id": "<tiedote.alan-liitto.example.fi>"}, to=CS)
M("au17", "sv", "", "newsletter sv with avregistrera link, multipart/alternative",
  "info@example.se", "Fotoforum nyhetsbrev – vecka 11",
  "Veckans tema: porträtt i dagsljus. Läs intervjun med fotografen Lina Ek.\n\n"
  "Du får detta mejl eftersom du är medlem. Avregistrera mig | Ändra mina uppgifter",
  auto=True, fmt="alt",
  headers={"Precedence": "bulk", "List-Unsubscribe": "<https://fotoforum.example.se/a>"},
  to=CS)

# Bounces (multipart/report), built raw below
BOUNCES = [
    ("au07", "en", "bounce of our newsletter, quotes unsubscribe footer",
     "MAILER-DAEMON@example.com", "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx.example.com.\n\nI'm sorry to have to inform you "
     "that your message could not be delivered to one or more recipients.\n\n"
     "<old.customer@example.com>: host mx.example.com said: 550 5.1.1 User unknown",
     "old.customer@example.com", "5.1.1",
     "From: uutiset@example.fi\nTo: old.customer@example.com\nSubject: Kevaan "
     "kuvausajat\n\nVaraa nyt! Unsubscribe / peruuta tilaus: https://example.fi/u\n"),
    ("au08", "en", "bounce of our Finnish acknowledgement", "postmaster@example.com",
     "Delivery Status Notification (Failure)",
     "Delivery to the following recipient failed permanently:\n\n    "
     "jane.doe@example.com\n\nTechnical details of permanent failure:\nThe recipient's "
     "mailbox is full.", "jane.doe@example.com", "5.2.2",
     "From: tietosuoja@example.fi\nTo: jane.doe@example.com\nSubject: Pyyntosi on "
     "vastaanotettu DSR-2026-0050\n\nOlemme vastaanottaneet tietojen poistopyyntosi.\n"),
    ("au09", "fi", "bounce with Finnish text", "postmaster@example.fi",
     "Viestiä ei voitu toimittaa",
     "Viestiäsi ei voitu toimittaa seuraavalle vastaanottajalle:\n\n"
     "matti.m@example.fi\n\nVastaanottajan osoitetta ei löydy. Tarkista osoite ja "
     "yritä uudelleen.", "matti.m@example.fi", "5.1.1",
     "From: asiakaspalvelu@example.fi\nTo: matti.m@example.fi\nSubject: Tilaus "
     "50877\n\nHei, tilauksesi on matkalla.\n"),
    ("au10", "sv", "bounce with Swedish text", "postmaster@example.se",
     "Ej levererat: Ditt ärende",
     "Det gick inte att leverera meddelandet till följande mottagare:\n\n"
     "lena.p@example.se\n\nMottagarens postlåda är full och kan inte ta emot meddelanden "
     "just nu. Försök igen senare.", "lena.p@example.se", "4.2.2",
     "From: tietosuoja@example.fi\nTo: lena.p@example.se\nSubject: Ditt ärende\n\n"
     "Hej, vi har raderat dina uppgifter.\n"),
    ("au18", "en", "bounce quoting an erasure request text", "MAILER-DAEMON@example.test",
     "Mail delivery failed: returning message to sender",
     "This message was created automatically by mail delivery software.\n\nA message "
     "that you sent could not be delivered to one or more of its recipients. This is a "
     "permanent error.\n\n  forwarding@example.test\n    Domain has no MX record",
     "forwarding@example.test", "5.4.4",
     "From: tietosuoja@example.fi\nTo: forwarding@example.test\nSubject: Fwd: "
     "delete my data\n\n> Please delete my data and unsubscribe me.\n"),
]

DATES = ["Mon, 02 Mar 2026 08:14:03 +0200", "Tue, 03 Mar 2026 21:47:55 +0200",
         "Wed, 04 Mar 2026 12:01:10 +0200", "Thu, 05 Mar 2026 06:33:41 +0100",
         "Fri, 06 Mar 2026 17:20:00 +0000", "Sat, 07 Mar 2026 23:59:12 +0200",
         "Sun, 08 Mar 2026 10:45:30 +0200", "Mon, 09 Mar 2026 14:12:18 +0100"]


def enc_header(s: str, charset: str) -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def encode_body(text: str, charset: str, cte: str) -> tuple[str, bytes]:
    data = text.replace("\n", "\r\n").encode(charset)
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(data)
    if cte == "b64":
        b = base64.encodebytes(data)
        return "base64", b
    try:
        data.decode("ascii")
        return "7bit", data
    except UnicodeDecodeError:
        return "8bit", data


def to_html(text: str) -> str:
    paras = [p for p in text.split("\n\n")]
    inner = "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>p{margin:0 0 1em}"
            "</style></head><body><div style=\"font-family:Arial\">\n" + inner
            + "</div></body></html>")


def part(ctype: str, text: str, charset: str, cte: str) -> bytes:
    cte_name, data = encode_body(text, charset, cte)
    head = (f"Content-Type: {ctype}; charset=\"{charset}\"\r\n"
            f"Content-Transfer-Encoding: {cte_name}\r\n\r\n")
    return head.encode("ascii") + data


def build(m: dict, n: int) -> bytes:
    charset = m["charset"]
    frm = formataddr((m["name"], m["frm"]), charset="utf-8") if m["name"] else m["frm"]
    hdr = [f"From: {frm}", f"To: {m['to']}",
           f"Subject: {enc_header(m['subject'], charset)}",
           f"Date: {m['date'] or DATES[n % len(DATES)]}",
           f"Message-ID: <blind-{m['id']}.{n}@{m['frm'].split('@')[1]}>",
           "MIME-Version: 1.0"]
    for k, v in m["headers"].items():
        hdr.append(f"{k}: {v}")
    text = m["body"]
    if m["fmt"] == "plain":
        body = part("text/plain", text, charset, m["cte"])
    elif m["fmt"] == "html":
        body = part("text/html", m["html_body"] or to_html(text), charset,
                    m["cte"] if m["cte"] != "8bit" else "qp")
    else:
        b = f"=_alt_{m['id']}_{n}"
        hp = part("text/plain", text, charset, m["cte"])
        hh = part("text/html", m["html_body"] or to_html(text), charset,
                  m["cte"] if m["cte"] != "8bit" else "qp")
        body = (f"This is a multi-part message in MIME format.\r\n\r\n--{b}\r\n".encode()
                + hp + f"\r\n--{b}\r\n".encode() + hh + f"\r\n--{b}--\r\n".encode())
        hdr.append(f"Content-Type: multipart/alternative; boundary=\"{b}\"")
        return ("\r\n".join(hdr) + "\r\n\r\n").encode("ascii") + body
    # single part: move part headers into message header
    head, _, data = body.partition(b"\r\n\r\n")
    return ("\r\n".join(hdr) + "\r\n").encode("ascii") + head + b"\r\n\r\n" + data


def build_bounce(b, n: int) -> bytes:
    id_, lang, note, frm, subject, text, rcpt, status, orig = b
    bd = f"=_report_{id_}"
    human = part("text/plain", text, "utf-8", "qp" if lang != "en" else "8bit")
    dsn = ("Content-Type: message/delivery-status\r\n\r\n"
           f"Reporting-MTA: dns; {frm.split('@')[1]}\r\n"
           f"Arrival-Date: {DATES[n % len(DATES)]}\r\n\r\n"
           f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822; {rcpt}\r\n"
           f"Action: {'delayed' if status.startswith('4') else 'failed'}\r\n"
           f"Status: {status}\r\nDiagnostic-Code: smtp; {status} {text.splitlines()[-1]}\r\n")
    origp = ("Content-Type: message/rfc822\r\n\r\n" + orig.replace("\n", "\r\n"))
    hdr = [f"From: Mail Delivery System <{frm}>", "To: tietosuoja@example.fi",
           f"Subject: {enc_header(subject, 'utf-8')}", f"Date: {DATES[n % len(DATES)]}",
           f"Message-ID: <blind-{id_}.{n}@{frm.split('@')[1]}>", "MIME-Version: 1.0",
           "Auto-Submitted: auto-replied",
           f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{bd}\""]
    return (("\r\n".join(hdr) + "\r\n\r\nThis is a MIME-encapsulated message.\r\n\r\n"
             f"--{bd}\r\n").encode() + human
            + f"\r\n--{bd}\r\n{dsn}\r\n--{bd}\r\n{origp}\r\n--{bd}--\r\n".encode("utf-8"))


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = []
    n = 0
    for m in MSGS:
        n += 1
        kinds = [k for k in m["kinds"].split("+") if k]
        assert all(k in ORDER for k in kinds), m["id"]
        assert m["kinds"] == "+".join(sorted(kinds, key=ORDER.index)), m["id"]
        (HERE / f"{m['id']}.eml").write_bytes(build(m, n))
        rows.append([f"{m['id']}.eml", m["kinds"], m["lang"], str(m["auto"]).lower(),
                     m["note"]])
    for b in BOUNCES:
        n += 1
        (HERE / f"{b[0]}.eml").write_bytes(build_bounce(b, n))
        rows.append([f"{b[0]}.eml", "", b[1], "true", b[2]])
    rows.sort(key=lambda r: r[0])
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "kinds", "language", "automated", "note"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
