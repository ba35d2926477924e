# -*- coding: utf-8 -*-
"""Finnish customer messages, written by hand for corpus_blind3."""
from mk import m

L = "fi"

FI = [
    # ---------------- single-kind requests ----------------
    m(L, "access", "casual: what do you still have on me", ("Jonna Mäkelä", "jonna.makela@example.fi"),
      "kysymys",
      "Moi!\n\nTilasin teiltä pari vuotta sitten kuvia verkkokaupasta. Mitä kaikkee teil on musta vielä "
      "tallessa? Ihan vaan kiinnostaa.\n\nKiitti, Jonna\n"),

    m(L, "access", "guardian, no diacritics, list of data on two kids", ("Sanna Nieminen", "sanna.nieminen@example.fi"),
      "lasten tiedot",
      "hei, saisko jonkun listan mita tietoja ootte keranny mun kahesta lapsesta koulukuvauksen "
      "yhteydessa? Lotta ja Onni Nieminen, Huutoniemen koulu 2b ja 4a\n\nLahetetty iPhonesta\n",
      fmt="qp"),

    m(L, "access", "where did you get my phone number (source)", ("Petri Hakala", "petri.hakala@example.fi"),
      "Puhelu eilen",
      "Mistä ihmeestä olette saaneet mun puhelinnumeron? Teidän myyjä soitti eilen illalla ja tarjosi "
      "perhekuvausta, enkä oo ikinä antanut numeroa teille. Haluan tietää mistä se on peräisin.\n\nPetri\n"),

    m(L, "rectification", "surname changed after marriage", ("Laura Koskinen", "laura.koskinen@example.fi"),
      "Nimenmuutos",
      "Hei,\n\nsukunimeni vaihtui syksyllä avioliiton myötä Virtasesta Koskiseksi. Voisitteko muuttaa "
      "sen asiakastietoihini, jotta jatkossa laskut ja tilausvahvistukset tulevat oikealla nimellä?\n\n"
      "Ystävällisin terveisin\nLaura Koskinen (ent. Virtanen)\n", fmt="b64"),

    m(L, "rectification", "child's name misspelt in school photo system", ("Mikko Rantala", "mikko.rantala@example.fi"),
      "Väärä nimi koulukuvissa",
      "Hei\n\nTyttäreni nimi on teidän koulukuvajärjestelmässä muodossa Emmi Rantala, oikea kirjoitusasu "
      "on Emmie. Sama virhe näkyy kuvapussissa ja tilaussivulla. Saisiko tämän korjattua "
      "rekisteriinne?\n\nMikko Rantala\n"),

    m(L, "erasure", "delete shop account and related data", ("Kimmo Lehto", "kimmo.lehto@example.fi"),
      "Tilin lopetus",
      "Päivää. Pyydän, että verkkokaupan asiakastilini lakkautetaan ja siihen liittyvät henkilötiedot "
      "poistetaan. En tarvitse tiliä enää. t. Kimmo Lehto\n"),

    m(L, "erasure", "colloquial: want my pics and data gone, moving abroad", ("Ville", "ville.88@example.com"),
      "muutto",
      "moi, haluun et mun kaikki kuvat ja tiedot häviää teiän palvelimilta. muutan ens kuussa "
      "australiaan eikä oo enää mitään tarvetta niille. kiitti\n"),

    m(L, "erasure", "guardian: destroy child's kindergarten photos, not ordered", ("Anu ja Juha Salmi", "salmen.perhe@example.fi"),
      "Eetun päiväkotikuvat",
      "Hyvä vastaanottaja,\n\npoikamme Eetu (6 v.) kuvattiin syyskuussa Vaskiluodon päiväkodissa. "
      "Emme tilanneet kuvia emmekä aio tilata. Pyydämme, että kaikki hänestä otetut kuvat hävitetään "
      "järjestelmistänne lopullisesti.\n\nAnu ja Juha Salmi\n", fmt="latin1"),

    m(L, "restriction", "disputed invoice at consumer advice: don't use but keep", ("Tiina Aalto", "tiina.aalto@example.fi"),
      "Lasku 4471 / kiista",
      "Hei,\n\nOlen kiistänyt laskun 4471 ja asia on parhaillaan kuluttajaneuvonnan käsittelyssä. "
      "Siihen asti kun asia on ratkaistu, en halua että tietojani käytetään mihinkään, mutta säilyttäkää "
      "ne – saatan tarvita niitä.\n\nTiina Aalto\n", fmt="cp1252"),

    m(L, "restriction", "freeze until debt matter cleared, no deletion either", ("Jari Heikkinen", "jari.heikkinen@example.fi"),
      "maksuasia",
      "Pitäkää mun tiedot jäissä siihen asti kun tää maksuasia on selvitetty lakimiehen kanssa. "
      "Ei mitään käsittelyä sillä välin, mutta ei myöskään mitään poistoja, tarvitsen ne todisteeksi.\n"
      "-Jari\n"),

    m(L, "portability", "order history and photos in machine-readable format for another studio",
      ("Heidi Laine", "heidi.laine@example.fi"), "Tietojen siirto",
      "Moikka! Voisko mun tilaushistorian ja kuvat saada jossain koneluettavassa muodossa? Siirryn toisen "
      "kuvaajan asiakkaaksi ja haluaisin tuoda kaiken sinne, ettei tarvitse aloittaa alusta. Kiitos!\n"),

    m(L, "objection", "do not track me with Google Analytics", ("Antti Virta", "antti.virta@example.fi"),
      "Seuranta verkkokaupassa",
      "Hei,\n\nEn halua, että selailuani teidän verkkokaupassa seurataan Google Analyticsilla tai millään "
      "muullakaan työkalulla. Lopettakaa se minun osaltani.\n\nAntti Virta\n", fmt="html"),

    m(L, "objection", "object to data handed to debt collection", ("Marja Lindholm", "marja.lindholm@example.fi"),
      "OK-perintä",
      "Vastustan sitä, että nimeni ja osoitteeni on luovutettu OK-perinnälle. Lasku maksettiin "
      "eräpäivänä, kuitti liitteenä. Tietojani ei olisi pitänyt antaa perintäyhtiölle.\n\nMarja Lindholm\n"),

    m(L, "marketing_opt_out", "no more marketing SMS", ("", "0401234567.sms@example.fi"),
      "tekstiviestit", "Ei enää tekstareita kiitos.\n"),

    m(L, "marketing_opt_out", "stop marketing calls", ("Raimo Kallio", "raimo.kallio@example.fi"),
      "Puhelut",
      "Teiltä soitetaan mulle jatkuvasti ja yritetään kaupata kuvauspaketteja. Nyt riittää. "
      "En halua enää yhtään ainoaa myyntipuhelua teiltä.\n"),

    m(L, "marketing_opt_out", "never subscribed newsletter, take me off the list", ("Eija Saari", "eija.saari@example.fi"),
      "Uutiskirje???",
      "En oo ikinä tilannu teiän uutiskirjettä ja silti niitä tulee joka viikko. Pois listalta, kiitos.\n"),

    m(L, "complaint", "where to complain about unlawful processing of child's photos", ("Kari Toivonen", "kari.toivonen@example.fi"),
      "Kysymys",
      "Hei. Mihin viranomaiseen voin valittaa, jos mielestäni te käsittelette lapseni koulukuvia "
      "lainvastaisesti? Onko se tietosuojavaltuutettu vai joku muu? Kiitos vastauksesta.\n"),

    m(L, "access", "ALL CAPS: what data and to whom given", ("", "pentti.oja@example.fi"),
      "TIEDOT",
      "MITÄ TIETOJA TEILLÄ ON MINUSTA JA KENELLE OLETTE NE ANTANEET\n\nPENTTI OJA\n"),

    m(L, "access", "subject-only information request", ("Heikki Salo", "heikki.salo@example.fi"),
      "tietopyyntö / Heikki Salo, asiakasnro 20331", "\nLähetetty Android-laitteesta\n"),

    m(L, "erasure", "long product message, erasure in PS", ("Johanna Peltola", "johanna.peltola@example.fi"),
      "Tilaus 61022",
      "Hei!\n\nKiitos nopeasta toimituksesta, kuvat tulivat eilen. Suurin osa on tosi kivoja, mutta "
      "yhdessä 13x18-kuvassa oli reunassa vaalea raita, näkyy varsinkin taustan tummassa kohdassa. "
      "Voisitteko tulostaa sen uudestaan? Kuvan numero on 0457.\n\n"
      "Lisäksi mietin, saako luokkakuvan myös isompana, esim. 30x40? En löytänyt sitä kaupasta.\n\n"
      "Terveisin\nJohanna Peltola\n\n"
      "PS. Kun tämä tilaus on hoidettu loppuun, poistakaa minun asiakastili ja kaikki tietoni, en aio "
      "enää tilata mitään.\n"),

    m(L, "rectification", "new email address, update please", ("Marja Kallio", "marja.k@example.fi"),
      "sähköposti vaihtui",
      "Moi, mun sähköposti on vaihtunut, uusi on marja.k@example.fi. Vanha (marja.kallio@example.test) "
      "ei oo enää käytössä. Päivitätkö sen teidän järjestelmään?\n"),

    m(L, "access", "who have you passed my contact details to", ("Olli Rautio", "olli.rautio@example.fi"),
      "Yhteystietojen luovutus",
      "Hei,\n\nKenelle kaikille yrityksille olette välittäneet minun yhteystietoni? Aloin saada mainoksia "
      "kolmelta eri firmalta heti sen jälkeen, kun tilasin teiltä passikuvat.\n\nOlli Rautio\n"),

    m(L, "objection", "refuses profiling from purchase/browsing history", ("Satu Ahonen", "satu.ahonen@example.fi"),
      "Profilointi",
      "Luin tietosuojaselosteestanne, että ostohistoriaa ja selaustietoja käytetään asiakasprofiilien "
      "muodostamiseen. En hyväksy tätä minun kohdallani. Olkaa hyvä ja lopettakaa.\n\nSatu Ahonen\n",
      fmt="alt"),

    m(L, "portability", "transfer photos and order data directly to another studio", ("Mervi Hietala", "mervi.hietala@example.fi"),
      "Siirto toiselle kuvaamolle",
      "Hei, pyydän että siirrätte kaikki kuvani ja tilaustietoni suoraan Kuvaamo Valolle "
      "(asiakaspalvelu@example.test) sähköisessä muodossa. He hoitavat meidän kuvaukset jatkossa.\n\n"
      "Mervi Hietala\n"),

    m(L, "restriction", "keep data on ice until payment cleared, no debt collection/no processing",
      ("Arto Kettunen", "arto.kettunen@example.fi"), "maksu",
      "Maksoin laskun 12.2. mutta teiltä tuli silti muistutus. Siihen asti kun tarkistatte asian, "
      "älkää tehkö minun tiedoilla yhtään mitään – ei perintää, ei mitään muutakaan. Älkää kuitenkaan "
      "poistako niitä.\n"),

    m(L, "erasure", "former employee: remove staff photo from service", ("Päivi Jokela", "paivi.jokela@example.fi"),
      "Henkilökuva",
      "Hei,\n\nolen lopettanut työt Vaasan kaupungin sosiaalitoimessa vuodenvaihteessa. Henkilökuvani "
      "on edelleen teidän kuvapalvelussa työnantajan kansiossa. Pyydän, että kuva poistetaan sieltä "
      "ja teidän arkistosta.\n\nPäivi Jokela\n"),

    m(L, "objection", "employee: does not want staff photo used publicly", ("Tuomas Lahti", "tuomas.lahti@example.fi"),
      "kuva kaupungin sivuilla",
      "Työnantajani tilasi teiltä henkilökunnan kuvat ja nyt naamani on kaupungin nettisivuilla "
      "yhteystietojen vieressä. En halua, että kuvaani käytetään julkisesti. Voitteko estää sen "
      "tai ilmoittaa heille?\n\nTuomas\n"),

    m(L, "marketing_opt_out", "reply LOPETA to campaign", ("", "satu.v@example.fi"),
      "Re: Kevään kuvauskampanja -20 %", "LOPETA\n"),

    m(L, "access", "formal Art 15 request incl. purposes and retention", ("Helena Björkqvist", "helena.bjorkqvist@example.fi"),
      "Henkilötietojen tarkastaminen",
      "Arvoisa rekisterinpitäjä\n\nEU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla pyydän saada "
      "jäljennöksen kaikesta, mitä minusta on tallennettu, sekä tiedot käsittelyn tarkoituksista, "
      "tietolähteistä ja säilytysajoista. Pyydän vastausta sähköpostitse.\n\n"
      "Kunnioittavasti\nHelena Björkqvist\nSyntymävuosi 1979\n", fmt="alt"),

    m(L, "rectification", "moved to Kokkola, change address in customer data", ("Jussi Mattila", "jussi.mattila@example.fi"),
      "Osoitteenmuutos",
      "Hei!\n\nAsun nykyään Kokkolassa – vaihtakaa osoite asiakastietoihini:\nIsokatu 5 B 12\n"
      "67100 Kokkola\n\nKiitos,\nJussi Mattila\n", fmt="cp1252"),

    m(L, "erasure", "colloquial: want to be forgotten", ("", "niko.h@example.com"),
      "mun tiedot",
      "haluun tulla unohdetuks teidän kaikista järjestelmistä, ihan kaikki pois mitä musta on\n"),

    m(L, "access", "passport photo customer: what has remained with you", ("Aila Huhtala", "aila.huhtala@example.fi"),
      "passikuva 2016",
      "Hyvää päivää. Kävin teillä passikuvassa vuonna 2016. Jäikö minusta teille vielä jotain tietoja "
      "tai kuvia talteen, vai lähtivätkö ne vain poliisille? Haluaisin tietää mitä teillä minusta on.\n\n"
      "Aila Huhtala\n", fmt="latin1"),

    m(L, "objection", "withdraw permission to use daughter's photo in brochure", ("Riikka Nurmi", "riikka.nurmi@example.fi"),
      "Esitteen kuva",
      "Hei,\n\nannoin keväällä luvan käyttää tyttäreni kuvaa teidän mainosesitteessä. Perun sen luvan "
      "nyt, eli kuvaa ei saa käyttää seuraavissa painoksissa eikä missään muuallakaan.\n\nRiikka Nurmi\n"),

    m(L, "marketing_opt_out", "stop daily offer e-mails", ("Taru", "taru.koivisto@example.fi"),
      "noi tarjousmeilit",
      "voisitteko lopettaa noiden tarjousmeilien lähettämisen, niitä tulee melkein joka päivä ja "
      "täyttää koko postilaatikon. kiitos\n"),

    m(L, "rectification", "birth year typo in system", ("Kalle Granlund", "kalle.granlund@example.fi"),
      "Syntymävuosi",
      "Moi! Huomasin että profiilissa syntymävuoteni on 1897 eikä 1987 :) En sentään ole ihan noin "
      "vanha. Voisitteko korjata?\n\nKalle\n", fmt="html"),

    # ---------------- several kinds ----------------
    m(L, "access+erasure", "see data first, then destroy", ("Maija Honkanen", "maija.honkanen@example.fi"),
      "Tiedot ja poisto",
      "Hei. Haluaisin ensin nähdä, mitä tietoja minusta on teidän rekisterissä, ja sen jälkeen, että "
      "ne tuhotaan. Kiitos.\nMaija Honkanen\n"),

    m(L, "objection+erasure", "guardian withdraws consent, remove child's photo from Instagram",
      ("Elina Kangas", "elina.kangas@example.fi"), "Lapsen kuva Instagramissa",
      "Hei,\n\nteidän Instagram-tilillänne on kuva meidän Aadasta syksyn päiväkotikuvauksesta. "
      "Vaikka lomakkeessa ehkä rastitin luvan, en enää hyväksy kuvan käyttöä markkinoinnissa. "
      "Ottakaa kuva pois Instagramista ja poistakaa se myös muualta, missä sitä on käytetty.\n\n"
      "Elina Kangas\nAadan äiti\n", fmt="alt"),

    m(L, "erasure+marketing_opt_out", "no more ad mail and delete my data", ("Seppo Vainio", "seppo.vainio@example.fi"),
      "Mainokset",
      "Älkää enää lähettäkö mitään mainospostia, ei sähköpostiin eikä kotiin. Ja poistakaa mun tiedot "
      "kokonaan teidän rekisteristä.\n"),

    m(L, "access+complaint", "chaser on access request, will complain to DPA", ("Ismo Karjalainen", "ismo.karjalainen@example.fi"),
      "Tarkastuspyyntöni 14.11.",
      "Lähetin teille tarkastuspyynnön 14.11. eikä mitään ole kuulunut. Odotan edelleen kopiota "
      "tiedoistani. Koska määräaika on jo ylittynyt, teen asiasta nyt kantelun "
      "tietosuojavaltuutetun toimistoon.\n\nIsmo Karjalainen\n"),

    m(L, "rectification+marketing_opt_out", "update phone number and no marketing SMS", ("Noora Lampinen", "noora.lampinen@example.fi"),
      "numero",
      "Moi! Mun puhelinnumero on vaihtunut, uusi on 050 000 1234, päivittäkää se asiakastietoihin. "
      "Ja samalla: en halua siihen uuteen numeroon mitään tarjousviestejä, pelkät tilausasiat käy.\n"),

    m(L, "objection+complaint", "objects to debt collection transfer, accuses GDPR breach", ("Hannu Räsänen", "hannu.rasanen@example.fi"),
      "Perintä ilman syytä",
      "Annoitte tietoni perintätoimistolle vaikka olin reklamoinut laskusta kirjallisesti. Vastustan "
      "tätä jyrkästi ja vaadin että perintä ja tietojeni käsittely siellä lopetetaan. Toimintanne "
      "rikkoo mielestäni tietosuoja-asetusta.\n\nHannu Räsänen\n", fmt="qp"),

    m(L, "access+restriction", "suspend use until told what data and from where", ("Leena Pursiainen", "leena.pursiainen@example.fi"),
      "selvityspyyntö",
      "Hei\n\nKeskeyttäkää tietojeni käyttö siihen asti, kunnes saan teiltä selvityksen siitä, mitä "
      "tietoja minusta on tallennettu ja mistä ne on saatu. Tietoja ei saa poistaa ennen sitä.\n\n"
      "Leena Pursiainen\n"),

    m(L, "portability+erasure", "download everything as files, then delete the account", ("Joonas Heino", "joonas.heino@example.com"),
      "tili",
      "Heippa, voisitteko lähettää kaikki mun tiedot ja kuvat sellaisessa muodossa että ne saa "
      "luettua koneella (esim. CSV + zip)? Kun ne on tullut, tilin voi poistaa kokonaan.\n\n-Joonas\n"),

    m(L, "erasure+complaint", "delete child's photos within a week or DPA", ("Katja Lindroos", "katja.lindroos@example.fi"),
      "VIIMEINEN PYYNTÖ",
      "Olen jo kahdesti pyytänyt puhelimessa, että poikani kuvat poistetaan teidän kuvapalvelusta. "
      "Jos niitä ei ole poistettu viikon sisällä, vien asian tietosuojavaltuutetulle.\n\nKatja Lindroos\n"),

    m(L, "objection+marketing_opt_out", "forbid web tracking and all marketing messages", ("Pekka Siltanen", "pekka.siltanen@example.fi"),
      "Kielto",
      "Kiellän teitä seuraamasta minua nettisivuillanne (analytiikka, evästeet yms.) ja samalla kiellän "
      "kaikki markkinointiviestit, tuli ne sitten sähköpostilla, tekstarina tai puhelimella.\n\n"
      "Pekka Siltanen\n", fmt="latin1"),

    # ---------------- near-misses ----------------
    m(L, "", "near-miss: cancel duplicate order", ("Minna Karppinen", "minna.karppinen@example.fi"),
      "Tilaus 88213 kahteen kertaan",
      "Hei, tilasin vahingossa saman kuvapaketin kaksi kertaa (88213 ja 88214). Voitteko poistaa "
      "jälkimmäisen tilauksen ja palauttaa rahat? Kiitos!\n"),

    m(L, "", "near-miss: move passport photo booking", ("", "teemu.salonen@example.fi"),
      "passikuva aika",
      "moi voisko mun passikuva-ajan siirtää torstailta perjantaille samaan kellonaikaan? slotti ei anna "
      "mun muuttaa sitä itse\n"),

    m(L, "", "near-miss: cannot log in to gallery", ("Irma Väisänen", "irma.vaisanen@example.fi"),
      "Galleria ei aukea",
      "Hei, en pääse kirjautumaan kuvagalleriaan. Salasanan palautuslinkki ei tule sähköpostiin, "
      "katsoin roskapostinkin. Mitä teen?\n\nIrma\n", fmt="qp"),

    m(L, "", "near-miss: reprint of last year's class photo", ("Tapio Koski", "tapio.koski@example.fi"),
      "Luokkakuva 2024",
      "Hei! Haluaisin tilata kaksi lisäkopiota viime vuoden luokkakuvasta (Ristinummen koulu, 5C). "
      "Onko se vielä mahdollista ja mitä maksaa?\n"),

    m(L, "", "near-miss: invoice copy for bookkeeping", ("Kirsi Mustonen", "kirsi.mustonen@example.fi"),
      "Laskukopio",
      "Tarvitsisin kopion laskusta 2024-1187 kirjanpitoa varten, alkuperäinen on hukassa. "
      "Sähköpostilla riittää.\n\nKirsi Mustonen\nToiminimi Mustonen\n"),

    m(L, "", "near-miss: wrong invoice amount, 'korjatkaa'", ("Reijo Nyberg", "reijo.nyberg@example.fi"),
      "Väärä summa",
      "Laskussa on 49 € vaikka tilasin paketin tarjouksesta 39 eurolla. Korjatkaa lasku oikeaksi, "
      "niin maksan sen heti.\n"),

    m(L, "", "near-miss: product complaint (reklamaatio)", ("Susanna Hirvonen", "susanna.hirvonen@example.fi"),
      "Reklamaatio",
      "Kuvat tuli tänään ja ne on ihan haaleita, ja yksi oli taittunut kun kirjekuoressa ei ollut "
      "pahvia. Tää on kyllä aika huono juttu näillä hinnoilla. Haluan reklamoida ja saada uudet.\n"),

    m(L, "", "near-miss: retouching, remove pimple, change background", ("Janne Leinonen", "janne.leinonen@example.fi"),
      "kuvankäsittely",
      "Moi! Voisko pojan koulukuvasta poistaa sen finnin otsasta ja vaihtaa taustan siniseksi? Maksan "
      "mielelläni lisää. Kuva nro 2231.\n", fmt="html"),

    m(L, "", "near-miss: passport photo code rejected", ("Sari Heinonen", "sari.heinonen@example.fi"),
      "Passikuvan koodi",
      "Hei, passikuvan kuvakoodi ei kelpaa poliisin sähköiseen hakemukseen, tulee ilmoitus että "
      "tunniste on virheellinen. Kuva otettiin teillä eilen. Mitä nyt?\n"),

    m(L, "", "near-miss: where is my order", ("", "mika.k@example.com"),
      "tilaus??", "Missä viipyy mun tilaus? Maksoin jo kaks viikkoa sitten eikä oo kuulunu mitään\n"),

    m(L, "", "near-miss: price of staff photo shoot", ("Outi Tanskanen", "outi.tanskanen@example.fi"),
      "Tarjouspyyntö henkilökuvaus",
      "Hei,\n\npaljonko maksaisi henkilökuvaus noin 15 hengen työyhteisölle meidän toimistolla "
      "Vaasan keskustassa? Tarvitsemme kuvat nettisivuille.\n\nOuti Tanskanen\nToimistopäällikkö\n"),

    m(L, "", "near-miss: newsletter discount code does not work", ("Marko Ikonen", "marko.ikonen@example.fi"),
      "alennuskoodi",
      "Uutiskirjeessä luki että koodi KEVÄT20 on voimassa sunnuntaihin asti, mutta kassalla se sanoo "
      "että koodi ei kelpaa. Onko se jo vanhentunut?\n"),

    m(L, "", "near-miss: re-subscribe newsletter", ("Pirjo Laakso", "pirjo.laakso@example.fi"),
      "uutiskirje takaisin",
      "Peruin vahingossa teidän uutiskirjeen kun siivosin sähköpostia. Miten saan sen takaisin? "
      "Haluan kuulla tarjouksista jatkossakin.\n"),

    m(L, "", "near-miss: change delivery address of one order", ("Esa Pulkkinen", "esa.pulkkinen@example.fi"),
      "Tilauksen 55102 toimitusosoite",
      "Hei, voisitteko muuttaa tilauksen 55102 toimitusosoitteeksi mökin osoitteen: Rantatie 14, "
      "66200 Korsnäs. Olemme siellä koko heinäkuun.\n"),

    m(L, "", "near-miss: debt letter payment dispute only", ("Veikko Manninen", "veikko.manninen@example.fi"),
      "Perintäkirje",
      "Miksi sain perintäkirjeen vaikka lasku on maksettu 3.1.? Liitteenä kuitti. Pyydän perumaan "
      "perintäkulut.\n\nVeikko Manninen\n", fmt="latin1"),

    m(L, "", "near-miss: Outlook reply 'thanks', quoted part is an erasure request",
      ("Tarja Hyvönen", "tarja.hyvonen@example.fi"), "VS: Tietojen poisto",
      "Selvä, kiitos vahvistuksesta!\n\nTarja\n\n"
      "Lähettäjä: Zoomi Asiakaspalvelu <asiakaspalvelu@example.fi>\n"
      "Lähetetty: tiistai 4. maaliskuuta 2025 10.12\n"
      "Vastaanottaja: Tarja Hyvönen <tarja.hyvonen@example.fi>\n"
      "Aihe: RE: Tietojen poisto\n\n"
      "Hei Tarja,\n\ntietosi on nyt poistettu asiakasrekisteristämme.\n\nYstävällisin terveisin\n"
      "Zoomi Kuvakaupat\n\n"
      "Lähettäjä: Tarja Hyvönen <tarja.hyvonen@example.fi>\n"
      "Lähetetty: maanantai 3. maaliskuuta 2025 19.40\n"
      "Aihe: Tietojen poisto\n\n"
      "Poistakaa kaikki minua koskevat tiedot rekisteristänne.\n", fmt="alt"),

    m(L, "", "near-miss: school asks for photo day, signature with GDPR / delete disclaimer",
      ("Anne-Mari Kivelä", "anne-mari.kivela@example.fi"), "Kuvauspäivä syksy 2025",
      "Hei,\n\nHietalahden koulu haluaisi varata koulukuvauksen syyskuun toiselle viikolle. Oppilaita on "
      "noin 240. Sopisiko 9.–10.9.?\n\nTerveisin\nAnne-Mari Kivelä\nkoulusihteeri, Hietalahden koulu\n\n"
      "--\nTämä sähköpostiviesti voi sisältää luottamuksellista tietoa ja se on tarkoitettu vain "
      "vastaanottajalle. Jos olet saanut viestin erehdyksessä, ilmoita lähettäjälle ja poista viesti "
      "ja sen liitteet. Käsittelemme henkilötietoja EU:n yleisen tietosuoja-asetuksen (GDPR) "
      "mukaisesti.\n", fmt="cp1252"),

    m(L, "", "near-miss: digital files of photos (product, not portability)", ("Ronja Kärki", "ronja.karki@example.fi"),
      "digikuvat",
      "Hei! Saako rippikuvat myös digitaalisina tiedostoina, niin että voisin ladata ne itse koneelle? "
      "Ja paljonko se maksaa verrattuna paperikuviin?\n"),

    m(L, "", "near-miss: change package in order", ("", "hanna.r@example.com"),
      "tilauksen muutos",
      "moi! haluun vaihtaa tilauksen 70045 kuvapaketin isompaan (paketti C). onnistuuko vielä?\n"),

    m(L, "", "near-miss: asks whether privacy notice exists in Swedish", ("Birgitta Lassila", "birgitta.lassila@example.fi"),
      "Tietosuojaseloste ruotsiksi",
      "Hei, onko teidän tietosuojaselosteesta olemassa ruotsinkielistä versiota? Äitini haluaisi lukea "
      "sen, mutta suomi ei ole hänelle kovin vahva.\n\nBirgitta\n"),

    m(L, "", "near-miss: how to remove photo from cart", ("", "emppu@example.fi"),
      "ostoskori",
      "miten mä poistan kuvan ostoskorista? painoin vahingossa kahta samaa ja roskakori-nappia ei löydy "
      "puhelimella\n"),

    # ---------------- reply with quoted text; only new text counts ----------------
    m(L, "marketing_opt_out", "reply: new text opts out of marketing; quoted part is an access exchange",
      ("Jaana Forsman", "jaana.forsman@example.fi"), "Re: Tietopyyntönne",
      "Kiitos vastauksesta, kaikki selvä. Vielä yksi asia: en halua teiltä enää markkinointisähköposteja "
      "tai uutiskirjeitä.\n\nJaana\n\n"
      "ti 11.2.2025 klo 9.03 Zoomi Asiakaspalvelu <asiakaspalvelu@example.fi> kirjoitti:\n"
      "> Hei Jaana,\n>\n> liitteenä kopio kaikista sinusta tallennetuista tiedoista, kuten pyysit.\n"
      "> Tietoja on saatu sinulta itseltäsi tilausten yhteydessä.\n>\n"
      "> ma 3.2.2025 klo 20.15 Jaana Forsman <jaana.forsman@example.fi> kirjoitti:\n"
      ">> Mitä tietoja teillä on minusta ja mistä olette ne saaneet?\n"),
]
