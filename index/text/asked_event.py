"""What kind of event a question asks about, in the article's own kinds (`event_cues`):
«Совет өкіметі қашан орнады?» and «Когда установилась советская власть?» ask when Soviet
power was established; «съезд» asks about a congress. The answer ranking then prefers the
sentences that narrate an event of that kind.
"""

from __future__ import annotations

import re

from index.text.event_cues import (
    CONGRESS,
    COUNTER_REVOLUTION,
    DECREE,
    OTHER,
    SOVIET_POWER,
    UPRISING,
    read_sentence,
)

_L = r"[^\W\d_]"
# Russian questions name the same events in Russian; checked in this order. Soviet power
# overthrown («свергнута советская власть») is the counter-revolution's act.
_RUSSIAN = (
    (
        COUNTER_REVOLUTION,
        r"(?<!\w)(?:сверг|сверж|пала|падени)\w*\s+(?:\w+\s+){0,2}?(?:советск\w*\s+власт|власт\w*\s+совет)"
        r"|(?<!\w)советск\w*\s+власт\w*\s+(?:\w+\s+){0,2}?(?:сверг|сверж|пала)",
    ),
    (
        SOVIET_POWER,
        r"(?:установ|провозгла|утверд|побед|взял|взят)\w*\s+(?:\w+\s+){0,3}?власт"
        r"|власт\w*\s+(?:\w+\s+){0,4}?(?:установ|перешл|перешла|перешли|побед|взят|провозгла)"
        r"|советск\w*\s+власт"
        # The article tells a town's liberation from the Whites as Soviet power («азат етті»),
        # and the Provisional Government's overthrow too («Уақытша үкімет … құлатылды»).
        r"|освобо[дж]|(?<!\w)(?:сверг|сверж)\w*\s+(?:\w+\s+)?временн",
    ),
    (COUNTER_REVOLUTION, r"мятеж|переворот|контррев|белогвард|белоказа|атаман|дутов"),
    (UPRISING, r"восста|повста"),
    (CONGRESS, r"съезд"),
    (DECREE, r"декрет|приказ|постановлен|закон"),
)
_RUSSIAN_RES = tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in _RUSSIAN)
# A Kazakh question may name Soviet power without a finite verb: «Перовск Совет өкіметі».
# …or say that power changed hands in today's words: «билік ауысты», «билік Советке өтті».
_KAZAKH_SOVIET_POWER = re.compile(
    rf"(?<!{_L})(?:совет\s+өкімет|кеңес\s+өкімет|(?:билік|өкімет){_L}*\s+(?:{_L}+\s+){{0,3}}?"
    rf"(?:ауыс|көш|өт)(?:ты|ті|кен|қан|ған|ген))",
    re.IGNORECASE,
)


# A decision to establish Soviet power («съезд, постановивший установить советскую власть»,
# «принял решение об установлении») is the congress's or the decree's act, not the
# establishment, as in the Kazakh text («орнату туралы шешім»).
_RUSSIAN_DECIDED = re.compile(
    r"(?:постанов|решени|решил|решив|призв|призыв|требова|предлож)\w*\s+(?:\w+\s+){0,2}?установ",
    re.IGNORECASE,
)


# An event after which something is asked about dates the question, it is not what is asked:
# «Какой орган получил власть после восстания?», «көтерілістен кейін билік кімге көшті?».
_AFTER = re.compile(
    rf"(?<!{_L})после\s+(?:{_L}+\s+){{0,2}}{_L}+|{_L}+(?:[дтн][аеы]н)\s+кейін(?!{_L})",
    re.IGNORECASE,
)


def asked_event(question: str, lang: str) -> str | None:
    """The event kind a question asks about, or None when it names no event."""
    question = _AFTER.sub(" ", question)
    if lang == "ru":
        decided = _RUSSIAN_DECIDED.search(question) is not None
        return next(
            (
                kind
                for kind, rx in _RUSSIAN_RES
                if rx.search(question) and not (decided and kind == SOVIET_POWER)
            ),
            None,
        )
    kind = read_sentence(question).kind
    if kind != OTHER:
        return kind
    return SOVIET_POWER if _KAZAKH_SOVIET_POWER.search(question) else None
