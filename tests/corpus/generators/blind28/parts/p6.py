from parts.common import E

E("sv", "access+erasure+complaint", False, "law firm for client: access then erasure, complaint if no action",
  "Advokatbyrå Sjöberg & Holm <kansli@example.fi>", "Begäran om registerutdrag och radering – klient Anna Finnholm",
  """Zoomi Kuvakaupat Oy
Vasaravägen 2 A
65350 Vasa

BEGÄRAN OM TILLGÅNG OCH RADERING (artiklarna 15 och 17 i dataskyddsförordningen)

Vi företräder Anna Finnholm, Vasa (fullmakt bifogas).

1. Vår klient begär att få tillgång till samtliga personuppgifter som bolaget behandlar om henne, inklusive bilder, samt information om ändamål, mottagare och lagringstid (artikel 15.1–15.3).

2. Efter att registerutdraget har lämnats begär vår klient att samtliga uppgifter som inte måste bevaras enligt lag raderas utan onödigt dröjsmål (artikel 17.1). Bolaget ombeds ange vilka uppgifter som eventuellt bevaras och med stöd av vilken bestämmelse.

Svaret ska lämnas inom en månad enligt artikel 12.3. Vid utebliven åtgärd kommer vår klient att lämna in klagomål till Dataombudsmannen.

Vasa den 26 oktober 2026

ADVOKATBYRÅ SJÖBERG & HOLM AB
Johan Sjöberg, advokat""")

E("sv", "", False, "near-miss: pensioners' association asks to pay invoice in two parts",
  "Gustav Mitts <gustav.mitts@example.fi>", "Fakturan för gruppfotot",
  """Hej

Vi i Malax pensionärsförening fick fakturan för gruppfotot och bilderna från höstfesten, tack för dem. Kan vi dela fakturan i två delbetalningar, halva nu och halva i januari? Kassan är lite tunn före julen.

Gustav Mitts
kassör""")

E("sv", "marketing_opt_out", False, "unsubscribe but keep account",
  "Heidi Sandvik <heidi.sandvik@example.fi>", "Avregistrering",
  """Hej, avregistrera mig från nyhetsbrevet, men behåll mitt konto. Jag vill beställa bilder i vår när barnen har fotodag igen.

/Heidi""")

E("sv", "erasure", False, "grandmother for granddaughter: example photo in web shop, take it away",
  "Maj-Britt Ehrström <majbritt.ehrstrom@example.fi>", "Mitt barnbarns bild",
  """Bästa Zoomi

Mitt barnbarn Wilma (13 år) sa att hennes bild finns i er webbutik som exempelbild för skolfoton. Hon vill inte att den ska finnas där, kompisarna har retat henne för den. Ta bort den, snälla. Hennes mamma vet om att jag skriver.

Vänliga hälsningar
Maj-Britt Ehrström
Kristinestad""")

E("sv", "access", False, "short formal register extract request",
  "Lars Holmström <lars.holmstrom@example.fi>", "Registerutdrag",
  """Hej,

Jag begär ett registerutdrag enligt artikel 15 GDPR över de personuppgifter ni behandlar om mig. Skicka det till denna e-postadress.

Lars Holmström
Jakobstad""")

E("sv", "", False, "near-miss: when will photos from photo day come",
  "Caroline Back <caroline.back@example.fi>", "Bilderna från Solf skola",
  """Hej, när kommer bilderna från fotodagen i Solf skola? Vi beställde den 12.10 och barnen frågar varje dag :)

Caroline""")

E("sv", "rectification+marketing_opt_out", False, "change surname, no more ads",
  "Johanna Sjöblom <johanna.sjoblom@example.fi>", "Namnbyte",
  """Hej! Byt mitt efternamn till Sjöblom (tidigare Nyman) i era uppgifter, och skicka int mera reklam till mig.

Johanna""")

E("sv", "objection", False, "forbids use of own photo in brochure",
  "Elias Kackur <elias.kackur@example.fi>", "Min bild i broschyren",
  """Hej,

Jag förbjuder användningen av min bild i er nya broschyr om företagsfotografering. Jag ställde upp på personalfotografering för min arbetsgivare, inte för att vara med i er reklam.

Elias Kackur""")

E("sv", "restriction+access", False, "contests accuracy, restrict processing, send extract",
  "Monica Westerlund <monica.westerlund@example.fi>", "Felaktiga uppgifter",
  """Hej

Jag fick en påminnelse om en beställning jag inte känner igen, och ni verkar ha kopplat ihop mig med någon annan. Jag bestrider att uppgifterna stämmer. Begränsa behandlingen av mina uppgifter tills vidare, och skicka mig ett utdrag av vad ni har registrerat om mig så jag ser vad som är fel.

Monica Westerlund""")

