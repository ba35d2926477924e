from parts.common import E

E("fi", "marketing_opt_out", False, "one-word POISTA reply to a newsletter, quoted newsletter below",
  "Raili Hautamäki <raili.hautamaki@example.fi>", "Re: Syksyn kuvauskampanja – nyt -20 % perhekuvista!",
  """POISTA

Lähetetty iPadista

> Hei Raili,
> syksy on perhekuvien aikaa! Varaa nyt studioaika lokakuun loppuun mennessä ja saat -20 %
> kaikista perhekuvapaketeista. Varaa aikasi: varaus.example.fi
>
> Terveisin, Zoomi Kuvakaupat
> Et halua enää uutiskirjettä? Peruuta tilaus tästä.
""")

E("fi", "access+erasure", False, "guardian, long story about divorce and school photos, wants to know what is stored then delete",
  "Hanna Kivistö <hanna.kivisto@example.fi>", "Lasten kuvat",
  """Hei,

En oikein tiedä kenelle tämä pitäisi osoittaa, mutta yritän nyt tätä osoitetta kun se löytyi teidän nettisivujen alalaidasta.

Meillä on kaksi lasta, Eetu (3. lk) ja Ilona (eskari), jotka on kuvattu teillä sekä koulussa että päiväkodissa nyt useampana vuonna. Viime keväänä erosimme lasten isän kanssa ja muutimme lasten kanssa Mustasaareen. Nyt kävi niin että isä oli tilannut teidän verkkokaupasta syksyn koulukuvat omaan osoitteeseensa ja ilmeisesti hänellä on myös tunnukset jolla hän näkee kaikki lasten kuvat vuosien ajalta, myös ne joissa minä olen mukana (äitienpäiväkuvaus 2023, muistatte ehkä, se päiväkodin tapahtuma). En halua riitaa tästä, kuvat on lapsille tärkeitä, mutta en halua että minun kuviani ja tietojani on jossain tunnuksessa jota en hallitse.

Eli kaksi asiaa:
1) haluaisin tietää mitä tietoja teillä on minusta ja lapsista, ja kenellä on pääsy niihin (siis mitkä tilit/osoitteet on liitetty lasten kuviin)
2) kun olen nähnyt ne, haluan että minun tietoni ja ne kuvat joissa minä olen poistetaan. Lasten koulukuvat saa jäädä.

Puhelinnumeroni on teillä varmaan vanhoista tilauksista, 040 123 4567.

Ystävällisin terveisin
Hanna Kivistö
""")

E("fi", "", False, "near-miss: cancel an order that has not arrived ('poistakaa tilaus')",
  "Jari Mäkelä <jarimakela71@example.fi>", "tilaus 48213",
  """moi

tilasin 3 viikkoa sitten koulukuvat (tilausnro 48213) eikä ole vieläkään tullut. jos ei tule ennen isänpäivää niin poistakaa koko tilaus ja palauttakaa rahat, ne oli lahjaksi.

Jari
""")

E("fi", "", True, "Slotti booking notification, no auto header",
  "Slotti <noreply@slotti.example.fi>", "Uusi varaus: Passikuva, to 15.10. klo 14.30",
  """Uusi varaus on tehty.

Palvelu:      Passikuva (sis. sähköinen kuvakuitti)
Toimipiste:   Zoomi Vaasa, Vasaratie 2 A
Aika:         torstai 15.10. klo 14.30–14.45
Asiakas:      Mikko Rantanen
Puhelin:      +358 40 765 4321
Lisätiedot:   "Lapselle passikuva, 4 v"

Varauksen voi perua tai siirtää Slotti-hallintapaneelista.
Tämä viesti on lähetetty automaattisesti, älä vastaa tähän viestiin.
""")

E("fi", "rectification", False, "child's name misspelled in school photo order and customer record",
  "Päivi Lahtinen <paivi.lahtinen@example.fi>", "Väärä nimi",
  """Hei!

Tyttäreni nimi on Vilja Lahtinen, mutta teidän järjestelmässä ja nyt myös kuvapussissa ja kuvissa lukee "Vilja Lahtonen". Sama virhe oli jo viime vuonna. Voisitteko korjata nimen teidän rekisteriin niin ettei se tule enää ensi vuonna väärin? Kuvat itsessään on ihan ok, ei tarvi tehdä uusia.

Koulu on Huutoniemen koulu, luokka 2B.

t. Päivi Lahtinen
""")

