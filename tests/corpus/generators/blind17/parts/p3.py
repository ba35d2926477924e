from parts.common import E

E("fi", "portability", False, "asks to transfer data and photos directly to another photo company",
  "Laura Björklund <laura.bjorklund@example.fi>", "Tietojen siirto Kuvapörssille",
  """Hei,

olen siirtämässä kuvapalvelut Kuvapörssi Oy:lle. Voisitteko siirtää minun asiakastietoni, tilaushistoriani ja verkkogalleriani kuvat suoraan heille? Heidän yhteyshenkilönsä on Tero Mäki, tero.maki@kuvaporssi.example.fi. Jos suora siirto ei onnistu, lähettäkää tiedot minulle tiedostona jonka voin itse toimittaa heille.

Laura Björklund""")

E("fi", "erasure+complaint", False, "photo still online after two requests, asks how to complain to the DPA",
  "Kimmo Aalto <kimmo.aalto@example.fi>", "kuva on yhä sivuillanne",
  """Pyysin syyskuussa ja uudestaan lokakuussa että poikani kuva poistetaan teidän Instagramista. Se on siellä edelleen. Ottakaa se pois.

Miten voin valittaa tietosuojavaltuutetulle? Olen aika kyllästynyt tähän.

Kimmo Aalto""")

E("fi", "objection", False, "objects to children's photos being used for product development or AI",
  "Noora Seppälä <noora.seppala@example.fi>", "lasten kuvat ja tekoäly",
  """Hei

Luin tietosuojaselosteestanne että käytätte tietoja myös "liiketoiminnan kehittämiseen". Tarkoittaako tämä esim. kuvanmuokkausohjelmien tai tekoälyn opettamista asiakkaiden kuvilla? Joka tapauksessa en halua että minun tai lasteni kuvia tai tietoja käytetään mihinkään kehitystyöhön. Kuvat on tilattu koulukuviksi ja siihen niitä saa käyttää.

Noora Seppälä""")

E("fi", "erasure", False, "16-year-old boy, photo in shop window",
  "Eemeli K <eemeli.kangas09@example.fi>", "näyteikkuna",
  """moi. teidän liikkeen ikkunassa vasaratiellä on mun kuva isona siinä mainoksessa "ylioppilaskuvat". en oo ikinä ollu ylioppilas ja kaikki kaverit naureskelee. ottakaa se kuva pois sieltä. eemeli kangas 16v""")

E("fi", "", True, "Posti notice that a parcel was returned to sender",
  "Posti <noreply@posti.example.fi>", "Lähetyksesi JJFI65432100001234567 on palautettu lähettäjälle",
  """Hei,

lähetys JJFI65432100001234567 on palautumassa lähettäjälle, koska sitä ei noudettu määräaikaan mennessä.

Lähettäjä: Zoomi Kuvakaupat Oy
Vastaanottaja: M. Hakkarainen, 65100 Vaasa

Seuraa lähetystä: posti.example.fi/seuranta

Tähän viestiin ei voi vastata.""")

E("fi", "", True, "debt collection agency monthly report",
  "OK-perintä Raportointi <raportit@okperinta.example.fi>", "Toimeksiantajaraportti 11/2026 – Zoomi Kuvakaupat Oy",
  """Hyvä toimeksiantaja,

marraskuun 2026 toimeksiantajaraportti on valmis ja ladattavissa extranet-palvelusta.

Uudet toimeksiannot: 14
Perityt kpl: 9
Tilitetty pääoma: 612,40 EUR
Avoimet toimeksiannot yhteensä: 37

Kirjaudu: extranet.okperinta.example.fi

Tämä on automaattinen viesti.""")

E("fi", "", True, "out-of-office reply without auto headers",
  "Juha Palo <juha.palo@example.fi>", "Poissa: Luokkakuvat 2026",
  """Olen poissa toimistolta 16.–20.11. Viestisi on vastaanotettu, mutta en lue sähköpostia säännöllisesti. Palaan asiaan maanantaina 23.11.

Juha Palo
rehtori, Onkilahden koulu""")

