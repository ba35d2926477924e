"""From the rules that fired to calibrated probabilities per kind.

The rules are named features, as in SpamAssassin: they fire or not. How much a
firing counts is not set by hand but learned from labelled texts by
``scripts/train_weights.py`` (a logistic regression per kind) and shipped as a
small deterministic file, ``requestbot/data/weights.json``. Per kind the
features are:

* ``role:<role>`` — the combined strength (1 - Π(1 - hand weight)) of the
  surviving matches of that kind in sentences of that role (``roles``), so a
  match inside a citation or a list of what a right covers counts what the
  data says such matches are worth;
* ``strong:<role>`` — that strength reaches ``STRONG`` (a rule the tables
  call a request, not a hint);
* ``cancelled`` — a negative rule explained a match of this kind away;
* ``mine`` — the combined strength of the matches in request, statement,
  subject or condition sentences in which the writer speaks of themself
  (``roles.speaks_as``): "my address is wrong", not "the data subject may";
* ``rivals`` — how many other kinds have request-role evidence (a long
  template letter names several rights);
* ``msg:info``, ``msg:no_cue``, ``msg:notice``, ``msg:long`` — the message's
  shape: the share of context and list-item sentences, no sentence with a
  request verb, a sentence only a machine writes (a list server's or an
  account's notice), many sentences (a notice, a guide, a discussion rather
  than a letter to us), or a sentence or two (``short``: the best
  request-like strength in such a note, which asks for the right it names);
* ``msg:no_i``, ``msg:we`` — who speaks (``roles.speaks_as``): no sentence in
  which the writer speaks of themself, and the share of the sentences in an
  organisation's voice ("we process", "du kan begära"): a requester writes "I",
  a notice, a guide or a developer discussion writes "we", "you may", "users";
* ``rule:<name>`` — a rule fired in a request, subject or condition sentence:
  a per-rule correction (strongly regularised, so rules seldom seen keep the
  role weight).

A kind is returned when its probability reaches ``threshold``. Whether a
human should confirm the reading (``needs_review``) is a second, learned
question: how likely is this reading wrong? ``review_features`` describe the
reading (how unsure the kinds' decisions are together; a reply, a forward,
quoted text) and a second logistic model (``Model.review``, fitted by the trainer on readings of
splits the kind weights never saw) gives the probability that the reading is
wrong; it is flagged from ``review_threshold`` on, a threshold the trainer
chooses for a target rate of wrong-and-unflagged readings. A returned kind
resting only on weak rules, or returned while a negative rule explained a
match away, is always flagged (``always_reviewed``). A weights file without a
review model flags those and every reading with a kind's log-odds within
``review_margin`` of the threshold.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from requestbot.errors import RequestbotError
from requestbot.model import Kind
from requestbot.understand.roles import MIN_NOTICE

#: Roles whose matches also give per-rule features.
RULE_ROLES = frozenset({"request", "statement", "subject", "condition"})
#: A role's combined hand weight from which it counts as ``strong:<role>`` (the
#: rule tables' own line between a request and a hint).
STRONG = 0.5
#: A returned kind whose best role strength is below this rests on weak rules
#: (a frame alone, "remove me"): a human confirms it.
WEAK_BELOW = 0.75


@dataclass
class KindEvidence:
    """What the rules found for one kind in one message."""

    strength: dict[str, float] = field(default_factory=dict)  # role -> combined weight
    message: dict[str, float] = field(default_factory=dict)  # the message's shape
    rules: set[str] = field(default_factory=set)  # rules fired in RULE_ROLES
    cancelled: bool = False
    #: a match was explained away as an earlier request a complaint recounts
    recounted: bool = False
    #: combined weight of the matches in request-like sentences where the
    #: writer speaks of themself ("my address is wrong", not "the data subject may")
    mine: float = 0.0

    def add(self, role: str, rule: str, weight: float, *, mine: bool = False) -> None:
        self.strength[role] = 1 - (1 - self.strength.get(role, 0.0)) * (1 - weight)
        if role in RULE_ROLES:
            self.rules.add(rule)
            if mine:
                self.mine = 1 - (1 - self.mine) * (1 - weight)


def message_shape(roles: Sequence[str], voices: Sequence[str] = ()) -> dict[str, float]:
    """Features of the whole message: a notice or a guide that tells about rights
    is mostly context and list items, and asks nothing with a request verb;
    its writer seldom speaks of themself (``voices``: ``roles.speaks_as`` per
    piece, ``""`` for pieces not the writer's)."""
    body = [r for r in roles if r != "subject"]
    if not body:
        # a subject with no text under it ("unsubscribe", "Radera mina uppgifter") is
        # the shortest note of all: it asks for what it names
        return {"msg:short": 1.0} if roles else {}
    out: dict[str, float] = {}
    if voices:
        spoken = [v for v in voices if v]
        if "i" not in spoken and len(body) >= MIN_NOTICE:  # a one-liner need not say "I"
            out["msg:no_i"] = 1.0
        if "we" in spoken:
            out["msg:we"] = round(spoken.count("we") / len(spoken), 4)
    info = sum(r in ("context", "item") for r in body) / len(body)
    if info:
        out["msg:info"] = round(info, 4)
    if "request" not in body and "condition" not in body:
        out["msg:no_cue"] = 1.0
    if "notice" in body:
        out["msg:notice"] = 1.0
    if len(body) < MIN_NOTICE:
        out["msg:short"] = 1.0
    if len(body) > 12:
        out["msg:long"] = round(min(len(body), 60) / 60, 4)
    return out


def features(
    found: Mapping[Kind, KindEvidence], kind: Kind, lex: float | None = None
) -> dict[str, float]:
    """The feature vector of ``kind`` (sparse: absent features are 0); with
    ``lex`` (``lexical``), also ``lex`` and, for a kind no rule found, ``none``."""
    ev = found.get(kind)
    out: dict[str, float] = {"bias": 1.0}
    if lex is not None:
        if lex:
            out["lex"] = lex
        if ev is None:
            out["none"] = 1.0
    if ev is not None:
        for role, s in ev.strength.items():
            if s > 0:
                out[f"role:{role}"] = s
            if s >= STRONG and role in RULE_ROLES:
                out[f"strong:{role}"] = 1.0
        for rule in ev.rules:
            out[f"rule:{rule}"] = 1.0
        if ev.cancelled:
            out["cancelled"] = 1.0
        if ev.mine > 0:
            out["mine"] = ev.mine
        out.update(ev.message)
        if out.pop("msg:short", 0.0):
            # a note of a sentence or two that names a right asks for it, but a
            # right named only in a citation or a reservation is not asked for
            best = max((ev.strength.get(r, 0.0) for r in RULE_ROLES), default=0.0)
            if best > 0:
                out["short"] = best
    rivals = sum(1 for k, e in found.items() if k != kind and e.strength.get("request", 0.0) >= 0.5)
    if rivals:
        out["rivals"] = min(rivals, 3) / 3
    return out


#: Roles whose sentences' words are read as words (``words``).
WORD_ROLES = frozenset({"request", "statement"})
#: Words are cut to this many letters: Finnish and Swedish inflect ("poistakaa",
#: "poistamaan"; "raderas", "radera"), and the stem is what they share.
STEM = 6
_WORD = re.compile(r"[a-z]+")


def words(sentences: Iterable[str]) -> frozenset[str]:
    """The stems (``STEM`` letters) of the words of folded sentences and the
    pairs of stems next to each other in a sentence ("poista tieto"), each once."""
    out: set[str] = set()
    for sentence in sentences:
        stems = [w[:STEM] for w in _WORD.findall(sentence) if len(w) > 1]
        out.update(stems)
        out.update(f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False))
    return frozenset(out)


