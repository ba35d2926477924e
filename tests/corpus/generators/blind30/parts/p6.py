from parts.common import E

E("fi", "erasure+marketing_opt_out", False, "widow asks to delete her late husband's data and stop ads to him (deceased person's data; disputed)",
  "Sirkka Hannula <sirkka.hannula@example.fi>", "Mieheni tiedot",
  """Hei

Mieheni Reijo Hannula kuoli huhtikuussa. Hänen nimellään tulee edelleen teiltä mainoksia sekä postissa että sähköpostiin (reijo.hannula@example.fi, luen sitä vielä). Joka kerta se tuntuu pahalta.

Poistakaa hänen tietonsa teidän rekisteristä ja lopettakaa mainosten lähettäminen hänelle.

Sirkka Hannula
Kruunupyy
""")

E("fi", "access", False, "reminder of an unanswered access request, no threat",
  "Kari Leinonen <kari.leinonen@example.fi>", "Muistutus: tarkastuspyyntö 18.9.",
  """Hei,

lähetin 18.9. pyynnön saada nähdä minusta tallennetut tiedot, mutta en ole saanut vastausta. Voisitteko tarkistaa, onko viesti tullut perille? Tiedot voi lähettää tähän osoitteeseen.

Kiitos,
Kari Leinonen

> Hei, haluaisin tietää mitä tietoja teillä on minusta tallennettuna. Kari Leinonen
""")

E("fi", "erasure", False, "partial change of mind: keep son's photos, delete daughter's",
  "Hanna Kivistö <hanna.kivisto@example.fi>", "Re: Lasten kuvat – muutos",
  """Hei uudestaan,

puhuin lasten kanssa ja Eetu haluaakin että hänen koulukuvansa säilyvät, hän aikoo tilata niistä isälleen joululahjan. Eli Eetun kuvia ei poisteta. Ilonan kuvat ja minun tietoni saa edelleen poistaa niin kuin aiemmin pyysin.

Hanna

> Hei Hanna,
> kiitos viestistäsi. Olemme vastaanottaneet pyyntösi ja vastaamme viimeistään 3.11.
> Zoomi Kuvakaupat Oy / tietosuoja
""")

E("fi", "", False, "reply to booking confirmation: can the dog come to the family shoot",
  "Tommi Kuusisto <tommi.kuusisto@example.fi>", "Re: Varausvahvistus: Perhekuvaus la 21.11. klo 12.00",
  """Moi, saako perhekuvaukseen tuoda myös koiran? Se on rauhallinen labradori 😄

Tommi

> Varausvahvistus
> Perhekuvaus (60 min), la 21.11. klo 12.00, Zoomi Vaasa
> Voit perua tai siirtää varauksen viimeistään 24 h ennen.
""")

E("fi", "complaint", False, "dissatisfied with the access answer, complains to the DPA",
  "Lauri Mustonen <lauri.mustonen@example.fi>", "Re: Vastaus tarkastuspyyntöönne",
  """Hei,

vastauksenne oli puutteellinen: siinä ei kerrottu kenelle tietojani on luovutettu eikä kuinka kauan niitä säilytetään, vaikka kysyin nimenomaan niitä. Olen tänään tehnyt asiasta valituksen tietosuojavaltuutetulle.

Lauri Mustonen

> Hei Lauri,
> liitteenä ovat asiakasrekisterissämme olevat tietosi (nimi, osoite, tilaukset 2021–2026).
> Zoomi Kuvakaupat Oy / tietosuoja
""")

E("fi", "rectification", False, "elderly: update phone number",
  "Eila Hyttinen <eila.hyttinen@example.fi>", "puhelin numero",
  """Hyvä Zoomi

Minun puhelin numero on vaihtunut. Uusi on 050 311 4477. Vanhaa 06 321 1180 ei enää ole. Päivittäkää se teidän tietoihin niin saan tiedon kun lapsenlasten kuvat tulee.

Eila Hyttinen
""")

