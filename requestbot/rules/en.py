"""English rules, over folded (lower-cased, plain-apostrophe) text.

Misspellings customers really type (unsubcribe, unsubscrible, acess, "personal
date", GPDR) are covered by the stems rather than listed one by one.
"""

from __future__ import annotations

from requestbot.model import Kind
from requestbot.rules.base import ALL_KINDS, Rule, compile_rules, neg, pos, review

A, R, E, X = Kind.ACCESS, Kind.RECTIFICATION, Kind.ERASURE, Kind.RESTRICTION
P, OBJ, M, C = Kind.PORTABILITY, Kind.OBJECTION, Kind.MARKETING_OPT_OUT, Kind.COMPLAINT

VOCAB = {
    "DATA": r"(?:personal )?(?:data|date|details|information|info|records?|files?)",
    "WHOSE": r"my|our|his|her|their|my (?:\w+ )?(?:son|daughter|child|kid|children|kids)'?s?|our (?:\w+ )?(?:son|daughter|child|kid|children|kids)'?s?",
    "MYDATA": r"(?:(?:{WHOSE}|all(?: of)? (?:my|the|our)|all (?:\w+ )?(?:personal|the)) (?:\w+ )?{DATA})|(?:{DATA}) (?:you (?:hold|have|store|keep|process|collect)\w*|about (?:me|us|my)|on (?:me|us|my)|of mine|relating to me|concerning me)|{DATA} ~3 (?:about|concerning|regarding) (?:me|us)",
    "PHOTO": r"(?:photo|picture|image|pic|photograph)s?",
    "ERASEOBJ": r"{DATA}|\w*account|profile|{PHOTO}|everything|all (?:of )?(?:my|our|the|your)|anything|(?:me|us|him|her|them|(?:{WHOSE}) \w+) from (?:your |the |all )?(?:\w+ )?(?:database|system|records|register|crm|customer|servers?)\w*",
    "ERASE": r"(?:delete|deleting|deleted|erase|erasing|remove|removing|wipe|wiping|purge|purging|destroy|destroying|scrub|get rid of)",
    "FIELD": r"(?:sur|last |first |family |maiden )?name|address|e-?mail(?: address)?|phone(?: number)?|(?:mobile )?number|date of birth|birth ?date|dob|details|data|information|record|records|spelling",
    "MKT": r"e-?mailing|marketing|newsletters?|ads|adverts?|advertis\w*|promo\w*|offers?|spam\w*|e-?mails|mails|sms|texts|text messages|campaigns?|junk|mailings?|sales calls?",
    "USE": r"(?:process|use|using|usage|profil|analy[sz]|track|shar|disclos|pass|sell|sold)\w*",
    "PUB": r"website|site|web ?page|instagram|facebook|social media|ads?|advert\w*|brochure|catalogue|window|page|marketing|feed",
    "GDPR": r"gdpr|gpdr|gdrp|gdbr|data protection (?:law|regulation|act)",
    "NEG": r"don'?t|do not|dont|never|please don'?t|no need to|not",
}

