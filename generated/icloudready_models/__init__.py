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


class LeadActivityLogEntry(BaseModel):
    """
    One activity-log entry of a lead. Unlike Opportunities' ActivityLogEntry, the
    Leads reference writes `activityNumber` as a string ("1").

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    activity_number: Annotated[str | None, Field(alias="activityNumber", max_length=200)] = None
    """
    Sequence number of the activity, as a string.
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


class UnitLocation(BaseModel):
    """
    Where the unit is (GeoJSON-like).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str | None = None
    """
    Geometry type, e.g. "Point".
    """
    coordinates: list[float] | None = None
    """
    Coordinates.
    """


class UnitExpense(BaseModel):
    """
    An expense of the unit.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    """
    What the expense is.
    """
    value: float | None = None
    """
    Amount.
    """


class UnitSpec(BaseModel):
    """
    One feature of a unit.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    feature_number: Annotated[float | None, Field(alias="featureNumber")] = None
    """
    Number of the feature.
    """
    feature_type: Annotated[str | None, Field(alias="featureType")] = None
    """
    Type of the feature.
    """
    feature_image: Annotated[str | None, Field(alias="featureImage")] = None
    """
    Image of the feature.
    """
    feature_desc: Annotated[str | None, Field(alias="featureDesc")] = None
    """
    Description.
    """
    feature_desc_ar: Annotated[str | None, Field(alias="featureDescAr")] = None
    """
    Description, in Arabic.
    """
    feature_tag: Annotated[str | None, Field(alias="featureTag")] = None
    """
    Tag.
    """
    active: bool | None = None
    """
    Whether the feature is shown.
    """


class UnitOption(BaseModel):
    """
    One option of a unit.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    option_number: Annotated[float | None, Field(alias="optionNumber")] = None
    """
    Number of the option.
    """
    option_name: Annotated[str | None, Field(alias="optionName")] = None
    """
    Name.
    """
    option_name_ar: Annotated[str | None, Field(alias="optionNameAr")] = None
    """
    Name, in Arabic.
    """
    area: float | None = None
    """
    Area.
    """
    uom: str | None = None
    """
    Unit of measure of the area.
    """
    price: float | None = None
    """
    Price.
    """
    active: bool | None = None
    """
    Whether the option is offered.
    """


class UnitPaymentPlan(BaseModel):
    """
    One payment plan of a unit.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    plan_number: Annotated[float | None, Field(alias="planNumber")] = None
    """
    Number of the plan.
    """
    plan_name: Annotated[str | None, Field(alias="planName")] = None
    """
    Name.
    """
    plan_name_ar: Annotated[str | None, Field(alias="planNameAr")] = None
    """
    Name, in Arabic.
    """
    plan_desc: Annotated[str | None, Field(alias="planDesc")] = None
    """
    Description.
    """
    plan_desc_ar: Annotated[str | None, Field(alias="planDescAr")] = None
    """
    Description, in Arabic.
    """
    min_price: Annotated[float | None, Field(alias="minPrice")] = None
    """
    Lowest price.
    """
    max_price: Annotated[float | None, Field(alias="maxPrice")] = None
    """
    Highest price.
    """
    default: bool | None = None
    """
    Whether this is the default plan.
    """
    down_payment: Annotated[float | None, Field(alias="downPayment")] = None
    """
    Down payment.
    """
    installments_value: Annotated[float | None, Field(alias="installmentsValue")] = None
    """
    Amount of each installment.
    """
    payment_details: Annotated[str | None, Field(alias="paymentDetails")] = None
    """
    Details.
    """
    active: bool | None = None
    """
    Whether the plan is offered.
    """


class UnitFloorPlan(BaseModel):
    """
    The plan of one floor of a unit (the reference is cut after `area`).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    floors_number: Annotated[float | None, Field(alias="floorsNumber")] = None
    """
    Number of the floor.
    """
    floor_name: Annotated[str | None, Field(alias="floorName")] = None
    """
    Name.
    """
    floor_name_ar: Annotated[str | None, Field(alias="floorNameAr")] = None
    """
    Name, in Arabic.
    """
    floor_desc: Annotated[str | None, Field(alias="floorDesc")] = None
    """
    Description.
    """
    floor_desc_ar: Annotated[str | None, Field(alias="floorDescAr")] = None
    """
    Description, in Arabic.
    """
    rooms: float | None = None
    """
    Rooms.
    """
    baths: float | None = None
    """
    Bathrooms.
    """
    view: str | None = None
    """
    View.
    """
    area: Any | None = None
    """
    Area (its type is cut on the reference page).
    """


class CustomFieldObject(BaseModel):
    """
    An object (a kind of record, e.g. leads) that has custom fields.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the object.
    """
    name: str | None = None
    """
    Name of the object, as `/customFields/{object}` takes it.
    """


class CustomFieldInput(BaseModel):
    """
    The 10 body fields of create and update. The reference names no required field,
    so none is required here. A field sent as `null` is cleared: the stored record no
    longer has it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(max_length=200)] = None
    """
    Name of the field.
    """
    type: Annotated[str | None, Field(max_length=200)] = None
    """
    Type of the field.
    """
    values: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Values offered; the item shape is not documented.
    """
    label1: Annotated[str | None, Field(max_length=1000)] = None
    """
    Label.
    """
    required: bool | None = None
    """
    Whether the field must be filled.
    """
    visible: bool | None = None
    """
    Whether the field is shown.
    """
    x_pos: Annotated[float | None, Field(alias="xPos", ge=-1000000.0, le=1000000.0)] = None
    """
    Horizontal position in the form.
    """
    y_pos: Annotated[float | None, Field(alias="yPos", ge=-1000000.0, le=1000000.0)] = None
    """
    Vertical position in the form.
    """
    icon: Annotated[str | None, Field(max_length=200)] = None
    """
    Icon.
    """
    placeholder: Annotated[str | None, Field(max_length=1000)] = None
    """
    Placeholder text.
    """


class CustomField(BaseModel):
    """
    A stored custom field as the server returns it: the fields of CustomFieldInput
    (written here by `make generate`) plus the read-only `_id`, `createdAt` and
    `updatedAt`. Fields this document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the custom field.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    name: str | None = None
    """
    Name of the field.
    """
    type: str | None = None
    """
    Type of the field.
    """
    values: list[Any] | None = None
    """
    Values offered; the item shape is not documented.
    """
    label1: str | None = None
    """
    Label.
    """
    required: bool | None = None
    """
    Whether the field must be filled.
    """
    visible: bool | None = None
    """
    Whether the field is shown.
    """
    x_pos: Annotated[float | None, Field(alias="xPos")] = None
    """
    Horizontal position in the form.
    """
    y_pos: Annotated[float | None, Field(alias="yPos")] = None
    """
    Vertical position in the form.
    """
    icon: str | None = None
    """
    Icon.
    """
    placeholder: str | None = None
    """
    Placeholder text.
    """


class CustomFieldList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[CustomField]
    """
    The custom fields of this page.
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


