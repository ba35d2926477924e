from parts.common import E

E("fi", "complaint", False, "formal complaint to tietosuojavaltuutettu with Zoomi cc, about passport photo data",
  "Matti Kauppinen <matti.kauppinen@example.fi>", "Ilmoitus tietosuojavaltuutetulle / tiedoksi rekisterinpitäjälle",
  """Tietosuojavaltuutetun toimisto
Tiedoksi: Zoomi Kuvakaupat Oy

Teen täten valituksen tietosuoja-asetuksen 77 artiklan nojalla.

Asioin Zoomi Kuvakaupat Oy:n Vaasan liikkeessä passikuvauksessa 3.11.2026. Kuvauksen yhteydessä myyjä pyysi henkilötunnustani ja kirjasi sen järjestelmään, vaikka kuvan lähettämiseen poliisin palvelimelle riittää kuvakoodi. Pyysin 5.11. selvitystä siitä, miksi henkilötunnus tallennettiin, mutta en ole saanut vastausta.

Katson, että yhtiö käsittelee henkilötunnusta vastoin tietosuojalain 29 §:ää.

Matti Kauppinen
Laihia
puh. 044 987 6543""")

E("en", "", False, "association secretary asks for GDPR wording for photo consent form - near miss",
  "Vaasa International Choir <secretary@example.fi>", "Consent wording for concert photos",
  """Dear Zoomi team,

Our choir has booked you to photograph our Christmas concert on 19 December. As an association we need to inform our members how the photos will be processed.

Could you send us a short description we can include in our privacy notice: who is the controller of the photos, how long you keep them, and whether they are used in your own marketing? We would also appreciate a template consent form if you have one.

With kind regards,
Rebecca Lindgren
Secretary, Vaasa International Choir ry""")

E("sv", "portability", False, "formal sv request for data in machine-readable form to move to other photographer",
  "Henrik Ström <henrik.strom@example.fi>", "Dataportabilitet – artikel 20",
  """Hej,

Jag har under flera år beställt bilder via er webbutik och har ett hundratal egna bilder uppladdade i mitt konto.

Med stöd av artikel 20 i dataskyddsförordningen begär jag att få ut de personuppgifter jag själv har lämnat till er, inklusive de uppladdade bilderna och beställningshistoriken, i ett strukturerat och maskinläsbart format så att jag kan flytta dem till en annan tjänst.

Tack på förhand.
Henrik Ström""")

E("fi", "", True, "out of office from municipal official",
  "Tuula Harjunpää <hankinnat.sivistys@example.fi>", "Automaattinen vastaus: Henkilötietojen käsittelysopimus",
  """Olen lomalla 7.12.–18.12.2026 enkä lue sähköpostia. Kiireellisissä hankinta-asioissa ota yhteyttä hankintapäällikkö Jouni Latvalaan, puh. 040 765 4321.

I am on leave until 18 December 2026.

Tuula Harjunpää
Vaasan kaupunki""", hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "access", False, "reminder from guardian formal, earlier access request unanswered",
  "Riikka Honkanen <riikka.honkanen@example.fi>", "Muistutus: tarkastuspyyntö 28.10.2026",
  """Hyvä vastaanottaja,

Lähetin 28.10.2026 pyynnön saada tiedot lapseni Sofia Honkasen henkilötiedoista (koulukuvat, Onkilahden koulu). En ole saanut vastausta enkä vastaanottokuittausta.

Pyydän vastausta viipymättä.

Ystävällisesti
Riikka Honkanen

> Lähettäjä: Riikka Honkanen
> Lähetetty: 28. lokakuuta 2026 20.41
> Aihe: Lapsen tiedot
> Haluaisin tietää, mitä tietoja lapsestani Sofiasta on teillä tallessa ja kenelle niitä on annettu.""")

