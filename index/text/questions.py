"""Does a message read as a question at all? Groups use this to ignore «рахмет», «👍» or
«спасибо, бот!» sent as a reply to the bot, and follow-ups use its question words."""

from __future__ import annotations

import re

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


def is_small_talk(text: str) -> bool:
    """Thanks, emoji, «ок»: a message that asks nothing."""
    return not looks_like_question(text)


_SENTENCE_END = re.compile(r"[?!.…\s]+$")


def strip_end(text: str) -> str:
    """The text without its closing punctuation and spaces: «Кім басқарды?» -> «Кім басқарды»."""
    return _SENTENCE_END.sub("", text)
