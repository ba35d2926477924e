from parts.common import E

E("fi", "access", False, "daughter writes for elderly mother with power of attorney",
  "Kaisa Östman <kaisa.ostman@example.fi>", "Äitini tiedot",
  """Hei,

kirjoitan äitini Elsa Östmanin (s. 1938) puolesta. Minulla on hänen antamansa yleisvaltakirja, jonka voin lähettää pyydettäessä. Äiti on saanut teiltä viime aikoina useita kirjeitä ja laskun, jota hän ei muista tilanneensa, ja hän on asiasta hyvin hämillään.

Pyytäisimme selvitystä siitä, mitä tietoja teillä on hänestä, mitä hän on tilannut ja milloin, ja mistä osoitetiedot on saatu.

Ystävällisin terveisin
Kaisa Östman
puh. 050 301 4455""")

E("fi", "erasure", False, "speech-to-text phone message, broken words",
  "Ritva Lehtonen <ritva.lehtonen@example.fi>", "Ei aihetta",
  """hei tässä ritva lehtonen poistakaa minun tieto ni kaikki teidän järjestelmästä en oo asiakas enää piste kiitos""")

E("fi", "erasure+objection", False, "web analytics: delete analytics data and stop tracking",
  "Ilkka Hyvönen <ilkka.hyvonen@example.fi>", "Analytiikka ja minun tietoni",
  """Hei,

käytän verkkokauppaanne kirjautuneena, joten oletan että Google Analyticsiin kertyvä käyttäytymisdata on yhdistettävissä minuun. Vastustan tietojeni käsittelyä analytiikkatarkoituksiin. Lisäksi pyydän, että jo kerätyt analytiikkatiedot minusta poistetaan, myös Googlen puolelta (user deletion).

Ilkka Hyvönen""")

E("fi", "", False, "estate asks final invoices be sent to the estate",
  "Pirjo Salonen <pirjo.salonen@example.fi>", "Kuolinpesä / Väinö Salonen",
  """Hei,

isämme Väinö Salonen kuoli syyskuussa. Hoidan kuolinpesän asioita. Pyydämme, että mahdolliset avoimet laskut lähetetään kuolinpesälle osoitteeseen c/o Pirjo Salonen, Rantakatu 3, 65100 Vaasa. Perukirjoitus on marraskuussa.

Pirjo Salonen""")

E("fi", "marketing_opt_out", False, "no umlauts, short: stop ads",
  "Matti Hakkarainen <mhakkarainen@example.fi>", "mainokset",
  """alkaa laittako enaa niita joulukortti mainoksia sahkopostiin eika kirjeena. kiitos""")

E("fi", "rectification", False, "guardian: child's surname changed",
  "Johanna Kivelä <johanna.kivela@example.fi>", "Lapsen sukunimi on muuttunut",
  """Hei,

poikani nimi on muuttunut syksyllä: hän on nykyään Aleksi Kivelä (aiemmin Aleksi Rautio). Koulukuvauksen tilausjärjestelmässä ja koulun luokkalistassa teillä on vielä vanha nimi. Korjaattehan tiedot, ettei kuvaan tule väärää nimeä. Olen Aleksin huoltaja.

Johanna Kivelä""")