E("fi", "access+complaint", False, "reminder of unanswered access request, threatens DPA",
  "Tapio Salonen <tapio.salonen@example.fi>", "VS: Tarkastuspyyntö",
  """Hyvä vastaanottaja,

lähetin alla olevan tarkastuspyynnön 4.8. enkä ole saanut mitään vastausta, en edes kuittausta. Laki antaa teille kuukauden. Se on mennyt jo.

Odotan tietoja viikon kuluessa. Jos en niitä saa, teen asiasta kantelun tietosuojavaltuutetulle.

Tapio Salonen
Kirkkopuistikko 14 B 9, 65100 Vaasa

-----Alkuperäinen viesti-----
Lähettäjä: Tapio Salonen
Lähetetty: 4. elokuuta klo 9.12
Vastaanottaja: tietosuoja
Aihe: Tarkastuspyyntö

Pyydän EU:n tietosuoja-asetuksen 15 artiklan nojalla jäljennöksen kaikista minua koskevista henkilötiedoista, joita yrityksenne käsittelee, sekä tiedon siitä mistä ne on saatu ja kenelle niitä on luovutettu.

Tapio Salonen
""")

E("fi", "", False, "job application as photographer",
  "Sanni Virtanen <sanni.virtanen.photo@example.fi>", "Avoin hakemus – valokuvaaja / kuvausassistentti",
  """Hei,

olen Sanni, 27-vuotias valokuvaaja (medianomi, Novia 2022) ja etsin töitä Vaasan seudulta. Olen tehnyt kaksi syksyä koulukuvauksia keikkatyönä toiselle yritykselle Seinäjoella, joten koulujen kuvauspäivien rytmi, lasten kanssa toimiminen ja nopea työskentely ovat tuttuja. Puhun suomea, ruotsia ja englantia.

Liitteenä CV ja portfolio (linkki myös: sannivirtanen.example.fi). Voisin aloittaa heti, myös osa-aikaisena tai keikkaluontoisesti kiireisinä kuvauskausina.

Olisi mukava kuulla, onko teillä tarvetta lisäkäsille!

Ystävällisin terveisin
Sanni Virtanen
050 987 6543
""")

E("fi", "objection", False, "elderly man, refuses that his data go to the debt collector, invoice dispute underneath",
  "Veikko Ahola <veikko.ahola@example.fi>", "perintä",
  """Hyvät herrat

Sain kirjeen OK-perinnästä että olen velkaa teille 38,90 euroa plus kulut. Tilasin lapsenlapselle kuvat ja maksoin ne pankissa heti, kuitti on tallessa. Vaimo sanoo että lasku tuli kahteen kertaan.

Kiellän antamasta minun tietojani enää perintätoimistolle. En ole mikään maksamaton velallinen, olen maksanut kaiken koko ikäni ajallaan. Hoitakaa asia suoraan minun kanssa.

Veikko Ahola
puh 06 312 4455 (kotona aamupäivisin)
""")

E("fi", "restriction", False, "don't delete: needs order data for a custody dispute",
  "Marko Heinonen <marko.heinonen@example.fi>", "Tietojen säilyttäminen - älkää poistako",
  """Hei,

Lasten äiti on kertonut minulle pyytäneensä teiltä tietojensa ja lasten kuvien poistoa. Minulla on käräjäoikeudessa vireillä huoltoasia ja tarvitsen todisteeksi sen, että olen itse tilannut ja maksanut lasten koulukuvat vuosina 2021–2025 (tilaukset minun nimelläni, marko.heinonen@example.fi).

Pyydän että ette poista minun tilaustietojani enkä laskujani ennen kuin asia on käsitelty, arviolta kevääseen mennessä. Niitä ei tarvitse käyttää mihinkään muuhun, kunhan ne ovat tallessa.

Voin toimittaa asianajajani yhteystiedot tarvittaessa.

Marko Heinonen
""")

