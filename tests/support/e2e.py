"""Helpers for end-to-end tests: talk to the bot through the stand-in and read its replies."""

from __future__ import annotations

from typing import Any

from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin

TOKEN = "123456789:AAFakeTokenForTheStandinOnly_abcdefghij"
ADMIN = 7001
STRANGER = 7002


def user(user_id: int = 5001, lang: str | None = "kk") -> dict[str, Any]:
    return updates.user(user_id, lang)


async def ask(api: BotApiStandin, sender: dict[str, Any], text: str | None, **extra: Any) -> Any:
    """Send a private message; return the params of the bot's next message to that chat."""
    return (await exchange(api, updates.message(sender, text, **extra), sender["id"]))["text"]


async def exchange(
    api: BotApiStandin, update: dict[str, Any], chat_id: int, method: str = "sendMessage"
) -> dict[str, Any]:
    """Push an update; wait for the next `method` call to `chat_id` and return its params."""
    before = len(sent(api, chat_id, method))
    api.push(update)
    calls = await api.wait_for(method, lambda p: p.get("chat_id") == chat_id, count=before + 1)
    return calls[before].params


def sent(api: BotApiStandin, chat_id: int, method: str = "sendMessage") -> list[dict[str, Any]]:
    return [c.params for c in api.calls(method) if c.params.get("chat_id") == chat_id]
