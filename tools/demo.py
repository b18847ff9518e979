"""`make demo`: start the mock on a SQLite file, run every operation through the SDK, stop it.

Prints what each call sent and got, so a new user sees the whole API in one run: the
opportunities step by step, then every other operation of the operation table, called with
the spec's own examples (so a resource added to openapi.yaml joins the demo by itself).
"""

from __future__ import annotations

import datetime
import secrets
import sys
import tempfile
from pathlib import Path
from typing import Any

import icloudready
from icloudready._operations import OPERATIONS
from icloudready.models import OpportunityInput
from icloudready_mock import MockProcess
from icloudready_runtime import _dates
from icloudready_runtime._table import Operation
from icloudready_spec import load

SPEC = {
    op.operation_id: op for op in load(Path(__file__).parent.parent / "openapi.yaml").operations
}
# The opportunities' methods main() shows one by one.
SHOWN = {"create", "create_without_activity", "retrieve", "update", "patch", "update_multiple"}
SHOWN |= {"list", "delete"}
# The kinds a resource's record must exist for, called after its create.
ON_A_RECORD = ("retrieve", "replace", "patch", "subresource", "delete")

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
BASE = f"http://127.0.0.1:{PORT}"


def show(step: str, value: object) -> None:
    print(f"- {step}: {value}")


def main() -> int:
    db = Path(tempfile.mkdtemp(prefix="icloudready-demo-")) / "demo.sqlite3"
    with MockProcess(db, port=PORT, quiet=False):
        print(f"\nMock on {BASE}/api/v2, database {db}\n")
        with icloudready.Client.sign_in(
            "admin@example.com", "secret", base_url=f"{BASE}/api/v2"
        ) as client:
            show("POST /signin", repr(client))
            created = client.opportunities.create(
                customer="609a8f85c2834915d0a5a5e1",
                revenue=1000,
                probability=0.75,
                close_date=datetime.date(2023, 6, 30),
                opportunity_description="Interested in purchasing a seaside villa",
                stage="stage1",
            )
            show(
                "POST /opportunities",
                f"id={created.id} activity_log={len(created.activity_log or [])} entry",
            )
            quiet = client.opportunities.create_without_activity(customer="quiet co", revenue=50)
            show(
                "POST /opportunities/no-activity-opportunities",
                f"id={quiet.id} activity_log={quiet.activity_log}",
            )
            got = client.opportunities.retrieve(created.id)
            show("GET /opportunities/{id}", f"revenue={got.revenue} close_date={got.close_date}")
            put = client.opportunities.update(created.id, revenue=2500)
            show("PUT /opportunities/{id}", f"revenue={put.revenue} stage={put.stage} (unchanged)")
            patched = client.opportunities.patch(created.id, stage="won")
            show("PATCH /opportunities/{id}", f"stage={patched.stage} revenue={patched.revenue}")
            bulk = client.opportunities.update_multiple(
                ids=[created.id, quiet.id, "0" * 24], update=OpportunityInput(status="closed")
            )
            show("PUT /opportunities/multiple", [(r.id[:8], r.status) for r in bulk.results])
            page = client.opportunities.list(q="villa", limit=10)
            show(
                "GET /opportunities?q=villa",
                f"total={page.total} ids={[o.id[:8] for o in page.items]}",
            )
            every = list(client.opportunities.list_all(limit=1))
            show("GET /opportunities (every page, limit=1)", f"{len(every)} records")
            client.opportunities.delete(quiet.id)
            show("DELETE /opportunities/deleted/{id}", "deleted")
            try:
                client.opportunities.retrieve(quiet.id)
            except icloudready.NotFoundError as exc:
                show("GET after delete", f"{type(exc).__name__}: {exc}")
            try:
                client.opportunities.retrieve("multiple")
            except icloudready.InvalidPathParameterError as exc:
                show("retrieve('multiple')", f"refused before sending: {exc}")
            ran = len(SHOWN) + 1 + every_other_operation(client)  # 1: sign-in
        print(f"\n{ran} of {len(OPERATIONS)} operations ran against the mock.")
    return 0


def arguments(op: Operation, record_id: str | None) -> tuple[list[str], dict[str, Any]]:
    """The path values (a scope's examples, then the record id) and keyword arguments (the
    body example by Python name, dates as datetime.date) of a call of ``op``."""
    spec_op = SPEC[op.operation_id]
    path = spec_op.fill(record_id or "").removeprefix("/").split("/")
    positions = [i for i, s in enumerate(spec_op.segments) if s.startswith("{")]
    example = spec_op.body.examples[0] if spec_op.body and spec_op.body.examples else {}
    kwargs: dict[str, Any] = {}
    for param in op.params:
        if param.location in ("body", "field") and param.wire_name in example:
            value = example[param.wire_name]
            if param.kind.name == "date" and isinstance(value, str):
                value = _dates.parse(value, param.kind.format)
            if param.wire_name == "email" and "409" in spec_op.responses:
                # Where an email already taken is a 409 (sign-up, free trial): a new one.
                value = f"demo-{secrets.token_hex(3)}@example.com"
            kwargs[param.name] = value
        elif param.role == "limit":
            kwargs[param.name] = 2
    return [path[i] for i in positions], kwargs


def outcome(result: object) -> str:
    record_id = getattr(result, "id", None)
    if record_id is not None:
        return f"id={record_id}"
    items = getattr(result, "items", None)
    if items is not None:
        return f"total={getattr(result, 'total', None)} items={len(items)}"
    return type(result).__name__


def every_other_operation(client: icloudready.Client) -> int:
    """Each operation beyond the opportunities and sign-in, a resource's create first."""
    ran = 0
    ids: dict[str, str] = {}
    rest = [
        op
        for op in OPERATIONS
        if op.kind != "sign-in" and not (op.tag == "opportunities" and op.name in SHOWN)
    ]
    order = {"create": 0, "list": 1, **{k: 2 for k in ON_A_RECORD}}
    for op in sorted(rest, key=lambda o: (o.tag, order.get(o.kind, 1), o.kind == "delete")):
        record_id = ids.get(op.tag) if op.kind in ON_A_RECORD else None
        if op.kind in ON_A_RECORD and record_id is None:
            continue  # no create: nothing to read or change
        values, kwargs = arguments(op, record_id)
        try:
            result = getattr(getattr(client, op.tag), op.name)(*values, **kwargs)
        except icloudready.APIStatusError as exc:
            show(f"{op.http_method} {op.path}", f"{type(exc).__name__}: {str(exc)[:90]}")
        else:
            if op.kind == "create" and getattr(result, "id", None):
                ids.setdefault(op.tag, str(getattr(result, "id", "")))
            show(f"{op.http_method} {op.path}", outcome(result))
        ran += 1
    return ran


if __name__ == "__main__":
    sys.exit(main())
