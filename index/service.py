"""The answering service: one loaded build, searched by many, swapped whole when a rebuild ends."""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sentence_transformers import SentenceTransformer
from sqlalchemy import select

from index.builder import BuildProgress, BuildSummary, IndexBuilder
from index.domain import Answer, Chunk
from index.ingest.upload import InvalidDocument, save_document
from index.search import embedding
from index.search.searcher import HybridSearcher
from index.store.build_files import StoredBuild, read_build
from index.store.db import make_engine, make_sessionmaker
from index.store.models import IndexBuild
from index.text.gazetteer import RegionGazetteer
from index.text.glossary import Glossary

log = logging.getLogger(__name__)

__all__ = [
    "AnswerService",
    "BuildInfo",
    "BuildProgress",
    "BuildSummary",
    "IndexSettings",
    "InvalidDocument",
    "NoIndexBuild",
    "RebuildInProgress",
]


class IndexSettings(Protocol):
    """What the service needs from the application's settings."""

    database_url: str
    index_dir: Path
    embedding_model: str

    @property
    def corpus_dir(self) -> Path: ...

    @property
    def gazetteer_path(self) -> Path: ...

    @property
    def glossary_path(self) -> Path: ...


class RebuildInProgress(RuntimeError):
    """A rebuild is already running."""


class NoIndexBuild(LookupError):
    """No ready build exists for the configured model."""


@dataclass(frozen=True)
class BuildInfo:
    build_id: int
    model_id: str
    passages: int
    created_at: datetime


@dataclass(frozen=True)
class _Loaded:
    """Everything a question needs, swapped as one reference so readers never see a mix."""

    info: BuildInfo
    searcher: HybridSearcher
    chunks: dict[str, Chunk]
    ordered: tuple[Chunk, ...]
    citations: dict[str, str]


