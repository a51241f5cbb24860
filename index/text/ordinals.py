"""Ordinal numbers a text names: «2-съезі», «екінші съезд», «II съезд», «Второй съезд».

A question about the first congress is not answered by a quote about the second one: the
searcher compares the ordinals of both (see `index.search.quote_checks`).
"""

from __future__ import annotations

import re

from index.text.cues import COUNT_CASE

_WORDS = {
    "бірінші": 1,
    "екінші": 2,
    "үшінші": 3,
    "төртінші": 4,
    "бесінші": 5,
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четверт": 4,
    "пят": 5,
}
_WORD = re.compile(
    r"(?<![^\W\d_])(" + "|".join(_WORDS) + r")[^\W\d_]*",
    re.IGNORECASE,
)
# «2-съезі», «5-съезінде», not «1-жартысында» (the first half of a year) nor a count with a
# case ending («60-тай», «500-ден»).
_DIGITS = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s?-\s?(?!жарт|{COUNT_CASE})(?=[^\W\d_])",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"(?<![^\W\d_])(III|II|IV|VI|V|I)(?![^\W\d_])")
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}


def ordinals(text: str) -> frozenset[int]:
    """The ordinal numbers the text names, in digits, words or Roman numerals."""
    found = {int(m.group(1)) for m in _DIGITS.finditer(text)}
    found |= {_WORDS[m.group(1).lower()] for m in _WORD.finditer(text)}
    found |= {_ROMAN_VALUES[m.group(1)] for m in _ROMAN.finditer(text)}
    return frozenset(found)
