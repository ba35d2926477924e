from parts.common import E

# ---------------- fi ----------------
E("fi", "marketing_opt_out", False, "subject-only direct-marketing ban, body is a phone footer",
  "Jorma Heikkilä <jorma.heikkila@example.fi>", "Suoramarkkinointikielto",
  """--
Lähetetty Android-puhelimesta""")

E("fi", "", True, "municipal registry auto-acknowledgement that reads like a person, no auto header",
  "Vaasan kaupungin kirjaamo <kirjaamo@vaasa.example.fi>", "VS: Koulukuvauksen sopimusluonnos 2027",
  """Hei,

kiitos viestistäsi! Se on nyt vastaanotettu kaupungin kirjaamossa ja ohjataan asiaa hoitavalle viranhaltijalle. Saat tarvittaessa vastauksen noin viikon kuluessa.

Huomaathan, että kaupungille lähetetyt viestit ovat pääsääntöisesti julkisia asiakirjoja.

Ystävällisin terveisin
Kirjaamo
Vaasan kaupunki""")

E("fi", "erasure", False, "teenager (16) in slang wants own class photo off the website",
  "Nella Virtanen <nellav2010@example.fi>", "mun kuva teiän sivuilla",
  """moi, oon 16 ja meiän luokan kuvat on teiän sivuilla siinä "koulukuvaus 2026" galleriassa. en haluu et mun kuva on siellä, kaikki on jo nähny sen ja se on tosi noloo. voiks sen ottaa pois?? oon se vasemmalla takarivissä punasella hupparilla

nella""")

E("fi", "access+marketing_opt_out", False, "question-form access (where did you get my number) plus stop phone sales",
  "Arto Niemi <arto.niemi@example.fi>", "Puhelinmyynti",
  """Terve

Teiltä soitettiin mulle eilen ja yritettiin myydä joulukortteja. Saisinko nähdä mitä tietoja teillä on musta ja mistä te ootte saanu mun numeron? En oo ikinä antanu sitä teille.

Ja älkää soitelko enää myyntipuheluita.

Arto Niemi""")

E("fi", "access+erasure+marketing_opt_out", False, "lawyer's formal letter for a client: Art 15, 17, 19, 21(2); reserves right to complain (not a complaint)",
  "Asianajotoimisto Berg & Kallio <toimisto@bergkallio.example.fi>", "Päämiehemme Riikka Salon tietosuojapyynnöt",
  """Zoomi Kuvakaupat Oy
Vasaratie 2 A
65350 Vaasa

Edustamme Riikka Saloa (s. 1984) hänen tietosuoja-asiassaan. Valtakirja on liitteenä.

Päämiehemme vaatii EU:n tietosuoja-asetuksen nojalla, että

1) hänelle toimitetaan 15 artiklan mukaisesti jäljennös kaikista häntä koskevista henkilötiedoista sekä tiedot käsittelyn tarkoituksista, vastaanottajista ja säilytysajoista;

2) tämän jälkeen kaikki häntä koskevat henkilötiedot poistetaan 17 artiklan mukaisesti siltä osin kuin niiden säilyttämiselle ei ole lakisääteistä perustetta, ja että poistosta ilmoitetaan 19 artiklan mukaisesti kaikille vastaanottajille, joille tietoja on luovutettu;

3) hänen tietojensa käsittely suoramarkkinointitarkoituksiin lopetetaan välittömästi (21 artiklan 2 ja 3 kohta).

Pyydämme vastaamaan allekirjoittaneelle asetuksen 12 artiklan 3 kohdan mukaisessa määräajassa. Päämiehemme varaa oikeuden saattaa asia tarvittaessa valvontaviranomaisen käsiteltäväksi.

Vaasassa 2.11.2026

ASIANAJOTOIMISTO BERG & KALLIO OY

Sami Kallio
asianajaja

Liite: valtakirja""")

E("fi", "", False, "question about the date of the privacy notice; no right asked",
  "Leena Honkanen <leena.honkanen@example.fi>", "Tietosuojaseloste 2022?",
  """Hei,

huomasin että verkkosivujenne tietosuojaseloste on päivätty 1.1.2022. Onko se vielä ajan tasalla? Siinä ei mainita ollenkaan uutta ajanvarausjärjestelmää, jota käytitte kun varasin passikuva-ajan.

Leena Honkanen
(työskentelen kunnan tietosuoja-asioiden parissa, siksi kiinnitin huomiota)""")

