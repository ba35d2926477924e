"""The role of each sentence: is the writer asking for something now?

A letter that asks for access often cites the articles, lists what the right
covers ("the recipients, the retention period, the right to lodge a
complaint"), reasons about the law and "reserves the right" to go to the
authority. Each of those sentences names a right without asking for it. So
every sentence gets one role before the rules are counted:

* ``request``   — the writer asks now, with a request verb of its own ("please",
  "I want", "poistakaa", "jag begär", an imperative);
* ``statement`` — the writer's own sentence without one ("my address is
  wrong", "tietoni pois", but also a notice's "customers may ask ...");
* ``subject``   — the subject line (a reply's subject names an old topic);
* ``item``      — a list item without its own request verb (what a right
  covers, a list of formats or legal grounds);
* ``context``   — citations, legal reasoning, information about rights,
  "I reserve the right ...", with no request verb of its own; in a guide's
  questions and answers, also the questions it asks itself ("Hur begär jag
  ett registerutdrag?") and its instructions to the reader;
* ``condition`` — "if you do not answer, I will ...";
* ``notice``    — what a machine says: footers, list-server and account notices;
* ``other``     — not the writer's words: quoted or forwarded mail, signatures.

The markers are small vocabularies over folded text per language (all three run
on every sentence: people mix languages). A sentence with a context marker that
also has a request verb ("Under Art 17 I ask you to delete ...") stays a request.
How much each role counts per kind is learned (``calibration``), not set here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from requestbot.understand.segment import Segment

ROLES = ("request", "statement", "subject", "item", "context", "condition", "notice", "other")


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


#: Citations and legal reasoning: the writer explains, not asks.
_CONTEXT = _rx(
    # citations of articles, sections, recitals
    r"art(?:ikla\w*|ikel\w*|icles?|t)?\.? ?\d+",
    r"§ ?\d+",
    r"\d+ ?§",
    r"recital \d+",
    r"johdanto-osan",
    r"skal \d+",
    r"(?:gdpr|tietosuoja-asetu\w*|asetu\w*|lai\w*|lain) mukaa\w*",
    r"(?:according to|under|pursuant to|as required by|as provided by) (?:the )?(?:gdpr|regulation|law|data protection)",
    r"enligt (?:gdpr|dataskydds\w*|lagen|forordningen|artikel\w*)",
    r"(?:the )?(?:gdpr|regulation|law) (?:says|states|requires|provides|gives|grants)",
    r"(?:you are|you're|the controller is|controllers are) (?:obliged|required|obligated)",
    r"(?:olette|rekisterinpitaja on|rekisterinpitajan on|yrityksen on) (?:velvolli\w*|velvoitettu)",
    r"(?:ni ar|personuppgiftsansvarig\w* ar) skyldig\w*",
    # information about rights
    r"(?:you|the data subject|data subjects|everyone|customers|individuals|people|i|we) "
    r"(?:have|has|had) (?:the |a |my )?rights?",
    r"right to (?:lodge|file|make|submit|bring) (?:a )?complaint",
    r"(?:sinulla|teilla|rekisteroidylla|asiakkaalla|jokaisella|minulla|meilla) on oikeus",
    r"oikeus (?:tehda|jattaa|tehdä) (?:valitu\w*|kantelu\w*)",
    r"(?:du|ni|den registrerade|kunden|alla|jag|vi) har (?:en )?ratt(?:en|igheter|ighet)? (?:att|till)",
    r"ratt\w* att (?:lamna|inge|gora|klaga)\w* ?(?:in )?(?:ett )?klagomal",
    # reservation
    r"reserv\w* (?:the|my|all|our) rights?",
    r"pidatan (?:itsellani )?(?:oikeude\w*)",
    r"forbehaller (?:jag |vi )?(?:mig|oss)",
)

#: Information about rights addressed to anyone ("you can ask us to delete ...",
#: "rekisteröity voi ...") and grounds given only hypothetically ("to the extent
#: that you rely on consent, I withdraw it"): context even with a request verb.
_INFO = _rx(
    r"you (?:can|may|could|are entitled to|have the right to|also have the right to) "
    r"(?:\w+ ){0,2}?(?:ask|request|object|withdraw|lodge|file|complain|access|get|obtain|receive|have|demand|contact|exercise|opt|unsubscribe|check|see)",
    r"(?:customers|users|members|data subjects|the data subject|individuals|everyone|anyone|a person|people) "
    r"(?:can|may|has|have|are entitled)",
    r"(?:to the extent|insofar as|in so far as|where) (?:that )?(?:you|your|the processing|processing) "
    r"(?:rely|relies|is based|are based|based)",
    r"if (?:i have|i had|i may have) (?:ever )?(?:given|granted|provided)",
    # the writer's own step asked about, not taken: "if I delete my account, do I
    # lose the files?", "if I ask for erasure, will you keep the invoices?"
    r"if i (?:\w+ ){0,2}?(?:delete|request|ask|close|remove|unsubscribe|opt out|object|withdraw|"
    r"exercise|cancel)\w* [^.!?]*\?",
    # the writer's own rights, known but not used ("I understand I could complain")
    r"i (?:understand|know|realise|realize|am aware)(?: that)? i (?:could|can|may|might|have the right|would be able)",
    r"(?:tiedan|ymmarran|tiedostan)(?:,? etta)? (?:mina )?(?:voisin|voin|minulla on oikeus|mulla on oikeus)",
    r"jag (?:vet|forstar|ar medveten om)(?: att)? jag (?:kan|skulle kunna|har ratt)",
    r"voit (?:myos )?(?:\w+ )?(?:pyytaa|vaatia|kieltaa|peruuttaa|perua|tehda|tarkastaa|saada|valittaa|vastustaa|ottaa yhteytta|kayttaa|ilmoittaa)",
    r"(?:rekisteroity|rekisteroidylla|asiakas|asiakkaalla|jokainen|jokaisella|henkilo|kayttaja) "
    r"(?:voi|on oikeus|on oikeutettu|saa)",
    # the same asked as a question: "voiko asiakas pyytää …", "kan en kund begära …"
    r"(?:voiko|saako|onko) (?:asiakas|asiakkaalla|rekisteroity|rekisteroidylla|kuka tahansa|jokainen|kayttaja|henkilo|huoltaja|vanhempi) (?:\w+ )?(?:pyytaa|vaatia|saada|kieltaa|oikeus)",
    r"(?:kan|far|har) (?:en kund|den registrerade|en foralder|vem som helst) (?:\w+ )?(?:begara|krava|fa|ratt)",
    # a ground given hypothetically ("siltä osin kuin käsittely perustuu suostumukseen"),
    # not a request's own limit ("poistetaan siltä osin kuin laki sen sallii")
    r"(?:silta osin kuin|siina maarin kuin) (?:\w+ ){0,3}?(?:perustuu|perustuvat|perustatte|nojaa|nojaavat|nojaatte)",
    r"(?:mikali olen antanut|jos olen antanut|jos olen joskus antanut)",
    r"du kan (?:ocksa )?(?:\w+ )?(?:begara|be|krava|invanda|aterkalla|lamna|fa|klaga|kontakta|anvanda|avanmala|avsluta)",
    # "man kan begära att ett företag raderar allt": what anyone may ask
    r"man (?:kan|far|har ratt att) (?:ocksa )?(?:\w+ )?(?:begara|be|krava|invanda|aterkalla|fa|klaga)",
    r"(?:den registrerade|kunden|kunder|alla|var och en|anvandaren|medlemmen) "
    r"(?:kan|har ratt|har ratten|far|ar berattigad)",
    r"(?:i den man|for det fall|om jag har (?:gett|lamnat|givit))",
)

#: A request verb in the sentence itself: it asks now, whatever it cites.
_REQUEST_CUE = _rx(
    # en
    r"please",
    r"kindly",
    r"i (?:now |also |therefore |further |hereby )?(?:would like|'d like|want|wish|request|ask|demand|need|require|hereby|expect|object|withdraw|insist)",
    r"we (?:hereby )?(?:request|ask|demand|require|would like|object|withdraw)",
    # the contracted forms ("I'd like a copy … (Art. 15)"): the long forms are above
    r"(?:i|we)'d (?:also |really |now |therefore )?(?:like|prefer|appreciate)",
    r"i(?:'m| am) (?:hereby )?(?:requesting|asking|writing to|making|exercising|formally|objecting|"
    r"withdrawing|invoking|lodging|filing|demanding|revoking)",
    r"vastustan|peruutan|kiellan|vaadin",
    r"i (?:do not|don'?t|no longer) (?:want|wish|consent|agree)",
    r"(?:can|could|would|will) you",
    r"consider this",
    r"(?:delete|erase|remove|stop|send|provide|give|correct|rectify|update|restrict|unsubscribe|cease) (?:me|my|all|any|the|this|it|them|sending|using|processing|contacting)",
    r"(?:how|why|what|which|where|when|who|do|did|does|have|has|can|could|will|would|are|is) (?:\S+ ){0,8}?(?:you|your)(?: [^.!?]*)?\?",
    # fi
    r"pyyda\w*",
    r"pyytaisin|pyytaisimme|toivoisimme|haluaisimme",
    # what the writer's field should be says what to correct: "puhelinnumeroni tulee olla …"
    r"\w+(?:ni|mme) (?:tulee|pitaa|pitaisi|kuuluu|kuuluisi) olla",
    r"(?:mitt|min|mina|vart|var|vara) \w+ (?:ska|skall|borde) vara",
    r"haluan",
    r"(?:en|emme) (?:enaa )?(?:halua|haluu|haluun)",
    r"haluaisin",
    r"vaadi\w*",
    r"toivo\w*",
    r"voisitte\w*",
    # the spoken polite "can it be done": "voiko sen kuvan poistaa", "voisko sen vaihtaa"
    r"(?:voiko|voisiko|voisko|voiks) (?:sen|ne|niita|sita|minut|mut|mun|minun|tiedot|kuva\w*|tie(?:do|to)\w*)",
    r"voitteko",
    r"ettei",
    r"alkaa",
    r"alkakaa",
    r"\w{3,}(?:kaa|gaa|akee)",  # -akee: Savo and Ostrobothnian imperative (poistakee)
    r"kiell\w*",
    r"peru(?!st)\w*",  # peruutan, perukaa; not peruste (a ground)
    # sv
    r"jag (?:vill|begar|kraver|onskar|ber|skulle vilja|invander|aterkallar|motsatter)",
    # Swedish puts the verb before "jag" after a fronted phrase ("Med stöd av artikel 21
    # invänder jag mot ...", "Därför begär jag ...")
    r"(?:vill|begar|kraver|onskar|ber|invander|aterkallar|motsatter) jag",
    r"vanligen",
    r"\A\W*(?:hej\W+)?(?:ta bort|radera|skicka|ratta|sluta|stoppa|avregistrera|begransa|lamna ut)",
    r"var (?:snall|vanlig)\w*",
    r"(?:kan|skulle|vill) (?:ni|du)",  # "kan du se till att ...": the informal "could you"
    r"(?:radera|ta bort|sluta|skicka|ratta|lamna ut|avregistrera|stoppa) (?:mig|mina|min|mitt|all|alla|allt|dem|den|det)",
    r"begar(?!an)\w*",  # the verb, not the noun begäran
    r"(?:vad|vilka|vilken|hur|varfor|var|nar|har|kan|vill) (?:\S+ ){0,8}?(?:ni|er|era|ert)(?: [^.!?]*)?\?",
    r"\w+tte(?:ko|ka)?(?: [^.!?]*)?\?",
)

#: The writer speaks of themself: a requester's letter has an "I" (or a family's
#: "we ask"); a notice, a guide or a developer discussion seldom has one.
_FIRST_PERSON_WORDS = _rx(
    # English "I" before a verb: the Swedish preposition "i" (in) is no writer
    r"i'm|i've|i'd|i'll|me|my|mine|myself",
    r"i (?:\w+ )?(?:am|was|have|had|want|wanted|would|will|wish|do|did|don'?t|didn'?t|never|can|"
    r"can'?t|cannot|could|should|must|need|request|requested|ask|asked|demand|hereby|object|"
    r"withdraw|think|believe|received|receive|got|get|signed|unsubscribed|made|sent|know|see|"
    r"saw|found|noticed|hope|expect|live|moved|use|used|like|hate|feel|write|require|insist|"
    r"consent|agree|understand|tried|contacted|registered|subscribed|opted|bought|ordered|"
    r"changed|deleted|gave|give|looked|realised|realized|keep|kept|still|just|also|already|"
    r"recently|really|only|again|no longer|reserve|expressly|explicitly)",
    r"mina|minun|minua|minulle|minulla|minulta|minut|minusta|mun|mulle|mua|multa|mulla|musta|ma",
    r"pyydan|haluan|vaadin|kiellan|peruutan|perun|vastustan|olen|teen|toivon|ilmoitan|valitan|edelleenlahetan"
    r"|tarvitsen|sain|tilasin|annoin|huomasin|asun|muutin|kaytin|kirjoitan|ihmettelen|saan|voin"
    r"|en (?:halua|ole|ymmarra|saa|anna|hyvaksy|tykkaa)|haluun|oon|tahdon",
    r"jag|mig|mej|min|mitt|mina",
    # parents or a couple asking together ("our son's photos" is theirs too)
    r"we (?:ask|request|want|would like|demand|wish|hereby|object|withdraw|expect|insist|require)",
    r"we (?:don't|do not|no longer) (?:want|wish|consent|agree|allow|accept)",
    r"emme(?:ka)? (?:halua|hyvaksy|anna|salli|toivo|enaa halua)",
    r"(?:our|us) (?:\w+ )?(?:son|daughter|child|children|kids?|family|photos?|pictures?|data|details|address)",
    r"pyydamme|haluamme|vaadimme|toivomme|kiellamme|vastustamme|peruutamme",
    r"vi (?:vill|begar|kraver|ber|onskar|invander|aterkallar)",
    r"(?:var|vart|vara) (?:barn|son|dotter|dotters|sons|uppgifter|bilder|foton)",
    # a lawyer or a representative for their client
    r"(?:on behalf of|for) (?:our|my) client|we (?:act|are acting) for|we represent",
    r"(?:a|pa) (?:var|min) klients? vagnar|vi (?:foretrader|representerar)",
    r"(?:asiakkaamme|paamiehemme|asiakkaani|paamieheni) (?:puolesta|valtuuttamana)|edustamme",
)

#: Word endings that speak as "I": a possessive suffix (tietoni, osoitteeni), a
#: conditional or a question of the first person (haluaisin, voisinko, saanko),
#: parents' "our child" (lapsemme). Found by the ending alone (a literal, so the
#: scan is fast), then the word before it is checked.
_ENDING = re.compile(r"(?:ni|isinko|isin|nko|mme)(?!\w)")
_PARENTS = ("lapse", "poika", "tytar", "tyttare")


def _first_person_ending(text: str) -> bool:
    for m in _ENDING.finditer(text):
        at, ending = m.start(), m.group()
        if ending == "mme":
            if text[:at].endswith(_PARENTS):
                return True
            continue
        need = 3 if ending == "ni" else 1
        if at >= need and all(c.isalnum() for c in text[at - need : at]):
            return True
    return False


class _FirstPerson:
    """The writer speaks of themself: a word (``_FIRST_PERSON_WORDS``) or an ending."""

    def search(self, text: str) -> bool:
        return bool(_FIRST_PERSON_WORDS.search(text)) or _first_person_ending(text)


_FIRST_PERSON = _FirstPerson()

#: An organisation says what it does or should do ("we process", "käsittelemme",
#: "vi behandlar", "we should support erasure", "tietoja käsitellään"), or
#: addresses any reader in the singular "you" of a notice (Swedish "du",
#: Finnish "sinä"; a letter to a company says "ni", "te").
_ORGANISATION = _rx(
    r"we|we'll|we're|we've|we'd|(?:contact|email|e-mail|write to|call) us|our (?:\w+ )?(?:users?|customers?|members?|website|site|service|services|app|platform|team|company|product|privacy|policy|newsletter|project)",
    r"(?:kasittel|kera|sailyt|kayt|luovut|poist|tarjo|suoja|laheta|anna|tee|tarvitse|pyri|voi|ole|saa|sisallyt)(?:a|a|e|i)?mme|emme",
    r"(?:kasitel|sailyte|kerat|kayte|luovute|poiste|tallenne|annet|pyyde|toimite|lahete|tarkaste|korjat|rajoite|ilmoite)\w{0,3}?aan",
    r"vi|oss",
    r"du|dig|din|ditt|dina",
    r"sina|sinun|sinulla|sinulle|sinua|sinulta|sinut|voit|saat|haluat",
)

#: Without an "I": rights described for anyone ("the data subject has the right
#: to", "den som är registrerad har rätt att", "on oikeus") and a wished-for
#: feature ("it would be great if one could clear the data", "users should be
#: able to export"): a guide or a developer discussion, not a request.
_GENERIC = _rx(
    r"(?:has|have) (?:the |a )?rights? (?:to|of)",
    r"har (?:en )?ratt(?:en|igheten)? (?:att|till)",
    r"on oikeus|on oikeutettu",
    r"it (?:would|will|could) be (?:\w+ ){0,2}?(?:great|nice|good|useful|helpful|awesome|cool|better|possible|valuable|addition|improvement|idea)",
    r"(?:we|you) (?:should|could|might|need to|have to) (?:\w+ )?(?:support|add|implement|provide|offer|allow|consider|build|introduce)",
    r"(?:should|could|would|must|need to|needs to) be (?:able|possible|allowed)",
    r"(?:they|users?|the user|a user|customers?|people|members|visitors|one) "
    r"(?:should|could|would|must|need to|needs to|will|might)",
    r"(?:feature|option|ability|possibility|functionality|button|endpoint|api) (?:to|for)",
)

#: The writer's own earlier request ("I sent you a request under Article 15",
#: "lähetin teille pyynnön", "min begäran av den 3 februari") ...
_EARLIER = _rx(
    r"i (?:\w+ ){0,2}?(?:sent|send|made|submitted|filed|wrote|emailed|e-mailed) (?:\w+ ){0,4}?"
    r"(?:request|e-?mail|letter|message|demand)",
    r"my (?:\w+ ){0,3}?(?:request|letter|demand)",
    r"lahetin|pyysin|tein (?:\w+ )?pyynnon|\w*pyyntoni|\w*pyyntooni|\w*pyynnostani|\w*pyyntoani",
    r"jag (?:\w+ ){0,2}?(?:skickade|begarde|bad|skrev|lamnade|gjorde) (?:\w+ ){0,3}?"
    r"(?:begaran|forfragan|mejl|mail|brev|meddelande)",
    r"min (?:\w+ ){0,2}?(?:begaran|forfragan)",
    r"(?:skickade|begarde|lamnade|gjorde|skrev) jag (?:\w+ ){0,3}?(?:begaran|forfragan|mejl|mail|brev)",
)
#: ... that is still unanswered: the reminder asks for it again now.
_UNANSWERED = _rx(
    r"(?:no|not (?:yet )?(?:received?|had|have|got|gotten|get|seen)(?: an?| any)?) (?:\w+ ){0,2}?(?:answer|reply|response)",
    r"(?:not|never|n't) (?:\w+ ){0,2}?(?:answered|replied|responded)",
    r"unanswered|reminder|remind you|without (?:any )?(?:answer|reply|response)",
    r"(?:en|ei|eika|emme|ette|enka|emmeka) (?:\w+ ){0,2}?ole (?:\w+ ){0,3}?(?:saanut|saaneet|vastattu|vastanneet|vastannut|kuulunut|tullut)",
    r"vastaus puuttuu|vastausta ei|muistut\w*|vastaamat\w*",
    r"(?:inte|ej|aldrig) (?:\w+ ){0,3}?(?:fatt|fick|hort|svarat|besvarat)",
    r"(?:inget|utan) svar|paminnelse|paminner|obesvara\w*",
    # not done yet, or asked again by a pronoun ("it is still there", "please do that")
    r"(?:is|are) still (?:there|online|up|visible|published|on (?:your|the))",
    r"(?:on|ovat) (?:yha|edelleen|vielakin|viela) (?:siella|netissa|sivuilla|nakyvilla|esilla)",
    r"(?:finns|ligger) (?:fortfarande|kvar|alltjamt)",
    r"please do (?:that|it|so)|do (?:it|that|so) (?:now|immediately|at once)",
    r"tehkaa (?:se|niin|tama)|gor (?:det|sa) (?:nu|omedelbart|genast)",
    # or its confirmation asked for: it is not known to be done
    r"(?:send|give) (?:me |us )?(?:a |the |your )?confirmation",
    r"(?:lahettakaa|lahetatteko|antakaa) (?:\w+ )?vahvistu\w*",
    r"(?:skicka|ge) (?:mig |oss )?(?:en )?bekraftelse",
)

#: The writer's "I" only frames an opinion or a proposal ("I think it would be
#: great if users could export ..."): a discussion, not a request of their own.
_OPINION = _rx(r"i (?:\w+ )?(?:think|guess|believe|suppose|suggest|propose|wonder|was thinking)")

#: Every ``_UNANSWERED`` match holds one of these.
_UNANSWERED_WORDS = (
    "answer",
    "repl",
    "respon",
    "remind",
    "vastat",
    "vastan",
    "vastau",
    "vastaam",
    "muistut",
    "kuulunut",
    "tullut",
    "saanut",
    "saaneet",
    "svar",
    "paminn",
    "fatt",
    "fick",
    "hort",
    "still",
    "yha",
    "edelleen",
    "vielakin",
    "fortfarande",
    "kvar",
    "alltjamt",
    "confirm",
    "vahvist",
    "bekraft",
    "do that",
    "do it",
    "do so",
    "tehkaa",
    "gor det",
    "gor sa",
)

#: A hypothetical: the writer imagines asking some day ("if I wanted to see my
#: data some day, ...", "jos joskus pyytäisin tietojeni poistoa", "om jag senare
#: vill flytta mina bilder") or asks what happens when anyone asks ("what if
#: someone asks for deletion"). Only "I" or anyone asks in it: "jos voisitte
#: poistaa" (if you could delete) is a polite request and is not one.
_HYPOTHETICAL = _rx(
    r"if i (?:\w+ )?(?:wanted|were to|was to|ever|decided?|one day|some ?day|later)",
    r"(?:should|were) i (?:ever )?(?:want|wish|decide)",
    r"what (?:if|happens if|would happen if) (?:i|someone|somebody|a customer|a parent)",
    r"if (?:someone|somebody|anyone|a customer|a person|a parent|one) (?:\w+ )?(?:asks|requests|wants|wanted|asked|demands)",
    r"jos (?:\w+ ){0,2}?(?:haluaisin|haluaisimme|pyytaisin|pyytaisimme|paattaisin|tarvitsisin|tahtoisin|vaatisin)",
    r"jos (?:mina |ma )?(?:joskus|myohemmin|tulevaisuudessa|sitten joskus)",
    # "jos haluan myöhemmin tarkistaa, ...": a request the writer may make some day
    r"jos (?:\w+ )?(?:haluan|haluamme|pyydan|pyydamme|paatan|paatamme|tarvitsen) (?:\w+ )?(?:joskus|myohemmin|tulevaisuudessa|sitten joskus)",
    r"jos joku (?:\w+ )?(?:pyytaa|haluaa|vaatii|pyytaisi|haluaisi)",
    r"(?:enta|mita tapahtuu) jos",
    r"om jag (?:\w+ ){0,2}?(?:skulle|ville|senare|nagon gang|i framtiden|en dag|framover)",
    r"(?:tank om|vad hander om|vad skulle handa om)",
    r"om (?:nagon|en kund|en foralder|man) (?:\w+ )?(?:begar|vill|ber|kraver)",
)

#: Thanks for what was done ("thanks for sending the copy of my data", "kiitos kun
#: poistitte tietoni", "tack för registerutdraget"): a past request, done.
_THANKS = _rx(
    r"(?:thanks|thank you) (?:\w+ )?for (?:the |your )?(?:\w+ )?(?:sending|deleting|removing|correcting|updating|fixing|"
    r"handling|processing|answering|copy|reply|answer|response|quick|prompt|fast)",
    r"kiitos (?:\w+ )?(?:kun|etta|siita etta) (?:\w+ ){0,3}?\w+(?:itte|ititte|ttiin|tiin|neet)",
    r"kiitos (?:\w+ )?(?:nopeasta |pikaisesta |)(?:vastauksesta|poistosta|korjauksesta|tiedoista|otteesta|rekisteriotteesta|kopiosta)",
    r"tack (?:\w+ )?for (?:att ni|registerutdraget|utdraget|svaret|raderingen|rattelsen|kopian|det snabba|ert snabba|ert svar)",
)

#: A request the writer says they first meant to make and did not ("I was going to
#: ask you to delete everything, but ...", "aloin kirjoittaa että poistakaa kaikki,
#: mutta", "jag tänkte först be er radera allt, men"), or take back in the same
#: breath ("Tietojen poisto... tai ei sittenkään", "Radera... nej förresten"), or a
#: previous message of theirs they ask the reader to forget.
_TAKEN_BACK = _rx(
    r"i (?:first |initially |originally )?(?:was going to|was about to|meant to|thought (?:about|of)|started to write|almost)",
    r"or (?:maybe )?not after all|actually,? no|on second thought",
    r"forget (?:my|the) (?:previous|last|earlier) (?:\w+ )?(?:message|e-?mail|mail|request)",
    r"aloin kirjoittaa|meinasin (?:ensin )?|ajattelin ensin|aioin ensin|olin (?:ensin )?(?:pyytamassa|aikeissa)",
    r"tai ei sittenkaan|ei sittenkaan|unohtakaa (?:\w+ )?(?:edellinen|aiempi|aikaisempi) (?:\w+ )?viesti\w*",
    # "unohtakaa tuo eilinen poistopyyntöni": an earlier request of the writer's withdrawn
    r"unohtakaa (?:\w+ ){0,2}?(?:edellinen|aiempi|aikaisempi|eilinen|aamuinen|viimeisin|aiemmin \w+|eilen \w+) (?:\w+ )?\w*pyynto\w*(?! ja )",
    r"jag tankte (?:forst|forut|egentligen)|jag skulle (?:forst|egentligen)|jag borjade skriva",
    r"nej forresten|(?:glom|strunta i|bortse fran) (?:mitt|min) (?:forra|tidigare|forsta) (?:\w+ )?(?:mejl|mail|meddelande|begaran)",
    # "glöm min begäran i går om att radera allt"
    r"(?:glom|strunta i|bortse fran) min (?:\w+ )?begaran (?:i gar|i morse|fran i gar|tidigare|forut|nyss)(?![^.!?\n]* och )",
)

#: The writer's request that was made before ("I sent a deletion request
#: yesterday", "pyysin jo", "jag skickade en begäran"): background, unless the
#: message is a reminder of it (``_reminded``).
_EARLIER_PAST = _rx(
    r"i (?:\w+ ){0,2}?(?:sent|made|submitted|filed|emailed|e-mailed|wrote) (?:\w+ ){0,4}?(?:request|e-?mail|letter|message)",
    r"i (?:\w+ )?(?:asked|requested) (?:you|that|for)",
    r"lahetin|pyysin|pyysimme|tein (?:\w+ )?pyynnon|kirjoitin",
    r"jag (?:\w+ ){0,2}?(?:skickade|begarde|bad|skrev|lamnade|gjorde)",
    r"(?:skickade|begarde|lamnade|gjorde|skrev|bad) jag",
)

#: The writer says the message asks for nothing now, or takes back an earlier
#: request ("I'm not asking for anything right now", "no action needed", "en pyydä
#: nyt mitään", "perun sen", "jag behöver inte göra det nu"): none of its
#: sentences asks.
_STAND_DOWN = _rx(
    r"(?:i'm|i am) not (?:asking|requesting|making a request) (?:for )?(?:anything|a thing)",
    r"not (?:asking for|requesting|doing) (?:anything|it|this|that) (?:yet|now|right now|at the moment)",
    r"no (?:further )?action (?:is )?(?:needed|required|necessary)",
    r"(?:please )?(?:ignore|disregard) (?:it|that|my (?:\w+ )?(?:request|e-?mail|message)|the (?:\w+ )?request)",
    r"(?:cancel|withdraw|retract) my (?:\w+ )?request",
    r"(?:just|only) (?:a general question|want(?:ed)? to understand)",
    r"en (?:pyyda|vaadi) (?:nyt |viela |tassa vaiheessa |tata nykya )*mitaan(?! \w)",
    r"(?:ei|ette) (?:tarvitse|tarvi|tartte) (?:\w+ )?(?:tehda|toimia) (?:\w+ )?mitaan",
    r"(?:perun|peruutan|peruutamme|perumme) (?:aiemman \w+|\w*pyynt\w*|\w*pyynn\w*)",
    r"\w*pyynn\w* (?:\w+,? ){0,6}?(?:perun|peruutan|perumme|peruutamme) (?:sen|sita)",
    r"en ole (?:viela|vielakaan) (?:paattanyt|tehnyt) mitaan",
    # "en ole vielä päättänyt, teenkö pyynnön", "halusin vain tietää miten se menee"
    r"en ole (?:viela|vielakaan) paattanyt",
    r"(?:halusin|halusimme) (?:vain|vaan|ihan vain|ihan vaan) (?:tietaa|kysya),? (?:miten|kuinka) (?:se|tama|tuo) (?:menee|toimii|tehdaan|kay)",
    r"(?:kysyn|kysyisin|mietin|kysyin) (?:vaan|vain|ihan|etukateen) ",
    r"yleisella tasolla|(?:ihan )?mielenkiinnosta",
    r"jag (?:vill|behover) inte (?:\w+ ){0,3}?(?:nu|just nu|an|i dagsla)",
    r"(?:ni )?behover inte gora (?:nagot|nanting)",
    r"jag (?:aterkallar|tar tillbaka|drar tillbaka) min (?:\w+ )?(?:begaran|forfragan)",
    r"(?:bortse|strunta) fran (?:min|mitt) (?:\w+ )?(?:begaran|mejl|mail|meddelande)",
    r"bara (?:en allman fraga|nyfiken|forsta hur)",
    # "jag funderar bara, har inte bestämt mig för något"
    r"(?:jag )?funderar bara|(?:jag )?har inte bestamt mig",
)

#: A threat or consequence: "if you do not ..., I will ...".
_CONDITION = _rx(
    r"(?:if|unless|should you|failing (?:which|that|this)|otherwise|or else)"
    r"(?: \S+){0,20}? (?:i will|i shall|i'll|i intend|i am going|i'm going|i may|i would|i must|i have no choice)",
    r"otherwise i",
    r"(?:jos|mikali|ellei|ellette|muussa tapauksessa|muutoin|muuten)"
    r"(?: \S+){0,20}? (?:teen|tulen|joudun|valitan|kaannyn|vien|ilmoitan|otan|saatan|aion)",
    r"(?:om|ifall|annars|i annat fall|sa lange)"
    r"(?: \S+){0,20}? (?:kommer jag|jag kommer|tvingas jag|jag tvingas|anmaler jag|jag anmaler|vander jag|jag vander|gar jag|jag gar|kan jag|jag kan komma)",
)

#: A forwarded or quoted message starts here: the rest is not the writer's.
_FORWARD = _rx(
    r"-+ ?(?:original message|forwarded message|alkuperainen viesti|valitetty viesti|ursprungligt meddelande|vidarebefordrat meddelande) ?-*",
    r"begin forwarded message",
)
#: Not the writer's words: footers, notices of a system.
_OTHER = _rx(
    r"this (?:e-?mail|message|mail) (?:was|has been|is) (?:sent|generated) (?:automatically|to you|by)",
    r"(?:do not|please do not|don't) reply to this",
    r"(?:ala|alkaa) vastaa tahan",
    r"svara inte pa (?:detta|det har)",
    r"tama (?:viesti|sahkoposti) on (?:lahetetty|luotu) automaattisesti",
    r"detta (?:meddelande|mejl|mail|e-postmeddelande) (?:ar|har) (?:skickats|skickat|genererats) automatiskt",
    r"you (?:are receiving|received|receive|get) this (?:e-?mail|message|newsletter)",
    r"saat taman (?:viestin|sahkopostin|uutiskirjeen)",
    r"du (?:far|fick) (?:detta|det har) (?:mejl|mail|meddelande|e-postmeddelande|nyhetsbrev)",
    r"(?:if|should) you (?:no longer|do not|don't) (?:wish|want) to receive",
    r"jos et (?:enaa )?halua (?:vastaanottaa|saada)",
    r"om du inte (?:langre )?(?:vill|onskar) (?:fa|ta emot)",
    r"view (?:this|it) in (?:your|a) browser",
    r"(?:click|klikkaa|klicka) (?:here|tasta|har) to unsubscribe",
    r"to unsubscribe,? (?:click|visit|follow|use)",
    r"to unsubscribe (?:\S+ ){0,8}?(?:click|visit|follow|use|go to|send)",
    # list servers and account notices: what a machine says about an address or a list
    r"\S+-(?:request|owner|bounces)@\S+",
    r"mailman|listinfo|mailing list (?:server|software|administrator)",
    r"if (?:this was not you|it was not you|you did not (?:request|make|ask|sign|create|change)\w*)",
    r"(?:please )?ignore this (?:e-?mail|message|mail)",
    r"your (?:e-?mail address|password|account|address) (?:has been|was|is being) (?:changed|updated|confirmed|created|reset)",
    r"(?:confirm|verify) your (?:e-?mail|email address|subscription|account|address)",
    r"jos et (?:itse )?(?:pyytanyt|tehnyt|tilannut|muuttanut|luonut)",
    r"(?:sahkopostiosoitteesi|salasanasi|tilisi|osoitteesi) on (?:muutettu|vaihdettu|paivitetty|vahvistettu|luotu)",
    r"vahvista (?:sahkopostiosoitteesi|tilauksesi|tilisi|osoitteesi)",
    r"om (?:det inte var du|du inte (?:har )?(?:begart|gjort|bestallt|andrat|skapat))",
    r"(?:din e-postadress|ditt losenord|ditt konto|din adress) (?:har|kommer att) (?:andrats|bytts|uppdaterats|bekraftats|skapats|andras)",
    r"bekrafta (?:din e-postadress|din prenumeration|ditt konto|din adress)",
    r"(?:tama|detta|this) (?:on|ar|is) (?:automaattinen|ett automatiskt|an automatic|an automated)",
)
#: A header line of a forwarded or quoted message ("From: ...", "Lähettäjä: ...").
_HEADER_LINE = re.compile(
    r"\A(?:from|sent|to|subject|date|lahettaja|lahetetty|vastaanottaja|aihe|paivamaara|fran|skickat|till|amne|datum)"
    r" ?: "
)


#: The addressee line a letter may open with ("To: Marketing / Support", "Till: Kundtjänst").
_ADDRESSEE_LINE = re.compile(r"\A(?:to|till|vastaanottaja) ?: ")


#: "..., otherwise I will ...": what comes before is asked now, the rest is a condition.
_THEN = re.compile(
    r"[,;:]? (?:annars|otherwise|or else|or i will|or i shall|muuten|muussa tapauksessa"
    r"|muutoin|i annat fall|failing which|failing that|failing this)(?!\w)"
)


def assign(
    folded: str,
    spans: Sequence[tuple[int, int]],
    segs: Sequence[Segment],
    subject_end: int,
) -> list[tuple[int, int, str]]:
    """(start, end, role) pieces in ``folded``; ``spans`` are the segments' spans there.

    A sentence is one piece, except that "do X, otherwise I will Y" gives two."""
    return assign_with_voices(folded, spans, segs, subject_end)[0]


def assign_with_voices(
    folded: str,
    spans: Sequence[tuple[int, int]],
    segs: Sequence[Segment],
    subject_end: int,
) -> tuple[list[tuple[int, int, str]], list[str]]:
    """``assign``'s pieces and who speaks in each (``speaks_as``; ``""`` for a
    piece that is not the writer's), each sentence read once."""
    out: list[tuple[int, int, str]] = []
    shapes: list[str] = []  # the segment shape of each piece
    forwarded = False
    # message-wide markers, scanned once: where a request is taken back or stood down
    taken = [m.start() for m in _TAKEN_BACK.finditer(folded)]
    stood = [m.start() for m in _STAND_DOWN.finditer(folded)]
    opening = True  # no sentence of the body read yet
    for (s, e), seg in zip(spans, segs, strict=True):
        text = folded[s:e]
        # a letter that opens with its addressee ("To: Support / Data Controller")
        # is not a forwarded message: a forward's header block opens with its sender
        addressee = opening and bool(_ADDRESSEE_LINE.match(text))
        if e > subject_end:
            opening = False
        if (
            e > subject_end
            and not addressee
            and (_HEADER_LINE.match(text) or _FORWARD.search(text) or text.strip() == "--")
        ):
            forwarded = True  # the rest is a forwarded message or a signature
        pieces = _sentence_pieces(text, s, e, seg, subject_end, forwarded, _within(taken, s, e))
        out.extend(pieces)
        shapes.extend(seg.shape for _ in pieces)
    if out and all(e <= subject_end for _, e, _ in out):
        # no body at all: the subject is the whole letter, and what it names is asked
        out = [(s, e, "request" if r == "subject" else r) for s, e, r in out]
    if taken and any(_within(taken, s, e) for s, e, r in out if r in WRITERS):
        out = [(s, e, "context" if r == "subject" else r) for s, e, r in out]
    if stood and any(_within(stood, s, e) for s, e, r in out if r in WRITERS):
        out = [(s, e, "context" if r in WRITERS or r == "subject" else r) for s, e, r in out]
    out = _asked_in_header(folded, out, shapes)
    voices = [speaks_as(folded[s:e]) if r in WRITERS else "" for s, e, r in out]
    pieces = _self_answered(folded, _organisation_voice(out, voices), voices)
    return _reminded(folded, pieces), voices


