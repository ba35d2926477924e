from parts.common import E

E("sv", "", False, "Ostrobothnian grandmother asks how to order grandchild's photos with the code",
  "Gunvor Sjöblom <gunvor.sjoblom@example.fi>", "beställa bilder åt barnbarnet",
  """Hej

Ja ha fått en lapp me en kod från min dotter så att ja ska kunna beställa skolfoton åt lillflickon, men ja hittar int var man ska skriva in koden på er sida. Allt e på finska å ja förstår int "kirjaudu" och "koodi" riktigt. Kan ja ring nån?

Koden ä ZK-55812-TR

Gunvor Sjöblom, Larsmo""")

E("sv", "access", False, "Finland-Swedish 'granska mina uppgifter' / 'rätt till insyn'",
  "Eva-Lisa Granholm <eva-lisa.granholm@example.fi>", "Rätt till insyn",
  """Hej,

Jag vill granska de uppgifter som ni har om mig i ert kundregister. Jag har förstått att jag har rätt till insyn i dem. Jag har varit kund i butiken i Jakobstad sedan 2010-talet.

Med vänlig hälsning
Eva-Lisa Granholm""")

E("sv", "portability", False, "asks for own data as CSV in order to move to another service",
  "Daniel Strömberg <daniel.stromberg@example.fi>", "mina data som CSV?",
  """Hej! Kan jag få mina data från nätbutiken (konto, adressbok för julkorten och beställningar) som CSV eller liknande? Jag ska flytta över till en annan tjänst och vill slippa skriva in 60 adresser på nytt.

Daniel""")

E("sv", "access+erasure", False, "first send a copy, then delete everything",
  "Hanna Lönnqvist <hanna.lonnqvist@example.fi>", "Kopia och radering",
  """Hej,

Jag vill först få en kopia av alla uppgifter ni har om mig och mina barn (Theo och Nora Lönnqvist), och när jag har fått den vill jag att ni raderar alltihop, även bilderna från daghemmet.

Tack,
Hanna Lönnqvist""")

E("sv", "", False, "school staff ask how to send class lists securely; no DSR",
  "Christer Lindholm <christer.lindholm@example.fi>", "Klasslistor inför fotograferingen",
  """Hej,

Vi ska skicka klasslistorna inför fotograferingen i Vörå samskola nästa månad. Förra året gick de som vanlig e-postbilaga, men vår nya dataskyddsansvariga på kommunen säger att det inte är tillräckligt säkert.

Har ni någon säker uppladdningstjänst eller krypterad e-post vi kan använda? Listorna innehåller namn, klass och vårdnadshavarnas e-post.

Christer Lindholm
biträdande rektor""")

E("sv", "", True, "retired-mailbox auto-forward notice without headers",
  "Rebecka Lind <rebecka.lind@example.fi>", "Denna adress används inte längre",
  """Denna e-postadress används inte längre och meddelanden läses inte.

Ärenden som gäller Kvevlax daghem sköts från och med 1.8.2026 av föreståndare Minna Klemets, minna.klemets@example.fi.

Ditt meddelande har inte vidarebefordrats.""")

E("sv", "objection", False, "18-year-old upper-secondary student objects to her photo being handed to the school's student register",
  "Alma Fagerholm <alma.fagerholm@example.fi>", "Mitt foto till skolans elevregister",
  """Hej,

Jag går i andra året på gymnasiet i Vasa och fyllde 18 i somras. Jag fick höra att ni skickar porträttbilderna från skolfotograferingen vidare till skolans elevregister och till studiekortet.

Jag motsätter mig att ni lämnar ut min bild till skolan eller till någon annan för sådana ändamål. Ni får fotografera mig för själva skolfotot, men inte använda bilden till annat.

Alma Fagerholm""")

E("sv", "restriction", False, "unlawfully collected personal ID number: do not delete it yet, restrict use, needed as evidence",
  "Jessica Engblom <jessica.engblom@example.se>", "Mitt personnummer",
  """Hej,

När jag bokade passfoto hos er i Vasa i september (jag bodde i Finland då) krävde ert bokningssystem att jag angav mitt personnummer. Det anser jag att ni inte hade rätt till.

Radera det ändå inte ännu. Jag kan behöva uppgifterna för att visa vad som har samlats in. Jag begär i stället att ni begränsar behandlingen: spara uppgifterna men använd dem inte till något och lämna inte ut dem.

Jessica Engblom
Sundsvall""")

