from parts.common import E

E("fi","access+rectification+erasure",False,"rights-site template letter, long, lists Art 15 items plus erasure","Sirpa Hämäläinen <sirpa.hamalainen@example.fi>","Rekisteröidyn oikeuksien käyttäminen – tietopyyntö",
"""Hyvä rekisterinpitäjä,

Käytän tällä kirjeellä EU:n yleisen tietosuoja-asetuksen (2016/679) mukaisia oikeuksiani.

1. Tarkastusoikeus (15 artikla)
Pyydän teitä vahvistamaan, käsittelettekö minua koskevia henkilötietoja, ja jos käsittelette, toimittamaan minulle:
a) jäljennöksen käsiteltävistä henkilötiedoista;
b) käsittelyn tarkoitukset;
c) kyseessä olevat henkilötietoryhmät;
d) vastaanottajat tai vastaanottajaryhmät, erityisesti EU:n ulkopuoliset vastaanottajat;
e) tietojen säilytysaika tai sen määrittämiskriteerit;
f) tiedon oikeudesta pyytää oikaisua, poistamista tai rajoittamista sekä vastustaa käsittelyä;
g) tiedon oikeudesta tehdä valitus valvontaviranomaiselle;
h) kaikki saatavilla olevat tiedot siitä, mistä tiedot on kerätty, jos niitä ei ole kerätty minulta;
i) tiedon automaattisen päätöksenteon, profiloinnin mukaan lukien, olemassaolosta.

2. Oikaisu (16 artikla)
Mikäli tiedoissani on virheellisiä tai vanhentuneita tietoja, pyydän korjaamaan ne ja ilmoittamaan minulle tehdyistä korjauksista.

3. Poistaminen (17 artikla)
Kun olette toimittaneet edellä mainitut tiedot, pyydän poistamaan kaikki minua koskevat henkilötiedot, joiden säilyttämiseen teillä ei ole lakisääteistä velvoitetta.

Asetuksen 12 artiklan 3 kohdan mukaan teidän tulee vastata ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa. Pyydän vastausta sähköisesti tähän osoitteeseen.

Ystävällisin terveisin
Sirpa Hämäläinen
Rauhankatu 11 A 3
65100 Vaasa
""")

E("fi","marketing_opt_out",False,"changes mind from erasure to opt-out, quoting own previous mail","Mervi Tuominen <mervi.tuominen@example.fi>","Re: Poistakaa tietoni",
"""Hei vielä,

Unohtakaa edellinen viestini. En halua että tilini poistetaan kun siellä on lasten kaikki koulukuvat vuodesta 2018. Riittää kun en saa enää markkinointisähköposteja.

Mervi

> Poistakaa kaikki tietoni ja tilini, olen kyllästynyt jatkuviin mainoksiin.
> Mervi Tuominen
""")

E("fi","",False,"gratitude, request fulfilled, no new request","Antti Väisänen <antti.vaisanen@example.fi>","Re: Tietopyyntönne on käsitelty",
"""Kiitos nopeasta vastauksesta ja tiedostoista. Kaikki näyttää olevan kunnossa, ei muuta.

Antti Väisänen

> Hei Antti, liitteenä kopio henkilötiedoistasi. Ystävällisin terveisin, Zoomi Kuvakaupat
""")

E("fi","objection",False,"objects to google analytics tracking","Kalle Ahonen <kalle.ahonen@example.fi>","Google Analytics",
"""Vastustan sitä, että verkkokauppanne käyttää Google Analyticsia minun käyttötietojeni keräämiseen. En halua että mun selaustietoja analysoidaan. Lopettakaa se minun osalta.

-Kalle
""")

