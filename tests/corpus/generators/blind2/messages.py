# -*- coding: utf-8 -*-
# Hand-written messages; executed by make_corpus.py (fi(), sv(), en(), au()).
# Labels: kinds joined with '+', in the canonical order.

QP, B64 = "quoted-printable", "base64"

# ---------------------------------------------------------------- Finnish
fi(1, "access", "guardian, colloquial, indirect 'voisko sen nähdä'",
   ("Sanna Koivisto", "sanna.koivisto@example.fi"), "kysymys",
"""Moi!

Tilasin teiltä viime syksynä koulukuvat meidän Aadalle (2lk, Variskan koulu). Nyt ku on ollu noita juttuja uutisissa niin rupes vähän mietityttää et mitä kaikkea te ootte musta ja Aadasta sinne järjestelmään tallentanu. Voisko sen jotenki nähdä?

t. Sanna""")

fi(2, "erasure", "request in subject only; body is a signature",
   ("Marja Heikkilä", "marja.heikkila@example.fi"),
   "asiakkuuteni lopetus - kaikki minua koskevat tiedot pois rekisteristä",
"""Kiitos etukäteen.

Marja Heikkilä
Lähetetty Android-puhelimesta""")

fi(3, "", "near-miss: cancel duplicate order",
   ("Jari Peltonen", "jari.peltonen@example.fi"), "Tilaus 45821",
"""Hei, tein vahingossa saman tilauksen kahteen kertaan (45821 ja 45822). Voitteko perua jälkimmäisen ettei tule kahta pakettia ja kahta laskua?

Kiitos! Jari""")

fi(4, "", "near-miss: move Slotti booking",
   ("", "virtanen.perhe@example.fi"), "ajan siirto",
"""Moikka, meillä on varattu passikuva-aika ke 13.3 klo 15.30 mutta en pääsekään töistä. Onnistuisko torstaina samaan aikaan? Varaus on tehty Slotin kautta nimellä Virtanen.""")

fi(5, "rectification", "surname change after marriage, wrong name on invoice; ISO-8859-1 QP",
   ("Anna Laaksonen", "anna.laaksonen@example.fi"), "Nimenmuutos",
"""Hei

Menin kesällä naimisiin ja otin mieheni sukunimen, joten olen nykyään Anna Laaksonen (ent. Mäki). Huomasin että teiltä tulleessa laskussa on vielä vanha nimi. Voisitteko vaihtaa nimen asiakastietoihini, niin ettei tule sekaannuksia?

Ystävällisin terveisin
Anna Laaksonen""", charset="iso-8859-1", cte=QP)

fi(6, "marketing_opt_out", "no diacritics, colloquial: stop weekly offer messages",
   ("", "tero.h@example.fi"), "viestit",
"""en jaksa enaa noita teidan tarjousviesteja joka viikko. lopettakaa niiden laittaminen mulle, kiitos
-Tero""")

fi(7, "erasure+objection", "guardian withdraws consent for son's photo in banner and asks to destroy it from image bank; multipart/alternative",
   ("Petri Nurmi", "petri.nurmi@example.fi"), "Poikani kuva teidän etusivulla",
"""Hei,

Huomasin eilen, että poikani Oskarin kuva on teidän nettisivujen etusivulla ison mainosbannerin kuvana. Allekirjoitin kyllä joskus 2021 kuvauksen yhteydessä jonkin lomakkeen, mutta en halua enää, että hänen kuvaansa käytetään teidän mainonnassa missään. Ottakaa kuva pois sivuilta ja hävittäkää se myös siitä teidän kuvapankista, ettei se ilmesty myöhemmin uudestaan johonkin esitteeseen.

Terveisin
Petri Nurmi
Oskarin isä""", mode="alt")

fi(8, "access+complaint", "chasing unanswered access request + going to tietosuojavaltuutettu",
   ("Mikko Rantanen", "mikko.rantanen@example.fi"), "Vastaus puuttuu edelleen",
"""Hei,

Lähetin teille 5.2. pyynnön saada nähtäväksi kaikki minusta tallennetut tiedot. Nyt on kulunut yli kuukausi, eikä minulle ole vastattu mitenkään. Haluan yhä ne tiedot, mutta en aio enää odotella: teen tästä tänään ilmoituksen tietosuojavaltuutetun toimistolle.

Mikko Rantanen""")

fi(9, "", "near-miss: copy/enlargement of class photo (product order)",
   ("Liisa", "liisa.aho@example.fi"), "Lisäkuva ryhmäkuvasta",
"""Hei! Saisinko vielä yhden kopion siitä luokkakuvasta isompana, 20x30? Luokka 3B, Onkilahden koulu, kuvauspäivä oli syyskuussa. Kuvakoodi 7Q2-KK9. Maksan mielelläni laskulla.
-Liisa""")

fi(10, "", "near-miss: gallery login help",
   ("", "mummonmuru88@example.fi"), "En pääse galleriaan",
"""Salasana ei kelpaa ja "unohditko salasanan" -linkki ei lähetä mitään sähköpostia. Tarvisin ne kuvat huomiseksi mummon synttäreille!""")

fi(11, "portability", "machine-readable export to import into new studio's system",
   ("Helena Kallio", "helena.kallio@example.fi"), "Vaihdamme kuvaamoa",
"""Hei,

Olemme perheenä käyttäneet teidän palveluita kymmenisen vuotta, mutta muutamme Tampereelle ja jatkossa käymme siellä paikallisessa kuvaamossa. Saisimmeko minun tilaushistoriani ja asiakastietoni jossain koneella luettavassa muodossa (esim. Excel tai CSV), niin ne voi suoraan viedä uuden kuvaamon asiakasjärjestelmään eikä tarvitse naputella kaikkea uudestaan?

Terveisin
Helena Kallio""")

fi(12, "objection", "objects to data having been given to debt collector (paid invoice)",
   ("Pekka Salo", "pekka.salo@example.fi"), "Perintä",
"""Hei. Maksoin laskun 2024-0215 jo 3.3., kuitti liitteenä. Silti sain tänään kirjeen OK-perinnältä. En hyväksy sitä, että olette ylipäätään antaneet nimeni ja osoitteeni perintäyhtiölle, ja vaadin ettette enää käsittele tietojani perintää varten.

Pekka Salo""")

fi(13, "restriction", "identity misuse: keep data for police but do nothing with it",
   ("Riikka Lehto", "riikka.lehto@example.fi"), "En ole tilannut tätä",
"""Hei,

Sain laskun kuvapaketista, jota en ole koskaan tilannut. Joku on ilmeisesti käyttänyt nimeäni ja osoitettani. Olen tehnyt rikosilmoituksen poliisille.

Kunnes tämä on selvitetty, pyydän ettette tee tiedoillani mitään, mutta älkää myöskään hävittäkö tilaukseen liittyviä tietoja, koska poliisi saattaa tarvita niitä.

t. Riikka Lehto""")

fi(14, "", "near-miss: wrong invoice amount, asks for 'korjattu lasku'",
   ("Minna", "minna.k@example.fi"), "Laskussa väärä summa",
"""Hei, laskussa 2024-0377 on 89 €, vaikka kuvapaketti oli syyskampanjassa 69 €. Voisitteko lähettää korjatun laskun?

Terv. Minna""")

fi(15, "", "near-miss: product complaint (reklamaatio); windows-1252 8bit",
   ("Tiina Mäkelä", "tiina.makela@example.fi"), "REKLAMAATIO tilaus 51102",
"""Hei. Kuvissa on selvä sininen sävy ja kahdessa kuvassa lapsella silmät kiinni. Tämä ei ole sitä laatua mitä odotin 120 eurolla. Haluan uudet vedokset tai rahat takaisin.

Tiina Mäkelä""", charset="windows-1252")

fi(16, "access", "long practical message about photo day; access question ('mistä saitte numeroni') buried",
   ("Johanna Ylinen", "johanna.ylinen@example.fi"), "Kuvauspäivä to 14.3. / Kuvakaalin päiväkoti",
"""Hei!

Olen Kuvakaalin päiväkodin vanhempaintoimikunnasta ja koordinoin tätä kevään kuvauspäivää. Muutama käytännön asia:

1. Sopiiko että sisaruskuvat otetaan heti aamulla klo 8–9, ennen kuin ryhmät lähtee ulos?
2. Saako vanhemmat olla paikalla, vai onko parempi ettei ole?
3. Tarvitaanko teille erillinen tila, vai käykö liikuntasali?

Ja sitten vielä yksi ihan oma juttuni: sain viime viikolla teiltä tekstiviestin kevätkampanjasta, vaikka en muista koskaan antaneeni teille puhelinnumeroani. Mistä olette sen saaneet? Päiväkodiltako?

Muuten kaikki hyvin ja lapset odottaa jo innolla :)

Terveisin
Johanna Ylinen
Vanhempaintoimikunta, Kuvakaalin pk""")

fi(17, "", "near-miss: delivery question; quoted company text mentions erasure and marketing ban",
   ("Raija Honkanen", "raija.honkanen@example.fi"), "Re: Tilauksen 49920 toimitus",
"""Kiitos! Tuleeko ne kuitenkin ennen joulua? Ollaan lähdössä 20. päivä mökille.

Raija

ti 10.12.2024 klo 14.02 Zoomi asiakaspalvelu <asiakaspalvelu@example.fi> kirjoitti:
> Hei Raija,
>
> tilauksesi 49920 on postitettu tänään. Muistathan, että voit milloin
> tahansa pyytää tietojesi poistamista tai kieltää suoramarkkinoinnin
> vastaamalla tähän viestiin.
>
> Ystävällisin terveisin
> Zoomi Kuvakaupat""")

