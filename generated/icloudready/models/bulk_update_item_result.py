from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_update_item_result_status import (
    BulkUpdateItemResultStatus,
    check_bulk_update_item_result_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkUpdateItemResult")


@_attrs_define
class BulkUpdateItemResult:
    """The outcome for one id."""

    id: str
    """ The id as sent. """
    status: BulkUpdateItemResultStatus
    """ What happened. """
    message: str | Unset = UNSET
    """ Why it failed, when it did. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        status = check_bulk_update_item_result_status(d["status"])

        message = d.get("message", UNSET)

        bulk_update_item_result = cls(
            id,
            status,
            message,
        )

        bulk_update_item_result.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return bulk_update_item_result

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
        "id",
        "status",
        "message",
    }
)
