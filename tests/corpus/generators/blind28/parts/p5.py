from parts.common import E

E("sv", "erasure+marketing_opt_out", False, "widower for deceased wife: delete her data, stop ads",
  "Sture Westerlund <sture.westerlund@example.fi>", "Gun-Britt Westerlund",
  """Hej

Min hustru Gun-Britt Westerlund gick bort i september. Hon hade beställt bilder av er i många år, mest av barnbarnen. Nu kommer det reklam till henne både i posten och på e-posten, som jag läser.

Jag vill att hennes uppgifter tas bort hos er och att det slutar komma reklam i hennes namn. Det är tungt att se hennes namn på kuverten.

Sture Westerlund
Solf""")

E("sv", "", False, "near-miss: daycare asks to move photo time to morning",
  "Nina Sjöholm <nina.sjoholm@example.fi>", "Fotograferingen på Solrosen",
  """Hej!

Fotograferingen på Daghemmet Solrosen är inbokad på eftermiddagen 5.11. De minsta sover då, kan ni komma på förmiddagen istället, t.ex. 8.30–11? Vi har 34 barn i tre grupper.

Hälsningar
Nina Sjöholm
föreståndare, Daghemmet Solrosen, Malax""")

E("sv", "access", False, "where did you get my address",
  "Agneta Mattjus <agneta.mattjus@example.fi>", "Varifrån har ni min adress?",
  """Hej,

Jag fick idag ett brev från er med erbjudande om familjefotografering. Jag har aldrig varit kund hos er. Varifrån har ni fått min adress och vad mer har ni för uppgifter om mig?

Agneta Mattjus
Kvevlax""")

E("sv", "erasure", False, "withdraws consent for Facebook photo, take it down",
  "Josefin Kull <josefin.kull@example.fi>", "Bilden på Facebook",
  """Hej!

Jag återkallar mitt samtycke till att bilden av mig och min dotter Saga används på er Facebooksida (inlägget om familjefotografering från augusti). Ta bort den, tack.

Josefin Kull""")

E("sv", "", True, "list server unsubscription confirmation, no header",
  "Nyhetsbrev Vasa Fotoklubb <lista@example.fi>", "Du har avregistrerats",
  """Hej!

Din adress tietosuoja@example.fi har nu avregistrerats från listan "Vasa Fotoklubb – medlemsinfo". Du får inga fler utskick från denna lista.

Avregistrerade du dig av misstag? Du kan anmäla dig igen här: https://lista.example.fi/vfk/subscribe

Detta är ett automatiskt meddelande från listtjänsten.""")

E("sv", "rectification", False, "school secretary: two pupils' names misspelled in class list",
  "Sanna Enlund <sanna.enlund@example.fi>", "Rättelse klasslista 4B",
  """Hej,

I klasslistan för 4B som vi skickade 1.10 var två elevers namn felstavade. Rätta dem innan bilderna trycks:

- Emil Kakkuri ska vara Emil Kackur
- Ellinor Nylund ska vara Elinor Nylund (ett l)

Tack!
Sanna Enlund
skolsekreterare, Vasa övningsskola""")

E("sv", "rectification+complaint", False, "letters go to ex-husband's address; fix address or report to ombudsman",
  "Marika Storbacka <marika.storbacka@example.fi>", "Brev till fel adress IGEN",
  """Hej

För tredje gången har ni skickat fakturan och beställningslänken för mina barns skolfoton till min före detta mans adress. Barnen bor hos mig. Rätta adressen till Strandvägen 3, 66200 Korsnäs och sluta skicka deras uppgifter dit.

Om det händer en gång till kommer jag att kontakta dataombudsmannen.

Marika Storbacka""")

E("sv", "marketing_opt_out", False, "short: end subscription",
  "Birgitta Kronholm <birgitta.kronholm@example.fi>", "nyhetsbrev",
  """Avsluta prenumerationen, tack.

Birgitta""")

E("sv", "", False, "question how long school photos are kept (general info, disputable)",
  "Emil Granqvist <emil.granqvist@example.fi>", "Sparar ni skolfotona?",
  """Hej, hur länge sparar ni skolfotona egentligen? Vi pratade om det i personalrummet och ingen visste. Undrar bara, inget klagomål.

Emil Granqvist
lärare""")