fi(18, "marketing_opt_out", "HTML-only Outlook reply to newsletter; opt-out in new text, quoted newsletter in blockquote",
   ("Kalle Rinne", "kalle.rinne@example.fi"), "VS: Zoomin syysuutiset 2024", None,
   mode="html", html_body="""<html><head><meta charset="utf-8"></head><body>
<div dir="ltr">ei kiitos, ei tarvi enää laittaa näitä mulle</div>
<div><br></div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg"><b>Lähettäjä:</b> Zoomi Kuvakaupat &lt;uutiset@example.fi&gt;<br>
<b>Lähetetty:</b> maanantai 2. syyskuuta 2024 9.00<br>
<b>Vastaanottaja:</b> Kalle Rinne &lt;kalle.rinne@example.fi&gt;<br>
<b>Aihe:</b> Zoomin syysuutiset 2024</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
<h2>Syksyn koulukuvaukset alkavat!</h2>
<p>Kaikki perhekuvauspaketit -20 % lokakuun loppuun. Varaa aikasi Slotista.</p>
<p>Jos et halua enää uutiskirjettämme, voit peruuttaa tilauksen <a href="https://example.fi/peru">tästä</a>.
Tietosuojaselosteesta näet, miten voit tarkastaa tai poistaa tietosi.</p>
</blockquote></body></html>""")

fi(19, "marketing_opt_out", "ALL CAPS: remove number from sales call list",
   ("", "s.kettunen@example.fi"), "MYYNTIPUHELUT",
"""POISTAKAA MUN NUMERO TEIDÄN SOITTOLISTALTA!!! KOLMAS PUHELU TÄLLÄ VIIKOLLA JOSSA TYRKYTETÄÄN SUKUKUVAUSTA. EI KIINNOSTA.""")

fi(20, "access+erasure", "guardian: first tell what you have on my son, then destroy it; base64",
   ("Katja Järvinen", "katja.jarvinen@example.fi"), "Eetun tiedot",
"""Hei,

Olen Eetu Järvisen (7 v) huoltaja. Eetu kuvattiin syksyllä Huutoniemen koulussa. Pyytäisin ensin selvityksen siitä, mitä tietoja ja kuvia Eetusta teillä on tallessa ja keneltä ne olette saaneet. Kun olen saanut sen, voitte hävittää kaiken hänestä. Hän ei tarvitse koulukuvia enää, koska muutamme ulkomaille.

Terveisin
Katja Järvinen""", cte=B64)

fi(21, "", "near-miss: passport photo code rejected by police service",
   ("", "aleksi.m@example.fi"), "passikuva ei kelpaa",
"""Moi, kävin eilen ottamassa passikuvan ja sain kuitista koodin, mutta poliisin sähköisessä asioinnissa lukee että kuvatunnus on virheellinen. Kirjotin sen varmasti oikein. Mitä nyt?""")

fi(22, "rectification", "new e-mail address to customer record",
   ("Timo Kangas", "timo.kangas@example.fi"), "uusi sähköposti",
"""Hei, vanha osoitteeni (timo.kangas@example.com) lakkaa toimimasta kuun lopussa kun vaihdan työpaikkaa. Laittakaa jatkossa kaikki tähän osoitteeseen ja vaihtakaa se myös asiakastietoihin.

T: Timo Kangas""")

fi(23, "erasure", "typos/colloquial: end customership, destroy account and everything",
   ("", "jonnek@example.fi"), "asiakkuus",
"""moi haluisin lopettaa asiakkuuden teiän kanssa ja et mun tunnukset ja kaikki mitä teiän verkkokaupassa on musta hävitetään. en oo tilannu mitään kolmeen vuoteen. kiitos""")

fi(24, "objection", "objects to Google Analytics tracking",
   ("Heikki Saarinen", "heikki.saarinen@example.fi"), "seuranta sivuillanne",
"""Miksi teidän sivuilla on Google Analytics ja muut seurannat? En halua, että minun selailuani seurataan ja raportoidaan jollekin amerikkalaiselle jätille. Kieltäydyn tästä. Älkää enää ottako minun käyntejäni mukaan analytiikkaan.

Heikki Saarinen""")

fi(25, "", "near-miss: question about newsletter offer",
   ("Ville", "ville.p@example.fi"), "Uutiskirjeen tarjous",
"""Hei! Teidän uutiskirjeessä luki että syyskampanja on voimassa lokakuun loppuun. Koskeeko se myös sisaruskuvia vai pelkästään yksittäiskuvia? Ja voiko koodin käyttää verkkokaupassa?

t. Ville""")

fi(26, "complaint", "accusation of GDPR violation (visible recipient list), no authority named",
   ("Sari Väisänen", "sari.vaisanen@example.fi"), "Sähköposti kaikille vanhemmille näkyvillä osoitteilla",
"""Hei,

Lähetitte eilen viestin koko 4A-luokan vanhemmille niin, että kaikkien sähköpostiosoitteet näkyivät vastaanottajakentässä. Nyt noin 25 perhettä tietää toistensa osoitteet. Tämä on selvä tietosuojaloukkaus ja GDPR:n vastaista toimintaa. Odotan selitystä.

Sari Väisänen""")

fi(27, "", "near-miss: delivery delay",
   ("", "k.lindholm@example.fi"), "Missä kuvat viipyy?",
"""Kuvat piti tulla viikossa, nyt on mennyt kolme viikkoa eikä mitään kuulu. Tilausnumero 50017.""")

fi(28, "access+portability", "all stored data, preferably machine-readable CSV for own app",
   ("Antti Lindroos", "antti.lindroos@example.fi"), "Omat tiedot tiedostona",
"""Hei,

Pyytäisin teiltä kaiken minusta tallennetun tiedon (yhteystiedot, tilaukset, laskut). Mieluiten koneluettavana tiedostona, esim. CSV, koska aion tuoda tilaushistorian omaan taloussovellukseeni.

Kiitos,
Antti Lindroos""")

fi(29, "", "near-miss: 'poistakaa' a duplicate order",
   ("", "r.saari@example.fi"), "tuplatilaus",
"""poistakaa toi jälkimmäinen tilaus, painoin vahingossa kahteen kertaan maksa-nappia. 51230 ja 51231""")

fi(30, "", "near-miss: retouching ('poistaa finnin')",
   ("Emma", "emma.virta@example.fi"), "kuvan muokkaus",
"""Hei! Voisitteko poistaa kuvasta 4 finnin otsasta ja vähän vaalentaa hampaita? Kuva menee ylioppilaskuvaksi. Maksan lisämaksun tarvittaessa.
-Emma""")

fi(31, "marketing_opt_out", "reply to SMS/e-mail offer: no more texts or mails; quoted offer",
   ("", "mikaela.r@example.fi"), "Re: Zoomi syystarjous -20%",
"""en oo tilannu näitä. ei enää tekstareita eikä meilejä näistä tarjouksista kiitos

> Syystarjous! Kaikki kuvapaketit -20 % 31.10. asti.
> Varaa aika: example.fi/varaa""")

fi(32, "erasure", "staff photo subject, left employer: delete my photos from your archive",
   ("Markus Hietala", "markus.hietala@example.fi"), "Henkilöstökuvani",
"""Hei,

Teitte viime vuonna henkilöstökuvat Vaasan kaupungin sivistystoimelle, ja minut kuvattiin siinä samalla. Olen nyt lopettanut kaupungin palveluksessa. Pyydän, että minusta otetut kuvat poistetaan teidän arkistostanne ja järjestelmistänne. Kaupungin omista sivuista olen jo sopinut erikseen.

ystävällisesti
Markus Hietala""")

fi(33, "objection", "withdraws consent to use wedding photos in marketing; explicitly keep the files",
   ("Laura Salonen", "laura.salonen@example.fi"), "hääkuvien käyttölupa",
"""Hei!

Annoimme vuonna 2019 luvan käyttää hääkuviamme teidän esitteessä ja Instagramissa. Olemme sittemmin eronneet, joten perumme luvan – kuvia ei saa enää käyttää missään markkinoinnissa. Kuvat saatte pitää arkistossanne, kunhan niitä ei näytetä kenellekään.

Terveisin
Laura Salonen""")

fi(34, "rectification", "child's name spelled wrong in system; QP utf-8",
   ("Outi Rinne", "outi.rinne@example.fi"), "Nimi väärin kuvissa",
"""Hei, tyttäreni nimi on Ella-Sofia (väliviivalla), mutta teidän järjestelmään ja kuvien kääntöpuolelle on tullut Ella Sofia. Saisiko korjattua? Tilaamme vielä lisäkuvia isovanhemmille ja olisi kiva että nimi olisi oikein.

t. Outi Rinne""", cte=QP)

fi(35, "", "near-miss: price and walk-in question",
   ("", "passikuva.kysyy@example.fi"), "hinta",
"""Paljonko maksaa passikuva ja saako sen heti mukaan vai pitääkö odottaa? Onko teillä ajanvaraus vai voiko tulla suoraan?""")