E("en", "restriction", False, "formal Art 18(1)(d) restriction pending objection assessment",
  "Graham Whitlock <graham.whitlock@example.com>", "Restriction of processing pending your assessment",
  """Dear Sir or Madam,

Further to my letter of 20 November, in which I objected to the use of my staff photograph on your corporate website, I note that you are still assessing whether your legitimate grounds override my interests.

Pending that verification, I request that the processing of my photograph be restricted in accordance with Article 18(1)(d) GDPR, i.e. that it is not displayed or otherwise used until you have reached a decision.

Yours faithfully,
Graham Whitlock""")

E("sv", "", True, "Slotti reminder, Swedish",
  "Slotti <no-reply@example.com>", "Påminnelse: din tid hos Zoomi Kuvakaupat i morgon",
  """Hej Elin!

Vi vill påminna dig om din bokade tid:

Tjänst: Familjefotografering 30 min
Plats: Zoomi Kuvakaupat, Vasaratie 2 A, Vasa
Tid: tisdag 8.12.2026 kl. 14.00

Om du vill avboka, gör det senast 24 timmar före din tid via länken i bokningsbekräftelsen.

Slotti – bokningssystem""")

E("fi", "erasure+objection", False, "daycare director on own behalf: remove and do not use her photo",
  "Päiväkodinjohtaja Tarja Vainio <tarja.vainio@example.fi>", "Kuvani käyttö mainoksessanne",
  """Hei,

Huomasin, että Instagram-tilillänne on julkaisu, jossa olen kuvassa päiväkotimme lasten kanssa (kuva otettu päiväkoti Vaahteramäen kevätkuvauksessa). Lasten kasvot on peitetty, mutta minä olen tunnistettavissa.

En ole antanut lupaa kuvani käyttöön markkinoinnissa. Pyydän poistamaan julkaisun ja vastustan kuvieni käyttöä yhtiönne markkinoinnissa jatkossakin.

Terveisin
Tarja Vainio
päiväkodinjohtaja, Päiväkoti Vaahteramäki""")

E("fi", "", False, "HR manager orders staff photos, mentions GDPR - near miss",
  "HR-päällikkö Jaana Kortelainen <jaana.kortelainen@example.fi>", "Henkilökuvaus tammikuussa + tietosuoja",
  """Moi,

Meillä olisi tarve kuvata n. 40 työntekijää tammikuun aikana (mieluiten viikolla 3). Kuvat tulevat intraan ja osa nettisivuille.

Tietosuojan puolesta kysyisin, lähetättekö kuvat meille suojatulla linkillä, ja kauanko säilytätte kuvia omissa järjestelmissänne kuvauksen jälkeen? Työntekijöiltä pyydetään meillä erikseen suostumus verkkosivukäyttöön.

Kiitos,
Jaana Kortelainen
HR-päällikkö, Merituuli Group Oy""")

E("en", "access+rectification", False, "formal private person, wants copy and correction of language and name",
  "Ms Aino-Kaisa Leppälä-Grant <ak.grant@example.com>", "Access and rectification request",
  """Dear Zoomi Kuvakaupat,

I would like to receive a copy of the personal data you hold about me (Article 15 GDPR).

I have also noticed that your e-mails are addressed to "Aino Grant" and arrive in Finnish. My name is Aino-Kaisa Leppälä-Grant and my preferred language is English. Please correct both in your records.

Kind regards,
Aino-Kaisa Leppälä-Grant
Espoo""")

E("sv", "complaint+erasure", False, "formal sv: delete now, otherwise complaint to dataombudsmannen",
  "Birgitta Enlund <birgitta.enlund@example.fi>", "Ang. min begäran om radering",
  """Hej,

Den 4 november bad jag er radera mina uppgifter och mitt konto. Ändå fick jag igår ett nyhetsbrev från er till samma adress.

Jag upprepar min begäran om radering. Om jag inte inom två veckor får en skriftlig bekräftelse på att uppgifterna har raderats, kommer jag att lämna in ett klagomål till dataombudsmannens byrå.

Birgitta Enlund""")

