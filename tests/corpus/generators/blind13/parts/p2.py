from parts.common import E

E("fi", "erasure", False, "Ostrobothnian Finnish dialect, wants to be removed",
  "Arvo Yli-Kuha <arvo.ylikuha@example.fi>", "asiakkuus",
  """Terve

Ettekö te ny vois poistaa mun tieroja teirän asiakasjutuista. Mä en oo käyny teillä kuvattavana varmaan kymmeneen vuoteen eikä oo tarkotus tullakkaan, ni ei teirän tartte mitää mun tietoja pitää.

Arvo, Kauhava""")

E("fi", "access+marketing_opt_out", False, "where did you get my number + stop SMS ads",
  "Laura Hakala <laura.hakala@example.fi>", "Mistä saitte numeroni?",
  """Hei,

sain eilen tekstiviestin "Zoomi: joulukortit -20 %". En muista koskaan antaneeni teille puhelinnumeroani. Kertokaa mistä olette sen saaneet ja mitä muuta tietoa teillä minusta on.

Ja näitä mainosviestejä en halua jatkossa yhtään.

Laura Hakala""")

E("fi", "erasure", False, "school principal forwards a parent's wish to delete child's photos",
  "Rehtori Kari Vesterinen <kari.vesterinen@example.fi>", "VL: Koulukuvat / huoltajan pyyntö",
  """Hei,

välitän alla olevan huoltajan viestin teille, koska koulukuvauksen toteutti teidän yrityksenne ja kuvat ovat teidän järjestelmässänne. Koulu ei säilytä kuvia.

Terveisin
Kari Vesterinen
rehtori, Onkilahden koulu

---------- Välitetty viesti ----------
Lähettäjä: Jenni Aalto <jenni.aalto@example.fi>
Päivämäärä: ma 5.10.2026 klo 19.40
Aihe: Kuvat

Hei rehtori,
emme halua että Vilhon (4A) koulukuvat jäävät valokuvaamon järjestelmään. Voisitko välittää kuvaajalle toiveen, että ne ja Vilhon tiedot poistetaan? Emme tilaa kuvia.
t. Jenni Aalto""")

E("fi", "", False, "consumer complaint about photo quality and refund, no GDPR",
  "Tuula Leinonen <tuula.leinonen@example.fi>", "Reklamaatio: epätarkat kuvat",
  """Hei,

hain perjantaina rippikuvat (tilaus 61877) ja kolmessa kuvassa viidestä tyttäreni kasvot ovat selvästi epätarkat. Maksoin paketista 149 euroa. Haluan joko uudet kuvat tai rahat takaisin.

Olen todella pettynyt, tämä oli ainutkertainen tilaisuus.

Tuula Leinonen
045 678 1234""")

E("fi", "marketing_opt_out", False, "change of mind in thread: cancel deletion, just stop marketing",
  "Heikki Salminen <heikki.salminen@example.fi>", "Re: Poistopyyntö",
  """Hei,

unohtakaa tuo eilinen poistopyyntöni – tajusin, että tarvitsen vielä vanhat passikuvatilaukseni verotusta varten, ja tilaan ehkä myöhemmin uudet. Riittää kun lopetatte uutiskirjeiden ja tarjousten lähettämisen minulle.

Heikki

> Hei,
> poistakaa kaikki tietoni, olen saanut ihan liikaa mainospostia teiltä.
> Heikki Salminen""")

E("fi", "objection", False, "customer objects to own portrait used as sample in portfolio",
  "Noora Järvinen <noora.jarvinen@example.fi>", "Kuvani näytekuvana",
  """Hei

huomasin että valmistujaiskuvani on teidän liikkeen ikkunassa ja kotisivun "Galleria"-osiossa esimerkkikuvana. En halua että kuvaani käytetään teidän mainontaanne, enkä muista antaneeni siihen lupaa. Kiellän kuvani käytön tällä tavalla.

Noora Järvinen""")

