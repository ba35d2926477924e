from parts.common import E

E("sv","complaint",False,"has already reported to DPA","Rolf Nyberg <rolf.nyberg@example.fi>","Anmälan till dataombudsmannen",
"""För kännedom: jag har i dag lämnat in ett klagomål till dataombudsmannens byrå om att mitt barns bilder syntes i er webbutik under en annan familjs inloggning.

Rolf Nyberg
""")

E("sv","access",False,"reminder quoting earlier unanswered request","Maria Sandberg <maria.sandberg@example.fi>","Sv: Begäran om registerutdrag",
"""Hej,

Jag skickade nedanstående begäran den 28 oktober och har inte fått något svar. Påminner om att tidsfristen är en månad.

Maria Sandberg

> Från: Maria Sandberg
> Skickat: 28.10.2026
> Ämne: Begäran om registerutdrag
>
> Hej, jag vill ha ett registerutdrag över alla uppgifter ni har om mig. /Maria Sandberg
""")

E("sv","",False,"researcher interview request","Dr. Sara Helander <sara.helander@example.fi>","Forskningsintervju om dataskydd",
"""Hej,

Jag forskar vid Åbo Akademi i Vasa om hur små företag hanterar dataskyddsförordningen i praktiken, särskilt när det gäller bilder av barn. Skulle någon hos er kunna ställa upp på en anonym intervju på ca 45 minuter i januari?

Med vänlig hälsning
Sara Helander
forskardoktor
""")

E("sv","objection+restriction",False,"formal letter art 18, 21","Thomas Rönnqvist <thomas.ronnqvist@example.fi>","Invändning och begäran om begränsning (art. 18 och 21 GDPR)",
"""Till Zoomi Kuvakaupat Oy

Med stöd av artikel 21.1 i dataskyddsförordningen invänder jag mot behandlingen av mina personuppgifter som grundar sig på berättigat intresse, särskilt analys av mitt köpbeteende och användning av Google Analytics.

Jag begär samtidigt enligt artikel 18.1 d att behandlingen begränsas i avvaktan på kontrollen av om era berättigade skäl väger tyngre än mina.

Vasa 4.12.2026
Thomas Rönnqvist
""")

E("sv","rectification",False,"wrong name and address on invoice","Anders Wiik <anders.wiik@example.fi>","Fel namn och adress",
"""Hej,

På fakturan står "Anders Wik" och en adress i Replot där jag inte bott sedan 2022. Uppdatera mitt namn och min adress i ert kundregister: Anders Wiik, Kyrkoesplanaden 5 A 2, 65100 Vasa. Beloppet stämmer.

Anders Wiik
""")

E("sv","erasure",False,"passport photo delete after passport received","Louise Engström <louise.engstrom@example.fi>","Radera mitt passfoto",
"""Hej,

Jag har fått mitt pass och ni behöver inte längre mitt passfoto. Jag vill att ni raderar bilden och mitt telefonnummer. Jag vet att jag har rätt att bli bortglömd.

Louise Engström
""")

E("sv","access+portability",False,"mixed sv/en","Sandra Kull <sandra.kull@example.fi>","mina uppgifter / my data",
"""Hej,

Kan jag få alla uppgifter ni har om mig? Helst som en fil jag kan ladda ner, CSV or JSON, since I'm moving all my photos to another service.

Tack,
Sandra
""")

E("sv","marketing_opt_out",False,"SMS STOP reply","+358409998877 <sms-gateway@example.fi>","SMS: Zoomi",
"""STOPP inga fler sms tack
""")

E("sv","access+rectification+erasure",False,"template letter from rights site, long","Jessica Fagerholm <jessica.fagerholm@example.fi>","Begäran enligt artiklarna 15, 16 och 17 i dataskyddsförordningen",
"""Till den personuppgiftsansvarige

Jag utövar härmed mina rättigheter enligt Europaparlamentets och rådets förordning (EU) 2016/679.

Artikel 15 – Rätt till tillgång
Jag begär en bekräftelse på huruvida ni behandlar personuppgifter om mig och i så fall en kopia av uppgifterna samt information om:
– ändamålen med behandlingen,
– de kategorier av personuppgifter som behandlas,
– de mottagare eller kategorier av mottagare som uppgifterna har lämnats ut till, särskilt mottagare i tredjeland,
– den period under vilken uppgifterna kommer att lagras,
– rätten att begära rättelse, radering eller begränsning samt att invända,
– rätten att lämna in klagomål till en tillsynsmyndighet,
– varifrån uppgifterna har hämtats,
– förekomsten av automatiserat beslutsfattande, inklusive profilering.

Artikel 16 – Rätt till rättelse
Om uppgifterna är felaktiga begär jag att de rättas.

Artikel 17 – Rätt till radering
När ni har lämnat ovanstående information begär jag att alla uppgifter om mig raderas, i den mån ni inte är skyldiga att bevara dem enligt lag.

Jag förväntar mig svar utan onödigt dröjsmål och senast inom en månad (artikel 12.3).

Med vänlig hälsning
Jessica Fagerholm
Rådhusgatan 20 C 14, 65100 Vasa
""")