E("fi", "", False, "poliisi lupapalvelu asks about photo server transfer issue - near miss",
  "Poliisin lupahallinto <lupapalvelut@example.fi>", "Kuvakoodien siirtohäiriö 2.12.2026",
  """Hyvä yhteistyökumppani,

Poliisin kuvapalvelimella havaittiin 2.12.2026 klo 9–13 välisenä aikana häiriö, jonka vuoksi osa valokuvaamoista lähetetyistä passikuvista ei siirtynyt palvelimelle. Pyydämme tarkistamaan, onko yrityksenne lähettämiä kuvia jäänyt vastaanottamatta, ja lähettämään ne tarvittaessa uudelleen.

Lisätietoja antaa poliisin lupapalvelujen tekninen tuki.

Poliisihallitus, lupahallinto""")

E("en", "objection", False, "CCPA-style opt out of sale from US customer",
  "Brian Kowalczyk <brian.kowalczyk@example.com>", "Do Not Sell or Share My Personal Information",
  """To whom it may concern,

I am a California resident and a customer of your online photo shop. Pursuant to the California Consumer Privacy Act, I am exercising my right to opt out of the sale or sharing of my personal information.

Please confirm that my personal information will not be sold or shared with third parties.

Brian Kowalczyk""")

E("fi", "marketing_opt_out", False, "club chairman asks to stop marketing to his personal e-mail",
  "Pekka Ylinen <pekka.ylinen@example.fi>", "Markkinointiviestit",
  """Hei

Toimin Vaasan Pallo-Veikkojen puheenjohtajana ja tilasin teiltä joukkuekuvat keväällä. Sen jälkeen olen saanut teiltä jatkuvasti mainossähköposteja henkilökohtaiseen osoitteeseeni.

Pyydän, että lopetatte markkinointiviestien lähettämisen minulle. Seuran tilausasiat voi jatkossakin hoitaa tätä kautta.

Pekka Ylinen""")

E("sv", "access", False, "guardian, formal, joint custody mention",
  "Tomas Granlund <tomas.granlund@example.fi>", "Begäran om uppgifter om mitt barn",
  """Hej,

Jag är vårdnadshavare (gemensam vårdnad) till Lukas Granlund, elev i årskurs 4 vid Borgaregatans skola.

Jag vill veta vilka personuppgifter ni har om Lukas: bilder, namn, klass och eventuella beställningar, och vem som har beställt och fått bilderna från höstens skolfotografering.

Med vänlig hälsning
Tomas Granlund
040 555 1212""")

E("en", "", True, "Google Analytics property notice",
  "Google Analytics <analytics-noreply@example.com>", "Your Google Analytics monthly performance report",
  """Here's how zoomi-kuvakaupat.example.fi performed in November.

Users: 8,412 (+6.1%)
Sessions: 11,930
Top page: /koulukuvat/tilaa
Top country: Finland

You are receiving this e-mail because you have opted in to performance suggestions. Manage your e-mail preferences in your account settings.""")

E("fi", "rectification+erasure", False, "association treasurer: fix payer role, remove home address from billing data",
  "Rahastonhoitaja Seija Koivisto <seija.koivisto@example.fi>", "Asiakastietojen korjaaminen",
  """Hyvä vastaanottaja

Laskunne 2026-09150 on osoitettu minulle henkilökohtaisesti kotiosoitteeseeni (Puistokatu 9 C 21), vaikka tilaajana oli Vaasan Eläkkeensaajat ry. Pyydän korjaamaan rekisteriinne, että minut on merkitty yhdistyksen yhteyshenkilöksi eikä maksajaksi, ja poistamaan kotiosoitteeni laskutustiedoista. Yhdistyksen laskutusosoite on PL 77, 65101 Vaasa.

Seija Koivisto
rahastonhoitaja""")

