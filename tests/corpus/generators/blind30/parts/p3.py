from parts.common import E

E("fi", "erasure", False, "short from phone: delete my data",
  "Tiina Kangas <tiinak@example.fi>", "tiedot",
  """poistakaa mun tiedot teidän rekisteristä kiitos

Lähetetty Samsung Galaxy -älypuhelimesta
""")

E("fi", "access", False, "young adult, colloquial: can I see my data",
  "Aleksi Huhtala <aleksi.huhtala@example.fi>", "mun tiedot",
  """moi, saisinko nähdä mitä kaikkea teil on must tallessa? oon tilannu joskus kuvia ja sit oli yks passikuva. ihan vaan kiinnostaa

aleksi
""")

E("fi", "restriction", False, "change of mind: don't erase yet, but don't use the data until she has copies",
  "Marjo Vähäkangas <marjo.vahakangas@example.fi>", "Re: Poistopyyntö",
  """Hei vielä,

lähetin teille maanantaina poistopyynnön. Muutin vähän mieltäni: älkää vielä poistako mitään, koska haluan ensin tilata lasten vanhoista kuvista muutaman printin ja minulla ei ole niistä omia kopioita. Mutta älkää myöskään käyttäkö tietojani mihinkään (ei markkinointia, ei mitään) ennen kuin ilmoitan että saa poistaa. Pitäkää ne vain tallessa.

Marjo

> Hei, pyydän poistamaan kaikki minun ja lasteni tiedot.
> Marjo Vähäkangas
""")

E("fi", "", False, "near-miss: more prints of a group photo",
  "Kirsi Puumala <kirsi.puumala@example.fi>", "Lisää ryhmäkuvia",
  """Hei! Haluaisin tilata kaksi kappaletta lisää ryhmäkuvaa Kotirannan koulun 5A-luokasta, isovanhemmille joululahjaksi. Tilauskoodi oli KR5A-0921. Voiko ne toimittaa samaan osoitteeseen kuin edelliset?

Kirsi
""")

E("fi", "", True, "parcel notification, no auto header",
  "Posti <ilmoitukset@posti.example.fi>", "Lähetyksesi on noudettavissa",
  """Hei!

Lähetyksesi JJFI64123400012345 on noudettavissa.
Lähettäjä: ZOOMI KUVAKAUPAT OY
Noutopiste: K-Market Vaasa Palosaari, Vaskiluodontie 2
Nouda viimeistään: 24.10.2026
Noutokoodi: 5521

Voit myös ohjata lähetyksen toiseen noutopisteeseen OmaPostissa.
Tähän viestiin ei voi vastata.
""")

E("fi", "rectification+marketing_opt_out", False, "wrong email on file, no newsletters to it",
  "Riikka Honkala <riikka.honkala@example.fi>", "sähköpostiosoite väärin",
  """Hei,

teillä on minun sähköpostiosoite väärin, siinä on ylimääräinen l-kirjain (riikka.honkalla@...). Kuulemma kuvausilmoitukset ovat menneet jollekin muulle. Korjatkaa se tähän osoitteeseen, josta nyt kirjoitan.

Ja uutiskirjeitä ei tarvitse tähän uuteenkaan osoitteeseen lähettää, riittää että tulee ne koulukuvaukseen liittyvät viestit.

Riikka Honkala
""")

E("fi", "portability", False, "move my data directly to another studio",
  "Juha Ylönen <juha.ylonen@example.fi>", "Asiakkuuden siirto Kuvaamo Lumolle",
  """Hei,

olemme siirtäneet perheen kuvausasiat Kuvaamo Lumolle Seinäjoelle, koska muutimme sinne. Pyytäisin että siirrätte minun antamani tiedot (yhteystiedot, tilaushistoria ja lasten kuvausten digitaaliset originaalit joista olen maksanut) suoraan heille sähköisessä muodossa. Heidän yhteyshenkilönsä on Maria Koivisto, maria@kuvaamolumo.example.fi.

Kiitos etukäteen,
Juha Ylönen
""")

