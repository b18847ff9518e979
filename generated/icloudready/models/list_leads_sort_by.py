# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListLeadsSortBy = Literal["created_at", "lead_rating", "status", "updated_at"]

LIST_LEADS_SORT_BY_VALUES: set[ListLeadsSortBy] = {
    "created_at",
    "lead_rating",
    "status",
    "updated_at",
}


def check_list_leads_sort_by(value: str) -> ListLeadsSortBy:
    if value in LIST_LEADS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LEADS_SORT_BY_VALUES!r}")
