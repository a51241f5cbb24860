"""Which of a sentence's dates is the answer's: the one whose clause the question is about.

A Kazakh sentence can narrate several dated steps, each date leading the words it governs:
«… 1918 жылы 16 январьда Қарғалы станицасының ауданында … талқандап, 18 январьда Орынборды …
азат етті.» A question about Orenburg's liberation is answered by the 18th, a question about
Kargaly by the 16th. Each date opens a clause that runs to the next date; the clause that
shares the question's date, place and words gives the date shown first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from scipy.sparse import spmatrix

from index.search.ranking import date_match
from index.text.dates import date_spans, extract_dates, last_year
from index.text.words import WORD

# A closing bracket, but not of a bare day: «15 (28) январьдағы» is one date in two styles.
_CLOSING = re.compile(r"(?<!\(\d)(?<!\(\d\d)\)\s*")
# What each agreement with the question is worth when choosing a clause; the lexical cosine
# (0–0.5) settles the rest.
DATE_AGREES = 2.0
PLACE_AGREES = 1.0
NARRATED = 0.5


@dataclass(frozen=True)
class Clause:
    dates: tuple[str, ...]
    regions: tuple[str, ...]


@dataclass(frozen=True)
class SentenceClauses:
    """Dated clauses of the sentences that have two or more, with their lexical rows."""

    by_row: dict[int, tuple[int, ...]]  # sentence row -> indexes into `clauses`
    clauses: tuple[Clause, ...]
    lexical: spmatrix | None

    @classmethod
    def build(
        cls,
        sentences: Sequence[tuple[str, int | None]],
        regions_of: Callable[[str], tuple[str, ...]],
        vectorize: Callable[[Sequence[str]], spmatrix],
    ) -> SentenceClauses:
        """From (sentence, year in force before it) pairs, in table row order."""
        by_row: dict[int, tuple[int, ...]] = {}
        clauses: list[Clause] = []
        texts: list[str] = []
        for row, (text, year) in enumerate(sentences):
            pieces = dated_clauses(text, year)
            if len({c for c, _ in pieces}) < 2:
                continue
            by_row[row] = tuple(range(len(clauses), len(clauses) + len(pieces)))
            for dates, piece in pieces:
                clauses.append(Clause(dates, regions_of(piece)))
                texts.append(piece)
        return cls(by_row, tuple(clauses), vectorize(texts) if texts else None)

    def answer_date_order(
        self,
        row: int,
        question_lexical: spmatrix,
        question_dates: Sequence[str],
        question_regions: Sequence[str],
        narrated: str | None,
    ) -> tuple[str, ...]:
        """The sentence's dates, those of the clause the question is about first; () when the
        sentence has fewer than two dated clauses (nothing to choose)."""
        ids = self.by_row.get(row)
        if not ids or self.lexical is None:
            return ()
        cosine = np.asarray((self.lexical[list(ids)] @ question_lexical.T).toarray()).ravel()
        asked = set(question_regions)

        def score(n: int) -> float:
            clause = self.clauses[ids[n]]
            return (
                DATE_AGREES * date_match(question_dates, clause.dates)
                + PLACE_AGREES * bool(asked & set(clause.regions))
                + NARRATED * (narrated in clause.dates)
                + float(cosine[n])
            )

        # Stable: on a tie the clause written first wins.
        order = sorted(range(len(ids)), key=lambda n: -score(n))
        return tuple(dict.fromkeys(d for n in order for d in self.clauses[ids[n]].dates))


def dated_clauses(text: str, year: int | None) -> list[tuple[tuple[str, ...], str]]:
    """(dates, clause text) for each date run of a sentence, its clause running to the next
    run; the words before the first run (the subject) belong to the first clause. A run
    followed by its bracketed alternative («25 октябрьде (7 ноябрьде) …») joins it, and a
    bracketed run after words dates those words."""
    runs = [
        (a, b, found)
        for run in date_spans(text)
        for a, b in _split_at_closing_bracket(text, *run)
        if (found := extract_dates(text[a:b], last_year(text[:a], year)))
    ]
    if not runs:
        return []
    # A bracketed date after words dates those words («… декларациясы» (1917 ж. 2 нояб.) және
    # … үндеуі (1917 ж. 20 нояб.)): its clause starts where the run before it ends.
    starts = [
        0,
        *(b0 if _annotates(text[b0:a1]) else a1 for (_, b0, _), (a1, _, _) in pairwise(runs)),
    ]
    ends = [*starts[1:], len(text)]
    pieces: list[tuple[tuple[str, ...], str]] = []
    pending: tuple[str, ...] = ()
    for (_, b, found), start, end in zip(runs, starts, ends, strict=True):
        dates = (*pending, *found)
        # «25 октябрьде (7 ноябрьде) …»: the same day in the new style, bracketed after it.
        if not WORD.search(text[b:end]) and "(" in text[b:end]:
            pending = dates
            continue
        pending = ()
        pieces.append((tuple(dict.fromkeys(dates)), text[start:end]))
    if pending and pieces:
        last_dates, last_text = pieces[-1]
        pieces[-1] = (tuple(dict.fromkeys((*last_dates, *pending))), last_text)
    return pieces


def _annotates(between: str) -> bool:
    """Whether the text between two date runs ends in an open bracket that follows words:
    the second run is a bracketed date of those words, not a new clause."""
    opened = between.rfind("(")
    return opened >= 0 and ")" not in between[opened:] and WORD.search(between[:opened]) is not None


def _split_at_closing_bracket(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A date run cut where a bracket closes: «(Орынбор, 1918 ж. 21 март – 3 апр.) 1918 ж.
    30 мартта …» reads as one run of dates, but the congress's span and the day it adopted
    the statute are two."""
    cuts = [m.end() for m in _CLOSING.finditer(text, start, end)]
    edges = [start, *cuts, end]
    return [(a, b) for a, b in pairwise(edges) if a < b]
