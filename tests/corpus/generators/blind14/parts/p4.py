from parts.common import E

# ---------------- Finnish (14) ----------------
E("fi", "access", False, "Finnish with English words, wants data dump",
  "Aleksi Kinnunen <aleksi.kinnunen@example.fi>", "GDPR request",
  "Moi, voisitteko lähettää mulle kaiken datan mitä teillä on musta, siis full export kaikista tilauksista, osoitteista, kuvista ja logeista. Thanks!\nAleksi")

E("fi", "marketing_opt_out", False, "poistakaa minut alone, newsletter reply",
  "Irma Laitinen <irma.laitinen@example.fi>", "Re: Zoomi uutiskirje 11/2026",
  "Poistakaa minut.\n\n> Marraskuun uutiskirje: kalenterit ja kuvakirjat\n> Peruuta uutiskirjeen tilaus | Tietosuojaseloste")

E("fi", "erasure", False, "adult daughter for elderly father with dementia, erasure, power of attorney",
  "Tuula Väänänen <tuula.vaananen@example.fi>", "Isäni asiakastiedot",
  "Hei,\n\nisäni Veikko Väänänen (87) sairastaa muistisairautta ja minulla on hänen edunvalvontavaltuutuksensa, joka on vahvistettu maistraatissa. Hän on jostain syystä tilannut teiltä viime vuonna useita kuvakirjoja puhelimessa, vaikka hänellä ei ole niille mitään käyttöä, ja laskut ovat tulleet minulle hoidettavaksi. Kaikki laskut on nyt maksettu.\n\nPyydän, että isäni asiakastili suljetaan ja hänen henkilötietonsa poistetaan siltä osin kuin laki sen sallii. Valtakirjan voin toimittaa pyynnöstä.\n\nTuula Väänänen")

E("fi", "", False, "near-miss: order GDPR mention in passing, delete old photos from cart/uploads",
  "Mikko Heikkinen <mikko.heikkinen@example.fi>", "Kuvat latausjonossa",
  "Hei, latasin verkkokauppaan 120 kuvaa kuvakirjaa varten ja nyt en saa poistettua niistä väärät 20 kuvaa projektista. Miten ne poistetaan siitä kirjasta? En tarkoita mitään gdpr-juttua, vaan ihan vaan että kirja olis oikein.\nMikko")

E("fi", "access+complaint", False, "second reminder in thread, says has complained now",
  "Riikka Savolainen <riikka.savolainen@example.fi>", "Re: Re: tietojeni tarkastus",
  "Kuukausi ja kaksi viikkoa on mennyt eikä vastausta ole tullut. Tein tänään ilmoituksen tietosuojavaltuutetulle. Odotan silti edelleen tietojani.\n\nRiikka Savolainen\n\n> 21.10.2026 Riikka Savolainen kirjoitti:\n> Muistutan pyynnöstäni 5.10. saada kopio henkilötiedoistani.\n>\n> 5.10.2026 Riikka Savolainen kirjoitti:\n> Pyydän kopion kaikista minua koskevista tiedoista rekisterissänne.")

E("fi", "", False, "thanks for service, no request",
  "Kirsi Ahonen <kirsi.ahonen@example.fi>", "kiitos",
  "Kiitos kun saitte ylioppilaskuvat niin nopeasti valmiiksi! Tytär oli tosi tyytyväinen.\nKirsi")

E("fi", "objection", False, "objects to processing of his call data",
  "Timo Rautio <timo.rautio@example.fi>", "Puheluiden tallentaminen",
  "Hei,\n\nsoitin teille viime viikolla ja vasta jälkeenpäin luin, että puhelutietoja säilytetään operaattorilla. En hyväksy tätä. Vastustan puhelutietojeni ja numeroni käsittelyä mihinkään muuhun kuin siihen yhteen asiaan, josta soitin.\n\nTimo Rautio")

E("fi", "rectification", False, "one-liner, phone number changed",
  "Esa Harju <esa.harju@example.fi>", "uus numero",
  "uus numero 044 000 3344, vaihtakaa se asiakastietoihin. esa harju")

