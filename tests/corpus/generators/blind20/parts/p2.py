from parts.common import E

E("sv", "access", False, "access copy asked as PDF and CSV (delivery format only, not portability)",
  "Nina Westerlund <nina.westerlund@example.fi>", "Mina uppgifter",
  """Hej,

Jag skulle vilja veta vilka personuppgifter ni har om mig. Skicka gärna en kopia som PDF och dessutom som CSV, så att jag lättare kan gå igenom beställningarna i Excel.

Tack,
Nina Westerlund
Vasa""")

E("sv", "restriction", False, "asks them not to delete booking history, needs it as evidence in a dispute",
  "Jessica Rönnqvist <jessica.ronnqvist@example.fi>", "Viktigt – radera inte",
  """Hej!

Jag har en pågående tvist med min tidigare arbetsgivare om när jag faktiskt var i tjänst i våras. Jag bokade personalfotot hos er via Slotti den 6.4 och var där på arbetstid.

Snälla radera inte mina bokningsuppgifter eller fakturan som gick till arbetsgivaren, även om det kommer en begäran från dem eller om er normala lagringstid går ut. Jag behöver uppgifterna som bevis tills tvisten är avgjord (troligen våren 2027). Ni behöver inte använda dem till något annat.

Tacksam för bekräftelse.
Jessica Rönnqvist
050 234 5678""")

E("sv", "marketing_opt_out+complaint", False, "still getting marketing after unsubscribing, says they break GDPR",
  "Mats Byskata <mats.byskata@example.fi>", "FORTFARANDE reklam",
  """Jag avregistrerade mig från ert nyhetsbrev i augusti och har sedan dess fått fem nya mejl. Ni bryter mot GDPR. Sluta skicka reklam till mig, NU.

Mats""")

E("sv", "", True, "read receipt in Swedish",
  "Birgitta Lönnqvist <birgitta.lonnqvist@example.fi>", "Läst: Svar på din begäran om registerutdrag",
  """Ditt meddelande

  Till: Birgitta Lönnqvist
  Ämne: Svar på din begäran om registerutdrag
  Skickat: den 3 november 2026 10:41

lästes den 3 november 2026 12:07.""",
  hdrs={"Content-Class": "urn:content-classes:MDN"})

E("sv", "", False, "asks whether the privacy notice exists in Swedish; no DSR",
  "Christer Sundell <christer.sundell@example.fi>", "Dataskyddsbeskrivning på svenska?",
  """Hej,

Jag försökte läsa er dataskyddsbeskrivning (Asiakasrekisteri) på webben men hittar den bara på finska. Som tvåspråkigt företag i Vasa borde ni väl ha den på svenska också? Min finska räcker inte riktigt till juridisk text.

Finns det en svensk version någonstans?

Hälsningar
Christer Sundell
Smedsby""")

E("sv", "objection", False, "objects to data being handed to debt collection, particular situation",
  "Jari Kangasniemi <jari.kangasniemi@example.fi>", "Inkasso",
  """Hej,

Jag har kommit överens med er kundtjänst (Heidi, per telefon 28.10) om en avbetalningsplan för fakturan på klassfotona och har betalat första raten. Ändå fick jag i dag ett brev om att ärendet kan överlämnas till OK-perintä.

Jag motsätter mig att ni lämnar ut mina uppgifter till inkassobolaget. Jag är sjukskriven och ett inkassoärende skulle ställa till det för mig med banken. Betalningarna sköts enligt planen.

Jari Kangasniemi""")

E("sv", "rectification", False, "Swedish phone number wrong in register",
  "Elin Håkansson <elin.hakansson@example.se>", "Fel telefonnummer",
  """Hej! Ni har fel telefonnummer till mig, sms:en om min beställning går till någon annan (hon hörde av sig till mig på Facebook, pinsamt). Rätt nummer är 070-123 45 67. /Elin Håkansson, Göteborg""")

