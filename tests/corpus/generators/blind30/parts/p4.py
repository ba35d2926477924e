from parts.common import E

E("fi", "", True, "trade association newsletter with List-Unsubscribe header",
  "Valokuvaliikkeiden liitto <uutiskirje@valokuvaliitto.example.fi>", "Jäsenkirje 10/2026: koulukuvauskausi, tietosuoja ja hinnoittelu",
  """Hyvä jäsen,

tässä kuussa:
• Koulukuvauskauden kokemuksia – kysely jäsenille (vastaa 31.10. mennessä)
• Tietosuoja käytännössä: miten vastaat asiakkaan tarkastus- ja poistopyyntöihin? Webinaari 12.11. klo 14
• Paperin ja kemikaalien hinnat nousevat vuodenvaihteessa
• Syyskokous Tampereella 28.11.

Lue lisää jäsensivuilta.

Et halua enää jäsenkirjettä? Peru tilaus: https://valokuvaliitto.example.fi/peru
""", hdrs={"List-Unsubscribe": "<mailto:peru@valokuvaliitto.example.fi>", "Precedence": "bulk"})

E("fi", "access+erasure", False, "copy first, then delete everything",
  "Satu Heikkinen <satu.heikkinen@example.fi>", "kopio ja poisto",
  """Hei

lähettäkää minulle kopio kaikista tiedoistani ja sen jälkeen poistakaa kaikki. Kiitos.

Satu Heikkinen
""")

E("fi", "erasure+complaint", False, "third attempt to get son's photos deleted, asks how to complain to the DPA",
  "Jukka Virtanen <jukka.virtanen@example.fi>", "KOLMAS KERTA: poikani kuvat",
  """Olen nyt kolme kertaa (puhelimessa 9.9., sähköpostilla 16.9. ja 30.9.) pyytänyt että poistatte poikani Aaron Virtasen kuvat teidän järjestelmästä. Hän ei halua olla kuvattuna eikä hänen kuviaan saa säilyttää. Kukaan ei ole vastannut mitään.

Miten voin valittaa tietosuojavaltuutetulle? Tämä alkaa riittää.

Jukka Virtanen
""")

E("fi", "erasure+marketing_opt_out", False, "web contact form relay carrying a person's request; labelled as human (disputed)",
  "Verkkosivut <lomake@example.fi>", "Uusi yhteydenotto: Tietosuoja",
  """Uusi yhteydenotto sivustolta zoomi.example.fi

Lomake: Ota yhteyttä
Aihe: Tietosuoja
Nimi: Kaisa Rinne
Sähköposti: kaisa.rinne@example.fi
Puhelin: 040 246 8101

Viesti:
Haluan että kaikki minun tietoni poistetaan teidän asiakasrekisteristä. Lisäksi en halua enää uutiskirjeitä tai tekstiviestejä. Lapset ovat jo aikuisia.

Lähetetty: 21.10.2026 klo 22.14
IP: 192.0.2.45
""")

E("fi", "rectification", False, "guardian: child's surname changed",
  "Maria Hietala <maria.hietala@example.fi>", "Lapsen sukunimen muutos",
  """Hei,

tyttäreni Nelli vaihtoi kesällä sukunimensä, uusi nimi on Nelli Hietala (aiemmin Nelli Salo). Koululla tiedot on jo päivitetty, mutta teidän verkkokaupassa ja kuvapussissa oli vielä vanha nimi. Voisitteko vaihtaa sen teidän tietoihin?

Maria Hietala
""")

E("fi", "", False, "change of mind: keep me on the newsletter after all",
  "Tuula Järvelä <tuula.jarvela@example.fi>", "Re: Uutiskirjeen peruutus",
  """Hups, unohtakaa tuo edellinen viesti! Painoin vahingossa väärää nappia. Saatte pitää minut uutiskirjelistalla, tykkään niistä tarjouksista 🙂

Tuula

> Peruutan uutiskirjeen tilauksen.
> Tuula Järvelä
""")

E("fi", "objection", False, "objects to use of child's data for business development statistics",
  "Ville Kauppinen <ville.kauppinen@example.fi>", "Lapseni tietojen käyttö",
  """Hei,

luin tietosuojaselosteestanne, että käytätte asiakastietoja myös "liiketoiminnan kehittämiseen". En hyväksy sitä, että lapseni tietoja (nimi, koulu, luokka, tilaukset) käytetään mihinkään tilastointiin tai kehittämiseen. Vastustan tätä käsittelyä. Kuvat ja tilaus saa tietysti hoitaa normaalisti.

Ville Kauppinen
""")

