# Generated from openapi.yaml by openapi-python-client and overrides/templates/package_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""A client library for accessing iCloudReady Opportunities API.

from icloudready import Client

with Client() as client:  # ICLOUDREADY_API_KEY, ICLOUDREADY_BASE_URL
    for opportunity in client.opportunities.list_all(q="villa"):
        print(opportunity.id, opportunity.stage)
"""

from icloudready_runtime._coerce import SupportsToDict
from icloudready_runtime._pagination import Page
from icloudready_runtime._response import APIResponse

from .api import AsyncClient, Client
from .errors import (
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
    UnexpectedStatus,
    UnprocessableEntityError,
    ValidationDetail,
)
from .types import UNSET, Unset

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
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "Unset",
    "SupportsToDict",
    "ValidationDetail",
]