#: A header's words after its request verb that only cite the law it asks under
#: ("pyydän GDPR:n 15 ja 20 artiklan perusteella:"), and words that name what it
#: asks for itself ("a copy of my data and the following information:").
_CITED_GROUND = _rx(
    r"gdpr\w*|artikl\w*|articles?|artikel\w*|art|perusteella|mukaisesti|enligt|pursuant|under|nojalla"
)
_ASKED_OBJECT = _rx(
    r"cop(?:y|ies)|data|information|details|kopio\w*|tie(?:do|to)\w*|henkilotie\w*|kopia\w*|uppgift\w*|utdrag\w*"
)
#: The verbs of a header that asks for what its items name ("we request:", "pyydän:",
#: "jag begär följande:"); not one that says what a request covers ("Please include:").
_HEADER_ASKS = _rx(
    r"(?:i|we) (?:now |hereby |also |therefore |further )?(?:request|ask for|demand|require|would like|want)",
    r"pyyd\w*|vaadi\w*|haluan|haluamme|haluaisin",
    r"(?:jag|vi) (?:begar|ber om|kraver|vill ha|onskar)|(?:begar|kraver|onskar) (?:jag|vi)",
)
#: A header that ends in its request verb ("On behalf of our client we request:",
#: "Pyydän:", "Jag begär följande:"): at most this many characters after the verb.
HEADER_TAIL = 24


