"""Issue 9's table replayed against stub servers: every plausible shape reads, sync and async.

Each server below answers with one alternative to an inference of openapi.yaml (a bare
array, ``docs``/``totalDocs``, ``id`` for ``_id``, ``DD/MM/YYYY`` dates, a lying ``page``
echo, an error body of another form). The client must return the same records, walk
every page exactly once, raise typed errors, and log each deviation once per client.
"""

from __future__ import annotations

import datetime
import json
import logging
import random
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from icloudready import (
    APIResponseValidationError,
    APIStatusError,
    AsyncClient,
    BadRequestError,
    Client,
    InternalServerError,
    NotFoundError,
    Page,
    UnprocessableEntityError,
    ValidationDetail,
)
from icloudready.models import Opportunity

from ._stub import Canned, Recorded, Stub, running_stub

IDS = [f"{i:024x}" for i in range(1, 8)]  # 7 records: pages of 3, 3 and 1
DEFAULT_LIMIT = 3
Shape = Callable[[list[dict[str, Any]], int, int, int], object]


def record(record_id: str, id_key: str = "_id", dates: str = "iso") -> dict[str, Any]:
    close, created = (
        ("2023-06-30", "2023-04-19T10:15:00Z") if dates == "iso" else ("30/06/2023", "19/04/2023")
    )
    return {
        id_key: record_id,
        "customer": "acme",
        "revenue": 1000,
        "closeDate": close,
        "createdAt": created,
        "activityLog": [{"activityNumber": 1, "activity": "Created", "activityDate": close}],
    }


