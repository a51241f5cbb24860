"""Ingestion, one stage: raw text -> cleaned, de-duplicated, sectioned passages with region and
date metadata (clean -> dedup -> sections -> chunking, then the gazetteer and the date parser)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from index.domain import Chunk
from index.ingest.chunking import Span, chunk_paragraphs
from index.ingest.clean import clean_document
from index.ingest.dedup import Merge, deduplicate
from index.ingest.sections import assign_sections
from index.text.dates import extract_dates, last_year, primary_date
from index.text.gazetteer import RegionGazetteer

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class RawChunk:
    ordinal: int  # 0-based position in the document
    section: str
    text: str  # == document.text[start:end]
    start: int
    end: int


@dataclass(frozen=True)
class PreparedDocument:
    title: str
    citation: str
    text: str  # cleaned, de-duplicated text; headings stand as their own paragraphs
    chunks: tuple[RawChunk, ...]
    sections: tuple[str, ...]  # distinct section titles in order
    merged: tuple[Merge, ...]


def prepare_document(raw: str) -> PreparedDocument:
    cleaned = clean_document(raw)
    paragraphs, merges = deduplicate(cleaned.paragraphs)
    parts: list[str] = []
    bodies: list[Span] = []
    offset = 0

    def append(part: str) -> int:
        nonlocal offset
        start = offset + (len(PARAGRAPH_SEPARATOR) if parts else 0)
        parts.append(part)
        offset = start + len(part)
        return start

    for paragraph in assign_sections(paragraphs, cleaned.title):
        # Headings stay in the text for readers but never inside a chunk.
        if paragraph.heading is not None:
            append(paragraph.heading)
        start = append(paragraph.text)
        bodies.append(Span(paragraph.section, start, offset))
    text = PARAGRAPH_SEPARATOR.join(parts)
    spans = chunk_paragraphs(text, bodies)
    chunks = tuple(
        RawChunk(i, span.section, text[span.start : span.end], span.start, span.end)
        for i, span in enumerate(spans)
    )
    return PreparedDocument(
        title=cleaned.title,
        citation=cleaned.citation,
        text=text,
        chunks=chunks,
        sections=tuple(dict.fromkeys(chunk.section for chunk in chunks)),
        merged=tuple(merges),
    )


@dataclass(frozen=True)
class IngestedDocument:
    name: str
    title: str
    citation: str
    language: str
    sha256: str
    chunks: tuple[Chunk, ...]
    sections: tuple[str, ...]
    duplicates_merged: int


def document_language(name: str) -> str:
    """Read the language from the file name convention `name.<lang>.txt`; the article is Kazakh."""
    suffixes = Path(name).suffixes
    return suffixes[-2].lstrip(".") if len(suffixes) >= 2 else "kk"


def chunk_id(document: str, text: str) -> str:
    """Stable across rebuilds: the same passage of the same document keeps its id."""
    digest = hashlib.sha1(f"{document}\n{text}".encode()).hexdigest()
    return digest[:12]


def ingest_document(path: Path, gazetteer: RegionGazetteer) -> IngestedDocument:
    return ingest_text(path.name, path.read_bytes(), gazetteer)


def ingest_text(name: str, raw: bytes, gazetteer: RegionGazetteer) -> IngestedDocument:
    """Ingest one document's bytes, stored under `name`."""
    prepared = prepare_document(raw.decode("utf-8"))
    chunks: list[Chunk] = []
    seen_ids: set[str] = set()
    year: int | None = None
    for raw_chunk in prepared.chunks:
        # A day and month without a year take the year last stated before them.
        dates = extract_dates(raw_chunk.text, year)
        year = last_year(raw_chunk.text, year)
        cid = chunk_id(name, raw_chunk.text)
        if cid in seen_ids:
            cid = chunk_id(name, f"{raw_chunk.ordinal}:{raw_chunk.text}")
        seen_ids.add(cid)
        chunks.append(
            Chunk(
                chunk_id=cid,
                document=name,
                ordinal=raw_chunk.ordinal,
                section=raw_chunk.section,
                text=raw_chunk.text,
                start=raw_chunk.start,
                end=raw_chunk.end,
                regions=gazetteer.find(raw_chunk.text),
                dates=dates,
                date=primary_date(dates),
            )
        )
    return IngestedDocument(
        name=name,
        title=prepared.title,
        # Every passage shows where it comes from: a document without a citation, its name.
        citation=prepared.citation or name,
        language=document_language(name),
        sha256=hashlib.sha256(raw).hexdigest(),
        chunks=tuple(chunks),
        sections=prepared.sections,
        duplicates_merged=len(prepared.merged),
    )
