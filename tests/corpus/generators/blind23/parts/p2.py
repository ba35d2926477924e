from parts.common import E

E("fi", "erasure", False, "spoken Finnish without umlauts, reply to review request, wants account deleted",
  "Niko Salminen <niko.salminen@example.fi>", "Re: Miten onnistuimme? Kerro meille!",
  """moi, ei kiinnosta mikaan kysely. poistakaa mun tili teidan verkkokaupasta ja kaikki tiedot kans, en tarvii sita enaa

niko

Zoomi Kuvakaupat <palaute@example.fi> kirjoitti pe 20.11.2026 klo 10.00:
> Hei Niko!
> Kiitos tilauksestasi. Vastaa lyhyeen kyselyyn ja osallistu arvontaan.
> Jos et halua saada meiltä viestejä, voit perua tilauksen täältä.""")

E("fi", "objection", False, "reply to company question, clarifies he objects to Google Analytics tracking, not erasure",
  "Mikko Aaltonen <mikko.aaltonen@example.fi>", "Re: Pyyntönne käsittely",
  """Hei,

en halua tilini poistoa. Tarkoitin että vastustan sitä että käyttäytymistäni verkkokaupassa seurataan ja tiedot menevät Google Analyticsiin. Se käsittely pitää lopettaa minun osaltani, muuten tili saa jäädä.

Mikko

> Hei Mikko,
> kiitos viestistäsi. Haluatko että poistamme koko asiakastilisi, vai koskeeko pyyntösi vain tiettyä käsittelyä?
> Zoomi Kuvakaupat / tietosuoja""")

E("fi", "", True, "Business Central invoice notice",
  "Zoomi Kuvakaupat laskutus <laskutus@example.fi>", "Lasku 2026-3391 Zoomi Kuvakaupat Oy",
  """Hyvä asiakas,

liitteenä laskunne 2026-3391.
Summa: 39,90 EUR
Eräpäivä: 21.12.2026
Viitenumero: 1234 56789

Tämä viesti on lähetetty automaattisesti laskutusjärjestelmästä.
Zoomi Kuvakaupat Oy, Y-tunnus 0855332-0""")

E("fi", "access", False, "guardian asks which data about child, source and recipients",
  "Timo Hakala <timo.hakala@example.fi>", "Lapsen tiedot",
  """Hei,

olen Oona Hakalan (7C, Variskan koulu) huoltaja. Haluaisin tietää mitä tietoja teillä on Oonasta ja mistä ne on saatu, eli saitteko luokkalistan koululta vai mistä. Ja kenelle niitä on luovutettu.

Timo Hakala
p. 044 321 9876""")

E("fi", "complaint", False, "says they already filed complaint with DPA about newsletter after opt-out, mentions GDPR breach",
  "Eija Peltonen <eija.peltonen@example.fi>", "Re: Re: Uutiskirje",
  """Olen perunut uutiskirjeen kolme kertaa ja silti niitä tulee. Tein tänään ilmoituksen tietosuojavaltuutetulle, koska toimintanne rikkoo tietosuoja-asetusta. Tämä viesti on teille tiedoksi.

Eija Peltonen

> 12.10. Eija Peltonen kirjoitti:
> Poistakaa minut postituslistalta.
>> 3.9. Eija Peltonen kirjoitti:
>> En halua uutiskirjettä.""")

E("fi", "", False, "forward from employer: HR asks about staff photo day arrangements, no DSR",
  "Henkilöstöhallinto Kiinteistö Pohjanmaa <hr@kiinteisto.example.fi>", "VL: Henkilökuvaus 2027",
  """Hei,

välitän alla olevan kyselyn. Voisitteko lähettää tarjouksen henkilökuvauksesta tammikuulle, noin 40 henkeä?

Ystävällisin terveisin
Satu Rinne, HR-asiantuntija

Tämä sähköposti voi sisältää luottamuksellista tietoa. Jos se on tullut sinulle vahingossa, poista se ja ilmoita lähettäjälle.

-----Alkuperäinen viesti-----
Lähettäjä: Toimitusjohtaja
Aihe: Henkilökuvaus 2027
Satu, kysytkö siltä vaasalaiselta kuvaamolta tarjouksen, viime kerrasta oli hyvät kokemukset.""")

