from parts.common import E

E("fi", "erasure", False, "lawyer threat (not complaint) + delete photo from Facebook",
  "Jouni Hakkarainen <jouni.hakkarainen@example.fi>", "Kuva Facebookissa – viimeinen pyyntö",
  """Hei,

Pyysin jo lokakuussa poistamaan poikani kuvan Facebook-sivultanne. Kuva on yhä siellä. Jos sitä ei ole poistettu perjantaihin mennessä, annan asian asianajajan hoidettavaksi.

Jouni Hakkarainen""")

E("fi", "", False, "estate letter: deceased grandmother's orders / account (near-miss)",
  "Sirkka Laaksonen <sirkka.laaksonen@example.fi>", "Kuolinpesän asia",
  """Hei,

Äitimme Aili Laaksonen kuoli lokakuussa. Hänellä oli teillä tili, josta hän tilasi lastenlastensa koulukuvia. Olemme kuolinpesän osakkaita. Onko hänellä avoimia laskuja tai tilauksia, jotka pitäisi hoitaa? Pesänselvitys on kesken.

Sirkka Laaksonen""")

E("sv", "access", False, "access with 'I reserve the right to complain' – not complaint",
  "Henrik Söderholm <henrik.soderholm@example.fi>", "Begäran om tillgång enligt artikel 15",
  """Hej,

Med stöd av artikel 15 i dataskyddsförordningen begär jag tillgång till de personuppgifter ni behandlar om mig och min dotter Tilda Söderholm, inklusive bilder, ändamål, mottagare och lagringstid.

Jag förbehåller mig rätten att vända mig till tillsynsmyndigheten om jag inte får svar inom en månad.

Henrik Söderholm""")

E("en", "", False, "developer/parent discussing consent forms design (near-miss)",
  "Paul Anderson <paul.anderson@example.com>", "Feedback on your consent form",
  """Hi,

I work with privacy notices professionally, so a bit of friendly feedback: your photo-day consent form mixes "photos may be delivered to the school" and "photos may be used in marketing" in one box. Under GDPR those should really be separate, freely given choices. Not a complaint — just thought you'd want to know before next spring.

Paul Anderson""")

E("fi", "erasure", False, "conditional consent withdrawal as ground; remove photo from shop window",
  "Leila Tuominen <leila.tuominen@example.fi>", "Näyteikkunan kuva",
  """Hei,

Tyttäreni (12 v) kuva on teidän näyteikkunassa. Jos olen joskus antanut siihen luvan, peruutan sen nyt. Ottakaa kuva pois ikkunasta.

Leila Tuominen""")

E("sv", "", False, "public-records style request from municipality official (near-miss)",
  "Johanna Björk <johanna.bjork@example.fi>", "Avtal om skolfotografering",
  """Hej,

Jag arbetar på bildningsförvaltningen i Korsholm. Vi sammanställer uppgifter inför en ny upphandling och skulle behöva en kopia av det gällande avtalet om skolfotografering mellan kommunen och Zoomi, samt prislistan för läsåret 2026–2027.

Johanna Björk
Planerare""")

E("fi", "", False, "mother: order arrived but missing wallet photos (near-miss)",
  "Pia Kärkkäinen <pia.karkkainen@example.fi>", "Puuttuu lompakkokuvat",
  """Moi, paketti tuli mut siitä puuttu ne lompakkokuvat (8kpl), muuten kaikki ok. Tilaus 449 880. Lähetättekö ne perään?""")

E("en", "objection", False, "CCPA-style opt out of sale by US relative",
  "Kevin Brooks <kevin.brooks@example.com>", "Do Not Sell My Personal Information",
  """Hello,

I'm a US resident who ordered prints of my nieces' school photos from your shop. Please opt me out of the sale or sharing of my personal information.

Kevin Brooks
California""")

