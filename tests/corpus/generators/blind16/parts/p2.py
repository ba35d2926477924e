from parts.common import E

E("fi", "access+marketing_opt_out", False, "spoken Finnish: what data you have + stop ads",
  "Niko Hautala <niko.hautala@example.fi>", "moi",
  """moi, voisitteks laittaa mulle mitä kaikkii tietoi teil on musta? ja sit ne mainosviestit vois lopettaa, ei kiinnosta yhtään

-niko""")

E("fi", "erasure", False, "school forwards a guardian's wish to remove pupil's photo from web gallery",
  "Ristinummen koulu, kanslia <kanslia.ristinummi@example.fi>", "VL: Huoltajan toive luokkakuvasta",
  """Hei,

välitän alla olevan huoltajan viestin teille, koska koulu ei itse ylläpidä kuvagalleriaa.
Kyseessä on 4B-luokan oppilas Veeti Rantala.

Ystävällisin terveisin
Pirjo Salo, koulusihteeri
Ristinummen koulu

---------- Välitetty viesti ----------
Lähettäjä: Jaana Rantala <jaana.rantala@example.fi>
Päivämäärä: ma 12.10.2026 klo 19.02
Aihe: Luokkakuva

Hei, emme halua että Veetin kuvia on missään verkossa. Voisitteko pyytää kuvaajaa
poistamaan Veetin kuvat heidän verkkogalleriastaan ja järjestelmistään? Kiitos. Jaana""")

E("fi", "erasure", False, "passport photo: delete from Zoomi and police server",
  "Ritva Koskinen <ritva.koskinen@example.fi>", "Passikuva",
  """Hei,

kävin teillä kesäkuussa passikuvassa. Passi on nyt tullut, joten en tarvitse kuvaa enää
mihinkään. Haluan että poistatte sen kuvan ja siihen liittyvät tietoni teiltä, ja jos
mahdollista myös sieltä poliisin kuvapalvelimelta minne se lähetettiin.

Ritva Koskinen""")

E("fi", "restriction", False, "keep data but do not use it until invoice dispute resolved",
  "Ville Pulkkinen <ville.pulkkinen@example.fi>", "Riita laskusta – tiedot",
  """Hei,

meillä on edelleen erimielisyys laskusta 2026-3920 (hääkuvaus 8.8.). Asia on nyt
kuluttajariitalautakunnassa. En halua että tietojani poistetaan, koska tarvitsen
kuvaustilauksen ja viestit todisteiksi, mutta en myöskään halua että niitä käytetään
mihinkään muuhun tai annetaan eteenpäin ennen kuin asia on ratkaistu. Pitäkää ne siis
tallessa mutta älkää käyttäkö.

Ville Pulkkinen""")

E("fi", "", False, "public-records-style request for contracts (not a DSR)",
  "Toimittaja Eija Laakso <eija.laakso@pohjanmaan-uutiset.example.fi>", "Tietopyyntö: koulukuvaussopimukset",
  """Hei,

teen juttua kuntien koulukuvauskäytännöistä. Pyydän saada nähtäväksi Vaasan kaupungin
sivistystoimen kanssa tehdyt koulukuvaussopimukset vuosilta 2024–2026 sekä tiedon siitä,
miten kuvauksesta perittävät hinnat on sovittu. Ymmärrän, ettei yksityinen yritys ole
julkisuuslain piirissä, mutta jos voitte toimittaa tiedot vapaaehtoisesti, olisin kiitollinen.

Eija Laakso
toimittaja, Pohjanmaan Uutiset""")

E("fi", "", False, "where is my order",
  "Leena Aaltonen <leena.aaltonen@example.fi>", "tilaus 100482 ei ole tullut",
  """Moi tilasin kolme viikkoa sitten kuvakirjan (tilausnro 100482) eikä sitä ole vieläkään kuulunut,
seurantakoodikaan ei näytä mitään. Onko se lähtenyt ollenkaan? Tarvitsisin sen lahjaksi ensi viikolla.

Leena""")

E("fi", "", True, "partner CRM auto-acknowledgement without auto headers",
  "Kuvalaboratorio Asiakaspalvelu <tuki@kuvalabra.example.fi>", "Olemme vastaanottaneet yhteydenottosi [Tiketti #48213]",
  """Hei,

kiitos yhteydenotostasi! Olemme vastaanottaneet viestisi ja se on kirjattu numerolla #48213.
Asiakaspalvelumme vastaa yleensä kahden arkipäivän kuluessa.

Voit seurata tikettisi tilaa osoitteessa https://tuki.kuvalabra.example.fi/tiketit/48213

Ystävällisin terveisin
Kuvalaboratorio Oy:n asiakaspalvelu

Ole hyvä ja älä muuta viestin otsikkoa, jos vastaat tähän viestiin.""")