# One function per list shape: (records of the page, page asked, limit asked, total) -> body.
SHAPES: dict[str, tuple[Shape, list[str]]] = {
    "documented": (
        lambda data, page, limit, total: {
            "data": data,
            "page": page,
            "limit": limit,
            "total": total,
        },
        [],
    ),
    "bare array": (lambda data, page, limit, total: data, ["list envelope: bare array"]),
    "data/totalCount": (
        lambda data, page, limit, total: {"data": data, "totalCount": total},
        ["list envelope: total under 'totalCount'", "list envelope: no 'page'/'limit' echo"],
    ),
    "docs/totalDocs/totalPages/hasNextPage": (
        lambda data, page, limit, total: {
            "docs": data,
            "totalDocs": total,
            "limit": limit,
            "page": page,
            "totalPages": -(-total // limit),
            "hasNextPage": page * limit < total,
        },
        ["list envelope: items under 'docs'", "list envelope: total under 'totalDocs'"],
    ),
    "items/count": (
        lambda data, page, limit, total: {"items": data, "count": total},
        ["list envelope: items under 'items'", "list envelope: total under 'count'"],
    ),
    "results, no total": (
        lambda data, page, limit, total: {"results": data},
        ["list envelope: items under 'results'", "list envelope: no total"],
    ),
    "records, no total": (
        lambda data, page, limit, total: {"records": data, "page": page, "limit": limit},
        ["list envelope: items under 'records'", "list envelope: no total"],
    ),
    "page echo 1 forever": (
        lambda data, page, limit, total: {"data": data, "page": 1, "limit": limit, "total": total},
        ["list envelope: 'page' does not echo the page asked"],
    ),
    "random page echo": (
        lambda data, page, limit, total: {
            "data": data,
            "page": random.choice([p for p in range(1, 50) if p != page]),
            "limit": limit,
            "total": total,
        },
        ["list envelope: 'page' does not echo the page asked"],
    ),
}
RECORD_FORMS: dict[str, tuple[dict[str, Any], list[str]]] = {
    "documented": ({}, []),
    "id instead of _id": ({"id_key": "id"}, ["record id: 'id' instead of '_id'"]),
    "DD/MM/YYYY dates": (
        {"dates": "dmy"},
        [f"dates: DD/MM/YYYY in {key!r}" for key in ("activityLog", "closeDate", "createdAt")],
    ),
}


def list_server(shape: Shape, **form: Any) -> Callable[[Recorded], Canned]:
    """A paginating server: pages of ``limit`` records (3 when none is asked) in ``shape``."""

    def handle(request: Recorded) -> Canned:
        page = int(request.query.get("page", ["1"])[0])
        limit = int(request.query.get("limit", [str(DEFAULT_LIMIT)])[0])
        chunk = [record(i, **form) for i in IDS[(page - 1) * limit : page * limit]]
        return json_answer(shape(chunk, page, limit, len(IDS)))

    return handle


def json_answer(body: object, status: int = 200) -> Canned:
    return Canned(status, json.dumps(body).encode())


def deviations(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "icloudready" and "server differs from the spec" in r.getMessage()
    ]


def assert_logged_once(caplog: pytest.LogCaptureFixture, expected: list[str]) -> None:
    lines = deviations(caplog)
    for text in expected:
        matching = [line for line in lines if text in line]
        assert len(matching) == 1, (text, lines)
        assert '"x-inferred" at ' in matching[0]
    if not expected:
        assert lines == []


@pytest.fixture
def stub() -> Iterator[Stub]:
    with running_stub() as server:
        yield server


def sync_client(stub: Stub) -> Client:
    return Client(token="tok", base_url=stub.url + "/api/v2", rate_limit=None, max_retries=0)


def async_client(stub: Stub) -> AsyncClient:
    return AsyncClient(token="tok", base_url=stub.url + "/api/v2", rate_limit=None, max_retries=0)


def check_records(records: list[Opportunity], dates: str = "iso") -> None:
    assert [r.id for r in records] == IDS
    for r in records:
        assert r.customer == "acme"
        assert r.close_date == datetime.date(2023, 6, 30)
        assert r.to_dict()["closeDate"] == "2023-06-30"
        if dates == "dmy":
            assert r["closeDate"] == "30/06/2023"  # what the server sent stays reachable


# -- lists --------------------------------------------------------------------------------


@pytest.mark.parametrize("form_name", list(RECORD_FORMS))
@pytest.mark.parametrize("shape_name", list(SHAPES))
def test_list_all_walks_every_shape_sync(
    stub: Stub, caplog: pytest.LogCaptureFixture, shape_name: str, form_name: str
) -> None:
    shape, shape_notes = SHAPES[shape_name]
    form, form_notes = RECORD_FORMS[form_name]
    stub.handler = list_server(shape, **form)
    with caplog.at_level(logging.WARNING, logger="icloudready"), sync_client(stub) as client:
        for _ in range(2):  # twice: the warnings are still logged once
            check_records(list(client.opportunities.list_all(limit=3)), form.get("dates", "iso"))
    assert_logged_once(caplog, shape_notes + form_notes)
    asked = [r.query["page"][0] for r in stub.requests]
    assert len(asked) <= 2 * 4  # 3 pages, and a 4th only when nothing says the 3rd is the last
    assert asked[:3] == ["1", "2", "3"]


@pytest.mark.parametrize("form_name", list(RECORD_FORMS))
@pytest.mark.parametrize("shape_name", list(SHAPES))
async def test_list_all_walks_every_shape_async(
    stub: Stub, caplog: pytest.LogCaptureFixture, shape_name: str, form_name: str
) -> None:
    shape, shape_notes = SHAPES[shape_name]
    form, form_notes = RECORD_FORMS[form_name]
    stub.handler = list_server(shape, **form)
    with caplog.at_level(logging.WARNING, logger="icloudready"):
        async with async_client(stub) as client:
            for _ in range(2):
                records = [r async for r in client.opportunities.list_all(limit=3)]
                check_records(records, form.get("dates", "iso"))
    assert_logged_once(caplog, shape_notes + form_notes)


@pytest.mark.parametrize("shape_name", list(SHAPES))
def test_list_all_without_a_limit_uses_the_server_page_size(stub: Stub, shape_name: str) -> None:
    stub.handler = list_server(SHAPES[shape_name][0])
    with sync_client(stub) as client:
        assert [r.id for r in client.opportunities.list_all()] == IDS
    assert "limit" not in stub.requests[0].query


def test_each_client_logs_its_own_deviations(stub: Stub, caplog: pytest.LogCaptureFixture) -> None:
    stub.handler = list_server(SHAPES["bare array"][0])
    with caplog.at_level(logging.WARNING, logger="icloudready"):
        for _ in range(2):
            with sync_client(stub) as client:
                client.opportunities.list(limit=3)
                client.opportunities.list(limit=3, page=2)
    lines = deviations(caplog)
    assert len(lines) == 2
    assert "list envelope: bare array" in lines[0]
    assert 'as "x-inferred" at components.schemas.OpportunityList' in lines[0]
    assert "components.schemas.Opportunity" in lines[0]


def test_one_page_of_each_shape(stub: Stub) -> None:
    for name, (shape, _) in SHAPES.items():
        stub.handler = list_server(shape)
        with sync_client(stub) as client:
            page = client.opportunities.list(limit=3, page=2)
        assert [r.id for r in page] == IDS[3:6], name
        assert (page.page, page.limit) == (2, 3), name
        assert page.total in {len(IDS), None}, name
        assert page.has_next_page(), name


def test_a_list_of_no_known_shape_is_a_typed_error(stub: Stub) -> None:
    for body in ({"rows": [record(IDS[0])]}, "text", 42, None):
        stub.reply(200, body)
        with (
            sync_client(stub) as client,
            pytest.raises(APIResponseValidationError, match="expected a list"),
        ):
            client.opportunities.list()


# -- single records -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "notes"),
    [
        (record(IDS[0]), []),
        ({"data": record(IDS[0])}, ["record envelope: wrapped in 'data'"]),
        ({"result": record(IDS[0])}, ["record envelope: wrapped in 'result'"]),
        (record(IDS[0], id_key="id"), ["record id: 'id' instead of '_id'"]),
        (
            {"data": record(IDS[0], id_key="id", dates="dmy")},
            [
                "record envelope: wrapped in 'data'",
                "record id: 'id' instead of '_id'",
                "dates: DD/MM/YYYY in 'activityLog'",
                "dates: DD/MM/YYYY in 'closeDate'",
                "dates: DD/MM/YYYY in 'createdAt'",
            ],
        ),
    ],
    ids=["bare", "data", "result", "id", "data+id+dmy"],
)
async def test_records_in_every_form(
    stub: Stub, caplog: pytest.LogCaptureFixture, body: dict[str, Any], notes: list[str]
) -> None:
    with caplog.at_level(logging.WARNING, logger="icloudready"):
        with sync_client(stub) as client:
            for _ in range(2):
                stub.reply(200, body)
                opp = client.opportunities.retrieve(IDS[0])
                assert (opp.id, opp.customer) == (IDS[0], "acme")
                assert opp.close_date == datetime.date(2023, 6, 30)
                assert opp.created_at == datetime.datetime(2023, 4, 19, 0, 0) or (
                    opp.created_at == datetime.datetime(2023, 4, 19, 10, 15, tzinfo=datetime.UTC)
                )
                assert opp.activity_log[0].activity_date == datetime.date(2023, 6, 30)  # type: ignore[index]
        assert_logged_once(caplog, notes)
        caplog.clear()
        async with async_client(stub) as aclient:
            stub.reply(200, body)
            opp = await aclient.opportunities.create(customer="acme")
            assert opp.id == IDS[0]
        assert_logged_once(caplog, notes)


