from parts.common import E

E("fi","access",False,"staff member of client org asks what data photographer holds","Tiina Mäkelä <tiina.makela@example.fi>","Henkilökuntakuvat / tietopyyntö",
"""Hei,

Olen töissä Pohjanmaan kuntayhtymän hallinnossa ja te kävitte ottamassa meidän henkilökuntakuvat syyskuussa. Meille ei kerrottu oikeastaan mitään siitä, mitä tietoja teille annettiin työnantajan puolesta.

Haluaisin tietää mitä tietoja teillä on minusta: nimi, sähköposti, kuvat, titteli, mitä ikinä. Ja mistä olette ne saaneet, työnantajalta vai jostain muualta?

Ystävällisin terveisin
Tiina Mäkelä
taloussihteeri
""")

E("fi","erasure",False,"former employee of client org wants staff photo deleted","Jarmo K <jarmo.koskinen77@example.fi>","kuva pois",
"""moi, lopetin tyot vaasan kaupungin teknisella toimella kesalla mutta mun kuva on edelleen teidan kuvapalvelussa ja ilmeisesti myos kaupungin sivuilla. haluan etta poistatte mun kuvat ja tiedot teidan jarjestelmasta kokonaan, en ole enaa siella toissa joten ei ole mitaan syyta sailyttaa.

jarmo koskinen
""")

E("fi","",False,"passport photo customer worried about police server, question only","Seija Honkanen <seija.honkanen@example.fi>","Passikuva ja poliisi",
"""Hyvä Zoomi,

Kävin eilen teillä passikuvassa. Myyjä sanoi että kuva lähtee suoraan poliisin palvelimelle ja sain kuitin jossa on koodi. Mietin vain, että onko tämä turvallista? Kuka sen kuvan siellä näkee, ja jääkö se teille myös jonnekin? En ole mikään tietotekniikan ihminen, mutta lehdessä oli juttua tietovuodoista.

Kiitos vastauksesta jos ehditte.
Seija Honkanen
""")

E("fi","marketing_opt_out",False,"got marketing by mistake, never a customer","Ville Rantanen <ville.rantanen@example.fi>","En ole asiakkaanne",
"""Päivää.

Saan teiltä viikoittain mainoksia joulukorteista ja kuvakirjoista vaikka en ole koskaan tilannut teiltä mitään. Lopettakaa markkinointiviestien lähettäminen minulle heti.

V. Rantanen
""")

E("fi","access+objection",False,"debt collection dispute, asks why data given to collection and objects","Marko Leppänen <marko.leppanen@example.fi>","Perintä - miksi?",
"""Hei

Sain OK-perinnältä kirjeen 64,90 euron laskusta koulukuvista. Olen maksanut laskun lokakuussa, kuitti on tallessa. 

Haluan tietää miksi annoitte tietoni perintään ja mitä tietoja tarkalleen olette luovuttaneet perintäyhtiölle (osoite, puhelinnumero, lapsen nimi?). Vastustan sitä että tietojani käsitellään perinnässä ylipäätään, koska lasku on maksettu.

Marko Leppänen
0401234567
""")

E("fi","",False,"debt collection payment dispute only, no data question","Leena Hautala <leena.hautala@example.fi>","Perintäkirje lasku 20261188",
"""Hei,

Sain perintäkirjeen laskusta 20261188. En ole saanut alkuperäistä laskua ollenkaan, osoite on ollut sama 10 vuotta. Voitteko perua perinnän niin maksan laskun suoraan teille ilman kuluja? Perintäkulut 15 € tuntuu kohtuuttomalta kun laskua ei koskaan tullut.

t. Leena Hautala
""")

E("fi","erasure",False,"guardian, child's kindergarten photos, one-liner phone","Niina <niina.p88@example.fi>","Re: Päiväkotikuvaus 2026",
"""poistakaa meidan eetun kaikki kuvat ja tiedot teidan palvelimelta kiitos

Lähetetty iPhonesta

-----Alkuperäinen viesti-----
Lähettäjä: Zoomi Kuvakaupat <info@example.fi>
Aihe: Päiväkotikuvaus 2026

Hei! Päiväkoti Satakielen kuvat ovat nyt katsottavissa verkkokaupassa. Tunnuksesi: SAT-4471.
""")

