# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListCustomFieldObjectsOrder = Literal["asc", "desc"]

LIST_CUSTOM_FIELD_OBJECTS_ORDER_VALUES: set[ListCustomFieldObjectsOrder] = {
    "asc",
    "desc",
}


def check_list_custom_field_objects_order(value: str) -> ListCustomFieldObjectsOrder:
    if value in LIST_CUSTOM_FIELD_OBJECTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CUSTOM_FIELD_OBJECTS_ORDER_VALUES!r}"
    )
