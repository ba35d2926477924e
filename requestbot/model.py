"""The dataclasses and enums that every stage of the flow shares.

Nothing here does I/O. Times are timezone-aware datetimes; dates are ``date``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class Kind(enum.StrEnum):
    """What a rights request asks for (GDPR Arts. 15-22, 77)."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    MARKETING_OPT_OUT = "marketing_opt_out"
    COMPLAINT = "complaint"


#: Stable order for printing and JSON output.
KIND_ORDER: tuple[Kind, ...] = tuple(Kind)


def sort_kinds(kinds: object) -> tuple[Kind, ...]:
    """Return the given kinds (Kind or str) de-duplicated in KIND_ORDER."""
    wanted = {Kind(k) for k in kinds}  # type: ignore[attr-defined]
    return tuple(k for k in KIND_ORDER if k in wanted)


class Status(enum.StrEnum):
    """The states of a case. The allowed moves are in cases.TRANSITIONS."""

    NEW = "new"
    TRIAGE = "triage"
    AWAITING_IDENTITY = "awaiting_identity"
    IN_PROGRESS = "in_progress"
    EXTENDED = "extended"
    COMPLETED = "completed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    NOT_A_REQUEST = "not_a_request"


CLOSED_STATUSES: frozenset[Status] = frozenset(
    {Status.COMPLETED, Status.REFUSED, Status.WITHDRAWN, Status.NOT_A_REQUEST}
)

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class InboundMessage:
    """One received message, as intake understood it.

    ``new_text`` is what the sender wrote in this message (quotes and
    signatures stripped); ``full_text`` is the readable body for staff (each text part
    up to intake.MAX_PART_TEXT_BYTES; the whole message stays in the mailbox).
    ``flags`` carries intake's remarks for staff, e.g. "unparseable",
    "oversize", "html_only", "charset_fallback".
    """

    message_id: str
    from_addr: str
    from_name: str = ""
    reply_to: str | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    subject: str = ""
    date: datetime | None = None
    received_at: datetime | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    new_text: str = ""
    full_text: str = ""
    attachments: tuple[Attachment, ...] = ()
    auth_results: tuple[str, ...] = ()  # raw values, top first, never RFC 2047-decoded
    exchange_auth_as: str = ""  # first X-MS-Exchange-Organization-AuthAs
    exchange_auth_source: str = ""  # first X-MS-Exchange-Organization-AuthSource
    automated: bool = False
    automated_reason: str | None = None
    flags: tuple[str, ...] = ()
    size: int = 0
    content_hash: str = ""


@dataclass(frozen=True)
class Evidence:
    """One classification rule that fired, and the text it matched."""

    rule: str
    kind: Kind | None
    matched: str
    negative: bool = False


@dataclass(frozen=True)
class Classification:
    kinds: tuple[Kind, ...]
    language: str
    confidence: dict[Kind, float] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    on_behalf_of_child: bool = False
    needs_review: bool = False


@dataclass(frozen=True)
class CaseEvent:
    """One entry of a case's append-only audit trail."""

    case_id: str
    at: datetime
    actor: str
    action: str
    detail: str = ""
    data: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Kept:
    """Data kept despite an erasure request: what, why ("accounting",
    "legal_claims" or staff's own words) and until when."""

    item: str
    reason: str
    until: date | None = None


@dataclass(frozen=True)
class Facts:
    """What staff recorded by mail for the final letter (staff_facts.py)."""

    kept: tuple[Kept, ...] = ()
    objection_reasons: str = ""  # set: the objection is not upheld, for these reasons
    link_expires: date | None = None
    restricted_until: date | None = None
    refused_kinds: tuple[Kind, ...] = ()  # partial refusal: the kinds refused
    refused_reasons: str = ""  # partial refusal: why
    copy_sent_at: datetime | None = None  # the copy went out as a #reply attachment
    copy_files: tuple[str, ...] = ()
    other_addresses: tuple[str, ...] = ()  # the person's data is also under these


@dataclass(frozen=True)
class Case:
    id: str
    requester_address: str
    requester_name: str
    language: str
    kinds: tuple[Kind, ...]
    received_at: datetime
    due: date
    extended_due: date
    status: Status
    subject: str = ""
    message_ids: tuple[str, ...] = ()
    our_message_ids: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: dict[str, float] = field(default_factory=dict)
    address_verified: bool = False
    verification: str = ""
    on_behalf_of_child: bool = False
    needs_review: bool = False
    systems: dict[str, str] = field(default_factory=dict)
    #: Art 19 notices by system name: {to, message_id, sent_at, answered_at, ...}.
    notices: dict[str, dict[str, str]] = field(default_factory=dict)
    extension_reasons: str = ""
    closed_at: datetime | None = None
    outcome: str = ""
    archived: bool = False
    purged: bool = False
    facts: Facts = field(default_factory=Facts)

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    @property
    def effective_due(self) -> date:
        return self.extended_due if self.status == Status.EXTENDED else self.due
