# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListLookupValuesSortBy = Literal[
    "created_at", "key", "updated_at", "valid_from_date", "valid_to_date", "value"
]

LIST_LOOKUP_VALUES_SORT_BY_VALUES: set[ListLookupValuesSortBy] = {
    "created_at",
    "key",
    "updated_at",
    "valid_from_date",
    "valid_to_date",
    "value",
}


def check_list_lookup_values_sort_by(value: str) -> ListLookupValuesSortBy:
    if value in LIST_LOOKUP_VALUES_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_LOOKUP_VALUES_SORT_BY_VALUES!r}"
    )
