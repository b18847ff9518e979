"""openapi.yaml against the reference's facts (tests/facts/api_facts.yaml), fast and offline.

Every **seen** operation is in the spec with its documented method, path, title, query and
path parameters, body fields (exact wire names, documented types) and, for Units, its
documented response; it is not marked ``x-inferred`` as a whole. Every **partial** one is
absent or in the spec only at its guessed method and path, marked ``x-inferred``. Nothing
else is in the spec but the Opportunities operations accepted before (listed in the facts).
Date formats and the rate-limit tier read from the pages are declared, and marked as the
inferences they are.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from icloudready_spec import Operation, Schema, load, pointer_get, snake

from .conftest import SPEC

FACTS: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "facts" / "api_facts.yaml").read_text(encoding="utf-8")
)
MODEL = load(SPEC)
BY_ROUTE: dict[tuple[str, str], Operation] = {(op.method, op.path): op for op in MODEL.operations}
# The SDK attribute (the spec's tag) of each fact sheet section.
TAG = {"overview": "auth"}
DATE_FORMATS = {"DD/MM/YYYY": "%d/%m/%Y"}


def facts(status: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    return [
        (resource, fact)
        for resource, section in FACTS["resources"].items()
        for fact in section["operations"]
        if status is None or fact["status"] == status
    ]


def fact_id(case: tuple[str, dict[str, Any]]) -> str:
    resource, fact = case
    route = fact.get("guess") or fact
    where = f"{route['method']} {route['path']}" if route and "path" in route else "no route"
    return f"{resource}: {fact['title']} ({where})"


SEEN = facts("seen")
PARTIAL = facts("partial")


def type_word(schema: Schema) -> str:
    """The documented type word a schema declares (null aside: nullable inputs count)."""
    if not schema.types:
        return "any"
    assert len(schema.types) == 1, f"{schema.pointer}: a union of {schema.types}"
    return schema.types[0]


def mismatches(schema: Schema, fact: Any, where: str) -> list[str]:
    """How ``schema`` differs from a fact in the sheet's notation (word, {field}, [item])."""
    if isinstance(fact, str):
        word = type_word(schema)
        return [] if word == fact else [f"{where}: {word}, documented {fact}"]
    if isinstance(fact, list):
        if type_word(schema) != "array" or schema.items is None:
            return [f"{where}: not an array of items"]
        return mismatches(schema.items, fact[0], f"{where}[*]")
    if type_word(schema) != "object":
        return [f"{where}: not an object"]
    found: list[str] = []
    for name, inner in fact.items():
        if name not in schema.properties:
            found.append(f"{where}.{name}: missing")
        else:
            found += mismatches(schema.properties[name], inner, f"{where}.{name}")
    return found


def at(schema: Schema, dotted: str) -> Schema:
    """The node at a dotted path of a body (``activityLog.*.activityDate``)."""
    for part in dotted.split("."):
        if part == "*":
            assert schema.items is not None, f"{dotted}: no items at {schema.pointer}"
            schema = schema.items
        else:
            assert part in schema.properties, f"{dotted}: no {part} at {schema.pointer}"
            schema = schema.properties[part]
    return schema


def raw(pointer: str) -> dict[str, Any]:
    node = pointer_get(MODEL.document, pointer)
    assert isinstance(node, dict)
    return node


def located(fact: dict[str, Any]) -> Operation | None:
    """The spec's operation at a fact's documented route, or at a partial one's guess."""
    route = fact.get("guess") or fact
    return BY_ROUTE.get((route["method"], route["path"]))


def operation(fact: dict[str, Any]) -> Operation:
    op = BY_ROUTE.get((fact["method"], fact["path"]))
    assert op is not None, f"{fact['method']} {fact['path']} is documented but not in openapi.yaml"
    return op


