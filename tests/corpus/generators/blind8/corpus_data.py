"""Message data for corpus_blind8 (see make_corpus.py)."""

MESSAGES = []


def M(lang, kinds, frm, subj, body, note="", fmt="plain", auto=False, headers=()):
    MESSAGES.append(dict(lang=lang, kinds=[k for k in kinds.split("+") if k], frm=frm,
                         subj=subj, body=body if isinstance(body, tuple) else body.strip("\n") + "\n", note=note, fmt=fmt,
                         auto=auto, headers=list(headers)))


# ---------------------------------------------------------------- Finnish requests
M("fi", "access", "Sanna Mäkelä <sanna.makela@example.fi>", "Tiedot",
  """Hei,

haluaisin tietää mitä kaikkia tietoja teillä on minusta tallessa. Olen tilannut teiltä kuvia pari kertaa verkkokaupan kautta.

Ystävällisin terveisin
Sanna Mäkelä""", "plain access request")

M("fi", "access", "jonne.k <jonne.koskinen91@example.fi>", "??",
  """moi, mist te ootte saanu mun tiedot? tuli teilta tekstari vaikka en oo ikina asioinu teilla. ja kenelle ootte niita jakanu

-jonne""", "source + recipients question, colloquial no diacritics", fmt="qp")

M("fi", "erasure", "Pekka Rinne <pekka.rinne@example.fi>", "Asiakkuuden päättäminen",
  """Hyvä vastaanottaja

En ole enää teidän asiakkaanne. Pyydän, että poistatte kaikki minua koskevat henkilötiedot rekisteristänne.

Pekka Rinne
Mustasaari""", "erasure", fmt="latin1")

M("fi", "erasure", "Marjo Heikkilä <marjo.heikkila@example.fi>", "Tyttäreni koulukuvat",
  """Hei!

Tyttäreni Eveliina (3B, Huutoniemen koulu) kuvattiin syksyllä. Olemme jo saaneet kuvat. Haluan että poistatte hänen kuvansa ja tietonsa teidän järjestelmistä, kun tilaus on nyt toimitettu.

t. Marjo, Eveliinan äiti""", "guardian erasure for child")

M("fi", "rectification", "Laura Kangas <laura.kangas@example.fi>", "Nimenmuutos",
  """Moikka, nimeni on muuttunut naimisiinmenon myötä Virtasesta Kankaaksi. Voisitteko päivittää sen asiakastietoihini, niin seuraavat laskut tulee oikealla nimellä. Kiitos!

Laura""", "name change")

M("fi", "rectification", "Kalle Ojala <kalle.ojala@example.fi>", "Väärä osoite laskussa",
  """Hei, laskussa on edelleen vanha osoitteeni, vaikka muutin jo viime vuonna. Oikea osoite on Kauppapuistikko 5 B 12, 65100 Vaasa. Korjatkaa tämä tietoihini.

Kalle Ojala""", "wrong address on invoice = rectification", fmt="cp1252")

M("fi", "marketing_opt_out", "Tiina S <tiina.s@example.fi>", "uutiskirje",
  """En halua enää teidän uutiskirjettä. Ottakaa minut pois postituslistalta.""", "newsletter unsubscribe")

M("fi", "marketing_opt_out", "Reijo Laine <reijo.laine@example.fi>", "tekstiviestit",
  """lopettakaa ne tekstiviestimainokset, ei kiinnosta yhtään. joka viikko tulee joku tarjous""", "stop SMS ads")

M("fi", "marketing_opt_out", "Arja Niemi <arja.niemi@example.fi>", "Puhelinmyynti",
  """Hei

Teiltä soitettiin taas eilen illalla myyntipuhelu perhekuvauksesta. Laittakaa numeroni 040 555 1234 soittokieltoon, en halua mitään markkinointipuheluita jatkossa.

Arja Niemi""", "marketing calls opt-out", fmt="b64")

M("fi", "marketing_opt_out", "Esa Hautala <esa.hautala@example.fi>", "SUORAMARKKINOINTIKIELTO", "",
  "subject-only direct marketing ban")

M("fi", "objection", "Ville Nurmi <ville.nurmi@example.fi>", "Google Analytics",
  """Hei,

vastustan sitä, että verkkokaupassanne seurataan käyttäjiä Google Analyticsilla. En hyväksy, että minun selailutietojani käytetään tähän tarkoitukseen.

Ville Nurmi""", "objection to analytics")

M("fi", "restriction", "Outi Lehto <outi.lehto@example.fi>", "Laskuasia kesken",
  """Hei,

olen reklamoinut laskusta 20241187 enkä ole vielä saanut vastausta. Älkää käsitelkö tietojani mihinkään muuhun ennen kuin asia on selvitetty, mutta älkää myöskään poistako mitään, tarvitsen tiedot ehkä myöhemmin todisteeksi.

Outi""", "restriction pending dispute")

M("fi", "portability", "Juha Salo <juha.salo@example.fi>", "Tilaushistorian siirto",
  """Moi, siirryn käyttämään toista kuvapalvelua. Saisinko kaikki tietoni ja tilaushistoriani koneluettavassa muodossa (csv tai json käy), niin voin viedä ne sinne?

Juha""", "portability")

M("fi", "complaint", "Minna Aalto <minna.aalto@example.fi>", "Tietopyyntöni",
  """Ilmoitan, että olen tehnyt kantelun tietosuojavaltuutetun toimistolle, koska ette ole vastanneet syyskuussa lähettämääni viestiin ollenkaan.

Minna Aalto""", "complaint lodged with DPA")

M("fi", "complaint", "Heikki Mattila <heikki.mattila@example.fi>", "Miten valitan?",
  """Miten voin tehdä valituksen tietosuojavaltuutetulle teidän toiminnasta? Lapseni kuva oli kuulemma teidän facebook-mainoksessa vaikka emme ole antaneet siihen mitään lupaa.""",
  "asks how to complain to DPA")

M("fi", "objection+erasure", "Johanna Peltola <johanna.peltola@example.fi>", "Poikani kuva mainoksessa",
  """Hei,

annoin keväällä luvan käyttää poikani Eliaksen kuvaa teidän mainoksessa. Perun nyt tämän suostumuksen. Ottakaa kuva pois nettisivuilta ja liikkeen ikkunasta mahdollisimman pian.

Johanna Peltola""", "consent withdrawal + removal of child photo", fmt="alt")

