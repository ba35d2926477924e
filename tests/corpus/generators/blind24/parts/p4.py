from parts.common import E

E("sv", "access+erasure", False, "formal sv: first copy, then delete",
  "Margareta Björkqvist <margareta.bjorkqvist@example.fi>", "Begäran om registerutdrag och radering",
  """Bästa mottagare,

Med stöd av artiklarna 15 och 17 i EU:s dataskyddsförordning begär jag
– ett registerutdrag över samtliga personuppgifter som Zoomi Kuvakaupat Oy behandlar om mig, samt
– att uppgifterna därefter raderas, med undantag av sådant som ni enligt lag är skyldiga att spara.

Jag ber er meddela vilka uppgifter som sparas och till vilket datum.

Högaktningsfullt
Margareta Björkqvist
Kristinestad""")

E("fi", "", False, "kunnan kirjaamo: julkisuuslain mukainen tietopyyntö välitetty väärään osoitteeseen - near miss",
  "Mustasaaren kunta, kirjaamo <kirjaamo@example.fi>", "VS: Tietopyyntö, koulukuvauksen kilpailutusasiakirjat",
  """Hei,

Välitämme tiedoksenne alla olevan tietopyynnön, joka koskee kunnan koulukuvauksen kilpailutusta 2025. Pyytäjä on pyytänyt myös teidän tarjoustanne. Tarjouksenne liikesalaisuuksiksi merkityt osat jätetään antamatta. Ilmoittakaa 14.12. mennessä, jos katsotte, että tarjouksessa on muita liikesalaisuuksia.

Ystävällisin terveisin
Kirjaamo, Mustasaaren kunta

---------- Välitetty viesti ----------
Lähettäjä: Tomi Vesterinen
Aihe: Tietopyyntö
Pyydän julkisuuslain nojalla kopiot koulukuvauksen tarjouspyynnöstä, saaduista tarjouksista ja hankintapäätöksestä.""")

E("en", "restriction", False, "injured customer asks not to delete records needed for claim (preservation)",
  "Eleanor Vance <eleanor.vance@example.com>", "Please retain records relating to my visit on 14 November",
  """Dear Sir or Madam,

I slipped on the wet floor at the entrance of your Vaasa store on 14 November 2026 and injured my wrist. My insurer is handling a claim against your liability insurance.

I ask that you do not delete or overwrite any records concerning me and my visit (booking details in your booking system, the receipt, and any e-mails), as I need them to establish my claim. Please keep them until the claim is settled.

Yours faithfully,
Eleanor Vance""")

E("fi", "marketing_opt_out", False, "formal but typos, SMS marketing stop",
  "Tuomo Peltonen <tuomo.peltonen@example.fi>", "tekstiviestimainonta",
  """Hyvä vastaanottaja

Olen saanut teiltä tekstiviestejä tarjouksista numeroon 040 222 3344 vaikka en ole niitä tilannut. Kiellän suoramarkkinoinnin puhelinnumerooni ja sähköpostiini. Pyydän ettette myöskään luovuta numeroani muille markkinointitarkoituksiin.

T. Peltonen""")

E("sv", "", True, "out of office Swedish from association",
  "Gun-Britt Nyholm <styrelsen@example.fi>", "Frånvaro: Förfrågan om fotografering av föreningens medlemmar",
  """Tack för ditt meddelande. Jag är bortrest till och med den 4 januari och har begränsad tillgång till e-post. Brådskande ärenden: ordförande Bo Sandström, tfn 050 321 9876.

Gun-Britt Nyholm
Korsholms Hembygdsgille rf""")

E("en", "erasure", False, "school head teacher (international school) asks, as data subject, removal of her portrait in gallery",
  "Catherine Doyle <catherine.doyle@example.fi>", "Removal of my portrait from your online gallery",
  """Dear Zoomi team,

A portrait of me taken at the Vaasa International School staff session is displayed in the public "Our work" gallery on your website. I would be grateful if you could take it down.

Thank you in advance.

Kind regards,
Catherine Doyle
Head of Primary, Vaasa International School""")

E("fi", "access", False, "asks recipients list only (Art 19 last sentence)",
  "Erja Laitinen <erja.laitinen@example.fi>", "Kenelle tietojani on luovutettu?",
  """Hyvä tietosuojavastaava

Pyysin lokakuussa oikaisemaan osoitetietoni, ja se on tehty, kiitos siitä. Pyydän vielä tietosuoja-asetuksen 19 artiklan nojalla tiedon siitä, keille vastaanottajille tietojani on luovutettu, eli kenelle oikaisusta on ilmoitettu.

Erja Laitinen""")

