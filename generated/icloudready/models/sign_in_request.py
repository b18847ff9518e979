# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
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

T = TypeVar("T", bound="SignInRequest")


@_attrs_define(repr=False)
class SignInRequest(Record):
    """Credentials."""

    email: str
    """ The user's email address. """
    password: str
    """ The user's password. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["email"] = self.email
        field_dict["password"] = self.password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d["email"]
        password = d["password"]
        sign_in_request = cls(
            email,
            password,
        )

        sign_in_request.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return sign_in_request

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
    }
)


class SignInRequestParam(TypedDict, total=False):
    """What SignInRequest takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    email: Required[str]
    password: Required[str]


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
SignInRequestWireParam = TypedDict(
    "SignInRequestWireParam",
    {
        "email": "Required[str]",
        "password": "Required[str]",
    },
    total=False,
)

SignInRequest.__fields__ = (
    Field("email", "email", Kind("string", False), True),
    Field("password", "password", Kind("string", False), True),
)
