"""The exception hierarchy of the SDK (re-exported by ``icloudready.errors``).

Every failure a call can meet maps to one of these: no raw ``ValueError``,
``KeyError`` or ``JSONDecodeError`` reaches the caller.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ICloudReadyError",
    "InternalServerError",
    "InvalidPathParameterError",
    "NotFoundError",
    "PacingTimeoutError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "ValidationDetail",
    "status_error_class",
]


class ICloudReadyError(Exception):
    """Base of every exception this package raises."""


class InvalidPathParameterError(ICloudReadyError, ValueError):
    """A path parameter could reach another route (``..``, ``multiple``, ``multiple/``,
    ``%2E%2E``, ...); nothing was sent. ``reason`` says which rule it broke."""

    def __init__(self, name: str, value: str, template: str, reason: str | None = None) -> None:
        self.name = name
        self.value = value
        self.template = template
        self.reason = reason or (
            "it is empty, '.', '..' or another route's literal segment, so the request would "
            "reach a different endpoint"
        )
        shown = repr(value) if len(value) <= 80 else repr(value[:77]) + "..."
        super().__init__(
            f"{name}={shown} cannot be used in {template}: {self.reason}; nothing was sent"
        )


class APIError(ICloudReadyError):
    """A request was sent (or attempted) and did not give a usable result."""

    message: str
    request: httpx.Request | None
    body: object | None

    def __init__(
        self, message: str, request: httpx.Request | None = None, *, body: object | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a response."""

    def __init__(
        self, message: str = "Connection error.", request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request (or the call's overall deadline) timed out."""

    def __init__(
        self, message: str = "Request timed out.", request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request)


class PacingTimeoutError(APITimeoutError):
    """Keeping to the rate limit would wait past the call's deadline; nothing was sent.

    ``limit`` names the client option that imposed the wait (``rate_limit`` or
    ``hourly_rate_limit``); raising ``deadline`` is the other way out.
    """

    def __init__(self, message: str, *, limit: str, wait: float) -> None:
        super().__init__(message)
        self.limit = limit
        self.wait = wait


class APIResponseValidationError(APIError):
    """A 2xx response whose body cannot be read as the documented shape."""

    def __init__(self, message: str, response: httpx.Response, *, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a status that is not a success."""

    def __init__(self, message: str, response: httpx.Response, *, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get("x-request-id")

    def __str__(self) -> str:
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.status_code}: {self.message}{suffix}"


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: missing, malformed or unknown token, or wrong credentials at sign-in."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


@dataclass(frozen=True, slots=True)
class ValidationDetail:
    """One invalid field of a 422: its dotted path and what is wrong with it."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class UnprocessableEntityError(APIStatusError):
    """422: a field is invalid; ``details`` names each one, ``str()`` shows the first ones."""

    @property
    def details(self) -> list[ValidationDetail]:
        if isinstance(self.body, dict):
            details = self.body.get("details")
            if isinstance(details, list):
                return [
                    ValidationDetail(str(d.get("field", "")), str(d.get("message", "")))
                    for d in details
                    if isinstance(d, dict)
                ]
        return []

    def __str__(self) -> str:
        # The reasons the server's message does not already give.
        details = [d for d in self.details if str(d) not in self.message]
        if not details:
            return super().__str__()
        shown = "; ".join(str(d) for d in details[:3])
        more = f"; and {len(details) - 3} more" if len(details) > 3 else ""
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.status_code}: {self.message} {shown}{more}{suffix}"


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """5xx, including non-standard codes such as Cloudflare's 520-524."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for any non-success status code, standard or not."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


class ResponseTooLargeError(APIError):
    """A response body larger than the client's ``max_response_size``, on the wire or inflated.

    Reading stops at the limit, so a huge, endless or decompression-bomb body costs at
    most that much memory.
    """

    def __init__(self, message: str, response: httpx.Response, *, limit: int) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code
        self.limit = limit


class PaginationError(APIError):
    """A walk over every page (``list_all``) met a server that repeats pages it already gave."""
