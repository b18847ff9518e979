from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityLogEntry")


@_attrs_define
class ActivityLogEntry:
    """One activity-log entry. `activityNumber` is a number in the Opportunities
    reference but a string ("1") in the Leads reference of the same API.

    """

    activity_number: float | Unset = UNSET
    """ Sequence number of the activity. """
    activity: str | Unset = UNSET
    """ What happened, e.g. "Email sent". """
    activity_date: datetime.date | Unset = UNSET
    """ When it happened (YYYY-MM-DD). """
    logs: str | Unset = UNSET
    """ Details. """

    def to_dict(self) -> dict[str, Any]:
        activity_number = self.activity_number

        activity = self.activity

        activity_date: str | Unset = UNSET
        if not isinstance(self.activity_date, Unset):
            activity_date = self.activity_date.isoformat()

        logs = self.logs

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if activity_number is not UNSET:
            field_dict["activityNumber"] = activity_number
        if activity is not UNSET:
            field_dict["activity"] = activity
        if activity_date is not UNSET:
            field_dict["activityDate"] = activity_date
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        activity_number = d.get("activityNumber", UNSET)

        activity = d.get("activity", UNSET)

        _activity_date = d.get("activityDate", UNSET)
        activity_date: datetime.date | Unset
        if _activity_date is UNSET:
            activity_date = UNSET
        else:
            activity_date = datetime.date.fromisoformat(_activity_date[:10])

        logs = d.get("logs", UNSET)

        activity_log_entry = cls(
            activity_number,
            activity,
            activity_date,
            logs,
        )

        return activity_log_entry