E("fi", "", False, "school principal: photo day has to move",
  "Rehtori Anu Grönroos <anu.gronroos@koulu.example.fi>", "Kuvauspäivän siirto, Gerbyn koulu",
  """Hei Kati,

valitettavasti meidän kuvauspäivä 22.9. osuu samaan päivään kuin 5.–6. luokkien leirikoulun lähtö, huomasin tämän vasta nyt. Olisiko mahdollista siirtää kuvaus viikolle 40, mieluiten tiistai tai keskiviikko? Luokkalistat lähetän Wilman kautta samalla tavalla kuin viime vuonna kun päivä on sovittu.

Pahoittelut sähläyksestä!

Anu Grönroos
rehtori, Gerbyn koulu
p. 040 555 0101
""")

E("fi", "portability", False, "online-shop customer moving gallery and order history to another service",
  "Joonas Peltola <joonas.peltola@example.fi>", "tietojen siirto toiseen palveluun",
  """Moi,

oon käyttäny teidän verkkokauppaa ja kuvagalleriaa about 6 vuotta (lähinnä perhekuvia ja lasten koulukuvia). Siirryn nyt käyttämään toista palvelua, niin haluaisin saada kaikki tiliini tallennetut tiedot ja itse lataamani kuvat sellaisessa koneluettavassa muodossa että ne saa siirrettyä sinne (esim zip + csv/json tilaushistoriasta).

Onnistuuko? Tiliä ei tarvi vielä poistaa.

-Joonas
""")

E("fi", "", True, "invoicing system batch report, no auto header",
  "Business Central <bc-raportit@example.fi>", "Laskuajo valmis 09/2026 – 412 laskua",
  """Laskuajo on suoritettu.

Yritys:            Zoomi Kuvakaupat Oy
Laskuajo:          KOULU-SYKSY-09
Laskuja luotu:     412
Lähetetty e-laskuna: 37
Lähetetty sähköpostilla: 351
Tulostettavia:     24
Virheitä:          3 (katso liite: virheet_KOULU-SYKSY-09.csv)

Virheelliset rivit johtuvat puuttuvasta osoitetiedosta. Korjaa asiakaskortti ja aja laskutus uudelleen.

Tämä on automaattinen ilmoitus Business Central -ympäristöstä ZOOMI-PROD.
""")

E("fi", "marketing_opt_out+erasure", False, "remove from mailing list and the whole register",
  "Leena Koskinen <leena.koskinen@example.fi>", "Postituslista",
  """Hei

Olkaa hyvä ja poistakaa minut postituslistaltanne. En ole mielestäni ikinä tilannut teidän uutiskirjettä, lapset kävivät koulua teidän kuvaamassa koulussa mutta nuorinkin on nyt jo lukiossa. Samalla voitte poistaa kaikki muutkin tietoni teidän asiakasrekisteristä, en tarvitse teidän palveluita enää.

Kiitos
Leena Koskinen
""")

E("fi", "", False, "thanks after our erasure confirmation, quoted",
  "Ritva Lindholm <ritva.lindholm@example.fi>", "Re: Poistopyyntönne on käsitelty",
  """Kiitos nopeasta hoitamisesta! Hyvää syksyn jatkoa.

Ritva

> Hyvä Ritva Lindholm,
> olemme poistaneet tietonne asiakasrekisteristämme pyyntönne mukaisesti. Kirjanpitolain
> edellyttämät laskutiedot säilytetään vuoden 2032 loppuun, eikä niitä käytetä muuhun.
> Jos olet tyytymätön ratkaisuumme, sinulla on oikeus tehdä valitus valvontaviranomaiselle.
>
> Ystävällisin terveisin
> Zoomi Kuvakaupat Oy / tietosuoja
""")

E("fi", "erasure", False, "daughter's photo on company Instagram, take it down (consent withdrawn)",
  "Katja Nieminen <katja.nieminen@example.fi>", "Tyttären kuva Instassa",
  """Moi!

Huomasin et teidän Instagramissa on tyttäreni Ellan kuva (se jossa on punainen pipo ja syksyn lehtiä, julkaistu viime viikolla). Annoin kyllä kuvauksessa luvan "markkinointikäyttöön", mutta en ajatellut että se tarkoittaa somea missä kaikki voi kommentoida. Perun sen luvan, ottakaa kuva pois sieltä mahdollisimman pian kiitos.

Katja
""")

