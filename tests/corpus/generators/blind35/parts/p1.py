from parts.common import E

E("sv", "access+erasure+marketing_opt_out", False,
  "guardian, Vörå, three asks as questions, opt-out tucked in",
  "Annika Sundqvist <annika.sundqvist@example.fi>",
  "Angående våra barns bilder",
  """Hej!

Vi har tre barn som har fotograferats av er både på daghemmet i Vörå och i skolan (Rejpelt skola) nu i flera år. Äldsta är 12 nu och har börjat fundera på det här själv, så vi tänkte vi reder ut det på en gång.

Kan ni skicka åt oss vad ni har sparat om barnen? Alltså namn, klass, bilder, beställningar och sånt, och vem ni har gett det åt.

Sen undrar jag om ni kan ta bort alla bilder på de två yngsta som vi int har beställt nånting av? Dom bilder vi har köpt har vi ju hemma redan så dom behövs int heller hos er egentligen.

Och en sak till nu när jag ändå skriver, kan ni sluta skicka dom där erbjudandena om julkort åt mig? Dom kommer både som mejl och sms och jag har int bett om dom.

Barnen heter Elsa, Viggo och Lo Sundqvist.

Tack på förhand!
Annika Sundqvist
Rejpeltvägen, Vörå
040 123 4567""")

E("fi", "", False,
  "order status for school photos, near-miss",
  "Jari Kettunen <jari.kettunen@example.fi>",
  "koulukuvat ei oo tullu",
  """Moi

Tilasin pojan koulukuvat (Gerbyn koulu 3B) jo kolme viikkoa sitten ja maksoin heti mutta mitään ei oo kuulunut. Missä tilaus mennee? Tilausnumero oli jotain 88213 tms.

t. Jari""")

E("sv", "marketing_opt_out", False,
  "one-line reply to newsletter, footer quoted",
  "Gunnel Björkqvist <gunnel.bjorkqvist@example.fi>",
  "Re: Höstens erbjudanden från Zoomi – 20 % på fotoböcker!",
  """Nej tack, int mera reklam åt mig.

Gunnel

> Höstens erbjudanden från Zoomi Kuvakaupat
> Beställ fotoboken före 31.10 och få 20 % rabatt!
> ...
> Du får detta nyhetsbrev eftersom du är kund hos oss. Avsluta prenumerationen här.""")

E("en", "", True,
  "out-of-office auto-reply, no header",
  "Mark Delaney <mark.delaney@example.com>",
  "Automatic reply: Your staff photo session on 14 October",
  """Thank you for your email. I am out of the office until Monday 20 October with limited access to email.

For urgent matters regarding facilities please contact reception at reception@example.com.

Best regards,
Mark Delaney
Facilities Manager""")

E("fi", "access+marketing_opt_out", False,
  "adult daughter writing for elderly father, access + stop paper ads",
  "Pirjo Laaksonen <pirjo.laaksonen@example.fi>",
  "Isäni tiedot",
  """Hei,

kirjoitan isäni Veikko Rannan (s. 1938) puolesta, hän asuu nykyään palvelutalossa Vaasassa ja minä hoidan hänen asioitaan, minulla on edunvalvontavaltuutus.

Isälle tulee edelleen teiltä kirjeitä ja tarjouksia valokuvista ja kalentereista. Hän ei niitä itse tarvitse eikä ymmärrä ja on pari kertaa meinannut tilata jotain vahingossa. Voisitteko lopettaa kaiken mainonnan hänelle, sekä postissa että puhelimitse?

Lisäksi haluaisin tietää mitä tietoja teillä hänestä on rekisterissänne ja mistä olette ne saaneet. Hän ei muista asioineensa teillä kuin joskus passikuvan takia.

Valtakirjan voin lähettää jos tarvitsette.

Ystävällisin terveisin
Pirjo Laaksonen
044 765 2231""")

E("sv", "", False,
  "hypothetical erasure question, undecided parent",
  "Jonas Nyman <jonas.nyman@example.fi>",
  "Fråga om bilder",
  """Hej

Om jag skulle vilja att ni raderar alla bilder på mina barn, hur går det till då? Måst båda föräldrarna skriva under nånting? Vi har int bestämt oss ännu, frugan vill gärna att ni sparar dom ifall vi vill beställa mera sen, så jag vill bara veta hur det funkar.

Mvh Jonas""")

