# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListOpportunitiesSortBy = Literal[
    "close_date",
    "created_at",
    "discount",
    "opportunity_rating",
    "probability",
    "revenue",
    "stage",
    "status",
    "updated_at",
]

LIST_OPPORTUNITIES_SORT_BY_VALUES: set[ListOpportunitiesSortBy] = {
    "close_date",
    "created_at",
    "discount",
    "opportunity_rating",
    "probability",
    "revenue",
    "stage",
    "status",
    "updated_at",
}


def check_list_opportunities_sort_by(value: str) -> ListOpportunitiesSortBy:
    if value in LIST_OPPORTUNITIES_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_OPPORTUNITIES_SORT_BY_VALUES!r}"
    )
