"""Detect inline section headings («Жетісуда Совет өкіметінің орнауы. …») at paragraph starts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.ingest.clean import CYR
from index.text.sentences import split_sentences

MAX_HEADING_WORDS = 12

# Kazakh finite verbs end the narrative sentences: past «-ды/-ті» (+ person/plural), «еді»,
# present «-ады/-йді», modal words. A heading is a noun phrase, so its last word is none of these.
_VERB_END = re.compile(
    r"(?:[дт][ыі](?:қ|к|м|ң|ңыз|ңіз|лар|лер)?|еді|ады|еді|йды|йді|мақ|мек|пақ|пек|жоқ|тиіс|керек)$"
)
_HEADING_SHAPE = re.compile(rf"[{CYR}][{CYR}\w -]*\.")


@dataclass(frozen=True)
class Paragraph:
    section: str
    text: str  # body text without the heading
    heading: str | None  # heading that opened this paragraph, if any


def split_heading(paragraph: str) -> tuple[str | None, str]:
    """Return (heading without its period, body) or (None, paragraph)."""
    spans = split_sentences(paragraph)
    if len(spans) < 2:
        return None, paragraph
    start, end = spans[0]
    first = paragraph[start:end]
    words = first.rstrip(".").split()
    # Headings: sentence-case noun phrase, no digits, quotes, brackets or commas.
    if not _HEADING_SHAPE.fullmatch(first) or any(ch.isdigit() for ch in first):
        return None, paragraph
    if not 2 <= len(words) <= MAX_HEADING_WORDS or not first[0].isupper():
        return None, paragraph
    if _VERB_END.search(words[-1].lower()):
        return None, paragraph
    return first[:-1], paragraph[spans[1][0] :]


def assign_sections(paragraphs: Sequence[str], default: str) -> list[Paragraph]:
    """Give every paragraph the title of the last heading before it (or `default`)."""
    section = default
    result: list[Paragraph] = []
    for text in paragraphs:
        heading, body = split_heading(text)
        if heading is not None:
            section = heading
        result.append(Paragraph(section, body, heading))
    return result
