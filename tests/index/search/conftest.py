"""The real article's passages and sentence table, shared by the answer and table tests."""

from __future__ import annotations

import pytest

from bot.config import DATA_DIR
from index.ingest.pipeline import ingest_document
from index.search.lexical import LexicalIndex
from index.search.sentence_table import SentenceTable
from index.text.gazetteer import RegionGazetteer

ARTICLE = DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt"


@pytest.fixture(scope="module")
def corpus():
    gazetteer = RegionGazetteer.load(DATA_DIR / "gazetteer.json")
    chunks = ingest_document(ARTICLE, gazetteer).chunks
    lexical = LexicalIndex([c.text for c in chunks])
    return chunks, gazetteer, lexical, SentenceTable.build(chunks, gazetteer.find, lexical.vectors)
