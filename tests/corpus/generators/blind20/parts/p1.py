from parts.common import E

E("sv", "erasure", False, "Ostrobothnian mother wants daughter's school photo taken off Facebook page",
  "Annika Backlund <annika.backlund@example.fi>", "Bilden på Facebook",
  """Hej!

Jag såg igår att ni har lagt ut en bild på min dotter Elsa (åk 3, Övermalax skola) på er Facebook-sida, den där hon sitter med den blåa bakgrunden. Vi har inte gett lov till det, vi kryssade bara för att vi ville beställa bilderna.

Ta bort bilden så fort som möjligt tack.

Mvh Annika Backlund
Övermalax""")

E("sv", "access", False, "Swedish (Sweden) customer wants a registerutdrag, formal",
  "Johan Ekström <johan.ekstrom@example.se>", "Begäran om registerutdrag",
  """Hej,

Jag handlade förstoringar i er webbshop i våras (levererades till Umeå). Med stöd av artikel 15 i dataskyddsförordningen begär jag ett registerutdrag, dvs. en kopia av de personuppgifter som ni behandlar om mig, ändamålen med behandlingen, vilka mottagare uppgifterna har lämnats ut till och hur länge de kommer att sparas.

Svara gärna via e-post till denna adress.

Med vänliga hälsningar
Johan Ekström
Storgatan 14 B
903 26 Umeå""")

E("sv", "", True, "Slotti booking confirmation in Swedish, forwarded automatically to the privacy mailbox",
  "Slotti <no-reply@slotti.example.com>", "Bokningsbekräftelse: Passfoto, Vasa 12.11 kl. 14:30",
  """Hej Mikaela Sjöholm,

Din bokning är bekräftad.

Tjänst: Passfoto (inkl. kvitto till polisens bildserver)
Plats: Zoomi Kuvakaupat, Vasaratie 2 A, Vasa
Tid: torsdag 12.11 kl. 14:30–14:45

Om du vill avboka eller flytta din tid, använd länken nedan senast 24 timmar före besöket.
https://slotti.example.com/b/7QX2-HH41

Detta meddelande har skickats automatiskt. Svara inte på detta e-postmeddelande.""",
  hdrs={"Auto-Submitted": "auto-generated"})

E("fi", "marketing_opt_out", False, "short spoken-Finnish no-more-ads mail",
  "Jonna Mäkelä <jonnamakela92@example.fi>", "mainokset",
  """moi, en haluu enää teidän mainoksia mun sähköpostiin, tulee joka viikko jotain kevätkuvaustarjousta. kiitos""")

E("en", "access", False, "English DSAR listing Art 15 items, expat in Vaasa",
  "Daniel Hargreaves <d.hargreaves@example.com>", "Subject access request",
  """Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the GDPR.

Please provide:
1. confirmation of whether you process personal data about me;
2. a copy of that data, including any photographs and order records;
3. the purposes of processing and the legal basis for each;
4. the recipients or categories of recipients, including any processors;
5. the retention period or the criteria used to determine it;
6. the source of the data, if not collected from me;
7. whether any automated decision-making takes place.

For identification: I have ordered staff portraits through my employer (Wärtsilä-area subcontractor, order placed in March) and family photos in person at your Vaasa studio. My phone number on file should be 040 123 4567.

Kind regards,
Daniel Hargreaves""")

E("sv", "complaint", False, "says she has now reported the company to the Data Ombudsman after unanswered erasure",
  "Camilla Nyholm <camilla.nyholm@example.fi>", "Sv: Radering av mina uppgifter",
  """Hej,

Eftersom jag inte har fått något svar på min begäran från 2 september har jag i dag lämnat in en anmälan till Dataombudsmannens byrå. Ärendenumret får jag senare.

Jag tycker det är tråkigt att det skulle behöva gå så här långt.

Camilla Nyholm

-----Ursprungligt meddelande-----
Från: Camilla Nyholm
Skickat: onsdag 2 september 2026 09:14
Till: tietosuoja@example.fi
Ämne: Radering av mina uppgifter

Hej, jag vill att ni raderar alla uppgifter om mig och mina barn. Vi har flyttat till Sverige och behöver inte era tjänster längre.
/Camilla""")

