from parts.common import E

E("en", "portability", False, "Article 20 request, British, transfer to another provider",
  "Oliver Grant <oliver.grant@example.com>", "Article 20 - data portability",
  """Dear Zoomi,

I am closing down my online photo albums with you and moving everything to another service. Under Article 20 GDPR please provide the personal data I have provided to you - my uploaded images, album names and descriptions, and my order history - in a structured, commonly used and machine-readable format (JSON or CSV plus the original image files would be ideal).

I am not asking you to delete anything at this stage.

Kind regards,
Oliver Grant""")

E("en", "", False, "thanks after request was handled, nothing more",
  "Laura Bennett <laura.bennett@example.com>", "Re: Your data request",
  """Thanks, got the file and everything looks right. Appreciate the quick reply!

Laura

On Tue, 3 Nov 2026 at 09:12, Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi> wrote:
> Hello Laura,
> please find attached a copy of the personal data we hold about you.
> Best regards, Zoomi Kuvakaupat / tietosuoja""")

E("en", "erasure", False, "American, very short, delete account",
  "Kyle Brennan <kyle.brennan@example.com>", "delete",
  """pls delete my account and all my info. thx

Sent from my iPhone""")

E("en", "access+portability", False, "tech-savvy, wants copy and a machine-readable export to reuse",
  "Mikko Laine <mikko.laine@example.fi>", "SAR + export",
  """Hi,

Two things, please:

1) A copy of all personal data you hold on me (Art. 15), including what Google Analytics data you can link to my account.
2) Separately, the data I have provided to you (profile, addresses, uploaded photos, order list) as a machine-readable export that I can import into another shop (Art. 20).

I'm writing in English because my colleague who shares this mailbox doesn't read Finnish.

Mikko Laine""")

E("en", "complaint", False, "says company breaks GDPR by showing photo in shop window; only complaint, no removal ask (already removed)",
  "Rebecca Lund <rebecca.lund@example.com>", "Your shop window",
  """I walked past your shop on Hovioikeudenpuistikko last week and saw a large print of my son's school photo in the window. He was taken down after my husband called the shop, which is fine, but I want you to know that this was a clear GDPR violation. Nobody asked us.

I have also sent a notification to the Data Protection Ombudsman so they are aware of how you operate. I don't need anything further from you.

Rebecca Lund""")

E("en", "objection", False, "objects to Google Analytics tracking, not asking deletion",
  "Tiina Virtanen <tiina.virtanen@example.fi>", "analytics",
  """Hello,

I noticed your web shop loads Google Analytics even after I choose "necessary cookies only". I object to my browsing in your shop being used for analytics. Please stop processing my data for that purpose. I want to keep my account.

Tiina Virtanen""")

