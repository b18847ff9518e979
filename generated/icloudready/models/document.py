from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """A document attached to an opportunity."""

    upload_date: datetime.date | Unset = UNSET
    """ When the document was uploaded (YYYY-MM-DD). """
    file_url: str | Unset = UNSET
    """ Where the document is stored. """

    def to_dict(self) -> dict[str, Any]:
        upload_date: str | Unset = UNSET
        if not isinstance(self.upload_date, Unset):
            upload_date = self.upload_date.isoformat()

        file_url = self.file_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if upload_date is not UNSET:
            field_dict["uploadDate"] = upload_date
        if file_url is not UNSET:
            field_dict["fileUrl"] = file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _upload_date = d.get("uploadDate", UNSET)
        upload_date: datetime.date | Unset
        if _upload_date is UNSET:
            upload_date = UNSET
        else:
            upload_date = datetime.date.fromisoformat(_upload_date[:10])

        file_url = d.get("fileUrl", UNSET)

        document = cls(
            upload_date,
            file_url,
        )

        return document
