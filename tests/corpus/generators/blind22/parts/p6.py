from parts.common import E

E("en", "access", False, "formal SAR listing Art 15 elements",
  "Olivia Bennett <olivia.bennett@example.com>", "Subject Access Request",
  """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide:

- confirmation of whether you process my personal data;
- a copy of that data, including any photographs of me;
- the purposes of processing, the recipients (by name), the retention period, the source of the data;
- whether any automated decision-making takes place.

I understand I have the right to complain to a supervisory authority. Please reply electronically.

Yours faithfully,
Olivia Bennett
Flat 2, 14 Example Road, London""")

E("en", "", True, "newsletter in English from Zoomi",
  "Zoomi Photo Shop <newsletter@example.fi>", "Christmas photo gifts – 25% off",
  """Hi!

Create calendars, mugs and cards from your own photos – now 25% off with code XMAS26.
Order by 14 Dec for delivery before Christmas.

https://kauppa.example.fi/en/xmas

—
You are receiving this because you subscribed to the Zoomi newsletter. Unsubscribe: https://kauppa.example.fi/u/a0b1""",
  hdrs={"List-Unsubscribe": "<https://kauppa.example.fi/u/a0b1>", "Precedence": "bulk"})

E("en", "complaint", False, "filed complaint with DPA, informs Zoomi",
  "Mark Jensen <mark.jensen@example.com>", "Complaint filed with the Data Protection Ombudsman",
  """For your information: I have today filed a complaint with the Office of the Data Protection Ombudsman regarding your continued use of my daughter's photo on your website after I withdrew consent in August. Case reference to follow.

Mark Jensen""")

E("en", "erasure", False, "international student, long story, delete passport photo data",
  "Wei Zhang <wei.zhang@example.com>", "Passport photo data",
  """Hello,

I am an exchange student at the University of Vaasa and I had my residence permit photos taken at your shop in September. Everything went well and the permit has now been granted, thank you. I am leaving Finland in December and I do not want my photo and personal details to remain in your systems after that. Could you please delete my photos and my customer information? I understand the police has their own copy, that's fine.

Best regards,
Wei Zhang""")

E("en", "marketing_opt_out", False, "SMS STOP English",
  "+44 7700 900123 <sms.447700900123@example.com>", "Re: Zoomi: Book your family shoot -20%",
  """STOP""")

E("en", "", False, "cancel appointment near-miss",
  "Emily Roberts <emily.roberts@example.com>", "Cancel my booking",
  """Hi, I need to cancel my booking for Thursday 3pm (graduation portrait, Emily Roberts). Sorry for the short notice!
Emily""")

E("en", "rectification", False, "moved, update address",
  "George Hill <george.hill@example.com>", "Address change",
  """Hi, I've moved. New address: Kauppapuistikko 12 B 7, 65100 Vaasa. Please update my details so the school photo envelopes and invoices come to the right place.
George""")

E("en", "access+erasure+complaint", False, "angry: breach of GDPR, copy then delete",
  "Ryan Cooper <ryan.cooper@example.com>", "GDPR breach",
  """You keep sending me texts although I never gave you my number. This is a GDPR violation. Send me a copy of everything you hold about me, tell me where you got my number, and then delete all of it.

Ryan Cooper""")

E("en", "objection", False, "stop using my data for analytics/profiling",
  "Isabel Ruiz <isabel.ruiz@example.com>", "Profiling",
  """Hello,

I noticed your web shop recommends products based on my earlier orders and browsing. I object to you profiling me this way and to my data being used for analytics. Please stop.

Isabel Ruiz""")

