from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BulkUpdateRequest")


@_attrs_define
class BulkUpdateRequest:
    """The ids to update and the field values to set on each."""

    ids: list[str]
    """ Ids of the opportunities to update. """
    update: OpportunityInput
    """ The 22 body fields of create, update, patch and bulk update. The reference
    names no required field, so none is required here.
     """

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ids = cast("list[str]", d["ids"])

        update = OpportunityInput.from_dict(d["update"])

        bulk_update_request = cls(
            ids,
            update,
        )

        return bulk_update_request


# At the bottom: models that refer to each other import once their own class exists.
from ..models.opportunity_input import OpportunityInput