E("fi", "portability", False, "formal short data transfer request",
  "Anne Kärkkäinen <anne.karkkainen@example.fi>", "Tietojen siirtopyyntö",
  """Hei,

käytän oikeuttani siirtää tiedot järjestelmästä toiseen. Pyydän toimittamaan minun antamani henkilötiedot ja tilaushistorian yleisesti käytetyssä, koneluettavassa muodossa tähän sähköpostiosoitteeseen.

Ystävällisesti
Anne Kärkkäinen
""")

E("fi", "", True, "Slotti cancellation notification, no auto header",
  "Slotti <noreply@slotti.example.fi>", "Varaus peruttu: Perhekuvaus la 7.11. klo 10.00",
  """Asiakas on perunut varauksen.

Palvelu:    Perhekuvaus (60 min)
Aika:       lauantai 7.11. klo 10.00–11.00
Asiakas:    Heikki Rantala
Syy:        "Lapsi sairastui"

Aika on vapautunut ja näkyy taas varattavana.
Tämä viesti on lähetetty automaattisesti, älä vastaa tähän viestiin.
""")

E("fi", "erasure", False, "delete my passport photo from your system",
  "Kalle Ström <kalle.strom@example.fi>", "passikuva",
  """Moi, kävin teillä passikuvassa syyskuussa ja passi on nyt tullut. Poistakaa se kuva teidän järjestelmästä, ei tarvita enää. Ymmärrän että poliisilla on oma kopio.

Kalle
""")

E("fi", "access+rectification", False, "what data do you have; address is old, update",
  "Seppo Rinne <seppo.rinne@example.fi>", "Omat tiedot",
  """Hei,

haluaisin tietää mitä tietoja teillä on minusta. Ainakin osoite on vanha, koska lasku tuli kiertoteitä. Päivittäkää uusi osoite: Rantakatu 3 B 7, 65100 Vaasa.

Seppo Rinne
""")

E("fi", "restriction", False, "mixed up with a namesake: don't process anything in my name until checked",
  "Jenna Koivisto <jenna.koivisto@example.fi>", "Tiedot sekaisin samannimisen kanssa",
  """Hei,

minulle tuli teiltä maksumuistutus ja tilausvahvistus kuvista, joita en ole tilannut. Ilmeisesti Vaasassa on toinenkin Jenna Koivisto, jolla on lapsi koulussa (minulla ei ole lapsia). Teidän järjestelmässä meidän tiedot ovat siis sekaisin.

Kiistän, että nuo tilaustiedot koskevat minua. Ennen kuin olette selvittäneet asian, älkää käsitelkö tai lähettäkö mitään minun nimelläni, älkääkä antako tietojani perintään.

Jenna Koivisto
s. 1995
""")

E("fi", "", False, "elderly man, long story, asks whether 1970s negatives exist (product question)",
  "Olavi Mäki <olavi.maki@example.fi>", "Vanhoja negatiiveja",
  """Hyvää päivää

Nimeni on Olavi Mäki ja olen syntynyt 1946 Isossakyrössä. Meidät vihittiin vaimoni Helmin kanssa kesällä 1971 Vaasan kirkossa ja hääkuvat otti silloin kuvaamo Hovikuva Hovioikeudenpuistikolla. Olen ymmärtänyt että teidän yrityksenne osti aikanaan sen kuvaamon arkiston tai ainakin osan siitä, kun se lopetti 90-luvulla. Helmi kuoli viime keväänä ja lapset ovat etsineet kaikkia vanhoja kuvia muistotilaisuutta ja sukukirjaa varten. Meillä oli hääkuva seinällä mutta se on päässyt haalistumaan aivan valkoiseksi.

Olisiko teillä mahdollisesti vielä tallessa niitä negatiiveja, ja jos on, voisiko niistä teettää uudet kuvat? Maksan mielelläni mitä se maksaa. Hääpäivä oli 19.6.1971.

Kunnioittavasti
Olavi Mäki
puh. 06 471 2233
""")

