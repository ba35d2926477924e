from parts.common import E

E("sv", "", True, "Swedish out-of-office with no auto headers",
  "Pia Sandvik <pia.sandvik@example.fi>", "Frånvarande: Svar på din begäran",
  """Hej,

Jag är på semester till och med 27.11 och läser inte min e-post. Din e-post vidarebefordras inte. I brådskande ärenden kontakta kansliet, tfn 06 123 4567.

Pia Sandvik
Ekonomichef, Vörå samkommun""")

E("sv", "access", False, "long formal access request from Sweden listing Art 15 items",
  "Margareta Holm <margareta.holm@example.se>", "Begäran om registerutdrag enligt artikel 15 dataskyddsförordningen",
  """Till Zoomi Kuvakaupat Oy
Personuppgiftsansvarig

Begäran om registerutdrag

Jag begär härmed information om huruvida ni behandlar personuppgifter om mig och, om så är fallet, en kopia av dessa uppgifter. Jag ber er också att uppge

- ändamålen med behandlingen,
- vilka kategorier av personuppgifter som behandlas,
- de mottagare eller kategorier av mottagare som uppgifterna har lämnats ut till, särskilt mottagare i tredje land,
- hur länge uppgifterna kommer att lagras,
- varifrån uppgifterna har hämtats, om de inte har samlats in från mig,
- förekomsten av automatiserat beslutsfattande, inbegripet profilering.

Jag är medveten om att jag har rätt att inge klagomål till en tillsynsmyndighet.

Bakgrund: Jag bodde i Vasa 2018–2023 och tog då bland annat passfoto och familjefoton hos er. Mitt dåvarande telefonnummer var 040 890 1234.

Med vänlig hälsning
Margareta Holm
Linnégatan 8
413 04 Göteborg""")

E("sv", "erasure", False, "father wants class photos removed from webshop gallery/server",
  "Joakim Wikström <joakim.wikstrom@example.fi>", "Klassbilder i webbshoppen",
  """Hej,

Alla våra barns klassbilder från 2019 framåt ligger fortfarande i er webbshop och går att se med fotokoden. Vi behöver dem inte mera. Radera bilderna på Alva och Theo Wikström från er server, tack.

Joakim""")

E("sv", "", False, "asks if she can pick up sister's photos; near-miss",
  "Heidi Björkman <heidi.bjorkman@example.fi>", "Hämta bilder åt syster",
  """Hej, kan jag hämta min systers beställning (Nina Björkman, order 88590) i butiken i morgon? Hon är sjuk. Behöver jag någon fullmakt? /Heidi""")

E("sv", "marketing_opt_out", False, "polite elderly lady, no more printed catalogues",
  "Elna Westerback <elna.westerback@example.fi>", "Katalogerna",
  """Bästa Zoomi,

Jag tackar för de vackra katalogerna men jag önskar inte få fler per post. Jag är 84 år och behöver inga fler fotoböcker. Var så vänliga och stryk mig från utskicken.

Med vänlig hälsning
Elna Westerback
Solf""")

E("sv", "access+complaint", False, "reply inside open access request; says demanding ID copy breaks GDPR, will report",
  "Lars Dahlqvist <lars.dahlqvist@example.se>", "Sv: Ditt ärende 2026-118: identifiering",
  """Hej,

Ni begär en kopia av mitt pass innan ni skickar registerutdraget. Jag skriver från samma e-postadress som finns i ert kundregister och som alla orderbekräftelser har gått till. Att kräva en passkopia i det läget är inte förenligt med GDPR.

Skicka registerutdraget utan passkopia. Står ni fast vid kravet anmäler jag saken till IMY.

Lars Dahlqvist

> Hej Lars,
> för att kunna behandla din begäran om registerutdrag behöver vi en kopia av en giltig identitetshandling.
> Med vänlig hälsning, Zoomi Kuvakaupat""")

E("sv", "rectification", False, "other parent's email gets notices; guardian contact info wrong",
  "Helena Ekman <helena.ekman@example.fi>", "Fel vårdnadshavare i era uppgifter",
  """Hej,

I era uppgifter om min son Elias Ekman (Sundom skola) står min före detta mans e-post som kontakt, fast det är jag som beställer och betalar. Kan ni ändra kontaktuppgiften till mig: helena.ekman@example.fi, 040 901 2345.

Tack
Helena""")

E("sv", "", False, "reporter asks how many GDPR requests they receive; no DSR",
  "Jonas Backman / Vasabladet <jonas.backman@vasabladet.example.fi>", "Fråga från Vasabladet",
  """Hej,

Jag skriver en artikel om hur lokala företag hanterar GDPR-begäranden sju år efter att förordningen trädde i kraft. Hur många begäranden om registerutdrag eller radering har ni fått i år, ungefär? Och har ni någon gång blivit anmälda till Dataombudsmannen?

Jag behöver svaret senast torsdag.

Jonas Backman
reporter, Vasabladet
050 345 6789""")

