"""The kind of event a question asks about."""

from __future__ import annotations

import pytest

from index.text.asked_event import asked_event
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
