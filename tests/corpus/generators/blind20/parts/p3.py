from parts.common import E

E("sv", "", False, "grandmother thanks for photos and asks about frames; no DSR",
  "Siv Ahlskog <siv.ahlskog@example.fi>", "Tack för bilderna!",
  """Hej på er!

Ville bara säga tack för de fina bilderna på barnbarnen, de blev så bra. Flickan som fotograferade var så tålmodig med lilla Oskar som inte ville sitta still.

Jag undrar om ni säljer ramar i storlek 20x25 i butiken också eller måste jag beställa på nätet? Jag är inte så bra på datorer.

Hälsningar Siv
Vörå""")

E("sv", "erasure", False, "rikssvensk short delete my account",
  "Lina Persson <lina.persson@example.se>", "Radera konto",
  """Hej, radera mitt konto hos er tack. Jag skapade det bara för att beställa en present en gång. /Lina Persson""")

E("sv", "erasure+objection", False, "son's photo in shop window: take it down and must not be used there",
  "Henrik Mattfolk <henrik.mattfolk@example.fi>", "Bilden i skyltfönstret",
  """Hej,

När vi gick förbi er butik på Vasaesplanaden i lördags såg vi att en stor bild på vår son Max (från skolfotograferingen i Gerby i höstas) hänger i skyltfönstret. Vi har aldrig gett tillstånd till det.

Ta ner bilden genast. Jag motsätter mig dessutom att ni använder bilder på våra barn i någon form av reklam, i fönstret eller på annat ställe.

Henrik Mattfolk""")

E("sv", "rectification+marketing_opt_out", False, "moved, update address; and no more advertising",
  "Berit Söderback <berit.soderback@example.fi>", "Ny adress",
  """Hej!

Jag har flyttat från Kaskö till Närpes. Min nya adress är Västra Vägen 12, 64200 Närpes. Kan ni ändra det i ert kundregister så att fakturan för julkorten kommer rätt.

Och när ni ändå är inne: jag vill inte längre få era reklambroschyrer per post eller e-post.

Tack och trevlig helg
Berit Söderback""")

E("sv", "complaint", False, "angry, asks how to complain to the supervisory authority about a breach (wrong photos sent)",
  "Jenny Mård <jenny.mard@example.fi>", "Ni skickade mitt barns bilder till fel familj",
  """Hej,

En annan mamma i Sundom skola ringde mig i går och sa att hon hade fått en länk med MIN dotters skolbilder i sin e-post. Alltså har ni skickat bilder på mitt barn till en främling. Det här är ett dataintrång och ni bryter mot GDPR.

Hur gör jag en anmälan till tillsynsmyndigheten? Jag tänker inte låta det här passera.

Jenny Mård""")

E("sv", "", True, "OK-perintä automatic notice in Swedish that a case was received",
  "OK-perintä Ärendehantering <noreply@okperinta.example.fi>", "Inkassouppdrag mottaget – ärende 2026-55102",
  """Uppdragsgivare: Zoomi Kuvakaupat Oy

Vi bekräftar att följande inkassouppdrag har registrerats:

Ärendenummer: 2026-55102
Gäldenär: Kim Westerholm
Fordran: faktura 20260871, 59,00 EUR
Åtgärd: betalningspåminnelse skickas 16.11.2026

Detta är ett automatiskt meddelande. Frågor om ärendet: via klientportalen.""",
  hdrs={"Auto-Submitted": "auto-generated"})

E("sv", "", False, "says registerutdrag received and all is fine; case can be closed",
  "Magnus Fagerholm <magnus.fagerholm@example.fi>", "Sv: Ert registerutdrag",
  """Hej,

Tack för registerutdraget som kom i går. Jag har gått igenom det och allt ser riktigt ut. För min del kan ärendet avslutas.

Hälsningar
Magnus Fagerholm

> Hej Magnus,
> bifogat finns det registerutdrag du begärde 2.11. Uppgifterna omfattar ...""")

E("sv", "access", False, "Helsinki Finland-Swede, formal, 'rätt till insyn'",
  "Catharina von Essen <catharina.vonessen@example.fi>", "Begäran om insyn i mina personuppgifter",
  """Bästa mottagare,

Jag vill utnyttja min rätt till insyn och granska vilka personuppgifter om mig som finns i ert kundregister, inklusive uppgifter om beställningar och eventuella fotografier. Jag har varit kund hos er via Kulosaaren yhteiskoulu där mina barn gick, och senare som privatperson.

Jag ber er sända uppgifterna per e-post.

Med vänlig hälsning
Catharina von Essen
Brunnsparken, Helsingfors""")

E("sv", "portability", False, "wants her photos and details moved over to another service",
  "Emma Sjöblom <emma.sjoblom@example.fi>", "Flytta över till annan tjänst",
  """Hej! Jag har massor av bilder och två halvfärdiga fotoböcker på mitt konto hos er. Jag ska börja använda en annan tjänst och undrar om ni kan exportera mina uppgifter och bilderna i en fil som jag kan importera där? Eller direkt överföra dem dit. Tack! Emma""")

