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

T = TypeVar("T", bound="UnitFloorPlan")


@_attrs_define(repr=False)
class UnitFloorPlan(Record):
    """The plan of one floor of a unit (the reference is cut after `area`)."""

    floors_number: float | None = None
    """ Number of the floor. """
    floor_name: str | None = None
    """ Name. """
    floor_name_ar: str | None = None
    """ Name, in Arabic. """
    floor_desc: str | None = None
    """ Description. """
    floor_desc_ar: str | None = None
    """ Description, in Arabic. """
    rooms: float | None = None
    """ Rooms. """
    baths: float | None = None
    """ Bathrooms. """
    view: str | None = None
    """ View. """
    area: Any | None = None
    """ Area (its type is cut on the reference page). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.floors_number is not None:
            field_dict["floorsNumber"] = self.floors_number
        if self.floor_name is not None:
            field_dict["floorName"] = self.floor_name
        if self.floor_name_ar is not None:
            field_dict["floorNameAr"] = self.floor_name_ar
        if self.floor_desc is not None:
            field_dict["floorDesc"] = self.floor_desc
        if self.floor_desc_ar is not None:
            field_dict["floorDescAr"] = self.floor_desc_ar
        if self.rooms is not None:
            field_dict["rooms"] = self.rooms
        if self.baths is not None:
            field_dict["baths"] = self.baths
        if self.view is not None:
            field_dict["view"] = self.view
        if self.area is not None:
            field_dict["area"] = self.area

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        floors_number = d.get("floorsNumber")

        floor_name = d.get("floorName")

        floor_name_ar = d.get("floorNameAr")

        floor_desc = d.get("floorDesc")

        floor_desc_ar = d.get("floorDescAr")

        rooms = d.get("rooms")

        baths = d.get("baths")

        view = d.get("view")

        area = d.get("area")

        unit_floor_plan = cls(
            floors_number,
            floor_name,
            floor_name_ar,
            floor_desc,
            floor_desc_ar,
            rooms,
            baths,
            view,
            area,
        )

        unit_floor_plan.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return unit_floor_plan

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
        "floorsNumber",
        "floorName",
        "floorNameAr",
        "floorDesc",
        "floorDescAr",
        "rooms",
        "baths",
        "view",
        "area",
    }
)


class UnitFloorPlanParam(TypedDict, total=False):
    """What UnitFloorPlan takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    floors_number: float | Decimal
    floor_name: str
    floor_name_ar: str
    floor_desc: str
    floor_desc_ar: str
    rooms: float | Decimal
    baths: float | Decimal
    view: str
    area: Any


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
UnitFloorPlanWireParam = TypedDict(
    "UnitFloorPlanWireParam",
    {
        "floorsNumber": "float | Decimal",
        "floorName": "str",
        "floorNameAr": "str",
        "floorDesc": "str",
        "floorDescAr": "str",
        "rooms": "float | Decimal",
        "baths": "float | Decimal",
        "view": "str",
        "area": "Any",
    },
    total=False,
)

UnitFloorPlan.__fields__ = (
    Field("floors_number", "floorsNumber", Kind("number", False), False),
    Field("floor_name", "floorName", Kind("string", False), False),
    Field("floor_name_ar", "floorNameAr", Kind("string", False), False),
    Field("floor_desc", "floorDesc", Kind("string", False), False),
    Field("floor_desc_ar", "floorDescAr", Kind("string", False), False),
    Field("rooms", "rooms", Kind("number", False), False),
    Field("baths", "baths", Kind("number", False), False),
    Field("view", "view", Kind("string", False), False),
    Field("area", "area", Kind("any", False), False),
)
