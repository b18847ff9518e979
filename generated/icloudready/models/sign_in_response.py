from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SignInResponse")


@_attrs_define
class SignInResponse:
    """An access token for the Authorization header."""

    access_token: str
    """ Send as `Authorization: Bearer <accessToken>`. """
    token_type: str
    """ Always "Bearer". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "tokenType": token_type,
            }
        )

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
