"""Concept classes and frames per language (see ``frames`` for the mechanism).

Concepts are small named vocabularies over folded text (ä→a, ö→o, å→a); they
may use the rule vocabulary of their language (``{ERASE}``, ``{DATA}``,
``{PHOTO}`` ...). Frames combine them per kind. Each list was written from
how customers express a meaning (domain.md §5.3-5.4), not from a test corpus.
"""

from __future__ import annotations

from requestbot.model import Kind
from requestbot.rules import en, fi, sv
from requestbot.rules.frames import Frame, FrameSet, compile_frames, frame, nframe

A, R, E, X = Kind.ACCESS, Kind.RECTIFICATION, Kind.ERASURE, Kind.RESTRICTION
P, OBJ, M, C = Kind.PORTABILITY, Kind.OBJECTION, Kind.MARKETING_OPT_OUT, Kind.COMPLAINT

# --- Finnish ---------------------------------------------------------------
FI_CONCEPTS = {
    # stop / negative want / take me off
    "STOP": r"lopet\w*|lakat\w*|lakkaut\w*|(?:ala|alkaa|alkakaa) (?:enaa |koskaan )?(?:lahettako|laittako|soittako|tekstatko|spammatko|lahetelko|mainostako)"
    r"|ei (?:enaa|kiitos|tarvi\w*|tarvitse)|en (?:enaa )?(?:halua|haluu|haluun|jaksa|kaipaa|tarvitse|tarvi)|emme (?:enaa )?(?:halua|tarvitse|kaipaa)"
    r"|ei kiinnost\w*|jatta\w* (?:\w+ )?(?:pois|tulematta)|jattakaa|poist(?!u)\w*|kiitos ei|kiella\w*|kiellan|eika|tulematta|saa loppua|loppuu",
    # a marketing channel or message type
    "CHANNEL": r"(?:suora)?mark?kinoin\w*|\w*mainok\w*|\w*mainos\w*|mainon\w*|\w*tarjou(?:s|k)\w*|uutiskir\w*|\w*kampanj\w*|myyntipuhe\w*"
    r"|\w*puhelu(?:ita|t|ja|ista|iden|ihin|a)?|\w*soito\w*|soittolist\w*|\w*tekstari\w*|tekstiviest\w*|sms\w*|spam\w*|spaam\w*|spammi\w*"
    r"|meilej\w*|meilit|sahkoposte(?:ja|jan|ita|ista)\w*|\w*postitu\w*|\w*viesteja",
    # the content or a transaction, not the marketing itself
    "MKT_CONTENT": r"\w*koodi\w*|linkki\w*|ei toimi\w*|voimassa|lunast\w*|tilausvahvistu\w*|kuitti\w*|lasku\w*|(?:tilata|tilaan|tilaisin) (?:\w+ )?uudelleen|uudestaan|takaisin (?:\w+ )?listalle",
    "MY_PHOTO": r"\w*kuva(?:ni|mme|nsa|ani)|(?:mun|minun|lapseni|lapsemme|meidan|poikani|tyttareni) \w*kuv\w*",
    # a pronoun that refers to the quoted newsletter
    "REF": r"naita|nama|niita|niiden|tata|tama|naista|tasta|talta (?:\w+ )?listalta|tasta (?:\w+ )?listasta",
    "OFF_LIST": r"(?:pois|poistakaa|poista|ottakaa|jattakaa) ~3 (?:\w*listalta|\w*listoilta|\w*listasta)",
    # objection
    "REFUSE": r"(?:en|emme) (?:enaa )?(?:halua|haluu|hyvaksy|salli|anna lupaa|suostu)\w*|kiella\w*|kiellan|kielt\w*|vastust\w*|ei kay|ei (?:ole )?(?:ok|okei)"
    r"|vaadin|vaadimme|ettette|(?:ala|alkaa) (?:enaa )?(?:kayttako|seuratko|analysoiko|profiloiko|luovuttako|antako|jakako)",
    "TRACK": r"analytiik\w*|analysoi\w*|analyso\w*|seurann\w*|seurant\w*|seurata|seurataan|seuraatte|\w*pikseli\w*|evaste\w*|profiloi\w*|profilointi\w*|google analytic\w*|kayttaytymi\w*",
    "COLLECT": r"perinta\w*|perinn\w*|\w*perintaan|\w*perintayhti\w*|perintatoimist\w*|inkasso\w*",
    "PASS": r"anta\w*|antane\w*|annoit\w*|luovut\w*|siirt\w*|siirr\w*|{MYFIELD}",
    "PHOTO_ANY": r"{PHOTO}",
    "PUB_ANY": r"{PUB}|\w*sivu(?:lla|illa|lle|ille|lta|ilta)",
    "PHOTO_NO": r"en (?:halua|haluu) (?:etta|et) (?:se|ne|kuva\w*|sita|niita)|ei (?:saa|saisi) (?:enaa )?(?:olla|kayttaa|nayttaa|julkaista)|ei kay|ei (?:ole )?kysytty lupaa|ilman lupaa"
    r"|ottakaa (?:se|ne|kuva\w*) pois|(?:ala|alkaa) (?:enaa )?(?:nayttako|julkaisko|kayttako) (?:sita|niita|kuva\w*)",
    # restriction
    "KEEP": r"sailyt\w*|pitakaa|(?:ala|alkaa|alkakaa) (?:myoskaan |kuitenkaan |silti )?(?:poistako|havittako|tuhotko)|ei saa (?:poistaa|havittaa)",
    "DONT_USE": r"(?:ala|alkaa|alkakaa) (?:\w+ )?(?:kayttako|tehko|kasitelko|luovuttako|antako|jakako)|(?:ettette|ette) (?:\w+ )?(?:tee|kayta|kasittele|luovuta)"
    r"|(?:ainoastaan|vain|pelkastaan) ~3 (?:taman|tahan|tassa|asian)\w*",
    "UNTIL": r"kunnes|siihen (?:asti|saakka)|toistaiseksi|ennen kuin|selvitet\w*|selvityksen ajan|silla aikaa|kesken",
    # access
    "ASK": r"pyyd\w*|pyyt\w*|lahett\w*|saisin\w*|haluan tietaa|haluaisin tietaa|kertok\w*|kertoisit\w*|voisitteko kertoa|mita|mista",
    "ABOUT_ME": r"{ABOUTME}",
    "STORED": r"tallenn\w*|tallent\w*|keratty\w*|keraam\w*|kerann\w*|sailytt\w*|sailott\w*|rekisteroi\w*|tallessa",
    "SOURCE_Q": r"mista ~4 (?:saaneet|saitte|saanut|saanu|saatu|saitteko|loysitte|hankitte|hankkineet)",
    "ANY_FIELD": r"\w*numero\w*|\w*osoittee?\w*|sahkopost\w*|nime(?:ni|ani|mme)|{DATA}",
    "ERASE_V": r"{ERASE}",
    "ALL_WHAT": r"(?:kaikki|kaiken|kaikki ne) mita",
    # complaint
    "AUTHORITY": r"\w*viranomai\w*|tietosuojavaltuut\w*",
    "COMPLAIN": r"valit\w*|kantel\w*|ilmoitu\w*|ilmoitt\w*",
    "ACCESS_TERM": r"tietopyyn\w*|tarkastuspyyn\w*",
    "CONSUMER": r"kuluttaja\w*|laadu\w*|reklamaati\w*",
    # erasure
    "ME": r"minut|mut|meidat",
    "REGISTER_ANY": r"\w*rekister\w*|\w*tietokan\w*|\w*jarjestelm\w*",
    "MKT_REGISTER": r"(?:markkinointi|postitus|sahkoposti|uutiskirje|mainos)\w*rekister\w*",
    "RETOUCH": r"finni\w*|nappyl\w*|punasilm\w*|punai\w* silm\w*|heijastu\w*|heijastuks\w*|\w*tausta\w*|varjo\w*|ryppy\w*|rypy\w*|arpi\w*|arve\w*|epapuhtau\w*|naarmu\w*|kiilto\w*|tahra\w*|punoitu\w*|akne\w*|roska\w*",
    "PAST_REQ": r"pyysin|pyysimme|olen pyytanyt|olemme pyytaneet|pyyntoni",
    "REVOKE": r"peru(?:isin|n|mme|tan|utan|amme|isimme) (?:sen|pyynnon|poiston|\w*pyynnon)|(?:odottakaa|odota|lykatkaa) (?:\w+ )?(?:poist\w*|sen kanssa)|(?:ala|alkaa) (?:viela )?poistako",
    # rectification
    "FIELD_ANY": r"\w*nimi\w*|\w*nime(?:ni|ani|mme|nne|a)|\w*osoite\w*|\w*osoittee\w*|syntymaaika\w*|syntymapaiva\w*|puhelinnumero\w*|sahkopostiosoit\w*",
    "ACTUALLY": r"oikeasti|oikea (?:\w+ )?on|pitaisi olla|pitais olla|kuuluu olla|on nykyaan|nykyaan|nykyisin",
    # portability
    "FILE": r"\w*tiedosto\w*|koneella luettav\w*|koneluettav\w*",
    "OTHER_SYS": r"toise\w* (?:\w+ )?(?:jarjestelm|palvelu|ohjelm|sovellu|kuvaamo)\w*|uude\w* (?:\w+ )?(?:jarjestelm|palvelu|kuvaamo|asiakasjarjestelm)\w*|\w*asiakasjarjestelm\w*|omaan (?:\w+ )?(?:sovellu|ohjelm|jarjestelm|taloussovellu)\w*|tuoda|vieda",
    "NOT_ONLY": r"(?:ei|eika) (?:vain|pelkastaan|ainoastaan)|(?:seka|ja myos|ja lisaksi)",
}

