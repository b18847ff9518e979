from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SignInRequest")


@_attrs_define
class SignInRequest:
    """Credentials."""

    email: str
    """ The user's email address. """
    password: str
    """ The user's password. """

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )

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

        return sign_in_request
