from parts.common import E

E("en", "erasure", False, "data-removal service acting for a user; form-generated but a real request; disputed auto=False",
  "PrivacyShield Removal Team <requests@example.com>", "Personal Data Deletion Request – Ref PS-2026-118734",
  """Hello,

We are contacting you on behalf of our client, who has authorised PrivacyShield to submit requests to exercise their rights under the GDPR.

Client name: Emma Karlsson
Email address: emma.karlsson@example.se
Phone: +46 70 123 45 67
Country: Sweden

Our client requests that you delete all personal data you hold about them, pursuant to Article 17 GDPR. A signed authorisation letter is available on request.

Please confirm deletion by replying to this email and quoting the reference number above. If you do not hold any data about our client, please let us know.

Kind regards,
The PrivacyShield Removal Team
(this request was prepared with our automated request tool and reviewed by a privacy agent)""")

E("en", "", True, "vendor-onboarding reminder from procurement platform, chatty, no header",
  "Minna at SupplyLink <no-reply@example.com>", "Friendly reminder: complete your supplier profile for Vaasan Sairaanhoitopiiri",
  """Hi Zoomi Kuvakaupat Oy,

Just a quick nudge from me! Vaasan Sairaanhoitopiiri is waiting for you to complete your supplier profile before they can approve your offer for staff photography.

You still need to:
• upload a certificate of tax payments
• confirm your data processing agreement (GDPR)
• add a contact person

It only takes about 5 minutes. Complete profile

Thanks!
Minna
SupplyLink – supplier onboarding made easy""")

E("en", "access", False, "daughter requests access for elderly mother, mother in cc",
  "Helen Andersson <helen.andersson@example.com>", "Request on behalf of my mother, Irma Andersson",
  """Hello,

I'm writing on behalf of my mother, Irma Andersson (born 1937, Vöyri), who is copied on this email and can confirm. She doesn't use email herself much and her eyesight is poor.

She would like to know what personal information your company holds about her. She has had family portraits taken at your studio for many years and she received a letter from you recently that mentioned her "customer account", which confused her.

Could you please send a copy of the information to me or to her postal address, Vöyrintie 112, 66600 Vöyri.

Many thanks,
Helen Andersson (daughter)

Irma: "Kyllä, tyttäreni saa hoitaa tämän asian puolestani. Irma Andersson" """)

E("en", "rectification", False, "replace old work email/phone with new ones; disputed: 'remove old number' as rectification not erasure",
  "Kevin O'Neill <kevin.oneill@example.com>", "update my contact details",
  """Hi,

Your system still has my old work email (kevin.oneill@oldemployer.example.com) and phone number 045 678 9012. I left that job. Please change my contact email to this one and the phone to 050 222 3344, and remove the old number.

Cheers,
Kevin""")

E("en", "", False, "privacy lawyer praising notice, asks for corporate headshot quote",
  "Leena Kivimäki <leena.kivimaki@example.fi>", "Headshots for our law firm",
  """Hello,

I read through your privacy notice before contacting you (occupational hazard – I work as a data protection lawyer). Clear and to the point, so well done.

We are a firm of 12 lawyers in Vaasa and would like new headshots for our website. Could you send a quote for a session at our office in January, including the right to use the images on our website and LinkedIn?

Best regards,
Leena Kivimäki
Partner, Kivimäki Legal""")

E("en", "marketing_opt_out+erasure+complaint", False, "reminder: unsubscribed + asked deletion in May, still mailed, reporting to ombudsman",
  "Robert Hughes <robert.hughes@example.com>", "Third time: stop emailing me and delete my data",
  """To whoever reads this mailbox,

In May I clicked "unsubscribe" AND wrote to this address asking you to delete my data. I got a reply saying "it has been taken care of". Since then I have received five newsletters from you, the latest this morning.

So once more: stop sending me marketing, and delete my personal data.

Your own privacy notice says data are "kept only as long as needed". You clearly don't need mine. I have had enough and I'm reporting this to the Finnish Data Protection Ombudsman today.

Robert Hughes""")

E("en", "restriction", False, "suspected fraudulent order: freeze account, don't delete, police report",
  "Natalia Kowalska <natalia.kowalska@example.com>", "Someone ordered with my name?",
  """Hello,

I got an order confirmation from your shop for a canvas print (order 11342) that I did not make. The delivery address is not mine. I think someone used my name and email.

I have made a report to the police (I can send the report number). Please freeze my account and do not process or send anything connected to it until this is investigated. Please do NOT delete anything either, the police may need the information.

Natalia Kowalska""")

E("en", "", False, "hypothetical 'can I ask you to delete my data?', undecided; disputed",
  "Chris Evans <chris.evans@example.com>", "question",
  """Hi,

Hypothetically, if I asked you to delete my data, would I lose access to the photos I already bought in the online gallery? I haven't decided anything, I just want to know how it works before I make up my mind.

Thanks,
Chris""")

