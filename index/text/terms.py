"""The words of a question that name what it is about: not its question words, not the
words any question has («болды», «жылы», «был», «году»), not its places (read separately)."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.text.lang import KAZAKH_FUNCTION_WORDS, KAZAKH_NUMBER_WORDS, RUSSIAN_FUNCTION_WORDS
from index.text.questions import QUESTION_WORDS
from index.text.words import WORD

_MIN_LETTERS = 4
# Words any question has, beyond the languages' function words (`index.text.lang`).
_COMMON_TEXT = (
    "болады болатын жылғы жылдың жылдары күні айында кейін дейін шейін ретінде еді онда мұнда оның"
    " олардың қайсысы каком"
    " будет году года годах дата числа число какую который которая которое которые этот эта"
    " эти тогда после перед через между также ещё еще уже более менее самый самая всего всех"
    " всей весь вся"
)
# "Which" and the place or time it asks by: «қай қалада», «в каком году» (not «какая погода»).
_WHICH = re.compile(
    r"(?:қай|қандай|как\w+|котор\w+)\s+(?:қала|жер|жыл|күн|ай|уақыт|мерзім|уез|облыс|аудан"
    r"|станица|город|мест|пункт|год|месяц|дн|день|числ)",
    re.IGNORECASE,
)
FUNCTION_WORDS = KAZAKH_FUNCTION_WORDS | RUSSIAN_FUNCTION_WORDS | frozenset(_COMMON_TEXT.split())


def question_terms(text: str, is_place: Callable[[str], bool]) -> list[str]:
    """The content words of a question, as written, in order: not the place or time a
    "which" asks by («қай қалада», «в каком году»), which the answer names; nor number
    words («екінші»), which the article writes in digits («2-съезі»)."""
    words = WORD.findall(text)
    return [
        w
        for before, w in zip(["", *words], words, strict=False)
        if not _WHICH.match(f"{before} {w}")
        and len(w) >= _MIN_LETTERS
        and w.lower() not in QUESTION_WORDS
        and w.lower() not in FUNCTION_WORDS
        and w.lower() not in KAZAKH_NUMBER_WORDS
        and not is_place(w)
    ]
