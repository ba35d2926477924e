# English customer messages (native and non-native).
M = []


def m(kinds, frm, subj, body, note, **kw):
    M.append(dict(kinds=kinds, frm=frm, subj=subj, body=body, note=note, **kw))


DISC_EN = ("\n\n-- \nThis e-mail and any attachments are confidential and intended solely for the "
           "addressee. If you are not the intended recipient, please notify the sender immediately "
           "and delete this message. Any unauthorised use, copying or disclosure is prohibited.\n")

# ---------------- access ----------------
m("access", ("Tom Ellis", "tom.ellis@example.com"), "my data",
  "Hi, could you tell me what personal info you've got on me? I had passport photos done with you "
  "in 2022 and bought some prints online.\n\nThanks,\nTom\n", "access")
m("access", ("Rahul Mehta", "rahul.mehta@example.com"), "Information request",
  "Hello,\n\nI am living in Vaasa since 2 years. I want to know which informations about me is "
  "stored in your system and from where you have took my phone number, because I get calls.\n\n"
  "Best regards,\nRahul\n", "access + source, non-native")
m("access", ("Catherine O'Neill", "c.oneill@example.com"), "Data Subject Access Request – Article 15 UK/EU GDPR",
  "Dear Data Protection Officer,\n\nPursuant to Article 15 of the General Data Protection "
  "Regulation, I hereby request confirmation as to whether you process personal data concerning "
  "me and, where that is the case, a copy of such data together with the information set out in "
  "Article 15(1)(a)-(h).\n\nPlease respond within one calendar month of receipt.\n\nYours "
  "faithfully,\nCatherine O'Neill\n", "formal DSAR")
m("access", ("Daniel Park", "daniel.park@example.com"), "son's data",
  "Can I see what you store about my son? He's in 2nd grade at Vikinga school and had his class "
  "photo taken last week. I'm his dad.\n", "guardian access")
m("access", ("", "jess.m@example.com"), "calls??",
  "who did you share my details with?? I started getting calls from some photo album company right "
  "after my order with you\n", "access: recipients, informal")

# ---------------- rectification ----------------
m("rectification", ("Siobhan Kelly", "siobhan.kelly@example.com"), "Name spelling",
  "Please fix the spelling of my name in your system: it's Siobhan, not Siobahn. It's wrong on "
  "every invoice.\n", "name spelling")
m("rectification", ("Mark Jansen", "mark.jansen@example.com"), "RE: Your deletion request",
  "Actually, never mind the deletion - I'd rather just have my address updated. It's now "
  "Rantakatu 8 A 3, 65100 Vaasa.\n\nMark\n\n-----Original Message-----\nFrom: Mark Jansen "
  "<mark.jansen@example.com>\nSent: Monday, 3 June 2024 21:40\nTo: tietosuoja@example.fi\n"
  "Subject: Your deletion request\n\nPlease delete my account and all my data, your letters keep "
  "going to my old flat.\n", "new text is rectification only; quoted old mail asked erasure")
m("rectification", ("Laura Bennett", "laura.bennett@example.com"), "email address",
  "Hi - the email you have for me is my old work address. Please change it to "
  "laura.bennett@example.com.\n\nLaura Bennett\nHR Coordinator" + DISC_EN,
  "email change; disclaimer says 'delete this message'")
m("rectification", ("Grace Nyström-Lee", "grace.nl@example.com"), "Wrong surname",
  "Hello, my daughter's school photo record has the wrong surname. She has a double surname, "
  "Nyström-Lee, but you only have Lee. Could you correct it before the prints go out?\n",
  "guardian: child's surname")

# ---------------- erasure ----------------
m("erasure", ("", "bigmike@example.com"), "Delete my account", "Delete my account please.\n", "delete account")
m("erasure", ("Helen Ward", "helen.ward@example.com"), "Erasure",
  "Please erase all personal information you hold about me. I no longer use your services.\n\nHelen Ward\n",
  "erasure")
m("erasure", ("", "lilly.x@example.com"), "school pics",
  "hi im 15 and i dont want my school pics in ur system anymore can u delete them?? my name is "
  "lilly anttila, 9c\n", "teenager erasure")
m("erasure", ("James Cooper", "james.cooper@example.com"), "Staff photos - former employee",
  "Hello,\n\nI left Wärtsilä's Vaasa office in March. Please remove my staff photos and my name "
  "from your records.\n\nRegards,\nJames" + DISC_EN, "ex-employee erasure")
m("erasure", ("Nadia K.", "nadia.k@example.test"), "forget me", "Forget me. Everything. Thanks.\n", "erasure short")

# ---------------- restriction ----------------
m("restriction", ("Oliver Grant", "oliver.grant@example.com"), "Disputed invoice",
  "I dispute the invoice dated 3 February. Please do not process my data any further or send it "
  "anywhere until this is sorted out, but keep the records - I may need them.\n\nOliver Grant\n",
  "restriction pending dispute")
