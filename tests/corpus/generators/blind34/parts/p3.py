from parts.common import E

E("fi", "marketing_opt_out", False, "subject says it all, near-empty body",
  "Antti Rajala <antti.rajala@example.fi>",
  "lopettakaa spämmi",
  """otsikko kertoo kaiken""")

E("sv", "access", False, "guardian: what data on my child, got from school?",
  "Malin Österberg <malin.osterberg@example.fi>",
  "Uppgifter om mitt barn",
  """Hej!

Min son Leo (åk 2, Smedsby skola) kom hem med en lapp med en personlig kod för att beställa skolfoton. På sidan stod hans fullständiga namn, klass och även vår hemadress fast jag aldrig gett den till er.

Vilka uppgifter har ni om Leo och om mig, och har ni fått dem från skolan eller kommunen? Jag vill gärna se vad som finns.

Malin Österberg""")

E("en", "restriction", False, "parent disputes school photo package charge, asks to keep records",
  "Ahmed Yusuf <ahmed.yusuf@example.com>",
  "Disputed charge - please do not delete anything",
  """Hi,

I've been charged 79 EUR for a school photo package that I never ordered; the order form says it was submitted with my name but with an email address that isn't mine. I've filed a dispute with my bank and the school principal is looking into it too.

Please don't delete the order, the login records or anything else connected to it, I need it for the dispute. But please also don't use my details for anything else or send them on to a collection agency while this is being sorted out.

Ahmed Yusuf
Vaasa""")

E("fi", "", True, "municipal early-ed office auto-acknowledgement, no header",
  "Varhaiskasvatuksen palvelupiste <varhaiskasvatus@example.fi>",
  "Viestisi on vastaanotettu",
  """Kiitos viestistäsi. Viestisi on vastaanotettu ja käsittelemme sen viiden arkipäivän kuluessa. Kiireellisissä asioissa soita palvelupisteeseen ma–pe klo 9–12.

Tähän viestiin ei voi vastata.

Varhaiskasvatuksen palvelupiste""")

E("fi", "portability", False, "wants own data machine-readable to move to another service",
  "Riikka Salminen <riikka.salminen@example.fi>",
  "tiedot tiedostona",
  """Moikka

saisinko kaikki mun tilit tiedot, osoitekirjan ja ne kuvat mitä oon ladannu teidän kuvakirjaeditoriin jossain koneluettavassa muodossa (csv tai json tms), niin et voin siirtää ne toiseen palveluun? Ei tarvii paperina.

Riikka""")

E("sv", "objection", False, "staff photo used in studio's own ads, refuses use, no removal asked",
  "Jonas Kronqvist <jonas.kronqvist@example.fi>",
  "Min bild i er reklam",
  """Hej,

ni fotograferade personalen på vår revisionsbyrå i våras, och nu ser jag att min porträttbild används i er Facebook-annons om "företagsporträtt". Bilden får gärna finnas hos er och hos byrån, men ni får inte använda den i er marknadsföring. Jag motsätter mig det.

Jonas Kronqvist""")

E("fi", "", False, "child absent on photo day, asks for a make-up time",
  "Hanna Pitkänen <hanna.pitkanen@example.fi>",
  "Uusintakuvaus Ristinummen koulu",
  """Hei,

poikamme Oliver (3A) oli kipeänä kuvauspäivänä 18.9. Onko tulossa uusintakuvausta tai voisiko tulla teidän liikkeeseen otattamaan koulukuvan samalla taustalla?

Terveisin
Hanna Pitkänen""")

E("en", "marketing_opt_out", False, "one-word typo unsubscribe on top of newsletter",
  "Greg Holloway <greg.holloway@example.com>",
  "RE: Last chance: free shipping ends tonight",
  """unsubcribe

-----Original Message-----
From: Zoomi Kuvakaupat <newsletter@example.fi>
Subject: Last chance: free shipping ends tonight

Free shipping on all photo books until midnight!
Don't want these emails? Unsubscribe""")

E("fi", "erasure+restriction", False, "delete photos/marketing data but keep invoice data for consumer dispute",
  "Seppo Jokela <seppo.jokela@example.fi>",
  "Tietojen poisto ja riita-asia",
  """Hei,

olemme riidelleet teidän kanssanne hääkuvauksen hinnasta ja asia on nyt kuluttajariitalautakunnassa.

Haluan, että poistatte minun ja vaimoni kuvat ja kaiken markkinointiin liittyvän tiedon meistä. Laskuun, sopimukseen ja sähköpostikeskusteluun liittyviä tietoja ei kuitenkaan saa poistaa ennen kuin lautakunta on antanut ratkaisunsa – niitä ei saa myöskään käyttää muuhun kuin tähän asiaan.

Seppo Jokela
Isokyrö""")

E("sv", "", False, "reprint order: copy of a photo",
  "Gunilla Strand <gunilla.strand@example.fi>",
  "Beställa kopia av bild",
  """Hej,

jag skulle vilja beställa en kopia av konfirmationsbilden på mitt barnbarn Wilma från i våras, storlek 13x18, två st. Vi har bildnummer 0457. Går det att hämta i butiken?

Gunilla Strand""")

