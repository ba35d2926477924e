from parts.common import E

E("fi", "", True, "Finnish newsletter with list headers",
  "Zoomi Kuvakaupat <uutiskirje@example.fi>",
  "Marraskuun uutiset: valokuvakalenterit 2027 ja joulukortit",
  """Hei!

Marraskuu on täällä, ja niin ovat myös vuoden 2027 valokuvakalenterit.

  * Seinäkalenteri A3 omilla kuvilla 24,90 €
  * Joulukortit omalla kuvalla, 10 kpl 19,90 €
  * Koulukuvat ovat tilattavissa vielä 30.11. asti – tilauslinkin löydät
    koulun tiedotteesta tai Omat tiedot -sivulta

Muistathan, että galleriat poistuvat 60 päivän kuluttua kuvauksesta.

--
Saat tämän viestin, koska olet tilannut Zoomi Kuvakauppojen uutiskirjeen.
Peruuta tilaus: www.example.fi/uutiskirje/peru
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa""",
  hdrs={"List-Unsubscribe": "<mailto:unsubscribe@example.fi?subject=peru>", "Precedence": "bulk"})

E("fi", "portability+erasure", False, "move own photos and orders to other service, then delete account",
  "Anniina Toivonen <anniina.toivonen@example.fi>",
  "Tietojen siirto ja tilin poisto",
  """Hei,

Olen käyttänyt teidän verkkokaupan kuva-albumia vuodesta 2019 ja tallentanut sinne
satoja omia kuviani. Siirryn nyt toiseen palveluun.

Haluan siirtää tietoni: lähettäkää minulle kaikki lataamani kuvat alkuperäisinä sekä
tilaushistoriani ja osoitekirjani koneluettavassa muodossa (esim. CSV tai JSON).
Kun olen vahvistanut saaneeni tiedostot, poistakaa tilini ja kaikki sinne
tallennetut tiedot.

Kiitos!
Anniina Toivonen""")

E("fi", "", False, "takes back earlier erasure request",
  "Petri Aaltonen <petri.aaltonen@example.fi>",
  "Re: Poistopyyntö",
  """Hei vielä,

Unohtakaa edellinen viestini, älkää poistako mitään. Puhuin vaimon kanssa ja hän
haluaa vielä tilata lasten kuvat joulukortteihin. Pahoittelut sekaannuksesta!

Petri

> Hei, poistakaa kaikki meidän perheen tiedot ja kuvat teidän järjestelmästä.
> Petri Aaltonen""")

E("fi", "complaint", False, "DPA notification with the controller in copy",
  "Hannu Leinonen <hannu.leinonen@example.fi>",
  "Ilmoitus tietosuojavaltuutetulle: Zoomi Kuvakaupat Oy",
  """Tietosuojavaltuutetun toimisto
(tiedoksi Zoomi Kuvakaupat Oy)

ILMOITUS TIETOSUOJAVALTUUTETULLE

Ilmoittaja: Hannu Leinonen, Vaasa
Rekisterinpitäjä: Zoomi Kuvakaupat Oy (Y-tunnus 0855332-0), Vasaratie 2 A, Vaasa

Pyysin 18.8.2026 sähköpostitse rekisterinpitäjää poistamaan kaikki tietoni ja
lopettamaan markkinointiviestien lähettämisen. Sain 19.8. automaattisen
kuittauksen, mutta en muuta vastausta. Markkinointiviestejä on tullut sen jälkeen
viisi kappaletta, viimeksi 2.11.2026.

Katson, että rekisterinpitäjä on laiminlyönyt tietosuoja-asetuksen 12, 17 ja 21
artiklan mukaiset velvollisuutensa. Pyydän tietosuojavaltuutettua selvittämään asian
ja tarvittaessa määräämään rekisterinpitäjän noudattamaan pyyntöäni.

Liitteet: alkuperäinen pyyntö 18.8.2026, kuittaus 19.8.2026, kuvakaappaukset
markkinointiviesteistä.

Hannu Leinonen
p. 040 881 2245""",
  to="Tietosuojavaltuutetun toimisto <kirjaamo@example.test>, Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>")

E("fi", "", False, "school terminates contract and asks class lists be deleted per DPA contract (org instruction)",
  "Kari Väisänen <kari.vaisanen@example.fi>",
  "Kuvaussopimuksen irtisanominen / Vähänkyrön koulu",
  """Hei,

Vähänkyrön koulu irtisanoo kouluvalokuvaussopimuksen päättymään lukuvuoden lopussa
31.7.2027. Sivistyslautakunta päätti kilpailuttaa palvelun uudelleen.

Pyydämme, että henkilötietojen käsittelysopimuksen 9 kohdan mukaisesti poistatte
koulun toimittamat oppilas- ja luokkalistat sopimuksen päättyessä ja toimitatte meille
kirjallisen vahvistuksen poistosta. Tämä koskee vain koulun toimittamia listoja;
vanhempien omat tilaukset ovat teidän ja vanhempien välinen asia.

Kiitämme yhteistyöstä vuosien varrella.

Kari Väisänen
rehtori, Vähänkyrön koulu""")

