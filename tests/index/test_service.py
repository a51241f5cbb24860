from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from index.builder import BuildProgress, IndexBuilder
from index.builds import BuildLoader
from index.service import AnswerService, BuildChanged, NoIndexBuild, RebuildInProgress
from index.store.db import make_engine, make_sessionmaker
from index.store.documents import DocumentStore
from index.store.locks import build_lock
from index.text.gazetteer import RegionGazetteer


@pytest.fixture
def settings(make_settings):
    return make_settings()


@pytest.fixture
def sessions(settings):
    sessions = make_sessionmaker(make_engine(settings.database_url))
    DocumentStore(sessions).seed_folder(settings.corpus_dir)
    return sessions


@pytest.fixture
def service_for(settings, sessions, encoder):
    gazetteer = RegionGazetteer.load(settings.gazetteer_path)

    def make(model_id: str = "fake-16", index_dir: Path | None = None) -> AnswerService:
        folder = index_dir or settings.index_dir
        return AnswerService(
            BuildLoader(IndexBuilder(sessions, folder, gazetteer, encoder, model_id))
        )

    return make


def test_open_builds_when_missing_then_loads_existing(settings, sessions):
    first = AnswerService.open(settings, sessions)
    second = AnswerService.open(settings, sessions, build_if_missing=False)
    assert second.build_info == first.build_info
    assert first.build_info.passages == len(first.passages()) > 20


def test_open_without_build_and_without_building_raises(settings, sessions):
    with pytest.raises(NoIndexBuild):
        AnswerService.open(settings, sessions, build_if_missing=False)


def test_build_of_another_model_is_never_loaded(service_for):
    service_for("model-a").rebuild()
    with pytest.raises(NoIndexBuild):
        service_for("model-b").load_current()


def test_answer_uses_the_loaded_build_and_cites_the_source(service_for):
    service = service_for()
    service.rebuild()
    answer = service.answer("Петроградта қарулы көтеріліс қашан басталды?")
    assert answer.results
    assert "энциклопедиясы" in answer.citation
    assert answer.results[0].chunk_id in {c.chunk_id for c in service.passages()}


def test_neighbours_are_the_passages_before_and_after(service_for):
    service = service_for()
    service.rebuild()
    ordered = service.passages()
    before, after = service.neighbours(ordered[1].chunk_id)
    assert (before, after) == (ordered[0], ordered[2])
    assert service.neighbours(ordered[0].chunk_id)[0] is None
    assert service.neighbours("no-such-id") == (None, None)


def test_old_build_serves_during_rebuild_and_is_swapped_after(service_for):
    service = service_for()
    old = service.rebuild()
    entered, release = threading.Event(), threading.Event()

    def slow_progress(progress: BuildProgress) -> None:
        if progress.stage == "embed":
            entered.set()
            release.wait(10)

    worker = threading.Thread(target=service.rebuild, args=(slow_progress,))
    worker.start()
    assert entered.wait(10)
    assert service.is_rebuilding
    assert service.build_info == old  # still serving the old build
    assert service.answer("Семейде Совет өкіметі қашан орнады?").results
    with pytest.raises(RebuildInProgress):
        service.rebuild()
    release.set()
    worker.join(10)
    assert not service.is_rebuilding
    assert service.build_info.build_id > old.build_id


def test_failed_rebuild_keeps_the_old_build(service_for):
    service = service_for()
    old = service.rebuild()
    for document in service.documents.list():
        service.documents.set_enabled(document.id, False)
    with pytest.raises(ValueError, match="no passages"):
        service.rebuild()
    assert service.build_info == old
    assert service.answer("Семейде Совет өкіметі қашан орнады?").results


def test_build_made_by_another_process_is_picked_up(service_for, tmp_path):
    serving = service_for()
    first = serving.rebuild()
    assert serving.load_newer() is None  # nothing newer yet

    # As `tarikh index build` would, from another replica with its own INDEX_DIR.
    newer = service_for(index_dir=tmp_path / "other-replica").build()
    picked = serving.load_newer()
    assert picked is not None and picked.build_id == newer.build_id
    assert serving.build_info.build_id == newer.build_id > first.build_id
    assert serving.load_newer() is None


def test_the_guide_carries_the_builds_events_timelines_terms_and_titles(settings, sessions):
    service = AnswerService.open(settings, sessions)
    guide = service.guide
    assert len(guide.events) > 100
    assert [e.date for e in guide.events] == sorted(e.date for e in guide.events)
    assert guide.timelines["Павлодар"].date == "1918-01-19"
    assert guide.terms["өкімет"] == "власть"
    title = "Жетісуда Совет өкіметінің орнауы"
    assert guide.section(title, "ru") == "Установление Советской власти в Семиречье"
    assert guide.section(title, "kk") == title
    event = guide.events[0]
    assert service.chunk(event.chunk_id).text[event.start : event.end] == event.sentence
    assert service.chunk("missing") is None and service.gazetteer.find("Семей") == ("Семей",)


def test_without_a_titles_file_sections_keep_their_kazakh_titles(settings, sessions):
    settings.section_titles_path.unlink()
    guide = AnswerService.open(settings, sessions).guide
    assert guide.section("Жетісуда Совет өкіметінің орнауы", "ru") == (
        "Жетісуда Совет өкіметінің орнауы"
    )


def test_a_replica_with_an_empty_index_folder_writes_the_active_build_without_embedding(
    service_for, settings, encoder, tmp_path
):
    built = service_for().rebuild()
    shutil.rmtree(settings.index_dir)
    encoder.encoded.clear()

    replica = service_for(index_dir=tmp_path / "replica-index")
    assert replica.load_current() == built
    texts = {c.text for c in replica.passages()}
    assert not texts & set(encoder.encoded)  # only the warm-up question was encoded
    assert (tmp_path / "replica-index" / f"build-{built.build_id:05d}" / "vectors.faiss").exists()
    assert replica.answer("Семейде Совет өкіметі қашан орнады?").results


def test_rebuild_while_another_replica_builds_is_refused(service_for, settings):
    service = service_for()
    old = service.rebuild()
    with build_lock(make_engine(settings.database_url)) as held:  # another replica's connection
        assert held
        with pytest.raises(RebuildInProgress):
            service.rebuild()
    assert service.build_info == old
    assert service.rebuild().build_id > old.build_id


def test_a_folder_left_by_another_database_is_replaced_not_served(service_for, settings, tmp_path):
    built = service_for().rebuild()
    folder = settings.index_dir / f"build-{built.build_id:05d}"
    manifest = folder / "manifest.json"
    manifest.write_text(manifest.read_text().replace('"build_id"', '"old_build_id"'))
    replica = service_for()
    assert replica.load_current() == built
    assert '"old_build_id"' not in manifest.read_text()
    assert not [p for p in settings.index_dir.iterdir() if p.name.startswith(".")]


def test_answers_name_their_build_and_can_be_pinned_to_it(service_for):
    service = service_for()
    first = service.rebuild().build_id
    answer = service.answer("Алашорда қашан құрылды?")
    assert answer.build_id == first
    assert service.answer(answer.question, build_id=first).results == answer.results
    second = service.rebuild().build_id
    with pytest.raises(BuildChanged):
        service.answer(answer.question, build_id=first)
    assert service.answer(answer.question).build_id == second