def _asked_in_header(
    folded: str, pieces: list[tuple[int, int, str]], shapes: Sequence[str]
) -> list[tuple[int, int, str]]:
    """The list items after a header that is only a request verb ("we request:") are
    what it asks: each is a request. (A header that asks for something itself, "I
    would like a copy of my data and the following information:", keeps its items as
    items: they say what the request covers.)"""
    if "header" not in shapes:
        return pieces
    out: list[tuple[int, int, str]] = []
    asking = False
    for (s, e, r), shape in zip(pieces, shapes, strict=True):
        if shape == "header":
            text = folded[s:e].rstrip(" :")
            last_cue = max((m.end() for m in _HEADER_ASKS.finditer(text)), default=-1)
            tail = text[last_cue:] if last_cue >= 0 else ""
            asking = (
                r == "request"
                and last_cue >= 0
                and (
                    len(tail) <= HEADER_TAIL
                    or (bool(_CITED_GROUND.search(tail)) and not _ASKED_OBJECT.search(tail))
                )
            )
        elif shape != "item":
            asking = False
        out.append((s, e, "request" if asking and r == "item" else r))
    return out


def _within(starts: list[int], s: int, e: int) -> bool:
    """One of the (ascending) match ``starts`` lies in ``s:e``."""
    i = bisect_left(starts, s)
    return i < len(starts) and starts[i] < e


