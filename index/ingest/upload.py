"""Documents uploaded to the corpus: validated here, stored by index.store.documents."""

from __future__ import annotations

import re
from pathlib import Path

_SAFE_NAME = re.compile(r"^[\w\-. ]{1,120}\.txt$")


class InvalidDocument(ValueError):
    """An uploaded document was refused; str() is a short reason code."""


def validate_document(filename: str, content: bytes, max_bytes: int) -> str:
    """The name to store a UTF-8 .txt upload of at most `max_bytes` under (a path is reduced to
    its file name); raises InvalidDocument."""
    name = Path(filename).name
    if not _SAFE_NAME.match(name):
        raise InvalidDocument("bad_name")
    if len(content) > max_bytes:
        raise InvalidDocument("too_large")
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidDocument("not_utf8") from None
    if not text.strip():
        raise InvalidDocument("empty")
    if "\x00" in text:
        raise InvalidDocument("not_text")
    return name