E("fi","marketing_opt_out",False,"changes mind: first erasure then only newsletter stop","Pirjo Salo <pirjo.salo@example.fi>","Tietojen poisto... tai ei sittenkään",
"""Hei,

Aloin kirjoittaa että poistakaa kaikki tietoni, mutta tajusin että tilasin juuri viime viikolla lastenlasten kuvia ja haluan varmaan tilata ensi vuonnakin. Eli älkää poistako mitään, lopettakaa vain se uutiskirje ja tarjoussähköpostit. Niitä tulee ihan liikaa.

Pirjo Salo
""")

E("fi","",False,"journalist asking about practices, not a request","Anna Virtanen <anna.virtanen@example.fi>","Haastattelupyyntö: koulukuvaus ja tietosuoja",
"""Hei,

Olen toimittaja Pohjalaisessa ja teen juttua koulukuvauksesta ja lasten kuvien tietosuojasta. Haluaisin kysyä muutamia kysymyksiä yrityksenne käytännöistä:

1. Kuinka kauan säilytätte lasten koulukuvia kuvauksen jälkeen?
2. Saavatko koulut kuvat käyttöönsä ja millä ehdoilla?
3. Onko teille tullut paljon poistopyyntöjä vanhemmilta?
4. Käytättekö kuvia markkinoinnissa?

Sopisiko puhelinhaastattelu tällä tai ensi viikolla? Juttu ilmestyy tammikuussa.

Ystävällisesti
Anna Virtanen
toimittaja
""")

E("fi","access",False,"lawyer on behalf of client, access","Asianajotoimisto Lindqvist <toimisto@lindqvist.example.fi>","Päämiehemme Kari Juntusen tietopyyntö",
"""Zoomi Kuvakaupat Oy
Tietosuoja

Edustamme tässä asiassa Kari Juntusta (s. 1981). Valtakirja on liitteenä.

Päämiehemme puolesta pyydämme EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla jäljennöksen kaikista Kari Juntusta koskevista henkilötiedoista, joita Zoomi Kuvakaupat Oy käsittelee, mukaan lukien laskutus- ja perintätiedot sekä tiedot siitä, kenelle tietoja on luovutettu. Pyydämme toimittamaan tiedot allekirjoittaneelle.

Vaasassa 3.12.2026

Mikaela Lindqvist
asianajaja, varatuomari
Asianajotoimisto Lindqvist Oy
""")

E("fi","rectification",False,"teacher: wrong name on class photo","Opettaja Hanna Kivelä <hanna.kivela@example.fi>","Luokkakuva 4B nimi väärin",
"""Moi,

Olen 4B:n luokanopettaja Vöyrinkaupungin koulussa. Luokkakuvan nimilistassa minun nimeni on "Hanna Kivilä", oikein on Kivelä. Korjaisitteko sen teidän järjestelmään ja kuvaan ennen kuin kuvat tulostetaan? Sama virhe oli viime vuonna.

Kiitos!
Hanna
""")

E("fi","",False,"teacher question about photo day logistics","Juha Nieminen <juha.nieminen@example.fi>","Kuvauspäivä 14.1. - aikataulu",
"""Hei,

Meidän koulun kuvauspäivä on 14.1. Voisiko kuvaaja aloittaa vasta klo 9.15, koska ensimmäisellä tunnilla on liikuntaa? Ja tarvitaanko jokin tila sähköpistokkeella?

Juha Nieminen
rehtori, Palosaaren koulu
""")

E("fi","erasure+objection",False,"staff member objects to staff photo on org website (published by customer org via Zoomi)","Riikka Heikkilä <riikka.heikkila@example.fi>","Kuvani käyttö",
"""Hei,

Huomasin, että henkilökuvani, jonka otitte meidän yhdistyksen toimistolla keväällä, on käytössä teidän omilla nettisivuilla esimerkkinä "yrityskuvauksista". En ole koskaan antanut siihen lupaa. Vastustan kuvani käyttöä teidän markkinoinnissanne ja muussa omassa käytössänne. Poistakaa se sivuilta.

Riikka Heikkilä
""")

E("fi","access+erasure+complaint",False,"angry long letter, booking system source, threatens DPA","Timo Aaltonen <timo.aaltonen@example.fi>","TIETOSUOJARIKKOMUS",
"""Hyvät herrat

Olen nyt kolme kertaa soittanut asiakaspalveluunne enkä ole saanut mitään järkevää vastausta. Varasin Slotti-järjestelmän kautta ajan passikuvaan vuonna 2023. Sen jälkeen olen saanut teiltä tekstiviestejä, sähköposteja ja nyt jopa kirjeen kotiin. En ole ikinä antanut lupaa markkinointiin, varasin yhden ajan yhteen kuvaan!

Haluan nyt:
1) tietää kaikki tiedot mitä teillä on minusta ja mistä ne on saatu, myös mitä Slotti on teille antanut
2) että kaikki tietoni poistetaan sen jälkeen kun olen saanut ne nähtäväksi

Jos en saa vastausta kuukauden sisällä teen valituksen tietosuojavaltuutetulle. Tämä on selvä GDPR-rikkomus.

Timo Aaltonen
Vaasa
""")

