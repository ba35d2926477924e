from parts.common import E

# ---------------- fi ----------------
E("fi", "erasure", False, "one-liner, no umlauts, colloquial erasure",
  "Jere Mäkelä <jere.makela88@example.fi>", "tietosuoja",
  """poistakaa mun tiedot kiitos

-Jere""")

E("fi", "access", False, "guardian asks as a question what data exist on daughter (school photo)",
  "Sanna Ketola <sanna.ketola@example.fi>", "Tyttäreni tiedot",
  """Hei,

tyttäreni Iida (3B, Huutoniemen koulu) kuvattiin teillä syyskuussa. Luin koulun tiedotteesta, että luokkalistat tulevat teille koululta. Mitä kaikkia tietoja teillä on Iidasta? Onko siellä esim. henkilötunnus tai kotiosoite, ja kenelle niitä on annettu?

Olisin kiitollinen jos lähettäisitte ne minulle tähän sähköpostiin.

Ystävällisin terveisin
Sanna Ketola
p. 040 123 4471""")

E("fi", "", False, "student's thesis questions about how requests are handled (mentions rights, asks none)",
  "Veera Lahtinen <veera.lahtinen@student.example.fi>", "Opinnäytetyö: tietosuojapyyntöjen käsittely pk-yrityksissä",
  """Hyvä vastaanottaja,

opiskelen tradenomiksi Vaasan ammattikorkeakoulussa ja teen opinnäytetyötä siitä, miten pienet ja keskisuuret yritykset käsittelevät asiakkaiden tietosuojapyyntöjä (tarkastusoikeus, poisto-oikeus, markkinointikiellot).

Olisiko teillä mahdollisuus vastata muutamaan kysymykseen joko sähköpostilla tai lyhyessä Teams-haastattelussa?

1. Kuinka monta tarkastus- tai poistopyyntöä saatte vuodessa suunnilleen?
2. Kuka yrityksessänne käsittelee pyynnöt?
3. Käytättekö jotain ohjelmistoa apuna vai hoidetaanko kaikki käsin?
4. Onko jokin pyyntötyyppi osoittautunut erityisen hankalaksi?

Vastaukset käsitellään nimettöminä eikä yrityksen nimeä mainita työssä.

Kiitos jo etukäteen!

Veera Lahtinen
Tradenomiopiskelija, VAMK""")

E("fi", "marketing_opt_out+erasure", False, "Ostrobothnian dialect: no more ads, take photos off web pages",
  "Raili Hakala <raili.hakala@example.fi>", "teiän mainoksista",
  """Terve

Mä en haluu teiltä enää niitä mainoksia, ei sähköpostiin eikä kirjeenä. Joka viikko tuloo jotaki tarjousta.
Ja sitte se toinen asia, siälä teiän nettisivuulla on se meiän perhekuva mikä otettihin viime jouluna, poistakaa se pois. Ei me oo mitään lupaa siihen antanu että se siälä on kaikkien nähtävänä.

Raili Hakala
Laihialta""")

E("fi", "", False, "withdrawal of an earlier erasure request, no new request",
  "Tuomas Rinne <tuomas.rinne@example.fi>", "Re: Poistopyyntö",
  """Hei,

perun viime viikolla lähettämäni poistopyynnön. Älkää poistako mitään, tilasin juuri vaimolle lahjaksi kuvia vanhoista koulukuvista ja tarvitsen tiliä vielä.

Sori vaiva!

Tuomas

> Lähettäjä: Tuomas Rinne
> Aihe: Poistopyyntö
> Hei, poistakaa tilini ja kaikki tietoni verkkokaupasta.""")

E("fi", "", True, "Slotti booking confirmation written in a chatty human voice, no auto header",
  "Zoomi ajanvaraus <varaukset@example.fi>", "Nähdään torstaina, Maija!",
  """Hei Maija!

Kiva kun varasit ajan meille :) Tässä vielä varauksesi tiedot:

Palvelu: Passikuva (poliisin lupakuvapalvelin)
Aika: to 15.10. klo 13.20
Paikka: Zoomi Vaasa, Vasaratie 2 A

Ota mukaan silmälasit jos käytät niitä passissa. Jos sinulle tulee este, voit perua tai siirtää ajan tästä linkistä viimeistään 24 h ennen: https://varaus.example.fi/c/8KQ2PZ

Aurinkoisin terveisin,
Zoomin tiimi

Tämä viesti on lähetetty Slotti-ajanvarausjärjestelmästä, eikä siihen voi vastata.""")

