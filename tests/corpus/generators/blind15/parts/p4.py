from parts.common import E

# ---------------- Finnish (13) ----------------
E("fi", "access", False, "reply above our acknowledgement, asks recipients too",
  "Tuula Räsänen <tuula.rasanen@example.fi>", "Re: Viestisi on vastaanotettu",
  """Hei, kiitos kuittauksesta. Täsmennän vielä: haluan tietää myös kenelle kaikille
tietojani on luovutettu (perintäfirma? poliisi?) ja kuinka kauan niitä säilytetään.

Tuula

> Hei,
> olemme vastaanottaneet viestisi 1.12.2026. Vastaamme viimeistään 4.1.2027.
> Ystävällisin terveisin
> Zoomi Kuvakaupat, tietosuoja""")

E("fi", "erasure", False, "no umlauts, one line, siivotkaa",
  "Niina Koivisto <niina.koivisto@example.fi>", "asiakkuus",
  """lopetan asiakkuuden, siivotkaa kaikki mun henkilotiedot pois""")

E("fi", "marketing_opt_out", False, "SMS stop in reply, Re: thread quoting our SMS text",
  "Juha Lampinen <juha.lampinen@example.fi>", "Re: Zoomi: Joulukortit nyt -20%!",
  """ei kiitos, en halua naita tarjousviesteja enaa.

> Zoomi: Joulukortit nyt -20%! Tilaa omista kuvista osoitteessa example.fi/joulu
> Peru viestit vastaamalla STOP""")

E("fi", "rectification", False, "wrong phone number, polite conditional",
  "Helena Savolainen <helena.savolainen@example.fi>", "Puhelinnumero",
  """Hei,

voisiko asiakastietoihini vaihtaa puhelinnumeron? Vanha 050 111 2233 ei ole enää käytössä,
uusi on 045 765 4321. Tekstiviestit kuvien valmistumisesta menevät nyt jollekin vieraalle.

Kiitos!
Helena Savolainen""")

E("fi", "", False, "passport photo code doesn't work, near miss",
  "Olli Hämäläinen <olli.hamalainen@example.fi>", "Kuvakoodi ei toimi",
  """Hei,

poliisin lupapalvelussa kuvakoodi jonka sain teiltä (7H3K-22LP) ei kelpaa, tulee virhe
"kuvaa ei löydy". Voitteko tarkistaa onko kuva lähetetty oikein?

Olli""")

E("fi", "complaint+access", False, "formal, will complain if not answered; ask for data",
  "Lauri Heinonen <lauri.heinonen@example.fi>", "Tietosuojapyyntö ja ilmoitus",
  """Hyvä rekisterinpitäjä,

pyydän tietosuoja-asetuksen 15 artiklan mukaisesti jäljennöksen kaikista minua koskevista
henkilötiedoista. Huomautan, että vastaava pyyntö lähetettiin jo elokuussa, eikä siihen
vastattu. Mikäli vastausta ei tule lakisääteisessä ajassa, saatan asian
tietosuojavaltuutetun käsiteltäväksi.

Lauri Heinonen""")

E("fi", "erasure", False, "change: cancel opt-out, wants full deletion instead",
  "Sanna Miettinen <sanna.miettinen@example.fi>", "Muutos aiempaan",
  """Hei,

pyysin viime viikolla vain markkinoinnin lopettamista, mutta olen nyt päättänyt että
haluan kaikki tietoni poistettavan kokonaan. Eli ei pelkkä markkinointikielto vaan
täydellinen poisto, kiitos.

Sanna Miettinen""")

E("fi", "", True, "Slotti booking confirmation machine mail, no headers",
  "Slotti ajanvaraus <varaukset@example.com>", "Varausvahvistus: Passikuva 9.12. klo 10:15",
  """Varauksesi on vahvistettu.

Palvelu: Passikuva
Aika: ke 9.12.2026 klo 10:15
Paikka: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa

Peru tai siirrä varaus viimeistään 24 h ennen: https://example.com/slotti/varaus/88123""")

E("fi", "objection+erasure", False, "long story, child photo in school yearbook promo; buried",
  "Kaisa Lehtonen <kaisa.lehtonen@example.fi>", "Kysymys koulukuvista",
  """Hei,

meillä on kolme lasta ja olemme olleet tyytyväisiä asiakkaita jo vuosia, kuvat ovat aina
olleet hienoja ja henkilökunta ystävällistä. Mummokin on tilannut joka vuosi tauluja.

Tänä syksynä huomasimme kuitenkin, että keskimmäisen lapsemme kuva on teidän
esitteessä, jota jaettiin kouluun. Emme halua, että lapsen kuvaa käytetään
markkinointimateriaalissa, joten kieltäydymme siitä käytöstä ja pyydämme poistamaan
kuvan esitteistä ja kuvapankistanne.

Muuten jatkamme mielellämme asiakkaina, ja kevään kuvaukseen osallistutaan normaalisti.

Terveisin
Kaisa Lehtonen""")

