from parts.common import E

E("sv", "marketing_opt_out", False, "one-word 'avregistrera'",
  "Patrik Mattsson <patrik.mattsson@example.fi>", "Sv: Nyhetsbrev november",
  """Avregistrera""")

E("sv", "erasure", False, "remove me, moved to Sweden",
  "Lotta Fagerström <lotta.fagerstrom@example.se>", "ta bort",
  """Hej! Jag har flyttat till Sverige och vill att ni tar bort alla mina uppgifter. Ha det bra!
Lotta""")

E("sv", "", True, "out-of-office sv+fi with auto headers",
  "Kaj Ström <kaj.strom@example.fi>", "Frånvaro / Poissa",
  """Jag är på tjänsteresa 16–18.11. / Olen työmatkalla 16.–18.11.

Kaj Ström""",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

E("sv", "restriction+rectification", False, "fix wrong address and don't use until fixed",
  "Susanne Hellman <susanne.hellman@example.fi>", "fel uppgifter",
  """Ni har min gamla adress och fakturorna går fel. Rätta till Sjögatan 4 A 3, 65200 Vasa, och använd inte de gamla uppgifterna under tiden.""")

E("sv", "", False, "signature only, sent by mistake",
  "Rasmus Nylund <rasmus.nylund@example.fi>", "Sv: Ditt ärende #48377",
  """Med vänliga hälsningar
Rasmus Nylund
Nylunds El Ab""")

E("sv", "objection+marketing_opt_out", False, "no targeted ads, no mails",
  "Helena Kullas <helena.kullas@example.fi>", "profilering",
  """Jag vill inte att ni använder mina köp för riktad reklam och jag motsätter mig all profilering. Inga fler utskick heller.""")

E("sv", "complaint", False, "says will complain to IMY, Swedish resident",
  "Karin Berglund <karin.berglund@example.se>", "klagomål",
  """Ni har fortfarande inte svarat på min begäran från augusti. Jag kommer att klaga hos IMY.""")

E("sv", "access", False, "what data, one line, no capitals",
  "elin <elin.hakans@example.fi>", "uppgifter",
  """vad har ni för uppgifter om mej och varifrån har ni fått dem""")

E("sv", "", True, "Slotti reminder sv",
  "Slotti <no-reply@example.com>", "Påminnelse: din tid i morgon kl 14:00",
  """Påminnelse om din bokning:
Passfoto, fre 20.11.2026 kl 14:00
Zoomi Kuvakaupat, Vasaratie 2 A, Vasa

Avboka: https://example.com/slotti/a/9031""")

E("sv", "marketing_opt_out", False, "'sluta ringa'",
  "Åke Rönn <ake.ronn@example.fi>", "telefonförsäljning",
  """Sluta ringa mig med erbjudanden.""")

E("sv", "erasure+portability", False, "export my photos then delete account",
  "Malin Storbacka <malin.storbacka@example.fi>", "avsluta kontot",
  """Jag vill få ut alla mina bilder och kontouppgifter i en fil som jag kan flytta, sen ska kontot raderas.""")

E("sv", "", False, "passport photo code question (near-miss)",
  "Vivan Holm <vivan.holm@example.fi>", "kod",
  """Fotokoden fungerar inte i polisens tjänst. Kan ni skicka en ny?""")

E("sv", "restriction", False, "keep data, legal claim against school",
  "Mats Eriksson <mats.eriksson@example.fi>", "spara uppgifterna",
  """Radera inte bilderna och uppgifterna från min sons skolfotografering 2025. Jag behöver dem som bevis i ett ärende mot skolan.""")

E("sv", "", True, "newsletter list notice: you were removed",
  "Zoomi Kuvakaupat <nyhetsbrev@example.fi>", "Du har avregistrerats",
  """Du har avregistrerats från Zoomis nyhetsbrev och får inga fler utskick.

Ångrade du dig? Prenumerera igen: https://example.fi/nyhetsbrev""")

E("sv", "", False, "'tack för snabbt svar'",
  "Berit Lindfors <berit.lindfors@example.fi>", "Sv: Dina uppgifter",
  """Tack för snabbt svar!
B.""")

E("en", "marketing_opt_out", False, "SMS-style unsubscribe",
  "Tom Baker <tom.baker@example.com>", "Re: 25% off photo books!",
  """unsubscribe""")

E("en", "erasure", False, "short delete request, exchange student",
  "Chloe Martin <chloe.martin@example.com>", "delete my data",
  """Hi, I was an exchange student in Vaasa and had passport photos taken with you. Please delete my data. Thanks, Chloe""")

E("en", "", True, "bounce English",
  "Mail Delivery System <MAILER-DAEMON@example.com>", "Delivery Status Notification (Failure)",
  """Delivery to the following recipient failed permanently:

     j.smith@example.com

Technical details of permanent failure:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
Subject: Your access request""")

E("en", "access", False, "one-liner access request",
  "Raj Patel <raj.patel@example.com>", "SAR",
  """Please send me a copy of all personal data you hold about me.""")

E("en", "", False, "thumbs up reply",
  "Oliver Grant <oliver.grant@example.com>", "Re: Your data has been deleted",
  """👍""")

E("en", "marketing_opt_out", False, "remove me from mailing list, typo",
  "Sarah Jones <sarah.jones@example.com>", "Re: Christmas cards",
  """pls remove me from your mailng list""")

E("en", "objection", False, "object to photo used on partner website",
  "Daniel Reed <daniel.reed@example.com>", "my photo",
  """I object to you using my staff photo as a sample on your website. It was taken for my employer only.

Daniel Reed""")

E("en", "", True, "out-of-office English with auto headers",
  "Emma Wilson <emma.wilson@example.com>", "Automatic reply: Erasure request",
  """Thank you for your email. I am out of the office until 9 November with limited access to email.

Emma Wilson""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

E("en", "complaint+access", False, "no reply after a month, will report to DPA",
  "Mark Evans <mark.evans@example.com>", "Re: Subject access request",
  """It's been over a month since my subject access request. If I don't hear back by Friday I'll be filing a complaint with the Finnish data protection ombudsman.""")

E("en", "rectification", False, "wrong name on account",
  "Aisha Khan <aisha.khan@example.com>", "name wrong",
  """My name is spelled Aisha, not Ayesha, on my account. Please fix.""")

E("en", "", False, "reprint order (near-miss)",
  "Linda Brown <linda.brown@example.com>", "copies",
  """Can I get two more copies of my passport photos? Same as last time.""")

E("en", "restriction", False, "preservation notice, short",
  "James Carter <james.carter@example.com>", "Do not delete",
  """Please preserve all records about me, including order history and call logs, and do not delete anything. I need them for a dispute with your debt collector.

James Carter""")

E("en", "", True, "helpdesk ticket receipt English",
  "Helpdesk <helpdesk@example.com>", "Request received (ref. ZK-48502)",
  """Your request ZK-48502 "data request" has been logged.
Status: New
Queue: Privacy
Priority: Normal

You can follow the status at https://example.com/helpdesk/ZK-48502""")

E("en", "portability", False, "data in JSON to move",
  "Ben Foster <ben.foster@example.com>", "data portability",
  """Under Article 20 I'd like the data I gave you (account details, uploaded photos, orders) in JSON or CSV so I can move them.""")

E("en", "erasure+marketing_opt_out", False, "stop emailing + delete",
  "Grace Hall <grace.hall@example.com>", "STOP",
  """Stop emailing me and delete my details. Never signed up for this.""")
