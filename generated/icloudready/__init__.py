# Generated from openapi.yaml by openapi-python-client and overrides/templates/package_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The iCloudReady API: a typed client with retries, pacing and paging.

    from icloudready import Client

    with Client() as client:  # ICLOUDREADY_API_KEY, ICLOUDREADY_BASE_URL
        for opportunity in client.opportunities.list_all(q="villa"):
            print(opportunity.id, opportunity.stage)

Models are in ``icloudready.models``.
"""

from icloudready_runtime._coerce import SupportsToDict
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
from icloudready_runtime._pagination import Page
from icloudready_runtime._response import APIResponse
from icloudready_runtime._types import UNSET, Unset

from ._client import AsyncClient, Client

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "ICloudReadyError",
    "InternalServerError",
    "InvalidPathParameterError",
    "NotFoundError",
    "PacingTimeoutError",
    "PaginationError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SupportsToDict",
    "UnprocessableEntityError",
    "Unset",
    "ValidationDetail",
]
