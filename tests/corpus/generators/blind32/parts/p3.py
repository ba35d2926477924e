from parts.common import E

# ---------------------------------------------------------------- fi (14)

E("fi", "access", False, "formal Art. 15 letter listing purposes, recipients, retention, complaint right: access only",
  "Pekka Honkanen <pekka.honkanen@example.fi>", "Tietopyyntö EU:n tietosuoja-asetuksen 15 artiklan nojalla",
  """Zoomi Kuvakaupat Oy
Asiakasrekisterin rekisterinpitäjä

Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla tietoa siitä, käsittelettekö minua koskevia henkilötietoja, ja jos käsittelette, jäljennöksen käsiteltävistä tiedoista sekä seuraavat tiedot:

1. käsittelyn tarkoitukset ja oikeusperusteet
2. kyseessä olevat henkilötietoryhmät
3. vastaanottajat tai vastaanottajaryhmät, joille tietoja on luovutettu (nimettyinä)
4. tietojen säilytysaika tai sen määrittämisperusteet
5. mistä tiedot on saatu, jos niitä ei ole kerätty minulta
6. tieto automaattisesta päätöksenteosta ja profiloinnista
7. tieto oikeudestani tehdä valitus valvontaviranomaiselle

Vastatkaa sähköisesti tähän osoitteeseen. Tunnistautumista varten: asiakasnumeroni on 100552.

Pekka Honkanen
Vaasa""")

E("fi", "erasure", False, "reply to our ID request, sends ID and restates erasure",
  "Marjo Lähteenmäki <marjo.lahteenmaki@example.fi>", "Re: Poistopyyntönne",
  """Tässä ajokortin kuva liitteenä. Miks tätä ees tarvii?? No kuitenki, poistakaa ne tiedot ja kuvat niinku pyysin.

Marjo

Lähetetty Androidista

> Hei Marjo,
> kiitos poistopyynnöstäsi. Koska viesti tuli osoitteesta, jota ei löydy asiakasrekisteristämme, pyydämme vahvistamaan henkilöllisyytesi, esim. tilausnumerolla tai kuvakoodilla.
> Ystävällisin terveisin
> Zoomi Kuvakaupat Oy / Asiakaspalvelu""")

E("fi", "", False, "near-miss: wrong person, replying to our photo-day mail",
  "Teemu Kortesmaa <teemu.kortesmaa@example.fi>", "Re: Kuvauspäivä Ristinummen päiväkodissa 15.10.",
  """Väärä henkilö, mulla ei oo lapsia tuossa päiväkodissa. Joku on varmaan kirjottanu osotteen väärin.

> Hyvä huoltaja,
> Ristinummen päiväkodin kuvauspäivä on ti 15.10. Kuvat näet kuvakoodilla verkkokaupassa noin kahden viikon kuluttua.
> Zoomi Kuvakaupat Oy""")

E("fi", "marketing_opt_out", False, "mother forwards adult daughter's wish to stop newsletter",
  "Anne Hautala <anne.hautala@example.fi>", "Fwd: se uutiskirje",
  """Tytär pyysi, voitteko hoitaa? Hän on vaihdossa Espanjassa eikä saa sitä peruttua.

Alkuperäinen viesti:
Lähettäjä: Noora Hautala <noora.hautala@example.com>
Aihe: se uutiskirje

Äiti, voitko pyytää Zoomilta et ne lopettaa sen uutiskirjeen mulle? Mä yritin perua mut se linkki ei toimi puhelimella. En oo tilannu niiltä mitää sit lukion""")

E("fi", "", False, "near-miss: passport photo receipt code not working",
  "Mirja Hyvönen <mirja.hyvonen@example.fi>", "kuvakuitti ei toimi",
  """Hei, passikuvan kuvakuitti ei toimi poliisin sivulla, se sanoo että koodia ei löydy. Koodi on 4XK7-PP21. Kävin kuvassa eilen. Mitä teen, passi pitäs saada ennen lomaa

Mirja""")

E("fi", "objection", False, "own photo in brochure, never consented, must not be used anymore (no removal asked)",
  "Jaana Rinne <jaana.rinne@example.fi>", "kuvani esitteessä",
  """Hei
Näin että mun kuva on teidän uudessa esitteessä (se jossa kuvataan yrityskuvauksia). En oo antanu siihen lupaa, kuvaus oli meidän työpaikan henkilökuvaus. Sitä kuvaa ei saa käyttää enää teidän markkinoinnissa missään.
Jaana Rinne""")

