"""py3langid's classifier cut down to our languages, read from a memory-mapped file.

py3langid loads its whole 97-language model (an xz-compressed npz) into numpy:
~15 MB for numpy itself, ~40 MB for the byte automaton that stays, and a peak of
~90 MB while the model is unpacked. The daemon needs three languages and a few
hundred automaton rows per message. So a child process (which alone pays the
peak) writes the parts we use once to a cache file, and this module scores with
that file mapped read-only: only the pages a text touches are read, the kernel
may drop them again, and numpy is never imported here.

The automaton (256 moves for each of ~38,000 rows, 39 MB as py3langid holds it)
is kept as the moves that differ from the start state's row (~56 a row): a
bitmap of 4 words per row says which, and the moves are read in order (10 MB).

The scoring is py3langid's own (``LanguageIdentifier._decide`` with
``norm_probs``): walk the automaton over the text's UTF-8 bytes, count the
features it emits, add log1p(count) times each feature's per-language weight to
the language's prior, divide by sqrt(length), softmax. Weights are kept as
float32 (py3langid's float16 values, exactly); the sums are in float64, so the
probabilities agree with py3langid's to about 1e-6 (tests/test_language.py).

Cache file: ``<cache dir>/langid-<key>.bin`` where the key covers the model
file, the py3langid version, the languages and this layout. The cache dir is
``$REQUESTBOT_CACHE_DIR``, else ``$XDG_CACHE_HOME/requestbot``, else
``~/.cache/requestbot``. Layout: one JSON header line, then the arrays, each
at an offset given in the header (8-byte aligned).
"""

from __future__ import annotations

import hashlib
import json
import math
import mmap
import os
import subprocess
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from requestbot.store import atomic_write_bytes

LAYOUT = 2


