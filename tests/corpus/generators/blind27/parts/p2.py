from parts.common import E

E("fi", "erasure", False, "reply to our acknowledgement: gives order number and restates deletion",
  "Satu Lampinen <satu.lampinen@example.fi>", "Re: Pyyntönne on vastaanotettu (ZK-2026-0412)",
  """Tilausnumero on 44821. Ja siis haluan edelleen että ihan kaikki poistetaan, myös ne lasten kuvat.

Satu

> Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi> kirjoitti:
>
> Hei,
> olemme vastaanottaneet poistopyyntönne. Jotta voimme varmistaa henkilöllisyytenne,
> pyydämme ilmoittamaan jonkin aiemman tilausnumeron tai kuvakoodin.
> Vastaamme viimeistään 6.11.2026.
>
> Ystävällisin terveisin
> Zoomi Kuvakaupat Oy""")

E("fi", "", False, "reply to our ID question with only a photo code, no restated request (disputed)",
  "Timo Hakala <timo.hakala@example.fi>", "Re: Tarkastuspyyntönne",
  """Tässä se kuvakoodi: K7-2231-88

Lähetetty Outlook Androidille

> Hei Timo,
> kiitos tarkastuspyynnöstänne. Voisitteko vielä lähettää kuvakoodin tai tilausnumeron,
> jotta voimme yhdistää pyynnön oikeisiin tietoihin?
> t. Zoomi Kuvakaupat""")

E("fi", "", False, "thanks after our reply about deleted photos",
  "Maija Kettunen <maija.kettunen@example.fi>", "Re: Lastenne kuvat on poistettu",
  """Ok kiitos!

> Hei Maija,
> Veeti ja Lotta Kettusen kuvat on nyt poistettu järjestelmistämme.""")

E("fi", "marketing_opt_out", False, "reply to marketing: 'poistakaa mut tästä'",
  "Jani Mäkinen <jani.makinen@example.fi>", "Re: Kevään ylioppilaskuvaukset – varaa aikasi",
  """poistakaa mut tästä

> Hei Jani!
> Ylioppilaskuvausajat keväälle 2027 on nyt avattu. Varaa aika ajoissa.
> Peruuta uutiskirje""")

E("fi", "", True, "machine: webshop 'your account has been deleted' notice, no auto header",
  "Zoomi Verkkokauppa <noreply@example.fi>", "Tilisi on poistettu",
  """Hei,

Zoomi Verkkokaupan käyttäjätilisi (sanna.k@example.fi) on poistettu pyynnöstäsi 2.11.2026.

Tilausten laskutustiedot säilytetään kirjanpitolain edellyttämän ajan. Muut tiedot, kuten tallennetut osoitteet ja kuvagalleriat, on poistettu.

Jos et pyytänyt tilin poistamista, ota yhteyttä asiakaspalveluun: asiakaspalvelu@example.fi

Tämä on automaattinen viesti. Älä vastaa tähän viestiin.

Zoomi Kuvakaupat Oy""")

E("fi", "", True, "machine: newsletter tool confirms unsubscription, no auto header",
  "Zoomi uutiskirje <uutiset@example.fi>", "Uutiskirjeen tilaus peruttu",
  """Hei!

Osoite kirsi.hagman@example.fi on poistettu Zoomi Kuvakauppojen uutiskirjeen postituslistalta. Et saa meiltä enää uutiskirjeitä.

Peruitko vahingossa? Voit tilata uutiskirjeen uudelleen täältä: https://example.fi/uutiskirje

Zoomi Kuvakaupat Oy | Vasaratie 2 A, 65350 Vaasa""")

E("fi", "rectification+marketing_opt_out", False, "change email address and no more SMS ads",
  "Kimmo Aaltonen <kimmo.aaltonen@example.fi>", "sähköposti vaihtunut",
  """Hei, vaihtakaa mun sähköpostiosoite tähän uuteen (kimmo.aaltonen@example.fi), vanha oli kimmo.aaltonen@example.test joka lopetetaan. Ja samalla: en halua niitä tekstiviestimainoksia enää, pelkät tilaukseen liittyvät viestit riittää.

Kimmo""")

