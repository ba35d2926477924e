from parts.common import E

E("fi", "erasure", False, "grandmother (not guardian) asks to take grandchild's photo out of shop window",
  "Marjatta Kivistö <marjatta.kivisto@example.fi>", "Lapsenlapseni kuva",
  """Hyvää päivää.

Kävin lauantaina kaupungilla ja näin, että lapsenlapseni Siiri on isossa kuvassa teidän näyteikkunassa Hovioikeudenpuistikolla. Siirin äiti ei taida tietää tästä, hän on töissä Norjassa. Minusta ei ole oikein, että pienen tytön kuva on kaikkien nähtävillä kadulla.

Olisiko mahdollista ottaa se pois?

Ystävällisesti
Marjatta Kivistö""")

E("fi", "erasure+access", False, "teacher's staff photo used as sample on Zoomi site: remove and tell where else used",
  "Hanna Laurila <hanna.laurila@example.fi>", "Henkilökuvani teidän sivuilla",
  """Hei,

henkilökuvani (koulumme henkilökuntakuvaus 2025) on teidän nettisivuilla esimerkkinä sivulla "Yrityksille". En muista antaneeni siihen lupaa, eikä rehtorikaan tiennyt asiasta. Voisitteko poistaa sen, ja kertoa missä muualla kuvaani on käytetty?

Hanna Laurila
Onkilahden koulu""")

E("fi", "", True, "machine: booking reminder, no auto header",
  "Slotti ajanvaraus <varaukset@example.com>", "Muistutus: kuvausaika huomenna klo 16:00",
  """Hei Petri Aho,

muistutamme huomisesta ajastasi:

Palvelu:    Perhekuvaus studiossa (60 min)
Aika:       la 14.11.2026 klo 16:00
Paikka:     Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa
Varaus:     SL-460338

Peru tai siirrä aika: https://slotti.example.com/v/SL-460338

Tähän viestiin ei voi vastata.""")

E("fi", "", False, "near-miss: reply to payment receipt, charged twice, wants refund",
  "Petra Söderholm <petra.soderholm@example.fi>", "Re: Maksu vastaanotettu – tilaus W-89540",
  """Maksoin tämän jo kerran, miksi veloitettiin kahdesti?? Tililtä on lähtenyt 2 x 64,50. Rahat takaisin toisesta.

Petra

> Maksu vastaanotettu
> Tilaus W-89540, 64,50 €, maksettu 30.10.2026 (Visa **** 4471)""")

E("fi", "marketing_opt_out", False, "reply to our opt-out confirmation: also my work address gets ads",
  "Jari Östman <jari.ostman@example.fi>", "Re: Markkinointikielto vahvistettu",
  """Hyvä, kiitos. Entä se toinen osoite mulla, työosoite jari.ostman@example.com, sinne tulee myös teidän mainoksia. Sekin pois listalta.

Jari

> Hei Jari,
> vahvistamme, että osoitteeseen jari.ostman@example.fi ei enää lähetetä markkinointia.""")

E("fi", "access+marketing_opt_out", False, "sales call knew child's name and school: where from, what else; don't call again",
  "Tiina Kujala <tiina.kujala@example.fi>", "Puhelu teiltä",
  """Hei,

minulle soitti eilen joku teiltä myymään "koulukuvien lisäpakettia" ja tiesi lapseni nimen, koulun ja luokan. Olin ihan ihmeissäni. Mistä te saatte nämä tiedot ja mitä muuta teillä on meistä?

Ja en halua että soitatte enää tällaisia myyntipuheluita.

Tiina Kujala""")

E("fi", "erasure", False, "delete my webshop account",
  "Matti Lehtinen <matti.lehtinen@example.fi>", "tili",
  """Poistakaa mun tili verkkokaupasta. Käyttäjänimi mattil. Kiitos""")

E("fi", "", False, "near-miss: delete duplicate order",
  "Minna Huttunen <minna.huttunen@example.fi>", "tuplatilaus",
  """Poistakaa tilaus 88321, tilasin vahingossa kahteen kertaan saman paketin. Toinen (88320) on oikea.

Minna""")

E("fi", "objection", False, "one line: objects to photo in brochure",
  "Veikko Saarela <veikko.saarela@example.fi>", "esite",
  """vastustan kuvani käyttöä teidän uudessa esitteessä. Veikko Saarela""")

