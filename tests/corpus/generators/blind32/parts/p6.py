from parts.common import E

# ---------------------------------------------------------------- fi (13)

E("fi", "restriction+access", False, "law firm: preserve records for dispute + deliver copy of client's data",
  "Asianajotoimisto Lehto & Rinne / Katri Lehto <katri.lehto@example.fi>", "Päämiehemme Mikko Saarela – tietojen säilyttäminen ja jäljennös",
  """Zoomi Kuvakaupat Oy
Vasaratie 2 A
65350 Vaasa

Asia: Tietojen säilyttäminen ja jäljennöspyyntö

Edustamme päämiestämme Mikko Saarelaa asiassa, joka koskee hänen ja hänen entisen puolisonsa välistä riitaa lasten valokuvien tilauksista ja niiden maksamisesta vuosina 2021–2023. Valtakirja on liitteenä.

Pyydämme, että säilytätte kaikki päämiestämme koskevat tilaus-, lasku- ja viestintätiedot sekä tilauksiin liittyvät kuvatiedostot ettekä poista tai muuta niitä ennen kuin riita on ratkaistu. Lisäksi pyydämme päämiehemme puolesta jäljennöksen kaikista häntä koskevista henkilötiedoista, joita käsittelette.

Pyydämme vastaustanne allekirjoittaneelle sähköpostitse.

Kunnioittavasti
Katri Lehto
asianajaja""")

E("fi", "marketing_opt_out", False, "reply to quoted marketing SMS: take me off the list",
  "Pasi Tikkanen <pasi.tikkanen@example.fi>", "Re: Zoomi",
  """poistakaa mut listalta

> Zoomi: Ylioppilaskuvaukset nyt varattavissa! Varaa aikasi: example.fi/yo. Lopetus: vastaa STOP""")

E("fi", "", False, "near-miss: can I pay the invoice in parts",
  "Minttu Oksanen <minttu.oksanen@example.fi>", "lasku osissa?",
  """Hei voiko laskun 2024-2210 maksaa kahdessa osassa? Rahat vähän tiukalla tässä kuussa. Kiitos jos onnistuu
Minttu""")

E("fi", "erasure", False, "wife forwards husband's reminder about twice-asked deletion",
  "Elina Virtanen <elina.virtanen@example.fi>", "VS: tietojen poisto",
  """Tää on mun miehen viesti, hoitakaa tää nyt kuntoon. Se on aika vihanen.
Elina

Lähettäjä: Jarmo Virtanen
Lähetetty: keskiviikko 6. marraskuuta 7.55
Aihe: tietojen poisto

Olen pyytänyt jo kahdesti (kesäkuussa ja syyskuussa) että tietoni poistetaan teidän asiakasrekisteristä. Tietoja ei ole poistettu, koska teiltä tulee edelleen postia minun nimellä. Poistakaa ne nyt.

Jarmo Virtanen""")

