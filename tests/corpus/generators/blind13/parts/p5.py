from parts.common import E

E("fi", "erasure", False, "Savo dialect, wants all data removed",
  "Eino Hyvärinen <eino.hyvarinen@example.fi>", "Tiijot pois",
  """Päevee

Poistakee kaekki minnuu koskevat tiijot teijän rekisteristä. Käin teillä kerran passikuvassa ku olin Vaasassa töissä, mutta nyt oon jo takasin Kuopiossa eikä sinne tarvihe mittään kuvvii enää ottoo.

Terveisin Eino""")

E("fi", "access", False, "casual colloquial: what do you know about me",
  "Petteri Mikkola <petteri.mikkola@example.fi>", "kysymys",
  """No moi. Mitä te oikein tiedätte musta? Saan teiltä postia vaikka en oo kai ikinä tilannu mitää. Laittakaa lista mitä teil on.

Petteri""")

E("fi", "access+erasure+marketing_opt_out", False, "triple: send data, stop ads now, then delete",
  "Hanna Ruotsalainen <hanna.ruotsalainen@example.fi>", "Kolme asiaa",
  """Hei,

1) Lopettakaa mainosviestien lähettäminen minulle heti, sekä sähköpostit että tekstiviestit.
2) Lähettäkää minulle selvitys siitä, mitä tietoja teillä minusta on.
3) Kun olen saanut selvityksen, poistakaa kaikki tietoni.

Hanna Ruotsalainen""")

E("fi", "", False, "praise for the photographer, nothing asked",
  "Leena Aaltonen <leena.aaltonen@example.fi>", "Kiitos kuvaajalle",
  """Hei!

Halusin vain kiittää lauantain perhekuvauksesta. Kuvaaja Jonna sai meidän villit kaksoset rauhoittumaan ja kuvat ovat ihania. Suosittelemme teitä varmasti tuttavillemme.

Leena ja perhe""")

E("fi", "rectification", False, "email misspelled in booking, confirmations go to someone else",
  "Sirpa Tuominen <sirpa.tuominen@example.fi>", "Väärä sähköpostiosoite varauksissa",
  """Hei,

varausvahvistukset eivät tule minulle. Soitin asiakaspalveluun ja selvisi, että sähköpostiosoitteeni on teillä muodossa sirpa.tuomin@example.fi (loppu puuttuu). Joku toinen saa siis minun varaustietoni. Oikea osoite on tämä, josta kirjoitan. Korjatkaa se kaikkiin järjestelmiinne.

Sirpa Tuominen""")

E("fi", "objection", False, "guardian objects to school passing child's data before consent",
  "Tuomas Lehto <tuomas.lehto@example.fi>", "Lapsen tiedot koululta",
  """Hei,

koulu kertoi, että he toimittavat teille koko luokan nimilistan ennen kuvauspäivää. Vastustan sitä, että käsittelette poikani Eliaksen (2C, Kappelinmäen koulu) tietoja tällä tavalla ennen kuin olemme itse ilmoittaneet haluavamme koulukuvat. Emme ole vielä päättäneet.

Tuomas Lehto, huoltaja""")

E("fi", "", True, "domain renewal notice from registrar, no headers",
  "Verkkotunnuspalvelu <laskutus@domainit.example.fi>", "Verkkotunnuksesi zoomi-kuvat.example.fi vanhenee 30 päivän kuluttua",
  """Hyvä asiakas,

verkkotunnuksesi zoomi-kuvat.example.fi voimassaolo päättyy 6.1.2027. Uusi verkkotunnus kirjautumalla hallintapaneeliin tai maksamalla liitteenä oleva lasku eräpäivään mennessä.

Tämä viesti on lähetetty automaattisesti.

Verkkotunnuspalvelu""")

E("fi", "complaint", False, "photos delivered to wrong family; reporting to ombudsman",
  "Katja Nyman <katja.nyman@example.fi>", "Lapseni kuvat lähetettiin väärälle perheelle",
  """Hei,

naapurimme sai eilen postissa meidän tyttären koulukuvat, nimilapulla ja luokkatiedoilla varustettuna. Olette siis lähettäneet lapsen kuvat ja henkilötiedot vieraalle perheelle. Tämä on vakava tietosuojaloukkaus.

Ilmoitan asiasta tietosuojavaltuutetulle tänään.

Katja Nyman""")

E("fi", "erasure", False, "ex-member asks removal from sports club team photos",
  "Aleksi Toivonen <aleksi.toivonen@example.fi>", "Joukkuekuvat",
  """Hei,

pelasin Vaasan Sepon juniorijoukkueessa vuoteen 2023 ja teiltä löytyy seuran kuvapankista joukkuekuvia, joissa on nimeni. Lopetin seurassa jo, joten pyydän että poistatte minut näistä kuvista ja nimitiedoista teidän palvelussanne. Seuralle olen ilmoittanut saman.

Aleksi Toivonen (19 v)""")

