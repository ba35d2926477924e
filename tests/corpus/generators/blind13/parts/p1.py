from parts.common import E

E("fi", "erasure", False, "phone one-liner, no umlauts",
  "Jari Kettunen <jari.kettunen@example.fi>", "tiedot",
  """poistakaa mun tiedot teidan rekisterista kiitos
t. Jari

Lahetetty iPhonesta""")

E("fi", "access", False, "formal template letter listing Art 15 items",
  "Helena Rautio <helena.rautio@example.fi>", "Tarkastuspyyntö – EU:n tietosuoja-asetuksen 15 artikla",
  """Zoomi Kuvakaupat Oy
Vasaratie 2 A
65350 Vaasa

Asia: Rekisteröidyn oikeus saada pääsy tietoihin (EU 2016/679, 15 art.)

Pyydän, että toimitatte minulle vahvistuksen siitä, käsittelettekö minua koskevia henkilötietoja, ja jos käsittelette, seuraavat tiedot:

1. jäljennös kaikista minua koskevista henkilötiedoista, joita käsittelette (mukaan lukien kuvat, tilaus- ja laskutustiedot sekä ajanvaraushistoria);
2. käsittelyn tarkoitukset ja oikeusperusteet;
3. henkilötietoryhmät;
4. vastaanottajat tai vastaanottajaryhmät, joille tietoja on luovutettu, nimeltä mainiten (esim. laskutus-, perintä- ja analytiikkapalvelut);
5. tietojen säilytysaika tai sen määrittämisperusteet;
6. mistä tiedot on saatu, jos niitä ei ole kerätty minulta;
7. tieto automaattisesta päätöksenteosta ja profiloinnista;
8. tieto siitä, siirretäänkö tietoja EU/ETA-alueen ulkopuolelle, ja sovelletut suojatoimet;
9. tieto oikeudestani tehdä valitus valvontaviranomaiselle.

Pyydän toimittamaan tiedot sähköisesti tähän osoitteeseen 15 artiklan 3 kohdan mukaisesti. Vastausaika on 12 artiklan 3 kohdan mukaan kuukausi pyynnön vastaanottamisesta.

Tunnistautumista varten: olen asioinut liikkeessänne viimeksi maaliskuussa 2025 (passikuvat), puhelinnumeroni on 040 111 2233.

Ystävällisin terveisin
Helena Rautio
Kirkkokatu 14 B 9
65100 Vaasa""")

E("fi", "marketing_opt_out", False, "spoken Finnish, weekly offer mails annoying",
  "Toni Heikkilä <tonih@example.fi>", "noi meilit",
  """Moro

Mul tulee teilt joka viikko noit "syksyn kuvatarjous" -meilei ja nyt alko viel tekstarit kans. En oo kuvannu teil mitää sen jälkee ku poika pääs rippikoulust, eli ei kiinnosta. Lopettakaa ne mainokset, sekä sähköpostiin et puhelimee.

Toni""")

E("fi", "rectification", False, "surname changed; mentions erasure right but only wants a fix",
  "Minna Laaksonen <minna.laaksonen@example.fi>", "Sukunimen muutos laskuun",
  """Hei,

sain teiltä eilen laskun lapsen päiväkotikuvista, ja siinä on vielä vanha sukunimeni Ojala. Menin naimisiin kesällä ja nimeni on nykyään Minna Laaksonen.

Tiedän, että voisin pyytää koko asiakastietojeni poistamista, mutta en halua sitä – tilaan teiltä varmasti jatkossakin. Haluaisin vain, että nimi korjataan asiakasrekisteriinne ja tuleviin laskuihin. Osoite ja puhelinnumero ovat ennallaan.

Asiakasnumero on laskussa 118204.

Kiitos!
Minna""")

E("fi", "", False, "question about how long an access request would take, hypothetical",
  "Pekka Väisänen <pekka.vaisanen@example.fi>", "Kysymys tietosuojasta",
  """Hei

Luin tietosuojaselosteenne. Siinä puhutaan tarkastusoikeudesta. Jos joskus haluaisin tarkistaa mitä tietoja minusta on, pitääkö se tehdä kirjeellä vai käykö sähköposti, ja kauanko siinä yleensä menee? En tarvitse tietoja nyt, kunhan kysyn etukäteen.

Pekka""")

