from parts.common import E

E("fi", "erasure", False, "answers 'which address' and restates deletion",
  "Mervi Hautala <mervi.hautala@example.fi>",
  "Re: Poistopyyntö / sähköpostiosoite",
  """Käytin tätä samaa osoitetta, mervi.hautala@example.fi. Poistakaa kaikki.

Mervi

Lähetetty iPadista

> Hei Mervi,
>
> kiitos poistopyynnöstäsi. Emme löytäneet asiakasrekisteristämme tietoja
> nimelläsi. Voisitko kertoa, mitä sähköpostiosoitetta tai puhelinnumeroa
> olet käyttänyt asioidessasi kanssamme?
>
> Ystävällisin terveisin
> Zoomi Kuvakaupat""")

E("sv", "marketing_opt_out", False, "'Avsluta prenumerationen' on top of Swedish newsletter",
  "Roger Nordling <roger.nordling@example.fi>",
  "SV: Studentfoton 2024 – boka nu!",
  """Avsluta prenumerationen.

Skickat från Outlook för Android
________________________________
Från: Zoomi Kuvakaupat <nyhetsbrev@example.fi>
Ämne: Studentfoton 2024 – boka nu!

Boka studentfotograferingen i god tid! Nu även utomhusbilder i Sandviken.
Avregistrera | Dataskyddsbeskrivning""")

E("en", "objection+complaint", False, "objects to data going to debt collector, will complain to ombudsman",
  "Marcus Reid <marcus.reid@example.com>",
  "Your debt collector",
  """Hello,

OK-perintä keeps sending me letters about invoice 2024-1422 although I paid it on 4 April (bank reference attached). You say you pass data to them on the basis of your "legitimate interest". I object to that processing: there is no debt, so there is no interest.

If I receive one more letter from them I'll file a complaint with the Finnish Data Protection Ombudsman.

Marcus Reid""")

E("fi", "", False, "kindergarten teacher asks to move photo day due to flu",
  "Jenni Ylikoski <jenni.ylikoski@example.fi>",
  "Kuvauspäivän siirto, Päiväkoti Peikkometsä",
  """Hei,

meillä on puolet ryhmästä flunssassa, joten kysyisin voisiko ensi torstain (7.11.) kuvauksen siirtää viikolla eteenpäin? Keskiviikko tai torstai kävisi.

Jenni Ylikoski
varhaiskasvatuksen opettaja, Päiväkoti Peikkometsä""")

