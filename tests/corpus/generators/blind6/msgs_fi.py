# Finnish customer messages (human-written). kinds joined with '+'.
M = []


def m(kinds, frm, subj, body, note, **kw):
    M.append(dict(kinds=kinds, frm=frm, subj=subj, body=body, note=note, **kw))


DISC_FI = ("\n\n--\nLUOTTAMUKSELLINEN: Tämä sähköpostiviesti liitteineen on tarkoitettu vain "
           "nimetylle vastaanottajalle. Jos olet saanut viestin erehdyksessä, ilmoita siitä "
           "lähettäjälle ja poista viesti sekä sen kopiot välittömästi. Viestin sisällön "
           "luvaton käyttö, kopiointi tai edelleen välittäminen on kielletty.\n")

# ---------------- access ----------------
m("access", ("Jarno Lehtinen", "jarno.lehtinen@example.fi"), "tietopyyntö",
  "Moi\n\nhaluaisin tietää mitä kaikkea tietoa teillä on musta tallessa. Tilasin joskus "
  "lasten koulukuvia ja nyt tuntuu et mun osoite on joka paikassa. Mistä te ootte sen alunperin "
  "saanu?\n\nt. Jarno\n", "access: what is held + source, colloquial")
m("access", ("Sanna Mäkinen", "sanna.makinen@example.fi"), "Lapseni tiedot",
  "Hei,\n\nolen Eelis Mäkisen (3B, Onkilahden koulu) huoltaja. Pyytäisin nähtäväksi kaikki tiedot, "
  "joita lapsestani on teidän järjestelmissänne – myös ne kuvat, joita emme tilanneet. "
  "Kuvauskoodi oli 4471-KX.\n\nYstävällisin terveisin\nSanna Mäkinen\n",
  "access by guardian for child incl. unordered photos")
m("access", ("Kaarina Hietala", "kaarina.hietala@example.fi"),
  "Pyyntö saada jäljennös henkilötiedoista (EU 2016/679, 15 artikla)",
  "Zoomi Kuvakaupat Oy\nTietosuojavastaava\n\nPyydän tietosuoja-asetuksen 15 artiklan nojalla:\n\n"
  "1. jäljennöksen kaikista minua koskevista henkilötiedoista, joita käsittelette,\n"
  "2. tiedon käsittelyn tarkoituksista ja oikeusperusteista,\n"
  "3. tiedon vastaanottajista tai vastaanottajaryhmistä, joille tietoja on luovutettu,\n"
  "4. tiedon säilytysajasta sekä\n5. tiedon siitä, mistä tiedot on kerätty.\n\n"
  "Asiakkuuteni liittyy passikuviin (2021) ja verkkokaupan tilauksiin.\n\n"
  "Kaarina Hietala\nRauhankatu 9 C 14, 65100 Vaasa\n", "formal Art 15 request with list")
m("access", ("", "mikko88@example.fi"), "mitä tietoja teillä on minusta?", "\n\nLähetetty iPhonesta\n",
  "subject-only access", mime="plain")
m("access", ("Heidi Saarinen", "heidi.saarinen@example.fi"), "Henkilökuvat / tiedustelu",
  "Hei!\n\nTyönantajani (Vaasan kaupungin tekninen toimi) tilasi henkilökuvat teiltä viime syksynä. "
  "Haluaisin tietää, mitä tietoja minusta on teille tallennettu kuvauksen yhteydessä ja onko "
  "kuviani luovutettu jollekin muulle kuin työnantajalle.\n\nTerveisin\nHeidi Saarinen\n"
  "Suunnitteluinsinööri" + DISC_FI, "employee: access + recipients; disclaimer says 'poista viesti'")
m("access", ("Pekka Routio", "pekka.routio@example.fi"), "OK-perinnän kirje",
  "Sain OK-perinnältä kirjeen, jossa on nimeni, osoitteeni ja laskun tiedot teiltä. "
  "Haluan tietää mitä kaikkia tietoja olette heille minusta antaneet ja milloin.\n\nPekka R.\n",
  "access: what was disclosed to debt collector")
m("access", ("", "tuuli.k@example.fi"), "kysymys",
  "moi! kaveri sano et teil on kaikki tiedot tallessa kun on kayny passikuvissa. voisinko saada "
  "nahtavaks mita musta on siel? kiitti\n", "access, no diacritics, colloquial")
m("access", ("Raili Nygård", "raili.nygard@example.fi"), "Kiitos kuvista",
  "Hyvää päivää,\n\nkuvat saapuivat eilen ja olemme tosi tyytyväisiä, erityisesti mummon "
  "90-vuotiskuva onnistui hienosti. Kehykset olivat vähän eri sävyiset kuin kuvastossa mutta ei se "
  "haittaa. Kiitos myös nopeasta toimituksesta!\n\nRaili\n\nPS. Voisitteko samalla kertoa, mitä "
  "tietoja minusta on asiakasrekisterissänne? Olen vähän tarkka näistä nykyään kun lehdissä on "
  "ollut kaikkea.\n", "access buried in PS of thank-you mail")

