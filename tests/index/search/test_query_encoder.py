"""Micro-batching of question embeddings across threads."""

from __future__ import annotations

import threading
import time
import zlib

import numpy as np
import pytest

from index.search.query_encoder import QueryEncoder


class SlowEncoder:
    """Deterministic vectors per text; each call takes `seconds` and is recorded."""

    def __init__(self, seconds: float = 0.0, fail: bool = False) -> None:
        self.seconds = seconds
        self.fail = fail
        self.calls: list[list[str]] = []
        self.options: list[dict[str, object]] = []
        self._lock = threading.Lock()

    def encode(self, texts: list[str], **options: object) -> np.ndarray:
        with self._lock:
            self.calls.append(list(texts))
            self.options.append(options)
        time.sleep(self.seconds)
        if self.fail:
            raise RuntimeError("model failed")
        return np.array([vector(t) for t in texts], dtype=np.float32)


def vector(text: str) -> np.ndarray:
    return np.random.default_rng(zlib.crc32(text.encode())).normal(size=4).astype(np.float32)


def _concurrently(queries: QueryEncoder, texts: list[str]) -> dict[str, object]:
    results: dict[str, object] = {}
    start = threading.Barrier(len(texts))

    def one(text: str) -> None:
        start.wait()
        try:
            results[text] = queries.encode(text)
        except Exception as exc:
            results[text] = exc

    threads = [threading.Thread(target=one, args=(t,)) for t in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    return results


def test_a_lone_question_is_encoded_at_once_as_a_query() -> None:
    encoder = SlowEncoder()
    queries = QueryEncoder(encoder, window_s=1.0)
    started = time.perf_counter()
    assert np.array_equal(queries.encode("Алашорда"), vector("Алашорда"))
    assert time.perf_counter() - started < 0.5  # no waiting for company that is not there
    assert encoder.calls == [["Алашорда"]]
    assert encoder.options[0]["prompt_name"] == "query"
    assert encoder.options[0]["normalize_embeddings"] is True


def test_concurrent_questions_share_calls_and_each_gets_its_row() -> None:
    encoder = SlowEncoder(seconds=0.05)
    queries = QueryEncoder(encoder, max_batch=16)
    texts = [f"сұрақ {n}" for n in range(40)]
    results = _concurrently(queries, texts)
    for text in texts:
        assert np.array_equal(results[text], vector(text))
    assert sorted(t for call in encoder.calls for t in call) == sorted(texts)
    assert len(encoder.calls) <= 6  # one alone, then batches of up to 16
    assert max(len(call) for call in encoder.calls) <= 16


def test_a_failed_batch_fails_each_of_its_callers_and_the_next_ones_proceed() -> None:
    encoder = SlowEncoder(seconds=0.02, fail=True)
    queries = QueryEncoder(encoder)
    results = _concurrently(queries, [f"q{n}" for n in range(8)])
    assert all(isinstance(r, RuntimeError) for r in results.values())
    encoder.fail = False
    assert np.array_equal(queries.encode("again"), vector("again"))


@pytest.mark.parametrize("max_batch", [1, 3])
def test_small_batches_still_serve_everyone(max_batch: int) -> None:
    encoder = SlowEncoder(seconds=0.01)
    texts = [f"q{n}" for n in range(10)]
    results = _concurrently(QueryEncoder(encoder, max_batch=max_batch), texts)
    assert all(np.array_equal(results[t], vector(t)) for t in texts)
    assert max(len(call) for call in encoder.calls) <= max_batch
