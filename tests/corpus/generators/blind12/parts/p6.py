from parts.common import E

E("sv","access",False,"grandmother, long rambling, asks what stored about grandchildren (not guardian)","Ingrid Backholm <ingrid.backholm@example.fi>","Angående mina barnbarn",
"""Bästa Zoomi,

Jag är farmor till Vilma och Hugo Backholm som går i Kvevlax skola. Min son brukar beställa skolfotona, men i år fick jag själv ett mejl från er med länk till webbutiken, och det undrar jag över, för jag har aldrig gett er min e-postadress. Jag är inte så van vid datorer, min granne hjälper mig att skriva detta.

Jag skulle vilja veta vad ni har sparat om mig, och vad ni har om barnbarnen, och hur ni har fått min adress. Det känns konstigt att ett företag vet att jag är deras farmor.

Vänliga hälsningar
Ingrid Backholm
Kvevlax
""")

E("sv","erasure+complaint",False,"Swede in Sweden, mentions IMY, conditional threat","Oscar Lindgren <oscar.lindgren@example.se>","Radera mina uppgifter",
"""Hej,

Jag bodde i Vasa 2021–2023 och beställde några fotoböcker hos er. Nu bor jag i Göteborg och får fortfarande era erbjudanden. Jag vill att ni raderar mitt konto och alla mina personuppgifter. Gör ni inte det inom en månad kommer jag att anmäla er till IMY, eller vilken myndighet det nu är hos er i Finland.

Oscar Lindgren
""")

E("sv","",False,"club chairman asks how to share member list legally","Roger Sjöblom <roger.sjoblom@example.fi>","Medlemslista till lagfotograferingen",
"""Hej,

Jag är ordförande i Vasa Simsällskap. Vi ska ha lagfotografering hos er i februari. Får vi skicka er en lista med barnens namn och föräldrarnas e-postadresser, eller behöver vi fråga föräldrarna först? Vi vill göra rätt enligt GDPR.

Roger Sjöblom
""")

E("sv","",False,"asks how portability works after earlier request handled; no new request","Maja Rosenberg <maja.rosenberg@example.fi>","Fråga om dataportabilitet",
"""Hej,

Tack för registerutdraget ni skickade i oktober. En fråga bara: om jag senare vill flytta mina bilder till en annan tjänst, hur fungerar det? Kan ni skicka dem direkt dit eller får jag en fil? Jag behöver inte göra det nu.

Maja
""")

E("sv","",False,"debt dispute, mentions right of access but doesn't ask","Kenneth Ahlskog <kenneth.ahlskog@example.fi>","Jag bestrider fordran",
"""Hej,

Jag bestrider fakturan 20261455 som nu har skickats till OK-perintä. Fotograferingen av vår förening avbokades i augusti, det finns e-post om det. Jag vet att jag har rätt att få ett registerutdrag av er, men just nu vill jag bara att ni stoppar inkassoärendet och skickar en kreditnota.

Kenneth Ahlskog
kassör, Replot Ungdomsförening
""")

E("sv","",True,"bulk newsletter from trade association","Fotografförbundet <info@fotografforbundet.example.se>","Medlemsbrev december 2026",
"""Hej medlem!

I det här numret:
• Nya regler för passfoton i Sverige och Finland
• Årsmöte 12 mars
• Kurs: GDPR för fotografer – anmäl dig senast 15 januari

Du får detta brev som medlem. Avregistrera dig här.
""", hdrs={"Precedence":"bulk","List-Unsubscribe":"<https://fotografforbundet.example.se/avreg>"})

E("sv","",True,"shop shipping notification","Zoomi Webbutik <noreply@shop.example.fi>","Din beställning #559288 har skickats",
"""Hej!

Din beställning #559288 har skickats med Posti. Spårningsnummer: JJFI6543210987.

Beräknad leverans: 9.12.2026

Detta meddelande har skickats automatiskt.
""", hdrs={"Auto-Submitted":"auto-generated"})

E("sv","",False,"angry invoice dispute citing consumer law, not GDPR","Ulla Härmälä <ulla.harmala@example.fi>","Felaktig faktura – konsumentskyddslagen",
"""Ni har fakturerat mig två gånger för samma fotokalender (fakturor 20261501 och 20261502). Det här strider mot konsumentskyddslagen och jag tänker kontakta konsumentrådgivningen om ni inte krediterar den ena fakturan omedelbart.

Ulla Härmälä
""")

E("sv","",False,"thinks Zoomi is authority, asks for allmän handling","Jan-Erik Vikström <janerik.vikstrom@example.fi>","Begäran om allmän handling",
"""Hej,

Jag begär att få ta del av allmänna handlingar gällande upphandlingen av skolfotograferingen i Korsholms kommun 2026, särskilt anbuden och prisjämförelsen.

Jan-Erik Vikström
""")

E("sv","",False,"estate letter, customer deceased","Dödsboet efter Elsa Nordström <kristian.nordstrom@example.fi>","Dödsbo – Elsa Nordström",
"""Hej,

Min mor Elsa Nordström avled i oktober. Jag sköter dödsboet. Hon hade en beställning på ett fotoalbum som är obetald (faktura 20261390). Kan ni skicka fakturan till mig i stället, och avsluta hennes kundkonto när den är betald?

Kristian Nordström
""")