# ---------------- rectification ----------------
m("rectification", ("Riikka Kallio-Virtanen", "riikka.kv@example.fi"), "Nimenmuutos",
  "Hei,\nsukunimeni on vaihtunut avioliiton myötä: Virtanen -> Kallio-Virtanen. Päivittäisittekö "
  "asiakastietoihin, laskut tulee vielä vanhalla nimellä.\n\nKiitos!\nRiikka\n", "surname change")
m("rectification", ("Tero Rantanen", "tero.rantanen@example.fi"), "Luokkakuvan nimilista",
  "Tyttären nimi on kirjoitettu luokkakuvan nimilistaan väärin, Ella kun pitäisi olla Elli "
  "(Elli Rantanen, 2A Variskan koulu). Korjaisitteko tiedot ennen kuin kuvat lähtee painoon?\n\nTero\n",
  "guardian: child's name wrong in class list")
m("rectification", ("Jussi Koivisto", "jussi.koivisto@example.fi"), "Re: Varausvahvistus: passikuva 14.3. klo 10:20",
  "uusi puh nro 040 123 4567, vanha ei oo enää käytössä. päivittäkää se teidän tietoihin\n\n"
  "ke 6.3.2024 klo 9.02 Zoomi Kuvakaupat <noreply@example.fi> kirjoitti:\n"
  "> Hei Jussi,\n> varauksesi on vahvistettu: passikuva to 14.3. klo 10:20, Vasaratie 2 A.\n"
  "> Jos haluat perua tai siirtää ajan, tee se viimeistään vuorokautta ennen.\n"
  "> Voit peruuttaa markkinointiviestit asetuksista milloin tahansa.\n",
  "rectification phone in reply; quoted mentions opt-out")
m("rectification", ("Annikki Salo", "annikki.salo@example.fi"), "Väärä osoite laskussa",
  "Hei. Osoitteeni on teillä väärin: Kauppapuistikko 12 B 8 eikä 18. Laskut ja kirjeet ovat menneet "
  "naapurille, joka toi ne onneksi minulle. Korjatkaa tämä.\n\nAnnikki Salo\n",
  "wrong address on invoice = rectification")
m("rectification", ("ERKKI HAAPALA", "erkki.haapala@example.fi"), "SÄHKÖPOSTIOSOITE",
  "HEI. SÄHKÖPOSTIOSOITTEENI ON MUUTTUNUT. UUSI OSOITE ON ERKKI.HAAPALA@EXAMPLE.FI JA VANHA "
  "E.HAAPALA@EXAMPLE.TEST EI OLE ENÄÄ KÄYTÖSSÄ. OLKAA HYVÄ JA KORJATKAA.\n\nERKKI HAAPALA\n",
  "ALL CAPS email change")
m("rectification", ("Marjo Hakkarainen", "marjo.hakkarainen@example.fi"), "Henkilökuvan nimitiedot",
  "Hei,\n\nHenkilökuvieni yhteyteen teidän toimittamassa aineistossa on merkitty sukunimeksi "
  "\"Hakarainen\". Oikea kirjoitusasu on Hakkarainen (kaksi k:ta). Pyydän korjaamaan tiedon teidän "
  "rekisteriinne, jotta virhe ei toistu ensi vuoden kuvauksessa.\n\nMarjo Hakkarainen\n"
  "Pohjanmaan hyvinvointialue" + DISC_FI, "employee: staff-photo name spelling")

# ---------------- erasure ----------------
m("erasure", ("Pirjo Lindqvist", "pirjo.lindqvist@example.fi"), "tiedot",
  "Poistakaa kaikki minun tiedot teidän rekisteristä. En ole enää asiakas.\n-Pirjo\n", "plain erasure")
m("erasure", ("Ville Hämäläinen", "ville.hamalainen@example.fi"), "Verkkokaupan tili",
  "Hei, haluan että tilini verkkokaupassa suljetaan ja poistetaan kokonaan, tietoineen. "
  "Käyttäjätunnus on villeh. Kiitos.\n", "delete account")
m("erasure", ("Laura ja Mikael Aho", "laura.aho@example.fi"), "Koulukuvat / muutto",
  "Hei,\n\nlapsemme Oona (5lk) on muuttanut pois paikkakunnalta eikä tarvitse enää koulukuvia "
  "Vaasasta. Pyydämme poistamaan hänen kuvansa ja tietonsa palvelimeltanne.\n\nTerveisin\n"
  "Laura ja Mikael Aho\n", "guardians: erase child's photos and data")
