"""A question read once: script, Kazakh letters, question mark and language."""

from __future__ import annotations

import pytest

from index.text.normalize import ReadQuestion, read_question
from index.text.restorer import KazakhRestorer


def test_an_unsure_question_is_read_in_the_askers_language(restorer: KazakhRestorer) -> None:
    assert read_question("Верный 1918?", restorer, hint="kk").lang == "kk"
    assert read_question("Верный 1918?", restorer, hint="ru").lang == "ru"
    # Its own words come first: the article's Kazakh has neither «Уральск» nor «переворот».
    assert read_question("Уральск переворот 1918", restorer, hint="kk").lang == "ru"
    # A sure language is never overridden.
    assert read_question("Семейде Совет өкіметі қашан орнады?", restorer, hint="ru").lang == "kk"


@pytest.mark.parametrize(
    ("question", "text", "lang", "certain"),
    [
        # A question typed without its mark is read with one.
        ("семейде совет окимети кашан орнады", "Семейде Совет өкіметі қашан орнады?", "kk", True),
        ("Semeıde Sovet ókimeti qashan ornady?", "Семейде Совет өкіметі қашан орнады?", "kk", True),
        ("semeyde okimet ornady", "Семейде өкімет орнады?", "kk", True),
        ("Семей облысы", "Семей облысы", "kk", False),  # nothing says which language
        # With nothing else to tell by, words the article's Kazakh lacks lean Russian: it
        # says «Орал», «төңкеріс», and has «Уральск» once, in a Russian title.
        ("Уральск переворот март 1918", "Уральск переворот март 1918?", "ru", False),
        ("Семипалатинск 1918", "Семипалатинск 1918", "ru", False),
        ("съезд Алаш-Орды даты", "съезд Алаш-Орды даты?", "ru", False),
        ("Торгай съезд", "Торгай съезд", "kk", False),
        ("hello 👋", "хелло 👋", "ru", False),
        ("1917?", "1917?", "kk", False),
    ],
)
def test_read_question(
    restorer: KazakhRestorer, question: str, text: str, lang: str, certain: bool
) -> None:
    assert read_question(question, restorer) == ReadQuestion(question, text, lang, certain)
