"""Is a sender address genuine? Read what the receiving service wrote about it.

Three kinds of receiving service are supported (``[staff] authentication``):

``dmarc_or_dkim`` / ``dmarc`` (any RFC 8601 server: Dovecot + rspamd, Postfix +
OpenDKIM/OpenDMARC, a hosting company's MX) and ``google`` (Google Workspace,
authserv-id ``mx.google.com``)
    Only Authentication-Results headers whose authserv-id is the configured one
    count: any other may have been written by the sender. Of those, only the
    FIRST (topmost) counts: it is the one our receiving server added last
    (RFC 8601 §5). If it does not parse, the verdict is "not genuine" (fail
    closed): a header further down is never looked at, since the sender may
    have written it. Values are read raw: RFC 2047 encoded words are never
    decoded (an envelope sender made of encoded words, copied by the server
    into its own header, must stay an opaque token). DKIM counts when its
    ``header.d`` is the From domain or a subdomain of it (never a parent);
    DMARC counts when ``header.from`` is the From domain.

``microsoft365`` (Exchange Online)
    Mail that a user of the organisation sent from their own mailbox never
    crosses the organisation's boundary and carries no Authentication-Results
    of ours. Exchange stamps it ``X-MS-Exchange-Organization-AuthAs: Internal``
    with ``X-MS-Exchange-Organization-AuthSource`` naming the server that
    authenticated the user. Exchange's header firewall removes every
    ``X-MS-Exchange-Organization-*`` header from mail that enters from outside,
    so an outsider cannot forge them; external mail is stamped ``Anonymous``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import authres

#: The values of [staff] authentication.
AUTH_MODES = ("dmarc_or_dkim", "dmarc", "microsoft365", "google", "none")
#: Google Workspace writes its Authentication-Results with this authserv-id.
GOOGLE_AUTHSERV_ID = "mx.google.com"

_TOKEN = re.compile(r"\s*([^\s;()]+)")
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")


@dataclass(frozen=True)
class AuthVerdict:
    ok: bool
    method: str  # "dmarc", "dkim", "microsoft365-internal", or "" when not ok
    detail: str


@dataclass(frozen=True)
class ExchangeStamp:
    """The first X-MS-Exchange-Organization-AuthAs / -AuthSource values ('' if absent)."""

    auth_as: str = ""
    auth_source: str = ""


def _aligned(signing_domain: str, from_domain: str) -> bool:
    """DKIM ``d=`` is the From domain or a subdomain of it (``mail.example.fi`` signs for
    ``example.fi``), never a parent: ``d=fi`` would let anyone with a signature for a
    public suffix speak for every domain under it. Without a Public Suffix List this is
    the safe half of relaxed alignment. A name with an empty label (``.fi``,
    ``example.fi.``) is malformed: not aligned (fail closed)."""
    d, f = signing_domain.lower(), from_domain.lower()
    if not _is_hostname(d) or not _is_hostname(f):
        return False
    return d == f or d.endswith("." + f)


def _is_hostname(name: str) -> bool:
    labels = name.split(".")
    return len(labels) >= 2 and all(labels) and all(_LABEL.fullmatch(x) for x in labels)


def authserv_id_of(value: str) -> str:
    """The leading authserv-id token of a raw Authentication-Results value, lower-cased.

    Read without parsing the rest, so a header whose results do not parse is
    still recognised as ours (and then fails closed)."""
    i, depth, n = 0, 0, len(value)
    while i < n:  # skip leading whitespace and (nested) comments
        ch = value[i]
        if ch == "\\" and depth:
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif not depth and not ch.isspace():
            break
        i += 1
    m = _TOKEN.match(value, i)
    return m.group(1).lower() if m else ""


def check_sender(
    auth_results: Sequence[str], *, authserv_id: str, from_address: str, mode: str = "dmarc_or_dkim"
) -> AuthVerdict:
    """Decide from the raw (not RFC 2047-decoded) Authentication-Results values, top first."""
    if not authserv_id:
        return AuthVerdict(False, "", "no authserv_id configured")
    from_domain = from_address.rpartition("@")[2].lower()
    if not from_domain:
        return AuthVerdict(False, "", "no From domain")
    ours = authserv_id.lower()
    value = next((v for v in auth_results if authserv_id_of(v) == ours), None)
    if value is None:
        return AuthVerdict(False, "", f"no Authentication-Results from {authserv_id}")
    try:
        header = authres.AuthenticationResultsHeader.parse_value(" ".join(value.split()))
    except Exception as exc:  # noqa: BLE001 - authres raises several unrelated types
        return AuthVerdict(
            False,
            "",
            f"the topmost Authentication-Results from {authserv_id} does not parse "
            f"({type(exc).__name__}): not trusted, and no header below it is read",
        )
    if str(header.authserv_id).lower() != ours:  # pragma: no cover - same token read twice
        return AuthVerdict(False, "", "authserv-id mismatch")
    dmarc_pass = dkim_pass = False
    notes: list[str] = []
    for result in header.results:
        props = {f"{p.type}.{p.name}".lower(): str(p.value) for p in result.properties}
        method, verdict = str(result.method).lower(), str(result.result).lower()
        if method == "dmarc":
            aligned = props.get("header.from", "").lower() == from_domain
            if verdict == "pass" and aligned:
                dmarc_pass = True
            notes.append(f"dmarc={verdict}{'' if aligned else ' (other domain)'}")
        elif method == "dkim":
            domain = props.get("header.d") or props.get("header.i", "").rpartition("@")[2]
            aligned = _aligned(domain, from_domain)
            if verdict == "pass" and aligned:
                dkim_pass = True
            notes.append(f"dkim={verdict} d={domain or '?'}")
    detail = ", ".join(notes)
    if dmarc_pass:
        return AuthVerdict(True, "dmarc", detail)
    if dkim_pass and mode in ("dmarc_or_dkim", "google"):
        return AuthVerdict(True, "dkim", detail)
    return AuthVerdict(False, "", detail or "no passing result")


def says_forged(auth_results: Sequence[str], *, authserv_id: str, from_address: str) -> bool:
    """Our receiving server's topmost Authentication-Results explicitly fails the From
    domain: ``dmarc=fail`` for it, or a ``dkim=fail`` for it with no DKIM pass at all.
    Absent, unparseable or neutral results say nothing (False)."""
    from_domain = from_address.rpartition("@")[2].lower()
    ours = authserv_id.lower()
    value = next((v for v in auth_results if ours and authserv_id_of(v) == ours), None)
    if value is None or not from_domain:
        return False
    try:
        header = authres.AuthenticationResultsHeader.parse_value(" ".join(value.split()))
    except Exception:  # noqa: BLE001 - authres raises several unrelated types
        return False
    dkim_pass = dkim_fail = False
    for result in header.results:
        props = {f"{p.type}.{p.name}".lower(): str(p.value) for p in result.properties}
        method, verdict = str(result.method).lower(), str(result.result).lower()
        if method == "dmarc" and verdict == "fail":
            if props.get("header.from", from_domain).lower() == from_domain:
                return True
        elif method == "dkim":
            domain = props.get("header.d") or props.get("header.i", "").rpartition("@")[2]
            dkim_pass = dkim_pass or verdict == "pass"
            if verdict == "fail" and (not domain or _aligned(domain.lower(), from_domain)):
                dkim_fail = True
    return dkim_fail and not dkim_pass


def check_exchange(stamp: ExchangeStamp) -> AuthVerdict:
    """Microsoft 365: internal mail of the organisation, stamped by Exchange itself."""
    auth_as = stamp.auth_as.strip().lower()
    if auth_as == "internal" and stamp.auth_source.strip():
        return AuthVerdict(True, "microsoft365-internal", f"AuthSource {stamp.auth_source[:100]}")
    if not auth_as:
        return AuthVerdict(False, "", "no X-MS-Exchange-Organization-AuthAs header")
    return AuthVerdict(False, "", f"X-MS-Exchange-Organization-AuthAs: {stamp.auth_as[:40]}")


def authenticate(
    *,
    mode: str,
    authserv_id: str,
    auth_results: Sequence[str],
    exchange: ExchangeStamp,
    from_address: str,
) -> AuthVerdict:
    """The verdict for one message under the configured mode (not "none")."""
    if mode == "microsoft365":
        return check_exchange(exchange)
    if mode == "google":
        authserv_id = authserv_id or GOOGLE_AUTHSERV_ID
    verdict = check_sender(
        auth_results, authserv_id=authserv_id, from_address=from_address, mode=mode
    )
    if not verdict.ok and exchange.auth_as.strip().lower() == "internal":
        verdict = AuthVerdict(
            False,
            "",
            verdict.detail + "; this looks like internal Microsoft 365 mail "
            "(X-MS-Exchange-Organization-AuthAs: Internal): set "
            '[staff] authentication = "microsoft365" in the configuration',
        )
    return verdict
