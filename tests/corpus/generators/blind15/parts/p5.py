from parts.common import E

# ---------------- Finnish (13) ----------------
E("fi", "erasure", False, "reply above our quoted reply, reminder of erasure",
  "Pirjo Turunen <pirjo.turunen@example.fi>", "Re: Re: tietojen poisto",
  """Hei, nyt on mennyt yli kuukausi ja tiedot on edelleen tallella, sain juuri teiltä
taas laskumuistutuksen vanhalla tilauksella. Poistakaa ne nyt oikeasti.

Pirjo

> Hei Pirjo,
> kiitos viestistäsi. Käsittelemme pyyntösi mahdollisimman pian.
> Zoomi Kuvakaupat
>
>> Haluan että kaikki tietoni poistetaan asiakasrekisteristänne.
>> Pirjo Turunen""")

E("fi", "access", False, "mitä musta on, no umlauts, puhekieli",
  "Tommi Harju <tommi.harju@example.fi>", "kysymys",
  """moi, voisitteko kertoo mita kaikkee teil on musta tallennettuna? ja mista ootte ne
saanu? kiitos

t. tommi""")

E("fi", "", False, "asks for extra prints, copy of photo near miss",
  "Anu Kettunen <anu.kettunen@example.fi>", "Kopio kuvasta",
  """Hei,

haluaisin tilata kopion tyttäreni viime vuoden koulukuvasta, kuvakoodi VK-55812.
Kaksi kappaletta kokoa 13x18. Miten maksu hoidetaan?

Anu Kettunen""")

E("fi", "rectification", False, "wrong email in register, passive",
  "Matti Karjalainen <matti.karjalainen@example.fi>", "Sähköpostiosoite väärin",
  """Hei,

rekisterissänne minun sähköpostiosoitteeni on kirjoitettu väärin (matti.karjalinen@...),
ja siksi kuvien latauslinkit eivät tule perille. Osoite pitäisi korjata muotoon
matti.karjalainen@example.fi.

Matti""")

E("fi", "erasure+marketing_opt_out+complaint", False, "three kinds, angry, uutiskirje",
  "Raija Honkanen <raija.honkanen@example.fi>", "uutiskirje ja tiedot",
  """Perutin uutiskirjeen jo kaksi kertaa ja se tulee silti! Lopettakaa se uutiskirje
lopullisesti ja poistakaa mun tiedot. Jos tama ei nyt loppu, teen kantelun
tietosuojavaltuutetulle.

Raija Honkanen""")

E("fi", "", True, "newsletter from accounting firm, no headers",
  "Tilitoimisto Numerot <info@example.fi>", "Tilinpäätöksen muistilista 2026",
  """Hyvä asiakas,

tilikauden päättyminen lähestyy. Muistathan toimittaa meille joulukuun tositteet
viimeistään 10.1.2027. Muistutamme myös, että kirjanpitoaineisto on säilytettävä
kirjanpitolain mukaisesti.

Tilitoimisto Numerot Oy""")

E("fi", "access", False, "guardian asks what data about child, huoltaja",
  "Jenni Väänänen <jenni.vaananen@example.fi>", "Lapsen tiedot",
  """Hei,

olen Veeti Väänäsen (8 v) huoltaja. Haluaisin tietää, mitä tietoja Veetistä teillä on
(kuvat, nimi, luokka, mitä koulu on antanut) ja kenelle niitä on annettu.

Jenni Väänänen""")

E("fi", "", False, "accountant asks retention of vouchers, legal words, no request",
  "Kari Lindberg <kari.lindberg@example.fi>", "Kysymys poisto-oikeudesta",
  """Hei,

olen pienyrittäjä ja mietin samaa asiaa kuin te varmasti: jos asiakas pyytää poistamaan
tietonsa, pitääkö laskut silti säilyttää 6 vuotta kirjanpitolain takia? Kysyn kollegana,
kun teillä on ilmeisesti tästä kokemusta.

Kari Lindberg, Kuvaamo Lindberg""")

