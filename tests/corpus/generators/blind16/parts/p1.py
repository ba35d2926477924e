from parts.common import E

E("fi", "erasure", False, "phone one-liner, no umlauts, Android signature",
  "Jere Kallio <jere.kallio88@example.fi>", "tiedot",
  """poistakaa mun tiedot teidan rekisterista kiitos

Lähetetty Android-laitteesta""")

E("fi", "rectification+access", False, "long polite story, address change + what data is held buried in middle",
  "Marjatta Heinonen <marjatta.heinonen@example.fi>", "Koulukuvat ja muutto",
  """Hei!

Kiitos vielä syksyn koulukuvista, Eelin kuvat onnistuivat tosi hyvin ja mummokin ilahtui
kovasti kun sai omat kappaleensa. Me tilattiin silloin se isompi paketti ja kaikki tuli
ajallaan perille, joten siitä ei ole mitään valitettavaa.

Muutimme lokakuussa Laihialta Vaasaan, ja huomasin että viimeisin tarjouskirje tuli vielä
vanhaan osoitteeseen (Kirkkotie 14, Laihia). Uusi osoite on Pitkäkatu 31 B 9, 65100 Vaasa.
Voisitteko vaihtaa sen teidän asiakastietoihin? Ja kun nyt kirjoitan, niin haluaisin samalla
tietää mitä kaikkea meistä ylipäätään on teillä tallessa, eli mitä tietoja minusta ja Eelistä
olette keränneet ja mistä ne on saatu. Koulu ilmeisesti antoi teille luokkalistan?

Ensi vuonna varmaan taas tilataan, Eeli menee silloin jo kolmannelle.

Ystävällisin terveisin
Marjatta Heinonen
040 123 4567""")

E("fi", "marketing_opt_out", False, "angry mail that only wants SMS marketing to stop",
  "Pentti Rautio <pentti.rautio@example.fi>", "NYT RIITTÄÄ",
  """Neljä tekstiviestiä tällä viikolla "JOULUKORTIT NYT -30%". Kello 21.40 eilen illalla viimeisin.
Onko teillä mitään käsitystä siitä miten ärsyttävää tuo on??

En ole koskaan pyytänyt mitään tarjouksia. Kävin kerran hakemassa passikuvan ja sen jälkeen
tätä roskaa on tullut koko ajan. Lopettakaa heti ne mainosviestit ja sähköpostit, en halua
teiltä yhtään mitään markkinointia enää ikinä.

Pentti Rautio""")

E("fi", "", False, "question about how erasure works, explicitly not asking yet",
  "Sanna Lehtimäki <sanna.lehtimaki@example.fi>", "Kysymys tietojen poistosta",
  """Hei,

mietin tässä että jos joskus haluaisin että tietoni poistetaan teiltä, niin miten se käytännössä
menee? Poistuvatko silloin myös vanhat kuvat joita olen tilannut verkkokaupasta, ja saanko ne
sen jälkeen enää ladattua? En siis vielä pyydä mitään, haluan vain ymmärtää miten homma toimii
ennen kuin päätän.

t. Sanna""")

E("fi", "", True, "parcel delivery notification without auto headers",
  "Pakettipiste <ilmoitukset@pakettipiste.example.fi>", "Pakettisi odottaa noutoa – seurantakoodi JJFI6521400012345",
  """Hei!

Lähetyksesi JJFI6521400012345 (lähettäjä: ZOOMI KUVAKAUPAT OY) on saapunut noutopisteeseen.

Noutopiste: K-Market Palosaari, Palosaarentie 58, Vaasa
Noudettava viimeistään: 14.11.2026

Ota mukaan henkilöllisyystodistus. Voit myös siirtää lähetyksen toiseen noutopisteeseen
sovelluksessamme.

Tämä on automaattinen viesti, älä vastaa tähän viestiin.
Pakettipiste Oy""")

E("fi", "access", False, "debt collection: why given to collector and who else got data",
  "Arto Kivimäki <arto.kivimaki@example.fi>", "Perintäkirje OK-perinnältä??",
  """Sain eilen OK-perinnältä kirjeen teidän laskusta 88 euroa. Lasku on maksettu, se on eri
asia ja hoidan sen heidän kanssaan.

Mutta haluan tietää miksi ja milloin olette antaneet minun tietoni perintätoimistolle, mitä
tietoja sinne on tarkalleen lähtenyt (osoite? puhelinnumero? henkilötunnus?) ja kenelle muille
ulkopuolisille olette tietojani luovuttaneet. Vastatkaa kirjallisesti tähän osoitteeseen.

Arto Kivimäki
Vöyri""")

