from parts.common import E

E("fi", "", False, "'päivitä osoite laskuun': employer pays this one invoice, order/billing operation, near-miss",
  "Olli Vesterinen <olli.vesterinen@example.fi>", "päivitä osoite laskuun",
  """Hei,

voisitteko päivittää laskuun 2026-10377 osoitteeksi työnantajani osoitteen (Insinöörityö Nurmi Oy, Puuvillantie 5, 65100 Vaasa)? Firma maksaa nää hakemuskuvat, joten lasku pitää mennä sinne eikä kotiin. Muuten mun tiedot saa olla niin kuin on.

Olli""")

E("fi", "rectification", False, "moved, update address in customer records permanently",
  "Marja Hietala <marja.hietala@example.fi>", "Osoitteenmuutos",
  """Hei!

Olemme muuttaneet ja uusi osoite on Kirkkopuistikko 20 A 3, 65100 Vaasa. Päivittäkää se asiakastietoihini, että jatkossa laskut ja koulukuvakuoret tulevat oikeaan paikkaan. Vanha osoite oli Palosaarentie.

Terveisin Marja Hietala""")

E("fi", "access", False, "elderly, handwritten-style, what is kept about me",
  "Eino Pulkkinen <eino.pulkkinen@example.fi>", "Tiedustelu",
  """Arvoisa Zoomi Kuvakaupat

Luin Pohjalaisesta että yrityksillä on velvollisuus kertoa mitä tietoja ne ihmisistä säilyttävät. Olen käynyt liikkeessänne useaan otteeseen 1990-luvulta lähtien, viimeksi veteraanijuhlan kuvien takia. Pyydän, että ilmoitatte minulle kirjallisesti, mitä tietoja minusta on rekisterissänne. Vastauksen voi lähettää tähän sähköpostiin, jonka poikani on minulle tehnyt.

Eino Pulkkinen
s. 1938
Isokyrö""")

E("fi", "erasure+objection", False, "wants photos off shop window and not used in ads",
  "Sari Jokela <sari.jokela@example.fi>", "meiän kuva näyteikkunassa",
  """Heippa,

meiän hääkuva on teiän Hovioikeudenpuistikon liikkeen näyteikkunassa. Kyllä se kaunis on mutta me erottiin miehen kanssa syksyllä ja ihmiset tulee kyselemään. Ottakaa se pois sieltä ikkunasta ja älkää käyttäkö meiän kuvia missään mainoksissa enää jatkossakaan.

Sari J.""")

E("fi", "", True, "Verifone payment receipt",
  "Verifone <no-reply@verifone.example.com>", "Kuitti / Receipt – Zoomi Kuvakaupat Oy",
  """KUITTI / RECEIPT

Myyjä: Zoomi Kuvakaupat Oy
Summa: 39,00 EUR
Kortti: VISA **** **** **** 4417
Aika: 21.11.2026 13:42
Viite: 7730021

Kiitos ostoksestasi!
Tämä kuitti on lähetetty automaattisesti. Älä vastaa tähän viestiin.""")

E("fi", "restriction", False, "don't delete, need the photos/data for custody dispute",
  "Petra Lahtinen <petra.lahtinen@example.fi>", "ÄLKÄÄ POISTAKO",
  """Hei,

lasten isä on ilmeisesti pyytänyt teiltä että kaikki lastemme kuvat ja tiedot poistetaan. Meillä on yhteishuolto ja huoltajuusriita menossa käräjäoikeudessa. Pyydän että ette poista mitään lapsiin (Aino 7v, Lauri 9v) liittyvää ennen kuin riita on ratkaistu, koska tarvitsen tilaushistorian ja kuvat todisteeksi siitä kuka lasten asioita on hoitanut. Säilyttäkää ne, mutta älkää niitä muuhun käyttäkö.

Petra Lahtinen
040 765 4321""")

E("fi", "marketing_opt_out", False, "SMS reply STOP in Finnish context",
  "+358 40 111 2233 <sms.358401112233@example.fi>", "Re: Zoomi: Joulukortit -30% vain tällä viikolla!",
  """Stop""")

