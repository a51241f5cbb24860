"""Events read from the article's own sentences, and Soviet power region by region."""

from __future__ import annotations

import pytest

from bot.config import DATA_DIR
from index.domain import Chunk
from index.events import (
    CONGRESS,
    COUNTER_REVOLUTION,
    DECREE,
    KINDS,
    OTHER,
    SOVIET_POWER,
    UPRISING,
    Event,
    extract_events,
    soviet_power_dates,
)
from index.ingest.pipeline import ingest_document
from index.text.gazetteer import RegionGazetteer

GAZETTEER = RegionGazetteer.load(DATA_DIR / "gazetteer.json")
ARTICLE = DATA_DIR / "corpus" / "oktyabr-kazakhstan.kk.txt"

# Sentences copied from the article; a context runs before them in one section as it does there
# ("\n\n" is a paragraph break).
PEROVSK = (
    "Ең алдымен, Совет өкіметі Сырдария облысының аса маңызды орталықтарының бірі – Перовскіде "
    "жеңді. Мұнда Жұмысшы Жәйе солдат депутаттарының қалалық Советі октябрь күндеріне дейін-ақ "
    "негізінен темір жолшылардан құралған жауынгер Қызыл гвардия отрядын ұйымдастырды."
)
VERNY_UPRISING = (
    "1918 жылы 2 марттан 3 мартқа қараған түні Верныйда большевиктердің басшылығымен "
    "жұмысшылардың, майдангер-солдаттардың және 2-Жетісу казактары полкінің революциялық "
    "жағындағы жауынгерлерінің қарулы көтерілісі болды."
)
VERNY_FLIGHT = (
    "Көтерілісшілер қорғанды, қару-жарақ қоймаларын басып алып, банкті, почтаны, телеграфты "
    "қолға алды, Уақытша үкіметтің комиссарлары мен «Әскери үкіметтің» басшылары қаладан қашты."
)
PAVLODAR = (
    "Павлодар Жұмысшы және солдат депутаттарының Советі Қызыл гвардия отрядына сүйене отырып, "
    "1918 жылы январьдың басында өкіметті алу үшін батыл шаралар қолданды. 13 январьда ол "
    "түрмеден саяси тұтқындарды босатты."
)
ORAL_CONGRESS = (
    "Оралда Советтердің шұғыл шақырылған съезі (1918 ж. 18-24 март) «әскери үкіметті» және "
    "Алашорданың батыс бөлімшесінің «үкіметін» тарату, майдангер солдаттарды қызыл гвардия "
    "қатарына мобилизациялау туралы шешім қабылдады."
)
SUMMER_1918 = (
    "Бірақ, 1918 жылдың жазында басталған шетел интервенциясы мен Азамат соғысының басталып "
    "кетуіне байланысты Советтердің Бүкіл қазақстандық съезіне дайындық және Қазақ Совет "
    "Автономиясын құру жұмысы тоқтап қалды."
)

