M("fi", "erasure", "Jonna Kivelä <jonna.kivela@example.fi>", "tiedot",
"""poistakaa mun tiedot kiitos

-jonna""", "one-liner erasure, colloquial")

M("fi", "", "Pekka Rautio <pekka.rautio@example.fi>", "Re: Tilausvahvistus #48213",
"""Poista tää, tilasin vahingossa kaks kertaa saman kuvapaketin. Toinen riittää.

Pekka

> Kiitos tilauksestasi! Tilausnumero 48213
> Koulukuvapaketti M, 2 kpl
> Yhteensä 58,00 €""", "poista about a duplicate order, not data")

M("fi", "access", "Sari Mäenpää <sari.maenpaa@example.fi>", "kysymys",
"""Hei, mita tietoja teilla on mun pojasta? Han on ollut teidan kuvissa eskarista asti (Onni Maenpaa, nyt 3lk Hietalahden koulu). Haluaisin nahda ne.
t. Sari""", "guardian access for child, no umlauts")

M("fi", "", "Hietalahden päiväkoti <hietalahti.pk@example.fi>", "Kuvauspäivä keväällä?",
"""Hei!

Olemme Hietalahden päiväkodista ja mietimme, milloin teillä olisi vapaita kuvauspäiviä huhtikuussa. Meillä on kolme ryhmää, yhteensä noin 55 lasta. Viime vuonna kuvaus oli aamupäivällä ja se toimi hyvin.

Saako ryhmäkuvan lisäksi sisaruskuvia samana päivänä?

Ystävällisin terveisin
Marja-Leena Hautala
varhaiskasvatuksen opettaja""", "photo day booking question")

M("fi", "marketing_opt_out", "Tuula <tuula.heikkila@example.fi>", "Re: Joulun kuvalahjat -20 %",
"""En halua enää näitä mainoksia. Lapset on jo aikuisia eikä koulukuvia tarvita.

Lähetetty iPhonesta

> Joulun kuvalahjat nyt -20 %! Kalenterit, mukit ja kortit omista kuvistasi.
> Et halua enää viestejämme? Peruuta tilaus tästä.""", "reply to newsletter, stop ads")

M("fi", "", "Risto Vainio <risto.vainio@example.fi>", "Lasku väärin",
"""Hei

Sain laskun 72,40 euroa mutta tilasin vain yhden paketin joka maksoi 36,20. Teillä on mennyt kahteen kertaan. Laskun numero 2026-118834. Korjatkaa lasku niin maksan oikean summan.

Risto Vainio""", "invoice amount dispute, not rectification")

M("fi", "rectification", "Minna Lehtinen <minna.lehtinen@example.fi>", "Nimenmuutos",
"""Hei,

menin naimisiin syksyllä ja sukunimeni on nyt Lehtinen (ent. Saarikoski). Teidän laskuissa ja kirjeissä lukee vielä vanha nimi. Voisitteko päivittää sen asiakastietoihin? Sähköposti ja osoite pysyy samana.

Kiitos!
Minna Lehtinen""", "surname change")

M("fi", "", "Automaattinen vastaus <rehtori.kansliakoulu@example.fi>", "Automaattinen vastaus: Kuvauspäivän aikataulu",
"""Olen lomalla 30.11.–4.12.2026. Kiireellisissä asioissa ota yhteyttä koulusihteeri Anne Kallioon, p. 040 123 4567.

Viestejä ei välitetä eteenpäin.

Kari Mustonen
rehtori""", "out-of-office with auto headers", auto=True,
hdrs=[("Auto-Submitted","auto-replied"),("X-Autoreply","yes")])

M("fi", "", "Anne Kallio <anne.kallio@example.fi>", "Poissa toimistolta",
"""Kiitos viestistäsi. Olen poissa toimistolta ja palaan maanantaina 14.12. Viestisi on vastaanotettu, vastaan siihen mahdollisimman pian.

Anne Kallio
koulusihteeri, Kansliakoulu""", "out-of-office without auto headers", auto=True)

