from parts.common import E

E("sv", "erasure+restriction", False,
  "delete all except disputed invoice data, which must be kept unused",
  "Niklas Westö <niklas.westo@example.fi>",
  "Radering + faktura i tvist",
  """Hej,

Jag vill att ni raderar mina uppgifter, bilderna i webbutiken, kontot och allt annat.

MEN: fakturan 20291 och allt som hör till den (beställningen, leveransen, era mejl om den) håller jag på att bestrida hos Konsumenttvistenämnden. Det ska ni INTE radera, spara det men använd det int till något annat än tvisten tills den är avgjord.

Hälsningar
Niklas Westö
Vasa""")

E("fi", "access+rectification", False,
  "adult son for elderly mother moved to care home",
  "Jukka Mäkinen <jukka.makinen@example.fi>",
  "Äitini tiedot",
  """Hei,

äitini Aili Mäkinen (85 v) on muuttanut Kuntoutumiskeskukseen Vaasaan ja hoidan hänen postiaan. Teidän kirjeenne tulevat edelleen vanhaan osoitteeseen Isokyröön ja lisäksi nimi on kirjoitettu "Aili Mäkiinen".

Korjatkaa nimi ja vaihtakaa osoitteeksi minun osoitteeni (Kirkkopuistikko 22 A 4, 65100 Vaasa) hänen asioitaan varten. Ja voisitteko kertoa mitä muuta teillä on hänestä tallessa, hän ei itse muista miksi on teidän asiakas.

Jukka Mäkinen
044 223 9910""")

E("sv", "marketing_opt_out", False,
  "'Nej tack' reply to marketing SMS",
  "Stig Ingves <stig.ingves@example.fi>",
  "Re: Zoomi: Fotokalender 2026 nu 25 % billigare!",
  """Nej tack

> Zoomi: Fotokalender 2026 nu 25 % billigare! Beställ på zoomi.example.fi. Svara STOPP för att avsluta.""")

E("en", "", True,
  "analytics weekly report, machine, no header",
  "Analytics <analytics-noreply@example.com>",
  "Your weekly Analytics report for zoomi.example.fi",
  """Weekly summary: 29 Sep – 5 Oct 2025

Users: 4,812 (+12%)
Sessions: 6,930
Top pages: /koulukuvat, /passikuvat, /verkkokauppa/kassa
Top countries: Finland, Sweden, Germany

View the full report in your Analytics dashboard.
You are receiving this email because you opted in to performance reports. Manage preferences.""")

E("sv", "access+restriction+complaint", False,
  "formal-ish Finland-Swede; data used for wrong child",
  "Helena Sundström <helena.sundstrom@example.fi>",
  "Fel barns bilder skickade åt oss",
  """Hej,

Vi fick igår ett kuvert med skolfoton och en faktura med vårt namn, men bilderna föreställer ett helt annat barn. Det betyder också att någon annan familj kanske har fått VÅR dotters bilder. Det här är ett allvarligt brott mot GDPR från er sida.

Jag begär:
- en kopia av de uppgifter ni har om vår dotter Selma Sundström (Vikinga skola 3A) och om mig, och uppgift om vem som har fått dem
- att ni int skickar ut eller fakturerar någonting med våra uppgifter innan det här är utrett

Helena Sundström""")

E("fi", "erasure", False,
  "colloquial short erasure",
  "Jani Lahti <jani.lahti@example.fi>",
  ".",
  """moi poistakaa mun tiedot teijän rekisteristä. ei oo mitään tilauksia kesken

-jani""")

E("en", "portability+marketing_opt_out", False,
  "JSON export for new provider plus unsubscribe",
  "Daniela Costa <daniela.costa@example.com>",
  "Export + newsletter",
  """Hello Zoomi team,

I would like to export the data I have given you (account, addresses, order history) in JSON or another structured format, so I can import it at the photo service my new employer uses. Article 20 GDPR, if you need the reference.

Also please unsubscribe me from the newsletter, both addresses (this one and daniela.c@example.test).

Obrigada!
Daniela""")

E("sv", "", False,
  "thanks for past erasure handling + gift card question",
  "Karin Nordqvist <karin.nordqvist@example.fi>",
  "Presentkort",
  """Hej!

Tack ännu för att ni skötte min begäran om radering så snabbt i våras, det var smidigt.

Nu undrar jag om ni säljer presentkort för familjefotografering? Jag skulle vilja ge ett åt min syster i julklapp. Och kan man köpa det i butiken i Vasa?

Mvh Karin""")

E("sv", "erasure+objection+marketing_opt_out", False,
  "guardian of junior hockey player: team photo off website, no ads, unsubscribe",
  "Thomas Ek <thomas.ek@example.fi>",
  "Lagbild på er hemsida",
  """Hej!

Min son Elias (10 år) spelar i Sport juniorer F15 och ni fotograferade laget i augusti. Nu ser jag att lagbilden används på er hemsida som exempel på "lag- och föreningsfoton" med barnens namn under bilden.

Ta ner bilden, eller åtminstone Elias namn och ansikte. Ni får int använda bilder på honom i er marknadsföring. Vi har aldrig gett lov till det, bara till att laget får bilderna.

Och avregistrera mig från era nyhetsbrev, jag har fått dom sedan jag beställde lagbilden.

Thomas Ek""")