m("erasure", ("Matti Laine", "matti.laine@example.fi"), "poistopyyntö",
  "kts otsikko. nimi Matti Laine, s-posti tämä\n", "subject carries the request")
m("erasure", ("Susanna Väisänen", "susanna.vaisanen@example.fi"), "Passikuva",
  "Hei,\nkävin ottamassa passikuvan maaliskuussa ja passi on jo tullut. Tarvitseeko teidän "
  "säilyttää sitä kuvaa vielä? Jos ei, niin toivoisin että se hävitetään.\n\nSusanna\n",
  "indirect erasure of passport photo")
m("erasure", ("Aada", "aada.koskinen07@example.fi"), "mun koulukuvat",
  "moi mä oon 16 ja mun vanhemmat tilas mun koulukuvat. en haluu et niit kuvia on teil enää, "
  "voitteks poistaa ne? mun nimi on Aada Koskinen, Vaskiluodon koulu 9B\n",
  "teenager erasure of own school photos")
m("erasure", ("", "jyrki.t@example.test"), "???",
  "Mä en oo ikinä antanu lupaa et mun tiedot on teillä. Poistakaa heti. Ei tarvii vastata "
  "mitään pitkää selitystä.\n", "rude erasure")
m("erasure", ("Hanna Björkqvist", "hanna.bjorkqvist@example.fi"), "Henkilökuvat",
  "Hei,\n\nolen lopettanut Pohjanmaan hyvinvointialueella 31.5. ja pyytäisin, että minusta otetut "
  "henkilökuvat sekä nimitietoni poistetaan teidän järjestelmistänne.\n\nYstävällisesti\n"
  "Hanna Björkqvist\n", "ex-employee: erase staff photos")

# ---------------- restriction ----------------
m("restriction", ("Kari Nieminen", "kari.nieminen@example.fi"), "Reklamaatio kesken - tietojen käsittely",
  "Hei,\n\nminulla on teillä reklamaatio kesken (tilaus 20931). Pitäkää tietoni tallessa, mutta "
  "älkää käsitelkö niitä mitenkään muuten ennen kuin reklamaatio on ratkaistu. Mitään ei saa "
  "myöskään poistaa, koska tarvitsen tilaushistorian mahdollista kuluttajariitalautakuntaa varten.\n\n"
  "Kari Nieminen\n", "restriction pending dispute, keep data")
m("restriction", ("Eija Mattila", "eija.mattila@example.fi"), "Tiedot jäihin",
  "Haluan että tietoni jäädytetään. En halua niitä poistettavan, koska saatan tarvita kuvia "
  "myöhemmin todisteena, mutta te ette saa käyttää niitä enää mihinkään.\n\nEija\n",
  "freeze, don't delete")
m("restriction", ("Antti Peltonen", "antti.peltonen@example.fi"), "Rajoituspyyntö",
  "Pyydän käsittelyn rajoittamista tietojeni osalta (tietosuoja-asetus 18 art. 1 c kohta). "
  "Perustelut toimitan erikseen juristini kautta.\n\nAntti Peltonen\n", "formal restriction")
m("restriction", ("Johanna Kivelä", "johanna.kivela@example.fi"), "Lasten kuvat - huoltoriita",
  "Hei,\n\nolemme eroamassa ja lasten valokuviin liittyy erimielisyyksiä. Pyydän, ettei lasten "
  "kuvia tai tietoja käsitellä eikä luovuteta kummallekaan vanhemmalle ennen kuin asia on "
  "ratkaistu käräjäoikeudessa. Niitä ei kuitenkaan saa poistaa.\n\nJohanna Kivelä\n",
  "guardian: restriction in custody dispute")

# ---------------- portability ----------------
m("portability", ("Olli Kauppinen", "olli.kauppinen@example.fi"), "Kuva-arkiston siirto",
  "Hei! Onko mahdollista saada kaikki mun tilaustiedot ja kuvat koneluettavassa muodossa? Siirrän "
  "perheen kuva-arkiston toiseen palveluun ja haluaisin ne yhtenä pakettina.\n", "portability")
m("portability", ("Minna Suominen", "minna.suominen@example.fi"), "Tietojen siirto toiselle palveluntarjoajalle",
  "Hyvä vastaanottaja,\n\npyydän siirtämään asiakastietoni ja ostohistoriani suoraan Kuvapalvelu "
  "Lumo Oy:lle (siirrot@example.com). JSON tai CSV käy heille.\n\nMinna Suominen\n",
  "portability direct transfer")
m("portability", ("", "kimmo.vaara@example.fi"), "",
  "saisko mun tiedot jossain excelis tai csv:nä et voin viedä ne muualle\n", "portability, no subject",
  mime="plain")

