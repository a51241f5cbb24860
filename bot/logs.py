"""Logging for operators: one format, quiet HTTP clients, the bot token and webhook secret
never printed."""

from __future__ import annotations

import logging
import re

# Bot API URLs carry the token as /bot<id>:<secret>/ — redact any token-shaped string.
_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


_REDACTED = "<redacted-token>"


class RedactTokens(logging.Filter):
    """Replaces anything shaped like a bot token in a record's message and its traceback
    (network errors carry the request URL, and with it the token)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TOKEN.search(message):
            record.msg = _TOKEN.sub(_REDACTED, message)
            record.args = None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text when it is set, so the redacted one is what prints.
            record.exc_text = _TOKEN.sub(
                _REDACTED, logging.Formatter().formatException(record.exc_info)
            )
        return True


class RedactSecret(logging.Filter):
    """Replaces one secret (the webhook's) in log records: PTB logs the parameters of Bot API
    calls at DEBUG, setWebhook's secret_token among them."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self._secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self._secret in message:
            record.msg, record.args = message.replace(self._secret, "***"), None
        return True


def configure_logging(verbose: bool = False) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S")
    )
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    for noisy in ("httpx", "httpcore", "apscheduler", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
