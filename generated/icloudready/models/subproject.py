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

from icloudready_runtime._coerce import Field, Kind
from icloudready_runtime._records import Record

T = TypeVar("T", bound="Subproject")


@_attrs_define(repr=False)
class Subproject(Record):
    """A stored subproject as the server returns it: the fields of SubprojectInput (written
    here by `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`.
    Fields this document does not name are kept.

    """

    id: str
    """ Id of the subproject. """
    created_at: datetime.datetime | None = None
    """ When the record was created. """
    updated_at: datetime.datetime | None = None
    """ When the record was last changed. """
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
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["_id"] = self.id
        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at.isoformat()
        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at.isoformat()
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
        id = d["_id"]
        _created_at = d.get("createdAt")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updatedAt")
        updated_at = None if _updated_at is None else datetime.datetime.fromisoformat(_updated_at)

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

        subproject = cls(
            id,
            created_at,
            updated_at,
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

        subproject.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return subproject

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


class SubprojectParam(TypedDict, total=False):
    """What Subproject takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: Required[str]
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    sub_project_name: str
    sub_project_type: str
    address: str
    city: str
    state: str
    country: str
    zip_: str
    rental_owners: Sequence[Any]
    bank_info: str
    manager: str
    project_id: str
    sub_project_image_url: str
    sub_project_location: str
    sub_project_name_ar: str
    sub_project_desc: str
    sub_project_desc_ar: str
    price: float | Decimal
    starting_price: float | Decimal
    max_price: float | Decimal


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
SubprojectWireParam = TypedDict(
    "SubprojectWireParam",
    {
        "_id": "Required[str]",
        "createdAt": "datetime.datetime | str",
        "updatedAt": "datetime.datetime | str",
        "subProjectName": "str",
        "subProjectType": "str",
        "address": "str",
        "city": "str",
        "state": "str",
        "country": "str",
        "zip": "str",
        "rentalOwners": "Sequence[Any]",
        "bankInfo": "str",
        "manager": "str",
        "projectId": "str",
        "subProjectImageUrl": "str",
        "subProjectLocation": "str",
        "subProjectNameAr": "str",
        "subProjectDesc": "str",
        "subProjectDescAr": "str",
        "price": "float | Decimal",
        "startingPrice": "float | Decimal",
        "maxPrice": "float | Decimal",
    },
    total=False,
)

Subproject.__fields__ = (
    Field("id", "_id", Kind("string", False), True),
    Field("created_at", "createdAt", Kind("date-time", False), False),
    Field("updated_at", "updatedAt", Kind("date-time", False), False),
    Field("sub_project_name", "subProjectName", Kind("string", False), False),
    Field("sub_project_type", "subProjectType", Kind("string", False), False),
    Field("address", "address", Kind("string", False), False),
    Field("city", "city", Kind("string", False), False),
    Field("state", "state", Kind("string", False), False),
    Field("country", "country", Kind("string", False), False),
    Field("zip_", "zip", Kind("string", False), False),
    Field("rental_owners", "rentalOwners", Kind("array", False, item=Kind("any", False)), False),
    Field("bank_info", "bankInfo", Kind("string", False), False),
    Field("manager", "manager", Kind("string", False), False),
    Field("project_id", "projectId", Kind("string", False), False),
    Field("sub_project_image_url", "subProjectImageUrl", Kind("string", False), False),
    Field("sub_project_location", "subProjectLocation", Kind("string", False), False),
    Field("sub_project_name_ar", "subProjectNameAr", Kind("string", False), False),
    Field("sub_project_desc", "subProjectDesc", Kind("string", False), False),
    Field("sub_project_desc_ar", "subProjectDescAr", Kind("string", False), False),
    Field("price", "price", Kind("number", False), False),
    Field("starting_price", "startingPrice", Kind("number", False), False),
    Field("max_price", "maxPrice", Kind("number", False), False),
)
