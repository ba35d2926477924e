from parts.common import E

E("fi", "", True, "customer satisfaction survey from survey tool",
  "Zoomi Kuvakaupat palaute <kysely@survey.example.com>", "Miten onnistuimme? Vastaa 2 minuutin kyselyyn",
  """Hei,

kiitos kun asioit Zoomi Kuvakaupoissa 4.11.2026. Kerro meille, miten onnistuimme – kyselyyn vastaaminen vie noin kaksi minuuttia.

Vastaa kyselyyn: survey.example.com/s/8812-ZK

Vastaajien kesken arvomme 50 euron lahjakortin.

Et halua enää kyselyjä? Peru tästä.""")

E("fi", "erasure", False, "teen (16) writes in own name to delete her photos from web gallery",
  "Venla Heikkilä <venla.heikkila@example.fi>", "mun kuvat",
  """Moi, oon Venla ja oon 16. Teillä on mun kuvia siinä nettigalleriassa missä on meidän lukion tanssiesityksen kuvat. Haluun että mun kuvat poistetaan sieltä ja teidän arkistosta. En oo antanu lupaa niiden julkasuun

Venla Heikkilä""")

E("fi", "", False, "asks to change delivery address for a pending order (order operation)",
  "Reijo Mäkinen <reijo.makinen@example.fi>", "Toimitusosoite tilaukseen 61022",
  """Hei, voisitteko vaihtaa tilauksen 61022 toimitusosoitteeksi Sepänkatu 4, 65100 Vaasa? Paketti pitäisi mennä isälleni eikä minulle. Kiitos!

Reijo""")

E("fi", "access+portability", False, "copy of data plus machine-readable transferable file",
  "Anu Turunen <anu.turunen@example.fi>", "Tietopyyntö + siirto",
  """Hei,

pyydän kopion kaikista minua koskevista henkilötiedoista, joita Zoomi Kuvakaupat käsittelee.

Lisäksi pyydän, että itse antamani tiedot (asiakastiedot, tilaukset, lataamani kuvat) toimitetaan minulle jäsennellyssä, yleisesti käytetyssä ja koneluettavassa muodossa, jotta voin siirtää ne toiselle palveluntarjoajalle (tietosuoja-asetuksen 20 artikla).

Anu Turunen""")

E("fi", "", False, "price question for staff photo shoot for company, B2B",
  "Tuomas Leino <tuomas.leino@example.fi>", "Tarjouspyyntö henkilöstökuvaus",
  """Hei,

pyytäisin tarjousta henkilöstökuvauksesta noin 25 hengelle tammikuussa. Kuvat tulisivat kotisivuille ja LinkedIniin. Pystyttekö tulemaan paikan päälle Vaasan keskustaan?

Tuomas Leino
Talouspäällikkö, Pohjanmaan Tilit Oy""")

E("fi", "marketing_opt_out", False, "remove from mailing list, polite, signature",
  "Outi Hirvonen <outi.hirvonen@example.fi>", "postituslista",
  """Hei,

voisitteko ystävällisesti poistaa minut sähköpostilistaltanne? Kiitos.

Outi Hirvonen
Projektipäällikkö
Vaasan kaupunki, sivistystoimi
p. 040 120 3456""")

E("fi", "objection", False, "father objects to child's photo being given to school for pupil register",
  "Mika Kärkkäinen <mika.karkkainen@example.fi>", "Kuvan luovutus koululle",
  """Hei,

kuvauspäivän tiedotteessa luki, että yksilökuvat toimitetaan myös koululle Wilmaan ja oppilaskorttiin. Vastustan sitä, että poikani Eetun kuvaa luovutetaan koululle tähän tarkoitukseen. Tilaamme kyllä kuvat itsellemme.

Mika Kärkkäinen""")

E("fi", "", False, "asks if photos can be picked up instead of mailed",
  "Katriina Ahola <katriina.ahola@example.fi>", "nouto liikkeestä",
  """Voiko kuvat hakea suoraan teidän liikkeestä? Asun ihan lähellä ja postimaksu tuntuu turhalta. Tilaus tehty eilen, nro 61340.

-Katriina""")

E("fi", "restriction+objection", False, "objects to debt collection and asks to suspend processing while objection assessed",
  "Juha Vesterinen <juha.vesterinen@example.fi>", "Vastustus ja käsittelyn rajoittaminen",
  """Hei,

vastustan tietojeni käsittelyä perintätarkoituksessa, koska kuvat toimitettiin väärään osoitteeseen enkä ole saanut niitä koskaan (ks. reklamaatio 28.9.). Pyydän samalla, että tietojeni käsittelyä rajoitetaan, kunnes olette arvioineet vastustukseni, eli laskua ei siirretä OK-perintään sillä välin.

Juha Vesterinen
Vaasantie 120, 66400 Laihia""")

