from parts.common import E

# ---------------- Finnish (12) ----------------
E("fi", "access", False, "formal Finnish template listing Art 15 contents",
  "Annukka Tervo <annukka.tervo@example.fi>", "Henkilötietojen tarkastuspyyntö (EU 2016/679, 15 artikla)",
  "Zoomi Kuvakaupat Oy / rekisterinpitäjä\n\nPyydän tietosuoja-asetuksen 15 artiklan nojalla:\n- vahvistuksen siitä, käsitelläänkö minua koskevia henkilötietoja;\n- jäljennöksen käsiteltävistä henkilötiedoista;\n- tiedon käsittelyn tarkoituksista ja oikeusperusteista;\n- tiedon vastaanottajista tai vastaanottajaryhmistä;\n- tiedon säilytysajasta tai sen määrittämiskriteereistä;\n- tiedon siitä, mistä tiedot on saatu, jos ei minulta itseltäni;\n- tiedon automaattisesta päätöksenteosta ja profiloinnista;\n- tiedon oikeudestani tehdä valitus valvontaviranomaiselle.\n\nPyydän vastauksen sähköisesti tähän osoitteeseen.\n\nAnnukka Tervo\nsyntymäaika 3.4.1988\nLaihia")

E("fi", "access", False, "guardian one-liner from phone, children's data",
  "Ville Rinne <ville.rinne@example.fi>", "lasten tiedot",
  "mita tietoja teil on mun lapsista (Ella ja Aaro Rinne, Variskan koulu)? laittakaa sahkopostiin")

E("fi", "erasure", False, "slang with English: deletoikaa mun account",
  "Joni Laakso <joni.laakso@example.fi>", "account",
  "moi, deletoikaa mun account ja kaikki mun infot teidän systeemeistä, en tarvii enää. t. joni")

E("fi", "marketing_opt_out", False, "ei kiitos to SMS offer",
  "Aila Koski <aila.koski@example.fi>", "Re: Tekstiviestitarjous",
  "Ei kiitos, älkää lähettäkö enää tarjouksia.\nAila Koski")

E("fi", "rectification", False, "spoken Finnish, email typo in register",
  "Tero Suominen <tero.suominen@example.fi>", "sähköposti väärin teillä",
  "Moi, teillä on mun sähköposti väärin kirjotettu (tero.suomine@...), siks mä en saanu sitä kuvalinkkiä. Korjatkaa toi tähän osotteeseen mistä mä nyt laitan. Kiitti!")

E("fi", "restriction", False, "unlawful use, prefers restriction over erasure",
  "Satu Pulkkinen <satu.pulkkinen@example.fi>", "En halua poistoa vaan rajoituksen",
  "Hei,\n\nkäytitte kuvaani asiakaslehdessänne ilman lupaa. En kuitenkaan halua, että kuvaa ja tietoja poistetaan, koska saatan tarvita niitä myöhemmin näyttönä. Pyydän, että rajoitatte niiden käsittelyn pelkkään säilyttämiseen.\n\nSatu Pulkkinen")

E("fi", "access", False, "why was data given to debt collector, what was given",
  "Kalle Nurmi <kalle.nurmi@example.fi>", "Perintä",
  "Miksi annoitte tietoni perintätoimistolle ja mitä tietoja sinne on tarkalleen lähetetty? Haluan nähdä ne.\nKalle Nurmi")

E("fi", "", False, "question: does school get copies of photos, no request",
  "Elisa Hämäläinen <elisa.hamalainen@example.fi>", "Saako koulu kuvat?",
  "Hei, saako koulu käyttöönsä lasten yksilökuvat vai vain ryhmäkuvan? Mietin, voiko kouluun pyytää jotain muutoksia. Ei muuta tällä kertaa.\nElisa")

E("fi", "", False, "near-miss: poista varaus",
  "Jani Seppälä <jani.seppala@example.fi>", "poista varaus",
  "Poistakaa mun varaus 19.12. klo 12 passikuviin, kävin jo toisaalla. Jani Seppälä")