E("fi", "objection", False, "child will not take part: objects to the child's data being processed at all",
  "Pekka Lundqvist <pekka.lundqvist@example.fi>", "Lapseni ei osallistu koulukuvaukseen",
  """Hei,

koulu ilmoitti että luokkalistat lähetetään teille ennen kuvauspäivää. Poikamme Aapo (Vanhan Vaasan koulu, 2A) ei osallistu kuvaukseen perhesyistä. Vastustan sitä, että hänen tietojaan käsitellään teillä lainkaan, myöskään luokkalistan kautta.

Pekka Lundqvist
""")

E("fi", "marketing_opt_out", False, "no more sales calls",
  "Ari Hämäläinen <ari.hamalainen@example.fi>", "Puhelinmyynti",
  """Älkää soittako minulle enää myyntipuheluita. Kolme soittoa kuukauden sisään joulukorteista on liikaa.

Ari Hämäläinen
040 700 8080
""")

E("fi", "", False, "parents' association asks for sponsorship",
  "Vanhempainyhdistys / Mari Koski <mari.koski@example.fi>", "Sponsoripyyntö joulumyyjäisiin",
  """Hei!

Palosaaren koulun vanhempainyhdistys järjestää joulumyyjäiset 5.12. Keräämme arpajaisvoittoja leirikoulurahastoon. Voisiko Zoomi lahjoittaa esimerkiksi lahjakortin perhekuvaukseen? Mainitsemme lahjoittajat myyjäisten julisteessa ja koulun tiedotteessa.

Ystävällisin terveisin
Mari Koski
vanhempainyhdistyksen puheenjohtaja
""")

E("fi", "access+restriction", False, "contests a marketing consent record, wants to see it and have it preserved",
  "Heli Kantola <heli.kantola@example.fi>", "Markkinointilupa?",
  """Hei,

asiakaspalvelunne väittää, että olen antanut markkinointiluvan verkkokaupassa 2023. En ole antanut. Haluan nähdä, milloin ja miten tämä lupa on tallennettu (päivämäärä, kanava, IP tai mikä lie) ja mitä muuta minusta on kirjattu.

Älkää poistako tätä lupatietoa tai lokeja siitä ennen kuin olen saanut ne nähdä; tarvitsen ne, jos asia etenee.

Heli Kantola
""")

E("fi", "erasure", False, "long story about child's illness, request at the end",
  "Anu Laitinen <anu.laitinen@example.fi>", "Tyttäreni kuvat",
  """Hei,

tämä on vähän vaikea kirjoittaa. Tyttäreni Iina (10 v) sairastui keväällä leukemiaan ja on ollut syksyn hoidoissa. Hän kävi koulussa kuvauspäivänä ihan vain pari tuntia, koska halusi olla luokkakuvassa kavereiden kanssa. Se oli hänelle tosi tärkeää ja olemme kiitollisia, että kuvaaja oli niin ystävällinen ja kärsivällinen.

Nyt Iina on kuitenkin nähnyt yksilökuvansa galleriassa, jossa hänellä ei ole hiuksia, ja hän on ollut siitä hyvin pahoillaan. Hän ei halua että niitä kuvia on missään. Ryhmäkuva saa jäädä, sitä hän haluaa katsoa.

Voisitteko siis poistaa Iinan yksilökuvat teidän järjestelmästä ja galleriasta? Emme tilaa niitä.

Kiitos ymmärryksestä,
Anu Laitinen
""")

E("fi", "", True, "police permit photo server notification, no auto header",
  "Lupakuvapalvelu <ilmoitukset@lupakuvat.example.fi>", "Valokuvan vastaanotto epäonnistui (3 kpl)",
  """Valokuvien siirrossa lupahallinnon valokuvapalvelimelle tapahtui virhe.

Kuvaamo: Zoomi Kuvakaupat Oy, Vaasa (tunnus 4410-02)
Epäonnistuneet siirrot: 3
Virhe: Kuvan tarkkuus alle vaatimusten (min. 500 x 653 px) – 2 kpl
       Virheellinen kuvakuittikoodi – 1 kpl

Lähetä kuvat uudelleen kuvaamosovelluksesta. Kuvakuitteja ei voi käyttää ennen onnistunutta siirtoa.
Tämä on automaattinen ilmoitus.
""")