E("fi","",False,"shop order question, where is my order","Sari Lehtonen <sari.lehtonen@example.fi>","Tilaus 558102",
"""Hei, missä mun tilaus on? Tilasin koulukuvat 20.11 ja maksoin heti, mitään ei ole tullut. Tilausnumero 558102.

Sari
""")

E("fi","",True,"auto-reply out of office","Marjatta Ojala <marjatta.ojala@example.fi>","Automaattinen vastaus: Kuvauspäivän vahvistus",
"""Olen lomalla 7.12.–18.12.2026. Sähköpostejani ei välitetä. Kiireellisissä asioissa ota yhteyttä koulusihteeriin, puh. 06 123 4567.

Marjatta Ojala
Rehtori
""", hdrs={"Auto-Submitted":"auto-replied","X-Autoreply":"yes"})

E("fi","rectification+restriction",False,"asks to freeze data during dispute","Katja Mustonen <katja.mustonen@example.fi>","Tietojeni käsittelyn rajoittaminen",
"""Hei,

Teidän tiedoissanne on minun osoitteena vanha osoite ja laskut ovat menneet sinne, nyt on tullut perintää. Olen jo kertonut oikean osoitteen puhelimessa. Kunnes asia on selvitetty, pyydän että rajoitatte tietojeni käsittelyä, eli ette lähetä niitä eteenpäin perintään tai muualle ennen kuin asia on käyty läpi.

Katja Mustonen
Ahventie 4 B 12, 65320 Vaasa
""")

E("fi","marketing_opt_out+complaint",False,"marketing by mistake, ex-employee address, threatens DPA","Olli Peltonen <olli.peltonen@example.fi>","Miksi saan tätä postia",
"""Olin teillä kesätöissä 2019 ja nyt saan teidän uutiskirjettä työsähköpostiini nykyiseen työpaikkaan?? En ole koskaan tilannut sitä. Poistakaa minut postituslistalta. Jos tulee vielä yksikin mainos, ilmoitan tästä tietosuojavaltuutetulle.

Olli
""")

E("fi","portability",False,"wants digital files of own data in machine-readable format","Eveliina Järvinen <eveliina.jarvinen@example.fi>","Tilaushistoria siirrettävässä muodossa",
"""Hei!

Olen tilannut teiltä vuosien varrella kuvia ja kuvakirjoja. Haluaisin saada antamani tiedot ja tilaushistoriani koneluettavassa muodossa (esim. CSV tai JSON), jotta voin siirtää ne toiseen palveluun. Tietosuoja-asetuksen 20 artikla taitaa olla tämä.

Eveliina
""")

E("fi","",False,"question about how right of access works, no request","Pekka Lahtinen <pekka.lahtinen@example.fi>","Kysymys tarkastusoikeudesta",
"""Hei

Kysymys vain yleisellä tasolla: jos haluaisin joskus tarkastaa mitä tietoja teillä on minusta, miten se tapahtuu? Pitääkö tulla paikan päälle henkilökortin kanssa vai riittääkö sähköposti? Maksaako se jotain?

Pekka
""")

E("fi","erasure",False,"withdrawn consent + erasure of child photo from Instagram","Jenni Laaksonen <jenni.laaksonen@example.fi>","Lapsen kuva Instagramissa",
"""Hei

Annoin keväällä luvan käyttää tyttäreni kuvaa teidän mainoksessa. Peruutan sen luvan nyt. Poistakaa kuva Instagramista ja Facebookista ja kaikista mainoksista heti.

Jenni Laaksonen
""")

E("fi","",False,"job application","Roosa Niemi <roosa.niemi@example.fi>","Avoin hakemus kuvaajaksi",
"""Hei,

Olen valmistunut medianomiksi Vaasan ammattikorkeakoulusta ja haen avoimella hakemuksella kuvaajan paikkaa teiltä. Minulla on kokemusta studiokuvauksesta ja tapahtumakuvauksesta. Portfolio: https://portfolio.example.fi/roosa

CV liitteenä. Voisinko tulla juttelemaan?

Roosa Niemi
""")