E("fi", "complaint", False, "complaint to tietosuojavaltuutettu with Zoomi in cc",
  "Arja Leppänen <arja.leppanen@example.fi>", "Ilmoitus tietosuojavaltuutetulle: Zoomi Kuvakaupat Oy",
  """Tietosuojavaltuutetun toimisto
kopio: Zoomi Kuvakaupat Oy

Asia: Ilmoitus henkilötietojen käsittelystä

Pyysin 3.8.2026 Zoomi Kuvakaupat Oy:ltä, että tyttäreni kuva poistetaan yrityksen verkkosivuilta. Kuva on edelleen sivuilla 7.10.2026. Yritys ei ole vastannut kahteen viestiini. Pyydän, että tietosuojavaltuutettu selvittää asian.

Liitteet: kuvakaappaus sivusta, aiemmat sähköpostit

Arja Leppänen
Kaskinen""",
  to="Tietosuojavaltuutetun toimisto <kirjaamo@example.test>")

E("fi", "", False, "customer asks whether they can order digital files of staff photo; client org",
  "Mikko Saari, Wärtsilän ravintola <mikko.saari@example.com>", "henkilökuvat digitaalisena",
  """Moi, saako meidän ravintolan henkilökuntakuvat myös digitaalisena tiedostona nettisivuille? Laskun voi osoittaa samaan paikkaan ku viimeks.

Mikko Saari
ravintolapäällikkö""")

E("fi", "access", False, "where did you get my email, spoken",
  "Jarkko Mattila <jarkko.mattila@example.fi>", "mistä",
  """mistä te ootte saaneet mun sähköpostin? en oo ikinä asioinut teillä ja nyt tulee teiän joulukorttimainoksia. kertokaa mistä ja mitä muuta teillä on musta""")

E("fi", "objection", False, "objects to Google Analytics tracking in the web shop",
  "Henrik Salo <henrik.salo@example.fi>", "Google Analytics",
  """Hei,

Huomasin että verkkokauppanne käyttää Google Analyticsia ja että selaimeni tiedot menevät sinne vaikka painoin evästebannerissa "vain välttämättömät". En hyväksy, että käyttäytymistäni verkkokaupassa seurataan tai profiloidaan analytiikkaa varten, ja vastustan tietojeni käsittelyä tähän tarkoitukseen. Asiakastunnukseni on henrik.salo.

Henrik Salo""")

E("fi", "", False, "order status question",
  "Tarja Nieminen <tarja.nieminen@example.fi>", "missä tilaus??",
  """Hei missä mun tilaus on, tilasin kuvakirjan 10.11 ja sanottiin toimitusaika 5 arkipäivää. Tilausnro 90877

Tarja""")

E("fi", "erasure", False, "erasure of deceased parent's data by child/estate contact",
  "Leena Heikkilä <leena.heikkila@example.fi>", "Äidin tiedot",
  """Hei,

äitini Helvi Heikkilä kuoli syyskuussa. Hänelle tulee edelleen teiltä postia ja sähköpostia. Pyydän että hänen tietonsa poistetaan rekisteristänne. Hän asui osoitteessa Rantakatu 3, Kristiinankaupunki.

Ystävällisin terveisin
Leena Heikkilä""")

E("fi", "", True, "newsletter from Zoomi with unsubscribe footer",
  "Zoomi Kuvakaupat <uutiskirje@example.fi>", "Joulun kuvalahjat nyt -25 % 🎄",
  """Hei!

Joulu lähestyy – tee kuvakalenteri, mukit ja kortit omista kuvistasi nyt 25 % edullisemmin koodilla JOULU26.

Tilaa viimeistään 14.12., niin ehdit saada paketin ennen joulua.

Tutustu valikoimaan: https://kauppa.example.fi/joulu

—
Saat tämän viestin, koska olet tilannut Zoomin uutiskirjeen. Peruuta tilaus: https://kauppa.example.fi/u/3f9a
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa""",
  hdrs={"List-Unsubscribe": "<https://kauppa.example.fi/u/3f9a>", "Precedence": "bulk"})

