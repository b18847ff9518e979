# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
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

T = TypeVar("T", bound="CustomFieldInput")


@_attrs_define(repr=False)
class CustomFieldInput(Record):
    """The 10 body fields of create and update. The reference names no required field,
    so none is required here. A field sent as `null` is cleared: the stored record no
    longer has it.

    """

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
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        custom_field_input = cls(
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

        custom_field_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return custom_field_input

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


class CustomFieldInputParam(TypedDict, total=False):
    """What CustomFieldInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    name: str | None
    type_: str | None
    values: Sequence[Any] | None
    label1: str | None
    required: bool | None
    visible: bool | None
    x_pos: float | Decimal | None
    y_pos: float | Decimal | None
    icon: str | None
    placeholder: str | None


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
CustomFieldInputWireParam = TypedDict(
    "CustomFieldInputWireParam",
    {
        "name": "str | None",
        "type": "str | None",
        "values": "Sequence[Any] | None",
        "label1": "str | None",
        "required": "bool | None",
        "visible": "bool | None",
        "xPos": "float | Decimal | None",
        "yPos": "float | Decimal | None",
        "icon": "str | None",
        "placeholder": "str | None",
    },
    total=False,
)

CustomFieldInput.__fields__ = (
    Field("name", "name", Kind("string", True), False),
    Field("type_", "type", Kind("string", True), False),
    Field("values", "values", Kind("array", True, item=Kind("any", False)), False),
    Field("label1", "label1", Kind("string", True), False),
    Field("required", "required", Kind("boolean", True), False),
    Field("visible", "visible", Kind("boolean", True), False),
    Field("x_pos", "xPos", Kind("number", True), False),
    Field("y_pos", "yPos", Kind("number", True), False),
    Field("icon", "icon", Kind("string", True), False),
    Field("placeholder", "placeholder", Kind("string", True), False),
)
