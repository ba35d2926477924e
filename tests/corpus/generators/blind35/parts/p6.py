from parts.common import E

E("sv", "access+rectification+marketing_opt_out", False,
  "Ostrobothnian with Finnish words; invoice name wrong, what stored, no ads",
  "Roger Norrback <roger.norrback@example.fi>",
  "laskun",
  """Hej

Ja fick en lasku från er igår och där står mitt namn som "Roger Norrbacka", he e fel, rätt e Norrback. Och postnumret e fel, ska vara 66640 int 66460. Rätta det.

Ja undrar också va ni har för uppgifter om me överhuvudtaget, ja har bara köpt en fotobok. Skick åt me vad ni har.

O sen vill ja int ha era tarjoukset, alltså erbjudanden, på sms. Dom kommer för ofta.

Hälsningar Roger
Maxmo""")

E("fi", "erasure+objection+complaint", False,
  "guardian: child photo in shop window; objects; conditional DPA report",
  "Heidi Rantala <heidi.rantala@example.fi>",
  "Tyttäreni kuva näyteikkunassa",
  """Hei,

ohitin eilen liikkeenne Vaasan keskustassa ja näyteikkunassa on iso kuva tyttärestäni Siiristä (päiväkotikuva viime syksyltä). En ole antanut siihen lupaa enkä olisi antanutkaan.

Vastustan lapseni kuvan käyttöä mainonnassanne. Ottakaa kuva pois ikkunasta ja poistakaa se kaikista muistakin mainosmateriaaleista.

Jos kuva on vielä ensi viikolla ikkunassa, teen ilmoituksen tietosuojavaltuutetulle.

Heidi Rantala""")

E("en", "", True,
  "Outlook non-delivery report, no header, quoted text",
  "Microsoft Outlook <postmaster@example.com>",
  "Undeliverable: Re: Request to delete my data",
  """Your message to j.harris@example.com couldn't be delivered.

j.harris wasn't found at example.com.

Office 365      Sender
Action Required

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient's address, then resend the message.

Original message headers:
Subject: Re: Request to delete my data
> Dear Mr Harris, we have now deleted your data as requested.""")

E("sv", "marketing_opt_out", False,
  "short dialect opt-out from phone",
  "Sanna Backlund <sanna.backlund@example.fi>",
  "-",
  """avregistrera mej från mejlen tack. int intresserad mera

Skickat från min Android""")

E("sv", "", False,
  "teacher asks about retake day, near-miss",
  "Ulrika Hellman <ulrika.hellman@example.fi>",
  "Omfotografering",
  """Hej!

Fyra av mina elever var sjuka på fotodagen (Vörå samskola 7B). När blir omfotograferingen? Ska föräldrarna boka själva eller ordnar ni det via skolan?

Ulrika Hellman
klasslärare""")

E("fi", "access+portability", False,
  "what data + transfer to another service",
  "Petteri Nurmi <petteri.nurmi@example.fi>",
  "tiedot ja siirto",
  """Hei,

haluaisin tietää mitä henkilötietoja teillä on minusta. Lisäksi haluan siirtää itse antamani tiedot (asiakastili, osoitteet, tilaushistoria) toiseen palveluun, joten lähettäkää ne koneluettavassa muodossa, esim. CSV tai JSON.

Petteri Nurmi""")

E("en", "erasure+objection+marketing_opt_out", False,
  "remove from database, stop emails, stop using data",
  "Kevin O'Brien <kevin.obrien@example.com>",
  "Remove me",
  """Remove me from your database completely, stop the emails, and stop using my information for anything at all. I was a one-time customer in 2021.

K. O'Brien""")

E("sv", "", False,
  "husband asked for deletion; she checks her own orders remain",
  "Linda Forsman <linda.forsman@example.fi>",
  "Mitt konto",
  """Hej,

Min man bad er radera hans konto förra veckan. Vi har samma hemadress och ibland samma e-post i beställningarna, så jag vill bara försäkra mig om att MITT konto och mina beställningar finns kvar? Jag har en fotobok som ska levereras före jul (beställning 77588).

Linda Forsman""")

