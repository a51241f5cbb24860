import logging

import pytest

from index.ingest.dedup import deduplicate

CLEAN = (
    "Солтүстік-Шығыс Қазақстанда өкіметтің Советтердің қолына өтуінде Батыс Сібір "
    "Советтерінің 3-съезі ерекше роль атқарды. Оның жұмысына Петропавл, Көкшетау, Павлодар, "
    "Атбасар, Семей, Өскемен Советтерінің өкілдері қатысты."
)
NOISY = CLEAN.replace("Қазақстанда", "Қазақстапда").replace("атқарды", "аткарды")
OTHER = (
    "Жетісуда Совет өкіметінің орнауы. Жетісудың революцияшыл күштеріне ұзақ уақыт ерлікпен "
    "күресуге тура келді, өйткені казактардың билеуші топтары мықты болды."
)
SHARED_PHRASE = (
    "Семей облысында Совет өкіметінің орнауы ұзаққа созылды, өйткені Советтердің қолына "
    "өтуі кешікті."
)


def test_repeated_paragraph_appears_once_cleaner_kept_at_first_position() -> None:
    kept, merges = deduplicate([NOISY, OTHER, CLEAN, "Қазақстанда көп Совет болды."])
    assert kept == [CLEAN, OTHER, "Қазақстанда көп Совет болды."]
    assert len(merges) == 1
    assert merges[0].kept == CLEAN
    assert merges[0].dropped == NOISY
    assert merges[0].similarity > 0.6


def test_truncated_copy_is_dropped_for_the_complete_one() -> None:
    fragment = CLEAN[CLEAN.index("Советтерінің 3-съезі") :]
    kept, merges = deduplicate([OTHER, CLEAN, fragment])
    assert kept == [OTHER, CLEAN]
    assert merges[0].dropped == fragment


def test_distinct_paragraphs_sharing_phrases_are_not_merged() -> None:
    paragraphs = [CLEAN, OTHER, SHARED_PHRASE]
    kept, merges = deduplicate(paragraphs)
    assert kept == paragraphs
    assert merges == []


def test_merge_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="index.ingest.dedup"):
        deduplicate([CLEAN, NOISY])
    assert "near-duplicate" in caplog.text