E("sv", "rectification", False,
  "child's name misspelled in class list/order",
  "Maria Holmström <maria.holmstrom@example.fi>",
  "Fel namn",
  """Hej!
Min dotter heter Emelie Holmström, inte Emilie som det står på beställningssidan och på kuvert som kom hem från skolan (Kvevlax skola, åk 2). Kan ni rätta namnet i era uppgifter så det blir rätt på klassfotot nästa år?

Tack o hälsningar
Maria""")

E("en", "erasure+objection+marketing_opt_out", False,
  "expat; photo on website taken down, stop using in ads, no newsletters",
  "Priya Raman <priya.raman@example.com>",
  "My photo on your website",
  """Hello,

I was surprised to see my family photo (me, my husband and our son, taken at your studio in May) on your website under "Perhekuvat". I do not remember giving permission for that and I'm not comfortable with it.

Please take the photo down from the website and do not use it in any of your advertising, brochures or social media in future.

Also I keep getting your newsletter in Finnish which I can't read anyway, so kindly remove me from that list.

Thank you,
Priya Raman
Sent from my iPhone""")

E("fi", "access+complaint", False,
  "reminder of unanswered access request, conditional complaint",
  "Tuomas Heikkilä <tuomas.heikkila@example.fi>",
  "Re: Tarkastuspyyntö",
  """Hei,

lähetin tämän 3.9. enkä ole saanut mitään vastausta, en edes kuittausta. Kuukausi on nyt mennyt.

Pyydän edelleen kopion kaikista minua koskevista tiedoista. Jos en saa vastausta viikon sisällä teen ilmoituksen tietosuojavaltuutetulle.

Tuomas Heikkilä

-----Alkuperäinen viesti-----
Lähettäjä: Tuomas Heikkilä
Lähetetty: keskiviikko 3. syyskuuta 2025 21.14
Aihe: Tarkastuspyyntö

Hei, haluan käyttää tarkastusoikeuttani ja pyydän kopion kaikista minua koskevista henkilötiedoista joita käsittelette. Asioin teillä passikuvan ja verkkokaupan kautta.""")

E("sv", "", False,
  "school secretary asks about photo day logistics",
  "Kansliet Smedsby skola <kansli.smedsby@example.fi>",
  "Fotografering v. 38",
  """Hej,

vi har fotograferingen inbokad ti 16.9 och ons 17.9. Rektor undrar om ni kan börja först kl 9.15 på tisdagen eftersom åk 5-6 har simning första lektionen. Och behöver ni gymnastiksalen båda dagarna eller räcker det med musiksalen?

Klasslistorna skickar jag via Wilma-exporten som vanligt nästa vecka.

Hälsningar
Britt-Marie
skolsekreterare""")

E("sv", "restriction+access", False,
  "disputed invoice at debt collection: don't delete, send copies",
  "Kenneth Grönlund <kenneth.gronlund@example.fi>",
  "Faktura 20417 / inkasso",
  """Hej

Jag har fått ett brev från OK-perintä om en faktura på 89 euro för skolfoton som jag aldrig har beställt. Jag har bestridit fakturan hos dem och ärendet kommer antagligen gå vidare.

Radera alltså INTE någonting som har med den här beställningen att göra, jag behöver uppgifterna till tvisten. Och skicka åt mig en kopia på allt ni har om mig och den här beställningen: vem som beställde, från vilken e-post, ip-adress om ni har det, när det skickades åt inkasso osv.

Kenneth Grönlund
Malax""")

E("fi", "", True,
  "Slotti booking confirmation, machine, no header",
  "Slotti <no-reply@example.com>",
  "Varausvahvistus: Passikuva, Zoomi Vaasa",
  """Hei Sanna Mäki,

varauksesi on vahvistettu.

Palvelu: Passikuva (sis. kuvakuitti)
Aika: to 9.10. klo 14.30
Paikka: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa

Jos haluat perua tai siirtää varauksen, tee se viimeistään 24 h ennen varattua aikaa.

Tähän viestiin ei voi vastata.
Slotti – ajanvaraus helposti""")

E("en", "portability+erasure", False,
  "move data to another photographer, Art 20, then delete",
  "Lukas Brenner <lukas.brenner@example.com>",
  "Data request",
  """Hi,

we are moving to Tampere and I'd like to continue with a photographer there who does the yearly family portraits. Under article 20 I would like to receive the personal data I have given to you (our contact details, children's names and birthdays, the order history from your webshop) in a machine readable format, e.g. CSV, so that I can give it to them.

After that please delete my account and all our data, including the photo galleries in the webshop. We have downloaded what we need.

Regards
Lukas Brenner""")

