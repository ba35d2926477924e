from parts.common import E

E("fi", "marketing_opt_out", False, "one-line slang reply on top of newsletter",
  "Jere Palomäki <jere.palomaki@example.fi>",
  "Re: Kevään kuvauskampanja -20 % kaikista suurennoksista!",
  """heivatkaa mut pois tolta listalta kiitos

Lähetetty Androidista

> Hei Jere!
>
> Kevät on täällä ja niin on myös Zoomin kevätkampanja: -20 % kaikista
> suurennoksista ja tauluista 30.4. asti koodilla KEVAT20.
>
> Muista myös ylioppilaskuvaukset – varaa aikasi ajoissa!
>
> Terveisin,
> Zoomi Kuvakaupat
> Vasaratie 2 A, 65350 Vaasa
>
> Et halua enää uutiskirjettä? Peruuta tilaus tästä.
""")

E("fi", "", False, "web-shop order status, no privacy ask",
  "Sirpa Lehtonen <sirpa.lehtonen@example.fi>",
  "tilaus 48213",
  """Hei

Tilasin verkkokaupasta 12.3. kolme taulua (40x50) kummipojan rippikuvista, tilausnumero 48213. Vieläkään ei ole tullut mitään eikä seurantakoodia. Maksu on lähtenyt tililtä.

Voisitteko katsoa missä se menee, tarvitsisin ne lauantaiksi juhliin.

Sirpa Lehtonen
040 123 4567""")

E("sv", "erasure+marketing_opt_out", False, "parent after daycare photo, wants data binned and no ads",
  "Johanna Sjöberg <johanna.sjoberg@example.fi>",
  "Dagisfotografering Solrosen",
  """Hej,

vi beställde inga bilder efter fotograferingen på daghemmet Solrosen i höstas och kommer inte att göra det heller. Ändå får jag reklam från er varannan vecka.

Släng alla uppgifter ni har om mig och min son Elias (född 2020), inklusive bilderna, och sluta skicka reklam till den här adressen.

Mvh
Johanna Sjöberg
Korsholm""")

E("en", "access", False, "disputes debt collector letter, wants to know what data and who got it",
  "Daniel Okafor <d.okafor@example.com>",
  "Debt collection letter - what is this about??",
  """Hello,

Today I got a letter from OK-perintä saying I owe you 64,90 EUR plus 15 EUR collection fees for a "passport photo order". I paid that photo in cash in your Vaasa shop in January, I have the receipt.

Before I deal with the collection agency I want to know exactly what personal information you have stored about me, what you sent to OK-perintä and when, and where you got my home address from because I never gave it to you in the shop.

Please send me a copy of all of it.

Regards,
Daniel Okafor""")

E("fi", "", True, "school secretary out-of-office, no header, quotes our mail",
  "Vaasan Keskuskoulu kanslia <kanslia.keskuskoulu@example.fi>",
  "Automaattinen vastaus: Kuvauspäivän aikataulu 2.-3.10.",
  """Olen lomalla 22.9.–29.9. Kiireellisissä asioissa ota yhteyttä rehtoriin, puh. 06 123 4000.

Jag är på semester 22.9–29.9. I brådskande ärenden kontakta rektorn.

Marjut Hakala
koulusihteeri

> Hei,
> lähetämme alla kuvauspäivän aikataulun luokittain. Pyydämme ilmoittamaan
> kuvauskieltojen osalta viimeistään viikkoa ennen.
> Ystävällisin terveisin, Zoomi Kuvakaupat""")

E("fi", "rectification", False, "answers our 'which address' question and restates name fix",
  "Maija Mäkelä <maija.k.makela@example.fi>",
  "Re: Tietopyyntönne / tarkentava kysymys",
  """Se oli tää sama osoite, maija.k.makela@example.fi. Ja siis nimi pitää olla Mäkelä eikä Mäkilä, molemmissa laskuissa ja asiakastiedoissa on väärin.

t. Maija

> Hei,
>
> kiitos viestistäsi. Jotta voimme käsitellä pyyntösi, kerrotko vielä mitä
> sähköpostiosoitetta käytit tilatessasi?
>
> Ystävällisin terveisin
> Zoomi Kuvakaupat / asiakaspalvelu""")

