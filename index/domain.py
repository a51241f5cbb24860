"""Domain objects shared by ingestion, search and the presentation layers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # index.events builds on Chunk: import for annotations only
    from index.events import Event, RegionTimeline


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
    text: str
    quote: str  # the sentence(s) that answer, a substring of text
    section: str
    regions: tuple[str, ...]
    dates: tuple[str, ...]
    date: str | None  # the passage's primary date
    # What the reply's 📅/📍 line shows: the quote's own dates and places (the passage's when
    # the quote has none), places the question asked about first, at most three.
    answer_dates: tuple[str, ...]
    answer_regions: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class Answer:
    """What the index says about one question."""

    question: str
    lang: str  # "kk" | "ru"
    answered: bool
    results: tuple[Passage, ...]
    citation: str
    # False when the question gave little evidence of its language (the bot then goes by the
    # user's own language setting or earlier questions).
    lang_certain: bool = True
    build_id: int | None = None  # the index build that answered


@dataclass(frozen=True)
class Example:
    """A question the text answers, as data for the reader's language: Soviet power was
    established in `region` on `date`, as `sentence` of `chunk` tells."""

    region: str  # canonical
    date: str  # ISO, to the day
    chunk: Chunk
    sentence: str


@dataclass(frozen=True)
class Guide:
    """What a reader is told about the served build, fixed per build: computed once on load
    and handed to rendering as plain data."""

    citation: str  # the first document's, for greetings
    regions: tuple[str, ...]  # canonical names, most written-about first
    labels: Mapping[str, Mapping[str, str]]  # lang -> canonical name -> name for that reader
    examples: tuple[Example, ...]  # questions it answers, for the most written-about places
    events: tuple[Event, ...] = ()  # the build's events, by date (index.events)
    timelines: Mapping[str, RegionTimeline] = field(default_factory=dict)  # for the chart
    terms: Mapping[str, str] = field(default_factory=dict)  # Kazakh stem -> Russian term
    section_titles: Mapping[str, str] = field(default_factory=dict)  # Kazakh -> Russian

    def label(self, region: str, lang: str) -> str:
        """A canonical region name as a reader of `lang` knows it («Семей» → «Семипалатинск»)."""
        return self.labels.get(lang, {}).get(region, region)

    def section(self, title: str, lang: str) -> str:
        """A section heading for a reader of `lang` (the Kazakh one when none is known)."""
        return self.section_titles.get(title, title) if lang == "ru" else title

    def covered(self, lang: str, n: int = 8) -> tuple[str, ...]:
        """The `n` most written-about regions, named for a reader of `lang`."""
        return tuple(self.label(region, lang) for region in self.regions[:n])
