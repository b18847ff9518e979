# Generated from openapi.yaml by openapi-python-client and overrides/templates/literal_enum.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Literal

ListContractsSortBy = Literal[
    "capital",
    "created_at",
    "discount",
    "guaranty",
    "guaranty_payback",
    "name",
    "reference",
    "updated_at",
]

LIST_CONTRACTS_SORT_BY_VALUES: set[ListContractsSortBy] = {
    "capital",
    "created_at",
    "discount",
    "guaranty",
    "guaranty_payback",
    "name",
    "reference",
    "updated_at",
}


def check_list_contracts_sort_by(value: str) -> ListContractsSortBy:
    if value in LIST_CONTRACTS_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CONTRACTS_SORT_BY_VALUES!r}"
    )
