"""Browsing data over the real article's events: regions, per-region lists, months, pages."""

from __future__ import annotations

import pytest

from bot import browse
from tests.support import article


@pytest.fixture(scope="module")
def guide():
    return article.guide()


def test_regions_are_those_with_events_most_written_about_first(guide) -> None:
    regions = browse.browsable_regions(guide)
    assert len(regions) == len(set(regions)) > 20
    assert regions[0] == "Семей" and {"Павлодар", "Верный", "Орал"} <= set(regions)
    assert all(browse.region_events(guide, region) for region in regions)


def test_a_regions_events_are_its_own_in_date_order(guide) -> None:
    indexes = browse.region_events(guide, "Павлодар")
    events = [guide.events[i] for i in indexes]
    assert len(events) >= 5 and all("Павлодар" in e.regions for e in events)
    assert [e.date for e in events] == sorted(e.date for e in events)
    assert any(e.kind == "soviet_power" and e.date == "1918-01-19" for e in events)


def test_pages_of_five_cover_the_list_once(guide) -> None:
    indexes = browse.region_events(guide, "Семей")
    first = browse.listing(guide, indexes, 0)
    assert first.total == len(indexes) and first.pages == -(-len(indexes) // 5)
    seen = [i for page in range(first.pages) for i, _ in browse.listing(guide, indexes, page).items]
    assert seen == list(indexes)
    assert all(len(browse.listing(guide, indexes, p).items) <= 5 for p in range(first.pages))
    assert browse.listing(guide, indexes, 99).page == first.pages - 1  # a stale page is clamped


@pytest.mark.parametrize(
    "argument", ["1918-02", "02.1918", "2.1918", "февраль 1918", "ақпан 1918", "1918 ақпан",
                 "Февраля", "ақпан"],
)  # fmt: skip
def test_month_arguments(guide, argument: str) -> None:
    assert browse.parse_month(argument, guide) == "1918-02"


@pytest.mark.parametrize("argument", ["", "xyz", "1918-13", "февраль март", "32.1918", "1918"])
def test_bad_month_arguments(guide, argument: str) -> None:
    assert browse.parse_month(argument, guide) is None


def test_month_jumps_to_the_page_where_it_begins(guide) -> None:
    page = browse.month_page(guide, "1918-02")
    listing = browse.listing(guide, browse.all_events(guide), page)
    dates = [e.date for _, e in listing.items]
    assert any(d.startswith("1918-02") for d in dates)
    assert all(e.date < "1918-02" for e in guide.events[: page * browse.PAGE_SIZE])
    assert browse.month_page(guide, "1919-01") is None


def test_shorten_cuts_at_a_word() -> None:
    sentence = "1918 жылы февральдың 16-нан 17-не қараған түнде Семейде өкімет жергілікті " * 3
    short = browse.shorten(sentence)
    assert short.endswith("…") and len(short) <= browse.SHORT + 1
    assert sentence.startswith(short[:-1]) and sentence[len(short) - 1] == " "
    assert browse.shorten("Қысқа  сөйлем.") == "Қысқа сөйлем."


def test_event_passage_quotes_the_event(guide) -> None:
    event = next(e for e in guide.events if e.kind == "soviet_power")
    passage = browse.event_passage(event, article.chunk(event.chunk_id))
    assert passage.quote == event.sentence and passage.quote in passage.text
    assert passage.answer_dates == (event.date,) and passage.answer_regions == event.regions


@pytest.mark.parametrize(
    ("query", "region"),
    [("Семей", "Семей"), ("Семипалатинск", "Семей"), ("Орал облысы", "Орал"),
     ("Букеевская орда", "Бөкей ордасы"), ("Семейде не болды?", None),
     ("Семей мен Павлодар", None), ("Совет өкіметі", None)],
)  # fmt: skip
def test_a_query_that_is_only_a_place(query: str, region: str | None) -> None:
    assert browse.sole_region(query, article.gazetteer()) == region
