from parts.common import E

E("sv", "erasure+marketing_opt_out", False, "reply to marketing with long quoted thread; wants off list and account removed",
  "Kristina Ek <kristina.ek@example.fi>", "Sv: Sv: Erbjudande för dig",
  """Hej igen,

jag svarade redan på ert förra utskick men fick bara ett nytt erbjudande tillbaka. Jag vill INTE ha fler erbjudanden. Radera också mitt konto i webbutiken, jag har inte använt det på flera år.

Kristina Ek

Från: Zoomi Kuvakaupat <nyhetsbrev@example.fi>
Skickat: måndag 23 november 2026 08:00
Ämne: Erbjudande för dig
> Fotobok -30 % endast denna vecka!
>
> Från: Kristina Ek
> Skickat: fredag 6 november 2026 19:12
> Ämne: Sv: Erbjudande för dig
> Sluta skicka dessa mejl.
>
>> Från: Zoomi Kuvakaupat
>> Skickat: torsdag 5 november 2026 08:00
>> Fotokalender 2027 – beställ nu!
>> Avsluta prenumerationen""")

E("sv", "", False, "near-miss: reklamation about print quality",
  "Mats Rönnqvist <mats.ronnqvist@example.fi>", "Reklamation order 50112",
  """Hej,

fotoboken vi fick i går har randiga sidor, speciellt sid 12–15. Jag vill reklamera och få en ny tryckt. Bifogar bilder.

Mats Rönnqvist
Korsholm""")

E("sv", "rectification", False, "school forwards guardian correction of child's name in class list / photo package",
  "Kanslist Vasa övningsskola <kansliet@ovningsskola.example.fi>", "VB: Fel namn på klassfotot",
  """Hej,

vidarebefordrar detta från en vårdnadshavare. Namnlistan till klassfotot kom från oss, men vi har nu rättat den i vårt system. Kan ni rätta det i ert också?

Gunilla Fant, kanslist

---------- Vidarebefordrat meddelande ----------
Från: Rasmus Holmberg <rasmus.holmberg@example.fi>
Ämne: Fel namn på klassfotot
Hej, på klassfotot för 3B står det "Sigrid Holmbergh". Hon heter Sigrid Holmberg. Samma fel finns i fotografens webbutik där vi ska beställa. Kan det rättas?""")

E("sv", "complaint", False, "photo sent to wrong address; says GDPR breached and will report to dataombudsman unless explained",
  "Nils Forsman <nils.forsman@example.se>", "Ni bryter mot GDPR",
  """Hej,

ni skickade mitt barns skolfoto till fel adress, till en helt främmande familj i Vörå. Det är ett allvarligt brott mot dataskyddsförordningen. Om jag inte får en förklaring på hur detta kunde hända kommer jag att anmäla er till dataombudsmannen.

Nils Forsman""")

E("sv", "", True, "booking reminder SMS-style mail from Slotti, Swedish",
  "Slotti <noreply@slotti.example.com>", "Påminnelse: din bokning i morgon",
  """Hej!

Påminnelse om din bokning:
Familjefotografering, ons 9.12.2026 kl. 10.00
Zoomi Kuvakaupat, Hammarvägen 2 A, Vasa

Avboka: https://slotti.example.com/c/3KD9
Detta är ett automatiskt meddelande.""")

E("sv", "objection", False, "employee objects to Zoomi using staff photo in its own brochure; employer use fine",
  "Johanna Sjöblom <johanna.sjoblom@kommun.example.fi>", "Användning av personalfoto",
  """Hej,

min arbetsgivare har berättat att ni använder gruppfotot av vår avdelning som referens i er broschyr för företagsfotografering. Jag motsätter mig att min bild används i era egna marknadsföringssyften. Arbetsgivarens användning på kommunens webbplats har jag inget emot.

Med vänlig hälsning
Johanna Sjöblom
Socialhandledare

Detta meddelande kan innehålla sekretessbelagd information. Om meddelandet kommit till dig av misstag, vänligen meddela avsändaren och radera meddelandet.""")

