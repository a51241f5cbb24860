"""Question-type cues: what kind of answer a question asks for, and whether a sentence has it.

Language-level interrogatives only («қашан/когда» asks for a date, «кім/кто» for a person,
«қанша/сколько» for a number, «қайда/где» for a place), so nothing here knows any
particular question. The quote prefers a sentence that holds the kind of thing asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.text.dates import date_precision, date_spans
from index.text.words import WORD, plain

DATE, PERSON, NUMBER, PLACE = "date", "person", "number", "place"

_W = r"(?<![^\W\d_])"  # word start: not preceded by a letter
# Nouns that ask for a count of what follows them: a number, a print run, a sum of money
# («численность гарнизона», «каким тиражом», «какая сумма»).
_COUNT_NOUNS = r"количеств\w*|численност\w*|тираж\w*|сумм[аеуы](?![^\W\d_])"
_ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        DATE,
        re.compile(
            _W + r"(?:қашан|қай\s+(?:(?:күн|жыл|кез|уақыт|түн|мерзім)\w*"
            r"|ай(?:да|ы|лар\w*)?(?![^\W\d_]))|когда"  # not «қай аймақта», which region
            r"|в\s+как(?:ой|ую|ие|ом)\s+(?:день|дни|ночь|году|месяце)"
            r"|как\w*\s+(?:срок|дат|дн[яеи])\w*|какого\s+числа|каким\s+числом"
            r"|нешінші\s+жыл|қандай\s+күн"
            r"|дат[аеуы](?![^\W\d_])|в\s+котором\s+часу|во\s+сколько|в\s+какое\s+время"
            # A short question ending in "day" or "date": «Орынбор азат етілген күн?».
            r"|(?:күн|күні|уақыты|мерзімі|число)\s*[?.!]*\s*$"
            r"|сағат\s+нешеде|қай\s+сағатта)",
            re.IGNORECASE,
        ),
    ),
    (
        PERSON,
        re.compile(
            # «Из кого состоял отряд» («кімдерден құралды») asks what it was made of:
            # soldiers and workers, rarely names.
            _W + r"(?:кім(?:дер|нің|ге|ді)?|кто|(?<!из\s)кого|кем|кому|чей|чья|чьим|чьей)"
            r"(?![^\W\d_])",
            re.IGNORECASE,
        ),
    ),
    (
        NUMBER,
        re.compile(
            # Not «1-санында», «бірінші санында»: an issue of a paper, not a count.
            # Nor «во сколько», «сағат нешеде», at what time.
            _W + r"(?:қанша|(?<!сағат\s)неше(?!нші)|(?<!во\s)сколько"
            r"|(?<!-)(?<!ші\s)(?<!шы\s)саны(?:н|нда)?(?![^\W\d_])"
            rf"|{_COUNT_NOUNS}|сомасы)",
            re.IGNORECASE,
        ),
    ),
    (
        PLACE,
        re.compile(
            # «қай жерде» is "where", but «қандай жерлер» asks what lands.
            _W + r"(?:қайда|қай\s+жер(?:де|ге|ден|і)|(?:қай|қандай)\s+(?:қала|станица|уез|облыс"
            r"|аудан|елді\s+мекен)\w*"
            r"|где|куда|откуда|(?:в|из|на|до|к|от)\s+как(?:ом|их|ой|ую|ого|ому|ие|им)\s+(?:\w+\s+)?"
            r"(?:город|мест|пункт"
            r"|уезд|станиц|област|район)\w*)(?![^\W\d_])",
            re.IGNORECASE,
        ),
    ),
)

# "Which towns" in the plural asks for a list of places («қай қалалардың Советтері», «в каких
# городах»), which a sentence naming one place answers only in part.
_SEVERAL_PLACES = re.compile(
    _W + r"(?:(?:қай|қандай)\s+(?:қала|станица|уез|облыс|аудан|елді\s+мекен)\w*?[лдт][ае]р"
    r"|как(?:их|ие)\s+(?:\w+\s+)?(?:город|мест|пункт|уезд|станиц|област|район)\w*)",
    re.IGNORECASE,
)

_DURATION = re.compile(
    _W
    + r"(?:(?:қанша|неше)\s+(?:уақыт|ай|жыл|күн|апта)\w*|сколько\s+(?:времени|месяц|лет|дн|недел)"
    r"|как\s+долго)",
    re.IGNORECASE,
)

# «, когда …» / «, где …» after a question word is a clause of time or place, not a question.
_JOINED_CLAUSE = re.compile(r",\s*(?:когда|где|куда|откуда)(?![^\W\d_])", re.IGNORECASE)
_RU_QUESTION_WORD = re.compile(
    _W + r"(?:что|кто|кого|кому|кем|чем|чь[еи]\w*|как\w*|где|куда|откуда|сколько|почему|зачем)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)

_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ"
# A surname's case endings, Russian and Kazakh: «Бокиннің», «Дубининым».
_NAME_CASE = r"(?:а|у|ым|ой|ның|нің|тың|тің|ға|ге|қа|ке|ты|ті|ны|ні|пен|мен)?(?![^\W\d_])"
# Initials then a capitalised surname: «П. П. Салов», «Ә. Т. Жанкелдин», «В.И. Ленин».
_PERSON = re.compile(
    rf"(?<![^\W\d_])[{_UPPER}]\.\s?(?:[{_UPPER}]\.\s?)?[{_UPPER}][а-яёәғқңөұүһі]+"
    # Or a first name and a surname: «Тоқаш Бокиннің басшылығымен».
    rf"|(?<![^\W\d_])[{_UPPER}][а-яёәғқңөұүһі]+\s+[{_UPPER}][а-яёәғқңөұүһі]*"
    rf"(?:ов|ев|ин|ын|ский|ұлы|улы){_NAME_CASE}"
)
# Or a surname alone, mid-sentence: «комиссары Виноградский», «председателі Зинченко».
_PERSON_OR_SURNAME = re.compile(
    rf"{_PERSON.pattern}|(?<=[\w,] )[{_UPPER}][а-яёәғқңөұүһі]+"
    rf"(?:ов|ев|ин|ский|цкий|енко){_NAME_CASE}"
)
# Case endings a count takes after a hyphen («500-ден астам», «1000-ға жуық», «60-тай»); other
# words after one make an ordinal («2-съезі»).
COUNT_CASE = r"(?:[дтн][ае]н|[гғкқ][ае]|[дт][ае]й|ша|ше)(?![^\W\d_])"
# A count: digits that are not a year (years are dates, not answers to «сколько»).
_NUMBER = re.compile(
    # Not an ordinal («2-съезі»), but «60-тай адам» (about sixty) is a count.
    rf"(?<!\d)(?!1[89]\d\d(?!\d))\d+(?:[ ,.]\d{{3}})*(?!\d)(?!-(?!\s?{COUNT_CASE}))"
    # Counts in words: «бір мыңнан астам адам», «екі полк», «тысячи».
    r"|(?<![^\W\d_])(?:(?:мың|жүз|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық"
    r"|елу)(?:[ндт][ае]н|[дт][ае]й|[гғкқ][ае]|ы|і)?|тысяч\w*|сотн\w*|сто|двест\w*|трист\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


# Titles someone is named by («председатель Совнаркома», «атаманы»), and words of leading
# both asked and told («басқарды», «басшысы»).
_TITLES = r"председател|төраға|атаман|комиссар|команд[иі]р|командующ|секретар|хатшы|редактор"
_LEADS = r"басқар|басшы|жетекш"
TITLE = re.compile(rf"{_W}(?:{_TITLES})\w*", re.IGNORECASE)
# Leading asked in so many words («кто возглавлял», «кім басқарды», «басшысы кім»): a "who"
# question about a leader asks for a person, where "who" alone may be a body («кто уволил»).
_LEADER_ASKED = re.compile(
    _W + plain(rf"(?:{_LEADS}|возглав|руковод|командов|лидер|вожд|во\s+главе)")
)
# How the article tells someone led: by title or by verb («председателі», «бастаған»).
_LEADING = re.compile(_W + plain(rf"(?:{_TITLES}|{_LEADS}|бастаған|бастады)"))

# A day asked in so many words («қай күні», «какого числа»), which a month or a year does not
# answer; read on `plain` text.
_DAY_ASKED = re.compile(
    _W + plain(r"(?:қай\s+күн|нақты\s+күн|какого\s+числа|какое\s+число|в\s+какой\s+день)")
)

# Read on `plain` text, as a phone types it too («аты-жони»).
_NAME_ASKED = re.compile(_W + plain(r"(?:аты-жөн|аты\s+кім|есімі|фамили|имя|зовут|звали)"))

# A count question's counted noun follows its count word: «қанша адам», «сколько горных
# предприятий», «численности кавалерийская часть»; words up to the second after it are read.
_COUNT_WORD = re.compile(
    _W + rf"(?<!во\s)(?:қанша|неше(?!нші)|сколько|скольк[а-я]*|{_COUNT_NOUNS})"
    r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?",
    re.IGNORECASE,
)
_WORDS_AROUND = 2, 4  # a count's noun: up to 2 words before it («адам саны 800») or 4 after
# Counted words that say too little to judge by: people of any kind, spans of time.
_GENERIC_TEXT = "адам адамы кісі человек человека людей уақыт уақытқа время времени"
_GENERIC_COUNTED = frozenset(_GENERIC_TEXT.split())
_PEOPLE = frozenset(["адам", "адамы", "адамды", "адамнан", "адамға", "кісі"])
_PEOPLE_ASKED = frozenset(["адам", "кісі", "человек", "человека", "людей"])
# Units a number measures by rather than counts the things near it: «25 шақырым жерге …
# коммунарлары» is a distance, «сегіз сағаттық жұмыс күні» hours, not workers.
_UNITS = ("шақырым", "км", "верст", "сағ", "минут", "пуд", "десятин", "гектар", "сом", "рубл")


def asked_kinds(question: str) -> frozenset[str]:
    """Kinds of answer the question asks for (empty for «что/не/қандай» questions). "How
    long" asks for the dates that bound a span («бірнеше айға (1917 ж. нояб. – 1918 ж. март)
    созылды»), not for a count."""
    question = _main_clause(question)
    kinds = frozenset(kind for kind, pattern in _ASKS if pattern.search(question))
    return kinds - {NUMBER} | {DATE} if _DURATION.search(question) else kinds


def _main_clause(question: str) -> str:
    """The question without a clause that «когда/где» only joins to it after a question word:
    «Что сделали большевики, когда казаков послали …?» asks what, not when."""
    m = _JOINED_CLAUSE.search(question)
    return (
        question[: m.start()]
        if m and _RU_QUESTION_WORD.search(question, 0, m.start())
        else question
    )


def asks_several_places(question: str) -> bool:
    """Whether a "where" question asks for a list of places («қай облыстарда», «в каких
    городах») rather than one."""
    return bool(_SEVERAL_PLACES.search(question))


def has_kind(
    kind: str,
    sentence: str,
    dates: tuple[str, ...],
    regions_of: Callable[[str], tuple[str, ...]],
) -> float:
    """How well `sentence` holds an answer of `kind`, in [0, 1]; `dates` are its dates."""
    if kind == DATE:
        # A day answers «когда» better than a bare year, which nearly every sentence carries.
        return max((date_precision(d) / 3 for d in dates), default=0.0)
    if kind == PERSON:
        # A surname alone («комиссары Виноградский») half names someone: it may be a
        # Russian adjective («Семипалатинский»).
        return 1.0 if names_person(sentence) else 0.5 if names_person(sentence, True) else 0.0
    if kind == NUMBER:
        return 1.0 if states_count(sentence) else 0.0
    return 1.0 if regions_of(sentence) else 0.0


def names_person(sentence: str, surname_alone: bool = False) -> bool:
    """Whether the sentence names someone by initials or by first name and surname, or, with
    `surname_alone`, by a surname only («комиссары Виноградский»)."""
    return (_PERSON if not surname_alone else _PERSON_OR_SURNAME).search(sentence) is not None


def asks_leader(question: str) -> bool:
    """Whether a question asks who led («кім басқарды», «кто возглавлял»), typed on a phone
    too."""
    return _LEADER_ASKED.search(plain(question)) is not None


def tells_leading(sentence: str) -> bool:
    """Whether a sentence tells that someone led, by a title or a verb of leading."""
    return _LEADING.search(plain(sentence)) is not None


def asks_day(question: str) -> bool:
    """Whether a question asks for the day of a month («Семейді қай күні басып алды?»)."""
    return _DAY_ASKED.search(plain(question)) is not None


def asks_name(question: str) -> bool:
    """Whether a question asks for someone's name in so many words («аты-жөні кім?», «назовите
    фамилию»): a quote naming nobody does not answer it, though "who" may be a body."""
    return _NAME_ASKED.search(plain(question)) is not None


def states_count(sentence: str) -> bool:
    """Whether the sentence states a count: a number outside its dates («15 февральда», «2-10
    дек.» are days, not counts)."""
    days = date_spans(sentence)
    return any(not any(a <= m.start() < b for a, b in days) for m in _NUMBER.finditer(sentence))


def _after_count_word(question: str) -> list[str]:
    """The (up to two) words after each count word of a question, lower case."""
    return [w.lower() for m in _COUNT_WORD.finditer(question) for w in m.groups() if w]


def counted_words(question: str) -> list[str]:
    """The words after a question's count word: what it counts («неше түтін» → түтін); none
    when it counts people or time in general («қанша адам», «сколько времени»), which any
    count of soldiers or months answers."""
    words = _after_count_word(question)
    return [] if _GENERIC_COUNTED.intersection(words) else words


def counts_people(question: str) -> bool:
    """Whether a question counts people in general («қанша адам», «сколько человек»)."""
    return bool(_PEOPLE_ASKED.intersection(_after_count_word(question)))


def count_of(sentence: str, is_counted: Callable[[str], bool], people: bool = True) -> bool:
    """Whether the sentence counts what `is_counted` accepts: a count with such a word near it
    («(барлығы 60-тай адамды)», «8 эсер және меньшевик депутаттар»), or a percentage when
    `is_counted` accepts «пайыз» or «процент»."""
    days = date_spans(sentence)
    before, after = _WORDS_AROUND
    for m in _NUMBER.finditer(sentence):
        if any(a <= m.start() < b for a, b in days):
            continue
        if sentence[m.end() : m.end() + 1] == "%" and (
            is_counted("пайыз") or is_counted("процент")
        ):
            return True
        preceding = WORD.findall(sentence[: m.start()])[-before:]
        following = WORD.findall(sentence[m.end() :])[:after]
        if following and following[0].lower().startswith(_UNITS):
            # A measure counts its unit only, not the things near it (`_UNITS`).
            if is_counted(following[0]):
                return True
            continue
        # «2000 адамы бар … отрядтары»: the article counts soldiers, members and workers
        # as people, so with `people` a count of people answers a count of any of them.
        if any(map(is_counted, preceding + following)):
            return True
        if people and _PEOPLE & {w.lower() for w in following}:
            return True
    return False
