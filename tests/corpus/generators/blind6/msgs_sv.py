# Swedish customer messages (Finland-Swedish and Sweden-Swedish).
M = []


def m(kinds, frm, subj, body, note, **kw):
    M.append(dict(kinds=kinds, frm=frm, subj=subj, body=body, note=note, **kw))


DISC_SV = ("\n\n______________\nDetta e-postmeddelande kan innehålla konfidentiell information och är "
           "endast avsett för mottagaren. Om du har fått meddelandet av misstag, vänligen meddela "
           "avsändaren och radera meddelandet omedelbart.\n")

# ---------------- access ----------------
m("access", ("Karin Holmström", "karin.holmstrom@example.fi"), "Fråga om mina uppgifter",
  "Hej!\n\nJag skulle vilja veta vilka uppgifter ni har sparat om mig. Jag har beställt skolfoton "
  "för mina barn i några år nu.\n\nMvh Karin\n", "access")
m("access", ("Bosse Granholm", "bosse.granholm@example.fi"), "uppgifter",
  "Hej, ja undrar va ni har för uppgifter om mej å var ni har fått dom ifrån. Ja ha int beställt "
  "na av er nån gång, men ändå kommer det brev.\n\nBosse\n", "access + source, Ostrobothnian dialect")
m("access", ("Linnea Sjöberg", "linnea.sjoberg@example.se"), "Begäran om registerutdrag enligt artikel 15 GDPR",
  "Hej,\n\nJag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen. Jag "
  "vill ha:\n- en kopia av de personuppgifter ni behandlar om mig\n- ändamålen med behandlingen\n"
  "- vilka mottagare uppgifterna har lämnats ut till\n- hur länge uppgifterna sparas\n\n"
  "Med vänliga hälsningar\nLinnea Sjöberg\n", "formal registerutdrag")
m("access", ("Johanna Back", "johanna.back@example.fi"), "Min dotters uppgifter",
  "Hej. Vilka uppgifter finns det om min dotter Wilma Back (född 2015) hos er? Hon fotograferades "
  "på Sundom skola i höstas. Jag är hennes vårdnadshavare.\n\nJohanna\n", "guardian access for child")
m("access", ("Mats Lindroos", "mats.lindroos@example.fi"), "Vem har fått mina uppgifter?",
  "Vem har ni lämnat ut mina uppgifter till? Jag fick plötsligt reklam från ett annat företag som "
  "nämnde min skolfotobeställning.\n\n/Mats\n", "access: recipients")

# ---------------- rectification ----------------
m("rectification", ("Anders Sjöblom", "anders.sjoblom@example.fi"), "Felstavat namn",
  "Mitt efternamn är felstavat på fakturan och i era kundregister: Sjöblom, inte Sjöbom. Kan ni "
  "rätta det?\n", "surname misspelled")
m("rectification", ("Greta Nyman", "greta.nyman@example.fi"), "SV: Vårens erbjudanden",
  "Ny adress fr.o.m. 1.6: Storalånggatan 5 B 12, 65100 Vasa. Vänligen uppdatera mina uppgifter.\n\n"
  "Från: Zoomi Kuvakaupat <nyheter@example.fi>\nSkickat: den 20 maj 2024 08:00\nTill: "
  "greta.nyman@example.fi\nÄmne: Vårens erbjudanden\n\nBoka familjefotografering nu! ...\n"
  "Vill du inte längre få våra utskick? Avregistrera dig här.\n",
  "address update; quoted Outlook sv block with opt-out footer")
m("rectification", ("Ann-Sofie Ek", "ann-sofie.ek@example.fi"), "Fel namn på personalbild",
  "Hej,\n\nmitt namn under personalbilden på skolans webbplats kommer från er namnlista och är fel – "
  "Ann-Sofie, inte Anna-Sofia. Kan ni rätta det i era uppgifter så att det blir rätt nästa gång "
  "också?\n\nAnn-Sofie Ek\nlärare, Vasa övningsskola" + DISC_SV,
  "employee name correction; disclaimer has 'radera'")
m("rectification", ("", "pia.s@example.fi"), "fel mejl",
  "ni har fel mejladress på mej, den rätta är pia.strand@example.fi. den gamla läser ja int\n",
  "email correction, dialect")

# ---------------- erasure ----------------
m("erasure", ("Erik Wikström", "erik.wikstrom@example.se"), "Konto", "Radera mitt konto i webbutiken, tack.\n\nErik\n",
  "delete account")
