from parts.common import E

E("en", "erasure+objection+complaint", False, "lawyer: client's photo in brochure, remove + stop using, conditional DPA complaint",
  "Lindholm & Partners <m.lindholm@example.fi>", "Unauthorised use of our client's photograph – demand",
  """Dear Sirs,

We represent Ms Petra Kangas, who was photographed in your studio in March 2025 for a personal portrait.

It has come to our client's attention that her portrait appears in your printed brochure "Muotokuvat 2026" distributed in the Vaasa region and on page 3 of your website. Our client has at no point consented to the use of her image for marketing purposes, and we note that your privacy notice mentions marketing only in relation to customer communications, not the publication of customer portraits.

On behalf of our client we therefore demand that you:

(a) remove the photograph from your website and all social media channels without delay and erase any copies held for marketing purposes;
(b) refrain from any further use of our client's image in brochures, advertisements or other marketing material, and withdraw the remaining print run from distribution; and
(c) confirm in writing within 14 days that the above measures have been taken.

Should you fail to comply within the stated time, our client will lodge a complaint with the Data Protection Ombudsman and reserves the right to claim compensation under Article 82 GDPR.

Yours faithfully,

Mikael Lindholm
Attorney-at-law
Lindholm & Partners Attorneys Ltd, Vaasa""")

E("en", "", True, "HR platform share notification written like a colleague, no auto header",
  "Kaisa Virtanen via PeopleHub <notifications@example.com>", "Kaisa shared \"Staff photo schedule – Nov 2026\" with you",
  """Hi Zoomi Kuvakaupat,

Kaisa Virtanen (Pohjanmaan Energia) has shared a document with you:

  Staff photo schedule – Nov 2026.xlsx

"Hi! Here's the list of people and time slots for the photo day, let me know if anything is unclear :)"

Open document

You're receiving this because someone at Pohjanmaan Energia invited you to PeopleHub. PeopleHub, Helsinki.""")

E("en", "", False, "'delete my appointment' = cancel booking",
  "Olga Petrenko <olga.petrenko@example.com>", "Delete my time",
  """Hello, please delete my appointment on Thursday 15.10 at 14:30 (passport photo), I am sick with fever. I will book a new time when I feel better.

Thank you,
Olga Petrenko""")

E("en", "rectification+restriction", False, "contests wrong address, asks restriction until corrected",
  "Daniel Åkerlund <daniel.akerlund@example.com>", "Incorrect address – please restrict until fixed",
  """Hello,

Your invoicing system seems to have an old address for me (Hietalahdenkatu 4, Vaasa). I have not lived there since 2024 and the current residents are now receiving my invoices and reminders, which contain my name and order details.

My correct address is Korsholmsvägen 21 B, 65610 Korsholm. Please correct it.

Until the correction is done and you have checked where else the old address has been copied (I noticed a reminder had also been sent from your collection partner), I ask that you restrict the processing of my address data and do not send anything further to the old address.

Best regards,
Daniel Åkerlund""")

E("en", "access", False, "non-native short access request",
  "Ahmed Hassan <ahmed.hassan@example.com>", "personal informations",
  """Hello

I want know what personal informations you have saved about me. I was doing passport photo and also my childrens photos in school. Please send to this mail.

Thank you
Ahmed Hassan""")

E("en", "marketing_opt_out", False, "US opt-out template citing CAN-SPAM",
  "Jennifer Walsh <jen.walsh@example.com>", "Opt-Out Request",
  """To Whom It May Concern:

Please remove my name, email address, and any other contact information from all of your mailing lists, including lists for promotional emails, text messages, and telephone marketing.

In accordance with the CAN-SPAM Act, I request that you honor this opt-out request within 10 business days. I do not wish to receive any further commercial electronic messages from your company or its affiliates.

Thank you for your prompt attention to this matter.

Sincerely,
Jennifer Walsh
(US citizen living in Vaasa)""")

