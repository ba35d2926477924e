from parts.common import E

E("sv", "access", False, "elderly Finland-Swede wants to check what is stored about her",
  "Ingrid Lindqvist <ingrid.lindqvist@example.fi>", "Mina uppgifter",
  """Bästa Zoomi,

Jag har varit kund hos er sedan ni hade affären på Hovrättsesplanaden. Nu läste jag i Vasabladet att man har rätt att granska sina uppgifter hos företag. Jag vill gärna granska vad ni har sparat om mig. Det får gärna komma per brev, men e-post går också bra, mitt barnbarn hjälper mig.

Med vänlig hälsning
Ingrid Lindqvist
Vasa""")

E("sv", "erasure+objection", False, "15-year-old: her photo in the company's Facebook ad, remove it and never use it",
  "Ella W <ella.westerholm10@example.fi>", "min bild på facebook",
  """hej

ni har min skolbild i en reklam på facebook ("boka skolfoto nu!!"). jag har inte sagt ja till det och min mamma har inte heller det. ta bort den och använd inte mina bilder i nån reklam alls.

ella westerholm, 15 år, Vörå samgymnasium""")

E("sv", "rectification+marketing_opt_out", False, "fix my address and stop the advertising, one sentence",
  "Tommy Ek <tommy.ek@example.fi>", "adress",
  """Hej, rätta min adress till Strandgatan 11 A 3, 68600 Jakobstad och sluta samtidigt skicka reklam, det är bara papper i sopkorgen.

Tommy Ek""")

E("sv", "restriction", False, "insurance claim for lost album; asks to keep order and delivery records",
  "Maria Kronqvist <maria.kronqvist@example.fi>", "Försvunnet fotoalbum – spara uppgifterna",
  """Hej,

mitt fotoalbum (order W-766512) försvann i posten och jag har gjort en anmälan till försäkringsbolaget. De kan behöva bekräftelse på beställningen, leveransen och betalningen. Var snälla och radera inte något om den beställningen förrän ärendet är klart, även om jag någon gång ber om att mitt konto tas bort.

Maria Kronqvist""")

E("sv", "", False, "parent wonders whether one may ask for a child's data, not asking yet",
  "Petra Forsman <petra.forsman@example.fi>", "Fråga om barnens uppgifter",
  """Hej!

En fråga bara: får man som förälder begära att få veta vilka uppgifter ni har om sitt barn, eller måste barnet göra det själv? Min dotter är 14. Jag funderar på att göra det men vill först veta hur det fungerar, så skicka ingenting ännu.

Petra Forsman""")

E("sv", "", True, "Slotti booking notice in Swedish",
  "Slotti <noreply@slotti.example.com>", "Ny bokning: Passfoto ti 1.12 kl 09:15",
  """En ny bokning har gjorts.

Tjänst: Passfoto (barn under 12 år)
Tid: tisdag 1.12.2026 kl 09:15–09:30
Plats: Zoomi Vasa, Vasaratie 2 A
Kund: Sara Björkqvist
Telefon: 040 456 7890
Meddelande: Barnet är 2 år, vi kommer med vagn

Detta är ett automatiskt meddelande från Slotti.""")