E("fi", "complaint+access", False, "has notified Ombudsman because no answer; still waiting for data",
  "Kristiina Hakkarainen <kristiina.hakkarainen@example.fi>", "Tietopyyntö edelleen vastaamatta",
  """Hei,

olen tehnyt ilmoituksen tietosuojavaltuutetulle, koska en saanut vastausta tietopyyntööni (lähetetty elokuussa). Odotan edelleen, että lähetätte minulle kaikki tiedot, joita teillä minusta on.

Kristiina Hakkarainen""")

E("fi", "restriction", False, "don't delete son's photos yet although ex asked, joint custody unresolved (disputed)",
  "Anu Ketola <anu.ketola@example.fi>", "Poikani kuvat – älkää poistako",
  """Hei,

kuulin että lapseni isä on pyytänyt teitä poistamaan poikamme Vertin kuvat. Meillä on yhteishuolto, enkä ole suostunut tähän. Älkää poistako vielä mitään ennen kuin olemme sopineet asiasta, asia on käräjäoikeudessa kesken.

Anu Ketola""")

E("fi", "erasure", False, "dialect, ex-employee: my face still on former employer's site, you took the photos (disputed: not Zoomi's site)",
  "Jarmo Hietala <jarmo.hietala@example.fi>", "kuva",
  """No terve vaan.

Mä lopetin siellä Vaasan Konepaja Oy:ssä jo keväällä ja mun naama on vieläkin niitten sivuilla ja jossain teidän kuvagalleriassa mistä ne on ne kuvat tilannu. Te ootte ne kuvat ottanu. Saako ne sieltä pois? Mä en haluu et se on siellä enää.

Jarmo""")

E("fi", "rectification", False, "guardian phone number wrong, texts go to ex",
  "Laura Heikkinen <laura.heikkinen@example.fi>", "Huoltajan puhelinnumero",
  """Hei, teillä on Ellin (Keskuskoulu 4A) huoltajan numerona vanha numeroni, jonka exä otti käyttöön, joten kaikki tekstiviestit ja tunnuskoodit menee hänelle. Uusi numero on 040 123 4567. Korjatkaa tämä pikaisesti.

Laura Heikkinen""")

E("fi", "marketing_opt_out+erasure", False, "teenager: no ads and delete my data",
  "Roni Kauppinen <roni.kauppinen@example.fi>", "mainokset",
  """en haluu mitää mainoksii ja poistakaa mun tiedot kiitti""")

E("fi", "", False, "near-miss: when do photos arrive",
  "Sini Ojala <sini.ojala@example.fi>", "koska kuvat tulee",
  """Hei! Kuinka kauan kestää kun kuvat tulee? Kuvauspäivä oli Sepän koululla jo 3 viikkoa sitten eikä mitään ole kuulunut. Terv. Sini""")

E("fi", "portability+erasure", False, "send all my photos and data in a form for another service, then delete account",
  "Eija Lindholm <eija.lindholm@example.fi>", "tilin lopetus",
  """Hei

Lopetan teidän palvelun käytön. Siirtäkää kaikki mun kuvat ja tiedot mulle sellaisessa muodossa että saan ne vietyä toiseen kuvapalveluun, ja sen jälkeen poistakaa tili.

Eija""")

E("fi", "", False, "thanks after receiving access copy",
  "Harri Mäenpää <harri.maenpaa@example.fi>", "Re: Tietonne",
  """Kiitos, sain tiedot ja kuvat. Kaikki näyttää olevan kunnossa.

Harri Mäenpää""")

E("fi", "access", False, "husband forwards wife's access request, she doesn't use email",
  "Esko Tuominen <esko.tuominen@example.fi>", "Vaimoni puolesta",
  """Hei,

välitän vaimoni Sirkka Tuomisen pyynnön, hän ei käytä sähköpostia. Hän haluaa tietää, mitä tietoja teillä on hänestä. Hän on tilannut teiltä lastenlasten kuvia useampana vuonna. Vastauksen voi lähettää postitse kotiin, Kuusiluodontie 7, 65350 Vaasa.

Esko Tuominen""")

E("sv", "objection", False, "does not want browsing on site analysed",
  "Patrik Nylund <patrik.nylund@example.fi>", "analys",
  """Hej. Jag vill inte att mitt surfande på er webbplats analyseras eller används för statistik. Jag motsätter mig det.

Patrik Nylund""")

E("sv", "erasure+complaint", False, "you break GDPR keeping son's photos after I asked in August; delete now",
  "Annika Rönnqvist <annika.ronnqvist@example.fi>", "Bilder på min son – igen",
  """Ni bryter mot GDPR när ni fortfarande har kvar bilder på min son Leo i er webbshop fast jag bad er ta bort dem i augusti. Ta bort dem nu.

Annika Rönnqvist""")