E("fi","erasure+complaint",False,"former employee of Zoomi, angry, erase & complained","Jussi Kettunen <jussi.kettunen@example.fi>","Entinen työntekijä - kuvani sivuillanne",
"""Olin teillä töissä kuvaajana 2021–2024. Kuvani on edelleen "Tiimimme" -sivulla ja olen pyytänyt sen poistoa jo kahdesti esimiehelleni. Nyt riitti: olen tehnyt asiasta ilmoituksen tietosuojavaltuutetulle. Poistakaa kuva ja nimeni sivuiltanne ja kaikista esitteistä välittömästi.

Jussi Kettunen
""")

E("fi","",False,"order: additional prints","Helena Suominen <helena.suominen@example.fi>","Lisäkuvia",
"""Hei,
haluaisin tilata lisää kuvia poikani koulukuvasta (kuvanumero 2231), 3 kpl 13x18 ja yhden 20x30. Miten maksan?
Helena
""")

E("fi","access",False,"asks where got email address","Teemu Laitinen <teemu.laitinen@example.fi>","mistä sähköpostini",
"""Mistä olette saaneet sähköpostiosoitteeni? En muista asioineeni teillä koskaan.
""")

E("fi","rectification",False,"name change after marriage","Noora Lindholm (ent. Kauppinen) <noora.lindholm@example.fi>","Sukunimen muutos",
"""Hei!

Menin naimisiin ja sukunimeni on nyt Lindholm (ennen Kauppinen). Voisitteko vaihtaa nimen asiakastietoihini ja tiliin? Sähköposti on myös uusi, vanha oli noora.kauppinen@example.fi.

Kiitos,
Noora
""")

E("fi","",True,"shop notification order confirmation","Zoomi Verkkokauppa <noreply@shop.example.fi>","Tilausvahvistus #559033",
"""Kiitos tilauksestasi!

Tilausnumero: 559033
Tuotteet: Kuvakalenteri 2027 A4 x1
Summa: 29,90 €
Maksutapa: Verifone / kortti

Voit seurata tilaustasi osoitteessa https://shop.example.fi/tilaus/559033

Tämä on automaattinen viesti, älä vastaa tähän.
""", hdrs={"Auto-Submitted":"auto-generated"})

E("fi","erasure",False,"guardian for two children, school photos, polite","Satu ja Mikko Pulkkinen <pulkkiset@example.fi>","Lasten kuvien poistaminen",
"""Hei,

Lapsemme Ella (2. lk) ja Onni (5. lk) kuvattiin Gerbyn koulussa syyskuussa. Emme tilanneet kuvia. Pyydämme huoltajina, että kaikki lapsistamme otetut kuvat ja heitä koskevat tiedot poistetaan järjestelmistänne. Luokkakuva saa jäädä koululle.

Satu ja Mikko Pulkkinen
""")

E("fi","complaint",False,"conditional threat, about ignoring earlier mails; no other right asked now","Hannu Lehto <hannu.lehto@example.fi>","Vastaamatta jätetyt viestit",
"""Olen lähettänyt teille kolme sähköpostia lokakuusta lähtien koskien lapseni kuvien käyttöä, eikä kukaan ole vastannut. Jos en saa vastausta tällä viikolla, teen kantelun tietosuojavaltuutetulle.

Hannu Lehto
""")

E("fi","",False,"booking cancellation via Slotti, near-miss","Kirsi Rantala <kirsi.rantala@example.fi>","Peruutus",
"""Hei, peruutan varaukseni perjantaille klo 14 passikuvaan, poistakaa varaus. Varaan uuden ajan myöhemmin.
Kirsi
""")

E("fi","marketing_opt_out",False,"unsubscribe link doesn't work","Outi Karjalainen <outi.karjalainen@example.fi>","Peruutuslinkki ei toimi",
"""Yritin peruuttaa uutiskirjeenne tilauksen linkistä mutta sivu antaa virheen 404. Poistakaa minut postituslistalta käsin. Kolmas kerta kun yritän.

Outi
""")