M("fi", "objection", "Antti ja Riikka Honkanen <honkaset@example.fi>", "Hääkuvat",
  """Hei, peruutamme luvan käyttää hääkuviamme esimerkkikuvina teidän sivuilla ja esitteissä. Kuvat saa kyllä pitää arkistossa meitä varten.

Antti & Riikka""", "withdraws consent for photo use only, keep archive")

M("fi", "access", "TAPANI HUHTALA <tapani.huhtala@example.fi>", "TIEDOT",
  """HALUAN NÄHDÄ KAIKKI TIEDOT MITÄ MUSTA ON TEIDÄN REKISTERISSÄ. HETI.

T HUHTALA""", "ALL CAPS access")

M("fi", "access+erasure", "Satu Korhonen <satu.korhonen@example.fi>", "Tietopyyntö ja poisto",
  """Hei,

lähettäkää minulle ensin kopio kaikista minua koskevista tiedoista, joita teillä on. Sen jälkeen toivon, että poistatte ne kaikki.

Satu Korhonen""", "copy then delete", fmt="qp")

M("fi", "erasure+marketing_opt_out", "mikko <mikko.v@example.fi>", "",
  """poistakaa mun tiedot ja älkää laittako enää mitään mainoksia""", "no subject; erasure + opt-out")

M("fi", "access+complaint", "Leena Karjalainen <leena.karjalainen@example.fi>", "Toinen pyyntö",
  """Hei,

pyysin kaksi kuukautta sitten saada tietää mitä tietoja minusta on tallennettu, enkä ole saanut mitään vastausta. Toistan pyynnön: lähettäkää minulle kaikki minusta tallennetut tiedot. Jos en saa vastausta viikon sisällä, teen ilmoituksen tietosuojavaltuutetulle.

Leena Karjalainen""", "repeat access + DPA threat", fmt="latin1")

M("fi", "rectification+marketing_opt_out", "Hanna Leinonen <hanna.leinonen@example.fi>", "Kiitos kuvista!",
  """Kiitos kuvista, ne on ihania ja mummu tykkäsi kovasti!

PS. puhelinnumeroni on vaihtunut, uusi on 050 123 4567. Ja saatte lopettaa uutiskirjeiden lähettämisen, kiitos.""",
  "requests in PS")

M("fi", "objection+erasure", "Kirsi Rantanen <kirsi.rantanen@example.fi>", "Henkilökuva kaupungin sivuilla",
  """Hei,

olen töissä kaupungin sosiaalitoimessa. Meidän henkilökuvat otettiin teillä syyskuussa. En halua, että minun kuvaani julkaistaan kaupungin nettisivuilla tai käytetään missään muualla. Poistakaa minun kuvani.

Kirsi Rantanen
sosiaaliohjaaja

Tämä sähköpostiviesti ja sen liitteet voivat sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, ilmoita lähettäjälle ja poista viesti. Viestin luvaton käyttö on kielletty.""",
  "employee staff photo objection + erasure, legal disclaimer", fmt="cp1252_qp")

M("fi", "access", "Tero Väisänen <tero.vaisanen@example.fi>", "Henkilökuvaus / tietoni",
  """Hei,

työnantajamme tilasi teiltä henkilökuvat. Mitä tietoja minusta työnantaja on teille välittänyt ja onko niitä annettu eteenpäin jollekin muulle?

Tero""", "employee access (source/recipients)")

M("fi", "restriction", "Päivi Koivisto <paivi.koivisto@example.fi>", "Tilin jäädytys",
  """Hei, jäädyttäkää tilini ja tietoni siihen asti kunnes saan selvityksen siitä miksi minulle tuli kaksi laskua. En halua että tietojani käytetään mihinkään sillä välin. Poistaa niitä ei tarvitse.""",
  "freeze account = restriction")

M("fi", "objection", "Jari Manninen <jari.manninen@example.fi>", "Profilointi",
  """Vastustan tietojeni käyttöä profilointiin ja ostohistoriaan perustuvaan analysointiin. Tiedotteet saatte lähettää jatkossakin normaalisti.""",
  "objection to profiling; explicitly keeps newsletters", fmt="html")

M("fi", "erasure", "Noora Hyvönen <noora.hyvonen@example.fi>", "Käyttäjätili",
  """Hei! Haluun poistaa mun käyttäjätilin teidän verkkokaupasta mutta en löydä mistään sellasta nappia. Voitteko te poistaa sen?""",
  "delete account = erasure")

M("fi", "erasure", "Seppo Toivonen <seppo.toivonen@example.fi>", "Re: Poistopyyntönne",
  """Kiitos vastauksesta. Kyllä, poistakaa myös tilaushistoria.

Seppo

> Hei Seppo,
>
> kiitos viestistäsi. Ennen kuin poistamme tietosi, haluatko että lähetämme sinulle kopion tiedoistasi?
> Samalla voimme peruuttaa uutiskirjeen tilauksen, jos haluat.
>
> Ystävällisin terveisin
> Zoomi asiakaspalvelu""", "reply; quote mentions access/opt-out, new text erasure only", fmt="alt")

M("fi", "marketing_opt_out", "Marko Heinonen <marko.heinonen@example.fi>", "Markkinointirekisteri",
  """Hyvä vastaanottaja,

pyydän poistamaan työsähköpostiosoitteeni markkinointirekisteristänne. En halua vastaanottaa tarjouksia tähän osoitteeseen.

Marko Heinonen
Hankintapäällikkö

LUOTTAMUKSELLINEN: Tämä viesti on tarkoitettu ainoastaan vastaanottajalle. Mikäli viesti on tullut sinulle erehdyksessä, ilmoita siitä lähettäjälle ja tuhoa viesti. Yhtiö käsittelee henkilötietoja tietosuojaselosteensa mukaisesti.""",
  "opt-out with legal disclaimer mentioning tietosuoja")

M("fi", "access", "Emilia Lindqvist <emilia.lindqvist@example.fi>", "Lapseni tiedot",
  """Hei

Olen Oliverin (5 v) huoltaja, hän on päiväkoti Satakielessä. Mitä tietoja lapsestani teillä on ja keneltä olette ne saaneet?

Emilia""", "guardian access")

M("fi", "complaint", "Riku Saarinen <riku.saarinen@example.fi>", "GDPR rikkomus!!",
  """Tää on GDPR rikkomus!! lähetitte mun lapsen koulukuvat toiselle perheelle, ne soitti mulle ja kerto. aivan käsittämätöntä""",
  "accuses GDPR violation")