E("fi", "", True, "out-of-office with auto header, Finnish",
  "Jukka Hirvonen <jukka.hirvonen@example.fi>",
  "Automaattinen vastaus: Re: Henkilökuvien toimitus",
  """Olen poissa toimistolta 1.–12.7. enkä lue sähköpostia. Kiireellisissä asioissa soita vaihteeseen 06 555 0000.

Jukka Hirvonen
Talouspäällikkö""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "rectification+marketing_opt_out", False, "correct my address and no ads there either",
  "Agneta Sandell <agneta.sandell@example.fi>",
  "Adress och reklam",
  """Hej,

er reklam och fakturor kommer fortfarande till Strandgatan 22 i Jakobstad fast jag flyttade för två år sedan. Rätt adress är Tallvägen 3, 66900 Nykarleby. Rätta det.

Och skicka ingen reklam dit heller, fakturor räcker.

Agneta Sandell""")

E("fi", "access", False, "no diacritics, short access request",
  "Joni Hakala <joni.hakala@example.fi>",
  "tiedot",
  """moi, saisinko nahda mita tietoja teil on must tallessa? oon kaynyt passikuvassa ja tilannu jotain kuvia netista joskus.

joni hakala""")

E("en", "", False, "change delivery address for a single order",
  "Emma Lindqvist <emma.lindqvist@example.com>",
  "Order 53310 - different delivery address",
  """Hi!

Could you please ship order 53310 (photo book) to my parents' address instead of mine? I'll be there over Christmas:

Emma Lindqvist, c/o Lindqvist
Strandvägen 5
66100 Malax

Only for this order, thanks!
Emma""")

E("fi", "erasure+marketing_opt_out", False, "wants nothing more: delete all and stop mailings",
  "Raili Mäkinen <raili.makinen@example.fi>",
  "Ei enää mitään",
  """Hei

En halua enää mitään teiltä. Poistakaa kaikki tietoni ja lopettakaa postitukset sekä sähköpostiin että kotiin. Lapset on jo aikuisia ja koulukuvat otettu.

Raili Mäkinen""")

E("sv", "restriction", False, "lost parcel insurance claim, do not delete order data",
  "Thomas Hägg <thomas.hagg@example.fi>",
  "Radera inte mina beställningsuppgifter",
  """Hej,

paketet med våra bröllopsalbum (beställning 52877) försvann i posten och jag har gjort en skadeanmälan till försäkringsbolaget. Jag vet att jag tidigare bett er radera mitt konto, men vänta med det. Radera inte beställningen eller uppgifterna om leveransen förrän försäkringsärendet är avgjort, och använd dem inte till något annat under tiden.

Thomas Hägg""")

E("fi", "portability", False, "booking and customer history as JSON for own use elsewhere",
  "Petri Honkala <petri.honkala@example.fi>",
  "Tietojen siirtopyyntö",
  """Hei,

käytän nykyään toista kuvaamoa perhekuviin. Pyydän, että toimitatte minun itse antamani tiedot (asiakastiedot, varaushistoria ja verkkokauppaan lataamani kuvat) rakenteisessa, koneluettavassa muodossa, esim. JSON tai CSV, jotta voin siirtää ne toiseen järjestelmään.

Petri Honkala""")

E("en", "", False, "thanks for fast deletion, positive feedback",
  "Olivia Bennett <olivia.bennett@example.com>",
  "Re: Confirmation of deletion",
  """Thank you! That was quicker than I expected, honestly. And just so you know, we were very happy with the photos themselves, the deletion had nothing to do with you.

Olivia

> Dear Olivia, we confirm that your account and the associated photos have
> been deleted from our systems.""")

E("sv", "erasure", False, "guardian after moving away: delete child's photos",
  "Jenny Backlund <jenny.backlund@example.se>",
  "Radera min dotters bilder",
  """Hej,

vi har flyttat från Vasa till Sverige och min dotter Alma (född 2016) har gått ut från Borgaregatans skola. Radera hennes skol- och klassbilder och de uppgifter om henne som ni fått från skolan. Vi har redan de bilder vi beställt.

Jenny Backlund, mamma""")

E("fi", "", False, "debt collection letter, already paid (payment dispute only)",
  "Tommi Koivisto <tommi.koivisto@example.fi>",
  "Maksettu jo!",
  """Hei,

miksi sain perintäkirjeen laskusta 2024-1650? Maksoin sen 3.4. verkkopankissa, viite oli oikein. Kuitti liitteenä. Hoitakaa asia perintätoimiston kanssa, en aio maksaa perintäkuluja.

Tommi Koivisto""")

E("fi", "complaint", False, "says studio breaks GDPR by mailing class with visible addresses",
  "Elina Forsberg <elina.forsberg@example.fi>",
  "Kaikkien vanhempien osoitteet näkyvissä!!",
  """Hei,

lähetitte eilen illalla 3B-luokan tilauslinkit yhdellä viestillä, jossa kaikkien vanhempien sähköpostiosoitteet näkyivät vastaanottajakentässä. Siellä oli myös turvakiellossa olevan perheen osoite, tiedän sen.

Tämä on selvä tietosuojarikkomus ja rikotte GDPR:ää. Ettekö te tiedä mikä piilokopio on?

Elina Forsberg""")

E("sv", "access", False, "where did you get my address (postcard), just wants to know",
  "Lars-Erik Nyberg <larserik.nyberg@example.fi>",
  "Vykortet",
  """Hej,

jag fick ett vykort från er i brevlådan om "familjefotografering till specialpris". Jag har aldrig varit kund hos er. Varifrån har ni fått min adress och vad mer har ni om mig? Jag vill bara veta.

L-E Nyberg
Vasa""")

E("en", "marketing_opt_out", False, "follow-up: still getting emails after unsubscribing",
  "Ryan Patel <ryan.patel@example.com>",
  "Still getting your emails",
  """I unsubscribed three weeks ago using the link at the bottom and I've had two more "offers" since. Take me off your list, properly this time.

Ryan""")

E("fi", "", True, "Slotti booking confirmation, no header",
  "Slotti <no-reply@example.test>",
  "Varausvahvistus: Perhekuvaus 60 min, la 23.3. klo 12:00",
  """Kiitos varauksestasi!

Palvelu: Perhekuvaus 60 min
Aika: la 23.3. klo 12:00–13:00
Toimipiste: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa
Asiakas: Kirsi Harju

Voit perua tai siirtää varauksen viimeistään 24 tuntia ennen varattua aikaa.
Tämä viesti on lähetetty automaattisesti.""")

E("sv", "", False, "supplier sends price list (partner mail)",
  "Johan Sved <johan.sved@example.se>",
  "Prislista ramar 2025",
  """Hej!

Bifogar vår nya prislista för ramar och passepartouter som gäller från 1.1.2025. Priserna på ekramar stiger ca 4 %, aluminium oförändrat. Beställningar före 15.12 till gamla priser.

Hälsningar
Johan Sved
Nordisk Ram & List AB""")

E("fi", "rectification", False, "new surname after marriage",
  "Henna Virtanen <henna.virtanen@example.fi>",
  "Sukunimen muutos",
  """Hei,

menin naimisiin kesällä ja sukunimeni on nyt Virtanen (ent. Laitinen). Vaihtakaa se asiakastietoihini, niin laskut ja noutoilmoitukset tulee oikealla nimellä. Sähköposti ja puhelin pysyy samana.

Henna Virtanen""")

E("en", "access+erasure+restriction", False, "copy, then delete; meanwhile don't use data",
  "Viktor Sandberg <viktor.sandberg@example.com>",
  "My data",
  """Hi,

three things, in this order please:

1. Send me a copy of all the personal data you hold about me.
2. After that, delete all of it.
3. Until it's deleted, don't use my data for anything at all: keep it as it is, no processing.

Viktor Sandberg
(customer since 2017, passport photos + web shop)""")

E("fi", "", False, "hypothetical question: can I ask deletion after paying (future)",
  "Marja Niemi <marja.niemi@example.fi>",
  "Kysymys tietojen poistosta",
  """Hei,

minulla on vielä yksi lasku auki (lapsen koulukuvat). Kysyn etukäteen: jos maksan sen tässä kuussa, voinko sen jälkeen pyytää että tietoni poistetaan, vai joudutteko säilyttämään ne jonkin aikaa? Mietin vasta.

Marja Niemi""")

E("sv", "objection", False, "objects to storing IP and device data",
  "Daniel Byskata <daniel.byskata@example.fi>",
  "IP-adress och enhetsdata",
  """Hej,

enligt er dataskyddsbeskrivning samlar ni in IP-adress och enhetsmetadata om besökare. Jag motsätter mig den behandlingen vad gäller mig. Jag handlar ibland i webbutiken men vill inte att mitt beteende där sparas för "affärsutveckling".

Daniel""")

E("fi", "marketing_opt_out", False, "formal old-style direct-marketing ban",
  "Veikko Hänninen <veikko.hanninen@example.fi>",
  "Suoramarkkinointikielto",
  """Asia: Suoramarkkinointikielto

Kiellän lähettämästä minulle suoramarkkinointia postitse, sähköpostitse ja puhelimitse.

Veikko Hänninen
Kirkkotie 4
66400 Laihia""")

E("en", "", True, "web shop's 'your account has been deleted' notice, no header",
  "Zoomi Web Shop <noreply@example.fi>",
  "Your account has been deleted",
  """Hello,

as requested, your Zoomi web shop account (b.hughes@example.com) and your saved projects have been deleted. Order and invoice records are kept as required by accounting law.

This is an automated message. Please do not reply.""")

E("sv", "", False, "thanks after name was corrected",
  "Ebba Sjöholm <ebba.sjoholm@example.fi>",
  "Re: Rättelse",
  """Tack för hjälpen, nu ser det rätt ut på kontot!

Ebba""")

E("fi", "erasure", False, "15-year-old wants photos off Instagram",
  "Aada Karhu <aada.karhu@example.fi>",
  "instagram",
  """moi, te ootte laittanu mun ja mun kaverin kuvan teiän instagramiin (se rippikuva rannalla). mä en halua et se on siellä, poistakaa se. mä perun sen luvan jos mä oon sellasen antanu, en muista.

aada 15""")

E("sv", "access", False, "register extract requested as PDF + CSV (delivery format only)",
  "Helena Backman <helena.backman@example.fi>",
  "Begäran om registerutdrag",
  """Hej,

jag begär ett registerutdrag över alla personuppgifter ni behandlar om mig (kundnummer 22817). Skicka gärna utdraget elektroniskt som PDF och själva uppgifterna som CSV, så blir det lättare för mig att gå igenom.

Med vänliga hälsningar
Helena Backman""")

E("en", "rectification", False, "non-native speaker, name order wrong",
  "Lan Nguyen <lan.nguyen@example.com>",
  "my name is wrong",
  """Hello,

my name is wrong written in your system and on the paper for my son school photo. It is write "Nguyen Thi Lan" as first name and "Lan" as family name. Correct is family name Nguyen, first name Thi Lan. Please change it so it is right. My son is Minh Nguyen in class 1A, his name is correct.

Thank you very much
Lan""")

E("sv", "erasure+marketing_opt_out", False, "throw me out of the register, no more mails",
  "Kenneth Öhman <kenneth.ohman@example.fi>",
  "Släng mig",
  """Släng mig ur registret och inga fler mejl tack. Har inte handlat hos er sedan 2015.

Kenneth Öhman""")