class AnswerService:
    def __init__(self, builder: IndexBuilder, glossary: Glossary | None = None) -> None:
        self._builder = builder
        self._glossary = glossary
        self._rebuild_lock = threading.Lock()
        self._loaded: _Loaded | None = None

    @classmethod
    def from_settings(cls, settings: IndexSettings) -> AnswerService:
        """A service with its model loaded and no build loaded yet."""
        builder = IndexBuilder(
            make_sessionmaker(make_engine(settings.database_url)),
            settings.index_dir,
            settings.corpus_dir,
            RegionGazetteer.load(settings.gazetteer_path),
            embedding.load_encoder(settings.embedding_model),
            embedding.model_id(settings.embedding_model),
        )
        return cls(builder, Glossary.load(settings.glossary_path))

    @classmethod
    def open(cls, settings: IndexSettings, build_if_missing: bool = True) -> AnswerService:
        """Load the current build for the configured model, building one first if there is none."""
        service = cls.from_settings(settings)
        try:
            service.load_current()
        except NoIndexBuild:
            if not build_if_missing:
                raise
            log.info("no index build for %s yet: building one", service.model_id)
            service.rebuild()
        return service

    # -- answering ---------------------------------------------------------------------------

    def answer(self, question: str, k: int = 5) -> Answer:
        loaded = self._current()
        answer = loaded.searcher.search(question, k)
        if not answer.results:
            return answer
        top = loaded.chunks.get(answer.results[0].chunk_id)
        citation = loaded.citations.get(top.document, answer.citation) if top else answer.citation
        return replace(answer, citation=citation)

    def chunk(self, chunk_id: str) -> Chunk | None:
        return self._current().chunks.get(chunk_id)

    def neighbours(self, chunk_id: str) -> tuple[Chunk | None, Chunk | None]:
        loaded = self._current()
        chunk = loaded.chunks.get(chunk_id)
        if chunk is None:
            return None, None
        position = loaded.ordered.index(chunk)
        before = loaded.ordered[position - 1] if position > 0 else None
        after = loaded.ordered[position + 1] if position + 1 < len(loaded.ordered) else None
        # Context never crosses into another document.
        return (
            before if before and before.document == chunk.document else None,
            after if after and after.document == chunk.document else None,
        )

    def examples(self, n: int = 3) -> tuple[Chunk, ...]:
        """Good first reads: for the most written-about places, a passage led by that place
        and dated to the day."""
        passages = self.passages()
        counts = Counter(region for chunk in passages for region in chunk.regions)
        picked: list[Chunk] = []
        for region, _ in counts.most_common():
            chunk = next(
                (
                    c
                    for c in passages
                    if c.regions[:1] == (region,) and c.date and len(c.date) == len("1918-02-16")
                ),
                None,
            )
            if chunk is not None and chunk not in picked:
                picked.append(chunk)
            if len(picked) == n:
                break
        return tuple(picked)

    def covered_regions(self, lang: str = "kk") -> tuple[str, ...]:
        """Regions the corpus speaks of, most mentioned first, named for a reader of `lang`."""
        counts = Counter(region for chunk in self.passages() for region in chunk.regions)
        return tuple(self.region_label(region, lang) for region, _ in counts.most_common())

    def region_label(self, name: str, lang: str) -> str:
        """A canonical region name as a reader of `lang` knows it («Семей» → «Семипалатинск»)."""
        return self._builder.gazetteer.label(name, lang)

    def passages(self) -> tuple[Chunk, ...]:
        """Every served passage, in document order."""
        return self._current().ordered

    @property
    def encoder(self) -> SentenceTransformer | None:
        return self._builder.encoder

    @property
    def model_id(self) -> str:
        return self._builder.model_id

    @property
    def citation(self) -> str:
        return next(iter(self._current().citations.values()), "")

    @property
    def build_info(self) -> BuildInfo:
        return self._current().info

    @property
    def is_rebuilding(self) -> bool:
        return self._rebuild_lock.locked()

    # -- building ----------------------------------------------------------------------------

    def rebuild(self, progress: Callable[[BuildProgress], None] | None = None) -> BuildInfo:
        """Build a new index and swap it in; the old one serves until then, and on failure."""
        if not self._rebuild_lock.acquire(blocking=False):
            raise RebuildInProgress
        try:
            summary = self.build(progress)
            self._loaded = self._load(summary.build_id, summary.path)
            return self._loaded.info
        finally:
            self._rebuild_lock.release()

    def build(self, progress: Callable[[BuildProgress], None] | None = None) -> BuildSummary:
        """Write a new build folder and record it, without loading it."""
        return self._builder.build(progress)

    def load_current(self) -> BuildInfo:
        """Load the newest ready build made with this service's model."""
        record = self._newest_ready()
        if record is None:
            raise NoIndexBuild(self.model_id)
        self._loaded = self._load(record.id, Path(record.path))
        return self._loaded.info

    def load_newer(self) -> BuildInfo | None:
        """Swap in a build finished elsewhere (e.g. `tarikh index build`) since this one loaded."""
        record = self._newest_ready()
        loaded = self._loaded
        if record is None or self.is_rebuilding:
            return None
        if loaded is not None and record.id <= loaded.info.build_id:
            return None
        self._loaded = self._load(record.id, Path(record.path))
        return self._loaded.info

    def _newest_ready(self) -> IndexBuild | None:
        with self._builder.sessions() as session:
            records = session.scalars(
                select(IndexBuild)
                .where(IndexBuild.model_id == self.model_id, IndexBuild.status == "ready")
                .order_by(IndexBuild.id.desc())
            )
            # A folder removed by hand is skipped rather than served half-missing.
            return next((r for r in records if Path(r.path).is_dir()), None)

    def add_document(self, filename: str, content: bytes) -> Path:
        """Validate an uploaded text and save it into the corpus folder."""
        return save_document(self._builder.corpus_dir, filename, content)

    # -- internals ---------------------------------------------------------------------------

    def _current(self) -> _Loaded:
        loaded = self._loaded
        if loaded is None:
            raise NoIndexBuild(self.model_id)
        return loaded

    def _load(self, build_id: int, path: Path) -> _Loaded:
        stored: StoredBuild = read_build(path)
        if stored.manifest["model_id"] != self.model_id:
            # Vectors from another model live in another space: never search them together.
            raise NoIndexBuild(f"{path} was built with {stored.manifest['model_id']}")
        searcher = HybridSearcher(
            stored.chunks,
            stored.vectors if self._builder.encoder is not None else None,
            self._builder.encoder,
            self._builder.gazetteer,
            next(iter(stored.citations.values()), ""),
            sentences=stored.sentences,
            glossary=self._glossary,
        )
        # The first search pays for lazy initialisation (~1.7 s): pay it before serving.
        searcher.search("1917 жылы Қазан төңкерісі қалай өтті?")
        info = BuildInfo(
            build_id=build_id,
            model_id=self.model_id,
            passages=len(stored.chunks),
            created_at=datetime.fromisoformat(stored.manifest["created_at"]),
        )
        log.info("serving index build %d (%s, %d passages)", build_id, self.model_id, info.passages)
        return _Loaded(
            info=info,
            searcher=searcher,
            chunks={c.chunk_id: c for c in stored.chunks},
            ordered=stored.chunks,
            citations=stored.citations,
        )
