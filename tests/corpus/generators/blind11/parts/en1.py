M("en", "erasure", "Dan Whitaker <dan.whitaker@example.com>", "delete",
"""please delete my data. thanks""", "one-liner erasure")

M("en", "access", "Priya Raman <priya.raman@example.com>", "What do you have on me?",
"""Hi,

I moved to Vaasa last year for work and had passport photos taken at your shop. Since then I keep getting emails from you. Out of curiosity, what personal data do you actually hold about me?

Priya""", "informal access")

M("en", "", "Oliver Grant <oliver.grant@example.com>", "Re: Order confirmation #48655",
"""Please cancel this, I ordered the wrong size. I wanted the 20x30 print not 13x18. Can I just re-order?

Oliver

> Thank you for your order #48655
> Print 13x18, 5 pcs""", "order cancel")

M("en", "marketing_opt_out", "Helen Marsh <helen.marsh@example.com>", "unsubcribe",
"""unsubcribe""", "misspelled unsubscribe, one word")

M("en", "", "Noah Fischer <noah.fischer@example.com>", "School photo day - which date?",
"""Hello, my son just started at the international school section of Vaasan lyseo. When is the photo day this spring and do parents need to sign anything beforehand?

Thanks,
Noah Fischer""", "photo day question")

M("en", "access+erasure+complaint", "Marcus Bell <marcus.bell@example.com>", "Formal request and notice",
"""To the Data Protection Officer, Zoomi Kuvakaupat Oy

I am writing regarding my personal data. On 14 October 2026 I emailed your customer service asking for my data to be deleted. I received no response.

I now request:

1. Under Article 15 GDPR, a copy of all personal data you hold about me, the purposes, recipients and retention periods.
2. Under Article 17 GDPR, the erasure of all my personal data once item 1 has been fulfilled, save for anything you are legally obliged to keep, in which case please state the legal basis and the retention end date.

Please note that I have today submitted a complaint to the Office of the Data Protection Ombudsman concerning the failure to respond to my earlier request.

Yours faithfully,
Marcus Bell""", "formal access + erasure + has complained")

M("en", "", "Out of Office <j.harper@example.com>", "Automatic reply: Your staff photos are ready",
"""I am currently out of the office with limited access to email. I will return on 4 January 2027. For urgent HR matters please contact hr@example.com.

Jane Harper""", "OOO with auto headers", auto=True,
hdrs=[("Auto-Submitted","auto-replied"),("X-Auto-Response-Suppress","All")])

M("en", "rectification", "Sophie Laine <sophie.laine@example.com>", "wrong email",
"""Hi, you have my email as sophie.lane@example.com but it's sophie.laine@example.com - could you fix it so I get the order updates? Thanks!""", "email correction")

M("en", "", "Tom Kowalski <tom.kowalski@example.com>", "Invoice",
"""Hello, I was charged twice for the same photo book (invoice 2026-118102). Can you refund one of them?

Tom""", "double charge")

M("en", "erasure", "Rachel Stone <rachel.stone@example.com>", "my daughter's photos",
"""Hi there,

My daughter Lily (Year 2, Vaasa international class) had her photo taken in September. We've bought what we wanted. I'd like all her photos and details removed from your system now. We're moving back to the UK in January and I don't want her data sitting with a company we won't be using again.

Best,
Rachel Stone""", "guardian erasure")

M("en", "", "Customer <noreply@example.fi>", "New order #48931 received",
"""New order received

Order: 48931
Customer: James O'Neill
Items: Passport photo digital + 4 prints
Total: 18.00 EUR

This is an automated message.""", "shop notification, no auto headers", auto=True)

M("en", "objection", "Elena Petrova <elena.petrova@example.com>", "Staff photo on your site",
"""Hello,

My portrait from our company's staff photo session is being used on your website as a sample image. I did not agree to that. I object to you using my picture for your own promotion.

Elena Petrova""", "objection to staff photo use")

M("en", "", "Aisha Khan <aisha.khan@example.com>", "question about GDPR",
"""Hi, I'm writing my master's thesis on how small Finnish companies handle GDPR requests. Would someone from your company be willing to do a short interview? No personal data requests, just research.

Aisha Khan
University of Vaasa""", "research interview request")

