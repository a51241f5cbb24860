"""What a reply bolds and the 📅/📍 line beside it: the best sentence with the neighbour that
carries what it lacks, and that answer's own dates and places (see `answers` for the ranking).
"""

from __future__ import annotations

from dataclasses import dataclass

from index.domain import Chunk
from index.search.answers import Ranked
from index.search.sentence_table import KINDS, Question, SentenceTable, word_stem
from index.text.cues import DATE, NUMBER, PERSON, PLACE
from index.text.dates import date_precision
from index.text.words import WORD

# A sentence this short rarely answers on its own («Ол 1918 ж. болды.»): quote its neighbour too.
MIN_QUOTE_WORDS = 6
# A "what" question's answer may run over two sentences that score alike («… 13 январьда …
# батыл шаралар қолданды. 13 январьда ол түрмеден саяси тұтқындарды босатты.»): a neighbour
# within this much of the best sentence's answer score is quoted with it.
TIED_MARGIN = 0.3


@dataclass(frozen=True)
class Quote:
    """The sentences a reply bolds: the best one and the contiguous rows around it."""

    best: int
    rows: range

    @property
    def ordered(self) -> list[int]:
        """The best sentence first: its own dates and places lead the reply's 📅/📍 line."""
        return [self.best, *(r for r in self.rows if r != self.best)]


def quote_rows(table: SentenceTable, question: Question, ranked: Ranked, chunk: int) -> Quote:
    """The best sentence of a passage, taking in the nearby sentence that carries what it
    lacks: the date asked for (up to two sentences away), the person, number or place asked for
    (the next or previous sentence: «… съезі … сайлады. Оның председателі … Зинченко болды.»),
    the place asked about when it is not named before it either (the next sentence), more
    words when it is short, or, for a question asking for nothing in particular, the
    neighbour that has words of the question the best one lacks («… көтерілісі болды.
    Көтерілісшілер … қару-жарақ қоймаларын басып алып …» for what was seized), else the one
    that scores alike."""
    best = ranked.best_row[chunk]
    inside = table.rows(chunk)
    near = [best + d for d in (-1, 1, -2, 2) if best + d in inside]
    partner = None
    if DATE in question.kinds and not table.dates[best]:
        partner = next((r for r in near if table.dates[r]), None)
    # What each sentence holds for this question, read once (a count check reads its text).
    held = {r: table.held(r, question) for r in [best, *near[:2]]}
    for kind in (PERSON, NUMBER, PLACE):
        column = KINDS.index(kind)
        if partner is None and kind in question.kinds and held[best][column] < 1:
            # A neighbour holding it better: a list of towns after one («Оның жұмысына
            # Петропавл, Көкшетау, …»), a count of what is asked after a count of others.
            holding = [r for r in near[:2] if held[r][column] > held[best][column]]
            # Both neighbours may name someone: the one that answers better.
            partner = max(holding, key=lambda r: ranked.scores.get(r, 0.0), default=None)
    asked = set(question.regions)
    if partner is None and asked and not asked & set(table.carried_regions[best]):
        partner = next((r for r in near[:2] if asked & set(table.regions[r])), None)
    if partner is None and len(table.texts[best].split()) < MIN_QUOTE_WORDS and near:
        partner = max(near[:2], key=lambda r: ranked.scores.get(r, 0.0))
    if partner is None and not question.kinds:
        said = _stems(table.texts[best])
        # The next sentence first: an answer follows the sentence that sets its scene.
        adding = [r for r in near[:2][::-1] if question.stems & _stems(table.texts[r]) - said]
        tied = [
            r for r in near[:2] if ranked.scores.get(r, -1e9) >= ranked.scores[best] - TIED_MARGIN
        ]
        partner = adding[0] if adding else max(tied, key=ranked.scores.__getitem__, default=None)
    if partner is None:
        return Quote(best, range(best, best + 1))
    return Quote(best, range(min(best, partner), max(best, partner) + 1))


def _stems(text: str) -> set[str]:
    return {word_stem(w) for w in WORD.findall(text)}


def answer_metadata(
    table: SentenceTable, quote: Quote, question: Question, chunk: Chunk, limit: int = 3
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Dates and places of the quoted sentences, else the last ones named before them in the
    passage, else the passage's; places the question asked about first, at most `limit`."""
    rows = quote.ordered
    narrated = table.event_dates[quote.best] if table.events[quote.best] == question.event else None
    chosen = table.clauses.answer_date_order(
        quote.best, question.lexical, question.dates, question.regions, narrated
    )
    quoted = [d for r in rows for d in table.dates[r]]
    if DATE not in question.kinds and not table.dates[quote.best]:
        # An undated answer speaks in the time in force before it; a neighbour quoted after
        # it for a person or a count dates its own event («… Емелев бастаған …» in April).
        quoted = [*table.carried_dates[quote.best], *quoted]
    own = tuple(dict.fromkeys([*chosen, *filter(None, [narrated]), *quoted]))
    # Bare years alone («1905 жылдан Компартия мүшесі») date a biography, not the event told:
    # the day or month in force before the quote comes first.
    if all(date_precision(d) == 1 for d in own):
        own = tuple(dict.fromkeys([*_dated_before(table, quote.rows[0]), *own]))
    dates = own or table.carried_dates[quote.best] or chunk.dates
    regions = (
        tuple(dict.fromkeys(p for r in rows for p in table.regions[r]))
        or table.carried_regions[quote.best]
        or chunk.regions
    )
    asked = [r for r in regions if r in question.regions]
    ordered = tuple(dict.fromkeys([*asked, *regions]))
    return dates, ordered[:limit]


def _dated_before(table: SentenceTable, row: int) -> tuple[str, ...]:
    """Dates finer than a year carried to the sentence before `row` in its passage."""
    if row == 0 or table.chunk_of[row - 1] != table.chunk_of[row]:
        return ()
    return tuple(d for d in table.carried_dates[row - 1] if date_precision(d) > 1)


def kind_held(table: SentenceTable, question: Question, quote: Quote) -> float:
    """How well the quoted sentences hold the kind of answer asked, 0–1 (1: nothing asked)."""
    asked = [KINDS.index(k) for k in question.kinds]
    if not asked:
        return 1.0
    return float(max(table.held(r, question)[asked].max() for r in quote.rows))
