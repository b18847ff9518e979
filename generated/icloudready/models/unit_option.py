# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
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

T = TypeVar("T", bound="UnitOption")


@_attrs_define(repr=False)
class UnitOption(Record):
    """One option of a unit."""

    option_number: float | None = None
    """ Number of the option. """
    option_name: str | None = None
    """ Name. """
    option_name_ar: str | None = None
    """ Name, in Arabic. """
    area: float | None = None
    """ Area. """
    uom: str | None = None
    """ Unit of measure of the area. """
    price: float | None = None
    """ Price. """
    active: bool | None = None
    """ Whether the option is offered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.option_number is not None:
            field_dict["optionNumber"] = self.option_number
        if self.option_name is not None:
            field_dict["optionName"] = self.option_name
        if self.option_name_ar is not None:
            field_dict["optionNameAr"] = self.option_name_ar
        if self.area is not None:
            field_dict["area"] = self.area
        if self.uom is not None:
            field_dict["uom"] = self.uom
        if self.price is not None:
            field_dict["price"] = self.price
        if self.active is not None:
            field_dict["active"] = self.active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        option_number = d.get("optionNumber")

        option_name = d.get("optionName")

        option_name_ar = d.get("optionNameAr")

        area = d.get("area")

        uom = d.get("uom")

        price = d.get("price")

        active = d.get("active")

        unit_option = cls(
            option_number,
            option_name,
            option_name_ar,
            area,
            uom,
            price,
            active,
        )

        unit_option.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return unit_option

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
        "optionNumber",
        "optionName",
        "optionNameAr",
        "area",
        "uom",
        "price",
        "active",
    }
)


class UnitOptionParam(TypedDict, total=False):
    """What UnitOption takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    option_number: float | Decimal
    option_name: str
    option_name_ar: str
    area: float | Decimal
    uom: str
    price: float | Decimal
    active: bool


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
UnitOptionWireParam = TypedDict(
    "UnitOptionWireParam",
    {
        "optionNumber": "float | Decimal",
        "optionName": "str",
        "optionNameAr": "str",
        "area": "float | Decimal",
        "uom": "str",
        "price": "float | Decimal",
        "active": "bool",
    },
    total=False,
)

UnitOption.__fields__ = (
    Field("option_number", "optionNumber", Kind("number", False), False),
    Field("option_name", "optionName", Kind("string", False), False),
    Field("option_name_ar", "optionNameAr", Kind("string", False), False),
    Field("area", "area", Kind("number", False), False),
    Field("uom", "uom", Kind("string", False), False),
    Field("price", "price", Kind("number", False), False),
    Field("active", "active", Kind("boolean", False), False),
)
