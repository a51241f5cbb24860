"""Micro-batching of question embeddings: concurrent searches share one `encode` call.

Under a burst of questions, each search thread would otherwise call the model alone, and the
engine (which parallelises one text across cores, or a batch one text per core) would run
dozens of small calls side by side. Here the first caller that finds the model idle encodes at
once, alone if nobody else is waiting (a single question is not delayed); questions that arrive
meanwhile queue up, and the next caller to lead takes them all in one call, after waiting a few
milliseconds for stragglers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np


class Encoder(Protocol):
    def encode(self, texts: Sequence[str], **options: object) -> np.ndarray: ...


@dataclass(eq=False)
class _Request:
    text: str
    ready: threading.Event = field(default_factory=threading.Event)
    lead: bool = False  # appointed to encode the next batch, which includes this request
    vector: np.ndarray | None = None
    error: BaseException | None = None


class QueryEncoder:
    """Thread-safe `encode(question) -> vector` over an encoder, batching concurrent calls.

    `window_s`: how long a leader with company waits for more questions; `max_batch`: the
    largest batch (smaller batches finish sooner, so their answers go out while the next
    batch is encoded).
    """

    def __init__(self, encoder: Encoder, window_s: float = 0.003, max_batch: int = 16) -> None:
        self._encoder = encoder
        self._window_s = window_s
        self._max_batch = max_batch
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._pending: list[_Request] = []
        self._busy = False  # a leader is collecting or encoding

    def encode(self, text: str) -> np.ndarray:
        """The normalised query embedding of `text`, as a float32 row."""
        request = _Request(text)
        with self._lock:
            self._pending.append(request)
            if self._busy:
                self._arrived.notify()  # a collecting leader may be waiting for company
            else:
                self._busy = request.lead = True
        if not request.lead:
            request.ready.wait()
        if request.lead:
            self._lead()
        if request.error is not None:
            raise request.error
        assert request.vector is not None
        return request.vector

    def _lead(self) -> None:
        """Encode one batch (it holds the leader's own request), then pass the lead on."""
        with self._lock:
            if len(self._pending) > 1:
                deadline = time.monotonic() + self._window_s
                while len(self._pending) < self._max_batch:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self._arrived.wait(left)
            batch = self._pending[: self._max_batch]
            del self._pending[: self._max_batch]
        try:
            vectors = np.asarray(
                self._encoder.encode(
                    [r.text for r in batch],
                    prompt_name="query",
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                ),
                dtype=np.float32,
            )
            for request, vector in zip(batch, vectors, strict=True):
                request.vector = vector
        except Exception as exc:  # every caller of the batch sees the failure
            for request in batch:
                request.error = exc
        with self._lock:
            if self._pending:
                self._pending[0].lead = True
                self._pending[0].ready.set()
            else:
                self._busy = False
        for request in batch:
            request.ready.set()
