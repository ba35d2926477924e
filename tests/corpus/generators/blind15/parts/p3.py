from parts.common import E

# ---------------- Finnish (14) ----------------
E("fi", "erasure", False, "school forwards parent's wish",
  "Vöyrin koulu / rehtori <rehtori.voyri@example.fi>", "VL: Huoltajan toive kuvista",
  """Hei,

välitän alla olevan huoltajan viestin teille, koska kuvat ovat teidän järjestelmässänne.

Terveisin
Mika Ojala, rehtori

-----
Lähettäjä: Johanna Perälä
Hei, en halua että Aadan (3B) luokkakuva ja yksittäiskuva jäävät kuvaamon
järjestelmään. Voisitteko välittää kuvaamolle, että ne poistetaan ja Aadan nimi myös.
Johanna Perälä""")

E("fi", "access", False, "Pohjanmaa dialect, what's stored",
  "Arvo Kujala <arvo.kujala@example.fi>", "mitä te tiärätte",
  """Terve

Mita te oikeen tiaratte musta? Sain teilta kirijeen jossa oli mun nimi ja syntymavuosi
vaikka en muista et olis antanu syntymavuotta kellekaan. Lahettakaa mulle kaikki mita
teilla on mun nimella ja kertokaa mista ootta sen saanu.

Arvo Kujala
Ylistaro""")

E("fi", "", False, "order status question, near miss",
  "Kirsi Lehto <kirsi.lehto@example.fi>", "Missä tilaukseni?",
  """Hei

tilasin 20.11. verkkokaupasta kuvakirjan ja kaksi taulua, tilausnumero 2026-220871.
Vielakaan ei ole tullut mitaan. Voitteko kertoa missa tilaus menee?

Kirsi""")

E("fi", "erasure", False, "no umlauts, booking system account",
  "Pekka Rasanen <pekka.rasanen@example.fi>", "slotti tili",
  """Hei,

tein joskus ajanvarauksen teidan Slotti-jarjestelman kautta ja sinne jai tili. Poistakaa
se tili ja kaikki mun tiedot sielta, en tarvi sita enaa.

Pekka Rasanen""")

E("fi", "marketing_opt_out", False, "compound word sahkopostilista, polite",
  "Aila Kinnunen <aila.kinnunen@example.fi>", "Sähköpostilista",
  """Hyvä vastaanottaja,

voisinko päästä pois sähköpostilistaltanne? Olen jo eläkkeellä eikä lapsenlapsetkaan
enää ole päiväkodissa, joten tarjoukset eivät ole minulle ajankohtaisia.

Ystävällisesti
Aila Kinnunen""")

E("fi", "access+rectification", False, "long polite story, request buried middle",
  "Marjatta Hietala <marjatta.hietala@example.fi>", "Passikuva ja kysymys",
  """Hei,

kävin toukokuussa teillä Vasaratiellä passikuvassa, ja kuvaaja oli todella mukava ja
kärsivällinen, vaikka olin vähän hermostunut. Kuvat olivat hyvät ja passi tuli nopeasti.
Kiitos siitä!

Nyt kuitenkin poliisi kertoi minulle, että teidän kautta lähetetyssä kuvassa oli
hetuni loppuosa väärin kirjattuna. Haluaisin tietää, mitä tietoja minusta on teidän
järjestelmässä ja mitä tietoja lähetitte poliisin kuvapalvelimelle, ja pyydän että väärä
tieto korjataan teidän rekisteriinne.

Muuten kaikki hyvin, ja toivottavasti ensi vuonna tuon lapsenlapsetkin kuvaan.

Lämpimin terveisin
Marjatta Hietala""")

E("fi", "", True, "email address changed notice, no headers",
  "Verkkopankki Tuki <tuki@example.com>", "Sähköpostiosoitteesi on vaihdettu",
  """Hei,

tilisi sähköpostiosoite on vaihdettu osoitteeseen tietosuoja@example.fi.

Jos et tehnyt muutosta itse, ota heti yhteyttä asiakaspalveluumme.

Tämä on automaattinen viesti, älä vastaa siihen.""")

E("fi", "erasure+marketing_opt_out", False, "angry capital letters, spoken",
  "Marko Hyvönen <marko.hyvonen@example.fi>", "RIITTÄÄ JO",
  """NYT RIITTAA. Kolmas tekstari talla viikolla. Poistakaa mun numero ja kaikki muutkin
tiedot teidan systeemeista ja alkaa ikina enaa lahettako mitaan mainoksia.

Marko""")

