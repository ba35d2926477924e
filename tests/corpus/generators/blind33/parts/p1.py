from parts.common import E

E("fi", "", False, "parent asks to remove a background / retouch (delete = edit), not a DSR",
  "Katja Rinne-Mäkelä <katja.rinnemakela@example.fi>",
  "Koulukuva – voiko poistaa?",
  """Hei,

Tilasin eilen Onnelan koulun kuvat (tilausnro 58812-K). Tytön kuvassa on taustalla joku
toinen lapsi vähän näkyvissä oikeassa reunassa. Voiko sen poistaa tai rajata kuvan niin
ettei se näy? Maksan lisää jos tarvii.

Ja samalla: saako digitiedoston myös ilman sitä teidän vesileimaa, vai tuleeko se vasta
kun tilaus on maksettu?

Kiitos!
Katja""")

E("fi", "access+erasure", False, "guardian, formal, child's school photos: copy of data then delete",
  "Harri Vesterinen <harri.vesterinen@example.fi>",
  "Tietopyyntö ja poistopyyntö – alaikäinen lapsi",
  """Zoomi Kuvakaupat Oy
Tietosuoja / asiakasrekisteri

Asia: Huoltajan pyyntö lapsen henkilötietojen tarkastamiseksi ja poistamiseksi

Olen Eelis Vesterisen (s. 2016, Gerbyn koulu, 4B) huoltaja. Esitän lapseni puolesta
seuraavat pyynnöt EU:n tietosuoja-asetuksen nojalla:

1. Pyydän jäljennöksen kaikista lastani koskevista henkilötiedoista, joita yrityksenne
   käsittelee (15 artikla), mukaan lukien kaikki hänestä otetut kuvat, luokkakuvat joissa
   hän on tunnistettavissa, sekä tiedot siitä, mistä olette saaneet hänen nimensä ja
   luokkatietonsa ja kenelle tietoja on luovutettu.

2. Kun olen saanut edellä mainitut tiedot, pyydän poistamaan kaikki lastani koskevat
   tiedot ja kuvat järjestelmistänne (17 artikla). Kirjanpitoon liittyvät tiedot saa
   tietenkin säilyttää lain edellyttämän ajan, mutta kuvia ei.

Lapsen toinen huoltaja (äiti, Sanna Vesterinen) on tietoinen pyynnöstä ja samaa mieltä.
Tarvittaessa hän voi vahvistaa asian sähköpostitse.

Vastaus pyydetään sähköpostitse tähän osoitteeseen.

Ystävällisin terveisin

Harri Vesterinen
Kirkkopuistikko 14 B 9
65100 Vaasa
puh. 040 771 2090""")

E("fi", "", True, "shop order confirmation, no auto header",
  "Zoomi Verkkokauppa <noreply@example.fi>",
  "Tilausvahvistus #K-204471",
  """Kiitos tilauksestasi!

Tilausnumero: K-204471
Tilauspäivä: 14.10.2026

Tuotteet:
  1 x Koulukuvapaketti M (Vöyrinkaupungin koulu)      39,00 €
  1 x Lisäkuva 13x18                                   9,00 €
  Toimitus, Posti pakettiautomaatti                    5,90 €
Yhteensä (sis. ALV 25,5 %)                            53,90 €

Toimitusosoite:
Laura Heikkilä
Kauppapuistikko 3 A 12
65100 Vaasa

Voit seurata tilaustasi Omat tiedot -sivulla. Jos huomaat tilauksessa virheen, vastaa
tähän viestiin 24 tunnin kuluessa, niin korjaamme sen ennen tulostusta.

Tämä on automaattinen viesti.
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa
Tietosuojaseloste: www.example.fi/tietosuoja""")

E("fi", "marketing_opt_out", False, "short annoyed reply to SMS/email offers, no quoted text",
  "Raimo Kallio <raimo.kallio55@example.fi>",
  "tarjoukset",
  """en halua enää teidän tarjousviestejä sähköpostiin enkä tekstiviesteinä. kerran kävin
passikuvassa ja siitä asti tulee joka kuukausi jotain. lopettakaa

R. Kallio""")

