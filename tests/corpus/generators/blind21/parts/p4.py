from parts.common import E

E("en", "access", False, "very short SAR, single line",
  "Nina Patel <nina.patel@example.com>", "SAR",
  """Please treat this as a subject access request for all data you hold about me. Nina Patel, customer since 2021.""")

E("en", "", False, "forwarded company newsletter asking colleague's opinion, misdirected to privacy mailbox",
  "Eero Salminen <eero.salminen@example.fi>", "Fwd: Joulukuvat nyt -20%",
  """Hi Kirsi, is this the offer you meant for our team's Christmas photo? Looks ok to me.

Eero

---------- Forwarded message ---------
From: Zoomi Kuvakaupat <uutiset@example.fi>
Subject: Joulukuvat nyt -20% | Christmas photos now -20%

Varaa perheen joulukuvaus nyt ja saat 20 % alennuksen...
Don't want these emails? Unsubscribe here.""")

E("en", "erasure", False, "Russian writer, 'access' misused again: wants photos removed from access/server",
  "Anastasia Petrova <anastasia.petrova@example.com>", "Photos access",
  """Hello!

In 2024 you made photos of my family, and they are in online gallery with password. I want that nobody has access to these photos anymore - please remove the gallery and the photos from your server completely. We downloaded everything we need.

Thank you,
Anastasia Petrova""")

E("en", "marketing_opt_out+objection", False, "opt out of marketing and general objection to analytics/profiling",
  "Chris Doyle <chris.doyle@example.com>", "marketing + tracking",
  """Hi,

1. Stop all marketing emails and texts to me.
2. I also object to you using my order history for profiling or "business development" analytics. I know you'll claim legitimate interest, but I'm objecting anyway on the grounds that I have never been told about it clearly and I don't want my family's purchase data analysed.

I want to keep my account for future orders.

Chris""")

E("en", "", True, "Google Analytics property notification",
  "Google Analytics <analytics-noreply@example.com>", "Your monthly Analytics report for www.example.fi",
  """Hi Zoomi Kuvakaupat,

Here is your monthly summary for the property www.example.fi.

Users: 18,204 (+6%)
Sessions: 27,411
Top page: /koulukuvat

View the full report in Analytics.

You received this email because you are subscribed to Analytics performance reports. To change your settings, visit the Admin page.""")

E("en", "rectification+access", False, "wants incorrect invoice name fixed and list of who got the wrong name",
  "Martin Hughes <martin.hughes@example.com>", "Wrong name - who else got it?",
  """Hello,

Your invoices and the reminder letter came addressed to "Martina Hughes". Please correct my first name to Martin in your records.

Also, since the wrong name has apparently been passed on (the debt collection letter from OK-perintä has the same mistake), please tell me which other companies you have shared my details with.

Martin Hughes""")

E("en", "complaint", False, "complaint copy: mail to DPA with company cc, describes earlier erasure request",
  "Jennifer Walsh <jennifer.walsh@example.com>", "Complaint against Zoomi Kuvakaupat Oy",
  """To: Office of the Data Protection Ombudsman
Cc: Zoomi Kuvakaupat Oy (tietosuoja)

Dear Sir or Madam,

I wish to lodge a complaint against Zoomi Kuvakaupat Oy, Vaasa.

On 3 August 2026 I asked the company to delete my personal data and photographs. I received an automatic acknowledgement but no further reply, and on 20 November I received a marketing email from them, which suggests my data were not deleted.

I attach my original request and the marketing email.

Yours faithfully,
Jennifer Walsh""",
  to="Tietosuojavaltuutetun toimisto <kirjaamo@example.test>, Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>")

E("en", "", False, "asks whether photos are still online for reorder, near-miss",
  "Tom Richards <tom.richards@example.com>", "Is my gallery still available?",
  """Hi, we had our wedding photos done by you in 2023. Is the online gallery still up? I'd like to order a couple more prints before you delete it. Tom""")

E("en", "portability", False, "Indian English, short, download all data",
  "Deepa Menon <deepa.menon@example.com>", "Data export",
  """Dear Team,

Please share my complete account data and uploaded photos as a downloadable export (machine readable) so I can move them to my new photo service. Kindly confirm the timeline.

Regards,
Deepa Menon""")

