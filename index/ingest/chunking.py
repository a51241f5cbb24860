"""Sentence-aware passages: paragraphs merged or split to roughly MIN_WORDS..MAX_WORDS."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from index.text.sentences import split_sentences

MIN_WORDS = 60
MAX_WORDS = 160


@dataclass(frozen=True)
class Span:
    section: str
    start: int
    end: int


def words(text: str) -> int:
    return len(text.split())


def chunk_paragraphs(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """Chunk `paragraphs` (spans of `text`, in order) without crossing a section change."""
    pieces = [piece for span in paragraphs for piece in _split_long(text, span)]
    chunks: list[Span] = []
    for piece in pieces:
        last = chunks[-1] if chunks else None
        if last is not None and _can_merge(text, last, piece):
            chunks[-1] = Span(last.section, last.start, piece.end)
        else:
            chunks.append(piece)
    return chunks


def _can_merge(text: str, left: Span, right: Span) -> bool:
    """Short neighbours in one section merge while the result stays within MAX_WORDS."""
    if left.section != right.section:
        return False
    if words(text[left.start : right.end]) > MAX_WORDS:
        return False
    return (
        words(text[left.start : left.end]) < MIN_WORDS
        or words(text[right.start : right.end]) < MIN_WORDS
    )


def _split_long(text: str, span: Span) -> list[Span]:
    """Cut an over-long paragraph at sentence ends into pieces of balanced size."""
    body = text[span.start : span.end]
    total = words(body)
    if total <= MAX_WORDS:
        return [span]
    sentences = [(span.start + a, span.start + b) for a, b in split_sentences(body)]
    target = total / math.ceil(total / MAX_WORDS)
    pieces: list[Span] = []
    start, end, size, done = sentences[0][0], sentences[0][0], 0, 0
    for a, b in sentences:
        count = words(text[a:b])
        # Cut before this sentence when the piece would overflow, or when the sentence's
        # midpoint lies past the next balanced cut point.
        overflow = size + count > MAX_WORDS
        past_cut = done + size + count / 2 > target * (len(pieces) + 1)
        if size and (overflow or past_cut):
            pieces.append(Span(span.section, start, end))
            done += size
            start, size = a, 0
        size += count
        end = b
    pieces.append(Span(span.section, start, end))
    return pieces