M("fi", "erasure+complaint", "Henrik Ojala <henrik.ojala@example.fi>", "TOINEN KERTA",
"""Lähetin teille 2.11. pyynnön poistaa kaikki tietoni asiakasrekisteristänne. Mitään ei ole kuulunut. Edelleen tulee sähköpostia ja nyt vielä tekstiviestejäkin.

Jos en saa vahvistusta poistosta tämän viikon aikana, teen kantelun tietosuojavaltuutetulle. Olen jo täyttänyt lomakkeen valmiiksi.

Henrik Ojala
Kalevankatu 14 B 9, Vaasa""", "reminder of earlier erasure + conditional complaint")

M("fi", "", "Laura Nieminen <laura.nieminen@example.fi>", "peru",
"""peru mun aika torstaille, lapsi sairas. voiko siirtää ens viikkoon?""", "booking cancel, not DSR")

M("fi", "access", "Juha-Pekka Lindqvist <jp.lindqvist@example.fi>", "Mistä saitte osoitteeni",
"""Päivää.

Sain teiltä postissa mainoksen kuvauspäivästä, vaikka en ole koskaan asioinut kanssanne eikä minulla ole kouluikäisiä lapsia. Mistä olette saaneet nimeni ja osoitteeni? Ja mitä muuta teillä on minusta tallessa?

Juha-Pekka Lindqvist""", "where did you get my address: access")

M("fi", "", "Tanja Korpela <tanja.korpela@example.fi>", "Kuvien laatu ihan surkea",
"""Moi,

saatiin tänään tyttären koulukuvat ja ne on ihan sumeita. Silmät kiinni puolessa kuvista ja taustakin on vino. Maksoin 45 euroa tästä. Voitteko kuvata uudestaan tai palauttaa rahat? En todellakaan tilaa tätä pakettia.

Tanja""", "quality complaint, not Art 77")

M("fi", "marketing_opt_out", "Esa <esa.toivonen@example.fi>", "pois listalta",
"""ottakaa mut pois teidan sahkopostilistalta. en oo tilannu mitaan kolmeen vuoteen""", "opt-out, no umlauts")

M("fi", "erasure", "Katja Salo <katja.salo@example.fi>", "VS: Päiväkodin kuvaus - vanhemman toive",
"""Hei,

välitän tässä yhden vanhemman toiveen. Äiti ei halua, että hänen lapsensa (Eemil Salo, Metsätähtien ryhmä) kuvia säilytetään teillä, ja pyytää, että ne poistetaan. Lapsi oli kuvauspäivänä paikalla ja kuvattiin ryhmäkuvaan ennen kuin saimme viestin.

Äidin viesti alla.

Katja Salo
johtaja, Päiväkoti Metsätähti

---------- Välitetty viesti ----------
Lähettäjä: Riikka Salo
Aihe: kuvaus

Hei Katja, en halua että Eemilistä jää kuviin yhtään mitään kuvaajalle. Voitko ilmoittaa heille että poistavat kaikki Eemilin kuvat? Ryhmäkuvasta en tiedä voiko sitä, mutta yksittäiskuvat ainakin.
Riikka""", "daycare director forwarding parent erasure wish")

M("fi", "", "Jarmo Peltonen <jarmo.peltonen@example.fi>", "Työhakemus: valokuvaaja",
"""Hei,

näin ilmoituksenne Vaasan seudun rekrytointisivulla ja haen valokuvaajan paikkaa kevätkaudelle. Olen valmistunut Novian medianomiksi 2024 ja tehnyt sen jälkeen hääkuvausta ja tapahtumia. Koulukuvauksesta minulla on kokemusta kahdelta keväältä toisen yrityksen leivissä.

Portfolioni: portfolio.example.fi/jarmo
CV liitteenä.

Ystävällisin terveisin
Jarmo Peltonen
040 555 1212""", "job application")