fi(36, "access", "Outlook reply: who received my contact details; quoted company text mentions deletion",
   ("Jukka Aalto", "jukka.aalto@example.fi"), "VS: Tilauksen peruutus",
"""Kiitos vahvistuksesta.

Haluaisin kuitenkin vielä tietää, kenelle kaikille olette antaneet minun yhteystietojani. Sain heti tilauksen jälkeen mainossoiton eräältä valokuvakehysfirmalta, jonka nimeä en ole ikinä kuullutkaan.

Terveisin
Jukka Aalto

Lähettäjä: Zoomi asiakaspalvelu <asiakaspalvelu@example.fi>
Lähetetty: tiistai 9. huhtikuuta 2024 13.44
Vastaanottaja: Jukka Aalto <jukka.aalto@example.fi>
Aihe: RE: Tilauksen peruutus

Hei Jukka,

olemme peruneet tilauksesi 48811 ja poistaneet sen järjestelmästä. Jos haluat, että poistamme myös asiakastilisi, kerro siitä meille.

Ystävällisin terveisin
Zoomi Kuvakaupat""")

fi(37, "restriction", "suspend earlier erasure, keep receipts for insurance, do not use otherwise",
   ("Sirpa Lahtinen", "sirpa.lahtinen@example.fi"), "älkää vielä poistako",
"""Hei,

pyysin viime viikolla että poistatte kaikki tietoni. Peruisin sen nyt väliaikaisesti: tarvitsen ostokuitit ja tilaushistorian vakuutusyhtiötä varten (kamera varastettiin ja kuvatilaukset liittyvät korvaushakemukseen). Säilyttäkää siis tiedot toistaiseksi, mutta älkää käyttäkö niitä mihinkään muuhun tarkoitukseen.

t. Sirpa Lahtinen""")

fi(38, "erasure+marketing_opt_out", "HTML-only: off the newsletter and out of the whole customer register",
   ("Kaisa Oja", "kaisa.oja@example.fi"), "uutiskirje ja tiedot", None, mode="html",
   html_body="""<html><body style="font-family:Calibri">
<p>Hei,</p>
<p>poistakaa minut teidän uutiskirjeestä ja sen lisäksi koko asiakasrekisteristä. En ole käyttänyt palvelujanne vuosiin.</p>
<p>Terv.<br>Kaisa Oja</p>
</body></html>""")

fi(39, "", "near-miss: school secretary logistics; legal disclaimer mentions GDPR and 'poista viesti'",
   ("Päivi Korpela", "paivi.korpela@example.fi"), "Kevään kuvauspäivät – Variskan koulu",
"""Hei,

vahvistan kevään kuvauspäivät: luokat 1–3 ti 16.4. ja luokat 4–6 ke 17.4. Kuvaukset voi tehdä koulun juhlasalissa klo 8.15 alkaen. Luokkalistat lähetämme erikseen viikkoa ennen.

Ystävällisin terveisin

Päivi Korpela
koulusihteeri
Variskan koulu, Vaasan kaupunki

Tämä sähköpostiviesti ja sen liitteet voivat sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti. Vaasan kaupunki käsittelee henkilötietoja EU:n yleisen tietosuoja-asetuksen (GDPR) mukaisesti. Lisätietoja tietosuojasta: www.example.fi/tietosuoja""")

fi(40, "access", "guardian asks on behalf of 16-year-old daughter (cc), what data is stored",
   ("Harri Nieminen", "harri.nieminen@example.fi"), "tyttären tiedot",
"""Hei. Tyttäreni on 16 ja hän kysyi minulta, voisinko selvittää mitä tietoja teillä on hänestä tallennettuna, kun hän on ollut teillä kuvattavana koulussa monena vuotena ja lisäksi ripillä. Hän on tässä viestissä kopiona.

Kiitos. Harri Nieminen""", headers=["Cc: Iida Nieminen <iida.nieminen@example.fi>"])

fi(41, "erasure+complaint", "earlier erasure not done; complaint lodged with tietosuojavaltuutettu; delete now",
   ("Leena Suominen", "leena.suominen@example.fi"), "Poistopyyntöni maaliskuulta",
"""Pyysin 12.3. että kaikki tietoni poistetaan. Sain vahvistuksen, mutta eilen sain silti teiltä tekstiviestin, jossa muistutettiin vanhasta tilauksesta. Olen tehnyt asiasta kantelun tietosuojavaltuutetulle. Poistakaa nyt vihdoin oikeasti kaikki tiedot.

Leena Suominen""")

fi(42, "", "near-miss: one invoice copy for employer",
   ("Jenni", "jenni.ranta@example.fi"), "laskukopio",
"""Tarvitsisin kopion laskusta 2023-1187 työnantajaa varten (kuvat meni työhakemukseen). Voitteko lähettää pdf:nä tähän osoitteeseen?

Kiitos, Jenni""")

fi(43, "", "near-miss: joined newsletter but receives nothing; partly without diacritics",
   ("", "pirjo.lumme@example.fi"), "Uutiskirje ei tule",
"""Liityin teidan uutiskirjelistalle kesakuussa mutta en ole saanut yhtaan kirjetta. Voisitteko tarkistaa, menikö liittyminen läpi? Roskapostissa ei ole mitaan.""")

fi(44, "portability", "structured file (json) to import into another photo service; account stays",
   ("Niko", "niko.salmi@example.fi"), "siirto toiseen palveluun",
"""Moi! Lopettelen teidän verkkokaupan käyttöä ja siirryn toiseen kuvapalveluun. Saisinko mun tilaushistorian ja yhteystiedot jossain rakenteisessa tiedostomuodossa (json tai vastaava), jonka voi tuoda suoraan sinne uuteen palveluun? Tili saa jäädä toistaiseksi voimaan.
-Niko""")

fi(45, "objection", "objects to profiling from past orders; explicitly still accepts newsletters",
   ("Anu Peltola", "anu.peltola@example.fi"), "Kohdennettu mainos",
"""Hei,

sain teiltä sähköpostimainoksen, jossa luki "Koska lapsesi aloittaa koulun syksyllä...". En ole koskaan kertonut teille lapseni ikää, joten olette ilmeisesti päätelleet sen vanhoista tilauksista. En hyväksy, että tietojani analysoidaan ja yhdistellään tuolla tavalla. Tavallisia uutiskirjeitä saatte lähettää jatkossakin, mutta tällainen profilointi loppukoon.

Terveisin
Anu Peltola""")

fi(46, "", "near-miss: cancel tomorrow's appointment",
   ("", "hakala.jussi@example.fi"), "huominen aika",
"""Peruutan huomisen ajan klo 14 (perhekuvaus, Hakala). Lapsi sairastui vatsatautiin. Otan yhteyttä kun ollaan terveitä.""")

fi(47, "erasure", "remove family photos from online gallery",
   ("Mervi", "mervi.kontio@example.fi"), "kuvat pois galleriasta",
"""Voitteko poistaa meidän perheen kuvat sieltä teidän nettigalleriasta? En halua että ne on siellä enää kenenkään ladattavissa, ladattiin jo kaikki omalle koneelle.

t. Mervi""")

fi(48, "", "near-miss: expired download link ('ladata', 'siirtää')",
   ("", "toni.jokinen@example.fi"), "latauslinkki vanhentunut",
"""Hei, yritin ladata digikuvat mutta linkki on vanhentunut. Saisinko uuden linkin? Tilausnumero 47733. Tarvitsen kuvat siirtää uudelle puhelimelle.""")

fi(49, "rectification+marketing_opt_out", "new address + no paper ads; windows-1252 QP",
   ("Tapio Karhu", "tapio.karhu@example.fi"), "osoitteenmuutos",
"""Hei! Muutin Vaasasta Mustasaareen, uusi osoite on Koivulehdontie 14 B, 65610 Mustasaari. Päivittäkää se. Ja samalla: ne paperiset mainoskirjeet saa jättää kokonaan tulematta uuteen osoitteeseen.

Terv. Tapio Karhu""", charset="windows-1252", cte=QP)

fi(50, "rectification+restriction", "wrong birth date merged with mother; correct it and use only for this meanwhile",
   ("Hanna Mattila", "hanna.mattila@example.fi"), "Väärä syntymäaika",
"""Hei,

asiakastiedoissani on väärä syntymäaika (minun on 14.2.1988, ei 14.2.1958), ja ilmeisesti sen takia teidän järjestelmä on yhdistänyt minut äitiini – sama nimi ja sama osoite. Olen saanut hänen laskujaan. Korjatkaa syntymäaika, ja siihen asti kun asia on selvitetty, käyttäkää tietojani ainoastaan tämän asian hoitamiseen.

Terveisin
Hanna Mattila""")

fi(51, "complaint", "asks which authority to complain to about unanswered request",
   ("", "e.lampinen@example.fi"), "Mihin valittaa?",
"""Mihin viranomaiseen voin tehdä ilmoituksen, jos yritys ei ole vastannut tietopyyntööni kahteen kuukauteen? Teidän tietosuojaselosteessa ei sanota siitä mitään.""")

fi(52, "", "near-miss: complaint about rude photographer (valitus, consumer)",
   ("Tuija Koski", "tuija.koski@example.fi"), "Valitus kuvaajasta",
"""Haluan tehdä valituksen eilisestä kuvaustilanteesta Palosaaren päiväkodissa. Kuvaaja oli lapsille todella tyly ja yksi lapsista jäi itkien kuvaamatta. Toivon että asia käsitellään.

Tuija Koski""")

