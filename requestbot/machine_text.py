"""Machine mail without auto headers: evidence from the sender, the text and its shape. Pure.

Much machine mail carries no Auto-Submitted, List-Id or Precedence header: a list
server asking to confirm an unsubscription, a password reminder, a city service
saying "your e-mail address was changed", a newsletter with an unsubscribe footer,
a shop's "your export is ready". Read as a letter, such a text is full of request
words (remove, change, unsubscribe, your data), and an answer to it goes to a machine.

``machine_reading`` adds up named pieces of evidence, each one a general phenomenon:

* the sender's local part names a list server or a notifier's role
  (``photos-bounces@``, ``photos-request@``, ``notifications@``);
* bulk-mailer headers that are not in ``automated``'s firm list (``Feedback-ID``,
  a mass mailer's ``X-Mailer``);
* the text speaks to the reader about *their* account, password, address or
  subscription, tells them to ignore it if it was not them, carries an unsubscribe or
  manage-preferences footer, list-server instructions, or lines that are only a link;
* the organisation speaks to the reader about the reader's own request, ticket,
  subscription or account in its own voice: "we have received your request" with a
  ticket number ("Tikettinumero: 7781", "Ärendenummer: 5512"), what was done as a done
  fact ("asiakastietosi on poistettu", "olet peruuttanut uutiskirjeen tilauksen",
  "ditt konto har raderats", "you have unsubscribed"), "as you requested", a mailbox
  quota warning, a relayed "X sent you a message". An acknowledgement alone is not
  enough: another controller's staff write it by hand too;
* the subject is a list server's ``confirm <token>``, a helpdesk's ``[Ticket #88213]`` /
  ``Ärende 5512:`` or a ``[Site name]`` tag;
* the message is HTML only (newsletters; people's mail clients send a text part too);
* a seller, booking system or service speaks about the reader's order, booking, parcel,
  payment or invoice in its own voice: the order's state as a fact ("Tilauksesi
  viitteellä X on lähetetty", "Enligt spårningen är ditt paket levererat", "Your booking
  is confirmed"), thanks for the order, a tracking line, an invoice or payment reminder
  with IBAN and reference, a booking reminder or cancellation terms, an order summary's
  field labels ("Välisumma:", "Leveransadress:", "Payment method:"), a welcome to a new
  account, a generator's "Powered by" line;
* a service relays an invitation ("X on kutsunut sinut", "X har bjudit in dig till"), a
  survey or feedback invite ("Miten onnistuimme?"), a link to click to confirm an action,
  says it cannot take a reply ("Tähän viestiin ei voi vastata"), or acknowledges a
  contact form with a promised answer time and "just reply to this email";
* a keeper tells what happens to a thing of the reader's (subscription renews, loan
  falls due, payment failed, password expires, storage full, export ready, account
  deleted for inactivity), hands out a one-time code, says a message or e-invoice waits
  in the service, reports a new sign-in, relays someone's comment or like, sends a
  periodic digest, shows a masked card number, or a promotion's code to use.

``machine_text_mailings`` adds a mailing's footer link line and its "you get this
because you are a customer" line, a periodic report of figures, a helpdesk's receipt
(filed under a number, "do not change the subject line") and a satisfaction survey
with a prize draw; its docstring names them.

A buyer writes "my order" ("tilaukseni", "min beställning"), never "your order has
shipped"; none of these phrases is in a person's voice.

A person speaks in the first person ("I", "my", "minun", "pyydän", "jag", "mina"):
that counts against (Swedish "I höst", "I samband med" and "1 minut" are not "I" nor
Finnish "minut"), and a text spoken as "I" is never more than a likely machine, so
a person who pastes a notice into a request is at worst a case for staff.
Only the new text is read (``intake`` strips quotes and forwards): what someone quotes
or forwards is not what they wrote. Lines still quoted with ">" and words inside
quotation marks are not read by the text rules (a person bottom-posting under our
acknowledgement, or quoting a newsletter's "Use code XMAS30"), and "I" inside them is
not the writer's (a helpdesk echoing "Radera mina uppgifter").

Evidence of at least ``FIRM`` makes the message automated (``content:<rule>``); at
least ``MAYBE`` makes it a *likely machine* (``content:maybe-<rule>``): it is never
answered, but when it reads as a request staff get a case to look at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from requestbot import machine_text_mailings as mailings

#: Evidence at or above this makes the message automated.
FIRM = 3.0
#: Evidence at or above this (and below FIRM) makes it a likely machine.
MAYBE = 1.5
#: Characters of the new text read.
MAX_TEXT = 20_000

_I = re.IGNORECASE

#: A list server's own addresses (Mailman, Majordomo, LISTSERV, Sympa ...): no person
#: writes from a bounce address.
_LIST_SERVER_LOCAL = re.compile(
    r"^(?:.+-bounces?(?:\+.*)?|owner-.+|mailman|majordomo|listserv|sympa|ecartis|listar|"
    r"lyris)$",
    _I,
)
#: A list's role addresses that may also be people's aliases ("gdpr-request@").
_LIST_ROLE_LOCAL = re.compile(r"^.+-(?:request|owner|confirm)(?:\+.*)?$", _I)
#: Local parts that name a machine's role: notifications, alerts, newsletters.
_NOTIFIER_LOCAL = re.compile(
    r"^(?:notifications?|notify|notice|notices|alerts?|news|newsletters?|nyhetsbrev|"
    r"uutiskirje(?:et)?|updates|reports?|raportit|rapporter|analytics|surveys?|kysely|"
    r"enk[äa]t|mailer|automailer|wordpress|system|robot|bot|marketing|"
    r"campaigns?|digest|accounts?|security|ilmoitukset|meddelanden|aviseringar|"
    r"tiedote|tiedotteet|uutiset|j[äa]senkirje|markkinointi|utskick|kampanj)"
    r"(?:[-_.+].*)?$",
    _I,
)
#: X-Mailer values of mass mailers (not contact forms: those carry people's requests).
_MASS_MAILER = re.compile(
    r"mailchimp|mailerlite|sendinblue|brevo|klaviyo|campaign ?monitor|constant ?contact|"
    r"hubspot|marketo|salesforce marketing|apsis|rule\.io|mailjet|getresponse|"
    r"acumbamail|moosend|omnisend|squalomail|phplist|mailpoet|acymailing|newsletter",
    _I,
)
#: Headers that bulk senders set (complaint loops, campaign ids).
_BULK_HEADERS = ("Feedback-ID", "X-CSA-Complaints", "X-Campaign", "X-CampaignID", "X-MC-User")

_FIRST_PERSON = re.compile(
    r"(?-i:\bI\b)(?![ \t]+(?:[a-zåäö]*[åäö][a-zåäö]*|dag|morgon|kv[äa]ll|natt|sommar|vinter|"
    r"samband|slutet|mitten|b[öo]rjan|stället|fall|din|ditt|dina|er|ert|era|den|det|de|detta|"
    r"denna|dessa|varje|alla|butiken|kassan|appen|januari|februari|mars|april|maj|juni|juli|"
    r"augusti|september|oktober|november|december)\b)|\b(?:i'm|i've|i'd|i'll|me|my|mine|myself|"
    r"jag|mig|mej|mitt|mina|"
    r"min[äa]|minun|mun|minua|mua|minulle|mulle|minulta|multa|minusta|(?<!\d )(?<!\ben )minut|"
    r"pyyd[äa]n|haluan|vaadin|toivon|kiell[äa]n|peruutan|olen)\b|"
    r"(?<!\d )\bmin\s+[a-zåäö]|\b\w{3,}ni\b(?!-)",
    _I,
)

#: An unsubscribe link's label in a footer (lower-cased).
_UNSUBSCRIBE_LABEL = (
    r"unsubscribe|opt[- ]out|manage (?:your )?(?:preferences|subscriptions?)|"
    r"peru(?:uta)? tilaus|lopeta tilaus|poistu (?:\w+)?listalta|"
    r"avregistrera(?: dig)?|avsluta (?:din )?prenumeration(?:en)?|s[äa]g upp prenumeration(?:en)?"
)

#: (rule, weight, pattern) read in the lower-cased new text.
_TEXT_RULES: tuple[tuple[str, float, re.Pattern[str]], ...] = (
    (
        # "If this wasn't you", "jos et tehnyt pyyntöä itse", "om du inte ändrade"
        "if-not-you",
        2.0,
        re.compile(
            r"\bif (?:this (?:wasn'?t|was not) you|you (?:did not|didn'?t|have not|haven'?t) "
            r"(?:request|make|ask|sign|create|initiate|change)|it (?:wasn'?t|was not) you)|"
            r"\bjos (?:et (?:itse )?(?:tehnyt|pyyt[äa]nyt|tilannut|muuttanut|vaihtanut|"
            r"rekister\w*)|muutit \w+ itse|t[äa]m[äa] (?:et )?ollut sin[äa])|"
            r"\bom (?:du inte (?:har )?(?:sj[äa]lv )?(?:beg[äa]rt|bad|gjort|[äa]ndrade|"
            r"ans[öo]kt|registrerat)|det inte var du|du har [äa]ndrat \w+ \w+ sj[äa]lv)|"
            # the reader's own action checked, without naming it: "If you didn't, secure
            # your account", "If this was you, no action is needed", "Jos tämä olit sinä,
            # toimenpiteitä ei tarvita", "Om det var du behöver du inte göra något"
            r"\bif you (?:didn'?t|did not)[,.]|\bif (?:this|it) was you\b|"
            r"\bif you made this change\b|\bjos (?:t[äa]m[äa] )?olit sin[äa]\b|"
            r"\bom det var du\b",
        ),
    ),
    (
        # "you can ignore this e-mail", "voit jättää tämän viestin huomiotta"
        "ignore-this-message",
        2.0,
        re.compile(
            r"\b(?:ignore|disregard)(?: and delete)? this (?:e-?mail|message|notice|notification)|"
            r"\bsimply disregard this\b|"
            r"j[äa]t(?:t[äa][äa]|[äa]) t[äa]m[äa]n (?:viestin|s[äa]hk[öo]postin) huomi(?:otta|oimatta)|"
            r"j[äa]tt[äa][äa] huomi(?:otta|oimatta)(?: ja poistaa)? t[äa]m[äa]n "
            r"(?:viestin|s[äa]hk[öo]postin)|"
            r"(?:ignorera|bortse fr[åa]n)(?: och kasta)? (?:det h[äa]r|detta) "
            r"(?:meddelande|mejl|e-?post)|\bignorera meddelandet\b",
        ),
    ),
    (
        # the reader's account, password, address or subscription, told as a fact
        "your-account-notice",
        1.5,
        re.compile(
            r"\byour (?:[\w-]+ ){0,2}(?:password|e-?mail address|account|subscription|"
            r"application|request|order)\b[^.\n]{0,60}\b(?:has been|was|is being|is now|"
            r"have been)\s+(?:changed|updated|reset|created|confirmed|received|approved|"
            r"completed|denied|deleted|removed|cancelled|canceled|suspended|unsubscribed|logged|"
            r"shipped|dispatched|processed)|"
            r"\bthat you requested has been processed\b|"
            r"\b(?:hakemanne|hakemasi|tilaamanne|tilaamasi) [^.\n]{0,60}\bon k[äa]sitelty\b|"
            r"\b(?:ni|du) (?:har )?ans[öo]kt om (?:har|[äa]r) (?:nu )?behandla(?:ts|d)\b|\byour order\b[^.\n]{0,30}\bhas (?:now )?(?:shipped|been shipped)\b|"
            r"\btilauksesi (?:(?:nro |numero )?#?\d+ )?on (?:nyt )?(?:l[äa]hetetty|toimitettu|"
            r"postitettu|vastaanotettu|vahvistettu)\b|"
            r"\bdin best[äa]llning (?:(?:nr |nummer )?#?\d+ )?har (?:nu )?(?:skickats|levererats|"
            r"expedierats|tagits emot|bekr[äa]ftats)\b|"
            r"\byou (?:have been|were|are now) (?:unsubscribed|subscribed|removed|added)\b|"
            r"\bsinut on (?:nyt )?(?:lis[äa]tty|poistettu|liitetty|rekister[öo]ity)\b|"
            r"\bdu har (?:nu )?(?:lagts till|registrerats)\b|"
            r"\b(?:a copy of (?:all )?(?:your|the) data|en kopia av (?:all )?(?:din )?data|"
            r"kopio (?:kaikista )?tiedoistasi)\b[^.\n]{0,60}"
            r"\b(?:is attached|attached|bifogas|[äa]r bifogad|on liitteen[äa])\b|"
            r"\byou (?:requested|applied for|asked for) (?:a |an )?(?:password|new password|"
            r"invite|reset|account)|"
            r"\b(?:confirm|verify) your (?:e-?mail|address|subscription|account)\b|"
            r"\b(?:reset|change) your password\b|"
            r"\b(?:salasanasi|s[äa]hk[öo]postiosoitteesi|k[äa]ytt[äa]j[äa]tilisi|tilisi|"
            r"tilauksesi|hakemuksesi|pyynt[öo]si) on (?:nyt )?(?:vaihdettu|muutettu|p[äa]ivitetty|"
            r"vahvistettu|vastaanotettu|luotu|poistettu|peruttu)|"
            r"\bpyysit \w+ (?:uuden )?salasan|"
            r"\bvahvista (?:\w+ )?(?:s[äa]hk[öo]posti\w*|tilauksesi|tilaus|liittyminen)|"
            r"\b(?:ditt|din) (?:l[öo]senord|e-?postadress|konto|prenumeration|ans[öo]kan|beg[äa]ran|best[äa]llning)\b"
            r"[^.\n]{0,60}\b(?:har|ska|kommer att)? ?(?:[äa]ndrats|[äa]ndras|uppdaterats|"
            r"[åa]terst[äa]llts|skapats|bekr[äa]ftats|tagits emot|avslutats|raderats|avslagits|behandlats|genomf[öo]rts)|"
            r"\bdu har (?:nu )?(?:avregistrerats|avanm[äa]lts|tagits bort)\b|"
            r"\bbekr[äa]fta din (?:e-?post\w*|prenumeration|beg[äa]ran|ans[öo]kan)\b|"
            r"\b[åa]terst[äa]ll(?:a)? ditt l[öo]senord\b",
        ),
    ),
    (
        # an unsubscribe / manage-preferences footer, spoken to the reader
        "unsubscribe-footer",
        1.5,
        re.compile(
            r"\b(?:click|tap) here to (?:unsubscribe|opt[- ]out|manage)|"
            r"\bto (?:unsubscribe|stop receiving|opt[- ]out)\b[^.\n]{0,40}"
            r"(?:click|visit|follow|use|go to|here|link|below|reply)|"
            r"\b(?:manage|update) (?:your )?(?:e-?mail |notification |subscription |"
            r"communication )?(?:preferences|settings|subscriptions?)\b|"
            r"\byou (?:are receiving|received|receive|get) this (?:e-?mail|message|newsletter|"
            r"notification)\b|"
            # why the reader gets it, without naming the mail: "You are receiving this
            # because you subscribed", "saat tämän, koska", "du får detta eftersom"
            r"\byou(?:'re| are)? (?:receiving|getting|received|receive|get) this,? "
            r"(?:because|as)\b|"
            r"\bsaat t[äa]m[äa]n,? (?:koska|sill[äa])\b|"
            r"\bdu (?:f[åa]r|har f[åa]tt) (?:detta|det h[äa]r|nyhetsbrevet|utskicket|mejlet|"
            r"meddelandet),? (?:eftersom|d[åa]|f[öo]r att|d[äa]rf[öo]r att)\b|"
            # where it was sent: "This email was sent to anna@…", "detta mejl skickades till"
            r"\bthis (?:e-?mail|message|newsletter) (?:was|has been) sent to\b|"
            r"\bt[äa]m[äa] (?:viesti|s[äa]hk[öo]posti|uutiskirje) (?:on )?l[äa]hetet(?:tiin|ty) "
            r"(?:osoitteeseen|sinulle)\b|"
            r"\b(?:detta|det h[äa]r) (?:mejl|mail|meddelande|nyhetsbrev|e-?postmeddelande) "
            r"(?:skickades|har skickats) till\b|"
            r"\bif you (?:no longer|do not|don'?t) (?:wish|want) to receive\b|"
            r"\bif you(?:'d| would) (?:rather|prefer) not (?:to )?receive\b|"
            r"\bunsubscribe from (?:this|these|our) (?:list|e-?mails?|newsletters?|mailing)|"
            r"\bsaat t[äa]m[äa]n (?:viestin|s[äa]hk[öo]postin|uutiskirjeen)\b|"
            r"\b(?:peru|peruuta|lopeta) (?:uutiskirjeen )?tilaus (?:t[äa]st[äa]|t[äa][äa]ll[äa]|"
            r"j[äa]sensivuilla|verkkosivuillamme|sivuillamme|profiilissasi|omilla sivuillasi|"
            r"linkist[äa])|"
            r"\bdu (?:f[åa]r|har f[åa]tt) (?:detta|det h[äa]r) (?:mejl(?:et)?|mail(?:et)?|"
            r"meddelande(?:t)?|nyhetsbrev(?:et)?|utskick(?:et)?|e-?post\w*)\b|"
            r"\b(?:avsluta|s[äa]g upp) (?:din )?prenumeration(?:en)? (?:h[äa]r|via|genom)|"
            r"\bavregistrera dig (?:h[äa]r|via)\b|"
            # an unsubscribe label in front of its link
            r"\b(?:unsubscribe|opt[- ]out|poistu \w*listalta|peru(?:uta)? tilaus|lopeta tilaus|"
            r"avsluta (?:din )?prenumeration\w*|avregistrera|s[äa]g upp prenumeration\w*)"
            r"[^\n:]{0,20}:?[ \t]*<?https?://",
        ),
    ),
    (
        # a footer's link labels rendered as text: "Unsubscribe | Manage preferences",
        # "Peruuta tilaus · Tietosuojaseloste", "Avregistrera | Integritetspolicy"; a
        # person writes "unsubscribe me", not a row of labels
        "footer-link-labels",
        1.5,
        re.compile(
            rf"^[^\n]{{0,80}}[|·•][ \t]*(?:{_UNSUBSCRIBE_LABEL})[ \t]*(?:[|·•][^\n]{{0,80}})?$|"
            rf"^[ \t]*(?:{_UNSUBSCRIBE_LABEL})[ \t]*[|·•][^\n]{{0,80}}$",
            re.MULTILINE,
        ),
    ),
    (
        # a mailing's own furniture: a link to view it in a browser, and the question
        # whether the reader still wants such mail ("Don't want these emails anymore?",
        # "Et halua enää näitä viestejä?", "Vill du inte ha fler mejl?"); a person says
        # "I don't want", "en halua", "jag vill inte" and does not ask the reader
        "mailing-furniture",
        1.5,
        re.compile(
            r"\bview (?:this (?:e-?mail|message|newsletter) )?(?:in|on) (?:your|a|the) "
            r"(?:web )?browser\b|\b(?:having )?trouble viewing this (?:e-?mail|message)\b|"
            # the link spelled out for a reader whose mail program shows no buttons
            r"\bcopy and paste (?:this|the following|the) (?:url|link|address) into your "
            r"(?:web )?browser\b|\bkopioi (?:linkki|osoite) (?:selaimen|selaimesi|selaimeen)\b|"
            r"\bkopiera (?:l[äa]nken|adressen)\b[^.\n]{0,30}\bwebbl[äa]sare\w*|"
            r"\b(?:n[äa]yt[äa]|katso|avaa) (?:\w+ )?(?:selaimessa|selainversio\w*)\b|"
            r"\bvisa (?:\w+ )?(?:i (?:din )?webbl[äa]sare\w*|webbversion\w*)\b|"
            r"(?<!\bi )(?<!\bwe )\b(?:don'?t|do not|no longer) (?:want|wish) (?:to receive |"
            r"to get |any more |more )?(?:these|this|our|such) (?:e-?mails?|messages?|"
            r"newsletters?|mailings?|offers)[^?\n]{0,20}\?|"
            r"\bet (?:halua|haluaisi) (?:en[äa][äa] )?(?:saada |vastaanottaa )?"
            r"(?:n[äa]it[äa]|t[äa]llaisia|t[äa]m[äa]nkaltaisia|uutiskirje\w*|viestej[äa]\w*|"
            r"tiedotte\w*|j[äa]senkirje\w*|mainoksia|s[äa]hk[öo]poste\w*)"
            r"[^?\n]{0,40}\?|\bhaluatko (?:lopettaa|perua|peruuttaa) (?:\w+ )?"
            r"(?:tilauksen|uutiskirjeen|viestit)\b[^?\n]{0,20}\?|"
            r"\bvill du inte (?:l[äa]ngre )?(?:ha|f[åa]|ta emot) (?:fler|flera|dessa|v[åa]ra|"
            r"s[åa]dana|n[åa]gra fler|den h[äa]r typen av) (?:mejl|mail|e-?post\w*|utskick|"
            r"nyhetsbrev|meddelanden|erbjudanden|inbjudningar|notiser|aviseringar)[^?\n]{0,20}\?|"
            r"\b(?:don'?t|do not) want to receive (?:these|this type of|such) "
            r"(?:e-?mails|invitations|notifications)[^?\n]{0,20}\?|"
            r"\bvill du (?:avsluta|s[äa]ga upp) (?:din )?"
            r"prenumeration\w*[^?\n]{0,20}\?",
        ),
    ),
    (
        # a company's copyright line: "© 2026 Shop Ltd. All rights reserved.",
        # "Kaikki oikeudet pidätetään", "Alla rättigheter förbehållna"; a person's
        # signature rarely has one, a staff member's may: never enough alone
        "all-rights-reserved",
        1.0,
        re.compile(
            r"\ball rights reserved\b|\bkaikki oikeudet pid[äa]tet[äa][äa]n\b|"
            r"\balla r[äa]ttigheter (?:f[öo]rbeh[åa]llna|reserverade)\b|"
            r"©[ \t]*\d{4}\b|\bcopyright[ \t]*©?[ \t]*\d{4}\b",
        ),
    ),
    (
        # the sender's own mailings: "our newsletter", "uutiskirjettämme", "våra utskick"
        "our-mailings",
        1.5,
        re.compile(
            r"\bour (?:newsletters?|mailings?|e-?mails|mailing list|offers|updates)\b|"
            r"\b(?:uutiskirjett[äa]mme|uutiskirjeemme|viestej[äa]mme|tiedotteitamme|"
            r"tiedotteemme|postituksiamme|markkinointiviestej[äa]mme|s[äa]hk[öo]postejamme)\b|"
            r"\b(?:v[åa]ra|v[åa]rt) (?:utskick|nyhetsbrev|erbjudanden|mejl|e-?postutskick)\b|"
            r"\b(?:unsubscribe|opt[- ]out) (?:at any time|here|below)\b|"
            r"\byou can (?:unsubscribe|opt[- ]out)\b[^.\n]{0,40}\bat any time\b|"
            # the sender tells its readers it changed its own policy or terms
            r"\bwe(?: have|'ve) updated our (?:privacy (?:policy|notice)|terms)\b|"
            r"\bolemme p[äa]ivitt[äa]neet (?:tietosuoja\w*|k[äa]ytt[öo]ehto\w*)\b|"
            r"\bvi har uppdaterat (?:v[åa]r|v[åa]ra) (?:integritetspolicy|"
            r"dataskyddspolicy|villkor)\b|"
            r"\b(?:uutiskirjeen|tilauksen) voit (?:perua|peruuttaa|lopettaa)\b|"
            r"\bvoit (?:milloin tahansa |koska tahansa )?(?:perua|peruuttaa|lopettaa) "
            r"(?:\w+ )?(?:tilauksen|tilauksesi|uutiskirjeen)\b|"
            r"\bdu kan (?:n[äa]r som helst |alltid )?(?:avsluta|s[äa]ga upp) (?:din )?"
            r"prenumeration|\bdu kan (?:n[äa]r som helst |alltid )?avregistrera dig\b|"
            r"\bperu tilaus (?:t[äa][äa]lt[äa]|t[äa]st[äa])\b|"
            r"\bsluta prenumerera\b|\bklicka (?:p[åa]|h[äa]r f[öo]r att) avregistrera\b|"
            r"\bt[äa]m[äa] (?:viesti|s[äa]hk[öo]posti) on l[äa]hetetty,? koska\b",
        ),
    ),
    (
        # a greeting to a category of readers, not to a person: "Hyvä jäsen", "Bästa kund"
        "greeting-to-a-category",
        1.5,
        re.compile(
            r"^\W*(?:dear|hi|hello|hey|hyv[äa]|hei|moi|hej|b[äa]sta|k[äa]ra)\s+"
            r"(?:(?:all|alla|kaikki)\s+)?(?:members?|customers?|subscribers?|readers?|parents?|"
            r"users?|j[äa]sen|j[äa]senet|asiakas|asiakkaamme|asiakkaat|tilaaja|lukija|"
            r"yritt[äa]j[äa]|vanhemmat|huoltajat|k[äa]ytt[äa]j[äa]|medlem|medlemmar|kund|"
            r"kunder|prenumerant|l[äa]sare|f[öo]r[äa]ldrar|anv[äa]ndare)\s*[!,.:]?\s*$",
            re.MULTILINE,
        ),
    ),
    (
        # the organisation acknowledges the reader's request or ticket in its own voice:
        # "we have received your request", "olemme vastaanottaneet pyyntösi",
        # "vi har tagit emot ditt ärende" (a person writes "I received your message").
        # Staff of another controller write it too when they answer by hand: alone it is
        # not enough (nor with a link line or a thank-you): a ticket number or a ticket
        # subject must join it.
        "received-your-request",
        0.75,
        re.compile(
            r"\bwe(?: have|'ve)? (?:received|registered|logged) your (?:request|ticket|case|"
            r"inquiry|enquiry|submission|support request)\b|"
            r"\bthis is to confirm (?:that )?we have received\b|"
            r"\b(?:olemme )?(?:vastaanottaneet|vastaanotimme|saaneet|kirjanneet|rekister[öo]ineet) "
            r"(?:\w+ )?\w*(?:pyynt[öo]si|viestisi|yhteydenottosi|tikettisi|kysymyksesi|"
            r"palautteesi|varauksesi|hakemuksesi|ilmoituksesi)\b|"
            r"\bvi har (?:nu )?(?:tagit emot|mottagit|f[åa]tt|registrerat) (?:ditt|din) "
            r"(?:[äa]rende|beg[äa]ran|f[öo]rfr[åa]gan|meddelande|supportf[öo]rfr[åa]gan)\b",
        ),
    ),
    (
        # the organisation promises when it will answer: "palaamme asiaan yhden arkipäivän
        # sisällä", "Vastaamme sinulle 24 tunnin kuluessa", "återkommer till dig inom 48
        # timmar", "we will get back to you within 2 business days". Staff write it by hand
        # too: it only adds to an acknowledgement.
        "answer-time-promise",
        0.5,
        re.compile(
            r"\b(?:palaamme asiaan|vastaamme (?:sinulle )?|otamme (?:sinuun )?yhteytt[äa] )"
            r"[^.\n]{0,30}\b(?:sis[äa]ll[äa]|kuluessa|mennessä)\b|"
            r"\b(?:vi )?[åa]terkommer (?:till dig |till er )?(?:inom|senast)\b|"
            r"\bwe(?:'ll| will) (?:get back to you|respond|reply|be in touch)[^.\n]{0,20}\bwithin\b",
        ),
    ),
    (
        # the reader is told to answer by replying to this very mail: "Vastaa vain tähän
        # viestiin", "just reply to this email", "svara bara på det här mejlet"; a person
        # does not need to say so
        "reply-to-this-mail",
        0.5,
        re.compile(
            r"\b(?:just|simply) (?:hit )?reply to this (?:e-?mail|message)\b|"
            r"\bvastaa (?:vain|suoraan|t[äa]ss[äa] tapauksessa) t[äa]h[äa]n (?:viestiin|s[äa]hk[öo]postiin)\b|"
            r"\bsvara (?:bara|helt enkelt|direkt) p[åa] (?:detta|det h[äa]r) (?:mejl|meddelande|e-?post)\w*",
        ),
    ),
    (
        # a ticket or case number handed to the reader: "Tikettinumero: 7781",
        # "Ärendenummer: 5512", "your ticket number is 88213"
        "ticket-number",
        1.5,
        re.compile(
            r"\b(?:ticket|case|reference|support request) (?:number|no\.?|id|#)\s*(?:is\s*)?:?"
            r"\s*#?\s*\d{3,}|\byour ticket\b|"
            r"\b(?:tiketti|tukipyynt[öo]|asia|k[äa]sittely)(?:numero|tunnus)\w*\s*:?\s*#?\s*\d{3,}|"
            r"\b(?:tiketti|tukipyynt[öo]) #\s*\d{3,}|"
            r"\b[äa]rende(?:nummer|nr\.?|-?id)\s*:?\s*#?\s*\d{3,}|\b[äa]rende #\s*\d{3,}",
        ),
    ),
    (
        # what was done to the reader's own data, subscription or account, as a done fact:
        # "asiakastietosi on poistettu", "olet peruuttanut uutiskirjeen tilauksen",
        # "dina uppgifter har raderats", "your data has been deleted", "you have unsubscribed"
        # ("you have not deleted my data" is a person's complaint: no negation matches)
        "done-to-your-data",
        1.0,
        re.compile(
            r"\byour (?:personal )?(?:data|information|details|profile|customer data|"
            r"customer account)\b[^.\n]{0,40}\b(?:has|have) (?:now )?been "
            r"(?:deleted|erased|removed|anonymi[sz]ed|cancelled|canceled)\b|"
            r"\byou (?:have|'ve) (?:successfully )?(?:unsubscribed|opted out|cancelled your|"
            r"canceled your)\b|\byou will no longer receive\b|"
            r"\b(?:asiakas|henkil[öo]|k[äa]ytt[äa]j[äa]|j[äa]sen)?tietosi on (?:nyt )?"
            r"(?:poistettu|anonymisoitu|p[äa]ivitetty)\b|"
            r"\b(?:profiilisi|asiakkuutesi|tilauksesi|j[äa]senyytesi) on (?:nyt )?"
            r"(?:poistettu|peruttu|peruutettu|p[äa][äa]ttynyt|lopetettu)\b|"
            r"\bolet (?:nyt )?(?:peruuttanut|perunut|lopettanut) (?:\w+ )?tilauksen\b|"
            r"\bet (?:en[äa][äa] )?saa (?:en[äa][äa] )?(?:\w+ )?(?:markkinointi|uutiskirje|"
            r"mainos|tiedotte|s[äa]hk[öo]postimainon)|"
            r"\b(?:dina|ditt|din) (?:person)?(?:uppgifter|konto|profil|kunduppgifter|"
            r"medlemskap)\b[^.\n]{0,40}\bhar (?:nu )?(?:raderats|tagits bort|anonymiserats|"
            r"avslutats)\b|"
            r"\bdu har (?:nu )?(?:avslutat|sagt upp) (?:din |ditt )?(?:prenumeration|"
            r"nyhetsbrev)\w*|\bdu kommer (?:inte l[äa]ngre att|inte att l[äa]ngre) f[åa]\b",
        ),
    ),
    (
        # the sender acted on the reader's request: "pyyntösi mukaisesti", "as you requested"
        "as-you-requested",
        1.0,
        re.compile(
            r"\b(?:as (?:you )?requested|in accordance with your request|per your request)\b|"
            r"\b(?:pyynt[öo]si|toiveesi) (?:mukaisesti|perusteella)\b|"
            r"\b(?:enligt|i enlighet med|p[åa]) din (?:beg[äa]ran|[öo]nskan)\b",
        ),
    ),
    (
        # the reader's mailbox or account is about to be limited: quota and phishing mail
        "your-mailbox-limit",
        2.0,
        re.compile(
            r"\byour (?:mailbox|inbox|e-?mail account|storage)\b[^.\n]{0,40}"
            r"\b(?:quota|is (?:almost |nearly )?full|has reached|exceeded)|"
            r"\byour account (?:may|will|could) be (?:suspended|deactivated|closed|blocked)\b|"
            r"\b(?:postilaatikkosi|s[äa]hk[öo]postilaatikkosi|tilisi)\b[^.\n]{0,40}"
            r"\b(?:on (?:l[äa]hes )?t[äa]ynn[äa]|kiinti\w*|suljetaan|j[äa][äa]dytet[äa][äa]n)|"
            r"\b(?:din (?:brevl[åa]da|inkorg)|ditt konto)\b[^.\n]{0,40}"
            r"\b(?:[äa]r (?:n[äa]stan )?full|kvot\w*|kommer att (?:st[äa]ngas|sp[äa]rras))",
        ),
    ),
    (
        # a service relays someone's message to the reader: "Anna sent you a message"
        "relayed-message",
        2.0,
        re.compile(
            r"\bsent(?<!\bi sent)(?<!\bwe sent)(?<!\bnever sent)(?<!\bnot sent) you a "
            r"(?:new )?(?:message|comment|reply)\b|"
            r"\b(?:l[äa]hetti|on l[äa]hett[äa]nyt) sinulle (?:uuden )?viestin\b|"
            r"\b(?:skickade|har skickat) (?:ett (?:nytt )?meddelande|en kommentar) till dig\b",
        ),
    ),
    (
        # list-server instructions: role addresses, "the mailing list", confirm by reply
        "list-server-instructions",
        2.0,
        re.compile(
            r"(?<=\w)-(?:request|owner|bounces|join|leave)@\w|"
            r"\breply to this message,? keeping the subject\b|"
            r"\bmailman/(?:listinfo|options|confirm|admindb)\b",
        ),
    ),
    (
        # the state of the reader's order, booking, parcel, payment or refund told in the
        # seller's voice: "Tilauksesi viitteellä X on lähetetty", "Din order med referens
        # X har skickats", "Enligt spårningen är ditt paket levererat", "Your booking is
        # confirmed", "We have finished processing your order". A buyer writes "my order"
        # ("tilaukseni", "min beställning"), never "your order has shipped".
        "order-status",
        1.5,
        re.compile(
            r"\byour (?:[\w-]+ ){0,2}(?:order|booking|reservation|appointment|parcel|package|"
            r"shipment|payment|refund|return)\b[^.\n]{0,60}\b(?:has (?:now )?been|is now|"
            r"was|is)\s+(?:(?:partially )?(?:shipped|dispatched|delivered|confirmed|cancell?ed|"
            r"refunded|received|processed|approved|completed|accepted|ready|on hold|"
            r"on its way|out for delivery)|being processed)\b|"
            r"\bwe(?: have|'ve) (?:finished processing|received|shipped|dispatched|refunded|"
            r"confirmed) your (?:order|booking|reservation|payment|refund|return)\b|"
            r"\b(?:tilauksesi|tilaus|varauksesi|ajanvarauksesi|pakettisi|l[äa]hetyksesi|"
            r"maksusi|hyvityksesi|palautuksesi)\b[^.\n]{0,60}\bon (?:nyt )?(?:l[äa]hetetty|"
            r"matkalla|toimitettu|peruttu|peruutettu|vastaanotettu|vahvistettu|hyvitetty|"
            r"k[äa]sitelty|k[äa]sittelyss[äa]|pidossa|noudettavissa|valmis|perill[äa]|"
            r"hyv[äa]ksytty)\b|"
            r"\b(?:maksu|tilaus) (?:tilauksellesi|tilauksesi)\b[^.\n]{0,60}\b"
            r"(?:onnistui|vastaanotettu|on hyv[äa]ksytty)\b|"
            r"\bolemme (?:saaneet p[äa][äa]t[öo]kseen|k[äa]sitelleet|l[äa]hett[äa]neet|"
            r"vastaanottaneet|vahvistaneet) (?:\w+ )?(?:tilauksesi|palautuksesi|maksusi|"
            r"varauksesi|hyvityksesi)\b|"
            r"\b(?:din|ditt) (?:order|best[äa]llning|bokning|paket|f[öo]rs[äa]ndelse|betalning|"
            r"[åa]terbetalning|retur)\b[^.\n]{0,60}\b(?:har (?:nu )?(?:skickats|levererats|"
            r"avbokats|bekr[äa]ftats|pausats|blivit [åa]terbetald|tagits emot|anl[äa]nt|"
            r"behandlats|makulerats)|[äa]r (?:nu )?(?:p[åa] v[äa]g|levererad|levererat|"
            r"skickad|skickat|bekr[äa]ftad|betald|klar|redo att h[äa]mtas|pausad))\b|"
            r"\b(?:finns att h[äa]mta|kan h[äa]mtas)\b|\bready for (?:pickup|collection)\b|"
            r"\bis waiting (?:for you )?at the (?:pickup|parcel|collection)\b|"
            r"\b(?:noutokoodi|pickup code|upph[äa]mtningskod|h[äa]mtningskod)\b|"
            r"\b[äa]r (?:din|ditt) (?:order|best[äa]llning|paket|f[öo]rs[äa]ndelse) (?:nu )?"
            r"(?:levererad|levererat|skickad|skickat|p[åa] v[äa]g)\b|"
            r"\bvi har (?:nu )?(?:slutf[öo]rt behandlingen av|tagit emot|mottagit betalning "
            r"och bekr[äa]ftat|skickat|bekr[äa]ftat) (?:din|ditt) (?:order|best[äa]llning|"
            r"bokning|betalning|paket)\b",
        ),
    ),
    (
        # the seller thanks the buyer for the purchase or booking: "Thank you for your
        # order", "Kiitos tilauksestasi / ostoksistasi", "Tack för din beställning /
        # bokning", "Tack för att du handlar hos"; a buyer thanks for an answer instead
        "thanks-for-your-order",
        1.0,
        re.compile(
            r"\bthank(?:s| you) (?:so much )?for (?:your (?:order|purchase|booking|reservation)|"
            r"shopping with us|shopping at)\b|"
            r"\bkiitos (?:tilauksestasi|tilauksesta|ostoksistasi|ostoksesta|varauksestasi|"
            r"ajanvarauksestasi|kun asioit)\b|"
            r"\btack f[öo]r (?:din (?:best[äa]llning|order|bokning)|ditt k[öo]p|"
            r"att du (?:handlar|handlat|bokat|best[äa]llt))\b",
        ),
    ),
    (
        # a line that points the reader to follow the parcel or order: "Voit seurata
        # lähetystä osoitteessa", "Du kan spåra din försändelse", "Track your order",
        # "Spåra här:"
        "tracking-line",
        1.0,
        re.compile(
            r"\b(?:track|follow) (?:your|the) (?:order|parcel|package|shipment|delivery)\b|"
            r"\b(?:voit )?seura(?:a|ta|taksesi) (?:tilaustasi|tilauksesi|l[äa]hetyst[äa]|"
            r"l[äa]hetyksesi|pakettiasi|pakettia)\b|"
            r"\b(?:sp[åa]ra|f[öo]lj) (?:din |ditt )?(?:order|best[äa]llning|paket|"
            r"f[öo]rs[äa]ndelse)\w*\b|\bsp[åa]ra h[äa]r\b",
        ),
    ),
    (
        # an invoice or payment reminder in the seller's voice: "Please find attached your
        # invoice", "Liitteenä lasku", "Bifogad faktura", "Laskusta X on maksamatta",
        # "Faktura X har ett utestående belopp", a bank account and reference to pay to
        "invoice-notice",
        1.5,
        re.compile(
            r"\bplease find attached (?:your |the |our )?invoice\b|"
            r"\byour invoice\b[^.\n]{0,40}\b(?:is attached|attached|is ready)\b|"
            r"\bliitteen[äa] (?:on )?lasku\b|\blaskusta \S+ on maksamatta\b|"
            r"\bbifogad(?:e)? faktura\b|\bfaktura \S+ har ett utest[åa]ende belopp\b|"
            r"\b(?:hitta|finner du) bifogad faktura\b|"
            r"\biban\b[^\n]{0,60}\b(?:viitteell[äa]|viite|med referens|reference|ref\.?)\b|"
            r"\b(?:viitteell[äa]|med referens)\b[^\n]{0,60}\biban\b",
        ),
    ),
    (
        # the booking system's reminder or terms: "Detta är en påminnelse om din bokning",
        # "reminder of your appointment", "Muistutus varauksestasi", "Avbokning måste ske
        # senast 48 timmar", "Cancellations must be made"
        "booking-notice",
        1.5,
        re.compile(
            r"\bp[åa]minnelse om din (?:bokning|tid|bokade tid|reservation)\b|"
            r"\bp[åa]minn(?:a|er) (?:dig )?om din (?:bokning|tid|bokade tid|reservation)\b|"
            r"\bmuistutamme (?:sinua )?(?:varauksestasi|ajanvarauksestasi|varatusta ajastasi|"
            r"tulevasta (?:varauksestasi|ajastasi|k[äa]ynnist[äa]si))\b|"
            r"\bremind you (?:of|about) your (?:booking|appointment|reservation|visit)\b|"
            r"\bom du (?:beh[öo]ver|vill|m[åa]ste) avboka\b[^.\n]{0,40}\bsenast\b|"
            r"\bjos (?:haluat|sinun (?:t[äa]ytyy|pit[äa][äa])) (?:perua|peruuttaa)\b"
            r"[^.\n]{0,40}\bviimeist[äa][äa]n\b|"
            r"\bif you (?:need|want|wish) to cancel\b[^.\n]{0,40}\b(?:at least|no later than)\b|"
            r"\breminder (?:of|about|for) your (?:booking|appointment|reservation|visit)\b|"
            r"\bmuistutus (?:varauksestasi|ajanvarauksestasi|tulevasta (?:varauksestasi|"
            r"ajastasi|k[äa]ynnist[äa]si))\b|"
            r"\bavbokning (?:m[åa]ste|ska|skall) (?:ske|g[öo]ras) senast\b|"
            r"\bcancell?ations? (?:must|should) be made\b|"
            r"\bperuutus (?:on tehtäv[äa]|tulee tehd[äa]) viimeist[äa][äa]n\b|"
            r"\byour appointment\b[^.\n]{0,40}\bis (?:on|at|scheduled|booked)\b|"
            r"\b\w*aikasi on \d|\bdin (?:bokade )?tid\b[^.\n]{0,30}\b[äa]r (?:den )?\d|"
            r"\bto cancel,? reply\b|\bf[öo]r att avboka,? svara\b|\bperuaksesi,? vastaa\b|"
            r"\b(?:show|present) (?:the|this|your) qr[- ]?code\b|\bn[äa]yt[äa] qr-koodi\b|"
            r"\bvisa (?:upp )?qr-koden\b|"
            r"\b(?:starts|begins) in \d+ (?:minutes?|hours?)\b|"
            r"\balkaa (?:tunnin|\d+ (?:minuutin|tunnin)) kuluttua\b|"
            r"\bb[öo]rjar om (?:en timme|\d+ (?:minuter|timmar))\b|"
            r"\b(?:join|liity|anslut)(?: here| t[äa]st[äa]| h[äa]r| nyt| nu)?:? *<?https?://",
        ),
    ),
    (
        # a service tells the reader that someone invited them, or cancelled the event:
        # "X has invited you to", "X on kutsunut sinut", "X har bjudit in dig till",
        # "You've been invited to participate", "Sinut on kutsuttu hankkeelle"; a person
        # writes "I invite you" ("kutsun sinut", "jag bjuder in dig")
        "invitation",
        1.5,
        re.compile(
            r"\b(?:has|have) invited you to\b|\byou(?:'ve| have) been invited to\b|"
            r"\bon kutsunut sinut\b|\bsinut on kutsuttu\b|"
            r"\bhar bjudit in dig\b|\bdu har (?:blivit|bjudits) inbjuden\b|"
            r"\b(?:has cancell?ed|on peruuttanut) (?:this |the )?(?:event|tapahtuman)\b|"
            r"\bhar avbrutit (?:denna|den h[äa]r) h[äa]ndelse\b",
        ),
    ),
    (
        # an invitation to a survey or feedback form: "You've been invited to participate
        # in a survey", "How did we do?", "Miten onnistuimme?", "Hur lyckades vi?",
        # "vastaa kyselyyn", "svara på enkäten"
        "survey-invite",
        1.5,
        re.compile(
            r"\b(?:participate in|complete|take|answer|fill (?:in|out)) (?:a|our|the|this) "
            r"(?:short )?(?:survey|questionnaire|feedback survey)\b|"
            r"\bhow did we do\?|\bmiten onnistuimme\?|\bhur lyckades vi\?|"
            r"\b(?:vastaa|osallistu|vastaamalla|osallistumalla) (?:\w+ )?kyselyyn\b|"
            r"\b(?:svara p[åa]|delta i) (?:\w+ )?(?:enk[äa]ten|enk[äa]t|unders[öo]kningen)\b",
        ),
    ),
    (
        # a link the reader must click to confirm an action on their account: "To confirm
        # this, please click on the following link", "Vahvistaaksesi pyynnön, klikkaa alla
        # olevaa linkkiä", "För att bekräfta detta, klicka på följande länk"
        "click-to-confirm",
        1.0,
        re.compile(
            r"\bto confirm (?:this|the|your)[^.\n]{0,30}\bclick\b|"
            r"\bclick (?:on )?the following link\b|"
            r"\bvahvistaaksesi\b[^.\n]{0,40}\b(?:klikkaa|napsauta|k[äa]yt[äa])\b|"
            r"\b(?:klikkaa|napsauta) (?:alla olevaa|seuraavaa) linkki[äa]\b|"
            r"\bf[öo]r att bekr[äa]fta\b[^.\n]{0,40}\bklicka\b|"
            r"\bklicka p[åa] (?:f[öo]ljande|denna|nedanst[åa]ende) l[äa]nk\b",
        ),
    ),
    (
        # the mail says it cannot take a reply: "Tähän viestiin ei voi vastata", "Älä vastaa
        # tähän sähköpostiin", "Det går inte att svara på detta meddelande", "This mailbox
        # is not monitored"
        "cannot-reply",
        2.0,
        re.compile(
            r"\bt[äa]h[äa]n (?:viestiin|s[äa]hk[öo]postiin) ei voi vastata\b|"
            r"\b[äa]l[äa] vastaa t[äa]h[äa]n s[äa]hk[öo]postiin\b|"
            r"\bdet g[åa]r inte att svara p[åa] (?:detta|det h[äa]r) (?:meddelande|mejl|"
            r"e-?postmeddelande)\b|\bdu kan inte svara p[åa] (?:detta|det h[äa]r)\b|"
            r"\bthis (?:mailbox|inbox|e-?mail address|address) is not monitored\b|"
            r"\breplies to this (?:e-?mail|message|address) (?:are not|will not be) "
            r"(?:read|monitored|answered)\b",
        ),
    ),
    (
        # a generator's credit line in the footer: "Powered by PrestaShop", "Toteutus:
        # WooCommerce", "Drivs av Shopify"; no person signs with one
        "powered-by",
        1.0,
        re.compile(
            r"^[^\n]{0,40}\b(?:powered by|toteutus:|drivs av|built with) \[?[a-z][\w .-]{1,30}\]?",
            re.MULTILINE,
        ),
    ),
    (
        # a one-time code handed to the reader: "Vahvistuskoodisi on: 482913", "Din
        # verifieringskod är", "Your verification code is", "Koden gäller i 10 minuter",
        # "Tämä koodi vanhenee 10 minuutissa"; a person never mails a company a code
        "one-time-code",
        2.0,
        re.compile(
            r"\byour (?:verification|confirmation|security|login|sign-in|one-time|"
            r"authentication) (?:code|pin)(?: is|:)|"
            r"^[ \t]*(?:verification|confirmation|security|one-time) code:|"
            r"\b(?:vahvistus|varmistus|kertak[äa]ytt[öo]|tunnistautumis|kirjautumis|"
            r"turva|palautus)?koodisi on\b|\bsalasanan palautuskoodisi on\b|"
            r"\bdin (?:verifierings|bekr[äa]ftelse|eng[åa]ngs|s[äa]kerhets|inloggnings|"
            r"verifikations)kod (?:[äa]r|:)|"
            r"\b(?:this|the) code (?:expires|is valid|will expire)\b|"
            r"\b(?:t[äa]m[äa] )?koodi (?:vanhenee|on voimassa)\b|"
            r"\bkoden (?:[äa]r giltig|g[äa]ller) i\b",
            re.MULTILINE,
        ),
    ),
    (
        # a service says a message waits for the reader inside it: "Sinulle on saapunut uusi
        # viesti Oma Opintopolku-palveluun", "Du har fått ett nytt meddelande i tjänsten",
        # "Logga in på ditt konto för att se meddelandet", "You have received a new message
        # in the service". A relay of a visitor's own message ("from Anna: ...") is not one.
        "message-waiting",
        1.5,
        re.compile(
            r"\bsinulle on (?:saapunut )?uusi viesti\b|\bvoit lukea viestin kirjautumalla\b|"
            r"\buusi (?:e-lasku|lasku|asiakirja|dokumentti|viesti) on saapunut\b|"
            r"\b(?:ny|nytt) (?:e-faktura|faktura|dokument|meddelande) har kommit\b|"
            r"\bdu har f[åa]tt ett nytt meddelande (?:i |fr[åa]n v[åa]r |fr[åa]n oss)|"
            r"\blogga in (?:p[åa] ditt konto |i tj[äa]nsten )?f[öo]r att (?:se|l[äa]sa) "
            r"meddelandet\b|\bdu kan l[äa]sa meddelandet genom att logga in\b|"
            r"\byou have (?:received )?(?:a )?new messages? (?:in|waiting|on)\b|"
            r"\b(?:you can )?read the message by logging in\b|"
            r"\blog in to (?:read|view) (?:it|the message|your messages?)\b|"
            # a booking or shop system tells the business of a new booking or order:
            # "Sinulle on tullut uusi varaus", "Du har fått en ny bokning", "You have
            # received a new order"
            r"\bsinulle on (?:tullut|saapunut) uusi (?:varaus|tilaus|ajanvaraus|yhteydenotto)\b|"
            r"\bdu har f[åa]tt en ny (?:bokning|best[äa]llning|order|intresseanm[äa]lan)\b|"
            r"\byou(?: have|'ve) (?:received |got )?a new (?:booking|order|reservation|"
            r"appointment|enquiry|inquiry)\b",
        ),
    ),
    (
        # the reader's registration, sign-up, claim or application told as received or
        # registered: "Din anmälan har registrerats med nummer", "Ilmoittautumisesi on
        # vastaanotettu", "Your registration has been confirmed"
        "registration-received",
        1.5,
        re.compile(
            r"\byour (?:registration|sign-?up|claim|application|booking request)\b[^.\n]{0,40}"
            r"\b(?:has been|is|was) (?:received|confirmed|registered|accepted)\b|"
            r"\b(?:ilmoittautumisesi|hakemuksesi|vahinkoilmoituksesi)\b[^.\n]{0,40}\bon "
            r"(?:nyt )?(?:vastaanotettu|vahvistettu|rekister[öo]ity|kirjattu)\b|"
            r"\b(?:din|ditt) (?:anm[äa]lan|registrering|ans[öo]kan|skadeanm[äa]lan|[äa]rende)\b"
            r"[^.\n]{0,40}\b(?:har (?:nu )?(?:registrerats|tagits emot|bekr[äa]ftats|"
            r"mottagits)|[äa]r (?:nu )?(?:registrerad|mottagen|bekr[äa]ftad))\b",
        ),
    ),
    (
        # what is about to happen to, or has just happened to, a thing of the reader's
        # (subscription, card, loan, payment, password, storage, export, account), told
        # by its keeper: "Your subscription will renew on", "Your payment failed",
        # "Lainasi erääntyy", "Salasanasi vanhenee", "Tallennustilasi on 90 % täynnä",
        # "Din prenumeration förnyas", "Ditt lån förfaller", "Ditt konto raderas på grund
        # av inaktivitet". A person says "my" ("lainani", "mitt lån").
        "your-thing-state",
        1.5,
        re.compile(
            r"\byour (?:[\w-]+ ){0,2}(?:subscription|membership|plan|trial|card|loan|loans|"
            r"payment|password|storage|export|download|backup|report|file|account|session|"
            r"appointment|ticket|tickets|invoice|bill|renewal|parcel|package)\b[^.\n]{0,40}"
            r"\b(?:will (?:renew|expire|be (?:charged|deleted|closed|suspended|renewed|"
            r"cancell?ed|removed))|(?:(?:renews|expires|expired|starts|ends|is due)"
            r"(?: automatically)? (?:on|in|at|soon|today|tomorrow|next)|was declined|"
            r"(?:has )?failed(?=[.!,;:]| and| because| for| on)|could not be processed|"
            r"is (?:almost |nearly )?(?:\d+ ?% )?full|is ready|is waiting|is overdue))\b|"
            r"\b(?:tilauksesi|j[äa]senyytesi|kuukausitilauksesi|korttisi|lainasi|lainaamasi|"
            r"maksusi|salasanasi|tallennustilasi|vientisi|tiedostosi|raporttisi|"
            r"varmuuskopiosi|tilisi|k[äa]ytt[äa]j[äa]tilisi|istuntosi|ajanvarauksesi|aikasi|"
            r"lippusi|laskusi|pakettisi|l[äa]hetyksesi|kokeilujaksosi)\b[^.\n]{0,40}"
            r"\b(?:uusiutuu|uusitaan|vanhenee|vanhentuu|vanhentui|er[äa][äa]ntyy|er[äa][äa]ntyi|"
            r"ep[äa]onnistui|hyl[äa]ttiin|on (?:l[äa]hes |melkein )?t[äa]ynn[äa]|on valmis|"
            r"odottaa|poistetaan|suljetaan|veloitetaan|alkaa|p[äa][äa]ttyy|p[äa][äa]ttyi|"
            r"on (?:l[äa]hes |melkein )?\d+ ?% t[äa]ynn[äa])\b|"
            r"\b(?:din|ditt|dina) (?:[\w-]+ ){0,1}(?:prenumeration|medlemskap|abonnemang|"
            r"kort|l[åa]n|betalning|l[öo]senord|lagringsutrymme|export|fil|rapport|"
            r"s[äa]kerhetskopia|konto|session|tid|bokning|biljett|biljetter|faktura|paket|"
            r"provperiod)\b[^.\n]{0,40}\b(?:f[öo]rnyas|g[åa]r ut|har g[åa]tt ut|f[öo]rfaller|"
            r"f[öo]rf[öo]ll|misslyckades|nekades|[äa]r (?:n[äa]stan )?fullt?|[äa]r klar|"
            r"v[äa]ntar|raderas|st[äa]ngs|debiteras|b[öo]rjar|slutar|l[öo]per ut|"
            r"[äa]r (?:n[äa]stan )?\d+ ?% fullt?)\b|"
            # the reader is asked to renew the billing details the keeper holds
            r"\bupdate your (?:payment|billing|card) (?:details|information|method)\b|"
            r"\bp[äa]ivit[äa] (?:maksu|kortti|laskutus)tietosi\b|"
            r"\buppdatera (?:dina|ditt) (?:betalnings|kort|fakturerings)(?:uppgifter|uppgift)\b|"
            r"\b(?:due to inactivity|k[äa]ytt[äa]m[äa]tt[öo]myyden vuoksi|"
            r"p[åa] grund av inaktivitet)\b",
        ),
    ),
    (
        # someone's activity on the reader's post, photo or profile, relayed by the
        # service: "Anna commented on your photo", "Anna kommentoi kuvaasi", "Anna
        # kommenterade din bild", "liked your post", "tykkäsi julkaisustasi"
        "social-activity",
        1.5,
        re.compile(
            r"\b(?:commented on|liked|replied to|mentioned you in|shared|reacted to|"
            r"started following) (?:your|you)\b|"
            r"\b(?:kommentoi|tykk[äa]si|vastasi|jakoi|reagoi)\b \w+(?:si|stasi|aasi|[äa][äa]si)\b|"
            r"\b(?:alkoi seurata sinua|mainitsi sinut)\b|"
            r"\b(?:kommenterade|gillade|svarade p[åa]|delade|reagerade p[åa]) (?:din|ditt|dina)\b|"
            r"\b(?:b[öo]rjade f[öo]lja dig|n[äa]mnde dig)\b",
        ),
    ),
    (
        # a periodic digest in the service's voice: "Here's your weekly summary", "Viikon
        # kooste", "Veckans sammanfattning", "what you missed"
        "digest",
        1.5,
        re.compile(
            r"\b(?:here(?:'s| is) your|your) (?:daily|weekly|monthly) (?:summary|digest|report|"
            r"update|recap)\b|\bwhat you(?:'ve)? missed\b|"
            r"\b(?:p[äa]iv[äa]n|viikon|kuukauden) (?:kooste|yhteenveto|katsaus)\b|"
            r"\b(?:dagens|veckans|m[åa]nadens) (?:sammanfattning|sammandrag|rapport)\b",
        ),
    ),
    (
        # a payment card shown masked, or a receipt's card line: "Card: **** 4242",
        # "card ending 4242", "kortti **** 4242"
        "masked-card",
        1.5,
        re.compile(
            r"\*{2,}[ \t]?\d{4}\b|\bcard ending(?: in)? \d{4}\b|"
            r"\bkortti(?:si)?,? joka p[äa][äa]ttyy \d{4}\b|\bkort(?:et)? som slutar p[åa] \d{4}\b",
        ),
    ),
    (
        # a sign-in to the reader's account reported by the service: "A new sign-in to
        # your account from Chrome", "Uusi kirjautuminen tilillesi", "Ny inloggning på
        # ditt konto", "tilillesi kirjauduttiin"
        "sign-in-alert",
        1.5,
        re.compile(
            r"\bnew (?:sign-?in|login|log-in|device)\b[^.\n]{0,30}\b(?:to|on|for) your\b|"
            r"\b(?:someone|we noticed a|a new) (?:signed|sign-?in|login)\b[^.\n]{0,30}"
            r"\byour (?:account|profile)\b|"
            r"\buusi kirjautuminen\b|\btilillesi kirjauduttiin\b|\bkirjauduttiin uudelta\b|"
            r"\bny inloggning\b|\bn[åa]gon (?:har )?loggade? in p[åa] ditt konto\b",
        ),
    ),
    (
        # a promotion's code to use at the checkout: "Use code XMAS30 at checkout",
        # "Käytä koodia JOULU30", "Använd koden JUL30 i kassan"; a customer does not tell
        # the shop to use a code
        "promo-code",
        1.5,
        re.compile(
            r"\b(?:use|enter|apply) (?:the )?(?:promo |discount |coupon )?(?:code|coupon)\b"
            r"[^.\n]{0,30}\b(?:at checkout|to get|for \d+ ?%|and save)\b|"
            r"\bk[äa]yt[äa] (?:alennus|kampanja|etu)?koodia\b|\bkoodilla \S+ saat\b|"
            r"\banv[äa]nd (?:rabatt|kampanj)?koden\b|\bmed koden \S+ f[åa]r du\b",
        ),
    ),
    (
        # the shop welcomes a new account in its own voice: "Thanks for creating an
        # account", "kiittää asiakastilin luomisesta", "Tack för att du skapade ett kundkonto"
        "welcome-account",
        1.5,
        re.compile(
            r"\bthank(?:s| you) for (?:creating|registering|opening) (?:an? )?(?:customer )?"
            r"account\b|\b(?:kiitos|kiitt[äa][äa]) (?:\w+ )?(?:asiakastilin|tilin|"
            r"k[äa]ytt[äa]j[äa]tilin) (?:luomisesta|avaamisesta)\b|"
            r"\bkiitos,? kun loit (?:tilin|asiakastilin|k[äa]ytt[äa]j[äa]tilin)\b|"
            r"\btack f[öo]r att du (?:skapade|har skapat|registrerade) (?:ett )?(?:kund)?konto\b",
        ),
    ),
)

#: For a rule whose pattern starts with alternatives the regex engine tries at every
#: position: groups of strings (lower-cased), one of which each match contains from
#: every group of one of the tuples; the rule is not run on a text without them.
_NEEDLES: dict[str, tuple[tuple[tuple[str, ...], ...], ...]] = {
    # every alternative opens with "if ", "jos " or "om "
    "if-not-you": ((("if ", "jos ", "om "),),),
    # each alternative holds one of these (English: "you"; Finnish: a "-si on" state, a
    # verb of the reader's; Swedish: "din", "ditt", "du har"): most Finnish letters skip it
    "your-account-notice": (
        (
            (
                "you",
                "si on",
                "din ",
                "ditt ",
                "du har",
                "hakema",
                "tilaama",
                "ansökt",
                "ansokt",
                "tilauksesi",
                "sinut on",
                "copy of",
                "kopia av",
                "tiedoistasi",
                "pyysit",
                "vahvista",
            ),
        ),
    ),
    "done-to-your-data": (
        (
            (
                "you",
                "si on",
                "din",
                "ditt",
                "du har",
                "du kommer",
                "olet ",
                "et saa",
                "et enää saa",
                "et enaa saa",
            ),
        ),
    ),
    # the pattern needs a separator between the labels
    "footer-link-labels": ((("|", "·", "•"),),),
    "mailing-furniture": (
        (("browser", "viewing", "selai", "webbl", "webbvers"),),
        (("?",), ("want", "wish", "halua", "vill du")),
    ),
    "invitation": ((("invit", "kutsu", "bjudit in", "inbjud", "peruuttanut", "avbrutit"),),),
    "order-status": (
        (
            (
                "your",
                "tilauksesi",
                "tilauksellesi",
                "varauksesi",
                "pakettisi",
                "lähetyksesi",
                "lahetyksesi",
                "maksusi",
                "hyvityksesi",
                "palautuksesi",
                "din ",
                "ditt ",
                "we have",
                "we've",
                "olemme",
                "vi har",
                "hämta",
                "hamta",
                "pickup",
                "collection",
                "noutokoodi",
            ),
        ),
    ),
    "invoice-notice": ((("invoice", "lasku", "faktura", "iban"),),),
    "as-you-requested": (
        (("request", "pyyntö", "pyynto", "toivee", "begäran", "begaran", "önskan", "onskan"),),
    ),
    "answer-time-promise": (
        (
            (
                "palaamme",
                "vastaamme",
                "otamme",
                "terkommer",
                "get back",
                "respond",
                "reply",
                "in touch",
            ),
        ),
    ),
    "reply-to-this-mail": ((("reply to this", "vastaa", "svara"),),),
    "relayed-message": ((("sent you", "sinulle", "till dig"),),),
    "your-mailbox-limit": (
        (
            (
                "mailbox",
                "inbox",
                "storage",
                "account",
                "laatikko",
                "tilisi",
                "brevl",
                "inkorg",
                "konto",
            ),
        ),
    ),
    "ticket-number": (
        (
            (
                "ticket",
                "case",
                "reference",
                "support request",
                "tiketti",
                "tukipyy",
                "numero",
                "tunnus",
                "rende",
            ),
        ),
    ),
    "received-your-request": (
        (
            (
                "receiv",
                "regist",
                "logged",
                "vastaanot",
                "saaneet",
                "kirjanneet",
                "rekister",
                "tagit emot",
                "mottagit",
                "fått",
                "fatt",
            ),
        ),
    ),
    "tracking-line": ((("track", "follow", "seura", "spåra", "spara", "följ", "folj"),),),
    "click-to-confirm": ((("click", "klikkaa", "napsauta", "vahvistaaksesi", "klicka"),),),
    "cannot-reply": ((("vastata", "vastaa", "svara", "monitored", "replies to this"),),),
    "booking-notice": (
        (
            (
                "minnelse",
                "reminder",
                "muistutus",
                "avbokning",
                "cancel",
                "peruutus",
                "appointment",
                "aikasi",
                "din tid",
                "din bokade tid",
                "avboka",
                "peruaksesi",
                "påminn",
                "muistutamme",
                "remind you",
                "perua",
                "peruuttaa",
                "qr",
                "starts in",
                "begins in",
                "kuluttua",
                "börjar om",
                "borjar om",
                "join",
                "liity",
                "anslut",
            ),
        ),
    ),
    "one-time-code": ((("code", "koodi", "kod"),),),
    "message-waiting": (
        (
            (
                "uusi viesti",
                "saapunut",
                "uusi varaus",
                "uusi tilaus",
                "uusi ajanvaraus",
                "uusi yhteydenotto",
                "en ny",
                "a new",
                "har kommit",
                "lukea viestin",
                "nytt meddelande",
                "logga in",
                "new message",
                "log in",
                "logging in",
            ),
        ),
    ),
    "registration-received": (
        (
            (
                "registration",
                "sign-up",
                "signup",
                "sign up",
                "claim",
                "application",
                "booking request",
                "ilmoittautu",
                "hakemuksesi",
                "ilmoituksesi",
                "anmälan",
                "anmalan",
                "registrering",
                "ansökan",
                "ansokan",
                "rende",
            ),
        ),
    ),
    "your-thing-state": (
        (
            (
                "your",
                "si ",
                "din",
                "ditt",
                "inactiv",
                "käyttämättömyy",
                "kayttamattomyy",
                "päivitä",
                "paivita",
                "uppdatera",
            ),
        ),
    ),
    "social-activity": (
        (
            (
                "comment",
                "liked",
                "replied",
                "mentioned",
                "shared",
                "reacted",
                "following",
                "kommentoi",
                "tykkäsi",
                "tykkasi",
                "vastasi",
                "jakoi",
                "reagoi",
                "seurata sinua",
                "mainitsi",
                "kommenterade",
                "gillade",
                "svarade",
                "delade",
                "reagerade",
                "följa dig",
                "folja dig",
                "nämnde",
                "namnde",
            ),
        ),
    ),
    "digest": (
        (
            (
                "summary",
                "digest",
                "report",
                "update",
                "recap",
                "missed",
                "kooste",
                "yhteenveto",
                "katsaus",
                "sammanfattning",
                "sammandrag",
                "rapport",
            ),
        ),
    ),
    "masked-card": ((("**", "card ending", "päättyy", "paattyy", "slutar på", "slutar pa"),),),
    "sign-in-alert": (
        (
            (
                "sign",
                "login",
                "log-in",
                "device",
                "kirjautuminen",
                "kirjauduttiin",
                "inloggning",
                "loggade",
            ),
        ),
    ),
    "promo-code": ((("code", "coupon", "koodia", "koodilla", "koden"),),),
    "welcome-account": ((("account", "tilin", "konto"),),),
    "thanks-for-your-order": ((("thank", "kiitos", "tack"),),),
    "powered-by": ((("powered by", "toteutus:", "drivs av", "built with"),),),
    "ignore-this-message": ((("ignor", "disregard", "huomi", "bortse"),),),
    "list-server-instructions": (
        (
            (
                "-request@",
                "-owner@",
                "-bounces@",
                "-join@",
                "-leave@",
                "keeping the subject",
                "mailman/",
            ),
        ),
    ),
    "survey-invite": (
        (("survey", "kysely", "enkät", "onnistuimme", "lyckades vi", "how did we"),),
    ),
    "all-rights-reserved": ((("©", "copyright", "rights reserved", "oikeudet", "ttigheter"),),),
}


#: This module's rules and ``machine_text_mailings``' (footers, reports, helpdesk
#: receipts, surveys), read the same way.
_ALL_RULES = (*_TEXT_RULES, *mailings.RULES)
_NEEDLES.update(mailings.NEEDLES)
#: ``_ALL_RULES`` with each rule's needles (empty: always run).
_GATED_RULES = tuple(
    (rule, weight, pattern, _NEEDLES.get(rule, ())) for rule, weight, pattern in _ALL_RULES
)


def _may_fire(rule: str, lowered: str) -> bool:
    """True when ``lowered`` holds a needle from every group of one of the rule's ways
    (plain loops: this runs for every rule on every message)."""
    ways = _NEEDLES.get(rule)
    if ways is None:
        return True
    for way in ways:
        for group in way:
            for needle in group:
                if needle in lowered:
                    break
            else:
                break  # no needle of this group: this way cannot match
        else:
            return True
    return False


#: The field labels of an order, booking or invoice summary, at the start of a line and
#: before a colon, tab or "#": "Order #PS-204419", "Välisumma:", "Leveransadress:",
#: "Boknings ID:". Not a person's identifying fields (name, e-mail, address, customer
#: number): request letters list those.
_SUMMARY_FIELD = re.compile(
    r"^[ \t*-]*\[?(order(?: number| no\.?| id| date)?|order details|subtotal|items subtotal|"
    r"total(?: amount| paid| due)?|shipping(?: address| method)?|billing address|"
    r"delivery(?: address| method)?|estimated delivery|payment(?: method)?|invoice(?: number| no\.?| date)?|"
    r"due date|quantity|qty|unit price|vat|tax|booking(?: id| reference| number)|tracking(?: number)?|"
    r"carrier|discounts?|"
    r"tilaus(?:numero|tunniste|päivä)?|tilaustiedot|tilauksen tiedot|välisumma|yhteensä|"
    r"maksettu yhteensä|toimitus(?:osoite|tapa)?|laskutusosoite|maksutapa|tuotteet|alennukset|"
    r"lahjapaketointi|yksikköhinta|määrä|laskunumero|eräpäivä|varaus(?:numero|tunnus)|"
    r"seurantakoodi|kohteiden välisumma|"
    r"order(?:nummer|datum| id)|ordernr|beställning(?:snummer)?|beställningsnummer|delsumma|"
    r"totalt(?: att betala| betalade| belopp)?|frakt(?:alternativ|sätt)?|leverans(?:adress|sätt)?|"
    r"faktura(?:adress|nummer|datum)?|förfallodatum|betalning(?:smetod|ssätt)?|"
    r"betalningsmetod|antal|enhets ?pris|moms|inkl\. moms|rabatter|presentinslagning|"
    r"boknings ?id|bokningsnummer|kollinummer|valda tjänster)\]?"
    r"(?=[ \t]*(?::|\t|#|$)|[ \t]+#?\d)",
    re.MULTILINE,
)
#: A line that is only a link, or a short label and its link ("Poistu listalta: https://...").
_LINK_LINE = re.compile(r"^[ \t]*(?:[^\n:]{1,40}:[ \t]*)?<?https?://\S+>?[ \t]*$", re.MULTILINE)
#: A list server's confirmation subject: "confirm 6f1c0d2e9a".
_CONFIRM_SUBJECT = re.compile(r"^\s*confirm [0-9a-f]{8,}\s*$", _I)
#: A subject opened by a site's tag: "[Example Shop] Personal Data Export".
_TAG_SUBJECT = re.compile(r"^\s*\[[^\]\n]{2,40}\]\s*\S")
#: A helpdesk's ticket subject: "[Ticket #88213] ...", "Tiketti #7781: ...", "Ärende 5512: ...".
_TICKET_SUBJECT = re.compile(
    r"^\s*\[?\s*(?:ticket|case|request|support request|tiketti|tukipyynt[öo]|asia|"
    r"[äa]rende(?:nummer|nr)?)\s*(?:#|no\.?|nr\.?)?\s*:?\s*\d{3,}\b",
    _I,
)
#: A helpdesk's ticket tag anywhere in the subject: "We received your message [Ticket #48213]".
_TICKET_TAG = re.compile(
    r"\[\s*(?:ticket|case|request|support|tiketti|tukipyynt[öo]|asia|[äa]rende)\s*(?:#|no\.?|"
    r"nr\.?)?\s*:?\s*#?\d{3,}\s*\]",
    _I,
)
_REPLY_PREFIX = re.compile(r"^\s*(?:re|sv|vs|aw|fw|fwd|vb|vl)\s*:", _I)


@dataclass(frozen=True)
class MachineReading:
    """Named evidence that a machine wrote the message, and its sum."""

    evidence: tuple[tuple[str, float], ...]

    @property
    def score(self) -> float:
        return sum(weight for _, weight in self.evidence)

    @property
    def strongest(self) -> str:
        positive = [item for item in self.evidence if item[1] > 0]
        return max(positive, key=lambda item: item[1])[0] if positive else ""

    @property
    def reason(self) -> str | None:
        """``content:<rule>``, ``content:maybe-<rule>`` or None."""
        score = self.score
        spoken_as_i = any(name == "first-person" for name, _ in self.evidence)
        if score >= FIRM and not spoken_as_i:
            return f"content:{self.strongest}"
        if score >= MAYBE:
            return f"content:maybe-{self.strongest}"
        return None


def sender_evidence(addresses: Sequence[str]) -> list[tuple[str, float]]:
    """Evidence from the local parts of From / Sender / Return-Path addresses."""
    found: dict[str, float] = {}
    for address in addresses:
        local = address.strip().strip("<>").rsplit("@", 1)[0] if "@" in address else ""
        if not local:
            continue
        if _LIST_SERVER_LOCAL.match(local):
            found["sender-list-server"] = 2.0
        elif _LIST_ROLE_LOCAL.match(local):
            found["sender-list-role"] = 1.0
        elif _NOTIFIER_LOCAL.match(local):
            found["sender-notifier"] = 1.0
    return list(found.items())


def header_evidence(header_names: Sequence[str], x_mailer: str) -> list[tuple[str, float]]:
    """Evidence from bulk senders' headers."""
    present = {name.lower() for name in header_names}
    found: list[tuple[str, float]] = []
    if any(name.lower() in present for name in _BULK_HEADERS):
        found.append(("bulk-sender-header", 1.5))
    if x_mailer and _MASS_MAILER.search(x_mailer):
        found.append(("mass-mailer", 2.0))
    return found


