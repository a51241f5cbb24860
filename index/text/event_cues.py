"""What one sentence of the article narrates: the kind of event, and where in it to look for
the event's places and date. Kazakh patterns over word stems, so any case ending matches.

Kinds, in priority order (a sentence holding several cues takes the first):

* ``soviet_power``: Soviet power established, in a finite (done) form only: «Совет өкіметі …
  орнады / орнатылды / жеңді / салтанат құрды», «өкіметті өз қолына алды», «өкімет … қолына
  көшті», the Provisional Government («Уақытша үкімет») overthrown, arrested or its organ
  dissolved, a town «азат етті». A decision or wish to establish it («орнату туралы шешім»,
  «алуды ұйғарды», «орнатуды жақтайтынын») is not the establishment.
* ``counter_revolution``: a revolt, coup or wrecking («бүлік», «төңкеріс», «дүмпу», «ақ террор»,
  «бүліншілік»), or a counter-revolutionary actor («контрреволюция», «ақ гвардия», «атаман»,
  «Дутов», «Алашорда»…) doing something («басып алды», «тұтқындады», «құрды», «орнатты»…).
  Fighting them or acting despite them («Дутовқа қарсы», «Ақ террорға … қарамай») is not
  their act.
* ``uprising``: «көтеріліс», but not its course, eve, preparation or a resolution on it.
* ``congress``: a congress as actor or object («съезі … өтті», «съезд өткізді», «съезін
  шақырды»); a congress named only as a place or time («2-съезінде қабылданған») is not one.
* ``decree``: «декрет», «бұйрық», «қаулы», «заң».

Cues are read outside «quotations» (a quoted slogan, title or report is not what the sentence
narrates) and outside news heard from elsewhere. The kind's cue marks its clauses: Kazakh chains
clauses with converbs («талқандап, … азат етті»), so a comma after a «-п» converb, a concessive
«-ғанмен» («жеңгенмен …») and a semicolon end one. The caller reads the event's places and own
date in those clauses: «16 январьда Қарғалы … талқандап, 18 январьда Орынборды … азат етті» is
the liberation of Orenburg on 18 January, not of Kargaly on the 16th.

Spans whose places are not where the event happened:

* heard: news from elsewhere that the actor acted upon («Петроградта … жеңуі … туралы хабардар
  болысымен», «Ташкентте … көшкені туралы хабарды естіген»), from its clause start, and
  places that only mark the time («Павлодар мен Семейден кейін Совет өкіметі … басқа уездік
  орталықтарында орнатылды»);
* excepted: a bracketed exception («(Орал мен оның аудандарынан басқа)», «(Орал облысынан
  өзгесі)»).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

SOVIET_POWER = "soviet_power"
COUNTER_REVOLUTION = "counter_revolution"
UPRISING = "uprising"
CONGRESS = "congress"
DECREE = "decree"
OTHER = "other"
KINDS = (SOVIET_POWER, COUNTER_REVOLUTION, UPRISING, CONGRESS, DECREE, OTHER)

Span = tuple[int, int]

_L = r"[^\W\d_]"
_W = rf"(?<!{_L})"  # word start
_E = rf"(?!{_L})"  # word end


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_SOVIET_POWER = (
    _rx(
        rf"{_W}совет\s+өкімет{_L}*.*?{_W}(?:орнады|орнатылды|орнатылғанын|жеңді|жеңгенмен"
        rf"|жеңіске\s+жетті|салтанат\s+құрды){_E}"
    ),
    _rx(rf"{_W}өкімет{_L}*(?:\s+\S+){{0,16}}?\s+қол(?:ына|дарына)\s+(?:көшті|алды|өтті){_E}"),
    _rx(
        rf"{_W}уақытша\s+үкімет{_L}*(?:\s+\S+){{0,6}}?\s+(?:құлатты|құлатылды|құлатылып"
        rf"|тұтқындалды|таратып|таратты|таратылды){_E}"
    ),
    _rx(rf"{_W}азат\s+(?:етті|етілді|болды){_E}"),
)
_COUNTER_ACTOR = r"контррев|ақ\s*гвардия|ақ\s+казак|атаман|дутов|антисовет|алашорд"
_COUNTER_DEED = r"бүлі[кг]|бүлін|төңкеріс|дүмпу|ақ\s+террор"
_COUNTER_ACTS = (
    _rx(rf"{_W}(?:{_COUNTER_DEED})"),
    _rx(
        rf"{_W}(?:{_COUNTER_ACTOR})(?=.*{_W}(?:басып\s+ал|тұтқында|тұтқынға|қоршап|өлтір"
        rf"|құр(?:ды|ылды|ылып){_E}|орнатты{_E}))"
    ),
)
# Whom others fight or act despite: «Дутовқа қарсы», «Ақ террорға … қарамай».
_AGAINST = _rx(
    rf"{_W}(?:{_COUNTER_ACTOR}|{_COUNTER_DEED}){_L}*\.?(?:\s+қарсы"
    rf"|(?:\s+\S+){{0,12}}?\s+қарама(?:й|стан)){_E}"
)
_UPRISING = _rx(rf"{_W}көтеріліс")
# An uprising's course, eve, preparation or a resolution on it is not an uprising.
_NOT_UPRISING = _rx(rf"{_W}көтеріліс(?:ті)?\s+(?:жасау|бағыт|туралы|қарсаңы|әзірле|дайында){_L}*")
_CONGRESS = _rx(rf"{_W}\d*-?съез(?!{_L}*(?:інде|іне|інің|інен){_E})")
_DECREE = _rx(rf"{_W}(?:декрет|бұйрық|қаулы|заң(?:ы|ын|ына|дар{_L}*)?{_E})")

_CUES: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = (
    (SOVIET_POWER, _SOVIET_POWER),
    (COUNTER_REVOLUTION, _COUNTER_ACTS),
    (UPRISING, (_UPRISING,)),
    (CONGRESS, (_CONGRESS,)),
    (DECREE, (_DECREE,)),
)

# Clause ends: a converb in -п before a comma, a concessive -ғанмен, a semicolon.
_CLAUSE_END = _rx(r"(?<=[аәеоөұүыіуэюя]п),|(?<=(?:ған|ген|қан|кен)мен)(?=\s)|;")
# A paragraph carries on from the one before when it opens with a linking word («Бірақ съезд
# шешімдерін…») or points back to a place («…түні қалада өкіметті басып алып»).
_OPENS_LINKED = _rx(
    rf"(?:бірақ|алайда|сөйтіп|сонымен|осылайша|сондықтан|ол|олар|оның|бұл|бұдан|мұнда|онда"
    rf"|сол|осы|осындай|сондай){_E}"
)
_POINTS_BACK = _rx(rf"{_W}(?:қала(?:да|дан|ны|ға|ның|сы)|онда|мұнда|осында){_E}")
_HEARD = _rx(rf"{_W}туралы\s+хабар(?:ды|дар){_E}")
# Names joined by «мен/және» or commas, the last in the ablative, then «кейін/соң» (after).
_NAME = r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*"
_AFTER = re.compile(
    rf"{_W}{_NAME}(?:\s*(?:,|мен|пен|бен|және)\s*{_NAME})*(?:[дтн][ае]н)\s+(?:кейін|соң){_E}"
)
_EXCEPTED = _rx(rf"\([^()]*{_W}(?:басқа|өзгесі)\)")


@dataclass(frozen=True)
class Reading:
    kind: str
    clauses: tuple[Span, ...]  # where the kind's cue stands; empty for OTHER
    heard: tuple[Span, ...]
    excepted: tuple[Span, ...]


def read_sentence(sentence: str) -> Reading:
    """The kind of one sentence, the clauses that carry it, and spans of other places."""
    clauses = split_clauses(sentence)
    heard = tuple(
        (max((a for a, _ in clauses if a <= m.start()), default=0), m.end())
        for m in _HEARD.finditer(sentence)
    ) + tuple(m.span() for m in _AFTER.finditer(sentence))
    excepted = tuple(m.span() for m in _EXCEPTED.finditer(sentence))
    text = blank(mask_quotes(sentence), heard)
    for pattern in (_AGAINST, _NOT_UPRISING):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    for kind, patterns in _CUES:
        found = tuple(c for c in clauses if any(p.search(text, *c) for p in patterns))
        if found:
            return Reading(kind, found, heard, excepted)
    return Reading(OTHER, (), heard, excepted)


def links_back(sentence: str) -> bool:
    """The sentence refers to what came before: a linking first word, or «қалада», «онда»…"""
    return bool(_OPENS_LINKED.match(sentence) or _POINTS_BACK.search(sentence))


def split_clauses(sentence: str) -> list[Span]:
    """Clause spans covering the sentence, end to end."""
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence)]
    starts = [0, *ends]
    return list(zip(starts, [*ends, len(sentence)], strict=True))


def mask_quotes(text: str) -> str:
    """Blank what stands inside «quotes» (nested ones too), keeping offsets. A «…» left open runs
    to the end; a » before any « closes a quote begun in an earlier sentence."""
    out = list(text)
    begin = text.find("»") + 1
    if begin and "«" not in text[:begin]:
        out[:begin] = " " * begin
    else:
        begin = 0
    depth = 0
    for i in range(begin, len(text)):
        if text[i] == "»" and depth:
            depth -= 1
        if depth:
            out[i] = " "
        if text[i] == "«":
            depth += 1
    return "".join(out)


def blank(text: str, spans: Iterable[Span]) -> str:
    """Text with the spans replaced by spaces: offsets and word boundaries stay."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
