"""Sentence segmentation for Kazakh/Russian encyclopedic prose.

Returns character spans so callers can quote a sentence verbatim from the source text.
"""

from __future__ import annotations

import re

# Lower-case abbreviations that end with a period but never end a sentence
# (years, regions, towns, months, "etc."). Compared case-insensitively.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "ж",
        "жж",
        "ғ",
        "ғғ",
        "обл",
        "қ",
        "б",
        "т",
        "с",
        "ст",
        "у",
        "уез",
        "губ",
        "г",
        "гг",
        "см",
        "мыс",
        "т.б",
        "т.с.с",
        "т.с",
        "млн",
        "млрд",
        "тыс",
        "им",
        "тб",
        "янв",
        "фев",
        "февр",
        "мар",
        "апр",
        "авг",
        "сент",
        "сен",
        "окт",
        "нояб",
        "ноя",
        "дек",
        "др",
        "пр",
        "проф",
        "ген",
        "полк",
        "росс",
        "подполк",
        "кап",
        "акад",
        "тт",
    }
)

# A sentence-final mark, optional closing quotes/brackets, whitespace, then a sentence opener.
_END = re.compile(r"[.!?…]+[»”\"')\]]*(?=\s+[«“\"(\[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")
# The word (or "т. б."-like run of one-letter words) right before a period.
_LAST_WORD = re.compile(r"(?:\b\w\.\s?)*\b(\w+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    match = _LAST_WORD.search(text, max(0, dot - 30), dot)  # local window: linear time
    if match is None:
        return False
    word = match.group(1)
    if word.isdigit():
        return False
    # One letter + period: initials («В. И. Ленин») and Kazakh short forms («қ.», «б.»).
    if len(word) == 1 and word.isalpha():
        return True
    full = text[match.start() : dot].replace(" ", "").lower()
    return word.lower() in ABBREVIATIONS or full in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split `text` into sentences; return (start, end) spans, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