E("fi", "rectification", False,
  "email address typo",
  "Anne Honkanen <anne.honkanen@example.fi>",
  "Sähköpostiosoite väärin",
  """Hei! Sähköpostiosoitteeni on tallentunut teille väärin (anne.honkane@...), oikea on tämä josta kirjoitan. Korjaisitteko sen, niin saan kuvalinkit jatkossa oikeaan osoitteeseen.

Anne""")

E("sv", "erasure+objection", False,
  "staff photo on our references page: take down, objects",
  "Mikael Sjöberg <mikael.sjoberg@example.fi>",
  "Min bild på era referenssidor",
  """Hej,

Min porträttbild från personalfotograferingen på Vasa Elektriska i våras ligger på er hemsida under "Referenser". Jag motsätter mig att ni använder min bild för att marknadsföra er själva, den togs för arbetsgivarens bruk. Ta ner den.

Mikael Sjöberg""")

E("en", "complaint", False,
  "has reported to DPA; no other ask",
  "Thomas Reid <thomas.reid@example.com>",
  "Complaint",
  """To whom it may concern,

This is to let you know that I have today filed a complaint with the Data Protection Ombudsman about the way my personal data was handled by your company during the staff photo project at my workplace in August (our photos and full names were sent to all 300 employees on an open distribution list).

Thomas Reid""")

E("fi", "", True,
  "supplier newsletter with list headers",
  "Kuvatarvike Oy <uutiskirje@example.fi>",
  "Syksyn uutuudet ammattikuvaajille",
  """Hei!

Syksyn uutuudet ovat täällä: uudet taustakankaat, LED-paneelit ja kouluvalokuvaajan studiopaketti -15 %.

Tutustu verkkokaupassamme.

Et halua enää uutiskirjettämme? Peruuta tilaus tästä.
Kuvatarvike Oy, Tampere""",
  {"List-Unsubscribe": "<https://example.fi/unsub?u=88213>", "Precedence": "bulk"})

E("sv", "access", False,
  "short, Finnish sign-off",
  "Maja Åström <maja.astrom@example.fi>",
  "Fråga",
  """Hej, vad har ni sparat om mig? Jag har varit kund sedan 2018 ungefär.

Terveisin / Hälsningar
Maja Åström""")

E("sv", "objection+restriction", False,
  "objects to legitimate-interest processing, restrict meanwhile",
  "Andreas Backman <andreas.backman@example.fi>",
  "Invändning",
  """Hej,

Jag invänder mot att ni behandlar mina uppgifter med stöd av berättigat intresse (analys av köpbeteende och kundprofiler). Jag har en särskild orsak: jag har skyddad adress sedan i år och vill att så få som möjligt har mina uppgifter.

Begränsa behandlingen av mina uppgifter medan ni prövar min invändning.

Andreas Backman""")

E("en", "erasure", False,
  "'can I ask you to delete my data?' with clear wish (disputed: question form)",
  "Laura Schmidt <laura.schmidt@example.com>",
  "question",
  """Hi, can I ask you to delete my data? I'd really like that, I don't use your shop anymore since we moved to Sweden and I don't see any reason you should keep my details.

Thanks
Laura""")

E("fi", "marketing_opt_out+access", False,
  "no sales calls + where did you get number",
  "Reijo Kivelä <reijo.kivela@example.fi>",
  "Myyntipuhelut",
  """Teiltä soitettiin tänään taas ja tarjottiin perhekuvausta. Älkää soittako myyntipuheluita minulle. Ja mistä olette saaneet puhelinnumeroni? Se on salainen numero.

Reijo Kivelä""")

