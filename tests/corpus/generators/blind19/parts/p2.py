from parts.common import E

E("fi", "erasure", False, "guardian asks to delete child's kindergarten photos from server after moving away",
  "Laura Virtanen <laura.virtanen@example.fi>", "Päiväkotikuvien poisto",
  """Hei,

muutimme kesällä Ouluun ja poikamme Aatu Virtanen (s. 2021) ei enää ole Mustasaaren päiväkodissa. Emme tilanneet kuvia tältä vuodelta. Voitteko poistaa kaikki hänestä otetut kuvat ja tiedot teidän palvelimelta? Olen hänen huoltajansa.

Kiitos jo etukäteen
Laura Virtanen""")

E("fi", "", False, "asks to cancel a booking (near-miss poista varaus)",
  "Sami Lehtinen <sami.lehtinen@example.fi>", "Poistakaa varaus",
  """Hei, poistakaa mun varaus huomiselle klo 10 (passikuva), en pääse. Varaan uuden ajan myöhemmin.
Sami""")

E("fi", "portability", False, "asks data transferred directly to another photo company",
  "Hanna Järvinen <hanna.jarvinen@example.fi>", "Tietojen siirto toiselle kuvaamolle",
  """Hei,

yhdistyksemme vaihtaa kuvaajaa ensi kaudelle. Henkilökohtaisesti pyydän, että minun profiilikuvani ja niihin liittyvät tilaustiedot siirretään suoraan Kuvapiste Pohjanmaalle (kuvapiste@example.com) sähköisessä muodossa, jos se on teknisesti mahdollista. Muussa tapauksessa lähettäkää ne minulle tiedostona, jonka voin itse toimittaa eteenpäin.

Hanna Järvinen""")

E("fi", "", False, "asks why got debt collection letter, payment dispute only",
  "Markku Toivonen <markku.toivonen@example.fi>", "perintäkirje??",
  """Miksi mulle tuli perintäkirje OK-perinnältä 35 euron laskusta? En oo saanu koko alkuperäistä laskua ollenkaan. Nyt siihen on lisätty kuluja 25e. Tää on kyllä aika kohtuutonta. Voidaanko tää hoitaa niin että maksan vaan sen alkuperäisen summan?

Markku T""")

E("fi", "objection", False, "objects to data being handed to debt collection agency, particular situation",
  "Päivi Honkanen <paivi.honkanen@example.fi>", "Vastustan tietojen luovuttamista perintään",
  """Hei,

olen sopinut maksusuunnitelmasta asiakaspalvelunne kanssa puhelimessa 3.11. (kolme erää). Vastustan sitä, että tietojani luovutetaan OK-perinnälle, koska maksan sovitusti ja olen tällä hetkellä sairauslomalla ja pienillä tuloilla, perintämerkintä olisi minulle kohtuuton.

Päivi Honkanen""")

E("fi", "", True, "delivery failure bounce for a reply sent from privacy mailbox",
  "Mail Delivery System <MAILER-DAEMON@mx.example.fi>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.example.fi.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<tomi.perala@example.fi>: host mail.example.fi said: 550 5.1.1 User unknown

--- Original message ---
Subject: Vs: tietopyyntö
Hei Tomi, olemme vastaanottaneet pyyntösi...""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "marketing_opt_out", False, "unsubscribe link didn't work; wants off newsletter",
  "Elina Koivisto <elina.koivisto@example.fi>", "Peruutus ei toimi",
  """Hei,

yritin peruuttaa uutiskirjeen tilauksen viestin alalaidan linkistä mutta sivu antaa vain virheen "404". Voitteko poistaa minut postituslistalta käsin?

Elina""")

