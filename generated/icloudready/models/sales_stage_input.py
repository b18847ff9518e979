# Generated from openapi.yaml by openapi-python-client and overrides/templates/model.py.jinja: do not edit; change the spec or the template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
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

T = TypeVar("T", bound="SalesStageInput")


@_attrs_define(repr=False)
class SalesStageInput(Record):
    """The 7 body fields of create, update. The reference names no required field, so none
    is required here. A field sent as `null` is cleared: the stored record no longer has
    it.

    """

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
    __closed__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        stage_name = d.get("stageName")

        description = d.get("description")

        probability = d.get("probability")

        type_ = d.get("type")

        forecast_category = d.get("forecastCategory")

        chart_color = d.get("chartColor")

        order = d.get("order")

        sales_stage_input = cls(
            stage_name,
            description,
            probability,
            type_,
            forecast_category,
            chart_color,
            order,
        )

        sales_stage_input.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return sales_stage_input

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
        "stageName",
        "description",
        "probability",
        "type",
        "forecastCategory",
        "chartColor",
        "order",
    }
)


class SalesStageInputParam(TypedDict, total=False):
    """What SalesStageInput takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    stage_name: str | None
    description: str | None
    probability: float | Decimal | None
    type_: str | None
    forecast_category: str | None
    chart_color: str | None
    order: float | Decimal | None


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
SalesStageInputWireParam = TypedDict(
    "SalesStageInputWireParam",
    {
        "stageName": "str | None",
        "description": "str | None",
        "probability": "float | Decimal | None",
        "type": "str | None",
        "forecastCategory": "str | None",
        "chartColor": "str | None",
        "order": "float | Decimal | None",
    },
    total=False,
)

SalesStageInput.__fields__ = (
    Field("stage_name", "stageName", Kind("string", True), False),
    Field("description", "description", Kind("string", True), False),
    Field("probability", "probability", Kind("number", True), False),
    Field("type_", "type", Kind("string", True), False),
    Field("forecast_category", "forecastCategory", Kind("string", True), False),
    Field("chart_color", "chartColor", Kind("string", True), False),
    Field("order", "order", Kind("number", True), False),
)
