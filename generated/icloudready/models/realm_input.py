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

T = TypeVar("T", bound="RealmInput")


@_attrs_define(repr=False)
class RealmInput(Record):
    """The 23 body fields of create. The reference names no required field, so none is
    required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    name: str | None = None
    """ Name of the realm. """
    primary_color: str | None = None
    """ Primary brand colour. """
    secondary_color: str | None = None
    """ Secondary brand colour. """
    logo_file: str | None = None
    """ Where the logo is stored. """
    city: str | None = None
    """ City. """
    city_ar: str | None = None
    """ City, in Arabic. """
    country: str | None = None
    """ Country. """
    country_ar: str | None = None
    """ Country, in Arabic. """
    locale: str | None = None
    """ Locale, e.g. "en". """
    currency: str | None = None
    """ Currency code. """
    idengager_server_url: str | None = None
    """ URL of the iDengager server. """
    idengager_app_id: str | None = None
    """ iDengager application id. """
    idengager_master_key: str | None = None
    """ iDengager master key. """
    idata_workers_key: str | None = None
    """ iData workers key. """
    idata_workers_url: str | None = None
    """ URL of the iData workers. """
    members: list[Any] | None = None
    """ Members of the realm; the item shape is not documented. """
    addresses: list[Any] | None = None
    """ Addresses; the item shape is not documented. """
    contacts: list[Any] | None = None
    """ Contacts; the item shape is not documented. """
    revenue_types: list[Any] | None = None
    """ Revenue types; the item shape is not documented. """
    company_info: dict[str, Any] | None = None
    """ Free-form company information. """
    third_parties: dict[str, Any] | None = None
    """ Free-form third-party settings. """
    is_company: bool | None = None
    """ Whether the realm is a company. """
    bank_info: Any | None = None
    """ Bank information, of any JSON type (documented as "any"; the curl sends ""; an object in contracts, a string
    in subprojects). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.primary_color is not None:
            field_dict["primaryColor"] = self.primary_color
        if self.secondary_color is not None:
            field_dict["secondaryColor"] = self.secondary_color
        if self.logo_file is not None:
            field_dict["logoFile"] = self.logo_file
        if self.city is not None:
            field_dict["city"] = self.city
        if self.city_ar is not None:
            field_dict["cityAr"] = self.city_ar
        if self.country is not None:
            field_dict["country"] = self.country
        if self.country_ar is not None:
            field_dict["countryAr"] = self.country_ar
        if self.locale is not None:
            field_dict["locale"] = self.locale
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.idengager_server_url is not None:
            field_dict["idengagerServerUrl"] = self.idengager_server_url
        if self.idengager_app_id is not None:
            field_dict["idengagerAppId"] = self.idengager_app_id
        if self.idengager_master_key is not None:
            field_dict["idengagerMasterKey"] = self.idengager_master_key
        if self.idata_workers_key is not None:
            field_dict["idataWorkersKey"] = self.idata_workers_key
        if self.idata_workers_url is not None:
            field_dict["idataWorkersUrl"] = self.idata_workers_url
        if self.members is not None:
            field_dict["members"] = self.members
        if self.addresses is not None:
            field_dict["addresses"] = self.addresses
        if self.contacts is not None:
            field_dict["contacts"] = self.contacts
        if self.revenue_types is not None:
            field_dict["revenueTypes"] = self.revenue_types
        if self.company_info is not None:
            field_dict["companyInfo"] = self.company_info
        if self.third_parties is not None:
            field_dict["thirdParties"] = self.third_parties
        if self.is_company is not None:
            field_dict["isCompany"] = self.is_company
        if self.bank_info is not None:
            field_dict["bankInfo"] = self.bank_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name")

        primary_color = d.get("primaryColor")

        secondary_color = d.get("secondaryColor")

        logo_file = d.get("logoFile")

        city = d.get("city")

        city_ar = d.get("cityAr")

        country = d.get("country")

        country_ar = d.get("countryAr")

        locale = d.get("locale")

        currency = d.get("currency")

        idengager_server_url = d.get("idengagerServerUrl")

        idengager_app_id = d.get("idengagerAppId")

        idengager_master_key = d.get("idengagerMasterKey")

        idata_workers_key = d.get("idataWorkersKey")

        idata_workers_url = d.get("idataWorkersUrl")

        members = d.get("members")

        addresses = d.get("addresses")

        contacts = d.get("contacts")

        revenue_types = d.get("revenueTypes")

        _company_info = d.get("companyInfo")
        company_info = None if _company_info is None else dict(_company_info)

        _third_parties = d.get("thirdParties")
        third_parties = None if _third_parties is None else dict(_third_parties)

        is_company = d.get("isCompany")

        bank_info = d.get("bankInfo")

        realm_input = cls(
            name,
            primary_color,
            secondary_color,
            logo_file,
            city,
            city_ar,
            country,
            country_ar,
            locale,
            currency,
            idengager_server_url,
            idengager_app_id,
            idengager_master_key,
            idata_workers_key,
            idata_workers_url,
            members,
            addresses,
            contacts,
            revenue_types,
            company_info,
            third_parties,
            is_company,
            bank_info,
        )

        realm_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return realm_input

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
        "primaryColor",
        "secondaryColor",
        "logoFile",
        "city",
        "cityAr",
        "country",
        "countryAr",
        "locale",
        "currency",
        "idengagerServerUrl",
        "idengagerAppId",
        "idengagerMasterKey",
        "idataWorkersKey",
        "idataWorkersUrl",
        "members",
        "addresses",
        "contacts",
        "revenueTypes",
        "companyInfo",
        "thirdParties",
        "isCompany",
        "bankInfo",
    }
)