E("sv", "", False, "sports club asks for a processor agreement for team photos; legal-sounding, no DSR",
  "IF Kamraterna Vasa / Stefan Holm <kansliet@ifkvasa.example.fi>", "Personuppgiftsbiträdesavtal för lagfotografering",
  """Hej,

Vi i IFK Vasa juniorsektionen planerar lagfotografering för alla våra lag (ca 240 barn) i mars. Vår styrelse har fått påpekat att vi som förening är personuppgiftsansvarig för medlemsregistret och att vi därför borde ha ett personuppgiftsbiträdesavtal enligt artikel 28 GDPR med den som tar bilderna, eftersom vi skickar spelarlistor med namn och födelseår.

Har ni ett färdigt avtalsunderlag som vi kan titta på? Och hur länge sparar ni spelarlistorna efter att bilderna levererats?

Tack på förhand!

Stefan Holm
kanslist, IFK Vasa
tfn 040 765 4321""")

E("sv", "rectification", False, "child's name misspelled in school photo order (accent)",
  "Petra Granqvist <petra.granqvist@example.fi>", "Fel namn",
  """Hej

Min dotters namn är Linnéa med é, inte Linnea. Det står fel både på beställningen och på klasslistan ni fick från Vikinga skola. Kan ni rätta det i ert register så det blir rätt på nästa års bilder också?

Petra""")

E("fi", "restriction", False, "disputes invoice; asks not to hand data to debt collection until clarified",
  "Tapani Kallio <tapani.kallio@example.fi>", "Lasku 20261144 – älkää lähettäkö perintään",
  """Hei,

Sain maksumuistutuksen laskusta 20261144 (koulukuvapaketti). Me emme ole tilanneet tuota pakettia, tilasimme vain digikuvan, ja olen jo kerran soittanut asiasta asiakaspalveluunne.

Pyydän, ettette luovuta tietojani OK-perinnälle tai muuallekaan ennen kuin asia on selvitetty. Tiedot saa toki pitää, mutta niitä ei saa käyttää perintään siihen asti.

Tapani Kallio
Laihia""")

E("sv", "portability", False, "wants order history and uploaded photos in machine-readable format to move to another service",
  "Sebastian Lindroos <sebastian.lindroos@example.fi>", "Flytta mina uppgifter",
  """Hejsan!

Jag har haft konto i er webbshop sedan 2019 och laddat upp en hel del egna bilder för fotoböcker. Nu tänker jag byta till en annan tjänst och vill därför få ut de uppgifter och bilder jag själv har lagt in, i ett maskinläsbart format (t.ex. en zip med bilderna + CSV eller JSON med beställningarna), så att jag kan föra över dem dit.

Går det att ordna?

Sebastian
Helsingfors""")

E("en", "", True, "out-of-office auto-reply from a school secretary",
  "Mirja Koivisto <mirja.koivisto@example.fi>", "Automatic reply: Kuvauspäivä / Photo day",
  """Olen lomalla 19.10.–23.10. Kiireellisissä asioissa ota yhteyttä rehtoriin, puh. 040 123 4567.

I am on holiday from 19 October to 23 October and will not be reading my email during that time. Messages will not be forwarded. For urgent matters about pupils or the photo day, please contact the principal, tel. 040 123 4567.""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

E("sv", "marketing_opt_out", False, "Finland-Swede with Finnish words mixed in, unsubscribe from newsletter",
  "Roger Åkerlund <roger.akerlund@example.fi>", "nyhetsbrev",
  """Hej, kan ni ta bort mig från ert nyhetsbrev, jag får det både på svenska och finska, typ "syystarjous" två gånger i veckan. Tycker int om sånt. Tack!

Roger""")

E("sv", "objection", False, "objects to Google Analytics tracking, rikssvensk",
  "Ida Bergström <ida.bergstrom@example.se>", "Invändning mot spårning",
  """Hej,

När jag besökte er webbshop såg jag att ni använder Google Analytics. Jag motsätter mig att mina uppgifter (IP-adress, enhetsuppgifter, hur jag rör mig på sidan) behandlas för statistik och analys. Jag handlar gärna av er men vill inte bli kartlagd.

Vänligen bekräfta att ni slutar med det för min del.

Ida Bergström""")

E("fi", "access+erasure", False, "copy first, then delete everything",
  "Riikka Salonen <riikka.salonen@example.fi>", "Tietopyyntö ja poisto",
  """Hei

Haluaisin ensin saada kopion kaikista minusta ja pojastani (Eetu Salonen, s. 2014) tallennetuista tiedoista, kuvat mukaan lukien. Kun olen saanut ne, poistakaa kaikki tiedot rekisteristänne.

Terveisin Riikka Salonen
Mustasaari""")

E("sv", "", True, "supplier newsletter in Swedish to the privacy address",
  "Fotogrossisten Nyheter <nyhetsbrev@fotogrossisten.example.se>", "Höstkampanj: 20 % på fotopapper",
  """Fotogrossisten – nyhetsbrev november

Kära kund,
Just nu får du 20 % rabatt på alla fotopapper i storlekarna 10x15 och 13x18. Erbjudandet gäller till 30.11.

Nyhet: Tryckkassetter för sublimeringsskrivare, nu i lager.

Du får detta brev eftersom du är registrerad företagskund hos Fotogrossisten AB.
Avregistrera dig här: https://fotogrossisten.example.se/avregistrera""",
  hdrs={"List-Unsubscribe": "<https://fotogrossisten.example.se/avregistrera>", "Precedence": "bulk"})

