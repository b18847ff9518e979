# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The custom_fields operations as methods: ``client.custom_fields.<method>(...)``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from decimal import Decimal
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
from ..models.custom_field import CustomField
from ..models.custom_field_input import CustomFieldInput
from ..models.custom_field_list import CustomFieldList
from ..models.custom_field_object import CustomFieldObject
from ..models.list_custom_field_objects_order import ListCustomFieldObjectsOrder
from ..models.list_custom_field_objects_sort_by import ListCustomFieldObjectsSortBy

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_CUSTOM_FIELD_OBJECTS = _results.page(CustomFieldObject, None, page="page", limit="limit")
_LIST_CUSTOM_FIELDS = _results.page(CustomField, CustomFieldList, page="", limit="")
_CREATE_CUSTOM_FIELD = _results.model(CustomField)
_UPDATE_CUSTOM_FIELD = _results.model(CustomField)


class CustomFieldsResource(SyncResource):
    """``client.custom_fields``: the custom_fields operations."""

    @cached_property
    def with_raw_response(self) -> CustomFieldsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return CustomFieldsResourceWithRawResponse(self)

    def list_objects(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListCustomFieldObjectsOrder | None = None,
        q: str | None = None,
        sort_by: ListCustomFieldObjectsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[CustomFieldObject]:
        """List all custom fields objects: GET /customFields/objects

        Returns a list of the objects that have custom fields. A literal path beside
        `/customFields/{object}`: `objects` is this list, never an object's name.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListCustomFieldObjectsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the objects are sorted by. (one of name; default: none)
            fields: "The filter of the records": a comma-separated list of the fields each object carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; an object is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[CustomFieldObject]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/customFields/objects",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None
                    if sort_by is None
                    else _coerce.wire_name(CustomFieldObject, sort_by),
                    "fields": _coerce.wire_fields(CustomFieldObject, fields),
                    "p": _coerce.wire_filters(CustomFieldObject, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_CUSTOM_FIELD_OBJECTS,
        )

    def list_objects_all(
        self,
        *,
        limit: int | None = None,
        order: ListCustomFieldObjectsOrder | None = None,
        q: str | None = None,
        sort_by: ListCustomFieldObjectsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[CustomFieldObject]:
        """Every record ``list_objects`` finds, page after page, fetched lazily; ids already yielded are skipped."""
        return iterate_pages(
            lambda page: self.list_objects(
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

    def list(
        self,
        object_: str,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[CustomField]:
        """List all custom fields: GET /customFields/{object_}

        Returns the custom fields of one object (e.g. `leads`). The reference shows no
        query parameters for this list.

        Args:
            object_: Object of the custom fields (the name of the object they belong to, e.g. `leads`). `objects` would reach the list of objects instead. (str; at most 200 characters; matching ^[A-Za-z][A-Za-z0-9_-]*$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[CustomField]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/customFields/{object_}",
                    ROUTES,
                    object_=object_,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_CUSTOM_FIELDS,
        )

    def create(
        self,
        object_: str,
        *,
        name: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        values: Sequence[Any] | None | Unset = UNSET,
        label1: str | None | Unset = UNSET,
        required: bool | None | Unset = UNSET,
        visible: bool | None | Unset = UNSET,
        x_pos: float | Decimal | None | Unset = UNSET,
        y_pos: float | Decimal | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        placeholder: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CustomField:
        """Create custom fields: POST /customFields/{object_}

        Creates a custom field of one object. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            object_: Object of the custom fields (the name of the object they belong to, e.g. `leads`). `objects` would reach the list of objects instead. (str; at most 200 characters; matching ^[A-Za-z][A-Za-z0-9_-]*$; required)
            name: Name of the field. (str | None; at most 200 characters; None sends null, which clears the field)
            type_: Type of the field. (str | None; at most 200 characters; None sends null, which clears the field)
            values: Values offered; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            label1: Label. (str | None; at most 1000 characters; None sends null, which clears the field)
            required: Whether the field must be filled. (bool | None; None sends null, which clears the field)
            visible: Whether the field is shown. (bool | None; None sends null, which clears the field)
            x_pos: Horizontal position in the form. (float | Decimal | None; from -1000000 to 1000000; None sends null, which clears the field)
            y_pos: Vertical position in the form. (float | Decimal | None; from -1000000 to 1000000; None sends null, which clears the field)
            icon: Icon. (str | None; at most 200 characters; None sends null, which clears the field)
            placeholder: Placeholder text. (str | None; at most 1000 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            CustomField
        """
        return self._client.request(
            RequestSpec(
                "POST",
                expand_path(
                    "/customFields/{object_}",
                    ROUTES,
                    object_=object_,
                ),
                None,
                _coerce.body(
                    CustomFieldInput,
                    {
                        "name": name,
                        "type_": type_,
                        "values": values,
                        "label1": label1,
                        "required": required,
                        "visible": visible,
                        "x_pos": x_pos,
                        "y_pos": y_pos,
                        "icon": icon,
                        "placeholder": placeholder,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_CUSTOM_FIELD,
        )

    def update(
        self,
        object_: str,
        field_id: str,
        *,
        name: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        values: Sequence[Any] | None | Unset = UNSET,
        label1: str | None | Unset = UNSET,
        required: bool | None | Unset = UNSET,
        visible: bool | None | Unset = UNSET,
        x_pos: float | Decimal | None | Unset = UNSET,
        y_pos: float | Decimal | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        placeholder: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CustomField:
        """Update custom fields: PUT /customFields/{object_}/{field_id}

        Updates a custom field of one object with the fields given. Fields left out keep
        their value (the reference does not say whether PUT replaces the whole record).

        Args:
            object_: Object of the custom fields (the name of the object they belong to, e.g. `leads`). `objects` would reach the list of objects instead. (str; at most 200 characters; matching ^[A-Za-z][A-Za-z0-9_-]*$; required)
            field_id: ID of the custom field. (str; matching ^[0-9a-f]{24}$; required)
            name: Name of the field. (str | None; at most 200 characters; None sends null, which clears the field)
            type_: Type of the field. (str | None; at most 200 characters; None sends null, which clears the field)
            values: Values offered; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            label1: Label. (str | None; at most 1000 characters; None sends null, which clears the field)
            required: Whether the field must be filled. (bool | None; None sends null, which clears the field)
            visible: Whether the field is shown. (bool | None; None sends null, which clears the field)
            x_pos: Horizontal position in the form. (float | Decimal | None; from -1000000 to 1000000; None sends null, which clears the field)
            y_pos: Vertical position in the form. (float | Decimal | None; from -1000000 to 1000000; None sends null, which clears the field)
            icon: Icon. (str | None; at most 200 characters; None sends null, which clears the field)
            placeholder: Placeholder text. (str | None; at most 1000 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            CustomField
        """
        return self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/customFields/{object_}/{field_id}",
                    ROUTES,
                    object_=object_,
                    field_id=field_id,
                ),
                None,
                _coerce.body(
                    CustomFieldInput,
                    {
                        "name": name,
                        "type_": type_,
                        "values": values,
                        "label1": label1,
                        "required": required,
                        "visible": visible,
                        "x_pos": x_pos,
                        "y_pos": y_pos,
                        "icon": icon,
                        "placeholder": placeholder,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_CUSTOM_FIELD,
        )


class CustomFieldsResourceWithRawResponse:
    """``client.custom_fields.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: CustomFieldsResource) -> None:
        raw = CustomFieldsResource(resource._client._raw_copy())
        self.list_objects = to_raw_response_wrapper(raw.list_objects)
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.update = to_raw_response_wrapper(raw.update)


class AsyncCustomFieldsResource(AsyncResource):
    """``client.custom_fields`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomFieldsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncCustomFieldsResourceWithRawResponse(self)

    async def list_objects(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListCustomFieldObjectsOrder | None = None,
        q: str | None = None,
        sort_by: ListCustomFieldObjectsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[CustomFieldObject]:
        """List all custom fields objects: GET /customFields/objects

        Returns a list of the objects that have custom fields. A literal path beside
        `/customFields/{object}`: `objects` is this list, never an object's name.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListCustomFieldObjectsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the objects are sorted by. (one of name; default: none)
            fields: "The filter of the records": a comma-separated list of the fields each object carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; an object is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[CustomFieldObject]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/customFields/objects",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None
                    if sort_by is None
                    else _coerce.wire_name(CustomFieldObject, sort_by),
                    "fields": _coerce.wire_fields(CustomFieldObject, fields),
                    "p": _coerce.wire_filters(CustomFieldObject, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_CUSTOM_FIELD_OBJECTS,
        )

    def list_objects_all(
        self,
        *,
        limit: int | None = None,
        order: ListCustomFieldObjectsOrder | None = None,
        q: str | None = None,
        sort_by: ListCustomFieldObjectsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[CustomFieldObject]:
        """Every record ``list_objects`` finds, page after page, fetched lazily; ids already yielded are skipped."""
        return aiterate_pages(
            lambda page: self.list_objects(
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

    async def list(
        self,
        object_: str,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[CustomField]:
        """List all custom fields: GET /customFields/{object_}

        Returns the custom fields of one object (e.g. `leads`). The reference shows no
        query parameters for this list.

        Args:
            object_: Object of the custom fields (the name of the object they belong to, e.g. `leads`). `objects` would reach the list of objects instead. (str; at most 200 characters; matching ^[A-Za-z][A-Za-z0-9_-]*$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[CustomField]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/customFields/{object_}",
                    ROUTES,
                    object_=object_,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_CUSTOM_FIELDS,
        )

    async def create(
        self,
        object_: str,
        *,
        name: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        values: Sequence[Any] | None | Unset = UNSET,
        label1: str | None | Unset = UNSET,
        required: bool | None | Unset = UNSET,
        visible: bool | None | Unset = UNSET,
        x_pos: float | Decimal | None | Unset = UNSET,
        y_pos: float | Decimal | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        placeholder: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CustomField:
        """Create custom fields: POST /customFields/{object_}

        Creates a custom field of one object. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            object_: Object of the custom fields (the name of the object they belong to, e.g. `leads`). `objects` would reach the list of objects instead. (str; at most 200 characters; matching ^[A-Za-z][A-Za-z0-9_-]*$; required)
            name: Name of the field. (str | None; at most 200 characters; None sends null, which clears the field)
            type_: Type of the field. (str | None; at most 200 characters; None sends null, which clears the field)
            values: Values offered; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            label1: Label. (str | None; at most 1000 characters; None sends null, which clears the field)
            required: Whether the field must be filled. (bool | None; None sends null, which clears the field)
            visible: Whether the field is shown. (bool | None; None sends null, which clears the field)
            x_pos: Horizontal position in the form. (float | Decimal | None; from -1000000 to 1000000; None sends null, which clears the field)
            y_pos: Vertical position in the form. (float | Decimal | None; from -1000000 to 1000000; None sends null, which clears the field)
            icon: Icon. (str | None; at most 200 characters; None sends null, which clears the field)
            placeholder: Placeholder text. (str | None; at most 1000 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            CustomField
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                expand_path(
                    "/customFields/{object_}",
                    ROUTES,
                    object_=object_,
                ),
                None,
                _coerce.body(
                    CustomFieldInput,
                    {
                        "name": name,
                        "type_": type_,
                        "values": values,
                        "label1": label1,
                        "required": required,
                        "visible": visible,
                        "x_pos": x_pos,
                        "y_pos": y_pos,
                        "icon": icon,
                        "placeholder": placeholder,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_CUSTOM_FIELD,
        )

    async def update(
        self,
        object_: str,
        field_id: str,
        *,
        name: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        values: Sequence[Any] | None | Unset = UNSET,
        label1: str | None | Unset = UNSET,
        required: bool | None | Unset = UNSET,
        visible: bool | None | Unset = UNSET,
        x_pos: float | Decimal | None | Unset = UNSET,
        y_pos: float | Decimal | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        placeholder: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CustomField:
        """Update custom fields: PUT /customFields/{object_}/{field_id}

        Updates a custom field of one object with the fields given. Fields left out keep
        their value (the reference does not say whether PUT replaces the whole record).

        Args:
            object_: Object of the custom fields (the name of the object they belong to, e.g. `leads`). `objects` would reach the list of objects instead. (str; at most 200 characters; matching ^[A-Za-z][A-Za-z0-9_-]*$; required)
            field_id: ID of the custom field. (str; matching ^[0-9a-f]{24}$; required)
            name: Name of the field. (str | None; at most 200 characters; None sends null, which clears the field)
            type_: Type of the field. (str | None; at most 200 characters; None sends null, which clears the field)
            values: Values offered; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            label1: Label. (str | None; at most 1000 characters; None sends null, which clears the field)
            required: Whether the field must be filled. (bool | None; None sends null, which clears the field)
            visible: Whether the field is shown. (bool | None; None sends null, which clears the field)
            x_pos: Horizontal position in the form. (float | Decimal | None; from -1000000 to 1000000; None sends null, which clears the field)
            y_pos: Vertical position in the form. (float | Decimal | None; from -1000000 to 1000000; None sends null, which clears the field)
            icon: Icon. (str | None; at most 200 characters; None sends null, which clears the field)
            placeholder: Placeholder text. (str | None; at most 1000 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            CustomField
        """
        return await self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/customFields/{object_}/{field_id}",
                    ROUTES,
                    object_=object_,
                    field_id=field_id,
                ),
                None,
                _coerce.body(
                    CustomFieldInput,
                    {
                        "name": name,
                        "type_": type_,
                        "values": values,
                        "label1": label1,
                        "required": required,
                        "visible": visible,
                        "x_pos": x_pos,
                        "y_pos": y_pos,
                        "icon": icon,
                        "placeholder": placeholder,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_CUSTOM_FIELD,
        )


class AsyncCustomFieldsResourceWithRawResponse:
    """``client.custom_fields.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncCustomFieldsResource) -> None:
        raw = AsyncCustomFieldsResource(resource._client._raw_copy())
        self.list_objects = async_to_raw_response_wrapper(raw.list_objects)
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.update = async_to_raw_response_wrapper(raw.update)


__all__ = [
    "AsyncCustomFieldsResource",
    "AsyncCustomFieldsResourceWithRawResponse",
    "CustomFieldsResource",
    "CustomFieldsResourceWithRawResponse",
]
