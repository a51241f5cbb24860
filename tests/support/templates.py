"""Questions generated from a build's own events by templates, in both languages.

They tune and guard the answer ranking without touching any evaluation set: each asks when an
event of the article happened in its place, and the event's sentence and date are the gold.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bot.strings import kk_locative, ru_locative
from index.domain import Guide
from index.events import CONGRESS, COUNTER_REVOLUTION, SOVIET_POWER, UPRISING

TEMPLATES = {
    SOVIET_POWER: (
        "{kk} Совет өкіметі қашан орнады?",
        "Когда в {ru} установилась советская власть?",
    ),
    CONGRESS: ("{kk} съезд қашан өтті?", "Когда в {ru} прошёл съезд?"),
    UPRISING: ("{kk} көтеріліс қашан болды?", "Когда в {ru} было восстание?"),
    COUNTER_REVOLUTION: ("{kk} бүлік қашан болды?", "Когда в {ru} был мятеж?"),
}


@dataclass(frozen=True)
class TemplateQuestion:
    lang: str
    question: str
    chunk_id: str
    sentence: str
    date: str


def template_questions(guide: Guide) -> Iterator[TemplateQuestion]:
    """One question per language for each day-dated event with one place that is the only
    event of its kind there (so the question has one right answer)."""
    events = [e for e in guide.events if e.kind in TEMPLATES and len(e.date) == 10]
    for event in events:
        if len(event.regions) != 1:
            continue
        region = event.regions[0]
        if sum(1 for e in events if e.kind == event.kind and region in e.regions) > 1:
            continue
        kk, ru = TEMPLATES[event.kind]
        places = {
            "kk": kk_locative(guide.label(region, "kk")),
            "ru": ru_locative(guide.label(region, "ru")),
        }
        for lang, template in (("kk", kk), ("ru", ru)):
            question = template.format(kk=places["kk"], ru=places["ru"])
            yield TemplateQuestion(lang, question, event.chunk_id, event.sentence, event.date)
