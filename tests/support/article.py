"""The article's passages, events and Guide, as a build would have them, without a model."""

from __future__ import annotations

from functools import cache

from bot.config import DATA_DIR
from index.builds import load_section_titles, make_guide
from index.domain import Chunk, Guide
from index.events import extract_events
from index.ingest.pipeline import ingest_document
from index.text.gazetteer import RegionGazetteer
from index.text.glossary import Glossary

CITATION = "Қазақ совет энциклопедиясы"


@cache
def gazetteer() -> RegionGazetteer:
    return RegionGazetteer.load(DATA_DIR / "gazetteer.json")


@cache
def chunks() -> tuple[Chunk, ...]:
    path = DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt"
    return tuple(ingest_document(path, gazetteer()).chunks)


@cache
def guide() -> Guide:
    return make_guide(
        chunks(),
        CITATION,
        extract_events(chunks(), gazetteer()),
        gazetteer(),
        Glossary.load(DATA_DIR / "glossary.json"),
        load_section_titles(DATA_DIR / "sections.ru.json"),
    )


def chunk(chunk_id: str) -> Chunk:
    return next(c for c in chunks() if c.chunk_id == chunk_id)
