"""What each sentence of the real article holds, read once per build (`sentence_table`)."""

from __future__ import annotations

from index.search.sentence_table import KINDS, Question, _located
from index.text.cues import DATE, PERSON, PLACE, asked_kinds, asks_several_places


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


def test_who_led_is_held_fully_by_a_person_named_as_leading(corpus) -> None:
    *_, table = corpus
    proposed = next(r for r, t in enumerate(table.texts) if "Дубининнің ұсынысы бойынша" in t)
    chaired = next(r for r, t in enumerate(table.texts) if "председателі И. Д. Дубинин" in t)
    led = Question(lexical=None, regions=(), dates=(), kinds=frozenset({PERSON}), leader=True)
    assert table.held(proposed, led)[KINDS.index(PERSON)] == 0.5
    assert table.held(chaired, led)[KINDS.index(PERSON)] == 1.0
    who = Question(lexical=None, regions=(), dates=(), kinds=frozenset({PERSON}))
    assert table.held(proposed, who)[KINDS.index(PERSON)] == 1.0  # anyone named answers "who"


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


def test_a_sentence_takes_the_year_in_force_where_it_stands_not_the_passages_earliest(
    corpus,
) -> None:
    # The passage's earliest date is Bukey's 2 December 1917, told later in it; the night of
    # 28 March follows the Uralsk congress of March 1918, stated in the passage before.
    _, _, _, table = corpus
    row = next(i for i, t in enumerate(table.texts) if t.startswith("Марттың 28-нен 29-на"))
    assert table.dates[row] == ("1918-03-28", "1918-03-29")


def test_the_time_in_force_runs_on_from_the_passage_before_in_its_section(corpus) -> None:
    _, _, _, table = corpus
    row = next(i for i, t in enumerate(table.texts) if t.startswith("Булікшілерге қарсы соғыста"))
    # The passage opens undated; the revolt it fights began «16 апрельде», told just before.
    assert table.rows(int(table.chunk_of[row])).start == row
    assert table.carried_dates[row] == ("1918-04-16",)


def test_the_place_in_force_runs_on_from_the_passage_before_in_its_section(corpus) -> None:
    *_, table = corpus
    row = next(i for i, t in enumerate(table.texts) if t.startswith("Марттың 28-нен 29-на"))
    # «… қалада контрреволюциялық төңкеріс жасап …»: the town is Орал, named in the passage
    # before; this one names no place up to here.
    start = table.rows(int(table.chunk_of[row])).start
    assert not any(table.regions[r] for r in range(start, row + 1))
    assert "Орал" in table.carried_regions[row]


def test_a_place_excepted_in_brackets_is_not_where_the_sentence_is_about(corpus) -> None:
    *_, table = corpus
    row = next(r for r, t in enumerate(table.texts) if "(Орал мен оның аудандарынан басқа)" in t)
    assert "Орал" not in table.regions[row]


def test_the_words_a_place_is_attached_to(corpus) -> None:
    _chunks, gazetteer, _lexical, table = corpus
    row = next(r for r, text in enumerate(table.texts) if "Жымпитыдағы Алашорда" in text)
    assert {"алашо", "укиме"} <= table.located[row]
    assert _located("Ташкенттегі уақиғалар туралы хабардар болды.", gazetteer.find) == {
        "уакиг",
        "турал",
    }
    assert _located("Сол жылдағы оқиғалар", gazetteer.find) == frozenset()  # no place
