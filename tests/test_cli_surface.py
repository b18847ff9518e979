"""The CLI's commands come from the operation table, and their help is the spec's text.

Every command of every tag is built and its ``--help`` read; each option's text is held
against what openapi.yaml says of that parameter or body field (its description and its
bounds, phrased here independently of the code under test), and no help carries text
that only makes sense in Python.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from icloudready_cli._app import cli
from icloudready_cli._surface import ConversionError, Kind, resources, wire_names
from icloudready_spec import Operation, Schema, load, snake

from .conftest import SPEC

MODEL = load(SPEC)
# What a command line cannot pass, or what only a Python caller reads.
SDK_ONLY = (
    "None sends null",
    "Sequence[",
    "Mapping[",
    "SupportsToDict",
    "str |",
    "| None",
    "timeout, max_retries",
    "Param",
    "options for this call",
)


def help_of(*args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--help"], terminal_width=10_000)
    assert result.exit_code == 0, result.output
    return result.output


def options(text: str) -> dict[str, str]:
    """``--name`` -> its help text, from Click's layout (a long option's help on the next line)."""
    found: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        match = re.match(r"^  (?:-\w, )?(--[a-z0-9-]+)(?: (?:(?!\s\s).)+)?(?:\s{2,}(.*))?$", line)
        if match:
            current = match.group(1)
            found[current] = match.group(2) or ""
        elif current and line.startswith("      ") and line.strip():
            found[current] = f"{found[current]} {line.strip()}".strip()
        else:
            current = None
    return found


def bounds_words(schema: Schema) -> list[str]:
    """The spec's bounds as the help must say them (written out here, not imported)."""
    b = schema.bounds
    words = []
    if "minimum" in b and "maximum" in b:
        words.append(f"from {b['minimum']} to {b['maximum']}")
    elif "maximum" in b:
        words.append(f"at most {b['maximum']}")
    if "maxLength" in b:
        words.append(f"at most {b['maxLength']} characters")
    if "maxItems" in b:
        words.append(f"at most {b['maxItems']} items")
    return words


def commands() -> list[tuple[Operation, str, str]]:
    table = resources()
    found = []
    for op in MODEL.operations:
        tag = snake(op.tag)
        assert op.method_name in table[tag].operations, (tag, op.method_name)
        found.append((op, tag.replace("_", "-"), op.method_name.replace("_", "-")))
    return found


def expected_options(op: Operation) -> dict[str, tuple[str, Schema]]:
    """Each option a command must have: description and schema from the spec."""
    wanted: dict[str, tuple[str, Schema]] = {}
    for param in op.query_parameters:
        wanted["--" + snake(param.name).replace("_", "-")] = (param.description, param.schema)
    if op.body is not None:
        for name, schema in op.body.schema.properties.items():
            wanted["--" + snake(name).replace("_", "-")] = (schema.description, schema)
    return wanted


@pytest.mark.parametrize(("op", "tag", "command"), commands(), ids=lambda v: str(v)[:40])
def test_every_option_says_what_the_spec_says(op: Operation, tag: str, command: str) -> None:
    text = help_of(tag, command)
    for phrase in SDK_ONLY:
        assert phrase not in text, (command, phrase)
    assert op.summary in text
    found = options(text)
    for option, (description, schema) in expected_options(op).items():
        if schema.type == "object" and schema.properties and schema.name is not None:
            # A required body model (bulk update's `update`): JSON, or its fields one by one.
            assert option in found, (command, option)
            continue
        assert option in found, (command, option, sorted(found))
        shown = found[option]
        assert shown.startswith(description[:60]), (command, option, shown)
        for words in bounds_words(schema):
            assert words in shown, (command, option, words, shown)


def test_a_list_offers_its_roles_readably() -> None:
    found = options(help_of("opportunities", "list"))
    resource = MODEL.resources["/opportunities"]
    assert "fields: " in found["--fields"]
    assert "matching ^(" not in found["--fields"]  # the restated pattern, said as field names
    for name in resource.filter_fields:
        assert snake(name) in found["--p"]
    sort = help_of("opportunities", "list").split("--sort-by [", 1)[1].split("]", 1)[0]
    assert sort.split("|") == [snake(k) for k in resource.sort_keys]


def test_resources_and_names_come_from_the_table() -> None:
    opportunities = resources()["opportunities"]
    assert opportunities.collection is not None
    assert opportunities.collection.list == "list"
    assert opportunities.collection.create == "create"
    assert "list_all" not in opportunities.operations  # the walk is `list --all`
    assert opportunities.operations["list"].walk == "list_all"
    names = wire_names("Opportunity")
    assert names["id"] == "_id"
    assert names["close_date"] == "closeDate"
    assert names["idengager_request_id"] == "idengagerRequestId"
    assert list(names.values())[:3] == ["_id", "createdAt", "updatedAt"]


def kind(name: str, **extra: Any) -> Kind:
    return Kind(name, **extra)


def test_conversions_say_what_is_expected(tmp_path: Path) -> None:
    text = kind("list", item=kind("str"))
    assert text.convert("A, B,") == ["A", "B"]
    assert text.convert('["A", "B"]') == ["A", "B"]
    # Items of any JSON value (notes): a JSON array's strings stay strings.
    assert kind("list", item=kind("json")).convert('["call back", 3]') == ["call back", 3]
    payload = tmp_path / "info.json"
    payload.write_text('{"budget": 250000}')
    assert kind("mapping").convert(f"@{payload}") == {"budget": 250000}
    with pytest.raises(ConversionError, match="expected YYYY-MM-DD"):
        kind("date").convert("30/06/2023")
    with pytest.raises(ConversionError, match="expected float"):
        kind("float").convert("lots")
    with pytest.raises(ConversionError, match="not a whole number"):
        kind("int").convert("1.5")
    with pytest.raises(ConversionError, match="a boolean is not a number"):
        kind("float").convert(True)
    with pytest.raises(ConversionError, match="not one of asc, desc"):
        kind("choice", choices=("asc", "desc")).convert("up")
    assert kind("int").convert(3.0) == 3
    assert kind("str").convert(12) == "12"
