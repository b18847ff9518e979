# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListContractsOrder = Literal["asc", "desc"]

LIST_CONTRACTS_ORDER_VALUES: set[ListContractsOrder] = {
    "asc",
    "desc",
}


def check_list_contracts_order(value: str) -> ListContractsOrder:
    if value in LIST_CONTRACTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTRACTS_ORDER_VALUES!r}")
