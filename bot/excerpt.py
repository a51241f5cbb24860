"""Cut a passage to fit one message around its quote, marking the quote (HTML or plain).

The passage is cut at sentence boundaries *before* markup is added, so a tag is never split.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from index.text.sentences import split_sentences

_ELLIPSIS = "…"


def html_piece(plain: str, bold: bool) -> str:
    return f"<b>{escape(plain)}</b>" if bold else escape(plain)


def plain_piece(plain: str, bold: bool) -> str:
    return f"**{plain}**" if bold else plain


def fit_passage(
    passage: str, quote: str, budget: int, piece: Callable[[str, bool], str] = html_piece
) -> str:
    """The passage (quote in bold) cut to whole sentences around the quote so it fits `budget`."""
    # The index's splitter knows «В. И.», «1917 ж.» and the like are not sentence ends.
    spans = split_sentences(passage) or [(0, len(passage))]
    q_start = passage.find(quote) if quote else -1
    q_end = q_start + len(quote) if q_start >= 0 else -1
    if q_start >= 0:
        first = next(i for i, (_, end) in enumerate(spans) if end > q_start)
        last = max(i for i, (start, _) in enumerate(spans) if start < q_end)
    else:
        first = last = 0

    def build(lo: int, hi: int) -> str:
        start, end = spans[lo][0], spans[hi][1]
        out = [_ELLIPSIS + " "] if lo > 0 else []
        if q_start >= 0:
            bs, be = max(start, q_start), min(end, q_end)
            if bs < be:
                out += [piece(passage[start:bs], False), piece(passage[bs:be], True)]
                start = be
        out.append(piece(passage[start:end], False))
        if hi < len(spans) - 1:
            out.append(" " + _ELLIPSIS)
        return "".join(out)

    while last > first and len(build(first, last)) > budget:
        last -= 1
    if len(build(first, last)) > budget:
        return _hard_cut(passage[spans[first][0] : spans[first][1]], budget, piece)
    grown = True
    while grown:
        grown = False
        if first > 0 and len(build(first - 1, last)) <= budget:
            first, grown = first - 1, True
        if last < len(spans) - 1 and len(build(first, last + 1)) <= budget:
            last, grown = last + 1, True
    return build(first, last)


def _hard_cut(sentence: str, budget: int, piece: Callable[[str, bool], str]) -> str:
    """A single sentence longer than the budget: cut at a word, then escape (never mid-tag)."""
    words = sentence.split(" ")
    while len(words) > 1 and len(piece(" ".join(words), False)) + 2 > budget:
        words = words[: len(words) * 3 // 4]
    cut = " ".join(words)
    while len(piece(cut, False)) + 2 > budget:
        cut = cut[: len(cut) * 3 // 4]
    return piece(cut, False) + " " + _ELLIPSIS
