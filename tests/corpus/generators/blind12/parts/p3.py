from parts.common import E

E("fi","erasure+marketing_opt_out",False,"guardian, child photos + stop marketing aimed at parent","Teija Kangas <teija.kangas@example.fi>","Päiväkotikuvat",
"""Hei,

Poikani kuvattiin Päiväkoti Mustikassa ja sen jälkeen olen saanut teiltä joka viikko mainoksia. Poistakaa pojan kuvat ja tiedot, ja minut markkinointilistalta.

Teija Kangas
""")

E("sv","access",False,"staff member, wants registerutdrag","Annika Sjöberg <annika.sjoberg@example.fi>","Registerutdrag",
"""Hej,

Ni fotograferade personalen på Vasa övningsskola i september. Jag vill gärna veta vilka uppgifter ni har om mig – namn, e-post, bilder, titel? Och har ni fått dem av skolan? Skicka ett registerutdrag.

Med vänlig hälsning
Annika Sjöberg
lärare
""")

E("sv","erasure",False,"former employee of client org, delete staff photo","Mats Holmberg <mats.holmberg@example.fi>","Radera min bild",
"""Hej. Jag slutade på Korsholms kommun i våras men min personalbild finns kvar hos er. Radera mina bilder och uppgifter, jag jobbar inte där längre.

Mats
""")

E("sv","marketing_opt_out",False,"marketing by mistake","Patrik Nylund <patrik.nylund@example.fi>","Sluta skicka reklam",
"""Jag har aldrig varit kund hos er men får ändå ert nyhetsbrev. Sluta skicka reklam till mig. Tack.

Patrik Nylund
""")

E("sv","access+objection",False,"debt collection, asks what given, objects","Kristina Lindqvist <kristina.lindqvist@example.fi>","Inkasso – varför?",
"""Hej,

Jag har fått ett inkassobrev från OK-perintä för skolfoton som jag redan har betalat. Jag vill veta vilka uppgifter ni har lämnat ut till inkassobolaget och varför. Jag motsätter mig att ni behandlar mina uppgifter för indrivning när fakturan är betald.

Kristina Lindqvist
""")

E("sv","erasure",False,"guardian one-liner mobile no diacritics","Sofia <sofia.h@example.fi>","Re: Daghemsfotografering",
"""radera alla bilder pa var dotter Wilma och hennes uppgifter tack

Skickat från min iPhone

> Hej! Bilderna från daghemmet Solstrålen finns nu i webbutiken.
""")

E("sv","marketing_opt_out",False,"changes mind erasure->stop newsletter","Eva Granholm <eva.granholm@example.fi>","Radera... nej förresten",
"""Hej,

Jag tänkte först be er radera allt om mig, men jag har ju barnens skolfoton sparade i mitt konto hos er. Så radera inget, men avregistrera mig från nyhetsbrevet. Det kommer alldeles för ofta.

Eva Granholm
""")

E("sv","",False,"journalist asks about practices","Johan Wikström <johan.wikstrom@example.fi>","Fråga från Vasabladet",
"""Hej,

Jag är reporter på Vasabladet och skriver om skolfotografering och barns integritet. Skulle ni kunna svara på några frågor:

– Hur länge sparar ni skolfoton?
– Använder ni barnens bilder i marknadsföring?
– Hur många begäranden om radering har ni fått i år?

Tacksam för svar före fredag.

Johan Wikström
""")

E("sv","access+erasure",False,"lawyer for client","Advokatbyrå Ekholm <kansli@ekholm.example.fi>","Begäran å klients vägnar – Lars Berg",
"""Till Zoomi Kuvakaupat Oy

Vi företräder Lars Berg i ett ärende gällande hans personuppgifter. Fullmakt bifogas.

Å vår klients vägnar begär vi dels ett registerutdrag enligt artikel 15 i dataskyddsförordningen, dels att samtliga uppgifter om honom därefter raderas enligt artikel 17, med undantag för sådant ni är skyldiga att bevara enligt bokföringslagen.

Vänligen skicka svaret till undertecknad.

Ulrika Ekholm
advokat
""")