E("sv","",False,"parent photo day question","Tove Sandvik <tove.sandvik@example.fi>","Syskonfoto på fotodagen?",
"""Hej! Kan man få syskonfoto om barnen går i olika klasser? Min dotter är i åk 2 och sonen i åk 6 i Sundom skola. Tack! /Tove
""")

E("sv","",False,"late delivery complaint (consumer)","Rune Björkman <rune.bjorkman@example.fi>","Försenad leverans",
"""Jag beställde en fotobok den 10 november och fick löfte om leverans inom en vecka. Fortfarande ingenting. Det var en julklapp. Mycket dålig service. Order 558877.

Rune Björkman
""")

E("sv","",False,"company asks quote for staff photos","Helena Grüne <helena.grune@example.fi>","Offertförfrågan personalfotografering",
"""Hej,

Vi är ett företag med ca 40 anställda i Vasa och vill ha nya personalbilder till vår webbplats i mars. Kan ni skicka en offert? Vi vill även veta hur ni hanterar bilderna efter leveransen.

Helena Grüne
HR-koordinator, Botnia Consulting Ab
""")

E("sv","erasure",False,"passport photo: wants photo removed from police server","Amanda Kvist <amanda.kvist@example.fi>","Ta bort mitt foto från polisens server",
"""Hej, jag tog ett passfoto hos er men bestämde mig för att inte ansöka om pass ändå. Kan ni ta bort bilden från polisens server och från era egna system? Jag vill inte att den ligger kvar någonstans.

Amanda Kvist
""")

E("sv","rectification",False,"staff member, wrong title attached to staff photo","Pontus Hagström <pontus.hagstrom@example.fi>","Fel titel i personalgalleriet",
"""Hej,

I personalgalleriet som ni levererade till Vasa stad står det att jag är "vikarierande bibliotekarie". Jag är fast anställd sedan augusti. Kan ni rätta titeln i era uppgifter och i leveransen?

Pontus Hagström
""")

E("sv","access",False,"former Zoomi employee wants own data copy","Nea Söderlund <nea.soderlund@example.fi>","Registerutdrag – tidigare anställd",
"""Hej,

Jag arbetade hos er som säsongsanställd fotograf hösten 2024 och 2025. Jag vill ha en kopia av de personuppgifter ni har om mig, både som anställd och eventuellt som kund (jag beställde några bilder själv).

Nea Söderlund
""")

E("sv","erasure",False,"conditional erasure for when daughter turns 18","Agneta Mård <agneta.mard@example.fi>","Dotterns skolfoton",
"""Hej,

Min dotter Julia fyller 18 i januari. Om ni fortfarande har kvar hennes skolfoton från lågstadiet och högstadiet, vill jag att ni raderar dem. Hon vill inte att de finns kvar hos er och jag stöder henne i det.

Agneta Mård
""")

E("sv","restriction",False,"changes mind from erasure to restriction","Filip Lindblom <filip.lindblom@example.fi>","Ändring av min begäran",
"""Hej,

Jag bad förra veckan att ni skulle radera alla mina uppgifter. Jag har ångrat mig, radera inte. Jag har en pågående tvist med min försäkring där jag kan behöva bevis på beställningen. Begränsa i stället behandlingen så att uppgifterna bara sparas men inte används till något.

Filip Lindblom
""")

E("sv","erasure",False,"teacher forwards parent's deletion request","Klasslärare Sofia Nygård <sofia.nygard@example.fi>","VB: Radera Eddies bilder",
"""Hej,

Jag vidarebefordrar ett meddelande från en förälder i min klass. Kan ni ta hand om det?

Sofia Nygård
Vikinga skola

---------- Vidarebefordrat meddelande ----------
Från: Malin Ek
Ämne: Radera Eddies bilder

Hej Sofia, kan du se till att fotografen raderar alla bilder på Eddie från i höstas och hans uppgifter? Han ska inte vara med i skolkatalogen heller. /Malin (Eddie Eks mamma)
""")

E("sv","objection",False,"formal objection to profiling, consent withdrawn as one ground","Elisabeth Wasström <elisabeth.wasstrom@example.fi>","Invändning mot profilering",
"""Till Zoomi Kuvakaupat Oy

Jag invänder enligt artikel 21.1 i dataskyddsförordningen mot att ni använder min köphistorik och mina besöksdata för profilering och affärsutveckling. I den mån behandlingen grundar sig på samtycke återkallar jag samtycket.

Elisabeth Wasström
""")

E("en","",True,"Slotti booking confirmation copied to privacy mailbox","Slotti <no-reply@slotti.example.com>","Booking confirmed: Passport photo, Thu 10 Dec 2026 at 11:30",
"""Your booking is confirmed.

Service: Passport photo
Location: Zoomi Kuvakaupat, Vaasa
Time: Thursday 10 December 2026, 11:30

To cancel or change your booking, use the link below.
https://slotti.example.com/b/8841

This message was sent automatically by Slotti.
""", hdrs={"Auto-Submitted":"auto-generated"})
