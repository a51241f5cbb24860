"""Place names in Kazakh and Russian text, mapped to canonical Kazakh region names.

``data/gazetteer.json`` is a list of entries::

    {"name": "Семей",               # canonical Kazakh name, as the 1979 article writes it
     "ru_name": "Семипалатинск",    # optional: the name shown to Russian readers (default: name)
     "oblast": "Семей облысы",      # oblast/area of 1917-1918 ("Ресей", "Шетел" outside)
     "kind": "city",                # city | region | river | station | mine | plant | village...
     "kk": ["Семей"],               # Kazakh stems, inflected with Kazakh suffixes
     "ru": ["семипалатинск"],       # Russian stems, inflected with Russian endings
     "aliases": ["Семипалатинск"],  # other historical/modern names, either suffix set
     "exclude_next": ["жол"]}       # optional: next words that veto a match ("Темір жол")

Matching works on words, never raw substrings: a word matches a stem when it starts with it
and the rest is a valid suffix chain (Kazakh: "Семей|дің", "Петропавл|дық|тар|ға", "Перовск|і|де";
Russian: "Семипалатинск|ого", "оренбург|ск|их"). A stem may span several words
("Батыс Сібір", "западн сибир"), every word inflecting. Case is part of the data: a stem
written with a capital matches only a capitalised word, or a name of several words with one
capital among them («батыс Сібір»), so "Орал" is not "оралу", "to return", nor Russian
"семей", "of families"; a lower-case stem matches any case ("оренбургских").
Longest stems win ("Оңтүстік Орал" is the Southern Urals, not Уральск).

A question typed in lower case («семейде») gets its capitals back from
``index.text.restorer.KazakhRestorer``, which learns them from `kazakh_names` and the article.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from index.text.words import WORD

_KK_MORPHS = (  # one table string: the list literal would run to 60 lines
    "да де та те нда нде дың дің тың тің ның нің ға ге қа ке на не ны ні ды ді ты ті ын ін"
    " сын сін дан ден тан тен нан нен мен бен пен ымен імен ы і сы сі лар лер дар дер тар"
    " тер лық лік дық дік тық тік ғы гі қы кі ша ше"
)
_KK = re.compile("(?:" + "|".join(sorted(_KK_MORPHS.split(), key=len, reverse=True)) + "){0,4}")
_RU_ENDINGS = (
    "а у е о ом ой ий ый ая ое ого его ому ему им ым ых их ими ыми ую ие ые ей ам ами ах ях ы"
    " и я ю ем ь ья ье ьи ью ьем яя юю ее"
)
_RU = re.compile(
    "(?:(?:ен|ин|н)?ск)?(?:" + "|".join(sorted(_RU_ENDINGS.split(), key=len, reverse=True)) + ")?"
)
# Oblast values of places beyond the Kazakh oblasts: Tashkent and Fergana stand for Turkestan.
_OUTSIDE = frozenset({"Ресей", "Шетел", "Түркістан"})
_JOIN = re.compile(r"[ \t-]+")  # words of one name: "Батыс Сібір", "Усть-Каменогорск"


@dataclass(frozen=True)
class Region:
    name: str  # canonical Kazakh name
    oblast: str
    ru_name: str  # as a Russian reader knows it


@dataclass(frozen=True)
class _Form:
    parts: tuple[str, ...]  # lower-cased words of the stem
    capital: bool  # the text word must start with a capital
    grammars: tuple[re.Pattern[str], ...]  # the rest of each word must fullmatch one of these
    name: str
    exclude_next: tuple[str, ...]


class RegionGazetteer:
    def __init__(self, entries: list[dict]) -> None:
        self._regions = {
            e["name"]: Region(e["name"], e["oblast"], e.get("ru_name", e["name"])) for e in entries
        }
        # As written, for vocabularies: a lower-case question restores its capitals from these.
        self._kazakh_names = tuple(
            dict.fromkeys(
                w for e in entries for s in (*e["kk"], *e.get("aliases", ())) for w in s.split()
            )
        )
        forms: dict[str, list[_Form]] = defaultdict(list)
        for e in entries:
            stems = [(s, (_KK,)) for s in e["kk"]] + [(s, (_RU,)) for s in e.get("ru", ())]
            stems += [(s, (_KK, _RU)) for s in e.get("aliases", ())]
            for stem, grammars in stems:
                parts = tuple(p.lower() for p in _JOIN.split(stem))
                form = _Form(
                    parts, stem[0].isupper(), grammars, e["name"], tuple(e.get("exclude_next", ()))
                )
                forms[parts[0][:3]].append(form)
        # Longest stems first, so multi-word and longer names win over their prefixes.
        self._forms = {
            k: sorted(v, key=lambda f: (len(f.parts), sum(map(len, f.parts))), reverse=True)
            for k, v in forms.items()
        }

    @classmethod
    def load(cls, path: Path) -> RegionGazetteer:
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    @property
    def kazakh_names(self) -> tuple[str, ...]:
        """Words of the Kazakh stems and aliases, capitalised as the gazetteer writes them."""
        return self._kazakh_names

    def in_kazakhstan(self, name: str) -> bool:
        """A place within the Kazakh oblasts of 1917-1918 (not Russia, Turkestan or abroad)."""
        region = self._regions.get(name)
        return region is not None and region.oblast not in _OUTSIDE

    def label(self, name: str, lang: str) -> str:
        """A canonical name as a reader of `lang` ("kk" or "ru") knows it."""
        region = self._regions.get(name)
        return region.ru_name if region is not None and lang == "ru" else name

    def find(self, text: str) -> tuple[str, ...]:
        """Canonical names mentioned in text, in order of first mention, unique."""
        return tuple(dict.fromkeys(name for name, _start, _end in self.mentions(text)))

    def mentions(self, text: str) -> tuple[tuple[str, int, int], ...]:
        """Every mention as (canonical name, start, end): where the words naming it stand."""
        words = list(WORD.finditer(text))
        found: list[tuple[str, int, int]] = []
        i = 0
        while i < len(words):
            n = self._match(text, words, i)
            if n:
                found.append((n[0], words[i].start(), words[i + n[1] - 1].end()))
                i += n[1]
            else:
                i += 1
        return tuple(found)

    def _match(self, text: str, words: list[re.Match[str]], i: int) -> tuple[str, int] | None:
        first = words[i].group()
        for form in self._forms.get(first[:3].lower(), ()):
            k = len(form.parts)
            if i + k > len(words):
                continue
            span = words[i : i + k]
            # One capital in a name of several words will do: a phone types «батыс Сібір».
            if form.capital and not any(w.group()[0].isupper() for w in span):
                continue
            if not all(_JOIN.fullmatch(text, a.end(), b.start()) for a, b in pairwise(span)):
                continue
            if not all(
                _inflects(w.group().lower(), p, form.grammars)
                for w, p in zip(span, form.parts, strict=True)
            ):
                continue
            nxt = words[i + k].group().lower() if i + k < len(words) else ""
            if form.exclude_next and nxt.startswith(form.exclude_next):
                continue
            return form.name, k
        return None


def _inflects(word: str, stem: str, grammars: tuple[re.Pattern[str], ...]) -> bool:
    return word.startswith(stem) and any(g.fullmatch(word, len(stem)) for g in grammars)
