import numpy as np
import pytest

from index.search.lexical import LexicalIndex, normalize


def test_normalize_folds_kazakh_letters_and_yo() -> None:
    assert normalize("Көкшетау") == "кокшетау"
    assert normalize("Ақтөбе") == "актобе"
    assert normalize("Ёлка") == "елка"


def test_scores_rank_the_passage_sharing_stems_first() -> None:
    index = LexicalIndex(
        [
            "Ақтөбе қалалық Советі банкіні национализациялады.",
            "Верныйда шаруалар съезі өтті.",
            "Қысқы сарай шабуылмен алынды.",
        ]
    )
    scores = index.scores("Какие банки национализировали в Актюбинске?")
    assert int(np.argmax(scores)) == 0
    assert scores.shape == (3,)


def test_vectors_of_arbitrary_texts_share_the_space() -> None:
    index = LexicalIndex(["Верныйда шаруалар съезі өтті.", "Семейде митинг болды."])
    rows = index.vectors(["Семейде митинг болды.", "Верныйда съезі өтті."])
    sims = (rows @ index.vectors(["съезд в Верном"]).T).toarray().ravel()
    assert sims[1] > sims[0]
    assert abs((rows[0] @ rows[0].T).toarray()[0, 0] - 1.0) < 1e-5  # normalised rows


def test_empty_index_scores_nothing() -> None:
    assert LexicalIndex([]).scores("anything").shape == (0,)


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("Ақтөбеде өкіметі орнады", 1.0),  # inflected forms of words the passages have
        ("Абай қай жылы туған?", 0.0),  # short words do not count; the rest are unknown
        ("Ақтөбеде метро", 0.5),
        ("1917?", 0.0),
    ],
)
def test_coverage_is_the_share_of_question_words_the_passages_know(question, share):
    index = LexicalIndex(["Ақтөбе қаласында Совет өкіметі орнады.", "Семейде жиналыс өтті."])
    assert index.coverage(question) == share


def test_passage_coverage_counts_terms_the_passage_has_as_written_or_translated() -> None:
    index = LexicalIndex(
        ["Семейде өкімет Советтің қолына көшті.", "Колчак әскерлері қаланы басып алды."]
    )
    no_words: list[str] = []

    def translate(word: str) -> list[str]:
        return ["өкімет"] if word == "власть" else no_words

    assert index.passage_coverage(0, ["власть", "белочехи"], translate) == 0.5
    assert index.passage_coverage(1, ["Колчак", "әскерлері"], translate) == 1.0
    assert index.passage_coverage(1, [], translate) == 1.0
    # A four-letter term meets its inflected forms: «рота» ~ «ротасы».
    rota = LexicalIndex(["Петропавл жаяу әскер ротасы ұйымдасты."])
    assert rota.passage_coverage(0, ["рота"], translate) == 1.0
