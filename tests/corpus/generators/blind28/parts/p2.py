from parts.common import E

E("sv", "access+rectification", False, "parent: what data on son + old address on invoice, correct it",
  "Patrik Kull <patrik.kull@example.fi>", "Uppgifter om vår son",
  """Hej,

Två saker:

1) Vilka uppgifter har ni om vår son Hugo Kull (skolfoto i Kronoby, åk 3)? Vi vill veta vad som är sparat om honom och vem som har fått det.

2) Fakturan för bilderna kom till vår gamla adress i Jakobstad. Vi bor sedan i maj på Kyrkvägen 5, 68500 Kronoby. Rätta adressen i era register så det inte händer igen.

Patrik Kull""")

E("sv", "marketing_opt_out", False, "stop sms marketing",
  "Stig Enlund <stig.enlund@example.fi>", "sms",
  """Sluta skicka sms om julkort och kalendrar till mitt nummer 0400 551 273. Tack.""")

E("sv", "", False, "near-miss: Martha association asks price for jubilee group photo",
  "Gun-Maj Finnäs <gunmaj.finnas@example.fi>", "Gruppfoto till 100-årsjubileet",
  """Bästa fotografer,

Petalax Marthaförening fyller 100 år i mars 2027 och vi skulle vilja ha ett gruppfoto av alla medlemmar (ca 40 st) vid festen i ungdomslokalen. Vad skulle det kosta, och kan man få bilderna både som papperskopior och digitalt? Vi har en liten kassa så ett förmånligt paket vore bra.

Hälsningar
Gun-Maj Finnäs
ordförande, Petalax Marthaförening rf""")

E("sv", "erasure", False, "elderly husband writes for wife with dementia: delete her web shop account",
  "Rainer Holmström <rainer.holmstrom@example.fi>", "Min frus konto",
  """Goddag

Min fru Elna Holmström har fått en minnessjukdom och bor sedan augusti på Solgården i Vörå. Hon hade ett konto i er webbutik för att hon beställde bilder av barnbarnen. Hon kan int sköta det mera själv och jag vill att ni tar bort hennes konto och uppgifter. Jag har fullmakt, den kan jag skicka om ni behöver.

Med vänlig hälsning
Rainer Holmström
tel 06 383 2210""")

E("sv", "", False, "near-miss: delete my order (wrong size)",
  "Wilma Nylund <wilma.nylund@example.fi>", "Radera beställning",
  """Hej! Kan ni radera min beställning nr 40211, jag valde fel storlek på förstoringen (20x30 istället för 13x18). Jag gör en ny beställning ikväll.

Tack, Wilma""")

E("sv", "", True, "municipal survey invitation, no header",
  "Närpes stad enkäter <enkat@example.fi>", "Enkät: Hur upplevde du skolfotograferingen 2026?",
  """Bästa vårdnadshavare / personal,

Närpes stad utvärderar skolfotograferingen hösten 2026. Enkäten tar ca 3 minuter och besvaras anonymt.

Svara här: https://enkat.example.fi/s/np-skolfoto-2026

Enkäten är öppen till och med 30.11.2026.

Tack för att du deltar!
Bildningsförvaltningen, Närpes stad

Detta meddelande har skickats automatiskt från enkätsystemet. Svar till denna adress läses inte.""")

E("sv", "objection", False, "objects to Google Analytics and profiling",
  "Niklas Söderholm <niklas.soderholm@example.fi>", "Analys och profilering",
  """Hej

Jag vill inte att mina uppgifter från webbutiken används i Google Analytics eller för någon form av profilering av mitt köpbeteende. Jag motsätter mig den behandlingen.

Niklas Söderholm""")

E("sv", "complaint", False, "says class photos with names break GDPR, will report",
  "Jessica Rosenback <jessica.rosenback@example.fi>", "Klassfoton med namn",
  """Hej

Ni skickar ut klassfotot med alla barnens för- och efternamn tryckta under bilden till ALLA föräldrar i klassen. I min sons klass finns ett barn med skyddad identitet. Det här bryter mot GDPR och jag kommer att göra en anmälan till dataombudsmannen om det.

Jessica Rosenback""")