E("fi", "restriction", False, "preservation: don't delete photos yet, needed for insurance dispute",
  "Ville Karppinen <ville.karppinen@example.fi>", "Älkää poistako kuvia",
  """Hei,

teillä on asiakastililläni kuvat, jotka otitte häissämme kesäkuussa (tilaus 38842). Olen riidassa vakuutusyhtiön kanssa hääpaikalla sattuneesta vahingosta ja kuvat ovat tärkeä todiste.

Pyydän, ettei kuvia tai tilaukseen liittyviä tietoja poisteta ennen kuin riita on ratkaistu, vaikka teillä olisikin joku automaattinen poistoaika. Ilmoitan kun asia on käsitelty.

Ville Karppinen""")

E("fi", "", False, "change of mind: wants the newsletter back after an earlier ban",
  "Pirjo Lehtonen <pirjo.lehtonen@example.fi>", "uutiskirje takaisin",
  """Hei!

Laitoin keväällä markkinointikiellon kun tuli niin paljon postia, mutta nyt tytär aloitti koulun ja haluaisinkin taas tiedon tarjouksista. Voiko kiellon perua? Sähköposti on tämä sama.

Pirjo""")

E("fi", "", False, "worried after another firm's data leak; question only",
  "Markku Salmi <markku.salmi@example.fi>", "Tietovuoto",
  """Päivää

Luin Ilkka-Pohjalaisesta että eräältä seinäjokelaiselta yritykseltä vuoti asiakkaiden tietoja nettiin. Olen teidän asiakas monen vuoden ajalta. Miten te suojaatte asiakkaiden tiedot, onko teillä esim. kaksivaiheinen tunnistautuminen ja säilytetäänkö kuvat Suomessa?

Markku Salmi""")

E("fi", "erasure", False, "mother: child changed day-care, delete the child's photos and data",
  "Johanna Rautio <johanna.rautio@example.fi>", "Lapseni kuvat ja tiedot",
  """Hei,

poikamme Onni (s. 2021) vaihtoi syksyllä päiväkotia Tampereelle, kun muutimme. Teillä on hänestä päiväkoti Satakielen kuvauksista kuvia vuosilta 2024 ja 2025 sekä nimi ja ryhmätiedot.

Pyydän, että poistatte Onnin kuvat ja tiedot. Emme aio tilata kuvia enää.

Johanna Rautio
Onnin äiti""")

E("fi", "rectification", False, "address change, dialect-ish spelling and no umlauts",
  "Toni Kallio <tonikallio@example.fi>", "osote",
  """moro, osote muuttunu. uus on Kirkkopuistikko 12 B 5, 65100 Vaasa. paivittakaa se asiakastietoihin niin ei mee laskut vanhaan paikkaan

toni""")

E("fi", "access+complaint", False, "has complained to the DPA; still waiting for access answer",
  "Eija Hyvönen <eija.hyvonen@example.fi>", "Tarkastuspyyntö 8.8.2026 – edelleen vastaamatta",
  """Hei,

lähetin teille tarkastuspyynnön 8.8.2026 tähän samaan osoitteeseen. Olen lähettänyt kaksi muistutusta enkä ole saanut minkäänlaista vastausta, en edes kuittausta.

Tein tänään asiasta ilmoituksen tietosuojavaltuutetulle. Odotan edelleen, että toimitatte minulle kopion tiedoistani.

Eija Hyvönen""")

# ---------------- sv ----------------
E("sv", "marketing_opt_out", False, "'Nej tack' reply to a newsletter, quoted text",
  "Berit Åström <berit.astrom@example.fi>", "Sv: Julkort med era egna bilder – beställ nu!",
  """Nej tack.

Skickat från min iPad

> Hej Berit!
> Nu är det dags att beställa julkort med barnens skolfoton.
> Avregistrera dig från nyhetsbrevet här.""")

E("sv", "", True, "web-shop order confirmation in a personal tone, no auto header",
  "Zoomi webbutik <order@example.fi>", "Tack för din beställning, Sofia!",
  """Hej Sofia!

Stort tack för din beställning – vi blir så glada varje gång! 📸

Beställning: #52108
2 x Förstoring 20x30 (matt)
1 x Nyckelring med foto
Totalt: 41,80 €

Vi skickar paketet inom 3–5 vardagar och meddelar dig när det är på väg.

Varma hälsningar
Maja på Zoomi

Har du frågor om din beställning? Svara inte på detta mejl, kontakta oss via kundservice.""")