E("fi", "portability", False, "oikeus siirtää, spoken, send to another service",
  "Arttu Väisänen <arttu.vaisanen@example.fi>", "tietojen siirto",
  """moi, mulla on teidan verkkokaupassa tili jossa on kaikki mun kuva-albumit ja tilaukset.
Voisitteko siirtaa ne tiedot koneluettavassa muodossa, niin et ma saan ne toiseen palveluun?
Kuvat tietty myos jos mahdollista.

Arttu""")

E("fi", "", False, "customer asks about unanswered order, mentions privacy notice",
  "Elina Kauppinen <elina.kauppinen@example.fi>", "Tietosuojaseloste",
  """Hei,

luin tietosuojaselosteenne ja siinä mainitaan, että tiedot luovutetaan Verifonelle
maksujen käsittelyä varten. Säilytättekö te yleisesti asiakkaiden korttitietoja itse vai
hoitaako Verifone sen kokonaan? Ei mitään pyyntöä, kunhan uteliaisuuttani kysyn.

Elina""")

E("fi", "access", False, "call logs and IP data, specific",
  "Oskari Pesonen <oskari.pesonen@example.fi>", "Puhelutiedot",
  """Hei,

soitin asiakaspalveluunne useita kertoja marraskuussa. Haluaisin saada tiedot siitä,
mitä puhelulokeja ja muita tietoja (esim. IP-osoitteita verkkokaupasta) minusta on
tallennettu.

Oskari Pesonen""")

E("fi", "marketing_opt_out+access", False, "no umlauts, where did you get my address, stop ads",
  "Reijo Kemppainen <reijo.kemppainen@example.fi>", "mainoskirje",
  """Hei

sain teilta paperisen mainoskirjeen kotiin. Mista olette saaneet mun osoitteen? Haluun
tietaa. Ja en halua mainoksia enaa, ei postissa eika sahkopostissa.

Reijo K.""")

# ---------------- Swedish (9) ----------------
E("sv", "erasure", False, "reply above quoted earlier company mail, Finland-Swedish",
  "Annika Holmberg <annika.holmberg@example.fi>", "SV: Skolfotografering Gerby skola",
  """Hej, ni får gärna radera Ellas bilder och uppgifter, vi köper inga i år.

Annika

Från: Zoomi Kuvakaupat <asiakaspalvelu@example.fi>
Skickat: måndag 2 november 2026 08:12
Ämne: Skolfotografering Gerby skola

Bästa vårdnadshavare,
ert barns bilder finns nu i vår webbutik med koden GE-10472.""")

E("sv", "access", False, "rätt till insyn, Finland-Swedish formal",
  "Ralf Enlund <ralf.enlund@example.fi>", "Insyn i mina uppgifter",
  """Bästa mottagare,

jag vill utöva min rätt till insyn och be er redogöra för vilka personuppgifter om mig som
finns i ert kundregister, varifrån de kommer och till vem de har lämnats ut.

Med vänlig hälsning
Ralf Enlund
Jakobstad""")

E("sv", "", False, "question from association about group photo",
  "Idrottsföreningen Kraft <kansli.kraft@example.fi>", "Lagbilder",
  """Hej,

vi i IF Kraft funderar på att beställa lagbilder till våra juniorlag. Hur gör ni med
föräldrarnas samtycke, och får vi använda bilderna på vår hemsida?

Hälsningar
kansliet""")

E("sv", "marketing_opt_out", False, "vill int ha reklam, dialect",
  "Stig Kronqvist <stig.kronqvist@example.fi>", "reklam",
  """Hej. Vi vill int ha mera reklam från er, int på sms och int på mejl. Tack.
Stig""")

E("sv", "rectification+erasure", False, "rectify surname, delete old family photos",
  "Maria Lönnqvist <maria.lonnqvist@example.fi>", "Uppgifter i kundregistret",
  """Hej,

jag har skiljt mig och heter nu Lönnqvist igen (tidigare Rönn). Ändra mitt efternamn i
kundregistret. Våra gamla familjefoton från 2019 vill jag att ni
raderar ur ert system, de har jag ingen användning för längre.

Maria Lönnqvist""")