E("sv", "objection", False, "refuses profiling, not tied to marketing",
  "Kim Fant <kim.fant@example.fi>", "profilering",
  """Hej. Jag godkänner inte att ni profilerar mig utifrån mina köp och besök på er sida. Jag invänder mot det. Ni får använda mina uppgifter för att leverera det jag köper, inget annat. /Kim""")

E("sv", "portability", False, "Finland-Swede mixing Finnish words, data file to new service",
  "Mikael Rosqvist <mikael.rosqvist@example.fi>", "mina tiedot till nya tjänsten",
  """Moi!

Jag har bytt till en annan fotoboktjänst (de har bättre papper, sori). Kan ni skicka mina tiedot, alltså kontot, adressboken och alla uppladdade bilder, i en fil som går att läsa in där, typ zip + csv? Eller skicka direkt till dem om det går.

Kiitos & tack
Mikke""")

E("sv", "erasure+objection", False, "take photo off website and it must not be used in ads again",
  "Julia Kvist <julia.kvist@example.fi>", "Min bild på er hemsida",
  """Hej,

Jag var modell för er studentfotografering 2024 och bilden på mig används fortfarande på er hemsida under "Studentbilder". Jag återkallar mitt samtycke. Ta bort bilden från hemsidan, och den får inte användas i er reklam i fortsättningen heller, inte i sociala medier och inte i trycksaker.

Julia Kvist""")

E("sv", "", True, "Slotti cancellation confirmation in Swedish, no auto headers",
  "Slotti <no-reply@slotti.example.com>", "Din bokning har avbokats",
  """Hej Sebastian Nylund,

Din bokning har avbokats.

Tjänst: Studentfotografering
Tid: fredag 4.12 kl. 15:00
Plats: Zoomi Kuvakaupat, Vasa

Vill du boka en ny tid? https://slotti.example.com/zoomi

Med vänliga hälsningar
Slotti för Zoomi Kuvakaupat""")

E("sv", "access", False, "daughter with power of attorney asks what data they have about demented mother",
  "Carina Lindell <carina.lindell@example.fi>", "Uppgifter om min mamma",
  """Hej,

Min mamma Gun Lindell (f. 1941) har demens och jag har en intressebevakningsfullmakt som är fastställd av Myndigheten för digitalisering och befolkningsdata. Hon har fått flera fakturor från er som hon inte kommer ihåg något om.

Jag vill veta vilka uppgifter ni har om henne, vilka beställningar som finns och varifrån de kommer. Jag kan skicka en kopia av fullmakten.

Carina Lindell
Karleby""")

E("sv", "access", False, "reply in open access request giving the order number they asked for",
  "Niklas Åström <niklas.astrom@example.fi>", "Re: Er begäran om registerutdrag – vi behöver mer information",
  """Hej, här kommer ordernumret ni bad om: 87166 (passfoto i juni). Hoppas det räcker.

Niklas

> Hej Niklas,
> tack för ditt meddelande. För att kunna bekräfta din identitet ber vi dig
> uppge ordernummer eller fotokod från någon av dina beställningar.""")

E("fi", "", True, "Finnish delivery failure notice without auto headers",
  "Postmaster <postmaster@example.fi>", "Viestin toimitus epäonnistui",
  """Viestiäsi ei voitu toimittaa seuraavalle vastaanottajalle:

jari.m.vaatainen@example.fi
Postilaatikko on täynnä (552 5.2.2 Mailbox full).

Alkuperäinen viesti:
Aihe: Vastaus tarkastuspyyntöönne
Lähetetty: 17.11.2026 9.02""")

E("fi", "access", False, "formal short 'haluan käyttää tarkastusoikeuttani'",
  "Liisa Heikkilä <liisa.heikkila@example.fi>", "Tarkastuspyyntö",
  """Hyvä vastaanottaja,

Haluan käyttää tarkastusoikeuttani ja pyydän tiedot kaikista minua koskevista henkilötiedoista, joita asiakasrekisterissänne on.

Liisa Heikkilä
Kokkola""")

E("fi", "marketing_opt_out", False, "very short 'lopettakaa spämmi'",
  "Jani Peltonen <jani.peltonen@example.fi>", "spämmi",
  """lopettakaa se spämmi mun sähköpostiin""")

E("fi", "rectification", False, "fix name and remove old phone number",
  "Eija-Riitta Mäki <eijariitta.maki@example.fi>", "Tietojen korjaus",
  """Hei,

Nimeni on teillä muodossa "Eija Riitta Maki", oikein on Eija-Riitta Mäki (väliviiva ja ä). Lisäksi vanha numeroni 040 111 2233 ei ole enää käytössä, poistakaa se ja laittakaa tilalle 050 222 3344.

Kiitos
Eija-Riitta""")

E("fi", "", False, "customer organisation HR asks whether they may publish staff photos on their site",
  "Henna Rinne <henna.rinne@example.fi>", "Henkilökuvien julkaisu nettisivuilla",
  """Hei,

Otitte meidän henkilökunnan kuvat lokakuussa. Saammeko julkaista kuvat nettisivuillamme ilman erillistä suostumusta työntekijöiltä, vai pitääkö jokaiselta kysyä? Onko teillä kokemusta, miten muut asiakkaat ovat toimineet?

Henna Rinne
HR-asiantuntija, Pohjanmaan Kone Oy""")