E("sv", "", False,
  "consumer complaint about photographer and photo quality, not GDPR",
  "Ulla Söderback <ulla.soderback@example.fi>",
  "Reklamation skolfoto",
  """Hej

Jag är väldigt missnöjd med årets skolfoto på min son (Korsnäs skola åk 4). Han har ögonen halvt stängda på ALLA bilder och fotografen tydligen int ens brydde sig om att ta om. Dessutom var hon otrevlig mot barnen enligt vad flera har berättat.

Jag vill antingen ha en omfotografering eller pengarna tillbaka för paketet (39 €).

Ulla Söderback""")

E("sv", "erasure", False,
  "teenager, own photo on instagram, wants it down",
  "Alva Kronqvist <alva.kronqvist@example.fi>",
  "bild på instagram",
  """hej, ni har en bild på mig på er instagram frå gymnasiets fotografering (den me blåa bakgrunden o ja har rosa tröja). ja vill int att den e där, kan ni ta bort den?? ja e 16 och ingen har frågat mig

alva""")

E("fi", "rectification+marketing_opt_out", False,
  "address change plus stop paper mailings",
  "Raili Hakala <raili.hakala@example.fi>",
  "Osoitteenmuutos",
  """Hyvä Zoomi

Olen muuttanut, uusi osoitteeni on Rantakatu 14 B 9, 65100 Vaasa. Vanha oli Kivihaantie. Päivittäkää tämä tietoihinne.

Ja kun kerran kirjoitan niin älkää enää lähettäkö niitä mainoslehtisiä kotiin, en niitä lue.

Raili Hakala""")

E("sv", "access+portability+erasure+marketing_opt_out", False,
  "formal multi-right letter, Jakobstad",
  "Henrik Storbacka <henrik.storbacka@example.fi>",
  "Begäran enligt dataskyddsförordningen",
  """Till Zoomi Kuvakaupat Oy

Jag hänvisar till EU:s dataskyddsförordning (GDPR) och begär följande:

1. Ett registerutdrag enligt artikel 15, dvs. en kopia av alla personuppgifter ni behandlar om mig, ändamålen, mottagarna (vid namn), hur länge uppgifterna sparas och varifrån ni fått dem.

2. Att de uppgifter jag själv lämnat till er (kontaktuppgifter, beställningar i webbutiken) överlämnas i ett strukturerat, allmänt använt och maskinläsbart format enligt artikel 20.

3. Att ni därefter raderar samtliga uppgifter om mig som ni inte är skyldiga att spara enligt lag, enligt artikel 17.

4. Att ni omedelbart upphör med all direktmarknadsföring till mig.

Svaret kan skickas till denna e-postadress. Jag ber er bekräfta mottagandet.

Med vänlig hälsning
Henrik Storbacka
Jakobstad""")

E("en", "", False,
  "question about which rights exist, for a newsletter article",
  "Sarah Whitfield <sarah.whitfield@example.com>",
  "Question about parents' rights",
  """Hello,

I'm on the board of the parents' association at Vasa övningsskola and I'm putting together a little info piece for the autumn newsletter. What rights do parents actually have under GDPR regarding the school photos you take? E.g. can we see what's stored, how long you keep the pictures, etc.?

No need for anything about my own kids, it's just general info for the article. A link to your privacy notice would also be great.

Many thanks,
Sarah Whitfield""")

E("sv", "", True,
  "another company's newsletter, bulk headers",
  "Österbottens Hantverk <nyhetsbrev@example.se>",
  "Nyhetsbrev oktober: Julmarknad i Vasa!",
  """Hej!

Välkommen till årets julmarknad på Vasa Saluhall 29–30.11. Över 40 hantverkare på plats, glögg och pepparkakor.

Anmäl ditt bord senast 31.10 via vår hemsida.

Du får detta brev eftersom du anmält dig till vårt nyhetsbrev. Avregistrera dig här.
Österbottens Hantverk rf""",
  {"List-Unsubscribe": "<mailto:avregistrera@example.se>", "Precedence": "bulk"})

E("fi", "erasure+objection", False,
  "stop processing and delete, short",
  "Mikko Rinne <mikko.rinne@example.fi>",
  "tietojen poisto",
  """Lopettakaa minun tietojeni käsittely välittömästi ja poistakaa kaikki minua koskevat tiedot rekistereistänne. En ole teidän asiakkaanne enää.

Mikko Rinne""")

E("sv", "", False,
  "earlier erasure request mentioned as history, now new passport photo",
  "Elisabeth Ahlskog <elisabeth.ahlskog@example.fi>",
  "Passfoto",
  """Hej!

I fjol bad jag er radera mina uppgifter och det gjorde ni också, tack för det. Nu behöver jag ändå ett nytt passfoto åt mig och min man före resan i december. Måst vi skapa konto på nytt i webbutiken för att boka tid eller kan man bara komma in?

Hälsningar Elisabeth""")