E("fi", "", False, "school office asks for photography contract / DPA document, not a DSR",
  "Päivi Granström <paivi.granstrom@example.fi>",
  "Kuvaussopimus 2026–2027 ja henkilötietojen käsittelysopimus",
  """Hei,

Olen Ristinummen koulun koulusihteeri. Rehtori pyysi minua tarkistamaan, onko meillä
voimassa oleva sopimus teidän kanssa ensi lukuvuoden kuvauksista. Löysin arkistosta vain
vuoden 2023 sopimuksen, ja siinä on liitteenä henkilötietojen käsittelysopimus, jossa
puhutaan "oppilasluettelon poistamisesta 30 päivän kuluessa kuvauksesta".

Kysymykset:
- Onko sopimus jatkunut automaattisesti vai pitääkö tehdä uusi?
- Onko käsittelysopimuksesta uudempaa versiota? Kaupungin tietosuojavastaava haluaa
  nähdä sen ennen kuin lähetämme luokkalistat.
- Poistatteko luokkalistat edelleen 30 päivän jälkeen?

Voisitteko lähettää ajantasaiset asiakirjat minulle?

Ystävällisesti
Päivi Granström
koulusihteeri, Ristinummen koulu
p. 06 325 4410""")

E("fi", "access+complaint", False, "reminder of unanswered access request, conditional DPA threat",
  "Johanna Laaksonen <johanna.laaksonen@example.fi>",
  "Re: Tarkastuspyyntö – ei vastausta",
  """Hei uudelleen,

Lähetin 28.9. tarkastuspyynnön, jossa pyysin tietää mitä tietoja teillä on minusta ja
tyttärestäni (Iida Laaksonen, päiväkoti Tuulenpesä). En ole saanut mitään vastausta,
en edes kuittausta. Nyt on kulunut yli kuukausi.

Pyydän että vastaatte viikon sisällä. Jos en saa vastausta, teen asiasta ilmoituksen
tietosuojavaltuutetulle.

Johanna Laaksonen

> Lähettäjä: Johanna Laaksonen
> Lähetetty: maanantai 28. syyskuuta 2026 21.14
> Aihe: Tarkastuspyyntö
>
> Hei, haluaisin tietää mitä henkilötietoja olette minusta ja lapsestani tallentaneet.
> Olemme tilanneet päiväkotikuvia 2024 ja 2025.""")

E("fi", "", False, "asks what rights she has, no request made",
  "Maija-Liisa Ojala <mlojala@example.fi>",
  "Kysymys tietosuojasta",
  """Hyvää päivää

Luin teidän tietosuojaselosteen kun tilasin lapsenlapsille kuvia. Siinä puhutaan
tarkastusoikeudesta ja vastustamisoikeudesta. Mitä ne oikein tarkoittavat tällaiselle
tavalliselle ihmiselle? Onko minun pakko tehdä jotain, vai onko ne vain tietona?

En ole tekemässä mitään valitusta, kaikki on ollut hyvin, haluan vain ymmärtää.

Maija-Liisa Ojala
Laihia""")

E("fi", "rectification", False, "child's name misspelled in customer record / future orders",
  "Tuomas Ylikoski <tuomas.ylikoski@example.fi>",
  "Lapsen nimi väärin",
  """Moi,

Poikamme nimi on teidän järjestelmässä "Elias Ylikoksi" eikä Ylikoski. Sama virhe oli
viime vuonna ja nyt taas tämän syksyn koulukuvan tilauslinkissä. Korjatkaa nimi teidän
rekisteriin niin ettei sama toistu ensi vuonna, kiitos. Kuvat on muuten ok, ei tarvii
tulostaa uudestaan.

-Tuomas

Lähetetty iPhonesta""")

