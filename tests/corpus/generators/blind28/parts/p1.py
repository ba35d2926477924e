from parts.common import E

E("sv", "marketing_opt_out", False, "short unsubscribe, dialect",
  "Gun Storbacka <gun.storbacka@example.fi>", "nyhetsbrev",
  """Hej
Avregistrera mej tack. Ja får ert nyhetsbrev varje vecka fast ja aldrig ha bett om he.

Gun""")

E("sv", "erasure", False, "guardian asks to delete daycare photos of son from web shop gallery",
  "Johanna Åkerlund <johanna.akerlund@example.fi>", "Bilder på Elmer från dagis",
  """Hej!

Vi fick en länk till webbutiken efter fotograferingen på Daghemmet Myran i Närpes i september. Vi har int beställt nåt och kommer int heller göra det.

Ja vill att ni tar bort alla bilder på vår son Elmer Åkerlund (född 2021) från ert galleri och från era servrar. Han är med både på gruppfotot och på två egna bilder. Koden på lappen var MYR-2291-K.

Om ni behöver bekräftelse från pappan också så säg till, men vi är överens om det här.

Mvh
Johanna Åkerlund
Närpes""")

E("sv", "access", False, "formal Art. 15 letter listing recipients, retention, source",
  "Mats Lillqvist <mats.lillqvist@example.fi>", "Begäran om tillgång till personuppgifter enligt artikel 15 i dataskyddsförordningen",
  """Till: Zoomi Kuvakaupat Oy
Vasaravägen 2 A
65350 Vasa

Begäran om tillgång till personuppgifter (artikel 15, EU:s dataskyddsförordning 2016/679)

Jag ber er härmed bekräfta huruvida ni behandlar personuppgifter som rör mig och, om så är fallet, ge mig tillgång till uppgifterna samt följande information:

1. ändamålen med behandlingen och den rättsliga grunden för den,
2. vilka kategorier av personuppgifter som behandlas,
3. vilka mottagare eller kategorier av mottagare som har fått eller kommer att få del av uppgifterna, i synnerhet mottagare i tredje land (jfr EU-domstolens dom C-154/21, jag vill veta de faktiska mottagarna),
4. hur länge uppgifterna kommer att lagras eller de kriterier som används för att fastställa denna period,
5. varifrån uppgifterna har samlats in, om de inte har samlats in från mig själv,
6. förekomsten av automatiserat beslutsfattande, inklusive profilering,
7. information om min rätt att lämna in klagomål till en tillsynsmyndighet.

Jag har varit kund hos er åtminstone sedan 2017 (passfoton, personalfotografering via min arbetsgivare Korsholms kommun samt beställningar i webbutiken). Jag önskar få svaret elektroniskt till denna e-postadress.

Enligt artikel 12.3 ska svaret lämnas utan onödigt dröjsmål och senast inom en månad från mottagandet.

Med vänlig hälsning

Mats Lillqvist
Smedsby
tel. 040 123 4471""")

E("sv", "", False, "near-miss: teacher asks to move photo day",
  "Annika Granholm <annika.granholm@example.fi>", "Fotodag Smedsby skola – ny tid?",
  """Hej,

Vi har fotodagen inbokad torsdag 15.10 men åk 5 och 6 är på lägerskola den veckan (vi upptäckte krocken först nu, förlåt!). Finns det möjlighet att flytta fotograferingen till veckan efter, t.ex. tisdag 20.10 eller onsdag 21.10? Åk 1–4 kan gärna fotograferas som planerat om det är enklare för er.

Klasslistorna skickar jag när vi vet datum.

Hälsningar
Annika Granholm
klasslärare åk 5, Smedsby skola
Korsholms kommun""")

