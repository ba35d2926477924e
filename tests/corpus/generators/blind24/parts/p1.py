from parts.common import E

E("fi", "access", False, "school principal asks formally for her own data (staff photos)",
  "Rehtori Marjatta Kivelä <marjatta.kivela@example.fi>", "Tietopyyntö omista henkilötiedoistani",
  """Hyvä vastaanottaja,

Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla saada tiedon siitä, mitä henkilötietoja Zoomi Kuvakaupat Oy käsittelee minusta. Olen toiminut Kirkkopuiston koulun rehtorina vuodesta 2014, ja koulumme henkilökuntakuvat on otettu teillä useana vuonna.

Pyydän erityisesti tietoa siitä, mistä tiedot on saatu, mihin tarkoitukseen niitä käsitellään ja kenelle niitä on luovutettu.

Vastauksen voi toimittaa sähköpostitse tähän osoitteeseen.

Ystävällisin terveisin

Marjatta Kivelä
rehtori, Kirkkopuiston koulu
puh. 040 123 4567""")

E("fi", "", False, "municipal education office asks for DPA (processing agreement) draft for school photography - near miss",
  "Vaasan kaupunki / Sivistystoimi <hankinnat.sivistys@example.fi>", "Henkilötietojen käsittelysopimus – koulukuvaus 2027",
  """Hei,

Vaasan kaupungin sivistystoimi valmistelee koulukuvauspalvelun hankintaa lukuvuodelle 2027–2028. Tietosuoja-asetuksen 28 artiklan mukaisesti pyydämme teitä toimittamaan luonnoksen henkilötietojen käsittelysopimuksesta sekä kuvauksen teknisistä ja organisatorisista suojatoimista (ml. alihankkijat ja tietojen säilytyspaikat).

Pyydämme lisäksi tiedon siitä, käytättekö alikäsittelijöitä EU/ETA-alueen ulkopuolella.

Asiakirjat pyydetään toimittamaan 18.12.2026 mennessä osoitteeseen hankinnat.sivistys@example.fi.

Ystävällisin terveisin
Tuula Harjunpää
hankinta-asiantuntija
Vaasan kaupunki, sivistystoimi""")

E("sv", "erasure", False, "daycare director forwards a parent's wish to remove child's photo from Zoomi website",
  "Föreståndare Annika Sjöberg <annika.sjoberg@example.fi>", "Begäran om borttagning av bild – daghemmet Solrosen",
  """Bästa mottagare,

Jag är föreståndare för daghemmet Solrosen i Smedsby. En av våra vårdnadshavare har kontaktat mig eftersom en gruppbild från höstens fotografering, där hennes dotter syns tydligt, finns som exempelbild på er webbplats under "Daghemsfotografering".

Vårdnadshavaren har inte gett tillstånd till att bilden används i marknadsföring. Hon har bett mig framföra att bilden ska tas bort från webbplatsen snarast. Hon är själv i kopia och kan bekräfta begäran.

Med vänliga hälsningar

Annika Sjöberg
Föreståndare, Daghemmet Solrosen
tfn 050 234 5678""")

E("en", "", False, "law firm subpoena-like request for records in a civil case - near miss, asks for documents as third party",
  "Hartwell & Loy LLP <disclosure@example.com>", "Request for production of documents – Case No. 2026-CV-0418",
  """Dear Sir or Madam,

We act for the claimant in the above civil proceedings pending before the District Court. In accordance with the court's order of 24 November 2026, we hereby request that Zoomi Kuvakaupat Oy produce copies of all invoices, delivery records and correspondence relating to the order placed by Northlake Sports Club ry in August 2025.

Please note that this request is made under the court's disclosure order and not under data protection legislation. A copy of the order is attached.

We would be grateful for the documents by 21 December 2026.

Yours faithfully,

Jonathan Pryce
Associate, Hartwell & Loy LLP""")

E("fi", "erasure+objection", False, "lawyer on behalf of client: remove photo from website and stop using in marketing",
  "Asianajotoimisto Lindqvist & Rantala <toimisto@example.fi>", "Päämiehemme kuvan poistaminen ja käytön kieltäminen",
  """Zoomi Kuvakaupat Oy
Tietosuoja

Edustamme tässä asiassa päämiestämme Heikki Ojalaa (valtakirja liitteenä).

Päämiehemme kuva on julkaistu yhtiönne verkkosivuilla ja Facebook-sivulla yrityskuvausten esimerkkinä. Päämiehemme ei ole antanut suostumusta kuvan käyttämiseen markkinoinnissa.

Vaadimme päämiehemme puolesta, että
1) kuva poistetaan viipymättä kaikista yhtiönne markkinointikanavista, ja
2) päämiehemme kuvaa ei jatkossa käytetä markkinoinnissa missään muodossa.

Pyydämme kirjallista vahvistusta toimenpiteistä 14 päivän kuluessa.

Kunnioittavasti

Sanna Rantala
asianajaja, OTM
Asianajotoimisto Lindqvist & Rantala Oy""")