E("sv", "access", False, "short Finland-Swedish access request",
  "Mikael Björkqvist <mikael.bjorkqvist@example.fi>", "Registerutdrag",
  """Hej,

Jag vill granska vilka uppgifter ni har om mig i ert kundregister. Vänligen skicka registerutdraget per e-post till denna adress.

Mvh
Mikael Björkqvist
Smedsby
""")

E("sv", "marketing_opt_out", False, "stop sending ads, reply to campaign",
  "Ulla Sandvik <ulla.sandvik@example.fi>", "SV: Julkorten är här! Beställ senast 1.12",
  """Sluta skicka reklam till mig, tack. Jag har bett om det förut också.

Ulla

Från: Zoomi Kuvakaupat <nyhetsbrev@example.fi>
Skickat: tisdag
Ämne: Julkorten är här! Beställ senast 1.12

Gör egna julkort av höstens skolfoton – 10 kort för 14,90 €.
Avsluta prenumerationen | Ändra inställningar
""")

E("sv", "", False, "near-miss: reprint order of son's photo",
  "Gunilla Backman <gunilla.backman@example.fi>", "Beställning av kopior",
  """Hej!

Jag skulle vilja beställa två kopior till av bilden på min son Anton från skolfotograferingen i Kvevlax skola (klass 4). Storlek 13x18 om det går. Koden på kuvertet var 7H3K-29. Kan jag betala med faktura?

Tack på förhand,
Gunilla Backman
""")

E("sv", "erasure+objection", False, "guardian: child's photo in brochure/shop window, take it down and don't use in marketing",
  "Sofia Holmström <sofia.holmstrom@example.fi>", "Bilden på min dotter i ert skyltfönster",
  """Hej,

När vi gick förbi er butik i centrum i lördags såg vi att en stor bild på vår dotter Maja (7 år) hänger i skyltfönstret, och samma bild finns tydligen också i er broschyr för skolfotografering. Vi har aldrig gett tillstånd till det, åtminstone inte som vi kommer ihåg.

Ta ner bilden från fönstret och ur broschyren. Jag motsätter mig också att ni använder bilder på henne i er marknadsföring överhuvudtaget, varken nu eller i framtiden.

Hälsningar
Sofia Holmström
""")

E("sv", "", True, "payment receipt from the card provider, no auto header",
  "Verifone kvitto <kvitto@verifone.example.com>", "Kvitto för ditt köp hos Zoomi Kuvakaupat Oy",
  """Tack för ditt köp!

Säljare:        Zoomi Kuvakaupat Oy, Vasa
Datum:          2026-10-03 11:42
Belopp:         49,00 EUR
Kort:           VISA **** 4417
Autorisering:   084512
Referens:       ZK-WEB-118203

Spara kvittot. Vid frågor om köpet, kontakta säljaren.
Detta kvitto har skapats automatiskt.
""")

E("sv", "rectification", False, "family moved: update customer record address",
  "Patrik Ehrström <patrik.ehrstrom@example.fi>", "Ny adress",
  """Hej,

Vi har flyttat i somras, men fakturan för skolfotona kom ändå till gamla adressen (Kyrkogatan 5). Kan ni uppdatera mina kontaktuppgifter i ert register:

Patrik Ehrström
Strandvägen 22
66100 Malax

Telefonnumret är samma.
/Patrik
""")

E("sv", "complaint+marketing_opt_out", False, "still gets newsletters after unsubscribing, has reported to DPA",
  "Annika Nyström <annika.nystrom@example.se>", "Fortfarande nyhetsbrev",
  """Hej.

Jag avregistrerade mig från ert nyhetsbrev i juni. Sedan dess har jag fått sju (!) utskick till. Jag har nu anmält er till Dataombudsmannen i Finland och bifogat skärmdumpar.

Jag vill inte ha någon som helst marknadsföring från er, varken e-post eller sms.

Annika Nyström
""")

