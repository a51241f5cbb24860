"""Kinds of sentences, their clauses, and places that are not where the event happened."""

from __future__ import annotations

import pytest

from index.text.event_cues import (
    CONGRESS,
    COUNTER_REVOLUTION,
    DECREE,
    OTHER,
    SOVIET_POWER,
    UPRISING,
    blank,
    links_back,
    mask_quotes,
    read_sentence,
    split_clauses,
)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Верныйда Совет өкіметі орнады.", SOVIET_POWER),
        ("Совет өкіметі Торғай уезінде салтанат құрды.", SOVIET_POWER),
        ("Семейде өкімет жергілікті Советтің қолына көшті.", SOVIET_POWER),
        ("Уақытша үкімет тұтқындалды.", SOVIET_POWER),
        ("Совет өкіметін орнату туралы шешім қабылдады.", OTHER),  # a decision
        ("Совет өкіметі орнағаннан кейін контрреволюцияшылар қашып келді.", OTHER),
        ("Ақ гвардияшылар қалада өкіметті басып алды.", COUNTER_REVOLUTION),
        ("Советке қарсы бүлік ұйымдастырды.", COUNTER_REVOLUTION),
        ("Дутовқа қарсы күрес жүргізді.", OTHER),
        ("Ашық контрреволюциялық партия «Алаш» күшейді.", OTHER),  # no act
        ("Петроградта қарулы көтеріліс басталды.", UPRISING),
        ("Қарулы көтеріліс туралы қарарды қабылдады.", OTHER),
        ("Қарулы көтерілісті дайындау еді.", OTHER),
        ("Советтердің уездік съезі атқару комитетін сайлады.", CONGRESS),
        ("2-съезінде қабылданған декретке сүйенді.", DECREE),  # the congress is only a time
        ("«Барлық өкімет Советтерге көшті!» деген ұранды көтерді.", OTHER),  # quoted
    ],
)
def test_kinds(sentence, kind):
    assert read_sentence(sentence).kind == kind


def test_the_kind_is_carried_by_its_clause():
    sentence = "16 январьда Қарғалыда талқандап, 18 январьда Орынборды азат етті."
    reading = read_sentence(sentence)
    assert [sentence[a:b] for a, b in reading.clauses] == [" 18 январьда Орынборды азат етті."]
    concessive = "Темірде Совет өкіметі жеңгенмен Оралдың өзінде жағдай ауыр болды."
    assert [concessive[a:b] for a, b in split_clauses(concessive)] == [
        "Темірде Совет өкіметі жеңгенмен",
        " Оралдың өзінде жағдай ауыр болды.",
    ]


def test_heard_news_and_exceptions_are_spans_of_other_places():
    heard = "Ташкентте өкіметтің көшкені туралы хабарды естіген Совет өкіметті өз қолына алды."
    reading = read_sentence(heard)
    assert [heard[a:b] for a, b in reading.heard] == ["Ташкентте өкіметтің көшкені туралы хабарды"]
    excepted = "Совет өкіметі бүкіл территорияда (Орал мен оның аудандарынан басқа) жеңді."
    reading = read_sentence(excepted)
    assert [excepted[a:b] for a, b in reading.excepted] == ["(Орал мен оның аудандарынан басқа)"]


def test_quotes_are_blanked_keeping_offsets():
    assert mask_quotes("а «б «в» г» д") == "а «" + " " * 7 + "» д"
    assert mask_quotes("көшті» деп жазды") == " " * 7 + "деп жазды"  # opened in an earlier sentence
    assert mask_quotes("деді: «бәрі") == "деді: «    "
    assert blank("абвгд", [(1, 3)]) == "а  гд"


@pytest.mark.parametrize(
    ("sentence", "links"),
    [
        ("Бірақ съезд шешімдерін орындауға мүмкіндік болмады.", True),
        ("Ақ гвардияшылар қалада өкіметті басып алды.", True),
        ("Мұнда Совет өкіметін орнатты.", True),
        ("Қазақ еңбекшілері съездерге белсене араласты.", False),
        ("Олжас қалалар туралы жазды.", False),
    ],
)
def test_links_back(sentence, links):
    assert links_back(sentence) is links
