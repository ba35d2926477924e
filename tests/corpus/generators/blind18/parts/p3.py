from parts.common import E

E("sv", "", False, "Ostrobothnian dialect, where are the school photos; order status near-miss",
  "Stina Nylund <stina.nylund@example.fi>", "skolfotona",
  """Hej!

Va ha hänt me skolfotona åt Alva? Vi beställde dom för tre veckor sedan, ja betala me en gång, å nu ha int kommi nå. De andra i klassen ha fått sina redan förra veckon. Ordernumret ä 7781204.

Ja ha int fått nå mejl heller om att dom skulle ha skickats. Kan ni kolla?

Stina Nylund
Petalax""")

E("sv", "rectification", False, "Ostrobothnian dialect with Finnish street-address word; moved, correct address",
  "Tobias Kull <tobias.kull@example.fi>", "ny adress",
  """Hej!

Vi ha flytt från Vasa till Vörå i augusti men era brev å fakturan för dagisfotona kommer ännu till den gamla adressen. Nya adressen ä Kyrkvägen 12 (katuosoite på finska Kirkkotie 12), 66600 Vörå. Kan ni byt den i systemet?

Tack
Tobias Kull""")

E("sv", "portability", False, "asks that order history be transferred directly to another photo service",
  "Henrik Sandvik <henrik.sandvik@example.fi>", "Överföring av mina uppgifter till annan tjänst",
  """Hej,

Jag har använt er nätbutik sedan 2018 och har en stor mängd beställningar och sparade fotoalbum där. Jag har nu bytt till Fotoboken Ab (Sverige), som erbjuder sig att ta emot data från andra leverantörer.

Jag begär att ni med stöd av artikel 20 i dataskyddsförordningen överför de uppgifter jag själv har lämnat till er – kontouppgifter, album, bildtexter och beställningshistorik – direkt till Fotoboken Ab i ett strukturerat, maskinläsbart format. Deras kontaktperson för ärendet är dataimport@fotoboken.example.se.

Mitt konto ska finnas kvar tills överföringen är klar.

Vänliga hälsningar
Henrik Sandvik""")

E("sv", "objection", False, "wedding couple: refuses further use of their wedding photos in company marketing",
  "Emma och Jesper Back <emma.back@example.fi>", "Våra bröllopsbilder i er reklam",
  """Hej,

Vi såg att ni har använt en av våra bröllopsbilder i en annons i Vasabladet och i ert julerbjudande på Facebook. Vi minns att vi sa "ja, det är okej att ni visar några bilder" när vi beställde, men vi trodde att det gällde er portfolio på nätet.

Annonsen som redan är tryckt kan man ju inte göra något åt, och portfolion får bilderna gärna stå kvar i. Men vi motsätter oss att ni använder bilderna av oss i er reklam och annonser i fortsättningen.

Hälsningar
Emma och Jesper Back""")

E("sv", "access", False, "municipal data-protection worker requests own data; mentions the one-month rule, no complaint",
  "Malin Åkerlund <malin.akerlund@example.fi>", "Begäran om tillgång till personuppgifter",
  """Hej,

Jag begär att få ta del av de personuppgifter ni behandlar om mig, enligt artikel 15 i dataskyddsförordningen. Jag är kund i er nätbutik och har beställt skolfoton för mina barn via er.

Jag jobbar själv med dataskyddsfrågor på kommunen så jag vet att ni har en månad på er. Ni behöver inte be om id-kopia; jag skriver från den e-postadress som finns i ert register.

Med vänliga hälsningar
Malin Åkerlund
Korsholm""")

E("sv", "erasure", False, "one-liner 'radera mej'",
  "Kim Holmberg <kim.holmberg@example.fi>", "radera mej",
  """ur era register. /Kim""")

E("sv", "", False, "Finland-Swede with Finnish words asks generally how long school photos are kept; explicitly no extract wanted",
  "Tove Ahlskog <tove.ahlskog@example.fi>", "fråga om skolfoton",
  """Hej,

ja läste erat tietosuojaseloste (fanns int på svenska?) å där stod bara att uppgifterna sparas "niin kauan kuin on tarpeen". Hur länge sparar ni skolfoton i allmänhet, sånna som ingen har beställt? Ja e bara nyfiken, ja vill int ha nå registerutdrag eller så, har diskuterat detta i föräldraföreningen.

Tove""")