E("sv", "", True, "password reset webshop, no headers",
  "Fotobutiken Webshop <noreply@example.se>", "Återställ ditt lösenord",
  """Hej!

Vi har fått en begäran om att återställa lösenordet till ditt konto.
Klicka på länken inom 24 timmar: https://example.se/reset/a81c

Om du inte begärt detta kan du bortse från meddelandet.""")

E("sv", "restriction", False, "keep photos but stop using them until dispute settled",
  "Kim Sandvik <kim.sandvik@example.fi>", "Begränsa användningen",
  """Hej,

jag anser att uppgifterna om mig i er faktura är felaktiga (jag har aldrig beställt
personalfoton privat). Tills detta har utretts begär jag att ni inte använder mina
uppgifter till något annat än att spara dem.

Kim Sandvik""")

E("sv", "complaint", False, "conditional complaint threat after marketing continues",
  "Eva Granholm <eva.granholm@example.fi>", "Fortfarande reklam",
  """Hej,

jag avregistrerade mig från era utskick redan i september men får fortfarande
erbjudanden. Om det kommer ett enda meddelande till så anmäler jag er till
dataombudsmannen.

Eva Granholm""")

E("sv", "", False, "thanks for fixed request",
  "Hans Sundell <hans.sundell@example.fi>", "Tack för hjälpen",
  """Hej,

tack för att ni så snabbt raderade mina gamla uppgifter och bekräftade det. Bra service!

Hans""")

# ---------------- English (8) ----------------
E("en", "access", False, "formal DSAR with long list, no portability",
  "Charlotte Evans <charlotte.evans@example.com>", "Data Subject Access Request – Charlotte Evans",
  """To whom it may concern,

I am writing to make a data subject access request under Article 15 GDPR. Please provide:
(a) confirmation whether you process my personal data;
(b) a copy of the data, including photographs, order history, call recordings or logs,
    website analytics identifiers and any notes;
(c) the purposes of processing and the legal basis for each;
(d) the recipients, including any processors such as your booking, invoicing and debt
    collection providers;
(e) the retention period;
(f) the source of the data;
(g) whether any automated decision-making or profiling takes place;
(h) any transfers to third countries and the safeguards used.

I understand I have the right to lodge a complaint with the supervisory authority.

Yours faithfully,
Charlotte Evans""")

E("en", "erasure", False, "don't use my kid's photo, remove",
  "Marco Rossi <marco.rossi@example.com>", "my son photo",
  """Hi, my son was photographed in daycare Tuulikello. Dont keep his pictures, erase them
and his name. We are moving back to Italy and dont need anything.

Marco Rossi""")

E("en", "", False, "GDPR thesis / researcher survey",
  "Dr. Anna Kowalczyk <a.kowalczyk@example.com>", "Survey: SME handling of data subject rights",
  """Dear colleague,

We are conducting a research survey on how small and medium-sized enterprises in the Nordic
countries handle data subject requests (access, erasure, portability). The survey takes
10 minutes: https://example.com/survey

Thank you for your participation!
Dr. Anna Kowalczyk, University of Example""")

E("en", "marketing_opt_out", False, "Finnish writer English, stop the emails",
  "Ville Ketola <ville.ketola@example.fi>", "no more emails",
  """Hello, i dont want anymore this offer emails. please stop sending them to me.
BR Ville""")

E("en", "erasure+portability", False, "export then delete photo account",
  "Hannah Schmidt <hannah.schmidt@example.com>", "Closing my account",
  """Hi team,

I'd like to close my webshop account. Before you delete it, please send me an export of my
uploaded albums and order data in a format I can import elsewhere (zip with JPGs + CSV is
fine). After that, delete the account and my data.

Thanks,
Hannah""")

E("en", "", True, "out of office auto header",
  "Peter Novak <peter.novak@example.com>", "Out of Office: Staff photos 2027",
  """I am out of the office until 5 January with limited access to email.
For urgent matters please contact office@example.com.""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

E("en", "rectification", False, "wrong name on school photo, guardian",
  "Aisha Mohammed <aisha.mohammed@example.com>", "Wrong name on my daughter photo",
  """Hello,

on the school photo order page my daughter name is written "Amina Mohamed", correct is
"Amina Mohammed" with two m. Please correct in your system, it is printed also on the
photo folder.

Aisha""")

E("en", "objection", False, "objection to debt collection, particular situation",
  "James Whitfield <james.whitfield@example.com>", "Debt collection – objection",
  """Dear Sir/Madam,

I object to the processing of my personal data by your debt collection agent OK-perintä.
The invoice concerned a faulty order which you agreed to refund by phone on 12 November.
Given my particular situation, please stop this processing.

Regards,
James Whitfield""")
