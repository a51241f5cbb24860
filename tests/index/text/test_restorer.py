"""Questions as people type them: Kazakh without Kazakh letters, Latin script (2017, 2018/2021
official and informal), Russian left alone; restored against the real article's vocabulary
(the `restorer` fixture of conftest)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from bot.config import DATA_DIR
from index.text.gazetteer import RegionGazetteer
from index.text.glossary import Glossary
from index.text.normalize import read_question
from index.text.restorer import KazakhRestorer
from index.text.words import WORD, plain

ARTICLE = DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt"


@pytest.fixture(scope="module")
def article_words() -> set[str]:
    return {w.lower() for w in WORD.findall(ARTICLE.read_text(encoding="utf-8"))}


# Typed on a phone without a Kazakh layout: ә→а, ө→о, ү/ұ→у, қ→к, ғ→г, ң→н, і→и.
PHONE = [
    ("семейде совет окимети кашан орнады", "Семейде Совет өкіметі қашан орнады"),
    ("верныйда кенес окимети кашан курылды", "Верныйда кеңес өкіметі қашан құрылды"),
    ("каркаралыда не болды", "Қарқаралыда не болды"),
    ("торгайда кандай котерилис болды", "Торғайда қандай көтеріліс болды"),
    ("жумысшылардын съезы кашан отти", "жұмысшылардың съезі қашан өтті"),
    ("казакстандагы совет окиметинин орнауы", "Қазақстандағы Совет өкіметінің орнауы"),
    ("орынборда дутов котерилисин кашан бастады", "Орынборда Дутов көтерілісін қашан бастады"),
    ("петропавлдагы большевиктер", "Петропавлдағы большевиктер"),
    ("ташкенттеги кенестер съезинин шешими", "Ташкенттегі кеңестер съезінің шешімі"),
    ("халыктын революциялык котерилиси", "халықтың революциялық көтерілісі"),
    ("уакытша укимет", "Уақытша үкімет"),
    ("актобеде кандай окигалар болды", "Ақтөбеде қандай оқиғалар болды"),
    ("алашорда кимдер болды", "Алашорда кімдер болды"),
    ("дала олкеси", "Дала өлкесі"),
    # half typed: the Kazakh letters the user did type are kept
    ("павлодарда совет окиметі кашан орнады", "Павлодарда Совет өкіметі қашан орнады"),
    ("Ақтобеде не болды?", "Ақтөбеде не болды?"),
    # capitals as typed
    ("ПАВЛОДАРДА СОВЕТ ОКИМЕТИ", "ПАВЛОДАРДА СОВЕТ ӨКІМЕТІ"),
    ("Семейде Совет окимети", "Семейде Совет өкіметі"),
]


@pytest.mark.parametrize(("typed", "restored"), PHONE)
def test_restores_phone_typing(restorer: KazakhRestorer, typed: str, restored: str) -> None:
    assert restorer.restore(typed) == restored


@pytest.mark.parametrize(
    ("typed", "restored"),
    [
        # place names in cases the article never uses, in lower case
        ("семейдеги", "Семейдегі"),
        ("павлодардын", "Павлодардың"),
        ("торгайдагы", "Торғайдағы"),
        ("оскемендеги", "Өскемендегі"),
        ("костанайдагы", "Қостанайдағы"),
        ("верныйдагы", "Верныйдағы"),
        ("жанкелдиннин", "Жанкелдиннің"),
        # common words
        ("котерилистер", "көтерілістер"),
        ("кенестердин", "кеңестердің"),
        ("жумысшыларга", "жұмысшыларға"),
        ("курылтайдын", "Құрылтайдың"),
        ("амангелдинин", "амангелдінің"),
        # numbers the article writes in digits
        ("екинши", "екінші"),
        # a name the article writes only after an opening quote mid-sentence: «Алаш»
        ("алаштын", "Алаштың"),
    ],
)
def test_restores_forms_the_article_does_not_have(
    restorer: KazakhRestorer, article_words: set[str], typed: str, restored: str
) -> None:
    assert restored.lower() not in article_words
    assert restorer.restore(typed) == restored


@pytest.mark.parametrize(
    ("typed", "regions"),
    [
        ("семейде совет окимети кашан орнады", ("Семей",)),
        ("павлодарда не болды", ("Павлодар",)),
        ("верныйда кенес", ("Верный",)),
        ("каркаралыда", ("Қарқаралы",)),
        ("оскемендеги жумысшылар", ("Өскемен",)),
        ("semeyde sovet okimeti", ("Семей",)),
        ("Torğaıda kóterilis", ("Торғай",)),
        ("дала олкеси", ("Дала өлкесі",)),
        # common words stay common: «оралу», to return; «темір жол», railway
        ("майданнан оралган виноградов", ()),
        ("темир жолшылар ереуили", ()),
        ("орал таулары", ()),
    ],
)
def test_lower_case_places_are_found(
    restorer: KazakhRestorer, gaz: RegionGazetteer, typed: str, regions: tuple[str, ...]
) -> None:
    assert gaz.find(typed) == ()
    assert gaz.find(restorer.restore(typed)) == regions


@pytest.mark.parametrize(
    ("latin", "restored"),
    [
        # 2018 official, acute accents
        ("Semeıde Sovet ókimeti qashan ornady?", "Семейде Совет өкіметі қашан орнады?"),
        ("Qazaqstanda Keńes ókimeti qalaı ornady?", "Қазақстанда Кеңес өкіметі қалай орнады?"),
        ("Semeyde 1918 jyly qandaı oqıǵa boldy?", "Семейде 1918 жылы қандай оқиға болды?"),
        # 2021 official: ä ö ü ū ğ ş ç ñ, y for ы
        ("Aqtöbede Sovet ökimeti qaşan ornady?", "Ақтөбеде Совет өкіметі қашан орнады?"),
        ("Şyğys Qazaqstanda", "Шығыс Қазақстанда"),
        ("Ūlttyq", "Ұлттық"),
        # 2017 official, apostrophes (typewriter and typographic)
        ("Semei'de Sovet o'kimeti qas'an ornady?", "Семейде Совет өкіметі қашан орнады?"),
        ("Torg'ai'da ko'terilis", "Торғайда көтеріліс"),
        ("Qazaqstanda Sovet o’kimeti", "Қазақстанда Совет өкіметі"),
        # informal: sh, zh, ch, y, i for і/и/ы, q or k
        ("semeyde sovet okimeti qashan ornady", "Семейде Совет өкіметі қашан орнады"),
        ("qazaqstanda sovet okimeti qashan ornadi", "Қазақстанда Совет өкіметі қашан орнады"),
        ("Kazakstandagy revolyutsiya", "Қазақстандағы революция"),
        ("Petropavldagy bolshevikter", "Петропавлдағы большевиктер"),
        ("zhumysshylar men sharualar", "жұмысшылар мен шаруалар"),
        ("Alashorda ukimeti qashan quryldy", "Алашорда үкіметі қашан құрылды"),
        ("Leningrad", "Ленинград"),  # «ng» read as ң, then found as нг
    ],
)
def test_restores_latin_script(restorer: KazakhRestorer, latin: str, restored: str) -> None:
    assert restorer.restore(latin) == restored


@pytest.mark.parametrize(
    "question",
    [
        "когда в семипалатинске установилась советская власть",
        "когда установилась советская власть в павлодаре",
        "Когда атаман Дутов захватил власть в Оренбурге?",
        "Когда в Семее установилась советская власть?",
        "что произошло в верном в 1918 году",
        "кто такой амангельды иманов",
        "сколько семей живёт в ауле",
        "почему дутов захватил оренбург",
        "какие советы были в акмолинске",
    ],
)
def test_leaves_russian_alone(restorer: KazakhRestorer, question: str) -> None:
    assert restorer.restore(question) == question
    asked = read_question(question, restorer)
    asked_with_mark = question if question.endswith("?") else question + "?"
    assert (asked.text, asked.lang, asked.certain) == (asked_with_mark, "ru", True)


def test_russian_in_latin_is_transliterated_not_restored(restorer: KazakhRestorer) -> None:
    asked = read_question("kogda v semipalatinske ustanovilas sovetskaya vlast", restorer)
    assert asked.text == "когда в семипалатинске установилас советская власт?"
    assert (asked.lang, asked.certain) == ("ru", True)


def test_keeps_digits_and_punctuation(restorer: KazakhRestorer) -> None:
    typed = "1917 ж. 25 октябрьде (7 ноябрьде) семейде не болды?!"
    assert restorer.restore(typed) == "1917 ж. 25 октябрьде (7 ноябрьде) Семейде не болды?!"
    assert restorer.restore("«Семей» — 1918-1919, жан-жакты?") == "«Семей» — 1918-1919, жан-жақты?"
    assert restorer.restore("") == ""
    assert restorer.restore("👋 1917?") == "👋 1917?"


def test_properly_typed_text_is_unchanged(
    restorer: KazakhRestorer, passages: list[str], extra_words: list[str]
) -> None:
    sentences = [s for p in passages for s in re.split(r"(?<=[.!?])\s+", p)]
    assert len(sentences) > 300
    words = Counter(w.lower() for p in passages for w in WORD.findall(p))
    vocabulary = {*words, *(w.lower() for w in extra_words)}
    pairs = {
        (typed, restored)
        for s in sentences
        for typed, restored in zip(WORD.findall(s), WORD.findall(restorer.restore(s)), strict=True)
    }
    # Only the source's own typos change letters: a word it has once without Kazakh letters,
    # and with them elsewhere or in the glossary («кун» / «күн»); never a word it spells so on
    # purpose («казак», a Cossack).
    changed = {(t, r) for t, r in pairs if t.lower() != r.lower()}
    assert changed
    for typed, restored in changed:
        assert words[typed.lower()] == 1 and restored.lower() in vocabulary, (typed, restored)
        assert plain(restored) == plain(typed) != restored
    # A word it writes with a capital mostly gets one where it has none («совет» → «Совет»).
    recased = {(t, r) for t, r in pairs if t != r and t.lower() == r.lower()}
    assert ("совет", "Совет") in recased
    assert all(t.islower() and r[0].isupper() for t, r in recased)
    for question in [
        "Семейде Совет өкіметі қашан орнады?",
        "Торғайда Амангелді Иманов бастаған көтеріліс",
        "Алашорда үкіметі қашан құрылды?",
        "Ақтөбеде қандай оқиғалар болды?",
        "Верныйда кеңес өкіметі қашан құрылды",
        "Семей облысында 1918 жылы не болды",
        "Ұлы Октябрь социалистік революциясы Қазақстанда қалай жеңді?",
    ]:
        assert restorer.restore(question) == question


@pytest.mark.parametrize(("typed", "restored"), PHONE)
def test_restoring_twice_changes_nothing(
    restorer: KazakhRestorer, typed: str, restored: str
) -> None:
    assert restorer.restore(restored) == restored


def test_glossary_words_are_kazakh() -> None:
    words = Glossary.load(DATA_DIR / "glossary.json").kazakh_words
    assert {"ақпан", "кеңес", "өкімет", "орнатылды", "жұмысшы"} <= set(words)
    assert not {"власт", "установ"} & set(words)  # Russian stems are keys, not words


def test_is_fast(passages: list[str], extra_words: list[str]) -> None:
    start = time.perf_counter()
    restorer = KazakhRestorer.from_texts(passages, extra_words)
    assert time.perf_counter() - start < 1.0
    questions = [typed for typed, _ in PHONE] + ["semeyde sovet okimeti qashan ornady"]
    restorer.restore(questions[0])
    start = time.perf_counter()
    for question in questions:
        read_question(question, restorer)
    assert (time.perf_counter() - start) / len(questions) < 0.002


@pytest.mark.parametrize(
    ("typed", "restored"),
    [
        # the article has these once without Kazakh letters (its typos) and also with them
        ("кун", "күн"),
        ("комек", "көмек"),
        ("ауылдык", "ауылдық"),
        # ... but «казак» (a Cossack) many times: kept
        ("казак", "казак"),
        # a number's ending is left as typed, a word after a number is read
        ("140-тан", "140-тан"),
        ("24-Sibir zapas polki", "24-Сібір запас полкі"),
        # ә typed as э
        ("кэсипорындарынын мэселеси", "кәсіпорындарының мәселесі"),
        ("эсерлер", "эсерлер"),
    ],
)
def test_source_typos_number_endings_and_e_for_ae(
    restorer: KazakhRestorer, typed: str, restored: str
) -> None:
    assert restorer.restore(typed) == restored


def test_a_bare_stem_is_restored_only_as_spelt(restorer: KazakhRestorer) -> None:
    # «кісі» is not in the article; loosely (ы ~ и) it would read as «қысы», a wrong word.
    assert restorer.restore("киси") == "киси"
