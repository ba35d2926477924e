from parts.common import E

# ---------------- fi ----------------
E("fi", "", True, "printing supplier's newsletter (carries list headers)",
  "Painotalo Kvarken uutiskirje <uutiset@kvarkenpaino.example.fi>", "Syksyn uutuudet: kierrätyskartonki ja nopeampi toimitus",
  """Hei kumppanimme!

Syksyn koulukuvauskausi on täydessä vauhdissa – niin meilläkin. Tässä lyhyesti uutiset:

* Uusi 100 % kierrätyskartonki kuvakansioihin, hinta ennallaan
* Toimitusaika Vaasaan nyt 2 arkipäivää
* Joulukorttitilaukset viimeistään 27.11.

Kysy lisää myyjältäsi!

Painotalo Kvarken Oy

Et halua enää uutiskirjettämme? Peru tilaus: https://kvarkenpaino.example.fi/peru""",
  hdrs={"List-Unsubscribe": "<mailto:peru@kvarkenpaino.example.fi>", "Precedence": "bulk"})

E("fi", "objection", False, "refuses disclosure of her data to anyone else",
  "Anne Mattila <anne.mattila@example.fi>", "Tietojeni luovuttaminen",
  """Hei,

sain kummallisen puhelun kuvakehysfirmalta, joka tiesi että tyttäreni on kuvattu teillä. En tiedä mistä he ovat tietonsa saaneet, mutta ilmoitan varmuuden vuoksi: en halua, että tietojani tai tyttäreni tietoja luovutetaan kenellekään muulle yritykselle. Vastustan sitä.

Anne Mattila""")

E("fi", "marketing_opt_out", False, "one-word POISTA reply to marketing mail",
  "Raimo Peltola <raimo.peltola@example.fi>", "Re: Joulukortit nyt -25 %",
  """POISTA

> Hei Raimo! Joulukortit nyt -25 % 30.11. asti.
> Jos et halua enää viestejämme, voit perua tilauksen tästä.""")

E("fi", "access", False, "guardian's polite question-form access request about child's data and recipients",
  "Katja Nurmi <katja.nurmi@example.fi>", "Kysymys koulukuvauksesta",
  """Hyvä Zoomi,

voisitteko kertoa, mitä tietoja pojastani Eemilistä (4A, Variskan koulu) on tallennettu koulukuvauksen yhteydessä? Ja kenelle niitä on mahdollisesti annettu? Poikani kertoi, että kuvaaja kysyi häneltä myös syntymäpäivää.

Kiitos,
Katja Nurmi""")

E("fi", "erasure+objection", False, "grandmother, formal, no umlauts: photo in newspaper ad, remove and never use (not the guardian)",
  "Aune Kivelä <aune.kivela@example.fi>", "Lapsenlapseni kuva lehdessa",
  """Hyva vastaanottaja

Tyttarentyttareni Ella kuva oli sunnuntain Pohjalaisessa teidan mainoksessanne jossa mainostetaan koulukuvia. Ella on 7-vuotias. Tytar ja vavy eivat ole antaneet mihinkaan mainokseen lupaa, kysyin heilta.

Pyydan etta kuva poistetaan teidan mainoksista eika sita enaa kayteta missaan.

Kunnioittavasti
Aune Kivela
Mustasaari""")

E("fi", "", False, "asks how an access request works, says she has not decided yet (disputable)",
  "Tiina Halme <tiina.halme@example.fi>", "Tarkastusoikeus?",
  """Hei,

luin tietosuojaselosteenne ja siinä sanotaan, että minulla on tarkastusoikeus. Miten se käytännössä tehdään? Tarvitaanko henkilökortti tai jokin lomake, ja kauanko siinä menee?

En ole vielä päättänyt teenkö pyynnön, haluan ensin tietää mitä se vaatii.

Tiina""")

E("fi", "erasure", False, "young person, Finnish-English slang mix",
  "Oskari Lund <oskari.lund@example.fi>", "account",
  """Moi! Pls poistakaa mun account, en käytä sitä enää ja tulee vaan turhia maileja. Delete everything thx

-Oskari""")

