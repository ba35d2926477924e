"""Machine mail without auto headers, part two: a mailing's footer, a report of figures, a
helpdesk's receipt and a feedback survey. Pure; ``machine_text`` adds these rules to its own.

Each rule names a phenomenon of machine mail, in Finnish, Swedish and English:

* ``footer-link-line``: a line that is only an unsubscribe or settings label and its
  link, "Peruuta uutiskirjeen tilaus: https://…", "Manage report settings: https://…",
  "Avregistrera dig här: https://…". A person asks in a sentence ("please unsubscribe
  me"); a row of a label and a URL is a mailing's furniture.
* ``why-you-get-this``: the mailing names the reader's relation to the sender as the
  reason for it, "because you are a customer of", "koska olet tilannut uutiskirjeemme",
  "eftersom du är kund hos", "you are receiving this report as an administrator". A
  person who repeats it speaks as "I" ("I get it because
  I'm a customer"), and "I" keeps them a person.
* ``sent-automatically``: the mail says a machine sent or made it, "This report was
  generated automatically", "Tämä viesti on lähetetty automaattisesti", "Detta
  meddelande har skickats automatiskt". A person who mentions such a message writes
  "your system sent me an automatic message".
* ``periodic-report`` and ``report-figures``: a periodic report heads a line ("Weekly
  summary for example.fi", "Viikkoraportti:", "Veckorapport för") and lists figures,
  one "label: number" a line with a share or a change in per cent ("Users: 1,842
  (+12%)", "Bounce rate: 41%"). A person's identifying fields (name, customer number,
  phone) carry no per cent.
* ``ticket-filed``: a helpdesk's receipt says the mail was filed under a number or
  points to the ticket's status page, "se on kirjattu numerolla #48213", "har
  registrerats med nummer 5512", "has been logged as #88213", "voit seurata tikettisi
  tilaa". It counts once with ``machine_text``'s ``ticket-number``.
* ``helpdesk-reply-instructions``: a ticket system tells the reader how to reply so the
  reply finds the ticket, "älä muuta viestin otsikkoa, jos vastaat", "please do not
  change the subject line", "skriv ditt svar ovanför denna rad". A person does not
  instruct a company how to answer its own tickets.
* ``feedback-questions``, ``survey-length`` and ``prize-draw``: a satisfaction survey
  asks about the reader's own experience ("Hur nöjd var du med ditt besök?", "kuinka
  tyytyväinen olit", "how likely are you to recommend"), for a few questions' worth
  of time ("Svara på tre korta frågor", "(it only takes 2 minutes)"), often with a
  prize draw among those who answer ("lottar vi ut ett presentkort", "kaikkien
  vastanneiden kesken arvotaan", "for a chance to win"). A researcher's hand-written
  survey invitation says how long it takes too, so the length weighs little alone. A
  person who mentions a survey ("I got your survey, stop sending them") speaks as "I".

``machine_text`` reads these in the lower-cased text, with quoted lines and words in
quotation marks taken out, like its own rules; the weights add to the same sum.
"""

from __future__ import annotations

import re

#: An unsubscribe or settings label in front of its link (lower-cased).
_FOOTER_LABEL = (
    r"unsubscribe(?: here| now| from [\w -]{1,30})?|opt[- ]out|"
    r"(?:manage|update|change|edit) (?:your )?(?:e-?mail |notification |report |subscription |"
    r"communication |alert |newsletter |marketing |account )?"
    r"(?:preferences|settings|subscriptions?)|"
    r"(?:e-?mail|notification|report|subscription) (?:preferences|settings)|"
    r"stop (?:receiving )?(?:these |this )?(?:e-?mails?|reports?|notifications?|newsletters?)|"
    r"peru(?:uta)? (?:uutiskirjeen |uutiskirje|tiedotteen |s[äa]hk[öo]postien |"
    r"markkinoinnin )?tilaus|lopeta (?:uutiskirjeen )?tilaus|tilauksen peruutus|"
    r"poistu (?:\w+ )?(?:\w*listalta)|"
    r"(?:hallinnoi|muuta|muokkaa) (?:\w+ )?\w*(?:asetuksia|asetuksiasi|asetukset|tilauksia|"
    r"tilauksiasi)|\w*(?:ilmoitus|raportti|raportin|uutiskirje|s[äa]hk[öo]posti)\s?asetukset|"
    r"avregistrera(?: dig)?(?: h[äa]r)?|avanm[äa]l(?:an|(?: dig)?(?: h[äa]r)?)|"
    r"(?:avsluta|s[äa]g upp) (?:din )?prenumeration(?:en)?|"
    r"(?:hantera|[äa]ndra) (?:dina )?[\w-]*(?:inst[äa]llningar|prenumerationer)|"
    r"\w*(?:e-?post|nyhetsbrevs|notis|rapport)inst[äa]llningar"
)

