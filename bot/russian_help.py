"""Help for a Russian reader under a Kazakh quote: the answer's date, place and kind of event
in Russian, and the quote's key terms with their Russian equivalents.

«Ответ: 19 января 1918 г., Павлодар — установление советской власти»
«Термины: Совет өкіметі — Советская власть; орнады — установилась»
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.strings import format_date, text
from index.domain import Guide, Passage
from index.events import OTHER, Event
from index.text.glossary import russian_terms

RU = "ru"
TERMS = 4


def russian_notes(passage: Passage, guide: Guide) -> tuple[str, ...]:
    """The lines (plain text) to show a Russian reader under the quote of `passage`."""
    return tuple(line for line in (answer_line(passage, guide), terms_line(passage, guide)) if line)


def answer_line(passage: Passage, guide: Guide) -> str | None:
    """«Ответ: <date>, <places> — <kind>», from what the quote answers; None if it says
    neither when nor where."""
    date = format_date(next(iter(passage.answer_dates), None), RU)
    places = ", ".join(guide.label(region, RU) for region in passage.answer_regions)
    answer = ", ".join(part for part in (date, places) if part)
    if not answer:
        return None
    event = quoted_event(passage, guide.events)
    if event is not None and event.kind != OTHER:
        answer = f"{answer} — {text(RU, f'kind_{event.kind}')}"
    return text(RU, "ru_answer", answer=answer)


def terms_line(passage: Passage, guide: Guide) -> str | None:
    """«Термины: <Kazakh as written> — <Russian>; …» for up to four terms of the quote."""
    found = russian_terms(passage.quote, guide.terms, TERMS)
    if not found:
        return None
    return text(RU, "ru_terms", terms="; ".join(f"{kk} — {ru}" for kk, ru in found))


def quoted_event(passage: Passage, events: Iterable[Event]) -> Event | None:
    """The build's event whose sentence the quote takes in (same passage, overlapping span),
    one of a telling kind first."""
    start = passage.text.find(passage.quote) if passage.quote else -1
    if start < 0:
        return None
    end = start + len(passage.quote)
    quoted = [
        e for e in events if e.chunk_id == passage.chunk_id and e.start < end and start < e.end
    ]
    return next((e for e in quoted if e.kind != OTHER), next(iter(quoted), None))