E("fi", "complaint", False, "informs that she has filed a complaint with the DPA",
  "Sari Honkanen <sari.honkanen@example.fi>", "Tiedoksi: kantelu tietosuojavaltuutetulle",
  """Hei,

tiedoksenne että olen tänään tehnyt kantelun tietosuojavaltuutetun toimistolle siitä, että tyttäreni luokkakuva, jossa näkyy koko luokan nimet, lähetettiin kaikille huoltajille avoimena linkkinä ilman kirjautumista. Kantelussa on liitteenä saamani sähköposti.

En odota teiltä muuta kuin että tiedätte asiasta.

Sari Honkanen
""")

E("fi", "", False, "public-records request sent to a private company by mistake",
  "Toimittaja Mika Ruotsalainen <mika.ruotsalainen@lehti.example.fi>", "Tietopyyntö: koulukuvauksen hankintasopimus",
  """Hei,

pyydän julkisuuslain 13 §:n nojalla nähtäväksi Vaasan kaupungin ja Zoomi Kuvakaupat Oy:n välisen koulukuvauksia koskevan hankintasopimuksen liitteineen sekä tarjousvertailun vuodelta 2025.

Jos asiakirjat ovat kaupungin hallussa, voitteko ohjata minut oikealle taholle?

Mika Ruotsalainen
toimittaja, Rannikon Uutiset
""")

E("fi", "erasure+objection", False, "staff member's photo used as an ad example: stop using it and delete",
  "Heidi Östman <heidi.ostman@example.fi>", "Kuvani mainoksessanne",
  """Hei,

olin viime vuonna työpaikkani henkilökuvauksessa teillä. Nyt kuvani on teidän Facebook-mainoksessa "Näin onnistuu yrityksesi henkilöstökuvaus", samoin esitteessä jota jaettiin messuilla. En ole antanut lupaa tähän.

Kuvaani ei saa enää käyttää teidän markkinoinnissa, ja se pitää poistaa sekä mainoksesta että esitteestä ja kaikista teidän arkistoista joissa sitä säilytetään markkinointia varten.

Heidi Östman
""")

E("fi", "", False, "reply in thread about invoice; quoted text mentions access",
  "Pertti Laakso <pertti.laakso@example.fi>", "Re: Tarkastuspyyntönne",
  """Kiitos tiedoista, sain ne. Yksi kysymys vielä: tiedoissa oli lasku 19844 merkitty avoimeksi, vaikka maksoin sen 3.9. Voitteko tarkistaa?

Pertti

> Hei Pertti,
> tarkastuspyyntösi perusteella liitteenä ovat kaikki sinusta tallennetut tiedot.
> Jos sinulla on kysyttävää, vastaa tähän viestiin.
> Zoomi Kuvakaupat Oy / tietosuoja
""")

E("fi", "access", False, "mother of twins, request buried in a story about a gallery mix-up",
  "Laura Mäenpää <laura.maenpaa@example.fi>", "Kaksosten kuvat sekaisin",
  """Moi,

meidän kaksoset (Aada ja Alma, Pohjoisen koulun 1C) kuvattiin syyskuussa ja kun kirjauduin galleriaan koodilla, siellä oli Aadan kuvien lisäksi ihan vieraan pojan kuvia, ja Alman kuvia ei ollut ollenkaan. Soitin asiakaspalveluun ja sieltä sanottiin että koodit oli mennyt ristiin ja että "kyllä se korjataan". Nyt kuvat näkyy oikein.

Mutta jäin miettimään että jos meillä näkyi toisen lapsen kuvat, niin onko meidän Alman kuvat näkyneet jollain toisella perheellä. Haluaisin tietää mitä tietoja teillä on meidän tytöistä (kuvat, nimet, luokka, mitä muuta?) ja kenelle niitä on näytetty tai annettu, myös sen sekaannuksen aikana.

Kuvat muuten tosi kivoja, tilataan varmaan isompi paketti.

Laura
""")

E("fi", "marketing_opt_out", False, "short colloquial, no more ads",
  "Jere Nurmi <jere.nurmi@example.fi>", "mainokset",
  """en haluu enää mainoksia teiltä. kiitti
""")