E("fi", "erasure", False, "story: rude photographer, bad photos, wants child's photos gone and money back",
  "Katja Hiltunen <katja.hiltunen@example.fi>", "Päiväkodin kuvaus",
  """Hei.

Olen tosi pettynyt. Meidän Aaro (4 v) kuvattiin päiväkoti Tuulikellossa viime viikolla ja hän tuli kotiin itkien, koska kuvaaja oli kuulemma huutanut että "istu nyt paikallas". Kuvissa hän näyttää kauhistuneelta, eikä niitä voi antaa kenellekään.

Maksoin jo ennakkoon paketin 39 €. Haluan rahat takaisin. Ja en halua että mun lapsen kuvia on teillä enää yhtään missään, poistakaa ne kaikki.

Katja Hiltunen""")

E("fi", "access", False, "teenager asks what photos and data you have on me",
  "Nea Laitinen <nea.laitinen@example.fi>", "kysymys",
  """moi oon 16 ja haluisin tietää mitä kuvia ja tietoja teil on musta, teiltä on otettu koulukuvat joka vuosi ala-asteelta asti. voiko ne saada nähtäväks?

-nea""")

E("fi", "erasure", False, "follow-up: asked in September to delete daughter's photos, no reply",
  "Pia Grönroos <pia.gronroos@example.fi>", "Fwd: Tyttären kuvien poisto",
  """Hei uudestaan,

pyysin syyskuussa (alla) että tyttäreni kuvat poistetaan. En ole saanut vastausta. Onko ne poistettu vai ei?

Pia

---------- Välitetty viesti ----------
Lähettäjä: Pia Grönroos <pia.gronroos@example.fi>
Päivämäärä: 14.9.2026
Aihe: Tyttären kuvien poisto

Hei, poistakaa Ronja Grönroosin (Variskan koulu 5C) kaikki kuvat teidän palvelimilta. Kiitos.""")

E("fi", "objection", False, "objects to Google Analytics tracking",
  "Sami Korpela <sami.korpela@example.fi>", "Google Analytics",
  """Hei

Teidän verkkokauppa käyttää Google Analyticsia. En halua että minun käyntejäni ja tilauksiani seurataan ja viedään Googlelle, vastustan tätä käsittelyä. Evästebannerista ei pysty kieltämään analytiikkaa kunnolla.

Sami Korpela""")

E("fi", "access+portability", False, "formal: art 15 copy plus art 20 machine-readable data",
  "Lauri Nieminen <lauri.nieminen@example.fi>", "Tietopyyntö (GDPR 15 ja 20 art.)",
  """Hyvä rekisterinpitäjä,

pyydän
1) EU:n tietosuoja-asetuksen 15 artiklan mukaisesti jäljennöksen kaikista minua koskevista henkilötiedoista, käsittelyn tarkoitukset, vastaanottajat ja säilytysajat, sekä
2) 20 artiklan mukaisesti itse toimittamani tiedot (yhteystiedot, tilaukset, lataamani kuvat) jäsennellyssä, yleisesti käytetyssä ja koneluettavassa muodossa.

Tunnistautumista varten: asiakasnumero 200415.

Ystävällisesti
Lauri Nieminen""")

E("fi", "", False, "near-miss: cancel Thursday booking",
  "Eveliina Koski <eveliina.koski@example.fi>", "varaus torstaina",
  """Peruuttakaa mun varaus torstaille klo 14, en pääse. Varaan uuden ajan myöhemmin. Eveliina Koski""")

E("fi", "", False, "near-miss: invoice amount wrong",
  "Harri Lehtonen <harri.lehtonen@example.fi>", "lasku väärin",
  """Terve

Laskussa 2026-1102 on 74,60 € mutta tilasin vaan 2 kuvaa (13x18) ja yhden digitiedoston. Pitäis olla 42,70. Korjatkaa lasku.

Harri""")