E("fi", "", True, "weekly booking report from Slotti",
  "Slotti Raportit <raportit@slotti.example.com>", "Viikkoraportti vk 47: Zoomi Vaasa",
  """Viikkoraportti 16.11.–22.11.2026

Varauksia yhteensä: 63
– Passikuvaus: 41
– Perhekuvaus: 9
– Yrityskuvaus: 8
– Muut: 5
Peruutuksia: 6
Käyttämättömiä aikoja: 12 %

Katso tarkemmat tiedot Slotti-hallinnasta.

Slotti Oy | Et halua raportteja? Muuta asetuksia hallinnassa.""")

E("fi", "", False, "grandmother asks how to order grandchild's school photos",
  "Helmi Saarinen <helmi.saarinen@example.fi>", "Lapsenlapsen koulukuvat",
  """Hyvää päivää

Minulla on lapsenlapsi Vilma Saarinen joka käy Ristinummen koulua 1. luokkaa. Tytär sanoi että kuvat on teillä ja niitä voi tilata koodilla. Minulla ei ole koodia. Voinko minä tilata kuvan itselleni vai pitääkö tyttären tilata? Olen 78-vuotias enkä osaa kauheasti tietokonetta.

Ystävällisesti
Helmi Saarinen""")

E("fi", "", False, "asks to be sent the privacy notice",
  "Ari Mustonen <ari.mustonen@example.fi>", "tietosuojaseloste",
  """Hei, voisitteko lähettää tietosuojaselosteenne pdf:nä? Nettisivujen linkki ei toimi (tulee 404). Tarvitsen sen yhdistyksemme hallitukselle, kun mietimme teitä junioreiden joukkuekuvaajaksi.

Ari Mustonen
VPS Juniorit ry""")

E("fi", "", False, "changed mind about marketing, wants newsletter back",
  "Merja Hautala <merja.hautala@example.fi>", "uutiskirje takaisin",
  """Hei, kielsin keväällä kaiken markkinoinnin mut nyt huomasin että jäin paitsi niistä joulualennuksista :D Saisko uutiskirjeen takaisin tähän samaan osoitteeseen?

Merja""")

E("fi", "rectification", False, "follow-up: name was to be corrected a month ago, still wrong",
  "Kristiina Vähäkangas <kristiina.vahakangas@example.fi>", "Re: nimen korjaus",
  """Hei uudelleen,

pyysin 15.10. korjaamaan nimeni (Vähäkangas, ei Vahakangas). Eilen tuli tilausvahvistus ja nimi on edelleen väärin ilman ä-kirjaimia. Voisitteko tarkistaa onko korjausta tehty ollenkaan.

Kristiina Vähäkangas""")

E("fi", "complaint", False, "informs the company she has filed a complaint with the DPA; company in copy",
  "Eveliina Harju <eveliina.harju@example.fi>", "Ilmoitus tietosuojavaltuutetulle / tiedoksi",
  """Tiedoksi Zoomi Kuvakaupat Oy:lle.

Olen tänään tehnyt tietosuojavaltuutetun toimistolle ilmoituksen (Ilmoitus tietosuojavaltuutetulle -lomake) koskien sitä, että lapseni luokkakuva oli julkisesti kenen tahansa nähtävissä verkkogalleriassanne ilman salasanaa syys–lokakuussa 2026. Pyysin asiaa korjattavaksi 6.10. ja galleria suljettiin vasta 2.11.

Eveliina Harju""",
  to="tietosuoja@om.example.fi, Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>")