@dataclass(frozen=True)
class Facts:
    """What the review decision knows of a message besides its evidence per kind."""

    reply: bool = False  # the subject says it answers a thread
    forward: bool = False  # the subject says it forwards a mail
    quoted: bool = False  # it carries quoted or forwarded text
    ambiguous: bool = False  # an ambiguity rule fired
    review_only: bool = False  # an ambiguity that alone asks a human (nothing decided)
    words: frozenset[str] = frozenset()  # ``words`` of the request and statement sentences


@dataclass(frozen=True)
class Model:
    """Learned weights per kind, the decision threshold and the review model."""

    weights: Mapping[str, Mapping[str, float]]  # kind value -> feature -> weight
    threshold: float = 0.5
    review_margin: float = 1.0  # only without ``review``
    #: the wrongness model: review feature -> weight (empty: the margin rule)
    review: Mapping[str, float] = field(default_factory=dict)
    review_threshold: float = 0.5
    #: kind value -> word stem or stem pair -> log-ratio (empty: rules alone)
    lexicon: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    def logit(self, kind: Kind, feats: Mapping[str, float]) -> float:
        w = self.weights.get(kind.value, {})
        return sum(w.get(name, 0.0) * x for name, x in feats.items())

    @property
    def threshold_logit(self) -> float:
        return math.log(self.threshold / (1 - self.threshold))


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    e = math.exp(z)
    return e / (1 + e)


