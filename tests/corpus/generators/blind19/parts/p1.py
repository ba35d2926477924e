from parts.common import E

E("fi", "access", False, "parent asks what data is held on child from school photo day, phone typing",
  "Sanna Kettunen <sanna.kettunen@example.fi>", "koulukuvat / tiedot",
  """Moi

Mun poika oli teidän koulukuvauksessa Hietalahden koulussa syksyllä. Mitä tietoja teillä on hänestä tallessa? Nimi, luokka, kuvat, muuta? Ja mistä ootte ne saanu, koulultako?

t. Sanna Kettunen
040 123 4567

Lähetetty iPhonesta""")

E("fi", "", False, "order status question for school photo package, no DSR",
  "Jarmo Niskanen <jarmo.niskanen@example.fi>", "Missä tilaus viipyy?",
  """Hei,
tilasin 14.10. koulukuvapaketin (tilausnro 55821) ja maksoin heti verkkopankissa. Vieläkään ei ole tullut mitään. Onko paketti lähtenyt?

Jarmo""")

E("fi", "marketing_opt_out", False, "short no-ads request without diacritics",
  "Tuula H <tuula.h1962@example.fi>", "mainokset",
  """en halua enaa teidan mainoksia sahkopostiin kiitos""")

E("fi", "erasure", False, "account deletion in web shop, formal",
  "Petri Lindholm <petri.lindholm@example.fi>", "Asiakastilin poistaminen",
  """Hyvä vastaanottaja,

pyydän poistamaan asiakastilini verkkokaupastanne sekä kaikki siihen liittyvät henkilötiedot. Tili on rekisteröity tähän sähköpostiosoitteeseen. En ole tehnyt tilauksia kahteen vuoteen enkä aio käyttää palvelua jatkossa.

Ystävällisin terveisin
Petri Lindholm""")

E("fi", "rectification", False, "daughter's name misspelled on school photo order and in register",
  "Minna Ahokas <minna.ahokas@example.fi>", "Tyttären nimi väärin",
  """Hei!

Tyttäreni nimi on teidän järjestelmässä kirjoitettu "Elli-Maaria", oikea muoto on "Elli-Maria". Sama virhe näkyi kuvakuoren etiketissä ja tilausvahvistuksessa. Voisitteko korjata nimen, ettei se mene väärin ensi vuonna taas?

Kiitos,
Minna Ahokas""")

E("fi", "", True, "Slotti booking confirmation forwarded by system, no auto headers",
  "Slotti <noreply@slotti.example.com>", "Varausvahvistus: Passikuva 12.11.2026 klo 14:30",
  """Hei Katja Pesonen,

varauksesi on vahvistettu.

Palvelu: Passikuva (sis. kuvakuitti)
Aika: to 12.11.2026 klo 14:30
Paikka: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa

Jos haluat perua tai siirtää varauksen, tee se viimeistään 24 h ennen varattua aikaa osoitteessa slotti.example.com/oma.

Tämä on automaattinen viesti, älä vastaa tähän viestiin.""")

E("fi", "complaint+marketing_opt_out", False, "marketing continues after earlier ban by phone; says will report to DPA; earlier opt-out carried",
  "Raimo Vähäsarja <raimo.vahasarja@example.fi>", "Taas mainos vaikka kielsin",
  """Kielsin jo keväällä suoramarkkinoinnin puhelimessa teidän myyjälle ja silti tulee edelleen tarjouksia kalenteripaketista. Nyt riitti. Teen tästä ilmoituksen tietosuojavaltuutetulle, tämä on selvä GDPR:n rikkominen.

Raimo Vähäsarja""")

E("fi", "", False, "complaint about print quality (reklamaatio), not DSR",
  "Heli Pukkila <heli.pukkila@example.fi>", "reklamaatio kuvista",
  """Hei
saimme eilen päiväkotikuvat ja isoimmassa kuvassa (20x30) lapsen kasvot ovat ihan sinertävät ja kuva on rakeinen. Pienemmät kuvat ovat ok. Voitteko tulostaa uuden? Tilausnumero 60114.

Heli""")

E("fi", "erasure+marketing_opt_out", False, "wants to leave everything: unsubscribe and delete data",
  "Jukka Rantanen <jukka.rantanen@example.fi>", "Pois listoilta",
  """Terve,

lopettakaa uutiskirjeiden lähettäminen ja poistakaa samalla kaikki minun tiedot teidän asiakasrekisteristä. Lapset on jo aikuisia eikä koulukuvia enää tarvita.

-Jukka""")

E("fi", "objection", False, "objects to analytics use on website, legitimate interest",
  "Anni Salo <anni.salo@example.fi>", "Google Analytics",
  """Hei,

huomasin tietosuojaselosteestanne, että käytätte verkkokaupassa Google Analyticsia ja käsittelette käyttötietoja liiketoiminnan kehittämiseen. Vastustan tietojeni käsittelyä tähän tarkoitukseen. En halua, että minun selailuani seurataan tai että tietoni päätyvät Googlelle.

Anni Salo""")