E("sv", "", False, "school secretary: when are photos delivered",
  "Skolsekreterare Marina Lund <marina.lund@skola.example.fi>", "Leverans av klassfoton – Vörå samskola",
  """Hej,

Fotograferingen hos oss var för tre veckor sedan. Lärarna undrar när klassfotona och elevkorten levereras till skolan, och om vi ska dela ut inloggningskoderna till föräldrarna själva eller om ni skickar dem direkt?

Vi behöver också porträttbilderna till Wilma som tidigare år.

Vänliga hälsningar
Marina Lund
skolsekreterare, Vörå samskola
""")

E("sv", "", False, "change of mind: forget my request, do not delete anything",
  "Karin Åkerlund <karin.akerlund@example.fi>", "Re: Begäran om radering",
  """Hej igen,

Glöm min begäran från i går, radera ingenting. Jag pratade med min man och vi vill ju ändå beställa kort av barnens bilder till jul. Förlåt för besväret!

Karin

> Hej, jag vill att ni raderar alla mina uppgifter och barnens bilder.
> Karin Åkerlund
""")

E("en", "access", False, "non-native speaker parent asks what data about children",
  "Olena Kovalenko <olena.kovalenko@example.com>", "question about my children data",
  """Hello,

My name is Olena, we live in Vaasa since 2022 and my two children go to kindergarten Mustikka and school Onkilahti. Every year your company is making photos there. I want to know please what information you have about my children and about me. Name, address, photos, maybe something else? And who else can see it. I am not angry, I only want to understand because in Ukraine it was different.

Thank you very much
Olena Kovalenko
""")

E("en", "", False, "supplier: photo paper price list",
  "Sales Team <sales@photopaper.example.com>", "2027 price list – silk & lustre papers",
  """Dear customer,

Please find attached our 2027 price list for silk and lustre photographic papers and the new 30 cm roll format for the Noritsu printers. Prices are valid from 1 January 2027. Orders placed before 15 December are invoiced at 2026 prices.

If you would like samples of our new eco-line paper, just reply to this email with the number of sheets you need.

Best regards,
Hannah Clarke
Key Account Manager, Nordics
""")

E("en", "", True, "out-of-office reply with Auto-Submitted header",
  "David Moreau <david.moreau@example.com>", "Automatic reply: Your photo order is ready for pickup",
  """Thank you for your email. I am out of the office until 2 November with limited access to email. For urgent matters please contact my colleague at office@example.com.

Best regards,
David Moreau
""", hdrs={"Auto-Submitted": "auto-replied"})

E("en", "portability+erasure", False, "export account data machine-readable, then delete account",
  "Thomas Berg <thomas.berg@example.com>", "Account export and closure",
  """Hi,

I'm closing my account with your online shop. Before you delete it, please export all the personal data I provided (profile, addresses, order history and the photos I uploaded to my gallery) in a structured, machine-readable format so I can take it to another provider. After that, please delete the account and everything related to it.

Account email: this one.

Thanks,
Thomas
""")

E("en", "restriction+rectification", False, "contests wrong address used for collection; correct it and restrict meanwhile",
  "Aino Ruth <aino.ruth@example.com>", "Incorrect address – invoice 20931",
  """Dear Sir or Madam,

Your invoice 20931 and the subsequent collection letter were sent to an address I have not lived at since 2023 (Rauhankatu 8, Vaasa). My correct address is Pitkäkatu 40 C 12, 65100 Vaasa. Please correct it in your records.

I contest the accuracy of the data you have passed on and ask that you restrict the processing of my data, including any further collection steps, until the address error has been corrected and the matter resolved. I will pay the invoice once I receive it properly.

Kind regards,
Aino Ruth
""")

E("en", "", False, "question about rights only, no request",
  "Liam O'Connor <liam.oconnor@example.com>", "GDPR and school photos",
  """Hi there,

Quick question out of curiosity: what rights do parents actually have under GDPR when it comes to school photos? Our school's parents' association is putting together an info sheet and someone asked me. Is there a page on your website that explains it?

Cheers,
Liam (parents' association, Vasa övningsskola)
""")