E("fi", "access", False, "very formal template letter, Art 15 items listed",
  "Helena Nurmi <helena.nurmi@example.fi>", "Tarkastuspyyntö (EU 2016/679, 15 artikla)",
  """Zoomi Kuvakaupat Oy
Vasaratie 2 A
65350 Vaasa

TARKASTUSPYYNTÖ

Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla vahvistusta siitä, käsitelläänkö
minua koskevia henkilötietoja, ja jos käsitellään, jäljennöstä käsiteltävistä tiedoista sekä
seuraavat tiedot:

1. käsittelyn tarkoitukset ja oikeusperusteet;
2. asianomaiset henkilötietoryhmät;
3. vastaanottajat tai vastaanottajaryhmät, erityisesti kolmansissa maissa olevat;
4. henkilötietojen säilytysaika tai sen määrittämiskriteerit;
5. oikeus pyytää tietojen oikaisemista tai poistamista tai käsittelyn rajoittamista tai
   vastustaa käsittelyä;
6. oikeus tehdä valitus valvontaviranomaiselle;
7. kaikki saatavilla olevat tiedot siitä, mistä tiedot on kerätty;
8. automaattisen päätöksenteon, profiloinnin mukaan lukien, olemassaolo.

Pyydän vastausta sähköisesti tähän osoitteeseen viimeistään kuukauden kuluessa.

Helena Nurmi
s. 1979
Ristinummentie 5, 65320 Vaasa""")

E("fi", "objection", False, "guardian: do not use child's photo in brochure, may keep for order",
  "Laura Väisänen <laura.vaisanen@example.fi>", "Päiväkodin ryhmäkuva esitteessä",
  """Moi,

näin että teidän uudessa esitteessä (se joka jaettiin Hietalahden päiväkodissa) on ryhmäkuva
jossa meidän Niilo istuu eturivissä. Me ei olla antamassa lupaa siihen, että Niilon kuvaa
käytetään teidän mainonnassa tai esitteissä. Tilatut kuvat saatte toki pitää siinä mitä
tilaus vaatii, mutta markkinointimateriaaliin ei.

Laura Väisänen (Niilon äiti)""")

E("fi", "erasure+complaint", False, "third reminder of erasure + conditional DPA threat",
  "Tuomas Leppänen <tuomas.leppanen@example.fi>", "VS: VS: poistopyyntö",
  """Tämä on nyt kolmas kerta kun kirjoitan. Pyysin 2.9. ja uudelleen 3.10. että poistatte
kaikki minua koskevat tiedot, myös vanhat tilaukset verkkokaupasta ja Slotti-ajanvaraukset.
En ole saanut edes kuittausta.

Jos en saa vastausta tällä viikolla, teen asiasta ilmoituksen tietosuojavaltuutetulle.

Tuomas Leppänen

> Lähettäjä: Tuomas Leppänen
> Lähetetty: 3. lokakuuta 2026
> Aihe: VS: poistopyyntö
>
> Kirjoitin teille kuukausi sitten enkä ole saanut vastausta. Poistakaa tietoni.""")

E("fi", "", False, "invoice amount dispute, no personal data issue",
  "Kari Östman <kari.ostman@example.fi>", "Lasku 2026-4471",
  """Hei

Laskussa 2026-4471 on veloitettu 3 kpl 13x18 vedoksia, mutta tilasin vain kaksi. Summa pitäisi
siis olla 12 € vähemmän. Voisitteko lähettää korjatun laskun? Eräpäivä on ensi viikolla niin
en halua että tästä tulee muistutusmaksua.

Kari Östman""")

E("fi", "marketing_opt_out", False, "change of mind: withdraw erasure, only stop newsletter",
  "Kirsi Mäkelä <kirsi.makela@example.fi>", "Re: Poistopyyntö",
  """Hei vielä,

unohtakaa se eilinen viestini jossa pyysin poistamaan tilini. Mietin asiaa ja haluan sittenkin
pitää tilin, koska siellä on kaikki lasten koulukuvat vuosien ajalta. Lopettakaa vain niiden
uutiskirjeiden lähettäminen minulle, se oli oikeastaan se mikä ärsytti.

Kiitos ja anteeksi sekoilu!
Kirsi

> Poistakaa minun tili ja kaikki tiedot. Kirsi Mäkelä""")

E("fi", "", True, "other firm's newsletter without list headers; text offers unsubscribe/change details",
  "Sisustus Kotiliesi <uutiset@kotiliesi-sisustus.example.fi>", "Joulun uutuudet ovat täällä!",
  """Hei Kirsi!

Joulun uutuusmallisto on nyt myymälöissä ja verkossa. Tutustu tunnelmallisiin tekstiileihin,
kynttilöihin ja uuteen astiasarjaamme Lumi.

Vain tällä viikolla: kaikki pöytäliinat -25 %.

-------------------------------------
Saat tämän viestin, koska olet tilannut uutiskirjeemme. Voit perua tilauksen tai muuttaa
tietojasi täällä: https://kotiliesi-sisustus.example.fi/profiili
Kotiliesi Sisustus Oy, Hovioikeudenpuistikko 15, 65100 Vaasa""")