E("sv", "", True,
  "Slotti reminder in Swedish, machine, no header",
  "Slotti <no-reply@example.com>",
  "Påminnelse: din tid i morgon hos Zoomi Vasa",
  """Hej Maria Lindqvist!

Påminnelse om din bokning:
Tjänst: Familjefotografering 30 min
Tid: lör 11.10 kl. 10.00
Plats: Zoomi Kuvakaupat, Vasaratie 2 A, Vasa

Avboka senast 24 h innan. Detta meddelande kan int besvaras.""")

E("sv", "access+portability+erasure+objection+marketing_opt_out", False,
  "long formal letter, five asks, IT person",
  "Jesper Holmlund <jesper.holmlund@example.fi>",
  "Begäran: registerutdrag, dataportabilitet, radering",
  """Hej,

Jag har varit kund hos er sedan 2016 (webbutiken, familjefoton, skolfoton för två barn). Nu vill jag avsluta kundrelationen helt och ber därför om följande:

a) Registerutdrag enligt art. 15: alla personuppgifter ni har om mig, ändamål, mottagare (inkl. Slotti, Business Central, Google Analytics om tillämpligt), lagringstider och källa.

b) Dataportabilitet enligt art. 20: de uppgifter jag själv har lämnat (konto, adresser, barnens namn och födelsedatum, beställningshistorik) i maskinläsbart format, gärna JSON.

c) Radering enligt art. 17 av allt som inte måste sparas enligt bokföringslagen. Meddela vilka uppgifter som i så fall blir kvar och hur länge.

d) Fram till raderingen: upphör med all annan behandling av mina uppgifter, och skicka ingen marknadsföring.

Svar gärna på svenska och per e-post.

Med vänlig hälsning
Jesper Holmlund
Korsholm""")

E("en", "rectification", False,
  "daughter's surname changed after adoption",
  "Rebecca Taylor <rebecca.taylor@example.com>",
  "Name change for my daughter",
  """Hello,

My daughter's surname has officially changed from Mäkelä to Taylor after the adoption was finalised in September. She is in Gerby school, class 3A. Could you update her name in your records so the next school photos and the order page show the right name?

Thank you,
Rebecca Taylor""")

E("fi", "", False,
  "rude staff in store, service complaint",
  "Eija Hirvonen <eija.hirvonen@example.fi>",
  "Palaute myymälästä",
  """Hei,

kävin eilen myymälässänne hakemassa kuvia ja myyjä oli todella tyly. Hän ei suostunut etsimään tilaustani kun en muistanut tilausnumeroa ulkoa, vaikka kerroin nimeni ja puhelinnumeroni. Jouduin lähtemään tyhjin käsin ja tulemaan uudestaan.

Toivottavasti asiakaspalveluun kiinnitetään huomiota.

Eija Hirvonen""")

E("sv", "access+complaint", False,
  "reminder of access with quoted original; conditional report",
  "Kim Lindfors <kim.lindfors@example.fi>",
  "Re: Registerutdrag",
  """Hej igen,

Jag har int fått något svar på min begäran nedan från 1 september. Skicka registerutdraget nu. Annars vänder jag mig till Dataombudsmannen.

Kim Lindfors

Från: Kim Lindfors
Skickat: måndag 1 september 2025 08:40
Ämne: Registerutdrag

> Hej, jag begär ett registerutdrag enligt GDPR över alla uppgifter ni har om mig.
> Kim Lindfors, Solf""")

E("en", "access+erasure", False,
  "non-native guardian for child",
  "Fatima Rahimi <fatima.rahimi@example.com>",
  "about my daughter pictures",
  """Hello

I am mother of Zahra Rahimi, she is in Onkilahti school 5 class. I want to know please what information you have about her, and after that I want that you delete her pictures and information. Our culture we dont want her pictures in internet or computer of company.

Thank you very much
Fatima Rahimi""")

E("fi", "restriction", False,
  "don't delete, needed for dispute",
  "Tapio Virta <tapio.virta@example.fi>",
  "Älkää poistako",
  """Hei,

olen riidassa entisen puolisoni kanssa siitä kuka maksoi lasten koulukuvat ja hääkuvat. Älkää poistako minun tai lasten tilauksiin ja maksuihin liittyviä tietoja, tarvitsen niitä riita-asiaa varten. Älkää myöskään antako niitä hänelle.

Tapio Virta""")

