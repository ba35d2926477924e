from parts.common import E

E("fi", "erasure", False, "school secretary forwards a parent's erasure request and asks us to handle it",
  "Tarja Söderberg <tarja.soderberg@example.fi>",
  "VS: Lapsen kuvat pois",
  """Hei,

Yksi huoltaja lähetti alla olevan viestin koululle. Koska kuvat ovat teidän
järjestelmässä, voisitteko hoitaa asian suoraan hänen kanssaan? Laitoin hänet
kopioksi.

Terveisin
Tarja Söderberg
koulusihteeri, Merenrannan koulu

-----Alkuperäinen viesti-----
Lähettäjä: Pia Mustonen
Lähetetty: 9. marraskuuta 2026 19.02
Vastaanottaja: Merenrannan koulun kanslia
Aihe: Lapsen kuvat pois

Hei, haluan että Eino Mustosen (4A) koulukuvat poistetaan kuvaajan palvelimelta
eikä niitä säilytetä. Emme tilaa kuvia. Välitättekö tämän kuvaajalle?
Pia Mustonen""")

E("fi", "", False, "reply to our order-number question without restating the request (disputed)",
  "Kalle Heikkinen <kalle.heikkinen@example.fi>",
  "Re: Pyyntönne",
  """K-198233

> Hei Kalle,
> kiitos viestistäsi. Tarvitsemme vielä tilausnumeron, jotta löydämme oikeat
> tiedot. Ystävällisin terveisin, Zoomi Kuvakaupat / tietosuoja""")

E("fi", "access+marketing_opt_out", False, "long formal template: tarkastuspyyntö and suoramarkkinointikielto",
  "Raija Tuominen <raija.tuominen@example.fi>",
  "Tarkastuspyyntö ja suoramarkkinointikielto",
  """Zoomi Kuvakaupat Oy
Asiakasrekisteri
Vasaratie 2 A
65350 Vaasa

TARKASTUSPYYNTÖ (EU:n yleinen tietosuoja-asetus, 15 artikla)

Pyydän saada tietää, mitä minua koskevia tietoja asiakasrekisterissänne on. Pyydän
lisäksi tiedot seuraavista:
  - mihin tarkoituksiin tietojani käsitellään
  - mistä lähteistä tiedot on saatu
  - kenelle tietoja on luovutettu (Slotti, laskutus, perintä, Google ym.)
  - kuinka kauan tietoja säilytetään.

SUOROMARKKINOINTIKIELTO (21 artikla 2 ja 3 kohta)

Kiellän käyttämästä tietojani suoramarkkinointiin kaikissa kanavissa (posti,
sähköposti, tekstiviesti, puhelin) sekä markkinointiin liittyvään profilointiin.

Vastaus pyydetään kirjallisesti osoitteeseen:

Raija Tuominen
Koulukatu 44 B 11
65100 Vaasa

Päiväys ja allekirjoitus
Vaasa 27.10.2026   Raija Tuominen""")

E("fi", "", True, "municipal registry auto-acknowledgement, no header",
  "Vaasan kaupungin kirjaamo <kirjaamo@example.fi>",
  "Vastaanottokuittaus: Koulukuvauksen sopimusluonnos 2027",
  """Viestinne on vastaanotettu Vaasan kaupungin kirjaamossa ja se käsitellään
mahdollisimman pian.

Vastaanotettu: 12.11.2026 klo 10.44
Diaarinumero annetaan käsittelyn yhteydessä.

Tähän viestiin ei voi vastata. Tietoa asiakirjojen julkisuudesta ja henkilötietojen
käsittelystä: www.example.fi/kaupunki/tietosuoja

Vaasan kaupunki | Vasa stad""")

E("fi", "", False, "asks to pick up photos from the shop instead of mail",
  "Marko Laine <marko.laine@example.fi>",
  "Nouto liikkeestä?",
  """Moi, voinko hakea tilauksen K-205400 itse liikkeestä, kun asun ihan lähellä? Posti
on tosi hidas nyt. Jos käy, niin milloin ovat valmiita?
Marko""")

E("fi", "erasure+complaint", False, "has filed DPA complaint; demands erasure now",
  "Tiina Kauppinen <tiina.kauppinen@example.fi>",
  "Poistakaa vihdoin tietoni",
  """Hei,

Olen pyytänyt tietojeni poistamista kaksi kertaa (toukokuussa ja syyskuussa), eikä
mitään ole tapahtunut: sain juuri taas teidän tarjousviestin. Tein eilen kantelun
tietosuojavaltuutetulle.

Poistakaa kaikki minua koskevat tiedot nyt, ja ilmoittakaa kirjallisesti kun se on
tehty.

Tiina Kauppinen""")

E("fi", "", False, "dialect: child was ill on photo day, retake?",
  "Seppo Rintala <seppo.rintala@example.fi>",
  "kuvauspäivä",
  """Terve. Ku meiän poika oli kipiänä sinä kuvauspäivänä Laihian keskuskoululla, niin
saako sen kuvan otettua joskus myähemmin? Äiti ois kovasti halunnu kuvan mummolle
joululahjaksi.
Seppo Rintala""")