M("en", "marketing_opt_out", "Greg <greg.holt@example.com>", "Re: Christmas photo gifts -20%",
"""take me off your list pls

Sent from my iPhone

> Christmas photo gifts now -20%!
> Don't want these emails? Unsubscribe here.""", "take me off list, newsletter reply")

M("en", "portability", "Jan de Vries <jan.devries@example.com>", "Export of my uploads",
"""Hi,

I've used your online photo book service for a few years and uploaded lots of pictures. Is there a way to get everything I uploaded plus my order history in a machine-readable format so I can move to another service? I'd like to exercise my right to data portability.

Thanks,
Jan""", "portability")

M("en", "", "Mail Delivery Subsystem <mailer-daemon@example.com>", "Delivery Status Notification (Failure)",
"""Delivery to the following recipient failed permanently:

     kevin.brooks@example.test

Technical details of permanent failure:
The recipient's mailbox is full and can't accept messages now.

----- Original message -----
Subject: Your school photos are ready to order
Unsubscribe | Privacy policy""", "bounce, no auto headers", auto=True)

M("en", "access", "Mei Lin <mei.lin@example.com>", "Re: We have received your request",
"""Hi, as requested, my order number is 46992 and the phone I used for booking is +358 40 765 1234. Looking forward to the copy of my data.

Mei

> Thank you for your request for access to your personal data. To make sure we
> send your data to the right person, please tell us your order number.""", "reply to ack with ID info")

M("en", "restriction", "Chris Walden <chris.walden@example.com>", "Don't delete - but don't use",
"""Hello,

I understand you are going to delete old school photos at the end of the year. Please don't delete my son's photos yet: I need them for an ongoing custody case. But please also don't use them for anything else in the meantime. Just keep them until I tell you the case is over.

Chris Walden""", "restriction for legal claim")

M("en", "", "Jenny Moore <jenny.moore@example.com>", "Rude staff",
"""I had a really bad experience at your shop on Saturday. The photographer was impatient with my toddler and the whole thing took 40 minutes. Not impressed. The photo is fine though.

Jenny""", "service complaint")

M("en", "complaint", "Kevin O'Brien <kevin.obrien@example.com>", "GDPR breach",
"""Your order confirmation email showed another customer's name and home address. That's a GDPR violation. I'm reporting it to the data protection authority.""", "breach, reporting to DPA")

M("en", "", "Laura Bennett <laura.bennett@example.com>", "How does access work?",
"""Hi! Just a general question, I'm not asking for anything right now. If I wanted to see what data you keep about me some day, do I write to this address or fill in a form? And is it free?

Laura""", "question about how access works, asks nothing")

M("en", "marketing_opt_out+erasure", "Sam Ortiz <sam.ortiz@example.com>", "stop",
"""Stop emailing me and delete my details. I never signed up for this.""", "opt-out + erasure")

M("en", "rectification", "Anna Korhonen <anna.korhonen@example.com>", "Name on my son's photos",
"""Hello,

My son's name is printed as "Mikael Korhonnen" on the back of his school photos and in the class photo list. It should be Mikael Korhonen. Could you correct it in your records before the yearbook goes out? Class 4B, Gerby school.

Thank you,
Anna (mum)""", "English-writing Finnish parent, rectification of child name")

M("en", "", "Slotti <noreply@slotti.example.com>", "Booking cancelled: Passport photo 11.12. 09:30",
"""A booking has been cancelled.

Service: Passport photo
Location: Zoomi Vaasa centre
Time: Fri 11.12.2026 09:30
Customer: Ahmed Yusuf

Manage bookings in Slotti.""", "booking system mail, no auto headers", auto=True)

M("en", "erasure", "Tyler Quinn <tyler.quinn@example.com>", "photos of me",
"""hey, i'm 16 and my school photos from the last few years are on your system. i don't want them there anymore. can you delete them? my parents know. thanks""", "teen erasure")

M("en", "access+objection", "Ingrid Halvorsen <ingrid.halvorsen@example.com>", "Why did my data go to collection?",
"""Hello,

I got a letter from OK-perintä about an invoice I disputed with you weeks ago. Why did you pass my data to a debt collector? Please tell me exactly what personal data you gave them. Also, I object to my data being processed for debt collection while the dispute is still open.

Ingrid Halvorsen""", "access to recipients + objection")

