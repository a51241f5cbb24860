"""Every question the bot offers is answered from the passage it was made from, answer in bold.

The bot offers the same questions as example buttons (/start), in "not found" replies, as
inline examples and in the /ask hint (the first one); all come from `example_questions`.
"""

from __future__ import annotations

import pytest

from bot.render import example_questions
from index.service import AnswerService
from index.text.dates import extract_dates

pytestmark = pytest.mark.slow  # the real model and index


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_offered_questions_are_answered_by_their_passage(service: AnswerService, lang) -> None:
    guide = service.guide
    questions = example_questions(guide, lang)
    assert len(questions) == len(guide.examples) >= 3
    for question, example in zip(questions, guide.examples, strict=True):
        answer = service.answer(question)
        assert answer.answered, question
        assert answer.lang == lang, question
        top = answer.results[0]
        assert top.chunk_id == example.chunk.chunk_id, question
        # The bold quote holds the answer: the date of the event, which the reply shows.
        assert top.answer_dates[0] == example.date, question
        year = int(example.date[:4])
        assert example.date in extract_dates(top.quote, year), question
        assert example.region in top.answer_regions, question
