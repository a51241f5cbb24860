from bot.journal import Journal, Logged


def _log(journal: Journal, **overrides: object) -> int:
    values: dict[str, object] = {
        "user_id": 1,
        "chat_type": "private",
        "lang": "kk",
        "question": "Алашорда?",
        "answered": True,
        "top_chunk_id": "c1",
        "regions": ["Жетісу"],
        "latency_ms": 12.5,
    }
    values.update(overrides)
    return journal.log_question(**values)  # type: ignore[arg-type]


def test_language_preference(journal: Journal) -> None:
    assert journal.lang(5) is None
    journal.set_lang(5, "ru")
    journal.set_lang(5, "kk")
    assert journal.lang(5) == "kk"


def test_questions_feedback_and_stats(journal: Journal) -> None:
    first = _log(journal)
    _log(journal, lang="ru", regions=["Жетісу", "Ақмола"])
    _log(journal, answered=False, top_chunk_id=None, regions=[])
    assert journal.question(first) == Logged("Алашорда?", build_id=None)
    assert journal.question(999) is None
    assert journal.add_feedback(first, 1, True)
    assert journal.add_feedback(first, 1, False)  # a changed vote replaces the old one
    assert journal.add_feedback(first, 2, True)
    assert not journal.add_feedback(999, 1, True)
    stats = journal.stats()
    assert (stats.questions, stats.answered) == (3, 2)
    assert stats.by_lang == {"kk": 2, "ru": 1}  # every question, answered or not
    assert stats.top_regions[0] == ("Жетісу", 2)
    assert (stats.helpful, stats.unhelpful) == (1, 1)


def test_last_question_language(journal: Journal) -> None:
    assert journal.last_question_lang(1) is None
    _log(journal, lang="kk")
    _log(journal, lang="ru")
    _log(journal, user_id=2, lang="kk")
    assert journal.last_question_lang(1) == "ru"


def test_asker_of_a_question(journal: Journal) -> None:
    assert journal.asker(_log(journal, user_id=42)) == 42
    assert journal.asker(999) is None


def test_unanswered_are_refused_or_disliked_newest_first(journal: Journal) -> None:
    refused = _log(journal, question="Париж?", answered=False, top_chunk_id=None, regions=[])
    disliked = _log(journal, question="Семей?")
    liked = _log(journal, question="Верный?")
    journal.add_feedback(disliked, 2, False)
    journal.add_feedback(liked, 2, True)
    found = journal.unanswered()
    assert [(q.question, q.refused) for q in found] == [("Семей?", False), ("Париж?", True)]
    assert all(q.asked_at is not None for q in found)
    assert journal.unanswered(limit=1)[0].question == "Семей?"
    assert refused < disliked


def test_the_answering_build_is_logged(journal: Journal) -> None:
    asked = _log(journal, build_id=7)
    assert journal.question(asked) == Logged("Алашорда?", build_id=7)
