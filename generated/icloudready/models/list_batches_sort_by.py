# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListBatchesSortBy = Literal["batch_code", "created_at", "rating", "updated_at"]

LIST_BATCHES_SORT_BY_VALUES: set[ListBatchesSortBy] = {
    "batch_code",
    "created_at",
    "rating",
    "updated_at",
}


def check_list_batches_sort_by(value: str) -> ListBatchesSortBy:
    if value in LIST_BATCHES_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BATCHES_SORT_BY_VALUES!r}")