def test_the_facts_count_what_the_fact_sheet_counts() -> None:
    counted = [
        fact["status"]
        for resource, fact in facts()
        if resource not in ("opportunities", "overview")
    ]
    totals = {"seen": counted.count("seen"), "partial": counted.count("partial")}
    assert totals == FACTS["totals"]
    assert len(FACTS["resources"]) == 18  # 17 resources and the overview's sign-in


@pytest.mark.parametrize("case", SEEN, ids=fact_id)
def test_a_seen_operation_is_a_fact_of_the_spec(case: tuple[str, dict[str, Any]]) -> None:
    resource, fact = case
    op = operation(fact)
    assert op.tag == TAG.get(resource, resource)
    assert op.summary.startswith(fact["title"]), op.summary
    if fact.get("inferred_behaviour"):
        assert op.inferred, "its behaviour's inference needs its reason"
    else:
        assert op.inferred is None, f"a documented operation marked x-inferred: {op.inferred}"
    tier = fact.get("rate_limit_tier", MODEL.default_tier)
    assert op.rate_tier == tier


@pytest.mark.parametrize(
    "case", [c for c in facts() if c[1].get("guess", c[1]) is not None], ids=fact_id
)
def test_documented_parameters_are_in_the_spec(case: tuple[str, dict[str, Any]]) -> None:
    _, fact = case
    op = located(fact)
    if op is None:
        return  # a partial operation left out (test_partial_operations_...)
    query = {p.name for p in op.query_parameters}
    if fact.get("query") == "common":
        assert set(FACTS["common_list_query"]) <= query, set(FACTS["common_list_query"]) - query
    elif fact.get("query") == "none":
        assert not query, f"the page shows no query parameter; the spec has {sorted(query)}"
    path = {p.name: p for p in op.path_parameters}
    for name, word in (fact.get("path_params") or {}).items():
        assert name in path, f"path parameter {name} is documented"
        assert type_word(path[name].schema) == word


@pytest.mark.parametrize("case", [c for c in facts() if "body" in c[1]], ids=fact_id)
def test_documented_body_fields_have_their_wire_names_and_types(
    case: tuple[str, dict[str, Any]],
) -> None:
    _, fact = case
    op = located(fact)
    if op is None:
        assert fact["status"] == "partial"
        return
    if fact["body"] == "none":
        if op.body is not None:
            marked = raw(op.body.pointer).get("x-inferred") or op.body.schema.inferred
            assert marked, "the page documents no body: the spec's body must be x-inferred"
        return
    assert op.body is not None, "the page documents a body"
    fields = op.body.schema.properties
    documented: dict[str, str] = fact["body"]
    if fact["status"] == "seen":
        invented = set(fields) - set(documented)
        assert not invented, f"fields no page documents in a documented body: {sorted(invented)}"
    problems = []
    for name, word in documented.items():
        if name not in fields:
            problems.append(f"{name}: missing (the wire name is exact)")
            continue
        problems += mismatches(fields[name], word, name)
        if fields[name].inferred is not None and not fields[name].is_date:
            problems.append(f"{name}: a documented field marked x-inferred")
    assert not problems, "\n".join(problems)
    for name, word in (fact.get("example_types") or {}).items():
        assert type_word(at(op.body.schema, name)) == word, name


@pytest.mark.parametrize("case", [c for c in facts() if c[1].get("body_starts")], ids=fact_id)
def test_the_visible_start_of_a_partial_body_is_in_its_guess(
    case: tuple[str, dict[str, Any]],
) -> None:
    _, fact = case
    op = BY_ROUTE.get((fact["guess"]["method"], fact["guess"]["path"]))
    if op is not None:
        assert op.body is not None
        missing = set(fact["body_starts"]) - set(op.body.schema.properties)
        assert not missing, missing


