from __future__ import annotations

import re

import pytest

from bot.config import DATA_DIR
from index.ingest.chunking import MAX_WORDS
from index.ingest.clean import clean_document
from index.ingest.dedup import SIMILAR, shingles, similarity
from index.ingest.pipeline import (
    PreparedDocument,
    chunk_id,
    document_language,
    ingest_document,
    prepare_document,
)
from index.text.gazetteer import RegionGazetteer
from index.text.sentences import split_sentences

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
    assert document_language(name) == lang


BOILERPLATE = ("ЭЛЕКТР ДЕГЕНІМІЗ НЕ?", "ТОЛЫҒЫРАҚ", "Жарияланған", "Қаралды", "энциклопедиясы")


@pytest.fixture(scope="module")
def doc() -> PreparedDocument:
    return prepare_document(ARTICLE.read_text(encoding="utf-8"))


def test_metadata(doc: PreparedDocument) -> None:
    assert doc.title.startswith("ҰЛЫ ОКТЯБРЬ")
    assert doc.citation == "Қазақ совет энциклопедиясы. –Алматы, 1979. –Б.250-302."
    assert not doc.text.startswith("UF")
    assert ("ЬІ", "Ы") in clean_document(ARTICLE.read_text(encoding="utf-8")).repairs


def test_no_boilerplate_anywhere(doc: PreparedDocument) -> None:
    for marker in BOILERPLATE:
        assert marker not in doc.text
        assert all(marker not in chunk.text for chunk in doc.chunks)


def test_chunks_are_slices_with_contiguous_ordinals(doc: PreparedDocument) -> None:
    assert [c.ordinal for c in doc.chunks] == list(range(len(doc.chunks)))
    for chunk in doc.chunks:
        assert chunk.text == doc.text[chunk.start : chunk.end]
        assert chunk.section in doc.sections


def test_chunks_respect_bounds_and_sentences(doc: PreparedDocument) -> None:
    # Per paragraph: headings stand as their own paragraph without a final period.
    bounds = {
        para.start() + edge
        for para in re.finditer(r"[^\n]+", doc.text)
        for span in split_sentences(para.group())
        for edge in span
    }
    for chunk in doc.chunks:
        assert len(chunk.text.split()) <= MAX_WORDS
        assert chunk.start in bounds and chunk.end in bounds


def test_sections(doc: PreparedDocument) -> None:
    assert len(doc.sections) >= 5
    assert "Жетісуда Совет өкіметінің орнауы" in doc.sections
    assert all(f"{section}." not in chunk.text for chunk in doc.chunks for section in doc.sections)


def test_repeated_paragraphs_merged_once(doc: PreparedDocument) -> None:
    assert len(doc.merged) >= 8
    assert doc.text.count("Павлодар мен Семейден кейін Совет өкіметі") == 1
    grams = [shingles(chunk.text) for chunk in doc.chunks]
    for i, left in enumerate(grams):
        assert all(similarity(left, right) < SIMILAR for right in grams[i + 1 :])
