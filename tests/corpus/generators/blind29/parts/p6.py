from parts.common import E

E("en", "", True, "lawyer's out-of-office in personal voice, no header",
  "Erik Westö <erik.westo@example.fi>", "Re: Your request for erasure – case 2026-142",
  """Thank you for your email.

I am in court for the rest of the week and will have limited access to email. I will reply to you as soon as I can on Monday 9 November. For urgent matters, please call our office on +358 6 123 4500 and ask for my assistant, Pia.

Kind regards,
Erik Westö
Attorney-at-law""")

E("en", "access+portability", False, "privacy pro: copy + Art 20 data in machine-readable form",
  "Julia Schneider <julia.schneider@example.com>", "Art. 15 + Art. 20 request",
  """Hello,

Please treat this email as a request under Article 15 GDPR (access) and Article 20 GDPR (data portability).

1. Please confirm whether you process personal data about me and provide a copy of that data together with the information listed in Article 15(1).
2. In addition, please make the personal data that I have provided to you (account data, uploaded photos, order history) available to me in a structured, commonly used and machine-readable format, so that I can transmit it to another controller.

Identification: I am writing from the email address registered to my customer account.

Best regards,
Julia Schneider""")

E("en", "", False, "quotes notice about Verifone but only asks about payment",
  "Daniel Kim <daniel.kim@example.com>", "card payment not working",
  """Hi,

I saw in your privacy notice that "payment card data are held by the payment provider Verifone" – so I guess you can't see what's wrong, but my card payment in the web shop failed three times today (Visa, Nordea). Can I pay by invoice instead? Order 11518, school photos for two kids.

Thanks,
Daniel""")

E("en", "access+complaint", False, "incomplete access answer, missing recipients; conditional ombudsman",
  "Marta Nowak <marta.nowak@example.com>", "Re: Your access request – incomplete",
  """Hello,

Thank you for your reply of 12 October. However, it is not complete. Article 15(1)(c) GDPR gives me the right to know the recipients of my data, and your answer says only "our partners". I know at least that my data went to a debt collection company, because they called me.

Please send me the names of all recipients of my data and tell me what was sent to each of them.

If I don't receive the complete answer within two weeks, I will take this to the Data Protection Ombudsman.

Marta Nowak

> Dear Marta Nowak,
> Attached please find a summary of the personal data we process about you.
> Your data may be shared with our partners where necessary.""")

E("en", "marketing_opt_out", False, "'delete my email from the newsletter'; disputed: no erasure",
  "Ben Taylor <ben.taylor@example.com>", "newsletter",
  """Can you delete my email from the newsletter? I never signed up for it, I just bought a passport photo once. Thx""")

E("en", "erasure+marketing_opt_out", False, "widow asks to delete late husband's account and stop mail to him; disputed (deceased)",
  "Margaret Laaksonen <margaret.laaksonen@example.fi>", "My husband's account",
  """Dear Sir or Madam,

My husband, Heikki Laaksonen, passed away in August. He still receives your Christmas offers and letters at our home address, which is painful to see.

Please delete his customer account and stop sending him any marketing. My own account can stay as it is.

With kind regards,
Margaret Laaksonen
(English is my first language, I hope that is all right)""")

E("en", "", False, "'access' = download digital files; near-miss",
  "Sophie Martin <sophie.martin@example.com>", "How to access my photos",
  """Hello,

How can I access the digital files I bought? The download link in the email says "expired". It's the family session from 3 October, order 11201.

Merci!
Sophie""")

E("en", "restriction", False, "lawyer's litigation hold / preservation notice",
  "Nyberg & Co Attorneys <anders.nyberg@example.fi>", "Preservation notice – wedding photography, client Lotta Hirvonen",
  """Dear Sirs,

We represent Ms Lotta Hirvonen in a dispute with Zoomi Kuvakaupat Oy concerning the wedding photography assignment of 13 June 2026.

We hereby request that you preserve all records relating to our client and to this assignment, including booking data, correspondence, invoices, raw image files and edited images, and that you prevent their deletion, including any automatic deletion, until the dispute has been finally resolved.

Please confirm receipt of this notice.

Yours faithfully,
Anders Nyberg
Attorney-at-law""")

E("en", "objection", False, "staff member objects to portrait on Zoomi's client reference page (no removal asked)",
  "Oliver Grant <oliver.grant@example.fi>", "my photo as your reference",
  """Hi,

I noticed that you are using my staff portrait (taken for Wasa Shipping last spring) as an example on your "Business portraits" reference page. My employer ordered that photo for their own website, not for your marketing. I object to you using my photo as a reference or in any other marketing of yours.

Oliver Grant""")

