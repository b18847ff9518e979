# Generated from openapi.yaml by openapi-python-client and overrides/templates/models_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The API's records and inputs: attrs classes, and a ``...Param`` TypedDict for each input."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_log_entry import ActivityLogEntry as ActivityLogEntry
    from .activity_log_entry import ActivityLogEntryParam as ActivityLogEntryParam
    from .activity_log_entry import ActivityLogEntryWireParam as ActivityLogEntryWireParam
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
    from .document import Document as Document
    from .document import DocumentParam as DocumentParam
    from .document import DocumentWireParam as DocumentWireParam
    from .error import Error as Error
    from .error import ErrorParam as ErrorParam
    from .error import ErrorWireParam as ErrorWireParam
    from .error_detail import ErrorDetail as ErrorDetail
    from .error_detail import ErrorDetailParam as ErrorDetailParam
    from .error_detail import ErrorDetailWireParam as ErrorDetailWireParam
    from .list_opportunities_order import ListOpportunitiesOrder as ListOpportunitiesOrder
    from .list_opportunities_sort_by import ListOpportunitiesSortBy as ListOpportunitiesSortBy
    from .opportunity import Opportunity as Opportunity
    from .opportunity import OpportunityParam as OpportunityParam
    from .opportunity import OpportunityWireParam as OpportunityWireParam
    from .opportunity_input import OpportunityInput as OpportunityInput
    from .opportunity_input import OpportunityInputParam as OpportunityInputParam
    from .opportunity_input import OpportunityInputWireParam as OpportunityInputWireParam
    from .opportunity_list import OpportunityList as OpportunityList
    from .opportunity_list import OpportunityListParam as OpportunityListParam
    from .opportunity_list import OpportunityListWireParam as OpportunityListWireParam
    from .sign_in_request import SignInRequest as SignInRequest
    from .sign_in_request import SignInRequestParam as SignInRequestParam
    from .sign_in_request import SignInRequestWireParam as SignInRequestWireParam
    from .sign_in_response import SignInResponse as SignInResponse
    from .sign_in_response import SignInResponseParam as SignInResponseParam
    from .sign_in_response import SignInResponseWireParam as SignInResponseWireParam

# Name -> the module that defines it.
_MODULES = {
    "ActivityLogEntry": "activity_log_entry",
    "ActivityLogEntryParam": "activity_log_entry",
    "ActivityLogEntryWireParam": "activity_log_entry",
    "BulkUpdateItemResult": "bulk_update_item_result",
    "BulkUpdateItemResultParam": "bulk_update_item_result",
    "BulkUpdateItemResultWireParam": "bulk_update_item_result",
    "BulkUpdateRequest": "bulk_update_request",
    "BulkUpdateRequestParam": "bulk_update_request",
    "BulkUpdateRequestWireParam": "bulk_update_request",
    "BulkUpdateResult": "bulk_update_result",
    "BulkUpdateResultParam": "bulk_update_result",
    "BulkUpdateResultWireParam": "bulk_update_result",
    "Document": "document",
    "DocumentParam": "document",
    "DocumentWireParam": "document",
    "Error": "error",
    "ErrorParam": "error",
    "ErrorWireParam": "error",
    "ErrorDetail": "error_detail",
    "ErrorDetailParam": "error_detail",
    "ErrorDetailWireParam": "error_detail",
    "Opportunity": "opportunity",
    "OpportunityParam": "opportunity",
    "OpportunityWireParam": "opportunity",
    "OpportunityInput": "opportunity_input",
    "OpportunityInputParam": "opportunity_input",
    "OpportunityInputWireParam": "opportunity_input",
    "OpportunityList": "opportunity_list",
    "OpportunityListParam": "opportunity_list",
    "OpportunityListWireParam": "opportunity_list",
    "SignInRequest": "sign_in_request",
    "SignInRequestParam": "sign_in_request",
    "SignInRequestWireParam": "sign_in_request",
    "SignInResponse": "sign_in_response",
    "SignInResponseParam": "sign_in_response",
    "SignInResponseWireParam": "sign_in_response",
    "BulkUpdateItemResultStatus": "bulk_update_item_result_status",
    "ListOpportunitiesOrder": "list_opportunities_order",
    "ListOpportunitiesSortBy": "list_opportunities_sort_by",
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
