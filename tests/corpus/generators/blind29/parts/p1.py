from parts.common import E

E("en", "marketing_opt_out", False, "expat says 'delete me' but means newsletter; disputed: no erasure",
  "Priya Raghunathan <priya.r@example.com>", "delete me please",
  """Hello,

Please delete me from your emails. I am getting 2-3 mails every week about "autumn offers" and "family portrait days". I did one passport photo in your Vaasa shop last year, that's all, I dont need more.

Thank you
Priya""")

E("en", "", False, "'right to access' used for login problem; no DSR",
  "Dmitri Volkov <d.volkov@example.com>", "cannot access to my account",
  """Good day,

I can not access to my account in your web shop. It says "wrong password" and the reset link is not coming to my mail (I checked spam also). Under GDPR I have the right to access, so please help me to enter, I need to order the pictures of my daughter from kindergarten Vaskiluoto before the deadline on Friday.

My login is d.volkov@example.com

Best regards,
Dmitri Volkov""")

E("en", "access+complaint", False, "UK SAR template with unfilled placeholders; conditional ICO threat",
  "Tom Birchall <tom.birchall@example.com>", "Subject Access Request - [Your Name]",
  """Dear Sir or Madam,

Subject Access Request

I am writing to make a subject access request under the UK Data Protection Act 2018 / Article 15 of the GDPR for a copy of any information you hold about me.

I am a customer of [ORGANISATION NAME] and my customer reference number is [INSERT IF KNOWN].

Please supply the data in electronic form. If you need any more information from me, please let me know as soon as possible.

It may be helpful for you to know that a request for information under the Data Protection Act 2018 should be responded to within one month.

If you do not normally handle these requests for your organisation, please pass this letter to your Data Protection Officer. If you need advice on dealing with this request, the Information Commissioner's Office can assist you. If I do not receive a response within one calendar month I will make a complaint to the Information Commissioner's Office.

Yours faithfully,

[Your name]
Tom Birchall
Rauhankatu 9 B 14, 65100 Vaasa (moved from Leeds in 2023)""")

E("en", "access", False, "lawyer for client, full Art 15 list incl. right to complain info; access only",
  "Advokatbyrå Sundqvist <johanna.sundqvist@example.fi>", "Request for access under Article 15 GDPR – our client Mr Kaj Nyberg",
  """Dear Data Protection Officer,

We act on behalf of Mr Kaj Nyberg (born 1979), Korsholm, whose power of attorney is attached to this message.

On behalf of our client we hereby request confirmation as to whether or not Zoomi Kuvakaupat Oy processes personal data concerning him and, where that is the case, access to the personal data and the following information pursuant to Article 15(1)–(3) GDPR:

1. the purposes of the processing;
2. the categories of personal data concerned;
3. the recipients or categories of recipients to whom the personal data have been or will be disclosed, including the identity of each recipient (cf. CJEU C-154/21);
4. the envisaged period for which the personal data will be stored, or the criteria used to determine that period;
5. the existence of the right to request rectification or erasure or restriction of processing, or to object;
6. the right to lodge a complaint with a supervisory authority;
7. where the data were not collected from our client, any available information as to their source (we understand that our client's details may have been obtained via the Smedsby school sports club);
8. the existence of automated decision-making, including profiling.

Please provide a copy of the personal data undergoing processing in a commonly used electronic form, and send your reply to this office.

We look forward to receiving your response within the time limit laid down in Article 12(3) GDPR.

Yours sincerely,

Johanna Sundqvist
Attorney-at-law / Advokat
Advokatbyrå Sundqvist Ab, Hovrättsesplanaden 12, 65100 Vaasa

Attachment: Fullmakt_Nyberg.pdf""")

E("en", "", True, "relocation firm's ticket system ack, reads like a person, no auto header",
  "Nordic Relocation Services <support@example.com>", "Re: Invoice 2026-4471 / photo session for new employees",
  """Hi there,

Thanks so much for reaching out to Nordic Relocation Services! Just letting you know we've got your message and one of our team will get back to you within 2 business days.

Your reference number is #48213 – please keep it in the subject line if you write to us again, that way everything stays in one place.

In the meantime you might find an answer in our Help Centre.

Have a lovely day!
Team NRS

---- Your original message ----
> Hello, attached is the invoice for the staff photo session on 14 October (6 persons). Kind regards, Zoomi Kuvakaupat / laskutus""")