E("sv", "access", False, "clarification answer: yes includes child data; open access request",
  "Åsa Wiik <asa.wiik@example.fi>", "Sv: Förtydligande av din begäran",
  """Hej,

ja, jag menar både mina egna uppgifter och uppgifterna om min son Elias (född 2015), som jag är vårdnadshavare för. Jag kan uppge beställningskoden från skolfotot om det behövs: SK-77420.

Åsa

> Hej Åsa,
> gäller din begäran om registerutdrag endast dina egna uppgifter eller även ditt barns?
> Med vänlig hälsning, Zoomi Kuvakaupat""")

E("sv", "erasure", False, "reply inside open erasure request asking how long it takes",
  "Henrika Lassila <henrika.lassila@example.fi>", "Sv: Vi har mottagit din begäran",
  """Hej, tack för bekräftelsen. Hur länge brukar det ta innan ni har raderat allt? Jag vill veta ungefär.

Henrika

> Vi har mottagit din begäran om radering och återkommer inom en månad.""")

E("sv", "portability", False, "short swedish portability ask",
  "Oskar Lindholm <oskar.lindholm@example.fi>", "Dataportabilitet",
  """Hej. Skicka mig mina kunduppgifter och beställningshistorik i ett maskinläsbart format (CSV eller JSON) enligt artikel 20, så att jag kan flytta dem. Tack. /Oskar Lindholm""")

E("sv", "restriction+access", False, "disputes debt collection; wants to see data and restrict until clarified",
  "Birgitta Mård <birgitta.mard@example.fi>", "Inkasso",
  """Hej,

jag har fått ett inkassobrev från OK-perintä för en faktura från er som jag aldrig fått. Jag vill veta vilka uppgifter om mig ni har lämnat till inkassobolaget, och jag kräver att ni begränsar behandlingen av mina uppgifter tills saken är utredd.

Birgitta Mård
Närpes""")

E("fi", "", False, "reply to company's clarification question: writer says no longer needed, withdraws",
  "Jussi Karhu <jussi.karhu@example.fi>", "Re: Lisätietopyyntö",
  """Ei tarvi enää, sain tiedot tilisivulta itse. Kiitti kuitenkin.

J. Karhu

> Hei Jussi, voisitko vahvistaa tilauksen numeron, jotta voimme käsitellä tietopyyntösi?""")

E("fi", "access", False, "asks why data given to debt collection - access",
  "Sari Huttunen <sari.huttunen@example.fi>", "Miksi annoitte tietoni perintään?",
  """Hei

sain perintäkirjeen OK-perinnältä. Miksi annoitte tietoni perintään ja mitä kaikkia tietoja olette heille luovuttaneet? Haluan nähdä ne.

Sari Huttunen""")

E("fi", "erasure", False, "kindergarten forwards parent's message: take child photo off Instagram",
  "Päiväkoti Pikkumetsä <pikkumetsa@paivakoti.example.fi>", "VL: instagram kuva",
  """Hei, tällainen viesti tuli meille, mutta kyseessä on teidän Instagram-tili. Laitamme eteenpäin.

Terveisin
Pikkumetsän väki

---------- Välitetty viesti ---------
Lähettäjä: Hanna Räsänen <hanna.rasanen@example.fi>
Päivämäärä: 25.11.2026 21.47
Aihe: instagram kuva
Heippa! Kuvaamon instagramissa on kuva jossa meidän Onni on keskellä ja mä en oo antanu siihen lupaa. ottakaa kuva pois sieltä. t. Hanna (Onnin äiti, Tiikerit-ryhmä)""")

E("fi", "marketing_opt_out", False, "short reply to SMS-like marketing email",
  "Kalevi Nieminen <kalevi.nieminen@example.fi>", "Re: Isänpäivän lahjaidea",
  """Ei kiitos. Älkää lähettäkö enää näitä mainoksia minulle.

K. Nieminen

> Isänpäivän lahjaidea: kuvamuki vain 14,90 €!""")