E("fi", "objection", False, "objects to transfer to debt collection on grounds of particular situation",
  "Satu Honkanen <satu.honkanen@example.fi>", "Lasku ja perintä",
  """Hei,

olen ollut pitkällä sairauslomalla ja laskunne (päiväkotikuvat, 46,50 €) jäi siksi maksamatta.
Maksan sen tämän kuun palkasta. Vastustan sitä, että tietojani annetaan tässä tilanteessa
perintätoimistolle – perintämerkintä olisi minulle kohtuuton. Pyydän, ettei asiaa siirretä
OK-perintään.

Satu Honkanen""")

E("fi", "erasure", False, "one-line request over forwarded shop order confirmation (account not created by her)",
  "Tiina Salonen <tiina.salonen@example.fi>", "VL: Tilausvahvistus 100517",
  """En ole tehnyt tätä tilausta enkä luonut tiliä. Poistakaa tili ja sähköpostiosoitteeni teidän järjestelmästä.

Tiina

---------- Välitetty viesti ----------
Lähettäjä: Zoomi Kuvakaupat <verkkokauppa@example.fi>
Aihe: Tilausvahvistus 100517

Kiitos tilauksestasi!
Tilausnumero: 100517
Tuotteet: Valokuvataulu 40x60, 1 kpl ....... 59,00 €
Toimitus: Postin noutopiste ................ 5,90 €
Yhteensä ................................... 64,90 €

Tilisi on luotu sähköpostiosoitteella tiina.salonen@example.fi.
Tämä on automaattinen viesti.""")

E("fi", "rectification", False, "Ostrobothnian dialect: phone number changed",
  "Erkki Ylikoski <erkki.ylikoski@example.fi>", "numero",
  """Terve. Mun puhelinnumero on vaihtunu, te soitatta vieläki siihen vanhaan ja sinne
vastaa joku toinen ihiminen. Uus numero on 050 765 4321. Laittakaa se ny siihen teidän
rekisteriin niin ei tarvitte soitella vieraalle.

Erkki Ylikoski, Ylistaro""")

E("fi", "", True, "forum digest without auto headers",
  "Perheforum <digest@perheforum.example.fi>", "Viikon kooste: 12 uutta viestiä seuraamissasi ketjuissa",
  """Hei tietosuoja,

seuraamissasi ketjuissa on uutta:

* "Koulukuvat – kannattaako tilata?" (5 uutta vastausta)
  Viimeisin: "Meillä kuvaaja poisti pyynnöstä kuvat galleriasta saman päivän aikana..."
* "Passikuva kaupasta vai kuvaamosta?" (4 uutta vastausta)
* "Päiväkodin ryhmäkuvat ja tietosuoja" (3 uutta vastausta)

Lue ketjut: https://perheforum.example.fi/seuratut

Muuta ilmoitusasetuksiasi: https://perheforum.example.fi/asetukset""")

E("fi", "complaint", False, "already filed complaint with the DPA, photo sent to wrong person",
  "Jouni Peltola <jouni.peltola@example.fi>", "Tiedoksi: kantelu tietosuojavaltuutetulle",
  """Hei,

ilmoitan tiedoksenne, että olen tänään tehnyt kantelun tietosuojavaltuutetun toimistoon.
Lähetitte tyttäreni yksilökuvat ja nimen toisen perheen sähköpostiin lokakuussa, ja kun asiasta
huomautin, sain vastaukseksi vain "pahoittelemme". Pidän tätä tietosuojaloukkauksena, jota ei
ole käsitelty asianmukaisesti.

Jouni Peltola""")

E("sv", "restriction", False, "keep data but don't use it (photo rights dispute), no legal words",
  "Annika Söderberg <annika.soderberg@example.fi>", "Bröllopsbilderna",
  """Hej,

som ni vet är vi oense om huruvida ni har rätt att använda våra bröllopsbilder i er portfolio.
Tills vi har kommit överens vill jag att ni behåller bilderna och våra uppgifter precis som de
är – radera ingenting – men att ni inte använder dem till någonting alls under tiden.

Hälsningar
Annika Söderberg""")

