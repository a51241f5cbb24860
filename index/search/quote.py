"""Pick the sentence(s) of a passage that answer a question.

The quote is always an exact substring of the passage: spans come from the sentence
splitter and two adjacent sentences are quoted as the slice covering both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from index.search.ranking import date_match, region_match
from index.text.cues import asked_kinds, has_kind
from index.text.sentences import split_sentences

# A sentence this short rarely answers on its own («Ол 1918 ж. болды.»): quote its neighbour too.
_MIN_WORDS = 6
# Quote a second, adjacent sentence only when it scores almost as well as the best one.
_SECOND_RATIO = 0.85


@dataclass(frozen=True)
class QuoteContext:
    """What is known about the question when choosing inside a passage."""

    question: str
    regions: tuple[str, ...]
    dates: tuple[str, ...]
    # Similarity of the question to each of several texts (lexical space of the index).
    similarity: Callable[[str, Sequence[str]], np.ndarray]
    regions_of: Callable[[str], tuple[str, ...]]
    dates_of: Callable[[str, int | None], tuple[str, ...]]
    region_weight: float = 0.1
    date_weight: float = 0.15
    # Dense cosines of the sentences vary by ~0.05 inside a passage, lexical ones by ~0.1.
    dense_weight: float = 2.0
    # Bonus for a sentence holding the kind of answer asked (a date for «когда», ...).
    cue_weight: float = 0.2


def sentence_scores(
    text: str,
    spans: Sequence[tuple[int, int]],
    ctx: QuoteContext,
    year: int | None,
    dense: Mapping[tuple[int, int], float] | None = None,
) -> np.ndarray:
    sentences = [text[a:b] for a, b in spans]
    scores = np.asarray(ctx.similarity(ctx.question, sentences), dtype=np.float64)
    if dense and all(span in dense for span in spans):
        # Centred: only how a sentence stands out of its passage matters, not e5's offset.
        cos = np.array([dense[span] for span in spans])
        scores += ctx.dense_weight * (cos - cos.mean())
    kinds = asked_kinds(ctx.question)
    for i, sentence in enumerate(sentences):
        if kinds:
            found = ctx.dates_of(sentence, year)
            scores[i] += ctx.cue_weight * max(
                has_kind(k, sentence, found, ctx.regions_of) for k in kinds
            )
        if ctx.regions:
            scores[i] += ctx.region_weight * region_match(ctx.regions, ctx.regions_of(sentence))
        if ctx.dates:
            scores[i] += ctx.date_weight * date_match(ctx.dates, ctx.dates_of(sentence, year))
    return scores


def select_quote(
    text: str,
    ctx: QuoteContext,
    year: int | None = None,
    dense: Mapping[tuple[int, int], float] | None = None,
) -> str:
    """One sentence, or two adjacent ones when the best is very short or its neighbour
    is nearly as relevant. ``year`` resolves day-and-month dates in the sentences."""
    spans = split_sentences(text)
    if len(spans) <= 1:
        return text.strip()
    scores = sentence_scores(text, spans, ctx, year, dense)
    best = int(np.argmax(scores))
    start, end = spans[best]
    neighbours = [i for i in (best - 1, best + 1) if 0 <= i < len(spans)]
    partner = max(neighbours, key=lambda i: scores[i])
    short = len(text[start:end].split()) < _MIN_WORDS
    if short or scores[partner] >= _SECOND_RATIO * scores[best] > 0:
        start, end = min(start, spans[partner][0]), max(end, spans[partner][1])
    return text[start:end]
