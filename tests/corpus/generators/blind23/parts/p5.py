from parts.common import E

E("fi", "", False, "reply to company's question about consent form for school photos: gives consent, no DSR",
  "Elina Hyvönen <elina.hyvonen@example.fi>", "Re: Kuvauslupa koulukuvaukseen",
  """Hei,

kyllä, Aino saa osallistua luokkakuvaan ja yksilökuvaan. Julkaisulupaa nettiin emme anna.

Elina Hyvönen

> Hei, pyydämme huoltajia vahvistamaan osallistumisen koulukuvaukseen 15.1.2027 vastaamalla tähän viestiin.""")

E("fi", "", False, "forward of a daycare's general newsletter by a parent asking when photos arrive; order status near-miss",
  "Katja Rintala <katja.rintala@example.fi>", "VL: Päiväkodin tiedote marraskuu",
  """Moi, tässä luki että kuvat tulee marraskuun lopussa, mut ei oo vielä tullu. Missä meidän tilaus on? Tilausnumero 49920.

Katja

---------- Välitetty viesti ----------
Lähettäjä: Päiväkoti Mäntylä
Aihe: Päiväkodin tiedote marraskuu
- Valokuvaajan kuvat saapuvat koteihin marraskuun lopussa.
- Pikkujoulut 11.12.""")

E("fi", "erasure", False, "reply to company question which account; clarifies: both accounts, delete everything",
  "Ilkka Savolainen <ilkka.savolainen@example.fi>", "Vs: Tarkennus poistopyyntöön",
  """Hei,

molemmat tilit ovat minun, vanha hotmail-osoitteella tehty ja tämä uudempi. Poistakaa kummatkin ja kaikki niihin liittyvä.

Ilkka

Lähettäjä: tietosuoja@example.fi
Aihe: Tarkennus poistopyyntöön
Hei Ilkka, löysimme nimellänne kaksi asiakastiliä. Koskeeko poistopyyntö molempia?""")

E("fi", "objection+marketing_opt_out", False, "objects to data from school being used to market family portraits",
  "Reijo Manninen <reijo.manninen@example.fi>", "Koulun kautta saadut tiedot",
  """Hei,

saimme teiltä mainoksen perhekuvauksesta osoitettuna tyttärellemme. Ilmeisesti osoite on saatu koulun kuvauslistalta. Emme halua markkinointia emmekä hyväksy sitä, että koululta saatuja tietoja käytetään mihinkään muuhun kuin koulukuvaukseen. Vastustamme tällaista käsittelyä.

Reijo ja Päivi Manninen""")

E("fi", "complaint", False, "reports she filed a DPA notification about a mail with all recipients visible",
  "Anu Korpela <anu.korpela@example.fi>", "Sähköposti jossa kaikkien osoitteet näkyvissä",
  """Hei,

lähetitte eilen viestin jossa kaikkien vastaanottajien sähköpostiosoitteet näkyivät (yli 200 osoitetta). Tämä on tietosuojaloukkaus. Olen tehnyt asiasta ilmoituksen tietosuojavaltuutetun toimistoon.

Anu Korpela""")

E("fi", "access", False, "reply to ack, says she can come to the store to show ID; open access request",
  "Heli Koskinen <heli.koskinen@example.fi>", "Re: Henkilöllisyyden varmistaminen",
  """Moi, voin tulla liikkeeseen näyttämään henkkarit vaikka perjantaina. Onko se ok? Haluan ne tiedot silti sähköpostilla.

Heli

> Hei Heli, koska pyyntönne tuli osoitteesta, jota ei ole asiakastiedoissa, pyydämme vahvistamaan henkilöllisyytenne.""")

E("fi", "rectification", False, "invoice addressed to wrong name",
  "Jukka Turunen <jukka.turunen@example.fi>", "Laskussa väärä nimi",
  """Hei, laskussa 2026-3320 lukee Jukka Turenen. Oikea sukunimi on Turunen. Korjatkaa tieto asiakasrekisteriin, ettei sama virhe toistu. Summa on oikein.

Jukka Turunen""")

E("fi", "", True, "school Wilma notification forwarded automatically",
  "Wilma <noreply@wilma.example.fi>", "Uusi tiedote: Kevään valokuvaus",
  """Sinulle on saapunut uusi tiedote Wilmaan.

Lähettäjä: Koskenalan koulu
Aihe: Kevään valokuvaus
Luokkakuvaus 3.2.2027. Kuvaajana Zoomi Kuvakaupat Oy.

Lue tiedote kirjautumalla Wilmaan. Tähän viestiin ei voi vastata.""")

E("fi", "erasure+complaint", False, "photo in shop window, says GDPR broken, complains and wants removed; umlaut-less",
  "Veera Lampinen <veera.lampinen@example.fi>", "kuva ikkunassa!!",
  """Moi. Mun kuva on teidan liikkeen ikkunassa Vasaratiella isona julisteena. En ole ikina antanu siihen lupaa. Ottakaa se heti pois. Tama on gdpr:n vastaista ja teen tasta valituksen tietosuojavaltuutetulle jos se on viela huomenna siella.

Veera""")

