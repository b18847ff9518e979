# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListAudiencesSortBy = Literal["created_at", "name", "updated_at"]

LIST_AUDIENCES_SORT_BY_VALUES: set[ListAudiencesSortBy] = {
    "created_at",
    "name",
    "updated_at",
}


def check_list_audiences_sort_by(value: str) -> ListAudiencesSortBy:
    if value in LIST_AUDIENCES_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AUDIENCES_SORT_BY_VALUES!r}"
    )
