from parts.common import E

E("fi", "erasure", False, "employer HR asks former employees' staff photos removed",
  "Kaija Lehto <kaija.lehto@vaasanvesi.example.fi>", "Henkilökuvat – päättyneet työsuhteet",
  """Hei,

kuvasitte henkilöstömme toukokuussa 2025. Seuraavien henkilöiden työsuhde on päättynyt, ja he
ovat pyytäneet, ettei heidän kuviaan säilytetä:

Jukka Forsberg, Sari Nieminen, Teemu Ahola

Olemme poistaneet kuvat intranetistä ja kotisivuilta. Pyydämme poistamaan heidän kuvansa myös
teidän kuvapankistanne ja asiakasgalleriasta, josta kuvat aikanaan valittiin.

Ystävällisin terveisin
Kaija Lehto
HR-asiantuntija, Vaasan Vesi Oy

Tämä viesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä,
ilmoita lähettäjälle ja poista viesti. Viestin luvaton käyttö on kielletty.""")

E("fi", "erasure+access", False, "Helsinki slang: delete all my stuff and tell me what you had",
  "Roope Virtanen <roope.virtanen@example.fi>", "mun jutut",
  """moro, mä haluun et kaikki mun jutut deletoidaan teiltä, tili ja kuvat ja kaikki. ja kertokaa
samalla mitä kaikkee teil oli musta, kiinnostaa vaan. kiitti

roope
Lähetetty iPhonesta""")

E("fi", "marketing_opt_out", False, "no more paper mail ads",
  "Aili Toivonen <aili.toivonen@example.fi>", "Postimainokset",
  """Hyvä Zoomi,

en halua enää teidän mainoskirjeitänne kotiin. Lapsenlapset ovat jo isoja, eikä meillä ole
tarvetta koulukuvatarjouksille. Kiitos jos voitte hoitaa asian.

Aili Toivonen
Isokyrö""")

E("fi", "access+erasure", False, "passport photo: what was sent to police, do you still keep it; then delete",
  "Matias Hiltunen <matias.hiltunen@example.fi>", "Passikuvan tiedot",
  """Hei,

otin teillä passikuvan 3.9. Mitä tietoja minusta lähetettiin kuvan mukana poliisin
palvelimelle, ja säilytättekö kuvaa ja tietoja vielä itse? Jos säilytätte, poistakaa ne
omista järjestelmistänne, passi on jo tullut.

Matias Hiltunen""")

E("fi", "portability", False, "move children's digital school photos directly to another cloud service",
  "Riikka Nyström <riikka.nystrom@example.fi>", "Koulukuvien siirto",
  """Hei,

meillä on teidän verkkopalvelussa kolmen lapsen koulukuvat vuosilta 2019–2026 (ostettu
digitaalisina). Voisitteko siirtää ne kaikki tietoineen suoraan Kuvapilvi-palveluumme, vai
saisinko ne ainakin yhtenä ladattavana tiedostona niin, että ne voi viedä sinne itse?

Riikka Nyström""")

E("fi", "objection", False, "forbids use of child's photo in Facebook ads",
  "Susanna Aho <susanna.aho@example.fi>", "Lapseni kuva Facebook-mainoksessa",
  """Moi,

tuttava lähetti mulle kuvakaappauksen teidän Facebook-mainoksesta, jossa on meidän Lumin
eskarikuva. Kiellän käyttämästä Lumin kuvaa mainoksissanne, missään kanavassa. Tilaamamme kuvat
ovat toki meidän, mutta mainoksiin ei.

Susanna Aho""")

E("fi", "restriction+rectification", False, "rectification pending (reminder), no invoices under wrong name meanwhile",
  "Tuula Kemppainen <tuula.kemppainen@example.fi>", "Oikaisupyyntö 5.11. yhä kesken",
  """Hei,

pyysin 5.11. korjaamaan sukunimeni (Kemppainen, ei Kemppinen) asiakastietoihinne. Sitä ei ole
vieläkään tehty. Siihen asti kun nimi on korjattu, älkää käyttäkö tietojani mihinkään – ei
laskuja, ei perintää, ei postituksia väärällä nimellä.

Tuula Kemppainen""")

E("fi", "erasure", False, "formal-ish, typo GPDR",
  "Veikko Laaksonen <veikko.laaksonen@example.fi>", "Poistopyyntö GPDR",
  """Pyydän GPDR:n 17 artiklan perusteella poistamaan minut asiakasrekisteristänne sekä kaikki
tietoni Slotti-ajanvarauksesta. Asiakkuuteni on päättynyt.

Veikko Laaksonen""")

E("fi", "", False, "asks passport photo times (not a DSR)",
  "Ella Mattila <ella.mattila@example.fi>", "Passikuva-ajat",
  """Hei, onko teillä lauantaina vapaita passikuva-aikoja? Slotista en löydä yhtään ja tarvitsisin
kuvan ensi viikon alussa. Ella""")

