"""Settings: admin ids and the upload limit as operators write them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.config import Settings


@pytest.mark.parametrize(
    ("raw", "ids"),
    [
        ("", frozenset()),
        ("42", frozenset({42})),
        ("1, 2,3", frozenset({1, 2, 3})),
        (" 7 ,7, ", frozenset({7})),
        (42, frozenset({42})),
    ],
)
def test_admin_ids_from_the_environment(monkeypatch, raw, ids) -> None:
    monkeypatch.setenv("ADMIN_IDS", str(raw))
    assert Settings(_env_file=None).admin_ids == ids  # type: ignore[call-arg]


def test_admin_ids_given_directly() -> None:
    assert Settings(_env_file=None, admin_ids=5).admin_ids == frozenset({5})  # type: ignore[call-arg]


def test_a_bad_admin_id_is_an_error(monkeypatch) -> None:
    monkeypatch.setenv("ADMIN_IDS", "12,abc")
    with pytest.raises((ValidationError, ValueError)):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_upload_limit_in_bytes(monkeypatch) -> None:
    monkeypatch.setenv("UPLOAD_LIMIT_MB", "2")
    assert Settings(_env_file=None).upload_limit_bytes == 2 * 1024 * 1024  # type: ignore[call-arg]