FI_FRAMES: list[Frame] = [
    frame(
        "marketing.stop_channel",
        M,
        ("STOP", "CHANNEL"),
        unless=("MKT_CONTENT", "MY_PHOTO"),
        note="a stop cue and a marketing channel in one sentence, any order",
    ),
    frame(
        "marketing.reply_to_marketing",
        M,
        ("STOP", "REF"),
        context="quoted_marketing",
        note="'ei kiitos, ei tarvi enää laittaa näitä' under a quoted newsletter",
    ),
    frame("marketing.off_list", M, ("OFF_LIST",), note="'pois tältä listalta'"),
    frame(
        "objection.tracking",
        OBJ,
        ("REFUSE", "TRACK"),
        weight=0.65,
        note="refusing analytics, tracking, profiling or cookies",
    ),
    frame(
        "objection.collection",
        OBJ,
        ("REFUSE", "COLLECT", "PASS"),
        weight=0.65,
        note="refusing that data went or goes to debt collection",
    ),
    frame(
        "objection.published_photo",
        OBJ,
        ("PHOTO_ANY", "PUB_ANY", "PHOTO_NO"),
        window="message",
        max_span=400,
        note="a published photo of the writer or child that must not be shown",
    ),
    frame(
        "restriction.keep_dont_use",
        X,
        ("KEEP", "DONT_USE"),
        weight=0.65,
        note="keep the data, but do not use it",
    ),
    frame(
        "restriction.until_dont_use",
        X,
        ("UNTIL", "DONT_USE"),
        weight=0.65,
        note="until it is resolved, do nothing (or only this) with my data",
    ),
    frame(
        "access.stored_about_me",
        A,
        ("ASK", "ABOUT_ME", "STORED"),
        unless=("ERASE_V",),
        note="'pyytäisin kaiken minusta tallennetun tiedon'",
    ),
    frame(
        "access.source_of_field",
        A,
        ("ANY_FIELD", "SOURCE_Q"),
        window="message",
        max_span=250,
        ordered=True,
        note="'... puhelinnumeroani. Mistä olette sen saaneet?'",
    ),
    frame(
        "complaint.authority_question",
        C,
        ("AUTHORITY", "COMPLAIN"),
        unless=("CONSUMER",),
        note="'mihin viranomaiseen voin tehdä ilmoituksen'",
    ),
    frame(
        "erasure.me_from_register",
        E,
        ("ERASE_V", "ME", "REGISTER_ANY"),
        ordered=True,
        unless=("MKT_REGISTER",),
        note="'poistakaa minut uutiskirjeestä ja koko asiakasrekisteristä'",
    ),
    frame(
        "marketing.not_only",
        M,
        ("NOT_ONLY", "CHANNEL"),
        max_span=40,
        unless=("MKT_CONTENT",),
        note="'rekisteristä, ei vain uutiskirjeestä'",
    ),
    frame(
        "rectification.actually",
        R,
        ("FIELD_ANY", "ACTUALLY"),
        max_span=80,
        note="'nimeni on oikeasti Joni', 'osoite on nykyään ...'",
    ),
    frame(
        "portability.file_for_other_system",
        P,
        ("FILE", "OTHER_SYS"),
        weight=0.65,
        note="a file to load into another system",
    ),
    nframe(
        "nearmiss.file_for_other_system",
        {A},
        ("FILE", "OTHER_SYS"),
        scope="segment",
        note="data as a file for another system is portability, not access",
    ),
    nframe(
        "nearmiss.retouch",
        {E},
        ("ERASE_V", "RETOUCH"),
        ordered=True,
        max_span=60,
        note="'poistaa kuvasta finnin': retouching, not erasure",
    ),
    nframe(
        "nearmiss.erasure_revoked",
        {E},
        ("PAST_REQ", "ERASE_V", "REVOKE"),
        window="message",
        ordered=True,
        max_span=250,
        note="'pyysin poistamaan ... peruisin sen nyt': the earlier erasure request is taken back",
    ),
    nframe(
        "nearmiss.erase_all_you_have",
        {A},
        ("ALL_WHAT", "ERASE_V"),
        ordered=True,
        scope="segment",
        note="'kaikki mitä teillä on musta hävitetään': the relative clause is the object of erasure",
    ),
    nframe(
        "nearmiss.complaint_about_request",
        {A},
        ("AUTHORITY", "ACCESS_TERM"),
        scope="segment",
        note="asking where to complain about an unanswered access request",
    ),
]

