# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListSequencesSortBy = Literal["code", "created_at", "max_contacts", "name", "status", "updated_at"]

LIST_SEQUENCES_SORT_BY_VALUES: set[ListSequencesSortBy] = {
    "code",
    "created_at",
    "max_contacts",
    "name",
    "status",
    "updated_at",
}


def check_list_sequences_sort_by(value: str) -> ListSequencesSortBy:
    if value in LIST_SEQUENCES_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SEQUENCES_SORT_BY_VALUES!r}"
    )
