from parts.common import E

E("fi", "", True, "Slotti new-booking notification to the studio, no header",
  "Slotti <ilmoitukset@example.fi>",
  "Uusi varaus: Passikuva, ti 10.11. klo 13.20",
  """Uusi varaus on tehty.

Asiakas:   Rasmus Hietala
Puhelin:   040 661 2034
Sähköposti: rasmus.hietala@example.fi
Palvelu:   Passikuva + kuvakuitti poliisin palvelimelle
Aika:      tiistai 10.11.2026 klo 13.20–13.35
Toimipiste: Vaasa, Vasaratie 2 A

Lisätietoja asiakkaalta: "Tarviin kuvan myös ajokorttiin, saako samalla?"

Hallinnoi varauksia: https://example.fi/slotti/admin
Tämä on automaattinen ilmoitus, älä vastaa tähän viestiin.""")

E("fi", "access+portability", False, "template letter citing arts 15 and 20, keeps machine-readable passage",
  "Outi Karvonen <outi.karvonen@example.fi>",
  "Pyyntö henkilötietojen tarkastamisesta ja siirtämisestä",
  """Zoomi Kuvakaupat Oy

Pyydän EU:n yleisen tietosuoja-asetuksen (EU 2016/679) 15 artiklan perusteella
saada tietää, käsitelläänkö minua koskevia henkilötietoja, ja jos käsitellään,
jäljennöksen kaikista minua koskevista tiedoista sekä tiedot

- käsittelyn tarkoituksista,
- tietojen vastaanottajista tai vastaanottajaryhmistä,
- tietojen säilytysajasta,
- siitä, mistä tiedot on kerätty, jos niitä ei ole kerätty minulta.

Lisäksi pyydän 20 artiklan perusteella, että toimitatte minulle ne henkilötiedot,
jotka olen itse antanut teille (mm. tilitiedot verkkokaupassa, lataamani kuvat ja
tilaushistoria), jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa
muodossa.

Vastaus pyydetään sähköpostitse. Tunnistautumista varten: asiakasnumeroni on 412098
ja käytän samaa sähköpostiosoitetta, joka on rekisterissänne.

Outi Karvonen
Vaasa""")

E("fi", "", False, "change delivery address for one order (order operation)",
  "Henna Salo <henna.salo@example.fi>",
  "Toimitusosoite väärin tilauksessa K-205118",
  """Hei!

Huomasin juuri, että tilaukseen K-205118 meni vanha osoitteeni. Voisitteko vaihtaa
toimitusosoitteeksi Pitkäkatu 40 B 6, 65100 Vaasa, jos paketti ei ole vielä lähtenyt?
Kiitos!

Henna""")

E("fi", "erasure+objection", False, "guardian, child with non-disclosure (turvakielto); delete, name must not be used",
  "Marjut Hakala <m.hakala@example.fi>",
  "Lapsen tiedot – turvakielto",
  """Hei,

Lapsellani Aada Hakalalla (Kotirannan koulu, 2A) on väestötietojärjestelmässä
turvakielto. Koulu on ilmeisesti toimittanut teille luokkalistan, jossa hänen nimensä
on, koska hänen kuvansa oli tänä syksynä luokan tilauslinkissä nimellä.

Pyydän, että poistatte kaikki Aadan tiedot ja kuvat järjestelmistänne heti. Hänen
nimeään ei myöskään saa käyttää luokkakuvan nimilistassa eikä missään muussa
materiaalissa, jota jaetaan muille vanhemmille.

Olen hänen ainoa huoltajansa. Voin todistaa asian puhelimitse, soittakaa
numeroon 045 780 1193 arkisin klo 9–16. En halua lähettää osoitetietoja sähköpostilla.

Marjut Hakala""")

E("fi", "", False, "asks advice about removing photo from a sports club site (third party)",
  "Sami Lindholm <sami.lindholm@example.fi>",
  "Kuva seuran sivuilla",
  """Moi,

Otitte viime vuonna meidän jalkapalloseuran joukkuekuvat. Seura on laittanut kuvan
omille nettisivuilleen ja mun poika haluais et se otetaan pois sieltä. Pitääkö
meidän olla yhteydessä teihin vai seuraan? Tiedän että kuvat on seuran tilaamia,
joten arvelen että se on seuran päätös, mutta halusin varmistaa.

Sami""")