E("fi", "portability", False, "can I get my data as a CSV file to import into another shop",
  "Samuli Peltonen <samuli.peltonen@example.fi>", "tiedot csv:nä",
  """Moi,

saanko teiltä kaikki minun tiedot (asiakastiedot ja tilaushistoria) CSV-tiedostona? Tarkoitus on tuoda ne toisen kuvapalvelun tilille, niin ei tarvitse kaikkea naputella uudestaan.

Samuli
""")

E("fi", "objection", False, "after a satisfaction survey call: objects to legitimate-interest processing",
  "Kaija Toivonen <kaija.toivonen@example.fi>", "Asiakaskysely",
  """Hei,

teiltä soitettiin asiakastyytyväisyyskyselyn merkeissä passikuvauksen jälkeen. En ole pyytänyt tällaista. Vastustan tietojeni käsittelyä oikeutetun edun perusteella, eli asiakaskyselyihin, tilastointiin ja vastaavaan. Passikuva on hoidettu ja sillä selvä.

Kaija Toivonen
""")

E("fi", "", False, "misdirected invoice forwarded back, 'wrong person'",
  "Ismo Pesonen <ismo.pesonen@example.fi>", "VL: Lasku 20961",
  """Hei, tämä lasku on varmaan tullut väärälle henkilölle. Minulla ei ole lapsia Kotirannan koulussa. Laskussa on kyllä minun nimi mutta ilmeisesti väärä sähköposti jossain vaiheessa.

Ismo Pesonen

---------- Välitetty viesti ----------
Lähettäjä: Zoomi Kuvakaupat Oy <laskutus@example.fi>
Aihe: Lasku 20961
> Koulukuvapaketti L, Kotirannan koulu 3A, 39,90 €. Eräpäivä 30.11.
""")

E("sv", "erasure", False, "'Jag vill bli bortglömd'",
  "Gustav Nylund <gustav.nylund@example.fi>", "Bortglömd",
  """Hej,

Jag vill bli bortglömd. Radera allt ni har om mig, också gamla beställningar om det går.

Gustav Nylund
""")

E("sv", "access", False, "misspelled 'registreutdrag tack'",
  "Anders Rosenlund <anders.rosenlund@example.fi>", "registreutdrag",
  """registreutdrag tack. på mig och mina två barn (Axel och Tilda Rosenlund).

Anders
""")

E("sv", "erasure", False, "reply to our ID question that restates the erasure wish",
  "Anders Holm <anders.holm@example.fi>", "Sv: Ärende #3345 – bekräftelse av identitet",
  """Hej,

Ja, det är jag. Ordernumret är 118203. Jag vill fortfarande att ni raderar mina uppgifter.

Anders Holm

> Hej Anders,
> för att kunna behandla din begäran om radering ber vi dig ange numret på någon
> tidigare beställning. / Zoomi Kuvakaupat Oy
""")

E("sv", "", False, "thanks for a quick answer",
  "Britt Wikström <britt.wikstrom@example.fi>", "Sv: Din fråga om skolfoton",
  """Tack för snabbt svar! Då vet vi hur vi gör.

Britt

> Hej Britt, inloggningskoden finns på kuvertet som barnet fick hem från skolan.
""")

E("sv", "objection", False, "objects to use of photos in the school calendar sold by the company",
  "Kristian Söderberg <kristian.soderberg@example.fi>", "Skolkalendern",
  """Hej,

Jag såg att ni säljer en "skolkalender 2027" med bilder från fotograferingen på Malax skola, och att vår dotter Wilma finns på en av sidorna. Jag motsätter mig att ni använder hennes bild i kalendern eller i andra produkter som säljs till andra än oss.

Kristian Söderberg
""")