E("sv", "", False, "near-miss: municipal procurement notice about school photography tender",
  "Åsa Dahlbacka <asa.dahlbacka@example.fi>", "Upphandling av skolfotografering 2027–2029",
  """Hej,

Kristinestads stad kommer att konkurrensutsätta skol- och daghemsfotograferingen för perioden 2027–2029. Upphandlingsannonsen publiceras på Hilma vecka 48. Eftersom ni är nuvarande leverantör vill vi informera om tidtabellen: frågor om förfrågningsunderlaget kan ställas till 11.12 och anbuden ska vara inne senast 8.1.2027.

Med vänlig hälsning
Åsa Dahlbacka
upphandlingssekreterare, Kristinestads stad""")

E("sv", "erasure", False, "very short erasure",
  "Mikael Nyström <mikael.nystrom@example.fi>", "uppgifter",
  """ta bort mina uppgifter. M""")

E("sv", "complaint", False, "mail sent with all parents' addresses visible; will report breach",
  "Petra Kronholm <petra.kronholm@example.fi>", "Alla adresser synliga!!",
  """Hej

Ni skickade mejlet om fotodagen i Kronoby till ca 60 föräldrar med alla e-postadresser synliga i mottagarfältet. Det är ett dataintrång och jag anmäler det till Dataombudsmannen.

Petra Kronholm""")

E("sv", "marketing_opt_out+erasure", False, "sms ads to 'kännykkä', stop and delete number",
  "Robin Ström <robin.strom@example.fi>", "sms-reklam",
  """Får sms-reklam av er till min kännykkä varje vecka. Sluta med det, och radera mitt nummer ur ert system.

Robin""")

E("sv", "", False, "near-miss: send order to workplace instead",
  "Therese Lindholm <therese.lindholm@example.fi>", "Leveransadress beställning 66120",
  """Hej, kan ni skicka paketet för beställning 66120 till min arbetsplats i stället? Ingen är hemma på dagarna. Adress: Hälsocentralen, Vasavägen 2, 64200 Närpes.

Therese""")

E("sv", "access", False, "17-year-old asks what data they hold, dialect",
  "Melker Björkqvist <melker.bjorkqvist@example.fi>", "mina uppgifter",
  """hej ja e 17 o undrar vilka uppgifter ni har om mej, ja har aldrig beställt nåt själv men ha vari me på skolfoto varje år sen förskolan. kan ni skicka dem

melker""")

E("sv", "", True, "shop account deleted notice, no header",
  "Zoomi webbutik <noreply@example.fi>", "Ditt konto har raderats",
  """Hej,

Ditt konto i Zoomi webbutik (kundnummer 104417) har raderats enligt din begäran. Dina personuppgifter har tagits bort, med undantag av uppgifter som vi enligt bokföringslagen måste spara.

Om du inte har begärt att kontot raderas, kontakta kundtjänst.

Detta är ett automatiskt meddelande.
Zoomi Kuvakaupat Oy""")

E("fi", "erasure+objection+marketing_opt_out", False, "formal fi letter: Art. 17, 21(1), 21(2)",
  "Kari Hautamäki <kari.hautamaki@example.fi>", "Henkilötietojen poistopyyntö ja vastustamisoikeuden käyttö",
  """Zoomi Kuvakaupat Oy
Vasaratie 2 A
65350 Vaasa

PYYNTÖ HENKILÖTIETOJEN POISTAMISESTA JA VASTUSTAMISOIKEUDEN KÄYTTÄMINEN

Viittaan EU:n yleiseen tietosuoja-asetukseen (2016/679).

1. Vaadin kaikkien minua koskevien henkilötietojen poistamista rekisteristänne (17 artikla), lukuun ottamatta tietoja, joita teidän on lain mukaan säilytettävä. Pyydän ilmoittamaan, mitä tietoja säilytätte ja mihin asti.

2. Vastustan tietojeni käsittelyä oikeutetun edun perusteella (21 artiklan 1 kohta).

3. Kiellän tietojeni käytön suoramarkkinointiin kaikissa kanavissa (21 artiklan 2 kohta).

Pyydän kirjallisen vahvistuksen toimenpiteistä sähköpostitse.

Vaasassa 9.11.2026

Kari Hautamäki""")

E("fi", "", False, "near-miss: can school photos still be ordered",
  "Susanna Lahti <susanna.lahti@example.fi>", "Koulukuvat",
  """Hei! Saako koulukuvia tilattua vielä jälkikäteen? Unohdin tilausajan, Huutoniemen koulu 3A.

Susanna""")

E("fi", "access", False, "colloquial teen access",
  "Jere Honkala <jere.honkala@example.fi>", "mun tiedot",
  """mita tietoja teil on must? t. Jere""")

E("fi", "portability", False, "transfer data and photos directly to another photo service",
  "Minna Kivistö <minna.kivisto@example.fi>", "Tietojen siirto",
  """Hei,

voitteko siirtää tietoni ja lataamani kuvat suoraan toiseen kuvapalveluun (Kuvapalvelu Norr)? He sanoivat että tietosuoja-asetuksen mukaan minulla on oikeus siihen. Heidän yhteyshenkilönsä on tjanst@example.se.

Minna Kivistö""")

