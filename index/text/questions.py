"""Does a message read as a question at all? Groups use this to ignore «рахмет», «👍» or
«спасибо, бот!» sent as a reply to the bot, and follow-ups use its question words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text.words import WORD

# Interrogatives of both languages (lower case); «не» and «что» ask «what».
_QUESTION_TEXT = (
    "қашан қайда қалай қанша қандай қай қайсы кім кімдер кімге кімді кімнің не неге"
    " неліктен неше нешінші немен"
    " когда кто кого кому кем где куда откуда сколько какой какая какое какие каким какого"
    " что чем почему зачем как"
)
QUESTION_WORDS = frozenset(_QUESTION_TEXT.split())
# Thanks, greetings and agreement: never content, whatever their length.
_SMALL_TALK_TEXT = (
    "рахмет рақмет спасибо спс благодарю бот бота боту ботқа жарайсың молодец круто супер"
    " отлично хорошо ок окей ладно да нет иә жоқ жақсы керемет сәлем привет салем класс"
    " большое үлкен көп сізге тебе вам"
)
_SMALL_TALK = frozenset(_SMALL_TALK_TEXT.split())
_CONTENT_WORDS = 3  # «Алашорда туралы айтыңызшы» asks without a question word or mark


def content_words(text: str) -> list[str]:
    """Words that carry meaning: letters only, not small talk, two letters or more."""
    return [w for w in WORD.findall(text.lower()) if len(w) > 1 and w not in _SMALL_TALK]


def looks_like_question(text: str) -> bool:
    """A question word, a question mark with a meaningful word, or enough meaningful words."""
    words = content_words(text)
    if any(w in QUESTION_WORDS for w in words):
        return True
    if "?" in text and words:
        return True
    return len(words) >= _CONTENT_WORDS


_SENTENCE_END = re.compile(r"[?!.…\s]+$")


def strip_end(text: str) -> str:
    """The text without its closing punctuation and spaces: «Кім басқарды?» -> «Кім басқарды»."""
    return _SENTENCE_END.sub("", text)


# Small talk addressed to the bot: a short message made only of these phrases and words.
GREETING, THANKS, IDENTITY = "greeting", "thanks", "identity"
# (kind, language of the phrase or None for either, pattern)
_SMALL_TALK_PHRASES = (
    (
        IDENTITY,
        "ru",
        r"кто\s+ты|ты\s+кто|что\s+ты\s+(?:такое|умеешь)|кто\s+вы|вы\s+кто|что\s+умеешь",
    ),
    (IDENTITY, "kk", r"сен\s+кімсің|кімсің|сіз\s+кімсіз|не\s+істей\s+аласың"),
    (IDENTITY, None, r"who\s+are\s+you"),
    (THANKS, "kk", r"рахмет|рақмет|сау\s+бол"),
    (THANKS, "ru", r"спасибо|спс|благодарю"),
    (THANKS, None, r"thanks?|thank\s+you"),
    (
        GREETING,
        "ru",
        r"привет|здравствуй\w*|добрый\s+(?:день|вечер)|доброе\s+утро|как\s+дела",
    ),
    (
        GREETING,
        "kk",
        r"салем|сәлем\w*|сәлеметсіз\w*|салеметсиз\w*|амансыз\w*|қалайсың|калайсын"
        r"|ассалаумағалейкум|ассаляму\w*",
    ),
    (GREETING, None, r"hello|hi"),
)
_SMALL_TALK_RES = tuple(
    (kind, lang, re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE))
    for kind, lang, p in _SMALL_TALK_PHRASES
)
_FILLER = frozenset(
    [
        "бот",
        "бота",
        "боту",
        "ботқа",
        "бе",
        "ба",
        "ма",
        "ме",
        "да",
        "ал",
        "а",
        "и",
        "ну",
        "же",
        "ғой",
        "кстати",
        "ей",
        "эй",
    ]
)
_SMALL_TALK_WORDS = 6


@dataclass(frozen=True)
class SmallTalk:
    kind: str  # GREETING, THANKS or IDENTITY
    lang: str | None  # the language of the phrase, None when it could be either


def small_talk(text: str) -> SmallTalk | None:
    """What a short message of small talk is («сәлем», «спасибо, бот!», «кто ты?»), or None
    for anything that may be a question about the text."""
    words = WORD.findall(text.lower())
    if not words or len(words) > _SMALL_TALK_WORDS:
        return None
    for kind, lang, pattern in _SMALL_TALK_RES:
        rest = pattern.sub(" ", text.lower())
        if rest != text.lower() and all(w in _FILLER | _SMALL_TALK for w in WORD.findall(rest)):
            return SmallTalk(kind, lang)
    return None
