# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListSalesStagesOrder = Literal["asc", "desc"]

LIST_SALES_STAGES_ORDER_VALUES: set[ListSalesStagesOrder] = {
    "asc",
    "desc",
}


def check_list_sales_stages_order(value: str) -> ListSalesStagesOrder:
    if value in LIST_SALES_STAGES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SALES_STAGES_ORDER_VALUES!r}"
    )
