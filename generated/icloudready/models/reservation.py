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

from icloudready_runtime import _dates
from icloudready_runtime._coerce import Field, Kind
from icloudready_runtime._records import Record

T = TypeVar("T", bound="Reservation")


@_attrs_define(repr=False)
class Reservation(Record):
    """A stored reservation as the server returns it: the fields of ReservationInput
    (written here by `make generate`) plus the read-only `_id`, `createdAt` and
    `updatedAt`. Fields this document does not name are kept.

    """

    id: str
    """ Id of the reservation. """
    created_at: datetime.datetime | None = None
    """ When the record was created. """
    updated_at: datetime.datetime | None = None
    """ When the record was last changed. """
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
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["_id"] = self.id
        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at.isoformat()
        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at.isoformat()
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
        id = d["_id"]
        _created_at = d.get("createdAt")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updatedAt")
        updated_at = None if _updated_at is None else datetime.datetime.fromisoformat(_updated_at)

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

        reservation = cls(
            id,
            created_at,
            updated_at,
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

        reservation.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return reservation

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


class ReservationParam(TypedDict, total=False):
    """What Reservation takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: Required[str]
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    customer_id: str
    customer_name: str
    contacts: Sequence[Any]
    sales_man: str
    unit_id: str
    status: str
    reservation_date: datetime.date | str
    valid_to_date: datetime.date | str
    down_payment: float | Decimal
    reservation_fees: float | Decimal
    account_id: str


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
ReservationWireParam = TypedDict(
    "ReservationWireParam",
    {
        "_id": "Required[str]",
        "createdAt": "datetime.datetime | str",
        "updatedAt": "datetime.datetime | str",
        "customerId": "str",
        "customerName": "str",
        "Contacts": "Sequence[Any]",
        "salesMan": "str",
        "unitId": "str",
        "status": "str",
        "reservationDate": "datetime.date | str",
        "validToDate": "datetime.date | str",
        "downPayment": "float | Decimal",
        "reservationFees": "float | Decimal",
        "accountId": "str",
    },
    total=False,
)

Reservation.__fields__ = (
    Field("id", "_id", Kind("string", False), True),
    Field("created_at", "createdAt", Kind("date-time", False), False),
    Field("updated_at", "updatedAt", Kind("date-time", False), False),
    Field("customer_id", "customerId", Kind("string", False), False),
    Field("customer_name", "customerName", Kind("string", False), False),
    Field("contacts", "Contacts", Kind("array", False, item=Kind("any", False)), False),
    Field("sales_man", "salesMan", Kind("string", False), False),
    Field("unit_id", "unitId", Kind("string", False), False),
    Field("status", "status", Kind("string", False), False),
    Field("reservation_date", "reservationDate", Kind("date", False, format="DD/MM/YYYY"), False),
    Field("valid_to_date", "validToDate", Kind("date", False, format="DD/MM/YYYY"), False),
    Field("down_payment", "downPayment", Kind("number", False), False),
    Field("reservation_fees", "reservationFees", Kind("number", False), False),
    Field("account_id", "accountId", Kind("string", False), False),
)