E("fi", "marketing_opt_out+objection", False, "stop newsletter and no Google Analytics use",
  "Kirsi Mattila <kirsi.mattila@example.fi>",
  "Uutiskirje pois ja analytiikka",
  """Hei,

Lopettakaa uutiskirjeen lähettäminen minulle, en ole sitä koskaan tilannut.

Lisäksi: en hyväksy, että verkkokäyntejäni seurataan Google Analyticsilla. Vastustan
tietojeni käyttöä analytiikkaan ja pyydän, ettette enää käsittele niitä siihen
tarkoitukseen.

Asiakastili saa jäädä, tilaan vielä ensi keväänä koulukuvat.

Kirsi Mattila""")

E("fi", "complaint", False, "class list sent to wrong parents; announces DPA complaint",
  "Jaana Virtanen <jaana.virtanen@example.fi>",
  "Tietoturvaloukkaus – luokkalista väärille vanhemmille",
  """Hei,

Eilen illalla kaikki Onkilahden koulun 5B-luokan vanhemmat saivat teiltä viestin, jonka
liitteenä oli koko luokan lista: oppilaiden nimet, huoltajien nimet, sähköpostit ja
puhelinnumerot. Viesti oli ilmeisesti tarkoitettu koululle.

Tämä on vakava tietosuojaloukkaus. Olen tänään tehnyt asiasta ilmoituksen
tietosuojavaltuutetun toimistolle. Lapseni tiedot olivat listalla, ja meillä on
perhesyistä hyvin tarkat perusteet sille, ettei osoitettamme jaeta.

Odotan selvitystä siitä, miten tämä tapahtui.

Jaana Virtanen""")

E("fi", "", True, "out-of-office from daycare director, no header",
  "Riikka Peltonen <riikka.peltonen@example.fi>",
  "Automaattinen vastaus: Päiväkotikuvauksen aikataulu",
  """Olen lomalla 2.–13.11.2026. Sähköposteja ei lueta tänä aikana.

Kiireellisissä asioissa ota yhteyttä varajohtaja Tarja Nieminen, p. 040 190 3312.

Riikka Peltonen
päiväkodinjohtaja
Päiväkoti Satakieli, Vaasan kaupunki""")

E("fi", "", False, "wants a copy of invoice (kopio laskusta)",
  "Pekka Räsänen <pekka.rasanen@example.fi>",
  "kopio laskusta",
  """Hei, tarvitsisin kopion kesäkuun laskusta (henkilökuntakuvat, Räsäsen Rakennus Oy)
kirjanpitoa varten, alkuperäinen on hukassa. Voiko lähettää pdf:nä tähän osoitteeseen?
Pekka""")

E("fi", "", False, "suspects phishing mail asking to 'update my details'",
  "Aila Koskinen <aila.koskinen@example.fi>",
  "Onko tämä teiltä?",
  """Hei

Sain viestin "Zoomi asiakaspalvelu", jossa pyydetään päivittämään tietoni ja
maksukorttini linkin kautta, muuten tilini poistetaan. Linkki menee jollekin
oudolle sivulle. Onko tämä teiltä vai huijaus? En ole klikannut mitään.

Aila Koskinen""")

E("fi", "rectification", False, "elderly; wrong phone number, texts go to stranger",
  "Veikko Nurmi <veikko.nurmi@example.fi>",
  "puhelinnumero",
  """Hyvä vastaanottaja

Naapurin rouva kertoi saaneensa teiltä viestejä minun kuvistani. Teillä on
ilmeisesti väärä puhelinnumero minulle. Oikea numero on 050 372 9915. Olkaa hyvä ja
korjatkaa se, ettei vieraat ihmiset saa minun asioitani.

Kunnioittavasti
Veikko Nurmi
Isokyrö""")

E("fi", "access", False, "one line: where did you get my email",
  "Ronja Kärkkäinen <ronja.karkkainen@example.fi>",
  "mistä sähköpostini?",
  """Mistä olette saaneet sähköpostiosoitteeni? En muista asioineeni teillä.""")

E("sv", "", True, "Swedish newsletter, no list header",
  "Zoomi Kuvakaupat <nyhetsbrev@example.fi>",
  "Julkort med egen bild – beställ före 1.12",
  """Hej!

Nu är det dags att tänka på julkorten. Välj bland 40 mallar och lägg till din egen
bild från skolfotograferingen eller familjefotot.

  * 10 julkort 19,90 €
  * Gratis frakt över 50 €
  * Beställ senast 1.12 för leverans före jul

Logga in med dina uppgifter på www.example.fi/sv och välj "Julkort".

--
Du får detta nyhetsbrev eftersom du är kund hos Zoomi Kuvakaupat Oy.
Avsluta prenumerationen: www.example.fi/sv/nyhetsbrev/avsluta
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vasa""")

