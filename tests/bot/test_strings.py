import pytest

from bot.strings import (
    _TEXTS,
    document_reason,
    format_date,
    kk_locative,
    lang_from_code,
    month_name,
    ru_locative,
    text,
)


def test_full_dates_in_both_languages() -> None:
    assert format_date("1918-02-16", "kk") == "1918 жылғы 16 ақпан"
    assert format_date("1918-02-16", "ru") == "16 февраля 1918 г."


def test_month_and_year_precision() -> None:
    assert format_date("1917-10", "kk") == "1917 жылғы қазан"
    assert format_date("1917-10", "ru") == "октябрь 1917 г."
    assert format_date("1918", "kk") == "1918 жыл"
    assert format_date("1918", "ru") == "1918 г."
    assert format_date(None, "ru") is None


def test_month_names_for_calendar_headings() -> None:
    assert (month_name(10, "kk"), month_name(10, "ru")) == ("қазан", "октябрь")
    assert month_name(1, "en") == "қаңтар"  # Kazakh unless Russian


def test_language_codes() -> None:
    assert lang_from_code("ru") == "ru"
    assert lang_from_code("kk-KZ") == "kk"
    assert lang_from_code("en") is None
    assert lang_from_code(None) is None


def test_both_languages_have_the_same_keys() -> None:
    assert _TEXTS["kk"].keys() == _TEXTS["ru"].keys()


def test_text_formats_and_falls_back_to_kazakh() -> None:
    assert "500" in text("ru", "too_long", limit=500)
    assert text("en", "flood") == text("kk", "flood")


def test_document_reasons() -> None:
    assert document_reason("ru", "not_utf8") == "это не текст UTF-8"
    assert document_reason("ru", "weird") == "weird"


@pytest.mark.parametrize(
    ("phrase", "locative"),
    [
        ("Семей", "Семейде"),
        ("Орал", "Оралда"),
        ("Петроград", "Петроградта"),
        ("Ташкент", "Ташкентте"),
        ("Ақтөбе", "Ақтөбеде"),
        ("Бөкей ордасы", "Бөкей ордасында"),
        ("1918 жылғы 16 ақпан", "1918 жылғы 16 ақпанда"),
        ("1917 жылғы 4 қыркүйек", "1917 жылғы 4 қыркүйекте"),
    ],
)
def test_kazakh_locative(phrase: str, locative: str) -> None:
    assert kk_locative(phrase) == locative


@pytest.mark.parametrize(
    ("name", "locative"),
    [
        ("Семипалатинск", "Семипалатинске"),
        ("Верный", "Верном"),
        ("Кустанай", "Кустанае"),
        ("Семиречье", "Семиречье"),
        ("Перовск", "Перовске"),
        ("Уфа", "Уфе"),
        ("Тургайская область", "Тургайская область"),
    ],
)
def test_russian_locative(name: str, locative: str) -> None:
    assert ru_locative(name) == locative
