"""An index build: ingest the active documents of the database, embed their passages, store the
build in the database (passages, payload, active-build row) and write its folder.

One build runs at a time across all replicas (index.store.locks.build_lock)."""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sentence_transformers import SentenceTransformer
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from index.domain import Chunk
from index.events import extract_events
from index.ingest.pipeline import IngestedDocument, ingest_text
from index.search.sentence_index import sentence_rows, split_vectors, texts_to_embed
from index.store.build_files import event_rows, sentence_spans, write_build
from index.store.documents import DocumentStore
from index.store.locks import build_lock
from index.store.models import ActiveBuild, ChunkRecord, IndexBuild
from index.store.vector_cache import cached_vectors
from index.text.gazetteer import RegionGazetteer

log = logging.getLogger(__name__)

BUILD_FORMAT = 3  # 2: sentence vectors; 3: events


@dataclass(frozen=True)
class BuildProgress:
    stage: str  # "ingest" | "embed" | "index" | "done"
    done: int
    total: int


ProgressFn = Callable[[BuildProgress], None]


class RebuildInProgress(RuntimeError):
    """A build is already running, in this process or another replica."""


def build_folder(index_dir: Path, build_id: int) -> Path:
    """Where every replica keeps build `build_id` under its own INDEX_DIR."""
    return index_dir / f"build-{build_id:05d}"


@dataclass(frozen=True)
class BuildSummary:
    build_id: int
    path: Path
    model_id: str
    documents: int
    passages: int
    duplicates_merged: int
    sections: int
    with_regions: int
    with_dates: int
    sentences: int  # sentence vectors written
    embedded: int  # texts (passages and sentences) embedded by this build
    reused: int  # texts whose vector came from the cache
    seconds: float


@dataclass(frozen=True)
class IndexBuilder:
    """Builds a new index folder under `index_dir`; the serving index is never touched."""

    sessions: sessionmaker[Session]
    index_dir: Path
    gazetteer: RegionGazetteer
    encoder: SentenceTransformer | None
    model_id: str

    @property
    def documents(self) -> DocumentStore:
        return DocumentStore(self.sessions)

    @property
    def engine(self) -> Engine:
        return self.sessions.kw["bind"]

    def build(self, progress: ProgressFn | None = None) -> BuildSummary:
        """Build from the active documents and make the result the model's active build;
        raises RebuildInProgress if another build holds the lock."""
        with build_lock(self.engine) as held:
            if not held:
                raise RebuildInProgress
            return self._build(progress or (lambda _p: None))

    def _build(self, report: ProgressFn) -> BuildSummary:
        started = time.perf_counter()
        build_id = self._start_record()
        path = build_folder(self.index_dir, build_id)
        try:
            documents = self._ingest(report)
            chunks = tuple(c for doc in documents for c in doc.chunks)
            if not chunks:
                raise ValueError("no passages found in the enabled documents")
            rows = sentence_rows(chunks)
            # One embedding pass over passages and sentences: one cache lookup, one progress bar.
            texts = texts_to_embed(chunks, rows)
            all_vectors, embedded = self._embed(texts, report)
            vectors = sentences = None
            if all_vectors is not None:
                vectors, sentences = split_vectors(all_vectors, len(chunks), rows)
            report(BuildProgress("index", 0, 1))
            manifest = {
                "format": BUILD_FORMAT,
                "build_id": build_id,
                "model_id": self.model_id,
                "documents": {d.name: d.sha256 for d in documents},
                "created_at": datetime.now(UTC).isoformat(),
            }
            citations = {d.name: d.citation for d in documents}
            events = extract_events(chunks, self.gazetteer)
            write_build(path, manifest, chunks, citations, vectors, sentences, events)
            # With the passages (rows of this build) and the vectors (cached by text), this is
            # what another replica needs to write the same folder without embedding anything.
            payload = {
                "manifest": manifest,
                "citations": citations,
                "sentences": sentence_spans(sentences) if sentences is not None else None,
                "events": event_rows(events),
            }
            self._finish_record(build_id, path, chunks, payload)
        except BaseException as exc:
            self._fail_record(build_id, exc)
            shutil.rmtree(path, ignore_errors=True)
            raise
        report(BuildProgress("done", 1, 1))
        summary = BuildSummary(
            build_id=build_id,
            path=path,
            model_id=self.model_id,
            documents=len(documents),
            passages=len(chunks),
            duplicates_merged=sum(d.duplicates_merged for d in documents),
            sections=sum(len(d.sections) for d in documents),
            with_regions=sum(1 for c in chunks if c.regions),
            with_dates=sum(1 for c in chunks if c.dates),
            embedded=embedded,
            sentences=len(rows) if sentences is not None else 0,
            reused=len(texts) - embedded if vectors is not None else 0,
            seconds=time.perf_counter() - started,
        )
        log.info(
            "index build %d ready: %d passages in %.1f s", build_id, len(chunks), summary.seconds
        )
        return summary

    def _ingest(self, report: ProgressFn) -> list[IngestedDocument]:
        sources = self.documents.active()
        documents = []
        for done, source in enumerate(sources):
            report(BuildProgress("ingest", done, len(sources)))
            documents.append(ingest_text(source.document.name, source.content, self.gazetteer))
        report(BuildProgress("ingest", len(sources), len(sources)))
        return documents

    def _embed(self, texts: list[str], report: ProgressFn) -> tuple[np.ndarray | None, int]:
        if self.encoder is None:
            return None, 0
        encoder = self.encoder
        done = 0

        def on_batch(size: int) -> None:
            nonlocal done
            done += size
            report(BuildProgress("embed", done, len(texts)))

        def encode(batch: list[str]) -> np.ndarray:
            return encoder.encode(
                batch, prompt_name="passage", normalize_embeddings=True, convert_to_numpy=True
            )

        report(BuildProgress("embed", 0, len(texts)))
        with self.sessions() as session:
            return cached_vectors(session, self.model_id, texts, encode, on_batch=on_batch)

    def _start_record(self) -> int:
        with self.sessions.begin() as session:
            record = IndexBuild(model_id=self.model_id, settings={"format": BUILD_FORMAT}, path="")
            session.add(record)
            session.flush()
            return record.id

    def _finish_record(
        self, build_id: int, path: Path, chunks: tuple[Chunk, ...], payload: dict[str, object]
    ) -> None:
        """Store the build's passages and payload and make it the model's active build, at once:
        replicas see the whole build or none of it."""
        now = datetime.now(UTC)
        with self.sessions.begin() as session:
            session.add_all(ChunkRecord.from_chunk(build_id, i, c) for i, c in enumerate(chunks))
            record = session.get_one(IndexBuild, build_id)
            record.path = str(path)
            record.passages = len(chunks)
            record.payload = payload
            record.status = "ready"
            record.finished_at = now
            active = session.get(ActiveBuild, self.model_id)
            if active is None:
                session.add(
                    ActiveBuild(model_id=self.model_id, build_id=build_id, activated_at=now)
                )
            else:
                active.build_id, active.activated_at = build_id, now

    def _fail_record(self, build_id: int, exc: BaseException) -> None:
        log.error("index build %d failed: %s", build_id, exc)
        with self.sessions.begin() as session:
            record = session.get_one(IndexBuild, build_id)
            record.status = "failed"
            record.error = f"{type(exc).__name__}: {exc}"[:2000]
            record.finished_at = datetime.now(UTC)
