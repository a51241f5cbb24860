"""The checks of a question against its top quote, on the article's own sentences."""

from __future__ import annotations

import pytest

from bot.config import DATA_DIR
from index.domain import Passage
from index.ingest.pipeline import ingest_document
from index.search.lexical import LexicalIndex
from index.search.quote_checks import (
    asks_about_today,
    check_quote,
    count_matcher,
    counts_other,
    other_ordinals,
    untold_name,
    untold_quoted,
    untold_title,
)
from index.search.sentence_table import KINDS, Question, SentenceTable
from index.text.cues import NUMBER, asked_kinds
from index.text.gazetteer import RegionGazetteer
from index.text.glossary import Glossary

CONGRESS = "Олар 1917 ж. 5-16 декабрьде Орынборда Бүкіл қазақстандық 2-съезд өткізді."
SOVIETS = "1918 жылы апрельде Семей облысында 262 ауылдық және селолық Совет құрылды."
GLOSSARY = Glossary({"ru": {"депутат": "депутаттар", "человек": "адам"}})


def _top(quote: str, regions: tuple[str, ...], answer_regions: tuple[str, ...]) -> Passage:
    return Passage("c", quote, quote, "", regions, (), None, (), answer_regions, 1.0)


def _asked(question: str, regions: tuple[str, ...]) -> Question:
    return Question(lexical=None, regions=regions, dates=(), kinds=asked_kinds(question))


def test_the_first_congress_asked_is_not_the_second_one_quoted() -> None:
    assert other_ordinals("Алаштың бірінші жалпықазақ съезі қашан өтті?", CONGRESS)
    assert not other_ordinals("Алаштың екінші жалпықазақ съезі қашан өтті?", CONGRESS)
    assert not other_ordinals("Алаш съезі қашан өтті?", CONGRESS)  # no ordinal asked
    # An ordinal measured from is not asked: «from the first society» against the second.
    second = "Олар коммунарларын «Егінші коммунистердің Россиялық 2-қоғамы» деп атады."
    assert not other_ordinals("Коммунарлар бірінші қоғамнан қандай қашықтықта тұрды?", second)
    assert not other_ordinals("На каком расстоянии от первой коммуны жили коммунары?", second)
    assert other_ordinals("Бірінші қоғамның коммунарлары қайда тұрды?", second)


def test_a_count_of_other_things_in_either_language() -> None:
    assert counts_other("Семей облысында қанша халық тұрды?", "kk", SOVIETS, None)
    assert not counts_other("Семей облысында қанша ауылдық Совет құрылды?", "kk", SOVIETS, None)
    # Russian is judged through the glossary only: «советов» it does not know, so no verdict.
    assert counts_other("Сколько депутатов было в Семипалатинске?", "ru", SOVIETS, GLOSSARY)
    assert not counts_other("Сколько советов было создано?", "ru", SOVIETS, GLOSSARY)


def test_checks_of_places_counts_and_ordinals_against_the_top_passage() -> None:
    question = "Павлодарда қанша халық тұрды?"
    asked = _asked(question, ("Павлодар",))
    assert NUMBER in asked.kinds
    checks = check_quote(question, "kk", asked, _top(SOVIETS, ("Семей",), ("Семей",)), None)
    assert checks.place_missing and not checks.place_quoted and checks.count_missing
    semey = check_quote(
        "Семейде қанша ауылдық Совет құрылды?",
        "kk",
        _asked("Семейде қанша ауылдық Совет құрылды?", ("Семей",)),
        _top(SOVIETS, ("Семей",), ("Семей",)),
        None,
    )
    assert semey.place_quoted and not (semey.place_missing or semey.count_missing)
    assert check_quote(question, "kk", asked, None, None).place_missing


