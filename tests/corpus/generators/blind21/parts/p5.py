from parts.common import E

E("en", "", True, "one-time login code from web shop",
  "Zoomi Verkkokauppa <noreply@example.fi>", "Your login code",
  """Your one-time login code is 583 201.

The code is valid for 10 minutes. If you did not try to log in, you can ignore this message.

Zoomi Kuvakaupat""",
  to="Sarah Mitchell <sarah.mitchell@example.com>")

E("en", "", False, "reply to marketing saying thanks, will book, contains quoted unsubscribe footer",
  "Amy Collins <amy.collins@example.com>", "Re: Joulukuvat nyt -20% | Christmas photos now -20%",
  """Great timing! Can I book a family session for Saturday 5 December? There are 4 of us plus a dog - is the dog ok?

Amy

On 20 Nov 2026, Zoomi Kuvakaupat <uutiset@example.fi> wrote:
> Book your family Christmas session now and get 20% off all print products.
> Don't want these emails? Unsubscribe here.""")

E("en", "access", False, "American, casual: what do you know about me",
  "Tyler Reed <tyler.reed@example.com>", "hey",
  """Hey - what exactly do you guys have on file about me? Got a letter addressed to me at my parents' place in Vaasa and I haven't lived there in years. Just want to see what's in your system. Tyler""")

E("en", "objection", False, "CCPA-style opt out of sale, American template",
  "Megan Foster <megan.foster@example.com>", "Do Not Sell My Personal Information",
  """To Whom It May Concern,

Pursuant to my privacy rights, I am requesting that you opt me out of the sale or sharing of my personal information with third parties, including for cross-context behavioral advertising.

Please confirm receipt of this request and the date on which my opt-out takes effect.

Megan Foster""")

E("en", "erasure+objection", False, "staff photo: delete it and stop processing, left employer",
  "Aleksandr Ivanov <aleksandr.ivanov@example.com>", "My staff photo",
  """Hello,

I left my former employer in October (they ordered the staff photos from you in 2025). Please delete my photo and my name from your systems and cease any further processing of my data. The employer already removed it from their side.

Regards,
Aleksandr Ivanov""")

E("en", "rectification", False, "Swedish-speaking writer in English, wants language preference changed",
  "Mats Nordling <mats.nordling@example.fi>", "Language",
  """Hi, your system has Finnish as my language but I want everything in Swedish (or English). Please change the language in my customer information. Thanks, Mats""")

E("en", "complaint", False, "long angry, says he will complain regardless, asks nothing further",
  "Derek Simmons <derek.simmons@example.com>", "Unacceptable",
  """I want to put on record how appalled I am.

Three weeks ago your shop assistant read my full name, address AND date of birth out loud across a queue of six people while looking for my passport photo order. When I objected she said "it's just the system". It is not "just the system". People in that queue now know where I live.

When I rang to complain I was told to email "the privacy address". So here I am. Frankly I do not trust you to handle this yourselves, so I am reporting the incident to the Finnish Data Protection Ombudsman this week, and you can explain it to them.

Derek Simmons""")

E("en", "", False, "vendor pitch for GDPR software, no request",
  "Alex Turner <alex.turner@example.com>", "Automate your DSAR handling",
  """Hi there,

Do you still handle GDPR access and deletion requests manually? Our platform automates intake, identity verification and deadline tracking for data subject requests - customers cut response times by 70%.

Would you be open to a 20 min demo next week?

Best,
Alex Turner
Head of Sales""")

E("en", "portability+erasure", False, "wants export in JSON then account closed",
  "Simon Clarke <simon.clarke@example.com>", "Export then close",
  """Hi,

Before I close my account, please send me an export of all the data I gave you (profile, uploads, order list) in JSON or CSV so I can import it elsewhere. Once I've confirmed I have it, please delete the account and all the data.

Simon""")

E("en", "marketing_opt_out", False, "person types STOP in an e-mail about marketing texts",
  "Lisa Mark <lisa.mark@example.com>", "STOP",
  """STOP

no more texts about christmas photos please""")

