"""Region gazetteer: Kazakh inflection, Russian forms, historical names, strictness, and a run
of find/extract_dates over the real article."""

from __future__ import annotations

import time

import pytest

from bot.config import DATA_DIR
from index.text.dates import extract_dates, last_year
from index.text.gazetteer import RegionGazetteer


@pytest.fixture(scope="module")
def gaz() -> RegionGazetteer:
    return RegionGazetteer.load(DATA_DIR / "gazetteer.json")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kazakh case forms, vowel harmony and consonant mutation
        ("Семей Семейде Семейдің Семейге Семейден Семейлік", ["Семей"]),
        ("Орынборды Орынборда Орынборға Орынбордың Орынбордан", ["Орынбор"]),
        ("Петропавлда", ["Петропавл"]),
        ("Петропавлдағы петропавлдықтарға Петропавлдықтарға", ["Петропавл"]),
        ("Ақтөбеде", ["Ақтөбе"]),
        ("Оралда Оралдағы Оралдың", ["Орал"]),
        ("Семей облысы", ["Семей"]),
        ("Перовскіде Перовскінің", ["Перовск"]),
        ("Черняевскіде Чернявскіде", ["Черняев"]),
        ("Верныйда Верныйдың", ["Верный"]),
        ("Ташкентте Ташкенттегі Ташкенттің Ташкентке", ["Ташкент"]),
        ("Бузулыққа", ["Бузулық"]),
        ("Ираннан", ["Иран"]),
        ("Бөкей ордасында Бөкей даласында", ["Бөкей ордасы"]),
        ("Батыс Сібір Советтерінің", ["Батыс Сібір"]),
        ("Оңтүстік Оралдың", ["Оңтүстік Орал"]),
        ("Шығыс Қазақстанның", ["Шығыс Қазақстан"]),
        # Russian forms, cases and adjectives, lower case included
        ("Семипалатинск Семипалатинске Семипалатинский Семипалатинского", ["Семей"]),
        ("Уральск Уральский Уральской", ["Орал"]),
        ("Оренбург Оренбургский оренбургских", ["Орынбор"]),
        ("Тургай Тургайский Тургая", ["Торғай"]),
        ("Семиречье Семиречья Семиреченский", ["Жетісу"]),
        ("Акмолинск Акмолинский", ["Ақмола"]),
        ("Кустанай Кустанайский Кустаная", ["Қостанай"]),
        ("Актюбинск Актюбинского", ["Ақтөбе"]),
        ("Кокчетав Кокчетава Кокчетавский", ["Көкшетау"]),
        ("в Усть-Каменогорске", ["Өскемен"]),
        ("Каркаралинск", ["Қарқаралы"]),
        ("Аулие-Ата Аулие-Атинский", ["Әулиеата"]),
        ("Букеевская орда Внутренней орды", ["Бөкей ордасы"]),
        ("Верный Верном Верного", ["Верный"]),
        ("Петропавловск", ["Петропавл"]),
        ("Павлодар Павлодарский", ["Павлодар"]),
        ("Гурьев", ["Гурьев"]),
        ("Перовск", ["Перовск"]),
        ("Ташкентский", ["Ташкент"]),
        ("Петрограде", ["Петроград"]),
        ("Омск Омске", ["Омбы"]),
        ("Бузулук Бузулука", ["Бузулық"]),
        ("Западная Сибирь Западной Сибири Западно-Сибирский", ["Батыс Сібір"]),
        ("Сыр-Дарьинской области", ["Сырдария"]),
        # historical / modern pairs
        ("Алматы Алма-Ата Алма-Ате", ["Верный"]),
        ("Қызылорда Кзыл-Орда", ["Перовск"]),
        ("Жамбыл Тараз", ["Әулиеата"]),
        ("Атырау", ["Гурьев"]),
        ("Шымкент Чимкент", ["Черняев"]),
        ("Нур-Султан", ["Ақмола"]),
        ("Зимний дворец", ["Петроград"]),
        # a name of several words typed with one capital, as a restored phone question has it
        ("батыс Сібір Советтерінің съезі", ["Батыс Сібір"]),
    ],
)
def test_find_forms(gaz: RegionGazetteer, text: str, expected: list[str]) -> None:
    assert gaz.find(text) == tuple(expected)


