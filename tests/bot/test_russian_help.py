"""Help for Russian readers under a Kazakh quote, on real sentences of the article."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot import browse
from bot.render import render_html, shown
from bot.russian_help import answer_line, quoted_event, russian_notes, terms_line
from tests.support import article


@pytest.fixture(scope="module")
def guide():
    return article.guide()


def _passage(guide, region: str, kind: str = "soviet_power"):
    event = next(e for e in guide.events if e.kind == kind and region in e.regions)
    return browse.event_passage(event, article.chunk(event.chunk_id))


def test_answer_line_names_date_place_and_kind(guide) -> None:
    passage = _passage(guide, "Павлодар")
    assert answer_line(passage, guide) == (
        "Ответ: 19 января 1918 г., Павлодар — установление советской власти"
    )
    semey = _passage(guide, "Семей")
    assert answer_line(semey, guide) == (
        "Ответ: 16 февраля 1918 г., Семипалатинск — установление советской власти"
    )


def test_a_quote_beyond_the_event_sentence_still_finds_it(guide) -> None:
    passage = _passage(guide, "Павлодар")
    start = passage.text.find(passage.quote)
    wider = passage.text[max(0, start - 40) : start + len(passage.quote)]
    assert quoted_event(replace(passage, quote=wider), guide.events).kind == "soviet_power"
    assert quoted_event(replace(passage, quote="жоқ сөйлем"), guide.events) is None


def test_no_kind_without_an_event_and_no_line_without_date_or_place(guide) -> None:
    passage = replace(_passage(guide, "Павлодар"), chunk_id="other")
    assert answer_line(passage, guide) == "Ответ: 19 января 1918 г., Павлодар"
    bare = replace(passage, answer_dates=(), answer_regions=())
    assert answer_line(bare, guide) is None


def test_terms_of_the_quote_with_russian_equivalents(guide) -> None:
    passage = _passage(guide, "Семей")
    assert terms_line(passage, guide) == "Термины: өкімет — власть; жергілікті — местный"
    sentence = "1918 жылы 19 январьда Совет өкіметі орнады, уездік Совет съезі шақырылды."
    line = terms_line(replace(passage, quote=sentence), guide)
    assert line == (
        "Термины: Совет өкіметі — Советская власть; орнады — установилась; уездік — уезд; "
        "съезі — съезд"
    )
    assert terms_line(replace(passage, quote="1918 жылы."), guide) is None


def test_russian_reply_shows_help_and_section_in_russian(guide) -> None:
    passage = _passage(guide, "Павлодар")
    html = render_html(shown(passage, "ru", guide), guide.citation, "ru")
    quote_end = html.index("</blockquote>")
    assert html.index("Ответ: 19 января 1918 г., Павлодар") > quote_end
    assert "Термины: " in html
    assert "Раздел: Установление Советской власти в Акмолинской и Семипалатинской" in html
    kazakh = render_html(shown(passage, "kk", guide), guide.citation, "kk")
    assert "Ответ" not in kazakh and "Термины" not in kazakh
    assert "Бөлім: Ақмола және Семей облыстарында Совет өкіметінің орнауы" in kazakh


def test_a_section_without_a_russian_title_keeps_its_own(guide) -> None:
    passage = replace(_passage(guide, "Павлодар"), section="Жаңа құжат бөлімі")
    assert shown(passage, "ru", guide).section == "Жаңа құжат бөлімі"
    assert len(russian_notes(passage, guide)) == 2
