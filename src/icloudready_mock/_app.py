"""The mock of the Opportunities API as a plain ASGI application.

Routes are matched literal-first, so ``/opportunities/multiple`` and
``/opportunities/no-activity-opportunities`` never reach the ``{id}`` handlers, and
delete lives at ``/opportunities/deleted/{id}`` as in the reference. No request can
produce a traceback: every failure becomes a JSON error of openapi.yaml's shape.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl

from icloudready_models import BulkUpdateRequest, OpportunityInput, SignInRequest

from ._errors import HTTPError
from ._faults import Faults
from ._rate_limit import RateLimiter
from ._store import Store, dumps
from ._validation import check_id, list_query, parse_body, stored_fields

logger = logging.getLogger("icloudready_mock")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

PREFIX = "/api/v2"
DEMO_TOKEN = "icr_demo_0123456789abcdef"  # noqa: S105 - a documented demo token
DEMO_USER = ("admin@example.com", "secret")
MAX_BODY = 1024 * 1024
_JSON = b"application/json"


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

    async def body(self) -> bytes:
        """The body, refused with 413 past ``max_body`` and 415 unless it is JSON."""
        length = self.headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            raise HTTPError(
                413, "payload_too_large", f"Request body exceeds {self.max_body} bytes."
            )
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
        content_type = self.headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if content_type != _JSON and not content_type.endswith(b"+json"):
            shown = content_type.decode("latin-1") or "none"
            raise HTTPError(
                415,
                "unsupported_media_type",
                f"Content-Type must be application/json, got {shown}.",
            )
        return b"".join(chunks)


def _json(status: int, text: str) -> Response:
    return Response(status, text.encode())


def _record_with_activity(fields: dict[str, Any]) -> dict[str, Any]:
    """Create appends its own activity-log entry; the no-activity variant does not."""
    log = list(fields.get("activityLog") or [])
    log.append(
        {
            "activityNumber": len(log) + 1,
            "activity": "Opportunity created",
            "activityDate": datetime.now(UTC).date().isoformat(),
            "logs": "Created through the API.",
        }
    )
    return {**fields, "activityLog": log}


class MockAPI:
    """ASGI app: ``uvicorn.run(MockAPI(Store("mock.sqlite3")))``."""

    def __init__(
        self,
        store: Store,
        *,
        tokens: list[str] | None = None,
        users: dict[str, str] | None = None,
        rate_limiter: RateLimiter | None = None,
        faults: Faults | None = None,
        max_body: int = MAX_BODY,
    ) -> None:
        self.store = store
        self.tokens = set(tokens if tokens is not None else [DEMO_TOKEN])
        self.users = users if users is not None else {DEMO_USER[0]: DEMO_USER[1]}
        self.rate_limiter = rate_limiter
        self.faults = faults
        self.max_body = max_body
        # Literal routes first: {id} handlers never see "multiple" or "no-activity-opportunities".
        self._literal: dict[str, dict[str, Callable[[Request], Awaitable[Response]]]] = {
            "/signin": {"POST": self.sign_in},
            "/opportunities": {"GET": self.list_records, "POST": self.create},
            "/opportunities/no-activity-opportunities": {"POST": self.create_without_activity},
            "/opportunities/multiple": {"PUT": self.update_multiple},
        }
        self._by_id: dict[str, dict[str, Callable[[Request, str], Awaitable[Response]]]] = {
            "/opportunities/deleted/": {"DELETE": self.delete},
            "/opportunities/": {"GET": self.retrieve, "PUT": self.update, "PATCH": self.patch},
        }

    # -- ASGI -------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            response = await self._dispatch(scope, receive)
        except HTTPError as exc:
            response = Response(exc.status, exc.body(), headers=exc.headers)
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

    async def _dispatch(self, scope: Scope, receive: Receive) -> Response:
        path: str = scope["path"]
        method: str = scope["method"]
        if not path.startswith(PREFIX + "/"):
            return _static(path, method)
        route = path[len(PREFIX) :]
        handlers: dict[str, Any] | None = self._literal.get(route)
        record_id: str | None = None
        if handlers is None:
            for prefix, candidates in self._by_id.items():
                rest = route[len(prefix) :] if route.startswith(prefix) else ""
                if rest and "/" not in rest:
                    handlers, record_id = candidates, rest
                    break
        if handlers is None:
            raise HTTPError(404, "not_found", f"No route {route[:200]!r}.")
        handler: Callable[..., Awaitable[Response]] | None = handlers.get(method)
        if handler is None:
            raise HTTPError(
                405,
                "method_not_allowed",
                f"{method} is not allowed on {route[:200]}.",
                headers={"Allow": ", ".join(handlers)},
            )
        headers = dict(scope["headers"])
        key = self._authenticate(headers, public=route == "/signin")
        await self._limit_and_inject(key)
        params: dict[str, str] = {}
        for name, value in parse_qsl(
            scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True
        ):
            params.setdefault(name, value)
        request = Request(method, params, headers, receive, self.max_body)
        if record_id is None:
            return await handler(request)
        return await handler(request, record_id)

    def _authenticate(self, headers: dict[bytes, bytes], *, public: bool) -> str:
        auth = headers.get(b"authorization", b"").decode("latin-1")
        scheme, _, token = auth.partition(" ")
        if public:
            return token or "anonymous"
        if not auth:
            raise HTTPError(
                401, "unauthorized", "Missing bearer token in the Authorization header."
            )
        if scheme.lower() != "bearer" or token.strip() not in self.tokens:
            raise HTTPError(401, "unauthorized", "Invalid bearer token.")
        return token.strip()

    async def _limit_and_inject(self, key: str) -> None:
        if self.rate_limiter is not None:
            retry_after = self.rate_limiter.check(key)
            if retry_after is not None:
                raise HTTPError(
                    429,
                    "rate_limited",
                    "Rate limit exceeded.",
                    headers={"Retry-After": str(retry_after)},
                )
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

    # -- operations ---------------------------------------------------------------

    async def sign_in(self, request: Request) -> Response:
        credentials = parse_body(SignInRequest, await request.body())
        if self.users.get(credentials.email) != credentials.password:
            raise HTTPError(401, "invalid_credentials", "Wrong email or password.")
        token = secrets.token_hex(16)
        self.tokens.add(token)
        return _json(200, json.dumps({"accessToken": token, "tokenType": "Bearer"}))

    async def list_records(self, request: Request) -> Response:
        query, fields = list_query(request.params)
        docs, total = self.store.list_page(query)
        if fields is not None:
            keep = {"_id", *fields}
            docs = [dumps({k: v for k, v in json.loads(d).items() if k in keep}) for d in docs]
        # Stored documents are already JSON: the envelope is spliced around them, not re-encoded.
        meta = f'"page":{query.page},"limit":{query.limit},"total":{total}'
        body = f'{{"data":[{",".join(docs)}],{meta}}}'
        return _json(200, body)

    async def create(self, request: Request) -> Response:
        fields = stored_fields(parse_body(OpportunityInput, await request.body()))
        return _json(201, self.store.create(_record_with_activity(fields)))

    async def create_without_activity(self, request: Request) -> Response:
        fields = stored_fields(parse_body(OpportunityInput, await request.body()))
        return _json(201, self.store.create(fields))

    async def retrieve(self, request: Request, record_id: str) -> Response:
        document = self.store.get(check_id(record_id))
        if document is None:
            raise _not_found(record_id)
        return _json(200, document)

    async def update(self, request: Request, record_id: str) -> Response:
        check_id(record_id)
        fields = stored_fields(parse_body(OpportunityInput, await request.body()))
        document = self.store.update(record_id, lambda doc: {**doc, **fields})
        if document is None:
            raise _not_found(record_id)
        return _json(200, document)

    patch = update  # the reference's soft update: fields not sent are unchanged, as with PUT

    async def delete(self, request: Request, record_id: str) -> Response:
        if not self.store.delete(check_id(record_id)):
            raise _not_found(record_id)
        return Response(204, content_type=b"")

    async def update_multiple(self, request: Request) -> Response:
        bulk = parse_body(BulkUpdateRequest, await request.body())
        fields = stored_fields(bulk.update)
        ids = [item.root for item in bulk.ids]
        valid = [i for i in ids if _is_id(i)]
        found = dict(
            zip(valid, self.store.update_many(valid, lambda doc: {**doc, **fields}), strict=True)
        )
        results: list[dict[str, str]] = []
        for record_id in ids:
            if record_id not in found:
                results.append(
                    {"id": record_id, "status": "invalid_id", "message": "Malformed id."}
                )
            elif found[record_id]:
                results.append({"id": record_id, "status": "updated"})
            else:
                results.append(
                    {
                        "id": record_id,
                        "status": "not_found",
                        "message": "No opportunity with this id.",
                    }
                )
        updated = sum(r["status"] == "updated" for r in results)
        return _json(
            200,
            json.dumps({"updated": updated, "failed": len(results) - updated, "results": results}),
        )


class _DropConnection(Exception):
    """Injected fault: the response is cut off mid-body."""


def _is_id(value: str) -> bool:
    try:
        check_id(value)
    except HTTPError:
        return False
    return True


def _not_found(record_id: str) -> HTTPError:
    return HTTPError(404, "not_found", f"No opportunity with id {record_id}.")


_STATIC: dict[str, tuple[bytes, bytes]] = {}


def _asset(name: str, content_type: bytes) -> tuple[bytes, bytes]:
    if name not in _STATIC:
        package = resources.files("icloudready_mock")
        source = package / ("openapi.yaml" if name == "openapi.yaml" else f"static/{name}")
        _STATIC[name] = (source.read_bytes(), content_type)
    return _STATIC[name]


_PAGES = {
    "/openapi.yaml": ("openapi.yaml", b"application/yaml"),
    "/docs": ("docs.html", b"text/html; charset=utf-8"),
    "/docs/swagger-ui.css": ("swagger-ui.css", b"text/css"),
    "/docs/swagger-ui-bundle.js": ("swagger-ui-bundle.js", b"application/javascript"),
}


def _static(path: str, method: str) -> Response:
    page = _PAGES.get(path)
    if page is None:
        raise HTTPError(404, "not_found", f"Nothing at {path[:200]!r}; the API is under {PREFIX}.")
    if method not in ("GET", "HEAD"):
        raise HTTPError(
            405, "method_not_allowed", f"{method} is not allowed here.", headers={"Allow": "GET"}
        )
    body, content_type = _asset(*page)
    return Response(200, body, content_type)