E("fi", "complaint", False, "cc of complaint to the DPO describing unanswered erasure request",
  "Lotta Kangas <lotta.kangas@example.fi>",
  "Tiedoksi: ilmoitus tietosuojavaltuutetulle",
  """Tiedoksi Zoomi Kuvakaupoille. Alla ilmoitukseni, jonka lähetin tänään tietosuojavaltuutetun toimistoon.

---
Tietosuojavaltuutetun toimisto

Pyysin Zoomi Kuvakaupat Oy:ltä 8.1. sähköpostitse kaikkien tietojeni ja lasteni koulukuvien poistamista. Yhtiö ei ole vastannut pyyntööni lainkaan, vaikka kuukauden määräaika on kulunut. Pyydän, että tietosuojavaltuutettu selvittää asian ja määrää yhtiön noudattamaan pyyntöäni.

Liitteenä alkuperäinen pyyntöni.

Lotta Kangas
Vaasa
---""")

E("en", "access", False, "who did you share my data with? calls from another studio",
  "Natalia Kowalska <natalia.kowalska@example.com>",
  "Who did you give my number to?",
  """Hi,

since I had my passport photo taken with you in May I've been getting calls from some "photo studio partner" offering family shoots. The caller knew my name and that I'd been to your shop.

Who have you shared my phone number and details with? I want a list of who got my data and what exactly you have on me.

Natalia Kowalska""")

E("sv", "rectification", False, "wrong phone number, SMS go to ex-husband",
  "Pia Lindholm <pia.lindholm@example.fi>",
  "Fel telefonnummer",
  """Hej,

ni har fel telefonnummer till mig i ert system. Alla sms om fotodagar och hämtningskoder går till min f.d. man. Mitt nummer är 050 444 1212. Vänligen rätta det genast.

Pia Lindholm""")

E("fi", "", True, "e-invoice operator receipt notice, no header",
  "Verkkolaskuoperaattori <einvoice@example.test>",
  "Verkkolasku vastaanotettu / Lasku 2024-3312",
  """Verkkolasku on vastaanotettu ja välitetty vastaanottajalle.

Lähettäjä: Zoomi Kuvakaupat Oy (0855332-0)
Vastaanottaja: Pohjanmaan Hyvinvointialue, OVT 003712345678
Laskunumero: 2024-3312
Summa: 1 240,00 EUR
Tila: Toimitettu

Tämä on automaattinen ilmoitus.""")

E("en", "erasure", False, "16-year-old wants account and uploaded grad pics deleted",
  "Noah Berglund <noahb2008@example.com>",
  "delete account",
  """hey

can u delete my account on ur website and all the pics i uploaded (grad party pics). my mom made the account with her email years ago but its mine and im 16. my email is this one now, i changed it in the settings.

thx
noah""")

E("fi", "access+rectification", False, "address wrong; what else do you have wrong",
  "Heikki Ruotsalainen <heikki.ruotsalainen@example.fi>",
  "osoite väärin",
  """Hei,

lasku tuli Kokkolaan vaikka olen asunut Vaasassa jo kolme vuotta, oikea osoite Rauhankatu 9 B 12, 65100 Vaasa. Korjatkaa se.

Ja haluan nähdä mitä tietoja teillä muuten on minusta, jos siellä on muutakin väärin.

Heikki R.""")

E("sv", "marketing_opt_out", False, "school secretary: stop ads to work address",
  "Carina Blomqvist <carina.blomqvist@example.fi>",
  "Reklam till skolans adress",
  """Hej,

jag är skolsekreterare på Vörå samskola och får er reklam (julkort, fotoböcker osv.) till min jobbadress flera gånger i månaden. Den adressen använder jag bara för fotodagarna. Sluta skicka reklam hit, men skicka gärna info om fotodagar som vanligt.

Carina Blomqvist""")

E("fi", "", False, "teen asks for own school photos digitally (product)",
  "Sara Lepistö <saralepisto@example.fi>",
  "koulukuvat",
  """moi saanko mun koulukuvat jotenki sähköisenä? äiti ei tilannu niitä ja ne on ihan hyvät. voinko maksaa ite mobilepaylla?

sara 9C""")

E("en", "", False, "service complaint about photographer's attitude",
  "Linda Mattsson <linda.mattsson@example.com>",
  "Very disappointed with the kindergarten photo day",
  """Hello,

I want to give feedback about the photo day at Kindergarten Aurinko on Tuesday. The photographer was rushing the children and told my daughter to "stop being a baby" when she was shy. She cried the whole afternoon. That's not acceptable for a company that works with small kids.

We won't be ordering the photos. I hope you talk to the photographer.

Linda Mattsson""")

E("sv", "erasure+objection", False, "left client company, delete staff photo and stop using it",
  "Erik Holmberg <erik.holmberg@example.se>",
  "Personalbild – jag har slutat",
  """Hej,

jag slutade på Kvarken Logistik Ab i augusti men min personalbild som ni tog förra året används fortfarande, bland annat på er sida "Referenser". Ta bort bilden och allt ni har om mig, och sluta använda den överallt där ni har den.

Erik Holmberg""")

