from parts.common import E

E("sv", "erasure+marketing_opt_out", False, "Ostrobothnian dialect: no more ads and delete everything",
  "Rolf Mattfolk <rolf.mattfolk@example.fi>", "reklamen",
  """Hej

Nu ha ja fått nog me era mejl å sms om julkort å kalendrar. Ja vill int ha nå meir reklam från er, ingenting. Å sen kan ni radera allt ni ha om mej, ja ska int beställa nå meir. Barnbarnen ä stora nu.

Rolf Mattfolk
Korsnäs""")

E("sv", "", False, "Vasabladet journalist asks about children's photos in advertising; no DSR",
  "Frida Kull <frida.kull@example.fi>", "Intervjuförfrågan – barnbilder i reklam",
  """Hej,

Jag heter Frida Kull och är reporter på en österbottnisk dagstidning. Vi gör ett reportage om hur fotoföretag använder bilder av barn i sin marknadsföring, efter att flera föräldrar hört av sig till oss.

Jag skulle gärna prata med någon hos er om hur ni frågar efter samtycke, hur länge ett samtycke gäller och vad som händer när en förälder vill att en bild tas bort. Det går bra per telefon eller på plats i Vasa nästa vecka.

Med vänlig hälsning
Frida Kull
reporter
040 123 4567""")

