"""Operations commands of `requestbot`: digest, report, suppression, purge.

``register(sub)`` adds their parsers to the main command's subparsers.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    del sub
