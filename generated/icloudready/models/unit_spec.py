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

T = TypeVar("T", bound="UnitSpec")


@_attrs_define(repr=False)
class UnitSpec(Record):
    """One feature of a unit."""

    feature_number: float | None = None
    """ Number of the feature. """
    feature_type: str | None = None
    """ Type of the feature. """
    feature_image: str | None = None
    """ Image of the feature. """
    feature_desc: str | None = None
    """ Description. """
    feature_desc_ar: str | None = None
    """ Description, in Arabic. """
    feature_tag: str | None = None
    """ Tag. """
    active: bool | None = None
    """ Whether the feature is shown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.feature_number is not None:
            field_dict["featureNumber"] = self.feature_number
        if self.feature_type is not None:
            field_dict["featureType"] = self.feature_type
        if self.feature_image is not None:
            field_dict["featureImage"] = self.feature_image
        if self.feature_desc is not None:
            field_dict["featureDesc"] = self.feature_desc
        if self.feature_desc_ar is not None:
            field_dict["featureDescAr"] = self.feature_desc_ar
        if self.feature_tag is not None:
            field_dict["featureTag"] = self.feature_tag
        if self.active is not None:
            field_dict["active"] = self.active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        feature_number = d.get("featureNumber")

        feature_type = d.get("featureType")

        feature_image = d.get("featureImage")

        feature_desc = d.get("featureDesc")

        feature_desc_ar = d.get("featureDescAr")

        feature_tag = d.get("featureTag")

        active = d.get("active")

        unit_spec = cls(
            feature_number,
            feature_type,
            feature_image,
            feature_desc,
            feature_desc_ar,
            feature_tag,
            active,
        )

        unit_spec.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return unit_spec

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
        "featureNumber",
        "featureType",
        "featureImage",
        "featureDesc",
        "featureDescAr",
        "featureTag",
        "active",
    }
)


class UnitSpecParam(TypedDict, total=False):
    """What UnitSpec takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    feature_number: float | Decimal
    feature_type: str
    feature_image: str
    feature_desc: str
    feature_desc_ar: str
    feature_tag: str
    active: bool


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
UnitSpecWireParam = TypedDict(
    "UnitSpecWireParam",
    {
        "featureNumber": "float | Decimal",
        "featureType": "str",
        "featureImage": "str",
        "featureDesc": "str",
        "featureDescAr": "str",
        "featureTag": "str",
        "active": "bool",
    },
    total=False,
)

UnitSpec.__fields__ = (
    Field("feature_number", "featureNumber", Kind("number", False), False),
    Field("feature_type", "featureType", Kind("string", False), False),
    Field("feature_image", "featureImage", Kind("string", False), False),
    Field("feature_desc", "featureDesc", Kind("string", False), False),
    Field("feature_desc_ar", "featureDescAr", Kind("string", False), False),
    Field("feature_tag", "featureTag", Kind("string", False), False),
    Field("active", "active", Kind("boolean", False), False),
)