E("fi", "erasure", False, "guardian asks to delete child's daycare photos",
  "Satu Mäkelä <satu.makela@example.fi>", "Lapsen kuvat päiväkodista",
  """Hyvä vastaanottaja,

tyttäreni Aino Mäkelä (s. 2021) kuvattiin keväällä Hovioikeudenpuiston päiväkodissa teidän toimestanne. Muutimme kesällä Tampereelle, eikä kuvia tilattu.

Pyydän, että poistatte Ainon kuvat ja hänen nimitietonsa järjestelmistänne. Olen Ainon huoltaja; isän kanssa olemme asiasta samaa mieltä.

Kuvatunnus oli lapun mukaan HP-2291-A.

Ystävällisesti
Satu Mäkelä""")

E("fi", "", False, "order status, no GDPR request",
  "Kalle Nurmi <kalle.nurmi@example.fi>", "tilaus 55310 missä",
  """Tilasin kolme viikkoa sitten koulukuvat verkkokaupasta (tilaus 55310) eikä ole vielä tullut. Onko ne lähetetty ollenkaan? Seurantakoodia ei ole tullut.

Kalle Nurmi""")

E("fi", "access+complaint", False, "reminder of unanswered access request, will contact the DPA",
  "Riikka Salo <riikka.salo@example.fi>", "Re: Pyyntö saada tietoni – EI VASTAUSTA",
  """Hei uudestaan,

lähetin 2.9. pyynnön saada kopio kaikista tiedoista, joita teillä on minusta ja pojastani, eikä siihen ole vastattu mitenkään. Kuukausi on mennyt umpeen.

Jos en saa tietoja tämän viikon aikana, teen ilmoituksen tietosuojavaltuutetulle.

Riikka Salo

> Lähettäjä: Riikka Salo
> Lähetetty: 2. syyskuuta 2026 21.14
> Aihe: Pyyntö saada tietoni
>
> Hei, haluaisin nähdä kaikki tiedot mitä teillä on minusta ja pojastani
> Eetu Salosta (7b luokka, Variskan koulu). Kiitos.""")

E("fi", "objection", False, "objects to data passed to debt collector after paying",
  "Janne Koskinen <janne.koskinen@example.fi>", "Perintä",
  """Päivää.

Sain OK-perinnältä kirjeen laskusta, jonka olin maksanut jo ennen eräpäivää (kuitti liitteenä). En hyväksy sitä, että annoitte nimeni ja osoitteeni perintätoimistolle, ja vastustan tietojeni käsittelyä perinnässä tämän laskun osalta. Minulla ei ole teille mitään velkaa.

Janne Koskinen
puh. 050 998 1122""")

E("fi", "", True, "password-changed notice from another service, no auto headers",
  "Kuvapilvi <noreply@kuvapilvi.example.com>", "Salasanasi on vaihdettu",
  """Hei,

Kuvapilvi-tilisi salasana vaihdettiin 14.10.2026 klo 09.12.

Jos vaihdoit salasanan itse, voit jättää tämän viestin huomiotta. Jos et tunnista muutosta, palauta salasanasi osoitteessa https://kuvapilvi.example.com/reset ja ota yhteyttä asiakastukeemme.

Tämä on automaattinen viesti, älä vastaa siihen.

Kuvapilvi""")

E("fi", "erasure+marketing_opt_out", False, "long polite story, request buried in middle",
  "Marjatta Honkanen <marjatta.honkanen@example.fi>", "Kiitos ja pieni pyyntö",
  """Hyvä Zoomin väki,

olen ollut asiakkaananne jo 1990-luvulta asti, kun ensimmäisiä ylioppilaskuvia otettiin vielä vanhassa liikkeessänne Hovioikeudenpuistikolla. Lapsenlapsetkin on kuvattu teillä, ja olen aina ollut tyytyväinen.

Nyt olen kuitenkin muuttamassa tyttäreni luo Ruotsiin, eikä minulla ole enää tarvetta palveluillenne. Siksi pyytäisin, että poistatte minun tietoni asiakasrekisteristänne ja lopetatte myös kirjeiden ja sähköpostitarjousten lähettämisen, ettei niitä turhaan tule vanhaan osoitteeseen. Lapsenlasten kuvia en tarkoita, ne ovat heidän vanhempiensa asioita.

Haluan vielä kiittää erityisesti sitä nuorta naiskuvaajaa, joka otti mieheni viimeiset muotokuvat 2019. Ne ovat meille hyvin rakkaita.

Lämpimin terveisin
Marjatta Honkanen
Vaasa""")

