from parts.common import E

E("sv", "restriction", False, "mother disputes accuracy of guardian data; asks to block use until fixed",
  "Camilla Ek <camilla.ek@example.fi>", "Fel vårdnadshavare registrerad",
  """Hej,

Enligt er webbshop är min före detta man registrerad som enda vårdnadshavare för vår son Viktor Ek, och det är han som får alla koder och fakturor. Vi har gemensam vårdnad och Viktor bor hos mig.

Tills ni har utrett vem som rätteligen ska stå som kontakt vill jag att ni inte använder eller lämnar ut Viktors bilder eller uppgifter till någon av oss. Lås uppgifterna tills vidare.

Camilla Ek""")

E("fi", "", False, "mother asks about delivery time for confirmation photos (near-miss)",
  "Tiina Lehtonen <tiina.lehtonen@example.fi>", "Rippikuvat ei oo tullu",
  """Moikka, tilasin rippikuvat 2.10 (tilausnumero 447 902) ja vieläkään ei oo tullu mitään. Juhlat on ens lauantaina, ehtiikö ne? Voinko hakea liikkeestä?

-Tiina""")

E("en", "portability", False, "parent wants high-res digital originals transferred to another service",
  "Mark Sullivan <mark.sullivan@example.com>", "Data portability request",
  """Hello,

Under Article 20 GDPR I request that you provide the personal data I have provided to you — my account details and the order history, plus the digital photos of my children that I have purchased — in a structured, commonly used and machine-readable format. If technically feasible, please transmit them directly to my account at the family photo archive service I use (details on request).

Mark Sullivan
Customer number 223871""")

E("fi", "objection", False, "father objects to Google Analytics tracking on web shop (profiling)",
  "Ville Hyvönen <ville.hyvonen@example.fi>", "Vastustan seurantaa",
  """Hei

Tilasin lasten koulukuvat verkkokaupastanne ja huomasin että sivulla on Google Analytics. Vastustan sitä että selailutietojani ja tilauksiani käytetään analytiikkaan tai mihinkään profilointiin. Ottakaa minut pois siitä käsittelystä, koskee myös puolisoni tiliä samalla sähköpostilla.

Ville Hyvönen""")

E("sv", "", True, "parcel notice from Posti",
  "Posti <noreply@example.com>", "Ditt paket är på väg – JJFI64512300000123456",
  """Hej!

Ditt paket från Zoomi Kuvakaupat Oy är på väg.
Försändelse-ID: JJFI64512300000123456
Beräknad leverans: 18.11

Du kan följa försändelsen i appen.

Detta är ett automatiskt meddelande, svara inte på det.""")

E("fi", "access", False, "reminder of unanswered access request about school photos",
  "Jenni Väisänen <jenni.vaisanen@example.fi>", "Muistutus: tietopyyntö 2.10.",
  """Hei,

Lähetin 2.10. pyynnön saada tiedot siitä, mitä tietoja teillä on tyttärestäni Sofia Väisäsestä (Merikaarron koulu) ja minusta. En ole saanut vastausta enkä edes kuittausta. Kuukausi on nyt mennyt umpeen.

Odotan tietoja pikaisesti.

Jenni Väisänen""")

E("en", "erasure+complaint", False, "teenager's photo on window display; says it breaks GDPR",
  "Maya Koivisto <maya.koivisto@example.com>", "my picture in your shop window",
  """hi

my friend sent me a picture of your shop window and there's my graduation photo in it?? like a huge poster. nobody asked me. I'm 17 and that's honestly a GDPR violation, you can't just put a minor's photo up as an advert.

please take it down asap.

maya""")

E("fi", "rectification+erasure", False, "fix address, delete ex-partner's phone from child's record",
  "Katja Honkanen <katja.honkanen@example.fi>", "Osoitteenmuutos ja väärä puhelinnumero",
  """Hei!

Muutimme, uusi osoite on Mäkikatu 14 B 7, 65100 Vaasa. Päivittäkää se lasten (Nella ja Into Honkanen) tietoihin.

Lisäksi lasten tiedoissa on edelleen entisen puolisoni puhelinnumero yhteyshenkilönä, vaikka hän ei ole lasten huoltaja. Poistakaa se numero kokonaan.

kiitos,
Katja""")

E("sv", "marketing_opt_out", False, "short sv marketing opt-out",
  "Lars Nordström <lars.nordstrom@example.fi>", "Sluta skicka reklam",
  """Jag vill inte ha mer reklam från er, varken e-post eller sms. Barnen är vuxna nu.

Lars Nordström""")

E("en", "", True, "survey invitation after photo day",
  "Zoomi Customer Feedback <feedback@example.fi>", "How did we do? Tell us about your photo day",
  """Hi,

Thank you for choosing Zoomi for your child's school photos. We'd love to hear about your experience — the survey takes 2 minutes.

[Take the survey]

You are receiving this email because you placed an order in our web shop.""")