@dataclass(frozen=True)
class Decision:
    kinds: tuple[Kind, ...]
    probability: dict[Kind, float]
    needs_review: bool
    #: the review model's probability that this reading is wrong (0 without one)
    wrongness: float = 0.0


def _best(ev: KindEvidence, roles: frozenset[str] = RULE_ROLES) -> float:
    return max((ev.strength.get(r, 0.0) for r in roles), default=0.0)


#: The word score's sum of log-ratios is squashed (tanh) on this scale: the
#: words of one sentence are not independent witnesses.
LEX_SCALE = 16.0


def lexical(model: Model, words: Iterable[str]) -> dict[Kind, float]:
    """Per kind, how much the words of the writer's sentences say it is asked
    (``Model.lexicon``: each stem's or stem pair's log-ratio between the mails
    that ask for the kind and those that do not, learned by the trainer)."""
    out: dict[Kind, float] = {}
    for kind in Kind:
        table = model.lexicon.get(kind.value, {})
        total = sum(table.get(w, 0.0) for w in words)
        out[kind] = round(2 * math.tanh(total / LEX_SCALE), 4)
    return out


def logits(
    model: Model, found: Mapping[Kind, KindEvidence], lex: Mapping[Kind, float] | None = None
) -> dict[Kind, float]:
    """Each kind's log-odds, minus the threshold's: with word scores ``lex``
    (``lexical``) every weighted kind's, without them only the kinds a rule found."""
    t = model.threshold_logit
    if lex is None:
        return {
            kind: model.logit(kind, features(found, kind)) - t for kind in Kind if kind in found
        }
    return {
        kind: model.logit(kind, features(found, kind, lex[kind])) - t
        for kind in Kind
        if kind in found or kind.value in model.weights
    }


def review_features(
    found: Mapping[Kind, KindEvidence], facts: Facts, z: Mapping[Kind, float]
) -> dict[str, float]:
    """What the review model reads of a reading (``z``: ``logits``).

    Few on purpose: richer descriptions of the reading (how many kinds, which
    kinds, evidence only in the subject or outside request sentences, the
    message's shape, its length, sentences that ask but fired no rule, a
    personal mail without evidence, mixed language) each helped one writer's
    split and hurt another's when the model was fitted without the split
    it was scored on; these held."""
    out: dict[str, float] = {"bias": 1.0}
    # how unsure the kinds' decisions are together: -log P(all of them right)
    doubt = sum(math.log1p(math.exp(-abs(v))) for v in z.values())
    if doubt:
        out["doubt"] = round(min(doubt, 3.0), 4)
    for flag, on in (("reply", facts.reply), ("forward", facts.forward), ("quoted", facts.quoted)):
        if on:
            out[flag] = 1.0
    return out


def decide(
    model: Model, found: Mapping[Kind, KindEvidence], facts: Facts | None = None
) -> Decision:
    """Kinds, their probabilities and whether a human should confirm the reading."""
    facts = facts or Facts()
    z = logits(model, found, lexical(model, facts.words) if model.lexicon else None)
    prob = {kind: sigmoid(v + model.threshold_logit) for kind, v in z.items()}
    kinds = returned(found, z)
    if always_reviewed(found, facts, kinds, z):
        return Decision(kinds, prob, True, 1.0)
    if model.review:
        feats = review_features(found, facts, z)
        wrong = sigmoid(sum(model.review.get(name, 0.0) * x for name, x in feats.items()))
        return Decision(kinds, prob, wrong >= model.review_threshold, round(wrong, 4))
    return Decision(kinds, prob, any(abs(v) < model.review_margin for v in z.values()))


