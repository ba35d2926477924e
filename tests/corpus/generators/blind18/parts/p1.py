from parts.common import E

E("sv", "erasure", False, "Ostrobothnian dialect mother, daughter's photo on company Instagram, wants it down",
  "Annika Backlund <annika.backlund@example.fi>", "bilden på instagram",
  """Hej

Ja vet int om ja skriver till rätt ställe men ni har lagt ut en bild på min dotter Elsa (hon e 7) på er instagram, he e från skolfotograferinga i Pörtom i september. Ja ha int gett lov åt he ti att den får läggas ut nånstans. Ta ner den så fort som möjligt tack.

Hon sitter i den blåa tröjon längst till vänster ifall ni int vet vilken ja menar.

mvh Annika Backlund
Närpes
040 123 4567""")

E("fi", "", False, "daycare director asks about processor agreement and what data the daycare hands over; no DSR",
  "Päivi Rinne <paivi.rinne@example.fi>", "Käsittelysopimus / päiväkotikuvaus keväällä",
  """Hei,

olemme Mustasaaren kunnan päiväkoti Myllynsiipi ja meillä on tulossa kevään ryhmäkuvaus teidän kanssa. Kunnan tietosuojavastaava pyysi että tarkistan ennen kuvausta pari asiaa:

1) onko meillä (siis kunnalla) teidän kanssa voimassa henkilötietojen käsittelysopimus vai pitääkö se tehdä erikseen
2) mitä tietoja te tarvitsette meiltä lapsista, riittääkö etunimi ja ryhmä vai tarvitaanko myös huoltajan sähköposti
3) missä teidän järjestelmät sijaitsevat (EU/ETA?)

Voisitteko vastata tähän tai laittaa linkin sopimuspohjaan. Kuvauspäivä olisi alustavasti 18.3.

Ystävällisin terveisin
Päivi Rinne
päiväkodinjohtaja, Päiväkoti Myllynsiipi
puh. 050 123 4567""")

E("en", "access", False, "Estonian customer, non-native English, asks what data is held",
  "Kristiina Tamm <kristiina.tamm@example.com>", "question about my informations",
  """Hello,

I was your customer in Vaasa shop in 2023 when I lived in Finland, I made passport photo and also ordered some photo prints from web shop. Now I am back in Tartu.

I would like to know what datas you have saved about me and for what you use them. Please send it to this email, I dont have finnish address anymore.

Thank you and best regards,
Kristiina Tamm""")

E("fi", "access", False, "law firm template letter on behalf of client, lists everything Art 15 covers",
  "Asianajotoimisto Lehtola & Kumpp. <toimisto@lehtola-law.example.fi>", "Tarkastuspyyntö / päämiehemme Mikko Väisänen",
  """Zoomi Kuvakaupat Oy
Tietosuoja
Vasaratie 2 A
65350 VAASA

ASIA: Rekisteröidyn oikeus saada pääsy tietoihin (EU:n yleinen tietosuoja-asetus 2016/679, 15 artikla)

Edustamme päämiestämme Mikko Väisästä (s. 1981) liitteenä olevan valtakirjan nojalla.

Päämiehemme pyytää saada tiedon siitä, käsitteleekö Zoomi Kuvakaupat Oy häntä koskevia henkilötietoja, ja jos käsittelee, jäljennöksen käsiteltävistä henkilötiedoista sekä seuraavat tiedot:

a) käsittelyn tarkoitukset;
b) kyseessä olevat henkilötietoryhmät;
c) vastaanottajat tai vastaanottajaryhmät, joille henkilötietoja on luovutettu tai luovutetaan, erityisesti kolmansissa maissa olevat vastaanottajat;
d) henkilötietojen suunniteltu säilytysaika tai, jos se ei ole mahdollista, tämän ajan määrittämiskriteerit;
e) oikeus pyytää rekisterinpitäjältä tietojen oikaisemista tai poistamista taikka käsittelyn rajoittamista tai vastustaa käsittelyä;
f) oikeus tehdä valitus valvontaviranomaiselle;
g) kaikki henkilötietojen lähteitä koskevat saatavilla olevat tiedot, jos tietoja ei kerätä rekisteröidyltä;
h) automaattisen päätöksenteon, profilointi mukaan lukien, olemassaolo.

Pyydämme toimittamaan tiedot sähköisesti allekirjoittaneelle asetuksen 12 artiklan 3 kohdan mukaisessa määräajassa.

Vaasassa 3.11.2026

ASIANAJOTOIMISTO LEHTOLA & KUMPP.

Sanna Lehtola
asianajaja, OTM

Liite: valtakirja""")