E("fi", "erasure", False, "sports club secretary asks own data deleted (org staff own behalf)",
  "Heli Koivisto <heli.koivisto@example.fi>", "Omat tietoni (Vaasan Sport juniorit)",
  "Hei,\n\nolen toiminut Vaasan Sportin juniorijaoston sihteerinä ja tilannut joukkuekuvat teiltä seuran nimissä. Lopetan tehtävässä vuodenvaihteessa. Seuran tilaukset ja laskut tietysti jäävät, mutta pyydän poistamaan minun henkilökohtaiset yhteystietoni (puhelin, oma sähköposti) teidän asiakasrekisteristänne, kun uusi yhteyshenkilö on ilmoitettu.\n\nHeli Koivisto")

E("fi", "", False, "question: is card data stored, no request",
  "Juha Moilanen <juha.moilanen@example.fi>", "Korttitiedot",
  "Hei, tallennetaanko maksukorttini tiedot teidän järjestelmään kun maksan verkkokaupassa? Mietin vaan kannattaako käyttää korttia vai verkkopankkia.\nJuha")

E("fi", "erasure+marketing_opt_out", False, "no umlauts, long run-on sentence",
  "Pirjo Lehto <pirjo.lehto@example.fi>", "en halua",
  "hei en halua mitaan mainoksia teilta enka halua etta mun tiedot on teidan jarjestelmassa kun en ole kayttanyt teidan palveluja vuosiin joten poistakaa kaikki ja lopettakaa viestit kiitos pirjo lehto")

E("fi", "", True, "web shop notice email address changed (machine mail, no headers)",
  "Zoomi verkkokauppa <no-reply@example.fi>", "Sähköpostiosoitteesi on vaihdettu",
  "Hei,\n\ntilisi sähköpostiosoite on vaihdettu osoitteeseen tietosuoja@example.fi. Jos et tehnyt muutosta itse, ota yhteyttä asiakaspalveluun.\n\nTämä on automaattinen viesti, älä vastaa siihen.")

E("fi", "portability", False, "guardian wants child's school photos and data file to move to another service",
  "Juho Kärkkäinen <juho.karkkainen@example.fi>", "Lasten tiedot siirtoon",
  "Hei,\n\ntarvitsisin lasteni (Emilia ja Onni) teille antamamme tiedot ja tilausten tiedot koneluettavassa muodossa, jotta voin siirtää ne perheen kuva-arkistopalveluun. Onko tämä mahdollista?\n\nJuho Kärkkäinen")

E("fi", "complaint", False, "states company breaks GDPR; photo shown on school website by Zoomi without basis",
  "Outi Hyvönen <outi.hyvonen@example.fi>", "Tietosuojarikkomus",
  "Teidän toimintanne rikkoo tietosuoja-asetusta: lähetitte lapseni koulukuvat tilausvahvistuksessa väärälle vanhemmalle, jolla ei ole huoltajuutta. Tämä on tietoturvaloukkaus ja vaadin, että ilmoitatte siitä tietosuojavaltuutetulle, kuten laki vaatii.\n\nOuti Hyvönen")

# ---------------- Swedish (9) ----------------
E("sv", "marketing_opt_out", False, "change of mind: not delete, only stop ads",
  "Kristina Åkerlund <kristina.akerlund@example.fi>", "Ändrat mig",
  "Hej igen,\n\nglöm min begäran i går om att radera allt – jag vill ju kunna beställa skolfoton till barnen i fortsättningen. Det räcker att ni slutar skicka reklam och nyhetsbrev till mig.\n\nKristina")

E("sv", "access", False, "short, Finland-Swedish 'granska'",
  "Tomas Hägglund <tomas.hagglund@example.fi>", "Granska mina uppgifter",
  "Hej, jag vill granska vilka uppgifter ni har sparat om mig. Mvh Tomas Hägglund, Jakobstad")

E("sv", "", False, "near-miss: wants more copies / bigger photos",
  "Jessica Holmström <jessica.holmstrom@example.fi>", "Fler bilder",
  "Hej! Kan vi få alla bilder från fotograferingen digitalt i stället för bara de tre vi valde? Vad kostar det? /Jessica")

E("sv", "erasure", False, "spouse writes for husband's booking data, both agree",
  "Eva Nordman <eva.nordman@example.fi>", "Min mans uppgifter i bokningssystemet",
  "Hej,\n\nmin man Kurt bokade en tid hos er via Slotti för ett år sedan men kom aldrig dit. Han vill att hans uppgifter tas bort från bokningssystemet och ert kundregister. Han står bredvid mig och godkänner detta, ni kan ringa honom på 050 000 2211.\n\nEva Nordman")