E("sv", "erasure", False, "former employee wants her old Slotti staff account and portfolio photos removed",
  "Sara Westerlund <sara.westerlund@example.fi>", "Mitt gamla användarkonto",
  """Hej,

Jag jobbade som fotograf hos er i Jakobstad 2021–2024. Jag märkte att mitt gamla användarkonto i Slotti fortfarande finns (jag fick ett lösenordsmejl häromdagen) och att min profilbild och namn syns på er sida "Våra fotografer".

Radera mitt användarkonto och ta bort min bild och mitt namn från er webbsida.

Sara Westerlund""")

E("sv", "", True, "school mailing-list message about photo day, sent via list server",
  "Föräldrainfo Solf skola <foraldrainfo-solf@lists.example.fi>", "Föräldrainfo: fotografering vecka 38",
  """Bästa vårdnadshavare,

Skolfotograferingen hålls måndag 14.9 och tisdag 15.9. Zoomi Kuvakaupat fotograferar klass- och porträttbilder. Vill ni inte att ert barn fotograferas, meddela klassläraren senast 10.9.

Inloggningskod för beställning delas ut i skolan efter fotograferingen.

Med vänlig hälsning
Rektor

--
Du får detta meddelande eftersom du finns på sändlistan foraldrainfo-solf.
Avsluta: foraldrainfo-solf-leave@lists.example.fi""",
  hdrs={"List-Id": "<foraldrainfo-solf.lists.example.fi>", "Precedence": "list"})

E("sv", "restriction", False, "wrong child linked to her order; asks to pause use of the data until investigated",
  "Anna-Lena Källman <anna-lena.kallman@example.fi>", "Fel barn i min beställning",
  """Hej,

I min beställning från dagisfotograferingen i Vasa (Daghemmet Trollebo) finns bilder på ett barn som inte är mitt, och mitt barns bilder saknas. Någon har alltså kopplat ihop fel barn med fel vårdnadshavare.

Jag vill att ni slutar använda mina och min sons uppgifter tills ni har utrett hur det här har hänt – skicka inga fler påminnelser eller fakturor och lämna inte ut något om oss till någon. Hör av er när ni vet.

Anna-Lena Källman""")

E("fi", "erasure", False, "law firm erasure letter with listed grounds and conditional consent withdrawal",
  "Asianajotoimisto Koivisto Oy <info@koivisto-law.example.fi>", "Poistopyyntö – Jenna Ylikoski",
  """Zoomi Kuvakaupat Oy / tietosuoja

POISTOPYYNTÖ (EU:n yleinen tietosuoja-asetus, 17 artikla)

Päämiehemme Jenna Ylikoski (valtakirja liitteenä) pyytää, että Zoomi Kuvakaupat Oy poistaa ilman aiheetonta viivytystä kaikki häntä koskevat henkilötiedot, koska

– henkilötietoja ei enää tarvita niihin tarkoituksiin, joita varten ne kerättiin (17 art. 1 a);
– siltä osin kuin käsittely perustuu suostumukseen, päämiehemme peruuttaa suostumuksensa (17 art. 1 b).

Mikäli katsotte, että joltain osin on olemassa 17 artiklan 3 kohdan mukainen peruste säilyttää tietoja, pyydämme yksilöimään tiedot, perusteen ja säilytysajan.

Pyydämme vahvistusta poistosta allekirjoittaneelle.

Turussa 9. marraskuuta 2026

Aleksi Koivisto
asianajaja""")

E("fi", "complaint+access", False, "says company breaks GDPR by sending child's photos to the other parent; wants to know who received what",
  "Johanna Virtanen <johanna.virtanen@example.fi>", "Lapseni kuvat lähetetty väärälle henkilölle",
  """Hei,

sain tietää että tyttäreni päiväkotikuvat ja tilauslinkki on lähetetty myös hänen isälleen, jolla EI ole huoltajuutta eikä oikeutta saada lapsesta tietoja. Tästä on päiväkodilla ollut tieto koko ajan. Tämä on vakava tietosuojarikkomus teidän puolelta.

Haluan tietää:
- kenelle kaikille tyttäreni kuvat ja tiedot on lähetetty ja milloin
- mistä olette saaneet hänen isänsä sähköpostiosoitteen

Johanna Virtanen
Lapua""")

E("fi", "erasure", False, "website contact form submission typed by a person; delete account",
  "Verkkosivun lomake <lomake@example.fi>", "Yhteydenotto verkkosivulta: Tilin poisto",
  """Uusi yhteydenotto lähetetty sivulta zoomi.example.fi/yhteystiedot

Nimi: Tarja Huhtala
Sähköposti: tarja.huhtala@example.fi
Puhelin: 040 123 4567
Aihe: Muu asia

Viesti:
hei haluaisin että poistatte mun asiakastilin ja kaikki tiedot verkkokaupasta, en käytä sitä enää. en löytäny mistään nappia millä sen vois ite poistaa

---
Lähetetty: 23.10.2026 klo 21.14""")