E("fi", "", False, "wants an extra copy of class photo - product order",
  "Seija Heinonen <seija.heinonen@example.fi>",
  "kopio luokkakuvasta",
  """Hei

Saisinko kopion 3A luokan luokkakuvasta vuodelta 2025, Huutoniemen koulu. Meidän
kappale kastui muuton yhteydessä. Mitä maksaa ja voiko sen tilata suoraan teiltä?

t. Seija H.""")

E("fi", "erasure+objection", False, "own photo in shop window / website, objects to use + wants removal",
  "Noora Björklund <noora.bjorklund@example.fi>",
  "Kuvani teidän nettisivuilla ja ikkunassa",
  """Hei,

Huomasin että minusta viime keväänä otettu valmistujaiskuva on teidän etusivulla
"Ylioppilaskuvat 2026" -bannerissa ja sama kuva on isona liikkeen näyteikkunassa
Hovioikeudenpuistikolla. En muista antaneeni tähän lupaa, ja vaikka jossain lomakkeessa
olisinkin rastittanut jotain, perun sen nyt.

Vastustan sitä, että kuvaani käytetään teidän markkinoinnissa missään muodossa.
Ottakaa kuva pois sekä sivuilta että ikkunasta, ja poistakaa se myös mahdollisista
esitteistä ja somesta.

Toivon kuittausta kun kuva on poistettu.

Noora Björklund""")

E("fi", "", False, "elderly, wants to cancel a photo order (tilaus = order)",
  "Erkki Haapala <erkki.haapala@example.fi>",
  "Perukaa tilaus",
  """Hyvät herrat

Tilasin netissä suurennoksen vaimon kuvasta mutta tein virheen ja valitsin väärän koon.
Perukaa tilaus jos se ei ole vielä lähtenyt, teen uuden. Tilausnumero on K-203980.
Pyydän anteeksi vaivaa, en ole tottunut näihin tietokoneisiin.

Erkki Haapala
Mustasaari""")

E("fi", "restriction", False, "invoice dispute, asks not to delete or pass data on until resolved",
  "Mikko Rautiainen <mikko.rautiainen@example.fi>",
  "Riitautettu lasku 1120457 – tietoja ei saa poistaa",
  """Hei,

Olen riitauttanut laskun 1120457 (henkilökuntakuvaus, Rautiainen Consulting, kevät 2026),
koska kuvauspäivä peruttiin teidän puoleltanne ja laskutitte silti koko summan.

Koska asia saattaa mennä kuluttajariitalautakuntaan tai käräjille, pyydän että
säilytätte kaikki asiaan liittyvät tiedot – varaushistoria Slotissa, sähköpostit ja
laskutustiedot – ettekä poista niitä ennen kuin riita on ratkaistu. Samalla pyydän,
että ette luovuta tietojani perintätoimistolle ennen kuin reklamaatio on käsitelty.

Mikko Rautiainen
040 552 8812""")

E("sv", "access", False, "formal registerutdrag art. 15 with full list of items",
  "Birgitta Sandvik <birgitta.sandvik@example.fi>",
  "Begäran om registerutdrag enligt artikel 15 GDPR",
  """Till Zoomi Kuvakaupat Oy
Dataskydd

Begäran om tillgång till personuppgifter (artikel 15 i dataskyddsförordningen)

Jag ber härmed att få ta del av samtliga personuppgifter som ni behandlar om mig. Jag
ber er även att redogöra för:

a) ändamålen med behandlingen och den rättsliga grunden för varje ändamål,
b) vilka kategorier av personuppgifter det gäller,
c) vilka mottagare uppgifterna har lämnats ut till, med namn på mottagarna,
d) hur länge uppgifterna kommer att lagras eller kriterierna för detta,
e) varifrån uppgifterna har samlats in, om inte från mig,
f) huruvida automatiserat beslutsfattande, inklusive profilering, förekommer,
g) om uppgifterna har överförts till tredje land.

Jag har varit kund hos er sedan ungefär 2019 (familjebilder och skolbilder för mina två
barn, samt passfoton). Mina kontaktuppgifter:

Birgitta Sandvik
Smedsbyvägen 41
65610 Korsholm
tel. 050 318 4471

Svaret kan skickas per e-post till denna adress.

Med vänlig hälsning
Birgitta Sandvik""")