M("fi", "access+erasure", "Aino Rantanen <aino.rantanen@example.fi>", "gdpr",
"""Hei!

Haluan ensin nähdä mitä tietoja minusta on teillä ja sen jälkeen haluan että ne poistetaan. Olen tilannut verkkokaupasta joskus 2019 passikuvia ja kalenterin.

Aino Rantanen
aino.rantanen@example.fi""", "access then erasure")

M("fi", "", "Verkkokauppa <noreply@example.fi>", "Uusi tilaus #48877 vastaanotettu",
"""Uusi tilaus verkkokaupassa

Tilausnumero: 48877
Asiakas: Heikki Aaltonen
Tuotteet: Valokuvakirja A4, 24 sivua (1 kpl)
Summa: 39,90 €
Maksutapa: Verifone / kortti
Toimitus: Posti, noutopiste

Tämä viesti on lähetetty automaattisesti. Älä vastaa tähän viestiin.""", "shop notification, no auto headers", auto=True)

M("fi", "", "Mail Delivery System <MAILER-DAEMON@mx1.example.fi>", "Undelivered Mail Returned to Sender",
"""This is the mail system at host mx1.example.fi.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<mikko.virta@example.test>: host mx.example.test said: 550 5.1.1 User unknown

--- Alkuperäinen viesti ---
Subject: Koulukuvat ovat nyt tilattavissa
From: Zoomi Kuvakaupat <uutiset@example.fi>

Hei! Lapsesi koulukuvat ovat nyt nähtävissä. Peruuta uutiskirje tästä.""", "bounce with auto headers, quotes our newsletter", auto=True,
hdrs=[("Auto-Submitted","auto-generated"),("Content-Description","Delivery report")])

M("fi", "rectification", "Paula Hakala <paula.hakala@example.fi>", "Lapsen nimi väärin",
"""Moi, meidän tytön nimi on Ella-Sofia eikä Ellasofia, niin kuin koulukuvatilauksessa lukee. Nimi tulee myös kuvan taakse ja vuosikirjaan, joten korjatkaa se ennen kuin kuvat lähtee painoon. Luokka 2B, Merenrannan koulu.

Kiitos
Paula (äiti)""", "guardian rectification of child name")

M("fi", "objection", "Ville Heinonen <ville.heinonen@example.fi>", "Henkilöstökuva nettisivuilla",
"""Hei,

työnantajani Vaasan Teräs Oy tilasi teiltä henkilöstökuvat viime keväänä. Huomasin, että kuvaani käytetään nyt teidän omalla sivullanne esimerkkinä "onnistuneista henkilöstökuvista". En ole antanut tähän lupaa enkä halua, että kasvojani käytetään teidän mainonnassanne. Vastustan kuvani käyttöä tähän tarkoitukseen.

Ville Heinonen""", "objection to use of staff photo in company's own showcase")

M("fi", "", "Kirsi Laakso <kirsi.laakso@example.fi>", "tietosuoja kysymys",
"""Hei, kysyisin vaan periaatteessa että missä te säilytätte koulukuvia? Onko ne jossain pilvessä ulkomailla? Meidän koulun vanhempainyhdistyksessä tuli tästä keskustelua, kun yksi isä oli huolissaan. En siis pyydä mitään omia tietoja, haluaisin vain kertoa muille vanhemmille miten homma toimii.

Kirsi Laakso
Gerbyn koulun vanhempainyhdistys""", "general privacy question, asks nothing for self")

M("fi", "marketing_opt_out+erasure", "Arto Kinnunen <arto.kinnunen@example.fi>", "lopettakaa",
"""Lopettakaa viestien lähettäminen ja poistakaa kaikki tietoni. Kiitos.""", "two-line opt-out plus erasure")