E("fi", "objection", False, "one-liner forbidding any disclosure of own data onward",
  "Pentti Alatalo <pentti.alatalo@example.fi>", "tietojen luovutus",
  """Kiellän tietojeni luovuttamisen teiltä eteenpäin kenellekään kolmannelle osapuolelle. -Pentti Alatalo, Nurmo""")

E("fi", "portability", False, "transfer request to another photo service, formal Finnish",
  "Marjut Aaltonen <marjut.aaltonen@example.fi>", "Tietojen siirtopyyntö",
  """Hei,

pyydän tietosuoja-asetuksen 20 artiklan mukaisesti, että toimitatte itse antamani tiedot (asiakastiedot, tilaushistoria ja kuva-albumien tiedot) jäsennellyssä, yleisesti käytetyssä ja koneluettavassa muodossa, jotta voin siirtää ne toiselle palveluntarjoajalle. Tiedosto voi olla esimerkiksi CSV- tai JSON-muodossa.

Tiliäni ei tarvitse poistaa.

Marjut Aaltonen
Pietarsaari""")

E("fi", "access+erasure", False, "employee of a firm that ordered staff photos asks if her photo is still stored and wants it deleted from the archive",
  "Hanna Kujala <hanna.kujala@example.fi>", "Henkilökuvat / Pohjanmaan Tilitoimisto",
  """Hei,

kuvasitte meidän tilitoimiston henkilökunnan keväällä ja firma sai kuvat jo toukokuussa. Kysyisin omasta puolestani: onko minusta otetut kuvat (myös ne joita ei valittu) edelleen teidän arkistossa, ja kuka niitä pääsee katsomaan?

Jos ovat, haluan että poistatte ne teiltä. Firmalla on jo omat kappaleensa, ja minun puolestani se riittää.

Hanna Kujala
kirjanpitäjä, Pohjanmaan Tilitoimisto Oy""")

E("fi", "marketing_opt_out", False, "mentions DPA's FAQ as the reason she knows how to opt out",
  "Sirpa Honkala <sirpa.honkala@example.fi>", "Suoramarkkinointikielto",
  """Hei

Tietosuojavaltuutetun sivuilla neuvottiin, että suoramarkkinoinnin voi kieltää ilmoittamalla siitä suoraan yritykselle, joten ilmoitan: kiellän suoramarkkinoinnin kaikissa kanavissa (sähköposti, tekstiviesti, kirjeet).

Sirpa Honkala
Ylistaro""")

E("fi", "marketing_opt_out", False, "remove me from your mailing list, spoken Finnish",
  "Aki Saarela <aki.saarela@example.fi>", "postituslista",
  """moi, poistakaa mut teidän postituslistalta. ei kiinnosta joulukortit ym. kiitti""")

E("fi", "restriction", False, "asks that her data not be processed until an invoice for another child's photos is clarified",
  "Päivi Mustonen <paivi.mustonen@example.fi>", "Lasku toisen lapsen kuvista",
  """Hei

Sain laskun (nro 3022108) koulukuvista, joissa on joku ihan toinen lapsi, ei meidän. Olen soittanut asiakaspalveluun kaksi kertaa ja luvattiin selvittää.

Pyydän, että ette käsittele tietojani tämän laskun osalta ennen kuin asia on selvitetty: ei muistutuksia, ei perintää, eikä tietoja eteenpäin kenellekään. Tiedot saa pitää tallessa selvitystä varten.

Päivi Mustonen""")

E("fi", "", False, "cancel a studio booking; near-miss",
  "Eino Rautio <eino.rautio@example.fi>", "Peruutus",
  """Peruuttakaa varaukseni to 19.11. klo 10 (perhekuvaus). Lapsi sairastui. Varaan uuden ajan myöhemmin.

Eino Rautio""")

E("fi", "objection", False, "Ostrobothnian-Finnish spoken: no use of data for market research or statistics",
  "Reijo Kangas <reijo.kangas@example.fi>", "kysely",
  """Moro

Teiltä tuli taas tää asiakastyytyväisyyskysely ja siinä luki pienellä et vastauksia ja ostotietoja käytetään "liiketoiminnan kehittämiseen ja tilastointiin". Mä en haluu et mun tietoja käytetään mihinkää tilastoihin tai markkinatutkimuksiin, ei vastauksia eikä ostoja. Sitä varten mä en oo mitää antanu.

Reijo, Kauhava""")