M("fi", "portability+erasure", "Anne Kettunen <anne.kettunen@example.fi>", "Tietojen siirto ja tilin lopetus",
  """Hei,

haluaisin että lähetätte minun tietoni ja kuvien tiedot koneluettavassa muodossa, jotta voin siirtää ne toiseen palveluun. Kun tämä on tehty, poistakaa tilini.

Anne""", "portability + erasure", fmt="b64")

M("fi", "objection+marketing_opt_out", "Sami Lindholm <sami.lindholm@example.fi>", "Tietojen käyttö",
  """En halua että tietojani käytetään analytiikkaan eikä mainontaan. Ei myöskään uutiskirjeitä kiitos.""",
  "objection analytics + opt-out")

M("fi", "access+rectification", "Pirjo Järvinen <pirjo.jarvinen@example.fi>", "osoite",
  """Hei lahettakaa mulle tiedot mita teilla on musta, epailen etta osoite on vaarin. oikea on Rauhankatu 8 as 3, 65100 Vaasa, korjatkaa se samalla

pirjo""", "access + rectification, no diacritics")

M("fi", "restriction+objection", "Timo Kallio <timo.kallio@example.fi>", "Perintä",
  """Hei,

kiistän perintään siirretyn laskun, koska tilaus peruttiin jo marraskuussa. Vastustan tietojeni luovuttamista OK-perinnälle ja pyydän, että tietojeni käsittelyä rajoitetaan kunnes riita on ratkaistu.

Timo Kallio""", "objection to debt collection + restriction pending dispute", fmt="latin1")

M("fi", "erasure", "Jenni Laaksonen <jenni.laaksonen@example.fi>", "Passikuvat",
  """Moi, otin passikuvat teillä viime viikolla ja poliisi on jo saanut ne. Voitteko nyt poistaa kuvat ja mun tiedot teidän omista järjestelmistä?""",
  "erasure after passport photo")

M("fi", "marketing_opt_out", "Eila Mäkinen <eila.makinen@example.fi>", "Uutiskirjeen tilaus",
  """Peruutan uutiskirjeen tilauksen. Kiitos.""", "tilaus + uutiskirje = opt-out")

M("fi", "access", "Markku Lahtinen <markku.lahtinen@example.fi>", "Mistä numeroni?",
  """Teiltä soitettiin minulle eilen ja tarjottiin perhekuvausta. Mistä olette saaneet puhelinnumeroni?""",
  "source of data = access")

M("fi", "objection", "Helena Turunen <helena.turunen@example.fi>", "Tietojen luovutus",
  """Kiellän tietojeni luovuttamisen kolmansille osapuolille. Tämä koskee myös mahdollisia yhteistyökumppaneitanne.""",
  "objection to disclosure")

M("fi", "objection+erasure", "Katja Mikkola <katja.mikkola@example.fi>", "Instagram",
  """Poistakaa meidän lapsen kuva teidän Instagramista heti!! Emme ole antaneet siihen lupaa.

Katja Mikkola""", "child photo on Instagram: consent + erasure", fmt="html")

M("fi", "access", "Olli Ahonen <olli.ahonen@example.fi>", "Tarkastuspyyntö",
  """Pyydän tarkastusoikeuteni nojalla jäljennöstä kaikista minua koskevista henkilötiedoista, joita yrityksenne käsittelee, sekä tietoa siitä mihin tarkoituksiin niitä käytetään.

Olli Ahonen""", "formal access", fmt="html")

M("fi", "erasure", "Ritva Laitinen <ritva.laitinen@example.fi>", "poistakaa tietoni",
  """Lähetetty iPhonesta""", "subject-only erasure")

M("fi", "marketing_opt_out", "Kari Hiltunen <kari.hiltunen@example.fi>", "Re: Syksyn kuvauspäivät -20%",
  """Ei enää tekstiviestejä eikä sähköposteja kiitos.

> Syksyn kuvauspäivät ovat täällä! Varaa perhekuvaus nyt -20 %.
> Et halua enää viestejämme? Peruuta tilaus tästä.""", "opt-out reply to marketing mail")

M("fi", "access+erasure+marketing_opt_out", "Tuula Rautio <tuula.rautio@example.fi>", "Kaikki pois",
  """Hei. Haluan tietää mitä tietoja minusta on, sen jälkeen poistakaa ne. Ja mitään markkinointia ei saa enää lähettää.

Tuula""", "three kinds", fmt="cp1252")

M("fi", "rectification", "Matti Hakala <mattti.hakala@example.fi>", "sähköposti väärin",
  """moi, mun sähköposti on kirjotettu väärin teiän järjestelmäs (mattti, kolme t:tä). oikea on matti.hakala@example.fi. korjatkaa pliis""",
  "colloquial rectification")

M("fi", "objection", "Susanna Wikström <susanna.wikstrom@example.fi>", "Luokkakuva koulun sivuilla",
  """Hei

En halua, että poikani kuva on mukana luokkakuvassa, joka julkaistaan koulun nettisivuilla. Voitteko varmistaa ettei kuvaa lähetetä koululle julkaistavaksi?

Susanna""", "guardian objects to publication of child photo")

M("fi", "complaint", "Raimo Koski <raimo.koski@example.fi>", "Valitus",
  """Olen jättänyt valituksen Tietosuojavaltuutetulle teidän tavasta käsitellä asiakastietoja. Asian diaarinumero tulee myöhemmin.""",
  "complaint lodged, capitalised DPA")

# ---------------------------------------------------------------- Finnish near-misses
M("fi", "", "Jaana Vesterinen <jaana.vesterinen@example.fi>", "Tilaus 12345",
  """Hei, peruuttakaa tilaukseni 12345. Tilasin vahingossa saman paketin kaksi kertaa.""",
  "order cancellation")
M("fi", "", "Mika Laakso <mika.laakso@example.fi>", "tuplatilaus",
  """moi, poistakaa toinen noista tilauksista, tuli tuplana kun sivu jumitti""",
  "duplicate order deletion")
M("fi", "", "Tarja Kivelä <tarja.kivela@example.fi>", "Ajan siirto",
  """Hei! Olisiko mahdollista siirtää passikuva-aikani torstaille samaan kellonaikaan? Varaus on tehty Slotin kautta.""",
  "booking change")
M("fi", "", "Petri Kauppinen <petri.kauppinen@example.fi>", "Kirjautuminen ei onnistu",
  """En pääse kirjautumaan galleriaan. Salasana ei kelpaa ja salasanan palautusviestiä ei tule.""",
  "login help", fmt="qp")
