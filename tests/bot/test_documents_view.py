"""The /docs list and its buttons: short ASCII callback_data, both languages."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.keyboards import (
    DOC_DISABLE,
    DOC_ENABLE,
    DOC_LIST,
    DOC_REMOVE,
    DOC_REMOVE_CONFIRMED,
    DocAction,
    confirm_remove_keyboard,
    decode_doc,
    documents_keyboard,
)
from bot.render import render_documents
from index.store.documents import StoredDocument


def _document(document_id: int, version: int, enabled: bool) -> StoredDocument:
    return StoredDocument(
        document_id, "oktyabr-kazakhstan.kk.txt", version, "ab" * 32, 132_881,
        "seed" if version == 1 else "7001", datetime(2026, 11, 26, 22, 5, tzinfo=UTC), enabled,
    )  # fmt: skip


DOCUMENTS = [_document(2**40, 1, True), _document(2**40 + 1, 2, False)]


def _datas(markup) -> list[str]:
    return [b.callback_data for row in markup.inline_keyboard for b in row]


def test_buttons_toggle_and_remove_each_version_with_short_ascii_data() -> None:
    datas = _datas(documents_keyboard(DOCUMENTS, "kk")) + _datas(
        confirm_remove_keyboard(2**40, "ru")
    )
    assert all(d.isascii() and len(d.encode()) < 64 for d in datas)
    assert [decode_doc(d) for d in datas] == [
        DocAction(DOC_DISABLE, 2**40),
        DocAction(DOC_REMOVE, 2**40),
        DocAction(DOC_ENABLE, 2**40 + 1),
        DocAction(DOC_REMOVE, 2**40 + 1),
        DocAction(DOC_REMOVE_CONFIRMED, 2**40),
        DocAction(DOC_LIST, 0),
    ]


def test_foreign_document_data_is_rejected() -> None:
    for data in ("d:drop:1", "d:rm:", "d:rm:x", "n:1:2", "", "d"):
        assert decode_doc(data) is None


def test_the_list_names_every_version_in_both_languages() -> None:
    kk = render_documents(DOCUMENTS, "kk").splitlines()
    ru = render_documents(DOCUMENTS, "ru").splitlines()
    assert kk[0] == "📚 Құжаттар (2):" and ru[0] == "📚 Документы (2):"
    assert kk[1] == (
        f"✅ #{2**40} oktyabr-kazakhstan.kk.txt · v1 · 130 КБ · seed · 2026-11-26 22:05"
    )
    assert ru[2].startswith(f"⛔ #{2**40 + 1} oktyabr-kazakhstan.kk.txt · v2") and "7001" in ru[2]
    assert "/reindex" in kk[-1] and "/reindex" in ru[-1]
    assert render_documents([], "ru") == "Документов нет."