E("sv", "", True, "Swedish delivery failure notice for the company's reply",
  "Mail Delivery System <MAILER-DAEMON@example.fi>", "Det gick inte att leverera: Svar på er begäran om registerutdrag",
  """Det gick inte att leverera meddelandet till följande mottagare:

anders.bjorkman@example.se
Mottagarens postlåda är full och kan inte ta emot meddelanden just nu.

Fjärrserver returnerade: 552 5.2.2 Mailbox full

Ursprungligt meddelande:
Ämne: Svar på er begäran om registerutdrag
Hej, bifogat finns en kopia av de personuppgifter vi behandlar om er.""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "", True, "trade association newsletter in Swedish",
  "Fotobranschen i Finland r.f. <nyhetsbrev@fotobranschen.example.fi>", "Nyhetsbrev december 2026",
  """Bästa medlem,

I detta nummer:
• Nya regler för passfoton från 2027 – vad betyder de för din ateljé?
• Julmöte i Helsingfors 10.12, anmäl dig senast 4.12
• Medlemsförmån: rabatt på ansvarsförsäkring

Läs hela nyhetsbrevet på vår webbplats.

Du får detta e-postmeddelande som medlem i Fotobranschen i Finland r.f. Avsluta prenumerationen här.""")

E("sv", "access", False, "mother writes for adult son living abroad, wants copy of his data",
  "Birgitta Holmström <birgitta.holmstrom@example.fi>", "Min sons uppgifter",
  """Hej,

min son Johan Holmström (född 1994) bor i Australien och bad mig skriva till er eftersom han inte kommer åt sin gamla e-post. Han vill ha en kopia av de uppgifter ni har om honom, han har beställt passfoton och en fotobok hos er. Han skriver under fullmakten och skickar den per post, eller så kan ni kontakta honom på johan.holmstrom@example.com.

Birgitta Holmström""")

E("sv", "access+complaint", False, "angry: believes address was given to an insurer, demands who got data, says GDPR breach",
  "Roger Lindén <roger.linden@example.fi>", "Vem har ni gett min adress till??",
  """Efter att jag beställde skolfoton för min dotter har jag fått reklam från ett försäkringsbolag för "barnförsäkring" med exakt samma stavfel i namnet som på er faktura. Jag vill veta vem ni har delat mina uppgifter med och vad ni har gett dem. Att sälja kunduppgifter utan samtycke är ett brott mot GDPR och det vet ni.

Roger Lindén""")

E("sv", "erasure", False, "very polite erasure from customer register",
  "Elisabeth Nordling <elisabeth.nordling@example.fi>", "Vänlig begäran",
  """Bästa mottagare,

Jag skulle vara mycket tacksam om ni vänligen kunde ta bort mig ur ert kundregister. Jag har varit nöjd med era tjänster, men jag använder dem inte längre och vill inte att mina uppgifter finns kvar i onödan.

Tack för er hjälp och ha en fin advent.

Med vänliga hälsningar
Elisabeth Nordling""")

E("sv", "access", False, "reminder of a register extract request",
  "Patrik Söderlund <patrik.soderlund@example.fi>", "Påminnelse: registerutdrag",
  """Hej,

jag skickade en begäran om registerutdrag den 12 oktober men har inte hört något. Kan ni bekräfta att ni fått den och när jag kan vänta mig svar?

Patrik Söderlund
0400 765 432""")

E("sv", "erasure", False, "reply to acknowledgement of erasure request with order number",
  "Camilla Åberg <camilla.aberg@example.fi>", "SV: Vi har tagit emot er begäran om radering",
  """Hej, ordernumret är W-758801. Det var en fotokalender 2025.

/Camilla

Från: Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>
Skickat: den 17 november 2026 10:22
Ämne: Vi har tagit emot er begäran om radering

Hej,
vi har tagit emot er begäran om radering av personuppgifter. För att bekräfta er identitet ber vi er uppge ett ordernummer eller en bildkod.""")

E("sv", "erasure", False, "asks to postpone the erasure until photos are picked up, then delete",
  "Niklas Hägg <niklas.hagg@example.fi>", "Vänta med raderingen",
  """Hej igen,

jag skrev i går att ni ska radera allt om mig och barnen. Kan ni vänta med det tills jag har hämtat de sista utskrifterna i butiken på fredag? Efter det får ni radera allt som planerat.

Niklas""")

E("sv", "portability", False, "direct transfer of data to another provider",
  "Emma Lindroos <emma.lindroos@example.fi>", "Begäran om dataportabilitet",
  """Hej,

med stöd av rätten till dataportabilitet ber jag er att överföra de uppgifter jag själv lämnat till er (kontouppgifter, adresser, beställningshistorik och uppladdade bilder) i ett strukturerat, maskinläsbart format direkt till Fotoplats Ab, kontakt data@fotoplats.example.se. Om det inte går tekniskt, skicka filerna till mig.

Emma Lindroos""")

E("sv", "objection", False, "objects to Google Analytics tracking",
  "Oskar Mattsson <oskar.mattsson@example.fi>", "Spårning",
  """Jag godkänner inte att ni följer vad jag gör i er webbutik med Google Analytics eller något annat analysverktyg. Jag är inloggad kund med den här adressen. Sluta analysera mitt beteende.

Oskar""")

E("sv", "rectification+complaint", False, "child's name wrong again; threatens Dataombudsmannen if not fixed",
  "Jonna Karlsson <jonna.karlsson@example.fi>", "Fel namn – igen",
  """Hej

För tredje året i rad står min sons namn fel i klasskatalogen och på fotopåsen: "Wilhelm Carlson" när han heter Vilhelm Karlsson. Jag har påpekat det två gånger. Rätta det nu ordentligt i ert register. Om jag inte får svar inom en vecka kontaktar jag Dataombudsmannen.

Jonna Karlsson""")

E("sv", "", False, "school photo invoice wrong amount",
  "Fredrik Åkerlund <fredrik.akerlund@example.fi>", "Fel på fakturan",
  """Hej, fakturan för skolfotona (nr 882114) är på 79 € men jag beställde paket B som kostar 49 €. Kan ni skicka en ny faktura? /Fredrik Åkerlund""")

E("sv", "", False, "passport photo not found at police service",
  "Sanna Björkman <sanna.bjorkman@example.fi>", "Passfoto syns inte hos polisen",
  """Hej, jag tog passfoto hos er i måndags men när jag ansöker om pass på polisens webbplats hittas inte bilden med koden på fotokvittot. Har den skickats? Koden börjar på 7K.

Sanna""")

E("sv", "", False, "where is my order",
  "Lars Holmberg <lars.holmberg@example.se>", "Var är min beställning?",
  """Hej, jag beställde en fotobok (W-771560) till Sverige för tre veckor sedan och den har inte kommit. Spårningen står på "i transit" sedan 10.11. Kan ni kolla?

Lars Holmberg
Sundsvall""")

E("sv", "", False, "wants to order a copy of a class photo",
  "Hanna Rönnqvist <hanna.ronnqvist@example.fi>", "Kopia av klassbilden",
  """Hej! Jag skulle vilja beställa en kopia av klassbilden från 2019 (Kvarkens skola, åk 6B). Vår kopia förstördes i en vattenskada. Finns den kvar hos er och vad kostar den?

Hanna Rönnqvist""")

E("sv", "marketing_opt_out", False, "forwards an SMS offer and says STOPP",
  "Daniel Nyberg <daniel.nyberg@example.fi>", "Fwd: SMS från Zoomi",
  """STOPP. Jag har svarat STOPP på sms:et två gånger men de fortsätter komma.

Daniel

-----
Från: ZOOMI
Julklappstips! Fotokalender 2027 nu 19,90 €. zoomi.example.fi/kalender Avregistrera: svara STOPP""")

E("sv", "rectification+restriction", False, "photographer recorded wrong school; correct it and do not distribute the catalogue meanwhile",
  "Anders Sjöblom <anders.sjoblom@example.fi>", "Fel skola i klasskatalogen",
  """Hej,

er fotograf har registrerat min dotter Alva Sjöblom på fel skola, så hennes bild och namn hamnade i klasskatalogen för Solf skola fast hon går i Sundom skola. Rätta uppgifterna, och dela inte ut eller skicka katalogen med hennes bild till Solf skola innan det är rättat.

Anders Sjöblom""")

E("sv", "access+erasure", False, "wants register extract and the child's photos deleted from the web gallery",
  "Tove Backlund <tove.backlund@example.fi>", "Barnens bilder i webbgalleriet",
  """Hej,

jag vill veta vilka uppgifter ni har om mig och mina barn (Leo och Iris Backlund, daghemmet Pikku Karhu). Dessutom vill jag att barnens bilder tas bort från webbgalleriet, vi har redan beställt det vi ville ha.

Tack,
Tove Backlund""")

E("sv", "erasure", False, "former employee wants staff photo removed from the company's archive and reference page",
  "Mikaela Storbacka <mikaela.storbacka@example.fi>", "Min personalbild",
  """Hej,

jag har slutat på Kvarkens Redovisning Ab där ni fotograferade personalen 2024. Min bild finns fortfarande med i ert referensgalleri för företagsfotografering på er webbplats. Kan ni ta bort den därifrån och ur ert bildarkiv? Mitt tidigare arbete har jag själv bett ta bort den från deras sida.

Mikaela Storbacka""")

E("sv", "access+complaint", False, "Sweden resident, reminder of access request, says she will report to IMY",
  "Karin Lundgren <karin.lundgren@example.se>", "Andra påminnelsen – begäran om tillgång",
  """Hej,

detta är min andra påminnelse. Den 28 september begärde jag att få ta del av mina personuppgifter enligt artikel 15. Det har gått mer än en månad. Får jag inget svar inom 14 dagar anmäler jag er till Integritetsskyddsmyndigheten.

Karin Lundgren
Göteborg""")

E("sv", "access", False, "plain question who the data has been shared with",
  "Stefan Rosenback <stefan.rosenback@example.fi>", "fråga",
  """Hej! Vilka har ni delat mina uppgifter med? Jag har fått samtal från en fotograf i Seinäjoki som visste att jag tagit familjebilder hos er.

Stefan""")

E("sv", "marketing_opt_out", False, "'sluta skicka' above quoted newsletter",
  "Ulla Kvist <ulla.kvist@example.fi>", "SV: Julens bästa fotopresenter",
  """Sluta skicka dessa.

Skickat från min iPad

> Zoomi Kuvakaupat <uutiset@example.fi> skrev:
> Julens bästa fotopresenter – nu med 20 % rabatt!
> Vill du inte längre få våra nyheter? Avsluta prenumerationen.""")

E("sv", "objection", False, "long wedding story; at the end, no longer use the wedding photos in ads",
  "Josefin Mård <josefin.mard@example.fi>", "Tack för bröllopsbilderna – och en sak till",
  """Hej Kristian och hela Zoomi-teamet!

Nu har vi äntligen hunnit gå igenom alla bilder från bröllopet i juli i Replot. De är helt fantastiska, särskilt solnedgångsbilderna vid bron. Min mormor grät när hon såg albumet. Vi har redan rekommenderat er till två par i vår bekantskapskrets.

Vi beställer nog också en större canvas till vardagsrummet efter jul, kanske den där vi går på bryggan.

En sak till: vi gick med på att ni fick använda några bilder i er marknadsföring, men efter att vi såg oss själva på en busshållplatsreklam i Vasa känns det lite för mycket. Vi vill att ni slutar använda våra bilder i reklam från och med nu. Det som redan är tryckt förstår vi att ni inte kan göra något åt.

Varma hälsningar
Josefin och Mattias Mård""")

E("sv", "", False, "sports club contact asks for the team photo schedule",
  "Jens Kullberg <jens.kullberg@example.fi>", "Lagfotografering IFK",
  """Hej,

vi i IFK Vasa juniorer undrar om ni hinner fotografera våra tolv lag innan jul, helst en lördag i Botniahallen. Förra året tog det ca 3 timmar. Vad har ni för lediga datum?

Jens Kullberg
lagledare P12""")