E("en", "", True, "mailing list server confirmation notice",
  "privacy-list-owner <privacy-list-owner@example.test>", "Your subscription to privacy-nordic has been confirmed",
  """Welcome to the privacy-nordic mailing list!

To post to this list, send your message to: privacy-nordic@example.test

To unsubscribe, send a message with the word "unsubscribe" to privacy-nordic-request@example.test

List archive: https://lists.example.test/privacy-nordic""",
  hdrs={"List-Id": "<privacy-nordic.example.test>", "Precedence": "list"})

E("en", "access", False, "Estonian, wants to know who has seen photos, simple English",
  "Marko Saar <marko.saar@example.com>", "who see my photos",
  """Hello,
I want know who have seen or got my photos from passport photo in 2025. Did you give them to someone else than police? And what data you keep about me.
Marko Saar""")

E("en", "restriction+complaint", False, "contests accuracy, wants processing frozen, and has filed complaint already",
  "Hannah Byrne <hannah.byrne@example.com>", "Inaccurate data - freeze it",
  """Hello,

Your records say I ordered and received a photo package in May. I did not - I was in Ireland the whole month. This is the basis of the debt claim against me.

I contest the accuracy of this data. Please freeze it - do not use it, do not pass it on - until you have checked it properly. Do not delete it either, I need it as evidence.

Given how this has been handled so far, I have also sent a complaint to the Data Protection Ombudsman.

Hannah Byrne""")

E("en", "erasure", False, "polite indirect British, 'would you mind removing'",
  "Edward Palmer <edward.palmer@example.com>", "A small favour",
  """Dear Zoomi team,

Would you mind awfully removing my details from your records? My late wife used to order from you and the account was in my name, but I've no further need for it.

With thanks,
Edward Palmer""")

E("fi", "access+portability", False, "haluaa kopion ja koneluettavana siirtoa varten (siirto-oikeus erikseen)",
  "Janne Honkala <janne.honkala@example.fi>", "Tietopyyntö + siirto",
  """Hei,

1) Pyydän kopion kaikista minua koskevista tiedoista.
2) Lisäksi haluan käyttää oikeutta siirtää tiedot järjestelmästä toiseen: toimittakaa verkkokauppaan antamani tiedot ja kuvat koneluettavassa muodossa.

t. Janne Honkala""")

E("fi", "", False, "tilaus on väärä summa, laskuriita",
  "Pirjo Suominen <pirjo.suominen@example.fi>", "Lasku väärin",
  """Hei, laskussa 2026-10388 on 89 € mutta tilaus oli 59 €, olen varma että tarjous oli voimassa. Korjatkaa summa. Pirjo Suominen""")

E("fi", "erasure", False, "pitkä kohtelias, haluaa että kaikki poistetaan muuton jälkeen",
  "Marjut Lehtola <marjut.lehtola@example.fi>", "Asiakkuuden päättäminen",
  """Hyvä Zoomi Kuvakaupat,

Olemme olleet asiakkaitanne jo 15 vuotta - lasten koulukuvat, rippikuvat, ylioppilaskuvat, kaikki. Kiitos siitä! Nyt lapset ovat aikuisia ja muutamme mieheni kanssa Espanjaan ensi keväänä.

Siksi pyytäisin, että poistatte asiakastietomme ja vanhat kuvagalleriat, joita ette enää tarvitse. Laskut tietysti saatte säilyttää lain vaatiman ajan.

Lämmin kiitos vuosien varrelta,
Marjut Lehtola""")

E("fi", "marketing_opt_out", False, "ei myyntipuheluita",
  "Erkki Väyrynen <erkki.vayrynen@example.fi>", "puhelut",
  """Älkää soittako mulle enää myyntipuheluita. Kolme kertaa tässä kuussa. Erkki""")

E("fi", "", True, "toimitusilmoitus, ei otsakkeita",
  "Zoomi Verkkokauppa <noreply@example.fi>", "Tilauksesi 448611 on lähetetty",
  """Hei!

Tilauksesi 448611 on lähetetty. Seurantakoodi: JJFI65432100098765432

Toimitus Postin pakettiautomaattiin 1-3 arkipäivässä.

Tähän viestiin ei voi vastata.""",
  to="Heli Tuominen <heli.tuominen@example.fi>")

