from parts.common import E

E("en","access",False,"expat staff member at client org, access","Daniel Okafor <daniel.okafor@example.com>","Staff photos - what data do you have on me?",
"""Hi there,

I work at a research lab at the university in Vaasa and your photographer did our staff portraits in October. Our HR just handed you a spreadsheet with our names, emails and job titles, and nobody asked us.

Could you please tell me what personal data you hold about me, where it came from, and who you've shared it with? A copy would be great.

Cheers,
Daniel Okafor
Postdoctoral researcher
""")

E("en","erasure",False,"former employee of client org","Rachel Kim <rachel.kim@example.com>","Please delete my staff photo",
"""Hello,

I left Vaasa Energy Institute in June. My staff headshot is still in your client gallery and apparently you still have my email as well. Please erase all my photos and personal data – I no longer have any connection to that organisation.

Best,
Rachel Kim
""")

E("en","",False,"passport photo worry, question only","Mohammed Al-Sayed <m.alsayed@example.com>","Passport photo - is it safe?",
"""Hello,

I had my passport photo taken at your shop yesterday for my Finnish residence permit. The lady told me it's uploaded to a police server. Who can access it? Do you also keep a copy? I'm a bit nervous about this as it's my first time dealing with the Finnish police.

Thank you,
Mohammed
""")

E("en","marketing_opt_out",False,"got marketing by mistake, not a customer","Chris Baker <chris.baker@example.com>","Not a customer - stop emailing me",
"""I've never bought anything from you, I don't even live in Finland, and yet I get your photo calendar promos every week. Take me off your list.

Chris
""")

E("en","access+objection",False,"debt collection dispute","Priya Nair <priya.nair@example.com>","Debt collection letter - why was my data passed on?",
"""Hi,

I received a letter from OK-perintä about an unpaid invoice of 52 EUR for school photos. I paid that invoice on 14 October (receipt attached).

I'd like to know exactly what data about me and my daughter you passed to the debt collector and on what basis. I also object to any further processing of my data for debt collection since the debt does not exist.

Priya Nair
""")

E("en","",False,"debt collection dispute, payment only","Tom Harris <tom.harris@example.com>","Invoice 20261377 in collection",
"""Hi, I never got the original invoice (I think it went to my old flat) and now it's with a collection agency. Can you cancel the collection so I can pay you directly without the extra fees? Happy to pay today.

Tom Harris
""")

E("en","erasure",False,"guardian, one-liner phone","Jess <jess.w@example.com>","Re: Kindergarten photos",
"""pls delete all my sons photos and info from ur system thx

Sent from my Galaxy

-------- Original message --------
From: Zoomi Kuvakaupat <info@example.fi>
Subject: Kindergarten photos
Your photos from Päiväkoti Satakieli are now available.
""")

E("en","marketing_opt_out",False,"changes mind erasure->newsletter","Helen Morris <helen.morris@example.com>","Delete my data - actually, never mind",
"""Hi,

I was about to ask you to delete everything you have on me, but then I remembered all of my kids' school photos since 2019 are in my account and I don't want to lose them. So please don't delete anything – just stop the newsletter and the promo emails.

Thanks,
Helen
""")

E("en","",False,"journalist, not request","Mark Jensen <mark.jensen@example.com>","Press enquiry: school photography and children's data",
"""Dear Zoomi team,

I'm a freelance journalist writing for a Nordic tech magazine about how school photography companies handle children's images. Would you be willing to answer a few questions?

- How long do you retain school photos?
- Do you use facial recognition to sort images?
- Which third parties have access to the images?
- How many GDPR requests do you receive in a typical year?

A short email reply would be fine. My deadline is 18 December.

Kind regards,
Mark Jensen
""")

E("en","access+erasure",False,"lawyer for client, formal","Whitfield & Rowe LLP <dp@whitfieldrowe.example.com>","Data subject request on behalf of our client, Ms Laura Chen",
"""Dear Sir or Madam,

We act for Ms Laura Chen (date of birth 12 March 1987), who was a customer of your online shop between 2019 and 2024. A signed letter of authority is enclosed.

On behalf of our client we request:
(a) a copy of all personal data relating to her pursuant to Article 15 GDPR, together with the supplementary information required by Article 15(1); and
(b) upon provision of the above, the erasure of all such data pursuant to Article 17 GDPR, save where retention is required by law.

Please direct all correspondence to the undersigned.

Yours faithfully,
Edward Rowe
Partner
""")

