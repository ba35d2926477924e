from parts.common import E

E("fi", "erasure+marketing_opt_out", False, "short, no umlauts: remove me and stop newsletters",
  "Timo Ketola <timo.ketola@example.fi>", "poistakaa tietoni",
  """Poistakaa tietoni teidan asiakasrekisterista ja lopettakaa uutiskirjeiden lahettaminen.

-Timo Ketola""")

E("sv", "", False, "school principal asks to move photo date - near miss",
  "Rektor Maria Backlund <maria.backlund@example.fi>", "Flytta fotograferingsdagen?",
  """Hej,

Vi på Smedsby-Böle skola har en temadag den 20 januari, samma dag som fotograferingen är bokad. Går det att flytta fotograferingen till den 27 januari? Samma tider som planerat.

Hälsningar
Maria Backlund
rektor""")

E("sv", "access", False, "sv: formal representative (adult son for elderly mother) access",
  "Christer Holmberg <christer.holmberg@example.fi>", "Begäran om uppgifter för min mor",
  """Bästa Zoomi,

Jag skriver för min mor Elsa Holmbergs räkning (född 1938), enligt bifogad fullmakt. Hon har fått fakturor och påminnelser från er som hon inte förstår.

Vi begär att få veta vilka personuppgifter ni har om henne, vilka beställningar som registrerats i hennes namn och vilka uppgifter som lämnats till inkassobolaget.

Christer Holmberg
tfn 050 987 1234""")

E("fi", "complaint", False, "principal informs he complained to DPA about his name and photo as testimonial",
  "Rehtori Jouko Heinonen <jouko.heinonen@example.fi>", "Tietosuojavaltuutetulle tehty ilmoitus",
  """Hyvä vastaanottaja,

Ilmoitan tiedoksi, että olen tänään tehnyt henkilökohtaisesti valituksen tietosuojavaltuutetulle siitä, että yhtiönne on julkaissut nimeni ja kuvani sivustollanne "tyytyväinen asiakas" -kommentin yhteydessä ilman lupaani.

Jouko Heinonen""")

E("fi", "", True, "Business Central system notice: batch job failed",
  "Business Central <bc-notify@example.com>", "Työjonon tehtävä epäonnistui: Laskujen sähköpostilähetys",
  """Työjonon tehtävä epäonnistui.

Yritys: Zoomi Kuvakaupat Oy
Tehtävä: Laskujen sähköpostilähetys (codeunit 50110)
Aloitettu: 07.12.2026 06:00:03
Virhe: SMTP-palvelin ei vastannut.

Tarkista työjonon asetukset. Tämä viesti on luotu automaattisesti.""")

E("sv", "erasure+objection", False, "sv: ta ner bilden and stop using me in marketing",
  "Emma Lillqvist <emma.lillqvist@example.fi>", "Min bild på er Instagram",
  """Hej!

På ert Instagramkonto finns en bild på mig från en studentfotografering i maj. Jag vill att ni tar ner bilden. Jag vill inte heller att mina bilder används i er marknadsföring framöver.

Emma Lillqvist""")

E("en", "rectification", False, "formal, wrong company name on the portrait credits list",
  "Professor Alan Marsh <alan.marsh@example.com>", "Correction of personal data",
  """Dear Sir or Madam,

Your customer records list me as "Allan March". Please rectify this to "Alan Marsh" and ensure the correction is passed on to any recipients of the data, including your invoicing system.

Yours faithfully,
Alan Marsh""")

E("fi", "restriction+access", False, "formal: keep data and send copy for dispute",
  "Oikeusavustaja Katja Hyvönen <katja.hyvonen@example.fi>", "Päämieheni tiedot – säilytys ja jäljennös",
  """Hyvä vastaanottaja

Edustan Juha Mattilaa (valtakirja liitteenä) hänen ja yhtiönne välisessä riita-asiassa, joka koskee kuvaustoimeksiannon virheellisyyttä.

Päämieheni pyytää
1) jäljennöstä kaikista häntä koskevista henkilötiedoista, mukaan lukien sähköpostit ja ajanvaraustiedot, sekä
2) ettei mitään häntä koskevia tietoja poisteta ennen kuin riita on ratkaistu.

Katja Hyvönen
oikeusavustaja""")

