from parts.common import E

# ---------------------------------------------------------------- fi (13)

E("fi", "access", False, "very short: tarkastuspyyntö",
  "Jukka Nieminen <jukka.nieminen@example.fi>", "tarkastuspyyntö",
  """tarkastuspyyntö. Jukka Nieminen, s-posti tää samahan mitä oon käyttäny tilauksissa

-J""")

E("fi", "erasure+access", False, "parent forwards teen son's wish (delete e-yearbook photo) + asks own access",
  "Mika Hietala <mika.hietala@example.fi>", "Fwd: vuosikirja",
  """Pojan toive, olkaa hyvät. Ja muuten mäkin haluan tietää mitä tietoja teillä on meistä (minä, vaimo, kaks poikaa).

Mika Hietala

---------- Forwarded message ---------
From: Leevi Hietala <leevi.hietala@example.fi>
Subject: vuosikirja

iskä voitko sanoo niille kuvaajille et ne poistaa mun kuvan siit sähköisestä vuosikirjasta, siin on se vanha kuva ja kaikki pilkkaa""")

E("fi", "", False, "near-miss: wants to order more prints (copy of photo)",
  "Leena Tuominen <leena.tuominen@example.fi>", "lisää kuvia",
  """Hei, haluaisin tilata lisää kuvia poikani koulukuvista. Paljonko maksaa kopio isosta kuvasta (20x30) ja saako sen vielä kun tilausaika meni jo? Kuvakoodi 7734-AB.
Leena""")

E("fi", "marketing_opt_out", False, "reply to newsletter with 'peruuta tilaus' in quoted footer; new line refuses",
  "Arto Kemppainen <arto.kemppainen@example.fi>", "Vs: Zoomin uutiskirje lokakuu",
  """en oo tilannu tätä, lopettakaa. linkki ei toimi

-----Alkuperäinen viesti-----
Lähettäjä: Zoomi Kuvakaupat <uutiskirje@example.fi>
Aihe: Zoomin uutiskirje lokakuu

> Lokakuussa studiolla perhekuvaukset arki-iltaisin!
> Et halua enää uutiskirjettä? Peruuta tilaus tästä.""")

E("fi", "", True, "Slotti cancellation notice, no header",
  "Slotti <noreply@example.com>", "Varauksesi on peruttu",
  """Hei Leena Tuominen,

varauksesi on peruttu.

Palvelu: Perhekuvaus studiolla 60 min
Aika: la 19.10. klo 11:00

Voit tehdä uuden varauksen osoitteessa https://example.com/slotti/zoomi
Tämä viesti on lähetetty automaattisesti.""")

E("fi", "erasure+objection", False, "ex-employee of client firm: delete staff photo and don't use it anywhere",
  "Tiina Koskela <tiina.koskela@example.fi>", "henkilökuva",
  """Hei,
Olen lopettanut Pohjanmaan Sähkö Oy:ssä elokuussa, mutta kuvani on vielä teidän kuvapankissa ja firman sivuilla teidän ottama henkilökuva. Poistakaa kuva teidän järjestelmästä, enkä halua että sitä käytetään enää missään, ei teidän esimerkkikuvissa eikä firman materiaaleissa.

Tiina Koskela""")

E("fi", "restriction+complaint", False, "disputes collection; don't process until settled, else DPA complaint",
  "Janne Ylönen <janne.ylonen@example.fi>", "perintä",
  """Kiistän ton perintäasian kokonaan, lasku meni väärään osoitteeseen. Älkää käsitelkö mun tietoja ennen kuin asia on selvitetty, muuten teen kantelun tietosuojavaltuutetulle.

Janne Ylönen""")

E("fi", "rectification", False, "dialect: surname misspelled on invoice",
  "Heikki Jussila <heikki.jussila@example.fi>", "nimi laskus",
  """Mun nimi on kirijotettu väärin laskuhun ja kaikkihin teirän papereihin, Jussila eikä Jusila. Korjatkaa ny ettei tuu taas väärin.
H. Jussila, Lapua""")

E("fi", "access+erasure", False, "answers our clarification: all data, then delete",
  "Anu Kettunen <anu.kettunen@example.fi>", "Re: Pyyntösi",
  """kaikki tiedot. ja sen jälkeen kun oon saanu ne, poistakaa kaikki.

Anu

> Hei Anu,
> kiitos viestistäsi. Tarkentaisitko, mitä tietoja haluat saada? Meillä on sinusta tilaushistoria ja kaksi kuvagalleriaa.
> Ystävällisin terveisin, Zoomi Kuvakaupat Oy""")

