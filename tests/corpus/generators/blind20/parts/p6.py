from parts.common import E

E("sv", "", False, "thanks for confirmation of unsubscription; asks nothing",
  "Annette Vikström <annette.vikstrom@example.fi>", "Sv: Du har avregistrerats från nyhetsbrevet",
  """Tack, bra att det fungerade den här gången!

Annette

> Hej Annette, vi bekräftar att din e-postadress har tagits bort från Zoomis nyhetsbrev.""")

E("sv", "marketing_opt_out", False, "Helsinki Finland-Swede formal 'förbud mot direktmarknadsföring'",
  "Gunilla Wrede <gunilla.wrede@example.fi>", "Förbud mot direktmarknadsföring",
  """Bästa mottagare,

Härmed meddelar jag förbud mot direktmarknadsföring. Jag önskar inte att mina personuppgifter används för marknadsföring via post, e-post, sms eller telefon.

Med vänlig hälsning
Gunilla Wrede
Tölö, Helsingfors""")

E("sv", "erasure", False, "Swedish mother, holiday studio visit, delete photos and data",
  "Karin Sjöberg <karin.sjoberg@example.se>", "Radera våra bilder",
  """Hej!

Vi var på semester i Vasa i somras och tog familjefoto hos er (juli, bokat i namnet Sjöberg). Vi har fått bilderna och är jättenöjda, men nu vill vi att ni raderar bilderna och våra uppgifter från era system. Vi kommer inte att beställa mer.

Vänliga hälsningar
Karin Sjöberg
Örebro""")

E("sv", "complaint", False, "rikssvensk: has reported to IMY, copy to company",
  "Henrik Olsson <henrik.olsson@example.se>", "Anmälan till IMY – Zoomi Kuvakaupat Oy",
  """Till Integritetsskyddsmyndigheten
Kopia: Zoomi Kuvakaupat Oy

Jag anmäler härmed Zoomi Kuvakaupat Oy för att bolaget trots min begäran om radering den 28 juli 2026 fortfarande skickar fakturapåminnelser och marknadsföring till mig. Bolaget har inte svarat inom en månad.

Bifogar min begäran och de mejl jag fått efter den.

Henrik Olsson
Västerås""",
  to="Integritetsskyddsmyndigheten <imy@example.se>, tietosuoja@example.fi")

E("sv", "access+rectification", False, "check my data, send it, fix my name",
  "Matilda Backström <matilda.backstrom@example.fi>", "Stämmer mina uppgifter?",
  """Hej,

På mitt senaste kvitto stod det "Mathilda Bäckström". Det är fel på två ställen, rätt är Matilda Backström. Kan ni rätta det, och skicka samtidigt en kopia av allt ni har om mig så jag ser att resten stämmer?

Tack!
Matilda""")

E("sv", "", False, "'radera min beställning' meaning cancel order; near-miss",
  "Pernilla Ek <pernilla.ek@example.fi>", "Radera min beställning",
  """Hej, kan ni radera min beställning 88944, jag valde fel storlek på canvastavlan. Jag gör en ny beställning i kväll. Mvh Pernilla""")

E("sv", "objection", False, "doesn't want data used for statistics",
  "Ronny Granholm <ronny.granholm@example.fi>", "Statistik",
  """Hej,

Jag vill inte att mina uppgifter används för statistik eller för er "affärsutveckling" som det står i dataskyddsbeskrivningen. Jag motsätter mig det. Använd dem bara för att leverera det jag beställer och för fakturan.

Ronny Granholm
Oravais""")

E("sv", "erasure", False, "17-year-old wants her student photos deleted, in her own name",
  "Saga Nordström <saga.nordstrom@example.fi>", "mina studentbilder",
  """Hej! Mamma beställde studentbilder av mig i våras men jag vill att ni raderar alla bilder på mig från era system nu när vi har fått dem. Jag fyller 18 i januari om det spelar nån roll. Tack, Saga""")

E("sv", "", False, "municipality asks for signed processor agreement; no DSR",
  "Korsholms kommun / Bildningsförvaltningen <bildning@korsholm.example.fi>", "Personuppgiftsbiträdesavtal skolfotografering 2026–2027",
  """Hej,

Enligt upphandlingen av skolfotografering ska ett undertecknat personuppgiftsbiträdesavtal finnas hos kommunen innan elevlistorna skickas till er. Vi har inte fått tillbaka avtalet som skickades 5.10.

Vänligen returnera det undertecknade avtalet senast 20.11 så att fotograferingen i Smedsby skola kan hållas som planerat.

Med vänlig hälsning
Marina Lillhannus
utbildningssekreterare
Korsholms kommun""")