E("en", "erasure+marketing_opt_out", False, "mixed: 'remove me' but also explicitly full deletion",
  "Paul Simmons <paul.simmons@example.com>", "Remove me",
  """Remove me from your mailing list and then delete my account entirely, I don't want to be a customer anymore.""")

E("en", "access", False, "Finnish writer in English, wants call logs and recipients",
  "Juha Lehtinen <juha.lehtinen@example.fi>", "Request for information",
  """Hello,

I kindly ask information what personal data you have about me, including the call records from your phone operator (I called your customer service many times in September) and the list of companies you have given my data to, for example Slotti and the debt collection.

Best regards
Juha Lehtinen""")

E("en", "", False, "school IT asks about data processing agreement, B2B, no DSR",
  "Karen Lindgren <karen.lindgren@example.fi>", "DPA for school photography 2027",
  """Hi,

Our school district is updating its data processing agreements. Could you send us your standard data processing agreement (Art. 28) and the list of your subprocessors for school photography before the spring photo days? We'd also like to know where the class lists are stored.

Kind regards,
Karen Lindgren
ICT coordinator, Vaasa schools""")

E("en", "restriction", False, "teen himself asks to keep photos but stop using until parents agree",
  "Leo Mäkinen <leo.makinen@example.fi>", "my photos",
  """hi, I'm 16 and my mom and dad are arguing about my school photos, dad wants them deleted and mom wants to order them. can you just not use them or send them anywhere until they decide? don't delete yet. thanks, Leo (class 9B, Vamia)""")

E("fi", "erasure", False, "poisto-oikeus, kohtelias epäsuora",
  "Päivi Rautio <paivi.rautio@example.fi>", "Kysymys tiedoistani",
  """Hei,

Olisiko mahdollista, että tietoni poistettaisiin asiakasrekisteristänne? En ole tilannut mitään vuosiin enkä usko tarvitsevani palveluja jatkossakaan. Jos jotain on pakko säilyttää, ymmärrän sen kyllä.

Ystävällisin terveisin
Päivi Rautio""")

E("fi", "", True, "poissaoloviesti ilman otsakkeita",
  "Tapio Lindroos <tapio.lindroos@example.fi>", "Poissa: Koulukuvaus 12.11.",
  """Olen lomalla 9.-20.11. enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä koulusihteeriin, puh. 06 123 4567.

Tapio Lindroos
rehtori, Onkilahden koulu""")

E("fi", "access+erasure+marketing_opt_out", False, "vanha asiakas: kopio, poisto, ja ei markkinointia sillä välin",
  "Mervi Kauppinen <mervi.kauppinen@example.fi>", "tiedot",
  """Hei

Haluan ensin nähdä, mitä tietoja minusta on (myös mistä olette saaneet osoitteeni), ja sen jälkeen poistakaa kaikki. Sillä välin älkää lähettäkö minulle mitään mainoksia.

Mervi K.""")

E("fi", "rectification", False, "lapsen nimi väärin koulukuvassa, huoltaja",
  "Jukka Peltola <jukka.peltola@example.fi>", "Nimi väärin",
  """Hei, lapsemme nimi on koulukuvan kuoressa ja luokkakuvan nimilistassa väärin: "Aleksi Peltonen", pitäisi olla Aleksi Peltola. 2B, Variskan koulu. Korjatkaa tietoihinne, ettei sama toistu ensi vuonna.

Jukka Peltola""")

E("fi", "access+complaint", False, "muistuttaa vastaamattomasta tarkastuspyynnöstä lapsista ja uhkaa ehdollisesti valituksella",
  "Arja Nyström <arja.nystrom@example.fi>", "kuvat",
  """Lähetin teille kuukausi sitten pyynnön saada tietää mitä tietoja teillä on mun lapsista. Ei vastausta. Kertokaa nyt viikon sisällä tai teen valituksen tietosuojavaltuutetulle.""")

E("fi", "", False, "julkisuuslain tietopyyntö väärälle taholle (yksityinen yritys)",
  "Toimittaja Sami Harju <sami.harju@example.fi>", "Tietopyyntö",
  """Hei,

Teen juttua koulukuvauksista Pohjanmaalla. Pyydän julkisuuslain nojalla kopiot Vaasan kaupungin kanssa tekemistänne koulukuvaussopimuksista vuosilta 2024-2026 sekä tiedon hankinnan arvosta.

Sami Harju
Pohjalainen""")

