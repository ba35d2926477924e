from parts.common import E

E("fi", "erasure", False, "follow-up to our opt-out confirmation: and also delete account and kids' photos",
  "Johanna Kivimäki <johanna.kivimaki@example.fi>",
  "Re: Vahvistus: olet poistunut postituslistalta",
  """Kiitos. Ja poistakaa samalla myös koko asiakastili ja lasten vanhat päiväkotikuvat, ei niitä tarvita enää mihinkään.

Johanna

> Hei,
> vahvistamme, että sähköpostiosoitteesi on poistettu uutiskirjeemme
> postituslistalta. Et saa enää markkinointiviestejä meiltä.
> Zoomi Kuvakaupat""")

E("sv", "access", False, "reminder: still waiting for register extract, no threat",
  "Marianne Kull <marianne.kull@example.fi>",
  "Väntar fortfarande",
  """Hej,

jag väntar fortfarande på registerutdraget som jag bad om för tre veckor sedan (mejl 4.10, ämne "Registerutdrag"). Kan ni meddela när det kommer?

Marianne Kull""")

E("en", "access", False, "reply inside open access request asking when it arrives",
  "Daniel Eriksson <daniel.eriksson@example.com>",
  "Re: We have received your access request",
  """Thanks. Roughly when can I expect it? Will it include the photos or just the text data?

Daniel

> Dear Daniel,
> we have received your request for access to your personal data on 2 May.
> We will respond no later than 2 June.
> Kind regards, Zoomi Kuvakaupat""")

E("fi", "", False, "school photo code not working in web shop",
  "Anne Räsänen <anne.rasanen@example.fi>",
  "Koodi ei toimi",
  """Hei, yritän tilata tytön koulukuvia mutta verkkokauppa sanoo että koodi (HK4-77Q2) on virheellinen. Kirjoitin sen monta kertaa oikein lapusta. Mitä teen?

Anne""")

E("fi", "erasure+objection", False, "child's photo: remove from website and never use in brochures",
  "Heidi Salmi <heidi.salmi@example.fi>",
  "Lapseni kuva esitteessä ja nettisivuilla",
  """Hei,

huomasin että poikani Eeli (5 v) kuva on teidän nettisivujen "Päiväkotikuvaus"-osiossa ja samassa kuvassa hän on myös paperisessa esitteessä, jota jaettiin päiväkodissa. Emme ole antaneet siihen lupaa, tai jos lomakkeessa on ollut jokin rasti niin perun sen.

Ottakaa kuva pois nettisivuilta, ja sitä ei saa enää käyttää teidän esitteissä eikä missään muussakaan markkinoinnissa.

Heidi Salmi""")

E("sv", "", True, "Slotti booking reminder in Swedish, no header",
  "Slotti <no-reply@example.test>",
  "Påminnelse: din bokning i morgon kl 9:15",
  """Hej Jessica!

Påminnelse om din bokning:
Tjänst: Passfoto 15 min
Tid: i morgon kl 9:15
Plats: Zoomi Kuvakaupat, Vasa

Avboka senast 24 h innan via länken i bokningsbekräftelsen.
Detta meddelande skickades automatiskt.""")

E("en", "marketing_opt_out", False, "reply to newsletter: remove from mailing list",
  "Paul Jensen <paul.jensen@example.com>",
  "Re: Your summer photo deals are here ☀",
  """Please remove me from the mailing list. I only had a passport photo taken once.

Paul

On Thu, 6 Jun, Zoomi Kuvakaupat <newsletter@example.fi> wrote:
> Summer is here! Book an outdoor family shoot in June and get a free 20x30 print.
> Unsubscribe | Privacy""")

E("fi", "", False, "public-records request misdirected to private company",
  "Toimittaja Ville Paananen <ville.paananen@example.fi>",
  "Tietopyyntö",
  """Hei,

teen juttua koulukuvauksista Pohjanmaalla. Pyydän julkisuuslain nojalla nähtäväksi Vaasan kaupungin ja Zoomi Kuvakaupat Oy:n välisen koulukuvaussopimuksen sekä tarjouskilpailun asiakirjat vuodelta 2023.

Jos asiakirjat ovat kaupungilla, voitteko ohjata oikealle henkilölle?

Ville Paananen
toimittaja, Pohjalainen Viikko""")

