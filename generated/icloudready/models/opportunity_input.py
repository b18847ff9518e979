# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from icloudready_runtime._coerce import Field, Kind, SupportsToDict
from icloudready_runtime._records import Record

T = TypeVar("T", bound="OpportunityInput")


@_attrs_define(repr=False)
class OpportunityInput(Record):
    """The 22 body fields of create, update, patch and bulk update. The reference
    names no required field, so none is required here. A field sent as `null`
    is cleared: the stored record no longer has it.

    """

    customer: str | None = None
    """ Id of the customer. """
    lead_id: str | None = None
    """ Id of the lead the opportunity came from. """
    opportunity_information: dict[str, Any] | None = None
    """ Free-form information about the opportunity. """
    opportunity_owner: str | None = None
    """ Id of the user who owns the opportunity. """
    probability: float | None = None
    """ Probability of winning, 0 to 1 (the reference's example is 0.75). """
    discount: float | None = None
    """ Discount. """
    revenue: float | None = None
    """ Expected revenue. """
    close_date: datetime.date | None = None
    """ Expected close date (YYYY-MM-DD). """
    units: list[Any] | None = None
    """ Units (products, properties) of the opportunity; the item shape is not documented. """
    promo_id: str | None = None
    """ Id of the promotion. """
    opportunity_type: str | None = None
    """ Type, e.g. "new". """
    opportunity_source: str | None = None
    """ Source, e.g. "website". """
    status: str | None = None
    """ Status, e.g. "active". """
    opportunity_rating: float | None = None
    """ Rating (the reference's example is 4). """
    activity_log: list[ActivityLogEntry] | None = None
    """ Activity-log entries. """
    notes: list[Any] | None = None
    """ Notes; the item shape is not documented. """
    documents: list[Document] | None = None
    """ Documents attached to the opportunity. """
    task_id: str | None = None
    """ Id of a related task. """
    idengager_request_id: str | None = None
    """ Id of the related iDengager request. """
    opportunity_description: str | None = None
    """ Description. """
    stage: str | None = None
    """ Sales stage. """
    forecast_category: str | None = None
    """ Forecast category. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.customer is not None:
            field_dict["customer"] = self.customer
        if self.lead_id is not None:
            field_dict["leadId"] = self.lead_id
        if self.opportunity_information is not None:
            field_dict["opportunityInformation"] = self.opportunity_information
        if self.opportunity_owner is not None:
            field_dict["opportunityOwner"] = self.opportunity_owner
        if self.probability is not None:
            field_dict["probability"] = self.probability
        if self.discount is not None:
            field_dict["discount"] = self.discount
        if self.revenue is not None:
            field_dict["revenue"] = self.revenue
        if self.close_date is not None:
            field_dict["closeDate"] = self.close_date.isoformat()
        if self.units is not None:
            field_dict["units"] = self.units
        if self.promo_id is not None:
            field_dict["promoId"] = self.promo_id
        if self.opportunity_type is not None:
            field_dict["opportunityType"] = self.opportunity_type
        if self.opportunity_source is not None:
            field_dict["opportunitySource"] = self.opportunity_source
        if self.status is not None:
            field_dict["status"] = self.status
        if self.opportunity_rating is not None:
            field_dict["opportunityRating"] = self.opportunity_rating
        if self.activity_log is not None:
            field_dict["activityLog"] = [item.to_dict() for item in self.activity_log]
        if self.notes is not None:
            field_dict["notes"] = self.notes
        if self.documents is not None:
            field_dict["documents"] = [item.to_dict() for item in self.documents]
        if self.task_id is not None:
            field_dict["taskId"] = self.task_id
        if self.idengager_request_id is not None:
            field_dict["idengagerRequestId"] = self.idengager_request_id
        if self.opportunity_description is not None:
            field_dict["opportunityDescription"] = self.opportunity_description
        if self.stage is not None:
            field_dict["stage"] = self.stage
        if self.forecast_category is not None:
            field_dict["forecastCategory"] = self.forecast_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        customer = d.get("customer")

        lead_id = d.get("leadId")

        _opportunity_information = d.get("opportunityInformation")
        opportunity_information = (
            None if _opportunity_information is None else dict(_opportunity_information)
        )

        opportunity_owner = d.get("opportunityOwner")

        probability = d.get("probability")

        discount = d.get("discount")

        revenue = d.get("revenue")

        _close_date = d.get("closeDate")
        close_date = None if _close_date is None else datetime.date.fromisoformat(_close_date[:10])

        units = d.get("units")

        promo_id = d.get("promoId")

        opportunity_type = d.get("opportunityType")

        opportunity_source = d.get("opportunitySource")

        status = d.get("status")

        opportunity_rating = d.get("opportunityRating")

        _activity_log = d.get("activityLog")
        activity_log = (
            None
            if _activity_log is None
            else [ActivityLogEntry.from_dict(item) for item in _activity_log]
        )

        notes = d.get("notes")

        _documents = d.get("documents")
        documents = (
            None if _documents is None else [Document.from_dict(item) for item in _documents]
        )

        task_id = d.get("taskId")

        idengager_request_id = d.get("idengagerRequestId")

        opportunity_description = d.get("opportunityDescription")

        stage = d.get("stage")

        forecast_category = d.get("forecastCategory")

        opportunity_input = cls(
            customer,
            lead_id,
            opportunity_information,
            opportunity_owner,
            probability,
            discount,
            revenue,
            close_date,
            units,
            promo_id,
            opportunity_type,
            opportunity_source,
            status,
            opportunity_rating,
            activity_log,
            notes,
            documents,
            task_id,
            idengager_request_id,
            opportunity_description,
            stage,
            forecast_category,
        )

        opportunity_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return opportunity_input

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
        "customer",
        "leadId",
        "opportunityInformation",
        "opportunityOwner",
        "probability",
        "discount",
        "revenue",
        "closeDate",
        "units",
        "promoId",
        "opportunityType",
        "opportunitySource",
        "status",
        "opportunityRating",
        "activityLog",
        "notes",
        "documents",
        "taskId",
        "idengagerRequestId",
        "opportunityDescription",
        "stage",
        "forecastCategory",
    }
)


class OpportunityInputParam(TypedDict, total=False):
    """What OpportunityInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    customer: str | None
    lead_id: str | None
    opportunity_information: Mapping[str, Any] | None
    opportunity_owner: str | None
    probability: float | Decimal | None
    discount: float | Decimal | None
    revenue: float | Decimal | None
    close_date: datetime.date | str | None
    units: Sequence[Any] | None
    promo_id: str | None
    opportunity_type: str | None
    opportunity_source: str | None
    status: str | None
    opportunity_rating: float | Decimal | None
    activity_log: (
        Sequence[ActivityLogEntryParam | ActivityLogEntryWireParam | SupportsToDict] | None
    )
    notes: Sequence[Any] | None
    documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict] | None
    task_id: str | None
    idengager_request_id: str | None
    opportunity_description: str | None
    stage: str | None
    forecast_category: str | None


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
OpportunityInputWireParam = TypedDict(
    "OpportunityInputWireParam",
    {
        "customer": "str | None",
        "leadId": "str | None",
        "opportunityInformation": "Mapping[str, Any] | None",
        "opportunityOwner": "str | None",
        "probability": "float | Decimal | None",
        "discount": "float | Decimal | None",
        "revenue": "float | Decimal | None",
        "closeDate": "datetime.date | str | None",
        "units": "Sequence[Any] | None",
        "promoId": "str | None",
        "opportunityType": "str | None",
        "opportunitySource": "str | None",
        "status": "str | None",
        "opportunityRating": "float | Decimal | None",
        "activityLog": (
            "Sequence[ActivityLogEntryParam | ActivityLogEntryWireParam | SupportsToDict] | None"
        ),
        "notes": "Sequence[Any] | None",
        "documents": "Sequence[DocumentParam | DocumentWireParam | SupportsToDict] | None",
        "taskId": "str | None",
        "idengagerRequestId": "str | None",
        "opportunityDescription": "str | None",
        "stage": "str | None",
        "forecastCategory": "str | None",
    },
    total=False,
)