E("sv", "", True, "holiday auto-reply with headers, friendly wording",
  "Lotta Enlund <lotta.enlund@example.fi>", "Automatiskt svar: Bildlistor för Replot skola",
  """Hej!

Tack för ditt meddelande. Jag är på semester 19.10–25.10 och har begränsad tillgång till e-post. Jag svarar så fort jag är tillbaka.

I brådskande fall, kontakta skolans kansli på 06 123 4567.

Soliga hälsningar
Lotta""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "access", False, "access request that reserves the right to contact the DPA (not a complaint)",
  "Anders Björkqvist <anders.bjorkqvist@example.fi>", "Begäran om registerutdrag",
  """Hej,

Härmed begär jag ett registerutdrag över alla personuppgifter som Zoomi Kuvakaupat Oy behandlar om mig, inklusive varifrån uppgifterna har samlats in och till vilka de har lämnats ut.

Jag förbehåller mig rätten att vända mig till Dataombudsmannen om svaret inte är fullständigt.

Anders Björkqvist
Kristinestad""")

E("sv", "erasure", False, "school staff forwards a parent's wish that child's photos be deleted",
  "Kansliet Bergö skola <kansli.bergo@example.fi>", "VB: Bilderna på Noel",
  """Hej,

vi vidarebefordrar nedanstående meddelande från en vårdnadshavare, eftersom det gäller er och inte skolan.

Hälsningar
Marianne, skolsekreterare

-------- Vidarebefordrat meddelande --------
Från: Eva Grönroos
Datum: 28.10.2026
Ämne: Bilderna på Noel

Hej! Vi beställde inga skolfoton i år och vill att alla bilder som togs på Noel (klass 5) raderas hos fotografen. Kan ni skicka vidare? Tack / Eva""")

E("sv", "marketing_opt_out", False, "subject-only unsubscribe, body is Outlook mobile signature",
  "Pia Nordman <pia.nordman@example.fi>", "Avregistrera",
  """
Skickat från Outlook för Android""")

E("sv", "", False, "Åbo Akademi student asks for thesis interview on GDPR practice; no DSR",
  "Elin Sjölund <elin.sjolund@example.fi>", "Intervju för pro gradu-avhandling",
  """Hej!

Jag skriver min pro gradu i offentlig förvaltning vid Åbo Akademi i Vasa om hur små och medelstora företag i Österbotten tolkar dataskyddsförordningen. Jag skulle vilja intervjua den som ansvarar för dataskyddet hos er, ca 30–45 minuter, på svenska eller finska.

Intervjun spelas in men anonymiseras, och företagets namn nämns inte i avhandlingen.

Vore ni intresserade? Jag är flexibel med tider under november.

Vänliga hälsningar
Elin Sjölund""")

E("sv", "access+portability", False, "access plus kept Art 20 passage to move data",
  "Magnus Söderberg <magnus.soderberg@example.fi>", "Registerutdrag och dataportabilitet",
  """Hej,

1. Jag begär ett registerutdrag enligt artikel 15 GDPR över alla uppgifter ni har om mig.

2. Dessutom begär jag att de uppgifter som jag själv har lämnat till er (kontouppgifter, uppladdade bilder och beställningar) lämnas ut i ett strukturerat och maskinläsbart format enligt artikel 20, så att jag kan flytta dem till en annan fototjänst.

Svaret kan skickas till denna e-postadress.

Magnus Söderberg""")

E("sv", "", False, "consumer complaint about print quality citing consumer protection law; not a DSR",
  "Ulla Knuts <ulla.knuts@example.fi>", "Reklamation – fotobok",
  """Hej,

Fotoboken jag fick i går (order 7790315) har sneda sidor och färgerna är helt gröna på sidorna 12–20. Den var en present till min mammas 80-årsdag på lördag.

Jag vill ha en ny bok eller pengarna tillbaka. Enligt konsumentskyddslagen har jag rätt till det, och annars vänder jag mig till konsumentrådgivningen.

Ulla Knuts""")

E("fi", "marketing_opt_out", False, "subject-only 'Suoramarkkinointikielto', body only the name",
  "Leena Aho <leena.aho@example.fi>", "Suoramarkkinointikielto",
  """Terv. Leena Aho""")

E("fi", "restriction", False, "slipped at the studio; asks booking history not be deleted, needed for insurance claim",
  "Marja-Liisa Harju <marja-liisa.harju@example.fi>", "Varaushistoria – älkää poistako",
  """Hei,

liukastuin teidän Vaasan studion portaissa 4.9. perhekuvauksen jälkeen ja ranne murtui. Asia on nyt vakuutusyhtiön käsittelyssä ja saatan tarvita todisteeksi tiedon varauksestani ja käyntini ajankohdasta.

Pyydän, että ette poista varaushistoriaani ettekä muita minua koskevia tietoja siihen asti, kunnes vakuutusasia on selvitetty. Ilmoitan kun asia on loppuun käsitelty.

Marja-Liisa Harju""")

E("fi", "access", False, "former employee requests a copy of all data incl. emails and access-control logs",
  "Kimmo Pitkänen <kimmo.pitkanen@example.fi>", "Entinen työntekijä – pyyntö saada kopio henkilötiedoista",
  """Hei,

työskentelin Zoomi Kuvakaupat Oy:ssä myyjänä ja kuvaajana 1.3.2023–31.5.2026. Pyydän tietosuoja-asetuksen 15 artiklan nojalla kopion kaikista minua koskevista henkilötiedoista, mukaan lukien

- henkilöstötiedot ja palkkatiedot
- minua koskevat arvioinnit ja kehityskeskustelumuistiot
- sähköpostit ja viestit, joissa minut mainitaan nimeltä
- studion kulunvalvonnan lokitiedot

Toimittakaa tiedot sähköisesti tähän osoitteeseen.

Kimmo Pitkänen""")

E("fi", "", True, "debt-collection system acknowledgement sent automatically",
  "OK-perintä järjestelmäviesti <noreply@okperinta.example.fi>", "Toimeksianto vastaanotettu 4471920",
  """Toimeksiantaja: Zoomi Kuvakaupat Oy
Toimeksianto: 4471920
Velallinen: Rautiainen Markus
Pääoma: 59,00 EUR
Tila: Vastaanotettu, perintätoimet aloitetaan

Tämä on automaattinen ilmoitus OK-perintä Oy:n toimeksiantojärjestelmästä. Älä vastaa tähän viestiin.""")

E("fi", "erasure", False, "daycare (client organisation) sent a wrong list incl. a child with non-disclosure; asks Zoomi to delete it",
  "Päiväkoti Pikkuväki / Tuula Harju <tuula.harju@example.fi>", "KIIREELLINEN: väärä lista lähetetty",
  """Hei,

lähetimme teille eilen klo 15 kuvauslistan Pikkuväen ryhmistä, mutta siinä oli vahingossa mukana myös yksi lapsi, jolla on turvakielto, sekä hänen huoltajansa osoite. Häntä ei kuvata.

Pyydämme, että poistatte kyseisen lapsen ja huoltajan tiedot teidän järjestelmästä ja sähköposteista heti. Lähetämme korjatun listan tänään. Kuittaisitteko, kun tiedot on poistettu?

Tuula Harju
päiväkodin johtaja, Päiväkoti Pikkuväki
puh. 044 123 4567""")

E("fi", "access+complaint", False, "second reminder of access request with conditional DPA threat",
  "Harri Leinonen <harri.leinonen@example.fi>", "TOINEN MUISTUTUS: tarkastuspyyntö",
  """Hei,

tämä on toinen muistutus. Tein tarkastuspyynnön 20.8. ja muistutin 28.9. Kumpaankaan ei ole vastattu.

Jos en saa pyytämiäni tietoja 14 päivän kuluessa, vien asian tietosuojavaltuutetulle.

Harri Leinonen

--- 28.9. ---
Muistutan 20.8. lähettämästäni tarkastuspyynnöstä.

--- 20.8. ---
Pyydän saada tietää, mitä henkilötietoja minusta on tallennettu rekisteriinne.""")

E("fi", "erasure", False, "threatens a lawyer (not the DPA) if photo stays on Facebook",
  "Tommi Virtala <tommi.virtala@example.fi>", "kuva facebookissa",
  """Teidän Facebook-sivulla on edelleen se kuva jossa mä oon mun exän kanssa kihlakuvassa. Pyysin jo puhelimessa viime kuussa ottamaan sen pois. Poistakaa se NYT. Jos se on siellä vielä perjantaina niin mä otan yhteyttä asianajajaan.

Tommi Virtala""")

E("fi", "rectification", False, "daycare staff member: her own name misspelt in company's contact records",
  "Helen Kortesalmi <helen.kortesalmi@example.fi>", "Nimi väärin",
  """Hei,

olen päiväkoti Sateenkaaren johtaja ja teidän yhteyshenkilö kuvauksissa. Teidän viesteissä nimeni on aina "Hellen Kortesalmi", mutta oikein se on Helen (yksi l). Voisitteko korjata sen teidän järjestelmään?

Terveisin
Helen Kortesalmi""")

E("fi", "portability", False, "wants to download all own data as JSON to move elsewhere",
  "Ari Karvonen <ari.karvonen@example.fi>", "tietojen lataus",
  """Hei

haluaisin ladata kaikki itse antamani tiedot verkkokaupastanne (tili, albumit, tilaukset) koneluettavassa muodossa, esim. JSON, että voin siirtää ne toiseen palveluun. Onko tähän joku latausnappi vai pitääkö teidän lähettää?

Ari""")

E("fi", "erasure", False, "one-liner 'forget me'",
  "Sanna Kettunen <sanna.kettunen@example.fi>", "unohtakaa minut",
  """Unohtakaa minut. Kaikki tiedot pois.""")

E("fi", "", False, "estate of a deceased mother closes her account; estate letter near-miss",
  "Jukka Ojala <jukka.ojala@example.fi>", "Kuolinpesä / Irma Ojala",
  """Hei,

äitini Irma Ojala kuoli lokakuussa. Hoidan kuolinpesän asioita. Hänelle tulee edelleen teiltä postia ja sähköposteja. Voitteko sulkea hänen asiakkuutensa? Hänellä oli myös keskeneräinen tilaus (valokuvakirja), joka voidaan perua.

Perukirja toimitetaan tarvittaessa.

Jukka Ojala
kuolinpesän osakas""")

E("fi", "marketing_opt_out+objection", False, "no marketing, and objects to data being handed to collection",
  "Pekka Sundell <pekka.sundell@example.fi>", "Markkinointi ja perintä",
  """Hei,

1) En halua teiltä enää mitään markkinointia, en sähköpostilla enkä tekstiviestillä.