def test_a_count_of_what_is_asked_answers_how_many_better_than_any_count() -> None:
    people = count_matcher("Обуховская коммуна сколько человек?", "ru", GLOSSARY)
    assert people is not None
    assert people("Коммунарлары (200 түтін, 1000-ға жуық адам) келді.")
    assert not people("Олардан 25 шақырым жерге коммунарлар жайғасты.")
    # People in general are never refused for counting soldiers instead.
    assert not counts_other(
        "Отрядта қанша адам болды?", "kk", "Онда 250 қызыл гвардияшы бар.", None
    )
    assert count_matcher("Сколько советов было?", "ru", GLOSSARY) is None  # no verdict


def test_a_sentence_holds_a_count_fully_when_it_counts_what_is_asked() -> None:
    gazetteer = RegionGazetteer.load(DATA_DIR / "gazetteer.json")
    chunks = ingest_document(DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt", gazetteer).chunks
    lexical = LexicalIndex([c.text for c in chunks])
    table = SentenceTable.build(chunks, gazetteer.find, lexical.vectors)
    km = next(r for r, t in enumerate(table.texts) if t.startswith("Олардан 25 шақырым"))
    question = "Обуховская коммуна сколько человек?"
    asked = Question(
        lexical=None,
        regions=(),
        dates=(),
        kinds=asked_kinds(question),
        counts=count_matcher(question, "ru", GLOSSARY),
    )
    assert table.kinds[km, KINDS.index(NUMBER)] == 1.0  # as built: 25 is a count
    assert table.held(km, asked)[KINDS.index(NUMBER)] == 0.5  # but of kilometres


ACTOBE = "Оның председателі 1905 жылдан Компартия мүшесі В. Ф. Зинченко болды."
VERNY = (
    "Булікшілерге қарсы соғыста Л. П. Емелев бастаған Жетісудың социалистік полкінің жауынгерлері."
)


def test_a_title_asked_that_the_quote_never_names() -> None:
    glossary = Glossary(
        {
            "ru": {"председател": "председатель төраға", "атаман": "атаман"},
            "kk": {"төраға": "председатель"},  # the article's word for a modern one
        }
    )
    assert not untold_title("Кто был председателем исполкома?", "ru", ACTOBE, glossary)
    assert not untold_title("Атқару комитетінің төрағасы кім?", "kk", ACTOBE, glossary)
    assert untold_title("Кто был атаманом Семиреченского войска?", "ru", VERNY, glossary)
    # Leading in general is told with verbs («басқарды»): not judged.
    assert not untold_title("Кто стоял во главе полка?", "ru", VERNY, glossary)
    # Judged for "who" questions only.
    for question, missing in [("Кто был атаманом войска?", True), ("Когда атаман пришёл?", False)]:
        checks = check_quote(question, "ru", _asked(question, ()), _top(VERNY, (), ()), glossary)
        assert checks.person_missing is missing
    assert untold_title("«Свободная степь» газетінің редакторы кім еді?", "kk", VERNY, glossary)
    # A phone-typed title reads back in Kazakh letters («командір»).
    assert untold_title("Семей ротасына кім командір болды?", "kk", ACTOBE, None)


def test_a_name_asked_is_answered_only_by_a_quote_naming_someone() -> None:
    dismissed = (
        "Мәселен, Қарағанды көмір қендерінің басқарушысы, Орал-Каспий мұнай қоғамының"
        " Доссордағы азық-түлік дүкенінің бастығы, Спасск-Қарағанды т. ж. басқарушысының"
        " орынбасары жүмыстан шығарылды."
    )
    question = "Қарағанды көмір кендері басқарушысының аты-жөні кім?"
    assert untold_name(question, dismissed)
    assert not untold_name("Ақтөбе аткомының председателінің аты-жони кім?", ACTOBE)
    # A surname alone names someone when a name is asked.
    commissar = "Уақытша үкіметтің Павлодар уезінің комиссары Виноградский өз қызметін жүргізді."
    assert not untold_name("Как звали уездного комиссара в Павлодаре?", commissar)
    # "Who" alone may be answered by a body, not a name: not judged here.
    assert not untold_name("Кто уволил управляющего копями?", dismissed, asks_who=True)
    # A leader or a title asked of a "who" question is a person, typed on a phone too.
    for leader in ["Кто возглавлял управление копями?", "кен басқармасын ким баскарды"]:
        assert untold_name(leader, dismissed, asks_who=True)
        assert not untold_name(leader, dismissed)
    assert untold_name("Кто был председателем правления?", dismissed, asks_who=True)
    assert not untold_name("Кто был председателем исполкома?", ACTOBE, asks_who=True)


def test_a_count_asked_is_not_answered_by_a_quote_counting_nothing() -> None:
    commune = (
        "Петроград жұмысшыларының «Солнечная» аталған 3-коммунасы Ертістің сол жағалауындағы"
        " Көке сайына орын тепті."
    )
    question = "Сколько человек жило в коммуне «Солнечная»?"
    checks = check_quote(question, "ru", _asked(question, ()), _top(commune, (), ()), GLOSSARY)
    assert checks.count_missing  # «3-коммунасы» is the third commune, not a count
    counted = check_quote(question, "ru", _asked(question, ()), _top(SOVIETS, (), ()), GLOSSARY)
    assert not counted.count_missing


def test_today_asked_is_answered_only_where_the_article_speaks_of_today() -> None:
    south = "Қазақстанның бүгіндегі оңтүстік облыстары Түркістан республикасының құрамына енді."
    question = "Какие территории нынешнего Казахстана вошли в Туркестанскую республику?"
    asked = _asked(question, ())
    assert not check_quote(question, "ru", asked, _top(south, (), ()), None).today
    assert check_quote(question, "ru", asked, _top(CONGRESS, (), ()), None).today
    assert check_quote(question, "ru", asked, None, None).today


@pytest.mark.parametrize(
    ("question", "today"),
    [
        ("Қазақстанның қазіргі астанасы қай қала?", True),
        ("Сколько областей в современном Казахстане?", True),
        ("Какая столица у Узбекистана сейчас?", True),
        # A bracket only names the town by today's name.
        ("Перовскіде (қазіргі Қызылорда) Совет өкіметі қашан орнады?", False),
        ("Когда в Верном установилась советская власть?", False),
    ],
)
def test_a_question_about_today(question: str, today: bool) -> None:
    assert asks_about_today(question) is today


def test_a_name_the_question_quotes_is_named_by_the_quote() -> None:
    alash = "Съезде «Алаш» партиясының басшысы Ә. Бокейханов бастаған «Алашорда үкіметі» құрылды."

    def translate(word: str) -> list[str]:
        return {"милиция": ["милиция"], "народная": ["халықтық"]}.get(word.lower(), [])

    assert untold_quoted("Кто был лидером партии «Уш жуз»?", alash, translate)
    assert not untold_quoted("Кто был лидером партии «Алаш»?", alash, translate)
    assert not untold_quoted("«Алашорда үкіметін» кім басқарды?", alash, translate)
    militia = "«Халықтық милиция» деп аталатын қарулы күштер жасақтау ұйғарылды."
    assert untold_quoted("Сколько бойцов было в «народной милиции»?", alash, translate)
    assert not untold_quoted("Что решили о «народной милиции»?", militia, translate)
    assert not untold_quoted("Кто возглавил Алашорду?", alash, translate)  # nothing quoted


def test_a_day_asked_is_answered_only_by_a_quote_dated_to_the_day() -> None:
    def top(dates: tuple[str, ...]) -> Passage:
        return Passage("c", "…", "…", "", (), (), None, dates, (), 1.0)

    question = "Семейді ақ гвардияшылар 1918 жылы жазда қай күні басып алды?"
    assert check_quote(question, "kk", _asked(question, ()), top(("1918",)), None).day_missing
    day = check_quote(question, "kk", _asked(question, ()), top(("1918-06-10",)), None)
    assert not day.day_missing
    # A month answers "when", not "which day".
    when = "Семейді ақ гвардияшылар қашан басып алды?"
    assert not check_quote(when, "kk", _asked(when, ()), top(("1918-06",)), None).day_missing
