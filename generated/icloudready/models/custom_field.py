# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
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

T = TypeVar("T", bound="CustomField")


@_attrs_define(repr=False)
class CustomField(Record):
    """A stored custom field as the server returns it: the fields of CustomFieldInput
    (written here by `make generate`) plus the read-only `_id`, `createdAt` and
    `updatedAt`. Fields this document does not name are kept.

    """

    id: str
    """ Id of the custom field. """
    created_at: datetime.datetime | None = None
    """ When the record was created. """
    updated_at: datetime.datetime | None = None
    """ When the record was last changed. """
    name: str | None = None
    """ Name of the field. """
    type_: str | None = None
    """ Type of the field. """
    values: list[Any] | None = None
    """ Values offered; the item shape is not documented. """
    label1: str | None = None
    """ Label. """
    required: bool | None = None
    """ Whether the field must be filled. """
    visible: bool | None = None
    """ Whether the field is shown. """
    x_pos: float | None = None
    """ Horizontal position in the form. """
    y_pos: float | None = None
    """ Vertical position in the form. """
    icon: str | None = None
    """ Icon. """
    placeholder: str | None = None
    """ Placeholder text. """
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
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.values is not None:
            field_dict["values"] = self.values
        if self.label1 is not None:
            field_dict["label1"] = self.label1
        if self.required is not None:
            field_dict["required"] = self.required
        if self.visible is not None:
            field_dict["visible"] = self.visible
        if self.x_pos is not None:
            field_dict["xPos"] = self.x_pos
        if self.y_pos is not None:
            field_dict["yPos"] = self.y_pos
        if self.icon is not None:
            field_dict["icon"] = self.icon
        if self.placeholder is not None:
            field_dict["placeholder"] = self.placeholder

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

        type_ = d.get("type")

        values = d.get("values")

        label1 = d.get("label1")

        required = d.get("required")

        visible = d.get("visible")

        x_pos = d.get("xPos")

        y_pos = d.get("yPos")

        icon = d.get("icon")

        placeholder = d.get("placeholder")

        custom_field = cls(
            id,
            created_at,
            updated_at,
            name,
            type_,
            values,
            label1,
            required,
            visible,
            x_pos,
            y_pos,
            icon,
            placeholder,
        )

        custom_field.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return custom_field

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
        "type",
        "values",
        "label1",
        "required",
        "visible",
        "xPos",
        "yPos",
        "icon",
        "placeholder",
    }
)


class CustomFieldParam(TypedDict, total=False):
    """What CustomField takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: Required[str]
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    name: str
    type_: str
    values: Sequence[Any]
    label1: str
    required: bool
    visible: bool
    x_pos: float | Decimal
    y_pos: float | Decimal
    icon: str
    placeholder: str


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
CustomFieldWireParam = TypedDict(
    "CustomFieldWireParam",
    {
        "_id": "Required[str]",
        "createdAt": "datetime.datetime | str",
        "updatedAt": "datetime.datetime | str",
        "name": "str",
        "type": "str",
        "values": "Sequence[Any]",
        "label1": "str",
        "required": "bool",
        "visible": "bool",
        "xPos": "float | Decimal",
        "yPos": "float | Decimal",
        "icon": "str",
        "placeholder": "str",
    },
    total=False,
)

CustomField.__fields__ = (
    Field("id", "_id", Kind("string", False), True),
    Field("created_at", "createdAt", Kind("date-time", False), False),
    Field("updated_at", "updatedAt", Kind("date-time", False), False),
    Field("name", "name", Kind("string", False), False),
    Field("type_", "type", Kind("string", False), False),
    Field("values", "values", Kind("array", False, item=Kind("any", False)), False),
    Field("label1", "label1", Kind("string", False), False),
    Field("required", "required", Kind("boolean", False), False),
    Field("visible", "visible", Kind("boolean", False), False),
    Field("x_pos", "xPos", Kind("number", False), False),
    Field("y_pos", "yPos", Kind("number", False), False),
    Field("icon", "icon", Kind("string", False), False),
    Field("placeholder", "placeholder", Kind("string", False), False),
)
