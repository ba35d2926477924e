from parts.common import E

# ---------------- Finnish (14) ----------------
E("fi", "erasure", False, "phone one-liner, no umlauts, spoken",
  "Jonne Kivimaki <jonne.kivimaki@example.fi>", "tiedot",
  """poistakkaa mun tiedot teijan rekisterista kiitti

Lahetetty iPhonesta""")

E("fi", "access", False, "conditional polite, wants to know what is stored, no legal words",
  "Riikka Salmenkylä <riikka.salmenkyla@example.fi>", "Kysymys",
  """Hei!

Olisin halunnut tietää, mitä kaikkea teillä on minusta tallessa. Tilasin joskus 2019 lasten
koulukuvia ja nyt tulee välillä postia teiltä, niin kiinnostaisi mistä kaikkialta minun
tietoni löytyy ja mitä niistä on tallennettu. Voisitteko lähettää ne minulle?

Ystävällisin terveisin
Riikka Salmenkylä
Laihia""")

E("fi", "marketing_opt_out", False, "spoken finnish, newsletter, no legal words",
  "Teemu Rautio <teemu.rautio78@example.fi>", "Re: Joulun kuvatarjoukset nyt -30%",
  """Moi, ma en oo ikina tilannu mitaa uutiskirjetta ja silti naita tulee joka viikko.
Lopettakaa naa viestit mulle. Ei kiinnosta.

T. Teemu""")

E("fi", "rectification+marketing_opt_out", False, "address change, opt-out one line at end",
  "Sari Heikkilä <sari.heikkila@example.fi>", "Osoitteenmuutos",
  """Hei,

muutimme syksyllä Mustasaaresta Vaasaan, joten pyydän päivittämään osoitteeni
asiakastietoihin: uusi osoite on Rantakatu 14 B 7, 65100 Vaasa. Vanha osoite on
Koivulahdentie 210, se ei ole enää voimassa.

Ja samalla pois markkinointilistalta, kiitos.

Sari Heikkilä
040 123 4567""")

E("fi", "", False, "question how erasure works, for school photos, no request",
  "Minna Lahtinen <minna.lahtinen@example.fi>", "Poistetaanko koulukuvat automaattisesti?",
  """Hei,

meidän tytär kuvattiin syksyllä koulussa. Mietin vain, että kuinka kauan te säilytätte
koulukuvia ja poistetaanko ne automaattisesti jossain vaiheessa vai pitääkö niistä erikseen
pyytää? Tiedän että GDPR:n mukaan poistoa voisi pyytää, mutta en nyt pyydä mitään,
haluan vain ymmärtää käytännön.

Kiitos vastauksesta!
Minna""")

E("fi", "erasure+complaint", False, "angry, child photo in ad, threat to DPO",
  "Janne Pulkkinen <janne.pulkkinen@example.fi>", "LAPSEN KUVA MAINOKSESSA",
  """Mita ihmetta!!! Meidan pojan kuva on teidan facebook-mainoksessa "syksyn koulukuvat" eika
kukaan ole kysynyt meilta lupaa. Ottakaa se kuva pois heti sielta ja kaikista muistakin
paikoista missa sita kaytatte.

Tein jo ilmoituksen tietosuojavaltuutetulle tasta, ette voi tehda nain lapsille.

Janne Pulkkinen""")

E("fi", "", True, "newsletter from another firm, no auto headers",
  "Kuvatarvike Nordic <uutiset@example.com>", "Joulukuun uutuudet ja tarjoukset",
  """Hei Zoomi Kuvakaupat,

joulukuun uutuudet ovat täällä! Uudet Kodak-kuvapaperit 20 % alennuksella,
tulostimien huoltosopimukset nyt edullisemmin.

Tilaa ennen 18.12. niin toimitus ehtii ennen joulua.

Et halua enää uutiskirjettämme? Voit peruuttaa tilauksen täältä: https://example.com/peru
Kuvatarvike Nordic Oy, Tampere""")