E("en", "", True, "delivery status notification bounce",
  "Mail Delivery Subsystem <mailer-daemon@example.fi>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.example.fi.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<matti.jarvinen@example.test>: host mx.example.test[192.0.2.15] said:
    550 5.1.1 <matti.jarvinen@example.test>: Recipient address rejected:
    User unknown in virtual mailbox table

--- Original message follows ---
Subject: Vastaus tietopyyntöönne
From: tietosuoja@example.fi

Hei Matti, ohessa tiedot, joita olemme teistä tallentaneet...""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("en", "marketing_opt_out+erasure", False, "Swedish-born writer in English, unsubscribe then delete",
  "Ingrid Ekström <ingrid.ekstrom@example.se>", "Stop the emails and remove me",
  """Hi,

Please take me off your newsletter. And actually, just remove me completely from your customer register, I only ordered once in 2020 and will not order again.

Regards, Ingrid""")

E("en", "rectification", False, "moved, update address on file",
  "Natalie Price <natalie.price@example.com>", "Change of address",
  """Hello, I've moved from Vaasa to Turku. Could you update my address on my customer account please? New address: Linnankatu 10 B 12, 20100 Turku. Thanks, Natalie""")

E("en", "access", False, "where did you get my email, Indian English",
  "Rohit Sharma <rohit.sharma@example.com>", "Query regarding my email id",
  """Hello Team,

I am receiving mails from your company regarding staff photo session at my workplace. I never registered with you. Please let me know from where you have got my email id and what other details of mine you are having.

Regards,
Rohit""")

E("en", "erasure+complaint", False, "angry, photos of child on website, will report",
  "Mark Sullivan <mark.sullivan@example.com>", "Remove my daughter's photo NOW",
  """I cannot believe I have to write this.

My daughter's picture is on your website on the "Koulukuvat" page, full face, in her school jumper with the school logo visible. Anyone can see which school she goes to. We NEVER agreed to this. We paid for a photo package, that's it.

Take it down today. Not next week. Today.

If it is still online on Friday I'm reporting you to the data protection authority. I've already got the screenshots.

Mark Sullivan""")

E("en", "", False, "question about passport photo code not working",
  "Emily Hart <emily.hart@example.com>", "passport photo code",
  """Hi, the police site says my photo code is invalid. I had the photo taken yesterday in your Vaasa shop. Can you check? I need to apply this week. Emily""")

E("en", "restriction", False, "contests accuracy of staff photo register entry, wants use paused",
  "Daniel Forsberg <daniel.forsberg@example.fi>", "Wrong details linked to my photo",
  """Hello,

My employer's intranet shows my staff photo with someone else's name and job title under it, and they tell me the names come from the file your company delivered. Until you have checked which data are correct, please do not use or send out my photo or details anywhere. I don't want it deleted, I just want it on hold until it's sorted.

Daniel Forsberg""")

E("fi", "access", False, "kysyy mitä tietoja lapsesta on, huoltaja, ilman ääkkösiä",
  "Minna Korhonen <minna.korhonen@example.fi>", "lapsen tiedot",
  """Hei

mita tietoja teilla on meidan pojasta (Eetu Korhonen, 3.lk Kapernaumin koulu)? koulu antoi kai teille jonkun listan. haluisin nahda mita siina on.

t. Minna""")

E("fi", "erasure+marketing_opt_out", False, "poista tiedot ja ei mainoksia",
  "Kalle Nurmi <kalle.nurmi@example.fi>", "Poisto",
  """Päivää.

Pyydän poistamaan kaikki tietoni asiakasrekisteristänne. Samalla kiellän kaiken suoramarkkinoinnin, jos ette jostain syystä voi poistaa kaikkea heti.

Kalle Nurmi
Laihia""")

E("fi", "", False, "tilauksen peruutus, near-miss 'poista tilaukseni'",
  "Johanna Lehto <johanna.lehto@example.fi>", "poista tilaus",
  """Hei voisitteko poistaa tilaukseni 448331, tilasin vahingossa kaksi kertaa saman. Toinen saa jäädä. Kiitos""")

E("fi", "restriction", False, "älkää poistako, tarvitsen riidassa",
  "Markku Savolainen <markku.savolainen@example.fi>", "Tietojen säilyttäminen",
  """Hei,

Meillä on entisen puolisoni kanssa riita lasten valokuvista ja niiden maksamisesta. Pyydän, että ette poista mitään tietoja, jotka liittyvät tilauksiin 2024-2026 (tilaajana minä tai hän), koska tarvitsen niitä käräjäoikeudessa. Pitäkää ne tallessa kunnes ilmoitan asian olevan ohi.

Markku Savolainen""")

E("fi", "", True, "kyselytutkimus asiakkaalle, ei otsakkeita",
  "Zoomi asiakaskysely <kysely@example.fi>", "Miten onnistuimme? Vastaa 2 minuutin kyselyyn",
  """Hei!

Kiitos, että asioit Zoomi Kuvakaupoissa. Kerro meille, miten onnistuimme - vastaaminen vie vain pari minuuttia, ja kaikkien vastanneiden kesken arvotaan 50 euron lahjakortti.

Vastaa kyselyyn: https://kysely.example.fi/z/8841

Tähän viestiin ei voi vastata.""",
  to="Elina Karppinen <elina.karppinen@example.fi>")

E("fi", "rectification", False, "puhelinnumero väärin, lyhyt",
  "Jorma Heinonen <jorma.heinonen@example.fi>", "puh nro",
  """Teillä on väärä puhelinnumero minulle, varausvahvistukset menee jollekin toiselle. Oikea on 040 123 4567. Jorma Heinonen""")

E("fi", "complaint+erasure+marketing_opt_out", False, "pitkä vihainen: markkinointi jatkuu kahden puhelinkiellon jälkeen (muistutus), vaatii poistoa, tekee ilmoituksen",
  "Sirpa Laaksonen <sirpa.laaksonen@example.fi>", "Mistä olette saaneet osoitteeni???",
  """Tämä on nyt kolmas kerta kun saan teiltä kirjepostissa mainoksen "perhekuvaus -30 %", vaikka olen jo kaksi kertaa soittanut ja pyytänyt lopettamaan. Joka kerta luvataan että asia hoidetaan ja taas tulee.

En ole koskaan ollut asiakkaanne. Ainoa yhteys on että lapseni kävi koulua, jossa te otitte koulukuvat vuonna 2019. Silloin en antanut mitään lupaa markkinointiin.

Vaadin että poistatte kaikki minua ja lastani koskevat tiedot rekisteristänne. Kaikki. Ja teen tästä ilmoituksen tietosuojavaltuutetulle, koska tämä on selvästi lainvastaista eikä puhelimessa lupauksia näköjään noudateta.

Sirpa Laaksonen
Kruunupyy""")

E("fi", "objection", False, "vastustaa profilointia/kohdennettua mainontaa oikeutetun edun perusteella",
  "Aki Toivonen <aki.toivonen@example.fi>", "profilointi",
  """Hei,

Tietosuojaselosteenne mukaan käytätte tietoja liiketoiminnan kehittämiseen ja analytiikkaan. Vastustan tietojeni käyttöä näihin tarkoituksiin (oikeutettu etu). Asiakkuus saa jatkua normaalisti.

Aki Toivonen""")

E("fi", "access", False, "mistä olette saaneet numeroni, lyhyt",
  "Tarja Hiltunen <tarja.hiltunen@example.fi>", "Mistä numero?",
  """Mistä olette saaneet mun puhelinnumeron? Soititte eilen myyntipuhelun.""")

E("sv", "erasure", False, "förälder vill att barnets bilder raderas",
  "Camilla Granqvist <camilla.granqvist@example.fi>", "Radera mitt barns bilder",
  """Hej,

Vi har flyttat och min son Leo går inte längre i Kvevlax skola. Jag vill att ni raderar alla bilder och uppgifter om honom som ni har från skolfotograferingarna 2023-2025. Vi har redan de bilder vi behöver.

Vänliga hälsningar
Camilla Granqvist""")

E("sv", "complaint", False, "kort, anmäler till Dataombudsmannen",
  "Peter Åström <peter.astrom@example.fi>", "Anmälan",
  """Ni har inte svarat på mitt mejl från augusti om att få se mina uppgifter. Jag har nu gjort en anmälan till Dataombudsmannen.

Peter Åström""")

E("sv", "portability", False, "vill få sina data som CSV för att flytta",
  "Emma Westerlund <emma.westerlund@example.se>", "Exportera mina uppgifter",
  """Hej!

Kan jag få mina uppgifter och alla mina uppladdade bilder från webbutiken i ett format som går att läsa in i en annan tjänst, t.ex. CSV och originalfilerna? Jag flyttar till en svensk fototjänst.

Tack!
Emma""")

E("sv", "", True, "ordbekräftelse från webbutiken",
  "Zoomi Verkkokauppa <noreply@example.fi>", "Orderbekräftelse 448502",
  """Tack för din beställning!

Order: 448502
Produkter: 1 x Fotobok A4 liggande, 28 sidor
Summa: 49,90 EUR
Leverans: Posti, paketautomat

Du får ett meddelande när paketet har skickats.

Detta meddelande kan inte besvaras.""",
  to="Sofia Björklund <sofia.bjorklund@example.fi>")

E("sv", "marketing_opt_out", False, "finlandssvensk, inga fler sms med reklam",
  "Kurt Sundqvist <kurt.sundqvist@example.fi>", "sms",
  """Hej, sluta skicka reklam-sms till mitt nummer. Jag har inte bett om dom. Kurt""")

E("sv", "rectification", False, "fel efternamn på fakturan",
  "Ulrika Kronholm <ulrika.kronholm@example.fi>", "Fel namn på fakturan",
  """Hej,

Mitt efternamn står som "Kronhol" på fakturan och i orderbekräftelsen. Rätt stavning är Kronholm. Kan ni rätta det i era uppgifter?

Ulrika Kronholm""")

E("sv", "", False, "fråga om skolfotodag, inget begäran",
  "Heidi Lönnqvist <heidi.lonnqvist@example.fi>", "Fotografering i Replot",
  """Hej! När kommer ni till Replot skola i höst? Min dotter var sjuk förra gången och missade gruppfotot. Går det att fotografera henne separat? /Heidi""")
