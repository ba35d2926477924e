from parts.common import E

E("fi", "marketing_opt_out", False, "partial change of mind: withdraws deletion but keeps marketing ban",
  "Jaana Koivula <jaana.koivula@example.fi>", "Re: eilinen viesti",
  """Hei,

perun eilisen pyyntöni poistaa kaikki tietoni, tilit saa jäädä koska tilaan vielä lasten kuvia. Haluan kuitenkin edelleen ettei minulle lähetetä mitään mainoksia, ei sähköpostiin eikä tekstiviestillä.

Jaana Koivula

> ke 21.10. Jaana Koivula kirjoitti:
> Poistakaa kaikki tietoni ja lopettakaa mainokset.""")

E("fi", "access+complaint", False, "second reminder of access request, will complain to Ombudsman this week",
  "Reijo Lindroos <reijo.lindroos@example.fi>", "Toinen muistutus: tarkastuspyyntö 12.9.",
  """Hei

Tämä on toinen muistutus. Lähetin tarkastuspyynnön 12.9. ja muistutin 5.10. Kuukausi on mennyt jo aikaa sitten umpeen.

Jos en saa tietojani tämän viikon aikana, teen kantelun tietosuojavaltuutetulle.

Reijo Lindroos""")

E("fi", "", False, "accepts our partial answer (accounting data kept), thanks",
  "Marika Salonen <marika.salonen@example.fi>", "Re: Poistopyyntönne ZK-2026-0398",
  """Selvä, ymmärrän että laskut pitää säilyttää. Kiitos nopeasta hoitamisesta.

Marika

> Hei Marika,
> kuvanne, tilinne ja markkinointitietonne on poistettu. Laskutustiedot (nimi, osoite,
> tilatut tuotteet) säilytämme kirjanpitolain vuoksi 31.12.2032 asti, eikä niitä käytetä
> muuhun tarkoitukseen.""")

E("fi", "erasure+complaint", False, "rejects our partial refusal, says we break GDPR, delete now",
  "Mervi Kärkkäinen <mervi.karkkainen@example.fi>", "Re: Poistopyyntönne ZK-2026-0402",
  """En hyväksy tätä. Te rikotte GDPR:ää, kun pidätte minun nimeä ja osoitetta vielä kuusi vuotta jonkun 19 euron laskun takia. Poistakaa ne heti, ja myös se lasku.

M. Kärkkäinen

> Laskutustiedot säilytämme kirjanpitolain vuoksi 31.12.2032 asti.""")

E("fi", "access", False, "phone-typed: child's daycare photos visible on another parent's shop account, who has seen them",
  "Jenni Huhta <jenni.huhta@example.fi>", "???",
  """moi, mun lapsen päiväkoti kuvat näky jonkun toisen vanhemman tilillä teidän verkkokaupassa?? kaveri laitto mulle kuvakaappauksen. mitä ihmettä. kuka kaikki on nähny ne ja kenelle muille niitä on näytetty? päiväkoti Pikku-Pelle, Lumi Huhta

lähetetty puhelimesta""")

E("fi", "rectification+restriction", False, "birth year and address wrong and led to collection, correct and don't use meanwhile",
  "Tapani Virtanen <tapani.virtanen@example.fi>", "Väärät tiedot",
  """Hei,

teidän tiedoissa minun syntymävuosi on 1958 vaikka oikea on 1985, ja osoite on joku vanha Seinäjoen osoite. Näiden perusteella lasku meni ilmeisesti väärään paikkaan ja sieltä perintään, vaikka en ole koskaan saanut laskua.

Korjatkaa tiedot (oikea osoite Vöyrinkatu 20 B 14, 65100 Vaasa) ja siihen asti kun ne on korjattu, älkää käyttäkö minun tietojani mihinkään, ei laskutukseen eikä perintään.

Tapani Virtanen""")