E("sv", "restriction", False, "suspends use of data while complaint about a wrong charge is handled",
  "Monica Ek <monica.ek@example.fi>", "Använd inte mina uppgifter under tiden",
  """Hej,

Jag har bestridit debiteringen på mitt kort (49 €, 3.10) hos min bank eftersom jag inte känner igen köpet. Tills ni och banken har utrett saken vill jag att ni inte använder mina uppgifter till något annat och inte lämnar ut dem vidare. Radera dem inte heller.

Monica Ek
""")

E("sv", "", False, "near-miss: order a digital copy of the photo",
  "Tove Kvist <tove.kvist@example.fi>", "Digital kopia av bilden",
  """Hej, kan man beställa en digital kopia av bilden på min dotter i stället för pappersbilder? Hon ska ha den till sitt busskort.

Tove
""")

E("sv", "rectification", False, "surname wrong after marriage; also on the children's contact details",
  "Emilia Nordman <emilia.nordman@example.fi>", "Byt mitt efternamn",
  """Hej,

Byt mitt efternamn till Nordman (tidigare Kronholm) i ert register. Jag står som kontaktperson för barnen och det står fortfarande Kronholm i alla era mejl till mig.

Emilia Nordman
""")

E("sv", "marketing_opt_out+complaint", False, "Swedish resident: opt-out ignored, has reported to IMY",
  "Lars Öberg <lars.oberg@example.se>", "Sv: Avregistrering",
  """Hej,

Jag avregistrerade mig i september (se nedan), men ni fortsätter skicka reklam. Jag har nu anmält er till IMY. Sluta skicka marknadsföring till mig.

Lars Öberg

> Avregistrera mig från ert nyhetsbrev. /Lars Öberg
""")

E("en", "erasure+objection", False, "adult model withdraws consent: take photo out of ads, never use it again",
  "Chloe Martin <chloe.martin@example.com>", "Use of my photos in your ads",
  """Hi,

Two years ago I did a free portrait session with you in exchange for allowing you to use a few images in your marketing. I withdraw that consent now. Please take my photos out of your ads, website and social media, and do not use them in any future campaigns either.

Thanks,
Chloe Martin
""")

E("en", "", False, "event agency asks for a quote",
  "Oliver Grant <oliver.grant@events.example.com>", "Quote request – conference photography",
  """Hello,

We are organising a two-day conference in Vaasa (Vaasa City Hall, 150 participants, 10–11 March 2027) and are looking for a photographer for both days, including a headshot corner for participants. Could you send us a quote and some references?

Best,
Oliver Grant
Project Manager
""")

E("en", "access", False, "father: can I see the data you store about my son",
  "Michael Brown <michael.brown@example.com>", "My son's data",
  """Hi, can I see the data you store about my son, Ethan Brown (Vaasa International School, grade 3)? Just want to check what's kept.

Michael
""")

E("en", "restriction", False, "put my data on hold while considering erasure",
  "Hannah Schmidt <hannah.schmidt@example.com>", "Please put my data on hold",
  """Hello,

I'm still thinking about whether to ask you to delete my account completely. Until I decide, please put my data on hold: don't use it for anything and don't share it with anyone. Don't delete anything yet either.

Best regards,
Hannah Schmidt
""")

E("en", "rectification", False, "wrong name on invoice",
  "Adebayo Okafor <adebayo.okafor@example.com>", "name on invoice",
  """Hello,

On your invoice and in my account my name is written "Adebayo Okafo". Please correct it to Adebayo Okafor (with r at the end). My company needs the correct name for reimbursement.

Regards,
Adebayo Okafor
""")

E("en", "", False, "never mind: found the photos in spam",
  "Lucy Evans <lucy.evans@example.com>", "Re: Missing gallery link",
  """Never mind, found the link in my spam folder! Sorry for the bother.

Lucy

> Hi, I never got the gallery link for my daughter's photos. Can you resend it?
> Lucy Evans
""")