E("fi", "erasure", False, "guardian: delete child's photos from server, ordering nothing",
  "Elina Korpela <elina.korpela@example.fi>",
  "Lapsen kuvat",
  """Hei. Emme tilaa tänä vuonna koulukuvia. Poistakaa poikani Onni Korpelan (Pilvilinnan
koulu 3C) kuvat palvelimeltanne, en halua että niitä säilytetään missään.
Elina Korpela, huoltaja""")

E("fi", "", True, "debt collection system: assignment received (machine)",
  "OK-perintä palvelu <toimeksiannot@example.fi>",
  "Toimeksianto vastaanotettu: 55120 / Zoomi Kuvakaupat Oy",
  """Toimeksiantonne on vastaanotettu ja kirjattu.

Toimeksiantonumero:  55120
Velallinen:          Jere Mäki
Lasku:               1119902, eräpäivä 15.9.2026
Pääoma:              64,00 EUR

Perintäkirje lähetetään velalliselle seuraavan arkipäivän aikana. Voitte seurata
toimeksiannon etenemistä asiakasportaalissa.

Tämä on automaattinen viesti. Älkää vastatko tähän viestiin.""")

E("fi", "rectification+restriction", False, "invoices in ex-husband's name; contests accuracy, stop until fixed",
  "Satu Lindroos <satu.lindroos@example.fi>",
  "Väärät tiedot – laskut menevät ex-miehelle",
  """Hei,

Olemme eronneet ja lasten koulukuvien laskut menevät edelleen entisen mieheni nimellä
ja osoitteella, vaikka minä olen tilannut ja maksanut ne viimeiset kaksi vuotta. Hän
sai juuri maksumuistutuksen minun tilauksestani.

Tiedoissa on siis virhe: tilaaja ja maksaja olen minä, Satu Lindroos, Rauhankatu 4 A 2,
65100 Vaasa. Korjatkaa tämä.

Ja kunnes asia on korjattu, älkää käyttäkö niitä vanhoja tietoja mihinkään – ei
muistutuksia hänelle, ei perintää, ei mitään.

Satu Lindroos""")

E("fi", "", False, "wants photos as digital files (product), not portability",
  "Heikki Ruuskanen <heikki.ruuskanen@example.fi>",
  "Saako kuvat tiedostoina?",
  """Moi, voiko hääkuvat saada sähköisinä tiedostoina, tyyliin muistitikulla tai
latauslinkillä? Haluttais siirtää ne digikehykseen. Paljonko maksaa?
Heikki""")

E("fi", "marketing_opt_out", False, "formal elderly one-liner: suoramarkkinointikielto",
  "Aune Perälä <aune.perala@example.fi>",
  "Suoramarkkinointikielto",
  """Ilmoitan suoramarkkinointikiellon. Älkää lähettäkö minulle mainoksia postitse,
sähköpostitse tai puhelimitse.

Aune Perälä, Vähäkyrö""")

E("fi", "", False, "asks why galleries disappear after 60 days, can still order?",
  "Mervi Salminen <mervi.salminen@example.fi>",
  "galleria poistuu?",
  """Hei, sain viestin että lapsen kuvagalleria poistuu 60 päivän kuluttua. Ehdinkö
vielä tilata kuvat jos maksan vasta joulukuussa? Ja jos galleria poistuu, onko
kuvat sitten lopullisesti poissa vai saako niitä myöhemmin?
Mervi""")

E("fi", "access", False, "why was my data passed to debt collection, what was disclosed",
  "Jere Mäki <jere.maki@example.fi>",
  "Miksi tietoni perintään?",
  """Hei

Sain OK-perinnältä kirjeen laskusta 1119902. En ole saanut teiltä mitään laskua enkä
muistutusta. Haluan tietää, mitä tietoja minusta olette antaneet perintätoimistolle,
milloin ja mihin osoitteeseen laskut on lähetetty. Lähettäkää myös kopio tiedoista,
jotka teillä on minusta asiakasrekisterissä.

Jere Mäki""")

E("sv", "objection", False, "forbids further use of her photo in brochure, no removal asked",
  "Vivan Englund <vivan.englund@example.fi>",
  "Min bild i er broschyr",
  """Hej,

Jag såg att ni använder ett foto av mig och min häst från fotograferingen i Replot
i er nya broschyr "Porträtt med djur". Broschyren är redan tryckt och utdelad, det
får vara.

Men jag motsätter mig att bilden används i fortsättningen. Den får inte användas i
nästa upplaga eller i annan marknadsföring.

Vivan Englund""")

