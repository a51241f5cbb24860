from __future__ import annotations

import pytest

from bot.config import DATA_DIR
from index.text.glossary import Glossary, in_article, russian_terms

TERMS = {
    "ru": {"профсоюз": "кәсіподақ", "профессиональн": "кәсіпшілік одақ", "власт": "өкімет"},
    "kk": {"ақпан": "февраль", "төраға": "председатель"},
}


@pytest.mark.parametrize(
    ("question", "lang", "words"),
    [
        ("Кто возглавлял профсоюзы?", "ru", ["кәсіподақ"]),
        ("Профессиональные союзы и власть", "ru", ["кәсіпшілік одақ", "өкімет"]),
        ("Власти, власть, властью", "ru", ["өкімет"]),  # one word each, however often named
        ("1918 жылғы 16 ақпанда Семейде кім төрағасы болды?", "kk", ["февраль", "председатель"]),
        ("Семей қашан?", "kk", []),
        ("Кто возглавлял профсоюзы?", "kk", []),  # each language has its own vocabulary
    ],
)
def test_article_words_for_a_questions_vocabulary(question, lang, words):
    assert Glossary(TERMS).article_words(question, lang) == words


def test_expand_keeps_the_question_and_appends():
    assert Glossary(TERMS).expand("Советская власть", "ru") == "Советская власть өкімет"


def test_the_article_words_one_by_one() -> None:
    assert in_article(Glossary(TERMS), "Профессиональные союзы", "ru") == ["кәсіпшілік", "одақ"]
    assert in_article(None, "Профессиональные союзы", "ru") == []


def test_knows_inflected_words_of_its_language_only():
    glossary = Glossary(TERMS)
    assert glossary.knows("Ақпанда", "kk") and not glossary.knows("ақпанда", "ru")
    assert not glossary.knows("метро", "kk")


def test_shipped_glossary_words_are_in_the_source():
    glossary = Glossary.load(DATA_DIR / "glossary.json")
    source = (DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt").read_text(encoding="utf-8")
    for question, lang in [
        ("Когда установилась советская власть в уездных городах?", "ru"),
        ("1918 жылғы қаңтарда уездік кеңестің төрағасы кім болды?", "kk"),
        # The era's Russian abbreviations, spelt out as the article does.
        ("Декрет СНК о РККА, обращение НКВД, ВРК и облисполком", "ru"),
        ("Казахский отдел Наркомнаца", "ru"),
        ("Кто пришёл на помощь, когда повсеместно устанавливали власть?", "ru"),
    ]:
        words = glossary.article_words(question, lang)
        assert words and all(w.split()[0].lower() in source.lower() for w in words)


def test_russian_terms_of_a_kazakh_sentence_as_written():
    glossary = Glossary.load(DATA_DIR / "glossary.json")
    sentence = (
        "Оралда Әскери-революциялық комитет құрылды, ал Советтердің облыстық съезі "
        "жұмысшылар мен шаруаларды көтеріліске шақырды."
    )
    assert russian_terms(sentence, glossary.russian) == [
        ("Әскери-революциялық комитет", "военно-революционный комитет"),
        ("облыстық", "область"),
        ("съезі", "съезд"),
        ("жұмысшылар", "рабочие"),
    ]
    assert russian_terms(sentence, glossary.russian, n=8)[4:] == [
        ("шаруаларды", "крестьяне"),
        ("көтеріліске", "восстание"),
    ]
    # «шаруашылық» is the economy, not the peasants: the longer stem wins
    assert russian_terms("шаруашылықтарының", glossary.russian) == [
        ("шаруашылықтарының", "хозяйство")
    ]


def test_a_kazakh_stem_meets_its_voiced_forms() -> None:
    glossary = Glossary({"kk": {"билік": "өкімет"}, "ru": {"бедняк": "кедей"}})
    assert glossary.article_words("Кеңес билігі қашан орнады?", "kk") == ["өкімет"]
    # Russian words do not voice: «бедняга» is not «бедняк».
    assert glossary.article_words("бедняга", "ru") == []
