from __future__ import annotations

import pytest

from index.text.cues import DATE, NUMBER, PERSON, PLACE, asked_kinds, has_kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Съезд қашан ашылды?", DATE),
        ("В каком году открылась школа?", DATE),
        ("Какого числа был митинг?", DATE),
        ("Комитетті кім басқарды?", PERSON),
        ("Кого избрали председателем?", PERSON),
        ("Отрядта қанша адам болды?", NUMBER),
        ("Сколько бойцов было в отряде?", NUMBER),
        ("Съезд қайда өтті?", PLACE),
        ("Где находился штаб?", PLACE),
        ("Бөкей даласында кімдер ерекше роль атқарды?", PERSON),
        ("Под чьим руководством конфисковали скот?", PERSON),
        ("семейде атты аскер болимшеси неше адамнан турды", NUMBER),
        ("в какую ночь в уральске произошел переворот", DATE),
        ("Декрет о земле — дата?", DATE),
        ("Қапал мен Жаркентте Кеңес өкіметі қай айда орнады?", DATE),
        ("В каких городах распустили красногвардейские отряды?", PLACE),
        ("В котором часу открылся II съезд Советов?", DATE),
        ("Павлодар қызыл гвардия саны?", NUMBER),
        ("Түркістан АССР-і қай мерзімде жарияланды?", DATE),
        ("Какова численность отряда?", NUMBER),
        ("Бүлікшілердің штабы қай станицада болды?", PLACE),
    ],
)
def test_interrogatives_name_the_kind_of_answer(question: str, kind: str) -> None:
    assert asked_kinds(question) == {kind}


@pytest.mark.parametrize("question", ["Что такое Алашорда?", "Декрет қандай болды?", "Кимберли"])
def test_other_questions_ask_for_nothing_in_particular(question: str) -> None:
    assert asked_kinds(question) == frozenset()


def test_a_day_answers_when_better_than_a_year() -> None:
    def no_regions(_text: str) -> tuple[str, ...]:
        return ()

    assert has_kind(DATE, "", ("1918-02-16",), no_regions) == 1.0
    assert has_kind(DATE, "", ("1918",), no_regions) == pytest.approx(1 / 3)
    assert has_kind(DATE, "", (), no_regions) == 0.0


def test_people_numbers_and_places_in_a_sentence() -> None:
    def regions(text: str) -> tuple[str, ...]:
        return ("Семей",) if "Семей" in text else ()

    assert has_kind(PERSON, "Комитетке К. А. Шугаев, П. П. Салов кірді.", (), regions)
    assert not has_kind(PERSON, "Комитет құрылды. Ол жұмыс істеді.", (), regions)
    assert has_kind(PERSON, "Тоқаш Бокиннің басшылығымен конфискеленді.", (), regions)
    assert not has_kind(PERSON, "Семей Советі мен Совет Халкомсовының қаулысы.", (), regions)
    assert has_kind(NUMBER, "Отрядта 250 қызыл гвардияшы болды.", (), regions)
    assert not has_kind(NUMBER, "1918 ж. отряд құрылды.", (), regions)  # a year is no count
    assert has_kind(NUMBER, "(барлығы бір мыңнан астам адам) қатынасты.", (), regions)
    assert not has_kind(NUMBER, "Онда бесінші съезд өтті.", (), regions)  # «онда»: there
    assert has_kind(NUMBER, "Барлығы 60-тай адамды тұтқынға алды.", (), regions)
    # Days of a month and ordinals are no counts.
    assert not has_kind(NUMBER, "1918 жылы 15 февральда митинг шақырылды.", (), regions)
    assert not has_kind(NUMBER, "Съезд (1917 ж. 2-10 дек.) өтті, 2-съезі де.", (), regions)
    assert has_kind(PLACE, "Съезд Семейде өтті.", (), regions)
    assert not has_kind(PLACE, "Съезд өтті.", (), regions)
