"""The on-disk form of one index build: passages, citations, vectors and a manifest."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from index.passage import Chunk

CHUNKS = "chunks.json"
DOCUMENTS = "documents.json"
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"


@dataclass(frozen=True)
class StoredBuild:
    path: Path
    manifest: dict[str, Any]
    chunks: tuple[Chunk, ...]
    citations: dict[str, str]  # document name -> citation
    vectors: faiss.Index | None


def write_build(
    path: Path,
    manifest: dict[str, Any],
    chunks: tuple[Chunk, ...],
    citations: dict[str, str],
    vectors: np.ndarray | None,
) -> None:
    path.mkdir(parents=True, exist_ok=False)
    (path / CHUNKS).write_text(
        json.dumps([asdict(c) for c in chunks], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    (path / DOCUMENTS).write_text(json.dumps(citations, ensure_ascii=False), encoding="utf-8")
    if vectors is not None:
        flat = faiss.IndexFlatIP(vectors.shape[1])
        flat.add(np.ascontiguousarray(vectors, dtype=np.float32))
        faiss.write_index(flat, str(path / VECTORS))
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
    return StoredBuild(path, manifest, chunks, citations, vectors)
