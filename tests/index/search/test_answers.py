"""Answer ranking and quoting (`answers`, `quotes`) on the real article: the sentence that
answers, its date and its place."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from bot.config import DATA_DIR
from index.ingest.pipeline import ingest_document
from index.search.answers import (
    KINDS,
    AnswerWeights,
    Question,
    Ranked,
    SentenceTable,
    _neighbour_features,
    rank_answers,
)
from index.search.lexical import LexicalIndex
from index.search.quotes import Quote, answer_metadata, kind_held, quote_rows
from index.text.cues import DATE, PERSON, PLACE, asked_kinds, asks_several_places
from index.text.dates import extract_dates
from index.text.gazetteer import RegionGazetteer

ARTICLE = DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt"


@pytest.fixture(scope="module")
def corpus():
    gazetteer = RegionGazetteer.load(DATA_DIR / "gazetteer.json")
    chunks = ingest_document(ARTICLE, gazetteer).chunks
    lexical = LexicalIndex([c.text for c in chunks])
    return chunks, gazetteer, lexical, SentenceTable.build(chunks, gazetteer.find, lexical.vectors)


def _ask(corpus, question: str):
    """Rank the whole article's sentences for a question, lexical side only."""
    chunks, gazetteer, lexical, table = corpus
    asked = Question(
        lexical=lexical.vectors([question]),
        regions=gazetteer.find(question),
        dates=extract_dates(question),
        kinds=asked_kinds(question),
    )
    passage_scores = np.asarray(lexical.scores(question), dtype=np.float64)
    candidates = [int(i) for i in np.argsort(-passage_scores)[:8]]
    ranked = rank_answers(table, asked, candidates, passage_scores, None, AnswerWeights())
    top = ranked.chunks[0]
    quote = quote_rows(table, asked, ranked, top)
    chunk = chunks[top]
    start, end = table.spans[quote.rows[0]][0], table.spans[quote.rows[-1]][1]
    return chunk.text[start:end], answer_metadata(table, quote, asked, chunk), table, asked, quote


def test_table_rows_are_the_passages_sentences_with_their_own_metadata(corpus) -> None:
    chunks, _, _, table = corpus
    assert table.rows(0).start == 0 and table.rows(len(chunks) - 1).stop == len(table.texts)
    for i, chunk in enumerate(chunks[:10]):
        for r in table.rows(i):
            start, end = table.spans[r]
            assert chunk.text[start:end] == table.texts[r]
    row = table.texts.index("19 январьда қалада өкімет Советтің қолына көшті.")
    assert table.dates[row] == ("1918-01-19",) and table.regions[row] == ()
    assert "Павлодар" in table.carried_regions[row]  # named earlier in the passage


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


def test_what_kind_of_answer_each_sentence_holds(corpus) -> None:
    *_, table = corpus

    def kinds(fragment: str) -> dict[str, float]:
        row = next(r for r, text in enumerate(table.texts) if fragment in text)
        return dict(zip(KINDS, table.kinds[row], strict=True))

    salov = kinds("бюросын большевик П. П. Салов басқарды")
    assert salov[PERSON] == 1.0 and salov[DATE] == 0.0 and salov[PLACE] == 1.0  # «Семейдің»
    pavlodar = kinds("19 январьда қалада өкімет Советтің қолына көшті")
    assert pavlodar[DATE] == 1.0 and pavlodar[PERSON] == 0.0 and pavlodar[PLACE] == 0.0


def test_a_where_question_is_answered_by_other_places_than_the_one_it_names(corpus) -> None:
    *_, table = corpus
    row = next(r for r, text in enumerate(table.texts) if "Советтерінің 3-съезі (1917" in text)
    assert set(table.regions[row]) >= {"Батыс Сібір"}

    def place(question: str) -> float:
        asked = Question(
            lexical=None, regions=("Батыс Сібір",), dates=(), kinds=asked_kinds(question)
        )
        return float(table.held(row, asked)[KINDS.index(PLACE)])

    assert place("Батыс Сібір съезі қайда өтті?") == 1.0  # «Солтүстік-Шығыс Қазақстанда»
    only_asked = Question(
        lexical=None, regions=tuple(table.regions[row]), dates=(), kinds=frozenset({PLACE})
    )
    assert table.held(row, only_asked)[KINDS.index(PLACE)] == 0.0
    assert place("Батыс Сібір съезі қашан өтті?") == 1.0  # nothing asked of a place: as built


def test_a_list_of_places_asked_for_is_held_fully_only_by_several(corpus) -> None:
    *_, table = corpus
    one = next(r for r, text in enumerate(table.texts) if "Советтерінің 3-съезі (1917" in text)
    many = next(r for r, text in enumerate(table.texts) if "Оның жұмысына Петропавл" in text)
    question = "Батыс Сібір съезіне қай қалалардың Советтері өкіл жіберді?"
    asked = Question(
        lexical=None,
        regions=("Батыс Сібір",),
        dates=(),
        kinds=asked_kinds(question),
        several_places=asks_several_places(question),
    )
    assert asked.several_places
    assert table.held(one, asked)[KINDS.index(PLACE)] == 0.5  # «Солтүстік-Шығыс Қазақстанда»
    assert table.held(many, asked)[KINDS.index(PLACE)] == 1.0  # six towns


def test_places_asked_about_come_first_and_at_most_three(corpus) -> None:
    _, (_, regions), *_ = _ask(corpus, "Ақтөбеде қалалық Совет қай банкіні национализациялады?")
    assert regions[0] == "Ақтөбе" and len(regions) <= 3


def test_kind_held_is_one_when_nothing_is_asked(corpus) -> None:
    _, _, table, asked, quote = _ask(corpus, "Торғай Советі")
    assert asked.kinds == frozenset() and kind_held(table, asked, quote) == 1.0


def test_a_sentence_takes_the_year_in_force_where_it_stands_not_the_passages_earliest(
    corpus,
) -> None:
    # The passage's earliest date is Bukey's 2 December 1917, told later in it; the night of
    # 28 March follows the Uralsk congress of March 1918, stated in the passage before.
    _, _, _, table = corpus
    row = next(i for i, t in enumerate(table.texts) if t.startswith("Марттың 28-нен 29-на"))
    assert table.dates[row] == ("1918-03-28", "1918-03-29")


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


def test_the_time_in_force_runs_on_from_the_passage_before_in_its_section(corpus) -> None:
    _, _, _, table = corpus
    row = next(i for i, t in enumerate(table.texts) if t.startswith("Булікшілерге қарсы соғыста"))
    # The passage opens undated; the revolt it fights began «16 апрельде», told just before.
    assert table.rows(int(table.chunk_of[row])).start == row
    assert table.carried_dates[row] == ("1918-04-16",)


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


def test_a_place_excepted_in_brackets_is_not_where_the_sentence_is_about(corpus) -> None:
    *_, table = corpus
    row = next(r for r, t in enumerate(table.texts) if "(Орал мен оның аудандарынан басқа)" in t)
    assert "Орал" not in table.regions[row]


def test_a_neighbours_kind_of_answer_counts_a_quarter_its_place_and_date_half(corpus) -> None:
    *_, table = corpus
    rows = np.arange(*table.first_row[0:2])
    own = np.zeros((len(rows), 4))
    own[1] = 1.0  # the second sentence holds place, date, kind and event asked
    context = _neighbour_features(table, own, rows)
    assert context[0].tolist() == [0.5, 0.5, 0.25, 0.5]
    assert context[1].tolist() == [1.0, 1.0, 1.0, 1.0]
