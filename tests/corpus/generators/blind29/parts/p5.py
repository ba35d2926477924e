from parts.common import E

E("en", "", True, "helpdesk auto-close notice, friendly tone, no header",
  "Botnia Housing Support <support@example.fi>", "We're closing your ticket #7741 – Staff photos invoice question",
  """Hi there,

We haven't heard back from you in a while, so we're going to close ticket #7741 for now. No worries – if you still need help, just reply to this email and the ticket will open again automatically.

Thanks for your patience!

Botnia Housing Support team""")

E("en", "access", False, "privacy professional's access request; 'reserve the right to complain' is not a complaint",
  "Anna-Kaisa Rautio <ak.rautio@example.fi>", "Data subject access request",
  """Hello,

I hereby request access to my personal data under Article 15 GDPR. Please provide:

- a copy of all personal data concerning me, including photos, order and invoice data, booking history from Slotti and any notes in your CRM;
- the names of all recipients, including processors (I note your privacy notice lists Slotti, Business Central, OK-perintä and Google Analytics);
- the retention period for each category.

I also note, with some surprise, that your privacy notice (1.1.2022) does not state the legal basis for each purpose. I'd encourage you to update it.

I reserve the right to lodge a complaint with the supervisory authority should the response be incomplete.

Kind regards,
Anna-Kaisa Rautio
Data Protection Officer (writing in a private capacity)""")

E("en", "marketing_opt_out", False, "non-native, no more advertising mails",
  "Svetlana Ivanova <svetlana.ivanova@example.com>", "advertising",
  """Hello. I dont want any more the advertising mails from you. Please stop it. Thank you. Svetlana""")

E("en", "", False, "mentions past erasure as background, wants to book",
  "Thomas Müller <thomas.muller@example.com>", "booking after data deletion",
  """Hi,

Last year I used my right to erasure with you, so you probably won't find me in your system anymore – that's fine!

Now I need new passport photos for my residence permit. Do I need to create a new account in order to book a time, or can I just walk in?

Danke,
Thomas""")

E("en", "erasure", False, "17-year-old at international school wants last year's school photos deleted",
  "Lily Chen <lily.chen2009@example.com>", "delete my pics pls",
  """hi

can you please delete my photos from last year's school photo day (vaasa international school, grade 11)? i hate them honestly lol and i don't want them to exist anywhere. my parents didn't buy any so nobody needs them.

i'm 17 if that matters

lily""")

E("en", "", False, "'unsubscribe my daughter' from photo day = absence; near-miss",
  "Emily Brown <emily.brown@example.com>", "unsubscribe from photo day",
  """Hello,

Please unsubscribe my daughter Grace Brown (Päiväkoti Satakieli, group Oravat) from the photo session on Tuesday 10.11. She'll be on holiday in Spain with her grandparents that week. Is there a make-up day later?

Thanks,
Emily""")

E("en", "rectification", False, "legal name change",
  "Alex Nordström <alex.nordstrom@example.fi>", "Name change",
  """Hello,

I have legally changed my first name (I'm trans), and my name is now Alex Nordström. Your records still show my old name, and it appears on my customer account, in the greeting of your emails and on the old gallery from my graduation photos.

Please update my name everywhere in your records. I can show the decision from the Digital and Population Data Services Agency if needed.

Thank you,
Alex""")

E("en", "access", False, "guardian: can I see data stored about my son",
  "Paul Jensen <paul.jensen@example.com>", "my son's data",
  """Can I see the data you store about my son, Lukas Jensen (Gerbyn koulu, 5B)? I'm his father and we share custody.

Paul Jensen""")

E("en", "erasure", False, "teacher forwards a parent's deletion request and asks us to handle it",
  "Mari Laine <mari.laine@example.fi>", "Fwd: photos of Ella",
  """Hi,

One of the parents in my class sent this to me – I think it's meant for you. Could you please take care of it and reply to her directly?

Thanks,
Mari Laine
class teacher, 2C, Vikinga school

---------- Forwarded message ---------
From: Jessica Taylor <jessica.taylor@example.com>
Subject: photos of Ella

Hi Mari, could you please make sure the photo company deletes all photos of Ella from this autumn's photo day? We are not ordering and I don't want them kept anywhere. Thanks, Jessica""")