E("fi", "", True, "web shop shipping notice from another shop, no auto headers",
  "Toimistotarvike.fi <tilaukset@toimistotarvike.example.fi>", "Tilauksesi 558201 on lähetetty",
  """Hei Zoomi Kuvakaupat Oy,

tilauksesi 558201 on lähetetty.

Tuotteet:
  Tulostuspaperi A4 80g, 5 x 500 arkkia
  Mustekasetti XL, 2 kpl

Lähetystunnus: JJFI6521400055512
Arvioitu toimitus: 2–3 arkipäivää

Kiitos tilauksestasi!
Toimistotarvike.fi""")

E("fi", "", False, "daycare sends updated child list for photo day (org operations)",
  "Päiväkoti Vilppula <vilppula.paivakoti@example.fi>", "Päivitetty lapsilista kuvauspäivälle",
  """Hei,

liitteenä päivitetty lista Satakielen ja Peipon ryhmien lapsista kuvauspäivälle 10.12. Kaksi
uutta lasta on tullut marraskuussa ja yksi on muuttanut pois. Milloin kuvat tulevat
vanhempien tilattaviksi? Vanhemmat kyselevät jo joululahjoja varten.

Terveisin
Merja, Päiväkoti Vilppula""")

E("fi", "complaint", False, "says invoice on open postcard breaks data protection law",
  "Olavi Peltonen <olavi.peltonen@example.fi>", "Lasku avoimessa kortissa",
  """Hei,

lähetitte maksumuistutuksen avoimena korttina, jossa näkyi nimeni, osoitteeni, summa ja
että kyse on perinnästä. Postinkantaja ja naapurit näkevät sen. Rikotte tässä tietosuojalakia
ja GDPR:ää, ja se pitää teidän tietää.

Olavi Peltonen""")

E("sv", "erasure", False, "plain: remove me from customer register",
  "Ingmar Dahlström <ingmar.dahlstrom@example.fi>", "Kundregistret",
  """Hej. Ta bort mig ur ert kundregister. Jag har flyttat till Sverige och kommer inte att beställa
något mer. Tack för åren! /Ingmar Dahlström""")

E("sv", "access", False, "why given to debt collection and which data",
  "Elin Kullberg <elin.kullberg@example.fi>", "Inkasso",
  """Hej,

jag fick ett brev från OK-perintä. Varför har ni lämnat mina uppgifter till ett inkassobolag,
när gjorde ni det och exakt vilka uppgifter om mig har de fått?

Elin Kullberg""")

E("sv", "objection", False, "objects to passing data to collector while disputing invoice",
  "Roger Östergård <roger.ostergard@example.fi>", "Bestridd faktura",
  """Hej,

jag bestrider fakturan 2026-4990 eftersom bilderna aldrig levererades. Jag vill inte att ni lämnar
mina uppgifter till något inkassobolag på grund av en faktura som jag inte har fått något för,
och jag motsätter mig att ni behandlar mina uppgifter för indrivning.

Roger Östergård""")

E("sv", "marketing_opt_out", False, "stop calling me with offers",
  "Siv Nygård <siv.nygard@example.fi>", "Telefonförsäljning",
  """Hej, ni har ringt mig två gånger den här veckan och erbjudit familjefotografering. Sluta ring mig
med erbjudanden, jag är inte intresserad. Siv Nygård""")

E("sv", "erasure+marketing_opt_out", False, "off the mailing list and delete account",
  "Alexander Lindén <alexander.linden@example.se>", "Utskick och konto",
  """Hej,

ta bort mig från er utskickslista och radera även mitt konto hos er. Jag använde det bara en gång
för att beställa julkort 2022.

Alexander Lindén""")

E("sv", "access", False, "guardian, very short: what data about my children",
  "Tove Ahlström <tove.ahlstrom@example.fi>", "barnen",
  """Hej, vilka uppgifter har ni om mina barn Hugo och Stella Ahlström? Daghemmet Trollebo har
fotograferats av er. /Tove""")

E("sv", "portability", False, "transfer uploaded photos and albums to another service",
  "Daniel Sjöblom <daniel.sjoblom@example.fi>", "Flytta mina album",
  """Hej,

jag har ett tjugotal album med egna bilder i er webbtjänst. Kan ni överföra dem, med
albumnamn och bildtexter, till min nya tjänst hos Fotoarkivet, eller ge mig en export som de kan
läsa in? Att ladda ner bild för bild tar en evighet.

Daniel""")

E("sv", "", False, "question how restriction works, no request",
  "Ann-Sofie Kaski <ann-sofie.kaski@example.fi>", "Fråga om begränsning",
  """Hej,

jag läste om "rätten till begränsning av behandling". Vad innebär det i praktiken hos er – blir
kontot fruset, kan jag fortfarande beställa? Bara nyfiken, jag har inget ärende just nu.

Ann-Sofie""")