E("fi", "erasure+objection", False, "father: remove photo from website and stop using kids photos in any marketing",
  "Harri Salminen <harri.salminen@example.fi>", "Lasten kuvat markkinoinnissa",
  """Hei,

Teidän nettisivun etusivulla pyörii karuselli, jossa on meidän kaksoset päiväkodin ryhmäkuvasta rajattuna. Poistakaa kuva sieltä.

Ja yleisesti: en halua että lasteni kuvia käytetään teidän markkinoinnissa jatkossakaan, missään kanavassa. Perun sen luvan jonka olen ilmeisesti joskus antanut.

Harri Salminen""")

E("sv", "access", False, "young adult asks what photos Zoomi still has of her from school years",
  "Emma Lindholm <emma.lindholm@example.se>", "Vilka bilder har ni av mig?",
  """Hej!

Jag gick i skola i Närpes 2008–2017 och vi fotades av er varje år. Nu bor jag i Stockholm. Av nyfikenhet och princip: vilka bilder och uppgifter om mig har ni kvar, och hur länge tänker ni spara dem? Jag vill ha en kopia.

Emma Lindholm""")

E("fi", "complaint", False, "copy of complaint to tietosuojavaltuutettu, Zoomi in copy",
  "Outi Peltola <outi.peltola@example.fi>", "Kantelu tietosuojavaltuutetulle / tiedoksi",
  """Tietosuojavaltuutetun toimisto
Kopio: Zoomi Kuvakaupat Oy

Asia: Kantelu henkilötietojen käsittelystä

Pyysin 4.8.2026 Zoomi Kuvakaupat Oy:ltä, että tyttäreni kuva poistetaan yrityksen verkkosivuilta. Kuva on yhä julkisesti näkyvillä, enkä ole saanut vastausta. Pyydän tietosuojavaltuutettua selvittämään asian ja ryhtymään toimenpiteisiin.

Liitteet: kuvakaappaus sivusta 3.11.2026, alkuperäinen sähköpostini.

Outi Peltola
Vaasa""")

E("en", "access", False, "father, non-custodial, asks for copies of child's photos and data",
  "Thomas Reed <thomas.reed@example.com>", "Request for my daughter's school photos / data",
  """Hi,

I'm the father of Lily Reed (Grade 1, Variska school). Her mother and I are separated and I don't get the order codes. I'm still a joint guardian. Can you tell me what information you have on Lily and send me a copy, including the photos taken of her this year?

Thomas""")

E("fi", "", False, "customer complains about print colours (near-miss reklamaatio)",
  "Marjatta Ojala <marjatta.ojala@example.fi>", "Reklamaatio",
  """Hei

Tilasin lapsenlapsen koulukuvan 20x30 suurennoksena ja kuva on ihan punertava, kasvot näyttää että poika olis palanut auringossa. Netissä se näytti ihan hyvältä. Voitteko tulostaa uuden vai pitääkö palauttaa tämä?

Marjatta Ojala
tilaus 448 377""")

E("sv", "erasure+marketing_opt_out", False, "delete account and no newsletters",
  "Peter Sundqvist <peter.sundqvist@example.fi>", "Avsluta konto",
  """Hej

Jag vill att ni stänger mitt konto i webbshoppen och raderar mina uppgifter. Jag vill inte heller få era nyhetsbrev längre.

Peter Sundqvist
Malax""")

E("fi", "portability", False, "mother wants digital files + order data machine-readable to move to other service",
  "Anu Kivelä <anu.kivela@example.fi>", "Tiedonsiirto",
  """Hei!

Meidän koulu vaihtaa ensi vuonna toiseen kuvaamoon. Haluaisin siirtää itse antamani tiedot ja lasten ostetut digikuvat teiltä yhtenä pakettina konekielisessä muodossa, niin että voin tallentaa ne uuteen palveluun. Onko tämä mahdollista? Käsittääkseni tietosuoja-asetuksen mukaan minulla on siihen oikeus.

Anu Kivelä""")

E("en", "", True, "delivery failure bounce",
  "Mail Delivery Subsystem <mailer-daemon@example.com>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx2.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<j.harrington@example.com>: host mx.example.com said: 550 5.1.1
    User unknown

--- Original message ---
Subject: Your school photo login code
From: Zoomi Kuvakaupat <noreply@example.fi>""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "objection", False, "teen objects to group photo being shown on school's info screen? no — to Zoomi using it in sample folder",
  "Iida Rantanen <iida.rantanen@example.fi>", "Mun kuva esittelykansiossa",
  """Hei. Olin eilen teidän liikkeessä ja huomasin että esittelykansiossa jota asiakkaat selaa on mun ylioppilaskuva. Vastustan sitä että mun kuvaa käytetään esimerkkinä muille asiakkaille. En pyydä että poistatte sitä teidän arkistosta, kunhan ei enää käytetä mihinkään esittelyyn.

Iida Rantanen""")

