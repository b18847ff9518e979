# Generated from openapi.yaml by openapi-python-client and overrides/templates/models_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The API's records and inputs: attrs classes, and a ``...Param`` TypedDict for each input."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account as Account
    from .account import AccountParam as AccountParam
    from .account import AccountWireParam as AccountWireParam
    from .account_patch import AccountPatch as AccountPatch
    from .account_patch import AccountPatchParam as AccountPatchParam
    from .account_patch import AccountPatchWireParam as AccountPatchWireParam
    from .activity_log_entry import ActivityLogEntry as ActivityLogEntry
    from .activity_log_entry import ActivityLogEntryParam as ActivityLogEntryParam
    from .activity_log_entry import ActivityLogEntryWireParam as ActivityLogEntryWireParam
    from .audience import Audience as Audience
    from .audience import AudienceParam as AudienceParam
    from .audience import AudienceWireParam as AudienceWireParam
    from .audience_input import AudienceInput as AudienceInput
    from .audience_input import AudienceInputParam as AudienceInputParam
    from .audience_input import AudienceInputWireParam as AudienceInputWireParam
    from .audience_list import AudienceList as AudienceList
    from .audience_list import AudienceListParam as AudienceListParam
    from .audience_list import AudienceListWireParam as AudienceListWireParam
    from .batch import Batch as Batch
    from .batch import BatchParam as BatchParam
    from .batch import BatchWireParam as BatchWireParam
    from .batch_input import BatchInput as BatchInput
    from .batch_input import BatchInputParam as BatchInputParam
    from .batch_input import BatchInputWireParam as BatchInputWireParam
    from .batch_list import BatchList as BatchList
    from .batch_list import BatchListParam as BatchListParam
    from .batch_list import BatchListWireParam as BatchListWireParam
    from .bulk_update_item_result import BulkUpdateItemResult as BulkUpdateItemResult
    from .bulk_update_item_result import BulkUpdateItemResultParam as BulkUpdateItemResultParam
    from .bulk_update_item_result import (
        BulkUpdateItemResultWireParam as BulkUpdateItemResultWireParam,
    )
    from .bulk_update_item_result_status import (
        BulkUpdateItemResultStatus as BulkUpdateItemResultStatus,
    )
    from .bulk_update_request import BulkUpdateRequest as BulkUpdateRequest
    from .bulk_update_request import BulkUpdateRequestParam as BulkUpdateRequestParam
    from .bulk_update_request import BulkUpdateRequestWireParam as BulkUpdateRequestWireParam
    from .bulk_update_result import BulkUpdateResult as BulkUpdateResult
    from .bulk_update_result import BulkUpdateResultParam as BulkUpdateResultParam
    from .bulk_update_result import BulkUpdateResultWireParam as BulkUpdateResultWireParam
    from .contract import Contract as Contract
    from .contract import ContractParam as ContractParam
    from .contract import ContractWireParam as ContractWireParam
    from .contract_input import ContractInput as ContractInput
    from .contract_input import ContractInputParam as ContractInputParam
    from .contract_input import ContractInputWireParam as ContractInputWireParam
    from .contract_list import ContractList as ContractList
    from .contract_list import ContractListParam as ContractListParam
    from .contract_list import ContractListWireParam as ContractListWireParam
    from .custom_field import CustomField as CustomField
    from .custom_field import CustomFieldParam as CustomFieldParam
    from .custom_field import CustomFieldWireParam as CustomFieldWireParam
    from .custom_field_input import CustomFieldInput as CustomFieldInput
    from .custom_field_input import CustomFieldInputParam as CustomFieldInputParam
    from .custom_field_input import CustomFieldInputWireParam as CustomFieldInputWireParam
    from .custom_field_list import CustomFieldList as CustomFieldList
    from .custom_field_list import CustomFieldListParam as CustomFieldListParam
    from .custom_field_list import CustomFieldListWireParam as CustomFieldListWireParam
    from .custom_field_object import CustomFieldObject as CustomFieldObject
    from .custom_field_object import CustomFieldObjectParam as CustomFieldObjectParam
    from .custom_field_object import CustomFieldObjectWireParam as CustomFieldObjectWireParam
    from .customer import Customer as Customer
    from .customer import CustomerParam as CustomerParam
    from .customer import CustomerWireParam as CustomerWireParam
    from .customer_input import CustomerInput as CustomerInput
    from .customer_input import CustomerInputParam as CustomerInputParam
    from .customer_input import CustomerInputWireParam as CustomerInputWireParam
    from .customer_list import CustomerList as CustomerList
    from .customer_list import CustomerListParam as CustomerListParam
    from .customer_list import CustomerListWireParam as CustomerListWireParam
    from .document import Document as Document
    from .document import DocumentParam as DocumentParam
    from .document import DocumentWireParam as DocumentWireParam
    from .error import Error as Error
    from .error import ErrorParam as ErrorParam
    from .error import ErrorWireParam as ErrorWireParam
    from .error_detail import ErrorDetail as ErrorDetail
    from .error_detail import ErrorDetailParam as ErrorDetailParam
    from .error_detail import ErrorDetailWireParam as ErrorDetailWireParam
    from .free_trial_request import FreeTrialRequest as FreeTrialRequest
    from .free_trial_request import FreeTrialRequestParam as FreeTrialRequestParam
    from .free_trial_request import FreeTrialRequestWireParam as FreeTrialRequestWireParam
    from .lead import Lead as Lead
    from .lead import LeadParam as LeadParam
    from .lead import LeadWireParam as LeadWireParam
    from .lead_activity_log_entry import LeadActivityLogEntry as LeadActivityLogEntry
    from .lead_activity_log_entry import LeadActivityLogEntryParam as LeadActivityLogEntryParam
    from .lead_activity_log_entry import (
        LeadActivityLogEntryWireParam as LeadActivityLogEntryWireParam,
    )
    from .lead_input import LeadInput as LeadInput
    from .lead_input import LeadInputParam as LeadInputParam
    from .lead_input import LeadInputWireParam as LeadInputWireParam
    from .lead_list import LeadList as LeadList
    from .lead_list import LeadListParam as LeadListParam
    from .lead_list import LeadListWireParam as LeadListWireParam
    from .list_audiences_order import ListAudiencesOrder as ListAudiencesOrder
    from .list_audiences_sort_by import ListAudiencesSortBy as ListAudiencesSortBy
    from .list_batches_order import ListBatchesOrder as ListBatchesOrder
    from .list_batches_sort_by import ListBatchesSortBy as ListBatchesSortBy
    from .list_contracts_order import ListContractsOrder as ListContractsOrder
    from .list_contracts_sort_by import ListContractsSortBy as ListContractsSortBy
    from .list_custom_field_objects_order import (
        ListCustomFieldObjectsOrder as ListCustomFieldObjectsOrder,
    )
    from .list_custom_field_objects_sort_by import (
        ListCustomFieldObjectsSortBy as ListCustomFieldObjectsSortBy,
    )
    from .list_customers_order import ListCustomersOrder as ListCustomersOrder
    from .list_customers_sort_by import ListCustomersSortBy as ListCustomersSortBy
    from .list_leads_order import ListLeadsOrder as ListLeadsOrder
    from .list_leads_sort_by import ListLeadsSortBy as ListLeadsSortBy
    from .list_lookup_values_order import ListLookupValuesOrder as ListLookupValuesOrder
    from .list_lookup_values_sort_by import ListLookupValuesSortBy as ListLookupValuesSortBy
    from .list_opportunities_order import ListOpportunitiesOrder as ListOpportunitiesOrder
    from .list_opportunities_sort_by import ListOpportunitiesSortBy as ListOpportunitiesSortBy
    from .list_realms_order import ListRealmsOrder as ListRealmsOrder
    from .list_realms_sort_by import ListRealmsSortBy as ListRealmsSortBy
    from .list_reservations_order import ListReservationsOrder as ListReservationsOrder
    from .list_reservations_sort_by import ListReservationsSortBy as ListReservationsSortBy
    from .list_sales_stages_order import ListSalesStagesOrder as ListSalesStagesOrder
    from .list_sales_stages_sort_by import ListSalesStagesSortBy as ListSalesStagesSortBy
    from .list_sequences_order import ListSequencesOrder as ListSequencesOrder
    from .list_sequences_sort_by import ListSequencesSortBy as ListSequencesSortBy
    from .list_subprojects_order import ListSubprojectsOrder as ListSubprojectsOrder
    from .list_subprojects_sort_by import ListSubprojectsSortBy as ListSubprojectsSortBy
    from .list_terms_order import ListTermsOrder as ListTermsOrder
    from .list_terms_sort_by import ListTermsSortBy as ListTermsSortBy
    from .list_units_order import ListUnitsOrder as ListUnitsOrder
    from .list_units_sort_by import ListUnitsSortBy as ListUnitsSortBy
    from .lookup_value import LookupValue as LookupValue
    from .lookup_value import LookupValueParam as LookupValueParam
    from .lookup_value import LookupValueWireParam as LookupValueWireParam
    from .lookup_value_input import LookupValueInput as LookupValueInput
    from .lookup_value_input import LookupValueInputParam as LookupValueInputParam
    from .lookup_value_input import LookupValueInputWireParam as LookupValueInputWireParam
    from .lookup_value_list import LookupValueList as LookupValueList
    from .lookup_value_list import LookupValueListParam as LookupValueListParam
    from .lookup_value_list import LookupValueListWireParam as LookupValueListWireParam
    from .opportunity import Opportunity as Opportunity
    from .opportunity import OpportunityParam as OpportunityParam
    from .opportunity import OpportunityWireParam as OpportunityWireParam
    from .opportunity_input import OpportunityInput as OpportunityInput
    from .opportunity_input import OpportunityInputParam as OpportunityInputParam
    from .opportunity_input import OpportunityInputWireParam as OpportunityInputWireParam
    from .opportunity_list import OpportunityList as OpportunityList
    from .opportunity_list import OpportunityListParam as OpportunityListParam
    from .opportunity_list import OpportunityListWireParam as OpportunityListWireParam
    from .realm import Realm as Realm
    from .realm import RealmParam as RealmParam
    from .realm import RealmWireParam as RealmWireParam
    from .realm_input import RealmInput as RealmInput
    from .realm_input import RealmInputParam as RealmInputParam
    from .realm_input import RealmInputWireParam as RealmInputWireParam
    from .realm_list import RealmList as RealmList
    from .realm_list import RealmListParam as RealmListParam
    from .realm_list import RealmListWireParam as RealmListWireParam
    from .reservation import Reservation as Reservation
    from .reservation import ReservationParam as ReservationParam
    from .reservation import ReservationWireParam as ReservationWireParam
    from .reservation_input import ReservationInput as ReservationInput
    from .reservation_input import ReservationInputParam as ReservationInputParam
    from .reservation_input import ReservationInputWireParam as ReservationInputWireParam
    from .reservation_list import ReservationList as ReservationList
    from .reservation_list import ReservationListParam as ReservationListParam
    from .reservation_list import ReservationListWireParam as ReservationListWireParam
    from .sales_stage import SalesStage as SalesStage
    from .sales_stage import SalesStageParam as SalesStageParam
    from .sales_stage import SalesStageWireParam as SalesStageWireParam
    from .sales_stage_input import SalesStageInput as SalesStageInput
    from .sales_stage_input import SalesStageInputParam as SalesStageInputParam
    from .sales_stage_input import SalesStageInputWireParam as SalesStageInputWireParam
    from .sales_stage_list import SalesStageList as SalesStageList
    from .sales_stage_list import SalesStageListParam as SalesStageListParam
    from .sales_stage_list import SalesStageListWireParam as SalesStageListWireParam
    from .sequence_input import SequenceInput as SequenceInput
    from .sequence_input import SequenceInputParam as SequenceInputParam
    from .sequence_input import SequenceInputWireParam as SequenceInputWireParam
    from .sequence_list import SequenceList as SequenceList
    from .sequence_list import SequenceListParam as SequenceListParam
    from .sequence_list import SequenceListWireParam as SequenceListWireParam
    from .sequence_record import SequenceRecord as SequenceRecord
    from .sequence_record import SequenceRecordParam as SequenceRecordParam
    from .sequence_record import SequenceRecordWireParam as SequenceRecordWireParam
    from .sign_in_request import SignInRequest as SignInRequest
    from .sign_in_request import SignInRequestParam as SignInRequestParam
    from .sign_in_request import SignInRequestWireParam as SignInRequestWireParam
    from .sign_in_response import SignInResponse as SignInResponse
    from .sign_in_response import SignInResponseParam as SignInResponseParam
    from .sign_in_response import SignInResponseWireParam as SignInResponseWireParam
    from .sign_up_request import SignUpRequest as SignUpRequest
    from .sign_up_request import SignUpRequestParam as SignUpRequestParam
    from .sign_up_request import SignUpRequestWireParam as SignUpRequestWireParam
    from .subproject import Subproject as Subproject
    from .subproject import SubprojectParam as SubprojectParam
    from .subproject import SubprojectWireParam as SubprojectWireParam
    from .subproject_input import SubprojectInput as SubprojectInput
    from .subproject_input import SubprojectInputParam as SubprojectInputParam
    from .subproject_input import SubprojectInputWireParam as SubprojectInputWireParam
    from .subproject_list import SubprojectList as SubprojectList
    from .subproject_list import SubprojectListParam as SubprojectListParam
    from .subproject_list import SubprojectListWireParam as SubprojectListWireParam
    from .term import Term as Term
    from .term import TermParam as TermParam
    from .term import TermWireParam as TermWireParam
    from .term_input import TermInput as TermInput
    from .term_input import TermInputParam as TermInputParam
    from .term_input import TermInputWireParam as TermInputWireParam
    from .term_list import TermList as TermList
    from .term_list import TermListParam as TermListParam
    from .term_list import TermListWireParam as TermListWireParam
    from .unit import Unit as Unit
    from .unit import UnitParam as UnitParam
    from .unit import UnitWireParam as UnitWireParam
    from .unit_expense import UnitExpense as UnitExpense
    from .unit_expense import UnitExpenseParam as UnitExpenseParam
    from .unit_expense import UnitExpenseWireParam as UnitExpenseWireParam
    from .unit_floor_plan import UnitFloorPlan as UnitFloorPlan
    from .unit_floor_plan import UnitFloorPlanParam as UnitFloorPlanParam
    from .unit_floor_plan import UnitFloorPlanWireParam as UnitFloorPlanWireParam
    from .unit_location import UnitLocation as UnitLocation
    from .unit_location import UnitLocationParam as UnitLocationParam
    from .unit_location import UnitLocationWireParam as UnitLocationWireParam
    from .unit_option import UnitOption as UnitOption
    from .unit_option import UnitOptionParam as UnitOptionParam
    from .unit_option import UnitOptionWireParam as UnitOptionWireParam
    from .unit_payment_plan import UnitPaymentPlan as UnitPaymentPlan
    from .unit_payment_plan import UnitPaymentPlanParam as UnitPaymentPlanParam
    from .unit_payment_plan import UnitPaymentPlanWireParam as UnitPaymentPlanWireParam
    from .unit_spec import UnitSpec as UnitSpec
    from .unit_spec import UnitSpecParam as UnitSpecParam
    from .unit_spec import UnitSpecWireParam as UnitSpecWireParam