E("sv", "erasure+marketing_opt_out+complaint", False, "keeps getting mail after unsubscribing; erase or DPA",
  "Kristian Lindén <kristian.linden@example.fi>",
  "TREDJE gången",
  """Hej,

Det här är tredje gången jag skriver. Jag avregistrerade mig från ert nyhetsbrev i
augusti och ändå får jag reklam varje vecka, senast i dag ("Julkort med egen bild").

Sluta skicka reklam till mig. Och nu vill jag dessutom att ni raderar alla mina
uppgifter ur ert kundregister, jag litar inte längre på er.

Om jag får ett enda mejl till eller inte får ett svar inom två veckor anmäler jag er
till Dataombudsmannen.

Kristian Lindén""")

E("sv", "", False, "cancel order ('radera beställningen')",
  "Jenny Holm <jenny.holm@example.fi>",
  "Radera beställningen",
  """Hej, kan ni radera beställningen jag gjorde i går (nr K-204890)? Jag råkade
beställa samma paket två gånger. Den andra (K-204891) ska gälla.
Tack! Jenny""")

E("sv", "restriction", False, "don't delete, need data for a custody dispute",
  "Fredrik Sjöblom <fredrik.sjoblom@example.fi>",
  "Radera inte uppgifterna om mina barn",
  """Hej,

Jag och barnens mamma är i en vårdnadstvist. Jag har fått veta att hon tänker begära
att ni raderar barnens bilder och beställningshistoriken.

Jag ber er att inte radera något av det tills tvisten är avgjord i tingsrätten.
Jag behöver uppgifterna om vem som beställt och betalat skolfotona 2022–2026 som
bevis. Ni får gärna låta bli att använda dem till annat under tiden.

Jag är vårdnadshavare för båda barnen (Alva och Noel Sjöblom, Sunnanvinds skola).

Fredrik Sjöblom
050 441 8820""")

E("sv", "", False, "sports association asks for an offer on team photos",
  "IF Kamraterna Vasa <kansli.ifk@example.fi>",
  "Offert lagfoton 2027",
  """Hej,

Vi är en idrottsförening med ca 20 juniorlag. Vi skulle vilja ha en offert på lag-
och individuella foton våren 2027. Förra gången hade vi en annan fotograf, men
föräldrarna var inte nöjda med hur man beställde bilderna.

Kan ni också skicka ert standardavtal och information om hur ni hanterar spelarnas
uppgifter, så att styrelsen kan ta ställning?

Med vänlig hälsning
Kaj Hägglund
verksamhetsledare, IF Kamraterna Vasa rf""")

E("sv", "access", False, "guardian, short: what data about my child",
  "Sara Ahlskog <sara.ahlskog@example.fi>",
  "Mitt barns uppgifter",
  """Hej!
Vilka uppgifter har ni om min son Vilmer Ahlskog (dagis Pikku Myy)? Jag vill se vad
som finns sparat, också varifrån ni fick hans namn.
Mvh Sara""")

E("sv", "", False, "thanks, ok after rectification done",
  "Carina Nyman <carina.nyman@example.fi>",
  "Sv: Rättelse av namn",
  """Tack, nu ser det rätt ut! Ha en fin dag.
Carina

> Hej Carina,
> Vi har nu rättat stavningen av ditt namn i vårt kundregister.
> Med vänlig hälsning, Zoomi Kuvakaupat / dataskydd""")

E("sv", "access+portability", False, "formal: registerutdrag and dataportabilitet",
  "Johan Rosenqvist <johan.rosenqvist@example.se>",
  "Registerutdrag och dataportabilitet",
  """Till den personuppgiftsansvarige

Med stöd av artikel 15 i dataskyddsförordningen begär jag ett registerutdrag över
alla personuppgifter som Zoomi Kuvakaupat Oy behandlar om mig.

Med stöd av artikel 20 begär jag dessutom att få de personuppgifter som jag själv
har lämnat till er, inklusive de bilder jag laddat upp till ert fotoalbum i
webbshoppen, i ett strukturerat, allmänt använt och maskinläsbart format.

Jag är kund sedan 2020. E-postadressen ovan är den som är registrerad hos er.

Vänliga hälsningar
Johan Rosenqvist
Sundsvall""")

E("sv", "", False, "grandmother asks what rights she has over grandchild photos",
  "Ulla Lillqvist <ulla.lillqvist@example.fi>",
  "Fråga om rättigheter",
  """Hej

Jag är farmor och brukar beställa skolfoton av mina barnbarn. Dottern min sa att jag
inte har "rätt" att se barnens bilder utan föräldrarnas lov. Stämmer det? Vilka
rättigheter har jag egentligen som mor- eller farförälder? Jag vill inte ställa till
något, bara förstå.

Ulla""")

