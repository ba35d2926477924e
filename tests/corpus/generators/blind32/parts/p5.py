from parts.common import E

# ---------------------------------------------------------------- fi (14)

E("fi", "erasure+marketing_opt_out", False, "Helsinki slang: dump my data and stop the spam",
  "Joni Heinonen <joni.heinonen@example.fi>", "moro",
  """moro, mä en oo mikään teiän asiakas enää, skidit on jo isoja ja muutettiin stadiin. dumpatkaa mun tiedot teiän systeemeistä ja lopettakaa noi spämmit. thx

Joni""")

E("fi", "", False, "near-miss: when is the photo day at the daycare",
  "Emmi Kallio <emmi.kallio@example.fi>", "kuvauspäivä?",
  """Koska on kuvauspäivä Ristinummen päiväkodissa? Meidän Venla on ollu kipeenä ja mietin ehtiikö kuvaan.
Emmi""")

E("fi", "access", False, "short typo'd: what data do you have on me",
  "Sami Hyytiäinen <sami.hyytiainen@example.fi>", "?",
  """mita tietoja teil on must? t. Sami

Lähetetty iPhonesta""")

E("fi", "", False, "husband forwards wife's copy of our newsletter asking what it means (no request)",
  "Ari Pesonen <ari.pesonen@example.fi>", "Fwd: Zoomi: kuvakoodisi vanhenee",
  """Vaimon viesti, en tiiä mitä tälle pitäis tehdä, mitä tää tarkottaa? Pitääkö meidän tilata jotain?

---------- Välitetty viesti ---------
Lähettäjä: Tanja Pesonen
Aihe: Fwd: Zoomi: kuvakoodisi vanhenee

Ari katso tää, mitä tää on

> Hei! Kuvakoodisi 5512-KL vanhenee 30.11. Tilaa kuvat ennen sitä.
> Et halua enää muistutuksia? Peruuta tilaus.""")

E("fi", "erasure+complaint", False, "child's photo on Facebook without permission: remove + report to DPA",
  "Susanna Lampinen <susanna.lampinen@example.fi>", "Lapseni kuva Facebookissa",
  """Olette julkaisseet lapseni kuvan Facebook-sivullanne (päiväkotikuvausmainos 2.10.) ilman lupaa. Poistakaa se heti. Teen tästä ilmoituksen tietosuojavaltuutetulle.

Susanna Lampinen""")

E("fi", "", True, "client municipality ticket-system auto-acknowledgement, no header",
  "Vaasan kaupunki asiakaspalvelu <asiakaspalvelu@example.fi>", "Viestisi on vastaanotettu [Tiketti #2024-18812]",
  """Kiitos viestistäsi!

Viestisi on vastaanotettu ja sille on annettu tunnus #2024-18812. Käsittelemme viestit saapumisjärjestyksessä. Älä vastaa tähän viestiin; voit lähettää lisätietoja tiketin sivulla.

Vaasan kaupunki / Varhaiskasvatuksen palvelut
Tämä on automaattinen viesti.""")

E("fi", "rectification+access", False, "old address on invoice, fix it + where have you given it",
  "Eveliina Toivonen <eveliina.toivonen@example.fi>", "osote väärin",
  """Hei, mun osote on väärin teidän laskussa (se vanha Kirkkotien osote), korjatkaa se: Vöyrinkatu 22 A 3, 65100 Vaasa. Ja haluun tietää mihin kaikkialle ootte sen osotteen antaneet, kun perintäkirje meni ensin sinne vanhaan.

Eveliina""")

E("fi", "restriction", False, "asks to restrict processing until consumer complaint is resolved",
  "Tapio Ranta <tapio.ranta@example.fi>", "käsittelyn rajoittaminen",
  """Hei

Pyydän rajoittamaan tietojeni käsittelyä siihen asti, kun reklamaationi (tilaus 58811, väärät kuvat) on käsitelty. Älkää siirtäkö laskua perintään sillä välin.

Tapio Ranta""")

E("fi", "objection", False, "forbids disclosing data to school and partners",
  "Sirpa Mattila <sirpa.mattila@example.fi>", "tietojen luovutus",
  """Kiellän tietojeni ja lasteni tietojen luovuttamisen koululle, yhteistyökumppaneille tai kenellekään muulle kuin on pakko. Me tilataan kuvat itse suoraan teiltä.
Sirpa Mattila""")