E("sv", "", False, "daycare photo-day practical question",
  "Linnea Björkqvist <linnea.bjorkqvist@example.fi>",
  "Syskonbild på fotodagen?",
  """Hej!

Våra två barn går på olika avdelningar på Daghemmet Tallbacken. Går det att ta en syskonbild på fotodagen den 14 oktober, och måste vi i så fall anmäla det på förhand? Den lilla är bara 1,5 år så helst på förmiddagen innan vilan.

Tack på förhand!
Linnea""")

E("en", "erasure", False, "two-word slang account deletion",
  "Mikko Virta <mikkovirta99@example.com>",
  "account",
  """nuke my account pls. dont need it anymore""")

E("fi", "restriction", False, "disputed invoice in collection, asks to keep data and not pass on",
  "Tapani Rinne <tapani.rinne@example.fi>",
  "Perintäkirje / lasku 2023-1187 kiistetty",
  """Hyvä vastaanottaja,

sain OK-perinnältä maksumuistutuksen laskusta 2023-1187 (henkilökuntakuvaus, Rinne Rakennus Oy). Lasku kuuluu yritykselle, ei minulle yksityishenkilönä, ja se on jo riitautettu yrityksen kirjanpitäjän kautta maaliskuussa.

Koska asia on riitainen, pyydän että ette poista mitään tähän laskuun ja kuvaukseen liittyviä tietoja, tarvitsen niitä selvittelyssä. Samalla pyydän, ettei minun henkilötietojani luovuteta enää perintätoimistolle tai muualle ennen kuin asia on selvitetty.

Ystävällisesti
Tapani Rinne
Rinne Rakennus Oy
p. 050 765 4321""")

E("fi", "marketing_opt_out+complaint", False, "third time asking to stop newsletter, threatens DPO",
  "Outi Heikkilä <outi.heikkila@example.fi>",
  "KOLMAS KERTA",
  """Olen nyt kolme kertaa painanut sitä peruutuslinkkiä ja kerran kirjoittanut teille, ja silti tänään tuli taas "Äitienpäiväkampanja". Lopettakaa ne mainokset tähän osoitteeseen heti.

Jos yksikin viesti vielä tulee, teen ilmoituksen tietosuojavaltuutetulle. Tää ei oo enää hauskaa.

Outi H.""")

