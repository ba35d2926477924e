from parts.common import E

E("fi", "access+portability", False, "copy of data plus Art 20 passage kept, formal",
  "Outi Lassila <outi.lassila@example.fi>", "Tarkastus- ja siirtopyyntö (GDPR 15 ja 20 art.)",
  """Hyvä rekisterinpitäjä,

Pyydän EU:n tietosuoja-asetuksen 15 artiklan nojalla jäljennöksen kaikista minua koskevista henkilötiedoistanne sekä tiedot käsittelyn tarkoituksista, vastaanottajista ja säilytysajoista.

Lisäksi pyydän 20 artiklan nojalla, että toimitatte antamani tiedot (asiakastiedot ja tilaukset) jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa.

Outi Lassila
Vaasa""")

E("fi", "", False, "'poistakaa tilaus' = cancel a canvas print order",
  "Ari Manninen <ari.manninen@example.fi>", "Poistakaa tilaus",
  """Moi. Poistakaa mun tilaus, se canvas-taulu. Löysin halvemman. Ei oo vielä maksettu. Tilausnro 91566.""")

E("fi", "marketing_opt_out", False, "'peru tilaus' with uutiskirje nearby = opt-out",
  "Paula Kangas <paula.kangas@example.fi>", "peru tilaus",
  """Hei, perukaa mun uutiskirjeen tilaus. Yritin linkistä mutta se antaa virheen 404.
Paula""")

E("fi", "complaint", False, "asks how to complain to DPA, says processing illegal",
  "Reijo Toivonen <reijo.toivonen@example.fi>", "tietosuojarikkomus",
  """Te olette myyneet minun tietoni jollekin tauluja myyvälle firmalle, koska sieltä alkoi tulla soittoja heti teidän tilauksen jälkeen ja myyjä tiesi että olin tilannut teiltä. Tämä on tietosuojarikkomus. Ilmoitan tästä tietosuojavaltuutetulle.

R. Toivonen""")

E("fi", "restriction", False, "asks to freeze data while fraud investigation; Turku dialect",
  "Kristiina Aalto <kristiina.aalto@example.fi>", "jäädyttäkää tiedot",
  """Moi

Joku on tilannu mun nimel teilt kuvakirjoi ja laittanu laskun mun osotteesee. Mää oon tehny rikosilmotuksen. Jäädyttäkää ne mun nimel olevat tiedot nii et niit ei käytetä eikä lähetetä perintään ennen ku poliisi on selvittäny. Älkää kumminkaa poistako niit koska poliisi saattaa tarvita.

Kristiina Aalto, Turku""")

E("fi", "objection", False, "former model objects to further use of her photo in Zoomi ads, no removal asked",
  "Sanni Rinne <sanni.rinne@example.fi>", "Kuva mainoksessa",
  """Hei,

Olin teidän mallina kesällä 2024 ja sovimme silloin että kuvaa saa käyttää yhden kesän kampanjassa. Nyt kuva on teidän Facebook-mainoksissa edelleen. Vastustan kuvani käyttöä teidän markkinoinnissanne tästä eteenpäin. Kuvan saa pitää arkistossa.

Sanni Rinne""")

E("fi", "access", False, "very short, no umlauts, typo",
  "pekka <pekka.hyvonen@example.fi>", "tiedot",
  """mita tietija teil on mun nimella? Pekka Hyvonen 040 123 4567""")

E("fi", "erasure+marketing_opt_out", False, "forwarded newsletter with reply above: delete me and stop",
  "Johanna Wikström <johanna.wikstrom@example.fi>", "VS: Syksyn perhekuvausviikot alkavat!",
  """Lopettakaa tämä ja poistakaa kaikki minun tietoni. En ole asiakkaanne ollut viiteen vuoteen.

J. Wikström

-------- Alkuperäinen viesti --------
Lähettäjä: Zoomi Kuvakaupat <uutiskirje@example.fi>
Päivämäärä: 2.10.2026 9.00
Aihe: Syksyn perhekuvausviikot alkavat!

Varaa perhekuvaus nyt – kuvaus + 3 tulostetta 89 €.
Peruuta tilaus: https://kauppa.example.fi/u/1c2d""")

E("fi", "", False, "guardian asks if class photo retake is possible",
  "Kati Ojala <kati.ojala@example.fi>", "uusintakuvaus",
  """Hei! Meidän Topi oli kipeenä kuvauspäivänä (Huutoniemen koulu 5A). Onko uusintakuvausta tulossa?
t. Kati Ojala""")

