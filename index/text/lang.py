"""Language of a question: Kazakh or Russian.

Letters specific to Kazakh (ә ғ қ ң ө ұ ү һ і) are strong evidence, but a Russian
question may contain a Kazakh name («Абай Құнанбайұлы»), so Kazakh letters count once per
word and are weighed against Russian function words and endings. Text with no Cyrillic
at all (Latin, emoji, digits) cannot be told apart: it gets ``default``, the source
language of the corpus.
"""

from __future__ import annotations

import re

from index.text.words import WORD

_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_KK_LETTERS = re.compile(r"[әғқңөұүһі]")
# Frequent Kazakh words written without Kazakh-specific letters.
_KK_WORDS = frozenset(
    [
        "мен",
        "бен",
        "пен",
        "ма",
        "ме",
        "ба",
        "бе",
        "па",
        "пе",
        "кім",
        "не",
        "неше",
        "нешінші",
        "бар",
        "жоқ",
        "жылы",
        "жыл",
        "деп",
        "осы",
        "ол",
        "олар",
        "биыл",
        "туралы",
        "кезде",
        "бойынша",
        "арқылы",
        "немесе",
        "және",
        "қашан",
        "қайда",
        "қалай",
    ]
)
_RU_WORDS = frozenset(
    [
        "и",
        "в",
        "во",
        "на",
        "с",
        "со",
        "по",
        "к",
        "ко",
        "о",
        "об",
        "от",
        "до",
        "из",
        "за",
        "для",
        "что",
        "как",
        "кто",
        "когда",
        "где",
        "почему",
        "какой",
        "какая",
        "какие",
        "каким",
        "какого",
        "сколько",
        "был",
        "была",
        "были",
        "было",
        "это",
        "ли",
        "же",
        "при",
        "про",
        "чем",
        "чей",
        "чья",
    ]
)
# Russian inflections that Kazakh words do not end with.
_RU_ENDINGS = re.compile(r"(ого|ему|ыми|ими|ся|ий|ый|ая|ое|ые|ых|ов|ом|ть|ешь)$")


def detect_language(text: str, default: str = "kk") -> str:
    """Return "kk" or "ru"; ``default`` when the text has no Cyrillic letters."""
    if not _CYRILLIC.search(text):
        return default
    kk = ru = 0.0
    for word in WORD.findall(text.lower()):
        if _KK_LETTERS.search(word) or word in _KK_WORDS:
            kk += 1.0
        elif word in _RU_WORDS or "ё" in word or "ъ" in word:
            ru += 1.0
        elif _RU_ENDINGS.search(word):
            ru += 0.5
    return "kk" if kk > ru else "ru"