E("sv", "complaint", False, "formal: father says company violates GDPR giving photos to ex-wife; complained to DO",
  "Mikael Brännkärr <mikael.brannkarr@example.fi>", "Anmälan till dataombudsmannen",
  """Hej,

För kännedom: jag har idag gjort en anmälan till dataombudsmannens byrå. Ni har enligt min uppfattning brutit mot dataskyddsförordningen när ni lämnade ut min och mina barns kontaktuppgifter och beställningshistorik till min före detta fru utan mitt samtycke.

Mikael Brännkärr""")

E("fi", "", False, "OK-perintä account manager asks for order confirmations - near miss",
  "OK-perintä Oy / Asiakkuudet <asiakkuudet@example.fi>", "Yhteenveto: avoimet toimeksiannot marraskuu 2026",
  """Hei Zoomin laskutus,

Liitteenä marraskuun yhteenveto avoimista toimeksiannoista (14 kpl). Kolmen velallisen osalta (2026-10911, 2026-10954, 2026-11002) olemme saaneet maksukiistan. Voisitteko toimittaa näiden osalta tilausvahvistukset, jotta voimme jatkaa käsittelyä?

Ystävällisin terveisin
Marika Salo
asiakkuusvastaava, OK-perintä Oy""")

E("en", "objection+erasure", False, "formal: objects to use of photo on website, and asks removal",
  "Jonathan Reeves <jonathan.reeves@example.com>", "Use of my image",
  """Dear Sir or Madam,

I object to the use of my image on your website and in your social media channels. I was photographed at a corporate event in Vaasa in 2025 and did not consent to being used in your advertising.

Please remove all such images from your website and social media and confirm when this has been done.

Jonathan Reeves""")

E("fi", "portability", False, "formal, short, Art 20 direct to other controller",
  "Sirpa Hakala <sirpa.hakala@example.fi>", "Siirto-oikeus",
  """Hyvä vastaanottaja

Pyydän käyttämään oikeuttani siirtää tiedot järjestelmästä toiseen (tietosuoja-asetus 20 art.). Pyydän siirtämään verkkokauppatililleni lataamani kuvat ja tilaushistorian koneluettavassa muodossa suoraan Kuvapalvelu Lumo Oy:lle, jos se on teknisesti mahdollista.

Sirpa Hakala""")

E("sv", "marketing_opt_out", False, "sv: formal direct marketing objection citing art 21.2",
  "Rolf Östman <rolf.ostman@example.fi>", "Invändning mot direktmarknadsföring",
  """Till Zoomi Kuvakaupat Oy

Jag invänder härmed med stöd av artikel 21.2 i dataskyddsförordningen mot att mina personuppgifter behandlas för direktmarknadsföring. Detta gäller såväl e-post som vanlig post.

Rolf Östman""")

E("fi", "", True, "verkkokaupan tilausvahvistus automaattinen",
  "Zoomi Kuvakaupat verkkokauppa <tilaukset@example.fi>", "Tilausvahvistus #482210",
  """Kiitos tilauksestasi!

Tilausnumero: 482210
Tuotteet: Valokuvakirja A4, 40 s. (1 kpl) – 54,90 €
Toimitus: Posti, noutopiste – 5,90 €
Yhteensä: 60,80 €

Maksutapa: Verkkomaksu (Verifone)

Saat erillisen ilmoituksen, kun tilauksesi on lähetetty.

Tämä on automaattinen viesti, älä vastaa siihen.""")

E("en", "access", False, "formal: request to know automated decision making and retention",
  "Samuel Adeyemi <samuel.adeyemi@example.com>", "Request under Article 15 GDPR",
  """Dear Data Protection Officer,

I request confirmation as to whether or not personal data concerning me are being processed and, where that is the case, access to the personal data and the following information:
- the purposes of the processing;
- the categories of personal data concerned;
- the recipients to whom the data have been or will be disclosed, in particular recipients in third countries;
- the envisaged retention period;
- the existence of automated decision-making, including profiling;
- the source of the data, where not collected from me;
- my right to lodge a complaint with a supervisory authority.

Please respond within one month.

Samuel Adeyemi""")

