from __future__ import annotations

import json

import pytest

from bot import cli
from bot.config import get_settings


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("index", "ask", "search", "eval", "bench", "chat", "run"):
        assert command in out


def test_index_build_prints_a_summary_and_show_lists_passages(env, capsys):
    assert cli.main(["index", "build"]) == 0
    out = capsys.readouterr().out
    assert "passages:" in out and "duplicates merged:" in out and "sections:" in out

    assert cli.main(["index", "build", "--if-missing"]) == 0
    assert "nothing to do" in capsys.readouterr().out

    assert cli.main(["index", "show", "--region", "Семипалатинск", "--limit", "2"]) == 0
    shown = capsys.readouterr().out
    assert "Семей" in shown and "2 of" in shown


def test_search_json_shape(env, capsys):
    assert (
        cli.main(["search", "Когда в Петрограде был взят Зимний дворец?", "-k", "3", "--json"]) == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"question", "lang", "answered", "results"}
    assert result["lang"] == "ru" and isinstance(result["answered"], bool)
    assert 1 <= len(result["results"]) <= 3
    first = result["results"][0]
    assert set(first) == {
        *("chunk_id", "text", "quote", "section", "regions", "dates", "score"),
        *("date", "answer_dates", "answer_regions"),
    }
    assert first["quote"] in first["text"]
    assert all(isinstance(d, str) for d in first["dates"] + first["answer_dates"])
    assert first["date"] is None or first["date"] in first["dates"]
    assert len(first["answer_regions"]) <= 3


def test_search_batch_writes_one_object_per_line_with_id(env, tmp_path, capsys):
    batch = tmp_path / "q.jsonl"
    batch.write_text(
        '{"id": "a", "question": "Семейде Совет өкіметі қашан орнады?"}\n\n'
        '{"id": "b", "question": "Какая столица Франции?"}\n',
        encoding="utf-8",
    )
    assert cli.main(["search", "--batch", str(batch), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert [line["lang"] for line in lines] == ["kk", "ru"]


def test_search_refuses_bad_arguments(env, capsys):
    assert cli.main(["search", "--json"]) == 2
    assert cli.main(["search", "q", "-k", "0", "--json"]) == 2


def test_run_webhook_needs_a_url_and_the_secret(env, monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    get_settings.cache_clear()
    assert cli.main(["run", "--webhook"]) == 2
    assert "WEBHOOK_URL" in capsys.readouterr().err
    monkeypatch.setenv("WEBHOOK_URL", "https://example.org/telegram/hook")
    get_settings.cache_clear()
    assert cli.main(["run", "--webhook"]) == 2
    assert "WEBHOOK_SECRET is not set" in capsys.readouterr().err
