"""Answer ranking and quoting (`answers`, `quotes`) on the real article: the sentence that
answers, its date and its place."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from index.search.answers import AnswerWeights, Ranked, _neighbour_features, rank_answers
from index.search.quotes import Quote, answer_metadata, kind_held, quote_rows
from index.search.sentence_table import Question, word_stem
from index.text.cues import PERSON, asked_kinds
from index.text.dates import extract_dates
from index.text.words import WORD


def _asked(corpus, question: str) -> Question:
    """A question read as the searcher reads it, lexical side only."""
    _, gazetteer, lexical, _ = corpus
    return Question(
        lexical=lexical.vectors([question]),
        regions=gazetteer.find(question),
        dates=extract_dates(question),
        kinds=asked_kinds(question),
        stems=frozenset(word_stem(w) for w in WORD.findall(question)),
    )


def _best_and_next(table, starts: str, best: float, following: float) -> tuple[int, int, Ranked]:
    """The sentence holding `starts` ranked best in its passage, scored `best`, the sentence
    after it `following`, the others 0: (its row, its passage, the ranking)."""
    row = next(r for r, t in enumerate(table.texts) if starts in t)
    chunk = int(table.chunk_of[row])
    scores = {r: 0.0 for r in table.rows(chunk)} | {row: best, row + 1: following}
    return row, chunk, Ranked((chunk,), {chunk: row}, scores)


def _ask(corpus, question: str):
    """Rank the whole article's sentences for a question, lexical side only."""
    chunks, _, lexical, table = corpus
    asked = _asked(corpus, question)
    passage_scores = np.asarray(lexical.scores(question), dtype=np.float64)
    candidates = [int(i) for i in np.argsort(-passage_scores)[:8]]
    ranked = rank_answers(table, asked, candidates, passage_scores, None, AnswerWeights())
    top = ranked.chunks[0]
    quote = quote_rows(table, asked, ranked, top)
    chunk = chunks[top]
    start, end = table.spans[quote.rows[0]][0], table.spans[quote.rows[-1]][1]
    return chunk.text[start:end], answer_metadata(table, quote, asked, chunk), table, asked, quote


def test_a_when_question_bolds_the_sentence_with_the_date(corpus) -> None:
    quote, (dates, regions), table, asked, found = _ask(
        corpus, "Перовскіде Совет өкіметі қашан жеңді?"
    )
    # «… Перовскіде жеңді.» names the place; the date is two sentences on: both are bold.
    assert "Перовскіде жеңді" in quote and "30 октябрьде-ақ" in quote
    assert dates[0] == "1917-10-30" and regions[0] == "Перовск"
    assert kind_held(table, asked, found) == 1.0


def test_the_answers_own_date_and_place_not_the_passages(corpus) -> None:
    quote, (dates, regions), *_ = _ask(corpus, "Павлодарда өкімет Советтің қолына қашан көшті?")
    assert quote == "19 январьда қалада өкімет Советтің қолына көшті."
    assert dates == ("1918-01-19",)  # not 13 January, the sentence before
    assert regions == ("Павлодар",)  # carried: the sentence itself says «қалада»


def test_places_asked_about_come_first_and_at_most_three(corpus) -> None:
    _, (_, regions), *_ = _ask(corpus, "Ақтөбеде қалалық Совет қай банкіні национализациялады?")
    assert regions[0] == "Ақтөбе" and len(regions) <= 3


def test_kind_held_is_one_when_nothing_is_asked(corpus) -> None:
    _, _, table, asked, quote = _ask(corpus, "Торғай Советі")
    assert asked.kinds == frozenset() and kind_held(table, asked, quote) == 1.0


def test_a_who_question_bolds_the_next_sentence_that_names_the_person(corpus) -> None:
    quote, *_ = _ask(
        corpus, "1918 жылы февральдың басындағы уездік съезд сайлаған атқару комитеті кім болды?"
    )
    # The congress sentence is best; the chairman is named in the sentence after it.
    assert "атқару комитеттің жаңа құрамын сайлады" in quote and "Зинченко" in quote


def test_an_undated_answer_to_who_shows_the_time_in_force_not_the_next_sentences(
    corpus,
) -> None:
    chunks, _, lexical, table = corpus
    row = next(i for i, t in enumerate(table.texts) if t.startswith("Бүкіл өкімет билігі П. М."))
    asked = Question(lexical.vectors(["Верныйда ревкомға кім кірді?"]), (), (), frozenset({PERSON}))
    quote = Quote(row, range(row, row + 2))  # the next sentence tells of 10 March
    dates, _ = answer_metadata(table, quote, asked, chunks[int(table.chunk_of[row])])
    # Power passed to the revcom on the night of 2-3 March, told just before.
    assert table.dates[row + 1] == ("1918-03-10",) and dates[0] == "1918-03-02"


def test_a_sentence_listing_many_towns_is_not_about_the_one_asked(corpus) -> None:
    quote, *_ = _ask(corpus, "Перовскідегі Совет билікті нақты қай күні қолына алды?")
    # Not «1917 жылдың күзіне дейін Әулиеатада, Петропавлда, …, Перовскіде, Қазалыда …».
    assert "30 октябрьде-ақ" in quote