class RealmInputParam(TypedDict, total=False):
    """What RealmInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    name: str | None
    primary_color: str | None
    secondary_color: str | None
    logo_file: str | None
    city: str | None
    city_ar: str | None
    country: str | None
    country_ar: str | None
    locale: str | None
    currency: str | None
    idengager_server_url: str | None
    idengager_app_id: str | None
    idengager_master_key: str | None
    idata_workers_key: str | None
    idata_workers_url: str | None
    members: Sequence[Any] | None
    addresses: Sequence[Any] | None
    contacts: Sequence[Any] | None
    revenue_types: Sequence[Any] | None
    company_info: Mapping[str, Any] | None
    third_parties: Mapping[str, Any] | None
    is_company: bool | None
    bank_info: Any


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
RealmInputWireParam = TypedDict(
    "RealmInputWireParam",
    {
        "name": "str | None",
        "primaryColor": "str | None",
        "secondaryColor": "str | None",
        "logoFile": "str | None",
        "city": "str | None",
        "cityAr": "str | None",
        "country": "str | None",
        "countryAr": "str | None",
        "locale": "str | None",
        "currency": "str | None",
        "idengagerServerUrl": "str | None",
        "idengagerAppId": "str | None",
        "idengagerMasterKey": "str | None",
        "idataWorkersKey": "str | None",
        "idataWorkersUrl": "str | None",
        "members": "Sequence[Any] | None",
        "addresses": "Sequence[Any] | None",
        "contacts": "Sequence[Any] | None",
        "revenueTypes": "Sequence[Any] | None",
        "companyInfo": "Mapping[str, Any] | None",
        "thirdParties": "Mapping[str, Any] | None",
        "isCompany": "bool | None",
        "bankInfo": "Any",
    },
    total=False,
)

RealmInput.__fields__ = (
    Field("name", "name", Kind("string", True), False),
    Field("primary_color", "primaryColor", Kind("string", True), False),
    Field("secondary_color", "secondaryColor", Kind("string", True), False),
    Field("logo_file", "logoFile", Kind("string", True), False),
    Field("city", "city", Kind("string", True), False),
    Field("city_ar", "cityAr", Kind("string", True), False),
    Field("country", "country", Kind("string", True), False),
    Field("country_ar", "countryAr", Kind("string", True), False),
    Field("locale", "locale", Kind("string", True), False),
    Field("currency", "currency", Kind("string", True), False),
    Field("idengager_server_url", "idengagerServerUrl", Kind("string", True), False),
    Field("idengager_app_id", "idengagerAppId", Kind("string", True), False),
    Field("idengager_master_key", "idengagerMasterKey", Kind("string", True), False),
    Field("idata_workers_key", "idataWorkersKey", Kind("string", True), False),
    Field("idata_workers_url", "idataWorkersUrl", Kind("string", True), False),
    Field("members", "members", Kind("array", True, item=Kind("any", False)), False),
    Field("addresses", "addresses", Kind("array", True, item=Kind("any", False)), False),
    Field("contacts", "contacts", Kind("array", True, item=Kind("any", False)), False),
    Field("revenue_types", "revenueTypes", Kind("array", True, item=Kind("any", False)), False),
    Field("company_info", "companyInfo", Kind("object", True), False),
    Field("third_parties", "thirdParties", Kind("object", True), False),
    Field("is_company", "isCompany", Kind("boolean", True), False),
    Field("bank_info", "bankInfo", Kind("any", False), False),
)
