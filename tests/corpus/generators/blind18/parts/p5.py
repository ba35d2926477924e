from parts.common import E

E("sv", "", False, "Ostrobothnian dad asks whether he can pick up photos in the shop; no DSR",
  "Göran Lassus <goran.lassus@example.fi>", "hämt fotona",
  """Hej, kan ja hämt fotona åt Elias i butiken i Vasa i stället för att ni skickar dom? Ja jobbar ändå i stan på fredag. Beställningen gjorde frugan, hon heter Maria Lassus. Går he bra?

/Göran""")

E("sv", "", False, "parent-association chair asks in general who is controller for school photos; no DSR",
  "Katarina Finnäs <katarina.finnas@example.fi>", "Fråga från hem och skola-föreningen",
  """Hej,

Jag är ordförande för Hem och skola-föreningen vid Övermalax skola. På vårt senaste möte diskuterades skolfotograferingen, och några föräldrar undrade vem som egentligen är personuppgiftsansvarig: skolan som ger er klasslistorna, eller ni som tar och säljer bilderna?

Och skickas klasslistorna tillbaka till skolan efteråt eller raderas de?

Vi vill bara kunna ge föräldrarna ett korrekt svar på nästa möte.

Vänliga hälsningar
Katarina Finnäs""")

E("sv", "access+complaint", False, "reply inside open access request: says demanding an ID copy breaks the GDPR",
  "Sven-Erik Ingves <sven-erik.ingves@example.fi>", "Sv: Er begäran om registerutdrag – identifiering",
  """Hej,

Ni ber mig skicka en kopia av mitt pass innan ni lämnar ut registerutdraget. Jag skriver från samma e-postadress som jag har använt i er nätbutik i sex år och som alla era orderbekräftelser går till. Att kräva en passkopia i det läget strider mot GDPR, det står till och med i dataskyddsstyrelsens riktlinjer.

Jag skickar ingen passkopia. Jag väntar fortfarande på registerutdraget.

Sven-Erik Ingves

> Hej,
> för att vi ska kunna behandla din begäran ber vi dig skicka en kopia av en giltig identitetshandling.
> Med vänlig hälsning, Zoomi Kuvakaupat""")

E("sv", "erasure", False, "former customer: photo in a brochure PDF on the website, wants it removed",
  "Linda Östman <linda.ostman@example.fi>", "Min bild i er broschyr",
  """Hej,

I den nya broschyren för konfirmationsfotografering (pdf:en på er hemsida) finns en bild på mig från min egen konfirmation 2019. Jag är 23 nu och vill inte att den finns där. Ta bort bilden ur broschyren på hemsidan.

Linda Östman""")

E("sv", "objection", False, "objects to face recognition being used to sort the child's school photos",
  "Jonas Hägglund <jonas.hagglund@example.fi>", "Ansiktsigenkänning på skolfoton?",
  """Hej,

I inloggningen till skolfotona stod det att "bilderna sorteras automatiskt med hjälp av ansiktsigenkänning". Jag motsätter mig att ni använder ansiktsigenkänning eller någon annan biometrisk analys på bilderna av mitt barn (Ebba Hägglund, klass 3 i Gamla Vasa skola). Sortera dem manuellt eller låt bli.

Jonas Hägglund""")

E("sv", "marketing_opt_out", False, "reply above a quoted newsletter whose footer has an unsubscribe link",
  "Barbro Snickars <barbro.snickars@example.fi>", "Sv: Julkort med era egna bilder – nu 25 % rabatt!",
  """Ta bort mig från utskickslistan. Länken nedan leder bara till en finsk sida som jag inte förstår.

/Barbro

-----Ursprungligt meddelande-----
Från: Zoomi Kuvakaupat <uutiskirje@example.fi>
Ämne: Julkort med era egna bilder – nu 25 % rabatt!

Gör årets julkort med dina egna bilder! Beställ senast 10.12 så hinner korten fram före jul.

Du får detta nyhetsbrev eftersom du är kund hos oss. Avsluta prenumerationen / Peruuta tilaus""")

E("sv", "", True, "delivery report without auto headers",
  "Microsoft Outlook <postmaster@example.se>", "Levererat: Svar på din begäran",
  """Meddelandet har levererats till följande mottagare:

johan.eklof@example.se

Ämne: Svar på din begäran""")

