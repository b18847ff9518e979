"""The one error body shape of openapi.yaml (schema Error), raised anywhere in the app."""

from __future__ import annotations

import json
from typing import Any

# How much of a client's own input an error message repeats: enough to recognise it, never
# the whole of a 1 MB value (the rest is counted, not echoed).
MAX_ECHO = 100


def shorten(text: str, limit: int = MAX_ECHO) -> str:
    """``text`` as it may appear in an error: its start and its length when it is long."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text)} characters)"


def printable(text: str) -> str:
    """``text`` with lone surrogates written as ``\\udXXX`` escapes, so it can be encoded."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


class HTTPError(Exception):
    """Answer with ``status`` and ``{"error": code, "message": ..., "details": [...]}``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        details: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}

    def body(self) -> bytes:
        payload: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.details:
            payload["details"] = self.details
        try:
            return json.dumps(payload, ensure_ascii=False).encode()
        except UnicodeEncodeError:
            # A lone surrogate that reached a message: as a \\ud800 escape, still valid JSON.
            return json.dumps(payload).encode()
