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

T = TypeVar("T", bound="Contract")


@_attrs_define(repr=False)
class Contract(Record):
    """A stored contract as the server returns it: the fields of ContractInput (written
    here by `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`.
    Fields this document does not name are kept.

    """

    id: str
    """ Id of the contract. """
    created_at: datetime.datetime | None = None
    """ When the record was created. """
    updated_at: datetime.datetime | None = None
    """ When the record was last changed. """
    is_company: bool | None = None
    """ Whether the customer is a company. """
    capital: int | None = None
    """ Capital (the reference's example is 500000). """
    manager: str | None = None
    """ Manager (an id or a name: not documented). """
    name: str | None = None
    """ Name. """
    street1: str | None = None
    """ Street, first line. """
    street2: str | None = None
    """ Street, second line. """
    zip_code: str | None = None
    """ Postal code. """
    city: str | None = None
    """ City. """
    contacts: list[Any] | None = None
    """ Contacts; the item shape is not documented. """
    contract: str | None = None
    """ The contract itself (its meaning is not documented). """
    frequency: str | None = None
    """ Payment frequency, e.g. "days". """
    begin_date: datetime.date | None = None
    """ First day of the contract, day first (DD/MM/YYYY). """
    end_date: datetime.date | None = None
    """ Last day of the contract, day first (DD/MM/YYYY). """
    termination_date: datetime.date | None = None
    """ Termination date, day first (DD/MM/YYYY). """
    guaranty_payback: float | None = None
    """ Guaranty paid back. """
    customer: list[Any] | None = None
    """ The contract's customers (an array here; a string id in leads and opportunities); the item shape is not
    documented. """
    units: list[Any] | None = None
    """ Units of the contract; the item shape is not documented. """
    guaranty: float | None = None
    """ Guaranty (the reference's example is 2000). """
    reference: str | None = None
    """ Reference of the contract. """
    is_vat: bool | None = None
    """ Whether VAT applies. """
    vat_ratio: float | None = None
    """ VAT ratio. """
    commissione_ratio: float | None = None
    """ Commission ratio (spelt so on the wire). """
    discount: float | None = None
    """ Discount. """
    legal_form: str | None = None
    """ Legal form. """
    siret: str | None = None
    """ SIRET number. """
    documents: list[Any] | None = None
    """ Documents; the item shape is not shown on this page. """
    contract_date: str | None = None
    """ Date of the contract; its format is not shown (the page's other dates are DD/MM/YYYY). """
    notes: str | None = None
    """ Notes (a string here; an array in leads and opportunities). """
    record_source: str | None = None
    """ Where the record came from. """
    reservation_id: str | None = None
    """ Id of the reservation the contract follows. """
    customer_id: str | None = None
    """ Id of the main customer. """
    description: str | None = None
    """ Description. """
    terms: list[Any] | None = None
    """ Terms of the contract; the item shape is not documented. """
    bank_info: dict[str, Any] | None = None
    """ Bank information (an object here; "any" in realms, a string in subprojects). """
    attachments: list[Any] | None = None
    """ Attachments; the item shape is not documented. """
    manual: bool | None = None
    """ Whether the contract was written by hand. """
    manual_terms: list[Any] | None = None
    """ Hand-written terms; the item shape is not documented. """
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
        if self.manager is not None:
            field_dict["manager"] = self.manager
        if self.name is not None:
            field_dict["name"] = self.name
        if self.street1 is not None:
            field_dict["street1"] = self.street1
        if self.street2 is not None:
            field_dict["street2"] = self.street2
        if self.zip_code is not None:
            field_dict["zipCode"] = self.zip_code
        if self.city is not None:
            field_dict["city"] = self.city
        if self.contacts is not None:
            field_dict["contacts"] = self.contacts
        if self.contract is not None:
            field_dict["contract"] = self.contract
        if self.frequency is not None:
            field_dict["frequency"] = self.frequency
        if self.begin_date is not None:
            field_dict["beginDate"] = _dates.write(self.begin_date, "DD/MM/YYYY")
        if self.end_date is not None:
            field_dict["endDate"] = _dates.write(self.end_date, "DD/MM/YYYY")
        if self.termination_date is not None:
            field_dict["terminationDate"] = _dates.write(self.termination_date, "DD/MM/YYYY")
        if self.guaranty_payback is not None:
            field_dict["guarantyPayback"] = self.guaranty_payback
        if self.customer is not None:
            field_dict["customer"] = self.customer
        if self.units is not None:
            field_dict["units"] = self.units
        if self.guaranty is not None:
            field_dict["guaranty"] = self.guaranty
        if self.reference is not None:
            field_dict["reference"] = self.reference
        if self.is_vat is not None:
            field_dict["isVat"] = self.is_vat
        if self.vat_ratio is not None:
            field_dict["vatRatio"] = self.vat_ratio
        if self.commissione_ratio is not None:
            field_dict["commissioneRatio"] = self.commissione_ratio
        if self.discount is not None:
            field_dict["discount"] = self.discount
        if self.legal_form is not None:
            field_dict["legalForm"] = self.legal_form
        if self.siret is not None:
            field_dict["siret"] = self.siret
        if self.documents is not None:
            field_dict["documents"] = self.documents
        if self.contract_date is not None:
            field_dict["contractDate"] = self.contract_date
        if self.notes is not None:
            field_dict["notes"] = self.notes
        if self.record_source is not None:
            field_dict["recordSource"] = self.record_source
        if self.reservation_id is not None:
            field_dict["reservationId"] = self.reservation_id
        if self.customer_id is not None:
            field_dict["customerId"] = self.customer_id
        if self.description is not None:
            field_dict["description"] = self.description
        if self.terms is not None:
            field_dict["terms"] = self.terms
        if self.bank_info is not None:
            field_dict["bankInfo"] = self.bank_info
        if self.attachments is not None:
            field_dict["attachments"] = self.attachments
        if self.manual is not None:
            field_dict["manual"] = self.manual
        if self.manual_terms is not None:
            field_dict["manualTerms"] = self.manual_terms

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

        manager = d.get("manager")

        name = d.get("name")

        street1 = d.get("street1")

        street2 = d.get("street2")

        zip_code = d.get("zipCode")

        city = d.get("city")

        contacts = d.get("contacts")

        contract = d.get("contract")

        frequency = d.get("frequency")

        _begin_date = d.get("beginDate")
        begin_date = None if _begin_date is None else _dates.parse(_begin_date, "DD/MM/YYYY")

        _end_date = d.get("endDate")
        end_date = None if _end_date is None else _dates.parse(_end_date, "DD/MM/YYYY")

        _termination_date = d.get("terminationDate")
        termination_date = (
            None if _termination_date is None else _dates.parse(_termination_date, "DD/MM/YYYY")
        )

        guaranty_payback = d.get("guarantyPayback")

        customer = d.get("customer")

        units = d.get("units")

        guaranty = d.get("guaranty")

        reference = d.get("reference")

        is_vat = d.get("isVat")

        vat_ratio = d.get("vatRatio")

        commissione_ratio = d.get("commissioneRatio")

        discount = d.get("discount")

        legal_form = d.get("legalForm")

        siret = d.get("siret")

        documents = d.get("documents")

        contract_date = d.get("contractDate")

        notes = d.get("notes")

        record_source = d.get("recordSource")

        reservation_id = d.get("reservationId")

        customer_id = d.get("customerId")

        description = d.get("description")

        terms = d.get("terms")

        _bank_info = d.get("bankInfo")
        bank_info = None if _bank_info is None else dict(_bank_info)

        attachments = d.get("attachments")

        manual = d.get("manual")

        manual_terms = d.get("manualTerms")

        contract = cls(
            id,
            created_at,
            updated_at,
            is_company,
            capital,
            manager,
            name,
            street1,
            street2,
            zip_code,
            city,
            contacts,
            contract,
            frequency,
            begin_date,
            end_date,
            termination_date,
            guaranty_payback,
            customer,
            units,
            guaranty,
            reference,
            is_vat,
            vat_ratio,
            commissione_ratio,
            discount,
            legal_form,
            siret,
            documents,
            contract_date,
            notes,
            record_source,
            reservation_id,
            customer_id,
            description,
            terms,
            bank_info,
            attachments,
            manual,
            manual_terms,
        )

        contract.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return contract

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
        "manager",
        "name",
        "street1",
        "street2",
        "zipCode",
        "city",
        "contacts",
        "contract",
        "frequency",
        "beginDate",
        "endDate",
        "terminationDate",
        "guarantyPayback",
        "customer",
        "units",
        "guaranty",
        "reference",
        "isVat",
        "vatRatio",
        "commissioneRatio",
        "discount",
        "legalForm",
        "siret",
        "documents",
        "contractDate",
        "notes",
        "recordSource",
        "reservationId",
        "customerId",
        "description",
        "terms",
        "bankInfo",
        "attachments",
        "manual",
        "manualTerms",
    }
)


