"""The timeline chart: a PNG of sensible size in both languages, drawn from the article."""

from __future__ import annotations

import struct
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.chart import ChartCache, chart_caption, render_timeline_png
from bot.config import DATA_DIR
from index.events import RegionTimeline, extract_events, soviet_power_dates
from index.ingest.pipeline import ingest_document
from index.text.gazetteer import RegionGazetteer
from tests.support import article

GAZETTEER = RegionGazetteer.load(DATA_DIR / "gazetteer.json")


@pytest.fixture(scope="module")
def timelines() -> dict[str, RegionTimeline]:
    article = ingest_document(DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt", GAZETTEER)
    return soviet_power_dates(extract_events(article.chunks, GAZETTEER), GAZETTEER.in_kazakhstan)


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png[12:16] == b"IHDR"  # the first chunk
    return struct.unpack(">II", png[16:24])


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_png_of_sensible_size_in_each_language(timelines, lang):
    width, height = _png_size(render_timeline_png(timelines, lang, GAZETTEER.label))
    assert 600 <= width <= 2000 and 600 <= height <= 2000


def test_regions_are_named_for_the_reader(timelines):
    asked: list[tuple[str, str]] = []

    def label(name: str, lang: str) -> str:
        asked.append((name, lang))
        return GAZETTEER.label(name, lang)

    kk = render_timeline_png(timelines, "kk", label)
    ru = render_timeline_png(timelines, "ru", label)
    assert kk != ru
    assert sorted(asked) == sorted((r, lang) for r in timelines for lang in ("kk", "ru"))


def test_the_data_behind_the_chart_is_the_article(timelines):
    def row(region: str) -> tuple[str | None, bool]:
        return timelines[region].date, timelines[region].contested

    assert row("Перовск") == ("1917-10-30", False)
    assert row("Ақтөбе") == ("1918-01-08", False)
    assert row("Павлодар") == ("1918-01-19", True)
    assert row("Семей") == ("1918-02-16", True)
    assert row("Верный") == ("1918-03-02", True)
    assert row("Орал") == (None, True)
    assert GAZETTEER.label("Семей", "ru") == "Семипалатинск"


def test_threads_draw_at_once_without_sharing_state(timelines):
    def draw(lang: str) -> bytes:
        return render_timeline_png(timelines, lang, GAZETTEER.label)

    langs = ["kk", "ru"] * 2
    with ThreadPoolExecutor(len(langs)) as pool:
        drawn = list(pool.map(draw, langs))
    assert drawn == [draw(lang) for lang in langs]


def test_no_regions_still_draws_and_captions_cite_the_source():
    assert _png_size(render_timeline_png({}, "kk", GAZETTEER.label))[0] >= 600
    assert chart_caption("kk", "ҚСЭ, 1979") == "Дерек көзі: ҚСЭ, 1979"
    assert chart_caption("ru", "ҚСЭ, 1979") == "Источник: ҚСЭ, 1979"


def test_the_chart_is_drawn_once_per_build_and_language():
    guide = article.guide()
    cache = ChartCache()
    first = cache.png(1, guide, "ru")
    assert cache.png(1, guide, "ru") is first
    assert cache.png(1, guide, "kk") != first and cache.png(2, guide, "ru") is not first
    width, height = _png_size(first)
    assert (width, height) == (1000, 700)
    established = [t for t in guide.timelines.values() if t.established is not None]
    assert len(guide.timelines) == 20 and len(established) == 19
