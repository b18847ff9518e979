"""Writes into openapi.yaml what it must restate (icloudready_spec._restated), keeping its layout.

``make generate`` writes (tools/generate.py); ``make check`` reports what differs
(tools/check_spec.py).

ruamel.yaml round-trips the file byte for byte (comments, quotes, flow lists), so only the
restated nodes change; a node that already says the right thing is left as it is.
"""

from __future__ import annotations

import copy
import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from icloudready_spec import SpecError, build, dotted
from icloudready_spec._restated import record_field, restatements


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[2:].split("/")]


def _at(document: Any, parts: list[str]) -> Any:
    node = document
    for part in parts:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _node(value: Any) -> Any:
    """A restated value as YAML: a pattern single-quoted, an enum a flow list."""
    if isinstance(value, list):
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq
    return SingleQuotedScalarString(value) if isinstance(value, str) else value


def _record_field(node: CommentedMap) -> CommentedMap:
    """A body field's node as the record's (``record_field``), on a copy: its layout kept."""
    wanted = record_field(_plain(node))
    made = copy.deepcopy(node)
    for key in list(made):
        if key not in wanted:
            del made[key]
        elif _plain(made[key]) != wanted[key]:
            made[key] = wanted[key]
    return made


def _properties(
    current: CommentedMap, value: dict[str, Any], sources: dict[str, Any]
) -> CommentedMap:
    """The record's properties: each kept as written where it says the right thing."""
    out = CommentedMap()
    for name, wanted in value.items():
        keep = name in current and _plain(current[name]) == wanted
        out[name] = current[name] if keep else _record_field(sources[name])
    return out


def write_back(text: str) -> tuple[str, list[str]]:
    """The spec text with every restatement written, and what changed (dotted pointers).

    Repeated until nothing changes: a record's new fields change what its list restates.
    """
    changed: list[str] = []
    for _ in range(4):
        text, more = _write_once(text)
        if not more:
            return text, list(dict.fromkeys(changed))
        changed += more
    raise SpecError(["the restated facts do not settle; see tools/writeback.py"])


def _write_once(text: str) -> tuple[str, list[str]]:
    yaml = _yaml()
    document = yaml.load(text)
    spec = build(_plain(document))
    changed: list[str] = []
    for restated in restatements(spec):
        parts = _parts(restated.pointer)
        parent = _at(document, parts[:-1])
        key = parts[-1]
        current = parent.get(key)
        if _plain(current) == restated.value:
            continue
        if key == "properties":
            resource = next(
                r
                for r in spec.resources.values()
                if f"{r.record.pointer}/properties" == restated.pointer
            )
            assert resource.input is not None
            sources = _at(document, _parts(resource.input.pointer)).get("properties") or {}
            parent[key] = _properties(current or CommentedMap(), restated.value, sources)
        else:
            parent[key] = _node(restated.value)
        changed.append(f"{dotted(restated.pointer)}: {restated.why}")
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue(), changed
