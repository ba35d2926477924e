"""Quote and signature stripping (placeholder, being written)."""

from __future__ import annotations


def strip_quotes(text: str) -> str:
    return text
