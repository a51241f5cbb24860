"""Read-only queries over the stored corpus, for inspection tools (no model needed)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from index.domain import Chunk
from index.store.models import ActiveBuild, ChunkRecord


def stored_chunks(sessions: sessionmaker[Session], model_id: str) -> list[Chunk]:
    """Every passage of the model's active build, in build order."""
    with sessions() as session:
        rows = session.scalars(
            select(ChunkRecord)
            .join(ActiveBuild, ActiveBuild.build_id == ChunkRecord.build_id)
            .where(ActiveBuild.model_id == model_id)
            .order_by(ChunkRecord.position)
        )
        return [row.to_chunk() for row in rows]