E("fi","rectification",False,"passport photo customer, wrong name on receipt/police","Abdi Hassan <abdi.hassan@example.fi>","passikuva kuitti nimi vaarin",
"""hei kavin passikuvassa ja kuitissa on nimi Abdi Hasan yksi s. oikea on Hassan kaksi s. voitteko korjata jarjestelmaan etta ei tule ongelmia poliisin kanssa. kuittikoodi 8F3K2

abdi
""")

E("fi","",False,"police photo code doesn't work, service issue","Maija Kallio <maija.kallio@example.fi>","Kuvakoodi ei toimi",
"""Hei, yritin tehdä passihakemusta poliisin sivuilla mutta se sanoo että kuvan tunnusta ei löydy. Kuva otettiin teillä tänään aamulla. Mitä teen?

Maija Kallio
""")

E("fi","access+rectification",False,"two rights, data from customer org","Heikki Rautio <heikki.rautio@example.fi>","Tiedot jotka yhdistys antoi",
"""Moi,

Meidän urheiluseura (Vaasan Sisu) antoi teille jäsenlistan joukkuekuvia varten. Haluaisin nähdä mitä minusta ja pojastani (Aaro, 11 v) teille on siirretty. Lisäksi osoite on todennäköisesti vanha, uusi on Kirkkopuistikko 20 B 5, 65100 Vaasa, korjatkaa se.

Heikki Rautio
""")

E("fi","",True,"bounce without auto headers","Mail Delivery Subsystem <MAILER-DAEMON@mx.example.fi>","Undelivered Mail Returned to Sender",
"""This is the mail system at host mx.example.fi.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kirsi.hakala@example.fi>: host mail.example.fi[192.0.2.14] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--- Original message ---
Subject: Joulutarjous: kuvakalenterit -20 %
Peruuta tilaus: https://shop.example.fi/unsubscribe
""")

E("fi","erasure+marketing_opt_out",False,"combined erase + stop marketing, short","Kimmo Salminen <kimmo.salminen@example.fi>","Poisto",
"""Poistakaa minun tiedot teidän asiakasrekisteristä ja lopettakaa mainosten lähettäminen. Kiitos.

Kimmo Salminen
""")

E("fi","",False,"complaint about photo quality, consumer reklamaatio","Tuula Heinonen <tuula.heinonen@example.fi>","Reklamaatio koulukuvista",
"""Hei,

Tyttären koulukuvassa silmät ovat kiinni ja kuva on tumma. Maksoin 45 € paketista. Tämä ei ole hyväksyttävää. Haluan joko uuden kuvauksen tai rahat takaisin.

Tuula Heinonen
""")

E("fi","complaint",False,"says has already complained to DPA","Raimo Karvonen <raimo.karvonen@example.fi>","Tietosuojavaltuutettu",
"""Tiedoksi, että olen tänään jättänyt kantelun tietosuojavaltuutetun toimistoon siitä, että lapseni kuvia on näkynyt teidän verkkokaupassa toisen perheen tunnuksilla. Asian diaarinumero tulee myöhemmin.

Raimo Karvonen
""")

E("fi","access",False,"reminder of earlier unanswered access request, quoting","Sanna Koivisto <sanna.koivisto@example.fi>","Re: Tietopyyntö",
"""Hei,

Lähetin alla olevan pyynnön 2.11. enkä ole saanut vastausta. Muistutan että aikaa on kuukausi.

Sanna Koivisto

> Lähettäjä: Sanna Koivisto
> Päivämäärä: 2.11.2026
> Aihe: Tietopyyntö
>
> Hei, pyydän kopion kaikista minua koskevista tiedoista. Sanna Koivisto, synt. 1990.
""")

E("fi","",False,"researcher asking about practices, not a request","Dos. Kaisa Hirvonen <kaisa.hirvonen@example.fi>","Tutkimus: valokuvaamojen tietosuojakäytännöt",
"""Arvoisa vastaanottaja,

Teen Vaasan yliopistossa tutkimusta pk-yritysten tietosuojakäytännöistä kuvausalalla. Olisiko yrityksenne kiinnostunut osallistumaan 30 minuutin anonyymiin haastatteluun? Kysymykset koskevat mm. säilytysaikoja, rekisteröityjen pyyntöjen käsittelyä ja alihankkijoita.

Tutkimuksella on eettisen toimikunnan lausunto. Lisätietoja liitteenä.

Ystävällisin terveisin
Kaisa Hirvonen
dosentti, Vaasan yliopisto
""")

