from parts.common import E

E("fi", "restriction", False, "consumer dispute pending; asks to keep the order records and not delete them",
  "Marko Heikkinen <marko.heikkinen@example.fi>", "Hääkuvat / kuluttajariitalautakunta",
  """Hei,

kuten puhelimessa jo sanoin, vien hääkuvausasian kuluttajariitalautakuntaan, koska kuvista puuttuu puolet sovitusta. Pyydän, että ette poista mitään tilaukseeni 2026-30077 liittyvää: kuvia, sähköposteja, varausta Slotissa ettekä laskua, ennen kuin asia on käsitelty. Tarvitsen ne todisteiksi. Muuhun käyttöön tietoja ei tarvitse.

Marko Heikkinen
Mustasaari""")

E("fi", "", False, "HR coordinator asks for staff photo files in a transferable format (B2B order, not a DSR)",
  "Sanna Westerlund <sanna.westerlund@example.fi>", "Henkilökuvat intraa varten",
  """Hei,

kuvasitte meidän henkilökunnan (Vaasan Energiapalvelu, 42 henkilöä) lokakuussa. Voisitteko toimittaa kuvat vielä erikseen 600x600 px koossa ja tiedostonimillä etunimi_sukunimi.jpg, jotta saamme ne siirrettyä uuteen intranetiin? Laskuttakaa tarvittaessa.

Sanna Westerlund
HR-koordinaattori""")

E("fi", "access", False, "elderly man asks politely whether he is in the register",
  "Erkki Mattila <erkki.mattila@example.fi>", "Tiedustelu",
  """Arvoisa vastaanottaja.

Olen asioinut liikkeessänne vuosien mittaan useaan kertaan, viimeksi kai 2019 kun otettiin ajokorttikuva. Nyt sain kirjeen jossa tarjotaan isovanhempien kuvakirjaa. Haluaisin tietää, onko minusta tietoja rekisterissänne ja mitä ne ovat.

Kiittäen
Erkki Mattila
Vöyri""")

E("fi", "erasure", False, "wife writes on behalf of husband to delete his account",
  "Pirjo Lampinen <pirjo.lampinen@example.fi>", "mieheni tili",
  """Hei,

kirjoitan mieheni Raimo Lampisen puolesta, hänellä ei ole sähköpostia käytössä. Hänellä on teillä asiakastili puhelinnumerolla 040 111 2233 ja hän haluaa että se poistetaan kaikkine tietoineen. Hän on tässä vieressä ja antaa luvan. Voitte soittaa hänelle jos pitää varmistaa.

Pirjo Lampinen""")

E("fi", "access", False, "17-year-old asks for her own data; her mother placed the orders",
  "Aada Nurmi <aada.nurmi@example.fi>", "Mun tiedot",
  """Hei!

Oon 17 ja mun äiti on tilannut mun koulukuvat joka vuosi teiltä. Haluisin tietää mitä kaikkee musta on teillä tallessa, kuvat ja tiedot. Voitteko laittaa ne suoraan mulle tähän osoitteeseen eikä äidille?

Aada Nurmi
Vaasan lyseon lukio""")

E("fi", "", True, "web shop new order notification",
  "Zoomi verkkokauppa <kauppa@example.fi>", "Uusi tilaus #W-772001",
  """Uusi tilaus vastaanotettu

Tilausnumero: W-772001
Päivämäärä: 19.11.2026 21:47
Asiakas: Laura Kangas (laura.kangas@example.fi)
Tuotteet:
  1 x Kuvakirja A4 vaaka, 40 s.   49,90 €
  1 x Toimitus Postin pakettiautomaattiin   5,90 €
Yhteensä: 55,80 € (sis. alv 25,5 %)
Maksutapa: Verifone / korttimaksu

Käsittele tilaus kaupan hallintapaneelissa.""")

E("fi", "", True, "Microsoft 365 security sign-in alert in Finnish",
  "Microsoft-tilitiimi <account-security-noreply@example.com>", "Epätavallinen kirjautumistoiminta",
  """Microsoft-tili

Epätavallinen kirjautumistoiminta

Havaitsimme epätavallisen kirjautumisen tietosuoja@example.fi-tilille.

Maa/alue: Alankomaat
IP-osoite: 203.0.113.57
Päivämäärä: 22.11.2026 3.12 (GMT)
Selain: Chrome

Jos se olit sinä, voit ohittaa tämän sähköpostin. Jos et ole varma, suojaa tilisi.

Kiitos,
Microsoft-tilitiimi""")