E("fi", "", False,
  "change delivery address for a pending order, near-miss",
  "Susanna Heino <susanna.heino@example.fi>",
  "Toimitusosoite tilaukseen 77512",
  """Hei! Voisitteko vaihtaa tilauksen 77512 toimitusosoitteeksi mummolan osoitteen: Kauppapuistikko 40 C 12, 65100 Vaasa. Kuvat on lahja joten ne pitäis mennä suoraan sinne. Kiitos!

Susanna""")

E("en", "rectification", False,
  "moved and wrong name on invoice",
  "Benjamin Clarke <ben.clarke@example.com>",
  "Update my details",
  """Hi,

I've moved, please update my address to Hovioikeudenpuistikko 9 B 21, 65100 Vaasa. Also the last invoice said "Benjamin Clark", my surname is Clarke with an e.

Cheers,
Ben""")

E("sv", "", False,
  "hypothetical about access request timeline",
  "Lotta Nyholm <lotta.nyholm@example.fi>",
  "Fråga",
  """Hej, om jag begär ett registerutdrag, hur länge tar det innan jag får det och kostar det nånting? Jag funderar på saken men vill veta först.

Lotta""")

E("fi", "erasure+complaint", False,
  "reminder of unanswered erasure; says they break GDPR",
  "Outi Rantanen <outi.rantanen@example.fi>",
  "Re: Re: Poistopyyntö",
  """Tämä on jo toinen muistutus. Pyysin 18.8. että poistatte kaikki minun ja lapseni tiedot ja kuvat. Mitään ei ole tapahtunut, kuvat ovat edelleen verkkokaupassa näkyvissä kun kirjaudun.

Rikotte GDPR:ää. Poistakaa tiedot nyt.

Outi Rantanen

> Lähettäjä: Outi Rantanen
> Lähetetty: 18. elokuuta 2025
> Aihe: Poistopyyntö
> Poistakaa kaikki minun ja tyttäreni Vilman tiedot ja kuvat.""")

E("sv", "", True,
  "parcel delivery notification, machine, no header",
  "Paketservice <avisering@example.fi>",
  "Din försändelse har levererats",
  """Hej!

Försändelsen JJFI64019880012345678 från Zoomi Kuvakaupat Oy har levererats till mottagaren.

Leveransplats: Paketautomat K-Market Gerby
Levererad: 08.10.2025 kl. 16:42

Du kan ge respons på leveransen i vår app. Detta meddelande har skickats automatiskt.""")

E("en", "access", False,
  "guardian asks to see son's data, phone footer",
  "Ahmed Hassan <ahmed.hassan@example.com>",
  "my son",
  """Hi can I see the data you store about my son Yusuf Hassan? He is in Vöyri school 4th class. The school gave you something but I dont know what.

Sent from my Galaxy""")

E("sv", "restriction", False,
  "freeze data until matter cleared",
  "Åsa Holm <asa.holm@example.fi>",
  "Frys mina uppgifter",
  """Hej

Min exman har tillgång till mitt gamla konto hos er och har beställt saker i mitt namn. Jag har gjort polisanmälan. Frys mina uppgifter och kontot tills polisen har utrett saken, använd dem int och radera ingenting.

Åsa Holm""")

E("fi", "access+objection", False,
  "why passed to debt collection + objects",
  "Marko Hyvönen <marko.hyvonen@example.fi>",
  "Perintä",
  """Miksi annoitte minun tietoni perintätoimistolle kun olin jo maksanut laskun? Haluan tietää mitä tietoja olette heille antaneet ja milloin.

Vastustan sitä että tietojani käsitellään perinnässä. Maksutosite liitteenä.

Marko Hyvönen""")

E("en", "", False,
  "thanks, got the photos",
  "Grace Liu <grace.liu@example.com>",
  "Re: Your order has shipped",
  """Thank you, the photos arrived today and they look great! The kids love them.

Grace

> Your order 77231 has shipped.""")

E("sv", "portability+erasure", False,
  "transfer directly to another photographer, then delete",
  "Jenny Kronholm <jenny.kronholm@example.fi>",
  "Byte av fotograf",
  """Hej

Vi har bestämt att använda Fotograf Lillsjö Ab i Kronoby i fortsättningen. Kan ni överföra mina uppgifter (kontaktuppgifter, barnens namn och födelsedagar som jag själv har matat in, beställningshistoriken) direkt till dem i nåt maskinläsbart format? Deras adress är info@example.se.

Sen när det är gjort, radera oss från ert system.

Jenny Kronholm""")

E("en", "", False,
  "wrong person received school photo info",
  "Rachel Evans <rachel.evans@example.com>",
  "Wrong person?",
  """Hi, I think you have sent this to the wrong person. I don't have any children at Gerby skola, my kids are grown up and live in the UK. Maybe a typo in someone's email address.

Rachel""")