E("sv", "", False, "mother asks whether group photos are shown online to other parents (question, near-miss)",
  "Jessica Backman <jessica.backman@example.fi>", "Fråga om klasslistan",
  """Hej,

Kan andra föräldrar se namnlistan under klassfotot när de loggar in i webbshoppen? Jag undrar bara eftersom vi har skyddade personuppgifter i familjen. Jag ber inte om något ännu, jag vill bara veta hur det fungerar innan nästa fotografering.

Hälsningar Jessica""")

E("en", "access+complaint", False, "conditional complaint threat with access",
  "Sarah O'Connell <sarah.oconnell@example.com>", "Second request - personal data",
  """Dear Zoomi,

On 15 September I asked for a copy of all personal data you hold on me and my son Jack O'Connell. It's now well past a month and nobody has replied.

Please send the data within 7 days. If I don't hear back, I will file a complaint with the Finnish Data Protection Ombudsman.

Sarah O'Connell""")

E("fi", "", False, "forwarded question from day-care director about consent forms (near-miss)",
  "Päivikki Laakso <paivikki.laakso@example.fi>", "VS: Kuvausluvat",
  """Hei,

Välitän alla olevan vanhemman kysymyksen teille, kun en osaa itse vastata. Voitteko kertoa, säilytetäänkö lupalomakkeet teillä vai pitääkö meidän säilyttää ne päiväkodilla?

Päivikki Laakso
johtaja, Päiväkoti Metsätähti

-----Alkuperäinen viesti-----
Lähettäjä: Vanhempi
Aihe: kuvauslupa
Kuka näkee nää lupalaput ja minne ne menee kuvauksen jälkeen?""")

E("sv", "objection", False, "objection to profiling / targeted ads based on kids' ages",
  "Mikael Storbacka <mikael.storbacka@example.fi>", "Riktad reklam",
  """Hej,

Jag märker att era erbjudanden är skräddarsydda efter mina barns åldrar (“Din son börjar snart sexan!”). Jag motsätter mig att ni analyserar min familjs uppgifter på det sättet. Jag har ingenting emot att få orderbekräftelser.

Mikael Storbacka""")

E("fi", "erasure", False, "young adult: delete photos from 'kuva-arkisto', very short",
  "Santeri Mäki <santeri.maki@example.fi>", "poisto",
  """Poistakaa kaikki minusta otetut koulukuvat ja tiedot teidän arkistosta. Santeri Mäki, synt. 2005, Laihia.""")

E("en", "rectification", False, "wrong birth date on passport photo order? customer data wrong",
  "Ahmed Hassan <ahmed.hassan@example.com>", "Incorrect details on my son's account",
  """Hello,

When I logged in to order my son's kindergarten photos the account shows him as "Yusuf Hasan, group Orava". His name is Yusuf Hassan (double s) and he's in group Kettu now. Please update his details.

Best,
Ahmed Hassan""")

E("fi", "restriction", False, "ask not to process photos until consent dispute between parents solved",
  "Riikka Aho <riikka.aho@example.fi>", "Lasten kuvien käsittely",
  """Hei,

Lasten isä ja minä olemme eri mieltä siitä, saako lasten kuvia käyttää teidän kuvastossa. Hän on ilmeisesti allekirjoittanut luvan. Pyydän että rajoitatte lasten kuvien käsittelyn pelkkään säilyttämiseen siihen asti kunnes asia on selvitetty, eli ei julkaisua eikä mitään muuta käyttöä.

Riikka Aho""")

E("sv", "", True, "out-of-office from day-care",
  "Daghemmet Solstrålen <solstralen@example.fi>", "Frånvaro: Re: Fotografering 21.10",
  """Tack för ditt meddelande. Jag är på semester 19–23.10 och läser inte e-post. Brådskande ärenden: ring daghemmet 06 123 4567.

Britt Söderlund, föreståndare""")

E("fi", "access+rectification", False, "check data and fix wrong language (ruotsi->suomi)",
  "Leena Sjöblom <leena.sjoblom@example.fi>", "Tiedot ja kieli väärin",
  """Hei

Kaikki viestit tulevat minulle ruotsiksi vaikka olen suomenkielinen (sukunimi varmaan hämää). Korjatkaa asiointikieli suomeksi. Samalla haluaisin nähdä mitä kaikkea minusta on tallennettu, kun en tiedä mistä muualta olette saaneet vääriä tietoja.

Leena Sjöblom""")

E("en", "erasure", False, "grandparent asks to delete her account created for prints",
  "Margaret Collins <margaret.collins@example.com>", "Please close my account",
  """Good afternoon,

My daughter created an account for me with you so I could order prints of the grandchildren. I have no further use for it. Please close it and remove my details.

Many thanks,
Margaret Collins""")