E("en", "rectification", False, "expat father, surname misspelled on kindergarten order and invoice",
  "Mark Smith <mark.smith@example.com>", "wrong surname",
  """Hi,

Small thing but it's annoying: my surname is Smith, not "Smit". It is wrong on my son Oliver's kindergarten photo order (Päiväkoti Onnela, Gerby) and also on the invoice you sent me. Could you fix it in your system so it stays correct next year too?

Cheers,
Mark Smith
+358 40 123 4567""")

E("en", "", False, "mentions access right as background, wants receipt for reimbursement",
  "Ana Costa <ana.costa@example.com>", "receipt for passport photo",
  """Hello,

I know that under GDPR I could ask you to show me what data you keep on me, but don't worry, that's not why I'm writing :)

I need a receipt for the passport photos I took in your studio in Vaasa on 22 September (paid by card, 24,90 €). My employer reimburses it but they need an official receipt with your business ID. Could you email it to me?

Obrigada,
Ana Costa""")

E("en", "objection", False, "privacy professional, Art 21(1) objection to analytics",
  "Laura Hietanen <laura.hietanen@example.fi>", "Objection under Art. 21(1) GDPR – web analytics",
  """Hello,

I work in data protection myself, so I'll keep this short and precise.

Your privacy notice (dated 1.1.2022) states that you process "other usage data" and visitor IP addresses and device metadata, and lists Google Analytics among the connected systems. I assume the legal basis for this is legitimate interest, as no consent banner was shown to me when I logged in to order my daughter's school photos.

On grounds relating to my particular situation (I do not want my browsing linked to my child's photo orders with a US-based analytics provider), I object under Article 21(1) GDPR to the processing of my personal data for analytics and "business development" purposes. Please confirm that this processing has stopped and whether any data already collected has been deleted from Google Analytics.

Everything else (orders, invoices) can stay as it is.

Kind regards,
Laura Hietanen
CIPP/E""")

E("en", "erasure+objection", False, "photo on Facebook: take down + don't use in ads",
  "Rebecca Lind <rebecca.lind@example.se>", "My daughter on your Facebook page??",
  """Hi,

A friend just sent me a screenshot: my daughter Elsa (the girl with the red bow, 5 years old) is on your Facebook page in the post about "Christmas mini sessions". I never agreed to that. We only bought the photos for ourselves.

Please take it down today. And do not use pictures of her in any of your advertising, not on Facebook, not on the website, nowhere.

Rebecca Lind
(we live in Vaasa, originally from Sweden)""")

E("en", "marketing_opt_out+complaint", False, "fourth request to stop SMS offers, conditional threat to ombudsman",
  "Jukka Peltonen <jukka.peltonen@example.fi>", "STOP the SMS",
  """This is the fourth time I ask you to stop sending me SMS offers. I replied STOP twice and called your shop once. Today I got another one ("Joulukuvat -20%").

Stop sending me marketing. If I receive one more message I will report you to the Data Protection Ombudsman, I already looked up the form.

J. Peltonen""")

E("en", "", False, "question about rights only, no request",
  "Hannah Becker <hannah.becker@example.com>", "question about school photos and privacy",
  """Hi!

We just moved to Finland from Germany and my son's school (Vasa övningsskola) is having photo day next month. Back home there was always a big discussion about consent for school photos.

Could you tell me in general what happens with the photos, how long you keep them and what rights I have as a parent? I'm not asking for anything specific yet, I just want to understand before I decide whether to order.

Thanks and best wishes,
Hannah""")

E("en", "portability", False, "wants gallery + order history machine-readable to move services",
  "Samuel Okafor <samuel.okafor@example.com>", "Data export (Article 20)",
  """Hello Zoomi team,

I have used your online shop since 2021 for family photos. We are moving to another photo service provider next year.

Under Article 20 GDPR, I would like to receive the personal data I have provided to you (account details, uploaded photos, order history) in a structured, commonly used and machine-readable format, for example a ZIP with the original image files plus a CSV or JSON of the orders.

If it is possible to transmit it directly to the new provider, I can send their details later.

Regards,
Samuel Okafor""")

E("fi", "erasure", False, "short casual erasure",
  "Jani Koskinen <jani.koskinen@example.fi>", "tiedot",
  """Moi

poistakaa mun tiedot teidän rekisteristä, en oo asiakas enää.

t. Jani""")

E("fi", "marketing_opt_out", False, "one-word POISTA reply to newsletter",
  "Sirpa Mäki <sirpa.maki@example.fi>", "Re: Syksyn perhekuvauspäivät – varaa nyt!",
  """POISTA

> Hei Sirpa!
> Syksyn perhekuvauspäivät ovat täällä. Varaa oma aikasi Vaasan studiolle
> ja saat digikuvat kaupan päälle.
>
> Et halua enää uutiskirjettä? Peruuta tilaus tästä.
> Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa""")