E("fi", "", False, "invoice dispute: wrong amount charged twice",
  "Kari Mäntylä <kari.mantyla@example.fi>", "Lasku 2026-4412 väärin",
  """Hei

Laskulla 2026-4412 on veloitettu kaksi kertaa sama kuvapaketti (2 x 39,90). Tilasin vain yhden. Pyydän korjattua laskua, en maksa ennen sitä.

Kari Mäntylä
Kuusikatu 8, Vaasa""")

E("fi", "access", False, "asks where they got his email and who it was shared with",
  "Ville Koskela <ville.koskela@example.fi>", "Mistä osoitteeni?",
  """Sain teiltä mainoksen joulukorteista, vaikka en muista koskaan asioineeni teillä. Mistä olette saaneet sähköpostiosoitteeni, ja onko sitä annettu muille?""")

E("fi", "restriction", False, "disputes debt collection; asks not to pass data further and keep records",
  "Leena Hakala <leena.hakala@example.fi>", "Perintä - älkää luovuttako tietoja eteenpäin",
  """Hei,

sain OK-perinnältä kirjeen laskusta jonka olen mielestäni maksanut jo syyskuussa (kuitti liitteenä). Asia on nyt selvittelyssä pankin kanssa.

Pyydän, että ette siirrä tietojani perintään tai muualle ennen kuin asia on selvitetty, ja että tilausta ja maksua koskevia tietoja ei poisteta, koska tarvitsen niitä jos asia menee riidaksi.

Leena Hakala
040 765 4321""")

E("fi", "", True, "out-of-office reply from a school secretary",
  "Koulusihteeri Merja Laine <merja.laine@example.fi>", "Automaattinen vastaus: Kuvauspäivän luokkalistat",
  """Olen lomalla 19.-23.10. Kiireellisissä asioissa ota yhteyttä rehtoriin, p. 040 222 3344.

Merja Laine
Koulusihteeri, Gerbyn koulu""")

E("fi", "portability", False, "wants all own photos and order history machine-readable to move to other service",
  "Oskari Nieminen <oskari.nieminen@example.fi>", "tietojen siirto",
  """Hei. Olen käyttänyt teidän nettikuvapalvelua vuodesta 2019 ja ladannut sinne paljon omia kuvia. Siirryn toiseen palveluun. Pyydän että toimitatte minun itse lataamat kuvat ja tilaushistorian koneluettavassa muodossa (esim. zip + csv), niin että voin tuoda ne uuteen palveluun. Onko tähän joku valmis toiminto?

Oskari""")

E("fi", "", False, "thanks for fast service, nothing asked",
  "Marja-Liisa Björkqvist <ml.bjorkqvist@example.fi>", "Kiitos!",
  """Kiitos nopeasta toimituksesta, kuvat tuli jo tänään ja mummo ilahtui kovasti. Hyvää joulun odotusta!

ML""")

E("fi", "erasure", False, "child's photo on company Facebook page, wants it taken down",
  "Tiina Rajala <tiina.rajala@example.fi>", "kuva facebookissa",
  """moi, teidän facebook sivulla on mainoskuvassa mun tyttö (se päiväkotikuva jossa kolme lasta istuu puunrungolla). en muista antaneeni lupaa tohon. ottakaa se kuva pois sieltä mahd pian

Tiina Rajala""")

E("fi", "access+erasure", False, "wants copy of data then deletion",
  "Eero Vainio <eero.vainio@example.fi>", "Tietopyyntö ja poisto",
  """Hei,

haluan käyttää tarkastusoikeuttani: lähettäkää minulle kopio kaikista minua koskevista tiedoista, joita teillä on (myös kuvat ja tilaukset). Kun olen saanut kopion, pyydän poistamaan tiedot.

Eero Vainio
Asematie 12 B 7, 65100 Vaasa""")

E("fi", "", False, "asks how long passport photo is valid and whether police gets it; general question",
  "Aila Korhonen <aila.korhonen@example.fi>", "passikuva kysymys",
  """Hei, kuinka kauan passikuva on voimassa? Jos otan kuvan nyt mutta haen passia vasta helmikuussa niin käykö se? Ja meneekö se suoraan poliisille vai pitääkö mun viedä paperikuva?

Aila""")

E("fi", "rectification", False, "moved; update address in customer register",
  "Pirjo Saarinen <pirjo.saarinen@example.fi>", "Osoitteenmuutos",
  """Hei,
muutin marraskuun alussa. Uusi osoite on Pohjoisviitta 3 as 4, 65230 Vaasa. Päivittäkää tämä asiakastietoihini, vanhaan osoitteeseen tulee vielä teiltä postia.
Pirjo Saarinen""")