def cache_dir() -> Path:
    explicit = os.environ.get("REQUESTBOT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "requestbot"


def _model_file() -> Path:
    """py3langid's model file, found without importing py3langid (which imports numpy)."""
    import importlib.util

    spec = importlib.util.find_spec("py3langid")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("py3langid is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "model.npz.xz"


def cache_path(languages: Sequence[str]) -> Path:
    from importlib.metadata import version

    model = _model_file()
    st = model.stat()
    key = f"{LAYOUT}:{version('py3langid')}:{model}:{st.st_size}:{st.st_mtime_ns}:{','.join(languages)}"
    return cache_dir() / f"langid-{hashlib.sha256(key.encode()).hexdigest()[:16]}.bin"


# --- writing the cache (in a child process: it imports numpy and py3langid) ---------


def model_columns(languages: Sequence[str]):  # type: ignore[no-untyped-def]
    """py3langid's full model and the indices of ``languages`` among its classes."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    wanted = set(languages)
    unknown = wanted - set(full.nb_classes)
    if unknown:
        raise ValueError(f"py3langid does not know {sorted(unknown)}")
    return full, [i for i, c in enumerate(full.nb_classes) if c in wanted]


def write_cache(path: Path, languages: Sequence[str]) -> None:
    """The parts of py3langid's model that ``languages`` need, to ``path`` (atomically)."""
    from array import array

    import numpy as np

    full, indices = model_columns(languages)
    classes = [full.nb_classes[i] for i in indices]
    if len(set(classes)) != len(classes):
        raise ValueError("a language appears twice in py3langid's model")
    table = np.asarray(full.tk_nextmove, dtype="<u4").reshape(-1, 256)
    root = table[full.tk_row[0]]
    differs = table != root[None, :]  # a row's exceptions to the root row
    by_word = differs.reshape(len(table), 4, 64)
    bits = (by_word.astype("<u8") << np.arange(64, dtype="<u8")).sum(axis=2, dtype="<u8")
    counts = by_word.sum(axis=2).ravel()
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype("<u4")
    parts: dict[str, bytes] = {
        "root": root.astype("<u4").tobytes(),
        "bits": bits.astype("<u8").tobytes(),
        "starts": starts.tobytes(),
        "targets": table[differs].astype("<u4").tobytes(),
        "row": array("H", full.tk_row).tobytes(),
        "output": array("i", full.tk_output).tobytes(),
        "ptc": np.ascontiguousarray(full.nb_ptc[:, indices], dtype="<f4").tobytes(),
        "pc": np.asarray(full.nb_pc[indices], dtype="<f8").tobytes(),
    }
    header: dict[str, Any] = {"layout": LAYOUT, "classes": classes, "parts": {}}
    offset = 0
    for name, raw in parts.items():
        header["parts"][name] = [offset, len(raw)]
        offset += (len(raw) + 7) // 8 * 8
    head = json.dumps(header).encode() + b"\n"
    blob = bytearray(head.ljust((len(head) + 7) // 8 * 8, b" "))
    for raw in parts.values():  # each part starts on an 8-byte boundary
        blob += raw.ljust((len(raw) + 7) // 8 * 8, b"\0")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, bytes(blob))


def _build_in_child(path: Path, languages: Sequence[str]) -> None:
    code = (
        "import sys; from pathlib import Path; "
        "from requestbot.understand.langmodel import write_cache; "
        "write_cache(Path(sys.argv[1]), sys.argv[2].split(','))"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(path), ",".join(languages)],
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=300,
    )


# --- scoring --------------------------------------------------------------------------


@dataclass(frozen=True)
class MappedModel:
    classes: tuple[str, ...]
    root: tuple[int, ...]  # the automaton's move from its start state, by byte
    bits: memoryview  # by row, 4 words: bit b set where the row's move differs from root
    starts: memoryview  # by row and word: where that word's moves start in targets
    targets: memoryview  # the moves that differ from root, row by row, byte order
    row: memoryview  # by state: its row of moves
    output: memoryview  # by state: the feature it emits, or -1
    ptc: memoryview
    pc: tuple[float, ...]

    @classmethod
    def open(cls, path: Path) -> MappedModel:
        with path.open("rb") as fh:
            head = fh.readline()
            header = json.loads(head)
            if header.get("layout") != LAYOUT:
                raise ValueError(f"{path}: not layout {LAYOUT}")
            mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        start = (len(head) + 7) // 8 * 8
        view = memoryview(mm)

        def part(name: str, fmt: Any) -> memoryview:
            offset, length = header["parts"][name]
            return view[start + offset : start + offset + length].cast(fmt)

        return cls(
            classes=tuple(header["classes"]),
            root=tuple(part("root", "I")),
            bits=part("bits", "Q"),
            starts=part("starts", "I"),
            targets=part("targets", "I"),
            row=part("row", "H"),
            output=part("output", "i"),
            ptc=part("ptc", "f"),
            pc=tuple(part("pc", "d")),
        )

    def scores(self, text: str) -> list[float]:
        """Probability per language in ``classes`` (py3langid's ``_decide``)."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        root, bits, starts, targets = self.root, self.bits, self.starts, self.targets
        row, out = self.row, self.output
        state = 0
        found: list[int] = []
        append = found.append
        for byte in data:
            word = (row[state] << 2) | (byte >> 6)
            bit = byte & 63
            mask = bits[word]
            if (mask >> bit) & 1:
                state = targets[starts[word] + (mask & ((1 << bit) - 1)).bit_count()]
            else:
                state = root[byte]
            feature = out[state]
            if feature >= 0:
                append(feature)
        n = len(self.classes)
        if not found:
            return [1.0 / n] * n
        sums = list(self.pc)
        ptc = self.ptc
        for feature, count in Counter(found).items():
            weight = math.log1p(count)
            base = feature * n
            for i in range(n):
                sums[i] += weight * ptc[base + i]
        scale = 1.0 / math.sqrt(len(data) or 1)
        sums = [s * scale for s in sums]
        top = max(sums)
        exps = [math.exp(s - top) for s in sums]
        total = sum(exps)
        return [e / total for e in exps]

    def classify(self, text: str) -> tuple[str, float]:
        probs = self.scores(text)
        best = max(range(len(probs)), key=probs.__getitem__)
        return self.classes[best], probs[best]


def load(languages: Sequence[str]) -> MappedModel:
    """The model for ``languages`` (sorted), writing its cache file first if needed.

    Raises OSError, ValueError, RuntimeError or subprocess errors when the cache
    cannot be made; the caller falls back to py3langid in-process."""
    path = cache_path(languages)
    if not path.exists():
        _build_in_child(path, languages)
    return MappedModel.open(path)
