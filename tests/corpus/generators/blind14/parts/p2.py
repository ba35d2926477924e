from parts.common import E

# ---------------- Finnish (14) ----------------
E("fi", "erasure", False, "request only in subject, empty body",
  "Ville Hakala <ville.hakala@example.fi>", "Pyydän poistamaan kaikki tietoni asiakasrekisteristänne", "")

E("fi", "marketing_opt_out", False, "change of mind: cancel deletion, just stop marketing",
  "Satu Lehtinen <satu.lehtinen@example.fi>", "Re: Poistopyyntö",
  "Hei vielä,\n\nunohtakaa se eilinen poistopyyntöni – lapsen koulukuvat tulevat kuitenkin teiltä ensi syksynäkin, joten tiedot saa jäädä. Riittää kun lopetatte mainosviestien ja tekstiviestitarjousten lähettämisen minulle.\n\nSatu\n\n> Hei, haluan että poistatte tietoni.\n> Satu Lehtinen")

E("fi", "access", False, "passport photo sent to police permit server, asks what was sent",
  "Eero Salonen <eero.salonen@example.fi>", "Passikuva poliisille",
  "Hei,\n\notin teillä passikuvan lokakuussa ja kuva lähetettiin poliisin lupakuvapalveluun. Haluaisin tietää, mitä tietoja minusta siirrettiin poliisille kuvan mukana ja mitä tietoja teille itsellenne jäi talteen (kuva, henkilötunnus?, puhelinnumero). Pyydän näistä selvityksen ja kopion.\n\nEero Salonen")

E("fi", "", False, "near-miss: passport photo code doesn't work",
  "Tarja Mononen <tarja.mononen@example.fi>", "kuvakoodi ei toimi",
  "Hei, sain teiltä passikuvan kuvakoodin mutta poliisin sivulla sanotaan että koodia ei löydy. Hakemus pitäisi tehdä tänään. Voitteko tarkistaa? Koodi alkaa 7KQ...\nTarja")

E("fi", "erasure", False, "school forwards parent's wish to remove child photos",
  "Merja Ojala, Palosaaren koulu <merja.ojala@example.fi>", "VL: Oppilaan kuvat",
  "Hei,\n\nvälitän alla olevan huoltajan viestin teille, koska koulukuvaus on teidän hoitamanne. Huoltaja toivoo, että 4A-luokan oppilaan Aino Virran kuvat ja tiedot poistetaan teidän järjestelmästänne.\n\nMerja Ojala\nkoulusihteeri\n\n---------- Välitetty viesti ----------\nLähettäjä: Jussi Virta\nAihe: Ainon kuvat\n\nHei, emme halua että Ainon kuvia säilytetään kuvaamolla. Voisitteko välittää kuvaajalle pyynnön että ne poistetaan, samoin nimi ja luokkatiedot. Kiitos, Jussi Virta (Ainon isä)")

E("fi", "", False, "public-records style request sent to private company",
  "Lauri Tuominen <lauri.tuominen@example.fi>", "Tietopyyntö julkisuuslain nojalla",
  "Hyvä vastaanottaja,\n\npyydän julkisuuslain (621/1999) nojalla kopiot kaikista Vaasan kaupungin kanssa tehdyistä koulukuvaussopimuksista vuosilta 2022–2026 sekä niihin liittyvistä tarjouspyynnöistä. Toimitus sähköisesti.\n\nLauri Tuominen\ntoimittaja")

E("fi", "rectification", False, "wrong name on invoice -> rectification",
  "Johanna Pesonen <johanna.pesonen@example.fi>", "Laskussa väärä nimi",
  "Hei! Laskussa 2026-2214 on nimeni Johanna Pesola, mutta olen Pesonen (naimisiinmenon jälkeen). Summa on oikein ja maksan sen, mutta korjatkaa nimi asiakastietoihini ja tuleviin laskuihin.\n\nJohanna Pesonen")

E("fi", "", False, "billing dispute: wrong amount, no DSR",
  "Kari Hiltunen <kari.hiltunen@example.fi>", "lasku väärin",
  "Laskussa on 45 € vaikka tarjous oli 35 € koulukuvapaketista. Korjatkaa summa niin maksan.\nKari H.")

E("fi", "objection+restriction", False, "objects to debt collection transfer and asks freeze while disputed",
  "Raili Huttunen <raili.huttunen@example.fi>", "Miksi annoitte tietoni perintään",
  "Hei,\n\nsain OK-perinnältä kirjeen laskusta, jonka olin riitauttanut teille jo syyskuussa (kuvat olivat epäselviä ja palautin ne). Vastustan sitä, että tietojani käsitellään perinnässä tämän laskun osalta, ja pyydän, että tietojeni käyttö perintätoimistossa rajoitetaan kunnes reklamaatio on käsitelty.\n\nRaili Huttunen\nVöyri")