TABLE = [
    # (context, sentence, kind, date, regions)
    (
        "",
        "1917 жылы 24 октябрьде (6 ноябрьде) Петроградта қарулы көтеріліс басталды.",
        UPRISING, "1917-10-24", ("Петроград",),
    ),
    (
        "",
        "Мұның куәсі – 1917 жылы 12 сентябрьде басталған Ташкент жұмысшылары мен солдаттарыяың "
        "көтерілісі, оны Қазақстан еңбекшілерінің мақұлдап қолдауы еді.",
        UPRISING, "1917-09-12", ("Ташкент",),
    ),
    (  # The news from Petrograd and Tashkent is not where power was taken: Perovsk, from before.
        PEROVSK,
        "Жергілікті гарнизон солдаттарының қолдауына сүйенген Совет Петроградта қарулы "
        "көтерілістің жеңуі және Ташкенттегі уақиғалар туралы хабардар болысымен 1917 ж. 30 "
        "октябрьде-ақ өкіметті өз қолына алды.",
        SOVIET_POWER, "1917-10-30", ("Сырдария", "Перовск"),
    ),
    (  # The Provisional Government's organ dissolved.
        "",
        "Бөкей даласының орталығы Орда қаласында 1917 ж. 2 декабрьде большевиктер "
        "ұйымдастырған бұқаралық митингі болды, ол Уақытша үкімет жергілікті органының "
        "контрреволюцияшыл атқару комитетін таратып, Совет өкіметін орнату туралы шешім "
        "қабылдады.",
        SOVIET_POWER, "1917-12-02", ("Бөкей ордасы", "Орда"),
    ),
    (
        "",
        "1917 ж. 25 декабрьде (1918 ж. 7 янв.) большевиктердің басшылығымен жұмысшылар мен "
        "шаруалар В. И. Чекмарев бастаған Балтық теңізшілерінін азық-түлік отрядының "
        "қолдауымен Қостанайда Уақытша үкіметтің жергілікті органдарын құлатты.",
        SOVIET_POWER, "1917-12-25", ("Қостанай",),
    ),
    (
        "",
        "Дутовшыларға қарсы күрестің қызып тұрған шағында (1918 жылы 8 январьда) Ақтөбе Советі "
        "қалада өкіметті өз қолына алды.",
        SOVIET_POWER, "1918-01-08", ("Ақтөбе",),
    ),
    (  # The clause that liberates Orenburg has its own date; Kargaly was the battle before it.
        "",
        "Қызыл гвардияшылардың біріккен күші 1918 жылы 16 январьда Қарғалы станицасының "
        "ауданында дутовшылардың негізгі күщін талқандап, 18 январьда Орынборды ақ "
        "гвардияшылардан азат етті.",
        SOVIET_POWER, "1918-01-18", ("Орынбор",),
    ),
    (  # «қалада»: the town of the paragraph; the year from its first sentence.
        PAVLODAR,
        "19 январьда қалада өкімет Советтің қолына көшті.",
        SOVIET_POWER, "1918-01-19", ("Павлодар",),
    ),
    (
        "",
        "1918 жылы февральдың 16-нан 17-не қараған түнде Семейде өкімет жергілікті Советтің "
        "қолына көшті.",
        SOVIET_POWER, "1918-02-16", ("Семей",),
    ),
    (  # No date of its own: the uprising's night, two sentences before.
        f"{VERNY_UPRISING} {VERNY_FLIGHT}",
        "Верныйда Совет өкіметі орнады.",
        SOVIET_POWER, "1918-03-02", ("Верный",),
    ),
    (
        VERNY_UPRISING,
        "Март айының ішінде Совет өкіметі Қапалда, Жаркентте, Сергиопольде және Жетісу "
        "облысының басқа аудандарында орнатылды.",
        SOVIET_POWER, "1918-03", ("Қапал", "Жаркент", "Сергиополь", "Жетісу"),
    ),
    (  # «…жеңгенмен Оралдың өзінде…»: won there, but not in Oral itself.
        "",
        "1918 жылы январь-март айларында облыстың бірсыпыра уездік орталықтары мен басқа да "
        "елді мекендерінде (Темірде, Доссорда, Гурьевте т. б.) Совет өкіметі жеңгенмен Оралдың "
        "өзінде революцияшыл күштердің жағдайы ауыр болды.",
        SOVIET_POWER, "1918-01", ("Темір", "Доссор", "Гурьев"),
    ),
    (
        "",
        "Жетісу казактарының офицер-кулак билеуші топтары 1917 ж. 1 ноябрьде "
        "контрреволюциялық бүлік жасап, «Әскери үкімет» деп аталатынды құрды, сөйтіп, "
        "ашықтан-ашық ақгвардияшыл диктатура орнатты.",
        COUNTER_REVOLUTION, "1917-11-01", ("Жетісу",),
    ),
    (  # «қалада» points back across the paragraph break to Orenburg.
        "Осымен бірге мұнда атаман А. И. Дутов бастаған Орынбор казактарының офицер-кулак "
        "билеуші топтары, Бөкейханов бастаған Алашорда «үкіметі» шоғырланған еді.\n\n",
        "Атаман Дутов бастаған ақ гвардияшылар 1917 ж. ноябрьдің 14-нен 15-не қараған түні "
        "қалада өкіметті басып алып, С. М. Цвиллинг басшылық етіп отырған Әскери-ревкомды "
        "тұтқындап, социалистік революцияға қарсы қарулы күрес ашты.",
        COUNTER_REVOLUTION, "1917-11-14", ("Орынбор",),
    ),
    (  # A new paragraph that opens «Бірақ» carries on with Oral.
        f"{ORAL_CONGRESS}\n\nБірақ съезд шешімдерін орындауға мүмкіндік болмады.",
        "Марттың 28-нен 29-на қараған түні қалада контрреволюциялық төңкеріс жасап, "
        "коммунистерді, Совет аткомдарының мүшелерін (барлығы 60-тай адамды) тұтқынға алды.",
        COUNTER_REVOLUTION, "1918-03-28", ("Орал",),
    ),
    (
        "",
        "Сол сияқты 1918 ж. 18-19 мартта Қостанайдың ақ гвардияшыл офицерлері мен жергілікті "
        "казак шонжарлары қару-жарақ қоймасы мен Совет Атқару Комитетінің үйін басып алып, "
        "бүлік тұғызды.",
        COUNTER_REVOLUTION, "1918-03-18", ("Қостанай",),
    ),
    (  # Dated by the general sentence before it, which names no place.
        SUMMER_1918,
        "Орал, Торғай, Ақмола, Семей облыстарының, жерін ақ гвардияшылар мен алашордашылар "
        "басып алып, қанды билік орнатты.",
        COUNTER_REVOLUTION, "1918-06", ("Орал", "Торғай", "Ақмола", "Семей"),
    ),
    (
        "",
        "Олар 1917 ж. 5-16 декабрьде Орынборда Бүкіл қазақстандық 2-съезд өткізді, оған "
        "ауылдардағы феодал-бай билеуші топтарының, реакцияшыл мұсылмандардың, дін "
        "басшыларының және буржуазияшыл-ұлтшыл интеллигенттің өкілдері қатысты.",
        CONGRESS, "1917-12-05", ("Орынбор",),
    ),
    (
        "",
        "Советтердің Қостанай съезі 1918 ж. 15-16 январьда болыпевик Л. И. Таран бастаған "
        "уездік атқару комитетін сайлады.",
        CONGRESS, "1918-01-15", ("Қостанай",),
    ),
    (
        "",
        ORAL_CONGRESS,
        CONGRESS, "1918-03-18", ("Орал",),
    ),
    (
        "",
        "Кезінде Қазақстанның қазіргі оңтүстік облыстары құрамына енген Түркістан өлкесінің "
        "Халкомсовы 1917 ж. 12 декабрьде барлық бұрынғы сот орындарының мекемелерін тарату "
        "туралы декрет қабылдады.",
        DECREE, "1917-12-12", ("Түркістан",),
    ),
    (  # A decision to take power is not its taking.
        "",
        "Большевиктер Д. Демецкий, В. Порох бастаған Көкшетау Жұмысшы және солдат "
        "депутаттарының Советі 1917 жылы декабрьдің ақырында қалада да, сол сияқты уезде де "
        "бүкіл өкімет билігін өз қолдарына алуды ұйғарды.",
        OTHER, "1917-12", ("Көкшетау",),
    ),
    (  # What is quoted is what the company admitted, not Soviet power.
        "",
        "Орал-Каспий мұнай қоғамының өкілдері 1917 ж. 28 октябрьде «Біздің қолымыздағы бүкіл "
        "билік жұмысшылардың қолына көшті» деп мойындауға мәжбүр болды.",
        OTHER, "1917-10-28", ("Орал",),
    ),
    (  # Fighting a revolt is not the revolt.
        "",
        "В. И. Ленин 1917 ж. 26 ноябрьде Орынбор темір жолшыларының делегациясын қабылдап, "
        "олармен Дутовтың контррев. бүлігіне қарсы күрестің міндеттері туралы әңгімелесті.",
        OTHER, "1917-11-26", ("Орынбор",),
    ),
]  # fmt: skip


