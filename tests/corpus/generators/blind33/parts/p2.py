from parts.common import E

E("fi", "erasure+marketing_opt_out", False, "teenager (16) writing in own name, spoken Finnish",
  "Veeti Lahtinen <veetilahtinen09@example.fi>",
  "mun tiedot",
  """moi

oon 16v ja mun äiti teki joskus mulle teiän kauppaan tilin ku tilattiin rippikuvat.
nyt mulle tulee koko ajan teiän mainoksia mun omaan sähköpostiin, en haluu niitä.
ja poistakaa se koko tili ja mun tiedot pois, en tarvii sitä mihinkää

veeti lahtinen""")

E("fi", "", True, "Slotti booking reminder, no auto header",
  "Slotti-ajanvaraus <varaukset@example.fi>",
  "Muistutus: kuvausaika huomenna klo 15.30",
  """Hei Sari Pulkkinen,

Muistutamme varaamastasi ajasta:

  Palvelu:  Perhekuvaus studiossa (45 min)
  Aika:     torstai 22.10.2026 klo 15.30
  Paikka:   Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa

Jos haluat siirtää tai perua ajan, tee se viimeistään 24 tuntia ennen varausta
osoitteessa www.example.fi/varaus tai vastaa tähän viestiin.

Tervetuloa!
Zoomi Kuvakaupat

Tämä viesti on lähetetty automaattisesti. Varausjärjestelmän toimittaa Slotti.""")

E("fi", "", False, "reply to booking reminder: cancel booking (poistakaa varaus)",
  "Sari Pulkkinen <sari.pulkkinen@example.fi>",
  "Re: Muistutus: kuvausaika huomenna klo 15.30",
  """Hei, poistakaa varaus, lapsi sairastui. Otan yhteyttä myöhemmin uudesta ajasta.
Sari

> Hei Sari Pulkkinen,
>
> Muistutamme varaamastasi ajasta:
>   Palvelu:  Perhekuvaus studiossa (45 min)
>   Aika:     torstai 22.10.2026 klo 15.30""")

E("fi", "access+rectification+restriction", False, "attorney letter: contests address data behind debt collection",
  "Asianajotoimisto Salmela & Kyrö <lakimies@example.fi>",
  "Päämiehemme Ville Korhonen – tarkastus-, oikaisu- ja rajoituspyyntö",
  """Zoomi Kuvakaupat Oy
Vasaratie 2 A
65350 Vaasa

Vaasassa 3.11.2026

ASIA: Henkilötietojen tarkastus, oikaiseminen ja käsittelyn rajoittaminen
(EU:n yleinen tietosuoja-asetus 2016/679, 15, 16 ja 18 artikla)

Edustamme Ville Korhosta (s. 6.2.1984). Valtakirja on liitteenä.

Päämiehemme on saanut OK-perinnältä perintäkirjeen, joka koskee Zoomi Kuvakaupat Oy:n
laskua nro 1118820 (päiväkotikuvat, syksy 2025). Laskut on lähetetty osoitteeseen
Rantakatu 9 C 31, Vaasa, jossa päämiehemme ei ole asunut vuoden 2023 jälkeen. Hän ei
siten ole saanut laskua eikä maksumuistutuksia.

Päämiehemme puolesta pyydämme:

1. Tietosuoja-asetuksen 15 artiklan mukaisesti jäljennöksen kaikista päämiestämme
   koskevista henkilötiedoista, erityisesti yhteystiedoista, niiden lähteestä ja
   muutoshistoriasta, sekä tiedon siitä, milloin ja mitä tietoja on luovutettu
   OK-perinnälle.

2. 16 artiklan mukaisesti osoitetietojen oikaisemista. Päämiehemme nykyinen osoite on
   Kirkkopuistikko 27 A 4, 65100 Vaasa.

3. 18 artiklan 1 kohdan a alakohdan mukaisesti käsittelyn rajoittamista siltä osin
   kuin on kyse perintään luovutetuista tiedoista, kunnes tietojen paikkansapitävyys
   on selvitetty. Pyydämme ilmoittamaan rajoituksesta myös OK-perinnälle
   (19 artikla).

Pyydämme vastaustanne allekirjoittaneelle kuukauden kuluessa tämän kirjeen
vastaanottamisesta.

Kunnioittavasti

Anu Salmela
asianajaja, varatuomari
Asianajotoimisto Salmela & Kyrö Oy
Hovioikeudenpuistikko 11, 65100 Vaasa

Liite: valtakirja""")

