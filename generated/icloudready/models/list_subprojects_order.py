# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListSubprojectsOrder = Literal["asc", "desc"]

LIST_SUBPROJECTS_ORDER_VALUES: set[ListSubprojectsOrder] = {
    "asc",
    "desc",
}


def check_list_subprojects_order(value: str) -> ListSubprojectsOrder:
    if value in LIST_SUBPROJECTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SUBPROJECTS_ORDER_VALUES!r}"
    )
