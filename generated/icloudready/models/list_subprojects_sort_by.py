# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListSubprojectsSortBy = Literal[
    "created_at", "max_price", "price", "starting_price", "sub_project_name", "updated_at"
]

LIST_SUBPROJECTS_SORT_BY_VALUES: set[ListSubprojectsSortBy] = {
    "created_at",
    "max_price",
    "price",
    "starting_price",
    "sub_project_name",
    "updated_at",
}


def check_list_subprojects_sort_by(value: str) -> ListSubprojectsSortBy:
    if value in LIST_SUBPROJECTS_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SUBPROJECTS_SORT_BY_VALUES!r}"
    )
