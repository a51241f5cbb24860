import json
from pathlib import Path

import pytest

from index.domain import Answer, Passage
from index.evaluate import evaluate, format_report, gold_date_matches, load_questions


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
    assert (kk.r1, kk.mrr) == (1.0, 1.0)
    assert (ru.r1, ru.r3, ru.mrr) == (0.0, 0.5, pytest.approx(0.25))
    assert everything.questions == 3
    assert everything.r5 == pytest.approx(2 / 3)
    assert everything.mrr == pytest.approx((1 + 0.5 + 0) / 3)
    assert (report.abstained, report.out_of_scope, report.refused) == (1, 1, 1)
    assert report.region_accuracy == 0.5 and report.date_accuracy == 0.5
    assert report.misses == ("b", "c")


def test_report_ends_with_the_summary_line() -> None:
    text = format_report(evaluate(SEARCHER.search, QUESTIONS))
    last = text.splitlines()[-1]
    assert last.startswith("summary: R@1 kk=1.00 ru=0.00 R@5=0.67")
    assert "abstain=1/1 refused=1 region=0.50 date=0.50" in last


def test_gold_date_matching_rules() -> None:
    assert gold_date_matches("1917-10", "1917-10-24")
    assert gold_date_matches("1917-10-24", "1917-10")
    assert not gold_date_matches("1917-10-24", "1917")
    assert not gold_date_matches("1917-10", "1917-11-02")


def test_load_questions_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(QUESTIONS[0]) + "\n\n", encoding="utf-8")
    assert load_questions(path) == [QUESTIONS[0]]