E("fi", "rectification+marketing_opt_out", False,
  "new phone number and no SMS ads",
  "Arja Leppänen <arja.leppanen@example.fi>",
  "puhelinnumero",
  """Hei. Mun puhelinnumero on vaihtunut, uusi on 045 117 3322. Päivittäkää se. Ja ei enää tekstiviestimainoksia siihen uuteenkaan numeroon kiitos.

Arja""")

E("sv", "rectification+complaint", False,
  "wrong address after two requests; will report",
  "Lars-Erik Smeds <larserik.smeds@example.fi>",
  "Adressen IGEN",
  """Hej

Jag har nu två gånger bett er ändra min adress till Köpmansgatan 7, 68600 Jakobstad. Ändå kommer era brev till min gamla adress i Larsmo, och nu kom fakturan dit också så den blev försenad.

Rätta adressen. Hur gör man en anmälan till Dataombudsmannen? Jag tänker göra det om det här int fixas nu.

L-E Smeds""")

E("en", "access+erasure+objection+marketing_opt_out", False,
  "structured German expat letter; stop processing next to erasure",
  "Katrin Vogel <katrin.vogel@example.com>",
  "GDPR request – Katrin Vogel",
  """Dear Zoomi Kuvakaupat,

I am writing about my personal data. I was a customer in 2022 (passport photos) and in 2023 (family photo session).

1. Please send me a copy of all personal data you have about me, including the photos from the session, and tell me to whom you have given it.
2. Afterwards, please delete all of it, as far as you are not obliged by law to keep it.
3. Stop any processing of my data apart from that deletion.
4. I do not want any marketing from you anymore, by any channel.

Please confirm when done. English or German is fine for the answer.

Mit freundlichen Grüßen
Katrin Vogel""")

E("fi", "", True,
  "Finnish out-of-office with auto header",
  "Heikki Salmi <heikki.salmi@example.fi>",
  "Automaattinen vastaus: Henkilöstökuvaus 12.11.",
  """Olen lomalla 20.10.–31.10. Kiireellisissä asioissa ota yhteyttä Minna Ojalaan, minna.ojala@example.fi.

Heikki Salmi
Henkilöstöpäällikkö""",
  {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

E("sv", "access", False,
  "finlandism 'granska', what school gave",
  "Malin Björk <malin.bjork@example.fi>",
  "Granska uppgifter",
  """Hej!

Jag vill granska mina och min dotters uppgifter hos er. Speciellt vill jag veta vad skolan (Smedsby-Böle skola) har gett er om henne, klasslista, personbeteckning eller vad det nu är.

Tack!
Malin Björk""")

E("sv", "erasure+marketing_opt_out", False,
  "older woman, out of customer register and no catalogues",
  "Ingegerd Storfors <ingegerd.storfors@example.fi>",
  "Kataloger",
  """Goddag,

Jag är 79 år och behöver int längre era kataloger och reklambrev. Jag ber att ni tar bort mig ur ert kundregister helt och hållet, och att ni int skickar mera post.

Med vänlig hälsning
Ingegerd Storfors
Malax""")

E("en", "restriction+access", False,
  "contests accuracy, restrict meanwhile, send data to check",
  "Victor Almeida <victor.almeida@example.com>",
  "Inaccurate data",
  """Hello,

Your reminder letter says I ordered a canvas print on 2 July. I did not. I contest the accuracy of the data you hold on me. Please restrict processing of my data until this is checked, and send me a copy of what you have on me, including order logs and IP addresses, so I can see what is wrong.

Victor Almeida""")

E("fi", "portability", False,
  "short transfer request CSV",
  "Elina Pesonen <elina.pesonen@example.fi>",
  "Tietojen siirtopyyntö",
  """Hei, tietojen siirtopyyntö: haluan tilitietoni ja tilaushistoriani CSV-tiedostona, jotta voin siirtää ne toiseen palveluun. Kiitos. Elina Pesonen""")

E("sv", "", False,
  "client school asks about data processing agreement, partner mail",
  "Per-Ola Ahlbäck <perola.ahlback@example.fi>",
  "Personuppgiftsbiträdesavtal",
  """Hej,

Inför höstens fotografering vill bildningsavdelningen i Närpes stad att vi har ett uppdaterat personuppgiftsbiträdesavtal med er. Kan ni skicka ert senaste avtalsunderlag så att vår jurist kan gå igenom det? Vi behöver det senast 31.10.

Med vänlig hälsning
Per-Ola Ahlbäck
IT- och dataskyddsansvarig, Närpes stad""")

E("fi", "objection", False,
  "doesn't want to be in Google Analytics",
  "Lauri Koskinen <lauri.koskinen@example.fi>",
  "Google Analytics",
  """Hei,

en halua olla Google Analyticsissa enkä halua että käyttäytymistäni verkkokaupassanne seurataan ja analysoidaan. Vastustan tätä käsittelyä. Tili saa muuten jäädä.

Lauri Koskinen""")