2) Olen riitauttanut laskun 3024471 (kuvat olivat epäteräviä, reklamaatio tehty 2.11.). Vastustan sitä, että tietojani luovutetaan perintätoimistolle, kun lasku on riitainen.

Pekka Sundell""")

E("fi", "rectification+access", False, "address wrong; also wants to see what other data is held",
  "Satu Lampinen <satu.lampinen@example.fi>", "väärä osoite",
  """Hei, koulukuvien lasku tuli vanhaan osoitteeseen vaikka muutin jo 2024. Oikea osoite on Koulukatu 15 B 8, 65100 Vaasa. Korjatkaa tämä.

Ja kun nyt kerran kirjoitan, niin haluaisin myös nähdä mitä muita tietoja teillä on minusta tallessa, ettei sielläkin ole vanhaa tietoa.

Satu Lampinen""")

E("fi", "erasure", False, "mostly Finnish with Swedish words, bilingual family; child's photo in shop window",
  "Marika Hägg <marika.hagg@example.fi>", "Kuva näyteikkunassa",
  """Hej hej,

meidän Ellen on teidän Kauppapuistikon liikkeen näyteikkunassa siinä isossa julisteessa, mummo huomasi eilen. Ellen ei tykkää siitä yhtään ja me ei muista että oltais annettu lupaa. Ottakaa kuva pois ikkunasta, kiitos.