E("fi", "rectification+restriction", False, "disputes a 'payment default' flag on his account; don't use it until fixed",
  "Pasi Koskinen <pasi.koskinen@example.fi>", "Väärä merkintä asiakastiedoissa",
  """Hei,

verkkokauppa ei anna valita laskua maksutavaksi ja asiakaspalvelusta kerrottiin puhelimessa että tililläni on merkintä "maksuhäiriö / vain ennakkomaksu". Se ei pidä paikkaansa, kaikki laskuni on maksettu ajallaan (voin toimittaa tiliotteet).

Korjatkaa merkintä. Siihen asti kun asia on tarkistettu, merkintää ei saa käyttää mihinkään.

Pasi Koskinen""")

E("fi", "portability", False, "wants all own data in an electronic form importable to another system",
  "Heikki Vainio <heikki.vainio@example.fi>", "tiedot sähköisesti",
  """Päivää. Kuulin että verkkokauppanne vanha galleriapalvelu lopetetaan. Pyydän kaikki antamani tiedot ja lataamani kuvat sähköisessä muodossa, jonka voin tuoda toiseen järjestelmään (esim. zip + json tai csv). Ei paperitulosteita.

Heikki Vainio""")

E("fi", "access", False, "never a customer, asks where they got his e-mail",
  "Toni Lehtinen <toni.lehtinen@example.fi>", "mistä sähköposti",
  """En oo koskaan asioinut teillä mutta saan teidän uutiskirjettä. Mistä ootte saanut mun sähköpostin ja mitä muuta teillä on musta?""")

E("fi", "rectification+access", False, "fix phone number and send what else they have",
  "Mervi Östman <mervi.ostman@example.fi>", "puhelinnumero",
  """Hei! Vaihtakaa mun puhelinnumero 050 987 6543 (vanha oli 040 333 2211) ja laittakaa samalla tietoa mitä muuta teillä on musta tallessa, ihan mielenkiinnosta.

Mervi""")

E("fi", "erasure+objection+marketing_opt_out", False, "delete data, stop all processing and marketing",
  "Raimo Saarela <raimo.saarela@example.fi>", "Poistopyyntö",
  """Poistakaa kaikki tietoni asiakasrekisteristänne, lopettakaa niiden kaikenlainen käsittely ja älkää lähettäkö minulle enää mitään markkinointia missään muodossa.

Raimo Saarela
Isokyrö""")

E("fi", "", False, "asks which cookies the web shop uses",
  "Jaana Karppinen <jaana.karppinen@example.fi>", "evästeet",
  """Hei, mitä evästeitä teidän verkkokauppa käyttää ja mihin? Evästebannerissa lukee vain "välttämättömät ja analytiikka", ja mietin kannattaako hyväksyä. Kiitos vastauksesta.

Jaana""")

E("fi", "access", False, "asks why his data was handed to the debt collector",
  "Veli-Matti Niemi <velimatti.niemi@example.fi>", "miksi perintään?",
  """Sain OK-perinnältä kirjeen. Miksi annoitte tietoni perintään ja mitä tietoja sinne tarkalleen annoitte? Laskua en ole saanut ikinä, vain tämän perintäkirjeen. Haluan nähdä mitä teillä on minusta merkittynä ja mihin osoitteeseen se lasku on lähetetty.

Veli-Matti Niemi""")

E("fi", "portability", False, "reminder of a data export request",
  "Riikka Peltonen <riikka.peltonen@example.fi>", "Re: tiedot ja kuvat toiseen palveluun",
  """Hei uudestaan, joko tiedostot on tulossa? Pyysin 2.11. tiedot ja kuvat koneluettavassa muodossa. Toinen palvelu sulkee tarjouksensa joulukuun lopussa niin olisi kiva saada ne ennen sitä.

Riikka

> Voisitteko antaa kaikki mun tiedot ja tilaushistorian sellaisessa koneluettavassa muodossa, että saan ne siirrettyä sinne, esim. csv tai json + kuvat zip-pakettina?""")

