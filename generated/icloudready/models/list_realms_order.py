# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListRealmsOrder = Literal["asc", "desc"]

LIST_REALMS_ORDER_VALUES: set[ListRealmsOrder] = {
    "asc",
    "desc",
}


def check_list_realms_order(value: str) -> ListRealmsOrder:
    if value in LIST_REALMS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_REALMS_ORDER_VALUES!r}")