E("sv", "erasure", False, "sv with Finnish word 'tiedot'",
  "Ronja Häggblom <ronja.haggblom@example.fi>", "Hej",
  """Hej! Kan ni ta bort alla mina tiedot, eller uppgifter alltså :D ja ha int handlat sen 2019. Mvh Ronja""")

E("sv", "rectification+restriction", False, "wrong birth date on son's school card; don't use until corrected",
  "Peter Snickars <peter.snickars@example.fi>", "Fel födelsedatum på skolkortet",
  """Hej,

Ni har registrerat fel födelsedatum på vår son Axel Snickars (Korsholms högstadium, 8C). Det står 12.4.2012 men rätt är 21.4.2012, och det felaktiga datumet står nu på hans skolkort. Rätta uppgiften, och använd den inte eller skicka den vidare till skolan innan den är rättad.

Peter Snickars""")

E("sv", "portability", False, "formal Art. 20 request",
  "Kristina Bäck <kristina.back@example.fi>", "Begäran om dataportabilitet enligt artikel 20",
  """Till Zoomi Kuvakaupat Oy

Jag begär med stöd av artikel 20 i dataskyddsförordningen att få de personuppgifter som rör mig och som jag har tillhandahållit er (kontouppgifter, uppladdade bilder, beställningar) i ett strukturerat, allmänt använt och maskinläsbart format. Jag ber er om möjligt överföra uppgifterna direkt till Kuvapalvelu Norr Ab, kontaktperson: tjanst@example.se.

Kristina Bäck
Nykarleby""")

E("sv", "", False, "thanks, photos arrived",
  "Gunilla Lindvik <gunilla.lindvik@example.fi>", "Tack!",
  """Tack! Bilderna kom idag och de blev jättefina. Hälsa fotografen, mormor grät lite när hon såg dem :)

Gunilla""")

E("sv", "", True, "municipal out-of-office without auto header",
  "Roger Sandvik <roger.sandvik@example.fi>", "Automatiskt svar: Rättelse klasslista",
  """Tack för ditt meddelande. Jag är på kurs 2–4.11 och läser min e-post sporadiskt. Brådskande ärenden: skolans kansli, 06 327 4400.

Kiitos viestistä. Olen koulutuksessa 2.–4.11.

Roger Sandvik
biträdande rektor
Vasa stad""")

E("sv", "objection", False, "club board objects to use of junior team photos in marketing",
  "Tommy Nylund <tommy.nylund@example.fi>", "Juniorlagens bilder i er marknadsföring",
  """Hej,

Styrelsen för Vörå IF har sett att ni använder lagbilder på våra juniorer (F10 och P11) i era annonser i Vasabladet och på Instagram. Vi motsätter oss att bilderna av våra juniorer används i er marknadsföring. Bilderna togs för föreningens och familjernas bruk.

För styrelsen
Tommy Nylund
ordförande, Vörå IF""")

E("sv", "access", False, "reply to our acknowledgement with order number, restates access",
  "Sebastian Ström <sebastian.strom@example.fi>", "Re: Din begäran om registerutdrag – ärende 2026-118",
  """Hej, här är ordernumret ni bad om: 71520. Jag vill fortfarande ha ut alla uppgifter ni har om mig.

Sebastian

Den 20 okt. 2026 kl. 09:14 skrev Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>:
> Hej Sebastian,
> vi har tagit emot din begäran om registerutdrag. För att vi ska kunna identifiera dig ber vi dig uppge ett ordernummer eller fotokod.
> Vänliga hälsningar, Zoomi Kuvakaupat Oy""")

E("sv", "", False, "near-miss: school cancels photo session",
  "Anna-Lena Norrgård <annalena.norrgard@example.fi>", "Avbokning fredag",
  """Hej, vi behöver avboka fotograferingen på fredag 23.10, rektorn är sjuk och vi har ingen som kan ta emot er. Kan vi boka en ny tid i november?

Anna-Lena Norrgård
Övermark skola""")

E("fi", "erasure+objection", False, "withdraws permission, photo off Instagram, not to be used anywhere",
  "Jenni Kallio <jenni.kallio@example.fi>", "Lapsen kuva Instagramissa",
  """Hei

Perun luvan lapseni kuvan käyttöön mainoksissanne. Ottakaa kuva pois Instagramista, eikä sitä saa käyttää enää missään muuallakaan.

Jenni Kallio""")

