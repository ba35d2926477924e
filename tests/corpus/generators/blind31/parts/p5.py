from parts.common import E

# ---------------- fi ----------------
E("fi", "", True, "Slotti appointment reminder in a cheerful personal voice, no auto header",
  "Zoomi Vaasa <muistutus@example.fi>", "Huomenna nähdään, Jussi! 📷",
  """Hei Jussi!

Pieni muistutus: sinulla on huomenna perjantaina 20.11. klo 10.00 aika meillä (Perhekuvaus, 45 min).

Vinkki: yksiväriset vaatteet toimivat kuvissa parhaiten, ja lapsille kannattaa ottaa mukaan pieni välipala 😊

Jos aikaan tulee muutos, voit hallita varaustasi täällä: https://varaus.example.fi/m/TQ77RA

Nähdään!
Tiina ja muu Zoomin porukka

Viesti on lähetetty automaattisesti ajanvarausjärjestelmästä.""")

E("fi", "marketing_opt_out", False, "subject-only marketing ban, body just a name",
  "Pekka Rasimus <pekka.rasimus@example.fi>", "markkinointikielto",
  """t. Pekka Rasimus""")

E("fi", "rectification+restriction+access", False, "long formal letter: Arts 16, 18, 19 and 15(1)(c) recipients",
  "Annukka Rönkä <annukka.ronka@example.fi>", "Oikaisu- ja rajoituspyyntö sekä pyyntö saada tieto vastaanottajista",
  """Zoomi Kuvakaupat Oy
Vasaratie 2 A
65350 Vaasa

OIKAISU- JA RAJOITUSPYYNTÖ

Asiakasrekisterissänne olevat tietoni ovat virheelliset seuraavilta osin:
- nimeni on kirjattu muotoon "Annukka Rönka" (oikein: Rönkä),
- osoitteeni on vanha (oikein: Palosaarentie 31 A 7, 65200 Vaasa),
- puhelinnumeroni on kirjattu väärin (oikein: 045 218 7730).

1. Pyydän, että oikaisette tiedot EU:n tietosuoja-asetuksen 16 artiklan mukaisesti.

2. Koska virheellisen osoitteen vuoksi minulle on lähetetty maksumuistutus, jota en ole saanut, pyydän 18 artiklan 1 kohdan a alakohdan nojalla, että tietojeni käsittelyä laskutuksessa ja perinnässä rajoitetaan siihen asti, kun tietojen paikkansapitävyys on tarkistettu.

3. Pyydän 19 artiklan mukaisesti ilmoittamaan oikaisusta kaikille vastaanottajille, joille tietoja on luovutettu, ja kertomaan minulle, keitä nämä vastaanottajat ovat (15 artiklan 1 kohdan c alakohta).

Vastauksen voi lähettää sähköpostitse.

Vaasassa 9.10.2026
Annukka Rönkä""")

E("fi", "erasure", False, "wish/question: no photo next year and delete last year's (photo-day part is near-miss)",
  "Marika Aho <marika.aho@example.fi>", "Lapsen kuvaus",
  """Hei,

olisiko mahdollista, ettei lastani Veetiä (2B, Onkilahden koulu) kuvattaisi ensi vuonna ollenkaan, ja että viimevuotiset kuvat hänestä poistettaisiin teidän järjestelmästä? Hän ahdistuu kuvaamisesta kovasti.

Kiitos ymmärryksestä,
Marika Aho""")

E("fi", "erasure", False, "bilingual parent mixes fi and sv: remove daughter's photos from Instagram",
  "Minna Back-Kurikka <minna.backkurikka@example.fi>", "Tyttären kuvat Instagramissa / Dotterns bilder",
  """Hei, kirjoitan molemmilla kielillä kun en tiedä kuka tätä lukee. Poistakaa tyttäreni Alman kuvat Instagramista, niitä on kaksi eskarikuvauksesta.

Hej, ta bort bilderna på min dotter Alma från ert Instagram, det är två bilder från förskolefotograferingen.

Minna""")

