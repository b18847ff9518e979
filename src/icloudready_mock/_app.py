"""The mock of the API as a plain ASGI application, derived from openapi.yaml.

Routes, validation, list semantics and status codes come from the spec model
(icloudready_spec); the quirks the spec cannot express are declared in _behaviours.py.
Routes are matched literal-first, so ``/opportunities/multiple`` never reaches the
``{id}`` handlers. No request can produce a traceback: every failure becomes a JSON error
of openapi.yaml's shape.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import secrets
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl, unquote_to_bytes

from icloudready_runtime._body_schema import dotted, shorten
from icloudready_spec import RECORD_KINDS, Operation, Resource, Spec

from ._accounts import EmailTaken
from ._behaviours import BEHAVIOURS, Behaviour
from ._errors import HTTPError
from ._faults import Faults
from ._profiles import PROFILES, Profile, Renderer
from ._protocol import HEADER_TIMEOUT, MAX_CONNECTIONS
from ._rate_limit import RateLimiter
from ._shapes import render_list
from ._store import ListQuery, QueryTooExpensive, Store, Table, dumps
from ._validation import MAX_DEPTH, Validators, deeper_than, deeper_than_in_text

logger = logging.getLogger("icloudready_mock")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

DEMO_TOKEN = "icr_demo_0123456789abcdef"  # noqa: S105 - a documented demo token
DEMO_USER = ("admin@example.com", "secret")
MAX_BODY = 1024 * 1024
BODY_TIMEOUT = 10.0  # seconds for a whole request body to arrive
MAX_MINTED_TOKENS = 10_000
_JSON = b"application/json"
_VISIBLE_ASCII = re.compile(rb"[\x21-\x7e]+")


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: bytes = _JSON
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Request:
    method: str
    params: dict[str, str]
    headers: dict[bytes, bytes]
    receive: Receive
    max_body: int
    path_params: dict[str, str] = field(default_factory=dict)
    client: str = "unknown"
    body_timeout: float = BODY_TIMEOUT

    async def body(self) -> bytes:
        """The body: 413 past ``max_body``, 408 past ``body_timeout``, 415 unless it is JSON."""
        length = self.headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            raise HTTPError(
                413, "payload_too_large", f"Request body exceeds {self.max_body} bytes."
            )
        try:
            async with asyncio.timeout(self.body_timeout):
                raw = await self._read()
        except TimeoutError:
            raise HTTPError(
                408,
                "request_timeout",
                f"The request body did not arrive within {self.body_timeout:g}s.",
                headers={"Connection": "close"},
            ) from None
        content_type = self.headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if content_type != _JSON and not content_type.endswith(b"+json"):
            shown = content_type.decode("latin-1") or "none"
            raise HTTPError(
                415,
                "unsupported_media_type",
                f"Content-Type must be application/json, got {shown}.",
            )
        return raw

    async def _read(self) -> bytes:
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await self.receive()
            if message["type"] == "http.disconnect":
                raise HTTPError(400, "disconnected", "Client disconnected.")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise HTTPError(
                    413, "payload_too_large", f"Request body exceeds {self.max_body} bytes."
                )
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)


Handler = Callable[[Operation, Request], Awaitable[Response]]


@dataclass
class _Route:
    segments: list[str | None]  # None: a parameter
    names: list[str]  # parameter names, in order
    methods: dict[str, Operation]

    @property
    def literals(self) -> int:
        return sum(s is not None for s in self.segments)

    def match(self, parts: list[str]) -> dict[str, str] | None:
        if len(parts) != len(self.segments):
            return None
        values: list[str] = []
        for part, segment in zip(parts, self.segments, strict=True):
            if segment is None:
                if not part:
                    return None
                values.append(part)
            elif part != segment:
                return None
        return dict(zip(self.names, values, strict=True))


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogateescape")).digest()


class MockAPI:
    """ASGI app: ``uvicorn.run(MockAPI(spec, Store(path, spec.resources.values())))``."""

    def __init__(
        self,
        spec: Spec,
        store: Store,
        *,
        tokens: list[str] | None = None,
        users: dict[str, str] | None = None,
        rate_limiter: RateLimiter | None = None,
        faults: Faults | None = None,
        max_body: int = MAX_BODY,
        body_timeout: float = BODY_TIMEOUT,
        header_timeout: float = HEADER_TIMEOUT,
        max_connections: int = MAX_CONNECTIONS,
        behaviours: dict[str, Behaviour] | None = None,
        profile: Profile | None = None,
    ) -> None:
        self.spec = spec
        # /openapi.yaml serves the spec this app was derived from, byte for byte.
        self.spec_text = spec.path.read_bytes() if spec.path else b""
        self.store = store
        self.tokens = list(tokens) if tokens else [DEMO_TOKEN]
        # Tokens are compared by digest: a lookup that leaks nothing about the token's text.
        self._token_digests = {_digest(t) for t in self.tokens}
        # A token sign-in minted, and the account it signed in to.
        self._minted: OrderedDict[bytes, str] = OrderedDict()
        # The demo user signs in only where the demo token works: --token restricts both.
        if users is None:
            users = {DEMO_USER[0]: DEMO_USER[1]} if not tokens else {}
        self.users = users
        self.accounts = store.accounts
        # Each user given is an account of the store, which sign-up adds to; the static
        # tokens belong to the first one (or, with no user, to an account of their own).
        self._static_account = next(
            (self.accounts.ensure(email, password, rolename="Admin")["_id"]
             for email, password in users.items()),
            None,
        )  # fmt: skip
        self.rate_limiter = rate_limiter
        self.signin_limiter = RateLimiter({"sign-in": (10, 100)}, max_keys=10_000)
        self.faults = faults
        self.max_body = max_body
        self.body_timeout = body_timeout
        # Applied by the server's protocol (see _server.uvicorn_config).
        self.header_timeout = header_timeout
        self.max_connections = max_connections
        self.validators = Validators(spec)
        self.behaviours = behaviours if behaviours is not None else BEHAVIOURS
        self.profile = profile or PROFILES["default"]
        self.renderer = Renderer(spec, self.profile)
        self._plain = self.profile.is_default  # the spec's own shapes: no rendering at all
        self.prefix = spec.prefix
        self._exact: dict[str, _Route] = {}
        self._patterns: list[_Route] = []
        # Per operation, what every request would otherwise derive again from the spec.
        self._success = {op.operation_id: op.success_status for op in spec.operations}
        self._id_param = {op.operation_id: op.path_parameters[-1:] for op in spec.operations}
        self._query_params = {op.operation_id: op.query_parameters for op in spec.operations}
        # The parameters that scope a collection (/customFields/{object}), before any id.
        self._scope_params = {
            op.operation_id: op.path_parameters[:-1] if op.on_one_record else op.path_parameters
            for op in spec.operations
        }
        # The tiers a request counts against: the default, and the operation's own.
        self._tiers = {
            op.operation_id: tuple(
                dict.fromkeys((spec.default_tier, op.rate_tier or spec.default_tier))
            )
            for op in spec.operations
        }
        for op in spec.operations:
            self._add_route(op)
        # Literal segments first: more literals win over a parameter at the same place.
        self._patterns.sort(key=lambda r: -r.literals)
        self._handlers: dict[str, Handler] = {
            "list": self.list_records,
            "create": self.create,
            "retrieve": self.retrieve,
            "replace": self.update,
            "patch": self.update,
            "delete": self.delete,
            "subresource": self.subresource,
            "bulk-update": self.bulk_update,
            "sign-in": self.sign_in,
            "sign-up": self.sign_up,
            "me": self.me,
            "update-me": self.update_me,
        }

    def _add_route(self, op: Operation) -> None:
        segments: list[str | None] = []
        names: list[str] = []
        for part in op.segments:
            if part.startswith("{") and part.endswith("}"):
                segments.append(None)
                names.append(part[1:-1])
            else:
                segments.append(part)
        key = op.path.strip("/")
        if not names:
            route = self._exact.setdefault(key, _Route(segments, names, {}))
        else:
            route = next((r for r in self._patterns if r.segments == segments), None) or _Route(
                segments, names, {}
            )
            if route not in self._patterns:
                self._patterns.append(route)
        route.methods[op.method] = op

    def table(self, op: Operation) -> Table:
        assert op.resource is not None
        return self.store.table(op.resource)

    @property
    def token(self) -> str:
        return self.tokens[0]

    # -- ASGI -------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            try:
                response = await self._dispatch(scope, receive)
            except RecursionError:
                # Only a record stored deeper than the limit (before it existed, or seeded)
                # can get here: reading it back ran past Python's recursion limit.
                raise _unreadable() from None
        except HTTPError as exc:
            body, content_type = exc.body(), _JSON
            if not self._plain:
                body, content_type = self.renderer.error(exc.code, exc.message, body)
            response = Response(exc.status, body, content_type, headers=exc.headers)
        except _DropConnection:
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-length", b"1000")],
                }
            )
            await send({"type": "http.response.body", "body": b"{", "more_body": True})
            raise
        except Exception:
            logger.exception("unhandled error in %s %s", scope.get("method"), scope.get("path"))
            response = Response(500, HTTPError(500, "internal_error", "The mock failed.").body())
        headers = [
            *([(b"content-type", response.content_type)] if response.content_type else []),
            (b"content-length", str(len(response.body)).encode()),
            (b"x-request-id", uuid.uuid4().hex.encode()),
            *((k.lower().encode(), v.encode()) for k, v in response.headers.items()),
        ]
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": response.body})

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    def _route(self, route: str) -> tuple[_Route, dict[str, str]]:
        key = route.strip("/")
        exact = self._exact.get(key)
        if exact is not None:
            return exact, {}
        parts = key.split("/")
        for candidate in self._patterns:
            values = candidate.match(parts)
            if values is not None:
                return candidate, values
        raise HTTPError(404, "not_found", f"No route {route[:200]!r}.")

    async def _dispatch(self, scope: Scope, receive: Receive) -> Response:
        path: str = scope["path"]
        method: str = scope["method"]
        _check_segments(scope.get("raw_path") or path.encode())
        if not path.startswith(self.prefix + "/"):
            if path == "/openapi.yaml" and method in ("GET", "HEAD"):
                return Response(200, self.spec_text, b"application/yaml")
            return _static(path, method, self.prefix)
        route, path_params = self._route(path[len(self.prefix) :])
        # HEAD is GET without the body (uvicorn leaves it out, Content-Length kept).
        op = route.methods.get(method) or (route.methods.get("GET") if method == "HEAD" else None)
        if op is None:
            allowed = list(route.methods)
            if "GET" in allowed:
                allowed.insert(allowed.index("GET") + 1, "HEAD")
            raise HTTPError(
                405,
                "method_not_allowed",
                f"{method} is not allowed on {path[len(self.prefix) :][:200]}.",
                headers={"Allow": ", ".join(allowed)},
            )
        client = scope.get("client")
        address = str(client[0]) if client else "unknown"
        key = self._authenticate(scope["headers"], public=op.public) or address
        await self._limit_and_inject(key, self._tiers[op.operation_id])
        # By position: two operations on one route may name their parameters differently.
        scoping = self._scope_params[op.operation_id]
        if scoping:  # most routes have none: no work on their requests
            values = list(path_params.values())[: len(scoping)]
            for param, raw in zip(scoping, values, strict=True):
                self.validators.param(op, param, raw)
        params = _query_parameters(op, scope.get("query_string", b""))
        request = Request(
            method,
            params,
            dict(scope["headers"]),
            receive,
            self.max_body,
            path_params,
            address,
            self.body_timeout,
        )
        handler = self._handler(op)
        if handler is None:
            if op.body is not None:  # a bad request is refused as one, before the 501
                self.validators.body(op, await request.body())
            raise HTTPError(
                501,
                "not_implemented",
                f"The mock serves no behaviour for operation {op.operation_id} "
                f"({op.method} {op.path}, kind {op.kind}): declare one in _behaviours.py.",
            )
        return await handler(op, request)

    def _handler(self, op: Operation) -> Handler | None:
        """What serves ``op``: its declared behaviour's handler, else its kind's (None: 501)."""
        behaviour = self.behaviours.get(op.operation_id)
        name = behaviour.handler if behaviour and behaviour.handler else op.kind
        if op.resource is None and name in RECORD_KINDS:
            return None
        return self._handlers.get(name)

    def serves(self, op: Operation) -> bool:
        """Whether the mock has a behaviour for ``op`` (else it answers 501 naming it)."""
        return self._handler(op) is not None

    @property
    def not_served(self) -> list[str]:
        """The operationIds answered 501 (after authentication and validation), in order."""
        return [op.operation_id for op in self.spec.operations if not self.serves(op)]

    def _authenticate(self, headers: list[tuple[bytes, bytes]], *, public: bool) -> str | None:
        """The bearer token (None on a public operation); 401 unless exactly one valid one."""
        values = [v for k, v in headers if k == b"authorization"]
        if public:
            return None
        if not values:
            raise HTTPError(
                401, "unauthorized", "Missing bearer token in the Authorization header."
            )
        if len(values) > 1:
            raise HTTPError(401, "unauthorized", "Send exactly one Authorization header.")
        scheme, sep, token = values[0].partition(b" ")
        # Exact form: "Bearer <token>" with visible ASCII only, nothing stripped or guessed.
        if not sep or scheme.lower() != b"bearer" or not _VISIBLE_ASCII.fullmatch(token):
            raise HTTPError(401, "unauthorized", "Invalid bearer token.")
        text = token.decode("ascii")
        digest = _digest(text)
        if digest not in self._token_digests and digest not in self._minted:
            raise HTTPError(401, "unauthorized", "Invalid bearer token.")
        return text

    async def _limit_and_inject(self, key: str, tiers: tuple[str, ...]) -> None:
        if self.rate_limiter is not None:
            _throttle(self.rate_limiter, key, tiers, "Rate limit exceeded.")
        if self.faults is not None:
            delay, fault = self.faults.draw()
            if delay:
                await asyncio.sleep(delay)
            if fault == "drop":
                raise _DropConnection
            if fault == "429":
                raise HTTPError(
                    429, "rate_limited", "Injected fault.", headers={"Retry-After": "1"}
                )
            if fault in ("500", "503"):
                raise HTTPError(int(fault), "injected_fault", "Injected fault.")

    # -- helpers ----------------------------------------------------------------

    def _id(self, op: Operation, request: Request) -> str:
        param = self._id_param[op.operation_id][-1]
        # By position: two operations on one route may name their parameter differently.
        raw = list(request.path_params.values())[-1]
        self.validators.param(op, param, raw)
        return raw

    async def _fields(self, op: Operation, request: Request) -> dict[str, Any]:
        body = self.validators.body(op, await request.body())
        if not isinstance(body, dict):
            raise HTTPError(422, "validation_error", "The body must be a JSON object.")
        return body

    def _not_found(self, op: Operation, record_id: str) -> HTTPError:
        noun = op.resource.tag if op.resource else "record"
        singular = noun[:-3] + "y" if noun.endswith("ies") else noun.rstrip("s")
        return HTTPError(404, "not_found", f"No {singular} with id {shorten(record_id)}.")

    def _too_deep_path(self, op: Operation, record_id: str) -> list[str | int] | None:
        """Where a stored record nests past the limit, from its text (too deep to parse)."""
        document = self.store.get(self.table(op), record_id)
        return None if document is None else deeper_than_in_text(document)

    def _ok(self, op: Operation, body: str | bytes) -> Response:
        status = self._success[op.operation_id] if self._plain else self.renderer.status(op)
        if status == 204:
            return Response(204, content_type=b"")
        if op.kind == "delete" and not body:
            body = b"{}"
        return Response(status, body.encode() if isinstance(body, str) else body)

    def _record(self, op: Operation, document: str) -> Response:
        return self._ok(op, document if self._plain else self.renderer.record(op, document))

    # -- derived operations -----------------------------------------------------

    def _list_query(self, op: Operation, params: dict[str, str]) -> tuple[ListQuery, list[str]]:
        """The list's query by role (page, limit, order, sort, fields, filter, search)."""
        resource = op.resource
        assert resource is not None
        values: dict[str, Any] = {}
        for param in self._query_params[op.operation_id]:
            if param.name in params:
                raw = params[param.name]
                self._name_unknown_fields(resource, param.role, param.name, raw)
                value = self.validators.param(op, param, raw)
            elif param.schema.has_default:
                value = param.schema.default
            else:
                continue
            if param.role is not None:
                values[param.role] = value
        fields: list[str] = []
        if "fields" in values:
            fields = str(values["fields"]).split(",")
        filters: list[tuple[str, str]] = []
        if "filter" in values:
            for pair in str(values["filter"]).split(","):
                name, _, value = pair.partition(":")
                if name not in self.table(op).columns:
                    raise HTTPError(400, "invalid_parameter", f"{name[:50]!r} is not filterable.")
                filters.append((name, value))
        query = ListQuery(
            limit=int(values.get("limit", 20)),
            page=int(values.get("page", 1)),
            order=str(values.get("order", "desc")),
            sort_by=values.get("sort"),
            q=_words_only(values.get("search")),
            filters=tuple(filters),
            fields=tuple(fields),
        )
        return query, fields

    @staticmethod
    def _name_unknown_fields(resource: Resource, role: str | None, name: str, raw: str) -> None:
        """For the projection and the filter, a refusal that names the fields, not the pattern."""
        if role == "fields":
            known, given = resource.projection_fields, raw.split(",")
        elif role == "filter":
            known, given = (
                resource.filter_fields,
                [pair.partition(":")[0] for pair in raw.split(",")],
            )
        else:
            return
        unknown = [f for f in dict.fromkeys(given) if f not in known]
        if unknown and known:
            shown = ", ".join(repr(f[:40]) for f in unknown[:5])
            more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
            raise HTTPError(
                400,
                "invalid_parameter",
                f"{name}: unknown field(s) {shown}{more}; known: {', '.join(known)}.",
            )

    async def list_records(self, op: Operation, request: Request) -> Response:
        query, _ = self._list_query(op, request.params)
        table = self.table(op)
        try:
            # The projection (fields) is applied by the store, off the loop when it is dear.
            docs, total = await self.store.list_page_async(table, query)
        except QueryTooExpensive as exc:
            raise HTTPError(400, "query_too_expensive", str(exc)) from None
        shape = table.resource.list_shape
        assert shape is not None
        if self._plain:
            return self._ok(op, render_list(shape, docs, query.page, query.limit, total))
        docs = self.renderer.list_items(op, docs)
        other = self.renderer.list_shape or shape
        return self._ok(op, render_list(other, docs, query.page, query.limit, total))

    async def create(self, op: Operation, request: Request) -> Response:
        fields = {k: v for k, v in (await self._fields(op, request)).items() if v is not None}
        behaviour = self.behaviours.get(op.operation_id)
        if behaviour is not None and behaviour.on_create is not None:
            added = behaviour.on_create(fields)
            # Added only where the create schema leaves room: 1,000 log entries plus the
            # created one would be a record past maxItems that could not be sent back, and
            # refusing the create would refuse a request the spec allows.
            if self.validators.accepts(op, added):
                fields = added
        # Writes run on the store's writer thread: the commit's fsync never holds the loop.
        return self._record(op, await self.store.write(self.store.create, self.table(op), fields))

    async def retrieve(self, op: Operation, request: Request) -> Response:
        record_id = self._id(op, request)
        document = self.store.get(self.table(op), record_id)
        if document is None:
            raise self._not_found(op, record_id)
        return self._record(op, document)

    async def update(self, op: Operation, request: Request) -> Response:
        """PUT and PATCH merge (openapi.yaml's inference); a null clears a nullable field."""
        record_id = self._id(op, request)
        fields = await self._fields(op, request)
        try:
            document = await self.store.write(
                self.store.update,
                self.table(op),
                record_id,
                lambda doc: _merge_within_limit(doc, fields, record_id),
            )
        except RecursionError:
            path = self._too_deep_path(op, record_id)
            raise _unreadable(dotted(path[:1]) if path else None) from None
        if document is None:
            raise self._not_found(op, record_id)
        return self._record(op, document)

    async def delete(self, op: Operation, request: Request) -> Response:
        record_id = self._id(op, request)
        if not await self.store.write(self.store.delete, self.table(op), record_id):
            raise self._not_found(op, record_id)
        return self._ok(op, b"")

    async def subresource(self, op: Operation, request: Request) -> Response:
        record_id = self._id(op, request)
        document = self.store.get(self.table(op), record_id)
        if document is None:
            raise self._not_found(op, record_id)
        value = json.loads(document).get(op.subresource_field or "")
        if value is None:
            schema = op.success_schema
            value = [] if schema is not None and schema.type == "array" else {}
        return self._ok(op, dumps({"v": value})[5:-1])

    # -- declared behaviours ------------------------------------------------------

    async def bulk_update(self, op: Operation, request: Request) -> Response:
        """One update applied to many ids; each id reported once, in request order."""
        body = await self._fields(op, request)
        ids = [str(i) for i in body.get("ids", [])]
        update = body.get("update") or {}
        valid: list[str] = []
        results: dict[str, dict[str, str]] = {}
        for record_id in dict.fromkeys(ids):  # a repeated id is one update, reported once
            if op.resource is not None and not self.validators.is_id(op.resource, record_id):
                results[record_id] = {
                    "id": record_id,
                    "status": "invalid_id",
                    "message": "Malformed id.",
                }
            else:
                valid.append(record_id)
        id_field = self.table(op).resource.id_field
        try:
            found = await self.store.write(
                self.store.update_many,
                self.table(op),
                valid,
                lambda doc: _merge_within_limit(doc, update, str(doc.get(id_field))),
            )
        except _TooDeep as exc:
            # Nothing of the batch was written: name the id (the spec's per-item statuses
            # have none for it), so the client can fix that record or leave it out.
            raise exc.for_id(f"ids.{ids.index(exc.record_id)}") from None
        except RecursionError:
            deep = next((i for i in valid if self._too_deep_path(op, i) is not None), None)
            raise _unreadable(f"ids.{ids.index(deep)}" if deep else None) from None
        for record_id, ok in zip(valid, found, strict=True):
            results[record_id] = (
                {"id": record_id, "status": "updated"}
                if ok
                else {"id": record_id, "status": "not_found", "message": "No record with this id."}
            )
        ordered = [results[i] for i in dict.fromkeys(ids)]
        updated = sum(r["status"] == "updated" for r in ordered)
        return self._ok(
            op,
            json.dumps({"updated": updated, "failed": len(ordered) - updated, "results": ordered}),
        )

    async def sign_in(self, op: Operation, request: Request) -> Response:
        credentials = await self._fields(op, request)
        email = str(credentials.get("email", ""))
        for key in (f"address:{request.client}", f"account:{email.lower()}"):
            _throttle(self.signin_limiter, key, ("sign-in",), "Too many sign-in attempts.")
        given = str(credentials.get("password", ""))
        account_id = await self.store.write(self.accounts.check, email, given)
        if account_id is None:
            raise HTTPError(401, "invalid_credentials", "Wrong email or password.")
        token = secrets.token_hex(16)
        self._minted[_digest(token)] = account_id
        while len(self._minted) > MAX_MINTED_TOKENS:
            self._minted.popitem(last=False)
        return self._ok(op, json.dumps({"accessToken": token, "tokenType": "Bearer"}))

    # -- accounts (declared in _behaviours.py) -------------------------------------

    async def sign_up(self, op: Operation, request: Request) -> Response:
        """A new account (sign-up, free trial) that can then sign in with its password."""
        fields = await self._fields(op, request)
        password = fields.get("password")
        try:
            account = await self.store.write(
                self.accounts.add, fields, password if isinstance(password, str) else None
            )
        except EmailTaken:
            raise _email_taken() from None
        return self._ok(op, json.dumps(account))

    async def me(self, op: Operation, request: Request) -> Response:
        return self._ok(op, json.dumps(await self._account(request)))

    async def update_me(self, op: Operation, request: Request) -> Response:
        fields = await self._fields(op, request)
        account = await self._account(request)
        try:
            changed = await self.store.write(self.accounts.update, account["_id"], fields)
        except EmailTaken:
            raise _email_taken() from None
        return self._ok(op, json.dumps(changed or account))

    async def _account(self, request: Request) -> dict[str, Any]:
        """The account the request's token signed in to (a static token: the first user's)."""
        token = request.headers.get(b"authorization", b"").partition(b" ")[2].decode("ascii")
        account_id = self._minted.get(_digest(token))
        if account_id is None and self._static_account is None:
            # No user given: the static tokens share one account, made on first use.
            self._static_account = hashlib.sha256(b"account:" + token.encode()).hexdigest()[:24]
        account_id = account_id or self._static_account
        assert account_id is not None
        account = self.accounts.get(account_id)
        if account is None:
            account = await self.store.write(
                self.accounts.add, {"rolename": "Admin"}, None, account_id
            )
        return account


