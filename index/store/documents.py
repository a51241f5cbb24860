"""The corpus in the database: every version of every document, bytes and all.

An upload never replaces anything: the same name with new content is a new version (the old one
stays), and content already stored under any name is reported, not stored twice. A build reads
`active()`: per name, the newest enabled version.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer, sessionmaker

from index.store.models import Document

SEED = "seed"  # the uploader of documents found in the corpus folder

AddStatus = Literal["added", "new_version", "duplicate"]


@dataclass(frozen=True)
class StoredDocument:
    """One version of a document, without its bytes."""

    id: int
    name: str
    version: int
    sha256: str
    size: int
    uploader: str | None
    uploaded_at: datetime
    enabled: bool


@dataclass(frozen=True)
class SourceText:
    """A document version a build reads."""

    document: StoredDocument
    content: bytes


@dataclass(frozen=True)
class AddResult:
    status: AddStatus
    document: StoredDocument  # the new version, or the one already holding this content


class DocumentStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def seed_folder(self, folder: Path) -> list[AddResult]:
        """Store the folder's .txt files whose content is not stored yet (idempotent)."""
        files = sorted(p for p in folder.glob("*.txt") if p.is_file())
        results = [self.add(path.name, path.read_bytes(), SEED) for path in files]
        return [r for r in results if r.status != "duplicate"]

    def add(self, name: str, content: bytes, uploader: str | None) -> AddResult:
        """Store `content` as the next version of `name`, unless it is stored already."""
        digest = hashlib.sha256(content).hexdigest()
        try:
            return self._add(name, content, digest, uploader)
        except IntegrityError:
            # Another replica stored the same content or took this version number at the same
            # moment: a second look sees its row.
            return self._add(name, content, digest, uploader)

    def _add(self, name: str, content: bytes, digest: str, uploader: str | None) -> AddResult:
        with self._sessions.begin() as session:
            existing = session.scalar(select(Document).where(Document.sha256 == digest))
            if existing is not None:
                return AddResult("duplicate", _stored(existing))
            latest = session.scalar(select(func.max(Document.version)).where(Document.name == name))
            row = Document(
                name=name,
                version=(latest or 0) + 1,
                content=content,
                sha256=digest,
                size=len(content),
                uploader=uploader,
                enabled=True,
            )
            session.add(row)
            session.flush()
            return AddResult("added" if latest is None else "new_version", _stored(row))

    def list(self) -> list[StoredDocument]:
        """Every version, by name and then version."""
        with self._sessions() as session:
            rows = session.scalars(_metadata().order_by(Document.name, Document.version))
            return [_stored(row) for row in rows]

    def get(self, document_id: int) -> StoredDocument | None:
        with self._sessions() as session:
            row = session.scalar(_metadata().where(Document.id == document_id))
            return _stored(row) if row is not None else None

    def set_enabled(self, document_id: int, enabled: bool) -> StoredDocument | None:
        """Take a version in or out of builds; None if there is no such version."""
        with self._sessions.begin() as session:
            row = session.get(Document, document_id)
            if row is None:
                return None
            row.enabled = enabled
            return _stored(row)

    def remove(self, document_id: int) -> StoredDocument | None:
        """Delete one version for good (builds made from it keep their passages)."""
        with self._sessions.begin() as session:
            row = session.get(Document, document_id)
            if row is None:
                return None
            removed = _stored(row)
            session.delete(row)
            return removed

    def active(self) -> list[SourceText]:
        """Per name, the newest enabled version: names in the order they were first stored."""
        versions = self.list()
        first_seen = {d.name: d.id for d in sorted(versions, key=lambda d: d.id, reverse=True)}
        newest: dict[str, StoredDocument] = {}
        for document in versions:  # by version, so the last enabled one wins
            if document.enabled:
                newest[document.name] = document
        chosen = sorted(newest.values(), key=lambda d: first_seen[d.name])
        with self._sessions() as session:
            rows = session.execute(
                select(Document.id, Document.content).where(Document.id.in_([d.id for d in chosen]))
            )
            contents = {row.id: row.content for row in rows}
        return [SourceText(d, contents[d.id]) for d in chosen]


def _metadata() -> Select[tuple[Document]]:
    """Documents without their bytes."""
    return select(Document).options(defer(Document.content))


def _stored(row: Document) -> StoredDocument:
    return StoredDocument(
        id=row.id,
        name=row.name,
        version=row.version,
        sha256=row.sha256,
        size=row.size,
        uploader=row.uploader,
        # Stored without a zone (UTC): the same instant reads back alike from either backend.
        uploaded_at=row.uploaded_at.replace(tzinfo=UTC),
        enabled=row.enabled,
    )
