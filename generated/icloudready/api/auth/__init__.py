"""The auth operations as methods: ``client.auth.<method>(...)``."""

from __future__ import annotations

# builtins.list in annotations: the `list` method would shadow the builtin inside the classes.
import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ..._runtime._pagination import Page, aiterate_pages, iterate_pages
from ..._runtime._resource import AsyncResource, SyncResource, given
from ..._runtime._response import APIResponse
from ...models.error import Error
from ...models.sign_in_request import SignInRequest
from ...models.sign_in_response import SignInResponse
from ...types import UNSET, Unset
from . import sign_in as _sign_in

if TYPE_CHECKING:
    from ..._runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


class AuthResource(SyncResource):
    """``client.auth``: the auth operations."""

    @property
    def with_raw_response(self) -> AuthResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return AuthResourceWithRawResponse(self._client)

    def sign_in(
        self,
        *,
        email: str,
        password: str,
    ) -> SignInResponse:
        """Sign in: POST /signin

        Exchanges an email and password for an access token (documented in the API
        overview). The response shape is inferred.

        """
        kwargs = _sign_in._get_kwargs(
            body=SignInRequest(
                email=email,
                password=password,
            ),
        )
        return self._client.request(kwargs, SignInResponse)


class AuthResourceWithRawResponse(SyncResource):
    """``client.auth.with_raw_response``."""

    def sign_in(
        self,
        *,
        email: str,
        password: str,
    ) -> APIResponse[SignInResponse]:
        """Sign in: POST /signin

        Exchanges an email and password for an access token (documented in the API
        overview). The response shape is inferred.

        """
        kwargs = _sign_in._get_kwargs(
            body=SignInRequest(
                email=email,
                password=password,
            ),
        )
        return self._client.request_raw(kwargs, SignInResponse)


class AsyncAuthResource(AsyncResource):
    """``client.auth`` of AsyncClient."""

    @property
    def with_raw_response(self) -> AsyncAuthResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return AsyncAuthResourceWithRawResponse(self._client)

    async def sign_in(
        self,
        *,
        email: str,
        password: str,
    ) -> SignInResponse:
        """Sign in: POST /signin

        Exchanges an email and password for an access token (documented in the API
        overview). The response shape is inferred.

        """
        kwargs = _sign_in._get_kwargs(
            body=SignInRequest(
                email=email,
                password=password,
            ),
        )
        return await self._client.request(kwargs, SignInResponse)


class AsyncAuthResourceWithRawResponse(AsyncResource):
    """``client.auth.with_raw_response`` of AsyncClient."""

    async def sign_in(
        self,
        *,
        email: str,
        password: str,
    ) -> APIResponse[SignInResponse]:
        """Sign in: POST /signin

        Exchanges an email and password for an access token (documented in the API
        overview). The response shape is inferred.

        """
        kwargs = _sign_in._get_kwargs(
            body=SignInRequest(
                email=email,
                password=password,
            ),
        )
        return await self._client.request_raw(kwargs, SignInResponse)


__all__ = [
    "AsyncAuthResource",
    "AsyncAuthResourceWithRawResponse",
    "AuthResource",
    "AuthResourceWithRawResponse",
]