E("fi", "", True, "OK-perintä automatic notice of case transfer - no kinds",
  "OK-perintä Oy <ilmoitukset@example.fi>", "Perintätoimeksianto vastaanotettu 2026-11873",
  """Tämä on automaattinen ilmoitus. Älä vastaa tähän viestiin.

Toimeksiantaja: Zoomi Kuvakaupat Oy
Toimeksiannon numero: 2026-11873
Velallinen: Kalle Virtanen
Pääoma: 89,00 EUR
Tila: Vastaanotettu, maksumuistutus lähetetty 03.12.2026

Toimeksiannon tiedot näet extranet-palvelussa.

OK-perintä Oy""", hdrs={"Auto-Submitted": "auto-generated"})

E("sv", "access", False, "HR manager asks for own data (not company's) formally",
  "Mikaela Holmström <mikaela.holmstrom@example.fi>", "Registerutdrag enligt artikel 15 GDPR",
  """Hej,

I egenskap av personalchef på Wasa Logistik Ab har jag beställt personalfotografering av er flera gånger. Denna fråga gäller dock mig personligen och inte företaget.

Jag begär härmed ett registerutdrag över de personuppgifter som ni behandlar om mig, inklusive bilder, kontaktuppgifter och eventuella beställningar som registrerats i mitt namn.

Svaret kan skickas per e-post.

Med vänlig hälsning
Mikaela Holmström""")

E("en", "access+portability", False, "formal private person cites Art 15 and 20",
  "Dr. Eleanor Whitfield <e.whitfield@example.com>", "Data subject request – Articles 15 and 20 GDPR",
  """To the Data Protection Officer,

I am writing to exercise my rights under Articles 15 and 20 of the General Data Protection Regulation.

1. Under Article 15, please confirm whether you process personal data concerning me and, if so, provide a copy of those data together with the information listed in Article 15(1)(a)–(h).

2. Under Article 20, please provide the personal data I have provided to you (account details, order history, uploaded images) in a structured, commonly used and machine-readable format, such as CSV or JSON.

For identification: I placed orders in your online shop under this e-mail address in 2024 and 2025.

I look forward to your response within one month of receipt, as required by Article 12(3).

Yours faithfully,
Dr Eleanor Whitfield""")

E("fi", "", False, "police asks for passport photo info for investigation - authority, near miss",
  "Pohjanmaan poliisilaitos <rikostutkinta.pohjanmaa@example.fi>", "Virka-apupyyntö / tietopyyntö R/2026/11452",
  """Zoomi Kuvakaupat Oy

Pohjanmaan poliisilaitoksella on tutkittavana rikosasia R/2026/11452. Esitutkintalain ja poliisilain 4 luvun 3 §:n nojalla pyydämme teitä toimittamaan tiedot siitä, onko henkilö Jari Tapani Mäkelä (s. 1979) asioinut liikkeessänne passikuvauksessa ajalla 1.9.–30.9.2026, sekä mahdollisen asiointipäivän ja -ajan.

Tiedot pyydetään toimittamaan suojatulla sähköpostilla tutkijalle viimeistään 15.12.2026.

Rikoskomisario Petri Aaltonen
Pohjanmaan poliisilaitos
puh. 029 123 4567""")

E("fi", "marketing_opt_out", False, "short formal opt-out",
  "Raimo Seppälä <raimo.seppala@example.fi>", "Suoramarkkinointikielto",
  """Ilmoitan, että kiellän henkilötietojeni käytön suoramarkkinointiin. En halua jatkossa vastaanottaa yhtiönne mainoksia sähköpostitse enkä tekstiviestillä.

Raimo Seppälä
Vaasa""")

E("en", "complaint+access", False, "formal complainant: no reply to access request, will go to the Ombudsman",
  "Marcus Holloway <marcus.holloway@example.com>", "Second notice: unanswered subject access request of 12 October 2026",
  """Dear Sir/Madam,

On 12 October 2026 I submitted a subject access request under Article 15 GDPR to this address. More than one month has passed and I have received neither the information requested nor any notice of an extension under Article 12(3).

Your failure to respond is in breach of Article 12. Unless I receive a full response within seven days, I will lodge a complaint with the Office of the Data Protection Ombudsman in Finland.

For the avoidance of doubt, my original request stands in full.

Regards,
Marcus Holloway

-----Original Message-----
From: Marcus Holloway
Sent: 12 October 2026 09:14
To: tietosuoja@example.fi
Subject: Subject access request

Please provide me with a copy of all personal data you hold about me under Article 15 GDPR.""")

