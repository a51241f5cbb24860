from __future__ import annotations

import numpy as np
import pytest

from index.domain import Chunk
from index.search.sentence_index import SentenceIndex, sentence_rows


def _chunk(i: int, text: str) -> Chunk:
    return Chunk(f"c{i}", "doc.kk.txt", i, "", text, 0, len(text), (), (), None)


def test_rows_are_the_sentences_of_each_passage_in_order() -> None:
    chunks = [_chunk(0, "Бірінші сөйлем. Екінші сөйлем."), _chunk(1, "Үшінші.")]
    rows = sentence_rows(chunks)
    assert [(i, chunks[i].text[a:b]) for i, a, b in rows] == [
        (0, "Бірінші сөйлем."),
        (0, "Екінші сөйлем."),
        (1, "Үшінші."),
    ]


def test_best_sentence_and_per_passage_lookup() -> None:
    index = SentenceIndex(
        chunk_of=np.array([0, 0, 2]),
        spans=((0, 5), (6, 9), (0, 4)),
        vectors=np.eye(3, dtype=np.float32),
    )
    sims = np.array([0.2, 0.7, 0.4])
    assert index.best_per_chunk(sims, 3).tolist() == [0.7, -1.0, 0.4]
    assert index.of_chunk(sims, 0) == {(0, 5): pytest.approx(0.2), (6, 9): pytest.approx(0.7)}


def test_rows_spans_and_vectors_must_agree() -> None:
    with pytest.raises(ValueError):
        SentenceIndex(np.array([0]), ((0, 1), (1, 2)), np.eye(2, dtype=np.float32))
