"""Collapse paragraphs the source repeats with small OCR differences.

Two paragraphs are the same when their character shingles mostly coincide, or when a
short paragraph is almost entirely contained in a longer one (a truncated copy).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from index.ingest.clean import CYR_LOWER

log = logging.getLogger(__name__)

SHINGLE = 5
SIMILAR = 0.6  # Jaccard of shingle sets: OCR variants score 0.7-0.95, distinct prose < 0.2
CONTAINED = 0.8  # share of the shorter paragraph's shingles found in the longer one
MIN_SHINGLES = 40  # below this, containment is noise (short headings share phrases)

_WORD = re.compile(r"\w+")
_MIXED = re.compile(rf"\w*(?:[a-z0-9][{CYR_LOWER}]|[{CYR_LOWER}][a-z0-9])\w*", re.IGNORECASE)


@dataclass(frozen=True)
class Merge:
    kept: str
    dropped: str
    similarity: float


def shingles(text: str) -> frozenset[str]:
    """Character n-grams of the lower-cased letters and digits only."""
    flat = " ".join(_WORD.findall(text.lower()))
    return frozenset(flat[i : i + SHINGLE] for i in range(max(1, len(flat) - SHINGLE + 1)))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard, or containment of the smaller set when it is big enough to be a copy."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    jaccard = common / len(a | b)
    small = min(len(a), len(b))
    if small >= MIN_SHINGLES and common / small >= CONTAINED:
        return max(jaccard, common / small)
    return jaccard


def deduplicate(paragraphs: Sequence[str]) -> tuple[list[str], list[Merge]]:
    """Keep one paragraph per near-duplicate group, the cleanest, at the first position."""
    frequency = Counter(word for text in paragraphs for word in _WORD.findall(text))
    kept: list[str] = []
    kept_shingles: list[frozenset[str]] = []
    merges: list[Merge] = []
    for text in paragraphs:
        grams = shingles(text)
        scores = [similarity(grams, other) for other in kept_shingles]
        best = max(range(len(scores)), key=scores.__getitem__, default=None)
        if best is None or scores[best] < SIMILAR:
            kept.append(text)
            kept_shingles.append(grams)
            continue
        winner, loser = _cleaner(kept[best], text, frequency)
        kept[best], kept_shingles[best] = winner, shingles(winner)
        merges.append(Merge(winner, loser, round(scores[best], 3)))
        log.info(
            "merged near-duplicate paragraphs (%.2f): kept %r, dropped %r",
            scores[best],
            winner[:60],
            loser[:60],
        )
    return kept, merges


def _cleaner(first: str, second: str, frequency: Counter[str]) -> tuple[str, str]:
    """Return (cleaner, other): fewer damaged words where the texts differ, then longer."""
    a, b = _WORD.findall(first), _WORD.findall(second)
    noise_a = noise_b = 0
    # Only substituted words are compared: text one copy lacks is about completeness.
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "replace":
            noise_a += sum(_is_damaged(word, frequency) for word in a[i1:i2])
            noise_b += sum(_is_damaged(word, frequency) for word in b[j1:j2])
    if noise_a != noise_b:
        return (first, second) if noise_a < noise_b else (second, first)
    return (first, second) if len(first) >= len(second) else (second, first)


def _is_damaged(word: str, frequency: Counter[str]) -> bool:
    """OCR errors make words that occur nowhere else in the document, or mixed scripts."""
    return frequency[word] <= 1 or _MIXED.fullmatch(word) is not None
