from parts.common import E

E("fi", "marketing_opt_out", False, "'en halua' short, lowercase",
  "marko.s <marko.suominen@example.fi>", "Re: Uutta: valokuvataulut",
  """en halua näitä""")

E("fi", "erasure", False, "deceased mother's account, delete",
  "Outi Heinonen <outi.heinonen@example.fi>", "Äidin tili",
  """Äitini Aili Heinonen kuoli elokuussa. Hänellä oli teidän verkkokaupassa tili. Poistakaa se ja hänen tiedot. Olen kuolinpesän osakas.

Outi Heinonen
040 555 1212""")

E("fi", "", True, "bounce from full mailbox, English server text, Finnish recipient",
  "Mail Delivery Subsystem <mailer-daemon@example.fi>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.example.fi.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<p.virtanen@example.fi>: host mx.example.fi said: 552 5.2.2 Mailbox full

Subject: Vastaus: tietojen tarkastuspyyntö""")

E("fi", "objection+marketing_opt_out", False, "no profiling for ads, no mails",
  "Kimmo Lehtinen <kimmo.lehtinen@example.fi>", "profilointi",
  """En halua että mun ostohistoriaa käytetään mihinkään kohdentamiseen, vastustan sitä. Ja uutiskirjeet pois.""")

E("fi", "", False, "one-word 'selvä' reply",
  "Anu Kivelä <anu.kivela@example.fi>", "Re: Pyyntönne henkilöllisyyden varmistamisesta",
  """selvä""")

E("fi", "access", False, "reply inside open access request, which ID check needed",
  "Markku Tuominen <markku.tuominen@example.fi>", "Re: Pyyntönne henkilöllisyyden varmistamisesta",
  """Riittääkö jos tulen myymälään näyttämään ajokortin vai pitääkö lähettää jotain?

Markku""")

E("fi", "rectification", False, "name spelled wrong on school photo packet",
  "Päivi Honkanen <paivi.honkanen@example.fi>", "nimi väärin",
  """Poikani nimi on kirjoitettu teidän järjestelmään väärin: Eelis eikä Elias. Korjatkaa ennen kevään kuvausta.""")

E("fi", "", True, "Slotti cancellation notice",
  "Slotti <no-reply@example.com>", "Varaus peruttu",
  """Varaus 8812 (Passikuva, to 12.11.2026 klo 10:20) on peruttu asiakkaan pyynnöstä.""")

E("fi", "complaint", False, "one-liner: breaking GDPR",
  "Harri Pulkkinen <harri.pulkkinen@example.fi>", "GDPR",
  """Te rikotte GDPR:ää lähettämällä mainoksia ilman lupaa, ilmoitan tästä tietosuojavaltuutetulle.""")

E("fi", "marketing_opt_out", False, "smiley + stop",
  "Laura <laura.makinen@example.fi>", "Re: Syyskampanja",
  """stop kiitos :)""")

E("fi", "portability", False, "transfer my data directly to another shop",
  "Satu Räsänen <satu.rasanen@example.fi>", "siirto",
  """Voitteko siirtää mun asiakastiedot ja tilaukset suoraan Kuvapiste Oy:lle koneluettavassa muodossa? Vaihdan sinne.""")

E("fi", "", False, "wants extra prints (near-miss)",
  "Raili Anttila <raili.anttila@example.fi>", "kopio kuvasta",
  """Haluaisin kopion lapsenlapsen koulukuvasta isompana, 20x30. Paljonko maksaa?""")

E("fi", "erasure+objection", False, "remove me from club website team photo; stop using",
  "Niko Rantala <niko.rantala@example.fi>", "joukkuekuva",
  """Vaasan Sport juniorien joukkuekuva on teidän sivuilla esimerkkikuvana. Poistakaa se ja lopettakaa sen käyttö. Kukaan ei kysyny lupaa.""")

E("fi", "", True, "newsletter confirmation (double opt-in)",
  "Zoomi Kuvakaupat <uutiskirje@example.fi>", "Vahvista uutiskirjeen tilaus",
  """Vahvista tilauksesi klikkaamalla linkkiä: https://example.fi/vahvista/3kq9

