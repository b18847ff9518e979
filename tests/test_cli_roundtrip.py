"""Export, import, export: every record comes back, and the dry run foresees every refusal.

By pattern, for every resource that lists and creates: records are built from the create
body's own example (every field filled, strings varied per record, texts with commas,
quotes and newlines), and bad values from the create body's bounds, one per kind of
constraint the spec states (type, enum, minimum, maximum, lengths, pattern, item counts).
"""

from __future__ import annotations

import copy
import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from icloudready_mock import MockProcess
from icloudready_spec import Resource, Schema

from ._data import MODEL
from .test_cli import Cli

RECORDS = 30


def _importable() -> list[Resource]:
    found = []
    for res in MODEL.resources.values():
        create = res.import_operation
        if res.list_operation is None or create is None or create.body is None:
            continue
        if create.path_parameters or res.list_operation.path_parameters:
            continue  # a scoped collection: exported and imported per scope
        if create.body.examples and isinstance(create.body.examples[0], dict):
            found.append(res)
    return found


RESOURCES = _importable()


def _command(res: Resource) -> str:
    return res.tag.replace("_", "-")


def _vary(value: Any, i: int) -> Any:
    """The example's value made distinct per record (and awkward for CSV)."""
    if isinstance(value, str):
        return value if _is_bounded_text(value) else f'{value}, "{i}"\nline two'
    if isinstance(value, list):
        return [*value, f"item {i}"] if all(isinstance(v, str) for v in value) else value
    return value


def _is_bounded_text(value: str) -> bool:
    return value[:1].isdigit() or value.startswith("http")  # dates, ids, urls: kept as given


def records(res: Resource) -> list[dict[str, Any]]:
    create = res.import_operation
    assert create is not None
    assert create.body is not None
    example: dict[str, Any] = copy.deepcopy(create.body.examples[0])
    props = create.body.schema.properties
    out = []
    for i in range(RECORDS):
        record = {}
        for key, value in example.items():
            schema = props.get(key)
            free = schema is not None and (schema.enum or schema.bounds or schema.is_date)
            record[key] = value if free else _vary(value, i)
        out.append(record)
    return out


@pytest.fixture
def source() -> Iterator[MockProcess]:
    process = MockProcess(Path(":memory:"))
    yield process
    process.stop()


@pytest.fixture
def target() -> Iterator[MockProcess]:
    process = MockProcess(Path(":memory:"))
    yield process
    process.stop()


def _create(mock: MockProcess, res: Resource, bodies: list[dict[str, Any]]) -> None:
    create = res.import_operation
    assert create is not None
    headers = {"Authorization": f"Bearer {mock.token}"}
    with httpx.Client(base_url=mock.base_url, headers=headers) as http:
        for body in bodies:
            answer = http.request(create.method, create.path, json=body)
            assert answer.status_code < 300, answer.text


def _writable(res: Resource, row: dict[str, Any]) -> dict[str, Any]:
    read_only = {name for name, schema in res.properties.items() if schema.read_only}
    return {k: v for k, v in row.items() if k not in read_only}


