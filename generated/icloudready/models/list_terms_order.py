# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListTermsOrder = Literal["asc", "desc"]

LIST_TERMS_ORDER_VALUES: set[ListTermsOrder] = {
    "asc",
    "desc",
}


def check_list_terms_order(value: str) -> ListTermsOrder:
    if value in LIST_TERMS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TERMS_ORDER_VALUES!r}")