E("en", "erasure+marketing_opt_out", False, "short: unsubscribe and delete account",
  "Hannah Wilkes <hwilkes@example.com>", "unsubscribe + delete",
  """Hi, please take me off your email list and delete my account on the web shop too. I don't live in Finland anymore. Thanks, Hannah""")

E("sv", "", False, "older man asks how to get an extra copy of his passport photo - product, not access",
  "Holger Strandvall <holger.strandvall@example.fi>", "Passfoto",
  """Goddag,

Jag var hos er och tog passfoto i oktober. Nu behöver jag också ett foto till jaktlicensen. Kan jag få en kopia av samma bild utskriven eller måste jag komma dit på nytt? Vad kostar det?

Vänliga hälsningar
Holger Strandvall
Korsholm""")

E("sv", "objection", False, "staff photo must no longer be used in brochure; no removal asked",
  "Maria Hägglund <maria.hagglund@example.fi>", "Min bild i er broschyr",
  """Hej,

Jag var med på personalfotograferingen för Vasa stads dagvård i fjol och nu ser jag att min bild finns i er nya broschyr "Företagsfotografering 2026" som delas ut på mässan. Jag motsätter mig att ni använder min bild i er egen marknadsföring. Den får inte användas i broschyren i fortsättningen.

Bilden som min arbetsgivare beställde får de förstås ha kvar.

Maria Hägglund""")

E("fi", "access+complaint", False, "reminder of unanswered access request, threatens DPA if no answer",
  "Marko Heinonen <marko.heinonen@example.fi>", "Muistutus: tarkastuspyyntö 14.9.",
  """Hei,

Lähetin 14.9. tarkastuspyynnön, jossa pyysin kopiota minusta tallennetuista henkilötiedoista. En ole saanut edes kuittausta. Kuukauden määräaika on jo mennyt.

Jos en saa vastausta tämän viikon aikana, teen asiasta ilmoituksen tietosuojavaltuutetulle.

Marko Heinonen
p. 040 123 4567""")

E("sv", "erasure", False, "teenager writes in own name, wants school photo off Instagram",
  "Wilma Östman <wilmaostman09@example.fi>", "bild på instagram",
  """hej!! ni har min skolbild på er instagram (den med hela 9b) och jag vill att ni tar ner den. alla i skolan har sett den och jag ser helt konstig ut. snälla ta bort den

Wilma, 9b Korsholms högstadium""")

E("en", "rectification+restriction", False, "contests wrong address; correct it and don't use data meanwhile",
  "Oliver Brandt <oliver.brandt@example.com>", "Wrong address in your records",
  """Hello,

Your reminder letter went to Rantakatu 5, which is my old address from 2022. I have not lived there for years, and I don't think I even ordered anything after moving. I contest the accuracy of whatever you have on file for me.

Please correct the address to Hietasaarenkatu 19 B 12, 65100 Vaasa, and until you have checked what is actually right, do not use or pass on my details anywhere (including your collection agency).

Oliver Brandt""")

