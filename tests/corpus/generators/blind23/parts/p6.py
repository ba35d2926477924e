from parts.common import E

E("fi", "access", False, "reply inside open access request asking for the answer by post",
  "Aune Hirvonen <aune.hirvonen@example.fi>", "Re: Tietopyyntönne",
  """Hei,

voisitteko lähettää vastauksen kirjeenä kotiosoitteeseeni eikä sähköpostilla? En osaa avata salasanasuojattuja tiedostoja.

Aune Hirvonen
Kirkkopuistikko 20 B 5, 65100 Vaasa

> Hei Aune, vastaanotimme pyyntönne saada tiedot teistä tallennetuista henkilötiedoista. Vastaamme viimeistään 30.12.2026.""")

E("fi", "", False, "reply to marketing asking about Saturday opening; no DSR",
  "Jouni Kemppainen <jouni.kemppainen@example.fi>", "Re: Passikuvat nyt myös lauantaisin",
  """Moi, tarviiko lauantaille varata aika vai voiko tulla suoraan?

Jouni

> Passikuvat nyt myös lauantaisin klo 10–14!""")

E("fi", "erasure", False, "guardian wants child's photos and data deleted after moving away; signature phone footer",
  "Susanna Karjalainen <susanna.karjalainen@example.fi>", "Lasten tiedot",
  """Hei,

muutimme Ouluun ja lapset vaihtoivat koulua. Pyydän poistamaan Eetun ja Iidan (Karjalainen) koulukuvat ja muut tiedot teidän järjestelmistänne, emme aio tilata enää mitään.

Susanna Karjalainen
puh. 040 246 8101

Lähetetty Outlook for Androidista""")

E("fi", "", True, "order shipped notice from webshop",
  "Zoomi Kuvakaupat verkkokauppa <noreply@example.fi>", "Tilauksesi 50377 on lähetetty",
  """Hei!

Tilauksesi 50377 on lähetetty. Seurantakoodi: JJFI6543219999.

Tilatut tuotteet:
1 x Kuvakalenteri 2027, A4
2 x Kuvamuki

Kiitos tilauksestasi!
Zoomi Kuvakaupat Oy""")

E("fi", "", False, "near-miss: asks to cancel photo session booking",
  "Tarja Rinne <tarja.rinne@example.fi>", "Peruutus",
  """Hei, peruutan varauksen to 10.12 klo 13, lapsi sairastui. Voisitteko ehdottaa uutta aikaa ensi viikolle?
Tarja Rinne""")

E("fi", "objection+restriction", False, "objects to legitimate-interest processing and asks restriction while objection considered",
  "Jarmo Heikkinen <jarmo.heikkinen@example.fi>", "Vastustan käsittelyä",
  """Hei,

vastustan henkilötietojeni käsittelyä oikeutetun edun perusteella (asiakassuhteen kehittäminen, analytiikka). Pyydän lisäksi, että käsittelyä rajoitetaan sillä aikaa, kun arvioitte vastustustani, 18 artiklan 1 kohdan d alakohdan mukaisesti.

Jarmo Heikkinen""")

E("fi", "access", False, "clarification answer: gives period and systems for access",
  "Outi Kemppi <outi.kemppi@example.fi>", "Vs: Lisäkysymys tietopyyntöön",
  """Hei,

riittää vuodet 2023–2026. Ja kyllä, myös ne tiedot mitä olette lähettäneet perintätoimistolle haluan nähdä.

Outi Kemppi

Lähettäjä: Zoomi Kuvakaupat tietosuoja
Aihe: Lisäkysymys tietopyyntöön
Hei Outi, koskeeko pyyntönne koko asiakkuuden ajan (vuodesta 2009) vai tiettyä ajanjaksoa?""")

E("fi", "marketing_opt_out+erasure", False, "remove me from list and delete my info",
  "Kimmo Heikura <kimmo.heikura@example.fi>", "Re: Uutiskirje joulukuu",
  """Ottakaa minut pois listalta ja poistakaa minun tiedot kokonaan. Kiitos.

> Uutiskirje joulukuu – Kuvalahjat koko perheelle""")

E("fi", "complaint", False, "tells company has complained to DPA; company in copy, sends copy of complaint",
  "Hannele Räty <hannele.raty@example.fi>", "Kopio: valitus tietosuojavaltuutetulle",
  """Tiedoksi teille.

Hannele Räty

---
Tietosuojavaltuutetun toimisto

Teen valituksen Zoomi Kuvakaupat Oy:stä. Pyysin 5.8.2026 tietojeni poistamista. Yritys ei ole vastannut, ja saan edelleen markkinointia. Katson, että yritys rikkoo tietosuoja-asetuksen 12 ja 17 artiklaa.

Hannele Räty, Vaasa""")

