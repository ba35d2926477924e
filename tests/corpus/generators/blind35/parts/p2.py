from parts.common import E

E("en", "access+erasure+objection+complaint", False,
  "law firm for client; cease processing next to erasure; conditional DPA referral",
  "Eleanor Marsh <e.marsh@example.com>",
  "Data subject request on behalf of our client Ms. Jenna Koskela",
  """Dear Sir or Madam,

We act for Ms Jenna Koskela, born 14 February 1990, resident in Espoo. A signed letter of authority is attached.

On behalf of our client we hereby request:

(a) confirmation whether you process personal data concerning our client and, if so, a copy of such data together with the information listed in Article 15(1) GDPR, including the identity of any recipients;

(b) the erasure without undue delay of all personal data concerning our client, including any photographs taken of her at the staff photo session organised by her former employer in March 2024, pursuant to Article 17(1) GDPR;

(c) that you cease any further processing of our client's personal data with immediate effect.

To the extent that any processing is based on consent, our client withdraws that consent.

Please respond within one month of receipt. Failing a complete response within that period, our client will refer the matter to the Office of the Data Protection Ombudsman without further notice.

Yours faithfully,

Eleanor Marsh
Associate
Marsh & Lindqvist Attorneys Ltd""")

E("sv", "", False,
  "reports mother-in-law's request and asks us to ignore it; not a request of her own (disputed)",
  "Sofia Nylund <sofia.nylund@example.fi>",
  "Angående min svärmors mejl",
  """Hej,

Min svärmor har tydligen skrivit åt er och bett att ni ska ta bort alla bilder på våra barn, för att hon tycker det e fel att de finns på nätet. Hon e int vårdnadshavare och har ingen rätt att bestämma det. Vi vill att bilderna finns kvar i webbutiken så vi kan beställa åt släkten till jul.

Så ignorera hennes begäran. Förlåt för krånglet.

Sofia Nylund (mamma till Alice och Oskar, Korsholm)""")

E("fi", "marketing_opt_out", False,
  "one-word reply to marketing SMS forwarded as mail",
  "Erkki Salo <erkki.salo@example.fi>",
  "Re: Zoomi: Joulukortit -30% vain tällä viikolla!",
  """POISTA

> Zoomi: Joulukortit -30% vain tällä viikolla! Tilaa osoitteessa zoomi.example.fi. Et halua viestejä? Vastaa POISTA.""")

E("fi", "", True,
  "e-invoice operator receipt from client municipality, machine, no header",
  "Verkkolaskupalvelu <laskut-noreply@example.fi>",
  "Vastaanottokuittaus: lasku 20533",
  """Tämä on automaattinen vastaanottokuittaus.

Laskuttaja: Zoomi Kuvakaupat Oy
Laskun numero: 20533
Vastaanottaja: Mustasaaren kunta / Sivistystoimi
Summa: 1 240,00 EUR
Vastaanotettu: 02.10.2025 06:12

Lasku on siirretty tarkastettavaksi. Älä vastaa tähän viestiin.""")

E("sv", "erasure+objection", False,
  "brochure photo: consent withdrawn, must not be used, remove from homepage",
  "Linnea Sandvik <linnea.sandvik@example.fi>",
  "Bilden i er broschyr",
  """Hej!

För två år sedan gick jag med på att ni fick använda en bild på mig och min bebis i er broschyr och på er hemsida. Nu har situationen ändrats (vi har separerat och jag vill int att bilden cirkulerar).

Jag återkallar mitt samtycke. Bilden får int användas i nya broschyrer eller annan reklam, och jag vill att ni tar bort den från hemsidan så snart som möjligt.

Vänliga hälsningar
Linnea Sandvik""")

E("sv", "access", False,
  "elderly man, very short, what do you have on me",
  "Bertil Strandberg <bertil.strandberg@example.fi>",
  "brev",
  """Hej. Jag fick ett brev från er fast jag int har varit kund på 20 år. Vad har ni för uppgifter om mej och varifrån ha ni fått min adress

Bertil Strandberg
Oravais""")

E("sv", "", False,
  "booking cancellation, near-miss",
  "Emma Rönnqvist <emma.ronnqvist@example.fi>",
  "Avboka tid",
  """Hej, kan ni avboka min tid på fredag kl 10 för familjefoto? Min son har blivit sjuk. Jag bokar en ny tid senare via Slotti.

Emma Rönnqvist""")

