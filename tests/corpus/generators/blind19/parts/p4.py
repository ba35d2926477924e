from parts.common import E

E("sv", "access", False, "formal registerutdrag request",
  "Henrik Wikström <henrik.wikstrom@example.fi>", "Begäran om registerutdrag",
  """Till Zoomi Kuvakaupat Oy

Med stöd av artikel 15 i dataskyddsförordningen begär jag ett registerutdrag över alla personuppgifter ni behandlar om mig, inklusive ändamålen med behandlingen, vilka mottagare uppgifterna lämnats ut till och hur länge de sparas.

Svaret kan skickas per e-post.

Henrik Wikström
Handelsesplanaden 9 B 12
65100 Vasa""")

E("sv", "erasure", False, "remove child's photo from Instagram, consent never given",
  "Josefin Ahlskog <josefin.ahlskog@example.fi>", "Bild på min dotter på Instagram",
  """Hej

Ni har lagt upp en bild från daghemsfotograferingen på Instagram där min dotter syns tydligt (inlägget från 3 november, barn med höstlöv). Vi har aldrig gett samtycke till det. Ta bort bilden så fort som möjligt, tack.

Josefin Ahlskog""")

E("sv", "", False, "reprint order, wants copy of photo (near-miss kopia)",
  "Stig Forsblom <stig.forsblom@example.fi>", "Kopia av bilden",
  """Hej, jag skulle vilja beställa en kopia av konfirmandbilden från i somras, i storlek 13x18. Bildnummer 2207. Kan jag betala när jag hämtar den?

Stig""")

E("sv", "restriction", False, "contests accuracy of address used for invoice; stop using until resolved",
  "Elisabeth Grönroos <elisabeth.gronroos@example.fi>", "Fel adress – sluta använda uppgifterna",
  """Hej,

Era fakturor och påminnelser går till en adress där jag inte bott sedan 2022, och nu har en påminnelse med inkassohot hamnat hos främlingar. Jag bestrider att adressuppgiften är korrekt. Tills ni utrett var ni fått adressen ifrån vill jag att ni begränsar behandlingen av mina uppgifter – skicka ingenting mer och lämna inte ut något till inkasso.

Elisabeth Grönroos
tfn 040 234 5678""")

E("sv", "marketing_opt_out", False, "stop reklam, Sweden-Swedish writer",
  "Ingrid Persson <ingrid.persson@example.se>", "Sluta skicka reklam",
  """Hej!

Jag handlade en fotobok hos er för två år sedan när vi bodde i Vasa. Nu bor vi i Umeå och får fortfarande reklammejl varje vecka. Sluta skicka reklam till mig, tack.

Ingrid Persson""")

