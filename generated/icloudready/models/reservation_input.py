# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

import datetime
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

from icloudready_runtime import _dates
from icloudready_runtime._coerce import Field, Kind
from icloudready_runtime._records import Record

T = TypeVar("T", bound="ReservationInput")


@_attrs_define(repr=False)
class ReservationInput(Record):
    """The 11 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    customer_id: str | None = None
    """ Id of the customer. """
    customer_name: str | None = None
    """ Name of the customer. """
    contacts: list[Any] | None = None
    """ Contacts (capital C on the wire); the item shape is not documented. """
    sales_man: str | None = None
    """ Salesman (the example is a name). """
    unit_id: str | None = None
    """ Id of the reserved unit. """
    status: str | None = None
    """ Status, e.g. "Success". """
    reservation_date: datetime.date | None = None
    """ Day of the reservation, day first (DD/MM/YYYY). """
    valid_to_date: datetime.date | None = None
    """ Last day the reservation holds, day first (DD/MM/YYYY). """
    down_payment: float | None = None
    """ Down payment. """
    reservation_fees: float | None = None
    """ Reservation fees. """
    account_id: str | None = None
    """ Account id (the example is not an ObjectId). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.customer_id is not None:
            field_dict["customerId"] = self.customer_id
        if self.customer_name is not None:
            field_dict["customerName"] = self.customer_name
        if self.contacts is not None:
            field_dict["Contacts"] = self.contacts
        if self.sales_man is not None:
            field_dict["salesMan"] = self.sales_man
        if self.unit_id is not None:
            field_dict["unitId"] = self.unit_id
        if self.status is not None:
            field_dict["status"] = self.status
        if self.reservation_date is not None:
            field_dict["reservationDate"] = _dates.write(self.reservation_date, "DD/MM/YYYY")
        if self.valid_to_date is not None:
            field_dict["validToDate"] = _dates.write(self.valid_to_date, "DD/MM/YYYY")
        if self.down_payment is not None:
            field_dict["downPayment"] = self.down_payment
        if self.reservation_fees is not None:
            field_dict["reservationFees"] = self.reservation_fees
        if self.account_id is not None:
            field_dict["accountId"] = self.account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        customer_id = d.get("customerId")

        customer_name = d.get("customerName")

        contacts = d.get("Contacts")

        sales_man = d.get("salesMan")

        unit_id = d.get("unitId")

        status = d.get("status")

        _reservation_date = d.get("reservationDate")
        reservation_date = (
            None if _reservation_date is None else _dates.parse(_reservation_date, "DD/MM/YYYY")
        )

        _valid_to_date = d.get("validToDate")
        valid_to_date = (
            None if _valid_to_date is None else _dates.parse(_valid_to_date, "DD/MM/YYYY")
        )

        down_payment = d.get("downPayment")

        reservation_fees = d.get("reservationFees")

        account_id = d.get("accountId")

        reservation_input = cls(
            customer_id,
            customer_name,
            contacts,
            sales_man,
            unit_id,
            status,
            reservation_date,
            valid_to_date,
            down_payment,
            reservation_fees,
            account_id,
        )

        reservation_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return reservation_input

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
        "customerId",
        "customerName",
        "Contacts",
        "salesMan",
        "unitId",
        "status",
        "reservationDate",
        "validToDate",
        "downPayment",
        "reservationFees",
        "accountId",
    }
)


class ReservationInputParam(TypedDict, total=False):
    """What ReservationInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    customer_id: str | None
    customer_name: str | None
    contacts: Sequence[Any] | None
    sales_man: str | None
    unit_id: str | None
    status: str | None
    reservation_date: datetime.date | str | None
    valid_to_date: datetime.date | str | None
    down_payment: float | Decimal | None
    reservation_fees: float | Decimal | None
    account_id: str | None


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
ReservationInputWireParam = TypedDict(
    "ReservationInputWireParam",
    {
        "customerId": "str | None",
        "customerName": "str | None",
        "Contacts": "Sequence[Any] | None",
        "salesMan": "str | None",
        "unitId": "str | None",
        "status": "str | None",
        "reservationDate": "datetime.date | str | None",
        "validToDate": "datetime.date | str | None",
        "downPayment": "float | Decimal | None",
        "reservationFees": "float | Decimal | None",
        "accountId": "str | None",
    },
    total=False,
)

ReservationInput.__fields__ = (
    Field("customer_id", "customerId", Kind("string", True), False),
    Field("customer_name", "customerName", Kind("string", True), False),
    Field("contacts", "Contacts", Kind("array", True, item=Kind("any", False)), False),
    Field("sales_man", "salesMan", Kind("string", True), False),
    Field("unit_id", "unitId", Kind("string", True), False),
    Field("status", "status", Kind("string", True), False),
    Field("reservation_date", "reservationDate", Kind("date", True, format="DD/MM/YYYY"), False),
    Field("valid_to_date", "validToDate", Kind("date", True, format="DD/MM/YYYY"), False),
    Field("down_payment", "downPayment", Kind("number", True), False),
    Field("reservation_fees", "reservationFees", Kind("number", True), False),
    Field("account_id", "accountId", Kind("string", True), False),
)
