# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListCustomersOrder = Literal["asc", "desc"]

LIST_CUSTOMERS_ORDER_VALUES: set[ListCustomersOrder] = {
    "asc",
    "desc",
}


def check_list_customers_order(value: str) -> ListCustomersOrder:
    if value in LIST_CUSTOMERS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CUSTOMERS_ORDER_VALUES!r}")
