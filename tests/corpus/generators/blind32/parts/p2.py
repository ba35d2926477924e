from parts.common import E

# ---------------------------------------------------------------- fi (13)

E("fi", "erasure+marketing_opt_out", False, "elderly, long letter: no more paper ads, delete me entirely",
  "Eino Peltonen <eino.peltonen@example.fi>", "Kirjeenne",
  """Hyvä vastaanottaja

Olen 82-vuotias eläkeläinen Mustasaaresta. Sain taas teiltä kirjeen, jossa tarjotaan sukukuvausta ja isovanhempien kuvapakettia. Tilasin teiltä viimeksi valokuvia kun tyttären lapset olivat pieniä, ja siitä on yli kymmenen vuotta. En tarvitse enää mitään.

En halua enää teiltä postia enkä sähköpostia. Pyydän myös, että poistatte minun tietoni kokonaan teidän rekisteristä, niin ei tarvitse näitä enää tulla.

Tyttärentytär kirjoitti tämän puolestani minun sanelusta.

Kunnioittavasti
Eino Peltonen
Mustasaari""")

E("fi", "access+erasure", False, "copy first, then delete; 'don't delete before' is sequencing not restriction",
  "Satu Koivisto <satu.koivisto@example.fi>", "kopio + poisto",
  """Hei

Lähettäkää mulle ensin kopio kaikista tiedoista mitä teillä on minusta (myös kuvat ja tilaushistoria). Sen jälkeen poistakaa ne kaikki. Älkää poistako ennen kuin oon saanu kopion, haluun ne kuvat itelleni.

Satu Koivisto
050 776 1234""")

E("fi", "", False, "near-miss: delete my order, ordered twice by mistake",
  "Antti Hirvonen <antti.hirvonen@example.fi>", "tilaus 55231",
  """poistakaa mun tilaus 55231, tilasin vahingossa kaks kertaa saman paketin. se toinen 55230 saa jäädä

antti""")

E("fi", "rectification+marketing_opt_out", False, "wife forwards husband's mail: new address + no more marketing",
  "Riikka Salmela <riikka.salmela@example.fi>", "VS: osoitteenmuutos",
  """Miehen viesti alla, se ei saanu lähetettyä teidän osoitteeseen jostain syystä. T. Riikka

Lähettäjä: Marko Salmela
Lähetetty: sunnuntai 8. syyskuuta 20.41
Vastaanottaja: Riikka Salmela
Aihe: osoitteenmuutos

Osoitteeni on muuttunut, uusi osoite on Koulukatu 14 B 7, 65100 Vaasa. Päivittäkää se teidän asiakasrekisteriin. Lisäks en halua enää mitään markkinointiviestejä, ei postissa eikä tekstiviestinä.

Marko Salmela""")

E("fi", "", True, "invoice notification from invoicing system, no header",
  "Zoomi Laskutus <laskutus-noreply@example.fi>", "Lasku 2024-1182 on saatavilla",
  """Hei,

Zoomi Kuvakaupat Oy on lähettänyt sinulle laskun.

Laskun numero: 2024-1182
Eräpäivä: 30.9.
Summa: 48,50 EUR
Viitenumero: 11823 45670

Näet laskun kokonaisuudessaan osoitteessa https://example.fi/lasku/2024-1182

Tähän viestiin ei voi vastata. Tämä viesti on lähetetty automaattisesti.""")

E("fi", "erasure", False, "15-year-old, own photo on Instagram, wants it removed",
  "Veera Lahtinen <veera.lahtinen@example.fi>", "kuva instassa",
  """moi oon 15 ja mun kuva on teiän instassa siit koulukuvauksest (se missä on se sininen tausta). en haluu et se on siel. poistakaa se pliis. äiti ei tiiä täst mut mä en haluu et kukaa näkee sitä

veera 9C""")

E("fi", "erasure", False, "school office forwards a guardian's erasure request and asks us to handle it",
  "Kirkkopuiston koulu / Päivi Lundén <paivi.lunden@example.fi>", "Huoltajan pyyntö: kuvan poisto",
  """Hei,

yksi 4B-luokan huoltaja on ottanut meihin yhteyttä ja pyytää, että hänen lapsensa kuva poistetaan luokkakuvasta ja teidän järjestelmästä. Välitän pyynnön teille, koska kuvat ovat teillä. Voitteko hoitaa ja ilmoittaa huoltajalle suoraan?

Huoltajan viesti:
"Hei, en halua että Lukas Berg 4B on teidän koulukuvissa tai kuvapankissa. Poistakaa hänen kuvansa ja tietonsa. T. Jenna Berg, jenna.berg@example.fi"

Ystävällisin terveisin
Päivi Lundén
koulusihteeri, Kirkkopuiston koulu""")

