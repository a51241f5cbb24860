"""Documents added to the corpus folder: validated, then written whole or not at all."""

from __future__ import annotations

import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)

_SAFE_NAME = re.compile(r"^[\w\-. ]{1,120}\.txt$")


class InvalidDocument(ValueError):
    """An uploaded document was refused; str() is a short reason code."""


def save_document(corpus_dir: Path, filename: str, content: bytes, max_bytes: int) -> Path:
    """Validate a UTF-8 .txt upload of at most `max_bytes` and save it into `corpus_dir`;
    raises InvalidDocument."""
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
    corpus_dir.mkdir(parents=True, exist_ok=True)
    target = corpus_dir / name
    partial = target.with_suffix(".part")
    partial.write_bytes(content)
    partial.replace(target)  # never leave a half-written document for a build to read
    log.info("saved document %s (%d bytes)", name, len(content))
    return target
