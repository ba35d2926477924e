from parts.common import E

E("en", "erasure+objection+marketing_opt_out", False, "website erasure template, partly filled; 'cease processing' + no marketing",
  "Giulia Marchetti <giulia.marchetti@example.com>", "Right to Erasure Request (Article 17 GDPR)",
  """[Date: 14/10/2026]

To: Zoomi Kuvakaupat Oy
Data Protection Officer
[Company address]

Dear Sir/Madam,

RE: Request for erasure of personal data under Article 17 of the General Data Protection Regulation

I am writing to request that you erase all personal data about me which you hold and process, and that you cease processing my personal data, in accordance with Article 17 of the GDPR.

Full name: Giulia Marchetti
Email address(es): giulia.marchetti@example.com
Customer/account number: I think it was my email
Other identifying information: passport photo + family portrait 2024

I also object to my personal data being used for direct marketing purposes, including newsletters and SMS.

Please confirm in writing that you have erased my data within one month of receiving this letter, as required by Article 12(3). If you are unable to comply, please explain the legal grounds.

Yours faithfully,
Giulia Marchetti
<<signature>>""")

E("en", "", True, "international school helpdesk auto-ack, chatty, no header",
  "Vaasa International School Helpdesk <helpdesk@example.fi>", "[Ticket #20931] Photo day schedule 2026",
  """Hi!

Thanks for getting in touch with the VIS helpdesk, we're on it! 🙂

Your request has been logged as ticket #20931 and assigned to the Office team. We usually reply within one school day. If your message is about a sick child, please use Wilma instead.

Want to add something? Just reply to this email and keep the ticket number in the subject.

Cheers,
VIS Helpdesk""")

E("en", "access", False, "never a customer, where did you get my email",
  "Oskar Brenner <oskar.brenner@example.com>", "Where did you get my address?",
  """Hello,

I've started receiving your newsletters in Finnish (which I don't read very well) although I have never been your customer. Where did you get my e-mail address, and what else do you have stored about me?

Oskar Brenner""")

E("en", "", False, "'right to be forgotten' misused for cancelling an order",
  "Mei Lin <mei.lin@example.com>", "please forget my order",
  """Hi,

I want to use my right to be forgotten for order 10877 :) I chose the wrong size (13x18, I wanted 20x30) and I would like to make a new order instead. Can you just cancel the first one? It's not paid yet.

Thank you!
Mei""")

E("en", "restriction", False, "retracts earlier erasure; keep invoices for tax dispute but don't use; disputed: not a plain withdrawal",
  "Henrik Mård <henrik.mard@example.fi>", "Re: Erasure request – please hold",
  """Hello again,

Last week I asked you to delete all my data. Please do NOT delete the invoices and order records from 2024–2025 after all: my accountant tells me I need them in a dispute with the tax office about business expenses (the staff photos for my company).

Please keep those records, but don't use them for anything else in the meantime. I will let you know when the tax matter is closed and you can delete everything.

Kind regards,
Henrik Mård
Mård Consulting Ab""")

E("en", "rectification+access", False, "fix typo in email + send a copy to check the rest",
  "Aisha Rahimi <aisha.rahimi@example.com>", "wrong email in my account",
  """Hello,

When I ordered school photos for my two kids you wrote my email as "aisha.rahimii@..." with two i's, so the order confirmation never arrived to me. Please correct it to aisha.rahimi@example.com.

Also, can you send me a copy of all the other information you have about me and the kids? I want to check that the rest is correct too, because clearly someone typed it by hand.

Aisha Rahimi""")

E("en", "complaint", False, "reports GDPR breach (guessable gallery URLs) to ombudsman",
  "Ville Kauppinen <ville.kauppinen@example.fi>", "Security issue with your photo galleries – reported",
  """Hello,

I noticed that your online gallery links for school photos follow a simple pattern (…/gallery/2026/VSK-0001, VSK-0002, …) and open without any login. I could see photos of other children from my son's school by changing the number by one.

This is a serious breach of the GDPR, especially since the photos are of minors. I have reported the matter to the Data Protection Ombudsman today, and I suggest you fix it immediately.

I'm not going to share the details publicly.

Ville Kauppinen
software developer""")

E("en", "", False, "client company staff: practical photo delivery question",
  "Sara Mattsson <sara.mattsson@example.fi>", "Staff photos – delivery to comms",
  """Hi,

Thanks for the photo session last Tuesday, everyone was happy. Could you send the edited staff photos directly to our communications team (viestinta@example.fi) instead of me? They will put them on our website and intranet.

Also two new employees start in January – can we book them a slot then?

Best,
Sara Mattsson
HR Specialist, Österbotten Logistics""")

E("en", "marketing_opt_out", False, "take me off list, moved away",
  "Rachel Moore <rachel.moore@example.com>", "take me off your list",
  """Please take me off your list. I moved back to Canada so your studio offers are not much use to me now. Thanks!

Rachel

Sent from my phone""")