E("fi", "restriction", False, "disputes accuracy of order data; keep but do not use",
  "Olli Peltonen <olli.peltonen@example.fi>", "Kiistän tilauksen – älkää käyttäkö tietoja",
  """Hei,

järjestelmässänne on minun nimissäni tilaus 60127 (henkilökuntakuvat, 12 kpl), jota en ole tehnyt. Epäilen että joku työpaikallani on käyttänyt nimeäni ja puhelinnumeroani.

En pyydä vielä poistamaan mitään, koska tarvitsen tiedot selvitystä varten. Pyydän kuitenkin, että rajoitatte tietojeni käsittelyä siihen asti kun asia on selvitetty: älkää laskuttako, älkää lähettäkö mitään perintään älkääkä käyttäkö tietoja muuhunkaan.

Olli Peltonen""")

E("fi", "", False, "student asks for a city contract under publicity act (public-records style)",
  "Emilia Lindroos <emilia.lindroos@example.fi>", "Tietopyyntö: koulukuvaussopimus",
  """Hei,

teen opinnäytetyötä kuntien hankinnoista. Pyydän saada nähtäväksi Vaasan kaupungin ja Zoomi Kuvakaupat Oy:n välisen koulukuvaussopimuksen vuosille 2024–2026 sekä tarjouspyynnön, jonka perusteella sopimus tehtiin. Ymmärrän, että asiakirjat ovat julkisia viranomaisen hallussa, mutta ajattelin kysyä ensin teiltä.

Ystävällisesti
Emilia Lindroos
Vaasan yliopisto""")

E("fi", "portability", False, "wants own order/photo data in machine-readable format for another service",
  "Sami Rantanen <sami.rantanen@example.fi>", "tietojen siirto",
  """Moi,

lopetan teidän verkkokaupan käytön ja siirryn toiseen palveluun. Saisinko kaikki tilillä olevat tietoni (tilaushistoria, osoitetiedot, lataamani kuvat) yhtenä koneluettavana tiedostona, esim. JSON tai CSV + kuvat zipissä, niin voin tuoda ne uuteen palveluun? Tili on rekisteröity tähän osoitteeseen.

Sami""")

E("sv", "access", False, "Finland-Swedish parent asks what data on child",
  "Camilla Nyström <camilla.nystrom@example.fi>", "Registerutdrag för mitt barn",
  """Hej,

min son Elias Nyström går i årskurs 3 i Gerby skola och fotograferades av er i september. Jag skulle vilja granska vilka uppgifter ni har om honom – namn, klass, bilder och vad mer ni eventuellt fått av skolan – och vem ni har lämnat dem vidare till.

Jag är Elias vårdnadshavare. Vi beställde inga bilder i år.

Med vänlig hälsning
Camilla Nyström
Vasa""")

E("sv", "erasure", False, "short: delete my web shop account",
  "Rasmus Ek <rasmus.ek@example.fi>", "radera konto",
  """Hej. Vill att ni raderar mitt konto i webbshoppen och allt som hör till det. Använder det inte mer.
/Rasmus""")

E("sv", "marketing_opt_out", False, "Ostrobothnian dialect, stop SMS ads",
  "Bengt Sjöholm <bengt.sjoholm@example.fi>", "sms",
  """Hej

Ja far nu sms fran er mest varenda vecko om erbjudand. Ja vill int ha na meir reklam, varken sms eller e-post. Tack.

Bengt i Malax""")

E("sv", "", False, "thanks for quick handling, nothing asked",
  "Ulrika Strand <ulrika.strand@example.fi>", "Tack!",
  """Hej Maria,

tack för snabb hjälp med ärendet förra veckan, allt är nu i ordning och jag har fått bekräftelsen. Skönt att det gick så smidigt.

Ha en fin höst!
Ulrika""")

E("sv", "rectification", False, "wrong phone number on file",
  "Kristian Björk <kristian.bjork@example.fi>", "Fel telefonnummer",
  """Hej,

jag märkte att era påminnelser om fotograferingstiden går till ett gammalt nummer (040 555 1020) som jag inte har längre. Mitt nummer är numera 044 321 7788. Kan ni rätta det i era uppgifter så att SMS:en kommer rätt?

Tack
Kristian Björk""")