E("fi", "portability", False, "formal portability request with signature",
  "Katariina Lund <katariina.lund@example.fi>", "Pyyntö tietojen siirrosta",
  """Hyvä vastaanottaja,

pyydän tietosuoja-asetuksen 20 artiklan mukaisesti, että toimitatte minulle antamani henkilötiedot (asiakastiedot, tilaushistoria ja verkkokauppaan lataamani kuvat) jäsennellyssä, yleisesti käytetyssä ja koneluettavassa muodossa.

Ystävällisin terveisin
Katariina Lund
Sepänkyläntie 12, 65300 Vaasa""")

E("fi", "", False, "reply to marketing asking to change newsletter language to Swedish; preference change not opt-out",
  "Maarit Björkqvist <maarit.bjorkqvist@example.fi>", "Re: Joulun kuvalahjat nyt -20 %!",
  """Hei, voisitteko lähettää uutiskirjeen jatkossa ruotsiksi? Se on mieheni äidinkieli ja hän lukee näitä enemmän.

Maarit""")

E("fi", "restriction", False, "accuracy contested: says photos belong to someone else on account; restrict until checked",
  "Simo Peltola <simo.peltola@example.fi>", "Väärät kuvat tilillä",
  """Hei,

verkkokauppatililläni näkyy jonkun toisen lapsen koulukuvia. Ilmeisesti tietoja on sekoitettu. Pyydän että tilini tietojen käsittely rajoitetaan kunnes olette tarkistaneet, mitkä tiedot kuuluvat minulle. Älkää lähettäkö niitä kuvia mihinkään.

Simo Peltola""")

E("fi", "access", False, "forward by adult son of his mother's letter asking what data; mother signs",
  "Tommi Ruuska <tommi.ruuska@example.fi>", "VL: Tiedustelu",
  """Välitän äidin pyynnön, hänellä ei ole sähköpostia. Vastauksen voi lähettää postitse hänen osoitteeseensa.

Tommi Ruuska

---
Hyvä Zoomi Kuvakaupat,
haluaisin tietää mitä tietoja teillä on minusta. Kävin teillä passikuvassa ja sain sen jälkeen mainoksia.
Raija Ruuska
Koulukatu 40 A 3, 65100 Vaasa""")

E("sv", "erasure", False, "reply to company's ID question; gives order code, original erasure request",
  "Anders Lindfors <anders.lindfors@example.fi>", "Sv: Bekräftelse av identitet",
  """Hej,

beställningsnumret är 47655 och jag skriver från samma adress som står på kontot. Radera uppgifterna som jag bad om.

Anders

-----Ursprungligt meddelande-----
Från: Zoomi Kuvakaupat tietosuoja
Ämne: Bekräftelse av identitet
Kan du uppge ett beställningsnummer så att vi kan bekräfta att kontot är ditt?""")

E("sv", "", False, "near-miss: asks for a copy of the photo (digital file)",
  "Sara Enlund <sara.enlund@example.fi>", "Kopia av bilden",
  """Hej!

Kan jag beställa en kopia av bilden på min son från höstens skolfotografering i digital form? Jag har tappat bort koden.

Sara Enlund""")

E("sv", "access", False, "Swedish person from Sweden asks where data came from after marketing mail, quoted",
  "Per Lundgren <per.lundgren@example.se>", "Sv: Höstkampanj",
  """Hej,

Var har ni fått mina uppgifter ifrån? Jag bor i Sverige och har aldrig handlat hos er. Jag vill ha ett utdrag över vad ni har registrerat om mig.

Per Lundgren
Göteborg

> Höstkampanj – porträtt från 49 €""")

E("sv", "rectification+access", False, "sees wrong data on account, asks correction and what else is stored",
  "Jessica Nyholm <jessica.nyholm@example.fi>", "Fel uppgifter",
  """Hej!

På mitt konto står fel telefonnummer och min gamla adress i Jakobstad. Rätta dem till 050 321 7788 och Kyrkogatan 4, Vasa. Jag vill också veta vilka andra uppgifter ni har om mig.

Jessica Nyholm""")

E("sv", "", True, "newsletter in Swedish from Zoomi",
  "Zoomi Kuvakaupat <nyhetsbrev@example.fi>", "Nyheter i december",
  """Hej!

Beställ fotokalendrar före 16.12 så hinner de fram till jul. Passfoton nu även på lördagar.

Du får det här mejlet eftersom du prenumererar på vårt nyhetsbrev. Avsluta prenumerationen | Dataskyddsbeskrivning""")