E("fi", "", True, "debt collection agency monthly report to the company, no auto header",
  "OK-perintä raportit <raportit@okperinta.example.fi>", "Kuukausiraportti 10/2026 – Zoomi Kuvakaupat Oy",
  """Toimeksiantajan kuukausiraportti

Toimeksiantaja: Zoomi Kuvakaupat Oy (asiakasnro 20455)
Kausi: 1.10.–31.10.2026

Uudet toimeksiannot: 18 kpl, 1 042,40 €
Maksetut: 11 kpl, 611,70 €
Maksusuunnitelmat: 2 kpl
Kiistetyt / palautetut toimeksiantajalle: 1 kpl (lasku 77120, velallinen kiistää tilauksen)

Yksityiskohtainen raportti on ladattavissa extranetistä. Tämä viesti on muodostettu automaattisesti.
""")

E("fi", "", False, "teacher: retakes for absent pupils",
  "Opettaja Kimmo Wikström <kimmo.wikstrom@koulu.example.fi>", "Poissaolleet oppilaat",
  """Moi,

meiltä 4B:stä oli kuvauspäivänä kolme oppilasta poissa (Eino, Siiri ja Daniel). Onko teillä uusintakuvausta tulossa? Vanhemmat kyselevät.

Kimmo
luokanopettaja, Onkilahden koulu
""")

E("sv", "restriction", False, "freeze data until the dispute with debt collection is resolved",
  "Tomas Lindroos <tomas.lindroos@example.fi>", "Begränsning av behandling",
  """Hej,

Jag har fått ett inkassobrev från OK-perintä för en faktura som jag har bestritt skriftligen två gånger (fakturan gällde en fotobok som aldrig levererades). Jag begär att ni begränsar behandlingen av mina uppgifter och inte lämnar ut något mer till inkassobolaget tills ärendet är utrett.

Radera ingenting – jag behöver underlaget om det blir en tvist.

Tomas Lindroos
""")

E("sv", "marketing_opt_out+erasure", False, "remove me from the mailing list and delete my data",
  "Ingrid Fagerström <ingrid.fagerstrom@example.fi>", "Ta bort mig",
  """Hej,

Ta bort mig från er utskickslista och radera alla mina uppgifter. Barnen har slutat skolan för länge sedan och jag har ingen nytta av era erbjudanden.

Ingrid Fagerström
""")

E("sv", "access", False, "grandmother asks what data is held on her grandchild",
  "Margareta Storbacka <margareta.storbacka@example.fi>", "Mitt barnbarn",
  """Bästa Zoomi,

Jag är mormor till Leo Storbacka som går på daghemmet Blåklinten i Korsholm. Hans mamma bor utomlands för tillfället och jag har hand om honom på vardagarna. Jag skulle vilja veta vilka uppgifter ni har om Leo och vem som får se bilderna på honom.

Med vänlig hälsning
Margareta Storbacka
""")

E("sv", "", False, "near-miss: where is my order",
  "Jenny Ahlskog <jenny.ahlskog@example.fi>", "Var är min beställning?",
  """Hej, jag beställde fotobok för tre veckor sedan (order 118455) och har inte fått något. Spårningslänken säger bara "mottagen". Var är min beställning?

Jenny
""")

E("sv", "portability", False, "export in machine-readable format, switching provider",
  "Oskar Nordling <oskar.nordling@example.se>", "Dataportabilitet",
  """Hej,

Jag byter leverantör för våra fotoböcker och vill få alla uppgifter som jag har lämnat till er – konto, adresser, beställningshistorik och uppladdade bilder – i ett strukturerat, maskinläsbart format (t.ex. JSON eller CSV + zip med bilderna), så att jag kan föra över dem själv.

Kontot kan vara kvar tills vidare.

Oskar Nordling
""")

E("sv", "erasure", False, "17-year-old: take my photo off your website",
  "Ella Grönqvist <ella.gronqvist@example.fi>", "bilden på mig på er hemsida",
  """hej!

det finns en bild på mig på er hemsida under "Studentfotografering" (den med vita mössan framför Vasa gymnasium). jag vill att ni tar bort den, den är pinsam och alla i klassen har sett den. jag är 17.

mvh Ella
""")