E("fi", "rectification", False, "short: change surname",
  "Jenni Forsman <jenni.forsman@example.fi>",
  "sukunimi",
  """Moi! Vaihtakaa mun sukunimi Forsmaniksi (ent. Nieminen), menin naimisiin. Sama
sähköposti. Kiitti! -Jenni""")

E("fi", "", False, "employee of client asks for a copy of own staff photo for LinkedIn (product; disputed)",
  "Antti Heinänen <antti.heinanen@example.fi>",
  "Oma henkilökuvani LinkedIniin",
  """Hei,

Kuvasitte meidän toimiston henkilökunnan syyskuussa (Pohjanmaan Energia). Saisinko
kopion omasta kuvastani isompana tiedostona, että voin käyttää sitä LinkedInissä?
Työnantaja sanoi että kysy suoraan kuvaajalta. Maksan tarvittaessa.

Antti Heinänen""")

E("fi", "portability", False, "wants to download all own data in machine-readable form",
  "Ville Kinnunen <ville.kinnunen@example.fi>",
  "Tietojen lataus koneluettavassa muodossa",
  """Hei,

Haluan ladata kaikki tietoni teidän verkkopalvelusta koneluettavassa muodossa
(osoitteet, tilaukset, tallennetut kuvat ja albumit), niin että voin siirtää ne
omaan kuva-arkistooni. Onko teillä tähän jokin vientitoiminto, vai voitteko lähettää
tiedot?

Ville Kinnunen""")

E("fi", "marketing_opt_out", False, "cancel newsletter subscription ('tilaus' resolved by uutiskirje)",
  "Kaisa Vainio <kaisa.vainio@example.fi>",
  "Uutiskirjeen peruutus",
  """Peruutan uutiskirjeen tilauksen. Kiitos.
Kaisa Vainio""")

E("fi", "", False, "choose another shot for order ('poistakaa kuva' = photo selection)",
  "Laura Hautala <laura.hautala@example.fi>",
  "Kuvan vaihto tilaukseen",
  """Hei! Tilauksessa K-205233 on kuva jossa tyttö räpäyttää silmiä. Poistakaa se
kuva tilauksesta ja laittakaa tilalle se toinen otos (numero 3 galleriassa).
Kiitos!
Laura""")

E("sv", "erasure", False, "short: vill bli bortglömd",
  "Oskar Lindroth <oskar.lindroth@example.fi>",
  "GDPR",
  """Hej, jag vill bli bortglömd hos er. Ta bort allt ni har om mig.
Oskar Lindroth""")

E("sv", "", False, "public records request (allmän handling) sent to the company by mistake",
  "Mats Enlund <mats.enlund@example.fi>",
  "Begäran om allmän handling",
  """Hej,

Jag är journalist på Vasabladet och begär med stöd av offentlighetslagen att få ta
del av Vasa stads upphandlingsbeslut och avtal gällande skolfotografering
2025–2027.

Om ni inte är rätt instans ber jag er hänvisa mig vidare.

Mats Enlund
Vasabladet""")

E("sv", "access+marketing_opt_out+complaint", False, "where did you get my address, stop ads, says GDPR breach",
  "Ingrid Björkqvist <ingrid.bjorkqvist@example.fi>",
  "Reklam som jag aldrig bett om",
  """Hej,

Jag har fått er julkatalog hemskickad med mitt namn på, fast jag aldrig har varit
kund hos er. Varifrån har ni fått min adress och vilka andra uppgifter har ni om mig?

Sluta skicka reklam till mig, både på papper och per e-post.

Att skicka direktreklam till folk som aldrig gett sitt samtycke är ett brott mot
GDPR.

Ingrid Björkqvist
Malax""")

E("sv", "", False, "daycare staff ask whether staff photo is included in contract",
  "Anna-Lena Back <annalena.back@example.fi>",
  "Personalfoto ingår i avtalet?",
  """Hej,

Vi i personalen på Daghemmet Havsörnen undrar om personalfotot ingår i avtalet som
kommunen har med er, eller om vi ska betala själva. Förra året fick vi en faktura
var, och det var lite oklart. Fotodagen är 1.12.

Mvh Anna-Lena Back""")

E("sv", "marketing_opt_out", False, "short with misspelling 'avregistera'",
  "Mikaela Ström <mikaela.strom@example.fi>",
  "avregistera",
  """avregistera mig från era utskick tack
/Mikaela""")

E("sv", "", False, "mixed sv/fi: opening hours and passport photos",
  "Sebastian Hellström <sebastian.hellstrom@example.fi>",
  "Öppettider / aukioloajat",
  """Hej! Har ni öppet på lördag? Jag behöver passfoto till min son.
Hei! Onko teillä auki lauantaina? Tarvitsen pojalle passikuvan.

Sebastian""")

