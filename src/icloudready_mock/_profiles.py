"""Profiles: coherent alternatives to what openapi.yaml infers, one inferred group each.

The responses of the real API are undocumented; every shape in the spec is a guess.
``icloudready-mock --profile NAME`` answers as a server would if one group of guesses
were wrong, so clients (and the contract report) can be tried against it. Each profile
says which of the spec's inferences it contradicts, derived from the spec model.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from icloudready_runtime._shapes import PAGINATORS, RECORD_WRAPPERS, ListEnvelope
from icloudready_spec import Operation, Schema, Spec, inferred_target, places

Pointers = Callable[[Spec], set[str]]


def _lists_as(envelope: ListEnvelope) -> Pointers:
    """The inferred shape of every list ``envelope`` changes: a bare array stays one."""

    def pointers(spec: Spec) -> set[str]:
        found: set[str] = set()
        for op in spec.operations:
            declared = op.resource.list_shape if op.resource else None
            if op.kind != "list" or (envelope.items is None and declared and not declared.items):
                continue
            success = op.success
            # The list's component schema, else the response that infers an inline shape.
            pointer = inferred_target(op.success_schema) or (
                success.pointer if success and success.inferred else None
            )
            if pointer is not None:
                found.add(pointer)
        return found

    return pointers


def _date_inferences(spec: Spec) -> set[str]:
    """Per date field of a record, the innermost inference along its path: what it blames."""
    found: set[str] = set()
    for resource in spec.resources.values():
        for path, schema in resource.record.walk(depth=6):
            if schema.format != "date":
                continue
            node: Schema | None = resource.record
            innermost = _inferred(resource.record)
            for step in path:
                node = (node.items if step == "*" else node.properties.get(step)) if node else None
                innermost = _inferred(node) or innermost
            if innermost is not None:
                found.add(innermost)
    return found


def _inferred(node: Schema | None) -> str | None:
    return node.pointer if node is not None and node.inferred is not None else None


def _record_schemas(spec: Spec) -> set[str]:
    found: set[str] = set()
    for op in spec.operations:
        if op.kind in ("retrieve", "create", "replace", "patch"):
            pointer = inferred_target(op.success_schema)
            if pointer is not None:
                found.add(pointer)
    return found


def _create_delete_statuses(spec: Spec) -> set[str]:
    found: set[str] = set()
    for op in spec.operations:
        success = op.success
        changed = op.kind in ("create", "delete") and success and success.status != "200"
        if changed and success and success.inferred is not None:
            found.add(success.pointer)
    return found


def _error_schemas(spec: Spec) -> set[str]:
    found: set[str] = set()
    for op in spec.operations:
        for status, response in op.responses.items():
            if status.startswith(("4", "5")):
                pointer = inferred_target(response.schema)
                if pointer is not None:
                    found.add(pointer)
    return found


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    contradicts: Pointers = field(repr=False)
    list_shape: ListEnvelope | None = None  # None: the spec's
    id_field: str | None = None  # records name their id so instead of the spec's
    wrap_records: str | None = None  # single records come as {wrap_records: record}
    day_first_dates: bool = False  # dates as DD/MM/YYYY
    success_200: bool = False  # create and delete answer 200
    error_style: str = "spec"  # spec | message | text

    @property
    def is_default(self) -> bool:
        return self.name == "default"


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("default", "what openapi.yaml infers", lambda spec: set()),
        Profile(
            "bare-list",
            "lists as a bare JSON array",
            _lists_as(PAGINATORS["bare"]),
            list_shape=PAGINATORS["bare"],
        ),
        Profile(
            "docs-paginator",
            "lists as {docs, totalDocs, limit, page, totalPages, hasNextPage}",
            _lists_as(PAGINATORS["docs"]),
            list_shape=PAGINATORS["docs"],
        ),
        Profile(
            "data-total-count",
            "lists as {data, totalCount}",
            _lists_as(PAGINATORS["data-total"]),
            list_shape=PAGINATORS["data-total"],
        ),
        Profile("plain-id", 'records carry "id" instead of "_id"', _record_schemas, id_field="id"),
        Profile(
            "wrapped-records",
            'single records come wrapped as {"data": record}',
            _record_schemas,
            wrap_records=RECORD_WRAPPERS[0],
        ),
        Profile(
            "day-first-dates",
            "dates as DD/MM/YYYY (as other iCloudReady resources write them)",
            _date_inferences,
            day_first_dates=True,
        ),
        Profile(
            "status-200",
            "create and delete answer 200 instead of 201 and 204",
            _create_delete_statuses,
            success_200=True,
        ),
        Profile(
            "message-errors",
            'errors as {"message": ...} only',
            _error_schemas,
            error_style="message",
        ),
        Profile("text-errors", "errors as plain text", _error_schemas, error_style="text"),
    )
}

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class Renderer:
    """Applies a profile to the bodies the mock has built the spec's way."""

    def __init__(self, spec: Spec, profile: Profile) -> None:
        self.profile = profile
        self._date_fields = _date_paths(spec) if profile.day_first_dates else {}

    def _item(self, op: Operation, document: str) -> str:
        if op.resource is None:
            return document
        if self.profile.id_field:
            document = _rename_id(document, op.resource.id_field, self.profile.id_field)
        if self._date_fields:
            document = self._dates(op.resource.collection, document)
        return document

    def record(self, op: Operation, document: str) -> str:
        document = self._item(op, document)
        if self.profile.wrap_records:
            document = f'{{"{self.profile.wrap_records}":{document}}}'
        return document

    def list_items(self, op: Operation, docs: list[str]) -> list[str]:
        return [self._item(op, document) for document in docs]

    @property
    def list_shape(self) -> ListEnvelope | None:
        """The profile's list envelope; None for the spec's own."""
        return self.profile.list_shape

    def status(self, op: Operation) -> int:
        if self.profile.success_200 and op.kind in ("create", "delete"):
            return 200
        return op.success_status

    def error(self, code: str, message: str, body: bytes) -> tuple[bytes, bytes]:
        """An error body and its content type, in the profile's style."""
        if self.profile.error_style == "message":
            return json.dumps({"message": message}).encode(), b"application/json"
        if self.profile.error_style == "text":
            return message.encode(), b"text/plain; charset=utf-8"
        return body, b"application/json"

    def _dates(self, collection: str, document: str) -> str:
        record = json.loads(document)
        for path in self._date_fields.get(collection, []):
            _rewrite(record, path)
        return json.dumps(record, separators=(",", ":"), ensure_ascii=False)


def _rename_id(document: str, old: str, new: str) -> str:
    # Stored documents start with their id (the store writes it first).
    prefix = f'{{"{old}":'
    return f'{{"{new}":' + document[len(prefix) :] if document.startswith(prefix) else document


def _date_paths(spec: Spec) -> dict[str, list[tuple[str, ...]]]:
    """Per resource, where its records hold ISO dates (format: date), "*" for array items."""
    return {
        resource.collection: [
            path for path, schema in resource.record.walk(depth=6) if schema.format == "date"
        ]
        for resource in spec.resources.values()
    }


def _rewrite(node: Any, path: tuple[str, ...]) -> None:
    """The ISO date at ``path`` below ``node`` (``*``: every item) as DD/MM/YYYY, in place."""
    for container, key in places(node, path):
        value = container[key]
        if isinstance(value, str) and (m := _ISO_DATE.match(value)):
            container[key] = f"{m.group(3)}/{m.group(2)}/{m.group(1)}"
