# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The realms operations as methods: ``client.realms.<method>(...)``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from icloudready_runtime import _coerce, _results
from icloudready_runtime._options import NOT_GIVEN, NotGiven, RequestOptions, RequestSpec, Timeout
from icloudready_runtime._pagination import Page, aiterate_pages, iterate_pages
from icloudready_runtime._paths import expand_path
from icloudready_runtime._resource import (
    AsyncResource,
    SyncResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from icloudready_runtime._types import UNSET, Unset

from .._client import ROUTES
from ..models.list_realms_order import ListRealmsOrder
from ..models.list_realms_sort_by import ListRealmsSortBy
from ..models.realm import Realm
from ..models.realm_input import RealmInput
from ..models.realm_list import RealmList

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_REALMS = _results.page(Realm, RealmList, page="page", limit="limit")
_CREATE_REALM = _results.model(Realm)
_RETRIEVE_REALM = _results.model(Realm)


class RealmsResource(SyncResource):
    """``client.realms``: the realms operations."""

    @cached_property
    def with_raw_response(self) -> RealmsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return RealmsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListRealmsOrder | None = None,
        q: str | None = None,
        sort_by: ListRealmsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Realm]:
        """List all realms: GET /realms

        Returns a list of realms. The realms are returned in sorted order, with the most
        recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListRealmsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the realms are sorted by. (one of created_at, updated_at, name; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each realm carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a realm is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Realm]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/realms",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Realm, sort_by),
                    "fields": _coerce.wire_fields(Realm, fields),
                    "p": _coerce.wire_filters(Realm, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_REALMS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListRealmsOrder | None = None,
        q: str | None = None,
        sort_by: ListRealmsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[Realm]:
        """Every record ``list`` finds, page after page, fetched lazily; ids already yielded are skipped."""
        return iterate_pages(
            lambda page: self.list(
                limit=limit,
                order=order,
                q=q,
                sort_by=sort_by,
                fields=fields,
                p=p,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    def create(
        self,
        *,
        name: str | None | Unset = UNSET,
        primary_color: str | None | Unset = UNSET,
        secondary_color: str | None | Unset = UNSET,
        logo_file: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        city_ar: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        country_ar: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        currency: str | None | Unset = UNSET,
        idengager_server_url: str | None | Unset = UNSET,
        idengager_app_id: str | None | Unset = UNSET,
        idengager_master_key: str | None | Unset = UNSET,
        idata_workers_key: str | None | Unset = UNSET,
        idata_workers_url: str | None | Unset = UNSET,
        members: Sequence[Any] | None | Unset = UNSET,
        addresses: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        revenue_types: Sequence[Any] | None | Unset = UNSET,
        company_info: Mapping[str, Any] | None | Unset = UNSET,
        third_parties: Mapping[str, Any] | None | Unset = UNSET,
        is_company: bool | None | Unset = UNSET,
        bank_info: Any | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Realm:
        """Create realm: POST /realms

        Creates a realm. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            name: Name of the realm. (str | None; at most 200 characters; None sends null, which clears the field)
            primary_color: Primary brand colour. (str | None; at most 200 characters; None sends null, which clears the field)
            secondary_color: Secondary brand colour. (str | None; at most 200 characters; None sends null, which clears the field)
            logo_file: Where the logo is stored. (str | None; at most 2000 characters; None sends null, which clears the field)
            city: City. (str | None; at most 200 characters; None sends null, which clears the field)
            city_ar: City, in Arabic. (str | None; at most 200 characters; None sends null, which clears the field)
            country: Country. (str | None; at most 200 characters; None sends null, which clears the field)
            country_ar: Country, in Arabic. (str | None; at most 200 characters; None sends null, which clears the field)
            locale: Locale, e.g. "en". (str | None; at most 200 characters; None sends null, which clears the field)
            currency: Currency code. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_server_url: URL of the iDengager server. (str | None; at most 2000 characters; None sends null, which clears the field)
            idengager_app_id: iDengager application id. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_master_key: iDengager master key. (str | None; at most 200 characters; None sends null, which clears the field)
            idata_workers_key: iData workers key. (str | None; at most 200 characters; None sends null, which clears the field)
            idata_workers_url: URL of the iData workers. (str | None; at most 2000 characters; None sends null, which clears the field)
            members: Members of the realm; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            addresses: Addresses; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            revenue_types: Revenue types; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            company_info: Free-form company information. (mapping | None; None sends null, which clears the field)
            third_parties: Free-form third-party settings. (mapping | None; None sends null, which clears the field)
            is_company: Whether the realm is a company. (bool | None; None sends null, which clears the field)
            bank_info: Bank information, of any JSON type (documented as "any"; the curl sends ""; an object in contracts, a string in subprojects). (Any)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Realm
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/realms",
                None,
                _coerce.body(
                    RealmInput,
                    {
                        "name": name,
                        "primary_color": primary_color,
                        "secondary_color": secondary_color,
                        "logo_file": logo_file,
                        "city": city,
                        "city_ar": city_ar,
                        "country": country,
                        "country_ar": country_ar,
                        "locale": locale,
                        "currency": currency,
                        "idengager_server_url": idengager_server_url,
                        "idengager_app_id": idengager_app_id,
                        "idengager_master_key": idengager_master_key,
                        "idata_workers_key": idata_workers_key,
                        "idata_workers_url": idata_workers_url,
                        "members": members,
                        "addresses": addresses,
                        "contacts": contacts,
                        "revenue_types": revenue_types,
                        "company_info": company_info,
                        "third_parties": third_parties,
                        "is_company": is_company,
                        "bank_info": bank_info,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_REALM,
        )

    def retrieve(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Realm:
        """Retrieve realm: GET /realms/{id}

        Returns a single realm, which you can request by passing through an id in the url.

        Args:
            id: ID of the realm. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Realm
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/realms/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_REALM,
        )


class RealmsResourceWithRawResponse:
    """``client.realms.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: RealmsResource) -> None:
        raw = RealmsResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)


