"""A local stand-in for the Telegram Bot API, for end-to-end tests and the Telegram bench.

An HTTP server on 127.0.0.1 (stdlib `http.server`, one thread per request) that speaks enough
of the Bot API for the real `Application` to run against it via `base_url`: it serves queued
updates to `getUpdates` (long-polling briefly), records every call, serves uploaded files, and
can be told to fail the next calls of a method with 429 + retry_after, 500, 403 (a user who
never started the bot), or a dropped connection.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import sys
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from bot.testing.multipart import Upload, form_fields

JSON_FIELDS = {
    "reply_markup", "results", "commands", "scope", "button", "allowed_updates",
    "link_preview_options", "reply_parameters", "entities", "chat_id", "message_id",
    "offset", "limit", "timeout", "cache_time", "show_alert",
}  # fmt: skip
FAULTS = ("429", "500", "403", "drop")
__all__ = ["BotApiStandin", "Call", "Upload"]


@dataclass(frozen=True)
class Call:
    """One Bot API request the bot made."""

    method: str
    params: dict[str, Any]
    at: float  # time.perf_counter() when received
    fault: str | None = None  # the fault injected instead of an answer, if any


@dataclass
class _State:
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    faults: defaultdict[str, deque[str]] = field(default_factory=lambda: defaultdict(deque))
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    pushed_at: dict[int, float] = field(default_factory=dict)


class BotApiStandin:
    """Start with `with BotApiStandin() as api:`; point PTB at `api.base_url`/`api.file_url`."""

    def __init__(
        self, username: str = "tarikh_test_bot", bot_id: int = 4242, long_poll: float = 0.3
    ):
        self.username = username
        self.bot_id = bot_id
        self.long_poll = long_poll
        self.retry_after = 1
        self._state = _State()
        self._cond = threading.Condition()
        self._ids = itertools.count(1)
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- lifecycle -----------------------------------------------------------------------

    def __enter__(self) -> BotApiStandin:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def me(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Tarikh",
            "username": self.username,
            "can_join_groups": True,
            "supports_inline_queries": True,
        }

    # -- driving the bot -----------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update (its update_id is assigned here) for the next getUpdates."""
        with self._cond:
            update_id = next(self._ids)
            update = {"update_id": update_id, **update}
            for key in ("message", "edited_message"):
                if key in update:
                    chat = update[key]["chat"]
                    self._state.chats[chat["id"]] = chat
            self._state.updates.append(update)
            self._state.pushed_at[update_id] = time.perf_counter()
            self._cond.notify_all()
            return update_id

    def pushed_at(self, update_id: int) -> float:
        return self._state.pushed_at[update_id]

    def inject(self, method: str, *faults: str) -> None:
        """Make the next calls of `method` fail, in order: "429", "500", "403" or "drop"."""
        assert all(f in FAULTS for f in faults), faults
        with self._cond:
            self._state.faults[method].extend(faults)

    def add_file(self, content: bytes, file_name: str) -> dict[str, Any]:
        """Store a file for getFile/download; returns the `document` object of a message."""
        file_id = f"file{next(self._ids)}"
        self._state.files[file_id] = (f"documents/{file_name}", content)
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": file_name,
                "mime_type": "text/plain", "file_size": len(content)}  # fmt: skip

    # -- inspecting what the bot did ------------------------------------------------------

    def calls(self, method: str | None = None, failed: bool = False) -> list[Call]:
        """Calls answered normally (or, with `failed`, those answered with a fault)."""
        with self._cond:
            return [
                c
                for c in self._state.calls
                if (method is None or c.method == method) and (c.fault is not None) == failed
            ]

    async def wait_for(
        self,
        method: str,
        where: Callable[[dict[str, Any]], bool] = lambda _p: True,
        timeout: float = 10.0,
        count: int = 1,
    ) -> list[Call]:
        """Wait until `count` calls of `method` match `where`; return them."""
        deadline = time.monotonic() + timeout
        while True:
            found = [c for c in self.calls(method) if where(c.params)]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                seen = [(c.method, c.params.get("text", "")[:60]) for c in self.calls()][-10:]
                raise TimeoutError(f"{count}× {method} not seen; last calls: {seen}")
            await asyncio.sleep(0.01)

    # -- serving (request threads) --------------------------------------------------------

    def _next_fault(self, method: str) -> str | None:
        with self._cond:
            queue = self._state.faults.get(method)
            return queue.popleft() if queue else None

    def _record(self, method: str, params: dict[str, Any], fault: str | None) -> None:
        with self._cond:
            self._state.calls.append(Call(method, params, time.perf_counter(), fault))

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), self.long_poll)
        with self._cond:
            self._state.updates = [u for u in self._state.updates if u["update_id"] >= offset]
            if not self._state.updates and wait > 0:
                self._cond.wait(wait)
            return list(self._state.updates[: int(params.get("limit") or 100)])

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        chat = self._state.chats.get(chat_id, {"id": chat_id, "type": "private"})
        message_id = int(params.get("message_id") or next(self._ids))
        return {"message_id": message_id, "date": int(time.time()), "chat": chat,
                "from": self.me, "text": params.get("text", "")}  # fmt: skip

    def result(self, method: str, params: dict[str, Any]) -> Any:
        """The `result` of a successful call."""
        if method == "getMe":
            return self.me
        if method == "getUpdates":
            return self._get_updates(params)
        if method in ("sendMessage", "editMessageText"):
            return self._message(params) if "chat_id" in params else True
        if method == "sendPhoto":
            size = {"width": 1000, "height": 700}  # what the bot sends is kept in the call
            photo = {"file_id": f"photo{next(self._ids)}", "file_unique_id": "uphoto", **size}
            caption = {"caption": params["caption"]} if "caption" in params else {}
            return {**self._message(params), "photo": [photo], **caption}
        if method == "getFile":
            path, content = self._state.files[params["file_id"]]
            return {"file_id": params["file_id"], "file_unique_id": f"u{params['file_id']}",
                    "file_size": len(content), "file_path": path}  # fmt: skip
        return True

    def file(self, path: str) -> bytes | None:
        return next((c for p, c in self._state.files.values() if p == path), None)