E("fi", "", False, "reply to our ID ack giving only order number, no restatement (disputed, labelled empty)",
  "Jari Mäkelä <jari.makela@example.fi>", "Re: Pyyntönne vastaanotettu",
  """Tilausnumero on 332211.

> Hei Jari,
> olemme vastaanottaneet pyyntösi tietojesi poistamisesta. Vahvistaaksemme henkilöllisyytesi pyydämme ilmoittamaan jonkin tilausnumeron.
> Ystävällisin terveisin
> Zoomi Kuvakaupat Oy""")

E("fi", "marketing_opt_out", False, "elderly: no more paper ads",
  "Aune Kivimäki <aune.kivimaki@example.fi>", "mainokset",
  """Hei

En tarvitse enää teidän mainoksia postissa, lapsenlapset on jo aikuisia eikä koulukuvia tarvita. Lopettakaa ne kirjeet.

Ystävällisin terveisin
Aune Kivimäki
Laihia""")

E("fi", "portability+erasure", False, "export data in machine-readable form, then account away",
  "Ilkka Rissanen <ilkka.rissanen@example.fi>", "tili",
  """Siirtäkää mun tiedot ja tilille ladatut kuvat koneluettavassa muodossa (esim json + kuvat) tähän osotteeseen, sen jälkeen tili pois kokonaan.
Ilkka""")

E("fi", "access", False, "to whom have you disclosed data, got a call from another photo firm",
  "Niina Partanen <niina.partanen@example.fi>", "kenelle?",
  """Kenelle ootte luovuttaneet mun tietoja? Sain yhtäkkiä soiton jostain toisesta kuvafirmasta joka tiesi et mulla on lapsi Gerbyn koulussa.
Niina Partanen""")

E("fi", "", False, "near-miss: journalist's public-records request about school contracts",
  "Toimittaja Lauri Harju <lauri.harju@example.fi>", "Tietopyyntö julkisuuslain nojalla",
  """Hei,

teen juttua koulukuvauksista Pohjanmaalla. Esitän tietopyynnön: pyydän nähtäväksi Vaasan kaupungin kanssa tekemänne koulukuvaussopimuksen ja sen hinnaston. Ymmärrän, että olette yksityinen yritys, joten pyyntö on lähetetty myös kaupungin kirjaamoon.

Lauri Harju
toimittaja, Pohjalainen-lehti (esim.)""")

# ---------------------------------------------------------------- sv (10)

E("sv", "erasure", False, "dialect: children finished school, erase everything about them",
  "Gun-Britt Ehrs <gunbritt.ehrs@example.fi>", "barnen",
  """Hej, radera allt om våra barn, di ha slutat skolan å vi behöver int bildren meir. Dom heter Elias å Wilma Ehrs.
Gun-Britt""")

E("sv", "", False, "near-miss: ask to delete the wrong photo from order & re-order",
  "Fredrik Slotte <fredrik.slotte@example.fi>", "fel bild i beställningen",
  """Hej, jag valde fel bild i beställningen 60877 (det är inte vårt barn på bild nr 3). Kan ni ta bort den ur beställningen och lägga till bild nr 5 i stället?
Fredrik""")

E("sv", "access+complaint", False, "'you break GDPR' + demand to know data",
  "Mona Hellström <mona.hellstrom@example.se>", "GDPR",
  """Ni bryter mot GDPR. Jag har aldrig gett er min adress men ni skickar brev. Jag kräver att få veta vilka uppgifter ni har om mig och varifrån ni har fått dem.
Mona Hellström""")

E("sv", "", False, "near-miss: daughter blinks in photo, re-shoot?",
  "Linda Kull <linda.kull@example.fi>", "omfotografering",
  """Hej, min dotter blundar på skolfotot. Kan hon fotas om när ni kommer på omfotograferingsdagen?
Linda Kull""")

E("sv", "marketing_opt_out", False, "mother forwards adult son's wish to stop ads, asks us to fix",
  "Eva Bäck <eva.back@example.fi>", "VB: reklam",
  """Se nedan från min son. Han är 19 och bor i Åbo. Kan ni fixa det?
/Eva

Från: Albin Bäck
Ämne: reklam

Mamma, kan du säga åt dem att sluta skicka reklam till mig, jag har inte beställt nåt sen studentfotot.""")