E("sv", "access", False, "one-liner from phone",
  "Jonas Granlund <jonas.granlund@example.fi>", "registerutdrag",
  """registerutdrag tack. kund sen 2019, vasa butiken

Skickat från min iPhone""")

E("fi", "", True, "school secretary out-of-office reply without auto headers",
  "Merja Kallio <merja.kallio@example.fi>", "Poissa: Koulukuvien nimilistat",
  """Hei,

olen poissa toimistolta 12.10.–16.10. enkä lue sähköpostiani tänä aikana. Kiireellisissä koulua koskevissa asioissa ota yhteyttä rehtori Jari Ojalaan, puh. 040 123 4567.

Oppilaiden poissaoloilmoitukset Wilman kautta.

Ystävällisin terveisin
Merja Kallio
koulusihteeri
Gerbyn koulu""")

E("en", "", False, "journalist asking about numbers of data requests and school photo practice; no DSR",
  "Laura Nieminen <laura.nieminen@example.com>", "Press inquiry: school photos and data protection",
  """Hi,

I'm a freelance journalist writing a piece for an English-language Nordic news site about how school photography companies in Finland handle children's data after GDPR. Zoomi is one of the larger operators in Ostrobothnia, so I'd like to include you.

Could someone answer a few questions by the end of next week?

- Roughly how many data protection requests (access, deletion etc.) do you receive per year, and has the number changed?
- How long do you keep school photos of children who did not order anything?
- Do schools receive pupil photos for their own systems, and who is responsible for those?
- Do you use children's photos in your own marketing, and how do you collect consent?

Happy to do it by phone as well. I'd quote answers under the company's name unless you say otherwise.

Best,
Laura Nieminen
freelance journalist
+358 40 123 4567""")

E("fi", "erasure+access", False, "former employee (photographer) wants staff-page photo removed and a copy of data",
  "Tuomas Heikkilä <tuomas.heikkila@example.fi>", "Entinen työntekijä – kuva nettisivuilta + tiedot",
  """Moi,

olin teillä kuvaajana 2019–2022 Vaasan studiolla. Huomasin että mun kuva ja nimi on edelleen teidän sivuilla "Meidän tiimi" -osiossa, vaikka lopetin jo yli kolme vuotta sitten. Ottakaa se pois sieltä.

Lisäksi haluaisin saada kopion kaikista tiedoista mitä teillä on musta nykyään tallessa, myös jos niitä on jossain vanhassa asiakasrekisterissä tai Slotissa (mulla oli siellä tunnukset).

t. Tuomas Heikkilä
040 765 4321""")

E("sv", "erasure", False, "Finland-Swede mentions she phoned the DPA for advice (no complaint made), asks erasure",
  "Monica Sjöholm <monica.sjoholm@example.fi>", "Radering av mina uppgifter",
  """Hej,

jag ringde till Dataombudsmannens byrå förra veckan för att fråga hur man gör, och de sa att jag först ska vända mig direkt till företaget. Så det gör jag nu. Jag har inte gjort någon anmälan.

Jag vill att ni raderar alla mina personuppgifter ur ert kundregister: namn, adress, telefon och de gamla beställningarna från nätbutiken. Jag beställde senast 2021.

Med vänlig hälsning
Monica Sjöholm
Smedsby""")

E("fi", "", False, "mentions GDPR access right but only wants to reorder a school photo",
  "Heidi Mäkelä <heidi.makela@example.fi>", "lapsen koulukuva uudestaan",
  """Moi!

Tiedän kyllä et mulla ois GDPR:n mukaan oikeus saada kaikki mun tiedot teiltä mut ei nyt tarvii niitä :D Haluisin vaan tilata uudelleen Eetun koulukuvan viime syksyltä (Vöyrin koulu 3lk), se isompi 20x30 ja kaks lompakkokuvaa. Kuvakoodi oli jotain ZK-4471... loppua en muista kun lappu hävis.

Onnistuuko vielä ja paljonko maksaa?

Heidi""")

E("en", "rectification", False, "Ukrainian parent, transliteration of daughter's name wrong on order and invoice",
  "Oleksandra Kovalenko <o.kovalenko@example.com>", "Wrong name of my daughter",
  """Good day,

My daughter Sofiia Kovalenko is in 2nd class in Variskan koulu, she had school photo in October. On the order confirmation and on the invoice her name is written "Sofia Kovalenko" and my name is "Aleksandra". Correct is Sofiia (two i) and Oleksandra, like in our passports. Please change it in your system, because school photo has her name printed under it also and I think it come from same place.

Thank you very much for help.
Oleksandra Kovalenko
tel 040 123 4567""")