E("fi","objection+restriction",False,"formal letter art 18 and 21","Petri Hyvönen <petri.hyvonen@example.fi>","Vastustamis- ja rajoittamispyyntö (EU 2016/679 18 ja 21 art.)",
"""Zoomi Kuvakaupat Oy

Viittaan tietosuoja-asetuksen 21 artiklan 1 kohtaan ja vastustan henkilötietojeni käsittelyä oikeutetun edun perusteella, erityisesti asiakasprofiloinnissa ja liiketoiminnan kehittämisessä (Google Analytics). 

Lisäksi pyydän 18 artiklan 1 kohdan d alakohdan mukaisesti käsittelyn rajoittamista siihen asti, kun on todettu, ovatko oikeutetut perusteenne ensisijaisia.

Petri Hyvönen
Vaasa 5.12.2026
""")

E("fi","",False,"invoice dispute wrong amount","Minna Laine <minna.laine@example.fi>","Lasku väärin",
"""Hei. Laskussa 20261543 on summa 89 € mutta tilasin vain kaksi kuvaa, yhteensä 38 €. Lähettäkää korjattu lasku.

Minna Laine
""")

E("fi","rectification",False,"invoice wrong name and address = rectification","Jukka Mattila <jukka.mattila@example.fi>","Laskussa väärä nimi",
"""Hei, laskussa lukee Jukka Matilla ja osoite on Vanha Vaasantie 3, vaikka muutin kaksi vuotta sitten Onkilahdentielle 8. Päivittäkää nimen kirjoitusasu ja osoite asiakastietoihin, summa on ok.

Jukka Mattila
""")

E("fi","",True,"newsletter from another company (spam/newsletter)","Kuvatarvike Pro <uutiskirje@kuvatarvike.example.fi>","Joulun parhaat tarjoukset ammattilaisille",
"""Hei kuvaaja!

Joulukuun tarjouksissa mm. studiosalamat -25 % ja taustakankaat 2 kpl hintaan 1.

Katso kaikki tarjoukset: https://kuvatarvike.example.fi/tarjoukset

Et halua enää näitä viestejä? Peruuta tilaus tästä.
""", hdrs={"List-Unsubscribe":"<https://kuvatarvike.example.fi/unsub>","Precedence":"bulk"})

E("fi","erasure",False,"mentions right, asks erasure of passport photo","Elina Parviainen <elina.parviainen@example.fi>","Passikuvan poisto",
"""Hei

Sain passin jo, joten teillä ei ole enää mitään tarvetta säilyttää passikuvaani. Pyydän että poistatte sen ja siihen liittyvät tietoni (nimi, puhelin). Tiedän että minulla on oikeus tulla unohdetuksi.

Elina P.
""")

E("fi","",False,"asks about privacy notice, no request","Arto Niskanen <arto.niskanen@example.fi>","tietosuojaseloste",
"""Moi, onko teillä tietosuojaselostetta jossain nettisivuilla? En löytänyt. Kiinnostaisi lukea miten käsittelette lasten kuvia, kun koulu on valinnut teidät kuvaajaksi.

Arto
""")

E("fi","access+portability",False,"mixed fi/en, access plus portability","Laura Wikström <laura.wikstrom@example.fi>","tiedot / data export",
"""Hei,

Voisinko saada kaikki tietoni mitä teillä on minusta? Ja mieluiten niin että tilaukset ja kuvat ovat jossain tiedostomuodossa jonka voin ladata, like a zip with JSON or CSV. Tarvitsen ne koska siirryn käyttämään toista kuvapalvelua.

Thanks / kiitos,
Laura
""")

E("fi","",False,"kindergarten director asks about consent forms, not a request","Päiväkodinjohtaja Marja Korpela <marja.korpela@example.fi>","Kuvauslupalomakkeet",
"""Hei,

Tarvitsemmeko vanhemmilta erillisen kuvausluvan ennen kuvauspäivää, vai hoidatteko te sen? Viime vuonna muutama vanhempi kysyi asiasta. Olisi hyvä saada teiltä valmis lomakepohja.

Marja Korpela
Päiväkoti Pikkukarhu
""")

E("fi","marketing_opt_out",False,"sms-like STOP reply, no umlauts","+358401112233 <sms-gateway@example.fi>","SMS: Zoomi",
"""STOP ei enaa viesteja
""")