E("sv", "", False, "near-miss: B2B request to photograph staff in Jakobstad",
  "Oy Nordic Timber Ab / Jessica Strand <jessica.strand@example.fi>", "Personalfotografering",
  """Hej,

kan ni fotografera vår personal (ca 35 personer) på kontoret i Jakobstad i november? Vi behöver porträtt till webbplatsen och till LinkedIn. Vad kostar det och vilka datum har ni lediga?

Jessica Strand
HR, Oy Nordic Timber Ab""")

E("sv", "", True, "machine: webshop 'your account has been deleted', no auto header",
  "Zoomi Webbshop <noreply@example.fi>", "Ditt konto har raderats",
  """Hej,

ditt konto i Zoomi webbshop (bjorn.sund@example.fi) har raderats den 9.11.2026.

Uppgifter som vi enligt bokföringslagen måste spara (fakturor) bevaras under den lagstadgade tiden. Övriga uppgifter och dina bildgallerier har raderats.

Om du inte har begärt detta, kontakta oss: asiakaspalvelu@example.fi

Detta meddelande har skickats automatiskt.""")

E("sv", "access", False, "FI-Swedish: wants to review data on me and my two children",
  "Helena Sandvik <helena.sandvik@example.fi>", "Granska uppgifter",
  """Hej!

Jag vill granska vilka uppgifter ni har om mig och mina två barn, Axel och Ebba Sandvik. Barnen går i Övernäs skola och har fotograferats av er varje höst.

Mvh Helena Sandvik""")

E("sv", "marketing_opt_out", False, "stop SMS advertising",
  "Rasmus Häggblom <rasmus.haggblom@example.fi>", "sms",
  """Sluta skicka sms-reklam, tack. /Rasmus Häggblom""")

E("en", "", True, "machine: parcel delivery attempt failed, no auto header",
  "PaketExpress <notifications@example.se>", "Delivery attempt failed – PX 5512 9344 02",
  """We tried to deliver your parcel today but nobody was home.

Sender: Zoomi Kuvakaupat Oy
Tracking number: PX 5512 9344 02

Your parcel has been taken to: Prisma Vaasa, Kauppapuistikko 24
Pick up by: 20.11.2026

Choose another delivery time: https://paketexpress.example.se/sp/PX551293440

This is an automated message. Replies are not read.""")

E("en", "erasure", False, "15-year-old: mom ordered school photos, doesn't want them in shop gallery, delete",
  "Ella Nyström <ella.nystrom@example.fi>", "my school photos",
  """Hi, I'm 15. My mom ordered my school photos from you and now they're in the shop gallery where anyone with the code can see them, and the code is on a paper half my class has seen. I don't want them on your site anymore. Can you delete them? My name is Ella Nyström, Vasa övningsskola 9B.""")

E("en", "rectification+access", False, "correct my email and send what else you have on file",
  "Michael Grant <michael.grant@example.com>", "my details",
  """Hello,

please correct my email on file to michael.grant@example.com (you have m.grant@example.test, which I no longer use). And while you're at it, send me whatever else you have on file about me – I suspect there's a lot of old stuff from when I lived in Vaasa.

Michael Grant""")

E("en", "", False, "near-miss: hypothetical question whether deletion can be asked later (disputed)",
  "Anna Kowalski <anna.kowalski@example.com>", "question before ordering",
  """Hi! Before I order a family shoot: if I upload our photos to your online photo book editor, can I ask you to delete them later if I decide to? Just want to know how it works. Thanks!""")

E("en", "objection", False, "objects to passing details to debt collector, payment plan agreed",
  "Stephen Doyle <stephen.doyle@example.com>", "Debt collector",
  """I object to you passing my details to your debt collector. I agreed a payment plan with your customer service by phone on 3 November (3 x 25 EUR) and I've paid the first one.

Stephen Doyle""")

E("en", "complaint", False, "says company breaches GDPR: class list with names and emails sent to all parents",
  "Rachel Kim <rachel.kim@example.com>", "Class list sent to all parents",
  """Hello,

Yesterday every parent in class 3B at Vaasa International School got an email from you with an attachment listing all the children's names, photo codes and their parents' email addresses. Anyone could use those codes to open other children's photos.

Your company is in breach of GDPR. This is exactly what should never happen with children's data.

Rachel Kim""")