E("fi", "", True, "supplier's marketing newsletter (photo supplies wholesaler)",
  "Kuvatarvike Nord <uutiskirje@kuvatarvike.example.fi>", "Marraskuun tarjoukset ammattilaisille",
  """Hei Zoomi Kuvakaupat Oy!

Marraskuun kampanjat ammattikuvaajille:
– Fotopaperi Lustre 30x40, 100 arkkia −20 %
– Studiotaustat 2,7 m, kaikki värit −15 %
– Uutuus: pöytämallinen sublimaatiotulostin

Tarjoukset voimassa 30.11. asti tai niin kauan kuin tavaraa riittää.

Et halua enää uutiskirjettä? Peruuta tilaus täältä: kuvatarvike.example.fi/peru
Kuvatarvike Nord Oy, Teollisuustie 9, 90620 Oulu""")

E("fi", "", False, "asks why she got a debt collection letter; payment dispute only",
  "Sari Koivula <sari.koivula@example.fi>", "perintäkirje",
  """Hei miksi sain perintäkirjeen? Maksoin laskun 5.10. verkkopankissa, viite oli 11223344. Tarkistakaa pliis ja ilmoittakaa perintäyhtiölle että on maksettu.

Sari Koivula""")

E("fi", "", False, "print quality complaint (reklamaatio)",
  "Mikael Grönroos <mikael.gronroos@example.fi>", "Reklamaatio - kuvakirja",
  """Hei,

vastaanotin kuvakirjan (tilaus W-768830) ja sivuilla 12–15 kuvat ovat selvästi liian tummia ja yhdessä aukeamassa on viiva keskellä kuvaa. Liitteenä valokuvat sivuista. Pyydän uutta painosta tai hyvitystä.

Mikael Grönroos""")

E("fi", "", False, "cancels a Slotti passport photo appointment",
  "Laura Kangas <laura.kangas@example.fi>", "peruutus",
  """Hei, peruuttakaa aikani torstaille 26.11. klo 10.00 passikuvaan, sairastuin. Varaan uuden ajan myöhemmin. -Laura Kangas""")

E("fi", "", False, "wants extra prints of a school photo (product order)",
  "Tarja Hirvonen <tarja.hirvonen@example.fi>", "lisäkuvia",
  """Hei! Haluaisin vielä kopion tyttäreni koulukuvasta isommassa koossa (13x18) ja kaksi lompakkokuvaa mummoille. Kuvakoodi on K7H-22Q. Miten tilaan, verkkokauppa ei enää löydä koodia?

Tarja""")

E("fi", "marketing_opt_out+complaint", False, "angry at continuing spam despite earlier refusal, threatens DPA",
  "Petri Vuorinen <petri.vuorinen@example.fi>", "TAAS SPÄMMIÄ",
  """Kielsin jo KESÄKUUSSA kaiken markkinoinnin ja silti teiltä tulee joka viikko sähköpostia ja nyt myös tekstiviestejä. Tää loppuu nyt. Jos vielä yksikin mainos tulee niin teen valituksen tietosuojavaltuutetulle, ei tarvitse enää ihmetellä.

Petri Vuorinen""")

E("fi", "objection", False, "employee objects to use of his staff photo; employer is the customer",
  "Harri Nyström <harri.nystrom@example.fi>", "Henkilökuvani",
  """Hei,

työnantajani tilasi teiltä henkilökuvat keväällä. Nyt huomasin, että minun kuvaani käytetään myös teidän omassa referenssikansiossanne ja Facebook-mainoksessa, jossa mainostetaan yrityskuvauksia. Vastustan kuvani käyttöä teidän omassa markkinoinnissanne. Työnantaja saa käyttää kuvaa omilla sivuillaan, se on ok.

Harri Nyström""")

E("fi", "portability", False, "short: data as CSV",
  "Jenni <jenni.hyvonen@example.fi>", "tiedot csv",
  """Saanko kaikki mun asiakastiedot ja tilaukset csv-tiedostona? Teen siirtoa omaan kuva-arkistoon. Kiitti""")