E("fi", "", True, "newsletter from another firm via list server with List-Unsubscribe",
  "Valokuvaajien liitto <uutiset@lista.example.fi>", "Jäsenkirje 10/2026",
  """Hyvä jäsen,

lokakuun jäsenkirjeessä:
- Syysseminaari Tampereella 14.11.
- Uusi ohje tietosuojasta kuvaajille: poistopyynnöt ja säilytysajat
- Kilpailu: Vuoden muotokuva 2026

Lue lisää jäsensivuilta.

Et halua enää tätä kirjettä? Peruuta tilaus: https://lista.example.fi/unsub""",
  hdrs={"Precedence": "bulk", "List-Unsubscribe": "<https://lista.example.fi/unsub?u=48812>", "List-Id": "jasenkirje.lista.example.fi"})

E("fi", "access", False, "16-year-old writes for herself in spoken Finnish",
  "Iida Koivisto <iida.koivisto@example.fi>", "mun tiedot",
  """moi! oon 16 ja mut kuvattiin teiän toimesta koulussa (Vaasan lyseon lukio) ja myös passikuvaa varten viime keväänä. saisinko nähdä mitä tietoja teil on must tallessa? haluun vaan tietää mitä kaikkea on

-iida""")

E("fi", "complaint", False, "reports a breach and complaint to the ombudsman",
  "Markus Hietala <markus.hietala@example.fi>", "Kantelu tietosuojavaltuutetulle – tiedoksi",
  """Hei,

28.9. liikkeessänne kuvaaja näytti minulle tietokoneelta "malliksi" toisen asiakkaan passikuvia nimineen. Vastaavasti minun kuvani ja nimeni voivat näkyä seuraavalle asiakkaalle. Tämä on tietosuojarikkomus.

Olen tehnyt asiasta tänään kantelun tietosuojavaltuutetun toimistolle. Ilmoitan tästä teille tiedoksi.

Markus Hietala""")

E("fi", "", False, "billing dispute: wrong amount, no personal data issue",
  "Päivi Rinne <paivi.rinne@example.fi>", "Lasku väärin",
  """Hei

laskussa 2026-8841 on summa 89 €, vaikka päiväkodin tiedotteessa paketin hinta oli 69 €. Voitteko lähettää korjatun laskun? Muut tiedot laskussa ovat oikein.

Päivi Rinne""")

E("fi", "rectification", False, "moved; update address in customer register",
  "Jukka Mattila <jukka.mattila@example.fi>", "osoitteenmuutos",
  """Hei, muutin. Uusi osoite on Pitkäkatu 40 C 12, 65100 Vaasa. Päivittäkää se teidän asiakastietoihin, vanha laskutusosoite Gerbyssä ei ole enää voimassa.
Jukka Mattila""")

E("fi", "access+erasure", False, "copy first then delete everything",
  "Sanna Kärkkäinen <sanna.karkkainen@example.fi>", "Tietojeni kopio ja poisto",
  """Hei,

haluaisin ensin saada kopion kaikista minua koskevista tiedoista, joita teillä on (myös kuvat, jotka on otettu minusta yrityksemme henkilökuntakuvauksessa 2023). Kun olen saanut ne, pyydän poistamaan kaikki tietoni järjestelmistänne.

Sanna Kärkkäinen""")

E("fi", "", False, "HR asks about booking staff photo session, no GDPR",
  "Henna Lahti <henna.lahti@example.fi>", "Henkilökuntakuvaus marraskuussa",
  """Hei,

olisimme kiinnostuneita henkilökuntakuvauksesta toimistollamme (noin 25 henkeä) marraskuun lopussa. Onko teillä vapaita päiviä viikolla 48, ja varataanko aika Slotin kautta vai suoraan teiltä? Tarvitsemme kuvat verkkosivuillemme.

Henna Lahti
HR-koordinaattori, Merikaapeli Oy""")

