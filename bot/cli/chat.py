"""`tarikh chat`: the bot in a terminal, with the same answering and rendering (plain text).

Commands: /next shows the next passage of the last answer, /lang kk|ru switches the interface,
/quit (or end of input) leaves.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

from bot.asking import MAX_QUESTION_CHARS, input_problem
from bot.composition import open_service
from bot.config import Settings
from bot.render import example_questions, render_plain
from bot.strings import DEFAULT_LANG, LANGS, text
from index.text.questions import small_talk

if TYPE_CHECKING:
    from index.domain import Answer, Guide
    from index.service import AnswerService


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser("chat", help="talk to the bot in this terminal")
    parser.add_argument("--lang", choices=list(LANGS), help="interface language")
    parser.set_defaults(handler=chat)


def chat(args: argparse.Namespace, settings: Settings) -> int:
    run_chat(open_service(settings)[0], lang=args.lang)
    return 0


def run_chat(
    service: AnswerService,
    lang: str | None = None,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> None:
    """Answer questions typed line by line until /quit or end of input."""
    ui = lang or DEFAULT_LANG
    guide = service.guide
    regions = ", ".join(guide.covered(ui))
    print(
        text(ui, "greeting", name=text(ui, "reader"), citation=guide.citation, regions=regions),
        file=stdout,
    )
    for question in example_questions(guide, ui):
        print(f"• {question}", file=stdout)
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
                print(render_plain(last, shown, ui, guide), file=stdout)
        elif (problem := input_problem(line)) is not None:
            print(text(ui, problem, limit=MAX_QUESTION_CHARS), file=stdout)
        elif (talk := small_talk(line)) is not None:
            ui = lang or talk.lang or ui
            examples = "\n".join(f"• {q}" for q in example_questions(guide, ui))
            print(f"{text(ui, f'small_talk_{talk.kind}')}\n{examples}", file=stdout)
        else:
            answer = service.answer(line.strip())
            ui = lang or answer.lang
            last, shown = (answer, 0) if answer.answered and answer.results else (None, 0)
            print(plain_reply(guide, answer, ui), file=stdout)
        print(file=stdout)


def plain_reply(guide: Guide, answer: Answer, lang: str) -> str:
    """The first passage of an answer as plain text, or 'the text does not answer this'."""
    if answer.answered and answer.results:
        return render_plain(answer, 0, lang, guide)
    return text(lang, "not_found", regions=", ".join(guide.covered(lang)))


def _lines(stdin: TextIO, stdout: TextIO) -> Iterator[str]:
    """Prompt and read until end of input."""
    while True:
        print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            return
        yield line.rstrip("\n")