Jos et tilannut uutiskirjettä, älä tee mitään.""")

E("fi", "restriction+complaint", False, "freeze data, complained to DPA",
  "Leif Granqvist <leif.granqvist@example.fi>", "Asia tietosuojavaltuutetulla",
  """Asiani on nyt tietosuojavaltuutetun käsittelyssä. Siihen asti pyydän että tietojani ei käsitellä eikä poisteta.

Leif Granqvist""")

E("fi", "", False, "signature-only body, subject 'Re:' accidental send",
  "Jukka Mustonen <jukka.mustonen@example.fi>", "Re: Tilausvahvistus 55872",
  """--
Jukka Mustonen
Mustosen Kuljetus Ky
040 333 2211""")

E("fi", "marketing_opt_out", False, "subject-only opt-out, body is phone footer",
  "Minna Vainio <minna.vainio@example.fi>", "ei enää uutiskirjeitä",
  """Lähetetty iPadista""")

E("fi", "access", False, "asks to whom data was given",
  "Esa Kauppinen <esa.kauppinen@example.fi>", "kenelle",
  """Kenelle olette luovuttaneet tietojani? Sain perintäkirjeen ja ihmettelen.""")

E("fi", "", True, "out-of-office Finnish, vacation, no auto headers",
  "Ritva Hirvonen <ritva.hirvonen@example.fi>", "Lomalla",
  """Hei, olen lomalla 9.–20.10. Sijaisena toimii Marja Lehto, marja.lehto@example.fi.
Ritva""")

E("fi", "erasure", False, "ex-customer, typos, no ä",
  "Jarkko <jarkko.p@example.fi>", "poistakaa",
  """mun tiedot pois teiltä, en oo ollu asiakas vuosiin. jarkko pelkonen""")

E("sv", "marketing_opt_out", False, "nej tack as one-liner",
  "Bo Lindholm <bo.lindholm@example.fi>", "Sv: Höstens erbjudanden",
  """Nej tack.""")

E("sv", "erasure", False, "short erasure request, Finland-Swede",
  "Gunilla Sandberg <gunilla.sandberg@example.fi>", "radera",
  """Hej, radera mina uppgifter hos er. Tack.
Gunilla""")

E("sv", "", True, "out-of-office in Swedish with auto headers",
  "Mikael Forsman <mikael.forsman@example.fi>", "Autosvar: Era uppgifter",
  """Jag är på semester till och med 30.10 och läser inte e-post. Vid brådskande ärenden ring 050 444 5566.

Mikael Forsman""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "access", False, "vad har ni om mig",
  "Camilla Nyberg <camilla.nyberg@example.fi>", "mina uppgifter",
  """Vilka uppgifter har ni om mig? Skicka en kopia.

/Camilla""")

E("sv", "marketing_opt_out", False, "avregistrera, typo",
  "Henrik Holm <henrik.holm@example.fi>", "Sv: Nyhetsbrev oktober",
  """avregistrera mej tack""")

E("sv", "", False, "tack, thanks only",
  "Barbro Ek <barbro.ek@example.fi>", "Sv: Dina uppgifter har raderats",
  """Tack!""")

E("sv", "objection", False, "objects to son's photo in brochure use",
  "Stefan Åkerlund <stefan.akerlund@example.fi>", "Broschyren",
  """Jag motsätter mig att ni använder bilden på min son i er broschyr. Den togs på dagis, inte för reklam.

Stefan Åkerlund""")

E("sv", "", True, "bounce Swedish server",
  "MAILER-DAEMON <mailer-daemon@example.se>", "Meddelandet kunde inte levereras",
  """Ditt meddelande till karin.berg@example.se kunde inte levereras.

Orsak: Mottagaren finns inte (550 5.1.1)

Ämne: Svar på din begäran""")

E("sv", "rectification", False, "wrong address, short",
  "Lars Wikström <lars.wikstrom@example.fi>", "fel adress",
  """Ni har fel adress på mig. Rätt är Strandgatan 12, 65100 Vasa.""")

E("sv", "portability", False, "want photos and data in a file to move",
  "Emma Granlund <emma.granlund@example.fi>", "flytta mina bilder",
  """Kan ni skicka alla mina uppladdade bilder och kontouppgifter i ett maskinläsbart format så jag kan flytta dem till en annan tjänst?

Emma""")