E("fi", "marketing_opt_out", False, "cancel newsletter subscription",
  "Pirjo Niemi <pirjo.niemi@example.fi>", "Uutiskirje",
  """Peruutan uutiskirjeen tilauksen.

Pirjo Niemi""")

E("fi", "", False, "near-miss: delete my order, ordered twice",
  "Sami Mäkelä <sami.makela@example.fi>", "Tuplatilaus",
  """Hei, poista tilaukseni 80122, tilasin vahingossa kahteen kertaan saman paketin. Toinen (80123) jää voimaan.

Sami""")

E("fi", "", True, "booking system weekly report, no header",
  "Slotti raportit <raportit@example.fi>", "Viikkoraportti vko 44: Zoomi Vaasa",
  """Viikkoraportti, viikko 44 (26.10.–1.11.2026)

Uudet varaukset: 42
Peruutukset: 5
Saapumatta jääneet: 2
Käyttöaste: 78 %

Suosituimmat palvelut:
1. Passikuva (27)
2. Perhekuvaus (8)
3. Yrityskuva (7)

Raportti on luotu automaattisesti. Muuta raporttiasetuksia ylläpitonäkymässä.""")

E("fi", "access", False, "daughter asks for elderly mother, power of attorney attached",
  "Helena Peltonen <helena.peltonen@example.fi>", "Äitini tiedot",
  """Hei,

äitini Aili Peltonen (88 v., Vöyri) pyysi minua kysymään, mitä tietoja teillä on hänestä. Hän ei käytä sähköpostia itse. Hän on tilannut teiltä kuvia lapsenlapsista postimyynnillä. Valtakirja on liitteenä.

Ystävällisesti
Helena Peltonen""")

E("fi", "restriction", False, "don't hand data to debt collection before complaint handled",
  "Arto Ketola <arto.ketola@example.fi>", "Reklamaatio ja perintä",
  """Hei

Tein reklamaation tilauksesta 59981 jo syyskuussa (väärät kuvat paketissa), eikä siihen ole vastattu. Nyt tuli maksumuistutus. Älkää luovuttako tietojani perintään ennen kuin reklamaatio on käsitelty.

Arto Ketola""")

E("fi", "rectification", False, "moved, update address",
  "Maria Saarela <maria.saarela@example.fi>", "Osoitteenmuutos",
  """Osoitteeni on muuttunut, päivittäkää tiedot:

Maria Saarela
Koulukatu 14 A 3
65100 Vaasa

(vanha: Gerbyntie 5, Vaasa)""")

E("en", "erasure", False, "Swedish resident: delete account and photos, right to be forgotten",
  "Lina Åström <lina.astrom@example.se>", "Right to be forgotten",
  """Hi,

please delete my account and all photos you hold of me. I'm using my right to be forgotten. I lived in Vasa 2021–2024 and ordered photos then.

Lina Åström
Stockholm""")

E("en", "", False, "ok thanks",
  "Mark Davies <mark.davies@example.com>", "Re: Your passport photo receipt",
  """ok thanks, got it

On Tue, 10 Nov 2026 at 14:22, Zoomi Vaasa <studio@example.fi> wrote:
> Hi Mark, attached is a new copy of your photo receipt.""")

E("en", "objection+marketing_opt_out", False, "objects to legitimate interest processing, no more marketing",
  "Elena Rossi <elena.rossi@example.com>", "Objection",
  """Hello,

I object to any processing of my personal data based on your legitimate interests. I also want no more marketing emails or texts from you.

Elena Rossi""")

E("en", "", True, "out-of-office en with Auto-Submitted",
  "Paul Becker <paul.becker@example.com>", "Out of Office: staff portraits",
  """Thank you for your email. I am out of the office until 16 November with limited access to email. For urgent matters please contact hr@example.com.

Best regards,
Paul Becker""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("en", "access+complaint", False, "6 weeks since SAR, has reported to DPA",
  "Grace Kim <grace.kim@example.com>", "SAR – 6 weeks, no answer",
  """It has now been six weeks since my subject access request of 21 September. The legal deadline has passed. I have reported this to the Data Protection Ombudsman today. I still expect to receive a copy of my data.

Grace Kim""")

E("en", "rectification", False, "moved, update address",
  "Tom Richards <tom.richards@example.com>", "address change",
  """Hi, I've moved, please update my address to Vöyrinkatu 27 C 12, 65100 Vaasa. The old one was Palosaarentie 18.

Tom""")
