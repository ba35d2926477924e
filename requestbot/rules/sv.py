"""Swedish rules (Sweden and Finland-Swedish), over folded text (å/ä→a, ö→o).

Swedish builds compounds, so the stems are matched inside words:
``\\w*uppgift\\w*`` covers uppgifter, personuppgifterna, kontaktuppgifter;
``\\w*reklam\\w*`` covers sms-reklam, reklamutskick. Common misspellings
(registreutdrag, registerutrag, bortglömmd, avregistera) are in the stems.
"""

from __future__ import annotations

from requestbot.model import Kind
from requestbot.rules.base import ALL_KINDS, Rule, compile_rules, neg, pos, review

A, R, E, X = Kind.ACCESS, Kind.RECTIFICATION, Kind.ERASURE, Kind.RESTRICTION
P, OBJ, M, C = Kind.PORTABILITY, Kind.OBJECTION, Kind.MARKETING_OPT_OUT, Kind.COMPLAINT

VOCAB = {
    "DATA": r"\w*uppgift\w*|\w*uppgfit\w*|data|informatione?n?|info",
    "WHOSE": r"mina|min|mitt|vara|var|vart|mitt barns|min dotters|min sons|mina barns|hans|hennes|deras|mej|mig",
    "MYDATA": r"(?:{WHOSE}) (?:\w+ )?(?:{DATA})|(?:alla |de )?(?:{DATA}) (?:som )?ni (?:har|sparar|sparat|lagrar|lagrat|behandlar)|(?:{DATA}) (?:om|pa|kring) (?:mig|mej|oss|mitt|min|mina|var|vart|vara)",
    "PHOTO": r"\w*bild(?:er|en|erna|ern)?|\w*foto\w*|\w*fotografi\w*",
    "ERASEOBJ": r"{DATA}|{PHOTO}|\w*konto\w*|profil\w*|allt|alla|allting|kundregist\w*",
    "ERASE": r"(?:radera\w*|rader\w*|raderi\w*|ta bort|tar bort|tas bort|tag bort|ta genast bort|ta (?:\w+ ){1,3}?bort|makulera\w*|deleta\w*|rensa\w*|forstor\w*|utplana\w*|plocka bort|stryk\w*)",
    "FIELD": r"{DATA}|\w*namn\w*|\w*adress\w*|\w*nummer\w*|\w*fodelse\w*|e-?post\w*|mejl\w*|mail\w*",
    "MKT": r"\w*reklam\w*|\w*marknadsfor\w*|nyhetsbrev\w*|\w*utskick\w*|erbjudand\w*|\w*sms\w*|spam\w*|\w*mejl|mejl(?:en|et)?|\w*mail|mail(?:en|et|s)?|e-?post(?:en)?|epost|kampanj\w*|\w*annons\w*",
    "LIST": r"\w*list(?:an|a|or|orna)|\w*register\w*",
    "USE": r"(?:behandl|anvand|analys|profiler|sparning|spara|lamna|dela|salj|overlat)\w*",
    "PUB": r"hemsid\w*|webbplats\w*|webbsid\w*|instagram\w*|facebook\w*|sociala medier|\w*reklam\w*|annons\w*|broschyr\w*|\w*fonster\w*|katalog\w*",
    "GDPR": r"gdpr\w*|gpdr\w*|gdrp\w*|gdbr\w*|dataskyddsforordning\w*",
    "NOTWANT": r"(?:vill|onskar) (?:inte|ej|absolut inte) (?:langre )?(?:ha|fa|ta emot|lata)|inte vill (?:ha|fa)",
}

