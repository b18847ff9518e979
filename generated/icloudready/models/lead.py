# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="Lead")


@_attrs_define(repr=False)
class Lead(Record):
    """A stored lead as the server returns it: the fields of LeadInput (written here by
    `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`. Fields this
    document does not name are kept.

    """

    id: str
    """ Id of the lead. """
    created_at: datetime.datetime | None = None
    """ When the record was created. """
    updated_at: datetime.datetime | None = None
    """ When the record was last changed. """
    lead_information: dict[str, Any] | None = None
    """ Free-form information about the lead. """
    customer: str | None = None
    """ Id of the customer. """
    unit_id: str | None = None
    """ Id of the unit the lead is about. """
    lead_owner: str | None = None
    """ Id of the user who owns the lead. """
    task_id: str | None = None
    """ Id of a related task. """
    promo_id: str | None = None
    """ Id of the promotion. """
    lead_type: str | None = None
    """ Type, e.g. "new". """
    lead_source: str | None = None
    """ Source, e.g. "website". """
    status: str | None = None
    """ Status, e.g. "active". """
    lead_rating: int | None = None
    """ Rating (the reference's example is 4). """
    history: list[Any] | None = None
    """ History entries; the item shape is not documented (the example is an empty array). """
    activity_log: list[LeadActivityLogEntry] | None = None
    """ Activity-log entries (`activityNumber` is a string here). """
    lead_description: str | None = None
    """ Description. """
    notes: list[str] | None = None
    """ Notes (the example is an array of strings). """
    documents: list[Document] | None = None
    """ Documents attached to the lead. """
    idengager_request_id: str | None = None
    """ Id of the related iDengager request. """
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
        if self.lead_information is not None:
            field_dict["leadInformation"] = self.lead_information
        if self.customer is not None:
            field_dict["customer"] = self.customer
        if self.unit_id is not None:
            field_dict["unitId"] = self.unit_id
        if self.lead_owner is not None:
            field_dict["leadOwner"] = self.lead_owner
        if self.task_id is not None:
            field_dict["taskId"] = self.task_id
        if self.promo_id is not None:
            field_dict["promoId"] = self.promo_id
        if self.lead_type is not None:
            field_dict["leadType"] = self.lead_type
        if self.lead_source is not None:
            field_dict["leadSource"] = self.lead_source
        if self.status is not None:
            field_dict["status"] = self.status
        if self.lead_rating is not None:
            field_dict["leadRating"] = self.lead_rating
        if self.history is not None:
            field_dict["history"] = self.history
        if self.activity_log is not None:
            field_dict["activityLog"] = [item.to_dict() for item in self.activity_log]
        if self.lead_description is not None:
            field_dict["leadDescription"] = self.lead_description
        if self.notes is not None:
            field_dict["notes"] = self.notes
        if self.documents is not None:
            field_dict["documents"] = [item.to_dict() for item in self.documents]
        if self.idengager_request_id is not None:
            field_dict["idengagerRequestId"] = self.idengager_request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["_id"]
        _created_at = d.get("createdAt")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updatedAt")
        updated_at = None if _updated_at is None else datetime.datetime.fromisoformat(_updated_at)

        _lead_information = d.get("leadInformation")
        lead_information = None if _lead_information is None else dict(_lead_information)

        customer = d.get("customer")

        unit_id = d.get("unitId")

        lead_owner = d.get("leadOwner")

        task_id = d.get("taskId")

        promo_id = d.get("promoId")

        lead_type = d.get("leadType")

        lead_source = d.get("leadSource")

        status = d.get("status")

        lead_rating = d.get("leadRating")

        history = d.get("history")

        _activity_log = d.get("activityLog")
        activity_log = (
            None
            if _activity_log is None
            else [LeadActivityLogEntry.from_dict(item) for item in _activity_log]
        )

        lead_description = d.get("leadDescription")

        notes = d.get("notes")

        _documents = d.get("documents")
        documents = (
            None if _documents is None else [Document.from_dict(item) for item in _documents]
        )

        idengager_request_id = d.get("idengagerRequestId")

        lead = cls(
            id,
            created_at,
            updated_at,
            lead_information,
            customer,
            unit_id,
            lead_owner,
            task_id,
            promo_id,
            lead_type,
            lead_source,
            status,
            lead_rating,
            history,
            activity_log,
            lead_description,
            notes,
            documents,
            idengager_request_id,
        )

        lead.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return lead

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
        "leadInformation",
        "customer",
        "unitId",
        "leadOwner",
        "taskId",
        "promoId",
        "leadType",
        "leadSource",
        "status",
        "leadRating",
        "history",
        "activityLog",
        "leadDescription",
        "notes",
        "documents",
        "idengagerRequestId",
    }
)


