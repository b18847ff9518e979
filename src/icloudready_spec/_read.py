"""openapi.yaml into the spec model's types, strictly: what it cannot represent is listed.

The convention and the declarations (``_convention``) then give every operation its kind,
its resource and its list roles; ``build`` raises SpecError naming every problem at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ._convention import classify
from ._load import Document, deref, escape, read, resolve
from ._model import ROLES, Body, Link, Operation, Parameter, RateTier, Response, Spec
from ._schema import SchemaReader, SpecError

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DECLARATIONS = ("x-kind", "x-resource", "x-method-name", "x-rate-limit-tier", "x-import")
_OPERATION_X = frozenset({*DECLARATIONS, "x-inferred", "x-inferred-reason", "x-observed"})


def load(path: str | Path) -> Spec:
    return build(read(path), Path(path))


def build(document: Document, path: Path | None = None) -> Spec:
    """The model of ``document``; SpecError listing every problem it cannot represent."""
    reader = _Reader(document)
    info, servers = document.get("info") or {}, document.get("servers") or [{}]
    components = (document.get("components") or {}).get("schemas") or {}
    tiers, default_tier = reader.rate_tiers()
    spec = Spec(
        path=path,
        document=document,
        title=str(info.get("title") or ""),
        base_url=str(servers[0].get("url") or ""),
        tags={str(t["name"]): str(t.get("description") or "") for t in document.get("tags") or []},
        rate_tiers=tiers,
        default_tier=default_tier,
        operations=reader.operations(),
        resources={},
        schemas={
            str(name): reader.schemas.component(f"#/components/schemas/{escape(str(name))}")
            for name in components
        },
    )
    classify(spec, reader.problems)
    if reader.problems:
        raise SpecError(reader.problems)
    return spec


def _reason(node: dict[str, Any]) -> str | None:
    """An ``x-inferred`` node's reason (None when the node is a documented fact); an
    ``x-observed`` node's observation (what traffic showed, still checked live)."""
    if "x-observed" in node:
        return f"observed {node['x-observed']}"
    return str(node.get("x-inferred-reason") or "") if node.get("x-inferred") is True else None