E("sv", "access+erasure", False, "wants to see what data then deletion",
  "Daniel Kull <daniel.kull@example.fi>", "Uppgifter",
  "Hej. Först vill jag se en kopia av allt ni har om mig, och efter det vill jag att ni raderar alltihop.\nDaniel Kull")

E("sv", "", False, "booking question: move time",
  "Annette Strand <annette.strand@example.fi>", "Flytta tid",
  "Hej, kan jag flytta min bokade familjefotografering från lördag till söndag? Namn Annette Strand, bokningsnummer SL-4471.")

E("sv", "objection", False, "objects to staff photo being used by employer on public web",
  "Karl-Erik Backlund <karl-erik.backlund@example.fi>", "Mitt personalfoto på nätet",
  "Hej,\n\njag förstår att min arbetsgivare har beställt personalfoton av er. Jag motsätter mig att ni behandlar och levererar mitt foto för publicering på webben; av personliga säkerhetsskäl (jag har besöksförbud mot en person) vill jag inte att mitt ansikte finns offentligt. Kan ni ta hänsyn till det?\n\nKarl-Erik Backlund")

E("sv", "rectification", False, "wrong address on invoice -> rectification",
  "Agneta Mäkinen <agneta.makinen@example.fi>", "Fel adress på fakturan",
  "Hej, fakturan kom till fel adress, Handelsesplanaden 12 i stället för Handelsesplanaden 21. Rätta adressen hos er så inte nästa faktura går fel också.\nAgneta")

E("sv", "", True, "out-of-office Swedish",
  "Johan Sjöberg <johan.sjoberg@example.fi>", "Frånvaromeddelande: Fotografering 14.12",
  "Jag är tjänstledig till 31.12 och läser inte e-post. Vid brådskande ärenden kontakta rektor.\n\nJohan Sjöberg\nSundom skola",
  hdrs={"Auto-Submitted": "auto-replied"})

# ---------------- English (7) ----------------
E("en", "access", False, "asks recipients and whether data went to Google Analytics / outside EU",
  "Sophie Turner <sophie.turner@example.com>", "Who gets my data?",
  "Hi,\n\nI'd like to know which personal data you have on me and which third parties you've shared it with - booking system, invoicing, Google, debt collectors, anyone. Has anything been transferred outside the EU?\n\nThanks,\nSophie Turner")

E("en", "", False, "question about deleting account — no request yet",
  "Ben Adler <ben.adler@example.com>", "If I delete my account",
  "Hey, if I delete my web shop account, do I lose access to the digital files I've already paid for? Thinking about it but want to know first.\nBen")

E("en", "erasure", False, "remove photo from company's website, child",
  "Lucy Grant <lucy.grant@example.com>", "Please take down photo of my son",
  "Hello, there is a photo of my son (from the kindergarten shoot in spring) on your website's 'school photos' page. I never agreed to that. Please remove it from the website and delete any copies you keep for marketing.\nLucy Grant")

E("en", "marketing_opt_out", False, "opt-out, all channels",
  "Marcus Reid <marcus.reid@example.com>", "No more marketing please",
  "Please stop all marketing to me - email, SMS, post. No need to delete my account.\nMarcus Reid")

E("en", "", True, "auto-reply ticket acknowledgement from another firm's helpdesk",
  "Support Desk <support@example.com>", "[Ticket #88213] We received your message",
  "Thank you for contacting us. Your ticket number is #88213. A support agent will reply within 2 business days.\n\nThis is an automated message.",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

E("en", "rectification+restriction", False, "wrong data, fix and stop using meanwhile",
  "Hannah Weiss <hannah.weiss@example.com>", "Incorrect details",
  "Hi,\n\nyour records list me as Hannah Weiss-Berg and with an old address in Turku. Please correct this to Hannah Weiss, Pitkäkatu 8, Vaasa. Until it's fixed, please don't send anything (invoices or reminders) to the old address - it's my ex-partner's.\n\nHannah")

E("en", "objection", False, "objects to debt collection processing, particular situation",
  "Samuel Okafor <samuel.okafor@example.com>", "Debt collection",
  "Hello,\n\nI object to you passing my personal data to OK-perintä. I was in hospital when the invoice was due, I've now paid it in full (receipt attached), and I see no reason why my data should still be processed by a collection agency.\n\nSamuel Okafor")
