import pytest

from index.ingest.sections import assign_sections, split_heading


@pytest.mark.parametrize(
    ("paragraph", "heading"),
    [
        (
            "Жетісуда Совет өкіметінің орнауы. Жетісудың күштері ұзақ күресті.",
            "Жетісуда Совет өкіметінің орнауы",
        ),
        (
            "Совет өкіметін нығайту жолындағы күрес. Өкімет мәселесі шешілді.",
            "Совет өкіметін нығайту жолындағы күрес",
        ),
        (
            "Қазақстан октябрьдегі қарулы көтеріліс қарсаңында. 1917 жылы бәрі өзгерді.",
            "Қазақстан октябрьдегі қарулы көтеріліс қарсаңында",
        ),
        ("Семейде күрес ауыр болды. Эсерлер қарсы шықты.", None),
        ("Бірақ съезд шешімдерін орындауға мүмкіндік болмады. Сосын соғыс басталды.", None),
        ("25 октябрьде кешкі 10 сағат 40 минутта. Съезд ашылды.", None),
        ("«Алаш» партиясының ықпалы. Нашарлады.", None),
        ("Жетісуда Совет өкіметінің орнауы.", None),
    ],
)
def test_split_heading(paragraph: str, heading: str | None) -> None:
    found, body = split_heading(paragraph)
    assert found == heading
    if heading is None:
        assert body == paragraph
    else:
        assert body == paragraph[len(heading) + 2 :]


def test_every_paragraph_gets_a_section() -> None:
    paragraphs = [
        "Кіріспе абзацы мұнда жазылды.",
        "Сырдария облысында Совет өкіметінің орнауы. Ең алдымен өкімет орнады.",
        "Әулиеатадан кейін Чернявскіде өкімет орнады.",
        "Жетісуда Совет өкіметінің орнауы. Күрес ұзаққа созылды.",
    ]
    result = assign_sections(paragraphs, "ҚҰЖАТ")
    assert [p.section for p in result] == [
        "ҚҰЖАТ",
        "Сырдария облысында Совет өкіметінің орнауы",
        "Сырдария облысында Совет өкіметінің орнауы",
        "Жетісуда Совет өкіметінің орнауы",
    ]
    assert result[1].text == "Ең алдымен өкімет орнады."
    assert result[1].heading == "Сырдария облысында Совет өкіметінің орнауы"
    assert result[2].heading is None
