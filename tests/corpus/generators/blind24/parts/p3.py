from parts.common import E

E("sv", "objection", False, "formal sv objection to photo in brochure, no removal asked",
  "Gunilla Kronqvist <gunilla.kronqvist@example.fi>", "Användning av min bild i er broschyr",
  """Bästa Zoomi Kuvakaupat,

Jag har sett att en porträttbild av mig finns med i er nya broschyr för personalfotografering. Jag motsätter mig att min bild används i er marknadsföring i fortsättningen, även i kommande upplagor och på nätet.

De broschyrer som redan är tryckta kan ni dela ut, men bilden får inte användas igen.

Med vänlig hälsning
Gunilla Kronqvist""")

E("fi", "", False, "sosiaalitoimi asks for address of client - authority near miss",
  "Vaasan kaupunki, lastensuojelu <lastensuojelu@example.fi>", "Lastensuojelulain 25 §:n mukainen tietojensaanti",
  """Zoomi Kuvakaupat Oy

Vaasan kaupungin lastensuojelu pyytää lastensuojelulain 41 §:n nojalla salassapitosäännösten estämättä tiedot asiakkaanne Minna Laaksosen (s. 1990) yhteystiedoista (osoite ja puhelinnumero), jotka ovat tallentuneet asiakasrekisteriinne syksyn 2026 kuvausvarauksen yhteydessä.

Tiedot pyydetään toimittamaan suojattuna sähköpostina allekirjoittaneelle.

Sosiaalityöntekijä Anu Rajala
Vaasan kaupunki, lastensuojelu""")

E("en", "access", False, "journalist personally asks for own data, mentions Art 15(3) copy",
  "Fiona MacLeod <fiona.macleod@example.com>", "Subject Access Request",
  """Hello,

Please treat this e-mail as a subject access request under Article 15 of the UK and EU GDPR.

I had my passport photo taken in your Vaasa store in August 2026 while working in Finland. I would like to know what data you keep from that visit, whether the photo is still stored by you after it was sent to the police server, and for how long.

A copy in electronic form is fine.

Thanks,
Fiona MacLeod""")

E("fi", "marketing_opt_out+objection", False, "formal: ban marketing and object to profiling/business development",
  "Eero Saarinen <eero.saarinen@example.fi>", "Kielto ja vastustus",
  """Zoomi Kuvakaupat Oy

1) Kiellän tietojeni käytön suoramarkkinointiin (tekstiviestit, sähköposti, kirjeet).
2) Vastustan myös tietojeni käyttöä yhtiön liiketoiminnan kehittämiseen ja asiakasanalyyseihin.

Pyydän vahvistusta sähköpostitse.

Eero Saarinen
Seinäjoki""")

E("en", "", True, "survey invitation automated",
  "Zoomi Kuvakaupat Customer Feedback <palaute@example.fi>", "How was your visit? 2-minute survey",
  """Thank you for visiting Zoomi Kuvakaupat in Vaasa!

We'd love to hear how your passport photo session went. The survey takes about two minutes.

[Start the survey]

This invitation was sent automatically after your visit on 3 December 2026.""")

E("sv", "access+complaint", False, "formal: access request reminder, threatens IMY complaint (Swedish resident)",
  "Per-Olof Lindén <per-olof.linden@example.se>", "Påminnelse – begäran om registerutdrag",
  """Hej,

Jag begärde den 15 oktober 2026 ett registerutdrag enligt artikel 15 GDPR. Den tidsfrist på en månad som anges i artikel 12.3 har nu löpt ut utan att jag har fått något svar.

Om jag inte får utdraget inom en vecka kommer jag att anmäla er till Integritetsskyddsmyndigheten (IMY), som vidarebefordrar ärendet till den finska tillsynsmyndigheten.

Per-Olof Lindén
Umeå""")

E("fi", "", False, "asianajaja pyytää laskuerittelyä päämiehen riidassa - ei oikeuksia",
  "Asianajotoimisto Mäki & Co <toimisto@example.fi>", "Laskuriita / päämies Tapio Rinne",
  """Hyvä vastaanottaja,

Päämiehemme Tapio Rinne kiistää laskunne 2026-07733 määrän (389,00 €) sillä perusteella, että tilattuja suurennoksia ei ole toimitettu. Pyydämme toimittamaan erittelyn laskutetuista tuotteista sekä toimitustodistuksen.

Päämiehemme on valmis maksamaan riidattoman osuuden. Pyydämme keskeyttämään perinnän, kunnes asia on selvitetty.

Kunnioittavasti
Lauri Mäki
varatuomari""")

