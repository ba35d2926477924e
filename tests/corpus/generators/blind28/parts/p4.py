from parts.common import E

E("sv", "erasure", False, "junior coach writes for team: take team photo off website, one parent never agreed",
  "Jimmy Storbacka <jimmy.storbacka@example.fi>", "Lagbilden P12 på er hemsida",
  """Hej!

Jag är tränare för P12-laget i Kronoby FC. Vår lagbild från 2024 ligger som exempelbild på er hemsida under "Lag och föreningar". En av spelarnas föräldrar har hört av sig och säger att de aldrig gett lov till det. Vi i laget vill att bilden tas bort från hemsidan.

Tack på förhand!
Jimmy Storbacka
tränare P12, Kronoby FC""")

E("sv", "", False, "near-miss: club wants to book team photography",
  "Sofia Häggblom <sofia.haggblom@example.fi>", "Lagfotografering våren 2027",
  """Hej

Vi i Pedersöre Simsällskap skulle vilja boka lagfotografering för alla våra grupper (ca 120 simmare) i april. Kan ni komma till simhallen en lördag? Vi behöver lagbilder och gärna individuella bilder som föräldrarna kan beställa själva.

Hälsningar
Sofia Häggblom
sekreterare, PSS""")

E("sv", "marketing_opt_out", False, "84-year-old, grandson helps: no more calendar emails",
  "Ulla-Britt Nyholm <ullabritt.nyholm@example.fi>", "e-post om kalendrar",
  """Hej.

Jag är 84 år och får hela tiden e-post om fotokalendrar och annat från er. Jag vill inte ha dem mera. Min dotterson Oliver hjälper mig att skriva detta.

Hälsningar
Ulla-Britt Nyholm
Nykarleby""")

E("sv", "access", False, "parent: what data on daughter and who received it, Finnish words",
  "Ida Granholm <ida.granholm@example.fi>", "Vår dotter",
  """Hej,

vår dotter Stella gick på päiväkoti Tuulikki (den finska sidan av daghemmet i Smedsby) och blev fotograferad där både 2024 och 2025. Vilka uppgifter har ni sparat om henne, och vem har ni gett dem till? Fick ni hennes namn och födelsedatum från daghemmet eller från kommunen?

Mvh
Ida Granholm""")

E("sv", "complaint", False, "complaint to the Data Protection Ombudsman with controller in copy",
  "Jan-Erik Söderholm <janerik.soderholm@example.fi>", "Klagomål enligt artikel 77 – Zoomi Kuvakaupat Oy",
  """Till: Dataombudsmannens byrå, PB 800, 00531 Helsingfors (tietosuoja@om.fi)
Kopia: Zoomi Kuvakaupat Oy

KLAGOMÅL ENLIGT ARTIKEL 77 I DATASKYDDSFÖRORDNINGEN

Klagande: Jan-Erik Söderholm, Smedsby
Personuppgiftsansvarig: Zoomi Kuvakaupat Oy, FO-nummer 0855332-0, Vasa

Den 3 augusti 2026 begärde jag per e-post att bolaget raderar mina personuppgifter. Jag har inte fått någon bekräftelse eller något svar, trots påminnelse den 10 september. Tidsfristen i artikel 12.3 har löpt ut.

Jag ber dataombudsmannen utreda ärendet och vid behov förelägga bolaget att fullgöra min begäran.

Bilagor: min begäran 3.8.2026, påminnelsen 10.9.2026.

Smedsby den 15 oktober 2026
Jan-Erik Söderholm""")

E("sv", "", True, "school portal notification, no header",
  "Skolportalen <noreply@example.fi>", "Nytt meddelande i Skolportalen",
  """Du har ett nytt meddelande i Skolportalen.

Från: Lindqvist Camilla (lärare)
Ämne: Fotodagen flyttas till 22.10
Mottagare: Vårdnadshavare åk 2A, Zoomi kontakt

Logga in för att läsa meddelandet: https://skolportalen.example.fi

Detta är ett automatiskt meddelande. Du kan ändra inställningarna för e-postaviseringar under Inställningar > Aviseringar.""")

E("sv", "rectification", False, "wrong email domain on file",
  "Alva Ehrström <alva.ehrstrom@example.se>", "Fel e-postadress",
  """Hej, ni har fel e-postadress till mig i ert register. Det står alva.ehrstrom@example.fi men den rätta är alva.ehrstrom@example.se (jag bor i Sverige sedan två år). Orderbekräftelserna kommer bara fram för att min pappa vidarebefordrar dem.

Tack!
Alva""")

E("sv", "", False, "near-miss: reprint order for grandmother",
  "Jonna Back <jonna.back@example.fi>", "En kopia till",
  """Hej! Ja vill beställa en kopia till av klassfotot från Norrvalla (klass 5B, Tilda Back), mormor vill ha ett också. Kan man göra det ännu fast beställningstiden gått ut?

Jonna""")