E("fi", "", False, "asks what 'muut käyttötiedot' in the privacy notice means (disputable)",
  "Jari Leppänen <jari.leppanen@example.fi>", "Mitä ovat 'muut käyttötiedot'?",
  """Hei,

tietosuojaselosteessanne luetellaan käsiteltävinä tietoina mm. "muut käyttötiedot". Mitä tällä tarkoitetaan yleisesti ottaen? Onko kyse evästeistä vai jostain muusta? Seloste on tältä osin aika epämääräinen.

Jari Leppänen""")

E("fi", "", False, "withdraws complaint/thanks after deletion",
  "Tarja Manninen <tarja.manninen@example.fi>", "Re: Kuvan poisto",
  """Hei,

kiitos nopeasta toiminnasta, kuva on poistunut sivuilta. Peruutan aiemman uhkaukseni valituksesta, asia on minun puolestani loppuun käsitelty.

Tarja Manninen

> Hei Tarja, kuva on nyt poistettu verkkosivuiltamme ja Facebookista.""")

E("fi", "marketing_opt_out+erasure", False, "South Ostrobothnian dialect: stop the mail and delete son's data",
  "Kalevi Hautamäki <kalevi.hautamaki@example.fi>", "postia",
  """Mä sanoon nyt suoraan, ettei tarvihe enää lähettää niitä teidän mainospostia meille. Ja poistakaa meiän Eetun tiedot kans, ei se enää käy siinä koulus ku on lähteny ammattikouluun Seinäjoelle.

Kalevi Hautamäki
Kauhava""")

E("fi", "erasure", False, "erasure with awareness of accounting retention",
  "Laura Sirén <laura.siren@example.fi>", "Tietojeni poisto",
  """Hei,

pyydän että poistatte minut asiakasrekisteristänne. Tiedän että laskut ja kuitit pitää säilyttää kirjanpitolain takia, mutta kaikki muu saa lähteä: tili, kuvat, osoite, ostohistoria.

Laura Sirén""")

E("fi", "access+complaint", False, "reminder of unanswered access request with conditional complaint",
  "Pasi Huhtala <pasi.huhtala@example.fi>", "Muistutus: tarkastuspyyntö 2.9.",
  """Hei,

lähetin teille tarkastuspyynnön 2.9. eikä ole kuulunut mitään. Jos en saa tietojani tällä viikolla, teen valituksen tietosuojavaltuutetulle.

Pasi Huhtala

> Lähetetty: 2.9.2026
> Haluaisin tietää, mitä tietoja teillä on minusta ja lapsistani.""")

E("fi", "", False, "student wants to interview for a thesis",
  "Eveliina Ranta <eveliina.ranta@student.example.fi>", "Haastattelupyyntö lopputyöhön",
  """Hei!

Teen Novian medianomiopinnoissa lopputyötä tietosuojasta valokuvausalalla, erityisesti lasten kuvien käsittelystä. Saisinko haastatella jotakuta teiltä noin puolen tunnin ajan marraskuun aikana? Haastattelu voi olla myös nimetön.

Ystävällisin terveisin
Eveliina Ranta""")

E("fi", "objection", False, "objects to data being handed to debt collection, invoice disputed",
  "Harri Lampinen <harri.lampinen@example.fi>", "Lasku 2026-0655 riitautettu",
  """Hei,

olen riitauttanut laskun 2026-0655 jo lokakuussa, koska kuvat tulivat vääränkokoisina. Vastustan tietojeni luovuttamista OK-perinnälle niin kauan kuin asia on kesken.

Harri Lampinen""")

# ---------------- sv ----------------
E("sv", "", True, "list-server unsubscribe confirmation (carries list headers)",
  "Zoomi nyhetsbrev <nyhetsbrev@example.fi>", "Du har avregistrerats",
  """Hej,

du har nu avregistrerats från listan "Zoomi nyhetsbrev (svenska)" och kommer inte längre att få utskick från oss.

Var det ett misstag? Du kan prenumerera igen här: https://nyhetsbrev.example.fi/sub/sv

Zoomi Kuvakaupat""",
  hdrs={"Precedence": "bulk", "List-Unsubscribe": "<mailto:avreg@example.fi>", "Auto-Submitted": "auto-generated"})