@pytest.mark.parametrize(
    "text",
    [
        "майданнан оралған Виноградов",  # "оралу", to return
        "Оралған соң ол сөйледі",
        "Сколько семей живёт в ауле?",  # Russian "семей", of families
        "верный друг",  # Russian adjective, lower case
        "Темір жолшылар ереуілі",  # "темір жол", railway
        "Ә. Бөкейханов бастаған Алашорда",  # surname and party, not places
        "Қазақстанның орталығы",  # country level is deliberately not a region
        "Орал таулары",
        "батыс сібір",  # no capital at all: a stem with one needs one
        "Қолтырауындар қайда өмір сүреді?",
    ],
)
def test_no_false_positives(gaz: RegionGazetteer, text: str) -> None:
    assert gaz.find(text) == ()


def test_order_of_first_mention_and_uniqueness(gaz: RegionGazetteer) -> None:
    text = "Павлодар мен Семейден кейін Совет өкіметі Семей облысының, Павлодар уезінің..."
    assert gaz.find(text) == ("Павлодар", "Семей")
    assert gaz.find("Когда атаман Дутов захватил власть в Оренбурге?") == ("Орынбор",)


def test_labels_for_readers(gaz: RegionGazetteer) -> None:
    assert gaz.label("Семей", "ru") == "Семипалатинск"
    assert gaz.label("Ақмола", "ru") == "Акмолинск"
    assert gaz.label("Верный", "ru") == gaz.label("Верный", "kk") == "Верный"
    assert gaz.label("Семей", "kk") == "Семей"
    assert gaz.label("Алматы", "ru") == "Алматы"  # aliases are not canonical names


def test_article_paragraphs(gaz: RegionGazetteer) -> None:
    text = (DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if len(p) > 200]
    start = time.perf_counter()
    regions = [gaz.find(p) for p in paragraphs]
    per_paragraph = (time.perf_counter() - start) / len(paragraphs)
    year, dates = None, []
    for p in paragraphs:
        dates.append(extract_dates(p, year))
        year = last_year(p, year)
    assert sum(map(bool, regions)) / len(paragraphs) > 0.6
    assert sum(map(bool, dates)) / len(paragraphs) > 0.6
    assert per_paragraph < 0.002  # a question is far shorter than a paragraph
    assert all(d[:4] in {"1905", "1917", "1918"} for ds in dates for d in ds)
    names = {n for r in regions for n in r}
    assert {"Семей", "Верный", "Орынбор", "Петропавл", "Перовск", "Бөкей ордасы"} <= names


@pytest.mark.parametrize(
    ("name", "lang", "label"),
    [
        ("Семей", "ru", "Семипалатинск"),
        ("Семей", "kk", "Семей"),
        ("Жетісу", "ru", "Семиречье"),
        ("Верный", "ru", "Верный"),
        ("Атлантида", "ru", "Атлантида"),
    ],
)
def test_label_names_a_region_for_the_reader(gaz, name, lang, label):
    assert gaz.label(name, lang) == label


def test_kazakh_names_as_written(gaz: RegionGazetteer) -> None:
    names = gaz.kazakh_names
    assert {"Семей", "Павлодар", "Верный", "Қарқаралы", "Шығыс", "Торгай"} <= set(names)
    assert "семипалатинск" not in names  # Russian stems are no Kazakh words
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("name", "inside"),
    [
        ("Семей", True),
        ("Орынбор", True),  # seat of the Torgai oblast
        ("Маңғыстау", True),
        ("Петроград", False),
        ("Ташкент", False),
        ("Иран", False),
        ("Атлантида", False),
    ],
)
def test_in_kazakhstan_by_the_oblasts_of_the_time(gaz, name, inside):
    assert gaz.in_kazakhstan(name) is inside


def test_mentions_say_where_each_name_stands(gaz: RegionGazetteer) -> None:
    text = "Когда в Усть-Каменогорске и Павлодаре, а потом в Семипалатинске?"
    found = [(name, text[start:end]) for name, start, end in gaz.mentions(text)]
    assert found == [
        ("Өскемен", "Усть-Каменогорске"),
        ("Павлодар", "Павлодаре"),
        ("Семей", "Семипалатинске"),
    ]
    assert gaz.find(text) == ("Өскемен", "Павлодар", "Семей")