E("en", "", False, "school IT asks for a data processing agreement; partner mail",
  "Vaasa Education IT <it.services@example.fi>", "DPA for student photo transfer",
  """Hello,

Ahead of the spring photo days, the City of Vaasa education department needs an updated data processing agreement (DPA) with you for the transfer of student portrait photos into our student information system. Under the GDPR we have to document this processing.

Could you send us your standard DPA template and a description of your technical and organisational security measures by the end of the month?

Best regards,
Jarmo Lindström
IT Services, Education Department, City of Vaasa""")

E("en", "rectification", False, "wrong flat number in customer record",
  "Amir Karimi <amir.karimi@example.com>", "wrong address in my details",
  """Hello,

In your system my address has flat number B 14 but it is B 41 (Kirkkopuistikko 22 B 41, 65100 Vaasa). All your letters go to my neighbour. Please correct it in my customer details.

Amir Karimi""")

E("en", "", False, "exchange student internship application",
  "Camille Dubois <camille.dubois@example.com>", "Internship application – photography student",
  """Dear Zoomi team,

I am an exchange student from Lyon studying at Novia UAS in Vaasa until June. I am looking for a 3-month internship in photography from February. I have experience with portrait and event photography and basic Finnish (I'm learning!).

Please find my CV and portfolio attached. I would be happy to meet you.

Best regards,
Camille Dubois""")

E("fi", "erasure", False, "very short 'forget me'",
  "Jouni Lampinen <jouni.lampinen@example.fi>", "unohtakaa minut",
  """Unohtakaa minut. Kaikki tiedot pois.
Jouni Lampinen""")

E("fi", "marketing_opt_out", False, "formal direct-marketing ban",
  "Eila Mononen <eila.mononen@example.fi>", "Suoramarkkinointikielto",
  """Kiellän suoramarkkinoinnin kaikissa kanavissa (sähköposti, tekstiviesti, kirje, puhelin).

Eila Mononen
Vöyri""")

E("fi", "erasure", False, "reply to our ID/order-number question, restates erasure wish",
  "Tiia Savolainen <tiia.savolainen@example.fi>", "Re: Poistopyyntönne",
  """Hei, tässä tilausnumero 10544, jotta voitte poistaa tyttäreni kuvat. Kuvaus oli Sundomin päiväkodissa syyskuussa.

Tiia

> Hei Tiia,
> käsittelemme poistopyyntöäsi. Voisitko vahvistaa tilausnumeron tai
> kuvakoodin, jotta löydämme oikeat kuvat?
> Ystävällisin terveisin, Zoomi Kuvakaupat / tietosuoja""")

E("fi", "objection", False, "colloquial: don't want to be in Google Analytics",
  "Kimmo Lehto <kimmo.lehto@example.fi>", "google analytics",
  """Moi, en halua olla teidän Google Analyticsissa, enkä hyväksy et mun käyttöä seurataan teidän verkkokaupassa. Voitteko ottaa mut pois siitä seurannasta

Kimmo""")

E("fi", "", False, "wants a copy of a photo (product), near-miss",
  "Seija Koponen <seija.koponen@example.fi>", "kopio kuvasta",
  """Hei, haluaisin kopion tyttären ylioppilaskuvasta 2019, alkuperäinen meni vesivahingossa. Onko se vielä tallessa ja paljonko maksaa 20x30?
Seija""")

E("fi", "complaint", False, "complaint to ombudsman with Zoomi in copy",
  "Arto Mäkinen <arto.makinen@example.fi>", "Ilmoitus tietosuojavaltuutetulle – Zoomi Kuvakaupat Oy",
  """Tietosuojavaltuutetun toimisto
Tiedoksi: Zoomi Kuvakaupat Oy

Teen ilmoituksen Zoomi Kuvakaupat Oy:n toiminnasta. Lähetin yhtiölle 28.8.2026 tarkastuspyynnön sähköpostitse heidän tietosuojaselosteessaan ilmoitettuun osoitteeseen. En ole saanut vastausta, eikä yhtiö ole ilmoittanut määräajan pidentämisestä.

Pyydän tietosuojavaltuutettua selvittämään asian.

Arto Mäkinen
Kasarmintie 7, 65100 Vaasa""",
  to="kirjaamo.tietosuoja@example.fi, Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>")

E("fi", "portability+erasure", False, "transfer data to another provider, then delete",
  "Elina Koskela <elina.koskela@example.fi>", "tietojen siirto ja poisto",
  """Hei,

siirtäkää kaikki verkkokauppaan tallentamani tiedot ja kuvat minulle koneluettavassa muodossa, jotta voin viedä ne toiseen palveluun. Kun olen vahvistanut saaneeni ne, poistakaa tilini ja tietoni.

Elina Koskela""")

E("fi", "", False, "knows access right, but only asks if passport photo sent to police",
  "Markku Laitinen <markku.laitinen@example.fi>", "passikuva",
  """Hei,

tiedän että minulla on oikeus tarkastaa tietoni, mutta nyt kysyisin vain käytännön asiaa: onko eilen otettu passikuvani jo lähetetty poliisin palvelimelle? Poliisin sivuilla sitä ei vielä näy.

Markku Laitinen""")

