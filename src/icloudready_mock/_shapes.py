"""List envelopes as JSON text: the spec's (its ListShape) or a paginator's (profiles).

Stored documents are already JSON, so an envelope is spliced around them, never re-encoded.
"""

from __future__ import annotations

from icloudready_runtime._shapes import ListEnvelope
from icloudready_spec import ListShape


def render_list(
    shape: ListShape | ListEnvelope, docs: list[str], page: int, limit: int, total: int
) -> str:
    items = f"[{','.join(docs)}]"
    if shape.items is None:
        return items
    parts = [f'"{shape.items}":{items}']
    if isinstance(shape, ListEnvelope):
        pages = max(1, -(-total // limit))
        numbers = [
            (shape.total, total),
            (shape.limit, limit),
            (shape.page, page),
            (shape.total_pages, pages),
        ]
        for name, value in numbers:
            if name:
                parts.append(f'"{name}":{value}')
        if shape.has_next:
            parts.append(f'"{shape.has_next}":{"true" if page < pages else "false"}')
    else:
        for name, value in ((shape.page, page), (shape.limit, limit), (shape.total, total)):
            if name:
                parts.append(f'"{name}":{value}')
    return "{" + ",".join(parts) + "}"