E("en", "", False,
  "delete my order = cancel order, near-miss",
  "Chen Wei <chen.wei@example.com>",
  "Please delete my order",
  """Hello,

please delete my order 77104 from yesterday, I ordered the wrong size canvas by mistake (60x90 instead of 40x60). I will make new order today. If already paid please refund to same card.

Thank you
Chen Wei""")

E("fi", "rectification", False,
  "surname change after marriage",
  "Noora Lehtinen <noora.lehtinen@example.fi>",
  "Sukunimen muutos",
  """Hei!

Menin kesällä naimisiin ja sukunimeni on nyt Lehtinen (ennen Kallio). Voisitteko päivittää sen asiakastietoihini? Sähköposti ja puhelinnumero pysyy samana.

Kiitos!
Noora Lehtinen""")

E("sv", "access+portability", False,
  "what data + CSV to move to another photographer (portability, disputed vs format)",
  "Fredrik Mattfolk <fredrik.mattfolk@example.fi>",
  "Mina uppgifter",
  """Hej!

Vi har haft er som familjefotograf i många år men nu har min kusin startat egen firma i Kronoby så vi tänkte byta. Jag skulle vilja veta vilka uppgifter ni har om mig och familjen.

Och kan ni skicka dom uppgifter vi själva har gett er (namn, födelsedagar, adresser, beställningshistorik) som en CSV-fil eller nåt annat format som hon kan läsa in i sitt system? Hon sa att man har rätt till det enligt GDPR.

Mvh
Fredrik Mattfolk""")

E("sv", "access+complaint", False,
  "says controller breaks GDPR by sharing class lists; asks recipients",
  "Tove Lillas <tove.lillas@example.fi>",
  "Klasslistor",
  """Hej

Jag har förstått att ni har fått hela klasslistan för min sons klass (Sundom skola 6A) med namn, personbeteckningar och föräldrarnas telefonnummer. Personbeteckning?? Till en fotograf?! Det här bryter mot GDPR, det finns ingen som helst orsak för er att ha den uppgiften.

Jag vill veta exakt vilka uppgifter ni har om min son Anton Lillas, vem ni har fått dem av och vem ni har gett dem vidare till.

Tove Lillas""")

E("en", "marketing_opt_out", False,
  "typo unsubscribe one-liner",
  "Ryan Kowalski <ryan.k@example.com>",
  "unsubcribe",
  """unsubcribe me pls""")

E("fi", "", False,
  "student thesis questionnaire about DSR practice",
  "Veera Manninen <veera.manninen@example.fi>",
  "Kyselytutkimus: tietosuojapyynnöt pk-yrityksissä",
  """Hei,

olen tradenomiopiskelija Vaasan ammattikorkeakoulusta ja teen opinnäytetyötä siitä, miten pienet yritykset käsittelevät asiakkaiden tietosuojapyyntöjä (tarkastus-, poisto- ym. pyynnöt).

Voisiko joku teiltä vastata lyhyeen kyselyyn (n. 10 min)? Kysyn esim. kuinka monta pyyntöä saatte vuodessa ja kuinka kauan vastaaminen kestää. Vastaukset käsitellään nimettöminä.

Linkki kyselyyn: (lähetän kun vastaatte)

Ystävällisin terveisin
Veera Manninen""")

E("sv", "", True,
  "municipal helpdesk auto-acknowledgement, no header",
  "Korsholms kommun kundtjänst <kundtjanst@example.fi>",
  "Ärende #48213 har registrerats",
  """Tack för ditt meddelande.

Ditt ärende har registrerats med nummer #48213 och kommer att behandlas så snart som möjligt. Vår normala handläggningstid är 5 arbetsdagar.

Ärende: Fotografering Smedsby daghem – faktura
Detta är ett automatiskt meddelande, svara int på detta e-postmeddelande.

Korsholms kommun""")

E("sv", "objection+restriction", False,
  "objects to data passed to debt collection, stop using while investigated",
  "Mats Kull <mats.kull@example.fi>",
  "Inkasso",
  """Hej

Jag motsätter mig att ni har lämnat mina uppgifter åt OK-perintä. Fakturan betalade jag i augusti (kvitto finns) och ni har int ens skickat en påminnelse innan ni skickade den vidare.

Så länge ni utreder det här vill jag att ni int använder mina uppgifter till något annat, och int lämnar dem vidare åt nån mer.

Mats Kull
Pedersöre""")