E("fi", "", False, "change of mind: don't delete anything after all",
  "Petra Vainio <petra.vainio@example.fi>", "Re: poistopyyntö",
  """Unohtakaa se mun poistopyyntö, en haluukaan et poistatte mitään. Tilaan vielä joulukortit niistä kuvista.
Petra

> Hei Petra, olemme vastaanottaneet pyyntösi tietojesi poistamisesta ja käsittelemme sen kuukauden kuluessa.""")

E("fi", "access+marketing_opt_out", False, "non-native Finnish: what data + no ad calls (phone 'remove from list' read as opt-out, disputed)",
  "Olga Smirnova <olga.smirnova@example.fi>", "minun tiedot",
  """Hei, minä olen Olga Smirnova. Minä haluan tietää mitä tiedot teillä on minusta. Ja poista minun puhelinnumero teidän listasta, ei soita minulle mainos, kiitos. Minä olen töissä päivällä.

Olga""")

E("fi", "", False, "near-miss: kindergarten postpones photo day",
  "Hanna Ruotsala <hanna.ruotsala@example.fi>", "kuvauspäivä siirtyy?",
  """Hei, meillä on puolet lapsista sairaana (vatsatauti). Voidaanko kuvauspäivää siirtää viikolla eteenpäin, esim. ti 29.10.?
Hanna, Huutoniemen päiväkoti, Tähtiryhmä""")

E("fi", "complaint", False, "asks how to complain to DPA after being ignored (intent, disputed)",
  "Markku Haapala <markku.haapala@example.fi>", "valitus",
  """Te ette oo vastanneet kolmeen mun viestiin. Miten mä voin tehdä teistä valituksen tietosuojavaltuutetulle? Kertokaa osote niin laitan sen tänään.
Markku Haapala""")

# ---------------------------------------------------------------- sv (11)

E("sv", "erasure", False, "Ostrobothnian: moved to Sweden, remove all pictures and data",
  "Ann-Sofi Djupsjö <annsofi.djupsjo@example.se>", "ta bort",
  """Hej, ja sku vilja att ni tar bort alla bilder å uppgifter om mej, ja ha flytta ti Sverige å behöver int era tjänster meir.
Ann-Sofi""")

E("sv", "", False, "near-miss: resend receipt",
  "Mats Granvik <mats.granvik@example.fi>", "kvitto",
  """Kan ni skicka kvittot på nytt för passfotot 4.9? Jag behöver det för reseräkningen.
Mats Granvik""")

E("sv", "access+portability", False, "formal request, art 15 and 20",
  "Sara Björkqvist <sara.bjorkqvist@example.fi>", "Begäran om registerutdrag och dataportabilitet",
  """Hej,

jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen. Jag vill också med stöd av artikel 20 få de uppgifter som jag själv har lämnat till er (kontouppgifter, beställningar, uppladdade bilder) i ett strukturerat, maskinläsbart format.

Med vänlig hälsning
Sara Björkqvist""")

E("sv", "marketing_opt_out", False, "misspelled 'avregistera' under quoted newsletter",
  "Roger Söderlund <roger.soderlund@example.fi>", "SV: Nyhetsbrev september",
  """Avregistera mig tack

Skickat från min iPhone

> Zoomi Kuvakaupat – nyhetsbrev september
> Höstens skolfoton är här! Beställ före 30.9.
> Avsluta prenumerationen här.""")

E("sv", "", True, "webshop order confirmation, no header",
  "Zoomi Webbshop <order-noreply@example.fi>", "Orderbekräftelse #60213",
  """Tack för din beställning!

Ordernummer: 60213
Produkter: Skolfoto paket M (1 st), Nyckelring med bild (2 st)
Totalt: 42,90 EUR
Leverans: Posti, 5–7 vardagar

Du kan följa din beställning på https://example.fi/order/60213
Detta är ett automatiskt meddelande.""")