E("sv", "access", False, "short Finland-Swedish registerutdrag",
  "Birgitta Sundqvist <birgitta.sundqvist@example.fi>", "Registerutdrag",
  """Hej,
jag skulle vilja granska vilka uppgifter ni har om mig i ert kundregister. Kan ni skicka dem per e-post?
Mvh Birgitta Sundqvist, Korsholm""")

E("sv", "erasure", False, "short, misspelled 'radera mej'",
  "Kim Backman <kim.backman@example.fi>", "bort",
  """radera mej ur era system tack. har int handlat av er sen 2019
/Kim""")

E("sv", "restriction+rectification", False, "don't touch data until checked; contests address, gives correct one",
  "Gunilla Ahlskog <gunilla.ahlskog@example.fi>", "Fel adress och fakturan",
  """Hej,

ni har skickat en faktura till en adress där jag inte har bott på tre år (Handelsesplanaden 8,
Vasa). Jag vet inte varifrån ni har fått den. Rätt adress är Storalånggatan 40 A 3, 65100 Vasa.

Tills ni har utrett hur det här har gått till vill jag att ni inte rör mina uppgifter alls – inte
skickar dem vidare till något inkassobolag eller använder dem till något annat. Låt dem ligga
orörda tills ni har kontrollerat saken.

Med vänlig hälsning
Gunilla Ahlskog""")

