"""The document store: versions, duplicates, enabling, removal, seeding from the corpus folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.store.db import make_engine, make_sessionmaker
from index.store.documents import SEED, DocumentStore

ARTICLE = "oktyabr-kazakhstan.kk.txt"


@pytest.fixture
def store(database_url: str) -> DocumentStore:
    return DocumentStore(make_sessionmaker(make_engine(database_url)))


def _content(store: DocumentStore) -> dict[str, bytes]:
    return {s.document.name: s.content for s in store.active()}


def test_seeding_is_idempotent(store, data_dir: Path):
    seeded = store.seed_folder(data_dir / "corpus")
    assert [(r.status, r.document.name, r.document.uploader) for r in seeded] == [
        ("added", ARTICLE, SEED)
    ]
    assert store.seed_folder(data_dir / "corpus") == []
    assert [(d.name, d.version) for d in store.list()] == [(ARTICLE, 1)]
    assert _content(store)[ARTICLE] == (data_dir / "corpus" / ARTICLE).read_bytes()


def test_same_name_new_content_is_a_new_version_and_the_old_one_is_kept(store, data_dir):
    store.seed_folder(data_dir / "corpus")
    article = (data_dir / "corpus" / ARTICLE).read_bytes()
    result = store.add(ARTICLE, "Алты үзінді ғана.".encode(), "7001")
    assert (result.status, result.document.version, result.document.uploader) == (
        "new_version",
        2,
        "7001",
    )
    assert [(d.name, d.version, d.enabled) for d in store.list()] == [
        (ARTICLE, 1, True),
        (ARTICLE, 2, True),
    ]
    assert _content(store)[ARTICLE] == "Алты үзінді ғана.".encode()  # the newest is built
    store.set_enabled(result.document.id, False)
    assert _content(store)[ARTICLE] == article  # and the old content is back


def test_identical_content_is_reported_whatever_its_name(store):
    first = store.add("a.txt", b"same", None)
    again = store.add("b.txt", b"same", "5")
    assert (first.status, again.status) == ("added", "duplicate")
    assert again.document == first.document
    assert [d.name for d in store.list()] == ["a.txt"]


def test_disabled_documents_are_not_built(store):
    a = store.add("a.txt", b"A", None).document
    store.add("b.txt", b"B", None)
    assert store.set_enabled(a.id, False).enabled is False
    assert list(_content(store)) == ["b.txt"]
    assert store.set_enabled(a.id, True).enabled is True
    assert list(_content(store)) == ["a.txt", "b.txt"]
    assert store.set_enabled(999, True) is None


def test_remove_deletes_one_version_only(store):
    v1 = store.add("a.txt", b"one", None).document
    v2 = store.add("a.txt", b"two", None).document
    assert store.remove(v2.id) == v2
    assert store.get(v2.id) is None and store.remove(v2.id) is None
    assert _content(store) == {"a.txt": b"one"}
    assert store.add("a.txt", b"three", None).document.version == 2  # after the newest left
    assert store.get(v1.id) == v1


def test_active_keeps_the_order_names_were_first_stored(store):
    store.add("z.txt", b"z1", None)
    store.add("a.txt", b"a1", None)
    store.add("z.txt", b"z2", None)
    assert _content(store) == {"z.txt": b"z2", "a.txt": b"a1"}
    assert list(_content(store)) == ["z.txt", "a.txt"]
