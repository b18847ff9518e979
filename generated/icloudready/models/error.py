from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The one error body shape of every 4xx and 5xx response."""

    error: str
    """ Machine-readable code, e.g. "validation_error". """
    message: str
    """ Human-readable explanation. """
    details: list[ErrorDetail] | Unset = UNSET
    """ Per-field problems of a 422. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error = d["error"]

        message = d["message"]

        _details = d.get("details", UNSET)
        details: list[ErrorDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ErrorDetail.from_dict(details_item_data)

                details.append(details_item)

        error = cls(
            error,
            message,
            details,
        )

        error.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return error

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
        "error",
        "message",
        "details",
    }
)


# At the bottom: models that refer to each other import once their own class exists.
from ..models.error_detail import ErrorDetail