E("sv", "", True, "Swedish out-of-office with Auto-Submitted header",
  "Linda Storbacka <linda.storbacka@example.fi>",
  "Automatiskt svar: Bildbeställning Norra Svenska Skolan",
  """Tack för ditt meddelande. Jag är föräldraledig till och med 31.1.2027.

Ärenden gällande skolfotografering sköts under denna tid av skolsekreterare
Maj-Britt Ljung, majbritt.ljung@example.fi.

Linda Storbacka""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "erasure+complaint", False, "reminder of erasure request, otherwise IMY",
  "Elin Johansson <elin.johansson@example.se>",
  "Påminnelse: begäran om radering",
  """Hej,

Jag skickade en begäran om radering av mina personuppgifter den 15 september och har
fortfarande inte fått något svar. Jag bor i Sverige sedan 2024 och har inga planer på
att beställa något mer.

Radera mina uppgifter och bekräfta det skriftligt. Får jag inget svar inom 14 dagar
vänder jag mig till Integritetsskyddsmyndigheten.

Elin Johansson
Luleå""")

E("sv", "", False, "orders copies of dance show photos (product)",
  "Maria Grönlund <maria.gronlund@example.fi>",
  "Kopior från dansuppvisningen",
  """Hej!
Jag vill beställa kopior av alla bilder där min dotter Wilma är med från
dansuppvisningen i Vasa stadsteater 8.11. Hon har nummer 14 på dräkten. Vad kostar
det och kan ni skicka dem digitalt?
Hälsningar Maria""")

E("sv", "marketing_opt_out", False, "stop sales calls",
  "Bengt Öhman <bengt.ohman@example.fi>",
  "Telefonförsäljning",
  """Hej. Någon från er har ringt mig tre gånger den här månaden och frågat om jag vill
boka familjefotografering. Sluta ringa mig, jag vill inte ha några försäljningssamtal
eller erbjudanden.
Bengt Öhman""")

E("sv", "", False, "school staff asks where to send signed contract, whether DPA agreement needed",
  "Pia Wikman <pia.wikman@example.fi>",
  "Avtal skolfotografering 2027",
  """Hej,

Jag är kanslist på Gerby skola. Rektorn har undertecknat avtalet för
skolfotograferingen 2027. Ska jag skicka det per post eller räcker en skannad kopia?

Staden frågar också om vi behöver ett separat personuppgiftsbiträdesavtal eller om
det ingår i huvudavtalet. Kan ni skicka det om det behövs?

Tack!
Pia Wikman""")

E("sv", "access", False, "15-year-old asks to see own data",
  "Ella Björk <ella.bjork10@example.fi>",
  "mina uppgifter",
  """Hej, jag heter Ella och är 15 år. Ni har tagit skolfoton av mig sen lågstadiet.
Jag vill veta vilka uppgifter ni har om mig och vilka bilder ni har sparat. Kan ni
skicka det till mig här? Jag har ingen annan mejl.
Ella Björk, 9B Vasa övningsskola""")

E("sv", "", False, "customer asks what a passage in privacy notice means",
  "Jan-Erik Strand <janerik.strand@example.fi>",
  "Fråga om dataskyddsbeskrivningen",
  """Hej,

I er dataskyddsbeskrivning står det att "betalkortsuppgifter behandlas av
betalningsförmedlaren Verifone". Betyder det att ni inte själva ser mitt kortnummer?
Och vad händer med uppgifterna om jag inte handlar mer? Jag frågar bara för att jag
ska börja använda webbshoppen.

Tack,
Jan-Erik""")

E("sv", "rectification", False, "child's name wrong in records",
  "Mona Nordling <mona.nordling@example.fi>",
  "Fel namn på min son",
  """Hej!
Min son heter Alvar Nordling, inte Alvin. Det står fel både på fotolinken och på
förra årets faktura. Var snäll och rätta det i ert register.
Mona Nordling""")

E("en", "", True, "client company helpdesk auto-reply (ticket created), no header",
  "IT Service Desk <servicedesk@example.com>",
  "[Ticket #44812] Re: Staff photo upload to intranet",
  """Thank you for contacting the Service Desk.

Your request has been logged with the reference #44812. A member of our team will
respond within 2 business days.

Summary: Re: Staff photo upload to intranet
Priority: Normal
Status: New

Please keep the ticket number in the subject line of any further correspondence.

This is an automated response. Please do not reply to this message.""")

E("en", "access+portability+erasure", False, "privacy association letter on behalf of member (Art. 80), long",
  "Nordic Privacy Rights Association <cases@example.test>",
  "Data subject request on behalf of our member, Mr. Kalle Ström – Arts. 15, 17, 20 GDPR",
  """Dear Data Protection Officer,

The Nordic Privacy Rights Association ry is a not-for-profit body active in the field
of the protection of data subjects' rights and freedoms. We write on behalf of, and
with the written mandate of, our member Mr. Kalle Ström (date of birth 30.06.1978),
a copy of which is enclosed.

Mr. Ström has been a customer of Zoomi Kuvakaupat Oy since at least 2017, including
staff photography through his employer and private orders in your web shop.

On his behalf we request the following:

1. Access (Article 15). A copy of all personal data concerning Mr. Ström, including
   photographs, booking history in your booking system, invoices, records of calls and
   e-mails, and web analytics identifiers linked to his account, together with the
   information listed in Article 15(1)(a) to (h), naming each recipient individually
   (C-154/21, Österreichische Post).

2. Portability (Article 20). The personal data Mr. Ström has provided to you, in a
   structured, commonly used and machine-readable format.

3. Erasure (Article 17). After the data under points 1 and 2 have been provided, the
   erasure of all personal data concerning Mr. Ström that you are not legally required
   to retain, with a statement of any data retained, the legal basis and the retention
   period.

Please send your reply to this address and to Mr. Ström (kalle.strom@example.fi).

Yours sincerely,

Helena Aro
Case Officer, Nordic Privacy Rights Association ry

Enclosure: Mandate_Strom_2026-10-21.pdf""")

E("en", "", False, "estate executor asks to close deceased mother's account and get photos",
  "Michael Fors <michael.fors@example.com>",
  "Account of my late mother, Irma Fors",
  """Hello,

My mother Irma Fors passed away in September. I am handling her estate. She had an
account in your web shop with many family photos saved in an album.

Could we download the photos before the account is closed? We would like to use some
of them at the memorial. After that the account can be closed. I can send the
estate inventory document if you need proof.

Kind regards,
Michael Fors""")

E("en", "marketing_opt_out", False, "STOP reply to SMS-to-email offer",
  "Lucas Ferreira <lucas.ferreira@example.com>",
  "Re: Zoomi: -30% family portraits this week only!",
  """STOP

> Zoomi: -30% family portraits this week only! Book at example.fi/book
> Reply STOP to opt out.""")

E("en", "", False, "GDPR training vendor cold mail",
  "Karen Wells <karen.wells@example.com>",
  "Is your team ready for the next data subject request?",
  """Hi there,

Did you know that 1 in 3 subject access requests is missed because the staff member
receiving it didn't recognise it as one? Phrases like "what do you have on me?" or
"please forget me" are easy to overlook in a busy inbox.

Our 90-minute online workshop "Spotting DSARs in customer e-mail" is available in
English, Finnish and Swedish. Next sessions: 19 November and 3 December.

Book your team's seats here: https://example.com/dsar-workshop

Kind regards,
Karen Wells
Compliance Academy Nordics

If you'd rather not hear from us, reply "no thanks".""")

E("en", "complaint", False, "contact form without encryption; says reported to DPA",
  "Tomasz Nowak <tomasz.nowak@example.com>",
  "Your contact form sends data unencrypted",
  """Hello,

Your "Request a quote for staff photography" form on the website posts over plain
HTTP, including names, phone numbers and e-mail addresses of the people to be
photographed. Anyone on the same network can read them.

This is a GDPR violation (Article 32). I have reported it to the Data Protection
Ombudsman today, since I already warned your customer service about it in August and
nothing has changed.

Tomasz Nowak
IT consultant""")

E("en", "", False, "please copy my wife on all order emails",
  "George Hill <george.hill@example.com>",
  "Add my wife to order emails",
  """Hi,
Could you copy my wife (mary.hill@example.com) on all the emails about our kids'
school photo orders? She's the one who usually orders but the account is under my
address. Thanks, George""")

E("en", "rectification", False, "non-native; name spelled wrong (diacritics)",
  "Nguyen Thi Lan <lan.nguyen@example.com>",
  "my name not correct",
  """Hello,
my name in your system is "Nguyen Thi Lau", correct is Nguyễn Thị Lan. Also for my
daughter "Nguyen Bao An", you write "Bao Ann". Please fix in your register, every
year it is same mistake on the photo order paper.
Thank you
Lan""")

E("en", "", False, "teen wants retake (blinked), not erasure",
  "Mia Kallio <mia.kallio.07@example.com>",
  "retake??",
  """hii so my school photo is literally the worst, my eyes are closed 😭 is there a
retake day at Vaasan lyseo?? my mom will only buy it if its a good one lol
mia 2C""")
