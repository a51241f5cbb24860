from __future__ import annotations

import threading

import pytest

from index.builder import BuildProgress, IndexBuilder
from index.service import AnswerService, BuildChanged, NoIndexBuild, RebuildInProgress
from index.store.db import make_engine, make_sessionmaker
from index.text.gazetteer import RegionGazetteer


@pytest.fixture
def settings(make_settings):
    return make_settings()


@pytest.fixture
def sessions(settings):
    return make_sessionmaker(make_engine(settings.database_url))


@pytest.fixture
def service_for(settings, sessions, encoder):
    gazetteer = RegionGazetteer.load(settings.gazetteer_path)

    def make(model_id: str = "fake-16") -> AnswerService:
        return AnswerService(
            IndexBuilder(
                sessions, settings.index_dir, settings.corpus_dir, gazetteer, encoder, model_id
            )
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


def test_failed_rebuild_keeps_the_old_build(service_for, settings):
    service = service_for()
    old = service.rebuild()
    (settings.corpus_dir / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(UnicodeDecodeError):
        service.rebuild()
    assert service.build_info == old
    assert service.answer("Семейде Совет өкіметі қашан орнады?").results


def test_build_made_by_another_process_is_picked_up(service_for):
    serving = service_for()
    first = serving.rebuild()
    assert serving.load_newer() is None  # nothing newer yet

    newer = service_for().build()  # as `tarikh index build` would, from another process
    picked = serving.load_newer()
    assert picked is not None and picked.build_id == newer.build_id
    assert serving.build_info.build_id == newer.build_id > first.build_id
    assert serving.load_newer() is None


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