E("sv", "restriction", False, "invoice went to wrong person, contests data; don't use until investigated",
  "Kristian Hannus <kristian.hannus@example.fi>", "Faktura till fel person?",
  """Hej,

Jag fick en faktura på skolfoton för ett barn som jag inte känner till, adresserad till mig. Jag har inga barn i den skolan. Någon har tydligen uppgett mitt namn och min adress som vårdnadshavare.

Uppgifterna om mig i det här sammanhanget är felaktiga. Till dess ni har utrett hur det här har gått till vill jag att ni inte använder mina uppgifter till något – inga påminnelser, ingen inkasso.

Kristian Hannus
Jakobstad""")

E("sv", "erasure+marketing_opt_out", False, "no more ads and delete everything, Österbotten dialect touch",
  "Bo-Göran Ståhl <bo.stahl@example.fi>", "int mera",
  """Hej. Ja vill int ha mera reklam från er. Och sen kan ni ta bort alla uppgifter om mej också, ja ha int beställt nå sen 2020.
BG Ståhl, Malax""")

E("sv", "", False, "widow informs husband died, asks to stop mail to him and close his account; estate letter",
  "Marianne Holmström <marianne.holmstrom@example.fi>", "Min man Rolf Holmström",
  """Hej,

Min man Rolf Holmström gick bort i augusti. Det kommer fortfarande post och e-post från er i hans namn. Jag sköter dödsboet och ber att ni avslutar hans kundkonto och slutar skicka något till honom.

Om det finns beställda bilder som inte hämtats (han tog porträtt till sin 70-årsdag i våras) vill vi gärna ha dem.

Marianne Holmström
dödsbodelägare""")

E("sv", "", True, "customer satisfaction survey in Swedish",
  "Zoomi Kuvakaupat <kysely@example.fi>", "Hur nöjd var du med ditt besök?",
  """Hej!

Tack för att du besökte Zoomi Kuvakaupat i Vasa. Vi vill gärna veta vad du tyckte.

Svara på tre korta frågor (tar ca 1 minut): https://kysely.example.fi/s/ZK-4471

Bland alla som svarar senast 30.11 lottar vi ut ett presentkort på 50 euro.

Vänliga hälsningar
Zoomi Kuvakaupat""")

E("sv", "access+complaint", False, "rikssvensk reminder; will report to IMY if no answer in a week",
  "Peter Lundgren <peter.lundgren@example.se>", "Påminnelse – registerutdrag begärt 2 oktober",
  """Hej igen,

Jag begärde den 2 oktober ett registerutdrag enligt artikel 15 GDPR. Något svar har jag inte fått, och tidsfristen på en månad har löpt ut.

Om jag inte har fått registerutdraget inom en vecka från i dag kommer jag att anmäla er till Integritetsskyddsmyndigheten (IMY).

Peter Lundgren
Luleå""")

E("fi", "erasure", False, "withdraws permission, take her photo off website",
  "Katja Niemelä <katja.niemela@example.fi>", "Kuva nettisivuilla",
  """Hei!

Annoin viime keväänä luvan käyttää hääkuvaamme esimerkkikuvana nettisivuillanne. Perun nyt luvan, olemme eronneet. Ottakaa kuva pois sivuilta mahdollisimman pian.

Kiitos,
Katja Niemelä""")

E("fi", "objection", False, "forbids using his photo in advertising; no removal asked",
  "Pekka Hirvonen <pekka.hirvonen@example.fi>", "Kuvani käyttö mainonnassa",
  """Hei,

Olin teillä henkilökuvauksessa työnantajani kautta. Kuulin, että aiotte käyttää osaa kuvista omassa mainonnassanne. Kiellän käyttämästä kuvaani markkinoinnissanne missään muodossa. Työnantajalle toimitetut kuvat ovat ok.

Pekka Hirvonen""")

E("fi", "rectification", False, "son's birth year wrong in school-photo data",
  "Minna Koskinen <minna.koskinen@example.fi>", "virhe tiedoissa",
  """Hei, poikani Oliver Koskinen (Isonkyrön koulu) syntymävuosi on teidän tilaussivulla 2016 vaikka hän on syntynyt 2015. Voisitteko korjata sen? Terv Minna""")

E("fi", "", False, "complaint about colour of photos (reklamaatio); not GDPR",
  "Arja Lehtonen <arja.lehtonen@example.fi>", "Reklamaatio",
  """Hei

Haimme eilen rippikuvat ja kuvat ovat aivan liian punertavia, tytön kasvot näyttää palaneilta. Tämä ei vastaa sitä mitä näimme näytöllä studiossa. Haluan että kuvat tulostetaan uudestaan tai rahat takaisin.

Arja Lehtonen
p. 040 567 8901""")

E("fi", "", True, "Verifone merchant maintenance notice in Finnish",
  "Verifone Asiakaspalvelu <no-reply@verifone.example.com>", "Huoltokatko maksupalvelussa 22.11.2026",
  """Hyvä kauppiasasiakas,

Verifone-maksupalvelussa on suunniteltu huoltokatko sunnuntaina 22.11.2026 klo 02.00–04.00. Katkon aikana korttimaksut verkkokaupassa eivät ole käytettävissä.

Pahoittelemme katkosta aiheutuvaa haittaa.

Tämä on automaattinen tiedote. Älä vastaa tähän viestiin.""")

