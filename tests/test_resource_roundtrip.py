"""Every resource with a list and a create, through the SDK against the mock, sync and async.

By pattern: the resources, their methods, filterable, sortable and searched fields come
from the operation table; the values from the create body's own example in the spec, with
one text field made unique per run. Per resource: create, retrieve, list with ``p``, ``q``,
``sortBy`` and ``fields``, update, ``list_all``; dates (ISO or day first) come back as
``datetime.date``.
"""

from __future__ import annotations

import datetime
import logging
import secrets
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from icloudready import AsyncClient, Client
from icloudready._operations import OPERATIONS, RESOURCES
from icloudready_mock import MockProcess
from icloudready_runtime import _dates
from icloudready_runtime._table import Operation, Param, Resource

from ._data import MODEL

_OPS = {(op.tag, op.name): op for op in OPERATIONS}
_SPEC_OPS = {op.operation_id: op for op in MODEL.operations}


def _op(res: Resource, name: str | None) -> Operation | None:
    return _OPS.get((res.tag, name)) if name else None


CASES = [r for r in RESOURCES if _op(r, r.list) and _op(r, r.create)]


def _example(op: Operation) -> dict[str, Any]:
    body = _SPEC_OPS[op.operation_id].body
    assert body is not None
    assert body.examples, f"{op.operation_id}: no request example"
    example = body.examples[0]
    assert isinstance(example, dict)
    return example


def _path_values(op: Operation) -> list[str]:
    """A value for each path parameter before the record id: the spec's example."""
    spec_op = _SPEC_OPS[op.operation_id]
    values = []
    for param in spec_op.path_parameters:
        example = param.example
        if example is None and param.schema.enum:
            example = param.schema.enum[0]
        assert example is not None, f"{op.operation_id}: path parameter {param.name}: no example"
        values.append(str(example))
    return values


def _value(param: Param, raw: Any) -> Any:
    if param.kind.name == "date" and isinstance(raw, str):
        return _dates.parse(raw, param.kind.format)  # the SDK takes datetime.date
    return raw


def _plain_text(op: Operation, name: str, value: Any) -> bool:
    """A text field a unique word can be added to without breaking its schema."""
    spec_op = _SPEC_OPS[op.operation_id]
    assert spec_op.body is not None
    schema = spec_op.body.schema.properties.get(name)
    if schema is None or not isinstance(value, str) or schema.type != "string":
        return False
    bounds = schema.bounds
    return not (schema.enum or schema.format or schema.date_format or "pattern" in bounds) and (
        bounds.get("maxLength", 1000) >= len(value) + 20
    )


class Plan:
    """What one resource's round trip sends and expects."""

    def __init__(self, res: Resource) -> None:
        create = _op(res, res.create)
        listing = _op(res, res.list)
        assert create is not None
        assert listing is not None
        self.res, self.create, self.listing = res, create, listing
        self.scope = _path_values(create)
        example = _example(create)
        self.token = "rt" + secrets.token_hex(4)
        by_wire = {p.wire_name: p for p in create.params if p.location == "body"}
        # The unique word goes into a filterable text field (found by p and q), else into a
        # searched one (found by q; the spec declares nothing p may filter on).
        marker = next(
            (
                w
                for w in (*res.filterable, *res.search_fields)
                if w in example and _plain_text(create, w, example[w])
            ),
            None,
        )
        self.marker = marker
        self.filterable = marker is not None and marker in res.filterable
        self.searchable = marker is not None and self.listing.role("search") is not None
        self.kwargs = {
            by_wire[wire].name: _value(by_wire[wire], raw) for wire, raw in example.items()
        }
        self.marker_attr = by_wire[marker].name if marker else ""
        if marker is not None:
            self.kwargs[self.marker_attr] = f"{example[marker]} {self.token}"
        self.update = _op(res, res.patch) or _op(res, res.replace)

    def check_record(self, record: Any) -> None:
        for name, sent in self.kwargs.items():
            got = getattr(record, name)
            if isinstance(sent, datetime.date):
                assert got == sent, f"{name}: a date comes back as the date sent"
                assert type(got) is datetime.date
            elif isinstance(sent, str | int | float | Decimal) and not isinstance(sent, bool):
                assert got == sent, f"{self.res.tag}.{name}: {got!r} != {sent!r}"

    def narrowing(self) -> dict[str, Any]:
        """The list arguments that find this run's record (none: the list takes neither)."""
        if self.searchable:
            return {"q": self.token}
        if self.filterable:
            return {"p": {self.marker_attr: self.kwargs[self.marker_attr]}}
        return {}

    def sort_key(self) -> str | None:
        sort = self.listing.role("sort")
        choices = [str(v) for v in sort.kind.values] if sort is not None else []
        stamps = {"created_at", "updated_at"}
        return next((c for c in choices if c not in stamps), choices[0] if choices else None)