m("erasure", ("Sofia Lindgren", "sofia.lindgren@example.se"), "Bortglömd",
  "Jag vill bli bortglömd. Ta bort allt ni har om mig, inklusive bilder.\n", "right to be forgotten")
m("erasure", ("Familjen Hägg", "hagg.familj@example.se"), "Flytt till Sverige",
  "Hej!\n\nVi har flyttat till Umeå och kommer inte att beställa fler skolfoton. Ta bort våra barns "
  "bilder och uppgifter från era system.\n\nHälsningar\nMaria och Johan Hägg\n", "guardians erase kids' data")
m("erasure", ("Ulla Sundqvist", "ulla.sundqvist@example.fi"), "bilder",
  "Ja vill att ni tar bort alla bilder å uppgifter om mej, he e int nödvändit att ni har dom kvar "
  "nu när ja int e kund längre.\n", "erasure, dialect")
m("erasure", ("Henrik Åberg", "henrik.aberg@example.fi"), "Passfoto",
  "Mitt passfoto från februari behöver inte sparas längre, passet har redan kommit. Vänligen "
  "radera det.\n", "erase passport photo")

# ---------------- restriction ----------------
m("restriction", ("Peter Forsman", "peter.forsman@example.fi"), "Bestriden faktura",
  "Fakturan 2291 är bestriden. Använd inte mina uppgifter till något annat än att utreda ärendet, "
  "och radera ingenting innan det är klart.\n\nPeter Forsman\n", "restriction pending dispute")
m("restriction", ("Camilla Nordström", "camilla.nordstrom@example.se"), "Begäran om begränsning",
  "Jag begär begränsning av behandlingen av mina personuppgifter enligt artikel 18 i GDPR tills "
  "min tidigare invändning har prövats.\n\nCamilla Nordström\n", "formal Art 18")
m("restriction", ("Robert Kull", "robert.kull@example.fi"), "Personalbilder – tvist",
  "Hej,\n\nfrys mina uppgifter och personalbilderna tills vidare. Jag behöver dem som bevis i en "
  "tvist med min före detta arbetsgivare, så ni får inte radera dem men inte heller lämna ut dem.\n\n"
  "Robert\n", "freeze, keep for dispute")

# ---------------- portability ----------------
m("portability", ("Emma Lundqvist", "emma.lundqvist@example.se"), "Byter fototjänst",
  "Kan jag få alla mina beställningar och bilder i ett maskinläsbart format? Jag byter till en "
  "annan fototjänst.\n", "portability")
m("portability", ("Tomas Berg", "tomas.berg@example.se"), "Begäran om dataportabilitet",
  "Hej,\n\nbegäran om dataportabilitet: skicka mina uppgifter som CSV direkt till Bildbanken AB, "
  "data@example.com.\n\nTomas Berg\n", "portability direct transfer")
m("portability", ("", "kenta.v@example.fi"), "export?",
  "Går he att exportera allt ni har om mej till en fil så ja kan flytta he till ett annat ställe?\n",
  "portability, dialect")

# ---------------- objection ----------------
m("objection", ("Maja Eklund", "maja.eklund@example.se"), "Google Analytics",
  "Jag motsätter mig att ni använder Google Analytics för att följa mina besök i webbutiken.\n",
  "objection to analytics")
m("objection", ("Jenny Holm", "jenny.holm@example.fi"), "Bilden på min son",
  "Hej,\n\njag återkallar mitt samtycke till att bilden på min son Leo används i er "
  "marknadsföring. Ni får behålla den för vår egen beställning.\n\nJenny Holm\n",
  "consent withdrawal photo in marketing, keep")
m("objection", ("Stig Mattsson", "stig.mattsson@example.fi"), "inkasso",
  "Ja vill int att mina uppgifter skickas till inkasso, räkningen e betald för länge sedan.\n",
  "object to debt collection, dialect")
m("objection", ("Helena Björk", "helena.bjork@example.fi"), "Personalbild till intranätet",
  "Jag godkänner inte att ni skickar min personalbild till kommunens intranät. Stoppa det, tack.\n\n"
  "Helena Björk\nVasa stad" + DISC_SV, "employee objects to sending photo")
m("objection", ("Lotta Kronqvist", "lotta.kronqvist@example.se"), "Profilering",
  "Sluta profilera mig utifrån vad jag köpt. Det känns obehagligt att få 'rekommendationer' om "
  "babyfotografering.\n", "objection to profiling")

# ---------------- marketing opt-out ----------------
m("marketing_opt_out", ("Ingrid Dahl", "ingrid.dahl@example.se"), "Nyhetsbrev", "Avregistrera mig från nyhetsbrevet.\n",
  "unsubscribe newsletter")