E("sv", "access+portability+marketing_opt_out+complaint", False, "long formal letter from Sweden: Arts 15, 20, 21(2), conditional IMY",
  "Per-Olof Sandin <perolof.sandin@example.se>", "Begäran enligt artiklarna 15, 20 och 21 GDPR",
  """Till: Zoomi Kuvakaupat Oy, personuppgiftsansvarig

Jag har under flera år beställt porträtt och fotoböcker via er webbutik från Sverige. Härmed begär jag följande med stöd av dataskyddsförordningen:

1. Tillgång (artikel 15): en kopia av samtliga personuppgifter ni behandlar om mig, samt ändamålen, mottagarna, lagringstiden och varifrån uppgifterna kommer.

2. Dataportabilitet (artikel 20): de uppgifter jag själv lämnat, inklusive beställningshistorik och uppladdade bilder, i ett strukturerat, allmänt använt och maskinläsbart format, så att jag kan överföra dem till en annan leverantör.

3. Direktmarknadsföring (artikel 21.2): jag invänder mot all behandling av mina uppgifter för direktmarknadsföring, inklusive profilering.

Jag ber om svar inom en månad från mottagandet. Om jag inte får svar inom denna tid kommer jag att lämna in ett klagomål till Integritetsskyddsmyndigheten.

Malmö den 3 november 2026
Per-Olof Sandin""")

E("sv", "marketing_opt_out", False, "angry one-liner",
  "Kim Karlsson <kimkarlsson@example.se>", "!!!",
  """Sluta spamma mej!!""")

E("sv", "access+erasure", False, "deceased mother: send what you have, then remove her from customer list",
  "Ulla Sjöberg <ulla.sjoberg@example.fi>", "Min mamma Ester",
  """Hej,

mamma Ester Sjöberg gick bort i våras. Hon beställde många bilder av barnbarnen genom er webbutik. Kan ni skicka mig de uppgifter ni har om henne, särskilt vilka bilder hon beställt, och sedan ta bort henne från er kundlista?

Jag är dödsbodelägare och kan visa bouppteckningen.

Ulla Sjöberg""")

E("sv", "", False, "near-miss: where is my order",
  "Fredrik Nyholm <fredrik.nyholm@example.fi>", "Var är min beställning?",
  """Hej, jag beställde en fotobok för tre veckor sedan (#51990) och har inte fått den än. Var är min beställning?

Fredrik""", to="Zoomi kundtjänst <info@example.fi>")

E("sv", "rectification+restriction", False, "wrong address led to inkasso: correct it and don't disclose until investigated",
  "Linnea Hägglund <linnea.hagglund@example.fi>", "Fel adress och inkasso",
  """Hej,

min adress är fel i ert system (Handelsesplanaden 8 i stället för Handelsesplanaden 18) och därför har fakturan hamnat hos inkasso utan att jag fått den. Rätta adressen, och lämna inte ut mina uppgifter till inkasso innan det här är utrett.

Linnea Hägglund""")

E("sv", "erasure", False, "question-form: remove day-care group photo from website",
  "Heidi Mattsson <heidi.mattsson@example.fi>", "Gruppbild på hemsidan",
  """Hej!

Skulle ni kunna ta bort gruppbilden från Daghemmet Trollebo från er hemsida? Min dotter Stella syns längst fram och vi har inte gett tillstånd till att den publiceras.

Tack på förhand,
Heidi Mattsson""")

E("sv", "", False, "takes back an unsubscribe, wants to stay on the newsletter",
  "Camilla Storm <camilla.storm@example.fi>", "Glöm mitt förra mejl",
  """Hej,

glöm mitt förra mejl, jag vill ändå vara kvar i nyhetsbrevet. Jag blev bara irriterad en stund när det kom tre mejl samma dag 😅

Camilla""")