E("fi", "complaint", False, "informs that a complaint with case number has been made; asks nothing else",
  "Arja Lehtinen <arja.lehtinen@example.fi>", "Tiedoksi: kantelu tietosuojavaltuutetulle",
  """Hei,

ilmoitan tiedoksenne, että olen tehnyt kantelun tietosuojavaltuutetun toimistolle koskien tapaa, jolla käsittelitte syyskuussa tekemääni tarkastuspyyntöä (vastasitte vasta kahden ja puolen kuukauden päästä ja vastaus oli puutteellinen). Asianumero on TSV/3381/2026.

Muuta en teiltä tässä vaiheessa pyydä. Asia on nyt viranomaisen käsittelyssä.

Arja Lehtinen""")

E("en", "erasure", False, "exchange student one-liner, informal",
  "Lukas Becker <lukas.becker@example.com>", "delete",
  """hey can u delete my stuff from ur webshop? account is this email. going back to germany thx""")

E("en", "objection", False, "American uses a CCPA-style opt-out-of-sale template",
  "Jennifer Holt <jennifer.holt@example.com>", "Do Not Sell My Personal Information",
  """To whom it may concern,

Pursuant to the California Consumer Privacy Act and similar laws, I hereby request that you opt me out of the sale or sharing of my personal information. Please do not sell, share, or otherwise disclose my personal information to third parties for monetary or other valuable consideration, including for cross-context behavioral advertising.

Please apply this request to all personal information associated with this email address.

Thank you,
Jennifer Holt""")

E("en", "portability", False, "expat asks data be transmitted directly to another provider under Art 20",
  "Anil Sharma <anil.sharma@example.com>", "Article 20 request",
  """Dear Zoomi,

I have an account on your online shop with 3 photo books and around 40 print orders. I would like to exercise right to data portability (Article 20): please transmit my account data, album structure and order history directly to Pixelbook Oy (contact: support@pixelbook.example.fi) in a commonly used machine-readable format. If direct transmission is technically not possible, send the file to me and I will forward it myself.

Regards,
Anil Sharma
Vaasa""")

E("en", "", True, "consultancy marketing newsletter addressed personally",
  "Oliver at PrivacyReady <oliver@privacyready.example.com>", "Zoomi, are your DSR processes audit-ready?",
  """Hi Zoomi Kuvakaupat team,

Quick question: if a customer sent you a data subject access request today, how long would it take you to answer?

Most small businesses we talk to say "a few weeks" - but the GDPR gives you one month, and regulators are increasingly fining late responses. Our new DSR Toolkit gives you ready-made templates in Finnish, Swedish and English.

Grab the free checklist here: https://privacyready.example.com/checklist

Best,
Oliver
PrivacyReady

You're receiving this because you downloaded one of our guides. Unsubscribe | Manage preferences""")

E("en", "", False, "expat knows about access right but actually just wants the passport photo file again; near-miss",
  "Thomas Müller <thomas.mueller@example.com>", "passport photo file",
  """Hello,

I know under GDPR I could ask for all my data, but I don't need all that :) I just need the digital file of my passport photo again (taken at your Vaasa studio in August), because I'm applying for a US visa and their website wants a jpg. Can you email it to me? Happy to pay if there's a fee.

Thomas""")

E("en", "objection+complaint", False, "objects to analytics; conditional threat to complain to the DPO",
  "Katarzyna Nowak <katarzyna.nowak@example.com>", "Tracking on your website",
  """Hello,

your website loads Google Analytics before I even touch the cookie banner. I object to the processing of my personal data for analytics and tracking purposes, and I ask you to stop it.

If you do not stop this, I will complain to the Finnish Data Protection Ombudsman.

Katarzyna Nowak""")

E("en", "access", False, "Estonian father asks what information is held about his son",
  "Priit Saar <priit.saar@example.com>", "information about my son",
  """Good evening,

my son Rasmus Saar (8 years) goes to Kapernaumin koulu and had photo in school this autumn. I am his father. Please tell me what information you have about him, for example his name, class, photos, and who gave it to you. We did not order photos this year.

Thank you
Priit Saar""")

E("en", "rectification", False, "typo in phone number and email in customer record",
  "Chloe Martin <chloe.martin@example.com>", "Please fix my contact details",
  """Hi,

My phone number in your system is wrong (040 123 4576 instead of 040 123 4567), that's why I never got the SMS that my prints were ready. The email also has a typo: chloe.matrin@... instead of chloe.martin@example.com. Could you fix both please?

Thanks!
Chloe""")
