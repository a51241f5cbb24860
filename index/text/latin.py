"""Latin-script Kazakh in Cyrillic: the official alphabets of 2017 (apostrophes, «Semei'de»),
2018 (acutes, «Semeıde Sovet ókimeti qashan ornady») and 2021 (ä ö ü ū ğ ş ç ñ), and the
informal Latin people type («semeyde sovet okimeti qashan ornady»). Cyrillic is ambiguous
after it (o: о/ө, u: у/ұ/ү, i: і/и/ы): `index.text.restorer.KazakhRestorer` settles each word
against the article's vocabulary.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’ʼ`´"
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
TOKEN = re.compile(rf"[^\W\d_]+(?:[{_APOSTROPHES}][^\W\d_]*)*")
_ROMAN = re.compile(r"[IVXLCDM]+")  # «II съезд» keeps its numeral
_LETTERS = {
    **dict(zip("abdefghijklmnopqrstuvwxz", "абдефгхіжклмнопқрстувухз", strict=True)),
    **dict(zip("äáöóüúūýğǵñńşçéí", "әәөөүүұуғғңңшчеи", strict=True)),
    "c": "ц",  # informal Russian loans: «revolyuciya»
    **{"shch": "щ", "sh": "ш", "ch": "ч", "zh": "ж", "gh": "ғ", "kh": "х"},
    **{"ya": "я", "yu": "ю", "yo": "ё"},
    # 2017: an apostrophe marks the letter «a'» ә, «s'» ш, «i'» й, «y'» у ...
    **{k + a: v for k, v in zip("aouscgniy", "әөүшчғңйу", strict=True) for a in _APOSTROPHES},
}
_UNIT = re.compile(
    "|".join(map(re.escape, sorted([*_LETTERS, "ng", "ı", "y"], key=len, reverse=True))) + "|.",
    re.DOTALL,
)
_RUSSIAN_I = str.maketrans("іІ", "иИ")
_VOWELS = frozenset("aeiouäöüáóúūéíı")
_Y_AFTER = frozenset("aeioäöáóé")  # «semeyde» -> й; after u it is ы: «auyl» -> ауыл
# Latin letters typed inside a Cyrillic word stand for their look-alikes: «Семейдiң».
_LOOKALIKE = str.maketrans("aceopxykiACEOPXYKIBHMT", "асеорхукіАСЕОРХУКІВНМТ")


def transliterate_latin(text: str, lang: str = "kk") -> str:
    """Latin-script Kazakh (any of the 2017/2018/2021 alphabets or informal) in Cyrillic.

    Case, digits, punctuation and Cyrillic are kept; text is NFC-normalised first. Output
    may be ambiguous where the spelling is (informal «i», «u», «o»): `KazakhRestorer` decides.
    With ``lang="ru"`` «i» is «и», as in Russian typed in Latin («kogda v semipalatinske»).
    """
    text = unicodedata.normalize("NFC", text)
    return TOKEN.sub(lambda m: latin_token(m, text, lang), text)


def latin_token(m: re.Match[str], text: str, lang: str) -> str:
    token = m.group()
    if not _LATIN.search(token) or _ROMAN.fullmatch(token):
        return token
    if _CYRILLIC.search(token):
        return token.translate(_LOOKALIKE)
    # «'Semei'»: the closing apostrophe is a quote, not a letter mark
    quoted = m.start() > 0 and text[m.start() - 1] in _APOSTROPHES and token[-1] in _APOSTROPHES
    cyrillic = _cyrillic(token[:-1] if quoted else token) + (token[-1] if quoted else "")
    return cyrillic.translate(_RUSSIAN_I) if lang == "ru" else cyrillic


def _cyrillic(token: str) -> str:
    low = token.replace("İ", "i").replace("I", "i").lower()
    out = []
    for m in _UNIT.finditer(low):
        unit, i = m.group(), m.start()
        prev, nxt = low[i - 1 : i], low[m.end() : m.end() + 1]
        if unit == "ng":
            cyr = "нг" if i == 0 or nxt in _VOWELS else "ң"
        elif unit == "ı":
            cyr = "й" if prev in _VOWELS else "и"
        elif unit == "y":
            cyr = "й" if prev in _Y_AFTER and nxt not in _VOWELS else "ы"
        else:
            cyr = _LETTERS.get(unit, unit)
        out.append(cyr[0].upper() + cyr[1:] if token[i].isupper() else cyr)
    result = "".join(out)
    return result.upper() if len(token) > 1 and token.isupper() else result