E("en", "", False, "thanks reply to our erasure confirmation, asks nothing",
  "Peter Grahn <peter.grahn@example.fi>", "Re: Your request for erasure – case 2026-117",
  """Thanks, that's all I needed. Have a good weekend!

Peter

On 2 Oct 2026, at 10:14, Zoomi Kuvakaupat tietosuoja wrote:
> Dear Peter Grahn,
> We confirm that your personal data have been erased from our customer
> register, with the exception of invoice data that we must keep under the
> Accounting Act until 31.12.2031.
> Kind regards, Zoomi Kuvakaupat Oy""")

E("en", "erasure", False, "former employee wants staff photo removed from Zoomi's systems/portfolio",
  "Marcus Ferreira <marcus.ferreira@example.com>", "staff photo from old job",
  """Hi,

You did staff photos at Botnia Logistics in 2024 where I used to work. I left the company in the spring and moved back to Portugal. I noticed you still have my picture in your online "business portraits" reference gallery.

I'd like my photo and whatever else you have on me from that session deleted. Botnia Logistics can keep their own copy if they want, that is between me and them.

Thanks,
Marcus Ferreira""")

E("en", "complaint", False, "informs that DPA complaint has been filed about unanswered access request",
  "Sanna Kivelä <sanna.kivela@example.fi>", "Complaint filed with the Data Protection Ombudsman",
  """Dear Zoomi Kuvakaupat,

For your information: today I filed a complaint with the Office of the Data Protection Ombudsman concerning your failure to respond to my access request sent on 17 August 2026 to this address. More than a month has passed without any reply or extension notice.

The Ombudsman's office will contact you directly.

Sanna Kivelä""")

E("en", "portability+erasure", False, "download all photos machine-readable, then delete account",
  "Lucy Harrington <lucy.harrington@example.com>", "Closing my account",
  """Hi there,

I'm closing my Zoomi account because we're moving to Ireland in December.

Before you close it, could you send me all my photos and order details in a format I can import somewhere else (the original files plus something like a CSV for the orders would be perfect). After that please delete the account and my personal data.

Thanks so much for the lovely photos over the years!
Lucy""")

E("en", "", False, "supplier sales pitch from print lab",
  "Baltic PrintWorks <sales@example.com>", "Partnership offer – photo printing at 30% lower cost",
  """Dear Zoomi Kuvakaupat team,

My name is Andris and I am a sales manager at Baltic PrintWorks, a photo printing lab in Riga serving studios across the Nordics.

We print school and kindergarten photo packages (with class photo and name list), delivered to Finland within 4 working days. All processing is done within the EU and we sign a data processing agreement as standard.

Would you have 20 minutes for a call next week?

Best regards,
Andris Kalniņš
Baltic PrintWorks SIA""")

E("en", "objection", False, "objects to passing data to debt collection due to hospitalisation",
  "Viktor Lindgren <viktor.lindgren@example.fi>", "Regarding the reminder and debt collection",
  """Hello,

I received a reminder saying my invoice will be sent to debt collection. I have been in hospital for six weeks after an accident and I only saw the letters now. I will pay the invoice this week.

Because of my situation I object to my details being passed to the debt collection company. Please do not do it, I will take care of the payment myself.

Viktor Lindgren""")

E("fi", "access", False, "16-year-old asks own data, doesn't want mother to know",
  "Venla <venla.h2010@example.fi>", "mun tiedot",
  """moi
oon 16 ja haluisin tietää mitä tietoja teil on musta, esim mun koulukuvat ja mitä mun nimellä on tilattu. voitteko lähettää ne tähän sähköpostiin? en haluu et mun äiti saa tästä viestiä

venla""")

E("fi", "marketing_opt_out", False, "plain newsletter cancellation",
  "Riitta Salo <riitta.salo@example.fi>", "uutiskirje",
  """Peruutan uutiskirjeen tilauksen.

Riitta Salo""")