E("fi", "restriction", False, "contests ever being a customer, debt collection; restrict processing meanwhile",
  "Juha Koskela <juha.koskela@example.fi>",
  "En ole koskaan ollut asiakkaananne",
  """Hei

OK-perintä vaatii minulta rahaa teidän laskusta "Perhekuvaus 12.1.". En ole koskaan käynyt teillä perhekuvauksessa, eikä minulla ole perhettä Vaasassa.

Kiistän nämä tiedot. Rajoittakaa minun tietojeni käsittely siihen asti kunnes olette selvittäneet miten nimeni ja osoitteeni on päätynyt tähän laskuun. Tietoja ei saa poistaa ennen sitä.

Juha Koskela
Seinäjoki""")

E("sv", "rectification", False, "wrong postal code on record",
  "Tove Lindén <tove.linden@example.fi>",
  "Fel postnummer",
  """Hej!

Ni har fel postnummer på mig, 65100 i stället för 65200, så paketavin hamnade på fel postkontor. Adressen är Hertiginnegatan 8 A 3, 65200 Vasa. Kan ni rätta det i kunduppgifterna?

Tack
Tove""")

E("en", "erasure", False, "formal right to be forgotten, consent withdrawn as ground",
  "Robert Hallström <robert.hallstrom@example.com>",
  "Request for erasure under Article 17 GDPR",
  """Dear Data Protection Officer,

I hereby request the erasure of all personal data concerning me, including photographs taken at the staff photo session of Nordic Sail Ltd in 2022, under Article 17 GDPR. To the extent that you rely on my consent for any processing, I withdraw it.

Please confirm the erasure and, where data must be retained by law, tell me which data and for how long.

Yours sincerely,
Robert Hallström""")

E("fi", "marketing_opt_out", False, "stop sales calls",
  "Leena Ojala <leena.ojala@example.fi>",
  "Myyntipuhelut",
  """Hei,

teiltä soitettiin taas eilen illalla tarjoamaan perhekuvausta, nyt jo kolmatta kertaa tänä syksynä. Älkää soittako minulle enää myyntipuheluita. Numero on 044 567 8912.

Leena Ojala""")

E("sv", "", True, "vacation auto reply, no header",
  "Patrik Söderholm <patrik.soderholm@example.fi>",
  "Frånvaro: Personalfotografering 28.5",
  """Tack för ditt mejl. Jag är på semester till och med 4.8 och läser inte min e-post. Brådskande ärenden: kansliet, tfn 06 318 0000.

Patrik Söderholm
Rektor""")

E("fi", "access", False, "16-year-old asks own data, doesn't want parent to know",
  "Veera Lampinen <veera.lampinen@example.fi>",
  "mun tiedot",
  """moi, mitä tietoja teil on musta? oon 16 ja käyny teillä abikuvauksessa ja tilannu kuvia. haluisin nähä ne tiedot itelle tähän sähköpostiin, äidin ei tarvii saada niitä.

veera""")

E("en", "", False, "print quality and slow delivery complaint, no GDPR",
  "Karen O'Neill <karen.oneill@example.com>",
  "Complaint - canvas print",
  """Hello,

I'm writing to complain about canvas order 54120. It took 3 weeks instead of the promised 5 working days, and when it arrived the colours were far too dark and one corner of the frame was broken. For 89 euros I expect better.

I'd like a replacement or a refund. Photos of the damage attached.

Karen O'Neill""")

E("sv", "erasure", False, "take my photo off your website, consent withdrawn as ground",
  "Sara Nordqvist <sara.nordqvist@example.fi>",
  "Min bild på er hemsida",
  """Hej,

min studentbild används som exempelbild på er hemsida under "Studentfotografering". Jag återkallar mitt samtycke, ta bort bilden från hemsidan.

Sara Nordqvist""")

E("sv", "", False, "'thanks, then I know' reply",
  "Bo Sundström <bo.sundstrom@example.fi>",
  "Re: Fråga om fotodagen",
  """Tack, då vet jag!

/Bo

> Hej Bo, fotograferingen på Smedsby skola börjar kl 8.15 och syskonbilder tas
> efter kl 13.""")

E("fi", "access+portability", False, "copy of data plus uploaded images in transferable form",
  "Tuomas Eskola <tuomas.eskola@example.fi>",
  "Kopio tiedoista ja kuvat siirrettävässä muodossa",
  """Hei,

pyydän kopion kaikista minua koskevista henkilötiedoistanne. Lisäksi pyydän, että toimitatte verkkokauppaan itse lataamani kuvat ja kuvakirjaprojektit koneluettavassa, siirrettävässä muodossa, jotta voin ottaa ne käyttöön toisessa palvelussa.

Tuomas Eskola""")

