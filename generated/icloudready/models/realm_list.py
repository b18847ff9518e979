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

T = TypeVar("T", bound="RealmList")


@_attrs_define(repr=False)
class RealmList(Record):
    """One page of a list."""

    data: list[Realm]
    """ The realms of this page. """
    page: int
    """ This page's number (1-based). """
    limit: int
    """ The page size asked for. """
    total: int
    """ How many records match, over all pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    __fields__: ClassVar[tuple[Field, ...]]
    """Every field: Python name, wire name, kind (what inputs are checked against)."""
    __closed__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = [item.to_dict() for item in self.data]
        field_dict["page"] = self.page
        field_dict["limit"] = self.limit
        field_dict["total"] = self.total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = [Realm.from_dict(item) for item in d["data"]]
        page = d["page"]
        limit = d["limit"]
        total = d["total"]
        realm_list = cls(
            data,
            page,
            limit,
            total,
        )

        realm_list.additional_properties = (
            {} if d.keys() <= _KNOWN_KEYS else {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        )
        return realm_list

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
        "data",
        "page",
        "limit",
        "total",
    }
)


class RealmListParam(TypedDict, total=False):
    """What RealmList takes as input, for editors and type checkers: a plain dict works,
    with these keys or the wire's camelCase ones."""

    data: Required[Sequence[RealmParam | RealmWireParam | SupportsToDict]]
    page: Required[int]
    limit: Required[int]
    total: Required[int]


# The same keys as the API spells them (camelCase): a dict literal of either form is checked.
# Functional syntax, the types as strings: the wire names are no identifiers, and the nested
# TypedDicts are imported for type checkers only.
RealmListWireParam = TypedDict(
    "RealmListWireParam",
    {
        "data": "Required[Sequence[RealmParam | RealmWireParam | SupportsToDict]]",
        "page": "Required[int]",
        "limit": "Required[int]",
        "total": "Required[int]",
    },
    total=False,
)


# At the bottom: models that refer to each other import once their own class exists.
from ..models.realm import Realm

if TYPE_CHECKING:
    from ..models.realm import RealmParam, RealmWireParam

RealmList.__fields__ = (
    Field("data", "data", Kind("array", False, item=Kind("model", False, model=Realm)), True),
    Field("page", "page", Kind("integer", False), True),
    Field("limit", "limit", Kind("integer", False), True),
    Field("total", "total", Kind("integer", False), True),
)