E("fi", "objection", False, "objects to purchase-history analysis for business development",
  "Esa Rantala <esa.rantala@example.fi>", "Profilointi",
  """Hei,

luin selosteestanne, että asiakkaiden ostohistoriaa analysoidaan liiketoiminnan
kehittämistä varten. En halua, että minun ostohistoriaani käytetään tällaisiin
analyyseihin. Vastustan tätä käsittelyä, jättäkää minut pois niistä.

Esa Rantala""")

E("fi", "", False, "booking cancel, near miss, poista varaus",
  "Hilkka Ojanen <hilkka.ojanen@example.fi>", "poista varaus",
  """Poistakaa mun varaus torstaille 10.12 klo 13, en paase. Varaan myohemmin uuden.
Hilkka""")

E("fi", "erasure", False, "passport photo sent to police, delete own copy",
  "Jussi Tanskanen <jussi.tanskanen@example.fi>", "Passikuvat",
  """Hei,

ymmarran, etta passikuvani on lahetetty poliisin palvelimelle. Teidan omaa kopiotanne en
kuitenkaan halua sailytettavan – haluaisin, etta ne kuvat poistetaan teilta nyt kun
passi on tullut.

Jussi Tanskanen""")

E("fi", "restriction", False, "rajoittaminen, formal, during objection assessment",
  "Terhi Aaltonen <terhi.aaltonen@example.fi>", "Käsittelyn rajoittaminen",
  """Hyvä vastaanottaja,

olen aiemmin vastustanut tietojeni käsittelyä asiakassuhteen markkinointianalyysissä.
Pyydän tietosuoja-asetuksen 18 artiklan mukaisesti, että tietojeni käsittelyä rajoitetaan
siihen asti, kunnes olette selvittäneet, syrjäyttävätkö perusteenne minun etuni.

Terhi Aaltonen""")

E("fi", "", False, "job applicant photographer, asks how application data handled",
  "Riikka Nurmi <riikka.nurmi@example.fi>", "Työhakemus: kuvaaja",
  """Hei,

haen kevään koulukuvaajan paikkaa. Liitteenä CV ja portfolio. Onko teillä rekrytoinnista
erillistä tietosuojaselostetta? Ymmärrän että hakemukset poistetaan jossain vaiheessa,
ja se sopii minulle.

Riikka Nurmi""")

# ---------------- Swedish (10) ----------------
E("sv", "erasure", False, "radera mitt konto, webshop",
  "Oskar Sjöholm <oskar.sjoholm@example.fi>", "Radera mitt konto",
  """Hej,

radera mitt konto i webbutiken och alla uppgifter som hör till det.

Oskar""")

E("sv", "access+erasure", False, "child's data, guardian, Vaasa, wants copy then delete",
  "Jessica Kronlund <jessica.kronlund@example.fi>", "Min dotters uppgifter",
  """Hej!

Jag är vårdnadshavare till Alva Kronlund (dagis Humlan, Smedsby). Jag vill först få veta
vilka uppgifter och bilder ni har om henne, och sen ska allt tas bort.

Hälsningar
Jessica""")

E("sv", "", False, "order status, var är min beställning",
  "Mats Finnäs <mats.finnas@example.fi>", "Var är min beställning?",
  """Hej, beställde fotokalendrar för 2 veckor sen, nr 2026-219004, och har inte fått
något. Var är beställningen?
Mats""")

E("sv", "marketing_opt_out", False, "Finnish loanword, kielto, mixed",
  "Gun Nyman <gun.nyman@example.fi>", "markkinointikielto",
  """Hej, jag vill ha markkinointikielto, alltså ingen reklam från er mera. Tack.
Gun Nyman, Vörå""")

E("sv", "rectification", False, "reply above quoted own message; fix birth date",
  "Viktor Åström <viktor.astrom@example.fi>", "Re: fel födelsedatum",
  """Hej, såg att det fortfarande står fel. Rätta det, tack: 14.3.1990, inte 14.3.1909.

Viktor

> Hej! Ni har mitt födelsedatum fel i kundkontot. Kan ni ändra det?
> /Viktor Åström""")

