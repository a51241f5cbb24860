"""Browsing as the reader sees it: list pages, buttons, and their callback_data."""

from __future__ import annotations

import pytest

from bot import browse, browse_view
from tests.support import article

BIG_BUILD = 9_999_999


@pytest.fixture(scope="module")
def guide():
    return article.guide()


def _datas(markup) -> list[str]:
    return [b.callback_data for row in markup.inline_keyboard for b in row]


def test_every_button_fits_telegrams_callback_data_limit(guide) -> None:
    datas = _datas(browse_view.regions_keyboard(guide, BIG_BUILD, "ru"))
    for index, region in enumerate(browse.browsable_regions(guide)):
        indexes = browse.region_events(guide, region)
        for page in range(browse.listing(guide, indexes, 0).pages):
            listing = browse.listing(guide, indexes, page)
            back = browse_view.encode(browse_view.REGIONS, BIG_BUILD)
            datas += _datas(browse_view.list_keyboard(listing, BIG_BUILD, back, index))
    timeline = browse.listing(guide, browse.all_events(guide), 27)
    datas += _datas(browse_view.list_keyboard(timeline, BIG_BUILD, ""))
    assert all(d.isascii() and len(d.encode()) < 64 for d in datas)
    assert all(browse_view.decode(d) is not None for d in datas)


def test_regions_grid_is_compact_and_named_for_the_reader(guide) -> None:
    rows = browse_view.regions_keyboard(guide, 1, "ru").inline_keyboard
    assert all(len(row) <= browse_view.COLUMNS for row in rows)
    names = [b.text for row in rows for b in row]
    assert "Семипалатинск" in names and "Семей" not in names and names == sorted(names)
    assert len(names) == len(browse.browsable_regions(guide))


def test_decode() -> None:
    assert browse_view.decode("r:3:12:4") == browse_view.Press("r", 3, (12, 4))
    assert browse_view.decode("e:3:140") == browse_view.Press("e", 3, (140,))
    assert browse_view.decode("g:3") == browse_view.Press("g", 3, ())
    for bad in ("r:3:12", "e:x:1", "t:1:-1", "n:1:2", "", "r:1:2:3:4"):
        assert browse_view.decode(bad) is None


def test_region_page_lists_dated_lines_with_paging(guide) -> None:
    region = "Павлодар"
    index = browse.browsable_regions(guide).index(region)
    listing = browse.listing(guide, browse.region_events(guide, region), 0)
    html = browse_view.region_page(guide, region, listing, "ru")
    assert html.startswith("🗺 <b>Павлодар</b>") and f"стр. 1/{listing.pages}" in html
    assert "1. <b>ноябрь 1917 г.</b> — " in html
    markup = browse_view.list_keyboard(listing, 5, "g:5", index)
    opens, paging = markup.inline_keyboard
    assert [b.text for b in opens] == [str(n) for n in range(1, len(listing.items) + 1)]
    assert [b.text for b in paging] == ["🗺", "▶"]
    assert paging[1].callback_data == f"r:5:{index}:1"


def test_timeline_page_has_month_headings(guide) -> None:
    page = browse.month_page(guide, "1918-02")
    listing = browse.listing(guide, browse.all_events(guide), page)
    html = browse_view.timeline_page(listing, "kk")
    assert "<b>1918 жылғы ақпан</b>" in html and "1918 жылғы 16 ақпан" in html
    paging = browse_view.list_keyboard(listing, 1, "").inline_keyboard[1]
    assert [b.text for b in paging] == ["◀", "▶"]


def test_plain_events_for_the_terminal(guide) -> None:
    events = [guide.events[i] for i in browse.region_events(guide, "Павлодар")]
    text = browse_view.plain_events(guide, events, "ru")
    assert text.startswith("ноябрь 1917 г.")
    assert "19 января 1918 г. — 19 январьда қалада өкімет Советтің қолына көшті." in text
    assert "[установление советской власти; Павлодар]" in text