E("sv", "erasure", False, "chatty Kristinestad dad wants kids' photos deleted from server",
  "Patrik Grönlund <patrik.gronlund@example.fi>", "skolfoton",
  """Tjenare!

Frugan och jag har pratat om det här med alla bilder som ligger på nätet. Ni har ju bilder på våra tre ungar från skolfotograferingarna på Kristinestads skola sen 2018 på er server/i er webbshop. Vi har beställt det vi vill ha. Kan ni radera alla bilder på dem från era system? Linus (2012), Ella (2015), Vincent (2018).

Vi är båda överens om det så det är ingen fara på taket :)

mvh Patrik
ps. om ni behöver fotokoden har jag kvar lapparna från i år""")

E("sv", "access", False, "got SMS without being a customer; what do you have on me",
  "Fredrik Nordling <fredrik.nordling@example.fi>", "Varifrån har ni mitt nummer?",
  """Hej,

Jag fick ett SMS från "Zoomi" om julkort igår. Jag har aldrig varit kund hos er. Vad har ni sparat om mig och varifrån har ni fått mitt telefonnummer?

Fredrik""")

E("sv", "", False, "cancel booking via wrong address - near-miss",
  "Ulla-Britt Kronqvist <ub.kronqvist@example.fi>", "Avboka",
  """Hej. Jag måste tyvärr avboka min tid för familjefotografering på lördag 14.11 kl 11. Min man är sjuk. Kan vi boka en ny tid i december? Jag hittade inte hur man gör på sidan.
Ulla-Britt Kronqvist""")

E("sv", "", False, "consumer complaint about print quality (reklamation), no DSR",
  "Kenneth Storbacka <kenneth.storbacka@example.fi>", "Reklamation fotobok",
  """Hej,

Fotoboken jag beställde (order 88412) kom i dag och flera sidor är helt gröna i tonen, bilderna på barnen ser ut som om de är sjuka. Dessutom är ryggen sned. Jag vill reklamera och få en ny tryckt eller pengarna tillbaka.

Bifogar foton på sidorna.

Kenneth Storbacka""")

E("sv", "access+portability", False, "registerutdrag plus the data he provided in machine-readable form for transfer",
  "Anders Lindholm <anders.lindholm@example.se>", "Begäran om tillgång och dataportabilitet",
  """Hej,

Jag begär härmed

1) ett registerutdrag med samtliga personuppgifter ni behandlar om mig, och
2) att ni överlämnar de uppgifter jag själv har lämnat till er (kontouppgifter, adressbok för julkortsutskick, uppladdade bilder) i ett strukturerat, allmänt använt och maskinläsbart format enligt artikel 20 GDPR, så att jag kan föra över dem till en annan leverantör.

Mitt kundnummer är 401-22871.

Vänliga hälsningar
Anders Lindholm
Stockholm""")

E("sv", "restriction", False, "staff member asks to pause use of her photo until she and employer sort out consent",
  "Sara Kock <sara.kock@example.fi>", "Personalbilden",
  """Hej,

Jag slutade på Pensionärshemmet Solgården i september men min personalbild ligger fortfarande ute på deras hemsida och nu har jag sett att den också finns i en annons. Jag håller på att reda ut med dem om jag någonsin har godkänt det.

Kan ni pausa all användning av bilden från er sida och inte skicka den vidare till någon, tills vi har fått klarhet? Jag vill inte att den raderas än, jag kanske behöver visa vilken bild det var.

Sara Kock""")

E("sv", "erasure+access", False, "short mixed: delete me but first tell me what you had; Finland-Swede",
  "Dennis Haga <dennis.haga@example.fi>", "radera",
  """moi, vill att ni raderar mej ur ert kundregister. men skicka först vad ni har sparat, vill se det. tack, Dennis""")

E("fi", "erasure", False, "spoken Finnish, no umlauts, delete my data",
  "Niko Lahtinen <niko.lahtinen@example.fi>", "tietojen poisto",
  """moro

poistakaa mun tiedot teidan asiakasrekisterista, en oo tilannu mitaan pariin vuoteen eika oo tarvetta. kiitti

-niko""")

