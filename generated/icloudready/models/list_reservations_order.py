# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListReservationsOrder = Literal["asc", "desc"]

LIST_RESERVATIONS_ORDER_VALUES: set[ListReservationsOrder] = {
    "asc",
    "desc",
}


def check_list_reservations_order(value: str) -> ListReservationsOrder:
    if value in LIST_RESERVATIONS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RESERVATIONS_ORDER_VALUES!r}"
    )