E("fi", "marketing_opt_out+objection", False, "direct-marketing ban plus objection to Google Analytics transfer",
  "Teemu Karjalainen <teemu.karjalainen@example.fi>", "Suoramarkkinointikielto ja analytiikka",
  """Hei,

kiellän suoramarkkinoinnin kaikissa kanavissa. Lisäksi vastustan sitä, että tietojani siirretään Google Analyticsiin tai muuhun seurantaan, kun käytän verkkokauppaanne kirjautuneena.

Teemu Karjalainen
""")

E("fi", "", True, "domain registrar renewal reminder, no auto header",
  "Verkkotunnuspalvelu <laskutus@domainit.example.fi>", "Muistutus: verkkotunnus zoomi-kuvat.example.fi vanhenee 30 päivän kuluttua",
  """Hei,

verkkotunnuksesi zoomi-kuvat.example.fi voimassaolo päättyy 28.11.2026.

Jos automaattinen uusinta on käytössä, veloitamme 12,90 € (alv 0 %) tallennetulta maksukortilta 21.11.2026. Voit muuttaa asetuksia asiakasportaalissa.

Tämä on automaattinen muistutus. Älä vastaa tähän viestiin.
""")

E("sv", "erasure", False, "guardian: delete my child's photos",
  "Sara Lillkung <sara.lillkung@example.fi>", "Radera bilder",
  """Hej,

Radera mitt barns bilder (Isak Lillkung, daghemmet Tallbacken, fotograferad i september). Vi beställer inga bilder i år och vill inte att de sparas hos er.

Sara Lillkung
""")

E("sv", "complaint", False, "complaint to IMY with the company in copy",
  "Elin Bergström <elin.bergstrom@example.se>", "Klagomål enligt artikel 77 – Zoomi Kuvakaupat Oy",
  """Till Integritetsskyddsmyndigheten (IMY)
Kopia: Zoomi Kuvakaupat Oy

Jag vill härmed lämna in ett klagomål mot Zoomi Kuvakaupat Oy, Vasa, Finland.

Bakgrund: Den 12 augusti begärde jag att bolaget skulle radera mina uppgifter och bilder på mina barn, som fotograferades när vi bodde i Vasa 2022–2024. Bolaget bekräftade inte mottagandet och har inte svarat trots påminnelse den 20 september. Jag bor numera i Umeå, Sverige.

Jag ber IMY att utreda ärendet och vid behov överlämna det till den finska dataombudsmannen.

Bifogat: min begäran och påminnelsen.

Elin Bergström
""", to="IMY registrator <imy@example.se>, Zoomi tietosuoja <tietosuoja@example.fi>")

E("sv", "", False, "thanks, the login code works now",
  "Camilla Hägglund <camilla.hagglund@example.fi>", "Sv: Inloggningskod",
  """Tack, nu fungerar det! 👍

Camilla

> Hej Camilla, vi har skickat en ny inloggningskod till galleriet.
> Den gamla koden hade gått ut. / Zoomi kundtjänst
""")

E("sv", "access+portability", False, "copy of data, plus provided data in machine-readable form for another service",
  "Henrik Sundström <henrik.sundstrom@example.fi>", "Mina uppgifter",
  """Hej,

Jag vill ta del av de personuppgifter ni har om mig. Dessutom vill jag att ni skickar de uppgifter jag själv har lämnat (konto, adresser, beställningar) i ett maskinläsbart format, så att jag kan använda dem hos en annan tjänst.

Mvh
Henrik Sundström
""")

E("sv", "marketing_opt_out", False, "misspelled 'avregistera', SMS ads",
  "Rolf Kronqvist <rolf.kronqvist@example.fi>", "sms",
  """avregistera mig från era sms-erbjudanden. nummer 0400 112 233

Rolf
""")

E("sv", "", True, "internal ticket system notification quoting a customer's request (machine mail)",
  "Zoomi kundtjänst <helpdesk@example.fi>", "Nytt ärende tilldelat dig: #3345 \"Radera mina uppgifter\"",
  """Ett nytt ärende har tilldelats gruppen Tietosuoja.

Ärende:    #3345
Ämne:      Radera mina uppgifter
Kund:      Anders Holm <anders.holm@example.fi>
Kanal:     E-post
Prioritet: Normal

Första meddelandet:
"Hej, radera mina uppgifter. /Anders"

Öppna ärendet i helpdesk-portalen för att svara.
Detta meddelande skickades automatiskt.
""")

