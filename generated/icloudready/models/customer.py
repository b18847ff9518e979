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

T = TypeVar("T", bound="Customer")


@_attrs_define(repr=False)
class Customer(Record):
    """A stored customer as the server returns it: the fields of CustomerInput (written
    here by `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`.
    Fields this document does not name are kept.

    """

    id: str
    """ Id of the customer. """
    created_at: datetime.datetime | None = None
    """ When the record was created. """
    updated_at: datetime.datetime | None = None
    """ When the record was last changed. """
    is_company: bool | None = None
    """ Whether the customer is a company. """
    capital: int | None = None
    """ Capital (the reference's example is 2000000). """
    un_number: int | None = None
    """ UN number. """
    manager: str | None = None
    """ Manager of the customer (an id or a name: not documented). """
    name: str | None = None
    """ Name. """
    name_ar: str | None = None
    """ Name, in Arabic (snake_case on the wire). """
    address_ar: str | None = None
    """ Address, in Arabic (snake_case on the wire). """
    street1: str | None = None
    """ Street, first line. """
    street2: str | None = None
    """ Street, second line. """
    zip_code: str | None = None
    """ Postal code. """
    city: str | None = None
    """ City. """
    siret: str | None = None
    """ SIRET number. """
    rcs: str | None = None
    """ RCS (trade register) number. """
    status: str | None = None
    """ Status. """
    subject: str | None = None
    """ Subject. """
    category: str | None = None
    """ Category. """
    contacts: list[Any] | None = None
    """ Contacts; the item shape is not documented. """
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
        if self.is_company is not None:
            field_dict["isCompany"] = self.is_company
        if self.capital is not None:
            field_dict["capital"] = self.capital
        if self.un_number is not None:
            field_dict["unNumber"] = self.un_number
        if self.manager is not None:
            field_dict["manager"] = self.manager
        if self.name is not None:
            field_dict["name"] = self.name
        if self.name_ar is not None:
            field_dict["name_ar"] = self.name_ar
        if self.address_ar is not None:
            field_dict["address_ar"] = self.address_ar
        if self.street1 is not None:
            field_dict["street1"] = self.street1
        if self.street2 is not None:
            field_dict["street2"] = self.street2
        if self.zip_code is not None:
            field_dict["zipCode"] = self.zip_code
        if self.city is not None:
            field_dict["city"] = self.city
        if self.siret is not None:
            field_dict["siret"] = self.siret
        if self.rcs is not None:
            field_dict["rcs"] = self.rcs
        if self.status is not None:
            field_dict["status"] = self.status
        if self.subject is not None:
            field_dict["subject"] = self.subject
        if self.category is not None:
            field_dict["category"] = self.category
        if self.contacts is not None:
            field_dict["contacts"] = self.contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["_id"]
        _created_at = d.get("createdAt")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updatedAt")
        updated_at = None if _updated_at is None else datetime.datetime.fromisoformat(_updated_at)

        is_company = d.get("isCompany")

        capital = d.get("capital")

        un_number = d.get("unNumber")

        manager = d.get("manager")

        name = d.get("name")

        name_ar = d.get("name_ar")

        address_ar = d.get("address_ar")

        street1 = d.get("street1")

        street2 = d.get("street2")

        zip_code = d.get("zipCode")

        city = d.get("city")

        siret = d.get("siret")

        rcs = d.get("rcs")

        status = d.get("status")

        subject = d.get("subject")

        category = d.get("category")

        contacts = d.get("contacts")

        customer = cls(
            id,
            created_at,
            updated_at,
            is_company,
            capital,
            un_number,
            manager,
            name,
            name_ar,
            address_ar,
            street1,
            street2,
            zip_code,
            city,
            siret,
            rcs,
            status,
            subject,
            category,
            contacts,
        )

        customer.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return customer

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
        "isCompany",
        "capital",
        "unNumber",
        "manager",
        "name",
        "name_ar",
        "address_ar",
        "street1",
        "street2",
        "zipCode",
        "city",
        "siret",
        "rcs",
        "status",
        "subject",
        "category",
        "contacts",
    }
)


class CustomerParam(TypedDict, total=False):
    """What Customer takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: Required[str]
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    is_company: bool
    capital: int
    un_number: int
    manager: str
    name: str
    name_ar: str
    address_ar: str
    street1: str
    street2: str
    zip_code: str
    city: str
    siret: str
    rcs: str
    status: str
    subject: str
    category: str
    contacts: Sequence[Any]


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
CustomerWireParam = TypedDict(
    "CustomerWireParam",
    {
        "_id": "Required[str]",
        "createdAt": "datetime.datetime | str",
        "updatedAt": "datetime.datetime | str",
        "isCompany": "bool",
        "capital": "int",
        "unNumber": "int",
        "manager": "str",
        "name": "str",
        "name_ar": "str",
        "address_ar": "str",
        "street1": "str",
        "street2": "str",
        "zipCode": "str",
        "city": "str",
        "siret": "str",
        "rcs": "str",
        "status": "str",
        "subject": "str",
        "category": "str",
        "contacts": "Sequence[Any]",
    },
    total=False,
)

Customer.__fields__ = (
    Field("id", "_id", Kind("string", False), True),
    Field("created_at", "createdAt", Kind("date-time", False), False),
    Field("updated_at", "updatedAt", Kind("date-time", False), False),
    Field("is_company", "isCompany", Kind("boolean", False), False),
    Field("capital", "capital", Kind("integer", False), False),
    Field("un_number", "unNumber", Kind("integer", False), False),
    Field("manager", "manager", Kind("string", False), False),
    Field("name", "name", Kind("string", False), False),
    Field("name_ar", "name_ar", Kind("string", False), False),
    Field("address_ar", "address_ar", Kind("string", False), False),
    Field("street1", "street1", Kind("string", False), False),
    Field("street2", "street2", Kind("string", False), False),
    Field("zip_code", "zipCode", Kind("string", False), False),
    Field("city", "city", Kind("string", False), False),
    Field("siret", "siret", Kind("string", False), False),
    Field("rcs", "rcs", Kind("string", False), False),
    Field("status", "status", Kind("string", False), False),
    Field("subject", "subject", Kind("string", False), False),
    Field("category", "category", Kind("string", False), False),
    Field("contacts", "contacts", Kind("array", False, item=Kind("any", False)), False),
)