E("fi", "rectification", False, "reply to company's question which spelling for staff photo name caption",
  "Arto Kärkkäinen <arto.karkkainen@yritys.example.fi>", "Re: Nimitiedon korjaus henkilökuvaan",
  """Hei,

oikea muoto on "Arto Kärkkäinen, myyntijohtaja". Nyt kuvatekstissä lukee vanha titteli "myyntipäällikkö" ja nimi ilman pisteitä. Korjatkaa asiakasrekisteriin ja kuvatietoihin.

Arto Kärkkäinen
Myyntijohtaja | Yritys Oy
p. 040 111 2233

Tämä viesti saattaa sisältää luottamuksellista tietoa. Jos et ole oikea vastaanottaja, ilmoita lähettäjälle ja poista viesti.

> Hei Arto, mihin muotoon haluatte nimen ja tehtävänimikkeen korjattavan?""")

E("fi", "access+portability", False, "wants copy and machine-readable Art 20 transfer, spoken style",
  "Petteri Oksanen <petteri.oksanen@example.fi>", "kaikki mun tiedot",
  """Moro, haluun kopion kaikista musta olevista tiedoista. Ja lisäks ne tiedot mitkä oon ite antanu (tilit, osoitekirja, kuvat) koneluettavana et voin siirtää ne muualle. Kiitti.

Petteri""")

E("fi", "", False, "thanks after rectification done",
  "Leila Nyström <leila.nystrom@example.fi>", "Re: Tietonne on korjattu",
  """Kiitos, nyt näkyy oikein!
Leila

> Hei Leila, osoitteenne on korjattu asiakasrekisteriin ja laskutusjärjestelmään.""")

E("fi", "erasure", False, "daycare director forwards parent's request to remove child's photo from Facebook",
  "Päiväkotien johtaja Marja Lahti <marja.lahti@kunta.example.fi>", "VL: Facebook-kuva",
  """Hei,

huoltaja pyysi välittämään tämän. Kuva on teidän Facebook-sivullanne kuvauspäivän mainoksessa.

Marja Lahti
varhaiskasvatusjohtaja

Tämä sähköposti voi sisältää salassa pidettävää tietoa. Jos olet saanut viestin erehdyksessä, ilmoita siitä lähettäjälle.

-----Alkuperäinen viesti-----
Lähettäjä: Niina Kauppinen
Aihe: Facebook-kuva
Lapseni Lumi on kuvassa kuvaamon Facebook-päivityksessä. Perun kaikki luvat, poistakaa kuva.""")

E("sv", "access", False, "Swedish reminder, short",
  "Sebastian Hellman <sebastian.hellman@example.fi>", "Påminnelse",
  """Hej, jag väntar fortfarande på svar på min begäran om att få se mina personuppgifter (skickad 1.11). /Sebastian Hellman""")

E("sv", "erasure+marketing_opt_out", False, "forward from spouse, Swedish",
  "Patrik Söderlund <patrik.soderlund@example.fi>", "VB: Zoomi",
  """Hej, min fru bad mig skicka detta, hennes mejl nedan.

Patrik

---------- Vidarebefordrat meddelande ----------
Från: Annika Söderlund <annika.soderlund@example.fi>
Ämne: Zoomi
Kan du mejla fotografen att jag inte vill ha deras reklam längre och att de ska radera mina uppgifter? Min adress är annika.soderlund@example.fi.""")

E("sv", "", True, "survey in Swedish",
  "Zoomi Kuvakaupat <enkat@example.fi>", "Hur var ditt besök?",
  """Hej!

Tack för ditt besök i vår studio. Svara på tre korta frågor: https://enkat.example.fi/z/441

Detta meddelande går inte att besvara.""")

E("sv", "", False, "thanks after receiving register extract; no ask",
  "Rebecka Ingves <rebecka.ingves@example.fi>", "Sv: Ditt registerutdrag",
  """Tack så mycket, nu har jag fått allt.
Rebecka""")

E("sv", "complaint", False, "says he has filed complaint with dataombudsmannen about photo published; no ask",
  "Joakim Strandberg <joakim.strandberg@example.fi>", "Anmälan",
  """Hej,

Jag vill meddela att jag har anmält er till dataombudsmannen för att ni publicerade ett foto av mig på er webbplats utan samtycke. Bilden är borttagen nu, men jag anser att ni brutit mot GDPR.

Joakim Strandberg""")

