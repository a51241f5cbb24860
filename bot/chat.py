"""`tarikh chat`: the bot in a terminal, with the same answering and rendering (plain text).

Commands: /next shows the next passage of the last answer, /lang kk|ru switches the interface,
/quit (or end of input) leaves.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

from bot.answering import MAX_QUESTION_CHARS, input_problem
from bot.render import example_question, render_plain
from bot.strings import DEFAULT_LANG, LANGS, text

if TYPE_CHECKING:
    from index.domain import Answer
    from index.service import AnswerService


def run_chat(
    service: AnswerService,
    lang: str | None = None,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> None:
    """Answer questions typed line by line until /quit or end of input."""
    ui = lang or DEFAULT_LANG
    regions = ", ".join(service.covered_regions(ui)[:8])
    print(
        text(ui, "greeting", name=text(ui, "reader"), citation=service.citation, regions=regions),
        file=stdout,
    )
    for chunk in service.examples(3):
        print(f"• {example_question(chunk, ui, service.region_label)}", file=stdout)
    last: Answer | None = None
    shown = 0
    for line in _lines(stdin, stdout):
        command, _, argument = line.partition(" ")
        if command == "/quit":
            return
        if command == "/lang" and argument.strip() in LANGS:
            lang = ui = argument.strip()
            print(text(ui, "lang_set"), file=stdout)
        elif command == "/next":
            if last is None or shown + 1 >= len(last.results):
                print(text(ui, "no_more"), file=stdout)
            else:
                shown += 1
                print(render_plain(last, shown, ui, service.region_label), file=stdout)
        elif (problem := input_problem(line)) is not None:
            print(text(ui, problem, limit=MAX_QUESTION_CHARS), file=stdout)
        else:
            answer = service.answer(line.strip())
            ui = lang or answer.lang
            last, shown = (answer, 0) if answer.answered and answer.results else (None, 0)
            print(plain_reply(service, answer, ui), file=stdout)
        print(file=stdout)


def plain_reply(service: AnswerService, answer: Answer, lang: str) -> str:
    """The first passage of an answer as plain text, or 'the text does not answer this'."""
    if answer.answered and answer.results:
        return render_plain(answer, 0, lang, service.region_label)
    return text(lang, "not_found", regions=", ".join(service.covered_regions(lang)[:8]))


def _lines(stdin: TextIO, stdout: TextIO) -> Iterator[str]:
    """Prompt and read until end of input."""
    while True:
        print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            return
        yield line.rstrip("\n")