class _QuietServer(ThreadingHTTPServer):
    # socketserver's default backlog is 5: a burst of replies on fresh connections overflows
    # it, and each dropped connection attempt is retried by the client's TCP a second later.
    request_queue_size = 128

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (e.g. a long poll cut short by shutdown) is not an error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler_for(api: BotApiStandin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: with Nagle's algorithm the body waits for
        # the client's delayed ACK of the headers, 40 ms on Linux, on every reply.
        disable_nagle_algorithm = True

        def log_message(self, *_args: object) -> None:  # paths carry the token: never log
            pass

        def do_GET(self) -> None:
            # /file/bot<token>/<file_path>
            parts = self.path.split("/", 3)
            content = api.file(parts[3]) if len(parts) == 4 and parts[1] == "file" else None
            if content is None:
                self._send(404, b"not found")
            else:
                self._send(200, content, "application/octet-stream")

        def do_POST(self) -> None:
            method = self.path.rsplit("/", 1)[-1]
            params = self._params()
            fault = api._next_fault(method)
            api._record(method, params, fault)
            if fault == "drop":
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if fault == "429":
                body = {"ok": False, "error_code": 429, "description": "Too Many Requests",
                        "parameters": {"retry_after": api.retry_after}}  # fmt: skip
                self._send(429, json.dumps(body).encode())
                return
            if fault == "403":
                reason = "Forbidden: bot can't initiate conversation with a user"
                body = {"ok": False, "error_code": 403, "description": reason}
                self._send(403, json.dumps(body).encode())
                return
            if fault == "500":
                body = {"ok": False, "error_code": 500, "description": "Internal Server Error"}
                self._send(500, json.dumps(body).encode())
                return
            body = {"ok": True, "result": api.result(method, params)}
            self._send(200, json.dumps(body).encode())

        def _params(self) -> dict[str, Any]:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            kind = self.headers.get("Content-Type") or ""
            if "json" in kind:
                return json.loads(raw or b"{}")
            if kind.startswith("multipart/form-data"):
                params = form_fields(kind, raw)
            else:
                params = {
                    k: v[0] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()
                }
            for key in JSON_FIELDS & params.keys():
                params[key] = json.loads(params[key])
            return params

        def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler
