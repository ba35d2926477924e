from parts.common import E

E("fi", "access+restriction", False, "parent in custody dispute: copy of child's order data, do not delete",
  "Toni Hyvönen <toni.hyvonen@example.fi>",
  "Lapsen tilaustiedot – älkää poistako",
  """Hei,

Olen Lumi Hyvösen (s. 2017) isä ja toinen huoltaja. Olemme lapsen äidin kanssa
riidassa mm. siitä, kuka on hoitanut lapsen asioita, ja koulukuvat ovat yksi
esimerkki.

1) Pyydän kopion niistä tiedoista, joita teillä on Lumista ja hänen koulu- ja
päiväkotikuvatilauksistaan vuosilta 2021–2026: kuka tilaukset on tehnyt, mihin
osoitteeseen ne on toimitettu ja kuka ne on maksanut.

2) Älkää poistako näitä tietoja, vaikka joku muu sitä pyytäisi, ennen kuin
käräjäoikeuden asia on ratkaistu (istunto on tammikuussa). Tarvitsen ne
todisteeksi.

Toni Hyvönen
040 337 1288""")

E("fi", "", True, "booking cancellation confirmation, no header",
  "Slotti-ajanvaraus <varaukset@example.fi>",
  "Varauksesi on peruttu",
  """Hei Sari Pulkkinen,

Varauksesi on peruttu:

  Palvelu:  Perhekuvaus studiossa (45 min)
  Aika:     torstai 22.10.2026 klo 15.30

Voit varata uuden ajan osoitteessa www.example.fi/varaus.

Ystävällisin terveisin
Zoomi Kuvakaupat
Viesti on lähetetty automaattisesti.""")

E("fi", "", False, "parish asks about confirmation-class photo delivery",
  "Vaasan seurakuntayhtymä / Leena Kangas <leena.kangas@example.fi>",
  "Rippikoulukuvat – toimitus",
  """Hei,

Kesän rippikoululaisten ryhmäkuvat piti toimittaa seurakuntaan lokakuun loppuun
mennessä, mutta niitä ei ole vielä tullut. Konfirmaatiot ovat 29.11., ja kuvat
jaetaan silloin. Ehditteekö?

Samalla kysyisin: saako seurakunta käyttää ryhmäkuvia seurakuntalehdessä, vai onko
se teidän sopimuksen mukaan kielletty?

Leena Kangas
nuorisotyönohjaaja""")

E("fi", "portability", False, "colloquial: all my data and photos as a file to move elsewhere",
  "Milla Aro <milla.aro@example.fi>",
  "tiedostona?",
  """moi! saisinko kaikki mun tiedot ja kuvat teidän palvelusta semmosena tiedostona jonka
voi siirtää toiseen palveluun? json tai csv käy, kuvat zipissä. vaihdan toiseen
kuvapalveluun kun teillä ei oo sovellusta :)
milla""")

E("fi", "erasure+marketing_opt_out", False, "remove me from customer register and no more post",
  "Ritva Honkala <ritva.honkala@example.fi>",
  "Asiakasrekisteristä poisto",
  """Hei

Lapseni ovat jo aikuisia eikä meillä ole enää koulukuvia tilattavana. Poistakaa
minut asiakasrekisteristänne ja lopettakaa myös kuvastojen ja tarjousten
lähettäminen postitse ja sähköpostitse.

Ystävällisesti
Ritva Honkala""")

E("fi", "", False, "wants to re-subscribe to newsletter",
  "Sanni Leppänen <sanni.leppanen@example.fi>",
  "uutiskirje takaisin",
  """Heippa, peruin jossain vaiheessa teidän uutiskirjeen mutta nyt haluaisin sen
takaisin kun tulee ne joulukorttitarjoukset. Miten tilaan sen uudestaan? Linkki
sivuilla ei toimi.
Sanni""")

E("fi", "objection", False, "guardian refuses use of child's photo in brochure (no removal asked)",
  "Aki Pelkonen <aki.pelkonen@example.fi>",
  "Tyttären kuva esitteessä",
  """Hei,

Päiväkodin kautta tuli teidän uusi esite, jonka kannessa on meidän tytär. Tiedän että
allekirjoitin joskus luvan "markkinointikäyttöön", mutta en ajatellut että se
tarkoittaa esitteen kantta.

Jo painetut esitteet saa jakaa loppuun, mutta kiellän käyttämästä tyttäremme kuvaa
missään uusissa esitteissä tai mainoksissa.

Aki Pelkonen""")