E("sv", "restriction", False, "freeze data until debt collection letter is explained",
  "Robert Lillqvist <robert.lillqvist@example.fi>", "inkassokrav",
  """Frys mina uppgifter tills ni har utrett varför jag fick ett inkassokrav för något jag redan betalat. Skicka dem inte vidare till någon under tiden.
Robert Lillqvist""")

E("sv", "objection", False, "objects to photo in brochure (no removal asked)",
  "Susanne Ekman <susanne.ekman@example.fi>", "min bild i broschyren",
  """Jag motsätter mig att ni använder min bild i er nya broschyr om företagsfoto. Bilden togs för vårt företag, inte för er reklam.
Susanne Ekman""")

E("sv", "rectification", False, "change surname after marriage",
  "Julia Sandvik <julia.sandvik@example.fi>", "namnbyte",
  """Hej! Byt mitt efternamn, jag har gift mig. Nytt: Sandvik (tidigare Nyström). E-posten är samma.
Julia""")

E("sv", "", False, "near-miss: general question about GDPR rights alone",
  "Harriet Fagerholm <harriet.fagerholm@example.fi>", "fråga om GDPR",
  """Hej, vilka rättigheter har jag enligt GDPR när det gäller skolfoton? Vi diskuterade det på föräldramötet.
Harriet""")

E("sv", "marketing_opt_out", False, "stop SMS ads, curt",
  "Tomas Kronberg <tomas.kronberg@example.fi>", "sms",
  """Sluta skicka sms-reklam. Varje vecka kommer det nåt nytt erbjudande, jag orkar inte.
Tomas""")

# ---------------------------------------------------------------- en (6)

E("en", "access+portability", False, "long formal DSAR incl. Art. 20 machine-readable passage",
  "Dr. Alan Whitaker <alan.whitaker@example.com>", "Data Subject Access Request – Article 15 and 20 GDPR",
  """Dear Data Protection Officer,

I am writing to make a data subject access request under Article 15 of the General Data Protection Regulation.

Please provide:
(a) confirmation whether you process personal data concerning me;
(b) a copy of that data, including photographs, order and invoice data, and any logs;
(c) the purposes of processing and the categories of data concerned;
(d) the recipients to whom the data have been disclosed, identified by name;
(e) the envisaged retention period;
(f) the source of any data not collected from me;
(g) the existence of automated decision-making, including profiling.

In addition, under Article 20, please make the personal data I have provided to you available in a structured, commonly used and machine-readable format.

I look forward to your response within one month of receipt.

Yours faithfully,
Dr. Alan Whitaker
Vaasa""")

E("en", "", True, "photo equipment vendor newsletter with list headers",
  "CameraWorld Newsletter <news@example.com>", "New lenses are here – 15% off this week",
  """Hi there,

New portrait lenses just arrived. Studio customers get 15% off until Sunday.

You are receiving this because you subscribed at example.com.
Unsubscribe | Manage preferences""",
  hdrs={"List-Unsubscribe": "<https://example.com/unsubscribe?u=88123>", "Precedence": "bulk"})

E("en", "erasure", False, "remove me from database, old customer",
  "Liam Gallagher <liam.gallagher@example.com>", "remove me",
  """Remove me from your database please. I was a customer back in 2016 (passport photos) and I don't want my details kept anywhere.
Liam""")

E("en", "", False, "near-miss: wrong person reply to school photo mail",
  "Priya Sharma <priya.sharma@example.com>", "Re: Photo day at Vaskiluoto school",
  """I think you've sent this to the wrong person, I don't have kids at that school.

> Dear guardian,
> Photo day at Vaskiluoto school is on 22 October. Your photo code will be sent afterwards.
> Zoomi Kuvakaupat""")

E("en", "marketing_opt_out+complaint", False, "still getting mail after unsubscribing; filing DPA complaint; stop",
  "Natalie Cross <natalie.cross@example.com>", "Still receiving your emails",
  """I unsubscribed in August and I'm still getting your offers. Stop emailing me. This is a GDPR violation and I'm filing a complaint with the Data Protection Ombudsman today.
Natalie Cross""")

E("en", "rectification", False, "name accent dropped, please correct",
  "Siobhán Kelly <siobhan.kelly@example.com>", "my name",
  """Pls correct my name, it's Siobhán not Siobhan, your system keeps dropping the accent on the invoices and the photo cards. Thanks!""")
