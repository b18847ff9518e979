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

T = TypeVar("T", bound="UnitPaymentPlan")


@_attrs_define(repr=False)
class UnitPaymentPlan(Record):
    """One payment plan of a unit."""

    plan_number: float | None = None
    """ Number of the plan. """
    plan_name: str | None = None
    """ Name. """
    plan_name_ar: str | None = None
    """ Name, in Arabic. """
    plan_desc: str | None = None
    """ Description. """
    plan_desc_ar: str | None = None
    """ Description, in Arabic. """
    min_price: float | None = None
    """ Lowest price. """
    max_price: float | None = None
    """ Highest price. """
    default: bool | None = None
    """ Whether this is the default plan. """
    down_payment: float | None = None
    """ Down payment. """
    installments_value: float | None = None
    """ Amount of each installment. """
    payment_details: str | None = None
    """ Details. """
    active: bool | None = None
    """ Whether the plan is offered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.plan_number is not None:
            field_dict["planNumber"] = self.plan_number
        if self.plan_name is not None:
            field_dict["planName"] = self.plan_name
        if self.plan_name_ar is not None:
            field_dict["planNameAr"] = self.plan_name_ar
        if self.plan_desc is not None:
            field_dict["planDesc"] = self.plan_desc
        if self.plan_desc_ar is not None:
            field_dict["planDescAr"] = self.plan_desc_ar
        if self.min_price is not None:
            field_dict["minPrice"] = self.min_price
        if self.max_price is not None:
            field_dict["maxPrice"] = self.max_price
        if self.default is not None:
            field_dict["default"] = self.default
        if self.down_payment is not None:
            field_dict["downPayment"] = self.down_payment
        if self.installments_value is not None:
            field_dict["installmentsValue"] = self.installments_value
        if self.payment_details is not None:
            field_dict["paymentDetails"] = self.payment_details
        if self.active is not None:
            field_dict["active"] = self.active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        plan_number = d.get("planNumber")

        plan_name = d.get("planName")

        plan_name_ar = d.get("planNameAr")

        plan_desc = d.get("planDesc")

        plan_desc_ar = d.get("planDescAr")

        min_price = d.get("minPrice")

        max_price = d.get("maxPrice")

        default = d.get("default")

        down_payment = d.get("downPayment")

        installments_value = d.get("installmentsValue")

        payment_details = d.get("paymentDetails")

        active = d.get("active")

        unit_payment_plan = cls(
            plan_number,
            plan_name,
            plan_name_ar,
            plan_desc,
            plan_desc_ar,
            min_price,
            max_price,
            default,
            down_payment,
            installments_value,
            payment_details,
            active,
        )

        unit_payment_plan.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return unit_payment_plan

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
        "planNumber",
        "planName",
        "planNameAr",
        "planDesc",
        "planDescAr",
        "minPrice",
        "maxPrice",
        "default",
        "downPayment",
        "installmentsValue",
        "paymentDetails",
        "active",
    }
)


class UnitPaymentPlanParam(TypedDict, total=False):
    """What UnitPaymentPlan takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    plan_number: float | Decimal
    plan_name: str
    plan_name_ar: str
    plan_desc: str
    plan_desc_ar: str
    min_price: float | Decimal
    max_price: float | Decimal
    default: bool
    down_payment: float | Decimal
    installments_value: float | Decimal
    payment_details: str
    active: bool


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
UnitPaymentPlanWireParam = TypedDict(
    "UnitPaymentPlanWireParam",
    {
        "planNumber": "float | Decimal",
        "planName": "str",
        "planNameAr": "str",
        "planDesc": "str",
        "planDescAr": "str",
        "minPrice": "float | Decimal",
        "maxPrice": "float | Decimal",
        "default": "bool",
        "downPayment": "float | Decimal",
        "installmentsValue": "float | Decimal",
        "paymentDetails": "str",
        "active": "bool",
    },
    total=False,
)

UnitPaymentPlan.__fields__ = (
    Field("plan_number", "planNumber", Kind("number", False), False),
    Field("plan_name", "planName", Kind("string", False), False),
    Field("plan_name_ar", "planNameAr", Kind("string", False), False),
    Field("plan_desc", "planDesc", Kind("string", False), False),
    Field("plan_desc_ar", "planDescAr", Kind("string", False), False),
    Field("min_price", "minPrice", Kind("number", False), False),
    Field("max_price", "maxPrice", Kind("number", False), False),
    Field("default", "default", Kind("boolean", False), False),
    Field("down_payment", "downPayment", Kind("number", False), False),
    Field("installments_value", "installmentsValue", Kind("number", False), False),
    Field("payment_details", "paymentDetails", Kind("string", False), False),
    Field("active", "active", Kind("boolean", False), False),
)