E("sv","rectification",False,"teacher's name wrong on class photo","Lärare Emma Westerlund <emma.westerlund@example.fi>","Fel namn på klassfotot",
"""Hej,

Jag är klasslärare för 3A i Sundom skola. På klassfotots namnlista står det "Emma Vesterlund", det ska vara Westerlund med W. Kan ni rätta det i ert system innan bilderna trycks?

Tack!
Emma
""")

E("sv","erasure+objection",False,"staff member objects to Zoomi's own use of photo","Malin Storbacka <malin.storbacka@example.fi>","Min bild på er webbplats",
"""Hej,

Min personalbild som ni tog på vår arbetsplats används nu på er egen webbplats som exempel på företagsfotografering. Det har jag aldrig godkänt. Jag motsätter mig att ni använder bilden för egna syften. Ta bort den.

Malin Storbacka
""")

E("sv","access+erasure+complaint",False,"angry, data via Slotti booking, complaint threat","Henrik Söderberg <henrik.soderberg@example.fi>","Ni bryter mot GDPR",
"""Hej

Jag bokade en tid för passfoto via Slotti för två år sedan. Sedan dess får jag sms, mejl och nu brev med reklam. Jag har aldrig samtyckt till något sådant.

1. Jag vill veta exakt vilka uppgifter ni har om mig och var ni fått dem ifrån.
2. Därefter ska allt raderas.

Får jag inget svar inom en månad anmäler jag er till dataombudsmannen.

Henrik Söderberg
""")

E("sv","",True,"out of office sv","Carina Holm <carina.holm@example.fi>","Frånvarande: Bekräftelse av fotodag",
"""Jag är på semester till och med 3.1.2027 och läser inte min e-post. I brådskande ärenden, kontakta skolans kansli.

Carina Holm
""", hdrs={"Auto-Submitted":"auto-replied"})

E("sv","rectification+restriction",False,"restrict during address dispute","Linda Backman <linda.backman@example.fi>","Begränsning av behandling",
"""Hej,

Ni har en gammal adress till mig och fakturorna har gått dit. Tills saken är utredd vill jag att ni begränsar behandlingen av mina uppgifter, dvs. inte skickar dem vidare till inkasso. Min rätta adress är Handelsesplanaden 14 B 6, 65100 Vasa.

Linda Backman
""")

E("sv","marketing_opt_out+complaint",False,"ex-employee gets newsletter at new work, threat","Oskar Lind <oskar.lind@example.fi>","Nyhetsbrev till min jobbadress",
"""Jag jobbade hos er sommaren 2020 och nu kommer ert nyhetsbrev till min nya jobbadress. Ta bort mig från utskicket. Kommer det ett till anmäler jag det till dataombudsmannen.

Oskar
""")

E("sv","portability",False,"wants data in machine-readable format","Elin Nyström <elin.nystrom@example.fi>","Dataportabilitet",
"""Hej!

Jag vill ha de uppgifter jag själv lämnat till er och min orderhistorik i ett maskinläsbart format (CSV eller liknande) enligt artikel 20, så att jag kan flytta dem till en annan tjänst.

Elin Nyström
""")

E("sv","",False,"job application","Alexander Nyman <alexander.nyman@example.fi>","Ansökan – sommarjobb",
"""Hej,

Jag söker sommarjobb som fotografassistent 2027. Jag studerar vid Yrkesakademin och har erfarenhet av studiofotografering. CV bifogat.

Med vänliga hälsningar
Alexander Nyman
""")

E("sv","access+rectification",False,"sports club gave list; access for self and son + fix address","Jonas Strand <jonas.strand@example.fi>","Uppgifter från idrottsföreningen",
"""Hej,

Vår förening (IF Kamraterna) har gett er en medlemslista för lagfotona. Jag vill se vilka uppgifter om mig och min son Leo (10 år) som ni har fått. Adressen är antagligen fel också – den rätta är Strandgatan 3, 65200 Vasa. Rätta den.

Jonas Strand
""")

E("sv","",True,"bounce, no auto header","Mail Delivery System <mailer-daemon@mx.example.fi>","Returned mail: see transcript for details",
"""The original message was received at Mon, 30 Nov 2026 10:14:02 +0200

   ----- The following addresses had permanent fatal errors -----
<birgitta.ek@example.fi>
    (reason: 550 Mailbox unavailable)

   ----- Original message -----
Subject: Julerbjudande: fotokalendrar -20 %
Avregistrera dig: https://shop.example.fi/avregistrera
""")