class _Reader:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.schemas = SchemaReader(document)
        self.problems = self.schemas.problems

    def rate_tiers(self) -> tuple[dict[str, RateTier], str]:
        node = self.document.get("x-rate-limits")
        if not isinstance(node, dict):
            self.problems.append("x-rate-limits: missing (the tiers every operation is paced by)")
            return {}, ""
        tiers = {}
        for name, tier in (node.get("tiers") or {}).items():
            try:
                tiers[str(name)] = RateTier(str(name), int(tier["perMinute"]), int(tier["perHour"]))
            except (KeyError, TypeError, ValueError):
                self.problems.append(f"x-rate-limits.tiers.{name}: needs perMinute and perHour")
        default = str(node.get("default") or "")
        if default not in tiers:
            self.problems.append(f"x-rate-limits.default: {default!r} is not a tier")
        return tiers, default

    def operations(self) -> list[Operation]:
        found: list[Operation] = []
        for route, raw_item in (self.document.get("paths") or {}).items():
            item = deref(self.document, raw_item)
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    found.append(self._operation(str(route), method, item, item[method]))
        return found

    def _operation(
        self, route: str, method: str, item: dict[str, Any], op: dict[str, Any]
    ) -> Operation:
        pointer = f"#/paths/{escape(route)}/{method}"
        for key in op:
            if str(key).startswith("x-") and key not in _OPERATION_X:
                self.problems.append(f"{pointer}: unsupported operation extension {key!r}")
        operation_id = op.get("operationId")
        if not isinstance(operation_id, str):
            self.problems.append(f"{method.upper()} {route}: no operationId")
            operation_id = f"{method}{route}"
        security = op.get("security", self.document.get("security") or [])
        shared = [
            (f"#/paths/{escape(route)}/parameters/{i}", p)
            for i, p in enumerate(item.get("parameters") or [])
        ]
        own = [(f"{pointer}/parameters/{i}", p) for i, p in enumerate(op.get("parameters") or [])]
        return Operation(
            operation_id=operation_id,
            method=method.upper(),
            path=route,
            tag=str((op.get("tags") or ["default"])[0]),
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or "").strip(),
            deprecated=op.get("deprecated") is True,
            public=not security or any(not req for req in security),
            parameters=tuple(
                {(p.name, p.location): p for p in map(self._parameter, [*shared, *own])}.values()
            ),
            body=self._body(f"{pointer}/requestBody", op.get("requestBody")),
            responses={
                str(status): self._response(f"{pointer}/responses/{escape(str(status))}", raw)
                for status, raw in (op.get("responses") or {}).items()
            },
            pointer=pointer,
            kind=str(op.get("x-kind") or ""),
            declared=frozenset(k for k in DECLARATIONS if k in op),
            method_name=str(op.get("x-method-name") or ""),
            rate_tier=str(op.get("x-rate-limit-tier") or ""),
            for_import=op.get("x-import") is True,
            inferred=_reason(op),
        )

    def _own(self, raw: Any, pointer: str) -> tuple[dict[str, Any], str]:
        """A node and its own pointer (the component's when it is a $ref)."""
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            return deref(self.document, raw), str(raw["$ref"])
        return (raw if isinstance(raw, dict) else {}), pointer

    def _parameter(self, where_raw: tuple[str, Any]) -> Parameter:
        node, at = self._own(where_raw[1], where_raw[0])
        role = node.get("x-role")
        if role is not None and role not in ROLES:
            self.problems.append(f"{at}: x-role {role!r} is not one of {', '.join(ROLES)}")
        return Parameter(
            name=str(node.get("name")),
            location=str(node.get("in")),
            required=node.get("required") is True,
            schema=self.schemas.read(node.get("schema") or {}, f"{at}/schema"),
            description=" ".join(str(node.get("description") or "").split()),
            pointer=at,
            role=str(role) if role is not None else None,
            inferred=_reason(node),
            example=node.get("example", (node.get("schema") or {}).get("example")),
        )

    def _media(self, node: dict[str, Any], at: str) -> tuple[dict[str, Any], str]:
        """The JSON (else the first) media type object, and its schema's pointer."""
        content = node.get("content") or {}
        media_type = (
            "application/json" if "application/json" in content else next(iter(content), "")
        )
        media = content.get(media_type) if media_type else None
        return (
            media if isinstance(media, dict) else {}
        ), f"{at}/content/{escape(media_type)}/schema"

    def _examples(self, media: dict[str, Any]) -> tuple[Any, ...]:
        values = [deref(self.document, e) for e in (media.get("examples") or {}).values()]
        found = [
            resolve(self.document, v["value"])
            for v in values
            if isinstance(v, dict) and "value" in v
        ]
        if "example" in media:
            found.append(resolve(self.document, media["example"]))
        return tuple(found)

    def _body(self, pointer: str, raw: Any) -> Body | None:
        node, at = self._own(raw, pointer)
        media, schema_at = self._media(node, at)
        if raw is None or not media:
            return None
        return Body(
            schema=self.schemas.read(media.get("schema") or {}, schema_at),
            required=node.get("required") is True,
            pointer=at,
            examples=self._examples(media),
        )

    def _response(self, pointer: str, raw: Any) -> Response:
        node, at = self._own(raw, pointer)
        media, schema_at = self._media(node, at)
        links = tuple(
            Link(
                str(link.get("operationId")),
                {str(k): str(v) for k, v in (link.get("parameters") or {}).items()},
            )
            for link in (deref(self.document, lk) for lk in (node.get("links") or {}).values())
        )
        schema = self.schemas.read(media["schema"], schema_at) if "schema" in media else None
        return Response(pointer.rsplit("/", 1)[-1], schema, at, _reason(node), links)