E("fi", "rectification+marketing_opt_out", False, "wrong email spelled, and no ads to new one",
  "Juha Peltonen <juha.peltonen@example.fi>", "sähköposti",
  """Hei. Teillä on mun sähköposti kirjotettu väärin (juha.pelton@...) ja joku toinen saa mun tilausvahvistukset. Oikea on juha.peltonen@example.fi. Korjatkaa se, mutta älkää sitten laittako sinne mitään mainoksia, pelkät tilausviestit riittää.""")

E("fi", "portability", False, "asks data as CSV to move to own archive software, spoken",
  "Lasse Heino <lasse.heino@example.fi>", "mun tiedot csv",
  """Moro! Saisko mun kaikki tilaukset ja asiakastiedot jotenki csv:nä tai json:na, nii voin siirtää ne mun omaan kuva-arkisto softaan? Tarviin lähinnä sen ku mä oon ladannu teiän kautta kuvia kymmenen vuotta ja haluun ne tiedot mukaan.

Lasse""")

E("fi", "", True, "survey request after visit",
  "Zoomi Kuvakaupat <palaute@example.fi>", "Miten onnistuimme? Kerro mielipiteesi",
  """Hei,

kiitos käynnistäsi Zoomi Vaasa keskustassa 18.11.2026. Vastaa lyhyeen kyselyyn (2 min) ja osallistu 100 euron lahjakortin arvontaan:
https://kysely.example.com/z/88321

Et voi vastata tähän viestiin.""")

E("fi", "erasure", False, "Pohjanmaa dialect elderly: remove my picture from website",
  "Erkki Luoma <erkki.luoma@example.fi>", "kuva netis",
  """Päivää

Mun poika näytti että mun kuva on teijän nettisivuulla siinä kohtaa missä on "tyytyväisiä asiakkaita". Se on otettu ku mä täytin 80. En mä oo semmoosta lupaa antanu että sinne laitetahan. Pankaa se pois sieltä.

Erkki Luoma
Kurikka""")

E("fi", "access+complaint", False, "employee of client org, dissatisfied, says will go to DPA if not told",
  "Satu Hirvelä <satu.hirvela@example.fi>", "Henkilökuvani jakaminen",
  """Hei,

Työskentelen Pohjanmaan hyvinvointialueella. Kuvanne henkilökuvauksessa toukokuussa. Nyt kuvani löytyy jonkin rekrytointisivuston mainoksesta, jota työnantajani ei tunnista. Haluan tietää, kenelle olette kuvani luovuttaneet ja mitä muita tietoja minusta on annettu eteenpäin. Jos en saa selvitystä kahden viikon kuluessa, vien asian tietosuojavaltuutetulle.

Satu Hirvelä
sairaanhoitaja""")

E("fi", "objection", False, "guardian objects to child's photo being delivered to school system",
  "Marko Hautala <marko.hautala@example.fi>", "kuvien luovutus koululle",
  """Hei

Kuulin että te toimitatte kaikkien lasten kuvat myös koulun oppilashallintojärjestelmään (Wilma tms.). Vastustan meidän lapsen, Mira Hautala 4C, kuvan luovuttamista sinne. Kouluun kuvaa ei tarvita.

Marko Hautala""")

E("fi", "", False, "'poistakaa varaus' cancel booking",
  "Mervi Jussila <mervi.jussila@example.fi>", "varaus",
  """Poistakaa mun varaus to 20.11 klo 14. kiitos. Mervi Jussila""")

E("fi", "rectification", False, "date of birth wrong on record",
  "Ulla Saarinen <ulla.saarinen@example.fi>", "syntymäaika väärin",
  """Hei,
asiakastiedoissani syntymäaika on 12.3.1975, oikea on 21.3.1975. Korjatkaa, kiitos. Huomasin tämän kun kirjauduin verkkokauppaan.
Ulla""")

E("fi", "restriction+rectification", False, "contests name/address, correct it and don't use till corrected",
  "Tapio Rinta-Jouppi <tapio.rintajouppi@example.fi>", "Väärät tiedot ja käsittely",
  """Hei,

Rekisterissänne on minusta vääriä tietoja: nimi on kirjoitettu "Tapio Rintajoupi" ja osoitteena on entisen yritykseni osoite. Korjatkaa tiedot (Tapio Rinta-Jouppi, Hanhikuja 4, 61800 Kauhajoki). Siihen asti kun korjaus on tehty, rajoittakaa tietojeni käsittelyä, eli älkää lähettäkö laskuja tai muuta vanhaan osoitteeseen.

Tapio Rinta-Jouppi""")