# At the bottom: models that refer to each other import once their own class exists.
from ..models.activity_log_entry import ActivityLogEntry
from ..models.document import Document

if TYPE_CHECKING:
    from ..models.activity_log_entry import ActivityLogEntryParam, ActivityLogEntryWireParam
    from ..models.document import DocumentParam, DocumentWireParam

OpportunityInput.__fields__ = (
    Field("customer", "customer", Kind("string", True), False),
    Field("lead_id", "leadId", Kind("string", True), False),
    Field("opportunity_information", "opportunityInformation", Kind("object", True), False),
    Field("opportunity_owner", "opportunityOwner", Kind("string", True), False),
    Field("probability", "probability", Kind("number", True), False),
    Field("discount", "discount", Kind("number", True), False),
    Field("revenue", "revenue", Kind("number", True), False),
    Field("close_date", "closeDate", Kind("date", True), False),
    Field("units", "units", Kind("array", True, item=Kind("any", False)), False),
    Field("promo_id", "promoId", Kind("string", True), False),
    Field("opportunity_type", "opportunityType", Kind("string", True), False),
    Field("opportunity_source", "opportunitySource", Kind("string", True), False),
    Field("status", "status", Kind("string", True), False),
    Field("opportunity_rating", "opportunityRating", Kind("number", True), False),
    Field(
        "activity_log",
        "activityLog",
        Kind("array", True, item=Kind("model", False, model=ActivityLogEntry)),
        False,
    ),
    Field("notes", "notes", Kind("array", True, item=Kind("any", False)), False),
    Field(
        "documents",
        "documents",
        Kind("array", True, item=Kind("model", False, model=Document)),
        False,
    ),
    Field("task_id", "taskId", Kind("string", True), False),
    Field("idengager_request_id", "idengagerRequestId", Kind("string", True), False),
    Field("opportunity_description", "opportunityDescription", Kind("string", True), False),
    Field("stage", "stage", Kind("string", True), False),
    Field("forecast_category", "forecastCategory", Kind("string", True), False),
)
