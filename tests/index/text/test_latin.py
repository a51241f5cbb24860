"""Latin-script Kazakh (2017, 2018/2021 official and informal) and Russian in Cyrillic."""

from __future__ import annotations

import pytest

from index.text.latin import transliterate_latin


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Semeıde Sovet ókimeti qashan ornady?", "Семейде Совет өкіметі қашан орнады?"),
        ("Aqtöbede ökimet qaşan", "Ақтөбеде өкімет қашан"),
        ("Şyğys, Ūlttyq, Keñes", "Шығыс, Ұлттық, Кеңес"),
        ("Semei'de S'yg'ys a'skeri", "Семейде Шығыс әскері"),
        ("shcheglov zhol chaqyru kh", "щеглов жол чақыру х"),
        ("qyzyl aıaq ayaq", "қызыл айақ аяқ"),
        ("semeyde auyl", "семейде ауыл"),  # й after a vowel, but ы after u
        ("Keng tenge", "Кең тенге"),  # ng before a vowel is н+г, else ң
        ("SOVET ÖKIMETI", "СОВЕТ ӨКІМЕТІ"),
        ("'Semei' 1917-1918 jj.", "'Семеі' 1917-1918 жж."),  # the quotes stay quotes
        ("II съезд, Семейдiң", "II съезд, Семейдің"),  # a numeral; a Latin i in Cyrillic
        ("Когда? 25.10.1917", "Когда? 25.10.1917"),
    ],
)
def test_transliterates_latin(latin: str, cyrillic: str) -> None:
    assert transliterate_latin(latin) == cyrillic


def test_transliterates_russian_latin_with_russian_i() -> None:
    assert transliterate_latin("kogda v semipalatinske", lang="ru") == "когда в семипалатинске"
