"""Webhook mode for replicas: one small tornado server per process, on one port.

Along the lines of PTB's customwebhookbot.py example (tornado rather than starlette/uvicorn:
PTB's webhooks extra already brings it):
- `POST <path of the webhook URL>`: an update, accepted only with the shared secret header;
- `GET /healthz`: 200 while the process runs;
- `GET /readyz`: 503 until an index build is loaded, then 200 with the build as JSON.
Every replica registers the same URL and secret, so registering again is harmless.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import signal
from http import HTTPStatus
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import tornado.web
from telegram import Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer

from bot.app import build_application
from bot.config import Settings
from bot.logs import RedactSecret
from index.service import BuildInfo, NoIndexBuild

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from index.service import AnswerService

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# The loggers that print Bot API call parameters (setWebhook's secret_token among them).
BOT_LOGGERS = ("telegram.Bot", "telegram.ext.ExtBot")


def served_build(service: AnswerService) -> BuildInfo | None:
    """The loaded build, or None while there is none yet."""
    try:
        return service.build_info
    except NoIndexBuild:
        return None


class UpdateHandler(tornado.web.RequestHandler):
    """Telegram's POSTs: checked for the secret, then queued for the Application."""

    def initialize(self, bot_app: Application, service: AnswerService, secret: str) -> None:
        self.bot_app = bot_app
        self.service = service
        self.secret = secret

    async def post(self) -> None:
        token = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(token.encode(), self.secret.encode()):
            log.warning(
                "refused a webhook request without the secret from %s", self.request.remote_ip
            )
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        if served_build(self.service) is None:  # Telegram retries later, or another replica
            raise tornado.web.HTTPError(HTTPStatus.SERVICE_UNAVAILABLE)
        try:
            update = Update.de_json(json.loads(self.request.body), self.bot_app.bot)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            log.warning("refused a malformed update: %s", exc)
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST) from exc
        await self.bot_app.update_queue.put(update)


class HealthHandler(tornado.web.RequestHandler):
    def get(self) -> None:
        self.write({"status": "ok"})


class ReadyHandler(tornado.web.RequestHandler):
    def initialize(self, service: AnswerService) -> None:
        self.service = service

    def get(self) -> None:
        info = served_build(self.service)
        if info is None:
            self.set_status(HTTPStatus.SERVICE_UNAVAILABLE)
            self.write({"status": "loading"})
            return
        self.write({"build_id": info.build_id, "model": info.model_id, "passages": info.passages})


def web_app(
    application: Application, service: AnswerService, path: str, secret: str
) -> tornado.web.Application:
    """The tornado application: the update path and the two probes."""
    return tornado.web.Application(
        [
            (
                re.escape(path),
                UpdateHandler,
                {"bot_app": application, "service": service, "secret": secret},
            ),
            (r"/healthz", HealthHandler),
            (r"/readyz", ReadyHandler, {"service": service}),
        ],
        log_function=_log_request,
    )


def _log_request(handler: tornado.web.RequestHandler) -> None:
    """Access log: successes at DEBUG (one per update is noise); the path, never headers."""
    status = handler.get_status()
    level = logging.DEBUG if status < 400 else logging.WARNING
    request = handler.request
    log.log(
        level,
        "%d %s %s (%.1f ms)",
        status,
        request.method,
        request.path,
        1000 * request.request_time(),
    )


def webhook_path(url: str) -> str:
    """The path Telegram posts to: the webhook URL's, '/' if it has none."""
    return urlparse(url).path or "/"


async def serve(
    settings: Settings,
    service: AnswerService,
    sessions: sessionmaker[Session],
    url: str,
    listen: str,
    port: int,
    stop: asyncio.Event | None = None,
) -> None:
    """Listen at once (healthz), load or build the index (then readyz), register the webhook,
    and process updates until `stop` is set (SIGINT/SIGTERM when not given)."""
    if settings.webhook_secret is None:
        raise ValueError("WEBHOOK_SECRET is not set")
    secret = settings.webhook_secret.get_secret_value()
    redact = RedactSecret(secret)
    for name in BOT_LOGGERS:
        logging.getLogger(name).addFilter(redact)
    if stop is None:
        stop = asyncio.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            asyncio.get_running_loop().add_signal_handler(signum, stop.set)
    application = build_application(settings, service, sessions)
    server = HTTPServer(web_app(application, service, webhook_path(url), secret))
    server.listen(port, address=listen)
    log.info("listening on %s:%d for %s", listen, port, webhook_path(url))
    try:
        async with application:
            await application.post_init(application)
            if served_build(service) is None:
                await asyncio.to_thread(service.load_or_build)
            await application.start()
            try:
                await application.bot.set_webhook(
                    url, allowed_updates=Update.ALL_TYPES, secret_token=secret
                )
                log.info("webhook registered; serving")
                await stop.wait()
            finally:
                await application.stop()
    finally:
        server.stop()
        await server.close_all_connections()
        for name in BOT_LOGGERS:
            logging.getLogger(name).removeFilter(redact)


def run_webhook(
    settings: Settings,
    service: AnswerService,
    sessions: sessionmaker[Session],
    url: str,
    listen: str,
    port: int,
) -> None:
    """Serve the webhook until SIGINT/SIGTERM."""
    asyncio.run(serve(settings, service, sessions, url, listen, port))
