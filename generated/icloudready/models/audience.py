# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import (
    Any,
    ClassVar,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from icloudready_runtime._coerce import Field, Kind
from icloudready_runtime._records import Record

T = TypeVar("T", bound="Audience")


@_attrs_define(repr=False)
class Audience(Record):
    """A stored audience as the server returns it: the fields of AudienceInput (written
    here by `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`.
    Fields this document does not name are kept.

    """

    id: str
    """ Id of the audience. """
    created_at: datetime.datetime | None = None
    """ When the record was created. """
    updated_at: datetime.datetime | None = None
    """ When the record was last changed. """
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
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["_id"] = self.id
        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at.isoformat()
        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at.isoformat()
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
        id = d["_id"]
        _created_at = d.get("createdAt")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updatedAt")
        updated_at = None if _updated_at is None else datetime.datetime.fromisoformat(_updated_at)

        name = d.get("name")

        category = d.get("category")

        tags = d.get("tags")

        contacts = d.get("contacts")

        active = d.get("active")

        audience = cls(
            id,
            created_at,
            updated_at,
            name,
            category,
            tags,
            contacts,
            active,
        )

        audience.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return audience

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
        "_id",
        "createdAt",
        "updatedAt",
        "name",
        "category",
        "tags",
        "contacts",
        "active",
    }
)


class AudienceParam(TypedDict, total=False):
    """What Audience takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: Required[str]
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    name: str
    category: str
    tags: Sequence[Any]
    contacts: Sequence[Any]
    active: bool


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
AudienceWireParam = TypedDict(
    "AudienceWireParam",
    {
        "_id": "Required[str]",
        "createdAt": "datetime.datetime | str",
        "updatedAt": "datetime.datetime | str",
        "name": "str",
        "category": "str",
        "tags": "Sequence[Any]",
        "contacts": "Sequence[Any]",
        "active": "bool",
    },
    total=False,
)

Audience.__fields__ = (
    Field("id", "_id", Kind("string", False), True),
    Field("created_at", "createdAt", Kind("date-time", False), False),
    Field("updated_at", "updatedAt", Kind("date-time", False), False),
    Field("name", "name", Kind("string", False), False),
    Field("category", "category", Kind("string", False), False),
    Field("tags", "tags", Kind("array", False, item=Kind("any", False)), False),
    Field("contacts", "contacts", Kind("array", False, item=Kind("any", False)), False),
    Field("active", "active", Kind("boolean", False), False),
)