E("fi", "access", False, "formal template letter listing Art 15 contents",
  "Antti Virtanen <antti.virtanen@example.fi>", "Tarkastuspyyntö (EU 2016/679 15 artikla)",
  """Zoomi Kuvakaupat Oy
Asiakasrekisterin rekisterinpitäjä

TARKASTUSPYYNTÖ

Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla saada tiedon siitä, käsitelläänkö
minua koskevia henkilötietoja, ja jos käsitellään, jäljennöksen käsiteltävistä tiedoista sekä
seuraavat tiedot:
1. käsittelyn tarkoitukset
2. kyseessä olevat henkilötietoryhmät
3. vastaanottajat tai vastaanottajaryhmät, erityisesti kolmansissa maissa
4. tietojen säilytysaika tai sen määrittämiskriteerit
5. oikeus pyytää oikaisua, poistoa tai käsittelyn rajoittamista tai vastustaa käsittelyä
6. oikeus tehdä valitus valvontaviranomaiselle
7. mistä tiedot on kerätty, jos ei minulta
8. automaattisen päätöksenteon, profiloinnin olemassaolo

Vastaus pyydetään sähköisesti tähän osoitteeseen kuukauden kuluessa.

Antti Virtanen
s. 1981
Seinäjoki""")

E("fi", "objection", False, "objects to debt collection transfer, spoken",
  "Heikki Mäkelä <heikki.makela@example.fi>", "perintä",
  """Moro

Sain OK-perinnalta kirjeen 12 euron laskusta jonka ma maksoin jo lokakuussa.
En hyvaksy et te annatte mun tiedot perintafirmalle tollasen takia, ma oon yrittaja ja taa
vaikuttaa mun luottotietoihin. Vastustan tata kasittelya ja haluun et tiedot vedetaan sielta
pois kasittelysta.

Heikki""")

E("fi", "", False, "complaint about print quality, no GDPR",
  "Päivi Korhonen <paivi.korhonen@example.fi>", "Reklamaatio: koulukuvat",
  """Hei,

saimme tänään koulukuvapaketin ja kuvissa on selvä sinertävä sävy, lapsen kasvot näyttävät
ihan harmailta. Paketti maksoi 49 euroa. Haluaisin joko uudet tulosteet tai hyvityksen.

Tilausnumero 2026-118422.

Päivi Korhonen""")

E("fi", "erasure", False, "guardian for child, no umlauts, daycare photos",
  "Tiina Ahonen <tiina.ahonen@example.fi>", "paivakotikuvat",
  """Hei

Meidan Eelin (4v) kuvattiin Kotiranta paivakodissa syyskuussa. Emme tilanneet kuvia
emmeka halua etta niita sailytetaan teilla. Voisiko ne kuvat ja Eelin tiedot poistaa
kokonaan? Olen Eelin aiti ja huoltaja.

Kuvakoodi oli muistaakseni KR-4471.

terv Tiina Ahonen""")

E("fi", "restriction", False, "disputes accuracy, asks to freeze use while checked",
  "Kalle Nieminen <kalle.nieminen@example.fi>", "Väärä henkilö laskussa?",
  """Hei,

sain teiltä laskun passikuvista, mutta en ole käynyt teillä kuvassa koskaan. Epäilen että
joku on antanut minun nimeni ja osoitteeni. Ennen kuin asia selviää, älkää käyttäkö
tietojani mihinkään, älkää lähettäkö niitä perintään tai muualle – pitäkää ne jäissä
kunnes tämä on selvitetty.

Kalle Nieminen
Kokkola""")

