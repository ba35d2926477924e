from parts.common import E

E("sv", "marketing_opt_out", False, "no more e-mails but keep the account",
  "Cecilia Bergman <cecilia.bergman@example.fi>", "Mejlen",
  """Hej! Jag vill inte få era mejl med erbjudanden längre, det kommer nästan varje dag nu inför jul. Kontot får ni gärna behålla, jag beställer fortfarande kort av er ibland.

Cecilia""")

E("sv", "", True, "supplier invoice e-mail in Swedish",
  "Fotopapper Norden AB <faktura@fotopapper.example.se>", "Faktura 55120 från Fotopapper Norden AB",
  """Hej,

Bifogat finner ni faktura 55120.

Fakturabelopp: 2 310,00 EUR
Förfallodag: 2026-12-15
OCR: 5512034

Vid frågor om fakturan, kontakta ekonomi@fotopapper.example.se.

Detta meddelande har skickats automatiskt från vårt ekonomisystem.""")

E("sv", "", False, "16-year-old asks how to get her school photo as a digital file (product)",
  "Wilma Lindholm <wilma.lindholm10@example.fi>", "skolfoto digitalt",
  """hej! kan man få sin skolbild som digital fil? jag vill ha den till min instagram profil men mamma har bara papperskopian. vad kostar det? koden står på påsen: Q3R-88K""")

E("sv", "restriction", False, "hijacked account: freeze the account, delete nothing, police report made",
  "Robin Häggblom <robin.hagglom@example.fi>", "Mitt konto har kapats",
  """Hej,

någon har loggat in på mitt kundkonto, bytt leveransadress och beställt tre canvastavlor som jag inte beställt. Jag har gjort polisanmälan (nr 5410/R/12345/26). Frys mitt konto och mina uppgifter så att de inte används för fler beställningar, men radera ingenting, polisen kan behöva inloggningsuppgifter och IP-adresser.

Robin Häggblom
040 876 5432""")

E("sv", "portability+erasure", False, "export my data, then delete the account",
  "Jonas Wiik <jonas.wiik@example.se>", "Export och radering",
  """Hej, exportera mina uppgifter och mina uppladdade bilder i ett maskinläsbart format (zip med json eller csv går bra) och radera sedan mitt konto helt. Tack! /Jonas Wiik""")

E("sv", "complaint+objection", False, "class photo sent home with full name list; says GDPR breach, refuses child's name on list",
  "Susanne Granlund <susanne.granlund@example.fi>", "Namnlistor på klassfoton",
  """Hej,

klassfotot som delades ut i Sundom skola hade en tryckt lista med alla barns för- och efternamn, och bilden delades ut till alla familjer. Dessutom ligger det en version på skolans öppna Facebooksida. Ni bryter mot GDPR när ni sprider barns namn på det sättet.

Jag motsätter mig att min sons namn står med på namnlistor som ni trycker eller delar ut i fortsättningen.

Susanne Granlund""")

E("sv", "", False, "general question how long passport photos are stored",
  "Viktor Engström <viktor.engstrom@example.fi>", "Passfoton",
  """Hej, hur länge sparar ni passfotona efter att de skickats till polisen? Jag ska ta passfoto åt hela familjen och undrar bara innan jag bokar.

Viktor""")

E("sv", "access", False, "short: what have you saved about me",
  "Pia Öhman <pia.ohman@example.fi>", "uppgifter",
  """Vad har ni sparat om mig? Jag har handlat i er webbshop några gånger. /Pia Öhman""")

E("sv", "", False, "withdraws her access request",
  "Annette Grönlund <annette.gronlund@example.fi>", "Glöm min begäran",
  """Hej,

ni kan glömma min begäran om registerutdrag från förra veckan. Jag hittade kvittot jag letade efter i min egen e-post, så jag behöver inget mer.

Tack ändå!
Annette""")

E("sv", "erasure", False, "two-word erasure",
  "kim <kim.lassus@example.fi>", "radera",
  """radera mej""")

