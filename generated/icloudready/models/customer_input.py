# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
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

T = TypeVar("T", bound="CustomerInput")


@_attrs_define(repr=False)
class CustomerInput(Record):
    """The 17 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

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
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        customer_input = cls(
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

        customer_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return customer_input

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


class CustomerInputParam(TypedDict, total=False):
    """What CustomerInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    is_company: bool | None
    capital: int | None
    un_number: int | None
    manager: str | None
    name: str | None
    name_ar: str | None
    address_ar: str | None
    street1: str | None
    street2: str | None
    zip_code: str | None
    city: str | None
    siret: str | None
    rcs: str | None
    status: str | None
    subject: str | None
    category: str | None
    contacts: Sequence[Any] | None


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
CustomerInputWireParam = TypedDict(
    "CustomerInputWireParam",
    {
        "isCompany": "bool | None",
        "capital": "int | None",
        "unNumber": "int | None",
        "manager": "str | None",
        "name": "str | None",
        "name_ar": "str | None",
        "address_ar": "str | None",
        "street1": "str | None",
        "street2": "str | None",
        "zipCode": "str | None",
        "city": "str | None",
        "siret": "str | None",
        "rcs": "str | None",
        "status": "str | None",
        "subject": "str | None",
        "category": "str | None",
        "contacts": "Sequence[Any] | None",
    },
    total=False,
)

CustomerInput.__fields__ = (
    Field("is_company", "isCompany", Kind("boolean", True), False),
    Field("capital", "capital", Kind("integer", True), False),
    Field("un_number", "unNumber", Kind("integer", True), False),
    Field("manager", "manager", Kind("string", True), False),
    Field("name", "name", Kind("string", True), False),
    Field("name_ar", "name_ar", Kind("string", True), False),
    Field("address_ar", "address_ar", Kind("string", True), False),
    Field("street1", "street1", Kind("string", True), False),
    Field("street2", "street2", Kind("string", True), False),
    Field("zip_code", "zipCode", Kind("string", True), False),
    Field("city", "city", Kind("string", True), False),
    Field("siret", "siret", Kind("string", True), False),
    Field("rcs", "rcs", Kind("string", True), False),
    Field("status", "status", Kind("string", True), False),
    Field("subject", "subject", Kind("string", True), False),
    Field("category", "category", Kind("string", True), False),
    Field("contacts", "contacts", Kind("array", True, item=Kind("any", False)), False),
)