E("sv", "", False, "association asks for quote and processor agreement - near miss",
  "Föreningen Korsholms Hembygdsgille rf <styrelsen@example.fi>", "Förfrågan om fotografering av föreningens medlemmar",
  """Bästa Zoomi,

Föreningen Korsholms Hembygdsgille rf planerar att ta nya porträttbilder av styrelsen och hedersmedlemmarna inför vårt 80-årsjubileum i mars.

Vi skulle gärna få en offert samt information om hur ni hanterar bilderna och personuppgifterna, eftersom vi behöver beskriva detta i föreningens dataskyddsbeskrivning. Finns det ett färdigt personuppgiftsbiträdesavtal som vi kan ta del av?

Vänliga hälsningar
Gun-Britt Nyholm
sekreterare""")

E("fi", "rectification", False, "school secretary asks to fix misspelt own name in customer register",
  "Koulusihteeri Päivi Hautamäki <paivi.hautamaki@example.fi>", "Nimen korjaus henkilökuntakuvaan ja asiakastietoihin",
  """Hyvä vastaanottaja

Nimeni on kirjoitettu väärin sekä henkilökuntakuvan nimiluettelossa että teiltä tulleessa laskussa: "Päivi Hautamäkki". Oikea kirjoitusasu on Päivi Hautamäki.

Pyydän korjaamaan nimeni asiakasrekisteriinne.

Ystävällisin terveisin
Päivi Hautamäki
koulusihteeri
Gerbyn koulu""")

E("en", "", True, "Verifone settlement report automatic",
  "Verifone Merchant Services <noreply@example.com>", "Daily settlement report – Merchant 44810032",
  """Daily settlement summary

Merchant: ZOOMI KUVAKAUPAT OY (44810032)
Settlement date: 2026-11-30
Transactions: 47
Gross: EUR 2,318.40
Fees: EUR 31.26
Net: EUR 2,287.14

This message was generated automatically. Please do not reply.
To manage notification settings, log in to the merchant portal.""")

E("fi", "restriction", False, "lawyer preservation notice - do not delete customer data, dispute",
  "Asianajaja Kari Nurminen <kari.nurminen@example.fi>", "Tietojen säilyttämisvaatimus – riita-asia",
  """Zoomi Kuvakaupat Oy

Edustan päämiestäni Liisa Koskelaa laskuriitaa koskevassa asiassa (OK-perinnän viite 2026-10922).

Päämieheni pyytää, että yhtiö ei poista hänen tilaustaan, laskuaan, sähköpostikirjeenvaihtoa eikä niihin liittyviä lokitietoja ennen kuin riita on lopullisesti ratkaistu. Tiedot ovat tarpeen päämieheni oikeusvaateen esittämiseksi. Pyydämme, että tietojen käsittely rajoitetaan säilyttämiseen.

Kunnioittavasti
Kari Nurminen
asianajaja""")

E("sv", "marketing_opt_out+erasure", False, "formal older person: no more marketing and delete customer account",
  "Ragnar Westerlund <ragnar.westerlund@example.fi>", "Avregistrering och radering",
  """Till Zoomi Kuvakaupat Oy

Jag önskar att ni upphör med att sända mig reklam och nyhetsbrev. Därtill begär jag att mitt kundkonto i er webbutik raderas tillsammans med de uppgifter som inte måste sparas enligt bokföringslagen.

Högaktningsfullt
Ragnar Westerlund
Malax""")

E("en", "objection", False, "formal Art 21(1) objection to analytics/business development",
  "Helen Marsh <helen.marsh@example.com>", "Objection under Article 21(1) GDPR",
  """Dear Zoomi Kuvakaupat Oy,

I understand from your privacy notice that you process visitors' IP addresses and device data using Google Analytics on the basis of your legitimate interests.

I hereby object, under Article 21(1) GDPR, to the processing of my personal data for analytics and business development purposes, on grounds relating to my particular situation. I use your web shop regularly to order photos of my children and do not wish my browsing to be profiled.

Please confirm that this processing has ceased.

Kind regards,
Helen Marsh""")