E("sv", "marketing_opt_out", False, "son writes for elderly mother: stop paper catalogues",
  "Stefan Nordling <stefan.nordling@example.fi>", "För min mamma Ingrid Nordling",
  """Hej,

jag skriver för min mamma Ingrid Nordling (Kyrkvägen 3, 66100 Malax). Hon är 86 år och har
ingen e-post. Hon får era kataloger och erbjudanden med posten flera gånger om året och blir
bara förvirrad av dem. Hon har bett mig be er att sluta skicka reklam till henne.

Tack,
Stefan Nordling""")

E("sv", "access", False, "guardian asks what data they hold about son from daycare photos",
  "Malin Häggblom <malin.haggblom@example.fi>", "Uppgifter om min son",
  """Hej!

Min son Elias (5 år) fotograferades på Dagis Solrosen i Vörå i våras. Jag undrar vilka
uppgifter ni har om honom – namn, födelsedatum, bilder, något annat? – och vem som har gett
er dem. Kan ni skicka en sammanställning?

Malin Häggblom""")

E("sv", "", False, "question how long a registerutdrag takes, not asking yet",
  "Peter Storbacka <peter.storbacka@example.fi>", "Fråga",
  """Hej, hur lång tid tar det normalt om man ber om ett registerutdrag hos er, och kostar det
något? Jag funderar på det men vill veta först. /Peter""")

E("sv", "", True, "survey invitation from another firm, no auto headers",
  "Kundundersökning Nordisk Print <survey@nordiskprint.example.se>", "Hur nöjd är du med Nordisk Print? Svara och vinn!",
  """Hej!

Tack för att du har varit kund hos Nordisk Print. Vi vill gärna veta vad du tycker om vår
service. Enkäten tar cirka 3 minuter.

Svara på enkäten: https://nordiskprint.example.se/enkat?id=77120

Bland alla som svarar före 30.11 lottar vi ut ett presentkort på 100 euro.

Med vänliga hälsningar
Kundservice, Nordisk Print AB""")

E("sv", "erasure+objection", False, "remove photo from Instagram and object to any marketing use",
  "Ida Westerlund <ida.westerlund@example.fi>", "Min bild på ert Instagram",
  """Hej,

ni har lagt upp en bild på mig från studentfotograferingen på ert Instagramkonto. Jag har
aldrig gett lov till det. Ta bort bilden, och jag motsätter mig över huvud taget att ni
använder bilder på mig i er marknadsföring.

Ida Westerlund""")

E("sv", "rectification", False, "wrong first name on invoice",
  "Joonas Holm <joonas.holm@example.fi>", "Faktura 2026-5102",
  """Hej, fakturan är ställd till "Jonas Holm" men jag heter Joonas, med två o. Samma fel står
också i mitt kundkonto. Kan ni rätta namnet? Summan stämmer, jag betalar den i vanlig ordning.

Joonas Holm""")

E("sv", "", False, "booking cancellation in Slotti",
  "Sofia Berglund <sofia.berglund@example.fi>", "Avboka tid torsdag",
  """Hej! Jag behöver tyvärr avboka min tid för familjefotografering på torsdag kl 15 (bokning
via Slotti, nr SL-22817). Barnen är sjuka. Kan vi ta en ny tid i december?
Sofia""")

E("sv", "marketing_opt_out+complaint", False, "conditional threat to report to Dataombudsmannen if SMS ads continue",
  "Anders Mattsson <anders.mattsson@example.fi>", "SMS-reklam",
  """Jag har redan svarat STOPP två gånger på era SMS men de kommer ändå. Sluta skicka reklam
till mitt nummer 040 998 1122. Om det kommer ett enda till anmäler jag er till dataombudsmannen.

Anders Mattsson""")

E("sv", "erasure", False, "formal Art 17 request from Sweden",
  "Karin Lindqvist <karin.lindqvist@example.se>", "Begäran om radering enligt artikel 17 GDPR",
  """Till Zoomi Kuvakaupat Oy

Med stöd av artikel 17 i dataskyddsförordningen (EU) 2016/679 begär jag att ni utan onödigt
dröjsmål raderar samtliga personuppgifter som ni behandlar om mig, inklusive kundkonto,
beställningshistorik och uppladdade bilder i er webbutik.

Om ni anser att ni är skyldiga att behålla vissa uppgifter, ber jag er ange vilka uppgifter,
med stöd av vilken lag och hur länge.

Vänligen bekräfta raderingen skriftligen till denna e-postadress.

Karin Lindqvist
Göteborg""")

