"""The real article's restorer, shared by the tests of reading a question."""

from __future__ import annotations

import pytest

from bot.config import DATA_DIR
from index.ingest.pipeline import ingest_document
from index.text.gazetteer import RegionGazetteer
from index.text.glossary import Glossary
from index.text.restorer import KazakhRestorer

ARTICLE = DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt"


@pytest.fixture(scope="module")
def gaz() -> RegionGazetteer:
    return RegionGazetteer.load(DATA_DIR / "gazetteer.json")


@pytest.fixture(scope="module")
def passages(gaz: RegionGazetteer) -> list[str]:
    return [chunk.text for chunk in ingest_document(ARTICLE, gaz).chunks]


@pytest.fixture(scope="module")
def extra_words(gaz: RegionGazetteer) -> list[str]:
    return [*gaz.kazakh_names, *Glossary.load(DATA_DIR / "glossary.json").kazakh_words]


@pytest.fixture(scope="module")
def restorer(passages: list[str], extra_words: list[str]) -> KazakhRestorer:
    return KazakhRestorer.from_texts(passages, extra_words)