E("fi", "access+objection", False, "why debt collection + to whom disclosed + objects to collection processing",
  "Jussi Karjalainen <jussi.karjalainen@example.fi>", "miks perintä??",
  """Miks ootte antanu mun tiedot OK-perinnälle?? Lasku oli maksettu 2.4., mulla on kuitti. Kertokaa kenelle muille ootte antanu mun tietoja.

Ja vastustan sitä et mun tietoja käsitellään siellä perinnässä ollenkaan, koko juttu on teidän virhe.

Jussi Karjalainen""")

E("fi", "complaint", False, "cc of complaint sent to the DPA; earlier request only described",
  "Helena Vuorinen <helena.vuorinen@example.fi>", "Ilmoitus tietosuojavaltuutetulle (tiedoksi Zoomi Kuvakaupat)",
  """Tietosuojavaltuutetun toimisto
Kopio: Zoomi Kuvakaupat Oy

Ilmoitan, että Zoomi Kuvakaupat Oy ei ole vastannut 12.1. tekemääni pyyntöön poistaa tietoni, vaikka siitä on kulunut yli kaksi kuukautta. Pyydän tietosuojavaltuutettua selvittämään asian.

Liitteenä alkuperäinen viestini ja muistutus 20.2.

Helena Vuorinen
Vaasa""")

E("fi", "", False, "near-miss: consumer complaint about dark photos",
  "Sari Nurmi <sari.nurmi@example.fi>", "valitus kuvista",
  """Valitus: kuvat oli tosi tummia ja lapsen silmät kiinni kahdessa kuvassa viidestä. Maksoin 39 e ja tää on ihan surkee. Haluun rahat takas tai uudet kuvat.

Sari N""")

E("fi", "rectification", False, "changed e-mail address, use this one",
  "Tuula Kivelä <tuula.kivela@example.fi>", "uusi sähköposti",
  """Hei, sähköpostiosoite on vaihtunut. Vanha oli tuula.k@example.test, se ei enää toimi. Laittakaa tähän uuteen jatkossa kuvakoodit yms. Korjatkaa myös puhelinnumero: 045 221 3344.
Tuula""")

E("fi", "", True, "supplier newsletter with list headers",
  "Kuvapaperi Oy <uutiset@example.com>", "Uutuudet: mattapintainen 300 g paperi nyt varastossa",
  """Hyvä asiakkaamme,

mattapintainen 300 g valokuvapaperi on taas varastossa. Tilaa 20.10. mennessä, niin saat 15 % alennuksen.

Kuvapaperi Oy
Et halua enää näitä viestejä? Peruuta tilaus: https://example.com/unsub""",
  hdrs={"List-Unsubscribe": "<mailto:unsubscribe@example.com>", "Precedence": "bulk"})

E("fi", "access", False, "what data about our son and who sees it",
  "Kaisa Laaksonen <kaisa.laaksonen@example.fi>", "Onni Laaksonen 3B",
  """Hei,
mitä tietoja teillä on meidän pojasta (Onni Laaksonen, Onkilahden koulu 3B)? Ja ketkä kaikki niitä näkee, näkeekö koulu vai vaan te?

Kaisa Laaksonen""")

# ---------------------------------------------------------------- sv (11)

E("sv", "access", False, "Ostrobothnian Swedish: what data about my daughter",
  "Marina Storbacka <marina.storbacka@example.fi>", "Alva 2an",
  """Hej! Ja e mamma ti Alva Storbacka i 2:an på Kvevlax skola. Ja vill veta va ni ha för uppgifter om henne å va ni gör me bildren efter att skolfotot e klart. Tack

Marina""")

E("sv", "", False, "near-miss: cancel passport photo booking",
  "Henrik Sjöberg <henrik.sjoberg@example.fi>", "avboka",
  """Avboka min tid på torsdag kl 14, passfoto. Hinner inte. /Henrik Sjöberg""")

E("sv", "erasure+complaint", False, "erasure reminder + 'now I report you to IMY'; ongoing ads not separately labelled",
  "Carina Åkerlund <carina.akerlund@example.se>", "Min begäran i mars",
  """Jag bad er radera mina uppgifter i mars. Ni har inte svarat och ni skickar fortfarande reklam till mig. Radera allt NU. Nu anmäler jag er till IMY.

Carina Åkerlund
Umeå""")

E("sv", "rectification+restriction", False, "wrong address (ex-husband's), correct it and don't use until fixed",
  "Jessica Mattfolk <jessica.mattfolk@example.fi>", "fel adress",
  """Hej
Ni har fel adress till mig, den ni har är min exmans. Rätta den till Sandögatan 5 C 12, 65100 Vasa. Och använd inte mina uppgifter till något tills det är rättat, jag vill inte att brev om barnens bilder går dit.

Jessica Mattfolk""")

E("sv", "marketing_opt_out", False, "'Nej tack' reply to quoted SMS-style offer",
  "Bo-Erik Nylund <bo-erik.nylund@example.fi>", "Re: Höstkampanj",
  """Nej tack.

> Hej Bo-Erik! Höstkampanj på Zoomi: familjefoto -20 % t.o.m. 31.10. Boka på example.fi/boka
> Svara STOPP för att avsluta.""")