@pytest.mark.parametrize("case", [c for c in facts() if c[1].get("date_examples")], ids=fact_id)
def test_dates_are_declared_in_the_format_their_examples_write(
    case: tuple[str, dict[str, Any]],
) -> None:
    _, fact = case
    op = operation(fact)
    assert op.body is not None
    for name, example in fact["date_examples"].items():
        schema = at(op.body.schema, name)
        assert schema.inferred, f"{name}: its format is an inference from the example: mark it"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", example):
            assert schema.format == "date", name
            assert schema.date_format is None, name
            datetime.strptime(example, "%Y-%m-%d")
        else:
            assert schema.date_format in DATE_FORMATS, f"{name}: {example} needs x-date-format"
            datetime.strptime(example, DATE_FORMATS[schema.date_format])
            pattern = schema.bounds.get("pattern")
            assert isinstance(pattern, str), f"{name}: make generate writes its pattern"
            assert re.search(pattern, example), (name, pattern)


@pytest.mark.parametrize("case", [c for c in SEEN if "response" in c[1]], ids=fact_id)
def test_a_documented_response_is_a_fact(case: tuple[str, dict[str, Any]]) -> None:
    _, fact = case
    op = operation(fact)
    schema = op.success_schema
    assert schema is not None
    shape = op.resource.list_shape if op.resource else None
    assert shape is not None, "a list"
    if shape.items is not None:
        schema = schema.properties[shape.items]
    assert schema.items is not None
    record, documented = schema.items, fact["response"]["items"]
    assert record.inferred is None, "the documented shape is not an inference"
    assert not mismatches(record, documented, record.name or "items")
    for name, prop in record.properties.items():
        if name in documented:
            assert prop.inferred is None, f"{name} is documented"
        else:
            assert prop.inferred, f"{name}: no page documents it, so it is marked x-inferred"


def test_the_legacy_units_page_is_named_where_the_list_is() -> None:
    for legacy in FACTS["resources"]["units"]["legacy"]:
        op = operation(FACTS["resources"]["units"]["operations"][0])
        assert legacy["url"] in op.description


@pytest.mark.parametrize("case", PARTIAL, ids=fact_id)
def test_a_partial_operation_is_absent_or_marked_inferred_where_guessed(
    case: tuple[str, dict[str, Any]],
) -> None:
    _, fact = case
    guess = fact["guess"]
    if guess is None:
        return  # nothing to guess from: not in the spec (test_nothing_else_is_in_the_spec)
    op = BY_ROUTE.get((guess["method"], guess["path"]))
    if op is not None:
        assert op.inferred, "a guessed method and path are an inference: x-inferred with its reason"
        assert op.summary.startswith(fact["title"]), op.summary


def test_nothing_else_is_in_the_spec() -> None:
    known = {(f["method"], f["path"]) for _, f in SEEN}
    known |= {(f["guess"]["method"], f["guess"]["path"]) for _, f in PARTIAL if f["guess"]}
    earlier = {
        (o["method"], o["path"]) for o in FACTS["resources"]["opportunities"]["accepted_earlier"]
    }
    assert earlier <= set(BY_ROUTE), "the earlier accepted operations are kept"
    invented = sorted(set(BY_ROUTE) - known - earlier)
    assert not invented, f"operations no page documents: {invented}"


def test_only_the_documented_tier_differs_from_the_default() -> None:
    tiers = {
        (f["method"], f["path"]): f["rate_limit_tier"] for _, f in SEEN if "rate_limit_tier" in f
    }
    for route, op in BY_ROUTE.items():
        assert op.rate_tier == tiers.get(route, MODEL.default_tier), route
    assert raw("#/x-rate-limits").get("x-inferred"), "the tier of the others is an inference"


@pytest.mark.parametrize(
    "case", [c for c in facts() if isinstance(c[1].get("body"), dict)], ids=fact_id
)
def test_python_names_of_documented_fields_are_unique(case: tuple[str, dict[str, Any]]) -> None:
    names = [snake(name) for name in case[1]["body"]]
    assert len(set(names)) == len(names), names
