# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import (
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from icloudready_runtime._coerce import Field, Kind
from icloudready_runtime._records import Record

T = TypeVar("T", bound="LookupValueInput")


@_attrs_define(repr=False)
class LookupValueInput(Record):
    """The 11 body fields of create. The reference names no required field, so none is
    required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    lookup_object_id: str | None = None
    """ Id of the lookup (pick list) the value belongs to. """
    key: str | None = None
    """ Key. """
    lang: str | None = None
    """ Language, e.g. "en". """
    value: str | None = None
    """ Value. """
    description: str | None = None
    """ Description. """
    image: str | None = None
    """ Image. """
    properties: list[Any] | None = None
    """ Properties; the item shape is not documented. """
    active: bool | None = None
    """ Whether the value is offered. """
    valid_from_date: datetime.date | None = None
    """ First day the value is valid (YYYY-MM-DD). """
    valid_to_date: datetime.date | None = None
    """ Last day the value is valid (YYYY-MM-DD). """
    scope: str | None = None
    """ Scope, e.g. "public". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.lookup_object_id is not None:
            field_dict["lookupObjectId"] = self.lookup_object_id
        if self.key is not None:
            field_dict["key"] = self.key
        if self.lang is not None:
            field_dict["lang"] = self.lang
        if self.value is not None:
            field_dict["value"] = self.value
        if self.description is not None:
            field_dict["description"] = self.description
        if self.image is not None:
            field_dict["image"] = self.image
        if self.properties is not None:
            field_dict["properties"] = self.properties
        if self.active is not None:
            field_dict["active"] = self.active
        if self.valid_from_date is not None:
            field_dict["validFromDate"] = self.valid_from_date.isoformat()
        if self.valid_to_date is not None:
            field_dict["validToDate"] = self.valid_to_date.isoformat()
        if self.scope is not None:
            field_dict["scope"] = self.scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        lookup_object_id = d.get("lookupObjectId")

        key = d.get("key")

        lang = d.get("lang")

        value = d.get("value")

        description = d.get("description")

        image = d.get("image")

        properties = d.get("properties")

        active = d.get("active")

        _valid_from_date = d.get("validFromDate")
        valid_from_date = (
            None if _valid_from_date is None else datetime.date.fromisoformat(_valid_from_date[:10])
        )

        _valid_to_date = d.get("validToDate")
        valid_to_date = (
            None if _valid_to_date is None else datetime.date.fromisoformat(_valid_to_date[:10])
        )

        scope = d.get("scope")

        lookup_value_input = cls(
            lookup_object_id,
            key,
            lang,
            value,
            description,
            image,
            properties,
            active,
            valid_from_date,
            valid_to_date,
            scope,
        )

        lookup_value_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return lookup_value_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The documented keys: every other key of a response is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "lookupObjectId",
        "key",
        "lang",
        "value",
        "description",
        "image",
        "properties",
        "active",
        "validFromDate",
        "validToDate",
        "scope",
    }
)


class LookupValueInputParam(TypedDict, total=False):
    """What LookupValueInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    lookup_object_id: str | None
    key: str | None
    lang: str | None
    value: str | None
    description: str | None
    image: str | None
    properties: Sequence[Any] | None
    active: bool | None
    valid_from_date: datetime.date | str | None
    valid_to_date: datetime.date | str | None
    scope: str | None


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
LookupValueInputWireParam = TypedDict(
    "LookupValueInputWireParam",
    {
        "lookupObjectId": "str | None",
        "key": "str | None",
        "lang": "str | None",
        "value": "str | None",
        "description": "str | None",
        "image": "str | None",
        "properties": "Sequence[Any] | None",
        "active": "bool | None",
        "validFromDate": "datetime.date | str | None",
        "validToDate": "datetime.date | str | None",
        "scope": "str | None",
    },
    total=False,
)

LookupValueInput.__fields__ = (
    Field("lookup_object_id", "lookupObjectId", Kind("string", True), False),
    Field("key", "key", Kind("string", True), False),
    Field("lang", "lang", Kind("string", True), False),
    Field("value", "value", Kind("string", True), False),
    Field("description", "description", Kind("string", True), False),
    Field("image", "image", Kind("string", True), False),
    Field("properties", "properties", Kind("array", True, item=Kind("any", False)), False),
    Field("active", "active", Kind("boolean", True), False),
    Field("valid_from_date", "validFromDate", Kind("date", True), False),
    Field("valid_to_date", "validToDate", Kind("date", True), False),
    Field("scope", "scope", Kind("string", True), False),
)
