"""A client library for accessing iCloudReady Opportunities API.

from icloudready import Client

with Client() as client:  # ICLOUDREADY_API_KEY, ICLOUDREADY_BASE_URL
    for opportunity in client.opportunities.list_all(q="villa"):
        print(opportunity.id, opportunity.stage)
"""

from ._runtime._pagination import Page
from ._runtime._response import APIResponse
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
    PermissionDeniedError,
    RateLimitError,
    UnexpectedStatus,
    UnprocessableEntityError,
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
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "Unset",
]