E("fi", "", True, "Slotti booking confirmation, machine mail without headers",
  "Slotti ajanvaraus <noreply@example.test>", "Varausvahvistus: Passikuva 19.12. klo 12.00",
  "Varauksesi on vahvistettu.\n\nPalvelu: Passikuva\nAika: 19.12.2026 klo 12.00\nPaikka: Zoomi Kuvakaupat, Vaasa\n\nPeruuta varaus viimeistään 24 h ennen linkistä.")

E("fi", "complaint", False, "complaint filed because answer to access was incomplete",
  "Veli-Matti Koski <veli-matti.koski@example.fi>", "Puutteellinen vastaus",
  "Sain vastauksenne tarkastuspyyntööni, mutta siitä puuttuivat tiedot vastaanottajista ja säilytysajoista. Olen tämän vuoksi tehnyt asiasta valituksen tietosuojavaltuutetulle.\n\nVeli-Matti Koski")

E("fi", "erasure", False, "mother asks deletion of 15-year-old daughter's photos",
  "Marika Leppänen <marika.leppanen@example.fi>", "Tyttären kuvat",
  "Hei, tyttäreni Emma (15 v) ei halua, että hänen yläkoulun luokkakuviaan säilytetään teillä. Hän pyysi minua kirjoittamaan. Poistakaa hänen kuvansa ja tietonsa.\nMarika Leppänen")

# ---------------- Swedish (9) ----------------
E("sv", "access", False, "formal Swedish citing artikel 15",
  "Cecilia Wallin <cecilia.wallin@example.se>", "Begäran om tillgång enligt artikel 15 GDPR",
  "Hej,\n\njag begär härmed tillgång till mina personuppgifter enligt artikel 15 i dataskyddsförordningen. Jag vill få en kopia av uppgifterna samt information om ändamål, mottagare, lagringstid och varifrån uppgifterna har hämtats.\n\nMed vänlig hälsning\nCecilia Wallin\nUmeå")

E("sv", "access", False, "short what do you have",
  "Ronny Enlund <ronny.enlund@example.fi>", "",
  "Vad har ni för uppgifter om mig? Ronny Enlund, Vörå")

E("sv", "erasure", False, "ta bort mig helt, with reason",
  "Siv Holmqvist <siv.holmqvist@example.fi>", "Ta bort mig",
  "Hej, jag vill att ni tar bort mig helt ur ert kundregister, alla uppgifter. Jag har flyttat till Åland och kommer inte att beställa mera.\nSiv")

E("sv", "marketing_opt_out", False, "avanmälan of newsletter",
  "Patrik Sjöblom <patrik.sjoblom@example.fi>", "Avanmälan",
  "Jag vill avanmäla mig från ert nyhetsbrev. Kontot får finnas kvar.\nPatrik Sjöblom")

E("sv", "objection", False, "objects to customer satisfaction calls based on legit interest",
  "Maria Hellsten <maria.hellsten@example.fi>", "Kundundersökningar",
  "Hej,\n\nni har ringt mig tre gånger om kundnöjdhetsenkäter efter fotograferingen. Jag motsätter mig att mitt telefonnummer används för sådant. Använd det bara om det gäller min beställning.\n\nMaria Hellsten")

E("sv", "portability", False, "portability only",
  "Johannes Byskata <johannes.byskata@example.fi>", "Dataportabilitet",
  "Hej, jag vill utnyttja min rätt till dataportabilitet och få de uppgifter jag lämnat till er (kontaktuppgifter och beställningar) i ett maskinläsbart format, t.ex. CSV eller JSON.\nJohannes")

E("sv", "", False, "question about cookies on web shop",
  "Elin Sandström <elin.sandstrom@example.fi>", "Kakor",
  "Hej, vilka kakor använder er webbutik och kan man stänga av analyskakorna själv i webbläsaren? Tack på förhand.\nElin")

