"""Answers, not only passages: every sentence of the best candidate passages is scored as an
answer to the question, and the passage shown is the one holding the best sentence.

A sentence is read with its neighbours as context: the date or the place that answers is often
in the sentence before or after it («… 30 октябрьде-ақ …» / «Совет өкіметі … Перовскіде
жеңді.»), so a neighbour's place and date count at half weight and its kind of answer at a
quarter, and the quote takes the neighbour in when it carries what the question asks for.

Everything per sentence that does not depend on the question (its regions, dates, what kinds
of answer it holds, its lexical vector) is computed once per build in `SentenceTable`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import spmatrix

from index.domain import Chunk
from index.events import event_date
from index.search.clauses import SentenceClauses
from index.search.ranking import date_match, region_match
from index.text.cues import DATE, NUMBER, PERSON, PLACE, has_kind
from index.text.dates import extract_dates, last_year
from index.text.event_cues import blank, mask_quotes, read_sentence
from index.text.sentences import split_sentences

KINDS = (DATE, PERSON, NUMBER, PLACE)
NEIGHBOUR_WEIGHT = 0.5
# The kind of answer asked counts for less in a neighbour: the quote takes that neighbour in
# anyway (`quotes.quote_rows`), and a sentence holding the answer itself should win.
KIND_NEIGHBOUR_WEIGHT = 0.25
CARRIED_WEIGHT = 0.75
LIST_PLACES = 3


@dataclass(frozen=True)
class AnswerWeights:
    """How the features of a sentence add up to its answer score.

    Scales: lexical cosine ~0–0.5; dense cosine centred on the candidates' mean ~±0.05;
    the passage's fused score divided by the best one, 0–1; place, date and kind 0–1.
    """

    # Set on the dev set split in halves (odd/even ids) and on the bot's own example questions
    # (both languages): lexical, kind, event and region weights matter (right replies on the
    # halves 0.83/0.78 -> 1.00/0.89, examples 2/6 -> 4/6), the rest hardly do.
    lexical: float = 2.0
    dense: float = 2.0
    passage: float = 0.3
    region: float = 0.3
    date: float = 0.15
    kind: float = 0.6
    event: float = 0.6
    # Subtracted when the question names a place and the sentence speaks of others only.
    elsewhere: float = 0.5


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

    @classmethod
    def build(
        cls,
        chunks: Sequence[Chunk],
        regions_of: Callable[[str], tuple[str, ...]],
        vectorize: Callable[[Sequence[str]], spmatrix],
    ) -> SentenceTable:
        chunk_of, spans, texts, regions, dates, kinds = [], [], [], [], [], []
        first_row, carried_regions, carried_dates, events, event_dates = [], [], [], [], []
        years_before: list[int | None] = []
        for i, (chunk, year) in enumerate(zip(chunks, _years_in_force(chunks), strict=True)):
            first_row.append(len(spans))
            last_places: tuple[str, ...] = ()
            # The time in force runs on from the passage before in the same section.
            same = i > 0 and (chunks[i - 1].document, chunks[i - 1].section) == (
                chunk.document,
                chunk.section,
            )
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


@dataclass(frozen=True)
class Ranked:
    """Candidate passages ordered by their best sentence, and that sentence's row."""

    chunks: tuple[int, ...]
    best_row: dict[int, int]  # chunk -> row of its best sentence
    scores: dict[int, float]  # row -> answer score (rows of the candidates)


def rank_answers(
    table: SentenceTable,
    question: Question,
    candidates: Sequence[int],
    passage_scores: np.ndarray,
    sentence_sims: np.ndarray | None,
    weights: AnswerWeights,
) -> Ranked:
    """Score every sentence of the candidate passages; order the passages by their best."""
    rows = np.concatenate([np.arange(*table.first_row[c : c + 2]) for c in candidates])
    rows = rows.astype(np.int64)
    own = _own_features(table, question, rows)
    context = _neighbour_features(table, own, rows)
    lexical = np.asarray((table.lexical[rows] @ question.lexical.T).toarray()).ravel()
    best_passage = max(float(passage_scores[list(candidates)].max()), 1e-9)
    score = (
        weights.lexical * lexical
        + weights.passage * passage_scores[table.chunk_of[rows]] / best_passage
        + weights.region * context[:, 0]
        + weights.date * context[:, 1]
        + weights.kind * context[:, 2]
        + weights.event * context[:, 3]
        - weights.elsewhere * _elsewhere(table, question, rows)
    )
    if sentence_sims is not None:
        dense = sentence_sims[rows]
        score += weights.dense * (dense - dense.mean())
    scores = {int(r): float(s) for r, s in zip(rows, score, strict=True)}
    best_row = {c: max(table.rows(c), key=scores.__getitem__) for c in candidates if table.rows(c)}
    order = sorted(best_row, key=lambda c: -scores[best_row[c]])
    return Ranked(tuple(order), best_row, scores)


def _own_features(table: SentenceTable, question: Question, rows: np.ndarray) -> np.ndarray:
    """Per row: place match, date match, kind of answer asked and kind of event asked, of the
    sentence alone (a place carried from before it counts at half weight)."""
    asked = [KINDS.index(k) for k in question.kinds]
    out = np.zeros((len(rows), 4))
    for n, r in enumerate(rows):
        if question.regions:
            out[n, 0] = max(
                _focus(table.regions[r]) * region_match(question.regions, table.regions[r]),
                CARRIED_WEIGHT * region_match(question.regions, table.carried_regions[r]),
            )
        if question.dates:
            out[n, 1] = date_match(question.dates, table.dates[r])
        if asked:
            out[n, 2] = table.held(r, question)[asked].max()
        out[n, 3] = question.event is not None and table.events[r] == question.event
    return out


def _focus(places: tuple[str, ...]) -> float:
    """How much a sentence is about each place it names: fully for up to LIST_PLACES, less
    for a list («… Әулиеатада, Петропавлда, Черняевскіде, Перовскіде, Қазалыда …»)."""
    return min(1.0, LIST_PLACES / len(places)) if places else 1.0


def _elsewhere(table: SentenceTable, question: Question, rows: np.ndarray) -> np.ndarray:
    """1 for a sentence about other places than the question's, by its own places or else
    the ones carried to it («… Павлодарда … . 19 январьда қалада …» for a Perovsk question).
    Not for a "where" question: its answer is another place («штаб … София станицасында»)."""
    asked = set(question.regions)
    if not asked or PLACE in question.kinds:
        return np.zeros(len(rows))
    return np.array(
        [
            bool(places := table.regions[r] or table.carried_regions[r]) and not asked & set(places)
            for r in rows
        ],
        dtype=np.float64,
    )


def _neighbour_features(table: SentenceTable, own: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Own features, raised by half of a neighbour's in the same passage where it is higher
    (a quarter of its kind of answer)."""
    position = {int(r): n for n, r in enumerate(rows)}
    weights = np.array(
        [NEIGHBOUR_WEIGHT, NEIGHBOUR_WEIGHT, KIND_NEIGHBOUR_WEIGHT, NEIGHBOUR_WEIGHT]
    )
    out = own.copy()
    for n, r in enumerate(rows):
        for other in (int(r) - 1, int(r) + 1):
            m = position.get(other)
            if m is not None and table.chunk_of[other] == table.chunk_of[r]:
                out[n] = np.maximum(out[n], weights * own[m])
    return out