def _sentence_pieces(
    text: str, s: int, e: int, seg: Segment, subject_end: int, forwarded: bool, taken: bool
) -> list[tuple[int, int, str]]:
    """The (start, end, role) pieces of one sentence at ``s:e``: one, or two for "do
    X, otherwise I will Y" and for "I know I have the right to X, but I want Y".
    ``taken``: the sentence takes back a request (``_TAKEN_BACK``)."""
    if e <= subject_end:
        return [(s, e, "context" if taken else "subject")]
    if forwarded or seg.shape == "quote":
        return [(s, e, "other")]
    if _OTHER.search(text):
        return [(s, e, "notice")]
    if taken or _HYPOTHETICAL.search(text):
        return [(s, e, "item" if seg.shape == "item" else "context")]
    if _CONDITION.search(text):
        then = _THEN.search(text)
        if then is None or then.start() == 0:
            return [(s, e, "condition")]
        return [
            (s, s + then.start(), _plain_role(text[: then.start()], seg)),
            (s + then.start(), e, "condition"),
        ]
    but = _BUT_CLAUSE.search(text)
    if but is not None and _rights_only(text[: but.start()]):
        # "I know I have the right to a copy, but now I only want you to stop ...":
        # the right is context, what follows the "but" is asked
        return [
            (s, s + but.start(), "context"),
            (s + but.start(), e, _plain_role(text[but.start() :], seg)),
        ]
    return [(s, e, _plain_role(text, seg))]