M("en", "", "Ben Carter <ben.carter@example.com>", "Re: Your request has been completed",
"""Great, thanks for sorting it so quickly!

Ben

> Dear Ben, we have now deleted your customer account and related data.""", "thanks after completion")

M("en", "access", "Hanna Virtanen <hanna.virtanen@example.com>", "tietopyyntö / data request",
"""Hi! (sorry my Finnish is bad even though my name is Finnish, I grew up in Canada)

I'd like to know what personal info you have stored about me. I think my mom ordered school photos of me in the 2010s and I've also used your web shop last year. Kiitos!

Hanna""", "mixed en/fi, access")

M("en", "", "Photo Supplies Ltd <news@example.com>", "New backdrops in stock",
"""New in: seamless paper backdrops in 12 colours. Trade prices for studios.
Order before 18 December for delivery before Christmas.

You are receiving this because you subscribed at example.com. Unsubscribe.""", "vendor newsletter, no auto headers", auto=True)

M("en", "marketing_opt_out", "Rosa Martinez <rosa.martinez@example.com>", "Objection to direct marketing",
"""Dear Sir or Madam,

Pursuant to Article 21(2) GDPR, I object to the processing of my personal data for direct marketing purposes, including any profiling related to such marketing. Please confirm that my details have been added to your suppression list.

Regards,
Rosa Martinez""", "formal Art 21(2) = opt-out")

M("en", "", "Peter Nguyen <peter.nguyen@example.com>", "remove",
"""Please remove my booking for tomorrow, something came up. I'll book again next week.""", "remove booking")

M("en", "erasure+complaint", "Fiona Reid <fiona.reid@example.com>", "Second request - photo of my son online",
"""Hi,

Two weeks ago I asked you to take down the photo of my son from your Instagram page (the one from the Gerby daycare shoot). It is still there. If it isn't removed by Friday, I will file a complaint with the Finnish data protection ombudsman.

Fiona Reid""", "reminder erasure + conditional complaint")

M("en", "access", "Olivia Wright <olivia.wright@example.com>", "SAR",
"""Subject access request. Please send me all the personal data you hold about me. Email: olivia.wright@example.com, customer since 2023.""", "terse SAR")

M("en", "", "Daniel Levi <daniel.levi@example.com>", "Privacy policy reserve rights",
"""Hello,

I read your privacy notice and I'm fine with how you handle my data for now. I just want to say that I reserve my right to complain to the supervisory authority if anything changes. No action needed.

Daniel""", "reserves right, asks nothing")

M("en", "rectification+restriction", "Paul Sinclair <paul.sinclair@example.com>", "Wrong address - stop sending invoices there",
"""Hello,

Your records have my old address (Pitkäkatu 5) and invoices keep going there. My address has been Kirkkopuistikko 20 A 3 since March. Please correct it, and until you have confirmed the correction, don't send anything to the old address or forward my details to collection.

Paul Sinclair""", "rectification + restriction while inaccurate")

M("en", "objection", "Martin Hughes <martin.hughes@example.com>", "Analytics cookies",
"""I object to being tracked with Google Analytics on your website. I declined cookies but the tracker still loads. Please stop processing my browsing data.

Martin""", "objection to analytics")

M("en", "marketing_opt_out", "Lucy Adams <lucy.adams@example.com>", "Re: Your school photos are ready",
"""Photos arrived, thank you. But please no more promotional emails after this, I only want order emails.

Lucy

> Your school photos are ready! Order now and get 10% off photo gifts.""", "opt-out in reply to order mail")

M("en", "rectification", "Karen Doyle <karen.doyle@example.com>", "Re: Your personal data - access request answered",
"""Hello,

Thanks for sending the copy of my data last month, that was quick. Going through it I noticed two errors: my date of birth is listed as 04/11/1982 but it is 11/04/1982 (day and month swapped), and my phone number still has an old prepaid number ending 6610. The right one is +358 50 221 7788.

Could you fix both?

Karen

> Dear Karen, please find attached a copy of the personal data we hold about you.""", "earlier access answered (background), now rectification")