E("fi", "objection", False, "objects to Google Analytics use",
  "Hanna-Leena Peltola <hl.peltola@example.fi>", "Google Analytics",
  """Hei,

Huomasin että verkkokauppanne käyttää Google Analyticsia. Vastustan tietojeni käsittelyä analytiikkatarkoituksiin oikeutetun edun perusteella. En halua, että selailuani seurataan ja tietoja lähetetään Googlelle.

Ystävällisin terveisin
Hanna-Leena Peltola""")

E("fi", "portability", False, "wants photos and order history moved to another service in JSON",
  "Juho Rantanen <juho.rantanen@example.fi>", "Tietojen siirto toiseen palveluun",
  """Moi,

Siirrän valokuvien säilytyksen ja kuvakirjat toiseen palveluun. Saisinko kaikki teille lataamani kuvat ja tilaushistoriani koneluettavassa muodossa (esim. JSON tai CSV + kuvat zip-pakettina), jotta voin siirtää ne sinne? Jos voitte lähettää ne suoraan uudelle palveluntarjoajalle, sekin käy.

Juho Rantanen
Seinäjoki""")

E("fi", "", False, "where is my order; near-miss",
  "Päivi Honkala <paivi.honkala@example.fi>", "Tilaus",
  """Hei, missä tilaukseni on? Tilasin koulukuvat 2.11 ja maksoin heti, mutta mitään ei ole tullut. Tilausnumero 88103. T. Päivi""")

E("fi", "", True, "Slotti reminder in Finnish",
  "Slotti <no-reply@slotti.example.com>", "Muistutus: Perhekuvaus huomenna klo 10:00",
  """Hei Laura Nieminen,

Muistutamme varauksestasi:

Palvelu: Perhekuvaus (60 min)
Aika: lauantai 21.11. klo 10:00
Paikka: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa

Voit perua tai siirtää varauksen viimeistään 24 tuntia ennen: https://slotti.example.com/m/A81K-33PQ

Tämä on automaattinen viesti.""")

E("fi", "complaint", False, "says he has filed complaint with DPA, copy to company",
  "Ville Hakala <ville.hakala@example.fi>", "Kantelu tietosuojavaltuutetulle / Zoomi Kuvakaupat Oy",
  """Tietosuojavaltuutetun toimistolle (tiedoksi Zoomi Kuvakaupat Oy)

Teen kantelun Zoomi Kuvakaupat Oy:n toiminnasta. Pyysin 3.8.2026 yhtiöltä tietojeni poistamista ja sain vastauksen, jonka mukaan tiedot on poistettu. Lokakuussa sain silti yhtiöltä markkinointiviestin ja laskun vanhasta tilauksesta, jossa oli uusi osoitteeni, jota en ole koskaan heille antanut.

Pyydän tietosuojavaltuutettua selvittämään, onko tietoni todella poistettu ja mistä yhtiö on saanut uuden osoitteeni.

Liitteet: poistopyyntö 3.8., yhtiön vastaus 19.8., markkinointiviesti 12.10.

Ville Hakala
Koskenkorvantie 8, 61600 Jalasjärvi
p. 040 345 6789""",
  to="Tietosuojavaltuutetun toimisto <kirjaamo@example.fi>, tietosuoja@example.fi")

E("fi", "marketing_opt_out", False, "older man, formal 'suoramarkkinointikielto'",
  "Erkki Vuorela <erkki.vuorela@example.fi>", "Suoramarkkinointikielto",
  """Arvoisa vastaanottaja

Ilmoitan täten suoramarkkinointikiellon. En halua vastaanottaa yhtiöltänne minkäänlaista markkinointia postitse, sähköpostitse enkä puhelimitse.

Kunnioittavasti
Erkki Vuorela
Isokyrö""")

E("fi", "access", False, "father asks what data the school gave them about his child",
  "Tommi Aaltonen <tommi.aaltonen@example.fi>", "Lapseni tiedot",
  """Hei,

Poikani Aaro Aaltonen on Vaasan Onkilahden koulun 5B-luokalla. Mitä tietoja olette saaneet hänestä koululta (nimi, luokka, syntymäaika, huoltajan tiedot?) ja mitä kaikkea teillä on hänestä tallessa? Haluaisin nähdä ne.

Tommi Aaltonen
040 456 7890""")