E("en", "rectification", False, "staff-photo subject asks to fix misspelt surname in name list",
  "Daniel Foster <daniel.foster@example.com>", "Incorrect details in your records",
  """Dear Sir/Madam,

I am writing with regard to the staff photo session at Botnia Marine Oy in October. The name list you hold and used for file naming records my surname as "Forster". The correct spelling is Foster.

Please correct this in your records and in the file names of the delivered images.

Kind regards,
Daniel Foster""")

E("fi", "erasure", False, "teacher in spoken Finnish wants her photo off the website",
  "Maija Hietala <maija.hietala@example.fi>", "Kuva teidän sivuilla",
  """Moi

Mun kuva on teidän nettisivuilla sivulla "Henkilökuvaus", siinä mä istun koulun kirjastossa. En halua et se on siellä, kun en enää työskentele siinä koulussa. Voisitteko ottaa sen pois?

Kiitos!
Maija Hietala
opettaja""")

E("sv", "", True, "Business Central payment reminder automated Swedish",
  "Zoomi Kuvakaupat Oy <faktura@example.fi>", "Betalningspåminnelse – faktura 2026-08551",
  """Bästa kund,

Enligt vår bokföring är faktura 2026-08551 (förfallodag 10.11.2026, 49,00 EUR) fortfarande obetald.

Vänligen betala fakturan inom 14 dagar. Om betalningen redan har gjorts kan du bortse från denna påminnelse.

Påminnelseavgift 5,00 EUR.

Detta är ett automatiskt meddelande.""")

E("en", "erasure+objection", False, "formal: delete, and cease processing",
  "Katarzyna Nowak <k.nowak@example.com>", "Erasure request and cessation of processing",
  """To Zoomi Kuvakaupat Oy,

I request that you erase all personal data concerning me in accordance with Article 17 GDPR and that you cease any further processing of my personal data with immediate effect.

My details: Katarzyna Nowak, customer since 2023, e-mail k.nowak@example.com, phone 045 678 9012.

Kind regards,
Katarzyna Nowak""")

E("fi", "access", False, "perintäasia: miksi annoitte tietoni perintään - formal",
  "Arto Leinonen <arto.leinonen@example.fi>", "Tietojeni luovuttaminen perintätoimistolle",
  """Hyvä Zoomi Kuvakaupat Oy

Sain OK-perinnältä perintäkirjeen laskusta, jota en ole koskaan saanut. Pyydän selvitystä siitä, mitä tietoja minusta on luovutettu OK-perinnälle, milloin ja millä perusteella, sekä kopiota niistä tiedoista, jotka teillä on minusta tallennettuna.

Arto Leinonen
Vöyri""")

E("en", "", False, "DPA audit questionnaire from corporate client - near miss",
  "Compliance – Botnia Marine Oy <compliance@example.fi>", "Supplier privacy assessment 2027",
  """Dear Supplier,

As part of our annual supplier privacy assessment we kindly ask you to complete the attached questionnaire regarding your processing of our employees' personal data (staff photography).

Questions include: sub-processors, data location, retention periods, incident notification procedures and deletion at end of contract. Please also attach your current ISO 27001 certificate, if any.

Deadline: 31 January 2027.

Best regards,
Compliance Team
Botnia Marine Oy""")

E("sv", "erasure+marketing_opt_out", False, "formal daycare staff, casual sv, delete and no more newsletters",
  "Sofia Wikström <sofia.wikstrom@example.fi>", "Radera mina uppgifter",
  """Hej!

Jag vill att ni raderar mitt konto och mina uppgifter hos er. Jag vill inte heller få fler nyhetsbrev eller erbjudanden från er.

Tack,
Sofia Wikström
Skickat från min iPhone""")

E("fi", "complaint", False, "shop-window wedding photo; says GDPR breach and will complain; asks nothing else",
  "Leena Toivonen <leena.toivonen@example.fi>", "Huomautus tietosuoja-asetuksen rikkomisesta",
  """Zoomi Kuvakaupat Oy

Yhtiönne myymälän näyteikkunassa Hovioikeudenpuistikolla on esillä suurennos kuvasta, jossa olen entisen mieheni kanssa hääpäivänämme. Kuva on otettu liikkeessänne 2019. Kumpikaan meistä ei ole antanut lupaa kuvan käyttämiseen mainoksena.

Toimintanne on tietosuoja-asetuksen vastaista, ja teen asiasta valituksen tietosuojavaltuutetulle.

Leena Toivonen""")

