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

T = TypeVar("T", bound="SignInResponse")


@_attrs_define(repr=False)
class SignInResponse(Record):
    """An access token for the Authorization header."""

    access_token: str
    """ Send as `Authorization: Bearer <accessToken>`. """
    token_type: str
    """ Always "Bearer". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["accessToken"] = self.access_token
        field_dict["tokenType"] = self.token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        access_token = d["accessToken"]
        token_type = d["tokenType"]
        sign_in_response = cls(
            access_token,
            token_type,
        )

        sign_in_response.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return sign_in_response

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
        "accessToken",
        "tokenType",
    }
)


class SignInResponseParam(TypedDict, total=False):
    """What SignInResponse takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    access_token: Required[str]
    token_type: Required[str]


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
SignInResponseWireParam = TypedDict(
    "SignInResponseWireParam",
    {
        "accessToken": "Required[str]",
        "tokenType": "Required[str]",
    },
    total=False,
)

SignInResponse.__fields__ = (
    Field("access_token", "accessToken", Kind("string", False), True),
    Field("token_type", "tokenType", Kind("string", False), True),
)
