from parts.common import E

E("sv", "access", False, "short Finland-Swedish, what do you have on me, no åäö",
  "Mats Backman <mats.backman@example.fi>", "fraga",
  """hej vad har ni sparat om mej? har bestallt passfoton hos er nan gang. mats backman, vasa""")

E("sv", "erasure", False, "guardian wants child's photo off Facebook",
  "Jessica Kronqvist <jessica.kronqvist@example.fi>", "Bilden på min dotter",
  """Hej!

Ni har lagt ut en bild från dagisfotograferingen på Facebook där man tydligt ser min dotter Alva. Vi har aldrig gett lov till det. Ta ner bilden så fort som möjligt, tack.

Jessica Kronqvist
Korsholm""")

E("sv", "restriction", False, "keep records, I need them for a dispute with former partner",
  "Tobias Enlund <tobias.enlund@example.fi>", "Radera inte",
  """Hej,

Jag har förstått att barnens mamma har begärt att ni ska radera alla uppgifter om våra barn. Vi har en pågående tvist i tingsrätten om vårdnaden. Jag ber er att inte radera något om barnen (Oskar och Ella Enlund) innan tvisten är avgjord, men att inte heller använda uppgifterna till något annat under tiden.

Tobias Enlund
040 123 4567""")

E("sv", "portability", False, "export data in machine-readable format",
  "Ida Lundberg <ida.lundberg@example.se>", "Dataportabilitet",
  """Hej,

Jag har ett konto i er webbutik sedan 2019. Jag vill utnyttja min rätt till dataportabilitet och få ut de uppgifter jag själv har lämnat – kontouppgifter, beställningar och uppladdade bilder – i ett maskinläsbart format, t.ex. CSV och JSON plus originalfilerna.

Vänliga hälsningar
Ida Lundberg
Stockholm""")

E("sv", "", True, "Slotti booking reminder in Swedish",
  "Slotti <noreply@slotti.example.com>", "Påminnelse: din tid imorgon",
  """Hej Sara,

påminnelse om din bokning:
Tjänst: Familjefotografering 30 min
Tid: lör 28.11.2026 kl. 11:00
Plats: Zoomi Kuvakaupat, Vasa centrum

Avboka eller ändra: https://slotti.example.com/v/K2P9Z
Detta är ett automatiskt meddelande.""")

E("sv", "marketing_opt_out", False, "stop SMS ads",
  "Rolf Fagerström <rolf.fagerstrom@example.fi>", "SMS",
  """Sluta skicka reklam-sms till mig. Numret är 040 123 4567. Jag har aldrig bett om dem.
Rolf""")

E("sv", "access+marketing_opt_out", False, "where did you get son's address + objects to profiling for campaigns (Art 21(2))",
  "Camilla Nordman <camilla.nordman@example.fi>", "Varifrån har ni min adress?",
  """Hej,

Jag fick ett brev från er om ”konfirmationsfotografering 2027” adresserat till min son, som fyller 15 nästa år. Varifrån har ni fått hans namn och vår adress, och vilka uppgifter har ni om honom?

Jag motsätter mig dessutom att ni använder uppgifter om honom för att sammanställa målgrupper för era kampanjer.

Camilla Nordman""")

E("sv", "", False, "order question: where is my order",
  "Jonas Björklund <jonas.bjorklund@example.fi>", "Var är min beställning?",
  """Hej, jag beställde en kalender 2.11 och den har inte kommit. Ordernummer 90991. Kan ni kolla?
Jonas""")

E("sv", "complaint+erasure", False, "you break GDPR, will report to IMY if not deleted; Sweden resident",
  "Karin Holmgren <karin.holmgren@example.se>", "Begäran om radering – andra gången",
  """Hej,

Den 14 augusti bad jag er radera mina personuppgifter. Jag har fortfarande inte fått något svar och i förra veckan kom ännu ett erbjudande från er. Ni bryter mot GDPR.

Radera mina uppgifter nu. Om jag inte får en bekräftelse inom 14 dagar kommer jag att anmäla er till Integritetsskyddsmyndigheten.

Karin Holmgren
Göteborg""")

E("sv", "rectification", False, "new address",
  "Birgitta Strömberg <birgitta.stromberg@example.fi>", "Ny adress",
  """Hej,
vi har flyttat till Smedsby. Ny adress: Tallvägen 7, 65610 Korsholm. Uppdatera gärna mina kontaktuppgifter så att skolfotobreven kommer rätt i fortsättningen.
Hälsningar Birgitta Strömberg""")

