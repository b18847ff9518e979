# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
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

T = TypeVar("T", bound="LeadActivityLogEntry")


@_attrs_define(repr=False)
class LeadActivityLogEntry(Record):
    """One activity-log entry of a lead. Unlike Opportunities' ActivityLogEntry, the
    Leads reference writes `activityNumber` as a string ("1").

    """

    activity_number: str | None = None
    """ Sequence number of the activity, as a string. """
    activity: str | None = None
    """ What happened, e.g. "Email sent". """
    activity_date: datetime.date | None = None
    """ When it happened (YYYY-MM-DD). """
    logs: str | None = None
    """ Details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.activity_number is not None:
            field_dict["activityNumber"] = self.activity_number
        if self.activity is not None:
            field_dict["activity"] = self.activity
        if self.activity_date is not None:
            field_dict["activityDate"] = self.activity_date.isoformat()
        if self.logs is not None:
            field_dict["logs"] = self.logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        activity_number = d.get("activityNumber")

        activity = d.get("activity")

        _activity_date = d.get("activityDate")
        activity_date = (
            None if _activity_date is None else datetime.date.fromisoformat(_activity_date[:10])
        )

        logs = d.get("logs")

        lead_activity_log_entry = cls(
            activity_number,
            activity,
            activity_date,
            logs,
        )

        lead_activity_log_entry.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return lead_activity_log_entry

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
        "activityNumber",
        "activity",
        "activityDate",
        "logs",
    }
)


class LeadActivityLogEntryParam(TypedDict, total=False):
    """What LeadActivityLogEntry takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    activity_number: str
    activity: str
    activity_date: datetime.date | str
    logs: str


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
LeadActivityLogEntryWireParam = TypedDict(
    "LeadActivityLogEntryWireParam",
    {
        "activityNumber": "str",
        "activity": "str",
        "activityDate": "datetime.date | str",
        "logs": "str",
    },
    total=False,
)

LeadActivityLogEntry.__fields__ = (
    Field("activity_number", "activityNumber", Kind("string", False), False),
    Field("activity", "activity", Kind("string", False), False),
    Field("activity_date", "activityDate", Kind("date", False), False),
    Field("logs", "logs", Kind("string", False), False),
)