E("en", "", True, "bounce of our reply, no auto header",
  "Mail Delivery Subsystem <mailer-daemon@example.com>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx2.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<lotta.granqvist@example.com>: host mx1.example.com said: 550 5.1.1
    <lotta.granqvist@example.com>: Recipient address rejected: User unknown

--- Original message ---
Subject: Vi har tagit emot din begäran om registerutdrag
Hej Lotta, vi har tagit emot din begäran och svarar senast 14.5.""")

E("en", "", False, "thanks after confirmation",
  "Sarah Whitfield <sarah.whitfield@example.com>",
  "Re: Your request has been completed",
  """Great, thank you for sorting that out so quickly!

Sarah

> Dear Sarah,
> we have now removed you from our newsletter list and confirm that you
> will not receive marketing from us.
> Kind regards, Zoomi Kuvakaupat""")

E("fi", "access", False, "guardian asks what data on daughter from school class list",
  "Henri Saarinen <henri.saarinen@example.fi>",
  "tyttären tiedot koulukuvauksessa",
  """Moi,

tytär (Aino Saarinen, 4B Onkilahden koulu) sanoi että kuvauksessa kuvaaja luki nimiä listalta jossa oli myös syntymäajat ja huoltajien puhelinnumerot?? Mitä tietoja teillä on Ainosta ja meistä huoltajista, ja mistä ne on saatu, koululta vai mistä?

Haluaisin nähdä ne tiedot.

Henri Saarinen
Lähetetty iPhonesta""")

E("fi", "", False, "passport photo receipt code not working at police, service issue",
  "Raimo Kivelä <raimo.kivela@example.fi>",
  "passikuva",
  """Päivää. Otin passikuvan teillä tiistaina ja sain sen kuitin jossa on koodi. Poliisin sähköisessä palvelussa se sanoo että kuvaa ei löydy. Matka on kolmen viikon päästä. Mitä nyt teen, pitääkö tulla uudestaan kuvaan?

Raimo Kivelä
p. 044 321 9876""")

E("sv", "portability", False, "wants orders and account data as a file to move elsewhere",
  "Mats Holmström <mats.holmstrom@example.se>",
  "Exportera mina uppgifter",
  """Hej,

jag har haft konto i er webbutik sedan 2019 och har ett antal fotoböcker och beställningar där. Jag flyttar nu till Sverige och kommer att använda en svensk tjänst i stället.

Kan ni skicka mina uppgifter (kontouppgifter, beställningshistorik och de bilder jag själv laddat upp) i ett maskinläsbart format, t.ex. CSV eller JSON, så att jag kan föra över dem? Kontot kan vara kvar tills vidare.

Med vänlig hälsning
Mats Holmström
Umeå""")

E("en", "marketing_opt_out", False, "short angry reply on top of newsletter",
  "Kevin Laaksonen <kev.laaksonen@example.com>",
  "Re: Black Week starts NOW at Zoomi!",
  """stop spamming me. 4 emails this week.

On Mon, 25 Nov, Zoomi Kuvakaupat <uutiskirje@example.fi> wrote:
> BLACK WEEK IS HERE
> Up to -40 % on canvas prints, photo books and calendars.
> Offer valid until 2 December.
> Unsubscribe | Privacy notice""")

E("fi", "erasure", False, "teen wants own photo off company website",
  "Emilia Nurmi <emppu.nurmi@example.fi>",
  "mun kuva teiän sivuilla",
  """moi

teiän nettisivujen etusivulla on se lukiokuva musta missä mulla on se vihree huppari. en halua et se on siellä, otatteko sen pois?? kaikki koulussa on nähny sen

emilia nurmi 17v""")

E("fi", "", False, "print quality complaint, wants refund (not privacy)",
  "Kaija Honkanen <kaija.honkanen@example.fi>",
  "Reklamaatio: koulukuvat sumeita",
  """Hei,

saimme eilen pojan koulukuvat (tilaus 51277) ja valitettavasti kaikki kuvat ovat sumeita ja pojalla on silmät kiinni isossa kuvassa. Emme ole tyytyväisiä ja haluaisimme joko uuden kuvauksen tai rahat takaisin. Maksoimme 49 euroa.

Voinko palauttaa kuvat postitse?

Kaija Honkanen""")

E("sv", "objection", False, "objects to Google Analytics tracking",
  "Peter Lindroos <peter.lindroos@example.fi>",
  "Google Analytics på er webbutik",
  """Hej

Jag märkte att er webbutik laddar Google Analytics innan man ens hunnit svara på cookie-frågan. Jag motsätter mig att mina uppgifter används för analys och statistik på det sättet, oavsett vad ni anser er ha för berättigat intresse. Se till att mitt besök och mitt konto (peter.lindroos@example.fi) inte längre används för det.

Peter Lindroos""")

E("en", "", True, "out-of-office with auto header",
  "Hanna Berg <hanna.berg@example.com>",
  "Out of Office: Staff photo session 14 March",
  """Thank you for your message. I am out of the office until Monday 18 March with limited access to email. For urgent matters regarding the staff photo session, please contact our office manager at office@example.com.

Best regards,
Hanna Berg
HR Coordinator""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "access+erasure", False, "wants copy first, then everything deleted",
  "Arto Mustonen <arto.mustonen@example.fi>",
  "tietoni",
  """Hei,

lähettäkää ensin kopio kaikista tiedoista mitä teillä minusta on (myös ne vanhat passikuvat ja tilaukset), ja kun olen saanut sen, poistakaa kaikki.

Arto Mustonen
Vähäkyrö""")

E("fi", "", False, "HR contact books staff photo day and cancels old booking",
  "Päivi Lind <paivi.lind@example.fi>",
  "Henkilökuvaus huhtikuussa + vanha varaus",
  """Hei,

haluaisimme varata henkilökuntakuvauksen toimistollemme Hietasaarentielle huhtikuun alkuun, noin 25 henkilöä. Sopisiko ti 9.4. tai ke 10.4. aamupäivä?

Lisäksi: poistakaa se aiempi varaus 21.3., se ei enää käy meille.

Laskutus samoin kuin viimeksi (verkkolasku, Pohjanmaan Tilipalvelu Oy).

Terveisin
Päivi Lind
Henkilöstöassistentti
Pohjanmaan Tilipalvelu Oy""")

