from parts.common import E

E("en", "access", False, "web template SAR lightly edited, with ID offered, Indian writer",
  "Vikram Iyer <vikram.iyer@example.com>", "Subject Access Request under GDPR Article 15",
  """Dear Data Protection Officer,

I, Vikram Iyer, hereby request access to all personal data concerning me that Zoomi Kuvakaupat Oy processes, pursuant to Article 15 of the GDPR. This includes but is not limited to photographs, booking records, invoices, call logs and any data obtained from third parties.

I was a customer at your Vaasa studio in 2024 (visa photographs for myself and my wife). My registered mobile is 040 123 4567.

Please provide the information in electronic form. If you require any further information to locate my data, please let me know at the earliest.

Yours faithfully,
Vikram Iyer""")

E("en", "", False, "person asks whether company received earlier mail, mailbox check, no kind stated",
  "Joanna Nowak <joanna.nowak@example.com>", "Did you get my email?",
  """Hi, did you get my email from last week? I sent it to info@ by mistake maybe. Please confirm. Joanna""")

E("en", "erasure", False, "American, informal, 'access' in sense of removing access to old account",
  "Brandon Lee <brandon.lee@example.com>", "old account",
  """Hi, I can't access my old account anymore (used my college email) and honestly I don't want it back - can you just nuke it and everything attached to it? Name on it was Brandon Lee, email brandon.lee@example.test. Thanks!""")

E("en", "marketing_opt_out", False, "Finnish writer, minimal English, newsletter",
  "Arto Hakala <arto.hakala@example.fi>", "newsletter",
  """Hello. Please I not want newsletter more. Arto Hakala""")

E("en", "", True, "security alert from web shop platform, no headers",
  "Shop Platform Security <security@example.com>", "New sign-in to your store admin",
  """A new sign-in to the admin panel of zoomi-verkkokauppa was detected.

Time: 24.11.2026 06:12 UTC
Location: Vaasa, Finland
Device: Chrome on Windows

If this was you, no action is needed. If not, reset your password immediately.

This is an automated security notification.""")

E("en", "rectification", False, "marriage name change, British, polite",
  "Sophie Turner-Blake <sophie.tb@example.com>", "Name update",
  """Hello,

I got married in the summer and would be grateful if you could update my surname on my account from Turner to Turner-Blake. Nothing else has changed.

Many thanks,
Sophie""")

E("en", "access+complaint", False, "second reminder, says already contacted the ombudsman's office for advice and will file",
  "Ahmed Hassan <ahmed.hassan@example.com>", "Re: Re: data request - no answer after 5 weeks",
  """Hello,

I have still not received the copy of my data that I asked for on 12 October (see below). The one month is over.

I phoned the Data Protection Ombudsman's office and they told me how to file a notification. I will do that on Monday unless I receive my data before then.

Ahmed Hassan

> On 12 Oct 2026 Ahmed Hassan wrote:
> Please send me a copy of my personal data, including the photos and the booking history.""")

E("en", "", False, "employee question to privacy mailbox from a colleague, internal",
  "Kirsi Ojanen <kirsi.ojanen@example.fi>", "template question",
  """Hi, quick one - when a customer asks us to stop the newsletter, do we also need to stop the SMS reminders from Slotti? Those are not marketing, right? Need to answer a customer at the counter. Kirsi (Vaasa shop)""")

E("en", "objection", False, "objects to photos from sports club being used on company social media",
  "Michael Grey <michael.grey@example.com>", "Use of club photos",
  """Hello,

I coach the under-12 team at our football club and you photographed the team in August. The club has agreed you may sell the photos to parents. However I object to the team photo (with my face in it) being used in your social media posts to promote your business. Please do not use it for that.

Michael Grey""")

E("en", "restriction", False, "Russian, asks not to delete and not use until investigation of unknown order",
  "Irina Kuznetsova <irina.kuznetsova@example.com>", "Order which I did not make",
  """Hello.

There is order with my name and email which I not made. I made police report. Please do not delete anything about this order but also do not use my data for anything until police and you check this case.

Irina Kuznetsova""")

E("en", "portability", False, "one-line export request",
  "Lucy Green <lucy.green@example.com>", "data export please",
  """Could you send me a data export of my account (CSV or JSON is fine)? Moving to another service. Lucy""")