E("fi", "erasure+marketing_opt_out", False, "subject-only mail, body is just the phone signature",
  "Jari Laitinen <jari.laitinen@example.fi>", "Poistakaa mun tiedot ja lopettakaa ne mainosviestit",
  """

Lähetetty Android-puhelimesta""")

E("sv", "access+complaint", False, "reminder of unanswered access request with conditional threat to go to Dataombudsmannen",
  "Peter Wikström <peter.wikstrom@example.fi>", "Påminnelse: begäran om registerutdrag 14.9",
  """Hej igen,

Jag skickade en begäran om registerutdrag till den här adressen den 14 september och har inte fått något svar, inte ens en bekräftelse. Den lagstadgade tiden på en månad har gått ut.

Jag vill fortfarande ha en kopia av alla uppgifter ni har om mig och mina två barn (Oskar och Linnea Wikström, skolfoto i Korsholm).

Om jag inte får svar inom en vecka kommer jag att göra en anmälan till dataombudsmannen.

Peter Wikström

> Från: Peter Wikström
> Skickat: 14 september 2026 21:07
> Till: tietosuoja@example.fi
> Ämne: Begäran om registerutdrag
>
> Hej, jag vill ha ett registerutdrag enligt artikel 15 för mig och mina barn.""")

E("fi", "", True, "supplier's newsletter written in first person, looks like a personal mail",
  "Jukka / Kameratukku Pohjanmaa <jukka@kameratukku.example.fi>", "Moi Zoomin porukka – syksyn uutuudet tuli!",
  """Moi Zoomin porukka!

Täällä Jukka Kameratukusta taas. Ajattelin laittaa teille suoraan viestiä kun tiesin että te ootte puhuneet uusista studiosalamoista koulukuvauskautta varten. Meille tuli just varastoon uudet akkusalamat ja nyt syyskuun loppuun ne saa -15 % tällä koodilla: SYKSY15.

Lisäksi taustakartongit (2,72 m) kaikissa väreissä jälleen saatavilla.

Soitellaan!
Jukka
Kameratukku Pohjanmaa

Saat tämän viestin, koska olet Kameratukun asiakas. Jos et halua enää uutiskirjettä, peruuta tilaus tästä: https://kameratukku.example.fi/peruuta""")

E("en", "portability", False, "exchange student wants order and gallery data in machine-readable form to move to another service",
  "Matteo Ricci <matteo.ricci@example.com>", "Export of my data",
  """Hi,

I was an Erasmus student at Vaasa University last year and used your online photo shop quite a lot (photo books, prints). I'm moving my stuff to another photo book service back home in Italy.

Can you send me the data I've uploaded and my order history in a machine-readable format (JSON or CSV is fine) so I can import it there? The photos themselves I think I still have, it's mostly the albums/orders info and the captions I wrote.

Thanks a lot!
Matteo""")

E("fi", "objection", False, "daycare staff forward a parent's wish that the child's photo is not used in a brochure",
  "Sari Lindqvist <sari.lindqvist@example.fi>", "VL: Lapsen kuva esitteessä",
  """Hei,

välitän tässä alla yhden meidän ryhmän vanhemman viestin, hän pyysi että laitan sen teille kun ei itse tiennyt osoitetta. Kyse siis teidän uudesta päiväkotikuvaus-esitteestä jossa on kuva meidän pihalta.

Sari Lindqvist
varhaiskasvatuksen opettaja, Päiväkoti Tuulikello

---------- Välitetty viesti ----------
Lähettäjä: Noora Salo
Päivämäärä: ma 5.10.2026 klo 19.42
Aihe: esite

Hei Sari! Näin sen Zoomin esitteen eteisessä ja siinä on meidän Aino keinumassa. En halua että Ainon kuvaa käytetään niiden mainoksissa tai esitteissä jatkossa. Painettuja ei varmaan saa enää pois mutta uusiin ei saa laittaa. Voitko välittää tämän eteenpäin?
t. Noora""")

E("sv", "restriction", False, "custody dispute; asks company not to delete order records, needs them as evidence",
  "Camilla Nyberg <camilla.nyberg@example.fi>", "Radera inte beställningsuppgifterna",
  """Hej,

Jag är mitt i en vårdnadstvist med mitt ex och vi har ett pågående ärende i tingsrätten. Det gäller bland annat vem som har betalat för barnens skolfoton och dagisfoton åren 2022–2025.

Jag vet att ni kanske raderar gamla beställningar efter en viss tid. Jag ber er att INTE radera några uppgifter om beställningarna och betalningarna som gäller mig och barnen (Wilma och Hugo Nyberg) tills rättegången är avslutad. Ni behöver inte göra något annat med dem nu, bara spara dem.

Jag återkommer om jag behöver kopior.

Camilla Nyberg
Jakobstad""")