E("fi", "erasure", False, "daycare director forwards guardian's erasure request",
  "Päivi Rinta-Aho <paivi.rinta-aho@example.fi>", "VL: Lapsen kuvien poisto",
  """Hei,

välitän alla olevan huoltajan pyynnön. Lapsi on lopettanut päiväkodissamme lokakuussa. Hoidattehan asian suoraan huoltajan kanssa.

Päivi Rinta-Aho
päiväkodinjohtaja, Päiväkoti Vilske, Mustasaari

---------- Välitetty viesti ----------
Lähettäjä: Joonas Kallio
Päivämäärä: 2.11.2026
Aihe: kuvat

Hei Päivi, voisitko pyytää kuvaajaa poistamaan Niilon kuvat ja tiedot heidän järjestelmästään? Muutimme Ouluun. Joonas""")

E("fi", "", False, "question about rights only (group photo)",
  "Anu Saarinen <anu.saarinen@example.fi>", "Ryhmäkuva",
  """Hei, mitä oikeuksia minulla on, jos en halua lapseni kuvaa päiväkodin ryhmäkuvaan? Kuvaus on vasta ensi kuussa, mietin vaan etukäteen.

Anu""")

E("fi", "objection", False, "objects to transfer to OK-perintä, invoice paid",
  "Pentti Koskela <pentti.koskela@example.fi>", "Perintä",
  """Hei

Vastustan tietojeni luovuttamista OK-perinnälle. Lasku 2026-4120 on maksettu 30.10., kuitti liitteenä.

Pentti Koskela""")

E("fi", "complaint", False, "angry: how can I complain to the ombudsman about you (disputable)",
  "Merja Hietanen <merja.hietanen@example.fi>", "Kuvat väärälle perheelle",
  """Lähetitte poikani koulukuvat ja nimen toiselle perheelle, ja he soittivat minulle niistä. Tämä on aivan käsittämätöntä. Miten voin valittaa tietosuojavaltuutetulle teistä?

Merja Hietanen""")

E("en", "access", False, "long formal DSAR, Art 15(1)(a)-(h), electronic form",
  "Rebecca Thornton <rebecca.thornton@example.com>", "Data Subject Access Request – Article 15 GDPR",
  """Dear Data Protection Officer,

I am writing to make a data subject access request under Article 15 of the General Data Protection Regulation (EU) 2016/679.

Please confirm whether or not you process personal data concerning me and, where that is the case, provide me with:

(a) a copy of all personal data concerning me, including photographs, order and invoice records, booking records, call logs and any analytics identifiers linked to me;
(b) the purposes of the processing and the legal basis for each purpose;
(c) the categories of personal data concerned;
(d) the recipients to whom the data have been or will be disclosed, identified by name (CJEU C-154/21);
(e) the envisaged retention period or the criteria used to determine it;
(f) the source of any data not collected from me;
(g) the existence of any automated decision-making, including profiling;
(h) confirmation of whether any data are transferred outside the EU/EEA and the safeguards used.

I am aware of my right to lodge a complaint with a supervisory authority. Please provide the information in a commonly used electronic form, as permitted by Article 15(3), within one month of receipt.

For identification: I had staff portraits taken by your company in February 2025 through my employer in Vaasa, and I placed web shop order 55207.

Yours sincerely,
Rebecca Thornton""")

E("en", "", False, "near-miss: wrong amount on invoice",
  "Daniel Smith <daniel.smith@example.com>", "Invoice 2026-5018",
  """Hi, the invoice 2026-5018 is for 89 € but the price list said the family session is 69 €. Can you check and send a corrected one?

Daniel""")

E("en", "erasure+objection", False, "headshot used on company LinkedIn: remove and stop using",
  "Sara Lindgren <sara.lindgren@example.se>", "My headshot on your LinkedIn",
  """Hi,

I noticed my corporate headshot (taken by you for my former employer) is being used in your LinkedIn ads for business photography. Please remove it and stop using my picture in any of your marketing. I never agreed to that.

Sara Lindgren""")

E("en", "marketing_opt_out", False, "no more offers",
  "Owen Price <owen.price@example.com>", "offers",
  """no more offers please, I get like 3 a week""")

E("en", "", False, "wrong person: meant for wife, will forward",
  "Jukka Virtanen <jukka.virtanen@example.com>", "Re: Your family session photos are ready",
  """Hi, I think this was meant for my wife Laura, she booked the session. I'll forward it to her.

Jukka

> Hi Laura, your family session photos are ready to view in your gallery.""")

E("en", "portability+erasure", False, "data in JSON to move, then close account",
  "Mia Chen <mia.chen@example.com>", "Data + account",
  """Hey, send me all my data in JSON so I can move it to another service, then close my account and delete everything. Thanks!

Mia""")
