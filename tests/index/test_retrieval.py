"""The real index (bundled multilingual model) finds the passage for questions in both languages.

Kept few and stable: `tarikh eval` is the place for metrics.
"""

from __future__ import annotations

import pytest

from index.service import AnswerService

pytestmark = pytest.mark.slow  # loads the model and builds the real index

CASES = [
    ("kk", "Семейде Совет өкіметі қашан орнады?", "16-нан 17-не қараған түнде Семейде", "Семей"),
    ("ru", "Когда в Семипалатинске установилась советская власть?", "Семейде өкімет", "Семей"),
    ("kk", "Орынборды Дутов қашан басып алды?", "ноябрьдің 14-нен", "Орынбор"),
    ("ru", "Кто был председателем Тургайского Совета?", "О. Асауов", "Торғай"),
    ("ru", "Что национализировали в Усть-Каменогорске?", "Орыс-Азиат", "Өскемен"),
]


@pytest.mark.parametrize(("lang", "question", "passage_has", "region"), CASES)
def test_question_gets_the_passage_that_answers_it(
    service: AnswerService, lang: str, question: str, passage_has: str, region: str
) -> None:
    answer = service.answer(question)
    assert answer.lang == lang and answer.answered
    top = answer.results[0]
    assert passage_has in top.text and region in top.regions
    assert top.quote in top.text


@pytest.mark.parametrize(
    "question", ["Какая столица Франции?", "Абай қай жылы туған?", "Как приготовить бешбармак?"]
)
def test_out_of_scope_question_is_not_answered(service: AnswerService, question: str) -> None:
    assert not service.answer(question).answered
