# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from icloudready_runtime._coerce import Field, Kind, SupportsToDict
from icloudready_runtime._records import Record

T = TypeVar("T", bound="Unit")


@_attrs_define(repr=False)
class Unit(Record):
    """A real-estate unit, in the shape of the Units page's response example (the only
    response the reference documents). Numbers show as 0 and booleans as true there;
    the floor plans' fields after `area` are cut. Fields this document does not name
    are kept.

    """

    id: str | None = None
    """ Id of the unit. """
    name: str | None = None
    """ Name of the unit. """
    type_: str | None = None
    """ Type of the unit. """
    location: str | None = None
    """ Location. """
    city: str | None = None
    """ City. """
    sub_project_id: str | None = None
    """ Id of the subproject. """
    price_base: str | None = None
    """ What the price is based on. """
    unit_image_url: str | None = None
    """ Image of the unit. """
    unit_name_ar: str | None = None
    """ Name, in Arabic. """
    price: float | None = None
    """ Price. """
    surface: float | None = None
    """ Surface. """
    guaranty: float | None = None
    """ Guaranty. """
    starting_price: float | None = None
    """ Lowest price. """
    max_price: float | None = None
    """ Highest price. """
    unit_location: UnitLocation | None = None
    """ Where the unit is (GeoJSON-like). """
    expense: UnitExpense | None = None
    """ An expense of the unit. """
    unit_desc: str | None = None
    """ Description. """
    unit_desc_ar: str | None = None
    """ Description, in Arabic. """
    unit_short_desc: str | None = None
    """ Short description. """
    unit_short_desc_ar: str | None = None
    """ Short description, in Arabic. """
    gallery: list[str] | None = None
    """ Images of the unit. """
    specs: list[UnitSpec] | None = None
    """ Features of the unit. """
    options: list[UnitOption] | None = None
    """ Options that can be added to the unit. """
    payment_plans: list[UnitPaymentPlan] | None = None
    """ Payment plans offered for the unit. """
    floors_plan: list[UnitFloorPlan] | None = None
    """ Plans of the unit's floors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["_id"] = self.id
        if self.name is not None:
            field_dict["name"] = self.name
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.location is not None:
            field_dict["location"] = self.location
        if self.city is not None:
            field_dict["city"] = self.city
        if self.sub_project_id is not None:
            field_dict["subProjectId"] = self.sub_project_id
        if self.price_base is not None:
            field_dict["priceBase"] = self.price_base
        if self.unit_image_url is not None:
            field_dict["unitImageUrl"] = self.unit_image_url
        if self.unit_name_ar is not None:
            field_dict["unitNameAr"] = self.unit_name_ar
        if self.price is not None:
            field_dict["price"] = self.price
        if self.surface is not None:
            field_dict["surface"] = self.surface
        if self.guaranty is not None:
            field_dict["guaranty"] = self.guaranty
        if self.starting_price is not None:
            field_dict["startingPrice"] = self.starting_price
        if self.max_price is not None:
            field_dict["maxPrice"] = self.max_price
        if self.unit_location is not None:
            field_dict["unitLocation"] = self.unit_location.to_dict()
        if self.expense is not None:
            field_dict["expense"] = self.expense.to_dict()
        if self.unit_desc is not None:
            field_dict["unitDesc"] = self.unit_desc
        if self.unit_desc_ar is not None:
            field_dict["unitDescAr"] = self.unit_desc_ar
        if self.unit_short_desc is not None:
            field_dict["unitShortDesc"] = self.unit_short_desc
        if self.unit_short_desc_ar is not None:
            field_dict["unitShortDescAr"] = self.unit_short_desc_ar
        if self.gallery is not None:
            field_dict["gallery"] = self.gallery
        if self.specs is not None:
            field_dict["specs"] = [item.to_dict() for item in self.specs]
        if self.options is not None:
            field_dict["options"] = [item.to_dict() for item in self.options]
        if self.payment_plans is not None:
            field_dict["paymentPlans"] = [item.to_dict() for item in self.payment_plans]
        if self.floors_plan is not None:
            field_dict["floorsPlan"] = [item.to_dict() for item in self.floors_plan]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("_id")

        name = d.get("name")

        type_ = d.get("type")

        location = d.get("location")

        city = d.get("city")

        sub_project_id = d.get("subProjectId")

        price_base = d.get("priceBase")

        unit_image_url = d.get("unitImageUrl")

        unit_name_ar = d.get("unitNameAr")

        price = d.get("price")

        surface = d.get("surface")

        guaranty = d.get("guaranty")

        starting_price = d.get("startingPrice")

        max_price = d.get("maxPrice")

        _unit_location = d.get("unitLocation")
        unit_location = None if _unit_location is None else UnitLocation.from_dict(_unit_location)

        _expense = d.get("expense")
        expense = None if _expense is None else UnitExpense.from_dict(_expense)

        unit_desc = d.get("unitDesc")

        unit_desc_ar = d.get("unitDescAr")

        unit_short_desc = d.get("unitShortDesc")

        unit_short_desc_ar = d.get("unitShortDescAr")

        gallery = d.get("gallery")

        _specs = d.get("specs")
        specs = None if _specs is None else [UnitSpec.from_dict(item) for item in _specs]

        _options = d.get("options")
        options = None if _options is None else [UnitOption.from_dict(item) for item in _options]

        _payment_plans = d.get("paymentPlans")
        payment_plans = (
            None
            if _payment_plans is None
            else [UnitPaymentPlan.from_dict(item) for item in _payment_plans]
        )

        _floors_plan = d.get("floorsPlan")
        floors_plan = (
            None
            if _floors_plan is None
            else [UnitFloorPlan.from_dict(item) for item in _floors_plan]
        )

        unit = cls(
            id,
            name,
            type_,
            location,
            city,
            sub_project_id,
            price_base,
            unit_image_url,
            unit_name_ar,
            price,
            surface,
            guaranty,
            starting_price,
            max_price,
            unit_location,
            expense,
            unit_desc,
            unit_desc_ar,
            unit_short_desc,
            unit_short_desc_ar,
            gallery,
            specs,
            options,
            payment_plans,
            floors_plan,
        )

        unit.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return unit

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
        "name",
        "type",
        "location",
        "city",
        "subProjectId",
        "priceBase",
        "unitImageUrl",
        "unitNameAr",
        "price",
        "surface",
        "guaranty",
        "startingPrice",
        "maxPrice",
        "unitLocation",
        "expense",
        "unitDesc",
        "unitDescAr",
        "unitShortDesc",
        "unitShortDescAr",
        "gallery",
        "specs",
        "options",
        "paymentPlans",
        "floorsPlan",
    }
)


class UnitParam(TypedDict, total=False):
    """What Unit takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: str
    name: str
    type_: str
    location: str
    city: str
    sub_project_id: str
    price_base: str
    unit_image_url: str
    unit_name_ar: str
    price: float | Decimal
    surface: float | Decimal
    guaranty: float | Decimal
    starting_price: float | Decimal
    max_price: float | Decimal
    unit_location: UnitLocationParam | UnitLocationWireParam | SupportsToDict
    expense: UnitExpenseParam | UnitExpenseWireParam | SupportsToDict
    unit_desc: str
    unit_desc_ar: str
    unit_short_desc: str
    unit_short_desc_ar: str
    gallery: Sequence[str]
    specs: Sequence[UnitSpecParam | UnitSpecWireParam | SupportsToDict]
    options: Sequence[UnitOptionParam | UnitOptionWireParam | SupportsToDict]
    payment_plans: Sequence[UnitPaymentPlanParam | UnitPaymentPlanWireParam | SupportsToDict]
    floors_plan: Sequence[UnitFloorPlanParam | UnitFloorPlanWireParam | SupportsToDict]


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
UnitWireParam = TypedDict(
    "UnitWireParam",
    {
        "_id": "str",
        "name": "str",
        "type": "str",
        "location": "str",
        "city": "str",
        "subProjectId": "str",
        "priceBase": "str",
        "unitImageUrl": "str",
        "unitNameAr": "str",
        "price": "float | Decimal",
        "surface": "float | Decimal",
        "guaranty": "float | Decimal",
        "startingPrice": "float | Decimal",
        "maxPrice": "float | Decimal",
        "unitLocation": "UnitLocationParam | UnitLocationWireParam | SupportsToDict",
        "expense": "UnitExpenseParam | UnitExpenseWireParam | SupportsToDict",
        "unitDesc": "str",
        "unitDescAr": "str",
        "unitShortDesc": "str",
        "unitShortDescAr": "str",
        "gallery": "Sequence[str]",
        "specs": "Sequence[UnitSpecParam | UnitSpecWireParam | SupportsToDict]",
        "options": "Sequence[UnitOptionParam | UnitOptionWireParam | SupportsToDict]",
        "paymentPlans": "Sequence[UnitPaymentPlanParam | UnitPaymentPlanWireParam | SupportsToDict]",
        "floorsPlan": "Sequence[UnitFloorPlanParam | UnitFloorPlanWireParam | SupportsToDict]",
    },
    total=False,
)


