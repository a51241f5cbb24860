"""The words of a question that name what it is about: not its question words, not the
words any question has («болды», «жылы», «был», «году»), not its places (read separately)."""

from __future__ import annotations

from collections.abc import Callable

from index.text.questions import QUESTION_WORDS
from index.text.words import WORD

_MIN_LETTERS = 4
_FUNCTION_TEXT = (
    "болды болған болады болып болатын жылы жылғы жылдың жылдары күні айында кезде кезінде"
    " туралы және деген еді бар бойынша ретінде үшін кейін дейін шейін арқылы осы онда мұнда"
    " олар оның олардың қайсысы немесе"
    " был была было были будет году года годах дата числа число когда какого каком какую каким"
    " который которая которое которые этот эта это эти тогда после перед через между также"
    " ещё еще уже более менее самый самая всего всех всей весь вся"
)
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())


def question_terms(text: str, is_place: Callable[[str], bool]) -> list[str]:
    """The content words of a question, as written, in order."""
    return [
        w
        for w in WORD.findall(text)
        if len(w) >= _MIN_LETTERS
        and w.lower() not in QUESTION_WORDS
        and w.lower() not in FUNCTION_WORDS
        and not is_place(w)
    ]