E("fi", "", False, "can I pay the invoice in instalments",
  "Tapio Kangas <tapio.kangas@example.fi>", "Lasku osissa?",
  """Hei, voisiko laskun 2026-9321 (189 €) maksaa kolmessa erässä? Rahatilanne on tiukka mutta haluan kyllä maksaa. Tapio Kangas""")

E("fi", "erasure+restriction", False, "delete all except invoices; restrict those",
  "Merja Huhtala <merja.huhtala@example.fi>", "Tietojen poisto ja laskut",
  """Hei,

ymmärrän, että kirjanpitolaki velvoittaa säilyttämään laskut. Pyydän siksi, että poistatte minusta kaiken muun: kuvat, yhteystiedot markkinointirekisteristä, ajanvaraushistorian ja verkkokaupan tilin. Laskujen osalta pyydän, että rajoitatte niiden käsittelyn pelkkään lakisääteiseen säilyttämiseen, eli niitä ei käytetä mihinkään muuhun.

Merja Huhtala""")

E("fi", "", False, "hypothetical question: would erasure reach police passport photo",
  "Jari Lampinen <jari.lampinen@example.fi>", "Passikuva ja poisto",
  """Hei,

mietin vain: jos joskus pyytäisin teitä poistamaan tietoni, poistuisiko samalla myös passikuvani poliisin järjestelmästä, vai onko se eri asia? En ole tekemässä pyyntöä nyt, haluan vain ymmärtää miten tämä toimii.

Jari""")

E("fi", "marketing_opt_out", False, "says she never subscribed to the newsletter, cancel it",
  "Sini Korpela <sini.korpela@example.fi>", "uutiskirje",
  """Hei. En ole koskaan tilannut teidän uutiskirjettä, mutta sitä tulee silti. Haluan perua sen enkä halua jatkossakaan mitään markkinointiviestejä.
Sini""")

E("sv", "erasure", False, "Sweden-Swedish, short, radera mej",
  "Johanna Berglund <johanna.berglund@example.se>", "Radera mej",
  """Hej! Jag var på semester i Vasa och tog ett foto hos er förra sommaren. Nu får jag mejl från er hela tiden. Radera mej helt från era system, tack.
/Johanna""")

E("sv", "access", False, "formal Art 15 request from Sweden, listing items",
  "Erik Lundström <erik.lundstrom@example.se>", "Begäran om registerutdrag enligt artikel 15 GDPR",
  """Hej,

jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen. Jag vill få:

- en kopia av de personuppgifter ni behandlar om mig,
- ändamålen med behandlingen,
- vilka mottagare uppgifterna har lämnats ut till,
- hur länge uppgifterna kommer att sparas,
- varifrån uppgifterna har hämtats,
- om automatiserat beslutsfattande förekommer.

Jag har varit kund i er webbutik sedan 2021 med denna e-postadress.

Med vänlig hälsning
Erik Lundström
Göteborg""")

E("sv", "rectification", False, "address out of date, moved to Jakobstad",
  "Christina Ahlskog <christina.ahlskog@example.fi>", "Ny adress",
  """Hej,

adressen ni har till mig stämmer inte längre. Jag bor numera på Storgatan 18 B 4, 68600 Jakobstad. Uppdatera gärna kunduppgifterna, era brev går fortfarande till Vasa.

Christina Ahlskog""")

E("sv", "", True, "password reset notice from another service, no headers",
  "Fotoarkivet <ingen-svar@fotoarkivet.example.se>", "Ditt lösenord har återställts",
  """Hej!

Lösenordet för ditt konto hos Fotoarkivet har återställts. Om det inte var du som begärde detta, kontakta vår kundtjänst omedelbart.

Detta meddelande skickades automatiskt. Svara inte på det.""")

E("sv", "marketing_opt_out+objection", False, "stop spam and stop analysing what I look at",
  "Robin Kull <robin.kull@example.fi>", "Spam och spårning",
  """Hej,

sluta spamma mig med erbjudanden. Och jag motsätter mig också att ni analyserar vilka bilder jag tittar på i webbshoppen – det märks att erbjudandena bygger på det. Jag vill inte att mina uppgifter används till sådan analys över huvud taget.

Robin""")

E("sv", "", False, "confirms appointment, thanks",
  "Kerstin Mård <kerstin.mard@example.fi>", "Sv: Bekräftelse av tid",
  """Tack, tiden på lördag kl 11 passar bra. Vi kommer alla fyra plus hunden, hoppas det är okej!

Kerstin

> Hej Kerstin, välkommen till familjefotografering lördag 14.11 kl 11.00.""")

