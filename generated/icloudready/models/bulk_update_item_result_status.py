# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

BulkUpdateItemResultStatus = Literal["invalid_id", "not_found", "updated"]

BULK_UPDATE_ITEM_RESULT_STATUS_VALUES: set[BulkUpdateItemResultStatus] = {
    "invalid_id",
    "not_found",
    "updated",
}


def check_bulk_update_item_result_status(value: str) -> BulkUpdateItemResultStatus:
    if value in BULK_UPDATE_ITEM_RESULT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_UPDATE_ITEM_RESULT_STATUS_VALUES!r}"
    )