E("fi", "objection", False, "refuses use of his family photo in shop window; no removal",
  "Kalle Haapala <kalle.haapala@example.fi>", "Perhekuva näyteikkunassa?",
  """Moi, kuvaaja kysyi kuvauksen lopuksi saako meidän perhekuvaa käyttää näyteikkunassa ja vaimo sanoi ehkä. Mä en halua. Älkää käyttäkö meidän kuvia näyteikkunassa tai mainoksissa. Kuvat itsellemme kyllä tilataan normaalisti. -Kalle""")

E("fi", "complaint", False, "reports breach to DPA after wrong gallery link; no request",
  "Marjo Lindqvist <marjo.lindqvist@example.fi>", "Tietoturvaloukkaus – ilmoitus",
  """Hei,

Sain teiltä sähköpostilla linkin, jonka takaa löytyi kokonaan toisen perheen lasten kuvat nimineen. Toivottavasti meidän kuvia ei ole mennyt kenellekään muulle.

Olen tehnyt tästä ilmoituksen tietosuojavaltuutetulle tänään.

Marjo Lindqvist""")

E("fi", "portability", False, "wants order history and photos as file to import into new service",
  "Antti Mattila <antti.mattila@example.fi>", "tilaushistoria ja kuvat tiedostona",
  """Moikka

Onko mahdollista saada kaikki mun tiedot (tili, osoitteet, tilaukset) ja lataamani kuvat koneluettavassa muodossa? Siirrän ne toiseen kuvapalveluun. CSV tai JSON käy.

t. Antti""")

E("fi", "erasure", False, "short 'unohtakaa minut'",
  "Outi Rautiainen <outi.rautiainen@example.fi>", "unohtakaa minut",
  """Hei. Unohtakaa minut, eli poistakaa tietoni kaikista järjestelmistänne. Outi Rautiainen""")

E("en", "", True, "industry newsletter without list headers",
  "Photo Business Weekly <news@photobusiness.example.com>", "This week: school photography pricing trends",
  """PHOTO BUSINESS WEEKLY – Issue 412

• School photography: are digital-only packages eating into print sales?
• New EU rules on AI-edited images in advertising – what studios need to know
• Interview: how a Nordic studio chain cut re-shoots by 30 %

Read online: https://photobusiness.example.com/412

You are receiving this because you subscribed at photobusiness.example.com.
Manage your subscription or unsubscribe: https://photobusiness.example.com/prefs""")

E("en", "erasure", False, "Finn writing English, right to be forgotten",
  "Mikko Toivonen <mikko.toivonen@example.fi>", "Right to be forgotten request",
  """Hello,

I want to use my right to be forgotten. Please erase all my personal data from your customer register, including the photos from my graduation shoot in 2021.

Best regards / Ystävällisin terveisin
Mikko Toivonen""")

E("en", "rectification", False, "moved, update address",
  "Rachel Adams <rachel.adams@example.com>", "New address",
  """Hi! I've moved, please update my address to Kirkkopuistikko 4 C 21, 65100 Vaasa. The old one on my account is from Seinäjoki. Thanks, Rachel""")

E("en", "access", False, "access request insisting on named recipients (C-154/21)",
  "Thomas Becker <thomas.becker@example.com>", "Access request – including identities of recipients",
  """Dear Data Protection Team,

I would like to exercise my right of access under Article 15 GDPR. In addition to a copy of my personal data, please give me the identity of every recipient to whom my data has been disclosed (not only categories). As the CJEU confirmed in case C-154/21 Österreichische Post, I am entitled to the actual names, e.g. booking, invoicing and debt-collection providers.

I placed orders under this e-mail address in 2023 and 2025.

Sincerely,
Thomas Becker""")

E("en", "", False, "security researcher reports exposed gallery links; not a DSR",
  "Security Research <security@researcher.example.com>", "Responsible disclosure: guessable gallery URLs",
  """Hello,

While testing your web shop I noticed that customer gallery URLs use sequential numeric IDs (e.g. /gallery/100231, /gallery/100232), which allows anyone to browse other customers' photos, including children's school photos, without a photo code.

I have not downloaded or kept any images. I suggest replacing the IDs with random tokens and requiring the photo code on every request. Happy to share details with your developers. I'd appreciate an acknowledgement.

Regards,
Arjun Mehta
independent security researcher""")

E("en", "objection+restriction", False, "objects to handover to debt collection; restrict while assessed",
  "Sarah Whitfield <sarah.whitfield@example.com>", "Objection – debt collection",
  """Hello,

I object to the transfer of my personal data to OK-perintä. The invoice in question (20260912) is for a photo package I returned unopened within the return period, and I have the postal receipt.

While you assess my objection, please restrict the processing of my data: do not pass it on to the collection agency or anyone else.

Sarah Whitfield""")

E("en", "marketing_opt_out", False, "chatty remove from mailing list",
  "Megan Price <megan.price@example.com>", "mailing list",
  """Hi, could you remove me from your mailing list please? I signed up for the discount code last year and now I get something every few days. Nothing personal, the photos were lovely! Megan""")