E("sv", "rectification", False, "child's first name changed",
  "Mikaela Blomqvist <mikaela.blomqvist@example.fi>", "Namnbyte för mitt barn",
  """Hej!

Mitt barns namn är fel hos er: hon heter numera Alva Blomqvist (tidigare Alexandra). Namnbytet är registrerat hos myndigheterna sedan juni och skolan har uppdaterat Wilma. Kan ni rätta namnet i ert register så att det blir rätt på bilderna nästa gång?

Mikaela Blomqvist
""")

E("sv", "", False, "supplier: camera rental invoice",
  "Fotohyra Ab <faktura@fotohyra.example.fi>", "Faktura 2026-1187 – blixtutrustning september",
  """Hej,

Bifogat finns faktura 2026-1187 för hyra av två Profoto B10-blixtar med stativ under perioden 1–30.9.2026. Förfallodag 30 dagar netto.

Vi påminner om att utrustningen ska returneras rengjord. En av väskorna saknade regnskyddet vid returen.

Med vänliga hälsningar
Fotohyra Ab
""")

E("sv", "objection", False, "forbids use of son's picture in the yearbook (no removal asked)",
  "Peter Åström <peter.astrom@example.fi>", "Årsboken",
  """Hej,

Skolan berättade att ni gör årsboken för Replot skola även i år och att elevernas porträtt ska med. Jag förbjuder användningen av min sons (Vilgot Åström, åk 6) bild i årsboken. Bilderna ni tog får ni gärna behålla för vår egen beställning.

Peter Åström
""")

E("en", "access+erasure+complaint", False, "father: copy, erasure, has lodged a complaint with the DPA",
  "Robert Klein <robert.klein@example.com>", "Formal request and notice of complaint",
  """To the data protection officer,

My daughter Sophie Klein (born 2014) was photographed at Vaasa International School in September. Her photographs and name were visible to other parents through a shared gallery link, which I reported to your customer service on 25 September without any meaningful response.

I therefore:
1. request a copy of all personal data you hold about my daughter and me, including who had access to the gallery;
2. request that you then erase all photographs of my daughter and all data about her that you are not legally required to keep;
3. inform you that I have lodged a complaint with the Office of the Data Protection Ombudsman today.

Robert Klein
""")

E("en", "", True, "DMARC aggregate report, no auto header",
  "DMARC Reports <dmarc-noreply@mailprovider.example.com>", "Report domain: example.fi Submitter: mailprovider.example.com Report-ID: 8812736451",
  """This is an aggregate DMARC report for example.fi.

Date range: 2026-10-20 00:00:00 UTC to 2026-10-20 23:59:59 UTC
Messages evaluated: 1,482
  SPF aligned: 1,479
  DKIM aligned: 1,482
  Policy applied: none

Source IPs with failures:
  203.0.113.17 (3 messages, SPF fail)

The full XML report is attached (example.fi!mailprovider.example.com!1792454400!1792540799.xml.gz).
""")

E("en", "portability", False, "short Article 20 request",
  "Sebastian Moore <sebastian.moore@example.com>", "Article 20 request",
  """Hi,

Article 20 request: please send me the personal data I have provided to you in a structured, commonly used and machine-readable format. JSON is fine.

Sebastian Moore
""")

E("en", "", False, "near-miss: cancel an appointment",
  "Grace Kim <grace.kim@example.com>", "cancel my appointment",
  """Hello, please cancel my appointment for passport photos on Friday at 10:15. I will book a new time next week.

Grace Kim
""")

E("en", "marketing_opt_out", False, "school teacher: take work address off marketing list",
  "Mrs Fiona Laine <fiona.laine@school.example.fi>", "Marketing emails to my work address",
  """Hello,

I'm the class teacher who coordinates your photo days at Vaasa International School, so I do need the practical emails about schedules and class lists. But for some reason I have also started getting your promotional newsletters and Black Friday offers to my work address. Please take me off your marketing list.

Thanks,
Fiona Laine
""")

E("en", "objection+restriction", False, "objects to debt-collection transfer, restrict meanwhile",
  "Daniel Ortiz <daniel.ortiz@example.com>", "Objection – invoice 20588",
  """Dear Zoomi,

I object to the transfer of my personal data to your debt collection agency in relation to invoice 20588. The photo package was returned unopened within the return period (tracking number attached), so there is no debt.

Pending your assessment of my objection, please restrict the processing of my data, i.e. do not send anything further to the collection agency.

Regards,
Daniel Ortiz
""")
