from parts.common import E

E("fi", "access+erasure+objection+marketing_opt_out", False,
  "teacher at client school: own staff photo in brochure; four asks",
  "Minna Huhtala <minna.huhtala@example.fi>",
  "Kuvani esitteessänne",
  """Hei,

olen opettaja Variskan koululla ja teidät tilattiin keväällä ottamaan henkilökunnan kuvat. Nyt huomasin että olette käyttäneet minun kuvaani omassa esitteessänne ("Henkilöstökuvat organisaatioille"), jota jaettiin messuilla. Siitä ei kysytty minulta mitään.

Pyydän että:
1. kerrotte mitä tietoja teillä on minusta ja missä kaikkialla kuvaani on käytetty,
2. poistatte kuvani esitteestä ja nettisivuiltanne, sekä kaikki minusta otetut kuvat joita koulu ei tarvitse,
3. ette käytä kuvaani jatkossa missään markkinoinnissa,
4. ja lopettakaa myös uutiskirjeiden lähettäminen minulle, sähköpostini on päätynyt niille jotain kautta.

Terveisin
Minna Huhtala""")

E("sv", "erasure", False,
  "principal forwards a parent's erasure request and asks us to handle it",
  "Rektor Gerby skola <rektor.gerby@example.fi>",
  "Fwd: Bilder på min son",
  """Hej,

Kan ni ta hand om det här? Vi har inga bilder själva, det är ju ni som har dem. Föräldern är informerad om att jag vidarebefordrar.

Mvh
Christer Blomqvist, rektor

---------- Vidarebefordrat meddelande ---------
Från: Sara Lindén <sara.linden@example.fi>
Datum: mån 6 okt. 2025 kl. 19:02
Ämne: Bilder på min son

Hej Christer,
jag vill att fotofirman raderar alla bilder på Noah (3B) från i år och tidigare år, och hans namn ur deras system. Vi har egna skäl. Kan du föra det vidare?
Sara""")

E("en", "", True,
  "payment provider daily settlement report, machine, no header",
  "Payments Reporting <reports-noreply@example.com>",
  "Daily settlement report 07.10.2025 – Zoomi Kuvakaupat Oy",
  """Merchant: Zoomi Kuvakaupat Oy (MID 0000458812)
Settlement date: 07.10.2025

Card transactions: 143
Gross: 5 218,40 EUR
Refunds: 2 (64,80 EUR)
Net settled: 5 153,60 EUR

Download the detailed report from the merchant portal. This is an automatically generated message.""")

E("fi", "complaint", False,
  "reports data breach (passport receipt to wrong email) to DPA",
  "Satu Järvinen <satu.jarvinen@example.fi>",
  "Passikuvan kuitti väärälle henkilölle",
  """Hei,

Sain eilen teiltä sähköpostilla jonkun toisen ihmisen passikuvan ja kuvakuitin, jossa oli hänen nimensä ja syntymäaikansa. Eli kuka tahansa voi saada toisen ihmisen tietoja teiltä. Poistin viestin heti.

Tämä on tietoturvaloukkaus. Ilmoitan tästä tietosuojavaltuutetulle, koska pelkään että myös minun tietoni ovat voineet mennä jollekin toiselle samalla tavalla.

Satu Järvinen""")

E("sv", "rectification", False,
  "name wrong in system, finlandism",
  "Benita Lindell <benita.lindell@example.fi>",
  "namnet",
  """Hej, ni har skrivit mitt namn fel i systemet, det står Bennita med två n. Kan ni korrigera det? Det syns på alla kvitton.

Benita Lindell""")

E("sv", "access+erasure", False,
  "joint-custody parents agree: what data, then delete",
  "Daniel Holmberg <daniel.holmberg@example.fi>",
  "Våra döttrars bilder och uppgifter",
  """Hej,

Jag och döttrarnas mamma (Jenni Holmberg, i kopia) har kommit överens om följande: vi vill först veta vilka uppgifter och bilder ni har om våra döttrar Wilma och Ella Holmberg (Strandvägens daghem och Merilä skola), och sedan att ni raderar allt. Vi har inga öppna beställningar.

Båda vårdnadshavarna står bakom detta.

Daniel Holmberg
Jenni Holmberg""")

E("en", "", False,
  "photo day timing question",
  "Michael Brooks <michael.brooks@example.com>",
  "Photo day at Vaasa International School",
  """Hi, what time is the photo day at Vaasa International School on Thursday? My son has a dentist appointment at 10 and I want to make sure he doesn't miss it. Can siblings be photographed together?

Thanks,
Michael""")

E("fi", "marketing_opt_out", False,
  "cancel newsletter subscription (tilaus + uutiskirje)",
  "Tarja Nieminen <tarja.nieminen@example.fi>",
  "Uutiskirje",
  """Peruutan uutiskirjeen tilauksen. Kiitos.

Tarja Nieminen""")