E("en", "erasure+objection", False, "rights organisation template letter on behalf of member: erasure and cease processing",
  "Nordic Digital Rights Collective <requests@ndrc.example.com>", "Request under Article 17 GDPR on behalf of our member",
  """To the Data Protection Officer / Controller
Zoomi Kuvakaupat Oy

Re: Request for erasure (Art. 17 GDPR) – data subject: Henrik Aalto, e-mail henrik.aalto@example.fi

Nordic Digital Rights Collective acts on behalf of the above-named data subject under Article 80(1) GDPR. A signed mandate is attached.

Our member requests that you:

1. erase without undue delay all personal data concerning him, including but not limited to contact details, order and booking history, photographs, analytics identifiers and any marketing profiles (Art. 17(1) GDPR);
2. cease any further processing of his personal data with immediate effect;
3. inform each recipient to whom the data have been disclosed of the erasure (Art. 19 GDPR), and tell us who those recipients are.

Where you consider that an exemption under Art. 17(3) applies to any part of the data, please identify the data concerned, the specific exemption relied upon and the period of retention.

Please confirm completion within one month of receipt (Art. 12(3) GDPR).

Yours faithfully,

Case team
Nordic Digital Rights Collective
Attachment: mandate_HAalto.pdf""")

E("fi", "access", False, "spoken-Finnish one-liner without diacritics",
  "Niko Rantala <nikorantala88@example.fi>", "kysymys",
  """mita tietoja teil on must? oon tilannu joskus passikuvat""")

E("fi", "marketing_opt_out", False, "annoyed about text-message ads, spoken Finnish",
  "Tiina Koskela <tiina.koskela@example.fi>", "tekstarit",
  """Lopettakaa noi tekstarimainokset, tulee melkein joka viikko "Joulukortit nyt -20%" ym. En oo ikinä tilannu mitään tekstiviestejä teiltä, kävin vaan kerran passikuvassa.

Numero on 045 123 4567

-Tiina""")

E("sv", "erasure", False, "employee of client firm: her staff photo shown in Zoomi's online portfolio, wants it taken down",
  "Sofia Holmström <sofia.holmstrom@example.fi>", "Min personalbild i er portfolio",
  """Hej!

Jag jobbar på Kvarken Logistik i Vasa och ni fotograferade vår personal i maj. Bilderna har vi fått och de används på vår egen hemsida, det är helt okej.

Men nu såg jag att min bild också finns i er portfolio på zoomi-webbsidan under "Företagsfotografering" som ett exempel. Det har jag inte gått med på, och jag tror inte att min arbetsgivare heller har gjort det. Kan ni ta bort den därifrån?

Tack,
Sofia Holmström
Ekonomiassistent, Kvarken Logistik Ab""")

E("en", "", True, "bounce from mail delivery subsystem with auto headers",
  "Mail Delivery Subsystem <mailer-daemon@mx.example.com>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<a.virtanen@example.com>: host mx.example.com[192.0.2.15] said: 550 5.1.1
    <a.virtanen@example.com>: Recipient address rejected: User unknown in
    virtual mailbox table

--- Original message headers ---
From: Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>
To: a.virtanen@example.com
Subject: Vastaus tietopyyntöönne / Svar på er begäran""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "complaint+erasure", False, "says she already filed a complaint with the DPA last week; erasure request still stands",
  "Riikka Hautala <riikka.hautala@example.fi>", "Re: poistopyyntö – tiedoksi",
  """Hei,

koska en ole saanut teiltä mitään vastausta 2.9. lähettämääni poistopyyntöön, tein viime viikolla ilmoituksen tietosuojavaltuutetun toimistolle. Laitan tämän teille tiedoksi.

Pyyntöni on edelleen voimassa: poistakaa kaikki minua koskevat tiedot asiakasrekisteristänne ja verkkokaupasta.

Riikka Hautala

----- Alkuperäinen viesti -----
Lähettäjä: Riikka Hautala
Lähetetty: 2.9.2026 8.15
Aihe: poistopyyntö

Pyydän poistamaan kaikki tietoni rekisteristänne. Asiakkuus on päättynyt.""")

E("sv", "marketing_opt_out", False, "unsubscribe from newsletter, too many mails",
  "Gunilla Storbacka <gunilla.storbacka@example.fi>", "nyhetsbrev",
  """Hej, avregistrera mig från nyhetsbrevet. Det kommer tre mejl i veckan nu före jul och det är för mycket. Länken längst ner fungerar inte, den ger bara ett felmeddelande.

Gunilla""")

