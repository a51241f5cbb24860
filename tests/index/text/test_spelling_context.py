"""A plainly typed word the article spells several ways, read by its neighbours in the
article (`spelling_context`), on the real article."""

from __future__ import annotations

import pytest

from bot.config import DATA_DIR
from index.ingest.pipeline import ingest_document
from index.text.gazetteer import RegionGazetteer
from index.text.spelling_context import SpellingContext

ARTICLE = DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt"


@pytest.fixture(scope="module")
def context() -> SpellingContext:
    gazetteer = RegionGazetteer.load(DATA_DIR / "gazetteer.json")
    return SpellingContext(chunk.text for chunk in ingest_document(ARTICLE, gazetteer).chunks)


@pytest.mark.parametrize(
    ("typed", "restored", "resolved"),
    [
        # a Kazakh working people, a Cossack hundred: both typed «казак» on a phone
        ("10 мын казак енбекшиси", "10 мың казак еңбекшісі", "10 мың қазақ еңбекшісі"),
        ("казак жуздигинин арасында", "қазақ жүздігінің арасында", "казак жүздігінің арасында"),
        ("халкомынын казак болими", "халкомының казак бөлімі", "халкомының қазақ бөлімі"),
        # typed with its Kazakh letters: as typed
        ("қазақ жүздігінің", "қазақ жүздігінің", "қазақ жүздігінің"),
        # neighbours the article never has beside either: as restored
        ("казак балалары", "казак балалары", "казак балалары"),
    ],
)
def test_neighbours_decide_the_spelling(
    context: SpellingContext, typed: str, restored: str, resolved: str
) -> None:
    assert context.resolve(typed, restored) == resolved


def test_a_capital_is_kept(context: SpellingContext) -> None:
    assert context.resolve("Казак енбекшилери", "Казак еңбекшілері") == "Қазақ еңбекшілері"
