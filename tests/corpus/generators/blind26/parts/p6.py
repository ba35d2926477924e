from parts.common import E

E("en", "marketing_opt_out", False, "'STOP' with signature",
  "Paul Adams <paul.adams@example.com>", "Re: Autumn offers",
  """STOP
--
Paul""")

E("en", "", True, "calendar invitation English",
  "Calendar <calendar@example.com>", "Invitation: Staff photo day @ Tue 6 Oct 2026 09:00 - 12:00 (EET)",
  """You have been invited to the following event.

Staff photo day – Wärtsilä office
When: Tue 6 Oct 2026 09:00 – 12:00 (EET)
Where: Meeting room 2

Going? Yes - Maybe - No""")

E("en", "erasure", False, "subject-only erasure, body 'sent from my phone'",
  "Kevin Lee <kevin.lee@example.com>", "Please erase my account and all my data",
  """Sent from my phone""")

E("en", "access", False, "what do you have on me, casual",
  "Mia Turner <mia.turner@example.com>", "question",
  """hey what info do you guys have on me? got an email from you out of nowhere""")

E("en", "", False, "'thanks' only",
  "Robert Clark <robert.clark@example.com>", "Re: Confirmation of erasure",
  """Thanks.""")

E("en", "objection+marketing_opt_out", False, "object to profiling and marketing",
  "Sophie Wright <sophie.wright@example.com>", "profiling",
  """I object to any profiling of my purchases and to direct marketing. Please stop both.""")

E("en", "complaint", False, "already complained to the Finnish DPA",
  "Liam O'Connor <liam.oconnor@example.com>", "FYI",
  """FYI I've lodged a complaint with the Office of the Data Protection Ombudsman about how you handled my request.""")

E("en", "", True, "newsletter English",
  "Zoomi Photo Shops <newsletter@example.fi>", "Zoomi News: passport photo prices from 1 January",
  """ZOOMI NEWS | December 2026

From 1 January 2027 a passport photo package (digital code for the police permit service + 4 prints) costs 22 €. No appointment needed on weekday mornings.

Also new: gift cards in the online shop.

You receive this because you are a registered customer. Manage preferences: https://example.fi/prefs""")

E("en", "rectification+restriction", False, "contest accuracy, restrict meanwhile",
  "Hannah Scott <hannah.scott@example.com>", "incorrect debt",
  """Your records say I have an unpaid invoice, which is wrong – I paid it in August. Correct your records, and restrict use of my data until that's done.

Hannah Scott""")

E("en", "marketing_opt_out", False, "'no thanks' one-liner",
  "Chris Young <chris.young@example.com>", "Re: New: canvas prints",
  """no thanks""")

E("en", "erasure+objection", False, "kid photo on Instagram, remove and don't use",
  "Laura Mitchell <laura.mitchell@example.com>", "my son's photo",
  """You posted my son's kindergarten photo on Instagram. Take it down, and don't use his photos in any of your marketing. I never agreed to that.

Laura Mitchell""")

E("en", "", False, "wrong recipient",
  "Nathan Hughes <nathan.hughes@example.com>", "Re: Your request",
  """Who is this? Never heard of Zoomi.""")

E("en", "access+rectification", False, "check and correct data",
  "Zoe Baker <zoe.baker@example.com>", "my details",
  """Can you tell me what details you have for me? I think the phone number and address are old – new ones: 040 765 1234, Rantakatu 3, Vaasa.""")

E("en", "", True, "monthly DSR report from internal system",
  "Reports <reports@example.fi>", "Monthly report: privacy mailbox, October 2026",
  """Privacy mailbox – October 2026

Messages received: 47
Requests opened: 19
Closed within deadline: 18
Overdue: 1

This report was generated automatically.""")

E("en", "portability", False, "transfer to new provider, short",
  "Ethan Price <ethan.price@example.com>", "move my data",
  """Please send my order history and account info to me in a machine-readable format – I'm moving to another print service.""")

E("en", "marketing_opt_out", False, "emoji + unsubscribe",
  "Ella Ward <ella.ward@example.com>", "Re: Black Friday 📸",
  """unsubscribe 🙄""")

E("en", "restriction", False, "freeze account instead of deleting",
  "Samuel Wood <samuel.wood@example.com>", "don't delete - freeze",
  """Changed my mind about deleting. Just freeze my account so nothing gets used, but keep the photos - I might need them later.""")

E("en", "erasure+complaint", False, "delete or I report to ICO/DPA",
  "Olivia Bennett <olivia.bennett@example.com>", "final warning",
  """Delete my data now. This is my second request. If it's not done I'll report you to the data protection authority.""")

E("en", "", False, "question about photo day (near-miss)",
  "Amy Cooper <amy.cooper@example.com>", "photo day",
  """When is the photo day at the international school? My daughter was sick last time.""")

E("en", "access+portability", False, "copy of data plus portable export",
  "Jack Morris <jack.morris@example.com>", "data request",
  """Hi, I'd like a copy of all my personal data, and the data I provided in a machine-readable format so I can transfer it.

Jack""")

E("en", "marketing_opt_out", False, "subject-only opt-out, signature body",
  "George Bell <george.bell@example.com>", "Stop sending me marketing",
  """George Bell
Sales Manager""")

E("en", "erasure", False, "delete my account one-liner typo",
  "Ruby Cox <ruby.cox@example.com>", "acount",
  """delete my acount pls""")

E("en", "", True, "out-of-office English, no auto headers",
  "Henry Ross <henry.ross@example.com>", "Out of office",
  """I'm currently on annual leave, back on Monday 16 November. For urgent matters contact office@example.com.""")

E("en", "objection", False, "CCPA-style opt-out of sale from American",
  "Tyler Brooks <tyler.brooks@example.com>", "Do not sell my info",
  """Please opt me out of the sale or sharing of my personal information.""")

E("en", "access", False, "recipients question, short",
  "Lucy Gray <lucy.gray@example.com>", "who got my data",
  """Who have you shared my personal data with? I got a letter from a debt collector.""")

E("en", "", False, "'ok' reply",
  "Jacob Hill <jacob.hill@example.com>", "Re: Identity verification",
  """ok will do""")

E("en", "access", False, "reply inside open access request with question",
  "Isla Murray <isla.murray@example.com>", "Re: Identity verification",
  """Sent the scan of my passport yesterday as you asked – did it arrive? Still waiting for my data.""")

E("en", "complaint", False, "says GDPR breach, contacted authority",
  "Ryan Fisher <ryan.fisher@example.com>", "GDPR breach",
  """You emailed my order details to a stranger. That's a GDPR breach and I've reported it to the data protection ombudsman.""")

E("en", "marketing_opt_out", False, "remove me alone",
  "Megan Price <megan.price@example.com>", "Re: Last chance!",
  """remove me""")

E("en", "rectification", False, "wrong email on account",
  "Adam Kelly <adam.kelly@example.com>", "email",
  """Please change my email to adam.kelly@example.test, the old one bounces.""")