def returned(found: Mapping[Kind, KindEvidence], z: Mapping[Kind, float]) -> tuple[Kind, ...]:
    """The kinds whose log-odds ``z`` reach the threshold and, in a short note
    (``msg:short``: a sentence or two), every kind a rule calls asked there
    (``STRONG`` in a request-like sentence, nothing explained away): such a note
    has too few words for the word scores to overrule a rule. Never a kind whose every
    match told of an earlier request in a complaint (``_only_recounted``)."""
    return tuple(
        kind
        for kind, v in z.items()
        if (v >= 0 and not _only_recounted(found.get(kind)))
        or (
            (ev := found.get(kind)) is not None
            and not ev.cancelled
            and ev.message.get("msg:short")
            and _best(ev) >= STRONG
        )
    )


def _only_recounted(ev: KindEvidence | None) -> bool:
    """Every match of the kind was an earlier request a complaint recounts: the words of
    that account do not ask for it either. (Other explanations do not reach so far: with
    "or cancelled" here five of the honest splits lost a message each.)"""
    return ev is not None and ev.recounted and not ev.strength


def always_reviewed(
    found: Mapping[Kind, KindEvidence],
    facts: Facts,
    kinds: Sequence[Kind],
    z: Mapping[Kind, float] | None = None,
) -> bool:
    """Readings a human confirms whatever the review model says: a returned kind
    that rests only on weak rules (a frame alone, a bare "remove me") or on no
    rule at all (only its words, ``lexical``); kinds
    returned while a negative rule explained another match away ("delete my
    account, but do not delete the photos": how much is asked); no kind where
    an ambiguity rule fired and a negative rule explained a match away, or an
    ambiguity that alone asks a human."""
    if any(k not in found or _best(found[k]) < WEAK_BELOW for k in kinds):
        return True  # a kind that only the words say is asked counts as weak too
    if z is not None and any(z[k] < 0 for k in kinds):
        return True  # a short note's rule returned a kind the weights and words would not
    cancelled = any(e.cancelled for e in found.values())
    if kinds:
        return cancelled
    return (facts.ambiguous and cancelled) or facts.review_only


def model_from_json(data: Mapping[str, object], where: str) -> Model:
    """A Model from the JSON the trainer writes; a clear error names ``where``."""
    try:
        weights = data["weights"]
        if not isinstance(weights, dict):
            raise TypeError("weights is not an object")
        parsed = {
            str(kind): {str(f): float(w) for f, w in table.items()}
            for kind, table in weights.items()
        }
        for kind in parsed:
            Kind(kind)
        threshold = float(data.get("threshold", 0.5))  # type: ignore[arg-type]
        margin = float(data.get("review_margin", 1.0))  # type: ignore[arg-type]
        review = data.get("review", {})
        if not isinstance(review, dict):
            raise TypeError("review is not an object")
        review_weights = {str(f): float(w) for f, w in review.get("weights", {}).items()}
        review_threshold = float(review.get("threshold", 0.5))
        lexicon = {
            str(kind): {str(w): float(r) for w, r in table.items()}
            for kind, table in data.get("lexicon", {}).items()  # type: ignore[attr-defined]
        }
        for kind in lexicon:
            Kind(kind)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RequestbotError(f"{where}: not a weights file ({exc})") from exc
    if not 0 < threshold < 1 or not 0 < review_threshold < 1:
        raise RequestbotError(f"{where}: thresholds must lie between 0 and 1")
    return Model(parsed, threshold, margin, review_weights, review_threshold, lexicon)


WEIGHTS_FILE = "weights.json"


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    """The model shipped in ``requestbot/data/weights.json``."""
    path = resources.files("requestbot") / "data" / WEIGHTS_FILE
    return model_from_json(json.loads(path.read_text(encoding="utf-8")), str(path))