# fmt: off
RULES: list[Rule] = [
    # --- erasure -------------------------------------------------------------
    pos("erasure.delete_data", E, r"{ERASE} ~4 (?P<key>{ERASEOBJ})",
        note="a deletion verb with the writer's data, photos or account"),
    pos("erasure.data_deleted", E, r"(?P<key>{MYDATA}|{PHOTO}|\w*konto\w*) ~3 (?:raderas|raderat|raderade|tas bort|tagits bort|forstors|makuleras)",
        weight=0.9),
    pos("erasure.term", E, r"bortglomd\w*|bortglommd\w*|bortglomt|bli glomd|glom (?:mig|mej|oss)|radering\w*|raderingsbegar\w*",
        weight=0.9),
    pos("erasure.delete_me", E, r"(?:radera|rader)\w* (?P<key>mig|mej|oss)|(?:{ERASE}) (?:mig|mej|oss|(?:min|mitt|mina|var|vart|vara) \w+) ~3 (?P<key2>\w*register\w*|system\w*|databas\w*|kundregist\w*)",
        weight=0.85),
    pos("erasure.not_in_register", E, r"(?:vill|onskar) (?:inte|ej) (?:langre )?(?:finnas|vara|sta) ~3 (?P<key>\w*register\w*|system\w*|databas\w*|kund\w*)",
        weight=0.85),
    # --- access --------------------------------------------------------------
    pos("erasure.delete_them", E, r"{ERASE} (?P<key>dem|den|det|allt det|dem alla)(?! \w*bestallning)",
        weight=0.6, note="'ta bort dem' after naming the data: a pronoun, so weak and flagged"),
    pos("access.term", A, r"registerutdr\w*|registreutdr\w*|registerutrag\w*|registerutd\w*|begaran om tillgang|ratt(?:en)? till (?:tillgang|insyn)|\w*tillgangsbegaran|artikel 15|art\.? 15",
        weight=0.95),
    pos("access.which_data", A, r"(?:vilka|vilken|vad for|hurdana) ~3 (?P<key>{DATA}) ~5 (?:har ni|sparar|sparat|lagrar|lagrat|behandlar|om mig|om mej|om oss|om mitt|om min|om mina|finns)",
        weight=0.85),
    pos("access.what_about_me", A, r"vad (?:har ni|vet ni|sparar ni|lagrar ni|finns) ~4 (?P<key>om (?:mig|mej|oss|mitt|min|mina|var|vart|vara))",
        weight=0.85),
    pos("access.see_my_data", A, r"(?:ta del|kopi\w*|se|granska|kontrollera|fa ut|fa veta|fa tillgang|tillgang|skicka|sand|utdrag|insyn)\w* ~3 (?P<key>{MYDATA})",
        weight=0.85),
    pos("access.source", A, r"varifran ~4 (?:fatt|fick|far|hittat)\w* ~3 (?P<key>\w*adress\w*|\w*nummer\w*|{DATA}|\w*namn\w*|e-?post\w*|mejl\w*)",
        weight=0.85),
    pos("access.recipients", A, r"(?:vilka|vem|till vem|till vilka) ~4 (?:delat|delar|lamnat ut|lamnar ut|salt|saljer|overlat|gett|skickat)\w*",
        weight=0.8),
    # --- rectification -------------------------------------------------------
    pos("rectification.term", R, r"rattelse\w*|begaran om rattelse|ratta (?:mina|mitt|min)\w*",
        weight=0.9),
    pos("rectification.fix_field", R, r"(?:ratta|rattas|rattar|rattad\w*|uppdater\w*|korriger\w*|byt|byta|byter|andra|andras|andrar|andring|komplettera\w*) ~3 (?P<key>{FIELD})",
        weight=0.85),
    pos("rectification.field_wrong", R, r"(?P<key>{FIELD}) ~3 (?:felstava\w*|fel|felaktig\w*|stammer inte|stammer ej|inaktuell\w*|gammal|gamla|ar fel|inte ratt|(?:har )?(?:andrats|bytts|andrat))",
        weight=0.8),
    pos("rectification.wrong_field", R, r"(?:fel|felaktig\w*|felstava\w*|gammal|gamla) ~1 (?P<key>{FIELD})",
        weight=0.8),
    # --- restriction ---------------------------------------------------------
    pos("restriction.term", X, r"begransning av (?:behandling\w*|mina\w*)|begaran om begransning|begrans\w* ~3 (?P<key>{USE}|{DATA})",
        weight=0.9),
    pos("restriction.freeze", X, r"(?:frys|frysa|fryser|pausa|pausar|stoppa tillfalligt|sparra)\w* ~3 (?P<key>{USE}|{DATA})",
        weight=0.85),
    pos("restriction.until_resolved", X, r"(?:sluta|slutar|anvand|anvander|lamna|behandla)\w*(?: inte| ej)?(?: ut)? ~5 (?:tills|under tiden|medan|tills vidare|i vantan)",
        weight=0.85),
    pos("restriction.keep_for_dispute", X, r"(?:radera|ta bort)\w* (?:inte|ej) ~8 (?:behov|behover|tvist\w*|bevis\w*|reklamation\w*|utred\w*|rattslig\w*)",
        weight=0.85),
    pos("restriction.contest_accuracy", X, r"bestrid\w* ~5 (?:korrekt|riktig|stammer)\w*",
        weight=0.8),
    # --- portability ---------------------------------------------------------
    pos("portability.term", P, r"\w*portabilitet\w*|dataflytt\w*|artikel 20|art\.? 20", weight=0.95),
    pos("portability.format", P, r"(?P<key>maskinlasbar\w*|csv\w*|json\w*|xml\w*|excel\w*|strukturerat format)",
        weight=0.8),
    pos("portability.move_data", P, r"(?:flytta|overfor|overfora|exportera|ladda ner|ladda hem|exporter)\w* ~3 (?P<key>{MYDATA}|{DATA})",
        weight=0.85),
    pos("portability.electronic", P, r"(?P<key>{DATA}) i (?:elektronisk|digital|strukturerad|maskinlasbar)\w* (?:form|format)\w*",
        weight=0.8),
    # --- objection and consent withdrawal ------------------------------------
    pos("objection.term", OBJ, r"invand\w* ~4 (?P<key>{USE}|{DATA}|berattig\w*|{PHOTO})|invandning\w*|motsatt\w* (?:mig|mej|oss)|ratt(?:en)? att gora invandning\w*",
        weight=0.9),
    pos("objection.do_not_accept", OBJ, r"(?:godkanner|accepterar|tillater|samtycker) (?:inte|ej) ~4 (?P<key>{USE}|cookie\w*|{PHOTO})",
        weight=0.85),
    pos("objection.stop_using", OBJ, r"sluta (?:att )?(?P<key>analysera|profilera|spara|sparra|behandla|anvanda|dela|salja|publicera|visa)\w* ~3 (?:{MYDATA}|{DATA}|{PHOTO}|mitt|min|mig|mej)",
        weight=0.85),
    pos("objection.not_want_use", OBJ, r"(?:vill|onskar) (?:inte|ej) att ~4 (?P<key>{DATA}|{PHOTO}) ~4 (?:{USE}|inkasso\w*|statistik\w*|lamnas|delas|publiceras|visas|anvands)",
        weight=0.85),
    pos("objection.do_not_use", OBJ, r"(?:anvand|publicera|visa|lamna|dela)\w* (?:inte|ej) ~3 (?P<key>{MYDATA}|{DATA}|{PHOTO})",
        weight=0.8),
    pos("objection.forbid", OBJ, r"forbjud\w* ~4 (?P<key>{USE}|{PHOTO}|{DATA})", weight=0.85),
    pos("objection.withdraw_consent", OBJ, r"(?:aterkall|dra tillbaka|drar tillbaka|drar jag tillbaka|tar tillbaka|tar jag tillbaka|angra|angrar)\w* ~4 (?P<key>samtyck\w*|tillstand\w*|medgivande\w*|godkannande\w*)|aterkallelse av samtycke|samtycke\w* ~2 (?:aterkall\w*|tillbaka)",
        weight=0.85),
    pos("objection.photo_must_not", OBJ, r"(?:far|ska|fa) (?:inte|ej) (?:langre )?(?:anvanda|publicera|visa|ha kvar) ~4 (?P<key>{PHOTO}|{DATA})",
        weight=0.85),
    pos("objection.photo_published", OBJ, r"(?:{ERASE}|sluta\w*|inte) ~4 (?P<key>{PHOTO}) ~5 (?:{PUB})|inte (?:langre )?vara med i ~2 (?P<key2>{PUB})",
        weight=0.8),
    # --- marketing opt-out ---------------------------------------------------
    pos("marketing.term", M, r"avregistr\w*|avregist\w*|avprenumer\w*|avanmal\w*|avsluta ~3 prenumeration\w*|forbud mot (?:direkt)?marknadsforing|avbestall\w* ~3 (?P<key>{MKT})|opt-?out",
        weight=0.9),
    pos("marketing.do_not_want", M, r"{NOTWANT} ~3 (?P<key>{MKT})", weight=0.9),
    pos("marketing.stop_sending", M, r"(?:sluta|stoppa|upphor)\w* (?:att )?(?:skicka|maila|mejla|spamma|ringa|sms\w*|kontakta|mata)\w* ~3 (?P<key>{MKT}|mig|mej|oss)|sluta spamma|stoppa ~2 (?P<key2>{MKT})",
        weight=0.85),
    pos("marketing.no_more", M, r"(?:inga|ingen) (?:fler|mer|mera) ~2 (?P<key>{MKT})", weight=0.9),
    pos("marketing.object", M, r"(?:invand|motsatt|forbjud)\w* ~4 (?P<key>{MKT})", weight=0.9),
    pos("marketing.remove_from_list", M, r"(?:ta bort|tar bort|stryk|plocka bort|radera)\w* (?:mig|mej|min e-?post\w*|min mejl\w*|min adress) ~3 (?P<key>\w*list\w*|nyhetsbrev\w*|utskick\w*)",
        weight=0.9),
    pos("marketing.withdraw_consent", M, r"(?:aterkall\w*|dra tillbaka|drar tillbaka) ~3 samtyck\w* (?:till|for) (?:\w+ )?(?P<key>{MKT})",
        weight=0.9),
    pos("marketing.unsolicited", M, r"(?P<key>{MKT}) ~4 (?:utan (?:mitt |vart )?(?:samtycke|tillstand|medgivande)|fast jag (?:aldrig|inte))",
        weight=0.6, note="marketing that was never asked for: an implied opt-out, flagged"),
    pos("marketing.still_coming", M, r"(?:fortfarande|igen|anda) ~3 (?P<key>{MKT})",
        weight=0.45, note="marketing that keeps coming: weak alone (needs review), counts with another sign"),
    pos("marketing.remove_me", M, r"(?:ta bort|tar bort|stryk) (?:mig|mej)",
        weight=0.6, note="'ta bort mig' alone: an opt-out, flagged for review"),
    # --- complaint -----------------------------------------------------------
    pos("complaint.authority", C, r"dataombudsm\w*|dataombudsman\w*|integritetsskyddsmyndighet\w*|imy|datainspektion\w*|tillsynsmyndighet\w*|dataskyddsmyndighet\w*|artikel 77|art\.? 77",
        weight=0.9),
    pos("complaint.violation", C, r"(?:bryter|brutit|brott|overtrad|krank)\w* ~3 (?P<key>{GDPR}|dataskydd\w*)|(?P<key2>{GDPR})-?(?:brott|overtradelse)\w*|(?:anmaler|anmalt|anmala|polisanmal)\w* er\b",
        weight=0.85),
    # --- near-misses and negation ---------------------------------------------
    neg("nearmiss.order", {E, A, P}, r"(?:avbestall|annuller|makuler|radera|ta bort|stryk|andra)\w* ~3 (?:\w*bestallning\w*|order\w*|kop\w*|varukorg\w*)",
        note="'avbeställ min beställning': an order, not personal data"),
    neg("nearmiss.portable_copy", {A}, r"(?:{DATA}) ~4 (?:maskinlasbar|csv|json|xml|excel|strukturer|(?:en )?annan (?:leverantor|tjanst))\w*",
        note="data in a machine-readable form or to another provider: portability, not access"),
    neg("nearmiss.photo_in_order", {E, A, OBJ, P}, r"{PHOTO} ~3 (?:\w*bestallning\w*|order\w*|varukorg\w*|paket\w*)",
        note="a photo in an order"),
    neg("nearmiss.booking", {E, R, P, A}, r"avbok\w*|(?:flytta|andra|boka om|omboka|avboka)\w* ~3 (?:\w*tid\w*|\w*bokning\w*|fotografering\w*)",
        note="a Slotti booking"),
    neg("nearmiss.copy_of_photo", {A, P}, r"(?:kopi\w*|extra|fler|utskrift\w*|kopior|forstoring\w*|bestall\w*) ~3 {PHOTO}",
        note="prints of a photo: a product order"),
    neg("nearmiss.login", {A, R, E}, r"(?:losenord|inloggning|logga in|galleri|lank|kod)\w* ~4 (?:fungerar inte|funkar inte|glomt|glomde|byta|utgatt)\w*",
        note="login or gallery help"),
    neg("nearmiss.invoice_amount", {R}, r"fel (?:belopp|summa|pris)\w*|(?:belopp|summa|pris|fakturan)\w* (?:ar|var|blev) (?:fel|felaktig\w*)|fel pa fakturan",
        note="a billing dispute"),
    neg("nearmiss.passport_code", ALL_KINDS, r"passfoto\w* ~6 (?:kod\w*|kvitto\w*|fungerar inte|polis\w*)",
        note="police photo-server service issue"),
    neg("nearmiss.product_complaint", {C}, r"reklamation\w*|klagomal ~3 (?:kvalitet\w*|leverans\w*|produkt\w*|bild\w*)",
        note="a consumer complaint"),
    neg("nearmiss.newsletter_content", {M}, r"(?:i|fran) (?:ert|erat|senaste) nyhetsbrev\w* ~4 (?:fungerar inte|stod|var fel|star)",
        note="newsletter content question"),
    neg("nearmiss.marketing_objection", {OBJ}, r"(?:invand|motsatt|forbjud|sluta)\w* ~4 {MKT}|samtyck\w* ~2 till (?:{MKT})|(?:{DATA}) ~3 (?:for|till) (?:{MKT})",
        note="an objection to direct marketing is a marketing opt-out"),
    neg("nearmiss.until_resolved", {OBJ}, r"(?:sluta|anvand|lamna|behandla)\w* ~5 (?:tills|under tiden|medan|i vantan)",
        note="restriction while a dispute is open, not objection"),
    neg("nearmiss.be_in_ads", {M}, r"vara med i ~2 \w*reklam\w*",
        note="a photo in an advert, not marketing mail"),
    neg("nearmiss.remove_me_register", {M}, r"(?:mig|mej) ~3 (?:\w*register\w*|system\w*|databas\w*)",
        note="'ta bort mig ur registret' is erasure"),
    neg("nearmiss.disclaimer", ALL_KINDS, r"(?:av misstag|felaktigt adresserat|inte ar avsedd|avsedd mottagare)[^.!?\n]*|(?:radera|forstor)\w* (?:detta |det har |hela )?(?:meddelande|e-?post|mejl)\w*[^.!?\n]*",
        note="a mail disclaimer"),
    neg("negation.do_not_delete", {E}, r"(?:radera|ta bort|ta)\w* (?:inte|ej)[^.!?\n;,]*|(?:inte|ej) (?:radera|ta bort)[^.!?\n;,]*|(?:vill|onskar) (?:inte|ej) att (?:ni )?(?:raderar|tar bort)[^.!?\n;,]*",
        note="'radera inte': not an erasure request", overlap="match"),
    review("privacy_mention", r"{GDPR}|personuppgift\w*|dataskydd\w*",
        note="privacy words without a recognised request"),
]
# fmt: on

CHILD = r"(?:min|var|mitt|vart|mina|vara) (?:\w+ )?(?:dotter|dotters|son|sons|barn|barns|pojke|pojkes|flicka|flickas|dottrar|soner|barnen)|vardnadshavare\w*"

COMPILED: tuple[Rule, ...] = compile_rules("sv", RULES, VOCAB)
