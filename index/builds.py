"""Finding and loading builds: the active one for a model, read whole into memory (its folder
written from the database first when this replica has none)."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from index.builder import IndexBuilder, build_folder
from index.domain import Chunk, Example, Guide
from index.events import Event, RegionTimeline, soviet_power_dates
from index.search.searcher import HybridSearcher
from index.store.build_files import read_build
from index.store.build_sync import BuildNotStored, ensure_folder
from index.store.models import ActiveBuild
from index.text.gazetteer import RegionGazetteer
from index.text.glossary import Glossary

log = logging.getLogger(__name__)

READER_LANGS = ("kk", "ru")
EXAMPLES = 3
# The first search pays for lazy initialisation (~1.7 s): pay it before serving.
WARM_UP_QUESTION = "1917 жылы Қазан төңкерісі қалай өтті?"


class NoIndexBuild(LookupError):
    """No ready build exists for the configured model."""


@dataclass(frozen=True)
class BuildInfo:
    build_id: int
    model_id: str
    passages: int
    created_at: datetime


@dataclass(frozen=True)
class LoadedBuild:
    """Everything a question needs, swapped as one reference so readers never see a mix."""

    info: BuildInfo
    searcher: HybridSearcher
    chunks: dict[str, Chunk]
    ordered: tuple[Chunk, ...]
    citations: dict[str, str]
    guide: Guide


class BuildLoader:
    """Finds the active build of the builder's model and loads it, writing its folder from the
    database when this replica has none."""

    def __init__(
        self,
        builder: IndexBuilder,
        glossary: Glossary | None = None,
        section_titles: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self.builder = builder
        self._glossary = glossary
        self._section_titles = section_titles or {}

    def active(self) -> int | None:
        """The id of the build every replica serves for this model, if any."""
        with self.builder.sessions() as session:
            return session.scalar(
                select(ActiveBuild.build_id).where(ActiveBuild.model_id == self.builder.model_id)
            )

    def load(self, build_id: int) -> LoadedBuild:
        """Load a build from its local folder, writing the folder from the database if missing."""
        builder = self.builder
        path = build_folder(builder.index_dir, build_id)
        try:
            if ensure_folder(builder.sessions, build_id, path):
                log.info("index build %d written into %s from the database", build_id, path)
        except BuildNotStored as exc:
            raise NoIndexBuild(str(exc)) from exc
        stored = read_build(path)
        if stored.manifest["model_id"] != builder.model_id:
            # Vectors from another model live in another space: never search them together.
            raise NoIndexBuild(f"{path} was built with {stored.manifest['model_id']}")
        citation = next(iter(stored.citations.values()), "")
        searcher = HybridSearcher(
            stored.chunks,
            stored.vectors if builder.encoder is not None else None,
            builder.encoder,
            builder.gazetteer,
            citation,
            sentences=stored.sentences,
            glossary=self._glossary,
        )
        searcher.search(WARM_UP_QUESTION)
        info = BuildInfo(
            build_id=build_id,
            model_id=builder.model_id,
            passages=len(stored.chunks),
            created_at=datetime.fromisoformat(stored.manifest["created_at"]),
        )
        log.info("serving index build %d (%s, %d passages)", build_id, info.model_id, info.passages)
        return LoadedBuild(
            info=info,
            searcher=searcher,
            chunks={c.chunk_id: c for c in stored.chunks},
            ordered=stored.chunks,
            citations=stored.citations,
            guide=make_guide(
                stored.chunks,
                citation,
                stored.events,
                builder.gazetteer,
                self._glossary,
                self._section_titles,
            ),
        )


def make_guide(
    chunks: tuple[Chunk, ...],
    citation: str,
    events: tuple[Event, ...],
    gazetteer: RegionGazetteer,
    glossary: Glossary | None = None,
    section_titles: Mapping[str, Mapping[str, str]] | None = None,
) -> Guide:
    """The reader-facing facts of a build, computed once when it loads."""
    counts = Counter(region for chunk in chunks for region in chunk.regions)
    regions = tuple(region for region, _ in counts.most_common())
    labels = {
        lang: {region: gazetteer.label(region, lang) for region in regions} for lang in READER_LANGS
    }
    documents = dict.fromkeys(chunk.document for chunk in chunks)
    timelines = soviet_power_dates(events, gazetteer.in_kazakhstan)
    return Guide(
        citation,
        regions,
        labels,
        _examples(chunks, timelines, regions),
        events=events,
        timelines=timelines,
        terms=glossary.russian if glossary else {},
        section_titles={
            kk: ru for doc in documents for kk, ru in (section_titles or {}).get(doc, {}).items()
        },
    )


def load_section_titles(path: Path) -> dict[str, dict[str, str]]:
    """Russian section titles per document (``data/sections.ru.json``); none if it is missing."""
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def _examples(
    chunks: tuple[Chunk, ...], timelines: Mapping[str, RegionTimeline], regions: tuple[str, ...]
) -> tuple[Example, ...]:
    """For the most written-about places, when Soviet power was established there: a
    question every reader of the article can ask, and the sentence that answers it."""
    by_id = {chunk.chunk_id: chunk for chunk in chunks}
    picked: list[Example] = []
    for region in regions:
        event = timelines[region].established if region in timelines else None
        # Only a day-dated event with one place: the question then has one right answer.
        if event is None or len(event.date) != len("1918-02-16") or len(event.regions) > 2:
            continue
        picked.append(Example(region, event.date, by_id[event.chunk_id], event.sentence))
        if len(picked) == EXAMPLES:
            break
    return tuple(picked)
