"""The content words of a question."""

from __future__ import annotations

from index.text.terms import question_terms


def _places(word: str) -> bool:
    return word.startswith(("Семей", "Семипалатинск", "Петропавл"))


def test_question_words_common_words_and_places_are_not_terms() -> None:
    assert question_terms("Колчак әскерлері Семейді қашан басып алды?", _places) == [
        "Колчак",
        "әскерлері",
        "басып",
        "алды",
    ]
    assert question_terms("Когда белочехи захватили Петропавловск?", _places) == [
        "белочехи",
        "захватили",
    ]


def test_a_short_question_may_have_no_terms() -> None:
    assert question_terms("Семей 1918 жылы?", _places) == []


def test_the_place_or_time_a_which_asks_by_and_number_words_are_not_terms() -> None:
    # The article names the second congress «2-съезі», and the town is the answer.
    assert question_terms("Жетісу шаруаларының екінші съезі қай қалада өтті?", _places) == [
        "Жетісу",
        "шаруаларының",
        "съезі",
        "өтті",
    ]
    assert question_terms("В каком году создан отряд?", _places) == ["создан", "отряд"]
    # Not every noun after "which" is the kind of answer: the weather is what is asked.
    assert question_terms("Какая погода будет завтра?", _places) == ["погода", "завтра"]