E("sv", "access", False, "dialect short: registerutdrag",
  "Kaj Björkqvist <kaj.bjorkqvist@example.fi>", "registerutdrag",
  """Kva ha ni för uppgifter om mej? registerutdrag tack

Kaj B""")

E("sv", "erasure+objection+marketing_opt_out+complaint", False, "formal letter citing Art. 17, 21(1), 21(2) and conditional complaint",
  "Fredrik Granholm <fredrik.granholm@example.se>", "Begäran om radering och invändning (art. 17 och 21 GDPR)",
  """Zoomi Kuvakaupat Oy
Dataskyddsansvarig

BEGÄRAN OM RADERING SAMT INVÄNDNING MOT BEHANDLING

Jag hänvisar till Europaparlamentets och rådets förordning (EU) 2016/679 (dataskyddsförordningen).

1. Radering (artikel 17.1)
Jag begär att ni utan onödigt dröjsmål raderar samtliga personuppgifter som rör mig, inklusive bilder, beställningshistorik, kontaktuppgifter och eventuella analysuppgifter. I den mån uppgifter måste bevaras enligt bokföringslagen ber jag att ni anger vilka uppgifter det gäller och hur länge de bevaras.

2. Invändning mot direktmarknadsföring (artikel 21.2)
Jag invänder mot all behandling av mina personuppgifter för direktmarknadsföring, inklusive profilering som har samband med sådan marknadsföring.

3. Invändning mot behandling som grundar sig på berättigat intresse (artikel 21.1)
Jag invänder därtill mot all övrig behandling som ni grundar på artikel 6.1 f.

Jag förväntar mig en skriftlig bekräftelse inom den tidsfrist som anges i artikel 12.3. Om jag inte får svar inom en månad kommer jag att lämna in ett klagomål till Dataombudsmannens byrå i Finland.

Umeå den 19 oktober 2026

Fredrik Granholm
Storgatan 40
903 26 Umeå""")

E("sv", "", False, "ok thanks reply",
  "Linnea Kackur <linnea.kackur@example.fi>", "Re: Leveranstid",
  """Ok, tack. Då väntar vi på bilderna.

Linnea

Den 14 okt. 2026 kl. 10:02 skrev Zoomi asiakaspalvelu <asiakaspalvelu@example.fi>:
> Hej Linnea, klassfotona skickas från tryckeriet nästa vecka.""")

E("sv", "restriction", False, "disputes ever ordering: do not use data until investigated, dialect",
  "Bertel Norrgård <bertel.norrgard@example.fi>", "har int beställt",
  """Hej

Ja ha fått en räkning för en fotokalender som ja aldrig ha beställt. Nån annan ha använt min e-post eller så ha ni blandat ihop nåt. Ja bestrider att uppgifterna stämmer. Använd int mina uppgifter till nåt förrän ni ha utrett vem som gjort beställningen.

Bertel Norrgård
Korsnäs""")

E("sv", "erasure", False, "two-line erasure, elderly",
  "Bror Lindvik <bror.lindvik@example.fi>", "register",
  """radera mej ur ert register

Bror Lindvik""")

E("sv", "", True, "web shop order confirmation with unsubscribe footer, no header",
  "Zoomi webbutik <noreply@example.fi>", "Orderbekräftelse #58812",
  """Tack för din beställning!

Order: #58812
Datum: 03.11.2026
Kund: Hanna Strömberg

1 x Klassfoto 20x25 cm (Vasa övningsskola, klass 4A)      19,00 €
2 x Porträtt 13x18 cm                                       24,00 €
Frakt (Posti, brev)                                          4,90 €
Totalt                                                      47,90 €  (inkl. moms 25,5 %)

Betalning: Kort (Verifone)
Leveransadress: Hanna Strömberg, Rådhusgatan 20 B 14, 65100 Vasa

Du kan följa din beställning under Mina sidor.

--
Zoomi Kuvakaupat Oy · Vasaravägen 2 A · 65350 Vasa
Vill du inte få fler mejl från oss? Avregistrera dig här: https://shop.example.fi/unsub""")