E("fi", "access", False, "asks who can see pupil photos; whether given to others",
  "Sofia Lundqvist <sofia.lundqvist@example.fi>", "Kenellä on pääsy kuviin",
  """Hei,

kenelle olette antaneet tytärtäni koskevia tietoja ja kuvia päiväkotikuvauksen jälkeen? Onko niitä annettu päiväkodille, kaupungille tai muille? Haluaisin tietää tarkalleen, mitä hänestä on tallennettu.

Sofia Lundqvist""")

E("fi", "", False, "complaint about photographer's behaviour, customer service not DSR",
  "Irma Laitinen <irma.laitinen@example.fi>", "Palaute kuvaajasta",
  """Hei,

haluan antaa palautetta kuvaajasta joka kävi tiistaina Kappelinmäen päiväkodissa. Lapset kertoivat että kuvaaja oli kiireinen ja tiuski, ja meidän tyttö itki koko kuvan ajan. Kuvat ovat sen mukaisia. Toivoisin että tähän kiinnitetään huomiota ja että saisimme uusintakuvauksen.

Irma Laitinen""")

E("fi", "marketing_opt_out+objection", False, "no marketing, and no GA tracking",
  "Ronja Aalto <ronja.aalto@example.fi>", "mainonta ja seuranta pois",
  """hei
en halua mitään mainoksia enää teiltä (sähköposti eikä tekstari). lisäks en halua et mun käyttöä verkkokaupassa seurataan google analyticsilla, vastustan sitä.
ronja""")

E("fi", "rectification", False, "business customer contact person changed; update organisation contact",
  "Henna Pulkkinen <henna.pulkkinen@example.fi>", "Yhteyshenkilön tiedot",
  """Hei,

olen Henna Pulkkinen ja minulla on teillä asiakastili yhdistyksen (Vaasan Tanssiopisto) yhteyshenkilönä. Työpuhelinnumeroni on vaihtunut, uusi on 050 678 9012, ja titteli on nykyään toiminnanjohtaja. Päivittäkää tietoni.

Terveisin
Henna""")

