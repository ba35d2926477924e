"""Thin façade: the classifier lives in ``requestbot.understand.classify``."""

from requestbot.understand.classify import (
    HEURISTIC_AUTOMATED,
    classify,
    classify_received,
    classify_text,
    evidence_to_json,
)

__all__ = [
    "HEURISTIC_AUTOMATED",
    "classify",
    "classify_received",
    "classify_text",
    "evidence_to_json",
]