E("fi", "rectification+marketing_opt_out", False, "name change after marriage, and no more ads",
  "Kaisa Järvinen <kaisa.jarvinen@example.fi>", "nimenmuutos",
  """Hei! Sukunimeni on vaihtunut, vanha oli Kaisa Rinta-Koski, uusi Järvinen. Korjatkaa se asiakastietoihin. Samalla voitte lopettaa mainosviestien lähettämisen, en niitä lue kuitenkaan.
Kaisa""")

E("fi", "portability", False, "brief request for photos and order data in transferable format",
  "Leena Ojala <leena.ojala@example.fi>", "Siirto",
  """Hei, voitteko toimittaa minun tilihistoriani ja lataamani kuvat sellaisessa koneluettavassa muodossa että saan ne siirrettyä toiseen kuvapalveluun? Artikla 20.
Leena Ojala""")

E("fi", "restriction", False, "contests accuracy of data, asks to restrict while checked",
  "Olli Kangas <olli.kangas@example.fi>", "Re: Maksumuistutus",
  """Hei,

teidän järjestelmässä on minun nimellä tilaus jota en ole tehnyt, osoite on väärä ja puhelinnumero ei ole minun. Pyydän että rajoitatte näiden tietojen käsittelyä sillä aikaa kun asia selvitetään, eli ei perintää eikä muuta ennen kuin on tarkistettu.

Olli Kangas

> Muistutus: lasku 2026-2210 on erääntynyt. Ellei laskua makseta 14 päivän kuluessa, siirrämme sen OK-perintään.""")

E("fi", "", False, "near-miss: copy of photo (reprint) request",
  "Raili Sundqvist <raili.sundqvist@example.fi>", "kopio kuvasta",
  """Hyvää päivää

Haluaisin tilata kopion tyttärentyttären koulukuvasta, se isompi koko 13x18, meidän oma meni rikki muutossa. Kuvanumero on kuoressa 22-4417.

Raili Sundqvist
Mustasaari""")

E("fi", "erasure", False, "reminder about erasure with stamp of earlier message, no threat",
  "Petri Ahonen <petri.ahonen@example.fi>", "Muistutus: tietojen poisto",
  """Hei,

muistuttelen tästä. Lähetin 2.11. pyynnön poistaa tietoni enkä ole kuullut mitään. Onko tämä hoidettu?

Petri Ahonen

-- Edellinen viesti --
2.11.2026 Petri Ahonen:
Poistakaa kaikki minua koskevat tiedot rekisteristänne. Asiakkuus on päättynyt.""")

E("sv", "access+portability", False, "Finland-Swede asks for register extract and data in machine-readable form",
  "Henrik Storbacka <henrik.storbacka@example.fi>", "Registerutdrag",
  """Hej!

Jag vill ha ett registerutdrag över alla personuppgifter ni behandlar om mig. Dessutom vill jag att ni överför de uppgifter jag själv lämnat (kontouppgifter, beställningar, uppladdade bilder) i ett maskinläsbart format så att jag kan flytta dem till en annan tjänst.

Med vänliga hälsningar
Henrik Storbacka
Nykarleby""")

E("sv", "restriction", False, "preservation: don't delete photos, needs for custody dispute",
  "Sofia Backman <sofia.backman@example.fi>", "Radera inte bilderna",
  """Hej,

jag har förstått att min f.d. sambo har bett er radera skolfotona på vår son. Vi har gemensam vårdnad och ärendet är under behandling i tingsrätten. Jag ber er att inte radera något förrän tvisten är avgjord och att uppgifterna inte används till annat under tiden.

Sofia Backman
tfn 040 888 1212""")