E("sv", "access", False, "very short typo 'registreutdrag tack'",
  "Tobias Kull <tobias.kull@example.fi>", "registreutdrag",
  """registreutdrag tack. /Tobias Kull""")

E("sv", "erasure+marketing_opt_out+complaint", False, "angry Ostrobothnian; stop ads, delete, threatens DPA",
  "Stig Nygård <stig.nygard@example.fi>", "NU RÄCKER DET",
  """Hej.

Tredje gången jag skriver. Ja vill INTE ha era reklammejl och sms, och ni ska radera allt ni har om mej. Ni har int svarat nå på mina tidigare mejl.

Om ja int får svar den här veckan så anmäler ja er till dataombudsmannen.

Stig Nygård
Petalax""")

E("sv", "", False, "'ta bort' a pimple from the photo - retouching; near-miss",
  "Vera Holmberg <vera.holmberg@example.fi>", "Ta bort finne på bilden?",
  """Hej! Kan ni ta bort en finne på hakan på min studentbild innan ni skriver ut? Bild nr 14 i galleriet. Vad kostar retuschering? Kram Vera""")

E("sv", "rectification+restriction", False, "wrong child's photo under her name; correct and don't use until fixed",
  "Linda Strömberg <linda.stromberg@example.fi>", "Fel barn i vårt galleri",
  """Hej,

I vårt galleri för Vasa övningsskola, klass 2B, ligger bilder på en pojke som inte är vår son. Vår son heter Axel Strömberg. Tydligen har uppgifterna blandats ihop.

Rätta kopplingen mellan namn och bilder, och använd inte uppgifterna (inga utskick, inga klasskataloger till skolan) innan ni har rett ut det.

Linda Strömberg""")

E("sv", "portability", False, "short portability request, rikssvensk",
  "Erik Nilsson <erik.nilsson@example.se>", "Dataportabilitet",
  """Hej, begäran om dataportabilitet: skicka de uppgifter jag har lämnat till er i ett maskinläsbart format (JSON helst). Jag ska flytta mina fotoprojekt. Tack / Erik Nilsson""")

E("fi", "", False, "cancel booking, 'poista varaus'; near-miss",
  "Miia Koivula <miia.koivula@example.fi>", "Poista varaus",
  """Moi, voitteko poistaa mun varauksen ensi tiistaille klo 16 (passikuva). En pääsekään. T. Miia""")

E("fi", "access", False, "spoken, 'saisinko nähdä mun tiedot'",
  "Pirjo Laine <pirjo.laine@example.fi>", "mun tiedot",
  """Hei saisinko nähdä mun tiedot mitä teillä on, tytär sano et niitä voi pyytää. Oon käyny teillä monta kertaa lapsenlasten kanssa kuvissa. Pirjo Laine Vaasa""")

E("fi", "erasure+objection", False, "delete data and stop processing",
  "Jussi Ketola <jussi.ketola@example.fi>", "Poistopyyntö",
  """Hei,

Pyydän poistamaan kaikki minua koskevat henkilötiedot rekisteristänne. Lisäksi vaadin, että lopetatte tietojeni kaiken käsittelyn välittömästi.

Jussi Ketola
Lapua""")

E("fi", "marketing_opt_out", False, "cancel newsletter subscription",
  "Noora Harju <noora.harju@example.fi>", "Uutiskirje",
  """Hei, peruutan uutiskirjeen tilauksen. Tilaukset teen jatkossakin teiltä, mutta uutiskirjettä en tarvitse. Kiitos! Noora""")

E("fi", "", False, "mild feedback that privacy notice lacks portability mention; no request",
  "Kristiina Vainio <kristiina.vainio@example.fi>", "Palautetta tietosuojaselosteesta",
  """Hei,

Luin tietosuojaselosteenne, kun tilasin kuvakirjan. Pieni palaute: siinä mainitaan tarkastus-, poisto- ja vastustamisoikeus, mutta ei oikeutta tietojen siirtämiseen järjestelmästä toiseen eikä käsittelyn rajoittamiseen. Lisäksi päiväys on vuodelta 2022. Voisi olla hyvä päivittää.

Tämä ei koske mitään omaa asiaani, olen ollut tyytyväinen asiakas.

Kristiina Vainio
(työskentelen itse tietosuoja-asioiden parissa)""")