E("fi", "", True, "Finnish out-of-office with Auto-Submitted",
  "Timo Laitinen <timo.laitinen@example.fi>", "Automaattinen vastaus: Kuvauspäivän vahvistus",
  """Olen lomalla 26.10.–6.11. enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä päiväkodin johtajaan, puh. 040 222 3344.

Timo Laitinen
varhaiskasvatuksen opettaja""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "access", False, "guardian asks for everything collected about child at school photography",
  "Mikko Holmström <mikko.holmstrom@example.fi>", "Lapsestani kerätyt tiedot",
  """Hyvä vastaanottaja

Tyttäreni Ella (3. lk, Merenkurkun koulu) kuvattiin syyskuussa. Lähettäkää minulle kaikki tiedot ja kuvat, jotka olette hänestä keränneet, sekä tieto siitä, mitä koulu on teille hänestä toimittanut ja mitä te olette toimittaneet koululle. Olen Ellan huoltaja, ja tämä sähköposti on se, jolla kuvatilauksen kirjautumiskoodi tuli.

Mikko Holmström""")

E("fi", "marketing_opt_out+complaint", False, "repeated opt-out, conditional DPA threat",
  "Anneli Virtanen <anneli.virtanen@example.fi>", "Markkinointikielto – toinen kerta",
  """Hei,

kielsin jo elokuussa kaiken markkinoinnin teidän asiakaspalveluun. Silti sain eilen taas tarjousviestin. Lopettakaa nyt heti kaikki mainokset minulle.

Jos vielä yksikin viesti tulee, teen ilmoituksen tietosuojavaltuutetulle.

Anneli Virtanen""")

E("fi", "", False, "lawyer demands compensation for damaged order, no GDPR",
  "Asianajotoimisto Lakeus <toimisto@lakeus.example.fi>", "Vaatimus / tilaus 58802",
  """Zoomi Kuvakaupat Oy

Edustamme asiakastanne Kimmo Ranta. Tilauksen 58802 (hääkuva-albumi) toimitus myöhästyi viisi viikkoa ja albumi saapui vahingoittuneena. Päämiehemme vaatii tilaushinnan palauttamista kokonaisuudessaan (420 €) 14 päivän kuluessa. Muussa tapauksessa asia viedään kuluttajariitalautakuntaan tai käräjäoikeuteen.

Kunnioittavasti
Asianajotoimisto Lakeus
Varatuomari Leena Koski""")

E("fi", "portability", False, "spoken Finnish: download all my data for another service",
  "Juho Nieminen <juho.nieminen@example.fi>", "datat ulos",
  """moikka, onks mahollista saada kaikki mun tiedot teiltä ladattua semmosessa muodossa et ne saa siirrettyy toiseen palveluun? siis tilaukset, osotteet ja ne kuvat jotka oon ladannu kuvakirjaa varten. ois kiva jos ois joku zip tai csv

juho""")

E("fi", "erasure", False, "old debt collection ended years ago, delete collection records",
  "Kari Mäenpää <kari.maenpaa@example.fi>", "Vanhat perintätiedot",
  """Hei,

minulla oli teille maksamaton lasku vuonna 2018, ja se hoidettiin OK-perinnän kautta loppuun jo 2019. Asia on siis ollut selvä yli viisi vuotta.

Pyydän, että poistatte perintään liittyvät merkinnät ja muut tiedot minusta, joita ei enää tarvita mihinkään. Kirjanpidon takia pakko säilyttää -tiedot ymmärrän.

Kari Mäenpää""")

E("fi", "", False, "cancel appointment tomorrow",
  "Liisa Jokinen <liisa.jokinen@example.fi>", "peruutus",
  """Hei, perun huomisen klo 10 passikuva-aikani, tytär sairastui. Varaan uuden myöhemmin. Liisa Jokinen""")

E("fi", "restriction", False, "partly withdraws deletion: keep photos for dispute but do not use",
  "Esa Karjalainen <esa.karjalainen@example.fi>", "Re: Poistopyyntö / muutos",
  """Hei,

pyysin viime viikolla poistamaan kaikki tietoni. Muutan pyyntöä: älkää poistako vielä niitä kuvia ja tilaustietoja, jotka liittyvät kesäkuun kuvaukseen, koska tarvitsen ne vakuutusyhtiön kanssa käytävään korvausasiaan. Pitäkää ne tallessa, mutta älkää käyttäkö niitä mihinkään muuhun ennen kuin ilmoitan asian olevan ohi.

Esa Karjalainen

> Hei, poistakaa kaikki tietoni järjestelmistänne. Esa""")

E("sv", "erasure", False, "father asks to delete daughter's daycare photos",
  "Fredrik Holmberg <fredrik.holmberg@example.fi>", "Min dotters bilder",
  """Hej,

min dotter Ella Holmberg fotograferades på daghemmet Trollebo i våras. Vi köpte inga bilder. Jag vill att ni raderar hennes bilder och uppgifter. Jag är vårdnadshavare tillsammans med hennes mamma som också vet om detta.

Fredrik Holmberg""")

E("sv", "access", False, "one-liner with typo registreutdrag",
  "Maj-Lis Nordman <majlis.nordman@example.fi>", "registreutdrag",
  """registreutdrag tack. / Maj-Lis Nordman, Närpes""")

E("sv", "access+portability", False, "copy of data, preferably as CSV",
  "Tobias Eklund <tobias.eklund@example.fi>", "Mina uppgifter",
  """Hej,

jag skulle vilja ha en kopia av alla uppgifter ni har om mig. Gärna i CSV eller annat maskinläsbart format så att jag kan föra över beställningshistoriken till mitt nya fotoarkivprogram.

Tobias""")

E("sv", "", True, "parental leave auto-reply",
  "Jessica Vikström <jessica.vikstrom@example.fi>", "Autosvar: Personalfotografering 2026",
  """Hej!

Jag är föräldraledig till och med 31.3.2027. Ärenden som gäller personalfrågor sköts under tiden av Malin Hed, malin.hed@example.fi.

Jessica Vikström""",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

E("sv", "marketing_opt_out", False, "older man forbids use of data for advertising",
  "Holger Blomqvist <holger.blomqvist@example.fi>", "Reklam",
  """Till Zoomi

Jag förbjuder er att använda mina uppgifter för reklam av något slag. Jag har fått tre brev på en månad om julkort och familjefotografering. Jag är 82 år och behöver inga familjefoton.

Holger Blomqvist
Kristinestad""")

E("sv", "", False, "where is my order",
  "Linda Sjöberg <linda.sjoberg@example.fi>", "Var är min beställning?",
  """Hej, jag beställde skolfoton för två veckor sedan (order 61012) men har inte fått något. Har de skickats?
Linda""")

E("sv", "rectification", False, "daycare forwards parent's notice of changed surname",
  "Daghemmet Vildvittran <vildvittran@example.fi>", "VB: Ändrat efternamn",
  """Hej,

vi vidarebefordrar ett meddelande från en förälder. Vi har redan ändrat namnet i våra egna listor.

Hälsningar
Daghemmet Vildvittran, Korsholm

-----Ursprungligt meddelande-----
Från: Sofia Mattsson
Skickat: 2 november 2026
Ämne: Nytt efternamn

Hej! Ville bara meddela att Noah nu heter Noah Mattsson och inte Noah Berg. Kan ni se till att fotografen också får veta så att namnet blir rätt hos dem? /Sofia""")

E("sv", "erasure", False, "delete everything incl. student photos 2019",
  "Alexander Wikström <alexander.wikstrom@example.fi>", "Radera",
  """Hej,

radera allt ni har om mig, också bilderna från studentfotograferingen 2019 och kontot i webbutiken. Jag har flyttat till Åbo och tänker inte beställa något mer.

Alexander Wikström""")

E("sv", "", False, "general question: can a 15-year-old request own data",
  "Monica Storbacka <monica.storbacka@example.fi>", "Fråga om barn och personuppgifter",
  """Hej,

jag är lärare och vi diskuterar dataskydd på lektionerna. En elev undrade: kan en 15-åring själv begära att få veta vilka uppgifter ett fotoföretag har om hen, eller måste föräldrarna göra det? Jag frågar allmänt, ingen särskild elev.

Monica Storbacka, lärare""")

E("en", "erasure+complaint", False, "says keeping data after account closure violates GDPR",
  "Nathan Cole <nathan.cole@example.com>", "Right to be forgoten",
  """I closed my account in your web shop in March and you STILL send me 'we miss you' emails, so obviously you kept my data. This is a GDPR violation.

Delete everything you have on me. I want to be forgoten, completely.

N. Cole""")

E("en", "access", False, "father asks to see data about daughter, joint custody",
  "Stefan Kowalski <stefan.kowalski@example.com>", "Data about my daughter",
  """Hello,

my daughter Maja Kowalska attends Vaskiluodon päiväkoti and was photographed by you this autumn. Her mother and I share custody and the photo order was made by her mother. Can I see the data you store about my daughter and the photos taken? My e-mail may not be in your system, but I can give you the photo code from the information sheet (VK-3381).

Stefan Kowalski""")

E("en", "", False, "complaint about rude staff, no GDPR",
  "Grace Mitchell <grace.mitchell@example.com>", "Very disappointing visit",
  """Hi,

I visited your studio yesterday for passport photos for my two kids. The staff member was impatient and rude with my 3-year-old, who was scared. We were out in five minutes and the photos look awful. I expect better for the price you charge. Please pass this on to the manager.

Grace Mitchell""")

E("en", "restriction", False, "contests accuracy of billing data, pause processing",
  "Ahmed Karimi <ahmed.karimi@example.com>", "Incorrect invoice - please pause",
  """Hello,

I received an invoice for a family photo session in my name, but I have never booked one. The address on it is my old flat in Palosaari. I contest that this data belongs to me. Until you have checked this, please restrict processing of my data: no reminders, no collection, no marketing use. Do not delete anything either, as I may need it if this turns out to be identity theft.

Ahmed Karimi""")

E("en", "", True, "newsletter digest from other firm, no auto headers",
  "Photography Weekly <digest@photoweekly.example.com>", "Your weekly digest: 5 lighting tricks for school portraits",
  """PHOTOGRAPHY WEEKLY — Issue 312

1. Five lighting tricks for school portraits
2. Is film coming back? Our readers answer
3. Review: the new 85 mm f/1.4 lenses compared

Read online: https://photoweekly.example.com/312

You are receiving this because you subscribed at photoweekly.example.com. Manage preferences or unsubscribe at any time.""")

E("en", "marketing_opt_out", False, "SMS reply STOP via SMS-to-email gateway",
  "+358401234567 <358401234567@sms.example.fi>", "SMS reply",
  """STOP""")

E("en", "erasure+objection+marketing_opt_out", False, "objects to processing incl. marketing and wants deletion",
  "Victoria Hale <victoria.hale@example.com>", "Objection and erasure",
  """Dear Zoomi,

I object to any further processing of my personal data by your company, including for marketing, analytics and so-called business development. Given this objection, please also erase all data you hold on me, as there is no reason left to keep it.

Regards,
Victoria Hale""")