E("sv", "", False, "employee of client org asks for invoice to cost centre",
  "Anders Ekman, Vasa stad <anders.ekman@example.fi>", "Faktura personalfoton",
  """Hej,

Fakturan för personalfotograferingen (bildningsväsendet) ska ha kostnadsställe 4410 och vår referens AE-2026-77. Kan ni skicka en ny faktura med de uppgifterna? Beloppet stämmer.

Med vänlig hälsning
Anders Ekman
Ekonomiplanerare, Vasa stad""")

E("sv", "erasure+objection", False, "staff photo on Zoomi's own site: remove + stop using",
  "Emma Ahlskog <emma.ahlskog@example.fi>", "Min bild på er hemsida",
  """Hej,

Ni fotograferade personalen på vår tandläkarmottagning i våras. Min bild finns nu på er hemsida under ”Företagsfotografering”. Jag har bara godkänt att bilden används av min arbetsgivare. Jag motsätter mig att ni använder bilden i er egen marknadsföring. Ta bort den från hemsidan.

Emma Ahlskog
tandhygienist""")

E("sv", "", True, "bounce in Swedish",
  "Mail Delivery Subsystem <mailer-daemon@mail.example.se>", "Returnerat e-brev: Höstens familjefotografering",
  """Det här meddelandet kunde inte levereras till en eller flera mottagare.

  peter.dahl@example.se
  Orsak: 552 Brevlådan är full

Originalmeddelandets rubriker:
From: Zoomi Kuvakaupat <uutiskirje@example.fi>
Subject: Höstens familjefotografering
List-Unsubscribe: <https://kauppa.example.fi/u/99ab>""")

E("sv", "access", False, "long rambling elderly Finland-Swedish with access request inside",
  "Ragnar Lassfolk <ragnar.lassfolk@example.fi>", "Angående mina uppgifter",
  """Bästa mottagare,

Jag är en man på 79 år och bor i Pörtom. Jag har under många år varit kund hos er, först hos den gamla fotoaffären på Handelsesplanaden som ni sedan köpte, och jag minns att fotografen Berndt alltid hade en kaffekopp på disken. Min hustru Gunvor och jag tog våra bröllopsfoton där 1971 och sedan alla barnens konfirmationsbilder. Gunvor gick bort för två år sedan.

Nu har mitt barnbarn berättat att företag måste berätta vad de har sparat om en. Jag skulle därför vilja veta vilka uppgifter ni har om mig, och om det finns något kvar om Gunvor också. Jag har ingen dator själv, men barnbarnet Tim hjälper mig att läsa svaret på den här adressen.

Med vänlig hälsning
Ragnar Lassfolk""")

E("sv", "marketing_opt_out", False, "one liner avprenumerera",
  "julia.k <julia.kull@example.fi>", "avprenumerera",
  """avprenumerera mej tack""")

E("sv", "rectification+access", False, "wrong phone and email, and what else is wrong",
  "Henrik Söderberg <henrik.soderberg@example.fi>", "Fel kontaktuppgifter",
  """Hej

Ni har ett gammalt telefonnummer och en e-postadress som jag inte längre använder. Rätta till: 040 765 4321 och henrik.soderberg@example.fi. Skicka också en kopia av alla uppgifter ni har om mig så att jag kan se om något annat är fel.

Henrik""")

E("sv", "", False, "asks to order extra copies of class photo",
  "Malin Berglund <malin.berglund@example.fi>", "Kopia av skolfotot",
  """Hej, kan jag beställa en kopia av bilden på Ebba (kod S3-77812) i storlek 20x30? Mormor vill ha en.
Malin""")

E("sv", "objection", False, "objects to analytics cookies/Google Analytics",
  "Fredrik Wikman <fredrik.wikman@example.fi>", "Google Analytics",
  """Hej,

Er webbshop skickar data till Google Analytics även när man har nekat statistikkakor. Jag motsätter mig att mina uppgifter behandlas för statistik och analys och vill att ni slutar med det för mitt konto (fredrik.wikman).

Fredrik Wikman""")

E("sv", "", False, "public records request (allmän handling) sent to wrong place",
  "Lotta Häggblom <lotta.haggblom@example.fi>", "Begäran om allmän handling",
  """Hej,

Jag begär att få ta del av avtalet mellan Vasa stad och er om skolfotografering läsåret 2026–2027 som allmän handling. Om ni inte är rätt mottagare, vänligen vidarebefordra.

Lotta Häggblom
journalist, Vasabladet""")

E("sv", "complaint", False, "formal complaint to Dataombudsmannen with Zoomi copied",
  "Johan Kull <johan.kull@example.fi>", "Klagomål till Dataombudsmannen – Zoomi Kuvakaupat Oy",
  """Till Dataombudsmannens byrå
Kopia: Zoomi Kuvakaupat Oy

Jag lämnar härmed in ett klagomål enligt artikel 77 i dataskyddsförordningen. Jag begärde den 2 juli 2026 ett registerutdrag av Zoomi Kuvakaupat Oy och har trots två påminnelser inte fått något svar.

Bilagor: mejlkorrespondens 2.7, 5.8 och 9.9.2026

Johan Kull
Kristinestad""",
  to="Dataombudsmannens byrå <registratur@example.test>")

