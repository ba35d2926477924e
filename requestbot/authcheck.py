"""Is a sender address genuine? Read the receiving server's Authentication-Results.

Only headers whose authserv-id is the configured one count: any other
Authentication-Results header may have been written by the sender. Of the
headers with our authserv-id only the topmost counts: it is the one our own
receiving server added last (RFC 8601 §5); one further down may be a forgery. DKIM counts when its ``header.d`` is the From domain or
a parent of it (relaxed alignment); DMARC counts when ``header.from`` is the
From domain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import authres


@dataclass(frozen=True)
class AuthVerdict:
    ok: bool
    method: str  # "dmarc", "dkim", or "" when not ok
    detail: str


def _aligned(signing_domain: str, from_domain: str) -> bool:
    d = signing_domain.lower().strip(".")
    f = from_domain.lower().strip(".")
    return bool(d) and (f == d or f.endswith("." + d))


def check_sender(
    auth_results: Sequence[str], *, authserv_id: str, from_address: str, mode: str = "dmarc_or_dkim"
) -> AuthVerdict:
    """Decide from the raw Authentication-Results values of one message."""
    if not authserv_id:
        return AuthVerdict(False, "", "no authserv_id configured")
    from_domain = from_address.rpartition("@")[2].lower()
    if not from_domain:
        return AuthVerdict(False, "", "no From domain")
    seen_ours = False
    dmarc_pass = dkim_pass = False
    notes: list[str] = []
    for value in auth_results:
        try:
            header = authres.AuthenticationResultsHeader.parse_value(" ".join(value.split()))
        except Exception as exc:  # noqa: BLE001 - authres raises several unrelated types
            notes.append(f"unparseable header ({type(exc).__name__})")
            continue
        if str(header.authserv_id).lower() != authserv_id.lower():
            notes.append(f"ignored header from {header.authserv_id}")
            continue
        if seen_ours:
            notes.append("ignored a lower header with our authserv-id")
            continue
        seen_ours = True
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
    if not seen_ours:
        return AuthVerdict(False, "", f"no Authentication-Results from {authserv_id}")
    detail = ", ".join(notes)
    if dmarc_pass:
        return AuthVerdict(True, "dmarc", detail)
    if dkim_pass and mode == "dmarc_or_dkim":
        return AuthVerdict(True, "dkim", detail)
    return AuthVerdict(False, "", detail or "no passing result")
