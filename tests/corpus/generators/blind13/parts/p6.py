from parts.common import E

E("fi", "erasure", False, "formal erasure letter citing 17(1)(a)(b) and Art 19; consent withdrawal as a ground",
  "Ari Lindfors <ari.lindfors@example.fi>", "Pyyntö henkilötietojen poistamisesta (EU 2016/679, 17 art.)",
  """Zoomi Kuvakaupat Oy
Tietosuoja-asiat

PYYNTÖ HENKILÖTIETOJEN POISTAMISESTA

Pyydän tietosuoja-asetuksen 17 artiklan nojalla, että poistatte ilman aiheetonta viivytystä kaikki minua koskevat henkilötiedot, koska
a) tiedot eivät ole enää tarpeen niihin tarkoituksiin, joita varten ne kerättiin (asiakkuuteni päättyi 2024), ja
b) siltä osin kuin käsittely perustuu suostumukseen, peruutan suostumukseni.

Pyydän lisäksi, että ilmoitatte poistosta 19 artiklan mukaisesti niille vastaanottajille, joille tietojani on luovutettu (esim. ajanvaraus-, laskutus- ja analytiikkapalvelut).

Jos katsotte, että jotakin tietoa on lain nojalla säilytettävä, pyydän perustelemaan tämän kirjallisesti.

Vaasassa 3.11.2026
Ari Lindfors
Ristinummentie 8, 65370 Vaasa""")

E("fi", "marketing_opt_out", False, "reply to newsletter: remove me from this list",
  "Kaija Suominen <kaija.suominen@example.fi>", "Vs: Zoomin joulutarjoukset ovat täällä!",
  """Poistakaa minut tältä listalta, kiitos.

K. Suominen

-----Alkuperäinen viesti-----
Lähettäjä: Zoomi Kuvakaupat
Aihe: Zoomin joulutarjoukset ovat täällä!

Tilaa joulukortit ennen 10.12. ja saat -20 %!
Saat tämän viestin, koska olet asiakkaamme. Peruuta tilaus tästä.""")

E("fi", "access", False, "passport photo: is it still stored, to whom was it sent",
  "Mervi Ahonen <mervi.ahonen@example.fi>", "Passikuvani",
  """Hei,

otin teillä passikuvan kaksi vuotta sitten. Onko se kuva vielä teillä tallessa, ja kenelle kaikille se on lähetetty poliisin lisäksi? Haluaisin tietää myös, mitä muita tietoja siihen on liitetty (nimi, henkilötunnus?).

Mervi Ahonen""")

E("fi", "", True, "municipal bulletin via list server",
  "Vaasan kaupunki tiedotteet <tiedotteet@lista.vaasa.example.fi>", "Tiedote: koulujen syysloma ja kuvauspäivät",
  """VAASAN KAUPUNKI – SIVISTYSTOIMI TIEDOTTAA

Koulujen syysloma on viikolla 42. Koulukuvaukset jatkuvat syysloman jälkeen koulukohtaisen aikataulun mukaan.

Tämä viesti on lähetetty tiedotelistalle. Listalta voi poistua osoitteessa https://lista.vaasa.example.fi/poistu""",
  hdrs={"Precedence": "list", "List-Unsubscribe": "<https://lista.vaasa.example.fi/poistu>", "List-Id": "<tiedotteet.lista.vaasa.example.fi>"})

E("fi", "access+objection", False, "why was my data given to collection, what was given, I object",
  "Teemu Laine <teemu.laine@example.fi>", "Miksi tietoni perintään?",
  """Hei,

miksi annoitte tietoni OK-perinnälle? Laskusta on reklamoitu teille jo syyskuussa, eikä siihen vastattu. Kertokaa tarkalleen, mitä tietoja minusta perintätoimistolle luovutettiin ja milloin.

Vastustan tietojeni käsittelyä perinnässä niin kauan kuin reklamaatio on käsittelemättä.

Teemu Laine""")

E("fi", "", False, "asks how long school photo originals are kept for reorders (product)",
  "Anne Peltola <anne.peltola@example.fi>", "Lisätilaus ensi vuonna?",
  """Hei, kuinka kauan säilytätte koulukuvien kuvat? Haluaisimme ehkä tilata isovanhemmille lisää ensi keväänä, onnistuuko se vielä silloin? Anne""")

E("fi", "erasure", False, "15-year-old asks deletion of own school photos, spoken",
  "Venla Harju <venla.harju@example.fi>", "koulukuvat",
  """moi oon Venla Harju 9B:ltä Huutoniemen koulusta. voisitteks poistaa mun koulukuvat teiän systeemistä, ne on tosi nolot enkä haluu et ne on missään. mun äiti ei tilannu niitä kuitenkaa

venla 15v""")

E("fi", "complaint", False, "says asking for personal ID code in booking breaks GDPR",
  "Pasi Koskela <pasi.koskela@example.fi>", "Henkilötunnus ajanvarauksessa",
  """Hei,

ajanvarauksessanne kysytään passikuvaa varten henkilötunnusta pakollisena kenttänä. Mielestäni rikotte GDPR:ää keräämällä tarpeettomasti henkilötunnuksia. En tehnyt varausta tämän takia.

Pasi Koskela""")