E("fi", "erasure+objection", False, "withdraws consent, photo off website, not to be used in marketing",
  "Laura Ojala <laura.ojala@example.fi>", "Tyttäreni kuva nettisivuillanne",
  """Hei,

annoimme keväällä luvan käyttää tyttäremme Sofian (5 v) kuvaa "esimerkkikuvana" päiväkotikuvauksista. Olemme nyt muuttaneet mielemme.

Perun luvan. Ottakaa kuva pois nettisivuiltanne, eikä sitä saa enää käyttää missään markkinoinnissa.

Terveisin
Laura ja Jussi Ojala""")

E("fi", "", True, "booking system confirmation with auto header",
  "Zoomi ajanvaraus <noreply@example.fi>", "Varausvahvistus: Passikuva to 22.10.2026 klo 10.15",
  """Hei Mervi,

kiitos varauksestasi! Tervetuloa Zoomi Kuvakauppaan.

Palvelu: Passikuva (sis. kuvakuitti)
Aika: torstai 22.10.2026 klo 10.15
Paikka: Vasaratie 2 A, Vaasa

Jos haluat perua tai siirtää aikaa, tee se viimeistään 24 h ennen varattua aikaa.

Tämä on automaattinen viesti, älä vastaa tähän.""",
  hdrs={"Auto-Submitted": "auto-generated", "X-Mailer": "Slotti"})

E("fi", "rectification", False, "address change",
  "Heikki Rinne <heikki.rinne@example.fi>", "osoitteenmuutos",
  """Hei, osoitteeni on muuttunut. Päivittäkää tiedot:

Heikki Rinne
Palosaarentie 44 C 12
65200 Vaasa

Vanha osoite oli Purolantie 3, Laihia.""")

E("fi", "", False, "public-records request sent to a private company by mistake",
  "Toimittaja Anna Kallio <anna.kallio@example.fi>", "Tietopyyntö: koulukuvaussopimus Vaasan kaupungin kanssa",
  """Hyvä vastaanottaja,

pyydän julkisuuslain (621/1999) nojalla saada kopion Vaasan kaupungin ja Zoomi Kuvakaupat Oy:n välisestä koulukuvaussopimuksesta vuosille 2025–2027 sekä tarjouspyyntöasiakirjat.

Asiakirjat voi lähettää sähköisesti tähän osoitteeseen.

Anna Kallio
toimittaja, Pohjalainen-lehti""")

E("fi", "restriction", False, "preservation: don't delete order data, needed for consumer dispute",
  "Matti Heinonen <matti.heinonen@example.fi>", "Älkää poistako tilaustietoja",
  """Hei

Olen vienyt asian kuluttajariitalautakuntaan (hääkuvaus 6/2026, kuvista puuttui puolet). Älkää poistako mitään tilaukseeni, kuvaukseen tai sähköpostiviestintäämme liittyviä tietoja ennen kuin asia on ratkaistu, tarvitsen niitä.

Matti Heinonen""")

E("fi", "portability", False, "data transfer request in Finnish",
  "Johanna Leppänen <johanna.leppanen@example.fi>", "Tietojen siirtopyyntö",
  """Hei,

haluaisin saada kaikki verkkokauppaan tallentamani tiedot ja kuvat sähköisessä, koneluettavassa muodossa, jotta voin siirtää ne toiseen palveluun. Tämä on siis tietojen siirtopyyntö.

Kiitos!
Johanna Leppänen""")

E("fi", "erasure+complaint", False, "erasure reminder, says GDPR breach and will report",
  "Kalle Mattila <kalle.mattila@example.fi>", "RE: poistopyyntö",
  """Pyysin kesäkuussa että poistatte kaikki tietoni. Nyt sain teiltä taas kirjeen kotiin omalla nimelläni. Eli tietoni on yhä rekisterissä.

Tämä on GDPR:n rikkomus. Ilmoitan asiasta tietosuojavaltuutetulle. Poistakaa tiedot nyt.

Kalle Mattila

-----Alkuperäinen viesti-----
Lähettäjä: Kalle Mattila
Lähetetty: 12. kesäkuuta 2026 21:03
Aihe: poistopyyntö

Poistakaa kaikki minua koskevat tiedot rekisteristänne.""")