E("fi", "objection", False, "kieltää käyttämästä kuvaansa esitteessä, ei pyydä poistoa",
  "Laura Järvinen <laura.jarvinen@example.fi>", "Esite",
  """Hei,

Olin mukana teidän syksyn esitteessä (perhekuva rannalla). Sitä ei tarvitse alkaa vetää pois jakelusta, mutta kuvaa ei saa enää käyttää seuraavissa esitteissä tai muussa markkinoinnissa.

Laura""")

E("fi", "portability", False, "tietojen siirto-oikeus, muodollinen",
  "Olli Karjalainen <olli.karjalainen@example.fi>", "Siirtopyyntö (tietosuoja-asetus 20 art.)",
  """Hyvä vastaanottaja,

Pyydän tietosuoja-asetuksen 20 artiklan nojalla saada toimittamani henkilötiedot (asiakastili, tilaushistoria ja verkkokauppaan lataamani kuvat) jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa.

Olli Karjalainen""")

E("fi", "", False, "kiittää ja kuittaa, ei pyyntöä",
  "Eila Manninen <eila.manninen@example.fi>", "Re: Suoramarkkinointikielto",
  """Kiitos vahvistuksesta!

Eila Manninen

> Hei, olemme lisänneet sähköpostiosoitteenne markkinointikieltolistalle.""")

E("fi", "erasure", False, "poistakaa lapsen kuvat palvelimelta, kirjoitusvirheitä",
  "Katja Hirvonen <katja.hirvonen@example.fi>", "lapsen kuvat",
  """moi, poistakaa meidän tytön (Venla Hirvonen) kaikki koulukuvat teiän palvelimelta, myös ne vanhat 2022-23. ei tarvita enää. t.Katja""")

E("sv", "access", False, "kort registerutdrag",
  "Lars Mattsson <lars.mattsson@example.se>", "Registerutdrag",
  """Hej, jag vill ha ett registerutdrag enligt GDPR. Mvh Lars Mattsson""")

E("sv", "", True, "faktura-påminnelse automatisk",
  "Zoomi Kuvakaupat fakturering <laskutus@example.fi>", "Betalningspåminnelse faktura 2026-10112",
  """Bästa kund,

Enligt vår bokföring är faktura 2026-10112 (39,00 EUR, förfallodag 15.10.2026) fortfarande obetald. Vänligen betala inom 14 dagar. Om betalningen redan är gjord kan du bortse från detta meddelande.

Detta är ett automatiskt meddelande.""",
  to="Viktor Ek <viktor.ek@example.fi>")

E("sv", "erasure+objection", False, "ta bort bilden från hemsidan och jag motsätter mig användningen",
  "Susanne Fagerström <susanne.fagerstrom@example.fi>", "Bilden på er hemsida",
  """Hej,

Jag återkallar mitt samtycke till att ni visar mitt porträtt på er hemsida. Ta bort bilden. Jag motsätter mig också att ni använder den i annan marknadsföring.

Susanne Fagerström""")

E("sv", "rectification", False, "byt efternamn",
  "Josefin Östman <josefin.ostman@example.fi>", "Nytt efternamn",
  """Hej! Jag har bytt efternamn från Björk till Östman. Kan ni uppdatera mitt kundkonto? Tack! /Josefin""")

E("sv", "", False, "reklamation om fotobok, inte dataskydd",
  "Carina Holmström <carina.holmstrom@example.fi>", "Reklamation",
  """Hej,

Fotoboken jag fick (order 447710) har två sidor i fel ordning och pärmen har en repa. Jag vill ha en ny eller pengarna tillbaka.

Carina Holmström""")

E("sv", "marketing_opt_out+complaint", False, "får reklam trots avregistrering, kommer att anmäla",
  "Rolf Grönlund <rolf.gronlund@example.fi>", "Fortfarande reklam",
  """Jag avregistrerade mig från era utskick i juni och ringde dessutom i augusti. Ändå kommer det reklam varje vecka. Sluta skicka reklam till mig NU. Kommer det ett enda mejl till gör jag en anmälan till Dataombudsmannen.

Rolf Grönlund""")

E("sv", "", False, "frågar om bilder från dagis, ingen begäran",
  "Linda Kullas <linda.kullas@example.fi>", "Daghemsfoto",
  """Hej! När kommer bilderna från daghemmet Solrosen? Vi fick ingen kod hem. Linda""")