E("en", "objection", False, "father refuses delivery of son's photo to school ID system",
  "Jonathan Price <jonathan.price@example.com>", "My son's photo to the school system",
  """Dear Zoomi,

The school told us that the photos taken on photo day are also delivered to the school for the student card and the Wilma system. I do not want my son Noah's (grade 7) photo to be used for that. He is fine in the class photo and we will buy the package, but his portrait must not be sent to the school's systems.

Regards,
Jonathan Price""")

E("en", "erasure", False, "non-native English, remove whole family from register",
  "Yusuf Demir <yusuf.demir@example.com>", "Remove our family",
  """Hello Sir/Madam

We are leaving Finland in end of November. Please to remove all of my family from your register, me, my wife Elif Demir and children Deniz and Mert. We do not need anymore the account and pictures.

Thank you for everything.
Yusuf Demir""")

E("en", "", True, "bounce for a mail we sent, with auto header",
  "Mail Delivery Subsystem <mailer-daemon@example.com>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx2.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<k.o.hamalainen@example.com>: host mx.example.com said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--- Original message ---
Subject: Vastaus tarkastuspyyntöönne / Reply to your access request
From: Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "access+erasure", False, "copy first, then delete everything",
  "Tuomas Heikkilä <tuomas.heikkila@example.fi>", "tiedot ja poisto",
  """Hei,

lähettäkää minulle kopio kaikista minua koskevista tiedoista ja sen jälkeen poistakaa kaikki. Olen ollut asiakkaana 2019 lähtien (passikuvat, hääkuvat).

Tuomas Heikkilä""")

E("fi", "marketing_opt_out", False, "'poistakaa minut listalta' reply to newsletter",
  "Leena Pulkkinen <leena.pulkkinen@example.fi>", "Re: Marraskuun uutiskirje",
  """poistakaa minut tältä listalta kiitos

Lähetetty Samsung Galaxy -älypuhelimesta

-------- Alkuperäinen viesti --------
Lähettäjä: Zoomi Kuvakaupat <uutiskirje@example.fi>
Aihe: Marraskuun uutiskirje
Joulukuvaukset alkavat! Varaa aikasi...""")

E("fi", "", False, "invoice amount wrong, near-miss",
  "Juha Manninen <juha.manninen@example.fi>", "lasku väärin",
  """Moi, laskussa 90214 on summa 45 € vaikka hinnaston mukaan pakettien piti maksaa 35 €. Voitteko tarkistaa ja lähettää uuden laskun.
Juha""")

E("fi", "rectification", False, "wrong name (father's) on invoice",
  "Satu Virtanen <satu.virtanen@example.fi>", "Laskussa väärä nimi",
  """Hei,

tilasin itse poikani päiväkotikuvat, mutta laskussa on ex-mieheni nimi ja hänen osoitteensa. Laskun pitää tulla minulle: Satu Virtanen, Ristinummentie 8, 65300 Vaasa. Korjatkaa tiedot, ettei tätä tapahdu enää.

Satu""")

E("fi", "objection", False, "refuses future use of portrait in brochure (no removal asked)",
  "Mikko Aaltonen <mikko.aaltonen@example.fi>", "Esite",
  """Hei,

valokuvaajanne mainitsi kuvauksessa, että olette tekemässä uutta esitettä henkilöstökuvauksista ja että minun kuvani voisi sopia siihen. En halua. Älkää käyttäkö kuvaani esitteessä tai muussakaan markkinoinnissa.

Mikko Aaltonen""")

E("fi", "access+complaint", False, "quotes notice (no transfers outside EU) vs Google Analytics; says it breaks GDPR",
  "Kaarina Sundberg <kaarina.sundberg@example.fi>", "Google Analytics ja tietojen siirrot",
  """Hei,

tietosuojaselosteessanne sanotaan: "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle." Samaan aikaan verkkokauppanne käyttää Google Analyticsia, ja Google on yhdysvaltalainen yritys.

Mielestäni tämä rikkoo tietosuoja-asetusta. Haluan tietää, mitä tietoja minusta on kerätty Google Analyticsiin ja onko niitä siirretty Yhdysvaltoihin.

Kaarina Sundberg""")

E("fi", "", True, "company helpdesk auto-ack in Finnish, sounds personal, no header",
  "Pohjanmaan Rakennus Oy asiakaspalvelu <asiakaspalvelu@example.fi>", "RE: Henkilökuvauksen lasku 2026-5533",
  """Hei ja kiitos yhteydenotostasi!

Olemme vastaanottaneet viestisi ja palaamme asiaan mahdollisimman pian, yleensä kahden arkipäivän kuluessa. Ruuhka-aikoina vastaaminen voi kestää hieman pidempään.

Mukavaa päivänjatkoa!

Asiakaspalvelu
Pohjanmaan Rakennus Oy""")