E("sv", "", True, "club newsletter sent to privacy mailbox, no header",
  "Karperö Bollklubb <info@example.fi>", "KBK-nytt oktober: Höstavslutning och talkojobb",
  """KBK-NYTT  |  Oktober 2026

Hej alla KBK-familjer!

** Höstavslutning lördag 24.10 **
Vi samlas i Karperö skolas gymnastiksal kl. 11–13. Alla juniorlag får diplom och det bjuds på saft och bulla. Anmäl ditt lag till din tränare senast 18.10.

** Talko: planen ska vinterstängas **
Vi behöver 15 vuxna söndag 1.11 kl. 10. Ta med egen kratta. Kaffe och korvgrillning efteråt!

** Lagfotona **
Lagfotona från augusti finns nu att beställa i fotografens webbutik. Koden finns i lappen ni fick på träningen.

** Medlemsavgiften 2027 **
Fakturorna skickas ut i december.

Ha en fin höst!
Styrelsen / Karperö Bollklubb rf

------
Du får detta mejl eftersom du är medlem eller vårdnadshavare i KBK.
Vill du inte få fler utskick? Svara med ordet AVSLUTA.""")

E("sv", "erasure+marketing_opt_out", False, "daughter writes for deceased father: remove from register, stop offers",
  "Pia Nyholm <pia.nyholm@example.fi>", "Min pappa Bror Nyholm",
  """Hej

Min pappa Bror Nyholm dog i juli. Han får fortfarande era erbjudanden om fotokalendrar och julkort till sin e-post, som jag nu läser eftersom jag sköter dödsboet. Det är ganska tungt att få dem.

Kan ni ta bort honom ur ert kundregister och se till att det int kommer mera reklam till honom? Hans e-post var bror.nyholm@example.fi och adressen Strandvägen 12, Kristinestad.

Tack på förhand
Pia Nyholm""")

E("sv", "rectification", False, "daughter's name misspelled in class photo order",
  "Frida Sandvik <frida.sandvik@example.fi>", "Fel namn",
  """Hej, ni har skrivit min dotters namn fel i beställningen och på klasslistan under klassfotot: Linea Sandvik, det ska vara Linnea med två n. Kan ni rätta det i era uppgifter innan bilderna trycks? Klass 2B, Vikinga skola.

Tack!
Frida

Skickat från min iPhone""")

E("sv", "", False, "near-miss: invoice amount dispute",
  "Kenneth Mitts <kenneth.mitts@example.fi>", "Faktura 2026-4471",
  """Hej

Jag fick en faktura på 45,90 € men vi beställde bara paketet Bas för 35 €. Ni har väl lagt till förstoringen som vi tog bort i kundvagnen? Skicka en ny faktura med rätt summa så betalar jag den direkt.

Kenneth Mitts""")

E("sv", "objection+restriction", False, "disputed invoice: objects to transfer to debt collector, freeze until investigated",
  "Sune Backman <sune.backman@example.fi>", "Inkasso??",
  """Hej

Ja ha fått ett brev om att min faktura ska gå vidare till OK-perintä. Ja ha reklamerat den här fakturan redan i augusti (bilderna kom aldrig fram) och fått svar att ni ska utreda.

Ja motsätter mej att ni lämnar ut mina uppgifter till inkassobolaget. Frys hela ärendet och använd int mina uppgifter för nå indrivning förrän ni har utrett var paketet tog vägen.

Sune Backman
Oravais""")

E("sv", "access+complaint", False, "reminder of unanswered access request with conditional complaint",
  "Camilla Ehrström <camilla.ehrstrom@example.fi>", "Andra påminnelsen – vad har ni om mig?",
  """Hej igen.

Jag har två gånger (5.9 och 28.9) frågat vilka personuppgifter ni har om mig och mina två barn. Inget svar, inte ens en bekräftelse.

Om jag inte får ett svar inom en vecka anmäler jag er till Dataombudsmannen.

Camilla Ehrström""")

E("sv", "", False, "thanks: link works now",
  "Elin Bäck <elin.back@example.fi>", "Re: Länken till bilderna",
  """Tack för snabbt svar, nu funkar länken!

/Elin

> Hej Elin,
> vi har skickat en ny länk till din e-post. Den gamla hade gått ut.
> Vänliga hälsningar, Zoomi kundtjänst""")

E("sv", "", True, "booking system confirmation, no header",
  "Slotti bokning <noreply@example.fi>", "Bokningsbekräftelse: Passfoto tis 13.10.2026 kl. 15:20",
  """Hej Stig Westerlund,

Din bokning är bekräftad.

Tjänst: Passfoto (inkl. överföring till polisens bildserver)
Tid: tisdag 13.10.2026 kl. 15:20–15:35
Plats: Zoomi Vasa, Hovrättsesplanaden 11

Kom gärna 5 minuter före. Ta med ett identitetsbevis.

Vill du avboka eller ändra tiden? Gör det senast 24 h innan via länken i detta mejl.

Detta är ett automatiskt meddelande, svara inte på det.""")