E("en", "", False,
  "expat asks receipt copy for employer reimbursement, near-miss",
  "Raj Patel <raj.patel@example.com>",
  "Receipt for passport photos",
  """Hi, could you send me a copy of the receipt for the passport photos I took at your studio on 2 October? My employer reimburses them but I lost the paper one. Name Raj Patel, paid by card around 11am.

Thanks!""")

E("sv", "erasure+marketing_opt_out", False,
  "starts Swedish, switches to Finnish",
  "Veronica Heikkilä <veronica.heikkila@example.fi>",
  "Radera / poista",
  """Hej, radera mina uppgifter och sluta skicka nyhetsbrev åt mig.

Eli suomeksi vielä varmuuden vuoksi: poistakaa mun tiedot ja lopettakaa uutiskirjeet. Mieheni on suomenkielinen ja meillä on yhteinen tili, mutta tämä koskee vain minua.

Veronica""")

E("en", "", False,
  "client firm wants staff photos sent to comms manager, near-miss",
  "Jessica Moore <jessica.moore@example.com>",
  "Staff photos to our comms team",
  """Hi Zoomi,

Could you please send copies of the staff photos from our September session to our new communications manager, Paula Järvi (paula.jarvi@example.com)? She needs them for the new website. High-res versions if possible.

Best,
Jessica Moore
HR, Ostrobothnia Logistics""")

E("fi", "access+erasure+marketing_opt_out+complaint", False,
  "adult daughter for mother; angry; conditional complaint",
  "Kirsi Hämäläinen <kirsi.hamalainen@example.fi>",
  "Äitini Elli Hämäläinen",
  """Hei,

äitini Elli Hämäläinen (89 v, Laihia) saa teiltä joka viikko sähköposteja ja kirjeitä, vaikka hän ei käytä sähköpostia eikä ole tilannut teiltä mitään vuosiin. Minä luen hänen postinsa hänen pyynnöstään.

Haluamme tietää mitä tietoja teillä hänestä on ja mistä olette ne saaneet. Sen jälkeen kaikki tiedot pitää poistaa, ja markkinointi loppuu heti.

Jos emme saa vastausta kuukauden sisällä, otamme yhteyttä tietosuojavaltuutettuun.

Kirsi Hämäläinen""")

E("sv", "rectification", False,
  "no longer club contact person; update contact (disputed: organisation contact)",
  "Göran Wikström <goran.wikstrom@example.fi>",
  "Kontaktperson IF Kamraterna",
  """Hej,

Jag är int längre kontaktperson för IF Kamraterna Vasa, det har varit Susanne Holm sedan i våras. Ändå står jag i era uppgifter som kontakt och får alla fakturor och påminnelser om lagfotograferingen. Ändra det så att mina uppgifter int längre är kopplade till föreningen, och skicka åt Susanne i stället (susanne.holm@example.fi).

Göran Wikström""")

E("fi", "", False,
  "hypothetical: if I asked for deletion, would old passport receipts go too",
  "Markku Leinonen <markku.leinonen@example.fi>",
  "kysymys poistosta",
  """Hei, jos pyytäisin poistamaan tietoni, menisikö myös vanhat passikuvat ja kuvakuitit? Saatan vielä tarvita kuittia kun hakemus on kesken, joten en halua vielä mitään poistettavan. Kysyn vain etukäteen.

Markku""")

E("sv", "objection", False,
  "dialect: doesn't want data passed to collection",
  "Bror Lillqvist <bror.lillqvist@example.fi>",
  "inkasso",
  """Hej. Ja vill int att mina uppgifter lämnas åt inkasso. Ja har ringt åt er o kommit överens om att ja betalar i november när pensionen kommer, o ja e 82 år o ha aldrig haft betalningsanmärkningar. He känns int bra att dom sku få mina uppgifter.

Bror Lillqvist
Petalax""")