E("en", "", True, "bounce of an unsubscribe confirmation",
  "Mail Delivery System <MAILER-DAEMON@example.fi>", "Delivery Status Notification (Failure)",
  """Delivery to the following recipient failed permanently:

     kari.poutanen@example.test

Technical details of permanent failure:
The recipient's mailbox is full and can't accept messages now.

----- Original message -----
Subject: Olet peruuttanut uutiskirjeen tilauksen / You have unsubscribed""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("en", "erasure+marketing_opt_out+complaint", False, "long angry, never a customer, marketing, demands deletion, will complain if not",
  "Nathan Brooks <nathan.brooks@example.com>", "Spam from your company - last warning",
  """Right.

For the past two months I have been getting your emails about "school photo packages" and "family Christmas sessions". I do not live in Finland, I do not have children, and I have never given you my email address. Clicking your unsubscribe link gives me a page in Finnish that says something about an error.

So, in plain English:
- stop emailing me,
- delete my email address and anything else you have attached to it,
- do not "add me to a suppression list" without telling me what that means.

If I receive one more of these I will report you to the data protection regulator in Finland. I've already looked up how.

Nathan Brooks""")

E("fi", "access", False, "puhekielinen, mita tietoja",
  "Jenni Mäenpää <jenni.maenpaa@example.fi>", "tiedot",
  """moi! mita tietoja teil on must? oon kayny passikuvissa pari kertaa. laittakaa vaikka sahkopostiin. -jenni""")

E("fi", "erasure", False, "pyytää poistamaan tilin, vanha asiakas, allekirjoitus puhelimesta",
  "Kari Hämäläinen <kari.hamalainen@example.fi>", "Tilin poisto",
  """Poistakaa tilini verkkokaupasta. En ole käyttänyt sitä vuosiin.

Kari Hämäläinen

Lähetetty Androidista""")

E("fi", "", False, "kysyy miksi perintäkirje, maksukiista ei DSR",
  "Tuula Pitkänen <tuula.pitkanen@example.fi>", "perintäkirje",
  """Hei miksi sain perintäkirjeen? Maksoin laskun 3.11. Tarkistakaa. Tuula Pitkänen""")

E("fi", "marketing_opt_out", False, "suoramarkkinointikielto vanhalla termillä",
  "Helena Vuorinen <helena.vuorinen@example.fi>", "Suoramarkkinointikielto",
  """Asettakaa minulle suoramarkkinointikielto.

Helena Vuorinen
Isokyrö""")

E("fi", "", True, "Slotti peruutusvahvistus",
  "Slotti <no-reply@slotti.example.com>", "Varauksesi on peruttu",
  """Hei Mikko,

Varauksesi on peruttu:
Henkilökuvaus, Zoomi Kuvakaupat Vaasa
pe 27.11.2026 klo 15.00

Voit varata uuden ajan osoitteessa https://slotti.example.com/zoomi

Tämä on automaattinen viesti, älä vastaa.""")

E("fi", "rectification+access", False, "tarkistaa ja korjaa väärän osoitteen, pyytää näkemään tiedot",
  "Antti Rasku <antti.rasku@example.fi>", "osoite väärin",
  """Hei,

Lähetitte koulukuvat väärään osoitteeseen (vanha osoite Laihialla). Korjatkaa osoitteeksi Kirkkopuistikko 30 B 8, 65100 Vaasa. Ja laittakaa samalla näkyviin mitä muita tietoja teillä on minusta ja lapsista, ettei tule lisää tällaisia.

Antti Rasku""")

E("fi", "complaint", False, "sanoo rikotte tietosuojalakia, ei muuta pyyntöä",
  "Ismo Lappalainen <ismo.lappalainen@example.fi>", "Tietosuojarikkomus",
  """Teidän myymälässä kassan näytöllä näkyi edellisen asiakkaan nimi, osoite ja puhelinnumero koko sen ajan kun seisoin jonossa. Tämä on tietosuojarikkomus ja rikotte GDPR:ää. Hoitakaa asia kuntoon.

Ismo Lappalainen""")

E("fi", "", False, "kuvakuitin koodi ei toimi, poliisi",
  "Kaisa Heino <kaisa.heino@example.fi>", "kuvakuitti",
  """Hei, poliisin sivulla kuvatunnus ei kelpaa. Otin passikuvan eilen. Voitteko tarkistaa? Kaisa Heino 040 123 4567""")

E("fi", "objection", False, "vastustaa käsittelyä erityisen tilanteen perusteella (turvakielto)",
  "Nimetön Asiakas <asiakas.turva@example.fi>", "Tietojen käsittely",
  """Hei,

Minulla on turvakielto. Vastustan sitä, että tietojani käsitellään muuhun kuin tilauksen toimittamiseen, ja erityisesti sitä, että nimeni ja osoitteeni menevät luokkalistojen mukana kouluun tai muille kuvaajille. Pyydän että tämä huomioidaan kaikessa käsittelyssä.

(nimi ja osoite kerrotaan puhelimessa)""")

E("fi", "erasure+objection", False, "poistakaa lapsen kuva päiväkodin seinältä/esitteestä + vastustaa käyttöä",
  "Mari Huttunen <mari.huttunen@example.fi>", "Poikani kuva esitteessä",
  """Hei

Poikani on teidän "Päiväkotikuvaus 2027" -esitteessä, jota jaettiin päiväkodissa. Emme ole antaneet siihen lupaa. Poistakaa kuva esitteestä ja kaikista tiedostoistanne. Vastustan myös sitä, että hänen kuviaan käytetään missään teidän mainonnassa.

Mari Huttunen""")

E("fi", "", False, "lähettää väärälle osoitteelle työhakemuksen",
  "Oona Lindberg <oona.lindberg@example.fi>", "Työhakemus - kuvaajan kesätyö",
  """Hei!

Haen kesätyötä kuvaajana kesäksi 2027. Opiskelen medianomiksi Vaasan ammattikorkeakoulussa. CV ja portfolio-linkki liitteenä.

Ystävällisin terveisin
Oona Lindberg
040 123 4567""")

E("sv", "erasure", False, "radering, kort finlandssvensk dialektalt",
  "Benny Ahlskog <benny.ahlskog@example.fi>", "radera",
  """Hej, radera allt ni har om mej, int intresserad mera. Benny""")

E("sv", "access", False, "vilka uppgifter om mitt barn",
  "Pia Rönnqvist <pia.ronnqvist@example.fi>", "Uppgifter om mitt barn",
  """Hej,

Vilka uppgifter har ni om min dotter Ronja Rönnqvist (åk 5, Vikinga skola)? Jag vill se vad skolan har lämnat ut till er.

Pia Rönnqvist""")

E("sv", "", True, "nyhetsbrev från företaget självt på svenska",
  "Zoomi Kuvakaupat <uutiset@example.fi>", "Julfotografering -20 %",
  """Boka julfotografering nu och få 20 % rabatt på alla bildprodukter!

Boka: https://www.example.fi/sv/boka

Vill du inte längre få våra utskick? Avregistrera dig här.

Zoomi Kuvakaupat Oy, Hammarvägen 2 A, 65350 Vasa""",
  hdrs={"Precedence": "bulk"})

E("sv", "complaint+access", False, "påminnelse om registerutdrag, anmäler om inget svar",
  "Tobias Engström <tobias.engstrom@example.se>", "Påminnelse: registerutdrag",
  """Hej,

Jag begärde ett registerutdrag den 1 oktober och har inte fått något svar. Om jag inte får utdraget inom två veckor kommer jag att anmäla er till Integritetsskyddsmyndigheten.

Tobias Engström""")

E("sv", "", False, "fråga om pris på passfoto",
  "Kristina Wiik <kristina.wiik@example.fi>", "Passfoto",
  """Hej! Vad kostar ett passfoto och behöver man boka tid? /Kristina""")

E("sv", "restriction", False, "begränsning, pausa tills utrett",
  "Fredrik Åkerlund <fredrik.akerlund@example.fi>", "Begränsning av behandling",
  """Hej,

Jag har fått en påminnelse om en beställning som jag anser att min före detta sambo gjort i mitt namn. Jag begär begränsning av behandlingen av mina uppgifter tills ni har utrett vem som gjort beställningen. Skicka ingenting vidare till inkasso under tiden.

Fredrik Åkerlund""")

E("sv", "rectification", False, "fel telefonnummer",
  "Sara Granholm <sara.granholm@example.fi>", "Telefonnummer",
  """Hej, ni har fel telefonnummer till mig i registret. Rätt nummer: 050 123 4567. Sms:en om fotograferingen går till någon annan. Sara""")
