# -*- coding: utf-8 -*-
"""English customer messages (British, American, non-native) for corpus_blind3."""
from mk import m

L = "en"

EN = [
    # ---------------- single-kind ----------------
    m(L, "access", "British casual: what info on file", ("Gemma Hughes", "gemma.hughes@example.com"),
      "quick question",
      "Hiya,\n\nCould you tell me what info you've got on file for me? I bought some prints from you a "
      "couple of years ago when we lived in Vaasa and I'm just curious what's still kicking about.\n\n"
      "Cheers,\nGemma\n"),

    m(L, "access", "parent wants to see everything stored about daughter", ("David Okafor", "david.okafor@example.com"),
      "School photos - my daughter",
      "Hello,\n\nMy daughter had her school photo taken by your company at Vaasa International School "
      "last autumn. As her parent I would like to see everything you have stored about her, including "
      "the photos and any class lists you received from the school.\n\nKind regards,\nDavid Okafor\n"),

    m(L, "rectification", "surname misspelt on account", ("Fiona McAllister", "fiona.mcallister@example.com"),
      "Spelling of my name",
      "Hi there, you've got my surname spelled wrong on my account - it's McAllister with two Ls and a "
      "capital A. Could you sort that out please? Thanks, Fiona\n"),

    m(L, "rectification", "update mobile number, old one dead", ("", "tj.walsh@example.com"),
      "new number",
      "pls update my mobile no. on your system to +358 40 000 0000, the old one is dead\n"),

    m(L, "erasure", "close account and get rid of everything", ("Mark Jennings", "mark.jennings@example.com"),
      "Account",
      "Close my account and get rid of everything you have on me. I won't be using your shop again.\n"),

    m(L, "erasure", "non-native: remove all my informations", ("Ahmed Farouk", "ahmed.farouk@example.com"),
      "Request",
      "Hello,\n\nI am not anymore living in Finland. Please to remove all my informations from your "
      "system, also the pictures from passport photo. Thank you very much.\n\nBest regards\nAhmed Farouk\n",
      fmt="b64"),

    m(L, "restriction", "disputing invoice: don't process but don't delete", ("Rachel Simmons", "rachel.simmons@example.com"),
      "Invoice 2025-0312 - dispute",
      "Dear Sir or Madam,\n\nI am disputing the invoice you sent me on 12 March. While this is being "
      "looked into, please do not process my personal data any further, but do not delete anything "
      "either, as I may need it to support my case.\n\nYours faithfully,\nRachel Simmons\n"),

    m(L, "portability", "order history and files in importable format (JSON)", ("Kevin Tran", "kevin.tran@example.com"),
      "Export",
      "Hey, could you send over my order history and all the digital files in a format I can import "
      "into another service? JSON would be ideal, CSV works too. Thanks!\n", fmt="html-b64"),

    m(L, "objection", "exclude me from Google Analytics tracking", ("Hannah Lewis", "hannah.lewis@example.com"),
      "Tracking on your website",
      "Hi,\n\nI don't want to be tracked by Google Analytics or anything similar when I browse your "
      "website. Please exclude me from it.\n\nHannah\n", fmt="html"),

    m(L, "objection", "son's picture in shop window, never agreed, stop using", ("Laura Bennett", "laura.bennett@example.com"),
      "Our son's photo in your window",
      "Hi, I've just walked past your shop on Hovioikeudenpuistikko and noticed a large print of our son "
      "in the window display. We never agreed to that. Please stop using his picture for advertising.\n\n"
      "Laura Bennett\n"),

    m(L, "objection", "object to details handed to debt collector", ("Simon Price", "simon.price@example.com"),
      "Debt collection",
      "I object to my details being handed over to OK-perintä. The amount is disputed and you know "
      "that perfectly well.\n\nSimon Price\n"),

    m(L, "marketing_opt_out", "take me off the call list", ("Brian Kelly", "brian.kelly@example.com"),
      "Phone calls",
      "Please take me off whatever call list I'm on. I do not want sales calls from your company, "
      "thank you.\n"),

    m(L, "marketing_opt_out", "unsub pls", ("", "zoe.p@example.com"),
      "Re: Spring mini sessions are back!", "unsub pls\n"),

    m(L, "complaint", "reported to the Data Protection Ombudsman", ("Martin Gallagher", "martin.gallagher@example.com"),
      "Your handling of my request",
      "You took three months to answer my request and then sent me a file containing another customer's "
      "order details. This is a serious GDPR violation and I have reported it to the Finnish Data "
      "Protection Ombudsman today.\n\nMartin Gallagher\n"),

    m(L, "access", "ALL CAPS what data", ("", "rob.kemp@example.com"),
      "DATA", "WHAT DATA DO YOU HAVE ABOUT ME?? ANSWER PLEASE\n"),

    m(L, "access", "American formal long request, categories/recipients/retention", ("Jennifer Alvarez", "jennifer.alvarez@example.com"),
      "Request for personal information",
      "To whom it may concern,\n\nI was a customer of your online photo shop while I was on an exchange "
      "year in Vaasa in 2022-2023. Pursuant to the EU General Data Protection Regulation, I am requesting "
      "a copy of the personal information your company maintains about me, together with the categories "
      "of data, the purposes for which it is used, the recipients it has been disclosed to, and how long "
      "you intend to keep it.\n\nPlease send the information to this email address. I appreciate your "
      "prompt attention to this matter.\n\nSincerely,\nJennifer Alvarez\nAustin, TX\n", fmt="alt"),

    m(L, "erasure", "destroy all photos of twins from kindergarten shoot", ("Olivia Grant", "olivia.grant@example.com"),
      "Kindergarten photos",
      "Hello, please make sure all photos of my twins (Noah and Mia Grant, Tuulimylly kindergarten) "
      "from the shoot last week are permanently destroyed. We decided not to buy any.\n\nOlivia Grant\n",
      fmt="qp"),

    # ---------------- several kinds ----------------
    m(L, "portability+erasure", "all data as CSV for new provider, then delete account", ("Tom Becker", "tom.becker@example.com"),
      "Leaving",
      "Hi, please send me all my data as CSV so I can move it to my new photo provider, then delete "
      "my account. Ta.\n"),

    m(L, "objection+erasure", "withdraw consent for website photo, take down and delete",
      ("Charlotte Evans", "charlotte.evans@example.com"), "Photo on your website",
      "Hello,\n\nLast year I agreed to let you use one of my portrait photos on your website. I'm "
      "withdrawing that consent now. Please take the picture down and delete it from your files.\n\n"
      "Best wishes,\nCharlotte Evans\n"),

    m(L, "erasure+marketing_opt_out", "stop emailing me and delete my details", ("", "dan.murphy@example.com"),
      "enough",
      "stop emailing me and delete my details. thanks\n"),

    m(L, "access+complaint", "wants to know what is held, else ICO/DPA", ("Priya Sharma", "priya.sharma@example.com"),
      "Data request",
      "Hi,\n\nI want to know what personal data you hold on me and my son, who had his photos taken at "
      "his nursery. If I don't hear back within a month I will take this up with the data protection "
      "authority.\n\nPriya Sharma\n"),

    m(L, "rectification+restriction", "address wrong; don't use data until corrected", ("Nathan Cole", "nathan.cole@example.com"),
      "Wrong address",
      "Your records have my old address (Rauhankatu 3) - I moved to Pitkäkatu 40 B 7 in January. "
      "Please correct it, and until that's done please don't use my details for anything, I don't want "
      "more letters going to the wrong place.\n\nNathan\n", fmt="cp1252"),

    m(L, "objection+marketing_opt_out", "no profiling and no more newsletters", ("Sarah Whitfield", "sarah.whitfield@example.com"),
      "Preferences",
      "Hi, I'd rather you didn't build any kind of profile of me from my purchases, and I don't want "
      "the newsletters any more either. Many thanks, Sarah\n"),

    m(L, "access+objection", "what was passed to debt collector, and objects", ("Gary Holt", "gary.holt@example.com"),
      "Collection agency",
      "What exactly did you pass on to the debt collection agency about me? I want a full list. "
      "And for the record, I object to you sharing my information with them at all.\n"),

    m(L, "erasure+complaint", "long message, deletion + complaint in PS", ("Eleanor Fitzgerald", "eleanor.fitzgerald@example.com"),
      "Graduation photos order #66310",
      "Hello,\n\nThank you for the graduation photos. The prints look lovely, although the frame of the "
      "large one arrived with a chipped corner, which I have photographed (attached). I'd be grateful if "
      "you could send a replacement frame when you have the chance.\n\n"
      "I'd also like to ask whether it is possible to order a canvas version of image 14 later in the "
      "year, as my mother would like one for her birthday.\n\n"
      "Warm regards,\nEleanor\n\n"
      "P.S. Completely separate matter: I asked over the phone in January for my old account from 2019 "
      "to be deleted and it is still there. Please delete it now. If it isn't gone this time I'll be "
      "lodging a complaint with the Data Protection Ombudsman.\n"),

    # ---------------- near-misses ----------------
    m(L, "", "near-miss: cancel appointment", ("", "lucy.m@example.com"),
      "Cancel appointment",
      "Hi, I need to cancel my passport photo appointment on Friday at 10:30. Sorry for the short "
      "notice!\nLucy\n"),

    m(L, "", "near-miss: reprint copies of photos", ("George Palmer", "george.palmer@example.com"),
      "Copies",
      "Hello, could I get two more copies of my photos from the family shoot in May? Same size as "
      "before please. How much would that be?\n\nGeorge\n"),

    m(L, "", "near-miss: invoice copy needed", ("Amanda Ross", "amanda.ross@example.com"),
      "Invoice copy",
      "Could you send me a copy of invoice 2025-0140? Our accounts department needs it for the "
      "staff photos we ordered.\n\nAmanda Ross\nOffice Manager\n"),

    m(L, "", "near-miss: passport photo code doesn't work", ("Yusuf Demir", "yusuf.demir@example.com"),
      "Photo code not working",
      "Hi, the passport photo code you gave me doesn't work on the police website. It says the code is "
      "not found. Can you check?\n"),

    m(L, "", "near-miss: retouch, remove pimple", ("Megan Clarke", "megan.clarke@example.com"),
      "Retouching",
      "Hiya! Is it possible to remove the spot on my chin in the headshot before you send the final "
      "files? Happy to pay extra x\n", fmt="html"),

    m(L, "", "near-miss: where is my order", ("", "chris.b@example.com"),
      "where is my order",
      "ordered a canvas 3 weeks ago, still nothing. tracking link doesnt work. wheres my order???\n"),

    m(L, "", "near-miss: product complaint (faded prints), the word 'complaint'", ("Patricia Moore", "patricia.moore@example.com"),
      "Complaint",
      "I want to make a complaint. The prints I received are faded and one has a scratch across the "
      "middle. This is not the quality I paid for. Please replace them.\n\nPatricia Moore\n"),

    m(L, "", "near-miss: delete the second (duplicate) order", ("Ian Fletcher", "ian.fletcher@example.com"),
      "Double order",
      "Hi, the website glitched and I ended up ordering the same package twice. Can you please delete "
      "the second order (no. 81102) and refund it?\n\nIan\n"),

    m(L, "", "near-miss: staff photo booking with GDPR/delete disclaimer", ("Robert Hill", "robert.hill@example.com"),
      "Staff headshots - quote",
      "Hi,\n\nWe're a team of 22 at our Vaasa office and need new headshots for the website. Could you "
      "send a quote and some available dates in April?\n\nBest,\nRobert Hill\nHR Manager\n\n"
      "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be privileged. "
      "If you are not the intended recipient, please notify the sender immediately and delete this e-mail "
      "from your system. Personal data is processed in accordance with the GDPR. See our privacy policy "
      "for your rights, including the right to access and erasure.\n", fmt="alt"),

    m(L, "", "near-miss: reply thanks, quoted part asks to delete data", ("Sophie Turner", "sophie.turner@example.com"),
      "Re: Your files are ready",
      "Thanks, got the files - they look great!\n\nSophie\n\n"
      "On Tue, 18 Feb 2025 at 09:14, Zoomi Photo Shop <shop@example.fi> wrote:\n"
      "> Hi Sophie,\n> your files are ready for download. As requested earlier, we will delete your data\n"
      "> once the download period ends.\n>\n"
      "> On Mon, 10 Feb 2025, Sophie Turner <sophie.turner@example.com> wrote:\n"
      ">> Please send the files and then delete my data and account.\n"),

    # ---------------- reply with quoted text; only new text counts ----------------
    m(L, "rectification", "reply: new text corrects email; quoted part about an order", ("Liam O'Brien", "liam.obrien@example.com"),
      "RE: Order 59920 shipped",
      "Thanks. Also, please correct the email address on my account - it should be liam.obrien@example.com, "
      "not liam.obrein@example.com. The typo is why I missed your earlier messages.\n\n"
      "-----Original Message-----\nFrom: Zoomi Photo Shop <shop@example.fi>\n"
      "Sent: Wednesday, 5 March 2025 11:02\nTo: liam.obrein@example.com\nSubject: Order 59920 shipped\n\n"
      "Your order has shipped. To stop receiving our newsletter, click unsubscribe. To request deletion of "
      "your data, contact our privacy team.\n"),
]