# ---------------- objection ----------------
m("objection", ("Tiina Hyvönen", "tiina.hyvonen@example.fi"), "Google Analytics",
  "En hyväksy sitä, että verkkokauppanne seuraa käyntejäni Google Analyticsilla. Lopettakaa "
  "selaustietojeni käyttö analytiikkaan.\n\nTiina Hyvönen\n", "objection to analytics")
m("objection", ("Markku Salminen", "markku.salminen@example.fi"), "Lasku 4410 / perintä",
  "Vastustan tietojeni luovuttamista OK-perinnälle. Lasku 4410 maksettiin 3.5., kuitti liitteenä. "
  "Tarkistakaa kirjanpitonne.\n\nMarkku Salminen\n", "objection to passing to debt collection",
  mime="mixed", attach=("kuitti.txt", "text/plain", b"Maksu 69,00 EUR 3.5. viite 44103\n"))
m("objection", ("Krista Heikkilä", "krista.heikkila@example.fi"), "Lapseni kuva mainoksessa",
  "Hei\n\nnäin eilen, että lapseni kuva on teidän Facebook-mainoksessa (kevään koulukuvakampanja). "
  "Emme ole koskaan antaneet siihen lupaa. Kuvaa ei saa käyttää mainonnassa.\n\nKrista\n",
  "objection to child's photo in ad")
m("objection", ("Arja Lammi", "arja.lammi@example.fi"), "Kuva liikkeen ikkunassa",
  "Hei, perun luvan, jonka annoin muotokuvani käyttämiseen liikkeenne näyteikkunassa. Kuvan voi "
  "pitää arkistossa, mutta sitä ei saa enää näyttää missään.\n\nArja Lammi\n",
  "consent withdrawal for display, keep archive")
m("objection", ("Jukka Ojala", "jukka.ojala@example.fi"), "Henkilökuva nettisivuille",
  "Moi,\n\nen halua, että henkilökuvaani käytetään työnantajan nettisivuilla. Ymmärsin että te "
  "toimitatte kuvat suoraan heidän sivustolleen. Lopettakaa kuvani toimittaminen sinne.\n\n"
  "Jukka Ojala" + DISC_FI, "employee objects to photo being sent to employer site")
m("objection", ("Petra Lähde", "petra.lahde@example.fi"), "Suositukset",
  "Huomasin että verkkokaupassa näkyy 'sinulle valitut' tuotteet ostohistorian perusteella. En "
  "halua että minusta tehdään tällaista profiilia, kiellän sen.\n", "objection to profiling")
m("objection", ("Samuli Räsänen", "samuli.rasanen@example.fi"), "Passikuva poliisille?",
  "Miksi passikuvani lähetettiin poliisin palvelimelle heti kuvauksen jälkeen, vaikka en ollut "
  "edes päättänyt haenko passia? En halua, että kuvaani lähetetään mihinkään ilman erillistä "
  "pyyntöäni.\n", "objection to sending photo to police server")
m("objection", ("Leena Toivonen", "leena.toivonen@example.fi"), "vuosikirja",
  "Koulun vuosikirjaan ei saa laittaa poikani Eetun kuvaa (6C, Ristinummen koulu). Kiellän "
  "kuvan luovuttamisen koululle julkaisua varten.\n\nt. Leena Toivonen\n",
  "guardian objects to publication in yearbook")

# ---------------- marketing opt-out ----------------
m("marketing_opt_out", ("Satu Virta", "satu.virta@example.fi"), "Uutiskirje",
  "En halua enää teidän uutiskirjettä. Kiitos.\n\nLähettäjä: Zoomi Kuvakaupat <uutiset@example.fi>\n"
  "Lähetetty: maanantai 4. maaliskuuta 2024 8.00\nVastaanottaja: satu.virta@example.fi\n"
  "Aihe: Kevään kuvaukset alkavat!\n\nHei Satu! Varaa perhekuvaus nyt -20 %...\n"
  "Et halua enää viestejä? Peruuta tilaus tästä. Tietosuojaselosteemme kertoo, miten voit "
  "tarkastaa ja poistaa tietosi.\n", "opt-out reply, Outlook fi block quoting access/erasure words")
m("marketing_opt_out", ("", "0401234567@example.test"), "Re: SMS",
  "lopettakaa noi tekstiviestit!!! joka viikko tulee joku tarjous\n", "SMS marketing stop, rude")
m("marketing_opt_out", ("Raimo Kangas", "raimo.kangas@example.fi"), "Puhelut",
  "Älkää soittako minulle enää myyntipuheluita. Soititte tänäänkin kesken työpäivän ja "
  "tiedustelitte perhekuvauksesta. Ei kiinnosta.\n\nRaimo Kangas\n", "stop marketing calls")
m("marketing_opt_out", ("Helena Korpela", "helena.korpela@example.fi"), "Suoramarkkinointikielto", "",
  "subject-only opt-out, empty body", mime="plain")