E("fi", "objection", False, "objects to staff photo being shared to organisation web pages",
  "Leena Mäkinen <leena.makinen@example.fi>", "Henkilökuvan käyttö",
  """Hei,

olen töissä Vaasan seurakuntayhtymässä ja meidät kuvattiin teillä keväällä. Kuvaani
käytetään nyt työnantajan nettisivuilla. Minulla on henkilökohtainen syy (vainoamistapaus),
jonka vuoksi vastustan kuvani käsittelyä tähän tarkoitukseen. Pyydän, että ette toimita
kuvaani enää työnantajalle julkaistavaksi.

Leena Mäkinen""")

E("fi", "", False, "daycare asks how consent forms work",
  "Päiväkoti Satakieli <satakieli@example.fi>", "Kuvauslupalomakkeet",
  """Hei!

Meillä on kuvaus 15.1. Miten teidän kuvauslupalomakkeet toimivat: pitääkö huoltajan antaa
lupa erikseen siihen, että kuvaa saa käyttää ryhmäkuvassa, ja mitä tapahtuu jos lupaa ei
anneta? Tietosuojavastaavamme kysyi tätä.

Terveisin Anu, varhaiskasvatuksen opettaja""")

E("fi", "access", False, "very short, tietopyyntö word in subject, passive voice",
  "Jari Salo <jari.salo@example.fi>", "henkilötietopyyntö",
  """Pyydetään toimittamaan kaikki minusta rekisteriin tallennetut tiedot sähköpostitse.
Jari Salo, Lapua""")

E("fi", "restriction", False, "asks not to delete yet, needs for insurance claim; Art18 c",
  "Anne Lindroos <anne.lindroos@example.fi>", "Älkää poistako vielä",
  """Hei,

tiedän että poistatte vanhat tilaustiedot tietyn ajan jälkeen. Tarvitsisin kuitenkin
vuoden 2022 hääkuvatilauksen tiedot vakuutusriidan takia. Voisitteko säilyttää ne
toistaiseksi, mutta olla käyttämättä niitä mihinkään muuhun?

Anne Lindroos""")

E("fi", "erasure", False, "guardian, teen passport photo, 'heivatkaa'",
  "Kimmo Laitinen <kimmo.laitinen@example.fi>", "pojan passikuva",
  """Moi, kavin pojan (15v) kanssa passikuvassa elokuussa. Passi on tullut, joten
heivatkaa ne kuvat ja pojan tiedot pois teidan koneilta. Poika on samaa mielta.

-Kimmo""")

E("fi", "", False, "price complaint, no GDPR",
  "Seija Karppinen <seija.karppinen@example.fi>", "Hinnat",
  """Hei,

aivan jarkyttavat hinnat koulukuvissa tana vuonna. 59 euroa kolmesta kuvasta! Ennen sai
samalla rahalla koko paketin. Tata ei voi hyvaksya, kerron kaikille tutuillekin.

Seija Karppinen""")

# ---------------- Swedish (9) ----------------
E("sv", "erasure", False, "parent short mail, Finland-Swedish",
  "Nina Söderberg <nina.soderberg@example.fi>", "Ta bort foton på min son",
  """Hej, jag vill att ni tar bort alla foton på min son Elias (åk 2, Vikinga skola) och
hans uppgifter. Vi beställde inga bilder.
/Nina""")

E("sv", "access", False, "registreutdrag misspelt, no diacritics",
  "Leif Mattsson <leif.mattsson@example.fi>", "registreutdrag",
  """hej

kan ni skicka ett registreutdrag pa vad ni har om mig. jag har fatt en faktura fran er
som jag inte forstar.

Leif Mattsson""")

E("sv", "", False, "invoice wrong, billing dispute",
  "Birgitta Ahlskog <birgitta.ahlskog@example.fi>", "Fel på fakturan",
  """Hej,

det är fel summa på fakturan 70312, vi beställde bara två fotografier men har fått faktura
på fyra. Kan ni skicka en ny?

Birgitta Ahlskog""")

E("sv", "marketing_opt_out", False, "avprenumerera typo, short",
  "Sebastian Wikström <sebastian.wikstrom@example.fi>", "avregistera",
  """Avregistera mig från alla utskick. Tack""")

