"""Bot API update objects (as JSON dicts) for the stand-in: what Telegram would send."""

from __future__ import annotations

import itertools
import time
from typing import Any

_ids = itertools.count(100)


def user(user_id: int, language_code: str | None = "kk", name: str = "Айгүл") -> dict[str, Any]:
    found = {"id": user_id, "is_bot": False, "first_name": name}
    return found | ({"language_code": language_code} if language_code else {})


def private_chat(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "type": "private", "first_name": "Айгүл"}


def group_chat(chat_id: int = -1001) -> dict[str, Any]:
    return {"id": chat_id, "type": "supergroup", "title": "Тарих үйірмесі"}


def message(
    sender: dict[str, Any],
    text: str | None = None,
    chat: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A `message` update; a leading /command gets its bot_command entity."""
    body: dict[str, Any] = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": chat or private_chat(sender["id"]),
        "from": sender,
        **extra,
    }
    if text is not None:
        body["text"] = text
        if text.startswith("/"):
            command = text.split()[0]
            entity = {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            body["entities"] = [entity, *body.get("entities", [])]
    return {"message": body}


def mention(
    sender: dict[str, Any], username: str, question: str, chat: dict[str, Any]
) -> dict[str, Any]:
    """A group message that starts with @username."""
    text = f"@{username} {question}"
    entity = {"type": "mention", "offset": 0, "length": _utf16_len(f"@{username}")}
    return message(sender, text, chat, entities=[entity])


def callback(sender: dict[str, Any], data: str, on: dict[str, Any]) -> dict[str, Any]:
    """A button press on the message `on` (a sendMessage result the bot got back)."""
    return {
        "callback_query": {
            "id": str(next(_ids)),
            "from": sender,
            "chat_instance": "ci",
            "data": data,
            "message": on,
        }
    }


def inline_query(sender: dict[str, Any], query: str) -> dict[str, Any]:
    return {"inline_query": {"id": str(next(_ids)), "from": sender, "query": query, "offset": ""}}


def sticker() -> dict[str, Any]:
    size = {"width": 512, "height": 512, "is_animated": False, "is_video": False}
    return {"sticker": {"file_id": "stk", "file_unique_id": "ustk", "type": "regular", **size}}


def photo() -> dict[str, Any]:
    return {"photo": [{"file_id": "ph", "file_unique_id": "uph", "width": 90, "height": 90}]}


def voice() -> dict[str, Any]:
    return {"voice": {"file_id": "vc", "file_unique_id": "uvc", "duration": 2}}


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