m("marketing_opt_out", ("Leena Paananen", "leena.paananen@example.fi"), "postitus",
  "Hei\nvoisitteko ottaa mut pois postituslistalta, tulee liikaa postia\nterv Leena\n", "mailing list removal")
m("marketing_opt_out", ("Pentti Järvinen", "pentti.jarvinen@example.fi"), "Markkinointilupa",
  "Peruutan markkinointiluvan, jonka annoin verkkokaupan tilauksen yhteydessä viime keväänä.\n\n"
  "Pentti Järvinen\n", "withdraw marketing consent")
m("marketing_opt_out", ("Marika Ström", "marika.strom@example.fi"), "Tarjousviestit lapselle",
  "Hei,\n\nlapseni (12 v.) saa teiltä tarjousviestejä omaan puhelimeensa, numero on ilmeisesti "
  "jäänyt koulukuvatilauksesta. Ei tällaista markkinointia lapsille, lopettakaa se.\n\nMarika Ström\n",
  "guardian: stop SMS marketing to child")
m("marketing_opt_out", ("Timo Kärkkäinen", "timo.karkkainen@example.fi"), "Re: Kevään kuvauskampanja -20%",
  "Ei kiinnosta. Ottakaa pois listalta.\n\n> Hei Timo! Nyt on perhekuvauksen aika.\n"
  "> Varaa aika Slotissa ja saat -20 %.\n", "opt-out reply to campaign")
m("marketing_opt_out", ("", "nelli.h@example.fi"), "Re: Zoomin joulu-uutiset",
  "en oo tilannu tätä enkä halua näitä\n\n-----Alkuperäinen viesti-----\nLähettäjä: Zoomi "
  "Kuvakaupat\nAihe: Zoomin joulu-uutiset\n\nJoulukortit nyt -30 %! ...\nOikeutesi: voit pyytää "
  "tietojesi korjaamista tai poistamista, tai vastustaa käsittelyä. Peruuta uutiskirje tästä.\n",
  "opt-out; quoted footer mentions rectification/erasure/objection")

# ---------------- complaint ----------------
m("complaint", ("Harri Lundström", "harri.lundstrom@example.fi"), "Valitus",
  "Miten voin tehdä valituksen tietosuojavaltuutetulle teidän toiminnasta? Mihin osoitteeseen se "
  "lähetetään ja tarvitaanko jotain lomaketta?\n", "asks how to complain to DPA")
m("complaint", ("Maija Honkanen", "maija.honkanen@example.fi"), "Kantelu tehty",
  "Tiedoksi: olen jättänyt kantelun tietosuojavaltuutetun toimistoon, koska ette vastanneet "
  "kuukauden kuluessa. Diaarinumero tulee myöhemmin.\n\nMaija Honkanen\n", "complaint filed with DPA")
m("complaint", ("Jari Vesterinen", "jari.vesterinen@example.fi"), "lasten kuvat näkyy kaikille",
  "Te rikotte GDPR:ää kun lasten kuvagalleriat aukeaa koodilla joka on pelkkä luokka + "
  "juokseva numero. Kuka tahansa voi arvata koodin ja nähdä muiden lapsia. Uskomatonta.\n",
  "accusation of GDPR violation")
m("complaint", ("Outi Karjalainen", "outi.karjalainen@example.fi"), "Väärän asiakkaan lasku",
  "Sain teiltä kirjekuoressa toisen asiakkaan laskun, jossa on hänen nimensä, osoitteensa ja "
  "lapsen kuvat. Tämä on tietosuojaloukkaus ja ilmoitan asiasta tietosuojaviranomaiselle.\n\nOuti K.\n",
  "reports breach to DPA")

# ---------------- multi ----------------
m("objection+erasure", ("Noora Pelkonen", "noora.pelkonen@example.fi"), "Tyttären kuva nettisivuilla",
  "Hei,\n\nperun suostumuksen tyttäreni Iidan kuvan käyttöön nettisivuillanne (etusivun "
  "päiväkotikuva). Pyydän, että kuva poistetaan sekä sivuilta että teidän kuva-arkistostanne.\n\n"
  "Noora Pelkonen\n", "consent withdrawal + delete photo")
m("access+erasure", ("Reijo Kettunen", "reijo.kettunen@example.fi"), "tiedot",
  "Lähettäkää ensin kopio kaikista minusta olevista tiedoista ja sen jälkeen poistakaa ne.\nReijo\n",
  "copy then delete")
m("erasure+marketing_opt_out", ("Kirsi Laitinen", "kirsi.laitinen@example.fi"), "Uutiskirje ja tili",
  "Poistakaa minut uutiskirjelistalta ja samalla koko asiakastilini. En tarvitse sitä enää.\n", "unsubscribe + delete account")
