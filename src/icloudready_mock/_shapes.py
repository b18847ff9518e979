"""How responses are shaped: the list envelope, records, statuses and error bodies.

The default shape is the one openapi.yaml declares (derived from each operation's
response schema). Profiles (``--profile``) swap parts of it for the plausible
alternatives a real server might use, each tied to the inference it contradicts.
"""

from __future__ import annotations

from dataclasses import dataclass

from icloudready_spec import Operation, Spec, resolve

_TOTAL_NAMES = ("total", "totalCount", "count", "totalDocs")


@dataclass(frozen=True)
class Envelope:
    """Where a list response puts its items and paging numbers (None: not there)."""

    items: str | None  # None: the response is a bare array
    page: str | None = None
    limit: str | None = None
    total: str | None = None

    @classmethod
    def of(cls, spec: Spec, op: Operation) -> Envelope:
        schema = resolve(spec.document, op.success_schema) or {}
        if schema.get("type") == "array":
            return cls(items=None)
        props = schema.get("properties") or {}
        items = next((k for k, v in props.items() if v.get("type") == "array"), "data")
        ints = {k for k, v in props.items() if v.get("type") == "integer"}
        return cls(
            items=items,
            page="page" if "page" in ints else None,
            limit="limit" if "limit" in ints else None,
            total=next((k for k in _TOTAL_NAMES if k in ints), None),
        )

    def render(self, docs: list[str], page: int, limit: int, total: int) -> str:
        # Stored documents are already JSON: the envelope is spliced around them.
        items = f"[{','.join(docs)}]"
        if self.items is None:
            return items
        parts = [f'"{self.items}":{items}']
        for name, value in ((self.page, page), (self.limit, limit), (self.total, total)):
            if name:
                parts.append(f'"{name}":{value}')
        return "{" + ",".join(parts) + "}"
