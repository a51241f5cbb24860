"""Sentence vectors of a build: every sentence of every passage, embedded once at build time.

A passage of 40–160 words dilutes the one sentence that answers a question; the sentence's
own vector does not. The searcher uses them to score passages (best sentence) and to pick
the quote (dense cosine of each sentence), with one query encoding per question.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.domain import Chunk
from index.text.sentences import split_sentences


@dataclass(frozen=True)
class SentenceIndex:
    """Row i of `vectors` is the sentence chunks[chunk_of[i]].text[spans[i][0]:spans[i][1]]."""

    chunk_of: np.ndarray  # int, shape (n,)
    spans: tuple[tuple[int, int], ...]
    vectors: np.ndarray  # float32, shape (n, dim), L2-normalised

    def __post_init__(self) -> None:
        if not len(self.chunk_of) == len(self.spans) == len(self.vectors):
            raise ValueError("sentence rows, spans and vectors differ in length")

    def best_per_chunk(self, sims: np.ndarray, n_chunks: int) -> np.ndarray:
        """Highest sentence cosine of each passage (-1 for a passage without sentences)."""
        best = np.full(n_chunks, -1.0, dtype=np.float64)
        np.maximum.at(best, self.chunk_of, sims)
        return best

    def of_chunk(self, sims: np.ndarray, chunk: int) -> dict[tuple[int, int], float]:
        """Cosine of each sentence of one passage, keyed by its span in the passage text."""
        rows = np.flatnonzero(self.chunk_of == chunk)
        return {self.spans[r]: float(sims[r]) for r in rows}


def sentence_rows(chunks: Sequence[Chunk]) -> list[tuple[int, int, int]]:
    """(chunk index, start, end) of every sentence, in passage order: what a build embeds."""
    return [
        (i, start, end)
        for i, chunk in enumerate(chunks)
        for start, end in split_sentences(chunk.text)
    ]


def texts_to_embed(chunks: Sequence[Chunk], rows: Sequence[tuple[int, int, int]]) -> list[str]:
    """Passages, then their sentences: the texts of one embedding pass, in the order
    `split_vectors` reads the vectors back."""
    return [c.text for c in chunks] + [chunks[i].text[a:b] for i, a, b in rows]


def split_vectors(
    vectors: np.ndarray, n_chunks: int, rows: Sequence[tuple[int, int, int]]
) -> tuple[np.ndarray, SentenceIndex]:
    """The passage vectors and the sentence index of one pass over `texts_to_embed`."""
    sentences = SentenceIndex(
        chunk_of=np.array([i for i, _, _ in rows], dtype=np.int64),
        spans=tuple((a, b) for _, a, b in rows),
        vectors=vectors[n_chunks:],
    )
    return vectors[:n_chunks], sentences