def _chunk(text: str, ordinal: int = 0, section: str = "Бөлім", start: int = 0) -> Chunk:
    return Chunk(
        f"c{ordinal}", "doc.kk.txt", ordinal, section, text, start, start + len(text), (), (), None
    )


def _event_of(sentence: str, context: str = "") -> Event | None:
    text = f"{context} {sentence}".lstrip() if not context.endswith("\n") else context + sentence
    events = [e for e in extract_events([_chunk(text)], GAZETTEER) if e.sentence == sentence]
    return events[0] if events else None


@pytest.mark.parametrize(("context", "sentence", "kind", "date", "regions"), TABLE)
def test_article_sentences(context, sentence, kind, date, regions):
    event = _event_of(sentence, context)
    assert event is not None
    assert (event.kind, event.date, event.regions) == (kind, date, regions)


def test_both_calendar_styles_are_kept_and_the_old_one_dates_the_event():
    event = _event_of(TABLE[0][1])
    assert event is not None and event.dates == ("1917-10-24", "1917-11-06")
    kostanay = _event_of(TABLE[4][1])
    assert kostanay is not None and kostanay.dates == ("1917-12-25", "1918-01-07")


def test_an_exception_in_brackets_names_a_place_apart():
    sentence = (
        "Осылайша 1917 ж. октябрьдің ақырынан 1918 жылдың мартына дейін Совет өкіметі "
        "Қазақстанның бүкіл кең-байтақ территориясында (Орал мен оның аудандарынан басқа) жеңді."
    )
    event = _event_of(sentence, VERNY_UPRISING)
    assert event is not None
    assert (event.kind, event.regions, event.excepted) == (SOVIET_POWER, (), ("Орал",))


