# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListCustomFieldObjectsSortBy = Literal["name"]

LIST_CUSTOM_FIELD_OBJECTS_SORT_BY_VALUES: set[ListCustomFieldObjectsSortBy] = {
    "name",
}


def check_list_custom_field_objects_sort_by(value: str) -> ListCustomFieldObjectsSortBy:
    if value in LIST_CUSTOM_FIELD_OBJECTS_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CUSTOM_FIELD_OBJECTS_SORT_BY_VALUES!r}"
    )