E("fi", "erasure", False, "reply to our ID/order-number question that restates the erasure wish",
  "Susanna Leino <susanna.leino@example.fi>",
  "Re: Poistopyyntönne",
  """Hei, tilausnumero oli K-176650 (kevät 2025) ja tytön nimi on Venla Leino, Pukinmäen
koulu. Eli siis edelleen: poistakaa kaikki Venlan kuvat.

Susanna

> Hei Susanna,
> kiitos viestistäsi. Jotta voimme varmistaa, että kyse on oikeasta lapsesta,
> kerrotko vielä tilausnumeron tai kuvakoodin?
> Ystävällisin terveisin, Zoomi Kuvakaupat / tietosuoja""")

E("fi", "complaint", False, "says open gallery links break GDPR",
  "Jukka Anttila <jukka.anttila@example.fi>",
  "Avoimet galleriolinkit",
  """Hei,

Koulun Wilma-tiedotteessa jaettiin linkki, jolla pääsee katsomaan koko luokan lasten
kuvat nimineen ilman mitään kirjautumista. Linkki on nyt levinnyt ainakin yhteen
WhatsApp-ryhmään, jossa on muitakin kuin vanhempia.

Rikotte GDPR:ää tällä käytännöllä. Lasten kuvia ja nimiä ei voi jakaa näin. Asia
pitää korjata heti.

Jukka Anttila, huoltaja""")

E("fi", "", True, "law office out-of-office, no header",
  "Asianajotoimisto Salmela & Kyrö <lakimies@example.fi>",
  "Poissa: Re: Päämiehemme Ville Korhonen",
  """Kiitos viestistänne. Olen poissa toimistolta 16.–20.11.2026 ja palaan
maanantaina 23.11. Kiireellisissä asioissa voitte soittaa toimistoon, p. 06 317 2200.

Anu Salmela
asianajaja""")

E("fi", "", False, "consumer complaint about print quality (reklamaatio)",
  "Eeva Karjalainen <eeva.karjalainen@example.fi>",
  "Reklamaatio: kuvat haaleita",
  """Hei,

Tilatut suurennokset (K-204102) tulivat tänään ja ne ovat tosi haaleita, ihan eri
värisiä kuin näytöllä. Valitan laadusta ja pyydän uudet tulosteet tai rahat takaisin.
Liitteenä kuva.

Eeva Karjalainen""")

E("fi", "restriction", False, "identity theft; freeze processing until police investigates",
  "Heidi Laitinen <heidi.laitinen@example.fi>",
  "Joku on tilannut minun nimissäni",
  """Hei,

Sain teiltä maksumuistutuksen tilauksesta, jota en ole tehnyt. Joku on ilmeisesti
käyttänyt nimeäni ja osoitettani. Olen tehnyt rikosilmoituksen (poliisin
ilmoitusnumero 5040/R/28817/26).

Pyydän, että jäädytätte tietoni: älkää käsitelkö niitä, älkää lähettäkö laskuja ja
älkää luovuttako tietoja perintään ennen kuin poliisi on selvittänyt asian. Tiedot
saa säilyttää, koska poliisi saattaa tarvita niitä.

Heidi Laitinen""")

E("sv", "", True, "shop shipping notice in Swedish, no header",
  "Zoomi Webbshop <noreply@example.fi>",
  "Din beställning har skickats",
  """Hej Jonas Ek,

Din beställning K-204377 har skickats med Posti.

Spårningsnummer: JJFI65432100012345678
Leverans till: Paketautomat Citymarket Vasa

Har du frågor om din beställning? Logga in med dina uppgifter på
www.example.fi/sv/mina-sidor.

Tack för att du handlar hos Zoomi!
Detta meddelande skickas automatiskt.""")