E("sv", "complaint", False, "already complained to IMY (Swedish citizen)",
  "Karin Lundgren <karin.lundgren@example.se>", "Klagomål inlämnat",
  """Hej,

jag vill informera er om att jag har lämnat in ett klagomål till Integritetsskyddsmyndigheten
(IMY) gällande er hantering av mina personuppgifter, eftersom ni lämnade ut mina uppgifter
till ett inkassobolag utan grund.

Karin Lundgren
Umeå""")

E("sv", "", True, "bounce, Precedence bulk",
  "MAILER-DAEMON <postmaster@example.fi>", "Leveransfel: Returnerat meddelande",
  """Meddelandet kunde inte levereras till mottagaren.

<annette.lind@example.fi>: Postlådan är full.

Ursprungligt ämne: Svar på er begäran om registerutdrag""",
  hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

E("sv", "access", False, "short phone, 'vad har ni sparat'",
  "Tove Rusk <tove.rusk@example.fi>", "uppgifter",
  """Vad har ni sparat om mig? Skicka det till denna adress.
Tove

Skickat från min iPhone""")

E("sv", "", False, "question on whether guardians both needed",
  "Lotta Backlund <lotta.backlund@example.fi>", "Fråga om vårdnadshavare",
  """Hej,

om jag i framtiden vill att ni tar bort mitt barns bilder, måste båda vårdnadshavarna
godkänna det? Vi är skilda. Jag ber inte om något nu, vill bara veta hur det fungerar.

Lotta""")

E("sv", "erasure+objection", False, "objects to staff photos on employer site, wants deletion",
  "Fredrik Ingves <fredrik.ingves@example.fi>", "Personalbild",
  """Hej,

min gamla arbetsgivare Korsholms vatten använder fortfarande min personalbild på webben
fast jag slutat. Jag motsätter mig att ni levererar den vidare och vill att ni raderar
bilden från ert system.

Fredrik Ingves""")

# ---------------- English (7) ----------------
E("en", "access", False, "non-native, Estonian writer, 'what data you keep'",
  "Kristjan Tamm <kristjan.tamm@example.com>", "data",
  """Hello, I want know what data you keep about me and my wife, we did family photo in
your studio in 2023. Please send to email. Thanks Kristjan""")

E("en", "erasure+rectification", False, "delete old kid photos, fix own email - second short",
  "Megan Walsh <megan.walsh@example.com>", "Old photos",
  """Hi,

please delete all the school photos of my son Connor from 2019-2022, we don't need them
kept on your servers.

Also my email on file is my old work one, please change it to this address.

Megan""")

E("en", "", False, "customer praising handled erasure",
  "Robert Klein <robert.klein@example.com>", "Thank you",
  """Hello,

just a note to say thanks for handling my deletion request so quickly and for the clear
confirmation. Much appreciated.

Robert""")

E("en", "marketing_opt_out", False, "remove me from mailing list",
  "Fiona Grant <fiona.grant@example.com>", "Mailing list",
  """Please remove me from your mailing list. I get three emails a week and never signed up.
Fiona""")

E("en", "complaint+access", False, "Norwegian writer, already filed complaint, wants copy",
  "Ingrid Solberg <ingrid.solberg@example.com>", "complaint and request",
  """Hello,

I have sended a complaint to the Finnish data protection ombudsman because you did not
answered my earlier email from September. Still I want the copy of my personal data
that you have, the photos and the order information.

Ingrid Solberg""")

E("en", "", True, "web analytics weekly report, machine mail no headers",
  "Analytics Reports <reports@example.com>", "Your weekly website report: zoomi shop",
  """Weekly summary for example.fi/shop

Users: 1,842 (+12%)
Sessions: 2,310
Top page: /koulukuvat
Bounce rate: 41%

Manage report settings: https://example.com/analytics/settings""")

E("en", "portability", False, "send me my data in machine-readable format",
  "Chloe Dubois <chloe.dubois@example.com>", "Data transfer",
  """Hello,

I would like to receive the personal data I provided to you (account details, addresses,
order history) in a structured machine-readable format, so I can take it to another
photo service. Thank you.

Chloe Dubois""")
