import pytest

from index.text.lang import LanguageGuess, detect_language, guess_language, looks_russian


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
        # Endings of verbs in the past and of feminine accusatives («-ли», «-ую») are Russian.
        ("Чью карательную экспедицию задерживали железнодорожники Перовска?", "ru"),
    ],
)
def test_detects_kazakh_and_russian(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_text_without_cyrillic_gets_the_default() -> None:
    assert detect_language("hello 👋") == "kk"
    assert detect_language("1917?", default="ru") == "ru"


@pytest.mark.parametrize(
    "text",
    [
        # question words typed without Kazakh letters still lean Kazakh
        "семейде совет окимети кашан орнады",
        "алашорда кайда курылды",
        "торгайда канша адам болды",
        "совет окимети калай орнады",
        "амангелди ким",
        "1918 жылы не болды",
        "кандай съезд",
        # restored text has Kazakh letters
        "Семейде совет өкіметі қашан орнады",
    ],
)
def test_kazakh_without_kazakh_letters(text: str) -> None:
    assert guess_language(text) == LanguageGuess("kk", True)


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("семейде совет окимети орнады", LanguageGuess("kk", False)),  # no evidence: a tie
        ("ташкенттеги кенестер съезинин шешими", LanguageGuess("kk", False)),  # ъ, -ими: loans
        ("Семей облысы", LanguageGuess("kk", False)),
        ("hello 👋", LanguageGuess("kk", False)),
        ("восстание Амангельды", LanguageGuess("ru", False)),  # one Russian ending only
        ("когда в семипалатинске установилась советская власть", LanguageGuess("ru", True)),
        ("Когда родился Абай Құнанбайұлы?", LanguageGuess("ru", False)),
        ("Орынборда Дутов көтерілісі", LanguageGuess("kk", True)),  # a surname in -ов
    ],
)
def test_says_when_it_is_unsure(text: str, guess: LanguageGuess) -> None:
    assert guess_language(text) == guess


def test_uncertain_text_gets_the_default() -> None:
    assert guess_language("семей облысы", default="ru") == LanguageGuess("ru", False)
    assert detect_language("семей облысы", default="ru") == "ru"
    assert detect_language("семей облысы") == "kk"


@pytest.mark.parametrize(
    ("word", "russian"),
    [
        ("когда", True),
        ("советская", True),
        ("установилась", True),
        ("революции", True),
        ("окимети", False),
        ("шешими", False),
        ("семейде", False),
        ("съезинин", False),
        ("краевой", True),
        ("той", False),
        ("бой", False),
    ],
)
def test_looks_russian(word: str, russian: bool) -> None:
    assert looks_russian(word) is russian
