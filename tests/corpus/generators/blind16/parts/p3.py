from parts.common import E

E("fi", "erasure", False, "former customer wants to be forgotten, polite",
  "Anneli Hakala <anneli.hakala@example.fi>", "Asiakkuuden päättäminen",
  """Hyvä vastaanottaja,

olin asiakkaananne useita vuosia, kun lapset olivat pieniä ja kävimme joka syksy
perhekuvauksessa. Nyt lapset ovat aikuisia ja muuttaneet pois, enkä enää tarvitse palvelujanne.
Toivoisin, että minut ja perheemme vanhat kuvat unohdetaan järjestelmästänne kokonaan.
Laskujen osalta ymmärrän, että kirjanpitolaki voi vaatia jotain säilyttämään.

Kiitos vuosien yhteistyöstä.
Anneli Hakala""")

E("fi", "access+marketing_opt_out", False, "where did you get my email + stop marketing",
  "Markus Lindberg <markus.lindberg@example.fi>", "Mistä sähköpostini?",
  """Hei

sain teiltä tänään mainoksen "Perhekuvaus -20 %". En ole koskaan asioinut teillä. Mistä olette
saaneet sähköpostiosoitteeni ja mitä muuta tietoa teillä on minusta? Ja älkää lähettäkö
enää mitään markkinointiviestejä.

Markus Lindberg""")

E("fi", "rectification", False, "guardian: child's name misspelled in school photo order",
  "Heidi Koivisto <heidi.koivisto@example.fi>", "Väärä nimi koulukuvatilauksessa",
  """Hei!

Tyttäremme nimi on kirjoitettu teidän koulukuvajärjestelmässä muotoon "Sofie Koivisto", oikea
muoto on Sohvi Koivisto. Sama virhe näkyy kuvien nimilapuissa. Korjaisitteko nimen järjestelmään,
niin ensi vuonna menee oikein? Tuulikin koulu, luokka 2A.

Heidi Koivisto""")

E("fi", "portability", False, "all uploaded photos and order history in one package for another service",
  "Jani Rinne <jani.rinne@example.fi>", "Kuvien ja tilausten siirto",
  """Moi

olen ladannut teidän verkkokauppaan vuosien varrella satoja omia kuvia kuvakirjoja varten.
Siirryn nyt toiseen palveluun. Saisinko kaikki lataamani kuvat ja tilaushistorian yhtenä
pakettina, jonka voin tuoda sinne? Mieluiten jossain yleisessä muodossa eikä vain pdf:nä.

Jani""")

E("fi", "objection", False, "objects to use for business development and profiling",
  "Outi Järvinen <outi.jarvinen@example.fi>", "Tietojeni käyttö",
  """Hei,

luin tietosuojaselosteestanne, että käytätte asiakastietoja myös liiketoiminnan kehittämiseen.
En halua, että minun tilauksiani tai tietojani käytetään siihen tai minkäänlaiseen asiakkaiden
ryhmittelyyn tai profilointiin. Tilauksia saatte toki käsitellä niiden toimittamiseksi.

Outi Järvinen""")

E("fi", "erasure", False, "typos, no umlauts, photos of self and children",
  "Jonna Kettunen <jonna.k@example.fi>", "kuvat pois",
  """hei haluisin et poistatte kaikki mun ja mun lapsien kuvat teidan palvelimilta ja sielta galleriasta, myos
ne vanhat eskarikuvat. kiitos

jonna kettunen""")

E("fi", "", False, "thanks + wants more prints (product order, 'kopio kuvasta')",
  "Raili Mäkinen <raili.makinen@example.fi>", "Kiitos ja lisätilaus",
  """Hei,

kiitos ihanista rippikuvista! Haluaisin tilata vielä kaksi kopiota siitä kuvasta, jossa Aleksi
seisoo rannassa, koko 20x30. Voiko sen tehdä sähköpostilla vai pitääkö mennä verkkokauppaan?

Raili""")

E("fi", "", True, "e-signature 'contract signed' notice without auto headers",
  "SignNow Nordic <noreply@signnow-nordic.example.com>", "Asiakirja allekirjoitettu: Koulukuvaussopimus 2027 – Mustasaaren kunta",
  """Hei,

kaikki osapuolet ovat allekirjoittaneet asiakirjan "Koulukuvaussopimus 2027 – Mustasaaren kunta".

Allekirjoittajat:
  Zoomi Kuvakaupat Oy – 18.11.2026 klo 10.22
  Mustasaaren kunta, sivistystoimi – 18.11.2026 klo 14.05

Allekirjoitettu asiakirja on liitteenä ja ladattavissa 30 päivän ajan osoitteesta
https://signnow-nordic.example.com/d/7f31ac

Tämä viesti on lähetetty automaattisesti.""")

