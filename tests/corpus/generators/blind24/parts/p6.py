from parts.common import E

E("fi", "access", False, "isyyslomalla oleva isä: huoltaja kysyy mitä tietoja eskarilaisesta, kirjoitusvirheitä",
  "Antti Laakso <antti.laakso@example.fi>", "eskarikuvat ja tiedot",
  """Hei

Mikä tietoja teillä on meijän pojasta Veeti Laaksosta? Eskarikuvaus oli lokakuussa päiväkoti Peikonpesässä. Haluisin tietää mitä on tallennettu (nimi, kuvat, ryhmä?) ja kenelle niitä on annettu. Olen huoltaja.

t. Antti Laakso""")

E("sv", "erasure", False, "sv: lawyer for client demands deletion of photos from shoot",
  "Advokat Henrik Blomqvist <henrik.blomqvist@example.fi>", "Radering av personuppgifter – vår klient",
  """Till Zoomi Kuvakaupat Oy

Vi företräder Nina Rosenberg (fullmakt bifogas). Vår klient begär med stöd av artikel 17.1 i dataskyddsförordningen att samtliga bilder och personuppgifter som gäller henne och som har samlats in vid porträttfotograferingen den 9 september 2026 raderas utan onödigt dröjsmål.

Vi ber om skriftlig bekräftelse till undertecknad.

Henrik Blomqvist
advokat""")

E("en", "", False, "insurer asks for claims history of company, near miss",
  "Baltic Liability Underwriters <underwriting@example.com>", "Renewal questionnaire – public liability policy",
  """Dear Client,

Your public liability policy is due for renewal on 1 February 2027. Please complete the enclosed questionnaire, including details of any claims or incidents in the past 12 months and any changes to your premises or activities.

Kind regards,
Underwriting Team""")

E("fi", "marketing_opt_out", False, "yhdistys: member formal, no marketing by post",
  "Kerttu Salonen <kerttu.salonen@example.fi>", "Suoramarkkinointikielto (kirjeet)",
  """Hyvä vastaanottaja

Saan teiltä postitse mainoskirjeitä, vaikka en ole niitä pyytänyt. Kiellän nimeni ja osoitteeni käytön suoramarkkinointiin.

Kerttu Salonen
Mustasaari""")

E("sv", "access", False, "sv: teenager (16) writes formally in own name",
  "Alva Grönqvist <alva.gronqvist@example.fi>", "Mina uppgifter",
  """Hej,

Jag är 16 år och går i gymnasiet i Vasa. Jag vill veta vilka uppgifter och bilder ni har om mig från skolfotograferingarna under åren och vem som har fått dem. Jag vill få svaret själv till den här adressen.

Alva Grönqvist""")

E("fi", "objection", False, "formal Art 21, objects to processing for marketing analytics/profiling of children purchases",
  "Marja-Leena Koivula <marja-leena.koivula@example.fi>", "Vastustusoikeus, tietosuoja-asetus 21 art. 1 kohta",
  """Zoomi Kuvakaupat Oy

Vastustan tietosuoja-asetuksen 21 artiklan 1 kohdan nojalla sitä, että tilaushistoriaani käytetään asiakasanalyyseihin ja liiketoiminnan kehittämiseen. Erityinen tilanteeni on se, että tilaukset sisältävät lasteni kuvia.

Marja-Leena Koivula""")

E("en", "complaint", False, "formal: says Zoomi breaches GDPR keeping passport photos; will report if not addressed",
  "Victoria Pembroke <victoria.pembroke@example.com>", "Retention of passport photographs",
  """Dear Sir or Madam,

I was told in your shop that you keep passport photographs "for a few years in case the customer needs a reprint". Retaining biometric-quality images without my consent for such a purpose breaches the storage limitation principle in Article 5(1)(e) GDPR.

If this practice is not changed, I will take the matter to the Data Protection Ombudsman.

Victoria Pembroke""")

E("sv", "", False, "daycare asks to get group photo to kommun webpage - near miss",
  "Daghemmet Lärkan <larkan@example.fi>", "Får vi använda gruppbilden på kommunens webbplats?",
  """Hej!

Får vi lägga upp gruppbilden från höstens fotografering på kommunens webbplats? Vi har samtycke från alla vårdnadshavare utom två, och de barnen kan vi beskära bort. Vad säger ert avtal om publicering?

Hälsningar
Katarina Ek
föreståndare""")

E("fi", "erasure", False, "formal: delete ID copy taken at passport visit",
  "Reijo Pitkänen <reijo.pitkanen@example.fi>", "Henkilöllisyystodistuksen kopio",
  """Hyvä vastaanottaja

Passikuvauksen yhteydessä 24.11. myyjänne otti kopion ajokortistani. Pyydän, että kopio ja siihen liittyvät tiedot poistetaan viipymättä.

Reijo Pitkänen""")

E("sv", "rectification", False, "sv: association chair: wrong title and name on staff list",
  "Ordförande Leif Nylund <leif.nylund@example.fi>", "Felaktiga uppgifter",
  """Hej,

I ert kundregister står jag som "Leif Nyland, kassör". Rätt är Leif Nylund, ordförande. Vänligen korrigera.

Leif Nylund
Vasa Svenska Manskör rf""")

