M("sv", "erasure", "Camilla Nyberg <camilla.nyberg@example.fi>", "radera",
"""Hej, radera mina uppgifter tack. /Camilla""", "one-line erasure")

M("sv", "access", "Mats Westerlund <mats.westerlund@example.fi>", "Vad har ni om mig?",
"""Hej!

Jag fick reklam från er hem i brevlådan fast jag aldrig har beställt något. Vilka uppgifter har ni om mig och varifrån har ni fått min adress?

Mats Westerlund
Smedsby""", "access + source")

M("sv", "", "Ulrika Holm <ulrika.holm@example.fi>", "Fotodag på Solrosens daghem",
"""Hej,

vi på daghemmet Solrosen i Korsholm undrar om ni har lediga dagar för fotografering i maj. Vi har två grupper, ca 30 barn. Kan syskon fotograferas tillsammans även om de går i olika grupper?

Vänliga hälsningar
Ulrika Holm, barnträdgårdslärare""", "photo day question")

M("sv", "marketing_opt_out", "Börje Lindström <borje.lindstrom@example.fi>", "Sv: Julerbjudanden hos Zoomi",
"""Avregistrera mig. Jag vill inte ha fler nyhetsbrev.

Börje

> Julerbjudanden! Fotokalendrar från 19,90 €.
> Vill du inte längre få våra nyhetsbrev? Avsluta prenumerationen här.""", "unsubscribe reply")

M("sv", "", "Johanna Sjöberg <johanna.sjoberg@example.fi>", "ta bort",
"""Ta bort min bokning på lördag, jag är sjuk. Jag bokar ny tid senare.

Johanna""", "ta bort about a booking")

M("sv", "rectification", "Kristian Björk <kristian.bjork@example.fi>", "Fel namn",
"""Hej

Mitt namn är felstavat i era register, det står Kristian Björck på fakturan men det ska vara Björk utan c. Kan ni rätta det?

Mvh Kristian""", "name misspelled")

M("sv", "", "Anders Granholm <anders.granholm@example.fi>", "Faktura 2026-117650",
"""Hej, fakturan är på 64 euro men vi beställde bara det lilla paketet för 32 euro. Fel på fakturan. Skicka en ny så betalar jag.

Anders Granholm""", "invoice amount dispute")

M("sv", "erasure", "Sofia Nylund <sofia.nylund@example.fi>", "Min dotters bilder",
"""Hej,

min dotter Ella (8 år) fotograferades på Vikinga skola i september. Jag vill att ni raderar alla hennes bilder och uppgifter hos er när beställningen är levererad. Vi har fått de bilder vi vill ha.

Beställningsnummer 48190.

Sofia Nylund""", "guardian erasure of child's photos")

M("sv", "access+complaint", "Lars-Erik Fagerholm <le.fagerholm@example.fi>", "Registerutdrag - andra gången",
"""Hej.

Jag begärde ett registerutdrag den 5 oktober och har fortfarande inte fått något svar. Enligt GDPR ska ni svara inom en månad. Om jag inte får utdraget inom en vecka anmäler jag er till Dataombudsmannen.

Lars-Erik Fagerholm""", "reminder + conditional complaint")

M("sv", "", "Autosvar <kansliet@example.fi>", "Autosvar: Fotograferingsschema",
"""Tack för ditt meddelande. Jag är på semester till och med 11.12.2026 och läser inte e-post. I brådskande ärenden, kontakta rektor Peter Lund.

Annika Berg, skolsekreterare""", "autoreply with headers", auto=True,
hdrs=[("Auto-Submitted","auto-replied")])

M("sv", "objection", "Henrik Mattsson <henrik.mattsson@example.fi>", "Min personalbild",
"""Hej,

min bild från personalfotograferingen på Vasa Sjukvårdsförbund används nu som exempel på er webbplats under "Referenser". Jag har aldrig gett tillstånd till det. Jag motsätter mig att ni använder min bild i er egen marknadsföring.

Henrik Mattsson""", "objection to staff photo in company's own references")

M("sv", "marketing_opt_out", "Gunilla <gunilla.strom@example.fi>", "inga fler sms",
"""sluta skicka sms med erbjudanden till mig tack""", "stop sms offers")

M("sv", "", "Peter Lund <peter.lund@example.fi>", "Klasslistor",
"""Hej, här kommer klasslistorna för vårens fotografering. Klass 3B har en ny elev. Fotograferingen är tisdag 10.3 kl 8.30.

Peter Lund, rektor, Vikinga skola""", "class lists from school")

