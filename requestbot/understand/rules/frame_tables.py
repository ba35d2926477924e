"""Concept classes and frames per language (see ``frames`` for the mechanism);
the lists themselves are in ``frames_fi``, ``frames_sv`` and ``frames_en``.

Concepts are small named vocabularies over folded text (ä→a, ö→o, å→a); they
may use the rule vocabulary of their language (``{ERASE}``, ``{DATA}``,
``{PHOTO}`` ...). Frames combine them per kind. Each list was written from
how customers express a meaning (domain.md §5.3-5.4), not from a test corpus.
"""

from __future__ import annotations

from requestbot.understand.rules import en, fi, sv
from requestbot.understand.rules.frames import FrameSet, compile_frames
from requestbot.understand.rules.frames_en import EN_CONCEPTS, EN_FRAMES
from requestbot.understand.rules.frames_fi import FI_CONCEPTS, FI_FRAMES
from requestbot.understand.rules.frames_sv import SV_CONCEPTS, SV_FRAMES

FRAME_SETS: tuple[FrameSet, ...] = (
    compile_frames("fi", FI_CONCEPTS, FI_FRAMES, fi.VOCAB),
    compile_frames("sv", SV_CONCEPTS, SV_FRAMES, sv.VOCAB),
    compile_frames("en", EN_CONCEPTS, EN_FRAMES, en.VOCAB),
)