E("sv", "rectification", False, "wrong address on invoice, ja for jo",
  "Ulla Björklund <ulla.bjorklund@example.fi>", "Adressen",
  """Hej

Jag har ja flyttat för ett år sedan men fakturan kom ändå till Malax. Nya adressen är
Smedsbyvägen 12, 65610 Korsholm. Kan ni ändra det i kundregistret?

Ulla""")

E("sv", "", True, "out of office with Precedence bulk",
  "Kenneth Grahn <kenneth.grahn@example.fi>", "Automatiskt svar: Fotografering 20.1",
  """Tack för ditt meddelande. Jag är tjänsteledig till 31.1.2027.
Ärenden gällande fotograferingen sköts av biträdande rektor Sara Lind.""",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

E("sv", "erasure+access", False, "employer HR forwards employee wish",
  "HR Botnia Rederi <hr@example.fi>", "Fw: begäran från anställd",
  """Hej,

vår anställde Jesper Kull bad oss vidarebefordra följande. Han har själv godkänt det.

"Jag vill veta vilka uppgifter om mig Zoomi har från personalfotograferingen och sedan
vill jag att allt raderas, även fotot."

Med vänlig hälsning
Carina Dahl, HR""")

E("sv", "objection", False, "objects to photo used in shop window/ads",
  "Peter Lassila <peter.lassila@example.fi>", "Bilden i skyltfönstret",
  """Hej

Vår familjebild hänger i ert skyltfönster på Hovrättsesplanaden. Vi vill inte att bilden
används i er reklam. Vi motsätter oss det och ber er sluta använda den.

Peter Lassila""")

E("sv", "", False, "thanks after photoshoot",
  "Johanna Strand <johanna.strand@example.fi>", "Tack!",
  """Hej!

Ville bara säga tack för den fina fotograferingen på lördag. Barnen var så nöjda och
bilderna blev jättefina. Vi beställer säkert fler till jul.

Kram Johanna""")

# ---------------- English (7) ----------------
E("en", "access", False, "non-native, 'send me everything in a file I can open'",
  "Ahmed Hassan <ahmed.hassan@example.com>", "My information",
  """Hello,

Please send me everything about me what you have, in file I can open. I am customer in
Vaasa since 2020, my childrens photos in school also.

Thank you
Ahmed Hassan""")

E("en", "", False, "question how right works, no request",
  "Emily Carter <emily.carter@example.com>", "Question about your privacy policy",
  """Hi,

If I ask you to delete my account, does that also delete the order history I'd need for a
warranty claim on a canvas print? I'm not asking for deletion now, just trying to understand
how it works before deciding.

Thanks,
Emily""")

E("en", "erasure", False, "reply in thread above our quoted mail",
  "Niklas Forsberg <niklas.forsberg@example.se>", "Re: Your passport photos are ready",
  """Thanks. Once I picked them up, please remove the photos and my details from your
system, no need to keep them.

Niklas

On Tue, 10 Nov 2026 at 09:14, Zoomi Kuvakaupat <asiakaspalvelu@example.fi> wrote:
> Dear customer,
> your passport photos have been sent to the police permit service.
> Printed copies can be collected at Vasaratie 2 A.
> Best regards, Zoomi Kuvakaupat""")

E("en", "marketing_opt_out", False, "unsubscibe typo",
  "Daniel Kim <daniel.kim@example.com>", "unsubscibe",
  """pls unsubscibe me from the newsletter and sms offers""")

E("en", "restriction", False, "contest accuracy, asks to restrict",
  "Grace Okafor <grace.okafor@example.com>", "Incorrect debt record",
  """Dear Sir or Madam,

Your records show an unpaid invoice in my name which I dispute: I paid it by bank transfer
on 2 October (receipt attached). While you verify this, I ask you to restrict processing of
my data for the debt: do not pass it on or use it, only keep it.

Yours faithfully,
Grace Okafor""")

E("en", "", True, "newsletter from photography association, no headers",
  "Nordic Photo Association <news@example.com>", "Member newsletter December",
  """Dear member,

Our annual meeting will be held on 24 January in Turku. This month: new guidance on
GDPR and photographing minors at events, and the results of our print competition.

Unsubscribe: https://example.com/unsub""")

E("en", "erasure+objection", False, "objects to analytics and wants IP logs deleted",
  "Lars Eriksson <lars.eriksson@example.se>", "Analytics and my IP",
  """Hi,

I see your site loads Google Analytics before I accept anything. I object to that
tracking. Also, delete the IP address logs and device data you have collected about my
visits.

Lars Eriksson""")