E("sv", "access+erasure+complaint", False, "long formal letter from Sweden, Arts 15 and 17, conditional IMY complaint",
  "Karin Ekström <karin.ekstrom@example.se>", "Begäran enligt artikel 15 och 17 dataskyddsförordningen",
  """Till personuppgiftsansvarig
Zoomi Kuvakaupat Oy
Vasaratie 2 A
FI-65350 Vasa

Begäran om registerutdrag och radering

Jag bodde i Vasa 2019–2023 och mina två barn fotograferades då av er både i skolan och på daghemmet. Sedan vi flyttat till Umeå har jag fortsatt att få e-post från er.

1. Med stöd av artikel 15 i dataskyddsförordningen (EU) 2016/679 begär jag ett registerutdrag över samtliga personuppgifter ni behandlar om mig och om mina barn, Alva (f. 2013) och Vidar (f. 2016), för vilka jag är vårdnadshavare. Jag vill även veta ändamålen, mottagarna och hur länge uppgifterna sparas.

2. När jag har tagit del av utdraget begär jag med stöd av artikel 17 att samtliga uppgifter om mig och barnen raderas, med undantag för sådant ni enligt bokföringslagen är skyldiga att spara.

Jag förväntar mig svar inom en månad enligt artikel 12.3. Om jag inte får svar inom den tiden kommer jag att lämna in ett klagomål till Integritetsskyddsmyndigheten (IMY).

Umeå den 28 september 2026

Karin Ekström
Storgatan 41
903 26 Umeå, Sverige""")

E("sv", "", False, "upper-secondary student's questions for a project",
  "Ebba Lindroos <ebba.lindroos@student.example.fi>", "Projektarbete om dataskydd",
  """Hej!

Jag går andra året på Vasa gymnasium och gör ett projektarbete om dataskydd i företag i Österbotten. Skulle någon hos er kunna svara på några frågor via mejl?

- Har ni en dataskyddsansvarig?
- Vad gör ni om någon vill se vilka uppgifter ni har om dem?
- Hur länge sparar ni bilder på barn?

Tack på förhand!
Ebba""")

E("sv", "marketing_opt_out+erasure", False, "deceased father still gets ads: stop and remove him",
  "Lena Holmström <lena.holmstrom@example.fi>", "Min pappa Göran Holmström",
  """Hej,

min pappa Göran Holmström dog i augusti. Han får fortfarande reklam från er både per post och e-post, och det är tungt för mamma att se breven.

Snälla sluta skicka och ta bort honom ur ert kundregister. Hans adress var Sandviksgatan 4, Vasa, och e-posten goran.holmstrom@example.fi.

Tack på förhand.
Lena Holmström""")

E("sv", "portability", False, "question-form portability to another service",
  "Mikaela Grönroos <mikaela.gronroos@example.fi>", "Flytta mina bilder och uppgifter",
  """Hej,

kan jag få ut alla mina bilder och beställningar från mitt konto i ett format som jag kan flytta till en annan tjänst? Jag håller på att samla alla familjens foton på ett ställe och skulle helst slippa ladda ner allt bild för bild.

Mvh Mikaela""")

E("sv", "marketing_opt_out", False, "Närpes-style dialect: no more ads, 'ta bort mej' alone read as opt-out",
  "Holger Back <holger.back@example.fi>", "reklam",
  """Ja vill int ha na meir reklam fron er. Ta bort mej.

Holger""")

E("sv", "objection", False, "objects to Google Analytics on own visits",
  "Sebastian Öhman <sebastian.ohman@example.fi>", "Google Analytics",
  """Hej,

jag motsätter mig att ni behandlar mina uppgifter i Google Analytics när jag besöker er webbutik. Jag är inloggad när jag handlar, så ni kan nog koppla besöken till mig.

Sebastian Öhman""")

E("sv", "", False, "near-miss: cancel an appointment",
  "Elin Kull <elin.kull@example.fi>", "avboka",
  """Hej, kan ni avboka min tid på torsdag kl 15 (familjefotografering)? Barnen är sjuka. Jag bokar ny tid senare.

Elin Kull""", to="Zoomi kundtjänst <info@example.fi>")