# --- Swedish ---------------------------------------------------------------
SV_CONCEPTS = {
    "STOP": r"sluta\w*|stoppa\w*|upphor\w*|avsluta\w*|inga (?:fler|mer|mera)|ingen (?:mer|mera|fler)|(?:vill|onskar) (?:inte|int|ej|inga)|(?:int|inte) vill|slippa|slipper"
    r"|ta bort mig|tar bort mig|stryk mig|nej tack|avbest\w*|sag upp|saga upp|ta bort",
    "CHANNEL": r"\w*reklam\w*|erbjudand\w*|nyhetsbrev\w*|\w*utskick\w*|\w*marknadsfor\w*|\w*kampanj\w*|\w*samtal(?:en|et)?|\w*sms\w*|spam\w*|ring(?:a|er|de|ande)?"
    r"|mejlen|mejl|mailen|mail|mails|e-?post(?:en)?|\w*annons\w*|\w*mejl|\w*mail",
    "MKT_CONTENT": r"\w*kod(?:en)?|lank\w*|fungerar inte|giltig\w*|orderbekraft\w*|bekraftels\w*|kvitto\w*|faktur\w*|igen|prenumerera (?:\w+ )?igen",
    "MY_PHOTO": r"(?:min|mitt|mina|var|vart|vara) (?:\w+ )?(?:bild\w*|foto\w*|portratt\w*)|bilden|bilderna",
    "PHOTO_USE": r"att ni (?:\w+ )?(?:anvand|publicer|visa|sprid)\w*",
    "REF": r"dessa|dem|det har|detta|sadana|sana|dom",
    "REFUSE": r"(?:vill|onskar) (?:inte|int|ej) att|godtar (?:inte|ej)|godkanner (?:inte|ej)|gar (?:inte|ej) med pa|motsatt\w*|invand\w*|far (?:ni )?(?:inte|ej)|forbjud\w*|accepterar (?:inte|ej)|sluta",
    "TRACK": r"analys\w*|sparning\w*|sparas|profiler\w*|statistik\w*|kakor|cookie\w*|google analytics|\w*pixel\w*|overvak\w*",
    "COLLECT": r"inkasso\w*|\w*perinta|perinta\w*|indrivning\w*",
    "PHOTO_NO": r"(?:far|ska) (?:inte|ej) (?:langre )?(?:anvandas|visas|publiceras|sitta|hanga|finnas)|(?:vill|onskar) (?:inte|ej) (?:langre )?att ni (?:\w+ )?(?:anvand|visa|publicer)\w*|utan (?:mitt |vart )?(?:lov|tillstand|samtycke)",
    "PHOTO_ANY": r"{PHOTO}|portratt\w*",
    "PUB_ANY": r"{PUB}|\w*fonster\w*|sida|sidan|\w*sidor|exempelbild\w*",
    "KEEP": r"spara (?:dem|uppgifter\w*|det|allt|kvitt\w*|dessa)|behall\w*|(?:radera|ta bort) (?:inte|ej)|(?:inte|ej) (?:radera|ta bort)",
    "DONT_USE": r"(?:anvand|behandla|dela|lamna|skicka)\w* (?:\w+ )?(?:inte|ej)|(?:inte|ej) (?:\w+ )?(?:anvanda|behandla|gora|dela|lamna ut|skickas|skicka)|far (?:ni )?(?:inte|ej)"
    r"|(?:vill|onskar) (?:inte|ej) att (?:\w+ )?(?:\w+ )?(?:skickas|lamnas|anvands|behandlas|delas)|(?:bara|enbart|endast) (?:for|till) (?:det|detta|arendet)",
    "UNTIL": r"tills\w*|till dess|medan|under tiden|i vantan|sa lange|tills vidare|pagar",
    "ASK": r"vill veta|vilka|vilken|vad|varifran|beratta\w*|undrar",
    "ABOUT_PERSON": r"om (?:mig|mej|henne|honom|oss|dem|mitt|min|mina|var|vart|vara)|(?:hennes|hans|min dotters|min sons|mitt barns|vart barns) (?:\w+ )?uppgift\w*",
    "HELD": r"\w*uppgift\w*|sparat|lagrat|registrerat|samlat|har (?:ni )?(?:om|pa)|lamnat\w*|fatt",
    "ERASE_V": r"{ERASE}",
    "AUTHORITY": r"\w*myndighet\w*|dataombud\w*",
    "COMPLAIN": r"klag\w*|anmal\w*",
    "CONSUMER": r"konsument\w*|kvalitet\w*|reklamation\w*",
    "ME": r"mig|mej|oss",
    "REGISTER_ANY": r"\w*register\w*|\w*databas\w*|\w*system\w*|\w*kundregist\w*",
    "MKT_REGISTER": r"(?:nyhetsbrev|utskick|reklam|marknadsforing)s?\w*register\w*",
    "RETOUCH": r"reflex\w*|rod\w* ogon|rodogon\w*|finne\w*|finnar\w*|kvissl\w*|bakgrund\w*|skugg\w*|glans\w*|flack\w*|rynk\w*|skavank\w*|damm\w*",
    "ORDER": r"(?:den|det|ena|andra|en|ett) (?:\w+ )?(?:av )?(?:mina |min |de |era )?(?:\w*bestallning\w*|order\w*|\w*bokning\w*)|\w*bestallning\w*|\w*bokning\w*",
    "PAST_REQ": r"bad om|bad er|begarde|har begart|har bett",
    "ERASE_N": r"{ERASE}|radering\w*",
    "WAIT": r"vanta med|avvakta|strunta i|(?:inte|ej) an|angra\w*",
    "MOVED": r"(?:har|vi|jag) (?:\w+ )?flytta\w*",
    "ADDR": r"\w*adress\w*|ny\w* (?:\w+ )?(?:nummer|namn)",
    "FIELD_ANY": r"\w*namn\w*|\w*adress\w*|fodelsedat\w*|\w*nummer\w*",
    "ACTUALLY": r"egentligen|ska vara|borde vara|ratt (?:\w+ )?ar|heter numera|numera|nu heter",
    "FILE": r"fil|filen|\w*fil som|csv|excel|kalkylark\w*",
    "OTHER_SYS": r"(?:ett |en )?annat \w*system\w*|annan (?:\w+ )?(?:tjanst|leverantor|fotograf)|lasa in|importera\w*|ladda upp",
    "NOT_ONLY": r"inte bara|inte endast|inte enbart|och (?:aven|ocksa)",
}

