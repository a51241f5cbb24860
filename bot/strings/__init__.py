"""Every string the user sees, in Kazakh and Russian, and the date formats of both languages."""

from __future__ import annotations

from bot.strings import kk, ru

LANGS = ("kk", "ru")
DEFAULT_LANG = "kk"

_MONTHS_KK = (
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
)  # fmt: skip
_MONTHS_RU_NOMINATIVE = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
_MONTHS_RU_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip

_TEXTS: dict[str, dict[str, str]] = {"kk": kk.TEXTS, "ru": ru.TEXTS}


def text(lang: str, key: str, **values: object) -> str:
    """The UI string `key` in `lang` (Kazakh when the language is unknown), formatted."""
    template = _TEXTS.get(lang, _TEXTS[DEFAULT_LANG])[key]
    return template.format(**values) if values else template


def document_reason(lang: str, code: str, **values: object) -> str:
    """Explain an `InvalidDocument` reason code; unknown codes are shown as they are."""
    template = _TEXTS.get(lang, _TEXTS[DEFAULT_LANG]).get(f"doc_reason_{code}", code)
    return template.format(**values) if values else template


def lang_from_code(language_code: str | None) -> str | None:
    """Map a Telegram `language_code` ("ru", "kk-KZ", ...) to a UI language, if we have it."""
    if not language_code:
        return None
    base = language_code.split("-")[0].lower()
    return base if base in LANGS else None


def month_name(month: int, lang: str) -> str:
    """A month (1-12) by name, as a calendar heading: «қазан», «октябрь»."""
    return (_MONTHS_RU_NOMINATIVE if lang == "ru" else _MONTHS_KK)[month - 1]


def month_number(word: str) -> int | None:
    """The month (1-12) a Kazakh or Russian month name stands for, in any case: «ақпан»,
    «февраля», «Мартта»."""
    word = word.lower()
    for names in (_MONTHS_KK, _MONTHS_RU_NOMINATIVE, _MONTHS_RU_GENITIVE):
        for number, name in enumerate(names, 1):
            if len(word) >= 3 and word[:3] == name[:3]:
                return number
    return None


def format_date(iso: str | None, lang: str) -> str | None:
    """Render "1918", "1918-02" or "1918-02-16" at its precision, in the user's language."""
    if not iso:
        return None
    parts = iso.split("-")
    year = parts[0]
    if len(parts) == 1:
        return f"{year} жыл" if lang == "kk" else f"{year} г."
    month = int(parts[1]) - 1
    if len(parts) == 2:
        if lang == "kk":
            return f"{year} жылғы {_MONTHS_KK[month]}"
        return f"{_MONTHS_RU_NOMINATIVE[month]} {year} г."
    day = int(parts[2])
    if lang == "kk":
        return f"{year} жылғы {day} {_MONTHS_KK[month]}"
    return f"{day} {_MONTHS_RU_GENITIVE[month]} {year} г."


_KK_VOWELS = "аәеіоөұүыуэюяи"
_KK_FRONT_VOWELS = "әеіөүэи"
# After these the locative starts with т: «Петроградта», «Ташкентте»; else д: «Семейде».
_KK_HARD_ENDINGS = "бвгдкқпстфхцчшщ"


def kk_locative(phrase: str) -> str:
    """Kazakh locative (-да/-де/-та/-те) by vowel harmony and the last sound: «Семей» →
    «Семейде»; a two-word name ending in a possessive takes -нда/-нде («Дала өлкесінде»)."""
    vowels = [c for c in phrase.lower() if c in _KK_VOWELS]
    ending = "е" if vowels and vowels[-1] in _KK_FRONT_VOWELS else "а"
    if " " in phrase and phrase.endswith(("сы", "сі")):
        return f"{phrase}нд{ending}"
    consonant = "т" if phrase[-1].lower() in _KK_HARD_ENDINGS else "д"
    return f"{phrase}{consonant}{ending}"


def ru_locative(name: str) -> str:
    """Russian prepositional of a place name after «в»: «Семипалатинск» → «Семипалатинске»,
    «Верный» → «Верном», «Кустанай» → «Кустанае», «Семиречье» stays."""
    if name.endswith(("ый", "ий", "ой")):
        return f"{name[:-2]}ом"
    if name.endswith(("ье", "ие", "о", "е", "и", "у")) or " " in name:
        return name
    if name.endswith(("й", "а", "я")):
        return f"{name[:-1]}е"
    if name.endswith("ь"):
        return f"{name[:-1]}и"
    return f"{name}е"
