from index.lexical import LexicalIndex
from index.quote import QuoteContext, select_quote

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