M("fi", "erasure", "Nea Virtanen <nea.virtanen2010@example.fi>", "mun kuva instassa",
"""moi! ootte laittanu mun kuvan teidan instagramiin (se lukiokuva missa on punanen huppari) enka halua et se on siella. voitteko ottaa sen pois? oon 16 ja en oo antanu lupaa. kiitti""", "teen asks photo removed from Instagram")

M("fi", "", "Marko Hyvönen <marko.hyvonen@example.fi>", "Re: Vastaanottokuittaus pyyntöönne",
"""Kiitos nopeasta vastauksesta, asia on nyt selvä. Hyvää joulua!

Marko

> Hei Marko Hyvönen,
> olemme vastaanottaneet 16.11.2026 lähettämäsi pyynnön, joka koskee henkilötietojesi poistamista.
> Vastaamme viimeistään 16.12.2026.
> Ystävällisin terveisin, Zoomi Kuvakaupat Oy""", "thanks reply to our acknowledgement, asks nothing new")

M("fi", "erasure", "Sanna Karjalainen <sanna.karjalainen@example.fi>", "Re: Pyyntönne tarkentaminen",
"""Hei,

vastauksena kysymykseenne: tarkoitin kaikkia tietoja, en pelkkää uutiskirjettä. Eli myös vanhat tilaukset (sen mitä laki sallii), kuvat ja asiakastilin verkkokaupassa. Tilaukseni on tehty sähköpostilla sanna.karjalainen@example.fi ja puhelinnumero on 050 765 4321, jos sillä voi tunnistaa.

Sanna

> Hei Sanna,
> kiitos viestistäsi. Jotta voimme käsitellä pyyntösi, tarkentaisitko, haluatko
> poistaa vain markkinointilistalta vai kaikki tietosi asiakasrekisteristä?""", "reply clarifying erasure scope, adds ID info")

M("fi", "", "Pirjo Lahtinen <pirjo.lahtinen@example.fi>", "Passikuva koodi",
"""Hei, kävin eilen ottamassa passikuvan Hovioikeudenpuistikon liikkeessä mutta poliisin sivulla sanotaan että kuvaa ei löydy koodilla. Koodi on kuitissa 7H4K-22PQ. Mitä teen? Passihakemus pitäisi tehdä tänään.

Pirjo""", "passport photo code issue")

M("fi", "access", "Hannu Backman <hannu.backman@example.fi>", "Tarkastuspyyntö (EU 2016/679, 15 art.)",
"""Zoomi Kuvakaupat Oy
Tietosuojavastaava

Tarkastuspyyntö

Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla saada jäljennöksen kaikista minua koskevista henkilötiedoista, joita käsittelette, sekä seuraavat tiedot:

1) käsittelyn tarkoitukset,
2) tietoryhmät,
3) vastaanottajat tai vastaanottajaryhmät, erityisesti mahdolliset perintätoimistot,
4) säilytysajat,
5) mistä tiedot on kerätty, jos ei minulta.

Pyydän toimittamaan tiedot sähköisesti tähän osoitteeseen.

Vaasassa 23.11.2026
Hannu Backman
s. 1971""", "formal access letter listing Art 15 items")

M("fi", "", "Tiina Mattila <tiina.mattila@example.fi>", "Lisää kuvia",
"""Hei! Voiko koulukuviin tilata vielä jälkikäteen lisää kuvia? Mummi haluaisi kaksi isoa kuvaa 20x30 ja pari lompakkokuvaa. Kuvakoodi on 88-LK-3041.""", "reprint order")

M("fi", "marketing_opt_out", "Matti Nurmi <matti.nurmi@example.fi>", "Suoramarkkinointikielto",
"""Kiellän tietojeni käytön suoramarkkinointiin. Koskee sekä sähköpostia että tekstiviestejä.

Matti Nurmi
040 998 2211""", "formal marketing ban")

M("fi", "", "Jenni Koskinen <jenni.koskinen@example.fi>", "perintä??",
"""Miksi mulle tuli perintäkirje OK-perinnältä? Maksoin sen laskun lokakuussa, mulla on kuitti. 14,50 e perintäkuluja päälle, ei käy. Laitan kuitin liitteeksi.

Jenni""", "debt collection payment dispute")