def test_a_dmy_date_keeps_what_the_server_sent(stub: Stub) -> None:
    stub.reply(200, record(IDS[0], dates="dmy"))
    with sync_client(stub) as client:
        opp = client.opportunities.retrieve(IDS[0])
    assert opp.close_date == datetime.date(2023, 6, 30)
    assert opp["closeDate"] == "30/06/2023"
    assert opp["createdAt"] == "19/04/2023"
    assert opp.to_dict()["closeDate"] == "2023-06-30"


def test_a_string_field_that_looks_like_a_date_is_left_alone(stub: Stub) -> None:
    stub.reply(200, {**record(IDS[0], dates="dmy"), "opportunityDescription": "20/12/2022"})
    with sync_client(stub) as client:
        opp = client.opportunities.retrieve(IDS[0])
    assert opp.opportunity_description == "20/12/2022"


def test_a_record_without_any_id_is_still_a_typed_error(stub: Stub) -> None:
    for body in ({"customer": "acme"}, {"data": {"customer": "acme"}}, [record(IDS[0])]):
        stub.reply(200, body)
        with sync_client(stub) as client, pytest.raises(APIResponseValidationError):
            client.opportunities.retrieve(IDS[0])


# -- error bodies ---------------------------------------------------------------------------

HTML = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    b"<body><h1>Bad Gateway</h1><p>nginx</p></body></html>"
)
ERROR_FORMS: list[tuple[int, bytes, str, type[APIStatusError], str | None]] = [
    (
        422,
        b'{"error": "validation_error", "message": "1 invalid field(s): revenue.",'
        b' "details": [{"field": "revenue", "message": "not a number"}]}',
        "application/json",
        UnprocessableEntityError,
        None,
    ),
    (404, b'{"message": "Opportunity not found"}', "application/json", NotFoundError, "{message}"),
    (400, b"Invalid id", "text/plain", BadRequestError, "plain text"),
    (404, b'"No such opportunity"', "application/json", NotFoundError, "plain text"),
    (502, HTML, "text/html", InternalServerError, "HTML"),
    (
        400,
        b'{"error": {"code": 400, "message": "Bad id"}}',
        "application/json",
        BadRequestError,
        "{error: {message}}",
    ),
]
MESSAGES = [
    "1 invalid field(s): revenue.",
    "Opportunity not found",
    "Invalid id",
    "No such opportunity",
    "502 Bad Gateway",
    "Bad id",
]


