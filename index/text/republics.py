"""Republics a text names, by the word that names each: «Түркістан АССР-і», «Россия Советтік
Федерациялық Республикасы». The article names few; a question about another («Киргизская
(Казахская) АССР», «Қазақ АКСР-і», «Бухарская Народная Советская Республика»), mostly formed
after 1918, is asked next to it and answered by none of its sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from index.text.words import WORD, plain

# A republic, on `plain` text: «АССР-і», «КСР-інің», «АКСР», «республикасы».
_REPUBLIC = re.compile(r"(?<![^\W\d_])(?:а?к?сср|а?кср|республик)", re.IGNORECASE)
# Words any republic's name has, which do not tell one from another.
_GENERIC_TEXT = (
    "автоном совет кеңес социал народ халық федера демокр ұлт нацио алғаш перв тұңғыш"
    " бірінші жаңа нов бұрынғы бывш"
)
_GENERIC = tuple(plain(w) for w in _GENERIC_TEXT.split())
# The name ends at a clause boundary; a bracketed alternative («(Казахская)») is part of it.
_BOUNDARY = re.compile(r"[.,;:!?«»—–]")
_STEM = 4


def republics_named(texts: Iterable[str]) -> frozenset[str]:
    """Stems of the words that name the texts' republics («турк» of «Түркістан АССР-і»)."""
    return frozenset(stem for text in texts for stem in _names(text))


def names_other_republic(
    question: str, named: frozenset[str], translate: Callable[[str], list[str]]
) -> bool:
    """Whether a question names a republic none of `named` is: by its word as written, or by
    the article's words `translate` gives for it («Туркестанская» is «Түркістан»)."""
    for word in _name_words(question):
        stems = {plain(w)[:_STEM] for w in [word, *translate(word)]}
        if not stems & named:
            return True
    return False


def _names(text: str) -> list[str]:
    return [plain(word)[:_STEM] for word in _name_words(text)]


def _name_words(text: str) -> list[str]:
    """The word naming each republic of a text: the nearest before it that is not a word of
    every republic's name («Киргизская (Казахская) АССР» → Казахская)."""
    folded = plain(text)
    found = []
    for republic in _REPUBLIC.finditer(folded):
        clause = _BOUNDARY.split(text[: republic.start()])[-1]
        words = [w for w in reversed(WORD.findall(clause)) if not plain(w).startswith(_GENERIC)]
        if words:
            found.append(words[0])
    return found
