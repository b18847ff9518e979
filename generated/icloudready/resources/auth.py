# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The auth operations as methods: ``client.auth.<method>(...)``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from icloudready_runtime import _coerce, _results
from icloudready_runtime._options import NOT_GIVEN, NotGiven, RequestOptions, RequestSpec, Timeout
from icloudready_runtime._resource import (
    AsyncResource,
    SyncResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)

from ..models.sign_in_request import SignInRequest
from ..models.sign_in_response import SignInResponse

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_SIGN_IN = _results.model(SignInResponse)


class AuthResource(SyncResource):
    """``client.auth``: the auth operations."""

    @cached_property
    def with_raw_response(self) -> AuthResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AuthResourceWithRawResponse(self)

    def sign_in(
        self,
        *,
        email: str,
        password: str,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SignInResponse:
        """Sign in: POST /signin

        Exchanges an email and password for an access token (documented in the API
        overview). The response shape is inferred.

        Args:
            email: The user's email address. (str; at most 320 characters; required)
            password: The user's password. (str; at most 1000 characters; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SignInResponse
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/signin",
                None,
                _coerce.body(
                    SignInRequest,
                    {
                        "email": email,
                        "password": password,
                    },
                    "sign_in",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _SIGN_IN,
        )


class AuthResourceWithRawResponse:
    """``client.auth.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: AuthResource) -> None:
        raw = AuthResource(resource._client._raw_copy())
        self.sign_in = to_raw_response_wrapper(raw.sign_in)


class AsyncAuthResource(AsyncResource):
    """``client.auth`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncAuthResourceWithRawResponse(self)

    async def sign_in(
        self,
        *,
        email: str,
        password: str,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SignInResponse:
        """Sign in: POST /signin

        Exchanges an email and password for an access token (documented in the API
        overview). The response shape is inferred.

        Args:
            email: The user's email address. (str; at most 320 characters; required)
            password: The user's password. (str; at most 1000 characters; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SignInResponse
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/signin",
                None,
                _coerce.body(
                    SignInRequest,
                    {
                        "email": email,
                        "password": password,
                    },
                    "sign_in",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _SIGN_IN,
        )


class AsyncAuthResourceWithRawResponse:
    """``client.auth.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        raw = AsyncAuthResource(resource._client._raw_copy())
        self.sign_in = async_to_raw_response_wrapper(raw.sign_in)


__all__ = [
    "AsyncAuthResource",
    "AsyncAuthResourceWithRawResponse",
    "AuthResource",
    "AuthResourceWithRawResponse",
]