E("sv", "erasure+marketing_opt_out", False, "remove from list and delete account",
  "Sanna Rönnqvist <sanna.ronnqvist@example.fi>", "Ta bort mig",
  """Hej!

Ta bort mig från utskickslistan och radera mitt konto i webbutiken. Jag använder en annan tjänst numera.

Sanna""")

E("sv", "", True, "newsletter in Swedish",
  "Zoomi Kuvakaupat <uutiskirje@example.fi>", "Julens fotopresenter – 25 % rabatt",
  """Hej!

Gör en egen kalender, muggar och julkort med dina egna bilder – nu 25 % rabatt med koden JUL26.
Beställ senast 14.12 för leverans före jul.

https://kauppa.example.fi/sv/jul

—
Du får detta mejl eftersom du prenumererar på Zoomis nyhetsbrev. Avsluta prenumerationen: https://kauppa.example.fi/u/7e1f""",
  hdrs={"List-Unsubscribe": "<https://kauppa.example.fi/u/7e1f>", "Precedence": "bulk"})

E("sv", "portability+access", False, "copy and direct transfer to another studio",
  "Petra Holmberg <petra.holmberg@example.fi>", "Överföring av mina uppgifter",
  """Hej,

Jag byter till Fotostudio Ljus i Jakobstad. Kan ni överföra mina kunduppgifter och mina uppladdade bilder direkt till dem i ett elektroniskt format (kontakt: kund@ljus.example.fi)? Skicka också en kopia till mig av vad ni har om mig.

Petra Holmberg""")

E("sv", "restriction", False, "contest accuracy, pause processing",
  "Niklas Åkerlund <niklas.akerlund@example.fi>", "Felaktiga uppgifter – begränsning",
  """Hej,

Enligt er har jag beställt fotograferingar 2024 och 2025 men det stämmer inte, det måste vara någon annan med samma namn. Jag bestrider att uppgifterna är korrekta. Begränsa behandlingen av uppgifterna tills ni har utrett saken, och skicka inga påminnelser under tiden.

Niklas Åkerlund
Malax""")

E("sv", "", False, "asks about photographing permission forms for daycare; client org employee",
  "Daghemmet Solrosen / Pia Nyberg <pia.nyberg@example.fi>", "Fotograferingstillstånd",
  """Hej!
Har ni en färdig blankett för fotograferingstillstånd på svenska som vi kan dela ut till föräldrarna? Den finska versionen kom redan. Fotografering 3.12.
Pia Nyberg, föreståndare""")

E("sv", "erasure", False, "teenager wants own old photos deleted, slangy",
  "Wilma <wilma.backlund@example.fi>", "mina bilder",
  """hej!! jag e 17 och vill att ni raderar alla mina skolfoton från er server och alla uppgifter om mej. jag vill int att de finns kvar nånstans. wilma backlund, vasa övningsskola""")

E("sv", "", True, "one-time login code Swedish",
  "Zoomi Webbutik <no-reply@example.fi>", "Din inloggningskod",
  """Din inloggningskod till Zoomi webbutik är 309 117.
Koden gäller i 10 minuter. Om du inte försökte logga in kan du ignorera detta meddelande.""")

E("sv", "access+restriction", False, "why handed to inkasso, what sent, pause collection",
  "Marianne Byskata <marianne.byskata@example.fi>", "Varför har mina uppgifter lämnats till inkasso?",
  """Hej,

Varför har ni lämnat mina uppgifter till inkasso? Jag har aldrig fått någon faktura, bara ett inkassobrev. Jag vill veta exakt vilka uppgifter om mig som skickats till OK-perintä och när. Tills detta är utrett ska uppgifterna inte användas för indrivning.

Marianne Byskata""")

E("sv", "", False, "thanks, asks nothing; reply to closed case",
  "Stefan Nylund <stefan.nylund@example.fi>", "Sv: Er begäran om registerutdrag",
  """Tack, jag har fått utdraget och allt ser bra ut. Inget mer behövs från min sida.

Stefan

> Hej Stefan, bifogat finner du registerutdraget ...""")

E("sv", "marketing_opt_out", False, "no phone sales",
  "Gun-Britt Sjöberg <gunbritt.sjoberg@example.fi>", "Telefonförsäljning",
  """Goddag,
ring inte mig mera och erbjud fotograferingar. Jag är 88 år och vill inte ha sådana samtal. Jag förbjuder direktmarknadsföring till mig.
Gun-Britt Sjöberg, Vörå""")
