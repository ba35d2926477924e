from parts.common import E

E("sv", "objection", False, "objects to son's photo being sent to school's pupil register",
  "Johanna Finnäs <johanna.finnas@example.fi>", "Elevbild till skolans system",
  """Hej,

I informationen om skolfotograferingen i Nykarleby stod det att ni skickar en elevbild till skolans elevregister (Wilma) om man inte meddelar annat. Jag motsätter mig att ni skickar min sons bild dit. Han heter Hugo Finnäs, klass 6.

Att ni fotograferar honom för klassbilden och vår egen beställning går bra.

Johanna""")

E("sv", "portability", False, "short: data as CSV to move to another photo book service",
  "Oskar Lindqvist <oskar.lindqvist@example.se>", "Export",
  """Hej! Kan jag få ut mina uppgifter (adresslistan för julkort + mina beställningar) som CSV eller liknande så jag kan flytta dem till en annan fotobokstjänst? /Oskar""")

E("sv", "marketing_opt_out", False, "typo 'avregistera', stop spamming",
  "Rasmus Kronholm <rasmus.kronholm@example.fi>", "avregistera",
  """avregistera mej från era utskick!!! sluta spamma mig, jag har försökt klicka på länken längst ner tre gånger och det händer ingenting""")

E("sv", "", False, "asks for invoice copy for company bookkeeping; near-miss",
  "Malin Eklöf / Eklöf Bygg Ab <malin@eklofbygg.example.fi>", "Fakturakopia",
  """Hej,

Vår bokföring saknar fakturan för personalfotograferingen i september (ca 380 €). Kan ni skicka en kopia till denna adress? Vårt FO-nummer är 1234567-8.

Tack!
Malin Eklöf
Eklöf Bygg Ab, Pedersöre""")

E("sv", "erasure+complaint", False, "confirmation-group photo on Facebook; will go to Data Ombudsman if not removed tomorrow",
  "Anette Källman <anette.kallman@example.fi>", "Konfirmandbilden på Facebook",
  """Hej,

Ni har publicerat gruppbilden från Pörtom konfirmandläger på er Facebook-sida med alla namn utskrivna. Min dotter står längst fram. Vi har inte godkänt att bilden publiceras, än mindre med namn.

Ta bort bilden. Om den inte är borta i morgon kväll kontaktar jag Dataombudsmannen.

Anette Källman""")

E("sv", "access", False, "only asks who data has been shared with (recipients)",
  "Leif Nyman <leif.nyman@example.fi>", "Vilka har fått mina uppgifter?",
  """Hej,

Jag har börjat få reklam från ett par andra fotoföretag efter att jag beställde från er i somras. Vilka har ni delat mina uppgifter med? Jag vill ha namnen på företagen, inte bara "samarbetspartner".

Leif Nyman""")

E("sv", "", True, "Zoomi's own Swedish newsletter landing in privacy mailbox",
  "Zoomi Kuvakaupat <uutiskirje@example.fi>", "Julkort som värmer – beställ senast 10.12",
  """Zoomi Kuvakaupat – nyhetsbrev december

Julkort med egen bild från 1,20 € / st.
Kalendrar 2027 – nu med 15 % rabatt.
Tomtefotografering i studion lördagar 5.12 och 12.12, boka via Slotti.

Du får det här brevet eftersom du har prenumererat på Zoomis nyhetsbrev.
Avsluta prenumerationen: https://zoomi.example.fi/nyhetsbrev/avsluta
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vasa""",
  hdrs={"List-Unsubscribe": "<https://zoomi.example.fi/nyhetsbrev/avsluta>", "Precedence": "bulk"})

E("sv", "", False, "legal-sounding reminder of the right to withdraw consent, without withdrawing",
  "Tove Hellström <tove.hellstrom@example.fi>", "Angående samtyckesblanketten",
  """Hej,

Jag har fyllt i och skickat samtyckesblanketten för att ni får använda bilder på vår dotter i er marknadsföring. Jag vill bara påpeka att jag enligt artikel 7.3 i dataskyddsförordningen har rätt att återkalla samtycket när som helst och att det ska vara lika lätt att återkalla som att ge det. Det borde framgå tydligare av blanketten, i dag står det ingenting om det.

Vi är nöjda med att bilderna används, det är inte det som är saken.

Tove Hellström""")

E("sv", "erasure", False, "rikssvensk short 'jag vill bli bortglömd'",
  "Sofie Andersson <sofie.andersson@example.se>", "bortglömd",
  """Hej, jag vill bli bortglömd hos er. Radera allt om mig. Tack! Sofie""")

