# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from icloudready_runtime._coerce import Field, Kind
from icloudready_runtime._records import Record

T = TypeVar("T", bound="BatchInput")


@_attrs_define(repr=False)
class BatchInput(Record):
    """The 11 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    batch_code: str | None = None
    """ Code of the batch. """
    batch_type: str | None = None
    """ Type of the batch. """
    manager: str | None = None
    """ Manager of the batch (the page does not say whether an id or a name). """
    assignee: str | None = None
    """ Who the batch is assigned to (an id or a name: not documented). """
    due_date: str | None = None
    """ Due date; its format is not documented (the curl shows the placeholder "string"). """
    repeated: bool | None = None
    """ Whether the batch repeats. """
    summary: str | None = None
    """ Summary. """
    notes: str | None = None
    """ Notes (a string here; an array in leads and opportunities). """
    lead_ids: list[Any] | None = None
    """ Ids of the batch's leads; the item shape is not documented. """
    opportunity_ids: list[Any] | None = None
    """ Ids of the batch's opportunities; the item shape is not documented. """
    rating: int | None = None
    """ Rating. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.batch_code is not None:
            field_dict["batchCode"] = self.batch_code
        if self.batch_type is not None:
            field_dict["batchType"] = self.batch_type
        if self.manager is not None:
            field_dict["manager"] = self.manager
        if self.assignee is not None:
            field_dict["assignee"] = self.assignee
        if self.due_date is not None:
            field_dict["dueDate"] = self.due_date
        if self.repeated is not None:
            field_dict["repeated"] = self.repeated
        if self.summary is not None:
            field_dict["summary"] = self.summary
        if self.notes is not None:
            field_dict["notes"] = self.notes
        if self.lead_ids is not None:
            field_dict["leadIds"] = self.lead_ids
        if self.opportunity_ids is not None:
            field_dict["opportunityIds"] = self.opportunity_ids
        if self.rating is not None:
            field_dict["rating"] = self.rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        batch_code = d.get("batchCode")

        batch_type = d.get("batchType")

        manager = d.get("manager")

        assignee = d.get("assignee")

        due_date = d.get("dueDate")

        repeated = d.get("repeated")

        summary = d.get("summary")

        notes = d.get("notes")

        lead_ids = d.get("leadIds")

        opportunity_ids = d.get("opportunityIds")

        rating = d.get("rating")

        batch_input = cls(
            batch_code,
            batch_type,
            manager,
            assignee,
            due_date,
            repeated,
            summary,
            notes,
            lead_ids,
            opportunity_ids,
            rating,
        )

        batch_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return batch_input

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
        "batchCode",
        "batchType",
        "manager",
        "assignee",
        "dueDate",
        "repeated",
        "summary",
        "notes",
        "leadIds",
        "opportunityIds",
        "rating",
    }
)


class BatchInputParam(TypedDict, total=False):
    """What BatchInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    batch_code: str | None
    batch_type: str | None
    manager: str | None
    assignee: str | None
    due_date: str | None
    repeated: bool | None
    summary: str | None
    notes: str | None
    lead_ids: Sequence[Any] | None
    opportunity_ids: Sequence[Any] | None
    rating: int | None


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
BatchInputWireParam = TypedDict(
    "BatchInputWireParam",
    {
        "batchCode": "str | None",
        "batchType": "str | None",
        "manager": "str | None",
        "assignee": "str | None",
        "dueDate": "str | None",
        "repeated": "bool | None",
        "summary": "str | None",
        "notes": "str | None",
        "leadIds": "Sequence[Any] | None",
        "opportunityIds": "Sequence[Any] | None",
        "rating": "int | None",
    },
    total=False,
)

BatchInput.__fields__ = (
    Field("batch_code", "batchCode", Kind("string", True), False),
    Field("batch_type", "batchType", Kind("string", True), False),
    Field("manager", "manager", Kind("string", True), False),
    Field("assignee", "assignee", Kind("string", True), False),
    Field("due_date", "dueDate", Kind("string", True), False),
    Field("repeated", "repeated", Kind("boolean", True), False),
    Field("summary", "summary", Kind("string", True), False),
    Field("notes", "notes", Kind("string", True), False),
    Field("lead_ids", "leadIds", Kind("array", True, item=Kind("any", False)), False),
    Field("opportunity_ids", "opportunityIds", Kind("array", True, item=Kind("any", False)), False),
    Field("rating", "rating", Kind("integer", True), False),
)
