from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityInput")


@_attrs_define
class OpportunityInput:
    """The 22 body fields of create, update, patch and bulk update. The reference
    names no required field, so none is required here.

    """

    customer: str | Unset = UNSET
    """ Id of the customer. """
    lead_id: str | Unset = UNSET
    """ Id of the lead the opportunity came from. """
    opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET
    """ Free-form information about the opportunity. """
    opportunity_owner: str | Unset = UNSET
    """ Id of the user who owns the opportunity. """
    probability: float | Unset = UNSET
    """ Probability of winning, 0 to 1 (the reference's example is 0.75). """
    discount: float | Unset = UNSET
    """ Discount. """
    revenue: float | Unset = UNSET
    """ Expected revenue. """
    close_date: datetime.date | Unset = UNSET
    """ Expected close date (YYYY-MM-DD). """
    units: list[Any] | Unset = UNSET
    """ Units (products, properties) of the opportunity; the item shape is not documented. """
    promo_id: str | Unset = UNSET
    """ Id of the promotion. """
    opportunity_type: str | Unset = UNSET
    """ Type, e.g. "new". """
    opportunity_source: str | Unset = UNSET
    """ Source, e.g. "website". """
    status: str | Unset = UNSET
    """ Status, e.g. "active". """
    opportunity_rating: float | Unset = UNSET
    """ Rating (the reference's example is 4). """
    activity_log: list[ActivityLogEntry] | Unset = UNSET
    """ Activity-log entries. """
    notes: list[Any] | Unset = UNSET
    """ Notes; the item shape is not documented. """
    documents: list[Document] | Unset = UNSET
    """ Documents attached to the opportunity. """
    task_id: str | Unset = UNSET
    """ Id of a related task. """
    idengager_request_id: str | Unset = UNSET
    """ Id of the related iDengager request. """
    opportunity_description: str | Unset = UNSET
    """ Description. """
    stage: str | Unset = UNSET
    """ Sales stage. """
    forecast_category: str | Unset = UNSET
    """ Forecast category. """

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer

        lead_id = self.lead_id

        opportunity_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opportunity_information, Unset):
            opportunity_information = self.opportunity_information.to_dict()

        opportunity_owner = self.opportunity_owner

        probability = self.probability

        discount = self.discount

        revenue = self.revenue

        close_date: str | Unset = UNSET
        if not isinstance(self.close_date, Unset):
            close_date = self.close_date.isoformat()

        units: list[Any] | Unset = UNSET
        if not isinstance(self.units, Unset):
            units = self.units

        promo_id = self.promo_id

        opportunity_type = self.opportunity_type

        opportunity_source = self.opportunity_source

        status = self.status

        opportunity_rating = self.opportunity_rating

        activity_log: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.activity_log, Unset):
            activity_log = []
            for activity_log_item_data in self.activity_log:
                activity_log_item = activity_log_item_data.to_dict()
                activity_log.append(activity_log_item)

        notes: list[Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        task_id = self.task_id

        idengager_request_id = self.idengager_request_id

        opportunity_description = self.opportunity_description

        stage = self.stage

        forecast_category = self.forecast_category

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if lead_id is not UNSET:
            field_dict["leadId"] = lead_id
        if opportunity_information is not UNSET:
            field_dict["opportunityInformation"] = opportunity_information
        if opportunity_owner is not UNSET:
            field_dict["opportunityOwner"] = opportunity_owner
        if probability is not UNSET:
            field_dict["probability"] = probability
        if discount is not UNSET:
            field_dict["discount"] = discount
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if close_date is not UNSET:
            field_dict["closeDate"] = close_date
        if units is not UNSET:
            field_dict["units"] = units
        if promo_id is not UNSET:
            field_dict["promoId"] = promo_id
        if opportunity_type is not UNSET:
            field_dict["opportunityType"] = opportunity_type
        if opportunity_source is not UNSET:
            field_dict["opportunitySource"] = opportunity_source
        if status is not UNSET:
            field_dict["status"] = status
        if opportunity_rating is not UNSET:
            field_dict["opportunityRating"] = opportunity_rating
        if activity_log is not UNSET:
            field_dict["activityLog"] = activity_log
        if notes is not UNSET:
            field_dict["notes"] = notes
        if documents is not UNSET:
            field_dict["documents"] = documents
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if idengager_request_id is not UNSET:
            field_dict["idengagerRequestId"] = idengager_request_id
        if opportunity_description is not UNSET:
            field_dict["opportunityDescription"] = opportunity_description
        if stage is not UNSET:
            field_dict["stage"] = stage
        if forecast_category is not UNSET:
            field_dict["forecastCategory"] = forecast_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        customer = d.get("customer", UNSET)

        lead_id = d.get("leadId", UNSET)

        _opportunity_information = d.get("opportunityInformation", UNSET)
        opportunity_information: OpportunityInputOpportunityInformation | Unset
        if _opportunity_information is UNSET:
            opportunity_information = UNSET
        else:
            opportunity_information = OpportunityInputOpportunityInformation.from_dict(
                _opportunity_information
            )

        opportunity_owner = d.get("opportunityOwner", UNSET)

        probability = d.get("probability", UNSET)

        discount = d.get("discount", UNSET)

        revenue = d.get("revenue", UNSET)

        _close_date = d.get("closeDate", UNSET)
        close_date: datetime.date | Unset
        if _close_date is UNSET:
            close_date = UNSET
        else:
            close_date = datetime.date.fromisoformat(_close_date[:10])

        units = cast("list[Any]", d.get("units", UNSET))

        promo_id = d.get("promoId", UNSET)

        opportunity_type = d.get("opportunityType", UNSET)

        opportunity_source = d.get("opportunitySource", UNSET)

        status = d.get("status", UNSET)

        opportunity_rating = d.get("opportunityRating", UNSET)

        _activity_log = d.get("activityLog", UNSET)
        activity_log: list[ActivityLogEntry] | Unset = UNSET
        if _activity_log is not UNSET:
            activity_log = []
            for activity_log_item_data in _activity_log:
                activity_log_item = ActivityLogEntry.from_dict(activity_log_item_data)

                activity_log.append(activity_log_item)

        notes = cast("list[Any]", d.get("notes", UNSET))

        _documents = d.get("documents", UNSET)
        documents: list[Document] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = Document.from_dict(documents_item_data)

                documents.append(documents_item)

        task_id = d.get("taskId", UNSET)

        idengager_request_id = d.get("idengagerRequestId", UNSET)

        opportunity_description = d.get("opportunityDescription", UNSET)

        stage = d.get("stage", UNSET)

        forecast_category = d.get("forecastCategory", UNSET)

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

        return opportunity_input


# At the bottom: models that refer to each other import once their own class exists.
from ..models.activity_log_entry import ActivityLogEntry
from ..models.document import Document
from ..models.opportunity_input_opportunity_information import (
    OpportunityInputOpportunityInformation,
)
