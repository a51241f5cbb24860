import json
from dataclasses import replace
from pathlib import Path

import pytest

from index.domain import Answer, Passage
from index.evaluate import (
    evaluate,
    format_report,
    gold_date_matches,
    load_questions,
    report_json,
)


def _passage(text: str, regions: tuple[str, ...] = (), dates: tuple[str, ...] = ()) -> Passage:
    first = dates[0] if dates else None
    return Passage("id", text, text, "", regions, dates, first, dates, regions, 1.0)


class FakeSearcher:
    """Returns canned passages per question."""

    def __init__(self, answers: dict[str, tuple[bool, list[Passage]]]) -> None:
        self.answers = answers

    def search(self, question: str, k: int = 5) -> Answer:
        answered, passages = self.answers[question]
        return Answer(question, "kk", answered, tuple(passages[:k]), "")


QUESTIONS = [
    {
        "id": "a",
        "lang": "kk",
        "question": "qa",
        "gold": "Асауов  болды",
        "region": ["Торғай"],
        "date": ["1917-10"],
    },
    {
        "id": "b",
        "lang": "ru",
        "question": "qb",
        "gold": "79 кәсіпорын",
        "region": ["Семей"],
        "date": ["1918-05-15"],
    },
    {"id": "c", "lang": "ru", "question": "qc", "gold": "жоқ", "region": [], "date": []},
    {"id": "x", "lang": "ru", "question": "qx", "gold": None, "region": [], "date": []},
]
SEARCHER = FakeSearcher(
    {
        "qa": (True, [_passage("О. Асауов болды.", ("Торғай",), ("1917-10-24",))]),
        "qb": (True, [_passage("бөгде", ("Верный",), ("1918",)), _passage("Онда 79 КӘСІПОРЫН")]),
        "qc": (False, [_passage("бөгде")]),
        "qx": (False, [_passage("бөгде")]),
    }
)


def test_metric_math_on_a_fake_searcher() -> None:
    report = evaluate(SEARCHER.search, QUESTIONS)
    kk, ru, everything = report.by_lang["kk"], report.by_lang["ru"], report.by_lang["all"]
    assert (kk.answerable, kk.right, kk.ranked_first, kk.bold_holds) == (1, 1.0, 1.0, 1.0)
    assert (kk.date_right, kk.region_right, kk.mrr) == (1.0, 1.0, 1.0)
    assert (ru.answerable, ru.right, ru.ranked_first, ru.r3) == (2, 0.0, 0.0, 0.5)
    assert (ru.date_right, ru.region_right) == (0.0, 0.0)  # «1918» does not confirm a day
    assert ru.answerable_refused == 0.5 and ru.mrr == pytest.approx(0.25)
    assert (ru.out_of_scope, ru.out_of_scope_refused, kk.out_of_scope_refused) == (1, 1.0, None)
    assert everything.answerable == 3 and everything.right == pytest.approx(1 / 3)
    assert everything.mrr == pytest.approx((1 + 0.5 + 0) / 3)
    assert report.by_style == {"kk normal": 1.0, "ru normal": pytest.approx(1 / 3)}
    assert report.wrong == ("b", "c")


def test_a_wrong_date_line_makes_a_reply_wrong() -> None:
    passage = replace(_passage("О. Асауов болды.", ("Торғай",)), answer_dates=("1918-03-18",))
    searcher = FakeSearcher({"qa": (True, [passage])})
    report = evaluate(searcher.search, QUESTIONS[:1])
    assert report.by_lang["kk"].ranked_first == 1.0 and report.by_lang["kk"].right == 0.0


def test_report_ends_with_the_summary_line_and_json_has_the_same() -> None:
    report = evaluate(SEARCHER.search, QUESTIONS)
    last = format_report(report).splitlines()[-1]
    assert last.startswith("summary: right kk=1.00 ru=0.00 first kk=1.00 ru=0.00")
    assert last.endswith("out-of-scope refused=1.00 answerable refused=0.33")
    data = json.loads(report_json(report))
    assert data["by_lang"]["ru"]["answerable_refused"] == 0.5
    assert data["wrong"] == ["b", "c"]


def test_gold_date_matching_rules() -> None:
    assert gold_date_matches("1917-10", "1917-10-24")
    assert gold_date_matches("1917-10-24", "1917-10")
    assert not gold_date_matches("1917-10-24", "1917")
    assert not gold_date_matches("1917-10", "1917-11-02")


def test_load_questions_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(QUESTIONS[0]) + "\n\n", encoding="utf-8")
    assert load_questions(path) == [QUESTIONS[0]]


def test_gold_from_the_raw_article_matches_its_cleaned_dashes() -> None:
    # The raw article writes «аткомы - Орыс-Азиат», «нояб. -1918»; its passages have dashes.
    question = {
        "id": "d",
        "lang": "kk",
        "question": "qd",
        "gold": "аткомы - Орыс-Азиат банкісінің, (1917 ж. нояб. -1918 ж. март)",
        "region": [],
        "date": [],
    }
    cleaned = "23 мартта аткомы – Орыс-Азиат банкісінің, (1917 ж. нояб. – 1918 ж. март) алды."
    searcher = FakeSearcher({"qd": (True, [_passage(cleaned)])})
    assert evaluate(searcher.search, [question]).by_lang["kk"].right == 1.0
    different = FakeSearcher({"qd": (True, [_passage(cleaned.replace("Азиат", "Азия"))])})
    assert evaluate(different.search, [question]).by_lang["kk"].right == 0.0


def test_gold_from_the_raw_article_matches_its_cleaned_spaces() -> None:
    # The raw article writes «1918 жылы15 (28)»; cleaning puts the space back.
    question = {
        "id": "s",
        "lang": "kk",
        "question": "qs",
        "gold": "1918 жылы15 (28) январьдағы декретіне",
        "region": [],
        "date": [],
    }
    cleaned = "Қызыл Армиясын ұйымдастыру туралы 1918 жылы 15 (28) январьдағы декретіне сай."
    searcher = FakeSearcher({"qs": (True, [_passage(cleaned)])})
    assert evaluate(searcher.search, [question]).by_lang["kk"].right == 1.0