def test_sentences_without_a_date_of_their_own_or_of_their_story_are_not_events():
    aulieata = (
        "Петроградта, Москвада және Ташкентте өкіметтің Советтерге көшкені туралы хабарды естіген "
        "Әулиеата Жұмысшы және солдат депутаттарының Советі де өкіметті өз қолына алды."
    )
    text = (
        f"{PEROVSK} {TABLE[2][1]} Ол сол күні Ташкенттің көтеріліске шыққан жұмысшыларына "
        f"көмекке Қызыл гвардияшылар отрядын жіберді. {aulieata}"
    )
    events = extract_events([_chunk(text)], GAZETTEER)
    assert aulieata not in {e.sentence for e in events}
    assert not any(e.kind == SOVIET_POWER and "Ташкент" in e.regions for e in events)
    assert _event_of("Верныйда Совет өкіметі орнады.") is None


def test_a_paragraph_break_ends_the_dated_story_and_unlinked_places():
    first = _chunk(VERNY_UPRISING, 0)
    second = _chunk("Верныйда Совет өкіметі орнады.", 1, start=first.end + 2)
    assert [e.sentence for e in extract_events([first, second], GAZETTEER)] == [VERNY_UPRISING]
    unlinked = _event_of(
        "Марттың 28-нен 29-на қараған түні контрреволюциялық төңкеріс жасалды.",
        f"{ORAL_CONGRESS}\n\n",
    )
    assert unlinked is not None and unlinked.regions == ()


def test_year_does_not_carry_into_another_document_and_repeats_are_dropped():
    sentence = "13 январьда ол түрмеден саяси тұтқындарды босатты."
    first = _chunk(f"{PAVLODAR} {PAVLODAR}", 0)
    other = Chunk("d1", "other.kk.txt", 0, "Бөлім", sentence, 0, len(sentence), (), (), None)
    events = extract_events([first, other], GAZETTEER)
    assert [e.date for e in events] == ["1918-01", "1918-01-13"]
    assert all(e.chunk_id == "c0" for e in events)


