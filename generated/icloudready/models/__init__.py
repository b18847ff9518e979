# Generated from openapi.yaml by openapi-python-client and overrides/templates/models_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

from .activity_log_entry import ActivityLogEntry, ActivityLogEntryParam
from .bulk_update_item_result import BulkUpdateItemResult, BulkUpdateItemResultParam
from .bulk_update_item_result_status import BulkUpdateItemResultStatus
from .bulk_update_request import BulkUpdateRequest, BulkUpdateRequestParam
from .bulk_update_result import BulkUpdateResult, BulkUpdateResultParam
from .document import Document, DocumentParam
from .error import Error, ErrorParam
from .error_detail import ErrorDetail, ErrorDetailParam
from .list_opportunities_order import ListOpportunitiesOrder
from .list_opportunities_sort_by import ListOpportunitiesSortBy
from .opportunity import Opportunity, OpportunityParam
from .opportunity_input import OpportunityInput, OpportunityInputParam
from .opportunity_input_opportunity_information_type_0 import (
    OpportunityInputOpportunityInformationType0,
)
from .opportunity_list import OpportunityList, OpportunityListParam
from .opportunity_opportunity_information import OpportunityOpportunityInformation
from .sign_in_request import SignInRequest, SignInRequestParam
from .sign_in_response import SignInResponse, SignInResponseParam

__all__ = (
    "ActivityLogEntry",
    "BulkUpdateItemResult",
    "BulkUpdateItemResultStatus",
    "BulkUpdateRequest",
    "BulkUpdateResult",
    "Document",
    "Error",
    "ErrorDetail",
    "ListOpportunitiesOrder",
    "ListOpportunitiesSortBy",
    "Opportunity",
    "OpportunityInput",
    "OpportunityInputOpportunityInformationType0",
    "OpportunityList",
    "OpportunityOpportunityInformation",
    "SignInRequest",
    "SignInResponse",
    "ActivityLogEntryParam",
    "BulkUpdateItemResultParam",
    "BulkUpdateRequestParam",
    "BulkUpdateResultParam",
    "DocumentParam",
    "ErrorParam",
    "ErrorDetailParam",
    "OpportunityParam",
    "OpportunityInputParam",
    "OpportunityListParam",
    "SignInRequestParam",
    "SignInResponseParam",
)