M("fi", "restriction", "Olli Kangas <olli.kangas@example.fi>", "Tietojen käsittely odottamaan",
"""Hei,

asiakastiedoissanne on mielestäni virheellinen osoite ja sen vuoksi lasku meni väärään paikkaan ja päätyi perintään. Selvitän asiaa parhaillaan. Siihen asti, kunnes on selvitetty mikä osoite on oikea, pyydän että tietojeni käsittelyä rajoitetaan, eli ei uusia laskuja, ei perintää eikä tietojen luovuttamista eteenpäin.

En pyydä poistamaan mitään, koska tarvitsen tiedot itsekin selvittelyyn.

Olli Kangas""", "restriction while address accuracy contested")

M("fi", "", "Zoomi uutiskirje <uutiset@example.fi>", "Joulukuun tarjoukset: valokuvakalenterit",
"""Hei!

Joulu lähestyy – tee kalenteri omista kuvistasi ja tilaa viimeistään 15.12., niin se ehtii pukinkonttiin.

- Seinäkalenteri A3 29,90 €
- Pöytäkalenteri 19,90 €
- Kuvamukit 2 kpl 24,90 €

Tilaa verkkokaupasta.

Et halua enää uutiskirjettä? Peruuta tilaus tästä: https://example.fi/peruuta
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa""", "our own newsletter landing in mailbox", auto=True,
hdrs=[("Precedence","bulk"),("List-Unsubscribe","<https://example.fi/peruuta>")])

M("fi", "access", "Eveliina <eveliina.ranta@example.fi>", "",
"""saisinko nähdä mitä tietoja teillä on musta? tein joskus tilauksen verkkokaupassa""", "short access, empty subject")

M("fi", "", "Seppo Huttunen <seppo.huttunen@example.fi>", "Kuvaaja oli epäystävällinen",
"""Hei.

Olin tyttäreni kanssa passikuvassa lauantaina ja kuvaaja oli todella tyly. Tyttäreni on 4-vuotias eikä tietenkään istunut paikallaan, ja kuvaaja huokaili ja sanoi että "tämä ei nyt onnistu". Lopulta kuva saatiin mutta koko käynti jäi pahalle mielelle. Toivon että asiakaspalveluun kiinnitetään huomiota.

Seppo Huttunen""", "service complaint, not DSR")

M("fi", "portability", "Laura Hirvonen <laura.hirvonen@example.fi>", "Kuvat ja tiedot siirtoon",
"""Hei,

olen ladannut verkkokauppaanne vuosien varrella satoja omia kuvia kuvakirjoja varten, ja nyt siirryn toiseen palveluun. Haluaisin saada kaikki lataamani kuvat ja tilaushistoriani jossain koneluettavassa muodossa (vaikka zip + csv), jotta voin tuoda ne uuteen palveluun. Onko tämä mahdollista?

Laura""", "portability of uploaded photos + order history")

M("fi", "erasure", "Mika Laitinen <mika.laitinen@example.fi>", "Poistakaa tilini",
"""Poistakaa verkkokaupan tilini (mika.laitinen@example.fi). En käytä enää.""", "delete account")

M("fi", "", "Satu Leinonen <satu.leinonen@example.fi>", "Re: Varausvahvistus 12.12. klo 10.30",
"""Poistakaa tää varaus, en pääse. Laitan uuden ajan kun tiedän työvuorot.

Satu

> Varausvahvistus / Slotti
> Passikuva, Vaasa keskusta
> La 12.12.2026 klo 10.30""", "poista about a booking")

