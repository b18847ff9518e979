# Generated from openapi.yaml by datamodel-code-generator with overrides/datamodel-codegen.args: do not edit; change the spec or the flags and run `make generate`.

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, RootModel


class ActivityLogEntry(BaseModel):
    """
    One activity-log entry. `activityNumber` is a number in the Opportunities
    reference but a string ("1") in the Leads reference of the same API.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    activity_number: Annotated[float | None, Field(alias="activityNumber")] = None
    """
    Sequence number of the activity.
    """
    activity: Annotated[str | None, Field(max_length=1000)] = None
    """
    What happened, e.g. "Email sent".
    """
    activity_date: Annotated[date | None, Field(alias="activityDate")] = None
    """
    When it happened (YYYY-MM-DD).
    """
    logs: Annotated[str | None, Field(max_length=10000)] = None
    """
    Details.
    """


class Document(BaseModel):
    """
    A document attached to an opportunity.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    upload_date: Annotated[date | None, Field(alias="uploadDate")] = None
    """
    When the document was uploaded (YYYY-MM-DD).
    """
    file_url: Annotated[str | None, Field(alias="fileUrl", max_length=2000)] = None
    """
    Where the document is stored.
    """


class Id(RootModel[str]):
    root: Annotated[str, Field(max_length=200)]


class BulkUpdateItemResult(BaseModel):
    """
    The outcome for one id.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str
    """
    The id as sent.
    """
    status: Literal["updated", "not_found", "invalid_id"]
    """
    What happened.
    """
    message: str | None = None
    """
    Why it failed, when it did.
    """


class SignInRequest(BaseModel):
    """
    Credentials.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    email: Annotated[str, Field(max_length=320)]
    """
    The user's email address.
    """
    password: Annotated[str, Field(max_length=1000)]
    """
    The user's password.
    """


class SignInResponse(BaseModel):
    """
    An access token for the Authorization header.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    access_token: Annotated[str, Field(alias="accessToken")]
    """
    Send as `Authorization: Bearer <accessToken>`.
    """
    token_type: Annotated[str, Field(alias="tokenType")]
    """
    Always "Bearer".
    """


class ErrorDetail(BaseModel):
    """
    One invalid field.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    field: str
    """
    Dotted path of the field, e.g. "activityLog.0.activityDate".
    """
    message: str
    """
    What is wrong with it.
    """


