"""From "this inference is wrong" to the corrected spec: traffic in, the smallest edit out.

    python tools/learn.py --base-url URL [--token T] [--writes] [--spec FILE] [--out DIR]
    python tools/learn.py --from exchanges.jsonl|traffic.har [--spec FILE] [--out DIR]
        [--apply]

Probes the server exactly as `make contract` does (tools/inference_report.py's Prober,
read-only unless --writes, then tools/contract.py's cleanup), recording every exchange
through httpx event hooks, or reads exchanges recorded elsewhere (a HAR 1.2 file, or the
exchanges.jsonl a run writes). For every inference the traffic contradicts it writes the
smallest edit of the spec that says what the server did, into DIR (default report/):

- ``learned.diff``: a unified diff of the spec (comments and layout kept), each hunk headed
  by the inference it corrects and its evidence; ``learned.md``: the Markdown summary;
  ``exchanges.jsonl``: what was seen (secrets masked), for ``--from``.
- ``--apply`` writes the corrected spec over the one read.

A change needs agreement: at least two exchanges, and at least three in four of those of
its kind (the hunk says so when not all agree); a server that answers a kind of exchange
inconsistently gets a line in the summary, not a patch. Examples in the diff are synthetic
(a key name, a date written in the learned format), never a value the server sent.
"""

from __future__ import annotations

import argparse
import base64
import copy
import datetime
import difflib
import io
import json
import os
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from contract import cleanup
from inference_report import Prober, items_of, record_of
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString
from writeback import _at, _parts, _yaml, write_back

from icloudready_runtime._shapes import ID_ALIASES, ITEM_KEYS, RECORD_WRAPPERS, TOTAL_KEYS
from icloudready_spec import (
    Operation,
    Resource,
    Schema,
    Spec,
    SpecError,
    dotted,
    load,
    places,
)
from icloudready_spec._load import escape
from icloudready_spec._schema import BOUNDS, DATE_FORMATS