E("sv", "marketing_opt_out+objection", False,
  "stop SMS ads and object to analytics/profiling",
  "Patrik Lassus <patrik.lassus@example.fi>",
  "sms-reklam",
  """Hej

Sluta skicka SMS-reklam åt mig, jag har fått tre stycken denna månad.

Jag motsätter mig också att ni följer vad jag gör på er webbsida med Google Analytics och gör profiler av mig. Det vill jag int vara med på.

Patrik""")

E("en", "rectification+access", False,
  "wrong email address on file, also what else is stored",
  "Tomasz Wójcik <tomasz.wojcik@example.com>",
  "wrong email",
  """Hello

I think you have wrong email for me, the order confirmations go to tomasz.wojcik@example.test which is my old work mail and I dont have access anymore. Please change to this address.

And can you tell me what other informations you have stored about me? I worry other things are also old or wrong.

Thanks
Tomasz""")

E("fi", "", False,
  "takes back earlier erasure request",
  "Hanna Östman <hanna.ostman@example.fi>",
  "Re: poistopyyntö",
  """Hei,

unohtakaa edellinen viestini, älkää poistako mitään! Mieheni oli jo ladannut kuvat mutta hän haluaakin vielä tilata niistä pari taulua jouluksi. Sori sekaannus.

Hanna

> Hei, poistakaa meidän perheen kuvat ja tiedot verkkokaupasta.
> Hanna Östman""")

E("sv", "erasure+complaint", False,
  "photo still up, has reported to Dataombudsmannen",
  "Johanna Finnäs <johanna.finnas@example.fi>",
  "BILDEN LIGGER FORTFARANDE UPPE",
  """Jag bad er för tre veckor sedan att ta ner bilden på min dotter från er Facebook-sida (bilden från Närpes daghem, "höstens söta miniporträtt"). Den ligger FORTFARANDE kvar och har 200 gillningar.

Jag har idag gjort en anmälan till Dataombudsmannens byrå. Ta ner bilden genast.

Johanna Finnäs""")

E("sv", "", True,
  "out-of-office in Swedish, no header",
  "Camilla Westerlund <camilla.westerlund@example.fi>",
  "Autosvar: Faktura 20511",
  """Hej,
jag är på semester till och med 15.8 och läser int e-post. I brådskande ärenden kontakta ekonomi@example.fi.

Hälsningar
Camilla Westerlund
Ekonomiassistent""")

E("fi", "access", False,
  "kindergarten parent asks what data and source",
  "Katja Niemelä <katja.niemela@example.fi>",
  "Lapseni tiedot",
  """Hei!

Voisitteko kertoa, mitä tietoja teillä on tyttärestäni Ellistä (Ristinummen päiväkoti, Aurinkoryhmä) ja keneltä olette ne saaneet? Sain teiltä kuvien tilauslinkin sähköpostiini vaikka en ole itse antanut osoitettani teille.

Kiitos,
Katja Niemelä""")

E("en", "", False,
  "supplier pitch from print lab",
  "Daniel Osei <daniel.osei@example.com>",
  "Partnership: fast photo printing for school photographers",
  """Dear Zoomi team,

I'm reaching out from PrintPro Nordic. We provide next-day photo printing and packaging for school photographers in Finland and Sweden, with fully GDPR-compliant order handling and EU-only hosting.

Would you be open to a 20 minute call next week to see if we could support your autumn season? I'm happy to send samples.

Best,
Daniel Osei
Partnerships, PrintPro Nordic""")

E("sv", "restriction+rectification", False,
  "contests wrong date of birth, don't use until fixed",
  "Rune Enlund <rune.enlund@example.fi>",
  "Felaktiga uppgifter",
  """Hej

Jag fick ett brev från er där mitt födelsedatum står som 12.3.1961, det rätta är 21.3.1961. Jag har också sett att ni har fel adress (Solf i stället för Smedsby).

Rätta uppgifterna, och använd dom int till nånting innan dom är rättade. Jag vill int att nya brev eller fakturor går ut med fel uppgifter.

Rune Enlund""")

E("sv", "erasure+marketing_opt_out", False,
  "short from phone, remove and stop mail",
  "Mikaela Smeds <mikaela.smeds@example.fi>",
  "(inget ämne)",
  """Ta bort mej från era register och sluta skicka mejl.

Skickat från min iPhone""")
