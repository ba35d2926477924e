from parts.common import E

E("fi", "access", False, "spoken Finnish, no umlauts, what data do you have on me",
  "Jonna Hiltunen <jonna.hiltunen@example.fi>", "kysymys",
  """moi

mita kaikkee tietoja teil on musta? tilasin joskus 2021 tai 2022 passikuvat ja sit viime keväänä jotai tauluja nettikaupasta. haluisin nahda mita sinne on jaanyt

t. Jonna""")

E("fi", "erasure", False, "Savo dialect, wants own data deleted, long chatty",
  "Pertti Kärkkäinen <pertti.karkkainen@example.fi>", "Tietojen poistamisesta",
  """Hyvee päivee vuan sinne Vaasaan!

Elikkä tämmönen asia ois että mie käin teillä kuvauttamassa itteni ajokorttia vasten siinä kesällä kun olin Pohjanmaalla tyttären luona kyläilemässä. Hyvät kuvat tuli, ei siinä mittää. Mutta nyt tuo tyttären poika sano että kannattaa kuulemma pyytää että ne tiedot poistetaan kun ei niitä enää mihinkään tarvita, kun nykyään kaikki vuotaa netissä ja sitten tulee niitä huijaussoittoja.

Niin että jos työ voisitte poistoo miun tiedot sieltä teijän rekisteristä, nimi ja osote ja puhelinnumero ja ne kuvat kans. Lasku on maksettu jo aikoja sitten.

Kiitoksia jo etukätteen ja hyvvee syksyä!

Pertti Kärkkäinen
Leppävirta
puh 040 123 4567""")

E("fi", "", False, "'poista tilaus' meaning cancel an order, not a DSR",
  "Satu Mäki-Kuutti <satu.makikuutti@example.fi>", "poista tilaus 88213",
  """Hei,
voisitteko poistaa tilauksen 88213, tein sen vahingossa kahteen kertaan. Toinen saa jäädä (88214).

Ystävällisin terveisin
Satu""")

E("fi", "marketing_opt_out", False, "SMS-style, no more ads by text",
  "0401234567 <sms.0401234567@example.fi>", "tekstari",
  """EI ENAA MAINOS TEKSTAREITA KIITOS""")

E("fi", "access", False, "guardian asking what data on child from school photo",
  "Minna Rantanen <minna.rantanen@example.fi>", "Lapsen tiedot koulukuvauksesta",
  """Hei!

Meidän tytär Ella (3B, Gerbyn koulu) oli teidän koulukuvauksessa syyskuussa. Ihmettelen vähän kun koulusta ei kysytty meiltä mitään vaan te lähetitte suoraan tunnuksen kuvien tilaamiseen. Haluaisin tietää mitä tietoja teillä on Ellasta ja mistä ne on saatu, siis onko koulu antanut nimen ja luokan vai mitä kaikkea. Ja kuka muu niitä kuvia näkee.

Kiitos vastauksesta,
Minna Rantanen
Ellan äiti""")

E("fi", "rectification", False, "Ostrobothnian dialect, name misspelled on invoice",
  "Raimo Hakola <raimo.hakola@example.fi>", "laskus väärä nimi",
  """Terve

Teijän laskus on mun nimi väärin, Raino eikä Raimo. Ei se mua niin haittaa mutta kun ne on sitte pankis ja kaikkialla niin korjatkaa se teijän rekisterihin oikeen. Raimo Hakola, Ylistaro.

Raimo""")

E("fi", "erasure", False, "typos, asks to delete her account",
  "niina.k <niina.k87@example.fi>", "tili poisto",
  """hei haluisin et mun tili teidan verkkokaupas poistetaan kokonaa, en oo kayttany sita vuosiin. kayttajatunnus on niina.k87. kiitti""")

E("fi", "", True, "Slotti booking confirmation, no auto headers",
  "Slotti <noreply@slotti.example.com>", "Varausvahvistus: Passikuva, Zoomi Vaasa keskusta",
  """Hei Markus,

varauksesi on vahvistettu.

Palvelu: Passikuva (sis. sähköisen kuvakuitin)
Aika: ti 14.10.2026 klo 15:20
Paikka: Zoomi Kuvakaupat, Vaasa keskusta

Voit perua tai siirtää varauksesi viimeistään 24 h ennen varattua aikaa:
https://slotti.example.com/v/8QX2K

Tämä on automaattinen viesti, älä vastaa tähän.""")