E("sv", "", True, "order confirmation from another shop, no auto headers",
  "Ramaffären <order@ramaffaren.example.se>", "Orderbekräftelse 77412",
  """Tack för din beställning!

Ordernummer: 77412
1 st Passepartout 50x70 vit ......... 19,90 €
1 st Aluminiumram 50x70 svart ....... 34,90 €
Frakt ................................. 7,90 €
Totalt ................................ 62,70 €

Leveransadress: Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vasa

Du får ett nytt meddelande när ordern har skickats.""")

E("sv", "", False, "job application to photographer position",
  "Amanda Hägglund <amanda.hagglund@example.fi>", "Ansökan: fotograf, säsongsarbete",
  """Hej,

jag söker tjänsten som säsongsfotograf för skolfotograferingen hösten 2027. Jag har
examen från Yrkeshögskolan Novia och två års erfarenhet av porträttfotografering. CV och
portfolio bifogas.

Med vänlig hälsning
Amanda Hägglund
050 222 3344""")

E("en", "access", False, "very formal English template listing Art 15 items",
  "Jonathan Reeves <jonathan.reeves@example.com>", "Subject Access Request – Article 15 GDPR",
  """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the General Data Protection
Regulation (EU) 2016/679. Please provide:

(a) confirmation as to whether or not personal data concerning me are being processed;
(b) a copy of those personal data, including photographs, order records, booking records,
    correspondence and any internal notes;
(c) the purposes of the processing and the legal basis relied upon;
(d) the categories of personal data concerned;
(e) the recipients or categories of recipient, in particular recipients in third countries, and
    the safeguards applied to any such transfer;
(f) the envisaged retention period or the criteria used to determine it;
(g) the source of any data not collected from me;
(h) the existence of automated decision-making, including profiling.

I look forward to your response within one month of receipt, as required by Article 12(3).

Yours faithfully,
Jonathan Reeves
14 Harbour Road, Vaasa""")

E("en", "erasure+complaint", False, "second reminder of erasure; will complain to DPA if ignored",
  "Natalie Price <natalie.price@example.com>", "Re: Re: Deletion request – second reminder",
  """This is my second reminder. On 1 October I asked you to delete my account and my photos. Nothing
has happened and I keep receiving order reminders. If I don't get a confirmation this week, I will
file a complaint with the Data Protection Ombudsman.

Natalie Price

> On 15 Oct 2026, Natalie Price wrote:
> Hi, following up on my request of 1 October to delete my data. Please confirm.""")

E("en", "restriction", False, "keep it but don't use it for anything",
  "Victor Almeida <victor.almeida@example.com>", "My data",
  """Hi, while I sort out my complaint with your studio about the cancelled wedding shoot, please keep
my data as it is but don't use it for anything – no reminders, no offers, no passing it on. Thanks,
Victor""")

E("en", "erasure", False, "son with power of attorney for father with dementia",
  "Richard Holm <richard.holm@example.com>", "On behalf of my father, Erik Holm",
  """Hello,

I hold a continuing power of attorney (edunvalvontavaltakirja) for my father, Erik Holm (b. 1941),
who has advanced dementia and now lives in a care home. He has an account in your web shop and
keeps receiving letters. On his behalf I ask you to delete his account and personal data. I can
send a copy of the confirmed power of attorney if needed.

Richard Holm""")

E("en", "rectification", False, "child registered in wrong class, photos went to wrong class",
  "Anna Kowalski <anna.kowalski@example.com>", "Wrong class for my daughter",
  """Hi,

my daughter Zofia Kowalski is listed in your system as class 3B, but she is in 3A at Variska
school. Because of that her photos ended up in the wrong class gallery. Please correct her class.

Anna Kowalski""")

E("en", "objection", False, "stop using my data for customer surveys",
  "Peter Lindgren <peter.lindgren@example.com>", "Feedback requests",
  """Hello, after every single visit I get two or three "how did we do?" survey emails and texts. Please
stop using my contact details for your customer surveys. I'm happy to keep my account otherwise.
Peter""")

E("en", "", False, "passport photo code doesn't work (service issue)",
  "Olga Ivanova <olga.ivanova@example.com>", "Photo code not working",
  """Hello, I have passport photo from you yesterday but the police website says photo code not found
when I try to apply. Code is on receipt. Can you check if it was sent? Thank you, Olga""")

E("en", "", True, "new sign-in security notice, no auto headers",
  "CloudDrive Security <security@clouddrive.example.com>", "New sign-in to your account",
  """We noticed a new sign-in to your CloudDrive account (tietosuoja@example.fi).

Device: Windows 11, Chrome
Location: Vaasa, Finland
Time: 16 November 2026, 08:02 EET

If this was you, you can ignore this message. If not, secure your account:
https://clouddrive.example.com/security

The CloudDrive team""")