E("sv", "", False, "order status; 'mina uppgifter' = form details filled in",
  "Jonas Ek <jonas.ek@example.fi>",
  "Ingen bekräftelse på beställning",
  """Hej!

Jag fyllde i mina uppgifter i er webbshop i söndags och betalade för skolfotona
(Vasa övningsskola, klass 2). Pengarna har gått från kontot men jag har inte fått
någon orderbekräftelse. Kan ni kolla om beställningen gått igenom? Jag vill inte
betala två gånger.

Mvh Jonas Ek""")

E("sv", "marketing_opt_out+erasure", False, "unsubscribe and delete account, casual",
  "Ida Strandberg <ida.strandberg@example.se>",
  "avregistrera + radera",
  """Hej,

Avregistrera mig från nyhetsbrevet, jag får tre mejl i veckan från er. Och radera
gärna mitt konto i webbshoppen också, jag bor i Umeå nu och kommer inte att beställa
mer. Ni får ta bort allt ni har om mig.

Tack, Ida

Skickat från min iPhone""")

E("sv", "", True, "out-of-office from school principal, no header",
  "Anders Nyholm <anders.nyholm@example.fi>",
  "Frånvaromeddelande: Re: Fotografering av personalen 12.11",
  """Hej,

Jag är på tjänsteresa 9–13.11 och läser inte min e-post regelbundet. I brådskande
ärenden, kontakta skolans kansli, tel. 06 325 3390, eller biträdande rektor
Maria Holm.

Med vänlig hälsning
Anders Nyholm
rektor, Sundom skola""")

E("sv", "", False, "daghem staff: photo day planning, consent slips",
  "Camilla Lindqvist <camilla.lindqvist@example.fi>",
  "Fotodag på Daghemmet Solrosen",
  """Hej!

Vi har fotodag den 24.11 enligt Slotti. Några frågor från oss i personalen:

- Föräldrarna frågar om de kan ta bort sitt barn från gruppbilden om de inte vill att
  barnet är med. Hur brukar ni göra?
- Vi har tre barn vars föräldrar inte gett lov till fotografering. Ska vi lämna
  deras namn till er i förväg eller räcker det att vi håller dem borta den dagen?
- Kan syskon fotograferas tillsammans fast de går på olika avdelningar?

Vi fyller i blanketterna i veckan och skickar dem.

Hälsningar
Camilla Lindqvist
Daghemmet Solrosen, Vasa""")

E("sv", "erasure", False, "guardian asks to delete child's photos from servers after moving",
  "Henrik Fagerström <henrik.fagerstrom@example.fi>",
  "Radera min dotters bilder",
  """Hej,

Vi har flyttat från Vasa och min dotter Elsa Fagerström (född 2018) går inte längre
i Daghemmet Trollebo. Ni har fotograferat henne där 2022–2025. Jag vill att ni raderar
alla bilder på henne från era servrar och ur webbshoppen, både porträtten och de
gruppbilder där hon syns om det går att ta bort henne. Vi har redan de bilder vi köpt.

Jag är hennes vårdnadshavare tillsammans med hennes mamma, som står bakom detta.
Beställningarna gjordes från den här e-postadressen.

Henrik Fagerström""")

