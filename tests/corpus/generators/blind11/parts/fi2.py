M("fi", "access", "Reetta Lundén <reetta.lunden@example.fi>", "Re: Vastaanottokuittaus",
"""Hei,

kysyitte tilausnumeroa, jolla voitte varmistaa henkilöllisyyteni. Se on 47720 (kevään 2025 koulukuvat, Leevi Lundén). Odotan edelleen sitä kopiota tiedoistani ja Leevin tiedoista.

Reetta

> Hei, kiitos pyynnöstäsi saada tiedot, joita käsittelemme sinusta ja lapsestasi.
> Voisitko kertoa tilausnumeron tai kuvakoodin, jotta voimme varmistaa, että tiedot
> menevät oikealle henkilölle?""", "reply to ack with order number, access continues")

M("fi", "erasure", "Kristiina Hämäläinen <kristiina.hamalainen@example.fi>", "Pitkä tarina, lue loppuun asti",
"""Hei,

tilasin lokakuussa kuvakirjan mummin 80-vuotispäiville. Ensin verkkokauppa kaatui kesken maksun ja veloitus tuli tililtä kahteen kertaan. Soitin asiakaspalveluun, ja sieltä luvattiin palauttaa toinen maksu, mikä tapahtuikin parin viikon päästä, kiitos siitä. Sitten kirja tuli ja siinä oli yksi aukeama väärin päin, joten lähetin sen takaisin ja sain uuden, joka oli kunnossa. Mummi tykkäsi kovasti.

Mutta koko sähläyksen aikana huomasin, että minulla on teillä kolme eri asiakastiliä (kaksi eri sähköpostilla ja yksi jonka olette ilmeisesti luoneet koulukuvatilauksesta). En halua, että minusta on hajallaan tietoja kolmessa paikassa. Poistakaa ne kaikki paitsi se yksi, jolla tein tämän viimeisimmän tilauksen (kristiina.hamalainen@example.fi). Vanhat ovat ainakin k.hamalainen@example.test ja kiti.h@example.com.

Kiitos vielä, kirjasta tuli tosi hieno lopulta.

Kristiina""", "erasure buried at end of long order story")

M("fi", "", "Mervi <mervi.kosonen@example.fi>", "uutiskirje",
"""Hei, miten voin tilata teidän uutiskirjeen? En löydä sivuilta mistään. Haluaisin tietää tarjouksista.""", "wants to subscribe, not opt out")

M("fi", "marketing_opt_out", "Lasse Tuominen <lasse.tuominen@example.fi>", "Re: Koulukuvat ovat nyt tilattavissa",
"""peruutan uutiskirjeen

> Koulukuvat ovat nyt tilattavissa! Kirjaudu koodillasi ja valitse paketti.""", "unsubscribe in reply")

M("fi", "complaint", "Markku Leppänen <markku.leppanen@example.fi>", "Tietosuojarikkomus",
"""Teidän verkkokaupan tilausvahvistuksessa näkyi toisen asiakkaan nimi ja osoite. Eli joku muu on varmaan saanut minun tietoni samalla tavalla. Tämä on tietosuojarikkomus ja ilmoitan asiasta tietosuojavaltuutetulle.

Tilausvahvistus liitteenä kuvakaappauksena.

Markku Leppänen""", "breach report, complaint to DPA")

M("fi", "", "Henna Koivisto <henna.koivisto@example.fi>", "Kysymys poisto-oikeudesta",
"""Hei. Jos joskus pyytäisin tietojeni poistoa, häviäisikö myös lasteni koulukuvat vanhoista tilauksista niin etten voi enää tilata niitä jälkikäteen? Mietin vaan etukäteen, en ole vielä päättänyt mitään.

Henna""", "hypothetical question about erasure, asks nothing")

M("fi", "erasure", "Jukka Ruotsalainen <jukka.ruotsalainen@example.fi>", "Poisto",
"""Moi

Meidän Aleksi (nyt 17) pyysi että hänen vanhat päiväkoti- ja ala-astekuvat poistetaan teidän järjestelmästä, hän ei halua että niitä on missään. Hän on tässä vieressä ja on samaa mieltä :) Hänen oma sähköposti on aleksi.r@example.fi jos haluatte varmistaa häneltä.

Jukka Ruotsalainen""", "father writes for 17-year-old, erasure")

M("fi", "access", "Aleksi Ruotsalainen <aleksi.r@example.fi>", "mun tiedot",
"""moi, mitä tietoja teillä on musta? mun isä kirjotti teille jo poistosta mut haluun ite nähä ensin mitä siellä on. oon aleksi ruotsalainen, synt. 2009""", "teen's own access request, mentions father's erasure")

