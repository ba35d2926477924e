from parts.common import E

# ---------------- fi ----------------
E("fi", "", True, "Finnish bounce message quoting an erasure confirmation (carries Auto-Submitted)",
  "Postipalvelin <MAILER-DAEMON@posti.example.fi>", "Viestiä ei voitu toimittaa: Tietojesi poisto on vahvistettu",
  """Tämä on automaattinen ilmoitus postipalvelimelta.

Viestiäsi ei voitu toimittaa seuraavalle vastaanottajalle:

    esa.toivola@example.fi
    Syy: 550 5.1.1 Postilaatikkoa ei ole olemassa

--- Alkuperäisen viestin alku ---
Aihe: Tietojesi poisto on vahvistettu
Hei Esa, olemme poistaneet tietosi asiakasrekisteristämme pyyntösi mukaisesti.""",
  hdrs={"Auto-Submitted": "auto-generated"})

E("fi", "marketing_opt_out", False, "'ei kiitos' reply to a marketing mail",
  "Seija Kangasniemi <seija.kangasniemi@example.fi>", "Vs: Kevään rippikuvaukset – varaa nyt!",
  """ei kiitos

Lähetetty iPhonesta

> Hei Seija! Kevään rippikuvaukset ovat täällä. Varaa aikasi nyt ja saat -15 %.""")

E("fi", "access", False, "long formal access letter including Art 22 automated decisions (list = access only)",
  "Jaakko Vesterinen <jaakko.vesterinen@example.fi>", "Tietopyyntö EU:n tietosuoja-asetuksen 15 artiklan perusteella",
  """Zoomi Kuvakaupat Oy

TIETOPYYNTÖ (GDPR 15 art.)

Pyydän saada seuraavat tiedot:

a) vahvistuksen siitä, käsitelläänkö minua koskevia henkilötietoja;
b) jäljennöksen käsiteltävistä henkilötiedoista, mukaan lukien valokuvat ja ajanvaraushistoria (Slotti);
c) käsittelyn tarkoitukset ja oikeusperusteet;
d) vastaanottajat nimeltä, mukaan lukien OK-perintä, Google ja mahdolliset alihankkijat;
e) tietojen säilytysajat;
f) tiedon siitä, mistä tiedot on saatu, jos niitä ei ole kerätty minulta;
g) tiedon siitä, siirretäänkö tietoja EU:n ja ETA:n ulkopuolelle ja millä suojatoimilla;
h) tiedon automaattisesta päätöksenteosta ja profiloinnista (22 artikla), mukaan lukien käsittelyn logiikka, sekä tiedon oikeudestani tehdä valitus valvontaviranomaiselle.

Pyydän toimittamaan tiedot sähköisesti tähän osoitteeseen.

Jaakko Vesterinen
Vaasa""")

E("fi", "access+erasure", False, "guardian asks as a question: copy of son's data, then delete",
  "Elina Mäkinen <elina.makinen@example.fi>", "Poikani tiedot",
  """Hei,

voisinko saada kopion tiedoista, joita teillä on pojastani Aleksista (s. 2017)? Ja voitteko poistaa ne sen jälkeen? Hän on kuvattu Olympiakoulussa ja sitä ennen päiväkodissa.

Olen Aleksin huoltaja, ja tilaukset on tehty tällä samalla sähköpostilla.

Elina Mäkinen""")

E("fi", "erasure", False, "story about another company leads to an actual erasure request at the end",
  "Pertti Järvinen <pertti.jarvinen@example.fi>", "Lehtijuttu tietovuodosta",
  """Hei,

luin Vasabladetista, että eräs kuvakauppa oli jättänyt asiakkaiden kuvat avoimelle palvelimelle, josta kuka tahansa pystyi ne katsomaan. Ei kai teillä ole samaa ongelmaa?

No, en jää odottamaan selvitystä. Poistakaa minun ja perheeni tiedot ja kuvat, niin ei tarvitse murehtia.

Pertti Järvinen""")

