"""An index build: ingest every corpus document, store it, embed it, write a build folder."""

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
from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from index.events import extract_events
from index.ingest.pipeline import IngestedDocument, corpus_files, ingest_document
from index.search.sentence_index import SentenceIndex, sentence_rows
from index.store.build_files import write_build
from index.store.models import ChunkRecord, Document, IndexBuild
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
    corpus_dir: Path
    gazetteer: RegionGazetteer
    encoder: SentenceTransformer | None
    model_id: str

    def build(self, progress: ProgressFn | None = None) -> BuildSummary:
        report = progress or (lambda _p: None)
        started = time.perf_counter()
        build_id = self._start_record()
        path = self.index_dir / f"build-{build_id:05d}"
        try:
            documents = self._ingest(report)
            chunks = tuple(c for doc in documents for c in doc.chunks)
            if not chunks:
                raise ValueError(f"no passages found in {self.corpus_dir}")
            rows = sentence_rows(chunks)
            # One embedding pass over passages and sentences: one cache lookup, one progress bar.
            texts = [c.text for c in chunks] + [chunks[i].text[a:b] for i, a, b in rows]
            all_vectors, embedded = self._embed(texts, report)
            vectors = sentences = None
            if all_vectors is not None:
                vectors = all_vectors[: len(chunks)]
                sentences = SentenceIndex(
                    chunk_of=np.array([i for i, _, _ in rows], dtype=np.int64),
                    spans=tuple((a, b) for _, a, b in rows),
                    vectors=all_vectors[len(chunks) :],
                )
            report(BuildProgress("index", 0, 1))
            write_build(
                path,
                manifest={
                    "format": BUILD_FORMAT,
                    "build_id": build_id,
                    "model_id": self.model_id,
                    "documents": {d.name: d.sha256 for d in documents},
                    "created_at": datetime.now(UTC).isoformat(),
                },
                chunks=chunks,
                citations={d.name: d.citation for d in documents},
                vectors=vectors,
                sentences=sentences,
                events=extract_events(chunks, self.gazetteer),
            )
            self._finish_record(build_id, path, len(chunks))
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
        files = corpus_files(self.corpus_dir)
        documents = []
        for done, path in enumerate(files):
            report(BuildProgress("ingest", done, len(files)))
            documents.append(ingest_document(path, self.gazetteer))
        report(BuildProgress("ingest", len(files), len(files)))
        self._store(documents)
        return documents

    def _store(self, documents: list[IngestedDocument]) -> None:
        """Replace the stored passages with this build's; served builds read their own folder."""
        with self.sessions.begin() as session:
            session.execute(delete(ChunkRecord))
            session.execute(delete(Document))
            for doc in documents:
                session.add(
                    Document(
                        name=doc.name,
                        title=doc.title,
                        citation=doc.citation,
                        language=doc.language,
                        sha256=doc.sha256,
                        chunks=[ChunkRecord.from_chunk(c) for c in doc.chunks],
                    )
                )

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
            record = IndexBuild(
                model_id=self.model_id,
                settings={"corpus_dir": str(self.corpus_dir), "format": BUILD_FORMAT},
                path="",
            )
            session.add(record)
            session.flush()
            return record.id

    def _finish_record(self, build_id: int, path: Path, passages: int) -> None:
        with self.sessions.begin() as session:
            record = session.get_one(IndexBuild, build_id)
            record.path = str(path)
            record.passages = passages
            record.status = "ready"
            record.finished_at = datetime.now(UTC)

    def _fail_record(self, build_id: int, exc: BaseException) -> None:
        log.error("index build %d failed: %s", build_id, exc)
        with self.sessions.begin() as session:
            record = session.get_one(IndexBuild, build_id)
            record.status = "failed"
            record.error = f"{type(exc).__name__}: {exc}"[:2000]
            record.finished_at = datetime.now(UTC)
