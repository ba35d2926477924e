from parts.common import E

# ---------------- Finnish (14) ----------------
E("fi", "erasure", False, "phone one-liner, no umlauts, erase my data",
  "Jari Kettunen <jari.kettunen82@example.fi>", "tiedot",
  "poistakaa mun tiedot teidan rekisterista kiitos\n\nLahetetty puhelimesta")

E("fi", "marketing_opt_out", False, "reply to newsletter: ei kiitos, quoted footer",
  "Sirpa Heikkilä <sirpa.heikkila@example.fi>", "Re: Joulun kuvakortit nyt -20 %",
  "Ei kiitos. En halua näitä mainoksia enää.\n\n> Zoomi Kuvakaupat – joulun kuvakortit nyt -20 %!\n> Tilaa viimeistään 15.12.\n> Jos et halua enää uutiskirjettämme, peruuta tilaus tästä.\n")

E("fi", "", False, "near-miss: cancel school photo order, tilaus",
  "Petri Laaksonen <petri.laaksonen@example.fi>", "Tilauksen peruutus",
  "Hei,\n\ntilasin eilen vahingossa kaksi kertaa saman kuvapaketin poikani koulukuvista (tilausnumero 448120 ja 448121). Voisitteko perua jälkimmäisen tilauksen ja poistaa sen laskun?\n\nTerveisin\nPetri Laaksonen")

E("fi", "access", False, "long story, access buried in middle, elderly mother",
  "Kaarina Mäkelä <kaarina.makela@example.fi>", "Äidin asia",
  "Hyvää päivää,\n\näitini Helvi (s. 1941) on käynyt teillä passikuvissa useamman kerran viime vuosina, viimeksi keväällä kun hänen passinsa piti uusia Espanjan matkaa varten. Matka jäi lopulta tekemättä, koska hän kaatui pihalla ja lonkka murtui. Nyt hän asuu palvelutalossa ja minä hoidan hänen asioitaan edunvalvojana (valtakirja käräjäoikeudesta on olemassa, voin lähettää sen).\n\nKäydessäni hänen papereitaan läpi löysin teiltä tulleita kirjeitä ja laskuja, ja haluaisin tietää, mitä kaikkia tietoja hänestä teillä on tallessa – osoitteet, puhelinnumerot, kuvat, laskut – ja kenelle niitä on annettu. Pyydän siis kopion äitini henkilötiedoista.\n\nÄiti muuten kehui aina teidän kuvaajaanne, joka jaksoi odottaa kun hän laittoi hiuksiaan.\n\nYstävällisin terveisin\nKaarina Mäkelä\nKuusikkotie 4, 65320 Vaasa")

E("fi", "rectification", False, "spoken Finnish, name misspelt on school photos",
  "Tiina Rantanen <tiina.r@example.fi>", "nimi väärin",
  "Moi! Meiän Eelin nimi on teillä kirjotettu Eeli Rantala vaikka se on Rantanen, näky ainaki koulukuvien tilaussivulla. Korjatkaa se oikeeks niin ei tuu sekaannusta ens vuonna. Luokka 3B Huutoniemen koulu.\n-Tiina")

E("fi", "", False, "question about how the right of access works, no request",
  "Olli Vartiainen <olli.vartiainen@example.fi>", "Kysymys tarkastusoikeudesta",
  "Hei,\n\nluin tietosuojaselosteenne. Siinä mainitaan tarkastusoikeus. Onko tarkastuspyynnölle jokin lomake vai riittääkö tavallinen sähköposti? Ja maksaako se jotain? En ole vielä päättänyt, teenkö pyynnön, halusin vain tietää miten se menee.\n\nOlli V.")

E("fi", "erasure+marketing_opt_out", False, "angry, stop marketing and delete everything",
  "Mika Honkanen <mika.honkanen@example.fi>", "LOPETTAKAA",
  "Kolmas mainosviesti tällä viikolla vaikka en ole koskaan tilannut mitään uutiskirjettä!!! Lopettakaa välittömästi sähköpostimarkkinointi minulle ja poistakaa kaikki minua koskevat tiedot järjestelmistänne. Kävin teillä kerran passikuvassa 2019, se ei anna teille oikeutta spämmätä.\n\nMika Honkanen")

