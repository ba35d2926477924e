from parts.common import E

E("fi", "access", False, "phone, no umlauts, Outlook for Android signature",
  "Sami Huttunen <sami.huttunen@example.fi>", "tiedot",
  """saisinko nahda mita tietoja teilla on musta tallessa? kavin passikuvassa elokuussa ja nyt tulee jotain kyselyita

Hanki Outlook for Android""")

E("fi", "erasure", False, "guardian with joint custody, both agree, delete son's photos",
  "Petra Lundqvist <petra.lundqvist@example.fi>", "Poikani kuvat",
  """Hei,

pyydämme, että poistatte kaikki poikamme Oskari Lundqvistin (s. 2017) kuvat ja tiedot
järjestelmistänne. Kuvat on otettu Palosaaren koulussa 2024 ja 2025, emme ole tilanneet niitä.
Olemme eronneet, mutta Oskarin isä Mikael Lundqvist on tästä samaa mieltä ja hänet on merkitty
tähän viestiin kopioksi.

Petra Lundqvist""",
  hdrs={"Cc": "Mikael Lundqvist <mikael.lundqvist@example.fi>"})

E("fi", "access", False, "formal Finnish Art 15; 'reserve right to complain' (not a complaint)",
  "Kaisa Vuorinen <kaisa.vuorinen@example.fi>", "Henkilötietojen tarkastuspyyntö",
  """Hyvä rekisterinpitäjä,

pyydän tietosuoja-asetuksen 15 artiklan mukaisesti saada tiedon kaikista minua koskevista
henkilötiedoista, joita Zoomi Kuvakaupat Oy käsittelee, sekä tiedot käsittelyn tarkoituksista,
vastaanottajista ja säilytysajoista. Pyydän erityisesti selvittämään, onko tietojani luovutettu
Google Analyticsiin tai perintäyhtiölle.

Pidätän oikeuden kääntyä tarvittaessa valvontaviranomaisen puoleen.

Kaisa Vuorinen""")

E("fi", "marketing_opt_out", False, "reply in newsletter thread: cancel newsletter subscription",
  "Tarja Ojala <tarja.ojala@example.fi>", "Vs: Zoomin joulukalenteri avautuu!",
  """Peruutan tämän uutiskirjeen tilauksen. En muista edes tilanneeni sitä.

T. Ojala

> Zoomin joulukalenteri avautuu 1.12.! Joka päivä uusi tarjous.
> Et halua enää uutiskirjettämme? Peru tilaus tästä.""")

E("fi", "rectification", False, "email changed, explicitly don't delete account",
  "Mervi Kangas <mervi.kangas@example.fi>", "Sähköpostin vaihto",
  """Hei!

Sähköpostiosoitteeni on vaihtunut, uusi on mervi.kangas@example.fi (vanha mervi.k@example.test
suljetaan vuoden lopussa). Päivittäkää se tiliini. Tiliä ei siis tarvitse poistaa, haluan pitää
vanhat kuvat tallessa.

Mervi""")

E("fi", "restriction", False, "don't delete wedding photos/data, needed for insurance dispute, otherwise don't use",
  "Lauri Heikkilä <lauri.heikkila@example.fi>", "Hääkuvat ja vakuutusasia",
  """Hei,

kuulin että poistatte vanhat kuvaukset järjestelmästä vuoden jälkeen. Pyydän, ettette poista
meidän hääkuvaustamme (kesäkuu 2025) ettekä siihen liittyviä tilaus- ja viestitietoja, koska
tarvitsen niitä vakuutusyhtiön kanssa käytävässä korvausriidassa (kameran rikkoutuminen juhlissa).
Muuhun niitä ei tarvitse käyttää, eikä niitä saa käyttää.

Lauri Heikkilä""")

E("fi", "objection", False, "stop analysing purchases / personalised recommendations",
  "Noora Kinnunen <noora.kinnunen@example.fi>", "Suositukset verkkokaupassa",
  """Hei,

verkkokauppanne näyttää minulle "sinulle valittuja" tuotteita sen perusteella mitä olen ostanut ja
katsellut. En halua, että ostoksiani ja selailuani analysoidaan tällä tavalla. Lopettakaa se
minun osaltani. Muuten kauppa on ihan hyvä.

Noora""")

E("fi", "", False, "asks whether one can refuse school photo altogether (question, not request)",
  "Timo Karjalainen <timo.karjalainen@example.fi>", "Voiko koulukuvasta kieltäytyä?",
  """Hei,

voiko lapsen koulukuvauksesta kieltäytyä kokonaan, ja jos voi, kenelle siitä ilmoitetaan –
koululle vai teille? Ja jos kuva on jo otettu, voiko sen myöhemmin pyytää poistamaan? Kysyn
ihan yleisesti, ennen kuin puhumme asiasta perheessä.

Timo Karjalainen""")