M("fi", "", "Pia Savolainen <pia.savolainen@example.fi>", "Tietosuojaseloste?",
"""Onko teillä tietosuojaselostetta ruotsiksi? Meidän päiväkodissa on ruotsinkielisiä perheitä ja he kysyivät.

Pia Savolainen, Vaasan kaupunki, varhaiskasvatus""", "asks for privacy notice in Swedish")

M("fi", "rectification", "Eero Aalto <eero.aalto@example.fi>", "Väärä nimi laskussa",
"""Laskussa lukee Eero Aaltonen mutta nimeni on Eero Aalto. Osoite on oikein. Korjatkaa nimi rekisteriinne, muuten posti ei tule perille.""", "wrong name on invoice = rectification")

M("fi", "", "Postmaster <postmaster@example.fi>", "Viestiä ei voitu toimittaa",
"""Viestiäsi ei voitu toimittaa seuraaville vastaanottajille:

    jussi.hamalainen@example.test
    Postilaatikko on täynnä.

Alkuperäisen viestin otsikko: Muistutus: lasku erääntyy 10.12.2026""", "Finnish bounce, no auto headers", auto=True)

M("fi", "marketing_opt_out", "Sirpa <sirpa.manninen@example.fi>", "Re: Kuvauspäivän muistutus",
"""Kuvaus on ok, mutta en halua mitään tarjousviestejä jälkikäteen. Vain tuo kuvauspäivän info riittää, ei mainoksia.

Sirpa Manninen

> Muistutus: Kuvauspäivä Gerbyn koululla to 10.12. Muistathan että tarjoamme myös...""", "accepts service mail, refuses ads")

M("fi", "access+portability", "Tero Räsänen <tero.rasanen@example.fi>", "Pyyntö: tiedot ja tiedostot",
"""Hei,

pyydän GDPR:n 15 ja 20 artiklan perusteella:
- kopion kaikista minua koskevista henkilötiedoista
- antamani tiedot ja kuvat koneluettavassa muodossa (esim. JSON tai CSV + alkuperäiset kuvatiedostot)

Tero Räsänen
tero.rasanen@example.fi""", "access + portability, articles cited")

M("fi", "", "Hanna Koski <hanna.koski@example.fi>", "VS: Laskun eräpäivä",
"""Hei, voiko laskun eräpäivää siirtää kuun loppuun? Palkka tulee vasta 28. päivä.

Hanna

-----Alkuperäinen viesti-----
Lähettäjä: laskutus@example.fi
Aihe: Lasku 2026-119921

Ohessa laskunne. Eräpäivä 10.12.2026.""", "payment extension request")

M("fi", "erasure+complaint", "Juhani Vesterinen <juhani.vesterinen@example.fi>", "Riittää jo!!!",
"""Olen nyt NELJÄ kertaa pyytänyt että lakkaatte lähettämästä minulle postia ja poistatte tietoni. Kerran puhelimessa, kaksi kertaa sähköpostilla ja kerran kirjeellä, jonka lähetin kirjattuna. Silti tänään postilaatikossa oli taas teidän kuvastonne, nimelläni ja osoitteellani.

En tiedä onko teillä joku järjestelmävika vai ettekö vain välitä, mutta nyt riittää. Olen tehnyt teistä valituksen tietosuojavaltuutetulle tänään, diaarinumeroa odotan. Poistakaa tietoni välittömästi.

Ja älkää lähettäkö minulle mitään "pahoittelemme" kirjettä, en halua enää yhtään kirjettä teiltä.

J. Vesterinen""", "angry, repeated erasure, has complained")

M("fi", "", "Slotti <noreply@slotti.example.com>", "Uusi varaus: Passikuva 9.12. klo 14.00",
"""Uusi varaus vastaanotettu

Palvelu: Passikuva (aikuinen)
Toimipiste: Zoomi Vaasa keskusta
Aika: ke 9.12.2026 klo 14.00–14.15
Asiakas: Marjut Rinne, 040 321 7788

Hallinnoi varauksia Slotti-palvelussa.""", "booking system notification, no auto headers", auto=True)

M("fi", "objection", "Sami Kärkkäinen <sami.karkkainen@example.fi>", "Miksi annoitte tietoni perintään",
"""Miksi annoitte tietoni perintätoimistolle, vaikka olin ilmoittanut että lasku on riidanalainen? En hyväksy sitä että tietojani käsitellään perinnässä ennen kuin riita on ratkaistu, ja vastustan tätä käsittelyä.

Sami Kärkkäinen""", "objection to transfer to debt collection")

