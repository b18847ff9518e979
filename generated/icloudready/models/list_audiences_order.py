# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListAudiencesOrder = Literal["asc", "desc"]

LIST_AUDIENCES_ORDER_VALUES: set[ListAudiencesOrder] = {
    "asc",
    "desc",
}


def check_list_audiences_order(value: str) -> ListAudiencesOrder:
    if value in LIST_AUDIENCES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_AUDIENCES_ORDER_VALUES!r}")