@pytest.fixture(scope="module")
def mock() -> Iterator[MockProcess]:
    process = MockProcess(Path(":memory:"))
    yield process
    process.stop()


@pytest.fixture(autouse=True)
def no_deviation(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """The spec says what the mock answers: the SDK warns of no deviation, for any resource
    (Opportunities' numeric ``activityNumber`` and Leads' ``"1"`` alike)."""
    with caplog.at_level(logging.WARNING, logger="icloudready"):
        yield
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.fixture
def client(mock: MockProcess) -> Iterator[Client]:
    with Client(token=mock.token, base_url=mock.base_url, rate_limit=None) as c:
        yield c


@pytest.fixture
async def async_client(mock: MockProcess) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(token=mock.token, base_url=mock.base_url, rate_limit=None) as c:
        yield c


def _sorted_as(values: list[Any], descending: bool) -> bool:
    present = [v for v in values if v is not None]
    try:
        return present == sorted(present, reverse=descending)
    except TypeError:
        return True  # mixed types: the order is the server's


def _ids(page: Any) -> list[str]:
    return [item.id for item in page.items]


@pytest.mark.parametrize("res", CASES, ids=lambda r: f"{r.tag}:{r.collection}")
def test_sync_round_trip(client: Client, res: Resource) -> None:
    plan = Plan(res)
    methods = getattr(client, res.tag)

    def call(method: str, /, *args: Any, **kwargs: Any) -> Any:
        return getattr(methods, method)(*plan.scope, *args, **kwargs)

    created = call(plan.create.name, **plan.kwargs)
    assert created.id
    plan.check_record(created)
    if res.retrieve:
        plan.check_record(call(res.retrieve, created.id))
    if plan.filterable:
        found = call(plan.listing.name, p={plan.marker_attr: plan.kwargs[plan.marker_attr]})
        assert _ids(found) == [created.id], "p finds the record by its field"
        plan.check_record(found.items[0])
    if plan.searchable:
        found = call(plan.listing.name, q=plan.token)
        assert _ids(found) == [created.id], "q finds it by a word"
        plan.check_record(found.items[0])
    key = plan.sort_key()
    if key is not None:
        page = call(plan.listing.name, sort_by=key, order="desc", limit=50)
        assert _sorted_as([getattr(i, key, None) for i in page.items], descending=True)
    if plan.listing.role("fields") is not None and plan.marker:
        narrow = call(plan.listing.name, fields=[plan.marker_attr], **plan.narrowing())
        mine = [i for i in narrow.items if i.id == created.id]
        assert set(mine[0].to_dict()) <= {res.id_field, plan.marker}, "fields projects"
        assert getattr(mine[0], plan.marker_attr) == plan.kwargs[plan.marker_attr]
    if plan.update is not None:
        changes = {plan.marker_attr: f"changed {plan.token}"} if plan.marker else plan.kwargs
        updated = call(plan.update.name, created.id, **changes)
        for name, value in changes.items():
            assert getattr(updated, name) == value
    if plan.listing.walk is None:  # a list without paging: one call answers every record
        assert _ids(call(plan.listing.name)).count(created.id) == 1
        return
    walked = [r.id for r in call(plan.listing.walk, limit=2, **plan.narrowing())]
    assert walked.count(created.id) == 1, "list_all yields it once"
    assert not plan.narrowing() or walked == [created.id]


@pytest.mark.parametrize("res", CASES, ids=lambda r: f"{r.tag}:{r.collection}")
async def test_async_round_trip(async_client: AsyncClient, res: Resource) -> None:
    plan = Plan(res)
    methods = getattr(async_client, res.tag)

    async def call(method: str, /, *args: Any, **kwargs: Any) -> Any:
        return await getattr(methods, method)(*plan.scope, *args, **kwargs)

    created = await call(plan.create.name, **plan.kwargs)
    plan.check_record(created)
    if res.retrieve:
        plan.check_record(await call(res.retrieve, created.id))
    page = await call(plan.listing.name, **plan.narrowing())
    assert created.id in _ids(page) or not plan.narrowing()
    if plan.update is not None and plan.marker:
        changed = f"a {plan.token}"
        updated = await call(plan.update.name, created.id, **{plan.marker_attr: changed})
        assert getattr(updated, plan.marker_attr) == changed
    if plan.listing.walk is not None:
        walk = getattr(methods, plan.listing.walk)(*plan.scope, limit=2, **plan.narrowing())
        walked = [r.id async for r in walk]
        assert walked.count(created.id) == 1