E("sv", "rectification", False, "school secretary sv: wrong guardian email on son's order account",
  "Annette Haga <annette.haga@example.fi>", "Fel e-postadress",
  """Hej,

I beställningsuppgifterna för min sons skolfoto (Oskar Haga, Vikinga skola) står min gamla jobbadress annette.haga@example.test. Den används inte längre. Kan ni ändra den till annette.haga@example.fi?

Tack och hälsningar
Annette Haga""")

E("fi", "objection", False, "formal Art 21(1) objection re: Google Analytics, no other",
  "Janne Virtanen <janne.virtanen@example.fi>", "Vastustan analytiikkaa",
  """Hei,

Vastustan tietosuoja-asetuksen 21 artiklan nojalla IP-osoitteeni ja laitetietojeni käsittelyä Google Analyticsilla verkkosivuillanne. En ole hyväksynyt analytiikkaevästeitä, mutta sivunne lataa silti GA-skriptin.

Janne Virtanen""")

E("en", "", False, "law firm asks whether Zoomi is controller or processor for school photos - near miss",
  "Nordvik Legal <info@example.fi>", "Query regarding controllership – school photography",
  """Dear Colleagues,

We advise a municipality in Ostrobothnia on its school photography procurement. To complete its record of processing activities, our client wishes to understand whether Zoomi Kuvakaupat Oy considers itself a controller or a processor in respect of (i) pupil ID photographs delivered to the school's system and (ii) photo packages sold to guardians.

We would be grateful for your position, together with a reference to the relevant sections of your privacy notice.

Kind regards,
Mia Nordvik
Attorney-at-law""")

E("fi", "rectification+access", False, "wrong phone number fixed plus access to check rest",
  "Minna Rantanen <minna.rantanen@example.fi>", "Virheelliset tiedot ja tarkastuspyyntö",
  """Hyvä vastaanottaja

Verkkokaupan tililläni on väärä puhelinnumero (040 111 2233), oikea on 040 111 2234. Pyydän korjaamaan sen. Samalla haluaisin nähdä, mitä kaikkia tietoja teillä minusta on, jotta voin tarkistaa ovatko muutkin tiedot oikein.

Minna Rantanen""")

E("sv", "", False, "polisen ber om uppgifter - authority near miss sv",
  "Polisinrättningen i Österbotten <utredning.osterbotten@example.fi>", "Begäran om upplysningar, ärende R/2026/12003",
  """Till Zoomi Kuvakaupat Oy

Polisinrättningen i Österbotten utreder ett bedrägeri där er webbutik har använts. Med stöd av polislagen 4 kap. 3 § begär vi uppgifter om beställning nr 471833: beställarens namn, e-postadress, IP-adress och leveransadress.

Uppgifterna ska sändas krypterat till undertecknad senast 18.12.2026.

Kriminalöverkonstapel Niklas Lindström""")

E("fi", "erasure", False, "urheiluseuran sihteeri asks removal of own data after leaving role",
  "Anu Koskinen <anu.koskinen@example.fi>", "Yhteyshenkilötietojen poistaminen",
  """Hei,

Olen toiminut Vaasan Voimistelijoiden sihteerinä ja seuran yhteyshenkilönä tilauksissanne. Tehtäväni päättyi 30.11.2026. Pyydän poistamaan nimeni, puhelinnumeroni ja sähköpostini rekisteristänne. Uusi yhteyshenkilö ottaa teihin yhteyttä erikseen.

Anu Koskinen""")

E("en", "", True, "Slotti weekly summary to staff",
  "Slotti Reports <reports@example.com>", "Weekly booking summary – Zoomi Kuvakaupat",
  """Weekly summary (30 Nov – 6 Dec 2026)

Bookings: 63
Cancellations: 7
No-shows: 2
Most booked service: Passport photo (adult)

You are receiving this report as an administrator of the Zoomi Kuvakaupat account.""")

E("fi", "complaint+access", False, "formal: no answer to access request; says will complain",
  "Raija Hirvonen <raija.hirvonen@example.fi>", "Tarkastuspyyntöni on edelleen vastaamatta",
  """Zoomi Kuvakaupat Oy

Lähetin 20.10.2026 tarkastuspyynnön tähän osoitteeseen. Lakisääteinen kuukauden määräaika on kulunut umpeen, enkä ole saanut tietoja enkä ilmoitusta määräajan pidentämisestä.

Ellen saa pyytämiäni tietoja viikon kuluessa, saatan asian tietosuojavaltuutetun käsiteltäväksi.

Raija Hirvonen""")

