"""What `requestbot status` prints: one line per fact, read from the store only."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from . import digest, outbox
from .cases import CaseStore
from .config import Config


def _fmt(value: Any) -> str:
    if value is None or value == "":
        return "never"
    if isinstance(value, dict):
        at = value.get("at", "")
        err = value.get("error", "")
        return f"{at} {err}".strip() or "never"
    return str(value)


def status_lines(cfg: Config, store: CaseStore, now: datetime | None = None) -> dict[str, str]:
    now = now or datetime.now(UTC)
    queued = store.outbox(lambda d: d.get("status") in ("queued", "sending"))
    nxt = digest.next_digest(cfg, store, now)
    return {
        "last_fetch_ok": _fmt(store.get_state("last_fetch_ok")),
        "last_send_ok": _fmt(store.get_state("last_send_ok")),
        "last_fetch_error": _fmt(store.get_state("last_fetch_error")),
        "outbox_queued": str(len(queued)),
        "outbox_failed": str(len(outbox.failed(store))),
        "open_cases": str(len(store.open_cases())),
        "quarantined": str(len(digest.quarantined_messages(store))),
        "heartbeat": _fmt(store.get_state("heartbeat")),
        "next_digest": nxt.isoformat(timespec="minutes") if nxt else "none (no digest_days)",
    }