M("fi", "", "Sari Heikkinen <sari.heikkinen@example.fi>", "Lisää kuvia",
  """Hei! Haluaisin tilata lisää kuvia viime vuoden koulukuvista. Onko vielä mahdollista saada kopiot isompana kokona?""",
  "reprint order")
M("fi", "", "Jukka Pesonen <jukka.pesonen@example.fi>", "Laskun kopio",
  """Voitteko lähettää kopion laskusta 2024-0877? Hukkasin alkuperäisen.""", "invoice copy", fmt="latin1_8bit")
M("fi", "", "Anu Heikkilä <anu.heikkila@example.fi>", "Väärä summa",
  """Laskussa on väärä summa. Tilasin vain yhden kuvapaketin mutta laskulla on kaksi. Korjatkaa lasku.""",
  "wrong invoice amount")
M("fi", "", "Veera Kinnunen <veera.kinnunen@example.fi>", "Reklamaatio",
  """Reklamaatio: kuvissa on aivan väärä sävy, kaikki näyttää vihertävältä, ja toinen isoista kuvista on epätarkka. Haluan uudet tilalle.""",
  "product complaint", fmt="alt")
M("fi", "", "Harri Lampinen <harri.lampinen@example.fi>", "Retusointi",
  """Hei, voisitteko retusoida finnin pois poikani koulukuvasta ennen kuin tilaan isot kuvat? Maksan mielelläni lisän.""",
  "retouching")
M("fi", "", "Elina Pitkänen <elina.pitkanen@example.fi>", "alennuskoodi",
  """Uutiskirjeessä mainittu alennuskoodi KEVAT25 ei toimi kassalla, sanoo että koodi on vanhentunut""",
  "newsletter content question")
M("fi", "", "Ari Mustonen <ari.mustonen@example.fi>", "Passikuvan koodi",
  """Passikuvan koodi ei kelpaa poliisin sivuilla, sanoo että kuvaa ei löydy. Kuvattiin eilen teillä.""",
  "passport photo code")
M("fi", "", "Merja Hirvonen <merja.hirvonen@example.fi>", "Missä tilaus?",
  """Missä tilaukseni on? Tilasin jo kaksi viikkoa sitten eikä ole kuulunut mitään.""", "delivery question")
M("fi", "", "Vesa Nieminen <vesa.nieminen@example.fi>", "Henkilökuvaus hinta",
  """Hei, paljonko maksaa henkilökuvaus 15 hengen työporukalle meidän toimistolla? Tarvitsisimme kuvat nettisivuille.""",
  "price question", fmt="html")
M("fi", "", "Krista Salonen <krista.salonen@example.fi>", "Uutiskirje takaisin",
  """Peruin vahingossa uutiskirjeen tilauksen, voisitteko laittaa minut takaisin listalle? Haluan kuulla tarjouksista.""",
  "re-subscribe")
M("fi", "", "Jouni Halonen <jouni.halonen@example.fi>", "Toimitusosoite tilaukseen 4471",
  """Hei, voisitteko muuttaa tilauksen 4471 toimitusosoitteen? Olen kesän mökillä: Kesätie 4, 66200 Korsnäs. Muut tilaukset normaalisti kotiin.""",
  "change delivery address of one order")
M("fi", "", "Maija Räsänen <maija.rasanen@example.fi>", "Tietosuojaseloste",
  """Hei! Onko teillä tietosuojaseloste jossain näkyvillä? Päiväkodin johtaja kysyi sitä ennen kuvauspäivää.""",
  "general privacy-policy question")
M("fi", "", "Lauri Koponen <lauri.koponen@example.fi>", "Perintäkirje",
  """Miksi sain perintäkirjeen vaikka maksoin laskun 3.3.? Kuitti liitteenä. Pyydän perumaan perintäkulut.""",
  "debt collection payment dispute", fmt="cp1252")
M("fi", "", "Niina Koivu <niina.koivu@example.fi>", "Huomisen aika",
  """perun ajan huomiselta klo 10, lapsi sairastui. voiko varata uuden ensi viikolle?""", "cancel booking")
M("fi", "", "Pasi Ruotsalainen <pasi.ruotsalainen@example.fi>", "Galleria",
  """Galleriassa näkyy vain 3 kuvaa, vaikka kuvaaja sanoi että niitä pitäisi olla 8. Voitteko tarkistaa?""",
  "gallery help")
M("fi", "", "Raija Hämäläinen <raija.hamalainen@example.fi>", "Re: Tilausvahvistus 5532",
  """Kiitos, paketti tuli perille ja kuvat on hienoja!

Raija

> Kiitos tilauksestasi! Tilausnumero 5532.
> Tietosuojaseloste: zoomi.example.fi/tietosuoja
> Et halua enää uutiskirjettä? Peruuta tilaus tästä. Voit myös pyytää tietojesi poistamista.""",
  "thanks; quoted footer mentions opt-out/deletion", fmt="alt")

# ---------------------------------------------------------------- Swedish requests
M("sv", "access", "Annika Holmström <annika.holmstrom@example.fi>", "Registerutdrag",
  """Hej!

Jag skulle vilja ha ett registerutdrag. Vilka uppgifter har ni om mig?

Mvh Annika Holmström""", "registerutdrag")
M("sv", "access", "Mikael Sjöberg <mikael.sjoberg@example.fi>", "Mina uppgifter",
  """Hej, jag vill granska vilka personuppgifter ni har om mej och varifrån ni har fått dem.

Mikael""", "FI-sv access incl. source", fmt="latin1")
M("sv", "erasure", "Karin Lindberg <karin.lindberg@example.se>", "Radera konto",
  """Hej! Radera mitt konto i webbutiken och alla mina uppgifter, tack.

Karin""", "delete account")
M("sv", "erasure", "Johan Nyman <johan.nyman@example.fi>", "register",
  """ta bort alla mina uppgifter ur ert register, jag ar inte kund langre""", "no diacritics erasure")
M("sv", "rectification", "Eva Backman <eva.backman@example.fi>", "Fel adress",
  """Hej,

min adress är fel i era uppgifter. Ny adress: Strandgatan 3, 66100 Malax. Vänligen rätta den så att fakturan kommer rätt.

Eva Backman""", "address correction", fmt="qp")
M("sv", "rectification", "Stefan och Lena Granqvist <granqvist@example.fi>", "Efternamnsbyte",
  """Hej, vårt barn Alva (åk 2, Sundom skola) har bytt efternamn till Granqvist. Kan ni uppdatera det i era uppgifter inför skolfotograferingen? Vi är hennes vårdnadshavare.

Lena""", "guardian rectification")
M("sv", "marketing_opt_out", "Maria Ek <maria.ek@example.se>", "Nyhetsbrev",
  """Avregistrera mig från nyhetsbrevet.""", "unsubscribe")
