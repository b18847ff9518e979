"""`make api-diff BASE=<git rev>`: what changed for SDK users since BASE, as Markdown.

    python tools/api_diff.py BASE            # the full report (for a changelog)
    python tools/api_diff.py --summary BASE  # one line (printed by `make generate`)

Two views of one change: Redocly's diff of the two specs, every change rated by the
semver bump it needs (`diff-recommended` rules, in redocly.yaml; @redocly/cli is pinned in
package.json), and a diff of the public SDK surface (tools/sdk_surface.py) generated from
BASE's spec and from the working tree's generated/.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from regenerate import ROOT, generate_into

from icloudready_spec import Spec, deref, load

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"


def base_spec(rev: str, folder: Path) -> Path:
    text = subprocess.run(
        ["git", "show", f"{rev}:openapi.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    path = folder / "base.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def spec_diff(base: Path, revision: Path) -> dict[str, Any]:
    result = subprocess.run(
        [
            str(REDOCLY),
            "diff",
            str(base),
            str(revision),
            "--config",
            str(ROOT / "redocly.yaml"),
            "--format",
            "json",
            "--fail-on",
            "none",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    start = result.stdout.find("{")
    if result.returncode != 0 or start < 0:
        raise SystemExit(f"redocly diff failed:\n{result.stdout}{result.stderr}")
    report: dict[str, Any] = json.loads(result.stdout[start:])
    return report


_IMPACTS = ("patch", "minor", "major")


def _role_names(spec: Spec, route: str, method: str, index: int) -> tuple[str, list[str]] | None:
    """The list role and the field names of the parameter at ``route``/``method``/``index``."""
    raw = ((spec.document.get("paths") or {}).get(route) or {}).get(method) or {}
    params = raw.get("parameters") or []
    if index >= len(params):
        return None
    name = deref(spec.document, params[index]).get("name")
    op = next((o for o in spec.operations if o.path == route and o.method == method.upper()), None)
    param = op.query(str(name)) if op is not None else None
    resource = op.resource if op is not None else None
    if param is None or resource is None or param.role not in ("sort", "fields", "filter"):
        return None
    roles = {"sort": resource.sort_keys, "fields": resource.projection_fields}
    return str(param.role), list(roles.get(param.role, resource.filter_fields))


def reclassify(report: dict[str, Any], base: Path, revision: Path) -> dict[str, Any]:
    """Rate the restated list parameters by the fields they name, not by their text.

    Redocly cannot compare two patterns, so any change of ``fields``/``p`` reads as
    breaking; but those patterns (and ``sortBy``'s enum) restate the record's fields
    (``make generate`` writes them): a field added is an addition (minor), one removed
    breaks callers (major).
    """
    specs = (load(base), load(revision))
    counts = dict.fromkeys(_IMPACTS, 0)
    for change in report.get("changes") or []:
        pointer = str(change.get("path", "")).removeprefix("#/").split("/")
        parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer]
        if len(parts) >= 5 and parts[0] == "paths" and parts[3] == "parameters":
            found = [_role_names(s, parts[1], parts[2], int(parts[4])) for s in specs]
            if all(found) and found[0] != found[1]:
                (role, before), (_, after) = found  # type: ignore[misc]
                added = ", ".join(n for n in after if n not in before)
                removed = ", ".join(n for n in before if n not in after)
                change["impact"] = "major" if removed else "minor"
                words = [f"added {added}" if added else "", f"removed {removed}" if removed else ""]
                why = f"the {role} parameter names the record's fields: " + "; ".join(
                    filter(None, words)
                )
                change["verdicts"] = [{"message": why}]
        impact = str(change.get("impact"))
        if impact in counts:
            counts[impact] += 1
    report["summary"] = counts
    report["bump"] = next((i for i in reversed(_IMPACTS) if counts[i]), "none")
    return report


def surface(generated: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "sdk_surface.py")],
        env={**os.environ, "PYTHONPATH": str(generated)},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"listing the SDK surface of {generated} failed:\n{result.stderr}")
    return result.stdout.splitlines()


def _where(change: dict[str, Any]) -> str:
    path = str(change.get("path", ""))
    return path.removeprefix("#/").replace("~1", "/").replace("~0", "~")


def _component_of(spec: Spec, pointer: str) -> str | None:
    """The component schema a change's location lies in, following $refs on the way."""
    node: Any = spec.document
    found = None
    for raw in pointer.removeprefix("#/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            found = str(node["$ref"]).rsplit("/", 1)[-1] if "/schemas/" in node["$ref"] else found
            node = deref(spec.document, node)
        node = node.get(part) if isinstance(node, dict) else None
        if node is None:
            break
    parts = pointer.removeprefix("#/").split("/")
    if parts[:2] == ["components", "schemas"] and len(parts) > 2:
        found = parts[2]
    return found


def _users(spec: Spec) -> dict[str, list[str]]:
    """Component schema name -> the operations whose body or responses use it."""
    users: dict[str, list[str]] = {}
    for op in spec.operations:
        roots = [op.body.schema if op.body else None, *(r.schema for r in op.responses.values())]
        names = {s.name for root in roots if root is not None for _, s in root.walk() if s.name}
        for name in names:
            users.setdefault(name, []).append(op.operation_id)
    return users


def _why(change: dict[str, Any]) -> str:
    """Redocly's reasons, or what the change is in words when it gives none."""
    verdicts = "; ".join(v.get("message", "") for v in change.get("verdicts") or [])
    if verdicts:
        return verdicts
    base, revision = change.get("base") or {}, change.get("revision") or {}
    kind, what = change.get("kind"), change.get("typeName", "element")
    if kind == "modified" and change.get("property") == "key":
        return f"{what} renamed from `{base.get('value')}` to `{revision.get('value')}`"
    if kind == "modified" and "value" in base:
        was, now = base.get("value"), revision.get("value")
        return f"`{change.get('property')}` changed from `{was}` to `{now}`"
    return {"added": f"{what} added", "removed": f"{what} removed"}.get(str(kind), f"{what} {kind}")


def _sdk_impact(delta: list[str]) -> str:
    """A public name, parameter or type users had that is gone or changed breaks them."""
    if any(line.startswith("-") for line in delta):
        return "major"
    return "minor" if delta else "none"


def markdown(
    rev: str, report: dict[str, Any], before: list[str], after: list[str], spec: Spec | None = None
) -> str:
    delta = [
        line
        for line in difflib.unified_diff(before, after, "base", "working tree", lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    sdk = _sdk_impact(delta)
    order = ("none", *_IMPACTS)
    bump = max(str(report.get("bump", "none")), sdk, key=order.index)
    summary = report.get("summary", {})
    lines = [
        f"## API changes since `{rev}`",
        "",
        f"**Spec:** {summary.get('major', 0)} breaking (major) · {summary.get('minor', 0)} "
        f"minor · {summary.get('patch', 0)} patch. **SDK surface:** {_surface_counts(delta)}"
        f" ({'breaking' if sdk == 'major' else sdk}). Needs a **{bump}** version bump.",
        "",
    ]
    users = _users(spec) if spec is not None else {}
    changes = report.get("changes") or []
    if changes:
        lines += ["| impact | change | where | used by | why |", "|---|---|---|---|---|"]
        for change in changes:
            why, impact = _why(change), str(change.get("impact"))
            component = _component_of(spec, str(change.get("path", ""))) if spec else None
            used = ", ".join(users.get(component or "", [])) or "-"
            if impact != "major" and sdk == "major" and change.get("typeName") == "Schema":
                impact, why = (
                    "major",
                    f"{why}; the SDK surface changed with it (breaking for SDK users)",
                )
            lines.append(
                f"| {impact} | {change.get('kind')} | `{_where(change)}` | {used} | {why} |"
            )
        lines.append("")
    if delta:
        lines += ["```diff", *delta, "```"]
    return "\n".join(lines) + "\n"


def _surface_counts(delta: list[str]) -> str:
    removed = sum(line.startswith("-") for line in delta)
    added = sum(line.startswith("+") for line in delta)
    return f"{removed} line(s) removed, {added} added" if delta else "unchanged"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="git revision to compare with, e.g. HEAD or v0.1.0")
    parser.add_argument("--summary", action="store_true", help="one line, spec level only")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--generated", type=Path, default=ROOT / "generated")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="icloudready-api-diff-") as tmp:
        folder = Path(tmp)
        base = base_spec(args.base, folder)
        report = reclassify(spec_diff(base, args.spec), base, args.spec)
        if args.summary:
            summary = report.get("summary", {})
            print(
                f"API change since {args.base}: {summary.get('major', 0)} breaking, "
                f"{summary.get('minor', 0)} minor, {summary.get('patch', 0)} patch "
                f"(`make api-diff BASE={args.base}` for details)"
            )
            return 0
        generated = generate_into(base, folder / "base")
        if generated.returncode != 0:
            raise SystemExit(f"generating {args.base}'s SDK failed:\n{generated.stderr}")
        before = surface(folder / "base" / "generated")
        after = surface(args.generated)
    sys.stdout.write(markdown(args.base, report, before, after, load(args.spec)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