def test_soviet_power_dates_keep_the_earliest_and_later_counter_revolution_only():
    def event(kind: str, date: str, *regions: str, excepted: tuple[str, ...] = ()) -> Event:
        return Event(kind, date, (date,), regions, excepted, "", "c0", 0, 0)

    timelines = soviet_power_dates(
        [
            event(COUNTER_REVOLUTION, "1918-04-16", "Верный"),
            event(SOVIET_POWER, "1918-03-02", "Верный", "Петроград"),
            event(SOVIET_POWER, "1918-03", "Верный", "Жаркент"),
            event(COUNTER_REVOLUTION, "1918-03-02", "Верный"),  # the same day: not later
            event(COUNTER_REVOLUTION, "1918-03-28", "Жаркент"),  # not known to follow "1918-03"
            event(SOVIET_POWER, "1917-10", excepted=("Орал",)),
            event(COUNTER_REVOLUTION, "1918-03-28", "Орал"),
        ],
        GAZETTEER.in_kazakhstan,
    )
    assert list(timelines) == ["Жаркент", "Верный", "Орал"]
    verny = timelines["Верный"]
    assert (verny.date, [s.date for s in verny.setbacks], verny.contested) == (
        "1918-03-02",
        ["1918-04-16"],
        True,
    )
    assert not timelines["Жаркент"].contested
    oral = timelines["Орал"]
    assert (oral.established, oral.contested, len(oral.setbacks)) == (None, True, 1)


# The whole article.


@pytest.fixture(scope="module")
def article() -> tuple[Chunk, ...]:
    return ingest_document(ARTICLE, GAZETTEER).chunks


@pytest.fixture(scope="module")
def events(article) -> tuple[Event, ...]:
    return extract_events(article, GAZETTEER)


def test_events_are_sentences_of_their_passages_sorted_by_date(article, events):
    texts = {c.chunk_id: c.text for c in article}
    assert all(texts[e.chunk_id][e.start : e.end] == e.sentence for e in events)
    assert [e.date for e in events] == sorted(e.date for e in events)
    assert all(e.kind in KINDS and e.date in e.dates for e in events)
    assert {e.date[:4] for e in events} == {"1917", "1918"}
    assert len({e.sentence for e in events}) == len(events)
    assert {e.kind for e in events} == set(KINDS)


def test_where_the_article_says_soviet_power_was_established(events):
    timelines = soviet_power_dates(events, GAZETTEER.in_kazakhstan)
    dates = {region: t.date for region, t in timelines.items()}
    assert dates == {
        "Перовск": "1917-10-30",
        "Сырдария": "1917-10-30",
        "Ақмола": "1917-12",
        "Торғай": "1917-12",
        "Бөкей ордасы": "1917-12-02",
        "Орда": "1917-12-02",
        "Қостанай": "1917-12-25",
        "Темір": "1918-01",
        "Доссор": "1918-01",
        "Гурьев": "1918-01",
        "Ақтөбе": "1918-01-08",
        "Орынбор": "1918-01-18",
        "Павлодар": "1918-01-19",
        "Семей": "1918-02-16",
        "Қапал": "1918-03",
        "Жаркент": "1918-03",
        "Сергиополь": "1918-03",
        "Жетісу": "1918-03",
        "Верный": "1918-03-02",
        "Орал": None,  # «(Орал мен оның аудандарынан басқа)»
    }
    # The article dates no establishment in Tashkent, Petropavl, Kokshetau or Aulie-Ata.
    assert list(timelines) == sorted(timelines, key=lambda r: dates[r] or "9999")


def test_where_power_was_lost_or_fought_over(events):
    timelines = soviet_power_dates(events, GAZETTEER.in_kazakhstan)
    contested = {region for region, t in timelines.items() if t.contested}
    assert contested == {"Қостанай", "Павлодар", "Семей", "Верный", "Жетісу"} | {
        "Ақмола",  # seized in the summer of 1918, with Torgai, Semey and Oral oblasts
        "Торғай",
        "Орал",
    }
    assert timelines["Қостанай"].setbacks[0].date == "1918-03-18"
    assert "1918-03-28" in [s.date for s in timelines["Орал"].setbacks]
    assert [s.date for s in timelines["Семей"].setbacks][-1] == "1918-06"
    chart_dates = [
        d for t in timelines.values() for d in [t.date, *(s.date for s in t.setbacks)] if d
    ]
    assert all("1917-10" <= d < "1918-07" for d in chart_dates)