m("objection+complaint", ("Seppo Huttunen", "seppo.huttunen@example.fi"), "Perintä",
  "Vastustan tietojeni siirtämistä perintätoimistolle, koska lasku on riitautettu. Jos tätä ei "
  "korjata viikon sisällä, teen kantelun tietosuojavaltuutetulle.\n\nSeppo Huttunen\n",
  "objection to debt collection + threat to complain to DPA")
m("access+complaint", ("Paula Manninen", "paula.manninen@example.fi"), "Re: Tietopyyntö",
  "Pyysin kaksi kuukautta sitten tiedot, jotka teillä on minusta, eikä mitään ole kuulunut. Pyydän "
  "ne nyt uudestaan ja ilmoitan samalla, että olen yhteydessä tietosuojavaltuutettuun.\n\n"
  "Paula Manninen\n", "repeat access + DPA")
m("rectification+marketing_opt_out", ("Esa Pitkänen", "esa.pitkanen@example.fi"), "Osoite",
  "Moro. Osoite muuttunu, uusi on Hietasaarenkatu 3 as 5, 65170 Vaasa. Ja samalla, en halua enää "
  "mitään mainospostia kotiin, kiitos.\n", "address update + stop ad mail")
m("access+portability", ("Mervi Ahonen", "mervi.ahonen@example.fi"), "Tietoni",
  "Haluan nähdä kaikki tietoni ja saada ne koneluettavassa muodossa, jotta voin siirtää ne "
  "toiseen kuvapalveluun.\n", "access + portability")
m("restriction+objection", ("Ilkka Räty", "ilkka.raty@example.fi"), "Analytiikka ja tietojen käyttö",
  "Vastustan tietojeni käyttöä analytiikkaan ja asiakasprofilointiin. Pyydän, että kaikki "
  "tietojeni käsittely keskeytetään siihen asti, kunnes vastustukseni on käsitelty.\n", "objection + restriction pending")
m("objection+marketing_opt_out", ("Jenni Blomqvist", "jenni.blomqvist@example.fi"), "evästeet + puhelut",
  "Ei enää markkinointisoittoja, ja en myöskään hyväksy Google Analyticsia tai muita "
  "seurantaevästeitä kun käytän teidän sivuja.\n", "stop calls + object to analytics")
m("access+rectification", ("Veikko Lahtinen", "veikko.lahtinen@example.fi"), "Tiedot",
  "Mitä tietoja minusta on teillä? Epäilen, että syntymäaikani on väärin (oikea 12.4.1956), "
  "korjatkaa se samalla.\n\nVeikko Lahtinen\n", "access + correct birth date")
m("erasure+complaint", ("Tarja Hirvonen", "tarja.hirvonen@example.fi"), "TÄMÄ ON TIETOSUOJARIKKOMUS",
  "Lapseni kuva oli julkisesti nähtävissä teidän galleriassa ilman salasanaa. Tämä on "
  "tietosuojarikkomus. Poistakaa kaikki tiedot minusta ja lapsistani heti ja vahvistakaa "
  "kirjallisesti.\n\nTarja Hirvonen\n", "erasure + GDPR violation accusation")
m("access+objection", ("Kalle Mustonen", "kalle.mustonen@example.fi"), "Miksi perintään?",
  "Miksi annoitte tietoni perintään ilman muistutusta? Kenelle muille tietojani on luovutettu? "
  "Vastustan tietojeni luovuttamista perintätoimistolle.\n", "who received + object to debt collection")
m("objection+erasure", ("Niina Karvonen", "niina.karvonen@example.fi"), "Kuva henkilökuntasivulla",
  "Hei!\n\nEn enää työskentele Vaasan seurakuntayhtymässä. Henkilökuvaani ei saa käyttää heidän "
  "nettisivuillaan, ja pyydän myös poistamaan minusta otetut kuvat teidän järjestelmästä.\n\nNiina\n",
  "ex-employee: stop use + delete")
m("access+erasure+marketing_opt_out", ("", "aki.n@example.fi"), "tietosuoja",
  "1) mitä tietoja musta on\n2) ei enää mainoksia\n3) sen jälkeen poistakaa kaikki\n",
  "numbered list of three requests")
m("rectification+restriction", ("Sirpa Hautala", "sirpa.hautala@example.fi"), "Väärä osoite rekisterissä",
  "Hei,\n\nteidän rekisterissänne on osoitteekseni Gerbyntie 14, mutta en ole koskaan asunut "
  "Gerbyssä. Korjatkaa tieto. Kunnes olette tarkistaneet asian, pyydän rajoittamaan tietojeni "
  "käsittelyä, eli ei laskuja tai kirjeitä tuohon osoitteeseen.\n\nSirpa Hautala\n",
  "contests accuracy: rectify + restrict meanwhile")