E("sv", "access", False, "guardian asks for register extract about child (Närpes)",
  "Camilla Nyman <camilla.nyman@example.fi>", "Registerutdrag för mitt barn",
  """Hej,

min son Elias Nyman (åk 4, Närpes centralskola) fotograferades i september. Jag skulle vilja veta vilka uppgifter ni har om honom, alltså namn, klass, bilder och vad skolan har lämnat till er. Kan ni skicka ett registerutdrag?

Tack på förhand
Camilla Nyman""")

E("sv", "marketing_opt_out", False, "short newsletter unsubscribe",
  "Bo Sundqvist <bo.sundqvist@example.fi>", "nyhetsbrev",
  """Avregistrera mig från nyhetsbrevet tack. /Bo""")

E("sv", "erasure", False, "delete my account, had one order",
  "Sofia Holm <sofia.holm@example.se>", "Radera mitt konto",
  """Hej!

Jag gjorde en enda beställning hos er för två år sedan (fotokalender till mormor). Nu vill jag att ni raderar mitt konto och allt ni har om mig.

Mvh Sofia Holm
Umeå""")

E("sv", "", True, "Swedish out-of-office with auto header",
  "Annika Granholm <annika.granholm@example.fi>", "Frånvarande: Gruppfoton daghem Solrosen",
  """Tack för ditt meddelande. Jag är på semester till och med 30.11 och har begränsad tillgång till e-post. I brådskande ärenden, kontakta daghemmets telefon 06 234 5678.

Annika Granholm
föreståndare, daghemmet Solrosen""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

E("sv", "", False, "reklamation about wrong size prints",
  "Henrik Lassila <henrik.lassila@example.fi>", "Reklamation order W-769914",
  """Hej,

jag beställde 10 st 10x15 men fick 9x13. Det syns tydligt i fotoalbumet som är anpassat för 10x15. Vill ha rätt storlek skickad eller pengarna tillbaka.

Henrik Lassila
Jakobstad""")

E("sv", "portability", False, "wants data as CSV to move to another provider",
  "Malin Eriksson <malin.eriksson@example.se>", "Mina uppgifter som CSV?",
  """Hej! Kan jag få mina uppgifter (kundkonto, beställningar, adresser) som CSV-fil eller liknande maskinläsbart format? Jag ska flytta allt till en annan fotoleverantör och vill slippa knappa in allt igen.

Hälsningar Malin""")

E("sv", "objection", False, "objects to data being handed to debt collection, says the product was returned",
  "Kenneth Backman <kenneth.backman@example.fi>", "Inkasso",
  """Hej

Jag returnerade canvastavlan inom ångerrätten (returkvitto finns) men nu har jag fått krav från OK-perintä. Jag motsätter mig att ni lämnar ut mina uppgifter till inkasso för en faktura som inte ska finnas.

Kenneth Backman""")

E("sv", "erasure+complaint", False, "says she has reported them to the DPA after ignored erasure request",
  "Linnea Strömberg <linnea.stromberg@example.fi>", "Fortfarande inte raderat",
  """Jag bad er den 1 september att radera mina och mina barns uppgifter och bilder. Ingen har svarat och i dag fick jag ett nytt erbjudande från er per post. Jag har nu anmält er till Dataombudsmannen.

Radera allt omedelbart.

Linnea Strömberg""")

E("sv", "marketing_opt_out", False, "elderly man asks them to stop calling with offers",
  "Gunnar Wikström <gunnar.wikstrom@example.fi>", "Telefonsamtal",
  """Goddag,

Jag har blivit uppringd flera gånger av en försäljare från er som erbjuder fotokalendrar. Jag är 81 år och har inget behov. Var snälla och sluta ringa mig. Mitt nummer är 06 345 6789.

Med vänlig hälsning
Gunnar Wikström
Korsholm""")

E("sv", "", False, "cancels a family photo booking",
  "Jessica Sjöholm <jessica.sjoholm@example.fi>", "Avboka familjefotografering",
  """Hej! Jag måste tyvärr avboka vår tid för familjefotografering lördag 12.12 kl 11. Barnen är sjuka. Kan vi få en ny tid i januari istället?

Jessica Sjöholm""")
