import re
from pathlib import Path

import pytest

from index.chunking import MAX_WORDS
from index.dedup import SIMILAR, shingles, similarity
from index.prepare import PreparedDocument, prepare_document
from index.sentences import split_sentences

ARTICLE = Path(__file__).parents[2] / "data/corpus/oktyabr-kazakhstan.kk.txt"
BOILERPLATE = ("ЭЛЕКТР ДЕГЕНІМІЗ НЕ?", "ТОЛЫҒЫРАҚ", "Жарияланған", "Қаралды", "энциклопедиясы")


@pytest.fixture(scope="module")
def doc() -> PreparedDocument:
    return prepare_document(ARTICLE.read_text(encoding="utf-8"))


def test_metadata(doc: PreparedDocument) -> None:
    assert doc.title.startswith("ҰЛЫ ОКТЯБРЬ")
    assert doc.citation == "Қазақ совет энциклопедиясы. –Алматы, 1979. –Б.250-302."
    assert not doc.text.startswith("UF")
    assert ("ЬІ", "Ы") in doc.repairs


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