E("fi", "erasure", False,
  "former employee wants staff photo deleted",
  "Antti Pulkkinen <antti.pulkkinen@example.fi>",
  "Henkilökuvani",
  """Hei,

kävin teillä keväällä 2023 henkilöstökuvauksessa, kun olin töissä Vaasan Sähköasennus Oy:llä. En ole enää siellä töissä. Haluan että kaikki minusta otetut kuvat poistetaan teidän järjestelmistänne, myös ne joita ei valittu.

Antti Pulkkinen""")

E("sv", "access+erasure", False,
  "adult son for mother with dementia",
  "Leif Hägglund <leif.hagglund@example.fi>",
  "Min mor Ingrid Hägglund",
  """Hej,

Jag skriver för min mor Ingrid Hägglund (f. 1941) i Nykarleby. Hon har demens och bor sedan i våras på Marthahemmet, jag är hennes intressebevakare (edunvalvoja).

Hon har tydligen beställt saker från er webbutik via telefon flera gånger i höst, utan att minnas det. Vi skulle vilja veta vad som finns registrerat om henne hos er, vilka beställningar och vilka kontaktuppgifter.

Efter det får ni gärna radera hennes konto så att det int går att beställa mera i hennes namn.

Beslutet om intressebevakning kan jag skicka om det behövs.

Leif Hägglund
050 334 8890""")

E("en", "", False,
  "thanks, all good",
  "Olivia Grant <olivia.grant@example.com>",
  "Re: Your request",
  """Thanks, got it. All good now!

Olivia

On Tue, 7 Oct 2025 at 10:02, Zoomi Kuvakaupat <asiakaspalvelu@example.fi> wrote:
> Hi Olivia, we have now updated your email address as requested. Kind regards, Zoomi""")

E("fi", "access+restriction+complaint", False,
  "angry: wants data, don't use while dispute, will report",
  "Sami Rautio <sami.rautio@example.fi>",
  "Mitä ihmettä",
  """Sain tänään teiltä laskun passikuvista joita en ole koskaan tilannut ja nimi ja osoite on oikein mutta puhelinnumero jonkun toisen. Joku on siis tilannut minun nimissäni.

1) Haluan nähdä mitä tietoja teillä minusta on ja mistä ne on tulleet.
2) Älkää käyttäkö tietojani mihinkään ennen kuin tämä on selvitetty, eikä laskua perintään!
3) Tämä on tietosuojarikkomus ja teen siitä ilmoituksen tietosuojavaltuutetulle, ja rikosilmoituksen poliisille.

Sami Rautio
Laihia""")

E("sv", "marketing_opt_out", False,
  "unsubscribe but keep account explicitly",
  "Josefine Ek <josefine.ek@example.fi>",
  "nyhetsbrev",
  """Hej! Avregistrera mig från nyhetsbrevet, men behåll mitt konto i webbutiken, jag vill kunna beställa kort därifrån i fortsättningen också. Tack!

/Josefine""")

E("sv", "", False,
  "journalist public-records request to a private company",
  "Anders Sjöblom <anders.sjoblom@example.fi>",
  "Begäran om allmän handling",
  """Hej,

Jag är journalist på en lokaltidning och ber härmed att få ta del av det avtal som Vasa stad har slutit med Zoomi Kuvakaupat Oy om skolfotografering läsåret 2025–2026, inklusive eventuellt personuppgiftsbiträdesavtal.

Handlingarna kan skickas elektroniskt till denna adress.

Anders Sjöblom
redaktör""")

E("en", "erasure", False,
  "father, delete everything on me and kids",
  "Marco Bianchi <marco.bianchi@example.com>",
  "delete",
  """Hi, please delete everything you have on me and my kids (Giulia and Luca Bianchi, Vaasan lyseo and Onkilahti school). We are moving back to Italy in december.
thanks
Marco""")

E("fi", "", False,
  "passport photo rejected by police, wants refund; service complaint",
  "Leena Vainio <leena.vainio@example.fi>",
  "Passikuva hylätty",
  """Hei

Poliisi hylkäsi passikuvani koska varjo taustassa. Kävin teillä 22.9. ja maksoin 24,90 €. Nyt joudun menemään uudestaan ja lähtö on 2 viikon päästä. Haluan että otatte uuden kuvan veloituksetta tai palautatte rahat. Todella huonoa palvelua.

Leena Vainio""")