E("sv", "complaint", False, "received another family's child photos: calls it a data-protection breach and says she will report it",
  "Ronja Sandqvist <ronja.sandqvist@example.fi>", "Fick någon annans barns bilder",
  """Hej,

I dag kom vår beställning från skolfotograferingen i Pargas, men i kuvertet fanns bilder och inloggningskod för ett helt annat barn, med namn och klass. Det är ett dataskyddsbrott från er sida och jag tänker anmäla det till Dataombudsmannen.

Bilderna lämnar jag i skolans kansli så får ni hämta dem där.

Ronja Sandqvist""")

E("fi", "", False, "subject-only thank-you for delivered order; body is the iPad signature",
  "Minna Hakola <minna.hakola@example.fi>", "Tilaus 7790001 tuli perille, kiitos!",
  """
Lähetetty iPadista""")

E("fi", "", False, "former employee grants permission for her photo to stay in the brochure; near-miss",
  "Jenni Kauppila <jenni.kauppila@example.fi>", "Kuvani esitteessä – ei haittaa",
  """Hei,

kuulin entiseltä työkaverilta, että olette miettineet pitääkö minun kuvani poistaa rippikuvausesitteestä nyt kun lopetin teillä. Ei tarvitse, minusta on ihan ok että kuva on siinä jatkossakin. Hyvää syksyä kaikille!

Jenni Kauppila""")

E("fi", "", False, "knows about access right but wants a new passport photo receipt for a driving licence; near-miss",
  "Raimo Kallioniemi <raimo.kallioniemi@example.fi>", "kuvakuitti ajokorttia varten",
  """Hei

Tiedän että GDPR:n mukaan saisin pyytää kaikki tietoni, mutta tarvitsen nyt vain uuden kuvakuitin (tai sen koodin) ajokorttihakemusta varten. Kävin passikuvassa teillä elokuussa ja kuitti on hukassa. Voinko käyttää samaa kuvaa?

Raimo Kallioniemi
040 123 4567""")

E("fi", "", True, "entrepreneurs' association newsletter signed personally",
  "Pohjanmaan Yrittäjät <jasenposti@yrittajat.example.fi>", "Marraskuun jäsenkirje – Tuija kertoo",
  """Hyvä jäsen,

marraskuu on kiireistä aikaa monelle meistä. Halusin itse muistuttaa, että jäsenetuna saat maksuttoman juristin puhelinneuvonnan myös tietosuoja-asioissa, esimerkiksi jos asiakas pyytää tietojaan tai niiden poistoa.

Lisäksi: pikkujoulut 27.11. Vaasassa, ilmoittaudu 20.11. mennessä.

Lämpimin terveisin
Tuija
toiminnanjohtaja

Et halua enää jäsenkirjettä? Muuta tilausasetuksia jäsenpalvelussa.""")

E("fi", "access", False, "Ostrobothnian spoken Finnish",
  "Veikko Haapala <veikko.haapala@example.fi>", "mitä te ootta kerääny",
  """Terve

Mitä te ootta minusta kerääny ja mihin sitä käytätte? Tuloo postia ja sähköpostia ja tekstareita ja mä en ees muista millon mä oon teillä käyny. Laittakaa selevitys tänne sähköpostiin.

Veikko, Kurikka""")

E("fi", "portability+erasure", False, "transfer my data to me in machine-readable form, then delete the account",
  "Liisa Vainio <liisa.vainio@example.fi>", "Tietojen siirto ja tilin poisto",
  """Hei,

lopetan verkkokauppanne käytön. Pyydän ensin, että toimitatte minulle itse antamani tiedot (tilitiedot, osoitekirja ja kuva-albumien rakenne) koneluettavassa muodossa, jotta voin siirtää ne toiseen palveluun. Kun olen vahvistanut saaneeni tiedoston, poistakaa tilini ja siihen liittyvät tiedot.

Liisa Vainio""")

