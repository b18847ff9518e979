"""Test data that depends on field types, derived from openapi.yaml rather than restated.

Valid values come from the spec's own request examples (which Spectral and Redocly check
against the schemas), invalid ones from the schemas' bounds and types, so a type change in
the spec changes the data here with it.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx

from icloudready_spec import Operation, Schema, load

from .conftest import SPEC

MODEL = load(SPEC)
OPPORTUNITIES = MODEL.resources["/opportunities"]
CREATE = OPPORTUNITIES.of_kind("create")[0]
assert CREATE.body is not None
INPUT_PROPERTIES: dict[str, Schema] = CREATE.body.schema.properties


def record_path(api: httpx.Client, op: Operation) -> str:
    """``op``'s path on a record it reaches: one made by its resource's create from the
    spec's example (a scoped collection's parameters from their examples); a missing id
    where the resource has no create."""
    resource = op.resource
    creates = resource.of_kind("create") if resource else []
    if not op.on_one_record:
        return op.fill()
    if not creates:
        return op.fill("0" * 24)
    create = creates[0]
    body = create.body.examples[0] if create.body and create.body.examples else {}
    response = api.post(create.fill(), json=body)
    assert response.status_code == create.success_status, response.text
    record_id = response.json()[resource.id_field] if resource else ""
    return op.fill(str(record_id))


def example_input() -> dict[str, Any]:
    """The create operation's request example: every input field with a valid value."""
    assert CREATE.body is not None
    value = CREATE.body.examples[0]
    assert isinstance(value, dict)
    return copy.deepcopy(value)


def scalar_inputs() -> dict[str, Any]:
    """The example's strings and numbers, field by field."""
    return {
        name: value
        for name, value in example_input().items()
        if isinstance(value, str | int | float) and not isinstance(value, bool)
    }


def above_maximum(name: str) -> int | float:
    """A value just past the field's maximum, of the field's own type."""
    schema = INPUT_PROPERTIES[name]
    maximum = schema.bounds["maximum"]
    assert isinstance(maximum, int | float)
    return maximum + 1 if schema.type == "integer" else maximum + 0.5


def of_another_type(name: str) -> Any:
    """A JSON value the field's type does not allow."""
    kind = INPUT_PROPERTIES[name].type  # the type besides null
    return {"string": 609, "number": "1000", "integer": "7", "array": "array"}.get(str(kind), [1])