class LeadParam(TypedDict, total=False):
    """What Lead takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: Required[str]
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    lead_information: Mapping[str, Any]
    customer: str
    unit_id: str
    lead_owner: str
    task_id: str
    promo_id: str
    lead_type: str
    lead_source: str
    status: str
    lead_rating: int
    history: Sequence[Any]
    activity_log: Sequence[
        LeadActivityLogEntryParam | LeadActivityLogEntryWireParam | SupportsToDict
    ]
    lead_description: str
    notes: Sequence[str]
    documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict]
    idengager_request_id: str


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
LeadWireParam = TypedDict(
    "LeadWireParam",
    {
        "_id": "Required[str]",
        "createdAt": "datetime.datetime | str",
        "updatedAt": "datetime.datetime | str",
        "leadInformation": "Mapping[str, Any]",
        "customer": "str",
        "unitId": "str",
        "leadOwner": "str",
        "taskId": "str",
        "promoId": "str",
        "leadType": "str",
        "leadSource": "str",
        "status": "str",
        "leadRating": "int",
        "history": "Sequence[Any]",
        "activityLog": (
            "Sequence[LeadActivityLogEntryParam | LeadActivityLogEntryWireParam | SupportsToDict]"
        ),
        "leadDescription": "str",
        "notes": "Sequence[str]",
        "documents": "Sequence[DocumentParam | DocumentWireParam | SupportsToDict]",
        "idengagerRequestId": "str",
    },
    total=False,
)


# At the bottom: models that refer to each other import once their own class exists.
from ..models.document import Document
from ..models.lead_activity_log_entry import LeadActivityLogEntry

if TYPE_CHECKING:
    from ..models.document import DocumentParam, DocumentWireParam
    from ..models.lead_activity_log_entry import (
        LeadActivityLogEntryParam,
        LeadActivityLogEntryWireParam,
    )

Lead.__fields__ = (
    Field("id", "_id", Kind("string", False), True),
    Field("created_at", "createdAt", Kind("date-time", False), False),
    Field("updated_at", "updatedAt", Kind("date-time", False), False),
    Field("lead_information", "leadInformation", Kind("object", False), False),
    Field("customer", "customer", Kind("string", False), False),
    Field("unit_id", "unitId", Kind("string", False), False),
    Field("lead_owner", "leadOwner", Kind("string", False), False),
    Field("task_id", "taskId", Kind("string", False), False),
    Field("promo_id", "promoId", Kind("string", False), False),
    Field("lead_type", "leadType", Kind("string", False), False),
    Field("lead_source", "leadSource", Kind("string", False), False),
    Field("status", "status", Kind("string", False), False),
    Field("lead_rating", "leadRating", Kind("integer", False), False),
    Field("history", "history", Kind("array", False, item=Kind("any", False)), False),
    Field(
        "activity_log",
        "activityLog",
        Kind("array", False, item=Kind("model", False, model=LeadActivityLogEntry)),
        False,
    ),
    Field("lead_description", "leadDescription", Kind("string", False), False),
    Field("notes", "notes", Kind("array", False, item=Kind("string", False)), False),
    Field(
        "documents",
        "documents",
        Kind("array", False, item=Kind("model", False, model=Document)),
        False,
    ),
    Field("idengager_request_id", "idengagerRequestId", Kind("string", False), False),
)
