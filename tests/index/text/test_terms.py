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