E("en", "portability+access", False, "formal private: CSV export and access info",
  "Thomas Hargreaves <thomas.hargreaves@example.com>", "GDPR request: copy of data and export",
  """Dear Privacy Team,

Please provide:
(a) confirmation of whether you process my personal data, and a copy of it with the information required by Article 15(1);
(b) under Article 20, an export of the data I supplied to you (profile, addresses, uploaded photos, order history) in a machine-readable format, so that I can transfer it to another provider.

I have an account with this e-mail address.

Regards,
Thomas Hargreaves""")

E("fi", "", True, "Slotti cancellation confirmation Finnish",
  "Slotti <no-reply@example.com>", "Varauksesi on peruttu",
  """Hei Kaisa,

Varauksesi on peruttu.

Palvelu: Passikuva (aikuinen)
Paikka: Zoomi Kuvakaupat, Vaasa
Aika: to 10.12.2026 klo 15.40

Voit varata uuden ajan osoitteessa slotti.example.com/zoomi

Tämä on automaattinen viesti.""")

E("sv", "rectification", False, "formal: wrong birth year and address in account",
  "Lars-Erik Holm <lars-erik.holm@example.fi>", "Rättelse av personuppgifter",
  """Till Zoomi Kuvakaupat

Jag har noterat att mitt födelseår i ert kundkonto är angivet som 1965, vilket är fel (rätt är 1956), och att min adress fortfarande är Storgatan 5 i Jakobstad. Min nuvarande adress är Kyrkoesplanaden 22 B 4, 65100 Vasa.

Jag begär att dessa uppgifter rättas enligt artikel 16 i dataskyddsförordningen.

Lars-Erik Holm""")

E("fi", "restriction", False, "formal: contests accuracy of debt data, asks restriction while checked",
  "Kirsi Heikkinen <kirsi.heikkinen@example.fi>", "Käsittelyn rajoittaminen",
  """Hei

Kiistän perintään annetun laskun 2026-06002 tiedot, koska en ole tehnyt kyseistä tilausta (joku on käyttänyt nimeäni). Pyydän, että tietojeni käsittelyä rajoitetaan tietosuoja-asetuksen 18 artiklan mukaisesti siihen asti, kunnes olette tarkistaneet asian, ja ettei tietojani luovuteta eteenpäin tänä aikana.

Kirsi Heikkinen""")

E("en", "", False, "HR manager asks about re-shoot and deletion clause in contract - near miss",
  "HR Manager Oskar Lindblad <oskar.lindblad@example.fi>", "Contract renewal – staff portraits",
  """Hi,

We'd like to renew our staff portrait agreement for 2027. Before signing, our legal team has asked us to check two clauses: (1) the deletion of raw files 12 months after delivery and (2) the processing agreement annex referring to the old GDPR contact person. Could you send an updated draft?

Best,
Oskar Lindblad
HR Manager, Wärtsilä-Pohjanmaa Services""")

E("fi", "access", False, "formal, short",
  "Aulis Kangas <aulis.kangas@example.fi>", "Tarkastusoikeus",
  """Pyydän saada tarkastaa minusta asiakasrekisteriinne tallennetut tiedot.

Aulis Kangas
Kauhava
puh. 050 444 3322""")

E("sv", "", False, "daycare director asks about photo day schedule and consent forms - near miss",
  "Daghemmet Regnbågen <regnbagen.dagis@example.fi>", "Fotograferingsdag och samtyckesblanketter",
  """Hej,

Vi har fotografering den 15 januari. Skickar ni samtyckesblanketterna för vårdnadshavarna på samma sätt som i fjol, eller ska vi använda kommunens egen blankett? Kommunen har påpekat att vi ska kunna visa att vårdnadshavarna har informerats enligt dataskyddsförordningen.

Hälsningar
Eva Sandvik
föreståndare""")

E("en", "complaint", False, "formal: filed complaint with ICO and Finnish DPA; informs company",
  "Richard Ashdown <richard.ashdown@example.com>", "Notification of regulatory complaint",
  """Dear Sirs,

Please be advised that I have today submitted a complaint to the Office of the Data Protection Ombudsman in Finland concerning your handling of my personal data, specifically the disclosure of my home address to a third-party debt collector in respect of a debt I had already paid.

My complaint reference is TSV/2026/11284. I will co-operate fully with the Ombudsman's investigation.

Richard Ashdown""")