E("sv", "erasure", False, "formal Art 17 erasure letter",
  "Gunilla Åkerlund <gunilla.akerlund@example.fi>", "Begäran om radering enligt artikel 17 GDPR",
  """Till Zoomi Kuvakaupat Oy

Med stöd av artikel 17 i dataskyddsförordningen (EU) 2016/679 begär jag att ni utan onödigt dröjsmål raderar samtliga personuppgifter som rör mig, inklusive fotografier, bokningshistorik i ert bokningssystem, kontaktuppgifter och eventuella uppgifter i ert nyhetsbrevsverktyg.

I den mån ni anser att vissa uppgifter måste sparas på grund av bokföringslagen ber jag er ange vilka uppgifter det gäller och hur länge de sparas.

Vänligen bekräfta raderingen skriftligen till denna adress.

Gunilla Åkerlund
Vasa""")

E("sv", "access", False, "what have you saved, where did you get my address",
  "Mikael Sandvik <mikael.sandvik@example.fi>", "Fråga om mina uppgifter",
  """Hej,

jag fick ett brev från er med erbjudande om familjefotografering, adresserat till mig personligen. Jag har aldrig varit kund hos er såvitt jag vet. Vad har ni sparat om mig, och varifrån har ni fått min adress?

Mikael Sandvik
Korsholm""")

E("sv", "", True, "order confirmation from another shop, no auto headers",
  "Bokhandeln Vasa <order@bokhandeln.example.fi>", "Orderbekräftelse #A-77231",
  """Tack för din beställning!

Ordernummer: A-77231
1 st Fotoalbum Classic 30x30, svart    39,90 €
Frakt                                    5,90 €
Totalt                                  45,80 €

Leveransadress: Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vasa

Du får ett nytt meddelande när paketet har skickats.
Bokhandeln Vasa – kundservice""")

E("sv", "marketing_opt_out", False, "typo avregistera, newsletter",
  "Elin Granqvist <elin.granqvist@example.fi>", "nyhetsbrev",
  """hej, avregistera mig från erat nyhetsbrev tack. får det typ två gånger i veckan nu
elin""")

E("sv", "restriction", False, "disputed invoice; do not hand data to debt collection until resolved",
  "Henrik Backman <henrik.backman@example.fi>", "Bestriden faktura – lämna inte ut mina uppgifter",
  """Hej,

jag bestrider fakturan 2026-9012 eftersom jag avbokade fotograferingen två dagar i förväg via ert bokningssystem (jag har bekräftelsen kvar). Nu har jag fått en påminnelse med hot om inkasso.

Jag ber att ni inte lämnar ut mina uppgifter till inkassobolaget och att ni inte använder dem för indrivning innan ärendet är utrett. Radera inget heller, uppgifterna behövs för att reda ut saken.

Henrik Backman""")

E("sv", "", False, "daycare asks to move photography date",
  "Daghemmet Solstrålen <solstralen@example.fi>", "Fotografering 3.11",
  """Hej!

Vi har fotografering inbokad hos er den 3 november. Tyvärr har vi en stor sjukdomsvåg just nu. Skulle det gå att flytta den till veckan efter, t.ex. tisdag 10.11?

Hälsningar
Maj-Britt, föreståndare
Daghemmet Solstrålen, Vörå""")

E("sv", "portability", False, "transfer data directly to another photographer",
  "Josefin Lindqvist <josefin.lindqvist@example.fi>", "Överföring av mina uppgifter",
  """Hej,

vi har bytt fotograf för våra familjebilder till Fotostudio Norrsken i Jakobstad. Kan ni överföra mina uppgifter och de digitala originalfilerna från våra fotograferingar (2021–2025) direkt till dem i elektronisk form? Deras kontakt är info@norrsken.example.fi. Om det inte går att skicka direkt, skicka dem till mig i ett format som går att läsa in i ett annat system.

Josefin Lindqvist""")

E("sv", "rectification", False, "child's name misspelled in class list",
  "Patrik Nyberg <patrik.nyberg@example.fi>", "Fel namn på klassbilden",
  """Hej,

min dotter heter Wilma Nyberg, med W. I er klasslista för 2B i Vikinga skola står det Vilma Nyberg, och det syns även i webbshoppen. Kan ni rätta namnet innan klassbilden trycks?

Patrik""")