fi(53, "erasure", "guardians: son changed school, delete his data and portraits; base64",
   ("Satu Berg", "satu.berg@example.fi"), "Oliverin koulukuvat",
"""Hei,

poikamme Oliver vaihtoi tammikuussa koulua Helsinkiin, eikä hän enää kuulu teidän kuvattaviin. Pyydämme, että hänen tietonsa ja yksittäiskuvansa poistetaan teidän järjestelmästä. Luokkakuvasta ymmärrämme ettei häntä voi poistaa.

Terveisin
Satu ja Mikael Berg""", cte=B64)

fi(54, "access", "see what the register says about me; ISO-8859-1 QP",
   ("Päivi Hämäläinen", "paivi.hamalainen@example.fi"), "Vanhat tiedot",
"""Hei! Asuin ennen Seinäjoella ja tilasin sieltä käsin teiltä kuvia. Onko teillä vielä tallessa ne vanhat tiedot? Haluaisin nähdä, mitä kaikkea minusta rekisterissä lukee.

Päivi Hämäläinen""", charset="iso-8859-1", cte=QP)

fi(55, "", "near-miss: daycare asks for the privacy notice document",
   ("Marika", "marika@example.fi"), "tietosuojaseloste",
"""Hei, onko teillä tietosuojaseloste jossain nähtävillä? Tarvitsemme sen liitteeksi päiväkodin kuvausluvan tiedotteeseen vanhemmille.

Kiitos! Marika / Pikkutassut pk""")

fi(56, "erasure+objection", "child in group photo on Facebook without permission: take it down",
   ("Emmi", "emmi.vuori@example.fi"), "Facebook-kuva",
"""Moi. Teidän Facebook-sivulla on kuva Mäkikaivon päiväkodin Kettu-ryhmästä jossa meidän Lilja näkyy ihan selvästi. Ei käy meille, ei ole kysytty lupaa. Ottakaa kuva pois sieltä.

t. Liljan äiti Emmi""")

fi(57, "marketing_opt_out", "long extra-print order; PS: no more sales calls",
   ("Elina Kivelä", "elina.kivela@example.fi"), "Lisätilaus + muuta",
"""Hei,

haluaisin tilata lisää kuvia viime viikon kuvauksesta:
- 2 kpl 13x18 kuvasta 12
- 1 kpl 20x30 kuvasta 7, mustavalkoisena
- digitiedostot kuvista 3, 7 ja 12

Toimitus samaan osoitteeseen kuin ennenkin. Laskulla maksu käy hyvin.

Kiitos taas hyvästä palvelusta, kuvaaja oli tosi mukava!

PS. Voisitteko jättää mut pois niistä puhelinsoitoista joissa myydään kuvauspaketteja, ei vaan kiinnosta.

Terveisin
Elina Kivelä""")

fi(58, "", "near-miss: what data is needed for a baby passport photo",
   ("", "uusi.isa@example.fi"), "passikuva lapselle",
"""Hei, mitä tietoja pitää antaa kun tilaa passikuvan alle 1-vuotiaalle? Tarvitaanko lapsen henkilötunnus vai riittääkö nimi? Ja saako vanhempi pitää vauvaa sylissä kuvassa?""")

fi(59, "access", "request in subject only, colloquial; body is phone signature",
   ("", "jannep@example.fi"), "mitä tietoja musta on teillä??",
"""

Lähetetty iPhonesta""")

fi(60, "access+objection", "what was given to OK-perintä + objects to debt-collection processing",
   ("Reijo Kinnunen", "reijo.kinnunen@example.fi"), "OK-perintä",
"""Hei,

haluan tietää, mitä tietoja minusta olette luovuttaneet OK-perinnälle ja milloin. Lisäksi vastustan sitä, että tietojani käsitellään perinnässä ylipäätään, koska velka on maksettu kokonaan jo helmikuussa.

Terveisin
Reijo Kinnunen""")

fi(61, "", "near-miss: thanks after completed erasure; subject and quoted text contain the old request",
   ("Auli Rask", "auli.rask@example.fi"), "Re: Poistopyyntö",
"""Kiitos kun hoiditte niin nopeasti!

-Auli

ke 6.3.2024 klo 9.12 Zoomi asiakaspalvelu <asiakaspalvelu@example.fi> kirjoitti:
> Hei Auli,
>
> olemme poistaneet tietosi asiakasrekisteristämme. Kirjanpitolain
> vuoksi laskut säilytetään kuusi vuotta.
>
> ma 4.3.2024 klo 20.41 Auli Rask <auli.rask@example.fi> kirjoitti:
>> Poistakaa kaikki minun tiedot ja tili verkkokaupasta.""")

fi(62, "erasure+objection", "15-year-old: own school photo used as website example, take it off and delete",
   ("Venla", "venla.k@example.fi"), "mun kuva teidän sivuilla",
"""moi, oon 15 ja mun koulukuva on teidän nettisivuilla esimerkkinä siitä miltä koulukuvat näyttää. en halua et se on siellä, kaverit kiusaa siitä. voitteko ottaa sen pois ja poistaa sen muutenkin?
-Venla""")

fi(63, "", "near-miss: organisation books new staff photos ('päivitettyä')",
   ("Kirsi Ahola", "kirsi.ahola@example.fi"), "Henkilöstökuvat uusille työntekijöille",
"""Hei,

meille on tullut keväällä viisi uutta työntekijää. Voisimmeko sopia kuvausajan toukokuulle, jotta saadaan päivitettyä nettisivujen henkilöstökuvat? Samalla voisi kuvata uudelleen kaksi vanhaa, joiden kuvat ovat jo 8 vuotta vanhoja.

Terveisin
Kirsi Ahola
HR-koordinaattori, Esimerkki Energia Oy""")

fi(64, "rectification", "payment question; address update buried in second paragraph",
   ("Juho", "juho.alanko@example.fi"), "Lasku 2024-0521",
"""Hei, maksoin tuon laskun eilen mutta viitenumero taisi mennä väärin, voisitteko tarkistaa että maksu kohdistui oikein? Summa oli 64,90.

Ja huomasin samalla että laskussa lukee osoitteena vielä vanha Kauppapuistikon osoite, vaikka muutin jo viime vuonna Palosaarelle (Sepänkyläntie 8 C 21). Päivittäkää se ettei seuraavat mene väärään paikkaan.

t. Juho""")

fi(65, "objection+marketing_opt_out", "no more e-mails + forbids tracking pixel (also in order confirmations)",
   ("Olli", "olli.makinen@example.fi"), "Sähköpostit",
"""Hei, en halua enää teidän sähköpostejanne. Luin myös että teidän viesteissä on seurantapikseli, joka kertoo teille avaanko viestit ja mitä klikkaan. Kiellän sen seurannan kokonaan, myös niissä tilausvahvistuksissa.

t. Olli""")

# ---------------------------------------------------------------- Swedish
sv(1, "access", "Finland-Swedish: what data do you have, send a summary",
   ("Birgitta Holm", "birgitta.holm@example.fi"), "Fråga om mina uppgifter",
"""Hej!

Jag skulle vilja veta vad ni har för uppgifter om mig i era system. Jag har varit kund hos er sedan 2015 ungefär, både skolfoton för barnen och passfoton. Kan ni skicka en sammanställning?

Mvh
Birgitta Holm""")

sv(2, "erasure", "remove everything about me from the web shop, account too",
   ("Kent", "kent.a@example.se"), "Mitt konto",
"""Hej, var snäll och plocka bort allt som har med mig att göra från er webbshop, kontot också. Jag handlar inte längre hos er.
/Kent""")

sv(3, "", "near-miss: move family photo booking",
   ("", "sundqvist.familjen@example.fi"), "Flytta tid",
"""Hej! Vi måste tyvärr flytta vår tid för familjefotografering den 6.4. Går det att komma lördagen därpå istället? Bokningen är gjord på namnet Sundqvist. Tack!""")

sv(4, "marketing_opt_out", "Finland-Swedish dialect ('int', 'ja'): stop the weekly ad mails",
   ("", "rolle.b@example.fi"), "reklam",
"""Int vill ja ha era reklammejl varenda vecka, sluta nu skicka dem. Tack.
/Rolf""")

sv(5, "rectification", "daughter's surname misspelled; ISO-8859-1 QP",
   ("Tove Björklund", "tove.bjorklund@example.fi"), "Fel namn på skolfoto",
"""Hej,

min dotters efternamn är felstavat i skolfotobeställningen och på fotona. Hon heter Björklund, inte Björkman. Klass 3 i Vikinga skola. Kan ni ändra det i era uppgifter innan vi beställer fler bilder?

Hälsningar
Tove Björklund""", charset="iso-8859-1", cte=QP)

sv(6, "", "near-miss: reklamation of photo book",
   ("Annika", "annika.s@example.se"), "Reklamation – fotobok",
"""Hej, jag vill reklamera fotoboken jag fick förra veckan. Limningen har släppt på flera sidor och omslaget är repigt. Order 50882. Vill ha en ny.
/Annika""")

sv(7, "restriction+objection", "disputed invoice: do not pass data to debt collection while dispute pending",
   ("Lars Granqvist", "lars.granqvist@example.fi"), "Fakturan och inkasso",
"""Hej,

jag har bestridit faktura 2024-0299 eftersom jag aldrig fick bilderna. Jag vill inte att mina uppgifter skickas vidare till OK-perintä eller något annat inkassobolag medan det här pågår.

Med vänliga hälsningar
Lars Granqvist""")