E("fi", "erasure", False, "school principal forwards a guardian's deletion request (forwarded request counts)",
  "Rehtori Petri Koivisto <petri.koivisto@koulut.example.fi>", "VL: Tyttäreni kuvat",
  """Hei,

välitän alla olevan huoltajan viestin teille, koska kuvat ovat teidän järjestelmässänne eikä koululla ole niihin pääsyä. Pyydän että hoidatte asian suoraan huoltajan kanssa ja ilmoitatte koululle kun se on tehty.

Ystävällisin terveisin
Petri Koivisto
rehtori, Ristinummen koulu
p. 040 661 2930

-----Alkuperäinen viesti-----
Lähettäjä: Minna Saarela <minna.saarela@example.fi>
Lähetetty: 4. marraskuuta 2026 21:14
Vastaanottaja: Koivisto Petri
Aihe: Tyttäreni kuvat

Hei Petri,
emme halua että Aino-tyttärestämme otettuja koulukuvia säilytetään kuvausyrityksen palvelimella. Voisitko välittää tämän eteenpäin, että ne poistetaan kaikki, myös ryhmäkuvasta jos se on mahdollista.
t. Minna Saarela""")

E("fi", "rectification+restriction", False, "wrong date of birth, contests accuracy, stop using until fixed",
  "Janne Heino <janne.heino@example.fi>", "Virheellinen syntymäaika",
  """Hei,

kanta-asiakastiedoissani syntymäaikani on 12.3.1980, oikea on 21.3.1980. Tämän takia en ole saanut synttärietua ja lisäksi olen huolissani siitä, että väärä tieto on mennyt eteenpäin laskutukseen.

Korjatkaa syntymäaika. Kiistän nykyisen tiedon oikeellisuuden, joten älkää käyttäkö tietojani mihinkään ennen kuin virhe on korjattu.

Janne Heino""")

E("fi", "complaint", False, "complaint addressed to the DPA with the company in copy",
  "Sirpa Korhonen <sirpa.korhonen@example.fi>", "Ilmoitus tietosuojavaltuutetulle: Zoomi Kuvakaupat Oy",
  """Tietosuojavaltuutetun toimisto
tiedoksi: Zoomi Kuvakaupat Oy

Ilmoitus tietosuojavaltuutetulle

Pyysin Zoomi Kuvakaupat Oy:tä 3.8.2026 poistamaan poikani kuvat yrityksen verkkosivuilta. Yritys ilmoitti 10.8.2026 poistaneensa kuvat, mutta samat kuvat ovat edelleen yrityksen Instagram-tilillä ja näyteikkunassa Vaasan Hovioikeudenpuistikolla.

Katson, että yritys on toiminut tietosuoja-asetuksen vastaisesti, ja pyydän tietosuojavaltuutettua selvittämään asian.

Liitteenä kuvakaappaukset ja sähköpostikirjeenvaihto.

Sirpa Korhonen
Vaasa""")

E("fi", "", False, "near-miss: passport photo receipt code not working",
  "Mikko Laakso <mikko.laakso@example.fi>", "kuvakuitti ei toimi",
  """Hei, olin poliisilla hakemassa passia ja ne sanoi ettei kuvakuitin koodilla löydy kuvaa. Kuva otettiin teillä eilen. Voitteko tarkistaa onko se lähetetty?

Mikko Laakso
040 732 1188""", to="Zoomi asiakaspalvelu <info@example.fi>")

E("fi", "erasure", False, "widow: save family photos, then close deceased husband's account (deceased)",
  "Liisa Toivonen <liisa.toivonen@example.fi>", "Mieheni verkkokauppatili",
  """Hei,

mieheni Reijo Toivonen kuoli syyskuussa. Hänen nimissään on teidän verkkokaupassanne tili, jossa on perheemme kuvia monelta vuodelta. Lataan kuvat itselleni talteen tämän kuun aikana, salasana löytyi hänen papereistaan.

Sen jälkeen pyydän että poistatte hänen tilinsä ja tietonsa. Olen kuolinpesän osakas ja voin toimittaa perukirjan tarvittaessa.

Liisa Toivonen""")

# ---------------- sv ----------------
E("sv", "", True, "invoice reminder from billing system in a chatty tone, no auto header",
  "Zoomi fakturering <faktura@example.fi>", "En vänlig påminnelse om faktura 2026-0934",
  """Hej Peter!

Vi vill bara påminna om att faktura 2026-0934 (skolfoton, 38,50 €) förföll till betalning 15.10. Det händer oss alla att en räkning glöms bort!

Om du redan har betalat kan du bortse från detta meddelande.

Referensnummer: 20260 09342
IBAN: FI00 0000 0000 0000 00

Med vänliga hälsningar
Zoomi Kuvakaupat Oy / Business Central

Detta meddelande har skapats automatiskt.""")