#: (rule, weight, pattern) read in the lower-cased new text.
RULES: tuple[tuple[str, float, re.Pattern[str]], ...] = (
    (
        "footer-link-line",
        2.5,
        re.compile(
            rf"^[ \t]*[-*•»]?[ \t]*(?:{_FOOTER_LABEL})[ \t]*(?:\([^)\n]{{0,20}}\))?[ \t]*"
            r"[:\-–]?[ \t]*<?https?://\S+?>?[ \t]*$",
            re.MULTILINE,
        ),
    ),
    (
        "why-you-get-this",
        1.5,
        re.compile(
            r"\byou(?:'re| are)? (?:receiving|getting|get|receive) this (?:\w+ )?(?:as|because) "
            r"(?:you are )?(?:an? |the )?(?:administrator|admin|owner|member|user|customer|"
            r"subscriber)\b|"
            r"\b(?:because|as) you (?:are|were|have been) (?:a |an )?(?:registered )?"
            r"(?:customer|subscriber|member|user|client|account holder|registered)\b|"
            r"\b(?:because|as) you (?:have )?(?:subscribed|signed up|opted in|"
            r"bought from us|shopped with us|created an account)\b|"
            r"\bkoska olet (?:\w+ )?(?:asiakkaamme|asiakas|tilaaja|j[äa]senemme|j[äa]sen|"
            r"k[äa]ytt[äa]j[äa]mme|tilannut|liittynyt|rekister[öo]itynyt|ostanut|"
            r"antanut (?:\w+ )?suostumuksesi|asioinut)\b|"
            r"\beftersom du (?:[äa]r|har varit) (?:\w+ )?(?:kund|prenumerant|medlem|anv[äa]ndare|"
            r"registrerad)\b|"
            r"\beftersom du (?:har )?(?:prenumererar|prenumererat|registrerat dig|anm[äa]lt dig|"
            r"handlat|k[öo]pt|best[äa]llt|skapat ett konto|samtyckt)\b",
        ),
    ),
    (
        # the mail says a machine sent or made it: "This report was generated
        # automatically", "Tämä viesti on lähetetty automaattisesti", "Detta meddelande
        # har skickats automatiskt", "This is an automated message"; whatever the mail
        # calls itself ("Tämä on automaattinen vastaanottokuittaus", "Detta är en
        # automatisk mottagningskvittering", "This is an automatic receipt")
        "sent-automatically",
        2.0,
        re.compile(
            r"\bthis (?:e-?mail|message|report|invitation|notification|notice|reminder|summary) "
            r"(?:was|has been|is) (?:sent|generated|created) automatically\b|"
            r"\bthis is an? (?:automated|automatic|automatically generated|auto-generated) "
            r"[\w-]+|"
            r"\b(?:t[äa]m[äa] )?(?:viesti|s[äa]hk[öo]posti|raportti|kutsu|ilmoitus|muistutus|"
            r"kooste) (?:on )?(?:l[äa]hetetty|luotu|tehty|muodostettu) automaattisesti\b|"
            r"\bt[äa]m[äa] on (?:automaattinen|automaattisesti (?:l[äa]hetetty|luotu)) \w+|"
            r"\b(?:detta|det h[äa]r) (?:meddelande|mejl|mail|e-?postmeddelande|rapport|inbjudan|"
            r"utskick|p[åa]minnelse) (?:har )?(?:skickats|skapats|genererats) automatiskt\b|"
            r"\b(?:detta|det h[äa]r) [äa]r (?:ett|en) (?:automatiskt?|automatgenererat?) "
            r"(?:genererat? )?\w+",
        ),
    ),
    (
        "periodic-report",
        1.5,
        re.compile(
            r"^[ \t]*(?:your |here(?:'s| is) your )?(?:daily|weekly|monthly) "
            r"(?:[\w-]+ )?(?:summary|report|digest|statistics|stats|overview|recap)"
            r"(?: for| of|:|[ \t]*\(|$)|"
            r"^[ \t]*(?:viikko|kuukausi)(?:raportti|yhteenveto|"
            r"kooste|tilasto(?:t)?|katsaus)\b|"
            r"^[ \t]*(?:vecko|m[åa]nads)(?:rapport|sammanfattning|statistik|"
            r"sammandrag|[öo]versikt)\b",
            re.MULTILINE,
        ),
    ),
    (
        "helpdesk-reply-instructions",
        2.0,
        re.compile(
            r"\b(?:please )?(?:do not|don'?t) (?:change|alter|edit|modify|remove) the "
            r"(?:subject|subject line|ticket (?:number|id) (?:in|from) the subject)\b|"
            r"\bkeep (?:the )?(?:ticket (?:number|id) |reference(?: number)? )?(?:in the subject|"
            r"subject(?: line)? unchanged)\b|"
            r"\b(?:please )?(?:type|write|enter) your reply above this line\b|"
            r"\breply above this line\b|"
            r"\b[äa]l[äa] (?:muuta|muokkaa|poista) (?:viestin )?(?:otsikkoa|tikettinumeroa "
            r"otsikosta|viitenumeroa otsikosta)\b|"
            r"\bs[äa]ilyt[äa] (?:viestin )?(?:otsikko|tikettinumero otsikossa)\b|"
            r"\b(?:kirjoita|vastaa|kirjoitathan) (?:vastauksesi )?t[äa]m[äa]n rivin "
            r"yl[äa]puolelle\b|"
            r"\b[äa]ndra inte (?:i )?(?:[äa]mnesraden|[äa]rendenumret i [äa]mnesraden)\b|"
            r"\bbeh[åa]ll (?:[äa]rendenumret|referensnumret) i [äa]mnesraden\b|"
            r"\b(?:skriv|svara) (?:ditt svar )?ovanf[öo]r (?:denna|den h[äa]r) rad\b",
        ),
    ),
    (
        "ticket-filed",
        1.5,
        re.compile(
            # the receipt says the mail was filed under a number: "se on kirjattu numerolla
            # #48213", "har registrerats med nummer 5512", "has been logged as #88213"
            r"\b(?:kirjattu|rekister[öo]ity|tallennettu) (?:\w+ )?(?:numerolla|"
            r"tikettinumerolla|viitenumerolla)\s*#?\s*\d{3,}|"
            r"\b(?:registrerats|registrerat) (?:\w+ )?(?:med|under) "
            r"(?:\w+ )?(?:nummer|[äa]rendenummer|referensnummer|id)\s*#?\s*\d{3,}|"
            r"\b(?:logged|registered|filed|created|opened) (?:as|under|with) (?:ticket |case |"
            r"reference |number |id )*#\s*\d{3,}|"
            # the receipt points to the ticket's status page: "seurata tikettisi tilaa"
            r"\b(?:seurata|n[äa]et) tikettisi (?:tilaa|etenemist[äa])\b|"
            r"\b(?:track|follow|view|check) the status (?:at|here|online)\b|"
            r"\b(?:track|follow|view|check) the status of your (?:ticket|case|"
            r"support request)\b|\bf[öo]lja ditt [äa]rendes (?:status|f[öo]rlopp)\b",
        ),
    ),
    (
        # the sender asks about the reader's own experience of it
        "feedback-questions",
        1.5,
        re.compile(
            r"\bhow satisfied were you with\b|"
            r"\bhow likely (?:are you|is it that you would) (?:to )?recommend\b|"
            r"\brate your (?:recent )?(?:experience|visit|purchase|order|stay)\b|"
            r"\bwe(?:'d| would) love to hear (?:how your|what you think|about your)\b|"
            r"\b(?:kuinka|miten) tyytyv[äa]inen olit\b|"
            r"\b(?:kuinka|miten) todenn[äa]k[öo]isesti suosittelisit\b|"
            r"\barvioi (?:\w+ )?(?:kokemuksesi|k[äa]yntisi|ostoksesi|asiointisi)\b|"
            r"\bhur n[öo]jd var du med\b|"
            r"\bhur troligt [äa]r det att du skulle rekommendera\b|"
            r"\bvi vill g[äa]rna (?:veta|h[öo]ra) vad du (?:tyckte|tycker)\b",
        ),
    ),
    (
        # how few questions, how little time: researchers who write by hand say it too,
        # so it weighs little alone
        "survey-length",
        0.75,
        re.compile(
            r"\b(?:answer|take|complete) (?:a few|two|three|four|five|\d) (?:short |quick |"
            r"simple )?questions\b|"
            r"(?:\b(?:survey|questionnaire|questions) (?:only |just )?takes?|\((?:it )?"
            r"(?:only |just )?takes?) (?:only |just )?(?:about |around |less than )?"
            r"(?:a minute|one minute|(?:\d+|two|three|five|ten|a couple of|a few) "
            r"(?:minutes?|min))\b|"
            r"\bvastaa (?:kahteen|kolmeen|nelj[äa][äa]n|viiteen|muutamaan|\d) (?:lyhyeen |"
            r"nopeaan )?kysymykseen\b|"
            r"(?:\b(?:kysely|kyselyyn vastaaminen|vastaaminen) (?:vie|kest[äa][äa])|"
            r"\((?:vie|kest[äa][äa])) (?:vain |noin |alle )*(?:minuutin|\d+ minuuttia)\b|"
            r"\bsvara p[åa] (?:tv[åa]|tre|fyra|fem|n[åa]gra|\d) (?:korta |snabba |enkla )?"
            r"fr[åa]gor\b|"
            r"(?:\b(?:enk[äa]ten|unders[öo]kningen|fr[åa]gorna) tar|\((?:det )?tar) "
            r"(?:bara |endast )?(?:ca |cirka |ungef[äa]r |mindre [äa]n )?"
            r"(?:en minut|\d+ minut(?:er)?)\b",
        ),
    ),
    (
        "prize-draw",
        1.5,
        re.compile(
            r"\bfor a chance to win\b|\b(?:will be )?entered (?:in|into) (?:a|the|our) "
            r"(?:prize )?draw\b|\bwe(?:'ll| will) raffle\b|"
            r"\b(?:among|between) (?:all )?(?:those who|everyone who|respondents|participants)"
            r"\b[^.\n]{0,60}\b(?:draw|raffle)\b|"
            r"\b(?:kaikkien )?(?:vastanneiden|vastaajien|osallistuneiden) (?:kesken|kesken "
            r"kaikkien)\b[^.\n]{0,40}\barvo(?:taan|mme)\b|"
            r"\barvomme\b[^.\n]{0,60}\b(?:lahjakort|palkin|yll[äa]tys)\w*|"
            r"\bosallistut (?:samalla )?(?:\w+ )?arvontaan\b|"
            r"\bbland (?:alla )?(?:som svarar|som deltar|de som svarar|deltagarna|svarande)\b"
            r"[^.\n]{0,60}\blott(?:ar|as)\b|"
            r"\blottar vi ut\b|\bvi lottar ut\b|\bchans(?:en)? att vinna\b|"
            r"\b[äa]r du med i utlottningen\b",
        ),
    ),
    (
        # a calendar's invitation or its answer: "Maria Holm has accepted this meeting",
        # "X on hyväksynyt kokouskutsun", "X har accepterat mötet", or the answer line
        # of an invitation, "Going? Yes - Maybe - No", "Kommer du? Ja – Kanske – Nej".
        # A person accepts in their own words ("Sopii, tulen paikalle").
        "calendar-notice",
        2.0,
        re.compile(
            r"\bhas (?:accepted|declined|tentatively accepted) (?:this|your|the) "
            r"(?:meeting|invitation|event)\b|"
            r"\bon (?:hyv[äa]ksynyt|hyl[äa]nnyt|alustavasti hyv[äa]ksynyt) (?:t[äa]m[äa]n |"
            r"kutsusi )?(?:kokouksen|kokouskutsun|kutsun|tapahtuman)\b|"
            r"\bhar (?:accepterat|avb[öo]jt|tackat nej till|prelimin[äa]rt accepterat) "
            r"(?:det h[äa]r |detta |din |ditt )?(?:m[öo]tet|m[öo]tesinbjudan|inbjudan|"
            r"h[äa]ndelsen)\b|"
            r"^[ \t]*(?:going|will you attend|kommer du|deltar du|osallistutko|tuletko)\?"
            r"[ \t]*(?:yes|ja|kyll[äa])\b[^\n]{0,40}\b(?:no|nej|ei)\b",
            re.MULTILINE,
        ),
    ),
    (
        # a list confirms an unsubscription and offers the way back: "Peruitko
        # vahingossa? Voit tilata uutiskirjeen uudelleen", "Avregistrerade du dig av
        # misstag?", "Unsubscribed by mistake? You can resubscribe here". A person who
        # unsubscribes asks to be taken off; nobody offers a company its own list back.
        "resubscribe-offer",
        2.0,
        re.compile(
            r"\bperuitko (?:tilauksen |uutiskirjeen )?vahingossa\b|"
            r"\bvoit tilata (?:\w+ )?(?:uutiskirjeen |tiedotteen |sen )?uudelleen\b|"
            r"\bavregistrerade du dig (?:av misstag|oavsiktligt)\b|"
            r"\bdu kan (?:prenumerera|anm[äa]la dig) (?:igen|p[åa] nytt)\b|"
            r"\bunsubscribed by (?:mistake|accident)\b|"
            r"\byou can (?:re-?subscribe|subscribe again|sign up again)\b",
        ),
    ),
)