M("fi", "access+complaint", "Raimo Heikkinen <raimo.heikkinen@example.fi>", "Tietopyyntö ja valitus",
"""Hyvä vastaanottaja

Pyysin jo syyskuussa puhelimitse tietoja siitä, miksi tyttäreni luokkakuva on teidän verkkosivuillanne esimerkkikuvana. Minulle luvattiin soittaa takaisin, mutta kukaan ei soittanut.

Pyydän nyt kirjallisesti tiedot siitä, mitä tietoja tyttärestäni (Sara Heikkinen, Variskan koulu) käsittelette ja kenelle niitä on luovutettu. Olen samalla tehnyt asiasta ilmoituksen tietosuojavaltuutetun toimistolle, koska mielestäni lasten kuvien käyttö markkinoinnissa ilman lupaa on GDPR:n vastaista.

Raimo Heikkinen""", "guardian access + has filed complaint")

M("fi", "", "Elina Pitkänen <elina.pitkanen@example.fi>", "voiko huoltaja kysyä",
"""Hei, olen eronnut ja lasten isä on yksinhuoltaja nykyään mutta mulla on tapaamisoikeus. Onko mulla oikeus saada tietää mitä tietoja teillä on lapsista, jos joskus tarvitsisin? En pyydä nyt mitään, kysyn vaan miten tää toimii.""", "question about how right works, asks nothing now")

M("fi", "marketing_opt_out", "Kalle Ahonen <kalle.ahonen@example.fi>", "STOP",
"""STOP

Lähetetty Samsung Galaxy -laitteesta""", "STOP to marketing")

M("fi", "rectification+marketing_opt_out", "Irma Kauppinen <irma.kauppinen@example.fi>", "Osoite ja mainokset",
"""Hei. Muutimme Vaasaan Mustasaaresta, uusi osoite on Rauhankatu 8 C 22, 65100 Vaasa. Päivittäkää se. Ja sitä kuvakalenterimainosta ei tarvitse enää lähettää, ei kiinnosta.

Irma K.""", "address update + no more ads")

M("fi", "", "Timo Salminen <timo.salminen@example.fi>", "Tilaus ei ole tullut",
"""Hei, tilasin 18.11. kuvakirjan (tilaus 48502) ja seurannan mukaan se on ollut "käsittelyssä" kaksi viikkoa. Se oli tarkoitus antaa joululahjaksi. Milloin se lähtee?

Timo Salminen""", "order status")

M("fi", "objection", "Anu Mikkola <anu.mikkola@example.fi>", "Google Analytics",
"""Hei,

huomasin että verkkokauppanne käyttää Google Analyticsia vaikka en hyväksynyt evästeitä. En halua, että selaamistani seurataan. Vastustan tietojeni käsittelyä analytiikkaa varten.

t. Anu Mikkola""", "objection to analytics")

M("fi", "", "Jaana Väisänen <jaana.vaisanen@example.fi>", "Isän tilaukset",
"""Hei,

isäni Reino Väisänen kuoli lokakuussa. Hänen nimissään oli teidän verkkokaupassa asiakastili ja jokunen avoin lasku (kuvien restaurointi). Olen pesänhoitaja. Voisitteko lähettää avoimet laskut minulle, niin hoidan ne pesän varoista? Liitteenä virkatodistus.

Jaana Väisänen""", "estate letter, no kinds")

M("fi", "erasure+objection", "Petri Järvinen <petri.jarvinen@example.fi>", "Re: Re: Henkilöstökuvat 2026",
"""Hei vielä,

kuten edellisessä viestissä sanoin, en ole enää Pohjanmaan Logistiikan palveluksessa. Kuvani on edelleen heidän sivuillaan, ja he sanoivat että kuva on teidän palvelimella ja te hoidatte sivujen kuvat. Vastustan kuvani käyttöä ja pyydän että se poistetaan sekä sivuilta että teidän arkistosta.

Petri Järvinen

> Hei Petri, välitämme viestisi asiakkaallemme Pohjanmaan Logistiikka Oy:lle,
> joka päättää henkilöstökuviensa käytöstä.""", "former employee, staff photo, objection + erasure")
