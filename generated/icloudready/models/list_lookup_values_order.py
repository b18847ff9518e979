# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListLookupValuesOrder = Literal["asc", "desc"]

LIST_LOOKUP_VALUES_ORDER_VALUES: set[ListLookupValuesOrder] = {
    "asc",
    "desc",
}


def check_list_lookup_values_order(value: str) -> ListLookupValuesOrder:
    if value in LIST_LOOKUP_VALUES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_LOOKUP_VALUES_ORDER_VALUES!r}"
    )