E("sv", "erasure+objection", False, "ex-employee staff photo on company site: remove and stop using",
  "Kristian Bäck <kristian.back@example.fi>", "Min personalbild",
  """Hej,

Jag jobbar inte längre på Jakobstads stad sedan i våras, men min personalbild används fortfarande på er hemsida som exempel på personalfotografering. Ta bort den och sluta använda bilden i alla era kanaler.

Kristian Bäck""")

E("sv", "marketing_opt_out", False, "Närpes dialect one-liner",
  "Valter Rosenback <valter.rosenback@example.fi>", "Re: Novembererbjudande",
  """int meir reklam tack

> Novembererbjudande: fotobok 40 sidor nu 29 €""")

E("sv", "", False, "withdraws earlier erasure request",
  "Camilla Smeds <camilla.smeds@example.fi>", "Re: Begäran om radering",
  """Hej igen,

glöm mitt förra mejl, radera ingenting. Vi har pratat om det hemma och bestämt att behålla kontot ändå, barnens bilder från förra året finns ju där.

Förlåt för besväret!
Camilla

> Hej, jag vill att ni raderar mitt konto och alla uppgifter. Camilla Smeds""")

E("sv", "portability+erasure", False, "export data and photos for another service, then delete account",
  "Henrik Strandberg <henrik.strandberg@example.fi>", "Export och radering",
  """Hej

Exportera mina uppgifter och alla bilder i mitt konto i ett format som går att läsa in i en annan tjänst (t.ex. zip med json). När jag har fått dem vill jag att ni raderar kontot helt.

Henrik Strandberg""")

E("sv", "objection", False, "short formal objection to legitimate interest processing",
  "Tove Lindqvist <tove.lindqvist@example.fi>", "Invändning",
  """Jag invänder mot att ni behandlar mina personuppgifter med stöd av berättigat intresse (art. 21.1 GDPR).

Tove Lindqvist""")

E("sv", "access", False, "reminder of unanswered register extract request",
  "Jens Kronqvist <jens.kronqvist@example.fi>", "Påminnelse: registerutdrag",
  """Hej,

Jag skickade en begäran om registerutdrag den 2 september och har fortfarande inte fått något svar. Jag väntar på utdraget.

Jens Kronqvist

----- Vidarebefordrat meddelande -----
Från: Jens Kronqvist
Datum: 2 sep. 2026
Ämne: registerutdrag
Hej, jag vill ha ett registerutdrag över mina uppgifter. /Jens""")

E("sv", "", True, "supplier invoice system notice, no header",
  "Tryckeri Botnia fakturering <faktura@example.fi>", "Faktura 260341 från Tryckeri Botnia Ab",
  """Bästa kund,

Bifogat finner ni faktura 260341.

Fakturadatum: 02.11.2026
Förfallodag: 16.11.2026
Belopp: 1 284,60 €
Referens: 26034 15

Fakturan gäller tryckning av klassfoton, order 9912–9930.

Detta meddelande har skapats automatiskt av vårt faktureringssystem. Vid frågor, kontakta reskontra@example.fi.

Tryckeri Botnia Ab · Jakobstad""")

E("sv", "restriction", False, "disputed invoice: don't use data while complaint is handled",
  "Maj-Len Finnäs <majlen.finnas@example.fi>", "Reklamation order 57730",
  """Hej,

Jag har reklamerat order 57730 (bilderna var suddiga) och bestridit fakturan. Använd inte mina uppgifter till något annat, och skicka dem inte vidare, medan ni utreder reklamationen.

Maj-Len Finnäs""")

E("fi", "access+erasure", False, "send copy then delete all",
  "Satu Honkala <satu.honkala@example.fi>", "Tietoni",
  """Hei

Lähettäkää minulle kopio kaikista tiedoistani ja sen jälkeen poistakaa kaikki. Tilasin teiltä koulukuvia 2019–2023.

Satu Honkala
Laihia""")

E("fi", "", False, "near-miss: where is my order",
  "Mikko Rinta-Aho <mikko.rinta-aho@example.fi>", "Tilaus?",
  """Missä tilaukseni on? Tilasin koulukuvat 3 viikkoa sitten (tilaus 60418) eikä mitään ole kuulunut.

Mikko""")

E("fi", "marketing_opt_out", False, "one-word POISTA reply to newsletter",
  "Raili Kivelä <raili.kivela@example.fi>", "Re: Zoomin uutiskirje: joulun tarjoukset",
  """POISTA

> Zoomin uutiskirje | Joulun tarjoukset
> Kuvakalenterit -25 % 15.11. asti!""")

E("fi", "access+complaint", False, "access request unanswered a month, has complained",
  "Jari Ylikoski <jari.ylikoski@example.fi>", "Tarkastuspyyntö 28.9. – ei vastausta",
  """Hei,

lähetin tarkastuspyynnön 28.9. enkä ole saanut mitään vastausta kuukauteen. Olen nyt tehnyt kantelun tietosuojavaltuutetulle. Odotan edelleen tietojani.

Jari Ylikoski""")