E("sv", "rectification", False, "club forwards member's correction of jersey number and name spelling on team photo",
  "IF Sundom Juniorer <kansli@ifsundom.example.fi>", "VB: Lagfoto namnlista",
  """Hej,

vidarebefordrar rättelsen nedan. Vi skickade fel stavning i namnlistan.

Kansliet

---------- Vidarebefordrat meddelande ----------
Från: Malin Rosengård
Min son heter Alexander Rosengård, inte Aleksander Rosengard. Kan fotografen rätta det i sitt system innan bilderna trycks?""")

E("sv", "", False, "question about privacy notice content, no request",
  "Jonna Björklund <jonna.bjorklund@example.fi>", "Fråga om dataskyddsbeskrivningen",
  """Hej,

Jag läser er dataskyddsbeskrivning inför skolfotograferingen. Finns den på svenska också? Vi är en svenskspråkig skola och föräldrarna frågar.

Jonna Björklund
rektor, Sundom skola""")

E("sv", "portability+erasure", False, "move data to another service then delete",
  "Viktor Ekholm <viktor.ekholm@example.fi>", "Flytta och radera",
  """Hej,

Skicka mig alla uppgifter och bilder jag själv laddat upp i ett maskinläsbart format så att jag kan flytta dem till en annan tjänst. När det är klart ska kontot raderas.

Viktor Ekholm""")

E("sv", "objection", False, "standing 'don't use' for staff photo in marketing; no removal",
  "Lena Granlund <lena.granlund@example.fi>", "Sv: Referensbilder",
  """Hej,

Tack för informationen. Jag vill inte att bilderna från vår personalfotografering med mig används i er marknadsföring framöver. Ni behöver inte radera dem, men de ska inte användas så.

Lena Granlund

> Hej Lena, vi använder ibland bilder från personalfotograferingar som referenser på vår webbplats.""")

E("sv", "", False, "reply to booking question with time preference; not DSR",
  "Fanny Westman <fanny.westman@example.fi>", "Sv: Tid för familjefoto",
  """Hej, lördag 19.12 kl 11 passar oss bäst. Vi är fyra personer + en hund.

Fanny""")

E("en", "erasure", False, "reply inside open erasure request asking which ID is needed",
  "Marta Novak <marta.novak@example.com>", "Re: Your erasure request",
  """Hi,

Which ID do you need from me? I can send a photo of my driving licence with the number covered, is that OK? I just want the account gone.

Marta

> Dear Marta, we have received your request to delete your data and will respond within one month.""")

E("en", "restriction", False, "asks to keep data, no deletion, for insurance claim",
  "Patrick Walsh <patrick.walsh@example.com>", "Please don't delete my order records",
  """Hello,

I understand I asked earlier for my account to be closed, but I now need the order and payment records for an insurance claim about a damaged delivery. Please do not delete them and only keep them for that purpose until I tell you the claim is settled.

Patrick Walsh""")

E("en", "", True, "list-server notice: mailing list subscription confirmation",
  "Photo Club Vaasa list <list-bounces@club.example.com>", "Confirm your subscription to vaasa-photo",
  """Mailing list subscription confirmation notice for mailing list vaasa-photo.

We have received a request for subscription of your email address to the vaasa-photo mailing list. To confirm, reply to this message keeping the Subject header intact.

If you do not wish to subscribe, please simply disregard this message.""",
  hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

E("en", "access+complaint", False, "reply to company refusal of access as excessive; says will complain",
  "Oscar Lindgren <oscar.lindgren@example.com>", "Re: Your access request",
  """Dear Zoomi,

A request made once a year is not excessive. Please provide my data as requested. If you maintain your refusal I will take this to the Data Protection Ombudsman.

Oscar Lindgren

> Dear Oscar, we consider your request manifestly excessive as you received a copy of your data in January 2026. You have the right to lodge a complaint with the supervisory authority.""")

E("en", "objection", False, "objects to data from employer staff shoot used to send him private offers",
  "Tobias Meyer <tobias.meyer@example.com>", "Use of my data",
  """Hello,

You photographed our staff last spring and I have since been receiving private offers from you at my personal address. I object to you processing my data for anything beyond the staff photo contract with my employer.

Tobias Meyer""")

E("en", "", False, "near-miss: reprint / copy of photos request",
  "Hazel Moore <hazel.moore@example.com>", "Copy of my photos",
  """Hi, could I get a copy of my photos from the session on 14 November? The digital files please, I'm happy to pay. Order 50221.
Hazel""")

E("en", "erasure", False, "take down Instagram photo, consent never given",
  "Liam Byrne <liam.byrne@example.com>", "Photo on your Instagram",
  """Hi,

There's a photo of me from a wedding you shot on your Instagram. I never agreed to that. Please take it down.

Liam""")