E("fi", "portability+erasure", False, "move photo gallery elsewhere then delete account",
  "Janne Koivisto <janne.koivisto@example.fi>", "Tilin lopetus",
  """Hei,

lopetan tilini verkkokaupassanne. Ennen sitä haluaisin kaikki lataamani kuvat ja kuvakirjaprojektit sellaisessa muodossa, että voin siirtää ne toiseen palveluun (zip ja projektit jossain avoimessa formaatissa, jos mahdollista). Kun olen vahvistanut että sain ne, poistakaa tili ja tietoni.

Janne Koivisto""")

E("fi", "", False, "kindergarten director asks about photo day logistics",
  "Päiväkoti Satakieli / Anne Hirvonen <anne.hirvonen@example.fi>", "kuvauspäivä",
  """Hei!
Sopisiko kuvauspäiväksi 12.11. eikä 11.11.? Meillä on 11. päivä retki. Lapsia on 54 ja kuvauslupalomakkeet on kerätty, kaksi perhettä ei halua kuvia ollenkaan (nimet annan kuvaajalle paikan päällä).
Anne Hirvonen, johtaja""")

E("fi", "access", False, "Pohjanmaa dialect: employee of client org asks what data held about her as staff",
  "Tuula Pukkila <tuula.pukkila@example.fi>", "kysymys henkilökuvista",
  """Hei

Mä oon töis Seinäjoen seurakunnalla ja te kävitte kuvaamas meitin henkilökunnan. Mä haluaisin tiätää mitä tietoja teillä on musta tallella sen kuvauksen jäläkeen, pelekkä kuva vai onko nimi ja sähköposti ja puhelin kans. Ja kauanko niitä pidetään.

Tuula""")

E("fi", "marketing_opt_out+objection", False, "no marketing, and objects to profiling of purchases",
  "Kimmo Ranta <kimmo.ranta@example.fi>", "Suoramarkkinointikielto ja profilointi",
  """Hei,

Asetan suoramarkkinointikiellon kaikkiin kanaviin. Lisäksi vastustan sitä, että ostohistoriaani käytetään asiakasprofilointiin ja analytiikkaan oikeutetun edun perusteella.

Kimmo Ranta
asiakasnumero 55021""")