E("fi", "portability", False, "wants digital photos and data in file, no legal words",
  "Laura Jokinen <laura.jokinen@example.fi>", "tiedot tiedostona",
  """Moi,

vaihdan toiseen kuvaamoon ja haluaisin, että lähetätte kaiken mitä olen teille antanut
(yhteystiedot, lasten nimet, tilaushistoria) sellaisena tiedostona jonka saan avattua
koneella ja vietyä eteenpäin, esim. excel tai csv. Jos voitte, lähettäkää suoraan
Kuvaamo Valolle osoitteeseen asiakaspalvelu@example.test.

Laura Jokinen""")

E("fi", "", False, "student thesis about GDPR",
  "Eetu Salonen <eetu.salonen@example.fi>", "Opinnäytetyö: tietosuojapyyntöjen käsittely",
  """Hei,

olen tradenomiopiskelija Vaasan ammattikorkeakoulusta ja teen opinnäytetyötä siitä, miten
pienet yritykset käsittelevät tietosuojapyyntöjä (tarkastusoikeus, poisto-oikeus jne.).
Olisiko teillä mahdollisuus 20 minuutin haastatteluun? Kysymykset koskisivat esim. sitä,
montako pyyntöä saatte vuodessa ja miten määräajat seurataan.

Ystävällisesti
Eetu Salonen""")

# ---------------- Swedish (9) ----------------
E("sv", "erasure", False, "Finland-Swedish phone mail, short",
  "Mikael Backman <mikael.backman@example.fi>", "radera",
  """Hej, radera alla mina uppgifter ur ert register. Tack
/Micke

Skickat från min mobil""")

E("sv", "access", False, "Vaasa Swedish, wants to know what they have",
  "Ann-Christin Sundqvist <annchristin.sundqvist@example.fi>", "Vad har ni om mig?",
  """Hej!

Jag har fått reklam från er fast jag inte minns att jag nånsin handlat något. Vad har ni
egentligen för uppgifter om mig och varifrån har ni fått dem? Skicka gärna en kopia.

Mvh
Ann-Christin Sundqvist
Korsholm""")

E("sv", "marketing_opt_out", False, "Swedish, unsubscribe SMS and mail",
  "Jonas Nyholm <jonas.nyholm@example.fi>", "Sluta skicka",
  """Hej

Jag vill inte ha era erbjudanden mera, varken på e-post eller sms. Ta bort mig från
utskicken.

Jonas""")

E("sv", "", False, "asks about booking change, near miss",
  "Camilla Grönqvist <camilla.gronqvist@example.fi>", "Avboka tid",
  """Hej,

jag har en tid för passfoto på torsdag kl 14.30 men måste avboka den, dottern är sjuk.
Kan jag boka en ny tid nästa vecka? Bokningen gjordes via Slotti.

Mvh Camilla Grönqvist""")

E("sv", "rectification", False, "wrong name spelling on school photo listing, ja for jo",
  "Patrik Holmström <patrik.holmstrom@example.fi>", "fel namn",
  """Hej

Vi har ja sagt detta till skolan flera gånger men på fotobeställningen står vår son som
"Wiliam Holmstöm". Rätt är William Holmström. Kan ni rätta det i ert system så det blir rätt
på kuvorna och fakturan också.

Patrik""")

E("sv", "erasure+marketing_opt_out", False, "staff photo former employee, opt-out at end",
  "Sofia Lindqvist <sofia.lindqvist@example.se>", "Personalfoto",
  """Hej,

jag slutade på Vasa stads tekniska verk i juni men mitt personalfoto ligger fortfarande kvar
hos er och jag har förstått att ni har mina kontaktuppgifter från fotograferingen.
Jag vill att ni raderar mitt foto och mina uppgifter.

Och inga fler nyhetsbrev tack.

Sofia Lindqvist""")

