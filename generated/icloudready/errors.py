# Generated from openapi.yaml by openapi-python-client and overrides/templates/errors.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""Exceptions raised by icloudready: every one derives from ICloudReadyError."""

from icloudready_runtime._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ICloudReadyError,
    InternalServerError,
    InvalidPathParameterError,
    NotFoundError,
    PacingTimeoutError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    UnprocessableEntityError,
    ValidationDetail,
)


class UnexpectedStatus(ICloudReadyError):
    """Raised by the raw operation functions for an undocumented status when Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


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
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "ValidationDetail",
]