E("fi", "rectification", False, "no umlauts, phone number wrong",
  "Jouni Rasanen <jouni.rasanen@example.fi>", "puh nro",
  """moi, mun puhelinnumero on teilla vaarin, viestit menee jollekin toiselle. oikea on 040 765 4321. korjatkaa se
-Jouni Räsänen""")

E("fi", "", False, "accounting firm asks invoice copy for bookkeeping",
  "Tilitoimisto Tase Oy <kirjanpito@tase.example.fi>", "Laskukopio / Pohjanmaan Kiinteistöhuolto Oy",
  """Hei,

asiakkaamme Pohjanmaan Kiinteistöhuolto Oy:n kirjanpidosta puuttuu laskunne 2026-7702 (henkilökuntakuvaus 9/2026). Voisitteko lähettää laskusta kopion tähän osoitteeseen?

Ystävällisin terveisin
Marja Väätäinen
Tilitoimisto Tase Oy""")

E("fi", "erasure+marketing_opt_out", False, "no umlauts, angry: stop spam and delete everything",
  "Harri Leppanen <harri.leppanen@example.fi>", "SPAMMI",
  """lopettakaa se spammi heti ja poistakaa kaikki mita teil on musta. en oo antanu lupaa mihinkaa. ei kiinnosta teidan "syystarjoukset"

harri""")

E("fi", "", False, "asks how to make an access request for own child, whether power of attorney needed",
  "Eveliina Aho <eveliina.aho@example.fi>", "Tarkastuspyyntö lapsen puolesta – miten?",
  """Hei,

jos haluan myöhemmin tarkistaa, mitä tietoja teillä on 8-vuotiaasta lapsestani, miten se kannattaa tehdä? Riittääkö sähköposti, vai tarvitaanko jokin lomake tai molempien huoltajien allekirjoitus? Kysyn etukäteen, koska lapsen isä asuu ulkomailla.

Eveliina Aho""")

E("fi", "access", False, "reminder in thread of an access request, no threat",
  "Raimo Suhonen <raimo.suhonen@example.fi>", "Re: Tietojeni tarkastaminen",
  """Hei,

muistuttaisin tästä pyynnöstäni. Kuukausi alkaa olla täynnä, enkä ole saanut edes vahvistusta viestin saapumisesta.

Raimo Suhonen

> Lähetetty: 9.10.2026
> Hei, pyydän saada tarkastaa tietoni asiakasrekisteristänne. Olen
> tilannut teiltä valokuvatauluja 2022 ja 2024. t. Raimo Suhonen""")

E("sv", "access+erasure", False, "Finland-Swedish: first show what you have, then delete",
  "Kaj Bergström <kaj.bergstrom@example.fi>", "Mina uppgifter",
  """Hej,

skicka först en sammanställning över vad ni har registrerat om mig, så att jag ser vad det är. Därefter vill jag att ni tar bort allt. Jag har varit kund sedan 2015 men har ingen användning för er längre.

Mvh Kaj Bergström
Pörtom""")

E("sv", "marketing_opt_out", False, "phone one-liner: no more emails and SMS",
  "Tove Mattlar <tove.mattlar@example.fi>", "(inget ämne)",
  """inga fler mejl och sms om erbjudanden tack!!

Skickat från min iPhone""")