E("sv", "restriction", False, "protected address, custody dispute: don't disclose children's data or address to ex",
  "Therese Nylund <therese.nylund@example.fi>", "Lämna inte ut uppgifter",
  """Hej,

Jag och min före detta man har en pågående vårdnadstvist och jag har spärrmarkering på min adress. Barnens skolbilder beställs via Smedsby skola.

Jag ber att ni inte lämnar ut mina eller barnens uppgifter (adress, telefon, beställningar) till någon, inte heller till barnens pappa, tills tvisten är avgjord. Ta inte bort något heller, jag kan behöva uppgifterna.

Ring gärna om något är oklart: 040 678 9012.

Therese Nylund""")

E("sv", "rectification", False, "misspelled email address in register, receipts don't arrive",
  "Anna-Karin Westö <annakarin.westo@example.fi>", "Fel e-post hos er",
  """Hej! Ni har min e-post som annakarin.vesto@... med v, därför kommer inga kvitton fram. Rätt är den jag skriver ifrån nu. Kan ni ändra? Mvh Anna-Karin""")

E("sv", "access+erasure+marketing_opt_out", False, "rikssvensk formal multi-request",
  "Gustav Wahlberg <gustav.wahlberg@example.se>", "Begäran enligt GDPR",
  """Hej,

Jag vill:

1. få ett registerutdrag över samtliga personuppgifter ni har om mig,
2. att ni därefter raderar uppgifterna, och
3. att ni omedelbart slutar skicka marknadsföring till mig i alla kanaler.

Jag har varit kund via er webbshop med denna e-postadress.

Mvh
Gustav Wahlberg""")

E("sv", "", False, "question how long marketing consent lasts; general question, no request",
  "Ingrid Rosenberg <ingrid.rosenberg@example.fi>", "Fråga om samtycke",
  """Hej,

Vi funderar på att ge er lov att använda familjeporträttet i ert skyltfönster. Hur länge gäller ett sådant samtycke och får man ångra sig senare? Får vi se bilden innan den sätts upp?

Hälsningar
Ingrid Rosenberg""")

E("sv", "objection+marketing_opt_out", False, "stop ads and stop analysing my shopping behaviour",
  "Robin Ehrström <robin.ehrstrom@example.fi>", "Reklam och spårning",
  """Hej,

Sluta skicka reklam till mig. Jag vill inte heller att ni analyserar hur jag handlar och surfar i webbshoppen, sluta med det.

Robin""")

E("sv", "", False, "job application sent to privacy address; near-miss",
  "Ella Sundström <ella.sundstrom@example.fi>", "Ansökan – fotografassistent",
  """Hej!

Jag såg att ni söker en fotografassistent till skolfotosäsongen. Jag har studerat fotografi vid Yrkesakademin i Österbotten och har jobbat med evenemangsfoto i tre år. Mitt CV och min portfolio finns bifogade.

Jag talar svenska, finska och engelska.

Vänliga hälsningar
Ella Sundström
050 789 0123""")

E("fi", "portability", False, "formal Art 20 request",
  "Anne Hämäläinen <anne.hamalainen@example.fi>", "Tietojen siirtopyyntö",
  """Hei,

Pyydän EU:n tietosuoja-asetuksen 20 artiklan mukaisesti saada antamani henkilötiedot (asiakastili, osoitekirja, tilaushistoria) jäsennellyssä, yleisesti käytetyssä ja koneluettavassa muodossa, jotta voin siirtää ne toiseen palveluun.

Ystävällisin terveisin
Anne Hämäläinen
Vaasa""")

E("fi", "erasure+complaint", False, "photo on Instagram, says they break GDPR",
  "Lotta Salminen <lotta.salminen@example.fi>", "POISTAKAA KUVA",
  """Teidän Instagramissa on kuva musta ja mun lapsesta joulukuvauksesta vaikka en ikinä antanut lupaa. Poistakaa se heti. Te rikotte GDPR:ää, tällaista ei voi tehdä kysymättä.

Lotta""")

E("fi", "", True, "parcel pick-up notice",
  "Posti <noreply@posti.example.fi>", "Lähetyksesi on noudettavissa",
  """Hei,

Lähetyksesi JJFI64001100012345678 lähettäjältä Zoomi Kuvakaupat Oy on noudettavissa.

Noutopiste: K-Market Vöyrinkaupunki, Vöyrinkatu 9, Vaasa
Noudettava viimeistään: 24.11.2026

Noutokoodi: 4471

Tämä on automaattinen viesti, siihen ei voi vastata.""")

E("fi", "access", False, "16-year-old asks in own name what data they have",
  "Aleksi Järvinen <aleksi.jarvinen08@example.fi>", "mun tiedot",
  """moi, oon 16 ja mun kuvat otettiin koulussa (Vaasan lyseo). mitä tietoja teillä on musta? voiks ne lähettää tähän sähköpostiin? äiti ei tiedä et kysyn tätä""")

E("fi", "marketing_opt_out", False, "no sales calls",
  "Seppo Rautio <seppo.rautio@example.fi>", "myyntipuhelut",
  """Hei. Teiltä soitettiin taas eilen ja tarjottiin perhekuvausta. Älkää soittako minulle enää myyntipuheluita, eikä tekstiviestejäkään kiitos. Seppo Rautio 044 123 4567""")