Tack på förhand!
Marika Hägg""")

E("en", "access+complaint", False, "Ukrainian says she submitted a complaint to the DPA via tietosuoja.fi, still wants her data",
  "Yuliia Bondarenko <yuliia.bondarenko@example.com>", "My request from September",
  """Hello,

In 15 September I asked you to send me all my personal data (I had photo studio session and orders). You never answered me. So last week I submitted complaint in tietosuoja.fi website to the Data Protection Ombudsman.

But still I want to receive my data, please send it.

Yuliia Bondarenko""")

E("en", "", True, "one-time login code mail",
  "Zoomi verkkokauppa <no-reply@shop.example.fi>", "Your login code: 482913",
  """Your one-time login code is

482913

The code is valid for 10 minutes. If you did not try to log in, you can ignore this message.

Zoomi Kuvakaupat""",
  hdrs={"Auto-Submitted": "auto-generated"})

E("en", "access+portability", False, "rights-organisation template: access plus kept machine-readable Art 20 clause",
  "Data Rights Hub <template-service@datarightshub.example.com>", "Data Subject Access Request – Freya Lind",
  """Dear Data Protection Officer,

This request is sent through the Data Rights Hub service on behalf of, and at the instruction of, Freya Lind (freya.lind@example.com), who is copied for your records.

1. ACCESS (Art. 15 GDPR). Please confirm whether you process personal data concerning me and provide a copy of that data together with the information listed in Art. 15(1)(a)–(h) and 15(2).

2. PORTABILITY (Art. 20 GDPR). In addition, please make the personal data which I have provided to you available to me in a structured, commonly used and machine-readable format.

Please respond within one month as required by Art. 12(3). Identification: I write from the e-mail address registered with your service.

Sincerely,
Freya Lind
(sent via Data Rights Hub)""")

E("en", "access", False, "student researching companies' responses sends a genuine access request",
  "Aino Vesterinen <aino.vesterinen@example.com>", "Subject access request",
  """Hello,

I'm a bachelor's student writing my thesis on how Finnish companies respond to data subject requests. As part of the research I am sending real access requests to companies whose services I have used myself, so please treat this as a genuine request.

Please send me a copy of the personal data you hold about me (I have ordered prints from your web shop with this email) and the information about purposes, recipients and retention.

Thank you,
Aino Vesterinen""")

E("en", "marketing_opt_out", False, "Estonian: stop newsletter but keep the account",
  "Kadri Kuusk <kadri.kuusk@example.com>", "newsletter",
  """Hi, I dont want more newsletter please. But dont close my account, I still want to order photos sometimes. Thanks, Kadri""")

E("en", "", False, "asks for an invoice copy for company accounting, cites GDPR loosely; near-miss",
  "Mark Jensen <mark.jensen@example.com>", "copy of invoice (GDPR)",
  """Hi,

I need a copy of invoice for my staff headshot (October 14, Vaasa studio) with VAT shown separately. My employer reimburses it. I think under GDPR you have to give me my documents anyway ;) The original email went to my spam and was deleted.

Thanks,
Mark Jensen""")

E("en", "restriction", False, "chargeback dispute: don't delete account records until resolved",
  "Natalia Petrenko <natalia.petrenko@example.com>", "Please keep my order records",
  """Hello,

I have opened a chargeback with my bank for order 7801442 (photo canvas never arrived). I saw in your privacy notice that inactive accounts are deleted after some time.

Please do not delete my account or order records until the bank has decided the chargeback, I may need them. You don't need to do anything else with them.

Natalia Petrenko""")
