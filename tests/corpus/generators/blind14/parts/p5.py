from parts.common import E

# ---------------- Finnish (12) ----------------
E("fi", "access", False, "asks what Slotti booking system stores about her",
  "Marjut Koivula <marjut.koivula@example.fi>", "Ajanvarausjärjestelmän tiedot",
  "Hei,\n\nvarasin ajan perhekuvaukseen Slotin kautta ja järjestelmä kysyi yllättävän paljon tietoja (syntymäaika, lasten nimet, osoite). Haluaisin nähdä, mitä kaikkea minusta ja lapsistani on tallentunut ajanvaraukseen ja teidän asiakasrekisteriinne.\n\nMarjut Koivula")

E("fi", "access", False, "request only in subject, tarkastuspyyntö",
  "Hannu Kurki <hannu.kurki@example.fi>", "Tarkastuspyyntö – Hannu Kurki, s. 1975", "")

E("fi", "erasure", False, "polite long explanation before asking, divorce",
  "Laura Syrjälä <laura.syrjala@example.fi>", "Vanhat hääkuvat",
  "Hyvää päivää,\n\nkävimme entisen mieheni kanssa teillä hääkuvauksessa vuonna 2015, ja kuvat ovat ilmeisesti edelleen tallessa teidän järjestelmässänne, koska sain hiljattain mainoksen, jossa tarjottiin \"hääpäiväkuvien uusintatulosteita\". Erosimme kolme vuotta sitten ja asia on minulle edelleen arka. En kaipaa kuvia, enkä halua niitä kenellekään muullekaan.\n\nPyydän siis, että poistatte hääkuvauksen kuvat ja minun tietoni asiakasrekisteristänne. Jos entinen mieheni haluaa omat kuvansa, hän voi kysyä niitä itse – mutta ymmärrän, että kuvissa olemme molemmat, joten ilmoittakaa jos tästä tulee ongelma.\n\nYstävällisesti\nLaura Syrjälä")

E("fi", "marketing_opt_out", False, "SMS-style reply: lopeta",
  "+358 50 000 7712 <sms-7712@example.test>", "Vastaus tekstiviestiin",
  "LOPETA")

E("fi", "", False, "question from school staff about contract/privacy notice for parents",
  "Sari Ylinen, Kuninkaantien lukio <sari.ylinen@example.fi>", "Tietosuojaseloste vanhemmille",
  "Hei,\n\nvanhemmat kysyvät meiltä koulukuvauksen tietosuojasta. Voisitteko lähettää linkin tietosuojaselosteeseenne, jotta voimme laittaa sen Wilmaan tiedotteen liitteeksi?\n\nSari Ylinen\nopintosihteeri")

E("fi", "rectification+access", False, "wrong birth year seen, fix and tell what else recorded",
  "Pentti Karppinen <pentti.karppinen@example.fi>", "Virheellinen syntymävuosi",
  "Hei,\n\nnäin tilausvahvistuksessa, että syntymävuodekseni on merkitty 1959, oikea on 1956. Korjatkaa se. Samalla haluaisin tietää, mitä muita tietoja minusta on kirjattu, ettei niissäkin ole virheitä.\n\nPentti Karppinen")

E("fi", "", False, "near-miss: peru tilaus with product context",
  "Sanni Keränen <sanni.keranen@example.fi>", "peru tilaus",
  "peruttakaa tilaus 51033, valitsin väärän kuvan kalenteriin. teen uuden. sanni")

E("fi", "objection+marketing_opt_out", False, "objects to profiling for targeted ads and opts out",
  "Ilkka Partanen <ilkka.partanen@example.fi>", "Kohdennettu markkinointi",
  "Huomasin, että saan mainoksia juuri niistä tuotteista, joita olen selannut verkkokaupassanne. Kieltän suoramarkkinoinnin ja siihen liittyvän profiloinnin. Lisäksi vastustan selaustietojeni keräämistä analytiikkaan ylipäätään.\n\nIlkka Partanen")

E("fi", "complaint", False, "guardian: photographed despite ban, reports to DPA",
  "Minna Hirvonen <minna.hirvonen@example.fi>", "Valitus",
  "Tämä on valitus. Kuvaajanne otti lapsestani kuvia päiväkodin kevätjuhlassa, vaikka olin nimenomaan kieltänyt sen lomakkeella. Teen tästä ilmoituksen tietosuojavaltuutetulle, koska ette ilmeisesti noudata huoltajien kieltoja.\n\nMinna Hirvonen")