E("fi", "access", False, "formal Art 15 request listing items",
  "Tapio Kangas <tapio.kangas@example.fi>", "Henkilötietojen tarkastuspyyntö (EU 2016/679, 15 art.)",
  """Zoomi Kuvakaupat Oy
Tietosuoja

Pyydän EU:n tietosuoja-asetuksen 15 artiklan nojalla seuraavia tietoja:
1. vahvistus siitä, käsittelettekö minua koskevia henkilötietoja
2. jäljennös käsiteltävistä tiedoista
3. käsittelyn tarkoitukset ja oikeusperusteet
4. vastaanottajat, joille tietoja on luovutettu, nimeltä
5. säilytysaika tai sen määrittämisperusteet
6. mistä tiedot on saatu, jos ei minulta itseltäni
7. tieto automaattisesta päätöksenteosta ja profiloinnista
8. tieto oikeudesta tehdä valitus valvontaviranomaiselle

Vastauksen voi toimittaa sähköisesti tähän osoitteeseen.

Tapio Kangas
s. 1969
Kirkkopuistikko 22, 65100 Vaasa""")

E("fi", "", False, "school teacher asks when class photos arrive, near-miss",
  "Opettaja Riikka Mattila <riikka.mattila@example.fi>", "Luokan 3B kuvat",
  """Hei,
milloin 3B:n luokkakuvat ja yksilökuvien tilauslaput tulevat kouluun? Vanhemmat kyselevät jo. Kuvaus oli 8.10.

Riikka Mattila
luokanopettaja, Vöyrinkaupungin koulu""")

E("fi", "erasure+marketing_opt_out+objection", False, "angry: stop marketing, stop using my data, delete me",
  "Teemu Räsänen <teemu.rasanen@example.fi>", "RIITTÄÄ",
  """Kolmas kerta tällä viikolla kun tulee teiltä "muistutus" kuvapaketin tilaamisesta. En tilaa mitään. Lopettakaa markkinointi, lopettakaa kaikki minun tietojen käyttö ja poistakaa minut kokonaan.""")

E("fi", "rectification", False, "married, change surname in customer data",
  "Noora Kivelä <noora.kivela@example.fi>", "sukunimen muutos",
  """Hei! Menin naimisiin syyskuussa ja sukunimeni on nyt Kivelä (ent. Aaltonen). Voisitteko vaihtaa nimen asiakastietoihini, niin ettei laskut tule vanhalla nimellä. Sähköposti pysyy samana.

Noora Kivelä""")

E("fi", "restriction", False, "contests accuracy of order history attributed to him; freeze until checked",
  "Jari Salminen <jari.salminen@example.fi>", "Tilaushistoria ei ole minun",
  """Hei,

tililläni näkyy kolme tilausta vuodelta 2024, joita en ole tehnyt (joku on ilmeisesti käyttänyt vanhaa sähköpostiani). Kiistän, että nämä tiedot koskisivat minua. Pyydän, että tilini tietojen käsittely jäädytetään sillä aikaa kun selvitätte asian, eli älkää lähettäkö niistä laskuja tai muistutuksia.

Jari Salminen
050 333 2211""")

E("fi", "", False, "passport photo receipt code does not work at police",
  "Aino Hämäläinen <aino.hamalainen@example.fi>", "kuvakuitin koodi ei kelpaa",
  """Hei. Kävin eilen ottamassa passikuvan ja poliisin sähköisessä palvelussa kuvatunnus ei toimi, tulee virhe "kuvaa ei löydy". Kuitissa lukee tunnus 8HT4-QQ21. Mitä teen?

Aino Hämäläinen""")

E("fi", "complaint", False, "has already filed complaint to tietosuojavaltuutettu about photo published; informs company",
  "Riitta Seppälä <riitta.seppala@example.fi>", "Tiedoksi: ilmoitus tietosuojavaltuutetulle",
  """Hei,

tiedoksenne, että olen tänään tehnyt ilmoituksen tietosuojavaltuutetun toimistolle siitä, että poikani kuva oli kaksi viikkoa liikkeenne näyteikkunassa ilman lupaamme. Kuva on nyt poistettu, kiitos siitä, mutta asiaa ei olisi pitänyt tapahtua alun perinkään.

Riitta Seppälä""")

E("fi", "", True, "parcel tracking notification from Posti-like service",
  "Pakettiseuranta <noreply@seuranta.example.com>", "Lähetyksesi JJFI64012300012345678 on noudettavissa",
  """Hei!

Lähetyksesi lähettäjältä ZOOMI KUVAKAUPAT OY on noudettavissa.

Noutopiste: K-Market Palosaari, Palosaarentie 40, Vaasa
Noudettava viimeistään: 18.11.2026
Noutokoodi: 4471

Seuraa lähetystä: seuranta.example.com/JJFI64012300012345678""")

