from parts.common import E

E("sv", "access", False, "Art 15 formal request listing recipients, retention etc.",
  "Oskar Lindroos <oskar.lindroos@example.fi>", "Begäran om tillgång enligt artikel 15",
  """Hej,

Med stöd av artikel 15 i dataskyddsförordningen begär jag att få veta om ni behandlar personuppgifter om mig och i så fall få en kopia av dem, samt information om ändamålen, mottagarna (namngivna), lagringstiden, varifrån uppgifterna kommer och om automatiserat beslutsfattande förekommer. Jag är medveten om min rätt att lämna in klagomål till tillsynsmyndigheten.

Oskar Lindroos
Helsingfors""")

E("sv", "", False, "'ta bort beställningen' = cancel order",
  "Emilia Grönroos <emilia.gronroos@example.fi>", "ta bort beställning",
  """Hej! Kan ni ta bort min beställning 91200? Jag råkade välja fel storlek. Jag gör en ny.
Emilia""")

E("sv", "erasure", False, "deceased husband's data, widow",
  "Siv Haglund <siv.haglund@example.fi>", "Min man",
  """Hej,

min man Ture Haglund dog i augusti. Det kommer fortfarande reklam från er adresserad till honom. Var snäll och ta bort honom ur ert register.

Siv Haglund
Närpes""")

E("sv", "rectification", False, "name changed after divorce",
  "Nina Kronholm <nina.kronholm@example.fi>", "namnbyte",
  """Hej, jag har tagit tillbaka mitt flicknamn Kronholm (tidigare Eriksson). Byt mitt efternamn i era uppgifter. Samma e-post och telefon.
/Nina""")

E("sv", "", True, "Verifone payment failure notice Swedish",
  "Verifone <no-reply@verifone.example.com>", "Betalningen misslyckades",
  """Din betalning till Zoomi Kuvakaupat Oy på 54,00 EUR kunde inte genomföras.
Kort: MASTERCARD **** 2231
Orsak: Kortet har gått ut

Försök igen: https://pay.verifone.example.com/r/55a1
Detta är ett automatiskt meddelande.""")

E("sv", "objection+marketing_opt_out", False, "no marketing and object to purchase history used for statistics/analytics",
  "Kenneth Storbacka <kenneth.storbacka@example.fi>", "Marknadsföring och profilering",
  """Hej,

Jag vill inte längre få marknadsföring från er i någon kanal. Jag invänder också mot att ni använder min köphistorik för statistik och analys i er affärsutveckling – det har jag aldrig bett om.

Kenneth""")

E("sv", "erasure+complaint", False, "reminder of unanswered shop-window photo removal, conditional complaint to Dataombudsmannen",
  "Madeleine Sandvik <madeleine.sandvik@example.fi>", "Sv: Bilden i skyltfönstret",
  """Hej igen,

Det har gått tre veckor sedan jag bad er ta bort bilden på mig och min dotter ur skyltfönstret i Jakobstad, och den sitter fortfarande kvar. Om den inte är borta senast på fredag kontaktar jag Dataombudsmannen.

Madeleine Sandvik

> 3.11.2026 skrev Madeleine Sandvik:
> Ta bort bilden på oss ur skyltfönstret, vi har inte gett tillstånd.""")

E("sv", "portability", False, "downloadable copy of uploads for another service",
  "Daniel Finnholm <daniel.finnholm@example.fi>", "Ladda ner mina data",
  """Hej, finns det något sätt att ladda ner alla mina data från webbutiken (bilder, fotoboksprojekt, beställningar) i ett format som går att importera i en annan tjänst? Jag vill flytta allt.
Daniel""")

E("sv", "", False, "employee of client organisation asks to book staff photo day",
  "Susanne Hägg, Korsholms kommun <susanne.hagg@example.fi>", "Bokning av personalfotografering",
  """Hej,

Vi skulle vilja boka personalfotografering för ca 40 personer på kommunkansliet i januari. Vilka datum har ni lediga? Bilderna används på vår webbplats och i intranätet.

Susanne Hägg
Kommunikatör""")