E("fi", "erasure+restriction", False, "wants deletion but first keep data of disputed invoice until resolved",
  "Marko Kinnunen <marko.kinnunen@example.fi>", "Tietojen poisto ja säilytys riidan ajan",
  """Hei,

Pyydän poistamaan asiakastilini ja markkinointiin liittyvät tiedot. Laskua 2026-05518 koskevat tiedot ja sähköpostit pyydän kuitenkin säilyttämään toistaiseksi ja olemaan poistamatta niitä, koska asia on vireillä kuluttajariitalautakunnassa ja tarvitsen ne näytöksi.

Marko Kinnunen""")

E("sv", "access", False, "formal sv short with personnummer question",
  "Ulla Forsman <ulla.forsman@example.fi>", "Vilka uppgifter har ni om mig?",
  """Hej,

Jag vill begära ut de personuppgifter ni har om mig. Har ni sparat min personbeteckning i samband med passfotograferingen i september?

Ulla Forsman
Närpes""")

E("fi", "", False, "verottaja/tax authority information request - near miss",
  "Verohallinto, Verotarkastus <verotarkastus@example.fi>", "Tietopyyntö verotusmenettelylain 19 §:n nojalla",
  """Zoomi Kuvakaupat Oy

Verohallinto pyytää verotusmenettelylain 19 §:n nojalla tiedot yhtiönne vuonna 2025 Vaasan Laulu ry:lle myymistä palveluista (laskut, maksut, maksupäivät).

Tiedot pyydetään toimittamaan OmaVeron kautta 8.1.2027 mennessä.

Ylitarkastaja Hannele Koski
Verohallinto""")

E("en", "", True, "newsletter from Zoomi itself with unsubscribe footer",
  "Zoomi Kuvakaupat <uutiset@example.fi>", "Christmas cards: 20% off until Sunday",
  """Make this Christmas personal!

Order photo Christmas cards from our online shop by Sunday 13 December and get 20% off.

Zoomi Kuvakaupat – Vasaratie 2 A, Vaasa

You are receiving this e-mail because you subscribed to our newsletter. Unsubscribe | Update your preferences""")

E("fi", "objection", False, "CEO of customer org objects to Zoomi using company staff photos for its marketing (own photo)",
  "Toimitusjohtaja Harri Lassila <harri.lassila@example.fi>", "Kuvani käyttö referenssinä",
  """Hyvä vastaanottaja

Yhtiönne on käyttänyt kuvaani referenssinä LinkedIn-markkinoinnissaan ("Pohjalaisen johdon kasvot"). En hyväksy tätä. Kuvaani ei saa enää käyttää yhtiönne markkinoinnissa.

Harri Lassila
toimitusjohtaja, Lassila Rakennus Oy""")

E("sv", "portability", False, "association member, formal, portability only, wants JSON sent to new provider",
  "Kenneth Sjöholm <kenneth.sjoholm@example.fi>", "Överföring av mina uppgifter",
  """Hej,

Jag önskar utöva min rätt till dataportabilitet enligt artikel 20 GDPR. Vänligen exportera de uppgifter och bilder jag själv har laddat upp till mitt konto i ett maskinläsbart format (t.ex. JSON + originalfiler) och skicka dem direkt till min nya leverantör, Fotofabriken Ab, på adressen import@example.se, om det är tekniskt möjligt. Annars kan ni skicka dem till mig.

Med vänliga hälsningar
Kenneth Sjöholm""")

E("fi", "complaint+erasure", False, "päiväkodin johtaja käyttäjänä: poista lapsen kuva FB:stä, muuten valitus",
  "Heli Järvinen <heli.jarvinen@example.fi>", "Lapseni kuva Facebook-sivullanne",
  """Hyvä vastaanottaja,

Facebook-sivullanne on 25.11. julkaistu kuva päiväkoti Tuulentuvan joulukuvauksesta, jossa tyttäreni (4 v.) on tunnistettavasti mukana. Huoltajana en ole antanut lupaa kuvan julkaisemiseen.

Vaadin, että kuva poistetaan välittömästi. Jos kuvaa ei ole poistettu 10.12. mennessä, teen asiasta ilmoituksen tietosuojavaltuutetun toimistolle.

Heli Järvinen""")
