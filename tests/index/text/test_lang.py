import pytest

from index.text.lang import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Семей қашан құрылды?", "kk"),
        ("Ленин кім болды?", "kk"),
        ("Ташкентте не болды?", "kk"),
        ("Когда атаман Дутов захватил власть в Оренбурге?", "ru"),
        ("Кто такой Ленин?", "ru"),
        # A Kazakh name does not make a Russian question Kazakh.
        ("Когда родился Абай Құнанбайұлы?", "ru"),
    ],
)
def test_detects_kazakh_and_russian(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_text_without_cyrillic_gets_the_default() -> None:
    assert detect_language("hello 👋") == "kk"
    assert detect_language("1917?", default="ru") == "ru"
