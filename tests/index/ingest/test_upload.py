from __future__ import annotations

import pytest

from index.ingest.upload import InvalidDocument, save_document


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.pdf", b"text", "bad_name"),
        ("../escape.txt", b"text", None),
        ("big.txt", b"a" * (5 * 1024 * 1024 + 1), "too_large"),
        ("latin1.txt", "Семей".encode("cp1251"), "not_utf8"),
        ("blank.txt", b"  \n\t ", "empty"),
    ],
)
def test_save_document_validates(tmp_path, name, content, reason):
    if reason is None:  # a path is reduced to its file name, never written outside the corpus
        saved = save_document(tmp_path, name, content)
        assert saved.parent == tmp_path
        return
    with pytest.raises(InvalidDocument, match=reason):
        save_document(tmp_path, name, content)
    assert not (tmp_path / name).exists()
