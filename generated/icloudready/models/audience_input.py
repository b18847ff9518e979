# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

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

T = TypeVar("T", bound="AudienceInput")


@_attrs_define(repr=False)
class AudienceInput(Record):
    """The 5 body fields of create, update and patch. The reference names no required
    field, so none is required here. A field sent as `null` is cleared: the stored
    record no longer has it.

    """

    name: str | None = None
    """ Name of the audience. """
    category: str | None = None
    """ Category. """
    tags: list[Any] | None = None
    """ Tags; the item shape is not documented. """
    contacts: list[Any] | None = None
    """ Contacts; the item shape is not documented. """
    active: bool | None = None
    """ Whether the audience is active. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.category is not None:
            field_dict["category"] = self.category
        if self.tags is not None:
            field_dict["tags"] = self.tags
        if self.contacts is not None:
            field_dict["contacts"] = self.contacts
        if self.active is not None:
            field_dict["active"] = self.active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name")

        category = d.get("category")

        tags = d.get("tags")

        contacts = d.get("contacts")

        active = d.get("active")

        audience_input = cls(
            name,
            category,
            tags,
            contacts,
            active,
        )

        audience_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return audience_input

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
        "name",
        "category",
        "tags",
        "contacts",
        "active",
    }
)


class AudienceInputParam(TypedDict, total=False):
    """What AudienceInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    name: str | None
    category: str | None
    tags: Sequence[Any] | None
    contacts: Sequence[Any] | None
    active: bool | None


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
AudienceInputWireParam = TypedDict(
    "AudienceInputWireParam",
    {
        "name": "str | None",
        "category": "str | None",
        "tags": "Sequence[Any] | None",
        "contacts": "Sequence[Any] | None",
        "active": "bool | None",
    },
    total=False,
)

AudienceInput.__fields__ = (
    Field("name", "name", Kind("string", True), False),
    Field("category", "category", Kind("string", True), False),
    Field("tags", "tags", Kind("array", True, item=Kind("any", False)), False),
    Field("contacts", "contacts", Kind("array", True, item=Kind("any", False)), False),
    Field("active", "active", Kind("boolean", True), False),
)
