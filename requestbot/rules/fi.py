"""Finnish rules, over folded text (ä→a, ö→o): stems, not word lists.

Finnish inflects everything, so each pattern names a stem and lets ``\\w*``
take the ending: ``poist\\w*`` covers poista, poistakaa, poistamaan,
poistetaan, poisto; ``tie(?:do|to)\\w*`` covers tiedot, tietoni, tietojani,
tiedoistani. Colloquial forms (mun, mulle, must, teil, haluun, pliis) are part
of the vocabulary. Every request rule names the writer or their data, so a verb
that also cancels an order ("poistakaa tilaukseni") never counts alone.
"""

from __future__ import annotations

from requestbot.model import Kind
from requestbot.rules.base import ALL_KINDS, Rule, compile_rules, neg, pos, review

A, R, E, X = Kind.ACCESS, Kind.RECTIFICATION, Kind.ERASURE, Kind.RESTRICTION
P, OBJ, M, C = Kind.PORTABILITY, Kind.OBJECTION, Kind.MARKETING_OPT_OUT, Kind.COMPLAINT

VOCAB = {
    # personal data: tiedot, tietoni, henkilötietojani (not tietosuoja, tietoturva)
    "DATA": r"(?:henkilo|asiakas|yhteys)?tie(?:do|to)(?!suoj|turv)\w*",
    # the writer's (or their child's) data, marked by possessive or by a pronoun
    "MYDATA": r"(?:(?:mun|minun|mu|omat|omia|oman|kaikki|minua koskev\w*|minusta|must|lapse\w*|tyttare\w*|poja\w*|poika\w*|meidan|perheen)"
    r" (?:\w+ )?(?:henkilo|asiakas|yhteys)?tie(?:do|to)\w*"
    r"|(?:henkilo|asiakas|yhteys)?tie(?:do|to)(?!suoj|turv)\w*(?:ni|ani|eni|mme|amme|emme|nsa|an))",
    # photos of the writer or their child (kuvat, kuvani, kuvia; not kuvaus = a shoot)
    "PHOTO": r"\w*kuv(?:a|i|ia)(?!u|aaj|aami|aus)\w*",
    # what an erasure request deletes
    "ERASEOBJ": r"{DATA}|{PHOTO}|\w*tili(?:ni|n|a|lta|ltani|mme|nne)?|kayttajatun\w*|asiakkuu\w*|profiil\w*|kaikki|kaiken|kaikki\w*|minusta|musta|must",
    "ERASE": r"(?:poist(?!u)\w*|tuho\w*|havit\w*|havita\w*|deletoi\w*|delet\w*)",
    # a field of the customer record
    "FIELD": r"{DATA}|\w*nim(?:i|e)\w*|\w*osoit\w*|\w*numero\w*|syntyma\w*|henkilotun\w*",
    "MKT": r"(?:suora)?mark?kinoin\w*|\w*mainok\w*|\w*mainos\w*|\w*mainon\w*|uutiskir\w*|tarjou\w*|tekstiviest\w*|myyntipuhe\w*|spam\w*|spaam\w*|spammi\w*|spami\w*|kampanj\w*|sahkopostimain\w*",
    "LIST": r"\w*(?:postitus|sahkoposti|jakelu|markkinointi|uutiskirje|viesti)list\w*|postitukse\w*",
    "REGISTER": r"\w*rekister\w*|jarjestelm\w*|tietokan\w*|asiakkuu\w*|asiakkaist\w*",
    "USE": r"(?:kasit+el|kayt|kaytt|luovut|profiloi|analysoi|analytii|seurant|seuraa|jaka|jaet|myy|julkai|julkis)\w*",
    "PUB": r"(?:netti|verkko|koti|www)sivu\w*|instagram\w*|facebook\w*|\w*somee?\w*|\w*mainok\w*|\w*mainoks\w*|mainonna\w*|markkinoin\w*|esittee\w*|\w*ikkuna\w*|nayteikkun\w*|julkais\w*|julkaise\w*",
    "NEGWANT": r"(?:en|emme|ei) (?:enaa )?(?:halua|haluu|haluta|tahdo|tarvitse|tarvi)",
    "GDPR": r"gdpr\w*|gpdr\w*|gdrp\w*|gdbr\w*|tietosuoja-asetu\w*",
}