def _email_taken() -> HTTPError:
    return HTTPError(
        409,
        "email_taken",
        "Another account already has this email address.",
        details=[{"field": "email", "message": "another account already has this email"}],
    )


def _throttle(limiter: RateLimiter, key: str, tiers: tuple[str, ...], message: str) -> None:
    """Count one request of ``tiers`` for ``key``; 429 with Retry-After when over a limit."""
    retry_after = limiter.check(key, tiers)
    if retry_after is not None:
        raise HTTPError(429, "rate_limited", message, headers={"Retry-After": str(retry_after)})


def _merge(document: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    merged = {**document, **fields}
    for key, value in fields.items():
        if value is None:
            del merged[key]
    return merged


class _TooDeep(HTTPError):
    """A write whose record would nest past MAX_DEPTH: one stored before the limit existed."""

    def __init__(self, record_id: str, path: list[str | int]) -> None:
        self.record_id = record_id
        self.field = dotted(path[:1])  # the record's own field: what the client can replace
        self.reason = (
            f"nests deeper than {MAX_DEPTH} levels (at {shorten(dotted(path))}), the most a "
            "record may; replace it or clear it (null) in the same write"
        )
        super().__init__(
            422,
            "record_too_deep",
            f"The stored record nests deeper than {MAX_DEPTH} levels and this write leaves it so.",
            details=[{"field": self.field, "message": self.reason}],
        )

    def for_id(self, field: str) -> HTTPError:
        """The same refusal in a bulk update, naming the id's place in ``ids``."""
        return HTTPError(
            422,
            "record_too_deep",
            f"1 invalid field(s): {field}.",
            details=[
                {"field": field, "message": f"{self.field} of {self.record_id} {self.reason}"}
            ],
        )


def _merge_within_limit(
    document: dict[str, Any], fields: dict[str, Any], record_id: str
) -> dict[str, Any]:
    """``_merge``, refused when the result nests past the limit (the body alone cannot)."""
    merged = _merge(document, fields)
    path = deeper_than(merged)
    if path is not None:
        raise _TooDeep(record_id, path)
    return merged


def _unreadable(field: str | None = None) -> HTTPError:
    """A stored record too deep to parse where the mock reads it (past the recursion limit)."""
    reason = (
        f"a stored record nests deeper than {MAX_DEPTH} levels, too deep for the mock to read "
        "back and change; delete it"
    )
    return HTTPError(
        422 if field else 400,
        "record_too_deep",
        f"{reason[0].upper()}{reason[1:]}.",
        details=[{"field": field, "message": reason}] if field else None,
    )


def _check_segments(raw_path: bytes) -> None:
    """400 for a path segment that decoding would turn into more than one segment.

    Routing splits the raw path first and decodes each segment on its own, so
    ``/opportunities/multiple%2F`` is the id ``multiple/`` (malformed), never the
    ``/opportunities/multiple`` route. A literal trailing slash is still tolerated.
    """
    if b"%" not in raw_path:
        return
    for segment in raw_path.split(b"/"):
        if b"%" not in segment:
            continue
        try:
            text = unquote_to_bytes(segment).decode("utf-8")
        except UnicodeDecodeError:
            shown = shorten(segment.decode("latin-1"))
            raise HTTPError(
                400, "invalid_id", f"Malformed id {shown!r}: it is not UTF-8 once decoded."
            ) from None
        if "/" in text:
            raise HTTPError(
                400,
                "invalid_id",
                f"Malformed id {shorten(text)!r}: a path segment may not contain '/' "
                "(sent as %2F), which would reach another route.",
            )


def _query_parameters(op: Operation, raw: bytes) -> dict[str, str]:
    """The query string's parameters: 400 unless it is UTF-8 and each scalar is sent once.

    A repeated parameter is refused rather than one of its values picked, whatever the
    order (picking the first made ``limit=5&limit=abc`` a 200 and the reverse a 400).
    Parameters the operation does not declare are ignored, repeated or not.
    """
    try:
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise HTTPError(
            400,
            "invalid_parameter",
            "The query string is not UTF-8 once decoded: send text as percent-encoded UTF-8.",
        ) from None
    params: dict[str, str] = {}
    repeated: set[str] = set()
    for name, value in pairs:
        if name in params:
            repeated.add(name)
        params.setdefault(name, value)
    for param in op.query_parameters:
        if param.name in repeated and "array" not in param.schema.types:
            raise HTTPError(
                400,
                "invalid_parameter",
                f"{param.name}: given more than once; send it once.",
            )
    return params


def _words_only(q: Any) -> str | None:
    """``q`` with ``_`` as a separator: the index's tokenizer (unicode61) never holds it.

    The store finds q's words with Python's ``\\w``, which counts ``_`` as a letter, so a
    q of ``_`` searched for a word no record has instead of matching everything as the
    spec says a q without any word does.
    """
    return None if q is None else str(q).replace("_", " ")


class _DropConnection(Exception):
    """Injected fault: the response is cut off mid-body."""


_STATIC: dict[str, tuple[bytes, bytes]] = {}


def _asset(name: str, content_type: bytes) -> tuple[bytes, bytes]:
    if name not in _STATIC:
        source = resources.files("icloudready_mock") / f"static/{name}"
        _STATIC[name] = (source.read_bytes(), content_type)
    return _STATIC[name]


_PAGES = {
    "/docs": ("docs.html", b"text/html; charset=utf-8"),
    "/docs/swagger-ui.css": ("swagger-ui.css", b"text/css"),
    "/docs/swagger-ui-bundle.js": ("swagger-ui-bundle.js", b"application/javascript"),
}


def _static(path: str, method: str, prefix: str) -> Response:
    page = _PAGES.get(path)
    if page is None:
        raise HTTPError(404, "not_found", f"Nothing at {path[:200]!r}; the API is under {prefix}.")
    if method not in ("GET", "HEAD"):
        raise HTTPError(
            405, "method_not_allowed", f"{method} is not allowed here.", headers={"Allow": "GET"}
        )
    body, content_type = _asset(*page)
    return Response(200, body, content_type)
