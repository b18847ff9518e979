# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListCustomersSortBy = Literal["capital", "created_at", "name", "status", "un_number", "updated_at"]

LIST_CUSTOMERS_SORT_BY_VALUES: set[ListCustomersSortBy] = {
    "capital",
    "created_at",
    "name",
    "status",
    "un_number",
    "updated_at",
}


def check_list_customers_sort_by(value: str) -> ListCustomersSortBy:
    if value in LIST_CUSTOMERS_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CUSTOMERS_SORT_BY_VALUES!r}"
    )
