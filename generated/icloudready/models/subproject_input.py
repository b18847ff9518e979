# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

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

from icloudready_runtime._coerce import Field, Kind
from icloudready_runtime._records import Record

T = TypeVar("T", bound="SubprojectInput")


@_attrs_define(repr=False)
class SubprojectInput(Record):
    """The 19 body fields of create. The reference names no required field, so none is
    required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    sub_project_name: str | None = None
    """ Name. """
    sub_project_type: str | None = None
    """ Type. """
    address: str | None = None
    """ Address. """
    city: str | None = None
    """ City. """
    state: str | None = None
    """ State. """
    country: str | None = None
    """ Country. """
    zip_: str | None = None
    """ Postal code. """
    rental_owners: list[Any] | None = None
    """ Rental owners; the item shape is not documented. """
    bank_info: str | None = None
    """ Bank information (a string, an ObjectId in the example; "any" in realms, an object in contracts). """
    manager: str | None = None
    """ Manager (the example is a name, not an id). """
    project_id: str | None = None
    """ Id of the project. """
    sub_project_image_url: str | None = None
    """ Image of the subproject. """
    sub_project_location: str | None = None
    """ Location. """
    sub_project_name_ar: str | None = None
    """ Name, in Arabic. """
    sub_project_desc: str | None = None
    """ Description. """
    sub_project_desc_ar: str | None = None
    """ Description, in Arabic. """
    price: float | None = None
    """ Price. """
    starting_price: float | None = None
    """ Lowest price. """
    max_price: float | None = None
    """ Highest price. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sub_project_name is not None:
            field_dict["subProjectName"] = self.sub_project_name
        if self.sub_project_type is not None:
            field_dict["subProjectType"] = self.sub_project_type
        if self.address is not None:
            field_dict["address"] = self.address
        if self.city is not None:
            field_dict["city"] = self.city
        if self.state is not None:
            field_dict["state"] = self.state
        if self.country is not None:
            field_dict["country"] = self.country
        if self.zip_ is not None:
            field_dict["zip"] = self.zip_
        if self.rental_owners is not None:
            field_dict["rentalOwners"] = self.rental_owners
        if self.bank_info is not None:
            field_dict["bankInfo"] = self.bank_info
        if self.manager is not None:
            field_dict["manager"] = self.manager
        if self.project_id is not None:
            field_dict["projectId"] = self.project_id
        if self.sub_project_image_url is not None:
            field_dict["subProjectImageUrl"] = self.sub_project_image_url
        if self.sub_project_location is not None:
            field_dict["subProjectLocation"] = self.sub_project_location
        if self.sub_project_name_ar is not None:
            field_dict["subProjectNameAr"] = self.sub_project_name_ar
        if self.sub_project_desc is not None:
            field_dict["subProjectDesc"] = self.sub_project_desc
        if self.sub_project_desc_ar is not None:
            field_dict["subProjectDescAr"] = self.sub_project_desc_ar
        if self.price is not None:
            field_dict["price"] = self.price
        if self.starting_price is not None:
            field_dict["startingPrice"] = self.starting_price
        if self.max_price is not None:
            field_dict["maxPrice"] = self.max_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sub_project_name = d.get("subProjectName")

        sub_project_type = d.get("subProjectType")

        address = d.get("address")

        city = d.get("city")

        state = d.get("state")

        country = d.get("country")

        zip_ = d.get("zip")

        rental_owners = d.get("rentalOwners")

        bank_info = d.get("bankInfo")

        manager = d.get("manager")

        project_id = d.get("projectId")

        sub_project_image_url = d.get("subProjectImageUrl")

        sub_project_location = d.get("subProjectLocation")

        sub_project_name_ar = d.get("subProjectNameAr")

        sub_project_desc = d.get("subProjectDesc")

        sub_project_desc_ar = d.get("subProjectDescAr")

        price = d.get("price")

        starting_price = d.get("startingPrice")

        max_price = d.get("maxPrice")

        subproject_input = cls(
            sub_project_name,
            sub_project_type,
            address,
            city,
            state,
            country,
            zip_,
            rental_owners,
            bank_info,
            manager,
            project_id,
            sub_project_image_url,
            sub_project_location,
            sub_project_name_ar,
            sub_project_desc,
            sub_project_desc_ar,
            price,
            starting_price,
            max_price,
        )

        subproject_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return subproject_input

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
        "subProjectName",
        "subProjectType",
        "address",
        "city",
        "state",
        "country",
        "zip",
        "rentalOwners",
        "bankInfo",
        "manager",
        "projectId",
        "subProjectImageUrl",
        "subProjectLocation",
        "subProjectNameAr",
        "subProjectDesc",
        "subProjectDescAr",
        "price",
        "startingPrice",
        "maxPrice",
    }
)


class SubprojectInputParam(TypedDict, total=False):
    """What SubprojectInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    sub_project_name: str | None
    sub_project_type: str | None
    address: str | None
    city: str | None
    state: str | None
    country: str | None
    zip_: str | None
    rental_owners: Sequence[Any] | None
    bank_info: str | None
    manager: str | None
    project_id: str | None
    sub_project_image_url: str | None
    sub_project_location: str | None
    sub_project_name_ar: str | None
    sub_project_desc: str | None
    sub_project_desc_ar: str | None
    price: float | Decimal | None
    starting_price: float | Decimal | None
    max_price: float | Decimal | None


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
SubprojectInputWireParam = TypedDict(
    "SubprojectInputWireParam",
    {
        "subProjectName": "str | None",
        "subProjectType": "str | None",
        "address": "str | None",
        "city": "str | None",
        "state": "str | None",
        "country": "str | None",
        "zip": "str | None",
        "rentalOwners": "Sequence[Any] | None",
        "bankInfo": "str | None",
        "manager": "str | None",
        "projectId": "str | None",
        "subProjectImageUrl": "str | None",
        "subProjectLocation": "str | None",
        "subProjectNameAr": "str | None",
        "subProjectDesc": "str | None",
        "subProjectDescAr": "str | None",
        "price": "float | Decimal | None",
        "startingPrice": "float | Decimal | None",
        "maxPrice": "float | Decimal | None",
    },
    total=False,
)

SubprojectInput.__fields__ = (
    Field("sub_project_name", "subProjectName", Kind("string", True), False),
    Field("sub_project_type", "subProjectType", Kind("string", True), False),
    Field("address", "address", Kind("string", True), False),
    Field("city", "city", Kind("string", True), False),
    Field("state", "state", Kind("string", True), False),
    Field("country", "country", Kind("string", True), False),
    Field("zip_", "zip", Kind("string", True), False),
    Field("rental_owners", "rentalOwners", Kind("array", True, item=Kind("any", False)), False),
    Field("bank_info", "bankInfo", Kind("string", True), False),
    Field("manager", "manager", Kind("string", True), False),
    Field("project_id", "projectId", Kind("string", True), False),
    Field("sub_project_image_url", "subProjectImageUrl", Kind("string", True), False),
    Field("sub_project_location", "subProjectLocation", Kind("string", True), False),
    Field("sub_project_name_ar", "subProjectNameAr", Kind("string", True), False),
    Field("sub_project_desc", "subProjectDesc", Kind("string", True), False),
    Field("sub_project_desc_ar", "subProjectDescAr", Kind("string", True), False),
    Field("price", "price", Kind("number", True), False),
    Field("starting_price", "startingPrice", Kind("number", True), False),
    Field("max_price", "maxPrice", Kind("number", True), False),
)