E("en", "", True, "e-invoicing service 'invoice viewed' notice, chatty, no header",
  "BillFlow <hello@example.com>", "Good news – Vaasan Vesi opened your invoice 2026-611 👀",
  """Hi Zoomi Kuvakaupat!

Your invoice 2026-611 (1 240,00 €) to Vaasan Vesi was just opened by the recipient.

Due date: 30.11.2026

We'll let you know when it's paid. Have a great day!

– The BillFlow team""")

E("en", "objection", False, "refuses use of his photo in photographer training material",
  "Niklas Forsman <niklas.forsman@example.fi>", "training material",
  """Hi,

The photographer at our staff session said that my portrait is a "good example" and might be used in your internal training material for new photographers. I don't want that. Please don't use my picture for training or anything other than the staff photo my employer ordered.

Niklas Forsman""")

E("en", "access+restriction", False, "contests unpaid-invoice record; send what records show, restrict until resolved",
  "Grace Mwangi <grace.mwangi@example.com>", "Your claim that I did not pay",
  """Hello,

Your collection partner claims I have not paid invoice 87120 from spring 2026. I paid it in April (bank statement attached).

Please send me everything your records show about me and this invoice, including what you have passed to the collection company. Until this is sorted out, I ask you to restrict the processing of my data: do not pass anything more to the collection company and do not add any "unpaid" marks.

Grace Mwangi""")

E("fi", "marketing_opt_out", False, "no more SMS ads",
  "Raimo Hakkarainen <raimo.hakkarainen@example.fi>", "tekstiviestit",
  """Ei enää tekstiviestimainoksia kiitos. Numero 0400 123 987.
Raimo""")

E("fi", "", False, "'poistakaa varaus' = cancel booking",
  "Kirsi Toivonen <kirsi.toivonen@example.fi>", "varaus",
  """Hei, poistakaa mun varaus ensi keskiviikolta (perhekuvaus klo 17), lapsi sairastui. Varaan uuden ajan myöhemmin.
Kirsi""")

E("fi", "erasure+objection", False, "child's photo on Instagram: remove + object to use in ads",
  "Henna Kujala <henna.kujala@example.fi>", "Poikani kuva Instagramissa",
  """Hei

Mummo näytti minulle eilen Instagramista teidän mainoksen, jossa on poikani Aatu (3 v) päiväkotikuvasta. Emme ole antaneet siihen lupaa.

Poistakaa kuva Instagramista ja kaikista muistakin kanavista. Vastustan sitä, että lastani käytetään teidän mainoksissanne.

Henna Kujala""")

E("fi", "access", False, "very short lowercase access request",
  "Sami Nyström <sami.nystrom@example.fi>", "tietopyyntö gdpr",
  """tietopyyntö gdpr, mitä tietoja teil on must. sami nyström 0451234567""")

E("fi", "", True, "e-invoice receipt acknowledgement from municipality, no header",
  "Mustasaaren kunta, ostolaskut <ostolaskut@example.fi>", "Vastaanottokuittaus: lasku 2026-598",
  """Hei,

verkkolaskunne 2026-598 on vastaanotettu ja siirretty käsittelyyn. Maksuehto lasketaan laskun vastaanottopäivästä.

Tämä on automaattinen kuittaus. Laskuja koskevat kysymykset: ostolaskut@example.fi.

Mustasaaren kunta / Taloushallinto""")

E("fi", "rectification+marketing_opt_out", False, "address change and no paper ads to new address",
  "Pirjo Karvonen <pirjo.karvonen@example.fi>", "Muutto",
  """Hei,

muutimme Vaasasta Laihialle. Uusi osoite: Pirjo Karvonen, Keskustie 18, 66400 Laihia. Päivittäkää se, koska tytön lukion kuvat laskutetaan minulle.

Paperisia mainoksia en kuitenkaan halua uuteen osoitteeseen, eikä niitä tarvitse sähköpostiinkaan lähettää.

Pirjo""")

