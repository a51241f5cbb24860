from __future__ import annotations

import pytest

from index.ingest.upload import InvalidDocument, save_document

LIMIT = 5 * 1024 * 1024


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.pdf", b"text", "bad_name"),
        ("../escape.txt", b"text", None),
        ("big.txt", b"a" * (LIMIT + 1), "too_large"),
        ("latin1.txt", "Семей".encode("cp1251"), "not_utf8"),
        ("blank.txt", b"  \n\t ", "empty"),
    ],
)
def test_save_document_validates(tmp_path, name, content, reason):
    if reason is None:  # a path is reduced to its file name, never written outside the corpus
        saved = save_document(tmp_path, name, content, LIMIT)
        assert saved.parent == tmp_path
        return
    with pytest.raises(InvalidDocument, match=reason):
        save_document(tmp_path, name, content, LIMIT)
    assert not (tmp_path / name).exists()


def test_save_document_writes_utf8_text(tmp_path):
    saved = save_document(tmp_path, "extra.kk.txt", "Семей тарихы.".encode(), LIMIT)
    assert saved == tmp_path / "extra.kk.txt"
    assert saved.read_text(encoding="utf-8") == "Семей тарихы."
