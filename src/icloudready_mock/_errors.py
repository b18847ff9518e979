"""The one error body shape of openapi.yaml (schema Error), raised anywhere in the app."""

from __future__ import annotations

import json
from typing import Any


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