E("fi", "access+objection+erasure", False, "very formal letter, lists many rights",
  "Oikeustieteen yo. Ville Haapala <ville.haapala@example.fi>", "Rekisteröidyn oikeuksien käyttäminen",
  """Zoomi Kuvakaupat Oy / tietosuojavastaava

Vetoan seuraaviin tietosuoja-asetuksen mukaisiin oikeuksiini:

1. Tarkastusoikeus (15 art.): pyydän jäljennöksen kaikista minua koskevista henkilötiedoista sekä tiedot käsittelyn tarkoituksista, vastaanottajista ja säilytysajoista.
2. Vastustamisoikeus (21 art. 1 kohta): vastustan tietojeni käsittelyä oikeutetun edun perusteella, erityisesti Google Analyticsin avulla tapahtuvaa analytiikkaa.
3. Oikeus tietojen poistamiseen (17 art.): pyydän poistamaan tietoni sen jälkeen, kun olen saanut 1 kohdan mukaisen jäljennöksen, lukuun ottamatta kirjanpitolain edellyttämiä tietoja.

Asiointi sähköpostitse tähän osoitteeseen.

Ville Haapala""")

E("sv", "", False, "municipality asks for audit questionnaire answers - near miss",
  "Korsholms kommun, dataskyddsombud <dataskydd@example.fi>", "Granskning av personuppgiftsbiträden 2026 – frågeformulär",
  """Bästa samarbetspartner,

Korsholms kommun genomför en årlig granskning av sina personuppgiftsbiträden enligt artikel 28.3 h i dataskyddsförordningen. Ni anlitas för skol- och daghemsfotografering.

Vi ber er fylla i bifogade frågeformulär (informationssäkerhet, underbiträden, incidenthantering, radering efter avtalets upphörande) och returnera det senast 15.1.2027.

Med vänlig hälsning
Maria Lindholm
dataskyddsombud, Korsholms kommun""")

E("en", "erasure", False, "executor asks deletion of deceased mother's account",
  "Andrew Pennington <a.pennington@example.com>", "Account of the late Mrs Margaret Pennington",
  """Dear Sir or Madam,

I am writing as executor of the estate of my mother, Margaret Pennington, who passed away on 2 October 2026. She had an account in your online photo shop under m.pennington@example.com.

I would be grateful if you could close the account and delete the photographs stored in it. I can provide a copy of the death certificate and the grant of probate if required.

Yours faithfully,
Andrew Pennington""")

E("fi", "", True, "newsletter from photo trade association - automated",
  "Suomen Valokuvaajien Liitto <uutiskirje@example.fi>", "Jäsentiedote 12/2026",
  """JÄSENTIEDOTE 12/2026

• Koulukuvauksen tietosuojaohje päivitetty – lue uusi versio jäsensivuilta
• Kevään koulutuspäivät Tampereella 12.–13.3.2027
• Jäsenmaksut 2027 erääntyvät 31.1.

Et halua enää tiedotteita? Peruuta tilaus jäsensivuilla.

Suomen Valokuvaajien Liitto ry""")

E("fi", "access", False, "formal, asks recipients and call logs",
  "Helena Uusitalo <helena.uusitalo@example.fi>", "Pyyntö: minua koskevat tiedot ja puhelutallenteet",
  """Hei,

Soitin asiakaspalveluunne useita kertoja syys–lokakuussa laskuasiasta. Pyydän tietosuoja-asetuksen 15 artiklan perusteella kopiota kaikista minua koskevista tiedoista, myös puhelulokeista ja mahdollisista puhelutallenteista, sekä tiedon siitä, onko tietojani luovutettu OK-perinnälle.

Helena Uusitalo
0400 112 233""")

E("en", "marketing_opt_out", False, "one line formal opt-out",
  "R. J. Caldwell <rj.caldwell@example.com>", "Marketing communications",
  """Please remove my e-mail address from your marketing list with immediate effect. R. J. Caldwell""")

E("sv", "rectification", False, "formal sv, name changed after marriage",
  "Jenny Nordman (f.d. Kullberg) <jenny.nordman@example.fi>", "Ändring av efternamn",
  """Hej,

Jag har gift mig och bytt efternamn från Kullberg till Nordman. Vänligen uppdatera mitt namn i ert kundregister. Min e-postadress är densamma.

Tack!
Jenny Nordman""")

