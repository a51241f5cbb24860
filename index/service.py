"""The answering service: one loaded build, searched by many, swapped whole when a rebuild ends."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from sentence_transformers import SentenceTransformer
from sqlalchemy.orm import Session, sessionmaker

from index.builder import BuildProgress, BuildSummary, IndexBuilder, RebuildInProgress
from index.builds import BuildInfo, BuildLoader, LoadedBuild, NoIndexBuild, load_section_titles
from index.domain import Answer, Chunk, Guide
from index.search import embedding
from index.store.documents import DocumentStore
from index.text.gazetteer import RegionGazetteer
from index.text.glossary import Glossary

log = logging.getLogger(__name__)

__all__ = [
    "AnswerService",
    "BuildChanged",
    "BuildInfo",
    "BuildProgress",
    "BuildSummary",
    "IndexSettings",
    "NoIndexBuild",
    "RebuildInProgress",
]


class IndexSettings(Protocol):
    """What the service needs from the application's settings."""

    index_dir: Path
    embedding_model: str

    @property
    def corpus_dir(self) -> Path: ...

    @property
    def gazetteer_path(self) -> Path: ...

    @property
    def glossary_path(self) -> Path: ...

    @property
    def section_titles_path(self) -> Path: ...


class BuildChanged(LookupError):
    """The build asked for is no longer the one served."""


class AnswerService:
    def __init__(self, loader: BuildLoader) -> None:
        self._loader = loader
        self._builder = loader.builder
        self._rebuild_lock = threading.Lock()
        self._loaded: LoadedBuild | None = None

    @classmethod
    def from_settings(
        cls, settings: IndexSettings, sessions: sessionmaker[Session]
    ) -> AnswerService:
        """A service with its model loaded and no build loaded yet; the corpus folder's documents
        are stored in the database if they are not there yet."""
        DocumentStore(sessions).seed_folder(settings.corpus_dir)
        builder = IndexBuilder(
            sessions,
            settings.index_dir,
            RegionGazetteer.load(settings.gazetteer_path),
            embedding.load_encoder(settings.embedding_model),
            embedding.model_id(settings.embedding_model),
        )
        glossary = Glossary.load(settings.glossary_path)
        return cls(
            BuildLoader(builder, glossary, load_section_titles(settings.section_titles_path))
        )

    @classmethod
    def open(
        cls,
        settings: IndexSettings,
        sessions: sessionmaker[Session],
        build_if_missing: bool = True,
    ) -> AnswerService:
        """Load the current build for the configured model, building one first if there is none."""
        service = cls.from_settings(settings, sessions)
        service.load_or_build(build_if_missing)
        return service

    def load_or_build(self, build_if_missing: bool = True) -> BuildInfo:
        """Load the current build, building one first if there is none (and that is allowed)."""
        try:
            return self.load_current()
        except NoIndexBuild:
            if not build_if_missing:
                raise
            log.info("no index build for %s yet: building one", self.model_id)
            return self.rebuild()

    # -- answering ---------------------------------------------------------------------------

    def answer(
        self, question: str, k: int = 5, build_id: int | None = None, lang_hint: str | None = None
    ) -> Answer:
        """Answer from the served build, or from build `build_id` only (else BuildChanged);
        `lang_hint` is the asker's language, for a question that barely shows its own."""
        loaded = self._current()
        if build_id is not None and build_id != loaded.info.build_id:
            raise BuildChanged(build_id)
        answer = replace(
            loaded.searcher.search(question, k, lang_hint), build_id=loaded.info.build_id
        )
        if not answer.results:
            return answer
        top = loaded.chunks.get(answer.results[0].chunk_id)
        citation = loaded.citations.get(top.document, answer.citation) if top else answer.citation
        return replace(answer, citation=citation)

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

    def chunk(self, chunk_id: str) -> Chunk | None:
        """A served passage by id (None when the build no longer has it)."""
        return self._current().chunks.get(chunk_id)

    def passages(self) -> tuple[Chunk, ...]:
        """Every served passage, in document order."""
        return self._current().ordered

    @property
    def guide(self) -> Guide:
        """Reader-facing facts about the served build (regions, labels, examples)."""
        return self._current().guide

    @property
    def gazetteer(self) -> RegionGazetteer:
        return self._builder.gazetteer

    @property
    def documents(self) -> DocumentStore:
        """The corpus the next build reads."""
        return self._builder.documents

    @property
    def encoder(self) -> SentenceTransformer | None:
        return self._builder.encoder

    @property
    def model_id(self) -> str:
        return self._builder.model_id

    @property
    def build_info(self) -> BuildInfo:
        return self._current().info

    @property
    def is_rebuilding(self) -> bool:
        return self._rebuild_lock.locked()

    # -- building and swapping ---------------------------------------------------------------

    def rebuild(self, progress: Callable[[BuildProgress], None] | None = None) -> BuildInfo:
        """Build a new index and swap it in; the old one serves until then, and on failure.
        Raises RebuildInProgress while a build runs here or on another replica."""
        if not self._rebuild_lock.acquire(blocking=False):
            raise RebuildInProgress
        try:
            summary = self.build(progress)
            self._loaded = self._loader.load(summary.build_id)
            return self._loaded.info
        finally:
            self._rebuild_lock.release()

    def build(self, progress: Callable[[BuildProgress], None] | None = None) -> BuildSummary:
        """Write a new build folder and record it as the active build, without loading it."""
        return self._builder.build(progress)

    def load_current(self) -> BuildInfo:
        """Load the active build of this service's model (from the database if not on disk)."""
        active = self._loader.active()
        if active is None:
            raise NoIndexBuild(self.model_id)
        self._loaded = self._loader.load(active)
        return self._loaded.info

    def load_newer(self) -> BuildInfo | None:
        """Swap in a build activated elsewhere (another replica, `tarikh index build`) since
        this one loaded."""
        active = self._loader.active()
        loaded = self._loaded
        if active is None or self.is_rebuilding:
            return None
        if loaded is not None and active == loaded.info.build_id:
            return None
        self._loaded = self._loader.load(active)
        return self._loaded.info

    def _current(self) -> LoadedBuild:
        loaded = self._loaded
        if loaded is None:
            raise NoIndexBuild(self.model_id)
        return loaded