# At the bottom: models that refer to each other import once their own class exists.
from ..models.unit_expense import UnitExpense
from ..models.unit_floor_plan import UnitFloorPlan
from ..models.unit_location import UnitLocation
from ..models.unit_option import UnitOption
from ..models.unit_payment_plan import UnitPaymentPlan
from ..models.unit_spec import UnitSpec

if TYPE_CHECKING:
    from ..models.unit_expense import UnitExpenseParam, UnitExpenseWireParam
    from ..models.unit_floor_plan import UnitFloorPlanParam, UnitFloorPlanWireParam
    from ..models.unit_location import UnitLocationParam, UnitLocationWireParam
    from ..models.unit_option import UnitOptionParam, UnitOptionWireParam
    from ..models.unit_payment_plan import UnitPaymentPlanParam, UnitPaymentPlanWireParam
    from ..models.unit_spec import UnitSpecParam, UnitSpecWireParam

Unit.__fields__ = (
    Field("id", "_id", Kind("string", False), False),
    Field("name", "name", Kind("string", False), False),
    Field("type_", "type", Kind("string", False), False),
    Field("location", "location", Kind("string", False), False),
    Field("city", "city", Kind("string", False), False),
    Field("sub_project_id", "subProjectId", Kind("string", False), False),
    Field("price_base", "priceBase", Kind("string", False), False),
    Field("unit_image_url", "unitImageUrl", Kind("string", False), False),
    Field("unit_name_ar", "unitNameAr", Kind("string", False), False),
    Field("price", "price", Kind("number", False), False),
    Field("surface", "surface", Kind("number", False), False),
    Field("guaranty", "guaranty", Kind("number", False), False),
    Field("starting_price", "startingPrice", Kind("number", False), False),
    Field("max_price", "maxPrice", Kind("number", False), False),
    Field("unit_location", "unitLocation", Kind("model", False, model=UnitLocation), False),
    Field("expense", "expense", Kind("model", False, model=UnitExpense), False),
    Field("unit_desc", "unitDesc", Kind("string", False), False),
    Field("unit_desc_ar", "unitDescAr", Kind("string", False), False),
    Field("unit_short_desc", "unitShortDesc", Kind("string", False), False),
    Field("unit_short_desc_ar", "unitShortDescAr", Kind("string", False), False),
    Field("gallery", "gallery", Kind("array", False, item=Kind("string", False)), False),
    Field("specs", "specs", Kind("array", False, item=Kind("model", False, model=UnitSpec)), False),
    Field(
        "options",
        "options",
        Kind("array", False, item=Kind("model", False, model=UnitOption)),
        False,
    ),
    Field(
        "payment_plans",
        "paymentPlans",
        Kind("array", False, item=Kind("model", False, model=UnitPaymentPlan)),
        False,
    ),
    Field(
        "floors_plan",
        "floorsPlan",
        Kind("array", False, item=Kind("model", False, model=UnitFloorPlan)),
        False,
    ),
)