M("sv", "marketing_opt_out", "Bertil Åström <bertil.astrom@example.fi>", "Sluta ringa",
  """Sluta ringa mig med erbjudanden! Jag vill inte ha några säljsamtal från er mer.

Bertil""", "marketing calls")
M("sv", "marketing_opt_out", "Nicke <nicke.s@example.fi>", "sms",
  """int vill ja ha era sms-reklam mera, ta bort mitt nummer fran utskicken""",
  "FI-sv dialect SMS opt-out; remove from mailings = opt-out only")
M("sv", "objection", "Helena Strand <helena.strand@example.se>", "Spårning",
  """Hej,

jag motsätter mig att ni använder Google Analytics för att spåra mig när jag besöker er webbutik.

Helena Strand""", "objection analytics", fmt="html")
M("sv", "objection", "Sofia Nordling <sofia.nordling@example.fi>", "Samtycke",
  """Hej, jag återkallar mitt samtycke till att ni använder bilden på min dotter i er reklam.

Sofia""", "consent withdrawal photo use")
M("sv", "restriction", "Per Lindholm <per.lindholm@example.fi>", "Faktura bestrids",
  """Jag bestrider fakturan 20240991. Begränsa behandlingen av mina uppgifter tills ärendet är utrett, men radera ingenting.

Per Lindholm""", "restriction pending dispute", fmt="cp1252")
M("sv", "portability", "Linnea Forsman <linnea.forsman@example.se>", "Export",
  """Hej! Kan jag få ut mina uppgifter och min beställningshistorik i ett maskinläsbart format, t.ex. CSV? Jag byter fototjänst.""",
  "portability")
M("sv", "complaint", "Gunnar Hägg <gunnar.hagg@example.se>", "Klagomål",
  """Jag vill meddela att jag har lämnat in ett klagomål till Dataombudsmannen angående hur ni hanterat min begäran.

Gunnar Hägg""", "complaint lodged")
M("sv", "complaint", "Ulrika Björk <ulrika.bjork@example.se>", "Anmälan",
  """Hur gör jag en anmälan till IMY om er? Ni har skickat mina bilder till fel person och ingen svarar i telefon.""",
  "how to complain to IMY", fmt="b64")
M("sv", "access+erasure", "Jonas Wik <jonas.wik@example.fi>", "Begäran",
  """Hej,

skicka en kopia av alla uppgifter ni har om mig och radera dem sedan.

Jonas Wik""", "copy then delete")
M("sv", "erasure+marketing_opt_out", "Camilla Öhman <camilla.ohman@example.fi>", "Reklam",
  """Jag vill inte längre få reklam från er och vill att ni raderar mina personuppgifter helt.""",
  "opt-out + erasure", fmt="latin1")
M("sv", "objection+erasure", "Kristian Lund <kristian.lund@example.fi>", "Personalbild",
  """Hej,

jag jobbar på Korsholms kommun och vi fotograferades i oktober. Jag vill inte att min personalbild används på kommunens webbsida och ber er radera bilden.

Med vänlig hälsning
Kristian Lund
Korsholms kommun

Detta e-postmeddelande kan innehålla konfidentiell information. Om du fått det av misstag, vänligen meddela avsändaren och radera meddelandet.""",
  "employee objection + erasure, disclaimer")
M("sv", "restriction+objection", "Agneta Rosenlund <agneta.rosenlund@example.fi>", "Inkasso",
  """Hej,

jag motsätter mig att mina uppgifter lämnas vidare till inkasso (OK-perintä) och begär att behandlingen begränsas tills tvisten om fakturan är löst.

Agneta""", "objection debt collection + restriction", fmt="alt")
M("sv", "access+complaint", "Henrik Söderlund <henrik.soderlund@example.fi>", "Registerutdrag fortfarande",
  """Jag har väntat i två månader på mitt registerutdrag. Skicka det nu. Om det inte kommer inom en vecka kontaktar jag dataombudsmannen.""",
  "repeat access + DPA threat")
M("sv", "rectification+marketing_opt_out", "Maja Hellberg <maja.hellberg@example.fi>", "Tack!",
  """Tack för snabb leverans, bilderna blev jättefina!

PS. mitt telefonnummer har ändrats till 044 987 6543. Och ni får gärna sluta skicka nyhetsbrev.""",
  "requests in PS")
M("sv", "objection", "Tomas Berg <tomas.berg@example.se>", "Profilering",
  """Jag vill inte att ni profilerar mig utifrån mina köp.""", "objection profiling")
M("sv", "access", "Jessica Mattsson <jessica.mattsson@example.fi>", "Min dotters uppgifter",
  """Hej,

jag är vårdnadshavare till Elsa som går på daghemmet Solstrålen. Vilka uppgifter om henne har ni och vem har ni lämnat dem till?

Jessica""", "guardian access")
M("sv", "erasure", "Leif Grönroos <leif.gronroos@example.fi>", "Radera mina uppgifter",
  """Skickat från min iPhone""", "subject-only erasure")
M("sv", "marketing_opt_out", "BRITT KNUTAR <britt.knutar@example.fi>", "NYHETSBREV",
  """JAG VILL INTE HA FLER NYHETSBREV ELLER SMS FRÅN ER""", "ALL CAPS opt-out", fmt="latin1")
M("sv", "erasure", "Ida Lönnqvist <ida.lonnqvist@example.fi>", "SV: Ditt ärende",
  """Ja, radera kontot. Inget mer behövs.

Ida

Från: Zoomi kundtjänst <tietosuoja@example.fi>
Skickat: den 12 mars 2025 09:14
Ämne: Ditt ärende

> Hej Ida,
> vill du att vi även skickar ett registerutdrag innan vi raderar kontot, eller avregistrerar dig från nyhetsbrevet?
> Hälsningar, Zoomi""", "reply; quote mentions access/opt-out, new text erasure", fmt="qp")
M("sv", "access+portability", "Oskar Ekholm <oskar.ekholm@example.se>", "Mina data",
  """Hej! Jag vill veta vad ni har sparat om mig och få ut det i ett format som jag kan flytta till en annan fototjänst.""",
  "access + portability")
M("sv", "objection", "Anders Björklund <anders.bjorklund@example.fi>", "Skolfoto på nätet",
  """Hej, min son finns med på klassfotot. Jag motsätter mig att bilden publiceras på skolans hemsida eller i tidningen.""",
  "guardian objection to publication")