E("fi","access+erasure",False,"passport photo worry about police server, asks what kept and delete","Reijo Manninen <reijo.manninen@example.fi>","Passikuva - mitä säilytätte?",
"""Hei,

Otin passikuvan teillä marraskuussa. Ymmärrän että kuva lähetettiin poliisin palvelimelle. Haluaisin tietää, mitä kaikkia tietoja minusta jäi teidän omiin järjestelmiin (kuva, henkilötunnus?, puhelinnumero) ja kenelle ne on lähetetty. Sen jälkeen haluan että poistatte ne kaikki, koska asia on hoidettu.

Reijo Manninen
""")

E("fi","",False,"question how erasure works w.r.t. accounting, no request","Tarja Virtanen <tarja.virtanen2@example.fi>","Poisto-oikeus ja laskut",
"""Hei, kysyisin ihan mielenkiinnosta: jos joku pyytää tietojen poistoa, pitääkö teidän silti säilyttää laskut kirjanpitolain takia? Mietin vaan ennen kuin teen mitään.
Tarja
""")

E("fi","objection",False,"objects to customer org sharing photos publicly - against Zoomi","Mirja Saarinen <mirja.saarinen@example.fi>","Henkilökuvani asiakasyritykselle",
"""Hei,

Työnantajani Vaasan Sähkö tilasi teiltä henkilökuvat. En halua, että käsittelette kuvaani enää mihinkään muuhun kuin sen yhden kuvatiedoston toimittamiseen työnantajalle. Vastustan esimerkiksi kuvan säilyttämistä teidän arkistossa "tulevia tilauksia varten" ja sen käyttöä mihinkään muuhun tarkoitukseen.

Mirja Saarinen
""")

E("fi","access+complaint",False,"debt collection dispute, says GDPR breach","Ari Hiltunen <ari.hiltunen@example.fi>","OK-perintä ja tietoni",
"""Sain perintäkirjeen OK-perinnältä laskusta jota en ole koskaan tilannut. Perintätoimiston mukaan tiedot tulivat teiltä. Te rikotte GDPR:ää luovuttamalla tietojani perintään väärin perustein.

Haluan tietää mitä tietoja minusta on teidän rekisterissä ja mistä olette ne saaneet, koska en ole teidän asiakas.

Ari Hiltunen
""")

E("fi","",True,"auto reply sv/fi bilingual municipal","Vaasan kaupunki / Vasa stad <kirjaamo@example.fi>","Vastaanottokuittaus / Mottagningskvitto",
"""Viestinne on vastaanotettu Vaasan kaupungin kirjaamossa. Tämä on automaattinen kuittaus.

Ert meddelande har tagits emot av Vasa stads registratorskontor. Detta är en automatisk kvittering.
""", hdrs={"Auto-Submitted":"auto-replied"})

E("fi","erasure",False,"one-liner phone no umlauts","Pauliina <pauliina.h@example.fi>","poisto",
"""poistakaa mun tiedot kaikki kiitos t pauliina hakkinen
""")

E("fi","marketing_opt_out",False,"withdraws consent to marketing only","Esa Jokinen <esa.jokinen@example.fi>","Markkinointilupa",
"""Perun markkinointiluvan jonka annoin tilauksen yhteydessä. Muuten asiakkuus saa jatkua.

Esa Jokinen
""")

E("fi","restriction",False,"teacher asks to not use photos until consent clarified","Anu Leinonen <anu.leinonen@example.fi>","Kuvien käytön keskeyttäminen",
"""Hei,

Olen Kuuskajaskarin koulun opettaja ja minut kuvattiin henkilökuntakuvaan. Rehtorin mukaan kuvia ollaan laittamassa koulun nettisivuille teidän toimittamina. Kunnes olen selvittänyt asian työnantajani kanssa, pyydän että ette käytä tai luovuta kuvaani mihinkään, mutta älkää myöskään poistako sitä vielä.

Anu Leinonen
""")

E("fi","",False,"newsletter subscription request - wants to subscribe","Marika Toivonen <marika.toivonen@example.fi>","Uutiskirje",
"""Hei, miten voin tilata uutiskirjeenne? Haluaisin kuulla tarjouksista ennen joulua.
Marika
""")

