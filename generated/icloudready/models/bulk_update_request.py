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

T = TypeVar("T", bound="BulkUpdateRequest")


@_attrs_define(repr=False)
class BulkUpdateRequest(Record):
    """The ids to update and the field values to set on each."""

    ids: list[str]
    """ Ids of the opportunities to update. """
    update: OpportunityInput
    """ The 22 body fields of create, update, patch and bulk update. The reference
    names no required field, so none is required here. A field sent as `null`
    is cleared: the stored record no longer has it.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ids"] = self.ids
        field_dict["update"] = self.update.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ids = d["ids"]
        update = OpportunityInput.from_dict(d["update"])
        bulk_update_request = cls(
            ids,
            update,
        )

        bulk_update_request.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return bulk_update_request

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
        "ids",
        "update",
    }
)


class BulkUpdateRequestParam(TypedDict, total=False):
    """What BulkUpdateRequest takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    ids: Required[Sequence[str]]
    update: Required[OpportunityInputParam | OpportunityInputWireParam | SupportsToDict]


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
BulkUpdateRequestWireParam = TypedDict(
    "BulkUpdateRequestWireParam",
    {
        "ids": "Required[Sequence[str]]",
        "update": "Required[OpportunityInputParam | OpportunityInputWireParam | SupportsToDict]",
    },
    total=False,
)


# At the bottom: models that refer to each other import once their own class exists.
from ..models.opportunity_input import OpportunityInput

if TYPE_CHECKING:
    from ..models.opportunity_input import OpportunityInputParam, OpportunityInputWireParam

BulkUpdateRequest.__fields__ = (
    Field("ids", "ids", Kind("array", False, item=Kind("string", False)), True),
    Field("update", "update", Kind("model", False, model=OpportunityInput), True),
)