E("fi", "", True, "bounce of Zoomi newsletter, Finnish MTA",
  "Mail Delivery System <MAILER-DAEMON@mx.example.fi>", "Viestin toimitus epäonnistui: Joulun kuvalahjat nyt -25 %",
  """Viestiä ei voitu toimittaa seuraavalle vastaanottajalle:

  marko.j@example.fi
    550 5.1.1 Postilaatikkoa ei ole olemassa

--- Alkuperäinen viesti ---
From: Zoomi Kuvakaupat <uutiskirje@example.fi>
Subject: Joulun kuvalahjat nyt -25 %
Peruuta tilaus: https://kauppa.example.fi/u/77aa""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "erasure+complaint", False, "says you break GDPR by keeping child's photos; delete",
  "Noora Kallio <noora.kallio@example.fi>", "lapsen kuvat ja gdpr",
  """Moi

Meidän poika vaihtoi koulua jo 2022 ja silti teidän verkkopalvelussa on edelleen kaikki hänen vanhat luokkakuvat ja tunnus toimii. Ette ole koskaan kysyneet meiltä saatteko säilyttää niitä. Tää on suoraan GDPR:n vastaista. Poistakaa kaikki Rasmus Kallion kuvat ja tiedot.

Noora Kallio""")

E("fi", "", False, "business customer asks copy of an invoice for accounting",
  "Toni Koski, Koski Sähkö Ky <toni@koskisahko.example.fi>", "kopio laskusta",
  """Moi, tarttisin kopion laskusta jonka maksoin toukokuussa yrityskuvista (Koski Sähkö Ky), kirjanpitäjä kyselee. Löytyykö?

Toni""")

E("fi", "rectification", False, "wrong phone number, SMS codes go to wrong person",
  "Eveliina Honkanen <eveliina.honkanen@example.fi>", "väärä puhelinnumero",
  """Hei, teillä on mulle tallennettu väärä puhelinnumero (päättyy 4576, pitäis olla 4567 eli 040 123 4567). Koodit menee jollekin toiselle. Voitteko korjata?

-Eveliina""")

E("fi", "restriction", False, "objecting to deletion: keep invoice data, dispute with Zoomi itself",
  "Antti Rautio <antti.rautio@example.fi>", "tilaus 87655 ja riita",
  """Hei,

Meillä on erimielisyys tilauksesta 87655 (hääkuvaus 8/2026), ja olen viemässä asian kuluttajariitalautakuntaan. Pyydän, että säilytätte kaikki tähän tilaukseen ja minuun liittyvät tiedot, viestit ja kuvat sellaisenaan, kunnes asia on käsitelty, vaikka normaali säilytysaika umpeutuisi. Niitä ei saa poistaa.

Antti Rautio""")

E("fi", "access", False, "long story with access question near the end, no umlauts",
  "Merja Hakala <merja.hakala@example.fi>", "kysyisin vaan",
  """Hei vaan

Mulla on sellanen tilanne etta mun ex-mies on jotenkin saanut tietaa mun uuden osoitteen ja mä epailen kaikkia mahdollisia paikkoja. Mulla on turvakielto haussa. Tilasin teilta lasten koulukuvat ja ne tuli uuteen osoitteeseen, ja lapsilla on yhteishuolto eli exakin voi tilata kuvia samalla koodilla. Nakyyko siella tilauksessa mun osoite sille toiselle huoltajalle? Ja ylipäätään haluan tietaa kenelle kaikille te ootte mun tietoja luovuttanu ja mita tietoja teilla on musta ja lapsista.

Merja""")

E("fi", "", True, "parcel tracking notice",
  "Posti <noreply@posti.example.com>", "Pakettisi on matkalla – JJFI6543210987",
  """Pakettisi lähettäjältä ZOOMI KUVAKAUPAT OY on matkalla.

Lähetystunnus: JJFI6543210987
Arvioitu toimitus: 24.11.2026
Noutopiste: Pakettiautomaatti K-Market Palosaari

Seuraa lähetystä: https://posti.example.com/seuranta/JJFI6543210987""")

E("fi", "marketing_opt_out", False, "remove me from mailing list (alone), spoken",
  "Jenni Ylinen <jenni.ylinen@example.fi>", "postituslista",
  """Poistakaa mut teiän postituslistalta, en oo ikinä tilannu mitää uutiskirjettä""")

E("fi", "erasure", False, "guardian wants child's photos deleted from server, joint guardian note",
  "Mikael Björkqvist <mikael.bjorkqvist@example.fi>", "Poistopyyntö: Linnea Björkqvist",
  """Hei,

pyydän että tyttäremme Linnea Björkqvistin (s. 2017) kaikki päiväkoti- ja koulukuvat sekä hänen tietonsa poistetaan palvelimeltanne ja rekisteristänne. Olemme molemmat huoltajat tästä samaa mieltä, vaimoni Johanna on tämän viestin kopiossa.

Kuvakoodit: P4-11208 (2023), K1-40211 (2024), K2-39110 (2025)

Mikael Björkqvist""")

E("fi", "", False, "thanks message, asks nothing",
  "Irja Laitinen <irja.laitinen@example.fi>", "kiitos",
  """Kiitos kun vastasitte niin nopeasti ja hoiditte asian! Kaikki on nyt kunnossa.

Irja Laitinen""")

E("fi", "portability", False, "direct transfer to another photo company",
  "Kaija Peltola <kaija.peltola@example.fi>", "Siirtäkää tiedot",
  """Hei!

Valokuvaamo Kuvatori (Seinäjoki) hoitaa jatkossa meidän perheen kuvaukset. Voitteko siirtää minun asiakastietoni, tilaushistoriani ja lataamani kuvat suoraan heille sähköisessä muodossa? Heidän yhteyshenkilönsä on asiakaspalvelu@kuvatori.example.fi.

Kaija Peltola""")

E("fi", "", True, "one-time login code for the web shop",
  "Zoomi Verkkokauppa <no-reply@example.fi>", "Kirjautumiskoodisi",
  """Kirjautumiskoodisi Zoomi-verkkokauppaan on 482 913.

Koodi on voimassa 10 minuuttia. Jos et yrittänyt kirjautua, voit jättää tämän viestin huomiotta.""")
