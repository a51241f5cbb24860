"""Follow-up questions: which short messages continue the previous question, and how they merge."""

from __future__ import annotations

import pytest

from bot.config import DATA_DIR
from index.text.followup import FollowUps
from index.text.gazetteer import RegionGazetteer

KK = "Семейде Совет өкіметі қашан орнады?"
RU = "Когда в Семипалатинске установилась советская власть?"


@pytest.fixture(scope="module")
def follow_ups() -> FollowUps:
    return FollowUps(RegionGazetteer.load(DATA_DIR / "gazetteer.json"))


@pytest.mark.parametrize(
    ("previous", "message", "merged"),
    [
        # a new place, in the form the user typed
        (KK, "ал Павлодарда ше?", "Павлодарда Совет өкіметі қашан орнады?"),
        (KK, "Ақтөбеде ше?", "Ақтөбеде Совет өкіметі қашан орнады?"),
        (KK, "павлодарда ше", "Павлодарда Совет өкіметі қашан орнады?"),
        (KK, "ал енді Верныйда ше?", "Верныйда Совет өкіметі қашан орнады?"),
        (RU, "а в Павлодаре?", "Когда в Павлодаре установилась советская власть?"),
        (RU, "ещё в Актюбинске?", "Когда в Актюбинске установилась советская власть?"),
        ("Алашорда қашан құрылды?", "ал Орынборда ше?", "Орынборда Алашорда қашан құрылды?"),
        ("Кто возглавил восстание?", "а в Верном?", "Кто возглавил восстание в Верном?"),
        # a new date
        ("Семейде 1918 жылы наурызда не болды?", "ал 1917 жылы ше?", "Семейде 1917 жылы не болды?"),
        ("Семейде 1918 жылы наурызда не болды?", "ал 1917 ше?", "Семейде 1917 жылы не болды?"),
        (RU, "а в 1918?", "Когда в Семипалатинске установилась советская власть в 1918?"),
        (
            "Что произошло в Верном в марте 1918 года?",
            "а в 1917?",
            "Что произошло в Верном в 1917?",
        ),
        (
            "Что произошло в Верном в марте 1918 года?",
            "а 1917?",
            "Что произошло в Верном в 1917 году?",
        ),
        # a new question word, alone or with its own verb
        (
            "Семейде Совет өкіметін кім орнатты?",
            "ал қашан?",
            "Семейде Совет өкіметін қашан орнатты?",
        ),
        (KK, "ал кім басқарды?", "Семейде Совет өкіметі кім басқарды?"),
        ("Кто в Верном возглавил ревком?", "а когда?", "Когда в Верном возглавил ревком?"),
        (RU, "а кто руководил?", "Кто руководил в Семипалатинске?"),
        # place and date at once
        (KK, "ал 1918 жылы Павлодарда ше?", "1918 жылы Павлодарда Совет өкіметі қашан орнады?"),
    ],
)
def test_a_follow_up_inherits_the_rest(
    follow_ups: FollowUps, previous: str, message: str, merged: str
) -> None:
    assert follow_ups.merge(previous, message) == merged


@pytest.mark.parametrize(
    ("previous", "message"),
    [
        (KK, "Ал Алашорда қашан құрылды?"),  # a full question of its own
        (KK, "Павлодарда Совет өкіметі қашан орнады?"),
        (RU, "Когда была создана Алаш-Орда?"),
        (RU, "а что было в Семипалатинске потом с большевиками?"),  # too long
        (KK, "рахмет"),  # small talk
        (KK, "👍"),
        (RU, "спасибо!"),
        (RU, "а ты кто?"),  # about the bot
        (RU, "ал Павлодарда ше?"),  # a Kazakh follow-up to a Russian question stands alone
        (KK, "а в Павлодаре?"),
    ],
)
def test_other_messages_are_not_follow_ups(
    follow_ups: FollowUps, previous: str, message: str
) -> None:
    assert follow_ups.merge(previous, message) is None