M("sv", "rectification", "Annika Berg <annika.berg@example.fi>", "VB: Elevens namn",
"""Hej,

en förälder bad mig vidarebefordra detta: eleven Wilma Åkerlund i klass 1A står som "Vilma Akerlund" på er lista. Kan ni rätta namnet innan bilderna skrivs ut?

Hälsningar
Annika Berg
skolsekreterare, Vikinga skola""", "school secretary forwards parent's correction")

M("sv", "erasure+marketing_opt_out", "Roger Enlund <roger.enlund@example.fi>", "Sluta",
"""Sluta skicka reklam och ta bort mina uppgifter ur ert register. Jag har inte handlat hos er sedan 2018.

Roger""", "opt-out + erasure")

M("sv", "", "Maria Hägglund <maria.hagglund@example.fi>", "Bilderna är suddiga",
"""Hej,

vi fick skolfotona idag och min sons bild är helt suddig. Han har ögonen halvstängda också. Kan han fotograferas om? Vi vill inte betala för de här bilderna.

Maria Hägglund""", "quality reklamation")

M("sv", "access", "Elin Sandvik <elin.sandvik@example.fi>", "Sv: Mottagningsbekräftelse",
"""Hej,

ni frågade efter mitt beställningsnummer för att kunna identifiera mig. Det är 47015 (skolfoto våren 2025). Jag väntar fortfarande på kopian av mina uppgifter.

Elin

> Vi har tagit emot din begäran om registerutdrag. För att säkerställa att uppgifterna
> lämnas ut till rätt person ber vi dig uppge ditt beställningsnummer.""", "reply to ack with ID, access continues")

M("sv", "", "Leverantörssystem <noreply@example.fi>", "Ny beställning #48912",
"""Ny beställning i webbutiken

Beställning: 48912
Kund: Karin Söderholm
Produkter: Fotobok A4 (1 st), Kylskåpsmagneter (4 st)
Summa: 52,80 €

Detta meddelande har skickats automatiskt.""", "shop notification, no auto headers", auto=True)

M("sv", "restriction", "Tomas Ekström <tomas.ekstrom@example.fi>", "Begränsning av behandling",
"""Hej,

jag har bestritt fakturan 2026-116002 eftersom jag aldrig har beställt de här bilderna. Tills saken är utredd begär jag att ni begränsar behandlingen av mina personuppgifter, dvs. inte skickar ärendet till inkasso eller använder uppgifterna för något annat.

Tomas Ekström""", "restriction during invoice dispute")

M("sv", "", "Linda Forsström <linda.forsstrom@example.fi>", "fråga om rättigheter",
"""Hej! Jag läste om rätten att bli bortglömd. Gäller den också skolfoton som skolan har beställt, eller är det skolan man ska fråga då? Jag vill inte radera något nu, bara förstå hur det fungerar.

Linda""", "question about how right works, asks nothing")

M("sv", "marketing_opt_out", "Stefan Ahlskog <stefan.ahlskog@example.fi>", "avregistera",
"""avregistera mig fran era utskick tack""", "misspelled avregistrera, no å")

M("sv", "erasure+complaint", "Viveka Westin <viveka.westin@example.fi>", "Bild på min son på Facebook",
"""Hej,

Ni har lagt upp en bild från daghemsfotograferingen på er Facebooksida där min son syns tydligt. Ingen har frågat oss. Ta bort bilden genast. Det här bryter mot GDPR och jag kommer att kontakta dataombudsmannen om den inte är borta i morgon.

Viveka Westin""", "child photo on Facebook, erasure + conditional complaint")

M("sv", "", "Hanna Kull <hanna.kull@example.fi>", "Var är min beställning?",
"""Hej, jag beställde en fotobok 20.11 och har inte fått den ännu. Ordernummer 48477. Den skulle vara julklapp.""", "order status")

M("sv", "access+portability", "Jonas Holmqvist <jonas.holmqvist@example.fi>", "Begäran enligt artikel 15 och 20 GDPR",
"""Till Zoomi Kuvakaupat Oy

Med stöd av artikel 15 i dataskyddsförordningen begär jag tillgång till samtliga personuppgifter som ni behandlar om mig, inklusive ändamål, mottagare och lagringstid.

Med stöd av artikel 20 begär jag vidare att de uppgifter och bilder jag själv har laddat upp i er webbutik lämnas ut i ett strukturerat, maskinläsbart format.

Jonas Holmqvist
Vasa, 24.11.2026""", "formal access + portability")

M("sv", "", "Postmaster <MAILER-DAEMON@mail.example.se>", "Returnerat meddelande: kunde inte levereras",
"""Meddelandet kunde inte levereras till följande mottagare:

  britt.lof@example.se
  Orsak: 550 Mottagaren finns inte

---- Ursprungligt meddelande ----
Ämne: Påminnelse: skolfoton kan beställas till 15.12
Vill du inte få fler meddelanden? Avregistrera dig här.""", "bounce without auto headers, quotes our footer", auto=True)

