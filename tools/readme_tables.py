"""The README's resource table, written from the spec model by ``make generate``.

One row per tag: its paths, and its methods split by what the reference documents (no
``x-inferred`` on the operation) and what the spec infers (the reason given); actions and
the non-default rate tier are said. ``make check`` fails when the README's table differs.
"""

from __future__ import annotations

import re
from pathlib import Path

from icloudready_spec import Operation, Spec, snake

START, END = "<!-- resources: written by make generate -->", "<!-- resources: end -->"
_SECTION = re.compile(re.escape(START) + ".*?" + re.escape(END), re.DOTALL)


def _method(op: Operation, spec: Spec) -> str:
    notes = [op.kind] if op.kind in ("action", "sign-in") else []
    if op.rate_tier != spec.default_tier:
        notes.append(f"{op.rate_tier} tier")
    return f"`{op.method_name}`" + (f" ({', '.join(notes)})" if notes else "")


def render(spec: Spec) -> str:
    rows = [
        "| `client.<tag>` | paths | documented | inferred (`x-inferred`: why) |",
        "|---|---|---|---|",
    ]
    by_tag: dict[str, list[Operation]] = {}
    for op in spec.operations:
        by_tag.setdefault(op.tag, []).append(op)
    for tag, ops in by_tag.items():
        paths = ", ".join(f"`{p}`" for p in dict.fromkeys(op.path for op in ops))
        facts = ", ".join(_method(op, spec) for op in ops if op.inferred is None) or "none"
        guessed = "; ".join(
            f"{_method(op, spec)}: {op.inferred.rstrip('.')}"
            for op in ops
            if op.inferred is not None
        )
        rows.append(f"| `{snake(tag)}` | {paths} | {facts} | {guessed or 'none'} |")
    counts = (
        f"{len(spec.operations)} operations in {len(by_tag)} tags: "
        f"{sum(op.inferred is None for op in spec.operations)} as documented, "
        f"{sum(op.inferred is not None for op in spec.operations)} with inferred parts."
    )
    return "\n".join([START, "", counts, "", *rows, "", END])


def update(readme: Path, spec: Spec) -> bool:
    """Rewrite the table in ``readme``; whether it changed."""
    text = readme.read_text(encoding="utf-8")
    if not _SECTION.search(text):
        raise ValueError(f"{readme}: no {START} ... {END} section")
    written = _SECTION.sub(lambda _: render(spec), text)
    if written != text:
        readme.write_text(written, encoding="utf-8")
    return written != text


def matches(readme: Path, spec: Spec) -> bool:
    found = _SECTION.search(readme.read_text(encoding="utf-8"))
    return found is not None and found.group(0) == render(spec)