E("fi", "", False, "parents' association asks general questions about photo handling",
  "Länsimetsän koulun vanhempainyhdistys <vanhempainyhdistys.lansimetsa@example.fi>",
  "Vanhempien kysymyksiä koulukuvauksesta",
  """Hei,

Vanhempainyhdistyksen syyskokouksessa nousi esiin muutamia kysymyksiä teidän
kouluvalokuvauksista, ja lupasin kysyä teiltä suoraan:

1. Kuinka kauan säilytätte lasten kuvia, jos vanhemmat eivät tilaa mitään?
2. Näkeekö kuka tahansa linkin saanut kaikkien luokan lasten kuvat?
3. Käytetäänkö lasten kuvia mainonnassa ilman erillistä lupaa?
4. Mihin vanhemman pitää ottaa yhteyttä, jos haluaa myöhemmin kuvat poistettavaksi?

Emme ole tekemässä mitään pyyntöä kenenkään puolesta, vaan haluamme tiedottaa
vanhempia oikein. Vastaukset julkaistaan yhdistyksen Wilma-tiedotteessa.

Terveisin
Minna Kivelä
puheenjohtaja, Länsimetsän koulun vanhempainyhdistys ry""")

E("fi", "", True, "invoice e-mail from billing system, no header",
  "Zoomi Kuvakaupat laskutus <laskutus@example.fi>",
  "Lasku 1121880 / Zoomi Kuvakaupat Oy",
  """Hyvä asiakas,

Liitteenä laskunne nro 1121880.

Laskun päiväys:    02.11.2026
Eräpäivä:          16.11.2026
Summa:             128,40 EUR
Viitenumero:       11218 80013
Tilinumero:        FI12 3456 7000 1234 56

Laskutettava: Vaasan Seudun Sähköasennus Oy, henkilökuntakuvaus 15.10.2026

Jos laskussa on huomautettavaa, ottakaa yhteyttä laskutus@example.fi ennen eräpäivää.

Ystävällisin terveisin
Zoomi Kuvakaupat Oy
Tämä viesti on lähetetty Business Central -laskutusjärjestelmästä. Älä vastaa tähän
viestiin.""")

E("fi", "marketing_opt_out", False, "one word POISTA reply to newsletter",
  "Arja Mäkinen <arja.makinen@example.fi>",
  "Re: Joulukuvaukset alkavat – varaa aikasi!",
  """POISTA

> Hei Arja!
> Joulukuvaukset alkavat 16.11. Varaa aikasi nyt ja saat joulukortit -20 %.
> Et halua enää uutiskirjettä? Peruuta tilaus: www.example.fi/uutiskirje/peru""")

E("fi", "", False, "deleted photos from own computer, wants to download again",
  "Jari Niemelä <jari.niemela@example.fi>",
  "poistin vahingossa kuvat",
  """Moi, tyhjensin koneen ja poistin vahingossa kaikki meidän hääkuvat jotka ostettiin
teiltä 2024. Onko teillä vielä ne tallessa ja saisko ne ladattua uudestaan? Kuitti
löytyy jos tarvitsette. Jari N""")

E("fi", "objection", False, "objects to passing data to debt collection agency",
  "Leena Saarinen <leena.saarinen@example.fi>",
  "Vastustan tietojen luovuttamista perintään",
  """Hei,

Sain teiltä maksumuistutuksen laskusta 1119345 ja siinä lukee, että seuraavaksi asia
siirtyy OK-perintään. Olen ilmoittanut jo syyskuussa asiakaspalveluun, että tilaamani
kuvat tulivat väärän lapsen kuvina, eikä kukaan ole vastannut.

Vastustan tietojeni luovuttamista perintätoimistolle. Tilanteeni on se, että olen
työtön yksinhuoltaja ja perintämerkintä olisi minulle kohtuuton, kun kyse on teidän
virheestänne. Lasku maksetaan heti, kun oikeat kuvat tulevat.

Leena Saarinen
044 201 7783""")