E("fi", "access", False, "consumer magazine journalist testing companies makes her own access request",
  "Noora Lindberg <noora.lindberg@kuluttajalehti.example.fi>", "Tarkastuspyyntö",
  """Hei,

olen toimittaja Kuluttajalehdessä. Testaamme juttua varten, miten suomalaiset yritykset vastaavat asiakkaiden tarkastuspyyntöihin. Olen itse tilannut teiltä passikuvat keväällä ja olen asiakkaananne.

Tämä on siis ihan oikea tarkastuspyyntö omista tiedoistani: lähettäkää minulle kaikki henkilötiedot, joita teillä on minusta, ja kertokaa mihin niitä käytetään.

Noora Lindberg
p. 050 612 8893""")

E("fi", "marketing_opt_out", False, "withdraws earlier erasure request, instead only no marketing",
  "Jukka Hiltunen <jukka.hiltunen@example.fi>", "Re: Poistopyyntö",
  """Hei,

perun edellisen poistopyyntöni, tili saa jäädä. Sen sijaan haluan vain, ettei minulle lähetetä markkinointia enää missään muodossa.

Jukka

> Lähettäjä: Jukka Hiltunen
> Poistakaa tilini.""")

E("fi", "rectification", False, "child's name wrong on photos, no umlauts, terse",
  "Sini Pulkkinen <sini.pulkkinen@example.fi>", "nimi vaarin",
  """lapsen nimi vaarin kuvissa ja tilauksessa, Aatu eika Atu. 1C Keskuskoulu. korjatkaa

-sini""")

E("fi", "complaint", False, "informs the company it has filed a complaint with the DPA",
  "Kimmo Aaltonen <kimmo.aaltonen@example.fi>", "Tiedoksi",
  """Tein tänään valituksen tietosuojavaltuutetulle teistä, koska käytitte perheemme kuvaa Facebook-mainoksessa ilman lupaa. Tässä tiedoksi.

Kimmo Aaltonen""")

E("fi", "restriction", False, "stop processing until they clarify an invoice for photos not ordered",
  "Mervi Savolainen <mervi.savolainen@example.fi>", "Lasku kuvista joita en tilannut",
  """Hei,

sain teiltä laskun kuvapaketista, jota en ole tilannut. Joku on ilmeisesti käyttänyt nimeäni ja osoitettani.

Älkää käsitelkö tietojani laskutuksessa tai luovuttako niitä eteenpäin ennen kuin olette selvittäneet, mistä on kyse.

Mervi Savolainen""")

E("fi", "", False, "near-miss: job application",
  "Aleksi Harju <aleksi.harju@example.fi>", "Avoin hakemus: valokuvaaja",
  """Hei,

olen vastavalmistunut valokuvaaja (Novia, medianomi) ja haluaisin hakea teiltä töitä kouluvalokuvaajana ensi kevään kauteen. Liitteenä CV ja portfolio-linkki.

Ystävällisin terveisin
Aleksi Harju
p. 044 219 6650""")

E("fi", "", False, "question on analytics cookies in the privacy notice; asks nothing",
  "Sanna Peltonen <sanna.peltonen@example.fi>", "Evästeet",
  """Hei,

tietosuojaselosteessanne sanotaan, että käytätte välttämättömiä evästeitä ja analytiikkaevästeitä. Miksi evästebannerissa ei ole "hylkää kaikki" -nappia samalla tasolla kuin "hyväksy kaikki"? Eikö sen pitäisi olla nykyään pakollinen?

Sanna""")

# ---------------- sv ----------------
E("sv", "", True, "booking confirmation in a warm personal tone, no auto header",
  "Zoomi bokning <bokning@example.fi>", "Välkommen på fotografering, Johanna!",
  """Hej Johanna!

Vad roligt att du bokat en tid hos oss! Här är dina bokningsuppgifter:

Tjänst: Studentporträtt
Tid: lördag 28.11 kl. 11.30
Plats: Zoomi Vasa, Vasaratie 2 A

Ta gärna med studentmössan och ett extra plagg att byta till. Om du behöver ändra tiden kan du göra det via länken i ditt konto.

Vi ses!
Hälsningar från hela Zoomi-gänget""")

