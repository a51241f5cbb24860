"""Cutting a passage around its quote: whole sentences, the quote marked, within budget."""

from bot.excerpt import fit_passage, plain_piece

PASSAGE = "Бір. Екі. Үш. Төрт."


def test_without_quote_starts_at_the_beginning() -> None:
    assert fit_passage("Бір. Екі. Үш.", "", 11) == "Бір. Екі. …"


def test_quote_is_kept_and_marked_with_its_neighbours_as_room_allows() -> None:
    assert fit_passage(PASSAGE, "Үш.", 100, plain_piece) == "Бір. Екі. **Үш.** Төрт."
    assert fit_passage(PASSAGE, "Үш.", 16, plain_piece) == "… Екі. **Үш.** …"


def test_html_escapes_the_text_but_not_the_bold() -> None:
    assert fit_passage("A < B. C & D.", "C & D.", 100) == "A &lt; B. <b>C &amp; D.</b>"