E("sv", "objection", False,
  "shop window photo must not be used anymore (no removal asked; disputed vs erasure)",
  "Kristian Slotte <kristian.slotte@example.fi>",
  "Bild i skyltfönstret",
  """Hej

Jag gick förbi er butik igår och såg att ni har en stor bild av mig och min fru från vårt bröllop i skyltfönstret. Vi gick med på att ni fick ha den där under sommaren, men nu räcker det. Jag motsätter mig att ni använder bilden i er reklam framöver.

Kristian Slotte""")

E("en", "", True,
  "DMARC aggregate report, machine, no header",
  "noreply-dmarc-support@example.com",
  "Report domain: zoomi.example.fi Submitter: example.com Report-ID: 1728432000",
  """This is an aggregate report from example.com.

Report-ID: 1728432000.88213
Date range: 2025-10-08 00:00:00 UTC - 2025-10-08 23:59:59 UTC
Policy published: p=quarantine

Source IP        Count  SPF   DKIM  Disposition
192.0.2.14       212    pass  pass  none
198.51.100.7       3    fail  fail  quarantine

The full XML report is attached.""")

E("sv", "access+erasure+objection+marketing_opt_out", False,
  "long Närpes-dialect letter, several asks",
  "Sture Båsk <sture.bask@example.fi>",
  "uppgifter",
  """Hej he e Sture Båsk från Övermark.

Ja ha fåt både brev o sms o e-post av er i flera år nu, fast ja bara köpt passfoto en gang 2019. Nu har ja fått nog.

Fösst vill ja veta va ni ha om me i er dator, allt, o vem ni ha sålt he åt.
Sen ska ni slut skick reklam, int na mer sms o int na brev.
O sen vill ja att ni tar bort me alldeles.
Ja vill int heller att ni håller på o analysera va ja gör på er hemsido, he fick ja veta av barnbarne att ni gör.

Tack
Sture""")

E("fi", "portability", False,
  "machine-readable transfer to another service, JSON",
  "Ville Koivisto <ville.koivisto@example.fi>",
  "Tietojen siirto",
  """Moi,

haluaisin käyttää oikeuttani siirtää tiedot järjestelmästä toiseen. Voisitteko toimittaa minun itse antamani tiedot (tili, osoitteet, tilaushistoria verkkokaupasta) koneluettavassa muodossa, mieluiten JSON? Vien ne omaan kuva-arkistosovellukseeni.

Kiitos,
Ville""")

E("en", "restriction", False,
  "custody dispute: keep pickup records, don't delete or share",
  "Hannah Becker <hannah.becker@example.com>",
  "Records of school photo orders - please keep",
  """Dear Zoomi,

My ex-partner and I are in a court case about custody of our daughter Mia (Borgaregatans skola, class 2B). There is a disagreement about who ordered and collected her school photos this year and last year.

Please do NOT delete the order and pickup records connected to Mia or to me, my lawyer may need them. Also please don't give them to anyone else until the case is over.

Kind regards,
Hannah Becker""")

E("sv", "rectification+marketing_opt_out", False,
  "misspelled surname plus stop paper ads",
  "Ann-Sofi Björkman <annsofi.bjorkman@example.fi>",
  "Björkman",
  """Hej

Ni har mitt namn stavat "Bjorkman" och "Björkmann" på olika brev. Rätt är Björkman med ö och ett n. Kan ni rätta det.

Och egentligen vill jag int ha era reklambrev alls, så sluta skicka dom.

Ann-Sofi""")

E("fi", "", False,
  "ok reply to our access acknowledgement, asks nothing (disputed: could carry access)",
  "Marja Peltola <marja.peltola@example.fi>",
  "Re: Tietopyyntönne on vastaanotettu",
  """Ok kiitos, odotan vastausta.

Marja

Lähetetty Android-laitteesta

> Hei Marja,
> olemme vastaanottaneet tarkastuspyyntönne 6.10.2025. Vastaamme viimeistään 6.11.2025.
> Ystävällisin terveisin, Zoomi Kuvakaupat asiakaspalvelu""")