E("sv", "", True, "out-of-office with Auto-Submitted header",
  "Lars Kronqvist <lars.kronqvist@example.fi>", "Frånvaro: Skolfoto 2024",
  """Tack för ditt meddelande. Jag är på semester 1–19.7 och svarar när jag är tillbaka.
Lars Kronqvist
rektor, Vasa övningsskola""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "", False, "near-miss: daycare wants to book staff photo",
  "Daghemmet Solstrålen <solstralen@example.fi>", "personalfoto i höst",
  """Hej!
Vi på Daghemmet Solstrålen vill beställa personalfoto igen i höst, samma som i fjol (ca 14 pers). Vilka datum finns i oktober?
Hälsningar Maria, föreståndare""")

E("sv", "portability+erasure", False, "machine-readable export to move, then delete account",
  "Oskar Hägglund <oskar.hagglund@example.se>", "export + radera konto",
  """Hej,
skicka alla mina bilder och kontouppgifter i maskinläsbart format (zip med bilder + csv/json) så jag kan flytta dem till en annan tjänst. Radera sedan mitt konto.
Mvh Oskar""")

E("sv", "erasure+marketing_opt_out", False, "widow: remove late husband, ads still come in his name (deceased, disputed)",
  "Margit Sjöholm <margit.sjoholm@example.fi>", "min man",
  """Hej.
Min man Gunnar dog i våras. Kan ni ta bort honom ur ert register, det kommer fortfarande reklam på hans namn och det är tungt att se. Skicka inte heller mer reklam hit.

Hälsningar
Margit Sjöholm
Korsholm""")

E("sv", "", False, "thanks for rectification confirmation (quoted)",
  "Patrik Ström <patrik.strom@example.fi>", "Re: Rättelse",
  """Perfekt, tack!

> Hej Patrik, vi har nu rättat stavningen av ditt efternamn i vårt kundregister och i Slotti.
> Med vänlig hälsning, Zoomi Kuvakaupat / Kundtjänst""")

E("sv", "access", False, "where did you get my e-mail address",
  "Karin Wikström <karin.wikstrom@example.se>", "Varifrån?",
  """Varifrån har ni fått min e-postadress? Jag har aldrig handlat hos er och bor inte ens i Finland.
Karin Wikström""")

# ---------------------------------------------------------------- en (6)

E("en", "erasure", False, "client firm HR forwards ex-employee's wish, asks us to delete portrait",
  "Laura Kenny <laura.kenny@example.com>", "Former employee portrait",
  """Hi,

We had staff portraits taken by you in May. One of our employees, Tiina Rajala, has left the company and asked that her portrait be removed from our website (done) and also from your archive. Can you delete it on your side? Her message below.

"Hi Laura, could you make sure the photo company also deletes my portrait and details? I don't want it floating around anywhere. Thanks, Tiina"

Best,
Laura Kenny
HR, Merenkurkku Tech Oy""")

E("en", "", True, "payment provider receipt, no header",
  "Verifone Payment Receipt <receipts@example.com>", "Payment receipt 88120931",
  """Payment receipt

Merchant: Zoomi Kuvakaupat Oy
Amount: 64.00 EUR
Card: **** **** **** 4412
Date: 2024-09-12 15:44
Authorisation code: 518823

This is an automatically generated receipt. Please do not reply.""")

E("en", "restriction", False, "lawyer: preservation notice, refrain from deleting pending dispute",
  "Attorney Jonas Berglund <jonas.berglund@example.com>", "Preservation of records – client Ms. Anna Koski",
  """Dear Sir or Madam,

We represent Ms. Anna Koski in a dispute concerning the use of photographs taken at the Koski family event on 14 June 2023.

On behalf of our client we request that you preserve all records concerning her, including the original image files, order data, correspondence and any logs of publication, and that you refrain from deleting or altering these records until the dispute has been resolved. Please confirm in writing that the records have been secured.

Yours faithfully,
Jonas Berglund
Attorney-at-law""")

E("en", "marketing_opt_out", False, "short: take me off your list",
  "Sam Porter <sam.porter@example.com>", "list",
  """take me off your list pls. thx

Sent from my iPhone""")

E("en", "", False, "near-miss (disputed): asks if data is sold, pre-order curiosity",
  "Grace Lin <grace.lin@example.com>", "question before ordering",
  """Hi! Before I order the family photo package: do you sell customer data to anyone? Just curious, I've had bad experiences with other shops.
Grace""")

E("en", "rectification", False, "surname changed after marriage",
  "Emma Hartikainen <emma.hartikainen@example.com>", "name change",
  """Hello,
my surname changed after I got married last summer, it's Hartikainen now (was Wood). Please update it in your system and on my account, I've used your shop since 2017 and the old name still shows on the invoices.
Cheers, Emma""")
