from __future__ import annotations

import pytest

from index.text.republics import names_other_republic, republics_named

ARTICLE = (
    "Еліміздің Шығысындағы Советтік алғашқы ұлт республикасы – Түркістан АССР-і болды. Совет"
    " бүгіннен бастап Россия Советтік Федерациялық Республикасының құрамына кірді."
)


def _translate(word: str) -> list[str]:
    """The article's words for a Russian word, as a glossary would give them."""
    return {"туркестанская": ["Түркістан"], "казахская": ["қазақ"]}.get(word.lower(), [])


def test_the_word_naming_each_republic_of_a_text() -> None:
    # «Советтік», «алғашқы», «ұлт», «Федерациялық» name any republic, not one.
    assert {"турк", "росс"} <= republics_named([ARTICLE])


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("Түркістан АССР-і қай съезде жарияланды?", False),
        ("Когда провозглашена Туркестанская АССР?", False),  # through the article's word
        ("Қазақ АССР-і қай жылы құрылды?", True),
        ("казак асср-и кай жылы курылды", True),  # typed on a phone
        ("Қазақ Автономиялық Кеңестік Социалистік Республикасы қашан құрылды?", True),
        ("Когда была образована Киргизская (Казахская) АССР?", True),
        ("Когда провозглашена Бухарская Народная Советская Республика?", True),
        ("Когда в Верном установилась Советская власть?", False),  # no republic asked
    ],
)
def test_a_republic_the_article_never_names(question: str, other: bool) -> None:
    named = republics_named([ARTICLE])
    assert names_other_republic(question, named, _translate) is other