sv(8, "complaint", "photos sent to wrong family; report made to Dataombudsmannen",
   ("Sofia Lindqvist", "sofia.lindqvist@example.fi"), "Min dotters skolfoto skickat till fel familj",
"""Hej.

En annan familj i klassen fick min dotters skolfoton med namn och allt i sitt paket. Det är en personuppgiftsincident och jag har i dag gjort en anmälan till dataombudsmannens byrå. Jag förväntar mig en förklaring på hur det kunde hända.

Sofia Lindqvist""")

sv(9, "", "near-miss: where is my order",
   ("Jonas", "jonas.e@example.se"), "Beställning 33412",
"""Hej, var är min beställning? Ordernummer 33412, beställd för tre veckor sedan.
Mvh Jonas""")

sv(10, "access+erasure", "before deleting me, send a summary of what you hold and who got it",
   ("Maria Ek", "maria.ek@example.se"), "Innan ni raderar",
"""Hej,

jag vill att ni tar bort mig ur er kunddatabas. Men innan ni raderar något vill jag få en sammanställning av allt ni har lagrat om mig och vem ni har lämnat ut det till.

Hälsningar
Maria Ek""")

sv(11, "portability", "order history and contacts as a file to load into another system",
   ("Eva", "eva.nordman@example.fi"), "Export av beställningar",
"""Hej! Går det att få ut min beställningshistorik och mina kontaktuppgifter som en fil som jag kan läsa in i ett annat system? Jag byter till en fotograf i Jakobstad som använder ett annat kundsystem.
/Eva""")

sv(12, "", "near-miss: passport photo code not accepted by police e-service",
   ("", "p.wikstrom@example.fi"), "Passfoto koden funkar inte",
"""Hej, koden på kvittot för passfotot godkänns inte i polisens e-tjänst. Det står att bilden inte hittas. Vad gör jag?""")

sv(13, "objection", "stop using photo of me and son in shop window / marketing (no deletion asked)",
   ("Johanna Strand", "johanna.strand@example.fi"), "Bilden i skyltfönstret",
"""Hej,

bilden på mig och min son hänger fortfarande i ert skyltfönster på Hovrättsesplanaden. Jag vill inte längre att ni använder den, varken där eller någon annanstans i er marknadsföring.

Mvh
Johanna Strand""")

sv(14, "restriction", "contests debt data given to collector; only store until resolved",
   ("Per Nyman", "per.nyman@example.se"), "Uppgifter till inkasso",
"""Hej,

jag ifrågasätter de uppgifter om min skuld som ni har lämnat till inkassobolaget – beloppet stämmer inte. Tills saken är utredd får ni inte göra något annat med mina uppgifter än att spara dem.

Hälsningar
Per Nyman""")

sv(15, "marketing_opt_out", "HTML-only: end all mailings",
   ("Ingrid", "ingrid.h@example.se"), "Utskick", None, mode="html",
   html_body="""<html><body>
<p>Hej!</p>
<p>Avsluta alla era utskick till mig tack, jag får tre mejl i veckan och det är för mycket.</p>
<p>Mvh<br>Ingrid</p>
</body></html>""")

sv(16, "", "near-miss: order more copies of class photo",
   ("", "malin.g@example.fi"), "Fler kopior av klassfoto",
"""Hej! Kan jag beställa fler kopior av klassfotot? Mitt barn går i 2A i Vikinga skola. Vi behöver fem extra till släkten.""")

sv(17, "access+rectification", "wrong address; send everything you have so I can check; QP",
   ("Mikael Forsman", "mikael.forsman@example.fi"), "Fel adress",
"""Hej, ni har fel adress till mig (Storalånggatan 3, ska vara Storalånggatan 33) och det får mig att undra vad mer som är fel. Kan ni skicka allt ni har om mig så jag kan gå igenom det?
/Mikael Forsman""", cte=QP)

sv(18, "complaint", "has lodged complaint with IMY",
   ("Erik Sandberg", "erik.sandberg@example.se"), "Klagomål",
"""Hej,

jag vill meddela att jag har lämnat in ett klagomål till IMY om hur ni hanterade min begäran i januari. Ni får höra av dem.

Erik Sandberg""")

sv(19, "", "near-miss: school logistics with confidentiality/GDPR disclaimer ('radera meddelandet')",
   ("Camilla Backman", "camilla.backman@example.fi"), "Fotografering vecka 15 – Vasa övningsskola",
"""Hej,

klasslistorna för fotograferingen vecka 15 kommer som ett separat krypterat meddelande. Vi önskar att klassfotona tas utomhus om vädret tillåter.

Vänliga hälsningar
Camilla Backman
skolsekreterare

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för mottagaren. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet. Vi behandlar personuppgifter i enlighet med dataskyddsförordningen (GDPR).""")

sv(20, "erasure+marketing_opt_out", "Outlook reply to newsletter: out of registers entirely, not only newsletter",
   ("Göran Wik", "goran.wik@example.se"), "SV: Nyhetsbrev april",
"""Ta bort mig helt ur era register, inte bara från nyhetsbrevet.

/Göran

Från: Zoomi Kuvakaupat <nyhetsbrev@example.fi>
Skickat: den 2 april 2024 09:00
Till: goran.wik@example.se
Ämne: Nyhetsbrev april

Vårens porträttkampanj är här! Boka din tid före 30.4.
Avregistrera dig från nyhetsbrevet här: https://example.fi/avregistrera""")

sv(21, "", "near-miss: invoice although paid by card",
   ("Linnea", "linnea.k@example.fi"), "Fakturan",
"""Hej, jag fick en faktura på 79 € men jag betalade redan med kort i butiken. Kan ni kolla? Kvitto bifogat.
/Linnea""")

sv(22, "objection", "does not accept Google Analytics tracking in gallery",
   ("Henrik", "henrik.sjoblom@example.fi"), "Spårning i galleriet",
"""Hej. Jag godtar inte att ni spårar mig med Google Analytics när jag tittar på mina bilder i galleriet. Det är privata familjebilder. Sluta med det för min del.
/Henrik""")

sv(23, "access", "guardian: what the school gave you about my daughter and what you saved",
   ("Sara Westerlund", "sara.westerlund@example.fi"), "Alvas uppgifter",
"""Hej,

som vårdnadshavare till Alva (8 år) vill jag veta vilka uppgifter om henne som skolan har lämnat till er, och vad ni har sparat om henne själva.

Hälsningar
Sara Westerlund""")

sv(24, "", "near-miss: forgotten gallery password",
   ("", "annika.l@example.se"), "Glömt lösenord",
"""Hej, jag har glömt lösenordet till bildgalleriet och länken för återställning kommer aldrig fram. Kan ni hjälpa? Användarnamn: annika.l""")

sv(25, "marketing_opt_out", "reply to campaign: no more SMS or mails; quoted 'Den ... skrev'",
   ("", "ulf.n@example.fi"), "Sv: Höstkampanj – 20 % på alla paket",
"""Nej tack, inga fler sms eller mejl om kampanjer.

Den 1 okt. 2024 kl. 10:00 skrev Zoomi Kuvakaupat <kampanj@example.fi>:
> Höstkampanj! 20 % på alla fotopaket till och med 31.10.
> Boka på example.fi/boka""")

sv(26, "access", "daycare logistics; buried question where did you get my old address",
   ("Matilda Nyby", "matilda.nyby@example.fi"), "Fotografering på Solrosen daghem",
"""Hej!

Jag är med i föräldraföreningen på Solrosen och har fått i uppgift att kolla några saker inför fotograferingen i maj:

- Kan syskon som inte går på daghemmet också fotograferas samma dag?
- Hur länge tar det per grupp ungefär?
- Kan vi få bilderna före midsommar?

Sen en sak som gäller mig själv: jag fick ett brev från er adresserat till min gamla adress i Korsholm, fast jag aldrig har varit kund hos er. Varifrån har ni fått den adressen?

Tack på förhand!
Matilda Nyby""")

sv(27, "erasure", "moved to Sweden, remove all pictures of our children; ISO-8859-1 QP",
   ("Karin Åberg", "karin.aberg@example.se"), "Bilder på våra barn",
"""Hej,

vi har flyttat till Sverige och vill att ni tar bort alla bilder på våra barn (Elsa och Noah Åberg) från era servrar och ert bildarkiv. Vi har redan laddat ner det vi behöver.

Med vänlig hälsning
Karin Åberg""", charset="iso-8859-1", cte=QP)

sv(28, "", "near-miss: 'radera' one of two duplicate orders",
   ("", "fredrik.h@example.fi"), "Dubbel beställning",
"""Hej, kan ni radera den ena av mina beställningar? Jag råkade beställa samma paket två gånger (51877 och 51878). Tack!""")

sv(29, "complaint", "accuses company of breaching GDPR by giving phone number to sellers",
   ("Bengt Holmström", "bengt.holmstrom@example.fi"), "Mitt telefonnummer",
"""Jag har blivit uppringd av ett försäljningsbolag som sa att de fått mitt nummer från er. Att lämna ut kunders telefonnummer till andra företag utan samtycke är ett brott mot dataskyddsförordningen.
/Bengt Holmström""")

sv(30, "", "near-miss: question about sibling discount in newsletter",
   ("", "jessica.f@example.fi"), "Syskonrabatt",
"""Hej! I nyhetsbrevet stod det att ni har rabatt på syskonbilder i mars. Gäller det även om syskonen går på olika skolor?""")