E("fi", "access", False, "reminder: access request of 12.9. unanswered",
  "Pekka Harju <pekka.harju@example.fi>", "Muistutus: tarkastuspyyntö 12.9.2026",
  """Hei,

lähetin 12.9.2026 tähän osoitteeseen pyynnön saada kopio minusta tallennetuista tiedoista.
En ole saanut vastausta, ja kuukauden määräaika on jo ylittynyt. Pyydän, että toimitatte tiedot
viipymättä.

Pekka Harju""")

E("fi", "restriction", False, "contests data (wrong person in debt collection), freeze use until checked",
  "Jari Mononen <jari.mononen@example.fi>", "Väärä henkilö perinnässä",
  """Hei,

OK-perinnän mukaan olen velkaa teille 129 euroa yrityskuvauksesta. En ole koskaan tilannut teiltä
mitään, ja epäilen, että tietoihin on sekoittunut toinen samanniminen henkilö (Jari Mononen
Seinäjoelta?). Jäädyttäkää tietojeni käyttö ja perintä siihen asti, kunnes olette tarkistaneet,
kuka tilauksen on oikeasti tehnyt.

Jari Mononen, Vaasa""")

E("fi", "", False, "consumer complaint about print quality (reklamaatio)",
  "Seija Rantanen <seija.rantanen@example.fi>", "Reklamaatio: haalistuneet kuvat",
  """Hei,

tilaamani kankaalle tulostettu perhekuva (tilaus 100377) on jo kolmessa kuukaudessa haalistunut
ikkunan puoleisesta reunasta. Hinta oli 89 euroa, joten odotin parempaa laatua. Haluan joko uuden
tuotteen tai rahat takaisin. Liitteenä kuvat.

Seija Rantanen""")

E("sv", "access", False, "formal sv Art 15 with list of items",
  "Christer Blomqvist <christer.blomqvist@example.fi>", "Begäran om tillgång till personuppgifter",
  """Hej,

med hänvisning till artikel 15 i dataskyddsförordningen begär jag
- bekräftelse på om ni behandlar personuppgifter om mig,
- en kopia av de personuppgifter som behandlas,
- ändamålen med behandlingen och den rättsliga grunden,
- vilka mottagare uppgifterna har lämnats ut till (namngivna, inte bara kategorier),
- hur länge uppgifterna kommer att lagras,
- varifrån uppgifterna har samlats in.

Jag ber om svar elektroniskt till denna adress.

Christer Blomqvist
Karleby""")

E("sv", "erasure", False, "spoken Finland-Swedish, short",
  "Jonny Sandvik <jonny.sandvik@example.fi>", "ta bort",
  """tja, ja vill att ni tar bort allt ni har om mej, konto å bilder å allt. har int bruk för nå mer

jonny""")

E("sv", "marketing_opt_out", False, "unsubscribe newsletter, iPhone signature",
  "Lena Grönroos <lena.gronroos@example.fi>", "Nyhetsbrev",
  """Avsluta min prenumeration på ert nyhetsbrev tack.

Skickat från min iPhone""")

E("sv", "objection", False, "don't use my photo in association's brochure",
  "Tobias Enlund <tobias.enlund@example.fi>", "Bilden i idrottsföreningens broschyr",
  """Hej,

ni fotograferade IF Kamraternas juniorlag i augusti och nu har jag fått veta att en av bilderna
där jag syns ska användas i både föreningens och er egen reklambroschyr. Jag vill inte att min
bild används i någon broschyr. Lagbilden som föreningen beställt får de såklart ha kvar.

Tobias Enlund (18 år)""")

E("sv", "rectification", False, "new e-mail address, codes going to old one",
  "Maria Fagerholm <maria.fagerholm@example.fi>", "Ny e-postadress",
  """Hej!

Jag har bytt e-postadress, den gamla (maria.f@example.test) fungerar inte längre och därför
kom aldrig koden till skolfotona fram. Kan ni uppdatera mina kontaktuppgifter till
maria.fagerholm@example.fi?

Tack!
Maria""")

E("sv", "", False, "where is my order",
  "Henrik Eklund <henrik.eklund@example.fi>", "Beställning 100455",
  """Hej, var är min beställning 100455? Jag betalade för två veckor sedan och har inte fått
något spårningsnummer. /Henrik Eklund""")

E("sv", "", True, "parcel delivery notification in Swedish, no auto headers",
  "Paketpunkten <avisering@paketpunkten.example.fi>", "Ditt paket har levererats",
  """Hej!

Ditt paket JJFI6521400098765 från ZOOMI KUVAKAUPAT OY har levererats till paketautomaten
Prisma Kivihaka, Vasa.

Koden för att öppna skåpet: 4471
Paketet kan hämtas senast 20.11.2026.

Detta meddelande har skickats automatiskt. Svara inte på detta meddelande.""")