E("sv", "marketing_opt_out", False, "sv short: stop sms offers",
  "Bengt Holmqvist <bengt.holmqvist@example.fi>", "SMS-reklam",
  """Hej, vill inte ha mer sms-reklam från er. Nummer 0400 765 432. Mvh Bengt Holmqvist""")

E("fi", "", False, "yhdistyksen rahastonhoitaja kiistää laskun summan - near miss",
  "Kyrönmaan Kuoro ry <rahastonhoitaja@example.fi>", "Lasku 2026-09788",
  """Hei

Saimme laskun 2026-09788 kuorokuvauksesta, summa 480 €. Sovittu hinta oli 380 € (tarjous 12.9.). Pyydämme hyvityslaskua 100 € osalta. Maksamme sovitun summan eräpäivään mennessä.

Terveisin
Kaarina Nieminen
rahastonhoitaja, Kyrönmaan Kuoro ry""")

E("sv", "access", False, "sv formal access incl. web logs, call logs, processors",
  "Annika Westerholm <annika.westerholm@example.fi>", "Begäran enligt artikel 15",
  """Till dataskyddsansvarig

Jag begär att få ta del av alla personuppgifter som ni behandlar om mig, inklusive IP-adresser och loggar från er webbplats, samtalsloggar från kundtjänst samt uppgifter i boknings- och faktureringssystemen.

Ange också vilka personuppgiftsbiträden som har tillgång till uppgifterna.

Annika Westerholm""")

E("en", "", False, "US lawyer subpoena-like, asks Zoomi to accept service - near miss",
  "Morrison Kelley PC <service@example.com>", "Third-party subpoena – Doe v. Brightline Media",
  """To the Custodian of Records,

Enclosed please find a subpoena duces tecum issued in the above-captioned matter, requiring production of documents relating to photographs licensed to Brightline Media LLC in 2025.

Kindly confirm whether you will accept service by e-mail or whether service through the Hague Convention is required.

Sincerely,
Laura Kelley""")

E("fi", "objection", False, "HR-päällikkö omasta puolestaan vastustaa kuvan käyttöä referenssinä esitteessä",
  "Satu Pesonen <satu.pesonen@example.fi>", "Vastustan kuvani käyttöä esitteessä",
  """Hyvä Zoomi Kuvakaupat Oy,

Vastustan kuvani käyttöä yhtiönne henkilöstökuvausesitteessä ja kaikessa muussakin markkinoinnissanne. Kuva on otettu työnantajani tilaamana henkilöstökuvana, eikä sitä ole tarkoitettu teidän mainoksiinne.

Ystävällisin terveisin
Satu Pesonen
HR-päällikkö, Pohjanmaan Sähkö Oy""")

E("sv", "complaint+marketing_opt_out", False, "sv: still getting ads after opt-out; will report to DO",
  "Holger Sundström <holger.sundstrom@example.fi>", "Fortfarande reklam",
  """Hej,

Jag förbjöd er redan i augusti att skicka reklam till mig, men i dag kom ännu ett erbjudande. Sluta skicka reklam till mig. Om det kommer en enda till anmäler jag er till dataombudsmannen.

Holger Sundström
Kaskö""")

E("fi", "rectification", False, "huoltaja korjaa lapsen nimen koulukuvatilauksessa",
  "Tiina Kallio <tiina.kallio@example.fi>", "Lapsen nimi väärin",
  """Hei,

Tyttäreni nimi on koulukuvatilauksessa ja kuvan taustapahvissa kirjoitettu "Emilija Kallio", oikein se on Emilia Kallio. Voisitteko korjata tiedon rekisteriinne? Kuvatilaus 553041.

Tiina Kallio""")

E("en", "portability", False, "formal, Art 20, JSON, no other",
  "Oliver Bennett <oliver.bennett@example.com>", "Right to data portability",
  """Dear Zoomi Kuvakaupat,

I would like to exercise my right to data portability under Article 20 GDPR. Please provide my account data and the original files of the photos I uploaded in a structured, commonly used and machine-readable format (JSON for the data, original JPEGs for the images).

Thank you.
Oliver Bennett""")