# ---------------------------------------------------------------- Swedish near-misses
M("sv", "", "Elin Wester <elin.wester@example.fi>", "Avboka",
  """Hej, jag behöver avboka min tid för passfoto på fredag kl 14.""", "cancel booking")
M("sv", "", "Roger Nylund <roger.nylund@example.fi>", "Beställning 8812",
  """Var är min beställning? Ordernummer 8812. Den skulle ha kommit förra veckan.""", "order status")
M("sv", "", "Sara Hed <sara.hed@example.fi>", "Kopia av skolfoto",
  """Hej! Kan jag beställa en kopia av skolfotot från 2022 i större format? Vi har tappat bort originalet.""",
  "reprint", fmt="latin1")
M("sv", "", "Patrik Nord <patrik.nord@example.se>", "Reklamation",
  """Reklamation: bilderna var repade när de kom och ramen var trasig. Vad gör jag nu?""", "product complaint")
M("sv", "", "Carina Lassila <carina.lassila@example.fi>", "Fel på fakturan",
  """Fel på fakturan, jag har debiterats två gånger för samma paket.""", "wrong invoice amount")
M("sv", "", "Simon Fagerholm <simon.fagerholm@example.fi>", "Galleri",
  """Jag kommer inte in på galleriet, koden på lappen fungerar inte.""", "login/gallery help")
M("sv", "", "Therese Blomqvist <therese.blomqvist@example.se>", "Fel storlek",
  """Annullera min beställning, jag beställde fel storlek. Jag gör en ny.""", "order cancellation", fmt="alt")
M("sv", "", "Jenny Sundqvist <jenny.sundqvist@example.fi>", "Retusch",
  """Går det att retuschera bort reflexen i glasögonen på min bild?""", "retouching")
M("sv", "", "Mats Engström <mats.engstrom@example.fi>", "Passfoto kod",
  """passfotokoden funkar int hos polisen, vad ska jag göra""", "passport photo code")
M("sv", "", "Ann-Sofie Kull <annsofie.kull@example.fi>", "Nyhetsbrev igen",
  """Hej! Jag avregistrerade mig av misstag. Jag vill prenumerera på nyhetsbrevet igen.""", "re-subscribe")
M("sv", "", "Kenneth Ahlskog <kenneth.ahlskog@example.fi>", "Dataskydd",
  """Hej, var hittar jag er dataskyddsbeskrivning? Vår förening funderar på att anlita er för lagfoton.""",
  "general privacy-policy question", fmt="html")
M("sv", "", "Pia Rönnholm <pia.ronnholm@example.fi>", "Offert personalfoto",
  """Vad kostar personalfotografering för ett daghem med 12 anställda?""", "price question")
M("sv", "", "Lotta Ingves <lotta.ingves@example.fi>", "Faktura",
  """Kan ni skicka fakturan på nytt? Den kom aldrig fram.""", "invoice copy", fmt="cp1252")

# ---------------------------------------------------------------- English requests
M("en", "access", "Daniel Hughes <daniel.hughes@example.com>", "Subject access request",
  """Hello,

I'd like to make a subject access request. Please send me a copy of all personal data you hold about me.

Regards,
Daniel Hughes""", "SAR")
M("en", "access", "Rahul Verma <rahul.verma@example.com>", "my informations",
  """Hello, I am living in Vaasa for work since last year. Please can you tell me what informations you are keeping about me and from where you got them? Thank you very much.

Rahul""", "non-native access")
M("en", "erasure", "Claire Dubois <claire.dubois@example.com>", "Account",
  """Please delete my account and everything associated with it. Thanks.""", "delete account")
M("en", "erasure", "kev <kevin.obrien@example.com>", "forgoten",
  """hi i want to excercise my right to be forgoten. delete all my personal date from your systems.""",
  "typos erasure")
M("en", "rectification", "Anna Nyström <anna.nystrom@example.com>", "Name spelling",
  """Hi, my surname is spelled wrong in your system - it's Nyström, not Nystrom. Could you please correct it?

Anna""", "name correction", fmt="qp")
M("en", "marketing_opt_out", "Gary Smith <gary.smith@example.com>", "unsubscribe", "",
  "subject-only unsubscribe")
M("en", "marketing_opt_out", "Olivia Brown <olivia.brown@example.com>", "Calls",
  """Please stop calling me with sales offers. Put my number on your do-not-call list.""", "marketing calls")
M("en", "objection", "Thomas Weber <thomas.weber@example.com>", "Tracking",
  """Dear Sir or Madam,

I object to you tracking me with Google Analytics on your web shop. Please stop processing my browsing data for this purpose.

Kind regards,
Thomas Weber""", "objection analytics", fmt="html")
M("en", "restriction", "Priya Nair <priya.nair@example.com>", "Disputed invoice",
  """I dispute invoice 2024-1043. Until this is resolved, please restrict processing of my data - don't use it, but don't delete anything either.""",
  "restriction pending dispute")
M("en", "portability", "Lukas Schmidt <lukas.schmidt@example.com>", "Data export",
  """Hi, please export my order history and account data in a machine-readable format (JSON or CSV) so I can move it to another service.""",
  "portability")
M("en", "complaint", "Fiona Walsh <fiona.walsh@example.com>", "Complaint",
  """I am writing to let you know that I will be lodging a complaint with the Finnish Data Protection Ombudsman about the way you have handled my personal data.

Fiona Walsh""", "complaint to DPA")
M("en", "objection+erasure", "Mark Evans <mark.evans@example.com>", "My son's photo",
  """Hi,

I withdraw my consent for you to use my son's photo on your website. Please take it down.

Mark""", "consent withdrawal + take down", fmt="alt")
M("en", "access+erasure", "Sophie Laurent <sophie.laurent@example.com>", "Data",
  """Send me a copy of my data and then erase it. Thank you.""", "copy then erase")
M("en", "erasure+marketing_opt_out", "James Cooper <james.cooper@example.com>", "Enough",
  """Remove me from all your marketing and delete my data.""", "opt-out + erasure")
M("en", "objection+marketing_opt_out", "Emma Wilson <emma.wilson@example.com>", "Analytics and newsletters",
  """Stop using my data for analytics and stop sending me newsletters, please.""", "objection + opt-out", fmt="b64")
M("en", "access+complaint", "Robert King <robert.king@example.com>", "THIRD request",
  """This is the third time I'm asking for a copy of my personal data. This is a breach of GDPR and I'm reporting it to the ICO if I don't hear back this week.""",
  "repeat access + ICO")
