# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListTermsSortBy = Literal[
    "created_at", "status", "term_default_val", "term_name", "term_order", "updated_at"
]

LIST_TERMS_SORT_BY_VALUES: set[ListTermsSortBy] = {
    "created_at",
    "status",
    "term_default_val",
    "term_name",
    "term_order",
    "updated_at",
}


def check_list_terms_sort_by(value: str) -> ListTermsSortBy:
    if value in LIST_TERMS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TERMS_SORT_BY_VALUES!r}")
