# Finnish customer mail for the fifth blind corpus (hand-written).
# M(kinds, note, sender name, subject, body, **options)


def M(kinds, note, name, subject, body, **kw):
    return dict(lang="fi", kinds=kinds, note=note, name=name, subject=subject,
                body=body.strip("\n") + "\n", **kw)


DISCLAIMER_FI = """
--
Tämä sähköpostiviesti ja sen liitteet voivat sisältää luottamuksellista tietoa ja ne on
tarkoitettu ainoastaan vastaanottajalle. Jos olet saanut viestin erehdyksessä, ilmoita
lähettäjälle ja poista viesti. Viestin luvaton käyttö, kopiointi tai edelleen
lähettäminen on kielletty.
"""

MESSAGES = [
    # ---------------- access ----------------
    M("access", "source of phone number after sales call, colloquial", "Jani Korhonen",
      "kysymys", """
Moi

Mistä te ootte saaneet mun numeron? Teiltä soitettiin eilen ja myyjä tiesi mun nimen ja
senkin että mulla on kaks lasta koulussa. Haluisin tietää mitä kaikkea teillä on musta
tallessa.

t. Jani
"""),
    M("access", "guardian asks to see everything stored about daughter", "Sanna Mäkelä",
      "Tyttäreni tiedot", """
Hei!

Lapseni Emilia Mäkelä (3B, Hietalahden koulu) kuvattiin syksyllä koulukuvauksessa. Pyytäisin
nähtäväksi kaikki tiedot, joita olette hänestä tallentaneet, myös ne kuvat jotka ovat
järjestelmässänne mutta joita emme tilanneet. Olen hänen huoltajansa ja tilaus tehtiin tästä
sähköpostista.

Ystävällisin terveisin
Sanna Mäkelä
""", fmt="qp"),
    M("access", "subject-only access request, phone signature", "Timo Rinne",
      "Tarkastuspyyntö omista henkilötiedoista", """
Lähetetty iPhonesta
"""),
    M("access", "formal art 15 request with recipients and retention, legal disclaimer", "Heli Saarinen",
      "Henkilötietojen tarkastaminen", """
Hyvä vastaanottaja,

pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla tiedon siitä, mitä minua
koskevia henkilötietoja yrityksenne käsittelee, mihin tarkoituksiin, keille tietoja on
luovutettu sekä kuinka kauan niitä säilytetään. Toivon vastauksen sähköisesti tähän
osoitteeseen.

Heli Saarinen
Lakiasiantuntija, Pohjanmaan Rakennus Oy
puh. 050 555 0142
""" + DISCLAIMER_FI, fmt="alt"),
    M("access", "employee asks who received their staff photo and name", "Kirsi Laakso",
      "Henkilökuvat / kysymys", """
Moi,

olen töissä kaupungin sosiaalitoimessa ja meidän henkilökuvat otettiin teillä keväällä.
Kuka kaikki on saanut mun kuvan ja nimen? Siis onko ne menneet jonnekin muualle kuin
meidän työnantajalle? Haluaisin tietää.

Kirsi
"""),
    M("access", "no diacritics, guardian of three kids", "Mikko Hakala",
      "lasten tiedot", """
moi mita tietoja teil on mun lapsista? meil on 3 lasta jotka on kuvattu teilla
paivakoti tuulikellossa ja koulussa. haluun nahda kaiken mita on tallennettu
kiitos
"""),
    M("access", "access buried at end of long thank-you message", "Riitta Puumalainen",
      "Kiitos kuvista + yksi asia", """
Hei,

halusin vain kiittää ihanista kuvista, jotka saimme eilen postissa! Mummo ilahtui kovasti
kun sai taulun synttärilahjaksi ja pienet kortit menivät kaikki kummeille. Tilaus tuli
nopeasti ja pakkaus oli huolellinen, kehykset ehjät. Kuvaaja oli myös tosi mukava lapsia
kohtaan, poika oli aluksi ujo mutta hän sai hänet nauramaan. Varmasti tulemme uudestaan
ensi keväänä, kun pienempikin täyttää vuoden.

Ai niin, yksi asia vielä: voisitteko kertoa, mitä tietoja minusta on
asiakasrekisterissänne? Sain teiltä joulukortin kotiosoitteeseeni vaikka en muista
antaneeni osoitetta, joten mietin mistä se on tullut.

Terveisin Riitta
""", fmt="b64"),
    M("access", "what the web shop collects, asks for copy", "Oskari Heino",
      "verkkokauppa ja tiedot", """
Mitä tietoja te keräätte musta kun käyn teidän verkkokaupassa? Ja haluan kopion niistä
tiedoista mitä on jo kerätty.
"""),
    M("access", "PS access after booking confirmation reply (quoted Slotti mail)", "Elina Vainio",
      "Re: Varausvahvistus: passikuva 14.11. klo 10.30", """
Aika sopii hyvin, kiitos.

PS. Haluaisin samalla saada kopion kaikista minua koskevista tiedoista, joita teillä on
varausjärjestelmässä ja laskutuksessa.

Elina

ke 6.11.2024 klo 9.02 Zoomi Kuvakaupat <noreply@example.fi> kirjoitti:
> Hei Elina,
> varauksesi on vahvistettu: passikuva to 14.11.2024 klo 10.30, Vasaratie 2 A.
> Jos haluat perua tai siirtää ajan, tee se viimeistään 24 h ennen.
> Ystävällisin terveisin, Zoomi Kuvakaupat
""", reply=True),

    # ---------------- rectification ----------------
    M("rectification", "guardian: son's surname misspelled in school photos", "Anu Nieminen",
      "Väärä sukunimi koulukuvissa", """
Hei,

poikani sukunimi on kirjoitettu koulukuvien tilauksessa ja kuvakuoressa väärin: Niemin,
kun pitäisi olla Nieminen. Korjatkaa se teidän rekisteriin, ettei ensi vuonna ole taas
sama juttu.

Anu Nieminen
"""),
    M("rectification", "moved, update customer record address", "Pertti Lahtinen",
      "Osoitteenmuutos", """
Olen muuttanut. Uusi osoite on Kirkkopuistikko 12 B 7, 65100 Vaasa. Päivittäkää se
asiakastietoihini, vanhaan osoitteeseen ei kannata enää lähettää mitään.

Pertti Lahtinen
""", fmt="latin1"),
    M("rectification", "surname change after marriage", "Laura Koskinen",
      "Sukunimen muutos", """
Hei! Menin naimisiin kesällä ja nykyinen nimeni on Laura Koskinen (ent. Heikkilä).
Laskut tulevat vielä vanhalla nimellä, joten voisitteko vaihtaa nimen tietoihini.
Kiitos!
"""),
    M("rectification", "employee: wrong first name in staff photo data", "Marja Ylinen",
      "nimi väärin henkilökuvissa", """
Hei

Teidän toimittamissa henkilökuvatiedostoissa, jotka menivät meidän HR:lle, nimeni on
Marjo Ylinen. Oikea nimi on Marja. Korjaisitteko tiedot teidän päässä niin se ei toistu
seuraavassa kuvauksessa.

terv. Marja Ylinen
Vaasan Sataman toimisto
"""),
    M("rectification", "wrong email in system, invoices go to old work address", "Jussi Rantala",
      "sahkoposti", """
sahkopostiosoite on vaarin teidan jarjestelmassa, laskut menee mun vanhaan
tyoosoitteeseen jota en enaa lue. oikea on jussi.rantala@example.fi, vaihtakaa se
"""),
    M("rectification", "ALL CAPS phone number change", "Raimo Kallio",
      "PUHELINNUMERO", """
PUHELINNUMERONI ON VAIHTUNUT. UUSI ON 040 123 4567. PÄIVITTÄKÄÄ SE TIETOIHINI.
RAIMO KALLIO
"""),
    M("rectification", "name and address wrong on invoice (not the amount)", "Pekka Virtala",
      "Lasku 88213", """
Hei,

laskussa 88213 on nimeni väärin (Pekka Virtanen, pitäisi olla Pekka Virtala) ja
osoitteesta puuttuu porras B. Summa on kyllä oikein ja maksan sen eräpäivänä, mutta
korjatkaa nämä tiedot, ettei seuraavakin mene väärin.

Pekka Virtala
""", fmt="cp1252"),

    # ---------------- erasure ----------------
    M("erasure", "short: delete all my data", "Tiina Salo",
      "Tiedot", """
Poistakaa kaikki tietoni, en ole enää asiakkaanne.
Tiina Salo
"""),
    M("erasure", "close web shop account", "Ville Honkanen",
      "Käyttäjätilin sulkeminen", """
Hei, haluan että verkkokaupan käyttäjätilini suljetaan ja kaikki siihen liittyvä
poistetaan pysyvästi. Käyttäjätunnus on tämä sähköpostiosoite.
""", fmt="html"),
    M("erasure", "guardian: daughter's kindergarten photos off the server", "Johanna Kivelä",
      "Päiväkotikuvat", """
Hyvä Zoomi,

tyttäreni Aino kuvattiin viime vuonna päiväkoti Satakielessä. Emme tilanneet kuvia
emmekä tarvitse niitä, joten haluan että kaikki hänestä otetut kuvat poistetaan teidän
palvelimelta kokonaan.

Johanna Kivelä (Ainon äiti)
"""),
    M("erasure", "colloquial: want everything destroyed", "Teemu Laine",
      "moi", """
moi, haluun et mun kaikki tiedot hävitetään teiltä. kiitti
""", fmt="plain"),
    M("erasure", "passport photo and data removal after passport arrived", "Maria Lindholm",
      "Passikuva maaliskuulta", """
Hei,

kävin ottamassa passikuvan teillä maaliskuussa. Passi on jo tullut, joten pyydän että
kuva ja henkilötietoni hävitetään teidän järjestelmistä.

Maria Lindholm
"""),
    M("erasure", "forget me, out of every register", "Arto Niskanen",
      "unohtakaa minut", """
En halua olla missään teidän rekisterissänne. Unohtakaa minut kokonaan.
"""),
    M("erasure", "ex-employee wants staff photos removed from archive", "Satu Heikkinen",
      "Henkilökuvat arkistosta", """
Hei,

lopetin työt Vaasan Energian palveluksessa elokuussa. Haluaisin, että minusta otetut
henkilökuvat poistetaan teidän kuva-arkistosta, koska en ole enää talon palveluksessa.

Ystävällisin terveisin
Satu Heikkinen
"""),
    M("erasure", "16-year-old about own school photos in gallery", "Iida Koivisto",
      "mun koulukuvat", """
Hei, oon 16 ja mun koulukuvat on teidän kuvagalleriassa. Haluun et ne poistetaan sieltä,
en tykkää niistä yhtään eikä kukaan aio tilata niitä.
-Iida
"""),
    M("erasure", "reply to newsletter; quoted footer has unsubscribe, new text asks erasure",
      "Kaija Tuominen", "VS: Kevään kuvausuutiset", """
Poistakaa minun tiedot teidän asiakasrekisteristä kokonaan, kiitos.

Kaija Tuominen

-----Alkuperäinen viesti-----
Lähettäjä: Zoomi Kuvakaupat <uutiskirje@example.fi>
Lähetetty: maanantai 3. maaliskuuta 2025 8.00
Vastaanottaja: kaija.tuominen@example.fi
Aihe: Kevään kuvausuutiset

Kevään perhekuvaukset nyt -15 %! Varaa aikasi Slotista.
Jos et halua enää uutiskirjettämme, peruuta tilaus tästä linkistä.
""", reply=True, fmt="qp"),
    M("erasure", "follow-up to own earlier unsubscribe; new text asks to delete child's photos",
      "Hannele Ojala", "Re: Uutiskirjeen peruutus", """
Ja poistakaa samalla myös lasten kuvat teidän galleriasta, niitä ei tarvita enää.

Hannele

to 10.10.2024 klo 20.14 Hannele Ojala <hannele.ojala@example.fi> kirjoitti:
> Hei, peruutan uutiskirjeen, en halua enää mainoksia sähköpostiin.
> Hannele
""", reply=True),

    # ---------------- restriction ----------------
    M("restriction", "disputed order in own name; don't pass on, don't delete", "Kari Hietala",
      "Tilaus jota en ole tehnyt", """
Hei

Sain laskun tilauksesta, jota en ole tehnyt. Kiistän sen. Älkää siirtäkö tietojani
mihinkään ennen kuin asia on selvitetty, mutta älkää myöskään poistako niitä, koska
tarvitsen ne selvittelyyn ja mahdollisesti poliisille.

Kari Hietala
"""),
    M("restriction", "restrict processing until product complaint handled", "Eeva Peltola",
      "Käsittelyn rajoittaminen", """
Pyydän teitä rajoittamaan henkilötietojeni käsittelyä siihen saakka, kunnes tekemäni
reklamaatio (tilaus 19877) on käsitelty loppuun.

Eeva Peltola
""", fmt="qp"),
    M("restriction", "freeze customer data, not delete", "Juha Mattila",
      "asiakastiedot jäihin", """
Jäädyttäkää mun asiakastiedot toistaiseksi. Ei poistoa, en vaan halua että niitä
käytetään mihinkään just nyt. Ilmoitan myöhemmin jatkosta.
"""),
    M("restriction", "guardian in custody dispute: no processing of child's data until court decides",
      "Minna Aalto", "Lapsen kuvat – huoltajuusasia", """
Hei,

meillä on huoltajuusriita vireillä käräjäoikeudessa. Pyydän, ettette käsittele poikani
Eetu Aallon (Variskan koulu, 2A) kuvia tai tietoja millään tavalla, ei myyntiä eikä
lähettämistä kummallekaan huoltajalle, ennen kuin oikeus on ratkaissut asian. Tietoja ei
kuitenkaan saa poistaa, niitä saatetaan tarvita.

Minna Aalto
""", fmt="alt"),

    # ---------------- portability ----------------
    M("portability", "order history as CSV/Excel to move elsewhere", "Antti Järvinen",
      "Tilaushistoria tiedostona", """
Moi, voinko saada kaikki tilaushistoriani ja asiakastietoni tiedostona (esim. CSV tai
Excel), niin että voin siirtää ne toiseen palveluun? Kiitos.
"""),
    M("portability", "transfer child's school photos and data directly to another studio",
      "Tuula Kangas", "Kuvien siirto toiselle kuvaamolle", """
Hei

Siirtäkää lapseni koulukuvat ja niihin liittyvät tiedot suoraan Kuvapörssi Oy:lle
(kuvat@example.com). Vaihdamme kuvaamoa ja he pyysivät, että aineisto tulee suoraan
teiltä sähköisessä muodossa.

Tuula Kangas
"""),
    M("portability", "terse, machine-readable data", "Niko Salonen",
      "tietojen siirto", """
haluan mun datat koneluettavassa muodossa niin et voin viedä ne muualle. kiitos
"""),

    # ---------------- objection ----------------
    M("objection", "against Google Analytics tracking", "Petri Lehto",
      "Seuranta verkkokaupassa", """
En hyväksy sitä, että verkkokauppanne seuraa minua Google Analyticsilla. Lopettakaa
minun selaamiseni analysointi.

Petri Lehto
""", fmt="html"),
    M("objection", "withdraws consent for child's photo in ads (no removal asked)", "Sari Hyvönen",
      "Lupa kuvan käyttöön", """
Hei,

perun luvan käyttää tyttäreni kuvaa teidän mainoksissa ja Facebook-markkinoinnissa.
Annoimme luvan kuvauksessa 2023, mutta emme enää halua sitä.

Sari Hyvönen
"""),
    M("objection", "objects to data going to OK-perintä, invoice paid", "Markku Savolainen",
      "Perintä", """
Vastustan sitä, että tietoni luovutetaan OK-perinnälle. Lasku 77102 on maksettu
eräpäivänä, kuitti liitteenä.

Markku Savolainen
""", fmt="cp1252"),
    M("objection", "no permission to use photo in shop window, colloquial", "Jenna Harju",
      "mun kuva ikkunassa", """
ette saa käyttää mun kuvaa teidän näyteikkunassa. en oo antanu siihen lupaa ja kaverit
huomas sen heti
"""),
    M("objection", "employee does not want photo sent to employer website", "Tommi Välimaa",
      "Henkilökuvan lähettäminen työnantajalle", """
Hei,

työnantajani haluaa laittaa henkilökuvani yrityksen nettisivuille. En halua, että te
lähetätte kuvaani heille julkaistavaksi. Kuvan saa pitää omassa arkistossanne, mutta sitä
ei saa luovuttaa.

Tommi Välimaa
"""),
    M("objection", "against profiling of purchase behaviour", "Leena Suominen",
      "Profilointi", """
Kiellän tietojeni käytön profilointiin ja ostokäyttäytymiseni analysointiin.
""", fmt="b64"),
    M("objection", "withdraws consent for brochure photos", "Outi Karjalainen",
      "Suostumus esitteen kuviin", """
Hei,

vedän takaisin suostumukseni, jonka annoin kuvien käyttöön teidän esitteessänne
(kuvattiin päiväkoti Satakielessä syksyllä 2023).

Outi Karjalainen
"""),

    # ---------------- marketing opt-out ----------------
    M("marketing_opt_out", "stop SMS offers", "Seppo Räsänen",
      "Ei kiitos", """
Älkää enää lähettäkö tekstiviestejä tarjouksista tähän numeroon.
"""),
    M("marketing_opt_out", "angry about marketing calls", "Tarja Nurmi",
      "puhelut!!!", """
Lopettakaa nää jatkuvat myyntipuhelut!!! Kolmas kerta tällä viikolla, en tarvitse mitään
perhekuvausta.
"""),
    M("marketing_opt_out", "cancels newsletter, minimal", "Kalle Mustonen",
      "Uutiskirje", """
Peruutan uutiskirjeen.
"""),
    M("marketing_opt_out", "remove from mailing list (opt-out only)", "Anneli Huttunen",
      "postituslista", """
Hei, ottakaa minut pois postituslistaltanne. Kiitos.
""", fmt="latin1"),
    M("marketing_opt_out", "no diacritics, no more ads", "Jari Pesonen",
      "mainokset", """
en halua enaa mitaan mainoksia sahkopostiin kiitos
"""),
    M("marketing_opt_out", "direct marketing ban all channels, formal", "Helena Backman",
      "Suoramarkkinointi", """
Asetan suoramarkkinointikiellon, joka koskee sähköpostia, tekstiviestejä, kirjeitä ja
puhelinmyyntiä.

Helena Backman
"""),
    M("marketing_opt_out", "reply to newsletter: never subscribed, take me off", "Sami Korpela",
      "Re: Isänpäivän kuvaustarjous", """
Miten tästä pääsee eroon? En oo ikinä tilannu tätä. Ottakaa mut pois tältä listalta.

la 2.11.2024 klo 8.00 Zoomi Kuvakaupat <uutiskirje@example.fi> kirjoitti:
> Isänpäivän kuvaus 49 € – varaa heti!
> Lahjakortit verkkokaupasta.
""", reply=True),
    M("marketing_opt_out", "no more campaigns or offers, HTML body", "Merja Koskela",
      "tarjoukset", """
Hei,

en halua enää teidän kevätkampanjoita, joulutarjouksia tai muitakaan mainoksia. Kiitos
ymmärryksestä.

Merja Koskela
""", fmt="html"),

    # ---------------- complaint ----------------
    M("complaint", "has notified the DPA office after two months without reply", "Heikki Vuorinen",
      "Vastaamatta jäänyt pyyntö", """
Ilmoitan, että olen tehnyt teistä ilmoituksen tietosuojavaltuutetun toimistoon, koska
ette ole vastanneet viestiini kahteen kuukauteen.

Heikki Vuorinen
"""),
    M("complaint", "how to complain to the authority; photo already taken down", "Susanna Lappalainen",
      "Valitus", """
Hei

Lapseni kuva oli viime viikolla kaupan ikkunassa ilman lupaa. Kuva on nyt otettu pois,
kiitos siitä, mutta haluan silti tietää miten teen asiasta valituksen
tietosuojaviranomaiselle.

Susanna Lappalainen
"""),
    M("complaint", "accuses GDPR breach: photos sent to wrong family", "Ilkka Turunen",
      "Väärälle perheelle lähetetyt kuvat", """
Tämä on selvä tietosuojarikkomus. Lähetitte lapseni kuvat ja nimen toiselle perheelle.
Miten tällaista voi tapahtua?

Ilkka Turunen
"""),

    # ---------------- multi ----------------
    M("access+erasure", "copy first, then delete", "Janne Ketola",
      "Tietopyyntö ja poisto", """
Lähettäkää ensin kopio kaikista minua koskevista tiedoista ja poistakaa ne sen jälkeen
järjestelmistänne.
"""),
    M("erasure+marketing_opt_out", "stop marketing and remove from register", "Paula Miettinen",
      "Markkinointi ja tiedot", """
Lopettakaa markkinointi minulle ja poistakaa tietoni asiakasrekisteristänne.

Paula Miettinen
"""),
    M("objection+erasure", "withdraws consent, take son's photo off website and delete it",
      "Jukka Pelkonen", "Poikani kuva nettisivuilla", """
Hei,

huomasin että poikani kuva on teidän nettisivujen etusivulla. Perun suostumuksen sen
käyttöön. Ottakaa kuva pois sivuilta ja poistakaa se myös arkistostanne.

Jukka Pelkonen
""", fmt="qp"),
    M("access+complaint", "repeat access request with DPA threat", "Tanja Mäkinen",
      "TOINEN PYYNTÖ: henkilötiedot", """
Pyysin tietojani jo tammikuussa eikä mitään ole kuulunut. Lähettäkää ne nyt tai teen
valituksen tietosuojavaltuutetulle.

Tanja Mäkinen
"""),
    M("rectification+restriction", "address wrong; freeze until corrected", "Olli Hirvonen",
      "Virheellinen osoite", """
Hei

Teidän rekisterissä on väärä osoite minulle (Pitkäkatu 3, pitäisi olla Pitkäkatu 33).
Korjatkaa se, ja siihen asti älkää käyttäkö osoitetietojani mihinkään, ettei
kirjeitä mene taas vieraalle.

Olli Hirvonen
"""),
    M("objection+complaint", "debt collection objection + accuses data protection violation",
      "Reijo Nyström", "Perintätoimisto", """
Olette antaneet tietoni OK-perinnälle vaikka lasku on riitautettu. Vastustan tietojeni
luovuttamista perintään. Rikotte tietosuoja-asetusta ja olen valmis viemään asian
eteenpäin.
"""),
    M("access+objection", "who got my data, stop passing it on", "Kimmo Rautio",
      "kenelle tietoni", """
Kenelle kaikille olette antaneet mun tietoja? Ja lopettakaa niiden luovuttaminen
eteenpäin muille firmoille.
"""),
    M("rectification+marketing_opt_out", "name wrong in newsletter, and no more newsletters",
      "Kirsti Pitkänen", "nimi väärin", """
Hei

Uutiskirjeessä nimeni on Krista, se on Kirsti. Korjatkaa se tietoihinne. Ja samalla:
en halua niitä uutiskirjeitä enää muutenkaan.

Kirsti
"""),
    M("erasure+objection+marketing_opt_out", "angry, all caps-ish: no ads, delete, photo not to be used",
      "Harri Leinonen", "RIITTÄÄ", """
Nyt riittää. EI ENÄÄ MAINOKSIA. Poistakaa mun tiedot ja mun kuvaa ei saa käyttää
missään teidän jutuissa. Onko selvä???
"""),
    M("access+portability", "wants data and photos in machine-readable form + list of data",
      "Sini Tolonen", "Omat tiedot ja kuvat", """
Hei,

haluaisin tiedot ja kuvat, jotka olette minusta tallentaneet, koneluettavassa muodossa,
jotta voin siirtää ne uuteen palveluun. Kertokaa samalla, mitä muuta teillä on minusta
tallessa ja mistä olette sen saaneet.

Sini Tolonen
""", fmt="alt"),
    M("objection+marketing_opt_out", "no Analytics tracking and no newsletters, no diacritics",
      "Ari Kokkonen", "seuranta ja uutiskirje", """
en halua etta seuraatte mua analyticsilla teidan sivuilla enka halua teidan uutiskirjeita.
"""),
    M("erasure+complaint", "delete immediately and report to DPA", "Marko Seppälä",
      "poistakaa heti", """
Poistakaa kaikki tietoni heti. Ilmoitan teidän toiminnastanne myös tietosuojavaltuutetulle.
"""),
    M("restriction+complaint", "processing to be suspended until complaint to DPA decided",
      "Anna-Liisa Honka", "Käsittelyn keskeyttäminen", """
Olen tehnyt kantelun tietosuojavaltuutetulle teidän tavastanne käsitellä
henkilötietojani. Vaadin, että tietojeni käsittely keskeytetään siihen asti, kunnes
kantelu on ratkaistu. Tietoja ei saa tänä aikana poistaa.

Anna-Liisa Honka
""", fmt="latin1"),
    M("access+rectification", "check address in use, fix old one, send list", "Erkki Koponen",
      "Osoite ja tiedot", """
Tarkistakaa mitä osoitetta käytätte minulle, vanha osoite Raastuvankatu 8 pitää korjata
uuteen (Hovioikeudenpuistikko 15 A 4). Lähettäkää myös lista kaikista tiedoistani,
joita teillä on.
"""),
    M("portability+erasure", "transfer data then delete account", "Veera Hämäläinen",
      "Tilin lopetus", """
Hei! Siirtäkää tilaushistoria ja profiilitiedot minulle sähköisessä muodossa (JSON tai
CSV käy), ja poistakaa sen jälkeen tilini.
"""),
    M("access+objection", "guardian: where was the school photo sent, don't send to school system",
      "Pasi Lindqvist", "Koulukuvan lähettäminen", """
Hei,

mihin kaikkialle lapsen koulukuva on lähetetty? En halua, että hänen kuvaansa
lähetetään koulun oppilashallintojärjestelmään.

Pasi Lindqvist, Elsan isä
"""),

    # ---------------- near-misses ----------------
    M("", "near-miss: cancel duplicate order", "Hanna Kurki",
      "Tilaus 10456", """
Peruuttakaa tilaus 10456, tilasin vahingossa kaksi kertaa samat kuvat. Toinen (10457)
saa jäädä voimaan.
"""),
    M("", "near-miss: move passport photo appointment", "Jarmo Koivu",
      "aika", """
Voinko siirtää passikuva-ajan torstaista perjantaihin? Sama kellonaika kävisi.
"""),
    M("", "near-miss: gallery login help", "Tiia Rajala",
      "Kirjautuminen", """
En pääse kirjautumaan kuvagalleriaan, kuvakoodi ei kelpaa. Mitä teen?
"""),
    M("", "near-miss: reprint of last year's school photos", "Marjatta Niemi",
      "Lisäkuvat", """
Hei, haluaisin tilata lisää kuvia viime vuoden koulukuvista (Onkilahden koulu, 5A).
Onko se vielä mahdollista ja mitä maksaa?
"""),
    M("", "near-miss: copy of invoice", "Rauno Sipilä",
      "lasku hukassa", """
Voisitteko lähettää kopion laskusta, hukkasin sen. Tilaus tehtiin lokakuussa.
"""),
    M("", "near-miss: wrong invoice amount", "Pirjo Leppänen",
      "Laskun summa", """
Hei, laskussa on 45 € mutta tilaus oli 35 €. Korjatkaa lasku.
"""),
    M("", "near-miss: product complaint about colours (reklamaatio)", "Mervi Toivonen",
      "Reklamaatio", """
Kuvissa on värit aivan pielessä, kaikki ovat ihan punaisia naamasta. Haluan reklamoida ja
saada uudet vedokset.
"""),
    M("", "near-miss: retouch request using 'poistaa'", "Kaisa Lehtonen",
      "Kuvan muokkaus", """
Voisitteko poistaa finnin tyttären otsasta ennen kuin kuva tulostetaan? Muuten kuva on
tosi kiva.
"""),
    M("", "near-miss: newsletter discount question", "Raija Heikkilä",
      "Uutiskirjeen ale", """
Uutiskirjeessä luki että on 20 % alennus, koskeeko se myös passikuvia?
"""),
    M("", "near-miss: passport photo code not accepted by police", "Joni Vesterinen",
      "passikuvan koodi", """
passikuvan koodi ei toimi poliisin sivuilla, sanoo että koodia ei löydy. otin kuvan
eilen teillä
"""),
    M("", "near-miss: where is my order", "Sirpa Lind",
      "Missä tilaus?", """
Missä mun tilaus on? Tilasin kaksi viikkoa sitten eikä ole kuulunut mitään.
"""),
    M("", "near-miss: price of staff photography", "Matti Östman",
      "Henkilökuvaus", """
Hei, paljonko maksaa henkilökuvaus 15 hengen toimistolle? Tarvitsisimme kuvat
nettisivuille tammikuussa.

Matti Östman
Toimitusjohtaja, Vaasan Tilitoimisto Oy
""" + DISCLAIMER_FI),
    M("", "near-miss: re-subscribe newsletter", "Noora Kauppinen",
      "uutiskirje takaisin", """
Peruin vahingossa uutiskirjeen, saanko sen takaisin? Haluan kuulla tarjouksista.
"""),
    M("", "near-miss: change delivery address of one order", "Aki Laitinen",
      "Tilaus 20331 toimitusosoite", """
Muuttakaa tilauksen 20331 toimitusosoite Mökkitie 4, 66200 Korsnäs. Olen siellä koko
heinäkuun.
"""),
    M("", "near-miss: asks where the privacy notice is", "Liisa Mäki",
      "tietosuojaseloste", """
Hei, onko teillä tietosuojaseloste jossain nähtävillä? Koulun vanhempainyhdistys kysyi.
"""),
    M("", "near-miss: thanks-reply; quoted thread contains erasure request", "Sanni Rautiainen",
      "VS: Poistopyyntö", """
Kiitos nopeasta hoitamisesta!

Sanni

-----Alkuperäinen viesti-----
Lähettäjä: Zoomi Kuvakaupat <tietosuoja@example.fi>
Lähetetty: tiistai 4. helmikuuta 2025 13.20
Vastaanottaja: Sanni Rautiainen
Aihe: RE: Poistopyyntö

Hei Sanni, tietosi on nyt poistettu asiakasrekisteristämme.

-----Alkuperäinen viesti-----
Lähettäjä: Sanni Rautiainen
Aihe: Poistopyyntö

Poistakaa kaikki tietoni ja lopettakaa uutiskirjeet.
""", reply=True, fmt="qp"),
    M("", "near-miss: cancel tomorrow's appointment (peru)", "Marika Hyttinen",
      "huominen", """
Perun huomisen ajan, lapsi on kipeä. Varaan uuden myöhemmin.
"""),
    M("", "near-miss: wants digital files of the photos (product)", "Ronja Sundqvist",
      "Digitaaliset kuvat", """
Saisinko kuvat myös digitaalisena tiedostona? Maksan mielelläni erikseen.
"""),
    M("", "near-miss: why a debt collection letter (payment dispute only)", "Esa Moilanen",
      "Perintäkirje?", """
Miksi sain perintäkirjeen? Maksoin laskun 3.5., tässä viitenumero 1234 5678.
"""),
    M("", "near-miss: school staff asks for photo-day schedule", "Tuija Kinnunen",
      "Kuvauspäivän aikataulu", """
Hei,

voisitteko lähettää Gerbyn koulun kuvauspäivän (12.9.) aikataulun luokittain? Laitan
sen vanhemmille Wilmaan.

Tuija Kinnunen
rehtori
"""),
    M("", "near-miss: employee wants larger file of own staff photo for LinkedIn", "Jere Karppinen",
      "Henkilökuva isompana", """
Moi, saisinko oman henkilökuvani isompana tiedostona LinkedIniin? Meidät kuvattiin
viime kuussa (Wärtsilän tiimi).
"""),
    M("", "near-miss: drop one photo from order", "Pia Nordman",
      "tilauksesta yksi kuva pois", """
Poistakaa kuva nro 3 tilauksesta, en halua sitä tulostettuna. Muut saa tulla.
"""),
    M("", "near-miss: forgot gallery password", "Elisa Heinonen",
      "salasana", """
unohdin salasanan galleriaan eikä palautuslinkki tule sähköpostiin
"""),
    M("", "near-miss: new receipt code for passport photo", "Valtteri Ahonen",
      "Uusi kuvakuitti", """
Voisitteko lähettää uuden kuvakuittikoodin passikuvasta? Edellinen ehti vanhentua
ennen kuin hain passia.
"""),
    M("", "near-miss: gift card question", "Katja Östberg",
      "Lahjakortti", """
Käykö lahjakortti myös verkkokaupassa vai vain studiolla?
"""),
    M("", "near-miss: reply after address correction, asks about delivery; quote has rectification",
      "Risto Kauppila", "Re: Osoitteenmuutos", """
Ok, kiitos. Entä milloin kuvat tulee?

Risto

pe 7.3.2025 klo 11.40 Zoomi Kuvakaupat <asiakaspalvelu@example.fi> kirjoitti:
> Hei Risto, osoitteesi on nyt korjattu rekisteriimme.
>
> to 6.3.2025 klo 19.03 Risto Kauppila kirjoitti:
>> Korjatkaa osoitteeni, muutin Vöyrille.
""", reply=True),
    M("", "near-miss: how long gallery photos downloadable", "Milla Rönkkö",
      "Galleria", """
Kuinka kauan gallerian kuvat ovat ladattavissa? Haluan ladata ne koneelle ennen kuin ne
poistuu.
"""),
    M("", "near-miss: stop payment reminders, already paid (billing)", "Tapio Leskinen",
      "muistutukset", """
Lopettakaa nää maksumuistutukset, maksoin jo viime viikolla!! Tarkistakaa.
"""),
]