E("fi", "", False, "public-records request mistakenly to company; near-miss",
  "Eveliina Mustonen <eveliina.mustonen@example.fi>", "Tietopyyntö julkisuuslain nojalla",
  """Hei,

Pyydän julkisuuslain (621/1999) 13 §:n nojalla nähtäväkseni Vaasan kaupungin ja Zoomi Kuvakaupat Oy:n välisen koulukuvaussopimuksen vuosille 2025–2027 sekä siihen liittyvät tarjousasiakirjat.

Toimittakaa asiakirjat sähköisesti tähän osoitteeseen.

Eveliina Mustonen
toimittaja, Pohjalainen-lehti (freelance)""")

E("en", "portability", False, "Art 20 request, transmit directly to new provider",
  "Priya Raman <priya.raman@example.com>", "Data portability request (Article 20)",
  """Hello,

I'm moving my photo book projects to another print service. Under Article 20 GDPR, please transmit the personal data I have provided to you (account details, address book, uploaded photos and saved book projects) in a structured, commonly used and machine-readable format directly to the new provider, PrintHouse Nordic (dataimport@printhouse.example.com). If direct transfer isn't technically feasible, please send the export to me instead.

Thanks,
Priya Raman""")

E("en", "", True, "Google Analytics data retention notice (automated)",
  "Google Analytics <analytics-noreply@example.com>", "[Action required] Review your data retention settings for zoomi.example.fi",
  """Google Analytics

Hello,

We're writing to remind you that the data retention setting for your property zoomi.example.fi (G-XXXXXXX) is currently set to 14 months. Event-level data older than this will be deleted automatically.

Review settings: https://analytics.example.com/admin/retention

You are receiving this email because you are an administrator of this property.
© Google LLC""")

E("en", "objection", False, "objects to legitimate-interest processing, particular situation (stalker)",
  "Laura Jensen <laura.jensen@example.com>", "Objection to processing",
  """Hello,

I have a restraining order against a former partner who has previously located me through online services. I am a customer of yours (family photos last spring) and I have noticed that your customer-relationship mailings and your analytics use my details on the basis of your legitimate interest.

I object, on grounds relating to my particular situation, to any processing of my personal data that is not strictly necessary to deliver what I have ordered. Please confirm what you will stop.

Laura Jensen""")

E("en", "marketing_opt_out", False, "chatty no more offers",
  "Tom Riley <tom.riley@example.com>", "offers",
  """Hey guys, love the photos you took of our wedding but honestly 3 offer emails a week is too much :) please no more offers/marketing to this address. cheers, Tom""")

E("en", "", False, "vendor pitch for GDPR compliance software; legal-sounding, asks nothing",
  "Mark Steiner <mark.steiner@example.com>", "Are you ready for your next DSAR?",
  """Hi Privacy Team,

Did you know that under Article 12 GDPR you must respond to every data subject access request within one month, and that fines can reach 4% of annual turnover?

ComplyFlow automates DSAR intake, identity verification and redaction, so your team can respond in days, not weeks. Companies like yours cut handling time by 70%.

Would you have 15 minutes next week for a quick demo?

Best,
Mark Steiner
Account Executive, ComplyFlow""")

E("en", "access", False, "one-liner where did you get my email",
  "Ben Carter <ben.carter@example.com>", "where did you get my email?",
  """Where did you get my email address? I've never bought anything from you.""")

E("en", "restriction", False, "lawyer's preservation notice for a client in a dispute",
  "Attorney Helena Mäkinen <helena.makinen@lawfirm.example.fi>", "Preservation notice – client Aleksi Korpela",
  """Dear Zoomi Kuvakaupat Oy,

This firm represents Mr Aleksi Korpela (power of attorney attached) in a dispute with his former employer, Kiinteistö Oy Vaasan Torni, concerning the use of his staff portrait taken by your studio in 2024.

We hereby ask you to preserve all records relating to Mr Korpela, including the original image files, the order and delivery records, and any correspondence with the employer concerning the photo, and to refrain from deleting or altering them until the dispute has been resolved. Please do not process these records for any other purpose in the meantime.

Kind regards,
Helena Mäkinen
Attorney-at-law""")