E("sv", "marketing_opt_out", False, "Swedish-English mix, unsure which language, opt-out",
  "Ida Westman <ida.westman@example.fi>", "newsletter",
  """Hej, jag vet inte riktigt vilket språk jag ska skriva på. Jag vill inte få era nyhetsbrev längre, please remove me from the list. Tack!

Ida""")

E("sv", "erasure", False, "question-form erasure; context shows she wants it",
  "Anette Björk <anette.bjork@example.fi>", "Radera uppgifter?",
  """Hej,

går det att radera mina uppgifter hos er? Båda barnen har nu gått ut skolan och jag vill inte finnas kvar i ert register längre. Det gäller också barnens bilder.

Anette Björk""")

E("sv", "", False, "asks what rights she has; no request",
  "Carina Nylund <carina.nylund@example.fi>", "Rättigheter",
  """Hej!

Vilka rättigheter har jag enligt GDPR när det gäller mina barns skolfoton? Skolan säger att det är ni som ska svara på det.

Hälsningar
Carina""")

E("sv", "access+restriction+objection", False, "Swedish attorney: access, don't delete during dispute, object to inkasso",
  "Advokatbyrån Norrsken <info@norrsken-advokat.example.se>", "Klient Johan Palm – begäran enligt GDPR",
  """Zoomi Kuvakaupat Oy
Vasaratie 2 A
FI-65350 Vasa

Ärende: Johan Palm, faktura 2026-0412

Undertecknad företräder Johan Palm i ovan angivna ärende, se bifogad fullmakt. Vår klient bestrider fakturan i sin helhet.

Med stöd av dataskyddsförordningen begär vi följande:

1. Registerutdrag enligt artikel 15 avseende samtliga personuppgifter som rör vår klient, inklusive uppgift om till vilka mottagare uppgifterna har lämnats ut (t.ex. inkassobolag).

2. Begränsning av behandlingen enligt artikel 18.1 c: uppgifterna som rör beställningen och fakturan får inte raderas, eftersom vår klient behöver dem för att kunna försvara sig mot rättsliga anspråk.

3. Vår klient invänder enligt artikel 21.1 mot att hans personuppgifter överlämnas till OK-perintä eller annat inkassobolag medan tvisten pågår.

Vi emotser ert svar till undertecknad inom den tid som anges i artikel 12.3.

Stockholm den 19 oktober 2026

Advokatbyrån Norrsken KB
Fredrik Almqvist, advokat""")

E("sv", "marketing_opt_out", False, "withdraws yesterday's erasure request but keeps no-marketing",
  "Sara Berglund <sara.berglund@example.fi>", "Ang. mitt mejl igår",
  """Hej igen,

jag skickade en begäran om radering igår men jag ångrar mig, radera inte mitt konto, vi ska beställa fler bilder till jul. Men jag vill fortfarande inte ha någon reklam från er.

Sara""")

E("sv", "access", False, "15-year-old wants to see what they have on her",
  "Wilma Sundqvist <wilma.s2011@example.fi>", "mina uppgifter",
  """hej jag är 15 och min mamma har beställt skolfoton av er varje år. jag vill se vad ni har om mig, alltså vilka bilder och uppgifter. kan ni skicka dom till mig och inte till mamma?

wilma""")

E("sv", "", False, "near-miss: consumer complaint about photo quality (reklamation)",
  "Jan-Erik Kronqvist <janerik.kronqvist@example.fi>", "Reklamation",
  """Hej,

bilderna från skolfotograferingen (beställning 51877) var suddiga och min dotter blundar på den ena. Jag vill reklamera och få en ny fotografering eller pengarna tillbaka.

Jan-Erik Kronqvist""", to="Zoomi kundtjänst <info@example.fi>")

E("sv", "rectification", False, "wrong e-mail address on file",
  "Nina Ahlskog <nina.ahlskog@example.fi>", "Fel e-post",
  """Hej, ni har fel e-postadress till mig i registret (nina.ahlskog@example.se – den använder jag inte längre). Byt till denna adress: nina.ahlskog@example.fi. Tack!

Nina""")

# ---------------- en ----------------
E("en", "erasure", False, "one-liner delete me",
  "Jake Norris <jakenorris@example.com>", "account",
  """pls delete me""")