def _rows(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("res", RESOURCES, ids=lambda r: r.tag)
def test_an_export_imports_into_an_empty_account_and_exports_the_same(
    tmp_path: Path, source: MockProcess, target: MockProcess, res: Resource, fmt: str
) -> None:
    bodies = records(res)
    _create(source, res, bodies)
    home = tmp_path / "home"
    home.mkdir()
    first, second = tmp_path / f"first.{fmt}", tmp_path / f"second.{fmt}"

    exported = Cli(home, source)(_command(res), "export", "--out", str(first), "-q")
    assert exported.returncode == 0, exported.stderr
    imported = Cli(home, target)(_command(res), "import", str(first), "-q")
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert json.loads(imported.stdout)["created"] == RECORDS
    again = Cli(home, target)(_command(res), "export", "--out", str(second), "-q")
    assert again.returncode == 0, again.stderr

    before, after = _rows(first), _rows(second)
    assert len(before) == RECORDS
    assert [_writable(res, r) for r in after] == [_writable(res, r) for r in before]
    if fmt == "jsonl":  # what was sent is what the first export holds, field by field
        assert [{k: r[k] for k in body} for r, body in zip(before, bodies, strict=True)] == bodies


# -- the dry run against the real import ------------------------------------------------


def _violations(schema: Schema, example: Any) -> Iterator[tuple[str, Any]]:
    """One bad value per constraint of a field's schema, named by the constraint."""
    step = 1 if schema.type == "integer" else 0.5
    item = example[0] if isinstance(example, list) and example else None
    # (a number for a text field is no error: the CLI reads it as its text, as in CSV)
    wrong = {"string": {"a": 1}, "number": "lots", "integer": 1.5, "array": "x"}
    bad_for: dict[str, Callable[[Any], Any]] = {
        "minimum": lambda low: low - step,
        "maximum": lambda high: high + step,
        "exclusiveMinimum": lambda low: low,
        "exclusiveMaximum": lambda high: high,
        "maxLength": lambda most: "x" * (most + 1),
        "minLength": lambda least: "x" * (least - 1) or None,
        "pattern": lambda _: "~not the pattern~",
        "maxItems": lambda most: [item] * (most + 1),
    }
    if schema.type is not None:
        yield "type", wrong.get(schema.type, [1])
    if schema.enum:
        yield "enum", "not-one-of-them"
    for key, bound in schema.bounds.items():
        if key in bad_for:
            yield key, bad_for[key](bound)
    if schema.items is not None and isinstance(item, dict):
        for inner, inner_schema in schema.items.properties.items():
            for kind, value in _violations(inner_schema, item.get(inner)):
                yield f"items.{kind}", [{**item, inner: value}]


def bad_rows(res: Resource) -> tuple[list[dict[str, Any]], set[str]]:
    """One row per constraint kind of the create body (the first field that has it)."""
    create = res.import_operation
    assert create is not None
    assert create.body is not None
    good = records(res)[0]
    rows, kinds = [], set()
    for name, schema in create.body.schema.properties.items():
        if schema.read_only:
            continue
        for kind, value in _violations(schema, good.get(name)):
            if kind in kinds or value is None:
                continue
            kinds.add(kind)
            rows.append({**good, name: value})
    return rows, kinds


@pytest.mark.parametrize("res", RESOURCES, ids=lambda r: r.tag)
def test_the_dry_run_reports_the_lines_the_real_import_fails(
    tmp_path: Path, target: MockProcess, res: Resource
) -> None:
    bad, kinds = bad_rows(res)
    assert "type" in kinds, f"{res.tag}: no bad row could be built from its create body"
    good = records(res)[1:4]
    rows = [good[0], *bad, good[1], good[2]]
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    cli = Cli(home, target)
    expected = set(range(2, 2 + len(bad)))

    dry_errors = tmp_path / "dry.jsonl"
    dry = cli(_command(res), "import", str(path), "--dry-run", "--errors", str(dry_errors))
    assert dry.returncode == 1, dry.stderr
    dry_lines = {json.loads(line)["line"] for line in dry_errors.read_text().splitlines()}

    real_errors = tmp_path / "real.jsonl"
    real = cli(_command(res), "import", str(path), "--errors", str(real_errors), "-q")
    assert real.returncode == 1, real.stderr
    summary = json.loads(real.stdout)
    real_lines = {json.loads(line)["line"] for line in real_errors.read_text().splitlines()}

    assert real_lines == expected, "every bad row fails, no good one"
    assert summary["created"] == 3
    assert dry_lines == real_lines, "the dry run names the rows the import fails"


def _clearable(res: Resource) -> list[str]:
    """The fields of the create example that the patch lets set to null."""
    patch = next(iter(res.of_kind("patch")), None)
    if patch is None or patch.body is None:
        return []
    example = records(res)[0]
    return [n for n, s in patch.body.schema.properties.items() if n in example and s.nullable]


@pytest.mark.parametrize("res", [r for r in RESOURCES if _clearable(r)], ids=lambda r: r.tag)
def test_null_clears_a_field_on_update_by_id(
    tmp_path: Path, target: MockProcess, res: Resource
) -> None:
    bodies = records(res)[:1]
    _create(target, res, bodies)
    nullable = _clearable(res)
    home = tmp_path / "home"
    home.mkdir()
    cli = Cli(home, target)
    listed = json.loads(cli(_command(res), "list", "--output", "json").stdout)
    record_id = (listed["data"] if isinstance(listed, dict) else listed)[0][res.id_field]
    path = tmp_path / "clear.jsonl"
    path.write_text(json.dumps({res.id_field: record_id, nullable[0]: None}) + "\n")
    result = cli(_command(res), "import", str(path), "--update-by", res.id_field, "-q")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["updated"] == 1
    shown = json.loads(cli(_command(res), "retrieve", record_id, "--output", "json").stdout)
    assert shown.get(nullable[0]) is None
