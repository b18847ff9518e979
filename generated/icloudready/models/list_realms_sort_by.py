# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListRealmsSortBy = Literal["created_at", "name", "updated_at"]

LIST_REALMS_SORT_BY_VALUES: set[ListRealmsSortBy] = {
    "created_at",
    "name",
    "updated_at",
}


def check_list_realms_sort_by(value: str) -> ListRealmsSortBy:
    if value in LIST_REALMS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_REALMS_SORT_BY_VALUES!r}")