E("sv", "", True, "business-travel auto-reply",
  "Peter Lillas <peter.lillas@example.fi>", "Automatiskt svar: Offert personalfotografering",
  """Tack för ditt meddelande. Jag är på tjänsteresa till och med fredag och svarar när jag är tillbaka.

Peter Lillas
Vd, Lillas Bygg Ab""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "access", False, "who have you shared my data with, after letters from album company",
  "Anette Kronholm <anette.kronholm@example.fi>", "Vem har fått mina uppgifter?",
  """Hej,

sedan jag beställde skolfoton för mina barn hos er har jag fått reklam från ett fotoalbumföretag i Sverige. Har ni lämnat ut mina uppgifter till någon? Jag vill veta vilka som har fått mina personuppgifter och vilka uppgifter det gällde.

Anette Kronholm""")

E("sv", "", False, "consumer complaint about wrong photo size, no GDPR",
  "Lars-Erik Fant <larserik.fant@example.fi>", "Reklamation",
  """Hej,

de inramade bilderna vi fick (order 60455) är i storleken 13x18 fast vi beställde 20x30. Kan ni skicka rätt storlek? Jag returnerar gärna de felaktiga.

Lars-Erik Fant""")

E("sv", "erasure", False, "grandmother writes about grandchild's photos (not guardian)",
  "Ingrid Sjölund <ingrid.sjolund@example.fi>", "Mitt barnbarn",
  """Hej,

jag är farmor till Hugo Sjölund som fotograferades i Smedsby daghem. Hans föräldrar har bett mig skriva eftersom de har fullt upp med nyfödda lillasystern. De vill att Hugos bilder och uppgifter raderas hos er. Ni kan nå hans pappa Mattias på 050 444 1122 om ni behöver bekräftelse.

Vänliga hälsningar
Ingrid Sjölund""")

E("sv", "objection+restriction", False, "objects to business-development processing and asks processing paused meanwhile",
  "Sara Åström <sara.astrom@example.fi>", "Invändning och begränsning",
  """Hej,

jag invänder mot att ni använder mina uppgifter för "verksamhetsutveckling" enligt er dataskyddsbeskrivning, eftersom jag inte ser att ni har något berättigat intresse som väger tyngre än mitt. Medan ni prövar min invändning vill jag att ni begränsar behandlingen av mina uppgifter, så att de bara lagras men inte används.

Sara Åström""")

E("sv", "", False, "received someone else's invoice, destroyed it (notice only)",
  "Viktor Nygård <viktor.nygard@example.fi>", "Fel faktura",
  """Hej,

i ert kuvert med min faktura låg också en faktura till en annan kund (en familj i Replot). Jag har förstört den, men ville meddela er så att ni kan se över utskicken.

Viktor Nygård""")

E("sv", "rectification", False, "child's class wrong in list",
  "Heidi Lassfolk <heidi.lassfolk@example.fi>", "Fel klass",
  """Hej! Min son Anton Lassfolk står i er lista som 3B men han går i 3A i Sundom skola. Kan ni ändra det så att han kommer med på rätt klassbild? Mvh Heidi""")

E("en", "erasure", False, "long story with erasure request buried in middle",
  "Margaret Lindqvist <margaret.lindqvist@example.com>", "Hello from Toronto",
  """Dear Zoomi team,

I hope this finds you well. You may remember our family — you photographed our three children at Sundom school for nearly ten years, and we ordered the big family portrait every Christmas. We moved to Toronto last year for my husband's work, and the children are settling in well, although they miss the snow in Vaasa, believe it or not!

Since we won't be coming back, I would kindly ask you to remove my personal details and our family's photos from your customer records; there is no longer any reason for you to keep them. We have all the prints we need at home.

The last family portrait from 2024 is hanging in our new living room and everyone who visits asks about it. Thank you for all those years.

Warm regards,
Margaret Lindqvist""")

E("en", "access", False, "mother asks what is stored about her son",
  "Amanda Reyes <amanda.reyes@example.com>", "My son's information",
  """Hi,

What exactly do you store about my boy, Theo Reyes (kindergarten Mikkelipuisto)? Name, birth date, photos, anything the daycare gave you? I'm his mum and the order code was sent to this address.

Thanks,
Amanda""")

E("en", "", False, "general question which analytics tool is used on site",
  "Ben Carter <ben.carter@example.com>", "Analytics on your site",
  """Hi, quick question for a university assignment on cookie banners: which analytics tool does your web shop use, and do you set analytics cookies before consent? Not a complaint, just researching local webshops.

Ben""")

E("en", "marketing_opt_out", False, "do not contact for marketing, incl. calls",
  "Rachel Gordon <rachel.gordon@example.com>", "Marketing calls",
  """Please do not contact me for marketing purposes again, by phone or otherwise. A salesperson from your company called me at work today about "family portrait season". I'm not interested.

Rachel Gordon""")

E("en", "", True, "hosting invoice notification from another firm, no headers",
  "CloudHost Billing <billing@cloudhost.example.com>", "Your invoice INV-2026-11-0042 is available",
  """Hello,

Your invoice INV-2026-11-0042 for the period 1–30 November 2026 is now available in your account.

Amount due: 49.00 EUR
Due date: 15 December 2026

View invoice: https://cloudhost.example.com/billing

This is an automated message from CloudHost Billing.""")

E("en", "complaint+access", False, "address disclosed; reporting to DPA and wants list of recipients",
  "Thomas Reed <thomas.reed@example.com>", "You gave my address to my ex-partner",
  """I have learned that your staff gave my new home address to my ex-partner when he called your shop pretending to pick up photos for me. I have a restraining order. This is a serious breach and I am reporting it to the Data Protection Ombudsman today.

I also demand to know who else you have disclosed my personal data to, and when.

Thomas Reed""")

E("en", "portability", False, "non-native English, transfer data to other company",
  "Andrei Popescu <andrei.popescu@example.com>", "data transfer",
  """Hello,

I want that my data (orders, photos I uploaded for calendar, my contact data) is transfer to other company, Fotostudio Kamera in Seinäjoki, in electronic form which their system can read. If you cannot send direct, please send to me and I give to them.

Thank you
Andrei Popescu""")

E("en", "rectification", False, "title and gender recorded wrongly",
  "Alex Morgan <alex.morgan@example.com>", "Wrong title in your records",
  """Hi,

your letters and e-mails address me as "Mrs Alex Morgan". I'm not a Mrs — please change my record to no title at all, just Alex Morgan. The same error is in your web shop account.

Thanks,
Alex""")
