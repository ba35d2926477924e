from parts.common import E

# ---------------- fi ----------------
E("fi", "", True, "out-of-office from a day-care director (carries Auto-Submitted)",
  "Päiväkodinjohtaja Sari Lehto <sari.lehto@varhaiskasvatus.example.fi>", "Automaattinen vastaus: Kuvauspäivä 12.11.",
  """Olen lomalla 26.10.–1.11. enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä varajohtaja Tanja Aho, p. 040 334 8810.

Terveisin
Sari Lehto
päiväkodinjohtaja, Päiväkoti Metsätähti""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

E("fi", "access+marketing_opt_out", False, "Helsinki slang: what data have you collected + stop texts",
  "Joonas Rantanen <joonas.rantanen@example.fi>", "tekstarit",
  """moro, mitä dataa te ootte musta oikein kerännyt? ku tulee koko ajan jotain tekstareita teiltä vaikka mä kävin teillä vaan kerran passikuvassa. lopettakaa ne tekstarit, ei kiinnosta

joonas""")

E("fi", "access+erasure+objection+complaint", False, "very long formal consumer letter: Arts 15, 17, 21; conditional DPA complaint",
  "Raimo Östman <raimo.ostman@example.fi>", "Vaatimus henkilötietojen käsittelystä",
  """Zoomi Kuvakaupat Oy
Asiakasrekisterin rekisterinpitäjä
Vasaratie 2 A, 65350 Vaasa

VAATIMUS REKISTERÖIDYN OIKEUKSIEN TOTEUTTAMISESTA

Viittaan tietosuojaselosteeseenne (päivätty 1.1.2022), jossa ilmoitatte käsittelevänne asiakkaiden tietoja muun muassa markkinointiin, liiketoiminnan kehittämiseen ja perintään.

Sain lokakuussa OK-perinnältä perintäkirjeen laskusta, jonka olin maksanut ajallaan. Asia on sittemmin selvitetty ja perintä peruttu, mutta tapahtunut on herättänyt epäluottamusta tietojenkäsittelyänne kohtaan.

Tämän vuoksi vaadin seuraavaa:

1. EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla pyydän kaikki minua koskevat henkilötiedot, joita Asiakasrekisterissä ja siihen liitetyissä järjestelmissä (Slotti, Business Central, Google Analytics) on, sekä tiedon siitä, milloin ja mitä tietoja minusta on luovutettu OK-perinnälle.

2. Asetuksen 21 artiklan 1 kohdan nojalla vastustan tietojeni käsittelyä liiketoiminnan kehittämisessä ja analytiikassa. Henkilökohtainen tilanteeni on se, että tietojani on jo kerran käsitelty virheellisesti.

3. Asetuksen 17 artiklan nojalla vaadin, että kaikki minua koskevat tiedot poistetaan sen jälkeen, kun olen saanut ne 1 kohdan mukaisesti. Ymmärrän, että kirjanpitolain edellyttämät tositteet on säilytettävä.

Mikäli en saa vastausta asetuksen 12 artiklan 3 kohdassa säädetyssä määräajassa, saatan asian tietosuojavaltuutetun käsiteltäväksi.

Mustasaaressa 5.11.2026

Raimo Östman
Sepänkyläntie 118, 65610 Mustasaari""")

E("fi", "", False, "client firm's HR asks about contract terms for staff photos (partner mail)",
  "Hanna Pelto <hanna.pelto@vaasanenergia.example.fi>", "Henkilöstökuvien käyttöoikeudet",
  """Hei,

tilasimme teiltä keväällä henkilöstökuvat koko konsernille (noin 240 henkeä). Lakiosastomme kysyy, mitä sopimuksemme sanoo kuvien käyttöoikeuksista: saammeko käyttää kuvia myös rekrytointimainoksissa LinkedInissä, ja kuka on rekisterinpitäjä kuvien osalta, me vai te?

Tarvitsisimmeko erillisen henkilötietojen käsittelysopimuksen?

Terveisin
Hanna Pelto
HR-asiantuntija""")

E("fi", "marketing_opt_out", False, "marketing opt-out phrased as a wish (conditional mood)",
  "Helena Pajari <helena.pajari@example.fi>", "Markkinointi",
  """Hei,

toivoisin, ettei minulle enää lähetettäisi mainoksia sähköpostilla eikä postitse. Lapset ovat jo aikuisia, eikä koulukuvatarjouksille ole enää käyttöä.

Ystävällisesti
Helena Pajari""")

E("fi", "restriction", False, "joint custody dispute: don't delete child's photos until the court case is settled",
  "Satu Honkala <satu.honkala@example.fi>", "Lasteni kuvat – älkää poistako",
  """Hei,

sain tietää, että lasteni isä on pyytänyt teitä poistamaan lastemme Eelin ja Ronjan kuvat ja tiedot. Meillä on yhteishuolto ja parhaillaan huoltajuusasia käräjäoikeudessa.

En hyväksy poistoa. Älkää poistako lasten kuvia tai tietoja ennen kuin asia on ratkaistu, ja säilyttäkää ne siihen asti muuttamattomina. Voin toimittaa tarvittaessa todistuksen huoltajuudesta.

Satu Honkala""")

E("fi", "", False, "withdraws access request, got the data from My pages",
  "Olli Saarinen <olli.saarinen@example.fi>", "Re: Tarkastuspyyntö",
  """Hei,

perun tarkastuspyyntöni. Löysin tarvitsemani tiedot Omat sivut -osiosta, joten asiaa ei tarvitse enää käsitellä.

Kiitos kuitenkin nopeasta kuittauksesta!

Olli Saarinen

> Kiitos viestistäsi. Olemme vastaanottaneet tarkastuspyyntösi ja vastaamme viimeistään 18.11.2026.""")

E("fi", "access", False, "elderly, no umlauts: where did you get my address (ad by post)",
  "Aili Rinta-Jaskari <aili.rintajaskari@example.fi>", "Mainos",
  """Hyva Zoomi.

En ole tilannut mitaan teilta vuosiin, viimeksi kai 2009 kun Marjatta lahti rippikouluun. Nyt tuli postissa mainos joulukorteista nimellani. Mista olette saaneet osoitteeni ja mita muuta minusta on teilla tallessa.

Terveisin Aili Rinta-Jaskari
Isokyro""")

E("fi", "objection", False, "question-form objection to Google Analytics",
  "Lauri Heikkinen <lauri.heikkinen@example.fi>", "Google Analytics",
  """Moi,

voisitteko olla käyttämättä mun tietoja Google Analyticsissa? Asioin teidän verkkokaupassa kirjautuneena ja en tykkää ajatuksesta että mun klikkailut menee Googlelle.

Lauri""")

E("fi", "", False, "local journalist's questions about school photo data",
  "Maria Kangas <maria.kangas@pohjanmaansanomat.example.fi>", "Toimittajan kysymyksiä koulukuvauksista",
  """Hei,

olen toimittaja Pohjanmaan Sanomista. Teemme juttua siitä, mitä koulukuvauksissa kerätyille tiedoille tapahtuu. Moni vanhempi on ihmetellyt, miksi kuvausyritys saa koululta lasten nimet ja luokat.

Kysymyksiäni:
1. Mitä tietoja saatte kouluilta ennen kuvauspäivää?
2. Kuinka kauan kuvia ja nimiä säilytetään?
3. Voivatko vanhemmat pyytää tietojen poistoa, ja kuinka moni on pyytänyt?

Jutun on määrä ilmestyä ensi viikon lauantaina.

Maria Kangas
toimittaja, Pohjanmaan Sanomat
p. 044 780 2214""")

E("fi", "erasure", False, "son's photo in shop window: take it out",
  "Tero Kauppinen <tero.kauppinen@example.fi>", "Poikani kuva näyteikkunassa",
  """Hei,

Hovioikeudenpuistikon liikkeenne näyteikkunassa on iso kuva pojastani Leosta. Hän on nyt 13 ja kaverit kiusaavat häntä siitä. Ottakaa kuva pois ikkunasta.

Tero Kauppinen""")

E("fi", "portability", False, "question-form portability: data and photos as a file for another service",
  "Kaisa Mustonen <kaisa.mustonen@example.fi>", "Tiedot tiedostona?",
  """Hei,

voinko saada kaikki tietoni ja verkkokaupan kuvani yhtenä tiedostona, jonka voin siirtää toiseen kuvapalveluun? Olen vaihtamassa palvelua enkä jaksa ladata satoja kuvia yksitellen.

Kaisa Mustonen""")

# ---------------- sv ----------------
E("sv", "", True, "web-shop account deletion confirmation (names a right), no auto header",
  "Zoomi webbutik <noreply@example.fi>", "Ditt konto har raderats",
  """Hej Elisabeth,

vi bekräftar att ditt konto i Zoomi webbutik har raderats i enlighet med din begäran om radering. Dina personuppgifter har tagits bort, med undantag för uppgifter som vi enligt bokföringslagen måste spara.

Vi är ledsna att se dig gå, men du är alltid välkommen tillbaka!

Hälsningar
Zoomi Kuvakaupat""")

E("sv", "access", False, "subject-only register extract, body only a signature",
  "Mikael Granqvist <mikael.granqvist@example.fi>", "registerutdrag",
  """/Mikael Granqvist""")

E("sv", "marketing_opt_out", False, "grandfather, no diacritics, dialect: stop sending",
  "Bror Nordman <bror.nordman@example.fi>", "brev",
  """Hej, ja far hela tiden brev fran er om skolfoton fast barnbarnen int gar i den skolan mera, di har flytta till Sverige. Sluta skicka.

Bror Nordman, Oravais""")

E("sv", "rectification", False, "Swedish-Finnish mix: daughter's name misspelled in class list",
  "Anna Laxåback <anna.laxaback@example.fi>", "Fel namn / väärä nimi",
  """Hej! Min dotter Ella (åk 3, Gerby skola) – hennes namn är fel i klasslistan ni skickade, det står Ela. Korjatkaa kiitos, nimi on Ella Laxåback kahdella l:llä.

Anna""")

E("sv", "", False, "asks for the privacy notice in Swedish",
  "Birgitta Holm <birgitta.holm@example.fi>", "Dataskyddsbeskrivning på svenska?",
  """Hej,

er dataskyddsbeskrivning på webben finns bara på finska. Finns den på svenska? Vasa är ju tvåspråkigt och många av era kunder är svenskspråkiga.

Birgitta Holm""")

E("sv", "erasure+complaint", False, "conditional complaint to DPA if son's photo not removed from website",
  "Tobias Wikström <tobias.wikstrom@example.fi>", "Bilden på min son",
  """Hej,

det här är andra gången jag skriver. Bilden på min son Hugo ligger fortfarande på er hemsida under "Referenser – skolfoto". Ta bort den.

Om ni inte tar bort bilden inom en vecka anmäler jag er till Dataombudsmannen.

Tobias Wikström""")

E("sv", "portability+erasure", False, "CSV export to move data, then delete the account",
  "Johanna Sten <johanna.sten@example.se>", "Export och radering",
  """Hej,

skicka alla mina uppgifter i ett maskinläsbart format (t.ex. CSV) så att jag kan flytta dem till en annan tjänst, och radera sedan mitt konto och alla mina uppgifter.

Tack,
Johanna Sten""")

E("sv", "", False, "colleague's story about another company; asks how Zoomi handles it",
  "Kristian Lindell <kristian.lindell@example.fi>", "Fråga om publicering",
  """Hej,

min kollega fick sin personalbild publicerad i en annons av ett annat fotoföretag utan att någon frågade henne. Hon fick till slut bort den, men det tog flera veckor.

Vi ska snart ha personalfotografering hos er via vår arbetsgivare. Hur gör ni – frågar ni alltid innan ni använder en bild i er egen marknadsföring?

Kristian""")

E("sv", "objection", False, "client firm's employee objects to staff photo used on Zoomi's Instagram",
  "Emma Lindgren <emma.lindgren@example.fi>", "Min personalbild på ert Instagram",
  """Hej,

jag jobbar på Vasa Sparbank och vi fotograferades hos er i september. Nu ser jag att min personalbild används på ert Instagram som exempel på "professionella porträtt". Jag motsätter mig att ni använder min bild i er egen marknadsföring. Min arbetsgivare får använda den, det är ok.

Emma Lindgren""")

# ---------------- en ----------------
E("en", "", True, "automated sales follow-up pretending to be a personal check-in, no auto header",
  "Ryan from Snapflow <ryan@snapflow.example.com>", "Re: quick question",
  """Hi there,

Just checking in — did you get a chance to look at my previous message? 🙂

I know things get busy, so I'll keep it short: Snapflow helps photo studios like Zoomi cut editing time by 40% with AI retouching. Would you be open to a 15-minute call next week?

If now's not a good time, just reply "later" and I'll follow up in a few months.

Best,
Ryan
Snapflow | Growth Team

Don't want to hear from me again? Let me know here.""")

E("en", "access", False, "executor's formal request for late father's data (GDPR does not cover the deceased)",
  "Robert Ainsworth <robert.ainsworth@example.com>", "Request for personal data – late Mr. Peter Ainsworth",
  """Dear Sir or Madam,

I am the executor of the estate of my late father, Peter Ainsworth, who lived in Vaasa and passed away on 12 July 2026.

In that capacity I request copies of all personal data you hold concerning my father, including order records, invoices, images stored in his online account and any correspondence. I need these to settle the estate and to identify any subscriptions or outstanding payments.

A copy of the death certificate and the estate inventory confirming my role can be provided on request.

Yours sincerely,
Robert Ainsworth""")

E("en", "marketing_opt_out", False, "one-liner with typo 'unsubcribe'",
  "Gemma Price <gemma.price@example.com>", "Re: Black Friday at Zoomi",
  """unsubcribe pls

> Black Friday at Zoomi – 40 % off photo books!""")

E("en", "", False, "PhD student researching response times; questions only",
  "Maximilian Brandt <m.brandt@uni.example.com>", "Research on data subject request handling",
  """Dear Sir or Madam,

I am a doctoral researcher studying how small European companies handle data subject requests. For my study I would like to ask two questions:

1. How many days on average does it take you to answer an access request?
2. Do you ask requesters for identification, and if so, which documents?

Participation is voluntary and all answers will be anonymised.

Kind regards,
Maximilian Brandt""")

E("en", "erasure", False, "question-form erasure; ex-partner has access to shared account",
  "Lucy Harris <lucy.harris@example.com>", "Shared account",
  """Hi,

would it be possible to have my details removed from your system? My ex-partner still has access to the family account we shared and I don't want him to see my new address or phone number, which I updated there last month.

Thank you,
Lucy""")

E("en", "complaint", False, "informs that a complaint has been lodged with the DPA",
  "Steven Clarke <steven.clarke@example.com>", "Notification of complaint",
  """Dear Zoomi Kuvakaupat,

I am writing to inform you that I have today lodged a complaint with the Office of the Data Protection Ombudsman regarding your handling of my personal data, in particular the publication of my family's photos on your website without consent.

The reference number of my complaint will be communicated to you by the authority.

Steven Clarke""")

E("en", "rectification", False, "old surname still in system; fix it",
  "Charlotte Nyberg <charlotte.nyberg@example.com>", "Wrong surname",
  """Hi, you've still got my maiden name (Charlotte Evans) in your system, even on the photo order I placed last week. It's been Nyberg for three years. Fix it please.

Charlotte""")

E("en", "erasure", False, "withdraws consent for portrait on website 'Our work' page (consent withdrawal on a photo = erasure)",
  "Isabel Ferreira <isabel.ferreira@example.com>", "Consent withdrawal – portrait on your website",
  """Hello,

I withdraw my consent for the use of my portrait on your website's "Our work" page. I signed the model release in 2023 but my circumstances have changed.

Kind regards,
Isabel Ferreira""")

E("en", "", False, "near-miss: wrong amount on invoice",
  "George Miller <george.miller@example.com>", "Invoice 2026-1042",
  """Hello, there's a wrong amount on invoice 2026-1042: I ordered 2 prints but was charged for 4. Please send a corrected invoice.

George Miller""", to="Zoomi billing <laskutus@example.fi>")