class FreeTrialRequest(BaseModel):
    """
    Who starts the free trial, and for which company. Every field is a string
    (`companySize` and `totalApartments` too).

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    email: Annotated[str | None, Field(max_length=320)] = None
    """
    Email address of the account.
    """
    password: Annotated[str | None, Field(max_length=1000)] = None
    """
    Password of the account.
    """
    firstname: Annotated[str | None, Field(max_length=200)] = None
    """
    First name (all lower case on the wire).
    """
    lastname: Annotated[str | None, Field(max_length=200)] = None
    """
    Last name (all lower case on the wire).
    """
    company_name: Annotated[str | None, Field(alias="companyName", max_length=200)] = None
    """
    Name of the company.
    """
    company_size: Annotated[str | None, Field(alias="companySize", max_length=200)] = None
    """
    Size of the company (a string).
    """
    total_apartments: Annotated[str | None, Field(alias="totalApartments", max_length=200)] = None
    """
    How many apartments the company manages (a string).
    """
    country: Annotated[str | None, Field(max_length=200)] = None
    """
    Country.
    """
    phone: Annotated[str | None, Field(max_length=200)] = None
    """
    Phone number.
    """
    plan: Annotated[str | None, Field(max_length=200)] = None
    """
    Plan.
    """


class SignUpRequest(BaseModel):
    """
    The new account.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    firstname: Annotated[str | None, Field(max_length=200)] = None
    """
    First name (all lower case on the wire).
    """
    lastname: Annotated[str | None, Field(max_length=200)] = None
    """
    Last name (all lower case on the wire).
    """
    email: Annotated[str | None, Field(max_length=320)] = None
    """
    Email address, used to sign in.
    """
    password: Annotated[str | None, Field(max_length=1000)] = None
    """
    Password.
    """
    rolename: Annotated[str | None, Field(max_length=200)] = None
    """
    Role of the account, e.g. "Admin".
    """


class AccountPatch(BaseModel):
    """
    The account fields to change; fields left out keep their value.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    firstname: Annotated[str | None, Field(max_length=200)] = None
    """
    First name.
    """
    lastname: Annotated[str | None, Field(max_length=200)] = None
    """
    Last name.
    """
    email: Annotated[str | None, Field(max_length=320)] = None
    """
    Email address.
    """
    password: Annotated[str | None, Field(max_length=1000)] = None
    """
    New password.
    """


class Account(BaseModel):
    """
    An account, as sign-up, free trial and `me` return it (never its password).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the account.
    """
    email: str | None = None
    """
    Email address.
    """
    firstname: str | None = None
    """
    First name.
    """
    lastname: str | None = None
    """
    Last name.
    """
    rolename: str | None = None
    """
    Role.
    """


class SubscriptionResult(BaseModel):
    """
    What a subscription operation answers; its fields are not documented.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class Note(RootModel[str]):
    root: Annotated[str, Field(max_length=10000)]