E("fi", "marketing_opt_out", False, "elderly writer, formal, no more newsletters by post or email",
  "Aune Salminen <aune.salminen@example.fi>", "Mainokset",
  """Hyvä vastaanottaja.

Olen 84-vuotias leski enkä enää tarvitse valokuvia tai tauluja. Pyydän ystävällisesti, ettei minulle lähetetä enää tarjouksia sähköpostiin eikä kirjeitse. Tyttärenpoikani auttoi minua tämän viestin kirjoittamisessa.

Kunnioittavasti
Aune Salminen
Mustasaari""")

E("fi", "erasure", False, "guardian wants child's photo removed from Instagram",
  "Jani Östman <jani.ostman@example.fi>", "Poikani kuva teidän instassa",
  """Moi,

huomasin että teidän Instagramissa on päiväkotikuvauksesta kuva, jossa meidän Eeli (5v) on ihan keskellä. Me ei olla annettu mitään lupaa semmoiseen, muistaakseni lomakkeessa oli rasti kohdassa "ei julkaista". Ottakaa se kuva pois sieltä heti.

Jani Östman
Eelin isä""")

E("fi", "access+erasure", False, "spoken, wants copy and then delete",
  "Tuomas Lind <tuomas.lind@example.fi>", "gdpr juttu",
  """Moro

Eli mä haluun ekaks tietää mitä kaikkee musta on tallennettu (kopio tiedoista kiitos) ja sen jälkeen et ne poistetaan. Mulla ei oo mitää avoimia tilauksia. 

T: Tuomas
Lähetetty iPhonesta""")

E("fi", "", False, "wants more prints of school photo, near-miss for access",
  "Heli Koskinen <heli.koskinen@example.fi>", "lisää kuvia",
  """Hei, saisinko vielä kaksi kappaletta 13x18 kokoa Aadan koulukuvasta? Kuvakoodi on K7-22841. Mummo halus kans yhden. Voin maksaa laskulla.

Heli""")

E("fi", "objection+restriction", False, "objects to data passed to debt collection, pause until resolved",
  "Kalle Nyman <kalle.nyman@example.fi>", "Perintä",
  """Hei

Sain OK-perinnältä kirjeen teidän laskusta joka koski koulukuvia. Lasku oli riitautettu jo kesäkuussa koska kuvat tulivat väärän lapsen nimellä, ja asiakaspalvelunne lupasi selvittää. Vastustan sitä että tietojani on luovutettu perintätoimistolle tässä tilanteessa ja pyydän että perintä keskeytetään ja tietoni vedetään sieltä pois, kunnes asia on selvitetty.

Kalle Nyman
Laihia""")

