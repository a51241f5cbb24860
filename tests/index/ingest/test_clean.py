from index.ingest.clean import clean_document, normalise_quotes, repair_ocr

RAW = (
    "UF\n\nТАРИХ ТУРАЛЫ МАҚАЛА\n\n \n\n"
    'Бірінші\u00a0абзац\tмұнда  бар - деді ол. "Алаш" партиясы “үкімет” құрды.\n\n'
    "Екінші абзац жылы15 мартта өтті.\n\n"
    "Қазақ совет энциклопедиясы. –Алматы, 1979. –Б.250-302.\n\n"
    "ЭЛЕКТР ДЕГЕНІМІЗ НЕ?\n\n...\n\nТОЛЫҒЫРАҚ »\n"
)


def _repair(text: str) -> tuple[str, list[tuple[str, str]]]:
    repairs: list[tuple[str, str]] = []
    return repair_ocr(text, repairs), repairs


def test_head_citation_and_boilerplate() -> None:
    doc = clean_document(RAW)
    assert doc.title == "ТАРИХ ТУРАЛЫ МАҚАЛА"
    assert doc.citation == "Қазақ совет энциклопедиясы. –Алматы, 1979. –Б.250-302."
    body = "\n".join(doc.paragraphs)
    assert "UF" not in body
    assert "ЭЛЕКТР ДЕГЕНІМІЗ НЕ?" not in body
    assert "ТОЛЫҒЫРАҚ" not in body
    assert "энциклопедиясы" not in body
    assert len(doc.paragraphs) == 2


def test_whitespace_quotes_and_dashes_normalised() -> None:
    first = clean_document(RAW).paragraphs[0]
    assert first == "Бірінші абзац мұнда бар – деді ол. «Алаш» партиясы «үкімет» құрды."


def test_quotes() -> None:
    assert normalise_quotes('"Бір" және "екі"') == "«Бір» және «екі»"
    assert normalise_quotes("“Үш” деді") == "«Үш» деді"


def test_hyphens_inside_words_and_ranges_kept() -> None:
    text = "1917 ж. 12-14 сентябрьде азық-түлік 2-съезі, 1917 – 1918 жж."
    assert clean_document(f"Тақырып мәтіні\n\n{text}").paragraphs[0] == text


def test_mixed_script_repairs() -> None:
    fixed, repairs = _repair("Р. ЬІдырысов, большeвик Kазақ жұмыcшы тобы")
    assert fixed == "Р. Ыдырысов, большевик Казақ жұмысшы тобы"
    assert ("ЬІ", "Ы") in repairs
    assert ("большeвик", "большевик") in repairs
    assert ("Kазақ", "Казақ") in repairs


def test_latin_i_becomes_kazakh_i() -> None:
    fixed, _ = _repair("бiрлiгi туралы")
    assert fixed == "бірлігі туралы"
    assert "\u0456" in fixed


def test_zero_digit_word_and_page_references() -> None:
    fixed, repairs = _repair("оны 03 соңынан ерте алды (Шығ., 30-т., 253-6.) және (7-6).")
    assert fixed == "оны оз соңынан ерте алды (Шығ., 30-т., 253-б.) және (7-б)."
    assert ("03", "оз") in repairs


def test_numbers_and_latin_words_untouched() -> None:
    text = "1917 ж. 12-14 сентябрьде 2-съезі 150%-ке XIX ғасыр 1-6 (2-6) 03.10"
    fixed, repairs = _repair(text)
    assert fixed == text
    assert repairs == []


def test_glued_number_and_dangling_hyphen() -> None:
    fixed, repairs = _repair("Съезд 1918 жылы15 мартта, облыс шаруаларының 2- съезі")
    assert fixed == "Съезд 1918 жылы 15 мартта, облыс шаруаларының 2-съезі"
    assert ("2- съезі", "2-съезі") in repairs


def test_document_without_citation_keeps_text() -> None:
    doc = clean_document("Тақырып мәтіні мұнда\n\nАбзац бір.")
    assert doc.citation == ""
    assert doc.paragraphs == ("Абзац бір.",)


def test_a_one_line_document_keeps_its_line_as_text() -> None:
    cleaned = clean_document("Зайсанда 1918 жылы 5 сәуірде ерекше кеңес съезі өтті.\n")
    assert cleaned.paragraphs == ("Зайсанда 1918 жылы 5 сәуірде ерекше кеңес съезі өтті.",)