E("fi", "", True, "Business Central invoice e-mail notification, machine",
  "Zoomi laskutus <laskutus-noreply@example.fi>", "Lasku 2026-2467",
  "Hyvä asiakas,\n\nliitteenä lasku 2026-2467. Eräpäivä 21.12.2026. Summa 64,90 €.\n\nTähän viestiin ei voi vastata.")

E("fi", "erasure", False, "mostly Finnish with Swedish, Vaasa bilingual",
  "Kim Sirén <kim.siren@example.fi>", "poisto / radering",
  "Hei/Hej, haluan että poistatte mun tiedot, alla mina uppgifter, asiakasrekisteristä. Kiitos/tack.\nKim Sirén")

E("fi", "restriction", False, "asks data kept but not processed while objection considered",
  "Jarmo Eskola <jarmo.eskola@example.fi>", "Käsittelyn rajoittaminen odotusajaksi",
  "Hei,\n\nvastustin aiemmin tietojeni käyttöä liiketoiminnan kehittämiseen ja ymmärrän että punnitsette asiaa. Pyydän, että tietojeni käsittely rajoitetaan siksi aikaa kunnes olette tehneet päätöksen.\n\nJarmo Eskola")

# ---------------- Swedish (10) ----------------
E("sv", "access", False, "guardian asks what data on child from daycare photos",
  "Sara Lillqvist <sara.lillqvist@example.fi>", "Uppgifter om min son",
  "Hej!\n\nJag är vårdnadshavare till Hugo Lillqvist (5 år) som fotograferades på daghemmet Trollebo i höstas. Jag skulle vilja veta vilka uppgifter ni har om honom och var ni har fått dem ifrån – vi har inte själva gett ut hans födelsedatum till någon.\n\nSara Lillqvist")

E("sv", "marketing_opt_out", False, "nej tack till sms",
  "Göran Lund <goran.lund@example.fi>", "SMS",
  "Nej tack till era sms-erbjudanden. /Göran")

E("sv", "", False, "near-miss: passport photo re-send to police",
  "Lotta Wikström <lotta.wikstrom@example.fi>", "Passfoto syns inte hos polisen",
  "Hej, jag tog passfoto hos er i går men när jag ska ansöka om pass hos polisen hittar de inte bilden. Kan ni skicka den på nytt till polisens server? Fotokoden står på kvittot: 8PL-...\nLotta")

E("sv", "erasure+objection", False, "objects to and wants deletion of old photos in archive",
  "Mikael Haga <mikael.haga@example.fi>", "Gamla bilder i ert arkiv",
  "Hej,\n\nni har fortfarande mina konfirmationsbilder från 2010 i ert arkiv. Jag motsätter mig att ni fortsätter spara och behandla dem och begär att de raderas tillsammans med mina övriga uppgifter.\n\nMikael Haga")

E("sv", "rectification", False, "FI-sv dialect-ish, wrong phone number",
  "Bengt Söderholm <bengt.soderholm@example.fi>", "telefonnumret",
  "Hej, ni har fel telefonnummer på mig, int e de mitt, de e min brors. Mitt e 050 000 9911. Fixa de ti rätt tack.\nBengt")

E("sv", "access+portability", False, "wants copy and machine-readable export",
  "Helena Furu <helena.furu@example.fi>", "Kopia och export",
  "Hej,\n\njag vill ha en kopia av de personuppgifter ni behandlar om mig samt få de uppgifter jag själv har lämnat i ett strukturerat, maskinläsbart format så att jag kan flytta dem till en annan tjänst.\n\nHelena Furu")

E("sv", "", False, "question: right to complain, where",
  "Anders Wiklund <anders.wiklund@example.fi>", "Vart vänder man sig?",
  "Hej, om man inte är nöjd med hur ett företag hanterar ens personuppgifter, vart vänder man sig då i Finland? Jag har inget klagomål mot er, det är för en kurs jag går.\nAnders")

