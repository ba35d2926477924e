from parts.common import E

E("fi", "access+erasure", False, "guardian asks what data is held on kindergarten child and asks to delete after ordering",
  "Heidi Mäkelä <heidi.makela@example.fi>", "Eetun päiväkotikuvat",
  """Hei!

Meidän Eetu (5v) kuvattiin syyskuussa Satulinnan päiväkodissa ja tilasin kuvat jo. Kuvat tuli ja ne on ihania, kiitos niistä :)

Mutta mietin tässä että mitä kaikkea teillä nyt on Eetusta tallessa? Siis nimi, päiväkoti, ryhmä, kuvat ym. Voisitteko kertoa mitä tietoja teillä hänestä on. Ja kun tilaus on nyt valmis niin voitteko sen jälkeen poistaa ne kuvat ja tiedot, en oikein tykkää että lapsen kuvia on jossain palvelimella vuosikausia.

Tilausnumero oli 2026-48812 jos siitä on apua.

Terveisin
Heidi Mäkelä
040 123 4567""")

E("fi", "marketing_opt_out", False, "complains about late web shop order, buries a stop to SMS offers in the middle",
  "Jari Kallio <jari.kallio@example.fi>", "tilaus ei oo tullu",
  """Moi

tilasin 12.10. teidän nettikaupasta 3 kpl 20x30 suurennosta (tilausnro W-771203) ja vieläkään ei oo mitään tullu. Seurantakoodi ei näytä mitään. Joululahjoiks oli tarkotus niin vähän alkaa hermostuttaa. Ja samalla kun kirjotan niin ne teidän tekstiviesti tarjoukset saa loppua, tulee joka viikko joku -30% ja en oo niitä pyytäny. Mut se tilaus on se pääasia, missä se on??

Jari""")

E("fi", "rectification+objection", False, "angry: invoice went to old address, now debt collection; fix address and stop passing data to collector",
  "Tuula Hiltunen <tuula.hiltunen@example.fi>", "PERINTÄKIRJE!!!",
  """Sain tänään OK-perinnältä kirjeen jossa vaaditaan 38,90 euroa + kulut 15 euroa koulukuvista joita en ole koskaan saanut laskua!! Lasku on lähetetty Kirkkokatu 14:ään vaikka muutin sieltä jo 2024 keväällä ja ilmoitin uuden osoitteen teille kun tilasin passikuvat viime vuonna.

Minun osoite on Rantakatu 7 B 12, 65100 Vaasa. Korjatkaa se heti rekisteriinne.

Ja en hyväksy että minun tietoni on annettu perintätoimistolle asiasta jossa vika on teidän päässä. Vaadin että vedätte asian pois perinnästä ja lopetatte tietojeni käsittelyn siellä. Maksan kyllä laskun kun saan sen oikeaan osoitteeseen ilman mitään perintäkuluja.

Tuula Hiltunen""")

E("fi", "marketing_opt_out", False, "elderly woman, formal, asks to stop sales phone calls",
  "Aili Rintamäki <aili.rintamaki@example.fi>", "Puhelut",
  """Hyvä Zoomi Kuvakaupat

Minulle on soitettu teiltä nyt kolme kertaa tämän syksyn aikana ja tarjottu isovanhempien valokuvapakettia ja kalentereita. Olen 84 vuotias enkä tarvitse kalentereita. Pyydän ystävällisesti että minulle ei enää soitettaisi myyntiasioissa. Lapsenlapseni auttoi kirjoittamaan tämän viestin.

Numeroni on 06 123 4567.

Kunnioittavasti
Aili Rintamäki
Laihia""")

E("fi", "erasure", False, "teenager wants own school photo taken off the company website",
  "Ronja <ronja.salo08@example.fi>", "mun kuva teidän sivuilla",
  """moi

mun kaverit löys mun koulukuvan teidän nettisivuilta siitä "koulukuvaus" kohasta, se missä on sininen tausta ja mä nauran. se on tosi noloo ja en oo antanu mitään lupaa siihen. ottakaa se pois sieltä pliis mahd pian

t. Ronja Salo, 9C Variskan koulu
(oon 15)""")