#: For each rule, groups of strings one of which every match contains (see
#: ``machine_text._NEEDLES``): the rule is not run on a text without them.
NEEDLES: dict[str, tuple[tuple[tuple[str, ...], ...], ...]] = {
    "footer-link-line": ((("http",),),),
    "why-you-get-this": (
        (
            (
                "because you",
                "as you",
                "koska olet",
                "eftersom du",
                "receiving this",
                "receive this",
                "get this",
                "getting this",
            ),
        ),
    ),
    "sent-automatically": ((("automa",),),),
    "periodic-report": (
        (
            ("weekly", "monthly", "daily", "viikko", "kuukausi", "vecko", "månads"),
            (
                "summary",
                "report",
                "digest",
                "stat",
                "overview",
                "recap",
                "raportti",
                "yhteenveto",
                "kooste",
                "tilasto",
                "katsaus",
                "rapport",
                "sammanfattning",
                "sammandrag",
                "versikt",
            ),
        ),
    ),
    "helpdesk-reply-instructions": (
        (("subject", "this line", "otsik", "rivin", "mnesrad", "ovanf"),),
    ),
    "ticket-filed": ((("numerolla", "registrera", "#", "tikettisi", "the status", "rendes"),),),
    "feedback-questions": (
        (
            (
                "satisf",
                "ommend",
                "rate your",
                "love to hear",
                "tyytyv",
                "suosittel",
                "arvioi",
                "nöjd",
                "vad du tyck",
            ),
        ),
    ),
    "survey-length": (
        (
            ("question", "kysymykseen", "frågor"),
            ("answer", "take", "complete", "vastaa", "svara"),
        ),
        (("minut", "minuu"), ("take", "vie", "kest", "tar ")),
    ),
    "calendar-notice": (
        (
            (
                "accepted",
                "declined",
                "hyväksyn",
                "hyvaksyn",
                "hylänn",
                "hylann",
                "accepterat",
                "avböjt",
                "avbojt",
                "tackat nej",
                "?",
            ),
        ),
    ),
    "resubscribe-offer": (
        (("vahingossa", "uudelleen", "misstag", "oavsiktligt", "igen", "nytt", "subscribe"),),
    ),
    "prize-draw": (
        (("to win", " draw", "raffle", "arvota", "arvomme", "arvontaan", "lott", "vinn"),),
    ),
}