SV_FRAMES: list[Frame] = [
    frame(
        "marketing.stop_channel",
        M,
        ("STOP", "CHANNEL"),
        unless=("MKT_CONTENT", "MY_PHOTO", "PHOTO_USE"),
        note="a stop cue and a marketing channel in one sentence, any order",
    ),
    frame(
        "marketing.reply_to_marketing",
        M,
        ("STOP", "REF"),
        context="quoted_marketing",
        note="'sluta skicka dessa' under a quoted newsletter",
    ),
    frame(
        "objection.tracking",
        OBJ,
        ("REFUSE", "TRACK"),
        weight=0.65,
        note="refusing analytics, tracking, profiling or cookies",
    ),
    frame(
        "objection.collection",
        OBJ,
        ("REFUSE", "COLLECT"),
        weight=0.65,
        note="refusing that data goes to debt collection",
    ),
    frame(
        "objection.published_photo",
        OBJ,
        ("PHOTO_ANY", "PUB_ANY", "PHOTO_NO"),
        window="message",
        max_span=400,
        note="a published photo that must not be used any more",
    ),
    frame(
        "restriction.keep_dont_use",
        X,
        ("KEEP", "DONT_USE"),
        weight=0.65,
        note="keep the data, but do not use it",
    ),
    frame(
        "restriction.until_dont_use",
        X,
        ("UNTIL", "DONT_USE"),
        weight=0.65,
        note="until it is resolved, do nothing with my data",
    ),
    frame(
        "access.about_person",
        A,
        ("ASK", "ABOUT_PERSON", "HELD"),
        unless=("ERASE_V",),
        note="'vill veta vilka uppgifter om henne ni har'",
    ),
    frame(
        "complaint.authority_question",
        C,
        ("AUTHORITY", "COMPLAIN"),
        unless=("CONSUMER",),
        note="which authority to complain to",
    ),
    frame(
        "erasure.me_from_register",
        E,
        ("ERASE_V", "ME", "REGISTER_ANY"),
        ordered=True,
        unless=("MKT_REGISTER",),
        note="'ta bort mig ur er kunddatabas'",
    ),
    frame(
        "marketing.not_only",
        M,
        ("NOT_ONLY", "CHANNEL"),
        max_span=40,
        unless=("MKT_CONTENT",),
        note="'inte bara från nyhetsbrevet'",
    ),
    frame(
        "rectification.actually",
        R,
        ("FIELD_ANY", "ACTUALLY"),
        max_span=80,
        note="'namnet är egentligen ...', 'jag heter numera ...'",
    ),
    frame(
        "portability.file_for_other_system",
        P,
        ("FILE", "OTHER_SYS"),
        weight=0.65,
        note="a file to load into another system",
    ),
    nframe(
        "nearmiss.file_for_other_system",
        {A},
        ("FILE", "OTHER_SYS"),
        scope="segment",
        note="data as a file for another system is portability, not access",
    ),
    nframe(
        "nearmiss.retouch",
        {E},
        ("ERASE_V", "RETOUCH"),
        ordered=True,
        max_span=60,
        note="'ta bort reflexen': retouching, not erasure",
    ),
    nframe(
        "nearmiss.order",
        {E},
        ("ERASE_V", "ORDER"),
        ordered=True,
        max_span=50,
        note="'radera den ena av mina beställningar': an order, not personal data",
    ),
    nframe(
        "nearmiss.erasure_revoked",
        {E},
        ("PAST_REQ", "ERASE_N", "WAIT"),
        window="message",
        ordered=True,
        max_span=200,
        note="'jag bad om radering, men vänta med det'",
    ),
    nframe(
        "nearmiss.moved_abroad",
        {R},
        ("MOVED", "ERASE_V"),
        window="message",
        ordered=True,
        max_span=200,
        unless=("ADDR",),
        note="'vi har flyttat ... ta bort bilderna': moving explains the erasure, no new address",
    ),
]

