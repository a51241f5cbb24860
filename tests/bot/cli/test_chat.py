import io

from bot.cli.chat import run_chat
from tests.support.fakes import FakeAnswerService


def _chat(lines: list[str], lang: str | None = None) -> str:
    out = io.StringIO()
    run_chat(FakeAnswerService(), lang, io.StringIO("\n".join(lines) + "\n"), out)  # type: ignore[arg-type]
    return out.getvalue()


def test_questions_next_and_not_found() -> None:
    out = _chat(["Верный қашан?", "/next", "/next", "/next", "Париж?", "   "], lang="ru")
    assert out.startswith("Здравствуйте, уважаемый читатель!")
    assert "**Верныйда Совет өкіметі 1918 жылы 3 наурызда орнады**" in out
    assert "📅 3 марта 1918 г." in out
    assert "Алашорда" in out and "Других отрывков нет." in out
    assert "К сожалению, в тексте нет ответа" in out
    assert "Напишите вопрос текстом." in out
    assert "<" not in out.replace("<шешім>", "")


def test_language_follows_the_question_and_lang_command() -> None:
    out = _chat(["Алашорда?", "/lang ru", "Алашорда?", "/quit", "Алашорда?"])
    assert out.count("Бөлім:") == 1 and out.count("Раздел:") == 1


def test_small_talk_gets_a_friendly_word() -> None:
    out = _chat(["Спасибо, бот!"], lang=None)
    assert "Спасибо, что читаете!" in out and "Когда в Семиречье" in out
    assert "нет ответа" not in out