E("fi", "", False, "debt collector asks company to confirm debt and address - near miss",
  "Perintätoimisto Kiinteä Oy <asiakaspalvelu@example.fi>", "RE: toimeksianto 88213 / osoitetietojen tarkistus",
  """Hei,

Velallisen Mikko Harju kirjeet ovat palautuneet meille "muuttanut, ei uutta osoitetta". Voisitteko tarkistaa, onko teillä järjestelmässänne jokin toinen osoite tai puhelinnumero, jota voisimme käyttää. Toimeksiannon pääoma 145,50 €.

Jos tietoja ei ole, palautamme toimeksiannon teille.

t. Heidi Leppänen
perintäsihteeri""")

E("sv", "complaint", False, "formal person says they have filed complaint with Dataombudsmannen, Zoomi in copy",
  "Carita Lindroos <carita.lindroos@example.fi>", "Klagomål till dataombudsmannens byrå – för kännedom",
  """Till dataombudsmannens byrå
Kopia: Zoomi Kuvakaupat Oy

Jag vill härmed lämna in ett klagomål mot Zoomi Kuvakaupat Oy. Bolaget har använt en bild på mig och min son i sin reklamfolder utan vårt samtycke. Jag begärde den 2 oktober att bilden inte längre skulle användas, men foldern delas fortfarande ut i butiken i Vasa.

Jag anser att bolaget bryter mot dataskyddsförordningen och ber dataombudsmannen utreda ärendet.

Bilagor: min e-post av 2.10.2026, foto av foldern.

Carita Lindroos
Vörå""")

E("fi", "access", False, "guardian formal, asks for child's data incl. where school photos delivered",
  "Jukka Salminen <jukka.salminen@example.fi>", "Tarkastuspyyntö – alaikäisen lapsen tiedot",
  """Hyvät vastaanottajat,

Olen 9-vuotiaan Eetu Salmisen huoltaja. Pyydän huoltajana saada tiedot kaikista henkilötiedoista, joita yhtiönne käsittelee lapsestani, mukaan lukien koulukuvat, nimi- ja luokkatiedot sekä tieto siitä, kenelle kuvia tai tietoja on luovutettu (esim. koululle tai kaupungin järjestelmiin).

Tilausnumeromme syksyn koulukuvista oli 552190.

Kunnioittavasti
Jukka Salminen""")

E("en", "", True, "Slotti booking confirmation automatic",
  "Slotti <no-reply@example.com>", "Booking confirmed: Passport photo, Zoomi Vaasa, 9 Dec 10:20",
  """Hi Anna,

Your booking is confirmed.

Service: Passport photo (adult)
Location: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa
Time: Wednesday 9 December 2026, 10:20–10:35

Need to cancel or change? Use the link in this message no later than 24 hours before your appointment.

Powered by Slotti""")

E("fi", "erasure", False, "former employee of customer org asks erasure of her staff photo data (Art 17)",
  "Anneli Rinne <anneli.rinne@example.fi>", "Henkilötietojen poistaminen",
  """Hyvä Zoomi Kuvakaupat Oy

Työsuhteeni Pohjanmaan Energia Oy:ssä on päättynyt 30.9.2026. Yhtiö tilasi teiltä henkilökuntakuvat vuonna 2024, ja tallensitte tuolloin nimeni, työsähköpostini ja kuvani.

Pyydän tietosuoja-asetuksen 17 artiklan nojalla poistamaan minua koskevat henkilötiedot ja kuvat rekisteristänne siltä osin kuin niitä ei ole lain nojalla säilytettävä.

Ystävällisin terveisin
Anneli Rinne""")

E("sv", "", False, "school principal asks when photos will be delivered to school - near miss",
  "Rektor Stefan Backman <stefan.backman@example.fi>", "Leverans av skolfoton och klasslistor",
  """Hej!

Vi har ännu inte fått de utlovade klassbilderna och elevkorten för Vasa övningsskola. Enligt avtalet skulle de levereras inom fyra veckor efter fotograferingen den 15 oktober.

Kan ni meddela när leveransen sker? Föräldrarna har börjat fråga.

Hälsningar
Stefan Backman
rektor""")

E("en", "rectification+restriction", False, "formal person contests accuracy of invoice address, asks restriction pending verification",
  "Simon Achterberg <simon.achterberg@example.com>", "Inaccurate personal data – rectification and restriction",
  """Dear Sir or Madam,

Your invoice no. 2026-08812 and the subsequent reminder from OK-perintä were sent to an address where I have not lived since 2023 (Koulukatu 14 B 7, Vaasa). My correct address is Rantakatu 3 A 12, 65100 Vaasa.

I request that you rectify my address under Article 16 GDPR. As I also contest the accuracy of the data you have passed on to your debt collector, I request that you restrict the processing of that data under Article 18(1)(a) until its accuracy has been verified.

Yours sincerely,
Simon Achterberg""")

