"""The message of an error response, whatever shape its body has.

The spec infers one error body, ``{"error": code, "message": text, "details": [...]}``.
Servers also answer ``{"message": ...}``, ``{"error": {"message": ...}}``, a JSON string,
plain text or an HTML page (a proxy's or a framework's default). Each gives a useful
message here, and each form other than the inferred one is noted once per client.
"""

from __future__ import annotations

import html
import json
import re

import httpx

from ._parsing import Deviations

# Where the spec's error bodies are inferred (components.responses: BadRequest, NotFound, ...).
WHERE = "components.responses (error bodies)"
_MAX_MESSAGE = 300
_TITLE = re.compile(r"<(title|h1)[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


class UnreadableJSON(str):
    """The start of a body that claims to be JSON but cannot be read (nested too deeply)."""

    __slots__ = ()


def read_error_body(response: httpx.Response) -> object:
    """The body as JSON when it is JSON, else its text (cut to 2,000 characters)."""
    try:
        return json.loads(response.content)
    except RecursionError:
        return UnreadableJSON(response.text[:2000])
    except (ValueError, UnicodeDecodeError):
        return response.text[:2000]


def _short(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 3] + "..."


def _from_object(body: dict[object, object]) -> tuple[str | None, str]:
    message, error = body.get("message"), body.get("error")
    if isinstance(message, str) and message:
        return message, ("{error, message}" if isinstance(error, str) else "{message}")
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return str(error["message"]), "{error: {message}}"
    if isinstance(error, str) and error:
        return error, "{error}"
    for key in ("detail", "msg", "description"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value, f"{{{key}}}"
    return None, "an object without a message"


def error_message(
    body: object,
    response: httpx.Response,
    deviations: Deviations | None = None,
    *,
    expected: str = "{error, message}",
) -> str:
    """A one-line explanation of an error response, from its body or its reason phrase;
    a form other than ``expected`` (the spec's) is noted as a deviation."""
    message: str | None = None
    if isinstance(body, dict):
        message, form = _from_object(body)
    elif isinstance(body, UnreadableJSON):
        form = "JSON nested too deeply to read"
    elif isinstance(body, str) and "<" in body and _TAG.search(body):
        found = _TITLE.search(body)
        message = html.unescape(_TAG.sub("", found.group(2))) if found else None
        form = "HTML"
    elif isinstance(body, str):
        message, form = body, ("plain text" if body else "empty")
    else:
        form = f"JSON {type(body).__name__}"
    if deviations is not None and form != expected:
        deviations.note(f"error body: {form}", WHERE)
    message = _short(message) if message else ""
    return message or response.reason_phrase or f"HTTP {response.status_code}"