#: ", but ..." / ", men ..." / ", mutta ...": a clause that turns from what came before.
_BUT_CLAUSE = re.compile(r", (?:but|men|mutta|mut) ")


def _rights_only(text: str) -> bool:
    """A clause that only tells of rights or the law ("I know I have the right to a
    copy"), with no request verb of its own."""
    return bool(_CONTEXT.search(text) or _INFO.search(text)) and not _REQUEST_CUE.search(text)


def _reminded(folded: str, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """In a reminder (the writer says an earlier request of theirs is unanswered),
    the sentences that name that earlier request ask for it again now: "on 3
    February I sent you a request under Article 15" is an access request."""
    if not any(w in folded for w in _UNANSWERED_WORDS):
        return pieces  # the cheap test first: most mail is no reminder
    own = [(s, e) for s, e, r in pieces if r in WRITERS or r == "subject"]
    if not any(_UNANSWERED.search(folded, s, e) for s, e in own):
        return pieces
    return [
        (s, e, "request")
        if r in ("statement", "context")
        and (_EARLIER.search(folded, s, e) or _EARLIER_PAST.search(folded, s, e))
        else (s, e, r)
        for s, e, r in pieces
    ]


#: Whom a question asks: the reader of a letter ("ni", "te", "you"). A question
#: without one asks how the writer may act ("Hur begär jag ett registerutdrag?").
_ADDRESSEE = _rx(
    r"you|your|yours|ni|er|ert|era|te|teilla|teille|teidan|teita|teilta|teihin|olette",
    r"\w+tte(?:ko|ka)?",
)


def reminds(folded_text: str) -> bool:
    """The (folded) text says an earlier request is still unanswered or undone: a
    reminder ("muistuttaisin pyynnöstäni", "eikä vastausta ole tullut", "I have had no
    reply")."""
    return any(w in folded_text for w in _UNANSWERED_WORDS) and bool(
        _UNANSWERED.search(folded_text)
    )


def _self_question(text: str, voice: str) -> bool:
    """A first-person question asking no one: how to exercise one's own right."""
    return text.rstrip().endswith("?") and voice == "i" and not _ADDRESSEE.search(text)


def _self_answered(
    folded: str, pieces: list[tuple[int, int, str]], voices: Sequence[str]
) -> list[tuple[int, int, str]]:
    """Questions and answers of a guide: when the writer's "I" only asks questions
    that ask no one ("Miten pyydän tietojeni poistamista?") and the rest answers
    them to any reader (information about rights, "du kan", "voit"), the
    questions are context, and so are the answers' instructions to that reader
    ("du kontaktar den ... och begär ett registerutdrag") and a subject that is
    one of the questions."""
    questions, answers = 0, 0
    for (s, e, r), v in zip(pieces, voices, strict=True):
        if r not in WRITERS:
            continue
        text = folded[s:e]
        if _self_question(text, v):
            questions += 1
        elif v == "i" or text.rstrip().endswith("?"):
            return pieces
        elif r in ("context", "item") or v == "we":
            answers += 1
    if not questions or answers < MIN_ANSWERS:
        return pieces
    return [
        (s, e, "context")
        if r in ("request", "statement", "subject")
        and (v == "we" or _self_question(folded[s:e], speaks_as(folded[s:e])))
        else (s, e, r)
        for (s, e, r), v in zip(pieces, voices, strict=True)
    ]


def _organisation_voice(
    pieces: list[tuple[int, int, str]], voices: Sequence[str]
) -> list[tuple[int, int, str]]:
    """In a message whose writer never speaks of themself, what the writer says in
    an organisation's voice ("we process", "please contact us", "du kan begära")
    is information, not a request; with an "I" in the message, a "we" may be a
    family asking together, and so it may in a note of a sentence or two."""
    writer = sum(r in WRITERS for _, _, r in pieces)
    if writer < MIN_NOTICE or "i" in voices:
        return pieces
    return [
        (s, e, "context") if r in ("request", "statement") and v == "we" else (s, e, r)
        for (s, e, r), v in zip(pieces, voices, strict=True)
    ]


def speaks_as(text: str) -> str:
    """Who speaks in a sentence: ``"i"`` (the writer of themself, or a family
    asking together), ``"we"`` (an organisation of itself, or to any reader in a
    notice's singular "you") or ``""`` (neither)."""
    if _FIRST_PERSON.search(text):
        return "i"
    if _ORGANISATION.search(text):
        return "we"
    return ""


#: Writer's sentences from which a message without an "I" reads as a notice.
MIN_NOTICE = 3
#: Answering sentences from which self-asked questions read as a guide's.
MIN_ANSWERS = 2
#: Roles of sentences the writer wrote (not the subject, a machine's notice or a quote).
WRITERS = frozenset({"request", "statement", "item", "context", "condition"})


#: A sentence about an earlier request opens with it; after a "but" it asks anew.
EARLIER_OPENING = 30
_BUT = _rx("but", "men", "mutta", "mut")


#: Words that ask again in the sentence that tells of the earlier request: its
#: request verb ("I asked you to delete it") is reported, these are not.
_ASKS_AGAIN = _rx(
    r"please|kindly|again|now|still|vanligen|var snall|igen|nu|fortfarande|ater",
    r"uudelleen|uudestaan|taas|jalleen|nyt|edelleen|yha|vielakin|pyydan|vaadin|haluan",
)


#: The controller's own announcement, told by the writer ("you informed me that you
#: will delete my photos", "sain teiltä kirjeen, että kuvatiedostot poistetaan", "ni
#: meddelade att ni tänker radera min bild"): what the controller does, not a request.
_REPORTED_NOTICE = _rx(
    r"(?<!once )(?<!when )(?<!after )(?<!until )(?<!soon as )you (?:have |had |already )?"
    r"(?:told|informed|notified|wrote to|emailed|e-mailed|said to|announced to) (?:me|us)(?: that)?",
    r"i (?:got|received|have received) (?:a |an |your )?(?:letter|e-?mail|message|notice|notification) (?:\w+ ){0,3}?(?:saying|stating|that|informing)",
    r"(?:ilmoititte|kerroitte|kirjoititte|ilmoitit|kerroit) (?:\w+ )?(?:etta|et)",
    r"sain (?:teilta |teiltä )?(?:\w+ )?(?:kirjeen|viestin|ilmoituksen|sahkopostin|tekstiviestin),? (?:jossa|etta|et)",
    r"ni (?:\w+ )?(?:meddelade|skrev|informerade|berattade|sa) (?:till )?(?:mig |oss )?att",
    r"jag (?:fick|har fatt) (?:ett |en )?(?:brev|mejl|mail|meddelande|besked) (?:\w+ ){0,3}?(?:om att|dar det stod|att)",
)


def _mentions_earlier(text: str) -> bool:
    """The sentence is about the writer's earlier request, and asks nothing new."""
    m = _EARLIER_PAST.search(text)
    return m is not None and m.start() <= EARLIER_OPENING and not _BUT.search(text, m.end())


def _plain_role(text: str, seg: Segment) -> str:
    """The role of a sentence (or clause) that is the writer's and no condition."""
    if _INFO.search(text):
        return "item" if seg.shape == "item" else "context"
    if _GENERIC.search(text) and (not _FIRST_PERSON.search(text) or _OPINION.search(text)):
        return "item" if seg.shape == "item" else "context"
    if (_mentions_earlier(text) or _REPORTED_NOTICE.search(text)) and not _ASKS_AGAIN.search(text):
        return "context"  # a past request, only mentioned (``_reminded`` revives it)
    cue = bool(_REQUEST_CUE.search(text))
    if not cue and _THANKS.search(text):
        return "context"  # a past request, done
    if seg.shape == "item":
        return "request" if cue else "item"
    if _CONTEXT.search(text) and not cue:
        return "context"
    return "request" if cue else "statement"