E("en", "", True, "analytics vendor notification: user deletion completed",
  "Analytics Alerts <alerts@example.com>",
  "[Action completed] User deletion request for property zoomi-shop",
  """Hello,

The user deletion request you submitted on 12 October 2026 for property
"zoomi-shop" (ID 3381-22) has been completed.

  Identifier type:  Client ID
  Identifiers:      1 identifier
  Status:           Completed

Data associated with the identifier has been removed from reports and will be
removed from our servers within 63 days.

You are receiving this email because you are an administrator of this property.
Manage notification preferences in the admin console.""")

E("en", "erasure+objection+complaint", False, "privacy-minded customer: erase, cease processing, DPA if no reply",
  "Thomas Brennan <t.brennan@example.com>",
  "Request for erasure – Article 17 GDPR",
  """To the Data Protection Officer, Zoomi Kuvakaupat Oy

I am writing to request the erasure of all personal data you hold about me under
Article 17(1) GDPR. The grounds are:

  (a) the data are no longer necessary for the purposes for which they were
      collected (my last purchase was in 2021);
  (b) to the extent that you relied on my consent, I withdraw it;
  (d) I have reason to believe that my data has been used for marketing without a
      valid legal basis.

I also ask that you cease any further processing of my personal data with immediate
effect, and that you inform any recipients to whom my data have been disclosed of the
erasure, as required by Article 19.

Please confirm in writing once the erasure has been completed, and tell me which data,
if any, you are retaining and on what legal basis.

If I do not receive a response within one month, I will lodge a complaint with the
Office of the Data Protection Ombudsman.

Yours sincerely,
Thomas Brennan
Formerly: Raastuvankatu 18, Vaasa""")

E("en", "", False, "delete the duplicate order",
  "Emily Carter <emily.carter@example.com>",
  "duplicate order pls delete",
  """Hi, the payment page froze and now I have two identical orders (K-205301 and
K-205302). Please delete one of them and refund it. Thanks, Emily""")

E("en", "marketing_opt_out", False, "take me off your list; also SMS",
  "Richard Moore <richard.moore@example.com>",
  "Please take me off your list",
  """Hello,

I had a passport photo taken at your shop two years ago and have been getting your
emails ever since, and now text messages too. Please take me off your mailing list
and stop the texts. I don't want any marketing from you.

Regards,
Richard Moore""")

E("en", "", False, "client company asks for copy of all staff photos in high-res",
  "Laura Nieminen <laura.nieminen@example.com>",
  "Copy of staff photos for our website",
  """Hi,

Our communications team needs a copy of all the staff portraits you took at our
office in September, in full resolution, for the new website. The download link we
got has expired. Could you send a new one? 42 photos in total, Wärtsilä Hub team.

Thanks!
Laura Nieminen
Communications Manager""")

E("en", "restriction", False, "asks to preserve phone-call and e-mail records for a claim",
  "Nadia Petrova <nadia.petrova@example.com>",
  "Please keep the records of my complaint",
  """Hello,

I am preparing a claim regarding the wedding album I ordered (order K-188420), which
arrived damaged and incomplete. I have called your customer service three times.

Please make sure you do not delete the records relating to me – the e-mails, the call
log of my calls in October and the order history – until my claim has been dealt
with. I need them kept exactly as they are for the consumer disputes board.

Best regards,
Nadia Petrova""")

E("en", "", False, "asks what rights a non-EU citizen has, no request",
  "Arjun Mehta <arjun.mehta@example.com>",
  "GDPR rights for non-EU residents?",
  """Hello,

I'm an Indian citizen working in Vaasa on a two-year contract. My colleague said that
under GDPR I can ask companies about my data. Does that apply to me too, since I'm
not an EU citizen? Just curious which rights I would have with your company, I had
my residence permit photos taken there.

Thank you,
Arjun""")

E("en", "rectification+marketing_opt_out", False, "new email address, and no more newsletters",
  "Sophie Larsen <sophie.larsen@example.com>",
  "email change + newsletters",
  """Hi,

My old email (sophie.l@example.test) will stop working at the end of the month.
Please update my customer details to this address instead.

And while you're at it: no more newsletters please, just the order messages.

Sophie Larsen""")

E("en", "", False, "ok thanks reply",
  "Ben Harris <ben.harris@example.com>",
  "Re: Your request",
  """ok thanks

Sent from my Android

> Hi Ben, we have received your message and will get back to you within a few
> working days. Best regards, Zoomi Kuvakaupat""")