E("en","rectification",False,"international school teacher, wrong name","Sophie Laurent <sophie.laurent@example.com>","Wrong spelling of my name - class photo",
"""Hi,

I'm the homeroom teacher of grade 5 at Vaasa International School. My name is spelled "Sofie Lorent" in your system and on the class photo proof. It's Sophie Laurent. Could you correct it before printing, and in your records too?

Many thanks,
Sophie
""")

E("en","",False,"teacher logistics","Brian O'Neill <brian.oneill@example.com>","Photo day on 28 January",
"""Hello, just confirming our photo day on 28 Jan. Will the photographer need a separate room for the individual portraits? Also, can siblings be photographed together?

Brian O'Neill
Principal, Vaasa International School
""")

E("en","erasure+objection",False,"staff member objects to Zoomi using her portrait as advertising","Anna Kowalski <anna.kowalski@example.com>","Use of my portrait on your website",
"""Hello,

My staff portrait, taken at our office in March, is on your website as an example of your "corporate portraits". I never agreed to that. I object to you using my image for your own purposes. Please take it down.

Anna Kowalski
""")

E("en","access+erasure+complaint",False,"angry long, data via Slotti, already reported","James Whitaker <james.whitaker@example.com>","GDPR breach - formal complaint",
"""To whom it may concern,

In 2024 I booked a single passport photo appointment via your booking system (Slotti). Since then I have received SMS messages, emails and now a printed flyer addressed to me by name. At no point did I agree to any of this.

I have already reported this to the Finnish Data Protection Ombudsman, and I expect you to:

1. send me a full copy of every piece of data you hold about me, including what Slotti passed to you and when;
2. then erase all of it.

I'm frankly amazed that a company handling children's photos is this careless.

James Whitaker
""")

E("en","",False,"order status","Lisa Tran <lisa.tran@example.com>","where is my order",
"""hi where is my order #558904?? paid 3 weeks ago, nothing arrived. lisa
""")

E("en","",True,"OOO auto reply","Kevin Walsh <kevin.walsh@example.com>","Out of Office: Your photo day confirmation",
"""Thank you for your email. I am out of the office until 4 January 2027 with limited access to email. For urgent matters please contact office@school.example.com.

Kevin Walsh
""", hdrs={"Auto-Submitted":"auto-replied","X-Auto-Response-Suppress":"All"})

E("en","rectification+restriction",False,"restrict while accuracy disputed","Olivia Grant <olivia.grant@example.com>","Restriction of processing",
"""Hi,

Your records have my old address and your invoices have gone there, and now there's a collection letter. Until this is sorted, please restrict processing of my data – i.e. don't pass it to the debt collector or anyone else. My correct address is Hovioikeudenpuistikko 9 B 4, 65100 Vaasa.

Olivia Grant
""")

E("en","portability",False,"portability, transmit directly to another provider","Ben Carter <ben.carter@example.com>","Art. 20 - transfer my data",
"""Hello,

Under Article 20 GDPR I'd like you to transmit the personal data I've provided to you (account details, order history, uploaded photos) directly to another photo service, or if that isn't technically feasible, send it to me as a machine-readable export (JSON/CSV + original image files).

Ben Carter
""")

E("en","",False,"question how objection works, no request","Emily Watson <emily.watson@example.com>","Question about objecting",
"""Hi, quick question: if I wanted to object to you using my data for analytics, how would that work? Would it affect my account? Not doing it yet, just want to understand.
Emily
""")

E("en","erasure",False,"consent withdrawal, child photo in ad","Natalie Brooks <natalie.brooks@example.com>","Please remove my daughter's photo",
"""Hello,

I signed a form in spring allowing you to use my daughter's portrait in your advertising. I no longer consent. Please remove the photo from your website, Instagram and any printed material immediately.

Natalie Brooks
""")

