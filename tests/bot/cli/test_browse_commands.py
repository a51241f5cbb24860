"""`tarikh timeline` and `tarikh chart`."""

from __future__ import annotations

from bot import cli


def test_timeline_of_a_region_and_a_month(env, capsys):
    assert cli.main(["timeline", "--region", "Павлодар", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ноябрь 1917 г.\n")
    assert "  19 января 1918 г. — 19 январьда қалада өкімет Советтің қолына көшті." in out
    assert "[установление советской власти; Павлодар]" in out

    assert cli.main(["timeline", "--month", "02.1918"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1918 жылғы ақпан\n") and "1918 жылғы 16 ақпан" in out
    assert "қаңтар" not in out and "наурыз" not in out
    assert out.rstrip().endswith("events") and "4 of " in out


def test_timeline_refuses_unknown_places_and_months(env, capsys):
    assert cli.main(["timeline", "--region", "Париж"]) == 2
    assert "unknown place" in capsys.readouterr().err
    assert cli.main(["timeline", "--month", "тринадцатый"]) == 2
    assert "not a month" in capsys.readouterr().err


def test_chart_writes_a_png(env, tmp_path, capsys):
    out = tmp_path / "chart.png"
    assert cli.main(["chart", "--out", str(out), "--lang", "ru"]) == 0
    png = out.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000
    assert "20 regions" in capsys.readouterr().out