E("fi", "", False, "HR of client firm asks whether they may still use ex-employee's photo",
  "Tiina Honkanen <tiina.honkanen@example.fi>",
  "Entisen työntekijän kuva nettisivuilla",
  """Hei,

Teitte meille henkilökuntakuvat viime vuonna. Yksi työntekijämme on nyt lähtenyt
talosta ja kysyi, pitääkö meidän poistaa hänen kuvansa yhteystietosivulta. Hän ei
itse vaatinut mitään, kysyi vain.

Onko teidän ja meidän välisessä sopimuksessa jotain tästä? Kenen vastuulla kuvan
käyttö on, teidän vai meidän? Entä saammeko käyttää kuvaa vuosikertomuksessa, joka
tehtiin jo ennen hänen lähtöään?

Tiina Honkanen
HR-asiantuntija, Merinova Tekniikka Oy""")

E("fi", "access", False, "spoken Finnish, no diacritics: what data and where did you get my number",
  "Joni Kettunen <jonikettunen@example.fi>",
  "??",
  """mita tietoja teil on must? ja kuka antoi mun numeron teille, tuli tekstari teilta
vaikka en oo ikina asioinu teilla. haluun tietaa mista ootte saanu sen""")

E("fi", "", False, "thanks after receiving the access reply",
  "Pirjo Lehtonen <pirjo.lehtonen@example.fi>",
  "Re: Tietopyyntönne 14.10.2026",
  """Kiitos nopeasta vastauksesta, sain tiedostot ja kaikki näyttää olevan kunnossa.
Ei tarvitse tehdä muuta.

Pirjo Lehtonen

> Hei Pirjo,
> Liitteenä tietopyyntönne mukaiset tiedot. Mikäli teillä on kysyttävää,
> vastatkaa tähän viestiin.
> Ystävällisin terveisin, Zoomi Kuvakaupat / tietosuoja""")

E("sv", "access+erasure+objection", False, "template letter: registerutdrag, then erase, stop processing",
  "Mikael Holmström <mikael.holmstrom@example.se>",
  "Begäran enligt artiklarna 15, 17 och 21 GDPR",
  """Hej,

Jag skriver till er med stöd av EU:s dataskyddsförordning (GDPR).

1. Artikel 15 – Jag begär ett registerutdrag med samtliga personuppgifter ni
   behandlar om mig, inklusive varifrån uppgifterna kommer och till vem de har lämnats ut.

2. Artikel 17 – När ni har skickat registerutdraget begär jag att ni raderar alla
   personuppgifter om mig som ni inte är skyldiga att spara enligt lag.

3. Artikel 21 – Jag motsätter mig all vidare behandling av mina personuppgifter, och
   ber er upphöra med behandlingen omedelbart i väntan på raderingen.

Jag förväntar mig svar inom en månad enligt artikel 12.3.

Mikael Holmström
Storgatan 12 B, 903 26 Umeå
Kundnummer (om jag minns rätt): 300871""")

E("sv", "", False, "Ostrobothnian dialect, wants extra print (kopia) of photo",
  "Gunnel Kronqvist <gunnel.kronqvist@example.fi>",
  "bild",
  """Hej

Ja skulle vilja ha en kopia ti på bilden som ni tog på barnbarne i Solf skola i
september, den dä med blåa bakgrunden. Int den stora, utan en som passar i
plånbokin. Vart ska ja beställa he? Ja hittar int int på nätsidona.

Gunnel""")

E("sv", "marketing_opt_out", False, "'Nej tack' reply to marketing mail",
  "Stig Westerlund <stig.westerlund@example.fi>",
  "Sv: Höstens erbjudande – 3 för 2 på förstoringar",
  """Nej tack.

-----Ursprungligt meddelande-----
Från: Zoomi Kuvakaupat <news@example.fi>
Ämne: Höstens erbjudande – 3 för 2 på förstoringar

Hej Stig! Just nu får du 3 förstoringar till priset av 2. Erbjudandet gäller till
31.10. Avregistrera dig här: www.example.fi/nyhetsbrev/avregistrera""")