E("sv", "complaint+marketing_opt_out", False, "reported to ombudsman for SMS after opt-out, stop",
  "Ann-Sofi Kronlund <annsofi.kronlund@example.fi>",
  "SMS-reklam trots avregistrering",
  """Hej,

jag avregistrerade mig från era sms-erbjudanden i mars och har sparat er bekräftelse. I dag kom ändå ett sms om "studentpaket". Sluta skicka sms-reklam till mig.

Jag har anmält detta till Dataombudsmannen i dag.

Ann-Sofi Kronlund""")

E("en", "", False, "wants to order extra copies of class photo",
  "Mark Davies <mark.davies@example.com>",
  "Extra copies of class photo",
  """Hi, can I still order 3 extra copies of the class photo from Hietalahti School 2B? The grandparents want one each. We got the code last month.

Thanks,
Mark""")

E("fi", "erasure", False, "one-liner 'forget me' with GDPR subject",
  "Aki Heinonen <aki.heinonen@example.fi>",
  "GDPR",
  """unohtakaa minut. kaikki tiedot pois.

Aki Heinonen""")

E("sv", "objection", False, "refuses use of own photo in brochure, no removal asked",
  "Ingrid Ahlskog <ingrid.ahlskog@example.fi>",
  "Min bild i er broschyr",
  """Hej,

jag ser att ni använder en bild på mig och mitt barnbarn i er nya broschyr om familjefotografering. Jag minns att jag sa ok till en bild i butiken, inte till reklam. Jag motsätter mig att bilden används i er reklam från och med nu. Bilderna vi köpt får ni förstås ha kvar i ert arkiv.

Ingrid Ahlskog""")

E("en", "access", False, "casual 'what do you know about me'",
  "Tyler Brooks <tyler.brooks@example.com>",
  "?",
  """what do you know about me? got a birthday discount email from you with my actual birth date in it. how did you get that and what else do you have""")

E("fi", "", True, "shipping notification, no header",
  "Zoomi Verkkokauppa <noreply@example.fi>",
  "Tilauksesi on lähetetty #54233",
  """Hei Päivi,

tilauksesi 54233 on lähetetty. Seurantakoodi: JJFI65432100012345678

Voit seurata lähetystä Postin sivuilla. Paketti on noudettavissa valitsemastasi pakettiautomaatista 1–3 arkipäivän kuluessa.

Tämä on automaattinen viesti, älä vastaa siihen.""")

E("sv", "access+erasure", False, "first see what you have, then delete",
  "Nils Grönroos <nils.gronroos@example.fi>",
  "Mina uppgifter",
  """Hej,

först vill jag veta vad ni har sparat om mig och om min fru Eva (vi var kunder 2015–2020). Sedan vill jag att ni raderar allt om mig. Eva skriver själv om sina egna uppgifter.

Nils Grönroos
Närpes""")

E("fi", "rectification", False, "wrong e-mail on record, receipts go to old workplace",
  "Marko Lehto <marko.lehto@example.fi>",
  "sähköposti väärin",
  """Moi, kaikki teidän kuitit ja noutoilmoitukset menee mun vanhaan työsähköpostiin jota en enää lue. Korjatkaa osoitteeksi tämä: marko.lehto@example.fi.

-Marko""")

E("en", "marketing_opt_out", False, "STOP on top of forwarded SMS text",
  "Jessica Holm <jessica.holm@example.com>",
  "Re: Zoomi offer",
  """STOP

> Zoomi: Graduation portraits -15 % this week only! Book at zoomi.example.fi""")

E("en", "", False, "marketing agency sales pitch (partner mail)",
  "Lucas Fernandes <lucas@example.com>",
  "Grow your photo studio bookings by 40%",
  """Hi Zoomi team,

I came across your studio online and love your school photography work. We help photo studios in the Nordics grow bookings with targeted Instagram ads — our last client in Tampere saw a 40% increase in three months.

Would you have 15 minutes next week for a quick call?

Best,
Lucas Fernandes
Growth Lead, ShutterBoost Agency""")

E("sv", "", False, "thanks after booking, all clear",
  "Jessica Berg <jessica.berg@example.fi>",
  "Tack",
  """Tack för snabbt svar, då kommer vi på torsdag kl 15. Allt klart!

Jessica""")

E("fi", "erasure", False, "reminder of unanswered erasure request, no threat",
  "Raija Hyvönen <raija.hyvonen@example.fi>",
  "Vieläkin odotan",
  """Hei,

pyysin 12.2. että poistatte kaikki tietoni ja tyttäreni kuvat, mutta en ole saanut mitään vastausta. Viesti lähti tähän samaan osoitteeseen. Olkaa hyvä ja hoitakaa asia.

Raija Hyvönen""")