E("en", "", True, "analytics provider notice phrased like a personal message, no auto header",
  "Analytics Team <no-reply@analytics.example.com>", "A quick note about your data retention settings",
  """Hi Zoomi team,

We wanted to personally let you know that the data retention setting for your property "zoomi.example.fi" will change from 26 months to 14 months on 1 December. If you're happy with this, there's nothing you need to do.

If you'd like to review the setting, just head over to Admin > Data settings.

Thanks for being with us,
Your Analytics team""")

E("en", "", False, "journalist's questions on removing children's photos",
  "Lars Eriksen <lars.eriksen@media.example.com>", "Interview request – children's images online",
  """Dear Zoomi Kuvakaupat,

I'm preparing a radio feature on parents asking companies to remove images of their children from websites and social media. I understand you photograph many kindergartens in Ostrobothnia.

Would you be willing to tell me, on or off the record, how you handle such requests and how many you receive in a typical school year?

Kind regards,
Lars Eriksen
Producer""")

E("en", "access+portability+objection+marketing_opt_out", False, "long formal letter citing Arts 15, 20, 21(1) and 21(2)",
  "Dr. Anna Whitmore <anna.whitmore@example.com>", "Data protection requests under Articles 15, 20 and 21 GDPR",
  """Dear Sir or Madam,

I have been a customer of your online photo shop since 2021 and my employer, Ostrobothnia Research Centre, has also ordered staff portraits from you. I hereby exercise the following rights under Regulation (EU) 2016/679.

1. Right of access (Article 15). Please confirm whether you process personal data about me and, if so, provide a copy together with the information listed in Article 15(1), including the names of all recipients.

2. Right to data portability (Article 20). Please provide the personal data I have provided to you, including my order history and uploaded images, in a structured, commonly used and machine-readable format, and where technically feasible transmit it directly to Printvault Ltd (privacy@printvault.example.com).

3. Right to object (Article 21(1)). On grounds relating to my particular situation I object to the processing of my personal data for analytics and "business development" purposes based on legitimate interests.

4. Direct marketing (Article 21(2)). I object to any processing of my personal data for direct marketing purposes, including profiling related to such marketing.

Please note that the staff portrait taken for my employer falls outside this letter; I do not ask you to change anything about it.

I look forward to your reply within one month of receipt, as required by Article 12(3).

Yours faithfully,
Dr. Anna Whitmore""")

E("en", "erasure+complaint", False, "daughter's photo on Instagram, conditional complaint deadline",
  "Paul Sinclair <paul.sinclair@example.fi>", "Daughter's photo on your Instagram",
  """Hello,

my daughter Mia (6) is in the kindergarten group photo you posted on Instagram on Tuesday. Nobody asked us. Remove it.

If the photo is not off your Instagram by Friday I will file a complaint with the Finnish data protection authority.

Paul Sinclair""")

E("en", "portability", False, "non-native: send data to new photo company in Sweden",
  "Ahmed Yusuf <ahmed.yusuf@example.com>", "moving to Sweden",
  """Hello,

I am moving to Sweden with my family in December. Can you send my informations and my childrens picture history to new photo company Bildhuset in Umeå? They say they can take it if you send it in a computer file. Their email is kund@bildhuset.example.se.

Thank you
Ahmed Yusuf""")

E("en", "", False, "story about another photographer refusing deletion; general question",
  "Julia Martin <julia.martin@example.com>", "Question about photo retention",
  """Hi,

I had a terrible experience last year with another photographer who refused to delete my wedding photos from his portfolio even after I asked several times. It took months.

So before I book your family session: do you delete client photos after some time, or do you keep them forever? Do you use client photos on your website?

Thanks,
Julia""")

E("en", "restriction", False, "disputes debt, don't hand details to collection agency until sorted",
  "Oliver Grant <oliver.grant@example.com>", "Invoice 2026-0788 – disputed",
  """Hello,

I've received a payment reminder for invoice 2026-0788 which I already paid in cash at your studio. I'm disputing the debt.

Please don't hand my details to the collection agency or anyone else until this has been checked. I can send a photo of the receipt.

Oliver Grant""")

E("en", "", False, "near-miss: higher-resolution copy of son's photos (product order)",
  "Natalie Brooks <natalie.brooks@example.com>", "copy of my son's photos",
  """Hi! Can I get a copy of my son's school photos in higher resolution? The digital files I bought are too small for printing a poster. Happy to pay extra.

Natalie""", to="Zoomi customer service <info@example.fi>")