# fmt: off
RULES: list[Rule] = [
    # --- erasure -------------------------------------------------------------
    pos("erasure.delete_data", E, r"{ERASE} ~4 (?P<key>{ERASEOBJ})",
        note="a deletion verb with the writer's data, account or photos"),
    pos("erasure.data_deleted", E, r"(?P<key>{MYDATA}|(?:{WHOSE}) (?:\w+ )?(?:{PHOTO}|account)) ~6 (?:deleted|erased|removed|wiped|destroyed|purged)",
        weight=0.9),
    pos("erasure.term", E, r"right to (?:be forgotten|erasure|deletion)|forget (?:me|us|about me)|(?:erasure|deletion) request|request for (?:erasure|deletion)|gdpr (?:deletion|erasure)|art(?:icle|\.)? ?17",
        weight=0.95),
    pos("erasure.take_photo_out", E, r"take (?P<key>(?:{WHOSE}|the) (?:\w+ )?{PHOTO}) (?:out|off|down)",
        weight=0.8),
    # --- access --------------------------------------------------------------
    pos("erasure.delete_them", E, r"{ERASE} (?P<key>it all|them all|all of it|all of them|them|it)(?! from (?:my|the) (?:order|basket|cart))",
        weight=0.6, note="'delete it all' after naming the data: a pronoun, so weak and flagged"),
    pos("access.term", A, r"(?:data )?subject acc?ess request|d?sar|data acc?ess request|right (?:of|to) acc?ess|acc?ess request|art(?:icle|\.)? ?15",
        weight=0.95),
    pos("access.copy_of_data", A, r"(?:copy|copies|summary|overview|list|printout)(?: of)? ~3 (?P<key>{MYDATA})",
        weight=0.9),
    pos("access.what_data", A, r"what (?:\w+ ){0,3}?(?:{DATA}|do you know|have you got|do you have|do you hold|do you keep|are you keeping) ~5 (?P<key>about (?:me|us|my)|on (?:me|us|my)|of mine|you (?:hold|have|store|keep|process|collect)\w*)",
        weight=0.85),
    pos("access.see_data", A, r"(?:see|view|access|acess|obtain|receive|get(?! rid)|know|check|inspect|review|provide|tell|show|give|request) ~5 (?P<key>{MYDATA})",
        weight=0.85),
    pos("access.source", A, r"(?:where|how) (?:did|do|have) you (?:get|got|obtain|find|find out)\w* ~3 (?P<key>(?:{WHOSE}) (?:\w+ )?(?:e-?mail|address|number|name|details|data|information|info))",
        weight=0.85),
    pos("access.recipients", A, r"who (?:have|did|do|else)(?: you)? ~2 (?:shared|share|sold|sell|given|give|disclosed|disclose|passed|pass|sent|send)\w*",
        weight=0.8),
    # --- rectification -------------------------------------------------------
    pos("rectification.term", R, r"rectif\w*|right to (?:correct|rectif)\w*", weight=0.9),
    pos("rectification.fix_field", R, r"(?:correct|update|change|fix|amend|rectify|edit)\w* ~3 (?P<key>{FIELD})",
        weight=0.85),
    pos("rectification.field_wrong", R, r"(?P<key>{FIELD}) ~3 (?:is|are|was|were|has been|have been|looks|seems) (?:still )?(?:\w+ )?(?:wrong|incorrect|misspel\w*|inaccurate|outdated|out of date|spelled wrong|spelt wrong|not correct|not right|mistyped)",
        weight=0.8),
    pos("rectification.wrong_field", R, r"(?:wrong|incorrect|misspel\w*|inaccurate|outdated|old|mistyped) ~1 (?P<key>{FIELD})",
        weight=0.8),
    pos("rectification.field_changed", R, r"(?:my|our|his|her) (?:\w+ )?(?P<key>{FIELD}) (?:has|have) (?:changed|been changed)|(?P<key2>{FIELD}) (?:spel+ed|spelt|written|typed|listed|recorded) (?:wrong|wrongly|incorrectly)",
        weight=0.8),
    pos("rectification.moved", R, r"(?:i've|i have|we've|we have|just) (?:moved|married|changed (?:my|our) (?:name|address|number))",
        weight=0.7),
    # --- restriction ---------------------------------------------------------
    pos("restriction.term", X, r"restrict\w* ~3 (?P<key>{USE}|{MYDATA})|restriction (?:of processing|request)|right to restrict\w*",
        weight=0.9),
    pos("restriction.freeze", X, r"(?:freeze|pause|suspend|block|halt)\w* ~3 (?P<key>{USE}|{MYDATA})|put (?:{MYDATA}|my account|it) on hold",
        weight=0.85),
    pos("restriction.until_resolved", X, r"(?:stop|don'?t|do not) (?:using|processing|use|process|share|sharing) ~4 (?:until|while|pending|meanwhile|for now|in the meantime)",
        weight=0.85),
    pos("restriction.keep_for_dispute", X, r"(?:{NEG}) (?:delete|erase)\w* ~8 (?:need|dispute|claim|evidence|legal|complaint|proof|court|(?:but|just) ~3 (?:don'?t|do not|stop|not) (?:use|using|process|share))|keep ~4 (?:only )?for (?:the )?(?:dispute|claim|legal)",
        weight=0.85),
    pos("restriction.contest_accuracy", X, r"(?:contest|dispute)\w* ~3 (?:the )?accuracy",
        weight=0.8),
    # --- portability ---------------------------------------------------------
    pos("portability.term", P, r"portab\w*|machine[- ]?readable|structured format|art(?:icle|\.)? ?20|data export",
        weight=0.9),
    pos("portability.format", P, r"(?P<key>csv|json|xml|excel|spreadsheet)", weight=0.8),
    pos("portability.move_data", P, r"(?:export|download|transfer|move|port|send)\w* ~3 (?P<key>{MYDATA}) ~5 (?:to|into|another|other|new|provider|service|company|format|file)",
        weight=0.85),
    pos("portability.export_data", P, r"(?:export|download|transfer|port)\w* ~3 (?P<key>{MYDATA})",
        weight=0.8),
    # --- objection and consent withdrawal ------------------------------------
    pos("objection.term", OBJ, r"object\w* to ~4 (?P<key>{USE}|legitimate|{MYDATA}|{PHOTO}|the processing|being)|right to object|art(?:icle|\.)? ?21|objection",
        weight=0.9),
    pos("objection.stop_profiling", OBJ, r"stop (?:profiling|tracking|analy[sz]ing|monitoring)",
        weight=0.85),
    pos("objection.stop_using", OBJ, r"stop (?:using|processing|sharing|publishing|showing|displaying|selling) ~3 (?P<key>{MYDATA}|(?:{WHOSE}|the) (?:\w+ )?{PHOTO})",
        weight=0.85),
    pos("objection.do_not_consent", OBJ, r"(?:{NEG}) (?:consent|agree|want|allow|accept|permit) ~5 (?P<key>analytics|tracking|profiling|cookies|statistics|processing|google analytics|{PHOTO} being (?:used|shown|published))",
        weight=0.8),
    pos("objection.not_want_used", OBJ, r"(?:{NEG}) want ~3 (?P<key>{DATA}|{PHOTO}) ~3 (?:used|shared|passed|processed|given|published|shown|sold|on)",
        weight=0.85),
    pos("objection.not_pass_on", OBJ, r"(?:{NEG}) (?:pass|give|share|send|hand|sell)\w* ~4 (?P<key>debt collect\w*|collection agenc\w*|third[- ]part\w*|partners?|collectors?)",
        weight=0.85),
    pos("objection.do_not_use_photo", OBJ, r"(?:{NEG}) (?:use|publish|show|display|post)\w* ~3 (?P<key>(?:{WHOSE}|the|any) (?:\w+ )?{PHOTO})",
        weight=0.85),
    pos("objection.withdraw_consent", OBJ, r"(?:withdraw\w*|revok\w*|retract\w*|take back|taking back|cancel|pull)\w* ~3 (?P<key>consent|permission)|no longer (?:\w+ )?(?:consent|give (?:my |our )?(?:consent|permission))|consent withdraw\w*",
        weight=0.85),
    pos("objection.photo_published", OBJ, r"(?:{ERASE}|take|stop|{NEG}) ~4 (?P<key>{PHOTO}) ~5 (?:{PUB})",
        weight=0.8),
    # --- marketing opt-out ---------------------------------------------------
    pos("marketing.unsubscribe", M, r"un-?[ ]?s(?:ubs?c?r?i?b|ubc?r?i?b)\w*|opt(?:ing)?[- ]?out|opt (?:me|us) out",
        weight=0.9),
    pos("marketing.stop_sending", M, r"(?:no more|stop|stop sending|don'?t send|do not send|never send|don'?t want|do not want|dont want|quit sending|cease)\w* ~4 (?P<key>{MKT})",
        weight=0.9),
    pos("marketing.no_longer_receive", M, r"(?:no longer|not|don'?t|do not|never) (?:wish|want|like|need)\w* (?:to )?(?:receive|get|be sent)\w* ~3 (?P<key>{MKT})",
        weight=0.9),
    pos("marketing.remove_from_list", M, r"(?:remove|take|delete|drop)\w* (?:me|us|my (?:e-?mail|address)(?: address)?) (?:off|from) ~3 (?P<key>\w*lists?|newsletters?)|off (?:your|the) (?:\w+ )?lists?",
        weight=0.9),
    pos("marketing.do_not_contact", M, r"(?:{NEG}) (?:contact|call|e-?mail|text|message)\w* (?:me|us) ~3 (?P<key>{MKT}|again|anymore|any more)",
        weight=0.85),
    pos("marketing.withdraw_consent", M, r"(?:withdraw\w*|revok\w*|retract\w*|cancel\w*) ~3 (?:consent|permission) (?:for|to) (?:\w+ )?(?P<key>{MKT})",
        weight=0.9),
    pos("marketing.stop_contacting", M, r"stop (?:e-?mailing|texting|calling|contacting|spamming|messaging|bothering) (?:me|us)",
        weight=0.85),
    pos("marketing.unsolicited", M, r"unsolicited (?P<key>{MKT})|(?P<key2>{MKT}) ~4 without (?:my |our )?(?:consent|permission)",
        weight=0.6, note="marketing that was never asked for: an implied opt-out, flagged"),
    pos("marketing.still_coming", M, r"(?:still|keep|again) (?:\w+ ){0,2}?(?:getting|receiving|sending) (?:me )?(?:your )?(?P<key>{MKT})",
        weight=0.45, note="marketing that keeps coming: weak alone (needs review), counts with another sign"),
    pos("marketing.stop_it", M, r"(?:please )?stop(?: it| this| now)?(?= ?[.!]| ?$)|(?:never|didn'?t|did not) (?:signed? up|subscribed?|asked for|opted in)", weight=0.3,
        note="'please stop' / 'never signed up' after naming the marketing: weak alone"),
    pos("marketing.sms_stop", M, r"\A[\W_]*stop[\W_]*\Z",
        weight=0.85, note="a bare STOP (SMS reply)"),
    pos("marketing.remove_me", M, r"remove me(?!\w* from (?:your |the )?(?:\w+ )?(?:database|system|records|register|crm|servers?))",
        weight=0.6, note="'remove me' alone: an opt-out, flagged for review"),
    # --- complaint -----------------------------------------------------------
    pos("complaint.authority", C, r"ico|information commissioner\w*|data protection (?:authority|ombudsman|commissioner|inspectorate|regulator|board|agency)|supervisory authority|dpa|regulator|article 77|art\.? ?77|lodge (?:a )?complaint|tietosuojavaltuutettu",
        weight=0.9),
    pos("complaint.violation", C, r"(?:breach\w*|violat\w*|infring\w*|break\w*|in violation|against|contravene\w*|illegal under) ~3 (?P<key>{GDPR})|(?P<key2>{GDPR}) (?:breach|violation|infringement)\w*",
        weight=0.85),
    # --- near-misses and negation ---------------------------------------------
    neg("nearmiss.order", {E, A, P, R}, r"(?:cancel|delete|remove|change|amend)\w* ~3 (?:order|purchase|item|basket|cart|subscription to (?:the )?print)\w*",
        note="an order, not personal data"),
    neg("nearmiss.portable_copy", {A}, r"(?:{DATA}) ~4 (?:machine[- ]?readable|csv|json|xml|excel|structured|another (?:provider|service|company))\w*|(?:export|download|transfer)\w* (?:{MYDATA})",
        note="data in a machine-readable form or to another provider: portability, not access"),
    neg("nearmiss.photo_in_order", {E, A, OBJ, P}, r"{PHOTO} ~3 (?:from|in|on) (?:my |the |this )?(?:order|basket|cart|package|album)\w*",
        note="a photo in an order"),
    neg("nearmiss.booking", {E, R, P, A}, r"(?:cancel|move|reschedule|change|delete)\w* ~3 (?:appointment|booking|reservation|session|time slot|slot)\w*",
        note="a Slotti booking"),
    neg("nearmiss.copy_of_photo", {A, P}, r"(?:copy|copies|reprints?|prints?|extra|more|larger|digital)(?: of)? ~2 {PHOTO}",
        note="prints or files of a photo: a product order"),
    neg("nearmiss.login", {A, R, E}, r"(?:password|log ?in|sign ?in|gallery|link|code)\w* ~4 (?:doesn'?t work|does not work|not working|forgot|forgotten|reset|expired|broken)",
        note="login or gallery help"),
    neg("nearmiss.invoice_amount", {R}, r"wrong (?:amount|price|total|sum)|(?:amount|price|total|sum|invoice|bill) (?:is|was) (?:wrong|incorrect)|overcharg\w*|charged twice",
        note="a billing dispute"),
    neg("nearmiss.passport_code", ALL_KINDS, r"passport ~6 (?:code|receipt|doesn'?t work|not working|police)\w*",
        note="police photo-server service issue"),
    neg("nearmiss.product_complaint", {C}, r"complain\w* about (?:the )?(?:print|quality|photo|picture|order|delivery|service|photographer)\w*",
        note="a consumer complaint"),
    neg("nearmiss.newsletter_content", {M}, r"(?:code|link|discount|price|offer) (?:in|from) (?:your|the) (?:latest |last )?newsletter|(?:in|from) (?:your|the) (?:latest |last )?newsletter ~4 (?:doesn'?t|does not|didn'?t|isn'?t|broken|expired|wrong|work)",
        note="a question about a newsletter's content"),
    neg("nearmiss.marketing_objection", {OBJ}, r"(?:{USE}|{DATA}|consent|permission|object\w*) ~3 (?:for|to) (?:direct )?(?:marketing|advertising|newsletters?)",
        note="objection to direct marketing is an opt-out"),
    neg("nearmiss.photo_in_marketing", {M}, r"{PHOTO} ~3 (?:in|on|for|from) (?:your |the |any )?(?:{MKT})",
        note="a photo in an advert: consent to the photo, not marketing mail"),
    neg("nearmiss.until_resolved", {OBJ}, r"stop (?:using|processing) ~4 (?:until|while|pending|meanwhile|for now|in the meantime)",
        note="restriction, not objection"),
    neg("nearmiss.disclaimer", ALL_KINDS, r"(?:(?:received|sent|reached you) ~3 in error|intended recipient|if you are not the (?:intended )?(?:recipient|addressee)|confidential and may)[^.!?\n]*|(?:delete|destroy) (?:this (?:e-?mail|message)|the (?:e-?mail|message)|it from your (?:system|computer)|all copies)[^.!?\n]*|notify the sender[^.!?\n]*",
        note="a mail disclaimer"),
    neg("negation.do_not_delete", {E}, r"(?:{NEG}) %3 (?:delete|erase|remove|wipe)[^.!?\n;,]*",
        note="'don't delete': not an erasure request", overlap="match"),
    review("privacy_mention", r"{GDPR}|personal (?:data|information)|privacy",
        note="privacy words without a recognised request"),
]
# fmt: on

CHILD = r"(?:my|our) (?:\w+ )?(?:son|daughter|child|children|kid|kids|boy|girl|sons|daughters)(?:'s|s')?|guardian|on behalf of (?:my|our)"

COMPILED: tuple[Rule, ...] = compile_rules("en", RULES, VOCAB)
