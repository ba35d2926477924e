from parts.common import E

E("en", "", False, "wants a reprint of the class photo (product order)",
  "Emily Carter <emily.carter@example.com>", "copy of my photos",
  """Hello! Can I get another copy of my daughter's class photo from last year? We lost ours when we moved. Grade 2, Vaasa Övningsskola, Mia Carter. Happy to pay. Thanks, Emily""")

E("en", "", False, "asks whether a data request is possible, explicitly not making one",
  "Joseph Lee <joseph.lee@example.com>", "Question before I decide",
  """Hi,

Quick question: if I wanted to ask for the data you keep about me (I've had passport photos and a family shoot with you), is that something you do for free, and how long does it usually take? I'm not asking for it right now, just trying to understand my options before I decide whether to stay a customer.

Thanks,
Joseph""")

E("en", "", False, "why did I get a debt collection letter, payment dispute only",
  "Olga Petrova <olga.petrova@example.com>", "debt collection letter??",
  """Hello, why did I get a debt collection letter from OK-perintä? I paid invoice 879932 on 28 October, I have the bank receipt (attached). Please check and tell them to cancel it. Thank you. Olga Petrova""")

E("en", "", False, "wrote to the wrong company (meant a video-conferencing service)",
  "Brian Walsh <brian.walsh@example.com>", "Cancel my subscription",
  """Hi, please cancel my Zoom Pro subscription and stop charging my card. Account brian.walsh@example.com. I've tried the website and it keeps logging me out.

Brian""")

E("en", "", False, "unsubscribed by mistake, wants to stay on the list",
  "Nina Koval <nina.koval@example.com>", "Unsubscribed by accident",
  """Hi! I think I clicked "unsubscribe" at the bottom of your newsletter by accident while scrolling on my phone. Please ignore that, I'd like to keep getting the newsletter, I like the discount codes :) Same email as this one.

Nina""")