E("fi", "", False, "delete an order, near-miss",
  "Minna Rantala <minna.rantala@example.fi>", "tilaus tuplana",
  """Hei,
tilasin vahingossa kaksi kertaa saman kuvapaketin (tilaus 10482 ja 10483). Voitteko poistaa toisen tilauksen ja palauttaa rahat?

Minna Rantala""")

E("fi", "access+complaint", False, "reminder, quotes privacy notice, conditional threat to DPA",
  "Pekka Laaksonen <pekka.laaksonen@example.fi>", "Tarkastuspyyntö, muistutus",
  """Hyvä vastaanottaja,

lähetin teille 4.9. tarkastuspyynnön enkä ole saanut siihen mitään vastausta, en edes kuittausta.

Tietosuojaselosteessanne lukee: "Rekisteröidyllä on oikeus tarkastaa, mitä häntä koskevia tietoja rekisteriin on tallennettu." Pyydän siis edelleen kaikki minua ja alaikäisiä lapsiani (Aino ja Eetu Laaksonen) koskevat tiedot, myös mistä ne on saatu ja kenelle luovutettu.

Jos en saa vastausta kahden viikon kuluessa, teen asiasta ilmoituksen tietosuojavaltuutetulle.

Pekka Laaksonen
Koivulahti""")

E("fi", "", True, "out-of-office written in a personal voice, no header",
  "Tiina Alanko <tiina.alanko@example.fi>", "Re: Henkilökuvaus 21.10. – aikataulu",
  """Hei!

Kiitos viestistäsi. Olen syyslomalla ja palaan töihin maanantaina 26.10. Luen sähköpostejani satunnaisesti.

Kiireellisissä henkilöstöasioissa ota yhteyttä HR-koordinaattori Mikko Salmiseen, mikko.salminen@example.fi.

Aurinkoisin terveisin
Tiina

Tiina Alanko | HR-päällikkö | Vaasan Konepaja Oy""")

E("fi", "rectification", False, "school secretary corrects pupil's name on class list; disputed (client staff, not data subject)",
  "Vaskiluodon koulu, kanslia <kanslia.vaskiluoto@example.fi>", "3B luokkalista – nimi väärin",
  """Hei,

lähettämässänne 3B:n kuvaluettelossa yhden oppilaan nimi on väärin. Oikein on Eelis Mäkelä (ei "Eeli Mäkelä"). Huoltaja huomasi asian ja pyysi meitä ilmoittamaan.

Korjaisitteko nimen ennen kuin kuvat ja luokkakuvan nimilista menevät painoon.

Ystävällisin terveisin
Marja-Liisa Hautala
koulusihteeri, Vaskiluodon koulu""")

E("fi", "restriction", False, "disputes invoice, don't hand data to debt collector until resolved",
  "Ari Nieminen <ari.nieminen@example.fi>", "lasku 88231 ja perintä",
  """Hei

Sain muistutuksen laskusta 88231 jossa lukee että asia siirtyy OK-perintään. Kiistän laskun, en ole tilannut tätä kuvapakettia, tilasin vain yhden 15x20 kuvan joka on maksettu (kuitti liitteenä).

Älkää luovuttako tietojani perintätoimistolle ennen kuin asia on selvitetty. Pitäkää asia jäissä siihen asti.

Ari Nieminen
050 987 6543""")

E("fi", "", False, "'päästä käsiksi' = login to photo gallery; no DSR",
  "Jenni Hakala <jenni.hakala@example.fi>", "en pääse kuviin",
  """Moikka, miten mä pääsen käsiks mun lapsen kuviin? Sain lapun missä on koodi mut sivu sanoo et koodi on virheellinen. Koodi on ZK7-44D1

Jenni""")

E("fi", "erasure+marketing_opt_out", False, "elderly, handwritten style, delete name+address and stop ads",
  "Aune Björkqvist <aune.bjorkqvist@example.fi>", "Asiakkuus",
  """Hyvä vastaanottaja

Olen 82 vuotias enkä enää tarvitse teidän palveluitanne, lapsenlapset ovat jo aikuisia. Pyydän että poistatte nimeni ja osoitteeni teidän tiedoista ja lopetatte mainosten lähettämisen minulle, tulee sekä postissa että sähköpostissa.

Tyttäreni auttaa minua tämän viestin kanssa.

Ystävällisin terveisin
Aune Björkqvist
Mustasaari""")