E("sv", "rectification", False, "wants communication language changed from Finnish to Swedish in the customer record",
  "Ann-Christin Vikström <ann-christin.vikstrom@example.fi>", "Språk i kundregistret",
  """Hej,

Alla era meddelanden till mig kommer på finska: orderbekräftelser, påminnelser, nyhetsbrev. Mitt modersmål är svenska och jag valde svenska när jag registrerade mig, men det har tydligen blivit fel någonstans.

Rätta språket i mina kunduppgifter till svenska.

Tack!
Ann-Christin Vikström
Nykarleby""")

E("sv", "", False, "client firm orders photos of new employees and asks about adding them to their gallery; business order",
  "Mikaela Nyström <mikaela.nystrom@example.fi>", "Personalfoto för nyanställda",
  """Hej!

Vi på Vasa Elektriska har fått tre nya medarbetare sedan fotograferingen i våras. Kan ni ta bilder på dem i samma stil (samma bakgrund) och lägga till dem i vårt galleri hos er? Passar någon tisdag i november?

Fakturan kan gå till samma adress som tidigare.

Mikaela Nyström
HR-koordinator, Vasa Elektriska Ab""")

E("sv", "complaint+marketing_opt_out", False, "mentions a complaint to the DPA two years ago (upheld); now unsubscribes",
  "Holger Berg <holger.berg@example.fi>", "Igen reklam",
  """Hej,

Jag anmälde er till Dataombudsmannen redan 2024 för att ni skickade reklam utan samtycke, och byrån gav mig rätt. Nu har det börjat komma reklammejl igen sedan oktober.

Sluta skicka reklam till mig. Jag vill inte ha någon marknadsföring alls från er.

Holger Berg""")

E("fi", "", False, "Yle journalist asks for comment on a DPA decision concerning the sector; no DSR",
  "Toimittaja Outi Kanerva <outi.kanerva@example.fi>", "Kommenttipyyntö: koulukuvaus ja tietosuoja",
  """Hei,

teen Yle Pohjanmaalle juttua tietosuojavaltuutetun tuoreesta päätöksestä, joka koski koulukuvausyrityksen tapaa säilyttää kuvia oppilaista, jotka eivät tilanneet kuvia. Päätös ei koske teitä, mutta haluaisin kuulla alan toimijan näkemyksen.

Voisitteko kommentoida lyhyesti:
- kuinka kauan säilytätte tilaamattomia kuvia
- miten huoltajat voivat pyytää kuvien poistoa

Juttu julkaistaan huomenna aamulla, joten kommentti tarvittaisiin tänään klo 16 mennessä.

Outi Kanerva
Yle Pohjanmaa""")

E("fi", "", False, "thank-you reply after receiving the data; asks nothing",
  "Tapio Rinta-Koski <tapio.rinta-koski@example.fi>", "Re: Vastaus tarkastuspyyntöönne",
  """Kiitos, sain tiedot ja kaikki näyttää olevan kunnossa.

Tapio

> Hei,
> liitteenä kopio tiedoistanne pyyntönne mukaisesti. Tiedosto on suojattu salasanalla, jonka lähetimme tekstiviestillä.
> Ystävällisin terveisin, Zoomi Kuvakaupat / tietosuoja""")

E("fi", "", False, "order question plus general question what 'vastustamisoikeus' in the notice means; no request",
  "Marjo Alanen <marjo.alanen@example.fi>", "Kysymys tietosuojaselosteesta",
  """Hei,

tilasin juuri kuvakirjan ja luin samalla teidän tietosuojaselosteen. Siinä mainitaan "vastustamisoikeus". Mitä se käytännössä tarkoittaa, eli mitä asioita sillä voi vastustaa? En ole itse vastustamassa mitään, kiinnostaa vaan kun olen yhdistyksen hallituksessa ja meidänkin pitäisi tehdä tällainen seloste.

Ja toinen asia: ehtiikö kirja jouluksi jos tilasin tänään?

Marjo""")

E("fi", "", True, "booking-system vendor's maintenance notice written in first person",
  "Slotti-tiimi <tiedotteet@slotti.example.com>", "Huoltokatko ke 12.11. klo 22–24",
  """Hei!

Täällä Slotin Mikko. Halusin kertoa etukäteen, että teemme keskiviikkona 12.11. klo 22–24 järjestelmään päivityksen, jonka aikana ajanvaraus ei ole käytettävissä. Asiakkaidenne varaukset säilyvät normaalisti.

Pahoittelut häiriöstä ja kiitos kärsivällisyydestä!

Mikko / Slotti

Tämä tiedote on lähetetty kaikille Slotin pääkäyttäjille.""")

