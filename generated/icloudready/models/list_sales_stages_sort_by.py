# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListSalesStagesSortBy = Literal["created_at", "order", "probability", "stage_name", "updated_at"]

LIST_SALES_STAGES_SORT_BY_VALUES: set[ListSalesStagesSortBy] = {
    "created_at",
    "order",
    "probability",
    "stage_name",
    "updated_at",
}


def check_list_sales_stages_sort_by(value: str) -> ListSalesStagesSortBy:
    if value in LIST_SALES_STAGES_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SALES_STAGES_SORT_BY_VALUES!r}"
    )
