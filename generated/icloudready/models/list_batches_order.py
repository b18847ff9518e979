# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListBatchesOrder = Literal["asc", "desc"]

LIST_BATCHES_ORDER_VALUES: set[ListBatchesOrder] = {
    "asc",
    "desc",
}


def check_list_batches_order(value: str) -> ListBatchesOrder:
    if value in LIST_BATCHES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BATCHES_ORDER_VALUES!r}")