E("fi", "complaint+erasure", False, "erasure with conditional complaint to tietosuojavaltuutettu; typos",
  "Matti Rantanen <matti.rantanen@example.fi>", "tietojen poisto HETI",
  """Olen pyytänyt jo puhelimessa että poistatte kaikki mun tiedot ja silti tulee laskuja ja mainoksia. Poistakaa tiedot nyt heti tai teen valituksen tietosuojavaltuutetulle. En jaksa enään soitella.

Matti Rantanen""")

E("fi", "", True, "one-time code email",
  "Zoomi Kuvakaupat <noreply@example.fi>", "Kirjautumiskoodisi",
  """Kirjautumiskoodisi on 482 913.

Koodi on voimassa 10 minuuttia. Jos et yrittänyt kirjautua, voit jättää tämän viestin huomiotta.""")

E("fi", "rectification", False, "reply to company question with old/new phone number",
  "Pirjo Salo <pirjo.salo@example.fi>", "Vs: Yhteystietojen päivitys",
  """Hei,

uusi numero on 045 678 9012. Vanha 040-numero ei ole enää käytössä. Sähköposti pysyy samana.

Pirjo Salo

Lähettäjä: Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>
Lähetetty: tiistai 24. marraskuuta 2026 9.30
Aihe: Yhteystietojen päivitys
Hei, pyysitte päivittämään puhelinnumeronne. Mikä on uusi numero?""")

E("fi", "objection", False, "objects to being profiled in business development with long formal text, then signature with disclaimer",
  "Tapio Lindberg <tapio.lindberg@tilitoimisto.example.fi>", "Vastustamisoikeuden käyttäminen",
  """Hyvä vastaanottaja,

käytän tietosuoja-asetuksen 21 artiklan 1 kohdan mukaista oikeuttani vastustaa henkilötietojeni käsittelyä liiketoiminnan kehittämistarkoituksessa sekä verkkosivuston analytiikassa. Pyydän vahvistusta siitä, että käsittely on lopetettu.

Ystävällisin terveisin
Tapio Lindberg
KLT, Tilitoimisto Lindberg Oy

Tämä viesti voi sisältää luottamuksellista tai salassa pidettävää tietoa. Jos et ole viestin tarkoitettu vastaanottaja, ilmoita asiasta lähettäjälle ja poista viesti.""")

E("fi", "", False, "mother forwards daughter's invoice amount question; billing near-miss",
  "Arja Heikkilä <arja.heikkila@example.fi>", "VL: Lasku",
  """Hei, tyttären lasku, hän pyysi kysymään miksi summa on 59 € kun tilauksessa luki 49 €.

Arja

---------- Välitetty viesti ----------
Aihe: Lasku 2026-3012
Summa 59,00 EUR, eräpäivä 10.12.2026""")

E("fi", "access", False, "employee through employer: HR forwards former employee's access request about staff photos",
  "HR Vaasan Satama <hr@satama.example.fi>", "VL: Henkilökuvat / tietopyyntö",
  """Hei,

entinen työntekijämme pyysi välittämään alla olevan teille, koska henkilökuvaukset on tehty teidän toimesta. Emme itse vastaa hänen puolestaan.

Ystävällisesti
Merja Toivonen, HR

-----Alkuperäinen viesti-----
Lähettäjä: Jaana Kivistö <jaana.kivisto@example.fi>
Aihe: Henkilökuvat
Hei Merja, voitko välittää kuvaamolle: haluan tietää mitä tietoja heillä on minusta henkilökuvauksen jälkeen (kuvat, nimi, tehtävänimike?) ja kenelle niitä on annettu.
Jaana""")

E("fi", "portability", False, "no umlauts, brief",
  "Sami Kettunen <sami.kettunen@example.fi>", "tiedot toiseen palveluun",
  """moi, haluisin et siirratte mun tiedot ja tilaushistorian suoraan toiseen kuvapalveluun jos mahdollista, tai sit lahetatte ne mulle semmosessa muodossa et ne voi ladata sinne (art 20). kiitos""")

