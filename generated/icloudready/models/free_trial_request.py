# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
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

T = TypeVar("T", bound="FreeTrialRequest")


@_attrs_define(repr=False)
class FreeTrialRequest(Record):
    """Who starts the free trial, and for which company. Every field is a string
    (`companySize` and `totalApartments` too).

    """

    email: str | None = None
    """ Email address of the account. """
    password: str | None = None
    """ Password of the account. """
    firstname: str | None = None
    """ First name (all lower case on the wire). """
    lastname: str | None = None
    """ Last name (all lower case on the wire). """
    company_name: str | None = None
    """ Name of the company. """
    company_size: str | None = None
    """ Size of the company (a string). """
    total_apartments: str | None = None
    """ How many apartments the company manages (a string). """
    country: str | None = None
    """ Country. """
    phone: str | None = None
    """ Phone number. """
    plan: str | None = None
    """ Plan. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.email is not None:
            field_dict["email"] = self.email
        if self.password is not None:
            field_dict["password"] = self.password
        if self.firstname is not None:
            field_dict["firstname"] = self.firstname
        if self.lastname is not None:
            field_dict["lastname"] = self.lastname
        if self.company_name is not None:
            field_dict["companyName"] = self.company_name
        if self.company_size is not None:
            field_dict["companySize"] = self.company_size
        if self.total_apartments is not None:
            field_dict["totalApartments"] = self.total_apartments
        if self.country is not None:
            field_dict["country"] = self.country
        if self.phone is not None:
            field_dict["phone"] = self.phone
        if self.plan is not None:
            field_dict["plan"] = self.plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d.get("email")

        password = d.get("password")

        firstname = d.get("firstname")

        lastname = d.get("lastname")

        company_name = d.get("companyName")

        company_size = d.get("companySize")

        total_apartments = d.get("totalApartments")

        country = d.get("country")

        phone = d.get("phone")

        plan = d.get("plan")

        free_trial_request = cls(
            email,
            password,
            firstname,
            lastname,
            company_name,
            company_size,
            total_apartments,
            country,
            phone,
            plan,
        )

        free_trial_request.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return free_trial_request

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
        "email",
        "password",
        "firstname",
        "lastname",
        "companyName",
        "companySize",
        "totalApartments",
        "country",
        "phone",
        "plan",
    }
)


class FreeTrialRequestParam(TypedDict, total=False):
    """What FreeTrialRequest takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    email: str
    password: str
    firstname: str
    lastname: str
    company_name: str
    company_size: str
    total_apartments: str
    country: str
    phone: str
    plan: str


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
FreeTrialRequestWireParam = TypedDict(
    "FreeTrialRequestWireParam",
    {
        "email": "str",
        "password": "str",
        "firstname": "str",
        "lastname": "str",
        "companyName": "str",
        "companySize": "str",
        "totalApartments": "str",
        "country": "str",
        "phone": "str",
        "plan": "str",
    },
    total=False,
)

FreeTrialRequest.__fields__ = (
    Field("email", "email", Kind("string", False), False),
    Field("password", "password", Kind("string", False), False),
    Field("firstname", "firstname", Kind("string", False), False),
    Field("lastname", "lastname", Kind("string", False), False),
    Field("company_name", "companyName", Kind("string", False), False),
    Field("company_size", "companySize", Kind("string", False), False),
    Field("total_apartments", "totalApartments", Kind("string", False), False),
    Field("country", "country", Kind("string", False), False),
    Field("phone", "phone", Kind("string", False), False),
    Field("plan", "plan", Kind("string", False), False),
)
