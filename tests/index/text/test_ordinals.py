from __future__ import annotations

import pytest

from index.text.ordinals import ordinals


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Олар Орынборда Бүкіл қазақстандық 2-съезд өткізді", {2}),
        ("Алаш партиясының бірінші жалпықазақ съезі қашан өтті?", {1}),
        ("Батыс Сібір Советтерінің үшінші съезіне кім барды?", {3}),
        ("Когда открылся II Всероссийский съезд Советов?", {2}),
        ("Где прошёл второй общеказахский съезд?", {2}),
        ("«Егінші коммунистердің Россиялық 1-қоғамының» коммунарлары", {1}),
        # Halves of a year and counts with a case ending are no ordinals.
        ("1918 жылдың 1-жартысында болыстардың 60-70%-інде", set()),
        ("барлығы 60-тай адамды, 500-ден астам қызыл гвардияшы", set()),
        ("В. И. Ленин 1917 ж. 26 ноябрьде делегацияны қабылдады", set()),
    ],
)
def test_ordinals(text: str, found: set[int]) -> None:
    assert ordinals(text) == found