E("sv", "access+erasure+marketing_opt_out", False, "three-way: what data, stop ads, delete after",
  "Viktor Mård <viktor.mard@example.fi>", "GDPR",
  """hej

1) vilka uppgifter har ni om mig
2) sluta skicka reklam
3) radera sen allt

mvh Viktor Mård
Skickat från min iPhone""")

E("sv", "", False, "billing dispute wrong amount, not rectification",
  "Agneta Löfqvist <agneta.lofqvist@example.fi>", "Fel på fakturan",
  """Hej! Fakturan 2026-10288 är på 89 € men vi kom överens om 69 € (skolfotopaket med syskonrabatt). Kan ni skicka en rättad faktura?
Agneta""")

E("sv", "restriction", False, "don't pass data on until checked, client org context",
  "Thomas Smeds <thomas.smeds@example.fi>", "Lämna inte ut mina uppgifter",
  """Hej,

Jag har hört att ni ska lämna ut personalfotona och våra namn till ett rekryteringsföretag som vår arbetsgivare anlitat. Jag anser att uppgifterna om mig är felaktiga (fel titel och avdelning). Lämna inte ut mina uppgifter förrän ni har kontrollerat dem.

Thomas Smeds""")

E("sv", "", True, "client organisation's ticket-system receipt",
  "Kundtjänst Vasa Elektriska <kundtjanst@vasaelektriska.example.fi>", "Ärende #44120 mottaget",
  """Tack för ditt meddelande. Vi har tagit emot ditt ärende och svarar inom tre arbetsdagar.
Ärendenummer: 44120

Detta är ett automatiskt svar.""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "erasure", False, "delete account sv one line",
  "Alexander Holmström <alexander.holmstrom@example.se>", "radera konto",
  """Radera mitt konto hos er, användarnamn alexh92. Tack.""")

E("sv", "access", False, "reminder of unanswered registerutdrag",
  "Elin Kvist <elin.kvist@example.fi>", "Påminnelse: registerutdrag",
  """Hej,
jag skickade en begäran om registerutdrag 1.10 men har inte fått något svar. Vänligen bekräfta att den tagits emot.
Elin Kvist""")

E("en", "access", False, "expat parent asks what data on kids from school photography",
  "Rachel Moore <rachel.moore@example.com>", "Data about my children",
  """Hi,

We moved to Vaasa last year and both of our kids were photographed at school by your company this autumn. We never filled in any form ourselves, so I'd like to know what personal data you hold about them (Leo Moore, 3rd grade, and Isla Moore, 1st grade), where you got it from, and who else can see the photos.

Thanks,
Rachel Moore""")

E("en", "marketing_opt_out", False, "unsubscribe typo",
  "Dave <dave.k@example.com>", "unsubcribe",
  """pls unsubcribe me from your emails""")

E("en", "erasure", False, "delete my account, short",
  "Priya Nair <priya.nair@example.com>", "Account deletion",
  """Hello, please delete my account and all associated data. I created it only to order a passport photo in 2025.
Best, Priya""")

E("en", "", True, "parcel delivery notice English",
  "DHL Express <noreply@dhl.example.com>", "Your shipment 1234567890 is out for delivery",
  """Your shipment from ZOOMI KUVAKAUPAT OY is out for delivery today.

Waybill: 1234567890
Estimated delivery: 12:00–16:00

Manage your delivery: https://dhl.example.com/track/1234567890
This is an automated message, please do not reply.""")

E("en", "portability", False, "Article 20 request",
  "Martin Schulz <martin.schulz@example.com>", "Article 20 data portability request",
  """Dear Sir or Madam,

Under Article 20 GDPR I request that you provide the personal data I have provided to you (account details, uploaded images, order history) in a structured, commonly used and machine-readable format, and, where technically feasible, transmit it directly to PhotoBox Europe (privacy@photobox.example.com).

Kind regards,
Martin Schulz
Hamburg""")

E("en", "complaint+access", False, "will go to DPA; SAR reminder",
  "Tom Walker <tom.walker@example.com>", "Re: Subject Access Request – 35 days and counting",
  """Hello,

I sent a subject access request on 2 October. It's now 35 days later and I have had no reply at all, which is outside the one-month limit. Please send the data immediately. If I don't have it by Friday I will be lodging a complaint with the Finnish Data Protection Ombudsman.

Tom Walker

On 2 Oct 2026, Tom Walker wrote:
> Please send me a copy of all personal data you hold about me.""")

E("en", "", False, "reprint order, 'copy of my photos' near-miss",
  "Sophie Turner <sophie.turner@example.com>", "Copy of my photos",
  """Hi! Could I get another copy of the family photos from our session on 14 Sept? We'd like two more 20x30 prints. Same address as before.
Sophie""")

E("en", "rectification", False, "wrong surname on child's order",
  "Ahmed Hassan <ahmed.hassan@example.com>", "Wrong surname",
  """Hello, my son's surname is spelled wrong on the school photo order page: "Hasan" instead of "Hassan". Please correct it in your records. Code K5-30122.
Ahmed""")

E("en", "objection", False, "object to being passed to debt collector, disputes",
  "Laura Bianchi <laura.bianchi@example.com>", "Debt collection",
  """Hi,

I've disputed invoice 2026-09877 twice by email because the prints arrived damaged, and I have photos proving it. Today I got a letter from OK-perintä. I object to my personal data being passed to a debt collector while the dispute is open. Please recall the case.

Laura Bianchi""")

E("en", "", False, "asks about GDPR for a student project, generic",
  "Jake Morrison <jake.morrison@example.com>", "Question about your privacy policy",
  """Hi, I'm doing a course project at the university on how small businesses handle GDPR. Could you tell me which booking system you use and whether you have a DPO? This isn't a request about my own data.
Thanks, Jake""")

E("en", "erasure+objection", False, "shop window photo, take it down and never use",
  "Hannah Clarke <hannah.clarke@example.com>", "Our photo in your window",
  """Hi,

A friend told me our wedding photo is on display in your shop window on Hovioikeudenpuistikko. I never agreed to that. Please take it down, and don't use any of our pictures for advertising in the future.

Hannah Clarke""")

E("en", "", True, "out of office English",
  "James O'Neill <james.oneill@example.com>", "Automatic reply: Your staff photo gallery is ready",
  """Thank you for your email. I am out of the office until 5 January with limited access to email. For urgent matters please contact hr@example.com.

James""")

E("en", "marketing_opt_out+erasure", False, "remove me (and ask full deletion explicitly)",
  "Chloe Martin <chloe.martin@example.com>", "Remove me",
  """Remove me from your mailing list, and while you're at it delete everything you have on me. I haven't bought anything since 2021.""")

E("en", "restriction", False, "preservation notice for dispute",
  "Daniel Price <daniel.price@example.com>", "Preservation of records – order 88120",
  """Dear Zoomi,

I am in a dispute with you regarding order 88120 (wedding shoot, June 2026) and intend to take it to the Consumer Disputes Board. Please preserve all records, emails, booking history and photos relating to me and this order, and prevent their deletion until the matter is resolved.

Regards,
Daniel Price""")

E("en", "access", False, "who have you shared my data with, Google Analytics mention",
  "Nora Fitzgerald <nora.fitzgerald@example.com>", "Who gets my data?",
  """Hi there,

Quick question: who have you shared my personal data with? Your privacy notice mentions Slotti, Business Central and Google Analytics but I'd like to know which of them actually received my details, and when.

Nora""")
