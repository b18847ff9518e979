# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The terms operations as methods: ``client.terms.<method>(...)``."""

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
from ..models.list_terms_order import ListTermsOrder
from ..models.list_terms_sort_by import ListTermsSortBy
from ..models.term import Term
from ..models.term_input import TermInput
from ..models.term_list import TermList

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_TERMS = _results.page(Term, TermList, page="page", limit="limit")
_CREATE_TERM = _results.model(Term)
_RETRIEVE_TERM = _results.model(Term)
_UPDATE_TERM = _results.model(Term)


class TermsResource(SyncResource):
    """``client.terms``: the terms operations."""

    @cached_property
    def with_raw_response(self) -> TermsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return TermsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListTermsOrder | None = None,
        q: str | None = None,
        sort_by: ListTermsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Term]:
        """List all terms: GET /terms

        Returns a list of terms. The terms are returned in sorted order, with the most
        recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListTermsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the terms are sorted by. (one of created_at, updated_at, term_order, term_name, status, term_default_val; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each term carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a term is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Term]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/terms",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Term, sort_by),
                    "fields": _coerce.wire_fields(Term, fields),
                    "p": _coerce.wire_filters(Term, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_TERMS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListTermsOrder | None = None,
        q: str | None = None,
        sort_by: ListTermsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[Term]:
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
        term_type: str | None | Unset = UNSET,
        term_order: str | None | Unset = UNSET,
        term_name: str | None | Unset = UNSET,
        term_desc: str | None | Unset = UNSET,
        term_text: str | None | Unset = UNSET,
        appliedfrom: str | None | Unset = UNSET,
        applied_to: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        include: str | None | Unset = UNSET,
        term_flag: Any | Unset = UNSET,
        term_default_val: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Term:
        """Create terms: POST /terms

        Creates a term. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            term_type: Type of the term. (str | None; at most 200 characters; None sends null, which clears the field)
            term_order: Position of the term (a string, not a number). (str | None; at most 200 characters; None sends null, which clears the field)
            term_name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            term_desc: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            term_text: Text of the term. (str | None; at most 10000 characters; None sends null, which clears the field)
            appliedfrom: Where the term applies from (lower-case f on the wire). (str | None; at most 200 characters; None sends null, which clears the field)
            applied_to: Where the term applies to. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            include: Whether the term is included (a string). (str | None; at most 200 characters; None sends null, which clears the field)
            term_flag: Flag, of any JSON type (documented as "any"; the curl sends ""). (Any)
            term_default_val: Default value. (int | None; from -1000000000 to 1000000000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Term
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/terms",
                None,
                _coerce.body(
                    TermInput,
                    {
                        "term_type": term_type,
                        "term_order": term_order,
                        "term_name": term_name,
                        "term_desc": term_desc,
                        "term_text": term_text,
                        "appliedfrom": appliedfrom,
                        "applied_to": applied_to,
                        "status": status,
                        "include": include,
                        "term_flag": term_flag,
                        "term_default_val": term_default_val,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_TERM,
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
    ) -> Term:
        """Retrieve terms: GET /terms/{id}

        Returns a single term, which you can request by passing through an id in the url.

        Args:
            id: ID of the terms. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Term
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/terms/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_TERM,
        )

    def update(
        self,
        id: str,
        *,
        term_type: str | None | Unset = UNSET,
        term_order: str | None | Unset = UNSET,
        term_name: str | None | Unset = UNSET,
        term_desc: str | None | Unset = UNSET,
        term_text: str | None | Unset = UNSET,
        appliedfrom: str | None | Unset = UNSET,
        applied_to: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        include: str | None | Unset = UNSET,
        term_flag: Any | Unset = UNSET,
        term_default_val: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Term:
        """Update terms: PUT /terms/{id}

        Updates a term with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the terms. (str; matching ^[0-9a-f]{24}$; required)
            term_type: Type of the term. (str | None; at most 200 characters; None sends null, which clears the field)
            term_order: Position of the term (a string, not a number). (str | None; at most 200 characters; None sends null, which clears the field)
            term_name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            term_desc: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            term_text: Text of the term. (str | None; at most 10000 characters; None sends null, which clears the field)
            appliedfrom: Where the term applies from (lower-case f on the wire). (str | None; at most 200 characters; None sends null, which clears the field)
            applied_to: Where the term applies to. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            include: Whether the term is included (a string). (str | None; at most 200 characters; None sends null, which clears the field)
            term_flag: Flag, of any JSON type (documented as "any"; the curl sends ""). (Any)
            term_default_val: Default value. (int | None; from -1000000000 to 1000000000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Term
        """
        return self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/terms/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    TermInput,
                    {
                        "term_type": term_type,
                        "term_order": term_order,
                        "term_name": term_name,
                        "term_desc": term_desc,
                        "term_text": term_text,
                        "appliedfrom": appliedfrom,
                        "applied_to": applied_to,
                        "status": status,
                        "include": include,
                        "term_flag": term_flag,
                        "term_default_val": term_default_val,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_TERM,
        )


class TermsResourceWithRawResponse:
    """``client.terms.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: TermsResource) -> None:
        raw = TermsResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)
        self.update = to_raw_response_wrapper(raw.update)


class AsyncTermsResource(AsyncResource):
    """``client.terms`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncTermsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncTermsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListTermsOrder | None = None,
        q: str | None = None,
        sort_by: ListTermsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Term]:
        """List all terms: GET /terms

        Returns a list of terms. The terms are returned in sorted order, with the most
        recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListTermsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the terms are sorted by. (one of created_at, updated_at, term_order, term_name, status, term_default_val; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each term carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a term is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Term]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/terms",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Term, sort_by),
                    "fields": _coerce.wire_fields(Term, fields),
                    "p": _coerce.wire_filters(Term, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_TERMS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListTermsOrder | None = None,
        q: str | None = None,
        sort_by: ListTermsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Term]:
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
        term_type: str | None | Unset = UNSET,
        term_order: str | None | Unset = UNSET,
        term_name: str | None | Unset = UNSET,
        term_desc: str | None | Unset = UNSET,
        term_text: str | None | Unset = UNSET,
        appliedfrom: str | None | Unset = UNSET,
        applied_to: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        include: str | None | Unset = UNSET,
        term_flag: Any | Unset = UNSET,
        term_default_val: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Term:
        """Create terms: POST /terms

        Creates a term. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            term_type: Type of the term. (str | None; at most 200 characters; None sends null, which clears the field)
            term_order: Position of the term (a string, not a number). (str | None; at most 200 characters; None sends null, which clears the field)
            term_name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            term_desc: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            term_text: Text of the term. (str | None; at most 10000 characters; None sends null, which clears the field)
            appliedfrom: Where the term applies from (lower-case f on the wire). (str | None; at most 200 characters; None sends null, which clears the field)
            applied_to: Where the term applies to. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            include: Whether the term is included (a string). (str | None; at most 200 characters; None sends null, which clears the field)
            term_flag: Flag, of any JSON type (documented as "any"; the curl sends ""). (Any)
            term_default_val: Default value. (int | None; from -1000000000 to 1000000000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Term
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/terms",
                None,
                _coerce.body(
                    TermInput,
                    {
                        "term_type": term_type,
                        "term_order": term_order,
                        "term_name": term_name,
                        "term_desc": term_desc,
                        "term_text": term_text,
                        "appliedfrom": appliedfrom,
                        "applied_to": applied_to,
                        "status": status,
                        "include": include,
                        "term_flag": term_flag,
                        "term_default_val": term_default_val,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_TERM,
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
    ) -> Term:
        """Retrieve terms: GET /terms/{id}

        Returns a single term, which you can request by passing through an id in the url.

        Args:
            id: ID of the terms. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Term
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/terms/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_TERM,
        )

    async def update(
        self,
        id: str,
        *,
        term_type: str | None | Unset = UNSET,
        term_order: str | None | Unset = UNSET,
        term_name: str | None | Unset = UNSET,
        term_desc: str | None | Unset = UNSET,
        term_text: str | None | Unset = UNSET,
        appliedfrom: str | None | Unset = UNSET,
        applied_to: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        include: str | None | Unset = UNSET,
        term_flag: Any | Unset = UNSET,
        term_default_val: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Term:
        """Update terms: PUT /terms/{id}

        Updates a term with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the terms. (str; matching ^[0-9a-f]{24}$; required)
            term_type: Type of the term. (str | None; at most 200 characters; None sends null, which clears the field)
            term_order: Position of the term (a string, not a number). (str | None; at most 200 characters; None sends null, which clears the field)
            term_name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            term_desc: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            term_text: Text of the term. (str | None; at most 10000 characters; None sends null, which clears the field)
            appliedfrom: Where the term applies from (lower-case f on the wire). (str | None; at most 200 characters; None sends null, which clears the field)
            applied_to: Where the term applies to. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            include: Whether the term is included (a string). (str | None; at most 200 characters; None sends null, which clears the field)
            term_flag: Flag, of any JSON type (documented as "any"; the curl sends ""). (Any)
            term_default_val: Default value. (int | None; from -1000000000 to 1000000000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Term
        """
        return await self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/terms/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    TermInput,
                    {
                        "term_type": term_type,
                        "term_order": term_order,
                        "term_name": term_name,
                        "term_desc": term_desc,
                        "term_text": term_text,
                        "appliedfrom": appliedfrom,
                        "applied_to": applied_to,
                        "status": status,
                        "include": include,
                        "term_flag": term_flag,
                        "term_default_val": term_default_val,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_TERM,
        )


class AsyncTermsResourceWithRawResponse:
    """``client.terms.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncTermsResource) -> None:
        raw = AsyncTermsResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)
        self.update = async_to_raw_response_wrapper(raw.update)


__all__ = [
    "AsyncTermsResource",
    "AsyncTermsResourceWithRawResponse",
    "TermsResource",
    "TermsResourceWithRawResponse",
]
