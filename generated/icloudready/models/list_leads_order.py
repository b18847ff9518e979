# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListLeadsOrder = Literal["asc", "desc"]

LIST_LEADS_ORDER_VALUES: set[ListLeadsOrder] = {
    "asc",
    "desc",
}


def check_list_leads_order(value: str) -> ListLeadsOrder:
    if value in LIST_LEADS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LEADS_ORDER_VALUES!r}")
