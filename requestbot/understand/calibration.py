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

A kind is returned when its probability reaches ``threshold``; the reading is
flagged for a human (``needs_review``) when any kind's log-odds lie within
``review_margin`` of the threshold (the trainer chooses that margin for a
target rate of wrong-and-unflagged readings), when a returned kind rests only
on weak rules, or when a negative rule explained a match away.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
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
        return {}
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


def features(found: Mapping[Kind, KindEvidence], kind: Kind) -> dict[str, float]:
    """The feature vector of ``kind`` (sparse: absent features are 0)."""
    ev = found.get(kind)
    out: dict[str, float] = {"bias": 1.0}
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


@dataclass(frozen=True)
class Model:
    """Learned weights per kind, the decision threshold and the review margin."""

    weights: Mapping[str, Mapping[str, float]]  # kind value -> feature -> weight
    threshold: float = 0.5
    review_margin: float = 1.0

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


def decide(model: Model, found: Mapping[Kind, KindEvidence]) -> Decision:
    """Kinds, their probabilities and whether a human should confirm the reading."""
    t = model.threshold_logit
    kinds: list[Kind] = []
    prob: dict[Kind, float] = {}
    close = False
    for kind in Kind:
        if kind not in found:
            continue  # no evidence at all: the bias alone never returns a kind
        z = model.logit(kind, features(found, kind))
        prob[kind] = sigmoid(z)
        ev = found[kind]
        if z >= t:
            kinds.append(kind)
            best = max((ev.strength.get(r, 0.0) for r in RULE_ROLES), default=0.0)
            close = close or best < WEAK_BELOW
        close = close or abs(z - t) < model.review_margin
    cancelled = any(e.cancelled for e in found.values())
    return Decision(tuple(kinds), prob, close or (bool(kinds) and cancelled))


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
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RequestbotError(f"{where}: not a weights file ({exc})") from exc
    if not 0 < threshold < 1:
        raise RequestbotError(f"{where}: threshold must lie between 0 and 1")
    return Model(parsed, threshold, margin)


WEIGHTS_FILE = "weights.json"


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    """The model shipped in ``requestbot/data/weights.json``."""
    path = resources.files("requestbot") / "data" / WEIGHTS_FILE
    return model_from_json(json.loads(path.read_text(encoding="utf-8")), str(path))