E("en", "access", False, "formal SAR short with ID offered",
  "Neil Armstrong-Hayes <neil.armstronghayes@example.com>", "SAR",
  """Hello,

Under Article 15 GDPR I'd like a copy of all personal data you hold on me. I ordered school photos for my son (order 551902) and prints in 2025. Happy to verify my identity if needed, but please do not ask for a passport copy unless you have a genuine reason.

Neil Armstrong-Hayes""")

E("fi", "", False, "koulusihteeri: oppilaslistan lähetys – tietosuoja kysymys, near miss",
  "Koulusihteeri Mervi Ahola <mervi.ahola@example.fi>", "Oppilasluettelot kuvausta varten",
  """Hei,

Lähetänkö kevään kuvausta varten oppilasluettelot (nimi ja luokka) samalla tavalla kuin viime vuonna, vai onko teillä nyt joku turvallinen lataus? Rehtori toivoi, ettei listoja lähetetä tavallisena sähköpostina tietosuojasyistä.

Mervi Ahola
Variskan koulu""")

E("sv", "marketing_opt_out", False, "sv: formal short direct-marketing ban",
  "Siv Eriksson <siv.eriksson@example.fi>", "Förbud mot direktreklam",
  """Jag förbjuder användning av mina personuppgifter för direktmarknadsföring och ber er ta bort mig från era utskickslistor.

Siv Eriksson, Närpes""")

E("fi", "restriction", False, "father contests he is the payer of child photo invoice; asks restriction",
  "Harri Nieminen <harri.nieminen@example.fi>", "Tietojen käytön rajoittaminen",
  """Hyvä vastaanottaja

Kiistän asiakasrekisterinne tiedon, jonka mukaan olisin tilannut lapseni koulukuvat ja olisin laskun maksaja (lasku 2026-09404). Lasten äiti on tehnyt tilauksen. Pyydän, että tietojeni käyttöä rajoitetaan, kunnes tiedon oikeellisuus on tarkistettu, eikä asiaa siirretä perintään sillä välin.

Harri Nieminen""")

E("en", "erasure+marketing_opt_out", False, "formal, US writer, delete and unsubscribe",
  "Jennifer Caldwell <jennifer.caldwell@example.com>", "Please delete my information",
  """Hi there,

I created an account on your site while visiting family in Vaasa last summer. I no longer need it. Please delete my account and all personal information associated with it, and take me off your mailing list.

Thanks,
Jennifer Caldwell""")

E("sv", "complaint", False, "sv: guardian says will complain to DO unless school photo of child not shared",
  "Maria Sjöblom <maria.sjoblom@example.fi>", "Klassbild med namnlista",
  """Hej,

Ni har skickat ut klassbilden för 3B vid Gerby skola med fullständiga namn på alla elever till samtliga familjer. Det strider mot dataskyddsförordningen. Jag har i dag lämnat in ett klagomål till dataombudsmannens byrå.

Maria Sjöblom""")

E("fi", "portability", False, "short informal-formal, asks data as file to move to another shop",
  "Kimmo Hannula <kimmo.hannula@example.fi>", "tietojen siirto",
  """Hei, siirryn käyttämään toista kuvapalvelua. Saisinko tilini tiedot ja lataamani kuvat koneluettavassa muodossa (esim. csv + kuvat zipattuna) siirtoa varten? Tietosuoja-asetuksen 20 art.

Kimmo Hannula""")

E("sv", "", True, "Zoomi's own newsletter in Swedish with unsubscribe footer",
  "Zoomi Kuvakaupat <uutiset@example.fi>", "Julkort med dina bilder – 20 % rabatt",
  """Gör julen personlig!

Beställ fotojulkort i vår webbutik senast söndag 13.12 och få 20 % rabatt.

Zoomi Kuvakaupat, Vasaratie 2 A, Vasa

Du får detta meddelande eftersom du prenumererar på vårt nyhetsbrev. Avregistrera dig | Ändra inställningar""")

E("fi", "erasure+objection", False, "asianajaja: lopettakaa käsittely ja poistakaa",
  "Asianajaja Tiina Rautio <tiina.rautio@example.fi>", "Päämieheni henkilötietojen käsittely",
  """Zoomi Kuvakaupat Oy

Edustan päämiestäni Jarmo Vainiota (valtakirja liitteenä). Päämieheni vaatii, että yhtiö lopettaa kaiken hänen henkilötietojensa käsittelyn ja poistaa häntä koskevat tiedot, siltä osin kuin niiden säilyttäminen ei ole lakisääteistä.

Pyydän vastausta allekirjoittaneelle.

Tiina Rautio
asianajaja""")

E("sv", "access", False, "sv: short reminder of earlier access request, no threat",
  "Bo Rönnqvist <bo.ronnqvist@example.fi>", "Sv: Registerutdrag",
  """Hej igen,

Jag har fortfarande inte fått något svar på min begäran om registerutdrag från den 6 november. Kan ni meddela när jag kan vänta mig svaret?

Bo Rönnqvist

> Från: Bo Rönnqvist
> Skickat: 6 november 2026
> Ämne: Registerutdrag
> Jag vill ha ett utdrag av mina personuppgifter hos er.""")