class AsyncRealmsResource(AsyncResource):
    """``client.realms`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncRealmsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncRealmsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListRealmsOrder | None = None,
        q: str | None = None,
        sort_by: ListRealmsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Realm]:
        """List all realms: GET /realms

        Returns a list of realms. The realms are returned in sorted order, with the most
        recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListRealmsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the realms are sorted by. (one of created_at, updated_at, name; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each realm carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a realm is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Realm]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/realms",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Realm, sort_by),
                    "fields": _coerce.wire_fields(Realm, fields),
                    "p": _coerce.wire_filters(Realm, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_REALMS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListRealmsOrder | None = None,
        q: str | None = None,
        sort_by: ListRealmsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Realm]:
        """Every record ``list`` finds, page after page, fetched lazily; ids already yielded are skipped."""
        return aiterate_pages(
            lambda page: self.list(
                limit=limit,
                order=order,
                q=q,
                sort_by=sort_by,
                fields=fields,
                p=p,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )

    async def create(
        self,
        *,
        name: str | None | Unset = UNSET,
        primary_color: str | None | Unset = UNSET,
        secondary_color: str | None | Unset = UNSET,
        logo_file: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        city_ar: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        country_ar: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        currency: str | None | Unset = UNSET,
        idengager_server_url: str | None | Unset = UNSET,
        idengager_app_id: str | None | Unset = UNSET,
        idengager_master_key: str | None | Unset = UNSET,
        idata_workers_key: str | None | Unset = UNSET,
        idata_workers_url: str | None | Unset = UNSET,
        members: Sequence[Any] | None | Unset = UNSET,
        addresses: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        revenue_types: Sequence[Any] | None | Unset = UNSET,
        company_info: Mapping[str, Any] | None | Unset = UNSET,
        third_parties: Mapping[str, Any] | None | Unset = UNSET,
        is_company: bool | None | Unset = UNSET,
        bank_info: Any | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Realm:
        """Create realm: POST /realms

        Creates a realm. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            name: Name of the realm. (str | None; at most 200 characters; None sends null, which clears the field)
            primary_color: Primary brand colour. (str | None; at most 200 characters; None sends null, which clears the field)
            secondary_color: Secondary brand colour. (str | None; at most 200 characters; None sends null, which clears the field)
            logo_file: Where the logo is stored. (str | None; at most 2000 characters; None sends null, which clears the field)
            city: City. (str | None; at most 200 characters; None sends null, which clears the field)
            city_ar: City, in Arabic. (str | None; at most 200 characters; None sends null, which clears the field)
            country: Country. (str | None; at most 200 characters; None sends null, which clears the field)
            country_ar: Country, in Arabic. (str | None; at most 200 characters; None sends null, which clears the field)
            locale: Locale, e.g. "en". (str | None; at most 200 characters; None sends null, which clears the field)
            currency: Currency code. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_server_url: URL of the iDengager server. (str | None; at most 2000 characters; None sends null, which clears the field)
            idengager_app_id: iDengager application id. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_master_key: iDengager master key. (str | None; at most 200 characters; None sends null, which clears the field)
            idata_workers_key: iData workers key. (str | None; at most 200 characters; None sends null, which clears the field)
            idata_workers_url: URL of the iData workers. (str | None; at most 2000 characters; None sends null, which clears the field)
            members: Members of the realm; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            addresses: Addresses; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            revenue_types: Revenue types; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            company_info: Free-form company information. (mapping | None; None sends null, which clears the field)
            third_parties: Free-form third-party settings. (mapping | None; None sends null, which clears the field)
            is_company: Whether the realm is a company. (bool | None; None sends null, which clears the field)
            bank_info: Bank information, of any JSON type (documented as "any"; the curl sends ""; an object in contracts, a string in subprojects). (Any)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Realm
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/realms",
                None,
                _coerce.body(
                    RealmInput,
                    {
                        "name": name,
                        "primary_color": primary_color,
                        "secondary_color": secondary_color,
                        "logo_file": logo_file,
                        "city": city,
                        "city_ar": city_ar,
                        "country": country,
                        "country_ar": country_ar,
                        "locale": locale,
                        "currency": currency,
                        "idengager_server_url": idengager_server_url,
                        "idengager_app_id": idengager_app_id,
                        "idengager_master_key": idengager_master_key,
                        "idata_workers_key": idata_workers_key,
                        "idata_workers_url": idata_workers_url,
                        "members": members,
                        "addresses": addresses,
                        "contacts": contacts,
                        "revenue_types": revenue_types,
                        "company_info": company_info,
                        "third_parties": third_parties,
                        "is_company": is_company,
                        "bank_info": bank_info,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_REALM,
        )

    async def retrieve(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Realm:
        """Retrieve realm: GET /realms/{id}

        Returns a single realm, which you can request by passing through an id in the url.

        Args:
            id: ID of the realm. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Realm
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/realms/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_REALM,
        )


class AsyncRealmsResourceWithRawResponse:
    """``client.realms.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncRealmsResource) -> None:
        raw = AsyncRealmsResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)


__all__ = [
    "AsyncRealmsResource",
    "AsyncRealmsResourceWithRawResponse",
    "RealmsResource",
    "RealmsResourceWithRawResponse",
]