E("fi", "", True, "machine: out-of-office from school teacher, no auto header",
  "Anne Mäki-Jokela <anne.maki-jokela@example.fi>", "Automaattinen vastaus: Kuvauspäivän aikataulu",
  """Olen syyslomalla 19.–23.10. enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä koulun kansliaan p. 06 325 1400.

I am on autumn break 19–23 October.

Anne Mäki-Jokela
luokanopettaja, Pilvilinnan koulu""")

E("fi", "objection", False, "story: doesn't want debt collection firm to handle my matters, paid",
  "Raimo Kuusisto <raimo.kuusisto@example.fi>", "perintäfirma",
  """No terve. Mä sain teidän perintäfirmalta kirjeen että oon velkaa teille kolmekymppiä. Mä maksoin sen laskun vähän myöhässä mutta maksoin kuitenkin, muistutusmaksun kanssa. Mä en halua että se perintäfirma käsittelee mun asioita yhtään, eikä että te annatte niille mun tietoja. Hoitakaa asia suoraan mun kanssa.

Raimo Kuusisto
Laihia""")

E("fi", "erasure", False, "passport photo taken in summer, delete now that passport arrived",
  "Liisa Holmberg <liisa.holmberg@example.fi>", "Passikuva",
  """Hei,

otin teillä passikuvan heinäkuussa. Nyt passi on tullut, joten haluan että kuva poistetaan teidän koneilta, sitä ei enää tarvita mihinkään.

Liisa Holmberg""")

E("fi", "", False, "near-miss: passport photo receipt code doesn't work on police site",
  "Eero Jääskeläinen <eero.jaaskelainen@example.fi>", "Kuvakuitti ei toimi",
  """Moi, kävin eilen ottamassa passikuvan. Poliisin sivuilla hakemusta tehdessä se kuvakuitin koodi ei kelpaa ("kuvaa ei löydy"). Mitä teen? Koodi on 7HQ2-K91A.

Eero""")

E("fi", "access", False, "second guardian wants to know what data and photos you have of child and who ordered",
  "Niina Laakso <niina.laakso@example.fi>", "Lapseni tiedot",
  """Hei,

olen Eino Laakson (Kuuselan koulu 3B) toinen huoltaja. Olemme eronneet ja lapsi asuu viikon vuorotellen. Haluaisin tietää, mitä tietoja ja kuvia teillä on lapsestani, ja kuka ne kuvat on tilannut ja mihin osoitteeseen ne on lähetetty.

Niina Laakso""")

E("fi", "marketing_opt_out", False, "no more SMS ads",
  "Kalle Harju <kalle.harju@example.fi>", "tekstarit",
  """Ei enää tekstareita kiitos, tulee joka viikko joku tarjous. Kalle Harju 044 998 1230""")

E("fi", "portability", False, "short: all orders and data as CSV to move to another service",
  "Joonas Leppänen <joonas.leppanen@example.fi>", "tiedot csv",
  """Saisinko kaikki mun tilaukset ja tiedot CSV:nä? Vien ne toiseen palveluun. Asiakasnumero 201877.""")

E("fi", "", False, "near-miss: supplier offer of photo paper",
  "Paperitukku Laine / Ari Laine <ari.laine@example.fi>", "Tarjous: valokuvapaperi 2027",
  """Hei,

lähetän ensi vuoden hinnaston kiiltävistä ja mattapintaisista valokuvapapereista (10x15 – 30x45). Vuosisopimuksella -8 %. Toimitus Vaasaan 2 arkipäivässä.

Soitellaan ensi viikolla?

Ari Laine
Paperitukku Laine Oy""")

E("fi", "rectification", False, "Christmas cards with wrong surname; same error in customer data, fix; wants new cards",
  "Sofia Matsson <sofia.matsson@example.fi>", "Joulukortit väärällä nimellä",
  """Hei!

Tilasin joulukortit (tilaus W-91022) ja ne tuli nimellä "Perhe Mattsson", vaikka meidän nimi on Matsson yhdellä t:llä. Huomasin samalla että verkkokaupan asiakastiedoissa on sama virhe, korjatkaa se sinne. Kirjoitin sen kyllä oikein tilauslomakkeeseen.

Haluan uudet kortit oikealla nimellä tilalle ennen joulua.

Sofia Matsson""")