# --- English ---------------------------------------------------------------
EN_CONCEPTS = {
    "STOP": r"stop\w*|no more|(?:don'?t|do not|dont|never) (?:\w+ )?(?:send|want|call|text|e-?mail|contact|ring|phone|bother|spam)\w*|quit\w*|cease"
    r"|take (?:me|us) off|remove (?:me|us)|opt (?:me |us )?out|please no|no thanks|not interested|no longer (?:want|wish|need|like)",
    "CHANNEL": r"marketing|newsletters?|ads|adverts?|advertis\w*|promo\w*|offers?|deals?|spam\w*|mailings?|(?:phone |sales |marketing |cold )?calls?|calling"
    r"|texts|text messages|sms|campaigns?|junk|e-?mails|mails|leaflets?|flyers?|brochures?|catalogues?",
    "MKT_CONTENT": r"code|link|valid|expire\w*|discount code|voucher|redeem\w*|order confirmations?|confirmations?|receipts?|invoices?|delivery|shipping|reminders?"
    r"|sign (?:me )?up again|subscribe again|re-?subscribe\w*|back on (?:the|your) list|by mistake",
    "MY_PHOTO": r"(?:my|our|his|her|the) (?:\w+ )?(?:photo|picture|image|portrait)s?",
    "REF": r"this|these|them|it|that|those",
    "TAKE_OFF": r"take (?:me|us) off (?:this|it|that|these)|take (?:me|us) off(?= ?[.!]| ?$)|remove me from this",
    "RESUB": r"sign (?:me )?up again|subscribe again|re-?subscribe\w*|back on (?:the|your) (?:\w+ )?list|(?:unsubscribed|opted out) (?:\w+ ){0,4}by mistake",
    "REFUSE": r"(?:i'?d|i would|we'?d) rather|rather not|(?:don'?t|do not|dont) (?:want|like|consent|agree|accept)|object\w*|exclude (?:me|us)|opt (?:me |us )?out of|stop"
    r"|not (?:ok|okay|happy|comfortable)|(?:switch|turn) (?:that|it|this) off|no longer (?:want|consent|agree)|refuse",
    "TRACK": r"analytics|tracking|tracked|track|profiling|profiled|build (?:a |up a )?profile|profile (?:of|on|about) me|analy[sz](?:ed|ing|e|es)|cookies?|pixels?|monitor\w*|fingerprint\w*",
    "COLLECT": r"debt collect\w*|collection agenc\w*|collectors?|bailiff\w*|inkasso|\w*perinta",
    "PASS": r"pass\w*|gave|given|give|shar\w*|hand\w*|sent|send|sell|sold|(?:my|our) (?:name|details|data|address|information)",
    "PHOTO_ANY": r"(?:photo|picture|image|portrait|pic|photograph)s?",
    "NO_SHOW": r"(?:don'?t|do not|dont|stop|no longer|not) (?:\w+ )?(?:display|show|publish|post|feature)\w*",
    "PUBLIC": r"publicly|in public|online|website|web ?site|web ?page|page|instagram|facebook|social media|any ?more|window",
    "KEEP": r"keep|retain|hold on to|(?:don'?t|do not|not) (?:delete|erase)|preserve",
    "DONT_USE": r"(?:don'?t|do not|dont|not|stop|never) (?:\w+ )?(?:use|using|process\w*|share|sharing|pass|touch|do anything)\b|only (?:for|to|use)|nothing else|for anything else|for no other",
    "UNTIL": r"until|while|pending|meanwhile|in the meantime|for now|till|as long as",
    "ASK": r"what|what'?s|which|whatever|tell me|let me know|could you tell|can you tell",
    "HELD": r"on file|on record|you(?:'ve| have)? (?:kept|stored|saved|held|collected|recorded|retained|got)|you (?:hold|keep|store|retain)|in your (?:system|records|database|files)",
    "ERASE_V": r"{ERASE}",
    "AUTHORITY": r"authorit\w*|regulator\w*|ombudsman|watchdog|supervisory|commissioner",
    "COMPLAIN": r"complain\w*|complaint\w*|report\w*|lodge",
    "CONSUMER": r"consumer\w*|quality|print\w*|delivery",
    "RETOUCH": r"red[- ]?eyes?|spots?|pimples?|blemish\w*|glare|reflections?|background|shadows?|wrinkles?|scars?|acne|dust|stray hairs?|braces",
    "PAST_REQ": r"i asked|we asked|i requested|we requested|i sent|my (?:earlier |previous )?request",
    "HOLD_OFF": r"hold off|put (?:that|it|this|the request) on hold|cancel (?:that|my) (?:request|deletion)|ignore (?:that|my)|don'?t go ahead|(?:please )?wait",
    "FIELD_ANY": r"(?:first |last |sur|family |maiden )?name|address|e-?mail(?: address)?|phone(?: number)?|(?:mobile )?number|date of birth|birthday|spelling",
    "ACTUALLY": r"(?:it'?s|is|it is) actually|actually (?:is|it'?s)|should (?:be|read|say)|is really|correct (?:one|spelling) is|down as|shows? up wrong",
    "FILE": r"file|spreadsheet|csv|excel",
    "OTHER_SYS": r"another (?:\w+ )?(?:system|provider|service|studio|app|company)|import\w*|load (?:it|them) into|upload\w*",
    "DEL_NOUN": r"deletion|removal|erasure|closure",
    "DEL_OBJ": r"account|data|profile|details|information|photos|pictures",
    "NOT_ONLY": r"not (?:just|only)|as well as|and also",
}