E("fi", "", False,
  "cancel order with order number, near-miss",
  "Harri Laine <harri.laine@example.fi>",
  "peruuttakaa tilaus 77601",
  """Peruuttakaa tilaus 77601, tilasin saman kuvan kahteen kertaan. Pidetään se toinen (77602).

Harri""")

E("sv", "access+marketing_opt_out", False,
  "where did you get my address + stop",
  "Kjell Rönnholm <kjell.ronnholm@example.fi>",
  "Reklam",
  """Hej

Varifrån har ni fått min adress? Jag har aldrig handlat av er, ändå får jag er katalog varje höst. Och sluta skicka den.

Kjell Rönnholm
Korsnäs""")

E("sv", "", True,
  "read receipt, machine, no header",
  "Annette Back <annette.back@example.fi>",
  "Läst: Fotografering v. 38 – tidtabell",
  """Ditt meddelande

  Till: Annette Back
  Ämne: Fotografering v. 38 – tidtabell
  Skickat: den 9 september 2025 10:14

lästes den 9 september 2025 11:02.""")

E("en", "erasure+objection", False,
  "instagram photo: remove and don't use anywhere",
  "Sophie Laurent <sophie.laurent@example.com>",
  "Instagram post",
  """Hi,

You posted my portrait from my graduation shoot on your Instagram (post from 29 September). I never agreed to that. Please remove it, and don't use my photos anywhere else either, not on Facebook, not on your website, not in ads.

Sophie""")

E("fi", "restriction+rectification", False,
  "siblings' names swapped; fix and don't pass on to school before",
  "Kimmo Salonen <kimmo.salonen@example.fi>",
  "Nimet väärin päin",
  """Hei

Teidän järjestelmässä lasteni nimet ovat menneet ristiin: Aapon kuvissa lukee Eemeli ja toisinpäin (Ristinummen koulu, 2A ja 4B). Korjatkaa tämä.

Älkää myöskään luovuttako kuvia ja nimitietoja koululle oppilaskorttikuviksi ennen kuin asia on korjattu, muuten koulun järjestelmään menee väärät tiedot.

Kimmo Salonen""")

E("sv", "complaint+erasure", False,
  "public gallery without password; says GDPR breach; remove son's photos",
  "Pernilla Mattsson <pernilla.mattsson@example.fi>",
  "Öppet galleri",
  """Hej

Jag upptäckte att galleriet med bilderna från Kvevlax daghem ligger helt öppet på nätet, det räcker att man har länken, och länken har delats i en öppen Facebook-grupp. Det här är ett brott mot dataskyddsförordningen.

Ta genast bort min sons (Liam Mattsson) bilder ur det galleriet.

Pernilla Mattsson""")

E("en", "", False,
  "webshop charged twice, service complaint",
  "Andrew Kim <andrew.kim@example.com>",
  "charged twice",
  """Hello,

your webshop charged my card twice for order 77455 (2 x 34,90 €). The checkout page froze and I pressed pay again. Please refund one of them.

Also the shop is really slow on mobile, just fyi.

Andrew""")

E("fi", "access", False,
  "colloquial access",
  "Jenna Kallio <jenna.kallio@example.fi>",
  "tiedot",
  """moi! mita tietoja teil on must? oon kayny teil passikuvas ja tilannu joskus kortteja. kiitti

jenna""")

E("sv", "", False,
  "asks for a friend whether erasure of kids' photos is possible",
  "Tina Karlsson <tina.karlsson@example.fi>",
  "fråga",
  """Hej! Kan man be er att radera bilder på ens barn? Jag frågar för en väninna som int har e-post och som undrade det. Hon har int bestämt sig än.

Tina""")

E("sv", "access+portability+marketing_opt_out", False,
  "copy, machine-readable provided data, no more mail",
  "Joakim Wikman <joakim.wikman@example.fi>",
  "Mina uppgifter och utskick",
  """Hej!

Jag skulle vilja ha en kopia av alla personuppgifter ni har om mig. Dessutom vill jag ha de uppgifter som jag själv har lämnat (kontot, adresser, beställningar) i ett maskinläsbart format så att jag kan föra dem vidare till ett annat system.

Och tills vidare: inga fler nyhetsbrev eller erbjudanden, tack.

Joakim Wikman
Vasa""")

E("en", "portability", False,
  "formal Article 20 request",
  "Nina Petrova <nina.petrova@example.com>",
  "Article 20 request",
  """Dear Sir/Madam,

Pursuant to Article 20 GDPR I request that you provide the personal data concerning me which I have provided to you, in a structured, commonly used and machine-readable format. My account email is this address.

Kind regards,
Nina Petrova""")

