# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from icloudready_runtime._coerce import Field, Kind, SupportsToDict
from icloudready_runtime._records import Record

T = TypeVar("T", bound="BulkUpdateResult")


@_attrs_define(repr=False)
class BulkUpdateResult(Record):
    """What happened to each id of a bulk update."""

    updated: int
    """ How many opportunities were updated. """
    failed: int
    """ How many ids failed. """
    results: list[BulkUpdateItemResult]
    """ One entry per id, in request order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["updated"] = self.updated
        field_dict["failed"] = self.failed
        field_dict["results"] = [item.to_dict() for item in self.results]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        updated = d["updated"]
        failed = d["failed"]
        results = [BulkUpdateItemResult.from_dict(item) for item in d["results"]]
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


class BulkUpdateResultParam(TypedDict, total=False):
    """What BulkUpdateResult takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    updated: Required[int]
    failed: Required[int]
    results: Required[
        Sequence[BulkUpdateItemResultParam | BulkUpdateItemResultWireParam | SupportsToDict]
    ]


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
BulkUpdateResultWireParam = TypedDict(
    "BulkUpdateResultWireParam",
    {
        "updated": "Required[int]",
        "failed": "Required[int]",
        "results": (
            "Required[Sequence[BulkUpdateItemResultParam | BulkUpdateItemResultWireParam "
            "| SupportsToDict]]"
        ),
    },
    total=False,
)


# At the bottom: models that refer to each other import once their own class exists.
from ..models.bulk_update_item_result import BulkUpdateItemResult

if TYPE_CHECKING:
    from ..models.bulk_update_item_result import (
        BulkUpdateItemResultParam,
        BulkUpdateItemResultWireParam,
    )

BulkUpdateResult.__fields__ = (
    Field("updated", "updated", Kind("integer", False), True),
    Field("failed", "failed", Kind("integer", False), True),
    Field(
        "results",
        "results",
        Kind("array", False, item=Kind("model", False, model=BulkUpdateItemResult)),
        True,
    ),
)