E("fi", "objection", False, "must no longer use her photo in gift-card ads; no removal asked",
  "Noora Kallio <noora.kallio@example.fi>", "Kuvani lahjakorttimainoksissa",
  """Hei,

olin teidän "kasvokuvana" lahjakorttikampanjassa pari vuotta sitten ja silloin se oli ok. Nyt teen työkseni muuta ja en halua että minun kuvaa käytetään enää teidän mainoksissa. Vanhoja printtejä ei tarvitse lähteä keräämään, mutta uusiin kampanjoihin tai mainoksiin kuvaani ei saa enää käyttää.

Noora Kallio""")

E("fi", "erasure+objection", False, "take child's photo off Instagram and never use their photos in marketing again",
  "Jussi Autio <jussi.autio@example.fi>", "Instagram-postaus",
  """Moi

Teidän Instagramissa on kuva meidän kaksosista ristiäisistä, julkaistu 3.10. Sitä ei kysytty meiltä. Poistakaa se, ja jatkossa meidän perheen kuvia ei saa käyttää teidän markkinoinnissa missään kanavassa.

Jussi Autio""")

E("fi", "access", False, "one-liner no diacritics",
  "Eveliina Koski <eveliina.koski@example.fi>", "tiedot",
  """saisinko nahda mun tiedot mita teil on""")

E("fi", "restriction", False, "identity theft: freeze the account, do not delete it, police report made",
  "Henna Paananen <henna.paananen@example.fi>", "Joku on tehnyt tilin nimissäni",
  """Hei,

joku on tehnyt teidän verkkokauppaan tilin minun nimellä ja osoitteella ja tilannut sieltä laskulla kolme tuotetta. Sain juuri maksumuistutuksen. En ole tehnyt näitä tilauksia. Olen tehnyt asiasta rikosilmoituksen poliisille (ilmoituksen numero on 5500/R/12345/26).

Pyydän, että jäädytätte tilin ja sen tiedot: ei saa poistaa, koska poliisi voi tarvita ne, mutta niitä ei myöskään saa käyttää laskutukseen tai perintään ennen kuin asia on selvitetty.

Henna Paananen
040 123 4567""")

E("fi", "complaint+rectification", False, "says sending invoices to ex-spouse breaks GDPR; correct billing address",
  "Kati Pelkonen <kati.pelkonen@example.fi>", "Laskut menevät ex-miehelle",
  """Hei,

olen ilmoittanut teille jo keväällä että erosimme ja muutin. Silti lasten päiväkotikuvien laskut ja tilausvahvistukset menevät edelleen ex-mieheni osoitteeseen, ja hän näkee niistä minun uuden puhelinnumeroni. Te rikotte tässä GDPR:ää.

Korjatkaa laskutusosoitteeksi: Ahventie 3, 66400 Laihia. Puhelin 050 123 4567.

Kati Pelkonen""")

E("fi", "", False, "tax authority official letter about a third party's payments; near-miss",
  "Verohallinto, verotarkastus <verotarkastus@vero.example.fi>", "Tietopyyntö verotusta varten / Dnro VH/4521/2026",
  """Zoomi Kuvakaupat Oy

Verohallinto pyytää verotusmenettelystä annetun lain 19 §:n nojalla seuraavia tietoja verotarkastusta varten:

Toiminimi Valokuvaus J. Rantanen (Y-tunnus 1234567-8) on mahdollisesti toiminut yhtiönne alihankkijana vuosina 2024–2025. Pyydämme toimittamaan tiedot yhtiönne tälle suorittamista maksuista (maksupäivä, summa, peruste) 30.11.2026 mennessä.

Tiedot voi toimittaa Verohallinnon turvapostilla.

Verotarkastaja
Liisa Mäenpää""")

E("fi", "erasure", False, "16-year-old writes in his own name, wants his school photos deleted",
  "Eemil Hautamäki <eemil.hautamaki@example.fi>", "mun koulukuvat",
  """moi

oon eemil hautamäki 9c luokalta (Variskan koulu) ja haluun et te poistatte kaikki musta otetut kuvat teidän järjestelmästä. en tilannu mitään eikä äitikään tilannu. en haluu et ne on jossain tallessa

eemil""")

