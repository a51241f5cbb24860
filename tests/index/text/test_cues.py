from __future__ import annotations

import pytest

from index.text.cues import (
    DATE,
    NUMBER,
    PERSON,
    PLACE,
    asked_kinds,
    asks_day,
    asks_leader,
    asks_several_places,
    count_of,
    counted_words,
    has_kind,
    tells_leading,
)


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
    # A surname alone half names someone.
    commissar = "Павлодар уезінің комиссары Виноградский өз қызметін жүргізді."
    assert has_kind(PERSON, commissar, (), regions) == 0.5
    assert has_kind(PERSON, "Комитеттің председателі Зинченко болды.", (), regions) == 0.5
    assert has_kind(NUMBER, "Отрядта 250 қызыл гвардияшы болды.", (), regions)
    assert not has_kind(NUMBER, "1918 ж. отряд құрылды.", (), regions)  # a year is no count
    assert has_kind(NUMBER, "(барлығы бір мыңнан астам адам) қатынасты.", (), regions)
    assert not has_kind(NUMBER, "Онда бесінші съезд өтті.", (), regions)  # «онда»: there
    assert has_kind(NUMBER, "Барлығы 60-тай адамды тұтқынға алды.", (), regions)
    # Days of a month and ordinals are no counts.
    assert not has_kind(NUMBER, "1918 жылы 15 февральда митинг шақырылды.", (), regions)
    assert not has_kind(NUMBER, "Съезд (1917 ж. 2-10 дек.) өтті, 2-съезі де.", (), regions)
    # A count with a case ending after its hyphen is still a count: «500-ден астам».
    assert has_kind(NUMBER, "Онда 500-ден астам қаруты қызыл гвардияшылар бар еді.", (), regions)
    assert has_kind(PLACE, "Съезд Семейде өтті.", (), regions)
    assert not has_kind(PLACE, "Съезд өтті.", (), regions)


def test_the_words_a_count_question_counts() -> None:
    assert counted_words("1917 жылы Семей облысында қанша халық тұрды?") == ["халық", "тұрды"]
    assert counted_words("Сколько горных предприятий национализировали?") == [
        "горных",
        "предприятий",
    ]
    # «численность», «количество» count what follows them too.
    assert counted_words("Какой численности кавалерийская часть была?") == [
        "кавалерийская",
        "часть",
    ]
    # People and time in general: any count of soldiers or months would do.
    assert counted_words("Орал төңкерісі: қанша адам қамалды?") == []
    assert counted_words("Сколько времени длился процесс?") == []
    assert counted_words("Во сколько часов открылся съезд?") == []  # a time, not a count


def test_a_sentence_counts_what_the_question_counts() -> None:
    def counted(*stems: str):
        return lambda word: word.lower().startswith(stems)

    semey = "1918 жылы апрельде Семей облысында 262 ауылдық және селолық Совет құрылды."
    assert count_of(semey, counted("ауыл", "совет"))
    assert not count_of(semey, counted("халық"))  # 262 counts Soviets, not people
    deputies = "Советтен 8 эсер және меньшевик депутаттар наразылық ретінде шығып кетті."
    assert count_of(deputies, counted("депутат"))
    units = "Отрядтар (барлығы 2000 адамы бар) шоғырландырылды."
    assert count_of(units, counted("жауынгер"))  # people, as a glossary cannot tell
    assert not count_of(units, counted("казак"), people=False)  # the Kazakh word itself
    assert count_of("Болыстардың 60-70%-інде советтер ұйымдасты.", counted("пайыз"))
    assert count_of("Жалақы 50-ден 150%-ке дейін көбейді.", counted("процент"))
    assert not count_of("1918 жылы 15 февральда митинг болды.", counted("митинг"))
    # A number before a unit measures by it: kilometres and hours, not the people near them.
    distance = "Олардан 25 шақырым жерге Семянников зауыдының коммунарлары жайғасты."
    assert not count_of(distance, counted("коммунар"))
    assert count_of(distance, counted("шақырым"))
    hours = "Кәсіпорындарда сегіз сағаттық жұмыс күні енгізілді, жұмысшылар қолдады."
    assert not count_of(hours, counted("жұмысшы"))