E("sv", "", True, "out-of-office with Auto-Submitted header",
  "Mats Rönnqvist <mats.ronnqvist@example.fi>", "Frånvaromeddelande: Er beställning 55120",
  """Hej,

jag är på semester till och med 20.11 och läser inte min e-post. I brådskande ärenden kan ni
kontakta min kollega Anna Blomqvist, anna.blomqvist@example.fi.

Mats Rönnqvist""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

E("sv", "", False, "complaint about price and service, no GDPR request",
  "Ulla Holmström <ulla.holmstrom@example.fi>", "Skolfoto priser",
  """Hej!

Jag måste säga att jag blev ganska besviken i år. Ett enda porträtt av min dotter i digital form
kostar 29 euro, och förra året var det 19. Dessutom var fotografen i Sundom skola så stressad att
barnen knappt hann sätta sig innan bilden var tagen. Min dotter blundar på bilden.

Kan man få en ny fotografering eller åtminstone något slags rabatt? Jag tycker inte att det här
är rimligt.

Ulla Holmström""")

E("sv", "portability", False, "order history as CSV",
  "Johan Kvist <johan.kvist@example.se>", "Orderhistorik",
  """Hej,

jag har beställt en hel del fotoböcker och kort hos er genom åren. Går det att få hela min
orderhistorik och de bilder jag själv laddat upp som en fil, typ CSV eller något annat som
går att läsa in i ett annat program? Jag byter till en annan tjänst nu.

Tack på förhand!
Johan""")

E("sv", "marketing_opt_out", False, "Swedish mail with earlier Finnish company reply quoted below",
  "Rolf Granlund <rolf.granlund@example.fi>", "Sv: Tarjous: kevään rippikuvaukset",
  """Hej, jag förstår tyvärr inte finska så bra, men jag vill inte ha fler sådana här
reklammejl från er. Sluta skicka dem, tack.

Rolf Granlund

> Hei Rolf!
> Kevään rippikuvaukset ovat taas täällä. Varaa aikasi Slotista nyt ja saat
> kaupan päälle 10 kpl kiitoskortteja.
> Ystävällisin terveisin, Zoomi Kuvakaupat""")

E("sv", "erasure", False, "employer HR asks staff photos of former employees removed",
  "Camilla Nyman <camilla.nyman@byggnadsab-vasa.example.fi>", "Personalbilder – anställda som slutat",
  """Hej,

ni fotograferade vår personal i mars 2025. Fyra av de anställda har sedan dess slutat hos oss och
har bett att deras bilder inte längre ska finnas kvar någonstans:

- Henrik Lassus
- Sara Wikström
- Peter Mäenpää
- Linda Sjöblom

Vi har tagit bort bilderna från vår webbplats. Vänligen radera också bilderna av dem och deras
uppgifter från era system och från det webbgalleri där vi valde bilderna.

Med vänlig hälsning
Camilla Nyman
HR-chef, Byggnads Ab Vasa

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för
mottagaren. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera
meddelandet. Obehörig användning, spridning eller kopiering är förbjuden.""")

E("sv", "", True, "calendar invitation from a school, no auto headers",
  "Smedsby skola <kansli@smedsby-skola.example.fi>", "Inbjudan: Skolfotografering åk 1–6 @ ons 16.9.2026 08:30 – 14:00",
  """Du har blivit inbjuden till följande händelse.

Skolfotografering åk 1–6
När: onsdag 16 september 2026 08:30 – 14:00 (EET)
Var: Smedsby skola, gymnastiksalen
Kalender: kansli@smedsby-skola.example.fi
Vem:
  * kansli@smedsby-skola.example.fi – organisatör
  * tietosuoja@example.fi

Kommer du?  Ja – Kanske – Nej   fler alternativ »

Inbjudan från kalendertjänsten. Du får den här e-postinbjudan eftersom du är gäst i händelsen.""")

E("sv", "complaint+access", False, "calm: already reported to Dataombudsmannen, earlier access unanswered",
  "Eva Lindroos <eva.lindroos@example.fi>", "Min begäran från augusti",
  """Hej,

jag vill bara meddela att jag i förra veckan lämnade in en anmälan till dataombudsmannens byrå,
eftersom jag inte har fått något svar på min begäran om registerutdrag som jag skickade till er
den 14 augusti. Jag vill fortfarande ha utdraget, så skicka det gärna så snart som möjligt.

Vänliga hälsningar
Eva Lindroos
Nykarleby""")

E("en", "access+erasure", False, "non-native English, access then delete, self and son",
  "Dmitri Volkov <dmitri.volkov@example.com>", "my data and my son data",
  """Hello

I want know what data you are keeping of me and of my son Artem (school photo Variska school 2025).
Please send me all this data, and after i have get it please delete everything, we not need your
service anymore.

Best regard
Dmitri Volkov""")

E("en", "", True, "password reset mail from another service, no auto headers",
  "PrintCloud Accounts <accounts@printcloud.example.com>", "Reset your password",
  """Hi,

Someone asked to reset the password for the PrintCloud account linked to tietosuoja@example.fi.

If this was you, click the link below within 30 minutes:
https://printcloud.example.com/reset?token=8f2c1a

If you didn't ask for this, you can ignore this email. Your password won't change.

Thanks,
The PrintCloud team""")

E("en", "objection", False, "stop analysing what I click (web analytics), no legal words",
  "Oliver Grant <oliver.grant@example.com>", "Tracking on your shop",
  """Hi there,

I noticed your online shop sends everything I do to Google Analytics – every page, every click on a
photo. I'm fine buying prints from you but I'd like you to stop analysing what I click and
following me around the site. Please take me out of whatever tracking you do on the web shop.

Oliver""")

E("en", "rectification", False, "mentions erasure right but only wants surname fixed",
  "Aino Mitchell <aino.mitchell@example.com>", "Surname",
  """Hello,

I know I could ask you to delete my whole account, but please don't, I just want my surname fixed.
It's still Korhonen in your system and on the order confirmations, but I got married in the summer
and it's Mitchell now. Email stays the same.

Thanks!
Aino Mitchell""")

E("en", "erasure", False, "erasure with threat of a lawyer (not a complaint)",
  "Richard Hale <richard.hale@example.com>", "Delete my data – final notice",
  """I am writing to demand that you delete every piece of personal information you hold about me,
including the portrait photos taken at your Vaasa studio in 2024 and my account on your web shop.

If this is not done within 14 days I have instructed my lawyer to take the matter further.

R. Hale""")

E("en", "access", False, "Finn writing in English, last line in Finnish",
  "Mikko Saarinen <mikko.saarinen@example.fi>", "Data request",
  """Hi,

I'd like to receive a copy of the personal data your company has stored about me, including
booking history in your reservation system and whatever is kept about my passport photo order
from last spring.

Vastauksen voi lähettää myös suomeksi, ei haittaa.""")

E("en", "", False, "thanks after deletion done",
  "Hannah Berg <hannah.berg@example.com>", "Re: Your erasure request has been completed",
  """Thank you, that was quick! Much appreciated.

Hannah

> Dear Hannah Berg,
> We have deleted the personal data related to your customer account as you requested.
> Invoice data will be kept until 31.12.2032 as required by the Accounting Act.
> Zoomi Kuvakaupat Oy""")

E("en", "", True, "bounce from mailer-daemon with auto headers",
  "Mail Delivery Subsystem <mailer-daemon@example.com>", "Delivery Status Notification (Failure)",
  """This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     j.thompson@example.com

Technical details of permanent failure:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
Subject: Vastaus tietopyyntöönne / Response to your data request
From: tietosuoja@example.fi""",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})
