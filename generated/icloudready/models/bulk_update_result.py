from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkUpdateResult")


@_attrs_define
class BulkUpdateResult:
    """What happened to each id of a bulk update."""

    updated: int
    """ How many opportunities were updated. """
    failed: int
    """ How many ids failed. """
    results: list[BulkUpdateItemResult]
    """ One entry per id, in request order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated = self.updated

        failed = self.failed

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updated": updated,
                "failed": failed,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        updated = d["updated"]

        failed = d["failed"]

        results = []
        _results = d["results"]
        for results_item_data in _results:
            results_item = BulkUpdateItemResult.from_dict(results_item_data)

            results.append(results_item)

        bulk_update_result = cls(
            updated,
            failed,
            results,
        )

        bulk_update_result.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return bulk_update_result

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
        "updated",
        "failed",
        "results",
    }
)


# At the bottom: models that refer to each other import once their own class exists.
from ..models.bulk_update_item_result import BulkUpdateItemResult