E("sv", "erasure+objection", False, "mother: stop processing and delete all her son's data (cease further processing)",
  "Rebecka Wikström <rebecka.wikstrom@example.fi>", "Radera och upphör",
  """Hej,

Jag begär att ni raderar alla uppgifter och bilder om min son Hugo Wikström (Smedsby skola) och att ni upphör med all vidare behandling av hans uppgifter med omedelbar verkan.

Rebecka Wikström""")

E("fi", "", False, "father asks whether kid can be left out of group photo on the website (question)",
  "Mika Lehtinen <mika.lehtinen@example.fi>", "Ryhmäkuvat netissä?",
  """Hei! Julkaisetteko te ryhmäkuvia jossain julkisesti, esim. nettisivuilla tai somessa? Kysyn vain, koska poikamme harrastaa ja emme ole ihan varmoja haluammeko. Ei tarvitse tehdä mitään, haluan vain tietää.

Mika""")

E("fi", "access", False, "short access request from young adult, Finnish with English words",
  "Emilia Rönkkö <emilia.ronkko@example.fi>", "GDPR request",
  """Moi! Haluisin saada kopion kaikista mun datasta mitä teillä on, myös ne vanhat kouluaikojen kuvat jos ne on vielä tallessa. Emilia Rönkkö, s. 2003. Kiitti!""")

E("sv", "rectification", False, "guardian's name misspelt, fix",
  "Kaj Ahlström <kaj.ahlstrom@example.fi>", "Fel namn på vårdnadshavare",
  """Hej, i beställningsinformationen står det "Kai Ahlstrom" som vårdnadshavare för Isak. Mitt namn är Kaj Ahlström. Var snäll och korrigera. /Kaj""")