E("fi", "restriction", False, "someone ordered in my name, lock data until investigated",
  "Jari Toivonen <jari.toivonen@example.fi>",
  "Joku tilannut minun nimissä",
  """Hei,

sain teiltä laskun kuvakirjasta ja kahdesta taulusta joita en ole tilannut. Tilaus on tehty minun nimelläni ja osoitteellani mutta sähköposti on joku outo gmail-tyyppinen. Olen tehnyt rikosilmoituksen.

Älkää käsitelkö tai käyttäkö minun tietojani mihinkään ennen kuin olette selvittäneet kuka tilauksen teki. Lukitkaa se tili. Poliisi voi tarvita tiedot joten älkää poistako.

Jari Toivonen
045 678 1234""")

E("fi", "marketing_opt_out", False, "reply to feedback survey, no more marketing or surveys",
  "Pirjo Leppänen <pirjo.leppanen@example.fi>",
  "Re: Miten onnistuimme? Arvioi kuvauksesi",
  """Kuvaus oli ihan hyvä, mutta en halua teiltä mitään markkinointia enkä näitä kyselyjä. Kiitos.

Pirjo

> Hei Pirjo,
> kiitos että valitsit Zoomin! Kerro meille, miten onnistuimme – vastaaminen
> vie vain minuutin. Vastanneiden kesken arvomme lahjakortin.
> Zoomi Kuvakaupat""")

E("sv", "", True, "parental-leave auto reply, no header",
  "Sanna Rönnqvist <sanna.ronnqvist@example.fi>",
  "Autosvar: Offert för personalfotografering",
  """Hej,
jag är föräldraledig till och med 31.8. Din e-post kommer inte att vidarebefordras. I ärenden som gäller personal kontakta hr@example.fi.

Sanna Rönnqvist
HR-ansvarig""")

E("en", "portability+erasure", False, "export photobook projects then delete account",
  "Claire Dubois <claire.dubois@example.com>",
  "Export and close my account",
  """Hello,

I'm moving back to France and won't use your web shop anymore. Before I go:

1. Please export my data, especially my saved photo-book projects and the photos I uploaded, in a format I can import into another service (zip with the original files plus a JSON or CSV of the project/order data is fine).
2. Once I've confirmed I received it, delete my account and all my data.

Merci,
Claire Dubois""")

E("fi", "", False, "received someone else's mail, wrong person",
  "Mikko Järvelä <mikko.jarvela@example.fi>",
  "väärä henkilö",
  """Moi, sain teiltä viestin noutokoodista ja kuvista, mutta en ole Mikko Järvinen enkä ole tilannut mitään. Osoitteessa on varmaan kirjoitusvirhe. Poistin viestin.

-M""")

E("sv", "access+complaint", False, "still no register extract, will contact ombudsman",
  "Kristian Mattfolk <kristian.mattfolk@example.fi>",
  "Påminnelse: registerutdrag",
  """Hej igen,

jag bad om ett registerutdrag den 11 mars och fick ett automatiskt svar om att ni svarar inom en månad. Nu är det över fem veckor sedan och inget har kommit.

Skicka registerutdraget. Får jag det inte inom en vecka kontaktar jag Dataombudsmannen.

Kristian Mattfolk""")

E("fi", "objection", False, "doesn't want to be in Google Analytics",
  "Tero Aaltonen <tero.aaltonen@example.fi>",
  "Evästeet ja analytiikka",
  """Moi,

en halua olla teidän Google Analyticsissa enkä hyväksy että mun käyntejä verkkokaupassa seurataan. Kieltäydyin evästeistä mutta silti GA latautui (katsoin selaimen kehittäjätyökaluista). Vastustan tietojeni käyttöä analytiikkaan.

Tero""")

E("en", "", False, "ok cool one-liner after confirmation",
  "Jake Nordin <jake.nordin@example.com>",
  "Re: Your request",
  """ok cool, thanks

> Hi Jake, we have changed the email address on your account as requested.""")

E("sv", "portability", False, "wants account data as CSV to move to another service",
  "Annika Wiik <annika.wiik@example.fi>",
  "Kan jag få mina data som CSV?",
  """Hej,

jag använder er webbtjänst för julkort varje år och har en adresslista med ca 60 mottagare där plus mina egna uppgifter och beställningar. Jag tänker flytta till en annan tjänst. Kan jag få mina data som CSV eller liknande maskinläsbart format så att jag kan importera dem där?

Tack!
Annika""")

E("fi", "", False, "invoice amount dispute (not personal data)",
  "Kalle Huhtala <kalle.huhtala@example.fi>",
  "Lasku väärä summa",
  """Hei

laskussa 2024-2987 on 3 kpl 20x30 vedoksia vaikka tilasin vain kaksi. Summa pitäis olla 24 € eikä 36 €. Lähetättekö uuden laskun?

Kalle Huhtala""")