E("fi", "erasure+marketing_opt_out", False, "deceased mother: stop ads to her and remove her from the register (GDPR debatable for the dead)",
  "Kari Vuorela <kari.vuorela@example.fi>", "Äitini Helka Vuorela",
  """Hei

Äitini Helka Vuorela kuoli huhtikuussa. Hänelle tulee edelleen teiltä mainoskirjeitä ja sähköpostia, mikä on aika raskasta kun hoidan hänen postiaan.

Lopettakaa mainosten lähettäminen hänelle ja poistakaa hänet asiakasrekisteristänne. Hänen sähköpostinsa oli helka.vuorela@example.fi ja osoite Rantakatu 8, Vaasa.

Kuolintodistuksen voin toimittaa jos sitä tarvitaan.

Kari Vuorela""")

E("fi", "erasure+complaint", False, "conditional threat to complain to DPA if not erased within a week",
  "Niko Salonen <niko.salonen@example.fi>", "VIIMEINEN PYYNTÖ",
  """Olen pyytänyt jo kahdesti puhelimessa, että tietoni poistetaan. Mitään ei ole tapahtunut, ja tänäänkin tuli teiltä tekstiviesti.

Poistakaa kaikki tietoni. Jos tämä ei ole tehty viikon sisällä, teen ilmoituksen tietosuojavaltuutetulle.

Niko Salonen
050 998 1120""")

E("fi", "", False, "question about the privacy notice (Google Analytics), asks no right",
  "Heikki Ojala <heikki.ojala@example.fi>", "Kysymys tietosuojaselosteesta",
  """Hei,

luin verkkosivunne tietosuojaselosteen. Siinä mainitaan, että käytätte Google Analyticsia ja että tietoja ei siirretä EU:n ulkopuolelle. Eikö Google ole kuitenkin amerikkalainen yhtiö? Miten tämä käytännössä toimii, onko teillä jokin sopimus tai asetus päällä?

Kysyn ihan mielenkiinnosta, kun työskentelen itse IT-alalla.

t. Heikki""")

E("fi", "access+restriction+portability+objection", False, "very long formal letter citing Arts 15, 18, 20 and 21",
  "Marjatta Lindholm <marjatta.lindholm@example.fi>", "Tietosuoja-asetuksen mukaiset pyynnöt (art. 15, 18, 20 ja 21)",
  """Zoomi Kuvakaupat Oy
Tietosuojavastaava / rekisterinpitäjä
Vasaratie 2 A
65350 VAASA

Vaasassa 14.10.2026

ASIA: Rekisteröidyn oikeuksien käyttäminen

Olen ollut asiakkaananne vuodesta 2015 lähtien (lasten koulukuvat, passikuvat ja verkkokaupan tilaukset). Esitän tällä kirjeellä seuraavat EU:n yleisen tietosuoja-asetuksen (2016/679) mukaiset pyynnöt.

1. Oikeus saada pääsy tietoihin (15 artikla)
Pyydän jäljennöksen kaikista minua koskevista henkilötiedoista, joita käsittelette, sekä tiedot käsittelyn tarkoituksista, tietoryhmistä, vastaanottajista (nimeltä, ks. unionin tuomioistuimen asia C-154/21), säilytysajoista ja siitä, mistä tiedot on saatu.

2. Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla)
Pyydän lisäksi, että minun itse toimittamani tiedot sekä tilaushistoriani toimitetaan jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa, jotta voin siirtää ne toiselle palveluntarjoajalle.

3. Oikeus käsittelyn rajoittamiseen (18 artikla)
Rekisterissänne on ilmeisesti väärä laskutusosoite, jonka vuoksi olen saanut maksumuistutuksen laskusta, jota en ole koskaan saanut. Kiistän tietojen paikkansapitävyyden ja pyydän, että laskutusosoitteeseen liittyvien tietojeni käsittelyä rajoitetaan siihen asti, kunnes asia on selvitetty.

4. Vastustamisoikeus (21 artikla)
Vastustan tietojeni käsittelyä verkkosivujenne kävijäanalytiikassa (Google Analytics) sekä liiketoiminnan kehittämisessä oikeutetun edun perusteella.

Pyydän vastaamaan kirjallisesti sähköpostitse asetuksen 12 artiklan 3 kohdan mukaisessa määräajassa.

Kunnioittavasti

Marjatta Lindholm
Kirkkopuistikko 22 C 14
65100 Vaasa
puh. 044 512 3398""")

E("fi", "rectification", False, "name change after marriage, typos and missing umlauts",
  "Emmi Koskinen <emmi.koskinen@example.fi>", "nimenmuutos",
  """moi

menin naimisiin kesalla, vaihtakaa mun sukunimi asiakastietoihin. Vanha nimi Emmi Hietala, uus on Emmi Koskinen. Sahkoposti pysyy samana ku tilasin sen uuden :D

kiitti!
Emmi""")