E("sv", "rectification", False, "wrong surname on invoice after marriage",
  "Sofia Nyman <sofia.nyman@example.fi>",
  "Fel namn på fakturan",
  """Hej!

Fakturan för passfotot kom till namnet Sofia Backman, men jag heter Nyman sedan i somras. Kan ni ändra namnet i era register så att det blir rätt framöver? Själva fakturan betalar jag som den är.

/Sofia

Skickat från min iPhone""")

E("en", "erasure+objection", False, "delete and cease further processing",
  "Laura Peltonen <laura.peltonen@example.com>",
  "Erasure request",
  """To whom it may concern,

I request that you erase all personal data you hold about me (Laura Peltonen, laura.peltonen@example.com, formerly customer no. 10442) and that you cease any further processing of my data with immediate effect.

I have no open orders or invoices with you.

Please confirm in writing once this has been done.

Laura Peltonen""")

E("fi", "marketing_opt_out", False, "one-word POISTA reply to SMS-style campaign mail",
  "Eino Väisänen <eino.vaisanen@example.fi>",
  "Re: Isänpäivän tarjous",
  """POISTA

> Isänpäivä lähestyy! Kehystetty muotokuva nyt 39 €. Vastaa POISTA
> jos et halua enää viestejämme. Zoomi Kuvakaupat""")

E("fi", "", True, "web-shop order confirmation landed in privacy mailbox, no header",
  "Zoomi Verkkokauppa <noreply@example.fi>",
  "Tilausvahvistus #50931",
  """Kiitos tilauksestasi!

Tilausnumero: 50931
Tilaaja: Leena Ojala
Tuotteet:
  1 x Kuvakirja A4, 24 sivua        34,90 €
  1 x Toimitus Postin pakettiautomaattiin  5,90 €
Yhteensä: 40,80 € (sis. ALV 25,5 %)

Maksutapa: Verkkopankki
Tilauksesi käsitellään 2–3 arkipäivän kuluessa.

Tämä on automaattinen viesti, älä vastaa tähän viestiin.
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa""")

E("sv", "complaint", False, "says they have reported to IMY, earlier erasure not re-asked",
  "Gustav Åberg <gustav.aberg@example.se>",
  "Anmälan",
  """Till Zoomi Kuvakaupat,

för kännedom: jag har i dag anmält er till Integritetsskyddsmyndigheten eftersom ni inte har svarat på mitt mejl från den 2 februari på över sju veckor. Ärendenumret hos IMY får ni säkert själva.

Gustav Åberg""")

E("en", "", False, "question about rights only, no request",
  "Priya Nair <priya.nair@example.com>",
  "School photos and GDPR question",
  """Hi,

my son started at the English-language school in Vaasa this autumn and there's a photo day next week. Just out of curiosity, what rights do I actually have as a parent regarding the school photos under GDPR? Who owns them, the school or you? I'm not unhappy about anything, just want to understand how it works here in Finland.

Thanks,
Priya""")

E("fi", "restriction", False, "guardian asks to freeze child's photos until parents agree",
  "Sanna Hietala <sanna.hietala@example.fi>",
  "Lapsen kuvat - älkää toimittako mitään",
  """Hei,

olen Veeti Hietalan (3 v, Päiväkoti Mustikka) äiti. Lapsen isä on ilmeisesti pyytänyt teiltä päiväkotikuvien poistamista. Meillä on yhteishuolto emmekä ole asiasta samaa mieltä.

Pyydän, että ette poista kuvia ettekä myöskään toimita niitä kenellekään tai käytä niitä mihinkään ennen kuin olemme isän kanssa sopineet asian. Eli jäädyttäkää ne siihen asti.

Ystävällisin terveisin
Sanna Hietala
050 222 3344""")

E("sv", "", False, "invoice sent to wrong person with same name",
  "Anna Westerlund <anna.westerlund@example.fi>",
  "Fel Anna?",
  """Hej,

jag har fått en faktura från er för skolfoton från Vikinga skola, men jag har inga barn i den skolan. Det måste vara en annan Anna Westerlund. Jag skickar tillbaka fakturan per post, vill bara att ni vet så att jag inte får någon påminnelse.

Anna W.""")