E("en", "", True, "automatic reply from a parent's mailbox in english, with header",
  "Sophia Becker <sophia.becker@example.com>", "Auto: Your school photo order code",
  """I'm travelling until 15 November with no access to email. Your message has not been forwarded.""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

E("fi", "erasure+complaint", False, "angry separated mother: father gave consent for ad, remove, will complain",
  "Tanja Kemppainen <tanja.kemppainen@example.fi>", "LASTEN KUVAT MAINOKSESSA",
  """Lasten isä on ilmeisesti antanut teille luvan käyttää meidän tyttären kuvaa mainoksessa ilman että minulta kysyttiin, vaikka meillä on yhteishuolto. Kuva on nyt teidän nettisivuilla ja Instagramissa.

Poistakaa se kummastakin paikasta heti. Ellei kuva ole poissa huomiseen mennessä, teen valituksen tietosuojavaltuutetulle.

Tanja Kemppainen""")

E("sv", "", False, "question whether school photos are sent outside EU (question only)",
  "Ann-Sofi Lillqvist <annsofi.lillqvist@example.fi>", "Lagras bilderna utanför EU?",
  """Hej,

En annan förälder påstod att skolfotona lagras på servrar i USA. Stämmer det? Jag vill bara veta innan jag fyller i blanketten för nästa år.

Ann-Sofi""")

E("fi", "marketing_opt_out", False, "grandmother: no more paper catalogues",
  "Helvi Mäkinen <helvi.makinen@example.fi>", "Mainokset",
  """Hyvä vastaanottaja

Tilasin kerran lapsenlapsen kuvia ja sen jälkeen on tullut mainoskirjeitä monta kertaa. En halua niitä enää. Olkaa hyvä ja lopettakaa suoramarkkinointi minulle.

Helvi Mäkinen
Laihia""")

E("en", "access+rectification+erasure", False, "multi: see data, correct address, delete old child record",
  "Caroline Price <caroline.price@example.com>", "Several things about our account",
  """Hi,

A few things, sorry for the long list:
- Please send me a copy of the information you hold on our family account.
- Our address is wrong, it should be Koulukatu 22 C 15, 65100 Vaasa.
- Our older son Harry has left school and is now an adult living abroad; please delete his profile and photos from our account.

Thanks,
Caroline Price""")

E("sv", "portability", False, "sv: wants to move photobook data to another service",
  "Jonas Wallin <jonas.wallin@example.fi>", "Fotoböcker – dataportabilitet",
  """Hej,

Kan ni skicka mig alla bilder jag själv laddat upp till mina fotoböcker och mina kontouppgifter i ett maskinläsbart format? Jag tänker flytta till en annan tjänst och vill använda min rätt till dataportabilitet.

Jonas Wallin""")

E("fi", "", False, "kindergarten staff asks to change photo day (near-miss)",
  "Eija Kivimäki <eija.kivimaki@example.fi>", "Kuvauspäivän siirto",
  """Hei,

Päiväkoti Satakielen kuvauspäivä on varattu 4.12., mutta meillä on silloin joulujuhlan harjoitukset. Voisiko kuvauksen siirtää viikolla eteenpäin? Lupalomakkeet on jo kerätty.

Eija Kivimäki
varhaiskasvatuksen opettaja""")

E("sv", "restriction", False, "sv preservation notice: keep records, dispute over invoice",
  "Patrik Mattsson <patrik.mattsson@example.fi>", "Radera inte uppgifterna",
  """Hej,

Jag bestrider fakturan 2026-10377 och ärendet kan gå vidare till konsumenttvistenämnden. Radera inga uppgifter om beställningen, bilderna eller korrespondensen förrän tvisten är avgjord. Jag behöver dem.

Patrik Mattsson""")

E("fi", "objection", False, "mother: no photos to be taken of child in future photo sessions? refuses group-photo publication",
  "Kaisa Jokinen <kaisa.jokinen@example.fi>", "Vastustan kuvan julkaisemista",
  """Hei,

Vastustan sitä, että poikani Veetin kuva julkaistaan teidän vuosittaisessa "Vaasan ekaluokkalaiset" -koosteessa paikallislehdessä. Kuvan saa ottaa ja voimme tilata sen itse, mutta julkaista sitä ei saa.

Kaisa Jokinen""")

E("en", "", False, "parent asks if ordering for both households possible (near-miss)",
  "Laura Schmidt <laura.schmidt@example.com>", "Two sets of codes?",
  """Hello,

My ex-husband and I both want to order our kids' photos separately and have them delivered to our own addresses. Is it possible to get a second login code? We're on good terms, just live in different towns.

Laura""")

E("sv", "", False, "grandmother asks for help — printed photo faded (near-miss)",
  "Ingrid Backlund <ingrid.backlund@example.fi>", "Blekt foto",
  """Hej,

Jag har ett skolfoto av min dotter från 1998 som ni tog när ni hette något annat. Det har blekts helt. Har ni ännu negativen kvar så att man kunde få en ny kopia? Jag betalar gärna.

Ingrid Backlund""")

E("fi", "access", False, "asks for copies of the photos of himself as adult staff photo",
  "Jussi Honkala <jussi.honkala@example.fi>", "Henkilökuvat työpaikalta",
  """Hei,

Työnantajani tilasi teiltä henkilökuvat keväällä. Haluan tietää mitä tietoja minusta on tallennettu kuvauksen yhteydessä ja saada kopiot kaikista minusta otetuista kuvista, myös niistä joita työnantaja ei valinnut.

Jussi Honkala""")

E("sv", "erasure", False, "father wants daughter out of group photo shown in shop window",
  "Robert Eklund <robert.eklund@example.fi>", "Gruppbilden i fönstret",
  """Hej

I ert fönster hänger en stor gruppbild från Vasa övningsskolas dagis, och min dotter Stella syns i första raden. Jag vill inte att hon finns där. Antingen byter ni bild eller suddar ut henne, men hon ska bort därifrån.

Robert Eklund""")

E("en", "complaint", False, "complaint to Zoomi that it breaches GDPR + said will go to DPA",
  "Helen Ward <helen.ward@example.com>", "Formal complaint",
  """Dear Sir/Madam,

I wish to make a formal complaint. You sent my son's school portrait login code, with his full name and class, to the wrong parent. That is a personal data breach and you are in breach of the GDPR. Unless I receive a full explanation within 14 days, I will report this to the Data Protection Ombudsman.

Helen Ward""")

E("fi", "rectification+restriction", False, "contest wrong data; don't use until corrected",
  "Marko Peltola <marko.peltola@example.fi>", "Virheelliset tiedot – älkää käyttäkö",
  """Hei,

Teillä on merkitty tyttäreni Iinan huoltajaksi henkilö, joka ei ole hänen huoltajansa. Korjatkaa tieto: huoltajat ovat minä ja Iinan äiti Sanna Peltola. Siihen asti kunnes tieto on korjattu, älkää lähettäkö Iinan kuvia tai tietoja kenellekään.

Marko Peltola""")

E("sv", "marketing_opt_out", False, "teen asks to stop sms ads",
  "Moa Lindström <moa.lindstrom@example.fi>", "sms",
  """hej, jag får sms från er om studentfotografering hela tiden. sluta skicka reklam till mitt nummer 050 321 6547 tack""")

E("fi", "", False, "grandparent asks for an invoice copy (near-miss)",
  "Reino Kangasniemi <reino.kangasniemi@example.fi>", "laskun kopio",
  """Hei, voisitteko lähettää kopion viime kuun laskusta, se on hukkunut. Maksoin jo mutta tarvitsen sen kotitalousvähennystä varten, tai ehkä ei tarvitse. Reino K.""")

E("en", "erasure", False, "young adult: remove my name from old class list page",
  "Ethan Clarke <ethan.clarke@example.com>", "Old class list with my name",
  """Hi,

There's a page on your website from 2015 showing a class group photo of 6B with everyone's full names underneath, including mine. I'd like my name and image removed from that page.

Ethan Clarke""")

E("fi", "", False, "mother asks why consent form asks for child's henkilötunnus (question, near-miss)",
  "Anniina Saarela <anniina.saarela@example.fi>", "Miksi henkilötunnus lupalappuun?",
  """Hei,

Tämän syksyn kuvauslupalapussa kysytään lapsen henkilötunnusta. Mihin te sitä tarvitsette? Jätin kohdan nyt tyhjäksi, toivottavasti lapsi kuvataan silti.

Anniina Saarela""")

E("fi", "access+objection", False, "father: what data on child, and object to class list names shown to other parents",
  "Lauri Niskanen <lauri.niskanen@example.fi>", "Luokkalistat verkkokaupassa",
  """Hei,

Verkkokaupassa ryhmäkuvan alla näkyy kaikkien luokan lasten koko nimet kenelle tahansa, jolla on koodi. Vastustan sitä, että poikani Rasmus Niskasen nimeä näytetään muille vanhemmille tällä tavalla.

Haluaisin myös kopion siitä, mitä tietoja Rasmuksesta teillä on tallessa ja mistä ne on saatu.

Lauri Niskanen
Sepänkylä""")

E("sv", "erasure", False, "sv mother via phone-typed note: remove kindergarten photo from website",
  "Jenny Rönnqvist <jenny.ronnqvist@example.fi>", "Bild på hemsidan",
  """Hej! Min son Valter syns på er hemsida under "Daghemsfotografering". Vi har aldrig gett lov. Ta bort bilden tack.

Skickat från min telefon""")

E("fi", "complaint", False, "father: already filed complaint, informs Zoomi, Finnish short",
  "Esa Kinnunen <esa.kinnunen@example.fi>", "Tiedoksi: valitus tietosuojavaltuutetulle",
  """Tiedoksi, että olen tehnyt valituksen tietosuojavaltuutetulle siitä, että lähetitte tyttäreni koulukuvat ja nimen vieraalle perheelle. Asia on heillä vireillä diaarinumerolla, jonka toimitan pyydettäessä.

Esa Kinnunen""")