# ---------------- en ----------------
E("en", "access", False, "formal SAR template listing Art 15(1)(a)-(h); CSV as delivery format only",
  "Graham Whitfield <g.whitfield@example.com>", "Subject Access Request – Article 15 GDPR",
  """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation.

Please provide me with:
(a) confirmation of whether you process personal data concerning me;
(b) a copy of that personal data (Article 15(3));
(c) the purposes of the processing;
(d) the categories of personal data concerned;
(e) the recipients or categories of recipients to whom the data have been or will be disclosed, in particular recipients in third countries;
(f) the envisaged retention period, or the criteria used to determine it;
(g) the existence of the right to request rectification, erasure or restriction, to object, and to lodge a complaint with a supervisory authority;
(h) where the data were not collected from me, any available information as to their source;
(i) the existence of automated decision-making, including profiling.

I would prefer to receive the copy electronically, as a PDF with a CSV of any tabular data.

For identification: I ordered staff photos through my employer, Kvarken Logistics Ab, in March 2026, and I have a web-shop account under this e-mail address.

Under Article 12(3) you are required to respond without undue delay and within one month of receipt.

Yours faithfully,
Graham Whitfield""")

E("en", "", True, "supplier helpdesk auto-acknowledgement in a friendly human voice, no auto header",
  "PrintPartner Support <support@printpartner.example.com>", "Re: Colour mismatch on batch 2291 [Ticket #4821]",
  """Hi Anna,

Thanks so much for reaching out! 😊 I just wanted to let you know we've got your message and one of our print specialists will take a look within one business day.

In the meantime, you might find an answer in our Help Centre: https://help.printpartner.example.com

Talk soon,
Jamie
PrintPartner Customer Care

Ticket #4821 | Please keep the ticket number in the subject line when replying.""")

E("en", "", False, "journalist asking about deletion requests after a breach story",
  "Sarah Kimball <s.kimball@newsdesk.example.com>", "Media enquiry: school photo data",
  """Hello,

I'm a freelance journalist working on a piece for a Nordic tech outlet about how school photography companies store children's images, following the data breach at a UK school-photo firm earlier this year.

Would someone be available for a 15-minute call this week? I'm particularly interested in:
- how long you keep images of children
- whether parents can ask for images to be deleted, and how often they do
- whether images are stored on servers outside the EU

I'm happy to keep any individual details anonymous.

Best,
Sarah Kimball""")

E("en", "erasure", False, "erasure phrased as a wish",
  "Hannah Cole <hannah.cole@example.com>", "Forget me?",
  """Hi,

I'd love it if you could just forget about me entirely :) I haven't used the shop since my kids left school. Delete my account and whatever else you've kept about me, please.

Cheers,
Hannah""")

E("en", "marketing_opt_out+complaint", False, "English with a Finnish aside; says it is a GDPR violation",
  "Mark Jansson <mark.jansson@example.fi>", "newsletter AGAIN",
  """Hi, I got your newsletter again even though I unsubscribed in May. Tämä on jo kolmas kerta. This is a GDPR violation. Take me off the list for good.

Mark""")

E("en", "rectification", False, "son's name misspelled on class photo list",
  "Ella Morrison <ella.morrison@example.fi>", "Wrong name on class photo",
  """Hi,

my son's name is spelled wrong on the class photo list of Gerby school, 2A: it says "Eli Morrison" but it should be "Eeli Morrison". Could you please correct it in your system before the photos are printed?

Thanks,
Ella Morrison""")

E("en", "access", False, "one-liner access",
  "Chris Dalton <chrisdalton@example.com>", "hi",
  """what do you have on me?""")

E("en", "", False, "withdraws an earlier access request; found data in account",
  "Emily Park <emily.park@example.com>", "Re: Data request",
  """Hi,

I asked you last week to send me a copy of all my data. I've since found what I needed under "My account > Orders", so you can close the request, no need to send anything.

Thanks and sorry for the trouble,
Emily""")

E("en", "erasure+objection", False, "objects to photo in brochure and asks deletion from files",
  "Rebecca Lund <rebecca.lund@example.com>", "My photo in your brochure",
  """Hello,

I was surprised to see my portrait in your new printed brochure "Zoomi – muotokuvat". I object to you using my photo in your marketing. Please also delete it from your files; I paid for the session, not for being in an advert.

Rebecca Lund""")