m("restriction", ("Priya Nair", "priya.nair@example.com"), "Hold on my data",
  "Please put my data on hold: don't delete anything, but don't use it either while my lawyer "
  "reviews the matter.\n", "restriction")

# ---------------- portability ----------------
m("portability", ("Ben Carter", "ben.carter@example.com"), "Export",
  "Can I get my order history and my photos as a zip with CSV or JSON? Moving everything to "
  "another service.\n", "portability")
m("portability", ("Anna Schmidt", "anna.schmidt@example.com"), "Article 20 request",
  "Dear Sir/Madam,\nunder Article 20 GDPR please transmit my personal data in a structured, "
  "commonly used and machine-readable format directly to PhotoVault Ltd (privacy@example.com).\n"
  "Kind regards\nAnna Schmidt\n", "portability direct transmission")

# ---------------- objection ----------------
m("objection", ("Chris Howard", "chris.howard@example.com"), "Re: Your request",
  "Thanks for the copy. I object to you using my data for analytics though - please stop.\n\n"
  "On Tue, Apr 16, 2024 at 10:05 AM Zoomi Kuvakaupat <tietosuoja@example.fi> wrote:\n"
  "> Dear Chris,\n> please find attached a copy of the personal data we hold about you.\n"
  "> You may also ask us to correct or delete your data.\n",
  "objection new; quoted mentions access/rectification/erasure")
m("objection", ("Megan Price", "megan.price@example.com"), "Instagram",
  "Please stop using my kid's photo on your Instagram. I no longer consent to that.\n",
  "consent withdrawal, child's photo on Instagram")
m("objection", ("Samir Haddad", "samir.haddad@example.com"), "debt collector",
  "Don't pass my details on to the debt collector. I'm disputing the charge with my bank and "
  "they will sort it.\n", "objection to debt collection")
m("objection", ("Emily Stone", "emily.stone@example.com"), "Staff photo on website",
  "Hi,\nI don't want my staff photo sent to my employer's website anymore. I withdraw my "
  "consent for that.\nEmily\n", "employee consent withdrawal")

# ---------------- marketing opt-out ----------------
m("marketing_opt_out", ("", "paul.r@example.com"), "unsubscribe", "unsubscribe\n", "bare unsubscribe")
m("marketing_opt_out", ("GARY HOLT", "gary.holt@example.com"), "STOP",
  "STOP TEXTING ME PROMOTIONS!!! I NEVER SIGNED UP FOR THIS\n", "caps SMS opt-out")
m("marketing_opt_out", ("Zoe Turner", "zoe.turner@example.com"), "mailing list",
  "please take me off your mailing list, I only ordered once for a passport photo\n", "mailing list")
m("marketing_opt_out", ("Ian Walsh", "ian.walsh@example.com"), "Sales calls",
  "No more sales calls please. I've told your guy twice already that I'm not interested in a "
  "family shoot.\n", "stop marketing calls")

# ---------------- complaint ----------------
m("complaint", ("Sarah Mitchell", "sarah.mitchell@example.com"), "Question",
  "How do I lodge a complaint with the Finnish data protection authority about your company? Is "
  "there an English form?\n", "how to complain")
m("complaint", ("Robert Hughes", "robert.hughes@example.com"), "Serious breach",
  "This is a clear GDPR violation: you emailed my child's photos to a complete stranger. I'm "
  "reporting it to the Data Protection Ombudsman today.\n", "violation + DPA report")

# ---------------- multi ----------------
m("objection+erasure", ("Kate Morgan", "kate.morgan@example.com"), "Photo on your website",
  "Hello,\n\nI withdraw my consent for the photo of my daughter on your kindergarten page. "
  "Please take it down and delete it from your files as well.\n\nKate\n", "consent withdrawal + delete")
m("access+erasure", ("Leo Fischer", "leo.fischer@example.com"), "my data",
  "Please send me everything you have on me, and after that delete it all.\n", "access then erase")
m("erasure+marketing_opt_out", ("Amy Brooks", "amy.brooks@example.com"), "unsubscribe + account",
  "Unsubscribe me from the newsletter and delete my account, thanks.\n", "opt-out + delete account")
m("access+complaint", ("Victor Alvarez", "victor.alvarez@example.com"), "Second request",
  "This is my second access request - the first one was 6 weeks ago and ignored. Send me my "
  "personal data now or I'll take this to the supervisory authority.\n", "access + DPA threat")
m("objection+marketing_opt_out", ("Hannah Lewis", "hannah.lewis@example.com"), "tracking & emails",
  "I don't consent to analytics tracking on your site, and I don't want any more promo emails.\n",
  "object analytics + opt-out")
