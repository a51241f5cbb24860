"""The index's tables (SQLAlchemy 2, typed). Nothing here is specific to one database engine.

The same database may hold another owner's tables (the bot's), under that owner's own metadata
and migrations: nothing here refers to them.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import UTC, datetime

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from index.domain import Chunk


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(Text)
    citation: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    sha256: Mapped[str] = mapped_column(String(64))
    ingested_at: Mapped[datetime] = mapped_column(default=utcnow)

    chunks: Mapped[list[ChunkRecord]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="ChunkRecord.ordinal"
    )


class ChunkRecord(Base):
    __tablename__ = "chunks"

    id: Mapped[int] = mapped_column(primary_key=True)
    chunk_id: Mapped[str] = mapped_column(String(64), unique=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    ordinal: Mapped[int]
    section: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]
    regions: Mapped[list[str]] = mapped_column(JSON)
    dates: Mapped[list[str]] = mapped_column(JSON)
    date: Mapped[str | None] = mapped_column(String(10))

    document: Mapped[Document] = relationship(back_populates="chunks")

    @classmethod
    def from_chunk(cls, chunk: Chunk) -> ChunkRecord:
        values = asdict(chunk)
        del values["document"]  # the relationship says which document
        return cls(**{**values, "regions": list(chunk.regions), "dates": list(chunk.dates)})

    def to_chunk(self, document: str) -> Chunk:
        """The domain passage this row stores (`document`: its document's name)."""
        stored = {f.name: getattr(self, f.name) for f in fields(Chunk) if f.name != "document"}
        return Chunk(
            **{
                **stored,
                "document": document,
                "regions": tuple(self.regions),
                "dates": tuple(self.dates),
            }
        )


class IndexBuild(Base):
    __tablename__ = "index_builds"

    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[str] = mapped_column(String(255))
    settings: Mapped[dict[str, object]] = mapped_column(JSON)
    path: Mapped[str] = mapped_column(Text)
    passages: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(16), default="building")  # building|ready|failed
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]


class CachedEmbedding(Base):
    """A passage vector keyed by model and content hash, so unchanged text is not re-embedded."""

    __tablename__ = "embeddings"
    __table_args__ = (UniqueConstraint("model_id", "text_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[str] = mapped_column(String(255))
    text_sha256: Mapped[str] = mapped_column(String(64))
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # float32, little-endian