E("fi", "rectification", False, "child's two first names wrong on school photo order",
  "Sanna Ylinen <sanna.ylinen@example.fi>", "Lapsen nimi väärin",
  """Hei,

poikani nimi on väärin koulukuvatilauksessa: siinä lukee "Onni Ylinen", mutta hänellä on kaksi etunimeä, Onni-Pekka Ylinen, ja hän haluaa että molemmat näkyvät. Korjaatteko tiedot?

Sanna Ylinen""")

E("fi", "rectification+restriction", False, "another person's orders merged into account; fix, don't use meanwhile",
  "Tapio Niemi <tapio.niemi@example.fi>", "Tililläni on toisen henkilön tilauksia",
  """Hei,

verkkokauppatililläni näkyy kolme tilausta, joita en ole tehnyt ja joissa on toisen Tapio Niemen osoite Kokkolasta. Ilmeisesti tietomme on yhdistetty.

Korjatkaa tilini tiedot niin, että siellä on vain minun tilaukseni. Ja siihen asti kun asia on selvitetty, älkää käyttäkö tilini tietoja laskutukseen tai mihinkään muuhun.

Tapio Niemi, Vaasa""")

E("sv", "access", False, "formal Art 15 request in Swedish",
  "Christina Öhman <christina.ohman@example.fi>", "Begäran om tillgång enligt artikel 15",
  """Till Zoomi Kuvakaupat Oy

Jag begär tillgång till de personuppgifter som ni behandlar om mig enligt artikel 15 i dataskyddsförordningen. Skicka svaret elektroniskt till den här adressen.

Christina Öhman
Replot""")

E("sv", "", False, "reply to our ID question with order number only, no restatement; disputed",
  "Jessica Lindfors <jessica.lindfors@example.fi>", "SV: Din begäran",
  """Här är mitt ordernummer: 10992.

/Jessica

> Hej Jessica,
> för att kunna behandla din begäran ber vi dig bekräfta ordernumret eller
> bildkoden från skolfotograferingen.
> Med vänlig hälsning, Zoomi Kuvakaupat / dataskydd""")

E("sv", "marketing_opt_out", False, "no marketing, not by post either",
  "Ralf Forsström <ralf.forsstrom@example.fi>", "marknadsföring",
  """Hej, jag vill inte få marknadsföring från er, inte heller per post. Tack.
Ralf Forsström, Närpes""")

E("sv", "restriction", False, "don't delete, needs data for dispute with ex-husband",
  "Helena Sjöblom <helena.sjoblom@example.fi>", "Radera inte",
  """Hej,

Jag vet att min före detta man har bett er radera våra gemensamma kunduppgifter. Radera inte uppgifterna om vem som har betalat barnens skolfoton och familjefotograferingen 2025 – jag behöver dem för en tvist om underhållet. Ni får gärna låta bli att använda dem till något annat.

Helena Sjöblom""")

E("sv", "access+complaint", False, "son's school photo sent to non-custodial father; breach + what was disclosed",
  "Linda Enqvist <linda.enqvist@example.fi>", "Ni skickade min sons bilder till hans pappa",
  """Hej,

Min sons skolfoton (Viktor Enqvist, Sundom skola) har skickats till hans pappa, som inte är vårdnadshavare och inte ska ha våra uppgifter. Ni bryter mot GDPR.

Jag vill veta vilka uppgifter om Viktor och mig ni har lämnat ut till honom och när.

Linda Enqvist""")

E("sv", "", True, "supplier webshop order confirmation, machine text, no header",
  "Fotoliv Grossist <order@example.se>", "Tack för din beställning #SE-44871",
  """Hej Zoomi Kuvakaupat!

Tack för din beställning. Vi packar den så snart som möjligt och skickar ett spårningsnummer när paketet har lämnat lagret.

2 st Fotopapper premium glossy 20x30, 500 ark
1 st Bakgrundsrulle grå 2,72 x 11 m

Totalt: 612,00 EUR (exkl. moms)

Hälsningar,
Fotoliv Grossist""")

E("sv", "", False, "asks what rights regarding children's photos, no request",
  "Mikaela Rönnqvist <mikaela.ronnqvist@example.fi>", "rättigheter",
  """Hej, vilka rättigheter har jag när det gäller mina barns skolfoton? Vi funderar på om de ska vara med nästa år. Bara en fråga!
/Mikaela""")

E("sv", "portability", False, "transfer data directly to another studio",
  "Jonas Vikström <jonas.vikstrom@example.fi>", "Överföring av uppgifter",
  """Hej,

Överför mina kunduppgifter och de digitala bilderna från våra fotograferingar direkt till Fotostudio Kvarken i Vasa (info@example.fi), vi har bytt fotograf. Om det inte går, skicka dem till mig i ett format som de kan läsa in.

Jonas Vikström""")