E("en", "", True, "bounce English",
  "Mail Delivery Subsystem <mailer-daemon@mail.example.com>", "Undeliverable: Your school photos are ready to order",
  """Delivery has failed to these recipients or groups:

sam.w@example.com
The email address you entered couldn't be found.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 User unknown'

Original message headers:
From: Zoomi Kuvakaupat <noreply@example.fi>
Subject: Your school photos are ready to order""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("en", "erasure", False, "guardian wants child's photo removed from website, consent withdrawn",
  "Sarah Collins <sarah.collins@example.com>", "Please remove my daughter's picture",
  """Hi,

We agreed last year that a photo of our daughter Maya could be used on your website. We have changed our minds and withdraw that consent. Please remove the photo from the site.

Thank you,
Sarah Collins""")

E("en", "", False, "client org employee asks for high-res files",
  "Ben Taylor, Vaasa Harbour Ltd <ben.taylor@example.com>", "Staff photos – high res",
  """Hi team,

Thanks for the staff photos last week. Could you send the high-resolution versions for our annual report (CMYK if possible)? The web versions look great.

Ben Taylor
Communications Manager""")

E("en", "portability", False, "want data in JSON to move to another service, casual",
  "Lucas Silva <lucas.silva@example.com>", "data export",
  """hey, can I get an export of my account data (orders + uploaded pics) as json or csv? moving to another photo service and want to take everything with me. thx""")

E("en", "restriction", False, "contest accuracy, restrict meanwhile",
  "Amelia Wright <amelia.wright@example.com>", "Incorrect data – please restrict processing",
  """Hello,

Your records say I ordered a canvas in March and failed to pay. I did not place that order. I contest the accuracy of this data and ask you to restrict processing of it (no reminders, no debt collection) while you look into it.

Amelia Wright""")

E("en", "access", False, "employee of client organisation asks what Zoomi holds after staff shoot",
  "Kevin Douglas <kevin.douglas@example.com>", "Data from our staff photoshoot",
  """Hi,

You photographed staff at my employer (Botnia Logistics) in October. Could you tell me what information you hold about me from that – just the photo, or also name, title, email? And how long you keep it?

Kevin Douglas""")

E("en", "", False, "wrong amount on invoice, billing dispute",
  "Grace Evans <grace.evans@example.com>", "Invoice amount wrong",
  """Hi, invoice 2026-10501 says 120 € but the package was 95 € according to your price list. Could you check and send a corrected invoice?
Thanks, Grace""")

E("en", "marketing_opt_out+objection", False, "no marketing + object to legitimate interest processing for analytics",
  "Peter Novak <peter.novak@example.com>", "Opt-out and objection",
  """Hi,

Please opt me out of all marketing (email, SMS, post). In addition, I object to the processing of my personal data for analytics based on your legitimate interests.

Peter Novak""")

E("en", "", True, "Slotti cancellation notice",
  "Slotti <noreply@slotti.example.com>", "Booking cancelled: Passport photo",
  """Hi Anna,

your booking has been cancelled.

Service: Passport photo
Time: Mon 16.11.2026 10:40
Location: Zoomi Kuvakaupat, Vaasa centre

Book a new time: https://slotti.example.com/b/zoomi
This is an automated message.""")

E("en", "erasure+restriction", False, "delete everything except what is needed for open dispute; keep invoice for dispute",
  "Joanna Kowalska <joanna.kowalska@example.com>", "Deletion request with one exception",
  """Dear Zoomi,

Please delete all personal data you hold about me – account, photos, marketing data. The only exception: the records of order 89011, which I am disputing with you. Do not delete those until the dispute is over, but don't use them for anything else either.

Joanna Kowalska""")

E("en", "", False, "passport photo code doesn't work",
  "Michael Brown <michael.brown@example.com>", "Photo code not working",
  """Hi, the police online service says my passport photo code is invalid. Code 7HQ2-98LM, taken yesterday at your Vaasa shop. Can you check it was uploaded?
Michael""")

E("en", "complaint+erasure", False, "reminder of erasure + will report to ICO/DPA",
  "Helen Ward <helen.ward@example.com>", "Second request – erase my data",
  """This is my second request. On 10 September I asked you to erase my personal data. You have neither confirmed nor refused. If I don't hear from you within 7 days I will report this to the Finnish Data Protection Ombudsman. Erase my data.

Helen Ward""")

E("en", "", True, "one-time code English",
  "Zoomi Web Shop <no-reply@example.fi>", "Your verification code",
  """Your Zoomi verification code is 774 205. It expires in 10 minutes.
If you didn't request this, you can ignore this email.""")

E("en", "rectification+access", False, "wrong date of birth in record and what else",
  "Noah Fischer <noah.fischer@example.com>", "Wrong date of birth",
  """Hi, my account shows my date of birth as 04/07/1990 but it's 07/04/1990 (7 April). Please fix it. Also, could you send me what other personal data is stored on my account so I can check it?
Noah""")

E("en", "portability+erasure", False, "export then delete",
  "Ella Harris <ella.harris@example.com>", "Export then close account",
  """Hello,

Before I close my account, please send me all my uploaded photos and order data in a machine-readable format so I can import them elsewhere. Once I've confirmed receipt, please delete my account and data.

Many thanks,
Ella Harris""")

E("en", "", False, "asks nothing: reply 'thanks, received'",
  "Oliver King <oliver.king@example.com>", "Re: Your data access request",
  """Thanks, received the file. All looks in order.
Oliver

On 20 Nov 2026, tietosuoja@example.fi wrote:
> Dear Oliver, please find attached a copy of your personal data ...""")

E("en", "objection", False, "don't use my photo in your marketing (no removal asked)",
  "Mia Johnson <mia.johnson@example.com>", "Use of my portrait",
  """Hi,

I had a portrait session with you in May. Your photographer asked if she could use one of the pictures on social media and I said maybe. To be clear: I don't want my photo used in any of your marketing. You may of course keep it for my orders.

Mia""")

E("en", "", True, "survey in English",
  "Zoomi Kuvakaupat <feedback@example.fi>", "How did we do?",
  """Thanks for visiting Zoomi! Tell us about your experience in a 2-minute survey and enter a draw for a €100 gift card:
https://survey.example.com/z/44101

This mailbox is not monitored.""")

E("en", "access", False, "non-native English, where got my address, typo acess",
  "Andrei Popescu <andrei.popescu@example.com>", "acess to my data",
  """Hello, I received letter from you to my home adress but I never was your customer. From where you have my adress and what other personal date you have about me? Please answer.
Andrei""")

E("en", "marketing_opt_out", False, "no more offers, polite elderly",
  "Margaret Ellis <margaret.ellis@example.com>", "Offers",
  """Dear Sir or Madam,

I would be grateful if you would stop sending me offers by email. I am 81 and I have all the photographs I need.

Yours sincerely,
Margaret Ellis""")

E("en", "", False, "foreign DPA guidance link forwarded by colleague; asks nothing",
  "Sam Lee <sam.lee@example.com>", "FYI: ICO guidance on subject access",
  """Hi,

As discussed at the meeting, here is the ICO guidance page on subject access requests for reference when you update your procedures: it explains that a request can be made verbally or in writing and must be answered within one month. No action needed from me.

Sam Lee
Consultant""")