E("fi", "", False, "university researcher invites company to a survey on SMEs' GDPR practices; no DSR",
  "Antti Saarinen <antti.saarinen@example.fi>", "Kutsu tutkimukseen: pk-yritysten tietosuojakäytännöt",
  """Hyvä vastaanottaja,

olen väitöskirjatutkija Vaasan yliopiston tietojärjestelmätieteen yksiköstä. Tutkin, miten pienet ja keskisuuret yritykset käsittelevät rekisteröityjen pyyntöjä (esim. tarkastus- ja poistopyynnöt) käytännössä.

Lähestyn teitä, koska tietosuojaselosteessanne on erillinen osoite pyynnöille. Olisiko yrityksestänne joku, joka voisi vastata noin 15 minuutin kyselyyn tai osallistua 45 minuutin haastatteluun marras–joulukuussa? Vastaukset käsitellään luottamuksellisesti, eikä yrityksen nimeä julkaista.

Kyselyn linkki ja tutkimuksen tietosuojailmoitus lähetetään, jos olette kiinnostuneita.

Ystävällisin terveisin
Antti Saarinen
väitöskirjatutkija
Vaasan yliopisto""")

E("fi", "", False, "public-records request (julkisuuslaki) wrongly aimed at the company; near-miss",
  "Ville Honkanen <ville.honkanen@example.fi>", "Tietopyyntö",
  """Tietopyyntö viranomaisten toiminnan julkisuudesta annetun lain (621/1999) nojalla

Pyydän saada sähköisesti kopiot seuraavista asiakirjoista:

1. Vaasan kaupungin ja Zoomi Kuvakaupat Oy:n välinen sopimus koulukuvauksesta lukuvuosille 2025–2027
2. sopimukseen liittyvä tarjouspyyntö ja hankintapäätös

Mikäli ette ole oikea taho, pyydän siirtämään pyynnön toimivaltaiselle viranomaiselle.

Ville Honkanen
Vaasa""")

E("sv", "", True, "booking-system notification in Swedish misrouted to the privacy mailbox",
  "Slotti <noreply@slotti.example.com>", "Ny bokning: Passfoto, tis 13.10 kl. 14:30",
  """Ny bokning har gjorts

Tjänst: Passfoto (inkl. kvitto till polisen)
Tid: tisdag 13.10.2026 kl. 14:30–14:45
Plats: Zoomi Vasa, Hovrättsesplanaden
Kund: Linnea Ek
Telefon: 040 123 4567

Bokningen har bekräftats automatiskt. Hantera bokningar i Slotti-panelen.

Detta meddelande har skickats automatiskt, svara inte på detta e-postmeddelande.""")

E("en", "complaint+erasure", False, "angry parent: son's photo on Facebook, says complaint filed today with DPO, take it down",
  "Daniel Price <daniel.price@example.com>", "Photo of my son on your Facebook page",
  """Hello,

Your Facebook page has a post from last Thursday ("Back to school season in Vaasa!") with a close-up of my son Leo from his class photo session. Nobody asked us. This is a clear breach of GDPR, you cannot publish a child's photo for advertising without the parents' consent.

I have today filed a complaint with the Finnish Data Protection Ombudsman (reference will follow when I receive it).

Take the picture down immediately and confirm to me when it is done.

Daniel Price""")

E("fi", "rectification", False, "older woman, formal: surname changed after marriage",
  "Eeva Björklund <eeva.bjorklund@example.fi>", "Nimenmuutos",
  """Hyvä vastaanottaja

Olen ollut asiakkaananne vuosia (mm. lastenlasten kuvat). Menin naimisiin kesällä ja sukunimeni on nyt Björklund, aiemmin Karppinen. Pyydän ystävällisesti päivittämään nimen asiakastietoihini. Osoite ja puhelinnumero pysyvät samoina.

Kunnioittaen
Eeva Björklund (ent. Karppinen)
Laihia""")

E("en", "objection", False, "expat says invoice was paid and objects to his data being handed over to debt collection",
  "Rahul Mehta <rahul.mehta@example.com>", "Debt collection - I object",
  """Dear Sir/Madam,

I received a reminder for invoice 40021873 (family photo session, 89 EUR). I have paid it on 2.10, bank receipt attached, maybe the reference number was wrong because I typed it by hand.

I object to my personal data being handed over to OK-perintä or any other collection agency in this matter. I live in Finland on a work permit and a collection entry could cause me real problems with my landlord and bank. Please check the payment instead.

Kind regards,
Rahul Mehta
Vaasa""")
