"""A question read the way people type it: Latin script and Kazakh without Kazakh letters.

On a phone without a Kazakh layout «Семейде Совет өкіметі қашан орнады» arrives as «семейде
совет окимети кашан орнады»; others write Latin. `index.text.latin` writes Latin in Cyrillic,
`index.text.restorer.KazakhRestorer` settles each word against the vocabulary of the article,
and `read_question` then tells the language. Russian is left as typed.

Build the restorer once per corpus, read each question once, then search with ``.text``::

    restorer = KazakhRestorer.from_texts(
        (chunk.text for chunk in chunks),
        [*gazetteer.kazakh_names, *glossary.kazakh_words],
    )
    asked = read_question(question, restorer)  # asked.text, asked.lang, asked.certain
"""

from __future__ import annotations

from dataclasses import dataclass

from index.text import lang as language
from index.text.questions import looks_like_question
from index.text.restorer import KazakhRestorer
from index.text.words import WORD

_MIN_LETTERS = 3  # shorter words («в», «ж») tell no language


@dataclass(frozen=True)
class ReadQuestion:
    original: str  # as the user typed it
    text: str  # Latin transliterated, Kazakh letters restored: match with this
    lang: str  # "kk" or "ru"
    certain: bool  # False: little or no evidence, `lang` is a lean or the default


def _as_asked(text: str) -> str:
    """A question typed without its question mark gets one: the embedding model reads
    «… қашан алды» and «… қашан алды?» differently, and phones drop the mark."""
    stripped = text.rstrip()
    if stripped and stripped[-1] not in "?!.…" and looks_like_question(stripped):
        return stripped + "?"
    return text


def read_question(text: str, restorer: KazakhRestorer, hint: str | None = None) -> ReadQuestion:
    """Read a question once: Cyrillic script, Kazakh letters, language. A question that
    barely shows its language is read in the one its words lean to, else in `hint` (the
    asker's language, as the bot knows it)."""
    normal = _as_asked(restorer.restore(text))
    guess = language.guess_language(normal)
    if guess.certain:
        return ReadQuestion(text, normal, guess.lang, True)
    lang = _vocabulary_lean(normal, restorer) or hint or guess.lang
    return ReadQuestion(text, normal, lang, False)


def _vocabulary_lean(text: str, restorer: KazakhRestorer) -> str | None:
    """Russian when half or more of the words of a question with no function words or
    endings to tell by are foreign to the article's Kazakh: «Уральск переворот март 1918»
    (the article says «Орал», «төңкеріс»), «съезд Алаш-Орды даты», but not «Верный 1918?»."""
    words = [w for w in WORD.findall(text) if len(w) >= _MIN_LETTERS]
    foreign = sum(not restorer.knows(w) for w in words)
    return "ru" if foreign and foreign >= len(words) - foreign else None