E("fi", "", False, "near-miss: cancel an order ('poistakaa tilaus')",
  "Pekka Aalto <pekka.aalto@example.fi>", "poistakaa tilaus 44512",
  """Hei

Tilasin vahingossa koulukuvapaketin väärässä koossa (20x30 piti olla 13x18). Poistakaa tilaus 44512 niin teen uuden.

Pekka Aalto""", to="Zoomi asiakaspalvelu <info@example.fi>")

# ---------------- sv ----------------
E("sv", "access", False, "wish-form access request, Finland-Swedish",
  "Gunilla Sjöholm <gunilla.sjoholm@example.fi>", "Fråga",
  """Hej!

Jag skulle gärna vilja veta vad ni egentligen har sparat om mig. Jag har beställt skolfoton av er i många år och nu i höst fick jag plötsligt reklam för passfoton, fast jag aldrig köpt ett passfoto av er.

Vänligen
Gunilla Sjöholm
Smedsby""")

E("sv", "marketing_opt_out", False, "mixed Swedish and Finnish in one short mail, opt-out",
  "Henrik Mäki <henrik.maki@example.fi>", "Re: Höstens erbjudanden / Syksyn tarjoukset",
  """Hej! Jag vill inte ha mera reklam från er. En halua enää mainoksia, kiitos.

Henrik

> Höstens erbjudanden är här! Beställ julkort före 30.11 och få -20 %.
> Syksyn tarjoukset ovat täällä!""")

E("sv", "", False, "journalist's questions about GDPR requests at photo companies",
  "Camilla Westerlund <camilla.westerlund@dagblad.example.fi>", "Fråga från Österbottens Dagblad",
  """Hej,

jag är redaktör på Österbottens Dagblad och skriver en artikel om hur skolfotograferingsföretag hanterar barns bilder och föräldrarnas rätt att få dem raderade.

Skulle ni kunna svara på följande:
- Hur länge sparar ni skolfotona efter fotograferingsdagen?
- Hur många föräldrar har under det senaste året bett er radera sitt barns bilder?
- Vem äger bilderna, skolan eller ni?

Jag har deadline på fredag. Ni når mig också på 050 411 2290.

Med vänlig hälsning
Camilla Westerlund
Österbottens Dagblad""")

E("sv", "erasure", False, "guardian: take son's photo down from Facebook, never consented",
  "Jonas Strand <jonas.strand@example.fi>", "Bild på min son på Facebook",
  """Hej,

på er Facebook-sida ligger en bild från dagisfotograferingen på Solrosens daghem där min son Elias syns tydligt i mitten. Jag har aldrig gett lov till att bilden används i marknadsföring.

Ta ner bilden så fort som möjligt.

Jonas Strand""")

E("sv", "", True, "out-of-office reply that reads like a personal note, no auto header",
  "Annika Holm <annika.holm@vasa-skolor.example.fi>", "Sv: Fotograferingsdag vecka 42",
  """Hej och tack för ditt mejl!

Jag är tyvärr borta från jobbet till och med 23.10 och läser inte min e-post under den tiden. Jag svarar så snart jag är tillbaka. I brådskande ärenden kan du kontakta skolans kansli, tel. 06 325 1100.

Ha en fin höst!
Annika Holm
Rektor, Norrby skola""")

E("sv", "erasure", False, "no diacritics, casual delete account and all data",
  "Robin Nyman <robban.nyman@example.se>", "konto",
  """hej radera mitt konto och allt ni har om mej tack. anvander det inte langre

/robin""")

E("sv", "", False, "story about another company's huge register extract; asks how Zoomi does it",
  "Maria Forsman <maria.forsman@example.fi>", "En fundering",
  """Hej,

jag begärde i våras ett registerutdrag från en annan fotofirma (ska inte nämna namnet) och fick 40 sidor med bl.a. IP-adresser och loggar från varje gång jag varit inne på deras sida. Helt otroligt vad de sparar.

Bara av nyfikenhet: sparar ni också sådant? Jag har inga planer på att begära något av er, jag undrar bara hur det brukar vara i branschen.

Hälsningar
Maria""")

E("sv", "rectification+access", False, "misspelled surname on invoice plus what else they hold",
  "Tove Rönnqvist <tove.ronnqvist@example.fi>", "Fel namn",
  """Hej

Ni har stavat mitt efternamn fel på fakturan för skolfotona, Rönnkvist i stället för Rönnqvist. Var snäll och rätta det i ert register.

Och när jag ändå skriver: vilka andra uppgifter har ni om mig och mina barn? Skicka gärna en kopia.

Tove Rönnqvist""")

