"""Periodic work derived from the store: heartbeat, digest, escalation, alerts.

``housekeeping_once`` runs every minute; each part decides from the store
whether anything is due, so a restart or a missed run loses nothing and
nothing is done twice.
"""

from __future__ import annotations

import logging

from .pipeline import Context

log = logging.getLogger("requestbot.housekeeping")


def housekeeping_once(ctx: Context) -> None:
    ctx.store.set_state("heartbeat", ctx.now().isoformat())