E("sv", "erasure", False, "husband forwards sick wife's consent withdrawal + remove shop-window photo",
  "Peter Lindroos <peter.lindroos@example.fi>", "VB: bilden i skyltfönstret",
  """Min fru vill detta, hon e sjuk nu så ja skickar. /Peter

-----Ursprungligt meddelande-----
Från: Maria Lindroos
Ämne: bilden i skyltfönstret

Jag återkallar mitt samtycke till att ni använder bilden på mig i ert skyltfönster på Hovrättsesplanaden. Ta bort den.
Maria Lindroos""")

E("sv", "objection", False, "objects to passing data to debt collection, invoice disputed",
  "Niklas Grönroos <niklas.gronroos@example.fi>", "inkasso",
  """Jag motsätter mig att ni lämnar mina uppgifter till inkasso. Fakturan är bestridd, jag har skickat reklamation två gånger.
Niklas Grönroos""")

E("sv", "rectification", False, "child's name misspelled on class list",
  "Therese Wik <therese.wik@example.fi>", "Linnéa",
  """Hej! Mitt barns namn är fel stavat i er klasslista från Sundom skola, det ska vara Linnéa med é, inte Linnea. Kan ni rätta det innan bilderna trycks?
Therese Wik""")

E("sv", "", False, "near-miss: 'Okej, tack!' under our booking reply",
  "Jonas Hagström <jonas.hagstrom@example.fi>", "Re: Ombokning",
  """Okej, tack!

> Hej Jonas, vi har flyttat din tid till fredag 11.10 kl 15.00. Välkommen!
> Zoomi Kuvakaupat""")

E("sv", "complaint", False, "copy of notification to the DPA, controller in copy",
  "Birgitta Saarinen <birgitta.saarinen@example.fi>", "Anmälan till Dataombudsmannens byrå – kopia",
  """Till: Dataombudsmannens byrå
Kopia: Zoomi Kuvakaupat Oy

Anmälan gällande Zoomi Kuvakaupat Oy

Bolaget har publicerat en bild på mitt barn i sin reklam på Instagram utan vårt samtycke och har inte besvarat min begäran om att ta bort den (skickad 2.5). Jag ber Dataombudsmannen utreda ärendet.

Birgitta Saarinen
Vasa""")

E("sv", "marketing_opt_out", False, "dialect one-liner: stop mailing me",
  "Kim Båssar <kim.bassar@example.fi>", "-",
  """sluta mejla mej. ja ha int bett om era erbjudanden. tack""")

# ---------------------------------------------------------------- en (6)

E("en", "access+erasure", False, "wife forwards husband's request: first see, then delete",
  "Nadia Rahimi <nadia.rahimi@example.com>", "Fwd: my information",
  """My husband asked me to send this since he's not on email. Please sort it out for him.
Nadia

---------- Forwarded message ---------
From: Farid Rahimi
Subject: my information

Hello, I would like to know what you have stored about me (Farid Rahimi, customer since passport photos 2020) and then please delete it all.
Farid""")

E("en", "", True, "out-of-office with Auto-Submitted header",
  "Kevin O'Brien <kevin.obrien@example.com>", "Automatic reply: Staff photo day 14 Nov",
  """Thank you for your email. I am out of the office until 18 November with limited access to email.
For urgent matters, please contact reception@example.com.

Kevin O'Brien
Facilities Manager""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("en", "portability", False, "download photos and order data to move to another service",
  "Hannah Schultz <hannah.schultz@example.com>", "export",
  """Hi, is there a way to download all my data from my account (photos I uploaded, albums, order history) as a zip/csv? I want to move everything to another service. Thanks! Hannah""")

E("en", "", False, "near-miss: supplier offer",
  "Nordic Print Supplies <sales@example.com>", "Photo paper – autumn discount for studios",
  """Dear Zoomi team,

We're offering 20% off our professional photo paper range for studios in Finland this autumn. Let me know if you'd like a sample pack.

Best regards,
Erik Jansson
Nordic Print Supplies""")

E("en", "objection", False, "objects to analytics and profiling on website",
  "Paul Nieminen <paul.nieminen@example.com>", "analytics",
  """I object to you using my data for analytics and profiling on your website. Turn it off for my account.
Paul""")

E("en", "erasure", False, "both parents agree: delete daughter's photos from servers",
  "Sophie Laurent <sophie.laurent@example.com>", "daughter's photos",
  """Hello,
please delete my daughter's photos from your servers. She's Chloé Laurent-Mäki in 2B at Variskan koulu. Her dad and I both agree on this (he's in cc).
Thank you,
Sophie Laurent""")