E("fi", "erasure", False, "reply to company's acknowledgement of an erasure request, gives order number for identification",
  "Pekka Laine <pekka.laine@example.fi>", "Vs: Poistopyyntönne on vastaanotettu (tapaus 2026-0412)",
  """Hei,

tässä pyytämänne tilausnumero: 60213. Tilaus tehtiin vaimoni nimellä mutta minun sähköpostilla, toivottavasti kelpaa.

Pekka Laine

----- Alkuperäinen viesti -----
Lähettäjä: Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>
Päivämäärä: ti 3.11.2026 klo 9.14
Aihe: Poistopyyntönne on vastaanotettu (tapaus 2026-0412)

Hei,

olemme vastaanottaneet pyyntönne henkilötietojenne poistamiseksi. Jotta voimme varmistaa henkilöllisyytenne, pyydämme ilmoittamaan jonkin tilausnumeronne tai kuvakoodin.

Ystävällisin terveisin
Zoomi Kuvakaupat Oy""")

E("fi", "", False, "customer withdraws yesterday's deletion request, wants to keep the photos",
  "Satu Nieminen <satu.nieminen@example.fi>", "peru se poistopyyntö",
  """Hei,

laitoin eilen illalla viestin että poistakaa kaikki mun ja lasten tiedot. Olin vähän kiukkuinen siitä laskusta. Nyt kun mies sanoi että ne vanhat koulukuvat on vaan teidän palvelussa tallessa niin en haluakaan että niitä poistetaan, pitää vielä tilata mummolle. Eli unohtakaa se eilinen viesti, ei tarvitse tehdä mitään.

Sorry vaiva :)
Satu""")

E("fi", "", True, "Slotti booking notification, no auto headers",
  "Slotti <noreply@slotti.example.com>", "Uusi varaus: Passikuvaus ke 18.11. klo 14:30",
  """Uusi varaus on tehty.

Palvelu: Passikuvaus (aikuinen)
Aika: keskiviikko 18.11.2026 klo 14:30–14:45
Toimipiste: Zoomi Vaasa, Vasaratie 2 A
Asiakas: Mikko Lahtinen
Puhelin: 040 765 4321
Lisätiedot: -

Voit tarkastella ja muokata varausta hallintapaneelissa.

Tämä on automaattinen viesti Slotti-ajanvarausjärjestelmästä. Älä vastaa tähän viestiin.""")

