"""A build made by another replica, written into this replica's INDEX_DIR from the database:
passages from the build's rows, vectors from the vector cache by text hash, everything else from
the build's payload. Nothing is embedded again."""

from __future__ import annotations

import json
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


def ensure_folder(sessions: sessionmaker[Session], build_id: int, folder: Path) -> bool:
    """Make `folder` hold build `build_id`; True if it had to be written from the database.

    A folder is kept when its manifest is the stored build's: one left by another database
    (build ids restart with a new one) is replaced, never served."""
    with sessions() as session:
        record = session.get(IndexBuild, build_id)
        payload = record.payload if record is not None else None
    on_disk = _manifest(folder)
    if on_disk is not None and (payload is None or on_disk == payload["manifest"]):
        return False
    materialize(sessions, build_id, folder)
    return True


def materialize(sessions: sessionmaker[Session], build_id: int, folder: Path) -> Path:
    """Write build `build_id` into `folder`, replacing whatever is there."""
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
    # Written aside and renamed into place: a half-written folder is never seen.
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
    if folder.exists():  # a stale folder: loaded builds live in memory, so it can go
        stale = scratch.with_name(f"{scratch.name}-stale")
        folder.rename(stale)
        shutil.rmtree(stale, ignore_errors=True)
    scratch.rename(folder)
    return folder


def _manifest(folder: Path) -> dict[str, object] | None:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _not_cached(build_id: int) -> EncodeFn:
    """An encoder that refuses: every vector of a stored build is in the cache."""

    def refuse(texts: list[str]) -> np.ndarray:
        raise BuildNotStored(f"{len(texts)} vectors of index build {build_id} are not cached")

    return refuse