E("fi", "", True, "newsletter from another firm, no auto headers (machine mail)",
  "Pohjanmaan Kehys Oy <uutiskirje@example.fi>", "Joulukuun tarjoukset: kehykset -30 %",
  "Hyvä asiakas,\n\njoulukuussa kaikki valmiskehykset -30 %! Tervetuloa myymäläämme Hovioikeudenpuistikolle.\n\nPohjanmaan Kehys Oy\nEt halua enää viestejä? Vastaa tähän viestiin sanalla POISTA.")

E("fi", "erasure", False, "wife writes about husband's data, on his behalf",
  "Päivi Korhonen <paivi.korhonen@example.fi>", "Mieheni tiedot",
  "Hei, kirjoitan mieheni Timon puolesta kun hänellä ei ole sähköpostia. Hän haluaa, että hänen tietonsa poistetaan teiltä, hän on käynyt vain kerran yrityskuvauksessa. Timo on tässä vieressä ja hyväksyy tämän. Voitte soittaa hänelle 040 000 1234 jos tarvitsee varmistaa.\n\nPäivi Korhonen")

E("fi", "access+portability", False, "wants own data and downloadable photos in machine-readable form",
  "Antti Räsänen <antti.rasanen@example.fi>", "tietopyyntö + tiedostot",
  "Moro. Haluun nähä mitä tietoja teillä on musta (tilaukset, osoitteet yms) ja lisäks haluun ne tiedot jotka oon ite antanu sellasessa koneluettavassa muodossa et voin siirtää ne toiseen palveluun. Sähköpostilla riittää.\nAntti")

E("fi", "", True, "password reset from web shop platform, no headers",
  "Zoomi verkkokauppa <no-reply@example.fi>", "Salasanan vaihto",
  "Hei,\n\nsaimme pyynnön vaihtaa tilisi salasanan. Vaihda salasana alla olevasta linkistä 30 minuutin kuluessa.\n\nhttps://shop.example.fi/reset?t=abc123\n\nJos et pyytänyt vaihtoa, voit jättää tämän viestin huomiotta.")

E("fi", "complaint", False, "has filed complaint to DPA already about photos on website",
  "Sanna Jokinen <sanna.jokinen@example.fi>", "Tiedoksi: kantelu tietosuojavaltuutetulle",
  "Tiedoksi, että olen tänään tehnyt kantelun tietosuojavaltuutetun toimistolle siitä, että lapseni kuvaa käytettiin mainoksessanne Facebookissa ilman lupaa. Kuva on jo poistettu, mutta haluan että asia tutkitaan.\n\nSanna Jokinen")

# ---------------- Swedish (9) ----------------
E("sv", "marketing_opt_out", False, "very short: avregistrera",
  "Mats Holm <mats.holm@example.fi>", "avregistrera mig", "Tack.")

E("sv", "access", False, "FI-sv wording rätt till insyn, long story",
  "Birgitta Sundqvist <birgitta.sundqvist@example.fi>", "Fråga om mina uppgifter",
  "Bästa mottagare,\n\njag har varit kund hos er i många år, först när barnen var små och gick i skolan i Malax, och senare när barnbarnen fotograferades på dagis. Förra veckan fick jag ett sms från er med mitt gamla efternamn, som jag inte har använt sedan 1998. Det fick mig att undra vad ni egentligen har sparat.\n\nJag vill därför utnyttja min rätt till insyn och få veta vilka uppgifter ni har om mig, varifrån ni har fått dem och vem ni har lämnat ut dem till.\n\nMed vänlig hälsning\nBirgitta Sundqvist")

E("sv", "", False, "near-miss: reprint order, copy of photo",
  "Tove Kronqvist <tove.kronqvist@example.fi>", "Beställa kopia av skolfoto",
  "Hej! Kan jag beställa en kopia av min sons skolfoto från i fjol? Han gick i klass 2 i Vikinga skola. Vi tappade bort det stora fotot. Vad kostar det?\n/Tove")

E("sv", "erasure", False, "employee asks own staff photo removed after leaving job",
  "Jonas Ahlskog <jonas.ahlskog@example.fi>", "Personalfoto",
  "Hej,\n\nni tog personalfoton på Vasa Elverk 2024. Jag har slutat där i oktober. Jag vill att ni raderar mitt personalfoto och mina uppgifter från er, jag har redan bett arbetsgivaren ta bort bilden från deras webbsida.\n\nJonas Ahlskog")