E("fi", "rectification", False, "wrong first name on invoice",
  "Hanna Ketola <hanna.ketola@example.fi>", "Väärä nimi laskussa",
  """Hei, laskussa ja asiakastiedoissani on väärä nimi: Hannu Ketola. Olen Hanna. Korjatkaa se.

Hanna Ketola""")

E("fi", "", True, "booking reminder fi, no header",
  "Slotti ajanvaraus <noreply@example.fi>", "Muistutus: aikasi huomenna klo 9.15",
  """Hei Sanna Hietala,

muistutus varaamastasi ajasta:

Palvelu: Perhekuvaus (45 min)
Aika: lauantai 14.11.2026 klo 9.15
Paikka: Zoomi Vaasa, Hovioikeudenpuistikko 11

Jos et pääse paikalle, peru aika viimeistään 24 h ennen.

Tämä viesti on lähetetty automaattisesti. Älä vastaa tähän viestiin.""")

E("fi", "erasure", False, "teenager 15, colloquial: photos off your site",
  "Veeti <veeti.lahti@example.fi>", "kuvat",
  """moi, oon 15 ja haluun et mun kuvat poistetaan teidän sivuilta. se on se kuva missä oon sählymailan kaa, en halua et ne on siellä

veeti lahti""")

E("fi", "", False, "near-miss: journalist public-records request",
  "Outi Saari <outi.saari@example.fi>", "Tietopyyntö: koulukuvaussopimukset",
  """Hei,

teen juttua Pohjanmaan kuntien koulukuvauksista. Pyydän julkisuuslain nojalla nähtäväksi Vaasan kaupungin ja Zoomi Kuvakaupat Oy:n välisen koulukuvaussopimuksen sekä tiedon siitä, paljonko kunta maksaa kuvauksista vuodessa. Jos asiakirjat ovat kaupungilla, voitteko ohjata oikeaan paikkaan?

Outi Saari
toimittaja""")

E("en", "erasure+complaint", False, "law firm second notice for client, conditional complaint",
  "Eva Lindholm <eva.lindholm@example.com>", "Re: Erasure request – second notice (client: M. Rahman)",
  """Dear Sir or Madam,

We act for Ms Mira Rahman (authorisation enclosed). On 14 September 2026 our client asked you under Article 17 GDPR to erase all personal data concerning her and her son, including the photographs taken at Vaasa daycare centre Pikku-Karhu in 2025. To date no confirmation has been received.

We therefore request, once more, that you erase the data without further delay and confirm the erasure to us in writing, stating which data, if any, you retain under a legal obligation and for how long.

If we do not receive confirmation within 14 days of this letter, our client will lodge a complaint with the Office of the Data Protection Ombudsman.

Yours faithfully,

Eva Lindholm
Associate
Lindholm & Berg Attorneys Ltd""")

E("en", "", False, "near-miss: job application",
  "Priya Nair <priya.nair@example.com>", "Application – retoucher / assistant",
  """Hello,

I'm a photographer and retoucher who recently moved to Vaasa with my husband. I saw your post about seasonal staff for the school photography season and would like to apply. I have 5 years' experience in studio portraits and batch retouching (Lightroom, Capture One). I'm learning Finnish and Swedish.

CV and portfolio link attached.

Kind regards,
Priya Nair""")

E("en", "marketing_opt_out", False, "STOP",
  "Ryan Foster <ryan.foster@example.com>", "Re: 48h flash sale – canvas prints 50% off",
  """STOP""")

E("en", "", True, "customer satisfaction survey, no header",
  "Zoomi feedback <survey@example.com>", "How did we do? Rate your passport photo visit",
  """Hi Ahmed,

Thanks for visiting Zoomi Vaasa on 27 October. How likely are you to recommend us to a friend?

0  1  2  3  4  5  6  7  8  9  10

Click a number to answer. It takes less than a minute.

This survey is sent automatically after each visit. Powered by FeedbackLoop.
To stop receiving surveys, manage your preferences here.""")

E("en", "objection", False, "objects to Google Analytics tracking",
  "Nina Hoffmann <nina.hoffmann@example.com>", "Analytics",
  """Hi,

I do not want my browsing on your web shop tracked by Google Analytics. I object to this processing of my data, please stop it for my account and devices.

Nina Hoffmann""")

E("en", "access+portability", False, "copy of data plus Art. 20 machine-readable transfer",
  "James O'Connor <james.oconnor@example.com>", "Access and portability request",
  """Hello,

I'd like a copy of all the personal data you hold about me (Art. 15). In addition, under Article 20, please provide the data I have given you in a structured, commonly used and machine-readable format so that I can transfer it to another photo service.

Best,
James O'Connor
Vaasa""")