E("fi", "complaint+access", False, "reminder of unanswered access request, says now going to DPA",
  "Harri Leppänen <harri.leppanen@example.fi>", "VS: Tarkastuspyyntö 2.9.2026",
  """Lähetin teille 2.9. tarkastuspyynnön eikä siihen ole vastattu. Kuukausi on mennyt jo aikaa sitten. Pyydän edelleen tiedot ja jos niitä ei kuulu tämän viikon aikana, teen kantelun tietosuojavaltuutetun toimistoon.

Harri Leppänen

---- Alkuperäinen viesti ----
Lähettäjä: Harri Leppänen
Päivämäärä: 2.9.2026
Aihe: Tarkastuspyyntö

Pyydän GDPR 15 artiklan mukaisesti kopiota kaikista henkilötiedoistani.""")

E("fi", "", True, "Business Central invoice notification",
  "Zoomi Kuvakaupat laskutus <laskutus@example.fi>", "Lasku 2026-5120 Zoomi Kuvakaupat Oy",
  """Hyvä asiakas,

liitteenä laskunne 2026-5120.

Summa: 54,80 EUR
Eräpäivä: 21.11.2026
Viitenumero: 2026 5120 3

Maksathan laskun eräpäivään mennessä. Tämä viesti on lähetetty automaattisesti laskutusjärjestelmästä.

Zoomi Kuvakaupat Oy | Vasaratie 2 A, 65350 Vaasa | Y-tunnus 0855332-0""")

E("fi", "objection", False, "own portrait used in printed brochure; standing do-not-use in marketing, no removal asked",
  "Johanna Kallio <johanna.kallio@example.fi>", "Kuvani käyttö",
  """Hei,

kävin viime viikolla ohi liikkeenne ja huomasin, että esitteessänne on käytetty minusta otettua henkilökuvaa esimerkkinä. Esitteet on jo painettu, joten niistä en jaksa nostaa meteliä, mutta kuvaani ei saa enää käyttää teidän markkinoinnissa jatkossa missään muodossa. Vastustan kuvani käyttöä mainontaan.

Johanna Kallio""")

E("fi", "", False, "reprint request: wants more copies of a class photo",
  "Ulla Peltonen <ulla.peltonen@example.fi>", "lisää kuvia",
  """Hei! Saisinko vielä kaksi kappaletta luokkakuvaa 10x15 kokoisena? Kuvakoodi on KX-4471-B. Mummot haluaa molemmat omansa :) Laskun voi laittaa samaan osoitteeseen kuin viimeksi.

Ulla P.""")

E("fi", "marketing_opt_out", False, "stop SMS ads, spoken Finnish",
  "Niko Heinonen <niko.heinonen@example.fi>", "tekstarit",
  """Moro. Lopettakaa ne tekstiviestimainokset mun numeroon 050 987 6543, en oo tilannu mitään sellasta. Kiitti""")

E("fi", "erasure+objection", False, "wants to be removed from everything and says stop processing at once",
  "Satu Mikkola <satu.mikkola@example.fi>", "henkilötietojen poisto",
  """Hei

En ole enää asiakkaanne. Pyydän poistamaan kaikki henkilötietoni järjestelmistänne ja lopettamaan tietojeni käsittelyn välittömästi.

Satu Mikkola
045 112 2334""")

E("fi", "", False, "question about rights in general, no request: asks if they have the right to buy digital files without watermark",
  "Mikko Laaksonen <mikko.laaksonen@example.fi>", "kuvien oikeudet",
  """Hei,

saanko käyttää ostamaani ryhmäkuvaa yhdistyksemme nettisivuilla ja Instagramissa? Vai onko tekijänoikeus teillä? Ostimme digitaaliset tiedostot joukkuekuvauksesta.

t. Mikko, Vaasan Vauhti ry""")

E("fi", "access", False, "asks what info is stored and how long, short phone mail",
  "Kirsi Ojala <kirsi.ojala@example.fi>", "tiedot",
  """Mitä tietoja teillä on musta ja kuinka kauan ne säilytetään?

Lähetetty Android-puhelimesta""")

E("fi", "", True, "newsletter from Zoomi itself landed in shared inbox",
  "Zoomi Kuvakaupat <uutiset@example.fi>", "Joulukortit nyt -20 % – tilaa viimeistään 10.12.",
  """Tee tämän vuoden joulukortit omista kuvistasi!

Kaikki kortit -20 % koodilla JOULU26 9.12. asti. Tilaa viimeistään 10.12., niin ehdit postittaa ajoissa.

Tilaa: kauppa.example.fi/joulu

Et halua enää uutiskirjettä? Peruuta tilaus tästä: kauppa.example.fi/peruuta
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa""",
  hdrs={"List-Unsubscribe": "<https://kauppa.example.fi/peruuta>", "Precedence": "bulk"})

E("fi", "restriction+rectification", False, "birth date wrong; correct and stop using until fixed",
  "Arto Huttunen <arto.huttunen@example.fi>", "Virheellinen syntymäaika",
  """Hei,

kirjautuessani verkkokauppaan huomasin, että syntymäaikani on tiedoissa väärin (13.5.1978, oikea on 31.5.1978). Pyydän korjaamaan tiedon. Siihen asti kun asia on korjattu, älkää käyttäkö tietojani mihinkään muuhun kuin jo tehdyn tilauksen toimittamiseen.

Arto Huttunen""")
