# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from icloudready_runtime._coerce import Field, Kind, SupportsToDict
from icloudready_runtime._records import Record

T = TypeVar("T", bound="Error")


@_attrs_define(repr=False)
class Error(Record):
    """The one error body shape of every 4xx and 5xx response."""

    error: str
    """ Machine-readable code, e.g. "validation_error". """
    message: str
    """ Human-readable explanation. """
    details: list[ErrorDetail] | None = None
    """ Per-field problems of a 422. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["error"] = self.error
        field_dict["message"] = self.message
        if self.details is not None:
            field_dict["details"] = [item.to_dict() for item in self.details]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error = d["error"]
        message = d["message"]
        _details = d.get("details")
        details = None if _details is None else [ErrorDetail.from_dict(item) for item in _details]

        error = cls(
            error,
            message,
            details,
        )

        error.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The documented keys: every other key of a response is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "error",
        "message",
        "details",
    }
)


class ErrorParam(TypedDict, total=False):
    """What Error takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    error: Required[str]
    message: Required[str]
    details: Sequence[ErrorDetailParam | ErrorDetailWireParam | SupportsToDict]


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
ErrorWireParam = TypedDict(
    "ErrorWireParam",
    {
        "error": "Required[str]",
        "message": "Required[str]",
        "details": "Sequence[ErrorDetailParam | ErrorDetailWireParam | SupportsToDict]",
    },
    total=False,
)


# At the bottom: models that refer to each other import once their own class exists.
from ..models.error_detail import ErrorDetail

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetailParam, ErrorDetailWireParam

Error.__fields__ = (
    Field("error", "error", Kind("string", False), True),
    Field("message", "message", Kind("string", False), True),
    Field(
        "details",
        "details",
        Kind("array", False, item=Kind("model", False, model=ErrorDetail)),
        False,
    ),
)
