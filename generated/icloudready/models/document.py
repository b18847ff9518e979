# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="Document")


@_attrs_define(repr=False)
class Document(Record):
    """A document attached to an opportunity."""

    upload_date: datetime.date | None = None
    """ When the document was uploaded (YYYY-MM-DD). """
    file_url: str | None = None
    """ Where the document is stored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.upload_date is not None:
            field_dict["uploadDate"] = self.upload_date.isoformat()
        if self.file_url is not None:
            field_dict["fileUrl"] = self.file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _upload_date = d.get("uploadDate")
        upload_date = (
            None if _upload_date is None else datetime.date.fromisoformat(_upload_date[:10])
        )

        file_url = d.get("fileUrl")

        document = cls(
            upload_date,
            file_url,
        )

        document.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return document

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
        "uploadDate",
        "fileUrl",
    }
)


class DocumentParam(TypedDict, total=False):
    """What Document takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    upload_date: datetime.date | str
    file_url: str


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
DocumentWireParam = TypedDict(
    "DocumentWireParam",
    {
        "uploadDate": "datetime.date | str",
        "fileUrl": "str",
    },
    total=False,
)

Document.__fields__ = (
    Field("upload_date", "uploadDate", Kind("date", False), False),
    Field("file_url", "fileUrl", Kind("string", False), False),
)
