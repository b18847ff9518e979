# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListUnitsSortBy = Literal["max_price", "name", "price", "starting_price", "surface"]

LIST_UNITS_SORT_BY_VALUES: set[ListUnitsSortBy] = {
    "max_price",
    "name",
    "price",
    "starting_price",
    "surface",
}


def check_list_units_sort_by(value: str) -> ListUnitsSortBy:
    if value in LIST_UNITS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_UNITS_SORT_BY_VALUES!r}")
