"""Contains all the data models used in inputs/outputs"""

from .activity_log_entry import ActivityLogEntry
from .bulk_update_item_result import BulkUpdateItemResult
from .bulk_update_item_result_status import BulkUpdateItemResultStatus
from .bulk_update_request import BulkUpdateRequest
from .bulk_update_result import BulkUpdateResult
from .document import Document
from .error import Error
from .error_detail import ErrorDetail
from .list_opportunities_order import ListOpportunitiesOrder
from .list_opportunities_sort_by import ListOpportunitiesSortBy
from .opportunity import Opportunity
from .opportunity_input import OpportunityInput
from .opportunity_input_opportunity_information import OpportunityInputOpportunityInformation
from .opportunity_list import OpportunityList
from .opportunity_opportunity_information import OpportunityOpportunityInformation
from .sign_in_request import SignInRequest
from .sign_in_response import SignInResponse

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
    "OpportunityInputOpportunityInformation",
    "OpportunityList",
    "OpportunityOpportunityInformation",
    "SignInRequest",
    "SignInResponse",
)