E("fi", "objection", False, "objects to use for business development and analytics",
  "Olli Väisänen <olli.vaisanen@example.fi>", "vastustan käsittelyä",
  """Hei,

Luin tietosuojaselosteenne, jossa käyttötarkoituksiksi on mainittu mm. "liiketoiminnan kehittäminen" ja että verkkokaupassa käytetään Google Analyticsia.

Vastustan tietojeni käyttöä liiketoiminnan kehittämiseen ja analytiikkaan. Tilaukset ja laskutus saavat toki jatkua normaalisti.

Olli Väisänen""")

E("fi", "", False, "job application, near-miss",
  "Emilia Grönroos <emilia.gronroos@example.fi>", "Avoin hakemus – valokuvaaja",
  """Hei!

Olen valmistumassa medianomiksi (valokuvaus) Novian ammattikorkeakoulusta jouluna ja etsin töitä Vaasan seudulta. Teen mielelläni myös koulukuvauskauden aikana keikkaa.

Portfolio: emiliagronroos.example.fi
CV liitteenä. Puhun suomea, ruotsia ja englantia.

Terveisin
Emilia Grönroos
044 555 1212""")

E("sv", "access", False, "guardian asks what data held about her and child",
  "Sofia Westerlund <sofia.westerlund@example.fi>", "Vilka uppgifter har ni?",
  """Hej,

vi har beställt skolfoto via Smedsby-Böle skola de senaste tre åren. Nu undrar jag vilka uppgifter ni har om mig och om min son Elias Westerlund (åk 4)? Jag vill gärna få en kopia.

Hälsningar
Sofia Westerlund""")

E("sv", "marketing_opt_out", False, "'Nej tack' reply to campaign",
  "Göran Ek <goran.ek@example.fi>", "SV: Julkort med egen bild – beställ före 1.12!",
  """Nej tack

Skickat från min iPhone

> Hej Göran!
> Gör årets julkort med er egen familjebild. Beställ före 1.12 så hinner
> korten fram till jul.
> Vill du inte längre få våra nyhetsbrev? Avregistrera dig här.""")

E("sv", "erasure+complaint", False, "son's photo in shop window, 'ni bryter mot GDPR'",
  "Camilla Backman <camilla.backman@example.fi>", "Bild på min son i ert skyltfönster",
  """Hej!

Jag gick förbi er butik på Vasaratie i går och såg att en stor bild på min son Leo (7 år) hänger i skyltfönstret. Vi har aldrig gett lov till det, vi köpte bara skolfotona.

Ta bort bilden genast. Ni bryter mot GDPR när ni använder bilder på barn i reklam utan samtycke.

Camilla Backman""")

E("sv", "", True, "municipal registry auto-ack, reads like a person, no header",
  "Korsholms kommun registratur <registratur@example.fi>", "SV: Faktura / personalfotografering",
  """Hej,

tack för ditt meddelande till Korsholms kommuns registratur. Ditt ärende har tagits emot och registrerats. Vi vidarebefordrar det till rätt handläggare så snart som möjligt.

Observera att meddelanden som skickas till kommunen kan bli offentliga handlingar.

Med vänlig hälsning
Registraturen
Korsholms kommun""")

E("sv", "", False, "wants to order a copy of last year's class photo, near-miss",
  "Ulla Sjöberg <ulla.sjoberg@example.fi>", "kopia av klassfoto",
  """Hej!

Kan jag ännu beställa en kopia av förra årets klassfoto för Karperö skola åk 2? Vi tappade vårt exemplar i flytten. Dottern heter Alva Sjöberg.

Tack på förhand
Ulla""")

E("sv", "rectification+marketing_opt_out", False, "new surname after marriage + no more ads",
  "Nina Holmström <nina.holmstrom@example.se>", "namnbyte",
  """Hej,

jag har gift mig och heter numera Holmström (tidigare Nina Lindqvist). Kan ni ändra efternamnet på mitt kundkonto och på faktureringsadressen.

Och samtidigt: jag vill inte ha mer reklam från er, varken mejl eller sms.

Mvh Nina Holmström""")

E("sv", "portability", False, "wants photos and orders as file to move to another service",
  "Henrik Nylund <henrik.nylund@example.fi>", "exportera mina uppgifter",
  """Hej

Kan jag få ut mina bilder och beställningar från webbutiken som fil, t.ex. CSV eller liknande maskinläsbart format, så att jag kan flytta dem till en annan tjänst? Jag har förstått att det ska gå enligt dataskyddsförordningen (dataportabilitet).

/Henrik""")