m("access+portability", ("Yuki Tanaka", "yuki.tanaka@example.com"), "Data request",
  "Hello, I would like to receive copy of my personal data, and if possible in machine readable "
  "file (json) so I can move it. Thank you very much.\n", "access + portability, non-native")
m("rectification+marketing_opt_out", ("Peter Novak", "peter.novak@example.com"), "Two things",
  "Two things: 1) my phone number changed to +358 40 765 4321, please update it. 2) stop the "
  "marketing texts.\n", "update phone + stop texts")
m("erasure+complaint", ("Diane Fox", "diane.fox@example.com"), "Unacceptable",
  "You are in breach of GDPR by keeping my photos years after I asked you to stop. Delete "
  "everything you have on me immediately.\n", "GDPR accusation + erasure")
m("restriction+objection", ("Marcus Bell", "marcus.bell@example.com"), "debt collection",
  "I object to my data being passed to OK-perintä. While you look into it, please freeze my "
  "records - don't use or share them, and don't delete them.\n", "object + restrict meanwhile")
m("access+rectification+erasure", ("Sophie Laurent", "sophie.laurent@example.com"), "Personal data",
  "Hi,\n\ncan you tell me what you have on file about me? My email is wrong in there (should be "
  "sophie.laurent@example.com), please fix it, and delete the old photos from 2019 - I don't need "
  "them stored.\n\nSophie\n", "three kinds")

# ---------------- near-misses ----------------
m("", ("Jack Wilson", "jack.wilson@example.com"), "Cancel order", "Please cancel order #10455, I ordered the wrong size.\n",
  "order cancellation")
m("", ("Olivia Brown", "olivia.brown@example.com"), "duplicate",
  "Hi, please delete the duplicate order 55907 - I was charged twice.\n", "delete duplicate order")
m("", ("Ethan Young", "ethan.young@example.com"), "Reschedule",
  "Could I move my passport photo appointment from Friday to Monday morning?\n", "booking change")
m("", ("Mia Scott", "mia.scott@example.com"), "Can't log in",
  "I can't log in to see my kids' photos. It keeps saying invalid code.\n", "login help")
m("", ("Noah Adams", "noah.adams@example.com"), "Reprint",
  "I'd like a copy of my photos from last spring's session, 2 more prints of #7.\n", "reprint")
m("", ("Ava Hill", "ava.hill@example.com"), "Invoice copy",
  "Can you send me a copy of invoice 3390? Need it for my expenses.\n", "invoice copy")
m("", ("Liam Baker", "liam.baker@example.com"), "Invoice wrong",
  "The amount on my invoice is wrong - I used a 20% code but it wasn't applied.\n", "wrong amount")
m("", ("Ella Green", "ella.green@example.com"), "Complaint",
  "I want to complain about the print quality. The colours are washed out and there's a line "
  "across two photos. Very disappointed.\n", "product complaint")
m("", ("Isla Campbell", "isla.campbell@example.com"), "Retouch",
  "Could you remove the scratch on my son's cheek in photo 3 before printing?\n", "retouching")
m("", ("Lucas Martin", "lucas.martin@example.com"), "newsletter",
  "Your newsletter mentioned a Christmas card template with the kids' photo – where do I find it on "
  "the site?\n", "newsletter content question")
m("", ("Aarav Shah", "aarav.shah@example.com"), "passport photo code",
  "The passport photo code you gave me doesn't work on the police website. It says not found.\n",
  "passport code")
m("", ("Chloe King", "chloe.king@example.com"), "where is my order",
  "where is my order?? it's been 3 weeks\n", "delivery")
m("", ("Ryan Murphy", "ryan.murphy@example.com"), "Prices",
  "How much is a family session in the studio on a weekend?\n", "price")
m("", ("Grace Hall", "grace.hall@example.com"), "Re-subscribe",
  "I unsubscribed by mistake - can you put me back on the newsletter list?\n", "re-subscribe")
m("", ("Henry Clarke", "henry.clarke@example.com"), "Delivery address for order 7712",
  "Could you change the delivery address for order 7712 to my office? Only for this order.\n",
  "one order's delivery address")
m("", ("Dr. Alan Reid", "alan.reid@example.com"), "Privacy policy in English?",
  "Hello, does your company have a privacy policy in English? Our international school is "
  "considering you for class photos.\n\nAlan Reid\nPrincipal" + DISC_EN,
  "general privacy-policy question; disclaimer says delete")
m("", ("Fiona Black", "fiona.black@example.com"), "Re: Your data request",
  "Got it, thank you so much!\n\nOn Wed, 12 Jun 2024 at 09:30, Zoomi Kuvakaupat "
  "<tietosuoja@example.fi> wrote:\n> Dear Fiona,\n> attached is a copy of your personal data. We "
  "have also removed you from our\n> marketing list as requested. If you are unhappy you can "
  "complain to the\n> Data Protection Ombudsman.\n", "thanks; quoted text mentions access/opt-out/complaint")
