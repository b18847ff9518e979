"""The inference report: every ``x-inferred`` of openapi.yaml checked against a live server.

Probes derived from the spec model (no operation is named here) send the requests a
careful client may send to a production CRM: read-only by default (list, retrieve, the
list parameters, and the error shapes that can be provoked safely: a malformed id, a
missing id, a bad token on a second client); with writes, also create, replace, patch,
bulk update and delete of records it creates (and deletes again), and the refusals of
bad bodies. Each observation is charged to the inference it tests:

- a status code to the inferred response that declares it;
- a body that does not match its schema to the innermost inferred schema at the place
  of the mismatch (``data[0]._id`` missing in a list blames the record schema, not the
  list envelope);
- a list parameter's meaning to that parameter.

An inference no probe reached is reported "not exercised", never "held".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import httpx
import jsonschema_rs

from icloudready_runtime._shapes import ID_ALIASES, ITEM_KEYS, RECORD_WRAPPERS
from icloudready_spec import Operation, Parameter, Resource, Schema, Spec

HELD, CONTRADICTED, NOT_EXERCISED = "held", "contradicted", "not exercised"
_ID_KEYS = tuple(ID_ALIASES)
_WORD = re.compile(r"[^\W_]{3,}")


# -- reading bodies whatever their shape (the report must see past one wrong guess) ----


def items_of(body: Any) -> list[Any]:
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        for key in ITEM_KEYS:
            if isinstance(body.get(key), list):
                return list(body[key])
    return []


def record_of(body: Any) -> dict[str, Any]:
    if isinstance(body, dict):
        if any(k in body for k in _ID_KEYS):
            return body
        for key in RECORD_WRAPPERS:
            if isinstance(body.get(key), dict):
                return dict(body[key])
        return body
    return {}


def id_of(record: Any) -> str | None:
    if isinstance(record, dict):
        for key in _ID_KEYS:
            if isinstance(record.get(key), str):
                return str(record[key])
    return None


def parsed(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return _NotJSON(response.text[:200])


@dataclass(frozen=True)
class _NotJSON:
    text: str


# -- the report ----------------------------------------------------------------------


@dataclass
class Observation:
    probe: str
    ok: bool
    observed: str


@dataclass
class Report:
    spec: Spec
    rows: dict[str, list[Observation]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rows = {inference.pointer: [] for inference in self.spec.inferences}
        self._validators: dict[str, Any] = {}

    def note(self, pointer: str | None, probe: str, ok: bool, observed: str = "") -> None:
        if pointer in self.rows:
            self.rows[pointer].append(Observation(probe, ok, observed[:300]))

    def verdict(self, pointer: str) -> str:
        observations = self.rows[pointer]
        if not observations:
            return NOT_EXERCISED
        return HELD if all(o.ok for o in observations) else CONTRADICTED

    def contradicted(self) -> set[str]:
        return {p for p in self.rows if self.verdict(p) == CONTRADICTED}

    # -- checking one response against the spec ---------------------------------

    def _validator(self, pointer_key: str, schema: Schema) -> Any:
        if pointer_key not in self._validators:
            root = {"$ref": "#/$defs/target", "$defs": {"target": schema.raw}}
            root["components"] = self.spec.components
            self._validators[pointer_key] = jsonschema_rs.validator_for(root, validate_formats=True)
        return self._validators[pointer_key]

    def check(self, op: Operation, response: httpx.Response, probe: str, expect: int) -> Any:
        """Charge the status and the body of ``response`` to the inferences they test."""
        status = response.status_code
        declared = op.response_for(expect)
        self.note(_inferred(declared), probe, status == expect, f"status {status}, not {expect}")
        body = parsed(response) if response.content else None
        covering = op.response_for(status) or declared
        schema = covering.schema if covering is not None else None
        if schema is None or status == 204:
            return body
        fallback = _inferred(covering)
        if isinstance(body, _NotJSON) and schema.type == "string":
            # A response the spec declares as text (e.g. text/plain errors): text holds it.
            for pointer in {_inferred(schema), fallback} - {None}:
                self.note(pointer, probe, True)
            return body
        if isinstance(body, _NotJSON) or body is None:
            blamed = _innermost(schema, []) or fallback
            shown = body.text if isinstance(body, _NotJSON) else "an empty body"
            self.note(blamed, probe, False, f"not JSON: {shown!r}")
            return body
        validator = self._validator(f"{op.operation_id}:{covering.status}", schema)  # type: ignore[union-attr]
        errors = list(validator.iter_errors(body)) if not validator.is_valid(body) else []
        blamed_pointers: set[str] = set()
        for error in errors[:20]:
            path = list(error.instance_path)
            blamed = _innermost(schema, path) or fallback
            if blamed is not None and blamed not in blamed_pointers:
                blamed_pointers.add(blamed)
                where = ".".join(str(p) for p in path) or "the body"
                self.note(blamed, probe, False, f"{where}: {error.message}")
        for pointer in _visited(schema, body):
            if pointer not in blamed_pointers:
                self.note(pointer, probe, True)
        return body

    # -- output -------------------------------------------------------------------

    def as_json(self) -> dict[str, Any]:
        return {
            "inferences": [
                {
                    "pointer": i.pointer,
                    "name": i.dotted,
                    "reason": i.reason,
                    "verdict": self.verdict(i.pointer),
                    "observations": [o.__dict__ for o in self.rows[i.pointer]],
                }
                for i in self.spec.inferences
            ],
            "summary": {
                verdict: sum(self.verdict(p) == verdict for p in self.rows)
                for verdict in (HELD, CONTRADICTED, NOT_EXERCISED)
            },
        }

    def markdown(self) -> str:
        summary = self.as_json()["summary"]
        lines = [
            "## Inference report",
            "",
            f"{summary[HELD]} held, {summary[CONTRADICTED]} contradicted, "
            f"{summary[NOT_EXERCISED]} not exercised, of {len(self.rows)} inferences.",
            "",
            "| inference | verdict | observed |",
            "|---|---|---|",
        ]
        for inference in self.spec.inferences:
            verdict = self.verdict(inference.pointer)
            bad = [o for o in self.rows[inference.pointer] if not o.ok]
            observed = "; ".join(f"{o.probe}: {o.observed}" for o in bad[:3])
            if verdict == HELD:
                observed = ", ".join(sorted({o.probe for o in self.rows[inference.pointer]}))
            observed = observed.replace("|", "\\|").replace("\n", " ")
            lines.append(f"| `{inference.dotted}` | **{verdict}** | {observed} |")
        return "\n".join(lines) + "\n"

    def junit(self) -> str:
        cases = []
        for inference in self.spec.inferences:
            verdict = self.verdict(inference.pointer)
            name = xml_escape(inference.dotted, {'"': "&quot;"})
            inner = ""
            if verdict == CONTRADICTED:
                bad = "; ".join(
                    f"{o.probe}: {o.observed}" for o in self.rows[inference.pointer] if not o.ok
                )
                inner = f'<failure message="{xml_escape(bad[:500], {chr(34): "&quot;"})}"/>'
            elif verdict == NOT_EXERCISED:
                inner = '<skipped message="not exercised"/>'
            cases.append(f'  <testcase classname="inferences" name="{name}">{inner}</testcase>')
        summary = self.as_json()["summary"]
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuite name="icloudready-inferences" tests="{len(self.rows)}" '
            f'failures="{summary[CONTRADICTED]}" skipped="{summary[NOT_EXERCISED]}">\n'
            + "\n".join(cases)
            + "\n</testsuite>\n"
        )

    def write(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        files = {
            "contract-report.md": self.markdown(),
            "contract-report.json": json.dumps(self.as_json(), indent=2) + "\n",
            "contract-report.xml": self.junit(),
        }
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        return [folder / name for name in files]


def _inferred(node: Any) -> str | None:
    """Where a schema, response or parameter of the model is marked x-inferred, if it is."""
    return node.pointer if node is not None and node.inferred is not None else None


def _child(node: Schema, step: Any) -> Schema | None:
    if isinstance(step, int):
        return node.items
    if step in node.properties:
        return node.properties[step]
    extra = node.additional_properties
    return extra if isinstance(extra, Schema) else None


def _innermost(schema: Schema, path: list[Any]) -> str | None:
    node: Schema | None = schema
    innermost = _inferred(schema)
    for step in path:
        node = _child(node, step) if node is not None else None
        if node is None:
            break
        innermost = _inferred(node) or innermost
    return innermost


def _visited(schema: Schema, instance: Any, depth: int = 0) -> Iterator[str]:
    """The inferred schemas a valid instance went through."""
    inferred = _inferred(schema)
    if inferred is not None:
        yield inferred
    if depth > 8:
        return
    if isinstance(instance, dict):
        for key, value in instance.items():
            child = _child(schema, key)
            if child is not None:
                yield from _visited(child, value, depth + 1)
    elif isinstance(instance, list) and schema.items is not None:
        for value in instance[:3]:
            yield from _visited(schema.items, value, depth + 1)


# -- the probes ------------------------------------------------------------------------


class Prober:
    def __init__(
        self,
        spec: Spec,
        client: httpx.Client,
        anonymous: httpx.Client,
        *,
        writes: bool,
        credentials: tuple[str, str] | None = None,
        operations: set[str] | None = None,
    ) -> None:
        self.spec = spec
        # The operationIds a run is limited to (--operation-id): their resources are probed.
        self.operations = operations
        self.client = client
        self.anonymous = anonymous
        self.writes = writes
        self.credentials = credentials
        self.report = Report(spec)
        self.created: list[tuple[Resource, str]] = []

    def run(self) -> Report:
        for resource in self.spec.resources.values():
            if self._selected(*resource.operations):
                self._resource(resource)
        if self.spec.sign_in is not None and self._selected(self.spec.sign_in):
            self._sign_in()
        return self.report

    def _selected(self, *ops: Operation) -> bool:
        return self.operations is None or any(op.operation_id in self.operations for op in ops)

    def _url(self, op: Operation, record_id: str = "") -> str:
        return op.fill(record_id)  # a scoped collection's parameters from their examples

    # -- one resource ------------------------------------------------------------

    def _resource(self, resource: Resource) -> None:
        listing = resource.list_operation
        records: list[dict[str, Any]] = []
        if listing is not None:
            body = self.report.check(
                listing,
                self.client.get(self._url(listing), params={"limit": 5}),
                "list",
                listing.success_status,
            )
            records = [r for r in items_of(body) if isinstance(r, dict)]
        if self.writes:
            records += self._create(resource)
        if listing is not None and records:
            self._list_parameters(resource, listing, records)
        self._ids(resource, records)
        retrieve = next(iter(resource.of_kind("retrieve")), None)
        if retrieve is not None:
            record_id = id_of(records[0]) if records else None
            if record_id is not None:
                self.report.check(
                    retrieve,
                    self.client.get(self._url(retrieve, record_id)),
                    "retrieve",
                    retrieve.success_status,
                )
            self._errors(resource, retrieve)
        if self.writes:
            self._change(resource)
            self._delete(resource)

    @staticmethod
    def _id_pattern(resource: Resource) -> str | None:
        param = resource.id_parameter
        pattern = param.schema.bounds.get("pattern") if param is not None else None
        return str(pattern) if pattern is not None else None

    def _ids(self, resource: Resource, records: list[dict[str, Any]]) -> None:
        id_pattern = self._id_pattern(resource)
        if id_pattern is None:
            return
        pattern = re.compile(id_pattern)
        for record in records[:5]:
            record_id = id_of(record)
            if record_id is not None:
                self.report.note(
                    _inferred(resource.id_parameter),
                    "ids seen",
                    bool(pattern.search(record_id)),
                    f"id {record_id!r} does not match {id_pattern}",
                )

    def _missing_id(self, resource: Resource) -> str:
        id_pattern = self._id_pattern(resource)
        for candidate in ("0" * 24, "000000000000000000000000ffff", "00000000"):
            if id_pattern is None or re.search(id_pattern, candidate):
                return candidate
        return "0" * 24

    def _errors(self, resource: Resource, retrieve: Operation) -> None:
        literals = {s for op in self.spec.operations for s in op.segments if "{" not in s}
        malformed = next(v for v in ("not-a-valid-id", "not-an-id-at-all") if v not in literals)
        self.report.check(
            retrieve, self.client.get(self._url(retrieve, malformed)), "malformed id", 400
        )
        missing = self._missing_id(resource)
        self.report.check(
            retrieve, self.client.get(self._url(retrieve, missing)), "missing id", 404
        )
        listing = resource.list_operation
        if listing is not None and not listing.public:
            self.report.check(listing, self.anonymous.get(self._url(listing)), "bad token", 401)

    # -- list parameters ---------------------------------------------------------

    def _list(self, op: Operation, params: dict[str, Any]) -> tuple[int, list[dict[str, Any]]]:
        response = self.client.get(self._url(op), params=params)
        items = items_of(parsed(response)) if response.status_code == 200 else []
        return response.status_code, [i for i in items if isinstance(i, dict)]

    def _param(self, param: Parameter, probe: str, ok: bool, observed: str) -> None:
        self.report.note(_inferred(param), probe, ok, observed)

    def _list_parameters(
        self, resource: Resource, op: Operation, records: list[dict[str, Any]]
    ) -> None:
        limit, page, order = op.role("limit"), op.role("page"), op.role("order")
        if limit is not None:
            status, items = self._list(op, {limit.name: 1})
            ok = status == 200 and len(items) <= 1
            self._param(limit, f"{limit.name}=1", ok, f"status {status}, {len(items)} items")
        if page is not None and limit is not None:
            _, first = self._list(op, {limit.name: 1, page.name: 1})
            status2, second = self._list(op, {limit.name: 1, page.name: 2})
            if len(records) >= 2 and first and second:
                ok = status2 == 200 and id_of(first[0]) != id_of(second[0])
                self._param(page, f"{page.name}=2", ok, "page 2 repeats page 1")
            elif status2 != 200:
                self._param(page, f"{page.name}=2", False, f"status {status2}")
        if order is not None:
            statuses = [self._list(op, {order.name: value})[0] for value in ("asc", "desc")]
            self._param(order, f"{order.name}=asc|desc", statuses == [200, 200], f"{statuses}")
        self._sort(resource, op, records)
        self._fields(resource, op, records)
        self._filter(resource, op, records)
        self._search(resource, op, records)

    def _sort(self, resource: Resource, op: Operation, records: list[dict[str, Any]]) -> None:
        key = next(
            (
                k
                for k in resource.sort_keys
                if any(isinstance(r.get(k), int | float) for r in records)
            ),
            None,
        )
        sort, order = op.role("sort"), op.role("order")
        if key is None or sort is None:
            return
        query = {sort.name: key, **({order.name: "asc"} if order else {})}
        status, items = self._list(op, {**query, **self._limit(op, 20)})
        values = [i[key] for i in items if isinstance(i.get(key), int | float)]
        ok = status == 200 and values == sorted(values)
        self._param(sort, f"{sort.name}={key}", ok, f"status {status}, values {values[:5]}")

    @staticmethod
    def _limit(op: Operation, count: int) -> dict[str, int]:
        limit = op.role("limit")
        return {limit.name: count} if limit is not None else {}

    def _fields(self, resource: Resource, op: Operation, records: list[dict[str, Any]]) -> None:
        name = next((f for f in resource.projection_fields if any(f in r for r in records)), None)
        fields = op.role("fields")
        if name is None or fields is None:
            return
        status, items = self._list(op, {fields.name: name, **self._limit(op, 5)})
        extra = sorted({k for i in items for k in i} - {name, *_ID_KEYS})
        ok = status == 200 and not extra
        self._param(fields, f"{fields.name}={name}", ok, f"status {status}, extra keys {extra[:5]}")

    def _filter(self, resource: Resource, op: Operation, records: list[dict[str, Any]]) -> None:
        filters = op.role("filter")
        if filters is None:
            return
        longest = filters.schema.bounds.get("maxLength")
        for record in records:
            name = next((f for f in resource.filter_fields if isinstance(record.get(f), str)), None)
            if name is None or "," in record[name]:
                continue
            if longest is not None and len(name) + 1 + len(record[name]) > int(longest):
                continue  # a value too long for the parameter: the refusal tests no filter
            value = record[name]
            status, items = self._list(
                op, {filters.name: f"{name}:{value}", **self._limit(op, 100)}
            )
            ok = status == 200 and bool(items) and all(i.get(name) == value for i in items)
            self._param(
                filters, f"{filters.name}={name}:…", ok, f"status {status}, {len(items)} items"
            )
            return

    def _search(self, resource: Resource, op: Operation, records: list[dict[str, Any]]) -> None:
        search = op.role("search")
        if search is None:
            return
        # A word the parameter takes: a record another client stored (a fuzzer's) may hold
        # words longer than q's maxLength, whose refusal would test nothing of the search.
        longest = search.schema.bounds.get("maxLength")
        for record in records:
            for name in resource.search_fields:
                words = [
                    w
                    for w in _WORD.findall(str(record.get(name) or ""))
                    if longest is None or len(w) <= int(longest)
                ]
                if not words:
                    continue
                status, items = self._list(op, {search.name: words[0], **self._limit(op, 100)})
                found = any(id_of(i) == id_of(record) for i in items)
                ok = status == 200 and found
                self._param(
                    search, f"{search.name}={words[0]}", ok, f"status {status}, record not found"
                )
                return

    # -- writes ------------------------------------------------------------------

    def _example(self, op: Operation) -> dict[str, Any]:
        body = op.body.examples[0] if op.body and op.body.examples else None
        return dict(body) if isinstance(body, dict) else {}

    def _create(self, resource: Resource) -> list[dict[str, Any]]:
        created: list[dict[str, Any]] = []
        for op in resource.of_kind("create"):
            response = self.client.post(self._url(op), json=self._example(op))
            body = self.report.check(op, response, "create", op.success_status)
            record = record_of(body)
            record_id = id_of(record)
            if record_id is not None:
                self.created.append((resource, record_id))
                created.append(record)
            self._refusals(resource, op)
        return created

    def _refusals(self, resource: Resource, op: Operation) -> None:
        """Bodies a server must refuse: an unknown field, form encoding, 2 MiB."""
        unknown = self.client.post(self._url(op), json={"unknownFieldOfTheContractCheck": 1})
        self._forget(resource, unknown)
        self.report.note(
            _inferred(op.body.schema if op.body else None),
            "unknown field",
            400 <= unknown.status_code < 500,
            f"status {unknown.status_code}: the unknown field was accepted",
        )
        self.report.check(op, unknown, "unknown field", 422)
        form = self.client.post(
            self._url(op),
            content=b"a=b",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        self._forget(resource, form)
        self.report.check(op, form, "form body", 415)
        big = self.client.post(
            self._url(op),
            content=b'{"x":"' + b"a" * (2 * 1024 * 1024) + b'"}',
            headers={"Content-Type": "application/json"},
        )
        self._forget(resource, big)
        self.report.check(op, big, "2 MiB body", 413)

    def _forget(self, resource: Resource, response: httpx.Response) -> None:
        """A refusal the server accepted created a record: note it for deletion."""
        if 200 <= response.status_code < 300:
            record_id = id_of(record_of(parsed(response)))
            if record_id is not None:
                self.created.append((resource, record_id))

    def _change(self, resource: Resource) -> None:
        mine = [rid for res, rid in self.created if res is resource]
        if not mine:
            return
        record_id = mine[0]
        retrieve = next(iter(resource.of_kind("retrieve")), None)
        for op in resource.of_kind("replace") + resource.of_kind("patch"):
            example = self._example(op)
            key = next((k for k, v in example.items() if isinstance(v, str)), None)
            if key is None:
                continue
            before = (
                record_of(parsed(self.client.get(self._url(retrieve, record_id))))
                if retrieve
                else {}
            )
            response = self.client.request(
                op.method, self._url(op, record_id), json={key: example[key] + " (changed)"}
            )
            after = record_of(self.report.check(op, response, op.kind, op.success_status))
            kept = [
                k for k, v in before.items() if k not in (key, "updatedAt") and after.get(k) != v
            ]
            ok = 200 <= response.status_code < 300 and after.get(key) == example[key] + " (changed)"
            self.report.note(
                op.pointer,
                op.kind,
                ok and not kept,
                f"status {response.status_code}; fields not kept: {kept[:5]}",
            )
        for op in resource.of_kind("bulk-update"):
            self._bulk(resource, op, record_id)

    def _bulk(self, resource: Resource, op: Operation, record_id: str) -> None:
        body = self._example(op)
        props = op.body.schema.properties if op.body else {}
        ids_key = next(
            (
                n
                for n, s in props.items()
                if s.type == "array" and s.items and s.items.type == "string"
            ),
            None,
        )
        if ids_key is None:
            return
        body[ids_key] = [record_id, self._missing_id(resource)]
        response = self.client.request(op.method, self._url(op), json=body)
        self.report.check(op, response, "bulk", op.success_status)
        self.report.note(
            op.pointer, "bulk", 200 <= response.status_code < 300, f"status {response.status_code}"
        )
        self.report.note(
            _inferred(op.body.schema if op.body else None),
            "bulk",
            200 <= response.status_code < 300,
            f"status {response.status_code}: the body was refused",
        )

    def _delete(self, resource: Resource) -> None:
        delete = next(iter(resource.of_kind("delete")), None)
        retrieve = next(iter(resource.of_kind("retrieve")), None)
        if delete is None:
            return
        remaining = []
        for res, record_id in self.created:
            if res is not resource:
                remaining.append((res, record_id))
                continue
            response = self.client.delete(self._url(delete, record_id))
            self.report.check(delete, response, "delete", delete.success_status)
            if retrieve is not None and 200 <= response.status_code < 300:
                gone = self.client.get(self._url(retrieve, record_id))
                self.report.check(retrieve, gone, "retrieve after delete", 404)
            elif response.status_code >= 300:
                remaining.append((res, record_id))
        self.created = remaining

    def _sign_in(self) -> None:
        op = self.spec.sign_in
        if self.credentials is None or op is None or op.body is None:
            return
        names = list(op.body.schema.properties)
        if len(names) >= 2:
            body = dict(zip(names[:2], self.credentials, strict=True))
            response = self.anonymous.post(self._url(op), json=body)
            self.report.check(op, response, "sign-in", op.success_status)