E("sv", "marketing_opt_out+complaint", False, "reports to IMY for marketing to work e-mail, asks removal from list",
  "Anders Lövgren <anders.lovgren@foretag.example.se>", "Reklam till min jobbmejl",
  """Ni bryter mot GDPR när ni skickar reklam till min jobbmejl, som jag aldrig har gett er. Jag har anmält er till IMY i dag.

Ta bort mig från er utskickslista omedelbart.

Anders Lövgren""")

# ---------------- en ----------------
E("en", "", True, "chatbot transcript e-mailed by a vendor's virtual assistant, sounds human, no auto header",
  "Ava at Printly <ava@printly.example.com>", "Your chat with Ava",
  """Hi again!

It was lovely chatting with you today. Here's a copy of our conversation, just in case:

You: do you ship to Finland
Ava: Yes! We ship to all EU countries. Standard delivery to Finland takes 3–5 business days.
You: ok thanks
Ava: Anything else I can help you with? 😊

Have a wonderful day,
Ava
Virtual Assistant, Printly""")

E("en", "erasure", False, "law firm for a child client: Art 17 and Art 19 notification to recipients",
  "Harlow & Finch Solicitors <privacy@harlowfinch.example.com>", "Our client: minor L. Reyes – erasure request",
  """Dear Sirs,

We act for Ms Diana Reyes, mother and sole guardian of L. Reyes (born 2014), who attended Vaasa International School until June 2026. A signed letter of authority is enclosed.

On behalf of our client and her daughter we request, pursuant to Article 17 GDPR, the erasure of all personal data relating to L. Reyes, including all school photographs, class lists and any images published online. We further request that you notify every recipient to whom these data have been disclosed, including the school, in accordance with Article 19.

Please confirm completion in writing within one month of receipt.

Yours faithfully,
Harlow & Finch Solicitors""")

E("en", "access+portability", False, "English with Finnish fragments: see data and move it elsewhere in JSON",
  "Tomás Rivera <tomas.rivera@example.com>", "my data / mun tiedot",
  """Hi! Sorry my Finnish is bad. Haluan nähdä... I want to see my data, mitä tietoja teillä on minusta. And please send them in JSON so I can move them to another photo service, I am changing to a different one next month.

Kiitos!
Tomás""")

E("en", "erasure", False, "subject-only 'Right to be forgotten', body only an Outlook footer",
  "Sophie Turner <sophie.turner@example.com>", "Right to be forgotten",
  """Get Outlook for Android""")

E("en", "", False, "worry after another company's leak; asks if details are safe",
  "Neil Foster <neil.foster@example.com>", "Are my details safe?",
  """Hi,

I read that a photo company in Tampere leaked parents' email addresses by putting everyone in CC. Are my details safe with you? I've ordered school photos from you for three years.

Neil""")

E("en", "erasure+objection+complaint", False, "photo reposted after earlier removal: take down, never use again, conditional ombudsman",
  "Jenna Walsh <jenna.walsh@example.fi>", "My son's photo – AGAIN",
  """Hello,

last year you posted my son's photo on Facebook and took it down after I asked. Now I see the same photo again in your autumn campaign post.

Take it down and never use his picture again in any of your marketing. If this happens a third time I'm going straight to the data protection ombudsman.

Jenna Walsh""")

E("en", "rectification", False, "new e-mail address",
  "Ben Kowalski <ben.kowalski@example.com>", "new email",
  """Hi, my email has changed to ben.kowalski@example.com (old one was bkowalski@example.test, please update it in your customer records so the photo codes reach me).

Thanks, Ben""")

E("en", "erasure", False, "14-year-old asks to delete own school photo from website",
  "Mila Koski <milakoski2012@example.fi>", "my photo",
  """hi im 14, can you delete my school photo from the website? its in the class 8b gallery. my parents dont know im writing this but i really dont want it there

mila""")

E("en", "", False, "asks what rights she has regarding kids' photos; no request",
  "Amanda Reed <amanda.reed@example.com>", "rights",
  """Hello, what rights do I have regarding my kids' school photos? I'm just trying to understand how it works here in Finland.

Amanda""")