E("sv", "complaint+erasure", False, "reminder of erasure + says company violates GDPR",
  "Frida Holmberg <frida.holmberg@example.fi>", "Påminnelse",
  "Påminnelse: jag bad er radera mina uppgifter den 1 oktober och har inte fått svar. Ni bryter mot dataskyddsförordningen genom att inte svara inom en månad.\n\nFrida Holmberg")

E("sv", "", True, "newsletter from other firm with List-Unsubscribe",
  "Österbottens Fotoförening <info@example.se>", "Medlemsbrev december",
  "Kära medlemmar,\n\nvälkomna på julfest 15.12 kl 18 i klubblokalen. Ta med era bästa bilder från året!\n\nAvregistrera dig från medlemsbrevet via länken nedan.",
  hdrs={"List-Unsubscribe": "<https://example.se/unsub?id=77>", "Precedence": "bulk"})

E("sv", "erasure", False, "employer forwards employee's wish to delete staff photo",
  "Pia Kullberg, Korsholms kommun <pia.kullberg@example.fi>", "VB: Personalfoto – önskemål",
  "Hej,\n\nvår anställda Tina Backström ber att ni raderar hennes personalfoto och hennes namn från era system. Vi har redan tagit bort bilden från kommunens intranät. Hon har gett sitt samtycke till att jag skickar detta vidare.\n\nPia Kullberg\nPersonalsekreterare\n\n---------- Vidarebefordrat meddelande ----------\nFrån: Tina Backström\nKan du be fotografen ta bort mina bilder? Tack!")

# ---------------- English (8) ----------------
E("en", "access", False, "non-native English, asks data copy",
  "Mohammed Al-Rashid <m.alrashid@example.com>", "my data please",
  "Hello sir/madam, I want to know all the information your company keep about me. Please send copy of my personal data to this email. I was customer for passport photo and family photo.\nThank you\nMohammed")

E("en", "", False, "near-miss: change delivery address of order",
  "Olivia Brooks <olivia.brooks@example.com>", "Change delivery address for order 51102",
  "Hi, could you change the delivery address for order 51102 to my office: Wolffintie 31, Vaasa? Only for this order - my home address is still correct. Thanks!\nOlivia")

E("en", "erasure", False, "adult son asks deletion on behalf of mother living abroad",
  "Peter Lindberg <peter.lindberg@example.com>", "Deletion request on behalf of my mother",
  "Hello,\n\nI'm writing on behalf of my mother, Anja Lindberg, who lives in Spain now and doesn't use email. She asked me to request that you delete her customer account and personal data. She's copied in via her neighbour's address and can confirm by phone (+34 600 000 000).\n\nPeter Lindberg")

E("en", "marketing_opt_out", False, "opt-out only in subject, body just thanks",
  "Rachel Kim <rachel.kim@example.com>", "Please remove me from your newsletter", "Thanks.")

E("en", "objection", False, "objects to analytics tracking, cites Art 21",
  "Thomas Berger <thomas.berger@example.com>", "Objection under Article 21(1)",
  "Dear Sir or Madam,\n\npursuant to Article 21(1) GDPR I object to the processing of my personal data, including IP address and device data, for web analytics (Google Analytics) based on your legitimate interests. My particular situation: I work in security research and do not want my browsing patterns profiled by third parties.\n\nRegards,\nThomas Berger")

E("en", "access+rectification", False, "staff member at customer school asks own data and fix title",
  "Karen Doyle <karen.doyle@example.com>", "My details in your system",
  "Hi,\n\nI'm a teacher at Vaasa International School and you photographed our staff in August. Could you send me what personal data you hold about me? Also my title is listed as 'assistant' in the staff photo catalogue - I'm a class teacher, please correct that.\n\nKaren Doyle")

E("en", "", False, "complaint about photographer's rudeness, no GDPR",
  "David Morris <david.morris@example.com>", "Photographer attitude",
  "Your photographer at the kindergarten session last Tuesday was rude to the children and rushed everything. The photos look forced. I'm disappointed and want someone to call me.\nDavid Morris")

E("en", "marketing_opt_out+complaint", False, "reminder of ignored unsubscribe + conditional DPA complaint threat",
  "Jennifer Hale <jennifer.hale@example.com>", "Re: unsubscribe",
  "I unsubscribed from your emails in October and I've received four since. Remove me properly. If I get one more, I'll complain to the data protection authority.\n\n> unsubscribe\n> Jennifer Hale")