E("sv", "access+portability", False, "register extract and data portability to another service",
  "Emma Strandberg <emma.strandberg@example.fi>", "Begäran om registerutdrag och dataportabilitet",
  """Hej,

Jag vill ha ett registerutdrag över alla personuppgifter ni har om mig (konto, beställningar, bilder).

Dessutom vill jag utnyttja min rätt till dataportabilitet: skicka de uppgifter jag själv har lämnat till er i ett strukturerat, maskinläsbart format så att jag kan föra över dem till en annan tjänst.

Med vänliga hälsningar
Emma Strandberg
Jakobstad""")

E("sv", "marketing_opt_out", False, "club chairman: remove club address and own email from mailings",
  "Håkan Mattjus <hakan.mattjus@example.fi>", "Era reklamutskick till föreningen",
  """Hej

Larsmo IF får era reklamutskick både till föreningens adress (kansliet) och till min privata e-post eftersom jag är ordförande. Vi har köpt lagfoton av er tidigare och kommer säkert att göra det igen, men vi vill int ha reklam. Ta bort föreningens adress och min e-post från era utskick.

Håkan Mattjus
ordf. Larsmo IF""")

E("fi", "erasure+objection", False, "ex-employee staff photo on company website as reference: remove, don't use anywhere",
  "Kaisa Ylikoski <kaisa.ylikoski@example.fi>", "Kuvani verkkosivuillanne",
  """Hei

Kuvani on edelleen teidän nettisivuillanne referenssinä kohdassa "Henkilöstökuvaus yrityksille", vaikka lopetin työt kyseisessä yrityksessä jo keväällä. Poistakaa kuva sivuilta. En myöskään halua, että kuvaani käytetään missään teidän markkinoinnissanne jatkossa.

Kaisa Ylikoski""")

E("fi", "", False, "near-miss: invoice wrong sum",
  "Ville Lahti <ville.lahti@example.fi>", "Lasku",
  """Moi. Laskussa on väärä summa, siinä on 2 x ryhmäkuva vaikka tilasin yhden. Lähettäkää korjattu lasku.

Ville""")

E("fi", "access", False, "formal access request citing Art. 15",
  "Marjatta Peltoniemi <marjatta.peltoniemi@example.fi>", "Tarkastuspyyntö",
  """Zoomi Kuvakaupat Oy

TARKASTUSPYYNTÖ (EU:n yleinen tietosuoja-asetus, 15 artikla)

Pyydän saada tietää, mitä minua koskevia henkilötietoja rekisterissänne on, mihin tarkoitukseen niitä käytetään, kenelle niitä on luovutettu ja kuinka kauan niitä säilytetään. Pyydän jäljennöksen tiedoista sähköisesti tähän osoitteeseen.

Henkilötietoni: Marjatta Peltoniemi, Kauppapuistikko 8 C 21, 65100 Vaasa, puh. 050 776 2139.

Vaasassa 2.11.2026

Marjatta Peltoniemi""")

E("fi", "marketing_opt_out", False, "colloquial fi: no more ads",
  "Joni Kivelä <joni.kivela@example.fi>", "mainokset",
  """en haluu enää mainoksia teilt, kiitos

-joni""")

E("fi", "", True, "municipal registry auto-acknowledgement, no header",
  "Mustasaaren kunta kirjaamo <kirjaamo@example.fi>", "Vastaanottokuittaus: Koulukuvaus 2027 tarjouspyyntö",
  """Tämä on automaattinen vastaanottokuittaus.

Mustasaaren kunnan kirjaamo on vastaanottanut viestisi. Asia kirjataan ja ohjataan käsittelijälle. Emme vastaa tähän viestiin erikseen, ellei asia sitä vaadi.

Detta är en automatisk mottagningskvittering. Korsholms kommuns registratorskontor har tagit emot ditt meddelande.

Mustasaaren kunta / Korsholms kommun
Kirjaamo / Registratorskontoret""")

