# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from icloudready_runtime._coerce import Field, Kind
from icloudready_runtime._records import Record

T = TypeVar("T", bound="TermInput")


@_attrs_define(repr=False)
class TermInput(Record):
    """The 11 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

    term_type: str | None = None
    """ Type of the term. """
    term_order: str | None = None
    """ Position of the term (a string, not a number). """
    term_name: str | None = None
    """ Name. """
    term_desc: str | None = None
    """ Description. """
    term_text: str | None = None
    """ Text of the term. """
    appliedfrom: str | None = None
    """ Where the term applies from (lower-case f on the wire). """
    applied_to: str | None = None
    """ Where the term applies to. """
    status: str | None = None
    """ Status. """
    include: str | None = None
    """ Whether the term is included (a string). """
    term_flag: Any | None = None
    """ Flag, of any JSON type (documented as "any"; the curl sends ""). """
    term_default_val: int | None = None
    """ Default value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.term_type is not None:
            field_dict["termType"] = self.term_type
        if self.term_order is not None:
            field_dict["termOrder"] = self.term_order
        if self.term_name is not None:
            field_dict["termName"] = self.term_name
        if self.term_desc is not None:
            field_dict["termDesc"] = self.term_desc
        if self.term_text is not None:
            field_dict["termText"] = self.term_text
        if self.appliedfrom is not None:
            field_dict["appliedfrom"] = self.appliedfrom
        if self.applied_to is not None:
            field_dict["appliedTo"] = self.applied_to
        if self.status is not None:
            field_dict["status"] = self.status
        if self.include is not None:
            field_dict["include"] = self.include
        if self.term_flag is not None:
            field_dict["termFlag"] = self.term_flag
        if self.term_default_val is not None:
            field_dict["termDefaultVal"] = self.term_default_val

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        term_type = d.get("termType")

        term_order = d.get("termOrder")

        term_name = d.get("termName")

        term_desc = d.get("termDesc")

        term_text = d.get("termText")

        appliedfrom = d.get("appliedfrom")

        applied_to = d.get("appliedTo")

        status = d.get("status")

        include = d.get("include")

        term_flag = d.get("termFlag")

        term_default_val = d.get("termDefaultVal")

        term_input = cls(
            term_type,
            term_order,
            term_name,
            term_desc,
            term_text,
            appliedfrom,
            applied_to,
            status,
            include,
            term_flag,
            term_default_val,
        )

        term_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return term_input

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
        "termType",
        "termOrder",
        "termName",
        "termDesc",
        "termText",
        "appliedfrom",
        "appliedTo",
        "status",
        "include",
        "termFlag",
        "termDefaultVal",
    }
)


class TermInputParam(TypedDict, total=False):
    """What TermInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    term_type: str | None
    term_order: str | None
    term_name: str | None
    term_desc: str | None
    term_text: str | None
    appliedfrom: str | None
    applied_to: str | None
    status: str | None
    include: str | None
    term_flag: Any
    term_default_val: int | None


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
TermInputWireParam = TypedDict(
    "TermInputWireParam",
    {
        "termType": "str | None",
        "termOrder": "str | None",
        "termName": "str | None",
        "termDesc": "str | None",
        "termText": "str | None",
        "appliedfrom": "str | None",
        "appliedTo": "str | None",
        "status": "str | None",
        "include": "str | None",
        "termFlag": "Any",
        "termDefaultVal": "int | None",
    },
    total=False,
)

TermInput.__fields__ = (
    Field("term_type", "termType", Kind("string", True), False),
    Field("term_order", "termOrder", Kind("string", True), False),
    Field("term_name", "termName", Kind("string", True), False),
    Field("term_desc", "termDesc", Kind("string", True), False),
    Field("term_text", "termText", Kind("string", True), False),
    Field("appliedfrom", "appliedfrom", Kind("string", True), False),
    Field("applied_to", "appliedTo", Kind("string", True), False),
    Field("status", "status", Kind("string", True), False),
    Field("include", "include", Kind("string", True), False),
    Field("term_flag", "termFlag", Kind("any", False), False),
    Field("term_default_val", "termDefaultVal", Kind("integer", True), False),
)
