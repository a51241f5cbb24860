"""Rank fusion and metadata boosts for hybrid retrieval."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from index.text.dates import date_precision


def ranking(scores: np.ndarray) -> np.ndarray:
    """Indices ordered best first (stable, so ties keep passage order)."""
    return np.argsort(-scores, kind="stable")


def rrf(
    rankings: Sequence[Sequence[int]],
    n: int,
    k: float = 60.0,
    weights: Sequence[float] | None = None,
) -> np.ndarray:
    """Reciprocal rank fusion: passage i gets sum_r w_r / (k + rank_r(i)), ranks from 1.

    Rank-based, so a cosine and a TF-IDF score need no common scale.
    """
    weights = weights if weights is not None else [1.0] * len(rankings)
    fused = np.zeros(n, dtype=np.float64)
    for order, weight in zip(rankings, weights, strict=True):
        for rank, index in enumerate(order, start=1):
            fused[index] += weight / (k + rank)
    return fused


def dates_agree(a: str, b: str) -> bool:
    """Two ISO dates at possibly different precisions agree when one refines the other."""
    return a.startswith(b) or b.startswith(a)


def date_match(question_dates: Iterable[str], passage_dates: Iterable[str]) -> float:
    """Strength in [0, 1] of the best agreement, at the coarser of the two precisions; a bare
    year is weak evidence because nearly every passage of a period shares it, a day is strong."""
    best = 0.0
    passage_dates = tuple(passage_dates)
    for q in question_dates:
        for p in passage_dates:
            if dates_agree(q, p):
                # «13 январьда» is matched better by the 13th than by «январьдың басында».
                best = max(best, min(date_precision(q), date_precision(p)) / 3)
    return best


def region_match(question_regions: Iterable[str], passage_regions: Iterable[str]) -> float:
    """Share of the question's regions the passage mentions."""
    asked = set(question_regions)
    return len(asked & set(passage_regions)) / len(asked) if asked else 0.0


def metadata_boost(
    question_regions: Sequence[str],
    question_dates: Sequence[str],
    passage_regions: Sequence[str],
    passage_dates: Sequence[str],
    region_weight: float,
    date_weight: float,
) -> float:
    """Additive bonus (in fused-score units) for passages about the place/time asked."""
    return region_weight * region_match(
        question_regions, passage_regions
    ) + date_weight * date_match(question_dates, passage_dates)