E("sv", "", False, "complains about price level, no GDPR",
  "Stig Hägglund <stig.hagglund@example.fi>", "Priserna",
  """Hej

Jag måste säga att 35 euro för fyra passfoton är för mycket. Tidigare betalade man 20. Jag förstår att allt blir dyrare men det här är rena ockret. Det här är bara en åsikt, inget mer.

Stig Hägglund""")

E("en", "access", False, "very formal DSAR template",
  "Oliver Grant <oliver.grant@example.com>", "Data Subject Access Request under Article 15 GDPR",
  """Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation.

Please supply:
(a) confirmation of whether you process personal data concerning me;
(b) a copy of that personal data, including photographs, booking records, invoices and any CCTV or call-log data;
(c) the purposes of processing and the legal basis for each purpose;
(d) the categories of personal data concerned;
(e) the recipients or categories of recipient, identified by name where possible (C-154/21);
(f) the envisaged retention period or the criteria used to determine it;
(g) the source of any data not collected from me;
(h) the existence of any automated decision-making, including profiling;
(i) details of any transfer to a third country and the safeguards applied.

I was a customer of your online shop between 2023 and 2025 under this e-mail address. I expect a response within one calendar month.

Yours faithfully,
Oliver Grant""")

E("en", "erasure", False, "delete passport photo; knows police keep own copy",
  "Fatima Haddad <fatima.haddad@example.com>", "passport photo",
  """Hi,

I had my passport photo taken at your studio in August and the police already used it for my new passport. I understand the police keep their own copy. But I don't want you to keep my photo and my details in your system anymore, please delete them.

Thank you
Fatima Haddad""")

E("en", "", True, "out-of-office reply with auto header",
  "Mark Jensen <mark.jensen@example.com>", "Automatic reply: Your order has been shipped",
  """Thank you for your email. I am out of the office until Monday 16 November with limited access to email. For urgent matters please contact my colleague at office@example.com.

Best regards,
Mark""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

E("en", "marketing_opt_out+objection", False, "stop marketing and object to analytics profiling",
  "Kevin Doyle <kevin.doyle@example.com>", "Marketing and tracking",
  """Hello,

two things:
1) Please stop sending me marketing e-mails and offers. I do not want them.
2) Your website tracks visitors with Google Analytics. I object to you processing my browsing data for analytics. I'm a regular visitor of your web shop and logged in, so you can link it to me.

Kevin Doyle""")

E("en", "", True, "'your email address was changed' notice from another service, no headers",
  "PhotoSync Accounts <accounts@photosync.example.com>", "Your email address was changed",
  """Hi there,

The email address on your PhotoSync account was changed to tietosuoja@example.fi on 3 November 2026.

If you made this change, no further action is needed. If you didn't, please secure your account: https://photosync.example.com/security

— The PhotoSync team""")

E("en", "rectification", False, "non-native English, email address wrong",
  "Yusuf Demir <yusuf.demir@example.com>", "wrong e-mail",
  """Hello, in my customer data you have e-mail yusuf.demirr@example.com (two r) it is wrong and I not get my receipts. Correct one is this: yusuf.demir@example.com. Please change it. Thanks Yusuf""")

E("en", "erasure+complaint", False, "conditional: delete within 30 days or go to the DPA",
  "Rebecca Stone <rebecca.stone@example.com>", "Final request - delete my data",
  """To whom it may concern,

I have asked your staff twice by phone to delete my data and my photos. Nothing has happened and I keep receiving reminders from your booking system about a "follow-up session".

I am now asking in writing: delete all personal data you hold about me. If this has not been done and confirmed within 30 days, I will file a complaint with the Finnish Data Protection Ombudsman.

Rebecca Stone""")

E("en", "", False, "asks whether the right to object covers debt collection, hypothetical question",
  "Tom Rivers <tom.rivers@example.com>", "Question about right to object",
  """Hi,

your privacy notice mentions a right to object. Out of curiosity: does that also cover debt collection, i.e. could a customer stop you from sending an unpaid invoice to a collection agency? I'm not in that situation, my invoices are paid, I'm just trying to understand what the right means.

Regards,
Tom""")
