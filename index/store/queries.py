"""Read-only queries over the stored corpus, for inspection tools (no model needed)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from index.domain import Chunk
from index.store.models import ChunkRecord, Document


def stored_chunks(sessions: sessionmaker[Session]) -> list[Chunk]:
    """Every stored passage, by document name and position."""
    with sessions() as session:
        rows = session.execute(
            select(ChunkRecord, Document.name)
            .join(Document)
            .order_by(Document.name, ChunkRecord.ordinal)
        ).all()
    return [record.to_chunk(document) for record, document in rows]
