# English customer mail (native and non-native) for the fifth blind corpus.


def M(kinds, note, name, subject, body, **kw):
    return dict(lang="en", kinds=kinds, note=note, name=name, subject=subject,
                body=body.strip("\n") + "\n", **kw)


DISCLAIMER_EN = """
--
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the
addressee and may contain confidential or legally privileged information. If you have
received it in error, please notify the sender immediately and delete it. Any
unauthorised use, disclosure or copying is strictly prohibited.
"""

MESSAGES = [
    # ---------------- access ----------------
    M("access", "non-native exchange student: what data and to whom", "Carlos Mendes",
      "question about my informations", """
Hi, I am exchange student in Vaasa university and I had passport photos taken at your
studio in september. I would like know what personal informations you keep about me and
to whom you are sending it. Thank you very much!

Carlos
"""),
    M("access", "formal subject access request with disclaimer", "Rebecca Hughes",
      "Subject Access Request", """
Dear Sir or Madam,

Under Article 15 of the GDPR I am requesting a copy of all personal data you hold about
me, together with the purposes of processing, the recipients and the retention period.
Please reply electronically.

Kind regards,
Rebecca Hughes
Finance Manager, Nordic Wind Components Ltd
""" + DISCLAIMER_EN, fmt="alt"),
    M("access", "how did you get my email, lowercase", "Dan Foley",
      "?", """
how did you get my email?? never bought anything from you
"""),
    M("access", "father wants to see data collected about two kids at daycare", "Tom Andersson",
      "Data about my kids", """
Hi,

could I see what data you've collected about my two kids from the daycare photoshoot at
Pikku Karhu? I'm their dad and placed the order last year.

Thanks,
Tom
"""),
    M("access", "HTML-only: copy of personal data incl call logs", "Priya Nair",
      "My personal data", """
Hello,

Please provide me with a copy of the personal data you hold about me, including any
records of the phone calls your sales team made to me.

Best,
Priya Nair
""", fmt="html"),

    # ---------------- rectification ----------------
    M("rectification", "surname misspelled on account", "Siobhan O'Connell",
      "Spelling of my name", """
Hi there, my surname is spelled wrong on my account – it's O'Connell, not OConnel.
Could you fix it please?
"""),
    M("rectification", "moved to Turku, update address on file", "James Whitfield",
      "New address", """
I've moved to Turku. Please update the address you have on file for me to
Yliopistonkatu 20 B 5, 20100 Turku.

James
"""),
    M("rectification", "employee: wrong name on staff photo delivered to HR", "Michaela Berg",
      "Staff photo name", """
Hello,

the name under my staff photo that you delivered to our HR says "Mikael Berg", but I am
Michaela Berg. Please correct it in your records so the next delivery is right.

Michaela Berg
Wasa Logistics Oy
"""),
    M("rectification", "pls change phone number", "Kevin Walsh",
      "phone", """
pls change my phone number in your system to +358 50 987 6543, old one not in use
"""),

    # ---------------- erasure ----------------
    M("erasure", "three words", "Mark Jensen",
      "account", """
Delete my account.
"""),
    M("erasure", "family photos erased from servers, moved abroad", "Helen Carter",
      "Our photos", """
Hello,

we've moved back to the UK and I want all the photos of me and my family erased from
your servers, along with our customer details. We won't be ordering again.

Helen Carter
""", fmt="qp"),
    M("erasure", "right to be forgotten, confirm when done", "Lukas Weber",
      "Right to be forgotten", """
Please apply my right to be forgotten and confirm once done.

Lukas Weber
"""),
    M("erasure", "mother: remove son's kindergarten photos and data", "Olivia Bennett",
      "Leo's photos", """
Hi,

as the mother of Leo Bennett (kindergarten Pikku Karhu), I request that all his photos
and data are removed from your systems.

Olivia Bennett
"""),
    M("erasure", "ALL CAPS remove me from your database", "Gary Holt",
      "REMOVE ME", """
REMOVE ME FROM YOUR DATABASE NOW. I DID NOT SIGN UP FOR ANYTHING.
"""),
    M("erasure", "reply clarifying: never got newsletters, wants wipe (quote offers unsubscribe)",
      "Nadia Rahman", "RE: Your message", """
I didn't ask about newsletters, I've never received any. I asked you to wipe everything
you have about me. Please do that.

Nadia

-----Original Message-----
From: Zoomi Kuvakaupat <asiakaspalvelu@example.fi>
Sent: Wednesday, January 15, 2025 9:14 AM
To: Nadia Rahman <nadia.rahman@example.com>
Subject: RE: Your message

Hi Nadia, we have unsubscribed you from our newsletter. If you also want us to delete
your customer data, please let us know.
""", reply=True),

    # ---------------- restriction ----------------
    M("restriction", "disputes invoice: don't use or pass data, but keep", "Paul Richardson",
      "Invoice 66104 dispute", """
I dispute invoice 66104. Until this is sorted out please don't use my details or pass
them to anyone, but keep them, because I may need them as evidence.

Paul Richardson
"""),
    M("restriction", "put data on ice, lawyer will be in touch", "Eleanor Price",
      "My data", """
Please put my data on ice for now – don't delete it, don't process it. My lawyer will be
in touch.
""", fmt="b64"),

    # ---------------- portability ----------------
    M("portability", "order history and profile as JSON to import elsewhere", "Ahmed Karim",
      "Export", """
Hi, can I get my order history and profile data as a JSON file so I can import it into
another service?
"""),
    M("portability", "transfer photos and customer data directly to another studio", "Fiona Murray",
      "Transfer to another studio", """
Please transfer my photos and my customer data directly to Studio North
(hello@example.com) in a standard, structured format. They are expecting it.

Fiona Murray
"""),

    # ---------------- objection ----------------
    M("objection", "objects to Google Analytics", "Oliver Grant",
      "Tracking", """
I object to you tracking me with Google Analytics when I visit your shop.
"""),
    M("objection", "no longer consents to photo on website (no removal asked)", "Emily Ross",
      "My photo", """
Hi, I no longer consent to my photo being used on your website.

Emily
"""),
    M("objection", "don't send son's picture to yearbook publisher", "Daniel Kowalski",
      "yearbook", """
Please don't send my son's picture to the yearbook publisher, I am not OK with that.
He is in class 6C at Vaasa International School.
"""),
    M("objection", "objects to data handed to OK-perinta", "Sean Doyle",
      "debt collection", """
I object to my details being handed to OK-perintä. I have never had any problem with
paying and nobody contacted me first.
"""),

    # ---------------- marketing opt-out ----------------
    M("marketing_opt_out", "typo subject-only unsubscribe", "Ryan Cole",
      "unsubcribe", """
Sent from my iPhone
"""),
    M("marketing_opt_out", "stop sales calls", "Margaret Ellis",
      "Phone calls", """
Please stop the sales calls. I really don't want them.
"""),
    M("marketing_opt_out", "take me off newsletter list", "Anna Schmidt",
      "newsletter", """
Take me off your newsletter list please.
""", fmt="html"),
    M("marketing_opt_out", "no more SMS offers pls", "Jake Turner",
      "sms", """
No more SMS offers pls
"""),

    # ---------------- complaint ----------------
    M("complaint", "how to lodge a complaint with Finnish DPA", "Victoria Shaw",
      "Complaint", """
How do I lodge a complaint with the Finnish data protection authority about your company?
"""),
    M("complaint", "invoice with personal ID sent to old employer, reported to DPO", "Martin Novak",
      "Data breach", """
You sent my invoice, with my full personal identity code on it, to my old employer.
That's a GDPR breach and I've reported it to the Data Protection Ombudsman.

Martin Novak
"""),

    # ---------------- multi ----------------
    M("access+erasure", "copy then erase", "Laura Simmons",
      "Data request", """
Please send me a copy of whatever personal data you have on me, and after that erase it
all.
"""),
    M("erasure+marketing_opt_out", "unsubscribe and delete data", "Chris Parker",
      "unsubscribe + delete", """
Unsubscribe me and delete my data.
"""),
    M("objection+erasure", "withdraw consent, remove daughter's picture from Facebook", "Hannah Lee",
      "Daughter's picture", """
Hi,

please remove my daughter's picture from your Facebook page. We withdraw our consent
for it to be used anywhere.

Hannah and Mike Lee
""", fmt="alt"),
    M("access+complaint", "still no answer to SAR after five weeks; reporting to ICO", "Graham Wood",
      "SAR - no response", """
Still no answer to my subject access request after five weeks. Send me my data. I am
reporting this to the ICO today.

Graham Wood
"""),
    M("rectification+marketing_opt_out", "correct name and stop promos", "Sophie Turner",
      "name + emails", """
Please correct my name (it's Sophie, not Sophia) and stop sending me promotional emails.
"""),
    M("portability+erasure", "export data then delete", "Ben Clarke",
      "Leaving", """
I'm leaving your service. Export my data in a machine-readable format and send it to me,
then delete my account and everything attached to it.

Ben
"""),
    M("restriction+complaint", "restrict during DPA complaint", "Alice Morgan",
      "Restriction of processing", """
I have filed a complaint with the supervisory authority about how you process my data.
Until it is decided, please restrict the processing of my personal data.

Alice Morgan
""" + DISCLAIMER_EN),
    M("objection+marketing_opt_out", "stop tracking and no more marketing emails", "Tyler Brooks",
      "tracking", """
stop tracking me on your site and no more marketing emails thx
"""),
    M("access+rectification+erasure", "what you have, fix address, delete kids' old photos",
      "Rachel Green", "Several things", """
Hi,

three things:
1) please tell me what personal data you hold about me,
2) my address is wrong – it should be Rantakatu 4 B, 65100 Vaasa,
3) delete my children's old kindergarten photos from 2019 and 2020, we don't need them.

Thanks, Rachel
"""),

    # ---------------- near-misses ----------------
    M("", "near-miss: cancel appointment", "Jack Mills",
      "Appointment", """
I need to cancel my appointment on Friday. Sorry for the short notice.
"""),
    M("", "near-miss: reprint order", "Sarah Powell",
      "Reprints", """
Hi, can I order reprints of the school photos from last spring? Two 13x18 copies.
"""),
    M("", "near-miss: invoice copy", "Nathan Hill",
      "invoice", """
Could you email me a copy of the invoice for order 30912?
"""),
    M("", "near-miss: wrong amount on invoice", "Grace Kim",
      "Wrong amount", """
There's a wrong amount on my invoice – you charged 89 EUR but the price list says 69.
"""),
    M("", "near-miss: print quality complaint (word 'complaint')", "Robert King",
      "Complaint about print quality", """
This is a complaint about the print quality. The canvas arrived with a crease and the
colours are washed out. Very disappointed.
"""),
    M("", "near-miss: passport photo code not working", "Amira Haddad",
      "passport photo", """
the passport photo code doesn't work on police website, it says invalid
"""),
    M("", "near-miss: where is my order", "Lucy Baker",
      "Order status", """
Where is my order? It's been three weeks.
"""),
    M("", "near-miss: can't log in", "Ethan Scott",
      "login", """
I can't log in to the gallery with the code on the card.
"""),
    M("", "near-miss: retouching, 'remove' red eye", "Chloe Adams",
      "Red eye", """
Could you remove the red eye from photo 12 before printing?
"""),
    M("", "near-miss: delete the duplicate order", "Samuel Young",
      "duplicate", """
Please delete the duplicate order, I paid twice by mistake. Order 4410 can stay.
"""),
    M("", "near-miss: staff photo price question", "Patricia Evans",
      "Quote for staff photos", """
Hello, what would staff photos for about 25 people cost? We'd like them for our website.

Patricia Evans
Office Manager
""" + DISCLAIMER_EN, fmt="alt"),
    M("", "near-miss: re-subscribe", "Megan Wright",
      "newsletter again", """
I unsubscribed by accident – can you put me back on the newsletter?
"""),
    M("", "near-miss: thanks reply; quoted thread is an access request", "Peter Hall",
      "Re: Your access request", """
Thanks, got it. All looks fine.

Peter

On Mon, 10 Mar 2025 at 14:02, Zoomi Kuvakaupat <tietosuoja@example.fi> wrote:
> Dear Peter, attached is a copy of the personal data we hold about you.
>
> On Fri, 7 Mar 2025 at 18:30, Peter Hall <peter.hall@example.com> wrote:
>> Please send me a copy of all my personal data and tell me who you shared it with.
""", reply=True, fmt="qp"),
    M("", "near-miss: asks for privacy policy in English", "Julia Novak",
      "privacy policy", """
Do you have a privacy policy in English? Just curious before I book.
"""),
    M("", "near-miss: gift card question", "Harry Collins",
      "gift card", """
Can a gift card be used for passport photos too?
"""),
    M("", "near-miss: change delivery address on one order", "Zoe Campbell",
      "delivery address for order 7731", """
Could you change the delivery address for order 7731 to my office, Vaasanpuistikko 16,
65100 Vaasa? I won't be home next week.
"""),
    M("", "near-miss: high-res files of photos (product)", "Adam Lewis",
      "high-res", """
Can I get the high-res files of my photos? Happy to pay.
"""),
]