E("sv", "marketing_opt_out", False, "one-word 'Nej tack' reply to marketing",
  "Ulla Strandberg <ulla.strandberg@example.fi>", "Re: Julkort med egen bild -20 %",
  """Nej tack

> Beställ årets julkort med din egen bild – nu -20 % till och med 30.11!
> Zoomi Kuvakaupat""")

E("sv", "portability", False, "wants account data and uploads in csv to move to another service",
  "Jonas Häggblom <jonas.haggblom@example.fi>", "Flytta mina uppgifter",
  """Hej

Jag ska börja använda en annan fototjänst. Kan ni skicka mina uppgifter, beställningshistoriken och de bilder jag själv laddat upp i ett maskinläsbart format (csv eller json för uppgifterna) så att jag kan flytta dem dit?

Mvh Jonas Häggblom""")

E("sv", "erasure", False, "municipal HR forwards ex-employee's erasure request",
  "Marina Westerlund <marina.westerlund@example.fi>", "VB: Begäran från tidigare anställd",
  """Hej,

Vi fick nedanstående meddelande från en tidigare anställd. Personalbilderna togs av er vid personalfotograferingen i mars 2025. Vi har redan tagit bort bilden från kommunens intranät. Kan ni radera hennes bilder och uppgifter från ert arkiv och bekräfta till henne direkt?

Med vänlig hälsning
Marina Westerlund
HR-sekreterare, Malax kommun

-----Ursprungligt meddelande-----
Från: Linda Kronqvist
Skickat: den 6 oktober 2026 09:12
Till: personal
Ämne: bilder

Hej, jag slutade i juni. Jag vill att alla bilder som fotografen tog av mig på personalfotograferingen raderas, både hos er och hos fotofirman. Linda""")

E("sv", "", False, "question about rights only, no request",
  "Oskar Smeds <oskar.smeds@example.fi>", "fråga",
  """Hej, vilka rättigheter har man egentligen när en fotograf har tagit bilder på ens barn på dagis? Var bara nyfiken efter att vi pratade om det på föräldramötet. Inget problem med era bilder alltså :)

Oskar""")

E("sv", "erasure+objection", False, "daughter's photo in shop window: take down and not to be used in advertising",
  "Mikaela Sjöholm <mikaela.sjoholm@example.fi>", "Min dotter i ert skyltfönster",
  """Hej.

Jag gick förbi er butik på Hovrättsesplanaden igår och såg att det hänger en stor bild av min dotter Alva (7 år) i skyltfönstret. Bilden är från skolfotograferingen i Gerby i fjol. Ingen har frågat oss om lov.

Ta ner bilden genast. Ni får inte heller använda hennes bild i reklam, broschyrer eller på nätet i fortsättningen.

Mikaela Sjöholm
050 338 1290""")

E("fi", "erasure", False, "very short fi erasure",
  "Reijo Kallio <reijo.kallio@example.fi>", "tiedot",
  """Poistakaa kaikki tietoni.

t. Reijo Kallio""")

E("fi", "access", False, "where did you get my number, what data do you have",
  "Sari Hietala <sari.hietala@example.fi>", "Tekstiviestit",
  """Hei,

minulle on alkanut tulla teiltä tekstiviestejä valokuvakalentereista. En muista koskaan asioineeni teillä. Mitä tietoja teillä on minusta ja mistä olette saaneet puhelinnumeroni?

Sari Hietala
Mustasaari""")

E("fi", "", False, "near-miss: cancel booking, child ill",
  "Tuomas Ketola <tuomas.ketola@example.fi>", "Peruutus to 8.10",
  """Moi, peruutan ajan torstaille 8.10 klo 16.40 (lapsen passikuva), lapsi on kipeänä. Varaan uuden ajan myöhemmin.

Tuomas Ketola

Lähetetty Android-laitteesta""")

