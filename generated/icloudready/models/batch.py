# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
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

T = TypeVar("T", bound="Batch")


@_attrs_define(repr=False)
class Batch(Record):
    """A stored batch as the server returns it: the fields of BatchInput (written here by
    `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`. Fields this
    document does not name are kept.

    """

    id: str
    """ Id of the batch. """
    created_at: datetime.datetime | None = None
    """ When the record was created. """
    updated_at: datetime.datetime | None = None
    """ When the record was last changed. """
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
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["_id"] = self.id
        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at.isoformat()
        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at.isoformat()
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
        id = d["_id"]
        _created_at = d.get("createdAt")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updatedAt")
        updated_at = None if _updated_at is None else datetime.datetime.fromisoformat(_updated_at)

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

        batch = cls(
            id,
            created_at,
            updated_at,
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

        batch.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return batch

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
        "_id",
        "createdAt",
        "updatedAt",
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


class BatchParam(TypedDict, total=False):
    """What Batch takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: Required[str]
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    batch_code: str
    batch_type: str
    manager: str
    assignee: str
    due_date: str
    repeated: bool
    summary: str
    notes: str
    lead_ids: Sequence[Any]
    opportunity_ids: Sequence[Any]
    rating: int


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
BatchWireParam = TypedDict(
    "BatchWireParam",
    {
        "_id": "Required[str]",
        "createdAt": "datetime.datetime | str",
        "updatedAt": "datetime.datetime | str",
        "batchCode": "str",
        "batchType": "str",
        "manager": "str",
        "assignee": "str",
        "dueDate": "str",
        "repeated": "bool",
        "summary": "str",
        "notes": "str",
        "leadIds": "Sequence[Any]",
        "opportunityIds": "Sequence[Any]",
        "rating": "int",
    },
    total=False,
)

Batch.__fields__ = (
    Field("id", "_id", Kind("string", False), True),
    Field("created_at", "createdAt", Kind("date-time", False), False),
    Field("updated_at", "updatedAt", Kind("date-time", False), False),
    Field("batch_code", "batchCode", Kind("string", False), False),
    Field("batch_type", "batchType", Kind("string", False), False),
    Field("manager", "manager", Kind("string", False), False),
    Field("assignee", "assignee", Kind("string", False), False),
    Field("due_date", "dueDate", Kind("string", False), False),
    Field("repeated", "repeated", Kind("boolean", False), False),
    Field("summary", "summary", Kind("string", False), False),
    Field("notes", "notes", Kind("string", False), False),
    Field("lead_ids", "leadIds", Kind("array", False, item=Kind("any", False)), False),
    Field(
        "opportunity_ids", "opportunityIds", Kind("array", False, item=Kind("any", False)), False
    ),
    Field("rating", "rating", Kind("integer", False), False),
)