E("sv", "objection", False, "does not want data passed to debt collector",
  "Kenneth Backman <kenneth.backman@example.fi>",
  "Inkasso",
  """Hej,

Jag har ett pågående ärende med er kundtjänst om en felaktig faktura (1120988). Jag
vill inte att mina uppgifter lämnas till inkasso för den fakturan. Jag motsätter mig
det eftersom fakturan är omtvistad och jag har redan betalat den rätta delen.

Kenneth Backman""")

E("sv", "", False, "thanks for the answer",
  "Agneta Ek <agneta.ek@example.fi>",
  "Sv: Din fråga om dataskyddsbeskrivningen",
  """Tack för svaret, då vet jag. Ha en trevlig helg!
Agneta

> Hej Agneta,
> Betalkortsuppgifterna hanteras av vår betalningsförmedlare och vi ser inte
> kortnumret. Med vänlig hälsning, Zoomi Kuvakaupat""")

E("sv", "access", False, "guardian asks for child data; mentions IMY only as information (not a complaint)",
  "Linnea Rönnqvist <linnea.ronnqvist@example.se>",
  "Uppgifter om mitt barn",
  """Hej,

Vi flyttade till Sverige i somras. Jag vill veta vilka uppgifter och bilder ni har
kvar om min dotter Tilda Rönnqvist (tidigare Daghemmet Lärkan i Vasa). Skicka gärna
en kopia.

Jag vet att jag kan vända mig till IMY om det blir problem, men jag vill hellre lösa
det direkt med er.

Linnea Rönnqvist""")

E("en", "access+objection", False, "guardian: what data on children, objects to use for business development/software",
  "Catherine Moss <catherine.moss@example.com>",
  "My children's photos and your 'business development'",
  """Dear Zoomi,

Your privacy notice lists "business development" as one of the purposes for which you
process customer data. I would like to know exactly what data you hold about my two
children, Oscar (10) and Lily (7) Moss, both photographed at Vaasa International
School, and what "business development" has meant for their data and photos.

I object to my children's photos and data being used for business development, for
testing or training any software, or for anything other than producing the photos we
order. I am their mother and joint guardian with their father, who agrees.

Kind regards,
Catherine Moss""")

E("en", "", False, "email marketing platform vendor pitch",
  "Ryan Cole <ryan.cole@example.com>",
  "Your newsletters land in spam (quick fix)",
  """Hi,

I signed up for your newsletter last week to see how you do email, and it went
straight into my spam folder. Your unsubscribe link also opens a page without HTTPS.

We run a Nordic email platform with built-in consent records, one-click unsubscribe
and automatic suppression lists. Happy to run a free deliverability audit for you.

Cheers,
Ryan Cole
MailNorth""")

E("en", "complaint+marketing_opt_out", False, "still getting marketing after unsubscribing; calls it GDPR violation",
  "Simon Clarke <simon.clarke@example.com>",
  "Still receiving your emails",
  """I unsubscribed from your mailing list in September using your own link. Today I
got yet another "Christmas portraits" email. This is a GDPR violation.

Stop emailing me. Now.

Simon Clarke""")

E("en", "", False, "parent asks whether other parents can see child's photo",
  "Aisha Rahman <aisha.rahman@example.com>",
  "Who can see the class photo gallery?",
  """Hello,

We got the order link for our son's class photos. Can other parents see his
individual portraits through their link, or only the group photo? Just wondering
before I share the link with grandparents.

Thanks,
Aisha""")

E("en", "rectification", False, "moved, update address",
  "Paul Turner <paul.turner@example.com>",
  "New address",
  """Hi,
I've moved, please update my address in your records:
Paul Turner, Hietasaarenkatu 12 A 3, 65100 Vaasa.
Thanks, Paul""")

E("en", "", False, "asks what Slotti is and why they e-mailed",
  "Laura Svensson <laura.svensson@example.com>",
  "Who is Slotti?",
  """Hi, I got an email from "Slotti" confirming a booking at your studio. Is that
your booking system or some other company? Just checking it's legit before I click
anything. Laura""")

E("en", "erasure", False, "one line: forget me",
  "Noah Williams <noah.williams@example.com>",
  "forget me",
  """Please delete everything you have on me. Forget me. Thanks.""")

E("en", "", False, "asks whether 14-year-old can order her own photos",
  "Helen Price <helen.price@example.com>",
  "Can my daughter order herself?",
  """Hi, my daughter is 14 and wants to order her own school photos with her pocket
money using her own email. Is that allowed or does it have to be a parent's
account? Helen""")

E("en", "access", False, "elderly expat: what information do you have on me",
  "Margaret Ellison <margaret.ellison@example.com>",
  "A letter from you",
  """Dear Sir or Madam,

I received a letter from your company offering "memory portraits for seniors", with
my name and my late husband's name on it. I have never been to your shop, as far as I
can remember. Could you please tell me what information you have about me and how
you came to have it?

Yours sincerely,
Margaret Ellison
Vaasa""")
