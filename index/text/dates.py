"""Date extraction from Kazakh (and Russian) history text.

Dates come back as ISO strings at their own precision: "1918" (year), "1918-03" (month) or
"1918-03-10" (day). Conventions:

* Day+month without a year take the *carried* year: the last explicit year seen earlier in the
  text, else the ``year`` argument (the year in force at the end of the previous passage). With
  no year at all such a date is dropped: an ISO date cannot be invented.
* Old-style/new-style pairs in brackets ("25 декабрьде (1918 ж. 7 янв.)", "10 (23) октябрь",
  "24 октябрьде (6 ноябрьде)") yield both dates; a bracketed date whose month is earlier than
  the one before it rolls into the next year.
* Ranges ("18-24 март", "2-13 январьда", "16-нан 17-не қараған түні", "январь-март") yield both
  ends only, not every day between.
* A month alone ("мартта", "январьдың басында") gives month precision; it needs a year next to
  it or a carried year, and without an adjacent year only an inflected lower-case form counts
  (so "Октябрь жеңісі", the Revolution, and "майда" = "small" are not dates). Kazakh native
  month names (қазан, мамыр...) count only next to a day number or an adjacent year.
* Seasons next to a year give their three months: spring 03-05, summer 06-08, autumn 09-11,
  winter 01, 02 and 12 of that calendar year ("осенью 1917", "1917 жылдың күзінде").
* A bare year ("1918 жылы", "в 1918 году") gives "1918" only when the text has no finer date in
  that year. Four-digit numbers count as years only with a year marker (ж., жылы, г., году...),
  next to a month/season, or after a Russian preposition ("в 1918"), and only within 1800-2100.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

_L = r"[^\W\d_]"  # a letter: "\w" would also eat digits glued by OCR ("жылы15")

# (month number, regex of the word); abbreviations need their dot.
_MONTHS: tuple[tuple[int, str], ...] = (
    (1, rf"январ{_L}*|янв\.|қаңтар{_L}*"),
    (2, rf"феврал{_L}*|февр?\.|ақпан{_L}*"),
    (3, rf"март{_L}*|наурыз{_L}*"),
    (4, rf"апрел{_L}*|апр\.|сәуір{_L}*"),
    # "майдан" (front) and "майда" (small) must not become May unless next to a day/year.
    (5, rf"май(?:да|дың|дағы|ына|ында|ға|ы|ының)?(?!{_L})|ма[яе](?!{_L})|мамыр{_L}*"),
    (6, rf"июн{_L}*|маусым{_L}*"),
    (7, rf"июл{_L}*|шілде{_L}*"),
    (8, rf"август{_L}*|авг\.|тамыз{_L}*"),
    (9, rf"сентяб{_L}*|сент\.|қыркүйек{_L}*"),
    (10, rf"октяб{_L}*|окт\.|қазан{_L}*"),
    (11, rf"нояб{_L}*|ноя\.|қараша{_L}*"),
    (12, rf"декаб{_L}*|дек\.|желтоқсан{_L}*"),
)
_MONTH_RES = tuple((n, re.compile(rf"(?:{p})", re.IGNORECASE)) for n, p in _MONTHS)
_NATIVE = re.compile(
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан",
    re.IGNORECASE,
)
_SEASONS: tuple[tuple[tuple[int, ...], str], ...] = (
    ((3, 4, 5), rf"көктем{_L}*|весн{_L}*|весной"),
    ((6, 7, 8), r"жаз(?:ы|ын|ында|ына|да|дан|ға|дың|ғы)?|лет(?:ом|о|а)"),
    ((9, 10, 11), r"күз(?:і|ін|інде|іне|де|ден|ге|дің|гі)?|осен" + _L + "*"),
    ((1, 2, 12), r"қыс(?:ы|ында|ына|та|тың|қы)?|зим" + _L + "*"),
)
_SEASON_RES = tuple((m, re.compile(p, re.IGNORECASE)) for m, p in _SEASONS)

_MONTH = "|".join(p for _, p in _MONTHS)
_SEASON = "|".join(p for _, p in _SEASONS)
_YEARNUM = r"(?:18\d\d|19\d\d|20\d\d|2100)"
_YMARK = rf"(?:жж?\.|жыл{_L}*|ж(?!{_L})|гг?\.|год{_L}*|г(?!{_L}))"
# A year written after a Russian month ("феврале 1918 года"); a following "ж." is Kazakh and
# belongs to the next date.
_TRAIL = rf"\s+(?P<{{g}}>{_YEARNUM})(?!\d)(?!\s*ж)(?:\s*(?:г\.|года|году|г(?!{_L})))?"
_DAY = r"(?<![\d.,/])\d{1,2}(?!\d)"
_DAYCASE = r"(?:нан|нен|дан|ден|тан|тен|на|не|а|е|ға|ге|ы|і|сы|сі|нда|нде|ында|інде|ына|іне)"

_SCAN = re.compile(
    rf"(?<!\d)(?P<y1>{_YEARNUM})(?:\s*[-–—]\s*(?P<y2>{_YEARNUM}))?\s*{_YMARK}"
    rf"|(?<!{_L})(?:в|с|до|после|к|по|от)\s+(?P<py>{_YEARNUM})(?!\d)(?=\s*(?:[^\w\s]|$))"
    rf"|(?P<d1>{_DAY})(?:\s*\((?P<d1b>\d{{1,2}})\))?"
    rf"(?:(?:\s*[-–—]\s*|\s+(?:на|по|и|мен|және)\s+)(?P<d2>\d{{1,2}})(?:\s*\((?P<d2b>\d{{1,2}})\))?)?"
    rf"(?:\s*-\s*|\s+)(?P<dm>{_MONTH})(?:{_TRAIL.format(g='dy')})?"
    rf"|(?<!{_L})(?P<gm>(?:{_MONTH})(?<=ң))\s+(?P<g1>\d{{1,2}})-{_DAYCASE}(?!{_L})"
    rf"(?:\s+(?P<g2>\d{{1,2}})-{_DAYCASE}(?!{_L}))?"
    rf"|(?<!{_L})(?P<mm>{_MONTH})(?!{_L})(?:{_TRAIL.format(g='my')})?"
    rf"|(?<!{_L})(?P<ss>{_SEASON})(?!{_L})(?:{_TRAIL.format(g='sy')})?",
    re.IGNORECASE,
)
# A Russian year after a bracketed pair: "25 октября (7 ноября) 1917 г.".
_LATER_YEAR = re.compile(rf"\s*\([^()]{{1,40}}\)\s*(?P<y>{_YEARNUM})(?!\d)(?!\s*ж)")
# What may separate a year from the month it governs: "1917 жылы октябрьде", "январь-март".
_GAP = re.compile(r"[\s,;:()–—-]*(?:(?:мен|пен|бен|және|и|или|немесе)[\s,;:()–—-]+)?")
# Case endings that make a bare month a date ("мартта", "январьдың", "в феврале").
_CASE = re.compile(
    r"ь?(?:[ыі]?(?:да|де|та|те|нда|нде|дың|дің|тың|тің|ның|нің|ға|ге|қа|ке|на|не|дан|ден|тан"
    r"|тен|нан|нен|ына|іне|ында|інде|дағы|дегі|тағы|тегі|ндағы|ндегі|ы|і))+|[аеяю]|ем|ом",
    re.IGNORECASE,
)


_STEM = re.compile(
    r"^(?:январ|феврал|март|апрел|ма(?=[яе]$)|май|июн|июл|август|сентяб|октяб|нояб|декаб)(?:рь|ь|р)?"
)


def _month_of(word: str) -> int:
    return next(n for n, rx in _MONTH_RES if rx.fullmatch(word))


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _day(y: int, m: int, d: int) -> str | None:
    return f"{y:04d}-{m:02d}-{d:02d}" if _valid(y, m, d) else None


def _bare_month_ok(text: str, word: str, end: int) -> bool:
    """An unanchored month word is a date only in an inflected lower-case form, or "Март айы"."""
    if _NATIVE.match(word):
        return False
    if re.match(r"\s+ай", text[end:]):
        return True
    if word[0].isupper() or word.lower() in ("май", "майда"):
        return False
    rest = _STEM.sub("", word.lower())
    return _CASE.fullmatch(rest) is not None


def _scan(text: str, year: int | None) -> tuple[set[str], set[int], int | None]:
    """Walk the text left to right, carrying the year; return (dates, bare years, last year)."""
    found: set[str] = set()
    bare: set[int] = set()
    cur = year
    anchor = -1  # end of the last atom that stated (or was tied to) an explicit year
    prev_month = 0  # month of the last day-date, for old/new-style bracket roll-over

    def adjacent(start: int) -> bool:
        return anchor >= 0 and _GAP.fullmatch(text, anchor, start) is not None

    for m in _SCAN.finditer(text):
        g = m.groupdict()
        if g["y1"] or g["py"]:
            ys = [int(y) for y in (g["y1"] or g["py"], g["y2"]) if y]
            bare.update(ys)
            cur, anchor = ys[-1], m.end()
        elif g["dm"]:
            later = _LATER_YEAR.match(text, m.end())
            y = int(g["dy"] or (later and later["y"]) or 0) or cur
            if y is None:
                continue
            mon = _month_of(g["dm"])
            bracketed = text[: m.start()].rstrip().endswith("(")
            if bracketed and not g["dy"] and mon < prev_month:
                y += 1
            for d, alt in ((g["d1"], g["d1b"]), (g["d2"], g["d2b"])):
                if d:
                    found.add(_day(y, mon, int(d)) or "")
                if d and alt:  # "10 (23) октябрь": a smaller new-style day is next month
                    ny, nm = (y, mon + 1) if int(alt) < int(d) else (y, mon)
                    ny, nm = (ny + 1, 1) if nm == 13 else (ny, nm)
                    found.add(_day(ny, nm, int(alt)) or "")
            prev_month, anchor = mon, m.end()
            if g["dy"] or later:
                cur = y
        elif g["gm"]:
            if cur is None:
                continue
            mon = _month_of(g["gm"])
            found.update(_day(cur, mon, int(d)) or "" for d in (g["g1"], g["g2"]) if d)
            prev_month = mon
        elif g["mm"]:
            if _NATIVE.match(g["mm"]) and g["mm"][0].isupper():
                continue  # "1918 жылы Қазанда": Kazan the city, not October
            tied = bool(g["my"]) or adjacent(m.start())
            y = int(g["my"]) if g["my"] else cur
            if y is None or not (tied or _bare_month_ok(text, g["mm"], m.end())):
                continue
            found.add(f"{y:04d}-{_month_of(g['mm']):02d}")
            if tied:
                cur, anchor = y, m.end()
        elif g["ss"] and (g["sy"] or adjacent(m.start())):
            y = int(g["sy"]) if g["sy"] else cur
            assert y is not None  # adjacency implies an explicit year was seen
            months = next(ms for ms, rx in _SEASON_RES if rx.fullmatch(g["ss"]))
            found.update(f"{y:04d}-{mo:02d}" for mo in months)
            cur, anchor = y, m.end()
    found.discard("")
    return found, bare, cur


def extract_dates(text: str, year: int | None = None) -> tuple[str, ...]:
    """ISO dates mentioned in text, sorted and unique; ``year`` is the carried context year."""
    found, bare, _ = _scan(text, year)
    found.update(str(y) for y in bare if not any(d.startswith(f"{y}-") for d in found))
    return tuple(sorted(found))


def last_year(text: str, year: int | None = None) -> int | None:
    """The year in force at the end of text, to carry into the next passage."""
    return _scan(text, year)[2]


def primary_date(dates: Sequence[str]) -> str | None:
    """For display: the earliest full date, else the earliest of the most precise ones."""
    if not dates:
        return None
    best = max(len(d) for d in dates)
    return min(d for d in dates if len(d) == best)


def date_precision(date: str) -> int:
    """1 for "1918", 2 for "1918-02", 3 for "1918-02-16"."""
    return date.count("-") + 1


def date_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where dates are written, as (start, end): runs of date words that read as a date together
    («1917 жылы қазанда», «марте 1918 года», «в 1918»), adjacent pieces merged."""
    runs: list[list[int]] = []
    for m in _SCAN.finditer(text):
        if runs and _GAP.fullmatch(text, runs[-1][1], m.start()):
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(), m.end()])
    # Any carried year will do: the question is only whether the run reads as a date at all.
    return tuple((a, b) for a, b in runs if extract_dates(text[a:b], year=2000))