E("fi", "rectification", False, "guardian reports child's official name change",
  "Anu Mäkinen <anu.makinen@example.fi>", "Lapsen nimenmuutos",
  """Hei,

lapsemme sukunimi on virallisesti muuttunut (Digi- ja väestötietovirasto hyväksyi 10/2026). Ennen: Onni Virtanen, nyt: Onni Mäkinen. Hän on Ristinummen koulun 2B-luokalla. Päivittäkää nimi teidän järjestelmään, niin se on oikein kevään luokkakuvassa ja tilauksissa.

Anu Mäkinen
huoltaja""")

E("fi", "erasure", False, "cites a DPA decision as information, asks deletion of old collection data",
  "Matti Rönkä <matti.ronka@example.fi>", "Vanhat perintätiedot",
  """Hei,

minulla oli teidän kanssa perintäasia vuonna 2019, ja lasku maksettiin kokonaan saman vuoden aikana. Tietosuojavaltuutettu on linjannut aiemmin, että päättyneitä perintätoimia koskevat tiedot on poistettava, kun niitä ei enää tarvita esim. kirjanpitoon.

Pyydän siksi poistamaan kaikki minua koskevat perintään liittyvät tiedot rekisteristänne.

Matti Rönkä""")

E("fi", "objection", False, "objects to own photos being used for product development / AI training",
  "Elina Salmi <elina.salmi@example.fi>", "Kuvien käyttö tuotekehitykseen",
  """Hei,

tietosuojaselosteessanne lukee, että tietoja käytetään "liiketoiminnan kehittämiseen". Kuulin, että tämä tarkoittaa myös asiakaskuvien käyttöä kuvankäsittelyohjelmiston opettamiseen.

Vastustan sitä, että minusta ja lapsistani otettuja kuvia käytetään tuotekehitykseen, tekoälyn opettamiseen tai mihinkään muuhun kuin tilaamiemme kuvien toimittamiseen.

Elina Salmi""")

E("fi", "access", False, "teacher asks what data the company holds about her from staff group photos",
  "Opettaja Kirsi Lahtela <kirsi.lahtela@example.fi>", "Opettajan tiedot",
  """Hei,

olen opettaja Vähänkyrön koulussa ja olen ollut koulun henkilökuntakuvissa joka vuosi vuodesta 2015. Haluaisin tietää, mitä tietoja teillä on minusta: onko kuvat tallessa kaikilta vuosilta ja onko nimeni jossain rekisterissä. Voisitteko lähettää minulle kopion?

Kirsi Lahtela""")

E("fi", "", False, "asks whether an erasure request can be made by phone; procedural question only",
  "Irma Kuusela <irma.kuusela@example.fi>", "Kysymys",
  """Hei, voiko teille tehdä tietojen poistopyynnön puhelimitse vai pitääkö se tehdä kirjallisesti? Kysyn äitini puolesta, hänellä ei ole sähköpostia. Hän miettii vielä haluaako.

Irma""")

E("fi", "marketing_opt_out", False, "formal cancellation of the newsletter subscription",
  "Seppo Huttunen <seppo.huttunen@example.fi>", "Uutiskirjeen peruutus",
  """Hyvät vastaanottajat

Peruutan uutiskirjeenne tilauksen osoitteeseen seppo.huttunen@example.fi. Uutiskirjeen alalaidan peruutuslinkki ei toimi selaimellani.

Kunnioittavasti
Seppo Huttunen""")

E("fi", "restriction+complaint", False, "contests accuracy of debt record, asks restriction; has already reported to the DPA",
  "Johanna Kemppainen <johanna.kemppainen@example.fi>", "Kiistän tiedot – rajoittakaa käsittely",
  """Hei,

rekisterissänne on merkintä, että minulla olisi maksamaton lasku vuodelta 2025 (nro 3019967). Kiistän tämän: en ole koskaan tilannut teiltä mitään kyseisellä tilauksella. Olen jo ilmoittanut tietosuojavaltuutetulle, että käsittelette minusta virheellisiä tietoja.

Vaadin, että rajoitatte tietojeni käsittelyä siihen asti, kunnes olette tarkistaneet tietojen paikkansapitävyyden. Erityisesti tietoja ei saa luovuttaa perintään.

Johanna Kemppainen""")