E("fi", "rectification", False, "invoice has ex-husband's name, correct the payer in customer data",
  "Susanna Hirvonen <susanna.hirvonen@example.fi>", "Väärä nimi laskussa",
  """Hei,

koulukuvalaskussa (Nuottaniemen koulu, 1B) on maksajana exäni Tommi Hirvonen, vaikka tilasin kuvat itse omalla tunnuksella. Korjatkaa teidän asiakastietoihin maksajaksi minut, Susanna Hirvonen, Kirkkopuistikko 8 C 21, 65100 Vaasa. Exä ei asu enää tässä osoitteessa eikä maksa näitä.

Lasku pitäisi sitten lähettää uudestaan mun nimellä.

Susanna""")

E("fi", "complaint", False, "already filed notice with Ombudsman about group photo on Facebook; photo already removed",
  "Tero Hyvönen <tero.hyvonen@example.fi>", "Ryhmäkuva Facebookissa",
  """Hei,

teidän kuvaaja julkaisi viime viikolla omalla Facebook-sivullaan päiväkoti Onnimannin ryhmäkuvan, jossa meidän poika on. Meiltä ei kysytty lupaa. Kuva on nyt poistettu sieltä, kun soitin kuvaajalle.

Asia on mielestäni kuitenkin niin vakava, että tein siitä tänään ilmoituksen tietosuojavaltuutetun toimistoon. Tiedoksi teille.

Tero Hyvönen""")

E("fi", "marketing_opt_out", False, "simple newsletter cancellation",
  "Leena Pulkkinen <leena.pulkkinen@example.fi>", "uutiskirje",
  """Peruutan uutiskirjeen tilauksen. Kiitos.
Leena Pulkkinen""")

E("fi", "rectification+restriction", False, "wrongly recorded as guardian: don't use until clarified, and correct",
  "Anna-Kaisa Vuorinen <ak.vuorinen@example.fi>", "En ole huoltaja",
  """Hei,

minulle tuli teiltä viesti, jossa minut on merkitty Luca Bergin huoltajaksi ja pyydetään maksamaan hänen koulukuvansa. En ole hänen huoltajansa, olen hänen isänsä uusi puoliso. Tiedot ovat ilmeisesti tulleet koulun listalta väärin.

Korjatkaa tämä. Ja siihen asti kun asia on selvitetty, älkää käyttäkö minun tietojani tässä asiassa mihinkään, älkää lähettäkö laskuja minulle.

Anna-Kaisa Vuorinen""")

E("sv", "erasure", False, "reply to our ID question: sends order number and restates erasure",
  "Camilla Nyberg <camilla.nyberg@example.fi>", "Sv: Er begäran om radering",
  """Hej, här är ordernumret: 55120. Jag vill fortfarande att ni raderar allt om mig och min dotter Alva.

Camilla

> Hej Camilla,
> tack för ditt meddelande. För att vi ska kunna identifiera dig ber vi dig uppge ett
> ordernummer eller en bildkod.
> Med vänliga hälsningar, Zoomi Kuvakaupat""")

E("sv", "", False, "change of mind: don't delete the account, wants to order for Christmas",
  "Camilla Nyberg <camilla.nyberg@example.fi>", "Sv: Er begäran om radering",
  """Hej igen, jag ångrar mig. Radera INTE kontot, min mamma vill ha bilder på Alva till jul så vi beställer en gång till. Förlåt för besväret.

Camilla""")

E("sv", "erasure+objection", False, "child's photo in shop window: take it down, don't use in advertising",
  "Fredrik Söderlund <fredrik.soderlund@example.fi>", "Bilden i skyltfönstret",
  """Hej.

Jag gick förbi er butik i centrum i går och såg att det hänger en stor bild på min son Vilho i skyltfönstret. Vi har aldrig gett lov till det. Ta ner bilden, och ni får inte använda den i någon reklam, varken i butiken, på nätet eller i broschyrer.

Fredrik Söderlund
Skickat från min iPhone""")

