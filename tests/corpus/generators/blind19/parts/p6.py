from parts.common import E

E("en", "access", False, "templated-looking but personal DSAR from a UK resident",
  "Charlotte Evans <charlotte.evans@example.com>", "Subject Access Request",
  """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide:

- a copy of all personal data you hold about me, including photographs;
- the purposes of processing and the legal basis;
- the recipients to whom my data has been disclosed, by name;
- the retention period;
- the source of the data, if not collected from me.

I visited your studio in Vaasa in June 2025 for a family portrait. My booking was under this email address.

I look forward to your response within one month.

Yours faithfully,
Charlotte Evans""")

E("en", "", False, "asks about digital file resolution, product question",
  "Mateo Fernández <mateo.fernandez@example.com>", "digital files size?",
  """Hey, what resolution are the digital files in the 'Digital Plus' package? I want to print a large canvas of my son's photo elsewhere. Is that allowed?

Mateo""")

E("en", "erasure", False, "remove daughter's photo from website gallery; never agreed",
  "Emily Carter <emily.carter@example.com>", "Please take down my daughter's photo",
  """Hello,

A friend sent me a link to your website's "Kindergarten photos" sample gallery and my daughter Ava is the third photo. I never agreed to this. Please take it down today and delete it from wherever else you've put it.

Emily Carter
+358 40 123 4567""")

E("en", "objection", False, "CCPA-style opt-out of sale by American customer",
  "Kevin Brooks <kevin.brooks@example.com>", "Do Not Sell My Personal Information",
  """Hi,

I bought a print from your online store while visiting family in Finland. I'd like to opt out of the sale or sharing of my personal information with third parties.

Thanks,
Kevin Brooks
Portland, OR""")

E("en", "erasure+objection", False, "delete and cease any further processing",
  "Natalia Petrova <natalia.petrova@example.com>", "Erasure request",
  """Dear Zoomi Kuvakaupat,

Pursuant to Article 17 GDPR, please erase all personal data concerning me without undue delay. Please also cease any further processing of my data with immediate effect and confirm in writing once done.

Natalia Petrova""")

E("en", "", True, "double opt-in confirmation for newsletter signup",
  "Zoomi Kuvakaupat <uutiset@example.fi>", "Please confirm your subscription",
  """Hi!

Thanks for signing up for the Zoomi newsletter. Please confirm your email address by clicking the link below:

https://kauppa.example.fi/confirm?t=8f2a91

If you didn't sign up, just ignore this email and you won't be subscribed.""")

E("en", "marketing_opt_out", False, "take me off your list, polite",
  "Laura Bennett <laura.bennett@example.com>", "mailing list",
  """Hi, could you take me off your mailing list please? Getting 3 emails a week is a bit much. Thanks! Laura""")

E("en", "complaint", False, "says you are in breach of GDPR for CC'ing all parents in one email",
  "Richard Hughes <richard.hughes@example.com>", "All parents' emails visible",
  """Hello,

Your email about the photo day reschedule was sent to all parents of class 4A with every address visible in the To field. That's over 20 private email addresses exposed to each other. This is a GDPR violation, plain and simple. I expect you to review how you send these messages.

Richard Hughes""")

E("en", "access", False, "casual: what do you know about me",
  "Jake Turner <jake.turner@example.com>", "quick question",
  """hey what info do you guys actually have stored about me? just curious after getting a bday discount email lol""")

E("en", "rectification", False, "moved, update address",
  "Aisha Rahman <aisha.rahman@example.com>", "Address change",
  """Hello,

I've moved to Vaskiluoto. New address: Niemeläntie 5 B 9, 65170 Vaasa. Please update my customer details so the next invoice reaches me.

Aisha Rahman""")

E("en", "", False, "question about rights in general from student, no request",
  "Noah Williams <noah.williams@example.com>", "GDPR and school photos – research question",
  """Hi,

I'm a law student writing a seminar paper on how photo companies handle the right to erasure for school photos. Could you tell me in general terms how you handle such requests and how long you keep unpurchased photos? I'm not asking about my own data.

Thank you,
Noah Williams
University of Vaasa""")

E("en", "portability+erasure", False, "wants export then account closure",
  "Sophie Martin <sophie.martin@example.com>", "Export and close account",
  """Hello,

Before I close my account, I'd like to download everything: my uploaded photos, photo book projects and account data in a machine-readable format I can import elsewhere. After that, please delete the account and my data.

Thanks,
Sophie""")

E("en", "restriction", False, "contest accuracy: says debt isn't hers, restrict until verified",
  "Olivia Scott <olivia.scott@example.com>", "Debt collection letter – not my debt",
  """Hello,

I received a debt collection letter from OK-perintä about an order I did not make. The name matches mine but the address is my old flat which I left in 2023. I dispute that this data relates to me. Please restrict processing of my data and stop the collection until you've verified who actually placed the order.

Olivia Scott""")

E("en", "", True, "payment provider notification about settlement",
  "Verifone Reports <reports@verifone.example.com>", "Daily settlement report 06.12.2026",
  """Merchant: ZOOMI KUVAKAUPAT OY
Merchant ID: 800123456
Settlement date: 06.12.2026

Transactions: 38
Gross: 1,942.70 EUR
Fees: 23.31 EUR
Net: 1,919.39 EUR

This is an automated message. Log in to the merchant portal for details.""")

E("en", "marketing_opt_out+access", False, "stop marketing and where did you get my data",
  "George Adams <george.adams@example.com>", "Spam from you",
  """I keep getting your promotional emails. Stop sending them. And tell me where you got my address, because I've never bought anything from you.

G. Adams""")