# fmt: off
RULES: list[Rule] = [
    # --- erasure (Art. 17) ---------------------------------------------------
    pos("erasure.delete_data", E, r"{ERASE} ~4 (?P<key>{ERASEOBJ})",
        note="a deletion verb with the writer's data, photos or account as object"),
    pos("erasure.data_deleted", E, r"(?P<key>{MYDATA}|{PHOTO}|\w*tilini) ~3 (?:poist(?!u)|tuhot|tuhoa|havit|havitt)\w*",
        note="object first: 'haluan että tietoni poistetaan', 'tietojeni poistamista'"),
    pos("erasure.term", E, r"poistopyyn\w*|poisto-?oikeu\w*|poisto-?pyyn\w*|unohdetuksi|unohdetu\w*|unohda\w* (?:minut|mut|meidat)|unohtak\w* (?:minut|mut|meidat)|unohduspyyn\w*",
        weight=0.95),
    pos("erasure.remove_from_register", E, r"(?:{ERASE}|pois) ~4 (?P<key>{REGISTER})",
        note="'poistakaa minut asiakasrekisteristä'"),
    pos("erasure.not_in_register", E, r"{NEGWANT} (?:enaa )?(?:olla|olevan) ~3 (?P<key>{REGISTER}|asiakk\w*)",
        weight=0.85),
    pos("erasure.take_photo_away", E, r"(?:ottak|otta|ota|ottaa|vieka)\w* ~3 (?P<key>{PHOTO}) ~4 pois",
        weight=0.8),
    pos("erasure.delete_them", E, r"{ERASE} (?P<key>ne|niita|nama|ne kaikki|kaikki ne|se|sen)(?! \w*tilau)",
        weight=0.6, note="'poistakaa ne' after naming the data: a pronoun, so weak and flagged"),
    # --- access (Art. 15) ----------------------------------------------------
    pos("access.term", A, r"tarkastusoikeu\w*|tarkastuspyyn\w*|tietopyyn\w*|tarkistusoikeu\w*|tietojen ?tarkast\w*|(?:15|15\.) ?artikla\w*|artikla\w* 15",
        weight=0.95),
    pos("access.what_data", A, r"mita ~2 (?P<key>{DATA}) ~5 (?:minusta|must|musta|minua|mun|meista|lapse\w*|tyttare\w*|poja\w*|poika\w*|teilla|teil|teilta|olette|ootte|on tallenn\w*|on keratty|rekister\w*|kasit+el\w*|sailyt\w*)"),
    pos("access.copy_of_data", A, r"(?:kopi|jaljenno|jaljennyk|ote|otteen|tuloste|listau|yhteenveto)\w* ~4 (?P<key>{DATA}|rekisteri\w*)"),
    pos("access.copy_of_them", A, r"(?:kopi|jaljenn)\w* (?P<key>niista|naista|niista kaikista)",
        weight=0.6),
    pos("access.data_copy", A, r"(?P<key>{MYDATA}) ~2 (?:kopi|jaljenn)\w*"),
    pos("access.see_my_data", A, r"(?:lahett|toimit|anta|saisin|saada|saanko|saako|saan|nahd|naha|nahda|nahtav|tarkast|tarkist|tutustu|tietaa|tiedon)\w* ~4 (?P<key>{MYDATA})",
        weight=0.85),
    pos("access.collected_about", A, r"(?:keran|keranny|keranneet|tallent|sailyt|sailott|kasittel)\w* ~3 (?P<key>minusta|must|musta|minua|meista|lapse\w*|tyttare\w*|poja\w*)",
        weight=0.85),
    pos("access.in_register", A, r"(?:onko|oonko|olenko|onks|olenks) ~3 (?P<key>{REGISTER}|{DATA})",
        weight=0.8),
    pos("access.source", A, r"mista ~3 (?:sai|saitte|saanu|saaneet|saanut|saatu|saitteko)\w* ~3 (?P<key>\w*osoit\w*|\w*numero\w*|{DATA}|\w*nim(?:i|e)\w*|sahkopost\w*|sposti\w*|puhelin\w*)",
        weight=0.85),
    pos("access.recipients", A, r"(?:kenelle|kenen kanssa|mihin) ~3 (?:luovut|annoit|antanu|annett|jaoit|jakanu|jaett|myyn|myit|siirs|siirt)\w*",
        weight=0.8),
    pos("access.why_collections", A, r"miksi ~2 (?:annoit|antoi|luovut|siirsit)\w* ~3 (?P<key>{DATA}) ~3 perin\w*",
        weight=0.7),
    # --- rectification (Art. 16) ---------------------------------------------
    pos("rectification.term", R, r"oikaisupyyn\w*|oikaisuvaati\w*|tietojen oikai\w*|oikaisemi\w*|oikaiskaa\w*",
        weight=0.95),
    pos("rectification.fix_field", R, r"(?:korja|korjat|korjai|oikai|paivit|vaihta|vaihtak|vaihdat|muutta|muuttak|muutat)\w* ~3 (?P<key>{FIELD})",
        weight=0.85),
    pos("rectification.field_wrong", R, r"(?P<key>{FIELD}) ~3 (?:vaarin|vaara\w*|virhe\w*|vanhentun\w*|vanha|ei ole oikein|ei oo oikein|vaarinkirj\w*|muuttunut|muuttuu|vaihtunut)",
        weight=0.8),
    pos("rectification.wrong_field", R, r"(?:vaara|vaaran|vaaria|vaarat|virheelli\w*|vanha|vanhentunut|vanhentuneen) ~1 (?P<key>{FIELD})",
        weight=0.8),
    # --- restriction (Art. 18) -----------------------------------------------
    pos("restriction.term", X, r"rajoituspyyn\w*|kasittelyn rajoit\w*|rajoit\w* ~3 (?P<key>{USE}|{DATA})",
        weight=0.9),
    pos("restriction.freeze", X, r"(?:jaadyt|keskeyt|pysayt|tauot)\w* ~3 (?P<key>{DATA}|{USE})",
        weight=0.85),
    pos("restriction.until_resolved", X, r"(?:ala|alkaa) (?:kasitelko|kayttako|luovuttako|jakako) ~5 (?:ennen|kunnes|siihen asti|selvit\w*|toistaiseksi)",
        weight=0.85),
    pos("restriction.keep_for_dispute", X, r"(?:ala|alkaa) (?:poistako|havittako|tuhotko) ~8 (?:tarvi\w*|riita\w*|oikeu\w*|todist\w*|kiista\w*|selvit\w*|reklamaati\w*)",
        weight=0.85),
    pos("restriction.keep_not_use", X, r"(?:pitakaa|sailyttakaa|sailyttaa|pitaa) ~4 (?:mutta|kunhan) ~2 (?:ala|alkaa|ette) (?:kayttako|kasitelko|kayta)",
        weight=0.85),
    pos("restriction.contest_accuracy", X, r"kiista\w* ~4 oikeellisuu\w*", weight=0.8),
    # --- portability (Art. 20) -----------------------------------------------
    pos("portability.term", P, r"siirtopyyn\w*|tietojen siirt\w*|siirtaa tiedot|siirto-oikeu\w*|datan siirt\w*|data ?export\w*|tietojen vienti|siirrettavyy\w*|(?:20|20\.) ?artikla|artikla 20",
        weight=0.9),
    pos("portability.move_data", P, r"(?:siirt|siirr|vie|viedaan|lata)\w* ~3 (?P<key>{MYDATA}|kaikki {DATA}) ~4 (?:toise\w*|uute\w*|palvelu\w*|jarjestelm\w*|yrityks\w*|suoraan|koneelle\w*|itselle\w*)",
        weight=0.9),
    pos("portability.to_other_system", P, r"(?P<key>{MYDATA}) ~4 (?:toise\w*|uute\w*) (?:jarjestelm|palvelu|yrity|palveluntarjoaj)\w*",
        weight=0.85),
    pos("portability.format", P, r"(?P<key>koneluettav\w*|csv\w*|json\w*|xml\w*|excel\w*|rakenteise\w* muodo\w*)",
        weight=0.8),
    pos("portability.download_all", P, r"(?:lata|ladat|ladata)\w* ~2 (?:kaikki|koko) ~2 (?P<key>{DATA})",
        weight=0.85),
    # --- objection (Art. 21) and consent withdrawal (Art. 7(3)) --------------
    pos("objection.term", OBJ, r"vastustamisoikeu\w*|vastustamispyyn\w*|vastust\w* ~4 (?P<key>{USE}|{DATA}|{PHOTO}|profiloin\w*)",
        weight=0.9),
    pos("objection.forbid_use", OBJ, r"(?:kiella|kiellan|kiellamme|kielletaan|kieltaydyn|kieltaa) ~4 (?P<key>{USE}|{PHOTO}|profiloin\w*)",
        weight=0.85),
    pos("objection.do_not_accept", OBJ, r"(?:en|emme) (?:enaa )?(?:halua|hyvaksy|salli|anna lupaa|suostu)\w* ~6 (?P<key>{USE}|profiloin\w*|google analytic\w*|evaste\w*|seurat\w*)",
        weight=0.8),
    pos("objection.stop_using", OBJ, r"(?:lopet|lopettak)\w* ~3 (?P<key>{MYDATA}|{PHOTO}) ~2 {USE}|(?:lopet|lopettak)\w* ~2 (?P<key2>{USE}) ~3 {MYDATA}",
        weight=0.85),
    pos("objection.withdraw_consent", OBJ, r"(?:peru|peruu|peruut|vedan|vetaa|vetaan|perun|perumme|peruutamme)\w* ~3 (?P<key>suostum\w*|lupa\w*|luva\w*|evastesuost\w*)|suostumukse\w* (?:peru\w*|takaisinveto|takaisin)",
        weight=0.85),
    pos("objection.no_permission", OBJ, r"(?:en|emme|ei) (?:enaa )?(?:anna|salli|myonna) ~2 (?P<key>lupa\w*|luva\w*|suostum\w*)",
        weight=0.85),
    pos("objection.photo_must_not", OBJ, r"(?P<key>{PHOTO}) ~3 (?:ei saa|ei saisi|ette saa) ~2 (?:kayt|julkai|nayt|laitta)\w*",
        weight=0.85),
    pos("objection.photo_published", OBJ, r"(?:poist\w*|ottak\w*|ota|pois|lopet\w*|ala|alkaa|peru\w*|kiell\w*) ~4 (?P<key>{PHOTO}) ~5 (?:{PUB})|(?P<key2>{PHOTO}) ~4 (?:poist\w*|pois) ~4 (?:{PUB})",
        weight=0.8, note="consent to a published photo withdrawn: objection (erasure comes from the delete rules)"),
    # --- marketing opt-out (Art. 21(2)-(3), suoramarkkinointikielto) ---------
    pos("marketing.term", M, r"suoramarkkinointikiel\w*|suoramarkkinoinnin kiel\w*|markkinointikiel\w*|suoramainontakiel\w*|mainoskiel\w*",
        weight=0.95),
    pos("marketing.do_not_want", M, r"{NEGWANT} ~4 (?P<key>{MKT}|\w*viesteja|sahkoposte\w*|sposte\w*)",
        weight=0.9),
    pos("marketing.do_not_send", M, r"(?:ala|alkaa|alkakaa) (?:enaa )?(?:lahettako|laittako|soittako|tekstatko|spammatko|markkinoiko|mainostako) %4 (?P<key>{MKT}|enaa|mitaan|\w*viest\w*|mulle|minulle|meille|sahkoposte\w*)",
        weight=0.9),
    pos("marketing.stop", M, r"(?:lopet|lakkaut|peru|peruu|peruut|perun|keskeyt|poist|kiella|kiellan|vastustan)\w* ~4 (?P<key>{MKT})",
        weight=0.85),
    pos("marketing.no_more", M, r"ei (?:enaa|mitaan|lisaa) ~2 (?P<key>{MKT}|\w*viesteja|sahkoposte\w*)",
        weight=0.85),
    pos("marketing.remove_from_list", M, r"(?:poist|pois|ottak)\w* ~4 (?P<key>{LIST})|(?P<key2>{LIST}) ~3 (?:poist|pois)\w*",
        weight=0.9),
    pos("marketing.remove_me", M, r"poist\w* (?:minut|mut|osoitteeni|sahkopostiosoitteeni|sahkopostini|numeroni)",
        weight=0.6, note="'poistakaa minut' alone is usually a mailing-list opt-out (domain.md §5.4); flagged for review"),
    pos("marketing.unsolicited", M, r"(?P<key>{MKT}) ~5 (?:ilman lupaa|ilman suostumusta|vaikka en (?:ole|oo) (?:sita |niita )?(?:tilan\w*|pyyt\w*)|vaikka (?:kielsin|kielsimme|olen kieltanyt|kielsin sen))",
        weight=0.6, note="marketing that was never asked for or was already refused: an implied opt-out, flagged"),
    pos("marketing.still_coming", M, r"(?:edelleen|vielakin|yha|taas|jatkuvasti|joka (?:viikko|paiva|kuukausi)|koko ajan|aina vaan) ~3 (?P<key>{MKT})",
        weight=0.45, note="marketing that keeps coming: weak alone (needs review), counts with another sign"),
    pos("marketing.stop_it", M, r"(?:lopettakaa|lopeta|lopettaisitteko|lopettakaa jo) (?:se|ne|tama|tuo|nama|heti)|(?:lopettakaa|lopettakaa jo|lopettakaa heti)(?= ?[.!]| ?$)|en (?:ole|oo) (?:koskaan )?(?:pyytanyt|pyytany|tilannut|tilannu|tilaa) (?:niita|sita|tata|mitaan)",
        weight=0.3, note="'lopettakaa se' after naming the marketing: weak alone"),
    pos("marketing.consent", M, r"(?:peru|peruu|peruut|perun|vedan)\w* ~3 (?P<key>markkinointilu\w*|markkinointisuost\w*|uutiskirjetilau\w*)",
        weight=0.9),
    # --- complaint to the supervisory authority (Art. 77) ---------------------
    pos("complaint.authority", C, r"tietosuoja ?valtuutet\w*|tietosuojavaltuu\w*|tietosuoja ?viranomai\w*|valvontaviranomai\w*|tietosuojavaltuutetun toimisto\w*|tietosuojavirast\w*",
        weight=0.9),
    pos("complaint.violation", C, r"(?:rikot|rikko|rikkoo|rikkovat|rikkomu|loukkaa|loukkaatte|vastaist|vastaan)\w* ~3 (?P<key>{GDPR}|tietosuoja\w*)|(?P<key2>{GDPR}) ~3 (?:rikko|rikkomu|loukkau|vastai|rikot)\w*|tietosuojarikkomu\w*|tietoturvaloukkau\w*|tietosuojaloukkau\w*",
        weight=0.85),
    # --- near-misses (domain.md §5.4) and negation ------------------------------
    neg("nearmiss.order", {E, A, P}, r"(?:poist(?!u)|peru|peruu|peruut|perua|perukaa)\w* ~3 (?!uutiskir)\w*tilau\w*|(?<!uutiskirjeen.)\w*tilau\w* ~2 (?:poist|peru|peruu|peruut)\w*",
        note="'poistakaa tilaukseni', 'peruuta tilaus': an order, not personal data"),
    neg("nearmiss.portable_copy", {A}, r"(?:{DATA}) ~4 (?:koneluettav|csv|json|xml|excel|rakenteise|siirrettav|toise\w* (?:jarjestelm|palvelu|yrity))\w*",
        note="data sent in a machine-readable form or to another service: portability, not access"),
    neg("nearmiss.photo_in_order", {E, A, OBJ, P}, r"{PHOTO} ~3 (?:tilaukse\w*|tilauks\w*|ostoskori\w*|paketi\w*|paketista|albumi\w*|kuvakirja\w*)|(?:tilaukse\w*|ostoskori\w*) ~3 {PHOTO}",
        note="a photo inside an order or a shopping cart"),
    neg("nearmiss.booking", {E, R, P, A}, r"(?:peru|peruu|peruut|poist|siirt|siirr|muut|vaiht)\w* ~3 (?:\w*aika\w*|ajan\w*|\w*varau\w*|kuvausaik\w*|kuvaustilaisuu\w*|kuvau\w*)",
        note="a Slotti booking cancelled or moved"),
    neg("nearmiss.copy_of_photo", {A, P}, r"(?:kopio\w*|jaljenno\w*|lisaa|uusintaprin\w*|tulost\w*|vedos\w*|isompi|paperi\w*) ~3 {PHOTO}",
        note="prints or files of a photo: a product order"),
    neg("nearmiss.login", {A, R, E}, r"(?:salasan|kirjau|tunnukse|tunnus|galleri|linkki|koodi)\w* ~4 (?:ei toimi\w*|unoh\w*|vaihd\w*|hukas\w*|kadon\w*|vanhentu\w*)",
        note="login or gallery help"),
    neg("nearmiss.invoice_amount", {R}, r"(?:vaara|vaaran|virheelli\w*) (?:summa\w*|hinta\w*|maara\w*|laskutu\w*)|(?:summa|hinta|laskun summa|lasku)\w* (?:on|oli|ei ole) (?:vaarin|vaara|virheelli\w*|oikein)",
        note="a billing dispute, not personal data"),
    neg("nearmiss.delivery_address", {R}, r"toimitusosoit\w*|\w*tilauks\w* ~4 \w*osoit\w*",
        note="an order's delivery address"),
    neg("nearmiss.passport_code", ALL_KINDS, r"passikuv\w* ~6 (?:koodi\w*|kuitti\w*|kuvakuitti\w*|ei toimi\w*|poliisi\w*)",
        note="police photo-server service issue"),
    neg("nearmiss.product_complaint", {C}, r"reklamaati\w*|valitu\w* ~4 (?:laadu\w*|toimitu\w*|tuottee\w*|palvelu\w*|kuvaaja\w*)",
        note="a consumer complaint"),
    neg("nearmiss.newsletter_content", {M}, r"uutiskirjee(?:ssa|ssanne|n tarjou\w*|n koodi\w*|n linkki\w*)\w* ~4 (?:ei toimi\w*|oli|vaar\w*|mainit\w*|kerrott\w*|olleen)",
        note="a question about the content of a newsletter"),
    neg("nearmiss.data_for_marketing", {OBJ}, r"(?:{DATA}|{USE}) ~3 (?:suora)?mark?kinoin\w*|markkinointilu\w*|markkinointisuost\w*",
        note="data use for direct marketing: a marketing opt-out, not a general objection"),
    neg("nearmiss.photo_in_marketing", {M}, r"{PHOTO} ~3 (?:{MKT})",
        note="a photo used in an advert: consent to the photo, not marketing mail"),
    neg("nearmiss.remove_me_register", {M}, r"(?:minut|mut) ~3 (?:{REGISTER})",
        note="'poistakaa minut rekisteristä' is erasure, not an opt-out"),
    neg("nearmiss.marketing_register", {E}, r"(?:markkinointi|postitus|sahkoposti|uutiskirje|mainos)\w*rekister\w*",
        note="'poistakaa minut markkinointirekisteristä' is a marketing opt-out, not erasure"),
    neg("nearmiss.disclaimer", ALL_KINDS, r"(?:virheellisesti|erehdyksessa|vaaralle vastaanottaja\w*|tarkoitettu vastaanottaja\w*|ei ole tarkoitettu)[^.!?\n]*|(?:poist|tuho|havit)\w* (?:tama |taman )?viesti\w*[^.!?\n]*",
        note="a mail disclaimer: 'jos sait viestin erehdyksessä, poista se'"),
    neg("negation.do_not_delete", {E}, r"(?:{NEGWANT}|en pyyda|emme pyyda|ei tarvitse|ei saa|ette saa)\w*(?:,? (?:etta|et|teidan))? %2 (?:poist|tuho|havit)\w*[^.!?\n;,]*|(?:ala|alkaa|alkakaa) (?:viela )?(?:poistako|tuhotko|havittako)[^.!?\n;]*",
        note="'en halua että poistatte', 'älkää poistako': not an erasure request", overlap="match"),
    review("ambiguous.cancel_subscription", r"(?:peru|peruu|peruut|perua|perun|peruutan)\w* ~2 tilau\w*",
        note="'peru tilaus' alone: an order or a newsletter subscription?"),
    review("privacy_mention", r"{GDPR}|henkilotie\w*|tietosuoj\w*",
        note="privacy words without a recognised request"),
]
# fmt: on

CHILD = r"lapsi(?:stani|ltani|ani|eni|amme|stamme)|meidan (?:poika|poja\w*|tytto|tyto\w*|lapsi|lapse\w*|lapset)|lapse(?:ni|mme|stani|stamme|ltani|lleni|n|ni)|lapsieni|lasteni|lastemme|lapsiani|tyttare\w*|tyttoni|tyttomme|poikani|poikamme|poja(?:ni|mme|stani|stamme|lleni|n)|huollettava\w*|huoltaja\w*"

COMPILED: tuple[Rule, ...] = compile_rules("fi", RULES, VOCAB)