E("sv", "rectification+marketing_opt_out", False, "correct email spelling and no ads",
  "Ingrid Ek <ingrid.ek@example.fi>", "Fel e-post och reklam",
  "Hej, min e-postadress står fel hos er (ingri.ek i stället för ingrid.ek), rätta den tack. Och jag vill inte ha era nyhetsbrev till den nya adressen heller.\nIngrid")

E("sv", "", True, "list server notice, address changed, no auto headers",
  "Föreningslistan Fotoklubben <listserv@example.se>", "Din e-postadress har ändrats",
  "Hej,\n\ndin e-postadress i listan fotoklubben-medlemmar har ändrats till tietosuoja@example.fi. Om du inte har gjort denna ändring, kontakta listadministratören.\n\nDetta är ett automatiskt meddelande.")

E("sv", "restriction", False, "asks photos be kept but not used, pending dispute with ex",
  "Sofia Granlund <sofia.granlund@example.fi>", "Begränsning av behandling",
  "Hej,\n\njag och mitt barns pappa är oense om huruvida barnets skolfoton ska raderas. Tills vi har kommit överens ber jag att ni inte raderar något men inte heller använder eller lämnar ut bilderna eller uppgifterna till någon – alltså begränsar behandlingen. Vi är båda vårdnadshavare.\n\nSofia Granlund")

E("sv", "", False, "thanks and praise, customer service",
  "Rolf Nylund <rolf.nylund@example.fi>", "Tack!",
  "Ville bara säga tack för fina bröllopsbilder och snabb leverans. Vi rekommenderar er gärna.\nRolf och Maria Nylund")

E("sv", "objection", False, "objects to analytics cookies/tracking",
  "Emil Rönnqvist <emil.ronnqvist@example.fi>", "Spårning på er webbsida",
  "Hej. Jag motsätter mig att ni behandlar mina uppgifter (IP-adress, enhetsinformation) i Google Analytics när jag besöker er webbutik. Sluta med det för min del.\nEmil Rönnqvist")

# ---------------- English (7) ----------------
E("en", "erasure", False, "reminder of earlier erasure request, polite",
  "Grace Mitchell <grace.mitchell@example.com>", "Following up: deletion request from 3 November",
  "Hello,\n\nI wrote to you on 3 November asking you to delete my personal data and my account in your web shop. I haven't heard anything back yet. Could you please confirm that the deletion has been done?\n\nKind regards,\nGrace Mitchell\n\n> On 3 Nov 2026, Grace Mitchell wrote:\n> Please delete my account and all personal data you hold about me.")

E("en", "", False, "question about portability right, no request",
  "Ahmed Saleh <ahmed.saleh@example.com>", "Question",
  "Hi, does the right to data portability also apply to the photos you took of me, or only to my contact details? Just curious, not asking for anything yet.\nAhmed")

E("en", "access", False, "HR staff asking on own behalf at customer organisation",
  "Laura Bennett <laura.bennett@example.com>", "My own data (not the company's)",
  "Hi,\n\nI'm the HR coordinator at Nordic Wind Services and I've ordered staff photos from you for our team. This time I'm writing for myself, not for the company: could you tell me what personal data you hold about me personally and send me a copy?\n\nThanks,\nLaura Bennett")

E("en", "marketing_opt_out", False, "stop texting me",
  "+358 40 000 5566 <sms-gateway-5566@example.test>", "SMS reply",
  "STOP")

E("en", "", True, "out-of-office with Precedence bulk",
  "James Carter <james.carter@example.com>", "Out of Office: Your photo order is ready",
  "Thank you for your email. I am out of the office until 4 January with limited access to email.\n\nFor urgent matters contact reception@example.com.",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

E("en", "complaint", False, "says company breaks GDPR by emailing after refusal, complaint now",
  "Robert Hughes <robert.hughes@example.com>", "You are breaking GDPR",
  "I told your photographer at the school in September that I did not consent to my son's photo being used in your brochure. Today I found it in your new catalogue. This is a clear violation of the GDPR and I am lodging a complaint with the Finnish Data Protection Ombudsman.\n\nRobert Hughes")

E("en", "", False, "near-miss: delete my old order",
  "Nina Petrova <nina.petrova@example.com>", "delete old order",
  "Hi, in my account there is an old unfinished order from August (it's just sitting in the basket). Can you delete that old order so I can start a new one? The site keeps adding the same items.\nNina")