E("sv", "erasure", False, "formal sv: guardian asks erase child's photos after refusing purchase",
  "Jessica Ahlskog <jessica.ahlskog@example.fi>", "Radering av mitt barns bilder",
  """Hej!

Vi valde att inte beställa några bilder från daghemsfotograferingen i Vörå i oktober. Jag ber därför att ni raderar alla bilder av min son Elias Ahlskog och hans uppgifter ur ert system.

Vänligen bekräfta att raderingen har gjorts.

Jessica Ahlskog""")

E("en", "", False, "insurance company subrogation letter - near miss",
  "Northbridge Insurance – Claims <claims@example.com>", "Subrogated claim 55-1209 – Vance v. Zoomi Kuvakaupat Oy",
  """Dear Sir or Madam,

We act on behalf of our insured, Ms Eleanor Vance, in respect of injuries sustained at your Vaasa premises on 14 November 2026.

Please pass this letter to your liability insurer and provide their details and your policy number within 21 days.

Yours faithfully,
Claims Department""")

E("fi", "erasure+restriction", False, "partly withdraws last week's erasure: keep order data for warranty dispute, close account otherwise",
  "Pasi Mäenpää <pasi.maenpaa@example.fi>", "älkää poistako tilaustietoja",
  """Moi, pyysin viime viikolla poistamaan tilini, mutta perun sen osittain: älkää poistako tilauksen 479920 tietoja ja viestejä, tarvitsen niitä takuuriidassa kameratulosteiden värivirheistä. Tilin voi muuten sulkea.

Pasi""")

E("sv", "objection", False, "sv: opposes use of data for business development, formal",
  "Ingrid Sandelin <ingrid.sandelin@example.fi>", "Motsätter mig behandling",
  """Hej,

I er dataskyddsbeskrivning står att kunduppgifter används för utveckling av affärsverksamheten. Jag motsätter mig att mina uppgifter används för det ändamålet. Det gäller både mina beställningar och mina besök på er webbplats.

Ingrid Sandelin""")

E("fi", "", False, "daycare director asks when to return consent forms - near miss",
  "Päiväkoti Sinisiipi / johtaja <sinisiipi@example.fi>", "Kuvauslupalomakkeet",
  """Hei,

Meillä on 45 lasta kuvattavana 14.1. Kolmen lapsen huoltajat eivät ole palauttaneet kuvauslupaa. Kuvataanko nämä lapset vai jätetäänkö pois? Tietosuoja-asioista vastaava kunnan henkilö suositteli, että kuvataan vain luvan saaneet.

Terveisin
Eila Mattila""")

E("en", "marketing_opt_out+access", False, "formal: unsubscribe plus where did you get my email",
  "Gerald Finch <gerald.finch@example.com>", "Unsolicited marketing e-mails",
  """Dear Sir or Madam,

I have received three marketing e-mails from you this month, although to my knowledge I have never been your customer. Please stop sending me marketing e-mails.

Please also tell me where you obtained my e-mail address and what other personal data you hold about me.

Gerald Finch""")

E("sv", "", True, "verkkokauppa parcel notice sv automated",
  "PostNord <no-reply@example.se>", "Ditt paket är på väg",
  """Hej!

Ditt paket från Zoomi Kuvakaupat Oy är på väg.

Sändnings-ID: 00370712345678901234
Beräknad leverans: 9.12.2026
Utlämningsställe: K-Market Smedsby

Spåra ditt paket på postnord.example.se""")

E("fi", "access+portability", False, "vanhempi rouva, formal, wants all photos and data, and portable copy",
  "Aino Peltola <aino.peltola@example.fi>", "Pyyntö tiedoista",
  """Arvoisa vastaanottaja

Olen ollut asiakkaananne 1990-luvulta asti ja tilannut paljon kuvia lapsenlapsistani. Pyydän jäljennöstä kaikista minua koskevista tiedoista, jotka teillä on tallennettuna.

Lisäksi pyydän, että verkkokauppaan lataamani kuvat ja tilaustiedot annetaan minulle sellaisessa muodossa, että voin siirtää ne toiseen palveluun (tyttäreni mukaan "koneluettava muoto").

Kunnioittavasti
Aino Peltola
Isokyrö""")