E("sv", "access+rectification", False, "registerutdrag and correct errors found",
  "Lars Mattsson <lars.mattsson@example.fi>",
  "Registerutdrag + rättelse",
  """Hej,

Jag vill ha ett registerutdrag över alla uppgifter ni har om mig. Jag har märkt att
min adress och mitt telefonnummer är fel i era utskick (ni använder adressen i
Jakobstad, jag bor i Vasa sedan två år), så rätta dem också:

Adress: Strandgatan 7 C 14, 65100 Vasa
Tel: 050 612 0093

Om det finns andra fel i utdraget hör jag av mig.

Lars Mattsson""")

E("sv", "", False, "parent asks to remove glasses reflection (retouch)",
  "Hanna Sundqvist <hanna.sundqvist@example.fi>",
  "Ta bort reflex",
  """Hej! Kan ni ta bort reflexen i glasögonen på min sons porträtt innan ni trycker?
Det syns en stor vit fläck över ena ögat. Kostar det något extra?
/Hanna""")

E("sv", "objection+restriction", False, "art 21(1) objection to analytics/profiling with restriction pending",
  "Karl-Johan Berg <karljohan.berg@example.fi>",
  "Invändning enligt artikel 21.1 och begäran om begränsning",
  """Till Zoomi Kuvakaupat Oy

Jag invänder enligt artikel 21.1 i dataskyddsförordningen mot att ni behandlar mina
personuppgifter med stöd av berättigat intresse, särskilt för analys av mitt
köpbeteende och för att skicka mina kontaktuppgifter vidare till inkasso utan att
först kontakta mig.

Min särskilda situation: jag är närståendevårdare och hanterar min mors
fakturor, vilket gör att betalningar ibland försenas med några dagar.

I väntan på att ni prövar om era berättigade skäl väger tyngre än mina intressen
begär jag att behandlingen begränsas enligt artikel 18.1 d.

Karl-Johan Berg
Vasa""")

E("sv", "", False, "Folkhälsan local branch proposes partnership",
  "Folkhälsan i Vasa / Petra Wik <petra.wik@example.fi>",
  "Samarbete – familjedag 2027",
  """Hej!

Folkhälsan i Vasa ordnar en familjedag i mars 2027 och vi funderar på att erbjuda
familjerna en gratis minifotografering. Skulle ni vara intresserade av ett
samarbete? Ni kunde sälja bilderna efteråt till de familjer som vill.

Vi behöver förstås veta hur ni tänker hantera familjernas kontaktuppgifter, så att vi
kan informera deltagarna rätt.

Hälsningar
Petra Wik
verksamhetsledare""")

E("sv", "marketing_opt_out", False, "dialect: no more e-mails",
  "Rolf Sundell <rolf.sundell@example.fi>",
  "mejl",
  """Hej. Int vill ja ha fler mejl av er om jular å kalendrar å allt möjlit. Sluta
skick. Bilderna vi beställt e bra men he räck nu.
Rolf""")

E("sv", "portability", False, "formal but short: dataportabilitet",
  "Catharina Lindblom <catharina.lindblom@example.se>",
  "Begäran om dataportabilitet",
  """Hej,

Jag begär med stöd av artikel 20 GDPR att få ut de personuppgifter jag har lämnat
till er (kontouppgifter, uppladdade bilder, beställningar) i ett strukturerat och
maskinläsbart format. Om det är tekniskt möjligt vill jag att ni överför dem direkt
till Fotobokhuset AB, se kontaktuppgifter nedan.

Fotobokhuset AB, dataskydd: privacy@example.se

Catharina Lindblom""")

E("sv", "", False, "unknown invoice question",
  "Stefan Häggblom <stefan.haggblom@example.fi>",
  "Faktura jag inte känner igen",
  """Hej, jag har fått en faktura från er på 42 euro (nr 1121544) men jag kommer inte
ihåg vad den gäller. Kan ni berätta vad som beställts? Kanske min fru har beställt
skolfoton, men hon säger nej.
Stefan""")

E("sv", "erasure", False, "take down child's photo from Instagram; consent revoked as ground",
  "Josefin Lassila <josefin.lassila@example.fi>",
  "Bilden på min dotter på Instagram",
  """Hej,

Ni har lagt upp en bild på min dotter Saga från dagisfotograferingen på ert
Instagramkonto (inlägget från 3.11 med "höstens färger"). Jag återkallar mitt
samtycke till att bilden publiceras. Ta ner bilden, både inlägget och eventuella
stories.

Josefin Lassila""")