sv(31, "", "near-miss: pickup day question; quoted text is erasure confirmation and old request",
   ("Ulla", "ulla.mattfolk@example.fi"), "Sv: Din begäran om radering",
"""Tack för svaret! Kan jag hämta de sista bilderna på fredag istället för torsdag?

/Ulla

Den 12 mars 2024 kl. 14:20 skrev Zoomi asiakaspalvelu <asiakaspalvelu@example.fi>:
> Hej Ulla,
> vi har raderat ditt konto och dina uppgifter enligt din begäran. De
> beställda bilderna kan hämtas i butiken till och med fredag.
>
>> Radera mitt konto och alla mina uppgifter, tack.""")

sv(32, "rectification", "Finland-Swedish colloquial: new phone number, swap it",
   ("Stefan", "stefan.ostman@example.fi"), "nytt nummer",
"""Hej, ja har nytt nummer sen i våras: 040 000 1234. Det gamla 050-numret e int i bruk längre, så byt ut det i era uppgifter.
/Stefan""")

sv(33, "erasure+objection", "former city employee: staff photo must not be used, delete from archive",
   ("Nina Kronqvist", "nina.kronqvist@example.fi"), "Min personalbild",
"""Hej,

jag har slutat på Vasa stad. Min personalbild från fotograferingen 2022 finns som exempelbild på er sida om personalfotografering. Den får inte längre användas, och jag vill att ni raderar den ur ert arkiv.

Hälsningar
Nina Kronqvist""")

sv(34, "restriction", "wait with erasure, keep receipts for insurance dispute, no other use",
   ("Oskar Lund", "oskar.lund@example.se"), "Radera inte än",
"""Hej,

jag bad om radering förra månaden, men vänta med det. Jag har en tvist med mitt försäkringsbolag och behöver kvittona från er som bevis. Spara uppgifterna tills vidare men använd dem inte till något annat.

Hälsningar
Oskar Lund""")

sv(35, "", "near-miss: price for extended family portrait",
   ("", "slakten.back@example.fi"), "Pris för släktfoto",
"""Vad kostar en porträttfotografering för hela släkten, ca 15 personer? Kan ni komma hem till oss i Malax?""")

sv(36, "erasure+portability", "transfer data directly to new photographer, then delete all; multipart/alternative",
   ("Patrik Sjöberg", "patrik.sjoberg@example.se"), "Byter fotograf",
"""Hej,

jag vill att ni överför mina kunduppgifter och beställningshistorik direkt till min nya fotograf (Ateljé Ljus, info@example.se) och därefter tar bort allt ni har om mig.

Mvh
Patrik Sjöberg""", mode="alt")

sv(37, "marketing_opt_out", "ALL CAPS: stop calling me with offers",
   ("", "kalle.g@example.fi"), "SLUTA RING",
"""SLUTA RING MIG OM ERBJUDANDEN!!! JAG HAR SAGT DET TRE GÅNGER NU. INGA FLER SAMTAL.""")

sv(38, "", "near-miss: no Slotti booking confirmation",
   ("", "h.lindberg@example.fi"), "Ingen bekräftelse",
"""Hej, jag får ingen bekräftelse från Slotti när jag bokar tid för passfoto. Har bokningen gått igenom? Torsdag kl 10.""")

sv(39, "access+complaint", "reminder of unanswered access request, threatens dataombudsmannen",
   ("Anders Kull", "anders.kull@example.fi"), "Påminnelse: min begäran",
"""Hej,

jag bad för två månader sedan att få se vilka uppgifter ni har om mig och har fortfarande inte fått något. Skicka dem nu. Om jag inte får svar inom en vecka vänder jag mig till dataombudsmannen.

Anders Kull""")

sv(40, "", "near-miss: retouching ('ta bort reflexen'); windows-1252 8bit",
   ("Åsa", "asa.nylund@example.fi"), "Retuschering",
"""Hej! Kan ni ta bort reflexen i glasögonen på bild nr 5 och göra bakgrunden lite ljusare? Det är till en ansökan. Tack!
/Åsa""", charset="windows-1252")

# ---------------------------------------------------------------- English
en(1, "access", "indirect: what's on file for me at your end",
   ("Tom Harris", "tom.harris@example.com"), "quick question",
"""Hi there,

Could you tell me what's on file for me at your end? Just curious what you've kept since I had passport photos done with you back in 2022.

Cheers,
Tom Harris""")

en(2, "erasure", "close web-shop account and scrub everything tied to it",
   ("Priya", "priya.n@example.com"), "Closing my account",
"""Hello, please close my online shop account and scrub everything tied to it. I won't be using it again.

Thanks, Priya""")

en(3, "", "near-miss: cancel order",
   ("Mark", "mark.b@example.com"), "Order 55210",
"""Hi, please cancel order #55210, I picked the wrong print size. I'll place a new one.
Thanks, Mark""")

en(4, "", "near-miss: reprint of school photo",
   ("", "jsmith.family@example.com"), "reprint",
"""Hello! Is it possible to get a reprint of my son's school photo from last year? Grade 4, Variska school. The one we had got damaged in a flood.""")

en(5, "marketing_opt_out", "stop promotional e-mails never asked for",
   ("Laura", "laura.w@example.com"), "Your emails",
"""I keep getting your deals emails even though I never asked for them. Please stop sending me promotional stuff.
- Laura""")

en(6, "complaint", "exchange student has lodged complaint with Finnish Data Protection Ombudsman",
   ("Lukas Weber", "lukas.weber@example.com"), "Complaint filed",
"""Hello,

I'm an exchange student at the university in Vaasa. I wanted to let you know that I have lodged a complaint with the Finnish Data Protection Ombudsman about the way my passport photo and ID details were handled at your shop (they were left visible on the counter screen to other customers).

Regards,
Lukas Weber""")

en(7, "objection", "exclude me from Google analytics",
   ("Ben", "ben.carter@example.com"), "analytics",
"""Hi, I'd rather my visits to your site weren't fed into Google's analytics. Please exclude me from that tracking going forward.
Thanks, Ben""")

en(8, "portability", "customer record and order history as JSON/spreadsheet for import at other studio",
   ("Claire Dubois", "claire.dubois@example.com"), "Moving to another studio",
"""Hello,

I'm moving my family's photo orders to a studio in Turku. Could you send my customer record and order history as a JSON or spreadsheet file so they can import it straight into their system?

Best,
Claire Dubois""")

en(9, "rectification", "first name wrong, also on invoices",
   ("Joni Mattsson", "joni.mattsson@example.fi"), "Name spelling",
"""Hi, you've got my first name down as 'Jon' – it's actually 'Joni'. It shows up wrong on the invoices too. Could you sort that out?
Joni Mattsson""")

en(10, "restriction", "disputes debt; don't delete records but hold off doing anything else",
   ("Daniel Okafor", "daniel.okafor@example.com"), "March order dispute",
"""Hello,

I dispute that I owe anything for the March order (#49001) – it was never delivered. Please don't delete my records, I may need them, but hold off on doing anything else with my data until this is sorted out.

Regards,
Daniel Okafor""")

en(11, "", "near-miss: gallery access code invalid",
   ("", "k.oneill@example.com"), "access code invalid",
"""Your gallery keeps saying my access code is invalid. I've tried on my phone and laptop. Code from the kindergarten envelope: KX-4471.""")

en(12, "", "near-miss: prints not arrived",
   ("", "s.patel@example.com"), "prints not arrived",
"""Hi, tracking says my prints were delivered on Monday but there's nothing in my mailbox or at the parcel locker. Order 50664. Can you check with Posti?""")

en(13, "access+erasure+marketing_opt_out", "send everything, then wipe it, and no more newsletters; multipart/alternative",
   ("J. Kowalski", "j.kowalski@example.com"), "my data",
"""Hi,

Send me everything you hold on me, then wipe it all. And obviously no more newsletters in the meantime.

J. Kowalski""", mode="alt")

en(14, "", "near-miss: question about discount; quoted newsletter with unsubscribe/delete links",
   ("Rob", "rob.evans@example.com"), "Re: Autumn news from Zoomi",
"""Does the autumn discount apply to passport photos too, or only to portrait packages?

On Tue, 3 Sep 2024 at 09:00, Zoomi Kuvakaupat <news@example.fi> wrote:
> Autumn is here! 20% off all portrait packages until 31 October.
> Book your session at example.fi/book.
>
> Don't want these emails? Unsubscribe here: https://example.fi/unsubscribe
> Read our privacy notice to learn how to access or delete your data.""")

en(15, "marketing_opt_out", "terse reply to newsletter 'Take me off this.'",
   ("", "amy.t@example.com"), "Re: Autumn news from Zoomi",
"""Take me off this.

On Tue, 3 Sep 2024 at 09:00, Zoomi Kuvakaupat <news@example.fi> wrote:
> Autumn is here! 20% off all portrait packages until 31 October.
> Book your session at example.fi/book.""")

en(16, "erasure+objection", "guardian: daughter's photo in brochure without consent, stop using and destroy files; QP",
   ("Rachel Green", "rachel.green@example.com"), "My daughter's photo in your brochure",
"""Hello,

My daughter (9) was photographed at her kindergarten last spring, and I've just found her picture in your printed brochure at the library. I never agreed to that. Please stop using her image in any of your material and destroy the files you have of her.

Regards,
Rachel Green""", cte=QP)