E("sv", "", True, "out-of-office in Swedish",
  "Karl-Johan Wikström <kj.wikstrom@foretag.example.se>", "Frånvaro: Sv: Offert personalfotografering",
  """Tack för ditt meddelande. Jag är på semester till och med 14.12 och har begränsad tillgång till e-post. Vid brådskande ärenden, kontakta vaxeln@foretag.example.se.

Karl-Johan Wikström""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "marketing_opt_out", False, "one-liner 'avregistrera mig' reply under newsletter",
  "Ulla Strand <ulla.strand@example.fi>", "Sv: Julklappstips från Zoomi",
  """Avregistrera mig, tack.

Skickat från min Galaxy

-------- Originalmeddelande --------
Från: Zoomi Kuvakaupat <nyhetsbrev@example.fi>
Datum: 2026-12-01 08:00
Ämne: Julklappstips från Zoomi
Fotokalendrar och fotoböcker – beställ före 16.12!
Vill du inte längre få våra utskick? Avsluta prenumerationen.""")

E("sv", "objection", False, "parent objects to child photo being used in shop window, no removal asked",
  "Tobias Engström <tobias.engstrom@example.fi>", "Bild i skyltfönstret",
  """Hej,

vi såg att en bild på vår dotter Ella från dagisfotograferingen används som exempel på er hemsida. Den får gärna ligga kvar där den ligger nu till jul, men från januari får den inte längre användas i er marknadsföring eller i skyltfönstret. Jag motsätter mig den användningen.

Tobias Engström""")

E("sv", "", False, "reply to company acknowledgement: confirms received, asks nothing",
  "Eva Grönqvist <eva.gronqvist@example.fi>", "Sv: Din begäran har behandlats",
  """Tack, jag har fått filen och kunde öppna den. Allt verkar stämma.

Eva

> Hej Eva, bifogat finner du registerutdraget du bad om. Lösenordet skickas separat per sms.""")

E("sv", "erasure+objection", False, "erasure plus 'cease any further processing'",
  "Lars Hägg <lars.hagg@example.se>", "Begäran om radering",
  """Hej,

Jag begär att ni raderar alla mina personuppgifter enligt artikel 17 GDPR och att ni upphör med all vidare behandling av dem med omedelbar verkan.

Lars Hägg
Umeå, Sverige""")

E("en", "restriction", False, "contests accuracy, asks to restrict processing, company signature disclaimer",
  "James Whitfield <j.whitfield@lawfirm.example.com>", "Restriction of processing",
  """Dear Sir or Madam,

I contest the accuracy of the address and date of birth held on my customer record. Pending verification, please restrict the processing of my personal data in accordance with Article 18(1)(a) GDPR.

Yours faithfully,
James Whitfield

-----
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended solely for the addressee and may contain confidential or privileged information. If you have received it in error, please notify the sender immediately and delete it. Unauthorised use, disclosure or copying is strictly prohibited. Whitfield & Moore LLP is registered in England and Wales.""")

E("en", "portability", False, "clarification answer: wants CSV of the data provided to move to new shop",
  "Anna Kowalski <anna.kowalski@example.com>", "Re: Your request",
  """Hi,

To clarify: I don't need the full access report. I only want the data I gave you myself (account details, address book and my uploaded pictures) exported as CSV + the image files, so I can import them into another print service. That's all.

Anna

On Wed, 28 Oct 2026 14:02, Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi> wrote:
> Dear Anna,
> Thank you for your message. Could you specify whether you would like a copy of all your personal data (Art. 15) or a transfer of the data you have provided (Art. 20)?""")

E("en", "", True, "mailer-daemon bounce quoting newsletter unsubscribe link",
  "Mail Delivery Subsystem <mailer-daemon@mx.example.com>", "Delivery Status Notification (Failure)",
  """Delivery to the following recipient failed permanently:

     k.lehto@oldcompany.example.com

Technical details of permanent failure:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
From: Zoomi Kuvakaupat <uutiskirje@example.fi>
Subject: Joulun kuvalahjat nyt -20 %!
Peruuta tilaus / Unsubscribe""")

E("en", "objection", False, "CCPA-style opt out of sale by US person",
  "Megan Torres <megan.torres@example.com>", "Do Not Sell My Personal Information",
  """Hello,

I am exercising my right to opt out of the sale or sharing of my personal information. Please do not sell or share my data with any third party.

Megan Torres
San Diego, CA""")

E("en", "complaint", False, "forward of complaint sent to DPA, company in copy",
  "Robert Lane <robert.lane@example.com>", "Fwd: Complaint to the Data Protection Ombudsman – Zoomi Kuvakaupat Oy",
  """FYI – below is the complaint I have submitted today.

R. Lane

---------- Forwarded message ---------
From: Robert Lane <robert.lane@example.com>
Date: Thu, 19 Nov 2026
Subject: Complaint to the Data Protection Ombudsman – Zoomi Kuvakaupat Oy
To: tietosuoja@om.example.fi

Dear Ombudsman,
I requested erasure of my data from Zoomi Kuvakaupat Oy on 10 August 2026. They confirmed receipt but never acted, and I still receive their marketing. I ask you to investigate this infringement of Articles 12 and 17 GDPR.
Robert Lane""")

E("en", "", False, "reply to marketing asking about product, not DSR",
  "Grace Miller <grace.miller@example.com>", "Re: Family portrait week",
  """Sounds great, do you have any slots on the 12th for a family of 5 incl. a dog? :)

