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

T = TypeVar("T", bound="SequenceRecord")


@_attrs_define(repr=False)
class SequenceRecord(Record):
    """A stored sequence as the server returns it: the fields of SequenceInput (written
    here by `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`.
    Fields this document does not name are kept.

    """

    id: str
    """ Id of the sequence. """
    created_at: datetime.datetime | None = None
    """ When the record was created. """
    updated_at: datetime.datetime | None = None
    """ When the record was last changed. """
    name: str | None = None
    """ Name. """
    code: str | None = None
    """ Code. """
    schedule: dict[str, Any] | None = None
    """ Free-form schedule. """
    priority: str | None = None
    """ Priority (a string). """
    type_: str | None = None
    """ Type. """
    status: str | None = None
    """ Status. """
    owner: dict[str, Any] | None = None
    """ Free-form owner. """
    email_from: dict[str, Any] | None = None
    """ Free-form sender. """
    template: str | None = None
    """ Template. """
    max_contacts: int | None = None
    """ Most contacts the sequence reaches. """
    start_date: str | None = None
    """ Start date; its format is not documented (the curl shows the placeholder "string"). """
    end_date: str | None = None
    """ End date; its format is not documented (the curl shows the placeholder "string"). """
    deleted: str | None = None
    """ Deletion mark (a string, not a boolean). """
    tags: list[Any] | None = None
    """ Tags; the item shape is not documented. """
    steps: list[Any] | None = None
    """ Steps; the item shape is not documented. """
    contacts: list[Any] | None = None
    """ Contacts; the item shape is not documented. """
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
        if self.name is not None:
            field_dict["name"] = self.name
        if self.code is not None:
            field_dict["code"] = self.code
        if self.schedule is not None:
            field_dict["schedule"] = self.schedule
        if self.priority is not None:
            field_dict["priority"] = self.priority
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.status is not None:
            field_dict["status"] = self.status
        if self.owner is not None:
            field_dict["owner"] = self.owner
        if self.email_from is not None:
            field_dict["emailFrom"] = self.email_from
        if self.template is not None:
            field_dict["template"] = self.template
        if self.max_contacts is not None:
            field_dict["maxContacts"] = self.max_contacts
        if self.start_date is not None:
            field_dict["startDate"] = self.start_date
        if self.end_date is not None:
            field_dict["endDate"] = self.end_date
        if self.deleted is not None:
            field_dict["deleted"] = self.deleted
        if self.tags is not None:
            field_dict["tags"] = self.tags
        if self.steps is not None:
            field_dict["steps"] = self.steps
        if self.contacts is not None:
            field_dict["contacts"] = self.contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["_id"]
        _created_at = d.get("createdAt")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updatedAt")
        updated_at = None if _updated_at is None else datetime.datetime.fromisoformat(_updated_at)

        name = d.get("name")

        code = d.get("code")

        _schedule = d.get("schedule")
        schedule = None if _schedule is None else dict(_schedule)

        priority = d.get("priority")

        type_ = d.get("type")

        status = d.get("status")

        _owner = d.get("owner")
        owner = None if _owner is None else dict(_owner)

        _email_from = d.get("emailFrom")
        email_from = None if _email_from is None else dict(_email_from)

        template = d.get("template")

        max_contacts = d.get("maxContacts")

        start_date = d.get("startDate")

        end_date = d.get("endDate")

        deleted = d.get("deleted")

        tags = d.get("tags")

        steps = d.get("steps")

        contacts = d.get("contacts")

        sequence_record = cls(
            id,
            created_at,
            updated_at,
            name,
            code,
            schedule,
            priority,
            type_,
            status,
            owner,
            email_from,
            template,
            max_contacts,
            start_date,
            end_date,
            deleted,
            tags,
            steps,
            contacts,
        )

        sequence_record.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return sequence_record

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
        "name",
        "code",
        "schedule",
        "priority",
        "type",
        "status",
        "owner",
        "emailFrom",
        "template",
        "maxContacts",
        "startDate",
        "endDate",
        "deleted",
        "tags",
        "steps",
        "contacts",
    }
)


class SequenceRecordParam(TypedDict, total=False):
    """What SequenceRecord takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: Required[str]
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    name: str
    code: str
    schedule: Mapping[str, Any]
    priority: str
    type_: str
    status: str
    owner: Mapping[str, Any]
    email_from: Mapping[str, Any]
    template: str
    max_contacts: int
    start_date: str
    end_date: str
    deleted: str
    tags: Sequence[Any]
    steps: Sequence[Any]
    contacts: Sequence[Any]


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
SequenceRecordWireParam = TypedDict(
    "SequenceRecordWireParam",
    {
        "_id": "Required[str]",
        "createdAt": "datetime.datetime | str",
        "updatedAt": "datetime.datetime | str",
        "name": "str",
        "code": "str",
        "schedule": "Mapping[str, Any]",
        "priority": "str",
        "type": "str",
        "status": "str",
        "owner": "Mapping[str, Any]",
        "emailFrom": "Mapping[str, Any]",
        "template": "str",
        "maxContacts": "int",
        "startDate": "str",
        "endDate": "str",
        "deleted": "str",
        "tags": "Sequence[Any]",
        "steps": "Sequence[Any]",
        "contacts": "Sequence[Any]",
    },
    total=False,
)

SequenceRecord.__fields__ = (
    Field("id", "_id", Kind("string", False), True),
    Field("created_at", "createdAt", Kind("date-time", False), False),
    Field("updated_at", "updatedAt", Kind("date-time", False), False),
    Field("name", "name", Kind("string", False), False),
    Field("code", "code", Kind("string", False), False),
    Field("schedule", "schedule", Kind("object", False), False),
    Field("priority", "priority", Kind("string", False), False),
    Field("type_", "type", Kind("string", False), False),
    Field("status", "status", Kind("string", False), False),
    Field("owner", "owner", Kind("object", False), False),
    Field("email_from", "emailFrom", Kind("object", False), False),
    Field("template", "template", Kind("string", False), False),
    Field("max_contacts", "maxContacts", Kind("integer", False), False),
    Field("start_date", "startDate", Kind("string", False), False),
    Field("end_date", "endDate", Kind("string", False), False),
    Field("deleted", "deleted", Kind("string", False), False),
    Field("tags", "tags", Kind("array", False, item=Kind("any", False)), False),
    Field("steps", "steps", Kind("array", False, item=Kind("any", False)), False),
    Field("contacts", "contacts", Kind("array", False, item=Kind("any", False)), False),
)
