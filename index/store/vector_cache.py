"""Passage vectors cached in the database by model id and content hash."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from index.store.models import CachedEmbedding

EncodeFn = Callable[[list[str]], np.ndarray]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cached_vectors(
    session: Session,
    model_id: str,
    texts: Sequence[str],
    encode: EncodeFn,
    batch_size: int = 16,
    on_batch: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, int]:
    """Vectors for texts in order, embedding only those not cached; returns (vectors, embedded)."""
    hashes = [text_sha256(t) for t in texts]
    rows = session.scalars(
        select(CachedEmbedding).where(
            CachedEmbedding.model_id == model_id, CachedEmbedding.text_sha256.in_(set(hashes))
        )
    )
    known = {row.text_sha256: np.frombuffer(row.vector, dtype="<f4") for row in rows}
    missing = list(dict.fromkeys(h for h in hashes if h not in known))
    text_of = dict(zip(hashes, texts, strict=True))
    for start in range(0, len(missing), batch_size):
        batch = missing[start : start + batch_size]
        vectors = encode([text_of[h] for h in batch]).astype("<f4")
        for digest, vector in zip(batch, vectors, strict=True):
            known[digest] = vector
            session.add(
                CachedEmbedding(model_id=model_id, text_sha256=digest, vector=vector.tobytes())
            )
        if on_batch:
            on_batch(len(batch))
    session.commit()
    return np.stack([known[h] for h in hashes]), len(missing)