E("fi", "rectification", False, "child's first name misspelled in the school photo order",
  "Hanna Salonen <hanna.salonen@example.fi>", "Lapsen nimi väärin koulukuvissa",
  """Hei

Tyttäreni nimi on koulukuvatilauksessa ja kuvapussissa muodossa "Ida Salonen", oikea nimi on Iida Salonen (kaksi i:tä). Luokka 2A, Vanhan Vaasan koulu. Voisitteko korjata nimen, ettei se ensi vuonna tule taas väärin, ja myös luokkakuvan nimilistaan jos mahdollista.

Kiitos!
Hanna Salonen""")

E("fi", "rectification", False, "new surname after marriage and new e-mail address",
  "Emilia Koski <emilia.koski@example.fi>", "Nimenmuutos",
  """Hei!

Menin kesällä naimisiin ja sukunimeni on nyt Koski (aiemmin Rantanen). Samalla vaihtui sähköposti, uusi on tämä emilia.koski@example.fi, vanha emilia.rantanen@example.fi ei ole enää käytössä. Päivittäisittekö tiedot asiakastiliini. Kanta-asiakasnumero 100423.

Emilia""")

E("fi", "access", False, "asks whether an access request can be made by e-mail and then makes it",
  "Tapio Lindholm <tapio.lindholm@example.fi>", "Voiko tietoja pyytää sähköpostilla?",
  """Hei,

tietosuojaselosteessanne mainitaan tarkastusoikeus, mutta siinä ei sanota pitääkö pyyntö tehdä kirjallisesti paperilla vai käykö sähköposti. Jos sähköposti käy, niin pyydän tällä viestillä tiedot siitä mitä teillä on minusta tallennettuna.

Tapio Lindholm
Kaskinen""")

E("fi", "access+erasure", False, "send a copy first, then delete everything",
  "Katja Savolainen <katja.savolainen@example.fi>", "kopio ja poisto",
  """Lähettäkää ensin kopio kaikista minua ja lapsiani (Eino ja Helmi Savolainen) koskevista tiedoista ja kuvista, ja sen jälkeen poistakaa kaikki. Muutamme ulkomaille ensi vuonna emmekä enää tarvitse palveluitanne.

Katja Savolainen""")

E("fi", "restriction", False, "asks not to pass data to debt collection until the product complaint is handled",
  "Jouni Kauppinen <jouni.kauppinen@example.fi>", "Lasku 881902 / reklamaatio kesken",
  """Hei,

tein 2.11. reklamaation viallisesta kuvatulosteesta, eikä siihen ole vielä vastattu. Nyt laskun eräpäivä meni ja sain maksumuistutuksen, jossa uhataan perinnällä. Älkää luovuttako tietojani perintätoimistolle ennen kuin reklamaatio on käsitelty. Maksan oikean osuuden kun asia on selvä.

Jouni Kauppinen""")

E("fi", "", False, "thanks after receiving confirmation of deletion",
  "Outi Järvinen <outi.jarvinen@example.fi>", "Vs: Tietojenne on poistettu",
  """Kiitos nopeasta hoidosta! Hyvää joulun odotusta.

Outi

ma 30.11.2026 klo 13.02 Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi> kirjoitti:
> Hei,
> tietonne on poistettu asiakasrekisteristämme. Kirjanpitolain edellyttämät laskutiedot säilytetään 31.12.2032 asti.
> Ystävällisin terveisin, Zoomi Kuvakaupat Oy""")

E("fi", "access", False, "reply to ack of access request, asks which identification is needed",
  "Reijo Kananen <reijo.kananen@example.fi>", "Re: Tarkastuspyyntö vastaanotettu",
  """Moi, mitä tunnistautumista te oikein tarviitte? Mulla ei oo mitään tilausnumeroa tallessa, tilaukset on tehty vuosia sitten kaupassa käteisellä. Käykö jos tuun käymään liikkeessä ajokortin kanssa?

Reijo

Zoomi Kuvakaupat tietosuoja kirjoitti 12.11.2026 10.41:
> Olemme vastaanottaneet tarkastuspyyntönne. Henkilöllisyytenne varmistamiseksi pyydämme...""")