E("sv", "", True, "out of office with auto header",
  "Kristina Ek <kristina.ek@example.fi>", "Frånvaro: Re: Er bokningsbekräftelse",
  """Hej,

jag är på semester 1.12–14.12 och läser inte min e-post. I brådskande ärenden kontakta
skolans kansli, tel. 06 123 4567.

Kristina Ek
Rektor, Smedsby skola""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

E("sv", "objection", False, "objects to analytics tracking, Finland-Swedish",
  "Henrik Sjöberg <henrik.sjoberg@example.fi>", "Google Analytics",
  """Hej

Såg att er webbshop använder Google Analytics. Jag motsätter mig att ni samlar in och
analyserar mina besöksuppgifter på sajten, jag vill inte bli spårad. Sluta med det för
min del.

Henrik Sjöberg""")

E("sv", "", False, "question about consent form from daycare",
  "Daghemmet Solstrålen <solstralen@example.fi>", "Samtyckesblankett för fotografering",
  """Hej,

vi på daghemmet Solstrålen i Vörå ska ha fotografering i februari. Hur fungerar
samtyckesblanketterna ni skickar till föräldrarna – ska vi samla in dem eller skickar
föräldrarna dem direkt till er? Vi vill vara säkra på att GDPR följs.

Hälsningar
Maria Kronholm, föreståndare""")

# ---------------- English (7) ----------------
E("en", "erasure", False, "non-native English, get rid of pictures",
  "Dmitri Volkov <dmitri.volkov@example.com>", "my pictures",
  """Hello,

I was taken passport photo at your shop in Vaasa in summer. Passport is already ready so
please get rid of my pictures and also my name and phone what you have. I not need them
anymore stored anywhere.

Thank you
Dmitri""")

E("en", "access+portability", False, "formal SAR with portability paragraph",
  "Olivia Hart <olivia.hart@example.com>", "Subject Access Request",
  """Dear Data Protection Officer,

Under Article 15 of the GDPR I request a copy of all personal data you hold about me,
including photographs, order records, invoices and any notes, together with the purposes,
recipients and retention periods.

Additionally, under Article 20, please provide the data I have provided to you in a
structured, commonly used and machine-readable format (CSV or JSON is fine).

My details: Olivia Hart, previously of Hietalahdenkatu 3, Vaasa; e-mail as above.

Kind regards,
Olivia Hart""")

E("en", "", False, "vendor selling GDPR software",
  "Mark Feldman <mark@example.com>", "Automate your DSAR handling in 5 minutes",
  """Hi there,

Did you know that 60% of SMBs miss the GDPR one-month deadline for subject access requests?
Our tool PrivyDesk automates erasure, access and rectification requests end to end.

Can I get 15 minutes on your calendar next week for a demo?

Best,
Mark Feldman
Account Executive, PrivyDesk""")

E("en", "marketing_opt_out", False, "I don't want your emails",
  "Kevin O'Brien <kevin.obrien@example.com>", "emails",
  """I don't want your emails. Please take me off whatever list I'm on.
Kev""")

E("en", "rectification", False, "Finnish writer, address you have is old",
  "Mikko Leinonen <mikko.leinonen@example.fi>", "Invoice address",
  """Hi,

the address you have for me is old, the last invoice went to my previous flat in Seinäjoki.
Correct one is Kirkkopuistikko 22 A 4, 65100 Vaasa. Please update your customer
register so that next invoices come right.

Br, Mikko Leinonen""")

E("en", "", True, "password reset mail from a service, no headers",
  "Slotti <no-reply@example.com>", "Reset your password",
  """Hi Zoomi Kuvakaupat,

We received a request to reset the password for your Slotti account.
Click the link below to choose a new password. The link is valid for 30 minutes.

https://example.com/reset?token=8fa2c1

If you didn't request a password reset, you can ignore this e-mail.

— The Slotti team""")

E("en", "objection", False, "objects to staff photo on employer website, particular situation",
  "Rebecca Lindholm <rebecca.lindholm@example.com>", "My photo on the company website",
  """Hello,

My employer ordered staff photos from you in 2024 and my photo is now used on their public
web page. For personal safety reasons (I have a restraining order against a former partner)
I object to my photo being processed and published in this way. Please stop using it and
let my employer know.

Regards,
Rebecca Lindholm""")
