# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The authenticator operations as methods: ``client.authenticator.<method>(...)``."""

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
from icloudready_runtime._types import UNSET, Unset

from ..models.account import Account
from ..models.account_patch import AccountPatch
from ..models.sign_in_request import SignInRequest
from ..models.sign_in_response import SignInResponse
from ..models.sign_up_request import SignUpRequest

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_SIGN_UP_AUTHENTICATOR = _results.model(Account)
_SIGN_IN_AUTHENTICATOR = _results.model(SignInResponse)
_RETRIEVE_AUTHENTICATOR_ME = _results.model(Account)
_UPDATE_AUTHENTICATOR_ME = _results.model(Account)


class AuthenticatorResource(SyncResource):
    """``client.authenticator``: the authenticator operations."""

    @cached_property
    def with_raw_response(self) -> AuthenticatorResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AuthenticatorResourceWithRawResponse(self)

    def sign_up(
        self,
        *,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        rolename: str | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Account:
        """Create authenticator (sign-up): POST /authenticator/signup2

        Creates an account. Public; the new account can then sign in.

        Args:
            firstname: First name (all lower case on the wire). (str; at most 200 characters)
            lastname: Last name (all lower case on the wire). (str; at most 200 characters)
            email: Email address, used to sign in. (str; at most 320 characters)
            password: Password. (str; at most 1000 characters)
            rolename: Role of the account, e.g. "Admin". (str; at most 200 characters)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Account
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/authenticator/signup2",
                None,
                _coerce.body(
                    SignUpRequest,
                    {
                        "firstname": firstname,
                        "lastname": lastname,
                        "email": email,
                        "password": password,
                        "rolename": rolename,
                    },
                    "sign_up",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _SIGN_UP_AUTHENTICATOR,
        )

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
        """Create authenticator (sign-in): POST /authenticator/signin2

        Exchanges an email and password for an access token, like the overview's
        `POST /signin` (which `Client.sign_in` uses). Public.

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
                "/authenticator/signin2",
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
            _SIGN_IN_AUTHENTICATOR,
        )

    def retrieve_me(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Account:
        """Retrieve authenticator get: GET /authenticator/me

        Returns the signed-in account (the reference's description, "Returns a single authenticator ge...", is cut).

        Args:
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Account
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/authenticator/me",
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_AUTHENTICATOR_ME,
        )

    def update_me(
        self,
        *,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Account:
        """Update authenticator: PATCH /authenticator/me

        Changes the signed-in account. The reference documents no body, and its curl has
        no `-X PATCH` (as written it sends a GET).

        Args:
            firstname: First name. (str; at most 200 characters)
            lastname: Last name. (str; at most 200 characters)
            email: Email address. (str; at most 320 characters)
            password: New password. (str; at most 1000 characters)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Account
        """
        return self._client.request(
            RequestSpec(
                "PATCH",
                "/authenticator/me",
                None,
                _coerce.body(
                    AccountPatch,
                    {
                        "firstname": firstname,
                        "lastname": lastname,
                        "email": email,
                        "password": password,
                    },
                    "update_me",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_AUTHENTICATOR_ME,
        )


class AuthenticatorResourceWithRawResponse:
    """``client.authenticator.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: AuthenticatorResource) -> None:
        raw = AuthenticatorResource(resource._client._raw_copy())
        self.sign_up = to_raw_response_wrapper(raw.sign_up)
        self.sign_in = to_raw_response_wrapper(raw.sign_in)
        self.retrieve_me = to_raw_response_wrapper(raw.retrieve_me)
        self.update_me = to_raw_response_wrapper(raw.update_me)


class AsyncAuthenticatorResource(AsyncResource):
    """``client.authenticator`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthenticatorResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncAuthenticatorResourceWithRawResponse(self)

    async def sign_up(
        self,
        *,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        rolename: str | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Account:
        """Create authenticator (sign-up): POST /authenticator/signup2

        Creates an account. Public; the new account can then sign in.

        Args:
            firstname: First name (all lower case on the wire). (str; at most 200 characters)
            lastname: Last name (all lower case on the wire). (str; at most 200 characters)
            email: Email address, used to sign in. (str; at most 320 characters)
            password: Password. (str; at most 1000 characters)
            rolename: Role of the account, e.g. "Admin". (str; at most 200 characters)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Account
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/authenticator/signup2",
                None,
                _coerce.body(
                    SignUpRequest,
                    {
                        "firstname": firstname,
                        "lastname": lastname,
                        "email": email,
                        "password": password,
                        "rolename": rolename,
                    },
                    "sign_up",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _SIGN_UP_AUTHENTICATOR,
        )

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
        """Create authenticator (sign-in): POST /authenticator/signin2

        Exchanges an email and password for an access token, like the overview's
        `POST /signin` (which `Client.sign_in` uses). Public.

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
                "/authenticator/signin2",
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
            _SIGN_IN_AUTHENTICATOR,
        )

    async def retrieve_me(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Account:
        """Retrieve authenticator get: GET /authenticator/me

        Returns the signed-in account (the reference's description, "Returns a single authenticator ge...", is cut).

        Args:
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Account
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/authenticator/me",
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_AUTHENTICATOR_ME,
        )

    async def update_me(
        self,
        *,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Account:
        """Update authenticator: PATCH /authenticator/me

        Changes the signed-in account. The reference documents no body, and its curl has
        no `-X PATCH` (as written it sends a GET).

        Args:
            firstname: First name. (str; at most 200 characters)
            lastname: Last name. (str; at most 200 characters)
            email: Email address. (str; at most 320 characters)
            password: New password. (str; at most 1000 characters)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Account
        """
        return await self._client.request(
            RequestSpec(
                "PATCH",
                "/authenticator/me",
                None,
                _coerce.body(
                    AccountPatch,
                    {
                        "firstname": firstname,
                        "lastname": lastname,
                        "email": email,
                        "password": password,
                    },
                    "update_me",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_AUTHENTICATOR_ME,
        )


class AsyncAuthenticatorResourceWithRawResponse:
    """``client.authenticator.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncAuthenticatorResource) -> None:
        raw = AsyncAuthenticatorResource(resource._client._raw_copy())
        self.sign_up = async_to_raw_response_wrapper(raw.sign_up)
        self.sign_in = async_to_raw_response_wrapper(raw.sign_in)
        self.retrieve_me = async_to_raw_response_wrapper(raw.retrieve_me)
        self.update_me = async_to_raw_response_wrapper(raw.update_me)


__all__ = [
    "AsyncAuthenticatorResource",
    "AsyncAuthenticatorResourceWithRawResponse",
    "AuthenticatorResource",
    "AuthenticatorResourceWithRawResponse",
]
