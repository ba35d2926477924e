# -*- coding: utf-8 -*-
"""Swedish (Finland-Swedish and Sweden-Swedish) customer messages for corpus_blind3."""
from mk import m

L = "sv"

SV = [
    # ---------------- single-kind ----------------
    m(L, "access", "FI-sv: inspect data on me and my daughter", ("Camilla Sundqvist", "camilla.sundqvist@example.fi"),
      "Fråga om uppgifter",
      "Hej!\n\nJag skulle vilja granska vilka uppgifter ni har sparat om mej och min dotter Elsa. Hon gick "
      "på Borgaregatans daghem och blev fotograferad där i fjol.\n\nMvh Camilla\n"),

    m(L, "access", "SE casual: what info do you have about me", ("", "jonte.berg@example.se"),
      "??",
      "Hej, vad har ni egentligen för info om mig? Fick ett sms från er fast jag aldrig handlat hos "
      "er vad jag vet.\n"),

    m(L, "rectification", "name misspelt on invoice", ("Åsa Lindqvist", "asa.lindqvist@example.se"),
      "Fel namn",
      "Hej,\n\nni har stavat mitt namn fel på fakturan och i kundregistret. Det ska vara Åsa Lindqvist, "
      "inte Asa Lindkvist. Var snäll och ändra det.\n\nÅsa\n", fmt="latin1"),

    m(L, "erasure", "remove customer account and everything belonging to it", ("Henrik Ekström", "henrik.ekstrom@example.se"),
      "Kundkonto",
      "Hej! Kan ni ta bort mitt kundkonto hos er och allt som hör till det? Jag använder det inte "
      "längre.\n\nHälsningar Henrik\n"),

    m(L, "erasure", "FI-sv dialect: want nothing kept, remove all about me", ("", "stickan.nyman@example.fi"),
      "mina uppgifter",
      "Ja vill int ha nå kvar hos er, ta bort allt som ni har om mej. Int sku ja veta varför ni ska "
      "spara nå heller.\n"),

    m(L, "restriction", "disputed invoice: do nothing with data, don't delete either", ("Maria Holmberg", "maria.holmberg@example.fi"),
      "Faktura 5310",
      "Hej,\n\njag har bestridit faktura 5310. Tills saken är utredd vill jag att ni inte gör något med "
      "mina uppgifter, men radera dem inte heller eftersom jag kan behöva dem.\n\nMaria Holmberg\n", fmt="qp"),

    m(L, "portability", "get images and orders in a file importable elsewhere (CSV)", ("Linnea Forsberg", "linnea.forsberg@example.se"),
      "Flytta till annan fotograf",
      "Hej! Går det att få ut alla mina bilder och beställningar i en fil som jag kan läsa in hos en "
      "annan fotograf? Typ CSV eller nåt liknande. Tack på förhand!\n", fmt="b64"),

    m(L, "objection", "does not accept name/address sent to debt collector", ("Roger Åkesson", "roger.akesson@example.se"),
      "Inkasso",
      "Jag accepterar inte att ni har skickat mitt namn och min adress vidare till ett inkassobolag. "
      "Fakturan var betald i tid och jag vill att det upphör.\n\nRoger Åkesson\n"),

    m(L, "objection", "no longer allowed to use son's picture in brochure", ("Johanna och Mats Strand", "strand.familj@example.fi"),
      "Bilden på Oliver",
      "Hej,\n\nvi ger inte längre lov att använda bilden på vår son Oliver i er broschyr. Vänligen "
      "använd den inte i kommande upplagor.\n\nJohanna och Mats Strand\n"),

    m(L, "marketing_opt_out", "stop calling with offers", ("", "bengt.sjoberg@example.se"),
      "Samtal",
      "Sluta ringa mig med erbjudanden! Det är tredje gången den här månaden. Jag är inte intresserad.\n"),

    m(L, "marketing_opt_out", "end my mailings", ("Gun-Britt Westerlund", "gunbritt.westerlund@example.fi"),
      "Utskick",
      "Hej. Kunde ni vara så vänliga och avsluta era utskick till mig, både e-post och papper. "
      "Tack.\nGun-Britt\n", fmt="latin1-8bit"),

    m(L, "complaint", "how to complain to Dataombudsmannen", ("Peter Lindroos", "peter.lindroos@example.fi"),
      "Klagomål",
      "Hur gör jag för att klaga hos Dataombudsmannen på hur ni har hanterat mina uppgifter? Vilka "
      "papper behöver jag?\n"),

    m(L, "access", "where did you get my e-mail address", ("Karin Nordin", "karin.nordin@example.se"),
      "Min e-post",
      "Hej,\n\nvarifrån fick ni min e-postadress? Jag har aldrig varit kund hos er men får ändå ert "
      "nyhetsbrev.\n\nKarin\n"),

    m(L, "rectification", "moved to Jakobstad, update address in register", ("Anders Björklund", "anders.bjorklund@example.fi"),
      "Ny adress",
      "Hejsan! Jag har flyttat till Jakobstad, uppdatera adressen i ert kundregister:\nStorgatan 12\n"
      "68600 Jakobstad\n\nAnders\n"),

    m(L, "objection", "do not want to be tracked by GA", ("Sofia Ehrnrooth", "sofia.ehrnrooth@example.fi"),
      "Spårning",
      "Hej,\n\njag vill inte bli spårad av Google Analytics eller liknande när jag besöker er webbshop. "
      "Var snäll och sluta med det för min del.\n\nSofia\n", fmt="html"),

    m(L, "erasure", "guardian: delete daughter's daycare photos", ("Emilia Granholm", "emilia.granholm@example.fi"),
      "Dagisfoto",
      "Hej! Vår dotter Ella fotograferades på dagis i oktober men vi vill inte att bilderna sparas "
      "någonstans. Radera dem är ni snälla.\n/Emilia\n"),

    m(L, "access", "subject-only extract request", ("Lars Hedlund", "lars.hedlund@example.se"),
      "Begäran: utdrag ur kundregistret (Lars Hedlund)", "\n--\nSkickat från min iPhone\n"),

    m(L, "marketing_opt_out", "SMS-style STOPP reply to campaign", ("", "0705551234@example.se"),
      "Sv: Höstkampanj hos Zoomi", "STOPP\n"),

    m(L, "objection", "former employee: staff photo must not be used anymore", ("Nina Rönnqvist", "nina.ronnqvist@example.fi"),
      "Personalbild",
      "Hej,\n\njag har slutat på Vasa stads bibliotek. Min personalbild, som ni har tagit och levererat, "
      "ligger fortfarande på deras hemsida. Jag vill inte att den används längre.\n\nNina Rönnqvist\n"),

    m(L, "access", "formal SE request under Art 15", ("Eva Lundgren", "eva.lundgren@example.se"),
      "Begäran om information",
      "Hej,\n\nJag ber härmed att få information om vilka personuppgifter ni behandlar om mig, för vilka "
      "ändamål, vilka mottagare som fått del av dem och hur länge de sparas. Jag hänvisar till artikel 15 "
      "i dataskyddsförordningen.\n\nMed vänliga hälsningar\nEva Lundgren\n", fmt="alt"),

    m(L, "rectification", "phone number changed", ("", "mikaela.h@example.fi"),
      "nytt nummer",
      "hej! mitt telefonnummer har bytts, de nya e 045 000 7788. kan ni ändra de i era uppgifter? tack\n"),

    # ---------------- several kinds ----------------
    m(L, "access+erasure", "first what you have, then erase all", ("Göran Palm", "goran.palm@example.se"),
      "Mina uppgifter",
      "Först vill jag veta exakt vad ni har lagrat om mig. Sedan ska allt raderas. Bekräfta när det "
      "är gjort.\n/Göran Palm\n"),

    m(L, "objection+erasure+complaint", "photo on Facebook without permission, take down, reporting to IMY",
      ("Jessica Holm", "jessica.holm@example.se"), "Min bild på Facebook",
      "Ni har lagt upp en bild på mig på er Facebooksida utan att fråga. Jag har aldrig gett tillstånd "
      "till det. Ta ner den omedelbart och radera den. Det här strider mot GDPR och jag anmäler det "
      "till IMY.\n\nJessica Holm\n"),

    m(L, "erasure+marketing_opt_out", "no more newsletters and erase my data", ("Birgitta Mattsson", "birgitta.mattsson@example.fi"),
      "Nyhetsbrev",
      "Hej. Jag vill inte få några fler nyhetsbrev från er, och radera samtidigt mina uppgifter helt. "
      "Tack.\n", fmt="qp"),

    m(L, "rectification+access", "address wrong in profile, also wants to know what else is held",
      ("Tom Lindfors", "tom.lindfors@example.fi"), "Adress",
      "Hej!\n\nAdressen i min profil är fel, den ska vara Handelsesplanaden 8 A 3, 65100 Vasa. Kan ni "
      "rätta det? Och jag vill också veta vilka andra uppgifter ni har om mig, så att jag kan kolla att "
      "de stämmer.\n\nTom\n"),

    m(L, "restriction+complaint", "freeze data during dispute, otherwise report to Dataombudsmannen",
      ("Kristina Backman", "kristina.backman@example.fi"), "Tvist",
      "Frys behandlingen av mina uppgifter medan tvisten om fakturan pågår. Om ni fortsätter att "
      "skicka mina uppgifter vidare kommer jag att anmäla er till Dataombudsmannen.\n\nKristina Backman\n"),

    m(L, "portability+erasure", "move images in machine-readable form, then close account",
      ("Oskar Wikström", "oskar.wikstrom@example.se"), "Flytt",
      "Hej, jag vill ha alla mina bilder och kunduppgifter exporterade i ett maskinläsbart format så att "
      "jag kan flytta dem till en annan tjänst. Därefter kan ni stänga och radera mitt konto.\n"),

    m(L, "objection+marketing_opt_out", "stop profiling and no advertising", ("Ulrika Sjöblom", "ulrika.sjoblom@example.fi"),
      "Reklam och profilering",
      "Jag vill inte att ni analyserar mina köp för att bygga någon kundprofil, och jag vill inte heller "
      "ha någon reklam från er. Varken per mejl eller sms.\n\nUlrika\n", fmt="latin1"),

    # ---------------- near-misses ----------------
    m(L, "", "near-miss: cancel passport photo appointment", ("", "malin.e@example.se"),
      "Avbokning",
      "Hej, jag måste tyvärr avboka passfotot på tisdag kl 14. Sjukt barn hemma. Kan jag boka ny tid "
      "nästa vecka?\n"),

    m(L, "", "near-miss: order extra copy of school photo", ("Susanne Kronqvist", "susanne.kronqvist@example.fi"),
      "Skolfoto",
      "Hej! Kan jag beställa en kopia till av skolfotot, gärna i större storlek (20x30)? Bilden är "
      "nummer 1142 från Vikinga skola.\n"),

    m(L, "", "near-miss: resend invoice", ("Patrik Sandberg", "patrik.sandberg@example.se"),
      "Faktura",
      "Kan ni skicka fakturan på nytt? Jag har tappat bort den och vill betala innan förfallodagen.\n"),

    m(L, "", "near-miss: charged twice on invoice", ("Helena Saarinen", "helena.saarinen@example.fi"),
      "Fel belopp",
      "Hej, det är fel belopp på fakturan – ni har tagit betalt för samma fotopaket två gånger. Kan ni "
      "rätta fakturan?\n", fmt="cp1252"),

    m(L, "", "near-miss: retouch glasses reflection", ("Ingrid Nyström", "ingrid.nystrom@example.se"),
      "Retusch",
      "Hej! Går det att ta bort reflexen i glasögonen på min porträttbild? Den syns ganska tydligt.\n"
      "Tack, Ingrid\n", fmt="html"),

    m(L, "", "near-miss: gallery password does not work", ("", "kalle.ostman@example.fi"),
      "lösenord",
      "lösenordet funkar inte till bildgalleriet, har försökt tre gånger. hjälp!\n"),

    m(L, "", "near-miss: product reclamation, blurry photos", ("Annika Wallin", "annika.wallin@example.se"),
      "Reklamation",
      "Reklamation: fotona vi fick är suddiga och färgerna stämmer inte. Jag vill ha nya kopior eller "
      "pengarna tillbaka.\n\nAnnika Wallin\n"),

    m(L, "", "near-miss: when will my photos arrive", ("Jan-Erik Lund", "janerik.lund@example.fi"),
      "Leverans",
      "Hej, när kommer mina foton? Jag beställde den 3.3 och har inte hört något sedan dess.\n"),

    m(L, "", "near-miss: delete the duplicate order", ("Frida Axelsson", "frida.axelsson@example.se"),
      "Dubbelbeställning",
      "Hej! Jag råkade beställa två gånger. Kan ni radera den ena beställningen (nr 77120) så att jag "
      "inte blir debiterad dubbelt?\n"),

    m(L, "", "near-miss: reply 'thanks it worked' with quoted erasure request (Outlook sv)",
      ("Christer Mäki", "christer.maki@example.fi"), "SV: Radera mina uppgifter",
      "Tack, det löste sig!\n\nChrister\n\n"
      "Från: Zoomi Kundtjänst <kundtjanst@example.fi>\n"
      "Skickat: den 12 mars 2025 09:41\n"
      "Till: Christer Mäki <christer.maki@example.fi>\n"
      "Ämne: SV: Radera mina uppgifter\n\n"
      "Hej Christer,\n\nvi har nu raderat dina uppgifter ur vårt kundregister.\n\n"
      "Från: Christer Mäki <christer.maki@example.fi>\n"
      "Skickat: den 10 mars 2025 21:02\n"
      "Ämne: Radera mina uppgifter\n\n"
      "Radera allt ni har om mig, tack.\n", fmt="alt"),

    m(L, "", "near-miss: school booking with GDPR disclaimer signature", ("Tove Kull", "tove.kull@example.fi"),
      "Fotografering hösten 2025",
      "Hej,\n\nSundom skola vill boka skolfotografering vecka 37. Vi har ca 90 elever. Vilka dagar har "
      "ni lediga?\n\nMed vänlig hälsning\nTove Kull\nskolsekreterare\n\n"
      "Detta e-postmeddelande kan innehålla konfidentiell information. Om du fått meddelandet av misstag, "
      "vänligen meddela avsändaren och radera meddelandet. Vi behandlar personuppgifter enligt GDPR.\n"),

    # ---------------- reply with quoted text; only new text counts ----------------
    m(L, "erasure", "reply: new text wants profile deleted; quoted exchange was a newsletter opt-out",
      ("Mathias Enlund", "mathias.enlund@example.fi"), "Sv: Avregistrering",
      "Tack för svaret. Men jag vill också att ni raderar min profil och mina uppgifter hos er, inte "
      "bara nyhetsbrevet.\n\nMathias\n\n"
      "Den 5 mars 2025 kl. 14:20 skrev Zoomi Kundtjänst <kundtjanst@example.fi>:\n"
      "> Hej Mathias,\n> du är nu avregistrerad från vårt nyhetsbrev och får inga fler utskick.\n"
      ">\n> Den 4 mars 2025 kl. 18:02 skrev Mathias Enlund <mathias.enlund@example.fi>:\n"
      ">> Avregistrera mig från nyhetsbrevet.\n"),
]
