from parts.common import E

E("fi", "access+erasure+marketing_opt_out", False,
  "guardian, kindergarten, questions, opt-out tucked at the end",
  "Johanna Lindholm <johanna.lindholm@example.fi>",
  "Kysymyksiä lapsemme kuvista",
  """Hei,

poikamme Eetu (5 v) on Onkilahden päiväkodissa ja hänet kuvattiin teillä syyskuussa. Meillä on pari kysymystä:

- Mitä tietoja teillä on Eetusta? Saimme tilauslinkin, jossa oli hänen nimensä, ryhmänsä ja syntymäpäivänsä, ja ihmettelemme mistä syntymäpäivä on tullut.
- Voisitteko poistaa Eetun kuvat ja tiedot sen jälkeen kun olemme tilanneet kuvat? Tilaamme ne tällä viikolla. Emme halua että ne jäävät teidän palvelimelle vuosiksi.

Ja voisitteko samalla ottaa minun sähköpostini pois teidän markkinointilistalta, tulee aika paljon tarjouksia.

Kiitos jo etukäteen!
Johanna ja Pekka Lindholm""")

E("sv", "", False,
  "wants extra copies of a photo, product order, near-miss",
  "Barbro Granholm <barbro.granholm@example.fi>",
  "Fler kopior",
  """Hej!

Jag skulle vilja beställa en kopia av bilden på barnbarnet (Hanna Granholm, Replot skola) i storlek 13x18, och kanske två st i plånboksstorlek. Går det att beställa per telefon? Jag är int så van med webbutiken.

Hälsningar Barbro, 06-352 1178""")

E("en", "access", False,
  "expat asks where we got his email",
  "James O'Connor <james.oconnor@example.com>",
  "Where did you get my email?",
  """Hi,

I received your newsletter today ("Autumn family portraits -15%"). I have never been your customer and never signed up for anything. Where did you get my email address from, and what else do you have stored about me?

James""")

E("sv", "erasure+objection", False,
  "erase and cease processing",
  "Ronny Snickars <ronny.snickars@example.fi>",
  "Radering",
  """Hej

Jag begär att ni raderar alla mina personuppgifter och att ni omedelbart upphör med all behandling av dem. Jag har int gett er lov att spara mina uppgifter efter att beställningen var klar.

Ronny Snickars
Kristinestad""")

E("sv", "", True,
  "webshop 'account deleted' notice copied to mailbox, machine",
  "Zoomi Verkkokauppa <noreply-shop@example.fi>",
  "Ditt konto har raderats",
  """Hej Ida Vikström,

Ditt kundkonto i Zoomis webbutik har nu raderats på din begäran. Dina personuppgifter har raderats med undantag för uppgifter som vi enligt bokföringslagen måste spara.

Om du vill handla hos oss i framtiden kan du skapa ett nytt konto.

Detta är ett automatiskt meddelande.""")

E("fi", "complaint", False,
  "copy of complaint to DPA; earlier request only described",
  "Petri Hautala <petri.hautala@example.fi>",
  "Ilmoitus tietosuojavaltuutetulle (tiedoksi)",
  """Tiedoksi Zoomi Kuvakaupat Oy:lle.

Tietosuojavaltuutetun toimistolle

Teen ilmoituksen Zoomi Kuvakaupat Oy:n (Vaasa) toiminnasta. Pyysin 12.6.2025 yhtiöltä sähköpostilla kaikkien tietojeni poistamista. Sain automaattisen kuittauksen, mutta mitään muuta ei ole tapahtunut, ja saan edelleen yhtiön markkinointiviestejä. Yhtiö ei ole vastannut pyyntööni laissa säädetyssä määräajassa.

Pyydän tietosuojavaltuutettua selvittämään asian.

Petri Hautala
Mustasaari""")

E("en", "", False,
  "hypothetical about deleting photos after graduation",
  "Aisha Mohammed <aisha.mohammed@example.com>",
  "question about photos",
  """Hello,

my daughter finishes upper secondary school next spring. If I wanted you to delete all her school photos after that, how would that work? Would we still be able to order prints from the old years afterwards, or is everything gone?

Just want to understand before we decide anything.

Thanks, Aisha""")