M("en", "objection", "Marta Kowalska <marta.kowalska@example.com>", "Staff portraits",
  """Hello,

our company ordered staff portraits from you last month. I do not consent to my photo being published on the company website, so please do not deliver my portrait for that use.

Best regards,
Marta Kowalska

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
  "employee objection, disclaimer")
M("en", "erasure", "Jennifer Lee <jennifer.lee@example.com>", "Kids photos",
  """Hi, I'm the mother of two kids who were photographed at Huvitus kindergarten. We didn't order anything. Please delete their photos and data from your systems.""",
  "guardian erasure")
M("en", "marketing_opt_out", "STEVE MILLER <steve.miller@example.com>", "TEXTS",
  """STOP SENDING ME TEXT MESSAGES""", "ALL CAPS opt-out")
M("en", "objection", "Ahmed Hassan <ahmed.hassan@example.com>", "Debt collection",
  """I object to my data being passed to your debt collection agency. I have already paid the invoice, receipt attached.""",
  "objection to debt collection")
M("en", "marketing_opt_out", "Laura Bianchi <laura.bianchi@example.com>", "Re: Your request",
  """Yes please, just unsubscribe me. Don't delete the account, I still want to order prints.

Laura

On Mon, 3 Mar 2025 at 10:12, Zoomi <tietosuoja@example.fi> wrote:
> Hi Laura,
> Would you like us to send you a copy of your data, delete your account, or only remove you from the newsletter?
> Best, Zoomi""", "reply; quote mentions access/erasure; new text opt-out only", fmt="qp")
M("en", "access", "Victoria Adams <victoria.adams@example.com>", "Request under Article 15 GDPR",
  """Dear Data Protection Officer,

Pursuant to Article 15 of the General Data Protection Regulation, I request confirmation as to whether you process personal data concerning me and, if so, a copy of that data together with the purposes, recipients and source.

Yours faithfully,
Victoria Adams

DISCLAIMER: This message is confidential and may be legally privileged. If you are not the intended recipient, you must not use, copy or disclose it. Please notify the sender and delete the message.""",
  "formal access with disclaimer")
M("en", "access+rectification", "Nina Petrova <nina.petrova@example.com>", "old email",
  """Hi, can you tell me what data you have on me? I think you still have my old email, please update it to nina.petrova@example.com.""",
  "access + rectification")

# ---------------------------------------------------------------- English near-misses
M("en", "", "Chris Taylor <chris.taylor@example.com>", "Booking",
  """Hi, I need to cancel my appointment on Thursday for passport photos. Can I rebook next week?""", "cancel booking")
M("en", "", "Megan Scott <megan.scott@example.com>", "Order 6610",
  """Where is my order? It's been 10 days.""", "order status")
M("en", "", "Paolo Rossi <paolo.rossi@example.com>", "digital copies",
  """Hello, is it possible to get digital copies of my photos as well as the prints? How much is it?""", "digital copies")
M("en", "", "Hannah Clark <hannah.clark@example.com>", "Invoice",
  """Could you resend the invoice for my last order? I can't find it in my inbox.""", "invoice copy", fmt="html")
M("en", "", "William Turner <william.turner@example.com>", "Complaint about print quality",
  """I want to make a complaint about the print quality. The colours are washed out and one print has a scratch. I'd like a refund.""",
  "product complaint")
M("en", "", "Grace Kim <grace.kim@example.com>", "Passport photo code",
  """the passport photo code doesn't work on the police website, it says invalid""", "passport code")
M("en", "", "Ben Harris <ben.harris@example.com>", "Broken link",
  """FYI the link to the spring offers in your newsletter is broken, it goes to a 404 page.""", "newsletter content")
M("en", "", "Isabel Garcia <isabel.garcia@example.com>", "Delivery address order 7781",
  """Hi, could you change the delivery address for order 7781 to my office: Hovioikeudenpuistikko 10, 65100 Vaasa? Thanks!""",
  "change delivery address of one order", fmt="alt")
M("en", "", "Tom Wright <tom.wright@example.com>", "Prices",
  """What do you charge for a family photo session on a Saturday?""", "price question")
M("en", "", "Ella Martin <ella.martin@example.com>", "Can't log in",
  """I can't log in to the photo shop, it keeps saying my password is wrong even after reset.""", "login help")
M("en", "", "Jack Robinson <jack.robinson@example.com>", "Double order",
  """I accidentally placed the same order twice, please delete one of them. Order numbers 9101 and 9102.""",
  "duplicate order deletion")
M("en", "", "Lena Fischer <lena.fischer@example.com>", "Question before booking",
  """Hi! Before I book, do you store photos outside the EU? Just curious how it works in general.""",
  "general privacy question")

# ---------------------------------------------------------------- automated mail
AUTO = [("Auto-Submitted", "auto-replied")]
BULK = lambda lid, unsub: [("List-Id", lid), ("List-Unsubscribe", unsub), ("Precedence", "bulk")]

M("fi", "", "Kaisa Rantala <kaisa.rantala@example.fi>", "Automaattinen vastaus: Poistakaa tietoni",
  """Olen vuosilomalla 1.7.–28.7. enkä lue sähköpostiani. Kiireellisissä asioissa ota yhteyttä numeroon 06 123 4567.

Kaisa Rantala""", "OOO with auto headers", auto=True,
  headers=AUTO + [("X-Auto-Response-Suppress", "All")])
M("fi", "", "Jarmo Keskinen <jarmo.keskinen@example.fi>", "Poissa toimistolta",
  """Hei,

olen poissa toimistolta 14.10. asti. Viestejä ei välitetä eteenpäin. Asiakaspalvelu palvelee osoitteessa asiakaspalvelu@example.fi.

Jarmo""", "OOO without auto headers", auto=True, fmt="latin1")
M("fi", "", "Kuvakevät uutiskirje <noreply@uutiset.example.fi>", "Kevään kuvauspäivät alkavat – varaa nyt!",
  """Hei!

Kevään perhe- ja lemmikkikuvauspäivät alkavat huhtikuussa. Varaa oma aikasi verkkosivuiltamme.

Et halua enää uutiskirjettä? Peruuta tilaus: https://uutiset.example.fi/peruuta
Tietosuojaseloste ja tietojen poistopyynnöt: https://uutiset.example.fi/tietosuoja""",
  "newsletter with List-Unsubscribe", auto=True, fmt="alt",
  headers=BULK("<kuvakevat.uutiset.example.fi>", "<https://uutiset.example.fi/peruuta>, <mailto:peruuta@uutiset.example.fi>"))
M("fi", "", "Slotti <noreply@slotti.example.fi>", "Varausvahvistus: Passikuvaus 12.3. klo 14.00",
  """Varauksesi on vahvistettu.

Palvelu: Passikuvaus
Aika: 12.3. klo 14.00
Paikka: Zoomi, Vasaratie 2 A, Vaasa

Voit perua tai siirtää varauksen viimeistään 24 h ennen. Tähän viestiin ei voi vastata.""",
  "booking system notification from noreply", auto=True,
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
M("fi", "", "Postmaster <postmaster@example.fi>", "Viestiä ei voitu toimittaa",
  ("""Viestiäsi ei voitu toimittaa seuraavalle vastaanottajalle:

    t.virtanen@example.fi

Syy: Postilaatikkoa ei ole olemassa. Tarkista osoite ja yritä uudelleen.""",
   """Reporting-MTA: dns; mx1.example.fi
Arrival-Date: Tue, 11 Mar 2025 09:21:44 +0200

Final-Recipient: rfc822; t.virtanen@example.fi
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
   """From: tietosuoja@example.fi
To: t.virtanen@example.fi
Subject: Vastaus tietopyyntöönne
Date: Tue, 11 Mar 2025 09:21:40 +0200"""),
  "Finnish bounce, multipart/report", auto=True, fmt="report")
M("fi", "", "Laskutus <noreply@laskutus.example.fi>", "Uusi lasku 2025-0342",
  """Hei,

sinulle on saapunut uusi lasku. Summa 64,90 €, eräpäivä 28.4.2025.

Tämä on automaattinen viesti, älä vastaa tähän. Jos tietosi ovat muuttuneet, päivitä ne asiakastililläsi.""",
  "invoice notification noreply", auto=True, headers=[("Auto-Submitted", "auto-generated")])

M("sv", "", "Malin Hagman <malin.hagman@example.fi>", "Autosvar: Begäran om registerutdrag",
  """Tack för ditt meddelande. Jag är på semester till och med 4.8 och har begränsad tillgång till e-post.

Malin""", "sv OOO with headers", auto=True, headers=AUTO + [("X-Autoreply", "yes")])
M("sv", "", "Göran Lindell <goran.lindell@example.fi>", "Frånvaro",
  """Hej! Jag är frånvarande vecka 42 och läser inte min e-post. Brådskande ärenden: ring växeln 06 765 4321.

/Göran""", "sv OOO without headers", auto=True, fmt="latin1")
M("sv", "", "Fotonytt <nyhetsbrev@fotonytt.example.se>", "Veckans erbjudanden på fotoböcker",
  """Hej!

Den här veckan får du 25 % på alla fotoböcker.

Vill du inte längre få våra utskick? Avregistrera dig här: https://fotonytt.example.se/avregistrera""",
  "sv newsletter", auto=True, fmt="html",
  headers=BULK("Fotonytt <nyhetsbrev.fotonytt.example.se>", "<https://fotonytt.example.se/avregistrera>"))
M("sv", "", "Mail Delivery System <MAILER-DAEMON@example.se>", "Olevererbart: Svar på din begäran",
  ("""Ditt meddelande kunde inte levereras till en eller flera mottagare.

    anna.karlsson@example.se
    Mottagarens postlåda är full.""",
   """Reporting-MTA: dns; smtp.example.se

Final-Recipient: rfc822; anna.karlsson@example.se
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
   """From: tietosuoja@example.fi
To: anna.karlsson@example.se
Subject: Svar på din begäran"""),
  "sv bounce multipart/report", auto=True, fmt="report")
M("sv", "", "Korsholms kommun <registrator@example.fi>", "Automatiskt svar",
  """Tack för ditt meddelande. Det har registrerats och vi återkommer så snart som möjligt. Detta är ett automatiskt svar.

Korsholms kommun, registratorskontoret""", "municipality auto-ack", auto=True,
  headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])

M("en", "", "Peter Collins <peter.collins@example.com>", "Automatic reply: Unsubscribe",
  """Thank you for your email. I am out of the office until Monday 7 April with no access to email. For urgent matters please contact office@example.com.

Peter""", "en OOO with headers", auto=True,
  headers=AUTO + [("X-MS-Exchange-Inbox-Rules-Loop", "peter.collins@example.com")])
M("en", "", "Susan Reed <susan.reed@example.com>", "Out of office",
  """Hi, I'm on parental leave until further notice and won't be reading this mailbox. Your message has not been forwarded.""",
  "en OOO without headers", auto=True)
M("en", "", "Mail Delivery Subsystem <mailer-daemon@example.com>", "Undelivered Mail Returned to Sender",
  ("""This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<old.customer@example.com>: host mx.example.com said: 550 5.1.1 mailbox unavailable""",
   """Reporting-MTA: dns; mx.example.com
X-Postfix-Queue-ID: 4F2A11C03

Final-Recipient: rfc822; old.customer@example.com
Original-Recipient: rfc822;old.customer@example.com
Action: failed
Status: 5.1.1""",
   """From: tietosuoja@example.fi
To: old.customer@example.com
Subject: Re: Please delete my data and unsubscribe me"""),
  "en bounce; original subject mentions delete/unsubscribe", auto=True, fmt="report",
  headers=[("Auto-Submitted", "auto-replied")])
M("en", "", "PhotoPro Weekly <news@photopro.example.com>", "5 lighting tricks for school portraits",
  """This week: five lighting tricks for school portraits, plus our new backdrop range.

You are receiving this because you subscribed at photopro.example.com.
Unsubscribe: https://photopro.example.com/unsubscribe?u=8841 | Privacy policy""",
  "vendor newsletter", auto=True, fmt="alt",
  headers=BULK("PhotoPro Weekly <weekly.photopro.example.com>", "<https://photopro.example.com/unsubscribe?u=8841>"))
M("en", "", "Payments <no-reply@payments.example.com>", "Settlement report for merchant 220145",
  """Your daily settlement report is ready. 14 transactions, total 812.40 EUR.

This is an automated message. Please do not reply.""", "payment provider notification", auto=True,
  headers=[("Auto-Submitted", "auto-generated")])
M("en", "", "Analytics <analytics-noreply@example.com>", "Your monthly property report",
  """Here is your monthly report for property zoomi-webshop: 3,412 users, 9,870 sessions.

To change which emails you receive, visit your notification settings. You received this mandatory service announcement to update you about important changes to your account.""",
  "analytics notification", auto=True, fmt="html", headers=[("Precedence", "bulk")])