class ContractParam(TypedDict, total=False):
    """What Contract takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: Required[str]
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    is_company: bool
    capital: int
    manager: str
    name: str
    street1: str
    street2: str
    zip_code: str
    city: str
    contacts: Sequence[Any]
    contract: str
    frequency: str
    begin_date: datetime.date | str
    end_date: datetime.date | str
    termination_date: datetime.date | str
    guaranty_payback: float | Decimal
    customer: Sequence[Any]
    units: Sequence[Any]
    guaranty: float | Decimal
    reference: str
    is_vat: bool
    vat_ratio: float | Decimal
    commissione_ratio: float | Decimal
    discount: float | Decimal
    legal_form: str
    siret: str
    documents: Sequence[Any]
    contract_date: str
    notes: str
    record_source: str
    reservation_id: str
    customer_id: str
    description: str
    terms: Sequence[Any]
    bank_info: Mapping[str, Any]
    attachments: Sequence[Any]
    manual: bool
    manual_terms: Sequence[Any]


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
ContractWireParam = TypedDict(
    "ContractWireParam",
    {
        "_id": "Required[str]",
        "createdAt": "datetime.datetime | str",
        "updatedAt": "datetime.datetime | str",
        "isCompany": "bool",
        "capital": "int",
        "manager": "str",
        "name": "str",
        "street1": "str",
        "street2": "str",
        "zipCode": "str",
        "city": "str",
        "contacts": "Sequence[Any]",
        "contract": "str",
        "frequency": "str",
        "beginDate": "datetime.date | str",
        "endDate": "datetime.date | str",
        "terminationDate": "datetime.date | str",
        "guarantyPayback": "float | Decimal",
        "customer": "Sequence[Any]",
        "units": "Sequence[Any]",
        "guaranty": "float | Decimal",
        "reference": "str",
        "isVat": "bool",
        "vatRatio": "float | Decimal",
        "commissioneRatio": "float | Decimal",
        "discount": "float | Decimal",
        "legalForm": "str",
        "siret": "str",
        "documents": "Sequence[Any]",
        "contractDate": "str",
        "notes": "str",
        "recordSource": "str",
        "reservationId": "str",
        "customerId": "str",
        "description": "str",
        "terms": "Sequence[Any]",
        "bankInfo": "Mapping[str, Any]",
        "attachments": "Sequence[Any]",
        "manual": "bool",
        "manualTerms": "Sequence[Any]",
    },
    total=False,
)

Contract.__fields__ = (
    Field("id", "_id", Kind("string", False), True),
    Field("created_at", "createdAt", Kind("date-time", False), False),
    Field("updated_at", "updatedAt", Kind("date-time", False), False),
    Field("is_company", "isCompany", Kind("boolean", False), False),
    Field("capital", "capital", Kind("integer", False), False),
    Field("manager", "manager", Kind("string", False), False),
    Field("name", "name", Kind("string", False), False),
    Field("street1", "street1", Kind("string", False), False),
    Field("street2", "street2", Kind("string", False), False),
    Field("zip_code", "zipCode", Kind("string", False), False),
    Field("city", "city", Kind("string", False), False),
    Field("contacts", "contacts", Kind("array", False, item=Kind("any", False)), False),
    Field("contract", "contract", Kind("string", False), False),
    Field("frequency", "frequency", Kind("string", False), False),
    Field("begin_date", "beginDate", Kind("date", False, format="DD/MM/YYYY"), False),
    Field("end_date", "endDate", Kind("date", False, format="DD/MM/YYYY"), False),
    Field("termination_date", "terminationDate", Kind("date", False, format="DD/MM/YYYY"), False),
    Field("guaranty_payback", "guarantyPayback", Kind("number", False), False),
    Field("customer", "customer", Kind("array", False, item=Kind("any", False)), False),
    Field("units", "units", Kind("array", False, item=Kind("any", False)), False),
    Field("guaranty", "guaranty", Kind("number", False), False),
    Field("reference", "reference", Kind("string", False), False),
    Field("is_vat", "isVat", Kind("boolean", False), False),
    Field("vat_ratio", "vatRatio", Kind("number", False), False),
    Field("commissione_ratio", "commissioneRatio", Kind("number", False), False),
    Field("discount", "discount", Kind("number", False), False),
    Field("legal_form", "legalForm", Kind("string", False), False),
    Field("siret", "siret", Kind("string", False), False),
    Field("documents", "documents", Kind("array", False, item=Kind("any", False)), False),
    Field("contract_date", "contractDate", Kind("string", False), False),
    Field("notes", "notes", Kind("string", False), False),
    Field("record_source", "recordSource", Kind("string", False), False),
    Field("reservation_id", "reservationId", Kind("string", False), False),
    Field("customer_id", "customerId", Kind("string", False), False),
    Field("description", "description", Kind("string", False), False),
    Field("terms", "terms", Kind("array", False, item=Kind("any", False)), False),
    Field("bank_info", "bankInfo", Kind("object", False), False),
    Field("attachments", "attachments", Kind("array", False, item=Kind("any", False)), False),
    Field("manual", "manual", Kind("boolean", False), False),
    Field("manual_terms", "manualTerms", Kind("array", False, item=Kind("any", False)), False),
)