E("sv", "objection+restriction", False, "disputed invoice: object to inkasso, don't delete, need it for dispute",
  "Patrik Lindqvist <patrik.lindqvist@example.fi>", "Faktura 2026-1187 – bestriden",
  """Hej,

jag bestrider faktura 2026-1187. Jag har aldrig beställt de förstorade bilderna, de ingick i ett paket som skolan valde.

Jag motsätter mig att ni lämnar ut mina uppgifter till inkassobolaget så länge ärendet är öppet. Radera samtidigt inte något som rör beställningen, jag behöver uppgifterna om det blir en tvist och jag kan komma att vända mig till konsumenttvistenämnden.

Patrik Lindqvist
Korsholm""")

# ---------------- en ----------------
E("en", "marketing_opt_out", False, "subject-only unsubscribe, body only a phone footer",
  "Laura Bennett <laura.bennett@example.com>", "unsubscribe",
  """Sent from my iPhone""")

E("en", "objection", False, "US-style CCPA 'do not sell' template",
  "Michael Orr <m.orr@example.com>", "Do Not Sell or Share My Personal Information",
  """To whom it may concern,

Pursuant to my privacy rights, I hereby opt out of the sale or sharing of my personal information with third parties, including for cross-context behavioral advertising.

Please confirm once this request has been processed.

Name: Michael Orr
Email: m.orr@example.com
Relationship: customer (online photo shop)

Regards,
Michael Orr""")

E("en", "access", False, "non-native speaker asks what data they have about her and daughter",
  "Olena Kovalenko <olena.kovalenko@example.com>", "question about my data",
  """Hello,

please I want know what data you have from me and my daughter Sofiia. She had photo in kindergarten Vaskiluoto in spring and I have ordered photos from your webshop. I dont understand Finnish letter from kindergarten so well.

Thank you very much
Olena""")

E("en", "", True, "newsletter tool weekly report written like a colleague's note, no auto header",
  "Sendly Reports <reports@sendly.example.com>", "Your weekly list summary",
  """Hi there,

Just a quick heads-up on how your lists did this week!

Syyskampanja 2026 — 4,112 recipients, 38.2% opened, 3 people unsubscribed, 2 bounced.
Koulukuvat / Skolfoton — 1,874 recipients, 41.0% opened, 0 people unsubscribed.

Nice work — your open rate is above the industry average. Want tips on reducing unsubscribes? Check out our blog.

Cheers,
The Sendly team

You're receiving this because you're an admin of the Zoomi Kuvakaupat account.""")

E("en", "marketing_opt_out+complaint", False, "conditional threat to report + unsubscribe",
  "Daniel Hughes <dan.hughes@example.com>", "Re: Last chance: 30% off canvas prints!!",
  """This is the fourth time I'm asking. Unsubscribe me. If I receive one more of these emails I'm reporting you to the data protection ombudsman.

Dan

> Last chance! 30% off all canvas prints until Sunday.
> To unsubscribe, click here.""")

E("en", "", False, "high-school student's GDPR school project questions",
  "Aleksi Berg <aleksi.berg@student.example.fi>", "School project about GDPR",
  """Hi,

I'm a student at Vasa övningsskola and we are doing a project in social studies about the GDPR. Our group chose school photo companies because everyone has school photos.

Could you answer these:
1. What does a company need to do if someone asks what data it has about them?
2. Do you have to delete the photos if a parent asks?
3. Have you ever been fined?

We would be really grateful. We present on 20 November.

Best regards,
Aleksi, Wilma and Joel (9C)""")

E("en", "marketing_opt_out", False, "withdraws Monday's deletion request, only stop newsletters",
  "Priya Nair <priya.nair@example.com>", "Re: Please delete my account",
  """Hi,

please disregard my email from Monday, I don't want my account deleted after all (my husband still orders prints through it). Just stop sending me the newsletter, that was the actual problem.

Thanks,
Priya

> On Mon, Priya Nair wrote:
> Please delete my account and all my data.""")

E("en", "portability", False, "wants account data in machine-readable form to move to another service",
  "Tom Grayson <tom.grayson@example.com>", "Exporting my account",
  """Hello,

I'm moving my family's photo archive to another service. Is it possible to get all my account data (profile, order history, the gallery metadata) in a machine-readable format like CSV or JSON so I can import it there? If you can send it straight to them even better, but a file is fine.

Thanks,
Tom Grayson""")

E("en", "erasure", False, "HR forwards a former employee's request to remove her staff photo",
  "Kirsi Laine <kirsi.laine@wartsila-partner.example.fi>", "Fwd: My photo on the staff page",
  """Hi Zoomi,

forwarding below a request from our former employee. As far as I know you host the staff gallery for our intranet and website. Could you please take care of this?

Kind regards,
Kirsi Laine
HR Coordinator

---------- Forwarded message ---------
From: Julia Sandberg <julia.sandberg@example.fi>
Subject: My photo on the staff page

Hi Kirsi, I left the company at the end of August, but my portrait is still on the website's "Our people" page and in the photo gallery. Could you have it removed everywhere, including from the photographer's gallery? Thanks! Julia""")
