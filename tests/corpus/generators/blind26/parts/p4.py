from parts.common import E

E("sv", "marketing_opt_out", False, "STOPP reply",
  "Kent Björkqvist <kent.bjorkqvist@example.fi>", "Sv: Julkort -20 %",
  """STOPP""")

E("sv", "erasure+marketing_opt_out", False, "no more ads and delete me",
  "Maria Lönnqvist <maria.lonnqvist@example.fi>", "sluta",
  """Sluta skicka reklam och ta bort mig ur ert register.
Maria""")

E("sv", "", True, "ticket receipt in Swedish",
  "Zoomi Kundtjänst <noreply@example.fi>", "[Ärende #48377] Vi har tagit emot ditt meddelande",
  """Hej,

tack för ditt meddelande. Ditt ärendenummer är #48377. Vi svarar inom två arbetsdagar.

Svara inte på detta meddelande.""")

E("sv", "restriction", False, "don't delete, I need records for dispute",
  "Johan Sundqvist <johan.sundqvist@example.fi>", "radera inte",
  """Radera inte mina beställningar och fakturor, jag behöver dem i tvisten med inkassobolaget. Spara allt tills vidare.

Johan Sundqvist""")

E("sv", "", False, "smiley-only reply",
  "Linda Vikman <linda.vikman@example.fi>", "Sv: Bilderna är klara!",
  """😊""")

E("sv", "access+complaint", False, "reminder, will go to dataombudsman",
  "Peter Östman <peter.ostman@example.fi>", "Påminnelse",
  """Jag bad om mina uppgifter 2.9 och har inte fått svar. Om jag inte hör av er inom en vecka anmäler jag er till dataombudsmannen.

Peter Östman""")

E("sv", "erasure", False, "take down picture from website",
  "Annika Söderström <annika.soderstrom@example.fi>", "bild på hemsidan",
  """Ta ner bilden på mig från er hemsida (personalbilden från Vasa stad). Jag återkallar mitt samtycke.""")

E("sv", "", True, "newsletter in Swedish",
  "Zoomi Kuvakaupat <nyhetsbrev@example.fi>", "Nytt i butiken: tavlor på canvas och aluminium",
  """Hej!

Nu kan du beställa dina egna bilder som canvastavla eller på aluminium, storlekar från 30x40 till 70x100. Leverans inom en vecka, eller hämta i butiken i Vasa.

Veckans tips: ta med gamla papperskopior så skannar vi dem åt dig.

Avsluta prenumerationen: https://example.fi/avsluta""")

E("sv", "objection", False, "object to analytics cookies",
  "Tobias Rönnholm <tobias.ronnholm@example.fi>", "spårning",
  """Jag motsätter mig att ni spårar mig med Google Analytics. Sluta med det.""")

E("sv", "marketing_opt_out", False, "no SMS ads",
  "Eva Strandberg <eva.strandberg@example.fi>", "sms",
  """Inga mer reklam-sms tack. Nummer 040 987 1122""")

E("sv", "rectification", False, "spelling of name",
  "Kristoffer Ahlroos <kristoffer.ahlroos@example.fi>", "namn",
  """Mitt namn stavas Kristoffer, inte Christoffer. Rätta det gärna.""")

E("sv", "", True, "out-of-office Swedish, no auto headers, parental leave",
  "Sofia Lindroos <sofia.lindroos@example.fi>", "Frånvarande",
  """Hej! Jag är föräldraledig till 31.3.2027. Kontakta kansliet, kansli@example.fi.

Sofia Lindroos
Korsholms gymnasium""")

E("sv", "access+portability", False, "copy of data plus file for transfer",
  "Anders Backman <anders.backman@example.fi>", "begäran",
  """Hej,
jag vill ha ett registerutdrag över allt ni har om mig, och de uppgifter jag själv lämnat också i maskinläsbar form så jag kan ta dem till en annan leverantör.

Anders Backman
Vörå""")

E("sv", "", False, "booking cancellation (near-miss)",
  "Ulrika Blomqvist <ulrika.blomqvist@example.fi>", "avboka",
  """Jag måste avboka min tid på torsdag, barnet är sjukt.""")

