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

T = TypeVar("T", bound="SequenceInput")


@_attrs_define(repr=False)
class SequenceInput(Record):
    """The 16 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

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
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        sequence_input = cls(
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

        sequence_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return sequence_input

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


class SequenceInputParam(TypedDict, total=False):
    """What SequenceInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    name: str | None
    code: str | None
    schedule: Mapping[str, Any] | None
    priority: str | None
    type_: str | None
    status: str | None
    owner: Mapping[str, Any] | None
    email_from: Mapping[str, Any] | None
    template: str | None
    max_contacts: int | None
    start_date: str | None
    end_date: str | None
    deleted: str | None
    tags: Sequence[Any] | None
    steps: Sequence[Any] | None
    contacts: Sequence[Any] | None


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
SequenceInputWireParam = TypedDict(
    "SequenceInputWireParam",
    {
        "name": "str | None",
        "code": "str | None",
        "schedule": "Mapping[str, Any] | None",
        "priority": "str | None",
        "type": "str | None",
        "status": "str | None",
        "owner": "Mapping[str, Any] | None",
        "emailFrom": "Mapping[str, Any] | None",
        "template": "str | None",
        "maxContacts": "int | None",
        "startDate": "str | None",
        "endDate": "str | None",
        "deleted": "str | None",
        "tags": "Sequence[Any] | None",
        "steps": "Sequence[Any] | None",
        "contacts": "Sequence[Any] | None",
    },
    total=False,
)

SequenceInput.__fields__ = (
    Field("name", "name", Kind("string", True), False),
    Field("code", "code", Kind("string", True), False),
    Field("schedule", "schedule", Kind("object", True), False),
    Field("priority", "priority", Kind("string", True), False),
    Field("type_", "type", Kind("string", True), False),
    Field("status", "status", Kind("string", True), False),
    Field("owner", "owner", Kind("object", True), False),
    Field("email_from", "emailFrom", Kind("object", True), False),
    Field("template", "template", Kind("string", True), False),
    Field("max_contacts", "maxContacts", Kind("integer", True), False),
    Field("start_date", "startDate", Kind("string", True), False),
    Field("end_date", "endDate", Kind("string", True), False),
    Field("deleted", "deleted", Kind("string", True), False),
    Field("tags", "tags", Kind("array", True, item=Kind("any", False)), False),
    Field("steps", "steps", Kind("array", True, item=Kind("any", False)), False),
    Field("contacts", "contacts", Kind("array", True, item=Kind("any", False)), False),
)
