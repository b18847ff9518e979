"""The SDK as a user meets it: only the public surface, type-checked with mypy --strict.

No generated model class, no ``Unset``, no ``cast``: plain dicts in, plain values out,
options per call. Requests are checked on a real HTTP stub (tests/_stub.py); the end to
end flow runs against the mock.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import warnings
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

import icloudready
from icloudready import (
    AsyncClient,
    AuthenticationError,
    Client,
    InternalServerError,
    PacingTimeoutError,
    UnprocessableEntityError,
)
from icloudready_mock._server import MockServer

from ._stub import Stub
from .conftest import RECORD

ID = RECORD["_id"]


@pytest.fixture
def client(stub: Stub) -> Iterator[Client]:
    with Client(token="t0k3n", base_url=stub.url + "/api/v2", rate_limit=None) as client:
        yield client


# -- plain data in -----------------------------------------------------------------------


def test_nested_and_bulk_parameters_take_plain_dicts(client: Client, stub: Stub) -> None:
    stub.reply(201, RECORD)
    client.opportunities.create(
        customer="acme",
        opportunity_information={"region": "EMEA"},
        activity_log=[{"activity": "call", "activity_date": datetime.date(2025, 1, 2)}],
        documents=[{"fileUrl": "https://example.com/a.pdf"}],  # the wire's camelCase works too
    )
    assert stub.requests[0].json() == {
        "customer": "acme",
        "opportunityInformation": {"region": "EMEA"},
        "activityLog": [{"activity": "call", "activityDate": "2025-01-02"}],
        "documents": [{"fileUrl": "https://example.com/a.pdf"}],
    }
    stub.reply(200, {"updated": 1, "failed": 0, "results": [{"id": ID, "status": "updated"}]})
    result = client.opportunities.update_multiple(
        ids=[ID], update={"stage": "won", "close_date": "2025-01-01"}
    )
    assert stub.requests[1].json() == {
        "ids": [ID],
        "update": {"stage": "won", "closeDate": "2025-01-01"},
    }
    assert result.results[0].status == "updated"


def test_records_are_accepted_where_an_input_of_the_same_shape_is_expected(
    client: Client, stub: Stub
) -> None:
    source = {
        **RECORD,
        "opportunityInformation": {"budget": 250000},
        "activityLog": [{"activity": "Email sent", "activityDate": "2023-04-19"}],
    }
    stub.reply(200, source)
    stub.reply(201, RECORD)
    src = client.opportunities.retrieve(ID)
    assert src.opportunity_information is not None
    assert src.activity_log is not None
    client.opportunities.create(
        opportunity_information=src.opportunity_information, activity_log=src.activity_log
    )
    assert stub.requests[1].json() == {
        "opportunityInformation": {"budget": 250000},
        "activityLog": [{"activity": "Email sent", "activityDate": "2023-04-19"}],
    }


def test_unambiguous_values_are_coerced(client: Client, stub: Stub) -> None:
    stub.reply(201, RECORD)
    client.opportunities.create(close_date="2025-01-31", revenue=Decimal("10.5"), probability=1)
    assert stub.requests[0].json() == {"closeDate": "2025-01-31", "revenue": 10.5, "probability": 1}


def test_wrong_input_is_a_type_error_naming_parameter_key_and_expectation_before_sending(
    client: Client, stub: Stub
) -> None:
    with pytest.raises(
        TypeError,
        match=r"create\(\): activity_log\[0\]: unknown key 'activty'; expected keys: activity_n",
    ):
        # mypy says so too (test_hostile_sdk); the run-time check is for untyped callers.
        client.opportunities.create(activity_log=[{"activty": "call"}])  # type: ignore[list-item]
    with pytest.raises(
        TypeError, match=r"create\(\): revenue: expected a number .*, got str 'lots'"
    ):
        client.opportunities.create(revenue="lots")  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=r"close_date: expected a date, got the datetime .*\.date\(\)"
    ):
        client.opportunities.create(close_date=datetime.datetime(2025, 1, 1, 12, 0))
    with pytest.raises(TypeError, match=r"close_date: expected .*ISO date string"):
        client.opportunities.create(close_date="next spring")
    with pytest.raises(TypeError, match=r"update_multiple\(\): ids: expected a list"):
        client.opportunities.update_multiple(ids="abc", update={})
    assert stub.requests == []


def test_none_clears_a_field_and_leaving_it_out_keeps_it(client: Client, stub: Stub) -> None:
    stub.reply(200, RECORD)
    client.opportunities.patch(ID, revenue=None, stage="won")
    assert stub.requests[0].json() == {"revenue": None, "stage": "won"}


# -- plain values out --------------------------------------------------------------------


def test_absent_fields_read_none_and_records_are_plain_values(client: Client, stub: Stub) -> None:
    stub.reply(200, {**RECORD, "revenue": 1000, "probability": 0.5})
    stub.reply(
        200, {"data": [RECORD, {**RECORD, "_id": "b" * 24}], "page": 1, "limit": 2, "total": 2}
    )
    opp = client.opportunities.retrieve(ID)
    assert opp.stage is None  # absent, not a placeholder
    assert f"{opp.stage}" == "None"
    assert opp.close_date is not None
    assert opp.close_date.year == 2023
    page = client.opportunities.list(limit=2)
    total = sum(o.revenue for o in page.items if o.revenue is not None)
    assert total == 2000
    assert json.loads(opp.to_json())["closeDate"] == "2023-06-30"
    assert json.dumps(opp.to_dict())  # every value is JSON already
    assert "stage" not in repr(opp)
    assert "customer='609a8f85c2834915d0a5a5e1'" in repr(opp)
    assert page.items[0] == page.items[0]
    assert page.items[0] != page.items[1]


def test_empty_responses_return_none(client: Client, stub: Stub) -> None:
    stub.reply(204, b"")
    client.opportunities.delete(ID)
    assert stub.requests[0].method == "DELETE"


# -- options per call and per client copy ------------------------------------------------


def test_every_method_takes_per_call_options(client: Client, stub: Stub) -> None:
    stub.reply(200, RECORD)
    client.opportunities.retrieve(
        ID, timeout=5, extra_headers={"X-Trace": "abc"}, extra_query={"expand": "owner"}
    )
    sent = stub.requests[0]
    assert sent.headers["x-trace"] == "abc"
    assert sent.query == {"expand": ["owner"]}
    stub.reply(201, RECORD)
    client.opportunities.create(customer="acme", extra_body={"currency": "EUR"})
    assert stub.requests[1].json() == {"customer": "acme", "currency": "EUR"}
    stub.reply(503, {"error": "busy", "message": "try later"})
    with pytest.raises(InternalServerError):
        client.opportunities.retrieve(ID, max_retries=0)
    assert len(stub.requests) == 3  # no retry


def test_with_options_copies_share_the_pool_and_the_pacing(stub: Stub) -> None:
    base = Client(token="t", base_url=stub.url + "/api/v2", rate_limit=2, hourly_rate_limit=None)
    stub.default.body = json.dumps(RECORD).encode()
    quick = base.with_options(timeout=2, max_retries=0, deadline=5)
    base.opportunities.retrieve(ID)
    quick.opportunities.retrieve(ID)
    # Two requests this minute, whichever copy sent them: the third must wait ~60 s.
    with pytest.raises(PacingTimeoutError):
        quick.opportunities.retrieve(ID)
    quick.close()  # the pool belongs to the original: it stays open
    with pytest.raises(PacingTimeoutError):
        base.with_options(deadline=1).opportunities.retrieve(ID)
    assert len(stub.requests) == 2
    base.close()


def test_a_pacing_wait_past_the_deadline_names_the_option(stub: Stub) -> None:
    stub.default.body = json.dumps(RECORD).encode()
    with Client(
        token="t", base_url=stub.url + "/api/v2", rate_limit=1, hourly_rate_limit=None, deadline=5
    ) as client:
        client.opportunities.retrieve(ID)
        with pytest.raises(PacingTimeoutError) as info:
            client.opportunities.retrieve(ID)
    assert info.value.limit == "rate_limit"
    assert "rate_limit=1 requests/minute" in str(info.value)
    assert "deadline" in str(info.value)
    assert len(stub.requests) == 1


# -- discoverable ------------------------------------------------------------------------


def test_docstrings_list_each_parameter_from_the_spec(client: Client) -> None:
    create = client.opportunities.create.__doc__ or ""
    assert "probability: Probability of winning" in create
    assert "from 0 to 1" in create  # the spec's bounds, as the spec writes them
    assert "at most 200 characters" in create
    assert "None sends null, which clears the field" in create
    listing = client.opportunities.list.__doc__ or ""
    assert "one of asc, desc" in listing
    assert "limit: The number of records to return. (int; from 1 to 100; default 20)" in listing
    assert "close_date" in listing


def test_sort_by_fields_and_p_take_attribute_names(client: Client, stub: Stub) -> None:
    stub.reply(200, {"data": [], "page": 1, "limit": 20, "total": 0})
    client.opportunities.list(
        sort_by="close_date", fields=["close_date", "revenue"], p={"forecast_category": "best"}
    )
    assert stub.requests[0].query == {
        "sortBy": ["closeDate"],
        "fields": ["closeDate,revenue"],
        "p": ["forecastCategory:best"],
    }


# -- honest errors -----------------------------------------------------------------------


def test_a_422_says_which_fields_and_why(client: Client, stub: Stub) -> None:
    stub.reply(
        422,
        {
            "error": "validation_error",
            "message": "1 invalid field.",
            "details": [
                {"field": "probability", "message": "Input should be less than or equal to 1"}
            ],
        },
    )
    with pytest.raises(UnprocessableEntityError) as info:
        client.opportunities.create(probability=7)
    assert "probability: Input should be less than or equal to 1" in str(info.value)
    detail = info.value.details[0]
    assert (detail.field, detail.message) == (
        "probability",
        "Input should be less than or equal to 1",
    )


def test_the_missing_token_hint_appears_only_when_it_applies(
    stub: Stub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ICLOUDREADY_API_KEY", raising=False)
    unauthorized = {"error": "unauthorized", "message": "Wrong credentials."}
    stub.reply(401, unauthorized)
    with pytest.raises(AuthenticationError) as wrong_password:
        Client.sign_in("admin@example.com", "wrong", base_url=stub.url + "/api/v2")
    assert "no token configured" not in str(wrong_password.value)
    stub.reply(401, unauthorized)
    with (
        Client(base_url=stub.url + "/api/v2", rate_limit=None) as anonymous,
        pytest.raises(AuthenticationError, match="no token configured"),
    ):
        anonymous.opportunities.retrieve(ID)
    stub.reply(401, unauthorized)
    with (
        Client(token="bad", base_url=stub.url + "/api/v2", rate_limit=None) as wrong,
        pytest.raises(AuthenticationError) as bad_token,
    ):
        wrong.opportunities.retrieve(ID)
    assert "no token configured" not in str(bad_token.value)


# -- async, raw, end to end --------------------------------------------------------------


async def test_async_bulk_create_from_dicts_and_raw_responses(stub: Stub) -> None:
    rows = [
        {"customer": f"c{i}", "revenue": str(i * 10), "close_date": "2025-06-30"} for i in range(3)
    ]
    async with AsyncClient(token="t", base_url=stub.url + "/api/v2", rate_limit=None) as client:
        for _ in rows:
            stub.reply(201, RECORD)
        for row in rows:
            await client.opportunities.create(
                customer=row["customer"],
                revenue=Decimal(row["revenue"]),
                close_date=row["close_date"],
            )
        stub.reply(200, RECORD, X_Request_Id="req-1")
        raw = await client.opportunities.with_raw_response.retrieve(ID)
    assert [r.json()["revenue"] for r in stub.requests[:3]] == [0, 10, 20]
    assert raw.status_code == 200
    assert raw.request_id == "req-1"
    assert raw.parse().id == ID


def test_the_whole_flow_against_the_mock(icloudready_mock: MockServer) -> None:
    with Client(
        token=icloudready_mock.token, base_url=icloudready_mock.base_url, rate_limit=None
    ) as client:
        created = client.opportunities.create(
            customer="acme",
            opportunity_information={"region": "EMEA"},
            activity_log=[{"activity": "call"}],
            close_date="2025-01-01",
            revenue=Decimal("99.5"),
        )
        assert created.close_date == datetime.date(2025, 1, 1)
        assert created.revenue == 99.5
        assert created.stage is None
        result = client.opportunities.update_multiple(ids=[created.id], update={"stage": "won"})
        assert result.updated == 1
        assert client.opportunities.retrieve(created.id).stage == "won"


def test_no_deprecation_warning_for_operations_that_are_not_deprecated(
    client: Client, stub: Stub
) -> None:
    stub.reply(200, RECORD)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        client.opportunities.retrieve(ID)


def test_mypy_strict_accepts_user_code_against_the_installed_package(tmp_path: Path) -> None:
    # Outside the repository: no mypy_path, only what the (editable) install provides.
    script = tmp_path / "user_script.py"
    script.write_text(
        "import datetime\n"
        "from icloudready import Client\n"
        "with Client(token='t') as client:\n"
        "    opp = client.opportunities.retrieve('609a8f85c2834915d0a5a5e9', timeout=5)\n"
        "    year: int = opp.close_date.year if opp.close_date is not None else 0\n"
        "    client.opportunities.create(activity_log=[{'activity': 'call'}],\n"
        "                                close_date=datetime.date(2025, 1, 1))\n"
        "    total: float = sum(o.revenue or 0 for o in client.opportunities.list_all())\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert icloudready.__file__