E("fi", "complaint", False, "received another family's photos; breach, will notify ombudsman",
  "Ville Rantanen <ville.rantanen@example.fi>", "Sain toisen perheen kuvat",
  """Hei

sain tänään sähköpostilla latauslinkin, jonka takana oli jonkun toisen perheen lapsen koulukuvat nimen ja luokan kanssa. Tämä on tietosuojaloukkaus. Ilmoitan asiasta tietosuojavaltuutetulle, ja toivon että ilmoitatte itsekin.

Poistin viestin.

Ville Rantanen""")

E("fi", "", False, "'valitus' about print quality, consumer complaint",
  "Tuula Heikkinen <tuula.heikkinen@example.fi>", "Valitus",
  """Hei, haluan tehdä valituksen. Luokkakuvassa värit ovat aivan vihreät ja kasvot näyttävät sairailta. Voitteko tulostaa uuden?

Tuula Heikkinen""")

E("fi", "portability", False, "colloquial: data and photos as transferable file",
  "Aleksi Korhonen <aleksi.korhonen@example.fi>", "tiedot tiedostona",
  """moi, voisko saada kaikki mun tiedot ja kuvat sellasena tiedostona jonka voi siirtää toiseen palveluun? joku csv tai json käy. kiitos

aleksi""")

E("fi", "erasure", False, "delete account",
  "Merja Räsänen <merja.rasanen@example.fi>", "Tilin poisto",
  """Hei, poistakaa tilini verkkokaupastanne. En ole käyttänyt sitä vuosiin.

t. Merja Räsänen""")

E("fi", "restriction", False, "contests 'unpaid' mark, stop processing until clarified",
  "Petri Hyvönen <petri.hyvonen@example.fi>", "Rajoituspyyntö",
  """Hei,

kiistän tietojenne oikeellisuuden: asiakastiedoissani on merkintä maksamattomasta laskusta, vaikka lasku on maksettu 12.8. Pyydän, että rajoitatte tietojeni käsittelyä, kunnes asia on selvitetty.

Petri Hyvönen""")

E("sv", "erasure", False, "delete child's photos",
  "Sara Kronholm <sara.kronholm@example.fi>", "mitt barns bilder",
  """Hej! Radera mitt barns bilder från daghemsfotograferingen i Solf (Otto Kronholm). Vi beställer inget i år.
Sara""")

E("sv", "marketing_opt_out", False, "STOPP reply to SMS-style marketing email",
  "Leif Granqvist <leif.granqvist@example.fi>", "SV: Erbjudande: julkort -25 %",
  """STOPP

> Erbjudande! Julkort med egen bild -25 % till 30.11. Svara STOPP för att
> inte få fler erbjudanden.""")

E("sv", "access+erasure", False, "copy first then delete",
  "Annika Wester <annika.wester@example.se>", "kopia och radering",
  """Hej,

Skicka först en kopia av alla uppgifter ni har om mig, och radera dem sedan. Jag vill se vad som fanns innan det försvinner.

Annika Wester""")

E("sv", "", False, "where is my order, near-miss",
  "Kim Ahlberg <kim.ahlberg@example.fi>", "Var är min beställning?",
  """Hej, var är min beställning 11029? Betalade för två veckor sedan och har inte fått något spårningsnummer.
Kim""")

E("sv", "objection", False, "forbids use of her photo in brochure",
  "Maj-Britt Nordling <majbritt.nordling@example.fi>", "Min bild i broschyren",
  """Hej,

Jag hörde att ni planerar en ny broschyr med bilder från vår personalfotografering på Malax kommun. Jag förbjuder användningen av min bild i er broschyr och i all annan reklam.

Maj-Britt Nordling""")

E("sv", "", False, "wrong recipient, near-miss",
  "Anna Lindholm <anna.lindholm2@example.fi>", "SV: Din beställning har skickats",
  """Hej, ni har skickat detta till fel person. Jag har inte beställt något av er, och jag har inga barn i Sundom skola. Det finns säkert en annan Anna Lindholm.

/Anna""")

E("sv", "erasure+complaint", False, "remove website photo within a week or contact ombudsman",
  "Johan Sjöholm <johan.sjoholm@example.fi>", "Bilden på er hemsida",
  """Hej,

Ni har en bild på mig och min dotter på er hemsida under "Familjeporträtt". Ta bort den. Om ni inte raderar bilden inom en vecka kontaktar jag Dataombudsmannen.

Johan Sjöholm""")