E("fi", "", True, "out-of-office reply from school secretary",
  "Vaasan Onkilahden koulu / kanslia <kanslia.onkilahti@example.fi>", "Automaattinen vastaus: Luokkakuvien tilaukset",
  """Olen lomalla 19.10.–23.10.2026. Kiireellisissä asioissa ota yhteyttä rehtoriin, puh. 050 123 4567.

Jag är på semester 19.10–23.10.2026. I brådskande ärenden kontakta rektorn.

Ystävällisin terveisin
Kaisa Ahonen, koulusihteeri""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "marketing_opt_out+erasure", False, "very long story, request buried: stop marketing and delete",
  "Riitta-Liisa Vainionpää <rl.vainionpaa@example.fi>", "Palautetta ja pyyntö",
  """Hei,

kirjoitan tätä nyt kun vihdoin on aikaa, joten pahoittelen etukäteen pitkää viestiä.

Olimme perheen kanssa teillä kuvattavana joulukuussa 2023, kun appivanhemmat täyttivät 50 vuotta yhteistä taivalta ja halusimme koko suvun yhteiskuvan. Kuvaaja oli ihana, nuori nainen jonka nimeä en valitettavasti muista, ja hän jaksoi kärsivällisesti vaikka meidän kaksoset kiukuttelivat koko ajan ja appiukko ei millään olisi halunnut ottaa lippalakkia pois. Kuvat olivat upeita ja tilasimme niitä kaikille sukulaisille, taisi mennä yli 400 euroa mutta ei kaduta yhtään.

Sen jälkeen tilasin verkkokaupasta vielä pari kertaa kalentereita. Viime keväänä appiukko kuitenkin kuoli ja perhe on ollut vähän hajalla. Tämä ei tietenkään ole teidän vikanne, mutta nyt kun teiltä tulee joka viikko sähköpostia "Ikuista perheen hetket – varaa sukukuvaus!" ja siinä on vielä se meidän oma kuva mallina (tai ainakin hyvin samannäköinen), niin se tuntuu aika pahalta.

Joten: en halua enää mitään markkinointipostia, ei sähköpostia, ei tekstiviestejä. Ja kun kerran asiaan päästiin, poistakaa minun tietoni asiakasrekisteristänne kokonaan, mikäli kirjanpito sen sallii. Kuvat meillä on jo tallessa.

Kiitos vielä kerran siitä kuvauksesta, se on nyt meille tosi arvokas.

Riitta-Liisa Vainionpää
Vöyri""")

E("fi", "", False, "employee of client organisation asks about staff photo delivery schedule",
  "Hanna Perälä, Vaasan kaupunki <hanna.perala@example.fi>", "Henkilöstökuvat / sosiaalitoimi",
  """Hei,

meidän henkilöstökuvaus oli 2.11. ja lupasitte kuvat viikossa intranettiä varten. Vielä ei ole tullut linkkiä. Onko arviota milloin tulee? Tarvitsemme myös kuvat 600x800 pikselin kokoisina, ei pelkkinä printtiversioina.

Terveisin
Hanna Perälä
HR-asiantuntija, sosiaali- ja terveystoimi
Vaasan kaupunki
p. 040 987 6543""")

E("fi", "objection+erasure", False, "employee of client org: photo on employer website, objects and wants it removed",
  "Markku Laaksonen <markku.laaksonen@example.fi>", "Kuvani työnantajan sivuilla",
  """Hei,

Olen töissä Pohjanmaan Rakennus Oy:llä ja te kuvasitte meidät viime keväänä. Nyt huomasin että minun kuvani on teidän omilla sivuillanne referenssinä "yrityskuvaus"-kohdassa nimen kanssa. En ole antanut lupaa siihen että te käytätte kuvaani omassa markkinoinnissanne, työnantajan sivuille kyllä.

Eli kuvaa ei saa käyttää teidän mainonnassa jatkossakaan, ja poistakaa se referenssisivulta.

Markku Laaksonen
työmaainsinööri""")

E("fi", "access+complaint", False, "reply in open access thread: has reported to tietosuojavaltuutettu, no umlauts",
  "Ville Harju <ville.harju@example.fi>", "RE: RE: tietopyynto",
  """Kolme kuukautta ja ei mitaan vastausta. Tein nyt ilmoituksen tietosuojavaltuutetulle, diaarinumeron laitan kun saan. Ihan kasittamatonta toimintaa.

Ville Harju

> Lahetetty: 4.9.2026
> Hei, pyydan kopion kaikista tiedoistani. Ville Harju""")

E("fi", "rectification", False, "married, change surname, Turku dialect",
  "Emmi Virta <emmi.virta@example.fi>", "nimenmuutos",
  """Moikka!

Mää menin naimisiin kesäl ja mun sukunimi on nyt Virta (ennen Lehtinen). Vaihdatteks te sen teiän asiakastietoihin, ku mää tilaan kumminki viel hääkuvat teilt. Sähköposti on sama ku ennen.

Kiitos!
Emmi""")

E("fi", "restriction", False, "contests accuracy of address, stop processing until fixed",
  "Jorma Kivelä <jorma.kivela@example.fi>", "virheelliset tiedot",
  """Hei

Teidän järjestelmässä on minulle osoite jossa en ole koskaan asunut (Koulukatu 14 Vaasa) ja sinne on mennyt lasku jota en ole tilannut. Kiistän nämä tiedot. Älkää käyttäkö niitä tietoja mihinkään ennen kuin olette selvittäneet mistä ne on tullut, älkääkä lähettäkö mitään laskuja eteenpäin.

Jorma Kivelä
040 123 4567""")

E("fi", "", False, "'peru varaus' meaning cancel a booking",
  "Sanna Leino <sanna.leino@example.fi>", "peru varaus",
  """Moi, joudun perumaan huomisen varauksen klo 10 (rippikuvaus, Leino). Lapsi sairastui. Otan yhteyttä kun löytyy uusi aika.
- Sanna""")

E("fi", "portability", False, "wants own photos and order history in machine-readable form to move to another service",
  "Aleksi Nurmi <aleksi.nurmi@example.fi>", "tietojen siirto",
  """Hei!

Mulla on teidän verkkokaupassa tili, ja sinne on ladattu vuosien varrella n. 300 omaa kuvaa kuvakirjoja varten. Oon siirtymässä toiseen palveluun, joten haluaisin saada tiedot koneluettavassa muodossa (kuvat alkuperäisinä ja tilaushistoria csv:nä tai json:na), jotta voin siirtää ne sinne. Onnistuuko?

Aleksi""")

E("fi", "access", False, "why did you hand my data to collection",
  "Tiina Saarela <tiina.saarela@example.fi>", "Miksi annoitte tietoni perintään?",
  """Hei

Miksi annoitte tietoni perintään? Lasku oli eräpäivänä 20.9. ja maksoin sen 23.9. Haluaisin tietää mitä tietoja minusta on OK-perinnälle lähetetty ja milloin.

Tiina Saarela""")

E("fi", "", False, "complaint about print quality (consumer), not Art. 77",
  "Pirjo Mäkelä <pirjo.makela@example.fi>", "Reklamaatio",
  """Hei,
tilasin valokuvataulun (50x70) ja se tuli aivan haaleana, värit ihan väärät. Haluan reklamoida. Voin lähettää kuvan taulusta. Tilausnumero 91022.
Pirjo Mäkelä""")

E("fi", "access+rectification", False, "guardian: child's name wrong on school photo order, and what data",
  "Aki Huhtala <aki.huhtala@example.fi>", "koulukuvat, nimi väärin",
  """Moi,

pojan nimi on teidän koulukuvatilauksessa väärin, "Onni Huhtla" vaikka pitäis olla Onni Huhtala. Korjatkaa se ettei se mene kuvakansioon väärin. Samalla vois kertoa mitä kaikkea tietoja teille on koulusta tullut pojasta, kun en oo ikinä itse antanut teille mitään.

Aki""")

E("fi", "marketing_opt_out", False, "one-liner, no umlauts",
  "kirsi.ahola <kirsi.ahola@example.fi>", "uutiskirje",
  """lopettakaa se uutiskirjeen lahettaminen mulle""")

E("fi", "", True, "Business Central invoice notice",
  "Zoomi Kuvakaupat Oy laskutus <laskutus@example.fi>", "Lasku 2026-10412 / Zoomi Kuvakaupat Oy",
  """Hyvä asiakas,

liitteenä laskunne 2026-10412.

Laskun summa: 64,90 EUR
Eräpäivä: 30.10.2026
Viitenumero: 10412 00087
IBAN: FI00 1234 5600 0007 85

Tämä viesti on lähetetty automaattisesti. Ethän vastaa tähän viestiin.

Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa, Y-tunnus 0855332-0""")

E("fi", "erasure", False, "teenager (16) in own name wants own school photos deleted",
  "Venla <venla.k2010@example.fi>", "mun kuvat",
  """hei oon venla 16v ja mut on kuvattu teiän koulukuvauksissa varmaa 9 vuotta putkeen. haluun et kaikki mun kuvat poistetaan teiän palvelimelta koska ne on tosi noloja ja en haluu et ne on jossain tallessa. mun äiti ei tiiä tästä mut mä oon jo 16 nii eiks mä saa ite päättää

Venla Koskela, Variskan koulu""")

E("fi", "complaint+access", False, "will complain to DPA if no answer, reminder of access request",
  "Seppo Ketola <seppo.ketola@example.fi>", "muistutus: tarkastuspyyntö 12.9.",
  """Hei

Lähetin 12.9. tarkastuspyynnön tähän osoitteeseen enkä ole saanut mitään vastausta, en edes kuittausta. Kuukausi on mennyt. Jos en saa tietojani tämän viikon aikana, teen valituksen tietosuojavaltuutetulle.

Seppo Ketola
Kokkola""")

E("fi", "", False, "asks where the passport photo receipt is; police server issue",
  "Laura Pihlaja <laura.pihlaja@example.fi>", "kuvakuitti ei toimi",
  """Hei, kävin eilen passikuvassa ja poliisin sivulla sanoo että kuvakuittia ei löydy. Koodi on 4XK9-22LM. Voitteko tarkistaa onko kuva lähetetty? Haen passia perjantaina.

Laura""")