m("marketing_opt_out", ("Kim Rönnqvist", "kim.ronnqvist@example.fi"), "SMS",
  "Sluta skicka sms med erbjudanden, tack. Jag har aldrig bett om dem.\n", "stop SMS offers")
m("marketing_opt_out", ("Gunnar Storbacka", "gunnar.storbacka@example.fi"), "samtal",
  "Ni ringer hela tiden å vill sälj fotopaket. Ja vill int ha fler samtal! Nu e he nog.\n",
  "stop marketing calls, dialect")
m("marketing_opt_out", ("Elsa Westerlund", "elsa.westerlund@example.fi"), "utskick",
  "Ta bort mig från er utskickslista.\n\nSkickat från min iPhone\n", "mailing list removal")
m("marketing_opt_out", ("", "ROLF.HOLMBERG@example.fi"), "AVSLUTA PRENUMERATION", "",
  "subject-only, caps", mime="plain")

# ---------------- complaint ----------------
m("complaint", ("Birgitta Söderholm", "birgitta.soderholm@example.fi"), "Klagomål",
  "Hur gör jag för att klaga hos dataombudsmannen på hur ni har hanterat mina uppgifter? Finns det "
  "en blankett?\n", "how to complain to DPA")
m("complaint", ("Fredrik Ahlqvist", "fredrik.ahlqvist@example.se"), "Anmälan",
  "För kännedom: jag har anmält er till IMY eftersom ni skickade min beställning med mitt namn och "
  "personnummer till fel person.\n", "reported to IMY")

# ---------------- multi ----------------
m("objection+erasure", ("Agneta Lind", "agneta.lind@example.fi"), "Skyltfönstret",
  "Hej,\n\njag drar tillbaka mitt samtycke till att ni visar mitt porträtt i skyltfönstret på "
  "Hovrättsesplanaden, och jag vill att alla bilder på mig raderas.\n\nAgneta Lind\n",
  "consent withdrawal + delete")
m("access+erasure", ("Niklas Ström", "niklas.strom@example.se"), "registerutdrag + radering",
  "Skicka ett registerutdrag till mig, och radera sedan allt.\n", "access then erase")
m("erasure+marketing_opt_out", ("Therese Lönnqvist", "therese.lonnqvist@example.fi"), "Nyhetsbrev och konto",
  "Inga fler nyhetsbrev tack, och radera mitt konto hos er.\n", "opt-out + delete account")
m("objection+complaint", ("Lars Nyberg", "lars.nyberg@example.se"), "Inkasso",
  "Ni bryter mot GDPR när ni delar mina uppgifter med inkassobolaget utan att ens ha skickat en "
  "påminnelse. Jag motsätter mig detta.\n", "GDPR accusation + object")
m("access+portability", ("Sara Kronlund", "sara.kronlund@example.fi"), "Mina uppgifter",
  "Jag vill ha en kopia av mina uppgifter, gärna i JSON eller CSV så att jag kan föra över dem "
  "till en annan tjänst.\n", "access + portability")
m("rectification+erasure", ("Kristian Sandell", "kristian.sandell@example.fi"), "Namn och gammal adress",
  "Hej, rätta mitt namn på fakturan (Kristian, inte Christian) och radera min gamla adress i "
  "Gamlakarleby som ni fortfarande har kvar.\n", "correct name + delete old address")
m("objection+marketing_opt_out", ("Hanna Åström", "hanna.astrom@example.se"), "Cookies och reklam",
  "Sluta spåra mig med era analyscookies. Och sluta skicka reklam till min mejl.\n",
  "object analytics + opt-out")
m("access+complaint", ("Oskar Fagerlund", "oskar.fagerlund@example.fi"), "Vad har ni om mig",
  "Jag vill veta vad ni har om mig. Svarar ni inte inom en månad vänder jag mig till "
  "Dataombudsmannens byrå.\n", "access + DPA threat")
m("rectification+restriction", ("Eva Granqvist", "eva.granqvist@example.fi"), "Fel födelsedatum",
  "Födelsedatumet ni har på mig stämmer inte, rätt är 3.9.1981. Använd inte uppgifterna till "
  "någonting innan det är rättat.\n", "rectify + restrict meanwhile")
m("access+objection", ("Malin Sjöholm", "malin.sjoholm@example.fi"), "Min sons bild",
  "Hej!\n\nVilka uppgifter om min son Alvar har ni lämnat till skolan? Och jag förbjuder att hans "
  "bild publiceras i skolans årsbok.\n\nMalin\n", "guardian: recipients + object to publication")