E("fi", "access+erasure+complaint", False, "angry: where did you get my data, delete now, GDPR breach, reporting",
  "Kalle Väisänen <kalle.vaisanen@example.fi>", "MISTÄ",
  """Saan teiltä jatkuvasti postia vaikka en oo koskaan asioinu teillä. Mistä ootte saaneet mun nimen ja osotteen??? Poistakaa ne heti.

Tää on GDPR rikkomus ja ilmotan tästä tietosuojavaltuutetulle.

Kalle Väisänen""")

E("fi", "restriction", False, "Ostrobothnian: don't pass data on until invoice matter is settled",
  "Seppo Mäenpää <seppo.maenpaa@example.fi>", "lasku",
  """Päivää

Älkää antako meirän tietoja ny kellekään eteenpäin, ei perintään eikä muuallekaan, ennenku tää laskuasia on selevitetty. Me ollaan maksettu se, pankki selevittää.

Seppo Mäenpää, Kauhava""")

E("fi", "", False, "near-miss (disputed): deletion wanted only in the future, not now",
  "Riitta Pulkkinen <riitta.pulkkinen@example.fi>", "kysymys tietojen poistosta",
  """Hei, voinko pyytää että poistatte meidän tiedot sitten kun nuorin lapsi on päässyt peruskoulusta? Se on 2027. Ei vielä nyt, tarvitaan vielä koulukuvat.

Riitta""")

E("fi", "marketing_opt_out", False, "no more SMS offers, reply to quoted SMS",
  "Harri Leppänen <harri.leppanen@example.fi>", "Re: Zoomi: Joulukortit -30%",
  """Ei kiitos enää näitä tekstareita.

> Zoomi: Joulukortit omista kuvista -30 % su 1.12. asti! example.fi/joulu Lopetus: vastaa STOP""")

E("fi", "rectification", False, "child's name wrong in register",
  "Kati Järvinen <kati.jarvinen@example.fi>", "Lapsen nimi",
  """Hei! Poikani nimi on teillä väärin: Aleksi Järvinen, ei Aleski. Huomasin sen kuvakoodikirjeestä. Korjaisitteko.
Terveisin Kati Järvinen""")

E("fi", "", True, "out-of-office of a daycare director, no header",
  "Päiväkotijohtaja Merja Ahola <merja.ahola@example.fi>", "Automaattinen vastaus: Kuvauspäivät syksy",
  """Kiitos viestistäsi. Olen koulutuksessa 21.–23.10. ja vastaan viesteihin 24.10. alkaen.
Kiireellisissä asioissa soita varajohtajalle 040 555 1212.

Merja Ahola
päiväkodinjohtaja, Gerbyn päiväkoti""")

E("fi", "portability", False, "wants order history and photos in transferable format",
  "Juho Seppälä <juho.seppala@example.fi>", "tiedot toiseen palveluun",
  """moi saisinko kaikki mun tilaushistorian ja tilille ladatut kuvat sellasessa muodossa et voin siirtää ne toiseen palveluun? json tai csv käy + kuvat zippinä. kiitos
juho""")

E("fi", "", False, "near-miss: 'ok kiitti' under our reply",
  "Jenna Saari <jenna.saari@example.fi>", "Re: tilauksen toimitus",
  """ok kiitti

> Hei Jenna, tilauksesi 55812 on lähetetty tänään Postilla. Seurantakoodi JJFI6512...
> Terveisin Zoomi Kuvakaupat""")

# ---------------------------------------------------------------- sv (10)

E("sv", "access+erasure", False, "Ostrobothnian: first see what you have, then everything away",
  "Stig Vikström <stig.vikstrom@example.fi>", "mina uppgifter",
  """Hej
Först vill ja se va ni ha om mej, å sen ska allt bort. Ja ha int handla sen 2015.
Stig Vikström, Oravais""")

E("sv", "access+complaint", False, "reminder of access request + conditional complaint to DPA",
  "Helena Forsman <helena.forsman@example.fi>", "Påminnelse: registerutdrag",
  """Påminnelse!

Jag begärde registerutdrag 12.2 och har inte fått något svar. Om jag inte får svar inom en vecka kontaktar jag Dataombudsmannen.

Helena Forsman""")

E("sv", "marketing_opt_out+rectification", False, "wife forwards husband's mail: no catalogues + fix spelling",
  "Lena Holmqvist <lena.holmqvist@example.fi>", "VB: kataloger",
  """Detta gäller min man, han använder inte e-post själv så han skrev från min dator. /Lena

Från: Lena Holmqvist
Skickat: måndag 3 mars 19:02
Ämne: kataloger

Jag vill inte längre få era kataloger och erbjudanden med posten. Och rätta stavningen av mitt namn, det är Holmqvist med q, inte Holmkvist.
Rolf Holmqvist""")