E("en","",False,"job application","Lucas Pereira <lucas.pereira@example.com>","Application - photographer",
"""Hi,

I'm a photographer originally from Portugal, now living in Vaasa. I'd love to work with you on school and event shoots. My portfolio is at https://lucas.example.com. Do you have any openings?

Best,
Lucas
""")

E("en","rectification+erasure",False,"wrong email shared; fix email and delete old one","Grace Liu <grace.liu@example.com>","Wrong email in your records",
"""Hi,

Your system has my email as grace.liu@example.test, which is my old work address at a company I left. Please change it to this one and delete the old address from everything – I don't want order confirmations going to my ex-employer.

Grace
""")

E("en","",True,"bounce with auto header","Mail Delivery Subsystem <mailer-daemon@example.com>","Delivery Status Notification (Failure)",
"""** Address not found **

Your message wasn't delivered to sam.turner@example.com because the address couldn't be found, or is unable to receive mail.

The response was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
Subject: Christmas offer: photo books -25%
Unsubscribe: https://shop.example.fi/unsubscribe
""", hdrs={"Auto-Submitted":"auto-replied"})

E("en","erasure+marketing_opt_out",False,"short combined","Ryan Scott <ryan.scott@example.com>","remove me",
"""Please remove me from your mailing list and delete my customer account and everything in it.
Ryan
""")

E("en","",False,"quality complaint","Karen Mitchell <karen.mitchell@example.com>","Complaint about the photo book",
"""Hi, the photo book I ordered arrived with the pages glued in the wrong order and one page is torn. Order 558650. I'd like a replacement please. Quite disappointed as it was a Christmas gift.
Karen
""")

E("en","complaint",False,"conditional threat only, about process","Steven Wright <steven.wright@example.com>","Still no answer",
"""I asked your staff in the shop two weeks ago why my son's photo was shown in the window display. Nobody has got back to me. If I don't hear from you by Friday I'll be lodging a complaint with the data protection authority.

Steven Wright
""")

E("en","access",False,"reminder of earlier access request, quoting","Amelia Ross <amelia.ross@example.com>","Re: Subject access request",
"""Hello,

This is a reminder of my request below, sent on 30 October. I haven't received anything yet, not even an acknowledgement.

Amelia Ross

On Fri, 30 Oct 2026 at 09:12, Amelia Ross <amelia.ross@example.com> wrote:
> Hi, please treat this as a subject access request. I'd like a copy of
> all personal data you hold about me. Thanks, Amelia Ross
""")

E("en","",False,"researcher, not request","Prof. Henrik Dahl <henrik.dahl@example.com>","Survey: GDPR compliance in small photography businesses",
"""Dear colleague,

As part of an EU-funded project on GDPR compliance in SMEs, we are surveying photography businesses in the Nordic countries. The survey takes about 15 minutes and asks about retention periods, processors and how you handle data subject requests. Responses are anonymous.

Link: https://survey.example.com/gdpr-sme

Kind regards,
Henrik Dahl
""")

E("en","objection+restriction+complaint",False,"formal, art 18/21, conditional DPA threat","Dr. Paul Henderson <paul.henderson@example.com>","Objection under Article 21(1) and request for restriction under Article 18(1)(d)",
"""Dear Data Protection Officer,

I object, under Article 21(1) GDPR, to the processing of my personal data for "business development" and web analytics based on your legitimate interests.

Pending verification of whether your legitimate grounds override mine, I request that processing be restricted under Article 18(1)(d).

Should you fail to respond within the period set by Article 12(3), I will lodge a complaint with the Office of the Data Protection Ombudsman.

Yours sincerely,
Paul Henderson
""")

E("en","",False,"invoice wrong amount","Daniel Evans <daniel.evans@example.com>","Invoice incorrect",
"""Hi, invoice 20261612 says 120 EUR but the staff photo package we agreed on was 95 EUR + VAT. Please send a corrected invoice.
Daniel Evans, Office Manager
""")