@pytest.mark.parametrize(
    ("question", "several"),
    [
        ("Қай облыстарда Совет өкіметі бейбіт жолмен орнады?", True),
        ("Съезге қай қалалардың Советтері өкіл жіберді?", True),
        ("В каких городах Семиречья установилась советская власть?", True),
        ("В каких населённых пунктах победила советская власть?", True),
        ("Съезд қай қалада өтті?", False),
        ("В каком городе прошёл съезд?", False),
        ("Қандай жерлер тәркіленді?", False),
    ],
)
def test_a_list_of_places_is_asked_in_the_plural(question: str, several: bool) -> None:
    assert asks_several_places(question) is several


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Съезд қашан ашылды?", {DATE}),
        ("Орынбор азат етілген күн?", {DATE}),
        ("Коммунарлар қай жерге қоныстанды?", {PLACE}),
        ("В каком году открылась школа?", {DATE}),
        ("Какого числа был митинг?", {DATE}),
        ("Комитетті кім басқарды?", {PERSON}),
        ("Кого избрали председателем?", {PERSON}),
        ("Отрядта қанша адам болды?", {NUMBER}),
        ("Сколько бойцов было в отряде?", {NUMBER}),
        ("Каким тиражом выходила газета?", {NUMBER}),  # a print run is a count
        ("Какая сумма была национализирована?", {NUMBER}),
        ("Съезд қайда өтті?", {PLACE}),
        ("Где находился штаб?", {PLACE}),
        ("Бөкей даласында кімдер ерекше роль атқарды?", {PERSON}),
        ("Под чьим руководством конфисковали скот?", {PERSON}),
        ("семейде атты аскер болимшеси неше адамнан турды", {NUMBER}),
        ("в какую ночь в уральске произошел переворот", {DATE}),
        ("Декрет о земле — дата?", {DATE}),
        ("Қапал мен Жаркентте Кеңес өкіметі қай айда орнады?", {DATE}),
        ("В каких городах распустили красногвардейские отряды?", {PLACE}),
        ("В котором часу открылся II съезд Советов?", {DATE}),
        ("Павлодар қызыл гвардия саны?", {NUMBER}),
        ("Түркістан АССР-і қай мерзімде жарияланды?", {DATE}),
        ("Какова численность отряда?", {NUMBER}),
        ("Бүлікшілердің штабы қай станицада болды?", {PLACE}),
        ("В каких населённых пунктах победила Советская власть?", {PLACE}),
        ("В каких областях власть устанавливали силой?", {PLACE}),
        ("Қай облыстарда Совет өкіметі қарулы күреспен орнады?", {PLACE}),
        ("Қандай қалаларда отрядтар таратылды?", {PLACE}),
        # nothing in particular
        ("Что такое Алашорда?", set()),
        ("Декрет қандай болды?", set()),
        ("Кимберли", set()),
        ("Ең алдымен қандай жерлер алынды?", set()),
        # "how long" asks for the dates of a span, not a count
        ("Қазақстанда Совет өкіметін орнату қанша уақытқа созылды?", {DATE}),
        ("Сколько времени занял процесс установления советской власти?", {DATE}),
        ("Съезд неше күнге созылды?", {DATE}),
        ("Как долго длился съезд?", {DATE}),
        ("Митингіге қанша адам қатысты?", {NUMBER}),
        # «когда» joining a clause to a question asks nothing, and asks when without one
        ("Что сделали большевики Казалинска, когда казаков послали против рабочих?", set()),
        ("Кто возглавил Совет, когда он взял власть?", {PERSON}),
        ("Скажите, когда установилась советская власть?", {DATE}),
        ("Где и когда прошёл съезд?", {DATE, PLACE}),
        # Kazakh time words in any case; «аймақ» is a region, not a month
        ("Оралда төңкеріс қай түнде болды?", {DATE}),
        ("Съезд қай күндері өтті?", {DATE}),
        ("Бұл қай айда болды?", {DATE}),
        ("Көтеріліс қай аймақта болды?", set()),
        # an issue of a paper, not a count
        ("Үндеу қай газеттің бірінші санында жарияланды?", set()),
        ("Газеттің 1-санында не жарияланды?", set()),
        ("Отряд саны қанша?", {NUMBER}),
        # more ways to ask when and where
        ("Из какого города прибыл отряд?", {PLACE}),
        ("К какому сроку был созван съезд?", {DATE}),
        ("В какие сроки прошёл съезд?", {DATE}),
        ("Назовите дату восстания", {DATE}),
        ("С какой даты действовал декрет?", {DATE}),
        ("Нешінші жылы болды?", {DATE}),
        ("Какое решение принял съезд?", set()),
        ("Какое число делегатов было на съезде?", set()),
        # what something was made of is not a person
        ("Из кого сначала состоял красногвардейский отряд?", set()),
        ("Атбасар қызыл гвардиясы кімдерден жасақталды?", set()),
        ("Кого избрали председателем?", {PERSON}),
        # at what time is no count
        ("Во сколько был взят штурмом Зимний дворец?", {DATE}),
        ("Қысқы сарай қай күні, сағат нешеде алынды?", {DATE}),
    ],
)
def test_what_a_question_asks_for(question: str, kinds: set[str]) -> None:
    assert asked_kinds(question) == frozenset(kinds)


def test_a_day_or_a_leader_asked_in_so_many_words() -> None:
    assert asks_day("Ақтөбеде билік Советке қай күні көшті?")
    assert asks_day("какого числа пал Оренбург") and asks_day("кай куни котти")  # a phone too
    assert not asks_day("Ақтөбеде билік Советке қашан көшті?")
    assert asks_leader("Жымпитыдағы бөлімшені кім басқарды?") and asks_leader("ким баскарды")
    assert asks_leader("Кто возглавлял ревком?") and not asks_leader("Кто уволил управляющего?")
    assert tells_leading("Оның председателі И. Д. Дубинин болды.")
    assert tells_leading("Л. П. Емелев бастаған полк.")
    assert not tells_leading("Дубининнің ұсынысы бойынша ревком құрылды.")