E("fi", "complaint", False, "guardian says Zoomi breaks GDPR by giving class list to another parent",
  "Sari Karjalainen <sari.karjalainen@example.fi>", "Tietosuojaloukkaus – luokkakuvan nimiluettelo",
  """Hyvät vastaanottajat,

Lapseni luokan ryhmäkuvan mukana toimitettiin kaikille perheille nimiluettelo, jossa on lasten koko nimet. Lapseni on turvakiellon piirissä, ja tästä oli ilmoitettu koululle.

Yhtiönne on toiminut tietosuoja-asetuksen vastaisesti. Olen tehnyt asiasta ilmoituksen tietosuojavaltuutetulle tänään.

Sari Karjalainen""")

E("en", "", False, "debt collection agency Swedish customer asks for confirmation of assignment - near miss",
  "Nordic Recovery Partners AB <cases@example.se>", "Assignment confirmation – debtor ref. NRP-44120",
  """Dear Zoomi Kuvakaupat Oy,

We have received from your Finnish partner OK-perintä Oy a transfer of the claim against a debtor residing in Sweden (ref. NRP-44120, principal EUR 212.00).

Please confirm in writing that the claim has been assigned for collection to our agency and that no payments have been received directly by you since 1 November 2026.

Best regards,
Linnea Håkansson
Case Handler""")

E("sv", "restriction", False, "insured person's lawyer asks don't delete photos needed for damages case",
  "Advokat Karin Sundqvist <karin.sundqvist@example.se>", "Begäran om bevarande av uppgifter",
  """Till Zoomi Kuvakaupat Oy

Jag företräder Mats Ekholm i en tvist om skadestånd med anledning av en olycka vid er fotografering av Vasa Segelsällskap den 12 juni 2026.

Min klient begär att ni inte raderar de bilder, bokningsuppgifter och meddelanden som gäller honom och fotograferingen, eftersom de behövs för att fastställa, göra gällande och försvara rättsliga anspråk. Uppgifterna ska bevaras tills tvisten är avgjord.

Med vänlig hälsning
Karin Sundqvist
advokat""")

E("fi", "portability", False, "formal Art 20 portability with CSV and zip",
  "Olli Rautiainen <olli.rautiainen@example.fi>", "Omat kuvani ja tilaustiedot koneluettavassa muodossa",
  """Hei,

Pyydän tietosuoja-asetuksen 20 artiklan mukaisesti toimittamaan antamani tiedot (verkkokauppatilin tiedot, tilaushistoria ja lataamani kuvat) yleisesti käytetyssä koneluettavassa muodossa, esim. CSV ja alkuperäiset kuvatiedostot zip-pakettina.

Tiedot voi toimittaa latauslinkkinä tähän sähköpostiin.

Ystävällisin terveisin
Olli Rautiainen""")

E("en", "", True, "mailer-daemon bounce",
  "Mail Delivery Subsystem <mailer-daemon@example.fi>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.example.fi.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<jari.mustakangas@example.test>: host mail.example.test said: 550 5.1.1 User unknown

Reporting-MTA: dns; mx1.example.fi
Final-Recipient: rfc822; jari.mustakangas@example.test
Action: failed
Status: 5.1.1""")

E("fi", "erasure", False, "typed without umlauts, formal-ish, delete pupil photos of child after school change",
  "Jari Lehtimaki <jari.lehtimaki@example.fi>", "lapsen kuvien poisto",
  """Hyva vastaanottaja

Poikani Aleksi Lehtimaki (7lk) on vaihtanut koulua ja perheemme on muuttanut pois Vaasasta. Pyydan etta poistatte hanen koulukuvansa ja muut hanta koskevat tiedot teidan jarjestelmista, kuvia ei ole tilattu eika tarvita.

Vastauksen voi laittaa tahan osoitteeseen.

Jari Lehtimaki
huoltaja""")