E("sv", "access+complaint", False, "reminder of unanswered access request, DPA threat within a week",
  "Göran Stenroos <goran.stenroos@example.fi>", "Påminnelse: mitt registerutdrag",
  """Hej,

den 1 september bad jag om att få se vilka uppgifter ni har om mig och mina barn. Jag har inte fått något svar, inte ens en bekräftelse. Det har gått över en månad.

Om jag inte får svar inom en vecka vänder jag mig till dataombudsmannen.

Göran Stenroos""")

E("sv", "", False, "asks about passport photo for a baby",
  "Ida Sundqvist <ida.sundqvist@example.fi>", "Passfoto för bebis",
  """Hej! Tar ni passfoton på bebisar (3 månader)? Hur går det till och behöver man boka tid? Vi ska resa i januari.
Ida""")

E("sv", "erasure", False, "school forwards a 17-year-old student's wish",
  "Vasa övningsskola kansliet <kansli.ovningsskolan@example.fi>", "VB: Radering av bilder",
  """Hej,

en av våra gymnasieelever (17 år) har bett oss vidarebefordra följande till er som fotograferade skolan i september. Eleven har själv skrivit meddelandet nedan.

Kansliet, Vasa övningsskola

---
Hej, jag heter Alva Granholm och går i årskurs 2. Jag vill att ni raderar mina skolfoton och mitt namn från er tjänst. Jag vill inte finnas med. Mina föräldrar vet om det.
Alva""")

E("sv", "objection", False, "objects to debt collection handover due to agreed payment plan and sick leave",
  "Marko Rönnholm <marko.ronnholm@example.fi>", "Inkasso",
  """Hej,

jag har varit sjukskriven sedan augusti och kom överens med er kundtjänst i telefon om att betala fakturan i två delar. Ändå fick jag besked om att ärendet går till OK-perintä. Jag motsätter mig att ni lämnar mina uppgifter till inkasso med tanke på min situation och vår överenskommelse.

Marko Rönnholm""")

E("en", "access", False, "casual: what do you know about me",
  "Jake Turner <jake.turner@example.com>", "what do you have on me",
  """hey, just curious what info you guys have on me? got a letter addressed to me at my new place which I only moved to last month. send me whatever you have

jake""")

E("en", "portability+erasure", False, "export data machine-readable then delete account",
  "Sophie Laurent <sophie.laurent@example.com>", "Export and close account",
  """Hello,

I'm moving back to France and will stop using your shop. Before you delete my account, please export my data (order history, addresses, uploaded photo files) in a machine-readable format so I can take it to another print service. After that, please delete my account and all my data.

Merci,
Sophie Laurent""")

E("en", "", True, "delayed delivery status notification",
  "Mail Delivery Subsystem <mailer-daemon@example.com>", "Delivery Status Notification (Delay)",
  """This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed:

     anna.k@example.com

Message will be retried for 2 more day(s)""",
  hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

E("en", "rectification", False, "company name wrong on staff-photo invoice contact",
  "Robert Walsh <robert.walsh@example.com>", "Wrong company on my contact details",
  """Hi,

I'm listed in your system as the contact for "Nordic Wind Solutions" but I now work for Ostrobothnia Energy Ltd. I'm the one who books our staff photos, so please correct my organisation and work phone (+358 50 123 9876) in your customer records.

Rob""")

E("en", "", False, "wants higher-resolution copy of a photo (product order)",
  "Isabel Ortega <isabel.ortega@example.com>", "Copy of photo in high resolution",
  """Hi! Could I get a copy of my graduation photo (order 59900) in higher resolution for printing a poster? Happy to pay for it. Which size options do you have?

Isabel""")

E("en", "objection", False, "formal Art 21(1) objection to legitimate interest processing",
  "Daniel Meier <daniel.meier@example.com>", "Objection under Article 21(1) GDPR",
  """Dear Sir or Madam,

I hereby object, pursuant to Article 21(1) GDPR, to the processing of my personal data carried out on the basis of your legitimate interests, in particular the use of my customer data for business development and customer analysis. My grounds: I work in a role where my privacy is particularly important, and I do not wish any profile of my purchases or preferences to exist.

Please confirm that such processing has ceased, or demonstrate the compelling legitimate grounds you rely on.

Yours faithfully,
Daniel Meier""")

E("en", "access", False, "second request for SAR; reserves right to complain (not a complaint)",
  "Claire Dubois <claire.dubois@example.com>", "Second request: subject access request of 3 September",
  """Dear Zoomi Kuvakaupat,

On 3 September I sent you a subject access request asking for a copy of my personal data and information about how it is processed. I have had no reply.

Please treat this as a reminder of that request, which still stands. I reserve the right to take further steps if necessary.

Kind regards,
Claire Dubois""")
