"""The answer's date among a sentence's dates, with real sentences of the article."""

from __future__ import annotations

from bot.config import DATA_DIR
from index.search.clauses import SentenceClauses, dated_clauses
from index.search.lexical import LexicalIndex
from index.text.gazetteer import RegionGazetteer

KARGALY = (
    "Қызыл гвардияшылардың біріккен күші 1918 жылы 16 январьда Қарғалы станицасының "
    "ауданында дутовшылардың негізгі күщін талқандап, 18 январьда Орынборды ақ "
    "гвардияшылардан азат етті."
)
SPASSK = (
    "1918 жылы 3 апрельде Қарқаралы университетінде ескі сот органы жойылып, ревтрибунал "
    "сайланды, 1918 жылы 22 апрельде Спасск жұмысшылар депутаттары Советтерінде ревтрибунал "
    "ұйымдасты."
)
SMOLNY = "25 октябрьде (7 ноябрьде) кешкі 10 саг 40 минутта съезд ашылды."


def test_each_date_opens_the_clause_it_governs() -> None:
    first, second = dated_clauses(KARGALY, None)
    assert first[0] == ("1918-01-16",) and "Қарғалы" in first[1] and "Орынбор" not in first[1]
    assert second[0] == ("1918-01-18",) and second[1].startswith("18 январьда Орынборды")


def test_a_date_without_words_of_its_own_joins_the_next_clause() -> None:
    (only,) = dated_clauses(SMOLNY, 1917)
    assert only[0] == ("1917-10-25", "1917-11-07")


def test_a_sentence_with_one_date_has_no_clauses_to_choose() -> None:
    assert len(dated_clauses("19 январьда қалада өкімет Советтің қолына көшті.", 1918)) == 1


def _clauses() -> tuple[SentenceClauses, LexicalIndex, RegionGazetteer]:
    gazetteer = RegionGazetteer.load(DATA_DIR / "gazetteer.json")
    lexical = LexicalIndex([KARGALY, SPASSK])
    table = SentenceClauses.build(
        [(KARGALY, None), (SPASSK, None)], gazetteer.find, lexical.vectors
    )
    return table, lexical, gazetteer


def test_the_clause_about_the_asked_place_gives_the_first_date() -> None:
    table, lexical, gazetteer = _clauses()

    def first_date(row: int, question: str) -> str:
        order = table.answer_date_order(
            row, lexical.vectors([question]), (), gazetteer.find(question), None
        )
        return order[0]

    assert first_date(0, "Орынбор дутовшылардан қашан азат болды?") == "1918-01-18"
    assert first_date(0, "Қарғалы маңында дутовшылар қашан талқандалды?") == "1918-01-16"
    assert first_date(1, "Спасскіде ревтрибунал қай күні құрылды?") == "1918-04-22"
    assert first_date(1, "Қарқаралыда ревтрибунал қашан сайланды?") == "1918-04-03"


def test_a_date_the_question_names_wins() -> None:
    table, lexical, _ = _clauses()
    order = table.answer_date_order(0, lexical.vectors(["не болды?"]), ("1918-01-18",), (), None)
    assert order == ("1918-01-18", "1918-01-16")


def test_a_closing_bracket_ends_a_run_of_dates() -> None:
    turgai = (
        "Мәселен, Торгай обл. Советінің съезі (Орынбор, 1918 ж. 21 март – 3 апр.) 1918 ж. "
        "30 мартта «Торғай облысындағы Совет өкіметі туралы Ереже» қабылдады."
    )
    congress, statute = dated_clauses(turgai, 1918)
    assert congress[0] == ("1918-03-21", "1918-04-03")
    assert statute[0] == ("1918-03-30",) and statute[1].endswith("Ереже» қабылдады.")


def test_a_bracketed_new_style_day_stays_with_its_date() -> None:
    decree = (
        "Халкомсовтың жұмысшы-шаруаның Қызыл Армиясын ұйымдастыру туралы 1918 жылы 15 (28) "
        "январьдағы декретіне сай Қазақстан Советтері әскери бөлімшелер құруға кірісті."
    )
    assert [dates for dates, _ in dated_clauses(decree, 1918)] == [("1918-01-15", "1918-01-28")]


def test_a_bracketed_date_after_words_dates_those_words() -> None:
    appeals = (
        "Бұл 1917 ж. ноябрьдегі – «Россия халықтары праволарының декларациясы» (1917 ж. 2 нояб.) "
        "және Совет үкіметінің «Россия мен Шығыстың барлық мұсылман еңбекшілеріне» үндеуі "
        "(1917 ж. 20 нояб.)."
    )
    _, declaration, appeal = dated_clauses(appeals, 1917)
    assert declaration[0] == ("1917-11-02",) and "декларациясы" in declaration[1]
    assert appeal[0] == ("1917-11-20",) and "мұсылман еңбекшілеріне" in appeal[1]
