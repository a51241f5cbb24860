from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from index.builder import BUILD_FORMAT, BuildProgress, IndexBuilder, RebuildInProgress
from index.events import SOVIET_POWER
from index.store.build_files import read_build
from index.store.db import make_engine, make_sessionmaker
from index.store.documents import DocumentStore
from index.store.locks import build_lock
from index.store.models import ActiveBuild, ChunkRecord, IndexBuild
from index.text.gazetteer import RegionGazetteer
from index.text.sentences import split_sentences


@pytest.fixture
def builder_for(make_settings, encoder):
    settings = make_settings()
    sessions = make_sessionmaker(make_engine(settings.database_url))
    DocumentStore(sessions).seed_folder(settings.corpus_dir)
    gazetteer = RegionGazetteer.load(settings.gazetteer_path)

    def make(model_id: str = "fake-16", index_dir: Path | None = None) -> IndexBuilder:
        return IndexBuilder(sessions, index_dir or settings.index_dir, gazetteer, encoder, model_id)

    make.sessions = sessions  # type: ignore[attr-defined]
    make.index_dir = settings.index_dir  # type: ignore[attr-defined]
    return make


def test_build_writes_folder_records_and_passages(builder_for, encoder):
    progress: list[BuildProgress] = []
    summary = builder_for().build(progress.append)

    stored = read_build(summary.path)
    assert summary.passages == len(stored.chunks) > 20
    assert stored.vectors is not None and stored.vectors.ntotal == summary.passages
    assert stored.manifest["model_id"] == "fake-16"
    assert stored.manifest["format"] == BUILD_FORMAT
    chunk_ids = {c.chunk_id for c in stored.chunks}
    assert {e.chunk_id for e in stored.events} <= chunk_ids
    assert any(e.kind == SOVIET_POWER and "Семей" in e.regions for e in stored.events)
    assert all(c.text in stored.chunks[c.ordinal].text for c in stored.chunks)
    assert "Қазақ совет энциклопедиясы" in next(iter(stored.citations.values()))
    assert summary.sentences > summary.passages
    # Passages and their sentences, each distinct text embedded once.
    assert summary.embedded == len(set(encoder.encoded)) > summary.passages
    assert {p.stage for p in progress} == {"ingest", "embed", "index", "done"}

    with builder_for.sessions() as session:
        record = session.get_one(IndexBuild, summary.build_id)
        assert (record.status, record.passages, record.path) == (
            "ready",
            summary.passages,
            str(summary.path),
        )
        assert session.scalar(select(func.count()).select_from(ChunkRecord)) == summary.passages
        assert session.get_one(ActiveBuild, "fake-16").build_id == summary.build_id
        assert record.payload is not None and record.payload["manifest"] == stored.manifest


def test_rebuild_reuses_vectors_of_unchanged_passages(builder_for, encoder):
    first = builder_for().build()
    encoder.encoded.clear()
    second = builder_for().build()

    assert second.build_id != first.build_id and second.path != first.path
    assert (second.embedded, second.reused) == (0, second.passages + second.sentences)
    assert encoder.encoded == []


def test_another_model_does_not_reuse_vectors(builder_for, encoder):
    builder_for().build()
    encoder.encoded.clear()
    other = builder_for(model_id="other-model").build()
    assert other.embedded == len(set(encoder.encoded)) > other.passages


def test_failed_build_is_recorded_and_leaves_no_folder(builder_for):
    store = DocumentStore(builder_for.sessions)
    for document in store.list():
        store.set_enabled(document.id, False)
    with pytest.raises(ValueError, match="no passages"):
        builder_for().build()

    with builder_for.sessions() as session:
        record = session.scalars(select(IndexBuild)).one()
        assert session.scalars(select(ActiveBuild)).all() == []
    assert record.status == "failed" and "no passages" in (record.error or "")
    assert list(builder_for.index_dir.glob("build-*")) == []


def test_build_stores_a_vector_for_every_sentence_of_every_passage(builder_for, encoder):
    summary = builder_for().build()
    stored = read_build(summary.path)
    sentences = stored.sentences
    assert sentences is not None and len(sentences.spans) == summary.sentences
    assert sentences.vectors.shape == (summary.sentences, stored.vectors.d)
    expected = [(i, a, b) for i, c in enumerate(stored.chunks) for a, b in split_sentences(c.text)]
    rows = [(int(c), a, b) for c, (a, b) in zip(sentences.chunk_of, sentences.spans, strict=True)]
    assert rows == expected
    # Row vectors are the encoder's vectors of exactly those sentence texts.
    first = stored.chunks[rows[0][0]].text[rows[0][1] : rows[0][2]]
    assert first in encoder.encoded


def test_builds_read_the_database_not_the_folder(builder_for, make_settings):
    (make_settings().corpus_dir / "oktyabr-kazakhstan.kk.txt").unlink()
    summary = builder_for().build()
    assert summary.documents == 1 and summary.passages > 20


def test_an_uploaded_document_shows_its_citation_or_else_its_name(builder_for):
    store = DocumentStore(builder_for.sessions)
    store.add("bare.kk.txt", "Ақтөбеде 1918 жылы 20 наурызда жиналыс өтті.\n".encode(), "7")
    summary = builder_for().build()
    citations = read_build(summary.path).citations
    assert citations["bare.kk.txt"] == "bare.kk.txt"
    assert "Қазақ совет энциклопедиясы" in citations["oktyabr-kazakhstan.kk.txt"]
    # The first stored document stays first: its citation greets readers.
    assert next(iter(citations)) == "oktyabr-kazakhstan.kk.txt"


def test_two_builds_on_one_database_keep_their_own_passages(builder_for, tmp_path):
    first = builder_for().build()
    second = builder_for(index_dir=tmp_path / "replica-index").build()
    with builder_for.sessions() as session:
        rows = session.execute(
            select(ChunkRecord.build_id, func.count()).group_by(ChunkRecord.build_id)
        )
        counts = {build_id: count for build_id, count in rows}
        active = session.get_one(ActiveBuild, "fake-16").build_id
    assert counts == {first.build_id: first.passages, second.build_id: second.passages}
    assert active == second.build_id


def test_a_second_build_while_another_holds_the_lock_is_refused(builder_for):
    builder = builder_for()
    with build_lock(builder.engine) as held:
        assert held
        with pytest.raises(RebuildInProgress):
            builder_for().build()
    assert builder.build().passages > 20  # released: builds again