class OpportunityInput(BaseModel):
    """
    The 22 body fields of create, update, patch and bulk update. The reference
    names no required field, so none is required here. A field sent as `null`
    is cleared: the stored record no longer has it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    customer: Annotated[str | None, Field(max_length=200)] = None
    """
    Id of the customer.
    """
    lead_id: Annotated[str | None, Field(alias="leadId", max_length=200)] = None
    """
    Id of the lead the opportunity came from.
    """
    opportunity_information: Annotated[
        dict[str, Any] | None, Field(alias="opportunityInformation")
    ] = None
    """
    Free-form information about the opportunity.
    """
    opportunity_owner: Annotated[str | None, Field(alias="opportunityOwner", max_length=200)] = None
    """
    Id of the user who owns the opportunity.
    """
    probability: Annotated[float | None, Field(ge=0.0, le=1.0)] = None
    """
    Probability of winning, 0 to 1 (the reference's example is 0.75).
    """
    discount: Annotated[float | None, Field(ge=0.0, le=1000000000000.0)] = None
    """
    Discount.
    """
    revenue: Annotated[float | None, Field(ge=-1000000000000000.0, le=1000000000000000.0)] = None
    """
    Expected revenue.
    """
    close_date: Annotated[date | None, Field(alias="closeDate")] = None
    """
    Expected close date (YYYY-MM-DD).
    """
    units: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Units (products, properties) of the opportunity; the item shape is not documented.
    """
    promo_id: Annotated[str | None, Field(alias="promoId", max_length=200)] = None
    """
    Id of the promotion.
    """
    opportunity_type: Annotated[str | None, Field(alias="opportunityType", max_length=200)] = None
    """
    Type, e.g. "new".
    """
    opportunity_source: Annotated[str | None, Field(alias="opportunitySource", max_length=200)] = (
        None
    )
    """
    Source, e.g. "website".
    """
    status: Annotated[str | None, Field(max_length=200)] = None
    """
    Status, e.g. "active".
    """
    opportunity_rating: Annotated[
        float | None, Field(alias="opportunityRating", ge=0.0, le=1000.0)
    ] = None
    """
    Rating (the reference's example is 4).
    """
    activity_log: Annotated[
        list[ActivityLogEntry] | None, Field(alias="activityLog", max_length=1000)
    ] = None
    """
    Activity-log entries.
    """
    notes: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Notes; the item shape is not documented.
    """
    documents: Annotated[list[Document] | None, Field(max_length=1000)] = None
    """
    Documents attached to the opportunity.
    """
    task_id: Annotated[str | None, Field(alias="taskId", max_length=200)] = None
    """
    Id of a related task.
    """
    idengager_request_id: Annotated[
        str | None, Field(alias="idengagerRequestId", max_length=200)
    ] = None
    """
    Id of the related iDengager request.
    """
    opportunity_description: Annotated[
        str | None, Field(alias="opportunityDescription", max_length=10000)
    ] = None
    """
    Description.
    """
    stage: Annotated[str | None, Field(max_length=200)] = None
    """
    Sales stage.
    """
    forecast_category: Annotated[str | None, Field(alias="forecastCategory", max_length=200)] = None
    """
    Forecast category.
    """


class Opportunity(BaseModel):
    """
    A stored opportunity as the server returns it: the fields of OpportunityInput
    (written here by `make generate`) plus the read-only `_id`, `createdAt` and
    `updatedAt`. Fields this document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the opportunity.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    customer: str | None = None
    """
    Id of the customer.
    """
    lead_id: Annotated[str | None, Field(alias="leadId")] = None
    """
    Id of the lead the opportunity came from.
    """
    opportunity_information: Annotated[
        dict[str, Any] | None, Field(alias="opportunityInformation")
    ] = None
    """
    Free-form information about the opportunity.
    """
    opportunity_owner: Annotated[str | None, Field(alias="opportunityOwner")] = None
    """
    Id of the user who owns the opportunity.
    """
    probability: float | None = None
    """
    Probability of winning, 0 to 1 (the reference's example is 0.75).
    """
    discount: float | None = None
    """
    Discount.
    """
    revenue: float | None = None
    """
    Expected revenue.
    """
    close_date: Annotated[date | None, Field(alias="closeDate")] = None
    """
    Expected close date (YYYY-MM-DD).
    """
    units: list[Any] | None = None
    """
    Units (products, properties) of the opportunity; the item shape is not documented.
    """
    promo_id: Annotated[str | None, Field(alias="promoId")] = None
    """
    Id of the promotion.
    """
    opportunity_type: Annotated[str | None, Field(alias="opportunityType")] = None
    """
    Type, e.g. "new".
    """
    opportunity_source: Annotated[str | None, Field(alias="opportunitySource")] = None
    """
    Source, e.g. "website".
    """
    status: str | None = None
    """
    Status, e.g. "active".
    """
    opportunity_rating: Annotated[float | None, Field(alias="opportunityRating")] = None
    """
    Rating (the reference's example is 4).
    """
    activity_log: Annotated[list[ActivityLogEntry] | None, Field(alias="activityLog")] = None
    """
    Activity-log entries.
    """
    notes: list[Any] | None = None
    """
    Notes; the item shape is not documented.
    """
    documents: list[Document] | None = None
    """
    Documents attached to the opportunity.
    """
    task_id: Annotated[str | None, Field(alias="taskId")] = None
    """
    Id of a related task.
    """
    idengager_request_id: Annotated[str | None, Field(alias="idengagerRequestId")] = None
    """
    Id of the related iDengager request.
    """
    opportunity_description: Annotated[str | None, Field(alias="opportunityDescription")] = None
    """
    Description.
    """
    stage: str | None = None
    """
    Sales stage.
    """
    forecast_category: Annotated[str | None, Field(alias="forecastCategory")] = None
    """
    Forecast category.
    """


class OpportunityList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[Opportunity]
    """
    The opportunities of this page.
    """
    page: int
    """
    This page's number (1-based).
    """
    limit: int
    """
    The page size asked for.
    """
    total: int
    """
    How many records match, over all pages.
    """


class BulkUpdateRequest(BaseModel):
    """
    The ids to update and the field values to set on each.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    ids: Annotated[list[Id], Field(max_length=100, min_length=1)]
    """
    Ids of the opportunities to update.
    """
    update: OpportunityInput


class BulkUpdateResult(BaseModel):
    """
    What happened to each id of a bulk update.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    updated: int
    """
    How many opportunities were updated.
    """
    failed: int
    """
    How many ids failed.
    """
    results: list[BulkUpdateItemResult]
    """
    One entry per id, in request order.
    """


class Error(BaseModel):
    """
    The one error body shape of every 4xx and 5xx response.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    error: str
    """
    Machine-readable code, e.g. "validation_error".
    """
    message: str
    """
    Human-readable explanation.
    """
    details: list[ErrorDetail] | None = None
    """
    Per-field problems of a 422.
    """