E("fi","access",False,"researcher asking own data? no - ex-customer; asks recipients","Jouni Heikkinen <jouni.heikkinen@example.fi>","Kenelle tietoni on annettu",
"""Hei,

Kenelle olette luovuttaneet tietojani? Haluan listan kaikista yrityksistä ja järjestelmistä, joihin nimeni, osoitteeni tai kuvani on siirretty.

Jouni Heikkinen
""")

E("fi","rectification+marketing_opt_out",False,"two rights, phone number and stop sms","Satu Nurmi <satu.nurmi@example.fi>","Puhelinnumero",
"""Moi, puhelinnumero on vaihtunut, uusi on 0501239876. Ja samalla: en halua tekstiviestimainoksia, pelkät tilausilmoitukset riittää.
Satu
""")

E("fi","",False,"forwarded internal mail from school secretary - question about delivery","Koulusihteeri Pia Aho <pia.aho@example.fi>","VS: Kuvien jako",
"""Hei, välitän alla olevan vanhemman kysymyksen. Milloin kuvat tulevat kouluun jaettavaksi?

Pia Aho
koulusihteeri

---------- Välitetty viesti ----------
Lähettäjä: vanhempi
Aihe: Kuvien jako

Milloin koulukuvat jaetaan? Kuvaus oli jo kuukausi sitten.
""")

E("fi","erasure+objection",False,"data via Slotti booking, wants deletion and objects","Sami Huttunen <sami.huttunen@example.fi>","Slotti-varaus ja tiedot",
"""Hei,

Varasin kerran Slotin kautta ajan ja sen jälkeen nimeni ja numeroni ovat ilmeisesti teidän asiakasrekisterissä. Vastustan tietojeni käsittelyä teidän liiketoiminnan kehittämiseen ja pyydän poistamaan kaikki tietoni, mukaan lukien Slotti-varaushistorian.

Sami Huttunen
""")

E("fi","",False,"complaint about service (rude photographer), not DSR","Raija Mäkinen <raija.makinen@example.fi>","Palaute kuvaajasta",
"""Haluan antaa palautetta. Kuvaaja oli todella tyly lapsille päiväkodilla ja yksi lapsista itki. Tämä ei ole hyvää asiakaspalvelua. Toivon että asiaan puututaan.

Raija Mäkinen
""")

E("fi","access",False,"guardian asks data of child, formal","Juhani Hakala <juhani.hakala@example.fi>","Tarkastuspyyntö lapsen tiedoista",
"""Hyvä vastaanottaja

Pyydän huoltajana saada tarkastaa kaikki tiedot, joita rekisterissänne on tyttärestäni Veera Hakalasta (s. 2015). Veera on kuvattu Variskan koulussa vuosina 2021–2026.

Juhani Hakala
""")

E("fi","marketing_opt_out",False,"Art 21(2) formal objection to direct marketing","Oskari Lampinen <oskari.lampinen@example.fi>","Suoramarkkinointikielto",
"""Zoomi Kuvakaupat Oy

Kiellän tietosuoja-asetuksen 21 artiklan 2 ja 3 kohdan nojalla henkilötietojeni käsittelyn suoramarkkinointitarkoituksiin kaikissa kanavissa (sähköposti, tekstiviesti, kirje).

Oskari Lampinen
""")

E("fi","",False,"withdraws a previous request","Hilkka Räsänen <hilkka.rasanen@example.fi>","Peruutan pyynnön",
"""Hei, lähetin eilen pyynnön tietojeni poistamisesta, mutta perun sen. Selvisi että kyse oli väärinkäsityksestä. Ei tarvitse tehdä mitään.

Hilkka Räsänen
""")

