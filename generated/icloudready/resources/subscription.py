# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The subscription operations as methods: ``client.subscription.<method>(...)``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

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
from ..models.free_trial_request import FreeTrialRequest

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_CREATE_FREE_TRIAL = _results.model(Account)
_RETRIEVE_STRIPE_SUBSCRIPTIONS = _results.parse_any
_CREATE_SUBSCRIPTION = _results.parse_any
_UPDATE_SUBSCRIPTION = _results.parse_any
_CANCEL_SUBSCRIPTION = _results.parse_any


class SubscriptionResource(SyncResource):
    """``client.subscription``: the subscription operations."""

    @cached_property
    def with_raw_response(self) -> SubscriptionResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return SubscriptionResourceWithRawResponse(self)

    def create_free_trial(
        self,
        *,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        company_size: str | Unset = UNSET,
        total_apartments: str | Unset = UNSET,
        country: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        plan: str | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Account:
        """Create authenticator (free trial): POST /authenticator/freetrial

        Starts a free trial: creates an account for the person and company given. Public:
        no token is needed.

        Args:
            email: Email address of the account. (str; at most 320 characters)
            password: Password of the account. (str; at most 1000 characters)
            firstname: First name (all lower case on the wire). (str; at most 200 characters)
            lastname: Last name (all lower case on the wire). (str; at most 200 characters)
            company_name: Name of the company. (str; at most 200 characters)
            company_size: Size of the company (a string). (str; at most 200 characters)
            total_apartments: How many apartments the company manages (a string). (str; at most 200 characters)
            country: Country. (str; at most 200 characters)
            phone: Phone number. (str; at most 200 characters)
            plan: Plan. (str; at most 200 characters)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Account
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/authenticator/freetrial",
                None,
                _coerce.body(
                    FreeTrialRequest,
                    {
                        "email": email,
                        "password": password,
                        "firstname": firstname,
                        "lastname": lastname,
                        "company_name": company_name,
                        "company_size": company_size,
                        "total_apartments": total_apartments,
                        "country": country,
                        "phone": phone,
                        "plan": plan,
                    },
                    "create_free_trial",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_FREE_TRIAL,
        )

    def retrieve_stripe_subscriptions(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Retrieve authenticator stripe: GET /authenticator/stripe_subscriptions

        Returns the signed-in account's Stripe subscriptions. The reference's description
        speaks of an id in the URL, but the path has none.

        Args:
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Any
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/authenticator/stripe_subscriptions",
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_STRIPE_SUBSCRIPTIONS,
        )

    def create(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Create authenticator create: POST /authenticator/create_subscription

        Creates a subscription for the signed-in account. The reference documents no body (its curl sends a JSON content type and no data).

        Args:
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Any
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/authenticator/create_subscription",
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_SUBSCRIPTION,
        )

    def update(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Update authenticator update: PUT /authenticator/update_subscription

        Updates the signed-in account's subscription. The reference documents no body (its curl has no content type and no data).

        Args:
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Any
        """
        return self._client.request(
            RequestSpec(
                "PUT",
                "/authenticator/update_subscription",
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_SUBSCRIPTION,
        )

    def cancel(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Update authenticator cancel: PATCH /authenticator/cancel_subscription

        Cancels the signed-in account's subscription. The reference shows only this
        operation's title and the "parameters not set will be unchanged" text.

        Args:
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Any
        """
        return self._client.request(
            RequestSpec(
                "PATCH",
                "/authenticator/cancel_subscription",
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CANCEL_SUBSCRIPTION,
        )


class SubscriptionResourceWithRawResponse:
    """``client.subscription.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: SubscriptionResource) -> None:
        raw = SubscriptionResource(resource._client._raw_copy())
        self.create_free_trial = to_raw_response_wrapper(raw.create_free_trial)
        self.retrieve_stripe_subscriptions = to_raw_response_wrapper(
            raw.retrieve_stripe_subscriptions
        )
        self.create = to_raw_response_wrapper(raw.create)
        self.update = to_raw_response_wrapper(raw.update)
        self.cancel = to_raw_response_wrapper(raw.cancel)


class AsyncSubscriptionResource(AsyncResource):
    """``client.subscription`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncSubscriptionResourceWithRawResponse(self)

    async def create_free_trial(
        self,
        *,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        company_size: str | Unset = UNSET,
        total_apartments: str | Unset = UNSET,
        country: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        plan: str | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Account:
        """Create authenticator (free trial): POST /authenticator/freetrial

        Starts a free trial: creates an account for the person and company given. Public:
        no token is needed.

        Args:
            email: Email address of the account. (str; at most 320 characters)
            password: Password of the account. (str; at most 1000 characters)
            firstname: First name (all lower case on the wire). (str; at most 200 characters)
            lastname: Last name (all lower case on the wire). (str; at most 200 characters)
            company_name: Name of the company. (str; at most 200 characters)
            company_size: Size of the company (a string). (str; at most 200 characters)
            total_apartments: How many apartments the company manages (a string). (str; at most 200 characters)
            country: Country. (str; at most 200 characters)
            phone: Phone number. (str; at most 200 characters)
            plan: Plan. (str; at most 200 characters)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Account
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/authenticator/freetrial",
                None,
                _coerce.body(
                    FreeTrialRequest,
                    {
                        "email": email,
                        "password": password,
                        "firstname": firstname,
                        "lastname": lastname,
                        "company_name": company_name,
                        "company_size": company_size,
                        "total_apartments": total_apartments,
                        "country": country,
                        "phone": phone,
                        "plan": plan,
                    },
                    "create_free_trial",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_FREE_TRIAL,
        )

    async def retrieve_stripe_subscriptions(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Retrieve authenticator stripe: GET /authenticator/stripe_subscriptions

        Returns the signed-in account's Stripe subscriptions. The reference's description
        speaks of an id in the URL, but the path has none.

        Args:
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Any
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/authenticator/stripe_subscriptions",
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_STRIPE_SUBSCRIPTIONS,
        )

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Create authenticator create: POST /authenticator/create_subscription

        Creates a subscription for the signed-in account. The reference documents no body (its curl sends a JSON content type and no data).

        Args:
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Any
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/authenticator/create_subscription",
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_SUBSCRIPTION,
        )

    async def update(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Update authenticator update: PUT /authenticator/update_subscription

        Updates the signed-in account's subscription. The reference documents no body (its curl has no content type and no data).

        Args:
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Any
        """
        return await self._client.request(
            RequestSpec(
                "PUT",
                "/authenticator/update_subscription",
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_SUBSCRIPTION,
        )

    async def cancel(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Update authenticator cancel: PATCH /authenticator/cancel_subscription

        Cancels the signed-in account's subscription. The reference shows only this
        operation's title and the "parameters not set will be unchanged" text.

        Args:
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Any
        """
        return await self._client.request(
            RequestSpec(
                "PATCH",
                "/authenticator/cancel_subscription",
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CANCEL_SUBSCRIPTION,
        )


class AsyncSubscriptionResourceWithRawResponse:
    """``client.subscription.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncSubscriptionResource) -> None:
        raw = AsyncSubscriptionResource(resource._client._raw_copy())
        self.create_free_trial = async_to_raw_response_wrapper(raw.create_free_trial)
        self.retrieve_stripe_subscriptions = async_to_raw_response_wrapper(
            raw.retrieve_stripe_subscriptions
        )
        self.create = async_to_raw_response_wrapper(raw.create)
        self.update = async_to_raw_response_wrapper(raw.update)
        self.cancel = async_to_raw_response_wrapper(raw.cancel)


__all__ = [
    "AsyncSubscriptionResource",
    "AsyncSubscriptionResourceWithRawResponse",
    "SubscriptionResource",
    "SubscriptionResourceWithRawResponse",
]
