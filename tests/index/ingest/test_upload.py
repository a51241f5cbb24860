from __future__ import annotations

import pytest

from index.ingest.upload import InvalidDocument, validate_document

LIMIT = 5 * 1024 * 1024


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.pdf", b"text", "bad_name"),
        ("big.txt", b"a" * (LIMIT + 1), "too_large"),
        ("latin1.txt", "Семей".encode("cp1251"), "not_utf8"),
        ("blank.txt", b"  \n\t ", "empty"),
        ("nul.txt", b"a\x00b", "not_text"),
    ],
)
def test_validate_document_refuses(name, content, reason):
    with pytest.raises(InvalidDocument, match=reason):
        validate_document(name, content, LIMIT)


def test_validate_document_keeps_only_the_file_name():
    assert validate_document("../escape.txt", b"text", LIMIT) == "escape.txt"
    assert validate_document("extra.kk.txt", "Семей тарихы.".encode(), LIMIT) == "extra.kk.txt"
