import re
from datetime import datetime
from html import unescape

from bot.asking import Asked
from bot.journal import Stats, Unanswered
from bot.render import (
    MESSAGE_LIMIT,
    example_questions,
    render_answer,
    render_context,
    render_plain,
    render_stats,
    render_unanswered,
    reply_for,
)
from index.domain import Answer, Passage
from tests.support.fakes import CHUNKS, CITATION, GUIDE, FakeAnswerService

TAG = re.compile(r"</?(b|i|blockquote)>")


def _answer(text: str, quote: str, section: str = "Бөлім") -> Answer:
    passage = Passage(
        "x", text, quote, section, ("Жетісу",), ("1918-02-16",), "1918-02-16",
        ("1918-02-16",), ("Жетісу",), 1,
    )  # fmt: skip
    return Answer("q", "kk", True, (passage,), CITATION)


def _balanced(html: str) -> bool:
    stack: list[str] = []
    for match in re.finditer(r"<(/?)(\w+)[^>]*>", html):
        closing, name = match.groups()
        if closing:
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append(name)
    return not stack


def test_answer_has_bold_quote_meta_section_and_source() -> None:
    answer = FakeAnswerService().answer("Верный")
    html = render_answer(answer, 0, "kk", GUIDE)
    assert "<blockquote>Бірінші сөйлем. <b>Верныйда Совет өкіметі 1918 жылы 3 наурызда" in html
    assert "📍 Жетісу · 📅 1918 жылғы 3 наурыз" in html
    assert "Қазақстан октябрьдегі" in html
    assert CITATION.replace("«", "«") in unescape(html)


def test_russian_date_line() -> None:
    html = render_answer(FakeAnswerService().answer("Верный"), 0, "ru", GUIDE)
    assert "📍 Семиречье · 📅 3 марта 1918 г." in html
    assert "Раздел:" in html


def test_user_and_source_text_is_escaped() -> None:
    answer = FakeAnswerService().answer("Алаш")
    html = render_answer(answer, 0, "kk", GUIDE, question="<b>бұзық</b> & <script>")
    assert "&lt;шешім&gt;" in html
    assert "&lt;b&gt;бұзық&lt;/b&gt; &amp; &lt;script&gt;" in html
    assert _balanced(html)


def test_long_passage_is_cut_at_a_sentence_and_fits() -> None:
    sentences = [f"Сөйлем {i} <тег> & тағы бірдеңе бар мұнда." for i in range(400)]
    text = " ".join(sentences)
    quote = sentences[200]
    html = render_answer(_answer(text, quote), 0, "kk", GUIDE)
    assert len(html) <= MESSAGE_LIMIT
    assert _balanced(html)
    assert "<b>Сөйлем 200 &lt;тег&gt; &amp; тағы бірдеңе бар мұнда.</b>" in html
    body = html.split("<blockquote>")[1].split("</blockquote>")[0]
    assert body.startswith("… Сөйлем ") and body.endswith("мұнда. …")
    assert not re.search(r"&[a-z]*$", body.split(" …")[0])  # no entity cut in half


def test_huge_single_sentence_never_splits_a_tag_or_entity() -> None:
    text = "<&> " * 3000 + "соңы."
    html = render_answer(_answer(text, "соңы."), 0, "kk", GUIDE, question="? " * 10)
    assert len(html) <= MESSAGE_LIMIT
    assert _balanced(html)
    assert not re.search(r"&[a-z]{0,3}\s…", html)


def test_huge_section_and_question_still_fit() -> None:
    html = render_answer(_answer("Қысқа. Мәтін.", "Мәтін."), 0, "ru", GUIDE, question="а" * 1000)
    assert len(html) <= MESSAGE_LIMIT


def test_context_and_plain_text() -> None:
    html = render_context(CHUNKS[0], CHUNKS[2], "ru")
    assert html.count("<blockquote>") == 2 and _balanced(html)
    plain = render_plain(FakeAnswerService().answer("Верный"), 0, "ru", GUIDE)
    assert "**Верныйда Совет өкіметі 1918 жылы 3 наурызда орнады**." in plain
    assert "<" not in plain