E("sv", "rectification", False,
  "HR of client firm corrects employee's name in delivered staff gallery",
  "Pia Herrgård <pia.herrgard@example.fi>",
  "Personalbilder – fel namn",
  """Hej,

Tack för personalbilderna från förra veckan! En sak: vår medarbetare Jukka Määttä står som "Jukka Mätta" i galleriet och i filnamnen ni levererade. Kan ni rätta det i era uppgifter så det blir rätt också nästa gång vi fotograferar?

Med vänliga hälsningar
Pia Herrgård
HR-koordinator, Vasa Plåt & Ventilation Ab""")

E("sv", "marketing_opt_out+objection", False,
  "withdraws marketing consent; don't use data for statistics/analysis",
  "Carina Åkerlund <carina.akerlund@example.fi>",
  "Samtycke",
  """Hej,

Jag återkallar mitt samtycke till marknadsföring, både e-post och sms. Jag vill heller int att ni använder mina uppgifter till statistik eller analys av hur jag handlar i webbutiken.

Carina Åkerlund""")

E("fi", "", False,
  "job application",
  "Iida Saarinen <iida.saarinen@example.fi>",
  "Työhakemus: kuvaajan assistentti",
  """Hei!

Haen teiltä syyskauden kuvaajan assistentin paikkaa (ilmoitus Oikotiellä). Olen valmistunut medianomiksi Novia-ammattikorkeakoulusta keväällä ja puhun suomea, ruotsia ja englantia. CV ja portfolio liitteenä.

Ystävällisin terveisin
Iida Saarinen
040 551 2290""")

E("sv", "access", False,
  "one-liner with typo 'registreutdrag'",
  "Göran Fant <goran.fant@example.fi>",
  "registreutdrag",
  """Hej, jag vill ha ett registreutdrag om mig. Tack. Göran Fant, Vörå""")

E("en", "access+rectification+marketing_opt_out", False,
  "non-native: son's name wrong, what else stored, stop promos",
  "Olena Kovalenko <olena.kovalenko@example.com>",
  "Son name wrong + other",
  """Good day,

My son name is written wrong in your system, it is Maksym Kovalenko not Maxim. Please correct it. It was like this on the school photo envelope also.

Can you send me what all data you have about us, because I want to check if something else is also wrong.

And please no more promotion emails to me, I get every week.

With respect,
Olena Kovalenko""")

E("fi", "restriction", False,
  "namesake mix-up suspected; keep but don't use or pass on",
  "Matti Virtanen <matti.virtanen@example.fi>",
  "Lasku ja perintä – väärä henkilö?",
  """Hei,

sain teiltä maksumuistutuksen tilauksesta jota en ole tehnyt. Luulen että olette sekoittaneet minut toiseen Matti Virtaseen, syntymäaika laskussa ei ole minun.

Älkää poistako mitään, mutta älkää myöskään käyttäkö tietojani tai luovuttako niitä perintään ennen kuin olette selvittäneet asian.

Matti Virtanen
Vaasa""")

E("sv", "", False,
  "daycare leader complains photographer was late, service complaint",
  "Marianne Fagerholm <marianne.fagerholm@example.fi>",
  "Fotograferingen i tisdags",
  """Hej,

Jag vill bara meddela att vi var mycket missnöjda med fotograferingen på Solstrålen daghem i tisdags. Fotografen kom en timme för sent, och då hade hälften av de minsta barnen redan somnat middagsvila. Föräldrarna har ringt och frågat varför deras barn int blev fotograferade.

Vi vill att ni kommer tillbaka och fotograferar de barn som saknas, utan extra kostnad för familjerna.

Marianne Fagerholm
daghemsföreståndare""")

E("sv", "erasure", False,
  "one-liner delete account, Finnish word mixed in",
  "Jessica Sjöholm <jessica.sjoholm@example.fi>",
  "konto",
  """Radera mitt konto i webbutiken, kiitos. /Jessica""")

