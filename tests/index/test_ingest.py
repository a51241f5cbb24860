from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DATA_DIR
from index.gazetteer import RegionGazetteer
from index.ingest import chunk_id, document_language, ingest_document

ARTICLE = DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt"


@pytest.fixture(scope="module")
def article():
    return ingest_document(ARTICLE, RegionGazetteer.load(DATA_DIR / "gazetteer.json"))


def test_article_metadata_and_invariants(article):
    assert article.language == "kk"
    assert article.citation.startswith("Қазақ совет энциклопедиясы")
    assert article.duplicates_merged > 0
    chunks = article.chunks
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    assert all(c.section for c in chunks)
    assert sum(bool(c.regions) for c in chunks) >= 0.8 * len(chunks)
    assert sum(bool(c.dates) for c in chunks) >= 0.8 * len(chunks)
    assert all(c.date in c.dates for c in chunks if c.dates)
    assert not any("ДЕГЕНІМІЗ НЕ" in c.text or "энциклопедиясы. –" in c.text for c in chunks)


def test_day_and_month_take_the_year_stated_before(article):
    """«24 октябрьде (6 ноябрьде)» has no year of its own: it comes from earlier passages."""
    chunk = next(c for c in article.chunks if "24 октябрьде (6 ноябрьде)" in c.text)
    assert {"1917-10-24", "1917-11-06"} <= set(chunk.dates)


def test_russian_name_finds_the_same_region_as_the_kazakh_text(article):
    semey = [c for c in article.chunks if "Семей" in c.regions]
    assert semey and all("Семей" in c.text for c in semey)


def test_chunk_ids_are_stable_and_depend_on_text():
    assert chunk_id("a.txt", "text") == chunk_id("a.txt", "text")
    assert chunk_id("a.txt", "text") != chunk_id("a.txt", "text!")
    assert chunk_id("a.txt", "text") != chunk_id("b.txt", "text")


@pytest.mark.parametrize(
    ("name", "lang"), [("article.kk.txt", "kk"), ("статья.ru.txt", "ru"), ("plain.txt", "kk")]
)
def test_document_language_from_file_name(name, lang):
    assert document_language(Path(name)) == lang