M("fi", "rectification", "Anne Kallio <anne.kallio@example.fi>", "VS: oppilaan nimi",
"""Hei,

yksi vanhempi pyysi välittämään teille: oppilaan nimi on kuvauslistassa väärin. Oikea nimi on Aada Nyström (listassa Ada Nystrom). Hän on luokalla 5A. Voisitteko korjata sen ennen kuvien tekemistä?

Terveisin
Anne Kallio
koulusihteeri""", "school secretary forwards parent's correction")

M("fi", "marketing_opt_out", "Heidi <heidi.saari@example.fi>", "Ei kiitos",
"""Hei, älkää lähettäkö enää näitä tekstiviestitarjouksia numeroon 045 111 2233. Kiitos""", "SMS offers stop")

M("fi", "restriction", "Maarit Hokkanen <maarit.hokkanen@example.fi>", "älkää poistako vielä",
"""Hei, sain teiltä kirjeen, että kuvatiedostot poistetaan vuoden lopussa, koska säilytysaika päättyy. Tarvitsen kuitenkin tyttäreni koulukuvat ja luokkakuvat käräjäoikeuden huoltajuusasiassa todisteeksi. Voisitteko säilyttää ne siihen asti kun asia on käsitelty, mutta ei muuhun käyttöön? Asia on vireillä 2027 keväällä.

Maarit Hokkanen""", "restriction instead of deletion, legal claim (Art 18(1)(c))")

M("fi", "", "Leena Kortelainen <leena.kortelainen@example.fi>", "Re: Zoomi: Tilauksesi on toimitettu",
"""Poista tilaus, kuvat tuli jo mutta ne on ihan väärän lapsen kuvat! Meidän poika on Elias Kortelainen, ei Elias Korte. Haluan rahat takaisin tai oikeat kuvat.

Leena

> Tilauksesi 48391 on toimitettu.""", "wrong child's photos delivered, order issue")

M("fi", "erasure", "Ritva Peltola <ritva.peltola@example.fi>", "tytön kuvat pois netistä",
"""hei, teidän nettisivuilla on kuva missä meidan tytto istuu ekaluokkalaisten kanssa (se ryhmakuva Ristinummen koulusta). ottakaa se pois sielta, en oo antanu lupaa kayttaa sita mainoksena. tyton nimi on Venla, 7v.
ritva""", "guardian, photo off website")

M("fi", "access", "Annika Sundqvist <annika.sundqvist@example.fi>", "Muistutus: tarkastuspyyntö 28.10.",
"""Hei,

lähetin 28.10.2026 pyynnön saada tietää, mitä tietoja minusta ja kahdesta lapsestani on rekisterissänne. Sain automaattisen kuittauksen, mutta sen jälkeen ei ole kuulunut mitään. Määräaika taitaa olla pian umpeutumassa. Voitteko kertoa, missä vaiheessa asia on?

Annika Sundqvist""", "reminder of earlier access request")

M("fi", "complaint", "Teemu Honkanen <teemu.honkanen@example.fi>", "miten valitan tietosuojavaltuutetulle",
"""Teiltä tuli vastaus etten saa kopiota kuvistani koska ne on "koulun aineistoa". Mielestäni tää ei pidä paikkaansa. Miten voin valittaa tietosuojavaltuutetulle teidän toiminnasta? Antakaa yhteystiedot.""", "aggrieved, asks how to complain to DPA (intent)")

M("fi", "", "Päivi Rautiainen <paivi.rautiainen@example.fi>", "Kiitos!",
"""Kiitos kun poistitte tietoni niin nopeasti. Vahvistusviesti tuli perille.

Päivi""", "thanks after completed erasure")

M("fi", "marketing_opt_out", "Kimmo <kimmo.lindholm@example.fi>", "Re: Uutiskirje marraskuu",
"""poistakaa minut

Kimmo

> Zoomin uutiskirje marraskuu 2026
> Pikkujoulukuvaukset yrityksille nyt -15 %""", "bare 'poistakaa minut' in reply to newsletter")

M("fi", "erasure", "Nelli Huhtala <nelli.huhtala@example.fi>", "Tietojen poisto / Radering av uppgifter",
"""Hei / Hej,

pyydän poistamaan kaikki minua koskevat tiedot. Jag ber er radera alla mina uppgifter.

Nelli Huhtala""", "bilingual fi/sv erasure, fi first")

M("fi", "", "Joonas Hiltunen <joonas.hiltunen@example.fi>", "tilaus",
"""peru tilaus""", "ambiguous 'peru tilaus' with nothing else")