E("sv", "marketing_opt_out", False, "signature with confidentiality notice, opt out on work mail",
  "Charlotta Hägglund <charlotta.hagglund@revision.example.fi>", "Avregistrering",
  """Hej,

vänligen avregistrera denna adress från era nyhetsbrev och erbjudanden.

Med vänlig hälsning
Charlotta Hägglund
CGR, Revision Hägglund Ab

Detta meddelande och eventuella bilagor är konfidentiella och endast avsedda för mottagaren. Om du fått meddelandet av misstag, meddela avsändaren och radera det.""")

E("sv", "objection", False, "guardian objects to school photo being used in Zoomi's price list",
  "Daniel Sundqvist <daniel.sundqvist@example.fi>", "Sv: Prislista skolfoto 2027",
  """Hej,

bilden på framsidan av er nya prislista är på vår son Leo. Jag motsätter mig att hans bild används i era trycksaker. Den får inte användas i nya upplagor.

Daniel Sundqvist

> Bifogat prislistan för skolfotografering 2027. Välkommen att kontakta oss.""")

E("sv", "", False, "reply to company question about group photo retake date, no DSR",
  "Lärare Eva Åström <eva.astrom@skola.example.fi>", "Sv: Omfotografering",
  """Hej,

onsdag den 20 januari passar bra för omfotograferingen. Tre elever var sjuka sist.

Eva Åström
klasslärare 2A""")

E("sv", "restriction", False, "restrict while objection to club-list processing is considered",
  "Kim Holmqvist <kim.holmqvist@example.fi>", "Begränsning",
  """Hej,

Jag har bestridit att ni har rätt att behandla mina uppgifter som ni fått från föreningen. Medan ni utreder saken begär jag att behandlingen begränsas enligt artikel 18.1 d.

Kim Holmqvist""")

E("en", "", False, "reply to acknowledgement: person withdrawing access request",
  "Nina Patel <nina.patel@example.com>", "Re: Acknowledgement of your request",
  """Hi, please disregard my earlier request, I found what I needed in my account settings. Thanks!

Nina

> Dear Nina, we have received your request for access to your personal data and will respond by 21 December 2026.""")

E("en", "erasure+objection", False, "delete and stop processing immediately",
  "Gareth Hughes <gareth.hughes@example.com>", "Erasure request",
  """Hello,

Please erase all personal data you hold about me and cease any further processing with immediate effect. I no longer have any relationship with your company.

Gareth Hughes""")

E("en", "", False, "business enquiry from school forwarded; quote for graduation photos",
  "Principal Anne Byrne <anne.byrne@intl-school.example.fi>", "Fwd: Graduation photography 2027",
  """Hi,

Forwarding our deputy's note below. Could you send us a quote for graduation photos in May?

Anne

---------- Forwarded message ---------
From: Deputy Head
We need a photographer for 46 graduates, ceremony 28 May 2027.""")

E("en", "access", False, "reply to company clarification: confirms wants all data incl. booking history",
  "Victor Almeida <victor.almeida@example.com>", "Re: Clarification of your request",
  """Hi,

Yes, I want everything – including the booking history in your booking system and any notes your staff made. Electronic copy is fine.

Best,
Victor

On 24 Nov 2026, Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi> wrote:
> Thank you for your request. Does it concern all your personal data, or only your order history?""")

E("en", "portability", False, "short ask, data export for another print service",
  "Rachel Green <rachel.green@example.com>", "Data export",
  """Hi, can I get an export of my account data and my uploaded photos in a machine-readable format, so I can move them to another printing service? (GDPR Art. 20.) Thanks, Rachel""")

E("en", "complaint+erasure", False, "reminder of erasure; conditional complaint to Data Protection Ombudsman",
  "Simon Fletcher <simon.fletcher@example.com>", "RE: RE: Deletion request",
  """Dear Sir/Madam,

This is my third request to have my data deleted. If you do not confirm erasure within 14 days I will file a complaint with the Finnish supervisory authority.

Simon Fletcher

-----Original Message-----
From: Simon Fletcher
Sent: 01 November 2026
Subject: RE: Deletion request
Any news?

-----Original Message-----
From: Simon Fletcher
Sent: 10 October 2026
Subject: Deletion request
Please delete my personal data.""")

E("en", "", True, "out-of-office reply from a company contact, no headers",
  "Kevin Smith <kevin.smith@logistics.example.com>", "Automatic reply: Staff photo day 14 January",
  """Thank you for your email. I am out of the office until 4 January with no access to email. For urgent matters please contact reception@logistics.example.com.

Kevin""")

E("en", "marketing_opt_out", False, "reply to newsletter from a phone, unsubscribe link didn't work",
  "Paula Jensen <paula.jensen@example.com>", "Re: December news from Zoomi",
  """The unsubscribe link gives an error page. Please just take me off the list.

Sent from my phone

> December news from Zoomi
> You are receiving this email because you subscribed to our newsletter. Unsubscribe | Update preferences""")
