"""Turn a raw scraped article into title, citation and normalised paragraphs.

Everything here is a generic rule: a new raw document of the same kind (garbage first
line, title, article, citation line, site boilerplate) goes through the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

CYR_LOWER = "а-яёәғқңөұүһі"
CYR = f"А-ЯЁӘҒҚҢӨҰҮҺІ{CYR_LOWER}"

# «<Encyclopedia>. –<City>, <year>. –Б.<pages>.» — the source line that ends the article;
# whatever follows it on the page is site navigation and teasers.
_CITATION = re.compile(
    rf"^\s*(?P<citation>[{CYR}A-Za-z][^\n]{{2,150}}?\.\s*[-–—]\s*[{CYR}A-Za-z][\w .-]*,"
    rf"\s*\d{{4}}\.\s*[-–—]\s*(?:[БСPСТбсpст]|Бет|бет)\.\s*\d+(?:\s*[-–—]\s*\d+)?\.?)\s*$",
    re.MULTILINE,
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_OPEN_QUOTES = "“„‟❝〝"
_CLOSE_QUOTES = "”❞〞"
# A hyphen or dash standing alone between spaces is a dash.
_SPACED_DASH = re.compile(r"(?<=\S) [-–—‒―]+ (?=\S)")
# «жеңісі -20 ғасыр», «нояб. -1918 ж.»: a dash glued to the number after it (prose has no
# negative numbers).
_GLUED_DASH = re.compile(r"(?<=[^\d\s]) [-–—] ?(?=\d)")
# «2- съезі», «кәсіп- одағы»: a line-break hyphen left dangling before a lower-case word.
_DANGLING_HYPHEN = re.compile(rf"(\w+)- ([{CYR_LOWER}]\w*)")
# «жылы15»: a lower-case word glued to a number.
_GLUED_NUMBER = re.compile(rf"\b([{CYR_LOWER}]{{2,}})(\d+)\b")

# Latin letters and digits that OCR substitutes for the Cyrillic letters they look like.
# Latin Y is left out: it could be У or Kazakh Ү.
_LOOKALIKES = str.maketrans(
    {
        **dict(zip("aeopcxyiABCEHKMOPTXI", "аеорсхуіАВСЕНКМОРТХІ", strict=True)),
        **dict(zip("036", "озб", strict=True)),
    }
)
_TOKEN = re.compile(r"\w+")
_CYR_CHAR = re.compile(f"[{CYR}]")
# No Kazakh or Russian word has a soft sign before і: that pair is OCR for «ы».
_SOFT_SIGN_I = re.compile(r"Ь[ІI]|ь[іi]")
# «оны 03 соңынан»: a free-standing "number" with a leading zero inside prose is a word.
_ZERO_WORD = re.compile(rf"(?<=[{CYR_LOWER}] )0[03]*(?= [{CYR_LOWER}])")
# «(Шығ., 30-т., 253-6.)»: page references where «б.» (бет) was read as 6. A range never
# descends, so «253-6» can only be «253-б».
_PAGE_SIX = re.compile(r"\b(\d+)-6(?=\.?\))")


@dataclass(frozen=True)
class CleanText:
    title: str
    citation: str
    paragraphs: tuple[str, ...]
    repairs: tuple[tuple[str, str], ...]


def clean_document(raw: str) -> CleanText:
    """Drop the garbage head and trailing boilerplate, normalise and OCR-repair paragraphs."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    citation = ""
    match = _CITATION.search(raw)
    if match is not None:
        citation = _normalise_spaces(match.group("citation"))
        raw = raw[: match.start()]
    blocks = [_normalise_spaces(block) for block in re.split(r"\n", raw)]
    blocks = [block for block in blocks if re.search(r"\w", block)]
    # Leading lines without two Cyrillic words («UF») are scraping debris, not the title.
    while blocks and len(re.findall(f"[{CYR}]{{2,}}", blocks[0])) < 2:
        blocks.pop(0)
    title = blocks.pop(0) if blocks else ""
    # A document of one line has no body below its title: that line is its text.
    blocks = blocks or ([title] if title else [])
    repairs: list[tuple[str, str]] = []
    paragraphs = tuple(_normalise_paragraph(block, repairs) for block in blocks)
    return CleanText(title, citation, paragraphs, tuple(repairs))


def _normalise_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _normalise_paragraph(text: str, repairs: list[tuple[str, str]]) -> str:
    text = normalise_quotes(text)
    text = _SPACED_DASH.sub(" – ", text)
    text = _GLUED_DASH.sub(" – ", text)
    return repair_ocr(text, repairs)


def normalise_quotes(text: str) -> str:
    """Typographic and straight double quotes become «», the Kazakh standard."""
    for quote in _OPEN_QUOTES:
        text = text.replace(quote, "«")
    for quote in _CLOSE_QUOTES:
        text = text.replace(quote, "»")
    # A straight quote opens after a space/bracket/start of text, otherwise it closes.
    return re.sub(r'(^|[\s(\[«])"', r"\1«", text).replace('"', "»")


def repair_ocr(text: str, repairs: list[tuple[str, str]]) -> str:
    """Fix unambiguous OCR look-alikes; append (before, after) pairs to `repairs`."""

    def record(pattern: re.Pattern[str], fix: Callable[[re.Match[str]], str], text: str) -> str:
        def apply(match: re.Match[str]) -> str:
            fixed = fix(match)
            if fixed != match.group(0):
                repairs.append((match.group(0), fixed))
            return fixed

        return pattern.sub(apply, text)

    text = record(_SOFT_SIGN_I, lambda m: "Ы" if m.group(0)[0] == "Ь" else "ы", text)
    text = record(_TOKEN, lambda m: _repair_token(m.group(0)), text)
    text = record(_ZERO_WORD, lambda m: m.group(0).translate(_LOOKALIKES), text)
    text = record(
        _PAGE_SIX, lambda m: f"{m.group(1)}-б" if int(m.group(1)) >= 6 else m.group(0), text
    )
    text = record(_DANGLING_HYPHEN, lambda m: f"{m.group(1)}-{m.group(2)}", text)
    return record(_GLUED_NUMBER, lambda m: f"{m.group(1)} {m.group(2)}", text)


def _repair_token(token: str) -> str:
    """Map look-alikes inside an otherwise Cyrillic word; leave numbers and Latin words."""
    cyrillic = len(_CYR_CHAR.findall(token))
    foreign = len(token) - cyrillic
    if foreign == 0 or cyrillic < 2 or foreign >= cyrillic:
        return token
    # Digits only count as letters when surrounded by letters: «жылы15» is two words.
    if token[0].isdigit() or token[-1].isdigit():
        return token
    fixed = token.translate(_LOOKALIKES)
    if len(_CYR_CHAR.findall(fixed)) != len(fixed):
        return token
    # Upper-case look-alikes in a lower-case word stand for lower-case letters.
    if "".join(_CYR_CHAR.findall(token[1:])).islower():
        fixed = fixed[0] + fixed[1:].lower()
    return fixed
