"""`tarikh db upgrade` and `tarikh docs list/add`, against both database backends."""

from __future__ import annotations

import json

import pytest

from bot import cli
from bot.config import get_settings
from bot.migrate import ALL_MIGRATIONS
from tests.support.schema import head


@pytest.fixture
def database(monkeypatch, empty_database_url, data_dir):
    monkeypatch.setenv("DATABASE_URL", empty_database_url)
    monkeypatch.setenv("DATA_DIR", str(data_dir))
    get_settings.cache_clear()
    yield empty_database_url
    get_settings.cache_clear()


def test_db_upgrade_is_idempotent_and_prints_the_revisions(database, capsys):
    assert cli.main(["db", "upgrade"]) == 0
    first = capsys.readouterr().out
    for environment in ALL_MIGRATIONS:
        assert f"{environment.version_table}: {head(environment)} (upgraded from nothing)" in first
    assert cli.main(["db", "upgrade"]) == 0
    second = capsys.readouterr().out
    for environment in ALL_MIGRATIONS:
        assert f"{environment.version_table}: {head(environment)} (up to date)" in second


def test_docs_list_shows_the_seeded_article_and_added_versions(database, tmp_path, capsys):
    assert cli.main(["docs", "list"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["id", "name", "ver"]
    assert table[1].split()[1:3] == ["oktyabr-kazakhstan.kk.txt", "1"]
    assert table[1].split()[-1] == "yes" and "seed" in table[1]

    upload = tmp_path / "oktyabr-kazakhstan.kk.txt"
    upload.write_text("Басқа мәтін.", encoding="utf-8")
    assert cli.main(["docs", "add", str(upload)]) == 0
    assert "new version" in capsys.readouterr().out
    assert cli.main(["docs", "add", str(upload)]) == 0
    assert "already present" in capsys.readouterr().out
    upload.write_bytes(b"\xff\xfe")
    assert cli.main(["docs", "add", str(upload)]) == 2
    assert "not_utf8" in capsys.readouterr().err

    assert cli.main(["docs", "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["name"], r["version"], r["enabled"]) for r in rows] == [
        ("oktyabr-kazakhstan.kk.txt", 1, True),
        ("oktyabr-kazakhstan.kk.txt", 2, True),
    ]
    assert rows[1]["size"] == len("Басқа мәтін.".encode()) and len(rows[1]["sha256"]) == 64


def test_help_lists_the_db_and_docs_commands(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "db" in out and "docs" in out