E("fi", "marketing_opt_out", False, "no sales calls",
  "Hilkka Maunula <hilkka.maunula@example.fi>", "puhelut",
  """Hyvä Zoomi,

teiltä soitetaan minulle melkein joka kuukausi ja tarjotaan sukukuvausta. Älkää soittako enää myyntipuheluita. Numero 040 123 4567.

Hilkka Maunula""")

E("fi", "", False, "asks about privacy policy generally, asks nothing for self (student thesis)",
  "Oona Mäenpää <oona.maenpaa@example.fi>", "opinnäytetyö",
  """Hei,

teen opinnäytetyötä Vaasan ammattikorkeakoululle valokuvausyritysten tietosuojakäytännöistä. Voisinko haastatella jotakuta teiltä 20 minuutin ajan tietosuojaselosteen laatimisesta? Ei koske mitään omia tietojani.

Oona Mäenpää""")

E("sv", "access", False, "Finland-Swedish guardian asks what data about child",
  "Annika Sjöholm <annika.sjoholm@example.fi>", "Uppgifter om mitt barn",
  """Hej,

vår son Elias (åk 2, Vikinga skola) fotograferades av er i september. Jag vill gärna veta vilka uppgifter ni har om honom och vem som har gett dem till er – skolan eller någon annan? Får andra föräldrar se bilderna?

Hälsningar
Annika Sjöholm""")

E("sv", "erasure", False, "Ostrobothnian Swedish dialect-ish, delete me",
  "Bengt Nyqvist <bengt.nyqvist@example.fi>", "ta bort",
  """Hej

Ja ha int köpt na ti er på åtta år. Ta bort all uppgifter ni har om mej, namn, adress å allt. Tack.

Bengt i Malax""")

E("sv", "marketing_opt_out", False, "unsubscribe newsletter, Sweden-Swedish",
  "Eva Lindqvist <eva.lindqvist@example.se>", "Avregistrering",
  """Hej!
Avregistrera mig från nyhetsbrevet, tack. Jag beställde en fotobok en gång och har fått era mejl sedan dess.
/Eva""")

E("sv", "", False, "avboka tid, near-miss",
  "Kristoffer Holm <kristoffer.holm@example.fi>", "avboka",
  """Hej, jag måste avboka min tid för passfoto imorgon kl. 9.30. Jag bokar ny tid via nätet.
Kristoffer Holm""")

E("sv", "rectification", False, "wrong surname spelling of child on school order",
  "Sofia Westerlund <sofia.westerlund@example.fi>", "Fel namn på skolfotot",
  """Hej!

Min dotters efternamn är felstavat i er beställningsportal: ”Vesterlund” i stället för Westerlund. Kan ni rätta det i era uppgifter innan mappen trycks?

Mvh Sofia Westerlund""")

E("sv", "objection", False, "objects to data to inkasso",
  "Patrik Granholm <patrik.granholm@example.fi>", "Inkasso",
  """Hej,

Jag har bestridit fakturan 2026-09983 skriftligen två gånger eftersom beställningen aldrig kom fram. Trots det har mina uppgifter lämnats till OK-perintä. Jag motsätter mig att ni behandlar och lämnar ut mina uppgifter för indrivning av en bestriden fordran.

Patrik Granholm
Närpes""")

E("sv", "", True, "out of office Swedish",
  "Maria Öhman <maria.ohman@example.fi>", "Frånvaromeddelande: Re: Personalfotografering",
  """Jag är tjänsteledig till 31.12.2026. Under tiden sköts mina ärenden av Jonas Berg, jonas.berg@example.fi.

Maria Öhman
HR, Korsholms kommun""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

E("sv", "access+erasure", False, "registerutdrag then radering",
  "Linnea Forsman <linnea.forsman@example.se>", "Registerutdrag och radering",
  """Hej,

jag begär ett registerutdrag över alla personuppgifter ni har om mig. När jag fått det vill jag att ni raderar allt som ni inte är skyldiga att spara enligt lag.

Linnea Forsman
Umeå""")

E("sv", "complaint", False, "has reported to Dataombudsmannen",
  "Gunnar Sundström <gunnar.sundstrom@example.fi>", "Anmälan",
  """Till Zoomi Kuvakaupat

För kännedom: jag har idag gjort en anmälan till Dataombudsmannens byrå om att ni fortfarande publicerar bilder på min dotter på er webbplats, trots att jag återkallade samtycket i juni.

Gunnar Sundström
Jakobstad""")

E("sv", "", False, "reklamation print quality",
  "Helena Mattsson <helena.mattsson@example.fi>", "Reklamation beställning 90412",
  """Hej! Fotoboken jag fick hade två sidor som satt upp och ner. Kan ni trycka en ny? Beställning 90412. Jag kan skicka bilder.
Hälsningar Helena""")