E("sv", "", False, "vendor selling GDPR request-handling tool",
  "Sofia Wikström <sofia.wikstrom@example.se>",
  "Hanterar ni GDPR-förfrågningar manuellt?",
  """Hej Zoomi-teamet,

Jag heter Sofia och jobbar på PrivaFlow AB i Göteborg. Vi hjälper fotoföretag och
skolfotografer att automatisera registerutdrag, raderingar och avregistreringar –
allt från ett och samma gränssnitt, med inbyggd 30-dagarsbevakning.

Visste ni att över hälften av alla begäranden om radering kommer via vanliga
kundtjänstadresser och aldrig registreras? Vår kund Fotohuset Norr sparade 12 timmar
i månaden efter att de kopplat in sin inkorg.

Har ni 20 minuter nästa vecka för en kort demo? Svara bara med en tid som passar.

Vänliga hälsningar
Sofia Wikström
Account Executive, PrivaFlow AB
+46 31 700 42 19""")

E("sv", "rectification", False, "surname change after marriage",
  "Emma Backlund <emma.backlund@example.fi>",
  "Namnbyte",
  """Hej,

Jag har gift mig i somras och heter numera Emma Backlund (tidigare Emma Söderholm).
Kan ni uppdatera mitt namn i ert kundregister? Både jag och barnen står under
Söderholm hos er. Barnen heter fortfarande Söderholm i efternamn, så det är bara mitt
namn som ska ändras. E-postadressen är ny också, den gamla var emma.soderholm@example.fi.

Tack på förhand!
Emma""")

E("sv", "", False, "student asks hypothetically about right to be forgotten for thesis",
  "Lukas Granqvist <lukas.granqvist@example.fi>",
  "Fråga till gradu om dataskydd i skolfotografering",
  """Hej,

Jag studerar vid Åbo Akademi i Vasa och skriver min pro gradu om hur fotoföretag
hanterar dataskydd för barn. Jag skulle gärna höra hur ni gör i praktiken:

- Om en förälder begär radering av sitt barns bilder, hur länge tar det?
- Hur vet ni att personen verkligen är vårdnadshavare?
- Får ett barn som fyllt 15 själv begära registerutdrag hos er?

Jag frågar alltså inte om mina egna uppgifter, det gäller bara forskningen. Svaren
kan vara anonyma om ni vill.

Med vänlig hälsning
Lukas Granqvist""")

E("en", "access+portability", False, "law firm letter on behalf of client, arts 15 and 20",
  "Oliver Hartley <o.hartley@example.com>",
  "Data Subject Access and Portability Request – our client Ms. Aino Laurila",
  """Dear Sir or Madam,

RE: Request under Articles 15 and 20 of Regulation (EU) 2016/679 on behalf of
Ms. Aino Laurila, born 14 March 1991

We act for Ms. Aino Laurila in connection with a dispute concerning staff photographs
taken of her by your company at her former employer, Nordvik Logistics Oy, in 2025.
A signed letter of authority from our client is attached.

On behalf of our client we request:

1. Confirmation as to whether or not you process personal data concerning our client
   and, where that is the case, a copy of such data, including all photographs and
   any metadata associated with them, together with the information set out in
   Article 15(1)(a)-(h), in particular the identity of each recipient to whom the data
   or photographs have been disclosed.

2. Pursuant to Article 20, the personal data our client has provided to you, in a
   structured, commonly used and machine-readable format, transmitted directly to our
   client at the address below.

We expect your response within one month of receipt of this letter, as required by
Article 12(3). Please direct all correspondence to the undersigned.

Yours faithfully,

Oliver Hartley
Associate
Hartley & Nyman Attorneys Ltd
Esplanadi 22, 00130 Helsinki
o.hartley@example.com

Attachment: Letter_of_authority_Laurila.pdf""")

E("en", "", False, "shop question: how to delete a photo from cart",
  "Grace Okafor <grace.okafor@example.com>",
  "cant delete picture from basket",
  """Hello,
I am trying to order my son's school photos but I added the wrong picture to the
basket (the group one twice). There is no button to delete it. How can I remove it
without losing the whole order? I use my phone, Samsung.

Thank you
Grace""")

