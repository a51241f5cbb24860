"""What a word is, for every reader of text here: a run of letters (no digits, no underscore)."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]+")