E("en","access+rectification+erasure+portability",False,"rights-site template, long, lists Art 15 items + 16, 17, 20","Sarah Mitchell <sarah.mitchell@example.com>","Data Subject Request – Articles 15, 16, 17 and 20 GDPR",
"""Dear Sir or Madam,

I am writing to exercise my rights under the General Data Protection Regulation (EU) 2016/679.

1. Right of access (Article 15)
Please confirm whether or not you process personal data concerning me and, if so, provide:
 - a copy of that personal data;
 - the purposes of the processing;
 - the categories of personal data concerned;
 - the recipients or categories of recipients, in particular recipients in third countries;
 - the envisaged retention period or the criteria used to determine it;
 - the existence of the rights to rectification, erasure, restriction and objection;
 - the right to lodge a complaint with a supervisory authority;
 - where the data were not collected from me, any available information as to their source;
 - the existence of automated decision-making, including profiling, and meaningful information about the logic involved.

2. Right to rectification (Article 16)
Please rectify any inaccurate data and complete any incomplete data.

3. Right to data portability (Article 20)
Please provide the personal data I have provided to you in a structured, commonly used and machine-readable format.

4. Right to erasure (Article 17)
Once you have complied with the above, please erase all personal data concerning me which you are not legally obliged to retain.

Please respond without undue delay and in any event within one month of receipt (Article 12(3)). I do not consent to any fee being charged.

Yours faithfully,
Sarah Mitchell
""")

E("en","",True,"newsletter from vendor","PhotoPro Weekly <news@photopro.example.com>","PhotoPro Weekly: 10 lighting tricks for school portraits",
"""This week's issue:

- 10 lighting tricks for school portraits
- Review: new backdrop systems
- Interview: running a studio in a small town

You are receiving this because you subscribed at photopro.example.com.
Unsubscribe | Manage preferences
""", hdrs={"List-Unsubscribe":"<mailto:unsubscribe@photopro.example.com>","Precedence":"list"})

E("en","marketing_opt_out",False,"Art 21(2) objection to direct marketing phrased formally","Victoria Hughes <victoria.hughes@example.com>","Objection to direct marketing",
"""Under Article 21(2) GDPR I object to the processing of my personal data for direct marketing purposes, including profiling related to it. Please confirm.

Victoria Hughes
""")

E("en","",False,"withdraws previous request","George Palmer <george.palmer@example.com>","Cancel my deletion request",
"""Hi, I sent a deletion request yesterday but please ignore it – my wife had already sorted it out with your shop. No action needed.

George
""")

E("en","access",False,"guardian asks about child's data, mentions right to complain without threat","Michael Novak <michael.novak@example.com>","My son's data",
"""Hello,

My son Adam (8) was photographed at his school in September. Can I see what data you hold about him – photos, name, class, anything else? I understand I could complain to the authority if needed, but I'm sure that won't be necessary; I'd just like to know.

Michael Novak
""")

E("en","",False,"privacy question from client organisation HR (processor agreement)","Laura Bennett <laura.bennett@example.com>","Data processing agreement for staff photos",
"""Hi,

We're planning staff photos with you next month. Our legal team asks whether you have a standard data processing agreement, and whether the images are stored in the EU. Could you send that over?

Laura Bennett
HR Manager, Nordic Wind Components
""")

E("en","erasure+complaint",False,"former Zoomi employee, threat + erase","Nina Petrova <nina.petrova@example.com>","My details are still on your team page",
"""I worked in your Vaasa shop until August 2025. My photo and name are still on your team page and in the shop brochure. Remove them, and delete any of my data you don't need for payroll or accounting. If this isn't done by the end of the month I will report it to the data protection ombudsman.

Nina Petrova
""")

E("en","rectification",False,"mixed en/fi, name change, informal","Aleksi Brown <aleksi.brown@example.com>","name update / nimenmuutos",
"""hey, changed my surname from Korhonen to Brown after the wedding, could u update it in my account? kiitos!
Aleksi
""")

E("en","objection+marketing_opt_out",False,"two rights: stop marketing and object to analytics","Sam Patel <sam.patel@example.com>","Marketing and tracking",
"""Hi,

Two things: please stop sending me marketing emails and SMS, and I also object to you using my browsing and order history for "business development" analytics. Just use my data to deliver what I order.

Sam
""")