# ---------------- near-misses ----------------
m("", ("Annika Wiik", "annika.wiik@example.fi"), "Avboka tid", "Jag måste tyvärr avboka min tid på torsdag kl. 15.\n",
  "cancel booking")
m("", ("Roger Nylund", "roger.nylund@example.fi"), "Fakturakopia",
  "Kan ni skicka en kopia av fakturan från oktober? Jag hittar den inte.\n", "invoice copy")
m("", ("Siv Hagström", "siv.hagstrom@example.fi"), "Fel belopp",
  "Det är fel belopp på fakturan, jag beställde bara ett paket men ni har fakturerat två.\n",
  "wrong invoice amount")
m("", ("Patrik Vikström", "patrik.vikstrom@example.se"), "Reklamation",
  "Reklamation: bilderna är suddiga och färgerna konstiga. Jag vill ha nya utskrifter.\n",
  "print quality complaint")
m("", ("Ida Nordling", "ida.nordling@example.fi"), "Retusch",
  "Kan ni ta bort reflexen i glasögonen på bild 4 innan ni skriver ut? Tack!\n", "retouching")
m("", ("Leif Enlund", "leif.enlund@example.fi"), "leverans",
  "När kommer mina bilder? Beställde för tre veckor sedan.\n", "delivery")
m("", ("Amanda Sten", "amanda.sten@example.se"), "Pris passfoto",
  "Vad kostar ett passfoto hos er och behöver man boka tid?\n", "price question")
m("", ("Jonas Östergård", "jonas.ostergard@example.fi"), "Kommer inte in",
  "Jag kommer inte in i galleriet, koden från skolan fungerar inte.\n", "gallery login")
m("", ("Gun Backman", "gun.backman@example.fi"), "Fler kopior",
  "Jag skulle vilja beställa två kopior till av bilden på barnbarnen, samma storlek.\n", "reprint")
m("", ("Nina Smeds", "nina.smeds@example.fi"), "Leveransadress order 8820",
  "Kan ni ändra leveransadressen för order 8820 till mitt jobb: Handelsesplanaden 10, Vasa?\n",
  "change delivery address of one order")
m("", ("Marianne Haga", "marianne.haga@example.fi"), "Nyhetsbrevet igen",
  "Jag avregistrerade mig av misstag från nyhetsbrevet. Kan ni lägga till mig igen?\n",
  "re-subscribe")
m("", ("Tobias Strand", "tobias.strand@example.fi"), "Passfoto kod",
  "Polisen säger att fotokoden inte hittas i systemet. Fotot togs i går hos er.\n",
  "passport code problem")
m("", ("Carina Löf", "carina.lof@example.fi"), "SV: Er begäran om radering",
  "Tack, då vet jag!\n\nCarina\n\nDen tis 14 maj 2024 kl 10:15 skrev Zoomi Kuvakaupat <tietosuoja@example.fi>:\n"
  "> Hej Carina,\n> vi har raderat dina uppgifter och avregistrerat dig från nyhetsbrevet.\n"
  "> Du har rätt att klaga hos Dataombudsmannen om du är missnöjd.\n",
  "thanks; quoted reply mentions erasure/opt-out/complaint")
m("", ("Dennis Blomberg", "dennis.blomberg@example.fi"), "Dubbelbeställning",
  "Hej, radera dubbelbeställningen 44130, jag råkade klicka två gånger.\n", "delete duplicate order")
m("", ("Idrottsföreningen Kraft / Anna", "kraft.if@example.fi"), "Integritetspolicy",
  "Hej! Vi i föreningen funderar på att anlita er för lagfotona. Har ni en integritetspolicy på "
  "svenska som vi kan visa föräldrarna?\n", "general privacy-policy question")
m("", ("Lena Åkerholm", "lena.akerholm@example.fi"), "Skolfoto",
  "När är fotograferingen på Borgaregatans skola i höst?\n", "schedule question")
m("", ("Kjell Pettersson", "kjell.pettersson@example.fi"), "Inkassobrev",
  "Varför fick jag ett inkassobrev? Jag betalade fakturan den 12:e, se bifogat kvitto.\n",
  "payment dispute")
m("", ("Emilia Bäck", "emilia.back@example.fi"), "Erbjudandet i nyhetsbrevet",
  "Gäller erbjudandet i senaste nyhetsbrevet även för studentfoton?\n", "newsletter offer question")
