"""Domain objects shared by ingestion, search and the presentation layers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    """A passage of a cleaned document, with the metadata the bot shows."""

    chunk_id: str  # stable: derived from the document name and the passage text
    document: str  # file name of the source document
    ordinal: int  # position in the document, 0-based
    section: str
    text: str
    start: int  # char offsets into the cleaned document text
    end: int
    regions: tuple[str, ...]  # canonical Kazakh region names
    dates: tuple[str, ...]  # ISO strings at their precision: "1918", "1918-02", "1918-02-16"
    date: str | None  # primary date for display


@dataclass(frozen=True)
class Passage:
    """A chunk retrieved for a question."""

    chunk_id: str
    ordinal: int
    text: str
    quote: str  # the sentence(s) that answer, a substring of text
    section: str
    regions: tuple[str, ...]
    dates: tuple[str, ...]
    date: str | None
    score: float


@dataclass(frozen=True)
class Answer:
    """What the index says about one question."""

    question: str
    lang: str  # "kk" | "ru"
    answered: bool
    results: tuple[Passage, ...]
    citation: str