# ---------------- near-misses ----------------
m("", ("Anu Heinonen", "anu.heinonen@example.fi"), "Tilaus 10234",
  "Peruuttakaa tilaus 10234, tilasin vahingossa kaksi kertaa saman kuvapaketin.\n", "order cancellation")
m("", ("Mika Tuominen", "mika.tuominen@example.fi"), "tuplatilaus",
  "Poistakaa tuplatilaus nro 55812, toinen (55811) on jo maksettu. Kiitos\n", "delete duplicate order")
m("", ("Elina Rinne", "elina.rinne@example.fi"), "Passikuva-aika",
  "Hei! Voisinko siirtää passikuva-aikani keskiviikolta torstaille samaan kellonaikaan? Varasin "
  "Slotin kautta.\n", "booking change")
m("", ("Risto Pakarinen", "risto.pakarinen@example.fi"), "Galleria ei aukea",
  "En pääse kirjautumaan galleriaan, salasanan palautuslinkki ei tule sähköpostiin (katsoin myös "
  "roskapostin). Tunnus on tämä sähköposti.\n", "login help")
m("", ("Hilkka Savolainen", "hilkka.savolainen@example.fi"), "Lisää kuvia",
  "Hei, haluaisin tilata lisää kuvia viime vuoden koulukuvista (Martti, 4A). Onko vielä mahdollista "
  "ja saako kopion isompana?\n", "reprint order")
m("", ("Jouni Vainio", "jouni.vainio@example.fi"), "laskukopio",
  "Lähettäkää laskusta kopio, alkuperäinen hävisi muuton yhteydessä. Laskun nro oli 3312 tai "
  "sinnepäin.\n", "invoice copy")
m("", ("Eveliina Kosonen", "eveliina.kosonen@example.fi"), "Laskussa väärä summa",
  "Laskussa on 89 €, vaikka paketin hinta sivuillanne oli 69 €. Korjatkaa lasku oikeaksi.\n",
  "wrong invoice amount (billing)")
m("", ("Tapani Keskinen", "tapani.keskinen@example.fi"), "Reklamaatio",
  "Reklamaatio: kuvat ovat tummia ja yhdessä naama on täysin epätarkka. Valitan tästä laadusta "
  "ja haluan uudet vedokset tai rahat takaisin.\n", "product quality complaint")
m("", ("Iida", "iida.s@example.fi"), "retusointi?",
  "voitteks poistaa finnin poskesta ennen ku tulostatte? kuva nro 12\n", "retouching, uses 'poistaa'")
m("", ("Kati Rautio", "kati.rautio@example.fi"), "Alekoodi uutiskirjeestä",
  "Uutiskirjeessä luvattiin alekoodi KEVAT20, mutta se ei toimi kassalla. Onko koodi vanhentunut?\n",
  "newsletter content / code")
m("", ("Joonas Heino", "joonas.heino@example.fi"), "passikuvan koodi",
  "Passikuvan koodi ei kelpaa poliisin sähköisessä asioinnissa, se sanoo että koodi on "
  "vanhentunut. Kuva otettiin vasta toissapäivänä.\n", "passport photo code problem")
m("", ("", "sampsa77@example.fi"), "tilaus?", "Missä mun tilaus on? Tilasin 2 viikkoa sitten eikä oo kuulunu mitään\n",
  "delivery question")
m("", ("Päivi Niskanen", "paivi.niskanen@example.fi"), "Hintatiedustelu",
  "Paljonko maksaa perhekuvaus kotona, 2 aikuista + 3 lasta + koira? Ja kuinka monta kuvaa "
  "hintaan sisältyy?\n", "price question")
m("", ("Taru Hiltunen", "taru.hiltunen@example.fi"), "Uutiskirje takaisin",
  "Peruin vahingossa uutiskirjeen tilauksen, kun siivosin sähköpostia. Miten saan sen takaisin? "
  "Tykkään teidän tarjouksista.\n", "re-subscribe")
m("", ("Raija Koski", "raija.koski@example.fi"), "Tilauksen 7789 toimitusosoite",
  "Hei, voitteko muuttaa tilauksen 7789 toimitusosoitteen mummolle: Aino Koski, Kirkkokatu 4, "
  "66100 Maalahti. Se on lahja. Muuten tiedot saa pysyä ennallaan.\n", "change one order's delivery address")
m("", ("Rehtori Anneli Kuusela", "anneli.kuusela@example.fi"), "Tietosuojaseloste vanhemmille",
  "Hei,\n\nolen Gerbyn koulun rehtori. Onko teillä tietosuojaselostetta, jonka voisimme liittää "
  "vanhemmille lähtevään kuvauspäivätiedotteeseen? Hankintaohjeemme edellyttää sitä.\n\n"
  "Anneli Kuusela\nrehtori" + DISC_FI, "general privacy-policy question; disclaimer has 'poista'")