@pytest.mark.parametrize(
    ("form", "message"), list(zip(ERROR_FORMS, MESSAGES, strict=True)), ids=MESSAGES
)
async def test_every_error_body_form_gives_a_typed_error_with_its_message(
    stub: Stub,
    caplog: pytest.LogCaptureFixture,
    form: tuple[int, bytes, str, type[APIStatusError], str | None],
    message: str,
) -> None:
    status, body, content_type, cls, note = form
    with caplog.at_level(logging.WARNING, logger="icloudready"):
        with sync_client(stub) as client:
            for _ in range(2):
                stub.responses.append(Canned(status, body, {"Content-Type": content_type}))
                with pytest.raises(cls) as info:
                    client.opportunities.retrieve(IDS[0])
                assert info.value.status_code == status
                assert info.value.message == message
                assert message in str(info.value)
        async with async_client(stub) as aclient:
            stub.responses.append(Canned(status, body, {"Content-Type": content_type}))
            with pytest.raises(cls, match=re.escape(message)):
                await aclient.opportunities.retrieve(IDS[0])
    expected = [] if note is None else [f"error body: {note}"]
    lines = deviations(caplog)
    assert len(lines) == (0 if note is None else 2), lines  # once per client, two clients
    for line in lines:
        assert expected[0] in line


def test_the_422_details_stay_readable(stub: Stub) -> None:
    status, body, content_type, _, _ = ERROR_FORMS[0]
    stub.responses.append(Canned(status, body, {"Content-Type": content_type}))
    with sync_client(stub) as client, pytest.raises(UnprocessableEntityError) as info:
        client.opportunities.retrieve(IDS[0])
    assert info.value.details == [ValidationDetail(field="revenue", message="not a number")]
    assert "revenue: not a number" in str(info.value)


# -- the Page itself ------------------------------------------------------------------------


def test_a_page_is_a_small_sequence_with_a_short_repr(stub: Stub) -> None:
    stub.handler = list_server(SHAPES["documented"][0])
    with sync_client(stub) as client:
        page = client.opportunities.list(limit=5)
    assert isinstance(page, Page)
    assert len(page) == 5
    assert page[0].id == IDS[0]
    assert page[-1].id == IDS[4]
    assert [r.id for r in page[1:3]] == IDS[1:3]
    assert [r.id for r in page] == IDS[:5]
    text = repr(page)
    assert text.startswith("Page(page=1, limit=5, total=7, items=[Opportunity(id=")
    assert "... 2 more" in text
    assert IDS[4] not in text  # summarised, not every item
    assert "acme" not in text
    with pytest.raises(IndexError):
        page[5]
