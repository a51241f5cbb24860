"""The index's tables (SQLAlchemy 2, typed). Nothing here is specific to one database engine.

The same database may hold another owner's tables (the bot's), under that owner's own metadata
and migrations: nothing here refers to them.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import UTC, datetime

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from index.domain import Chunk


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Document(Base):
    """One version of an uploaded or seeded document, its bytes kept whole.

    The same name with new content is a new version; the newest enabled version of a name is
    the one a build reads. A content hash is stored once, whatever its name.
    """

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("name", "version"), UniqueConstraint("sha256"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    version: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    # Who added it: an admin's id, or "seed" for the corpus folder.
    uploader: Mapped[str | None] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(default=utcnow)
    enabled: Mapped[bool] = mapped_column(default=True)


class ChunkRecord(Base):
    """A passage of one build: builds never share rows, so two builders never collide, and
    removing a document version leaves the builds made from it whole."""

    __tablename__ = "chunks"
    __table_args__ = (UniqueConstraint("build_id", "chunk_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    build_id: Mapped[int] = mapped_column(ForeignKey("index_builds.id", ondelete="CASCADE"))
    position: Mapped[int]  # place in the build's passage order
    chunk_id: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(String(255))  # the document's name
    ordinal: Mapped[int]
    section: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]
    regions: Mapped[list[str]] = mapped_column(JSON)
    dates: Mapped[list[str]] = mapped_column(JSON)
    date: Mapped[str | None] = mapped_column(String(10))

    @classmethod
    def from_chunk(cls, build_id: int, position: int, chunk: Chunk) -> ChunkRecord:
        values = {**asdict(chunk), "regions": list(chunk.regions), "dates": list(chunk.dates)}
        return cls(build_id=build_id, position=position, **values)

    def to_chunk(self) -> Chunk:
        """The domain passage this row stores."""
        stored = {f.name: getattr(self, f.name) for f in fields(Chunk)}
        return Chunk(**{**stored, "regions": tuple(self.regions), "dates": tuple(self.dates)})


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
    # What a replica needs besides passages and cached vectors to write this build's folder
    # (index.store.build_sync); None for builds made before builds were kept in the database.
    payload: Mapped[dict[str, object] | None] = mapped_column(JSON)


class ActiveBuild(Base):
    """The build every replica serves for a model: set when a build finishes."""

    __tablename__ = "active_builds"

    model_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    build_id: Mapped[int] = mapped_column(ForeignKey("index_builds.id"))
    activated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CachedEmbedding(Base):
    """A passage vector keyed by model and content hash, so unchanged text is not re-embedded."""

    __tablename__ = "embeddings"
    __table_args__ = (UniqueConstraint("model_id", "text_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[str] = mapped_column(String(255))
    text_sha256: Mapped[str] = mapped_column(String(64))
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # float32, little-endian