E("sv", "", True, "bounce message in Swedish/English from a mail server",
  "Mail Delivery System <MAILER-DAEMON@mx1.example.se>", "Olevererbart: Ditt registerutdrag från Zoomi Kuvakaupat",
  """Detta är ett automatiskt meddelande från e-postservern.

Meddelandet kunde inte levereras till följande mottagare:

  k.lundqvist@example.se
  Orsak: 550 5.1.1 Mottagaren finns inte / User unknown

--- Ursprungligt meddelande (rubriker) ---
From: tietosuoja@example.fi
To: k.lundqvist@example.se
Subject: Ditt registerutdrag från Zoomi Kuvakaupat""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "", False, "teacher asks when photo day is; no DSR",
  "Louise Björkqvist <louise.bjorkqvist@example.fi>", "Fotodag i Jakobstad",
  """Hej!

Vi på Skolbackens skola i Jakobstad undrar om fotograferingsdagen fortfarande är den 24.11 som vi kom överens om i våras? Vi har gymnastik i salen den förmiddagen så det vore bra om ni kunde vara i aulan i stället.

Hälsningar,
Louise Björkqvist
klasslärare 4A""")

E("fi", "rectification", False, "new married surname, update customer record",
  "Sanna Virtanen (ent. Laakso) <sanna.laakso@example.fi>", "Nimenmuutos",
  """Moi!

Menin kesällä naimisiin, nimi on nyt Sanna Virtanen. Voisitteko päivittää nimen asiakastietoihini, laskut tulee vieläkin vanhalla nimellä. Sähköposti pysyy samana.

Kiitos!
Sanna""")

E("sv", "erasure+objection", False, "delete everything and stop processing, rikssvensk",
  "Karl-Erik Sandberg <kalle.sandberg@example.se>", "Radera mig",
  """Hej.

Jag vill att ni raderar samtliga personuppgifter ni har om mig och att ni omedelbart upphör med all vidare behandling av dem. Jag har aldrig bett om att få era utskick och förstår inte hur ni fick tag på min adress.

Karl-Erik Sandberg
Sundsvall""")

E("en", "erasure+complaint", False, "son's photo on website without consent, says it breaches GDPR",
  "Grace Okafor <grace.okafor@example.com>", "My son's photo on your website",
  """Hello,

Your website's "School photography" page shows a close-up photo of my son (grade 2, Vöyri) as an example picture. We never agreed to this. Using a child's photo for advertising without the parents' consent is a clear breach of the GDPR.

Take it down today, please, and confirm to me by email when it's done.

Grace Okafor""")

E("sv", "", False, "university student asks general questions for thesis about GDPR routines; no DSR",
  "Alva Forsman <alva.forsman@example.fi>", "Fråga för kandidatavhandling om dataskydd",
  """Hej!

Jag studerar juridik vid Åbo Akademi och skriver min kandidatavhandling om hur små och medelstora företag i Österbotten hanterar de registrerades rättigheter enligt GDPR (rätt till tillgång, radering osv.).

Skulle någon hos er ha tid för en kort intervju (ca 30 min, per telefon eller Teams) om hur ni tar emot och behandlar sådana begäranden? Företaget anonymiseras i avhandlingen.

Med vänlig hälsning
Alva Forsman
040 234 5678""")

E("fi", "", True, "Business Central invoice notice sent to the privacy mailbox",
  "Zoomi Kuvakaupat laskutus <laskutus@example.fi>", "Lasku 20261398 Zoomi Kuvakaupat Oy",
  """Hyvä asiakas,

Liitteenä laskunne.

Laskun numero: 20261398
Eräpäivä: 21.11.2026
Summa: 42,90 EUR
Viitenumero: 2026 1398 7

Tämä viesti on lähetetty automaattisesti Business Central -järjestelmästä. Älä vastaa tähän viestiin.

Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa, Y-tunnus 0855332-0""")

E("sv", "access", False, "grandmother-guardian asks what data they have about the grandchild; Närpes",
  "Gunvor Ingves <gunvor.ingves@example.fi>", "uppgifter om Emil",
  """Hej

Jag är mormor och vårdnadshavare för Emil Ingves som går i Närpes högstadium. Vad har ni för uppgifter om honom i ert register? Han säger att han fått reklam från er i sin egen e-post fast han bara är 14 år, och jag vill veta vad ni har sparat och varifrån ni har fått hans adress.

Gunvor Ingves
Närpes
tel 050 123 4567""")

E("sv", "marketing_opt_out", False, "one-word SMS-style STOPP reply forwarded to mailbox",
  "Tommy Sundqvist <tommy.sundqvist@example.fi>", "Re: Zoomi: Julkort -25% bara denna vecka!",
  """STOPP

> Zoomi: Julkort -25% bara denna vecka! Beställ på zoomi.example.fi. Svara STOPP för att avsluta.""")