E("en", "complaint+erasure", False, "conditional complaint if photo not removed from brochure pdf online",
  "Isabella Rossi <isabella.rossi@example.com>", "My photo in your online brochure",
  """Hi,

My portrait appears in the PDF brochure on your website ("Graduation photos 2026"). I withdrew my consent by phone in October and was promised it would be removed, but the PDF is still online. Please remove it. If it is not taken down within a week I will file a complaint with the Data Protection Ombudsman.

Isabella Rossi""")

E("en", "", False, "complaint about quality (not GDPR)",
  "William Clark <william.clark@example.com>", "Complaint about my passport photos",
  """Hi,

The passport photos I got from you were rejected by the embassy because the background was too dark. I had to pay for new ones elsewhere. I'd like a refund of the 20 euros, please.

William Clark""")

E("en", "objection", False, "does not want employer-commissioned staff photo used in Zoomi's own portfolio",
  "Mia Robinson <mia.robinson@example.com>", "Use of my staff portrait",
  """Hello,

I noticed you use my staff portrait (taken for my employer last spring) as an example in your online portfolio. My employer can use it, that's fine. But I don't want you using it to advertise your business any more – please stop using it for that.

Mia Robinson""")

E("en", "access", False, "reply within open access request: answers ID question with order number",
  "Charlotte Evans <charlotte.evans@example.com>", "Re: Your subject access request",
  """Hi,

Thanks for getting back to me. The order number from June 2025 is 49821 and the booking was for 14 June at 10:00. Hope that's enough to identify me.

Charlotte

On 2 Dec 2026, at 11:03, Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi> wrote:
> To confirm your identity, could you please give us your order number or the date of your visit?""")

E("en", "erasure", False, "forget me, one line",
  "Ryan Mitchell <ryan.mitchell@example.com>", "Forget me",
  """Right to be forgotten please. Wipe everything you have on me. - Ryan Mitchell""")

E("en", "", False, "asks to cancel order (near-miss cancel)",
  "Chloe Walker <chloe.walker@example.com>", "Cancel my order please",
  """Hi, I'd like to cancel order 61588, I ordered the wrong size by mistake. If it's already printed never mind.

Chloe""")

E("en", "portability", False, "wants Slotti booking history and account data in CSV for own records",
  "Ethan Hall <ethan.hall@example.com>", "data export please",
  """Hello, data export please. I'd like all the data I've given you (account, bookings, orders, the photos I uploaded) as CSV/JSON so I can move it to another provider. Cheers, Ethan""")

E("en", "rectification", False, "child's name wrong on kindergarten order, from father",
  "Samuel Young <samuel.young@example.com>", "Wrong name for my son",
  """Hello,

My son's name is recorded as "Jon Young" on the kindergarten photo order. It should be "Jonah Young". Please fix it in your records.

Best regards,
Samuel Young""")

E("en", "", True, "DMARC aggregate report to shared inbox",
  "noreply-dmarc-support@example.com", "Report domain: example.fi Submitter: example.com Report-ID: 1733443200",
  """This is an aggregate report from example.com.

Report Domain: example.fi
Submitter: example.com
Report-ID: 1733443200
Date range: 2026-12-05 00:00:00 to 2026-12-05 23:59:59 UTC

See the attached XML file for details.""")

E("en", "objection+marketing_opt_out", False, "no marketing and object to profiling for recommendations",
  "Amelia King <amelia.king@example.com>", "Opt out",
  """Hi,

Please opt me out of all marketing (email and SMS). I also object to you profiling me based on my purchases for "recommended for you" suggestions and personalised offers in the shop.

Amelia""")

E("en", "complaint", False, "has lodged complaint with DPA, controller copied",
  "Daniel Foster <daniel.foster@example.com>", "FW: Complaint to the Data Protection Ombudsman",
  """For your information – below is the complaint I have submitted today.

Daniel Foster

---------- Forwarded message ---------
To: Office of the Data Protection Ombudsman <registry@ombudsman.example.fi>
Subject: Complaint against Zoomi Kuvakaupat Oy

I submitted a request on 3 September 2026 to Zoomi Kuvakaupat Oy asking what personal data they hold about my children. More than three months later I have received nothing except an automatic acknowledgement. I ask the Ombudsman to investigate and order the company to comply.

Daniel Foster""")

E("en", "erasure", False, "divorced customer asks her wedding photos removed from the public sample gallery",
  "Zoe Harris <zoe.harris@example.com>", "Wedding photos on your site",
  """Hello,

You used photos from my 2022 wedding in the sample gallery on your website. I've since divorced and it's quite upsetting to see them there. Please remove all the photos of me from the site.

Thanks for understanding,
Zoe Harris""")

E("en", "", False, "business partner asks about DPA terms for staff photo contract, B2B",
  "Procurement - Botnia Tech <procurement@botniatech.example.com>", "Data processing terms for staff photography 2027",
  """Hello,

As part of renewing our staff photography agreement for 2027, our legal team needs your standard data processing terms and a list of your sub-processors. Could you send these by the end of the month?

Best regards,
Procurement Team
Botnia Tech Oy""")

E("en", "access+restriction", False, "asks copy of data and not to share with debt collector meanwhile",
  "Lucas Wright <lucas.wright@example.com>", "Overdue reminder - need info first",
  """Hi,

I got an overdue reminder for an invoice I don't recognise. Before anything else, send me a copy of what data you have on me and the orders linked to my name. Until I've seen it, please don't hand my details over to any collection agency.

Lucas Wright""")

E("en", "", False, "thank you after erasure confirmation, asks nothing",
  "Ryan Mitchell <ryan.mitchell@example.com>", "Re: Your erasure request",
  """Got it, thanks. Appreciate the quick turnaround.

Ryan

> Dear Ryan, we have erased your personal data. Invoice records will be kept until 31.12.2032 as required by the Accounting Act.""")
