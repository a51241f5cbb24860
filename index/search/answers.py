"""Answers, not only passages: every sentence of the best candidate passages is scored as an
answer to the question, and the passage shown is the one holding the best sentence.

A sentence is read with its neighbours as context: the date or the place that answers is often
in the sentence before or after it («… 30 октябрьде-ақ …» / «Совет өкіметі … Перовскіде
жеңді.»), so a neighbour's place and date count at half weight and its kind of answer at a
quarter, and the quote takes the neighbour in when it carries what the question asks for.

Everything per sentence that does not depend on the question (its regions, dates, what kinds
of answer it holds, its lexical vector) is computed once per build in
`sentence_table.SentenceTable`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from index.search.ranking import date_match, region_match
from index.search.sentence_table import KINDS, Question, SentenceTable
from index.text.cues import PLACE

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
    # Added for a "where" question when the sentence attaches a place to what it asks about.
    located: float = 0.3
    # Added to the sentences of the passage that lexical and dense search both rank first: a
    # sentence elsewhere then needs more to win (tuning sets: of the answers moved away from
    # such a passage, half of the Russian ones were wrong).
    agreed: float = 0.15
    # Subtracted when the question names a time and the sentence speaks of other times only.
    elsewhen: float = 0.3


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
    agreed: int | None = None,
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
        - weights.elsewhen * _elsewhen(table, question, rows)
        + weights.located * _locates(table, question, rows)
    )
    if agreed is not None:
        score += weights.agreed * (table.chunk_of[rows] == agreed)
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


def _locates(table: SentenceTable, question: Question, rows: np.ndarray) -> np.ndarray:
    """1 for a sentence attaching a place to a word of a "where" question."""
    if PLACE not in question.kinds or not question.stems:
        return np.zeros(len(rows))
    return np.array([bool(table.located[r] & question.stems) for r in rows], dtype=np.float64)


def _focus(places: tuple[str, ...]) -> float:
    """How much a sentence is about each place it names: fully for up to LIST_PLACES, less
    for a list («… Әулиеатада, Петропавлда, Черняевскіде, Перовскіде, Қазалыда …»)."""
    return min(1.0, LIST_PLACES / len(places)) if places else 1.0


def _elsewhere(table: SentenceTable, question: Question, rows: np.ndarray) -> np.ndarray:
    """1 for a sentence about other places than the question's («… Павлодарда … . 19
    январьда қалада …» for a Perovsk question). Not for a "where" question: its answer is
    another place («штаб … София станицасында»)."""
    asked = set(question.regions)
    if not asked or PLACE in question.kinds:
        return np.zeros(len(rows))
    return _only_other(rows, table.regions, table.carried_regions, lambda p: bool(asked & set(p)))


def _elsewhen(table: SentenceTable, question: Question, rows: np.ndarray) -> np.ndarray:
    """1 for a sentence dated only at other times than the question names («Қостанай 1917?»
    against a sentence of March 1918)."""
    if not question.dates:
        return np.zeros(len(rows))
    return _only_other(
        rows, table.dates, table.carried_dates, lambda d: date_match(question.dates, d) > 0
    )


def _only_other(
    rows: np.ndarray,
    own: Sequence[tuple[str, ...]],
    carried: Sequence[tuple[str, ...]],
    asked: Callable[[tuple[str, ...]], bool],
) -> np.ndarray:
    """1 for a sentence whose own places or dates, else the ones carried to it, are there and
    none of them is `asked`."""
    return np.array(
        [bool(found := own[r] or carried[r]) and not asked(found) for r in rows],
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