E("fi", "erasure+marketing_opt_out", False, "remove from mailing list and all data",
  "Anneli Saarinen <anneli.saarinen@example.fi>", "Postituslista",
  """Hei

Poistakaa minut postituslistalta ja samalla kaikki tietoni asiakasrekisteristänne. Viimeisin tilaukseni on vuodelta 2018 enkä aio tilata enää.

Ystävällisin terveisin
Anneli Saarinen""")

E("fi", "", True, "out-of-office reply fi, no header",
  "Jukka Mäkelä <jukka.makela@example.fi>", "Poissa: Henkilökuvaus 2027",
  """Olen lomalla 5.–16.10.2026 enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä koulusihteeri Leena Niemeen, leena.niemi@example.fi tai 044 712 3300.

I am on holiday 5–16 October 2026 with no access to e-mail.

Jukka Mäkelä
rehtori, Sepänkylän koulu""")

E("fi", "rectification", False, "surname changed after marriage",
  "Emma Rinta-Koski <emma.rinta-koski@example.fi>", "Nimenmuutos",
  """Hei!

Menin naimisiin kesällä ja sukunimeni on vaihtunut. Vaihtaisitteko asiakastietoihini Koskinen -> Rinta-Koski. Sähköposti ja puhelinnumero pysyvät samoina (vanha sähköpostini emma.koskinen@example.fi ei ole enää käytössä, tämä uusi on oikea).

Kiitos!
Emma Rinta-Koski""")

E("fi", "complaint", False, "has filed a complaint with the DPO",
  "Pekka Honkala <pekka.honkala@example.fi>", "Ilmoitus tietosuojavaltuutetulle tehty",
  """Hyvä vastaanottaja,

ilmoitan, että olen tänään tehnyt teistä ilmoituksen tietosuojavaltuutetun toimistolle. Syy: lähetitte koulukuvien tilauslinkin, jossa näkyi poikani nimi ja kuva, väärälle perheelle, enkä ole saanut asiasta minkäänlaista selvitystä kolmen viikon aikana.

Asia on nyt valtuutetun käsittelyssä.

Pekka Honkala""")

E("en", "access", False, "expat parent: what data on me and two kids",
  "Daniel Ortega <daniel.ortega@example.com>", "Personal data about me and my children",
  """Hello,

We moved to Vaasa two years ago and both our kids had school photos taken by you last year at the international school. Could you tell me what personal data you hold about me and about the two children (Lucas and Maya Ortega)? I would like to see what is stored.

Thanks,
Daniel Ortega""")

E("en", "", False, "near-miss: order not arrived",
  "Hannah Brooks <hannah.brooks@example.com>", "Order #58120 not arrived",
  """Hi, I ordered the family package (order #58120) on 2 October and it still hasn't arrived. Tracking says "in transit" since last week. Can you check what happened?

Hannah""")

E("en", "marketing_opt_out", False, "take me off mailing list",
  "Raj Menon <raj.menon@example.com>", "mailing list",
  """Please take me off your mailing list. Thanks.

Raj

Sent from my phone""")

E("en", "", True, "bounce with auto header",
  "Mail Delivery Subsystem <mailer-daemon@example.com>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx2.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<k.lindvik@example.com>: host mx.example.com said: 550 5.1.1 User unknown
    (in reply to RCPT TO command)

--- Original message ---
Subject: Vahvistus: poistopyyntösi on vastaanotettu / Bekräftelse: din begäran om radering har tagits emot
From: Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>
To: k.lindvik@example.com

Hei, olemme vastaanottaneet pyyntösi tietojesi poistamiseksi ...""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("en", "restriction", False, "keep records of March order for bank dispute, don't delete",
  "Tom Gallagher <tom.gallagher@example.com>", "Order from March - please keep records",
  """Hi,

I'm disputing the charge for my order from March (the canvas print that arrived broken) with my bank. Please do NOT delete anything about that order or my account for now, the bank may ask for it. Keep the records as they are until the dispute is closed.

Regards,
Tom Gallagher""")

E("en", "erasure", False, "teenager (16) wants own school photo taken down from gallery",
  "Nea <nea.hautala07@example.fi>", "my photo",
  """hi im 16 and i dont want my school photo on your website gallery anymore, can you take it down?? its the one from vaasa lyceum 2025 class 1C. my mom doesnt know im writing lol but its my face so

thx
Nea Hautala""")