M("sv", "erasure", "Alva Granqvist <alva.granqvist@example.fi>", "mina bilder",
"""hej jag heter alva och går i 9an. ni har mina skolfoton från alla år sen förskolan. kan ni ta bort dom? jag vill inte att dom finns kvar nånstans. mamma vet om det""", "teen (15) asks erasure herself")

M("sv", "rectification", "Birgitta Lillqvist <birgitta.lillqvist@example.fi>", "Ny adress",
"""Hej,

vi har flyttat. Ny adress: Strandgatan 12 B 4, 65100 Vasa. Var snäll och uppdatera mina kontaktuppgifter så att fakturorna kommer rätt.

Birgitta Lillqvist""", "address update")

M("sv", "", "Mikael Rönnqvist <mikael.ronnqvist@example.fi>", "Platsansökan",
"""Hej!

Jag söker sommarjobb som fotografassistent. Jag studerar media vid Yrkesakademin i Österbotten och har egen kamerautrustning. Jag talar svenska, finska och engelska.

CV bifogat.

Mikael Rönnqvist""", "job application")

M("sv", "marketing_opt_out", "Eva Sundström <eva.sundstrom@example.fi>", "Direktmarknadsföring",
"""Jag motsätter mig att mina personuppgifter används för direktmarknadsföring, i enlighet med artikel 21.2 GDPR. Vänligen bekräfta.

Eva Sundström""", "Art 21(2) objection = opt-out")

M("sv", "erasure", "Kaj Backlund <kaj.backlund@example.fi>", "Lång historia...",
"""Hej,

det här blir lite långt, ursäkta. I våras fotograferades vår yngsta på daghemmet Nyckelpigan och vi beställde ett paket. Sedan visade det sig att ni hade blandat ihop två barn med samma förnamn, så vi fick fel bilder. Det rättades till efter några samtal och vi fick rätt bilder till slut, tack för det.

Men i samband med det märkte jag att den andra familjen kunde se vår sons bilder med sin kod ett tag. Det känns inte bra. Vi vill helt enkelt inte att det finns bilder på honom kvar hos er längre. Radera alla bilder på Elias Backlund (född 2021) och hans uppgifter. Vi har de bilder vi behöver.

Hälsningar
Kaj Backlund""", "erasure buried in long story")

M("sv", "", "Kundtjänst <noreply@example.fi>", "Din beställning har skickats",
"""Hej Ingrid!

Din beställning 48700 har skickats med Posti. Spårningsnummer: JJFI12345678900000000.

Tack för att du handlar hos Zoomi!""", "shipping notification, no auto headers", auto=True)

M("sv", "access", "Ingegerd Mård <ingegerd.mard@example.fi>", "Uppgifter om mitt barnbarn",
"""Hej. Jag är vårdnadshavare för mitt barnbarn Leo Mård (10 år) sedan 2024. Jag vill veta vilka uppgifter ni har om honom och vem ni har lämnat dem till. Jag kan visa beslutet om vårdnad om det behövs.

Ingegerd Mård""", "grandparent as legal guardian, access")

M("sv", "objection", "Patrik Söderlund <patrik.soderlund@example.fi>", "Analys",
"""Hej

Jag invänder mot att ni använder Google Analytics på mig när jag besöker webbutiken. Sluta med det.

Patrik""", "objection to analytics")

M("sv", "", "Sara Wikström <sara.wikstrom@example.fi>", "Sv: Ditt ärende",
"""Tack, då är allt klart från min sida.

Sara

> Hej Sara, vi har nu raderat dina uppgifter ur vårt kundregister med undantag för
> bokföringsmaterial som vi enligt lag måste spara till 2032.""", "thanks after erasure done")

M("sv", "complaint", "Rolf Nordman <rolf.nordman@example.fi>", "Anmälan",
"""Jag har anmält er till Dataombudsmannens byrå eftersom ni skickade min sons skolfoto till fel familj. Jag vill att ni vet om det.

Rolf Nordman""", "has complained to DPA")

M("sv", "", "Monica Ek <monica.ek@example.fi>", "Integritet",
"""Hej! Jag undrar bara hur ni skyddar bilderna på barnen? Är de krypterade? Jag är själv IT-säkerhetsansvarig och är nyfiken. Inget ärende, bara en fråga.

Monica""", "question about security, asks nothing")

M("sv", "access+erasure", "Tobias Lindfors <tobias.lindfors@example.fi>", "gdpr begäran",
"""Hej. Skicka mig först en kopia av alla uppgifter ni har om mig, och radera dem sedan. Tack.

Tobias Lindfors, kund sedan 2020""", "access then erasure")