E("fi", "access", False, "asks to see child's data, colloquial without diacritics",
  "Mervi Ylinen <mervi.ylinen@example.fi>", "lapsen tiedot",
  """moi, saisinko nahda mita tietoja teil on mun lapsesta (Emma Ylinen, 2lk Onkilahden koulu)? haluun tietaa myos nakyyko koulu jotain muuta kuin kuvat

mervi""")

E("fi", "portability", False, "wants the digital originals he uploaded and profile data as downloadable package",
  "Lauri Hyvönen <lauri.hyvonen@example.fi>", "Voinko ladata kaikki tietoni?",
  """Hei,

onko mahdollista ladata kaikki tilillä olevat tiedot kerralla? Siis ne kuvat jotka olen itse ladannut kuvakirjoja varten, kuvakirjaprojektit ja tilitiedot, mieluiten jossain yleisessä muodossa (json tai csv) jotta voin siirtää ne toiseen palveluun. Oikeus siirtää tiedot järjestelmästä toiseen kai kuuluu minulle?

Lauri""")

E("fi", "", False, "forwarded internal: shop staff forwards customer question about opening hours",
  "Myymälä Vaasa <myymala@example.fi>", "VL: aukioloajat joulun aikaan",
  """Laitan tämän eteenpäin, en tiedä vielä joulun aukioloja.

-Kaisa

---------- Välitetty viesti ----------
Lähettäjä: Sirpa Ahonen <sirpa.ahonen@example.fi>
Aihe: aukioloajat joulun aikaan

Onko teillä auki 23.12? Pitäisi hakea valmiit kortit.""")

E("fi", "erasure", False, "ex-employee asks Zoomi to delete his staff portraits from its own archive",
  "Jussi Karvonen <jussi.karvonen@example.fi>", "Henkilöstökuvat",
  """Hei,

teitte viime vuonna henkilöstökuvaukset työnantajalleni Merivoima Oy:lle. Olen lopettanut siellä lokakuussa. Pyydän, että poistatte minusta otetut henkilökuvat teidän omasta kuva-arkistosta ja galleriasta. Entisen työnantajan sivuista hoidan asian heidän kanssaan.

Jussi Karvonen""")

E("fi", "objection", False, "does not want to be profiled for offers; general objection to profiling, still wants orders",
  "Sari Nurmi <sari.nurmi@example.fi>", "Profilointi",
  """Hei,

huomasin että verkkokauppa näyttää minulle "sinulle suositeltua" ostohistorian perusteella. En hyväksy tietojeni käyttöä profilointiin. Tilata haluan edelleen, mutta tätä analysointia en halua.

Sari Nurmi""")

E("fi", "", False, "customer says thanks for deleting data earlier; closes matter",
  "Kimmo Auvinen <kimmo.auvinen@example.fi>", "Re: Poistopyyntönne on käsitelty",
  """Kiitos vahvistuksesta, hyvä että hoitui näin nopeasti.

Kimmo

> Hei Kimmo,
> olemme poistaneet tietonne asiakasrekisteristämme 2.10.2026. Kirjanpitolain
> edellyttämät laskutiedot säilytetään 31.12.2032 asti.
> Ystävällisin terveisin, Zoomi Kuvakaupat / tietosuoja""")

E("fi", "access", False, "reply in open access request: which ID is needed",
  "Tomi Peräla <tomi.perala2@example.fi>", "Re: Tietopyyntönne",
  """Hei, kiitos vastauksesta. Mitä tunnistautumista tarvitsette? Käykö että kerron tilausnumeron (47110) vai pitääkö tulla paikan päälle?

Tomi Perälä

Lähettäjä: Zoomi Kuvakaupat tietosuoja
Lähetetty: 3. marraskuuta 2026 9.12
Aihe: Tietopyyntönne
Hei, olemme vastaanottaneet tietopyyntönne. Koska viesti tuli eri osoitteesta kuin asiakastiedoissa, pyydämme...""")