E("sv", "portability", False, "wants data and photos in a format to move to another photographer",
  "Maria Ek <maria.ek@example.fi>", "flytta mina bilder",
  """Hej! Kan jag få alla mina uppgifter och bilderna jag laddat upp i er bildtjänst i ett format som jag kan flytta till en annan fotograf? Vi har bytt fotograf för barnens bilder. /Maria Ek""")

E("sv", "", True, "machine: booking reminder from booking system, no auto header",
  "Slotti <no-reply@example.com>", "Påminnelse: din tid i morgon kl. 09:15",
  """Hej Lars Nyman,

detta är en påminnelse om din bokning:

Tjänst:    Passfoto
Plats:     Zoomi Kuvakaupat, Vasaratie 2 A, Vasa
Tid:       torsdag 22.10.2026 kl. 09:15
Bokning:   SL-451097

Avboka eller flytta tiden: https://slotti.example.com/v/SL-451097

Detta meddelande kan inte besvaras.""")

E("sv", "", False, "thanks for quick answer",
  "Berit Kronqvist <berit.kronqvist@example.fi>", "Sv: Registerutdrag",
  """Tack för snabbt svar, nu förstår jag. Ha en fin helg!

Berit""")

E("en", "access+objection", False, "why did you give my data to debt collector, what did you share, object",
  "Mark Sullivan <mark.sullivan@example.com>", "OK-perintä letter",
  """Hello,

I received a letter from OK-perintä about invoice 2026-0871. I disputed that invoice by email on 2 September because half the order was missing, and nobody answered me.

I want to know exactly which of my details you passed to OK-perintä and when. I also object to them processing my data for this – the invoice is disputed, not unpaid.

Mark Sullivan""")

E("en", "erasure+complaint", False, "third mail, will take to Ombudsman if no answer by Friday; original request delete my data",
  "Olga Petrova <olga.petrova@example.com>", "Re: Re: delete my data",
  """This is my third email. If I don't hear back from you by Friday I'm taking this to the Finnish Data Protection Ombudsman.

Once more: delete all my data and my photos, and the account.

Olga Petrova

> On 2 Oct 2026, Olga Petrova wrote:
> Hello, any update?
>
>> On 14 Sep 2026, Olga Petrova wrote:
>> Please delete all my data, my photos and my account. Order 66120.""")

E("en", "", True, "machine: bounce of our mail, with auto header",
  "Mail Delivery System <MAILER-DAEMON@example.com>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx2.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<j.smith.1987@example.com>: host mx.example.com said: 550 5.1.1 User unknown

--- Original message headers ---
From: Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>
To: j.smith.1987@example.com
Subject: Your request to access your personal data (ZK-2026-0433)""", hdrs={"Auto-Submitted": "auto-replied"})

E("en", "", False, "near-miss: general question what rights do I have",
  "Rebecca Hughes <rebecca.hughes@example.com>", "school photos question",
  """Hi, just curious – what rights do I have regarding my kid's school photos? Like who owns them, and can the school use them in their yearbook without asking me? Thanks, Rebecca""")

E("en", "marketing_opt_out", False, "'Stop' reply to newsletter",
  "Tom Becker <tom.becker@example.com>", "Re: Black Friday: 30% off canvas prints",
  """Stop

> Black Friday is here! 30% off all canvas prints until Sunday.
> Unsubscribe | Privacy policy""")

E("en", "rectification", False, "child's name spelled wrong: Sofia vs Sophia",
  "Laura Bennett <laura.bennett@example.com>", "Wrong spelling",
  """Hello,
our daughter's name is listed as "Sofia Bennett" in your photo shop and on the class photo name list, but it's Sophia with ph. Could you fix it in your system before the class photos get printed? She's in 2B at Vaasa International School.
Thank you!
Laura""")