E("sv", "access+erasure", False, "copy of data then erase",
  "Ebba Nylund <ebba.nylund@example.fi>", "Mina uppgifter",
  """Hej,

innan jag avslutar mitt kundförhållande vill jag ha en kopia av de uppgifter ni har om mig.
När jag har fått den ber jag er radera allt, även mina uppladdade bilder.

Med vänlig hälsning
Ebba Nylund""")

E("sv", "objection+complaint", False, "objects to Google Analytics, says GDPR is breached",
  "Niklas Strandberg <niklas.strandberg@example.fi>", "Google Analytics på er sida",
  """Hej,

er webbutik skickar mina besöksuppgifter till Google Analytics utan att jag har godkänt det i
cookie-rutan – jag tryckte på "endast nödvändiga". Det är ett brott mot GDPR. Jag motsätter mig
att ni analyserar mitt beteende på er webbplats.

Niklas Strandberg""")

E("sv", "", True, "out-of-office with auto header",
  "Pia Ingves <pia.ingves@vora-daghem.example.fi>", "Automatiskt svar: Fotografering 3.12",
  """Tack för ditt meddelande. Jag är tjänsteledig till 31.12.2026. Under tiden sköts daghemmets
ärenden av Sanna Lillhannus, sanna.lillhannus@vora-daghem.example.fi, tfn 06 123 4567.

Pia Ingves
föreståndare, Vörå daghem""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("en", "erasure", False, "very short: delete my account",
  "Sarah O'Neill <sarah.oneill@example.com>", "account",
  """Hi, please delete my account on your photo shop. Username sarahon. Thanks""")

E("en", "access", False, "informal: what do you know about me",
  "Jake Turner <jake.turner@example.com>", "what do you have on me",
  """hey,
got a text from you about school photo day but my kid goes to a school in Tampere now.
what do you actually know about me and my kid? names, addresses, phone? where is it from?
jake""")

E("en", "portability+erasure", False, "export as JSON then close account",
  "Lukas Weber <lukas.weber@example.com>", "Export and close",
  """Hello,

Could you export all the data I've given you (profile, addresses, my uploaded photos, order history)
in a structured, machine-readable format such as JSON or CSV plus the original image files? Once I've
confirmed I received it, please close my account and erase my data.

Regards,
Lukas Weber""")

E("en", "restriction", False, "don't touch my data until you've checked it",
  "Daniel Ruiz <daniel.ruiz@example.com>", "Account I don't recognise",
  """Hi,

I got an invoice reminder for an order I never made, apparently from an account registered to my
email address. I think someone typed their email wrong. Please don't touch or use my details for
anything – no reminders, no passing them on – until you've checked who actually placed the order.

Daniel Ruiz""")

E("en", "marketing_opt_out", False, "angry, only wants marketing stopped",
  "Gregory Palmer <greg.palmer@example.com>", "ENOUGH with the emails",
  """Three emails in two days about Christmas cards. I bought ONE passport photo from you two
years ago. I did not sign up for anything. I'm sick of this. Stop sending me your promotions,
all of them, email and text. Is that clear enough?""")

E("en", "", False, "student thesis questionnaire, no request",
  "Aleksi Pohjola <aleksi.pohjola@student.example.fi>", "Thesis questionnaire on GDPR practices",
  """Dear Zoomi team,

I am a master's student at the University of Vaasa writing my thesis on how small Finnish
companies handle data subject requests. Would someone from your company be willing to answer a
short questionnaire (10 questions, approx. 15 minutes)? All answers will be anonymised.

Best regards,
Aleksi Pohjola""")

E("en", "", True, "other firm's newsletter without list headers, 'update your preferences'",
  "Nordic Photo Expo <news@photoexpo.example.com>", "Nordic Photo Expo 2027 – early bird tickets",
  """Dear exhibitor,

Early bird registration for Nordic Photo Expo 2027 (Helsinki, 14–16 April) is now open.
Book your stand before 31 January and save 15%.

Register now: https://photoexpo.example.com/exhibitors

You are receiving this email because you exhibited at Nordic Photo Expo 2025.
Update your preferences or unsubscribe: https://photoexpo.example.com/preferences""")

E("en", "rectification", False, "email typo on school photo order",
  "Nora Lindholm <nora.lindholm@example.com>", "Wrong email on my son's photo order",
  """Hello,

I think my email address was typed wrong on the school photo form for Leo Lindholm (Vikinga school,
class 3). The photo codes never arrived. My address is nora.lindholm@example.com – maybe it's
saved as nora.lindholn? Could you correct it so I can order?

Thanks,
Nora""")

E("en", "complaint", False, "reports a leak to the DPA today",
  "Fiona Walsh <fiona.walsh@example.com>", "Data leak from your web shop",
  """Yesterday I received an email from your web shop containing another customer's order:
their name, home address and a photo of their baby. I have deleted it, but this is
clearly not how it should work.

I'm reporting this to the Data Protection Ombudsman today.

Fiona Walsh""")