m("", ("Teemu Aaltonen", "teemu.aaltonen@example.fi"), "Perintäkirje??",
  "Miksi sain perintäkirjeen, vaikka maksoin laskun eräpäivänä? Kuitti liitteenä. Perukaa "
  "perintäkulut.\n", "payment dispute about debt letter")
m("", ("Marja Lepistö", "marja.lepisto@example.fi"), "Re: Poistopyyntönne on käsitelty",
  "Kiitos nopeasta hoidosta!\n\nMarja\n\nti 9.4.2024 klo 14.12 Zoomi Kuvakaupat tietosuoja "
  "<tietosuoja@example.fi> kirjoitti:\n> Hei Marja,\n> olemme poistaneet tietonne asiakasrekisteristä "
  "ja lopettaneet\n> markkinointiviestien lähettämisen. Kirjanpitolain vuoksi laskut säilytetään\n"
  "> kuusi vuotta. Jos haluat kopion tiedoistasi, vastaa tähän viestiin.\n",
  "thanks; quoted text mentions erasure/opt-out/access")
m("", ("Henri Kokko", "henri.kokko@example.fi"), "Huominen aika",
  "Joudun perumaan huomisen kuvausajan, lapsi sairastui. Voinko varata uuden ajan ensi viikolle?\n",
  "cancel appointment")
m("", ("Minttu Lassila", "minttu.lassila@example.fi"), "Digitaaliset kuvat",
  "Saako koulukuvat myös digitaalisena tiedostona, jotta voisin tulostaa niitä itse? Mitä se maksaa?\n",
  "digital files purchase, not portability")
m("", ("Anne Tikkanen", "anne.tikkanen@example.fi"), "Palautetta kuvauspäivästä",
  "Haluan antaa palautetta: valokuvaaja oli päiväkodilla tosi kärsimätön lapsille ja pari pientä "
  "itki. Tämä ei ole hyvää asiakaspalvelua.\n", "service complaint, not DPA")
m("", ("Päiväkoti Mustikka / Sari", "mustikka.pk@example.fi"), "Kuvauspäivä keväällä",
  "Hei! Milloin päiväkodin kevään kuvauspäivä on? Viime vuonna se oli toukokuussa. Terv. Sari\n",
  "photo day schedule")
m("", ("Aila Jokinen", "aila.jokinen@example.fi"), "Lahjakortti",
  "Sain joululahjaksi teidän lahjakortin, joka vanheni viime kuussa. Voiko sen vielä käyttää?\n",
  "gift card question")
m("", ("", "jenna.m@example.fi"), "kuva 3",
  "Poistakaa kuva nro 3 tilauksesta 66120, valitsin vahingossa väärän. Haluan sen tilalle kuvan 5.\n",
  "remove a photo from order selection")
m("", ("Juha Manninen", "juha.manninen@example.fi"), "Maksu epäonnistui",
  "Maksu epäonnistui kassalla (Verifone antoi virheen 402) mutta rahat lähti silti tililtä. "
  "Tuleeko tilaus vai pitääkö maksaa uudestaan?\n", "payment problem")
m("", ("Sari Heiskanen", "sari.heiskanen@example.fi"), "Puuttuva kuva",
  "Kuvapaketti tuli tänään mutta siitä puuttuu yksi 13x18-kuva. Voitteko lähettää sen?\n",
  "missing item")
m("", ("Tuomas Laakso", "tuomas.laakso@example.fi"), "Maksuaika",
  "Voisinko saada kaksi viikkoa lisää maksuaikaa laskuun 5521? Palkka tulee vasta 15. päivä.\n",
  "payment extension")
m("", ("Irma Vuori", "irma.vuori@example.fi"), "Re: Joulun tarjoukset",
  "Onko teillä vielä niitä joulukortteja jäljellä ja ehtiikö ne jouluksi?\n\n"
  "Lähettäjä: Zoomi Kuvakaupat <uutiset@example.fi>\nLähetetty: 2. joulukuuta 2024 9.00\n"
  "Aihe: Joulun tarjoukset\n\nJoulukortit -30 %! ...\nEt halua enää uutiskirjettä? Peruuta "
  "tilaus | Poista tietoni\n", "question in reply to newsletter; quoted footer has opt-out/erasure links")
m("", ("Mirja Hakala", "mirja.hakala@example.fi"), "Sairaana kuvauspäivänä",
  "Poikamme Onni oli sairaana koulun kuvauspäivänä. Voiko hänet kuvata jälkikäteen ja liittää "
  "luokkakuvaan?\n", "missed photo day")
m("", ("Kalevi Östman", "kalevi.ostman@example.fi"), "Varaus pe",
  "Poistakaa varaukseni perjantaille klo 13, en pääse. Soitan myöhemmin uuden ajan.\n",
  "cancel booking with 'poistakaa'")
