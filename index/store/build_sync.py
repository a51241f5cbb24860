"""A build made by another replica, written into this replica's INDEX_DIR from the database:
passages from the build's rows, vectors from the vector cache by text hash, everything else from
the build's payload. Nothing is embedded again."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from index.search.sentence_index import split_vectors, texts_to_embed
from index.store.build_files import MANIFEST, events_from_rows, write_build
from index.store.models import ChunkRecord, IndexBuild
from index.store.vector_cache import EncodeFn, cached_vectors


class BuildNotStored(LookupError):
    """The build is not ready, or was made before builds were kept in the database."""


def materialize(sessions: sessionmaker[Session], build_id: int, folder: Path) -> Path:
    """Write build `build_id` into `folder` (once: a folder already there is kept)."""
    with sessions() as session:
        record = session.get(IndexBuild, build_id)
        if record is None or record.status != "ready" or record.payload is None:
            raise BuildNotStored(f"index build {build_id} cannot be recreated from the database")
        payload = record.payload
        rows = session.scalars(
            select(ChunkRecord)
            .where(ChunkRecord.build_id == build_id)
            .order_by(ChunkRecord.position)
        )
        chunks = tuple(row.to_chunk() for row in rows)
        vectors = sentences = None
        if payload["sentences"] is not None:  # a build with vectors
            spans = [(int(i), int(a), int(b)) for i, a, b in payload["sentences"]]
            texts = texts_to_embed(chunks, spans)
            found, _ = cached_vectors(session, record.model_id, texts, _not_cached(build_id))
            vectors, sentences = split_vectors(found, len(chunks), spans)
    # Written aside and renamed: a half-written folder is never seen, and of two replicas
    # sharing INDEX_DIR the first to finish wins.
    scratch = folder.with_name(f".{folder.name}-{uuid.uuid4().hex[:8]}")
    write_build(
        scratch,
        payload["manifest"],
        chunks,
        payload["citations"],
        vectors,
        sentences,
        events_from_rows(payload["events"]),
    )
    try:
        scratch.rename(folder)
    except OSError:
        shutil.rmtree(scratch, ignore_errors=True)
        if not (folder / MANIFEST).exists():
            raise
    return folder


def _not_cached(build_id: int) -> EncodeFn:
    """An encoder that refuses: every vector of a stored build is in the cache."""

    def refuse(texts: list[str]) -> np.ndarray:
        raise BuildNotStored(f"{len(texts)} vectors of index build {build_id} are not cached")

    return refuse
