# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListOpportunitiesOrder = Literal["asc", "desc"]

LIST_OPPORTUNITIES_ORDER_VALUES: set[ListOpportunitiesOrder] = {
    "asc",
    "desc",
}


def check_list_opportunities_order(value: str) -> ListOpportunitiesOrder:
    if value in LIST_OPPORTUNITIES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_OPPORTUNITIES_ORDER_VALUES!r}"
    )