E("fi", "access+portability+erasure", False, "numbered: copy, machine-readable provided data, then delete",
  "Aleksi Ranta <aleksi.ranta@example.fi>", "GDPR-pyyntö",
  """Hei,

pyydän seuraavaa:
1. jäljennös kaikista minua koskevista henkilötiedoista (GDPR 15 art.)
2. toimittamani tiedot koneluettavassa muodossa (20 art.), esim. JSON
3. kun 1 ja 2 on toimitettu, kaikkien tietojeni poistaminen (17 art.), myös käyttäjätili ja kuvagalleria

Käyttäjätunnus verkkokaupassa: aranta.

Aleksi Ranta""")

E("fi", "", True, "machine: invoice email with privacy-notice footer listing rights, no auto header",
  "Zoomi Kuvakaupat Oy – laskutus <laskutus@example.fi>", "Lasku 2026-1187 Zoomi Kuvakaupat Oy",
  """Hyvä asiakas,

liitteenä lasku 2026-1187.

Laskun numero:  2026-1187
Laskun pvm:     2.11.2026
Eräpäivä:       16.11.2026
Summa:          38,90 EUR
Viite:          11872 40031
Tilinumero:     FI21 1234 5600 0007 85

Erittely: Henkilökuvaus, 1 henkilö, digitiedosto (Pohjanmaan Putki Oy)

Tietosuoja: Käsittelemme henkilötietoja tietosuojaselosteemme mukaisesti. Sinulla on oikeus tarkastaa tietosi, vaatia niiden oikaisemista tai poistamista, vastustaa käsittelyä ja kieltää suoramarkkinointi. Lisätietoja: https://example.fi/tietosuoja

Tämä viesti on lähetetty automaattisesti Business Central -järjestelmästä.""")

E("fi", "marketing_opt_out", False, "why do you still send these, I cancelled in summer, stop",
  "Hannele Vesterinen <hannele.vesterinen@example.fi>", "Re: Syksyn tarjoukset perheille",
  """Miksi te lähetätte mulle näitä vaikka peruin tilauksen kesällä?? Lopettakaa.

> Syksyn tarjoukset perheille – perhekuvaus 99 €
> Peruuta tilaus""")

E("sv", "erasure", False, "reminder: asked to delete daughter's photos, no answer",
  "Eva Granqvist <eva.granqvist@example.fi>", "Påminnelse – radering",
  """Påminnelse! Jag bad er radera min dotter Saga Granqvists bilder (Vikinga skola, åk 2) den 2 oktober. Jag har inte fått något svar.

Eva Granqvist""")

E("sv", "", False, "change of mind: forget my access request, found everything in account",
  "Jonas Westerlund <jonas.westerlund@example.fi>", "Sv: Registerutdrag",
  """Hej, glöm mitt förra mejl om registerutdrag. Jag hittade allt jag behövde på mitt konto i webbshoppen. Ni behöver inte göra något.

Jonas""")

E("sv", "objection+complaint", False, "objects to use of own photo on Facebook page, has reported to IMY today",
  "Sara Lindfors <sara.lindfors@example.se>", "Min bild på er Facebook-sida",
  """Hej.

Jag motsätter mig att ni använder min bild (porträttet från studion i augusti) på er Facebook-sida. Jag har aldrig gett lov till det. Jag har i dag anmält saken till Integritetsskyddsmyndigheten.

Sara Lindfors
Umeå""")

