"""What each sentence of a build holds, read once per build: its regions, dates, kinds of
answer, the event it narrates, its lexical vector and the places it attaches to words
(`SentenceTable`), and what the scorer knows about one question (`Question`). The answer
ranking (`answers`) and the quote (`quotes`) read both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import spmatrix

from index.domain import Chunk
from index.events import event_date
from index.search.clauses import SentenceClauses
from index.text.cues import DATE, NUMBER, PERSON, PLACE, has_kind, tells_leading
from index.text.dates import extract_dates, last_year
from index.text.event_cues import blank, mask_quotes, read_sentence
from index.text.sentences import split_sentences
from index.text.words import plain

KINDS = (DATE, PERSON, NUMBER, PLACE)
# «Жымпитыдағы Алашорда «үкіметінің» …»: a place word in -дағы/-дегі and the words after it.
_ATTRIBUTIVE_PLACE = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+(?:да|де|та|те)(?:ғы|гі))\s+«?([^\W\d_]+)»?(?:\s+«?([^\W\d_]+))?"
)
_STEM = 5
# How much a person named without a word of leading answers who led.
LEADERLESS = 0.5


def word_stem(word: str) -> str:
    """A word as `Question.stems` and `SentenceTable.located` compare it."""
    return plain(word.lower())[:_STEM]


@dataclass(frozen=True)
class SentenceTable:
    """Row i is the sentence chunks[chunk_of[i]].text[spans[i][0]:spans[i][1]], in passage
    order (the order of a build's sentence vectors)."""

    chunk_of: np.ndarray  # int
    spans: tuple[tuple[int, int], ...]
    texts: tuple[str, ...]
    regions: tuple[tuple[str, ...], ...]
    dates: tuple[tuple[str, ...], ...]
    # A sentence that names no place or date speaks of the last ones named before it in its
    # passage («… Павлодарда … . 19 январьда қалада өкімет Советтің қолына көшті.»).
    carried_regions: tuple[tuple[str, ...], ...]
    carried_dates: tuple[tuple[str, ...], ...]
    kinds: np.ndarray  # float, shape (n, len(KINDS)): how well row i holds each kind
    events: tuple[str, ...]  # the kind of event each sentence narrates (event_cues)
    # The date of that event, from the clause that narrates it: «16 январьда Қарғалы …
    # талқандап, 18 январьда Орынборды … азат етті» is an event of 18 January.
    event_dates: tuple[str | None, ...]
    lexical: spmatrix  # TF-IDF rows in the lexical index's space
    clauses: SentenceClauses  # the dated clauses of sentences with several dates
    first_row: np.ndarray  # int, per chunk: its first row (rows of a chunk are contiguous)
    # Stems of the words a place is attached to («Жымпитыдағы Алашорда «үкіметінің» …»): the
    # sentence says where those are.
    located: tuple[frozenset[str], ...]

    @classmethod
    def build(
        cls,
        chunks: Sequence[Chunk],
        regions_of: Callable[[str], tuple[str, ...]],
        vectorize: Callable[[Sequence[str]], spmatrix],
    ) -> SentenceTable:
        chunk_of, spans, texts, regions, dates, kinds, located = [], [], [], [], [], [], []
        first_row, carried_regions, carried_dates, events, event_dates = [], [], [], [], []
        years_before: list[int | None] = []
        for i, (chunk, year) in enumerate(zip(chunks, _years_in_force(chunks), strict=True)):
            first_row.append(len(spans))
            # The place and time in force run on from the passage before in the same section
            # («… Оралда … .» / «Марттың 28-нен 29-на қараған түні қалада …»).
            same = i > 0 and (chunks[i - 1].document, chunks[i - 1].section) == (
                chunk.document,
                chunk.section,
            )
            last_places: tuple[str, ...] = carried_regions[-1] if same and carried_regions else ()
            last_dates: tuple[str, ...] = carried_dates[-1] if same and carried_dates else ()
            for start, end in split_sentences(chunk.text):
                text = chunk.text[start:end]
                # A day and month take the year last stated before them.
                years_before.append(last_year(chunk.text[:start], year))
                found = extract_dates(text, years_before[-1])
                reading = read_sentence(text)
                # Where it happened: not places in news heard from elsewhere («Петроградта …
                # жеңуі туралы хабардар болысымен»), in a quoted appeal, or excepted («(Орал
                # мен оның аудандарынан басқа)»).
                places = regions_of(blank(mask_quotes(text), (*reading.heard, *reading.excepted)))
                chunk_of.append(i)
                spans.append((start, end))
                texts.append(text)
                regions.append(places)
                dates.append(found)
                last_places, last_dates = places or last_places, found or last_dates
                carried_regions.append(last_places)
                carried_dates.append(last_dates)
                kinds.append([has_kind(k, text, found, lambda _t, p=places: p) for k in KINDS])
                events.append(reading.kind)
                located.append(_located(text, regions_of))
                event_dates.append(event_date(text, reading, years_before[-1]))
        first_row.append(len(spans))
        return cls(
            chunk_of=np.array(chunk_of, dtype=np.int64),
            spans=tuple(spans),
            texts=tuple(texts),
            regions=tuple(regions),
            dates=tuple(dates),
            carried_regions=tuple(carried_regions),
            carried_dates=tuple(carried_dates),
            kinds=np.array(kinds, dtype=np.float64).reshape(len(spans), len(KINDS)),
            events=tuple(events),
            event_dates=tuple(event_dates),
            lexical=vectorize(texts),
            clauses=SentenceClauses.build(
                list(zip(texts, years_before, strict=True)), regions_of, vectorize
            ),
            first_row=np.array(first_row, dtype=np.int64),
            located=tuple(located),
        )

    def rows(self, chunk: int) -> range:
        return range(int(self.first_row[chunk]), int(self.first_row[chunk + 1]))

    def held(self, row: int, question: Question) -> np.ndarray:
        """How well row holds each kind of answer for this question: a count answers "how
        many" fully when it counts what is asked, and a place answers "where" only when it
        is not the place asked about («Батыс Сібір съезіне қай қалалардан …?» is answered
        by the towns, not by Батыс Сібір), fully only with two or more when a list is asked."""
        values = self.kinds[row].copy()
        number = KINDS.index(NUMBER)
        if NUMBER in question.kinds and question.counts is not None and values[number]:
            # Any count half answers «қанша адам»; a count of people answers it.
            values[number] = 1.0 if question.counts(self.texts[row]) else 0.5
        person = KINDS.index(PERSON)
        if question.leader and values[person] and not tells_leading(self.texts[row]):
            # «Дубининнің ұсынысы бойынша ревком құрылды» names him, not as its head.
            values[person] *= LEADERLESS
        if PLACE in question.kinds and (question.regions or question.several_places):
            new = len(set(self.regions[row]) - set(question.regions))
            # A list is asked for: one place is half of it.
            wanted = 2 if question.several_places else 1
            values[KINDS.index(PLACE)] = min(new / wanted, 1.0)
        return values


def _years_in_force(chunks: Sequence[Chunk]) -> list[int | None]:
    """The year in force where each passage starts: the last one stated before it in its
    document (as ingestion reads its dates), else its own primary date's."""
    carried: dict[str, int | None] = {}
    years = []
    for chunk in chunks:
        year = carried.get(chunk.document) or (int(chunk.date[:4]) if chunk.date else None)
        years.append(year)
        carried[chunk.document] = last_year(chunk.text, year)
    return years


@dataclass(frozen=True)
class Question:
    """What the scorer knows about one question."""

    lexical: spmatrix  # the (glossary-expanded) question in the lexical space, one row
    regions: tuple[str, ...]
    dates: tuple[str, ...]
    kinds: frozenset[str]  # kinds of answer asked for
    event: str | None = None  # the kind of event asked about (asked_event)
    # Whether a sentence counts what a "how many" question counts (quote_checks.count_matcher).
    counts: Callable[[str], bool] | None = None
    several_places: bool = False  # "which towns", asking for a list (cues.asks_several_places)
    stems: frozenset[str] = frozenset()  # of its words, and of the article's words for them
    leader: bool = False  # a "who" question asking who led (cues.asks_leader)


def _located(text: str, regions_of: Callable[[str], tuple[str, ...]]) -> frozenset[str]:
    """Stems of the two words after each place in the attributive locative («Жымпитыдағы»)."""
    return frozenset(
        word_stem(w)
        for m in _ATTRIBUTIVE_PLACE.finditer(text)
        if regions_of(m.group(1))
        for w in m.group(2, 3)
        if w
    )