en(17, "", "near-miss: B2B quote request; CONFIDENTIALITY NOTICE mentions GDPR, access, erasure, delete this e-mail",
   ("Matti Laine", "matti.laine@example.com"), "Staff photo session – May",
"""Hi,

We'd like to book a staff photo session for about 30 people at our office in Vaasa in mid-May. Could you send a quote including retouching and web-sized files?

Kind regards,
Matti Laine
Office Manager, Example Marine Ltd

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this e-mail from your system. Example Marine processes personal data in accordance with the GDPR; see our privacy policy for your rights, including access and erasure.""")

en(18, "access", "how did you get my mobile number (never a customer)",
   ("Ahmed", "ahmed.k@example.com"), "How did you get my number?",
"""I got a call from someone at your company today offering family photo packages. I've never been your customer. How did you get hold of my mobile number?
- Ahmed""")

en(19, "objection+complaint", "debt passed to collector despite dispute: GDPR violation, objects, will go to regulator",
   ("Simon Price", "simon.price@example.com"), "Debt collection",
"""You passed my details to a debt collection agency even though I told you in writing that I dispute the invoice. That is a GDPR violation. I object to my data being used for collection and I'll be taking this to the regulator.

Simon Price""")

en(20, "", "near-miss: resend one invoice",
   ("Olivia", "olivia.m@example.com"), "invoice",
"""Could you resend invoice 2024-0412 as a PDF? My employer needs it for reimbursement. Thanks, Olivia""")

en(21, "erasure", "request in subject only; multipart/alternative body is 'Sent from my iPhone'",
   ("Sam Lee", "sam.lee@example.com"), "Account deletion",
"""Sent from my iPhone""", mode="alt")

en(22, "", "near-miss: remove red-eye (retouching)",
   ("", "d.hughes@example.com"), "red eye",
"""Can you remove the red-eye from photo 3 before printing? The flash got my daughter. Order 51004.""")

en(23, "rectification+marketing_opt_out", "surname change after divorce + no more promo texts",
   ("Emma Clarke", "emma.clarke@example.com"), "Name change",
"""Hi! I've changed my surname after the divorce – I'm now Emma Clarke, not Emma Rossi. Please update your records. While you're at it, I don't want the promotional text messages anymore. Thanks""")

en(24, "", "near-miss: baby passport photo question",
   ("", "newparents@example.com"), "baby passport photo",
"""Do you do passport photos for babies? We need one for a US visa application, baby is 3 months.""")

en(25, "access", "ALL CAPS guardian: what data on my kids, want to see it",
   ("", "angrydad77@example.com"), "MY CHILDREN",
"""WHAT DATA DO YOU HAVE ON MY KIDS. I WANT TO SEE ALL OF IT. THEY WERE PHOTOGRAPHED AT SCHOOL WITHOUT ME BEING ASKED""")

en(26, "objection", "objects to purchase-history profiling for recommendations",
   ("Grace", "grace.liu@example.com"), "Recommendations",
"""Hi,

Your web shop shows me 'recommended for you' products based on what I've bought. I don't want my purchase history analysed to build a profile of me. Please switch that off for my account.

Thanks,
Grace""")

en(27, "restriction", "Outlook reply: keep order data during insurance claim but no other use; quoted text mentions complaint and deletion",
   ("Hannah Scott", "hannah.scott@example.com"), "RE: Broken frame – order 50211",
"""Thanks. While my claim with the insurer is pending, please keep my order data as it is but don't use it for anything else.

Best regards,
Hannah Scott

From: Zoomi Asiakaspalvelu <asiakaspalvelu@example.fi>
Sent: Monday, April 15, 2024 10:12 AM
To: Hannah Scott <hannah.scott@example.com>
Subject: RE: Broken frame – order 50211

Hi Hannah,

We have received your complaint about the broken frame and will send a replacement. If you would rather we deleted your order data once the case is closed, just let us know.

Zoomi Kuvakaupat""")

en(28, "", "near-miss: unsubscribed by mistake, wants to re-subscribe",
   ("", "karen.j@example.com"), "newsletter again",
"""Hi, I unsubscribed from your newsletter last month by mistake and would like to sign up again. How do I do that?""")

en(29, "erasure", "16-year-old wants own school photos removed from gallery and system",
   ("Mia", "mia.h@example.com"), "my school photos",
"""Hi, I'm 16. My mum ordered my school photos but I want them removed from your online gallery and your system. Can you do that without her having to ask?
- Mia""")

en(30, "complaint", "which Finnish authority handles GDPR complaints, wants to report the shop",
   ("", "m.rossi@example.com"), "GDPR complaint",
"""Which authority in Finland handles GDPR complaints? I want to report how your shop handled my personal data when I asked for my photos to be taken down.""")

en(31, "", "near-miss: 'data' on USB stick corrupted, copy files again",
   ("David Miller", "david.miller@example.com"), "USB stick problem",
"""Hello,

I picked up my wedding photos on a USB stick last week. Unfortunately the data on the stick seems corrupted – half of the files won't open on two different computers, and the folder names are garbled. Could you copy the files again onto a new stick or send me a download link? It's quite urgent as we're making a photo book for my parents' anniversary.

Thanks,
David & Sophie Miller""")

en(32, "marketing_opt_out", "no more sales phone calls; base64",
   ("", "p.anderson@example.com"), "phone calls",
"""Please no more phone calls about family photo packages. I've had four this month. If I want photos I'll book myself.""", cte=B64)

en(33, "objection", "keep the files but stop displaying my portrait publicly",
   ("Natalie Brooks", "natalie.brooks@example.com"), "My portrait on your website",
"""Hello,

I noticed my portrait is used as an example on your 'Staff photography' page. You're welcome to keep the files for my employer's orders, but please don't display it publicly any more.

Kind regards,
Natalie Brooks""")

en(34, "access+rectification", "who received my old address + change it to current one",
   ("Lena Fischer", "lena.fischer@example.com"), "Package sent to wrong address",
"""Hi,

My last order was sent to my ex-partner's address, which means your system still has it linked to me. Who else has received that address from you? And please change it to my current one: Rantakatu 5 A 3, 65100 Vaasa.

Lena Fischer""")

en(35, "", "near-miss: general question how long gallery/photos are kept",
   ("", "yuki.t@example.com"), "photo storage",
"""Hi! Do you keep the photos after the order is delivered, or should I download everything now? Just wondering how long the gallery stays open.""")

# ---------------------------------------------------------------- Automated
au(1, "fi", "out-of-office with Auto-Submitted: auto-replied",
   ("Riitta Ojala", "riitta.ojala@example.fi"), "Automaattinen vastaus: Kuvauspäivä 16.4.",
"""Olen vuosilomalla 1.–14.7. enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä rehtori Jari Lahtiseen, jari.lahtinen@example.fi.

Riitta Ojala
koulusihteeri""", headers=["Auto-Submitted: auto-replied"])

au(2, "sv", "out-of-office with only X-Auto-Response-Suppress",
   ("Gunilla Ahlskog", "gunilla.ahlskog@example.fi"), "Frånvarande: Ang. klassfoton",
"""Hej! Jag är på semester till och med 12.8 och läser inte min e-post. Brådskande ärenden: ring skolans kansli.

Mvh Gunilla""", headers=["X-Auto-Response-Suppress: All"])

au(3, "en", "out-of-office with only Precedence: auto_reply",
   ("Steve Walsh", "steve.walsh@example.com"), "Out of office",
"""Thank you for your message. I am currently out of the office with limited access to email, returning on 2 January. For urgent matters please contact reception@example.com.""",
   headers=["Precedence: auto_reply"])