E("fi", "marketing_opt_out", False, "reply to newsletter with quoted newsletter footer",
  "Raili Nieminen <raili.nieminen@example.fi>", "Vs: Joulukuvaukset nyt varattavissa!",
  """Ei kiitos enää näitä viestejä.

Raili

---
Lähettäjä: Zoomi Kuvakaupat <uutiskirje@example.fi>
Aihe: Joulukuvaukset nyt varattavissa!

Varaa perheen joulukuvaus ajoissa – vapaita aikoja vielä marraskuulle!
Et halua enää uutiskirjeitä? Peruuta tilaus tästä.""")

E("fi", "", False, "person forwards a phishing message asking if it is genuine; no DSR",
  "Oiva Lahtinen <oiva.lahtinen@example.fi>", "Onko tämä teiltä?",
  """Hei, sain tällaisen tekstiviestin, onko tämä oikeasti teiltä? En ole tilannut mitään.

"Zoomi: Tilauksesi 8823 odottaa maksua. Maksa 2,99 e toimitusmaksu ennen 24h: http://zoomi-maksu.example.test"

Oiva Lahtinen""")

E("en", "access", False, "reply inside an open access request: the zip file won't open",
  "Viktor Horvath <viktor.horvath@example.com>", "Re: Your data access request",
  """Hi,

thanks for sending the file, but I can't open the zip – it asks for a password and I never got any SMS. My number is +358 40 123 4567. Could you resend the password or the data in another way?

Viktor

> Dear Viktor Horvath,
> please find attached a copy of your personal data. The password has been sent to you by text message.""")

E("en", "", False, "expat invokes consumer 'right of withdrawal' to cancel an order; near-miss",
  "Sophie Laurent <sophie.laurent@example.com>", "Exercising my right of withdrawal",
  """Hello,

I would like to exercise my right of withdrawal for order 7812290 (canvas print 60x40, ordered 2 days ago). It hasn't shipped yet according to the tracking page. Please cancel the order and refund the payment to my card.

Regards,
Sophie Laurent""")

E("en", "", True, "DMARC aggregate report",
  "noreply-dmarc-support@mail.example.com", "Report domain: example.fi Submitter: mail.example.com Report-ID: 8842117730",
  """This is an aggregate report from mail.example.com.

Report domain: example.fi
Submitter: mail.example.com
Report-ID: 8842117730
Date range: 2026-11-02 00:00:00 UTC to 2026-11-02 23:59:59 UTC

The report is attached as a compressed XML file.""",
  hdrs={"Auto-Submitted": "auto-generated"})

E("en", "erasure+restriction", False, "non-native: delete everything except invoices, keep those but do not use them",
  "Andrei Popescu <andrei.popescu@example.com>", "delete my data (but invoices)",
  """Hello,

I want that you delete all my personal data: account, photos, bookings, everything. I understand invoices you must keep for accounting law, ok, keep them, but then only keep them and don't use them for anything else, no marketing, no analysis, nothing.

Please confirm what you deleted and what you kept.

Andrei Popescu""")

E("en", "complaint+access", False, "lawyer says client lodged complaint with the DPA and asks for copies of the data",
  "Whitfield & Moreau <office@whitfield-moreau.example.com>", "Our client Ms Claire Dubois – complaint lodged and request for data",
  """Dear Sir or Madam,

We act for Ms Claire Dubois, who was a customer of your Vaasa studio in 2025.

Please be advised that our client has today lodged a complaint with the Office of the Data Protection Ombudsman regarding the publication of her portrait on your company's social media channels without her consent.

In parallel, and on our client's behalf, we request a copy of all personal data you hold concerning her, including all images, the records of any consent you claim to have obtained, and details of every publication of her image. A signed authority is enclosed.

Yours faithfully,
Whitfield & Moreau""")

E("en", "objection", False, "former employee: stop using the promo video he appears in",
  "Jonathan Reyes <jonathan.reyes@example.com>", "Promo video",
  """Hi,

I worked at your Vaasa studio in summer 2024 and appear in the promotional video ("A day at Zoomi") that's still on your website and YouTube. I left the company over a year ago. Please stop using that video where I appear – I don't want to be presented as your staff anymore.

Best,
Jonathan Reyes""")

E("en", "marketing_opt_out", False, "one word STOP",
  "Lisa Berg <lisa.berg@example.com>", "STOP",
  """STOP""")