E("fi", "", False, "school principal asks whether guardian consent is needed for class photos; no DSR",
  "Rehtori Marjut Ojala <marjut.ojala@example.fi>", "Koulukuvaus ja huoltajien suostumus",
  """Hei,

Meillä on koulukuvaus tulossa 1.12. Muutama huoltaja on kysynyt, tarvitaanko heidän kirjallinen suostumuksensa ryhmäkuvaan ja kuka on rekisterinpitäjä luokkalistojen osalta, koulu vai te. Onko teillä valmis tiedote, jonka voisimme laittaa Wilmaan?

Ystävällisin terveisin
Marjut Ojala
rehtori, Vähänkyrön koulu""")

E("fi", "objection", False, "objects to use of order data for business development analyses",
  "Timo Leinonen <timo.leinonen@example.fi>", "Tietojen käyttö liiketoiminnan kehittämiseen",
  """Hei,

Tietosuojaselosteenne mukaan käytätte asiakastietoja myös liiketoiminnan kehittämiseen. Vastustan sitä, että tilaustietojani käytetään asiakasanalyyseihin tai muuhun kehittämiseen. Tilausten toimittaminen ja laskutus on tietysti ok.

Timo Leinonen""")

E("fi", "restriction", False, "elderly woman formally asks to restrict processing while she disputes data",
  "Aili Kankaanpää <aili.kankaanpaa@example.fi>", "Rajoituspyyntö",
  """Hyvä Zoomi Kuvakaupat

Tyttäreni auttaa minua kirjoittamaan tämän. Teidän kirjeessänne lukee, että olisin tilannut kuvia kesäkuussa, mutta en ole käynyt liikkeessänne kuin passikuvassa vuonna 2021. Kiistän nämä tiedot.

Pyydän, että rajoitatte tietojeni käsittelyä siihen asti, kunnes asia on selvitetty. Älkää lähettäkö minulle laskuja tai muistutuksia sillä välin.

Kunnioittavasti
Aili Kankaanpää
Kauhava""")

E("fi", "", False, "cancels an order (tilaus = order); near-miss",
  "Jenni Lindberg <jenni.lindberg@example.fi>", "Perukaa tilaus",
  """Hei, perukaa tilaukseni 88720, tilasin vahingossa kaksi kertaa saman kuvakirjan. Toinen saa jäädä voimaan. Kiitos! Jenni""")

E("en", "portability+erasure", False, "export my data, then delete account",
  "Chloe Bennett <chloe.bennett@example.com>", "Export then delete",
  """Hello,

Before I close my account, I'd like an export of my data – the photos I uploaded, my address book and order history – in a machine-readable format so I can import it into another service. Once I've confirmed I have it, please delete my account and all personal data.

Thanks,
Chloe""")

E("en", "marketing_opt_out+complaint", False, "can't unsubscribe; will report to DPA if it continues",
  "Adam Novak <adam.novak@example.com>", "Unsubscribe link broken",
  """Your unsubscribe link gives a 404 error. Remove me from all your marketing emails. If I get one more, I'll report you to the data protection authority.""")

E("en", "", True, "helpdesk ticket auto-acknowledgement",
  "Zoomi Support <support@example.fi>", "[Ticket #4412] We have received your request",
  """Hello,

Thank you for contacting Zoomi Kuvakaupat. Your request has been received and assigned ticket number #4412. Our customer service will reply within 2 working days.

Please do not change the subject line when replying.

This is an automatically generated message.""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("en", "", False, "Slotti account manager announces updated sub-processor list; asks nothing",
  "Emily Hart <emily.hart@slotti.example.com>", "Slotti: updated sub-processor list and DPA",
  """Hi Zoomi team,

As your booking platform provider and processor, we're letting you know that we will add a new sub-processor (a Finnish SMS gateway) from 1 January 2027. The updated sub-processor list and Data Processing Agreement are on our trust page. No data will be transferred outside the EU/EEA.

Under the DPA you have 30 days to object to the new sub-processor; if we don't hear from you, the change takes effect as planned.

Best regards,
Emily Hart
Customer Success, Slotti""")

E("en", "access", False, "short what do you know about me + shared with whom",
  "Liam Foster <liam.foster@example.com>", "my data",
  """What do you know about me and who have you shared it with?

Sent from my phone""")

E("en", "restriction", False, "put data on hold during chargeback dispute",
  "Natalie Gray <natalie.gray@example.com>", "Please hold my data during chargeback",
  """Hi,

I've opened a chargeback with my bank for order 88312 (it was never delivered). While that's being investigated, please put my data on hold – don't pass it to any collection agency and don't delete anything related to the order, as the bank may need it.

Natalie Gray""")