EN_FRAMES: list[Frame] = [
    frame(
        "marketing.stop_channel",
        M,
        ("STOP", "CHANNEL"),
        unless=("MKT_CONTENT", "MY_PHOTO"),
        note="a stop cue and a marketing channel in one sentence, any order",
    ),
    frame(
        "marketing.reply_to_marketing",
        M,
        ("STOP", "REF"),
        context="quoted_marketing",
        note="'stop these' under a quoted newsletter",
    ),
    frame(
        "marketing.take_me_off", M, ("TAKE_OFF",), note="'Take me off this.' (a reply to a mailing)"
    ),
    frame(
        "objection.tracking",
        OBJ,
        ("REFUSE", "TRACK"),
        weight=0.65,
        note="refusing analytics, tracking, profiling or cookies",
    ),
    frame(
        "objection.collection",
        OBJ,
        ("REFUSE", "COLLECT", "PASS"),
        weight=0.65,
        note="refusing that data goes to debt collection",
    ),
    frame(
        "objection.published_photo",
        OBJ,
        ("PHOTO_ANY", "NO_SHOW", "PUBLIC"),
        window="message",
        max_span=400,
        note="'my portrait on your page ... please don't display it publicly'",
    ),
    frame(
        "restriction.keep_dont_use",
        X,
        ("KEEP", "DONT_USE"),
        weight=0.65,
        unless=("CHANNEL",),
        note="keep the data, but do not use it",
    ),
    frame(
        "restriction.until_dont_use",
        X,
        ("UNTIL", "DONT_USE"),
        weight=0.65,
        unless=("CHANNEL",),
        note="while it is pending, do not use my data",
    ),
    frame(
        "access.what_held",
        A,
        ("ASK", "HELD"),
        unless=("ERASE_V",),
        note="'could you tell me what's on file for me'",
    ),
    frame(
        "complaint.authority_question",
        C,
        ("AUTHORITY", "COMPLAIN"),
        unless=("CONSUMER",),
        note="'which authority handles GDPR complaints'",
    ),
    frame(
        "erasure.deletion_noun",
        E,
        ("DEL_OBJ", "DEL_NOUN"),
        max_span=20,
        ordered=True,
        weight=0.7,
        note="'Account deletion' (typical of a subject)",
    ),
    frame(
        "marketing.not_only",
        M,
        ("NOT_ONLY", "CHANNEL"),
        max_span=40,
        unless=("MKT_CONTENT",),
        note="'not just from the newsletter'",
    ),
    frame(
        "rectification.actually",
        R,
        ("FIELD_ANY", "ACTUALLY"),
        max_span=80,
        note="'you've got my first name down as Jon, it's actually Joni'",
    ),
    frame(
        "portability.file_for_other_system",
        P,
        ("FILE", "OTHER_SYS"),
        weight=0.65,
        note="a file to load into another system",
    ),
    nframe(
        "nearmiss.file_for_other_system",
        {A},
        ("FILE", "OTHER_SYS"),
        scope="segment",
        note="data as a file for another system is portability, not access",
    ),
    nframe(
        "nearmiss.resubscribe",
        {M},
        ("RESUB",),
        scope="segment",
        note="'unsubscribed by mistake, would like to sign up again'",
    ),
    nframe(
        "nearmiss.retouch",
        {E},
        ("ERASE_V", "RETOUCH"),
        ordered=True,
        max_span=60,
        note="'remove the red-eye from photo 3': retouching, not erasure",
    ),
    nframe(
        "nearmiss.erasure_revoked",
        {E},
        ("PAST_REQ", "ERASE_V", "HOLD_OFF"),
        window="message",
        ordered=True,
        max_span=250,
        note="'I asked you to delete ... please hold off'",
    ),
]

FRAME_SETS: tuple[FrameSet, ...] = (
    compile_frames("fi", FI_CONCEPTS, FI_FRAMES, fi.VOCAB),
    compile_frames("sv", SV_CONCEPTS, SV_FRAMES, sv.VOCAB),
    compile_frames("en", EN_CONCEPTS, EN_FRAMES, en.VOCAB),
)