E("sv", "erasure", False, "guardian wants child's picture taken down from shop window",
  "Helena Kronlund <helena.kronlund@example.fi>", "Bilden på vår dotter i skyltfönstret",
  """Hej,

vi gick förbi er butik i går och såg att en stor bild av vår dotter Saga (6 år) hänger i skyltfönstret. Vi har aldrig gett lov till att den används så. Ta ner bilden så snart som möjligt.

Helena och Peter Kronlund""")

E("sv", "", True, "web shop notice: new product review waiting for moderation",
  "Zoomi webbutik <kauppa@example.fi>", "Ny recension väntar på granskning",
  """En ny produktrecension har lämnats och väntar på granskning.

Produkt: Fotokalender A3 2027
Betyg: 2/5
Kund: Ulrika S.
Text: "Färgerna blev mycket mörkare än på skärmen."

Granska recensionen i administrationspanelen.""")

E("sv", "objection", False, "parent does not want child in the daycare group photo",
  "Mathias Björkqvist <mathias.bjorkqvist@example.fi>", "Gruppfoto daghem Solrosen",
  """Hej,

daghemmet meddelade att ni fotograferar gruppbilder nästa vecka. Vi vill inte att vår son Noel (Nyckelpigorna) är med på gruppfotot eller att han fotograferas alls av er. Daghemmet vet om detta men vi vill att ni också har det noterat.

Mathias Björkqvist""")

E("sv", "rectification", False, "SMS go to her old number now used by her daughter; change the number",
  "Carina Sandström <carina.sandstrom@example.fi>", "telefonnummer",
  """Hej, ni skickar sms till mitt gamla nummer som min dotter har nu. Byt numret till 050 321 6549.

Carina Sandström""")

E("sv", "erasure", False, "phone call recorded without notice, demands deletion of the recording",
  "Rasmus Heikel <rasmus.heikel@example.fi>", "Inspelat samtal",
  """Hej,

när jag ringde er kundtjänst 3.11 hörde jag i efterhand att samtalet spelades in, utan att någon sa det i början. Det tycker jag inte om. Radera inspelningen av mitt samtal.

Rasmus Heikel""")

E("en", "access", False, "expat parent asks what data is held about child from school photos",
  "Sarah Mitchell <sarah.mitchell@example.com>", "Data about my son from school photos",
  """Hi there,

Sorry, my Finnish isn't good enough yet so I'm writing in English. My son Oliver Mitchell (class 3C at Vaasa International School / Vöyrinkaupungin koulu) had his school photo taken in September. Could you tell me what information you have about him, and where it came from? I don't remember giving you anything, so I guess the school gave it to you?

Thanks!
Sarah""")

E("en", "access", False, "formal DSAR listing Article 15 items",
  "Daniel Okafor <daniel.okafor@example.com>", "Subject Access Request – Article 15 GDPR",
  """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation.

Please provide:
1. confirmation whether you process personal data concerning me;
2. a copy of that data, including any photographs;
3. the purposes of the processing;
4. the recipients to whom the data have been or will be disclosed, by name;
5. the retention period;
6. the source of the data where not collected from me;
7. the existence of any automated decision-making, including profiling.

For identification: I booked a passport photo on 2 June 2026 under this e-mail address and phone +358 40 123 4567.

I look forward to your response within one month.

Yours faithfully,
Daniel Okafor""")

E("en", "marketing_opt_out", False, "one word with typo",
  "Mike <mike.harlow@example.com>", "unsubcribe",
  """unsubcribe""")

E("en", "erasure", False, "delete my account, short",
  "Priya Nair <priya.nair@example.com>", "Delete my account",
  """Hi, please delete my account (priya.nair@example.com) and everything linked to it. I'm moving back to India next month. Thanks, Priya""")

E("en", "objection", False, "US customer, CCPA-style 'do not sell' opt-out",
  "Kevin Brooks <kevin.brooks@example.com>", "Do Not Sell My Personal Information",
  """Hello,

I ordered a photo book from your store for my relatives in Finland. Please treat this as a request to opt out of the sale or sharing of my personal information with third parties, including for cross-context behavioral advertising.

Kevin Brooks
Portland, OR""")