E("fi", "restriction", False, "asks to restrict processing of a photo while consent question is resolved",
  "Kirsi Rajala <kirsi.rajala@example.fi>", "Re: Vastaus kuvan käyttöön",
  """Hei,

kiitos vastauksesta, mutta olen edelleen eri mieltä siitä onko kuvalle annettu lupa. Pyydän että kuvaa ei käytetä mihinkään sillä aikaa kun asiaa selvitetään, mutta älkää poistako sitä vielä, koska haluan nähdä sen lupalomakkeen johon vetoatte.

Kirsi Rajala

> Hei Kirsi,
> tarkistimme asian: lomakkeen mukaan olette antaneet luvan kuvan käyttöön mainonnassa vuonna 2023.""")

E("en", "erasure", False, "reminder of erasure request, thread quoted",
  "Emily Watson <emily.watson@example.com>", "Re: Fwd: Delete my data",
  """Hi,

Following up on this – I still have an account in your web shop and received an order reminder yesterday. Please confirm my data has been deleted.

Emily

On Mon, 2 Nov 2026 at 11:04, Emily Watson wrote:
> Hello, please delete my account and all my personal data. Thank you.""")

E("en", "", True, "newsletter from Zoomi in English",
  "Zoomi Kuvakaupat <newsletter@example.fi>", "December news from Zoomi",
  """Hi there,

Christmas is coming! Order photo calendars by 16 December for delivery before Christmas.

New: passport photos now also on Saturdays.

You are receiving this email because you subscribed to our newsletter. Unsubscribe | Update preferences | Privacy policy
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa, Finland""")

E("en", "access+objection", False, "asks what data and source; objects to profiling/analytics",
  "Chris Donnelly <chris.donnelly@example.com>", "How did you get my details?",
  """Hello,

I received a letter from you offering a family photo session, but I have never been your customer. Please tell me what personal data you hold about me and where you obtained it. I also object to any further use of my data for profiling or analytics.

Chris Donnelly""")

E("en", "rectification", False, "reply to clarification giving the correct e-mail address",
  "Hannah Berg <hannah.berg@example.com>", "RE: Your correction request",
  """Hi,

The correct e-mail is hannah.berg@example.com (this one). The old one, hannah.b@oldmail.example.com, should be replaced everywhere, including Slotti. Thanks!

Hannah

From: tietosuoja@example.fi
Sent: 12 November 2026 14:20
Subject: Your correction request
Could you confirm which e-mail address should be used on your account?""")

E("en", "", False, "forward from school to Zoomi asking about photo day date; not DSR",
  "School Office <office@intl-school.example.fi>", "Fwd: photo day",
  """Hello,

A parent is asking below. Could you confirm the retake date for absent pupils?

Best,
School Office, Vaasa International School

---------- Forwarded message ---------
From: Paul Novak <paul.novak@example.com>
Subject: photo day
My son was sick on photo day, is there a retake?""")

E("en", "complaint", False, "formal complaint notice: says they have complained to Data Protection Ombudsman, no ask",
  "Amira Haddad <amira.haddad@example.com>", "Notice of complaint",
  """Dear Zoomi Kuvakaupat,

I am writing to inform you that I have lodged a complaint with the Office of the Data Protection Ombudsman regarding your failure to respond to my requests. I consider this a breach of Article 12 GDPR.

Sincerely,
Amira Haddad""")

E("en", "marketing_opt_out", False, "employer signature, opt out of marketing on work email",
  "David Chen <david.chen@logistics.example.com>", "Please remove from mailing list",
  """Hi,

Please take this address off your marketing list. It was used once for a staff photo booking and shouldn't receive newsletters.

Thanks,
David Chen
Operations Manager | Nordic Logistics Ab
+358 40 123 4567

The information contained in this e-mail is confidential and intended for the named recipient(s) only. If you have received it by mistake, please let us know by e-mail reply and delete it from your system.""")

E("sv", "", False, "Finland-Swede asks photographer about passport photo code that does not work; near-miss",
  "Rolf Kull <rolf.kull@example.fi>", "Koden till passfotot fungerar inte",
  """Hej,

jag tog passfoto hos er i fredags men polisen säger att koden på kvittot inte hittas i deras system. Vad gör jag nu? Jag ska resa i januari.

Rolf Kull
040 345 6789""")