E("sv", "complaint", False, "has reported to dataombudsmannen",
  "Roger Kronqvist <roger.kronqvist@example.fi>", "anmälan",
  """För kännedom: jag har lämnat in en anmälan till dataombudsmannens byrå om hur ni hanterat mina uppgifter.""")

E("sv", "erasure", False, "delete account one-liner with typo",
  "Jonna <jonna.ek@example.fi>", "konto",
  """raderra mitt konto tack""")

E("sv", "", True, "survey in Swedish",
  "Zoomi Kuvakaupat <enkat@example.fi>", "Hur nöjd var du med skolfotograferingen?",
  """Hej,

hjälp oss bli bättre! Svara på tre frågor om höstens skolfotografering:
https://example.fi/enkat/sv/22b

Tack!""")

E("sv", "restriction", False, "pause processing while checking accuracy",
  "Marianne Holmström <marianne.holmstrom@example.fi>", "begränsa",
  """Jag bestrider att uppgifterna om mina obetalda fakturor stämmer. Begränsa behandlingen tills ni har kontrollerat dem.

Marianne Holmström""")

E("sv", "", False, "'ok tack' reply",
  "Bengt Sjöholm <bengt.sjoholm@example.fi>", "Sv: Vi behöver verifiera din identitet",
  """ok tack, återkommer""")

E("sv", "marketing_opt_out", False, "avsluta prenumeration subject only, signature body",
  "Ingrid Nordström <ingrid.nordstrom@example.fi>", "avsluta nyhetsbrevet",
  """Mvh Ingrid Nordström""")

E("sv", "objection+erasure", False, "daughter in shop window",
  "Cecilia Back <cecilia.back@example.fi>", "skyltfönstret",
  """Hej, min dotter syns i ert skyltfönster på Vasaratie. Ta bort bilden och använd den inte i någon reklam framöver.

Cecilia""")

E("sv", "", True, "calendar invitation Swedish",
  "Kalender <kalender@example.fi>", "Inbjudan: Fotografering Vikinga skola @ ons 23.9.2026 9–13",
  """Vikinga skola har bjudit in dig.

Fotografering Vikinga skola
När: ons 23.9.2026 9:00–13:00
Var: Matsalen

Ja – Kanske – Nej""")

E("sv", "access", False, "what's stored about my kids, guardian",
  "Jessica Westerlund <jessica.westerlund@example.fi>", "barnens uppgifter",
  """Vad har ni sparat om mina barn (Elsa och Oskar Westerlund)? Vi är vårdnadshavare.""")

E("sv", "", False, "where is my order (near-miss)",
  "Tommy Lund <tommy.lund@example.fi>", "beställning",
  """var är min beställning 55904? har väntat två veckor""")

E("sv", "portability", False, "portability to another photographer",
  "Josefin Wiik <josefin.wiik@example.fi>", "dataportabilitet",
  """Jag vill utnyttja min rätt till dataportabilitet och få mina kund- och beställningsuppgifter i CSV-format.""")

E("sv", "", True, "delivery report sv",
  "Postmaster <postmaster@example.se>", "Leveransrapport",
  """Ditt meddelande har levererats till följande mottagare:
tietosuoja@example.fi
Ämne: Begäran om radering""")

E("sv", "erasure+complaint", False, "delete or IMY/dataombudsman",
  "Nils Hägglund <nils.hagglund@example.se>", "radera nu",
  """Tredje gången jag ber er radera mina uppgifter. Ni bryter mot GDPR. Nu gör jag en anmälan till dataombudsmannen.""")

E("sv", "marketing_opt_out", False, "nej tack with phone footer",
  "Gun Rosenqvist <gun.rosenqvist@example.fi>", "Sv: Erbjudande",
  """nej tack

Skickat från min iPhone""")

E("sv", "rectification", False, "new email, old one wrong",
  "Daniel Engblom <daniel.engblom@example.fi>", "e-post",
  """Byt min e-postadress till daniel.engblom@example.se, den gamla används inte.""")

E("sv", "", False, "'Fel person' wrong recipient",
  "Ove Grönlund <ove.gronlund@example.fi>", "Sv: Ditt registerutdrag",
  """Jag har inte bett om något, ni har nog fel person.""")