E("fi", "", True, "auto reply from municipality registry confirming receipt",
  "Vaasan kaupungin kirjaamo <kirjaamo@example.fi>", "Vastaanottokuittaus: Koulukuvaus 2027 tarjous",
  """Tämä on automaattinen vastaanottokuittaus.

Viestinne on vastaanotettu Vaasan kaupungin kirjaamoon ja se käsitellään mahdollisimman pian. Asian diaarinumero ilmoitetaan erikseen.

Vaasan kaupunki, kirjaamo""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "erasure", False, "deceased mother's account; son asks deletion (estate-ish but asks erasure)",
  "Pekka Rautio <pekka.rautio@example.fi>", "Äidin asiakastili",
  """Hei,

äitini Helka Rautio kuoli elokuussa. Hänellä oli teillä verkkokaupan tili ja hänelle tulee edelleen uutiskirjeitä ja syntymäpäiväonnitteluja, mikä on aika raskasta. Pyydän että hänen tilinsä ja tietonsa poistetaan. Olen kuolinpesän osakas ja hoidan hänen asioitaan.

Pekka Rautio""")

E("fi", "", False, "asks how to return digital files purchase refund; consumer",
  "Leo Backman <leo.backman@example.fi>", "hyvitys",
  """Ostin digitaaliset kuvat vahingossa kahteen kertaan (tilaukset 61400 ja 61401). Voinko saada toisen hyvitettyä?""")

E("fi", "complaint", False, "general statement that company violates GDPR by showing full names on class photo sold online",
  "Tarja Kemppainen <tarja.kemppainen@example.fi>", "Nimilista luokkakuvassa",
  """Hei,

luokkakuvan alle on painettu kaikkien oppilaiden koko nimet, ja samaa kuvaa myydään verkkokaupassanne kenelle tahansa, jolla on koulun koodi. Tämä on mielestäni selvästi tietosuoja-asetuksen vastaista. Rikotte GDPR:ää tällä käytännöllä, ja ihmettelen ettei kukaan ole puuttunut tähän aiemmin.

Tarja Kemppainen""")

E("fi", "access", False, "wants call recording / phone log data",
  "Kai Strömberg <kai.stromberg@example.fi>", "puhelutallenne",
  """Hei. Soitin asiakaspalveluun 20.10. ja minulle luvattiin silloin hyvitys. Nyt asiasta ei tiedetä mitään. Tallennatteko puheluita? Haluaisin saada tiedot siitä puhelusta ja kaiken muunkin mitä minusta on kirjattu asiakasjärjestelmään.

Kai Strömberg""")

E("fi", "", False, "question about privacy policy wording, no request",
  "Anna-Kaisa Heino <ak.heino@example.fi>", "Tietosuojaseloste",
  """Hei,

luin tietosuojaselosteenne ja siinä puhutaan "muista käyttötiedoista". Mitä tällä tarkoitetaan? Kysyn vain mielenkiinnosta, kun teen opinnäytetyötä pienyritysten tietosuojaselosteista.

Anna-Kaisa Heino
Vaasan ammattikorkeakoulu""")

E("fi", "erasure+restriction", False, "delete everything except keep invoice under dispute",
  "Seppo Hiltunen <seppo.hiltunen@example.fi>", "tiedot pois mutta ei laskua",
  """Hei

Haluan että poistatte kaikki minun tiedot ja kuvat. MUTTA laskua 2026-3988 ja siihen liittyvää kirjeenvaihtoa ei saa poistaa ennen kuin kuluttajariitalautakunta on ratkaissut asian, tarvitsen ne todisteeksi.

Seppo Hiltunen""")

E("sv", "access", False, "Finland-Swedish parent: what data about my child",
  "Camilla Nyholm <camilla.nyholm@example.fi>", "Uppgifter om mitt barn",
  """Hej!

Min dotter Elsa går i ettan i Vikinga skola och var med på skolfotograferingen i september. Vilka uppgifter har ni om henne? Och har ni fått hennes namn och klass från skolan?

Mvh Camilla Nyholm""")

E("sv", "", False, "order question in Swedish: where are photos",
  "Johan Sjöberg <johan.sjoberg@example.fi>", "Var är mina bilder?",
  """Hej, jag beställde skolfoton för två veckor sedan (order 60877) men har inte fått något ännu. Kan ni kolla?

/Johan""")

E("sv", "erasure", False, "delete my account, informal",
  "Linnea Westerlund <linnea.westerlund@example.fi>", "radera konto",
  """hej, radera mitt konto i webbutiken tack. använder det inte mer.
linnea""")

E("sv", "marketing_opt_out", False, "unsubscribe from newsletter, Finland-Swedish",
  "Bo Granholm <bo.granholm@example.fi>", "Nyhetsbrev",
  """Hej,

Jag vill inte längre få ert nyhetsbrev. Var vänlig och avregistrera mig.

Bo Granholm
Malax""")

E("sv", "rectification", False, "son's surname wrong on school photo",
  "Annika Söderlund <annika.soderlund@example.fi>", "Fel efternamn",
  """Hej!

Min sons efternamn är fel stavat i er beställning och på fotot: det står "Söderlundh" men ska vara "Söderlund". Kan ni rätta det i ert register så det blir rätt nästa år?

Tack
Annika""")

E("sv", "", True, "Slotti reminder in Swedish",
  "Slotti <noreply@slotti.example.com>", "Påminnelse: din tid imorgon kl. 11:00",
  """Hej Maria Björklund,

Detta är en påminnelse om din bokning:

Tjänst: Familjefotografering 30 min
Tid: lördag 28.11.2026 kl. 11:00
Plats: Zoomi Kuvakaupat, Vasaratie 2 A, Vasa

Avboka senast 24 h innan: slotti.example.com/mina

Detta meddelande kan inte besvaras.""")

E("sv", "objection", False, "opposes use of own photo in shop window (standing do not use)",
  "Kristian Holm <kristian.holm@example.fi>", "Min bild i ert skyltfönster",
  """Hej,

Jag såg att ni använder en bild på mig och min fru i skyltfönstret på Vasaratie. Bilden får ni behålla i ert arkiv, men jag motsätter mig att den används i er reklam eller i skyltningen i fortsättningen.

Kristian Holm""")

E("sv", "complaint+marketing_opt_out", False, "replied STOPP three times, SMS ads continue; conditional Dataombudsmannen threat",
  "Gunilla Ek <gunilla.ek@example.fi>", "sms-reklam",
  """Jag har tre gånger svarat STOPP på era sms och ändå fortsätter de komma. Om det kommer ett till kontaktar jag Dataombudsmannen.

Gunilla Ek""")

E("sv", "", False, "thanks for kindergarten photos",
  "Sara Kronqvist <sara.kronqvist@example.fi>", "Tack!",
  """Hej! Ville bara säga tack för de fina dagisbilderna, första gången vår son faktiskt ler på ett foto :) 

Sara""")

E("sv", "portability", False, "wants data exported as CSV to move",
  "Mikael Lindroos <mikael.lindroos@example.fi>", "Export av mina uppgifter",
  """Hej,

Kan jag få ut mina uppgifter från ert fotokonto som CSV eller liknande, inklusive bilderna jag själv laddat upp? Jag ska flytta allt till en annan tjänst.

Mikael Lindroos""")