au(4, "fi", "customer's OOO replying to our ack; subject carries 'Poistakaa tietoni'",
   ("Pekka Virtanen", "pekka.virtanen@example.fi"), "Automaattinen vastaus: RE: Poistakaa tietoni",
"""Kiitos viestistäsi. Olen sairauslomalla ja palaan töihin maanantaina 18.3. Viestejä ei välitetä eteenpäin.""",
   headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

au(5, "en", "bounce multipart/report, original (our newsletter) mentions unsubscribe/delete data",
   ("Mail Delivery System", "MAILER-DAEMON@example.com"),
   "Undelivered Mail Returned to Sender", None,
   headers=["Auto-Submitted: auto-replied"],
   raw_parts=["""Content-Type: multipart/report; report-type=delivery-status; boundary="bnd.au005"

This is a MIME-encapsulated message.

--bnd.au005
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<old.customer@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1
    <old.customer@example.com>: Recipient address rejected: User unknown

--bnd.au005
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com
Arrival-Date: Tue,  3 Sep 2024 09:00:02 +0300 (EEST)

Final-Recipient: rfc822; old.customer@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <old.customer@example.com>: Recipient address
    rejected: User unknown

--bnd.au005
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Zoomi Kuvakaupat <news@example.fi>
To: old.customer@example.com
Subject: Autumn news from Zoomi
Date: Tue, 3 Sep 2024 09:00:00 +0300
Message-ID: <news-2024-09@example.fi>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Autumn is here! 20% off all portrait packages until 31 October.
Unsubscribe: https://example.fi/unsubscribe
To access or delete your personal data, reply to this e-mail.

--bnd.au005--
"""])

au(6, "fi", "Finnish bounce (mailbox full), X-Failed-Recipients; original subject about access request",
   ("Postmaster", "postmaster@example.fi"), "Viestin toimitus epäonnistui",
"""Viestiäsi ei voitu toimittaa seuraavalle vastaanottajalle:

    pekka.virtanen@example.fi

Syy: Vastaanottajan postilaatikko on täynnä (552 5.2.2 Mailbox full).

Järjestelmä yritti toimittaa viestiä 48 tunnin ajan.

--- Alkuperäisen viestin otsikot ---
From: Zoomi tietosuoja <tietosuoja@example.fi>
To: pekka.virtanen@example.fi
Subject: Vahvistus: tietopyyntösi on vastaanotettu (DSR-2024-0042)
Date: Mon, 11 Mar 2024 10:15:00 +0200""",
   headers=["Auto-Submitted: auto-generated", "X-Failed-Recipients: pekka.virtanen@example.fi"])

au(7, "sv", "supplier newsletter with List-Unsubscribe/List-Id/Precedence: bulk, mentions avregistrera and GDPR",
   ("Fotoleverantören", "nyhetsbrev@example.se"), "Nyhetsbrev: nytt fotopapper och vårpriser",
"""Hej fotograf!

Nu lanserar vi vårt nya sidenmatta fotopapper i storlekarna 13x18 och 20x30. Beställ före 30.4 så får du 15 % rabatt på första ordern.

Vill du inte längre få våra utskick? Avregistrera dig här: https://example.se/avregistrera
Vi behandlar dina personuppgifter enligt GDPR. Läs mer i vår integritetspolicy.""",
   mode="alt", to="info@example.fi",
   headers=["List-Unsubscribe: <https://example.se/avregistrera?id=8812>, <mailto:unsub@example.se>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "List-Id: Fotoleverantoren nyhetsbrev <nyhetsbrev.example.se>",
            "Precedence: bulk"])

au(8, "en", "supplier newsletter HTML-only with List-Unsubscribe, mentions delete your data",
   ("PrintLab Pro", "newsletter@example.com"), "New: museum-grade canvas prints", None, mode="html",
   to="info@example.fi",
   headers=["List-Unsubscribe: <https://example.com/u/5521>",
            "List-Id: <news.printlab.example.com>", "Precedence: bulk"],
   html_body="""<html><body>
<h1>Museum-grade canvas is here</h1>
<p>Offer your customers gallery-wrapped canvas prints with 100-year archival inks. Trade prices from 12.90 EUR.</p>
<p style="font-size:10px;color:#888">You receive this e-mail because you are a registered trade customer.
<a href="https://example.com/u/5521">Unsubscribe</a> | To request a copy or deletion of your data, visit our privacy centre.</p>
</body></html>""")

au(9, "fi", "Slotti booking notification from noreply, Auto-Submitted: auto-generated",
   ("Slotti", "noreply@example.fi"), "Uusi varaus: Passikuva 14.3. klo 10.00",
"""Uusi varaus on tehty.

Palvelu: Passikuva
Aika: to 14.3.2024 klo 10.00–10.15
Asiakas: Maija Virtanen
Puhelin: 040 000 0000

Peruutukset ja muutokset: Slotin hallintapaneeli.
Tämä on automaattinen viesti, älä vastaa tähän viestiin.""",
   to="asiakaspalvelu@example.fi", headers=["Auto-Submitted: auto-generated"])

au(10, "en", "payment provider daily report from no-reply (no Auto-Submitted header)",
   ("Payment Reports", "no-reply@example.com"), "Your daily settlement report is ready",
"""Hello,

The settlement report for merchant 4410023 (Zoomi Kuvakaupat Oy) for 14 March 2024 is now available in the merchant portal.

This is an automatically generated message. Please do not reply to this e-mail.""",
   to="talous@example.fi")

au(11, "fi", "invoicing system scheduled report notification, noreply",
   ("Business Central", "noreply@example.fi"), "Ajastettu raportti: Erääntyneet myyntilaskut",
"""Raportti "Erääntyneet myyntilaskut" on valmis.

Erääntyneitä laskuja: 14 kpl, yhteensä 1 284,60 €.
Perintään siirrettäviä: 3 kpl.

Avaa raportti Business Centralissa. Tämä on automaattinen viesti, älä vastaa.""",
   to="talous@example.fi", headers=["Auto-Submitted: auto-generated"])

au(12, "sv", "parental leave auto-reply with Auto-Submitted",
   ("Emilia Sundström", "emilia.sundstrom@example.fi"), "Automatiskt svar: Er beställning",
"""Jag är föräldraledig fram till 31.1.2025. Din e-post vidarebefordras inte. Kontakta i stället kundtjanst@example.fi.""",
   headers=["Auto-Submitted: auto-replied"])

au(13, "en", "Outlook auto-reply to our DSR mail; mentions GDPR/DPO",
   ("Jane Porter", "jane.porter@example.com"), "Automatic reply: Data deletion request DSR-2024-0031",
"""I'm out of the office until Monday 8 April. For GDPR and data protection matters please contact our DPO at dpo@example.com. For anything else, contact my colleague Chris at chris@example.com.""",
   headers=["X-Auto-Response-Suppress: All", "Auto-Submitted: auto-replied"])

au(14, "fi", "association member bulletin (List-Id, Precedence: bulk), about GDPR training; base64",
   ("Valokuvaajien liitto", "tiedote@example.fi"), "Jäsentiedote 3/2024",
"""Hyvä jäsen,

tässä tiedotteessa:

1. GDPR-koulutus kuvaajille 12.5. Helsingissä ja etänä. Miten vastaat asiakkaan tietopyyntöön tai poistopyyntöön? Entä mitä tehdä, kun huoltaja peruu kuvausluvan?
2. Koulukuvauksen uudet ohjeet
3. Syyskokous

Jos et halua enää jäsentiedotetta, peruuta tilaus täältä: https://example.fi/peruuta""",
   cte=B64, to="info@example.fi",
   headers=["List-Id: Jasentiedote <tiedote.example.fi>",
            "List-Unsubscribe: <https://example.fi/peruuta?m=77>",
            "Precedence: bulk"])

au(15, "en", "Gmail-style bounce text/plain with X-Failed-Recipients; original subject 'Please delete my account'",
   ("Mail Delivery Subsystem", "mailer-daemon@example.test"), "Delivery Status Notification (Failure)",
"""** Address not found **

Your message wasn't delivered to c.brown@example.test because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----

From: Zoomi tietosuoja <tietosuoja@example.fi>
To: c.brown@example.test
Subject: Re: Please delete my account
Date: Fri, 5 Apr 2024 11:20:00 +0300

We have received your request to delete your account and personal data.""",
   headers=["X-Failed-Recipients: c.brown@example.test", "Auto-Submitted: auto-replied"])

au(16, "sv", "debt collection system auto-notification (noreply), Swedish",
   ("Inkasso ärendehantering", "noreply@example.fi"), "Automatiskt meddelande: nytt ärende registrerat",
"""Ärende 2024-88812 har registrerats.

Borgenär: Zoomi Kuvakaupat Oy
Antal fakturor: 1
Status: Betalningspåminnelse skickad

Detta meddelande har skickats automatiskt. Svara inte på detta meddelande.""",
   to="talous@example.fi", headers=["Auto-Submitted: auto-generated"])

au(17, "fi", "HTML-only OOO with only Precedence: auto_reply",
   ("Tuula Heikkinen", "tuula.heikkinen@example.fi"), "Poissa: Laskukopio", None, mode="html",
   headers=["Precedence: auto_reply"],
   html_body="""<html><body>
<p>Hei,</p>
<p>olen poissa toimistolta 22.–26.4. Vastaan viestiisi palattuani.</p>
<p>Ystävällisin terveisin<br>Tuula Heikkinen<br>Esimerkki Oy</p>
</body></html>""")

au(18, "en", "analytics monthly report notification, Auto-Submitted + Precedence: bulk",
   ("Analytics", "analytics-noreply@example.com"), "Your monthly Analytics report for example.fi",
"""Here's how example.fi performed in March:

Users: 4,212 (+8%)
Sessions: 6,930
Top page: /koulukuvat

Manage e-mail preferences or unsubscribe from these reports in your account settings.""",
   to="markkinointi@example.fi",
   headers=["Auto-Submitted: auto-generated", "Precedence: bulk"])

au(19, "sv", "Swedish bounce multipart/report, address does not exist",
   ("Postmaster", "postmaster@example.se"),
   "Leverans misslyckades: Bekräftelse av din begäran", None,
   headers=["Auto-Submitted: auto-replied"],
   raw_parts=["""Content-Type: multipart/report; report-type=delivery-status; boundary="bnd.au019"

--bnd.au019
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ditt meddelande kunde inte levereras till följande mottagare:

    lena.berg@example.se

Orsak: Adressen finns inte (550 5.1.1).

Meddelandet gällde: Bekräftelse av din begäran om registerutdrag.

--bnd.au019
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.se
Final-Recipient: rfc822; lena.berg@example.se
Action: failed
Status: 5.1.1

--bnd.au019--
"""])

au(20, "en", "ticketing system auto-acknowledgement mentioning personal data",
   ("City Services Helpdesk", "helpdesk-noreply@example.com"), "[Ticket #48213] We have received your request",
"""Thank you for contacting us. Your request has been logged with ticket number #48213 and will be handled within 3 working days.

We process your personal data in line with our privacy notice. Please do not reply to this message.""",
   headers=["Auto-Submitted: auto-replied"])