E("sv", "", True, "out-of-office with Auto-Submitted header",
  "Anna-Lena Forsman <anna-lena.forsman@example.fi>", "Frånvaromeddelande: Bildbeställning personalfoto",
  """Hej,

jag är på semester 12.10–23.10 och läser inte min e-post. I brådskande ärenden, kontakta skolans kansli, tfn 06 123 4500.

Med vänlig hälsning
Anna-Lena Forsman
Rektor, Sundom skola""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

E("sv", "objection", False, "objects to Google Analytics tracking",
  "Jonas Westerlund <jonas.westerlund@example.fi>", "Google Analytics på er webbplats",
  """Hej,

jag ser att er webbshop laddar Google Analytics även när man bara tittar på bilderna från skolfotograferingen. Jag motsätter mig att mitt besök och min IP-adress används för statistik och analys, och jag vill att ni slutar med det.

Jonas Westerlund""")

E("sv", "erasure+complaint", False, "angry: child's photo on website without consent, will report to Dataombudsmannen",
  "Petra Holm <petra.holm@example.fi>", "BILDEN PÅ MIN DOTTER SKA BORT",
  """Jag blev mycket upprörd när jag såg min dotter Lovisa (6 år) på startsidan av er webbplats i reklamen för "höstens barnfotografering". Vi har ALDRIG gett lov till att hennes bild används i marknadsföring.

Ta bort bilden från webbplatsen, från Instagram och från alla andra ställen omedelbart och radera den ur era arkiv.

Ni bryter mot GDPR och jag kommer att anmäla er till Dataombudsmannen.

Petra Holm""")

E("sv", "", False, "reschedule passport photo appointment",
  "Sebastian Lund <sebastian.lund@example.fi>", "Flytta min tid",
  """Hej, jag har en tid för passfoto på torsdag kl 14.30 via er bokning. Kan jag flytta den till fredag förmiddag? Bokningsnummer SL-40931.

Sebastian""")

E("en", "access", False, "non-native English access request",
  "Dmitri Volkov <dmitri.volkov@example.com>", "personal informations",
  """Hello,

I am living in Vaasa since 2022 and I made passport photo in your shop two times. I want to know what personal date you are collecting of me and for how long you keep it, also if you give it to somebody else (police?). Please send me all what you have.

Best regards
Dmitri Volkov""")

E("en", "erasure", False, "short: delete account and everything",
  "Chloe Martin <chloe.martin@example.com>", "Delete my account",
  """Hi, please delete my account and everything connected to it. Thanks, Chloe""")

E("en", "", True, "bounce from mailer-daemon with auto header",
  "Mail Delivery System <MAILER-DAEMON@mx.example.com>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<j.harper@example.com>: host mail.example.com said: 550 5.1.1
    <j.harper@example.com>: Recipient address rejected: User unknown

--- Original message ---
Subject: Your school photos are ready
From: Zoomi Kuvakaupat <tietosuoja@example.fi>

Your child's school photos from Vaasan lyseo are now available in the web shop.
To unsubscribe from these notifications, click here.""",
  hdrs={"Auto-Submitted": "auto-generated"})

E("en", "marketing_opt_out", False, "typo unsubcribe, one line",
  "Liam O'Brien <liam.obrien@example.com>", "unsubcribe",
  """pls unsubcribe me from the newsletter, I never signed up for it

Sent from my Galaxy""")

E("en", "complaint", False, "has already lodged a complaint with the DPA",
  "Sarah Whitfield <sarah.whitfield@example.com>", "Complaint lodged with the Data Protection Ombudsman",
  """Dear Sir or Madam,

This is to let you know that today I have lodged a complaint with the Office of the Data Protection Ombudsman in Helsinki concerning your handling of my personal data. Staff photos of me taken for my former employer are still shown on their website through your gallery link more than a year after I left, even though I asked your photographer in person to take them down in May.

The Ombudsman's office will be in touch with you. I have nothing further to add at this stage.

Sarah Whitfield""")

E("en", "", False, "student essay asking generally how erasure is handled",
  "Aino Berg <aino.berg@example.fi>", "Question for school project",
  """Hello!

I'm a high-school student in Vaasa writing an essay on GDPR in small companies. Could you tell me in general how you handle it when a customer asks you to delete their data? E.g. do you have to keep invoices? I'm not a customer, I'm just interested in how it works in practice.

Thank you very much,
Aino""")

E("en", "rectification+restriction", False, "wrong name on school list; correct and hold until fixed",
  "Hannah Fischer <hannah.fischer@example.com>", "Wrong name for my son - please hold",
  """Hello,

my son's name is on your school photo list as "Jonas Fisher" but it is Jonas Fischer (with c). This name will be printed on the class photo and also delivered to the school for their pupil card system.

Please correct the spelling, and until it is corrected, do not send his data or photo to the school or print anything with the wrong name.

Kind regards,
Hannah Fischer (mother)""")