E("fi", "", False, "reporter's public-records style request for contracts - near miss",
  "Toimittaja Eveliina Perälä <eveliina.perala@example.fi>", "Tietopyyntö: koulukuvaussopimukset",
  """Hei,

Teen juttua Pohjanmaan kuntien koulukuvaushankinnoista. Pyytäisin nähtäväksi Zoomin ja Mustasaaren kunnan välisen koulukuvaussopimuksen sekä tiedon siitä, paljonko kunta on maksanut palvelusta vuosina 2024–2026.

Ymmärrän, että yksityisenä yrityksenä ette ole julkisuuslain piirissä, mutta jos voitte kertoa asiasta, olisin kiitollinen.

Terveisin
Eveliina Perälä
Pohjalainen Sanomat""")

E("fi", "objection+marketing_opt_out", False, "formal citing article 21 (1) and (2)",
  "Kaija Mustonen <kaija.mustonen@example.fi>", "Vastustamisoikeuden käyttäminen (EU 2016/679 21 art.)",
  """Zoomi Kuvakaupat Oy
Vasaratie 2 A
65350 Vaasa

Asia: Vastustamisoikeuden käyttäminen

Vastustan tietosuoja-asetuksen 21 artiklan 1 kohdan nojalla henkilötietojeni käsittelyä liiketoiminnan kehittämisen tarkoituksiin. Lisäksi kiellän 21 artiklan 2 kohdan nojalla tietojeni käytön suoramarkkinointiin kaikissa kanavissa.

Pyydän kirjallista vahvistusta.

Vaasassa 2.12.2026

Kaija Mustonen""")

E("sv", "", True, "Business Central invoice notification automatic",
  "Zoomi Kuvakaupat Oy – Fakturering <faktura@example.fi>", "Faktura 2026-09921 från Zoomi Kuvakaupat Oy",
  """Bästa kund,

Bifogat finner du faktura 2026-09921.

Fakturadatum: 01.12.2026
Förfallodag: 15.12.2026
Att betala: 64,90 EUR
Referens: 11 22093 88

Detta meddelande har skickats automatiskt. Svara inte på detta e-postmeddelande.

Zoomi Kuvakaupat Oy, FO-nummer 0855332-0""")

E("en", "erasure", False, "formal Art 17 erasure of shop account",
  "Patricia Okafor <patricia.okafor@example.com>", "Request for erasure of personal data",
  """Dear Data Protection Team,

Pursuant to Article 17(1) of the GDPR, I request the erasure of all personal data relating to me held by Zoomi Kuvakaupat Oy, including my online shop account (registered to this address), photographs uploaded to my account and my order history, save for any records you are required by law to retain. In that case, please tell me which records are retained, on what basis and for how long.

Please confirm once the erasure has been completed.

Yours faithfully,
Patricia Okafor""")

E("fi", "", False, "insurance company asks for invoice copy for claim - near miss",
  "Vakuutusyhtiö Pohjola-Turva / Korvauspalvelut <korvaukset@example.fi>", "Korvausasia 7712-2026 – pyyntö laskukopiosta",
  """Hyvä vastaanottaja,

Käsittelemme asiakkaamme Tero Niemisen kotivakuutukseen liittyvää korvausasiaa (murto, 14.10.2026). Asiakkaamme on ilmoittanut, että anastettujen tavaroiden joukossa oli teiltä ostettuja kehystettyjä valokuvatauluja.

Pyydämme asiakkaamme suostumuksella (liitteenä) kopiota ostoa koskevasta laskusta tai kuitista.

Ystävällisin terveisin
Korvauskäsittelijä Minna Heikkilä
Pohjola-Turva Vakuutus Oy""")

E("sv", "access", False, "lawyer for client asks for access under GDPR with fullmakt",
  "Advokatbyrå Granqvist <kansli@example.fi>", "Begäran om tillgång till personuppgifter – vår klient Johanna Åkerlund",
  """Till Zoomi Kuvakaupat Oy, dataskydd

Vi företräder Johanna Åkerlund, född 1988, i ett ärende som gäller hennes tidigare anställning. Fullmakt bifogas.

Å vår klients vägnar begär vi enligt artikel 15 i dataskyddsförordningen en kopia av samtliga personuppgifter som bolaget behandlar om henne, uppgift om ändamålen med behandlingen, mottagarna samt hur länge uppgifterna lagras.

Vi ber att svaret sänds till undertecknad.

Med vänlig hälsning

Jonas Granqvist
advokat
Advokatbyrå Granqvist Ab""")