ROOT = Path(__file__).resolve().parent.parent
AGREEMENT = 0.75  # the share of a kind's exchanges that must agree before the spec changes
_SECRET_KEY = re.compile(r"token|password|secret|api.?key|authorization", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DAY_FIRST = re.compile(DATE_FORMATS["DD/MM/YYYY"])
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_ID_KEYS = tuple(ID_ALIASES)


# -- exchanges: recorded, read from HAR or JSONL ------------------------------------------


@dataclass
class Exchange:
    method: str
    path: str  # the URL's path, the API's prefix included
    status: int
    content_type: str
    body: str  # the response body as text, secrets masked
    operation: str | None = None  # the operationId whose path and method it matches

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return _TEXT

    @property
    def is_text(self) -> bool:
        return self.json() is _TEXT and bool(self.body)


_TEXT = object()  # a body that is not JSON


def mask(value: Any) -> Any:
    """``value`` with every secret-looking key's value replaced (tokens never leave)."""
    if isinstance(value, dict):
        return {
            k: "***" if _SECRET_KEY.search(str(k)) and v is not None else mask(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [mask(v) for v in value]
    return value


def _masked_text(text: str) -> str:
    try:
        return json.dumps(mask(json.loads(text)), ensure_ascii=False)
    except ValueError:
        return text


class Matcher:
    """Which operation of the spec a method and path are (literal segments win)."""

    def __init__(self, spec: Spec) -> None:
        routes = []
        for op in spec.operations:
            pattern = "".join(
                "/" + ("[^/]+" if "{" in s else re.escape(s)) for s in op.segments if s
            )
            literals = sum("{" not in s for s in op.segments)
            routes.append((-literals, re.compile(f"^{re.escape(spec.prefix)}{pattern}/?$"), op))
        self.routes = sorted(routes, key=lambda r: r[0])

    def __call__(self, method: str, path: str) -> str | None:
        for _, pattern, op in self.routes:
            if op.method == method.upper() and pattern.match(path):
                return op.operation_id
        return None


def read_exchanges(path: Path, spec: Spec) -> list[Exchange]:
    """A HAR 1.2 file (log.entries) or the JSONL this tool writes."""
    match = Matcher(spec)
    text = path.read_text(encoding="utf-8")
    found: list[Exchange] = []
    if path.suffix == ".har" or text.lstrip().startswith('{"log"'):
        for entry in json.loads(text)["log"]["entries"]:
            request, response = entry["request"], entry["response"]
            content = response.get("content") or {}
            body = content.get("text") or ""
            if content.get("encoding") == "base64":
                body = base64.b64decode(body).decode("utf-8", "replace")
            url_path = urlsplit(request["url"]).path
            found.append(
                Exchange(
                    request["method"].upper(),
                    url_path,
                    int(response["status"]),
                    str(content.get("mimeType") or ""),
                    _masked_text(body),
                )
            )
    else:
        found = [Exchange(**json.loads(line)) for line in text.splitlines() if line.strip()]
    for exchange in found:
        exchange.operation = match(exchange.method, exchange.path)
    return found


class Recorder:
    """An httpx response hook: each exchange a client makes, as an Exchange."""

    def __init__(self, spec: Spec) -> None:
        self.match = Matcher(spec)
        self.exchanges: list[Exchange] = []

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        self.exchanges.append(
            Exchange(
                request.method,
                request.url.path,
                response.status_code,
                response.headers.get("content-type", ""),
                _masked_text(response.text),
                self.match(request.method, request.url.path),
            )
        )


def probe(spec: Spec, base_url: str, token: str, *, writes: bool) -> list[Exchange]:
    """The contract run's probes (read-only unless ``writes``), recorded; then its cleanup."""
    recorder = Recorder(spec)
    hooks: dict[str, list[Callable[..., Any]]] = {"response": [recorder]}
    email, password = os.environ.get("ICLOUDREADY_EMAIL"), os.environ.get("ICLOUDREADY_PASSWORD")
    created = Path(tempfile.mkstemp(prefix="learn-created-")[1])
    try:
        with (
            httpx.Client(
                base_url=base_url,
                headers={"Authorization": f"Bearer {token}"},
                timeout=30,
                event_hooks=hooks,
            ) as client,
            httpx.Client(
                base_url=base_url,
                headers={"Authorization": "Bearer not-a-valid-token-of-the-contract-check"},
                timeout=30,
                event_hooks=hooks,
            ) as anonymous,
        ):
            prober = Prober(
                spec,
                client,
                anonymous,
                writes=writes,
                credentials=(email, password) if email and password else None,
            )
            try:
                prober.run()
            finally:
                with created.open("a", encoding="utf-8") as out:
                    for resource, record_id in prober.created:
                        out.write(f"{resource.collection}\t{record_id}\n")
    finally:
        cleanup(spec, base_url, token, created)
        created.unlink(missing_ok=True)
    return recorder.exchanges


# -- what the traffic says ---------------------------------------------------------------


Edit = Callable[[CommentedMap], None]


@dataclass
class Correction:
    inference: str  # the pointer of the inference corrected (what the report contradicts)
    what: str  # one line: what the server does
    agree: int  # exchanges that show it
    seen: int  # exchanges of its kind
    operations: set[str]
    example: str  # synthetic: never a value the server sent
    edits: list[tuple[str, Edit]]  # (pointer of the node edited, how)
    marks: list[str]  # nodes whose x-inferred becomes x-observed when the evidence covers
    scope: str | None = None  # whose users the evidence must cover (default: marks[0])
    exchanges: int = 0  # the exchanges that showed it (0: ``agree``, counted in exchanges)
    unit: str = "exchanges"  # what agree and seen count: exchanges, records or values
    covered: bool = False
    users: int = 0

    @property
    def evidence(self) -> str:
        ops = sorted(self.operations)
        shown = ", ".join(ops[:3]) + (f" and {len(ops) - 3} more" if len(ops) > 3 else "")
        told = f"{self.count} exchanges ({shown})"
        if self.agree != self.seen:
            told += f"; {self.agree} of {self.seen} {self.unit} agree"
        elif self.unit != "exchanges":
            told += f"; all {self.seen} {self.unit}"
        return f"{told}; e.g. {self.example}"

    @property
    def count(self) -> int:
        """How many exchanges showed it."""
        return self.exchanges or self.agree


@dataclass
class Findings:
    corrections: list[Correction] = field(default_factory=list)
    inconsistent: list[str] = field(default_factory=list)


def _agreed(counts: Counter[Any]) -> tuple[Any, int, int] | None:
    """The value most exchanges show, how many, of how many; None without agreement."""
    if not counts:
        return None
    value, agree = counts.most_common(1)[0]
    seen = sum(counts.values())
    return (value, agree, seen) if agree >= 2 and agree >= AGREEMENT * seen else None


def _agreed_with(counts: Counter[Any], overall: Counter[Any]) -> tuple[Any, int, int] | None:
    """Agreement within one operation, or, for an operation seen once, with the others: the
    one answer counts when every other operation's answers agree with it."""
    agreed = _agreed(counts)
    if agreed is not None or len(counts) != 1:
        return agreed
    across = _agreed(overall)
    return across if across is not None and across[0] in counts else None


def _by_operation(exchanges: Iterable[Exchange]) -> dict[str, list[Exchange]]:
    grouped: dict[str, list[Exchange]] = {}
    for exchange in exchanges:
        if exchange.operation is not None:
            grouped.setdefault(exchange.operation, []).append(exchange)
    return grouped


def _ok(exchanges: list[Exchange]) -> list[Exchange]:
    return [e for e in exchanges if 200 <= e.status < 300]


def _node(document: CommentedMap, pointer: str) -> Any:
    return _at(document, _parts(pointer))


def _replace_key(node: CommentedMap, old: str, new: str, value: Any = None) -> None:
    """``old`` renamed ``new`` in place (its position kept), with ``value`` if given."""
    keys = list(node)
    position = keys.index(old)
    kept = node.pop(old)
    node.insert(position, new, kept if value is None else value)


# Examples: the spec's own, rewritten so that they still match what the edit says ------


def _examples_at(spec: Spec, pointer: str) -> list[str]:
    """The example objects (``{value: ...}``) of the JSON media of the response or request
    body at ``pointer``: a component's pointer where one is $ref'd."""
    try:
        media = _at(spec.document, _parts(pointer))["content"]["application/json"]
    except (KeyError, TypeError):
        return []
    found = []
    for name, example in (media.get("examples") or {}).items():
        ref = example.get("$ref") if isinstance(example, dict) else None
        found.append(str(ref) if ref else f"{pointer}/content/application~1json/examples/{name}")
    return found


def _examples_of(spec: Spec, ops: Iterable[Operation], bodies: bool = True) -> list[str]:
    """Every example of the success responses (and, with ``bodies``, the request bodies)."""
    found: list[str] = []
    for op in ops:
        where = [op.success.pointer] if op.success else []
        where += [op.body.pointer] if bodies and op.body else []
        for pointer in where:
            found += [e for e in _examples_at(spec, pointer) if e not in found]
    return found


def _value_edit(change: Callable[[Any], Any]) -> Edit:
    """An edit of an example object's value (idempotent changes only: examples are shared)."""

    def edit(node: CommentedMap) -> None:
        if "value" in node:
            node["value"] = change(node["value"])

    return edit


def _edit(edit: Edit) -> Edit:
    return edit  # typed as Edit, so a list of edits may mix named functions and made ones


def _records_edit(change: Callable[[Any], None]) -> Edit:
    """An edit of an example's records (the record itself, a list's items, a wrapper's)."""
    return _value_edit(lambda value: _each_record(value, change))


def _each_record(value: Any, change: Callable[[Any], None]) -> Any:
    """``change`` applied to a record, or to each record of a list body (any envelope)."""
    if isinstance(value, list):
        for item in value:
            _each_record(item, change)
    elif isinstance(value, dict):
        inner = next((value[k] for k in ITEM_KEYS if isinstance(value.get(k), list)), None)
        wrapped = next((value[k] for k in RECORD_WRAPPERS if isinstance(value.get(k), dict)), None)
        if inner is not None:
            _each_record(inner, change)
        elif wrapped is not None and not any(k in value for k in _ID_KEYS):
            change(wrapped)
        else:
            change(value)
    return value


# The list envelope -------------------------------------------------------------------


_ENVELOPE_WORDS = {
    "totalDocs": "How many records match, over all pages.",
    "totalCount": "How many records match, over all pages.",
    "total": "How many records match, over all pages.",
    "count": "How many records match, over all pages.",
    "totalPages": "How many pages the records fill.",
    "hasNextPage": "Whether a page follows this one.",
    "page": "This page's number (1-based).",
    "limit": "The page size asked for.",
}


def _envelope(body: Any) -> tuple[str | None, tuple[str, ...]] | None:
    """A list body's shape: (items key or None for a bare array, its keys in order)."""
    if isinstance(body, list):
        return None, ()
    if isinstance(body, dict):
        key = next((k for k in ITEM_KEYS if isinstance(body.get(k), list)), None)
        key = key or next((k for k, v in body.items() if isinstance(v, list)), None)
        if key is not None:
            return key, tuple(body)
    return None


def _declared_envelope(schema: Schema) -> tuple[str | None, tuple[str, ...]]:
    if schema.type == "array":
        return None, ()
    items = next((n for n, p in schema.properties.items() if p.type == "array"), None)
    return items, tuple(schema.properties)


_JSON_TYPES: tuple[tuple[set[type], dict[str, Any]], ...] = (
    ({bool}, {"type": "boolean"}),
    ({int}, {"type": "integer"}),
    ({int, float}, {"type": "number"}),
    ({list}, {"type": "array", "items": {}}),
    ({dict}, {"type": "object", "additionalProperties": True}),
)


def _json_type(values: list[Any]) -> dict[str, Any]:
    """A JSON Schema type for what was seen (dates and datetimes recognised); {} if mixed."""
    present = [v for v in values if v is not None]
    kinds = {type(v) for v in present}
    if kinds == {str}:
        if all(_ISO_DATETIME.match(v) for v in present):
            return {"type": "string", "format": "date-time"}
        if all(_ISO_DATE.match(v) for v in present):
            return {"type": "string", "format": "date"}
        return {"type": "string"}
    return next((dict(t) for k, t in _JSON_TYPES if kinds and kinds <= k), {})


def _learn_lists(spec: Spec, grouped: dict[str, list[Exchange]], found: Findings) -> None:
    lists = [op for op in spec.operations if op.kind == "list" and op.success_schema]
    bodies_of = {
        op.operation_id: [e.json() for e in _ok(grouped.get(op.operation_id, []))] for op in lists
    }
    overall = Counter(s for b in bodies_of.values() for s in map(_envelope, b) if s is not None)
    for op in lists:
        schema = op.success_schema
        assert schema is not None
        bodies = bodies_of[op.operation_id]
        shapes = Counter(s for s in map(_envelope, bodies) if s is not None)
        agreed = _agreed_with(shapes, overall)
        if agreed is None:
            if len(shapes) > 1:
                found.inconsistent.append(
                    f"`{op.operation_id}` answers lists in {len(shapes)} shapes: "
                    + ", ".join(_shape_words(s) for s in shapes)
                )
            continue
        (items, keys), agree, seen = agreed
        declared = _declared_envelope(schema)
        if (items, set(keys)) == (declared[0], set(declared[1])):
            continue
        samples = [b for b in bodies if _envelope(b) == (items, keys)]
        pointer = schema.pointer
        target = pointer if schema.inferred else (op.success.pointer if op.success else pointer)
        found.corrections.append(
            Correction(
                inference=target,
                what=f"lists as {_shape_words((items, keys))}",
                agree=agree,
                seen=seen,
                operations={op.operation_id},
                example=_shape_example(items, keys),
                edits=[(pointer, _list_edit(items, keys, samples, declared[0]))]
                + [
                    (e, _value_edit(_reshape_list(items, keys, declared[0])))
                    for e in _examples_of(spec, [op], bodies=False)
                ],
                marks=[target],
            )
        )


def _reshape_list(
    items: str | None, keys: tuple[str, ...], old_items: str | None
) -> Callable[[Any], Any]:
    """A list example in the learned envelope, from its records and paging numbers."""

    def change(value: Any) -> Any:
        if items is None and isinstance(value, list):
            return value
        if (
            items is not None
            and isinstance(value, dict)
            and items in value
            and set(keys) <= set(value)
        ):
            return value  # already reshaped (an example two lists share)
        old = value if isinstance(value, dict) else {}
        records = value if isinstance(value, list) else old.get(old_items or "", [])
        if items is None:
            return records
        total = next((old[k] for k in TOTAL_KEYS if isinstance(old.get(k), int)), len(records))
        page, limit = old.get("page", 1), old.get("limit", max(len(records), 1))
        pages = max(1, -(-total // max(limit, 1)))
        numbers = {"page": page, "limit": limit, "totalPages": pages, "hasNextPage": page < pages}
        made = CommentedMap()
        for key in keys:
            made[key] = (
                records if key == items else total if key in TOTAL_KEYS else numbers.get(key, 0)
            )
        return made

    return change


def _shape_words(shape: tuple[str | None, tuple[str, ...]]) -> str:
    items, keys = shape
    return "a bare JSON array" if items is None else "{" + ", ".join(keys) + "}"


def _shape_example(items: str | None, keys: tuple[str, ...]) -> str:
    if items is None:
        return "`[{...}, {...}]`"
    return "`{" + ", ".join(f'"{k}": [...]' if k == items else f'"{k}": 1' for k in keys) + "}`"


def _list_edit(
    items: str | None, keys: tuple[str, ...], samples: list[Any], old_items: str | None
) -> Edit:
    def edit(node: CommentedMap) -> None:
        properties = node.get("properties") or CommentedMap()
        array = properties.get(old_items) if old_items else None
        if items is None:
            record = array.get("items") if array is not None else node.get("items")
            _replace_key(node, "type", "type", "array")
            for key in ("required", "properties", "additionalProperties"):
                node.pop(key, None)
            node["items"] = record
            return
        if old_items is None and node.get("type") == "array":  # a bare array becomes an envelope
            array = CommentedMap(type="array", items=node.pop("items"))
            if isinstance(node.get("description"), str):
                array["description"] = node["description"]
            node["type"] = "object"
        made = CommentedMap()
        for key in keys:
            if key == items:
                made[key] = array if array is not None else CommentedMap(type="array", items={})
            elif key in properties:
                made[key] = properties[key]
            else:
                learned = _json_type([s.get(key) for s in samples if isinstance(s, dict)])
                made[key] = CommentedMap(
                    **learned,
                    description=_ENVELOPE_WORDS.get(key, "Sent by the server (learned)."),
                )
        node["required"] = _flow(list(keys))
        node["properties"] = made

    return edit


def _flow(values: list[Any]) -> CommentedSeq:
    seq = CommentedSeq(values)
    seq.fa.set_flow_style()
    return seq


# Records: wrapper, id key, dates, fields ----------------------------------------------


_SINGLE = ("retrieve", "create", "replace", "patch")


def _records(
    spec: Spec, grouped: dict[str, list[Exchange]], resource: Resource
) -> Iterator[tuple[Exchange, dict[str, Any]]]:
    """(exchange, record) of every record a resource's responses carried, unwrapped."""
    for op in resource.operations:
        for exchange in _ok(grouped.get(op.operation_id, [])):
            body = exchange.json()
            if op.kind == "list":
                for item in items_of(body):
                    if isinstance(item, dict):
                        yield exchange, item
            elif op.kind in _SINGLE and isinstance(body, dict):
                record = record_of(body)
                if record:
                    yield exchange, record


def _learn_wrappers(spec: Spec, grouped: dict[str, list[Exchange]], found: Findings) -> None:
    forms: Counter[str | None] = Counter()
    where: dict[str | None, list[Operation]] = {}
    for op in spec.operations:
        if op.kind not in _SINGLE or op.success is None or op.success_schema is None:
            continue
        for exchange in _ok(grouped.get(op.operation_id, [])):
            body = exchange.json()
            if not isinstance(body, dict):
                continue
            wrapper = None
            if not any(k in body for k in _ID_KEYS):
                wrapper = next((k for k in RECORD_WRAPPERS if isinstance(body.get(k), dict)), None)
            forms[wrapper] += 1
            where.setdefault(wrapper, [])
            if op not in where[wrapper]:
                where[wrapper].append(op)
    agreed = _agreed(forms)
    if agreed is None:
        if len(forms) > 1:
            found.inconsistent.append(f"single records come in {len(forms)} forms: {dict(forms)}")
        return
    wrapper, agree, seen = agreed
    if wrapper is None:
        return
    by_response: dict[str, list[Operation]] = {}
    for op in where[wrapper]:
        assert op.success is not None
        by_response.setdefault(op.success.pointer, []).append(op)
    for response, ops in by_response.items():
        schema = ops[0].success_schema
        assert schema is not None
        media = f"{response}/content/application~1json"
        found.corrections.append(
            Correction(
                inference=schema.pointer if schema.inferred else response,
                what=f"single records wrapped as {{{wrapper!r}: record}}",
                agree=agree,
                seen=seen,
                operations={op.operation_id for op in ops},
                example=f'`{{"{wrapper}": {{"_id": "…", ...}}}}`',
                edits=[(media, _wrap_edit(wrapper))]
                + [(e, _value_edit(_wrapped(wrapper))) for e in _examples_at(spec, response)],
                marks=[response],
            )
        )


def _wrap_edit(wrapper: str) -> Edit:
    def edit(media: CommentedMap) -> None:
        inner = media["schema"]
        media["schema"] = CommentedMap(
            type="object", required=_flow([wrapper]), properties=CommentedMap({wrapper: inner})
        )

    return edit


def _wrapped(wrapper: str) -> Callable[[Any], Any]:
    def change(value: Any) -> Any:
        if isinstance(value, dict) and list(value) == [wrapper]:
            return value  # an example the responses share, wrapped once
        return CommentedMap({wrapper: value})

    return change


def _learn_ids(spec: Spec, grouped: dict[str, list[Exchange]], found: Findings) -> None:
    for resource in spec.resources.values():
        declared = resource.id_field
        alias = ID_ALIASES.get(declared)
        counts: Counter[str] = Counter()
        ops: set[str] = set()
        hits: set[int] = set()
        for exchange, record in _records(spec, grouped, resource):
            if declared in record:
                counts[declared] += 1
            elif alias is not None and alias in record:
                counts[alias] += 1
                ops.add(str(exchange.operation))
                hits.add(id(exchange))
        agreed = _agreed(counts)
        if agreed is None:
            if len(counts) > 1:
                found.inconsistent.append(
                    f"`{resource.collection}` records name their id both ways: {dict(counts)}"
                )
            continue
        key, agree, seen = agreed
        if key == declared or resource.record.name is None:
            continue
        schema = resource.record.pointer
        found.corrections.append(
            Correction(
                inference=schema,
                what=f"records carry {key!r} instead of {declared!r}",
                agree=agree,
                seen=seen,
                exchanges=len(hits),
                unit="records",
                operations=ops,
                example=f'`{{"{key}": "…"}}`',
                edits=[(schema, _id_edit(declared, key))]
                + [(p, _link_edit(declared, key)) for p in _links_of(spec, resource)]
                + [
                    (e, _records_edit(_rename(declared, key)))
                    for e in _examples_of(spec, resource.operations, bodies=False)
                ],
                marks=[schema],
            )
        )


def _rename(old: str, new: str) -> Callable[[Any], None]:
    def change(record: Any) -> None:
        if isinstance(record, CommentedMap) and old in record and new not in record:
            _replace_key(record, old, new)

    return change


def _id_edit(old: str, new: str) -> Edit:
    def edit(node: CommentedMap) -> None:
        _replace_key(node["properties"], old, new)
        required = node.get("required")
        if required is not None:
            node["required"] = _flow([new if r == old else r for r in required])

    return edit


def _links_of(spec: Spec, resource: Resource) -> list[str]:
    """The response nodes of a resource's operations that hold links (their own pointers)."""
    found = []
    for op in resource.operations:
        for response in op.responses.values():
            if response.links and response.pointer not in found:
                found.append(response.pointer)
    return found


def _link_edit(old: str, new: str) -> Edit:
    def edit(node: CommentedMap) -> None:
        for link in (node.get("links") or {}).values():
            parameters = link.get("parameters") if isinstance(link, dict) else None
            if not isinstance(parameters, dict):
                continue
            for name, expression in parameters.items():
                if expression == f"$response.body#/{old}":
                    parameters[name] = f"$response.body#/{new}"

    return edit


def _at_path(record: Schema, path: tuple[str, ...]) -> list[Schema]:
    nodes, node = [], record
    for step in path:
        child = node.items if step == "*" else node.properties.get(step)
        if child is None:
            return []
        nodes.append(child)
        node = child
    return nodes


def _values(record: Any, path: tuple[str, ...]) -> Iterator[Any]:
    return (container[key] for container, key in places(record, path))


def _learn_dates(spec: Spec, grouped: dict[str, list[Exchange]], found: Findings) -> None:
    for resource in spec.resources.values():
        records = list(_records(spec, grouped, resource))
        for path, schema in resource.record.walk(depth=6):
            if schema.format != "date":
                continue
            counts: Counter[str] = Counter()
            ops: set[str] = set()
            hits: set[int] = set()
            for exchange, record in records:
                for value in _values(record, path):
                    if isinstance(value, str):
                        form = "DD/MM/YYYY" if _DAY_FIRST.match(value) else "ISO"
                        counts[form] += 1
                        ops.add(str(exchange.operation))
                        hits.add(id(exchange))
            agreed = _agreed(counts)
            if agreed is None:
                if len(counts) > 1:
                    found.inconsistent.append(
                        f"`{resource.tag}` writes `{'.'.join(path)}` both ways: {dict(counts)}"
                    )
                continue
            form, agree, seen = agreed
            if form == "ISO":
                continue
            nodes = _at_path(resource.record, path)
            innermost = next((n.pointer for n in reversed(nodes) if n.inferred), schema.pointer)
            pointers = [schema.pointer]
            source = resource.input.properties.get(path[0]) if resource.input else None
            if len(path) == 1 and source is not None and source.pointer != schema.pointer:
                pointers.append(source.pointer)  # the record restates the create body's field
            found.corrections.append(
                Correction(
                    inference=innermost,
                    what=f"`{'.'.join(path)}` written day first (DD/MM/YYYY)",
                    agree=agree,
                    seen=seen,
                    exchanges=len(hits),
                    unit="values",
                    operations=ops,
                    example="`30/06/2023` (a date written so, not one the server sent)",
                    edits=[(p, _edit(_date_edit)) for p in pointers]
                    + [
                        (e, _records_edit(_day_first(path)))
                        # Responses only: traffic shows what the server writes, not what it
                        # takes; the request examples stay as the reference wrote them.
                        for e in _examples_of(spec, resource.operations, bodies=False)
                    ],
                    marks=pointers,
                )
            )


def _day_first(path: tuple[str, ...]) -> Callable[[Any], None]:
    """The ISO dates at ``path`` of a record (``*``: every item) written DD/MM/YYYY."""

    def change(node: Any) -> None:
        for container, key in places(node, path):
            value = container[key]
            if isinstance(value, str) and _ISO_DATE.match(value):
                year, month, day = value.split("-")
                container[key] = SingleQuotedScalarString(f"{day}/{month}/{year}")

    return change


def _date_edit(node: CommentedMap) -> None:
    if "format" not in node:
        return  # a schema several records share, edited once
    position = list(node).index("format")
    node.pop("format")
    node.insert(position, "x-date-format", "DD/MM/YYYY")
    node["pattern"] = SingleQuotedScalarString(DATE_FORMATS["DD/MM/YYYY"])
    if isinstance(node.get("description"), str):
        node["description"] = node["description"].replace("YYYY-MM-DD", "DD/MM/YYYY")


def _learn_fields(spec: Spec, grouped: dict[str, list[Exchange]], found: Findings) -> None:
    """Fields every record carries that the record schema does not name: added, readOnly."""
    for resource in spec.resources.values():
        if resource.record.name is None:
            continue
        records = list(_records(spec, grouped, resource))
        known = set(resource.properties) | set(_ID_KEYS)
        extra: Counter[str] = Counter(k for _, r in records for k in r if k not in known)
        for name, count in sorted(extra.items()):
            if count < 2 or count < AGREEMENT * len(records):
                continue
            values = [r.get(name) for _, r in records if name in r]
            learned = _json_type(values)
            if not learned:
                found.inconsistent.append(f"`{resource.tag}` sends `{name}` of several types")
                continue
            ops = {str(e.operation) for e, r in records if name in r}
            hits = {id(e) for e, r in records if name in r}
            found.corrections.append(
                Correction(
                    inference=resource.record.pointer,
                    what=f"records carry `{name}` ({learned['type']}), which the spec lacks",
                    agree=count,
                    seen=len(records),
                    exchanges=len(hits),
                    unit="records",
                    operations=ops,
                    example=f"`{name}`: a {learned['type']} (value not shown)",
                    edits=[(resource.record.pointer, _field_edit(name, learned))],
                    marks=[],
                )
            )


def _field_edit(name: str, learned: dict[str, Any]) -> Edit:
    def edit(node: CommentedMap) -> None:
        made = CommentedMap(learned)
        made["readOnly"] = True  # only responses carry it
        made["x-inferred"] = True
        made["x-inferred-reason"] = (
            "Not in the reference; make learn saw the server send it, typed from its values."
        )
        node["properties"][name] = made

    return edit


_TYPE_WORDS = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array"}
_TYPE_WORDS[dict] = "object"
# Keywords that belong to one type: dropped when a field's type is corrected.
_TYPED = ("format", "x-date-format", "enum", "items", "properties", "additionalProperties")


def _fits(kind: str, declared: tuple[str, ...]) -> bool:
    return kind in declared or (kind == "integer" and "number" in declared)


def _learn_types(spec: Spec, grouped: dict[str, list[Exchange]], found: Findings) -> None:
    """A field the record declares of one type whose values come, in agreement, as another."""
    for resource in spec.resources.values():
        if resource.record.name is None:
            continue
        records = list(_records(spec, grouped, resource))
        for name, schema in resource.properties.items():
            if not schema.types or name in _ID_KEYS:
                continue
            counts: Counter[str] = Counter()
            hits: set[int] = set()
            ops: set[str] = set()
            for exchange, record in records:
                value = record.get(name)
                if value is not None:
                    counts[_TYPE_WORDS.get(type(value), "other")] += 1
                    hits.add(id(exchange))
                    ops.add(str(exchange.operation))
            agreed = _agreed(counts)
            if agreed is None:
                if len(counts) > 1 and not all(_fits(k, schema.types) for k in counts):
                    found.inconsistent.append(
                        f"`{resource.tag}` sends `{name}` as {', '.join(sorted(counts))}"
                    )
                continue
            kind, agree, seen = agreed
            if _fits(kind, schema.types) or kind == "other":
                continue
            pointers = [schema.pointer]
            source = resource.input.properties.get(name) if resource.input else None
            if source is not None and source.pointer != schema.pointer:
                pointers.append(source.pointer)
            innermost = schema.pointer if schema.inferred else resource.record.pointer
            found.corrections.append(
                Correction(
                    inference=innermost,
                    what=f"`{name}` comes as {kind}, not {'/'.join(schema.types)}",
                    agree=agree,
                    seen=seen,
                    exchanges=len(hits),
                    unit="values",
                    operations=ops,
                    example=f"a JSON {kind} (value not shown)",
                    edits=[(p, _type_edit(kind)) for p in pointers]
                    + [
                        (e, _records_edit(_retype(name, kind)))
                        for e in _examples_of(spec, resource.operations)
                    ],
                    marks=[p for p in pointers if p == schema.pointer and schema.inferred],
                )
            )


def _converted(value: Any, kind: str) -> Any:
    if kind == "string":
        return value if isinstance(value, str) else json.dumps(value)
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    if kind == "boolean":
        return {"true": True, "false": False}[str(value).lower()]
    raise ValueError(kind)


def _retype(name: str, kind: str) -> Callable[[Any], None]:
    """A record's ``name`` as a ``kind`` where it converts plainly, else left out."""

    def change(record: Any) -> None:
        if not isinstance(record, dict) or record.get(name) is None:
            return
        value = record[name]
        try:
            converted = _converted(value, kind)
        except (KeyError, ValueError, TypeError):
            del record[name]
            return
        record[name] = converted

    return change


def _type_edit(kind: str) -> Edit:
    def edit(node: CommentedMap) -> None:
        declared = node.get("type")
        nullable = isinstance(declared, list) and "null" in declared
        node["type"] = _flow([kind, SingleQuotedScalarString("null")]) if nullable else kind
        for key in (*_TYPED, *BOUNDS):
            node.pop(key, None)
        if kind == "array":
            node["items"] = CommentedMap()
        elif kind == "object":
            node["additionalProperties"] = True

    return edit


# Statuses and error bodies -------------------------------------------------------------


def _learn_statuses(spec: Spec, grouped: dict[str, list[Exchange]], found: Findings) -> None:
    """Per kind of operation and declared status (a create's 201): what the server answered.

    A create succeeds once per resource in a run, so agreement is counted over the kind.
    """
    kinds: dict[tuple[str, str], list[Operation]] = {}
    for op in spec.operations:
        if op.success is not None and _ok(grouped.get(op.operation_id, [])):
            kinds.setdefault((op.kind, op.success.status), []).append(op)
    for (kind, declared), ops in kinds.items():
        counts = Counter(e.status for op in ops for e in _ok(grouped[op.operation_id]))
        agreed = _agreed(counts)
        if agreed is None:
            if len(counts) > 1:
                found.inconsistent.append(f"{kind} operations succeed with {dict(counts)}")
            continue
        status, agree, seen = agreed
        if str(status) == declared:
            continue
        for op in ops:
            success = op.success
            answered = {e.status for e in _ok(grouped[op.operation_id])}
            if success is None or answered != {status} or str(status) in op.responses:
                continue
            # An inline response is renamed with its status; a $ref'd one keeps its pointer.
            inline = success.pointer.startswith(op.pointer + "/")
            mark = f"{op.pointer}/responses/{status}" if inline else success.pointer
            found.corrections.append(
                Correction(
                    inference=success.pointer,
                    what=f"{kind} answers {status}, not {declared}",
                    agree=agree,
                    seen=seen,
                    operations={op.operation_id},
                    example=f"HTTP {status}",
                    edits=[(f"{op.pointer}/responses", _status_edit(declared, str(status)))],
                    marks=[mark],
                    scope=success.pointer,
                )
            )


def _status_edit(old: str, new: str) -> Edit:
    def edit(responses: CommentedMap) -> None:
        key = next(k for k in responses if str(k) == old)
        _replace_key(responses, key, SingleQuotedScalarString(new))

    return edit


def _error_form(exchange: Exchange) -> str:
    body = exchange.json()
    if body is _TEXT:
        return "text" if "text/" in exchange.content_type or exchange.body else "empty"
    if isinstance(body, dict):
        return "{" + ", ".join(k for k in ("error", "message", "details") if k in body) + "}"
    return type(body).__name__


def _learn_errors(spec: Spec, grouped: dict[str, list[Exchange]], found: Findings) -> None:
    error = spec.schemas.get("Error")
    if error is None:
        return
    forms: Counter[str] = Counter()
    ops: set[str] = set()
    responses: dict[str, None] = {}
    for op in spec.operations:
        for exchange in grouped.get(op.operation_id, []):
            response = op.response_for(exchange.status)
            if exchange.status < 400 or response is None or response.schema is None:
                continue
            if response.schema.pointer != error.pointer:
                continue
            form = _error_form(exchange)
            # {error, message} and {error, message, details} are the spec's one shape.
            forms["{error, message}" if form.startswith("{error, message") else form] += 1
            ops.add(op.operation_id)
            responses[response.pointer] = None
    agreed = _agreed(forms)
    if agreed is None:
        if len(forms) > 1:
            found.inconsistent.append(f"error bodies come in {len(forms)} forms: {dict(forms)}")
        return
    form, agree, seen = agreed
    if form == "{error, message}":
        return
    if form == "text":
        every = [
            f"#/components/responses/{escape(name)}"
            for name, node in (spec.components.get("responses") or {}).items()
            if _error_media(node)
        ]
        found.corrections.append(
            Correction(
                inference=error.pointer,
                what="error bodies are plain text (text/plain)",
                agree=agree,
                seen=seen,
                operations=ops,
                example="`Not found.` (text/plain; not a message the server sent)",
                edits=[(p, _edit(_text_error_edit)) for p in every]
                + _unused(spec, len(every), "Error", "ErrorDetail"),
                marks=every,
            )
        )
    elif form == "{message}":
        found.corrections.append(
            Correction(
                inference=error.pointer,
                what='error bodies are {"message": ...} only',
                agree=agree,
                seen=seen,
                operations=ops,
                example='`{"message": "…"}`',
                edits=[(error.pointer, _edit(_message_error_edit))]
                + _unused(spec, 1, "ErrorDetail")
                + [(e, _value_edit(_message_only)) for e in _error_examples(spec)],
                marks=[error.pointer],
            )
        )
    else:
        found.inconsistent.append(f"error bodies are {form}: no edit of the spec says that")


def _error_media(node: Any) -> bool:
    media = ((node or {}).get("content") or {}).get("application/json") or {}
    return (media.get("schema") or {}).get("$ref") == "#/components/schemas/Error"


def _text_error_edit(node: CommentedMap) -> None:
    media = node["content"]["application/json"]
    examples = media.get("examples") or {}
    texts = CommentedMap()
    for name, example in examples.items():
        value = example.get("value") if isinstance(example, dict) else None
        message = value.get("message") if isinstance(value, dict) else None
        if isinstance(message, str):
            texts[name] = CommentedMap(value=message)  # the spec's own example, as text
    made = CommentedMap(schema=CommentedMap(type="string"))
    if texts:
        made["examples"] = texts
    _replace_key(node["content"], "application/json", "text/plain", made)


def _unused(spec: Spec, uses: int, *names: str) -> list[tuple[str, Edit]]:
    """Removing components the edit leaves unused (the linters refuse an unused component):
    ``names[0]`` when the edit rewrites all its ``uses``, and what only it used."""
    text = json.dumps(spec.document)
    if text.count(f'"#/components/schemas/{names[0]}"') != uses:
        return []

    def edit(schemas: CommentedMap) -> None:
        for name in names:
            schemas.pop(name, None)

    return [("#/components/schemas", edit)]


def _error_examples(spec: Spec) -> list[str]:
    found: list[str] = []
    for name, node in (spec.components.get("responses") or {}).items():
        if _error_media(node):
            found += _examples_at(spec, f"#/components/responses/{escape(name)}")
    return found


def _message_only(value: Any) -> Any:
    if isinstance(value, dict):
        for key in [k for k in value if k != "message"]:
            del value[key]
    return value


def _message_error_edit(node: CommentedMap) -> None:
    # Closed: the server sends the message alone, so a body with a code is not its shape.
    node["required"] = _flow(["message"])
    node["properties"].pop("error", None)
    node["properties"].pop("details", None)
    node["additionalProperties"] = False


LEARNERS = (
    _learn_lists,
    _learn_wrappers,
    _learn_ids,
    _learn_dates,
    _learn_fields,
    _learn_types,
    _learn_statuses,
    _learn_errors,
)


# -- the edit, the diff, the summary ---------------------------------------------------


@dataclass
class Learned:
    before: str
    after: str
    findings: Findings
    exchanges: int
    restated: list[str]

    @property
    def corrections(self) -> list[Correction]:
        return self.findings.corrections


def _merged(corrections: list[Correction]) -> list[Correction]:
    """One correction per inference and change: a schema several resources share (a
    document's uploadDate) or answer through (a record's Ok and Created responses)."""
    merged: dict[tuple[str, str], Correction] = {}
    for c in corrections:
        key = (c.inference, c.what)
        if key not in merged:
            merged[key] = c
            continue
        into = merged[key]
        if c.unit != "exchanges":  # records and values are counted per resource: summed
            into.agree, into.seen = into.agree + c.agree, into.seen + c.seen
            into.exchanges += c.exchanges
        into.operations |= c.operations
        into.edits += [e for e in c.edits if e[0] not in {p for p, _ in into.edits}]
        into.marks += [m for m in c.marks if m not in into.marks]
    return list(merged.values())


def _users(spec: Spec) -> dict[str, set[str]]:
    """Per component pointer (and inline response), the operations whose responses reach it."""
    document = spec.document
    reached: dict[str, set[str]] = {}

    def walk(node: Any, op: str, seen: set[str]) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in seen:
                seen.add(ref)
                reached.setdefault(ref, set()).add(op)
                walk(_at(document, _parts(ref)), op, seen)
            for value in node.values():
                walk(value, op, seen)
        elif isinstance(node, list):
            for value in node:
                walk(value, op, seen)

    for op in spec.operations:
        for status, response in op.responses.items():
            reached.setdefault(response.pointer, set()).add(op.operation_id)
            raw = _at(document, _parts(op.pointer))["responses"][status]
            walk(raw, op.operation_id, set())
    return reached


def _component(pointer: str) -> str:
    parts = pointer.split("/")
    return "/".join(parts[:4]) if pointer.startswith("#/components/") else pointer


def _observe(document: CommentedMap, pointer: str, note: str) -> None:
    node = _node(document, pointer)
    if not isinstance(node, CommentedMap) or node.get("x-inferred") is not True:
        return
    position = list(node).index("x-inferred")
    node.pop("x-inferred")
    node.pop("x-inferred-reason", None)
    node.insert(position, "x-observed", note)


def _line(document: CommentedMap, pointer: str) -> int:
    """The 0-based line of the node at ``pointer`` in the original text."""
    parts = _parts(pointer)
    parent = _at(document, parts[:-1])
    key: Any = parts[-1]
    if isinstance(parent, CommentedSeq):
        key = int(key)
    try:
        return (
            int(parent.lc.key(key)[0])
            if isinstance(parent, CommentedMap)
            else int(parent.lc.item(key)[0])
        )
    except (KeyError, TypeError):
        return int(parent.lc.line)


def learn(spec_path: Path, exchanges: list[Exchange], today: str | None = None) -> Learned:
    before = spec_path.read_text(encoding="utf-8")
    yaml = _yaml()
    document = yaml.load(before)
    spec = load(spec_path)  # plain values (the round-trip document's are ruamel's)
    grouped = _by_operation(exchanges)
    findings = Findings()
    for learner in LEARNERS:
        learner(spec, grouped, findings)
    findings.corrections = _merged(findings.corrections)
    users = _users(spec)
    today = today or datetime.date.today().isoformat()
    anchors: list[tuple[int, Correction]] = []
    for correction in findings.corrections:
        for pointer, _ in correction.edits:
            anchors.append((_line(document, pointer), correction))
    edited = copy.deepcopy(document)
    for correction in findings.corrections:
        for pointer, edit in correction.edits:
            edit(_node(edited, pointer))
        needed: set[str] = set()
        for mark in [correction.scope] if correction.scope else correction.marks[:1]:
            needed |= users.get(mark, set()) or users.get(_component(mark), set())
        correction.users = len(needed)
        correction.covered = bool(needed) and needed <= correction.operations
        if correction.covered:
            for mark in correction.marks:
                _observe(edited, mark, f"{today} {correction.count} exchanges")
    out = io.StringIO()
    yaml.dump(edited, out)
    after, restated = out.getvalue(), list[str]()
    if findings.corrections:
        try:
            after, restated = write_back(after)  # what the edit changes in restated facts
        except SpecError as exc:
            findings.inconsistent.append(f"the corrected spec does not build: {exc}")
    learned = Learned(before, after, findings, len(exchanges), restated)
    learned.anchors = anchors  # type: ignore[attr-defined]
    return learned


def unified_diff(learned: Learned, name: str = "openapi.yaml") -> str:
    """The diff, each hunk headed by the inference(s) it corrects and the evidence."""
    if learned.before == learned.after:
        return ""
    old, new = learned.before.splitlines(keepends=True), learned.after.splitlines(keepends=True)
    anchors: list[tuple[int, Correction]] = getattr(learned, "anchors", [])
    out = [f"--- a/{name}\n", f"+++ b/{name}\n"]
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for group in matcher.get_grouped_opcodes(3):
        i1, i2, j1, j2 = group[0][1], group[-1][2], group[0][3], group[-1][4]
        header = _hunk_header(anchors, [(a, b) for tag, a, b, _, _ in group if tag != "equal"])
        out.append(f"@@ -{_range(i1, i2)} +{_range(j1, j2)} @@ {header}\n")
        for tag, a1, a2, b1, b2 in group:
            if tag == "equal":
                out += [" " + line for line in old[a1:a2]]
                continue
            out += ["-" + line for line in old[a1:a2]]
            out += ["+" + line for line in new[b1:b2]]
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in out
    )


def _hunk_header(anchors: list[tuple[int, Correction]], changed: list[tuple[int, int]]) -> str:
    """The corrections whose edited nodes start in (or just above) the changed lines; else
    the nearest one above; else the restatement ``make generate`` writes."""
    inside = [c for line, c in anchors if any(a - 8 <= line <= b for a, b in changed)]
    if not inside:
        first = min(a for a, _ in changed)
        above = [(line, c) for line, c in anchors if line <= first]
        inside = [max(above, key=lambda pair: pair[0])[1]] if above else []
    unique = list({id(c): c for c in inside}.values())
    return "; ".join(_header(c) for c in unique) or "restated by make generate"


def _range(start: int, end: int) -> str:
    length = end - start
    return f"{start + 1 if length else start},{length}"


def _header(correction: Correction) -> str:
    seen, users = len(correction.operations), correction.users
    kept = "" if correction.covered else f"; x-inferred kept: evidence covers {seen} of {users} ops"
    kept = kept if correction.marks else ""  # a field added or retyped: no inference of its own
    return f"{dotted(correction.inference)}: {correction.what} ({correction.evidence}{kept})"


def summary(learned: Learned, source: str) -> str:
    lines = [
        "## What the server does that the spec did not say",
        "",
        f"{learned.exchanges} exchanges ({source}); "
        f"{len(learned.corrections)} corrections, "
        f"{len(learned.findings.inconsistent)} inconsistent answers reported, not patched.",
        "",
    ]
    if learned.corrections:
        lines += ["| inference | the server | evidence | now |", "|---|---|---|---|"]
        for c in learned.corrections:
            now = (
                "`x-observed`"
                if c.covered
                else (f"`x-inferred` ({len(c.operations)} of {c.users} operations seen)")
            )
            now = now if c.marks else "edited (the record's `x-inferred` stays)"
            evidence = c.evidence.replace("|", "\\|")
            lines.append(f"| `{dotted(c.inference)}` | {c.what} | {evidence} | {now} |")
        lines.append("")
    if learned.restated:
        lines += ["Restated by the edit (as `make generate` writes them):", ""]
        lines += [f"- {r}" for r in learned.restated] + [""]
    if learned.findings.inconsistent:
        lines += ["Inconsistent answers (no edit):", ""]
        lines += [f"- {line}" for line in learned.findings.inconsistent] + [""]
    if not learned.corrections and not learned.findings.inconsistent:
        lines += ["Every inference the traffic reached says what the server did: no edit.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="probe this server, e.g. http://127.0.0.1:8000/api/v2")
    parser.add_argument("--token", default=os.environ.get("ICLOUDREADY_API_KEY", ""))
    parser.add_argument("--writes", action="store_true", help="also probe writes (then cleanup)")
    parser.add_argument("--from", dest="source", type=Path, help="a HAR file or exchanges.jsonl")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--out", type=Path, default=Path("report"))
    parser.add_argument("--apply", action="store_true", help="write the corrected spec")
    args = parser.parse_args(argv)
    spec = load(args.spec)
    if args.source is not None:
        exchanges, source = read_exchanges(args.source, spec), f"read from {args.source}"
    elif args.base_url:
        if not args.token:
            parser.error("no token: pass --token or set ICLOUDREADY_API_KEY")
        exchanges = probe(spec, args.base_url.rstrip("/"), args.token, writes=args.writes)
        source = "probed " + ("with writes" if args.writes else "read-only")
    else:
        parser.error("give --base-url (probe a server) or --from FILE (recorded exchanges)")
    args.out.mkdir(parents=True, exist_ok=True)
    learned = learn(args.spec, exchanges)
    (args.out / "exchanges.jsonl").write_text(
        "".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in exchanges),
        encoding="utf-8",
    )
    (args.out / "learned.diff").write_text(unified_diff(learned), encoding="utf-8")
    text = summary(learned, source)
    (args.out / "learned.md").write_text(text, encoding="utf-8")
    print(text)
    print(f"learn: {args.out / 'learned.diff'}, {args.out / 'learned.md'}")
    if args.apply and learned.after != learned.before:
        args.spec.write_text(learned.after, encoding="utf-8")
        print(f"learn: applied to {args.spec}; now run make generate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