E("fi", "", True, "Teams meeting invitation from partner, no auto headers",
  "Kuvalaboratorio Oy <myynti@kuvalabra.example.fi>", "Kutsu: Vuoden 2027 hinnoittelupalaveri",
  """Kuvalaboratorio Oy on kutsunut sinut kokoukseen.

Vuoden 2027 hinnoittelupalaveri
Milloin: to 3.12.2026 13.00–14.00 (UTC+02:00) Helsinki
Missä: Microsoft Teams -kokous

Liity tietokoneella tai mobiilisovelluksella
Liity kokoukseen napsauttamalla tätä
Kokouksen tunnus: 384 112 907 55
Tunnuskoodi: x7Ab2Q

Hyväksy | Ehkä | Hylkää""")

E("fi", "", False, "cancel order (near-miss 'perua tilaus')",
  "Jussi Keränen <jussi.keranen@example.fi>", "Tilauksen peruminen",
  """Hei, haluan perua tilaukseni 100602 (kuvakirja), tilasin vahingossa väärän koon. Voitteko poistaa
tilauksen ennen kuin se menee painoon? Teen sitten uuden. Jussi""")

E("fi", "access", False, "who have you given my data to; got partner's ad",
  "Anu Leinonen <anu.leinonen@example.fi>", "Yhteistyökumppanin mainos",
  """Hei,

sain eilen kehystysliikkeen mainoksen, jossa mainittiin "Zoomi Kuvakauppojen asiakkaille".
Kenelle kaikille olette luovuttaneet tietojani ja mitä tietoja? Haluan listan.

Anu Leinonen""")

E("sv", "erasure", False, "delete account, Swedish from Sweden, long legal disclaimer in signature",
  "Oskar Hedlund <oskar.hedlund@konsultbyra.example.se>", "Radera mitt konto",
  """Hej,

jag beställde en fotobok från er när jag bodde i Vasa 2023. Radera mitt konto och alla uppgifter
som hör till det.

Med vänlig hälsning
Oskar Hedlund
Senior konsult | Hedlund & Partners Konsultbyrå AB
Drottninggatan 12, 111 51 Stockholm

Detta e-postmeddelande och eventuella bilagor är avsedda endast för den eller de adressater som
anges ovan och kan innehålla konfidentiell eller sekretessbelagd information. Om du inte är avsedd
mottagare ber vi dig att omedelbart meddela avsändaren och radera meddelandet. All otillåten
användning, spridning eller kopiering är förbjuden. Hedlund & Partners behandlar personuppgifter i
enlighet med dataskyddsförordningen; läs mer på https://konsultbyra.example.se/integritet.""")

E("sv", "access", False, "phone, typo 'registreutdrag'",
  "Jessica Nyqvist <jessica.nyqvist@example.fi>", "registreutdrag",
  """hej kan ja få ett registreutdrag, tack

Skickat från min Galaxy""")

E("sv", "access+portability", False, "copy of data in machine-readable format to move it",
  "Sebastian Wik <sebastian.wik@example.fi>", "Kopia av mina uppgifter",
  """Hej,

jag vill ta del av alla personuppgifter ni har om mig. Skicka dem gärna i ett maskinläsbart format
(CSV eller JSON) så att jag kan flytta beställningshistoriken till en annan tjänst.

Sebastian Wik""")

E("sv", "marketing_opt_out", False, "typo 'avregistera'",
  "Monica Lassila <monica.lassila@example.fi>", "reklam",
  """Avregistera mig från alla era utskick. Tack.
Monica Lassila""")

E("sv", "rectification", False, "child's double surname missing second part",
  "Patrik Smeds <patrik.smeds@example.fi>", "Vår sons efternamn",
  """Hej,

vår son heter Vilgot Smeds-Kronqvist, men i ert system och på skolfotobeställningen står bara
"Vilgot Smeds". Kan ni rätta det? Han går i klass 1 i Kvevlax skola.

Patrik Smeds""")

E("sv", "restriction+rectification", False, "contests birth date on passport photo order, don't use until checked",
  "Solveig Wikman <solveig.wikman@example.fi>", "Fel uppgifter på passfotobeställningen",
  """Hej,

på kvittot för mitt passfoto står ett födelsedatum som inte är mitt (12.3.1958). Mitt rätta
födelsedatum är 21.3.1958. Använd inte uppgifterna till någonting innan ni har kontrollerat och
rättat dem – jag vill inte att fel uppgifter skickas vidare någonstans.

Solveig Wikman""")

