from dataclasses import replace

from index.search.lexical import LexicalIndex
from index.search.quote import QuoteContext, select_quote
from index.text.sentences import split_sentences

TEXT = (
    "1917 жылы күзде Советтер большевиктенді. "
    "Торғай Советінің председателі О. Асауов болды, ол уездік съезді басқарды. "
    "Қалада азық-түлік жетіспеді, бағалар өсті."
)


def _ctx(question: str, regions: tuple[str, ...] = ()) -> QuoteContext:
    index = LexicalIndex([TEXT])
    return QuoteContext(
        question=question,
        regions=regions,
        dates=(),
        similarity=index.similarity,
        regions_of=lambda text: ("Торғай",) if "Торғай" in text else (),
        dates_of=lambda text, year: (),
    )


def test_quote_is_the_answering_sentence_verbatim() -> None:
    quote = select_quote(TEXT, _ctx("Торғай Советінің председателі кім болды?", ("Торғай",)))
    assert quote in TEXT
    assert "О. Асауов" in quote  # the initial's period did not end the sentence
    assert "азық-түлік" not in quote


def test_a_single_sentence_passage_is_quoted_whole() -> None:
    assert select_quote(" Бір сөйлем ғана. ", _ctx("сөйлем")) == "Бір сөйлем ғана."


def test_quote_spans_at_most_two_sentences() -> None:
    quote = select_quote(TEXT, _ctx("Советтер съезд"))
    assert quote in TEXT
    assert quote.count(". ") <= 2


DATED = (
    "Съезд Орынбор қаласында өтті, көптеген делегаттар қатысты. "
    "Съезд 1917 ж. 26 ноябрьде өтті, делегаттар қаулы қабылдады. "
    "Делегаттар жерлеріне оралды."
)


def test_a_when_question_prefers_the_sentence_with_a_date() -> None:
    index = LexicalIndex([DATED])
    ctx = QuoteContext(
        question="Съезд қашан өтті?",
        regions=(),
        dates=(),
        similarity=index.similarity,
        regions_of=lambda text: (),
        dates_of=lambda text, year: ("1917-11-26",) if "26 ноябрьде" in text else (),
    )
    quote = select_quote(DATED, ctx)
    assert "26 ноябрьде" in quote and "Орынбор" not in quote
    # Without the cue the two sentences tie and both are quoted.
    assert "Орынбор" in select_quote(DATED, replace(ctx, cue_weight=0.0))


def test_dense_sentence_cosines_steer_the_choice() -> None:
    spans = split_sentences(DATED)
    assert DATED[slice(*spans[2])] == "Делегаттар жерлеріне оралды."
    ctx = _ctx("делегаттар")
    dense = {spans[0]: 0.70, spans[1]: 0.70, spans[2]: 0.95}
    assert select_quote(DATED, ctx, dense=dense).endswith("Делегаттар жерлеріне оралды.")