E("en", "portability", False, "Art 20(2) direct transmission to another studio",
  "Isabel García <isabel.garcia@example.com>", "Transfer of my data to another studio",
  """Dear Zoomi,

I have booked a family photographer in Seinäjoki for the future. I would like you to transmit my customer data and the digital photos from our sessions (2023–2025) directly to them, as provided in Article 20(2) GDPR, if technically feasible.

Their contact: Studio Lakeus, info@example.fi.

If direct transfer is not possible, please send the files to me in a common machine-readable format instead.

Isabel García""")

E("en", "objection", False, "American CCPA template: do not sell my personal information",
  "Bradley Cooper-Hayes <brad.ch@example.com>", "Do Not Sell My Personal Information",
  """To the Privacy Team:

Pursuant to the California Consumer Privacy Act (CCPA), as amended by the CPRA, I hereby direct you to opt me out of the sale and sharing of my personal information, including for cross-context behavioral advertising.

Name: Bradley Cooper-Hayes
Email: brad.ch@example.com

(I know you are a Finnish company and I'm currently living in Vaasa, but I assume the same applies under your laws. I don't want my information sold or shared with advertisers, including Google.)

Thank you.""")

E("en", "", True, "Outlook meeting acceptance, machine text, no header",
  "Maria Holm <maria.holm@example.fi>", "Accepted: Staff photo day – Vaasan Vesi, 12.11.2026 9:00–12:00",
  """Maria Holm has accepted this meeting.

When: Thursday, 12 November 2026 9:00–12:00 (UTC+02:00) Helsinki
Where: Vaasan Vesi, meeting room Pohjanlahti""")

E("en", "rectification+complaint", False, "son's name wrong third year, conditional complaint",
  "Mohammed Al-Sayed <mohammed.alsayed@example.com>", "Third year wrong name!!",
  """Hello,

For the third year in a row my son's name is spelled wrong on the school photo package. His name is Yousef Al-Sayed, not "Yosef Alsayed". I corrected it both years by email and by phone.

Please fix it properly in your system this time. If it is wrong again next year I will lodge a complaint with the data protection ombudsman, because this is his personal data and you have an obligation to keep it correct.

Mohammed Al-Sayed""")

E("fi", "marketing_opt_out", False, "'poistakaa sähköpostini' from marketing lists",
  "Tarja Nurmi <tarja.nurmi@example.fi>", "sähköpostiosoite",
  """Poistakaa sähköpostiosoitteeni kaikilta markkinointilistoiltanne. Passikuvaan liittyvät asiat saa edelleen lähettää.

Tarja Nurmi""")

E("fi", "erasure", False, "formal right to be forgotten",
  "Anneli Saarinen <anneli.saarinen@example.fi>", "Oikeus tulla unohdetuksi",
  """Hyvä vastaanottaja,

haluan käyttää EU:n tietosuoja-asetuksen 17 artiklan mukaista oikeuttani tulla unohdetuksi. Pyydän poistamaan kaikki minua koskevat henkilötiedot rekistereistänne ja ilmoittamaan, kun poisto on tehty.

Ystävällisesti
Anneli Saarinen
Lapuantie 5, 65300 Vaasa""")

E("fi", "", True, "school information system notification, no header",
  "Wilma / Gerbyn koulu <wilma@example.fi>", "Uusi viesti Wilmassa: Valokuvauspäivä 3.11.",
  """Hei,

sinulle on saapunut uusi viesti Wilmaan.

Lähettäjä: Rehtori Kari Niemi
Aihe: Valokuvauspäivä 3.11.

Voit lukea viestin kirjautumalla Wilmaan.

Tähän viestiin ei voi vastata.""")

E("fi", "rectification", False, "colloquial: first name misspelled",
  "Jaana Koivisto <jaana.koivisto@example.fi>", "nimi",
  """moi, mun nimi on teidän järjestelmässä väärin, "Janna Koivisto". oikein on Jaana. korjaisitteko, tulee kaikkiin kirjeisiin väärin

-jaana""")

E("fi", "access", False, "what data and to whom disclosed",
  "Reijo Lahtinen <reijo.lahtinen@example.fi>", "Tietoni",
  """Hei,

Mitä tietoja teillä on minusta? Ja kenelle olette luovuttaneet niitä? Sain viime viikolla puhelun perintäyhtiöltä, joka tiesi että olen ollut asiakkaananne, vaikka laskut on maksettu.

Reijo Lahtinen""")

E("fi", "", False, "asks what suoramarkkinointikielto means, no request; disputed",
  "Sari Kallio <sari.kallio@example.fi>", "kysymys tietosuojaselosteesta",
  """Hei,

luin tietosuojaselosteenne ja siinä mainitaan "suoramarkkinointikielto". Mitä se tarkoittaa käytännössä? Tarkoittaako se, että jos kiellän, en saa enää tietoa esim. koulukuvien tilausajoista?

Sari""")

