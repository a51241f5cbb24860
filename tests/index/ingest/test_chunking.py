from index.ingest.chunking import MAX_WORDS, MIN_WORDS, Span, chunk_paragraphs, words
from index.text.sentences import split_sentences


def _sentence(n: int, size: int) -> str:
    return " ".join(["сөз"] * (size - 1) + [f"болды{n}."]).capitalize()


def _layout(paragraphs: list[tuple[str, str]]) -> tuple[str, list[Span]]:
    text, spans = "", []
    for section, body in paragraphs:
        start = len(text) + (2 if text else 0)
        text = f"{text}\n\n{body}" if text else body
        spans.append(Span(section, start, start + len(body)))
    return text, spans


def _sentence_bounds(text: str) -> set[int]:
    return {edge for span in split_sentences(text) for edge in span}


def test_short_paragraphs_merge_within_a_section_only() -> None:
    text, spans = _layout(
        [("А", _sentence(1, 20)), ("А", _sentence(2, 20)), ("Б", _sentence(3, 20))]
    )
    chunks = chunk_paragraphs(text, spans)
    assert [(c.section, words(text[c.start : c.end])) for c in chunks] == [("А", 40), ("Б", 20)]


def test_long_paragraph_splits_into_balanced_pieces_at_sentence_ends() -> None:
    body = " ".join(_sentence(i, 25) for i in range(12))  # 300 words
    text, spans = _layout([("А", body)])
    chunks = chunk_paragraphs(text, spans)
    sizes = [words(text[c.start : c.end]) for c in chunks]
    assert sizes == [150, 150]
    bounds = _sentence_bounds(text)
    assert all(c.start in bounds and c.end in bounds for c in chunks)


def test_bounds_hold_and_long_sentence_stands_alone() -> None:
    giant = _sentence(0, MAX_WORDS + 40)
    body = " ".join([_sentence(1, 30), giant, _sentence(2, 30)])
    text, spans = _layout([("А", body), ("А", _sentence(3, 70))])
    chunks = chunk_paragraphs(text, spans)
    sizes = [words(text[c.start : c.end]) for c in chunks]
    assert MAX_WORDS + 40 in sizes
    assert all(
        size <= MAX_WORDS or text[c.start : c.end] == giant
        for c, size in zip(chunks, sizes, strict=True)
    )
    assert [c.section for c in chunks] == ["А"] * len(chunks)


def test_paragraph_of_good_size_is_kept_whole() -> None:
    text, spans = _layout([("А", _sentence(1, MIN_WORDS + 10)), ("А", _sentence(2, MIN_WORDS))])
    chunks = chunk_paragraphs(text, spans)
    assert [(c.start, c.end) for c in chunks] == [(s.start, s.end) for s in spans]