#: Rules that read one phenomenon in different words: the state of a thing of the
#: reader's told as a fact ("Tilauksesi on lähetetty" is both an account notice and an
#: order's state). One sentence must not count twice, so only the strongest of a family
#: is kept.
_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset(
        {
            "your-account-notice",
            "order-status",
            "your-thing-state",
            "registration-received",
            "done-to-your-data",
        }
    ),
    # one footer, one report heading, one survey invitation read by two rules each
    frozenset({"unsubscribe-footer", "footer-link-line"}),
    frozenset({"ticket-number", "ticket-filed"}),
    frozenset({"digest", "periodic-report"}),
    frozenset({"survey-invite", "feedback-questions", "survey-length"}),
)


def _one_per_family(found: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """``found`` with only the heaviest piece of evidence of each family (first on a tie)."""
    for family in _FAMILIES:
        members = [item for item in found if item[0] in family]
        if len(members) > 1:
            keep = max(members, key=lambda item: item[1])
            found = [item for item in found if item[0] not in family or item is keep]
    return found


def text_evidence(subject: str, text: str, *, html_only: bool) -> list[tuple[str, float]]:
    """Evidence from the subject, the new text and its shape."""
    text = text[:MAX_TEXT]
    # once, instead of case-folding in every pattern; lines quoted with ">" and words in
    # quotation marks are not the sender's voice (a person's reply under our quoted
    # acknowledgement, a person quoting a newsletter)
    unquoted = _QUOTED_LINE.sub("", text) if ">" in text else text
    if any(mark in unquoted for mark in _QUOTATION_MARKS):
        unquoted = _QUOTATION.sub(" ", unquoted)
    lowered = unquoted.lower()
    found: list[tuple[str, float]] = []
    for rule, weight, pattern, ways in _GATED_RULES:  # _may_fire, inlined: it runs per rule
        if ways:
            for way in ways:
                for group in way:
                    for needle in group:
                        if needle in lowered:
                            break
                    else:
                        break  # no needle of this group: this way cannot match
                else:
                    break  # every group has a needle: the rule may fire
            else:
                continue  # no way can match
        if pattern.search(lowered):
            found.append((rule, weight))
    if _LINK_LINE.search(text):
        found.append(("link-line", 0.5))
    found += mailings.report_figures(lowered)
    fields = {m.group(1) for m in _SUMMARY_FIELD.finditer(lowered)}
    if len(fields) >= 3:
        found.append(("order-summary-fields", 1.5))
    elif len(fields) == 2:
        found.append(("order-summary-fields", 0.75))
    if not _REPLY_PREFIX.match(subject):
        if _CONFIRM_SUBJECT.match(subject):
            found.append(("confirm-subject", 2.0))
        elif _TICKET_SUBJECT.match(subject) or ("[" in subject and _TICKET_TAG.search(subject)):
            found.append(("ticket-subject", 1.5))
        elif _TAG_SUBJECT.match(subject):
            found.append(("site-tag-subject", 0.5))
    if html_only:
        found.append(("html-only", 0.5))
    return found


#: A line quoted with ">" (an echo of the reader's own message).
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
#: The characters that open a quotation (``_QUOTATION`` runs only on a text with one).
_QUOTATION_MARKS = ('"', "“", "”", "„", "«", "»", "'")
#: A quotation inside a line: "…", “…”, «…» or '…' (not an apostrophe inside a word).
_QUOTATION = re.compile(r"[\"“”„«»][^\"“”„«»\n]{1,300}[\"“”„«»]|(?<![\w'])'[^'\n]{1,300}'(?![\w'])")


#: A site's own page named in a notice, capitalised after a preposition ("i Mina sidor",
#: "på Mitt konto"): the site's words, not the writer speaking as "I".
_PAGE_NAME = re.compile(
    r"\b(i|på|pa|under|via) (?-i:Mina sidor|Mitt konto|Min sida|Mina beställningar|Mina ordrar)\b",
    _I,
)


def writer_evidence(text: str) -> list[tuple[str, float]]:
    """Evidence that a person wrote the text: it speaks as "I" outside quotation marks
    (a notice that echoes "Radera mina uppgifter" or a newsletter's model letter
    'Pyydän poistamaan…' does not speak as "I")."""
    own = _QUOTATION.sub(" ", _QUOTED_LINE.sub("", text[:MAX_TEXT]))
    own = _PAGE_NAME.sub(r"\1 ", own)
    return [("first-person", -2.5)] if _FIRST_PERSON.search(own) else []


def machine_reading(
    *,
    senders: Sequence[str],
    subject: str,
    text: str,
    header_names: Sequence[str] = (),
    x_mailer: str = "",
    html_only: bool = False,
) -> MachineReading:
    """All evidence that a machine wrote this message (see the module docstring)."""
    evidence = [
        *sender_evidence(senders),
        *header_evidence(header_names, x_mailer),
        *_one_per_family(text_evidence(subject, text, html_only=html_only)),
    ]
    if sum(weight for _, weight in evidence) >= MAYBE:  # else nothing to weigh it against
        evidence += writer_evidence(text)
    return MachineReading(tuple(evidence))
