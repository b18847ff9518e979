# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListUnitsOrder = Literal["asc", "desc"]

LIST_UNITS_ORDER_VALUES: set[ListUnitsOrder] = {
    "asc",
    "desc",
}


def check_list_units_order(value: str) -> ListUnitsOrder:
    if value in LIST_UNITS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_UNITS_ORDER_VALUES!r}")