E("en", "portability", False, "export order data as JSON",
  "Lukas Becker <lukas.becker@example.com>", "Data export",
  """Hello,

could you export my account data (profile, addresses, order history, uploaded images) as JSON or CSV? I'd like to move everything to a different print service. A download link is fine.

Best,
Lukas Becker""")

E("en", "restriction", False, "contests accuracy of an order linked to her and asks to restrict processing meanwhile",
  "Hannah Clarke <hannah.clarke@example.com>", "Incorrect order history – please restrict",
  """Hello,

my account shows four orders from 2025 that I did not place (shipped to an address in Tampere I've never lived at). I contest the accuracy of this data. Please restrict processing of my account data while you investigate, in particular don't send any invoices or reminders based on those orders.

Regards,
Hannah Clarke""")

E("en", "restriction", False, "preservation request ahead of a small claims dispute",
  "James O'Connor <james.oconnor@example.com>", "Please preserve records – wedding photography dispute",
  """Dear Zoomi,

As you know, I'm not satisfied with the wedding photography delivered on 8 August and I'm taking the matter to the Consumer Disputes Board. Please preserve all records related to our booking and order (e-mails, booking history, the RAW files, invoices) and do not delete any of it until the dispute is resolved, regardless of your normal retention schedule.

James O'Connor""")

E("en", "complaint", False, "has lodged a complaint with the Finnish DPA",
  "Maria Santos <maria.santos@example.com>", "Complaint lodged with the Data Protection Ombudsman",
  """Dear Sir/Madam,

I'm writing to let you know that today I lodged a complaint with the Office of the Data Protection Ombudsman regarding your handling of my erasure request of 2 September 2026, which was ignored. Their reference will be sent to you directly.

Maria Santos""")

E("en", "erasure", False, "exchange student angry about his photo on Instagram",
  "Tomás Ferreira <tomas.ferreira@example.com>", "my photo on your instagram??",
  """Hey, I'm an exchange student at the university and you took our group photo for the student association. Today I saw myself on your Instagram in an ad for "student photos". I never agreed to that!! Please take it down today.

Tomás""")

E("en", "", True, "payment provider settlement report",
  "Verifone Reporting <reports@verifone.example.com>", "Daily settlement report – Zoomi Kuvakaupat Oy – 2026-11-24",
  """Merchant: Zoomi Kuvakaupat Oy (MID 4400123)
Settlement date: 2026-11-24

Transactions: 58
Gross amount: EUR 2,914.30
Fees: EUR 31.20
Net settled: EUR 2,883.10

Download the detailed report from the merchant portal.

This is an automated message. Please do not reply.""")

E("en", "", True, "Google Workspace security alert",
  "Google <no-reply@accounts.example.com>", "Security alert for tietosuoja@example.fi",
  """A new sign-in on Windows

tietosuoja@example.fi

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity

You received this email to let you know about important changes to your Google Account and services.""")

E("en", "", False, "order status question from a UK grandparent",
  "Margaret Hughes <margaret.hughes@example.com>", "Where is my order?",
  """Hello,

I ordered a canvas print of my grandchildren on 9th November (order W-770981) to be delivered to Leeds, England. It has not arrived and the tracking number doesn't seem to work on Royal Mail's website. Could you let me know when I might expect it? It's meant to be a Christmas present for my daughter.

Kind regards,
Margaret Hughes""")

E("en", "", False, "print quality complaint (consumer complaint, not GDPR)",
  "Ahmed Rahimi <ahmed.rahimi@example.com>", "Complaint about print quality",
  """Hi, I want to make a complaint about print quality. The family photo I ordered (W-771144) came out blurry and with a green tint. The file I uploaded was 24 MP and sharp. Please reprint or refund.

Ahmed""")

E("en", "access+erasure+marketing_opt_out", False, "send what you have, then delete, and no more emails",
  "Rachel Dunn <rachel.dunn@example.com>", "My data",
  """Hi,

Please send me whatever personal data you have on me, then delete it all, and stop sending me emails. I used your site once for a photo mug in 2023 and I've been getting 2-3 newsletters a week ever since.

Rachel Dunn""")
