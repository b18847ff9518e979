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

from ..models.bulk_update_item_result_status import (
    BulkUpdateItemResultStatus,
    check_bulk_update_item_result_status,
)

T = TypeVar("T", bound="BulkUpdateItemResult")


@_attrs_define(repr=False)
class BulkUpdateItemResult(Record):
    """The outcome for one id."""

    id: str
    """ The id as sent. """
    status: BulkUpdateItemResultStatus
    """ What happened. """
    message: str | None = None
    """ Why it failed, when it did. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        if self.message is not None:
            field_dict["message"] = self.message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]
        status = check_bulk_update_item_result_status(d["status"])
        message = d.get("message")

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


class BulkUpdateItemResultParam(TypedDict, total=False):
    """What BulkUpdateItemResult takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: Required[str]
    status: Required[BulkUpdateItemResultStatus]
    message: str


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
BulkUpdateItemResultWireParam = TypedDict(
    "BulkUpdateItemResultWireParam",
    {
        "id": "Required[str]",
        "status": "Required[BulkUpdateItemResultStatus]",
        "message": "str",
    },
    total=False,
)

BulkUpdateItemResult.__fields__ = (
    Field("id", "id", Kind("string", False), True),
    Field(
        "status",
        "status",
        Kind(
            "enum",
            False,
            values=(
                "invalid_id",
                "not_found",
                "updated",
            ),
        ),
        True,
    ),
    Field("message", "message", Kind("string", False), False),
)