E("sv", "", False, "estate: widow asks to close late husband's account and stop mail (disputed: estate letter)",
  "Margareta Hägg <margareta.hagg@example.fi>", "Min man",
  """Hej,

min man Rolf Hägg gick bort i våras. Det kommer fortfarande post och e-post från er till honom, och jag hittade ett konto i hans namn i er webbshop. Kan ni avsluta hans konto och sluta skicka post till honom? Det är tungt att se hans namn.

Med vänlig hälsning
Margareta Hägg""")

E("sv", "", True, "machine: Zoomi newsletter itself, with list headers",
  "Zoomi Kuvakaupat <uutiset@example.fi>", "Nyhetsbrev: Julkort och fotoböcker – beställ i tid",
  """Hej!

Julen närmar sig – beställ dina julkort och fotoböcker senast 10.12 så hinner de fram.

• Julkort från 1,20 €/st
• Fotobok A4 nu -25 %
• Fri frakt över 50 €

Beställ i webbshoppen: https://kauppa.example.fi/sv

Du får detta nyhetsbrev eftersom du är kund hos Zoomi Kuvakaupat. Avsluta prenumerationen: https://example.fi/avregistrera
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vasa""", hdrs={"List-Unsubscribe": "<mailto:unsubscribe@example.fi?subject=unsubscribe>", "Precedence": "bulk"})

E("sv", "rectification", False, "surname changed, update",
  "Emma Björklund <emma.bjorklund@example.fi>", "namnbyte",
  """Hej! Mitt efternamn är nu Björklund (tidigare Nyström). Uppdatera det, tack. Samma e-post och telefon som förut.

Emma""")

E("en", "access+portability", False, "follow-up on earlier request for copy of data and JSON export",
  "Kevin Walsh <kevin.walsh@example.com>", "Follow-up: my data request of 8 October",
  """Hi,

I'm following up on my request from 8 October for (1) a copy of my personal data and (2) an export of the data I gave you in JSON so I can import it elsewhere. I haven't received anything yet, not even an acknowledgement.

Kevin Walsh""")

E("en", "erasure", False, "non-native speaker: son's school photo on internet, remove",
  "Oksana Melnyk <oksana.melnyk@example.com>", "photo my son",
  """Hello, I am from Ukraine, we live in Vaasa one year. My son Maksym photo from school is in your internet page (photos of class 5A). I not want his photo in internet. Please remove it. Thank you very much.

Oksana Melnyk""")

E("en", "rectification", False, "cancelled booking but still reminders; old number now belongs to mother, update phone",
  "Chris Anderson <chris.anderson@example.com>", "Reminder texts",
  """Hi, I cancelled my appointment through Slotti last week but still got a reminder text – on my old number, which is my mother's number now. She's confused. Could you change my phone number in your system to +358 40 771 3390 and stop using the old one?

Chris""")

E("en", "", False, "near-miss: partner proposal, AI retouching",
  "Pixelon Ltd <partnerships@example.com>", "Partnership proposal: AI retouching for school photos",
  """Dear Zoomi team,

Pixelon offers automated retouching for school and kindergarten portraits – skin, stray hairs, glasses glare – at 0.04 EUR per image, GDPR-compliant, EU-hosted.

Would you have 20 minutes for a demo next week?

Best,
Partnerships team, Pixelon Ltd""")

E("en", "marketing_opt_out", False, "stop marketing emails, texts and purchase-history targeting (profiling for marketing)",
  "Natalie Cooper <natalie.cooper@example.com>", "marketing",
  """Please stop sending me marketing emails and texts, and stop using my purchase history to target me with offers. Thanks, Natalie Cooper""")

E("en", "restriction", False, "chargeback dispute: keep everything about order as is, don't delete or alter",
  "Paul Schneider <paul.schneider@example.com>", "Order 7781 – chargeback",
  """Hello,

I'm disputing the charge for order 7781 with my card company (charged twice). Please keep everything about that order exactly as it is – order data, payment log, our emails – and don't delete or change anything until the chargeback is resolved.

Regards,
Paul Schneider""")