E("sv","marketing_opt_out",False,"changes mind in reply quoting own mail","Ann-Sofie Lindroos <annsofie.lindroos@example.fi>","Sv: Radera mitt konto",
"""Hej igen,

Glöm mitt förra mejl. Radera inte mitt konto, där finns alla barnens foton. Jag vill bara slippa reklammejlen.

Ann-Sofie

> Radera mitt konto och alla mina uppgifter. Jag är trött på reklamen.
""")

E("sv","objection",False,"objects to analytics tracking","Niklas Åström <niklas.astrom@example.fi>","Google Analytics",
"""Jag invänder mot att ni samlar in mina användningsuppgifter via Google Analytics i webbutiken. Sluta med det för min del.
Niklas Åström
""")

E("sv","erasure+complaint",False,"former Zoomi employee, already complained","Fredrik Holmström <fredrik.holmstrom@example.fi>","Min bild på sidan \"Vårt team\"",
"""Jag arbetade som fotograf hos er 2020–2023. Min bild och mitt namn finns fortfarande på er webbplats. Jag har bett om att få den borttagen två gånger. Nu har jag anmält saken till dataombudsmannen. Ta bort bilden och mitt namn omedelbart.

Fredrik Holmström
""")

E("sv","access",False,"where did you get my address","Tom Berglund <tom.berglund@example.fi>","Varifrån har ni min adress?",
"""Varifrån har ni fått min adress? Jag har fått ett reklambrev från er men har aldrig handlat hos er.
Tom Berglund
""")

E("sv","rectification",False,"name change after marriage","Josefin Ek (f. Sjölund) <josefin.ek@example.fi>","Byte av efternamn",
"""Hej! Jag har gift mig och heter nu Ek i efternamn (tidigare Sjölund). Byt efternamn och e-post i mitt kundkonto, tack.
Josefin
""")

E("sv","",True,"shop order confirmation","Zoomi Webbutik <noreply@shop.example.fi>","Orderbekräftelse #559210",
"""Tack för din beställning!

Ordernummer: 559210
Produkt: Fotobok A4, 24 sidor
Summa: 39,90 €

Detta är ett automatiskt meddelande. Svara inte på det.
""", hdrs={"Auto-Submitted":"auto-generated"})

E("sv","erasure",False,"parents for two kids, school photos","Sara och Niklas Holm <familjenholm@example.fi>","Radering av barnens bilder",
"""Hej,

Våra barn Alva (åk 1) och Elias (åk 4) fotograferades i Vasa övningsskola i höstas. Vi beställde inga bilder. Som vårdnadshavare begär vi att alla bilder och uppgifter om barnen raderas. Klassfotot får finnas kvar hos skolan.

Sara och Niklas Holm
""")

E("sv","complaint",False,"conditional threat re unanswered mails","Göran Lindén <goran.linden@example.fi>","Obesvarade mejl",
"""Jag har skickat er tre mejl sedan oktober om hur min dotters bilder används, och ingen har svarat. Om jag inte får svar den här veckan kontaktar jag dataombudsmannen.
Göran Lindén
""")

E("sv","access+erasure",False,"passport photo: what kept, then delete","Kaj Wester <kaj.wester@example.fi>","Vad sparar ni från passfotot?",
"""Hej,

Jag tog passfoto hos er i november. Vilka uppgifter om mig finns kvar i era egna system efter att bilden skickats till polisen, och vem har fått dem? När jag har fått svar vill jag att allt raderas.

Kaj Wester
""")

E("sv","objection",False,"objects to Zoomi archiving staff photo for future","Charlotta Kock <charlotta.kock@example.fi>","Min personalbild",
"""Hej,

Min arbetsgivare Wärtsilä-leverantören Nordic Parts beställde personalbilder av er. Jag motsätter mig att ni sparar min bild i ert arkiv för "framtida beställningar" eller använder den för något annat än leveransen till arbetsgivaren.

Charlotta Kock
""")

E("sv","access+complaint",False,"debt collection, not a customer, says GDPR breach","Per-Erik Nordman <pererik.nordman@example.fi>","Inkasso för något jag aldrig beställt",
"""Jag har fått ett inkassokrav från OK-perintä för en faktura från er. Jag har aldrig beställt något. Ni bryter mot GDPR när ni lämnar ut mina uppgifter till inkasso utan grund. Jag vill veta vilka uppgifter ni har om mig och varifrån ni har fått dem.

Per-Erik Nordman
""")

E("sv","",True,"auto receipt from a company","Kundtjänst Nordic Parts <kundtjanst@nordicparts.example.fi>","Automatiskt svar: Fakturan för personalfotografering",
"""Tack för ditt meddelande. Vi har tagit emot det och svarar inom tre arbetsdagar.

Detta är ett automatiskt svar.
""", hdrs={"Auto-Submitted":"auto-replied","X-Auto-Response-Suppress":"All"})

E("sv","restriction",False,"teacher asks to pause use pending employer talk","Jenny Strömberg <jenny.stromberg@example.fi>","Pausa användningen av min bild",
"""Hej,

Jag är lärare vid Gerby skola och blev fotograferad för personalbilden. Rektorn säger att ni ska leverera bilderna till skolans webbplats. Tills jag har rett ut saken med arbetsgivaren ber jag er att inte använda eller lämna ut min bild – men radera den inte heller än.

Jenny Strömberg
""")