E("sv", "", True, "Verifone chargeback notice in Swedish",
  "Verifone <noreply@example.com>", "Ny återkrav (chargeback) – ärende CB-77120",
  """Ett nytt återkrav har registrerats för din butik.

Handlare: ZOOMI KUVAKAUPAT OY
Ärende: CB-77120
Belopp: 54,90 EUR
Orsak: Varan ej mottagen

Svara via handlarportalen senast 21.12.2026. Detta meddelande skickades automatiskt.""")

E("fi", "access", False, "very formal letter-style with date place, Art 15 incl recipients",
  "Veikko Hakala <veikko.hakala@example.fi>", "Tarkastuspyyntö",
  """TARKASTUSPYYNTÖ

Rekisterinpitäjä: Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa
Rekisteri: Asiakasrekisteri

Pyydän saada tarkastaa, mitä minua koskevia tietoja asiakasrekisteriin on tallennettu, mistä tiedot on saatu ja mihin niitä on luovutettu.

Nimi: Veikko Hakala
Osoite: Kauppapuistikko 18 B 9, 65100 Vaasa
Puhelin: 050 321 7788

Vaasassa 30.11.2026

Veikko Hakala""")

E("sv", "erasure", False, "sv: daycare director on own behalf, delete old staff photos",
  "Föreståndare Lena Nyström <lena.nystrom@example.fi>", "Radering av gamla personalbilder",
  """Hej,

Ni tog personalbilder av mig 2018 och 2020 när jag arbetade vid daghemmet Myran. Jag har inte längre behov av dem. Jag ber att ni raderar bilderna och mina uppgifter som hör till dem.

Lena Nyström""")

E("fi", "", False, "kuluttajariitalautakunta asks statement - authority, near miss",
  "Kuluttajariitalautakunta <kirjaamo.krl@example.fi>", "Selvityspyyntö, dnro 2026/04412",
  """Zoomi Kuvakaupat Oy

Kuluttajariitalautakuntaan on saapunut kuluttajan Marko Kinnusen valitus, joka koskee laskua 2026-05518. Lautakunta pyytää yhtiöltä kirjallista selvitystä asiasta 8.1.2027 mennessä.

Valitus liitteineen on tämän viestin liitteenä.

Lakimiesesittelijä Outi Pulkkinen""")

E("en", "objection+restriction", False, "formal: object under 21(1) and restrict while assessed",
  "Dr. Hannah Lind <hannah.lind@example.com>", "Objection and request for restriction",
  """Dear Sir or Madam,

I object, on grounds relating to my particular situation, to your processing of my personal data for business development and analytics (Article 21(1) GDPR).

Pending verification of whether your legitimate grounds override mine, I request that you restrict that processing in accordance with Article 18(1)(d).

Kind regards,
Dr Hannah Lind""")

E("fi", "erasure", False, "puhekielinen, lyhyt: poistakaa tilini",
  "Jenni Mäkinen <jenni.makinen@example.fi>", "tili pois",
  """Moi! Voisitteko poistaa mun tilin teidän verkkokaupasta, en käytä sitä enää. Kiitti!

Jenni

Lähetetty Android-puhelimesta""")

E("sv", "rectification+erasure", False, "sv: wrong address, and delete old one and old phone",
  "Patrik Söderlund <patrik.soderlund@example.fi>", "Uppdatering av kontaktuppgifter",
  """Hej,

Min adress i ert register är fel. Den rätta är Vasaesplanaden 10 C 15, 65100 Vasa. Radera också mitt gamla telefonnummer och den gamla e-postadressen patrik.s@example.test som jag inte längre använder.

Tack!
Patrik Söderlund""")