E("en", "", False, "Estonian asks whether the Finnish passport photo is valid for an Estonian passport",
  "Jaan Ilves <jaan.ilves@example.com>", "photo for estonian passport",
  """Hello, can I take passport photo in your Vaasa shop for Estonian passport? Do you know requirements, and can you send photo to Estonian police (PPA) or I get printed photo? I live in Vaasa 3 years.
Thank you, Jaan""")

E("en", "", False, "EU research project asks to distribute a customer survey; no DSR",
  "Dr. Maria Santos <maria.santos@example.com>", "Invitation: EU research project on consumer trust in photo services",
  """Dear Sir or Madam,

I am the coordinator of a Horizon Europe project studying consumer trust in how small businesses handle personal images. We are recruiting companies in five member states to distribute a short anonymous questionnaire to their customers (via newsletter or a link on the website).

Participating companies receive a benchmarking report. All data collection complies with the GDPR and our ethics approval; companies never share customer data with us.

Would Zoomi be interested? I'd be happy to send more information.

Kind regards,
Maria Santos""")

E("en", "", True, "customer-satisfaction survey from a supplier",
  "Fotovaruste Nordic <survey@fotovaruste.example.com>", "How did we do? Tell us in 1 minute",
  """Hi Zoomi Kuvakaupat,

Thanks for your recent order #FN-220871. We'd love to hear how it went.

How likely are you to recommend Fotovaruste Nordic to a colleague?
0 1 2 3 4 5 6 7 8 9 10

Click a number to answer. It only takes a minute.

You're receiving this email because you placed an order with us.""",
  hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

E("en", "erasure", False, "Ukrainian family moved away, delete children's photos",
  "Olena Shevchenko <olena.shevchenko@example.com>", "Photos of my children",
  """Dear Zoomi,

We lived in Vaasa in 2023–2025 and my children Mariia and Andrii had photos in school and kindergarten. Now we moved to Ireland. Please delete all photos of my children and our information from your system, we don't need anything more.

Thank you for everything,
Olena Shevchenko""")

E("en", "access+complaint", False, "online-generator DSAR with conditional threat to complain to 'the ICO' (wrong authority)",
  "Ben Whitaker <ben.whitaker@example.com>", "Data Subject Access Request (DSAR)",
  """Dear Data Protection Officer,

I am writing to make a data subject access request under Article 15 of the General Data Protection Regulation. Please supply all personal data you hold about me, including:

- emails, notes and call recordings relating to me
- order, booking and payment records
- photographs of me

together with the purposes of processing, the recipients and the retention period.

I expect a response within one calendar month. If I do not receive a complete response within that time, I will lodge a complaint with the Information Commissioner's Office.

Yours sincerely,
Ben Whitaker
(previously resident in Vaasa, now Leeds)""")

E("en", "portability", False, "exchange student wants to download all data to move it to another service",
  "Ana Costa <ana.costa@example.com>", "download my data",
  """Hi! I want to download all the data from my account (I made 2 photobooks for my Erasmus year) so I can move it to another photobook service in Portugal. Can you send it in some format the other service can read? CSV or JSON or whatever you have. Obrigada!
Ana""")

E("en", "objection", False, "domestic-violence victim objects under Art 21(1) to legitimate-interest processing",
  "R. Hassan <r.hassan@example.com>", "Objection – personal safety",
  """Dear Sir/Madam,

I object under Article 21(1) GDPR to the processing of my personal data based on your legitimate interests, including customer-relationship marketing, analytics and any sharing with third parties.

My grounds relate to my particular situation: I have left a violent relationship and my new address and phone number must not end up anywhere my former partner could see them. He has in the past used shared family accounts (including for photo orders) to find me.

Please confirm which processing you have stopped.

R. Hassan""")

E("en", "", False, "short thanks after opt-out confirmation; asks nothing",
  "Paul Evans <paul.evans@example.com>", "Re: Your marketing preferences have been updated",
  """ok thanks

Sent from my phone""")
