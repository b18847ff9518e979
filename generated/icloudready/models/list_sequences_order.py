# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListSequencesOrder = Literal["asc", "desc"]

LIST_SEQUENCES_ORDER_VALUES: set[ListSequencesOrder] = {
    "asc",
    "desc",
}


def check_list_sequences_order(value: str) -> ListSequencesOrder:
    if value in LIST_SEQUENCES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SEQUENCES_ORDER_VALUES!r}")
