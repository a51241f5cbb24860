"""Browsing the article's events by place and by time: plain data over a build's `Guide`.

Events are addressed by their index in `guide.events` (sorted by date) and regions by their
index in `browsable_regions(guide)`, so buttons carry short numbers; the build id goes with
them, and a press from an older build is answered with a polite "open the list again".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.strings import month_number
from index.domain import Chunk, Guide, Passage
from index.events import Event
from index.text.gazetteer import RegionGazetteer
from index.text.words import WORD

PAGE_SIZE = 5
SHORT = 90  # characters of an event's sentence in a list line
# Words that may stand beside a place name in a query that is only the place.
PLACE_WORDS = frozenset(
    {"облыс", "облысы", "уез", "уезі", "уезд", "қала", "қаласы", "область", "город", "г"}
)


@dataclass(frozen=True)
class Listing:
    """One page of a list of events: (index into `guide.events`, event) pairs."""

    items: tuple[tuple[int, Event], ...]
    page: int  # 0-based
    pages: int
    total: int


def browsable_regions(guide: Guide) -> tuple[str, ...]:
    """Regions with at least one event, most written-about first (the order buttons carry)."""
    with_events = {region for event in guide.events for region in event.regions}
    ordered = [region for region in guide.regions if region in with_events]
    return (*ordered, *sorted(with_events.difference(ordered)))


def region_events(guide: Guide, region: str) -> tuple[int, ...]:
    """Indexes of the region's events, in date order."""
    return tuple(i for i, event in enumerate(guide.events) if region in event.regions)


def all_events(guide: Guide) -> tuple[int, ...]:
    return tuple(range(len(guide.events)))


def listing(guide: Guide, indexes: tuple[int, ...], page: int) -> Listing:
    """Page `page` of the events at `indexes` (clamped to the pages there are)."""
    pages = max(1, -(-len(indexes) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    chosen = indexes[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    return Listing(tuple((i, guide.events[i]) for i in chosen), page, pages, len(indexes))


def month_page(guide: Guide, month: str) -> int | None:
    """The timeline page on which `month` ("1918-02") begins, or None if it has no events."""
    first = next((i for i, e in enumerate(guide.events) if e.date.startswith(month)), None)
    return None if first is None else first // PAGE_SIZE


def parse_month(argument: str, guide: Guide) -> str | None:
    """«1918-02», «02.1918», «февраль 1918», «1918 ақпан» or a month alone (the article's
    first one of that name) as "1918-02"; None when it is not a month."""
    argument = argument.strip().lower()
    if found := re.fullmatch(r"(\d{4})[-./](\d{1,2})", argument):
        year, month = int(found[1]), int(found[2])
    elif found := re.fullmatch(r"(\d{1,2})[-./](\d{4})", argument):
        year, month = int(found[2]), int(found[1])
    else:
        words = WORD.findall(argument)
        years = re.findall(r"\b(\d{4})\b", argument)
        month = month_number(words[0]) if len(words) == 1 and len(years) <= 1 else None
        if month is None:
            return None
        known = (e.date[:7] for e in guide.events if int(e.date[5:7]) == month)
        year = int(years[0]) if years else int(next(known, "1918")[:4])
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None


def shorten(sentence: str, limit: int = SHORT) -> str:
    """The sentence on one line, cut at a word within `limit` characters, with «…»."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return f"{cut.rstrip(',;:—–- ')}…"


def event_passage(event: Event, chunk: Chunk) -> Passage:
    """The event's passage as an answer to "what happened", its sentence the quote."""
    return Passage(
        chunk_id=chunk.chunk_id,
        text=chunk.text,
        quote=event.sentence,
        section=chunk.section,
        regions=chunk.regions,
        dates=chunk.dates,
        date=chunk.date,
        answer_dates=(event.date,),
        answer_regions=event.regions,
        score=1.0,
    )


def sole_region(query: str, gazetteer: RegionGazetteer) -> str | None:
    """The one place a query names when it names nothing else («Семей», «Орал облысы»)."""
    found = gazetteer.find(query)
    if len(found) != 1:
        return None
    words = WORD.findall(query)
    others = [w for w in words if w.lower() not in PLACE_WORDS and not gazetteer.find(w)]
    # The words of a several-word name need not each be a name of their own.
    return found[0] if len(others) < len(found[0].split()) else None
