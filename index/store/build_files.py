"""The on-disk form of one index build: passages, citations, vectors, events and a manifest."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from index.domain import Chunk
from index.events import Event
from index.search.sentence_index import SentenceIndex

CHUNKS = "chunks.json"
DOCUMENTS = "documents.json"
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"
SENTENCES = "sentences.json"  # [chunk index, start, end] per row of SENTENCE_VECTORS
SENTENCE_VECTORS = "sentences.faiss"
EVENTS = "events.json"  # dated events of the passages (index.events)


@dataclass(frozen=True)
class StoredBuild:
    path: Path
    manifest: dict[str, Any]
    chunks: tuple[Chunk, ...]
    citations: dict[str, str]  # document name -> citation
    vectors: faiss.Index | None
    sentences: SentenceIndex | None
    events: tuple[Event, ...] = ()  # none in a build made before events were kept


def write_build(
    path: Path,
    manifest: dict[str, Any],
    chunks: tuple[Chunk, ...],
    citations: dict[str, str],
    vectors: np.ndarray | None,
    sentences: SentenceIndex | None = None,
    events: tuple[Event, ...] = (),
) -> None:
    path.mkdir(parents=True, exist_ok=False)
    (path / CHUNKS).write_text(
        json.dumps([asdict(c) for c in chunks], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    (path / DOCUMENTS).write_text(json.dumps(citations, ensure_ascii=False), encoding="utf-8")
    if vectors is not None:
        _write_vectors(path / VECTORS, vectors)
    if sentences is not None:
        rows = sentence_spans(sentences)
        (path / SENTENCES).write_text(json.dumps(rows), encoding="utf-8")
        _write_vectors(path / SENTENCE_VECTORS, sentences.vectors)
    (path / EVENTS).write_text(
        json.dumps(event_rows(events), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    # The manifest goes last: a folder without one is an unfinished build.
    (path / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")


def read_build(path: Path) -> StoredBuild:
    manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    rows = json.loads((path / CHUNKS).read_text(encoding="utf-8"))
    chunks = tuple(
        Chunk(**{**row, "regions": tuple(row["regions"]), "dates": tuple(row["dates"])})
        for row in rows
    )
    citations = json.loads((path / DOCUMENTS).read_text(encoding="utf-8"))
    vectors_file = path / VECTORS
    vectors = faiss.read_index(str(vectors_file)) if vectors_file.exists() else None
    return StoredBuild(
        path, manifest, chunks, citations, vectors, _read_sentences(path), _read_events(path)
    )


def _write_vectors(file: Path, vectors: np.ndarray) -> None:
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(np.ascontiguousarray(vectors, dtype=np.float32))
    faiss.write_index(flat, str(file))


def sentence_spans(sentences: SentenceIndex) -> list[list[int]]:
    """[chunk index, start, end] per sentence row, as JSON keeps them."""
    return [[int(c), a, b] for c, (a, b) in zip(sentences.chunk_of, sentences.spans, strict=True)]


def event_rows(events: tuple[Event, ...]) -> list[dict[str, Any]]:
    return [asdict(e) for e in events]


def events_from_rows(rows: list[dict[str, Any]]) -> tuple[Event, ...]:
    lists = ("dates", "regions", "excepted")
    return tuple(Event(**{**row, **{k: tuple(row[k]) for k in lists}}) for row in rows)


def _read_events(path: Path) -> tuple[Event, ...]:
    if not (path / EVENTS).exists():
        return ()
    return events_from_rows(json.loads((path / EVENTS).read_text(encoding="utf-8")))


def _read_sentences(path: Path) -> SentenceIndex | None:
    """Sentence vectors, or None for a build made before them or without an encoder."""
    if not (path / SENTENCES).exists() or not (path / SENTENCE_VECTORS).exists():
        return None
    rows = json.loads((path / SENTENCES).read_text(encoding="utf-8"))
    flat = faiss.read_index(str(path / SENTENCE_VECTORS))
    return SentenceIndex(
        chunk_of=np.array([r[0] for r in rows], dtype=np.int64),
        spans=tuple((r[1], r[2]) for r in rows),
        vectors=flat.reconstruct_n(0, flat.ntotal),
    )