E("sv", "", False, "near-miss: where is my order",
  "Emilia Strand <emilia.strand@example.fi>", "Var är min beställning?",
  """Hej, var är min beställning? Ordernr 99310, beställd 2.9. Har inte fått något spårningsnummer.
Emilia""")

E("sv", "objection+marketing_opt_out", False, "object to analytics on website + no advertising",
  "Anders Lönnqvist <anders.lonnqvist@example.se>", "spårning och reklam",
  """Hej,
jag motsätter mig att ni använder mina uppgifter i Google Analytics och annan statistik på er webbplats. Jag vill inte heller ha någon reklam från er, varken mejl eller sms.
Anders Lönnqvist""")

E("sv", "", True, "list-server confirmation of unsubscription (names a right, still empty)",
  "Zoomi Nyhetsbrev <nyhetsbrev-noreply@example.fi>", "Du har avregistrerats",
  """Hej!

Din e-postadress har nu avregistrerats från Zoomi Kuvakaupats nyhetsbrev. Du får inga fler utskick.

Om du avregistrerade dig av misstag kan du anmäla dig igen på https://example.fi/nyhetsbrev

Detta meddelande skickades automatiskt.""")

E("sv", "erasure", False, "take down son's photo from Facebook, never gave permission (ground only)",
  "Johanna Rosenback <johanna.rosenback@example.fi>", "bilden på facebook",
  """Ta ner bilden på min son från er Facebook-sida (inlägget om dagisfoto 5.9). Jag har aldrig gett lov till det.
Johanna Rosenback""")

E("sv", "", False, "near-miss (disputed): general question how long school photos are kept",
  "Camilla Nyman <camilla.nyman@example.fi>", "fråga",
  """Hej, hur länge sparar ni skolfotona efter att man har beställt? Bara undrar om man kan beställa fler kopior om några år.
Camilla""")

E("sv", "rectification", False, "wrong phone number",
  "Kenneth Ahlskog <kenneth.ahlskog@example.fi>", "telefonnummer",
  """Ni har fel telefonnummer till mig, sms:en om bildkoderna kommer till någon annan. Rätt nummer är 050 331 2288.
Kenneth Ahlskog""")

E("sv", "restriction+access", False, "don't delete, need it for dispute with ex + copy of everything",
  "Malin Höglund <malin.hoglund@example.fi>", "Radera inte",
  """Hej,
radera inte någonting om mig eller barnen. Jag behöver uppgifterna i en tvist med min exmake om vem som beställde och betalade bilderna. Skicka en kopia av allt ni har om mig och barnen (Ebba och Melker Höglund).
Malin Höglund""")

# ---------------------------------------------------------------- en (6)

E("en", "erasure", False, "16-year-old wants school photos deleted from website and system",
  "Aleksi Nordman <aleksi.nordman@example.com>", "delete my photos",
  """hi im 16 and i want you to delete my school photos from your website and your system. my mom said i can ask myself. my name is Aleksi Nordman, class 9B at Vaasan lyseo

thx""")

E("en", "", True, "analytics monthly report, no header",
  "Google Analytics <analytics-noreply@example.com>", "Your monthly Analytics report for example.fi",
  """Here's how your property example.fi performed last month.

Users: 4,812 (+12%)
Sessions: 6,330
Top page: /koulukuvat
Top country: Finland

Manage email preferences in your Analytics settings. This is an automated message.""")

E("en", "erasure", False, "delete my account",
  "Olivia Brandt <olivia.brandt@example.com>", "account",
  """Please delete my account and everything in it. Moved to Tampere, won't be ordering again.
Olivia""")

E("en", "", False, "near-miss: job application",
  "Mateo Alvarez <mateo.alvarez@example.com>", "Summer job photographer",
  """Hello,
I'm a photography student in Vaasa looking for summer work next year. I have experience with school and event photography. Portfolio: https://example.com/mateo
Best regards,
Mateo Alvarez""")

E("en", "erasure+complaint", False, "reminder of deletion request + conditional complaint",
  "Thomas Becker <thomas.becker@example.com>", "RE: deletion request",
  """This is my second reminder. If I don't get a confirmation that my data has been deleted by Friday, I'll take this to the Finnish data protection ombudsman.

Thomas Becker

> On 3 Feb, Thomas Becker wrote:
> Please delete my account and all personal data you hold on me.""")

E("en", "objection", False, "CCPA-style opt-out of sale",
  "Jennifer Walsh <jennifer.walsh@example.com>", "Do not sell my personal information",
  """Hi, I'm a US citizen living in Vaasa for a few years. Please opt me out of the sale or sharing of my personal information, I always do this with every company.
Jennifer Walsh""")
