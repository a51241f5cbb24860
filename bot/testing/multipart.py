"""Files the bot uploads to the stand-in: multipart/form-data bodies (sendPhoto, sendDocument)."""

from __future__ import annotations

import email.parser
import email.policy
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded, e.g. the photo of sendPhoto."""

    file_name: str
    content: bytes


def form_fields(content_type: str, raw: bytes) -> dict[str, Any]:
    """Fields of a multipart/form-data body: text as str, files as `Upload`."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    form = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + raw)
    fields: dict[str, Any] = {}
    for part in form.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True) or b""
        file_name = part.get_filename()
        fields[name] = Upload(file_name, content) if file_name else content.decode()
    return fields