E("en", "portability", False, "move photos to another photographer's service",
  "Emily Carter <emily.carter@example.com>", "Moving my photos",
  """Hi,

we've moved to Helsinki and will be using a different photographer from now on. Is there a way
to move all our family photos and the order info from our account with you straight over to
their service (Kuvastudio Valo)? Or at least get everything in a format they can import?

Thanks,
Emily""")

E("en", "access", False, "law firm writing on behalf of client, Art 15",
  "Attorney Laura Niemi <laura.niemi@niemilaw.example.fi>", "Data subject access request on behalf of Mr. Jarmo Lahti",
  """Dear Sir or Madam,

We act for Mr. Jarmo Lahti (born 1972, Vaasa). A power of attorney signed by our client is attached.

On behalf of our client, and pursuant to Article 15 of the General Data Protection Regulation,
we request a copy of all personal data concerning Mr. Lahti processed by Zoomi Kuvakaupat Oy,
together with the information listed in Article 15(1)(a)–(h).

Please send the response to the undersigned.

Yours faithfully,
Laura Niemi
Attorney-at-law, Niemi Law Ltd

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally
privileged. If you are not the intended recipient, please notify the sender immediately and
delete this message. Any unauthorised review, use, disclosure or distribution is prohibited.""")

E("en", "", True, "order confirmation from another web shop, no auto headers",
  "FrameHouse <orders@framehouse.example.com>", "Your FrameHouse order #FH-20931 is confirmed",
  """Hi there,

Thanks for your order! We're getting it ready.

Order #FH-20931
2 x Oak frame 30x40 ............ 2 x 24.90 EUR
Shipping ........................ 6.90 EUR
Total ........................... 56.70 EUR

Delivery address:
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa

You'll get another email when your order ships.
FrameHouse""")

E("en", "", True, "'your e-mail address was changed' account notice",
  "Slotti Booking Accounts <no-reply@slotti.example.com>", "Your email address was changed",
  """Hello,

The email address on your Slotti business account "Zoomi Kuvakaupat" was changed to
tietosuoja@example.fi on 2 November 2026 at 09:14.

If you made this change, no further action is needed.
If you did not make this change, please contact Slotti support immediately.

Slotti""")

E("en", "erasure+complaint", False, "says controller is breaching GDPR, take kids' photos down",
  "Mark Jensen <mark.jensen@example.com>", "Kids' photos still online",
  """I asked your photographer in September to take my children's photos off your public gallery.
They are STILL there today. You are in breach of the GDPR by keeping them online after I
withdrew permission. Take down every photo of Oskar and Freja Jensen now, and delete them from
your systems.

Mark Jensen""")

E("en", "", False, "question whether right to object applies to school photos",
  "Priya Nair <priya.nair@example.com>", "Question about school photos",
  """Hello,

I'm a parent at Vaasa International School. When the school orders the photography, who is
responsible for the data – you or the school? And does the right to object apply in that case,
or only when I order prints myself? Just trying to understand before the next photo day.

Kind regards,
Priya""")

E("en", "marketing_opt_out", False, "iPhone one-liner unsubscribe",
  "Tom Aalto <tom.aalto@example.com>", "Re: Black Friday at Zoomi!",
  """Pls unsubscribe me

Sent from my iPhone""")

E("en", "", True, "mailing list digest with list headers",
  "GDPR Practitioners list <gdpr-practitioners@lists.example.com>", "GDPR-Practitioners Digest, Vol 41, Issue 12",
  """Today's Topics:

   1. Re: Handling access requests from parents (Anna K.)
   2. Retention of invoice data after erasure (J. Smith)
   3. Re: DPA response times in Finland (M. Berg)

----------------------------------------------------------------------

Message: 1
Date: Mon, 16 Nov 2026 10:12:44 +0200
From: Anna K.
Subject: Re: Handling access requests from parents

We verify the guardian through the order code, no ID copies...

_______________________________________________
To unsubscribe or change your settings visit https://lists.example.com/mailman/gdpr-practitioners""",
  hdrs={"Precedence": "list", "List-Id": "<gdpr-practitioners.lists.example.com>",
        "List-Unsubscribe": "<https://lists.example.com/mailman/options/gdpr-practitioners>"})