E("fi", "", False, "thanks for quick answer",
  "Päivi Lehtonen <paivi.lehtonen@example.fi>", "Re: Kuvien toimitus",
  """Kiitos nopeasta vastauksesta, kaikki selvä!

t. Päivi

> Hei Päivi, kuvat on postitettu tänään ja ovat perillä parin päivän sisällä.""")

E("sv", "erasure", False, "short: delete account and data",
  "Jonas Strand <jonas.strand@example.se>", "radera",
  """Hej. Radera mitt konto och alla uppgifter ni har om mig.
Jonas""")

E("sv", "access+portability", False, "IMY-style template: access + Art 20 machine-readable",
  "Maria Forsberg <maria.forsberg@example.se>", "Begäran om registerutdrag och dataportabilitet",
  """Hej,

Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR). Jag vill veta vilka personuppgifter ni behandlar om mig, för vilka ändamål, vilka mottagare som fått uppgifterna, hur länge de sparas och varifrån de har hämtats.

Jag begär också, enligt artikel 20, att de uppgifter som jag själv har lämnat till er överlämnas i ett strukturerat, allmänt använt och maskinläsbart format.

Mina uppgifter:
Namn: Maria Forsberg
E-post: maria.forsberg@example.se
Adress: Storgatan 14, 903 26 Umeå (tidigare kund i Vasa)

Med vänlig hälsning
Maria Forsberg""")

E("sv", "", True, "Swedish out-of-office, personal tone, no header",
  "Anders Kronqvist <anders.kronqvist@example.fi>", "Autosvar: Personalfotografering vecka 46",
  """Hej!

Jag är föräldraledig till och med 31.1.2027. Under tiden sköts mina ärenden av Lena Sandvik, lena.sandvik@example.fi, tfn 06 123 4567.

Ha det bra!
Anders

Anders Kronqvist, personalchef, Kvarkens Sparbank""")

E("sv", "objection", False, "objects to statistics/profiling",
  "Elin Granlund <elin.granlund@example.fi>", "Invändning",
  """Hej,

jag motsätter mig att ni använder mina uppgifter för statistik, profilering eller "affärsutveckling". Jag vill fortfarande kunna beställa från er webbutik, men mina köp ska inte analyseras.

Elin Granlund""")

E("sv", "", False, "cancel appointment",
  "Birgitta Holm <birgitta.holm@example.fi>", "avboka",
  """Hej, jag vill avboka min tid för passfoto på fredag kl 9. Kan komma nästa vecka istället.
Birgitta Holm 050 333 2211""")

E("sv", "marketing_opt_out+complaint", False, "stop SMS ads, conditional report to ombudsman",
  "Patrik Söderlund <patrik.soderlund@example.fi>", "sms-reklam",
  """Sluta skicka sms-reklam till mitt nummer 040 765 4321. Jag har aldrig bett om det.

Fortsätter det anmäler jag er till Dataombudsmannen.

Patrik""")

E("sv", "rectification", False, "child's name misspelled on school photos",
  "Johanna Lindén <johanna.linden@example.fi>", "Fel namn på skolfotot",
  """Hej!

Min dotters namn är felstavat på skolfotona och i beställningen: hon heter Wilma Lindén med W, inte "Vilma Linden". Kan ni rätta det i era uppgifter? Det stod fel även förra året.

Tack,
Johanna Lindén (mamma)""")

E("sv", "", False, "consumer complaint (reklamation) about blurry photos, near-miss",
  "Kristian Wikström <kristian.wikstrom@example.fi>", "Klagomål – suddiga bilder",
  """Hej,

Jag vill lämna ett klagomål. Bilderna från familjefotograferingen 3.10 är suddiga, särskilt de där barnen sitter i soffan. Vi betalade 189 € och förväntade oss bättre kvalitet.

Kan vi få en ny fotografering eller pengarna tillbaka?

Kristian Wikström""")
