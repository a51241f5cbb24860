"""Public entry point: raw article text -> cleaned, de-duplicated, sectioned chunks."""

from __future__ import annotations

from dataclasses import dataclass

from index.chunking import Span, chunk_paragraphs
from index.clean import clean_document
from index.dedup import deduplicate
from index.sections import assign_sections

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class RawChunk:
    ordinal: int  # 0-based position in the document
    section: str
    text: str  # == document.text[start:end]
    start: int
    end: int


@dataclass(frozen=True)
class MergedParagraph:
    kept: str
    dropped: str
    similarity: float


@dataclass(frozen=True)
class PreparedDocument:
    title: str
    citation: str
    text: str  # cleaned, de-duplicated text; headings stand as their own paragraphs
    chunks: tuple[RawChunk, ...]
    sections: tuple[str, ...]  # distinct section titles in order
    merged: tuple[MergedParagraph, ...]
    repairs: tuple[tuple[str, str], ...]  # (before, after) OCR token repairs applied


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
        merged=tuple(MergedParagraph(m.kept, m.dropped, m.similarity) for m in merges),
        repairs=cleaned.repairs,
    )