E("sv", "", False, "sports club's long letter about a data processing agreement (customer organisation)",
  "IF Kamraterna Vasa <kansliet@ifk-vasa.example.fi>", "Personuppgiftsbiträdesavtal för lagfotografering",
  """Hej,

IF Kamraterna Vasa har under många år anlitat er för lag- och individfotografering av våra juniorer. Inför säsongen 2027 har vår styrelse gått igenom föreningens dataskydd och konstaterat att vi saknar ett skriftligt personuppgiftsbiträdesavtal med er.

Vi skickar er namnlistor med juniorernas namn, lag och födelseår inför fotograferingen, och föräldrarna beställer sedan bilderna direkt från er. Vår fråga är därför:

1. Anser ni att ni är personuppgiftsbiträde åt föreningen eller självständigt personuppgiftsansvarig?
2. Kan ni skicka ett avtalsutkast eller er standardmall?
3. Hur länge sparar ni namnlistorna efter fotograferingen?

Vi vill gärna ha detta klart före vårens fotografering i mars.

Med idrottsliga hälsningar
Marianne Kull
verksamhetsledare, IF Kamraterna Vasa""")

E("sv", "access", False, "question-form access about child's data and recipients",
  "Mattias Holmberg <mattias.holmberg@example.fi>", "Mitt barns uppgifter",
  """Hej,

kan ni berätta vilka uppgifter ni har om mitt barn Liam (f. 2018, Borgaregatans skola) och vem ni har gett dem till? Skolan visste inte själv.

Mattias Holmberg""")

E("sv", "erasure", False, "teen in sv-en slang: take photo off Insta",
  "Alva Nygård <alva.nygard09@example.fi>", "insta",
  """hej, kan ni ta bort min bild från er insta?? det är so cringe, alla i klassen har sett den. thanks

alva (9b)""")

E("sv", "portability", False, "subject and body just name the request: data portability",
  "Stefan Enlund <stefan.enlund@example.fi>", "Begäran om dataportabilitet",
  """Hej,

begäran om dataportabilitet enligt artikel 20 GDPR gällande mitt kundkonto (stefan.enlund@example.fi).

Stefan Enlund""")

E("sv", "marketing_opt_out", False, "no profiling for ads and no more ads (Art 21(2))",
  "Rebecka Holmqvist <rebecka.holmqvist@example.fi>", "Reklam",
  """Hej,

jag vill inte att ni profilerar mig för reklam utifrån vad jag köpt, och jag vill inte ha mer reklam från er överhuvudtaget.

Rebecka""")

E("sv", "", False, "withdraws an earlier register-extract request",
  "Göran Lindfors <goran.lindfors@example.fi>", "Sv: Er begäran om registerutdrag",
  """Hej,

jag drar tillbaka min begäran om registerutdrag. Jag pratade med er kundtjänst i telefon och fick svar på det jag undrade. Ni behöver inte skicka något.

Göran Lindfors

> Hej Göran, vi har tagit emot din begäran om registerutdrag och svarar senast 3.12.2026.""")

E("sv", "rectification", False, "wish-form surname change",
  "Josefin Sjöberg <josefin.sjoberg@example.fi>", "Nytt efternamn",
  """Hej!

Jag skulle uppskatta om ni kunde ändra mitt efternamn till Sjöberg i ert kundregister, jag har gift mig (tidigare Josefin Nykvist). E-posten är densamma.

Tack!
Josefin""")

E("sv", "", False, "near-miss: wrong amount on invoice",
  "Kaj Rosenqvist <kaj.rosenqvist@example.fi>", "Faktura fel belopp",
  """Hej, på fakturan 2026-1201 står 64 € men paketet kostade 46 € enligt prislistan. Kan ni skicka en ny faktura?

Kaj""", to="Zoomi fakturering <laskutus@example.fi>")