# Name -> the module that defines it.
_MODULES = {
    "Account": "account",
    "AccountParam": "account",
    "AccountWireParam": "account",
    "AccountPatch": "account_patch",
    "AccountPatchParam": "account_patch",
    "AccountPatchWireParam": "account_patch",
    "ActivityLogEntry": "activity_log_entry",
    "ActivityLogEntryParam": "activity_log_entry",
    "ActivityLogEntryWireParam": "activity_log_entry",
    "Audience": "audience",
    "AudienceParam": "audience",
    "AudienceWireParam": "audience",
    "AudienceInput": "audience_input",
    "AudienceInputParam": "audience_input",
    "AudienceInputWireParam": "audience_input",
    "AudienceList": "audience_list",
    "AudienceListParam": "audience_list",
    "AudienceListWireParam": "audience_list",
    "Batch": "batch",
    "BatchParam": "batch",
    "BatchWireParam": "batch",
    "BatchInput": "batch_input",
    "BatchInputParam": "batch_input",
    "BatchInputWireParam": "batch_input",
    "BatchList": "batch_list",
    "BatchListParam": "batch_list",
    "BatchListWireParam": "batch_list",
    "BulkUpdateItemResult": "bulk_update_item_result",
    "BulkUpdateItemResultParam": "bulk_update_item_result",
    "BulkUpdateItemResultWireParam": "bulk_update_item_result",
    "BulkUpdateRequest": "bulk_update_request",
    "BulkUpdateRequestParam": "bulk_update_request",
    "BulkUpdateRequestWireParam": "bulk_update_request",
    "BulkUpdateResult": "bulk_update_result",
    "BulkUpdateResultParam": "bulk_update_result",
    "BulkUpdateResultWireParam": "bulk_update_result",
    "Contract": "contract",
    "ContractParam": "contract",
    "ContractWireParam": "contract",
    "ContractInput": "contract_input",
    "ContractInputParam": "contract_input",
    "ContractInputWireParam": "contract_input",
    "ContractList": "contract_list",
    "ContractListParam": "contract_list",
    "ContractListWireParam": "contract_list",
    "Customer": "customer",
    "CustomerParam": "customer",
    "CustomerWireParam": "customer",
    "CustomerInput": "customer_input",
    "CustomerInputParam": "customer_input",
    "CustomerInputWireParam": "customer_input",
    "CustomerList": "customer_list",
    "CustomerListParam": "customer_list",
    "CustomerListWireParam": "customer_list",
    "CustomField": "custom_field",
    "CustomFieldParam": "custom_field",
    "CustomFieldWireParam": "custom_field",
    "CustomFieldInput": "custom_field_input",
    "CustomFieldInputParam": "custom_field_input",
    "CustomFieldInputWireParam": "custom_field_input",
    "CustomFieldList": "custom_field_list",
    "CustomFieldListParam": "custom_field_list",
    "CustomFieldListWireParam": "custom_field_list",
    "CustomFieldObject": "custom_field_object",
    "CustomFieldObjectParam": "custom_field_object",
    "CustomFieldObjectWireParam": "custom_field_object",
    "Document": "document",
    "DocumentParam": "document",
    "DocumentWireParam": "document",
    "Error": "error",
    "ErrorParam": "error",
    "ErrorWireParam": "error",
    "ErrorDetail": "error_detail",
    "ErrorDetailParam": "error_detail",
    "ErrorDetailWireParam": "error_detail",
    "FreeTrialRequest": "free_trial_request",
    "FreeTrialRequestParam": "free_trial_request",
    "FreeTrialRequestWireParam": "free_trial_request",
    "Lead": "lead",
    "LeadParam": "lead",
    "LeadWireParam": "lead",
    "LeadActivityLogEntry": "lead_activity_log_entry",
    "LeadActivityLogEntryParam": "lead_activity_log_entry",
    "LeadActivityLogEntryWireParam": "lead_activity_log_entry",
    "LeadInput": "lead_input",
    "LeadInputParam": "lead_input",
    "LeadInputWireParam": "lead_input",
    "LeadList": "lead_list",
    "LeadListParam": "lead_list",
    "LeadListWireParam": "lead_list",
    "LookupValue": "lookup_value",
    "LookupValueParam": "lookup_value",
    "LookupValueWireParam": "lookup_value",
    "LookupValueInput": "lookup_value_input",
    "LookupValueInputParam": "lookup_value_input",
    "LookupValueInputWireParam": "lookup_value_input",
    "LookupValueList": "lookup_value_list",
    "LookupValueListParam": "lookup_value_list",
    "LookupValueListWireParam": "lookup_value_list",
    "Opportunity": "opportunity",
    "OpportunityParam": "opportunity",
    "OpportunityWireParam": "opportunity",
    "OpportunityInput": "opportunity_input",
    "OpportunityInputParam": "opportunity_input",
    "OpportunityInputWireParam": "opportunity_input",
    "OpportunityList": "opportunity_list",
    "OpportunityListParam": "opportunity_list",
    "OpportunityListWireParam": "opportunity_list",
    "Realm": "realm",
    "RealmParam": "realm",
    "RealmWireParam": "realm",
    "RealmInput": "realm_input",
    "RealmInputParam": "realm_input",
    "RealmInputWireParam": "realm_input",
    "RealmList": "realm_list",
    "RealmListParam": "realm_list",
    "RealmListWireParam": "realm_list",
    "Reservation": "reservation",
    "ReservationParam": "reservation",
    "ReservationWireParam": "reservation",
    "ReservationInput": "reservation_input",
    "ReservationInputParam": "reservation_input",
    "ReservationInputWireParam": "reservation_input",
    "ReservationList": "reservation_list",
    "ReservationListParam": "reservation_list",
    "ReservationListWireParam": "reservation_list",
    "SalesStage": "sales_stage",
    "SalesStageParam": "sales_stage",
    "SalesStageWireParam": "sales_stage",
    "SalesStageInput": "sales_stage_input",
    "SalesStageInputParam": "sales_stage_input",
    "SalesStageInputWireParam": "sales_stage_input",
    "SalesStageList": "sales_stage_list",
    "SalesStageListParam": "sales_stage_list",
    "SalesStageListWireParam": "sales_stage_list",
    "SequenceInput": "sequence_input",
    "SequenceInputParam": "sequence_input",
    "SequenceInputWireParam": "sequence_input",
    "SequenceList": "sequence_list",
    "SequenceListParam": "sequence_list",
    "SequenceListWireParam": "sequence_list",
    "SequenceRecord": "sequence_record",
    "SequenceRecordParam": "sequence_record",
    "SequenceRecordWireParam": "sequence_record",
    "SignInRequest": "sign_in_request",
    "SignInRequestParam": "sign_in_request",
    "SignInRequestWireParam": "sign_in_request",
    "SignInResponse": "sign_in_response",
    "SignInResponseParam": "sign_in_response",
    "SignInResponseWireParam": "sign_in_response",
    "SignUpRequest": "sign_up_request",
    "SignUpRequestParam": "sign_up_request",
    "SignUpRequestWireParam": "sign_up_request",
    "Subproject": "subproject",
    "SubprojectParam": "subproject",
    "SubprojectWireParam": "subproject",
    "SubprojectInput": "subproject_input",
    "SubprojectInputParam": "subproject_input",
    "SubprojectInputWireParam": "subproject_input",
    "SubprojectList": "subproject_list",
    "SubprojectListParam": "subproject_list",
    "SubprojectListWireParam": "subproject_list",
    "Term": "term",
    "TermParam": "term",
    "TermWireParam": "term",
    "TermInput": "term_input",
    "TermInputParam": "term_input",
    "TermInputWireParam": "term_input",
    "TermList": "term_list",
    "TermListParam": "term_list",
    "TermListWireParam": "term_list",
    "Unit": "unit",
    "UnitParam": "unit",
    "UnitWireParam": "unit",
    "UnitExpense": "unit_expense",
    "UnitExpenseParam": "unit_expense",
    "UnitExpenseWireParam": "unit_expense",
    "UnitFloorPlan": "unit_floor_plan",
    "UnitFloorPlanParam": "unit_floor_plan",
    "UnitFloorPlanWireParam": "unit_floor_plan",
    "UnitLocation": "unit_location",
    "UnitLocationParam": "unit_location",
    "UnitLocationWireParam": "unit_location",
    "UnitOption": "unit_option",
    "UnitOptionParam": "unit_option",
    "UnitOptionWireParam": "unit_option",
    "UnitPaymentPlan": "unit_payment_plan",
    "UnitPaymentPlanParam": "unit_payment_plan",
    "UnitPaymentPlanWireParam": "unit_payment_plan",
    "UnitSpec": "unit_spec",
    "UnitSpecParam": "unit_spec",
    "UnitSpecWireParam": "unit_spec",
    "BulkUpdateItemResultStatus": "bulk_update_item_result_status",
    "ListAudiencesOrder": "list_audiences_order",
    "ListAudiencesSortBy": "list_audiences_sort_by",
    "ListBatchesOrder": "list_batches_order",
    "ListBatchesSortBy": "list_batches_sort_by",
    "ListContractsOrder": "list_contracts_order",
    "ListContractsSortBy": "list_contracts_sort_by",
    "ListCustomersOrder": "list_customers_order",
    "ListCustomersSortBy": "list_customers_sort_by",
    "ListCustomFieldObjectsOrder": "list_custom_field_objects_order",
    "ListCustomFieldObjectsSortBy": "list_custom_field_objects_sort_by",
    "ListLeadsOrder": "list_leads_order",
    "ListLeadsSortBy": "list_leads_sort_by",
    "ListLookupValuesOrder": "list_lookup_values_order",
    "ListLookupValuesSortBy": "list_lookup_values_sort_by",
    "ListOpportunitiesOrder": "list_opportunities_order",
    "ListOpportunitiesSortBy": "list_opportunities_sort_by",
    "ListRealmsOrder": "list_realms_order",
    "ListRealmsSortBy": "list_realms_sort_by",
    "ListReservationsOrder": "list_reservations_order",
    "ListReservationsSortBy": "list_reservations_sort_by",
    "ListSalesStagesOrder": "list_sales_stages_order",
    "ListSalesStagesSortBy": "list_sales_stages_sort_by",
    "ListSequencesOrder": "list_sequences_order",
    "ListSequencesSortBy": "list_sequences_sort_by",
    "ListSubprojectsOrder": "list_subprojects_order",
    "ListSubprojectsSortBy": "list_subprojects_sort_by",
    "ListTermsOrder": "list_terms_order",
    "ListTermsSortBy": "list_terms_sort_by",
    "ListUnitsOrder": "list_units_order",
    "ListUnitsSortBy": "list_units_sort_by",
}

__all__ = tuple(sorted(_MODULES))


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