E("sv", "", True, "school helpdesk auto-acknowledgement, no auto header",
  "Korsholms skolor IT-stöd <itstod@skola.example.fi>", "Ditt ärende har registrerats [#SK-20931]",
  """Tack för ditt meddelande!

Ditt ärende har registrerats med nummer SK-20931 och behandlas i turordning. Normal svarstid är 2–3 arbetsdagar.

Ämne: Överföring av elevfoton till Wilma
Kategori: Övrigt

Svara inte på detta meddelande. Om du vill lägga till information, använd ärendenumret i ämnesraden.
""")

E("sv", "rectification", False, "name misspelled, mixed fi/sv",
  "Jan Mattsson <jan.mattsson@example.fi>", "Mitt namn",
  """Hej / Moi,

Mitt namn är felstavat i era uppgifter och på fakturan: det är Mattsson med två t och två s, inte "Matsson". Kan ni rätta det? Kiitos!

Jan Mattsson
""")

E("sv", "access+complaint", False, "reminder: register extract not delivered, says GDPR is being broken",
  "Pia Källström <pia.kallstrom@example.fi>", "Registerutdrag – andra påminnelsen",
  """Hej,

Det här är min andra påminnelse. Jag begärde ett registerutdrag den 2 september och har fortfarande inte fått något, inte ens ett svar. Ni bryter mot GDPR. Skicka utdraget omedelbart.

Pia Källström
""")

E("en", "erasure+objection+marketing_opt_out", False, "angry: stop processing, delete everything, stop the emails",
  "Gareth Evans <gareth.evans@example.com>", "STOP",
  """I have asked twice on the phone now. Stop emailing me your offers, stop processing my data for any purpose whatsoever and delete everything you have on me and my kids. We left Finland last year. I do not want to hear from your company again except for a confirmation that this has been done.

G. Evans
""")

E("en", "", False, "job application for retoucher, non-native speaker",
  "Ramesh Iyer <ramesh.iyer@example.com>", "Application – photo retoucher",
  """Dear Hiring Manager,

I am writing for apply to the position of photo retoucher which I saw in the TE-palvelut website. I have 5 year experience in Photoshop and Capture One, mostly portraits and product photos, in Bangalore and now 1 year in Vaasa. I am learning Finnish (A2 level).

Please find my CV and some samples attached. I can come for interview any time.

With regards,
Ramesh Iyer
""")

E("en", "", True, "web shop order confirmation, no auto header",
  "Zoomi Web Shop <orders@example.fi>", "Order confirmation #ZK-118602",
  """Thank you for your order!

Order number: ZK-118602
Date: 14 Oct 2026

1 x School portrait package M (Aurora Nguyen, 2B)    34,90 €
1 x Digital file, high resolution                    9,90 €
Shipping: Letter                                     3,90 €
Total:                                              48,70 €

We will send you a shipping notice when your order leaves our studio.
Manage your account and newsletter preferences at shop.example.fi/account
""")

E("en", "access", False, "short DSAR",
  "Priya Shah <priya.shah@example.com>", "DSAR",
  """Hello,

Please treat this email as a data subject access request. I would like a copy of all personal data you hold about me.

Regards,
Priya Shah
""")

E("en", "restriction", False, "lawyer's preservation notice for a dispute",
  "Laura Heikkilä, Attorney <laura.heikkila@lawfirm.example.com>", "Preservation of records – Mr Daniel Brandt",
  """Dear Sirs,

We represent Mr Daniel Brandt in a dispute with his former employer, Nordic Fitness Oy, concerning the use of his image in advertising material. We understand that your company photographed Mr Brandt at the employer's premises in February 2025 and that the employer later used those photographs.

On behalf of our client, we hereby request that you preserve all records relating to that photo session, including the original image files, order and delivery records, correspondence with Nordic Fitness Oy and any licence terms, and that you prevent their deletion until the dispute has been resolved. The records need not be used for any other purpose.

We will revert with a formal request for disclosure in due course.

Yours faithfully,
Laura Heikkilä
""")

E("en", "rectification", False, "exchange student: name spelled wrong",
  "Mateo García <mateo.garcia@example.com>", "my name is wrong",
  """Hello, I am exchange student in Vaasa this year and you took my photo in school (Vaasan lyseon lukio). My name in your system is "Mateo Garsia" but correct is Mateo García (with í). Can you change please? My host family wants to order the photos.

Thank you!
Mateo
""")