E("en", "", True, "bounce for the company's reply to an erasure request",
  "Mail Delivery Subsystem <mailer-daemon@example.com>", "Undeliverable: Your erasure request has been completed",
  """Delivery has failed to these recipients or groups:

t.hendricks@example.test
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Remote Server returned '550 5.1.1 <t.hendricks@example.test>: Recipient address rejected: User unknown in virtual mailbox table'

Original message headers:
Subject: Your erasure request has been completed
From: tietosuoja@example.fi""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("en", "erasure+objection", False, "erase and cease any further processing",
  "Thomas Reid <thomas.reid@example.com>", "Erasure request",
  """To whom it may concern,

I request that you erase all personal data relating to me without undue delay, and that you cease any further processing of my data, including sharing it with any third party. I last purchased from you in 2021 and have no ongoing relationship with your company.

Please confirm in writing once done.

Thomas Reid""")

E("en", "access+portability", False, "copy of data plus the data provided in machine-readable form for reuse",
  "Anna Schmidt <anna.schmidt@example.com>", "Access and portability request",
  """Hello,

I would like to receive a copy of all personal data you hold about me. In addition, please make the data I have provided to you (account details, uploaded photos, order history) available to me in a structured, commonly used and machine-readable format so that I can transmit it to another service.

Kind regards,
Anna Schmidt
Berlin""")

E("en", "rectification", False, "name misspelled, short",
  "Siobhan Murphy <siobhan.murphy@example.com>", "name",
  """pls correct my name, it's Siobhan not Siobahn. every email you send has it wrong lol""")

E("en", "rectification", False, "moved to Sweden: update address",
  "David Thompson <david.thompson@example.se>", "New address",
  """Hi,

we've moved from Vaasa to Umeå. New address: Storgatan 45, 903 26 Umeå, Sweden. Please update my customer details so my orders go to the right place. We'll keep ordering online.

Cheers,
David""")

E("en", "erasure+complaint", False, "reminder of erasure request; will go to the DPA if not done",
  "Laura Bianchi <laura.bianchi@example.com>", "RE: Erasure request – 2nd reminder",
  """Hello,

I asked you on 14 October to delete my account and my children's photos. I have received nothing except another newsletter. If I don't receive confirmation of the deletion by the end of next week, I will contact the Finnish Data Protection Ombudsman.

Laura Bianchi

---
From: Laura Bianchi
Sent: 14 October 2026
Subject: Erasure request
Please delete my account laura.bianchi@example.com and all photos of my children from your servers.""")

E("en", "objection", False, "objects to data being passed to the debt collector while disputing",
  "Peter Novak <peter.novak@example.com>", "Debt collection",
  """Hello,

I'm disputing invoice 880417 because the photo package was never delivered (see my e-mail of 3 November). I object to you passing my personal details to your debt collection agency while this is unresolved. Don't pass my details to the debt collector.

Peter Novak""")

E("en", "objection", False, "16-year-old exchange student: does not want class photo printed in the school calendar",
  "Yuki Tanaka <yuki.tanaka@example.com>", "class photo in school calendar",
  """hi, i'm yuki, exchange student in class 1B at the upper secondary school. our teacher said you make a calendar with the class photos that is sold to parents. i don't want my picture to be used in that calendar. the normal class photo is fine. thank you!!""")

E("en", "erasure+marketing_opt_out", False, "son writes for mother with dementia: close her account and stop marketing",
  "Richard Evans <richard.evans@example.com>", "My mother's account",
  """Hello,

I hold a lasting power of attorney for my mother, Helena Evans (née Virtanen), who has dementia and now lives in a care home. She has an account with you under helena.evans@example.fi and has been ordering things she doesn't need after your promotional emails. Please delete her account and stop all marketing to her, by email, SMS and post. I can send a copy of the power of attorney if needed.

Richard Evans""")

E("en", "erasure", False, "follow-up: any update on deletion?",
  "Chloe Martin <chloe.martin@example.com>", "Re: Please delete my data",
  """Hi, any update on this? It's been three weeks.

Chloe

On Mon, 9 Nov 2026 at 20:14, Chloe Martin <chloe.martin@example.com> wrote:
> Hi, please delete my data and my account. I don't use the service anymore.
> Chloe""")

E("en", "access", False, "reply to acknowledgement asking what ID is needed",
  "Mohammed Al-Sayed <mohammed.alsayed@example.com>", "Re: We have received your access request",
  """Thanks for the quick reply. What kind of ID do you need exactly? I can send a scan of my passport or residence permit if that works, or I can come to the shop. I don't have the order number anymore, it was a passport photo in 2024.

Mohammed

> We have received your request for access to your personal data. To verify your identity we may ask for further details.""")

E("en", "marketing_opt_out", False, "very polite elderly British gentleman asks to stop catalogues",
  "Geoffrey Winslow <geoffrey.winslow@example.com>", "Catalogues",
  """Dear Sir or Madam,

I hope this finds you well. Some years ago my late wife and I had our photograph taken at your studio whilst visiting our daughter in Vaasa, and we were very pleased with it. Since then I have received your catalogues by post twice a year. They are very handsome, but I am 88 and do not expect to require further photographic services. I should be most grateful if you would kindly remove me from your mailing list.

With thanks and kind regards,
Geoffrey Winslow
Harrogate""")

E("en", "rectification+erasure", False, "correct e-mail and remove phone number altogether",
  "Sophie Laurent <sophie.laurent@example.com>", "Contact details",
  """Hi, please change my email on file to sophie.laurent@example.com (the old one was at my former employer) and remove my phone number altogether, I don't want to be contacted by phone. Thanks!""")

E("en", "access+complaint", False, "child's photo emailed to another parent by mistake; says GDPR violation, asks who else got it",
  "Rebecca Stone <rebecca.stone@example.com>", "Another parent received my son's photos",
  """Hello,

Another parent in my son's kindergarten group forwarded me an e-mail from you containing the download link for MY son's individual photos, with his full name. That's a GDPR violation, you've sent a child's photos to a stranger.

I want to know exactly who else received my son's photos or download link, and what information about him was included.

Rebecca Stone""")

E("en", "restriction", False, "custody dispute: keep the order records, do not delete",
  "Mark Jensen <mark.jensen@example.com>", "Please don't delete our order records",
  """Hi,

I'm in a custody dispute with my ex-partner and the order records for the family photos we bought in 2024 and 2025 (who ordered, who paid, delivery address) may be needed in court. Please don't delete them even if she asks you to, and don't use or hand them out to anyone in the meantime, apart from a court order.

Mark Jensen""")

E("en", "portability", False, "short: Article 20 request",
  "Ewa Kowalska <ewa.kowalska@example.com>", "Article 20 request",
  """Hello, this is an Article 20 data portability request for my account ewa.kowalska@example.com. Please send the data in JSON. Regards, Ewa Kowalska""")

E("en", "marketing_opt_out", False, "long lost-parcel story, opt-out at the very end",
  "Gareth Hughes <gareth.hughes@example.com>", "Lost parcel and a small thing",
  """Hi there,

Just wanted to let you know that the photo book I ordered (W-769203) was delivered to my neighbour three doors down, who kindly brought it over after a week. The book itself is lovely, the paper quality is great and my mum was in tears, so thank you. You may want to let your courier know that "B 12" and "C 12" aren't the same flat though, as this is the second time.

Also, please take me off your mailing list, I get enough email as it is.

Best,
Gareth""")

E("en", "objection+marketing_opt_out", False, "stop analytics tracking and stop marketing emails",
  "Julia Novak <julia.novak@example.com>", "Tracking and emails",
  """Hi,

I don't consent to analytics tracking on your website and I don't want my browsing tied to my customer account. Please stop that, and also stop sending me marketing emails.

Julia""")

E("en", "access", False, "very short: what do you know about me",
  "Sam <sam.reyes@example.com>", "data",
  """what do you know about me? got your email and never signed up""")

E("en", "erasure", False, "wants children's photos deleted from servers; withdraws consent",
  "Claire Dubois <claire.dubois@example.com>", "Children's photos",
  """Hello,

I no longer consent to you keeping photos of my children. I want all my photos deleted from your servers, including the kindergarten portraits of Louis and Camille Dubois from 2024 and 2025 and the online gallery.

Thank you,
Claire Dubois""")

E("en", "portability", False, "asks to move photos and account data to a named provider",
  "Ryan Cooper <ryan.cooper@example.com>", "Moving my account to PrintNest",
  """Hi, I'm switching to PrintNest. Can you transfer my data (address book, order history and the photos in my account) directly to them? Their import address is import@printnest.example.com. If that's not possible, just send me a file I can upload myself.

Thanks, Ryan""")

E("en", "access+complaint+marketing_opt_out", False, "never consented to newsletter: where did you get my email, GDPR breach, stop",
  "Ben Harper <ben.harper@example.com>", "Spam from you",
  """I never signed up for your newsletter and I've never bought anything from you. Where did you get my email address? Sending marketing without consent is a breach of GDPR. Stop emailing me.""")

E("en", "rectification", False, "someone else's child appears in her gallery; fix the link",
  "Lisa Andersen <lisa.andersen@example.com>", "Wrong child in my gallery",
  """Hi,

when I log in with the code for my daughter (Freya Andersen, kindergarten Pikku Karhu), the gallery shows photos of a different girl, and the name on the order page says "Freja Andersson". I think two children have been mixed up in your system. Could you correct this so my account is linked to the right child?

Lisa""")

E("en", "access", False, "asks politely whether she may request a copy, and if so requests it",
  "Helen Park <helen.park@example.com>", "Copy of my data?",
  """Good afternoon,

Would it be alright if I asked for a copy of the personal data you hold about me? I've been a customer for a few years (passport photos, family photos). If that's possible, please consider this e-mail my request.

Many thanks,
Helen Park""")

E("en", "objection", False, "objects to keeping data for 'business development'",
  "Oliver Grant <oliver.grant@example.com>", "Business development",
  """Hello,

Your privacy notice says you use customer data for "business development". I object to my personal data being used for that purpose. I'm happy for you to keep what you need for my orders and invoices.

Oliver Grant""")