# ---------------- en ----------------
E("en", "", True, "domain registrar renewal reminder sounding personal, no auto header",
  "Mia at DomainHub <mia@domainhub.example.com>", "Heads up: zoomi-kuvat.example.fi expires soon",
  """Hi Zoomi Kuvakaupat,

Mia here from DomainHub! I noticed your domain zoomi-kuvat.example.fi is set to expire in 30 days, and auto-renew is currently switched off.

Don't worry — you can renew in two clicks from your dashboard. I'd hate for you to lose it!

Warmly,
Mia
DomainHub Customer Success

This is an automated reminder. Please do not reply.""")

E("en", "access+portability+restriction", False, "formal letter: access, portability, restriction pending accuracy check",
  "Victoria Hale <victoria.hale@example.com>", "Requests under Articles 15, 18 and 20 GDPR",
  """Dear Data Protection Officer,

I write to exercise the following rights under the GDPR.

Article 15 – Please provide a copy of all personal data you process about me and my two children (for whom I hold sole custody), with the information required by Article 15(1).

Article 20 – Please also provide the data I have provided to you (account details, uploaded images, order history) in a structured, commonly used, machine-readable format suitable for transmission to another controller.

Article 18 – Your records wrongly show a second guardian, my former husband, with access to my children's gallery. I contest the accuracy of this information and request that processing of my children's data be restricted while you verify it; in particular, please do not share galleries or order confirmations with him in the meantime.

I would appreciate a reply by e-mail.

Yours sincerely,
Victoria Hale""")

E("en", "marketing_opt_out", False, "one-word STOP reply",
  "Owen Fletcher <owen.fletcher@example.com>", "Re: Autumn offer -20%",
  """stop

> Autumn offer: -20% on family portraits until 15.10.""")

E("en", "marketing_opt_out+erasure", False, "late wife: stop mail to her and close her account",
  "Alan Whitaker <alan.whitaker@example.com>", "My wife, Margaret Whitaker",
  """Hello,

my wife Margaret passed away in June. Your offers keep arriving in her inbox and by post. Please stop sending her mail and close her account altogether; there is nothing in it that I need.

Kind regards,
Alan Whitaker""")

E("en", "", False, "question about passport photos at the police server (privacy notice)",
  "Sean O'Brien <sean.obrien@example.com>", "Passport photo question",
  """Hi,

your privacy notice says photos are sent to the police permit server. Does that mean the police keep my passport photo forever, or do you also keep a copy? Just curious, I had mine taken last week.

Sean""")

E("en", "objection", False, "objects to use of data for 'business development'",
  "Rachel Kim <rachel.kim@example.com>", "Business development",
  """Hello,

I read in your privacy notice that you use customer data for "business development". I don't want my data used for that, please stop. I'm fine with you keeping what you need for my orders.

Rachel Kim""")

E("en", "access", False, "question-form access: where did you get my phone number",
  "Liam Murphy <liam.murphy@example.com>", "phone number",
  """Hi, can you tell me where you got my phone number? I got a text from you about Christmas cards and I've never given it to you as far as I know.

Liam""")

E("en", "erasure+complaint", False, "photo used without consent: says it is a GDPR violation, remove it",
  "Grace Lindqvist <grace.lindqvist@example.fi>", "Photo used without consent",
  """Hello,

you are using a photo of me and my daughter in your Facebook ad for family portraits. We never agreed to that. This is a clear violation of GDPR.

Remove the photo from the ad and from your page.

Grace Lindqvist""")

E("en", "", False, "thanks after a handled request",
  "Martin Hall <martin.hall@example.com>", "Re: Your data request",
  """Thanks a lot, got the file and everything looks fine. Have a nice weekend!

Martin

> Hi Martin, please find attached the copy of your personal data.""")
