# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListReservationsSortBy = Literal[
    "created_at", "customer_name", "down_payment", "reservation_fees", "status", "updated_at"
]

LIST_RESERVATIONS_SORT_BY_VALUES: set[ListReservationsSortBy] = {
    "created_at",
    "customer_name",
    "down_payment",
    "reservation_fees",
    "status",
    "updated_at",
}


def check_list_reservations_sort_by(value: str) -> ListReservationsSortBy:
    if value in LIST_RESERVATIONS_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RESERVATIONS_SORT_BY_VALUES!r}"
    )