E("fi", "", False, "near-miss: open job application",
  "Aleksi Niemi <aleksi.niemi@example.fi>", "Avoin hakemus: valokuvaaja",
  """Hei,

olen valmistunut medianomiksi Vaasan ammattikorkeakoulusta keväällä ja etsin töitä valokuvaajana. Minulla on kokemusta henkilökuvauksesta ja tapahtumakuvauksesta, ja puhun suomea, ruotsia ja englantia. Olisin kiinnostunut erityisesti koulukuvauskaudesta. Portfolio: https://portfolio.example.fi/aleksi

CV liitteenä.

Ystävällisin terveisin
Aleksi Niemi
040 882 1190""")

E("fi", "rectification", False, "child's name wrong in school photo order",
  "Riikka Saarinen <riikka.saarinen@example.fi>", "Lapsen nimi väärin",
  """Hei, lapseni nimi on väärin koulukuvatilauksessa: Eli Saarinen, oikein on Eeli. Voisitteko korjata tiedon? Olkkaran koulu, luokka 1B.

Riikka""")

E("fi", "erasure+complaint", False, "erasure reminder after a month, complaint now",
  "Marko Hautala <marko.hautala@example.fi>", "Re: Tietojen poisto",
  """Pyysin 1.10. poistamaan kaikki tietoni ja lasteni kuvat järjestelmästänne. Nyt on kulunut yli kuukausi eikä mitään ole tapahtunut, edelleen tulee sähköpostia ja lasten kuvat näkyvät galleriassa.

Teen nyt valituksen tietosuojavaltuutetulle. Poistakaa tiedot edelleen välittömästi.

Marko Hautala

> Lähetetty: 1.10.2026
> Poistakaa kaikki tietoni ja lasteni (Aino ja Eetu Hautala) kuvat järjestelmästänne.""")

E("en", "portability", False, "export order history and uploaded photos in machine-readable format",
  "Sophie Laine <sophie.laine@example.com>", "Data export",
  """Hi,

could you export my order history and all the photos I have uploaded to my account in a machine readable format? I'm moving to another print service and want to take everything with me. A zip with a CSV/JSON for the data is fine.

Thanks,
Sophie""")

E("en", "", False, "near-miss: supplier offer",
  "Marcus Hill <marcus.hill@example.com>", "Photo paper pricing for 2027",
  """Dear Zoomi team,

Following our call in September, please find our updated price list for 2027 attached. Lustre 240 g rolls are now 6 % cheaper for orders above 20 rolls, and delivery to Vaasa is included.

Let me know if you would like samples.

Best regards,
Marcus Hill
Key Account Manager, Nordic Region
PhotoMedia Supplies Ltd""")

E("en", "access", False, "Swedish resident, short SAR",
  "Anders Berg <anders.berg@example.se>", "Subject access request",
  """Hello,

This is a subject access request. Please send me a copy of all personal data you hold about me. I ordered passport photos from your Vaasa studio in 2024 while working there.

Anders Berg
Umeå, Sweden""")

E("en", "", True, "trade newsletter with List-Unsubscribe",
  "Nordic Photo Trade <news@example.com>", "Nordic Photo Trade – November issue",
  """NORDIC PHOTO TRADE  |  November 2026

In this issue:
- School photography season wrap-up: prices up 4 % across the Nordics
- New EU rules on AI-edited portraits? What studios need to know
- Interview: how a Norwegian studio cut print waste by a third
- Trade fair calendar 2027

Read online: https://news.example.com/npt/2026-11

You are receiving this because you subscribed at PhotoExpo 2024.
Unsubscribe: https://news.example.com/unsub?id=8812""",
  hdrs={"List-Unsubscribe": "<mailto:unsubscribe@example.com?subject=unsub-8812>", "Precedence": "bulk"})

E("en", "marketing_opt_out+erasure", False, "misspelled unsubscribe + delete account",
  "Chloe Dawson <chloe.dawson@example.com>", "unsubscibe",
  """unsubscibe me and delete my account pls""")

E("en", "objection", False, "objects to data passed to debt collector, invoice paid",
  "Viktor Petrov <viktor.petrov@example.com>", "Debt collection - invoice already paid",
  """Hello,

I got a letter saying my invoice 2026-3392 is being transferred to OK-perintä. I paid it on 3 October (bank receipt attached). I object to you passing my personal details to the debt collector. Please confirm you will not do it.

Viktor Petrov""")