E("en", "", True, "English out-of-office from a law firm, no header",
  "Oliver Hartley <o.hartley@example.com>",
  "Automatic reply: Data Subject Access and Portability Request – our client Ms. Aino Laurila",
  """Thank you for your email. I am out of the office until Monday 23 November with
limited access to email. For urgent matters please contact my colleague Liisa Nyman
at l.nyman@example.com or call +358 9 612 2040.

Kind regards,
Oliver Hartley""")

E("en", "complaint+access", False, "has filed DPA complaint and repeats access request",
  "Samuel Ortiz <samuel.ortiz@example.com>",
  "Complaint filed – and I still want my data",
  """To whom it may concern,

You have ignored my subject access request of 2 September 2026 for more than two
months. I have therefore today lodged a complaint with the Office of the Data
Protection Ombudsman (their reference is pending).

In the meantime I repeat my request: send me a copy of all personal data you hold
about me, including the photos from the staff shoot at Vaasa Energy Institute and
the list of everyone you have shared them with.

Samuel Ortiz""")

E("en", "", False, "wedding photographer proposes subcontracting",
  "Ella Varga <ella.varga@example.com>",
  "Subcontracting for school photo season?",
  """Hi!

I'm a freelance photographer based in Seinäjoki with my own studio lights and
backgrounds. I noticed you're photographing lots of schools in the region this
autumn. If you need an extra photographer for the spring season, I'd be happy to
help. I'm used to working with children and can follow your workflow and data
handling rules.

Portfolio: https://example.com/ellavarga

Best,
Ella""")

E("en", "portability", False, "data export as zip with CSV to move service",
  "Hannah Kim <hannah.kim@example.com>",
  "data export please",
  """Hi,

I'm moving all my family albums to another photo service. Can you export my data –
albums, uploaded photos and order history – as a zip with the photos and a CSV or
JSON file? I'd like to import it into the new service.

Thanks a lot,
Hannah""")

E("en", "", False, "asks to remove watermark (product issue)",
  "Omar Haddad <omar.haddad@example.com>",
  "watermark still on photos",
  """Hello, I paid for the digital download of my daughter's photos (order K-205050)
but the files still have the ZOOMI watermark across them. Can you remove it or send
the clean files? Thanks, Omar""")

E("en", "erasure+objection", False, "ex-employee of client: take staff photo down and stop using it (disputed: client publishes)",
  "Julia Becker <julia.becker@example.com>",
  "My staff photo – please remove",
  """Hello,

I left Nordvik Logistics in August but my staff portrait, which you took in 2025, is
still on their website and in your online gallery of "corporate portraits" as an
example of your work.

Please take the picture down from your gallery and delete it from your systems. I do
not want it used by you or passed on any more. I have also asked Nordvik to remove it
from their page.

Julia Becker""")

E("en", "", False, "asks what 'legitimate interest' and right to object mean",
  "Patrick O'Neill <patrick.oneill@example.com>",
  "Question about your privacy notice",
  """Hello,

Your privacy notice says you use legitimate interest for some marketing and that I
have a right to object. What does legitimate interest actually mean in your case,
and what would happen if someone objected? I'm not objecting to anything, I'm a
law student and find these notices interesting.

Best,
Patrick""")

E("en", "restriction", False, "contests consent record; restrict processing meanwhile",
  "Fiona Walsh <fiona.walsh@example.com>",
  "I never gave that consent",
  """Hello,

Your reply to my earlier question says my account shows that I "consented to the use
of my photo in marketing" in June 2024. I contest that this is accurate: I never
ticked such a box.

Until you have checked this and shown me the record, please restrict the processing
of my data – don't use my photo or my details for anything beyond my existing order.

Fiona Walsh""")

E("en", "", False, "forwards suspicious mail asking if it is phishing",
  "Ian Campbell <ian.campbell@example.com>",
  "Fwd: Verify your details to avoid account deletion",
  """Is this from you? Looks like phishing to me. Just letting you know.
Ian

---------- Forwarded message ---------
From: Zoomi Support <support@example.test>
Subject: Verify your details to avoid account deletion

Dear customer, your account will be deleted in 24 hours unless you verify your
personal details and payment card here: http://example.test/zoomi-verify""")
