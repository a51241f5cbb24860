"""Dated events of the article, and the data behind the chart of where and when Soviet power
was established. Runs at build time over the ingested passages; the build folder keeps the
events (``events.json``, read back as ``StoredBuild.events``).

Wiring::

    events = read_build(path).events  # or extract_events(chunks, gazetteer)
    timelines = soviet_power_dates(events, gazetteer.in_kazakhstan)
    png = bot.chart.render_timeline_png(timelines, lang, gazetteer.label)

One event per sentence that has a date of at least month precision (the kind and clauses come
from ``index.text.event_cues``). The article tells a story town by town, so a sentence leans on
the ones before it within a section (the article's own headings):

* place: a sentence naming no place takes the places of the sentence before it («Мұнда …»,
  «19 январьда қалада өкімет Советтің қолына көшті», «Совет … өкіметті өз қолына алды»). A new
  paragraph starts afresh unless it links back by its first word or a pointing word («Бірақ
  съезд шешімдерін орындауға мүмкіндік болмады. Марттың 28-нен 29-на қараған түні қалада
  контрреволюциялық төңкеріс…» is Oral's).
* date: within a paragraph, a sentence without a month of its own goes on with the last dated
  one unless it turns to another place («…2 марттан 3 мартқа қараған түні Верныйда …
  көтерілісі болды. Көтерілісшілер … қаладан қашты. Верныйда Совет өкіметі орнады.»). Such a
  sentence is an event only when its kind says something (not ``other``).
* year: a day and month take the year stated last before them, as ingestion does.

An event's ``date`` is the earliest most precise date of the clause that carries its kind
(else of the sentence), so 1917 dates are old style where the article gives both («24 октябрьде
(6 ноябрьде)» is 1917-10-24; ``dates`` holds both).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from index.domain import Chunk
from index.ingest.pipeline import PARAGRAPH_SEPARATOR
from index.text.dates import date_precision, extract_dates, last_year, primary_date
from index.text.event_cues import (
    CONGRESS,
    COUNTER_REVOLUTION,
    DECREE,
    KINDS,
    OTHER,
    SOVIET_POWER,
    UPRISING,
    Reading,
    Span,
    blank,
    links_back,
    read_sentence,
)
from index.text.gazetteer import RegionGazetteer
from index.text.sentences import split_sentences

__all__ = [
    "CONGRESS",
    "COUNTER_REVOLUTION",
    "DECREE",
    "KINDS",
    "OTHER",
    "SOVIET_POWER",
    "UPRISING",
    "Event",
    "RegionTimeline",
    "extract_events",
    "soviet_power_dates",
]


@dataclass(frozen=True)
class Event:
    kind: str  # one of KINDS
    date: str  # ISO, the event's own: "1918-03-02" or "1918-03"
    dates: tuple[str, ...]  # every date of the sentence (both styles where given), sorted
    regions: tuple[str, ...]  # canonical names of where it happened
    excepted: tuple[str, ...]  # places the sentence sets apart: «(Орал … басқа)»
    sentence: str  # exact text, == chunk text[start:end]
    chunk_id: str
    start: int
    end: int


@dataclass(frozen=True)
class RegionTimeline:
    """Soviet power in one region: when the article says it was established, and what
    counter-revolution it met afterwards (revolts, coups, seizure)."""

    region: str
    established: Event | None  # None: the article excepts the region from Soviet power
    setbacks: tuple[Event, ...]  # counter_revolution events there after `established`

    @property
    def date(self) -> str | None:
        return self.established.date if self.established else None

    @property
    def contested(self) -> bool:
        """Power there lost or fought over (always so where it was never established)."""
        return self.established is None or bool(self.setbacks)


_BREAK = len(PARAGRAPH_SEPARATOR)


@dataclass
class _Story:
    """What the sentences before leave for the next one, within a section."""

    places: tuple[str, ...] = ()
    named: bool = False  # the previous sentence named a place of its own
    dated: tuple[tuple[str, ...], str] | None = None  # (dates, date) of the paragraph's episode

    def new_paragraph(self, opening: str) -> None:
        self.dated = None
        if not links_back(opening):
            self.places, self.named = (), False


def extract_events(chunks: Sequence[Chunk], gazetteer: RegionGazetteer) -> tuple[Event, ...]:
    """Events of the passages (in document order, as ingested), sorted by date."""
    events: list[Event] = []
    seen: set[str] = set()  # the article repeats some sentences
    story, year, previous = _Story(), None, None
    for chunk in chunks:
        same_document = previous is not None and chunk.document == previous.document
        if not same_document:
            year = None
        if not (same_document and chunk.section == previous.section):
            story = _Story()
        # A passage that opens a paragraph lies a paragraph break past the one before it.
        paragraph_break = not same_document or chunk.start - previous.end >= _BREAK
        last_end = 0
        for start, end in split_sentences(chunk.text):
            text = chunk.text[start:end]
            if paragraph_break or "\n" in chunk.text[last_end:start]:
                story.new_paragraph(text)
            paragraph_break, last_end = False, end
            event = _read(chunk, start, end, year, story, gazetteer)
            year = last_year(text, year)
            if event is not None and (key := " ".join(text.split())) not in seen:
                seen.add(key)
                events.append(event)
        previous = chunk
    return tuple(sorted(events, key=lambda e: e.date))


def _read(
    chunk: Chunk, start: int, end: int, year: int | None, story: _Story, gazetteer: RegionGazetteer
) -> Event | None:
    """The event of one sentence, if it is one; moves the story on."""
    text = chunk.text[start:end]
    reading = read_sentence(text)
    own = gazetteer.find(blank(text, reading.heard))
    excepted = gazetteer.find(" ".join(text[a:b] for a, b in reading.excepted))
    if own:
        regions = _event_places(text, reading, gazetteer) or gazetteer.find(
            blank(text, reading.heard + reading.excepted)
        )
        places = tuple(p for p in own if p not in excepted)
    else:
        regions = places = story.places

    dates = extract_dates(text, year)
    own_date = _month_date(dates)
    if own_date:
        story.dated = dates, event_date(text, reading, year) or own_date
    elif own and story.named and not set(own) & set(story.places):
        story.dated = None  # another place and no date: not the dated story any more
    story.places, story.named = places, bool(own)

    if story.dated is None or (reading.kind == OTHER and not own_date):
        return None
    dates, date = story.dated
    return Event(reading.kind, date, dates, regions, excepted, text, chunk.chunk_id, start, end)


def _event_places(text: str, reading: Reading, gazetteer: RegionGazetteer) -> tuple[str, ...]:
    """Places named in the clauses that carry the kind, other than heard or excepted ones."""
    outside = _complement(reading.clauses, len(text))
    return gazetteer.find(blank(text, outside + reading.heard + reading.excepted))


def event_date(text: str, reading: Reading, year: int | None) -> str | None:
    """The date of the first clause that carries the kind and states one."""
    for a, b in reading.clauses:
        if found := _month_date(extract_dates(text[a:b], last_year(text[:a], year))):
            return found
    return None


def _month_date(dates: Iterable[str]) -> str | None:
    return primary_date([d for d in dates if date_precision(d) >= 2])


def _complement(spans: tuple[Span, ...], length: int) -> tuple[Span, ...]:
    edges = [0, *(x for span in spans for x in span), length]
    return tuple((a, b) for a, b in zip(edges[::2], edges[1::2], strict=True) if a < b)


def soviet_power_dates(
    events: Iterable[Event], where: Callable[[str], bool] = lambda _region: True
) -> dict[str, RegionTimeline]:
    """Per region (those `where` keeps): the earliest establishment of Soviet power and the
    counter-revolution after it; then regions the article excepts from it and never dates.
    Ordered by date of establishment."""
    ordered = sorted(events, key=lambda e: e.date)
    counters = [e for e in ordered if e.kind == COUNTER_REVOLUTION]
    established: dict[str, Event] = {}
    for event in (e for e in ordered if e.kind == SOVIET_POWER):
        for region in filter(where, event.regions):
            first = established.get(region)
            # A day within the month first given refines it: "1918-03-02" over "1918-03".
            if first is None or event.date.startswith(first.date):
                established[region] = event
    timelines = {
        region: RegionTimeline(
            region,
            event,
            tuple(c for c in counters if region in c.regions and _later(c.date, event.date)),
        )
        for region, event in sorted(established.items(), key=lambda item: item[1].date)
    }
    for event in (e for e in ordered if e.kind == SOVIET_POWER):
        for region in filter(where, event.excepted):
            if region not in timelines:
                setbacks = tuple(c for c in counters if region in c.regions)
                timelines[region] = RegionTimeline(region, None, setbacks)
    return timelines


def _later(date: str, than: str) -> bool:
    """Strictly later at the precision both give: "1918-04" is later than "1918-03-02", but
    "1918-03-28" is not known to be later than "1918-03"."""
    return date > than and not date.startswith(than)
