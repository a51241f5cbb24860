"""Abstention: evidence against thresholds, and what rules an answer out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from index.search.abstention import (
    AbstentionConfig,
    Signals,
    answerable,
    evidence,
    outside_years,
    question_years,
    unknown_names,
)
from index.search.quote_checks import QuoteChecks

CFG = AbstentionConfig()
STRONG = Signals(dense_top=0.85, dense_gap=0.1, lexical_top=0.3, meta_in_corpus=True, coverage=1.0)


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("Семей қаласында 1949 жылы не болды?", {1949}),
        ("Что было в 1919 году?", {1919}),
        ("1917 жылғы 24 октябрь", {1917}),
        ("Верный 1918?", {1918}),
        ("Отрядта 12000 адам болды ма?", set()),
        ("2-съезі қашан өтті?", set()),
    ],
)
def test_years_in_a_question(question: str, years: set[int]) -> None:
    assert question_years(question) == years


ARTICLE_YEARS = frozenset({1905, 1917, 1918})


@pytest.mark.parametrize(
    ("question", "outside"),
    [
        ("Семей қаласында 1949 жылы не болды?", True),
        ("Верный 1918?", False),
        # after the article's last year, or before its first
        ("Как сложилась судьба П. М. Виноградова после 1918 года?", True),
        ("Дутов 1918 жылдан кейін қайда болды?", True),
        ("дутов 1918 жылдан кейин кайда болды", True),
        ("Что было в Омске до 1905 года?", True),
        ("Что делали большевики после 1917 года?", False),
        # from a year on, or until a season of it, is inside
        ("Верный большевиктерін 1918 жылдан бастап кім басқарды?", False),
        ("1918 жылдың жазына дейін шаруаларға қанша жер берілді?", False),
        ("Кто руководил Советом?", False),
    ],
)
def test_a_time_the_article_never_tells(question: str, outside: bool) -> None:
    assert outside_years(question, ARTICLE_YEARS) is outside


def test_unknown_names_are_capitalised_words_nobody_vouches_for() -> None:
    known = {"Ленин", "Семей", "Дутов"}.__contains__
    assert unknown_names("Кто такой Назарбаев?", known) == 1
    # Inflected forms are for `known` to recognise (the searcher's does, by stem).
    assert unknown_names("Когда Ленин принял Дутова в Семее?", known) == 2
    assert unknown_names("Абай қай жылы туған?", known) == 0  # the first word is any word
    assert unknown_names("Когда открылся II Всероссийский съезд Советов?", known) == 0
    assert unknown_names("Когда ВЦИК утвердил закон?", known) == 0  # abbreviations are not names
    # one with a Kazakh ending is judged by its letters
    assert unknown_names("Партия ОК-і кімді жіберді?", {"ОК"}.__contains__) == 0
    assert unknown_names("Қазақ АКСР-і қашан құрылды?", {"ОК"}.__contains__) == 1
    assert unknown_names("Партия Кобозевті жіберді?", known) == 1


def test_russian_adjectives_and_case_forms_of_known_names_are_not_unknown() -> None:
    known = {"Орда", "Семей"}.__contains__
    assert unknown_names("Когда в Ханской Ставке (Орде) прошел митинг?", known) == 1  # Ставке
    assert unknown_names("Что было в Уральской области?", known) == 0
    assert unknown_names("Когда родился Абай?", known) == 1


def test_the_first_word_is_a_name_only_when_asked_to_read_it_as_one() -> None:
    def known(word: str) -> bool:
        return word.startswith("Семей")

    question = "Колчак әскерлері Семейді қашан басып алды?"
    assert unknown_names(question, known) == 0
    assert unknown_names(question, known, first_word=True) == 1


def test_a_year_the_article_never_mentions_rules_an_answer_out() -> None:
    assert answerable(STRONG, "kk", True, CFG)
    assert not answerable(replace(STRONG, foreign_year=True), "kk", True, CFG)


def test_a_republic_the_article_never_names_rules_an_answer_out() -> None:
    assert not answerable(replace(STRONG, foreign_republic=True), "ru", True, CFG)


def test_a_quote_without_the_kind_asked_is_weaker_evidence() -> None:
    held = evidence(STRONG, "ru", True, CFG)
    missing = evidence(replace(STRONG, kind_held=0.0), "ru", True, CFG)
    assert held - missing == pytest.approx(CFG.kind_penalty)


def test_each_unknown_name_weakens_the_evidence() -> None:
    one = evidence(replace(STRONG, unknown_names=1), "kk", True, CFG)
    assert evidence(STRONG, "kk", True, CFG) - one == pytest.approx(CFG.unknown_name_penalty)


def test_thresholds_are_per_language_and_per_mode() -> None:
    weak = Signals(dense_top=0.8, dense_gap=0.04, lexical_top=0.1, meta_in_corpus=False, coverage=0)
    assert evidence(weak, "ru", True, CFG) == pytest.approx(2.0)
    assert answerable(weak, "ru", True, CFG) and not answerable(weak, "kk", True, CFG)
    assert evidence(weak, "ru", False, CFG) == pytest.approx(1.0)  # no dense gap without vectors
    assert not answerable(weak, "ru", False, CFG)


def test_a_passage_lacking_most_of_the_questions_words_rules_an_answer_out() -> None:
    assert answerable(STRONG, "kk", True, CFG)
    lacking = replace(STRONG, terms=3, passage_coverage=0.0)
    assert not answerable(lacking, "kk", True, CFG)
    assert not answerable(lacking, "ru", True, CFG)
    # One word is too little to judge by: «Орал 1918?» has only a place and a year.
    assert answerable(replace(STRONG, terms=1, passage_coverage=0.0), "kk", True, CFG)
    assert answerable(replace(STRONG, terms=3, passage_coverage=2 / 3), "kk", True, CFG)


@pytest.mark.parametrize(
    "missed",
    [
        # a birth or a death the quote does not tell
        QuoteChecks(event_untold=True),
        # a passage about other places than the ones asked
        QuoteChecks(place_missing=True),
        # a quote counting nothing or other things than the ones asked
        QuoteChecks(count_missing=True),
        # another ordinal than the one asked
        QuoteChecks(ordinal_missing=True),
        # a title or a name asked that the quote never names
        QuoteChecks(person_missing=True),
        QuoteChecks(today=True),
    ],
)
def test_what_the_quote_misses_of_the_question_rules_an_answer_out(missed: QuoteChecks) -> None:
    assert answerable(STRONG, "ru", True, CFG)
    assert not answerable(replace(STRONG, quote=missed), "ru", True, CFG)
    assert not answerable(replace(STRONG, quote=missed), "kk", True, CFG)


def test_a_quote_naming_the_places_asked_is_more_evidence() -> None:
    weak = replace(STRONG, lexical_top=0.1, dense_gap=0.02)
    quoted = replace(weak, quote=QuoteChecks(place_quoted=True))
    assert evidence(quoted, "kk", True, CFG) == pytest.approx(
        evidence(weak, "kk", True, CFG) + CFG.place_bonus
    )
    assert CFG.place_bonus > 0


def test_a_finally_or_again_the_quote_does_not_say_is_less_evidence() -> None:
    untold = replace(STRONG, quote=QuoteChecks(qualifiers_untold=1))
    assert evidence(untold, "ru", True, CFG) == pytest.approx(
        evidence(STRONG, "ru", True, CFG) - CFG.qualifier_penalty
    )
    assert CFG.qualifier_penalty > 0
    assert not untold.quote.rules_out


def test_a_short_kazakh_question_needs_less_evidence() -> None:
    def gain(words: int, lang: str) -> float:
        return evidence(replace(STRONG, words=words), lang, True, CFG) - evidence(
            replace(STRONG, words=9), lang, True, CFG
        )

    assert gain(2, "kk") == pytest.approx(3 * dict(CFG.short_bonus)["kk"])  # «Цвиллинг кім болған?»
    assert gain(4, "kk") > 0 and gain(5, "kk") == 0
    assert gain(2, "ru") == 0  # «Какая столица Франции?» stands as close as a short answer