E("en", "", True, "newsletter, English version, unsubscribe footer, no list headers",
  "Zoomi Photo Shop <news@example.fi>",
  "Autumn offers: 20 % off canvas prints until Sunday",
  """Hi there,

The leaves are turning – time to turn your favourite summer photo into something
you can hang on the wall!

  * 20 % off all canvas prints until Sunday 18 October
  * Free delivery on orders over 60 EUR
  * NEW: photo calendars 2027, order before 30 November for Christmas delivery

Use the code AUTUMN20 at checkout.

Book a family portrait session in our Vaasa studio: www.example.fi/book

--
You receive this newsletter because you are a customer of Zoomi Kuvakaupat Oy.
Unsubscribe: www.example.fi/newsletter/unsubscribe?id=8812aa
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa, Finland""")

E("en", "objection", False, "objects to analytics / tracking, not erasure",
  "Daniel Kovács <daniel.kovacs@example.com>",
  "Google Analytics on your shop",
  """Hi,

I noticed your web shop loads Google Analytics even before I click anything in the
cookie banner. I don't want my browsing in your shop to be tracked or analysed.
I object to the processing of my data for analytics; please make sure whatever you
have collected about my visits is not used for that purpose any more. I'm logged in
as this address, so you should be able to link it.

Keep my account and orders as they are, I still want to buy the school pictures.

Regards,
Daniel""")

E("en", "", False, "wrong recipient reply",
  "Peter Lindroos <peter.lindroos@example.com>",
  "Re: Your booking for staff photography",
  """Hi, I think you have the wrong person. I don't work at Vaasan Sähkö and didn't
book anything. Maybe someone typed the address wrong.

Peter

> Hello Peter,
> This is a reminder of your booked staff photography session on 3.11 at 9:00.
> Location: Vaasan Sähkö, Yrittäjänkatu 15. Please reply if you need to change
> the time.""")

E("en", "erasure+complaint", False, "angry parent, says GDPR breach, wants son's photos deleted",
  "Rebecca Thornton <rebecca.thornton@example.com>",
  "My son's photo on your Facebook page",
  """I have just found my 7 year old son's school portrait on your company's Facebook
page as an "example of our autumn backgrounds". Nobody asked me. We only moved to
Vaasa this year and I ticked NO on the form the school sent home.

This is a clear breach of GDPR. Take the picture down today and delete every photo of
him you hold apart from the ones I already paid for and downloaded. His name is
Leo Thornton, Variska school, class 1C.

I am also reporting this to the Data Protection Ombudsman so they know how you treat
children's photos.

Rebecca Thornton""")

E("en", "", False, "host parent, passport photo code not working",
  "Mark Sullivan <mark.sullivan@example.com>",
  "photo receipt code not accepted",
  """Hello

Our exchange student got her passport photo taken at your studio yesterday. The police
online form says the photo code "not found". She needs to apply for the residence
permit by Friday. Can you check that the photo was actually uploaded? Her name is
Camila Reyes.

Thanks
Mark Sullivan (host family)""")

E("en", "marketing_opt_out", False, "one-word unsubscribe reply quoting newsletter",
  "Ahmed Yusuf <ahmed.yusuf@example.com>",
  "Re: Book your Christmas family portrait now",
  """unsubscribe

> Dear customer,
> Christmas is coming! Book your family portrait session before 15 December and
> get a free 20x30 print. Unsubscribe: www.example.fi/newsletter/unsubscribe""")

E("en", "", False, "job application, 'my details' attached",
  "Hanna Berg <hanna.berg@example.com>",
  "Application – summer photographer 2027",
  """Dear Zoomi team,

I would like to apply for the summer photographer position you advertised. I studied
photography at Novia and have two seasons of experience with school photography in
Ostrobothnia. I speak Swedish, Finnish and English.

My CV and portfolio are attached, and my contact details are below. I'm happy to come
in for an interview whenever suits you.

Best regards,
Hanna Berg
+358 44 912 3307""")