E("fi", "", True, "out-of-office reply from a school secretary",
  "Merja Koskela <merja.koskela@example.fi>", "Automaattinen vastaus: Luokkakuvien toimitus",
  """Olen lomalla 26.10.–1.11.2026 enkä lue sähköpostia. Kiireellisissä koulukuva-asioissa ota yhteyttä rehtori Juha Palo, juha.palo@example.fi, puh. 040 222 3344.

Merja Koskela
koulusihteeri, Onkilahden koulu""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "", True, "supplier invoice notice from a paper wholesaler",
  "Paperitukku Laakso Oy <laskutus@paperitukku.example.fi>", "Lasku 2026-11420 / Zoomi Kuvakaupat Oy",
  """Hyvä asiakas,

liitteenä laskunne 2026-11420.

Laskun summa: 1 284,60 EUR
Eräpäivä: 30.11.2026
Viitenumero: 1142 0012 34

Laskuerittely löytyy liitteestä. Verkkolaskuosoite muutoksia varten: laskutus@paperitukku.example.fi

Tämä viesti on lähetetty automaattisesti laskutusjärjestelmästämme.""")

E("fi", "", False, "passport photo receipt code not working at the police service",
  "Olli Harju <olli.harju@example.fi>", "kuvakuitti ei kelpaa",
  """Päivää. Kävin tiistaina teillä passikuvassa ja sain kuvakuitin jossa on koodi. Yritin tehdä passihakemusta poliisin sivuilla ja se sanoo että koodilla ei löydy kuvaa. Pitäisikö odottaa vai onko jotain mennyt pieleen? Matka on joulukuun alussa.

Olli Harju
044 987 6543""")

E("fi", "", False, "billing dispute about invoice amount, not a DSR",
  "Kaisa Pöyhönen <kaisa.poyhonen@example.fi>", "Lasku väärin",
  """Hei

Sain laskun koulukuvista (lasku 880231) summalla 64,80 €, mutta tilasin vain perus paketin joka maksaa 34,90 €. En ole tilannut mitään lisäkuvia tai kehyksiä. Voitteko tarkistaa ja lähettää uuden laskun oikealla summalla.

t. Kaisa Pöyhönen""")

E("fi", "rectification", False, "surname misspelled on invoice",
  "Anneli Virtanen <anneli.virtanen@example.fi>", "nimi väärin",
  """Hei, laskussa ja tilausvahvistuksessa mun sukunimi on "Virtanan" kun sen pitäis olla Virtanen. Korjaisitteko sen teidän järjestelmään ettei se mene joka kerta väärin. Kiitos!

Anneli
Lähetetty iPhonesta""")

E("fi", "access", False, "formal access request with sources",
  "Markus Haapala <markus.haapala@example.fi>", "Tarkastuspyyntö",
  """Hyvä vastaanottaja,

pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla jäljennöstä kaikista minua koskevista henkilötiedoista, joita Zoomi Kuvakaupat Oy käsittelee, mukaan lukien valokuvat, tilaus- ja laskutustiedot sekä mahdolliset puhelu- ja verkkosivujen käyttötiedot.

Pyydän lisäksi tietoa siitä, mistä olette saaneet tietoni, kenelle niitä on luovutettu ja kuinka kauan niitä säilytetään.

Vastauksen voi lähettää sähköisesti tähän osoitteeseen.

Markus Haapala
Koulukatu 22 A 4, 65100 Vaasa""")

E("fi", "portability", False, "wants order history and photos in a format that can be moved to another photo service",
  "Riikka Peltonen <riikka.peltonen@example.fi>", "tiedot ja kuvat toiseen palveluun",
  """Moikka!

Ollaan käytetty teidän verkkokauppaa monta vuotta ja siellä on kaikki lasten kuvat 2015 lähtien. Nyt ollaan siirtymässä toiseen kuvapalveluun (sukulaiset asuu Ruotsissa ja siellä on oma palvelu käytössä). Voisitteko antaa kaikki mun tiedot ja tilaushistorian sellaisessa koneluettavassa muodossa, että saan ne siirrettyä sinne, esim. csv tai json + kuvat zip-pakettina? Ei tarvitse olla mitenkään hieno.

Kiitos jo etukäteen!
Riikka""")

E("fi", "restriction+complaint", False, "disputes an order made in her name; asks not to use data until resolved; threatens DPA",
  "Johanna Kivelä <johanna.kivela@example.fi>", "En ole tehnyt tätä tilausta",
  """Hei,

sain teiltä maksumuistutuksen tilauksesta W-770045 (kankaalle tulostettu kuva, 89 €). En ole tehnyt tätä tilausta, ja toimitusosoite on minulle tuntematon osoite Seinäjoella. Epäilen että joku on käyttänyt nimeäni ja sähköpostiani.

Kiistän tilauksen ja siihen liitetyt tiedot. Älkää käyttäkö tietojani mihinkään (laskutus, perintä, markkinointi) ennen kuin asia on selvitetty, mutta älkää myöskään poistako niitä, koska tarvitsen niitä rikosilmoitusta varten.

Jos tätä ei saada selvitettyä järkevässä ajassa, vien asian tietosuojavaltuutetulle.

Johanna Kivelä
050 234 5678""")

E("fi", "access+complaint", False, "reminder of unanswered access request, says complaint already filed with the DPA",
  "Ville Rautio <ville.rautio@example.fi>", "Re: tietopyyntö 14.8.",
  """Lähetin 14.8.2026 pyynnön saada kopio tiedoistani. Nyt on kulunut yli kolme kuukautta eikä teiltä ole kuulunut mitään, ei edes kuittausta.

Tein tänään asiasta ilmoituksen tietosuojavaltuutetun toimistoon. Odotan edelleen että toimitatte tietoni.

Ville Rautio

> Hei, pyydän kopion kaikista minua koskevista tiedoista rekisterissänne. Olen asioinut teillä passikuvissa ja tilannut valokuvakirjan.
> Ville Rautio""")

E("fi", "marketing_opt_out", False, "one-line newsletter cancel with typo",
  "marja.k <marja.koivisto@example.fi>", "uutiskirje",
  """peruutan uutiskirjeen tilauksen, tulee liian usein. t. Marja""")

E("fi", "marketing_opt_out", False, "'poistakaa minut' above the quoted newsletter",
  "Timo Ojala <timo.ojala@example.fi>", "Vs: Joulun kuvakirjat nyt -25 %!",
  """poistakaa minut

Lähetetty Android-puhelimesta

-------- Alkuperäinen viesti --------
Lähettäjä: Zoomi Kuvakaupat <uutiset@example.fi>
Aihe: Joulun kuvakirjat nyt -25 %!

Tee joulusta ikimuistoinen! Kaikki kuvakirjat -25 % sunnuntaihin asti koodilla JOULU26.
...
Et halua enää uutiskirjettämme? Peruuta tilaus tästä.""")

E("fi", "erasure+objection", False, "father: daughter's photo in brochure and website, remove it and do not use it",
  "Antti Hakala <antti.hakala@example.fi>", "Tyttäreni kuva esitteessä",
  """Hei,

huomasin että tyttäremme Ellan (7 v) kuva on teidän uudessa koulukuvausesitteessä, jota jaettiin kouluun, ja sama kuva on myös nettisivujenne etusivulla. Emme ole antaneet lupaa kuvan käyttöön mainonnassa, ainakaan emme muista sellaista.

Pyydän että kuva poistetaan nettisivuilta heti, ja ettei sitä käytetä enää missään markkinoinnissa, ei uusissa esitteissä eikä somessa.

Ystävällisin terveisin
Antti Hakala
Ellan isä""")

E("fi", "rectification+marketing_opt_out", False, "two requests in one sentence: new address and stop the ad letters",
  "Leena Aho <leena.aho@example.fi>", "osoitteenmuutos",
  """Hei, päivittäkää uusi osoitteeni Puistokatu 3 C 9, 65200 Vaasa ja lopettakaa samalla ne mainoskirjeet joita tulee postissa, ei kiinnosta.

Leena Aho""")

E("fi", "", False, "daughter writes about late mother's account (estate matter, near-miss)",
  "Kirsi Lehto <kirsi.lehto@example.fi>", "Äidin tili",
  """Hei,

äitini Raili Lehto kuoli elokuussa. Hänellä oli teidän verkkokaupassa asiakastili ja sinne tulee edelleen uutiskirjeitä ja syntymäpäivätarjouksia hänen nimellään. Olen kuolinpesän osakas ja hoidan asioita. Voisitteko sulkea tilin ja lopettaa postit hänelle. Jos tarvitsette kuolintodistuksen tai perunkirjan niin lähetän.

Terveisin
Kirsi Lehto""")

E("fi", "", False, "asks how deletion would work later, explicitly not yet asking",
  "Minna Salmi <minna.salmi@example.fi>", "kysymys kuvien säilytyksestä",
  """Hei!

Kysyisin vaan etukäteen, että kauanko säilytätte koulukuvia ja jos haluaisin joskus että lasten kuvat poistetaan, niin miten se onnistuu? Ei tarvitse vielä poistaa mitään, tilaan ensin joulukortit niistä, mietin vaan tulevaa.

Minna""")

E("fi", "objection", False, "objects to Google Analytics tracking of her site visits",
  "Elina Kurki <elina.kurki@example.fi>", "Google Analytics",
  """Hei. Huomasin että verkkokauppanne käyttää Google Analyticsia. En halua, että minun käyntejäni ja ostoksiani seurataan ja analysoidaan, joten kiellän tietojeni käytön analytiikkaan. Olen kirjautuneena asiakkaana sähköpostilla elina.kurki@example.fi.

Elina Kurki""")

E("fi", "access+marketing_opt_out", False, "forwards an SMS offer, asks where they got the number and to stop",
  "Sami Huttunen <sami.huttunen@example.fi>", "Fwd: tekstiviesti",
  """Sain tällaisen tekstarin. En muista antaneeni teille numeroani, mistä olette sen saaneet? Ja lopettakaa nää viestit.

Sami

---
Viesti numerosta ZOOMI:
Zoomi: Isänpäiväksi kuvamuki 14,90e! Tilaa: zoomi.example.fi/isa Kiellä viestit: vastaa STOP""")

E("fi", "", False, "order status question",
  "Päivi Laukkanen <paivi.laukkanen@example.fi>", "Missä tilaukseni on?",
  """Hei, tilasin koulukuvat 2.10. (Gerbyn koulu, 3B, Aino Laukkanen) ja maksoin heti verkkopankissa. Kuvia ei ole vielä tullut, vaikka luokkakaverit on saaneet jo viikko sitten. Onko tilaus mennyt perille?

Päivi Laukkanen""")

E("fi", "", True, "delivery failure notice in Finnish, quotes the company's reply",
  "Microsoft Outlook <postmaster@example.com>", "Toimitus epäonnistui: Vastaus tietopyyntöönne",
  """Viestiäsi ei voitu toimittaa seuraaville vastaanottajille:

k.lindqvist@example.com
Vastaanottajan sähköpostiosoitetta ei löytynyt. Tarkista osoite ja yritä uudelleen.

Diagnostiikkatiedot järjestelmänvalvojille:
Luova palvelin: AM6PR03MB1234.eurprd03.prod.outlook.example.com
550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

Alkuperäinen viesti:
Aihe: Vastaus tietopyyntöönne
Hei, liitteenä kopio teitä koskevista henkilötiedoista sekä tieto siitä kenelle tietoja on luovutettu.""")

E("fi", "erasure", False, "very short erasure demand, spoken form",
  "Niko P <nikopee@example.fi>", "tiedot",
  """poistakaa mun tiedot kaikki ja tili. ei tarvi vastata pitkästi""")

E("fi", "access", False, "reminder of access request sent in October",
  "Hannele Björk <hannele.bjork@example.fi>", "Muistutus",
  """Hei,

lähetin 3.10. tähän osoitteeseen pyynnön saada nähdä mitä tietoja teillä on minusta ja pojastani (Onni Björk, Huutoniemen koulu). En ole saanut mitään vastausta. Voisitteko ilmoittaa milloin tiedot tulevat.

Ystävällisesti
Hannele Björk""")

E("fi", "objection", False, "guardian refuses that the child's photo is delivered to the school's student card system",
  "Jukka Rinne <jukka.rinne@example.fi>", "Oppilaskorttikuva",
  """Hei

Koulun tiedotteessa luki, että koulukuvauksen yhteydessä otettu kuva toimitetaan teiltä suoraan koululle oppilaskorttia ja Wilmaa varten. Emme halua, että poikamme Veetin (6B, Borgaredin koulu) kuvaa luovutetaan tähän tarkoitukseen. Kotikuvat saa kyllä ottaa ja tilaamme ne normaalisti.

t. Jukka Rinne""")