E("sv", "", True, "bounce for a mail sent to a parent, header set",
  "Mail Delivery System <MAILER-DAEMON@example.se>",
  "Olevererbart: Era skolfoton är klara att beställa",
  """Det här är ett automatiskt meddelande från e-postsystemet.

Ditt meddelande kunde inte levereras till en eller flera mottagare:

  <karin.lund@example.se>: 550 5.1.1 Mottagaren finns inte (user unknown)

Ämne: Era skolfoton är klara att beställa
Skickat: 2026-10-05 08:02

--- Bifogade rubriker följer ---
From: Zoomi Kuvakaupat <noreply@example.fi>
To: karin.lund@example.se""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "complaint", False, "tells us she has filed a complaint with the DPA",
  "Annika Söderlund <annika.soderlund@example.fi>",
  "Anmälan till Dataombudsmannen – för kännedom",
  """Hej,

För kännedom: jag har idag lämnat in en anmälan till Dataombudsmannens byrå om hur ni
har hanterat min begäran om radering av min sons bilder (skickad 2.9.2026).

Ni svarade efter sju veckor att "bilderna är raderade", men den 20.10 fick jag ett
erbjudande om att köpa samma bilder som julkort. Jag anser att ni brutit mot GDPR och
har bifogat er korrespondens till anmälan.

Dataombudsmannen kommer att kontakta er.

Annika Söderlund""")

E("sv", "", False, "cancel booking (avboka min tid)",
  "Patrik Nylund <patrik.nylund@example.fi>",
  "Avboka",
  """Hej, jag behöver avboka min tid för passfoto på fredag kl 10. Kan ni ta bort
bokningen, jag bokar en ny via Slotti nästa vecka.
/Patrik""")

E("sv", "rectification", False, "wrong address on invoice = customer record address",
  "Marianne Haga <marianne.haga@example.fi>",
  "Fel adress på fakturan",
  """Hej!

Fakturan för dagisfotona kom till min gamla adress (Skolhusgatan 5, Vasa) och
vidarebefordrades av en tur. Min adress har varit Brändövägen 22, 65200 Vasa sedan
maj. Rätta adressen i ert register så att nästa faktura kommer rätt. Fakturan är
redan betald.

Hälsningar
Marianne Haga""")

E("sv", "", False, "teacher asks whether her employment contract obliges staff photo",
  "Louise Granlund <louise.granlund@example.fi>",
  "Personalfoto – måste jag vara med?",
  """Hej,

Jag är lärare på Borgaregatans skola. Rektorn säger att alla anställda ska
fotograferas den 12.11 för skolans webbsida. Jag har inget i mitt arbetsavtal om
detta. Vet ni om skolan kan kräva det, och vad står det i ert avtal med staden om
personalfoton? Jag vill bara veta vad som gäller innan dagen.

Mvh Louise Granlund""")

E("sv", "portability", False, "wants data and photos in machine-readable format to move provider",
  "Tobias Åkerlund <tobias.akerlund@example.fi>",
  "Flytta mina uppgifter",
  """Hej,

Vår förening (Vasa Simsällskap) byter fotograf nästa år. Jag har ett personligt konto
hos er där jag sparat mina egna bilder och beställningshistorik sedan 2021.

Jag vill flytta mina uppgifter till den nya leverantören. Kan ni skicka allt jag har
laddat upp och mina beställningsuppgifter i ett maskinläsbart format (t.ex. CSV +
bildfilerna i original), eller överföra det direkt till dem om det går?

Tobias Åkerlund""")

E("en", "", False, "non-native speaker: needs copy of photo for documents",
  "Olena Kravchenko <olena.kravchenko@example.com>",
  "copy photo for documents",
  """Good day,

I make photo for my documents in your studio 2 weeks before (for Migri). Now they
say I need one more copy on paper for the bank card application. Can I get copy
from the same photo or I must come again? How much it cost?

Thank you very much
Olena Kravchenko""")

E("en", "access+erasure", False, "guardian for two children, access then delete",
  "James Whitaker <james.whitaker@example.com>",
  "Personal data of my children – request",
  """Hello,

I am the father and legal guardian of Isla (9) and Finn (6) Whitaker. Both have been
photographed by you at Vikinga school and Metsäkallio daycare in 2024 and 2025.

Please tell me what personal data you hold about each of them: names, classes,
photos, anything else, and who gave it to you. Once I have seen it, I would like
everything deleted except what you need for the accounting of our orders. My wife
Anna agrees with this and is in copy.

The orders were placed from this email address, order numbers K-177201 and K-191144.

Kind regards,
James Whitaker
Cc: Anna Whitaker""")

E("en", "", True, "shop notice: account deleted (names erasure but machine)",
  "Zoomi Photo Shop <noreply@example.fi>",
  "Your account has been deleted",
  """Hello,

As requested, your Zoomi Photo Shop account (m.costa@example.com) has been deleted.
Your saved photos, address book and newsletter subscription have been removed.

Please note that order and invoice information is retained for the period required by
the Finnish Accounting Act.

If you did not request this, contact customer service at asiakaspalvelu@example.fi.

This message was sent automatically. Please do not reply.""")

E("en", "objection", False, "US customer, CCPA-style opt-out of sale",
  "Jennifer Alvarez <jen.alvarez@example.com>",
  "Do Not Sell My Personal Information",
  """Hi,

We ordered family photos through your website while visiting relatives in Vaasa this
summer. I'd like to opt out of the sale or sharing of my personal information with
third parties, including advertising partners. Please confirm.

Thank you,
Jennifer Alvarez
San Diego, CA""")

E("en", "", False, "vendor offering DPO-as-a-service",
  "Marcus Lehtonen <marcus@example.com>",
  "Quick question about your DPO",
  """Hi,

I came across Zoomi Kuvakaupat while researching school photography companies in
Finland. Companies that process children's images at scale are a clear focus area for
the Data Protection Ombudsman, and many of them still lack a designated DPO.

We provide an outsourced DPO service from 390 EUR/month, including handling of access
and erasure requests, a yearly audit and staff training in Finnish, Swedish and English.

Would it make sense to have a 15-minute call next week?

Best,
Marcus Lehtonen
Founder, NordPrivacy Partners
https://example.com/nordprivacy""")

E("en", "rectification+restriction", False, "contests wrong data, asks to stop using until fixed",
  "Sanna Ahonen-Reid <sanna.reid@example.com>",
  "Wrong data on my customer account",
  """Hello,

Your records about me are wrong. My customer account shows a birth date of
12.05.1968 and the phone number 040 118 2266, neither of which is mine; it looks
like my account has been merged with someone else's (possibly my mother-in-law,
Sanna Ahonen, who is also your customer).

Please correct my details (date of birth 21.09.1985, phone +44 7700 900 318) and,
until you have sorted out which data belongs to whom, do not use my account data for
anything – no invoices, no reminders, no messages to that phone number.

Best wishes
Sanna Ahonen-Reid""")

E("en", "", False, "prospective customer asks hypothetically about deleting later",
  "Chloe Dubois <chloe.dubois@example.com>",
  "Question before booking",
  """Hi!

I'm thinking of booking a newborn shoot with you in December. Before I do: if I
change my mind later, can I ask you to delete the photos and my details, or do you
keep everything forever? Not that I want to now – I just like to know before I
give anyone pictures of my baby.

Thanks,
Chloe""")

E("en", "", False, "international school teacher asks when class photos arrive",
  "David Mensah <david.mensah@example.com>",
  "Grade 4 photos",
  """Hi,

I'm the Grade 4 homeroom teacher at Vaasa International School. Several parents have
asked me when the individual photos from 29 September will be available for ordering.
Also, one pupil was absent that day – is there a retake day?

Thanks,
David""")

E("en", "access", False, "teenager asks what data is held about him",
  "Aleksi Koivisto <aleksi.koivisto2010@example.com>",
  "what info do u have about me",
  """hi, im 16 and my school photos are done by u every year. i want to know what info
you have saved about me (name, class, pics, anything). pls send it to this email, its
my own. my parents dont need to be involved

aleksi koivisto, Vaasan lyseon lukio 1B""")
