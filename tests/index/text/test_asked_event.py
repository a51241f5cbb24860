"""The kind of event a question asks about, and births and deaths asked and told."""

from __future__ import annotations

import pytest

from index.text.asked_event import asked_event, asks_life_event, tells_life_event
from index.text.event_cues import CONGRESS, COUNTER_REVOLUTION, SOVIET_POWER, UPRISING


@pytest.mark.parametrize(
    ("question", "lang", "kind"),
    [
        ("Семейде Совет өкіметі қашан орнады?", "kk", SOVIET_POWER),
        ("Когда в Семипалатинске установилась советская власть?", "ru", SOVIET_POWER),
        # The article tells a town's liberation from the Whites as Soviet power.
        ("когда красногвардейцы освободили оренбург от дутовцев", "ru", SOVIET_POWER),
        ("Орынбор дутовшылардан қашан азат болды?", "kk", SOVIET_POWER),
        ("Қостанай, билік ауысты қашан?", "kk", SOVIET_POWER),
        ("Семейде билік Советке қашан өтті?", "kk", SOVIET_POWER),
        ("Когда прошёл съезд в Уральске?", "ru", CONGRESS),
        ("Что захватили восставшие в Верном?", "ru", UPRISING),
        ("Когда в Гурьеве была свергнута Советская власть?", "ru", COUNTER_REVOLUTION),
        ("Когда советская власть в Уральске пала?", "ru", COUNTER_REVOLUTION),
        ("Когда свергли Временное правительство в Верном?", "ru", SOVIET_POWER),
        # A decision to establish Soviet power is the congress's act, not the establishment.
        ("Когда уральский съезд постановил установить советскую власть?", "ru", CONGRESS),
        ("Когда митинг в Орде принял решение об установлении власти Советов?", "ru", None),
        ("Ленин кім болды?", "kk", None),
    ],
)
def test_asked_event(question: str, lang: str, kind: str | None) -> None:
    assert asked_event(question, lang) == kind


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Когда родился Ленин?", True),
        ("Әліби Жанкелдин қашан қайтыс болды?", True),
        ("Кто из членов облисполкома был убит в тюрьме?", True),
        ("атаман дутов қай жылы өлтірілді", True),
        ("Когда в Верном установилась советская власть?", False),
        ("Семейде Совет өкіметі қашан орнады?", False),
        ("Когда город Верный был переименован в Алма-Ату?", True),
        ("Перовск қашан Қызылорда болып қайта аталды?", True),
    ],
)
def test_asks_life_event(question: str, asks: bool) -> None:
    assert asks_life_event(question) is asks


def test_tells_life_event() -> None:
    killed = (
        "С. Пужалин, П. Морозов, П. Червяков, П. Дмитриев ақ гвардияшылардың түрмесінде өлтірілді."
    )
    asked = "Кто был убит в тюрьме?"
    assert tells_life_event(asked, killed)
    seized = "Атаман Дутов бастаған ақ гвардияшылар қалада өкіметті басып алды."
    assert not tells_life_event(asked, seized)


def test_a_renaming_is_told_only_by_a_naming() -> None:
    asked = "Когда Верный переименован в Алма-Ату?"
    # A bracket with today's name tells no renaming.
    assert not tells_life_event(asked, "Верный (Алматы) қаласында да болды.")
    assert tells_life_event(asked, "Алашорда аталған қырғыз автономиясы")


@pytest.mark.parametrize(
    ("question", "lang", "kind"),
    [
        # an event after which something is asked only dates the question
        ("Какой орган получил власть в Верном после мартовского восстания?", "ru", None),
        ("Что делали акционеры после установления советской власти?", "ru", None),
        ("Верныйда көтерілістен кейін билік кімге көшті?", "kk", "soviet_power"),
        ("Когда произошло восстание в Верном?", "ru", "uprising"),
    ],
)
def test_an_event_after_which_something_is_asked_is_not_the_one_asked(
    question: str, lang: str, kind: str | None
) -> None:
    assert asked_event(question, lang) == kind