def test_a_what_questions_answer_takes_in_a_neighbour_that_scores_alike(corpus) -> None:
    *_, table = corpus
    first = next(r for r, t in enumerate(table.texts) if "январьдың басында өкіметті алу" in t)
    then = first + 1
    assert table.texts[then].startswith("13 январьда ол түрмеден")
    chunk = int(table.chunk_of[first])
    what = Question(lexical=None, regions=("Павлодар",), dates=("1918-01-13",), kinds=frozenset())

    def quoted(kinds: frozenset[str], best: float, neighbour: float) -> range:
        scores = {r: 0.0 for r in table.rows(chunk)} | {first: best, then: neighbour}
        ranked = Ranked((chunk,), {chunk: first}, scores)
        return quote_rows(table, replace(what, kinds=kinds), ranked, chunk).rows

    assert quoted(frozenset(), 1.25, 1.18) == range(first, then + 1)
    assert quoted(frozenset(), 1.25, 0.90) == range(first, first + 1)
    assert quoted(frozenset({PERSON}), 1.25, 1.18) == range(first, first + 1)


def test_a_what_questions_answer_takes_in_the_neighbour_with_its_words(corpus) -> None:
    *_, table = corpus
    # The best sentence dates the uprising; the next tells what was seized («басып алып»).
    rising, chunk, ranked = _best_and_next(table, "2 марттан 3 мартқа", 1.3, 0.5)
    seized = rising + 1
    assert table.texts[seized].startswith("Көтерілісшілер қорғанды")

    def quoted(question: str) -> range:
        stems = frozenset(word_stem(w) for w in WORD.findall(question))
        asked = Question(lexical=None, regions=("Верный",), dates=(), kinds=frozenset())
        return quote_rows(table, replace(asked, stems=stems), ranked, chunk).rows

    assert quoted("Верныйдағы көтерілісте не басып алынды?") == range(rising, seized + 1)
    # Nothing asked that the next sentence adds: the best one alone.
    assert quoted("Верныйдағы көтеріліс қалай болды?") == range(rising, rising + 1)


def test_a_list_asked_takes_in_the_neighbour_that_lists_more_places(corpus) -> None:
    *_, table = corpus
    congress, chunk, ranked = _best_and_next(table, "3-съезі (1917 ж. 2-10 дек.)", 1.5, 0.8)
    towns = congress + 1
    assert table.texts[towns].startswith("Оның жұмысына Петропавл, Көкшетау")
    question = "Батыс Сібір Советтерінің 3-съезіне қай қалалардың Советтері өкіл жіберді?"
    asked = replace(_asked(corpus, question), several_places=True)
    assert asked.regions == ("Батыс Сібір",)
    # The congress's sentence names one place besides the one asked: half a list.
    assert quote_rows(table, asked, ranked, chunk).rows == range(congress, towns + 1)


def test_a_neighbours_kind_of_answer_counts_a_quarter_its_place_and_date_half(corpus) -> None:
    *_, table = corpus
    rows = np.arange(*table.first_row[0:2])
    own = np.zeros((len(rows), 4))
    own[1] = 1.0  # the second sentence holds place, date, kind and event asked
    context = _neighbour_features(table, own, rows)
    assert context[0].tolist() == [0.5, 0.5, 0.25, 0.5]
    assert context[1].tolist() == [1.0, 1.0, 1.0, 1.0]


def test_a_place_attached_to_what_is_asked_answers_where(corpus) -> None:
    quote, *_ = _ask(corpus, "Алашорданың батыс бөлімшесі қай жерде орналасты?")
    assert "Жымпитыдағы" in quote


def test_the_passage_both_searches_rank_first_adds_to_its_sentences(corpus) -> None:
    _, _, lexical, table = corpus
    question = "Петропавлда Уақытша ревком қашан құрылды?"
    asked = _asked(corpus, question)
    scores = np.asarray(lexical.scores(question), dtype=np.float64)
    candidates = [int(i) for i in np.argsort(-scores)[:4]]
    weights = AnswerWeights()
    alone = rank_answers(table, asked, candidates, scores, None, weights)
    agreed = candidates[1]
    both = rank_answers(table, asked, candidates, scores, None, weights, agreed)
    for row, score in both.scores.items():
        bonus = weights.agreed if table.chunk_of[row] == agreed else 0.0
        assert score == pytest.approx(alone.scores[row] + bonus)
    assert weights.agreed > 0


def test_a_sentence_only_at_other_times_than_asked_counts_less(corpus) -> None:
    _, _, lexical, table = corpus
    question = "Қостанайда 1917 жылы декабрьде не болды?"
    asked = _asked(corpus, question)
    revolt = next(r for r, t in enumerate(table.texts) if "18-19 мартта Қостанайдың" in t)
    chunk = int(table.chunk_of[revolt])
    scores = np.asarray(lexical.scores(question), dtype=np.float64)
    weights = AnswerWeights()

    def score(elsewhen: float) -> float:
        ranked = rank_answers(
            table, asked, [chunk], scores, None, replace(weights, elsewhen=elsewhen)
        )
        return ranked.scores[revolt]

    # The revolt of March 1918 is no answer to a question about December 1917.
    assert score(weights.elsewhen) == pytest.approx(score(0.0) - weights.elsewhen)
    assert weights.elsewhen > 0
