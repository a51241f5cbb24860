"""Births, deaths, foundings, renamings and events "finally" or "again": asked, and told by
the article's own sentences."""

from __future__ import annotations

import pytest

from index.text.rare_events import asks_rare_event, tells_rare_events, untold_qualifiers

SEIZED_FOR_GOOD = (
    "«Депутаттар Советі қалада өкіметті біржола басып алды, оған қарсыласуға менің мүмкіндігім жоқ."
)
WESTERN_BRANCH = (
    "Оралда Советтердің шұғыл шақырылған съезі (1918 ж. 18-24 март) «әскери үкіметті» және"
    " Алашорданың батыс бөлімшесінің «үкіметін» тарату туралы шешім қабылдады."
)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Когда родился Ленин?", True),
        ("Әліби Жанкелдин қашан қайтыс болды?", True),
        ("Жанкелдин қай жерде туып-өскен?", True),
        ("Откуда родом Амангельды Иманов?", True),
        ("Кто из членов облисполкома был убит в тюрьме?", True),
        ("атаман дутов қай жылы өлтірілді", True),
        ("Где похоронены Дмитриев и Пужалин?", True),
        ("Когда город Верный был переименован в Алма-Ату?", True),
        ("Перовск қашан Қызылорда болып қайта аталды?", True),
        ("В каком году было основано укрепление Верное?", True),
        ("Верный қаласының негізі қашан қаланды?", True),
        # "finally" and "again" are weighed apart
        ("Алашорда үкіметі қай жылы біржола таратылды?", False),
        ("Когда в Верном установилась советская власть?", False),
        ("Семейде Совет өкіметі қашан орнады?", False),
        # a commune settling somewhere, and "mostly", are no founding
        ("Где обосновалась петроградская коммуна «Солнечная»?", False),
        ("Когда была основана коммуна «Солнечная»?", False),  # told as «құрылды»
        ("В какие месяцы в основном создавались аульные Советы?", False),
        # re-elected is no return
        ("Кто был председателем вновь созданного Тургайского Совета?", False),
    ],
)
def test_asks_rare_event(question: str, asks: bool) -> None:
    assert asks_rare_event(question) is asks


def test_a_death_is_told_by_a_killing() -> None:
    killed = (
        "С. Пужалин, П. Морозов, П. Червяков, П. Дмитриев ақ гвардияшылардың түрмесінде өлтірілді."
    )
    asked = "Кто был убит в тюрьме?"
    assert tells_rare_events(asked, killed)
    seized = "Атаман Дутов бастаған ақ гвардияшылар қалада өкіметті басып алды."
    assert not tells_rare_events(asked, seized)
    # A killing does not tell where they lie.
    assert not tells_rare_events("Где похоронены убитые в тюрьме?", killed)


def test_a_renaming_is_told_only_by_a_naming() -> None:
    asked = "Когда Верный переименован в Алма-Ату?"
    # A bracket with today's name tells no renaming.
    assert not tells_rare_events(asked, "Верный (Алматы) қаласында да болды.")
    assert tells_rare_events(asked, "Алашорда аталған қырғыз автономиясы")


@pytest.mark.parametrize(
    ("question", "quote", "untold"),
    [
        # The Russian verb reaches the Kazakh quote through the article's words for it.
        ("Когда Совет окончательно взял власть в Павлодаре?", SEIZED_FOR_GOOD, 0),
        ("Когда Совет окончательно распустил управу?", SEIZED_FOR_GOOD, 1),
        ("Семейде Совет өкіметті біржола қашан басып алды?", SEIZED_FOR_GOOD, 0),
        # «біржола» said of seizing power does not say a dissolution for good.
        ("Алашорда үкіметі қай жылы біржола таратылды?", SEIZED_FOR_GOOD, 1),
        # The western branch dissolved in March 1918 is not Alash Orda dissolved for good.
        ("Алашорда үкіметі қай жылы біржола таратылды?", WESTERN_BRANCH, 1),
        # typed without Kazakh letters
        ("алашорда тупкиликти кашан таратылды", WESTERN_BRANCH, 1),
        ("Когда Красная армия окончательно освободила Уральск?", WESTERN_BRANCH, 1),
        ("Оралда Кеңес өкіметі ақтардан кейін қайтадан қашан орнады?", WESTERN_BRANCH, 1),
        ("Оралда съезд қашан өтті?", WESTERN_BRANCH, 0),
        # "Officially", which the article almost never says.
        ("Қазақ АССР-і ресми түрде қай жылы құрылды?", WESTERN_BRANCH, 1),
        ("Когда официально провозглашена автономия?", WESTERN_BRANCH, 1),
    ],
)
def test_an_end_for_good_or_a_return_is_said_or_untold(
    question: str, quote: str, untold: int
) -> None:
    def translate(word: str) -> list[str]:
        return {"взял": ["басып", "алды"]}.get(word, [])

    assert untold_qualifiers(question, quote, translate) == untold


def test_a_question_without_a_rare_event_is_told_by_any_quote() -> None:
    assert tells_rare_events("Оралда съезд қашан өтті?", WESTERN_BRANCH)
