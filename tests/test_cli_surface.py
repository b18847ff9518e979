"""The CLI's reading of the SDK surface (unit tests: no server, no subprocess).

The signatures below are shaped like the SDK's next ones (plain mappings and TypedDicts for
nested input, Literal sort keys, per-call options, Google-style parameter docs), to show
that such changes reach the commands without an edit to the CLI.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypedDict

import pytest

from icloudready import Page
from icloudready.models import BulkUpdateResult, Opportunity, OpportunityInput
from icloudready.types import UNSET, Unset
from icloudready_cli._surface import (
    ConversionError,
    build_operations,
    kind_of,
    resource,
    resources,
    wire_names,
)
from icloudready_runtime._resource import SyncResource


class UpdateParam(TypedDict, total=False):
    stage: str
    close_date: datetime.date


class FutureResource(SyncResource):
    def list(
        self,
        *,
        limit: int | None = None,
        sort_by: Literal["close_date", "revenue"] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Page[Opportunity]:
        """List things: GET /things

        Returns things.

        Args:
            limit: How many records, 1 to 100
                (20 when left out).
            sort_by: The field to sort by.

        Returns:
            A page.
        """
        raise NotImplementedError

    def update_multiple(
        self, *, ids: builtins.list[str], update: UpdateParam | Mapping[str, Any]
    ) -> BulkUpdateResult:
        """Update several."""
        raise NotImplementedError

    def create(
        self,
        *,
        opportunity_information: Mapping[str, Any] | Unset = UNSET,
        close_date: datetime.date | str | Unset = UNSET,
        revenue: float | Decimal | Unset = UNSET,
        max_retries: int | None = None,
    ) -> Opportunity:
        """Create one."""
        raise NotImplementedError


def test_future_signatures_become_options() -> None:
    operations = build_operations("future", FutureResource)
    listing = operations["list"]
    assert [p.name for p in listing.params] == ["limit", "sort_by"]  # per-call options left out
    limit, sort_by = listing.params
    assert limit.help == "How many records, 1 to 100 (20 when left out)."
    assert sort_by.kind.choices == ("close_date", "revenue")
    assert listing.item_model() is Opportunity
    assert listing.summary == "List things: GET /things"
    assert listing.description == "Returns things."

    bulk = operations["update_multiple"].params
    assert [(p.name, p.required, p.kind.name) for p in bulk] == [
        ("ids", True, "list"),
        ("update", True, "mapping"),
    ]
    assert bulk[1].kind.accepts_mapping
    assert [(f.name, f.kind.name) for f in bulk[1].fields] == [
        ("stage", "str"),
        ("close_date", "date"),
    ]

    create = {p.name: p.kind for p in operations["create"].params}
    assert set(create) == {"opportunity_information", "close_date", "revenue"}
    assert create["opportunity_information"].convert('{"region": "EMEA"}') == {"region": "EMEA"}
    assert create["close_date"].convert("2024-01-31") == datetime.date(2024, 1, 31)
    assert create["revenue"].convert("20") == 20
    assert create["revenue"].convert("0.5") == 0.5


def test_todays_sdk_models_are_built_from_json() -> None:
    opportunities = resource("opportunities")
    assert set(resources()) == {"auth", "opportunities"}
    create = {p.name: p for p in opportunities.operations["create"].params}
    (entry,) = create["activity_log"].kind.convert('[{"activity": "call"}]')
    # A model where the SDK needs one, the plain dict where it takes mappings.
    assert entry == {"activity": "call"} or entry.to_dict() == {"activity": "call"}
    bulk = {p.name: p for p in opportunities.operations["update_multiple"].params}
    assert bulk["update"].kind.model in {OpportunityInput, None}
    assert "stage" in {f.name for f in bulk["update"].fields}
    assert opportunities.operations["list"].has_all
    assert "list_all" not in opportunities.operations
    assert create["customer"].help.startswith("Id of the customer.")  # the spec's words


def test_wire_names_come_from_the_models_own_to_dict() -> None:
    names = wire_names(Opportunity)
    assert names["id"] == "_id"
    assert names["close_date"] == "closeDate"
    assert names["idengager_request_id"] == "idengagerRequestId"
    assert list(names.values())[:3] == ["_id", "createdAt", "updatedAt"]


def test_conversions_say_what_is_expected(tmp_path: Path) -> None:
    assert kind_of(list[str]).convert("A, B,") == ["A", "B"]
    assert kind_of(list[str]).convert('["A", "B"]') == ["A", "B"]
    payload = tmp_path / "info.json"
    payload.write_text('{"budget": 250000}')
    assert kind_of(Mapping[str, Any]).convert(f"@{payload}") == {"budget": 250000}
    with pytest.raises(ConversionError, match="expected YYYY-MM-DD"):
        kind_of(datetime.date).convert("30/06/2023")
    with pytest.raises(ConversionError, match="expected float"):
        kind_of(float).convert("lots")
    with pytest.raises(ConversionError, match="not a whole number"):
        kind_of(int).convert("1.5")
    with pytest.raises(ConversionError, match="a boolean is not a number"):
        kind_of(float).convert(True)
    with pytest.raises(ConversionError, match="not one of asc, desc"):
        kind_of(Literal["asc", "desc"]).convert("up")
    assert kind_of(int).convert(3.0) == 3
    assert kind_of(str).convert(12) == "12"