E("fi", "", False, "kaupungin tietosuojavastaava pyytää tietoturvaloukkausilmoitusta prosessorilta - near miss",
  "Vaasan kaupunki, tietosuojavastaava <tietosuojavastaava@example.fi>", "Selvityspyyntö: mahdollinen tietoturvaloukkaus",
  """Hyvä yhteistyökumppani,

Kaupungin tietoon on tullut, että erään koulun luokkakuvien nimiluettelo on toimitettu väärälle luokalle. Pyydämme henkilötietojen käsittelysopimuksen 9 kohdan mukaisesti selvityksen tapahtuneesta, arvion riskeistä ja tiedon jo tehdyistä korjaavista toimenpiteistä 3 työpäivän kuluessa.

Ystävällisin terveisin
Henna Ruotsalainen
tietosuojavastaava, Vaasan kaupunki""")

E("sv", "access+rectification", False, "sv formal: access and fix language preference",
  "Elisabeth Stenbacka <elisabeth.stenbacka@example.fi>", "Språk och registerutdrag",
  """Hej,

Jag har flera gånger bett om att få kommunikation på svenska, men alla fakturor och e-postmeddelanden kommer fortfarande på finska. Rätta språkuppgiften i mitt kundkonto till svenska.

Jag ber också om ett registerutdrag, så att jag kan se vilka andra uppgifter ni har om mig.

Elisabeth Stenbacka""")

E("fi", "marketing_opt_out", False, "formal: reply above newsletter quote, unsubscribe",
  "Pirjo Lahtinen <pirjo.lahtinen@example.fi>", "VS: Joulukortit -20 % sunnuntaihin asti",
  """Pyydän, että minulle ei enää lähetetä näitä mainoksia.

Pirjo Lahtinen

---- Alkuperäinen viesti ----
Lähettäjä: Zoomi Kuvakaupat <uutiset@example.fi>
Aihe: Joulukortit -20 % sunnuntaihin asti

Tee joulusta henkilökohtainen! Tilaa kuvajoulukortit verkkokaupasta sunnuntaihin 13.12. mennessä ja saat 20 % alennuksen.

Saat tämän viestin, koska olet tilannut uutiskirjeemme. Peruuta tilaus | Päivitä asetuksesi""")

E("en", "erasure+complaint", False, "formal: photo of daughter on website; have complained to DPA and demand removal",
  "Mark Sutherland <mark.sutherland@example.com>", "Removal of my daughter's photograph",
  """Dear Sir or Madam,

A photograph of my 6-year-old daughter from her school photo day is being used on your website's front page. Neither I nor her mother consented to this.

Take the photograph down immediately. I have already reported the matter to the Finnish Data Protection Ombudsman.

Mark Sutherland""")

E("sv", "restriction", False, "sv: contests data accuracy of invoice, restrict",
  "Kristoffer Mattjus <kristoffer.mattjus@example.fi>", "Begränsning av behandling",
  """Hej,

Jag bestrider att jag har gjort beställningen 480113, som har skickats till inkasso i mitt namn. Tills ni har utrett saken begär jag att behandlingen av mina uppgifter begränsas enligt artikel 18 och att de inte lämnas vidare till inkassobolaget.

Kristoffer Mattjus""")

E("fi", "", True, "lupakuvapalvelin automated acknowledgement",
  "Poliisin lupakuvapalvelin <noreply@example.fi>", "Kuvien vastaanottoraportti 06.12.2026",
  """Vastaanottoraportti

Valokuvaamo: Zoomi Kuvakaupat Oy, Vaasa (tunnus 20113)
Vastaanotetut kuvat 06.12.2026: 18
Hylätyt: 1 (koodi 4Q8R-T2ZP, syy: kuvan rajaus)

Tämä on automaattinen viesti. Älä vastaa tähän viestiin.""")

E("fi", "access", False, "perinnässä oleva velallinen kysyy mistä perintätoimisto sai puhelinnumeron",
  "Sami Hiltunen <sami.hiltunen@example.fi>", "Mistä numeroni?",
  """Hei,

OK-perinnältä soitettiin minulle numeroon 045 321 0099, jota en ole koskaan antanut teille. Haluan tietää, mistä olette saaneet numeroni, mitä muita tietoja minusta on rekisterissänne ja mitä olette niistä antaneet perintätoimistolle.

Sami Hiltunen""")