E("fi", "objection+restriction", False, "objects to transfer to debt collection; restrict meanwhile (Art 18(1)(d))",
  "Jari Salminen <jari.salminen@example.fi>", "Vastustamisoikeus ja käsittelyn rajoittaminen",
  """Hei,

olen työtön ja sopinut Kelan kanssa asioista, maksan laskunne (90877) tammikuussa. Tämän tilanteeni vuoksi vastustan tietojeni luovuttamista OK-perinnälle.

Pyydän lisäksi, että tietojeni käsittelyä rajoitetaan siksi aikaa, kun vastustamistani käsitellään.

Jari Salminen""")

E("fi", "complaint", False, "wants to complain to ombudsman, asks where to send",
  "Marketta Kinnunen <marketta.kinnunen@example.fi>", "valitus",
  """Haluan tehdä teistä valituksen tietosuojavaltuutetulle, koska luokkakuva, jossa poikani on nimen kanssa, oli teidän avoimessa galleriassa kaikkien nähtävillä. Mihin osoitteeseen se valitus lähetetään, teidän selosteessanne ei lue.

Marketta Kinnunen""")

E("fi", "portability", False, "JSON export, Art 20",
  "Tero Huhtala <tero.huhtala@example.fi>", "GDPR 20 art.",
  """Pyydän tietosuoja-asetuksen 20 artiklan mukaisesti toimittamaan minulle antamani henkilötiedot ja tilaushistoriani JSON-muodossa.

Tero Huhtala""")

E("fi", "", False, "when do school photos arrive, near-miss",
  "Outi Järvinen <outi.jarvinen@example.fi>", "koulukuvat",
  """Hei! Milloin Huutoniemen koulun kuvat tulevat? Kuvaus oli jo 5 viikkoa sitten eikä vielä mitään kuulunut.
Outi""")

E("sv", "access", False, "FI-Swedish 'granska mina uppgifter'",
  "Gunilla Sandström <gunilla.sandstrom@example.fi>", "Granskning av uppgifter",
  """Hej,

Jag vill granska mina uppgifter i ert kundregister. Vad har ni sparat om mig och min man Rolf?

Med vänliga hälsningar
Gunilla Sandström
Malax""")

E("sv", "erasure+marketing_opt_out", False, "remove from register and stop ads",
  "Tommy Lindqvist <tommy.lindqvist@example.fi>", "ta bort mig",
  """Ta bort mig ur ert register och sluta skicka reklam. Tack.
Tommy Lindqvist""")

E("sv", "", True, "booking reminder in Swedish, machine text, no header",
  "Zoomi tidsbokning <bokning@example.fi>", "Påminnelse: din tid i morgon kl. 13.00",
  """Hej Annika!

Vi vill påminna dig om din bokade tid:
Tjänst: Familjefotografering (45 min)
Tid: tisdag 17.11.2026 kl. 13.00
Plats: Vasaratie 2 A, Vasa

Välkommen! Om du behöver avboka, gör det senast 24 timmar innan.""")

E("sv", "rectification", False, "wrong phone number and email in register",
  "Ingrid Häggblom <ingrid.haggblom@example.fi>", "fel uppgifter",
  """Hej

Ni har fel telefonnummer till mig i registret (sms:en om skolfotona kommer till min gamla nummer). Rätt nummer är 044 987 6543. E-posten är också gammal, använd den här.

Ingrid Häggblom""")

E("sv", "complaint", False, "has reported to ombudsman over class list published online",
  "Stefan Björklund <stefan.bjorklund@example.fi>", "Anmälan till Dataombudsmannen",
  """Hej,

Jag vill meddela att jag i dag har gjort en anmälan till Dataombudsmannen. Ni publicerade en klasslista med barnens fullständiga namn bredvid klassfotot i er öppna webbgalleri.

Stefan Björklund""")

E("sv", "", False, "ok thanks reply to our unsubscribe confirmation",
  "Marianne Kull <marianne.kull@example.fi>", "SV: Du är nu avregistrerad",
  """Ok, tack.

Marianne

Från: Zoomi Kuvakaupat <tietosuoja@example.fi>
Skickat: den 21 oktober 2026 09:12
Ämne: Du är nu avregistrerad
> Hej Marianne, du kommer inte längre att få våra nyhetsbrev.""")

E("sv", "restriction", False, "identity theft: freeze my data until investigated",
  "Roger Storbacka <roger.storbacka@example.fi>", "ID-stöld – frys mina uppgifter",
  """Hej,

Jag har blivit utsatt för ID-stöld och någon har gjort beställningar i mitt namn i flera webbutiker, troligen också hos er. Frys mina uppgifter tills polisen har utrett saken, och använd dem inte till något under tiden. Radera inget.

Polisanmälan nr 5030/R/12345/26.

Roger Storbacka""")

E("sv", "", False, "school principal asks about photo day schedule",
  "Rektor Lisbeth Ahlskog <lisbeth.ahlskog@example.fi>", "Fotodag vid Sundom skola",
  """Hej,

Vi skulle behöva flytta fotodagen från 24.11 till 1.12 på grund av en utflykt. Går det bra? Och kan ni skicka en uppdaterad tidtabell för klasserna?

Med vänlig hälsning
Lisbeth Ahlskog
rektor, Sundom skola""")