E("fi", "marketing_opt_out", False, "no sales calls",
  "Anneli Lahtinen <anneli.lahtinen@example.fi>", "Puhelinmyynti",
  """Hyvä Zoomi,

teiltä on soitettu minulle kahdesti tarjoamaan sukukuvausta. Älkää soittako minulle enää myyntipuheluita. Numeroni on 040 555 1212.

Anneli Lahtinen, Laihia""")

E("fi", "", False, "customer organisation (school) asks for a data processing agreement copy - B2B near-miss",
  "Rehtori Ari Penttinen <ari.penttinen@example.fi>", "Henkilötietojen käsittelysopimus koulukuvaukseen",
  """Hei,

kaupungin tietosuojavastaava pyysi meitä tarkistamaan, onko koulukuvauksesta tehty henkilötietojen käsittelysopimus. Voisitteko lähettää meille voimassa olevan sopimuksen tai sopimuspohjan? Kuvaus on suunniteltu helmikuulle.

Ari Penttinen
rehtori, Ristinummen koulu""")

E("fi", "rectification+access", False, "phone number wrong, also wants to see what else is stored",
  "Emilia Forsman <emilia.forsman@example.fi>", "puhelinnumero",
  """Hei, teillä on väärä puhelinnumero mulle, tekstarit tulee mun vanhaan numeroon. Oikea on 044 321 9876. Korjatkaa se. Ja samalla voisitteko lähettää mitä kaikkea muuta teillä on musta tallessa, ettei oo muitakin vanhoja tietoja?

Emilia""")

E("fi", "", True, "one-time login code for web shop",
  "Zoomi verkkokauppa <noreply@example.fi>", "Kirjautumiskoodisi",
  """Kirjautumiskoodisi on 518 204.

Koodi on voimassa 10 minuuttia. Jos et yrittänyt kirjautua, voit jättää tämän viestin huomiotta.""")

E("fi", "erasure", False, "very short: poistakaa mun tiedot",
  "Kalle <kalle.mustonen@example.fi>", "poisto",
  """poistakaa mun tiedot teidän rekisteristä. kalle mustonen""")

E("fi", "", False, "grandmother asks if she can order class photo of grandchild, rights question",
  "Eeva Kinnunen <eeva.kinnunen@example.fi>", "Voinko tilata lapsenlapsen kuvan",
  """Hyvä vastaanottaja

Voinko minä isoäitinä tilata lapsenlapseni koulukuvan suoraan teiltä, vai pitääkö vanhempien tilata? Tyttäreni asuu Ruotsissa eikä ehdi hoitaa. Lapsen nimi on Vilja Kinnunen, Gerbyn koulu 1A.

Ystävällisesti
Eeva Kinnunen
puh. 06 123 4567""")

E("fi", "restriction", False, "do not delete my photos yet: wants kept for insurance claim dispute",
  "Ilkka Mustakangas <ilkka.mustakangas@example.fi>", "Älkää poistako hääkuvia",
  """Hei

Saimme teiltä tiedon että vanhat kuvausprojektit poistetaan palvelimelta vuoden lopussa. Pyydän, että meidän hääkuvauksen (kesäkuu 2023) kuvia ja tilaustietoja EI poisteta, koska niitä tarvitaan vakuutusyhtiön kanssa käytävässä korvausriidassa (kadonneet albumit). Niitä ei tarvitse käyttää mihinkään muuhun, kunhan ne säilyvät.

Ilkka Mustakangas""")

E("fi", "complaint+erasure", False, "asked removal of photo from website twice, still there; says files complaint unless removed",
  "Heidi Kauppinen <heidi.kauppinen@example.fi>", "Kuva edelleen nettisivuilla!!",
  """Hei,

pyysin jo lokakuussa puhelimessa ja sitten sähköpostilla 2.11. että poikani kuva otetaan pois teidän nettisivujen etusivulta (se missä pojat pelaa jalkapalloa). Kuva on siellä edelleen. Jos kuvaa ei ole poistettu perjantaihin mennessä, teen valituksen tietosuojavaltuutetulle.

Heidi Kauppinen
044 909 1122""")
