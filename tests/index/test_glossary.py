from __future__ import annotations

import pytest

from bot.config import DATA_DIR
from index.glossary import Glossary

TERMS = {"профсоюз": "кәсіподақ", "профессиональн": "кәсіпшілік одақ", "власт": "өкімет"}


@pytest.mark.parametrize(
    ("question", "kazakh"),
    [
        ("Кто возглавлял профсоюзы?", ["кәсіподақ"]),
        ("Профессиональные союзы и власть", ["кәсіпшілік одақ", "өкімет"]),
        ("Власти, власть, властью", ["өкімет"]),  # one word each, however often named
        ("Семей қашан?", []),
    ],
)
def test_kazakh_words_for_russian_vocabulary(question, kazakh):
    assert Glossary(TERMS).kazakh_words(question) == kazakh


def test_expand_keeps_the_question_and_appends():
    assert Glossary(TERMS).expand("Советская власть") == "Советская власть өкімет"


def test_shipped_glossary_loads_and_words_are_in_the_source():
    glossary = Glossary.load(DATA_DIR / "glossary_ru_kk.json")
    source = (DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt").read_text(encoding="utf-8")
    words = glossary.kazakh_words("Когда установилась советская власть в уездных городах?")
    assert words and all(w.split()[0].lower() in source.lower() for w in words)