#: A line of a report's figures: a short label, a colon and a number with an optional
#: unit and change ("Users: 1,842 (+12%)", "Bounce rate: 41%", "Sessioner: 2 310").
_FIGURE_LINE = re.compile(
    r"^[ \t*•-]*[^\W\d][^:\n]{0,30}:[ \t]*[+-]?\d{1,3}(?:[ ,.\u00a0]\d{3})*(?:[.,]\d+)?"
    r"[ \t]*(?:%|[a-zåäö]{1,4}\b)?[ \t]*(?:\([+\-−]?[ \t]*\d+(?:[.,]\d+)?[ \t]*%?\)|"
    r"[↑↓▲▼][ \t]*\d+(?:[.,]\d+)?[ \t]*%?)?[ \t]*$",
    re.MULTILINE,
)


def report_figures(lowered: str) -> list[tuple[str, float]]:
    """``report-figures`` when at least three lines are figures and one of them is a share
    or a change in per cent (a person's fields, a customer or phone number, carry none)."""
    if "%" not in lowered or lowered.count(":") < 3:
        return []
    lines = [m.group(0) for m in _FIGURE_LINE.finditer(lowered)]
    if len(lines) >= 3 and any("%" in line for line in lines):
        return [("report-figures", 1.5)]
    return []