M("sv", "", "Anna-Lena Kronqvist <annalena.kronqvist@example.fi>", "Avboka",
"""Hej, kan ni avboka min tid för passfoto 9.12 kl 11? Jag fick bilden tagen i Seinäjoki istället. Ta bort mig från listan.

Anna-Lena""", "booking cancel, 'ta bort mig från listan' = booking list")

M("sv", "marketing_opt_out", "Jan Häggblom <jan.hagglom@example.fi>", "Sv: Nyhetsbrev december",
"""STOPP. Inga fler mejl.

> Nyhetsbrev december: Fotokalendrar och julkort""", "STOPP in reply to newsletter")

M("sv", "erasure", "Karin Hellman <karin.hellman@example.fi>", "VB: Önskemål från förälder",
"""Hej,

En förälder har bett mig meddela er att hon inte vill att ni sparar bilder på hennes barn (Noah Hellman, grupp Humlorna). Hon ber er radera bilderna från fotograferingen i november. Hon kan nås på samma e-post om ni har frågor.

Med vänlig hälsning
Karin Hellman
föreståndare, Daghemmet Humlan

----- Vidarebefordrat meddelande -----
Från: Jessica Hellman
Ämne: foto

Hej Karin, kan du säga till fotografen att radera Noahs bilder? Vi vill inte ha dem sparade någonstans.""", "daycare head forwards parent's erasure wish")

M("sv", "rectification+access", "Leif Ahlroos <leif.ahlroos@example.fi>", "Fel personnummer?",
"""Hej

Jag fick ett brev från inkassobolaget där mitt födelsedatum var fel (12.03.1965 i stället för 21.03.1965). Var har de fått det ifrån, från er? Vänligen rätta det hos er och berätta vilka uppgifter ni har lämnat till inkassobolaget.

Leif Ahlroos""", "rectify birth date + what was given to collector")

M("sv", "", "Nyhetsbrev Fotoproffs <nyheter@example.se>", "Veckans erbjudanden för fotografer",
"""Veckans erbjudanden!

Objektiv 50 mm f/1.8 nu 149 €
Reflexskärmar från 29 €
Bakgrundssystem 3 m – kampanjpris

Du får detta mejl eftersom du är kund hos Fotoproffs. Avregistrera dig här.""", "vendor newsletter", auto=True,
hdrs=[("Precedence","bulk"),("List-Unsubscribe","<mailto:unsub@example.se>")])

M("sv", "marketing_opt_out+complaint", "Gösta Wiik <gosta.wiik@example.fi>", "Tredje gången",
"""Jag har två gånger bett er sluta skicka reklam till mig. Ni fortsätter ändå. Ni bryter mot GDPR. Jag vill inte ha något mer från er, varken post eller e-post.

Gösta Wiik""", "repeated opt-out + says GDPR broken")

M("sv", "erasure", "Nora Blomqvist <nora.blomqvist@example.fi>", "Sv: Angående din begäran",
"""Hej igen,

ni frågade vad jag menar. Jag menar hela kontot i webbutiken och alla bilder jag har laddat upp. Allt ska bort. Mitt användarnamn är nora.b.

Nora

> Hej Nora, tack för ditt meddelande. Kan du precisera om du vill radera endast
> ditt webbutikskonto eller även dina tidigare beställningar och uppladdade bilder?""", "clarifies erasure scope")

M("sv", "", "Patrik Sjöholm <patrik.sjoholm@example.fi>", "Passbilden fungerar inte",
"""Hej, polisen säger att bilden inte hittas med koden på kvittot. Vad gör jag nu? Koden är 9K2M-44TR.""", "passport photo code issue")

M("sv", "access", "Emma Nordqvist <emma.nordqvist@example.fi>", "Vilka uppgifter?",
"""Hej, vad har ni sparat om mig? Min mamma beställde skolfoton av mig när jag var liten och nu är jag 19. Jag vill veta vad som finns kvar.

Emma""", "young adult access")

M("sv", "restriction+complaint", "Håkan Berglund <hakan.berglund@example.fi>", "Radera inte – begränsa",
"""Hej,

Ni meddelade att ni tänker radera min anställningsbild och alla uppgifter efter att jag avslutade min anställning. Jag behöver bilderna som bevis i en arbetsrättslig tvist mot min tidigare arbetsgivare. Begränsa i stället behandlingen tills tvisten är avgjord. Om ni raderar dem ändå kommer jag att göra en anmälan till dataombudsmannen.

Håkan Berglund""", "restriction + conditional complaint")

M("sv", "erasure", "Siv <siv.hansen@example.se>", "hur gör jag",
"""Hej, jag vill inte finnas i ert register längre. Hur gör jag? Skickat från min iPhone""", "vague erasure wish phrased as how-to")