def test_example_questions_are_real_questions_in_each_language() -> None:
    assert example_questions(GUIDE, "kk") == [
        "Жетісуда Совет өкіметі қашан орнады?",
        "Ақмолада Совет өкіметі қашан орнады?",
    ]
    assert example_questions(GUIDE, "ru") == [
        "Когда в Семиречье установилась советская власть?",
        "Когда в Акмолинске установилась советская власть?",
    ]


def test_reply_for_a_problem_is_a_short_escaped_explanation() -> None:
    reply = reply_for(Asked(lang="ru", problem="too_long"), GUIDE)
    assert reply.markup is None and "500" in reply.text


def test_reply_for_an_answer_quotes_it_with_buttons() -> None:
    answer = FakeAnswerService().answer("Верный")
    reply = reply_for(Asked(lang="ru", answer=answer, question_id=12), GUIDE)
    assert "<b>Верныйда Совет өкіметі" in reply.text and "Семиречье" in reply.text
    data = [b.callback_data for row in reply.markup.inline_keyboard for b in row]
    assert "n:12:1" in data and all(d.endswith(("0", "1")) for d in data)


def test_reply_for_a_refusal_says_so_and_offers_what_the_text_covers() -> None:
    answer = FakeAnswerService().answer("Париж?")
    reply = reply_for(Asked(lang="ru", answer=answer, question_id=3), GUIDE)
    assert reply.markup is None
    assert "К сожалению, в тексте нет ответа" in reply.text
    assert "Семиречье, Оренбург, Акмолинск" in reply.text
    assert reply.text.count("• ") == len(GUIDE.examples)


def test_a_rewritten_follow_up_is_shown_above_the_passage() -> None:
    answer = FakeAnswerService().answer("Верный")
    asked = Asked(lang="kk", answer=answer, question_id=5, understood="Верныйда <не> болды?")
    reply = reply_for(asked, GUIDE)
    assert reply.text.startswith("❓ <b>Верныйда &lt;не&gt; болды?</b>\n<blockquote>")
    plain = reply_for(Asked(lang="kk", answer=answer, question_id=5), GUIDE)
    assert plain.text.startswith("<blockquote>")


def test_unanswered_list() -> None:
    at = datetime(2026, 11, 26, 9, 5)
    questions = [Unanswered("Париж?", at, True), Unanswered("Семей " * 100, at, False)]
    reply = render_unanswered(questions, "ru")
    title, first, second = reply.split("\n")
    assert title == "Последние вопросы без ответа или с 👎:"
    assert first == "2026-11-26 09:05 ❌ Париж?"
    assert second.startswith("2026-11-26 09:05 👎 Семей") and second.endswith("…")
    assert len(second) < 200
    assert render_unanswered([], "kk") == "Жауапсыз сұрақ жоқ."


def test_small_talk_reply_says_what_the_bot_does_and_offers_questions() -> None:
    reply = reply_for(Asked(lang="kk", small_talk="greeting"), GUIDE)
    assert reply.text.startswith("Сәлеметсіз бе!") and "не болды" not in reply.text
    assert "Жетісуда Совет өкіметі қашан орнады?" in reply.text
    assert "нет ответа" not in reply_for(Asked(lang="ru", small_talk="identity"), GUIDE).text


def test_stats_name_regions_for_the_reader() -> None:
    stats = Stats(3, 2, {"kk": 2, "ru": 1}, [("Жетісу", 2), ("Ақмола", 1)], 1, 0)
    build = FakeAnswerService().build_info
    ru = render_stats(stats, build, GUIDE, "ru")
    assert "Семиречье (2), Акмолинск (1)" in ru and "kk: 2, ru: 1" in ru
    assert "Жетісу (2), Ақмола (1)" in render_stats(stats, build, GUIDE, "kk")