M("fi", "access", "Sinikka Jokela <sinikka.jokela@example.fi>", "Ihmettelen",
"""Hyvää päivää.

Lapsenlapseni kertoi, että hänen koulukuvansa ja nimensä ovat teidän järjestelmässänne ja että mummot voivat tilata niitä koodilla. Minä en ole ikinä tilannut mitään, mutta sain silti sähköpostia, jossa minua puhuteltiin nimeltä ja kerrottiin lapsenlapseni kuvista. Miten te olette saaneet minun sähköpostiosoitteeni? Mitä muuta teillä on minusta?

Ystävällisesti
Sinikka Jokela""", "grandmother asks source of her email and what data")

M("fi", "erasure+access", "Kai Tanskanen <kai.tanskanen@example.fi>", "mitä teil on ja poistakaa",
"""moi. ensin kertokaa mitä tietoja teil on musta ja sit poistakaa ne kaikki. kiitos
-kai""", "colloquial access + erasure")

M("fi", "objection", "Liisa Harju <liisa.harju@example.fi>", "Profilointi",
"""Hei,

sain teiltä sähköpostin, jossa ehdotettiin "sinulle sopivia" tuotteita aiempien ostosteni perusteella. En halua, että ostoshistoriaani analysoidaan tällä tavalla. Vastustan profilointia.

Liisa Harju""", "objection to profiling")

M("fi", "rectification", "Jaakko Kettunen <jaakko.kettunen@example.fi>", "puhelinnumero",
"""vaihtakaa mun puhelinnumero, vanha 040 111 2222 ei oo enää käytössä. uusi on 050 333 4444""", "phone number update")

M("fi", "", "Katariina Oja <katariina.oja@example.fi>", "Kuvat ja tietosuoja",
"""Hei!

Luin tietosuojaselosteenne ja siellä lukee että passikuvat lähetetään poliisin palvelimelle. Hyvä tietää. Kiitos että kerrotte näin selkeästi! Meillä kaikki on kunnossa, halusin vain sanoa että arvostan.

Katariina""", "praise about privacy notice, asks nothing")

M("fi", "erasure", "Ismo Korhonen <ismo.korhonen@example.fi>", "FW: Tilaus 46113",
"""Moi, edelleenlähetän tän kun en saanut vastausta asiakaspalvelusta. Luettekohan tätä osoitetta?

Ismo

---------- Forwarded message ---------
From: Ismo Korhonen <ismo.korhonen@example.fi>
To: asiakaspalvelu@example.fi
Subject: Tilaus 46113

Hei, tilaus tuli perille, kiitos. Mutta en halua että teille jää mun lapsen kuvia. Poistakaa kaikki kuvatiedostot kun tilaus on valmis. Tilaus 46113.""", "forwarded earlier erasure request sent to customer service")

M("fi", "marketing_opt_out+objection", "Tapio Huovinen <tapio.huovinen@example.fi>", "Vastustan",
"""Hei,

1. En halua teiltä enää mitään markkinointiviestejä missään kanavassa.
2. Lisäksi vastustan sitä, että käytätte IP-osoitettani ja selaustietojani Google Analyticsissa. Tämä ei ole välttämätöntä verkkokaupan toiminnalle.

Tapio Huovinen""", "opt-out + separate objection to analytics")

M("fi", "erasure", "Merja Vuorinen <merja.vuorinen@example.fi>", "poista",
"""poistakaa tiedot, en oo ikinä tilannu teiltä mitään ja silti tulee viestejä lapsen koulukuvista vaikka lapsi ei oo edes teidän kuvaama. väärä osoite""", "erasure, never a customer")

M("fi", "", "Teija Rönkkö <teija.ronkko@example.fi>", "Re: Kuittaus pyynnöstäsi",
"""Selvä, odotan. Kiitos tiedosta.

> Olemme vastaanottaneet pyyntösi saada kopio tiedoistasi 30.11.2026. Vastaamme viimeistään 30.12.2026.""", "acknowledges our ack, asks nothing new")

M("fi", "access", "Tommi Ylinen <tommi.ylinen@example.fi>", "Henkilöstökuvat 2024",
"""Hei,

olin Vaasan Satama Oy:n henkilöstökuvauksessa 2024. Haluaisin tietää, mitä tietoja minusta ja kuvistani teillä on ja onko kuvaani annettu kenellekään muulle kuin työnantajalle.

T. Ylinen""", "staff member access + recipients")

M("fi", "complaint", "Eila Nurminen <eila.nurminen@example.fi>", "GDPR",
"""Rikotte GDPR:ää kun lähetätte lapseni koulukuvat sähköpostilla ilman salausta isovanhemmille, joita en ole itse ilmoittanut. En pyydä teiltä mitään, mutta laitan asiasta tiedon eteenpäin valvovalle viranomaiselle.

Eila Nurminen""", "says GDPR broken, will tell authority")