E("en", "", True,
  "bounce with auto header, quoted newsletter footer",
  "Mail Delivery Subsystem <mailer-daemon@example.com>",
  "Delivery Status Notification (Failure)",
  """Delivery to the following recipient failed permanently:

     k.lindroos@example.com

Technical details of permanent failure:
The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.

----- Original message -----
Subject: Zoomi uutiskirje / nyhetsbrev 10/2025
> Hei! Syksyn kuvauspäivät ovat täällä ...
> Et halua enää uutiskirjettä? Peruuta tilaus tästä. / Avregistrera dig här. / Unsubscribe.""",
  {"Auto-Submitted": "auto-replied"})

E("fi", "access+portability+erasure", False,
  "export own data, then delete",
  "Tiina Karvonen <tiina.karvonen@example.fi>",
  "Tiedot ulos ja tili pois",
  """Moi,

Voisitteko lähettää mulle kaikki tiedot mitä teil on must? Ja ne tiedot mitä oon itse antanu (osoitteet, tilaukset, lasten nimet) mieluiten jossain koneluettavassa muodossa et voin siirtää ne toiseen palveluun.

Kun oon saanu ne niin poistakaa mun tili ja kaikki tiedot.

t. Tiina
Lähetetty iPhonesta""")

E("sv", "marketing_opt_out+complaint", False,
  "third time asking to stop ads; reporting to Dataombudsmannen",
  "Tommy Holmqvist <tommy.holmqvist@example.fi>",
  "TREDJE GÅNGEN",
  """Det här är tredje gången jag ber er sluta skicka reklam åt mig. Första gången i maj, andra i augusti. Ändå kom det ett nytt erbjudande igen idag.

Sluta nu. Jag anmäler er till dataombudsmannen för att ni int respekterar förbud mot direktmarknadsföring.

Tommy Holmqvist""")

E("sv", "", False,
  "passes on colleague's wish about reply language; no request of her own",
  "Hanna Lindqvist <hanna.lindqvist@example.fi>",
  "Språk",
  """Hej,

Min kollega Maj-Len Wikström bad mig skriva åt er eftersom hon int själv har dator hemma. Hon hade bett om ett registerutdrag i augusti och fick svaret på finska, fast hon skrev på svenska. Hon har nu fått det översatt och allt var i sin ordning, men hon undrar om ni i fortsättningen kunde svara på svenska åt svenskspråkiga kunder.

Hälsningar
Hanna""")

E("en", "objection", False,
  "objects to passing details to debt collector, particular situation",
  "Samuel Adeyemi <samuel.adeyemi@example.com>",
  "Objection",
  """Hello,

I object to you passing my details to OK-perintä. I am on sick leave and have agreed a payment plan with your invoicing person by phone on 30 September. The invoice is being paid in three parts. There is no reason to send my data to a collection agency.

Samuel Adeyemi""")

E("fi", "erasure+objection", False,
  "guardian: child photo off Facebook and not in marketing any more",
  "Sanna Korpela <sanna.korpela@example.fi>",
  "Lapseni kuva Facebookissa",
  """Hei

Teidän Facebook-sivulla on mainoksessa kuva minun tyttärestäni (Hietalahden koulu, 1B, punainen mekko). En ole antanut lupaa tähän. Poistakaa kuva heti, ja älkää käyttäkö lapseni kuvia markkinoinnissa jatkossakaan.

Sanna Korpela""")

E("sv", "access", False,
  "reply to our order-number question, restates access",
  "Sebastian Nordling <sebastian.nordling@example.fi>",
  "Re: Ert registerutdrag",
  """Hej,

beställningsnumret är 61877 (passfoto, mars 2024). Som sagt vill jag ha en kopia på alla uppgifter ni har om mig.

Sebastian

> Hej Sebastian,
> för att vi ska kunna identifiera dig ber vi dig uppge ett ordernummer eller den fotokod du fått.
> Med vänliga hälsningar, Zoomi Kuvakaupat""")