Grace

> Family portrait week 7–13 December. Book at our Vaasa studio!""")

E("en", "access+erasure", False, "asks what is held and then to delete, signature with legal disclaimer",
  "Stephen Clarke <stephen.clarke@consult.example.com>", "Personal data",
  """Hi,

Could you please tell me what personal data you hold about me, and once you've sent me that, delete all of it? I was photographed at a corporate staff shoot in 2024 and have since left that employer.

Kind regards,
Stephen Clarke

This message is intended only for the named recipient. If you are not the intended recipient you are notified that disclosing, copying, distributing or taking any action in reliance on the contents of this information is strictly prohibited.""")

E("en", "marketing_opt_out", False, "very short STOP reply",
  "Ben Carter <ben.carter@example.com>", "Re: Last chance: 20% off prints",
  """STOP

> Last chance: 20% off prints until Sunday!
> You are receiving this because you subscribed at zoomi. Unsubscribe""")

E("fi", "erasure", False, "father forwards teenage son's own wish; son writes himself below",
  "Jari Lehtonen <jari.lehtonen@example.fi>", "VL: koulukuva",
  """Poika pyysi lähettämään tämän, hänellä ei ole omaa sähköpostia käytössä kuin koulun. Olen samaa mieltä.

Jari Lehtonen

-----
Lähettäjä: Aatu Lehtonen
Aihe: koulukuva

Moi iskä. Voisitko laittaa kuvaamolle viestiä et ne poistaa mun kuvat siitä niiden "vuoden parhaat koulukuvat" sivulta. Kaikki koulussa on nähny sen ja mä en haluu et se on siellä.
Aatu 15v""")

E("fi", "", True, "survey invitation from Zoomi",
  "Zoomi Kuvakaupat <kysely@example.fi>", "Kerro mielipiteesi – vie 2 minuuttia",
  """Hei,

kävit hiljattain kuvattavana Vaasan studiollamme. Kerro kokemuksestasi ja osallistu 50 euron lahjakortin arvontaan.

Vastaa kyselyyn: https://kysely.example.fi/z/8821

Et voi vastata tähän viestiin. Tietosuojaseloste: https://example.fi/tietosuoja""")

E("fi", "access", False, "reply to company question, specifies which data wanted (only Slotti bookings and call logs)",
  "Marko Virta <marko.virta@example.fi>", "Re: Tietopyyntönne rajaus",
  """Hei,

riittää että saan tiedot Slotti-varauksistani vuosilta 2024–2026 ja puhelulokit, jos niitä teillä on. Muita en tarvitse.

Marko Virta

Zoomi Kuvakaupat tietosuoja kirjoitti 16.11.2026:
> Hei Marko,
> käsittelemme teistä melko paljon tietoja (tilaukset vuodesta 2012 alkaen). Haluatteko kaikki tiedot vai tietyn osan?""")

E("sv", "access", False, "reminder of access request in Swedish, polite, quoted original",
  "Ingrid Sundell <ingrid.sundell@example.fi>", "Påminnelse: Sv: Mina uppgifter",
  """Hej,

jag vill bara påminna om min begäran nedan. Det har gått snart fem veckor. Vänligen skicka uppgifterna så fort som möjligt.

Vänliga hälsningar
Ingrid Sundell

Den 20 okt. 2026 skrev Ingrid Sundell <ingrid.sundell@example.fi>:
> Hej, kan ni berätta vilka uppgifter ni har sparat om mig och mina barn (Alva och Nils Sundell)? Vi har beställt skolfoton varje år sedan 2019.
""")