E("sv", "objection", False, "withdraws permission for son's photo in shop window",
  "Jenny Sjöberg <jenny.sjoberg@example.fi>", "Bilden i skyltfönstret",
  """Hej,

i våras gav jag lov till att ni får använda en bild av min son Albin i ert skyltfönster på
Hovrättsesplanaden. Jag tar tillbaka det tillståndet nu – han är tio år och tycker att det är
pinsamt. Ni får inte använda bilden längre.

Jenny Sjöberg""")

E("sv", "erasure", False, "15-year-old asks own photos deleted",
  "Wilma Kronholm <wilma.kronholm@example.fi>", "mina bilder",
  """hej jag är 15 och går i 9an i Vasa övningsskola. ni tog bilder på mig i skolan i höstas och jag
vill att ni tar bort dem från ert system, jag har inte köpt några. mvh wilma""")

E("sv", "", False, "thanks for fast service, asks about gift cards",
  "Margareta Back <margareta.back@example.fi>", "Tack!",
  """Hej!

Tack för den snabba leveransen, fotokalendern blev jättefin. Säljer ni presentkort? Jag skulle
vilja ge ett till min syster i julklapp.

Margareta""")

E("sv", "", True, "other firm's newsletter without headers, text says unsubscribe or change details",
  "Bokhandeln Vasa <nyhetsbrev@bokhandelnvasa.example.fi>", "Veckans boktips och julens öppettider",
  """Hej!

Veckans boktips: "Ljuset över Kvarken" – en fotobok om världsarvet.
Julens öppettider: 24.12 stängt, 27.12 kl. 12–16.

Du får det här brevet eftersom du är medlem i vår kundklubb. Du kan avsluta prenumerationen
eller ändra dina uppgifter här: https://bokhandelnvasa.example.fi/kundklubb""")

E("en", "erasure", False, "non-native English, 'remove all my informations'",
  "Nguyen Thi Lan <lan.nguyen@example.com>", "remove informations",
  """Dear Zoomi,

Please to remove all my informations from your company. I did passport photo in your shop in
2025 and after this I receive always message. I not want you have my informations.

Thank you very much
Lan""")

E("en", "access", False, "very short 'DSAR'",
  "Paul Evans <paul.evans@example.com>", "DSAR",
  """DSAR please. Name Paul Evans, email as above, customer since 2021.""")

E("en", "erasure", False, "escalation: earlier only unsubscribed, now wants full deletion",
  "Chloe Bennett <chloe.bennett@example.com>", "Re: You have been unsubscribed",
  """Thanks for unsubscribing me last month. On second thought I'd like you to go further and delete
my whole account and everything you have about me, photos included.

Chloe

> You have been unsubscribed from Zoomi News. We're sorry to see you go.""")

E("en", "marketing_opt_out", False, "no more newsletters, polite",
  "Linda Harris <linda.harris@example.com>", "Newsletters",
  """Hello, I'd rather not receive your newsletters or offers any more – could you take care of that?
Nothing wrong with your service, I just get too much email. Best, Linda""")

E("en", "rectification", False, "phone number digits swapped",
  "Samuel Okafor <samuel.okafor@example.com>", "Phone number",
  """Hi, the phone number on my account ends in ...47, not ...74 – that's why I never got the SMS
reminder for my booking. Full number: +358 40 555 1247. Please fix. Sam""")

E("en", "complaint", False, "calm: complaint lodged with the DPA, reference number",
  "Helen Clarke <helen.clarke@example.com>", "Complaint lodged",
  """Dear Zoomi Kuvakaupat,

For your information: on 20 November 2026 I lodged a complaint with the Office of the Data
Protection Ombudsman about the way my daughter's photos were published in your online gallery
without a password. You will presumably hear from them directly.

Regards,
Helen Clarke""")

E("en", "", False, "thanks for photos + price question for reprints",
  "Daniel Foster <daniel.foster@example.com>", "Lovely photos",
  """Hi! Just wanted to say the family photos turned out great, the kids look like actual angels for
once. How much would 5 extra 10x15 prints of photo no. 14 cost? Dan""")

E("en", "", True, "customer satisfaction survey without auto headers",
  "Vaasa Business Hotel <feedback@vaasahotel.example.com>", "How was your stay? Tell us in 2 minutes",
  """Dear guest,

thank you for staying at Vaasa Business Hotel on 14–15 November. We would love to hear about your
experience.

Take the survey: https://vaasahotel.example.com/survey/5521

Kind regards,
Guest Relations""")

E("en", "", True, "helpdesk ticket auto-reply with auto-generated header",
  "Verifone Merchant Support <support@verifone-merchant.example.com>", "[Case 00918234] We have received your request",
  """Dear customer,

Thank you for contacting Merchant Support. Your case number is 00918234. A support agent will
respond within 2 business days.

Please do not reply to this email; replies are not monitored.""",
  hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})