E("fi", "objection", False, "ei halua olla Google Analyticsissa",
  "Petteri Niskanen <petteri.niskanen@example.fi>", "analytiikka",
  """Hei, en halua että mun käyntejä seurataan Google Analyticsilla teidän verkkokaupassa. Lopettakaa mun tietojen käyttö siihen. Muuten kaikki ok. -Petteri""")

E("fi", "complaint+erasure", False, "henkilökunta kuva nettisivuilla, valittanut jo, vaatii poistoa",
  "Sanna Kettunen <sanna.kettunen@example.fi>", "Kuvani",
  """Hei,

Olen jo tehnyt valituksen tietosuojavaltuutetulle siitä, että kuvani on käytetty mainoksessanne ilman lupaa. Poistakaa kuva kaikkialta ja ilmoittakaa kun se on tehty.

Sanna Kettunen""")

E("fi", "rectification", False, "osoite muuttunut, lyhyt",
  "Tero Pulkkinen <tero.pulkkinen@example.fi>", "Osoitteenmuutos",
  """Uusi osoite: Koulukatu 22 A 3, 65100 Vaasa. Päivittäkää tietoihini. T. Tero Pulkkinen""")

E("fi", "", False, "kysyy milloin galleria poistetaan, ei pyydä",
  "Riikka Salonen <riikka.salonen@example.fi>", "galleria",
  """Hei, kauanko hääkuvagalleria on auki? Haluan ehtiä ladata kaikki ennen kuin se suljetaan. -Riikka""")

E("fi", "restriction+rectification", False, "nimi väärin, älkää käyttäkö ennen korjausta",
  "Jari Mustonen <jari.mustonen@example.fi>", "Väärät tiedot",
  """Hei,

Henkilöstökuvissa, jotka toimititte työnantajalleni, nimeni ja titteli ovat väärin (Jari Mustanen, myyntipäällikkö - oikea: Jari Mustonen, tuotantopäällikkö). Korjatkaa tiedot. Siihen asti älkää toimittako kuvaani mihinkään.

Jari Mustonen""")

E("sv", "access", False, "finlandssvensk, rätt till insyn, varifrån adressen",
  "Håkan Blomqvist <hakan.blomqvist@example.fi>", "Insyn",
  """Hej,

Med stöd av min rätt till insyn vill jag veta vilka uppgifter ni har om mig och varifrån ni har fått min hemadress. Jag har aldrig varit kund hos er men fick ett reklambrev.

Håkan Blomqvist""")

E("sv", "", True, "autosvar från en skola",
  "Kansliet Vasa övningsskola <kansli@example.fi>", "Autosvar: Fotograferingsschema",
  """Tack för ditt meddelande. Kansliet är stängt under höstlovet 19-23.10. Vi svarar så snart som möjligt därefter.""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "erasure+marketing_opt_out", False, "ta bort mig ur registret och inga fler utskick",
  "Eva Lundström <eva.lundstrom@example.se>", "ta bort mig",
  """Hej. Ta bort mig ur ert kundregister och skicka inga fler utskick. Tack. Eva Lundström, Stockholm""")

E("sv", "portability", False, "dataportabilitet, kort",
  "Henrik Wikström <henrik.wikstrom@example.fi>", "Dataportabilitet",
  """Hej, jag begär dataportabilitet för mitt konto i webbutiken. Skicka filerna i maskinläsbart format till denna adress. /Henrik Wikström""")

E("sv", "", False, "tackar, ingen begäran",
  "Agneta Sjöholm <agneta.sjoholm@example.fi>", "Re: Rättelse av namn",
  """Tack så mycket, nu stämmer namnet! /Agneta

> Hej Agneta, vi har nu rättat ditt efternamn i vårt kundregister.""")

E("sv", "objection", False, "invänder mot att uppgifter lämnas till inkasso",
  "Mikael Nylund <mikael.nylund@example.fi>", "Inkasso",
  """Hej,

Jag invänder mot att ni lämnar mina uppgifter till inkassobolaget. Fakturan har jag reklamerat skriftligen redan i september (bilderna var av annan person) och ni har inte svarat på reklamationen. Jag är sjukskriven och ett inkassoärende skulle vara mycket belastande för mig just nu.

Mikael Nylund""")