E("fi","portability",False,"staff member wants own staff photo files + data to take to new employer","Tommi Ylinen <tommi.ylinen@example.fi>","Henkilökuvat uudelle työnantajalle",
"""Moi,

Otitte minusta henkilökuvat edelliseen työpaikkaani. Saisinko itselleni ne kuvatiedostot ja tietoni sellaisessa muodossa että voin toimittaa ne suoraan uudelle työnantajalle? Tai voisitteko siirtää ne suoraan heille (Pohjanmaan Logistiikka Oy)?

Tommi Ylinen
""")

E("fi","erasure",False,"mixed fi/sv writer, main fi","Camilla Björkqvist <camilla.bjorkqvist@example.fi>","poisto / radering",
"""Hei! Haluan että poistatte minun tiedot. Jag har inte beställt något sedan 2020 så det finns ingen orsak att spara något. Kiitos / tack.

Camilla
""")

E("fi","",False,"question about who sees staff photos, not request","Kari Honkala <kari.honkala@example.fi>","Kuka näkee kuvat",
"""Hei, meidän firman henkilökuvaus on ensi viikolla. Kuka teillä näkee kuvat ja missä ne säilytetään? Kysyn vain koska pari työkaveria on huolissaan.

Kari Honkala
HR
""")

E("fi","access+erasure+marketing_opt_out",False,"three rights, informal, typos","Jaana Kemppainen <jaana.kemppainen@example.fi>","tietoja",
"""moi. haluisin tietää mitä kaikkea te ootte musta tallentanu, sit poistakaa ne ja ennenkaikkea lopettakaa nää markkinointi viestit. kiitti

jaana
""")

E("fi","",True,"bounce with auto headers, delivery status","Postmaster <postmaster@example.fi>","Delivery Status Notification (Failure)",
"""Viestiä ei voitu toimittaa seuraaville vastaanottajille:

    johanna.vesterinen@example.fi
    Postilaatikko on täynnä.

Alkuperäinen viesti:
Aihe: Kuvauspäivänne on vahvistettu
""", hdrs={"Auto-Submitted":"auto-replied","Content-Description":"Delivery report"})

E("fi","rectification+complaint",False,"child's name wrong twice, threatens DPA","Aino Kuusela <aino.kuusela@example.fi>","LAPSEN NIMI VÄÄRIN TAAS",
"""Poikani nimi on Eelis, EI Elias. Sama virhe on ollut kolme vuotta peräkkäin koulukuvissa ja verkkokaupan tunnuksissa. Korjatkaa se nyt vihdoin rekisteriinne. Jos ensi vuonna on taas väärin, ilmoitan tästä tietosuojavaltuutetulle, koska virheellisten tietojen käsittely on GDPR:n vastaista.

Aino Kuusela
""")

E("fi","",False,"invoice dispute, payment reminder fee","Mikko Ström <mikko.strom@example.fi>","Muistutusmaksu",
"""Maksoin laskun eräpäivänä mutta sain silti maksumuistutuksen 5 € kulun kanssa. Voitteko tarkistaa? Viitenumero 10226.
Mikko Ström
""")

E("fi","objection",False,"objects to use of photo in school website as Zoomi reference; addressed formally","Irma Vainio <irma.vainio@example.fi>","Kuvan käyttö referenssinä",
"""Hei

Näin, että lapseni ryhmäkuva on teidän esitteessä "Esimerkkejä päiväkotikuvauksista". Vastustan tätä käyttöä. Lapsi ei ole mikään mainosmalli.

Irma Vainio
""")

E("fi","access",False,"lawyer for client, about debt collection data","Lakiasiaintoimisto Nyberg <info@nyberg.example.fi>","Asiakkaamme Pia Hellströmin tietopyyntö",
"""Hyvä vastaanottaja,

Toimimme Pia Hellströmin avustajana perintäasiassa (OK-perintä, viite 88231). Pyydämme päämiehemme puolesta kaikki hänestä tallennetut tiedot, erityisesti laskutushistorian, lähetetyt muistutukset osoitteineen sekä tiedot perintätoimistolle luovutetuista tiedoista. Valtakirja liitteenä.

Ystävällisin terveisin
Henrik Nyberg
lakimies
""")
