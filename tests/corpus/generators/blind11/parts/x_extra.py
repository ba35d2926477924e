M("fi", "erasure", "Outi Lampinen <outi.lampinen@example.fi>", "Kuvauspäivä huomenna",
"""Hei, mihin aikaan 3B kuvataan huomenna? Poika haluaisi ottaa oman pipon mukaan, saako kuvissa olla pipo?

Ja sitten yks juttu: viime vuonna sanoin jo opettajalle ettei meidän Joelille tehdä yksittäiskuvia, mutta niitä oli silti tilauslinkissä. Nyt haluan että ne viime vuoden kuvat poistetaan teiltä kokonaan. Ryhmäkuva saa olla.

Outi Lampinen""", "photo-day question with buried erasure, earlier wish as background")

M("fi", "marketing_opt_out", "Päiväkoti Peikkometsä <peikkometsa.pk@example.fi>", "Vanhemman pyyntö",
"""Hei,

yksi vanhemmistamme (Tuomas Niemelä, tuomas.niemela@example.fi) pyysi meitä ilmoittamaan teille, ettei hän halua teiltä markkinointisähköposteja. Kuvat hän haluaa silti tilata normaalisti.

Terveisin
Helena / Peikkometsän päiväkoti""", "daycare staff forwards parent's marketing opt-out")

M("fi", "access", "Reijo <reijo.makinen@example.fi>", "?",
"""mitä te oikein teette mun tiedoilla? kuka niitä näkee""", "vague one-liner about own data, access")

M("fi", "rectification", "Aapo Lindroos <aapo.lindroos@example.fi>", "nimi väärin",
"""moi mun nimi on teidän listassa Aapeli mut oon Aapo. oon 8C:llä Kuparisaaren koulussa. voitteko korjata ennen ku kuvat tulee""", "teen corrects own name")

M("fi", "marketing_opt_out", "Marja Laaksonen <marja.laaksonen@example.fi>", "Re: Pyyntösi käsittely",
"""Hei,

vastaus kysymykseenne: tarkoitin vain markkinointia. Tiedot saavat muuten jäädä, koska tilaan varmaan vielä lasten koulukuvia. Mainossähköpostit ja tekstiviestit vaan pois.

Marja

> Hei Marja, kiitos viestistäsi "ottakaa mut pois". Tarkoitatko, että haluat ainoastaan
> lopettaa markkinointiviestit vai poistaa kaikki tietosi asiakasrekisteristämme?""", "reply to our question narrowing scope to opt-out")

M("sv", "rectification", "Jona Vikström <jona.vikstrom@example.fi>", "namnbyte",
"""Hej, jag har bytt förnamn från Jonathan till Jona. Kan ni ändra det i registret innan vårens skolfotografering? Jag går i andra året på Vasa övningsskolas gymnasium.

Jona Vikström""", "student name change")

M("sv", "access", "Malin Storbacka <malin.storbacka@example.fi>", "Fotodagen och en fråga",
"""Hej,

fotodagen på Smedsby skola gick bra och barnen var nöjda, fotografen var jättetrevlig. Vi har redan beställt paketet och det kom snabbt.

Men en sak undrar jag över: min man fick ett mejl från er med erbjudanden om fotokalendrar, fast det var jag som gjorde beställningen med min e-post. Varifrån har ni fått hans e-postadress och vad mer har ni sparat om honom? Han bad mig fråga, han står på kopia.

Malin Storbacka""", "access buried after photo-day praise (for husband, cc)")

M("en", "erasure", "Ahmed Yusuf <ahmed.yusuf@example.com>", "Re: We have received your request",
"""Yes, both children. Their names are Amina Yusuf (class 2A) and Idris Yusuf (class 5C), Gerby school. I'm their father. Please go ahead and delete everything about them, as I wrote before.

Ahmed

> Thank you for your request to delete your data. Does your request also concern the
> photos of your children? If so, please tell us their names and schools.""", "reply to ack answering questions, guardian erasure")

M("en", "objection", "Claire Dubois <claire.dubois@example.com>", "FW: parent request - marketing brochure",
"""Hello,

Forwarding a request from one of our parents. She does not want her daughter's class photo used in your marketing brochure and objects to that use. Could you please confirm directly to her?

Best regards,
Claire Dubois
Coordinator, International Section, Vaasa

---------- Forwarded message ----------
From: Nadia Haddad
Subject: brochure

Dear Claire, I saw Yasmin's class photo in the Zoomi flyer they handed out at the fair. I don't agree to her picture being used for advertising. Please pass this on.""", "school coordinator forwards parent's objection")
