"""Request validation with the generated pydantic models (generated/icloudready_models).

Query parameters follow the bounds, enums and patterns of openapi.yaml; bodies are
validated strictly (no "4" for a number) and unknown fields are refused by name.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, TypeVar

import pydantic

from icloudready_models import OpportunityInput

from ._errors import HTTPError
from ._store import FILTER_COLUMNS, SORT_COLUMNS, ListQuery

M = TypeVar("M", bound=pydantic.BaseModel)

ID_PATTERN = re.compile(r"[0-9a-f]{24}")
_INT = re.compile(r"-?[0-9]{1,12}")
# What `fields` may name: the body fields (from the generated model) and the timestamps.
_FIELD_SET = frozenset(
    [field.alias or name for name, field in OpportunityInput.model_fields.items()]
    + ["createdAt", "updatedAt"]
)


def check_id(value: str) -> str:
    if not ID_PATTERN.fullmatch(value):
        raise HTTPError(400, "invalid_id", f"Malformed id {value[:100]!r}: expected 24 hex digits.")
    return value


def _int_param(params: dict[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name)
    if raw is None:
        return default
    if not _INT.fullmatch(raw) or not low <= int(raw) <= high:
        raise HTTPError(
            400,
            "invalid_parameter",
            f"{name} must be an integer from {low} to {high}, got {raw[:50]!r}.",
        )
    return int(raw)


def _choice(params: dict[str, str], name: str, default: str, allowed: list[str]) -> str:
    raw = params.get(name, default)
    if raw not in allowed:
        raise HTTPError(
            400,
            "invalid_parameter",
            f"{name} must be one of {', '.join(allowed)}, got {raw[:50]!r}.",
        )
    return raw


def list_query(params: dict[str, str]) -> tuple[ListQuery, list[str] | None]:
    """The list parameters as a ListQuery, and the projection asked by ``fields``."""
    limit = _int_param(params, "limit", 20, 1, 100)
    page = _int_param(params, "page", 1, 1, 100_000)
    order = _choice(params, "order", "desc", ["asc", "desc"])
    sort_by = _choice(params, "sortBy", "createdAt", list(SORT_COLUMNS))
    fields: list[str] | None = None
    if "fields" in params:
        raw = params["fields"]
        fields = raw.split(",")
        unknown = [f for f in fields if f not in _FIELD_SET]
        if len(raw) > 1000 or unknown:
            raise HTTPError(400, "invalid_parameter", f"fields: unknown field(s) {unknown[:5]}.")
    filters: list[tuple[str, str]] = []
    if "p" in params:
        raw = params["p"]
        if len(raw) > 1000:
            raise HTTPError(400, "invalid_parameter", "p is longer than 1000 characters.")
        for pair in raw.split(","):
            field, sep, value = pair.partition(":")
            if not sep or field not in FILTER_COLUMNS:
                raise HTTPError(
                    400,
                    "invalid_parameter",
                    f"p must be field:value pairs with fields among {', '.join(FILTER_COLUMNS)}; "
                    f"got {pair[:50]!r}.",
                )
            filters.append((field, value))
    q = params.get("q")
    if q is not None and len(q) > 200:
        raise HTTPError(400, "invalid_parameter", "q is longer than 200 characters.")
    query = ListQuery(
        limit=limit, page=page, order=order, sort_by=sort_by, q=q, filters=tuple(filters)
    )
    return query, fields


def _location(loc: tuple[int | str, ...]) -> str:
    if not loc:
        return "body"
    return ".".join(str(part) for part in loc)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"{text[:30]} is too large for a JSON number")
    return value


def _explicit_nulls(model: pydantic.BaseModel, prefix: str = "") -> list[str]:
    """Typed fields sent as null: the spec declares none of them nullable."""
    found: list[str] = []
    for name in sorted(model.model_fields_set):
        value = getattr(model, name)
        alias = type(model).model_fields[name].alias or name
        if value is None:
            found.append(prefix + alias)
        elif isinstance(value, pydantic.BaseModel):
            found += _explicit_nulls(value, f"{prefix}{alias}.")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, pydantic.BaseModel):
                    found += _explicit_nulls(item, f"{prefix}{alias}.{index}.")
    return found


def parse_body(model: type[M], body: bytes) -> M:
    """Validate a JSON body; 400 when it is not JSON, 422 naming each invalid field."""
    try:
        # pydantic's parser accepts NaN and Infinity, and would store them as null.
        json.loads(body, parse_constant=_reject_constant, parse_float=_finite)
    except (ValueError, RecursionError) as exc:
        raise HTTPError(400, "invalid_json", f"Request body is not valid JSON: {exc}.") from None
    try:
        parsed = model.model_validate_json(body, strict=True)
    except pydantic.ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False, include_input=False)
        details = [{"field": _location(e["loc"]), "message": e["msg"]} for e in errors[:50]]
        raise HTTPError(
            422,
            "validation_error",
            f"{len(errors)} invalid field(s): " + ", ".join(d["field"] for d in details[:5]) + ".",
            details=details,
        ) from None
    nulls = _explicit_nulls(parsed)
    if nulls:
        raise HTTPError(
            422,
            "validation_error",
            f"null is not allowed for {', '.join(nulls[:5])}.",
            details=[{"field": f, "message": "Input should not be null"} for f in nulls[:50]],
        )
    return parsed


def stored_fields(model: pydantic.BaseModel) -> dict[str, Any]:
    """The fields the client sent, under their API names, ready to store."""
    fields: dict[str, Any] = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return fields