E("sv", "portability", False,
  "CSV to move to another provider",
  "Ida Strömberg <ida.stromberg@example.se>",
  "Dataportabilitet",
  """Hej!

Kan jag få mina uppgifter från er webbutik (kontouppgifter, adresser, beställningar) som CSV? Jag vill flytta dom till en annan leverantör i Umeå när jag flyttar tillbaka till Sverige.

Tack på förhand,
Ida Strömberg""")

E("en", "", False,
  "client company asks to resend invoice, near-miss",
  "Laura Mitchell <laura.mitchell@example.com>",
  "Invoice for staff photos",
  """Hi,

could you please resend the invoice for our staff photo session on 18 September (Wärtsilä contractor team, 24 people)? Our accounts payable can't find it. Please send it to ap@example.com and reference PO 4500123.

Thanks,
Laura Mitchell
Office Manager""")

E("fi", "", True,
  "collection agency system notice, machine, no header",
  "OK-perintä toimeksiannot <toimeksiannot@example.fi>",
  "Toimeksianto vastaanotettu 2025-104477",
  """Toimeksiantonne on vastaanotettu.

Toimeksiantaja: Zoomi Kuvakaupat Oy
Velallinen: K*** L*****
Saatavan peruste: lasku 20388
Pääoma: 64,00 EUR

Toimeksiannon tilaa voi seurata asiakasportaalissa. Viesti on lähetetty automaattisesti, älä vastaa tähän viestiin.""")

E("sv", "access+erasure+marketing_opt_out+complaint", False,
  "Finland-Swede living in Sweden; conditional complaint to IMY",
  "Margareta Lundgren <margareta.lundgren@example.se>",
  "Mina och barnens uppgifter",
  """Hej,

Vi flyttade från Vasa till Umeå för tre år sedan men jag får fortfarande era nyhetsbrev och sms. Jag har aldrig bett om dem.

Jag vill veta vilka uppgifter ni har om mig och om mina två barn (Nellie och Hugo Lundgren, tidigare Vikinga skola), och varifrån ni har fått dem. Därefter vill jag att allt raderas, och att utskicken slutar omedelbart.

Om jag int får svar inom en månad kommer jag att vända mig till IMY.

Margareta Lundgren""")

E("en", "marketing_opt_out", False,
  "no marketing calls after sales call",
  "Peter Novak <peter.novak@example.com>",
  "Phone call yesterday",
  """Somebody from your company called me yesterday evening to sell a family photo session. Do not contact me for marketing, not by phone, not by email, nothing.

Peter Novak""")

E("fi", "", False,
  "asks what rights exist re school website photos (disputed: no ask yet)",
  "Kaisa Mäkelä <kaisa.makela@example.fi>",
  "Mitä oikeuksia?",
  """Hei,

poikani kuva on koulun nettisivuilla luokkakuvassa. Koulu sanoi että kuvat on teidän ottamia ja että kysykää kuvaajalta. Mitä oikeuksia minulla huoltajana ylipäätään on tällaisessa tilanteessa? En ole vielä päättänyt haluanko tehdä asialle mitään, haluan vain tietää.

Kaisa Mäkelä""")

E("fi", "", False,
  "remove one photo from an order, near-miss",
  "Riikka Honkala <riikka.honkala@example.fi>",
  "Tilaus 77390",
  """Hei, voitteko poistaa kuvan nro 3 mun tilauksesta 77390? Se meni vahingossa mukaan, haluan vaan kuvat 1, 2 ja 5. Jos tilaus on jo käsittelyssä niin ei se haittaa sitten.

Riikka""")

E("en", "access+erasure+marketing_opt_out", False,
  "17-year-old exchange student, own data",
  "Emily Foster <emily.foster@example.com>",
  "my photos",
  """hi! I'm an exchange student (17) at Vasa gymnasium this year. my host mom ordered my school pics with her account but there's also a gallery with my name in your webshop. can you delete my photos and my info from there after she's got the prints (she says she has them now). also what info do you actually have on me? I got an email from you to my own address and I don't know how you got it. and please stop emailing me offers lol

thanks
Emily""")
