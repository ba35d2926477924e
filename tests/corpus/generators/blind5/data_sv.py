# Swedish (mostly Finland-Swedish) customer mail for the fifth blind corpus.


def M(kinds, note, name, subject, body, **kw):
    return dict(lang="sv", kinds=kinds, note=note, name=name, subject=subject,
                body=body.strip("\n") + "\n", **kw)


DISCLAIMER_SV = """
--
Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett
för adressaten. Om du fått meddelandet av misstag, vänligen meddela avsändaren och
radera meddelandet. All otillåten användning, kopiering eller vidarebefordran är
förbjuden.
"""

MESSAGES = [
    # ---------------- access ----------------
    M("access", "guardian: what is stored about me and kids", "Kristina Holm",
      "Fråga om uppgifter", """
Hej!

Jag skulle vilja veta vilka uppgifter ni har sparat om mig och mina barn. Vi har beställt
skolfoton av er i flera år (Vikinga skola och Smedsby daghem).

Mvh Kristina Holm
"""),
    M("access", "short registerutdrag request", "Göran Sundström",
      "Registerutdrag", """
Jag begär ett registerutdrag.

Göran Sundström, Smedsby
"""),
    M("access", "where did you get my number (after sales call)", "Ulla Björkqvist",
      "Telefonsamtal", """
Hej, hur har ni fått tag på mitt nummer? Ni ringde igår och erbjöd familjefotografering.
Jag vill veta varifrån ni har fått mina uppgifter.

Ulla
"""),
    M("access", "who received my data; debt letter to old address", "Stefan Nyman",
      "Vem har fått mina uppgifter?", """
Vem har ni lämnat ut mina uppgifter till? Jag fick ett brev från ett inkassobolag med
min gamla adress, och jag undrar hur den har hamnat där.

Stefan Nyman
""", fmt="cp1252"),
    M("access", "teacher asks what the school gave about her for staff photos", "Camilla Forsman",
      "Personalfotograferingen", """
Hej,

jag jobbar på Korsholms gymnasium. Vilka uppgifter om mig har ni fått från skolan i
samband med personalfotograferingen, och vad har ni sparat?

Camilla Forsman
lektor
""" + DISCLAIMER_SV, fmt="alt"),
    M("access", "no diacritics, copy of personal data", "Jonas Ek",
      "uppgifter", """
hej vill ha en kopia pa alla mina personuppgifter som ni har. tack
"""),

    # ---------------- rectification ----------------
    M("rectification", "guardian: daughter's name misspelled in gallery and invoice", "Annika Granholm",
      "Fel namn", """
Hej,

min dotters namn är felstavat både i galleriet och på fakturan. Det ska vara Ella-Maria
Granholm, inte Ela Maria. Kan ni rätta det i era uppgifter?

Annika
"""),
    M("rectification", "moved, update address in customer register", "Bengt Lillqvist",
      "Ny adress", """
Jag har flyttat till Jakobstad. Uppdatera min adress i kundregistret: Storgatan 5 B 12,
68600 Jakobstad.

Bengt Lillqvist
""", fmt="latin1"),
    M("rectification", "wrong email address on file", "Malin Söderberg",
      "e-post", """
Ni har fel e-postadress till mig, det är malin.soderberg@example.se och inte
malin.soderberg@example.com. Ändra det tack.
"""),
    M("rectification", "surname after marriage, windows-1252", "Emma Sjöberg",
      "Namnbyte", """
Hej! Mitt efternamn är numera Sjöberg efter giftermålet (tidigare Åkerlund). Vänligen
ändra det i era uppgifter så att fakturorna blir rätt.

Hälsningar Emma
""", fmt="cp1252"),

    # ---------------- erasure ----------------
    M("erasure", "short: erase everything", "Lars Wikström",
      "Radering", """
Radera allt ni har om mig. Tack.
"""),
    M("erasure", "delete web shop account", "Sofia Hägglund",
      "Konto", """
Hej, jag vill att ni raderar mitt konto i webbutiken, inklusive beställningshistoriken.

Sofia Hägglund
""", fmt="html"),
    M("erasure", "guardian moved away: remove son's daycare photos and data", "Patrik Strand",
      "Daghemsbilder", """
Hej,

vi har flyttat från Vasa och jag vill att ni tar bort min sons bilder och uppgifter från
daghemsfotograferingen i Gamla Vasa. Vi kommer inte att beställa något.

Patrik Strand
"""),
    M("erasure", "delete passport photo taken last week", "Ida Björk",
      "Passfoto", """
Ta bort passfotot ni tog av mig förra veckan och mina uppgifter. Passet är redan klart.
"""),
    M("erasure", "dialectal Finland-Swedish, erase now", "Kenneth Backlund",
      "uppgifter", """
tjena, int vill ja ha mina uppgifter hos er nåmer, radera dom nu
"""),
    M("erasure", "erasure buried at end of long message about school photos", "Marianne Lönnqvist",
      "Skolfotona i höstas", """
Hej,

jag ville bara berätta att vi var jättenöjda med skolfotona i höstas. Fotografen hade
tålamod med vår yngsta som vägrade sitta still, och bilderna blev verkligen fina.
Mormor har redan hängt upp en på väggen. Syskonbilden var också en bra idé, det borde
ni erbjuda varje år.

Och förresten – kan ni ta bort min gamla e-postadress och allt som hör till det gamla
kontot ur ert system? Jag använder bara den här adressen nu.

Vänliga hälsningar
Marianne
""", fmt="qp"),

    # ---------------- restriction ----------------
    M("restriction", "disputes invoice; don't use or disclose, don't erase", "Tomas Nylund",
      "Faktura 55120", """
Jag bestrider faktura 55120 och kräver att ni inte använder eller lämnar ut mina
uppgifter tills saken är utredd. Radera dem inte heller, jag behöver dem.

Tomas Nylund
"""),
    M("restriction", "lock data, not deleted", "Eva Rosenqvist",
      "Låsa uppgifter", """
Kan ni låsa mina uppgifter så att de inte används till något just nu? Jag vill inte att
de raderas, bara att ni inte gör något med dem tills vidare.
"""),

    # ---------------- portability ----------------
    M("portability", "orders and data as CSV to move to another shop", "Henrik Mattsson",
      "Export", """
Hej, kan jag få alla mina beställningar och uppgifter i ett maskinläsbart format, t.ex.
CSV? Jag ska flytta till en annan fotobutik.
"""),
    M("portability", "send children's photos and data directly to new photo company", "Jenny Lindström",
      "Överföring av bilder", """
Hej,

skicka våra barns bilder och uppgifter direkt till det nya fotoföretaget Fotohörnan Ab
(info@example.se) i elektronisk form. Vi vill samla allt hos dem.

Jenny Lindström
"""),

    # ---------------- objection ----------------
    M("objection", "withdraws consent to daughter's photo in advertising", "Pia Westerlund",
      "Bilden på min dotter", """
Hej,

jag vill inte längre att ni använder bilden på min dotter i er reklam. Jag återkallar
samtycket som jag gav vid fotograferingen.

Pia Westerlund
"""),
    M("objection", "objects to data to OK-perintä, never got invoice", "Roger Häggblom",
      "Inkasso", """
Jag motsätter mig att ni lämnar mina uppgifter till OK-perintä. Jag har aldrig fått
någon faktura av er.
"""),
    M("objection", "stop Google Analytics tracking", "Linnea Holmberg",
      "Spårning", """
Sluta spåra mig med Google Analytics på er webbsida.
""", fmt="b64"),
    M("objection", "employee: staff photo not to employer website", "Mats Kronqvist",
      "Personalfoto", """
Hej,

jag vill inte att mitt personalfoto skickas vidare till min arbetsgivares webbsida.
Det har jag inte gått med på.

Mats Kronqvist
"""),
    M("objection", "says no to profiling of purchases", "Christel Bäck",
      "profilering", """
Jag säger nej till all profilering av mina köp och allt beteendeanalys på er sida.
"""),

    # ---------------- marketing opt-out ----------------
    M("marketing_opt_out", "unsubscribe from newsletter", "Birgitta Nordling",
      "Nyhetsbrev", """
Avregistrera mig från nyhetsbrevet, tack.
"""),
    M("marketing_opt_out", "stop offer calls, angry", "Kaj Östman",
      "Sluta ringa", """
Sluta ringa mig med erbjudanden! Jag har sagt det två gånger redan.
"""),
    M("marketing_opt_out", "no more SMS offers, FI-sv 'mera'", "Gunilla Storbacka",
      "sms", """
Vill inte ha era SMS-erbjudanden mera.
"""),
    M("marketing_opt_out", "subject-only unsubscribe", "Ronny Ahlskog",
      "avprenumerera", """
Skickat från min Galaxy
"""),
    M("marketing_opt_out", "reply to newsletter, take me off list", "Helena Ekman",
      "SV: Höstens erbjudanden", """
Hur många gånger ska jag behöva be er sluta skicka reklam? Ta bort mig från listan.

Helena

Från: Zoomi Kuvakaupat <uutiskirje@example.fi>
Skickat: den 1 oktober 2024 08:00
Till: helena.ekman@example.se
Ämne: Höstens erbjudanden

Boka höstens familjefotografering nu – 20 % rabatt!
Vill du inte längre få våra nyhetsbrev? Avregistrera dig här.
""", reply=True, fmt="alt"),

    # ---------------- complaint ----------------
    M("complaint", "has lodged complaint with Data Protection Ombudsman", "Fredrik Sandvik",
      "Klagomål", """
Jag har idag lämnat in ett klagomål till Dataombudsmannens byrå om hur ni har hanterat
min begäran från i våras.

Fredrik Sandvik
"""),

    # ---------------- multi ----------------
    M("access+erasure", "send what you have, then erase", "Anders Blomqvist",
      "Mina uppgifter", """
Skicka mig först vad ni har om mig, och radera sedan allt.
"""),
    M("erasure+marketing_opt_out", "no more mails and erase data", "Susanne Grönlund",
      "Inga fler mejl", """
Inga fler mejl från er, och radera mina uppgifter ur ert register.
"""),
    M("objection+erasure", "withdraws consent to son's photo on Instagram, remove it", "Niklas Löfman",
      "Instagram", """
Hej,

jag återkallar samtycket till att min sons bild används på ert Instagram-konto. Ta bort
bilden därifrån och ur ert arkiv.

Niklas Löfman
"""),
    M("access+complaint", "no reply to registerutdrag for six weeks; will report", "Marika Nordqvist",
      "Påminnelse: registerutdrag", """
Ni har inte svarat på min begäran om registerutdrag på sex veckor. Skicka uppgifterna
nu, annars anmäler jag er till dataombudsmannen.

Marika Nordqvist
"""),
    M("access+rectification", "fix wrong address and tell what else you hold", "Jan-Erik Mård",
      "Adressen fel", """
Min adress är fel hos er, det ska vara Skolhusvägen 2, 66100 Malax. Rätta den, och
berätta vilka andra uppgifter ni har om mig.
"""),
    M("objection+marketing_opt_out", "stop newsletter and web tracking", "Tove Åström",
      "nyhetsbrev och spårning", """
Sluta med både nyhetsbrev och spårning av mig på webben, tack.
"""),
    M("rectification+restriction", "data wrong; don't use until corrected", "Leif Sjöholm",
      "Felaktiga uppgifter", """
Uppgifterna om mig stämmer inte – både telefonnummer och adress är gamla. Använd dem
inte förrän ni har rättat dem. Rätt nummer är 050 444 1234.
""", fmt="latin1"),
    M("access+portability", "wants data in importable format and list of data", "Sara Wiklund",
      "Dataportabilitet", """
Hej,

jag vill få mina uppgifter i ett format som jag kan importera hos en annan leverantör.
Berätta också vilka uppgifter ni överhuvudtaget har om mig och var ni fått dem ifrån.

Sara Wiklund
"""),
    M("objection+erasure+complaint", "photo published on Facebook without consent; GDPR breach; take down",
      "Jessica Holmström", "Min bild på Facebook", """
Ni har publicerat min bild på er Facebooksida utan lov. Det är ett brott mot GDPR.
Ta ner den och radera den, jag har aldrig gått med på att den används.
"""),
    M("objection+complaint", "objects to inkasso for paid invoice, contacted IMY", "Oskar Lindell",
      "Inkasso trots betald faktura", """
Att ni skickar mina uppgifter till inkasso för en faktura som jag redan betalat strider
mot dataskyddsförordningen. Jag motsätter mig det och har kontaktat IMY.

Oskar Lindell, Umeå
"""),

    # ---------------- near-misses ----------------
    M("", "near-miss: cancel appointment", "Agneta Berg",
      "Avbokning", """
Jag vill avboka min tid på torsdag kl 14.
"""),
    M("", "near-miss: copy of invoice", "Kurt Nyberg",
      "Faktura", """
Kan ni skicka en kopia av fakturan? Jag har tappat bort den.
"""),
    M("", "near-miss: wrong amount on invoice", "Solveig Storm",
      "fel på fakturan", """
Fel belopp på fakturan, jag beställde bara två bilder men ni har fakturerat fyra.
"""),
    M("", "near-miss: blurry photos reklamation", "Dan Karlsson",
      "Reklamation", """
Bilderna är suddiga och en är beskuren så att huvudet saknas. Jag vill reklamera.
"""),
    M("", "near-miss: order more copies of school photo", "Ann-Sofi Lindén",
      "Fler kopior", """
Kan jag beställa fler kopior av skolfotot från 2023? Farmor vill också ha en.
"""),
    M("", "near-miss: passport photo code fails at police", "Mikael Forsberg",
      "Passfoto kod", """
Koden till passfotot fungerar inte hos polisen, det står att bilden inte hittas.
"""),
    M("", "near-miss: where is my order", "Elin Grönqvist",
      "Beställning", """
Var är min beställning? Det har gått tre veckor.
"""),
    M("", "near-miss: cannot log into gallery", "Johan Ahlroth",
      "Galleriet", """
Jag kommer inte in i galleriet, lösenordet funkar inte längre.
"""),
    M("", "near-miss: retouch with 'ta bort'", "Louise Vikström",
      "Retusch", """
Kan ni ta bort plåstret från min sons panna på bilden innan ni skriver ut den?
"""),
    M("", "near-miss: delete duplicate order", "Peter Engström",
      "dubbel beställning", """
Ta bort den dubbla beställningen, jag råkade klicka två gånger. Ordernumret är 8812.
"""),
    M("", "near-miss: price of family photography", "Maria Enlund",
      "Pris", """
Vad kostar en familjefotografering en lördag?
"""),
    M("", "near-miss: re-subscribe to newsletter", "Sanna Kull",
      "Nyhetsbrevet", """
Jag vill gärna börja få nyhetsbrevet igen, jag avregistrerade mig av misstag.
"""),
    M("", "near-miss: thanks reply; quoted thread is an erasure request", "Rolf Snickars",
      "SV: Begäran om radering", """
Tack för bekräftelsen!

/Rolf

Den tis 14 jan. 2025 kl 10:12 skrev Zoomi Kuvakaupat <tietosuoja@example.fi>:
> Hej Rolf, dina uppgifter har nu raderats.
>
> Den mån 13 jan. 2025 kl 21:40 skrev Rolf Snickars <rolf.snickars@example.fi>:
>> Radera mina uppgifter och avregistrera mig från nyhetsbrevet.
""", reply=True),
    M("", "near-miss: change delivery address of one order", "Ulrika Sved",
      "Order 5521", """
Ändra leveransadressen för order 5521 till min arbetsplats: Handelsesplanaden 8, Vasa.
"""),
    M("", "near-miss: where is the privacy policy", "Birger Holmqvist",
      "Dataskyddsbeskrivning", """
Var hittar jag er dataskyddsbeskrivning? Hittade den inte på hemsidan.
""" + DISCLAIMER_SV),
    M("", "near-miss: newsletter offer question", "Johanna Nyholm",
      "Erbjudandet", """
Erbjudandet i nyhetsbrevet – gäller det också syskonbilder?
"""),
    M("", "near-miss: why inkasso letter, paid on time", "Kent Eriksson",
      "Inkassobrev", """
Varför fick jag ett inkassobrev? Jag betalade fakturan i tid, kolla era system.
"""),
    M("", "near-miss: teacher moves photo day", "Carina Nystrand",
      "Fotograferingsdag 4B", """
Hej, fotograferingsdagen för klass 4B behöver flyttas eftersom klassen är på lägerskola
den veckan. Passar tisdagen därpå?

Carina Nystrand, klasslärare
"""),
    M("", "near-miss: digital files of the photos", "Isabella Wikman",
      "Digitala bilder", """
Kan jag få bilderna som digitala filer också? Vad kostar det?
"""),
]