E("fi", "access+rectification", False, "what data do you have, and fix my address",
  "Jukka Saarinen <jukka.saarinen@example.fi>", "Tiedot",
  """Moi. Mita tietoja teilla on musta? Mulle tulee teilta postia vanhaan osoitteeseen Vaasan Palosaarelle vaikka asun nykyään Kokkolassa (Isokatu 22 A 3, 67100 Kokkola). Korjatkaa se ja laittakaa lista mitä kaikkea teilla on. -Jukka""")

E("fi", "restriction", False, "don't delete, needs photos/order for insurance claim",
  "Satu Ahonen <satu.ahonen@example.fi>", "Tilaustiedot – älkää poistako",
  """Hei,

Meillä on vakuutusyhtiön kanssa korvausasia kadonneesta hääkuvapaketista (lähetys katosi postissa kesäkuussa). Vakuutusyhtiö saattaa pyytää teiltä tilaus- ja toimitustietoja.

Pyydän, että ette poista tilaukseen 70144 liittyviä tietoja ennen kuin korvausasia on ratkaistu, vaikka olen aiemmin pyytänyt tilini poistamista. Muuhun niitä ei tarvitse käyttää.

Satu Ahonen""")

E("fi", "", False, "passport photo receipt code doesn't work; near-miss",
  "Raimo Kivelä <raimo.kivela@example.fi>", "kuvakuitti ei toimi",
  """Hei, poliisin lupapalvelu sanoo että kuvakuitin koodi on virheellinen kun yritän hakea passia netissä. Kävin kuvassa teillä maanantaina. Voisitteko tarkistaa tai lähettää uuden koodin. Raimo Kivelä""")

E("fi", "erasure+marketing_opt_out", False, "remove from mailing list and delete all data, no umlauts",
  "Heidi Kujala <heidi.kujala@example.fi>", "postituslista",
  """Hei

Poistakaa minut postituslistalta ja samalla kaikki minun tiedot teidan jarjestelmista. Kiitos.

Heidi Kujala
Lahetetty iPhonesta""")

E("en", "complaint", False, "has lodged complaint with DPO, gives reference number",
  "James O'Connell <james.oconnell@example.com>", "Complaint to the Data Protection Ombudsman – reference",
  """Hello,

For your information, I have today lodged a complaint with the Office of the Data Protection Ombudsman about the way my erasure request of 12 August was handled. My reference number is TSV/2026/7781.

I expect you will be contacted by the Ombudsman's office directly.

James O'Connell""")

E("en", "", True, "DMARC aggregate report to the privacy address",
  "DMARC Reports <noreply-dmarc@mail.example.com>", "Report domain: example.fi Submitter: mail.example.com Report-ID: 8817263541",
  """This is an aggregate DMARC report for example.fi.

Report period: 2026-11-09 00:00:00 UTC to 2026-11-09 23:59:59 UTC
Records: 14
Pass: 13
Fail: 1

The full report is attached as a compressed XML file (example.fi!mail.example.com!1762646400!1762732799.xml.gz).

This message was generated automatically.""")

E("en", "access", False, "expat mother asks what data they hold about her daughter",
  "Sofia Marchetti <sofia.marchetti@example.com>", "Data about my daughter",
  """Hi,

My daughter Giulia (7) goes to the international school in Vaasa and you took the class photos in September. Could you tell me what information you have about her – name, class, photos, anything the school sent you – and send me a copy? I'm her mother and the one who ordered the photos (order code VIS-2291).

Thank you!
Sofia""")

E("en", "", False, "asks to buy high-res digital files of school photo; product",
  "Ryan Mitchell <ryan.mitchell@example.com>", "Digital copy of school photos?",
  """Hi there, is it possible to get the high resolution digital files of my kids' school photos instead of prints? We want to print a canvas ourselves. What's the price? Photo code ZK-88-1203. Thanks, Ryan""")

E("en", "objection", False, "CCPA-style opt out of sale",
  "Ashley Turner <ashley.turner@example.com>", "Do Not Sell My Personal Information",
  """To whom it may concern,

Pursuant to my privacy rights, I am requesting that you opt me out of the sale or sharing of my personal information to third parties.

Name: Ashley Turner
Email: ashley.turner@example.com

Thank you.""")

E("en", "rectification", False, "short misspelled name fix",
  "Siobhan Kelly <siobhan.kelly@example.com>", "my name",
  """Hi, my name is spelled Siobhan not Shiobhan on my account and on the invoice. pls correct it. thanks""")

E("en", "erasure+objection", False, "delete all and cease any further processing",
  "Michael Brooks <michael.brooks@example.com>", "Erasure request",
  """Dear Zoomi Kuvakaupat,

I request the erasure of all personal data you hold about me under Article 17 GDPR, and I require that you cease any further processing of my personal data with immediate effect.

Please confirm in writing once this has been done, and tell me if any data is being retained and on what basis.

Regards,
Michael Brooks""")
