"""What a word is, for every reader of text here: a run of letters (no digits, no underscore);
and how a Kazakh word looks typed on a keyboard without Kazakh letters."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]+")

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# A phone without a Kazakh layout offers the Russian look-alike of each Kazakh letter.
_PLAIN = str.maketrans("әғқңөұүһіё", "агкноуухие")


def plain(word: str) -> str:
    """The lower-case word with its Kazakh letters folded: «Өкіметі» -> «окимети»."""
    return word.lower().translate(_PLAIN)