E("sv", "", False, "invoice paid confirmation, thanks",
  "Torbjörn Ek <torbjorn.ek@example.fi>", "SV: Påminnelse om faktura 2026-2102",
  "Hej, fakturan är betald i dag, ber om ursäkt för förseningen.\nTorbjörn Ek\n\n> Påminnelse: faktura 2026-2102 förföll 15.11.")

E("sv", "access+complaint", False, "reminder of access + conditional complaint threat",
  "Ann-Sofi Lindén <ann-sofi.linden@example.fi>", "Påminnelse om registerutdrag",
  "Hej,\n\njag begärde ett registerutdrag den 20 oktober och har fortfarande inte fått något. Om jag inte får svar inom en vecka kommer jag att kontakta Dataombudsmannen.\n\nAnn-Sofi Lindén")

# ---------------- English (9) ----------------
E("en", "access", False, "DSAR sent via a privacy service template",
  "Julia Novak via PrivacyHelper <julia.novak@example.com>", "Data Subject Access Request - Julia Novak",
  "To whom it may concern,\n\nThis request is sent on behalf of Julia Novak using the PrivacyHelper service. Under Article 15 GDPR, Ms Novak requests access to all personal data you process about her, together with the information listed in Article 15(1)(a)-(h) and 15(2). Please send your answer directly to julia.novak@example.com within one month.\n\nIdentifiers: julia.novak@example.com, +358 40 000 4411\n\nPrivacyHelper")

E("en", "access", False, "husband asks on behalf of wife",
  "George Evans <george.evans@example.com>", "My wife's data",
  "Hi, my wife Maria Evans asked me to ask what personal data you keep about her from the family photo session and the passport photos last year. She's cc'd and agrees. Can you send it to her directly?\nGeorge")

E("en", "marketing_opt_out", False, "remove me alone",
  "Ian Walsh <ian.walsh@example.com>", "Re: Black Friday deals at Zoomi",
  "remove me\n\n> Black Friday: -40 % on all photo books!\n> Unsubscribe | Privacy notice")

E("en", "restriction", False, "don't delete, need for legal claim",
  "Natalie Cross <natalie.cross@example.com>", "Please keep my photos but don't use them",
  "Hello,\n\nI understand your retention period for my portrait session files is about to end. Please do not delete them yet - I need them for an insurance claim. But please don't use them for anything else in the meantime.\n\nNatalie Cross")

E("en", "rectification", False, "wrong email address",
  "Paul Jennings <paul.jennings@example.com>", "Wrong email on file",
  "Hi, your system has my email as paul.jenings@example.com (one n). Please update it to this address. Thanks, Paul Jennings")

E("en", "", False, "near-miss: delete duplicate photos from order, GDPR not meant",
  "Anna Schmidt <anna.schmidt@example.com>", "Duplicate photos",
  "Hi, my order 51240 has the same photo uploaded three times. Please delete the two extra copies before printing so I'm not charged for them. Thank you!\nAnna")

E("en", "", True, "payment receipt from payment provider, machine",
  "Verifone Receipts <receipts@example.com>", "Your payment receipt",
  "Payment successful\n\nMerchant: Zoomi Kuvakaupat Oy\nAmount: EUR 29.90\nCard: **** **** **** 4242\nDate: 2026-11-28\n\nThis is an automatically generated message.")

E("en", "complaint", False, "has complained to Finnish ombudsman about photo shared with wrong person",
  "Rebecca Stone <rebecca.stone@example.com>", "Complaint lodged",
  "For your information, I have lodged a complaint with the Office of the Data Protection Ombudsman about your company sending my passport photo and details to another customer by email.\n\nRebecca Stone")

E("en", "objection+erasure", False, "objects to keeping his staff photo and wants deletion",
  "Liam Foster <liam.foster@example.com>", "Staff photo",
  "Hi, you took staff photos at my workplace. I object to you keeping and processing my photo any longer, since I never wanted it taken. Please delete my photo and name from your records.\nLiam Foster")