E("fi", "restriction", False, "freeze my data while insurance dispute runs",
  "Harri Nurmi <harri.nurmi@example.fi>", "Tietojen jäädyttäminen",
  """Hei

Meillä on riita-asia hääkuvien toimituksesta (tilaus 69211) ja asia on menossa kuluttajariitalautakuntaan. Jäädyttäkää tietoni: älkää poistako mitään tilaukseen liittyvää, älkääkä käyttäkö tietoja muuhun ennen kuin lautakunta on antanut ratkaisunsa.

Harri Nurmi""")

E("fi", "", False, "company asks invoices as e-invoice; near-miss",
  "Taina Ylikoski <taina.ylikoski@example.fi>", "Verkkolaskuosoite",
  """Hei,

Pyydämme jatkossa laskut verkkolaskuina. Verkkolaskuosoite 003712345678, välittäjä Maventa (003721291126). Koskee henkilökuvauksia ja muita tilauksia.

Taina Ylikoski
Kirjanpito, Vaasan Rakennus Oy""")

E("fi", "rectification", False, "update phone number",
  "Markku Heino <markku.heino@example.fi>", "Puhelinnumero",
  """Päivittäkää puhelinnumeroni, uusi on 045 678 9012. Vanha ei toimi enää. Markku Heino""")

E("en", "", False, "web agency developer discusses implementing consent and rights; asks nothing",
  "Jake Morrison <jake@webagency.example.com>", "Cookie banner + privacy page for the new shop",
  """Hi,

Quick update from our side on the web shop relaunch. We've drafted the new cookie banner so that analytics cookies stay off until the visitor accepts them, and withdrawing consent is one click in the footer. On the privacy page we list the rights (access, rectification, erasure, restriction, portability, objection) and the complaint route to the Data Protection Ombudsman.

Nothing needed from you right now; we'll send the final texts for review next week.

Jake
Web Agency Example""")

E("en", "erasure", False, "delete everything on me and my kids",
  "Hannah Schmidt <hannah.schmidt@example.com>", "please delete",
  """please delete everything you have on me and my kids (Lena and Paul Schmidt, school photos 2022–2025). we are moving back to Germany. thanks, Hannah""")

E("en", "complaint", False, "will report to DPA: photo given to employer without asking; no request",
  "Daniel Kim <daniel.kim@example.com>", "My portrait",
  """Hello,

I just found out that you gave my new employer the portrait I had taken privately at your studio last year for my own use. Nobody asked me. This is a GDPR violation and I am reporting it to the Data Protection Ombudsman this week.

Daniel Kim""")

E("en", "portability", False, "short export my data please",
  "Olivia Reed <olivia.reed@example.com>", "data export",
  """Hi – data export please. I'd like everything I've uploaded and my account details in a format I can import elsewhere (CSV/JSON + image files). Thanks, Olivia""")

E("en", "access", False, "casual what info do you have on me",
  "Kevin Walsh <kevin.walsh@example.com>", "Question",
  """Hey, I got a postcard from you addressed to me at my new place. What info do you actually have on me? Never gave you this address as far as I remember.

Kevin""")

E("en", "", False, "order status; near-miss",
  "Emma Collins <emma.collins@example.com>", "Where is my order?",
  """Hi, where is my order #88812? It's been two weeks and the tracking hasn't updated. Thanks, Emma""")

E("en", "objection", False, "doesn't consent to analytics tracking",
  "Lucas Meyer <lucas.meyer@example.com>", "Analytics",
  """Hello, I don't consent to analytics tracking of my visits to your shop and I object to you processing my browsing data with Google Analytics. Please exclude me. Lucas Meyer""")

E("en", "rectification", False, "child's name wrong on order",
  "Rebecca Hill <rebecca.hill@example.com>", "Wrong surname on my child's order",
  """Hi,

My son's order for the Vaasa International School photos shows his surname as "Hills". It's Hill. Please correct it in your records so the prints and the school's copy have the right name.

Thanks,
Rebecca Hill""")