E("fi", "restriction", False, "joint-custody mother asks that nothing is deleted until guardians agree",
  "Sirpa Honkanen <sirpa.honkanen@example.fi>", "Lasten kuvat – älkää poistako",
  """Hei,

sain tietää että lasten isä on pyytänyt teiltä kaikkien lasten (Aleksi ja Venla Honkanen) kuvien ja tietojen poistamista. Meillä on yhteishuolto, enkä ole tästä samaa mieltä. Pyydän että ette poista mitään ennen kuin olemme sopineet asiasta keskenämme tai tarvittaessa lastenvalvojan kanssa. Kuvat saavat odottaa teillä, niitä ei tarvitse käyttää mihinkään.

Sirpa Honkanen
puh. 045 678 9012""")

E("fi", "marketing_opt_out", False, "short request to stop SMS offers",
  "Kalle Räsänen <kalle.rasanen@example.fi>", "tekstarit",
  """Ei enää tekstareita kiitos, numero 041 555 6677""")

E("fi", "", False, "school contact arranges photo day logistics",
  "Tiina Parkkinen <tiina.parkkinen@example.fi>", "Kuvauspäivä 9.12.",
  """Hei,

vahvistan vielä että kuvauspäivä Hietalahden koululla on ke 9.12. klo 8.30 alkaen. Kuvaus on liikuntasalin aulassa kuten viime vuonna. Luokkalistat lähetän Slottiin tiistaina. Tuleeko teiltä kaksi kuvaajaa?

Tiina Parkkinen
koulusihteeri""")

E("fi", "rectification+marketing_opt_out", False, "son (guardianship) moves father to care home: new address, stop marketing",
  "Jarmo Ketola <jarmo.ketola@example.fi>", "Isäni Veikko Ketolan tiedot",
  """Hei,

olen isäni Veikko Ketolan edunvalvoja (päätös liitteenä). Isä on muuttanut palvelukotiin, uusi osoite on Palvelukoti Aallokko, Metsäkalliontie 5, 65320 Vaasa. Vanha osoite Kirkkotie 3, Laihia. Päivittäkää tämä ja älkää enää lähettäkö hänelle mainoksia tai tarjouksia, hän ei pysty niistä päättämään ja on tilannut niiden perusteella turhia tuotteita.

Jarmo Ketola""")

E("fi", "access+complaint", False, "access answer incomplete; says it violates GDPR, asks for missing data",
  "Anna-Liisa Toivonen <annaliisa.toivonen@example.fi>", "Vastauksenne on puutteellinen",
  """Hei,

sain 20.11. vastauksenne tarkastuspyyntööni. Vastauksesta puuttuu kokonaan tieto siitä kenelle tietojani on luovutettu (mainitsitte vain "yhteistyökumppanit") sekä puhelutallenteet, joita tiedän teillä olevan. Tämä ei ole tietosuoja-asetuksen mukaista, rikotte 15 artiklaa. Toimittakaa puuttuvat tiedot ja vastaanottajien nimet.

Anna-Liisa Toivonen""")

E("fi", "erasure", False, "wants passport photo deleted from company's own storage after police received it",
  "Ismo Laakso <ismo.laakso@example.fi>", "passikuva",
  """Hei, passi tuli jo. Poistakaa se passikuva ja mun tiedot teidän omasta järjestelmästä, en tarvitse niitä enää ja en halua että kasvokuva on jossain talletettuna turhaan.

Ismo Laakso""")

E("fi", "", True, "calendar invite for an internal privacy review meeting",
  "Maria Lindgren <maria.lindgren@example.fi>", "Kutsu: Tietosuojakatselmointi Q4 @ to 10.12.2026 13:00 - 14:00",
  """Maria Lindgren on kutsunut sinut tapahtumaan

Tietosuojakatselmointi Q4
Milloin: to 10.12.2026 13:00 – 14:00 (Itä-Euroopan normaaliaika - Helsinki)
Missä: Neuvotteluhuone Studio 2 / Teams
Kalenteri: tietosuoja@example.fi
Osallistujat: maria.lindgren@example.fi (järjestäjä), tietosuoja@example.fi, jani.ranta@example.fi

Vastaa: Kyllä – Ehkä – Ei

Kutsun lähetti Google Kalenteri. Saat tämän sähköpostin, koska olet tapahtuman osallistuja.""")
