# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    ClassVar,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from icloudready_runtime._coerce import Field, Kind
from icloudready_runtime._records import Record

T = TypeVar("T", bound="SalesStage")


@_attrs_define(repr=False)
class SalesStage(Record):
    """A stored sales stage as the server returns it: the fields of SalesStageInput
    (written here by `make generate`) plus the read-only `_id`, `createdAt` and
    `updatedAt`. Fields this document does not name are kept.

    """

    id: str
    """ Id of the sales stage. """
    created_at: datetime.datetime | None = None
    """ When the record was created. """
    updated_at: datetime.datetime | None = None
    """ When the record was last changed. """
    stage_name: str | None = None
    """ Name of the stage. """
    description: str | None = None
    """ Description. """
    probability: float | None = None
    """ Probability of winning at this stage, 0 to 1 (the reference's example is 0.75). """
    type_: str | None = None
    """ Type, e.g. "Closed-Lost". """
    forecast_category: str | None = None
    """ Forecast category, e.g. "Omitted". """
    chart_color: str | None = None
    """ Colour of the stage in charts. """
    order: float | None = None
    """ Position of the stage in the pipeline. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["_id"] = self.id
        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at.isoformat()
        if self.updated_at is not None:
            field_dict["updatedAt"] = self.updated_at.isoformat()
        if self.stage_name is not None:
            field_dict["stageName"] = self.stage_name
        if self.description is not None:
            field_dict["description"] = self.description
        if self.probability is not None:
            field_dict["probability"] = self.probability
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.forecast_category is not None:
            field_dict["forecastCategory"] = self.forecast_category
        if self.chart_color is not None:
            field_dict["chartColor"] = self.chart_color
        if self.order is not None:
            field_dict["order"] = self.order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["_id"]
        _created_at = d.get("createdAt")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updatedAt")
        updated_at = None if _updated_at is None else datetime.datetime.fromisoformat(_updated_at)

        stage_name = d.get("stageName")

        description = d.get("description")

        probability = d.get("probability")

        type_ = d.get("type")

        forecast_category = d.get("forecastCategory")

        chart_color = d.get("chartColor")

        order = d.get("order")

        sales_stage = cls(
            id,
            created_at,
            updated_at,
            stage_name,
            description,
            probability,
            type_,
            forecast_category,
            chart_color,
            order,
        )

        sales_stage.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return sales_stage

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
        "_id",
        "createdAt",
        "updatedAt",
        "stageName",
        "description",
        "probability",
        "type",
        "forecastCategory",
        "chartColor",
        "order",
    }
)


class SalesStageParam(TypedDict, total=False):
    """What SalesStage takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    id: Required[str]
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    stage_name: str
    description: str
    probability: float | Decimal
    type_: str
    forecast_category: str
    chart_color: str
    order: float | Decimal


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
SalesStageWireParam = TypedDict(
    "SalesStageWireParam",
    {
        "_id": "Required[str]",
        "createdAt": "datetime.datetime | str",
        "updatedAt": "datetime.datetime | str",
        "stageName": "str",
        "description": "str",
        "probability": "float | Decimal",
        "type": "str",
        "forecastCategory": "str",
        "chartColor": "str",
        "order": "float | Decimal",
    },
    total=False,
)

SalesStage.__fields__ = (
    Field("id", "_id", Kind("string", False), True),
    Field("created_at", "createdAt", Kind("date-time", False), False),
    Field("updated_at", "updatedAt", Kind("date-time", False), False),
    Field("stage_name", "stageName", Kind("string", False), False),
    Field("description", "description", Kind("string", False), False),
    Field("probability", "probability", Kind("number", False), False),
    Field("type_", "type", Kind("string", False), False),
    Field("forecast_category", "forecastCategory", Kind("string", False), False),
    Field("chart_color", "chartColor", Kind("string", False), False),
    Field("order", "order", Kind("number", False), False),
)