class LeadInput(BaseModel):
    """
    The 16 body fields of create. The reference names no required field, so none is
    required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    lead_information: Annotated[dict[str, Any] | None, Field(alias="leadInformation")] = None
    """
    Free-form information about the lead.
    """
    customer: Annotated[str | None, Field(max_length=200)] = None
    """
    Id of the customer.
    """
    unit_id: Annotated[str | None, Field(alias="unitId", max_length=200)] = None
    """
    Id of the unit the lead is about.
    """
    lead_owner: Annotated[str | None, Field(alias="leadOwner", max_length=200)] = None
    """
    Id of the user who owns the lead.
    """
    task_id: Annotated[str | None, Field(alias="taskId", max_length=200)] = None
    """
    Id of a related task.
    """
    promo_id: Annotated[str | None, Field(alias="promoId", max_length=200)] = None
    """
    Id of the promotion.
    """
    lead_type: Annotated[str | None, Field(alias="leadType", max_length=200)] = None
    """
    Type, e.g. "new".
    """
    lead_source: Annotated[str | None, Field(alias="leadSource", max_length=200)] = None
    """
    Source, e.g. "website".
    """
    status: Annotated[str | None, Field(max_length=200)] = None
    """
    Status, e.g. "active".
    """
    lead_rating: Annotated[int | None, Field(alias="leadRating", ge=0, le=1000)] = None
    """
    Rating (the reference's example is 4).
    """
    history: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    History entries; the item shape is not documented (the example is an empty array).
    """
    activity_log: Annotated[
        list[LeadActivityLogEntry] | None, Field(alias="activityLog", max_length=1000)
    ] = None
    """
    Activity-log entries (`activityNumber` is a string here).
    """
    lead_description: Annotated[str | None, Field(alias="leadDescription", max_length=10000)] = None
    """
    Description.
    """
    notes: Annotated[list[Note] | None, Field(max_length=1000)] = None
    """
    Notes (the example is an array of strings).
    """
    documents: Annotated[list[Document] | None, Field(max_length=1000)] = None
    """
    Documents attached to the lead.
    """
    idengager_request_id: Annotated[
        str | None, Field(alias="idengagerRequestId", max_length=200)
    ] = None
    """
    Id of the related iDengager request.
    """


class Lead(BaseModel):
    """
    A stored lead as the server returns it: the fields of LeadInput (written here by
    `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`. Fields this
    document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the lead.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    lead_information: Annotated[dict[str, Any] | None, Field(alias="leadInformation")] = None
    """
    Free-form information about the lead.
    """
    customer: str | None = None
    """
    Id of the customer.
    """
    unit_id: Annotated[str | None, Field(alias="unitId")] = None
    """
    Id of the unit the lead is about.
    """
    lead_owner: Annotated[str | None, Field(alias="leadOwner")] = None
    """
    Id of the user who owns the lead.
    """
    task_id: Annotated[str | None, Field(alias="taskId")] = None
    """
    Id of a related task.
    """
    promo_id: Annotated[str | None, Field(alias="promoId")] = None
    """
    Id of the promotion.
    """
    lead_type: Annotated[str | None, Field(alias="leadType")] = None
    """
    Type, e.g. "new".
    """
    lead_source: Annotated[str | None, Field(alias="leadSource")] = None
    """
    Source, e.g. "website".
    """
    status: str | None = None
    """
    Status, e.g. "active".
    """
    lead_rating: Annotated[int | None, Field(alias="leadRating")] = None
    """
    Rating (the reference's example is 4).
    """
    history: list[Any] | None = None
    """
    History entries; the item shape is not documented (the example is an empty array).
    """
    activity_log: Annotated[list[LeadActivityLogEntry] | None, Field(alias="activityLog")] = None
    """
    Activity-log entries (`activityNumber` is a string here).
    """
    lead_description: Annotated[str | None, Field(alias="leadDescription")] = None
    """
    Description.
    """
    notes: list[Note] | None = None
    """
    Notes (the example is an array of strings).
    """
    documents: list[Document] | None = None
    """
    Documents attached to the lead.
    """
    idengager_request_id: Annotated[str | None, Field(alias="idengagerRequestId")] = None
    """
    Id of the related iDengager request.
    """


class LeadList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[Lead]
    """
    The leads of this page.
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


class BatchInput(BaseModel):
    """
    The 11 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    batch_code: Annotated[str | None, Field(alias="batchCode", max_length=200)] = None
    """
    Code of the batch.
    """
    batch_type: Annotated[str | None, Field(alias="batchType", max_length=200)] = None
    """
    Type of the batch.
    """
    manager: Annotated[str | None, Field(max_length=200)] = None
    """
    Manager of the batch (the page does not say whether an id or a name).
    """
    assignee: Annotated[str | None, Field(max_length=200)] = None
    """
    Who the batch is assigned to (an id or a name: not documented).
    """
    due_date: Annotated[str | None, Field(alias="dueDate", max_length=200)] = None
    """
    Due date; its format is not documented (the curl shows the placeholder "string").
    """
    repeated: bool | None = None
    """
    Whether the batch repeats.
    """
    summary: Annotated[str | None, Field(max_length=10000)] = None
    """
    Summary.
    """
    notes: Annotated[str | None, Field(max_length=10000)] = None
    """
    Notes (a string here; an array in leads and opportunities).
    """
    lead_ids: Annotated[list[Any] | None, Field(alias="leadIds", max_length=1000)] = None
    """
    Ids of the batch's leads; the item shape is not documented.
    """
    opportunity_ids: Annotated[list[Any] | None, Field(alias="opportunityIds", max_length=1000)] = (
        None
    )
    """
    Ids of the batch's opportunities; the item shape is not documented.
    """
    rating: Annotated[int | None, Field(ge=0, le=1000)] = None
    """
    Rating.
    """


class Batch(BaseModel):
    """
    A stored batch as the server returns it: the fields of BatchInput (written here by
    `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`. Fields this
    document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the batch.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    batch_code: Annotated[str | None, Field(alias="batchCode")] = None
    """
    Code of the batch.
    """
    batch_type: Annotated[str | None, Field(alias="batchType")] = None
    """
    Type of the batch.
    """
    manager: str | None = None
    """
    Manager of the batch (the page does not say whether an id or a name).
    """
    assignee: str | None = None
    """
    Who the batch is assigned to (an id or a name: not documented).
    """
    due_date: Annotated[str | None, Field(alias="dueDate")] = None
    """
    Due date; its format is not documented (the curl shows the placeholder "string").
    """
    repeated: bool | None = None
    """
    Whether the batch repeats.
    """
    summary: str | None = None
    """
    Summary.
    """
    notes: str | None = None
    """
    Notes (a string here; an array in leads and opportunities).
    """
    lead_ids: Annotated[list[Any] | None, Field(alias="leadIds")] = None
    """
    Ids of the batch's leads; the item shape is not documented.
    """
    opportunity_ids: Annotated[list[Any] | None, Field(alias="opportunityIds")] = None
    """
    Ids of the batch's opportunities; the item shape is not documented.
    """
    rating: int | None = None
    """
    Rating.
    """


class BatchList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[Batch]
    """
    The batches of this page.
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


class RealmInput(BaseModel):
    """
    The 23 body fields of create. The reference names no required field, so none is
    required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(max_length=200)] = None
    """
    Name of the realm.
    """
    primary_color: Annotated[str | None, Field(alias="primaryColor", max_length=200)] = None
    """
    Primary brand colour.
    """
    secondary_color: Annotated[str | None, Field(alias="secondaryColor", max_length=200)] = None
    """
    Secondary brand colour.
    """
    logo_file: Annotated[str | None, Field(alias="logoFile", max_length=2000)] = None
    """
    Where the logo is stored.
    """
    city: Annotated[str | None, Field(max_length=200)] = None
    """
    City.
    """
    city_ar: Annotated[str | None, Field(alias="cityAr", max_length=200)] = None
    """
    City, in Arabic.
    """
    country: Annotated[str | None, Field(max_length=200)] = None
    """
    Country.
    """
    country_ar: Annotated[str | None, Field(alias="countryAr", max_length=200)] = None
    """
    Country, in Arabic.
    """
    locale: Annotated[str | None, Field(max_length=200)] = None
    """
    Locale, e.g. "en".
    """
    currency: Annotated[str | None, Field(max_length=200)] = None
    """
    Currency code.
    """
    idengager_server_url: Annotated[
        str | None, Field(alias="idengagerServerUrl", max_length=2000)
    ] = None
    """
    URL of the iDengager server.
    """
    idengager_app_id: Annotated[str | None, Field(alias="idengagerAppId", max_length=200)] = None
    """
    iDengager application id.
    """
    idengager_master_key: Annotated[
        str | None, Field(alias="idengagerMasterKey", max_length=200)
    ] = None
    """
    iDengager master key.
    """
    idata_workers_key: Annotated[str | None, Field(alias="idataWorkersKey", max_length=200)] = None
    """
    iData workers key.
    """
    idata_workers_url: Annotated[str | None, Field(alias="idataWorkersUrl", max_length=2000)] = None
    """
    URL of the iData workers.
    """
    members: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Members of the realm; the item shape is not documented.
    """
    addresses: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Addresses; the item shape is not documented.
    """
    contacts: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Contacts; the item shape is not documented.
    """
    revenue_types: Annotated[list[Any] | None, Field(alias="revenueTypes", max_length=1000)] = None
    """
    Revenue types; the item shape is not documented.
    """
    company_info: Annotated[dict[str, Any] | None, Field(alias="companyInfo")] = None
    """
    Free-form company information.
    """
    third_parties: Annotated[dict[str, Any] | None, Field(alias="thirdParties")] = None
    """
    Free-form third-party settings.
    """
    is_company: Annotated[bool | None, Field(alias="isCompany")] = None
    """
    Whether the realm is a company.
    """
    bank_info: Annotated[Any | None, Field(alias="bankInfo")] = None
    """
    Bank information, of any JSON type (documented as "any"; the curl sends ""; an object in contracts, a string in subprojects).
    """


class Realm(BaseModel):
    """
    A stored realm as the server returns it: the fields of RealmInput (written here by
    `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`. Fields this
    document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the realm.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    name: str | None = None
    """
    Name of the realm.
    """
    primary_color: Annotated[str | None, Field(alias="primaryColor")] = None
    """
    Primary brand colour.
    """
    secondary_color: Annotated[str | None, Field(alias="secondaryColor")] = None
    """
    Secondary brand colour.
    """
    logo_file: Annotated[str | None, Field(alias="logoFile")] = None
    """
    Where the logo is stored.
    """
    city: str | None = None
    """
    City.
    """
    city_ar: Annotated[str | None, Field(alias="cityAr")] = None
    """
    City, in Arabic.
    """
    country: str | None = None
    """
    Country.
    """
    country_ar: Annotated[str | None, Field(alias="countryAr")] = None
    """
    Country, in Arabic.
    """
    locale: str | None = None
    """
    Locale, e.g. "en".
    """
    currency: str | None = None
    """
    Currency code.
    """
    idengager_server_url: Annotated[str | None, Field(alias="idengagerServerUrl")] = None
    """
    URL of the iDengager server.
    """
    idengager_app_id: Annotated[str | None, Field(alias="idengagerAppId")] = None
    """
    iDengager application id.
    """
    idengager_master_key: Annotated[str | None, Field(alias="idengagerMasterKey")] = None
    """
    iDengager master key.
    """
    idata_workers_key: Annotated[str | None, Field(alias="idataWorkersKey")] = None
    """
    iData workers key.
    """
    idata_workers_url: Annotated[str | None, Field(alias="idataWorkersUrl")] = None
    """
    URL of the iData workers.
    """
    members: list[Any] | None = None
    """
    Members of the realm; the item shape is not documented.
    """
    addresses: list[Any] | None = None
    """
    Addresses; the item shape is not documented.
    """
    contacts: list[Any] | None = None
    """
    Contacts; the item shape is not documented.
    """
    revenue_types: Annotated[list[Any] | None, Field(alias="revenueTypes")] = None
    """
    Revenue types; the item shape is not documented.
    """
    company_info: Annotated[dict[str, Any] | None, Field(alias="companyInfo")] = None
    """
    Free-form company information.
    """
    third_parties: Annotated[dict[str, Any] | None, Field(alias="thirdParties")] = None
    """
    Free-form third-party settings.
    """
    is_company: Annotated[bool | None, Field(alias="isCompany")] = None
    """
    Whether the realm is a company.
    """
    bank_info: Annotated[Any | None, Field(alias="bankInfo")] = None
    """
    Bank information, of any JSON type (documented as "any"; the curl sends ""; an object in contracts, a string in subprojects).
    """


class RealmList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[Realm]
    """
    The realms of this page.
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


class CustomerInput(BaseModel):
    """
    The 17 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    is_company: Annotated[bool | None, Field(alias="isCompany")] = None
    """
    Whether the customer is a company.
    """
    capital: Annotated[int | None, Field(ge=0, le=1000000000000000)] = None
    """
    Capital (the reference's example is 2000000).
    """
    un_number: Annotated[int | None, Field(alias="unNumber", ge=0, le=1000000000000000)] = None
    """
    UN number.
    """
    manager: Annotated[str | None, Field(max_length=200)] = None
    """
    Manager of the customer (an id or a name: not documented).
    """
    name: Annotated[str | None, Field(max_length=200)] = None
    """
    Name.
    """
    name_ar: Annotated[str | None, Field(max_length=200)] = None
    """
    Name, in Arabic (snake_case on the wire).
    """
    address_ar: Annotated[str | None, Field(max_length=1000)] = None
    """
    Address, in Arabic (snake_case on the wire).
    """
    street1: Annotated[str | None, Field(max_length=1000)] = None
    """
    Street, first line.
    """
    street2: Annotated[str | None, Field(max_length=1000)] = None
    """
    Street, second line.
    """
    zip_code: Annotated[str | None, Field(alias="zipCode", max_length=200)] = None
    """
    Postal code.
    """
    city: Annotated[str | None, Field(max_length=200)] = None
    """
    City.
    """
    siret: Annotated[str | None, Field(max_length=200)] = None
    """
    SIRET number.
    """
    rcs: Annotated[str | None, Field(max_length=200)] = None
    """
    RCS (trade register) number.
    """
    status: Annotated[str | None, Field(max_length=200)] = None
    """
    Status.
    """
    subject: Annotated[str | None, Field(max_length=1000)] = None
    """
    Subject.
    """
    category: Annotated[str | None, Field(max_length=200)] = None
    """
    Category.
    """
    contacts: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Contacts; the item shape is not documented.
    """


class Customer(BaseModel):
    """
    A stored customer as the server returns it: the fields of CustomerInput (written
    here by `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`.
    Fields this document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the customer.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    is_company: Annotated[bool | None, Field(alias="isCompany")] = None
    """
    Whether the customer is a company.
    """
    capital: int | None = None
    """
    Capital (the reference's example is 2000000).
    """
    un_number: Annotated[int | None, Field(alias="unNumber")] = None
    """
    UN number.
    """
    manager: str | None = None
    """
    Manager of the customer (an id or a name: not documented).
    """
    name: str | None = None
    """
    Name.
    """
    name_ar: str | None = None
    """
    Name, in Arabic (snake_case on the wire).
    """
    address_ar: str | None = None
    """
    Address, in Arabic (snake_case on the wire).
    """
    street1: str | None = None
    """
    Street, first line.
    """
    street2: str | None = None
    """
    Street, second line.
    """
    zip_code: Annotated[str | None, Field(alias="zipCode")] = None
    """
    Postal code.
    """
    city: str | None = None
    """
    City.
    """
    siret: str | None = None
    """
    SIRET number.
    """
    rcs: str | None = None
    """
    RCS (trade register) number.
    """
    status: str | None = None
    """
    Status.
    """
    subject: str | None = None
    """
    Subject.
    """
    category: str | None = None
    """
    Category.
    """
    contacts: list[Any] | None = None
    """
    Contacts; the item shape is not documented.
    """


class CustomerList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[Customer]
    """
    The customers of this page.
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


class ContractInput(BaseModel):
    """
    The 37 body fields of create. The reference names no required field, so none is
    required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    is_company: Annotated[bool | None, Field(alias="isCompany")] = None
    """
    Whether the customer is a company.
    """
    capital: Annotated[int | None, Field(ge=0, le=1000000000000000)] = None
    """
    Capital (the reference's example is 500000).
    """
    manager: Annotated[str | None, Field(max_length=200)] = None
    """
    Manager (an id or a name: not documented).
    """
    name: Annotated[str | None, Field(max_length=200)] = None
    """
    Name.
    """
    street1: Annotated[str | None, Field(max_length=1000)] = None
    """
    Street, first line.
    """
    street2: Annotated[str | None, Field(max_length=1000)] = None
    """
    Street, second line.
    """
    zip_code: Annotated[str | None, Field(alias="zipCode", max_length=200)] = None
    """
    Postal code.
    """
    city: Annotated[str | None, Field(max_length=200)] = None
    """
    City.
    """
    contacts: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Contacts; the item shape is not documented.
    """
    contract: Annotated[str | None, Field(max_length=10000)] = None
    """
    The contract itself (its meaning is not documented).
    """
    frequency: Annotated[str | None, Field(max_length=200)] = None
    """
    Payment frequency, e.g. "days".
    """
    begin_date: Annotated[
        str | None, Field(alias="beginDate", pattern="^\\d{2}/\\d{2}/\\d{4}$")
    ] = None
    """
    First day of the contract, day first (DD/MM/YYYY).
    """
    end_date: Annotated[str | None, Field(alias="endDate", pattern="^\\d{2}/\\d{2}/\\d{4}$")] = None
    """
    Last day of the contract, day first (DD/MM/YYYY).
    """
    termination_date: Annotated[
        str | None, Field(alias="terminationDate", pattern="^\\d{2}/\\d{2}/\\d{4}$")
    ] = None
    """
    Termination date, day first (DD/MM/YYYY).
    """
    guaranty_payback: Annotated[
        float | None, Field(alias="guarantyPayback", ge=0.0, le=1000000000000000.0)
    ] = None
    """
    Guaranty paid back.
    """
    customer: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    The contract's customers (an array here; a string id in leads and opportunities); the item shape is not documented.
    """
    units: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Units of the contract; the item shape is not documented.
    """
    guaranty: Annotated[float | None, Field(ge=0.0, le=1000000000000000.0)] = None
    """
    Guaranty (the reference's example is 2000).
    """
    reference: Annotated[str | None, Field(max_length=200)] = None
    """
    Reference of the contract.
    """
    is_vat: Annotated[bool | None, Field(alias="isVat")] = None
    """
    Whether VAT applies.
    """
    vat_ratio: Annotated[float | None, Field(alias="vatRatio", ge=0.0, le=100.0)] = None
    """
    VAT ratio.
    """
    commissione_ratio: Annotated[
        float | None, Field(alias="commissioneRatio", ge=0.0, le=100.0)
    ] = None
    """
    Commission ratio (spelt so on the wire).
    """
    discount: Annotated[float | None, Field(ge=0.0, le=1000000000000.0)] = None
    """
    Discount.
    """
    legal_form: Annotated[str | None, Field(alias="legalForm", max_length=200)] = None
    """
    Legal form.
    """
    siret: Annotated[str | None, Field(max_length=200)] = None
    """
    SIRET number.
    """
    documents: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Documents; the item shape is not shown on this page.
    """
    contract_date: Annotated[str | None, Field(alias="contractDate", max_length=200)] = None
    """
    Date of the contract; its format is not shown (the page's other dates are DD/MM/YYYY).
    """
    notes: Annotated[str | None, Field(max_length=10000)] = None
    """
    Notes (a string here; an array in leads and opportunities).
    """
    record_source: Annotated[str | None, Field(alias="recordSource", max_length=200)] = None
    """
    Where the record came from.
    """
    reservation_id: Annotated[str | None, Field(alias="reservationId", max_length=200)] = None
    """
    Id of the reservation the contract follows.
    """
    customer_id: Annotated[str | None, Field(alias="customerId", max_length=200)] = None
    """
    Id of the main customer.
    """
    description: Annotated[str | None, Field(max_length=10000)] = None
    """
    Description.
    """
    terms: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Terms of the contract; the item shape is not documented.
    """
    bank_info: Annotated[dict[str, Any] | None, Field(alias="bankInfo")] = None
    """
    Bank information (an object here; "any" in realms, a string in subprojects).
    """
    attachments: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Attachments; the item shape is not documented.
    """
    manual: bool | None = None
    """
    Whether the contract was written by hand.
    """
    manual_terms: Annotated[list[Any] | None, Field(alias="manualTerms", max_length=1000)] = None
    """
    Hand-written terms; the item shape is not documented.
    """


class Contract(BaseModel):
    """
    A stored contract as the server returns it: the fields of ContractInput (written
    here by `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`.
    Fields this document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the contract.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    is_company: Annotated[bool | None, Field(alias="isCompany")] = None
    """
    Whether the customer is a company.
    """
    capital: int | None = None
    """
    Capital (the reference's example is 500000).
    """
    manager: str | None = None
    """
    Manager (an id or a name: not documented).
    """
    name: str | None = None
    """
    Name.
    """
    street1: str | None = None
    """
    Street, first line.
    """
    street2: str | None = None
    """
    Street, second line.
    """
    zip_code: Annotated[str | None, Field(alias="zipCode")] = None
    """
    Postal code.
    """
    city: str | None = None
    """
    City.
    """
    contacts: list[Any] | None = None
    """
    Contacts; the item shape is not documented.
    """
    contract: str | None = None
    """
    The contract itself (its meaning is not documented).
    """
    frequency: str | None = None
    """
    Payment frequency, e.g. "days".
    """
    begin_date: Annotated[
        str | None, Field(alias="beginDate", pattern="^\\d{2}/\\d{2}/\\d{4}$")
    ] = None
    """
    First day of the contract, day first (DD/MM/YYYY).
    """
    end_date: Annotated[str | None, Field(alias="endDate", pattern="^\\d{2}/\\d{2}/\\d{4}$")] = None
    """
    Last day of the contract, day first (DD/MM/YYYY).
    """
    termination_date: Annotated[
        str | None, Field(alias="terminationDate", pattern="^\\d{2}/\\d{2}/\\d{4}$")
    ] = None
    """
    Termination date, day first (DD/MM/YYYY).
    """
    guaranty_payback: Annotated[float | None, Field(alias="guarantyPayback")] = None
    """
    Guaranty paid back.
    """
    customer: list[Any] | None = None
    """
    The contract's customers (an array here; a string id in leads and opportunities); the item shape is not documented.
    """
    units: list[Any] | None = None
    """
    Units of the contract; the item shape is not documented.
    """
    guaranty: float | None = None
    """
    Guaranty (the reference's example is 2000).
    """
    reference: str | None = None
    """
    Reference of the contract.
    """
    is_vat: Annotated[bool | None, Field(alias="isVat")] = None
    """
    Whether VAT applies.
    """
    vat_ratio: Annotated[float | None, Field(alias="vatRatio")] = None
    """
    VAT ratio.
    """
    commissione_ratio: Annotated[float | None, Field(alias="commissioneRatio")] = None
    """
    Commission ratio (spelt so on the wire).
    """
    discount: float | None = None
    """
    Discount.
    """
    legal_form: Annotated[str | None, Field(alias="legalForm")] = None
    """
    Legal form.
    """
    siret: str | None = None
    """
    SIRET number.
    """
    documents: list[Any] | None = None
    """
    Documents; the item shape is not shown on this page.
    """
    contract_date: Annotated[str | None, Field(alias="contractDate")] = None
    """
    Date of the contract; its format is not shown (the page's other dates are DD/MM/YYYY).
    """
    notes: str | None = None
    """
    Notes (a string here; an array in leads and opportunities).
    """
    record_source: Annotated[str | None, Field(alias="recordSource")] = None
    """
    Where the record came from.
    """
    reservation_id: Annotated[str | None, Field(alias="reservationId")] = None
    """
    Id of the reservation the contract follows.
    """
    customer_id: Annotated[str | None, Field(alias="customerId")] = None
    """
    Id of the main customer.
    """
    description: str | None = None
    """
    Description.
    """
    terms: list[Any] | None = None
    """
    Terms of the contract; the item shape is not documented.
    """
    bank_info: Annotated[dict[str, Any] | None, Field(alias="bankInfo")] = None
    """
    Bank information (an object here; "any" in realms, a string in subprojects).
    """
    attachments: list[Any] | None = None
    """
    Attachments; the item shape is not documented.
    """
    manual: bool | None = None
    """
    Whether the contract was written by hand.
    """
    manual_terms: Annotated[list[Any] | None, Field(alias="manualTerms")] = None
    """
    Hand-written terms; the item shape is not documented.
    """


class ContractList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[Contract]
    """
    The contracts of this page.
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


class SalesStageInput(BaseModel):
    """
    The 7 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    stage_name: Annotated[str | None, Field(alias="stageName", max_length=200)] = None
    """
    Name of the stage.
    """
    description: Annotated[str | None, Field(max_length=10000)] = None
    """
    Description.
    """
    probability: Annotated[float | None, Field(ge=0.0, le=1.0)] = None
    """
    Probability of winning at this stage, 0 to 1 (the reference's example is 0.75).
    """
    type: Annotated[str | None, Field(max_length=200)] = None
    """
    Type, e.g. "Closed-Lost".
    """
    forecast_category: Annotated[str | None, Field(alias="forecastCategory", max_length=200)] = None
    """
    Forecast category, e.g. "Omitted".
    """
    chart_color: Annotated[str | None, Field(alias="chartColor", max_length=200)] = None
    """
    Colour of the stage in charts.
    """
    order: Annotated[float | None, Field(ge=0.0, le=1000000.0)] = None
    """
    Position of the stage in the pipeline.
    """


class SalesStage(BaseModel):
    """
    A stored sales stage as the server returns it: the fields of SalesStageInput
    (written here by `make generate`) plus the read-only `_id`, `createdAt` and
    `updatedAt`. Fields this document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the sales stage.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    stage_name: Annotated[str | None, Field(alias="stageName")] = None
    """
    Name of the stage.
    """
    description: str | None = None
    """
    Description.
    """
    probability: float | None = None
    """
    Probability of winning at this stage, 0 to 1 (the reference's example is 0.75).
    """
    type: str | None = None
    """
    Type, e.g. "Closed-Lost".
    """
    forecast_category: Annotated[str | None, Field(alias="forecastCategory")] = None
    """
    Forecast category, e.g. "Omitted".
    """
    chart_color: Annotated[str | None, Field(alias="chartColor")] = None
    """
    Colour of the stage in charts.
    """
    order: float | None = None
    """
    Position of the stage in the pipeline.
    """


class SalesStageList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[SalesStage]
    """
    The sales stages of this page.
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


class SubprojectInput(BaseModel):
    """
    The 19 body fields of create. The reference names no required field, so none is
    required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    sub_project_name: Annotated[str | None, Field(alias="subProjectName", max_length=200)] = None
    """
    Name.
    """
    sub_project_type: Annotated[str | None, Field(alias="subProjectType", max_length=200)] = None
    """
    Type.
    """
    address: Annotated[str | None, Field(max_length=1000)] = None
    """
    Address.
    """
    city: Annotated[str | None, Field(max_length=200)] = None
    """
    City.
    """
    state: Annotated[str | None, Field(max_length=200)] = None
    """
    State.
    """
    country: Annotated[str | None, Field(max_length=200)] = None
    """
    Country.
    """
    zip: Annotated[str | None, Field(max_length=200)] = None
    """
    Postal code.
    """
    rental_owners: Annotated[list[Any] | None, Field(alias="rentalOwners", max_length=1000)] = None
    """
    Rental owners; the item shape is not documented.
    """
    bank_info: Annotated[str | None, Field(alias="bankInfo", max_length=200)] = None
    """
    Bank information (a string, an ObjectId in the example; "any" in realms, an object in contracts).
    """
    manager: Annotated[str | None, Field(max_length=200)] = None
    """
    Manager (the example is a name, not an id).
    """
    project_id: Annotated[str | None, Field(alias="projectId", max_length=200)] = None
    """
    Id of the project.
    """
    sub_project_image_url: Annotated[
        str | None, Field(alias="subProjectImageUrl", max_length=2000)
    ] = None
    """
    Image of the subproject.
    """
    sub_project_location: Annotated[
        str | None, Field(alias="subProjectLocation", max_length=1000)
    ] = None
    """
    Location.
    """
    sub_project_name_ar: Annotated[str | None, Field(alias="subProjectNameAr", max_length=200)] = (
        None
    )
    """
    Name, in Arabic.
    """
    sub_project_desc: Annotated[str | None, Field(alias="subProjectDesc", max_length=10000)] = None
    """
    Description.
    """
    sub_project_desc_ar: Annotated[
        str | None, Field(alias="subProjectDescAr", max_length=10000)
    ] = None
    """
    Description, in Arabic.
    """
    price: Annotated[float | None, Field(ge=0.0, le=1000000000000000.0)] = None
    """
    Price.
    """
    starting_price: Annotated[
        float | None, Field(alias="startingPrice", ge=0.0, le=1000000000000000.0)
    ] = None
    """
    Lowest price.
    """
    max_price: Annotated[float | None, Field(alias="maxPrice", ge=0.0, le=1000000000000000.0)] = (
        None
    )
    """
    Highest price.
    """


class Subproject(BaseModel):
    """
    A stored subproject as the server returns it: the fields of SubprojectInput (written
    here by `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`.
    Fields this document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the subproject.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    sub_project_name: Annotated[str | None, Field(alias="subProjectName")] = None
    """
    Name.
    """
    sub_project_type: Annotated[str | None, Field(alias="subProjectType")] = None
    """
    Type.
    """
    address: str | None = None
    """
    Address.
    """
    city: str | None = None
    """
    City.
    """
    state: str | None = None
    """
    State.
    """
    country: str | None = None
    """
    Country.
    """
    zip: str | None = None
    """
    Postal code.
    """
    rental_owners: Annotated[list[Any] | None, Field(alias="rentalOwners")] = None
    """
    Rental owners; the item shape is not documented.
    """
    bank_info: Annotated[str | None, Field(alias="bankInfo")] = None
    """
    Bank information (a string, an ObjectId in the example; "any" in realms, an object in contracts).
    """
    manager: str | None = None
    """
    Manager (the example is a name, not an id).
    """
    project_id: Annotated[str | None, Field(alias="projectId")] = None
    """
    Id of the project.
    """
    sub_project_image_url: Annotated[str | None, Field(alias="subProjectImageUrl")] = None
    """
    Image of the subproject.
    """
    sub_project_location: Annotated[str | None, Field(alias="subProjectLocation")] = None
    """
    Location.
    """
    sub_project_name_ar: Annotated[str | None, Field(alias="subProjectNameAr")] = None
    """
    Name, in Arabic.
    """
    sub_project_desc: Annotated[str | None, Field(alias="subProjectDesc")] = None
    """
    Description.
    """
    sub_project_desc_ar: Annotated[str | None, Field(alias="subProjectDescAr")] = None
    """
    Description, in Arabic.
    """
    price: float | None = None
    """
    Price.
    """
    starting_price: Annotated[float | None, Field(alias="startingPrice")] = None
    """
    Lowest price.
    """
    max_price: Annotated[float | None, Field(alias="maxPrice")] = None
    """
    Highest price.
    """


class SubprojectList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[Subproject]
    """
    The subprojects of this page.
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


class ReservationInput(BaseModel):
    """
    The 11 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    customer_id: Annotated[str | None, Field(alias="customerId", max_length=200)] = None
    """
    Id of the customer.
    """
    customer_name: Annotated[str | None, Field(alias="customerName", max_length=200)] = None
    """
    Name of the customer.
    """
    contacts: Annotated[list[Any] | None, Field(alias="Contacts", max_length=1000)] = None
    """
    Contacts (capital C on the wire); the item shape is not documented.
    """
    sales_man: Annotated[str | None, Field(alias="salesMan", max_length=200)] = None
    """
    Salesman (the example is a name).
    """
    unit_id: Annotated[str | None, Field(alias="unitId", max_length=200)] = None
    """
    Id of the reserved unit.
    """
    status: Annotated[str | None, Field(max_length=200)] = None
    """
    Status, e.g. "Success".
    """
    reservation_date: Annotated[
        str | None, Field(alias="reservationDate", pattern="^\\d{2}/\\d{2}/\\d{4}$")
    ] = None
    """
    Day of the reservation, day first (DD/MM/YYYY).
    """
    valid_to_date: Annotated[
        str | None, Field(alias="validToDate", pattern="^\\d{2}/\\d{2}/\\d{4}$")
    ] = None
    """
    Last day the reservation holds, day first (DD/MM/YYYY).
    """
    down_payment: Annotated[
        float | None, Field(alias="downPayment", ge=0.0, le=1000000000000000.0)
    ] = None
    """
    Down payment.
    """
    reservation_fees: Annotated[
        float | None, Field(alias="reservationFees", ge=0.0, le=1000000000000000.0)
    ] = None
    """
    Reservation fees.
    """
    account_id: Annotated[str | None, Field(alias="accountId", max_length=200)] = None
    """
    Account id (the example is not an ObjectId).
    """


class Reservation(BaseModel):
    """
    A stored reservation as the server returns it: the fields of ReservationInput
    (written here by `make generate`) plus the read-only `_id`, `createdAt` and
    `updatedAt`. Fields this document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the reservation.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    customer_id: Annotated[str | None, Field(alias="customerId")] = None
    """
    Id of the customer.
    """
    customer_name: Annotated[str | None, Field(alias="customerName")] = None
    """
    Name of the customer.
    """
    contacts: Annotated[list[Any] | None, Field(alias="Contacts")] = None
    """
    Contacts (capital C on the wire); the item shape is not documented.
    """
    sales_man: Annotated[str | None, Field(alias="salesMan")] = None
    """
    Salesman (the example is a name).
    """
    unit_id: Annotated[str | None, Field(alias="unitId")] = None
    """
    Id of the reserved unit.
    """
    status: str | None = None
    """
    Status, e.g. "Success".
    """
    reservation_date: Annotated[
        str | None, Field(alias="reservationDate", pattern="^\\d{2}/\\d{2}/\\d{4}$")
    ] = None
    """
    Day of the reservation, day first (DD/MM/YYYY).
    """
    valid_to_date: Annotated[
        str | None, Field(alias="validToDate", pattern="^\\d{2}/\\d{2}/\\d{4}$")
    ] = None
    """
    Last day the reservation holds, day first (DD/MM/YYYY).
    """
    down_payment: Annotated[float | None, Field(alias="downPayment")] = None
    """
    Down payment.
    """
    reservation_fees: Annotated[float | None, Field(alias="reservationFees")] = None
    """
    Reservation fees.
    """
    account_id: Annotated[str | None, Field(alias="accountId")] = None
    """
    Account id (the example is not an ObjectId).
    """


class ReservationList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[Reservation]
    """
    The reservations of this page.
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


class AudienceInput(BaseModel):
    """
    The 5 body fields of create, update and patch. The reference names no required
    field, so none is required here. A field sent as `null` is cleared: the stored
    record no longer has it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(max_length=200)] = None
    """
    Name of the audience.
    """
    category: Annotated[str | None, Field(max_length=200)] = None
    """
    Category.
    """
    tags: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Tags; the item shape is not documented.
    """
    contacts: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Contacts; the item shape is not documented.
    """
    active: bool | None = None
    """
    Whether the audience is active.
    """


class Audience(BaseModel):
    """
    A stored audience as the server returns it: the fields of AudienceInput (written
    here by `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`.
    Fields this document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the audience.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    name: str | None = None
    """
    Name of the audience.
    """
    category: str | None = None
    """
    Category.
    """
    tags: list[Any] | None = None
    """
    Tags; the item shape is not documented.
    """
    contacts: list[Any] | None = None
    """
    Contacts; the item shape is not documented.
    """
    active: bool | None = None
    """
    Whether the audience is active.
    """


class AudienceList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[Audience]
    """
    The audiences of this page.
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


class SequenceInput(BaseModel):
    """
    The 16 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(max_length=200)] = None
    """
    Name.
    """
    code: Annotated[str | None, Field(max_length=200)] = None
    """
    Code.
    """
    schedule: dict[str, Any] | None = None
    """
    Free-form schedule.
    """
    priority: Annotated[str | None, Field(max_length=200)] = None
    """
    Priority (a string).
    """
    type: Annotated[str | None, Field(max_length=200)] = None
    """
    Type.
    """
    status: Annotated[str | None, Field(max_length=200)] = None
    """
    Status.
    """
    owner: dict[str, Any] | None = None
    """
    Free-form owner.
    """
    email_from: Annotated[dict[str, Any] | None, Field(alias="emailFrom")] = None
    """
    Free-form sender.
    """
    template: Annotated[str | None, Field(max_length=10000)] = None
    """
    Template.
    """
    max_contacts: Annotated[int | None, Field(alias="maxContacts", ge=0, le=1000000000)] = None
    """
    Most contacts the sequence reaches.
    """
    start_date: Annotated[str | None, Field(alias="startDate", max_length=200)] = None
    """
    Start date; its format is not documented (the curl shows the placeholder "string").
    """
    end_date: Annotated[str | None, Field(alias="endDate", max_length=200)] = None
    """
    End date; its format is not documented (the curl shows the placeholder "string").
    """
    deleted: Annotated[str | None, Field(max_length=200)] = None
    """
    Deletion mark (a string, not a boolean).
    """
    tags: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Tags; the item shape is not documented.
    """
    steps: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Steps; the item shape is not documented.
    """
    contacts: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Contacts; the item shape is not documented.
    """


class SequenceRecord(BaseModel):
    """
    A stored sequence as the server returns it: the fields of SequenceInput (written
    here by `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`.
    Fields this document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the sequence.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    name: str | None = None
    """
    Name.
    """
    code: str | None = None
    """
    Code.
    """
    schedule: dict[str, Any] | None = None
    """
    Free-form schedule.
    """
    priority: str | None = None
    """
    Priority (a string).
    """
    type: str | None = None
    """
    Type.
    """
    status: str | None = None
    """
    Status.
    """
    owner: dict[str, Any] | None = None
    """
    Free-form owner.
    """
    email_from: Annotated[dict[str, Any] | None, Field(alias="emailFrom")] = None
    """
    Free-form sender.
    """
    template: str | None = None
    """
    Template.
    """
    max_contacts: Annotated[int | None, Field(alias="maxContacts")] = None
    """
    Most contacts the sequence reaches.
    """
    start_date: Annotated[str | None, Field(alias="startDate")] = None
    """
    Start date; its format is not documented (the curl shows the placeholder "string").
    """
    end_date: Annotated[str | None, Field(alias="endDate")] = None
    """
    End date; its format is not documented (the curl shows the placeholder "string").
    """
    deleted: str | None = None
    """
    Deletion mark (a string, not a boolean).
    """
    tags: list[Any] | None = None
    """
    Tags; the item shape is not documented.
    """
    steps: list[Any] | None = None
    """
    Steps; the item shape is not documented.
    """
    contacts: list[Any] | None = None
    """
    Contacts; the item shape is not documented.
    """


class SequenceList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[SequenceRecord]
    """
    The sequences of this page.
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


class LookupValueInput(BaseModel):
    """
    The 11 body fields of create. The reference names no required field, so none is
    required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    lookup_object_id: Annotated[str | None, Field(alias="lookupObjectId", max_length=200)] = None
    """
    Id of the lookup (pick list) the value belongs to.
    """
    key: Annotated[str | None, Field(max_length=200)] = None
    """
    Key.
    """
    lang: Annotated[str | None, Field(max_length=200)] = None
    """
    Language, e.g. "en".
    """
    value: Annotated[str | None, Field(max_length=1000)] = None
    """
    Value.
    """
    description: Annotated[str | None, Field(max_length=10000)] = None
    """
    Description.
    """
    image: Annotated[str | None, Field(max_length=2000)] = None
    """
    Image.
    """
    properties: Annotated[list[Any] | None, Field(max_length=1000)] = None
    """
    Properties; the item shape is not documented.
    """
    active: bool | None = None
    """
    Whether the value is offered.
    """
    valid_from_date: Annotated[date | None, Field(alias="validFromDate")] = None
    """
    First day the value is valid (YYYY-MM-DD).
    """
    valid_to_date: Annotated[date | None, Field(alias="validToDate")] = None
    """
    Last day the value is valid (YYYY-MM-DD).
    """
    scope: Annotated[str | None, Field(max_length=200)] = None
    """
    Scope, e.g. "public".
    """


class LookupValue(BaseModel):
    """
    A stored lookup value as the server returns it: the fields of LookupValueInput
    (written here by `make generate`) plus the read-only `_id`, `createdAt` and
    `updatedAt`. Fields this document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the lookup value.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    lookup_object_id: Annotated[str | None, Field(alias="lookupObjectId")] = None
    """
    Id of the lookup (pick list) the value belongs to.
    """
    key: str | None = None
    """
    Key.
    """
    lang: str | None = None
    """
    Language, e.g. "en".
    """
    value: str | None = None
    """
    Value.
    """
    description: str | None = None
    """
    Description.
    """
    image: str | None = None
    """
    Image.
    """
    properties: list[Any] | None = None
    """
    Properties; the item shape is not documented.
    """
    active: bool | None = None
    """
    Whether the value is offered.
    """
    valid_from_date: Annotated[date | None, Field(alias="validFromDate")] = None
    """
    First day the value is valid (YYYY-MM-DD).
    """
    valid_to_date: Annotated[date | None, Field(alias="validToDate")] = None
    """
    Last day the value is valid (YYYY-MM-DD).
    """
    scope: str | None = None
    """
    Scope, e.g. "public".
    """


class LookupValueList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[LookupValue]
    """
    The lookup values of this page.
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


class TermInput(BaseModel):
    """
    The 11 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    term_type: Annotated[str | None, Field(alias="termType", max_length=200)] = None
    """
    Type of the term.
    """
    term_order: Annotated[str | None, Field(alias="termOrder", max_length=200)] = None
    """
    Position of the term (a string, not a number).
    """
    term_name: Annotated[str | None, Field(alias="termName", max_length=200)] = None
    """
    Name.
    """
    term_desc: Annotated[str | None, Field(alias="termDesc", max_length=10000)] = None
    """
    Description.
    """
    term_text: Annotated[str | None, Field(alias="termText", max_length=10000)] = None
    """
    Text of the term.
    """
    appliedfrom: Annotated[str | None, Field(max_length=200)] = None
    """
    Where the term applies from (lower-case f on the wire).
    """
    applied_to: Annotated[str | None, Field(alias="appliedTo", max_length=200)] = None
    """
    Where the term applies to.
    """
    status: Annotated[str | None, Field(max_length=200)] = None
    """
    Status.
    """
    include: Annotated[str | None, Field(max_length=200)] = None
    """
    Whether the term is included (a string).
    """
    term_flag: Annotated[Any | None, Field(alias="termFlag")] = None
    """
    Flag, of any JSON type (documented as "any"; the curl sends "").
    """
    term_default_val: Annotated[
        int | None, Field(alias="termDefaultVal", ge=-1000000000, le=1000000000)
    ] = None
    """
    Default value.
    """


class Term(BaseModel):
    """
    A stored term as the server returns it: the fields of TermInput (written here by
    `make generate`) plus the read-only `_id`, `createdAt` and `updatedAt`. Fields this
    document does not name are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(alias="_id")]
    """
    Id of the term.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    When the record was created.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    When the record was last changed.
    """
    term_type: Annotated[str | None, Field(alias="termType")] = None
    """
    Type of the term.
    """
    term_order: Annotated[str | None, Field(alias="termOrder")] = None
    """
    Position of the term (a string, not a number).
    """
    term_name: Annotated[str | None, Field(alias="termName")] = None
    """
    Name.
    """
    term_desc: Annotated[str | None, Field(alias="termDesc")] = None
    """
    Description.
    """
    term_text: Annotated[str | None, Field(alias="termText")] = None
    """
    Text of the term.
    """
    appliedfrom: str | None = None
    """
    Where the term applies from (lower-case f on the wire).
    """
    applied_to: Annotated[str | None, Field(alias="appliedTo")] = None
    """
    Where the term applies to.
    """
    status: str | None = None
    """
    Status.
    """
    include: str | None = None
    """
    Whether the term is included (a string).
    """
    term_flag: Annotated[Any | None, Field(alias="termFlag")] = None
    """
    Flag, of any JSON type (documented as "any"; the curl sends "").
    """
    term_default_val: Annotated[int | None, Field(alias="termDefaultVal")] = None
    """
    Default value.
    """


class TermList(BaseModel):
    """
    One page of a list.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    data: list[Term]
    """
    The terms of this page.
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


class Unit(BaseModel):
    """
    A real-estate unit, in the shape of the Units page's response example (the only
    response the reference documents). Numbers show as 0 and booleans as true there;
    the floor plans' fields after `area` are cut. Fields this document does not name
    are kept.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(alias="_id")] = None
    """
    Id of the unit.
    """
    name: str | None = None
    """
    Name of the unit.
    """
    type: str | None = None
    """
    Type of the unit.
    """
    location: str | None = None
    """
    Location.
    """
    city: str | None = None
    """
    City.
    """
    sub_project_id: Annotated[str | None, Field(alias="subProjectId")] = None
    """
    Id of the subproject.
    """
    price_base: Annotated[str | None, Field(alias="priceBase")] = None
    """
    What the price is based on.
    """
    unit_image_url: Annotated[str | None, Field(alias="unitImageUrl")] = None
    """
    Image of the unit.
    """
    unit_name_ar: Annotated[str | None, Field(alias="unitNameAr")] = None
    """
    Name, in Arabic.
    """
    price: float | None = None
    """
    Price.
    """
    surface: float | None = None
    """
    Surface.
    """
    guaranty: float | None = None
    """
    Guaranty.
    """
    starting_price: Annotated[float | None, Field(alias="startingPrice")] = None
    """
    Lowest price.
    """
    max_price: Annotated[float | None, Field(alias="maxPrice")] = None
    """
    Highest price.
    """
    unit_location: Annotated[UnitLocation | None, Field(alias="unitLocation")] = None
    expense: UnitExpense | None = None
    unit_desc: Annotated[str | None, Field(alias="unitDesc")] = None
    """
    Description.
    """
    unit_desc_ar: Annotated[str | None, Field(alias="unitDescAr")] = None
    """
    Description, in Arabic.
    """
    unit_short_desc: Annotated[str | None, Field(alias="unitShortDesc")] = None
    """
    Short description.
    """
    unit_short_desc_ar: Annotated[str | None, Field(alias="unitShortDescAr")] = None
    """
    Short description, in Arabic.
    """
    gallery: list[str] | None = None
    """
    Images of the unit.
    """
    specs: list[UnitSpec] | None = None
    """
    Features of the unit.
    """
    options: list[UnitOption] | None = None
    """
    Options that can be added to the unit.
    """
    payment_plans: Annotated[list[UnitPaymentPlan] | None, Field(alias="paymentPlans")] = None
    """
    Payment plans offered for the unit.
    """
    floors_plan: Annotated[list[UnitFloorPlan] | None, Field(alias="floorsPlan")] = None
    """
    Plans of the unit's floors.
    """