E("sv", "", True, "out-of-office in Swedish from daycare director",
  "Daghemsföreståndare Pia Lassila <pia.lassila@example.fi>", "Frånvaromeddelande: Fotodag på Solrosen",
  """Hej,

Jag är på semester till och med 14.11. Under den tiden kan du kontakta daghemmet på tfn 06 234 5678.

Pia Lassila
Föreståndare, Daghemmet Solrosen""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "access+erasure", False, "wants to know what is stored, then delete everything",
  "Patrik Nylund <patrik.nylund@example.fi>", "mina uppgifter",
  """Hej. Vad har ni sparat om mig? Skicka en kopia, och radera sedan allt. Jag har inte varit kund på flera år.

Patrik""")

E("sv", "objection", False, "objects to legitimate-interest marketing analysis / profiling",
  "Maria Lindholm <maria.lindholm@example.fi>", "Invändning mot profilering",
  """Hej,

Jag invänder mot att ni analyserar mina köp för att skräddarsy erbjudanden. Jag har inte bett om det och godkänner inte profilering av mig.

Vänliga hälsningar
Maria Lindholm""")

E("sv", "", False, "invoice error in Swedish, wrong amount",
  "Tor Sandvik <tor.sandvik@example.fi>", "Fel på fakturan",
  """Hej,
på fakturan 2026-4790 står 89,00 € men i webbutiken var paketet 69,00 € (kampanj). Kan ni skicka en rättad faktura?
Tor Sandvik""")

E("sv", "portability+erasure", False, "move data to another photographer then delete",
  "Jenny Strandberg <jenny.strandberg@example.fi>", "Flytta mina uppgifter och radera",
  """Hej!

Vi har bytt fotograf för familjefoton. Jag vill att ni överför mina uppgifter och bilderna från våra fotograferingar direkt till Fotostudio Ljus (info@ljus.example.se) i ett vanligt digitalt format. När det är gjort vill jag att ni raderar allt hos er.

Jenny Strandberg
050 876 5432""")

E("sv", "complaint", False, "informs that she has filed complaint to IMY in Sweden",
  "Karin Holmberg <karin.holmberg@example.se>", "Anmälan till IMY",
  """Hej,

Jag vill meddela att jag har anmält er till Integritetsskyddsmyndigheten (IMY) eftersom ni inte har svarat på min begäran om radering som jag skickade i augusti. Ärendet har diarienummer IMY-2026-11873.

Karin Holmberg
Sundsvall""")

E("sv", "", False, "asks about opening hours and passport photo price",
  "Ulf Backlund <ulf.backlund@example.fi>", "passfoto",
  """Hej vad kostar passfoto och behöver man boka tid? Kan jag komma på lördag?
Ulf""")

E("sv", "rectification", False, "wrong email address, update it",
  "Marianne Kull <marianne.kull@example.fi>", "Ny e-postadress",
  """Hej,

Ni har en gammal e-postadress till mig (marianne.kull@example.com), den stängs vid årsskiftet. Uppdatera mina kontaktuppgifter till den här adressen i stället.

Mvh Marianne Kull""")

E("sv", "erasure+marketing_opt_out", False, "remove me from everything: mailing list and register",
  "Björn Eriksson <bjorn.eriksson@example.fi>", "Ta bort mig",
  """Hej. Ta bort mig från utskickslistan och radera mina personuppgifter ur ert kundregister. Tack. /Björn Eriksson""")

E("sv", "", True, "web shop order confirmation in Swedish",
  "Zoomi webbutik <order@example.fi>", "Orderbekräftelse 61502",
  """Tack för din beställning!

Ordernummer: 61502
Produkter: Fotobok A4 liggande, 40 sidor – 1 st
Summa: 44,90 €
Leverans: Paket till utlämningsställe

Du får ett nytt meddelande när paketet har skickats.

Zoomi Kuvakaupat Oy / Vasaratie 2 A, 65350 Vasa""")

E("sv", "restriction", False, "preservation: don't delete school photo originals, needed in custody dispute",
  "Tomas Ekman <tomas.ekman@example.fi>", "Radera inte bilderna",
  """Hej,

Jag förstår att ni raderar gamla skolfoton efter en viss tid. Jag ber att ni INTE raderar bilderna och beställningsuppgifterna för min son Oliver Ekman (Borgaregatans skola, 2023–2026). Jag och hans mamma har en tvist i tingsrätten och uppgifterna om vem som beställt och betalat kan behövas. De behöver inte användas till något annat.

Tomas Ekman""")

E("sv", "access", False, "short 'registreutdrag tack' with typo",
  "Leif Sundqvist <leif.sundqvist@example.fi>", "registreutdrag",
  """registreutdrag tack. Leif Sundqvist, Korsholm""")

E("sv", "", False, "club chairman asks to publish team photo on website - rights question",
  "Fredrik Storbacka <fredrik.storbacka@example.fi>", "Lagfoto på hemsidan",
  """Hej!

Vi i IF Kamraterna köpte lagfoton av er i september. Får vi lägga upp dem på föreningens hemsida och Facebook, eller behöver vi fråga alla föräldrar först? Vad säger GDPR om det?

Fredrik Storbacka
ordförande""")

E("sv", "objection", False, "does not want data handed to inkasso; particular situation",
  "Hanna Lillqvist <hanna.lillqvist@example.fi>", "Inkasso",
  """Hej,

Jag vill inte att mina uppgifter lämnas till inkasso. Jag har betalat fakturan i två delar enligt avtal med er kundtjänst och sista delen betalas 30.11. Jag motsätter mig att ni skickar ärendet vidare.

Hanna Lillqvist""")

E("sv", "marketing_opt_out", False, "avregistera mig typo, very short",
  "Nina <nina.bjorkman@example.fi>", "avregistera",
  """avregistera mig från era mejl""")

E("sv", "", False, "reply thanking for access response, asks nothing more",
  "Henrik Wikström <henrik.wikstrom@example.fi>", "Sv: Ditt registerutdrag",
  """Tack för det snabba svaret och utdraget. Allt ser ut att stämma.

Henrik

Från: Zoomi Kuvakaupat dataskydd
Skickat: den 2 december 2026 10:14
Ämne: Ditt registerutdrag
Hej Henrik, bifogat finner du ett utdrag över de uppgifter vi behandlar om dig...""")

E("sv", "erasure", False, "ex-employee asks deletion of her staff photos from Zoomi archive and portal",
  "Emma Rosenqvist <emma.rosenqvist@example.fi>", "Personalbilder",
  """Hej,

Ni fotograferade personalen på Vasa Tandvård i våras. Jag har slutat där och vill att ni raderar de bilder ni tog av mig ur ert arkiv och er kundportal. Jag har bett min tidigare arbetsgivare ta bort dem från deras sida.

Emma Rosenqvist""")

E("sv", "rectification+restriction", False, "wrong guardian listed; correct and don't send child's photos to the listed person",
  "Anders Nyström <anders.nystrom@example.fi>", "Fel vårdnadshavare registrerad",
  """Hej,

I er beställningsportal för skolfoton står min före detta sambo som vårdnadshavare för min son Leo Nyström. Hon är inte hans vårdnadshavare, det är jag och Leos mamma Sofie Nyström. Rätta uppgifterna.

Tills det är rättat: lämna inte ut Leos bilder eller uppgifter till den person som nu står i systemet.

Anders Nyström
044 555 6677""")

E("sv", "", True, "newsletter in Swedish from a supplier (photo paper wholesaler)",
  "Fotopapper Norden AB <nyhetsbrev@fotopapper.example.se>", "Nyheter i december: nya matta fotopapper",
  """Hej fotograf!

I december lanserar vi tre nya matta papperskvaliteter för porträtt. Beställ provpaket gratis i webbshoppen.

Helgdagar: vårt lager är stängt 24–26.12.

Du får detta nyhetsbrev eftersom du är kund hos Fotopapper Norden AB. Avregistrera dig här.""",
  hdrs={"List-Unsubscribe": "<mailto:unsub@fotopapper.example.se>"})

E("sv", "complaint+access", False, "reminder of unanswered registerutdrag; conditional DPA",
  "Monica Björkell <monica.bjorkell@example.fi>", "Påminnelse: begäran om registerutdrag",
  """Hej,

Jag skickade en begäran om registerutdrag den 7 september och har fortfarande inte fått något svar, trots att en månad är den tid ni har på er. Om jag inte får utdraget inom en vecka lämnar jag in ett klagomål till dataombudsmannen.

Monica Björkell""")

E("sv", "", False, "complaint about print quality in Swedish (reklamation)",
  "Rasmus Holmström <rasmus.holmstrom@example.fi>", "Reklamation fotobok",
  """Hej,

Fotoboken vi fick i går har en sida där bilderna är förskjutna så att halva ansiktet hamnar i bindningen. Det ser inte ut så i förhandsvisningen. Jag vill reklamera boken och få en ny tryckt.

Ordernr 61122

Rasmus""")

E("sv", "portability", False, "asks for own booking and order data in machine-readable file for own use",
  "Sebastian Wiik <sebastian.wiik@example.fi>", "Dataportabilitet",
  """Hej!

Jag vill utnyttja min rätt till dataportabilitet. Skicka mig de uppgifter jag själv lämnat till er (kontouppgifter, bokningar via Slotti, beställningar) i ett maskinläsbart format, gärna JSON.

Sebastian Wiik""")

E("sv", "erasure+objection", False, "stop processing and delete, ceasing all processing",
  "Gun-Britt Kronholm <gunbritt.kronholm@example.fi>", "Radering",
  """Hej

Jag begär att ni raderar alla uppgifter om mig och mina barnbarn som jag beställt foton åt. Jag vill också att ni omedelbart upphör med all behandling av mina uppgifter.

Med vänlig hälsning
Gun-Britt Kronholm""")

E("sv", "", False, "asks if cookies can be declined on site; general privacy question",
  "Alexander Lund <alexander.lund@example.fi>", "Kakor",
  """Hej, går det att använda webbutiken utan att godkänna analyskakor? Bannern har bara knappen 'OK'. Bara nyfiken hur det fungerar.

/Alex""")

E("sv", "access", False, "where did you get my phone number for SMS",
  "Vivan Ehrnrooth <vivan.ehrnrooth@example.fi>", "Varifrån har ni mitt nummer?",
  """Hej,

Jag fick ett sms från er om julkort i går. Varifrån har ni fått mitt telefonnummer? Jag har aldrig gett det till er såvitt jag vet. Och vilka andra uppgifter har ni om mig?

Vivan Ehrnrooth""")