E("fi", "", True, "out-of-office in Finnish with Auto-Submitted header",
  "Rehtori Sanna Koivula <sanna.koivula@example.fi>", "Automaattinen vastaus: Koulukuvaus 2025",
  """Olen poissa toimistolta 23.12.–6.1. Vastaan viesteihin palattuani.
Kiireellisissä asioissa: apulaisrehtori Mikko Lindell, 040 321 0099.

Sanna Koivula
rehtori, Merikaarron koulu""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "objection", False, "refuses Google Analytics tracking in webshop",
  "Kimmo Aalto <kimmo.aalto@example.fi>", "seuranta",
  """Hei, en halua olla Google Analyticsissa. Kieltäydyn kaikesta seurannasta teidän verkkokaupassa, evästeasetukset ei pysy päällä vaikka kuinka valitsen "vain välttämättömät".
Kimmo Aalto""")

E("fi", "access", False, "Ostrobothnian dialect: what do you know about me, never ordered",
  "Raimo Hakola <raimo.hakola@example.fi>", "mitä te tiärättä",
  """Päivää. Mitä te oikeen tiärättä minusta? Minä en oo teiltä mitää tilannu ikänä mutta nimi on teirän listoilla ko tuli kirije. Kertokaa mitä teillä on ja mistä se on tullu.
Raimo Hakola, Isokyrö""")

E("fi", "rectification", False, "child's birth date wrong in register",
  "Tanja Peltola <tanja.peltola@example.fi>", "syntymäaika väärin",
  """Hei! Tyttären (Iida Peltola, Gerbyn päiväkoti) syntymäaika on teillä väärin, oikea on 14.3.2020 eikä 3.4.2020. Korjatkaa se.
Tanja""")

E("fi", "", False, "near-miss: where is your privacy notice",
  "Outi Rajamäki <outi.rajamaki@example.fi>", "tietosuojaseloste",
  """Hei, missä teidän tietosuojaseloste on? En löydä sitä nettisivuilta. Koulu pyysi tarkistamaan ennen kuvauspäivää.
Outi Rajamäki""")

E("fi", "erasure", False, "17-year-old, Helsinki slang: delete my graduation photos from server",
  "Roope Lindfors <roope.lindfors@example.fi>", "abikuvat",
  """moi mä oon 17 ja haluun et mun abikuvat poistetaan teiän palvelimelta. ne on ihan kauheit eikä mutsi aio tilata niit kuitenkaa. ei tarvii mitään varmuuskopioita kiitti

roope""")

E("fi", "", False, "near-miss: digital files of photos (product)",
  "Johanna Kari <johanna.kari@example.fi>", "kuvat tiedostona",
  """Hei, voinko saada lapsen koulukuvat sähköisenä tiedostona eikä paperisena? Ja mitä se maksaa?
Johanna""")

E("fi", "", False, "near-miss: thanks, photos arrived",
  "Pirjo Ketola <pirjo.ketola@example.fi>", "Re: Tilaus lähetetty",
  """Kiitos, saatiin kuvat! Tosi hienoja tuli.

> Hei Pirjo, tilauksesi 59122 on lähetetty.
> Terveisin, Zoomi Kuvakaupat""")

E("fi", "portability", False, "wants all data in a format to move to another photo service",
  "Marko Huhtala <marko.huhtala@example.fi>", "tietojen siirto",
  """Moi, haluun mun kaikki tiedot (tili, albumit, tilaukset) siinä muodossa et voin siirtää ne toiseen kuvapalveluun. Onko teillä joku lataustoiminto vai pitääks teidän lähettää?
Marko""")

# ---------------------------------------------------------------- sv (11)

E("sv", "erasure", False, "daycare photo on website, remove it",
  "Jenny Backlund <jenny.backlund@example.fi>", "bilden på er hemsida",
  """Hej!
Ta bort bilden på min dotter från er hemsida, den som ligger under "Dagisfoto". Jag har inte godkänt att den publiceras.
Jenny Backlund""")

E("sv", "", True, "Slotti booking confirmation in Swedish, no header",
  "Slotti <noreply@example.com>", "Bokningsbekräftelse: Studentfoto 3.5 kl 10:00",
  """Hej Emil Nordström,

din bokning är bekräftad.

Tjänst: Studentfoto 45 min
Tid: fre 3.5 kl 10:00
Plats: Zoomi Kuvakaupat, Vasaratie 2 A, Vasa

Avboka eller ändra senast 24 h i förväg: https://example.com/slotti/bokning/77AC12
Detta är ett automatiskt meddelande, svara inte.""")

E("sv", "marketing_opt_out", False, "no more marketing by SMS or e-mail",
  "Katarina Lindén <katarina.linden@example.fi>", "marknadsföring",
  """Hej, jag vill inte få marknadsföring per sms eller mejl längre. Kundkontot får vara kvar.
Katarina""")

E("sv", "", False, "near-miss: principal asks about data processing agreement (partner mail)",
  "Rektor Anders Holmberg <anders.holmberg@example.fi>", "Personuppgiftsbiträdesavtal inför skolfoto",
  """Hej,
inför skolfotot i Vörå samskola behöver vi ett uppdaterat personuppgiftsbiträdesavtal från er. Kan ni skicka det till mig före 15.8? Kommunens jurist vill granska det.
Anders Holmberg
rektor""")

E("sv", "restriction", False, "protected address: don't disclose data to anyone for now",
  "Sanna Westerback <sanna.westerback@example.fi>", "skyddad adress",
  """Hej,
jag har spärrmarkering (skyddad adress) sedan förra veckan. Lämna inte ut mina eller barnens uppgifter till någon tills vidare, inte till skolan heller, och skicka inget med posten. Jag ringer och berättar mer.
Sanna""")

E("sv", "rectification", False, "dad forwards adult daughter's request to change e-mail",
  "Leif Nyholm <leif.nyholm@example.fi>", "VB: min mejl",
  """Kan ni göra så här? Hälsn. Leif

-----Ursprungligt meddelande-----
Från: Sofie Nyholm
Ämne: min mejl

Pappa, be dem ändra min e-post i deras kundregister, jag har inte längre hotmail. Den nya är sofie.nyholm@example.se""")

E("sv", "erasure", False, "dialect: erase me, not a customer anymore",
  "Ralf Storsjö <ralf.storsjo@example.fi>", "hej",
  """Ja vill att ni raderar mej ur ert register, ja e int kund meir å ha int vari på tio år.
Ralf Storsjö, Närpes""")

E("sv", "", False, "near-miss: consumer complaint about photobook size",
  "Lotta Kaustinen <lotta.kaustinen@example.fi>", "Reklamation",
  """Reklamation: fotoboken kom i fel storlek (A5 i stället för A4). Order 61002. Vad gör jag?
Lotta""")

E("sv", "access", False, "short: what data about my child",
  "Mikaela Rönn <mikaela.ronn@example.fi>", "mitt barn",
  """Vilka uppgifter har ni om mitt barn? Hon heter Stella Rönn och går på Dagis Nallen.
Mikaela""")

E("sv", "objection", False, "ex-city employee: photo must not be used in demo pictures (no removal asked)",
  "Agneta Ström <agneta.strom@example.fi>", "min bild",
  """Hej, ja ha slutat på Vasa stad. Min bild ska int användas meir i era demobilder å exempel på företagsfoto, he ha ja aldrig gått med på.
Agneta Ström""")

E("sv", "marketing_opt_out", False, "'STOPP' reply to quoted SMS offer",
  "Mattias Hilli <mattias.hilli@example.fi>", "Re: Julkort",
  """STOPP

> Zoomi: Julkort av egna bilder -25 % t.o.m. 8.12! example.fi/jul Avsluta: svara STOPP""")

# ---------------------------------------------------------------- en (6)

E("en", "access", False, "reply inside open access request asking which ID is needed",
  "Ahmed Hassan <ahmed.hassan@example.com>", "Re: Your access request",
  """Which ID do you need exactly? I can send a photo of my passport but I'd rather not. I ordered from this same email address, isn't that enough?

Ahmed

> Dear Ahmed,
> we have received your request for a copy of your personal data. Before we can send it, we need to confirm your identity.
> Kind regards,
> Zoomi Kuvakaupat Oy / Customer service""")

E("en", "", True, "webshop 'your account was deleted' notice (names a right, still empty)",
  "Zoomi Webshop <noreply@example.fi>", "Your account has been deleted",
  """Hello,

your Zoomi webshop account has been deleted as requested. Order and invoice data are kept as required by the Finnish Accounting Act.

If you did not request this, contact customer service.
This message was sent automatically.""")

E("en", "access+erasure", False, "two steps: show me, then delete",
  "Chris Evans <chris.evans@example.com>", "my data",
  """first show me what you have on me, then delete it. thanks

Chris""")

E("en", "", False, "near-miss: cancel booking",
  "Yuki Tanaka <yuki.tanaka@example.com>", "booking",
  """Hi, can you cancel my booking for Tuesday 10am (passport photo)? I'll book a new time later. Thanks, Yuki""")

E("en", "complaint", False, "has reported the company to the DPA over published photo",
  "Maria Costa <maria.costa@example.com>", "Complaint filed",
  """For your information: I have reported your company to the Office of the Data Protection Ombudsman for publishing my photo on your Instagram without my consent. I will let them handle it from here.
Maria Costa""")

E("en", "restriction", False, "contests debt: don't use data until checked",
  "Oliver Grant <oliver.grant@example.com>", "debt collection letter",
  """Please don't use my data for anything until you've checked whether that debt is even mine – I contest it. I've never ordered school photos, I don't have kids.
Oliver Grant""")