E("fi", "", True, "out-of-office with auto headers",
  "Riitta Salmi <riitta.salmi@example.fi>", "Automaattinen vastaus: Kuvauspäivän vahvistus",
  "Olen lomalla 7.12.–18.12. enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä koulusihteeriin puh. 040 000 0000.\n\nRiitta Salmi\nrehtori, Gerbyn koulu",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

E("fi", "objection", False, "objects to Google Analytics processing of his browsing data",
  "Jouni Peltola <jouni.peltola@example.fi>", "Google Analytics",
  "Hei. Huomasin, että verkkokauppanne käyttää Google Analyticsia. Vastustan sitä, että selaustietojani ja IP-osoitettani käsitellään analytiikkaa varten. Olen kirjautunut asiakas samalla sähköpostilla. Lopettakaa käsittely minun osaltani.\n\nJouni Peltola")

E("fi", "", False, "near-miss: change delivery address of one order",
  "Hanna Kivelä <hanna.kivela@example.fi>", "Toimitusosoite tilaukselle 50277",
  "Moikka, muutin juuri ja huomasin että tilaus 50277 (suurennokset) on menossa vanhaan osoitteeseen. Voisko sen vielä vaihtaa, uusi osoite Rauhankatu 11 B 9, 65100 Vaasa? Kiitos!\nHanna")

E("fi", "restriction", False, "disputes accuracy, asks not to use data until checked",
  "Pekka Aaltonen <pekka.aaltonen@example.fi>", "Tietojeni käytön keskeyttäminen",
  "Hyvä vastaanottaja,\n\nteidän rekisterissänne on ilmeisesti minun nimelläni toisen henkilön puhelinnumero ja laskutusosoite, koska sain Business Centralista lähetetyn laskun tilauksesta, jota en ole tehnyt. Kunnes asia on selvitetty, pyydän että tietojani ei käytetä mihinkään (ei laskutukseen, ei perintään, ei markkinointiin) – eli käsittelyä on rajoitettava siihen asti. En pyydä poistamaan mitään, koska haluan että asia voidaan tutkia.\n\nPekka Aaltonen")

E("fi", "", False, "thanks after earlier handled request",
  "Leena Haapala <leena.haapala@example.fi>", "Re: Tarkastuspyyntönne",
  "Kiitos nopeasta vastauksesta ja tiedostoista, kaikki näyttää olevan kunnossa.\n\nLeena\n\n> Hei Leena,\n> ohessa pyytämäsi kopio henkilötiedoistasi.\n> Ystävällisin terveisin, Zoomi Kuvakaupat / tietosuoja")

E("fi", "access+complaint", False, "reminder of unanswered access request + conditional DPA complaint threat",
  "Arto Nieminen <arto.nieminen@example.fi>", "Muistutus: tarkastuspyyntö 2.10.",
  "Lähetin teille 2.10. tarkastuspyynnön enkä ole saanut edes kuittausta. Jos en saa tietojani viikon kuluessa, teen asiasta valituksen tietosuojavaltuutetun toimistoon.\n\nArto Nieminen",
  )

E("fi", "", False, "near-miss: debt collection letter, payment dispute only",
  "Marja Koskinen <marja.koskinen@example.fi>", "perintäkirje??",
  "Sain OK-perinnältä kirjeen 12,90 € laskusta + kulut. Maksoin sen kyllä elokuussa, minulla on kuitti. Tarkistakaa maksunne ja perukaa perintä. Kuitti liitteenä.")

# ---------------- Swedish (9) ----------------
E("sv", "erasure", False, "Finland-Swedish, daycare photos, guardian asks deletion of child",
  "Annika Sjöholm <annika.sjoholm@example.fi>", "Radera min dotters bilder",
  "Hej,\n\nvår dotter Ella gick i daghemmet Solrosen i Smedsby fram till i somras och ni tog gruppbilder och porträtt där. Vi har flyttat till Sverige och vill att ni raderar hennes bilder och uppgifter ur ert register. Jag och min man är båda vårdnadshavare och vi är överens om detta.\n\nMvh\nAnnika Sjöholm")

E("sv", "marketing_opt_out", False, "nej tack reply",
  "Bo Grannas <bo.grannas@example.fi>", "SV: Höstens erbjudanden",
  "Nej tack, skicka inte mera reklam.\n\nBo\n\n-----Ursprungligt meddelande-----\nFrån: Zoomi Kuvakaupat <uutiset@example.fi>\nÄmne: Höstens erbjudanden\n")

E("sv", "access", False, "registerutdrag, polite, Vasa",
  "Gunilla Backman <gunilla.backman@example.fi>", "Begäran om registerutdrag",
  "Hej!\n\nJag skulle vilja få ett registerutdrag, alltså veta vilka personuppgifter ni har om mig. Jag har beställt skolfoton för mina barn flera år i rad och en gång passfoto.\n\nVänliga hälsningar\nGunilla Backman\nKorsholm")

E("sv", "", False, "near-miss: cancel booking (avboka tid)",
  "Patrik Nyman <patrik.nyman@example.fi>", "Avboka tid",
  "Hej, jag måste avboka min tid för passfoto på torsdag kl 14.30, barnet är sjukt. Kan jag boka en ny tid nästa vecka via Slotti?\n/Patrik")

E("sv", "rectification", False, "mix Finnish/Swedish, address change in customer register",
  "Ulla Lindqvist <ulla.lindqvist@example.fi>", "Ny adress / uusi osoite",
  "Hej / Hei,\nvar vänlig och uppdatera min adress i kundregistret: Strandvägen 3, 65610 Korsholm. Vanha osoite Kirkkopuistikko on väärä, fakturan kom dit fast jag flyttade i våras.\nUlla Lindqvist")

E("sv", "objection", False, "objects to use of purchase history for business development",
  "Henrik Storbacka <henrik.storbacka@example.fi>", "Invändning",
  "Hej,\n\njag fick veta att ni använder kunduppgifter och beställningshistorik för \"affärsutveckling\". Jag motsätter mig att mina uppgifter används för det ändamålet. Min situation är sådan att jag inte vill att min köphistorik analyseras överhuvudtaget. Leveranser och fakturering får ni förstås sköta som vanligt.\n\nHenrik Storbacka")

E("sv", "", False, "question: how long do you keep school photos, no request",
  "Camilla Östman <camilla.ostman@example.fi>", "Hur länge sparas skolfoton?",
  "Hej, en fråga bara av nyfikenhet: hur länge sparar ni skolfotona efter att skolåret är slut? Kan man beställa bilder från till exempel 2019 ännu? Tack!\nCamilla")

E("sv", "erasure+complaint", False, "angry, erase and has reported to Dataombudsmannen",
  "Lars Vikström <lars.vikstrom@example.fi>", "Raderingsbegäran – anmälan gjord",
  "Jag har två gånger bett er ta bort mina uppgifter (i augusti och i oktober) utan något svar. Jag har nu lämnat in ett klagomål till Dataombudsmannens byrå. Radera omedelbart alla uppgifter om mig och bekräfta skriftligen.\n\nLars Vikström")

E("sv", "", True, "shop order confirmation from another firm, no auto headers (machine mail)",
  "Pappershuset Webbutik <noreply@example.se>", "Orderbekräftelse #SE-99812",
  "Tack för din beställning!\n\nOrdernummer: SE-99812\n2 st Fotoalbum A4 svart  398,00 SEK\nFrakt 49,00 SEK\nTotalt 447,00 SEK\n\nDu kan följa din leverans under Mina sidor.\nDetta meddelande kan inte besvaras.")

# ---------------- English (7) ----------------
E("en", "access", False, "formal template SAR citing Art 15 and listing items",
  "Daniel Whitmore <d.whitmore@example.com>", "Subject Access Request under Article 15 GDPR",
  "Dear Data Protection Officer,\n\nI am writing to make a subject access request under Article 15 of the General Data Protection Regulation (EU) 2016/679.\n\nPlease provide:\n1. confirmation whether you process personal data concerning me;\n2. a copy of that personal data;\n3. the purposes of the processing;\n4. the categories of personal data concerned;\n5. the recipients or categories of recipients, in particular recipients in third countries;\n6. the envisaged retention period or the criteria used to determine it;\n7. the existence of the right to request rectification, erasure, restriction or to object;\n8. the right to lodge a complaint with a supervisory authority;\n9. the source of the data where not collected from me;\n10. the existence of automated decision-making, including profiling.\n\nI expect a response within one month as required by Article 12(3).\n\nYours faithfully,\nDaniel Whitmore\n14 Harbour Lane, Vaasa")

E("en", "marketing_opt_out", False, "one word unsubscribe only in subject",
  "k.obrien@example.com", "unsubscribe", "")

E("en", "", False, "near-miss: remove item from cart",
  "Priya Raman <priya.raman@example.com>", "can't remove item from cart",
  "Hi, the web shop won't let me remove an item from my cart, the 30x40 canvas print. I only want the two small prints. Could you delete the canvas from my order before I pay? Thanks, Priya")

E("en", "erasure", False, "non-native English, delete account",
  "Oleksandr Kovalenko <o.kovalenko@example.com>", "please delete",
  "Hello, I am moving back to Ukraine and I not need your shop anymore. Please delete my account and my informations, also the photos you made for my residence permit. Thank you very much.\nOleksandr")

E("en", "", True, "mailbox bounce, delivery failure",
  "Mail Delivery Subsystem <mailer-daemon@example.com>", "Delivery Status Notification (Failure)",
  "Delivery to the following recipient failed permanently:\n\n     m.lehtonen@example.com\n\nTechnical details of permanent failure:\n550 5.1.1 The email account that you tried to reach does not exist.\n\n----- Original message -----\nSubject: Zoomi newsletter December\nTo unsubscribe click here.",
  hdrs={"Auto-Submitted": "auto-generated"})

E("en", "portability+erasure", False, "switching provider, wants data in machine-readable format then deletion",
  "Emma Lindgren <emma.lindgren@example.com>", "Moving my photos and data",
  "Hi,\n\nWe're switching to another photographer for our family portraits. Before you delete my account, could you send me the data I've given you (contact details, order history and the digital photo files linked to my account) in a machine-readable format, CSV/JSON plus the original files? Once I've confirmed I have them, please erase my account and personal data.\n\nBest,\nEmma Lindgren")

E("en", "", False, "mentions rights but only wants an invoice copy",
  "Tom Fairbanks <tom.fairbanks@example.com>", "Invoice copy",
  "Hi, I know under GDPR I could request all my data, but honestly I just need a copy of invoice 2026-1183 for my expense claim. My employer needs it by Friday. Thanks!\nTom")