E("fi", "", True,
  "webshop new order notification to staff, machine, no header",
  "Verkkokauppa <tilaukset-noreply@example.fi>",
  "Uusi tilaus #77622",
  """Uusi tilaus on vastaanotettu.

Tilausnumero: 77622
Asiakas: Kristiina Aho
Tuotteet: Koulukuvapaketti M (Gerbyn koulu 5A), 1 kpl
Summa: 42,00 EUR
Maksutapa: Verkkopankki
Toimitus: Nouto myymälästä

Avaa tilaus hallintapaneelissa.""")

E("sv", "", False,
  "widower: close late wife's account and stop her mail (estate letter, disputed)",
  "Gunnar Sandberg <gunnar.sandberg@example.fi>",
  "Min fru",
  """Hej,

Min fru Ethel Sandberg dog i juli. Det kommer fortfarande brev och mejl åt henne från er. Kan ni avsluta hennes konto och ta bort henne ur utskicken? Jag sköter dödsboet.

Gunnar Sandberg
Replot""")

E("en", "objection+marketing_opt_out", False,
  "stop analytics profiling and targeted Facebook ads",
  "Oliver Hughes <oliver.hughes@example.com>",
  "tracking",
  """Hi,

Since I visited your webshop I get your ads on Facebook and Instagram all the time. Stop using my data for targeted advertising. I also object to you tracking and profiling me with analytics, I don't consent to that.

Oliver""")

E("fi", "erasure+marketing_opt_out", False,
  "forget me + stop spam",
  "Tero Aaltonen <tero.aaltonen@example.fi>",
  "unohtakaa minut",
  """Unohtakaa minut ja lopettakaa spämmi. Ei mitään tilauksia teillä kesken.

Tero""")

E("sv", "restriction", False,
  "don't delete booking record, needed as evidence in dispute",
  "Emilia Haga <emilia.haga@example.fi>",
  "Bokningen 12.9",
  """Hej!

Jag behöver kunna visa att jag var hos er i butiken den 12.9 kl 14 (passfoto, bokat via Slotti) för en tvist med min arbetsgivare. Radera alltså int bokningsuppgifterna eller kvittot förrän jag säger till, och använd dem int till något annat.

Emilia Haga""")

E("en", "", False,
  "general question how long photos are kept (disputed: general info, not own data)",
  "Lisa Morgan <lisa.morgan@example.com>",
  "Retention of school photos",
  """Hi,

How long do you keep the school photos on your servers in general? We're having a parents' info evening at Vasa övningsskola and someone asked. I don't need anything about my own children.

Thanks!
Lisa Morgan""")

E("fi", "access", False,
  "teenager (15) asks what data mother's order created",
  "Aino Lindroos <aino.lindroos@example.fi>",
  "mun tiedot",
  """hei, oon 15 ja mun äiti sano et te ootte tallentanu mun tietoja kun se tilas mun koulukuvat. mitä tietoja teil on musta? haluisin tietää itte

aino""")

E("sv", "erasure", False,
  "delete passport photo from servers",
  "Oskar Lindberg <oskar.lindberg@example.fi>",
  "Passfoto",
  """Hej, jag tog passfoto hos er i augusti och passet har nu kommit. Kan ni radera mitt passfoto och kuvakuitti från era servrar? Jag vill int att det finns kvar nånstans.

Oskar Lindberg""")

E("en", "", False,
  "takes back earlier unsubscribe",
  "Hannah Wright <hannah.wright@example.com>",
  "Re: unsubscribe",
  """Never mind my previous email, I actually want to keep getting the offers (my sister told me about the calendar discount and I'd have missed it). Sorry!

Hannah

> unsubscribe me please""")

E("fi", "", False,
  "wrong amount on invoice, billing dispute",
  "Jussi Kuusisto <jussi.kuusisto@example.fi>",
  "Lasku väärin",
  """Hei, laskussa 20612 on summa 58 € mutta tilasin vain paketin S joka maksaa 29 €. Korjatkaa lasku. Nimi ja osoite on kyllä oikein.

Jussi""")

E("sv", "access+erasure+marketing_opt_out", False,
  "attorney for client; consent withdrawn as ground; reserves right to complain (no complaint)",
  "Advokat Camilla Fors <camilla.fors@example.fi>",
  "Begäran enligt artiklarna 15, 17 och 21 GDPR – klient Anette Ström",
  """Till Zoomi Kuvakaupat Oy

Jag företräder Anette Ström (fullmakt bifogas).

På min klients vägnar begärs härmed
- ett registerutdrag över samtliga personuppgifter som bolaget behandlar om henne, inklusive fotografier, samt uppgift om mottagare och lagringstid,
- att uppgifterna därefter raderas i den mån bolaget inte har en lagstadgad skyldighet att bevara dem,
- att all direktmarknadsföring till henne upphör omedelbart.

I den mån behandlingen grundar sig på samtycke återkallas detta.

Min klient förbehåller sig rätten att lämna in klagomål till tillsynsmyndigheten.

Vasa den 8 oktober 2025

Camilla Fors
advokat""")