E("fi", "restriction", False, "custody dispute: don't hand child's photos to father nor delete until court decides",
  "Hanna Korpela <hanna.korpela@example.fi>", "Lapseni kuvat ja tiedot – huoltoriita",
  """Hei,

meillä on lapsen isän kanssa huoltoriita käräjäoikeudessa. Pyydän, että ette luovuta tyttäreni (Iida Korpela, Ristinummen koulu 2A) kuvia tai tietoja hänen isälleen, ettekä myöskään poista niitä, ennen kuin oikeus on tehnyt päätöksen. Tietoja saattaa tarvita asian käsittelyssä.

Voin toimittaa päätöksen teille kun se tulee.

Hanna Korpela""")

E("fi", "", False, "lost passport photo receipt code, near-miss",
  "Esa Kangas <esa.kangas@example.fi>", "kuvakuitti hukassa",
  """Hei, kävin perjantaina passikuvassa mutta kuvakuitti on hukassa. Voitteko lähettää koodin uudestaan sähköpostiin, poliisilla kysyvät sitä.

Esa Kangas 040 111 2233""")

E("fi", "portability", False, "wants data as CSV to move to another system",
  "Noora Lindroos <noora.lindroos@example.fi>", "tietojen siirto",
  """Moi,

vaihdan toiseen kuvapalveluun. Voisitteko siirtää tilaushistoriani ja tallentamani kuvat minulle koneluettavassa muodossa (esim. CSV + alkuperäiset kuvatiedostot), niin voin viedä ne uuteen järjestelmään?

Kiitti!
Noora""")

E("fi", "erasure", False, "guardian: delete child's photos from server",
  "Riikka Hämäläinen <riikka.hamalainen@example.fi>", "Päiväkotikuvat",
  """Hei,

emme tilaa tänä vuonna päiväkotikuvia (Päiväkoti Tuulensuu, Otto Hämäläinen). Poistakaa poikani kuvat palvelimeltanne, en halua että niitä säilytetään.

Terveisin
Riikka Hämäläinen""")

E("sv", "restriction", False, "disputes unpaid invoice, pause processing and no handover to collection",
  "Mats Lövgren <mats.lovgren@example.fi>", "Faktura 88512 – bestrids",
  """Hej,

Ni påstår att jag har en obetald faktura (88512). Jag har betalat den 28.9, kvitto bifogat. Jag bestrider alltså kravet.

Pausa behandlingen av mina uppgifter i det här ärendet och lämna inte ut dem till inkassobolaget tills det här är utrett.

Mats Lövgren""")

E("sv", "access+complaint", False, "access reminder, threatens IMY/ombudsman",
  "Karin Åström <karin.astrom@example.se>", "Påminnelse: registerutdrag",
  """Hej,

Jag begärde ett registerutdrag den 2 september och har fortfarande inte fått något svar. Jag vill fortfarande veta vilka uppgifter ni har om mig.

Om jag inte får svar inom en vecka kommer jag att kontakta Integritetsskyddsmyndigheten eller Dataombudsmannen i Finland.

Karin Åström
Umeå""")

E("sv", "", True, "trade-association newsletter with list headers",
  "Finlands Fotografer rf <nyhetsbrev@example.fi>", "Nyhetsbrev november: skolfotosäsongen, nya avtal och GDPR-kurs",
  """Hej medlem!

I detta nummer:
- Skolfotosäsongen 2026 i siffror
- Nytt ramavtal för fotografer i Österbotten
- Kurs: GDPR för fotografer – rätten att bli bortglömd, samtycke för barnbilder (Vasa 19.11)

Anmäl dig senast 12.11.

Vill du inte längre få nyhetsbrevet? Avregistrera dig här.
Finlands Fotografer rf""",
  hdrs={"List-Unsubscribe": "<mailto:unsubscribe@example.fi?subject=unsubscribe>", "Precedence": "bulk"})

E("sv", "erasure+objection", False, "take down Instagram photo + don't use in marketing",
  "Amanda Berg <amanda.berg@example.fi>", "Min bild på Instagram",
  """Hej!

Jag såg att ni har lagt upp en bild på mig från studentfotograferingen på ert Instagram. Ta ner bilden, och använd inte min bild i er marknadsföring i fortsättningen.

Amanda Berg""")

E("sv", "", False, "'radera' an order, near-miss",
  "Lars Nyman <lars.nyman@example.fi>", "radera beställning",
  """Hej, kan ni radera min beställning nr 5521? Jag beställde fel storlek. Har inte betalat än.
Lars""")

E("sv", "marketing_opt_out", False, "unsubscribe with typo",
  "Eva Rosenqvist <eva.rosenqvist@example.fi>", "nyhetsbrev",
  """Avregistera mig från nyhetsbrevet tack.
Eva R.""")

E("sv", "portability", False, "data as CSV to move to another photographer",
  "Fredrik Holmberg <fredrik.holmberg@example.se>", "mina data",
  """Hej!

Kan jag få mina data (kunduppgifter, beställningar och bilderna jag laddat upp) som CSV eller i något annat maskinläsbart format? Jag ska flytta till en annan fotograf och vill kunna föra över allt.

Vänligen
Fredrik Holmberg""")