E("en", "", False, "school district contract manager asks about deletion certificate after contract ended - near miss",
  "Contract Manager Sarah Quinn <sarah.quinn@example.fi>", "Certificate of deletion – end of contract",
  """Dear Zoomi,

Our agreement for school photography at Vaasa International School ended on 31 July 2026. Under clause 11 of the data processing agreement, please confirm in writing that all pupil lists and unpurchased images have been deleted or returned, and provide a certificate of deletion.

Regards,
Sarah Quinn
Contract Manager""")

E("fi", "rectification", False, "HR-manager oman nimen korjaus, avioliitto",
  "Johanna Lehto (ent. Saari) <johanna.lehto@example.fi>", "Sukunimen muutos",
  """Hei,

Sukunimeni on muuttunut avioliiton myötä: Saari -> Lehto. Voisitteko päivittää tiedon asiakastietoihini? Sähköposti vaihtuu myös, uusi on tämä osoite.

Johanna Lehto""")

E("sv", "objection", False, "sv: opposes use of call logs/analytics, formal short",
  "Thomas Nyberg <thomas.nyberg@example.fi>", "Invändning",
  """Hej,

Jag invänder mot att ni använder Google Analytics för att behandla min IP-adress och enhetsinformation när jag besöker er webbshop. Behandlingen ska upphöra.

Thomas Nyberg""")

E("fi", "", False, "ulosottoviranomainen pyytää tietoja velallisen saatavista - near miss",
  "Ulosottolaitos, Länsi-Suomi <ulosotto.lansi@example.fi>", "Ulosottokaaren 3 luvun 64 §:n mukainen tietopyyntö",
  """Zoomi Kuvakaupat Oy

Ulosottolaitos pyytää ulosottokaaren 3 luvun 64 §:n nojalla tiedon siitä, onko yhtiöllänne maksamattomia velkoja tai muita suorituksia velalliselle Pentti Johannes Vuori (s. 1972) sekä mahdollisen toimeksiantosopimuksen ehdot.

Tiedot pyydetään 14 päivän kuluessa.

Kihlakunnanulosottomies Jari Mäntylä""")

E("sv", "erasure+complaint", False, "sv: angry formal, delete now + complaint already done",
  "Camilla Lindqvist <camilla.lindqvist@example.fi>", "Radera omedelbart",
  """Hej,

Jag har två gånger bett er radera mina uppgifter (24.9 och 21.10) utan resultat. Jag har nu anmält ärendet till dataombudsmannen. Radera mina uppgifter omedelbart.

Camilla Lindqvist""")

E("fi", "access", False, "verkkokaupan asiakas kysyy mitä evästeitä ja IP-tietoja on tallennettu",
  "Mikko Kujala <mikko.kujala@example.fi>", "IP-osoite ja evästetiedot",
  """Hei,

Pyydän tiedon siitä, mitä IP-osoite-, laite- ja evästetietoja teillä on minusta tallennettuna verkkokauppakäytöstäni, ja luovutetaanko niitä Googlelle.

Mikko Kujala""")

E("sv", "portability+erasure", False, "sv: export then delete",
  "Helena Åström <helena.astrom@example.fi>", "Export och avslut av konto",
  """Hej,

Jag ska avsluta mitt konto hos er. Innan det görs vill jag få ut mina uppladdade bilder och kontouppgifter i ett maskinläsbart format (artikel 20). Därefter ber jag att kontot och mina uppgifter raderas.

Helena Åström""")

E("fi", "complaint", False, "class photos sent to wrong class; conditional complaint",
  "Jaana Kiviniemi <jaana.kiviniemi@example.fi>", "luokkakuvat väärälle luokalle",
  """Hei

Meidän lapsen luokkakuvat ja nimilista meni toisen luokan vanhemmille. Tää on GDPR-rikkomus ja teen siitä ilmoituksen tietosuojavaltuutetulle, jos ette kerro mitä asialle on tehty.

Jaana Kiviniemi""")

E("sv", "restriction", False, "sv: preserve records, ongoing insurance dispute",
  "Jan-Erik Dahl <jan-erik.dahl@example.fi>", "Spara mina uppgifter",
  """Hej,

Jag har en pågående tvist med mitt försäkringsbolag om en skadad kamera som lämnades in till er för service i augusti. Radera inte mina uppgifter, kvitton eller e-post om detta ärende, jag behöver dem som bevis.

Jan-Erik Dahl""")

E("en", "rectification", False, "formal short: wrong e-mail linked to daughter's order",
  "Priya Raman <priya.raman@example.com>", "Wrong e-mail address on my account",
  """Dear Zoomi,

The e-mail address saved for my daughter's school photo order (553377) contains a typo: priya.ramen@example.com. Please correct it to priya.raman@example.com.

Kind regards,
Priya Raman""")
